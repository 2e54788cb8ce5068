"""Batch-independent int8, third try: static quantization of the target model vs the default fp32, speed and accuracy.

    HF_HUB_OFFLINE=1 python bench/bench_int8_static.py [--threads 2] [--calibration 400] [--json OUT]

Static quantization fixes every activation scale ahead of time from calibration data, so a row's probabilities
do not depend on its batch-mates (unlike dynamic int8). The model is quantized in ONNX Runtime's QOperator form
(QLinearMatMul: the same integer kernels dynamic int8 uses), MatMul weights per channel (QInt8), activations per
tensor (QUInt8, MinMax), calibrated on the first --calibration items of the MAMS validation split, which the
target model was not trained on and no test set holds. Then, in one process with ONNX Runtime pinned to
--threads, each target-level test set is scored by fp32 and by static int8 in length-sorted batches. Prints
seconds, the ratio, the load average (1 min) before and after, both scores, the share of equal labels and the
largest probability difference. The quantized file goes to a temporary folder, not into the model's build cache.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import tempfile
import time
from pathlib import Path

from bench_int8_rowwise import int8_row
from bench_target import load1  # importing it also sets the offline environment and puts src/ on sys.path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--calibration", type=int, default=400, help="MAMS validation items used for calibration")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    import numpy as np
    from onnxruntime.quantization import (CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType,
                                          quantize_static)
    from onnxruntime.quantization.shape_inference import quant_pre_process

    from tracker.cli.sentiment import load_any_dataset
    from tracker.config import ClassifierConfig
    from tracker.sentiment.classify import onnx_export_path, open_onnx
    from tracker.sentiment.datasets import load_target_split
    from tracker.sentiment.targets import TargetClassifier

    target = TargetClassifier(ClassifierConfig(), threads=args.threads)
    fp32_path = onnx_export_path(target.spec, token_types=True)
    calibration = [target.encode(*e.item) for e in load_target_split("mams", "val")[: args.calibration]]

    class Rows(CalibrationDataReader):  # one row per call: each calibration row at its own length, no padding
        def __init__(self):
            self.rows = iter(calibration)

        def get_next(self):
            row = next(self.rows, None)
            if row is None:
                return None
            ids, types = np.array([row[0]], dtype=np.int64), np.array([row[1]], dtype=np.int64)
            return {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": types}

    with tempfile.TemporaryDirectory() as tmp:
        pre, int8_path = Path(tmp) / "target.pre.onnx", Path(tmp) / "target.static-int8.onnx"
        started = time.perf_counter()
        quant_pre_process(str(fp32_path), str(pre), skip_symbolic_shape=True)
        quantize_static(str(pre), str(int8_path), Rows(), quant_format=QuantFormat.QOperator, per_channel=True,
                        weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
                        op_types_to_quantize=["MatMul"], calibrate_method=CalibrationMethod.MinMax)
        print(f"quantized in {time.perf_counter() - started:.1f} s on {len(calibration)} MAMS validation items")
        int8_session = open_onnx(int8_path, args.threads)

    int8_target = copy.copy(target)  # the same tokenizer and settings, only the session differs
    int8_target.session = int8_session

    def timed(classifier, data):
        start = time.perf_counter()
        probs = classifier.predict_encoded(data)
        return probs, time.perf_counter() - start

    # batch independence: one item alone and inside a batch of 40
    alone = int8_target.predict_encoded(calibration[:1])[0]
    batched = int8_target.predict_encoded(calibration[:40])[0]
    results: dict = {"threads": args.threads, "cpu": os.cpu_count(), "calibration": len(calibration),
                     "batch_independence_max_dp": float(np.abs(alone - batched).max())}
    print(f"one item alone vs in a batch of 40: max|dp| {results['batch_independence_max_dp']:.2e}")
    print(f"{'set':<18}{'n':>6}{'fp32 s':>9}{'int8 s':>9}{'ratio':>7}  load       fp32 / int8 score"
          "      same label  max|dp|")
    for name in ("twitter-dong2014", "laptops", "restaurants", "mams"):
        _, examples, polarity, _ = load_any_dataset(name)
        labels = [e.label for e in examples]
        data = [target.encode(*e.item) for e in examples]
        before = load1()
        fp32, fp32_s = timed(target, data)
        int8, int8_s = timed(int8_target, data)
        after = load1()
        row = results[name] = int8_row(labels, polarity, "macro_f1", fp32, int8, fp32_s, int8_s, [before, after])
        print(f"{name:<18}{row['n']:>6}{fp32_s:>9.2f}{int8_s:>9.2f}{row['ratio']:>6.2f}x  {before:.2f}->{after:.2f}"
              f"  macro_f1 {row['fp32']:.4f} / {row['int8']:.4f}  {row['same_label']:>9.3f}  {row['max_dp']:.3f}",
              flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
