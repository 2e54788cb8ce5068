"""Hacker News source: stories and comments naming a catalog model, found through Algolia's HN Search, with their
whole comment trees (Algolia's /items, the official API's `kids` where Algolia's tree is incomplete).

One run: for every query (the catalog's aliases and the configured terms) and tag (story, comment), search by date
from the query's cursor to now, splitting any time window whose hits pass the API's 1,000-result cap until each is
whole; fetch the thread of every hit not stored yet; store each thread in short writes and move the query's cursor
with the last of them. Threads that could not be finished (a failed request, a tree the official walk has not
completed) are kept in `ingest_state` as `incomplete:<story id>` and finished first on the next run; threads younger
than `refresh_days` are fetched again for new comments and points.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from tracker.catalog import Catalog, link_mentions
from tracker.config import Config
from tracker.progress import Progress
from tracker.sources.hackernews_records import (ALGOLIA, HN_API, SKIPPED_TYPES, SOURCE, RecordError, Thread,
                                                clean_html, doc_id, item_fields, to_record, walk_tree)
from tracker.sources.http import BlockedAddress, FetchError, RetryableError, build_client, fetch
from tracker.warehouse.database import Warehouse, get_state_json, set_state, upsert_documents, utcnow
from tracker.warehouse.runs import RunStats

log = logging.getLogger("tracker.hackernews")

RESULT_CAP = 1000  # Algolia returns at most this many hits for one query, however it is paged
TAGS = ("story", "comment")
INCOMPLETE = "incomplete:"  # ingest_state key prefix of a thread to finish on the next run
STORE_CHUNK = 1000  # documents per write: a 5,000-comment thread is stored in short transactions
_QUERY_SEP = re.compile(r"[\s\-‐‑–_]+")


class MalformedPayload(ValueError):
    """An answer that is not the JSON the API documents; carries the body for `rejects`."""

    def __init__(self, reason: str, url: str, body: bytes):
        super().__init__(f"{url}: {reason}")
        self.reason, self.url, self.body = reason, url, body


# ---------------------------------------------------------------- the two APIs


@dataclass
class Window:
    """One time window of a search, read whole: its hits, and how many the cap hid (a window of one second)."""

    lo: int
    hi: int
    hits: list[Any]
    lost: int = 0


@dataclass
class HackerNews:
    client: httpx.Client
    cfg: Config
    sleep: Callable[[float], None] = time.sleep
    requests: int = field(default=0, init=False)

    def get_json(self, url: str, params: Mapping[str, Any] | None = None, max_bytes: int | None = None) -> Any:
        """One polite GET (retries with backoff on 429/5xx, Retry-After honoured), parsed as JSON."""
        self.requests += 1
        try:
            result = fetch(self.client, url, self.cfg.http, params=params, max_bytes=max_bytes, sleep=self.sleep)
        except FetchError as exc:
            # An answer that came but cannot be used (over the size limit, a gzip bomb, a redirect loop) is a bad
            # payload for `rejects`; HTTP errors and exhausted retries stay failures, retried next run.
            if not isinstance(exc, RetryableError | BlockedAddress) and exc.status in (None, 200) and (
                    "limit" in exc.reason or "redirects" in exc.reason or "undecodable" in exc.reason):
                raise MalformedPayload(exc.reason, url, exc.body or b"") from None
            raise
        try:
            return json.loads(result.content)
        except (ValueError, UnicodeDecodeError):
            raise MalformedPayload("malformed JSON", url, result.content) from None

    def search_page(self, tag: str, query: str, lo: int, hi: int, page: int) -> dict[str, Any]:
        url = self.cfg.hackernews.algolia_url.rstrip("/") + "/search_by_date"
        params = {"query": query, "tags": tag, "numericFilters": f"created_at_i>={lo},created_at_i<{hi}",
                  "hitsPerPage": self.cfg.hackernews.hits_per_page, "page": page}
        answer = self.get_json(url, params)
        if not isinstance(answer, dict) or not isinstance(answer.get("hits"), list) \
                or not isinstance(answer.get("nbHits"), int) or isinstance(answer.get("nbHits"), bool):
            raise MalformedPayload("no 'hits' list and 'nbHits' count in the answer", f"{url}?query={query}&tags={tag}",
                                   json.dumps(answer).encode() if not isinstance(answer, bytes) else answer)
        return answer

    def search(self, tag: str, query: str, lo: int, hi: int) -> Iterator[Window]:
        """Windows of [lo, hi) oldest first, each read whole: a window with more hits than the cap is halved until
        every part fits (a one-second window that still does not fit is read as far as the cap allows and its
        overflow reported in `lost`, never silently cut)."""
        per_page = self.cfg.hackernews.hits_per_page
        pending = [(lo, hi)]
        while pending:
            a, b = pending.pop()
            first = self.search_page(tag, query, a, b, 0)
            total = first["nbHits"]
            if total > RESULT_CAP and b - a > 1:
                mid = (a + b) // 2
                pending += [(mid, b), (a, mid)]  # the older half is read first
                continue
            hits, seen = list(first["hits"]), {_hit_id(h) for h in first["hits"]}
            pages = min(first.get("nbPages") if isinstance(first.get("nbPages"), int) else 1,
                        -(-min(total, RESULT_CAP) // per_page))
            for page in range(1, pages):
                more = self.search_page(tag, query, a, b, page)["hits"]
                ids = [_hit_id(h) for h in more]
                if not more:
                    break
                if seen.issuperset(ids):
                    raise MalformedPayload(f"pagination loop: page {page} repeats hits already read", 
                                           f"search_by_date?query={query}&tags={tag}&page={page}",
                                           json.dumps(ids).encode())
                seen.update(ids)
                hits += more
            yield Window(a, b, hits, max(0, total - RESULT_CAP))

    def tree(self, story_id: int) -> dict[str, Any]:
        """A story with its whole comment tree nested in `children` (Algolia's /items), in one request."""
        url = f"{self.cfg.hackernews.algolia_url.rstrip('/')}/items/{story_id}"
        answer = self.get_json(url, max_bytes=self.cfg.hackernews.max_item_bytes)
        if not isinstance(answer, dict) or item_fields(answer)["id"] is None:
            raise MalformedPayload("not an item (no 'id')", url, json.dumps(answer).encode())
        return answer

    def item(self, item_id: int) -> dict[str, Any] | None:
        """One item of the official API; None for `null` (deleted, or never existed)."""
        url = f"{self.cfg.hackernews.api_url.rstrip('/')}/item/{item_id}.json"
        answer = self.get_json(url)
        if answer is not None and not isinstance(answer, dict):
            raise MalformedPayload("not an item object", url, json.dumps(answer).encode())
        return answer


def _hit_id(hit: Any) -> str | None:
    return str(hit.get("objectID")) if isinstance(hit, dict) and hit.get("objectID") is not None else None


def search_terms(cfg: Config) -> list[str]:
    """Every catalog model's aliases and id (not its context aliases), then the configured terms; a term that
    contains another one's words is left out (Algolia requires every word, so it finds nothing more)."""
    terms: list[str] = []
    for model in cfg.models:
        terms += [*model.aliases, model.id]
    terms += cfg.hackernews.queries
    kept: dict[str, str] = {}
    for term in terms:
        key = " ".join(_QUERY_SEP.split(term.strip().lower())).strip()
        if key and key not in kept:
            kept[key] = term.strip()
    return [term for key, term in kept.items()
            if not any(other != key and f" {key} ".find(f" {other} ") >= 0 for other in kept)]


# ---------------------------------------------------------------- one thread


@dataclass
class ThreadBatch:
    """A thread as fetched: its records, the rejects met, and what is left to fetch (official-API frontier)."""

    story_id: int
    records: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[tuple[str, Any, str | None]] = field(default_factory=list)
    frontier: list[list[int]] = field(default_factory=list)  # [item id, parent id, depth] not fetched yet
    not_fetched: int = 0
    retry: str | None = None  # why the whole thread must be fetched again next run

    @property
    def state(self) -> Any:
        if self.retry:
            return {"refetch": self.retry}
        if self.frontier:
            return {"frontier": self.frontier, "not_fetched": self.not_fetched}
        return None


class Budget:
    """Official-API requests a run may spend completing trees."""

    def __init__(self, left: int):
        self.left = left


def _payload(thing: Any) -> str:
    return json.dumps(thing, default=str, ensure_ascii=False, sort_keys=True)


def thread_from_tree(tree: Mapping[str, Any]) -> ThreadBatch:
    """Records of an Algolia /items answer: the story, then every comment with its depth (pure)."""
    fields = item_fields(tree)
    batch = ThreadBatch(fields["id"])
    if fields["type"] == "comment":
        batch.rejects.append((f"item {fields['id']} is a comment, not a story", _payload(tree)[:4096], str(fields["id"])))
        return batch
    try:
        root = to_record(tree, ALGOLIA)
    except RecordError as exc:
        batch.rejects.append((str(exc), _payload({k: v for k, v in tree.items() if k != "children"}), str(fields["id"])))
        return batch
    batch.records.append(root)
    thread = Thread(fields["id"], root["title"], root["community"])
    dropped: set[int | None] = set()
    for node, parent, depth in walk_tree(tree):
        node_id = item_fields(node)["id"] if isinstance(node, Mapping) else None
        if parent in dropped:  # under an item that was not stored: no parent to hang from
            dropped.add(node_id)
            continue
        if isinstance(node, Mapping) and node.get("type") in SKIPPED_TYPES:
            dropped.add(node_id)
            continue
        try:
            batch.records.append(to_record(node, ALGOLIA, thread, depth, parent=parent))
        except RecordError as exc:
            dropped.add(node_id)
            shown = {k: v for k, v in node.items() if k != "children"} if isinstance(node, Mapping) else node
            batch.rejects.append((f"{exc} (in the tree of story {thread.story_id}; its replies are not stored)",
                                  _payload(shown), str(node_id if node_id is not None else f"child of {parent}")))
    return batch


def complete_with_api(api: HackerNews, batch: ThreadBatch, thread: Thread, frontier: list[list[int]], known: set[int],
                      budget: Budget) -> None:
    """Walk the official API's `kids` from ``frontier``, adding the items Algolia's tree lacks (provenance hn_api),
    while the run's budget lasts; what is left stays in ``batch.frontier`` for the next run."""
    queue = deque(frontier)
    with Progress(f"hackernews: completing thread {thread.story_id}", total=None, unit=" items") as bar:
        while queue and budget.left > 0:
            item_id, parent, depth = queue.popleft()
            budget.left -= 1
            item = api.item(item_id)
            bar.advance(1)
            if item is None:
                batch.rejects.append((f"item {item_id} is null in the official API (deleted or never existed); "
                                      f"reply of {parent}", "null", str(item_id)))
                continue
            if item_id not in known:
                try:
                    batch.records.append(to_record(item, HN_API, thread, depth, parent=parent))
                except RecordError as exc:
                    batch.rejects.append((f"{exc} (official API, story {thread.story_id})", _payload(item), str(item_id)))
                    continue
                known.add(item_id)
            kids = item.get("kids")
            queue.extend([kid, item_id, depth + 1] for kid in (kids if isinstance(kids, list) else []) if isinstance(kid, int))
    batch.frontier = [list(entry) for entry in queue]


def live_comments(records: list[dict[str, Any]]) -> int:
    return sum(1 for r in records if r["kind"] == "comment" and not r["removed"])


def fetch_thread(api: HackerNews, story_id: int, budget: Budget) -> ThreadBatch:
    """A story and its whole tree: Algolia's nested answer, checked against the official API's `descendants`;
    a tree with fewer live comments than that is completed by walking the official `kids`."""
    batch = thread_from_tree(api.tree(story_id))
    if not batch.records:
        return batch
    root = batch.records[0]
    try:
        official = api.item(story_id)
    except (MalformedPayload, FetchError) as exc:
        reason = exc.reason
        if isinstance(exc, MalformedPayload):
            batch.rejects.append((f"official API: {exc.reason}", exc.body, exc.url))
        batch.retry = f"official API: {reason}"
        return batch
    if official is None:
        return batch  # gone from the official API: Algolia's copy is all there is
    score = official.get("score")
    if isinstance(score, int) and not isinstance(score, bool):
        root["score"] = score
    descendants = official.get("descendants")
    found = live_comments(batch.records)
    if isinstance(descendants, int) and found < descendants:
        log.info("hackernews: story %d: Algolia's tree has %d of %d comments; walking the official API", story_id,
                 found, descendants)
        thread = Thread(story_id, root["title"], root["community"])
        known = {int(r["doc_id"].removeprefix("hackernews:")) for r in batch.records}
        kids = official.get("kids")
        frontier = [[kid, story_id, 1] for kid in (kids if isinstance(kids, list) else []) if isinstance(kid, int)]
        complete_with_api(api, batch, thread, frontier, known, budget)
        found = live_comments(batch.records)
        if batch.frontier:
            batch.not_fetched = max(0, descendants - found)
        elif found < descendants:
            batch.rejects.append((f"story {story_id}: the official API counts {descendants} comments, both APIs' trees "
                                  f"hold {found}", _payload({"descendants": descendants, "found": found}), str(story_id)))
    return batch


# ---------------------------------------------------------------- storing


def store(warehouse: Warehouse, catalog: Catalog, stats: RunStats, records: list[dict[str, Any]] = (),
          rejects: list[tuple[str, Any, str | None]] = (), state: Mapping[str, Any] | None = None) -> None:
    """One short write: documents, their mentions, the rejects and the cursors they cover (a None value deletes)."""
    with warehouse.write() as con:
        for reason, payload, ref in rejects:
            stats.reject(con, reason, payload, ref)
        if records:
            stats.add(upsert_documents(con, records))
            link_mentions(con, catalog, [r["doc_id"] for r in records])
        for key, value in (state or {}).items():
            if value is None:
                con.execute("DELETE FROM ingest_state WHERE source = ? AND key = ?", [SOURCE, key])
            else:
                set_state(con, SOURCE, key, value)


def store_thread(warehouse: Warehouse, catalog: Catalog, stats: RunStats, batch: ThreadBatch,
                 state: Mapping[str, Any] | None = None) -> None:
    """A thread in writes of STORE_CHUNK documents. While a big thread is half stored its `incomplete:` row says so
    (written with the first part), so a run killed between the parts finishes it next time; the last part writes
    the thread's final state and ``state`` (the cursor the thread completes)."""
    key = INCOMPLETE + str(batch.story_id)
    final = {key: batch.state, **(state or {})}
    chunks = [batch.records[i:i + STORE_CHUNK] for i in range(0, len(batch.records), STORE_CHUNK)] or [[]]
    stored = 0
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        store(warehouse, catalog, stats, chunk, batch.rejects if n == 0 else (),
              final if last else {key: {"refetch": "stored in part when the run stopped"}} if n == 0 else None)
        stored += len(chunk)
        if len(chunks) > 1:  # a big thread shows its progress, part by part
            log.info("hackernews: thread %d: stored %d of %d items", batch.story_id, stored, len(batch.records))


# ---------------------------------------------------------------- one run


class Collector:
    def __init__(self, warehouse: Warehouse, cfg: Config, stats: RunStats, api: HackerNews, now: datetime):
        self.warehouse, self.cfg, self.stats, self.api, self.now = warehouse, cfg, stats, api, now
        self.catalog = Catalog.from_config(cfg)
        self.budget = Budget(cfg.hackernews.fallback_limit)
        self.done: set[int] = set()  # threads fetched in this run

    def run(self) -> None:
        self.unfinished()
        hc = self.cfg.hackernews
        if hc.since:
            start = int(datetime.fromisoformat(hc.since).replace(tzinfo=timezone.utc).timestamp())
        else:
            start = int((self.now - timedelta(days=hc.backfill_days)).timestamp())
        end = int(self.now.timestamp()) + 1
        starts, whole = [], True
        for query in search_terms(self.cfg):
            for tag in TAGS:
                lo = self.collect(tag, query, start, end)
                whole = whole and lo is not None
                starts.append(lo)
        self.refresh()
        if whole and starts and not self.stats.errors:
            # every search read whole from its start to now: those days are collected (the latest start bounds it)
            self.stats.cover(datetime.fromtimestamp(max(starts), timezone.utc), self.now)

    def collect(self, tag: str, query: str, start: int, end: int) -> int | None:
        """One query's search from its cursor to now, window by window; the start it read from, None on failure."""
        key = f"search:{tag}:{query}"
        with self.warehouse.read() as con:
            cursor = get_state_json(con, SOURCE, key) or {}
        after = cursor.get("after")
        lo = max(start, after - self.cfg.hackernews.search_overlap_s) if isinstance(after, int) else start
        try:
            for window in self.api.search(tag, query, lo, end):
                after = self.window(key, window, after)
        except MalformedPayload as exc:
            self.stats.error(f"{key}: {exc.reason} from Algolia; cursor not advanced")
            store(self.warehouse, self.catalog, self.stats, rejects=[(exc.reason, exc.body, exc.url)])
            return None
        except FetchError as exc:
            self.stats.error(f"{key}: Algolia unavailable ({exc.reason}); will retry next run")
            return None
        return lo

    def window(self, key: str, window: Window, after: int | None) -> int | None:
        """The threads of one window's new hits, stored; the cursor moves with the last of them."""
        rejects: list[tuple[str, Any, str | None]] = []
        stories: dict[int, None] = {}
        stamps = []
        if window.lost:
            msg = (f"{key}: {window.lost} hits in the one-second window at {window.lo} are past Algolia's "
                   f"{RESULT_CAP}-result cap and were not read")
            self.stats.error(msg)
            self.stats.not_fetched += window.lost
        candidates: list[tuple[int, dict[str, Any]]] = []
        for hit in window.hits:
            story, reason = self.story_of(hit)
            if reason:
                rejects.append((reason, _payload(hit), _hit_id(hit)))
                continue
            stamps.append(int(hit["created_at_i"]))
            if story is not None:
                candidates.append((story, hit))
        with self.warehouse.read() as con:
            stored = {r[0] for r in con.execute(
                "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                [[doc_id(h["objectID"]) for _, h in candidates]]).fetchall()} if candidates else set()
        for story, hit in candidates:
            if doc_id(hit["objectID"]) not in stored and story not in self.done:
                stories[story] = None
        new_after = max([*stamps, *([after] if after is not None else [])], default=None)
        cursor = {key: {"after": new_after}} if new_after is not None and new_after != after else {}
        ordered = sorted(stories)
        if rejects or (cursor and not ordered):
            store(self.warehouse, self.catalog, self.stats, rejects=rejects, state=cursor if not ordered else None)
        for n, story in enumerate(ordered):
            self.thread(story, cursor if n == len(ordered) - 1 else None)
        return new_after

    def story_of(self, hit: Any) -> tuple[int | None, str | None]:
        """(the story whose thread to fetch, None) for a hit naming a catalog model; (None, None) for a hit that
        names none (Algolia matches loosely); (None, reason) for a hit that is not one."""
        if not isinstance(hit, dict):
            return None, f"search hit is {'null' if hit is None else type(hit).__name__}, not an object"
        fields = item_fields(hit)
        if fields["id"] is None:
            return None, f"search hit without a numeric objectID: {hit.get('objectID')!r}"
        created = hit.get("created_at_i")
        if isinstance(created, bool) or not isinstance(created, int):
            return None, f"search hit {fields['id']} has a missing or malformed created_at_i: {created!r}"
        if fields["type"] == "comment":
            story = hit.get("story_id")
            if isinstance(story, bool) or not isinstance(story, int):
                return None, f"comment hit {fields['id']} has a missing or malformed story_id: {story!r}"
            try:
                text = clean_html(fields["text"])
            except RecordError as exc:
                return None, f"comment hit {fields['id']}: {exc}"
            context = hit.get("story_title") if isinstance(hit.get("story_title"), str) else None
        elif fields["type"] in ("story", "poll"):
            story = fields["id"]
            try:
                text = "\n".join(t for t in (fields["title"] if isinstance(fields["title"], str) else None,
                                             clean_html(fields["text"])) if t)
            except RecordError as exc:
                return None, f"story hit {fields['id']}: {exc}"
            context = None
        else:
            return None, f"search hit {fields['id']} has an unknown type (tags {hit.get('_tags')!r})"
        return (story, None) if self.catalog.find(text, context) else (None, None)

    def thread(self, story: int, state: Mapping[str, Any] | None = None, pending: Mapping[str, Any] | None = None) -> None:
        self.done.add(story)
        try:
            if pending and pending.get("frontier"):
                batch = self.continue_thread(story, pending["frontier"], int(pending.get("not_fetched") or 0))
            else:
                batch = fetch_thread(self.api, story, self.budget)
        except MalformedPayload as exc:
            self.stats.error(f"thread {story}: {exc.reason}")
            batch = ThreadBatch(story, rejects=[(exc.reason, exc.body, exc.url)], retry=exc.reason)
        except FetchError as exc:
            self.stats.error(f"thread {story}: unavailable ({exc.reason}); will retry next run")
            batch = ThreadBatch(story, retry=exc.reason)
        if batch.retry and batch.records:
            self.stats.error(f"thread {story}: {batch.retry}; fetched again next run")
        self.stats.fetched += len(batch.records)
        if batch.frontier:
            self.stats.not_fetched += batch.not_fetched
            log.warning("hackernews: thread %d: %d comments not fetched yet (fallback_limit = %d official-API items "
                        "per run); the next run continues it", story, batch.not_fetched, self.cfg.hackernews.fallback_limit)
        store_thread(self.warehouse, self.catalog, self.stats, batch, state)

    def continue_thread(self, story: int, frontier: list[list[int]], missing: int) -> ThreadBatch:
        """The official-API walk of a thread, from where an earlier run's budget stopped it."""
        with self.warehouse.read() as con:
            row = con.execute("SELECT title, community FROM documents WHERE doc_id = ?", [doc_id(story)]).fetchone()
            known = {int(d.removeprefix("hackernews:")) for (d,) in con.execute(
                "SELECT doc_id FROM documents WHERE thread_id = ?", [doc_id(story)]).fetchall()}
        if row is None:  # the story itself never landed: fetch the thread whole
            return fetch_thread(self.api, story, self.budget)
        batch = ThreadBatch(story)
        complete_with_api(self.api, batch, Thread(story, row[0], row[1] or "story"), frontier, known, self.budget)
        if batch.frontier:
            batch.not_fetched = max(missing - live_comments(batch.records), len(batch.frontier))
        return batch

    def unfinished(self) -> None:
        """Threads an earlier run left incomplete (a failed request, a tree still being walked), finished first."""
        with self.warehouse.read() as con:
            rows = con.execute("SELECT key, value FROM ingest_state WHERE source = ? AND key LIKE ? ORDER BY key",
                               [SOURCE, INCOMPLETE + "%"]).fetchall()
        for key, value in rows:
            story = key.removeprefix(INCOMPLETE)
            if story.isdigit() and int(story) not in self.done:
                self.thread(int(story), pending=json.loads(value) if value else {})

    def refresh(self) -> None:
        """Threads younger than refresh_days, fetched again: comments keep arriving and points move."""
        cutoff = self.now - timedelta(days=self.cfg.hackernews.refresh_days)
        with self.warehouse.read() as con:
            rows = con.execute(
                "SELECT doc_id FROM documents WHERE source = ? AND kind = 'story' AND created_at >= ? AND created_at <= ? "
                "ORDER BY created_at, doc_id", [SOURCE, cutoff, self.now]).fetchall()
        for (story_doc,) in rows:
            story = int(story_doc.removeprefix("hackernews:"))
            if story not in self.done:
                self.thread(story)


def ingest(warehouse: Warehouse, cfg: Config, stats: RunStats, http: httpx.Client | None = None, *,
           now: datetime | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
    """Stage: Hacker News stories and comments that name a catalog model, with their whole threads, into `documents`."""
    stats.source = stats.source or SOURCE
    client = http or build_client(cfg.http)
    try:
        Collector(warehouse, cfg, stats, HackerNews(client, cfg, sleep), now or utcnow()).run()
    finally:
        if http is None:
            client.close()
