"""Hacker News source speed: Algolia /items bodies -> records -> stored rows (upsert + mention links, in the writes
the stage makes), against a plain json.loads + INSERT loop over the same bodies. One run; load average printed.

    .venv/bin/python bench/bench_hackernews.py            # BENCH_HN_THREADS=20 threads x BENCH_HN_COMMENTS=2500
"""

from __future__ import annotations

import html
import json
import os
import random
import sys
import tempfile
import time
import tomllib
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
THREADS = int(os.environ.get("BENCH_HN_THREADS", "20"))
COMMENTS = int(os.environ.get("BENCH_HN_COMMENTS", "2500"))
DUCKDB_THREADS = 2  # pinned: the box has 2 cores

from tracker.catalog import Catalog  # noqa: E402
from tracker.config import parse_config  # noqa: E402
from tracker.sources.hackernews import store_thread, thread_from_tree  # noqa: E402
from tracker.warehouse.database import Warehouse, content_hash, utcnow  # noqa: E402
from tracker.warehouse.runs import RunStats  # noqa: E402

TEXTS = ["GPT-5.5 fixed a race condition in our scheduler from the stack trace alone.",
         "Pricing is the real story: output tokens cost 20% more than GPT-5.4.",
         "I&#x27;d like held-out numbers before I believe the SWE-bench jump.<p>Wait two weeks.",
         'See <a href="https://example.com/x" rel="nofollow">https://example.com/x</a> for the eval.',
         "What I used:<p><pre><code>def f(x):\n    return x &lt; 2\n</code></pre>",
         "Same experience here."]


def bodies() -> list[bytes]:
    """THREADS Algolia /items answers of COMMENTS comments each, nested as HN threads nest (~2% deleted)."""
    rng = random.Random(11)
    out = []
    for t in range(THREADS):
        sid = 47_000_000 + t * 100_000
        base = 1_776_960_000 + t * 3600
        root = {"author": "op", "children": [], "created_at_i": base, "id": sid, "options": [], "parent_id": None,
                "points": 500, "story_id": sid, "text": None, "title": f"GPT-5.5 thread {t}", "type": "story",
                "url": "https://example.com"}
        nodes = [root]
        for i in range(COMMENTS):
            parent = rng.choice(nodes[-30:]) if rng.random() < 0.6 else root
            gone = rng.random() < 0.02
            node = {"author": None if gone else f"user{rng.randrange(3000)}", "children": [],
                    "created_at_i": base + 10 * (i + 1), "id": sid + i + 1, "options": [], "parent_id": parent["id"],
                    "points": None, "story_id": sid, "text": None if gone else rng.choice(TEXTS) + f" ({i})",
                    "title": None, "type": "comment", "url": None}
            parent["children"].append(node)
            nodes.append(node)
        out.append(json.dumps(root).encode())
    return out


def ours(path: Path, payloads: list[bytes], catalog: Catalog) -> tuple[float, int]:
    warehouse = Warehouse(path / "ours.duckdb", threads=DUCKDB_THREADS)
    warehouse.init()
    stats = RunStats("hackernews")
    start = time.perf_counter()
    for body in payloads:
        batch = thread_from_tree(json.loads(body))
        store_thread(warehouse, catalog, stats, batch)
    return time.perf_counter() - start, stats.inserted


def baseline(path: Path, payloads: list[bytes]) -> tuple[float, int]:
    """What a first version would do: json.loads, walk the tree, one INSERT per item (no cleaning, no upsert)."""
    warehouse = Warehouse(path / "baseline.duckdb", threads=DUCKDB_THREADS)
    warehouse.init()
    start = time.perf_counter()
    n = 0
    with warehouse.write() as con:
        for body in payloads:
            root = json.loads(body)
            stack = [(root, 0)]
            while stack:
                node, depth = stack.pop()
                text = html.unescape(node.get("text") or "") or None
                con.execute(
                    "INSERT INTO documents (doc_id, source, kind, parent_id, thread_id, depth, author, title, body, "
                    "created_at, fetched_at, content_hash) VALUES (?, 'hackernews', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [f"hackernews:{node['id']}", node["type"], f"hackernews:{node['parent_id']}" if node["parent_id"] else None,
                     f"hackernews:{node['story_id']}", depth, node["author"], node["title"], text,
                     datetime.fromtimestamp(node["created_at_i"], timezone.utc), utcnow(), content_hash(node["title"], text)])
                n += 1
                stack.extend((child, depth + 1) for child in node["children"])
    return time.perf_counter() - start, n


def main() -> int:
    cfg = parse_config(tomllib.loads((REPO / "tracker.toml").read_text()), "bench", REPO)
    catalog = Catalog.from_config(cfg)
    payloads = bodies()
    items = THREADS * (COMMENTS + 1)
    print(f"{THREADS} threads x {COMMENTS} comments = {items:,} items, {sum(map(len, payloads)) / 1e6:.1f} MB of JSON; "
          f"duckdb threads {DUCKDB_THREADS}; load average {os.getloadavg()[0]:.2f} at the start", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        ours_s, stored = ours(Path(tmp), payloads, catalog)
        base_s, inserted = baseline(Path(tmp), payloads)
    assert stored == items == inserted, (stored, items, inserted)
    print(f"hackernews items parsed+stored (records, clean text, upsert, mention links): {items / ours_s:,.0f} items/s "
          f"({ours_s:.2f} s)")
    print(f"baseline json.loads + INSERT per item, same bodies: {items / base_s:,.0f} items/s ({base_s:.2f} s); "
          f"ratio {base_s / ours_s:.2f}x (ours faster when > 1)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
