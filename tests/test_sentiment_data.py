"""Training/eval data readers and the scoring used by `tracker eval` (no model needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tracker.sentiment.text import decode_escapes
from tracker.sentiment.training import load_eval_dataset, load_goemotions, load_semeval, load_tsv, score


def test_semeval_reader_dedupes_decodes_and_unquotes(tmp_path: Path):
    (tmp_path / "twitter-2013train-A.txt").write_text(
        "1\tpositive\tGas hit $3.39!!!! I\\u2019m going\\u002c yay\n"
        "2\tnegative\tbad day\n"
        "3\tneutral\tconflict\n",
        encoding="utf-8",
    )
    (tmp_path / "twitter-2016test-A.txt").write_text(
        '1\tpositive\tduplicate id, kept once\t\n'
        '3\tpositive\t"conflicting label: id dropped"\t\n'
        '4\tneutral\t"Excited to read ""Go Set a Watchman"" soon"\t\n'
        '"\t\n',
        encoding="utf-8",
    )
    rows = {e.text: e.label for e in load_semeval(tmp_path)}
    assert rows == {"Gas hit $3.39!!!! I\u2019m going, yay": 2, "bad day": 0, 'Excited to read "Go Set a Watchman" soon': 1}


def test_decode_escapes_joins_surrogates():
    assert decode_escapes("ok \\ud83d\\ude00 \\u00e9") == "ok \U0001F600 é"


def test_goemotions_reader_drops_ambiguous_and_mixed(tmp_path: Path):
    (tmp_path / "group_sentiment_train.tsv").write_text(
        'fine\t2\ta\nlove it\t3\tb\n"she said ""no"", awful"\t1\tc\nhm\t0\td\nmixed\t1,3\te\nsame twice\t3,3\tf\n',
        encoding="utf-8",
    )
    rows = [(e.text, e.label) for e in load_goemotions("train", tmp_path)]
    assert rows == [("fine", 1), ("love it", 2), ('she said "no", awful', 0), ("same twice", 2)]


def test_tsv_dataset_and_polarity_detection(tmp_path: Path):
    path = tmp_path / "pol.tsv"
    path.write_text("text\tlabel\ngood\tpositive\nbad\tNegative\n", encoding="utf-8")
    examples, polarity = load_eval_dataset(str(path))
    assert polarity and [e.label for e in examples] == [2, 0]
    bad = tmp_path / "bad.tsv"
    bad.write_text("text\tlabel\nx\tmeh\n", encoding="utf-8")
    with pytest.raises(ValueError, match="negative\\|neutral\\|positive"):
        load_tsv(bad)


def test_score_three_class_and_polarity():
    y = [0, 0, 1, 2, 2]
    probs = np.array([[0.8, 0.1, 0.1], [0.2, 0.7, 0.1], [0.1, 0.8, 0.1], [0.1, 0.2, 0.7], [0.3, 0.6, 0.1]])
    r = score(y, probs)
    assert r["confusion"] == [[1, 1, 0], [0, 1, 0], [0, 1, 1]]
    assert r["macro_recall"] == pytest.approx((0.5 + 1 + 0.5) / 3)
    assert set(r) >= {"n", "macro_recall", "macro_f1", "per_class", "confusion"}
    p = score([0, 2, 2], np.array([[0.5, 0.4, 0.1], [0.1, 0.6, 0.3], [0.4, 0.5, 0.1]]), polarity=True)
    assert p["confusion"] == [[1, 0], [1, 1]] and p["labels"] == ["negative", "positive"]


@pytest.mark.shared
def test_real_data_counts(shared_dir):
    semeval = load_semeval(shared_dir / "data" / "semeval-twitter-sentiment")
    assert 48_000 < len(semeval) < 50_000
    dev, polarity = load_eval_dataset("goemotions-dev")
    assert polarity and 2_500 < len(dev) < 3_100
