"""`tracker trends`, `tracker export` and `tracker alerts`: thin commands over tracker.analysis.trends and tracker.analysis.export."""

from __future__ import annotations

import argparse
import sys

import duckdb

from tracker.analysis.alerts import collect_alerts, delivery_state, send_alerts
from tracker.analysis.report import ReportError, report
from tracker.config import load_config
from tracker.analysis.export import MAX_SINCE_WEEKS, ExportError, export_week, format_value
from tracker.analysis.trends import ANOMALY_COLUMNS, current_alerts, refresh_views, weekly_rows
from tracker.cli.args import NoDatabase, UsageError, day, iso_week, known_name, output_file_or_folder, whole_number
from tracker.warehouse.database import Warehouse

TRENDS_PRINT_COLUMNS = ("week", "model_id", "source", "coverage_status", "n_docs", "mean_score",
                        "weighted_mean_score", "share_positive", "share_negative", "mean_score_change")


def _print_rows(columns, rows) -> None:
    cells = [[format_value(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def known_models(cfg, con: duckdb.DuckDBPyConnection | None = None) -> set[str]:
    """Model ids a --model may name: the configured catalog's, and any the warehouse holds (models, mentions,
    markets)."""
    names = {m.id for m in cfg.models}
    if con is not None:
        names |= {r[0] for r in con.execute("SELECT model_id FROM models UNION SELECT model_id FROM mentions "
                                            "UNION SELECT model_id FROM markets WHERE model_id IS NOT NULL").fetchall()}
    return names


def existing_warehouse(cfg) -> Warehouse:
    """The configured warehouse; NoDatabase when its file does not exist (a read never creates it)."""
    warehouse = Warehouse(cfg.warehouse_path)
    if not warehouse.exists():
        raise NoDatabase(f"{warehouse.path}: no database yet (run `tracker init`)")
    return warehouse


def check_names(cfg, warehouse: Warehouse, *, model: str | None = None, community: str | None = None) -> None:
    """UsageError for a --model or --community that names nothing (a typo would otherwise print 0 rows)."""
    if model is None and community in (None, "*"):
        return
    with warehouse.read() as con:
        known_name("--model", model, known_models(cfg, con), "model")
        if community not in (None, "*"):
            communities = [r[0] for r in con.execute(
                "SELECT DISTINCT community FROM documents WHERE community IS NOT NULL").fetchall()]
            known_name("--community", community, communities + ["*"], "community (subreddit or site) with documents")


def cmd_trends(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    warehouse = existing_warehouse(cfg)
    check_names(cfg, warehouse, model=args.model, community=args.community)
    refresh_views(warehouse, cfg)
    with warehouse.read() as con:
        rows = weekly_rows(con, week=args.week, model=args.model, community=args.community,
                           last_weeks=None if args.week else args.weeks, until=args.until)
    columns = TRENDS_PRINT_COLUMNS if args.community == "*" else ("community",) + TRENDS_PRINT_COLUMNS
    _print_rows(columns, rows)
    print(f"{len(rows)} row(s)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    if args.since and args.until and args.since > args.until:
        raise UsageError(f"--since {args.since} is after --until {args.until}")
    try:
        folder = export_week(existing_warehouse(cfg), cfg, week=args.week, since=args.since,
                             until=args.until, force=args.force)
    except ExportError as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 2
    print(folder)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    warehouse = existing_warehouse(cfg)
    alerts = current_alerts(warehouse, cfg, today=args.until, days=args.days, refresh=True)
    radar = [a for a in collect_alerts(warehouse, cfg, today=args.until) if a.rule != "anomaly" or args.send]
    if not alerts and not radar:
        print("no current alerts")
        return 0
    if alerts:
        _print_rows(ANOMALY_COLUMNS, alerts)
        print(f"{len(alerts)} alert(s)")
    state = delivery_state(warehouse)
    sent = {(r, s) for (r, s, _), st in state.items() if st == "sent"}
    if radar:
        print()
        _print_rows(("rule", "subject", "day", "sent", "title"),
                    [{"rule": a.rule, "subject": a.subject, "day": a.day, "sent": "yes" if (a.rule, a.subject) in sent
                      else "no", "title": a.title} for a in radar])
    if not args.send:
        if cfg.alerts.urls:
            print(f"`tracker alerts --send` sends the unsent ones to {len(cfg.alerts.urls)} [alerts] URL(s)")
        return 0
    if not cfg.alerts.urls:
        print("alerts: no [alerts] urls configured: nothing sent (docs/radar.md)", file=sys.stderr)
        return 2
    report = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg, today=args.until))
    for alert, dest in report.sent:
        print(f"sent {alert.rule} {alert.subject} to {dest}")
    for alert, dest, reason in report.failed:
        print(f"failed {alert.rule} {alert.subject} to {dest}: {reason} (tried again next time)", file=sys.stderr)
    print(f"{len(report.sent)} sent, {len(report.failed)} failed, {report.already_sent} sent before")
    return 1 if report.failed else 0


def cmd_report(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    warehouse = existing_warehouse(cfg)
    check_names(cfg, warehouse, model=args.model)
    if args.since and args.until and args.since > args.until:
        raise UsageError(f"--since {args.since} is after --until {args.until}")
    try:
        paths = report(warehouse, cfg, model=args.model, since=args.since, until=args.until, out=args.out)
    except ReportError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    for path in paths:
        print(path)
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trends", help="print weekly sentiment trends per model and source")
    p.add_argument("--model", help="only this model id")
    p.add_argument("--week", type=iso_week, help="only this ISO week, e.g. 2026-W17")
    p.add_argument("--weeks", type=whole_number(1), default=8, help="the last N weeks up to --until (default 8)")
    p.add_argument("--until", type=day, help="last day shown (default: the last day with documents)")
    p.add_argument("--community", default="*", help="one community (subreddit or site); default '*' = all pooled")
    p.set_defaults(func=cmd_trends)

    p = sub.add_parser("export", help="write the weekly CSV/PNG/HTML export and the story reports "
                                      "(default: the last complete ISO week with data)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--week", type=iso_week, help="ISO week, e.g. 2026-W17")
    which.add_argument("--since", type=day, help="every complete ISO week from this date to --until")
    p.add_argument("--until", "--today", dest="until", type=day,
                   help="last day considered (default: the last day with documents)")
    p.add_argument("--force", action="store_true",
                   help=f"allow --since ranges longer than {MAX_SINCE_WEEKS} weeks")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write the interactive story page (one self-contained HTML file) per model")
    p.add_argument("--model", help="only this model id (default: every model with documents)")
    p.add_argument("--since", type=day, help="first day (default: the first day with documents)")
    p.add_argument("--until", type=day, help="last day (default: the last day with documents)")
    p.add_argument("--out", type=output_file_or_folder, help="output file (.html, with --model) or folder (default: <export_root>/report/)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("alerts", help="print the anomalies flagged in the last days with data and the release "
                                      "radar's alerts; --send sends the unsent ones to the [alerts] urls")
    p.add_argument("--send", action="store_true", help="send every alert not sent yet (each once per URL)")
    p.add_argument("--days", type=whole_number(1), default=7, help="how many days back from --until (default 7)")
    p.add_argument("--until", "--today", dest="until", type=day,
                   help="last day to consider (default: the last day with documents)")
    p.set_defaults(func=cmd_alerts)
