"""Reference baselines for `tracker eval --baseline vader|tfidf` (dev dependencies vaderSentiment, scikit-learn).

Both score whole texts; on a target-level data set they see the text only (target-blind), which is exactly
what the target model is compared against.

- VADER (Hutto & Gilbert 2014): the standard rule on the compound score, >= 0.05 positive, <= -0.05 negative,
  otherwise neutral. VADER has no class probabilities: the predicted class gets 0.98, and the remaining 0.02
  goes to the polar class on the compound's side (split evenly at 0), so the positive-vs-negative reading of a
  neutral call follows the compound's sign.
- TF-IDF + logistic regression trained on the SemEval 2013-2016 Twitter pool (de-duplicated, as the builtin
  model's training data; TweetEval test is disjoint from it): word 1-2-grams on the normalized text, sublinear
  tf, min_df 2, multinomial LR with C = 1, balanced class weights.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tracker.sentiment.text import normalize_text

BASELINES = ("vader", "tfidf")


class VaderBaseline:
    version = "vader-compound-0.05"
    backend = "vaderSentiment"

    def __init__(self):
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.analyzer = SentimentIntensityAnalyzer()

    def predict_proba(self, texts: Sequence[str], progress=None) -> np.ndarray:
        out = np.zeros((len(texts), 3))
        for i, text in enumerate(texts):
            c = self.analyzer.polarity_scores(text or "")["compound"]
            if c >= 0.05:
                out[i] = [0.0, 0.02, 0.98]
            elif c <= -0.05:
                out[i] = [0.98, 0.02, 0.0]
            else:
                out[i] = [0.0, 0.98, 0.02] if c > 0 else [0.02, 0.98, 0.0] if c < 0 else [0.01, 0.98, 0.01]
        if progress is not None:
            progress(len(texts))
        return out


class TfidfBaseline:
    version = "tfidf-lr-semeval"
    backend = "scikit-learn"

    def __init__(self, train_texts: Sequence[str] | None = None, train_labels: Sequence[int] | None = None):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        if train_texts is None:
            from tracker.sentiment.training import load_semeval

            pool = load_semeval()
            train_texts, train_labels = [e.text for e in pool], [e.label for e in pool]
        self.pipeline = make_pipeline(
            TfidfVectorizer(preprocessor=lambda t: normalize_text(t).lower(), ngram_range=(1, 2), min_df=2,
                            sublinear_tf=True),
            LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
        )
        self.pipeline.fit(list(train_texts), list(train_labels))
        self.classes = list(self.pipeline.classes_)

    def predict_proba(self, texts: Sequence[str], progress=None) -> np.ndarray:
        p = self.pipeline.predict_proba([t or "" for t in texts])
        out = np.zeros((len(texts), 3))
        for j, c in enumerate(self.classes):
            out[:, int(c)] = p[:, j]
        if progress is not None:
            progress(len(texts))
        return out


def load_baseline(name: str):
    if name == "vader":
        return VaderBaseline()
    if name == "tfidf":
        return TfidfBaseline()
    raise ValueError(f"unknown baseline {name!r} (choose from {', '.join(BASELINES)})")
