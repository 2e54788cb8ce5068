"""Benchmark of the sentiment label step against a naive `transformers.pipeline` loop, same model, same run.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 python bench/bench_classifier.py [--texts 5000] [--naive 500]

Texts: 5,000 real texts from ../shared/data (half GoEmotions dev Reddit comments, half TweetEval test tweets,
fixed order). Measured, in one process:
  1. the label step (`tracker.sentiment.classify.label_documents`: read unlabeled texts from a DuckDB file, classify,
     write the label rows) with the configured backend, fp32 (the default), model loaded before timing;
  2. the same with int8 (per-channel dynamic quantization; its labels depend on batch-mates, see docs/sentiment.md);
  3. a naive loop `pipeline("text-classification")(text)` one text at a time over the first --naive texts,
     with the same merged fp32 model and the same thread count;
and the accuracy of fp32 vs int8 on the labeled texts (TweetEval macro-recall, GoEmotions polarity macro-F1).
Peak RSS is read after step 1 (before the naive pipeline allocates anything).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_texts(n: int):
    from tracker.sentiment.training import load_goemotions, load_tweeteval

    half = n // 2
    goemo = load_goemotions("dev")[:half]
    tweets = load_tweeteval("test")[: n - len(goemo)]
    return goemo, tweets


def label_step(cfg, texts: list[str]) -> tuple[float, int]:
    """Seconds for label_documents over fresh documents in a temp DuckDB file (model already loaded)."""
    from tracker.warehouse.runs import RunStats
    from tracker.sentiment.classify import label_documents
    from tracker.warehouse.database import Warehouse, upsert_documents

    with tempfile.TemporaryDirectory() as tmp:
        wh = Warehouse(Path(tmp) / "bench.duckdb")
        wh.init()
        now = datetime(2026, 1, 1, tzinfo=UTC)
        with wh.write() as con:
            upsert_documents(con, [{"doc_id": f"bench:{i}", "source": "reddit", "kind": "comment", "body": t,
                                    "created_at": now} for i, t in enumerate(texts)])
        stats = RunStats(source="label")
        t0 = time.perf_counter()
        label_documents(wh, cfg, stats)
        seconds = time.perf_counter() - t0
        assert not stats.errors, stats.errors
        again = RunStats(source="label")
        label_documents(wh, cfg, again)
        assert again.fetched == 0
        return seconds, stats.inserted


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=5000)
    ap.add_argument("--naive", type=int, default=500, help="texts for the batch-1 pipeline loop")
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    import torch

    from tracker.config import Config
    from tracker.sentiment.classify import load_classifier
    from tracker.cli.sentiment import evaluate

    threads = os.cpu_count() or 1
    torch.set_num_threads(threads)
    goemo, tweets = bench_texts(args.texts)
    texts = [e.text for e in goemo + tweets]
    base = Config()
    ccfg = base.classifier.model_copy(update={"model": args.model} if args.model else {})
    out: dict = {"texts": len(texts), "threads": threads, "cpu": os.cpu_count(),
                 "default": "int8" if base.classifier.quantize else "fp32",
                 "load_average_start": round(os.getloadavg()[0], 2)}
    print(f"{len(texts)} texts, {threads} threads, load average {os.getloadavg()[0]:.1f} at the start", flush=True)

    results = {}
    for quantize in (False, True):
        cfg = base.model_copy(update={"classifier": ccfg.model_copy(update={"quantize": quantize})})
        t0 = time.perf_counter()
        clf = load_classifier(cfg)
        load_s = time.perf_counter() - t0
        seconds, n = label_step(cfg, texts)
        tag = "int8" if quantize else "fp32"
        out[f"label_{tag}_texts_per_s"] = round(n / seconds, 1)
        out[f"label_{tag}_seconds"] = round(seconds, 2)
        out[f"load_{tag}_seconds"] = round(load_s, 2)
        out["backend"] = clf.backend
        if not quantize:
            out["peak_rss_mb_after_label_step"] = round(_rss_mb(), 0)
        results[tag] = {
            "tweeteval": evaluate(clf, tweets, polarity=False),
            "goemotions": evaluate(clf, [e for e in goemo if e.label != 1], polarity=True),
        }
        print(f"label step {tag} ({clf.backend}): {n} texts in {seconds:.1f}s = {n / seconds:.1f} texts/s "
              f"(model load {load_s:.1f}s)", flush=True)
    for tag, r in results.items():
        out[f"{tag}_tweeteval_macro_recall"] = round(r["tweeteval"]["macro_recall"], 4)
        out[f"{tag}_goemotions_polarity_macro_f1"] = round(r["goemotions"]["macro_f1"], 4)
    out["tweeteval_n"] = results["fp32"]["tweeteval"]["n"]
    out["goemotions_polar_n"] = results["fp32"]["goemotions"]["n"]

    # naive baseline: same merged fp32 model, one text per call
    from transformers import pipeline

    from tracker.sentiment.model import load_torch_model

    fp32 = load_classifier(base.model_copy(update={"classifier": ccfg.model_copy(update={"quantize": False})}))
    # the same merged fp32 weights, with transformers' tokenizer (the pipeline's), not the RustTokenizer
    hf_model, hf_tokenizer = load_torch_model(fp32.spec)
    pipe = pipeline("text-classification", model=hf_model, tokenizer=hf_tokenizer, device=-1, top_k=None)
    naive = texts[: args.naive]
    pipe(naive[0], truncation=True, max_length=fp32.max_length)  # warm-up
    t0 = time.perf_counter()
    for text in naive:
        pipe(text, truncation=True, max_length=fp32.max_length)
    naive_s = time.perf_counter() - t0
    out["naive_texts"] = len(naive)
    out["naive_texts_per_s"] = round(len(naive) / naive_s, 1)
    out["speedup_fp32"] = round(out["label_fp32_texts_per_s"] / out["naive_texts_per_s"], 1)
    out["speedup_int8"] = round(out["label_int8_texts_per_s"] / out["naive_texts_per_s"], 1)
    out["peak_rss_mb_end"] = round(_rss_mb(), 0)
    out["load_average_end"] = round(os.getloadavg()[0], 2)
    print(f"load average {os.getloadavg()[0]:.1f} at the end (default classifier: {out['default']})")
    print(f"naive pipeline batch 1: {len(naive)} texts in {naive_s:.1f}s = {out['naive_texts_per_s']} texts/s")
    print(f"speed-up of the label step: fp32 {out['speedup_fp32']}x, int8 {out['speedup_int8']}x")
    print(f"peak RSS after label step: {out['peak_rss_mb_after_label_step']:.0f} MB (end of run {out['peak_rss_mb_end']:.0f} MB)")
    print(f"accuracy fp32 vs int8: TweetEval macro-recall {out['fp32_tweeteval_macro_recall']} vs "
          f"{out['int8_tweeteval_macro_recall']} (n={out['tweeteval_n']}); GoEmotions polarity macro-F1 "
          f"{out['fp32_goemotions_polarity_macro_f1']} vs {out['int8_goemotions_polarity_macro_f1']} "
          f"(n={out['goemotions_polar_n']})")
    print(json.dumps(out))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
