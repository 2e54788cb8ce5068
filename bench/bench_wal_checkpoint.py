"""The WAL checkpoint trigger: the sample's ingestion with DuckDB's default trigger (16 MiB) vs the project's.

    python bench/bench_wal_checkpoint.py [--repeat 3]

Short writes close their connection without a checkpoint (`Warehouse.connect`), so the WAL grows until DuckDB's
size trigger checkpoints it, and every one of a run's ~260 opens replays the whole WAL. The script runs the
demo's ingest stages (catalog, reddit, hackernews, blogs, markets, events) as plain calls
(`tracker.pipeline.run_pipeline`) over `data/sample/` on one set of replay servers (the crash tests'
`frozen_sample_servers`), into a fresh warehouse file each time, in `--repeat` interleaved pairs: `default` sets
`database.WAL_CHECKPOINT_THRESHOLD` to DuckDB's own default, `project` leaves the shipped value. One warm-up run
(imports, first opens) is not timed. It prints each run's seconds and the load average (1 min), the medians and
their ratio, and checks that both settings end in the same rows (the table fingerprints the crash tests compare).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
DUCKDB_DEFAULT = "16MB"
STAGES = ["catalog", "reddit", "hackernews", "blogs", "markets", "events"]

from bench_target import load1  # noqa: E402  (after the path set-up above)


def sample_config(servers: dict, folder: Path):
    """The demo's config over the replay servers, warehouse under folder."""
    from tracker.config import parse_config
    from tracker.demo import demo_config_data

    data, env = demo_config_data(REPO / "tracker.toml", servers)
    os.environ.update(env)
    data["warehouse"] = {"path": str(folder / "tracker.duckdb")}
    data.setdefault("http", {}).update(backoff_base_s=0, backoff_max_s=0)
    return parse_config(data, "bench", REPO)


def timed_run(servers: dict, root: Path, name: str, threshold: str) -> tuple[float, dict]:
    from faults.harness import fingerprints
    from tracker.pipeline import run_pipeline
    from tracker.warehouse import database

    folder = Path(tempfile.mkdtemp(prefix=name + "-", dir=root))
    shipped = database.WAL_CHECKPOINT_THRESHOLD
    database.WAL_CHECKPOINT_THRESHOLD = threshold
    try:
        cfg = sample_config(servers, folder)
        started = time.perf_counter()
        results = run_pipeline(cfg, STAGES)
        took = time.perf_counter() - started
    finally:
        database.WAL_CHECKPOINT_THRESHOLD = shipped
    failed = {k: r.status for k, r in results.items() if r.status != "ok"}
    if failed:
        raise SystemExit(f"{name}: stages failed: {failed}")
    return took, fingerprints(folder / "tracker.duckdb")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import duckdb
    from faults.harness import frozen_sample_servers

    from tracker.warehouse.database import WAL_CHECKPOINT_THRESHOLD

    logging.disable(logging.INFO)
    settings = {"default": DUCKDB_DEFAULT, "project": WAL_CHECKPOINT_THRESHOLD}
    times: dict[str, list[float]] = {name: [] for name in settings}
    prints: dict[str, dict] = {}
    # One set of servers for every run (blog document ids embed the replay port), each route frozen at its
    # first answer, so every run reads the same answers and both settings must end in the same rows.
    with tempfile.TemporaryDirectory() as tmp, frozen_sample_servers() as servers:
        root = Path(tmp)
        timed_run(servers, root, "warmup", WAL_CHECKPOINT_THRESHOLD)
        print(f"stages {', '.join(STAGES)}; DuckDB {duckdb.__version__}; load {load1()}")
        for r in range(args.repeat):
            for name, threshold in settings.items():
                took, prints[name] = timed_run(servers, root, name, threshold)
                times[name].append(took)
                print(f"repeat {r + 1} {name} (checkpoint_threshold {threshold}): {took:.2f} s (load {load1()})",
                      flush=True)
    same = prints["default"] == prints["project"]
    med = {name: statistics.median(t) for name, t in times.items()}
    print(f"median default {med['default']:.2f} s, project {med['project']:.2f} s: "
          f"project/default = {med['project'] / med['default']:.2f} (load {load1()}); same rows: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
