"""Acceptance: the demo's story read from the per-mention scores, on a warehouse built by the whole pipeline
(every stage, as `tracker demo --no-prefect` runs it) from the bundled sample replayed on 127.0.0.1: a copy of the
session's shared demo build (conftest.py `demo_build`)."""

from __future__ import annotations

import pytest

from tracker.warehouse.database import Warehouse


@pytest.fixture(scope="module")
def demo_run(demo_build, tmp_path_factory):
    folder = demo_build.copy(tmp_path_factory.mktemp("demo") / "demo")
    cfg, env = demo_build.config(folder)
    assert "label ok" in demo_build.output  # run_demo's recap line: every stage's status
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        yield Warehouse(cfg.warehouse_path), cfg


@pytest.fixture
def demo(demo_run):
    return demo_run[0]


def q(warehouse, sql, params=()):
    with warehouse.read() as con:
        return con.execute(sql, list(params)).fetchall()


def weekly(warehouse, model_id):
    return dict(q(warehouse, "SELECT week, mean_score FROM weekly_trends WHERE model_id = ? AND source = 'reddit' "
                             "AND community = '*' AND n_docs > 0", [model_id]))


def test_yardstick_comments_no_longer_count_against_gpt_5_4(demo):
    assert weekly(demo, "gpt-5.4")["2026-W17"] >= 0
    # ... while the whole-text labels of the same mentions are negative: the change is the attribution's doing
    (doc_mean,) = q(demo, "SELECT avg(doc_score) FROM scored_mentions WHERE model_id = 'gpt-5.4' AND source = 'reddit' "
                          "AND strftime(day, '%G-W%V') = '2026-W17' AND how = 'comparison'")[0]
    assert doc_mean < 0


def test_gpt_5_5_release_week_dip_stays_visible(demo):
    weeks = weekly(demo, "gpt-5.5")
    before = [weeks[w] for w in ("2026-W14", "2026-W15", "2026-W16") if w in weeks]
    assert before and weeks["2026-W17"] < min(before)
    assert weeks["2026-W17"] < max(weeks[w] for w in ("2026-W19", "2026-W20", "2026-W21") if w in weeks)


def article_score(warehouse, title_like, model_id="gpt-5.5"):
    got = q(warehouse, "SELECT m.score FROM scored_mentions m JOIN documents d USING (doc_id) "
                       "WHERE d.kind = 'article' AND d.title ILIKE ? AND m.model_id = ?", [title_like, model_id])
    assert len(got) == 1, got
    return got[0][0]


def test_every_review_is_positive_and_the_underwhelming_post_negative_for_gpt_5_5(demo):
    assert article_score(demo, "Vibe Check: Three Weeks With GPT-5.5") > 0  # Every's review
    assert article_score(demo, "GPT-5.5 is underwhelming%") < 0  # Model Watch


def test_placeholders_get_no_score(demo):
    (n_placeholders,) = q(demo, "SELECT count(*) FROM documents WHERE body IN ('[removed]', '[deleted]')")[0]
    assert n_placeholders > 0
    assert q(demo, "SELECT count(*) FROM scored_mentions m JOIN documents d USING (doc_id) "
                   "WHERE d.body IN ('[removed]', '[deleted]')") == [(0,)]
    assert q(demo, "SELECT DISTINCT s.label, s.reason FROM documents d JOIN sentiment s USING (content_hash) "
                   "WHERE d.body IN ('[removed]', '[deleted]')") == [(None, "placeholder")]


def test_every_how_is_exercised_and_comparisons_are_head_to_head(demo):
    hows = dict(q(demo, "SELECT how, count(*) FROM scored_mentions GROUP BY how"))
    assert set(hows) == {"explicit", "comparison", "thread_subject"}
    w17 = q(demo, "SELECT a_preferred, b_preferred FROM comparisons WHERE week = '2026-W17' AND source = 'reddit' "
                  "AND model_a = 'gpt-5.4' AND model_b = 'gpt-5.5'")
    assert w17 and w17[0][0] > w17[0][1]  # in release week, texts comparing the two prefer 5.4


def test_a_rerun_scores_nothing_new(demo_run):
    from tracker.sentiment.attribution import score_mentions
    from tracker.warehouse.runs import RunStats

    warehouse, cfg = demo_run
    before = q(warehouse, "SELECT count(*), count(DISTINCT classifier) FROM mention_sentiment")
    stats = RunStats(source="label")
    score_mentions(warehouse, cfg, stats)
    assert (stats.fetched, stats.inserted, stats.updated) == (0, 0, 0)
    assert q(warehouse, "SELECT count(*), count(DISTINCT classifier) FROM mention_sentiment") == before
    assert before[0][0] > 0


def test_sarcasm_tagged_mentions_count_as_the_opposite_of_how_they_read(demo):
    (n, counted, literal), = q(demo, """
        SELECT count(*), avg(m.score), avg(t.p_positive - t.p_negative)
        FROM scored_mentions m
        JOIN mention_passages p USING (doc_id, model_id)
        JOIN mention_sentiment t ON t.input_hash = p.input_hash AND t.model_id = p.model_id
        WHERE p.sarcastic""")
    # the sample's "Wow, 5.5 is sooo much better. /s" comments: praise as read, criticism as meant
    assert n >= 10 and literal > 0.5 and counted < -0.5


def test_demo_markets_trade_daily_so_a_lead_lag_can_be_read(demo_run, tmp_path):
    from tracker.analysis.report import write_reports

    warehouse, cfg = demo_run
    # the release markets carry a price every day from February 2 to the release (the sample is daily)
    (days,), = q(warehouse, "SELECT count(DISTINCT CAST(ts AT TIME ZONE 'UTC' AS DATE)) FROM market_prices "
                            "WHERE market_id = 'polymarket:gpt-5pt5-released-by-june-30-2026' AND origin = 'history'")
    assert days == 82
    lags = {m: (n, r) for m, n, r in q(warehouse, """
        SELECT market_id, max(n_days), count(correlation) FROM perception_market_leadlag
        WHERE model_id = 'gpt-5.5' GROUP BY market_id""")}
    # the LMArena market trades through May, when the documents come: every lag has 10+ paired days
    assert lags["polymarket:gpt-5pt5-1-on-lmarena-text-leaderboard-dec-31"][0] >= 19
    assert lags["polymarket:gpt-5pt5-1-on-lmarena-text-leaderboard-dec-31"][1] == 15
    for market in ("polymarket:gpt-5pt5-released-by-june-30-2026", "manifold:mFq7rT2xK9",
                   "kalshi:KXOAIRELEASE-26JUN30-GPT55"):
        assert lags[market][0] >= 10 and lags[market][1] >= 1, market
    with warehouse.read() as con:
        pages = {p.name: p.read_text(encoding="utf-8")
                 for p in write_reports(con, cfg, out=tmp_path)}
    assert "sentiment leads" in pages["gpt-5.5.html"] or "market leads" in pages["gpt-5.5.html"]
    # GPT-5.1's retirement markets stop in March, before most of its documents: the page says why no lag
    assert "none: fewer than 10 days with both documents and a price change" in pages["gpt-5.1.html"]


def hn_weekly(warehouse, model_id):
    return dict(q(warehouse, "SELECT week, mean_score FROM weekly_trends WHERE model_id = ? AND source = 'hackernews' "
                             "AND community = '*' AND n_docs > 0", [model_id]))


def test_hacker_news_reads_the_gpt_5_5_release_differently_from_reddit(demo, demo_run):
    """Reddit dips in the release week ("underwhelming compared to 5.4"); Hacker News, talking coding results and
    pricing, does not: both communities side by side in weekly_trends and on the story page."""
    reddit, hn = weekly(demo, "gpt-5.5"), hn_weekly(demo, "gpt-5.5")
    assert hn["2026-W17"] > reddit["2026-W17"] and hn["2026-W17"] > 0
    assert q(demo, "SELECT count(*) FROM weekly_trends WHERE model_id = 'gpt-5.5' AND week = '2026-W17' "
                   "AND community = '*' AND n_docs > 0 AND source IN ('reddit', 'hackernews')") == [(2,)]
    # the release window has Hacker News documents on both sides of the release
    assert q(demo, "SELECT n_before >= 10 AND n_after >= 10 FROM event_impact WHERE model_id = 'gpt-5.5' "
                   "AND kind = 'released' AND source = 'hackernews'") == [(True,)]
    # HN's deleted and dead comments are placeholders: stored, not scored
    assert q(demo, "SELECT count(*) FROM documents WHERE source = 'hackernews' AND removed AND body IS NULL") == [(2,)]
    assert q(demo, "SELECT count(*) FROM scored_mentions m JOIN documents d USING (doc_id) "
                   "WHERE d.source = 'hackernews' AND d.removed") == [(0,)]
    from datetime import date

    from tracker.analysis.report import load_story

    with demo.read() as con:
        story = load_story(con, "gpt-5.5", date(2026, 4, 9), date(2026, 5, 6))
    assert {"reddit", "hackernews"} <= set(story.sources)
