"""The per-mention scorer the label stage runs, before and after the in-domain retrain, on the demo's own inputs.

    python bench/bench_mention_scorer.py WAREHOUSE [--threads 2] [--repeats 3] [--before tracker-minilm-target]

WAREHOUSE is a demo warehouse (`make demo` writes data/tracker.duckdb), opened read-only. Its inputs are every
distinct per-mention passage (mention_passages: text + span), as `score_mentions` reads them. In one process, in
turn for each repeat, with the ONNX exports built first (the one-time cost is not timed):

  before: the earlier scorer, `--before` as the trained target model with yardsticks read by the passage scorer
          and no irony check (the shipped configuration until the retrain);
  after:  the configured scorer: `[classifier] target_model` + yardsticks + the `irony_model` check.

Printed, with the load average (1 min) beside each figure: passages, seconds per repeat, the ratio after/before,
and how many mentions the irony check flipped.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_target import load1  # importing it also sets the offline environment and puts src/ on sys.path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("warehouse", type=Path)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--before", default="tracker-minilm-target", help="the earlier target model")
    args = ap.parse_args()

    import duckdb

    from tracker.config import ClassifierConfig
    from tracker.sentiment.targets import load_target_classifier

    con = duckdb.connect(str(args.warehouse), read_only=True)
    items = con.execute("SELECT any_value(target_text), any_value(span_start), any_value(span_end) "
                        "FROM mention_passages GROUP BY input_hash, model_id ORDER BY input_hash, model_id").fetchall()
    con.close()
    items.sort(key=lambda r: len(r[0]))  # as score_mentions orders them
    scorers = {
        "before": load_target_classifier(ClassifierConfig(target_model=args.before, irony_model=""), args.threads),
        "after": load_target_classifier(ClassifierConfig(), args.threads),
    }
    for scorer in scorers.values():  # exports and sessions ready before timing
        scorer.predict_proba(items[:8])
    print(f"passages {len(items)}, threads {args.threads}, load {load1()}")
    for name, scorer in scorers.items():
        print(f"  {name}: {scorer.version}")
    times: dict[str, list[float]] = {name: [] for name in scorers}
    for r in range(args.repeats):
        for name, scorer in scorers.items():
            t0 = time.perf_counter()
            scorer.predict_proba(items)
            times[name].append(time.perf_counter() - t0)
            print(f"repeat {r + 1} {name}: {times[name][-1]:.2f} s (load {load1()})", flush=True)
    flipped = sum(getattr(scorers["after"], "last_ironic", []) or [])
    best = {name: min(t) for name, t in times.items()}
    print(f"best of {args.repeats}: before {best['before']:.2f} s, after {best['after']:.2f} s, "
          f"ratio after/before {best['after'] / best['before']:.2f}x; irony flips {flipped} of {len(items)} "
          f"(load {load1()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
