"""Arctic Shift client: Reddit archive pages by subreddit and time, for backfills and runs without credentials."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from tracker.catalog import Catalog
from tracker.config import Config
from tracker.progress import Progress
from tracker.sources.http import BlockedAddress, FetchError, RetryableError, build_client, fetch
from tracker.warehouse.runs import RunStats
from tracker.sources.reddit_records import ARCTIC_SHIFT, SOURCE, Batch, day_start, store
from tracker.warehouse.database import Warehouse, get_state_json, utcnow

log = logging.getLogger("tracker.arctic_shift")

LIMIT = 100  # the API's largest page
IDS_PER_LOOKUP = 500


class MalformedPayload(ValueError):
    """An answer that is not the JSON the API documents; carries the body for `rejects`."""

    def __init__(self, reason: str, url: str, body: bytes):
        super().__init__(f"{url}: {reason}")
        self.reason, self.url, self.body = reason, url, body


@dataclass
class Page:
    """One page of a time-ordered search: the items not seen before, and the cursor after it."""

    items: list[dict[str, Any]]
    after: int
    seen: list[str]
    last: bool


@dataclass
class ArcticShift:
    client: httpx.Client
    cfg: Config
    sleep: Callable[[float], None] = time.sleep
    requests: int = field(default=0, init=False)

    def get(self, path: str, params: Mapping[str, Any]) -> list[Any]:
        url = self.cfg.reddit.arctic_shift_url.rstrip("/") + path
        self.requests += 1
        try:
            result = fetch(self.client, url, self.cfg.http, params=params, sleep=self.sleep)
        except FetchError as exc:
            # An answer that came but cannot be used (over the size limit, a gzip bomb, a redirect loop) is a bad
            # payload for `rejects`, as in markets; HTTP errors and exhausted retries stay failures for next run.
            if not isinstance(exc, RetryableError | BlockedAddress) and exc.status in (None, 200) and (
                    "limit" in exc.reason or "redirects" in exc.reason or "undecodable" in exc.reason):
                raise MalformedPayload(exc.reason, url, exc.body or b"") from None
            raise
        try:
            payload = json.loads(result.content)
        except (ValueError, UnicodeDecodeError):
            raise MalformedPayload("malformed JSON", url, result.content) from None
        data = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(data, list):
            raise MalformedPayload("no 'data' list in the answer", url, result.content)
        return data

    def search(self, kind: str, subreddit: str, after: int, before: int | None = None, query: str | None = None,
               seen: list[str] | None = None) -> Iterator[Page]:
        """Pages of posts or comments, oldest first. There is no cursor in the API: ``after`` (inclusive) moves to
        the last created_utc, and ids already seen in that second are dropped so page edges neither lose nor
        double an item."""
        edge = set(seen or [])
        while True:
            params: dict[str, Any] = {"subreddit": subreddit, "after": after, "limit": LIMIT, "sort": "asc"}
            if before is not None:
                params["before"] = before
            if query:
                params["query"] = query
            items = self.get(f"/api/{kind}/search", params)
            fresh = [i for i in items if not (isinstance(i, dict) and i.get("id") in edge)]
            stamps = [int(i["created_utc"]) for i in items
                      if isinstance(i, dict) and isinstance(i.get("created_utc"), int | float)]
            last = len(items) < LIMIT
            if stamps and max(stamps) > after:
                next_after = max(stamps)
                edge = {i["id"] for i in items if isinstance(i, dict) and int(i.get("created_utc") or -1) == next_after}
            elif not last and not fresh:
                # A whole page within one second, all seen: step past it rather than loop.
                log.warning("arctic shift: more than %d %s in r/%s at %d; skipping to the next second", LIMIT, kind,
                            subreddit, after)
                next_after, edge = after + 1, set()
            else:
                next_after = after
                edge |= {i["id"] for i in fresh if isinstance(i, dict) and isinstance(i.get("id"), str)}
            yield Page(fresh, next_after, sorted(edge), last)
            if last:
                return
            after = next_after

    def comment_tree(self, link_id: str) -> list[dict[str, Any]]:
        """Every comment of a thread, flat, with depth computed from the nesting (top-level reply 1)."""
        out: list[dict[str, Any]] = []

        def walk(children: Any, depth: int) -> None:
            for child in children if isinstance(children, list) else []:
                if not isinstance(child, dict) or child.get("kind") != "t1" or not isinstance(child.get("data"), dict):
                    continue  # `more` stubs: the tree endpoint already expands what it has
                data = child["data"]
                out.append({**data, "_depth": depth})
                replies = data.get("replies")
                if isinstance(replies, dict):
                    walk(replies.get("data", {}).get("children"), depth + 1)

        walk(self.get("/api/comments/tree", {"link_id": link_id, "limit": 25000}), 1)
        return out

    def posts_by_ids(self, ids: list[str]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for start in range(0, len(ids), IDS_PER_LOOKUP):
            found += self.get("/api/posts/ids", {"ids": ",".join(ids[start:start + IDS_PER_LOOKUP])})
        return found


def thread_batch(api: ArcticShift, post: dict[str, Any]) -> Batch:
    batch = Batch()
    batch.add(post, ARCTIC_SHIFT)
    for comment in api.comment_tree(f"t3_{post['id']}"):
        depth = comment.pop("_depth")
        batch.add(comment, ARCTIC_SHIFT, depth)
    return batch


def _reject_batch(exc: MalformedPayload) -> Batch:
    return Batch(rejects=[(exc.reason, exc.body, exc.url)])


ARCHIVE_LAG = timedelta(hours=36)  # how far Arctic Shift runs behind Reddit


def collect_recent(warehouse: Warehouse, cfg: Config, stats: RunStats, http: httpx.Client | None = None, *,
                   now: datetime, sleep: Callable[[float], None] = time.sleep) -> None:
    """The reddit stage without credentials: the configured subreddits and queries, with their threads."""
    client = http or build_client(cfg.http)
    api = ArcticShift(client, cfg, sleep)
    catalog = Catalog.from_config(cfg)
    start = day_start(cfg.reddit.since) if cfg.reddit.since else now - timedelta(days=cfg.reddit.refresh_days)
    done: set[str] = set()
    try:
        for sub in cfg.reddit.subreddits:
            listings = [(f"arctic:new:r/{sub}", None)] + [(f"arctic:search:r/{sub}:{q}", q) for q in cfg.reddit.queries]
            for key, query in listings:
                _collect_listing(api, warehouse, catalog, stats, key, sub, query, int(start.timestamp()), done)
        _refresh(api, warehouse, cfg, catalog, stats, now, done)
        if not stats.errors:  # every listing read from `start` on (Arctic Shift runs about 36 h behind Reddit)
            stats.cover(start, now - ARCHIVE_LAG)
    finally:
        if http is None:
            client.close()


def _collect_listing(api: ArcticShift, warehouse: Warehouse, catalog: Catalog, stats: RunStats, key: str, sub: str,
                     query: str | None, start: int, done: set[str]) -> None:
    with warehouse.read() as con:
        state = get_state_json(con, SOURCE, key) or {}
    try:
        for page in api.search("posts", sub, state.get("after", start), query=query, seen=state.get("seen")):
            posts = [p for p in page.items if isinstance(p, dict)]
            batches = []
            for post in posts:
                if not isinstance(post.get("id"), str) or post["id"] in done:
                    batches.append(Batch())
                    batches[-1].add(post, ARCTIC_SHIFT)
                    continue
                done.add(post["id"])
                batches.append(thread_batch(api, post))
                stats.fetched += len(batches[-1].records)
            for batch in batches:
                store(warehouse, catalog, stats, batch)
            # The cursor moves with the page's last write, once every thread on it is stored.
            store(warehouse, catalog, stats, Batch(state=(key, {"after": page.after, "seen": page.seen})))
    except MalformedPayload as exc:
        stats.error(f"{key}: {exc.reason} from Arctic Shift; cursor not advanced")
        store(warehouse, catalog, stats, _reject_batch(exc))
    except FetchError as exc:
        stats.error(f"{key}: Arctic Shift unavailable ({exc.reason}); will retry next run")


def _refresh(api: ArcticShift, warehouse: Warehouse, cfg: Config, catalog: Catalog, stats: RunStats, now: datetime,
             done: set[str]) -> None:
    cutoff = now - timedelta(days=cfg.reddit.refresh_days)
    with warehouse.read() as con:
        rows = con.execute(
            "SELECT doc_id, title, body, created_at, community FROM documents WHERE source = 'reddit' "
            "AND kind = 'submission' AND created_at >= ? AND created_at <= ? "
            "AND lower(community) IN (SELECT unnest(?::VARCHAR[]))",
            [cutoff, now, [s.lower() for s in cfg.reddit.subreddits]],
        ).fetchall()
    for doc_id, *_ in rows:
        sid = doc_id.removeprefix("reddit:t3_")
        if sid in done:
            continue
        done.add(sid)
        try:
            posts = api.posts_by_ids([sid])
            if posts:
                batch = thread_batch(api, posts[0])
                stats.fetched += len(batch.records)
                store(warehouse, catalog, stats, batch)
        except MalformedPayload as exc:
            stats.error(f"thread t3_{sid}: {exc.reason} from Arctic Shift")
            store(warehouse, catalog, stats, _reject_batch(exc))
        except FetchError as exc:
            stats.error(f"thread t3_{sid}: Arctic Shift unavailable ({exc.reason})")


def backfill(warehouse: Warehouse, cfg: Config, stats: RunStats, subreddit: str, since: str, until: str | None = None,
             http: httpx.Client | None = None, *, sleep: Callable[[float], None] = time.sleep) -> None:
    """Posts then comments of one subreddit between two days, page by page; each page's rows and cursor are
    written together, so an interrupted backfill resumes where it stopped. A failure is recorded, not raised."""
    client = http or build_client(cfg.http)
    api = ArcticShift(client, cfg, sleep)
    catalog = Catalog.from_config(cfg)
    after0 = int(day_start(since).timestamp())
    before = int(day_start(until).timestamp()) if until else None
    try:
        for kind in ("posts", "comments"):
            key = f"backfill:{kind}:r/{subreddit}:{since}..{until or ''}"
            with warehouse.read() as con:
                state = get_state_json(con, SOURCE, key) or {}
            if state.get("done"):
                log.info("arctic shift: %s already complete", key)
                continue
            # Progress in days of the range covered: the archive gives no count up front.
            end = before if before is not None else int(time.time())
            bar = Progress(f"backfill r/{subreddit} {kind}", total=max(1, (end - after0) / 86400), unit=" days")
            try:
                with bar:
                    for page in api.search(kind, subreddit, state.get("after", after0), before, seen=state.get("seen")):
                        batch = Batch(state=(key, {"after": page.after, "seen": page.seen, "done": page.last}))
                        for item in page.items:
                            batch.add(item, ARCTIC_SHIFT)
                        stats.fetched += len(batch.records)
                        store(warehouse, catalog, stats, batch)
                        bar.update(min(bar.total, max(0, page.after - after0) / 86400) if not page.last else bar.total,
                                   note=f"{stats.fetched:,} rows")
            except MalformedPayload as exc:
                stats.error(f"{key}: {exc.reason}; the backfill resumes from its cursor next time")
                store(warehouse, catalog, stats, _reject_batch(exc))
                return
            except FetchError as exc:
                stats.error(f"{key}: Arctic Shift unavailable ({exc.reason}); the backfill resumes from its cursor next time")
                return
        # both kinds read whole: the backfilled days count as collected (coverage), for the reddit source
        stats.cover(day_start(since), day_start(until) if until else utcnow() - ARCHIVE_LAG)
    finally:
        if http is None:
            client.close()
