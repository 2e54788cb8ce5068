"""The `label` flows: classify documents that have no label from the current classifier, then refresh the views."""

from __future__ import annotations

import os
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.tasks import (
    STAGE_RETRIES,
    StageFailed,
    flow_config,
    forward_tracker_logs,
    redact,
    run_stages,
    secret_values,
    summary,
    warehouse_for,
)
from tracker.sentiment.attribution import score_mentions
from tracker.config import Config
from tracker.warehouse.runs import RunStats, run_source


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
    names = ["label", "trends"]
    results = run_stages(names, cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s)
    if results.get("label", {}).get("status") == "failed":
        raise RuntimeError("label failed after retries")
    return results


# ------------------------------------------------------------------------------------ labeling over Dask workers


def dask_task_runner(workers: int, address: str | None = None):
    """A DaskTaskRunner: a local cluster of `workers` one-thread processes, or the Dask scheduler at `address`."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    # processes: the classifier holds the GIL in tokenization; one thread each: torch gets its threads below
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})


@task(name="label-shard", task_run_name="label shard {shard}/{shards}", retries=STAGE_RETRIES, cache_policy=NO_CACHE)
def label_shard(cfg: Config, shard: int, shards: int, threads: int | None = None,
                write_limit: str | None = None) -> dict[str, Any]:
    """One shard's texts, on a Dask worker: the model is cached in the worker process, each batch written through
    Warehouse.write() (the file lock queues the workers' short writes). A retry labels only what is still missing."""
    from tracker.sentiment.classify import label_documents

    stats = RunStats(source="label")
    with forward_tracker_logs(get_run_logger()):
        label_documents(warehouse_for(cfg, write_limit), cfg, stats, shard=shard, shards=shards, threads=threads)
    if stats.status == "failed":
        raise StageFailed(redact(f"label shard {shard}/{shards} failed: {'; '.join(stats.errors)[:500]}",
                                 secret_values()))
    return summary(f"label[{shard}/{shards}]", stats) | {"pid": os.getpid()}  # which worker process did it


@flow(name="label-shards")
def label_shards(cfg: Config, shards: int, threads: int | None = None, write_limit: str | None = None,
                 retries: int | None = None) -> list[dict[str, Any]]:
    """Every shard as its own task on this flow's task runner (label_distributed sets a DaskTaskRunner)."""
    runner = label_shard if retries is None else label_shard.with_options(retries=retries)
    futures = [runner.submit(cfg, shard, shards, threads, write_limit) for shard in range(shards)]
    results = []
    for shard, future in enumerate(futures):
        state = future.wait() or future.state
        if state.is_completed():
            results.append(state.result())
        else:
            results.append({"stage": f"label[{shard}/{shards}]", "status": "failed", "fetched": 0, "inserted": 0,
                            "updated": 0, "rejected": 0, "errors": [state.message or "failed"]})
    return results


@flow(name="label-distributed")
def label_distributed(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    workers: int = 2,
    address: str | None = None,
    shards: int | None = None,
    threads: int | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
    refresh_trends: bool = True,
) -> dict[str, dict[str, Any]]:
    """The `label` flow with the classifying spread over Dask workers (a local cluster, or `address`).

    The unlabeled texts are split into `shards` by content-hash prefix (2 × workers by default); one ingest_runs
    row covers the whole run. `threads` per worker defaults to cores ÷ workers locally, 1 on a remote cluster."""
    cfg = flow_config(config_path, config, base_dir)
    shards = shards or 2 * workers
    if threads is None:
        threads = 1 if address else max(1, (os.cpu_count() or 1) // workers)
    sharded = label_shards.with_options(task_runner=dask_task_runner(workers, address))
    warehouse = warehouse_for(cfg, write_limit)
    warehouse.init()

    parts: list[dict[str, Any]] = []

    def body(stats: RunStats) -> None:
        parts.extend(sharded(cfg, shards, threads, write_limit, retries))
        for part in parts:
            stats.fetched += part["fetched"]
            stats.inserted += part["inserted"]
            stats.updated += part["updated"]
            for error in part["errors"]:
                stats.error(f"{part['stage']}: {error}")
        # per-mention scores: few and short next to the whole texts, so they run here after the shards
        score_mentions(warehouse, cfg, stats)

    results = {"label": summary("label", run_source(warehouse, "label", body)) | {"shards": parts}}
    if refresh_trends:
        results |= run_stages(["trends"], cfg, write_limit=write_limit, retries=retries, retry_delay_s=retry_delay_s)
    if results["label"]["status"] == "failed":
        raise RuntimeError("label failed after retries")
    return results
