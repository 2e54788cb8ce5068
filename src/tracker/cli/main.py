"""The `tracker` command line: thin calls into the stages, the flows and the warehouse."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

from tracker.config import ConfigError, load_config
from tracker.cli import reddit as reddit_commands
from tracker.cli import sentiment as sentiment_commands
from tracker.cli import serve as serve_commands
from tracker.cli import trends as trends_commands
from tracker.demo import DEMO_BASE_PORT
from tracker.pipeline import SOURCES, STAGES, enabled, run_pipeline, run_stage
from tracker.warehouse.database import Warehouse, utcnow
from tracker.warehouse.runs import EXIT_INTERRUPTED, RunOwner, interrupted_summary

TABLES = ("documents", "mentions", "sentiment", "models", "markets", "market_prices", "release_events",
          "ingest_state", "ingest_runs", "rejects")


def _warehouse(args: argparse.Namespace) -> tuple[Warehouse, object]:
    cfg = load_config(args.config)
    return Warehouse(cfg.warehouse_path), cfg


def cmd_init(args: argparse.Namespace) -> int:
    warehouse, _ = _warehouse(args)
    applied = warehouse.init()
    print(f"{warehouse.path}: " + (f"applied {', '.join(applied)}" if applied else "up to date"))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    warehouse, cfg = _warehouse(args)
    warehouse.init()
    names = args.source or [s for s in SOURCES]
    failed = 0
    started = utcnow()
    for name in names:
        try:
            stats = run_stage(cfg, name, warehouse)
        except KeyboardInterrupt:
            print(interrupted_summary(warehouse, started, names), file=sys.stderr)
            return EXIT_INTERRUPTED
        print(f"{name}: {stats.status} fetched={stats.fetched} inserted={stats.inserted} "
              f"updated={stats.updated} rejected={stats.rejected}")
        for error in stats.errors:
            print(f"  error: {error}", file=sys.stderr)
        failed += stats.status == "failed"
    return 1 if failed else 0


def cmd_label(args: argparse.Namespace) -> int:
    args.source = ["label"]
    return cmd_ingest(args)


def cmd_run(args: argparse.Namespace) -> int:
    warehouse, cfg = _warehouse(args)
    started = utcnow()
    try:
        results = run_pipeline(cfg, args.stage or None, warehouse)
    except KeyboardInterrupt:
        planned = [name for name in (args.stage or list(STAGES)) if enabled(cfg, name)]
        print(interrupted_summary(warehouse, started, planned), file=sys.stderr)
        return EXIT_INTERRUPTED
    for name, stats in results.items():
        print(f"{name}: {stats.status} fetched={stats.fetched} inserted={stats.inserted} "
              f"updated={stats.updated} rejected={stats.rejected}")
    return 1 if any(s.status == "failed" for s in results.values()) else 0


def _cell(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def cmd_query(args: argparse.Namespace) -> int:
    warehouse, _ = _warehouse(args)
    try:
        with warehouse.read() as con:
            cursor = con.execute(args.sql)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            rows = cursor.fetchall() if columns else []
    except duckdb.Error as exc:
        text = str(exc)
        if "read-only" in text or "read only" in text:
            print("tracker query opens the database read-only; this statement would write. "
                  "Use the tracker commands (ingest, label, …) to change data.", file=sys.stderr)
        else:
            print(f"query failed: {text}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([{c: _cell(v) for c, v in zip(columns, row)} for row in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*["" if v is None else str(_cell(v)) for v in row])
        Console(width=max(120, Console().width)).print(table)
        print(f"{len(rows)} row(s)")
    return 0


def run_line(row: Sequence[object]) -> dict[str, object]:
    """A last-run row for `tracker status`. A 'running' row whose process on this host is gone is shown as
    'interrupted' (the next run records it so); one whose process lives is still running."""
    run = dict(zip(("source", "status", "started_at", "finished_at", "fetched", "inserted", "updated", "rejected",
                    "not_fetched", "covered_since", "covered_until", "error"), map(_cell, row[:12])))
    pid, host, process_started = row[12:15]
    run["pid"], run["host"] = pid, host
    if run["status"] == "running" and pid is not None:
        owner = RunOwner(pid, host, process_started)
        if owner.is_alive() is False:
            run["status"] = "interrupted"
            run["error"] = run["error"] or f"process {pid} on {host} is gone; the next run records this row as interrupted"
    return run


def status_report(warehouse: Warehouse) -> dict[str, object]:
    """Rows per table, the last run per source and every stored cursor."""
    with warehouse.read() as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        runs = con.execute(
            "SELECT source, status, started_at, finished_at, fetched, inserted, updated, rejected, not_fetched, "
            "covered_since, covered_until, error, pid, host, process_started FROM ("
            " SELECT *, row_number() OVER (PARTITION BY source ORDER BY started_at DESC) AS n FROM ingest_runs)"
            " WHERE n = 1 ORDER BY source"
        ).fetchall()
        cursors = con.execute("SELECT source, key, value, updated_at FROM ingest_state ORDER BY source, key").fetchall()
        migrations = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]
    return {
        "database": warehouse.path,
        "migrations": migrations,
        "tables": counts,
        "last_runs": [run_line(r) for r in runs],
        "cursors": [dict(zip(("source", "key", "value", "updated_at"), map(_cell, r))) for r in cursors],
    }


def cmd_status(args: argparse.Namespace) -> int:
    warehouse, _ = _warehouse(args)
    if not Path(warehouse.path).exists():
        print(f"{warehouse.path}: no database yet (run `tracker init`)", file=sys.stderr)
        return 1
    report = status_report(warehouse)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return 0
    print(f"database: {report['database']} (migrations: {', '.join(report['migrations'])})")
    print("tables:")
    for table, n in report["tables"].items():
        print(f"  {table:<16}{n:>10}")
    print("last run per source:")
    for run in report["last_runs"]:
        line = (f"  {run['source']:<10}{run['status']:<12}{run['started_at']}  fetched={run['fetched']} "
                f"inserted={run['inserted']} updated={run['updated']} rejected={run['rejected']}")
        if run["not_fetched"]:  # comments behind "more" stubs a replace_more limit left; the next run continues
            line += f" not_fetched={run['not_fetched']}"
        if run["covered_since"]:
            line += f" covered={run['covered_since'][:10]}..{run['covered_until'][:10]}"
        print(line + (f"  error: {run['error']}" if run["error"] else ""))
    print("cursors:")
    for cur in report["cursors"]:
        value = cur["value"] if len(cur["value"] or "") <= 80 else cur["value"][:77] + "..."
        print(f"  {cur['source']}/{cur['key']} = {value}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from tracker.demo import run_demo

    return run_demo(args.config, prefect=not args.no_prefect, base_port=args.base_port)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tracker", description=__doc__)
    parser.add_argument("--config", help="config file (default: $TRACKER_CONFIG or ./tracker.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="create or migrate the warehouse")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("ingest", help="run source stages (default: all sources)")
    p.add_argument("--source", action="append", choices=list(SOURCES), help="repeatable")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("label", help="classify sentiment of unlabeled documents")
    p.set_defaults(func=cmd_label)

    p = sub.add_parser("run", help="run the whole pipeline as plain function calls (no Prefect)")
    p.add_argument("--stage", action="append", help="only these stages (repeatable)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("query", help="run SQL on a read-only connection")
    p.add_argument("sql")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true")
    fmt.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("status", help="rows per table, last run per source, cursors")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("demo", help="run the pipeline flow on the bundled sample data via a local replay server")
    p.add_argument("--no-prefect", action="store_true", help="call the stages directly instead of the Prefect flow")
    p.add_argument("--base-port", type=int, default=DEMO_BASE_PORT,
                   help=f"first of the replay servers' ports on 127.0.0.1 (default {DEMO_BASE_PORT}, one port per recorded service)")
    p.set_defaults(func=cmd_demo)

    # Each command group adds its own sub-commands.
    for group in (sentiment_commands, reddit_commands, trends_commands, serve_commands):
        group.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Third-party debug logs can print request headers (Authorization); keep them quiet.
    for noisy in ("httpx", "httpcore", "prawcore", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # commands that run stages say what they kept; any other just stops
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
