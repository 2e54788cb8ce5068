"""Markets: exact market and price rows per platform from the replayed sample APIs, incremental runs, rejects."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.config import parse_config
from tracker.sources.replay import Fault
from tracker.warehouse.runs import RunStats
from tracker.sources.markets import ingest
from tracker.sources.markets.common import BadPayload, event_kind, parse_time
from tracker.sources.markets import kalshi, manifold, polymarket

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
REL_TOKEN = "71321045679252212594626385532706912750332728571942532289631379312455583992563"
LB_TOKEN = "55600911296637185744238470963498102455916284712302196851237707405822134091801"
RETIRE_TOKEN = "21742633143463906290569050155826241533067272736897614950488156847949938836455"
NO_BOOK_TOKEN = "90417736120398761022311405938842207756148710326601274993845019877100311528601"
_spec = importlib.util.spec_from_file_location("make_market_sample", REPO / "data" / "sample" / "make_market_sample.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)
STORY = SAMPLE.story()  # the curve every platform's GPT-5.5 release market carries


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def make_cfg(platforms, **markets):
    data = tomllib.loads((REPO / "tracker.toml").read_text(encoding="utf-8"))
    data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0, backoff_max_s=0, max_retries=2)
    data["markets"].update(platforms=platforms, **markets)
    data["events"] = {"curated_file": str(REPO / "data" / "release_events.yaml")}
    return parse_config(data, "test", REPO)


def run(warehouse, cfg, now=NOW) -> RunStats:
    stats = RunStats("markets")
    ingest(warehouse, cfg, stats, now=now)
    return stats


def rows(warehouse, sql, params=()):
    with warehouse.read() as con:
        return con.execute(sql, list(params)).fetchall()


def prices(warehouse, market_id):
    return [(ts.astimezone(timezone.utc), p, v, o) for ts, p, v, o in rows(
        warehouse, "SELECT ts, probability, volume, origin FROM market_prices WHERE market_id = ? ORDER BY ts", [market_id])]


def markets(warehouse):
    return [(m, s, r, ra.astimezone(timezone.utc) if ra else None, model, kind, price) for m, s, r, ra, model, kind, price in rows(
        warehouse, "SELECT market_id, status, resolution, resolved_at, model_id, event_kind, last_price FROM markets ORDER BY market_id")]


@pytest.fixture
def polymarket_cfg(sample_replay):
    gamma, clob = sample_replay("polymarket_gamma"), sample_replay("polymarket_clob")
    cfg = make_cfg(["polymarket"], polymarket_gamma_url=gamma.base_url, polymarket_clob_url=clob.base_url)
    return cfg, gamma, clob


# ---------------------------------------------------------------- Polymarket


def test_polymarket_markets_and_history(warehouse, polymarket_cfg):
    cfg, gamma, clob = polymarket_cfg
    stats = run(warehouse, cfg)
    assert stats.errors == [] and stats.rejected == 0
    assert markets(warehouse) == [
        ("polymarket:gpt-5pt5-1-on-lmarena-text-leaderboard-dec-31", "open", None, None, "gpt-5.5", "benchmark", 0.23),
        # outcomePrices ["0", "0"] and lastTradePrice 0: no book yet, so no price (not 0%)
        ("polymarket:gpt-5pt5-open-weights-by-dec-31", "open", None, None, "gpt-5.5", "release", None),
        ("polymarket:gpt-5pt5-released-by-june-30-2026", "resolved", "Yes", utc("2026-04-24T16:00"), "gpt-5.5", "release", 1.0),
        ("polymarket:openai-retires-gpt-5pt1-from-chatgpt-by-march-31", "resolved", "Yes", utc("2026-03-12T20:00"), "gpt-5.1",
         "retirement", 1.0),
    ]  # the 5.5-magnitude earthquake market in the search results is left out
    assert rows(warehouse, "SELECT token_id, outcome, slug, volume FROM markets WHERE market_id LIKE '%released-by%'") == [
        (REL_TOKEN, "Yes", "gpt-5pt5-released-by-june-30-2026", 1843210.52)]
    release = prices(warehouse, "polymarket:gpt-5pt5-released-by-june-30-2026")
    assert release == [(ts, p, None, "history") for ts, p in STORY] + [
        (datetime(2026, 4, 24, 16, 4, 41, 553000, tzinfo=timezone.utc), 1.0, None, "snapshot")]
    assert len(release) >= 20 and (utc("2026-04-22T12:00"), 0.969, None, "history") in release  # the day before release
    # 15-day startTs/endTs windows from history_start to a day after resolution, at the configured fidelity
    starts = [int(utc("2026-01-01T00:00").timestamp()) + 15 * 86400 * i for i in range(8)]
    ends = starts[1:] + [int(utc("2026-04-25T16:00").timestamp())]
    assert [r.query for r in clob.requests if r.query["market"] == REL_TOKEN] == [
        {"market": REL_TOKEN, "startTs": str(a), "endTs": str(b), "fidelity": "60"} for a, b in zip(starts, ends)]
    # the closed market answers nothing at hourly fidelity: read again at 12 hours
    coarse = json.loads((REPO / "data/sample/polymarket_clob/history_retire_12h.json").read_text())["history"]
    assert prices(warehouse, "polymarket:openai-retires-gpt-5pt1-from-chatgpt-by-march-31") == [
        (datetime.fromtimestamp(x["t"], timezone.utc), x["p"], None, "history") for x in coarse] + [
        (datetime(2026, 3, 12, 20, 11, 9, 4000, tzinfo=timezone.utc), 1.0, None, "snapshot")]
    assert [r.query["fidelity"] for r in clob.requests if r.query["market"] == RETIRE_TOKEN] == ["60"] * 5 + ["720"] * 5
    assert prices(warehouse, "polymarket:gpt-5pt5-open-weights-by-dec-31") == []
    assert gamma.count("GET", "/public-search") == 3


def test_polymarket_rerun_changes_nothing_and_asks_only_after_the_cursor(warehouse, polymarket_cfg):
    cfg, gamma, clob = polymarket_cfg
    run(warehouse, cfg)
    before = rows(warehouse, "SELECT * FROM market_prices ORDER BY market_id, ts")
    clob.reset_log()
    later = datetime(2026, 11, 25, 13, 0, tzinfo=timezone.utc)
    stats = run(warehouse, cfg, now=later)
    assert (stats.inserted, stats.updated, stats.errors) == (0, 0, [])
    assert rows(warehouse, "SELECT * FROM market_prices ORDER BY market_id, ts") == before
    # resolved markets with stored history are final: no request; the open ones ask from their last point, and the
    # one whose history came back empty from the end of the last answered request, not from history_start
    assert [r.query["market"] for r in clob.requests] == [LB_TOKEN, NO_BOOK_TOKEN]
    lb = next(r.query for r in clob.requests if r.query["market"] == LB_TOKEN)
    assert lb["startTs"] == str(int(utc("2026-11-24T00:00").timestamp()) + 1)
    no_book = next(r.query for r in clob.requests if r.query["market"] == NO_BOOK_TOKEN)
    asked = NOW.replace(hour=0, minute=0, second=0, microsecond=0)  # the cursor keeps the day, not the minute
    assert (no_book["startTs"], no_book["endTs"]) == (str(int(asked.timestamp()) + 1), str(int(later.timestamp())))


def test_polymarket_incremental_run_stores_only_new_points(warehouse, replay):
    replay.add_route("GET", "/public-search", json={"events": []})
    replay.add_route("GET", "/markets", query={"slug": "gpt-5pt5-released-by-june-30-2026"},
                     json=json.loads((REPO / "data/sample/polymarket_gamma/markets_rel.json").read_text()))
    t1, t2, t3 = (int(utc(t).timestamp()) for t in ("2026-04-20T00:00", "2026-04-21T00:00", "2026-04-22T00:00"))
    payload = json.loads((REPO / "data/sample/polymarket_gamma/markets_rel.json").read_text())[0]
    payload.update(closed=False, outcomePrices=json.dumps(["0.95", "0.05"]), updatedAt="2026-04-21T06:00:00Z")
    payload.pop("umaResolutionStatus")
    replay.routes[-1].responses[0].body = json.dumps([payload]).encode()
    replay.add_route("GET", "/prices-history", responses=[
        {"json": {"history": [{"t": t1, "p": 0.93}, {"t": t2, "p": "0.94"}]}},
        {"json": {"history": [{"t": t2, "p": 0.94}, {"t": t3, "p": 0.969}]}},  # overlaps the stored point
    ])
    cfg = make_cfg(["polymarket"], search_terms=[], polymarket_gamma_url=replay.base_url, polymarket_clob_url=replay.base_url,
                   pinned=[{"id": "polymarket:gpt-5pt5-released-by-june-30-2026"}], history_start="2026-04-15")
    first = run(warehouse, cfg, now=utc("2026-04-21T12:00"))
    second = run(warehouse, cfg, now=utc("2026-04-22T12:00"))
    assert (first.inserted, second.inserted, second.updated) == (1 + 2 + 1, 1, 0)  # market, 2 points, snapshot; then 1 point
    calls = [r.query for r in replay.requests if r.path == "/prices-history"]
    assert calls[1]["startTs"] == str(t2 + 1)
    assert prices(warehouse, "polymarket:gpt-5pt5-released-by-june-30-2026") == [
        (utc("2026-04-20T00:00"), 0.93, None, "history"), (utc("2026-04-21T00:00"), 0.94, None, "history"),
        (utc("2026-04-21T06:00"), 0.95, None, "snapshot"), (utc("2026-04-22T00:00"), 0.969, None, "history")]
    assert rows(warehouse, "SELECT pinned FROM markets") == [(True,)]


def test_malformed_price_points_go_to_rejects(warehouse, replay):
    replay.add_route("GET", "/public-search", json={"events": []})
    replay.add_route("GET", "/markets", query={"slug": "gpt-5pt5-released-by-june-30-2026"},
                     body_file=None, json=json.loads((REPO / "data/sample/polymarket_gamma/markets_rel.json").read_text()))
    t1 = int(utc("2026-04-20T00:00").timestamp())
    replay.add_route("GET", "/prices-history", json={"history": [
        {"t": t1, "p": 0.93}, {"t": t1 + 3600, "p": "abc"}, {"t": t1 + 7200, "p": 1.7}, {"p": 0.5}, "junk"]})
    cfg = make_cfg(["polymarket"], search_terms=[], polymarket_gamma_url=replay.base_url, polymarket_clob_url=replay.base_url,
                   pinned=[{"id": "polymarket:gpt-5pt5-released-by-june-30-2026", "model_id": "gpt-5.5"}])
    stats = run(warehouse, cfg)
    assert stats.rejected == 4 and stats.errors == []
    assert sorted(r[0] for r in rows(warehouse, "SELECT reason FROM rejects")) == [
        "polymarket: bad price point: p 1.7 is outside [0, 1]",
        "polymarket: bad price point: p is not a number: 'abc'",
        "polymarket: bad price point: price point has no time",
        "polymarket: bad price point: price point is not an object",
    ]
    assert [(p, o) for _, p, _, o in prices(warehouse, "polymarket:gpt-5pt5-released-by-june-30-2026")] == [
        (0.93, "history"), (1.0, "snapshot")]


def test_malformed_json_answer_is_rejected_and_the_run_goes_on(warehouse, polymarket_cfg):
    cfg, gamma, clob = polymarket_cfg
    gamma.inject("GET", "/public-search", Fault(body=b'{"events": [ {"id": '), query={"q": "GPT-5.1"})
    stats = run(warehouse, cfg)
    assert stats.rejected == 1
    assert rows(warehouse, "SELECT reason LIKE 'polymarket: malformed JSON%', ref LIKE '%q=GPT-5.1' FROM rejects") == [(True, True)]
    assert len(markets(warehouse)) == 3  # the GPT-5.5 search still landed


# ---------------------------------------------------------------- Manifold


def test_manifold_markets_and_hourly_history(warehouse, sample_replay):
    server = sample_replay("manifold")
    stats = run(warehouse, make_cfg(["manifold"], manifold_url=server.base_url))
    assert stats.errors == [] and stats.rejected == 0
    assert markets(warehouse) == [
        ("manifold:mFq7rT2xK9", "resolved", "Yes", utc("2026-04-24T18:00"), "gpt-5.5", "release", 0.995),
        ("manifold:mRt51cG8pQ", "resolved", "Yes", utc("2026-03-12T10:00"), "gpt-5.1", "retirement", 0.992),
    ]  # the "5.5 hours" half marathon and the multiple-choice market are left out
    # hourly, labelled by the hour's end: last probAfter of the hour; cancelled limit order and redemption skipped
    expected = []
    for i, (ts, p) in enumerate(STORY[:-1]):
        bet_at = ts + timedelta(hours=10, minutes=20) if ts.hour == 0 else ts - timedelta(minutes=40)
        expected.append((bet_at.replace(minute=0) + timedelta(hours=1), p, float(50 + 10 * (i % 7)), "history"))
    expected += [(utc("2026-04-24T09:12"), 0.995, None, "snapshot"), (utc("2026-04-24T10:00"), 0.995, 60.0, "history")]
    assert prices(warehouse, "manifold:mFq7rT2xK9") == expected
    assert (utc("2026-04-22T12:00"), 0.969, 50.0 + 10 * (STORY.index((utc("2026-04-22T12:00"), 0.969)) % 7), "history") in expected
    assert server.count("GET", "/v0/bets") == 2


def test_manifold_pages_bets_with_before_until_the_cursor(warehouse, replay):
    market = json.loads((REPO / "data/sample/manifold/search_gpt55.json").read_text())[0]
    market.update(isResolved=False, closeTime=int(utc("2026-06-30T00:00").timestamp() * 1000))
    market.pop("resolution"), market.pop("resolutionTime")
    replay.add_route("GET", "/v0/search-markets", json=[market])

    def bets(n, start, prob):
        ms = int(utc(start).timestamp() * 1000)
        return [{"id": f"x{start[5:13]}{i:04d}", "createdTime": ms + i * 1000, "probAfter": prob, "amount": 1,
                 "isFilled": True} for i in range(n)][::-1]

    full = bets(1000, "2026-04-22T10:00", 0.9)
    older = bets(3, "2026-04-21T10:00", 0.8)
    replay.add_route("GET", "/v0/bets", query={"contractId": "mFq7rT2xK9"}, json=full)
    replay.add_route("GET", "/v0/bets", query={"contractId": "mFq7rT2xK9", "before": full[-1]["id"]}, json=older)
    cfg = make_cfg(["manifold"], search_terms=["GPT-5.5"], manifold_url=replay.base_url)
    run(warehouse, cfg, now=utc("2026-04-22T12:00"))
    assert [r.query.get("before") for r in replay.requests if r.path == "/v0/bets"] == [None, full[-1]["id"]]
    assert [(ts, p, v) for ts, p, v, o in prices(warehouse, "manifold:mFq7rT2xK9") if o == "history"] == [
        (utc("2026-04-21T11:00"), 0.8, 3.0), (utc("2026-04-22T11:00"), 0.9, 1000.0)]
    # next run: the first page already reaches back past the cursor, so one request
    replay.reset_log()
    run(warehouse, cfg, now=utc("2026-04-22T13:00"))
    assert replay.count("GET", "/v0/bets") == 1


def test_manifold_bad_bet_is_rejected(warehouse, replay):
    market = json.loads((REPO / "data/sample/manifold/search_gpt55.json").read_text())[0]
    replay.add_route("GET", "/v0/search-markets", json=[market])
    ms = int(utc("2026-04-22T10:00").timestamp() * 1000)
    replay.add_route("GET", "/v0/bets", json=[{"id": "ok", "createdTime": ms, "probAfter": 0.9, "amount": 5},
                                              {"id": "bad", "createdTime": ms, "probAfter": None, "amount": 5}])
    stats = run(warehouse, make_cfg(["manifold"], search_terms=["GPT-5.5"], manifold_url=replay.base_url))
    assert stats.rejected == 1
    assert rows(warehouse, "SELECT reason, ref FROM rejects") == [
        ("manifold: bad bet: probAfter is missing", "manifold:mFq7rT2xK9 bet bad")]
    assert [p for _, p, _, o in prices(warehouse, "manifold:mFq7rT2xK9") if o == "history"] == [0.9]


# ---------------------------------------------------------------- Kalshi


def test_kalshi_markets_and_candles(warehouse, sample_replay):
    server = sample_replay("kalshi")
    cfg = make_cfg(["kalshi"], kalshi_url=server.base_url, kalshi_series=["KXOAIRELEASE", "KXOAIRETIRE"])
    stats = run(warehouse, cfg)
    assert stats.errors == [] and stats.rejected == 0
    assert markets(warehouse) == [
        # never traded: "0.0000" is no price, and updated_time 0001-01-01T00:00:00Z is no time
        ("kalshi:KXOAIRELEASE-26DEC31-GPT55OSS", "open", None, None, "gpt-5.5", "release", None),
        ("kalshi:KXOAIRELEASE-26JUN30-GPT55", "resolved", "Yes", utc("2026-04-24T15:00"), "gpt-5.5", "release", 1.0),
        # settled before the live cutoff: listed and charted only under /historical/
        ("kalshi:KXOAIRETIRE-26MAR31-GPT51", "resolved", "Yes", utc("2026-03-12T15:00"), "gpt-5.1", "retirement", 1.0),
    ]  # GPT-6 (not in the catalog), on the listing's second page, is left out
    assert rows(warehouse, "SELECT updated_at FROM markets WHERE market_id LIKE '%OSS'") == [(None,)]
    assert prices(warehouse, "kalshi:KXOAIRELEASE-26DEC31-GPT55OSS") == []
    assert [r.query.get("cursor") for r in server.requests if r.path == "/trade-api/v2/markets"] == [
        None, "CgwI2JK5sQYQ6M2sEhIU", None]
    # dollar strings; the hour with no trades (only price.previous_dollars) is not a price
    expected = []
    for i, (ts, p) in enumerate(STORY):
        end = ts.replace(hour=15) if ts.hour == 0 else ts + timedelta(hours=1)
        if end <= utc("2026-04-24T14:00"):
            expected.append((end, round(p, 2), float(600 + 150 * (i % 9)), "history"))
    expected.append((utc("2026-04-24T15:02:11"), 1.0, None, "snapshot"))
    assert prices(warehouse, "kalshi:KXOAIRELEASE-26JUN30-GPT55") == expected
    day_before = STORY.index((utc("2026-04-22T12:00"), 0.969))
    assert len(expected) >= 80 and (utc("2026-04-22T13:00"), 0.97, float(600 + 150 * (day_before % 9)),
                                    "history") in expected
    # older answers in integer cents, from the historical tier
    assert prices(warehouse, "kalshi:KXOAIRETIRE-26MAR31-GPT51")[:2] == [
        (utc("2026-02-10T15:00"), 0.55, 300.0, "history"), (utc("2026-03-11T20:00"), 0.96, 1500.0, "history")]
    assert server.count("GET", "/trade-api/v2/historical/markets/KXOAIRETIRE-26MAR31-GPT51/candlesticks") == 1
    assert server.count("GET", "/trade-api/v2/series/KXOAIRETIRE/markets/KXOAIRETIRE-26MAR31-GPT51/candlesticks") == 0
    candle_query = next(r.query for r in server.requests if r.path.endswith("GPT55/candlesticks"))
    assert candle_query == {"start_ts": "1767225600", "end_ts": str(int(utc("2026-04-25T14:00").timestamp())),
                            "period_interval": "60"}
    # a later run: no new snapshot for the market without an update time, and its empty history is not asked
    # again from history_start
    server.reset_log()
    again = run(warehouse, cfg, now=NOW + timedelta(hours=2))
    assert (again.inserted, again.updated, again.errors) == (0, 0, [])
    oss = next(r.query for r in server.requests if r.path.endswith("GPT55OSS/candlesticks"))
    assert oss["start_ts"] == str(int(NOW.replace(hour=0).timestamp()) + 1)  # from the day the last empty answer covered


def test_kalshi_429_without_retry_after_is_retried(warehouse, sample_replay):
    server = sample_replay("kalshi")
    server.inject("GET", "/trade-api/v2/markets/KXOAIRELEASE-26JUN30-GPT55", Fault(status=429, times=2))
    cfg = make_cfg(["kalshi"], kalshi_url=server.base_url, pinned=[{"id": "kalshi:KXOAIRELEASE-26JUN30-GPT55",
                                                                     "event_kind": "release", "model_id": "gpt-5.5"}])
    stats = run(warehouse, cfg)
    assert stats.errors == []
    assert server.count("GET", "/trade-api/v2/markets/KXOAIRELEASE-26JUN30-GPT55") == 3
    assert rows(warehouse, "SELECT market_id, pinned FROM markets") == [("kalshi:KXOAIRELEASE-26JUN30-GPT55", True)]


def test_failing_platform_does_not_stop_the_others(warehouse, sample_replay):
    kalshi_server, manifold_server = sample_replay("kalshi"), sample_replay("manifold")
    kalshi_server.inject("GET", "/trade-api/v2/markets", Fault(status=500, times=None), query={"series_ticker": "KXOAIRETIRE"})
    cfg = make_cfg(["kalshi", "manifold"], kalshi_url=kalshi_server.base_url, manifold_url=manifold_server.base_url,
                   kalshi_series=["KXOAIRETIRE", "KXOAIRELEASE"])
    stats = run(warehouse, cfg)
    assert stats.status == "partial" and len(stats.errors) == 1 and "KXOAIRETIRE" in stats.errors[0]
    assert [m[0] for m in markets(warehouse)] == ["kalshi:KXOAIRELEASE-26DEC31-GPT55OSS", "kalshi:KXOAIRELEASE-26JUN30-GPT55",
                                                  "kalshi:KXOAIRETIRE-26MAR31-GPT51", "manifold:mFq7rT2xK9",
                                                  "manifold:mRt51cG8pQ"]  # the retired one came from /historical/


# ---------------------------------------------------------------- pure parsing


def test_gamma_fields_are_json_strings_inside_json():
    payload = {"slug": "s", "question": "GPT-5.5 released?", "outcomes": '["Yes", "No"]', "outcomePrices": '["0.969", "0.031"]',
               "clobTokenIds": '["111", "222"]', "closed": False, "updatedAt": "2026-04-22T12:00:00Z", "volume": "12.5"}
    record = polymarket.market_record(payload)
    assert (record.token_id, record.outcome, record.last_price, record.volume, record.status) == ("111", "Yes", 0.969, 12.5, "open")
    with pytest.raises(BadPayload, match="clobTokenIds is not a JSON list"):
        polymarket.market_record({**payload, "clobTokenIds": "[111, "})


def test_kalshi_status_mapping_and_unknown_status():
    base = {"ticker": "T", "event_ticker": "S-1", "title": "Will GPT-5.5 launch?", "status": "active", "last_price": 42}
    assert (kalshi.market_record(base).status, kalshi.market_record(base).last_price, kalshi.market_record(base).series) == (
        "open", 0.42, "S")
    assert kalshi.market_record({**base, "status": "closed"}).status == "closed"
    assert kalshi.market_record({**base, "status": "determined"}).status == "closed"  # no result yet
    with pytest.raises(BadPayload, match="unknown market status 'weird'"):
        kalshi.market_record({**base, "status": "weird"})


def test_manifold_times_are_epoch_milliseconds():
    assert parse_time(1776902400000) == utc("2026-04-23T00:00")
    assert parse_time("2026-04-24 16:00:00+00") == utc("2026-04-24T16:00")
    record = manifold.market_record({"id": "x", "question": "q", "outcomeType": "BINARY", "closeTime": 1776902400000,
                                     "probability": 0.5}, NOW)
    assert (record.close_time, record.status) == (utc("2026-04-23T00:00"), "closed")


@pytest.mark.parametrize("question, kind", [
    ("GPT-5.5 released by June 30, 2026?", "release"),
    ("Will OpenAI launch GPT-5.5 before July?", "release"),
    ("Will OpenAI retire GPT-5.1 from ChatGPT by March 31?", "retirement"),
    ("Will GPT-5.4 be deprecated in the API by June?", "retirement"),
    ("Will GPT-5.5 be #1 on the LMArena text leaderboard?", "benchmark"),
    ("Will GPT-5.5 score above 80% on SWE-bench?", "benchmark"),
    ("Will Sam Altman tweet about GPT-5.5?", "other"),
])
def test_event_kind_from_question(question, kind):
    assert event_kind(question) == kind


def test_manifold_body_without_update_times_adds_no_snapshot_on_rerun_and_pins_by_slug(warehouse, replay):
    market = json.loads((REPO / "data/sample/manifold/search_gpt55.json").read_text())[0]
    market.update(isResolved=False, closeTime=int(utc("2026-06-30T00:00").timestamp() * 1000), probability=0.9,
                  slug="gpt55release")  # a slug without a hyphen
    for key in ("resolution", "resolutionTime", "lastBetTime", "lastUpdatedTime"):
        market.pop(key)
    replay.add_route("GET", "/v0/slug/gpt55release", json=market)  # /v0/market/gpt55release is a 404 (no route)
    replay.add_route("GET", "/v0/bets", json=[])
    cfg = make_cfg(["manifold"], search_terms=[], manifold_url=replay.base_url,
                   pinned=[{"id": "manifold:gpt55release", "model_id": "gpt-5.5"}])
    first = run(warehouse, cfg, now=utc("2026-04-21T12:00"))
    second = run(warehouse, cfg, now=utc("2026-04-21T12:07"))  # a later minute, the same price
    assert (first.errors, second.errors, second.inserted, second.updated) == ([], [], 0, 0)
    assert prices(warehouse, "manifold:mFq7rT2xK9") == [(utc("2026-04-21T12:00"), 0.9, None, "snapshot")]
    assert rows(warehouse, "SELECT market_id, slug, pinned, model_id FROM markets") == [
        ("manifold:mFq7rT2xK9", "gpt55release", True, "gpt-5.5")]
    market["probability"] = 0.92  # the price moved: one new snapshot
    replay.routes[0].responses[0].body = json.dumps(market).encode()
    run(warehouse, cfg, now=utc("2026-04-21T13:30"))
    assert [p for _, p, _, _ in prices(warehouse, "manifold:mFq7rT2xK9")] == [0.9, 0.92]
    # the empty bets history is asked from the end of the last answered request, not from history_start
    bets = [r.query for r in replay.requests if r.path == "/v0/bets"]
    assert len(bets) == 3


def test_kalshi_placeholder_time_is_no_time():
    assert parse_time("0001-01-01T00:00:00Z") is None
    base = {"ticker": "T", "event_ticker": "S-1", "title": "Will GPT-5.5 launch?", "status": "active",
            "updated_time": "0001-01-01T00:00:00Z", "last_price_dollars": "0.0000", "volume_fp": "0.00"}
    record = kalshi.market_record(base)
    assert (record.updated_at, record.last_price) == (None, None)
    assert kalshi.market_record({**base, "volume_fp": "10.00", "last_price_dollars": "0.4200"}).last_price == 0.42


def test_outcome_prices_all_zero_are_not_a_price():
    payload = {"slug": "s", "question": "GPT-5.5 weights?", "outcomes": '["Yes", "No"]', "outcomePrices": '["0", "0"]',
               "clobTokenIds": '["1", "2"]', "closed": False, "lastTradePrice": 0}
    assert polymarket.market_record(payload).last_price is None
