"""Prediction markets stage: discover markets per platform, store them, their price history and snapshots."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any

import httpx

from tracker.catalog import Catalog
from tracker.config import Config
from tracker.sources.http import build_client
from tracker.sources.markets import kalshi, manifold, polymarket
from tracker.sources.markets.common import (MARKET_COLUMNS, MarketRecord, PricePoint, Reject, event_kind, history_start,
                                            parse_time)
from tracker.warehouse.database import Warehouse, set_state, upsert, utcnow
from tracker.warehouse.runs import RunStats

log = logging.getLogger("tracker.markets")

# ingest_state.source; key = market_id, value = {"ts": last history point, "asked": the day (UTC midnight) up to which
# the last answered history request covered, "final": resolved and fully read}. A market whose history came back empty asks from "asked" next time.
STATE_SOURCE = "markets"
SKIPPED = " (no answer: {}'s other requests are skipped this run)"


def _platform_modules() -> dict[str, Any]:
    return {"polymarket": polymarket, "manifold": manifold, "kalshi": kalshi}


def select_markets(records: Iterable[MarketRecord], catalog: Catalog, cfg: Config) -> list[MarketRecord]:
    """Keep pinned markets and search results whose question names a catalog model; fill model and kind.

    A pinned market's model_id/event_kind from config win over what the question says."""
    pinned = {p.id: p for p in cfg.markets.pinned}
    chosen: dict[str, MarketRecord] = {}
    for record in records:
        pin = next((pinned[i] for i in (record.market_id, *(f"{record.platform}:{a}" for a in record.aliases))
                    if i in pinned), None)
        mentions = catalog.find(record.question)
        if pin is None and not mentions and not record.pinned:
            continue  # a search hit about something else ("5.5 magnitude earthquake")
        record.pinned = record.pinned or pin is not None
        record.model_id = (pin.model_id if pin and pin.model_id else None) or (mentions[0].model_id if mentions else None)
        record.event_kind = (pin.event_kind if pin and pin.event_kind else None) or event_kind(record.question)
        previous = chosen.get(record.market_id)
        if previous is not None and previous.pinned:
            record.pinned = True
        chosen[record.market_id] = record
    return list(chosen.values())


def snapshot_point(market: MarketRecord, now: datetime) -> PricePoint | None:
    """The market's current price as a row; keyed on the platform's update time so re-runs add nothing."""
    if market.last_price is None:
        return None
    ts = market.updated_at or now.replace(second=0, microsecond=0)
    return PricePoint(market.market_id, ts, market.last_price, None, "snapshot")


def _price_rows(points: Iterable[PricePoint]) -> list[dict[str, Any]]:
    return [asdict(p) for p in points]


def ingest(warehouse: Warehouse, cfg: Config, stats: RunStats, *, http: httpx.Client | None = None,
           now: datetime | None = None) -> None:
    """Stage: markets of every enabled platform, each with its new history points and a snapshot."""
    client = http or build_client(cfg.http)
    try:
        _ingest(warehouse, cfg, stats, client, now or utcnow())
    finally:
        if http is None:
            client.close()


def _ingest(warehouse: Warehouse, cfg: Config, stats: RunStats, client: httpx.Client, now: datetime) -> None:
    catalog = Catalog.from_config(cfg)
    modules = _platform_modules()
    with warehouse.read() as con:
        cursors = {k: json.loads(v) for k, v in con.execute(
            "SELECT key, value FROM ingest_state WHERE source = ?", [STATE_SOURCE]).fetchall()}
    for platform in cfg.markets.platforms:
        module = modules[platform]
        pinned_ids = [p.id.split(":", 1)[1] for p in cfg.markets.pinned if p.id.startswith(platform + ":")]
        found: list[MarketRecord] = []
        rejects: list[Reject] = []
        unreachable = False
        for item in module.discover(client, cfg.markets, cfg.http, pinned_ids, now):
            if isinstance(item, MarketRecord):
                found.append(item)
            elif isinstance(item, Reject):
                rejects.append(item)
            else:
                stats.error(f"{platform}: {item.message}" + (SKIPPED.format(platform) if item.unreachable else ""))
                if item.unreachable:
                    unreachable = True
                    break
        if rejects:
            with warehouse.write() as con:
                for r in rejects:
                    stats.reject(con, f"{platform}: {r.reason}", _payload_text(r.payload), r.ref)
        markets = select_markets(found, catalog, cfg)
        stats.fetched += len(markets)
        log.info("%s: %d markets (of %d found)", platform, len(markets), len(found))
        whole = []
        for market in [] if unreachable else markets:
            whole.append(_ingest_market(warehouse, cfg, stats, client, module, market, cursors.get(market.market_id),
                                        now))
            if whole[-1] is None:  # the platform stopped answering: its other markets wait for the next run
                break
        if markets and len(whole) == len(markets) and all(whole) and not stats.errors:
            # every market's history read from history_start (or its cursor) to now
            stats.cover(history_start(cfg.markets), now)


def _ingest_market(warehouse: Warehouse, cfg: Config, stats: RunStats, client: httpx.Client, module: Any,
                   market: MarketRecord, cursor: dict[str, Any] | None, now: datetime) -> bool | None:
    """One market's row, new history points and snapshot in one write; True when its history was read whole,
    None when the platform did not answer (what was read is stored)."""
    last_point = parse_time(cursor["ts"]) if cursor and cursor.get("ts") else None
    asked = parse_time(cursor.get("asked")) if cursor and cursor.get("asked") else None
    # From the last stored point; a market with none yet, from the end of the last request that was answered
    # (an empty history is not asked again from history_start on every run).
    since = last_point or asked
    points: dict[datetime, PricePoint] = {}
    rejects: list[Reject] = []
    final = bool(cursor and cursor.get("final"))
    complete = final
    unreachable = False
    if not final:  # a resolved market whose history we already hold has no new points to ask for
        for item in module.history(client, cfg.markets, cfg.http, market, since, now):
            if isinstance(item, PricePoint):
                if since is None or item.ts > since:
                    points[item.ts] = item
            elif isinstance(item, Reject):
                rejects.append(item)
            else:
                unreachable = item.unreachable
                stats.error(f"{market.market_id}: {item.message}"
                            + (SKIPPED.format(market.platform) if unreachable else ""))
                break
        else:
            complete = True
            # Kept at day granularity: the next run asks again from the start of today (one window at most),
            # and runs on the same day leave the cursor as it is, so a re-run changes no row.
            asked = max(asked, now.replace(hour=0, minute=0, second=0, microsecond=0)) if asked else \
                now.replace(hour=0, minute=0, second=0, microsecond=0)
            # resolved: done once a read found points, or a second read (one run later) found none either
            final = market.status == "resolved" and (bool(points) or since is not None)
    history = sorted(points.values(), key=lambda p: p.ts)
    stats.fetched += len(history)
    snapshot = snapshot_point(market, now)
    last = history[-1].ts if history else last_point
    with warehouse.write() as con:
        stats.add(upsert(con, "markets", [market.row(now)], ["market_id"], compare=list(MARKET_COLUMNS)))
        stats.add(upsert(con, "market_prices", _price_rows(history), ["market_id", "ts"]))
        if snapshot is not None and market.updated_at is None:
            # No platform update time to key it on: a snapshot only when the price moved since the last one.
            latest = con.execute("SELECT probability FROM market_prices WHERE market_id = ? AND origin = 'snapshot' "
                                 "ORDER BY ts DESC LIMIT 1", [market.market_id]).fetchone()
            if latest is not None and latest[0] == snapshot.probability:
                snapshot = None
        if snapshot is not None:  # a history point at the same instant wins over the snapshot
            stats.add(upsert(con, "market_prices", _price_rows([snapshot]), ["market_id", "ts"], update={}))
        for r in rejects:
            stats.reject(con, f"{market.platform}: {r.reason}", _payload_text(r.payload), r.ref)
        if last is not None or asked is not None or final:
            set_state(con, STATE_SOURCE, market.market_id, {"ts": last.isoformat() if last else None,
                                                            "asked": asked.isoformat() if asked else None,
                                                            "final": final})
    return None if unreachable else complete


def _payload_text(payload: Any) -> bytes | str | None:
    if payload is None or isinstance(payload, (bytes, str)):
        return payload
    return json.dumps(payload, sort_keys=True, default=str)


