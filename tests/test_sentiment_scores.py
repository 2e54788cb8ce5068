"""The shipped per-mention scorer's scores, pinned: a change that lowers any of them by more than 0.01 fails.

The pins (tests/golden/sentiment_scores.json) are the figures of the model cards, measured once per model version
by `tracker eval`; after a deliberate retrain, re-measure and update them together with the cards.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
PINS = json.loads((REPO / "tests" / "golden" / "sentiment_scores.json").read_text())
TOLERANCE = 0.01


def run_eval(capsys, *args: str) -> dict:
    from tracker.cli.main import main

    assert main(["eval", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.mark.parametrize("name", sorted(PINS["target"]))
def test_shipped_scorer_keeps_its_scores(name, capsys, shared_dir):
    pin = PINS["target"][name]
    got = run_eval(capsys, "--dataset", pin["dataset"], "--scorer", pin["scorer"])
    assert got["classifier"] == pin["classifier"], "another model version: re-measure and update the pins"
    for metric in ("accuracy", "macro_f1"):
        assert got[metric] >= pin[metric] - TOLERANCE, (name, metric, got[metric], pin[metric])
    if "comparisons" in pin:
        assert got["comparisons"]["rate"] >= pin["comparisons"] - TOLERANCE


def test_irony_model_keeps_its_tweeteval_score(capsys, shared_dir):
    pin = PINS["irony"]
    got = run_eval(capsys, "--dataset", "tweeteval-irony")
    assert got["classifier"] == pin["classifier"]
    assert got["f1_irony"] >= pin["f1_irony"] - TOLERANCE


@pytest.mark.parametrize("artifact", ["tracker-minilm-target-ai", "tracker-minilm-target", "tracker-minilm-irony"])
def test_model_cards_name_the_shipped_adapters_version(artifact):
    from tracker.sentiment.model import model_digest, resolve_model

    spec = resolve_model(artifact)
    card = (Path(spec.path) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"Version string: `{artifact}@{model_digest(spec)}`" in card
