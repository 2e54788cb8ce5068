"""Per-source run accounting: counts and errors, recorded as one `ingest_runs` row per run.

A run row is written as 'running' with its owner (pid, host, process start time) and closed as 'ok', 'partial',
'failed' or 'interrupted'. A process killed outright cannot close its row; the next run on the same host finds
the owner gone and closes it as 'interrupted'."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import psutil

from tracker.warehouse.database import UpsertResult, Warehouse, record_reject, utcnow

log = logging.getLogger("tracker")

# What a shell reports for a command stopped by Ctrl-C (128 + SIGINT); commands return it after an interrupt.
EXIT_INTERRUPTED = 128 + signal.SIGINT
# psutil's start times are derived from clock ticks; two reads of one process agree far closer than this.
START_TIME_TOLERANCE_S = 1.0


@dataclass
class RunStats:
    source: str = ""
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    rejected: int = 0  # new rows in `rejects` (a payload refused again is stored once)
    refused: int = 0  # inputs refused in this run, stored before or not
    unchanged: int = 0  # inputs that answered "not modified" (nothing to fetch, but they answered)
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
        self.refused += 1
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
        """ok; partial (errors, but something came in); failed (errors and nothing came in, or every input that
        answered was refused, e.g. each feed's address blocked: a run that did nothing is not ok)."""
        came_in = self.inserted or self.updated or self.fetched
        if self.errors:
            return "partial" if came_in else "failed"
        if self.refused and not (came_in or self.unchanged):
            return "failed"
        return "ok"


# ---------------------------------------------------------------- run owners


@dataclass(frozen=True)
class RunOwner:
    """The process that runs a stage; pid + start time tell it apart from a later process given the same pid."""

    pid: int
    host: str
    process_started: float | None

    @classmethod
    def current(cls) -> RunOwner:
        return cls(os.getpid(), socket.gethostname(), psutil.Process().create_time())

    def is_alive(self) -> bool | None:
        """True or False for a process of this host; None for another host's (it cannot be checked from here)."""
        if self.host != socket.gethostname():
            return None
        try:
            process = psutil.Process(self.pid)
            if process.status() == psutil.STATUS_ZOMBIE:
                return False
            started = process.create_time()
        except psutil.NoSuchProcess:
            return False
        except psutil.AccessDenied:  # another user's process: it exists
            return True
        return self.process_started is None or abs(started - self.process_started) < START_TIME_TOLERANCE_S


def stale_error(owner: RunOwner) -> str:
    return f"interrupted: process {owner.pid} on {owner.host} ended without closing this run"


def close_stale_runs(con) -> list[tuple[str, str]]:
    """Close, as 'interrupted', the 'running' rows whose process on this host is gone; (run_id, source) of each.

    Call it inside a write transaction. Rows of other hosts, and rows without an owner, are left as they are."""
    rows = con.execute(
        "SELECT run_id, source, pid, host, process_started FROM ingest_runs "
        "WHERE status = 'running' AND pid IS NOT NULL AND host = ?",
        [socket.gethostname()],
    ).fetchall()
    closed = []
    for run_id, source, pid, host, started in rows:
        owner = RunOwner(pid, host, started)
        if owner.is_alive() is False:
            con.execute(
                "UPDATE ingest_runs SET status = 'interrupted', finished_at = ?, error = coalesce(error, ?) "
                "WHERE run_id = ? AND status = 'running'",
                [utcnow(), stale_error(owner), run_id],
            )
            closed.append((run_id, source))
    return closed


# ---------------------------------------------------------------- Ctrl-C


@contextlib.contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Hold SIGINT back while a short cleanup must finish (closing a run row, stopping a server); delivered after.

    Outside the main thread Python delivers no signals to this code, so there is nothing to hold back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received and callable(previous):
        previous(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt


# ---------------------------------------------------------------- one run


def run_source(warehouse: Warehouse, source: str, body: Callable[[RunStats], None]) -> RunStats:
    """Run one stage, recording it in `ingest_runs`; an exception is recorded, not raised.

    The run row is written first as 'running' with its owner, so a killed run leaves a trace a later run can
    close. Ctrl-C (KeyboardInterrupt) or any other BaseException that stops the process closes the row as
    'interrupted', with the counts of what was written before it, and is raised again: it must stop the run.
    """
    stats = RunStats(source=source)
    started = time.monotonic()
    run_id = uuid.uuid4().hex
    owner = RunOwner.current()
    with warehouse.write() as con:
        stale = close_stale_runs(con)
        con.execute(
            "INSERT INTO ingest_runs (run_id, source, started_at, status, pid, host, process_started) "
            "VALUES (?, ?, ?, 'running', ?, ?, ?)",
            [run_id, source, utcnow(), owner.pid, owner.host, owner.process_started],
        )
    for stale_id, stale_source in stale:
        log.warning("%s: run %s was left running by a process that is gone; recorded as interrupted",
                    stale_source, stale_id)
    interruption: BaseException | None = None
    try:
        body(stats)
    except Exception as exc:  # a failing source must not stop the others
        log.exception("%s: run failed", source)
        stats.error(f"{type(exc).__name__}: {exc}")
    except BaseException as exc:  # Ctrl-C, SystemExit, a termination signal: recorded below, then raised again
        interruption = exc
    if interruption is None and not stats.errors and stats.status == "failed":
        stats.error(f"every input was refused ({stats.refused}; reasons in the rejects table)")
    status = "interrupted" if interruption is not None else stats.status
    errors = [*stats.errors, f"interrupted ({type(interruption).__name__})"] if interruption is not None else stats.errors
    covered = status not in ("failed", "interrupted")  # only a run that finished vouches for its window
    with deferred_interrupts():
        with warehouse.write(checkpoint=True) as con:
            con.execute(
                "UPDATE ingest_runs SET finished_at = ?, status = ?, fetched = ?, inserted = ?, updated = ?, "
                "rejected = ?, error = ?, not_fetched = ?, covered_since = ?, covered_until = ? WHERE run_id = ?",
                [utcnow(), status, stats.fetched, stats.inserted, stats.updated, stats.rejected,
                 "; ".join(errors)[:4000] or None, stats.not_fetched,
                 stats.covered_since if covered else None, stats.covered_until if covered else None, run_id],
            )
    log.log(
        logging.WARNING if interruption is not None else
        {"ok": logging.INFO, "partial": logging.WARNING}.get(status, logging.ERROR),
        "%s: %s fetched=%d inserted=%d updated=%d rejected=%d%s in %.1fs",
        source, status, stats.fetched, stats.inserted, stats.updated, stats.rejected,
        f" not_fetched={stats.not_fetched}" if stats.not_fetched else "", time.monotonic() - started,
    )
    if interruption is not None:
        raise interruption
    return stats


# ---------------------------------------------------------------- what an interrupted command kept


def interrupted_summary(warehouse: Warehouse, since: datetime, planned: Sequence[str] = ()) -> str:
    """One line for the terminal after Ctrl-C: the stages this process finished since ``since``, the one it
    stopped in, the ones it never started, and the rows written (all kept: every write committed on its own)."""
    owner = RunOwner.current()
    try:
        with warehouse.read() as con:
            rows = con.execute(
                "SELECT source, status, inserted, updated FROM ingest_runs "
                "WHERE pid = ? AND host = ? AND started_at >= ? ORDER BY started_at",
                [owner.pid, owner.host, since],
            ).fetchall()
    except Exception as exc:  # the line must come out whatever the warehouse's state
        return f"interrupted; the warehouse could not be read for a summary ({type(exc).__name__}: {exc})"
    if not rows:
        return "interrupted before any stage started: nothing was written"
    finished = [f"{source} ({status})" for source, status, *_ in rows if status != "interrupted"]
    stopped = [source for source, status, *_ in rows if status == "interrupted"]
    seen = {source for source, *_ in rows}
    not_started = [name for name in planned if name not in seen]
    inserted = sum(r[2] for r in rows)
    updated = sum(r[3] for r in rows)
    parts = [f"finished {', '.join(finished)}" if finished else "no stage finished"]
    if stopped:
        parts.append(f"stopped in {', '.join(stopped)} (recorded as interrupted)")
    if not_started:
        parts.append(f"not started: {', '.join(not_started)}")
    return (f"interrupted: {'; '.join(parts)}; kept {inserted} inserted and {updated} updated rows "
            f"(every write is committed on its own); run the same command again to finish")
