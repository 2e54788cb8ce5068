"""Labeling throughput over Dask: the `label_distributed` flow with 1 vs 2 local workers, same texts, same run."""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "tweeteval-sentiment"
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def tweets(n: int) -> list[str]:
    lines = (SHARED / "test_text.txt").read_text(encoding="utf-8").split("\n")
    texts = list(dict.fromkeys(t for t in lines if t.strip()))  # one label per distinct text anyway
    if len(texts) < n:
        raise SystemExit(f"only {len(texts)} distinct tweets in {SHARED}")
    return texts[:n]


def filled_warehouse(path: Path, texts: list[str]):
    from datetime import UTC, datetime

    from tracker.warehouse.database import Warehouse, upsert_documents

    warehouse = Warehouse(path)
    warehouse.init()
    now = datetime(2026, 4, 23, tzinfo=UTC)
    with warehouse.write() as con:
        upsert_documents(con, [{"doc_id": f"bench:{i}", "source": "reddit", "kind": "comment", "body": t,
                                "created_at": now} for i, t in enumerate(texts)])
    return warehouse


def config(path: Path, quantize: bool) -> dict:
    return {"warehouse": {"path": str(path)}, "classifier": {"quantize": quantize}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--fp32", action="store_true", help="fp32 weights instead of the default int8")
    args = parser.parse_args()

    from prefect.testing.utilities import prefect_test_harness

    from flows.label import label_distributed
    from tracker.config import parse_config
    from tracker.warehouse.runs import RunStats
    from tracker.sentiment.classify import describe, label_documents, load_classifier

    texts = tweets(args.texts)
    quantize = not args.fp32
    folder = Path(tempfile.mkdtemp(prefix="bench-label-dask-"))
    cfg = parse_config(config(folder / "plain.duckdb", quantize), "bench", REPO)
    # Loads (and, the first time, exports to ONNX) in this process, so no worker races to build the export.
    info = describe(load_classifier(cfg))
    print(f"{len(texts)} TweetEval test tweets, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"model {info['version']} backend={info['backend']} {'int8' if quantize else 'fp32'} "
          f"max_length={info['max_length']}")

    plain = filled_warehouse(folder / "plain.duckdb", texts)
    stats = RunStats(source="label")
    started = time.perf_counter()
    label_documents(plain, cfg, stats)  # model already loaded: labeling only, every core in one process
    plain_s = time.perf_counter() - started
    assert stats.inserted == len(texts), stats
    print(f"plain label_documents, 1 process × {os.cpu_count()} threads (model loaded): "
          f"{plain_s:6.1f} s  {len(texts) / plain_s:6.1f} texts/s")

    timings = {}
    with prefect_test_harness(server_startup_timeout=120):
        for workers in (1, 2):
            path = folder / f"dask{workers}.duckdb"
            filled_warehouse(path, texts)
            started = time.perf_counter()
            result = label_distributed(config=config(path, quantize), base_dir=str(REPO), workers=workers,
                                       retries=0, refresh_trends=False)["label"]
            took = time.perf_counter() - started
            assert (result["status"], result["inserted"]) == ("ok", len(texts)), result
            started = time.perf_counter()
            label_distributed(config=config(path, quantize), base_dir=str(REPO), workers=workers, retries=0,
                              refresh_trends=False)  # nothing left: the cluster and flow overhead alone
            overhead = time.perf_counter() - started
            timings[workers] = took
            threads = max(1, (os.cpu_count() or 1) // workers)
            # Less the empty run: labeling plus one model load per worker, without cluster start and flow overhead.
            print(f"label_distributed, {workers} Dask worker(s) × {threads} thread(s), {2 * workers} shards: "
                  f"{took:6.1f} s  {len(texts) / took:6.1f} texts/s end to end; an empty run takes {overhead:.1f} s, "
                  f"so {len(texts) / max(took - overhead, 1e-9):6.1f} texts/s less it")
    print(f"end to end: 2 workers vs 1 worker {timings[1] / timings[2]:.2f}×; "
          f"2 workers vs plain {plain_s / timings[2]:.2f}×; 1 worker vs plain {plain_s / timings[1]:.2f}×")


if __name__ == "__main__":
    main()
