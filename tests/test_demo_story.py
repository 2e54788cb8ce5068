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
