"""Trend views on a hand-built warehouse: exact rows, missing days as NULL, the configured classifier only."""

from __future__ import annotations

import math
from datetime import date

import pytest
from trends_fixtures import (
    CLF,
    TARGET_CLF,
    add_comparison,
    PROBS,
    add_doc,
    add_passage,
    add_event,
    add_runs,
    build_week,
    config,
    fallback_events_view,
)

from tracker.analysis.trends import (
    bootstrap_difference,
    current_alerts,
    last_complete_week,
    parse_week,
    refresh_views,
    weeks_since,
)

W10 = math.log(10)  # weight of a post with 9 upvotes
W4 = math.log(4)


@pytest.fixture
def story(warehouse, tmp_path):
    cfg = config(tmp_path)
    with warehouse.write() as con:
        build_week(con)
    refresh_views(warehouse, cfg, classifier=CLF, target_classifier=TARGET_CLF)
    return warehouse, cfg


def rows(warehouse, sql, params=()):
    with warehouse.read() as con:
        return con.execute(sql, list(params)).fetchall()


def approx_rows(expected):
    return [tuple(pytest.approx(v) if isinstance(v, float) else v for v in row) for row in expected]


def test_daily_sentiment_all_communities(story):
    warehouse, _ = story
    got = rows(warehouse, "SELECT day, coverage_status, n_docs, mean_score, share_positive, share_neutral, "
                          "share_negative, weighted_mean_score FROM daily_sentiment WHERE model_id = 'gpt-5.5' "
                          "AND source = 'reddit' AND community = '*' AND day >= '2026-04-19' ORDER BY day")
    assert got == approx_rows([
        (date(2026, 4, 19), "no_run", None, None, None, None, None, None),
        (date(2026, 4, 20), "ok", 3, -0.1 / 3, 1 / 3, 1 / 3, 1 / 3, 0.6 * W10 / (W10 + W4)),
        (date(2026, 4, 21), "ok", 0, None, None, None, None, None),       # ran, nothing said: zero
        (date(2026, 4, 22), "failed", None, None, None, None, None, None),  # failed: missing, not zero
        (date(2026, 4, 23), "ok", 0, None, None, None, None, None),
        # 23:30 at -05:00 is the 24th in UTC; documents prove the day even without a run that day.
        (date(2026, 4, 24), "no_run", 1, -0.7, 0.0, 0.0, 1.0, -0.7),
    ])


def test_daily_sentiment_per_community_and_unvoted_blogs(story):
    warehouse, _ = story
    got = rows(warehouse, "SELECT source, community, n_docs, mean_score, share_negative, weighted_mean_score "
                          "FROM daily_sentiment WHERE model_id = 'gpt-5.5' AND day IN ('2026-04-20', '2026-04-21') "
                          "AND community <> '*' AND n_docs > 0 ORDER BY source, community, day")
    assert got == approx_rows([
        ("blogs", "Every", 1, 0.75, 0.0, None),  # no votes: no weighted mean
        ("reddit", "ChatGPT", 1, 0.0, 0.0, 0.0),
        ("reddit", "OpenAI", 2, -0.05, 0.5, 0.6),  # the 0-upvote post weighs nothing
    ])


def test_other_classifier_versions_and_unlabelled_texts_are_left_out(story):
    warehouse, _ = story
    assert rows(warehouse, "SELECT DISTINCT doc_id FROM scored_mentions ORDER BY doc_id") == [
        ("b1",), ("r0",), ("r1",), ("r2",), ("r3",), ("r4",)]
    assert rows(warehouse, "SELECT key, value FROM view_settings ORDER BY key") == [
        ("anomaly_min_baseline_days", "7"), ("anomaly_z", "3.0"), ("classifier", CLF), ("min_event_n", "2"),
        ("target_classifier", TARGET_CLF)]


def test_coverage_per_source_and_day(story):
    warehouse, _ = story
    assert rows(warehouse, "SELECT source, day, ran, succeeded, status, n_runs FROM coverage "
                           "WHERE source = 'reddit' ORDER BY day") == [
        ("reddit", date(2026, 4, 20), True, True, "ok", 1),
        ("reddit", date(2026, 4, 21), True, True, "ok", 1),
        ("reddit", date(2026, 4, 22), True, False, "failed", 1),
        ("reddit", date(2026, 4, 23), True, True, "ok", 1),
    ]


def test_a_good_run_after_a_failed_one_covers_the_day(warehouse, tmp_path):
    with warehouse.write() as con:
        fallback_events_view(con)
        con.execute("INSERT INTO ingest_runs (run_id, source, started_at, status) VALUES "
                    "('a', 'reddit', '2026-04-22 01:00:00+00', 'failed'), ('b', 'reddit', '2026-04-22 09:00:00+00', 'ok')")
    refresh_views(warehouse, config(tmp_path), classifier=CLF, target_classifier=TARGET_CLF)
    assert rows(warehouse, "SELECT day, status, ok_runs, failed_runs FROM coverage") == [
        (date(2026, 4, 22), "ok", 1, 1)]


def test_weekly_trends_with_week_over_week_change(story):
    warehouse, _ = story
    got = rows(warehouse, "SELECT source, week, week_start, coverage_status, n_docs, days_observed, days_missing, "
                          "mean_score, share_positive, share_negative, n_docs_change, mean_score_change "
                          "FROM weekly_trends WHERE model_id = 'gpt-5.5' AND community = '*' ORDER BY source, week")
    assert got == approx_rows([
        ("blogs", "2026-W16", date(2026, 4, 13), "missing", None, 0, 6, None, None, None, None, None),
        ("blogs", "2026-W17", date(2026, 4, 20), "partial", 1, 4, 1, 0.75, 1.0, 0.0, None, None),
        ("reddit", "2026-W16", date(2026, 4, 13), "partial", 1, 1, 5, 0.6, 1.0, 0.0, None, None),
        ("reddit", "2026-W17", date(2026, 4, 20), "partial", 4, 4, 1, -0.2, 0.25, 0.5, 3, -0.8),
    ])


def test_event_windows_cover_minus_14_to_plus_14(story):
    warehouse, _ = story
    got = rows(warehouse, "SELECT day_offset, day, coverage_status, n_docs, mean_score FROM event_windows "
                          "WHERE source = 'reddit' ORDER BY day_offset")
    assert len(got) == 29 and got[0][0] == -14 and got[-1][0] == 14
    # the curated time (the 23rd) wins over the official feed's (the 24th)
    assert got[11:16] == approx_rows([
        (-3, date(2026, 4, 20), "ok", 3, -0.1 / 3),
        (-2, date(2026, 4, 21), "ok", 0, None),
        (-1, date(2026, 4, 22), "failed", None, None),
        (0, date(2026, 4, 23), "ok", 0, None),
        (1, date(2026, 4, 24), "no_run", 1, -0.7),
    ])
    assert got[16] == (2, date(2026, 4, 25), "no_run", None, None)


@pytest.fixture
def retirement(warehouse, tmp_path):
    """GPT-5.1 retired 2026-03-10 15:00 UTC; reddit ran every day 03-01..03-19."""
    cfg = config(tmp_path)
    labels = {"2026-03-07": ["negative", "neutral"], "2026-03-08": ["negative"], "2026-03-09": ["positive", "negative"],
              "2026-03-10": ["positive", "positive", "neutral"], "2026-03-11": ["negative"],
              "2026-03-12": ["positive", "neutral"]}
    with warehouse.write() as con:
        fallback_events_view(con)
        add_runs(con, "reddit", [f"2026-03-{d:02d}" for d in range(1, 20)])
        n = 0
        for day, day_labels in labels.items():
            for label in day_labels:
                n += 1
                add_doc(con, f"e{n}", f"{day}T12:00:00", label, [("gpt-5.1", "explicit", 0)])
        add_doc(con, "lone", "2026-03-09T12:00:00", "positive", [("gpt-5.4", "explicit", 0)])
        add_event(con, "gpt-5.1", "retired", "2026-03-10T15:00:00")
        add_event(con, "gpt-5.4", "released", "2026-03-10T15:00:00")
    refresh_views(warehouse, cfg, classifier=CLF, target_classifier=TARGET_CLF)
    return warehouse, cfg


def test_event_impact_exact_with_bootstrap_interval(retirement):
    warehouse, _ = retirement
    got = rows(warehouse, "SELECT model_id, kind, source, n_before, days_before, days_missing_before, mean_before, "
                          "n_after, days_after, days_missing_after, mean_after, difference, ci_low, ci_high, status "
                          "FROM event_impact ORDER BY model_id")
    assert got == approx_rows([
        # before: -0.7, 0 | -0.7 | 0.6, -0.7 -> -1.5 / 5; after: 0.6, 0.6, 0 | -0.7 | 0.6, 0 -> 1.1 / 6.
        # Offsets -14..-10 (02-24..02-28) lie before the first run, 10..13 (03-20..03-23) after the last: missing.
        ("gpt-5.1", "retired", "reddit", 5, 3, 5, -0.3, 6, 3, 4, 1.1 / 6, 1.1 / 6 + 0.3,
         -0.281125, 0.88375, "ok"),
        # one document before, none after: stated as insufficient, no interval
        ("gpt-5.4", "released", "reddit", 1, 1, 5, 0.6, 0, 0, 4, None, None, None, None, "insufficient data"),
    ])


def test_bootstrap_interval_is_exact_when_days_agree():
    # every day on a side has the same mean, so every resample gives the same difference
    low, high = bootstrap_difference([(2, -1.0), (4, -2.0)], [(1, 0.25), (3, 0.75)], samples=500, seed=[1, 2])
    assert (low, high) == pytest.approx((0.75, 0.75))


def test_bootstrap_is_reproducible_and_seeded():
    before, after = [(2, -0.7), (1, -0.7), (2, -0.1)], [(3, 1.2), (1, -0.7), (2, 0.6)]
    first = bootstrap_difference(before, after, samples=200, seed=[20260423, 7])
    assert first == bootstrap_difference(before, after, samples=200, seed=[20260423, 7])
    assert first != bootstrap_difference(before, after, samples=200, seed=[1, 7])


def test_refresh_is_idempotent(retirement):
    warehouse, cfg = retirement
    query = "SELECT * FROM event_impact ORDER BY model_id"
    before = rows(warehouse, query)
    refresh_views(warehouse, cfg, classifier=CLF, target_classifier=TARGET_CLF)
    assert rows(warehouse, query) == before
    assert rows(warehouse, "SELECT count(*) FROM event_impact_intervals") == [(1,)]


def test_perception_vs_market_takes_the_days_last_price(story):
    warehouse, _ = story
    got = rows(warehouse, "SELECT day, n_docs, mean_score, sources_missing, market_id, probability "
                          "FROM perception_vs_market WHERE model_id = 'gpt-5.5' AND day >= '2026-04-20' ORDER BY day")
    market = "polymarket:gpt-5-5-by-june-30"
    assert got == approx_rows([
        (date(2026, 4, 20), 3, -0.1 / 3, None, market, 0.969),
        (date(2026, 4, 21), 1, 0.75, None, market, None),
        (date(2026, 4, 22), 0, None, "reddit", market, 0.97),  # blogs said nothing, reddit failed
        (date(2026, 4, 23), 0, None, None, market, None),
        (date(2026, 4, 24), 1, -0.7, "blogs", market, None),
    ])


def test_comparisons_head_to_head_from_each_models_own_score(warehouse, tmp_path):
    pos, neg, neu = PROBS["positive"], PROBS["negative"], PROBS["neutral"]
    with warehouse.write() as con:
        fallback_events_view(con)

        def doc(doc_id, created, scores, pairs):
            add_doc(con, doc_id, created, "neutral", [])  # whole text neutral: the verdicts are per model
            for model_id, how, probs in scores:
                add_passage(con, doc_id, model_id, how, probs)
            for a, b, cue in pairs:
                add_comparison(con, doc_id, a, b, cue)

        # "5.5 is underwhelming compared to 5.4": 5.5 negative, the yardstick 5.4 positive -> 5.4 preferred
        doc("c1", "2026-04-24T10:00:00", [("gpt-5.5", "comparison", neg), ("gpt-5.4", "comparison", pos)],
            [("gpt-5.5", "gpt-5.4", "compared")])
        # "5.5 codes far better than 5.4"
        doc("c2", "2026-04-24T11:00:00", [("gpt-5.5", "comparison", pos), ("gpt-5.4", "comparison", neg)],
            [("gpt-5.5", "gpt-5.4", "than")])
        # "5.4 vs 5.5, same thing": a tie
        doc("c3", "2026-04-25T10:00:00", [("gpt-5.4", "comparison", neu), ("gpt-5.5", "comparison", neu)],
            [("gpt-5.4", "gpt-5.5", "vs")])
        # named together without a comparison word: not a comparison
        doc("c4", "2026-04-25T10:00:00", [("gpt-5.5", "explicit", pos), ("gpt-5.4", "explicit", neg)],
            [("gpt-5.5", "gpt-5.4", "co_mention")])
        # "Underwhelming compared to 5.4" under a GPT-5.5 thread: the subject against its yardstick
        doc("c5", "2026-04-24T12:00:00", [("gpt-5.5", "thread_subject", neg), ("gpt-5.4", "comparison", pos)], [])
        # a week later, "5.1 was better than 5.4"
        doc("c6", "2026-05-01T12:00:00", [("gpt-5.1", "comparison", pos), ("gpt-5.4", "comparison", neg)],
            [("gpt-5.1", "gpt-5.4", "than")])
    refresh_views(warehouse, config(tmp_path), classifier=CLF, target_classifier=TARGET_CLF)
    assert rows(warehouse, "SELECT doc_id, model_a, model_b, cue, prefers FROM comparison_texts ORDER BY doc_id") == [
        ("c1", "gpt-5.5", "gpt-5.4", "compared", "gpt-5.4"),
        ("c2", "gpt-5.5", "gpt-5.4", "than", "gpt-5.5"),
        ("c3", "gpt-5.4", "gpt-5.5", "vs", "tie"),
        ("c5", "gpt-5.5", "gpt-5.4", "thread_subject", "gpt-5.4"),
        ("c6", "gpt-5.1", "gpt-5.4", "than", "gpt-5.1"),
    ]
    assert rows(warehouse, "SELECT week, week_start, source, model_a, model_b, n_texts, a_preferred, b_preferred, "
                           "ties, share_a_preferred FROM comparisons ORDER BY week, model_a, model_b") == [
        ("2026-W17", date(2026, 4, 20), "reddit", "gpt-5.4", "gpt-5.5", 4, 2, 1, 1, pytest.approx(2 / 3)),
        ("2026-W18", date(2026, 4, 27), "reddit", "gpt-5.1", "gpt-5.4", 1, 1, 0, 0, 1.0),
    ]


def test_scored_mentions_use_the_per_mention_score_weighted_by_passage_length(warehouse, tmp_path):
    with warehouse.write() as con:
        fallback_events_view(con)
        # A whole text labelled negative that is positive about gpt-5.5 in a long passage, negative in a short one.
        add_doc(con, "a1", "2026-04-24T10:00:00", "negative", [], source="blogs", community="Every", upvotes=None)
        add_passage(con, "a1", "gpt-5.5", "explicit", (0.1, 0.1, 0.8), weight=300.0)
        add_passage(con, "a1", "gpt-5.5", "thread_subject", (0.7, 0.2, 0.1), weight=100.0)
        add_passage(con, "a1", "gpt-5.4", "comparison", (0.6, 0.3, 0.1), weight=50.0)
        # scores of another target scorer version are not read
        add_passage(con, "a1", "gpt-5.1", "explicit", (0.0, 0.0, 1.0), classifier="other@1")
    refresh_views(warehouse, config(tmp_path), classifier=CLF, target_classifier=TARGET_CLF)
    got = rows(warehouse, "SELECT model_id, how, n_passages, label, score, doc_label, doc_score "
                          "FROM scored_mentions ORDER BY model_id")
    assert got == approx_rows([
        ("gpt-5.4", "comparison", 1, "negative", -0.5, "negative", -0.7),
        ("gpt-5.5", "explicit", 2, "positive", (300 * 0.7 + 100 * -0.6) / 400, "negative", -0.7),
    ])


def test_a_sarcastic_passage_counts_with_negative_and_positive_swapped(warehouse, tmp_path):
    with warehouse.write() as con:
        fallback_events_view(con)
        # "Wow, 5.5 is sooo much better. /s" reads as praise (0.1, 0.2, 0.7); the tag says it is the opposite.
        add_doc(con, "s1", "2026-04-24T10:00:00", "positive", [])
        add_passage(con, "s1", "gpt-5.5", "explicit", (0.1, 0.2, 0.7), weight=30.0, sarcastic=True)
        add_passage(con, "s1", "gpt-5.5", "explicit", (0.2, 0.5, 0.3), weight=10.0)
        add_doc(con, "s2", "2026-04-24T11:00:00", "positive", [])
        add_passage(con, "s2", "gpt-5.4", "comparison", (0.1, 0.2, 0.7), weight=30.0)
    refresh_views(warehouse, config(tmp_path), classifier=CLF, target_classifier=TARGET_CLF)
    got = rows(warehouse, "SELECT doc_id, model_id, label, p_negative, p_neutral, p_positive, score "
                          "FROM scored_mentions ORDER BY doc_id")
    assert got == approx_rows([
        ("s1", "gpt-5.5", "negative", (30 * 0.7 + 10 * 0.2) / 40, (30 * 0.2 + 10 * 0.5) / 40,
         (30 * 0.1 + 10 * 0.3) / 40, (30 * -0.6 + 10 * 0.1) / 40),
        ("s2", "gpt-5.4", "positive", 0.1, 0.2, 0.7, 0.6),  # not flagged: read as it is
    ])


@pytest.fixture
def spike(warehouse, tmp_path):
    """14 quiet days of 1 or 2 neutral posts, then 10 negative ones on 2026-04-23."""
    cfg = config(tmp_path)
    with warehouse.write() as con:
        fallback_events_view(con)
        days = [date(2026, 4, d) for d in range(9, 24)]
        add_runs(con, "reddit", [d.isoformat() for d in days])
        n = 0
        for i, day in enumerate(days[:-1]):
            for _ in range(1 + i % 2):
                n += 1
                add_doc(con, f"q{n}", f"{day}T12:00:00", "neutral", [("gpt-5.5", "explicit", 0)])
        for k in range(10):
            add_doc(con, f"s{k}", "2026-04-23T12:00:00", "negative", [("gpt-5.5", "explicit", 0)])
    refresh_views(warehouse, cfg, classifier=CLF, target_classifier=TARGET_CLF)
    return warehouse, cfg


def test_anomalies_flag_a_volume_spike_against_the_trailing_baseline(spike):
    warehouse, _ = spike
    got = rows(warehouse, "SELECT day, n_docs, baseline_days, baseline_n_docs, z_volume, z_score, flagged, flag_reason "
                          "FROM anomalies WHERE flagged OR day = '2026-04-22' ORDER BY day")
    # Both baselines' spreads (0.52 documents) are below the floor of one document, so z = difference / 1.
    assert got == approx_rows([
        (date(2026, 4, 22), 2, 13, 19 / 13, 2 - 19 / 13, None, False, None),
        # the baseline's mean score is constant (all neutral), so its spread is 0 and z_score is undefined
        (date(2026, 4, 23), 10, 14, 1.5, 8.5, None, True, "volume"),
    ])


def test_current_alerts(spike):
    warehouse, cfg = spike
    alerts = current_alerts(warehouse, cfg)
    assert [(a["day"], a["model_id"], a["source"], a["flag_reason"], a["n_docs"]) for a in alerts] == [
        (date(2026, 4, 23), "gpt-5.5", "reddit", "volume", 10)]
    assert current_alerts(warehouse, cfg, today=date(2026, 4, 30), days=7) == []


def test_week_helpers():
    assert parse_week("2026-W17") == date(2026, 4, 20)
    assert last_complete_week(date(2026, 11, 25)) == "2026-W47"
    assert last_complete_week(date(2026, 4, 26)) == "2026-W16"  # Sunday: its week is not over
    assert last_complete_week(date(2026, 4, 27)) == "2026-W17"
    assert weeks_since(date(2026, 4, 15), date(2026, 5, 6)) == ["2026-W16", "2026-W17", "2026-W18"]
    for bad in ("2026-17", "2026-W54", "../2026-W17", ""):
        with pytest.raises(ValueError):
            parse_week(bad)
