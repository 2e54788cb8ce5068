"""Console logging for the `tracker` command: one handler on stderr, so each event prints once."""

from __future__ import annotations

import logging
import sys

# Their debug lines can print request headers (Authorization): kept at WARNING even with -v.
QUIET_LIBRARIES = ("httpx", "httpcore", "prawcore", "urllib3")


class ConsoleHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time of the record, not the one at start-up, so lines land
    above a live progress bar (which redirects stderr) and in a test's capture."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


class RunContext(logging.Filter):
    """Names the Prefect task or flow run a line comes from (Prefect's run logger tags its records), so two
    tasks' "Finished in state Completed()" read differently; a line that already starts with it is left alone."""

    def filter(self, record: logging.LogRecord) -> bool:
        name = getattr(record, "task_run_name", None) or getattr(record, "flow_run_name", None)
        record.run_context = "" if not name or record.getMessage().startswith(f"{name}:") else f"{name}: "
        return True


def level_for(verbosity: int) -> int:
    """-v (1 or more): DEBUG; none: INFO; -q: WARNING."""
    return logging.DEBUG if verbosity > 0 else logging.INFO if verbosity == 0 else logging.WARNING


def setup_logging(verbosity: int = 0) -> ConsoleHandler:
    """The one console handler (replacing one set up before in this process) on the root logger.

    Prefect keeps a root handler that is already there, so inside flows its run-logger lines print through this
    handler too; tracker's own lines reach the console either directly or, while a flow stage forwards them to
    Prefect, through the run logger (flows.tasks.forward_tracker_logs) — never both."""
    level = level_for(verbosity)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, ConsoleHandler)]:
        root.removeHandler(handler)
    handler = ConsoleHandler()
    handler.setLevel(level)
    detail = "%(name)s: " if level <= logging.DEBUG else ""
    handler.addFilter(RunContext())
    handler.setFormatter(logging.Formatter(f"%(asctime)s %(levelname)-7s {detail}%(run_context)s%(message)s",
                                           "%H:%M:%S"))
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
