"""Same input, same output: every table and view of a refresh is a function of the data alone.

DuckDB adds floats on several threads in whatever order they finish, so a plain float sum can change in its
last bits between two runs on the same rows. These tests refresh a warehouse with enough rows to be split
across threads (threads forced above 1) and compare the full ordered content of every table and view.
"""

from __future__ import annotations

from datetime import date

import pytest
from trends_fixtures import CLF, TARGET_CLF, config

from tracker.analysis.trends import refresh_views
from tracker.warehouse.database import Warehouse

THREADS = 8
FIRST_DAY = date(2026, 1, 1)
DAYS = 90
DOCS = 8_000

# Rows are derived from hash(i): the same on every machine, no random state. Probabilities have many digits
# (not round tenths) so float sums would show any change in the order they are added.
SYNTHETIC_DATA = f"""
CREATE OR REPLACE TEMP MACRO hv(a, b) AS CAST(hash(a, b) % 2147483647 AS BIGINT);

INSERT INTO ingest_runs (run_id, source, started_at, finished_at, status)
SELECT src || '-' || d, src, TIMESTAMPTZ '{FIRST_DAY}T06:00:00Z' + d * INTERVAL 1 DAY,
       TIMESTAMPTZ '{FIRST_DAY}T06:05:00Z' + d * INTERVAL 1 DAY,
       CASE WHEN hv(src, d) % 11 = 0 THEN 'failed' WHEN hv(src, d) % 13 = 0 THEN 'partial' ELSE 'ok' END
FROM range({DAYS}) t(d), (VALUES ('reddit'), ('blogs')) s(src)
WHERE hv(src, d) % 17 <> 0;

INSERT INTO documents (doc_id, source, kind, community, title, body, created_at, score, fetched_at, content_hash)
SELECT 'doc' || i,
       CASE WHEN i % 7 = 0 THEN 'blogs' ELSE 'reddit' END,
       CASE WHEN i % 7 = 0 THEN 'article' ELSE 'comment' END,
       CASE WHEN i % 7 = 0 THEN 'blog' || (i % 3) ELSE ['OpenAI', 'ChatGPT', 'LocalLLaMA', 'singularity'][1 + i % 4] END,
       't' || i, NULL,
       TIMESTAMPTZ '{FIRST_DAY}T00:00:00Z' + (hv(i, 'at') % ({DAYS} * 86400)) * INTERVAL 1 SECOND,
       CASE WHEN i % 7 = 0 THEN NULL ELSE CAST(hv(i, 'up') % 500 AS INTEGER) - 20 END,
       TIMESTAMPTZ '2026-06-01T00:00:00Z',
       'h' || i
FROM range({DOCS}) t(i);

INSERT INTO mentions (doc_id, model_id, how, position)
SELECT 'doc' || i, ['gpt-5.5', 'gpt-5.4', 'gpt-5.1', 'claude-opus'][1 + hv(i, 'm') % 4], 'explicit', 0
FROM range({DOCS}) t(i)
UNION ALL
SELECT 'doc' || i, 'gpt-5.5', 'explicit', 40
FROM range({DOCS}) t(i) WHERE i % 5 = 0 AND hv(i, 'm') % 4 <> 0;

INSERT INTO mention_pairs
SELECT 'doc' || i, 'gpt-5.5', ['gpt-5.4', 'gpt-5.1', 'claude-opus'][hv(i, 'm') % 4], 0, 40,
       ['than', 'vs', 'co_mention'][1 + i % 3]
FROM range({DOCS}) t(i) WHERE i % 5 = 0 AND hv(i, 'm') % 4 <> 0;

INSERT INTO sentiment
SELECT 'h' || i, '{CLF}',
       CASE WHEN i % 101 = 0 THEN NULL
            ELSE ['negative', 'neutral', 'positive'][1 + CAST(hv(i, 'l') % 3 AS INTEGER)] END,
       p_neg / total, p_neu / total, p_pos / total, 1,
       CASE WHEN i % 101 = 0 THEN 'empty' END, TIMESTAMPTZ '2026-06-01T00:00:00Z'
FROM (SELECT i, (1 + hv(i, 'a') % 999983) / 999983.0 AS p_neg, (1 + hv(i, 'b') % 999979) / 999979.0 AS p_neu,
             (1 + hv(i, 'c') % 999961) / 999961.0 AS p_pos FROM range({DOCS}) t(i))
CROSS JOIN LATERAL (SELECT p_neg + p_neu + p_pos AS total);

-- One scored passage per mention (what every perception view reads), weights of many digits.
INSERT INTO mention_passages
SELECT doc_id, model_id, 0, how, 'in-' || doc_id || '-' || model_id, 20 + hv(doc_id, model_id) % 977,
       'text of ' || doc_id, 0, 1, NULL, TIMESTAMPTZ '2026-06-01T00:00:00Z', hv(doc_id, 'sarcasm') % 53 = 0
FROM mentions;
INSERT INTO mention_sentiment (input_hash, model_id, classifier, label, p_negative, p_neutral, p_positive, scored_at)
SELECT 'in-' || m.doc_id || '-' || m.model_id, m.model_id, '{TARGET_CLF}',
       ['negative', 'neutral', 'positive'][1 + CAST(hv(m.doc_id, m.model_id) % 3 AS INTEGER)],
       p_neg / total, p_neu / total, p_pos / total, TIMESTAMPTZ '2026-06-01T00:00:00Z'
FROM (SELECT doc_id, model_id, (1 + hv(doc_id || model_id, 'a') % 999983) / 999983.0 AS p_neg,
             (1 + hv(doc_id || model_id, 'b') % 999979) / 999979.0 AS p_neu,
             (1 + hv(doc_id || model_id, 'c') % 999961) / 999961.0 AS p_pos FROM mentions) m
CROSS JOIN LATERAL (SELECT p_neg + p_neu + p_pos AS total)
WHERE hv(m.doc_id, 'skip') % 101 <> 0;
INSERT INTO release_events (event_id, model_id, kind, occurred_at, source, url, note) VALUES
    ('curated:gpt-5.5:released', 'gpt-5.5', 'released', TIMESTAMPTZ '2026-02-10T17:00:00Z', 'curated', NULL, NULL),
    ('official_feed:gpt-5.5:released', 'gpt-5.5', 'released', TIMESTAMPTZ '2026-02-11T09:00:00Z', 'official_feed',
     NULL, NULL),
    ('curated:gpt-5.4:released', 'gpt-5.4', 'released', TIMESTAMPTZ '2026-03-05T16:00:00Z', 'curated', NULL, NULL),
    ('curated:gpt-5.1:retired', 'gpt-5.1', 'retired', TIMESTAMPTZ '2026-03-20T15:00:00Z', 'curated', NULL, NULL),
    ('curated:claude-opus:released', 'claude-opus', 'released', TIMESTAMPTZ '2026-04-01T18:00:00Z', 'curated',
     NULL, NULL);

INSERT INTO markets (market_id, platform, question, outcome, status, model_id, event_kind, fetched_at)
VALUES ('polymarket:gpt-5-5', 'polymarket', 'GPT-5.5 released by March 31?', 'Yes', 'open', 'gpt-5.5', 'release',
        TIMESTAMPTZ '2026-06-01T00:00:00Z'),
       ('manifold:gpt-5-4', 'manifold', 'GPT-5.4 this spring?', 'Yes', 'open', 'gpt-5.4', 'release',
        TIMESTAMPTZ '2026-06-01T00:00:00Z');

INSERT INTO market_prices
SELECT m, TIMESTAMPTZ '{FIRST_DAY}T00:00:00Z' + h * INTERVAL 1 HOUR, (hv(m, h) % 1000) / 1000.0, NULL, 'history'
FROM range({DAYS} * 24) t(h), (VALUES ('polymarket:gpt-5-5'), ('manifold:gpt-5-4')) s(m);
"""


def build(path, threads: int = THREADS) -> Warehouse:
    warehouse = Warehouse(path, threads=threads)
    warehouse.init()
    with warehouse.write() as con:
        con.execute(SYNTHETIC_DATA)
    return warehouse


# When a database was created is no part of its data.
RUN_TIME_COLUMNS = {"schema_migrations": ["applied_at"]}


def snapshot(warehouse: Warehouse) -> dict[str, list[tuple]]:
    """Every table's and view's full content (run-time columns left out), rows in a fixed order."""
    with warehouse.read() as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
        ).fetchall()]
        out = {}
        for name in names:
            exclude = RUN_TIME_COLUMNS.get(name)
            columns = f"* EXCLUDE ({', '.join(exclude)})" if exclude else "*"
            out[name] = con.execute(f'SELECT {columns} FROM "{name}" ORDER BY ALL').fetchall()
        return out


def assert_same(got: dict[str, list[tuple]], want: dict[str, list[tuple]], what: str) -> None:
    assert sorted(got) == sorted(want)
    for name in want:
        if got[name] != want[name]:
            first = next((i for i, (a, b) in enumerate(zip(got[name], want[name])) if a != b), None)
            detail = f"row {first}: {got[name][first]!r} != {want[name][first]!r}" if first is not None else "row count"
            pytest.fail(f"{what}: {name} differs ({detail})")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("determinism")
    warehouse = build(folder / "first.duckdb")
    cfg = config(folder)
    refresh_views(warehouse, cfg, classifier=CLF, target_classifier=TARGET_CLF)
    return warehouse, cfg, snapshot(warehouse)


def test_the_synthetic_warehouse_exercises_every_view(refreshed):
    _, _, first = refreshed
    assert len(first["daily_sums"]) == 4 * (5 + 4) * DAYS  # 4 models x (4 subreddits + 3 blogs + 2 "*") x days
    with_interval = [r for r in first["event_impact"] if r[-1] == "ok"]
    assert len(with_interval) >= 4 and all(r[-3] is not None for r in with_interval)
    assert any(r[-2] for r in first["anomalies"])  # something is flagged
    assert any(r[-2] is not None for r in first["perception_vs_market"])  # prices beside sentiment
    assert any(r[4] is not None for r in first["perception_market_leadlag"])  # correlations, not only NULLs
    assert first["comparisons"]


def test_twenty_refreshes_give_bit_identical_tables_and_views(refreshed):
    warehouse, cfg, first = refreshed
    with warehouse.read() as con:  # the refresh really ran on several threads
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == THREADS
    for attempt in range(20):
        refresh_views(warehouse, cfg, classifier=CLF, target_classifier=TARGET_CLF)
        assert_same(snapshot(warehouse), first, f"refresh {attempt + 2}")


def test_a_fresh_database_from_the_same_data_refreshes_to_the_same_bits(refreshed, tmp_path):
    _, cfg, first = refreshed
    other = build(tmp_path / "second.duckdb", threads=3)
    refresh_views(other, cfg, classifier=CLF, target_classifier=TARGET_CLF)
    assert_same(snapshot(other), first, "second database")


def test_daily_sums_are_exact_decimal_sums(refreshed):
    warehouse, _, _ = refreshed
    with warehouse.read() as con:
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'daily_sums'").fetchall())
        # the '*' row of a day is the exact sum of its communities' rows
        mismatched = con.execute("""
            SELECT count(*) FROM daily_sums a
            JOIN (SELECT model_id, source, day, sum(score_sum) AS s, sum(weighted_score_sum) AS w
                  FROM daily_sums WHERE community <> '*' GROUP BY ALL) b USING (model_id, source, day)
            WHERE a.community = '*' AND (a.score_sum <> b.s OR a.weighted_score_sum <> b.w)""").fetchone()[0]
    assert {types[c] for c in ("score_sum", "weight_sum", "weighted_score_sum")} == {"DECIMAL(38,12)"}
    assert mismatched == 0

