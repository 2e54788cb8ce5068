"""perception_market_leadlag: lagged correlation of daily sentiment changes with daily market changes."""

from __future__ import annotations

import math
import statistics

import pytest
from trends_fixtures import (
    CLF,
    LEAD,
    SCORES,
    TARGET_CLF,
    add_doc,
    add_market,
    add_runs,
    build_leadlag,
    config,
    day,
    fallback_events_view,
    probability,
)

from tracker.analysis.trends import refresh_views


@pytest.fixture
def leadlag(warehouse, tmp_path):
    with warehouse.write() as con:
        build_leadlag(con)
    refresh_views(warehouse, config(tmp_path), classifier=CLF, target_classifier=TARGET_CLF)
    return warehouse


def rows(warehouse, sql):
    with warehouse.read() as con:
        return con.execute(sql).fetchall()


def expected(lag: int) -> tuple[int, float | None, float | None, float | None]:
    """The pairs and their Pearson r and Fisher-z 95% interval, computed independently in Python."""
    d_sentiment = {i: SCORES[i] - SCORES[i - 1] for i in range(1, len(SCORES))}
    d_market = {i: probability(i) - probability(i - 1) for i in range(LEAD + 1, len(SCORES) + LEAD)}
    pairs = [(d_sentiment[i], d_market[i + lag]) for i in sorted(d_sentiment) if i + lag in d_market]
    n = len(pairs)
    if n < 10:
        return n, None, None, None
    r = min(1.0, statistics.correlation([x for x, _ in pairs], [y for _, y in pairs]))
    z, half = (math.atanh(r) if r < 1 else math.inf), 1.96 / math.sqrt(n - 3)
    return n, r, math.tanh(z - half), math.tanh(z + half)


def test_sentiment_leading_by_two_days_peaks_at_lag_two(leadlag):
    got = rows(leadlag, "SELECT lag_days, n_days, correlation, ci_low, ci_high FROM perception_market_leadlag "
                        "WHERE market_id = 'polymarket:gpt-5-5' ORDER BY lag_days")
    assert [r[0] for r in got] == list(range(-7, 8))
    # 19 sentiment changes (days 1..19), 19 market changes (days 3..21): 19 - |lag - 2| pairs.
    assert [r[1] for r in got] == [19 - abs(lag - LEAD) for lag in range(-7, 8)]
    for lag, n_days, correlation, ci_low, ci_high in got:
        want = expected(lag)
        assert (n_days, correlation, ci_low, ci_high) == (
            want[0], *(pytest.approx(v, abs=1e-6) for v in want[1:]))
    strongest = max(got, key=lambda r: abs(r[2]))
    assert strongest[0] == LEAD and strongest[2] == pytest.approx(1.0, abs=1e-6)
    assert strongest[3] == pytest.approx(1.0, abs=1e-6) and strongest[4] == pytest.approx(1.0, abs=1e-6)
    # Elsewhere the interval is a real interval around r.
    lag0 = got[7]
    assert lag0[0] == 0 and -1 < lag0[3] < lag0[2] < lag0[4] < 1


def test_too_short_an_overlap_gives_null_correlation(leadlag):
    got = rows(leadlag, "SELECT lag_days, n_days, correlation, ci_low, ci_high FROM perception_market_leadlag "
                        "WHERE market_id = 'manifold:gpt-5-5' ORDER BY lag_days")
    # Market changes on days 4, 5, 6; sentiment changes on days 1..19.
    assert got == [(lag, sum(1 for m in (4, 5, 6) if 1 <= m - lag <= 19), None, None, None)
                   for lag in range(-7, 8)]
    assert [r[1] for r in got] == [3] * 11 + [2, 1, 0, 0]


def test_a_gap_in_the_market_breaks_the_series_instead_of_bridging_it(warehouse, tmp_path):
    with warehouse.write() as con:
        fallback_events_view(con)
        add_runs(con, "reddit", [day(i) for i in range(5)])
        for i in range(5):
            add_doc(con, f"d{i}", f"{day(i)}T12:00:00", "positive", [("gpt-5.5", "explicit", 0)])
        add_market(con, "polymarket:gap", "gpt-5.5", "?", [(f"{day(i)}T12:00:00", 0.5) for i in (0, 1, 3, 4)])
    refresh_views(warehouse, config(tmp_path), classifier=CLF, target_classifier=TARGET_CLF)
    # market changes on days 1 and 4 only (day 2 has no price), sentiment changes on days 1..4
    assert rows(warehouse, "SELECT n_days FROM perception_market_leadlag WHERE lag_days = 0") == [(2,)]


def test_the_readme_queries(leadlag):
    """The cookbook's strongest-lag query, and the perception_vs_market sum that counts each model-day once."""
    strongest = rows(leadlag, """
        SELECT model_id, market_id, lag_days, n_days, correlation, ci_low, ci_high
        FROM perception_market_leadlag
        WHERE correlation IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY model_id, market_id
                                   ORDER BY abs(correlation) DESC, abs(lag_days), lag_days) = 1
        ORDER BY model_id, market_id""")
    assert strongest == [("gpt-5.5", "polymarket:gpt-5-5", 2, 19, 1.0, 1.0, 1.0)]
    # Two markets are linked to the model: summed over all rows each document would count twice.
    assert rows(leadlag, "SELECT sum(n_docs) FROM perception_vs_market") == [(2 * len(SCORES),)]
    assert rows(leadlag, "SELECT model_id, sum(n_docs) AS n_docs FROM "
                         "(SELECT DISTINCT model_id, day, n_docs FROM perception_vs_market) GROUP BY model_id") == [
        ("gpt-5.5", len(SCORES))]
