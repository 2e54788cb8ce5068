"""What every flow shares: the run's config, the stage task with retries, secret-free log forwarding, the write limit."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Iterator
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from tracker.config import Config, deep_merge, load_config, parse_config
from tracker.pipeline import run_stage
from tracker.warehouse.database import Warehouse

# The Prefect global concurrency limit `tracker serve` creates (limit 1); deployments name it in `write_limit`.
WRITE_LIMIT = "tracker-warehouse-writes"
# Whole-stage retries sit above tracker.sources.http.fetch's per-request retries (which honour Retry-After):
# they catch a source that was down for minutes, so they wait longer: 30 s, 60 s (each ±50 % jitter).
STAGE_RETRIES = 2
STAGE_RETRY_DELAY_S = 30.0
STAGE_RETRY_JITTER = 0.5

# Environment variables whose values must never reach a log line.
SECRET_NAME = re.compile(r"(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|CLIENT_ID|CREDENTIAL)", re.IGNORECASE)
MIN_SECRET_LEN = 4  # shorter values would redact ordinary words
REDACTED = "[redacted]"


class StageFailed(RuntimeError):
    """A stage that recorded status 'failed': raised so Prefect retries the task and marks it failed."""


def flow_config(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> Config:
    """The config for one flow run: an inline dict (relative paths against base_dir) or a file, plus overrides."""
    if config is not None:
        source, root, data = "<flow parameter config>", base_dir or os.getcwd(), config
    else:
        loaded = load_config(config_path)
        source, root, data = str(config_path or "tracker.toml"), loaded.base_dir, loaded.model_dump()
        if not overrides:
            return loaded
    return parse_config(deep_merge(data, overrides or {}), source, root)


def secret_values(environ: dict[str, str] | None = None) -> list[str]:
    """Values of the environment's secret-looking variables (praw_client_secret, *_API_KEY, …), longest first."""
    environ = os.environ if environ is None else environ
    found = {v for k, v in environ.items() if SECRET_NAME.search(k) and v and len(v) >= MIN_SECRET_LEN}
    return sorted(found, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


class RunLogForwarder(logging.Handler):
    """Sends tracker's log records to the Prefect run logger, with secret values replaced.

    It redacts the record itself, so the handlers it propagates to afterwards (the console, pytest's
    capture) print the redacted line too."""

    def __init__(self, run_logger: logging.LoggerAdapter, secrets: list[str]):
        super().__init__(level=logging.DEBUG)
        self.run_logger = run_logger
        self.secrets = secrets

    def redact_record(self, record: logging.LogRecord) -> None:
        record.msg, record.args = redact(record.getMessage(), self.secrets), ()
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)

    def handle(self, record: logging.LogRecord) -> bool:
        # Redact whatever the level: a DEBUG line below our threshold still reaches other handlers.
        try:
            self.redact_record(record)
        except Exception:
            self.handleError(record)
        if record.levelno < logging.INFO:
            # Below what Prefect keeps: to the root's handlers (the console with -v), as propagation would have.
            for handler in logging.getLogger().handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)
            return False
        return super().handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                message += f" ({type(record.exc_info[1]).__name__}: {redact(str(record.exc_info[1]), self.secrets)})"
            self.run_logger.log(record.levelno, "%s", message)
        except Exception:  # a log line must never fail a stage
            self.handleError(record)


_forwarding_lock = threading.Lock()
_forwarding: dict[str, Any] = {"count": 0, "level": logging.NOTSET, "propagate": True}


@contextlib.contextmanager
def forward_tracker_logs(run_logger: logging.LoggerAdapter) -> Iterator[None]:
    """While a stage runs, its `tracker` log lines go to Prefect (the UI, the API, and Prefect's console output),
    redacted, instead of propagating to the console themselves: each line prints once, as a run-log line.

    Stages running at once in threads share the logger's settings: the first to start saves them, the last
    to finish restores them."""
    handler = RunLogForwarder(run_logger, secret_values())
    logger = logging.getLogger("tracker")
    with _forwarding_lock:
        if _forwarding["count"] == 0:
            _forwarding.update(level=logger.level, propagate=logger.propagate)
            if logger.getEffectiveLevel() > logging.INFO:
                logger.setLevel(logging.INFO)
            logger.propagate = False
        _forwarding["count"] += 1
        logger.addHandler(handler)
    try:
        yield
    finally:
        with _forwarding_lock:
            logger.removeHandler(handler)
            _forwarding["count"] -= 1
            if _forwarding["count"] == 0:
                logger.setLevel(_forwarding["level"])
                logger.propagate = _forwarding["propagate"]


class LimitedWarehouse(Warehouse):
    """A warehouse whose writers also take a slot of a Prefect global concurrency limit.

    The file lock in Warehouse stays the guarantee (CLI runs do not go through Prefect); the limit adds
    a queue the Prefect UI shows. A limit missing on the server is skipped, as Prefect does."""

    def __init__(self, path: str, limit_name: str, **kwargs: Any):
        super().__init__(path, **kwargs)
        self.limit_name = limit_name

    @contextlib.contextmanager
    def _slot(self) -> Iterator[None]:
        from prefect.concurrency.sync import concurrency

        with concurrency(self.limit_name, occupy=1, timeout_seconds=self.lock_timeout_s):
            yield

    # Arguments pass through untouched, so Warehouse can grow options (e.g. checkpoint=) without breaking this.
    @contextlib.contextmanager
    def connect(self, *args: Any, **kwargs: Any):
        with self._slot(), super().connect(*args, **kwargs) as con:
            yield con

    def init(self, *args: Any, **kwargs: Any) -> list[str]:
        with self._slot():
            return super().init(*args, **kwargs)


def warehouse_for(cfg: Config, write_limit: str | None) -> Warehouse:
    if write_limit and cfg.warehouse_path != ":memory:":
        return LimitedWarehouse(cfg.warehouse_path, write_limit)
    return Warehouse(cfg.warehouse_path)


def summary(name: str, stats: Any) -> dict[str, Any]:
    return {"stage": name, "status": stats.status, "fetched": stats.fetched, "inserted": stats.inserted,
            "updated": stats.updated, "rejected": stats.rejected, "errors": list(stats.errors)}


@task(
    name="stage",
    task_run_name="{name}",
    retries=STAGE_RETRIES,
    retry_delay_seconds=exponential_backoff(backoff_factor=STAGE_RETRY_DELAY_S),
    retry_jitter_factor=STAGE_RETRY_JITTER,
    cache_policy=NO_CACHE,  # stages have side effects: never skip one because its inputs match
)
def stage_task(name: str, cfg: Config, write_limit: str | None = None) -> dict[str, Any]:
    """One stage, recorded in ingest_runs; a 'failed' stage raises so Prefect retries it."""
    logger = get_run_logger()
    warehouse = warehouse_for(cfg, write_limit)
    with forward_tracker_logs(logger):
        stats = run_stage(cfg, name, warehouse)
    result = summary(name, stats)  # run_source has logged the counts (forwarded above)
    if stats.status == "failed":
        raise StageFailed(redact(f"{name} failed: {'; '.join(stats.errors)[:500]}", secret_values()))
    return result


def retry_delay_for(cfg: Config, retry_delay_s: float | None) -> float:
    """The first whole-stage retry delay: given, or 30 × [http] backoff_base_s (30 s by default, 0 in tests)."""
    return STAGE_RETRY_DELAY_S * cfg.http.backoff_base_s if retry_delay_s is None else retry_delay_s


def stage_runner(cfg: Config, retries: int | None, retry_delay_s: float | None):
    """stage_task with this run's retry policy."""
    return stage_task.with_options(
        retries=STAGE_RETRIES if retries is None else retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=retry_delay_for(cfg, retry_delay_s)),
    )


def run_stages(names: list[str], cfg: Config, *, write_limit: str | None, retries: int | None,
               retry_delay_s: float | None) -> dict[str, dict[str, Any]]:
    """Run the stages in order; one that still fails after its retries is reported and the rest go on."""
    runner = stage_runner(cfg, retries, retry_delay_s)
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        state = runner(name, cfg, write_limit, return_state=True)
        if state.is_completed():
            results[name] = state.result()
        else:
            get_run_logger().error("%s: gave up after retries: %s", name, state.message)
            results[name] = {"stage": name, "status": "failed", "errors": [state.message or "failed"]}
    return results


def finish(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """A flow run fails when one of its stages failed after retries, so schedules alert on it."""
    failed = [name for name, r in results.items() if r["status"] == "failed"]
    if failed:
        raise RuntimeError(f"stage failed after retries: {', '.join(failed)}")
    return results
