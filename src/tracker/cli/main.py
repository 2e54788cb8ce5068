"""The `tracker` command line: thin calls into the stages, the flows and the warehouse."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

import duckdb

from tracker.analysis.trends import refresh_views, views_ready
from tracker.config import ConfigError, load_config
from tracker.cli import radar as radar_commands
from tracker.cli.args import OneLineParser, UsageError, config_file, output_file, print_usage_error, whole_number
from tracker.cli import reddit as reddit_commands
from tracker.cli import sentiment as sentiment_commands
from tracker.cli import serve as serve_commands
from tracker.cli import trends as trends_commands
from tracker.demo import DEMO_BASE_PORT
from tracker.cli.logs import setup_logging
from tracker.pipeline import SOURCES, STAGES, enabled, run_pipeline, run_stage
from tracker.cli.query import DEFAULT_LIMIT
from tracker.warehouse.database import Warehouse, WarehouseError, utcnow
from tracker.warehouse.runs import EXIT_INTERRUPTED, RunOwner, interrupted_summary

TABLES = ("documents", "mentions", "sentiment", "models", "markets", "market_prices", "release_events",
          "ingest_state", "ingest_runs", "rejects")


def _warehouse(args: argparse.Namespace) -> tuple[Warehouse, object]:
    cfg = load_config(args.config)
    return Warehouse(cfg.warehouse_path), cfg


def cmd_init(args: argparse.Namespace) -> int:
    warehouse, cfg = _warehouse(args)
    applied = warehouse.init()
    # The views exist from the start (empty), so a query or export on a warehouse still filling answers from
    # them instead of "table does not exist".
    built = not views_ready(warehouse)
    if built:
        refresh_views(warehouse, cfg)
    done = [f"applied {', '.join(applied)}"] if applied else []
    done += ["views built"] if built else []
    print(f"{warehouse.path}: " + ("; ".join(done) or "up to date"))
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
        # run_source has logged the stage's summary line (and each error as it happened): nothing to repeat.
        failed += stats.status == "failed"
    return 1 if failed else 0


def cmd_label(args: argparse.Namespace) -> int:
    args.source = ["label"]
    return cmd_ingest(args)


def cmd_run(args: argparse.Namespace) -> int:
    warehouse, cfg = _warehouse(args)
    if args.stage:  # in the pipeline's order, each once, whatever order they were named in
        args.stage = [name for name in STAGES if name in args.stage]
    started = utcnow()
    try:
        results = run_pipeline(cfg, args.stage or None, warehouse)  # each stage logs its summary line
    except KeyboardInterrupt:
        planned = [name for name in (args.stage or list(STAGES)) if enabled(cfg, name)]
        print(interrupted_summary(warehouse, started, planned), file=sys.stderr)
        return EXIT_INTERRUPTED
    return 1 if any(s.status == "failed" for s in results.values()) else 0


def _cell(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def cmd_query(args: argparse.Namespace) -> int:
    from tracker.cli.query import QueryError, run_query

    warehouse, _ = _warehouse(args)
    if not warehouse.exists():  # a read never creates the file or its folder
        print(f"{warehouse.path}: no database yet (run `tracker init`)", file=sys.stderr)
        return 1
    fmt = "csv" if args.csv else "json" if args.json else "parquet" if args.parquet else "table"
    try:
        with warehouse.read(sandboxed=True) as con:
            n = run_query(con, args.sql, fmt=fmt, out=sys.stdout, parquet=args.parquet,
                          limit=args.limit, max_width=args.max_width, wide=args.wide)
    except QueryError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    except duckdb.Error as exc:  # opening the file: a lock held too long, not a database, …
        print(f"query failed: {exc}", file=sys.stderr)
        return 2
    if fmt == "parquet":
        print(f"{args.parquet}: {n} row{'' if n == 1 else 's'}", file=sys.stderr)
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
    if not warehouse.exists():  # a read never creates the file or its folder
        print(f"{warehouse.path}: no database yet (run `tracker init`)", file=sys.stderr)
        return 1
    try:
        report = status_report(warehouse)
    except duckdb.CatalogException as exc:  # a DuckDB file, but not a tracker warehouse
        print(f"{warehouse.path}: not a tracker warehouse (run `tracker init` to add its tables): "
              f"{str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return 0
    print(f"database: {report['database']} (migrations: {', '.join(report['migrations'])})")
    print("tables:")
    for table, n in report["tables"].items():
        print(f"  {table:<16}{n:>10}")
    print("last run per source:")
    for run in report["last_runs"]:
        line = (f"  {run['source'] + ' ':<10}{run['status']:<12}{run['started_at']}  fetched={run['fetched']} "
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


def tracker_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tracker")
    except PackageNotFoundError:  # run from a checkout without `pip install -e .`
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="tracker", description=__doc__)
    parser.add_argument("--version", action="version", version=f"tracker {tracker_version()}",
                        help="print the version and exit")
    parser.add_argument("--config", type=config_file, help="config file (default: $TRACKER_CONFIG or ./tracker.toml)")
    add_verbosity(parser)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="create or migrate the warehouse and build its views")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("ingest", help="run source stages (default: all sources)")
    p.add_argument("--source", action="append", choices=list(SOURCES), help="repeatable")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("label", help="classify sentiment of unlabeled documents")
    p.set_defaults(func=cmd_label)

    p = sub.add_parser("run", help="run the whole pipeline as plain function calls (no Prefect)",
                       description="Run the pipeline's stages in order as plain function calls (no Prefect): "
                                   f"{', '.join(STAGES)}. Stages disabled in the config are skipped.")
    p.add_argument("--stage", action="append", choices=list(STAGES), metavar="STAGE",
                   help=f"only this stage (repeatable; run in the pipeline's order): {', '.join(STAGES)}")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("query", help="run one SQL statement on a read-only, sandboxed connection",
                       description="Run one SQL statement on a read-only connection that cannot reach files, "
                                   "extensions, other databases or settings. Prints a table (at most --limit rows), "
                                   "or every row as CSV, JSON or a Parquet file.")
    p.add_argument("sql", help="one SQL statement, e.g. \"SELECT * FROM weekly_trends LIMIT 10\"")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="every row as CSV on stdout, with a header line")
    fmt.add_argument("--json", action="store_true", help="every row as a JSON array of objects on stdout")
    fmt.add_argument("--parquet", metavar="OUT", type=output_file, help="every row into the Parquet file OUT, with DuckDB's types")
    p.add_argument("--limit", type=whole_number(0), default=DEFAULT_LIMIT,
                   help=f"table rows to print (default {DEFAULT_LIMIT}; 0: all); a last line says how many were left")
    width = p.add_mutually_exclusive_group()
    width.add_argument("--wide", action="store_true", help="one line per row however wide (no wrapping)")
    width.add_argument("--max-width", type=whole_number(1), metavar="N",
                       help="table width in characters (default: the terminal's, or $COLUMNS or 120 in a pipe)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("status", help="rows per table, last run per source, cursors")
    p.add_argument("--json", action="store_true", help="the same report as one JSON object on stdout")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("demo", help="run the pipeline flow on the bundled sample data via a local replay server")
    p.add_argument("--no-prefect", action="store_true", help="call the stages directly instead of the Prefect flow")
    p.add_argument("--base-port", type=whole_number(1, 65535 - 16), default=DEMO_BASE_PORT,
                   help=f"first of the replay servers' ports on 127.0.0.1 (default {DEMO_BASE_PORT}, one port per recorded service)")
    p.set_defaults(func=cmd_demo)

    # Each command group adds its own sub-commands.
    for group in (sentiment_commands, reddit_commands, trends_commands, serve_commands, radar_commands):
        group.add_commands(sub)
    for command in _all_subparsers(sub):
        add_verbosity(command, under_command=True)
    describe_commands(sub)
    return parser


def describe_commands(action: argparse._SubParsersAction) -> None:
    """A sub-command without a description of its own gets its one-line help as one, so `tracker X --help`
    says what X does, not only its options."""
    for choice in action._choices_actions:
        command = action.choices[choice.dest]
        if not command.description and choice.help:
            command.description = choice.help[0].upper() + choice.help[1:] + "."
        for nested in command._actions:
            if isinstance(nested, argparse._SubParsersAction):
                describe_commands(nested)


def add_verbosity(parser: argparse.ArgumentParser, *, under_command: bool = False) -> None:
    """-v/-q, before the sub-command or after it (`tracker ingest -v`); a parser that has its own -v or -q keeps it."""
    default = argparse.SUPPRESS if under_command else 0
    if "-v" not in parser._option_string_actions:
        parser.add_argument("-v", "--verbose", dest="log_more", action="count", default=default,
                            help="more log detail: debug lines, per-request lines")
    if "-q" not in parser._option_string_actions:
        parser.add_argument("-q", "--quiet", dest="log_less", action="count", default=default,
                            help="warnings and errors only")


def _all_subparsers(action: argparse._SubParsersAction) -> Iterator[argparse.ArgumentParser]:
    for parser in dict.fromkeys(action.choices.values()):  # aliases map to the same parser
        yield parser
        for nested in parser._actions:
            if isinstance(nested, argparse._SubParsersAction):
                yield from _all_subparsers(nested)


# Exit status when the reader of stdout went away (`tracker query ... | head -1`): 128 + SIGPIPE, what a
# shell reports for any command cut off by a closed pipe, so `set -o pipefail` scripts can tell it apart.
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a mistake argparse has already explained in one line
        return exc.code if isinstance(exc.code, int) else 2
    setup_logging(args.log_more - args.log_less)
    try:
        code = args.func(args)
        sys.stdout.flush()  # here, not at exit: a closed pipe then ends in the handler below, not a traceback
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    except UsageError as exc:  # a name or value only the config or the warehouse can judge
        return print_usage_error(f"tracker {args.command}", exc)
    except WarehouseError as exc:  # a warehouse path that is a directory, a text file, …: one line naming it
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # commands that run stages say what they kept; any other just stops
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _reader_went_away() -> int:
    """stdout's reader closed the pipe: stop quietly. Python flushes stdout again at exit, which would raise
    (and print) once more, so stdout is pointed at /dev/null first."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it): nothing to redirect
        pass
    finally:
        os.close(devnull)
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
