"""Target-level sentiment: how a text feels about one named target (a model mention), not about everything in it.

Input is (text, start, end) with ``text[start:end]`` the mention. The model sees a BERT text pair:
the text, with the mention wrapped in the marker tokens ``[unused0]``/``[unused1]`` (so the model knows which
occurrence is meant), and the mention itself as the second segment::

    [CLS] left ... [unused0] mention [unused1] ... right [SEP] mention [SEP]

A long text is cut to a window of at most ``max_length`` tokens centred on the mention. An implicit target (a
reply under a GPT-5.5 thread that does not name it) is scored as ``f"{subject}: {text}"`` with the span on the
subject prefix; the model is trained on such examples.

The builtin artifact (``data/models/tracker-minilm-target/``) is a LoRA adapter + head + the two marker-token
embeddings over the packaged MiniLM base, assembled at load time like the whole-text model (shared loading code
in `tracker.sentiment.model`). Inference runs in fp32 with per-row attention masks, so a row's probabilities do
not depend on the other rows of its batch or on their padding: on ONNX Runtime (`[classifier] backend` auto/onnx,
exported once into the artifact's git-ignored ``.build/``; the weights are then not loaded at all) or torch.

With `[classifier] target_model = ""` the `PassageClassifier` stands in: the whole-text classifier run on the clause
around the target (its sentence cut at "but", "while", ";" ...), with a yardstick ("worse than 5.4") getting the
clause's polarity reversed and a likeness ("feels like 5.4") no verdict. Both offer ``version`` and
``predict_proba([(text, start, end), ...])``.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tracker.sentiment.classify import TorchOnDemand, classifier_version, load_classifier, onnx_session
from tracker.sentiment.model import (_classifier_cfg, _set_threads, label_order, load_tokenizer_and_config,
                                     model_digest, ordered_probs, resolve_model)
from tracker.sentiment.text import clause_bounds, normalize_text, yardstick_cue

log = logging.getLogger("tracker.sentiment.targets")

DEFAULT_TARGET_MODEL = "tracker-minilm-target-ai"
MARKER_OPEN = "[unused0]"
MARKER_CLOSE = "[unused1]"
DEFAULT_MAX_LENGTH = 128
MAX_TARGET_TOKENS = 16  # a longer mention is cut in the second segment (the markers still show all of it)
# The rules that pick the passage scorer's cues (`yardstick_cue`) are part of a per-mention score's version:
# a change to them re-scores every passage (rules 2: "like" only after a verb of seeming or being).
CUE_RULES = "2"
PASSAGE_PREFIX = f"passage{CUE_RULES}+"
YARDSTICK = f"+yardstick{CUE_RULES}:"


def implicit_item(subject: str, text: str) -> tuple[str, int, int]:
    """The item for a text about `subject` that does not name it: 'SUBJECT: text', span on the prefix."""
    return f"{subject}: {text}", 0, len(subject)


def encode_target(tokenizer, text: str, start: int, end: int, max_length: int,
                  markers: tuple[int, int]) -> tuple[list[int], list[int]]:
    """(input_ids, token_type_ids) with specials for one item; the text is windowed around the mention.

    Each piece (left of the mention, the mention, right of it) is normalized and tokenized on its own, so the
    character offsets stay valid whatever normalization does to links and handles elsewhere in the text.
    """
    return encode_targets(tokenizer, [(text, start, end)], max_length, markers)[0]


def encode_targets(tokenizer, items: Sequence[tuple[str, int, int]], max_length: int,
                   markers: tuple[int, int]) -> list[tuple[list[int], list[int]]]:
    """`encode_target` for many items, their pieces tokenized in one call (the tokenizer's batch path)."""
    pieces: list[str] = []
    for text, start, end in items:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"target span {start}:{end} outside a text of {len(text)} characters")
        pieces.extend(normalize_text(piece) if piece.strip() else ""
                      for piece in (text[:start], text[start:end], text[end:]))
    ids = tokenizer(pieces, add_special_tokens=False)["input_ids"] if pieces else []
    return [_window(list(ids[i]), list(ids[i + 1]), list(ids[i + 2]), tokenizer, max_length, markers)
            for i in range(0, len(ids), 3)]


def _window(left: list[int], target: list[int], right: list[int], tokenizer, max_length: int,
            markers: tuple[int, int]) -> tuple[list[int], list[int]]:
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    second = target[:MAX_TARGET_TOKENS]
    budget = max_length - 3 - len(second) - 2  # [CLS] [SEP] [SEP], the two markers
    mention = target[: max(1, budget)] if len(target) > budget else target
    room = max(0, budget - len(mention))
    # centre the window on the mention; room one side does not use goes to the other
    take_left = min(len(left), room // 2)
    take_right = min(len(right), room - take_left)
    take_left = min(len(left), room - take_right)
    first = (left[len(left) - take_left:] if take_left else []) + [markers[0]] + mention + [markers[1]] + right[:take_right]
    ids = [cls] + first + [sep] + second + [sep]
    types = [0] * (len(first) + 2) + [1] * (len(second) + 1)
    return ids, types


class TargetClassifier(TorchOnDemand):
    """Sentiment toward a target mention; `predict_proba` rows are [p_negative, p_neutral, p_positive]."""

    def __init__(self, cfg: Any = None, *, model: str | None = None, threads: int | None = None,
                 batch_size: int | None = None):
        from tracker.config import ClassifierConfig

        c = _classifier_cfg(cfg) if cfg is not None else ClassifierConfig()
        self.model_name = model or c.target_model
        self.spec = resolve_model(self.model_name)
        self.threads = threads or os.cpu_count() or 1
        self.batch_size = batch_size or c.batch_size
        _set_threads(self.threads)
        self.tokenizer, self.config = load_tokenizer_and_config(self.spec)
        self.order = label_order(self.config.id2label)
        self.max_length = DEFAULT_MAX_LENGTH
        meta = Path(self.spec.path) / "training.json"
        if self.spec.kind == "builtin" and meta.is_file():
            self.max_length = int(json.loads(meta.read_text()).get("max_length", DEFAULT_MAX_LENGTH))
        self.tokenizer.model_max_length = 1_000_000_000  # we window ourselves
        self.markers = tuple(self.tokenizer.convert_tokens_to_ids([MARKER_OPEN, MARKER_CLOSE]))
        self.version = f"{self.spec.name}@{model_digest(self.spec)}"
        self.backend, self.session = "torch", None
        if c.backend in {"auto", "onnx"}:
            try:
                self.session = onnx_session(self.spec, lambda: self.model, self.threads, token_types=True)
                self.backend = "onnx"
            except Exception as exc:  # onnxruntime missing or export unsupported: torch still works
                if c.backend == "onnx":
                    raise
                log.warning("ONNX backend unavailable for %s (%s: %s); using torch", self.spec.name,
                            type(exc).__name__, exc)

    def _logits(self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray) -> np.ndarray:
        if self.session is not None:
            return self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        import torch

        with torch.inference_mode():
            logits = self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask),
                                token_type_ids=torch.from_numpy(types)).logits
        return logits.float().numpy()

    def encode(self, text: str, start: int, end: int) -> tuple[list[int], list[int]]:
        return encode_target(self.tokenizer, text, start, end, self.max_length, self.markers)

    def predict_encoded(self, encoded: Sequence[tuple[list[int], list[int]]], progress=None) -> np.ndarray:
        """Probabilities for encoded items, in length-sorted dynamic batches (fp32; padding is masked)."""
        out = np.zeros((len(encoded), 3), dtype=np.float64)
        pad = self.tokenizer.pad_token_id or 0
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
        for begin in range(0, len(order), self.batch_size):
            part = order[begin : begin + self.batch_size]
            width = max(len(encoded[i][0]) for i in part)
            ids = np.full((len(part), width), pad, dtype=np.int64)
            types = np.zeros((len(part), width), dtype=np.int64)
            mask = np.zeros((len(part), width), dtype=np.int64)
            for row, i in enumerate(part):
                n = len(encoded[i][0])
                ids[row, :n] = encoded[i][0]
                types[row, :n] = encoded[i][1]
                mask[row, :n] = 1
            out[part] = ordered_probs(self._logits(ids, mask, types), self.order)
            if progress is not None:
                progress(len(part))
        return out

    def predict_proba(self, items: Sequence[tuple[str, int, int]], progress=None) -> np.ndarray:
        """items = (text, start, end), text[start:end] the target mention -> rows [p_neg, p_neu, p_pos]."""
        return self.predict_encoded(encode_targets(self.tokenizer, items, self.max_length, self.markers), progress)


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
        self.backend = self.whole_text.backend

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


class YardstickAwareClassifier:
    """The trained target model, except for a model named as the yardstick or a likeness ("worse than 5.4",
    "underwhelming compared to 5.4", "feels like 5.4"), which the PassageClassifier reads instead.

    Why: the target-level training sets (tweets about people and products, restaurant and laptop aspects) hold few
    comparisons in which the target is the standard another thing is measured against, and the trained model
    gives the yardstick the sentence's mood ("underwhelming compared to 5.4" negative for 5.4). The passage
    reading reverses the compared clause's polarity for the yardstick, which is what the sentence says of it.
    Every other mention, the compared model included, is scored by the trained model.
    """

    def __init__(self, trained: TargetClassifier, passage: PassageClassifier):
        self.trained, self.passage = trained, passage
        self.version = f"{trained.version}{YARDSTICK}{passage.whole_text.version}"
        self.backend = trained.backend

    def predict_proba(self, items: Sequence[tuple[str, int, int]], progress=None) -> np.ndarray:
        yardstick = [target_passage(text, start, end)[1] is not None for text, start, end in items]
        out = np.zeros((len(items), 3), dtype=np.float64)
        for flag, scorer in ((False, self.trained), (True, self.passage)):
            rows = [i for i, y in enumerate(yardstick) if y is flag]
            if rows:
                out[rows] = scorer.predict_proba([items[i] for i in rows], progress=progress)
        return out


_CACHE: dict[tuple, TargetClassifier] = {}


def load_trained_target_classifier(cfg: Any, threads: int | None = None) -> TargetClassifier:
    """The trained model of `[classifier] target_model` alone, cached per (model, backend, batch size, threads) in this process."""
    c = _classifier_cfg(cfg)
    key = (c.target_model, c.backend, c.batch_size, threads)
    if key not in _CACHE:
        _CACHE[key] = TargetClassifier(c, threads=threads)
    _set_threads(_CACHE[key].threads)
    return _CACHE[key]


def load_target_classifier(cfg: Any, threads: int | None = None):
    """The per-mention scorer of the pipeline: the trained `[classifier] target_model` with yardsticks read by
    the passage scorer (or the PassageClassifier alone when `target_model` is empty), its positive readings
    checked by the `[classifier] irony_model` when one is set (`IronyAwareClassifier`)."""
    from tracker.sentiment.irony import IronyAwareClassifier, load_irony_classifier

    c = _classifier_cfg(cfg)
    if not c.target_model:
        scorer = PassageClassifier(c, threads)
    else:
        scorer = YardstickAwareClassifier(load_trained_target_classifier(c, threads), PassageClassifier(c, threads))
    if not c.irony_model:
        return scorer
    return IronyAwareClassifier(scorer, load_irony_classifier(c.irony_model, c.backend, threads))


def target_classifier_version(cfg: Any) -> str:
    """The version string of the configured per-mention scorer without loading it (for 'already scored?' checks)."""
    from tracker.sentiment.irony import irony_suffix

    c = _classifier_cfg(cfg)
    if not c.target_model:
        version = PASSAGE_PREFIX + classifier_version(c)
    else:
        spec = resolve_model(c.target_model)
        version = f"{spec.name}@{model_digest(spec)}{YARDSTICK}{classifier_version(c)}"
    return version + (irony_suffix(c.irony_model) if c.irony_model else "")
