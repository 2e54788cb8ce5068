"""Where the demo's label time goes: the inference of both models over the demo's own inputs, by batch size and
threading, in one run.

    python bench/bench_label_demo.py WAREHOUSE [--threads 2] [--batches 32,8,16,64]
    python bench/bench_label_demo.py WAREHOUSE --exports [--repeats 3]

WAREHOUSE is a demo warehouse (`make demo` writes data/tracker.duckdb). Its inputs are read as the label stage
reads them: every distinct document text (chunked as the whole-text classifier chunks it) and every per-mention
window the trained target model scores (mention_passages, yardstick mentions left out: the passage scorer reads
those). The file is opened read-only and nothing is written. Printed, with the load average (1 min) beside each
figure: the token counts, then the seconds of both models' inference for each batch size (two ONNX threads,
one model after the other), then the two models side by side with one thread each.

With --exports it compares the ONNX forms of both models on the same inputs and in one run, in turn, each repeat
timing both models over all inputs: the form the project exports (`export_onnx`: eager attention, the last layer
for the [CLS] row alone) against two older ones traced whole (`sdpa`, torch's default attention; `eager`), and
prints each one's time ratio to the shipped form and the largest probability difference.
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

from bench_target import load1  # importing it also sets the offline environment and puts src/ on sys.path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("warehouse", type=Path)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batches", default="32,8,16,64", help="batch sizes, comma-separated; the first is the default")
    ap.add_argument("--exports", action="store_true", help="time older export forms against the shipped one")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()

    import duckdb
    import numpy as np

    from tracker.config import ClassifierConfig
    from tracker.sentiment.classify import SentimentClassifier
    from tracker.sentiment.targets import TargetClassifier, target_passage
    from tracker.warehouse.database import text_for_classifier

    con = duckdb.connect(str(args.warehouse), read_only=True)
    items = con.execute("SELECT any_value(target_text), any_value(span_start), any_value(span_end) "
                        "FROM mention_passages GROUP BY input_hash, model_id ORDER BY input_hash, model_id").fetchall()
    texts = [text_for_classifier(t, b) for t, b in con.execute(
        "SELECT DISTINCT title, body FROM documents ORDER BY ALL").fetchall()]
    con.close()
    items = [item for item in items if target_passage(*item)[1] is None]

    def models(threads):
        return (TargetClassifier(ClassifierConfig(), threads=threads),
                SentimentClassifier(ClassifierConfig(), threads=threads))

    target, whole = models(args.threads)
    windows = [target.encode(*item) for item in items]
    sequences = [s for text in texts for s in whole.chunk_ids(text)]
    w = np.array([len(ids) for ids, _ in windows])
    s = np.array([len(seq) + len(whole.prefix) + len(whole.suffix) for seq in sequences])
    print(f"per-mention windows {len(w)}: {w.sum():,} tokens, median {np.median(w):.0f}, "
          f"{int((w >= target.max_length).sum())} at the {target.max_length}-token cap")
    print(f"whole-text sequences {len(s)} (of {len(texts)} texts): {s.sum():,} tokens, median {np.median(s):.0f}")
    target.predict_encoded(windows[:64])  # first-call warm-up of both sessions
    whole.predict_ids(sequences[:64])
    if args.exports:
        return compare_exports(target, whole, windows, sequences, args.threads, args.repeats)

    reference = None
    for size in (int(x) for x in args.batches.split(",")):
        target.batch_size = whole.batch_size = size
        before = load1()
        start = time.perf_counter()
        probs = target.predict_encoded(windows)
        mid = time.perf_counter()
        whole.predict_ids(sequences)
        end = time.perf_counter()
        reference = probs if reference is None else reference
        print(f"batch {size:>3}, {args.threads} threads, one model after the other: per-mention {mid - start:.2f} s, "
              f"whole-text {end - mid:.2f} s, both {end - start:.2f} s (load {before:.2f} -> {load1():.2f}; "
              f"max|dp| vs the first {np.abs(probs - reference).max():.1e})", flush=True)

    one_target, one_whole = models(1)
    one_target.predict_encoded(windows[:64])
    one_whole.predict_ids(sequences[:64])
    before = load1()
    start = time.perf_counter()
    side = threading.Thread(target=one_target.predict_encoded, args=(windows,))
    side.start()
    one_whole.predict_ids(sequences)
    side.join()
    print(f"batch {one_target.batch_size:>3}, 1 thread per model, side by side: both {time.perf_counter() - start:.2f} s "
          f"(load {before:.2f} -> {load1():.2f})")
    return 0


def compare_exports(target, whole, windows, sequences, threads: int, repeats: int) -> int:
    """Two older export forms, traced into a temporary folder, against the sessions the classifiers opened (the
    shipped form: eager attention, last layer for [CLS] alone): `sdpa` (torch's default attention, every layer
    whole) and `eager` (eager attention, every layer whole)."""
    import tempfile

    import numpy as np

    from tracker.sentiment.classify import _trace, attention_implementation, open_onnx

    sessions = {"shipped": (target.session, whole.session)}
    with tempfile.TemporaryDirectory() as tmp:
        for form in ("sdpa", "eager"):
            pair_sessions = []
            for clf, pair in ((target, True), (whole, False)):
                path = Path(tmp) / f"{'target' if pair else 'model'}-{form}.onnx"
                with attention_implementation(clf.model, form):
                    _trace(clf.model, path, pair, cls_only=False)
                pair_sessions.append(open_onnx(path, threads))
            sessions[form] = tuple(pair_sessions)
        totals = {name: [] for name in sessions}
        probs = {}
        for _ in range(repeats):
            for name in sessions:
                target.session, whole.session = sessions[name]
                target.predict_encoded(windows[:32])
                before = load1()
                start = time.perf_counter()
                p_target = target.predict_encoded(windows)
                p_whole = whole.predict_ids(sequences)
                totals[name].append(time.perf_counter() - start)
                probs[name] = (p_target, np.asarray(p_whole))
                print(f"{name:>7}: both models {totals[name][-1]:.2f} s (load {before:.2f} -> {load1():.2f})", flush=True)
        target.session, whole.session = sessions["shipped"]
    for name in ("sdpa", "eager"):
        diff = max(np.abs(a - b).max() for a, b in zip(probs[name], probs["shipped"], strict=True))
        print(f"{name} / shipped time over {repeats} repeats: {sum(totals[name]) / sum(totals['shipped']):.2f}x; "
              f"max|dp| {diff:.1e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
