"""Benchmark of the blog source: extraction quality and throughput, and requests per unchanged run.

    python bench/bench_blogs.py [--pages 2000]

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
import json
import sys
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    bench_quality()
    bench_throughput(args.pages)
    bench_requests()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
