"""Release events stage: the curated file and resolved markets into `release_events`, plus the preferred view."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tracker.config import Config
from tracker.warehouse.runs import RunStats
from tracker.warehouse.database import Warehouse, upsert

KINDS = ("announced", "released", "generally_available", "deprecated", "retired")
PREFERRED_VIEW = "010_release_events_preferred.sql"
# A market resolving Yes says the event happened by then: the kind it stands for.
MARKET_EVENT_KIND = {"release": "released", "retirement": "retired"}


class CuratedError(ValueError):
    """A curated entry that cannot be used; the message says which field and why."""


def _when(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), timezone.utc)
    if isinstance(value, str):
        try:
            return _when(datetime.fromisoformat(re.sub(r"Z$", "+00:00", value.strip())))
        except ValueError:
            pass
    raise CuratedError(f"occurred_at {value!r} is not an ISO date or datetime")


def curated_event(entry: Any, known_models: set[str]) -> dict[str, Any]:
    """One curated YAML entry as a `release_events` row (pure; raises CuratedError)."""
    if not isinstance(entry, dict):
        raise CuratedError("entry is not a mapping")
    unknown = sorted(set(entry) - {"id", "model_id", "kind", "occurred_at", "url", "note"})
    if unknown:
        raise CuratedError(f"unknown fields {unknown}")
    for name in ("id", "model_id", "kind", "occurred_at"):
        if entry.get(name) in (None, ""):
            raise CuratedError(f"{name} is missing")
    if entry["kind"] not in KINDS:
        raise CuratedError(f"kind {entry['kind']!r} is not one of {', '.join(KINDS)}")
    if known_models and entry["model_id"] not in known_models:
        raise CuratedError(f"model_id {entry['model_id']!r} is not in the [[models]] catalog")
    return {
        "event_id": f"curated:{entry['id']}",
        "model_id": str(entry["model_id"]),
        "kind": entry["kind"],
        "occurred_at": _when(entry["occurred_at"]),
        "source": "curated",
        "url": entry.get("url"),
        "note": entry.get("note"),
    }


def read_curated(path: Path) -> list[Any]:
    """The entries of the curated file; raises CuratedError when the file is not the documented shape."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CuratedError(f"not valid YAML: {exc}") from None
    except UnicodeDecodeError:
        raise CuratedError("not UTF-8 text") from None
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise CuratedError("expected a mapping with an 'events' list")
    return data["events"]


def market_events(con) -> list[dict[str, Any]]:
    """Resolved-Yes release/retirement markets as events dated at their resolution time."""
    rows = con.execute(
        "SELECT market_id, model_id, event_kind, resolved_at, url, question FROM markets "
        "WHERE status = 'resolved' AND resolution = 'Yes' AND model_id IS NOT NULL AND resolved_at IS NOT NULL "
        "AND event_kind IN ('release', 'retirement') ORDER BY market_id"
    ).fetchall()
    return [
        {
            "event_id": f"market:{market_id}",
            "model_id": model_id,
            "kind": MARKET_EVENT_KIND[kind],
            "occurred_at": resolved_at,
            "source": "market_resolution",
            "url": url,
            "note": f"resolution time of the market {question!r}; the event itself happened on or before it",
        }
        for market_id, model_id, kind, resolved_at, url, question in rows
    ]


def preferred_view_sql() -> str:
    return (resources.files("tracker") / "sql" / "views" / PREFERRED_VIEW).read_text(encoding="utf-8")


def ingest(warehouse: Warehouse, cfg: Config, stats: RunStats) -> None:
    """Stage: curated events and market resolutions, upserted by their own ids; refreshes the preferred view."""
    path = cfg.resolve(cfg.events.curated_file)
    known = {m.id for m in cfg.models}
    rows, rejects = [], []
    if path.is_file():
        try:
            entries = read_curated(path)
        except CuratedError as exc:
            entries = []
            rejects.append((f"curated file: {exc}", path.read_bytes()[:65536], str(path)))
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            try:
                row = curated_event(entry, known)
                if row["event_id"] in seen:  # a repeated id would silently overwrite the first entry
                    raise CuratedError(f"id {entry['id']!r} is repeated")
                seen.add(row["event_id"])
                rows.append(row)
            except CuratedError as exc:
                rejects.append((f"curated entry {i}: {exc}", repr(entry), str(path)))
    else:
        stats.error(f"curated events file {path} not found")
    stats.fetched += len(rows)
    with warehouse.write() as con:
        for reason, payload, ref in rejects:
            stats.reject(con, reason, payload, ref)
        from_markets = market_events(con)
        stats.fetched += len(from_markets)
        stats.add(upsert(con, "release_events", rows + from_markets, ["event_id"]))
        con.execute(preferred_view_sql())
