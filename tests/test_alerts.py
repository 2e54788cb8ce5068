"""Alerts delivered over HTTP (Apprise json://) to a real local receiver: exact payloads, once across re-runs,
retried after a failed delivery, at least once across a crash between delivery and record, secrets kept out."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
from test_radar import DOCS, store
from trends_fixtures import ts

from tracker.analysis.alerts import collect_alerts, send_alerts
from tracker.analysis.radar import propose_events, scan_documents
from tracker.analysis.trends import refresh_views
from tracker.cli.main import main
from tracker.config import load_config
from tracker.demo import AlertReceiver
from tracker.warehouse.database import Warehouse, upsert

MARKET = "polymarket:gpt-5pt6-by-june"
CONFIG = """\
[warehouse]
path = "w.duckdb"
[trends]
export_root = "exports"
[radar]
release_min_docs = 2
[alerts]
urls = [{urls}]
report_base_url = "https://reports.example/story"
[alerts.rules]
candidate_daily_mentions = 3
market_move_points = 10
[[models]]
id = "gpt-5.5"
vendor = "openai"
family = "gpt-5"
aliases = ["GPT-5.5"]
"""


def build(tmp_path, urls: list[str]):
    (tmp_path / "tracker.toml").write_text(CONFIG.format(urls=", ".join(f'"{u}"' for u in urls)), encoding="utf-8")
    cfg = load_config(tmp_path / "tracker.toml")
    warehouse = Warehouse(cfg.warehouse_path)
    warehouse.init()
    store(warehouse, DOCS)
    with warehouse.write() as con:
        upsert(con, "markets", [{"market_id": MARKET, "platform": "polymarket", "question": "GPT-5.6 released by June 30?",
                                 "url": "https://polymarket.com/event/gpt-5pt6-by-june", "status": "open",
                                 "model_id": None, "event_kind": "release", "fetched_at": ts("2026-05-12 20:00")}],
               ["market_id"])
        start = ts("2026-05-10 12:00")
        upsert(con, "market_prices", [{"market_id": MARKET, "ts": start + timedelta(days=d), "probability": p}
                                      for d, p in enumerate([0.30, 0.32, 0.55])], ["market_id", "ts"])
    scan_documents(warehouse, cfg)
    refresh_views(warehouse, cfg, classifier="clf@1", target_classifier="t@1")
    propose_events(warehouse, cfg)
    return warehouse, cfg


CANDIDATE_BODY = (
    'A model name the catalog does not track: "GPT-5.6" (gpt-5.6, openai). 3 documents named it on 2026-05-12; 6 in '
    "all since it was first seen on 2026-05-02 (reddit 4, blogs 1, hackernews 1); 5 in the last 7 days against 1 the "
    '7 before (x5.0). Variants: pro. 2 of them with release words ("released", "now available", …).\n'
    'Sample (reddit, 2026-05-12): "GPT-5.6 rolling out to Pro."\n'
    'Track it: tracker models add gpt-5.6 --alias "GPT-5.6"\nhttps://x.test/r3')
EVENT_BODY = (
    "Proposed release event: gpt-5.6 released on 2026-05-12 (not counted until confirmed).\n"
    "- 3 documents on 2026-05-12 (2 with release words) against 0.3 a day the week before\n"
    "Confirm: tracker events confirm radar:gpt-5.6:released   Dismiss: tracker events dismiss radar:gpt-5.6:released\n"
    "https://x.test/b1")
MARKET_BODY = ('polymarket: "GPT-5.6 released by June 30?" went from 32% (2026-05-11) to 55% (2026-05-12), +23.0 points.'
               "\nhttps://polymarket.com/event/gpt-5pt6-by-june")
EXPECTED = [
    {"path": "/hook", "payload": {"version": "1.0", "title": "New model name: GPT-5.6", "message": CANDIDATE_BODY,
                                  "attachments": [], "type": "info"}},
    {"path": "/hook", "payload": {"version": "1.0", "title": "Release moment? gpt-5.6 released on 2026-05-12",
                                  "message": EVENT_BODY, "attachments": [], "type": "info"}},
    {"path": "/hook", "payload": {"version": "1.0", "title": "Market moved +23 points: GPT-5.6 released by June 30?",
                                  "message": MARKET_BODY, "attachments": [], "type": "info"}},
]


def sent_rows(warehouse):
    with warehouse.read() as con:
        return con.execute("SELECT rule, subject, destination_name, status, attempts, last_error FROM sent_alerts "
                           "ORDER BY rule, subject").fetchall()


def test_each_alert_reaches_the_receiver_once_with_exact_payloads(tmp_path):
    with AlertReceiver() as receiver:
        warehouse, cfg = build(tmp_path, [f"json://127.0.0.1:{receiver.port}/hook"])
        assert [(a.rule, a.subject) for a in collect_alerts(warehouse, cfg)] == [
            ("candidate", "gpt-5.6"), ("release_event", "radar:gpt-5.6:released"),
            ("market_move", f"{MARKET}:2026-05-12")]
        report = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert (len(report.sent), len(report.failed), report.already_sent) == (3, 0, 0)
        assert receiver.received == EXPECTED
        again = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))  # a re-run sends nothing
        assert (len(again.sent), again.already_sent) == (0, 3)
        assert receiver.received == EXPECTED
    name = f"json://127.0.0.1:{receiver.port}"
    assert sent_rows(warehouse) == [("candidate", "gpt-5.6", name, "sent", 1, None),
                                    ("market_move", f"{MARKET}:2026-05-12", name, "sent", 1, None),
                                    ("release_event", "radar:gpt-5.6:released", name, "sent", 1, None)]


def test_a_failed_delivery_is_retried_on_the_next_run_and_then_sent_once(tmp_path):
    with AlertReceiver(status=500) as receiver:
        warehouse, cfg = build(tmp_path, [f"json://127.0.0.1:{receiver.port}/hook"])
        first = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert (len(first.sent), len(first.failed)) == (0, 3)
        assert [r[3:5] for r in sent_rows(warehouse)] == [("failed", 1)] * 3
        receiver.status = 200
        second = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert (len(second.sent), len(second.failed)) == (3, 0)
        send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert receiver.received == EXPECTED
    assert [r[3:6] for r in sent_rows(warehouse)] == [("sent", 2, None)] * 3


CRASHING_SENDER = """
import os, sys
from tracker.analysis.alerts import collect_alerts, send_alerts
from tracker.config import load_config
from tracker.warehouse.database import Warehouse

cfg = load_config(sys.argv[1])
warehouse = Warehouse(cfg.warehouse_path)
# The process dies right after the first delivery, before it is recorded.
send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg), after_delivery=lambda alert, dest: os._exit(9))
"""


def test_a_crash_between_delivery_and_record_sends_that_alert_again_never_loses_it(tmp_path):
    """At-least-once: the delivery the crash left unrecorded is sent again on the next run (one duplicate of that
    alert), the others once, and nothing after that."""
    script = tmp_path / "crash.py"
    script.write_text(textwrap.dedent(CRASHING_SENDER), encoding="utf-8")
    with AlertReceiver() as receiver:
        warehouse, cfg = build(tmp_path, [f"json://127.0.0.1:{receiver.port}/hook"])
        done = subprocess.run([sys.executable, str(script), str(tmp_path / "tracker.toml")], capture_output=True,
                              text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
        assert done.returncode == 9, done.stderr
        assert receiver.received == EXPECTED[:1]
        assert sent_rows(warehouse) == []  # nothing recorded: the next run cannot know it was delivered
        report = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert (len(report.sent), report.already_sent) == (3, 0)
        send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert receiver.received == EXPECTED[:1] + EXPECTED
    assert [r[3:5] for r in sent_rows(warehouse)] == [("sent", 1)] * 3


def test_secret_parts_come_from_the_environment_and_never_reach_logs_or_the_database(tmp_path, monkeypatch, caplog):
    secret = "s3cr3t-hook-token"
    monkeypatch.delenv("TRACKER_TEST_HOOK", raising=False)
    with AlertReceiver() as receiver:
        warehouse, cfg = build(tmp_path, [f"json://127.0.0.1:{receiver.port}/hook/{{env:TRACKER_TEST_HOOK}}"])
        caplog.set_level(logging.DEBUG)
        missing = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert {reason for _, _, reason in missing.failed} == {"environment variable TRACKER_TEST_HOOK is not set"}
        assert receiver.received == []
        monkeypatch.setenv("TRACKER_TEST_HOOK", secret)
        report = send_alerts(warehouse, cfg, collect_alerts(warehouse, cfg))
        assert len(report.sent) == 3
        assert [r["path"] for r in receiver.received] == [f"/hook/{secret}"] * 3
        assert main(["--config", str(tmp_path / "tracker.toml"), "alerts", "--send"]) == 0
    assert secret not in caplog.text
    with warehouse.read() as con:
        stored = con.execute("SELECT * FROM sent_alerts").fetchall()
    assert stored and secret not in repr(stored)
    assert {r[2] for r in sent_rows(warehouse)} == {f"json://127.0.0.1:{receiver.port}"}


def test_alerts_command_lists_without_urls_and_sends_with_them(tmp_path, capsys):
    warehouse, cfg = build(tmp_path, [])
    assert main(["--config", str(tmp_path / "tracker.toml"), "alerts"]) == 0
    out = capsys.readouterr().out
    assert "candidate      gpt-5.6" in out and "release_event  radar:gpt-5.6:released" in out
    assert main(["--config", str(tmp_path / "tracker.toml"), "alerts", "--send"]) == 2
    assert "no [alerts] urls configured" in capsys.readouterr().err
    with AlertReceiver() as receiver:
        (tmp_path / "tracker.toml").write_text(CONFIG.format(urls=f'"json://127.0.0.1:{receiver.port}/hook"'))
        assert main(["--config", str(tmp_path / "tracker.toml"), "alerts", "--send"]) == 0
        assert "3 sent, 0 failed, 0 sent before" in capsys.readouterr().out
        assert receiver.received == EXPECTED


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    # Apprise goes through requests, which honours proxy variables: the receiver is on 127.0.0.1.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
