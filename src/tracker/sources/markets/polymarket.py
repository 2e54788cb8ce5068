"""Polymarket: markets from the Gamma API (pinned slugs, public search), history from the CLOB."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx

from tracker.config import HttpConfig, MarketsConfig
from tracker.sources.http import FetchError, no_answer
from tracker.sources.markets.common import (
    BadPayload, Failure, MarketRecord, PricePoint, Reject, epoch, get_json, history_start, parse_number,
    parse_probability, parse_time, windows,
)

PLATFORM = "polymarket"
# /prices-history with startTs/endTs answers at most about 15 days per request (clients page it in 15-day windows).
WINDOW = timedelta(days=15)
# Closed markets often answer an empty history below 12-hour fidelity: then these coarser ones are tried, in order.
CLOSED_FIDELITIES = (720, 1440)


def _json_list(payload: dict[str, Any], key: str) -> list[Any]:
    """Gamma sends outcomes, outcomePrices and clobTokenIds as JSON strings inside the JSON."""
    value = payload.get(key)
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise BadPayload(f"{key} is not a JSON list: {value[:80]!r}") from None
    if not isinstance(value, list):
        raise BadPayload(f"{key} is missing or not a list")
    return value


def market_record(payload: Any) -> MarketRecord:
    """One Gamma market object as a record (pure; raises BadPayload)."""
    if not isinstance(payload, dict):
        raise BadPayload("market is not an object")
    slug, question = payload.get("slug"), payload.get("question")
    if not slug or not isinstance(slug, str):
        raise BadPayload("market has no slug")
    if not question or not isinstance(question, str):
        raise BadPayload("market has no question")
    outcomes = _json_list(payload, "outcomes")
    tokens = _json_list(payload, "clobTokenIds")
    if not outcomes or len(tokens) != len(outcomes):
        raise BadPayload(f"{len(outcomes)} outcomes but {len(tokens)} CLOB tokens")
    prices = [parse_probability(p, "outcome price") for p in _json_list(payload, "outcomePrices")] \
        if payload.get("outcomePrices") not in (None, "", "[]") else []
    if prices and not any(prices):
        prices = []  # ["0", "0"]: a market with no book yet, not a 0% price
    closed = bool(payload.get("closed"))
    settled = closed and (payload.get("umaResolutionStatus") == "resolved" or (prices and max(prices) == 1.0))
    resolution = None
    if settled and prices and max(prices) == 1.0:
        resolution = str(outcomes[prices.index(1.0)])
    volume = payload.get("volumeNum") if payload.get("volumeNum") is not None else payload.get("volume")
    return MarketRecord(
        market_id=f"{PLATFORM}:{slug}",
        platform=PLATFORM,
        question=question.strip(),
        url=f"https://polymarket.com/market/{slug}",
        outcome=str(outcomes[0]),
        token_id=str(tokens[0]),  # clobTokenIds[0] is the first outcome's (Yes) token
        close_time=parse_time(payload.get("endDate")),
        status="resolved" if settled else "closed" if closed else "open",
        resolution=resolution,
        resolved_at=(parse_time(payload.get("closedTime")) or parse_time(payload.get("umaEndDate"))
                     or parse_time(payload.get("updatedAt"))) if settled else None,
        slug=slug,
        last_price=prices[0] if prices else (parse_number(payload.get("lastTradePrice"), "lastTradePrice") or None),
        volume=parse_number(volume, "volume"),
        updated_at=parse_time(payload.get("updatedAt")),
        aliases=tuple(str(a) for a in (payload.get("id"), payload.get("conditionId")) if a),
    )


def history_points(market_id: str, payload: Any) -> Iterator[PricePoint | Reject]:
    """CLOB /prices-history {"history": [{"t": epoch s, "p": 0..1}]} (numbers may be strings); pure."""
    if not isinstance(payload, dict) or not isinstance(payload.get("history"), list):
        yield Reject("prices-history answer has no 'history' list", payload, market_id)
        return
    for point in payload["history"]:
        try:
            if not isinstance(point, dict):
                raise BadPayload("price point is not an object")
            ts = parse_time(parse_number(point.get("t"), "t"))
            if ts is None:
                raise BadPayload("price point has no time")
            yield PricePoint(market_id, ts, parse_probability(point.get("p"), "p"))
        except BadPayload as exc:
            yield Reject(f"bad price point: {exc.reason}", point, market_id)


def _records(payloads: Any, url: str) -> Iterator[MarketRecord | Reject]:
    for payload in payloads:
        try:
            yield market_record(payload)
        except BadPayload as exc:
            yield Reject(f"bad market: {exc.reason}", payload, url)


def _by_slug(client: httpx.Client, gamma: str, http_cfg: HttpConfig, slug: str) -> Any:
    # /markets lists open markets only unless closed=true is passed: ask open first, then closed.
    found = get_json(client, f"{gamma}/markets", http_cfg, {"slug": slug})
    if isinstance(found, list) and not found:
        found = get_json(client, f"{gamma}/markets", http_cfg, {"slug": slug, "closed": "true"})
    if not isinstance(found, list):
        raise BadPayload("/markets answer is not a list", found)
    return found


def discover(client: httpx.Client, cfg: MarketsConfig, http_cfg: HttpConfig, pinned: list[str],
             now: datetime) -> Iterator[MarketRecord | Reject | Failure]:
    """Pinned slugs, then every market of every event the public search finds for each search term."""
    gamma = cfg.polymarket_gamma_url.rstrip("/")
    for slug in pinned:
        try:
            found = _by_slug(client, gamma, http_cfg, slug)
        except BadPayload as exc:
            yield Reject(exc.reason, exc.payload, f"{gamma}/markets?slug={slug}")
            continue
        except FetchError as exc:
            yield Failure(f"pinned market {slug}: {exc}", unreachable=no_answer(exc))
            continue
        if not found:
            yield Failure(f"pinned market {slug!r} not found")
        for item in _records(found, f"{gamma}/markets?slug={slug}"):
            if isinstance(item, MarketRecord):
                item.pinned = True
            yield item
    for term in cfg.search_terms:
        url = f"{gamma}/public-search"
        try:
            answer = get_json(client, url, http_cfg, {"q": term, "limit_per_type": cfg.search_limit,
                                                      "keep_closed_markets": 1})
            if not isinstance(answer, dict) or not isinstance(answer.get("events", []), list):
                raise BadPayload("public-search answer has no 'events' list", answer)
        except BadPayload as exc:
            yield Reject(exc.reason, exc.payload, f"{url}?q={term}")
            continue
        except FetchError as exc:
            yield Failure(f"search {term!r}: {exc}", unreachable=no_answer(exc))
            continue
        for event in answer.get("events") or []:
            markets = event.get("markets") if isinstance(event, dict) else None
            if not isinstance(markets, list):
                yield Reject("search event has no 'markets' list", event, f"{url}?q={term}")
                continue
            yield from _records(markets, f"{url}?q={term}")


def history(client: httpx.Client, cfg: MarketsConfig, http_cfg: HttpConfig, market: MarketRecord,
            since: datetime | None, now: datetime) -> Iterator[PricePoint | Reject | Failure]:
    """CLOB /prices-history for the Yes token from just after ``since`` in 15-day startTs/endTs windows (never with
    interval). A closed market whose history is empty at the configured fidelity is read again coarser."""
    start = epoch(since) + 1 if since else epoch(history_start(cfg))
    stop = now
    if market.status != "open" and (market.resolved_at or market.close_time):
        stop = min(now, (market.resolved_at or market.close_time) + timedelta(days=1))  # no trading after that
    if start >= epoch(stop):
        return
    fidelities = [cfg.history_fidelity_min]
    if market.status != "open" and since is None:  # a first read only: coarse points must not follow fine ones
        fidelities += [f for f in CLOSED_FIDELITIES if f > cfg.history_fidelity_min]
    url = f"{cfg.polymarket_clob_url.rstrip('/')}/prices-history"
    lo_all = datetime.fromtimestamp(start, stop.tzinfo)
    for fidelity in fidelities:
        found = False
        for lo, hi in windows(lo_all, stop, WINDOW):
            params = {"market": market.token_id, "startTs": epoch(lo), "endTs": epoch(hi), "fidelity": fidelity}
            try:
                payload = get_json(client, url, http_cfg, params)
            except BadPayload as exc:
                yield Reject(exc.reason, exc.payload, f"{url}?market={market.token_id}")
                yield Failure(f"prices-history of {market.market_id}: {exc.reason}")  # retried next run
                return
            except FetchError as exc:
                yield Failure(f"prices-history: {exc}", unreachable=no_answer(exc))
                return
            if not isinstance(payload, dict) or not isinstance(payload.get("history"), list):
                yield from history_points(market.market_id, payload)  # the reject
                yield Failure(f"prices-history of {market.market_id}: no 'history' list")  # retried next run
                return
            for item in history_points(market.market_id, payload):
                # a point outside the window asked for belongs to another window (or to none)
                if isinstance(item, PricePoint) and not epoch(lo) <= epoch(item.ts) <= epoch(hi):
                    continue
                found = found or isinstance(item, PricePoint)
                yield item
        if found:
            return
