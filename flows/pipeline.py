"""The `pipeline` flow: every configured stage in order, one task per stage."""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from prefect import flow, get_run_logger, task

from tracker.config import Config, load_config, parse_config
from tracker.stages import available_stages, enabled, run_stage


def flow_config(config_path: str | None, config: dict[str, Any] | None, base_dir: str | None) -> Config:
    if config is not None:
        return parse_config(config, "<flow parameter config>", base_dir or os.getcwd())
    return load_config(config_path)


@task(name="stage", task_run_name="{name}")
def stage_task(name: str, cfg: Config) -> dict[str, Any]:
    stats = run_stage(cfg, name)
    get_run_logger().info(
        "%s: %s fetched=%d inserted=%d updated=%d rejected=%d",
        name, stats.status, stats.fetched, stats.inserted, stats.updated, stats.rejected,
    )
    return dataclasses.asdict(stats) | {"status": stats.status}


@flow(name="pipeline", log_prints=True)
def pipeline(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    stages: list[str] | None = None,
) -> dict[str, dict[str, Any]]:
    cfg = flow_config(config_path, config, base_dir)
    results = {}
    for name in stages or available_stages():
        if enabled(cfg, name):
            results[name] = stage_task(name, cfg)
    return results


if __name__ == "__main__":
    pipeline()
