"""The `label` flow: classify documents that have no label from the current classifier, then refresh the views."""

from __future__ import annotations

from typing import Any

from prefect import flow

from flows.tasks import flow_config, run_stages
from tracker.stages import available_stages


@flow(name="label")
def label(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    cfg = flow_config(config_path, config, base_dir)
    names = [n for n in ("label", "trends") if n in available_stages()]
    results = run_stages(names, cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s)
    if results.get("label", {}).get("status") == "failed":
        raise RuntimeError("label failed after retries")
    return results
