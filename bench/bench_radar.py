"""Release radar: candidate extraction (radar_patterns.yaml over every stored document) against the catalog's mention
linking on the same texts, documents/s and the ratio, in two ways:

- text only: `Patterns.per_document` vs `Catalog.analyze` over the texts in memory (one thread, pure Python);
- in a warehouse: `scan_documents` (read, extract, write candidate_mentions) vs `link_mentions` (read, link, write
  mentions and pairs) over the same documents in a DuckDB file.

The texts are the bundled sample's Reddit submissions and comments (data/sample/reddit), repeated with a counter
appended until --docs (so every text is distinct, as stored documents are)."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def sample_texts() -> list[tuple[str | None, str]]:
    out = []
    for path in sorted((REPO / "data" / "sample" / "reddit" / "comments").glob("*.json")):
        stack = [json.loads(path.read_text(encoding="utf-8"))]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                data = node.get("data")
                if node.get("kind") == "t3":
                    out.append((data["title"], data["selftext"]))
                elif node.get("kind") == "t1":
                    out.append((None, data["body"]))
                    stack.append(data.get("replies") or [])
                elif node.get("kind") == "Listing":
                    stack.extend(data["children"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from tracker.analysis.radar import Patterns, scan_documents
    from tracker.catalog import Catalog, link_mentions
    from tracker.config import load_config
    from tracker.warehouse.database import Warehouse, text_for_classifier, upsert_documents

    cfg = load_config(REPO / "tracker.toml")
    base = sample_texts()
    docs = [(title, f"{body} ({i})") for i, (title, body) in
            ((i, base[i % len(base)]) for i in range(args.docs))]
    texts = [text_for_classifier(t, b) for t, b in docs]
    patterns, catalog = Patterns.load(cfg), Catalog.from_config(cfg)
    print(f"{len(texts):,} texts ({len(base)} distinct sample texts, {sum(map(len, texts)) / len(texts):.0f} chars "
          f"on average); load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; one thread")

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return min(times)

    t_link = best(lambda: [catalog.analyze(t) for t in texts])
    t_radar = best(lambda: [patterns.per_document(t) for t in texts])
    found = sum(1 for t in texts if patterns.per_document(t))
    print(f"text only   catalog.analyze (baseline)  {len(texts) / t_link:>10,.0f} docs/s  {t_link:.2f} s  1.00x")
    print(f"text only   radar per_document          {len(texts) / t_radar:>10,.0f} docs/s  {t_radar:.2f} s  "
          f"{t_radar / t_link:.2f}x the baseline's time ({found:,} texts name a model)")

    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Warehouse(Path(tmp) / "bench.duckdb", threads=1)
        warehouse.init()
        start_day = datetime(2026, 2, 1, tzinfo=timezone.utc)
        with warehouse.write() as con:
            upsert_documents(con, [{"doc_id": f"d{i}", "source": "reddit", "kind": "comment", "title": t, "body": b,
                                    "community": "OpenAI", "created_at": start_day + timedelta(minutes=i)}
                                   for i, (t, b) in enumerate(docs)])
        ids = [f"d{i}" for i in range(len(docs))]

        def link_all() -> None:
            for k in range(0, len(ids), 5000):
                with warehouse.write() as con:
                    link_mentions(con, catalog, ids[k:k + 5000])

        def scan_all() -> None:
            with warehouse.write() as con:
                con.execute("DELETE FROM candidate_scans")
            scan_documents(warehouse, cfg, patterns)

        w_link = best(link_all)
        w_scan = best(scan_all)
        print(f"warehouse   link_mentions (baseline)    {len(ids) / w_link:>10,.0f} docs/s  {w_link:.2f} s  1.00x")
        print(f"warehouse   scan_documents              {len(ids) / w_scan:>10,.0f} docs/s  {w_scan:.2f} s  "
              f"{w_scan / w_link:.2f}x the baseline's time")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
