"""Per-mention scoring throughput of the target-level classifier vs a naive one-item-at-a-time loop, same run.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 python bench/bench_target.py [--mentions 2000] [--naive 300] [--threads 2]

Mentions: the first --mentions rows of Dong 2014 test + MAMS test (half each, fixed order; real tweets and
reviews, several targets per text). Measured in one process, torch threads pinned to --threads:
  1. `TargetClassifier.predict_proba` over all mentions (length-sorted dynamic batches, fp32), model loaded first;
  2. the naive `pipeline`-style loop: the same model, the same encoding, one mention per forward call, over the
     first --naive mentions.
The load average (1 min) is printed beside each figure; the outputs of both paths are compared (max abs diff).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def load1() -> float:
    return round(os.getloadavg()[0], 2)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=2000)
    ap.add_argument("--naive", type=int, default=300, help="mentions for the one-at-a-time loop")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model", default=None, help="target model (default [classifier] target_model)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    import numpy as np
    import torch

    from tracker.config import Config
    from tracker.sentiment.targets import TargetClassifier
    from tracker.sentiment.datasets import load_target_split

    torch.set_num_threads(args.threads)
    half = args.mentions // 2
    examples = load_target_split("twitter-dong2014", "test")[:half]
    examples += load_target_split("mams", "test")[: args.mentions - len(examples)]
    items = [e.item for e in examples]
    cfg = Config().classifier
    clf = TargetClassifier(cfg.model_copy(update={"target_model": args.model}) if args.model else cfg,
                           threads=args.threads)
    out: dict = {"mentions": len(items), "threads": args.threads, "cpu": os.cpu_count(), "model": clf.version}

    def batched_run(scorer, prefix: str):
        """Warm up, then score every mention in batches; the rate and load average go into `out` under `prefix`."""
        scorer.predict_proba(items[:32])
        la = load1()
        t0 = time.perf_counter()
        probs = scorer.predict_proba(items)
        seconds = time.perf_counter() - t0
        out[f"{prefix}_mentions_per_s"] = round(len(items) / seconds, 1)
        out[f"{prefix}_load_avg_1m"] = [la, load1()]
        print(f"TargetClassifier (batch {scorer.batch_size}, fp32, {scorer.backend}): {len(items)} mentions in "
              f"{seconds:.1f}s = {out[f'{prefix}_mentions_per_s']} mentions/s   [load average {la} -> {load1()}]",
              flush=True)
        return probs

    batched = batched_run(clf, "batched")
    out["backend"] = clf.backend
    if clf.backend != "torch":  # the same batches on torch, for the backend's share of the speed-up
        on_torch = TargetClassifier(cfg.model_copy(update={"backend": "torch", **({"target_model": args.model} if args.model else {})}),
                                    threads=args.threads)
        out["max_abs_diff_onnx_vs_torch"] = float(np.abs(batched - batched_run(on_torch, "torch_batched")).max())

    naive_items = items[: args.naive]
    encoded = [clf.encode(*it) for it in naive_items]
    naive = np.zeros((len(encoded), 3))
    la = load1()
    t0 = time.perf_counter()
    with torch.inference_mode():
        for i, (ids, types) in enumerate(encoded):  # what a `pipeline` call per mention does: one forward each
            logits = clf.model(input_ids=torch.tensor([ids]), token_type_ids=torch.tensor([types]),
                               attention_mask=torch.ones((1, len(ids)), dtype=torch.long)).logits
            naive[i] = torch.softmax(logits.double(), dim=-1)[0].numpy()
    naive_s = time.perf_counter() - t0
    out["naive_mentions"] = len(naive_items)
    out["naive_mentions_per_s"] = round(len(naive_items) / naive_s, 1)
    out["naive_load_avg_1m"] = [la, load1()]
    out["speedup"] = round(out["batched_mentions_per_s"] / out["naive_mentions_per_s"], 2)
    out["max_abs_diff_vs_naive"] = float(np.abs(batched[: len(naive_items)] - naive[:, clf.order]).max())
    print(f"naive loop (one mention per forward, fp32): {len(naive_items)} mentions in {naive_s:.1f}s = "
          f"{out['naive_mentions_per_s']} mentions/s   [load average {la} -> {load1()}]")
    print(f"speed-up of TargetClassifier over the naive loop: {out['speedup']}x; max abs difference of the "
          f"probabilities {out['max_abs_diff_vs_naive']:.2e}")
    print(json.dumps(out))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
