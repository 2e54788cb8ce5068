"""Per-source run accounting: counts and errors, recorded as one `ingest_runs` row per run."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from tracker.warehouse import UpsertResult, Warehouse, record_reject, utcnow

log = logging.getLogger("tracker")


@dataclass
class RunStats:
    source: str = ""
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    rejected: int = 0
    not_fetched: int = 0  # items the source said exist but this run did not fetch (comments behind "more" stubs)
    errors: list[str] = field(default_factory=list)
    # The window of source time this run collected completely (None: only the run's own day counts as observed).
    covered_since: datetime | None = None
    covered_until: datetime | None = None

    def add(self, result: UpsertResult) -> None:
        self.inserted += result.inserted
        self.updated += result.updated

    def reject(self, con, reason: str, payload, ref: str | None = None) -> None:
        """Record a bad payload in `rejects` (inside the caller's write) and count it."""
        log.warning("%s: rejected %s: %s", self.source, ref or "payload", reason)
        if record_reject(con, self.source, reason, payload, ref):
            self.rejected += 1

    def cover(self, since: datetime | None, until: datetime | None) -> None:
        """Widen the window this run collected completely (a source calls it once its data for it is stored)."""
        if since is None or until is None or since > until:
            return
        self.covered_since = since if self.covered_since is None else min(self.covered_since, since)
        self.covered_until = until if self.covered_until is None else max(self.covered_until, until)

    def error(self, message: str) -> None:
        log.error("%s: %s", self.source, message)
        self.errors.append(message)

    @property
    def status(self) -> str:
        if not self.errors:
            return "ok"
        return "partial" if (self.inserted or self.updated or self.fetched) else "failed"


def run_source(warehouse: Warehouse, source: str, body: Callable[[RunStats], None]) -> RunStats:
    """Run one stage, recording it in `ingest_runs`; an exception is recorded, not raised.

    The run row is written first as 'running' so a killed run leaves a trace, then finished.
    """
    stats = RunStats(source=source)
    run_id = uuid.uuid4().hex
    with warehouse.write() as con:
        con.execute(
            "INSERT INTO ingest_runs (run_id, source, started_at, status) VALUES (?, ?, ?, 'running')",
            [run_id, source, utcnow()],
        )
    try:
        body(stats)
    except Exception as exc:  # a failing source must not stop the others
        log.exception("%s: run failed", source)
        stats.error(f"{type(exc).__name__}: {exc}")
    with warehouse.write(checkpoint=True) as con:
        con.execute(
            "UPDATE ingest_runs SET finished_at = ?, status = ?, fetched = ?, inserted = ?, updated = ?, rejected = ?, "
            "error = ?, not_fetched = ?, covered_since = ?, covered_until = ? WHERE run_id = ?",
            [utcnow(), stats.status, stats.fetched, stats.inserted, stats.updated, stats.rejected,
             "; ".join(stats.errors)[:4000] or None, stats.not_fetched,
             stats.covered_since if stats.status != "failed" else None,
             stats.covered_until if stats.status != "failed" else None, run_id],
        )
    log.info(
        "%s: %s fetched=%d inserted=%d updated=%d rejected=%d not_fetched=%d",
        source, stats.status, stats.fetched, stats.inserted, stats.updated, stats.rejected, stats.not_fetched,
    )
    return stats
