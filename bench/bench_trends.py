"""Time the trend views on a synthetic year (20 models, N documents) against a plain weekly GROUP BY baseline."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from tracker.config import parse_config
from tracker.analysis.trends import refresh_views
from tracker.warehouse.database import Warehouse

CLF = "bench-clf@1"
MODELS = 20
COMMUNITIES = ["OpenAI", "ChatGPT", "LocalLLaMA", "singularity", "ClaudeAI", "Bard"]


def load(con: duckdb.DuckDBPyConnection, docs: int) -> tuple[int, float]:
    """Documents, mentions (1 or 2 models each) and labels for a year; returns rows loaded and seconds."""
    start = time.perf_counter()
    con.execute(f"""
        INSERT INTO documents (doc_id, source, kind, community, title, created_at, score, fetched_at, content_hash)
        SELECT 'd' || i,
               CASE WHEN i % 10 = 0 THEN 'blogs' ELSE 'reddit' END,
               CASE WHEN i % 10 = 0 THEN 'article' ELSE 'comment' END,
               list_extract({COMMUNITIES}, 1 + CAST(hash(i, 1) % {len(COMMUNITIES)} AS INTEGER)),
               NULL,
               TIMESTAMPTZ '2026-01-01 00:00:00+00' + to_microseconds(CAST(hash(i, 2) % 31536000000000 AS BIGINT)),
               CASE WHEN i % 10 = 0 THEN NULL ELSE CAST(hash(i, 3) % 200 AS INTEGER) - 5 END,
               TIMESTAMPTZ '2026-11-25 00:00:00+00',
               'h' || i
        FROM range({docs}) t(i)""")
    con.execute(f"""
        INSERT INTO mentions (doc_id, model_id, how, position)
        SELECT 'd' || i, 'model-' || CAST(hash(i, 4) % {MODELS} AS INTEGER), 'explicit', 0 FROM range({docs}) t(i)
        UNION ALL
        SELECT 'd' || i, 'model-' || CAST((hash(i, 4) + 1 + hash(i, 5) % {MODELS - 1}) % {MODELS} AS INTEGER),
               'explicit', 40
        FROM range({docs}) t(i) WHERE i % 5 = 0""")
    con.execute(f"""
        INSERT INTO sentiment (content_hash, classifier, label, p_negative, p_neutral, p_positive, n_chunks, labeled_at)
        SELECT 'h' || i, '{CLF}', ['negative', 'neutral', 'positive'][1 + CAST(hash(i, 6) % 3 AS INTEGER)],
               0.2, 0.3, 0.5, 1, TIMESTAMPTZ '2026-11-25 00:00:00+00'
        FROM range({docs}) t(i)""")
    con.execute("""
        INSERT INTO ingest_runs (run_id, source, started_at, finished_at, status)
        SELECT s || d, s, TIMESTAMPTZ '2026-01-01 06:00:00+00' + to_days(CAST(d AS INTEGER)),
               TIMESTAMPTZ '2026-01-01 07:00:00+00' + to_days(CAST(d AS INTEGER)),
               CASE WHEN d % 29 = 3 THEN 'failed' ELSE 'ok' END
        FROM range(365) t(d), (VALUES ('reddit'), ('blogs')) v(s)""")
    con.execute("""
        INSERT INTO release_events (event_id, model_id, kind, occurred_at, source)
        SELECT 'e' || m || k, 'model-' || m, k, TIMESTAMPTZ '2026-02-01 15:00:00+00' + to_days(CAST(m * 15 + k * 3 AS INTEGER)),
               'curated'
        FROM range(20) a(m), range(2) b(k)""")
    con.execute("CREATE OR REPLACE VIEW release_events_preferred AS "
                "SELECT model_id, CAST(kind AS VARCHAR) AS kind, min(occurred_at) AS occurred_at, any_value(source) AS source "
                "FROM release_events GROUP BY model_id, kind")
    con.execute("UPDATE release_events SET kind = CASE WHEN kind = '0' THEN 'released' ELSE 'announced' END")
    seconds = time.perf_counter() - start
    rows = con.execute("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM mentions) "
                       "+ (SELECT count(*) FROM sentiment)").fetchone()[0]
    return rows, seconds


def best_of(con: duckdb.DuckDBPyConnection, sql: str, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        n = len(con.execute(sql).fetchall())
        times.append(time.perf_counter() - start)
    return min(times), n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", help="folder for the DuckDB file (default: a temp folder)")
    args = parser.parse_args(argv)

    folder = Path(args.dir or tempfile.mkdtemp(prefix="bench-trends-"))
    warehouse = Warehouse(folder / "bench.duckdb")
    warehouse.init()
    cfg = parse_config({"trends": {"export_root": str(folder / "exports")}}, "bench", folder)
    with warehouse.write() as con:
        rows, seconds = load(con, args.docs)
    print(f"bulk load: {rows:,} rows (documents + mentions + sentiment) in {seconds:.2f} s = {rows / seconds:,.0f} rows/s")

    start = time.perf_counter()
    refresh_views(warehouse, cfg, classifier=CLF)
    refresh = time.perf_counter() - start
    print(f"refresh_views (one pass over documents x mentions x labels into daily_sums + bootstrap intervals): "
          f"{refresh:.2f} s")

    # The baseline's rows: the same labelled mentions, as one plain table.
    with warehouse.write() as con:
        con.execute("CREATE OR REPLACE TABLE bench_rows AS SELECT model_id, source, day, score FROM scored_mentions")
    with warehouse.read() as con:
        scored = con.execute("SELECT count(*) FROM bench_rows").fetchone()[0]
        baseline, n_base = best_of(con, "SELECT model_id, source, date_trunc('week', day) AS week, count(*), avg(score) "
                                        "FROM bench_rows GROUP BY ALL", args.repeat)
        join_base, _ = best_of(con, "SELECT model_id, source, date_trunc('week', day) AS week, count(*), avg(score) "
                                    "FROM scored_mentions GROUP BY ALL", args.repeat)
        weekly, n_weekly = best_of(con, "SELECT * FROM weekly_trends WHERE community = '*'", args.repeat)
        weekly_all, n_weekly_all = best_of(con, "SELECT * FROM weekly_trends", args.repeat)
        impact, n_impact = best_of(con, "SELECT * FROM event_impact", args.repeat)
        daily, n_daily = best_of(con, "SELECT * FROM daily_sentiment", args.repeat)
        anomalies, n_anom = best_of(con, "SELECT * FROM anomalies WHERE flagged", args.repeat)
    print(f"scored mentions: {scored:,}; best of {args.repeat}")
    print(f"baseline: weekly GROUP BY over those rows as one plain table: {baseline:.3f} s ({n_base} rows)")
    print(f"the same GROUP BY over the documents x mentions x labels join: {join_base:.3f} s = "
          f"{join_base / baseline:.2f}x baseline (refresh_views: {refresh / baseline:.1f}x)")
    for name, secs, n in (("weekly_trends (all models, community '*')", weekly, n_weekly),
                          ("weekly_trends (all communities)", weekly_all, n_weekly_all),
                          ("event_impact (all events)", impact, n_impact),
                          ("daily_sentiment", daily, n_daily),
                          ("anomalies (flagged)", anomalies, n_anom)):
        print(f"{name}: {secs:.3f} s ({n} rows) = {secs / baseline:.2f}x baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
