"""Hacker News source: both APIs replayed on 127.0.0.1 in their real shapes, exact rows in a real DuckDB file,
cursors, the 1,000-hit cap, incomplete trees, bad input, and re-runs that change nothing."""

from __future__ import annotations

import importlib.util
import json
import logging
import tomllib
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest

import hn_fake
from tracker.config import parse_config
from tracker.sources import hackernews
from tracker.sources.hackernews_records import RecordError, clean_html, community_of, to_record
from tracker.sources.replay import ReplayServer
from tracker.warehouse.runs import run_source

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
NOW = datetime(2026, 6, 30, tzinfo=timezone.utc)  # every sample thread is older than refresh_days


def load_generator():
    spec = importlib.util.spec_from_file_location("make_hackernews_sample", SAMPLE / "make_hackernews_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = load_generator()
THREADS = GEN.build()
LAUNCH = next(t for t in THREADS if t["story"]["title"] == "GPT-5.5")


def make_cfg(algolia_url: str, api_url: str, **overrides):
    data = tomllib.loads((REPO / "tracker.toml").read_text())
    data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0, backoff_max_s=0, max_retries=2)
    data["hackernews"].update({"algolia_url": algolia_url, "api_url": api_url, "since": "2026-02-01", "refresh_days": 0,
                               "hits_per_page": 20, **overrides})
    return parse_config(data, "test", REPO)


def run(warehouse, cfg, now=NOW):
    return run_source(warehouse, "hackernews",
                      lambda stats: hackernews.ingest(warehouse, cfg, stats, now=now, sleep=lambda s: None))


def rows(warehouse, sql, params=None):
    with warehouse.read() as con:
        return con.execute(sql, params or []).fetchall()


def snapshot(warehouse):
    return {t: rows(warehouse, f"SELECT * EXCLUDE ({ex}) FROM {t} ORDER BY ALL") for t, ex in
            (("documents", "fetched_at"), ("mentions", "position"), ("ingest_state", "updated_at"), ("rejects", "seen_at"))}


@pytest.fixture
def sample():
    algolia = ReplayServer(SAMPLE / "ycombinator_algolia").start()
    official = ReplayServer(SAMPLE / "ycombinator_firebase").start()
    yield algolia, official
    algolia.stop()
    official.stop()


@pytest.fixture
def fake():
    with hn_fake.FakeHackerNews() as server:
        yield server


# ---------------------------------------------------------------- pure: HTML and records


def test_clean_html_keeps_paragraphs_code_and_link_text_and_decodes_entities():
    text = ('It&#x27;s &quot;fast&quot; &gt; 5.4: <a href="https://openai.com/x" rel="nofollow">https://openai.com/x</a>'
            '<p>Second <i>paragraph</i>.<p><pre><code>  if a &lt; b:\n      return a\n</code></pre>\nAfter the code.')
    assert clean_html(text) == ("It's \"fast\" > 5.4: https://openai.com/x\n\nSecond paragraph.\n\n"
                                "  if a < b:\n      return a\n\nAfter the code.")


def test_clean_html_reads_html_that_is_not_well_formed():
    assert clean_html("<p>unclosed <i>italic <a href=x>link") == "unclosed italic link"
    assert clean_html("a < b and 5 > 3 &amp; done</b></p></a>") == "a < b and 5 > 3 & done"
    assert clean_html("bad\x00bytes\x07 here<script>alert(1)</script>") == "badbytes here"
    assert clean_html("") is None and clean_html(None) is None and clean_html("<p> </p>") is None


def test_community_is_the_story_type():
    assert community_of("Ask HN: what now?") == "ask_hn"
    assert community_of("Show HN: a thing") == "show_hn"
    assert community_of("Launch", tags=["story", "show_hn"]) == "show_hn"
    assert community_of("GPT-5.5") == "story"
    assert community_of("Which model?", "poll") == "poll"


def test_to_record_reads_both_apis_the_same():
    story = LAUNCH["story"]
    by_parent = {}
    for c in LAUNCH["comments"]:
        by_parent.setdefault(c["parent"], []).append(c)
    tree = GEN.algolia_node(story, story, by_parent)
    from_algolia = to_record(tree, "algolia")
    from_official = to_record(story, "hn_api")
    for record in (from_algolia, from_official):
        assert record["doc_id"] == f"hackernews:{story['id']}" and record["kind"] == "story"
        assert record["thread_id"] == record["doc_id"] and record["depth"] == 0 and record["community"] == "story"
        assert record["url"] == f"https://news.ycombinator.com/item?id={story['id']}"
        assert record["title"] == "GPT-5.5" and record["score"] == 1432 and not record["removed"]
    thread = hackernews.Thread(story["id"], "GPT-5.5", "story")
    comment = LAUNCH["comments"][0]
    node = tree["children"][-1] if tree["children"][-1]["id"] == comment["id"] else next(
        n for n in tree["children"] if n["id"] == comment["id"])
    a, b = to_record(node, "algolia", thread, 1), to_record(comment, "hn_api", thread, 1)
    assert {k: v for k, v in a.items() if k != "provenance"} == {k: v for k, v in b.items() if k != "provenance"}
    assert a["parent_id"] == f"hackernews:{story['id']}" and a["score"] is None and "<" not in a["body"]


def test_deleted_and_dead_items_are_placeholders_that_keep_the_tree_connected():
    thread = hackernews.Thread(1, "GPT-5.5", "story")
    deleted = to_record({"deleted": True, "id": 7, "parent": 5, "time": 1776960000, "type": "comment"}, "hn_api", thread, 2)
    dead = to_record({"by": "spammer", "dead": True, "id": 8, "parent": 1, "text": "BUY", "time": 1776960000,
                      "type": "comment"}, "hn_api", thread, 1)
    algolia = to_record({"author": None, "children": [], "created_at_i": 1776960000, "id": 9, "parent_id": 1,
                         "story_id": 1, "text": None, "type": "comment"}, "algolia", thread, 1)
    bare = to_record({"deleted": True, "id": 10, "parent": 9}, "hn_api", thread, 2)  # most fields missing
    for record in (deleted, dead, algolia, bare):
        assert record["removed"] and record["body"] is None and record["author"] is None
        assert record["parent_id"].startswith("hackernews:") and record["thread_id"] == "hackernews:1"
    assert bare["created_at"] is None and deleted["parent_id"] == "hackernews:5"


@pytest.mark.parametrize("item, reason", [
    (None, "item is null, not an object"),
    ({"id": 5, "type": "job", "time": 1}, "unknown type 'job'"),
    ({"id": 5, "type": "wormhole", "time": 1}, "unknown type 'wormhole'"),
    ({"id": 5, "time": 1, "by": "x"}, "has no type"),
    ({"id": "x5", "type": "comment", "time": 1}, "malformed id"),
    ({"id": 5, "type": "comment", "time": "yesterday", "parent": 1, "by": "x"}, "malformed time"),
    ({"id": 5, "type": "story", "time": 1, "by": "x"}, "has no title"),
    ({"id": 5, "type": "comment", "time": 1, "by": "x", "text": "hi"}, "missing or malformed parent"),
])
def test_to_record_refuses_what_is_not_an_item_with_a_reason(item, reason):
    with pytest.raises(RecordError, match=reason):
        to_record(item, "hn_api", hackernews.Thread(1, "t", "story"), 1)


def test_search_terms_are_the_catalog_aliases_without_redundant_ones():
    cfg = make_cfg("http://127.0.0.1:1", "http://127.0.0.1:2", queries=["codex cli", "GPT-5.5 pricing"])
    assert hackernews.search_terms(cfg) == GEN.QUERIES + ["codex cli"]


# ---------------------------------------------------------------- the recorded sample


def test_sample_replay_stores_every_thread_whole_with_exact_rows(warehouse, sample):
    algolia, official = sample
    cfg = make_cfg(algolia.base_url + "/api/v1", official.base_url + "/v0")
    stats = run(warehouse, cfg)
    expected = {f"hackernews:{t['story']['id']}" for t in THREADS} | {
        f"hackernews:{c['id']}" for t in THREADS for c in t["comments"]}
    assert (stats.status, stats.inserted, stats.updated, stats.rejected, stats.errors) == ("ok", len(expected), 0, 0, [])
    assert {r[0] for r in rows(warehouse, "SELECT doc_id FROM documents WHERE source = 'hackernews'")} == expected
    assert rows(warehouse, "SELECT community, kind, count(*) FROM documents GROUP BY ALL ORDER BY ALL") == [
        ("ask_hn", "comment", 12), ("ask_hn", "story", 1), ("show_hn", "comment", 14), ("show_hn", "story", 1),
        ("story", "comment", 130), ("story", "story", 8)]
    # parent links and depths as the trees nest them; every thread hangs from its story
    items = {c["id"]: c for t in THREADS for c in t["comments"]}
    depth = {}
    for t in THREADS:
        depth[t["story"]["id"]] = 0
        for c in t["comments"]:
            depth[c["id"]] = depth[c["parent"]] + 1
    got = rows(warehouse, "SELECT doc_id, parent_id, thread_id, depth, url FROM documents WHERE kind = 'comment'")
    for doc, parent, thread, d, url in got:
        cid = int(doc.removeprefix("hackernews:"))
        assert parent == f"hackernews:{items[cid]['parent']}" and d == depth[cid]
        assert url == f"https://news.ycombinator.com/item?id={cid}"
    assert {t for _, _, t, _, _ in got} == {f"hackernews:{t['story']['id']}" for t in THREADS}
    # the deleted and the dead comment are placeholders; the reply under the deleted one is still linked to it
    launch = LAUNCH["story"]["id"]
    placeholders = rows(warehouse, "SELECT doc_id, body, author FROM documents WHERE removed ORDER BY doc_id")
    assert [(b, a) for _, b, a in placeholders] == [(None, None), (None, None)]
    deleted = next(c for c in LAUNCH["comments"] if c.get("deleted"))
    assert rows(warehouse, "SELECT count(*) FROM documents WHERE parent_id = ?", [f"hackernews:{deleted['id']}"]) == [(1,)]
    # Algolia's launch tree lacked two late replies: the official API's kids completed it
    assert rows(warehouse, "SELECT count(*) FROM documents WHERE provenance = 'hn_api'") == [(2,)]
    assert official.count("GET", f"/v0/item/{launch}.json") == 1
    # Ask HN's text, cleaned; points as score; Show HN found by its story text
    ask = rows(warehouse, "SELECT title, body, score FROM documents WHERE community = 'ask_hn' AND kind = 'story'")[0]
    assert ask[0].startswith("Ask HN:") and "GPT-5.4 already writes" in ask[1] and "&" not in ask[1]
    assert rows(warehouse, "SELECT score FROM documents WHERE doc_id = ?", [f"hackernews:{launch}"]) == [(1432,)]
    # mentions: a comment naming no model inherits its thread's model; the sarcastic one names GPT-5.5
    sarcastic = next(c for c in LAUNCH["comments"] if "Perl build scripts" in c.get("text", ""))
    assert rows(warehouse, "SELECT model_id FROM mentions WHERE doc_id = ?", [f"hackernews:{sarcastic['id']}"]) == [("gpt-5.5",)]
    # one cursor per query and tag that found something, at its newest hit
    cursors = dict(rows(warehouse, "SELECT key, value FROM ingest_state"))
    newest = max(c["time"] for t in THREADS for c in t["comments"]
                 if GEN.matches("GPT-5.5", GEN.plain(c.get("text", ""))) and not c.get("_late"))
    assert json.loads(cursors["search:comment:GPT-5.5"]) == {"after": newest}
    assert not [k for k in cursors if k.startswith("incomplete:")]
    # the run covered its days: from `since` to now
    assert (stats.covered_since, stats.covered_until) == (datetime(2026, 2, 1, tzinfo=timezone.utc), NOW)


def test_rerun_fetches_no_thread_again_and_changes_nothing(warehouse, sample):
    algolia, official = sample
    cfg = make_cfg(algolia.base_url + "/api/v1", official.base_url + "/v0")
    run(warehouse, cfg)
    before = snapshot(warehouse)
    algolia.reset_log()
    official.reset_log()
    again = run(warehouse, cfg)
    assert (again.status, again.inserted, again.updated, again.rejected) == ("ok", 0, 0, 0)
    assert snapshot(warehouse) == before
    assert algolia.count("GET") == algolia.count("GET", "/api/v1/search_by_date")  # no /items
    assert official.requests == []
    # each search starts at its cursor less the overlap
    first = next(r for r in algolia.requests if r.query["query"] == "GPT-5.5" and r.query["tags"] == "comment")
    cursor = json.loads(dict(rows(warehouse, "SELECT key, value FROM ingest_state"))["search:comment:GPT-5.5"])["after"]
    assert first.query["numericFilters"].startswith(f"created_at_i>={cursor - cfg.hackernews.search_overlap_s},")


def test_young_threads_are_refreshed(warehouse, sample):
    algolia, official = sample
    cfg = make_cfg(algolia.base_url + "/api/v1", official.base_url + "/v0", refresh_days=3)
    run(warehouse, cfg)
    algolia.reset_log()
    launch = LAUNCH["story"]["id"]
    stats = run(warehouse, cfg, now=datetime(2026, 4, 24, 12, tzinfo=timezone.utc))
    assert stats.status == "ok" and stats.inserted == 0
    assert algolia.count("GET", f"/api/v1/items/{launch}") == 1  # the launch thread, a day old, read again


# ---------------------------------------------------------------- discovery: cap, cursor, comment hits


def test_a_query_past_the_1000_hit_cap_is_split_until_every_window_is_whole(warehouse, fake):
    base = 1_775_000_000
    tree, official = hn_fake.story(47_000_000, base, "GPT-5.5 megathread", 3)
    fake.add_story(tree, official)
    fake.hits["comment"] = [hn_fake.comment_hit(48_000_000 + i, 47_000_000, base + 100 + 37 * i, f"GPT-5.5 take {i}")
                            for i in range(2500)]
    cfg = make_cfg(fake.algolia_url, fake.api_url, hits_per_page=1000, queries=["GPT-5.5"])
    seen: list[tuple[int, int, int]] = []
    real_search = hackernews.HackerNews.search

    def spy(self, tag, query, lo, hi):
        for window in real_search(self, tag, query, lo, hi):
            if tag == "comment" and query == "GPT-5.5":
                seen.append((window.lo, window.hi, len(window.hits)))
            yield window

    hackernews.HackerNews.search = spy
    try:
        stats = run(warehouse, cfg)
    finally:
        hackernews.HackerNews.search = real_search
    assert stats.status == "ok" and stats.not_fetched == 0
    assert sum(n for *_, n in seen) == 2500 and all(n <= 1000 for *_, n in seen) and len(seen) >= 3
    assert [w[:2] for w in seen] == sorted(w[:2] for w in seen)  # oldest window first, windows adjacent
    assert all(a[1] == b[0] for a, b in zip(seen, seen[1:]))
    # the 2,500 hits are in one thread: fetched once
    assert fake.count("GET", "/api/v1/items/47000000") == 1
    cursor = json.loads(rows(warehouse, "SELECT value FROM ingest_state WHERE key = 'search:comment:GPT-5.5'")[0][0])
    assert cursor == {"after": base + 100 + 37 * 2499}


def test_more_than_1000_hits_in_one_second_is_reported_not_silently_cut(warehouse, fake):
    base = 1_775_000_000
    tree, official = hn_fake.story(47_000_000, base, "GPT-5.5 megathread", 1)
    fake.add_story(tree, official, hit=False)
    fake.hits["comment"] = [hn_fake.comment_hit(48_000_000 + i, 47_000_000, base + 500, f"GPT-5.5 bot {i}")
                            for i in range(1200)]
    cfg = make_cfg(fake.algolia_url, fake.api_url, hits_per_page=1000, queries=["GPT-5.5"])
    stats = run(warehouse, cfg)
    assert stats.status == "partial" and stats.not_fetched == 200
    assert any("200 hits in the one-second window" in e and "cap" in e for e in stats.errors)


def test_rerun_fetches_only_what_is_new(warehouse, fake):
    base = 1_775_000_000
    for n, sid in enumerate((47_000_000, 47_000_100)):
        tree, official = hn_fake.story(sid, base + 3600 * n, f"GPT-5.5 thread {n}", 4)
        fake.add_story(tree, official)
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"])
    first = run(warehouse, cfg, now=datetime.fromtimestamp(base + 7200, timezone.utc))
    assert first.inserted == 10
    # a day later: one new story, and a new comment naming GPT-5.5 in a thread nobody searched for
    tree, official = hn_fake.story(47_100_000, base + 86400, "GPT-5.5 in production", 2)
    fake.add_story(tree, official)
    old, old_official = hn_fake.story(46_000_000, base - 86400 * 30, "Databases in 2026", 1)
    old["children"].append({"author": "late", "children": [], "created_at_i": base + 86000, "id": 47_099_999,
                            "parent_id": 46_000_000, "story_id": 46_000_000, "text": "GPT-5.5 rewrote our ORM layer.",
                            "type": "comment"})
    fake.add_story(old, old_official, hit=False)
    fake.hits["comment"].append(hn_fake.comment_hit(47_099_999, 46_000_000, base + 86000, "GPT-5.5 rewrote our ORM layer.",
                                                    "Databases in 2026"))
    fake.reset_log()
    second = run(warehouse, cfg, now=datetime.fromtimestamp(base + 90000, timezone.utc))
    assert second.status == "ok" and second.inserted == 3 + 3
    items = sorted(r.path for r in fake.requests if r.path.startswith("/api/v1/items/"))
    assert items == ["/api/v1/items/46000000", "/api/v1/items/47100000"]  # the two new threads only
    assert rows(warehouse, "SELECT community, thread_id FROM documents WHERE doc_id = 'hackernews:47099999'") == [
        ("story", "hackernews:46000000")]


# ---------------------------------------------------------------- trees: incomplete, big, bad


def test_incomplete_tree_is_walked_through_the_official_api_within_its_budget(warehouse, fake):
    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 thread", 30, missing=12)
    fake.add_story(tree, official)
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"], fallback_limit=10)
    first = run(warehouse, cfg)
    assert first.status == "ok" and first.not_fetched > 0
    state = json.loads(rows(warehouse, "SELECT value FROM ingest_state WHERE key = 'incomplete:47000000'")[0][0])
    assert state["frontier"] and state["not_fetched"] == first.not_fetched
    for _ in range(5):
        stats = run(warehouse, cfg)
        if not rows(warehouse, "SELECT 1 FROM ingest_state WHERE key = 'incomplete:47000000'"):
            break
    assert rows(warehouse, "SELECT count(*) FROM documents WHERE kind = 'comment'") == [(30,)]
    assert rows(warehouse, "SELECT count(*) FROM documents WHERE provenance = 'hn_api'") == [(12,)]
    assert stats.not_fetched == 0 and stats.status == "ok"


def test_a_story_whose_count_disagrees_with_both_trees_is_rejected_with_its_reason(warehouse, fake):
    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 thread", 5)
    official[47_000_000]["descendants"] = 9  # four comments no API will show
    fake.add_story(tree, official)
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"])
    stats = run(warehouse, cfg)
    assert stats.status == "ok" and stats.rejected == 1
    assert rows(warehouse, "SELECT ref, reason FROM rejects") == [
        ("47000000", "story 47000000: the official API counts 9 comments, both APIs' trees hold 5")]
    again = run(warehouse, cfg)
    assert again.rejected == 0 and rows(warehouse, "SELECT count(*) FROM rejects") == [(1,)]  # stored once


def test_bad_items_in_a_tree_are_rejected_and_the_rest_stored_once(warehouse, fake):
    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 thread", 4)
    tree["children"] += [None, {"id": 47_000_050, "type": "wormhole", "created_at_i": 1_775_000_500, "children": [
        {"id": 47_000_051, "type": "comment", "author": "x", "text": "orphan", "created_at_i": 1_775_000_600,
         "parent_id": 47_000_050, "children": []}]},
        {"id": 47_000_060, "type": "comment", "author": "y", "created_at_i": 1_775_000_700, "parent_id": 47_000_000,
         "text": "<p>Unclosed <i>markup GPT-5.5 &amp; <pre><code>x < 1", "children": []},
        {"id": 47_000_070, "type": "pollopt", "created_at_i": 1_775_000_800, "parent_id": 47_000_000, "children": []}]
    official[47_000_000]["descendants"] = 5
    fake.add_story(tree, official)
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"])
    stats = run(warehouse, cfg)
    assert stats.status == "ok" and stats.inserted == 6
    reasons = sorted(r for (r,) in rows(warehouse, "SELECT reason FROM rejects"))
    assert reasons == ["item 47000050 has an unknown type 'wormhole' (in the tree of story 47000000; its replies are "
                       "not stored)", "item is null, not an object (in the tree of story 47000000; its replies are not stored)"]
    assert rows(warehouse, "SELECT body FROM documents WHERE doc_id = 'hackernews:47000060'") == [
        ("Unclosed markup GPT-5.5 &\n\nx < 1",)]
    before = snapshot(warehouse)
    run(warehouse, make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"], refresh_days=10_000))
    assert snapshot(warehouse) == before  # fetched again (refresh): nothing doubled, no new reject


def test_malformed_search_page_is_rejected_and_other_queries_go_on(warehouse, fake):
    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 and GPT-5.4 compared", 2)
    fake.add_story(tree, official)
    fake.add_route("GET", "/api/v1/search_by_date", query={"query": "GPT-5.4", "tags": "story"},
                   text='{"hits": [{"objectID": "1", "tit')
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=[])
    stats = run(warehouse, cfg)
    assert stats.status == "partial" and "search:story:GPT-5.4: malformed JSON from Algolia" in stats.errors[0]
    assert rows(warehouse, "SELECT reason FROM rejects") == [("malformed JSON",)]
    assert rows(warehouse, "SELECT count(*) FROM documents") == [(3,)]  # found by the GPT-5.5 search
    assert not rows(warehouse, "SELECT 1 FROM ingest_state WHERE key = 'search:story:GPT-5.4'")


def test_null_and_malformed_hits_are_rejected(warehouse, fake):
    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 launch", 1)
    fake.add_story(tree, official)
    fake.hits["comment"] = [{"objectID": "abc", "created_at_i": 1_775_000_100, "_tags": ["comment"], "comment_text": "GPT-5.5"},
                            {"objectID": "9", "created_at_i": 1_775_000_200, "_tags": ["comment"],
                             "comment_text": "GPT-5.5 rules", "story_id": None}]
    stats = run(warehouse, make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"]))
    reasons = sorted(r for (r,) in rows(warehouse, "SELECT reason FROM rejects"))
    assert reasons == ["comment hit 9 has a missing or malformed story_id: None",
                       "search hit without a numeric objectID: 'abc'"]
    assert stats.status == "ok" and rows(warehouse, "SELECT count(*) FROM documents") == [(2,)]


def test_failed_thread_is_finished_on_the_next_run(warehouse, fake):
    from tracker.sources.replay import Fault

    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 launch", 3)
    fake.add_story(tree, official)
    fake.add_route("GET", "/v0/item/47000000.json", json=official[47_000_000])
    fake.inject("GET", "/v0/item/47000000.json", Fault(status=503, times=None))
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"])
    stats = run(warehouse, cfg)
    assert stats.status == "partial" and "official API: HTTP 503" in stats.errors[0]
    assert json.loads(rows(warehouse, "SELECT value FROM ingest_state WHERE key = 'incomplete:47000000'")[0][0]) == {
        "refetch": "official API: HTTP 503"}
    fake.routes[-1].faults.clear()
    fake.reset_log()
    again = run(warehouse, cfg)
    assert again.status == "ok" and fake.count("GET", "/api/v1/items/47000000") == 1
    assert not rows(warehouse, "SELECT 1 FROM ingest_state WHERE key LIKE 'incomplete:%'")


def test_five_thousand_comment_thread_in_bounded_memory_with_progress(warehouse, fake, caplog):
    tree, official = hn_fake.story(47_000_000, 1_775_000_000, "GPT-5.5 launch megathread", 5000, depth_every=2)
    fake.add_story(tree, official)
    cfg = make_cfg(fake.algolia_url, fake.api_url, queries=["GPT-5.5"])
    caplog.set_level(logging.INFO, logger="tracker.hackernews")
    body = len(json.dumps(tree))
    tracemalloc.start()
    try:
        stats = run(warehouse, cfg)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stats.status == "ok" and stats.inserted == 5001
    assert rows(warehouse, "SELECT max(depth), count(*) FROM documents") == [(2, 5001)]
    # the answer, its parse and the thread's records, not a copy per level or per write: a few times the body
    assert peak < 30 * body, (peak, body)
    progress = [r.getMessage() for r in caplog.records if "stored" in r.getMessage()]
    assert progress == [f"hackernews: thread 47000000: stored {n} of 5001 items" for n in (1000, 2000, 3000, 4000, 5000, 5001)]
