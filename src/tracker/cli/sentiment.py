"""`tracker train-classifier` and `tracker eval`: the sentiment model's training and scoring commands."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger("tracker.sentiment.classify")

EVAL_SLICE = 1024  # texts per predict_proba call in `tracker eval` (batches are length-sorted within a slice)


def _config(args: argparse.Namespace):
    """The config file if there is one; plain defaults when none was given and ./tracker.toml is absent."""
    from tracker.config import Config, ConfigError, config_path, load_config

    explicit = getattr(args, "config", None)
    if not explicit and not config_path(None).is_file():
        return Config()
    try:
        return load_config(explicit)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(2) from None


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def subset(examples: list, n: int | None, seed: int = 0) -> list:
    """A fixed random subset of n examples (same n and seed -> same texts), in the original order."""
    import random

    if not n or n >= len(examples):
        return examples
    keep = sorted(random.Random(seed).sample(range(len(examples)), n))
    return [examples[i] for i in keep]


def evaluate(classifier, examples: list, polarity: bool, progress: bool = True) -> dict:
    from tracker.sentiment.text import text_problem
    from tracker.sentiment.training import score

    import numpy as np

    from tracker.progress import Progress

    texts = [e.text for e in examples]
    parts = []
    # In slices, so the bar counts texts (a long text is several chunks inside predict_proba).
    with Progress("eval", total=len(texts), unit=" texts", enabled=progress) as bar:
        for start in range(0, len(texts), EVAL_SLICE):
            parts.append(classifier.predict_proba(texts[start : start + EVAL_SLICE]))
            bar.advance(len(parts[-1]))
    probs = np.concatenate(parts) if parts else np.zeros((0, 3))
    result = score([e.label for e in examples], probs, polarity=polarity)
    result["unlabeled_in_pipeline"] = sum(1 for t in texts if text_problem(t) is not None)
    result["classifier"] = classifier.version
    result["backend"] = classifier.backend
    return result


def cmd_eval(args: argparse.Namespace) -> int:
    _offline()
    from tracker.sentiment.classify import SentimentClassifier
    from tracker.sentiment.training import format_report, load_eval_dataset

    cfg = _config(args)
    updates = {k: v for k, v in {"model": args.model, "backend": args.backend}.items() if v}
    if args.quantize is not None:
        updates["quantize"] = args.quantize
    ccfg = cfg.classifier.model_copy(update=updates)
    try:
        examples, polarity = load_eval_dataset(args.dataset)
    except (OSError, ValueError) as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    examples = subset(examples, args.limit)
    t0 = time.monotonic()
    classifier = SentimentClassifier(ccfg)
    result = evaluate(classifier, examples, polarity)
    result["dataset"] = args.dataset
    result["seconds"] = round(time.monotonic() - t0, 1)
    if args.json:
        print(json.dumps(result))
    else:
        print(format_report(f"{args.dataset} [{classifier.version}, {classifier.backend}]", result))
    return 0


def final_scores(out_dir: Path, quantized: bool = True) -> dict:
    """Score a trained artifact on TweetEval test and GoEmotions dev (fp32, and int8 for the quantize decision)."""
    from tracker.config import ClassifierConfig
    from tracker.sentiment.classify import SentimentClassifier
    from tracker.sentiment.training import load_eval_dataset

    results: dict[str, dict] = {}
    variants = [False, True] if quantized else [False]
    for q in variants:
        clf = SentimentClassifier(ClassifierConfig(model=str(out_dir), quantize=q, backend="auto"))
        for name in ("tweeteval", "goemotions-dev"):
            examples, polarity = load_eval_dataset(name)
            label = {"tweeteval": "TweetEval sentiment test", "goemotions-dev": "GoEmotions dev (pos vs neg)"}[name]
            key = f"{label}{' [int8]' if q else ''}"
            results[key] = evaluate(clf, examples, polarity)
            r = results[key]
            print(f"{key}: macro-recall {r['macro_recall']:.4f} macro-F1 {r['macro_f1']:.4f}", flush=True)
    return results


def cmd_train(args: argparse.Namespace) -> int:
    _offline()
    from tracker.sentiment.classify import DEFAULT_MODEL, models_dir
    from tracker.sentiment.training import TrainSettings, train, write_model_card

    if not logging.getLogger().handlers:  # called without tracker.cli.main (which set up the console)
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    out = Path(args.out) if args.out else models_dir() / DEFAULT_MODEL
    settings = TrainSettings()
    for field in ("seed", "epochs", "lr", "max_steps", "max_minutes", "lora_r", "batch_size"):
        value = getattr(args, field)
        if value is not None:
            setattr(settings, field, value)
    if args.goemotions is not None:
        settings.goemotions_train = args.goemotions
    if args.semeval is not None:
        settings.semeval_limit = args.semeval
    if args.recalibrate:
        from tracker.sentiment.training import recalibrate_artifact

        meta = recalibrate_artifact(out)
        print(f"recalibrated: bias offsets {meta['bias_offsets']}, val macro-recall {meta['val_macro_recall']}")
    elif not args.score_only:
        meta = train(out, settings)
        print(f"trained in {meta['train_minutes']} min; TweetEval val macro-recall {meta['val_macro_recall']}")
    if args.no_score:
        return 0
    meta = json.loads((out / "training.json").read_text())
    results = final_scores(out)
    meta["scores"] = {k: {m: v[m] for m in ("n", "macro_recall", "macro_f1", "accuracy")} for k, v in results.items()}
    (out / "training.json").write_text(json.dumps(meta, indent=2) + "\n")
    card = write_model_card(out, meta, results)
    print(f"wrote {card}")
    return 0


def add_commands(subparsers) -> None:
    p = subparsers.add_parser("train-classifier", help="fine-tune the builtin sentiment classifier (LoRA, CPU)")
    p.add_argument("--out", help="artifact folder (default data/models/tracker-minilm-sentiment)")
    p.add_argument("--seed", type=int)
    p.add_argument("--epochs", type=float)
    p.add_argument("--lr", type=float)
    p.add_argument("--batch-size", dest="batch_size", type=int)
    p.add_argument("--lora-r", dest="lora_r", type=int)
    p.add_argument("--max-steps", dest="max_steps", type=int, help="stop after this many steps (0: the whole schedule)")
    p.add_argument("--max-minutes", dest="max_minutes", type=float, help="wall-clock safety cap of the training loop")
    p.add_argument("--goemotions", type=int, help="GoEmotions train rows to mix in (-1 all, 0 none)")
    p.add_argument("--semeval", type=int, help="limit SemEval tweets (for a quick sanity run)")
    p.add_argument("--score-only", action="store_true", help="skip training; score the artifact, rewrite the card")
    p.add_argument("--recalibrate", action="store_true",
                   help="skip training; redo the head-bias calibration of the saved artifact, then score")
    p.add_argument("--no-score", action="store_true", help="train only; no test scoring / model card")
    p.set_defaults(func=cmd_train)

    p = subparsers.add_parser("eval", help="score the configured sentiment classifier on a labeled data set")
    p.add_argument("--dataset", default="tweeteval",
                   help="tweeteval | tweeteval-val | goemotions-dev | PATH to a TSV with header text<TAB>label")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.add_argument("--limit", type=int, help="score a fixed random subset of this many texts")
    p.add_argument("--model", help="override [classifier] model (artifact name, HF id or folder)")
    p.add_argument("--backend", choices=["auto", "torch", "onnx"])
    q = p.add_mutually_exclusive_group()
    q.add_argument("--quantize", dest="quantize", action="store_true", default=None)
    q.add_argument("--no-quantize", dest="quantize", action="store_false")
    p.set_defaults(func=cmd_eval)
