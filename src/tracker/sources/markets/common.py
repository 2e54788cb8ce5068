"""What every market platform module shares: record shapes, payload parsing, HTTP JSON, time windows.

Imported by the platform modules (polymarket, manifold, kalshi) and by the package's ingest; imports none of them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from tracker.config import HttpConfig
from tracker.sources.http import BlockedAddress, FetchError, RetryableError, fetch


# ---------------------------------------------------------------- record shapes


@dataclass
class MarketRecord:
    """One market as every platform module yields it (a `markets` row plus matching hints)."""

    market_id: str  # 'polymarket:<slug>', 'manifold:<contract id>', 'kalshi:<ticker>'
    platform: str
    question: str
    url: str | None = None
    outcome: str | None = "Yes"
    token_id: str | None = None  # CLOB Yes token, Manifold contract id, Kalshi ticker
    close_time: datetime | None = None
    status: str = "open"  # open | closed | resolved
    resolution: str | None = None
    resolved_at: datetime | None = None
    slug: str | None = None
    series: str | None = None
    last_price: float | None = None
    volume: float | None = None
    updated_at: datetime | None = None
    model_id: str | None = None
    event_kind: str | None = None
    pinned: bool = False
    aliases: tuple[str, ...] = field(default=(), compare=False)  # other ids config may pin it by
    historical: bool = field(default=False, compare=False)  # served by the platform's archive tier (Kalshi)

    def row(self, fetched_at: datetime) -> dict[str, Any]:
        data = asdict(self)
        data.pop("aliases")
        data.pop("historical")
        return {**data, "fetched_at": fetched_at}


@dataclass(frozen=True)
class PricePoint:
    market_id: str
    ts: datetime
    probability: float
    volume: float | None = None
    origin: str = "history"  # history | snapshot


@dataclass(frozen=True)
class Reject:
    """Bad input met while reading a platform: stored in `rejects`, the run goes on."""

    reason: str
    payload: Any
    ref: str | None = None


@dataclass(frozen=True)
class Failure:
    """A request that failed for good (after retries): an error of the run, not bad input. `unreachable`: the
    server never answered, so the platform's other requests are skipped this run."""

    message: str
    unreachable: bool = False


class BadPayload(ValueError):
    """A payload that does not have the shape the platform documents."""

    def __init__(self, reason: str, payload: Any = None):
        super().__init__(reason)
        self.reason = reason
        self.payload = payload


MARKET_COLUMNS = ("question", "url", "outcome", "token_id", "close_time", "status", "resolution", "resolved_at", "slug",
                  "series", "last_price", "volume", "updated_at", "model_id", "event_kind", "pinned")


# ---------------------------------------------------------------- shared parsing helpers


def parse_time(value: Any) -> datetime | None:
    """A platform timestamp as aware UTC: ISO 8601 (with 'Z', '+00' or a space) or epoch s/ms."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BadPayload(f"not a timestamp: {value!r}")
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value  # Manifold sends epoch milliseconds
        try:
            return datetime.fromtimestamp(seconds, timezone.utc)
        except (ValueError, OverflowError, OSError):  # NaN, or past year 9999
            raise BadPayload(f"timestamp out of range: {value!r}") from None
    if isinstance(value, str):
        text = value.strip().replace(" ", "T", 1)
        if re.fullmatch(r"\d+(\.\d+)?", text):
            return parse_time(float(text))
        text = re.sub(r"Z$", "+00:00", text)
        text = re.sub(r"([+-]\d\d)$", r"\1:00", text)  # Gamma's closedTime ends in '+00'
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            raise BadPayload(f"not a timestamp: {value!r}") from None
        if when.year == 1:  # "0001-01-01T00:00:00Z": Kalshi's placeholder for a time that has not happened
            return None
        return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    raise BadPayload(f"not a timestamp: {value!r}")


def parse_number(value: Any, what: str = "number") -> float | None:
    """A number the platforms send as a JSON number or a string ("0.97", "12.00")."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BadPayload(f"{what} is not a number: {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadPayload(f"{what} is not a number: {value!r}") from None
    if not math.isfinite(number):
        raise BadPayload(f"{what} is not finite: {value!r}")
    return number


def parse_probability(value: Any, what: str = "probability") -> float:
    number = parse_number(value, what)
    if number is None:
        raise BadPayload(f"{what} is missing")
    if not 0.0 <= number <= 1.0:
        raise BadPayload(f"{what} {number} is outside [0, 1]")
    return number


def epoch(when: datetime) -> int:
    return int(when.timestamp())


def get_json(client: httpx.Client, url: str, http_cfg: HttpConfig, params: dict[str, Any] | None = None) -> Any:
    """GET and decode JSON; raises FetchError (after retries) or BadPayload (not JSON)."""
    try:
        result = fetch(client, url, http_cfg, params=params)
    except FetchError as exc:
        # An answer that came but cannot be used (over the size limit, a gzip bomb, a redirect loop) is a bad
        # payload for `rejects`; HTTP errors, blocked addresses and exhausted retries stay failures.
        if not isinstance(exc, RetryableError | BlockedAddress) and exc.status in (None, 200) and (
                "limit" in exc.reason or "redirects" in exc.reason or "undecodable" in exc.reason):
            raise BadPayload(exc.reason, exc.body) from None
        raise
    try:
        return json.loads(result.content)
    except UnicodeDecodeError:
        raise BadPayload("body is not UTF-8 JSON", result.content) from None
    except ValueError as exc:
        raise BadPayload(f"malformed JSON: {exc}", result.content) from None


def event_kind(question: str) -> str:
    """What a market asks about, from its wording: release, retirement, benchmark or other."""
    text = question.lower()
    if re.search(r"\b(retire[ds]?|retirement|deprecat\w*|sunset\w*|shut\s*down|discontinu\w*|removed? from)\b", text):
        return "retirement"
    if re.search(r"\b(release[ds]?|launch\w*|ship(s|ped)?|available|come out|announce[ds]?)\b", text):
        return "release"
    if re.search(r"\b(benchmark\w*|score[sd]?|leaderboard|arena|elo|rank\w*)\b", text):
        return "benchmark"
    return "other"


# ---------------------------------------------------------------- the stage


def history_start(cfg_markets: Any) -> datetime:
    return datetime.fromisoformat(cfg_markets.history_start).replace(tzinfo=timezone.utc)


def windows(start: datetime, end: datetime, span: timedelta) -> Iterator[tuple[datetime, datetime]]:
    """[start, end] cut into consecutive windows of at most ``span``."""
    while start < end:
        stop = min(start + span, end)
        yield start, stop
        start = stop
