"""Whole comment trees through real praw: a thread with many "more" stubs, default and capped replace_more."""

from __future__ import annotations

import json
import logging
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import reddit_big_thread as big
from tracker.cli.main import status_report
from tracker.config import parse_config
from tracker.sources.replay import ReplayServer
from tracker.warehouse.runs import run_source
from tracker.sources import reddit, reddit_records

REPO = Path(__file__).resolve().parents[1]
N = 400
NOW = datetime.fromtimestamp(big.CREATED, timezone.utc) + timedelta(days=30)  # past refresh_days


@pytest.fixture
def thread_server(monkeypatch):
    monkeypatch.setenv("praw_client_id", "test-client")  # not secrets: the replay server accepts any client
    monkeypatch.setenv("praw_client_secret", "test-secret")
    monkeypatch.setenv("praw_user_agent", "tracker-tests")
    routes, comments = big.routes(N)
    listing = {"kind": "Listing", "data": {"after": None, "before": None, "dist": 1, "modhash": "",
                                           "children": [{"kind": "t3", "data": big.submission(N)}]}}
    with ReplayServer(routes=[*routes, {"method": "GET", "path": f"/r/{big.SUB}/new", "json": listing}]) as server:
        yield server, comments


def make_cfg(url: str, **reddit_overrides):
    data = tomllib.loads((REPO / "tracker.toml").read_text())
    data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0, backoff_max_s=0, max_retries=1)
    data["reddit"].update(oauth_url=url, reddit_url=url, subreddits=[big.SUB], queries=[], **reddit_overrides)
    return parse_config(data, "test", REPO)


def run(warehouse, cfg):
    return run_source(warehouse, "reddit", lambda s: reddit.ingest(warehouse, cfg, s, now=NOW, sleep=lambda _: None))


def rows(warehouse, sql):
    with warehouse.read() as con:
        return con.execute(sql).fetchall()


def stored_comments(warehouse):
    return {r[0] for r in rows(warehouse, "SELECT doc_id FROM documents WHERE kind = 'comment'")}


ORPHANS = ("SELECT count(*) FROM documents d WHERE d.kind = 'comment' AND NOT EXISTS "
           "(SELECT 1 FROM documents p WHERE p.doc_id = d.parent_id)")


def test_default_fetches_the_whole_tree_with_every_parent(warehouse, thread_server):
    server, comments = thread_server
    cfg = make_cfg(server.base_url)
    assert cfg.reddit.replace_more_limit == "all" and cfg.reddit.more_limit is None
    stats = run(warehouse, cfg)
    assert (stats.status, stats.inserted, stats.not_fetched) == ("ok", 1 + N, 0)
    assert stored_comments(warehouse) == {f"reddit:t1_{c['id']}" for c in comments}
    assert rows(warehouse, ORPHANS) == [(0,)]
    assert rows(warehouse, "SELECT count(*) FROM documents WHERE removed") == [
        (sum(c["body"] == "[removed]" for c in comments),)]
    # depth from the tree: Reddit's depth + 1 for every comment, wherever it was loaded from
    depths = dict(rows(warehouse, "SELECT doc_id, depth FROM documents WHERE kind = 'comment'"))
    assert depths == {f"reddit:t1_{c['id']}": c["depth"] + 1 for c in comments}
    assert server.count("POST", "/api/morechildren/") == sum(1 for r in server.routes if r.path == "/api/morechildren/")
    assert rows(warehouse, "SELECT count(*) FROM ingest_state WHERE key LIKE 'incomplete:%'") == [(0,)]
    again = run(warehouse, cfg)
    assert (again.status, again.inserted, again.updated) == ("ok", 0, 0)


def test_a_capped_run_counts_what_it_left_and_the_next_run_completes_it(warehouse, thread_server, caplog):
    server, comments = thread_server
    stubs = sum(1 for r in server.routes if r.path == "/api/morechildren/" or "/_/" in r.path)
    cap = stubs // 2 + 3  # one run cannot expand every stub, two can
    cfg = make_cfg(server.base_url, replace_more_limit=cap)
    with caplog.at_level(logging.WARNING, logger="tracker.reddit"):
        first = run(warehouse, cfg)
    missing = N - len(stored_comments(warehouse))
    left = json.loads(rows(warehouse, f"SELECT value FROM ingest_state WHERE key = 'incomplete:t3_{big.SID}'")[0][0])
    assert first.status == "ok" and missing > 0
    assert first.not_fetched == left["not_fetched"] == sum(reddit_records.stub_size(s) for s in left["stubs"]) > 0
    assert first.not_fetched <= missing  # a "continue this thread" stub counts one comment, however many it hides
    assert rows(warehouse, "SELECT not_fetched FROM ingest_runs") == [(first.not_fetched,)]
    assert rows(warehouse, ORPHANS) == [(0,)]  # what landed has its parents
    assert any("not fetched" in r.getMessage() and f"t3_{big.SID}" in r.getMessage() for r in caplog.records)
    report = status_report(warehouse)
    assert report["last_runs"][0]["not_fetched"] == first.not_fetched

    server.reset_log()
    second = run(warehouse, cfg)  # the listing has nothing new: the thread is continued from its stored stubs
    assert (second.status, second.inserted, second.not_fetched) == ("ok", missing, 0)
    assert stored_comments(warehouse) == {f"reddit:t1_{c['id']}" for c in comments}
    assert rows(warehouse, ORPHANS) == [(0,)]
    assert rows(warehouse, "SELECT count(*) FROM ingest_state WHERE key LIKE 'incomplete:%'") == [(0,)]
    expanded = server.count("POST", "/api/morechildren/") + sum(1 for r in server.requests if "/_/" in r.path)
    assert expanded == stubs - cap  # no stub asked for twice

    third = run(warehouse, cfg)
    assert (third.status, third.inserted, third.updated, third.not_fetched) == ("ok", 0, 0, 0)


def test_config_accepts_all_or_a_number():
    assert make_cfg("http://127.0.0.1:1", replace_more_limit=32).reddit.more_limit == 32
    assert make_cfg("http://127.0.0.1:1", replace_more_limit="all").reddit.more_limit is None
    with pytest.raises(Exception, match="replace_more_limit"):
        make_cfg("http://127.0.0.1:1", replace_more_limit="some")


def test_revoked_credentials_are_a_clear_run_error(warehouse, monkeypatch):
    monkeypatch.setenv("praw_client_id", "revoked")
    monkeypatch.setenv("praw_client_secret", "revoked")
    monkeypatch.setenv("praw_user_agent", "tracker-tests")
    with ReplayServer(routes=[{"method": "POST", "path": "/api/v1/access_token", "status": 401,
                               "json": {"message": "Unauthorized", "error": 401}}]) as server:
        stats = run(warehouse, make_cfg(server.base_url))
        assert stats.status == "failed"
        assert stats.errors == [reddit.BAD_CREDENTIALS] and "praw_client_id" in stats.errors[0]
        assert [r.path for r in server.requests] == ["/api/v1/access_token"]  # stopped at once, no other source tried
    assert rows(warehouse, "SELECT status, error LIKE '%HTTP 401%' FROM ingest_runs") == [("failed", True)]


def test_long_bodies_are_capped_like_http_bodies():
    batch = reddit_records.Batch(max_body_bytes=10)
    record = batch.add({"id": "abc1234", "link_id": "t3_x", "parent_id": "t3_x", "body": "é" * 20, "created_utc": 1},
                       "praw")
    assert record["body"] == "é" * 5
    assert batch.rejects[0][0] == "body of 40 bytes cut to http.max_body_bytes (10)"
    assert batch.rejects[0][2] == "reddit:t1_abc1234"
