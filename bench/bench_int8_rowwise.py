"""Batch-independent int8: dynamic int8 run one row at a time vs the default fp32 batches, speed and accuracy.

    HF_HUB_OFFLINE=1 python bench/bench_int8_rowwise.py [--threads 2] [--tweeteval 4000] [--json OUT]

Why one row at a time: ONNX Runtime's dynamic quantization computes one activation scale per tensor, so in a
batch a text's probabilities depend on its batch-mates and on the padding; alone, a row's scale is its own and
its label no longer depends on what it was batched with. The question is whether that int8 path is still faster
than fp32 in length-sorted batches, and whether it stays within 0.5 point of fp32 on the evaluation sets.

For each target-level test set (Dong 2014, laptops, restaurants, MAMS) and whole-text set (GoEmotions dev,
the first --tweeteval TweetEval test tweets), in one process with ONNX Runtime pinned to --threads: fp32
batched (the default path), then int8 (`quantize_dynamic`, per-channel QInt8, as `quantize = true` builds it)
one row per call. Prints seconds, the ratio, the load average (1 min) before and after, the scores and the
largest probability difference.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from bench_target import load1  # importing it also sets the offline environment and puts src/ on sys.path


def int8_row(labels, polarity: bool, metric: str, fp32, int8, fp32_s: float, int8_s: float,
             load: list[float]) -> dict:
    """One set's figures: both timings and their ratio, both scores, the share of equal labels, max |dp|."""
    import numpy as np

    from tracker.sentiment.training import score

    return {"n": len(labels), "fp32_s": round(fp32_s, 2), "int8_s": round(int8_s, 2),
            "ratio": round(fp32_s / int8_s, 2), "load": load, "metric": metric,
            "fp32": round(score(labels, fp32, polarity=polarity)[metric], 4),
            "int8": round(score(labels, int8, polarity=polarity)[metric], 4),
            "same_label": round(float((fp32.argmax(1) == int8.argmax(1)).mean()), 4),
            "max_dp": round(float(np.abs(fp32 - int8).max()), 4)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--tweeteval", type=int, default=4000, help="TweetEval test tweets scored (0: all 12,284)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    import numpy as np

    from tracker.cli.sentiment import load_any_dataset
    from tracker.config import ClassifierConfig
    from tracker.sentiment.classify import SentimentClassifier, onnx_export_path, open_onnx, quantize_onnx
    from tracker.sentiment.model import ordered_probs
    from tracker.sentiment.targets import TargetClassifier
    target = TargetClassifier(ClassifierConfig(), threads=args.threads)
    fp32_path = onnx_export_path(target.spec, token_types=True)
    int8_path = fp32_path.with_name(fp32_path.name.replace(".onnx", ".int8.onnx"))
    if not int8_path.exists():
        quantize_onnx(fp32_path, int8_path)
    target_int8 = open_onnx(int8_path, args.threads)

    def target_rowwise(encoded):
        out = np.zeros((len(encoded), 3))
        for i, (ids, types) in enumerate(encoded):
            a, t = np.array([ids], dtype=np.int64), np.array([types], dtype=np.int64)
            logits = target_int8.run(["logits"], {"input_ids": a, "attention_mask": np.ones_like(a),
                                                  "token_type_ids": t})[0]
            out[i] = ordered_probs(logits, target.order)[0]
        return out

    whole = SentimentClassifier(ClassifierConfig(), threads=args.threads)
    whole_int8 = SentimentClassifier(ClassifierConfig(quantize=True), threads=args.threads)

    def whole_rowwise(sequences, progress=None):
        out = np.zeros((len(sequences), 3))
        for i, seq in enumerate(sequences):
            a = np.array([whole_int8.prefix + list(seq) + whole_int8.suffix], dtype=np.int64)
            out[i] = whole_int8._to_probs(whole_int8._logits(a, np.ones_like(a)))[0]
        return out

    whole_int8.predict_ids = whole_rowwise  # every text's chunks go through one row per call

    def timed(fn, data):
        start = time.perf_counter()
        probs = fn(data)
        return probs, time.perf_counter() - start

    results: dict = {"threads": args.threads, "cpu": os.cpu_count()}
    print(f"{'set':<18}{'n':>6}{'fp32 s':>9}{'int8 1-row s':>14}{'ratio':>7}  load       fp32 / int8 score      max|dp|")
    sets = [(n, "target", None) for n in ("twitter-dong2014", "laptops", "restaurants", "mams")]
    sets += [("goemotions-dev", "text", None), ("tweeteval", "text", args.tweeteval or None)]
    for name, kind, limit in sets:
        _, examples, polarity, _ = load_any_dataset(name)
        examples = examples[:limit] if limit else examples
        labels = [e.label for e in examples]
        before = load1()
        if kind == "target":
            data = [target.encode(*e.item) for e in examples]
            fp32, fp32_s = timed(target.predict_encoded, data)
            int8, int8_s = timed(target_rowwise, data)
        else:
            data = [e.text for e in examples]
            fp32, fp32_s = timed(whole.predict_proba, data)
            int8, int8_s = timed(whole_int8.predict_proba, data)
        after = load1()
        metric = "macro_f1" if kind == "target" or polarity else "macro_recall"
        row = results[name] = int8_row(labels, polarity, metric, fp32, int8, fp32_s, int8_s, [before, after])
        print(f"{name:<18}{row['n']:>6}{fp32_s:>9.2f}{int8_s:>14.2f}{row['ratio']:>6.2f}x  {before:.2f}->{after:.2f}"
              f"  {metric} {row['fp32']:.4f} / {row['int8']:.4f}  {row['max_dp']:.3f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
