"""Helpers for the reliability tests: demo configs on replay servers, a tiny TOML writer, table fingerprints."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from tracker.config import deep_merge
from tracker.demo import demo_config_data
from tracker.sources.replay import ReplayServer, serve_snapshots

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"
INGEST_STAGES = ("catalog", "reddit", "hackernews", "blogs", "markets", "events")

# Columns that hold the time (or place) of the run, not data: two correct runs differ there and nowhere else. An
# alert's body links the story report by its file:// path, which is the run's export folder.
TIME_OF_RUN_COLUMNS = {
    "documents": {"fetched_at"},
    "markets": {"fetched_at"},
    "sentiment": {"labeled_at"},
    "ingest_state": {"updated_at"},
    "rejects": {"seen_at"},
    "blog_entries": {"seen_at"},
    "schema_migrations": {"applied_at"},
    "mention_passages": {"attributed_at"},
    "attributed_documents": {"attributed_at"},
    "mention_sentiment": {"scored_at"},
    "candidate_scans": {"scanned_at"},
    "sent_alerts": {"first_attempt_at", "last_attempt_at", "sent_at", "body"},
}
# One row per attempt with its own uuid and timings: a killed run leaves a 'running' row by design.
SKIPPED_TABLES = {"ingest_runs"}


# ---------------------------------------------------------------- TOML


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()  # an RFC 3339 date-time is a TOML offset date-time literal
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML for {type(value).__name__}")


def toml_dumps(data: Mapping[str, Any]) -> str:
    """Top-level scalars, one [table] per dict (nested dicts inline) and [[array]] per list of dicts."""
    lines = [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in data.items()
             if not isinstance(v, Mapping) and not (isinstance(v, list) and v and all(isinstance(i, Mapping) for i in v))]
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines.append(f"\n[{key}]")
            arrays = {}
            for k, v in value.items():
                if isinstance(v, list) and v and all(isinstance(i, Mapping) for i in v):
                    arrays[k] = v
                else:
                    lines.append(f"{json.dumps(k)} = {_toml_value(v)}")
            for k, items in arrays.items():
                for item in items:
                    lines.append(f"\n[[{key}.{k}]]")
                    lines.extend(f"{json.dumps(ik)} = {_toml_value(iv)}" for ik, iv in item.items())
        elif isinstance(value, list) and value and all(isinstance(i, Mapping) for i in value):
            for item in value:
                lines.append(f"\n[[{key}]]")
                lines.extend(f"{json.dumps(ik)} = {_toml_value(iv)}" for ik, iv in item.items())
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- demo config


def demo_config(servers: dict[str, ReplayServer], folder: Path, overrides: Mapping[str, Any] | None = None
                ) -> tuple[dict[str, Any], dict[str, str]]:
    """The demo's config over ``servers``, with the warehouse and exports in ``folder``, no backoff sleeps and
    every repo-relative path made absolute (the config file is written outside the repo)."""
    data, env = demo_config_data(REPO / "tracker.toml", servers)
    data = deep_merge(data, {
        "warehouse": {"path": str(folder / "tracker.duckdb")},
        "http": {"backoff_base_s": 0, "backoff_max_s": 0},
        "events": {"curated_file": str(REPO / data.get("events", {}).get("curated_file", "data/release_events.yaml"))},
        "trends": {"export_root": str(folder / "exports")},
        "alerts": {"urls": []},  # the demo's local webhook is started by `tracker demo`, not here: list only
    })
    if "blogs" in data:
        data["blogs"] = {**data["blogs"], "host_delay_s": 0}
    return deep_merge(data, dict(overrides or {})), env


def write_config(data: Mapping[str, Any], path: Path) -> Path:
    path.write_text(toml_dumps(data), encoding="utf-8")
    return path


def child_env(extra: Mapping[str, str]) -> dict[str, str]:
    env = {**os.environ, **extra, "PYTHONUNBUFFERED": "1"}
    env.setdefault("HF_HUB_OFFLINE", "1")
    return env


def cli_command(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tracker.cli", "--config", str(config), *args]


def run_cli(config: Path, *args: str, env: Mapping[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(config, *args), env=child_env(env), cwd=REPO, capture_output=True, text=True,
                          timeout=timeout)


# ---------------------------------------------------------------- fingerprints


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[Any, ...]]:
    """Every row of ``table`` without its time-of-run columns, in a total order."""
    skip = TIME_OF_RUN_COLUMNS.get(table, set())
    cols = [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
        "ORDER BY ordinal_position", [table]).fetchall() if r[0] not in skip]
    col_sql = ", ".join(f'"{c}"' for c in cols)
    return con.execute(f"SELECT {col_sql} FROM {table} ORDER BY ALL").fetchall()


def base_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' "
        "ORDER BY table_name").fetchall() if r[0] not in SKIPPED_TABLES]


def fingerprints(db_path: str | Path) -> dict[str, tuple[int, str]]:
    """table -> (row count, sha256 of its ordered rows), time-of-run columns left out."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        out = {}
        for table in base_tables(con):
            rows = table_rows(con, table)
            digest = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
            out[table] = (len(rows), digest)
        return out
    finally:
        con.close()


def counts(db_path: str | Path, tables: tuple[str, ...] | None = None) -> dict[str, int]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        names = tables or tuple(base_tables(con))
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}
    finally:
        con.close()


def freeze_sequences(servers: dict[str, ReplayServer]) -> None:
    """Routes that replay a later snapshot on later requests (a thread that gained a reply) serve only their
    first one: runs compared with each other must see the same world. 200-then-304 sequences stay, as the
    server answers 304 only to conditional requests."""
    for server in servers.values():
        for route in server.routes:
            if len(route.responses) > 1 and all(r.status != 304 for r in route.responses):
                route.responses = route.responses[:1]


@contextlib.contextmanager
def frozen_sample_servers() -> Iterator[dict[str, ReplayServer]]:
    """The sample's replay servers for runs that must compare: one set for all of them (blog doc ids embed the
    replay port), and routes that gain a reply on a later request serve their first answer only."""
    started = serve_snapshots(SAMPLE)
    freeze_sequences(started)
    try:
        yield started
    finally:
        for server in started.values():
            server.stop()

