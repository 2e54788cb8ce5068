"""Per-source run accounting: counts and errors, recorded as one `ingest_runs` row per run."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.warehouse import UpsertResult, Warehouse, record_reject, utcnow

log = logging.getLogger("tracker")


@dataclass
class RunStats:
    source: str = ""
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    rejected: int = 0  # new rows in `rejects` (a payload refused again is stored once)
    refused: int = 0  # inputs refused in this run, stored before or not
    unchanged: int = 0  # inputs that answered "not modified" (nothing to fetch, but they answered)
    errors: list[str] = field(default_factory=list)

    def add(self, result: UpsertResult) -> None:
        self.inserted += result.inserted
        self.updated += result.updated

    def reject(self, con, reason: str, payload, ref: str | None = None) -> None:
        """Record a bad payload in `rejects` (inside the caller's write) and count it."""
        log.warning("%s: rejected %s: %s", self.source, ref or "payload", reason)
        self.refused += 1
        if record_reject(con, self.source, reason, payload, ref):
            self.rejected += 1

    def error(self, message: str) -> None:
        log.error("%s: %s", self.source, message)
        self.errors.append(message)

    @property
    def status(self) -> str:
        """ok; partial (errors, but something came in); failed (errors and nothing came in, or every input that
        answered was refused, e.g. each feed's address blocked: a run that did nothing is not ok)."""
        came_in = self.inserted or self.updated or self.fetched
        if self.errors:
            return "partial" if came_in else "failed"
        if self.refused and not (came_in or self.unchanged):
            return "failed"
        return "ok"


def run_source(warehouse: Warehouse, source: str, body: Callable[[RunStats], None]) -> RunStats:
    """Run one stage, recording it in `ingest_runs`; an exception is recorded, not raised.

    The run row is written first as 'running' so a killed run leaves a trace, then finished.
    """
    stats = RunStats(source=source)
    started = time.monotonic()
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
    if not stats.errors and stats.status == "failed":
        stats.error(f"every input was refused ({stats.refused}; reasons in the rejects table)")
    with warehouse.write(checkpoint=True) as con:
        con.execute(
            "UPDATE ingest_runs SET finished_at = ?, status = ?, fetched = ?, inserted = ?, updated = ?, rejected = ?, "
            "error = ? WHERE run_id = ?",
            [utcnow(), stats.status, stats.fetched, stats.inserted, stats.updated, stats.rejected,
             "; ".join(stats.errors)[:4000] or None, run_id],
        )
    log.log(
        {"ok": logging.INFO, "partial": logging.WARNING}.get(stats.status, logging.ERROR),
        "%s: %s fetched=%d inserted=%d updated=%d rejected=%d in %.1fs",
        source, stats.status, stats.fetched, stats.inserted, stats.updated, stats.rejected, time.monotonic() - started,
    )
    return stats
