"""Property tests: every source's record converter, fed arbitrary JSON or bytes, yields a record or a reject;
it never raises anything but its own documented error."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker.sources.events import CuratedError, curated_event
from tracker.sources.extract import ExtractError, extract_article
from tracker.sources import blogs, reddit_records
from tracker.sources.markets import kalshi, manifold, polymarket
from tracker.sources.markets.common import BadPayload, MarketRecord, PricePoint, Reject

NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=True, allow_infinity=True) \
    | st.text(max_size=30)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=5), max_leaves=20)


def near(keys: list[str], value=json_values):
    """Dicts that use the converter's own field names with arbitrary values: they get past the first checks."""
    return st.dictionaries(st.sampled_from(keys) | st.text(max_size=8), value, max_size=len(keys) + 2)


REDDIT_KEYS = ["id", "name", "created_utc", "edited", "score", "permalink", "subreddit", "author", "title", "selftext",
               "body", "link_id", "parent_id", "depth"]
POLY_KEYS = ["id", "slug", "question", "conditionId", "clobTokenIds", "outcomes", "outcomePrices", "endDate", "closed",
             "active", "umaResolutionStatus", "volume", "volumeNum", "updatedAt", "lastTradePrice", "events"]
MANIFOLD_KEYS = ["id", "slug", "question", "url", "outcomeType", "probability", "closeTime", "isResolved", "resolution",
                 "resolutionTime", "volume", "lastUpdatedTime", "lastBetTime", "mechanism"]
KALSHI_KEYS = ["ticker", "event_ticker", "series_ticker", "title", "subtitle", "yes_sub_title", "status", "close_time",
               "result", "last_price", "last_price_dollars", "volume", "volume_fp", "updated_time", "settlement_ts"]
CANDLE_KEYS = ["end_period_ts", "price", "volume", "volume_fp"]
BET_KEYS = ["id", "createdTime", "probAfter", "amount", "isRedemption", "isCancelled", "isFilled"]


def ok_or(exc_type, func, *args):
    try:
        return func(*args)
    except exc_type as exc:
        assert str(exc), "an error without a reason"
        return None


@SETTINGS
@given(json_values | near(REDDIT_KEYS))
def test_reddit_record_or_record_error(payload):
    record = ok_or(reddit_records.RecordError, reddit_records.to_record, payload, "praw")
    if record is not None:
        assert record["doc_id"].startswith(("reddit:t1_", "reddit:t3_")) and record["source"] == "reddit"


@SETTINGS
@given(json_values | near(POLY_KEYS))
def test_polymarket_market_record(payload):
    record = ok_or(BadPayload, polymarket.market_record, payload)
    assert record is None or isinstance(record, MarketRecord)


@SETTINGS
@given(json_values | near(MANIFOLD_KEYS))
def test_manifold_market_record(payload):
    record = ok_or(BadPayload, manifold.market_record, payload, NOW)
    assert record is None or isinstance(record, MarketRecord)


@SETTINGS
@given(json_values | near(KALSHI_KEYS))
def test_kalshi_market_record(payload):
    record = ok_or(BadPayload, kalshi.market_record, payload)
    assert record is None or isinstance(record, MarketRecord)


@SETTINGS
@given(json_values | st.fixed_dictionaries({"history": st.lists(json_values | near(["t", "p"]), max_size=5)}))
def test_polymarket_history_points_yield_points_or_rejects(payload):
    for item in polymarket.history_points("polymarket:x", payload):
        assert isinstance(item, PricePoint | Reject)
        if isinstance(item, PricePoint):
            assert 0.0 <= item.probability <= 1.0


@SETTINGS
@given(json_values | st.fixed_dictionaries({"candlesticks": st.lists(
    json_values | near(CANDLE_KEYS, json_values | near(["close", "close_dollars", "previous"])), max_size=5)}))
def test_kalshi_candles_yield_points_or_rejects(payload):
    for item in kalshi.candle_points("kalshi:x", payload):
        assert isinstance(item, PricePoint | Reject)


@SETTINGS
@given(st.lists(json_values | near(BET_KEYS), max_size=6))
def test_manifold_bets_yield_points_or_rejects(bets):
    for item in manifold.hourly_points("manifold:x", bets, None, NOW):
        assert isinstance(item, PricePoint | Reject)
        if isinstance(item, PricePoint):
            assert 0.0 <= item.probability <= 1.0


@SETTINGS
@given(json_values | near(["model_id", "kind", "occurred_at", "url", "note", "source", "id"]))
def test_curated_event_or_curated_error(entry):
    event = ok_or(CuratedError, curated_event, entry, {"gpt-5.5", "gpt-5.4"})
    assert event is None or event["model_id"] in {"gpt-5.5", "gpt-5.4"}


@SETTINGS
@given(json_values)
def test_json_feed_entries_or_error(payload):
    parsed = blogs.parse_feed(json.dumps(payload).encode(), "application/feed+json", "https://example.com/feed.json")
    assert parsed.error or isinstance(parsed.entries, list)


FEED_BITS = st.sampled_from(["<rss>", "</rss>", "<channel>", "<item>", "</item>", "<title>GPT-5.5", "</title>",
                             "<link>", "javascript:alert(1)", "</link>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
                             "<entry>", "<id>", "<updated>2026-13-45</updated>", "<pubDate>yesterday</pubDate>",
                             "&amp;", "&bogus;", "<![CDATA[", "]]>", "\x00", "\ufffd", "<?xml version='1.0'?>"])


@SETTINGS
@given(st.lists(FEED_BITS | st.text(max_size=20), max_size=25).map("".join), st.sampled_from(
    ["application/rss+xml", "application/atom+xml", "text/xml; charset=utf-16", ""]))
def test_feed_parser_entries_or_error(text, ctype):
    parsed = blogs.parse_feed(text.encode("utf-8", errors="replace"), ctype, "https://example.com/feed")
    for entry in parsed.entries:
        assert entry.key and entry.link


HTML_BITS = st.sampled_from(["<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "<p>", "</p>",
                             "<script>alert(1)</script>", "<style>x{}</style>", "<meta charset='utf-16'>",
                             "<meta property='article:published_time' content='not a date'>",
                             "<script type='application/ld+json'>{\"@type\": \"Article\", \"articleBody\": 5}</script>",
                             "<script type='application/ld+json'>[{]</script>", "<link rel=canonical href='javascript:x'>",
                             "<table><tr><td>", "</td></tr></table>", "GPT-5.5 is great. ", "\x00", "&#0;", "&#xD800;"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HTML_BITS | st.text(max_size=20), max_size=25).map("".join) | st.binary(max_size=300),
       st.sampled_from([None, "text/html", "text/html; charset=utf-8", "text/html; charset=bogus", "text/html; charset=utf-16"]))
@example(page="<html><body><title><script>alert(1)</script>", ctype=None)  # a <title> is read as plain text
def test_extract_article_or_extract_error(page, ctype):
    data = page.encode("utf-8", errors="replace") if isinstance(page, str) else page
    article = ok_or(ExtractError, extract_article, data, "https://example.com/a", )
    if article is not None:
        assert "<script" not in article.text.lower()
    ok_or(ExtractError, lambda: extract_article(data, "https://example.com/a", content_type=ctype))
