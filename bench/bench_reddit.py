"""Reddit source speed: JSON comments -> records -> upserted rows, and requests made by an incremental re-run."""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from tracker.config import parse_config
from tracker.sources.replay import ReplayServer
from tracker.warehouse.runs import RunStats
from tracker.sources import reddit
from tracker.sources.reddit import to_record
from tracker.warehouse.database import DOCUMENT_COLUMNS, Warehouse, content_hash, upsert_documents, utcnow

REPO = Path(__file__).resolve().parents[1]
N = int(os.environ.get("BENCH_REDDIT_N", "100000"))


def recorded_comments(n: int) -> bytes:
    """n comments as Reddit's /api/morechildren JSON, the flat shape praw objectifies."""
    rng = random.Random(7)
    things = []
    for i in range(n):
        parent = f"t1_c{rng.randrange(max(i, 1)):06d}" if i and rng.random() < 0.6 else "t3_s000001"
        things.append({"kind": "t1", "data": {
            "id": f"c{i:06d}", "name": f"t1_c{i:06d}", "link_id": "t3_s000001", "parent_id": parent,
            "subreddit": "OpenAI", "author": f"user{rng.randrange(5000)}", "created_utc": 1776960000 + i,
            "edited": False if rng.random() < 0.95 else 1776990000.0 + i, "score": rng.randrange(-20, 900),
            "depth": 0, "permalink": f"/r/OpenAI/comments/s000001/comment/c{i:06d}/", "replies": "",
            "body": rng.choice(["Underwhelming compared to 5.4 honestly.", "GPT-5.5 is incredible for coding.",
                                "[removed]", "Give it a week before judging. " * rng.randrange(1, 6)])}})
    return json.dumps({"json": {"errors": [], "data": {"things": things}}}).encode()


def bench_records(path: Path, payload: bytes) -> tuple[float, float]:
    store = Warehouse(path / "bench.duckdb")
    store.init()
    start = time.perf_counter()
    things = json.loads(payload)["json"]["data"]["things"]
    records = [to_record(t["data"], "praw") for t in things]
    with store.write() as con:
        result = upsert_documents(con, records)
    ours = time.perf_counter() - start
    assert result.inserted == len(things), result

    # Baseline: the same rows appended with a bare INSERT (no record function, no upsert logic).
    base = Warehouse(path / "baseline.duckdb")
    base.init()
    start = time.perf_counter()
    things = json.loads(payload)["json"]["data"]["things"]
    now = utcnow()
    frame = pd.DataFrame.from_records(
        [{"doc_id": "reddit:" + t["data"]["name"], "source": "reddit", "kind": "comment", "body": t["data"]["body"],
          "created_at": datetime.fromtimestamp(t["data"]["created_utc"], timezone.utc), "fetched_at": now,
          "content_hash": content_hash(None, t["data"]["body"]), "removed": False} for t in things],
        columns=list(DOCUMENT_COLUMNS))
    with base.write() as con:
        con.register("frame", frame)
        con.execute("INSERT INTO documents SELECT * FROM frame")
    baseline = time.perf_counter() - start
    return ours, baseline


def bench_rerun(path: Path) -> tuple[int, int, int]:
    os.environ.update(praw_client_id="bench", praw_client_secret="bench", praw_user_agent="tracker-bench")
    with ReplayServer(REPO / "data" / "sample" / "reddit") as server:
        cfg = parse_config({"http": {"allow_hosts": ["127.0.0.1"], "backoff_base_s": 0},
                            "reddit": {"oauth_url": server.base_url, "reddit_url": server.base_url}}, "bench", path)
        store = Warehouse(path / "rerun.duckdb")
        store.init()
        now = datetime(2026, 6, 30, tzinfo=timezone.utc)  # no sample thread inside the refresh window
        reddit.ingest(store, cfg, RunStats("reddit"), now=now, sleep=lambda s: None)
        first = len(server.requests)
        server.reset_log()
        reddit.ingest(store, cfg, RunStats("reddit"), now=now, sleep=lambda s: None)
        listings = len(cfg.reddit.subreddits) * (1 + len(cfg.reddit.queries))
        return first, len(server.requests), listings


def main() -> int:
    payload = recorded_comments(N)
    with tempfile.TemporaryDirectory() as tmp:
        ours, baseline = bench_records(Path(tmp), payload)
        first, rerun, listings = bench_rerun(Path(tmp))
    rate = N / ours
    print(f"reddit records+upsert: {N} comments in {ours:.2f}s = {rate:,.0f} comments/s "
          f"(target >= 20,000/s); bare INSERT baseline {N / baseline:,.0f}/s; ratio {ours / baseline:.2f}x the baseline time")
    print(f"reddit incremental re-run: {rerun} requests over {listings} unchanged listings "
          f"(token + one page each = {listings + 1}); first run {first} requests; ratio {rerun / first:.2f}")
    return 0 if rate >= 20_000 and rerun <= listings + 1 else 1


if __name__ == "__main__":
    sys.exit(main())
