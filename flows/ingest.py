"""Source flows: one per source, each a single stage task (fetch → warehouse, mentions linked on write)."""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow

from flows.tasks import finish, flow_config, run_stages


@flow(name="ingest_reddit")
def ingest_reddit(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    refresh_days: float | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    """New Reddit posts and comments; threads younger than `refresh_days` are re-read for edits and scores."""
    overrides = {"reddit": {"refresh_days": refresh_days}} if refresh_days is not None else None
    cfg = flow_config(config_path, config, base_dir, overrides)
    return finish(run_stages(["reddit"], cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s))


@flow(name="ingest_hackernews")
def ingest_hackernews(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Hacker News stories and comments naming a catalog model, with their whole threads; young threads re-read."""
    cfg = flow_config(config_path, config, base_dir)
    return finish(run_stages(["hackernews"], cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s))


@flow(name="ingest_blogs")
def ingest_blogs(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Configured feeds and index pages; articles already stored are skipped by their conditional GETs."""
    cfg = flow_config(config_path, config, base_dir)
    return finish(run_stages(["blogs"], cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s))


@flow(name="ingest_markets")
def ingest_markets(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    history_start: date | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Prediction-market questions and their price history from `history_start` (default: the config's)."""
    overrides = {"markets": {"history_start": history_start.isoformat()}} if history_start is not None else None
    cfg = flow_config(config_path, config, base_dir, overrides)
    return finish(run_stages(["markets"], cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s))
