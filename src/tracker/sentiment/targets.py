"""Target-level sentiment: how a text feels about one model it names, given the span of that name.

The interface every target scorer offers: ``version`` (stored with each score) and
``predict_proba([(text, start, end), ...]) -> rows [p_negative, p_neutral, p_positive]``. `load_target_classifier`
picks the scorer from `[classifier] target_model`.

`PassageClassifier` is the scorer used when `target_model = ""`: it runs the whole-text classifier on the clause
around the target (its sentence, cut at "but", "while", ";" ...), so two models judged in one sentence each get
their own clause, and it reads the comparative around the name: a model named as the yardstick ("worse than
5.4", "underwhelming compared to 5.4") gets the clause's polarity reversed, and one named as a likeness
("feels like 5.4 with a new name") gets the clause's polarity split evenly (no verdict on it). A target given as
a leading ``"Name: "`` prefix (the implicit subject of a text that does not name it) is scored on the whole
text after the prefix. These are approximations of what a trained target-aware model learns from data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from tracker.sentiment.classify import classifier_version, load_classifier
from tracker.sentiment.text import clause_bounds, yardstick_cue

PASSAGE_PREFIX = "passage+"


def target_passage(text: str, start: int, end: int) -> tuple[str, str | None]:
    """(the passage the whole-text classifier should read, the yardstick cue before the target or None)."""
    if start == 0 and text[end:end + 2] == ": ":
        return text[end + 2:].strip() or text, None
    left, right = clause_bounds(text, start, end)
    passage = text[left:right].strip()
    return passage or text, yardstick_cue(text[left:start])


class PassageClassifier:
    """Target sentiment from the whole-text classifier run on the target's clause (see the module docstring)."""

    def __init__(self, cfg: Any, threads: int | None = None):
        self.whole_text = load_classifier(cfg, threads)
        self.version = PASSAGE_PREFIX + self.whole_text.version

    def predict_proba(self, items: Sequence[tuple[str, int, int]], progress=None) -> np.ndarray:
        passages, cues = zip(*(target_passage(t, s, e) for t, s, e in items)) if items else ((), ())
        distinct = list(dict.fromkeys(passages))  # one passage often stands for several targets: score it once
        by_passage = dict(zip(distinct, self.whole_text.predict_proba(distinct, progress=progress), strict=True))
        out = np.zeros((len(items), 3), dtype=np.float64)
        for i, (p, cue) in enumerate(zip((by_passage[t] for t in passages), cues, strict=True)):
            if cue == "comparison":  # what the clause says of the compared model, the yardstick gets reversed
                out[i] = (p[2], p[1], p[0])
            elif cue == "likeness":  # "feels like 5.4": no verdict on 5.4 itself
                half = (p[0] + p[2]) / 2
                out[i] = (half, p[1], half)
            else:
                out[i] = p
        return out


def target_classifier_version(cfg: Any) -> str:
    """The version string per-mention scores of the configured target scorer are stored under (no model load)."""
    c = getattr(cfg, "classifier", cfg)
    if not c.target_model:
        return PASSAGE_PREFIX + classifier_version(c)
    raise ValueError(f"[classifier] target_model = {c.target_model!r}: no target-aware model in this build; "
                     "leave it empty to use the passage scorer")


def load_target_classifier(cfg: Any, threads: int | None = None) -> PassageClassifier:
    """The configured target scorer: `[classifier] target_model` empty -> PassageClassifier."""
    c = getattr(cfg, "classifier", cfg)
    if not c.target_model:
        return PassageClassifier(c, threads)
    raise ValueError(f"[classifier] target_model = {c.target_model!r}: no target-aware model in this build; "
                     "leave it empty to use the passage scorer")
