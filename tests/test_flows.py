"""Flows under a Prefect test server: stage retries, failure handling, secret-free logs, the write limit."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from tracker import pipeline
from tracker.config import parse_config
from tracker.sources.http import build_client, fetch
from tracker.sources.replay import Fault
from tracker.warehouse.database import Warehouse, set_state, upsert_documents

REPO = Path(__file__).resolve().parents[1]
SECRET = "s3cr3t-praw-value-9f2c"
log = logging.getLogger("tracker.probe")


def probe_stage(warehouse, cfg, stats, http=None) -> None:
    """A stage shaped like a source: fetch a page over HTTP, upsert its items and the cursor in one write."""
    client = http or build_client(cfg.http)
    try:
        page = fetch(client, os.environ["PROBE_URL"] + "/items", cfg.http).content
    finally:
        if http is None:
            client.close()
    items = [line.split(",", 1) for line in page.decode().splitlines() if line]
    stats.fetched = len(items)
    log.info("probe: fetched %d items with client secret %s", len(items), os.environ.get("praw_client_secret"))
    with warehouse.write() as con:
        stats.add(upsert_documents(con, [{"doc_id": f"probe:{i}", "source": "probe", "kind": "article", "title": t}
                                         for i, t in items]))
        set_state(con, "probe", "last_id", items[-1][0])


@pytest.fixture
def probe(monkeypatch, replay):
    """The probe stage registered in STAGES, served by the replay server."""
    monkeypatch.setitem(pipeline.STAGES, "probe", probe_stage)
    monkeypatch.setenv("PROBE_URL", replay.base_url)
    replay.add_route("GET", "/items", text="1,GPT-5.5 shipped\n2,GPT-5.4 retired\n")
    return replay


def config(tmp_path: Path, **http) -> dict:
    return {"warehouse": {"path": str(tmp_path / "tracker.duckdb")},
            "http": {"allow_hosts": ["127.0.0.1"], "max_retries": 0, "backoff_base_s": 0, **http},
            "models": [{"id": "gpt-5.5", "vendor": "openai", "family": "gpt-5", "aliases": ["GPT-5.5"]}]}


def rows(path: Path, sql: str) -> list[tuple]:
    with Warehouse(path).read() as con:
        return con.execute(sql).fetchall()


def test_failed_stage_is_retried_by_prefect_and_lands_its_rows(prefect_harness, probe, tmp_path: Path) -> None:
    from flows.pipeline import pipeline

    probe.inject("GET", "/items", Fault(status=503, times=1))  # fetch gives up at once (max_retries=0)
    results = pipeline(config=config(tmp_path), stages=["probe"], retries=2, retry_delay_s=0)

    assert results["probe"]["status"] == "ok"
    assert results["probe"]["inserted"] == 2
    db = tmp_path / "tracker.duckdb"
    assert [r[0] for r in rows(db, "SELECT status FROM ingest_runs ORDER BY started_at")] == ["failed", "ok"]
    assert rows(db, "SELECT doc_id, title FROM documents ORDER BY doc_id") == [
        ("probe:1", "GPT-5.5 shipped"), ("probe:2", "GPT-5.4 retired")]
    assert rows(db, "SELECT value FROM ingest_state WHERE source = 'probe'") == [("2",)]
    assert probe.count("GET", "/items") == 2


def test_stage_failing_after_retries_does_not_stop_the_next_stage(prefect_harness, probe, tmp_path: Path) -> None:
    from flows.pipeline import pipeline

    probe.inject("GET", "/items", Fault(status=500, times=10))
    results = pipeline(config=config(tmp_path), stages=["probe", "catalog"], retries=1, retry_delay_s=0)

    assert results["probe"]["status"] == "failed"
    assert "probe failed" in results["probe"]["errors"][0]
    assert results["catalog"]["status"] == "ok"
    db = tmp_path / "tracker.duckdb"
    assert rows(db, "SELECT source, status FROM ingest_runs ORDER BY started_at") == [
        ("probe", "failed"), ("probe", "failed"), ("catalog", "ok")]
    assert rows(db, "SELECT count(*) FROM documents") == [(0,)]
    assert rows(db, "SELECT model_id FROM models") == [("gpt-5.5",)]
    assert probe.count("GET", "/items") == 2


def test_fail_on_stage_failure_fails_the_flow_run(prefect_harness, probe, tmp_path: Path) -> None:
    from flows.pipeline import pipeline

    probe.inject("GET", "/items", Fault(status=500, times=10))
    state = pipeline(config=config(tmp_path), stages=["probe"], retries=0, retry_delay_s=0,
                     fail_on_stage_failure=True, return_state=True)

    assert state.is_failed()
    assert "stages failed after retries: probe" in state.message


def test_stage_logs_reach_prefect_without_secrets(prefect_harness, probe, tmp_path: Path, monkeypatch, caplog) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogHandler

    from flows.pipeline import pipeline

    monkeypatch.setenv("praw_client_secret", SECRET)
    state = pipeline(config=config(tmp_path), stages=["probe"], return_state=True)
    assert state.is_completed()
    APILogHandler().flush()  # logs go to the API in batches: send this run's now
    with get_client(sync_client=True) as client:
        logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    messages = [entry.message for entry in logs]
    assert "probe: fetched 2 items with client secret [redacted]" in messages
    assert any(m.startswith("probe: ok fetched=2 inserted=2") for m in messages)
    assert not [m for m in messages if SECRET in m]
    # The console and any other handler see the redacted record too.
    assert "client secret [redacted]" in caplog.text and SECRET not in caplog.text


def test_write_limit_queues_writers_on_the_prefect_limit(prefect_harness, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate

    from flows.tasks import LimitedWarehouse

    name = f"writes-{tmp_path.name}"
    with get_client(sync_client=True) as client:
        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1, active_slots=1))
    warehouse = LimitedWarehouse(str(tmp_path / "limited.duckdb"), name, lock_timeout_s=1.5)
    # Another holder has the only slot: the writer waits, then gives up with Prefect's TimeoutError.
    with pytest.raises(TimeoutError):
        with warehouse.write() as con:
            con.execute("SELECT 1")
    with get_client(sync_client=True) as client:
        client.update_global_concurrency_limit(name, GlobalConcurrencyLimitUpdate(active_slots=0))
    with warehouse.write() as con:
        set_state(con, "probe", "k", "v")
    with get_client(sync_client=True) as client:
        assert client.read_global_concurrency_limit_by_name(name).active_slots == 0  # released after the write
    assert rows(tmp_path / "limited.duckdb", "SELECT source, key, value FROM ingest_state") == [("probe", "k", "v")]


def test_ingest_markets_flow_matches_a_plain_stage_run(prefect_harness, tmp_path: Path, monkeypatch) -> None:
    from flows.ingest import ingest_markets
    from tracker.demo import demo_config_data
    from tracker.sources.replay import serve_snapshots
    from tracker.pipeline import run_stage

    counts = {}
    for name in ("plain", "flow"):
        servers = serve_snapshots(REPO / "data" / "sample")  # fresh servers: responses are served in order
        try:
            data, env = demo_config_data(REPO / "tracker.toml", servers)
            for key, value in env.items():
                monkeypatch.setenv(key, value)
            data["warehouse"] = {"path": str(tmp_path / f"{name}.duckdb")}
            if name == "plain":
                status = run_stage(parse_config(data, name, REPO), "markets").status
            else:
                status = ingest_markets(config=data, base_dir=str(REPO), retries=0)["markets"]["status"]
        finally:
            for server in servers.values():
                server.stop()
        counts[name] = (status, rows(tmp_path / f"{name}.duckdb",
                                     "SELECT (SELECT count(*) FROM markets), (SELECT count(*) FROM market_prices)")[0])
    assert counts["flow"] == counts["plain"]
    assert counts["flow"][0] in ("ok", "partial") and counts["flow"][1][0] > 0


def test_flow_config_applies_date_range_overrides(tmp_path: Path) -> None:
    from flows.tasks import flow_config

    (tmp_path / "tracker.toml").write_text('[markets]\nhistory_start = "2026-01-01"\n[reddit]\nrefresh_days = 7\n')
    from_file = flow_config(str(tmp_path / "tracker.toml"), overrides={"markets": {"history_start": "2026-04-01"}})
    assert (from_file.markets.history_start, from_file.reddit.refresh_days) == ("2026-04-01", 7)
    assert from_file.warehouse_path == str(tmp_path / "data" / "tracker.duckdb")
    inline = flow_config(config={"reddit": {"refresh_days": 2}}, base_dir=str(tmp_path),
                         overrides={"reddit": {"refresh_days": 0.5}})
    assert inline.reddit.refresh_days == 0.5
    assert inline.warehouse_path == str(tmp_path / "data" / "tracker.duckdb")


def test_redact_replaces_every_secret_looking_environment_value() -> None:
    from flows.tasks import redact, secret_values

    env = {"praw_client_secret": "abcdef123", "praw_client_id": "clientid42", "KALSHI_API_KEY": "k-999999",
           "HOME": "/root", "praw_password": "pw"}  # too short to redact safely
    secrets = secret_values(env)
    assert sorted(secrets) == ["abcdef123", "clientid42", "k-999999"]
    assert redact("id=clientid42 secret=abcdef123 key=k-999999 home=/root", secrets) == (
        "id=[redacted] secret=[redacted] key=[redacted] home=/root")


def test_trends_export_flow_refuses_what_export_week_refuses(prefect_harness, tmp_path: Path) -> None:
    """An empty warehouse: the plain export and the flow both refuse the week and write nothing. (The files
    written for a week with data are compared in test_prefect_e2e.)"""
    from flows.export import trends_export
    from tracker.analysis.export import ExportError, export_week

    plain_cfg = parse_config(config(tmp_path) | {"trends": {"export_root": str(tmp_path / "plain")},
                                                 "warehouse": {"path": str(tmp_path / "plain.duckdb")}}, "plain", REPO)
    Warehouse(plain_cfg.warehouse_path).init()
    with pytest.raises(ExportError, match="no documents yet"):
        export_week(Warehouse(plain_cfg.warehouse_path), plain_cfg, week="2026-W17")
    with pytest.raises(RuntimeError, match="trends_export failed: export"):
        trends_export(config=config(tmp_path) | {"trends": {"export_root": str(tmp_path / "flow")}},
                      base_dir=str(REPO), week="2026-W17", retries=0)
    assert not (tmp_path / "plain").exists() and not (tmp_path / "flow").exists()


def test_an_export_refusal_is_not_retried_but_a_transient_error_is(prefect_harness, tmp_path: Path, monkeypatch) -> None:
    import flows.export as export_flow

    attempts: list[str] = []
    real_export = export_flow.export_week

    def counted(*args, **kwargs):
        attempts.append("refused")
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_flow, "export_week", counted)
    cfg = config(tmp_path) | {"trends": {"export_root": str(tmp_path / "flow")}}
    with pytest.raises(RuntimeError, match="trends_export failed: export"):
        export_flow.trends_export(config=cfg, base_dir=str(REPO), week="2026-W17", retries=2, retry_delay_s=0)
    assert attempts == ["refused"]  # the empty warehouse refuses the week: asking twice more changes nothing

    def flaky(*args, **kwargs):
        attempts.append("locked")
        if attempts.count("locked") < 3:
            raise OSError("database is locked by another process")
        return tmp_path / "flow" / "2026-W17"

    monkeypatch.setattr(export_flow, "export_week", flaky)
    result = export_flow.trends_export(config=cfg, base_dir=str(REPO), week="2026-W17", retries=2, retry_delay_s=0)
    assert attempts == ["refused", "locked", "locked", "locked"] and result["export"]["status"] == "ok"


def test_console_shows_each_line_once_inside_a_flow(prefect_harness, probe, tmp_path: Path, capsys) -> None:
    """tracker's lines reach the console through Prefect's run logger only, never also directly."""
    import re

    from flows.pipeline import pipeline
    from tracker.cli.logs import ConsoleHandler, setup_logging

    setup_logging(0)
    try:
        state = pipeline(config=config(tmp_path), stages=["probe", "catalog"], return_state=True)
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, ConsoleHandler)]:
            root.removeHandler(handler)
        root.setLevel(logging.WARNING)
    assert state.is_completed()
    lines = [m.group(1) for m in (re.match(r"^\d\d:\d\d:\d\d [A-Z]+ +(.*)$", line)
                                  for line in capsys.readouterr().err.splitlines()) if m]
    assert len(lines) == len(set(lines)), [line for line in lines if lines.count(line) > 1]
    assert lines.count("probe: fetched 2 items with client secret None") == 1
    assert len([line for line in lines if line.startswith("probe: ok fetched=2 inserted=2 updated=0 rejected=0 in ")]) == 1
    assert "probe: Finished in state Completed()" in lines and "catalog: Finished in state Completed()" in lines
