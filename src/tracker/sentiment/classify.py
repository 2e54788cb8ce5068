"""Sentiment labels for documents: a transformers sequence classifier, run fast on CPU, never twice per text.

Labels are keyed by (content_hash, classifier version): `label_documents` only classifies texts that have no
row for the configured version, so re-runs classify nothing and a new model version labels alongside the old.

Model resolution (`[classifier] model`):
- a builtin artifact name under ``data/models/<name>/`` (LoRA adapter + head over the packaged MiniLM base,
  assembled at load time with ``merge_and_unload``), default ``tracker-minilm-sentiment``;
- a local folder with a saved transformers sequence classifier;
- a Hugging Face model id (must already be in the local HF cache; nothing is downloaded by tracker tests).
Label order comes from the model's ``config.id2label`` (negative/neutral/positive, NEG/NEU/POS, or generic
LABEL_0..2 read with the cardiffnlp convention 0=negative, 1=neutral, 2=positive).

Backends: ``torch`` or ``onnx`` (ONNX Runtime, exported once into a git-ignored ``.build/`` cache), ``auto`` =
onnx when onnxruntime is importable. ``quantize`` = per-channel dynamic int8 weights; off by default because
dynamic quantization scales activations per batch, which makes a text's probabilities depend on its batch-mates
and on the batch's padded length. In fp32 a text's logits are the same alone or in any batch (checked in
tests/test_sentiment.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tracker.progress import Progress
from tracker.sentiment.model import (_classifier_cfg, _set_threads, label_order, load_tokenizer_and_config,
                                     load_torch_model, model_digest, ordered_probs, resolve_model)
from tracker.sentiment.text import LABELS, label_index, normalize_text, split_sentences, text_problem

log = logging.getLogger("tracker.sentiment.classify")

DEFAULT_MODEL = "tracker-minilm-sentiment"
DOCS_PER_BATCH = 512  # documents classified and written per transaction


def classifier_version(cfg: Any) -> str:
    """Stable version string stored in sentiment.classifier, e.g. 'tracker-minilm-sentiment@1a2b3c4d5e6f'.

    Settings that change the numbers (int8 weights, a non-default max_length) are appended ('+int8', '+L128');
    the backend is not (ONNX and torch fp32 give the same outputs).
    """
    c = _classifier_cfg(cfg)
    spec = resolve_model(c.model)
    version = f"{spec.name}@{model_digest(spec)}"
    if c.quantize:
        version += "+int8"
    if c.max_length != 256:
        version += f"+L{c.max_length}"
    return version


class _LogitsOnly:
    """Wraps a HF model so tracing sees positional tensors in and a logits tensor out (token_type_ids is an input
    of the graph when the trace passes it)."""

    @staticmethod
    def make(model, cls_only: bool = False):
        import torch

        class Wrapper(torch.nn.Module):
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def forward(self, input_ids, attention_mask, token_type_ids=None):
                return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).logits

        class ClsOnly(Wrapper):
            """The same logits with the last layer computed for the [CLS] row alone: the pooler and the head read
            nothing else, and that layer's query, output and feed-forward products are most of a sixth of a
            six-layer encoder's arithmetic. Keys and values still come from every token, so the [CLS] row sees the
            whole text."""

            def forward(self, input_ids, attention_mask, token_type_ids=None):
                bert = self.inner.bert
                hidden = bert.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
                # the additive mask the eager attention builds: padding gets the dtype's lowest value
                mask = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
                *first, last = bert.encoder.layer
                for layer in first:
                    out = layer(hidden, mask)
                    hidden = out[0] if isinstance(out, tuple) else out  # transformers 4 returns a tuple
                attention = last.attention.self
                heads, size = attention.num_attention_heads, attention.attention_head_size
                batch = hidden.size(0)
                # two copies of the [CLS] row, not one: ONNX Runtime multiplies a one-row matrix by another routine
                # whose sums depend on the padded length, and a row's logits must not depend on its batch-mates
                cls = hidden[:, :1].expand(-1, 2, -1)

                def split(x):
                    return x.view(batch, -1, heads, size).transpose(1, 2)

                scores = split(attention.query(cls)) @ split(attention.key(hidden)).transpose(2, 3) * size ** -0.5
                context = torch.softmax(scores + mask, dim=-1) @ split(attention.value(hidden))
                context = context.transpose(1, 2).reshape(batch, -1, heads * size)
                attended = last.attention.output(context, cls)
                cls = last.output(last.intermediate(attended), attended)
                return self.inner.classifier(self.inner.dropout(bert.pooler(cls)))

        return (ClsOnly if cls_only else Wrapper)(model).eval()


def cls_only_supported(model) -> bool:
    """Whether a model is a BERT encoder with a pooler and a head on the [CLS] row (what `ClsOnly` rebuilds)."""
    bert, config = getattr(model, "bert", None), getattr(model, "config", None)
    return (getattr(config, "model_type", None) == "bert" and not getattr(config, "is_decoder", False)
            and bert is not None and getattr(bert, "pooler", None) is not None
            and hasattr(model, "classifier") and hasattr(model, "dropout") and len(bert.encoder.layer) > 0)


def export_onnx(model, path: Path, *, token_types: bool = False) -> Path:
    """Trace the model to an ONNX file with dynamic batch and length (and a token_type_ids input for text pairs).

    Attention is traced in its eager form (plain MatMul/Softmax): ONNX Runtime runs that graph 1.09x faster on CPU
    than the SDPA form with its extra mask operations, with probabilities equal within 1e-6. A BERT classifier's
    last layer is traced for the [CLS] row alone (`ClsOnly`), which the head reads, and the export is checked
    against the torch model on a padded batch; a model whose check fails, or that is not a BERT classifier, is
    traced whole. The form is written in the file's metadata (`tracker.last_layer`: cls or full). Speed-ups are
    in BENCHMARKS.md."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with attention_implementation(model, "eager"):
        cls_only = cls_only_supported(model)
        _trace(model, path, token_types, cls_only=cls_only)
        if cls_only:
            problem = _export_mismatch(model, path, token_types)
            if problem:
                log.warning("the [CLS]-only export of this model differs from it (%s); exporting it whole", problem)
                _trace(model, path, token_types, cls_only=False)
    return path


@contextlib.contextmanager
def attention_implementation(model, name: str) -> Iterator[None]:
    """The model's attention traced in the form `name` inside the block; afterwards the torch model keeps serving
    with its own. A model without switchable attention is left as it is."""
    previous = getattr(model.config, "_attn_implementation", None)
    switch = previous not in (None, name) and hasattr(model, "set_attn_implementation")
    if switch:
        model.set_attn_implementation(name)
    try:
        yield
    finally:
        if switch:
            model.set_attn_implementation(previous)


def _trace(model, path: Path, token_types: bool, *, cls_only: bool = False) -> None:
    import torch

    wrapper = _LogitsOnly.make(model.eval(), cls_only)
    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if token_types else [])
    dummy = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.onnx")
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer warnings about python-bool shape checks are expected here
        torch.onnx.export(
            wrapper, dummy, str(tmp), dynamo=False, opset_version=17,
            input_names=names, output_names=["logits"],
            dynamic_axes={**{name: {0: "batch", 1: "seq"} for name in names}, "logits": {0: "batch"}},
        )
    import onnx

    proto = onnx.load(str(tmp))
    onnx.helper.set_model_props(proto, {"tracker.last_layer": "cls" if cls_only else "full"})
    onnx.save(proto, str(tmp))
    os.replace(tmp, path)


def _export_mismatch(model, path: Path, token_types: bool, tolerance: float = 1e-4) -> str | None:
    """Why the ONNX file's logits differ from the torch model's on a padded batch of three lengths, or None."""
    import torch

    vocab = int(getattr(model.config, "vocab_size", 100))
    positions = int(getattr(model.config, "max_position_embeddings", 64))
    generator = torch.Generator().manual_seed(0)
    lengths = [min(positions, n) for n in (3, 11, 29)]
    width = max(lengths)
    ids = torch.randint(min(5, vocab - 1), vocab, (len(lengths), width), generator=generator)
    mask = torch.zeros_like(ids)
    for row, n in enumerate(lengths):
        mask[row, :n] = 1
    types = (torch.arange(width)[None, :] >= torch.tensor(lengths)[:, None] // 2).long() * mask
    feed = {"input_ids": ids, "attention_mask": mask} | ({"token_type_ids": types} if token_types else {})
    with torch.inference_mode():
        expected = model(**feed).logits.float().numpy()
    got = open_onnx(path, 1).run(["logits"], {k: v.numpy() for k, v in feed.items()})[0]
    diff = float(np.abs(got - expected).max())
    return None if diff <= tolerance else f"max |logit difference| {diff:.2e} > {tolerance:.0e}"


# The exports' file names; a new name when the export itself changes, so caches built by older code are redone.
EXPORT_FORMAT = "cls"


def onnx_export_path(spec, *, token_types: bool = False) -> Path:
    """Where a model's fp32 ONNX export is cached: its git-ignored build folder, per model digest."""
    name = "target" if token_types else "model"
    return spec.build_dir / model_digest(spec) / f"{name}-{EXPORT_FORMAT}.onnx"


def onnx_session(spec, load_model: Callable[[], Any], threads: int, *, quantize: bool = False,
                 token_types: bool = False):
    """An ONNX Runtime session for a model, exported once into its git-ignored build cache (keyed by the model's
    digest); `load_model` gives the torch model only when the file is not there yet."""
    fp32 = onnx_export_path(spec, token_types=token_types)
    build = fp32.parent
    if not fp32.exists():
        if spec.build_dir.is_dir():  # exports of earlier versions of this model
            for old in spec.build_dir.iterdir():
                if old.is_dir() and old != build and re.fullmatch(r"[0-9a-f]{12}", old.name):
                    shutil.rmtree(old, ignore_errors=True)
        if build.is_dir():  # this version's exports in an earlier format
            for old in build.glob(f"{fp32.name.split('-')[0]}*.onnx"):
                if not old.name.startswith(fp32.stem):
                    old.unlink(missing_ok=True)
        log.info("exporting %s to ONNX (%s)", spec.name, fp32)
        export_onnx(load_model(), fp32, token_types=token_types)
    path = fp32
    if quantize:
        path = build / fp32.name.replace(".onnx", ".int8.onnx")
        if not path.exists():
            quantize_onnx(fp32, path)
    return open_onnx(path, threads)


def open_onnx(path: Path, threads: int):
    """An ONNX Runtime CPU session on `path` with `threads` intra-op threads and every graph optimization."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def quantize_onnx(src: Path, dst: Path) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = dst.with_suffix(f".{os.getpid()}.tmp.onnx")
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # onnxruntime logs a 'consider pre-processing' hint on the root logger
    try:
        quantize_dynamic(str(src), str(tmp), per_channel=True, weight_type=QuantType.QInt8)
    finally:
        root.setLevel(level)
    os.replace(tmp, dst)
    return dst


def _special_tokens(tokenizer) -> tuple[list[int], list[int]]:
    """The ids a tokenizer puts before and after a single sequence ([CLS] ... [SEP], <s> ... </s>)."""
    plain = tokenizer("hello", add_special_tokens=False)["input_ids"]
    full = tokenizer("hello")["input_ids"]
    for pos in range(len(full) - len(plain) + 1):
        if full[pos : pos + len(plain)] == plain:
            return list(full[:pos]), list(full[pos + len(plain) :])
    return [], []


@dataclass
class Label:
    label: str | None
    p_negative: float | None
    p_neutral: float | None
    p_positive: float | None
    n_chunks: int
    reason: str | None = None


class TorchOnDemand:
    """`model`: the torch model of `self.spec`, loaded on first use, so an ONNX Runtime session whose export exists
    never loads the weights (a subclass may replace `_model`, e.g. with an int8 copy)."""

    _model = None
    spec: Any
    threads: int

    @property
    def model(self):
        if self._model is None:
            self._model, _ = load_torch_model(self.spec)
            _set_threads(self.threads)
        return self._model


class SentimentClassifier(TorchOnDemand):
    """Loads the configured model once; `classify` handles empty/non-English texts, chunking and batching."""

    def __init__(self, cfg: Any = None, *, backend: str | None = None, quantize: bool | None = None,
                 threads: int | None = None, model: str | None = None):
        from tracker.config import ClassifierConfig

        c = _classifier_cfg(cfg) if cfg is not None else ClassifierConfig()
        self.model_name = model or c.model
        self.spec = resolve_model(self.model_name)
        self.batch_size = c.batch_size
        self.quantize = c.quantize if quantize is None else quantize
        self.threads = threads or os.cpu_count() or 1
        wanted = backend or c.backend
        _set_threads(self.threads)
        # The weights are loaded only for the torch backend or a first ONNX export (TorchOnDemand).
        self.tokenizer, self.config = load_tokenizer_and_config(self.spec)
        self.order = label_order(self.config.id2label)
        limit = self.tokenizer.model_max_length
        if not limit or limit > 100_000:
            limit = getattr(self.config, "max_position_embeddings", 512)
            if getattr(self.config, "model_type", "") in {"roberta", "xlm-roberta", "camembert"}:
                limit -= 2
        self.max_length = max(8, min(c.max_length, limit))
        self.tokenizer.model_max_length = 1_000_000_000  # we chunk ourselves; silence the length warning
        self.prefix, self.suffix = _special_tokens(self.tokenizer)
        self.version = classifier_version(c) if model is None else f"{self.spec.name}@{model_digest(self.spec)}"
        self.backend = "torch"
        self.session = None
        if wanted in {"auto", "onnx"}:
            try:
                self._init_onnx()
                self.backend = "onnx"
            except Exception as exc:  # onnxruntime missing or export unsupported: torch still works
                if wanted == "onnx":
                    raise
                log.warning("ONNX backend unavailable (%s: %s); using torch", type(exc).__name__, exc)
        if self.backend == "torch" and self.quantize:
            import torch

            qconfig = torch.ao.quantization.per_channel_dynamic_qconfig
            self._model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear: qconfig}, dtype=torch.qint8)

    # -- backends

    def _init_onnx(self) -> None:
        self.session = onnx_session(self.spec, lambda: self.model, self.threads, quantize=self.quantize)

    def _logits(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self.session is not None:
            return self.session.run(["logits"], {"input_ids": input_ids, "attention_mask": mask})[0]
        import torch

        with torch.inference_mode():
            out = self.model(input_ids=torch.from_numpy(input_ids), attention_mask=torch.from_numpy(mask))
        return out.logits.float().numpy()

    def _to_probs(self, logits: np.ndarray) -> np.ndarray:
        return ordered_probs(logits, self.order)

    # -- token sequences

    def chunk_ids(self, text: str, ids: list[int] | None = None) -> list[list[int]]:
        """Token ids (no special tokens) of sentence-aligned chunks of at most max_length tokens with specials.
        `ids`: the text's token ids when the caller has them (`classify` tokenizes all its texts in one call)."""
        budget = self.max_length - len(self.prefix) - len(self.suffix)
        if ids is None:
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        if len(ids) <= budget:
            return [ids]
        sentences = split_sentences(text)
        pieces = self.tokenizer(sentences, add_special_tokens=False)["input_ids"] if sentences else []
        chunks: list[list[int]] = []
        current: list[int] = []
        for piece in pieces:
            if len(piece) > budget:  # one over-long sentence: cut it into windows
                if current:
                    chunks.append(current)
                    current = []
                chunks.extend(piece[i : i + budget] for i in range(0, len(piece), budget))
                continue
            if current and len(current) + len(piece) > budget:
                chunks.append(current)
                current = []
            current = current + piece
        if current:
            chunks.append(current)
        return [c for c in chunks if c] or [ids[:budget]]

    def predict_ids(self, sequences: Sequence[list[int]], progress=None) -> np.ndarray:
        """Probabilities [neg, neu, pos] for token sequences (without specials), length-sorted dynamic batches."""
        out = np.zeros((len(sequences), 3), dtype=np.float64)
        if not sequences:
            return out
        full = [self.prefix + list(s) + self.suffix for s in sequences]
        pad = self.tokenizer.pad_token_id or 0
        order = sorted(range(len(full)), key=lambda i: len(full[i]))
        for start in range(0, len(order), self.batch_size):
            part = order[start : start + self.batch_size]
            width = max(len(full[i]) for i in part)
            input_ids = np.full((len(part), width), pad, dtype=np.int64)
            mask = np.zeros((len(part), width), dtype=np.int64)
            for row, i in enumerate(part):
                input_ids[row, : len(full[i])] = full[i]
                mask[row, : len(full[i])] = 1
            out[part] = self._to_probs(self._logits(input_ids, mask))
            if progress is not None:
                progress(len(part))
        return out

    def predict_proba(self, texts: Sequence[str], progress=None) -> np.ndarray:
        """Model probabilities for every text (no empty/language filter), chunked and aggregated; for eval."""
        return np.array([[r.p_negative, r.p_neutral, r.p_positive] for r in self.classify(texts, check=False,
                                                                                          progress=progress)])

    def classify(self, texts: Sequence[str | None], *, check: bool = True, progress=None) -> list[Label]:
        results: list[Label | None] = [None] * len(texts)
        readable: dict[int, str] = {}
        for i, text in enumerate(texts):
            reason = text_problem(text) if check else None
            if reason is None and not (text or "").strip():
                reason = "empty"
            if reason is not None:
                results[i] = Label(None, None, None, None, 0, reason)
            else:
                readable[i] = normalize_text(text)
        tokens = self.tokenizer(list(readable.values()), add_special_tokens=False)["input_ids"] if readable else []
        seqs: list[list[int]] = []
        owner: list[int] = []
        for (i, text), ids in zip(readable.items(), tokens, strict=True):
            for chunk in self.chunk_ids(text, list(ids)):
                seqs.append(chunk)
                owner.append(i)
        probs = self.predict_ids(seqs, progress=progress)
        by_doc: dict[int, list[int]] = {}
        for row, i in enumerate(owner):
            by_doc.setdefault(i, []).append(row)
        for i, rows in by_doc.items():
            weights = np.array([max(1, len(seqs[r])) for r in rows], dtype=np.float64)
            p = (probs[rows] * weights[:, None]).sum(axis=0) / weights.sum()
            results[i] = Label(LABELS[label_index(p)], float(p[0]), float(p[1]), float(p[2]), len(rows))
        return [r if r is not None else Label(None, None, None, None, 0, "empty") for r in results]


_CACHE: dict[tuple, SentimentClassifier] = {}


def load_classifier(cfg: Any, threads: int | None = None) -> SentimentClassifier:
    """A classifier for the config, cached per (model, backend, quantize, batch, max_length, threads) in this process.

    `threads` caps torch/ONNX Runtime threads (one Dask worker per core wants 1); None = every core."""
    c = _classifier_cfg(cfg)
    key = (c.model, c.backend, c.quantize, c.batch_size, c.max_length, threads)
    if key not in _CACHE:
        _CACHE[key] = SentimentClassifier(c, threads=threads)
    _set_threads(_CACHE[key].threads)  # torch's thread count is per process: another cached entry may have moved it
    return _CACHE[key]


# -------------------------------------------------------------------------------------------------- stage


def shard_of(content_hash: str, shards: int) -> int:
    """The shard a text belongs to: its hash's first 32 bits modulo `shards` (the same rule as `unlabeled`'s SQL)."""
    return int(content_hash[:8], 16) % shards


def unlabeled(con, version: str, shard: int | None = None, shards: int = 1) -> list[tuple[str, str | None, str | None]]:
    """(content_hash, title, body) of documents without a label row for this classifier version.

    With `shard`, only the texts whose hash falls in that shard of `shards` (see `shard_of`): the shards of one
    run are disjoint and together are the whole set, whatever order the workers take them in."""
    if shard is not None and not 0 <= shard < shards:
        raise ValueError(f"shard {shard} is not in 0..{shards - 1}")
    in_shard = "" if shard is None else "AND ('0x' || substr(d.content_hash, 1, 8))::UBIGINT % ? = ?"
    params: list[Any] = [version] + ([] if shard is None else [shards, shard])
    return con.execute(
        f"""
        SELECT d.content_hash, any_value(d.title), any_value(d.body)
        FROM documents d
        WHERE d.content_hash IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM sentiment s WHERE s.content_hash = d.content_hash AND s.classifier = ?)
          {in_shard}
        GROUP BY d.content_hash
        ORDER BY d.content_hash
        """,
        params,
    ).fetchall()


def unlabeled_shard(warehouse, cfg, shard: int, shards: int) -> list[tuple[str, str | None, str | None]]:
    """One shard of the texts the configured classifier version has not labeled, read in one read connection."""
    with warehouse.read() as con:
        return unlabeled(con, classifier_version(cfg), shard, shards)


def label_documents(warehouse, cfg, stats, *, shard: int | None = None, shards: int = 1,
                    threads: int | None = None, classifier: SentimentClassifier | None = None,
                    docs_per_batch: int = DOCS_PER_BATCH) -> None:
    """Classify every document text that has no label for the configured classifier version.

    Reads the work list in one read connection, then classifies and writes batch by batch (each batch its own
    write transaction), so an interrupted run keeps what it finished and the next run continues from there.
    A text's label does not depend on the texts batched with it (fp32, see ClassifierConfig.quantize), so a
    resumed or incremental run writes the same rows as one clean run.
    With `shard`/`shards` it does only that shard of the texts (one Dask worker's part, see flows/label.py);
    `threads` caps the classifier's threads in this process; `classifier` is an already loaded one (default:
    the configured one, cached per process).
    """
    from tracker.warehouse.database import text_for_classifier, upsert, utcnow

    version = classifier_version(cfg)
    with warehouse.read() as con:
        todo = unlabeled(con, version, shard, shards)
    stats.fetched += len(todo)
    where = "" if shard is None else f" in shard {shard}/{shards}"
    if not todo:
        log.info("label: nothing to classify for %s%s", version, where)
        return
    clf = classifier if classifier is not None else load_classifier(cfg, threads)
    todo.sort(key=lambda r: len(r[1] or "") + len(r[2] or ""))  # similar lengths share batches
    with Progress("label", total=len(todo), enabled=shard is None) as bar:  # shards: their flow logs the counts
        for start in range(0, len(todo), docs_per_batch):
            batch = todo[start : start + docs_per_batch]
            texts = [text_for_classifier(title, body) for _, title, body in batch]
            try:
                results = clf.classify(texts)
            except Exception as exc:  # one bad batch must not lose the others
                stats.error(f"classify batch at {start}: {type(exc).__name__}: {exc}")
                bar.advance(len(batch))
                continue
            now = utcnow()
            rows = [
                {"content_hash": h, "classifier": version, "label": r.label, "p_negative": r.p_negative,
                 "p_neutral": r.p_neutral, "p_positive": r.p_positive, "n_chunks": r.n_chunks, "reason": r.reason,
                 "labeled_at": now}
                for (h, _, _), r in zip(batch, results, strict=True)
            ]
            with warehouse.write() as con:
                stats.add(upsert(con, "sentiment", rows, key=["content_hash", "classifier"]))
            bar.advance(len(batch))


def describe(clf: SentimentClassifier) -> dict:
    return {"model": clf.spec.name, "kind": clf.spec.kind, "version": clf.version, "backend": clf.backend,
            "quantize": clf.quantize, "max_length": clf.max_length, "threads": clf.threads,
            "labels": json.dumps(clf.config.id2label)}
