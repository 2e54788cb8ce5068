"""Benchmark of the blog source: extraction quality and throughput, and requests per unchanged run.

    python bench/bench_blogs.py [--throughput-pages 2000]
    python bench/bench_blogs.py --pages ../shared/data/article-extraction-benchmark [--save-outputs DIR]

With --pages DIR: score a folder in the article-extraction-benchmark format (DIR/ground-truth.json
{id: {"articleBody", "url"}} and DIR/html/<id>.html[.gz]) with the benchmark's own scorer (DIR/evaluate.py;
the same shingle metric built in when the folder has none): F1 of extract_article and of trafilatura alone
side by side, on all pages and on two seeded random halves, with seconds per page for each and the load
average. Nothing else runs then.

Without it:

1. Quality: must/must-not snippet F1 (trafilatura's evaluation scoring) on the sample pages
   (tests/golden/blogs/snippets.json) for a naive get_text(), trafilatura alone (comments off, its
   evaluation setting) and tracker.sources.extract.extract_article. These are our own 10 pages, not the public
   ~1,000-page benchmark (not available offline): read them as a regression check, not a published score.
2. Throughput: the sample pages repeated to --pages pages, parse only (bytes in, text out), for
   extract_article against trafilatura alone in the same run (ratio = ours / trafilatura).
3. Requests: the blogs stage over data/sample/blogs replayed on 127.0.0.1, a first run and a second run
   right after it (feeds answer 304); the baseline is one conditional request per feed and index page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
from collections import Counter
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from tracker.config import parse_config  # noqa: E402
from tracker.demo import demo_config_data  # noqa: E402
from tracker.sources.extract import SnippetScore, decode_html, extract_article, naive_text, score_snippets, trafilatura_text  # noqa: E402
from tracker.sources.replay import ReplayServer  # noqa: E402
from tracker.warehouse.runs import RunStats  # noqa: E402
from tracker.sources.blogs import ingest  # noqa: E402
from tracker.warehouse.database import Warehouse  # noqa: E402

PAGES = REPO / "data" / "sample" / "blogs"
SNIPPETS = REPO / "tests" / "golden" / "blogs" / "snippets.json"


def sample_pages() -> list[tuple[str, bytes, str]]:
    snippets = {k: v for k, v in json.loads(SNIPPETS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    return [(rel, (PAGES / rel).read_bytes().replace(b"{{base_url}}", b"http://replay.test"),
             "http://replay.test/" + rel.removesuffix("index.html")) for rel in sorted(snippets)]


def bench_quality() -> None:
    snippets = {k: v for k, v in json.loads(SNIPPETS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    names = ("naive get_text()", "trafilatura alone", "trafilatura precision", "extract_article")
    totals = {name: SnippetScore() for name in names}
    for rel, html, url in sample_pages():
        text, _ = decode_html(html)
        outputs = [naive_text(text), trafilatura_text(text, url), trafilatura_text(text, url, favor_precision=True),
                   extract_article(html, url).text]
        for name, output in zip(totals, outputs):
            totals[name] += score_snippets(output, snippets[rel]["with"], snippets[rel]["without"])
    print(f"quality on {len(snippets)} sample pages (must/must-not snippets):")
    for name, score in totals.items():
        print(f"  {name:<22} precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")


def bench_throughput(n_pages: int) -> None:
    pages = sample_pages()
    batch = [pages[i % len(pages)] for i in range(n_pages)]

    def timed(func) -> float:
        start = time.perf_counter()
        for _, html, url in batch:
            func(html, url)
        return n_pages / (time.perf_counter() - start)

    baseline = timed(lambda html, url: trafilatura_text(decode_html(html)[0], url))
    ours = timed(lambda html, url: extract_article(html, url))
    print(f"throughput, {n_pages} pages, parse only:")
    print(f"  trafilatura alone (baseline) {baseline:8.1f} pages/s")
    print(f"  extract_article              {ours:8.1f} pages/s   ratio {ours / baseline:.2f}x")


def bench_requests() -> None:
    server = ReplayServer(PAGES).start()

    class AnyName(dict):
        def __contains__(self, name: object) -> bool:
            return True

        def __getitem__(self, name: str) -> ReplayServer:
            return server

    try:
        data, _ = demo_config_data(REPO / "tracker.toml", AnyName())
        data["http"].update(backoff_base_s=0, allow_hosts=["127.0.0.1"])
        with tempfile.TemporaryDirectory() as tmp:
            cfg = parse_config(data, "bench", REPO)
            warehouse = Warehouse(Path(tmp) / "bench.duckdb")
            warehouse.init()
            counts = []
            for _ in range(2):
                server.reset_log()
                ingest(warehouse, cfg, RunStats("blogs"))
                counts.append(len(server.requests))
        sources = len(cfg.blogs.feeds) + len(cfg.blogs.index_pages)
        print(f"requests per run ({len(cfg.blogs.feeds)} feeds + {len(cfg.blogs.index_pages)} index page):")
        print(f"  first run                {counts[0]:4d}")
        print(f"  unchanged (second) run   {counts[1]:4d}   baseline {sources} (one conditional request per source) "
              f"ratio {counts[1] / sources:.2f}  (+1 robots.txt for the index page's host)")
    finally:
        server.stop()


# ---------------------------------------------------------------- a folder in the benchmark's format


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = re.findall(r"\w+", text or "", re.UNICODE)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def builtin_shingle_matching(true: str, pred: str) -> tuple[float, float, float]:
    """The benchmark's metric (4-token shingles, tp/fp/fn normalized per page), for folders without evaluate.py."""
    t, p = _shingles(true), _shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in t.keys() | p.keys())
    fn = sum(max(0, t[k] - p[k]) for k in t.keys() | p.keys())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def builtin_metrics(tp_fp_fns: list[tuple[float, float, float]]) -> dict[str, float]:
    def ratio(a: float, b: float, zero_both: float) -> float:
        return 1.0 if zero_both == 0 and b == 0 else (a / (a + b) if a + b else 0.0)
    precisions = [ratio(tp, fp, fn) for tp, fp, fn in tp_fp_fns if tp + fp > 0]
    recalls = [ratio(tp, fn, fp) for tp, fp, fn in tp_fp_fns if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def folder_scorer(folder: Path):
    """(name, shingle_matching, metrics_from_tp_fp_fns): the folder's own evaluate.py when it has one."""
    if (folder / "evaluate.py").is_file():
        sys.path.insert(0, str(folder))
        import evaluate  # the benchmark's own script, from the folder being scored

        return "the folder's evaluate.py", evaluate.string_shingle_matching, evaluate.metrics_from_tp_fp_fns
    return "built-in copy of the shingle metric", builtin_shingle_matching, builtin_metrics


def folder_pages(folder: Path) -> list[tuple[str, str | None, bytes, str]]:
    """(id, url, html bytes, true body) for every page in the folder's ground truth."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        gz, plain = folder / "html" / f"{key}.html.gz", folder / "html" / f"{key}.html"
        html = gzip.decompress(gz.read_bytes()) if gz.exists() else plain.read_bytes()
        pages.append((key, truth[key].get("url"), html, truth[key].get("articleBody", "")))
    return pages


def bench_folder(folder: Path, save_outputs: Path | None) -> None:
    scorer_name, matching, metrics = folder_scorer(folder)
    pages = folder_pages(folder)
    outputs: dict[str, dict[str, str]] = {"extract_article": {}, "trafilatura": {}}
    seconds = {"extract_article": 0.0, "trafilatura": 0.0}
    for key, url, html, _ in pages:
        start = time.perf_counter()
        # trafilatura alone as its published evaluation runs it: default mode, comments off, tables on.
        outputs["trafilatura"][key] = trafilatura_text(decode_html(html)[0], url) or ""
        seconds["trafilatura"] += time.perf_counter() - start
        start = time.perf_counter()
        try:
            outputs["extract_article"][key] = extract_article(html, url).text
        except ValueError:
            outputs["extract_article"][key] = ""  # an unreadable page scores zero, it does not stop the run
        seconds["extract_article"] += time.perf_counter() - start
    keys = [key for key, *_ in pages]
    shuffled = keys[:]
    random.Random(14).shuffle(shuffled)
    halves = (shuffled[: len(keys) // 2], shuffled[len(keys) // 2:])
    truth = {key: body for key, _, _, body in pages}
    print(f"{len(pages)} pages from {folder} scored by {scorer_name}; load average {os.getloadavg()[0]:.2f}")
    print(f"  {'extractor':<16} {'F1':>6} {'prec':>6} {'recall':>6}   {'F1 half A':>9} {'F1 half B':>9}   s/page")
    for name, predicted in outputs.items():
        per_page = {key: matching(true=truth[key], pred=predicted[key]) for key in keys}
        overall = metrics(list(per_page.values()))
        half = [metrics([per_page[key] for key in part])["f1"] for part in halves]
        print(f"  {name:<16} {overall['f1']:.4f} {overall['precision']:.4f} {overall['recall']:.4f}   "
              f"{half[0]:9.4f} {half[1]:9.4f}   {seconds[name] / len(pages):.4f}")
    print(f"  time ratio extract_article / trafilatura: {seconds['extract_article'] / seconds['trafilatura']:.2f}x"
          f"  (halves: seeded random split, seed 14)")
    if save_outputs:
        save_outputs.mkdir(parents=True, exist_ok=True)
        for name, predicted in outputs.items():
            body = {key: {"articleBody": text} for key, text in predicted.items()}
            (save_outputs / f"{name}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="a folder in the article-extraction-benchmark format to score")
    parser.add_argument("--save-outputs", type=Path, help="with --pages: write <extractor>.json outputs here")
    parser.add_argument("--throughput-pages", type=int, default=2000)
    args = parser.parse_args()
    if args.pages and not args.pages.isdigit():
        folder = Path(args.pages)
        if not (folder / "ground-truth.json").is_file():
            parser.error(f"{folder} has no ground-truth.json (the benchmark's format)")
        bench_folder(folder, args.save_outputs)
        return 0
    if args.pages:  # the old meaning of --pages N: the throughput page count
        args.throughput_pages = int(args.pages)
    print(f"load average {os.getloadavg()[0]:.2f}")
    bench_quality()
    bench_throughput(args.throughput_pages)
    bench_requests()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
