"""`tracker models` (tracked models and candidates; `models add`) and `tracker events` (list, confirm, dismiss)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import tomlkit

from tracker.analysis.export import format_value
from tracker.cli.args import slug, whole_number
from tracker.analysis.radar import (Patterns, decide_event, link_new_model, list_events, scan_documents)
from tracker.analysis.trends import refresh_views, views_ready
from tracker.config import ConfigError, config_path, load_config
from tracker.warehouse.database import Warehouse


def _table(columns: list[str], rows: list[list[Any]]) -> None:
    cells = [[format_value(v) if not isinstance(v, str) else v for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def _candidates(warehouse: Warehouse, cfg, limit: int | None) -> list[dict[str, Any]]:
    if not warehouse.exists():
        return []
    if not views_ready(warehouse):
        refresh_views(warehouse, cfg)
    with warehouse.read() as con:
        cursor = con.execute("SELECT * FROM model_candidates" + (f" LIMIT {int(limit)}" if limit else ""))
        cols = [d[0] for d in cursor.description]
        return [dict(zip(cols, r)) for r in cursor.fetchall()]


def cmd_models(args: argparse.Namespace) -> int:
    if getattr(args, "models_command", None) == "add":
        return cmd_models_add(args)
    cfg = load_config(args.config)
    warehouse = Warehouse(cfg.warehouse_path)
    counts: dict[str, int] = {}
    if warehouse.exists():
        with warehouse.read() as con:
            counts = dict(con.execute("SELECT model_id, count(*) FROM mentions GROUP BY 1").fetchall())
    print(f"tracked models ({len(cfg.models)}, from [[models]] in {config_path(args.config)}):")
    _table(["model_id", "vendor", "family", "mentions", "aliases"],
           [[m.id, m.vendor, m.family, str(counts.get(m.id, 0)), ", ".join(m.aliases + m.context_aliases)]
            for m in cfg.models])
    rows = _candidates(warehouse, cfg, args.limit)
    if args.json:
        print(json.dumps(rows, default=str, indent=1))
        return 0
    print()
    if not rows:
        print("no candidate model names in the stored documents")
        return 0
    print(f"candidates (names in the stored documents that the catalog does not know; as of {rows[0]['as_of']}):")
    _table(["candidate", "vendor", "first_seen", "last_seen", "docs", "peak_day", "peak", "last_7d", "prev_7d",
            "growth", "release_words", "sources", "variants"],
           [[r["candidate_id"], r["vendor"], str(r["first_seen"].date()), str(r["last_seen"].date()), str(r["n_docs"]),
             str(r["peak_day"]), str(r["peak_n_docs"]), str(r["n_last_7d"]), str(r["n_prev_7d"]),
             "new" if r["growth"] is None else f"x{r['growth']:.1f}", str(r["n_release_docs"]),
             ", ".join(f"{s['source']} {s['n_docs']}" for s in r["docs_by_source"]), ", ".join(r["variants"])]
            for r in rows])
    top = rows[0]
    print(f"track one: tracker models add {top['candidate_id']} --alias \"{top['spellings'][0]}\"")
    return 0


def add_model_to_file(path: Path, entry: dict[str, Any]) -> None:
    """Append one [[models]] table to a TOML file, keeping every comment and the layout of the rest (tomlkit)."""
    text = path.read_text(encoding="utf-8")
    doc = tomlkit.parse(text)
    table = tomlkit.table()
    for key, value in entry.items():
        if value not in (None, [], ""):
            table.add(key, value)
    if "models" in doc:
        doc["models"].append(table)
    else:
        doc.append("models", tomlkit.aot())
        doc["models"].append(table)
    new_text = tomlkit.dumps(doc)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(new_text, encoding="utf-8")
    tmp.replace(path)  # a crash leaves the old file or the new one, never half of it


def cmd_models_add(args: argparse.Namespace) -> int:
    file = config_path(args.config)
    cfg = load_config(args.config)
    model_id = args.id.strip()
    if any(m.id == model_id for m in cfg.models):
        print(f"models add: {model_id} is already in the catalog ({file})", file=sys.stderr)
        return 2
    warehouse = Warehouse(cfg.warehouse_path)
    candidate = next((r for r in _candidates(warehouse, cfg, None) if r["candidate_id"] == model_id), None)
    patterns = Patterns.load(cfg)
    family = next((f for f in patterns.families if candidate and f.family == candidate["family"]), None)
    aliases = list(dict.fromkeys(args.alias or (candidate["spellings"][:1] if candidate else [])))
    if not aliases:
        print(f"models add: give at least one --alias (no candidate {model_id!r} in the stored documents to take "
              "its spelling from)", file=sys.stderr)
        return 2
    vendor = args.vendor or (candidate["vendor"] if candidate else None)
    if not vendor:
        print("models add: give --vendor (e.g. openai)", file=sys.stderr)
        return 2
    entry = {"id": model_id, "vendor": vendor,
             "family": args.family or (family.family if family else model_id.rsplit("-", 1)[0]),
             "release_order": args.release_order, "aliases": aliases, "context_aliases": args.context_alias or []}
    try:
        add_model_to_file(file, entry)
        cfg = load_config(args.config)  # what the file says now, checked like any config
    except (OSError, ConfigError) as exc:
        print(f"models add: {file}: {exc}", file=sys.stderr)
        return 2
    print(f"added [[models]] {model_id} (vendor {entry['vendor']}, family {entry['family']}, aliases "
          f"{', '.join(aliases)}) to {file.resolve()}")
    if not warehouse.exists():
        print("no warehouse yet: its documents are linked when they are ingested")
        return 0
    started = time.monotonic()
    scan_documents(warehouse, cfg, patterns)
    result = link_new_model(warehouse, cfg, model_id, score=not args.no_score)
    print(f"linked the stored documents in {time.monotonic() - started:.1f}s (nothing fetched): "
          f"{result.documents} documents re-read, {result.mentions} mentions and {result.passages} passages of "
          f"{model_id}, {result.scored} passages scored; views refreshed")
    with warehouse.read() as con:
        first = con.execute("SELECT min(d.created_at) FROM mentions m JOIN documents d USING (doc_id) "
                            "WHERE m.model_id = ?", [model_id]).fetchone()[0]
    if first is not None:
        print(f"its history starts {first.date()} (the first stored mention): tracker trends --model {model_id}")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    warehouse = Warehouse(cfg.warehouse_path)
    if args.events_command in ("confirm", "dismiss"):
        if not warehouse.exists():
            print(f"{warehouse.path}: no database yet (run `tracker init`)", file=sys.stderr)
            return 1
        row = decide_event(warehouse, args.event_id, "confirmed" if args.events_command == "confirm" else "dismissed")
        if row is None:
            print(f"events: no release event {args.event_id!r} (tracker events lists them)", file=sys.stderr)
            return 2
        refresh_views(warehouse, cfg)
        print(f"{row['event_id']}: {row['status']} ({row['model_id']} {row['kind']} on {row['occurred_at'].date()})")
        if row["status"] == "confirmed" and row["model_id"] not in {m.id for m in cfg.models}:
            print(f"{row['model_id']} is not in the catalog: its event window fills once you run "
                  f"`tracker models add {row['model_id']} --alias …`")
        return 0
    if not warehouse.exists():
        print("no release events (no database yet)")
        return 0
    rows = list_events(warehouse, None if args.status == "all" else args.status)
    if args.json:
        print(json.dumps(rows, default=str, indent=1))
        return 0
    if not rows:
        print(f"no {'' if args.status == 'all' else args.status + ' '}release events")
        return 0
    _table(["event_id", "model_id", "kind", "day", "source", "status", "evidence"],
           [[r["event_id"], r["model_id"], r["kind"], str(r["occurred_at"].date()), r["source"], r["status"],
             _evidence_line(r["evidence"]) or (r["note"] or "")[:60]] for r in rows])
    if any(r["status"] == "proposed" for r in rows):
        print("confirm or dismiss a proposal: tracker events confirm ID | tracker events dismiss ID")
    return 0


def _evidence_line(evidence: str | None) -> str:
    items = json.loads(evidence) if evidence else []
    parts = []
    for e in items:
        if e["type"] == "mention_spike":
            parts.append(f"{e['n_docs']} docs on {e['day']} ({e['n_release_docs']} with release words, "
                         f"{e['baseline_per_day']:.1f}/day before)")
        elif e["type"] == "official_feed":
            parts.append(f"official feed: {e['title'][:50]}")
        elif e["type"] == "market_resolution":
            parts.append(f"market resolved Yes {e['resolved_at'][:10]}")
    return "; ".join(parts)


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="tracked models and model names the catalog does not know (candidates)",
                       description="List the catalog's models and the candidate names the release radar found in "
                                   "the stored documents; `models add` tracks one.")
    p.add_argument("--limit", type=whole_number(0), default=20, help="candidates shown (default 20; 0: all)")
    p.add_argument("--json", action="store_true", help="the candidates as JSON")
    p.set_defaults(func=cmd_models, models_command=None)
    msub = p.add_subparsers(dest="models_command")
    a = msub.add_parser("add", help="add a model to the config's [[models]] and link the stored documents to it",
                        description="Append a [[models]] entry to the config file (comments and layout kept), then "
                                    "link every stored document to it without fetching anything: mentions, passages "
                                    "and per-mention scores, and the views.")
    a.add_argument("id", type=slug, help="model id, e.g. gpt-5.6 (a candidate's id takes its spelling and vendor as defaults)")
    a.add_argument("--alias", action="append", help="a name that always means this model (repeatable)")
    a.add_argument("--context-alias", action="append", help="a name that counts only in the vendor's context")
    a.add_argument("--vendor", type=slug, help="vendor (default: the candidate's)")
    a.add_argument("--family", type=slug, help="family (default: the candidate's pattern family)")
    a.add_argument("--release-order", type=whole_number(0), help="orders versions within the family")
    a.add_argument("--no-score", action="store_true", help="link and attribute only; `tracker label` scores later")
    a.set_defaults(func=cmd_models, models_command="add")

    p = sub.add_parser("events", help="release events; confirm or dismiss the ones the release radar proposed")
    p.add_argument("--status", choices=["proposed", "confirmed", "dismissed", "all"], default="all",
                   help="which events to list (default all)")
    p.add_argument("--json", action="store_true", help="the events as JSON, with their evidence")
    p.set_defaults(func=cmd_events, events_command=None)
    esub = p.add_subparsers(dest="events_command")
    for name, what in (("confirm", "count a proposed event like a curated one (event windows, impact)"),
                       ("dismiss", "drop a proposed event (it is not proposed again)")):
        e = esub.add_parser(name, help=what)
        e.add_argument("event_id", help="the event's id, as `tracker events` lists it")
        e.set_defaults(func=cmd_events, events_command=name)
