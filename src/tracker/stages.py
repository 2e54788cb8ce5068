"""The pipeline's stages as plain functions: each opens the warehouse, runs one step, records the run."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from tracker.config import Config
from tracker.runs import RunStats, run_source
from tracker.warehouse import Warehouse

log = logging.getLogger("tracker")

# stage name -> (module, function); the order is the pipeline's order.
STAGES: dict[str, tuple[str, str]] = {
    "catalog": ("tracker.catalog", "sync_catalog"),
    "reddit": ("tracker.sources.reddit", "ingest"),
    "blogs": ("tracker.sources.blogs", "ingest"),
    "markets": ("tracker.sources.markets", "ingest"),
    "events": ("tracker.events", "ingest"),
    "label": ("tracker.attribution", "label_stage"),
    "trends": ("tracker.trends", "refresh_views"),
}
SOURCES = ("reddit", "blogs", "markets", "events")


class StageUnavailable(RuntimeError):
    """A stage whose code is not part of this build."""


def stage_function(name: str) -> Callable[..., None]:
    module_name, func_name = STAGES[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise StageUnavailable(f"stage {name!r} is not built ({module_name} is missing)") from None
        raise
    return getattr(module, func_name)


def available_stages() -> list[str]:
    names = []
    for name in STAGES:
        try:
            stage_function(name)
        except StageUnavailable:
            continue
        names.append(name)
    return names


def enabled(cfg: Config, name: str) -> bool:
    section = getattr(cfg, name, None)
    return bool(getattr(section, "enabled", True))


def run_stage(cfg: Config, name: str, warehouse: Warehouse | None = None, **clients: Any) -> RunStats:
    """Run one stage and record it in `ingest_runs` (source = stage name)."""
    func = stage_function(name)
    warehouse = warehouse or Warehouse(cfg.warehouse_path)
    return run_source(warehouse, name, lambda stats: func(warehouse, cfg, stats, **clients))


def run_pipeline(cfg: Config, stages: list[str] | None = None, warehouse: Warehouse | None = None) -> dict[str, RunStats]:
    """Every available, enabled stage in order (or the ones named), as plain function calls."""
    warehouse = warehouse or Warehouse(cfg.warehouse_path)
    warehouse.init()
    results = {}
    for name in stages or available_stages():
        if not enabled(cfg, name):
            log.info("%s: disabled in config", name)
            continue
        results[name] = run_stage(cfg, name, warehouse)
    return results
