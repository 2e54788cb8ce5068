"""The pipeline's stages in order, each a plain imported function: catalog -> sources -> labels -> views.

`tracker ingest`, `tracker run`, the demo and the Prefect flows all go through `run_stage`, which records
each run in `ingest_runs` (see tracker.warehouse.runs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from tracker.analysis.alerts import alerts_stage
from tracker.analysis.radar import radar_stage
from tracker.analysis.trends import refresh_views
from tracker.catalog import sync_catalog
from tracker.config import Config
from tracker.sentiment.attribution import label_stage
from tracker.sources import blogs, events, hackernews, markets, reddit
from tracker.warehouse.database import Warehouse
from tracker.warehouse.runs import RunStats, run_source

log = logging.getLogger("tracker")

# A stage is called as func(warehouse, cfg, stats, **clients); the order is the pipeline's order.
Stage = Callable[..., None]
STAGES: dict[str, Stage] = {
    "catalog": sync_catalog,
    "reddit": reddit.ingest,
    "hackernews": hackernews.ingest,
    "blogs": blogs.ingest,
    "markets": markets.ingest,
    "events": events.ingest,
    "label": label_stage,  # whole-text labels, then a score per (document, model) mention
    "trends": refresh_views,
    "radar": radar_stage,  # model names outside the catalog, proposed release events (docs/radar.md)
    "alerts": alerts_stage,  # the [alerts] rules, each alert sent once to each configured URL
}
SOURCES = ("reddit", "hackernews", "blogs", "markets", "events")
# Stages whose windows and coverage end at "now": they take the config's `as_of` instead of the clock when set.
CLOCKED = ("reddit", "hackernews", "blogs", "markets")


def enabled(cfg: Config, name: str) -> bool:
    section = getattr(cfg, name, None)
    return bool(getattr(section, "enabled", True))


def run_stage(cfg: Config, name: str, warehouse: Warehouse | None = None, **clients: Any) -> RunStats:
    """Run one stage and record it in `ingest_runs` (source = stage name)."""
    func = STAGES[name]
    warehouse = warehouse or Warehouse(cfg.warehouse_path)
    if cfg.as_of is not None and name in CLOCKED:
        clients.setdefault("now", cfg.as_of)
    return run_source(warehouse, name, lambda stats: func(warehouse, cfg, stats, **clients))


def run_pipeline(cfg: Config, stages: list[str] | None = None, warehouse: Warehouse | None = None) -> dict[str, RunStats]:
    """Every enabled stage in order (or the ones named), as plain function calls."""
    warehouse = warehouse or Warehouse(cfg.warehouse_path)
    warehouse.init()
    results = {}
    for name in stages or list(STAGES):
        if not enabled(cfg, name):
            log.info("%s: disabled in config", name)
            continue
        results[name] = run_stage(cfg, name, warehouse)
    return results
