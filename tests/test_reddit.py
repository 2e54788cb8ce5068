"""Reddit source: real praw against the replay server, exact rows, cursors, refresh, faults, rejects."""

from __future__ import annotations

import importlib.util
import json
import logging
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import praw
import prawcore
import pytest

from tracker.config import parse_config
from tracker.sources.replay import Fault
from tracker.warehouse.database import Warehouse
from tracker.warehouse.runs import run_source
from tracker.sources import reddit
from tracker.sources.reddit_records import RecordError, to_record

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
MAY_10 = datetime(2026, 5, 10, tzinfo=timezone.utc)  # inside the refresh window of the May threads
JUNE_30 = datetime(2026, 6, 30, tzinfo=timezone.utc)  # every sample thread is older than refresh_days


def load_generator():
    spec = importlib.util.spec_from_file_location("make_reddit_sample", SAMPLE / "make_reddit_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = load_generator()
WORLD = GEN.build_world()


def make_cfg(reddit_url: str | None = None, arctic_url: str | None = None, **reddit_overrides):
    data = tomllib.loads((REPO / "tracker.toml").read_text())
    data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0, backoff_max_s=0, max_retries=2)
    if reddit_url:
        data["reddit"].update(oauth_url=reddit_url, reddit_url=reddit_url)
    if arctic_url:
        data["reddit"]["arctic_shift_url"] = arctic_url
    data["reddit"].update(reddit_overrides)
    return parse_config(data, "test", REPO)


@pytest.fixture(autouse=True)
def no_prawcore_sleeps(monkeypatch):
    # prawcore waits 2-4 s (then 0-2 s) of its own before retrying a 5xx or a reset; the retries are what these
    # tests check, not the waits (the source's own backoff is off too: sleep=lambda s: None, backoff_base_s = 0).
    monkeypatch.setattr(prawcore.sessions.FiniteRetryStrategy, "_sleep_seconds", lambda self: None)


@pytest.fixture
def creds(monkeypatch):
    # Not secrets: the replay server accepts any client.
    monkeypatch.setenv("praw_client_id", "test-client")
    monkeypatch.setenv("praw_client_secret", "test-secret")
    monkeypatch.setenv("praw_user_agent", "tracker-tests")


def run(warehouse, cfg, now=MAY_10):
    return run_source(warehouse, "reddit", lambda stats: reddit.ingest(warehouse, cfg, stats, now=now, sleep=lambda s: None))


def rows(warehouse, sql):
    with warehouse.read() as con:
        return con.execute(sql).fetchall()


def when(epoch):
    return datetime.fromtimestamp(epoch, timezone.utc)


def expected_documents(provenance="praw"):
    """Every document the sample holds as a first fetch shows it, derived from the generator's world."""
    out = set()
    for t in WORLD:
        s = t["submission"]
        out.add((f"reddit:t3_{s['id']}", "submission", None, f"reddit:t3_{s['id']}", 0, s["subreddit"], s["author"],
                 s["title"], s["selftext"], when(s["created_utc"]), None, s["score"], False, provenance))
        for c in t["comments"] + t["more"] + t["chain"]:
            removed = c["body"] in ("[removed]", "[deleted]")
            out.add((f"reddit:t1_{c['id']}", "comment", f"reddit:{c['parent_id']}", f"reddit:t3_{s['id']}", c["depth"] + 1,
                     c["subreddit"], None if c["author"] == "[deleted]" else c["author"], None, c["body"],
                     when(c["created_utc"]), when(c["edited"]) if c["edited"] else None, c["score"], removed, provenance))
    return out


DOC_SQL = ("SELECT doc_id, kind, parent_id, thread_id, depth, community, author, title, body, created_at, edited_at, "
           "score, removed, provenance FROM documents")


# ---------------------------------------------------------------- the pure record function


def test_record_from_json_submission_and_comment():
    listing = json.loads((SAMPLE / "reddit" / "listings" / "OpenAI_new_1.json").read_text())
    sub = listing["data"]["children"][0]["data"]
    record = to_record(sub, "praw")
    assert record == {
        "doc_id": f"reddit:t3_{sub['id']}", "source": "reddit", "provenance": "praw", "kind": "submission",
        "parent_id": None, "thread_id": f"reddit:t3_{sub['id']}", "depth": 0, "community": "OpenAI",
        "author": sub["author"], "title": sub["title"], "body": sub["selftext"],
        "url": "https://www.reddit.com" + sub["permalink"], "created_at": when(sub["created_utc"]), "edited_at": None,
        "score": sub["score"], "removed": False,
    }
    comment = {"id": "abc1234", "link_id": "t3_xyz9876", "parent_id": "t1_def5555", "subreddit": "ChatGPT",
               "author": "[deleted]", "body": "[removed]", "created_utc": 1777000000, "edited": 1777003600.0,
               "score": 3, "depth": 2, "permalink": "/r/ChatGPT/comments/xyz9876/comment/abc1234/"}
    record = to_record(comment, "arctic_shift")
    assert (record["doc_id"], record["parent_id"], record["thread_id"], record["depth"], record["author"],
            record["removed"], record["edited_at"], record["provenance"]) == (
        "reddit:t1_abc1234", "reddit:t1_def5555", "reddit:t3_xyz9876", 3, None, True, when(1777003600), "arctic_shift")


def test_record_from_praw_objects_does_not_fetch(replay):
    # No routes: a lazy fetch would hit the server and fail, so the record must come from loaded fields only.
    client = praw.Reddit(client_id="x", client_secret="y", user_agent="t", check_for_async=False,
                         check_for_updates=False, oauth_url=replay.base_url, reddit_url=replay.base_url)
    listing = json.loads((SAMPLE / "reddit" / "listings" / "ChatGPT_new_1.json").read_text())
    thing = client._objector.objectify(data=listing).children[0]
    record = to_record(thing, "praw")
    data = listing["data"]["children"][0]["data"]
    assert (record["doc_id"], record["community"], record["author"], record["title"], record["score"]) == (
        f"reddit:t3_{data['id']}", "ChatGPT", data["author"], data["title"], data["score"])
    assert replay.requests == []


@pytest.mark.parametrize("broken, reason", [
    ({"id": "abc1234", "link_id": "t3_x", "parent_id": "t3_x", "body": "hi"}, "created_utc"),
    ({"id": "abc1234", "link_id": "t3_x", "parent_id": "t3_x", "body": None, "created_utc": 1}, "no body"),
    ({"id": "../etc", "title": "t", "created_utc": 1}, "malformed id"),
    ({"id": "abc1234", "title": "t", "created_utc": "yesterday"}, "created_utc"),
    ({"foo": 1}, "neither a submission"),
])
def test_record_errors_name_the_problem(broken, reason):
    with pytest.raises(RecordError, match=reason):
        to_record(broken, "praw")


# ---------------------------------------------------------------- runs through real praw


def test_first_run_stores_exactly_the_sample(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    stats = run(warehouse, make_cfg(server.base_url), now=JUNE_30)
    assert (stats.status, stats.inserted, stats.updated, stats.rejected) == ("ok", 771, 0, 0)
    assert set(rows(warehouse, DOC_SQL)) == expected_documents()
    assert server.count("POST", "/api/morechildren/") == 1  # the megathread's `more` stub was expanded
    mega = next(t for t in WORLD if t["chain"])
    assert server.count("GET", f"/comments/{mega['submission']['id']}/_/{mega['chain'][9]['id']}") == 1
    newest = {t["sub"]: max(WORLD and [x for x in WORLD if x["sub"] == t["sub"]], key=lambda x: x["submission"]["created_utc"])
              for t in WORLD}
    cursors = dict(rows(warehouse, "SELECT key, value FROM ingest_state WHERE key LIKE 'new:%'"))
    oldest = {sub: min(x["submission"]["created_utc"] for x in WORLD if x["sub"] == sub) for sub in newest}
    # each /new listing ended before Reddit's 1,000-item cap: read whole back to its beginning, its oldest thread
    assert {k: json.loads(v) for k, v in cursors.items()} == {
        f"new:r/{sub}": {"created_utc": t["submission"]["created_utc"], "fullname": t["submission"]["name"],
                         "covered_from": oldest[sub], "beginning": True} for sub, t in newest.items()}
    assert rows(warehouse, "SELECT count(*) FROM mentions WHERE doc_id = 'reddit:t3_" + mega["submission"]["id"]
                + "' AND model_id = 'gpt-5.5' AND how = 'explicit'") == [(1,)]


def test_second_run_over_unchanged_listings_adds_nothing_and_reads_one_page_each(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    cfg = make_cfg(server.base_url)
    run(warehouse, cfg, now=JUNE_30)
    before = set(rows(warehouse, DOC_SQL))
    server.reset_log()
    stats = run(warehouse, cfg, now=JUNE_30)
    assert (stats.status, stats.inserted, stats.updated) == ("ok", 0, 0)
    assert set(rows(warehouse, DOC_SQL)) == before
    listing_requests = [r for r in server.requests if r.path.startswith("/r/")]
    assert len(listing_requests) == 4 * (1 + 2)  # one page per listing: new + two searches per subreddit
    assert not [r for r in server.requests if r.path.startswith("/comments/")]


def test_refresh_window_updates_scores_edits_removals_and_new_replies(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    cfg = make_cfg(server.base_url)
    run(warehouse, cfg, now=MAY_10)
    refreshed = next(t for t in WORLD if (t["sub"], t["phase"]) == ("ChatGPT", "later55") and "React" in t["submission"]["title"])
    removed, edited = refreshed["comments"][1], refreshed["comments"][2]
    stats = run(warehouse, cfg, now=MAY_10)
    # The May 6-9 threads are younger than 7 days on May 10 and are fetched again; only one changed.
    assert (stats.status, stats.inserted, stats.updated) == ("ok", 1, 3)
    got = dict((r[0], r[1:]) for r in rows(
        warehouse, "SELECT doc_id, body, removed, edited_at, author, score FROM documents WHERE thread_id = "
                   f"'reddit:t3_{refreshed['submission']['id']}'"))
    assert got[f"reddit:t1_{removed['id']}"] == (removed["body"], True, None, removed["author"], removed["score"])
    assert got[f"reddit:t1_{edited['id']}"] == (edited["body"] + "\n\nEdit: typo", False,
                                               when(edited["created_utc"] + 3600), edited["author"], edited["score"])
    assert got[f"reddit:t3_{refreshed['submission']['id']}"][4] == refreshed["submission"]["score"] + 250
    assert got["reddit:t1_znewreply"][0] == "Late to this, but GPT-5.5 also fixed my flaky integration tests."
    assert len(got) == 1 + len(refreshed["comments"]) + 1


def test_a_run_resumed_after_a_failed_thread_covers_the_same_window_as_a_clean_run(tmp_path, sample_replay, creds):
    server = sample_replay("reddit")
    cfg = make_cfg(server.base_url)
    clean = Warehouse(tmp_path / "clean.duckdb")
    clean.init()
    clean_stats = run(clean, cfg, now=JUNE_30)
    assert clean_stats.status == "ok" and clean_stats.covered_since is not None

    # A thread half way down r/OpenAI fails: the listing's cursor stops just below it and the run vouches for no
    # window, as a run killed at that thread would. The next run stops at that cursor, yet the listing is whole
    # back to where the first run's walk reached, so its window starts where the clean run's did.
    openai = sorted((t for t in WORLD if t["sub"] == "OpenAI"), key=lambda t: t["submission"]["created_utc"])
    failing = openai[len(openai) // 2]["submission"]["id"]
    resumed = Warehouse(tmp_path / "resumed.duckdb")
    resumed.init()
    fault = Fault(status=500, times=None)
    server.inject("GET", f"/comments/{failing}/", fault)
    first = run(resumed, cfg, now=JUNE_30)
    assert first.status == "partial" and first.covered_since is None
    cursor = json.loads(rows(resumed, "SELECT value FROM ingest_state WHERE key = 'new:r/OpenAI'")[0][0])
    assert cursor["fullname"] == openai[len(openai) // 2 - 1]["submission"]["name"]
    fault.times = 0
    second = run(resumed, cfg, now=JUNE_30)
    assert second.status == "ok"
    assert (second.covered_since, second.covered_until) == (clean_stats.covered_since, clean_stats.covered_until)
    # nothing lost (the replay serves a thread re-fetched inside the refresh window with one new reply)
    assert {d for d, *_ in rows(clean, DOC_SQL)} <= {d for d, *_ in rows(resumed, DOC_SQL)}


def test_listing_failing_on_page_two_keeps_cursor_and_recovers(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    cfg = make_cfg(server.base_url, queries=[])
    openai = sorted((t for t in WORLD if t["sub"] == "OpenAI"), key=lambda t: -t["submission"]["created_utc"])
    page_two_after = openai[GEN.NEW_PAGE - 1]["submission"]["name"]
    fault = Fault(status=429, times=None)
    server.inject("GET", "/r/OpenAI/new", fault, query={"after": page_two_after})
    stats = run(warehouse, cfg, now=JUNE_30)
    assert stats.status == "partial"
    assert "new:r/OpenAI: HTTP 429 on page 2 after retries" in stats.errors[0]
    assert server.count("GET", "/r/OpenAI/new") == 1 + 3  # page 1, then page 2 tried max_retries + 1 times
    assert rows(warehouse, "SELECT value FROM ingest_state WHERE key = 'new:r/OpenAI'") == []
    first_page = {f"reddit:t3_{t['submission']['id']}" for t in openai[:GEN.NEW_PAGE]}
    assert {r[0] for r in rows(warehouse, "SELECT doc_id FROM documents WHERE kind = 'submission' AND community = 'OpenAI'")} == first_page

    fault.times = 0
    stats = run(warehouse, cfg, now=JUNE_30)
    assert stats.status == "ok"
    assert set(rows(warehouse, DOC_SQL)) == expected_documents()  # no gap
    assert rows(warehouse, "SELECT count(*) = count(DISTINCT doc_id) FROM documents") == [(True,)]
    assert json.loads(rows(warehouse, "SELECT value FROM ingest_state WHERE key = 'new:r/OpenAI'")[0][0])["fullname"] == \
        openai[0]["submission"]["name"]


def test_429_without_retry_after_is_retried(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    server.inject("GET", "/r/ChatGPT/new", Fault(status=429, times=2))
    stats = run(warehouse, make_cfg(server.base_url, queries=[]), now=JUNE_30)
    assert (stats.status, stats.inserted) == ("ok", 771)
    assert server.count("GET", "/r/ChatGPT/new") == 2 + 2  # two 429s, then both pages


def test_malformed_payloads_land_in_rejects_and_the_run_goes_on(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    server.inject("GET", "/r/LocalLLaMA/new", Fault(body=b'{"kind": "Listing", "data": {"children": [tru'))
    thread = next(t for t in WORLD if t["sub"] == "singularity")
    sid = thread["submission"]["id"]
    payload = json.loads((SAMPLE / "reddit" / "comments" / f"{sid}.json").read_text())
    broken = payload[1]["data"]["children"][0]["data"]
    del broken["created_utc"]
    server.inject("GET", f"/comments/{sid}/", Fault(body=json.dumps(payload).encode(), times=None))
    stats = run(warehouse, make_cfg(server.base_url, queries=[]), now=JUNE_30)
    assert stats.status == "partial"
    assert stats.errors == ["new:r/LocalLLaMA: malformed JSON on page 1; cursor not advanced"]
    reasons = rows(warehouse, "SELECT reason, ref FROM rejects ORDER BY reason")
    assert reasons == [("malformed JSON in listing page", "/r/LocalLLaMA/new?after="),
                       (f"missing or malformed created_utc: None", f"t1_{broken['id']}")]
    assert stats.rejected == 2
    llama = sum(1 for t in WORLD if t["sub"] == "LocalLLaMA")
    llama_docs = sum(1 + len(t["comments"]) for t in WORLD if t["sub"] == "LocalLLaMA")
    assert rows(warehouse, "SELECT count(*) FROM documents") == [(771 - llama_docs - 1,)]
    assert llama == 9
    # The broken comment's replies are still stored, with their depth from Reddit.
    kids = [c for c in thread["comments"] if c["parent_id"] == broken["name"]]
    for kid in kids:
        assert rows(warehouse, f"SELECT depth FROM documents WHERE doc_id = 'reddit:t1_{kid['id']}'") == [(kid["depth"] + 1,)]


def test_missing_credentials_fall_back_to_arctic_shift(warehouse, sample_replay, monkeypatch, caplog):
    for name in ("praw_client_id", "praw_client_secret", "praw_user_agent"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(REPO / "tests")  # no praw.ini here
    arctic = sample_replay("arctic_shift")
    cfg = make_cfg(arctic_url=arctic.base_url, since="2026-02-01")
    with caplog.at_level(logging.WARNING, logger="tracker.reddit"):
        stats = run(warehouse, cfg, now=JUNE_30)
    warnings = [r.getMessage() for r in caplog.records if "no Reddit API credentials" in r.getMessage()]
    assert len(warnings) == 1 and "Arctic Shift" in warnings[0] and "36 h" in warnings[0]
    assert (stats.status, stats.inserted, stats.rejected) == ("ok", 771, 0)
    assert set(rows(warehouse, DOC_SQL)) == expected_documents("arctic_shift")
    stats = run(warehouse, cfg, now=JUNE_30)
    assert (stats.status, stats.inserted, stats.updated) == ("ok", 0, 0)


def test_secrets_never_reach_the_database(warehouse, sample_replay, creds):
    server = sample_replay("reddit")
    run(warehouse, make_cfg(server.base_url), now=JUNE_30)
    with warehouse.read() as con:
        for table in ("documents", "ingest_state", "ingest_runs", "rejects"):
            dump = str(con.execute(f"SELECT * FROM {table}").fetchall())
            assert "test-secret" not in dump and "replay-token" not in dump


def test_rate_limit_lines_only_with_verbose(warehouse, sample_replay, creds, capsys):
    from tracker.cli.logs import ConsoleHandler, setup_logging

    server = sample_replay("reddit")
    try:
        setup_logging(0)
        assert run(warehouse, make_cfg(server.base_url)).status == "ok"
        err = capsys.readouterr().err
        assert "rate limit" not in err
        assert len([line for line in err.splitlines() if " reddit: ok fetched=" in line]) == 1
        setup_logging(1)  # tracker -v
        run(warehouse, make_cfg(server.base_url))
        assert "tracker.reddit: reddit: rate limit remaining=" in capsys.readouterr().err
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, ConsoleHandler)]:
            root.removeHandler(handler)
        root.setLevel(logging.WARNING)
