"""Secrets: known fake Reddit credentials never reach logs (even at DEBUG), the DuckDB file, exports or CLI output."""

from __future__ import annotations

import base64
import logging
import tomllib
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from faults.harness import REPO, run_cli, write_config
from tracker.config import parse_config
from tracker.warehouse.runs import run_source
from tracker.sources import reddit
from tracker.warehouse.database import Warehouse

CLIENT_ID = "fakeid-Q7x3Kp9Z"
CLIENT_SECRET = "fakesecret-Vb82mWq4RtY6"
BASIC = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
JUNE_30 = datetime(2026, 6, 30, tzinfo=timezone.utc)
DEBUG_LOGGERS = ("", "tracker", "praw", "prawcore", "urllib3", "requests", "httpx", "httpcore")


def needles(token: str | None) -> list[bytes]:
    found = [CLIENT_ID, CLIENT_SECRET, BASIC, BASIC.rstrip("=")]
    if token:
        found.append(token)
    return [n.encode() for n in found]


def replay_token(server) -> str | None:
    """The bearer token the replayed token endpoint hands out (also a secret once issued)."""
    for route in server.routes:
        if route.path == "/api/v1/access_token":
            import json

            return json.loads(route.responses[0].body)["access_token"]
    return None


def config_data(tmp_path: Path, reddit_url: str) -> dict:
    data = tomllib.loads((REPO / "tracker.toml").read_text())
    data["warehouse"]["path"] = str(tmp_path / "tracker.duckdb")
    data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0, backoff_max_s=0, max_retries=1)
    data["reddit"].update(oauth_url=reddit_url, reddit_url=reddit_url)
    data["events"]["curated_file"] = str(REPO / data["events"]["curated_file"])
    data["trends"]["export_root"] = str(tmp_path / "exports")
    return data


def files_under(*roots: Path) -> list[Path]:
    out = []
    for root in roots:
        out.extend(p for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file())
    return out


def hits(paths: list[Path], secrets: list[bytes]) -> list[str]:
    return [f"{p}: {s.decode()}" for p in paths for s in secrets if s in p.read_bytes()]


@pytest.fixture
def debug_log(tmp_path):
    """Every logger that could print a request at DEBUG, written to one file."""
    file = tmp_path / "debug.log"
    handler = logging.FileHandler(file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    saved = {name: logging.getLogger(name).level for name in DEBUG_LOGGERS}
    logging.getLogger().addHandler(handler)
    for name in DEBUG_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield file
    logging.getLogger().removeHandler(handler)
    handler.close()
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def test_fake_credentials_leave_no_trace_in_logs_database_or_exports(tmp_path, sample_replay, monkeypatch, debug_log):
    server = sample_replay("reddit")
    monkeypatch.setenv("praw_client_id", CLIENT_ID)
    monkeypatch.setenv("praw_client_secret", CLIENT_SECRET)
    monkeypatch.setenv("praw_user_agent", "tracker-secrets-test")
    cfg = parse_config(config_data(tmp_path, server.base_url), "test", REPO)
    warehouse = Warehouse(cfg.warehouse_path)
    warehouse.init()

    stats = run_source(warehouse, "reddit", lambda s: reddit.ingest(warehouse, cfg, s, now=JUNE_30, sleep=lambda _: None))

    from tracker.analysis.export import export_week

    export_week(warehouse, cfg, week="2026-W18", today=date(2026, 5, 10))
    # The credentials were really used: the token endpoint saw them as HTTP Basic auth.
    token_calls = [r for r in server.requests if r.path == "/api/v1/access_token"]
    assert token_calls and token_calls[0].headers.get("Authorization") == f"Basic {BASIC}"
    assert stats.status == "ok" and stats.inserted > 0
    logged = debug_log.read_bytes()
    # Debug logging was really on for the libraries that see the requests.
    assert b"DEBUG prawcore" in logged and b"DEBUG urllib3" in logged
    exports = files_under(tmp_path / "exports")
    assert exports, "the export wrote nothing to search"
    db_files = [p for p in tmp_path.iterdir() if p.name.startswith("tracker.duckdb")]
    assert hits([debug_log, *db_files, *exports], needles(replay_token(server))) == []


def test_cli_output_and_status_carry_no_credentials(tmp_path, sample_replay):
    """The real entry point with -v, its stdout/stderr and `tracker status --json` searched for the secrets."""
    server = sample_replay("reddit")
    config = write_config(config_data(tmp_path, server.base_url), tmp_path / "tracker.toml")
    env = {"praw_client_id": CLIENT_ID, "praw_client_secret": CLIENT_SECRET, "praw_user_agent": "tracker-secrets-test"}
    ingest = run_cli(config, "-v", "ingest", "--source", "reddit", env=env)
    status = run_cli(config, "status", "--json", env=env)
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    assert "reddit: ok" in ingest.stderr and '"documents"' in status.stdout  # the stage's summary is a log line
    assert server.count("POST", "/api/v1/access_token") >= 1
    text = (ingest.stdout + ingest.stderr + status.stdout + status.stderr).encode()
    assert [n for n in needles(replay_token(server)) if n in text] == []
    db_files = [p for p in tmp_path.iterdir() if p.name.startswith("tracker.duckdb")]
    assert hits(db_files, needles(replay_token(server))) == []


PREFECT_FLOW_RUN = """
import json, logging, sys
from flows.ingest import ingest_reddit
for name in ("tracker", "praw", "prawcore", "urllib3", "requests", "httpx", "httpcore"):
    logging.getLogger(name).setLevel(logging.DEBUG)  # PREFECT_LOGGING_EXTRA_LOGGERS sends them, at their level
results = ingest_reddit(config=json.loads(open(sys.argv[1]).read()), base_dir=sys.argv[2], retries=0)
print("flow result:", json.dumps(results))
"""


@pytest.mark.slow
def test_prefect_state_carries_no_credentials(tmp_path, sample_replay):
    """One Prefect flow run (ingest_reddit, ephemeral API in a fresh PREFECT_HOME) with the fake credentials in
    the environment and every library logger at DEBUG sent to Prefect: its SQLite database, logs and any
    stored results hold none of them."""
    import json
    import os
    import sqlite3
    import subprocess
    import sys

    server = sample_replay("reddit")
    prefect_home = tmp_path / "prefect_home"
    config_file = tmp_path / "config.json"
    config_file.write_text(json.dumps(config_data(tmp_path, server.base_url)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "praw_client_id": CLIENT_ID, "praw_client_secret": CLIENT_SECRET, "praw_user_agent": "tracker-secrets-test",
        "PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "DEBUG",
        # Library loggers that see the requests go to the Prefect API (its database) too, at DEBUG.
        "PREFECT_LOGGING_EXTRA_LOGGERS": "tracker,praw,prawcore,urllib3,requests,httpx,httpcore",
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "true",  # results on disk under PREFECT_HOME, to be searched too
        # The ephemeral API's first start migrates a fresh database; Prefect's 20 s wait is short on a busy 2-core box.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240",
    })
    done = subprocess.run([sys.executable, "-c", PREFECT_FLOW_RUN, str(config_file), str(REPO)], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert '"status": "ok"' in done.stdout
    # The credentials were really used, and the flow really left state behind to search.
    token_calls = [r for r in server.requests if r.path == "/api/v1/access_token"]
    assert token_calls and token_calls[0].headers.get("Authorization") == f"Basic {BASIC}"
    databases = sorted(prefect_home.rglob("*.db"))
    assert databases, f"no Prefect database under {prefect_home}"
    con = sqlite3.connect(databases[0])
    try:
        flow_runs = con.execute("SELECT state_type FROM flow_run").fetchall()
        logged = con.execute("SELECT count(*) FROM log").fetchone()[0]
        debug_lines = con.execute("SELECT count(*) FROM log WHERE name LIKE 'prawcore%' OR name LIKE 'urllib3%'"
                                  ).fetchone()[0]
    finally:
        con.close()
    assert flow_runs == [("COMPLETED",)] and logged > 0 and debug_lines > 0, (flow_runs, logged, debug_lines)
    stored = files_under(prefect_home)
    secrets = needles(replay_token(server))
    assert hits(stored, secrets) == []
    assert [n for n in secrets if n in (done.stdout + done.stderr).encode()] == []
