"""The `pipeline` flow: every stage in order (catalog, sources, events, label, trends), then the weekly export."""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, get_run_logger

from flows.export import export_week_once
from flows.tasks import flow_config, run_stages
from tracker.pipeline import STAGES, enabled

# Re-exported: tracker.demo and older callers import it from here.
__all__ = ["flow_config", "pipeline"]


@flow(name="pipeline", log_prints=True)
def pipeline(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    stages: list[str] | None = None,
    refresh_days: float | None = None,
    history_start: date | None = None,
    export: bool = False,
    week: str | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
    fail_on_stage_failure: bool = False,
) -> dict[str, dict[str, Any]]:
    """A failed stage does not stop the ones after it; `fail_on_stage_failure` then fails the flow run
    (the scheduled deployment sets it, so failures alert; `tracker demo` reads the per-stage results instead)."""
    overrides: dict[str, Any] = {}
    if refresh_days is not None:
        overrides["reddit"] = {"refresh_days": refresh_days}
    if history_start is not None:
        overrides["markets"] = {"history_start": history_start.isoformat()}
    cfg = flow_config(config_path, config, base_dir, overrides or None)
    logger = get_run_logger()
    names = []
    for name in stages or list(STAGES):
        if enabled(cfg, name):
            names.append(name)
        else:
            logger.info("%s: disabled in config", name)
    results = run_stages(names, cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s)
    if export:
        results["export"] = export_week_once(cfg, week, None, write_limit, retries, retry_delay_s)
    failed = [name for name, r in results.items() if r["status"] == "failed"]
    if failed and fail_on_stage_failure:
        raise RuntimeError(f"stages failed after retries: {', '.join(failed)}")
    return results


if __name__ == "__main__":
    pipeline()
