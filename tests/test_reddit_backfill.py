"""Arctic Shift backfill: paging with de-duped page edges, resumable cursor, failures recorded, the CLI."""

from __future__ import annotations

import json

from tracker.cli import main as cli
from tracker.sources.replay import Fault
from tracker.warehouse.runs import run_source
from tracker.sources.arctic_shift import backfill
from test_reddit import WORLD, make_cfg, rows

OPENAI = [t for t in WORLD if t["sub"] == "OpenAI"]
OPENAI_IDS = {f"reddit:t3_{t['submission']['id']}" for t in OPENAI} | {
    f"reddit:t1_{c['id']}" for t in OPENAI for c in t["comments"] + t["more"] + t["chain"]}


def run_backfill(warehouse, cfg, since="2026-02-01", until="2026-06-01"):
    return run_source(warehouse, "reddit_backfill",
                      lambda stats: backfill(warehouse, cfg, stats, "OpenAI", since, until, sleep=lambda s: None))


def test_backfill_pages_posts_and_comments_without_doubles(warehouse, sample_replay):
    server = sample_replay("arctic_shift")
    stats = run_backfill(warehouse, make_cfg(arctic_url=server.base_url))
    assert (stats.status, stats.inserted, stats.updated, stats.rejected) == ("ok", len(OPENAI_IDS), 0, 0)
    assert {r[0] for r in rows(warehouse, "SELECT doc_id FROM documents")} == OPENAI_IDS
    assert server.count("GET", "/api/comments/search") == 3  # 231 comments, 100 a page, one shared second at an edge
    # Depth is filled from the parents already stored, as in the live tree.
    expected_depth = {f"reddit:t1_{c['id']}": c["depth"] + 1 for t in OPENAI for c in t["comments"] + t["more"] + t["chain"]}
    assert dict(rows(warehouse, "SELECT doc_id, depth FROM documents WHERE kind = 'comment'")) == expected_depth
    cursor = json.loads(rows(warehouse, "SELECT value FROM ingest_state WHERE key = "
                                        "'backfill:comments:r/OpenAI:2026-02-01..2026-06-01'")[0][0])
    assert cursor["done"] is True
    server.reset_log()
    assert run_backfill(warehouse, make_cfg(arctic_url=server.base_url)).inserted == 0
    assert server.requests == []  # a finished backfill is not paged again


def test_interrupted_backfill_resumes_from_its_cursor(warehouse, sample_replay):
    server = sample_replay("arctic_shift")
    comments = sorted((c for t in OPENAI for c in t["comments"] + t["more"] + t["chain"]), key=lambda c: (c["created_utc"], c["id"]))
    page_two_after = int(comments[99]["created_utc"])
    fault = Fault(status=503, times=None)
    server.inject("GET", "/api/comments/search", fault, query={"subreddit": "OpenAI", "after": page_two_after})
    cfg = make_cfg(arctic_url=server.base_url)
    stats = run_backfill(warehouse, cfg)
    assert stats.status == "partial"
    assert "Arctic Shift unavailable (HTTP 503)" in stats.errors[0] and "resumes" in stats.errors[0]
    assert rows(warehouse, "SELECT count(*) FROM documents WHERE kind = 'comment'") == [(100,)]
    fault.times = 0
    server.reset_log()
    stats = run_backfill(warehouse, cfg)
    assert stats.status == "ok"
    assert {r[0] for r in rows(warehouse, "SELECT doc_id FROM documents")} == OPENAI_IDS
    assert server.count("GET", "/api/posts/search") == 0  # posts were finished; only comments resume
    assert server.requests[0].query["after"] == str(page_two_after)


def test_malformed_page_is_rejected_and_recorded(warehouse, sample_replay):
    server = sample_replay("arctic_shift")
    server.inject("GET", "/api/posts/search", Fault(body=b"<html>upstream error</html>"), query={"subreddit": "OpenAI"})
    stats = run_backfill(warehouse, make_cfg(arctic_url=server.base_url))
    assert stats.status == "failed"
    assert rows(warehouse, "SELECT reason, payload FROM rejects") == [("malformed JSON", "<html>upstream error</html>")]
    assert rows(warehouse, "SELECT count(*) FROM documents") == [(0,)]


def test_cli_backfill_command(tmp_path, sample_replay, capsys):
    server = sample_replay("arctic_shift")
    config = tmp_path / "tracker.toml"
    config.write_text(
        f'[warehouse]\npath = "w.duckdb"\n[http]\nallow_hosts = ["127.0.0.1"]\nbackoff_base_s = 0\n'
        f'[reddit]\narctic_shift_url = "{server.base_url}"\n'
    )
    code = cli.main(["--config", str(config), "backfill", "reddit", "--subreddit", "r/OpenAI", "--since", "2026-02-01",
                     "--until", "2026-06-01"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"backfill r/OpenAI 2026-02-01..2026-06-01: ok fetched={len(OPENAI_IDS)} inserted={len(OPENAI_IDS)}" in out
    assert cli.main(["--config", str(config), "backfill", "reddit", "--subreddit", "OpenAI", "--since", "2026-06-01",
                     "--until", "2026-02-01"]) == 2
