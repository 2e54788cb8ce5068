"""Irony: the per-mention scorer reads sarcastic praise as the complaint it is; `tracker eval` scores the irony
model on TweetEval irony; the warehouse keeps the flag and never flips a passage twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tracker.sentiment.irony import IronyAwareClassifier, best_threshold, irony_f1, mention_sentence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
IRONY_ARTIFACT = REPO / "data" / "models" / "tracker-minilm-irony"


class Fixed:
    """A scorer whose probabilities are given per text (a stand-in for the trained models in the wrapper's logic)."""

    version, backend = "fixed@1", "test"

    def __init__(self, by_text: dict[str, tuple[float, float, float]]):
        self.by_text = by_text

    def predict_proba(self, items, progress=None):
        return np.array([self.by_text[text] for text, _, _ in items])


class KeywordIrony:
    """p(ironic) 0.9 for sentences containing 'Oh great', else 0.1; records what it was asked."""

    version, threshold, flip_threshold = "kw@1", 0.5, 0.5

    def __init__(self):
        self.asked: list[str] = []

    def p_ironic(self, texts):
        self.asked += list(texts)
        return np.array([0.9 if "Oh great" in t else 0.1 for t in texts])


def test_ironic_praise_is_read_as_a_complaint_and_flagged():
    sarcastic = "Oh great, another 'revolutionary' model that can't do long documents. GPT-5.5 strikes again."
    sincere = "GPT-5.5 fixed my flaky test on the first try."
    grumpy = "Oh great, GPT-5.5 broke my build again."
    inner = Fixed({sarcastic: (0.05, 0.05, 0.9), sincere: (0.1, 0.1, 0.8), grumpy: (0.8, 0.1, 0.1)})
    irony = KeywordIrony()
    scorer = IronyAwareClassifier(inner, irony)
    items = [(t, t.index("GPT-5.5"), t.index("GPT-5.5") + 7) for t in (sarcastic, sincere, grumpy)]
    p = scorer.predict_proba(items)
    # the mention's sentence is the second one ("GPT-5.5 strikes again."): not ironic by itself
    assert scorer.last_ironic == [False, False, False]
    items[0] = (sarcastic, 0, 9)  # a mention in the ironic sentence
    inner.by_text[sarcastic] = (0.05, 0.05, 0.9)
    p = scorer.predict_proba(items)
    assert scorer.last_ironic == [True, False, False]
    assert p[0].tolist() == [0.9, 0.05, 0.05]  # positive and negative swapped
    assert p[1].tolist() == [0.1, 0.1, 0.8] and p[2].tolist() == [0.8, 0.1, 0.1]
    assert "Oh great, GPT-5.5 broke my build again." not in irony.asked  # already negative: not checked
    assert scorer.last_p_ironic[:2] == [0.9, 0.1] and np.isnan(scorer.last_p_ironic[2])
    assert scorer.version == "fixed@1+irony:kw@1@0.5"
    never = IronyAwareClassifier(inner, irony, threshold=1.0)  # the check without flips: p(ironic) still recorded
    assert never.predict_proba(items)[0].tolist() == [0.05, 0.05, 0.9]
    assert never.last_ironic == [False, False, False] and never.last_p_ironic[0] == 0.9


def test_mention_sentence_is_the_sentence_holding_the_span():
    text = "First sentence here. Then GPT-5.5 is great! Last one."
    s = text.index("GPT-5.5")
    assert mention_sentence(text, s, s + 7) == "Then GPT-5.5 is great!"


def test_irony_f1_and_threshold_choice():
    y = [1, 1, 0, 0]
    p = np.array([0.9, 0.6, 0.55, 0.1])
    assert irony_f1(y, p, 0.5)["f1_irony"] == pytest.approx(0.8)
    assert irony_f1(y, p, 0.58)["f1_irony"] == pytest.approx(1.0)
    t, m = best_threshold({"a": p}, {"a": y})
    assert m == pytest.approx(1.0) and 0.55 < t <= 0.6


def test_scored_mentions_flips_a_sarcastic_passage_once(warehouse):
    """'/s' swaps in the view unless the irony check already swapped the score (no double flip)."""
    from tracker.analysis.trends import refresh_views
    from tracker.config import Config
    from tracker.warehouse.database import upsert, utcnow

    now = utcnow()
    with warehouse.write() as con:
        upsert(con, "documents", [
            {"doc_id": f"reddit:t1_{i}", "source": "reddit", "kind": "comment", "created_at": now, "score": 1,
             "content_hash": f"h{i}", "body": "x", "fetched_at": now} for i in (1, 2)], ["doc_id"])
        upsert(con, "mention_passages", [
            {"doc_id": f"reddit:t1_{i}", "model_id": "gpt-5.5", "passage": 0, "how": "explicit", "input_hash": f"i{i}",
             "weight": 1.0, "target_text": "x", "span_start": 0, "span_end": 1, "doc_hash": f"h{i}",
             "attributed_at": now, "sarcastic": True} for i in (1, 2)], ["doc_id", "model_id", "passage"])
        classifier = "scorer@1"
        upsert(con, "mention_sentiment", [
            {"input_hash": "i1", "model_id": "gpt-5.5", "classifier": classifier, "label": "positive",
             "p_negative": 0.1, "p_neutral": 0.1, "p_positive": 0.8, "scored_at": now, "ironic": False},
            {"input_hash": "i2", "model_id": "gpt-5.5", "classifier": classifier, "label": "negative",
             "p_negative": 0.8, "p_neutral": 0.1, "p_positive": 0.1, "scored_at": now, "ironic": True}],
            ["input_hash", "model_id", "classifier"])
    refresh_views(warehouse, Config(), classifier="whole@1", target_classifier=classifier)
    with warehouse.read() as con:
        rows = con.execute("SELECT doc_id, p_negative, p_positive, ironic FROM scored_mentions ORDER BY doc_id").fetchall()
    assert rows == [("reddit:t1_1", 0.8, 0.1, True), ("reddit:t1_2", 0.8, 0.1, True)]


@pytest.mark.skipif(not IRONY_ARTIFACT.is_dir(), reason="no irony artifact")
def test_eval_tweeteval_irony_reports_irony_f1_at_the_shipped_threshold(shared_dir):
    out = subprocess.run([sys.executable, "-m", "tracker.cli.main", "eval", "--dataset", "tweeteval-irony", "--json",
                          "--limit", "200"], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout.strip().splitlines()[-1])
    meta = json.loads((IRONY_ARTIFACT / "training.json").read_text())
    assert r["n"] == 200 and r["threshold"] == meta["threshold"] and r["kind"] == "irony"
    assert 0.5 <= r["f1_irony"] <= 1.0  # well above chance (the irony class is ~40% of the split)


def test_the_story_report_does_not_quote_likely_ironic_praise_as_praise(warehouse):
    from datetime import date, datetime, timezone

    from tracker.analysis.report import quotes
    from tracker.analysis.trends import refresh_views
    from tracker.config import Config
    from tracker.warehouse.database import upsert, utcnow

    now, day = utcnow(), datetime(2026, 4, 24, 12, tzinfo=timezone.utc)
    texts = {1: "Oh great, another 'revolutionary' model that can't do long documents.",
             2: "GPT-5.5 fixed my flaky test on the first try.", 3: "Honestly the best model I have used."}
    with warehouse.write() as con:
        upsert(con, "documents", [
            {"doc_id": f"reddit:t1_{i}", "source": "reddit", "kind": "comment", "created_at": day, "score": 5,
             "content_hash": f"h{i}", "body": t, "fetched_at": now} for i, t in texts.items()], ["doc_id"])
        upsert(con, "mention_passages", [
            {"doc_id": f"reddit:t1_{i}", "model_id": "gpt-5.5", "passage": 0, "how": "thread_subject",
             "input_hash": f"i{i}", "weight": 1.0, "target_text": t, "span_start": 0, "span_end": 1,
             "doc_hash": f"h{i}", "attributed_at": now, "sarcastic": False} for i, t in texts.items()],
            ["doc_id", "model_id", "passage"])
        upsert(con, "mention_sentiment", [
            {"input_hash": f"i{i}", "model_id": "gpt-5.5", "classifier": "scorer@1", "label": "positive",
             "p_negative": 0.05, "p_neutral": 0.05, "p_positive": 0.9, "scored_at": now, "ironic": False,
             "p_ironic": pi} for i, pi in ((1, 0.93), (2, 0.02), (3, None))], ["input_hash", "model_id", "classifier"])
    refresh_views(warehouse, Config(), classifier="whole@1", target_classifier="scorer@1")
    with warehouse.read() as con:
        praise = quotes(con, "gpt-5.5", date(2026, 4, 23), "positive")
    assert sorted(q["doc_id"] for q in praise) == ["reddit:t1_2", "reddit:t1_3"]  # the ironic one is left out
