"""Blog source against the replay server: exact rows, conditional GET, robots.txt, rejects, identity, events."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tracker.catalog import Catalog
from tracker.config import parse_config
from tracker.demo import demo_config_data
from tracker.sources.replay import Fault
from tracker.warehouse.runs import RunStats
from tracker.sources import blogs
from tracker.sources.blogs import announcement_from_entry, normalize_url, parse_feed

REPO = Path(__file__).resolve().parents[1]
UTC = timezone.utc
TABLES = ("documents", "mentions", "release_events", "rejects", "blog_entries", "ingest_state")


class _AnyName(dict):
    """demo.toml names other sections' servers too; here every {{replay:NAME}} is the blog server."""

    def __init__(self, server):
        super().__init__()
        self.server = server

    def __contains__(self, name: object) -> bool:
        return True

    def __getitem__(self, name: str):
        return self.server


def blog_config(server, **blogs_overrides):
    """tracker.toml + the demo's [blogs] section pointed at ``server``; no backoff sleeps."""
    data, _ = demo_config_data(REPO / "tracker.toml", _AnyName(server))
    data["http"].update(backoff_base_s=0, backoff_max_s=0, max_retries=1, allow_hosts=["127.0.0.1"])
    data["blogs"].update(blogs_overrides)
    return parse_config(data, "test", REPO)


def run(warehouse, cfg, **kwargs) -> RunStats:
    stats = RunStats("blogs")
    blogs.ingest(warehouse, cfg, stats, **kwargs)
    return stats


def dump(warehouse, base: str) -> dict[str, list[tuple]]:
    """Every table this source writes, minus the write-time columns, with the server address replaced."""
    out = {}
    skip = {"fetched_at", "seen_at", "updated_at", "reject_id"}  # reject_id hashes the server address
    with warehouse.read() as con:
        for table in TABLES:
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in skip]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL").fetchall()
            out[table] = [tuple(v.replace(base, "BASE") if isinstance(v, str) else v for v in row) for row in rows]
    return out


def rows(warehouse, sql: str, base: str) -> list[tuple]:
    with warehouse.read() as con:
        return [tuple(v.replace(base, "BASE") if isinstance(v, str) else v for v in r) for r in con.execute(sql).fetchall()]


# ---------------------------------------------------------------- pure functions


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://Every.TO:443/vibe-check/gpt-5-5/?utm_source=x&utm_medium=email", "https://every.to/vibe-check/gpt-5-5"),
    ("http://example.com:80/a//b/#comments", "http://example.com/a/b"),
    ("https://example.com/?p=12&fbclid=abc&ref=hn", "https://example.com/?p=12"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com:8443/x/", "https://example.com:8443/x"),
])
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


@pytest.fixture
def catalog(replay) -> Catalog:
    return Catalog.from_config(blog_config(replay))


@pytest.mark.parametrize("title, kind, model", [
    ("Introducing GPT-5.5", "released", "gpt-5.5"),
    ("GPT-5.1 retirement", "retired", "gpt-5.1"),
    ("Retiring GPT-5.1 in ChatGPT", "retired", "gpt-5.1"),
    ("Sunsetting GPT-5.1 Thinking as we launch GPT-5.4", "retired", "gpt-5.1"),
    ("Deprecating gpt-5.1 in the API", "deprecated", "gpt-5.1"),
    ("GPT-5.4 is now available in the API", "released", "gpt-5.4"),
])
def test_announcement_from_entry(catalog: Catalog, title: str, kind: str, model: str) -> None:
    when = datetime(2026, 4, 23, 17, 0, tzinfo=UTC)
    event = announcement_from_entry(title, "https://openai.com/x", when, catalog)
    assert event == {"event_id": f"official_feed:{model}:{kind}:2026-04-23", "model_id": model, "kind": kind,
                     "occurred_at": when, "source": "official_feed", "url": "https://openai.com/x", "note": title}


@pytest.mark.parametrize("title, published", [
    ("OpenAI opens an office in Seoul", datetime(2026, 4, 1, tzinfo=UTC)),  # no model
    ("What we learned from GPT-5.5", datetime(2026, 4, 1, tzinfo=UTC)),  # a model, no announcement
    ("Introducing GPT-5.5", None),  # no date: nothing to place on the timeline
])
def test_announcement_from_entry_none(catalog: Catalog, title: str, published) -> None:
    assert announcement_from_entry(title, "https://openai.com/x", published, catalog) is None


def test_parse_feed_formats() -> None:
    rss = (REPO / "data/sample/blogs/openai.com/news/rss.xml").read_bytes()
    atom = (REPO / "data/sample/blogs/every.to/feed.atom").read_bytes()
    jsonfeed = (REPO / "data/sample/blogs/aidigest.example/feed.json").read_bytes()
    rss_feed = parse_feed(rss, "application/rss+xml", "http://h/openai.com/news/rss.xml")
    assert rss_feed.error is None and rss_feed.title == "OpenAI News"
    assert [(e.key, e.published) for e in rss_feed.entries] == [
        ("openai-news-introducing-gpt-5-5", datetime(2026, 4, 23, 17, tzinfo=UTC)),
        ("openai-news-gpt-5-1-retirement", datetime(2026, 3, 11, 16, tzinfo=UTC)),
        ("openai-news-introducing-gpt-5-4", datetime(2026, 3, 5, 18, tzinfo=UTC)),
    ]
    atom_feed = parse_feed(atom, "application/atom+xml", "http://h/every.to/feed.atom")
    assert [bool(e.content_html) for e in atom_feed.entries] == [False, True, False]
    json_feed = parse_feed(jsonfeed, "application/feed+json", "http://h/aidigest.example/feed.json")
    assert json_feed.error is None and [e.key for e in json_feed.entries] == ["aidigest-2026-05-15-every", "aidigest-2026-04-24-simon"]
    truncated = parse_feed(rss[: len(rss) // 2], "application/rss+xml", "http://h/feed")
    assert truncated.error is not None and truncated.error.startswith("malformed feed XML")
    assert parse_feed(b'{"items": 3}', "application/json", "http://h/f").error.startswith("malformed JSON Feed")


# ---------------------------------------------------------------- the sample run

EXPECTED_DOCUMENTS = [
    ("blog:BASE/every.to/chain-of-thought/gpt-5-4-vibe-check", "page", "Every", "Katie Parrott",
     "Vibe Check: GPT-5.4 Is a Better Writer", datetime(2026, 3, 6, 14, tzinfo=UTC)),
    ("blog:BASE/every.to/context-window/the-end-of-gpt-5-1", "feed", "Every", "Evan Armstrong", "The End of GPT-5.1",
     datetime(2026, 3, 12, 12, tzinfo=UTC)),
    ("blog:BASE/every.to/vibe-check/gpt-5-5-three-weeks", "page", "Every", "Dan Shipper",
     "Vibe Check: Three Weeks With GPT-5.5", datetime(2026, 5, 14, 13, tzinfo=UTC)),
    ("blog:BASE/modelwatch.substack.com/p/gpt-5-5-underwhelming", "page", "Model Watch", "Jordan Reyes",
     "GPT-5.5 is underwhelming compared to 5.4", datetime(2026, 4, 24, 15, 31, 7, tzinfo=UTC)),
    ("blog:BASE/openai.com/index/gpt-5-1-retirement", "page", "OpenAI", "OpenAI", "Retiring GPT-5.1 in ChatGPT",
     datetime(2026, 3, 11, 16, tzinfo=UTC)),
    ("blog:BASE/openai.com/index/introducing-gpt-5-4", "page", "OpenAI", "OpenAI", "Introducing GPT-5.4",
     datetime(2026, 3, 5, 18, tzinfo=UTC)),
    ("blog:BASE/openai.com/index/introducing-gpt-5-5", "page", "OpenAI", "OpenAI", "Introducing GPT-5.5",
     datetime(2026, 4, 23, 17, tzinfo=UTC)),
    ("blog:BASE/simonwillison.net/2026/Apr/23/gpt-5-5", "page", "Simon Willison’s Weblog", "Simon Willison",
     "GPT-5.5: first impressions, pelicans and pricing", datetime(2026, 4, 23, 18, 12, tzinfo=UTC)),
    ("blog:BASE/simonwillison.net/2026/Mar/11/gpt-5-1-retired", "page", "Simon Willison’s Weblog", "Simon Willison",
     "GPT-5.1 is gone from ChatGPT", datetime(2026, 3, 11, 21, 2, tzinfo=UTC)),
    # From the index page (no feed date): the date comes from the page's meta / <time>.
    ("blog:BASE/www.oldschoolai.net/reviews/gpt-5-4-notes.html", "page", "Old School AI", "Walt Hendricks",
     "Notes on GPT-5.4", datetime(2026, 3, 20, tzinfo=UTC)),
    ("blog:BASE/www.oldschoolai.net/reviews/gpt-5-5-coding.html", "page", "Old School AI", "Walt Hendricks",
     "GPT-5.5 for working programmers", datetime(2026, 5, 2, 13, tzinfo=UTC)),
]


def test_sample_run_lands_exact_rows(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    base = server.base_url
    stats = run(warehouse, blog_config(server))
    assert (stats.inserted, stats.updated, stats.rejected, stats.errors) == (11, 0, 1, [])
    assert rows(warehouse, "SELECT doc_id, provenance, community, author, title, created_at FROM documents ORDER BY doc_id",
                base) == EXPECTED_DOCUMENTS
    assert rows(warehouse, "SELECT count(*), count(DISTINCT url), bool_and(source = 'blogs' AND kind = 'article' "
                "AND edited_at IS NULL AND doc_id = 'blog:' || url) FROM documents", base) == [(11, 11, True)]
    body = rows(warehouse, "SELECT body FROM documents WHERE doc_id LIKE '%gpt-5-5-coding.html'", base)[0][0]
    golden = (REPO / "tests/golden/blogs/www.oldschoolai.net__reviews__gpt-5-5-coding.html.txt").read_text(encoding="utf-8")
    assert body + "\n" == golden  # the windows-1252 page, undeclared in its header, lands without mojibake
    assert rows(warehouse, "SELECT event_id, model_id, kind, occurred_at, url, note FROM release_events ORDER BY event_id", base) == [
        ("official_feed:gpt-5.1:retired:2026-03-11", "gpt-5.1", "retired", datetime(2026, 3, 11, 16, tzinfo=UTC),
         "BASE/openai.com/index/gpt-5-1-retirement", "Retiring GPT-5.1 in ChatGPT"),
        ("official_feed:gpt-5.4:released:2026-03-05", "gpt-5.4", "released", datetime(2026, 3, 5, 18, tzinfo=UTC),
         "BASE/openai.com/index/introducing-gpt-5-4", "Introducing GPT-5.4"),
        ("official_feed:gpt-5.5:released:2026-04-23", "gpt-5.5", "released", datetime(2026, 4, 23, 17, tzinfo=UTC),
         "BASE/openai.com/index/introducing-gpt-5-5", "Introducing GPT-5.5"),
    ]
    # robots.txt disallows /simonwillison.net/drafts/: never requested, recorded with its reason.
    assert server.count("GET", "/simonwillison.net/drafts/gpt-5-5-pricing/") == 0
    assert rows(warehouse, "SELECT ref, reason FROM rejects", base) == [
        ("BASE/simonwillison.net/drafts/gpt-5-5-pricing/", "robots.txt disallows BASE/simonwillison.net/drafts/gpt-5-5-pricing/")]
    # The same article from two feeds (Every's own and the digest's utm-tagged link) is one document, fetched once.
    assert server.count("GET", "/every.to/vibe-check/gpt-5-5-three-weeks") == 1
    assert server.count("GET", "/every.to/context-window/the-end-of-gpt-5-1") == 0  # full content in the feed
    assert rows(warehouse, "SELECT feed_url, entry_key, doc_id FROM blog_entries WHERE feed_url LIKE '%aidigest%' ORDER BY 2", base) == [
        ("BASE/aidigest.example/feed.json", "aidigest-2026-04-24-simon", "blog:BASE/simonwillison.net/2026/Apr/23/gpt-5-5"),
        ("BASE/aidigest.example/feed.json", "aidigest-2026-05-15-every", "blog:BASE/every.to/vibe-check/gpt-5-5-three-weeks"),
    ]
    assert rows(warehouse, "SELECT model_id, count(*) FROM mentions GROUP BY 1 ORDER BY 1", base) == [
        ("gpt-5.1", 7), ("gpt-5.4", 11), ("gpt-5.5", 5)]
    assert server.count("GET", "/robots.txt") == 1  # cached per host for the run


def test_unchanged_feeds_cost_one_conditional_request_and_no_writes(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    cfg = blog_config(server, index_pages=[])
    run(warehouse, cfg)
    before = dump(warehouse, server.base_url)
    server.reset_log()
    stats = run(warehouse, cfg)
    assert [r.path for r in server.requests] == [
        "/openai.com/news/rss.xml", "/every.to/feed.atom", "/simonwillison.net/atom/everything/",
        "/modelwatch.substack.com/feed", "/aidigest.example/feed.json"]
    assert server.requests[0].headers["If-None-Match"] == '"openai-news-v1"'
    assert server.requests[0].headers["If-Modified-Since"] == "Thu, 23 Apr 2026 17:05:00 GMT"
    assert server.requests[2].headers["If-Modified-Since"] == "Thu, 23 Apr 2026 18:12:00 GMT"
    assert (stats.fetched, stats.inserted, stats.updated, stats.rejected) == (0, 0, 0, 0)
    assert dump(warehouse, server.base_url) == before


def test_rerun_after_200_changes_nothing(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    cfg = blog_config(server)
    run(warehouse, cfg)
    before = dump(warehouse, server.base_url)
    for route in server.routes:  # serve the full feeds again, as a server ignoring If-None-Match would
        route.served = 0
    server.reset_log()
    stats = run(warehouse, cfg)
    assert (stats.inserted, stats.updated, stats.rejected) == (0, 0, 0)
    assert dump(warehouse, server.base_url) == before
    assert not [r.path for r in server.requests if "/index/" in r.path or "/p/" in r.path]  # no page refetched


BROKEN_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Broken links</title>
<item><title>Good</title><link>{{base_url}}/openai.com/index/introducing-gpt-5-5/</link><guid>good</guid></item>
<item><title>Loop</title><link>{{base_url}}/loop/a</link><guid>loop</guid></item>
<item><title>Huge</title><link>{{base_url}}/huge.html</link><guid>huge</guid></item>
<item><title>Paper</title><link>{{base_url}}/paper.pdf</link><guid>pdf</guid></item>
</channel></rss>"""


def test_bad_pages_and_truncated_feed_end_in_rejects_while_others_land(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    server.add_route("GET", "/broken/feed.xml", text=BROKEN_FEED, headers={"Content-Type": "application/rss+xml"})
    server.add_route("GET", "/loop/a", status=302, headers={"Location": "/loop/b"})
    server.add_route("GET", "/loop/b", status=302, headers={"Location": "/loop/a"})
    server.add_route("GET", "/huge.html", text="<html><body><p>" + "x" * 5_100_000 + "</p></body></html>",
                     headers={"Content-Type": "text/html"})
    server.add_route("GET", "/paper.pdf", text="%PDF-1.7 fake", headers={"Content-Type": "application/pdf"})
    rss = (REPO / "data/sample/blogs/modelwatch.substack.com/feed.xml").read_text(encoding="utf-8")
    cut = rss.index("</item>") + len("</item>")  # the first item whole, then the connection's worth stops
    server.add_route("GET", "/truncated/feed.xml", text=rss[:cut] + "\n<item><title>Half an ite",
                     headers={"Content-Type": "application/rss+xml"})
    feeds = [{"url": f"{server.base_url}/broken/feed.xml"}, {"url": f"{server.base_url}/truncated/feed.xml", "name": "Cut"}]
    stats = run(warehouse, blog_config(server, feeds=feeds, index_pages=[]))
    base = server.base_url
    assert rows(warehouse, "SELECT ref, reason FROM rejects ORDER BY ref", base) == [
        ("BASE/huge.html", "body of 5100033 bytes is over the 5000000-byte limit"),
        ("BASE/loop/a", "more than 5 redirects"),
        ("BASE/paper.pdf", "content type application/pdf is not an HTML page"),
        ("BASE/truncated/feed.xml", rows(warehouse, "SELECT reason FROM rejects WHERE ref LIKE '%truncated%'", base)[0][0]),
    ]
    assert rows(warehouse, "SELECT reason LIKE 'malformed feed XML: %' FROM rejects WHERE ref LIKE '%truncated%'", base) == [(True,)]
    assert rows(warehouse, "SELECT doc_id FROM documents ORDER BY 1", base) == [
        ("blog:BASE/modelwatch.substack.com/p/gpt-5-5-underwhelming",), ("blog:BASE/openai.com/index/introducing-gpt-5-5",)]
    assert (stats.inserted, stats.rejected, stats.errors) == (2, 4, [])
    # A malformed feed keeps no cursor, so the fixed feed is read in full next time.
    assert rows(warehouse, "SELECT key, value FROM ingest_state WHERE key LIKE '%truncated%'", base) == [
        ("feed:BASE/truncated/feed.xml", "{}")]
    # Rejected entries are not fetched again until they change.
    server.reset_log()
    run(warehouse, blog_config(server, feeds=feeds, index_pages=[]))
    assert server.count("GET", "/paper.pdf") == 0 and server.count("GET", "/huge.html") == 0


def test_changed_article_updates_row_and_edited_at(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    cfg = blog_config(server, feeds=[{"url": f"{server.base_url}/modelwatch.substack.com/feed"}], index_pages=[])
    run(warehouse, cfg)
    feed = (REPO / "data/sample/blogs/modelwatch.substack.com/feed.xml").read_text(encoding="utf-8")
    page = (REPO / "data/sample/blogs/modelwatch.substack.com/p/gpt-5-5-underwhelming/index.html").read_text(encoding="utf-8")
    edited_page = page.replace("Everyone else can stay on 5.4.", "Update: after a week in Codex, I take some of it back.").replace(
        '"dateModified":"2026-04-24T15:31:07+00:00"', '"dateModified":"2026-05-02T09:00:00+00:00"')
    edited_feed = feed.replace("<pubDate>", "<atom:updated>2026-05-02T09:00:00Z</atom:updated><pubDate>")
    server.inject("GET", "/modelwatch.substack.com/feed", Fault(status=200, headers={"Content-Type": "application/rss+xml", "ETag": '"mw-2"'},
                                                                 body=edited_feed.replace("{{base_url}}", server.base_url).encode()))
    server.inject("GET", "/modelwatch.substack.com/p/gpt-5-5-underwhelming", Fault(status=200, headers={"Content-Type": "text/html"},
                                                                                  body=edited_page.replace("{{base_url}}", server.base_url).encode()))
    stats = run(warehouse, cfg)
    assert (stats.inserted, stats.updated) == (0, 1)
    assert rows(warehouse, "SELECT count(*), max(edited_at), bool_and(body LIKE '%I take some of it back.%') FROM documents", server.base_url) == [
        (1, datetime(2026, 5, 2, 9, tzinfo=UTC), True)]


def test_permanent_redirect_moves_feed_and_410_pauses_it(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    server.add_route("GET", "/old/feed", status=301, headers={"Location": "/modelwatch.substack.com/feed"})
    server.add_route("GET", "/gone/feed", status=410, text="gone")
    cfg = blog_config(server, feeds=[{"url": f"{server.base_url}/old/feed"}, {"url": f"{server.base_url}/gone/feed"}], index_pages=[])
    run(warehouse, cfg)
    assert rows(warehouse, "SELECT key, value FROM ingest_state ORDER BY key", server.base_url) == [
        ("feed:BASE/gone/feed", '{"status": "gone"}'),
        ("feed:BASE/old/feed", '{"etag": "\\"mw-161234567\\"", "oldest": "2026-04-24T15:31:07+00:00", '
                               '"url": "BASE/modelwatch.substack.com/feed"}'),
    ]
    server.reset_log()
    run(warehouse, cfg)
    assert [r.path for r in server.requests] == ["/modelwatch.substack.com/feed"]  # new URL; the gone feed is paused


def test_per_host_delay_is_applied_between_requests(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    cfg = blog_config(server, host_delay_s=2.0, feeds=[{"url": f"{server.base_url}/modelwatch.substack.com/feed"}], index_pages=[])
    slept: list[float] = []
    now = [100.0]

    def clock() -> float:
        return now[0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    run(warehouse, cfg, sleep=sleep, clock=clock)
    # feed, robots.txt, page: three requests to one host with no time passing, so two full waits.
    assert len(server.requests) == 3 and slept == [2.0, 2.0]


def test_robots_5xx_disallows_host_for_the_run(warehouse, sample_replay) -> None:
    server = sample_replay("blogs")
    server.inject("GET", "/robots.txt", Fault(status=503, times=None))
    cfg = blog_config(server, feeds=[{"url": f"{server.base_url}/modelwatch.substack.com/feed"}], index_pages=[])
    stats = run(warehouse, cfg)
    assert server.count("GET", "/modelwatch.substack.com/p/gpt-5-5-underwhelming") == 0
    assert stats.inserted == 0 and rows(warehouse, "SELECT status FROM blog_entries", server.base_url) == [("disallowed",)]


def test_run_killed_half_way_then_rerun_equals_clean_run(warehouse, sample_replay, tmp_path) -> None:
    from tracker.warehouse.database import Warehouse

    clean_server = sample_replay("blogs")
    clean = Warehouse(tmp_path / "clean.duckdb")
    clean.init()
    run(clean, blog_config(clean_server))

    server = sample_replay("blogs")
    cfg = blog_config(server)
    # The connection drops on one page every time this run: the entry is left for the next run, and the
    # feed's cursor does not advance.
    server.inject("GET", "/every.to/chain-of-thought/gpt-5-4-vibe-check", Fault(reset=True, times=2))
    first = run(warehouse, cfg)
    assert len(first.errors) == 1 and "will retry next run" in first.errors[0]
    assert rows(warehouse, "SELECT value FROM ingest_state WHERE key LIKE '%every.to%'", server.base_url) == [("{}",)]
    for route in server.routes:
        route.served = 0  # a server that ignores the missing cursor: full feeds again
    second = run(warehouse, cfg)
    assert second.errors == [] and second.inserted == 1
    assert dump(warehouse, server.base_url) == dump(clean, clean_server.base_url)
