"""The weekly `trends_export` flow: refresh the trend views, then write last week's export files."""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from flows.tasks import (STAGE_RETRIES, STAGE_RETRY_DELAY_S, STAGE_RETRY_JITTER, flow_config, retry_delay_for, run_stages,
                         warehouse_for)
from tracker.config import Config
from tracker.analysis.export import ExportError, export_week


def retry_unless_refused(task, task_run, state) -> bool:
    """Retry what a second try may fix (a locked file, a full disk); not an ExportError, which refuses the
    range itself (no data in the week, too many weeks) and would refuse it again."""
    try:
        state.result()
    except ExportError:
        return False
    except BaseException:
        return True
    return True


@task(name="export_week", task_run_name="export", retries=STAGE_RETRIES, retry_delay_seconds=exponential_backoff(backoff_factor=STAGE_RETRY_DELAY_S),
      retry_jitter_factor=STAGE_RETRY_JITTER, retry_condition_fn=retry_unless_refused, cache_policy=NO_CACHE)
def export_week_task(cfg: Config, week: str | None = None, since: date | None = None,
                     write_limit: str | None = None) -> dict[str, Any]:
    folder = export_week(warehouse_for(cfg, write_limit), cfg, week=week, since=since)
    get_run_logger().info("export: %s written", folder)
    return {"stage": "export", "status": "ok", "folder": str(folder)}


def export_week_once(cfg: Config, week: str | None, since: date | None, write_limit: str | None,
                     retries: int | None, retry_delay_s: float | None) -> dict[str, Any]:
    """The export task with this run's retry policy; a failure after retries is reported, not raised."""
    runner = export_week_task.with_options(
        retries=STAGE_RETRIES if retries is None else retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=retry_delay_for(cfg, retry_delay_s)),
    )
    state = runner(cfg, week, since, write_limit, return_state=True)
    if state.is_completed():
        return state.result()
    get_run_logger().error("export: gave up after retries: %s", state.message)
    return {"stage": "export", "status": "failed", "errors": [state.message or "failed"]}


@flow(name="trends_export")
def trends_export(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    week: str | None = None,
    since: date | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    """`week` is an ISO week like '2026-W17' (default: the last complete one); `since` re-exports every week from a day on."""
    cfg = flow_config(config_path, config, base_dir)
    results = run_stages(["trends"], cfg, write_limit=write_limit,
                         retries=retries, retry_delay_s=retry_delay_s)
    results["export"] = export_week_once(cfg, week, since, write_limit, retries, retry_delay_s)
    if any(r["status"] == "failed" for r in results.values()):
        raise RuntimeError("trends_export failed: " + ", ".join(n for n, r in results.items() if r["status"] == "failed"))
    return results
