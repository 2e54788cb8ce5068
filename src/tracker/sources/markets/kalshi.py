"""Kalshi (trade API v2, no key for market data): markets by series or pinned ticker, candlestick history."""

from __future__ import annotations

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

PLATFORM = "kalshi"
API = "/trade-api/v2"
MAX_CANDLES = 5000  # candles one candlesticks request may cover
# Returned statuses differ from the `status` query filter (unopened|open|paused|closed|settled): map each.
STATUSES = {
    "unopened": "open", "initialized": "open", "inactive": "open", "open": "open", "active": "open", "paused": "open",
    "closed": "closed", "disputed": "closed",
    "determined": "resolved", "amended": "resolved", "finalized": "resolved", "settled": "resolved",
}


def dollars(payload: dict[str, Any], name: str) -> float | None:
    """A price as 0..1: the 2026 `<name>_dollars` string, or the older integer cents `<name>`."""
    if payload.get(f"{name}_dollars") not in (None, ""):
        return parse_probability(payload[f"{name}_dollars"], f"{name}_dollars")
    if payload.get(name) not in (None, ""):
        cents = parse_number(payload[name], name)
        return parse_probability(cents / 100, name)
    return None


def count(payload: dict[str, Any], name: str) -> float | None:
    """A contract count: the 2026 `<name>_fp` string or the older integer `<name>`."""
    value = payload.get(f"{name}_fp", payload.get(name))
    return parse_number(value, name)


def market_record(payload: Any) -> MarketRecord:
    """A Kalshi market object as a record (pure; raises BadPayload)."""
    if not isinstance(payload, dict):
        raise BadPayload("market is not an object")
    ticker, title = payload.get("ticker"), payload.get("title")
    if not ticker or not isinstance(ticker, str):
        raise BadPayload("market has no ticker")
    if not title or not isinstance(title, str):
        raise BadPayload("market has no title")
    raw_status = str(payload.get("status") or "")
    if raw_status not in STATUSES:
        raise BadPayload(f"unknown market status {raw_status!r}")
    status = STATUSES[raw_status]
    event_ticker = payload.get("event_ticker") or ""
    # Markets do not name their series; the event ticker starts with it (KXGPT55-26JUN30 -> KXGPT55).
    series = payload.get("series_ticker") or event_ticker.split("-", 1)[0] or None
    result = str(payload.get("result") or "").lower()
    resolved = status == "resolved" and result in ("yes", "no")
    last_price = dollars(payload, "last_price")
    if not count(payload, "volume") and not last_price:
        last_price = None  # never traded: "0.0000" is no price
    if resolved:  # a settled contract is worth its payout
        last_price = 1.0 if result == "yes" else 0.0
    return MarketRecord(
        market_id=f"{PLATFORM}:{ticker}",
        platform=PLATFORM,
        question=title.strip(),
        url=f"https://kalshi.com/markets/{series.lower()}" if series else None,
        outcome=payload.get("yes_sub_title") or "Yes",
        token_id=ticker,
        close_time=parse_time(payload.get("close_time")),
        status=status if resolved or status != "resolved" else "closed",
        resolution=result.capitalize() if resolved else None,
        resolved_at=(parse_time(payload.get("settlement_ts")) or parse_time(payload.get("expiration_time"))
                     or parse_time(payload.get("close_time"))) if resolved else None,
        slug=event_ticker or None,
        series=series,
        last_price=last_price,
        volume=count(payload, "volume"),
        updated_at=parse_time(payload.get("updated_time")),
    )


def candle_points(market_id: str, payload: Any) -> Iterator[PricePoint | Reject]:
    """Candlesticks as points at each period's end: the close price, or nothing for a period without
    trades (it carries only price.previous, which is not a new price). Accepts dollar strings and cents."""
    candles = payload.get("candlesticks") if isinstance(payload, dict) else None
    if not isinstance(candles, list):
        yield Reject("candlesticks answer has no 'candlesticks' list", payload, market_id)
        return
    for candle in candles:
        try:
            if not isinstance(candle, dict) or not isinstance(candle.get("price"), dict):
                raise BadPayload("candle has no price object")
            ts = parse_time(parse_number(candle.get("end_period_ts"), "end_period_ts"))
            if ts is None:
                raise BadPayload("candle has no end_period_ts")
            close = dollars(candle["price"], "close")
            if close is None:
                continue
            yield PricePoint(market_id, ts, close, count(candle, "volume"))
        except BadPayload as exc:
            yield Reject(f"bad candle: {exc.reason}", candle, market_id)


def discover(client: httpx.Client, cfg: MarketsConfig, http_cfg: HttpConfig, pinned: list[str],
             now: datetime) -> Iterator[MarketRecord | Reject | Failure]:
    """Pinned tickers, then every market of each configured series from the live tier and the historical one
    (markets settled before the cutoff are served only under /historical/)."""
    base = cfg.kalshi_url.rstrip("/") + API
    for ticker in pinned:
        url = f"{base}/markets/{ticker}"
        historical = False
        try:
            try:
                answer = get_json(client, url, http_cfg)
            except FetchError as exc:
                if exc.status != 404:
                    raise
                url, historical = f"{base}/historical/markets/{ticker}", True  # settled before the cutoff
                answer = get_json(client, url, http_cfg)
            record = market_record(answer.get("market") if isinstance(answer, dict) else None)
        except BadPayload as exc:
            yield Reject(f"bad market: {exc.reason}", exc.payload, url)
            continue
        except FetchError as exc:
            yield Failure(f"pinned market {ticker}: {exc}", unreachable=no_answer(exc))
            continue
        record.pinned = True
        record.historical = historical
        yield record
    for series in cfg.kalshi_series:
        yield from _list_markets(client, f"{base}/markets", http_cfg, series, historical=False)
        yield from _list_markets(client, f"{base}/historical/markets", http_cfg, series, historical=True)


def _list_markets(client: httpx.Client, url: str, http_cfg: HttpConfig, series: str, *, historical: bool
                  ) -> Iterator[MarketRecord | Reject | Failure]:
    """Every market of a series from one tier's listing, paged with its cursor."""
    params: dict[str, Any] = {"series_ticker": series, "limit": 1000}
    seen_cursors: set[str] = set()
    while True:
        try:
            answer = get_json(client, url, http_cfg, params)
            if not isinstance(answer, dict) or not isinstance(answer.get("markets"), list):
                raise BadPayload("markets answer has no 'markets' list", answer)
        except BadPayload as exc:
            yield Reject(exc.reason, exc.payload, f"{url}?series_ticker={series}")
            break
        except FetchError as exc:
            yield Failure(f"{'historical ' if historical else ''}series {series}: {exc}", unreachable=no_answer(exc))
            break
        for payload in answer["markets"]:
            try:
                record = market_record(payload)
                record.historical = historical
                yield record
            except BadPayload as exc:
                yield Reject(f"bad market: {exc.reason}", payload, f"{url}?series_ticker={series}")
        cursor = answer.get("cursor")
        if not cursor:  # an empty string ends the listing
            break
        if cursor in seen_cursors:  # a listing that hands back a cursor it already gave would loop forever
            yield Reject(f"pagination loop: cursor {cursor!r} repeated", answer, f"{url}?series_ticker={series}")
            break
        seen_cursors.add(cursor)
        params = {**params, "cursor": cursor}


def history(client: httpx.Client, cfg: MarketsConfig, http_cfg: HttpConfig, market: MarketRecord,
            since: datetime | None, now: datetime) -> Iterator[PricePoint | Reject | Failure]:
    """Candlesticks from just after ``since`` to now (or a day past close), in windows of MAX_CANDLES periods."""
    if not market.series:
        yield Failure(f"{market.market_id}: no series ticker for the candlesticks path")
        return
    period = cfg.history_fidelity_min
    start = since + timedelta(seconds=1) if since else history_start(cfg)
    end = min(now, market.close_time + timedelta(days=1)) if market.close_time else now
    if market.historical:  # settled before the live cutoff: its candles are served only by the historical tier
        url = f"{cfg.kalshi_url.rstrip('/')}{API}/historical/markets/{market.token_id}/candlesticks"
    else:
        url = f"{cfg.kalshi_url.rstrip('/')}{API}/series/{market.series}/markets/{market.token_id}/candlesticks"
    for lo, hi in windows(start, end, timedelta(minutes=period * MAX_CANDLES)):
        params = {"start_ts": epoch(lo), "end_ts": epoch(hi), "period_interval": period}
        try:
            payload = get_json(client, url, http_cfg, params)
        except BadPayload as exc:
            yield Reject(exc.reason, exc.payload, url)
            yield Failure(f"candlesticks of {market.market_id}: {exc.reason}")
            return
        except FetchError as exc:
            yield Failure(f"candlesticks of {market.market_id}: {exc}", unreachable=no_answer(exc))
            return
        yield from candle_points(market.market_id, payload)
