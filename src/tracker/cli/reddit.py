"""`tracker backfill reddit`: page a subreddit's history from Arctic Shift into the documents table."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date

from tracker.config import load_config
from tracker.warehouse.runs import run_source
from tracker.warehouse.database import Warehouse

BACKFILL_SOURCE = "reddit_backfill"


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


SUBREDDIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{1,20}")


def _subreddit(value: str) -> str:
    """A subreddit name, with or without r/ (Reddit's rule: 2-21 letters, digits or underscores)."""
    name = value.strip().removeprefix("/").removeprefix("r/")
    if not SUBREDDIT.fullmatch(name):
        raise argparse.ArgumentTypeError(f"expected a subreddit name like OpenAI or r/OpenAI, got {value!r}")
    return name


def cmd_backfill_reddit(args: argparse.Namespace) -> int:
    from tracker.sources.arctic_shift import backfill

    if args.until and args.until <= args.since:
        print(f"--until {args.until} must be after --since {args.since}", file=sys.stderr)
        return 2
    cfg = load_config(args.config)
    warehouse = Warehouse(cfg.warehouse_path)
    warehouse.init()
    subreddit = args.subreddit
    stats = run_source(warehouse, BACKFILL_SOURCE,
                       lambda s: backfill(warehouse, cfg, s, subreddit, args.since, args.until))
    print(f"backfill r/{subreddit} {args.since}..{args.until or 'now'}: {stats.status} fetched={stats.fetched} "
          f"inserted={stats.inserted} updated={stats.updated} rejected={stats.rejected}")
    if stats.errors:  # each was logged as it happened
        print("  run the same command again to resume from where it stopped", file=sys.stderr)
    return 1 if stats.errors else 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backfill", help="load history older than the live listings reach")
    sources = parser.add_subparsers(dest="backfill_source", required=True)
    p = sources.add_parser("reddit", help="a subreddit's posts and comments from Arctic Shift, resumable")
    p.add_argument("--subreddit", required=True, type=_subreddit, help="e.g. OpenAI")
    p.add_argument("--since", required=True, type=_day, help="first day, YYYY-MM-DD (UTC)")
    p.add_argument("--until", type=_day, help="day to stop before, YYYY-MM-DD (default: now)")
    p.set_defaults(func=cmd_backfill_reddit)
