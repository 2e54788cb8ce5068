"""Logs a person can read: -v/-q anywhere, one console line per event, honest stage status, plain progress lines."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest

from tracker.cli.main import build_parser, main
from tracker.config import parse_config
from tracker.cli.logs import ConsoleHandler, setup_logging
from tracker.progress import Progress
from tracker.warehouse.runs import RunStats
from tracker.pipeline import run_stage
from tracker.warehouse.database import Warehouse

LINE = re.compile(r"^\d\d:\d\d:\d\d (DEBUG|INFO|WARNING|ERROR|CRITICAL) +(.*)$")


@pytest.fixture
def console():
    """tracker's console handler as `tracker` sets it up; removed afterwards."""
    yield setup_logging
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, ConsoleHandler)]:
        root.removeHandler(handler)
    root.setLevel(logging.WARNING)


def messages(err: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in map(LINE.match, err.splitlines()) if m]


@pytest.mark.parametrize("argv, more, less", [
    (["-v", "status"], 1, 0),
    (["status", "-v"], 1, 0),
    (["status", "-vv"], 2, 0),
    (["status", "-q"], 0, 1),
    (["ingest", "--source", "blogs", "--verbose"], 1, 0),
    (["query", "SELECT 1", "-v"], 1, 0),
    (["backfill", "reddit", "--subreddit", "OpenAI", "--since", "2026-01-01", "-v"], 1, 0),
    (["status"], 0, 0),
])
def test_verbosity_before_or_after_the_sub_command(argv, more, less):
    args = build_parser().parse_args(argv)
    assert (args.log_more, args.log_less) == (more, less)


def test_serve_keeps_its_own_verbose_server_option():
    args = build_parser().parse_args(["serve", "--verbose-server", "-v"])
    assert args.verbose is True and args.log_more == 1


def test_v_after_the_sub_command_turns_on_debug_lines(tmp_path, capsys, console):
    cfg = tmp_path / "tracker.toml"
    cfg.write_text("[warehouse]\npath = 'w.duckdb'\n", encoding="utf-8")
    assert main(["--config", str(cfg), "init", "-v"]) == 0
    assert logging.getLogger().level == logging.DEBUG
    logging.getLogger("tracker.test").debug("a debug line")
    assert ("DEBUG", "tracker.test: a debug line") in messages(capsys.readouterr().err)
    assert main(["--config", str(cfg), "init", "-q"]) == 0
    logging.getLogger("tracker.test").info("an info line")
    logging.getLogger("tracker.test").warning("a warning")
    assert messages(capsys.readouterr().err) == [("WARNING", "a warning")]


def blocked_blogs_config(tmp_path: Path, url: str):
    # No [http] allow_hosts: 127.0.0.1 is not a public address, so every feed is refused.
    return parse_config({"warehouse": {"path": str(tmp_path / "w.duckdb")},
                         "http": {"backoff_base_s": 0, "max_retries": 0},
                         "blogs": {"host_delay_s": 0, "feeds": [{"name": "A", "url": f"{url}/a.xml"},
                                                                 {"name": "B", "url": f"{url}/b.xml"}]}},
                        "test", tmp_path)


def test_a_stage_whose_every_input_was_refused_is_failed(tmp_path, replay, capsys, console):
    console(0)
    replay.add_route("GET", "/a.xml", text="<rss/>")
    cfg = blocked_blogs_config(tmp_path, replay.base_url)
    warehouse = Warehouse(cfg.warehouse_path)
    warehouse.init()
    for attempt in (1, 2):  # the second time the rejects are already stored: still failed
        stats = run_stage(cfg, "blogs", warehouse)
        assert (stats.status, stats.fetched, stats.inserted, stats.refused) == ("failed", 0, 0, 2)
        assert stats.rejected == (2 if attempt == 1 else 0)
        assert stats.errors == ["every input was refused (2; reasons in the rejects table)"]
    with warehouse.read() as con:
        runs = con.execute("SELECT status, rejected, error FROM ingest_runs ORDER BY started_at").fetchall()
        rejects = con.execute("SELECT reason FROM rejects ORDER BY ref").fetchall()
    assert runs == [("failed", 2, "every input was refused (2; reasons in the rejects table)"),
                    ("failed", 0, "every input was refused (2; reasons in the rejects table)")]
    assert [r[0].startswith("address 127.0.0.1 is not public") for r in rejects] == [True, True]
    assert replay.count() == 0  # refused before any request
    summary = [m for m in messages(capsys.readouterr().err) if m[1].startswith("blogs: failed")]
    assert len(summary) == 2 and summary[0][0] == "ERROR"
    assert re.fullmatch(r"blogs: failed fetched=0 inserted=0 updated=0 rejected=2 in \d+\.\ds", summary[0][1])


def test_status_rules():
    assert RunStats(refused=3).status == "failed"
    assert RunStats(refused=3, unchanged=4).status == "ok"  # other inputs answered "not modified"
    assert RunStats(refused=1, fetched=5, inserted=2).status == "ok"
    assert RunStats(fetched=5, errors=["x"]).status == "partial"
    assert RunStats(errors=["x"]).status == "failed"
    assert RunStats().status == "ok"  # nothing new anywhere is fine


def test_cli_run_prints_each_stage_summary_once(tmp_path, replay, capsys, console):
    cfg = tmp_path / "tracker.toml"
    cfg.write_text(f"[warehouse]\npath = 'w.duckdb'\n[http]\nbackoff_base_s = 0\nmax_retries = 0\n"
                   f"[blogs]\nhost_delay_s = 0\n[[blogs.feeds]]\nname = 'A'\nurl = '{replay.base_url}/a.xml'\n",
                   encoding="utf-8")
    assert main(["--config", str(cfg), "run", "--stage", "catalog", "--stage", "blogs"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = [text for _, text in messages(captured.err)]
    assert len(lines) == len(set(lines)), lines
    assert [t.split(" in ")[0] for t in lines if re.match(r"(catalog|blogs): (ok|failed) ", t)] == [
        "catalog: ok fetched=0 inserted=0 updated=0 rejected=0",
        "blogs: failed fetched=0 inserted=0 updated=0 rejected=1"]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_off_a_terminal_prints_a_line_every_few_seconds(caplog):
    clock = Clock()
    caplog.set_level(logging.INFO, logger="tracker.progress")
    with Progress("label", total=1000, stream=io.StringIO(), every_s=10, clock=clock) as bar:
        for _ in range(10):
            clock.now += 3
            bar.advance(50)
    assert [r.getMessage() for r in caplog.records] == [
        "label: 200/1,000 (20%), 17/s, 12s elapsed, ETA 48s",
        "label: 400/1,000 (40%), 17/s, 24s elapsed, ETA 36s",
        "label: 500/1,000 done in 30s",
    ]


def test_progress_of_a_short_step_stays_quiet_and_honours_quiet(caplog):
    clock = Clock()
    caplog.set_level(logging.INFO, logger="tracker.progress")
    with Progress("eval", total=10, unit=" texts", stream=io.StringIO(), clock=clock) as bar:
        clock.now += 1
        bar.advance(10)
    assert caplog.records == []
    caplog.set_level(logging.WARNING, logger="tracker.progress")
    with Progress("train", total=10, stream=io.StringIO(), every_s=1, clock=clock) as bar:
        clock.now += 5
        bar.advance(5, note="loss 0.5")
    assert caplog.records == []


def test_progress_note_and_unknown_total(caplog):
    clock = Clock()
    caplog.set_level(logging.INFO, logger="tracker.progress")
    with Progress("backfill r/OpenAI posts", unit=" days", stream=io.StringIO(), every_s=5, clock=clock) as bar:
        clock.now += 6
        bar.update(12, note="3,400 rows")
    assert [r.getMessage() for r in caplog.records] == [
        "backfill r/OpenAI posts: 12 days, 2.0 days/s, 6s elapsed (3,400 rows)",
        "backfill r/OpenAI posts: 12 days done in 6s (3,400 rows)",
    ]
