"""Benchmark of the markets stage: requests per incremental run, and the upsert rate for 1 M price points.

    python bench/bench_markets.py [--points 1000000] [--markets 1000]

1. Requests: the markets stage over the bundled sample (data/sample/, replayed on 127.0.0.1), a first run
   and a second run right after it; the baseline is the first (full) run, i.e. what a tracker without
   cursors would ask every time.
2. Upsert: --points price points over --markets markets (hourly) upserted into an empty `market_prices`
   table with `warehouse.upsert` (the stage's path: set-based INSERT … ON CONFLICT), then the same batch
   again (a re-run: nothing changes), against a baseline in the same run: a plain INSERT of the same frame
   into an empty table with no conflict handling.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from tracker.config import parse_config  # noqa: E402
from tracker.sources.replay import ReplayServer  # noqa: E402
from tracker.warehouse.runs import RunStats  # noqa: E402
from tracker.sources.markets import ingest  # noqa: E402
from tracker.warehouse.database import Warehouse, upsert  # noqa: E402

FOLDERS = ("polymarket_gamma", "polymarket_clob", "manifold", "kalshi")


def bench_requests(tmp: Path) -> None:
    servers = {name: ReplayServer(REPO / "data" / "sample" / name).start() for name in FOLDERS}
    try:
        data = tomllib.loads((REPO / "tracker.toml").read_text(encoding="utf-8"))
        data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0)
        data["markets"].update(
            polymarket_gamma_url=servers["polymarket_gamma"].base_url, polymarket_clob_url=servers["polymarket_clob"].base_url,
            manifold_url=servers["manifold"].base_url, kalshi_url=servers["kalshi"].base_url,
            kalshi_series=["KXOAIRELEASE", "KXOAIRETIRE"])
        cfg = parse_config(data, "bench", REPO)
        warehouse = Warehouse(tmp / "requests.duckdb")
        warehouse.init()
        now = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
        counts = []
        for _ in range(2):
            for server in servers.values():
                server.reset_log()
            ingest(warehouse, cfg, RunStats("markets"), now=now)
            counts.append({name: len(server.requests) for name, server in servers.items()})
        full, incremental = (sum(c.values()) for c in counts)
        print(f"requests, first run:       {full}  {counts[0]}")
        print(f"requests, incremental run: {incremental}  {counts[1]}")
        print(f"ratio incremental/full:    {incremental / full:.2f}")
    finally:
        for server in servers.values():
            server.stop()


def price_frame(points: int, markets: int) -> pd.DataFrame:
    per = points // markets
    start = np.datetime64("2026-01-01T00:00:00")
    ts = start + np.arange(per).astype("timedelta64[h]")
    rng = np.random.default_rng(7)
    return pd.DataFrame({
        "market_id": np.repeat([f"polymarket:bench-{i:05d}" for i in range(markets)], per),
        "ts": pd.to_datetime(np.tile(ts, markets)).tz_localize("UTC"),
        "probability": rng.random(per * markets),
        "volume": rng.random(per * markets) * 1000,
        "origin": "history",
    })


def bench_upsert(tmp: Path, points: int, markets: int) -> None:
    frame = price_frame(points, markets)
    n = len(frame)
    baseline_wh = Warehouse(tmp / "baseline.duckdb")
    baseline_wh.init()
    with baseline_wh.write() as con:
        con.register("frame", frame)
        t = time.perf_counter()
        con.execute("INSERT INTO market_prices SELECT market_id, ts, probability, volume, origin FROM frame")
        baseline = time.perf_counter() - t
    wh = Warehouse(tmp / "upsert.duckdb")
    wh.init()
    with wh.write() as con:
        t = time.perf_counter()
        first = upsert(con, "market_prices", frame, ["market_id", "ts"])
        upsert_s = time.perf_counter() - t
    with wh.write() as con:
        t = time.perf_counter()
        again = upsert(con, "market_prices", frame, ["market_id", "ts"])
        rerun_s = time.perf_counter() - t
    assert (first.inserted, again.inserted, again.updated) == (n, 0, 0)
    print(f"points: {n:,} over {markets:,} markets")
    print(f"baseline plain INSERT:        {baseline:6.2f} s  {n / baseline:12,.0f} rows/s")
    print(f"upsert into empty table:      {upsert_s:6.2f} s  {n / upsert_s:12,.0f} rows/s  ratio {upsert_s / baseline:.2f}x baseline")
    print(f"upsert re-run (no changes):   {rerun_s:6.2f} s  {n / rerun_s:12,.0f} rows/s  ratio {rerun_s / baseline:.2f}x baseline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--markets", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_requests(Path(tmp))
        bench_upsert(Path(tmp), args.points, args.markets)


if __name__ == "__main__":
    main()
