"""Manifold: binary markets by search or pinned id/slug; hourly history rebuilt from each bet's probAfter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from tracker.config import HttpConfig, MarketsConfig
from tracker.sources.http import FetchError, no_answer
from tracker.sources.markets.common import (
    BadPayload, Failure, MarketRecord, PricePoint, Reject, get_json, parse_number, parse_probability, parse_time,
)

PLATFORM = "manifold"
BETS_PAGE = 1000  # the API's maximum
RESOLUTIONS = {"YES": "Yes", "NO": "No", "MKT": "Mkt", "CANCEL": "Cancel"}


def market_record(payload: Any, now: datetime) -> MarketRecord | None:
    """A Manifold (lite) market as a record; None for non-binary markets (pure; raises BadPayload)."""
    if not isinstance(payload, dict):
        raise BadPayload("market is not an object")
    if payload.get("outcomeType") != "BINARY":
        return None
    contract_id, question = payload.get("id"), payload.get("question")
    if not contract_id or not isinstance(contract_id, str):
        raise BadPayload("market has no id")
    if not question or not isinstance(question, str):
        raise BadPayload("market has no question")
    close_time = parse_time(payload.get("closeTime"))
    resolved = bool(payload.get("isResolved"))
    return MarketRecord(
        market_id=f"{PLATFORM}:{contract_id}",
        platform=PLATFORM,
        question=question.strip(),
        url=payload.get("url"),
        outcome="Yes",
        token_id=contract_id,
        close_time=close_time,
        status="resolved" if resolved else "closed" if close_time and close_time <= now else "open",
        resolution=RESOLUTIONS.get(payload.get("resolution"), payload.get("resolution")) if resolved else None,
        resolved_at=parse_time(payload.get("resolutionTime")) if resolved else None,
        slug=payload.get("slug"),
        last_price=parse_probability(payload["probability"]) if payload.get("probability") is not None else None,
        volume=parse_number(payload.get("volume"), "volume"),
        # the last bet moves the price; lastUpdatedTime also moves on comments
        updated_at=parse_time(payload.get("lastBetTime")) or parse_time(payload.get("lastUpdatedTime")),
        aliases=tuple(a for a in (payload.get("slug"),) if a),
    )


def _hour_end(when: datetime) -> datetime:
    return when.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def hourly_points(market_id: str, bets: list[Any], since: datetime | None, now: datetime
                  ) -> Iterator[PricePoint | Reject]:
    """Bets (any order) resampled to hourly points: the last probAfter of each hour, labelled by the hour's
    end, with the hour's traded amount as volume. Only hours that are over by ``now`` and end after
    ``since`` come out, so a later run recomputes nothing it stored. Redemptions and cancelled or unfilled
    limit orders do not move the price and are skipped. Pure."""
    hours: dict[datetime, tuple[datetime, float, float]] = {}
    for bet in bets:
        ref = f"{market_id} bet {bet.get('id')}" if isinstance(bet, dict) else market_id
        try:
            if not isinstance(bet, dict):
                raise BadPayload("bet is not an object")
            if bet.get("isRedemption") or bet.get("isCancelled") or bet.get("isFilled") is False:
                continue
            created = parse_time(parse_number(bet.get("createdTime"), "createdTime"))
            if created is None:
                raise BadPayload("bet has no createdTime")
            probability = parse_probability(bet.get("probAfter"), "probAfter")
            amount = abs(parse_number(bet.get("amount"), "amount") or 0.0)
        except BadPayload as exc:
            yield Reject(f"bad bet: {exc.reason}", bet, ref)
            continue
        end = _hour_end(created)
        if end > now or (since is not None and end <= since):
            continue
        last_at, last_p, volume = hours.get(end, (created, probability, 0.0))
        if created >= last_at:
            last_at, last_p = created, probability
        hours[end] = (last_at, last_p, volume + amount)
    for end in sorted(hours):
        _, probability, volume = hours[end]
        yield PricePoint(market_id, end, probability, round(volume, 6))


def _fetch_market(client: httpx.Client, base: str, http_cfg: HttpConfig, ref: str) -> Any:
    """A pinned market by contract id or slug: a ref with a hyphen is tried as a slug first, else as an id first;
    a 404 tries the other (slugs without hyphens and ids with one exist)."""
    paths = [f"/v0/slug/{ref}", f"/v0/market/{ref}"]
    if "-" not in ref:
        paths.reverse()
    try:
        return get_json(client, base + paths[0], http_cfg)
    except FetchError as exc:
        if exc.status != 404:
            raise
    return get_json(client, base + paths[1], http_cfg)


def discover(client: httpx.Client, cfg: MarketsConfig, http_cfg: HttpConfig, pinned: list[str],
             now: datetime) -> Iterator[MarketRecord | Reject | Failure]:
    base = cfg.manifold_url.rstrip("/")
    for ref in pinned:
        try:
            record = market_record(_fetch_market(client, base, http_cfg, ref), now)
        except BadPayload as exc:
            yield Reject(f"bad market: {exc.reason}", exc.payload, f"{base}/v0/market/{ref}")
            continue
        except FetchError as exc:
            yield Failure(f"pinned market {ref}: {exc}", unreachable=no_answer(exc))
            continue
        if record is None:
            yield Failure(f"pinned market {ref!r} is not a binary market")
            continue
        record.pinned = True
        yield record
    for term in cfg.search_terms:
        url = f"{base}/v0/search-markets"
        try:
            found = get_json(client, url, http_cfg, {"term": term, "limit": cfg.search_limit})
            if not isinstance(found, list):
                raise BadPayload("search-markets answer is not a list", found)
        except BadPayload as exc:
            yield Reject(exc.reason, exc.payload, f"{url}?term={term}")
            continue
        except FetchError as exc:
            yield Failure(f"search {term!r}: {exc}", unreachable=no_answer(exc))
            continue
        for payload in found:
            try:
                record = market_record(payload, now)
            except BadPayload as exc:
                yield Reject(f"bad market: {exc.reason}", payload, f"{url}?term={term}")
                continue
            if record is not None:
                yield record


def history(client: httpx.Client, cfg: MarketsConfig, http_cfg: HttpConfig, market: MarketRecord,
            since: datetime | None, now: datetime) -> Iterator[PricePoint | Reject | Failure]:
    """Bets newest first, paged with before=<oldest bet id>, until a page reaches back to ``since``.

    All pages are read before any point is made: a half-read history would leave a gap the cursor skips."""
    url = f"{cfg.manifold_url.rstrip('/')}/v0/bets"
    since_ms = since.timestamp() * 1000 if since else None
    bets: list[Any] = []
    params: dict[str, Any] = {"contractId": market.token_id, "limit": BETS_PAGE}
    while True:
        try:
            page = get_json(client, url, http_cfg, params)
            if not isinstance(page, list):
                raise BadPayload("bets answer is not a list", page)
        except BadPayload as exc:
            yield Reject(exc.reason, exc.payload, f"{url}?contractId={market.token_id}")
            yield Failure(f"bets of {market.market_id}: {exc.reason}")
            return
        except FetchError as exc:
            yield Failure(f"bets of {market.market_id}: {exc}", unreachable=no_answer(exc))
            return
        bets.extend(page)
        times = [b.get("createdTime") for b in page if isinstance(b, dict) and isinstance(b.get("createdTime"), (int, float))]
        last = page[-1] if page else None
        if (len(page) < BETS_PAGE or not isinstance(last, dict) or not last.get("id")
                or (since_ms is not None and times and min(times) < since_ms)):
            break
        params = {**params, "before": last["id"]}
    yield from hourly_points(market.market_id, bets, since, now.astimezone(timezone.utc))
