"""Coverage counts the days a run collected, not only the days a run happened: the demo's recorded data."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

from faults.harness import demo_config, frozen_sample_servers
from tracker.config import parse_config
from tracker.warehouse.runs import RunStats
from tracker.pipeline import run_stage
from tracker.analysis.trends import refresh_views
from tracker.warehouse.database import Warehouse

NOW = datetime(2026, 6, 30, 12, tzinfo=timezone.utc)  # after the sample's February-May story


@contextmanager
def demo_servers(tmp_path, monkeypatch):
    """The sample replayed on 127.0.0.1 and the demo's config data for it (its fake credentials in the environment)."""
    with frozen_sample_servers() as servers:
        data, env = demo_config(servers, tmp_path)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        yield data


def test_demo_days_inside_the_collected_window_are_observed(tmp_path, monkeypatch):
    with demo_servers(tmp_path, monkeypatch) as data:
        cfg = parse_config(data, "demo", tmp_path)
        warehouse = Warehouse(cfg.warehouse_path)
        warehouse.init()
        results = {name: run_stage(cfg, name, warehouse, now=NOW) for name in ("reddit", "markets")}
    assert {n: s.status for n, s in results.items()} == {"reddit": "ok", "markets": "ok"}
    refresh_views(warehouse, cfg, RunStats("trends"))
    with warehouse.read() as con:
        oldest = con.execute("SELECT min(created_at) FROM documents WHERE source = 'reddit'").fetchone()[0]
        windows = dict((s, (a, b)) for s, a, b in con.execute(
            "SELECT source, covered_since, covered_until FROM ingest_runs").fetchall())
        coverage = {(s, d): (status, ran, collected) for s, d, status, ran, collected in con.execute(
            "SELECT source, day, status, ran, collected FROM coverage").fetchall()}
    # every listing walked to its end: collected from the oldest submission to the run's clock
    assert windows["reddit"][0] <= oldest and windows["reddit"][1] == NOW
    assert windows["markets"] == (datetime(2026, 1, 1, tzinfo=timezone.utc), NOW)
    first, today = oldest.astimezone(timezone.utc).date(), date.today()
    for n in range((NOW.date() - first).days + 1):
        day = first + timedelta(days=n)
        status, ran, collected = coverage[("reddit", day)]
        assert (status, collected) == ("ok", True), day
        assert ran == (day == today)  # observed without a run on the day
    assert coverage[("markets", date(2026, 4, 22))] == ("ok", date(2026, 4, 22) == today, True)
    # after the clock of the collected window and before today's run, nothing was observed
    assert coverage[("reddit", NOW.date() + timedelta(days=1))][0] == "no_run"


def test_blog_runs_cover_from_the_oldest_entry_every_feed_listed(tmp_path, monkeypatch):
    with demo_servers(tmp_path, monkeypatch) as data:
        cfg = parse_config(data, "demo", tmp_path)
        warehouse = Warehouse(cfg.warehouse_path)
        warehouse.init()
        first = run_stage(cfg, "blogs", warehouse, now=NOW)
        second = run_stage(cfg, "blogs", warehouse, now=NOW + timedelta(days=1))  # "not modified": same oldest entry
        with warehouse.write() as con:  # forget the validators: every feed is read again, its entries already stored
            con.execute("UPDATE ingest_state SET value = json_object('oldest', value->>'oldest') WHERE source = 'blogs'")
        third = run_stage(cfg, "blogs", warehouse, now=NOW + timedelta(days=2))
    assert (first.status, first.inserted > 0, second.status, second.inserted) == ("ok", True, "ok", 0)
    assert (second.unchanged, third.unchanged, third.status, third.inserted) == (len(cfg.blogs.feeds) + len(cfg.blogs.index_pages), 0, "ok", 0)
    with warehouse.read() as con:
        oldest_per_feed = [row[0] for row in con.execute(
            "SELECT min(d.created_at) FROM blog_entries e JOIN documents d USING (doc_id) GROUP BY e.feed_url").fetchall()]
        windows = con.execute("SELECT covered_since, covered_until FROM ingest_runs WHERE source = 'blogs' "
                              "ORDER BY started_at").fetchall()
    assert len(oldest_per_feed) == len(cfg.blogs.feeds) + len(cfg.blogs.index_pages) >= 2
    # the window every feed covered starts at the newest of the feeds' oldest entries
    since = max(oldest_per_feed)
    assert windows == [(since, NOW), (since, NOW + timedelta(days=1)), (since, NOW + timedelta(days=2))]
    assert since < datetime(2026, 5, 1, tzinfo=timezone.utc)  # the sample's posts reach back into the story


def test_a_blog_feed_that_could_not_be_read_leaves_the_window_unknown(tmp_path, monkeypatch):
    with demo_servers(tmp_path, monkeypatch) as data:
        data["blogs"]["feeds"].append({"url": data["blogs"]["feeds"][0]["url"].rsplit("/", 1)[0] + "/no-such-feed.xml"})
        cfg = parse_config(data, "demo", tmp_path)
        warehouse = Warehouse(cfg.warehouse_path)
        warehouse.init()
        stats = run_stage(cfg, "blogs", warehouse, now=NOW)
    assert stats.inserted > 0 and stats.status in ("ok", "partial")
    with warehouse.read() as con:
        assert con.execute("SELECT covered_since, covered_until FROM ingest_runs").fetchall() == [(None, None)]


def test_the_demo_runs_as_of_its_recording_not_the_clock(tmp_path, monkeypatch):
    """data/sample/demo.toml sets `as_of`: every source's window and cursor end there whatever the day, so two
    demos built on different days hold the same rows (a run across midnight used to differ)."""
    as_of = datetime(2026, 11, 26, tzinfo=timezone.utc)
    with demo_servers(tmp_path, monkeypatch) as data:
        cfg = parse_config(data, "demo", tmp_path)
        assert cfg.as_of == as_of
        warehouse = Warehouse(cfg.warehouse_path)
        warehouse.init()
        results = {name: run_stage(cfg, name, warehouse) for name in ("reddit", "hackernews", "blogs", "markets")}
    assert {n: s.status for n, s in results.items()} == dict.fromkeys(results, "ok")
    with warehouse.read() as con:
        until = dict(con.execute("SELECT source, covered_until FROM ingest_runs").fetchall())
        asked = {json.loads(value)["asked"] for (value,) in con.execute(
            "SELECT value FROM ingest_state WHERE source = 'markets'").fetchall()}
    assert until == dict.fromkeys(results, as_of)
    assert asked == {as_of.isoformat()}


def test_as_of_is_read_as_utc():
    assert parse_config({"as_of": datetime(2026, 11, 26, 1, 30)}).as_of == datetime(2026, 11, 26, 1, 30, tzinfo=timezone.utc)
    later = datetime(2026, 11, 26, 3, 30, tzinfo=timezone(timedelta(hours=2)))
    assert parse_config({"as_of": later}).as_of == datetime(2026, 11, 26, 1, 30, tzinfo=timezone.utc)
    assert parse_config({}).as_of is None
