"""`tracker train-classifier` and `tracker eval`: the sentiment model's training and scoring commands."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from tracker.cli.args import (decimal_number, existing_folder, model_artifact, output_file, output_file_or_folder,
                              whole_number)

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


def predict_with_progress(classifier, inputs: list, progress: bool = True):
    """classifier.predict_proba over `inputs` in slices, so the progress bar counts texts (or mentions), not chunks."""
    import numpy as np

    from tracker.progress import Progress

    parts = []
    with Progress("eval", total=len(inputs), unit=" texts", enabled=progress) as bar:
        for start in range(0, len(inputs), EVAL_SLICE):
            parts.append(classifier.predict_proba(inputs[start : start + EVAL_SLICE]))
            bar.advance(len(parts[-1]))
    return np.concatenate(parts) if parts else np.zeros((0, 3))


def evaluate(classifier, examples: list, polarity: bool, progress: bool = True) -> dict:
    from tracker.sentiment.text import text_problem
    from tracker.sentiment.training import score

    texts = [e.text for e in examples]
    probs = predict_with_progress(classifier, texts, progress)
    result = score([e.label for e in examples], probs, polarity=polarity)
    result["unlabeled_in_pipeline"] = sum(1 for t in texts if text_problem(t) is not None)
    result["classifier"] = classifier.version
    result["backend"] = classifier.backend
    return result


WHOLE_TEXT_DATASETS = ("tweeteval", "tweeteval-val", "goemotions-dev")
IRONY_DATASETS = ("tweeteval-irony", "tweeteval-irony-val")  # scored by the irony model: irony-class F1


def load_any_dataset(name: str) -> tuple[str, list, bool, list[dict]]:
    """(kind 'target' | 'text', examples, polarity_only, rows to copy into --predictions) for `--dataset`.

    Named target-level sets (twitter-dong2014, laptops, restaurants, mams) mean their test split; `NAME-train`,
    `NAME-val` (MAMS) and `NAME-test` pick a split. A PATH is target-level when its header has text, target,
    start, end and label, whole-text when it has text and label.
    """
    from tracker.sentiment.datasets import (DOMAIN_DEV, DOMAIN_VAL, TARGET_DATASETS, domain_dev_path, domain_split,
                                            is_target_level, load_target_split, load_target_tsv)
    from tracker.sentiment.training import LABELS, load_eval_dataset

    base, _, split = name.rpartition("-") if name.rsplit("-", 1)[-1] in {"train", "val", "test"} else (name, "", "test")
    if name == DOMAIN_DEV:
        examples = load_target_tsv(domain_dev_path(), DOMAIN_DEV)
        return "target", examples, False, [_target_row(e) for e in examples]
    if name == DOMAIN_VAL:  # the validation slice of the project's in-domain rows (the training recipe's split)
        _, examples = domain_split()
        return "target", examples, False, [_target_row(e) for e in examples]
    if base in TARGET_DATASETS:
        examples = load_target_split(base, split)
        return "target", examples, False, [_target_row(e) for e in examples]
    if name in WHOLE_TEXT_DATASETS or name == "tweeteval-test" or not Path(name).exists():
        examples, polarity = load_eval_dataset(name)
        return "text", examples, polarity, [{"text": e.text, "label": LABELS[e.label]} for e in examples]
    path = Path(name)
    if is_target_level(path):
        examples = load_target_tsv(path)
        return "target", examples, False, [_target_row(e) for e in examples]
    examples, polarity = load_eval_dataset(name)
    rows = _read_rows(path)
    if len(rows) != len(examples):
        raise ValueError(f"{path}: {len(rows)} rows read but {len(examples)} examples parsed")
    return "text", examples, polarity, rows


def _target_row(e) -> dict:
    from tracker.sentiment.training import LABELS

    return {"text": e.text, "target": e.text[e.start:e.end], "start": e.start, "end": e.end,
            "label": LABELS[e.label], **e.extra}


def _read_rows(path: Path) -> list[dict]:
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write_predictions(path: Path, rows: list[dict], probs, polarity: bool) -> None:
    """Every input row (its columns as read) + p_negative, p_neutral, p_positive, predicted."""
    import csv

    from tracker.sentiment.text import LABELS, label_index

    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    columns += ["p_negative", "p_neutral", "p_positive", "predicted"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row, p in zip(rows, probs, strict=True):
            if polarity:
                predicted = "positive" if p[2] >= p[0] else "negative"
            else:
                predicted = LABELS[label_index(p)]
            writer.writerow({**row, "p_negative": f"{p[0]:.6f}", "p_neutral": f"{p[1]:.6f}",
                             "p_positive": f"{p[2]:.6f}", "predicted": predicted})


def named_datasets() -> list[str]:
    """Every name `tracker eval --dataset` accepts besides a PATH."""
    from tracker.sentiment.datasets import TARGET_DATASETS

    from tracker.sentiment.datasets import DOMAIN_DEV, DOMAIN_VAL

    splits = {"mams": ("train", "val", "test")}
    names = [*WHOLE_TEXT_DATASETS, "tweeteval-test", DOMAIN_DEV, DOMAIN_VAL, *IRONY_DATASETS]
    for base in TARGET_DATASETS:
        names += [base] + [f"{base}-{split}" for split in splits.get(base, ("train", "test"))]
    return names


def dataset_problem(name: str) -> str | None:
    """Why `--dataset NAME` cannot be scored, in one line naming it; None when it looks usable. Runs before
    any model loads, so a typo or a wrong file costs a fraction of a second, not a model load."""
    from tracker.sentiment.datasets import DOMAIN_DEV, DOMAIN_VAL, TARGET_DATASETS

    base = name.rpartition("-")[0] if name.rsplit("-", 1)[-1] in {"train", "val", "test"} else name
    if (name in WHOLE_TEXT_DATASETS or name in IRONY_DATASETS or name in {"tweeteval-test", DOMAIN_DEV, DOMAIN_VAL}
            or base in TARGET_DATASETS):
        return None
    path = Path(name)
    if not path.exists():
        return (f"unknown dataset {name!r}: not a file, and not one of the named sets: {', '.join(named_datasets())}")
    if path.is_dir():
        return f"{path}: is a directory; expected a TSV file with a header text,label or text,target,start,end,label"
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"{path}: cannot be read ({exc.strerror})"
    if b"\0" in data[:8192]:
        return f"{path}: a binary file, not a tab-separated text file"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8"
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return f"{path}: empty; expected a header text,label or text,target,start,end,label and one row per example"
    header = lines[0].split("\t")
    if not {"text", "label"} <= set(header):
        return f"{path}: header {lines[0][:80]!r} lacks text and label (tab-separated)"
    if len(lines) == 1:
        return f"{path}: a header and no examples"
    return None


def cmd_eval(args: argparse.Namespace) -> int:
    _offline()
    problem = dataset_problem(args.dataset)
    if problem:
        print(f"eval: {problem}", file=sys.stderr)
        return 2
    from tracker.sentiment.training import format_report, score

    cfg = _config(args)
    if args.model:
        from tracker.sentiment.model import resolve_model

        try:
            resolve_model(args.model)
        except FileNotFoundError as exc:
            print(f"eval: --model: {exc}", file=sys.stderr)
            return 2
    if args.dataset in IRONY_DATASETS:
        return eval_irony(args, cfg)
    try:
        kind, examples, polarity, rows = load_any_dataset(args.dataset)
    except FileNotFoundError as exc:
        print(f"eval: {missing_set(args.dataset, exc)}", file=sys.stderr)
        return 2
    except (OSError, ValueError, KeyError) as exc:
        print(f"eval: {args.dataset}: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}",
              file=sys.stderr)
        return 2
    if not examples:  # e.g. every row skipped while parsing: nothing to score
        print(f"eval: {args.dataset}: no examples to score", file=sys.stderr)
        return 2
    if args.limit:
        keep = subset(list(range(len(examples))), args.limit)
        examples, rows = [examples[i] for i in keep], [rows[i] for i in keep]
    t0 = time.monotonic()
    if args.baseline:
        from tracker.sentiment.baselines import load_baseline

        classifier = load_baseline(args.baseline)  # target-blind on target-level sets: it reads the text only
        inputs = [e.text for e in examples]
    elif kind == "target":
        from tracker.sentiment.targets import TargetClassifier, load_target_classifier

        ccfg = cfg.classifier.model_copy(update={"target_model": args.model} if args.model else {})
        # the trained model alone (what the model card scores), or the per-mention scorer the pipeline runs
        classifier = load_target_classifier(ccfg) if args.scorer == "pipeline" else TargetClassifier(ccfg)
        inputs = [e.item for e in examples]
    else:
        if args.scorer == "pipeline":
            print("eval: --scorer pipeline is for target-level data sets (a whole-text label has one scorer)",
                  file=sys.stderr)
            return 2
        from tracker.sentiment.classify import SentimentClassifier

        updates = {k: v for k, v in {"model": args.model, "backend": args.backend}.items() if v}
        if args.quantize is not None:
            updates["quantize"] = args.quantize
        classifier = SentimentClassifier(cfg.classifier.model_copy(update=updates))
        inputs = [e.text for e in examples]
    try:
        probs = predict_with_progress(classifier, inputs)
    except OSError as exc:  # a model that cannot be loaded: a folder without weights, a hub id while offline
        print(f"eval: cannot load the model: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
              file=sys.stderr)
        return 2
    result = score([e.label for e in examples], probs, polarity=polarity)
    result["kind"] = "target" if kind == "target" else "whole-text"
    if kind == "text":
        from tracker.sentiment.text import text_problem

        result["unlabeled_in_pipeline"] = sum(1 for e in examples if text_problem(e.text) is not None)
    result["classifier"] = classifier.version
    result["backend"] = classifier.backend
    result["dataset"] = args.dataset
    result["seconds"] = round(time.monotonic() - t0, 1)
    if kind == "target" and any(e.extra.get("pair") for e in examples):
        result["comparisons"] = comparison_check(examples, probs)
    for column in ("kind", "phenomenon"):  # per-slice scores of sets that carry these columns (the in-domain ones)
        slices = by_column(examples, probs, column)
        if slices:
            result[f"by_{column}"] = slices
    if args.predictions:
        write_predictions(Path(args.predictions), rows, probs, polarity)
    if args.json:
        print(json.dumps(result))
    else:
        print(format_report(f"{args.dataset} [{classifier.version}, {classifier.backend}]", result))
        for column in ("kind", "phenomenon"):
            for value, r in result.get(f"by_{column}", {}).items():
                print(f"  {column} {value:<24} n={r['n']:<5} accuracy {r['accuracy']:.4f}   macro-F1 {r['macro_f1']:.4f}")
        if "comparisons" in result:
            c = result["comparisons"]
            print(f"  comparisons: the preferred target scores higher in {c['held']} of {c['pairs']} pairs "
                  f"({c['rate']:.3f})")
    return 0


def by_column(examples: list, probs, column: str) -> dict:
    """Scores per value of an extra column (e.g. `kind`), {} when no example has it."""
    from tracker.sentiment.training import score

    groups: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        value = getattr(e, "extra", {}).get(column)
        if value:
            groups.setdefault(value, []).append(i)
    out = {}
    for value in sorted(groups):
        idx = groups[value]
        r = score([examples[i].label for i in idx], probs[idx])
        out[value] = {k: r[k] for k in ("n", "accuracy", "macro_f1", "confusion")}
    return out


def eval_irony(args: argparse.Namespace, cfg) -> int:
    """Irony-class F1 of the configured irony model on TweetEval irony (test, or val) at its shipped threshold."""
    from tracker.sentiment.irony import LEADERBOARD, IronyClassifier, irony_f1, load_tweeteval_irony

    model = args.model or cfg.classifier.irony_model
    if not model:
        print("eval: no irony model: [classifier] irony_model is empty and --model was not given", file=sys.stderr)
        return 2
    split = "val" if args.dataset.endswith("-val") else "test"
    try:
        examples = load_tweeteval_irony(split)
    except OSError as exc:
        print(f"eval: {args.dataset}: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return 2
    examples = subset(examples, args.limit)
    t0 = time.monotonic()
    clf = IronyClassifier(model, backend=args.backend or cfg.classifier.backend)
    p = clf.p_ironic([e.text for e in examples])
    result = {**irony_f1([e.label for e in examples], p, clf.threshold), "kind": "irony", "dataset": args.dataset,
              "classifier": clf.version, "backend": clf.backend, "seconds": round(time.monotonic() - t0, 1)}
    if args.predictions:
        write_irony_predictions(Path(args.predictions), examples, p, clf.threshold)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.dataset} [{clf.version}, {clf.backend}]: n={result['n']}, threshold {clf.threshold:g}\n"
              f"  irony-class F1 {result['f1_irony']:.4f}   precision {result['precision']:.4f}   "
              f"recall {result['recall']:.4f}   accuracy {result['accuracy']:.4f}\n"
              f"  published irony F1 (TweetEval test): {LEADERBOARD}")
    return 0


def write_irony_predictions(path: Path, examples: list, p, threshold: float) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["text", "label", "p_ironic", "predicted"])
        for e, q in zip(examples, p, strict=True):
            writer.writerow([e.text, e.label, f"{q:.6f}", int(q >= threshold)])


def missing_set(name: str, exc: FileNotFoundError) -> str:
    """One line for a named set whose file is absent: which file, and where the named sets come from."""
    from tracker.sentiment.training import shared_data_dir

    missing = exc.filename or str(exc)
    return (f"the named set {name!r} reads {missing}, which is missing. The named sets are files of the shared "
            f"data folder (looked for at {shared_data_dir()}): place it at ../shared/data beside the checkout, or "
            "set TRACKER_SHARED_DATA to where it is (see docs/evaluation.md); or give --dataset PATH to a TSV")


def comparison_check(examples: list, probs) -> dict:
    """For rows sharing a `pair` id (two targets of one comparative sentence, one positive, one negative): how
    often the preferred target's p_positive - p_negative is above the other's."""
    groups: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        if e.extra.get("pair"):
            groups.setdefault(e.extra["pair"], []).append(i)
    held = pairs = 0
    for idx in groups.values():
        pos = [i for i in idx if examples[i].label == 2]
        neg = [i for i in idx if examples[i].label == 0]
        if len(pos) != 1 or len(neg) != 1:
            continue
        pairs += 1
        margin = lambda i: probs[i][2] - probs[i][0]  # noqa: E731
        held += int(margin(pos[0]) > margin(neg[0]))
    return {"pairs": pairs, "held": held, "rate": held / pairs if pairs else 0.0}


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


TARGET_CARD_SETS = {  # model card row -> `tracker eval --dataset` name
    "Twitter, Dong et al. 2014 (test)": "twitter-dong2014",
    "SemEval-2014 laptops (test)": "laptops",
    "SemEval-2014 restaurants (test)": "restaurants",
    "MAMS ATSA (test)": "mams",
}


def target_final_scores(out_dir: Path) -> dict:
    """Score a target artifact on the four test sets and the comparative sentences (once, for the card)."""
    from tracker.sentiment.targets import TargetClassifier
    from tracker.sentiment.training import score

    clf = TargetClassifier(model=str(out_dir), threads=2)
    results: dict[str, dict] = {}
    for label, name in TARGET_CARD_SETS.items():
        _, examples, _, _ = load_any_dataset(name)
        results[label] = score([e.label for e in examples], clf.predict_proba([e.item for e in examples]))
        r = results[label]
        print(f"{label}: accuracy {r['accuracy']:.4f} macro-F1 {r['macro_f1']:.4f}", flush=True)
    from tracker.config import ClassifierConfig
    from tracker.sentiment.datasets import DOMAIN_DEV, domain_dev_path
    from tracker.sentiment.target_training import DOMAIN_DEV_PIPELINE
    from tracker.sentiment.targets import load_target_classifier

    if domain_dev_path().is_file():  # the in-domain development set: the model alone, then the pipeline's scorer
        _, examples, _, _ = load_any_dataset(DOMAIN_DEV)
        pipeline = load_target_classifier(ClassifierConfig(target_model=str(out_dir)), threads=2)
        for label, scorer in (("AI-model sentiment dev", clf), (DOMAIN_DEV_PIPELINE, pipeline)):
            results[label] = score([e.label for e in examples], scorer.predict_proba([e.item for e in examples]))
            r = results[label]
            print(f"{label}: accuracy {r['accuracy']:.4f} macro-F1 {r['macro_f1']:.4f}", flush=True)
    _, examples, _, _ = load_any_dataset(str(COMPARATIVES))
    results["comparisons"] = comparison_check(examples, clf.predict_proba([e.item for e in examples]))
    print(f"comparisons: {results['comparisons']}", flush=True)
    return results


COMPARATIVES = Path(__file__).resolve().parents[3] / "data" / "eval" / "comparatives.tsv"


TRAIN_OPTIONS = ("seed", "epochs", "lr", "max_steps", "max_minutes", "lora_r", "batch_size", "threads")
TARGET_TRAIN_OPTIONS = ("init_from", "domain_dir", "domain_repeat", "public_sample", "checkpoint_dir", "eval_every")


def with_train_options(settings, args: argparse.Namespace):
    """`settings` with the training options given on the command line laid over its defaults."""
    for field in TRAIN_OPTIONS:
        value = getattr(args, field)
        if value is not None:
            setattr(settings, field, value)
    return settings


def cmd_train_target(args: argparse.Namespace) -> int:
    from tracker.sentiment.model import models_dir
    from tracker.sentiment.target_training import TargetTrainSettings, train_target, write_target_model_card
    from tracker.sentiment.targets import DEFAULT_TARGET_MODEL

    if not logging.getLogger().handlers:  # called without tracker.cli.main (which set up the console)
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    out = Path(args.out) if args.out else models_dir() / DEFAULT_TARGET_MODEL
    settings = with_train_options(TargetTrainSettings(), args)
    for name in TARGET_TRAIN_OPTIONS:
        value = getattr(args, name, None)
        if value is not None:
            setattr(settings, name, str(value) if isinstance(value, Path) else value)  # training.json is JSON
    if not args.score_only:
        meta = train_target(out, settings)
        print(f"trained in {meta['train_minutes']} min; best step {meta['best_step']}, validation "
              f"{meta['selection_after_bias']}")
    if args.no_score:
        return 0
    meta = json.loads((out / "training.json").read_text())
    results = target_final_scores(out)
    meta["scores"] = {k: ({m: v[m] for m in ("n", "accuracy", "macro_f1", "macro_recall")} if "n" in v else v)
                      for k, v in results.items()}
    (out / "training.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {write_target_model_card(out, meta, results)}")
    return 0


def calibrate_irony_flip(irony_dir: Path, cfg) -> dict:
    """Choose the p(ironic) at which the per-mention scorer flips a positive reading, for the scorer's own
    validation score (the target model's validation sets: public held-out slices where irony is rare, and the
    in-domain held-out slice where it is not), and record it in the irony artifact's training.json.

    Why not the irony-F1 threshold: it is chosen where about 40% of the texts are ironic; applied to reviews and
    forum text, where irony is rare, a low threshold flips sincere praise."""
    import numpy as np

    from tracker.sentiment.irony import IronyClassifier, flipped, mention_sentence
    from tracker.sentiment.target_training import TargetTrainSettings, selection_score, validation_sets
    from tracker.sentiment.targets import load_target_classifier
    from tracker.sentiment.training import score

    settings = TargetTrainSettings()
    scorer = load_target_classifier(cfg.classifier.model_copy(update={"irony_model": ""}), threads=2)
    irony = IronyClassifier(str(irony_dir), threads=2)
    val = validation_sets(settings)
    probs, p_ironic, truth = {}, {}, {}
    for name, examples in val.items():
        items = [e.item for e in examples]
        probs[name] = scorer.predict_proba(items)
        truth[name] = [e.label for e in examples]
        positive = [i for i in range(len(items)) if probs[name][i, 2] > probs[name][i, 0]]
        p_ironic[name] = np.zeros(len(items))
        p_ironic[name][positive] = irony.p_ironic([mention_sentence(*items[i]) for i in positive])
    grid = [round(float(t), 2) for t in np.arange(0.3, 1.0001, 0.02)]
    selection = {str(t): round(selection_score({k: score(truth[k], flipped(probs[k], p_ironic[k], t))
                                                for k in val}, settings.domain_weight), 4) for t in grid}
    selection["off"] = round(selection_score({k: score(truth[k], probs[k]) for k in val}, settings.domain_weight), 4)
    best = max(grid, key=lambda t: (selection[str(t)], t))  # ties: the higher threshold (fewer flips)
    meta_path = irony_dir / "training.json"
    meta = json.loads(meta_path.read_text())
    meta.update({"flip_threshold": best, "flip_selection": selection, "flip_scorer": scorer.version})
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def cmd_train_irony(args: argparse.Namespace) -> int:
    from tracker.sentiment.irony import (DEFAULT_IRONY_MODEL, IronyTrainSettings, irony_test_scores, train_irony,
                                         write_irony_model_card)
    from tracker.sentiment.model import models_dir

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    out = Path(args.out) if args.out else models_dir() / DEFAULT_IRONY_MODEL
    settings = IronyTrainSettings()
    for name in ("seed", "epochs", "lr", "lora_r", "batch_size", "threads", "max_minutes"):
        if getattr(args, name, None) is not None:
            setattr(settings, name, getattr(args, name))
    if not args.score_only and not args.recalibrate:
        meta = train_irony(out, settings)
        print(f"trained in {meta['train_minutes']} min; best step {meta['best_step']}, threshold {meta['threshold']}")
    if not args.score_only:
        flip = calibrate_irony_flip(out, _config(args))
        print(f"per-mention flip threshold {flip['flip_threshold']} (validation selection "
              f"{flip['flip_selection'][str(flip['flip_threshold'])]}, without the check {flip['flip_selection']['off']})")
    if args.no_score:
        return 0
    meta = json.loads((out / "training.json").read_text())
    test = irony_test_scores(out)
    meta["scores"] = {"tweeteval-irony test": test}
    (out / "training.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"TweetEval irony test: irony-class F1 {test['f1_irony']:.4f}")
    print(f"wrote {write_irony_model_card(out, meta, test)}")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    _offline()
    if args.target and args.irony:
        print("train-classifier: --target and --irony train different models; give one", file=sys.stderr)
        return 2
    if args.irony:
        return cmd_train_irony(args)
    if args.target:
        return cmd_train_target(args)
    from tracker.sentiment.classify import DEFAULT_MODEL
    from tracker.sentiment.model import models_dir
    from tracker.sentiment.training import TrainSettings, train, write_model_card

    if not logging.getLogger().handlers:  # called without tracker.cli.main (which set up the console)
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    out = Path(args.out) if args.out else models_dir() / DEFAULT_MODEL
    settings = with_train_options(TrainSettings(), args)
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
    p.add_argument("--target", action="store_true",
                   help="train the target-level model (data/models/tracker-minilm-target-ai) instead of the whole-text one")
    p.add_argument("--irony", action="store_true",
                   help="train the irony detector (data/models/tracker-minilm-irony) instead of the whole-text model")
    p.add_argument("--out", type=output_file_or_folder, help="artifact folder (default data/models/tracker-minilm-sentiment, "
                                 "tracker-minilm-target-ai with --target, tracker-minilm-irony with --irony)")
    # Left unset, each setting keeps the training recipe's own default (whole-text or --target recipe).
    p.add_argument("--seed", type=whole_number(0), help="random seed of sampling, shuffling and initialisation (default: the recipe's)")
    p.add_argument("--epochs", type=decimal_number(0), help="passes over the training pool, fractions allowed (default: the recipe's)")
    p.add_argument("--lr", type=decimal_number(0), help="AdamW peak learning rate (default: the recipe's)")
    p.add_argument("--threads", type=whole_number(1), help="torch threads (the thread count changes float rounding)")
    p.add_argument("--batch-size", dest="batch_size", type=whole_number(1), help="examples per training step (default: the recipe's)")
    p.add_argument("--lora-r", dest="lora_r", type=whole_number(1), help="LoRA adapter rank (default: the recipe's)")
    p.add_argument("--max-steps", dest="max_steps", type=whole_number(0), help="stop after this many steps (0: the whole schedule)")
    p.add_argument("--max-minutes", dest="max_minutes", type=decimal_number(0), help="wall-clock safety cap of the training loop")
    p.add_argument("--init-from", dest="init_from", type=model_artifact,
                   help="--target: continue training from this artifact (name under data/models or folder)")
    p.add_argument("--domain-dir", dest="domain_dir", type=existing_folder,
                   help="--target: folder of in-domain training TSVs (default data/train/ai-model-sentiment)")
    p.add_argument("--domain-repeat", dest="domain_repeat", type=whole_number(1),
                   help="--target: times the in-domain training rows appear in the pool (default: the recipe's)")
    p.add_argument("--public-sample", dest="public_sample", type=whole_number(0),
                   help="--target: public rows sampled into the pool (0: all; default: the recipe's)")
    p.add_argument("--checkpoint-dir", dest="checkpoint_dir", type=output_file_or_folder,
                   help="--target: save the best state so far here while training")
    p.add_argument("--eval-every", dest="eval_every", type=whole_number(1),
                   help="--target: steps between validation passes (default: the recipe's)")
    p.add_argument("--goemotions", type=whole_number(-1), help="GoEmotions train rows to mix in (-1 all, 0 none)")
    p.add_argument("--semeval", type=whole_number(1), help="limit SemEval tweets (for a quick sanity run)")
    p.add_argument("--score-only", action="store_true", help="skip training; score the artifact, rewrite the card")
    p.add_argument("--recalibrate", action="store_true",
                   help="skip training; redo the head-bias calibration of the saved artifact, then score")
    p.add_argument("--no-score", action="store_true", help="train only; no test scoring / model card")
    p.set_defaults(func=cmd_train)

    p = subparsers.add_parser("eval", help="score the configured sentiment classifier on a labeled data set")
    p.add_argument("--dataset", default="tweeteval",
                   help="whole-text: tweeteval | tweeteval-val | goemotions-dev; target-level (test split, or "
                        "NAME-train/-val/-test): twitter-dong2014 | laptops | restaurants | mams; in-domain: "
                        "ai-model-sentiment (the 300-row dev set about AI models), ai-models-heldout (the validation "
                        "slice of the project's own in-domain rows); irony: tweeteval-irony | "
                        "tweeteval-irony-val; or PATH to a TSV with header text,target,start,end,label "
                        "(target-level) or text,label (whole-text). Named sets are read from ../shared/data beside "
                        "the checkout, or $TRACKER_SHARED_DATA")
    p.add_argument("--predictions", metavar="OUT.tsv", type=output_file,
                   help="write every input row with p_negative, p_neutral, p_positive and the predicted label")
    p.add_argument("--baseline", choices=["vader", "tfidf"],
                   help="score a reference baseline instead of the model (target-blind on target-level sets)")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.add_argument("--limit", type=whole_number(1), help="score a fixed random subset of this many texts")
    p.add_argument("--model", help="override [classifier] model, or target_model for a target-level set "
                                   "(artifact name, HF id or folder)")
    p.add_argument("--backend", choices=["auto", "torch", "onnx"],
                   help="override [classifier] backend: auto (ONNX Runtime when importable, else torch), torch or onnx")
    p.add_argument("--scorer", choices=["model", "pipeline"], default="model",
                   help="target-level sets: the trained target model alone (default), or the per-mention scorer "
                        "the pipeline runs (yardsticks and likenesses read by the passage scorer)")
    q = p.add_mutually_exclusive_group()
    q.add_argument("--quantize", dest="quantize", action="store_true", default=None,
                   help="score the int8-quantized classifier (default: [classifier] quantize)")
    q.add_argument("--no-quantize", dest="quantize", action="store_false",
                   help="score the full-precision classifier (default: [classifier] quantize)")
    p.set_defaults(func=cmd_eval)
