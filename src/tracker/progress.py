"""Progress of a long step (labeling, training, evaluation, backfill): a rich bar on a terminal, else a plain
log line every few seconds with the counts, the rate and the time left."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import IO

log = logging.getLogger("tracker.progress")

LINE_EVERY_S = 10.0


def duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class Progress:
    """``with Progress("label", total=n) as bar: bar.advance(k)``; ``note`` adds a short text (a loss, a day).

    On a terminal (``stream.isatty()``) a rich bar with counts, elapsed time and ETA; elsewhere (a pipe, a log
    file, a Prefect worker) one INFO line on the ``tracker.progress`` logger every ``every_s`` seconds, and a
    last one at the end when any was printed, so short steps stay quiet. Nothing when the logger is off for INFO
    (``tracker -q``) or ``enabled`` is false."""

    def __init__(self, label: str, total: float | None = None, *, unit: str = "", enabled: bool = True,
                 stream: IO[str] | None = None, every_s: float = LINE_EVERY_S,
                 clock: Callable[[], float] = time.monotonic):
        self.label, self.total, self.unit = label, total, unit
        self.completed = 0.0
        self.note = ""
        self.clock = clock
        self.every_s = every_s
        self.enabled = enabled and log.isEnabledFor(logging.INFO)
        stream = stream if stream is not None else sys.stderr
        self.terminal = self.enabled and hasattr(stream, "isatty") and stream.isatty()
        self.stream = stream
        self.lines = 0
        self._bar = None
        self._task = None

    def __enter__(self) -> Progress:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> Progress:
        self.started = self.last_line = self.clock()
        if self.terminal:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self._bar = RichProgress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     TimeRemainingColumn(), TextColumn("{task.description}"),
                                     console=Console(file=self.stream, markup=False, emoji=False, highlight=False))
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total)
        return self

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.enabled and self.lines:
            log.info("%s: %s done in %s%s", self.label, self._count(), duration(self.clock() - self.started),
                     f" ({self.note})" if self.note else "")

    def advance(self, n: float = 1, note: str | None = None) -> None:
        self.update(self.completed + n, note)

    def update(self, completed: float, note: str | None = None, total: float | None = None) -> None:
        self.completed = completed
        if note is not None:
            self.note = note
        if total is not None:
            self.total = total
        if self._bar is not None:
            self._bar.update(self._task, completed=completed, total=self.total, description=self.note)
            return
        now = self.clock()
        if self.enabled and now - self.last_line >= self.every_s:
            self.last_line = now
            self.lines += 1
            log.info("%s", self.line(now))

    def print(self, message: str) -> None:
        """A line above the bar (or a log line without one)."""
        if self._bar is not None:
            self._bar.console.print(message)
        else:
            log.info("%s", message)

    def _count(self) -> str:
        done = f"{self.completed:,.0f}"
        return f"{done}/{self.total:,.0f}{self.unit}" if self.total else f"{done}{self.unit}"

    def line(self, now: float) -> str:
        """``label: 1,200/5,000 (24%), 40/s, 30s elapsed, ETA 1m35s (note)``"""
        elapsed = now - self.started
        parts = [self._count()]
        if self.total:
            parts[0] += f" ({100 * self.completed / self.total:.0f}%)"
        rate = self.completed / elapsed if elapsed > 0 else 0.0
        if rate:
            parts.append(f"{rate:,.1f}{self.unit}/s" if rate < 10 else f"{rate:,.0f}{self.unit}/s")
        parts.append(f"{duration(elapsed)} elapsed")
        if self.total and rate:
            parts.append(f"ETA {duration(max(0.0, self.total - self.completed) / rate)}")
        return f"{self.label}: {', '.join(parts)}" + (f" ({self.note})" if self.note else "")
