"""Coverage counts the days a run collected, not only the days a run happened: the demo's recorded data."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from faults.harness import demo_config, frozen_sample_servers
from tracker.config import parse_config
from tracker.warehouse.runs import RunStats
from tracker.pipeline import run_stage
from tracker.analysis.trends import refresh_views
from tracker.warehouse.database import Warehouse

NOW = datetime(2026, 6, 30, 12, tzinfo=timezone.utc)  # after the sample's February-May story


def test_demo_days_inside_the_collected_window_are_observed(tmp_path, monkeypatch):
    with frozen_sample_servers() as servers:
        data, env = demo_config(servers, tmp_path)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
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
