"""Reddit source: subreddit listings, searches and comment trees through praw, flattened to documents."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from heapq import heappop, heappush
from typing import Any

import duckdb
import praw
import prawcore
from praw.exceptions import MissingRequiredAttributeException
from praw.models import Comment, MoreComments, Submission
from praw.models.comment_forest import CommentForest
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from tracker.catalog import Catalog, link_mentions
from tracker.config import Config, HttpConfig, RedditConfig
from tracker.sources.http import backoff_wait, parse_retry_after
from tracker.warehouse.runs import RunStats
from tracker.warehouse.database import Warehouse, get_state_json, set_state, upsert_documents, utcnow

log = logging.getLogger("tracker.reddit")

SOURCE = "reddit"
PRAW = "praw"
ARCTIC_SHIFT = "arctic_shift"
REMOVED_BODIES = frozenset({"[removed]", "[deleted]"})
CANONICAL_URL = "https://www.reddit.com"  # stored links point at Reddit itself, not at the configured API host
PAGE_LIMIT = 100  # Reddit's largest page
_ID = re.compile(r"^[0-9a-z]{1,16}$")
NO_CREDENTIALS = (
    "no Reddit API credentials (set praw_client_id, praw_client_secret and praw_user_agent, or name a praw.ini "
    "site in [reddit] praw_site): collecting the same subreddits and queries from Arctic Shift instead, "
    "which runs about 36 h behind Reddit"
)
BAD_CREDENTIALS = (
    "Reddit refused the API credentials (HTTP 401: revoked, mistyped or an app without API access): set "
    "praw_client_id, praw_client_secret and praw_user_agent in the environment, or fix the praw.ini site named in "
    "[reddit] praw_site; to collect without credentials (from Arctic Shift) unset them"
)
INCOMPLETE = "incomplete:"  # ingest_state key prefix: a thread whose "more" stubs a limit left, until it is whole
# Failures worth another try: 429 (Reddit often sends no Retry-After), 5xx after prawcore's own retries, network.
RETRYABLE = (prawcore.exceptions.TooManyRequests, prawcore.exceptions.ServerError, prawcore.exceptions.RequestException)


class RecordError(ValueError):
    """A thing that cannot become a document; the message is the reject reason."""


# ---------------------------------------------------------------- the one praw/JSON -> record function


def to_record(thing: Any, provenance: str, depth: int | None = None) -> dict[str, Any]:
    """A document record from a praw Submission/Comment or the same fields as a JSON dict (Reddit, Arctic Shift).

    Reads only attributes already loaded (``vars``), so a praw object never fetches lazily here. ``depth`` is
    the distance from the submission (submission 0, top-level reply 1); without it Reddit's own ``depth`` + 1.
    """
    if isinstance(thing, Mapping):
        fields = thing
        is_comment = "link_id" in fields or "body" in fields
        if not is_comment and "title" not in fields:
            raise RecordError("neither a submission (title) nor a comment (link_id/body)")
    elif isinstance(thing, Submission | Comment):
        fields = vars(thing)
        is_comment = isinstance(thing, Comment)
    else:
        raise RecordError(f"expected a submission or a comment, got {type(thing).__name__}")

    thing_id = fields.get("id")
    if not isinstance(thing_id, str) or not _ID.match(thing_id):
        raise RecordError(f"missing or malformed id: {thing_id!r}")
    created = fields.get("created_utc")
    if isinstance(created, bool) or not isinstance(created, int | float):
        raise RecordError(f"missing or malformed created_utc: {created!r}")
    edited = fields.get("edited")
    edited_at = _when(edited) if isinstance(edited, int | float) and not isinstance(edited, bool) and edited > 0 else None
    score = fields.get("score")
    permalink = fields.get("permalink")
    record: dict[str, Any] = {
        "source": SOURCE,
        "provenance": provenance,
        "community": _name(fields.get("subreddit"), "display_name"),
        "author": _author(fields.get("author")),
        "url": CANONICAL_URL + permalink if isinstance(permalink, str) and permalink.startswith("/") else None,
        "created_at": _when(created),
        "edited_at": edited_at,
        "score": int(score) if isinstance(score, int | float) and not isinstance(score, bool) else None,
    }
    if is_comment:
        body, link_id, parent_id = fields.get("body"), fields.get("link_id"), fields.get("parent_id")
        if not isinstance(body, str):
            raise RecordError(f"comment t1_{thing_id} has no body")
        if not isinstance(link_id, str) or not link_id.startswith("t3_"):
            raise RecordError(f"comment t1_{thing_id} has a missing or malformed link_id: {link_id!r}")
        if not isinstance(parent_id, str) or not parent_id.startswith(("t1_", "t3_")):
            raise RecordError(f"comment t1_{thing_id} has a missing or malformed parent_id: {parent_id!r}")
        if depth is None and isinstance(fields.get("depth"), int):
            depth = fields["depth"] + 1
        record.update(doc_id=f"reddit:t1_{thing_id}", kind="comment", parent_id=f"reddit:{parent_id}",
                      thread_id=f"reddit:{link_id}", depth=depth, title=None, body=body,
                      removed=body.strip() in REMOVED_BODIES)
    else:
        title, body = fields.get("title"), fields.get("selftext")
        if not isinstance(title, str):
            raise RecordError(f"submission t3_{thing_id} has no title")
        body = body if isinstance(body, str) and body else None
        doc_id = f"reddit:t3_{thing_id}"
        record.update(doc_id=doc_id, kind="submission", parent_id=None, thread_id=doc_id, depth=0, title=title,
                      body=body, removed=bool(body) and body.strip() in REMOVED_BODIES)
    return record


def day_start(day: str) -> datetime:
    """Midnight UTC of an ISO day ('2026-02-01')."""
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


def _when(epoch: float) -> datetime:
    return datetime.fromtimestamp(float(epoch), timezone.utc)


def _name(value: Any, attribute: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return vars(value).get(attribute) or vars(value).get("name")  # a praw Subreddit/Redditor, without fetching


def _author(value: Any) -> str | None:
    name = _name(value, "name")
    return None if name in (None, "[deleted]", "[removed]") else name


# ---------------------------------------------------------------- storing


@dataclass
class Batch:
    """What one short write stores: records, the rejects met on the way, and an optional cursor."""

    records: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[tuple[str, Any, str | None]] = field(default_factory=list)
    state: tuple[str, Any] | None = None
    # A fetched thread: its id and the "more" stubs a replace_more limit left (stored so the next run finishes it).
    thread: str | None = None
    left: list[dict[str, Any]] = field(default_factory=list)
    max_body_bytes: int | None = None

    @property
    def not_fetched(self) -> int:
        return sum(stub_size(stub) for stub in self.left)

    def add(self, thing: Any, provenance: str, depth: int | None = None, payload: Any = None) -> dict[str, Any] | None:
        try:
            record = to_record(thing, provenance, depth)
        except RecordError as exc:
            self.rejects.append((str(exc), payload if payload is not None else raw_payload(thing), ref_of(thing)))
            return None
        body = record.get("body")
        if self.max_body_bytes and body and len(body.encode("utf-8")) > self.max_body_bytes:
            # Like an HTTP body over http.max_body_bytes: the document keeps the first max_body_bytes, the cut is recorded.
            size = len(body.encode("utf-8"))
            record["body"] = body.encode("utf-8")[: self.max_body_bytes].decode("utf-8", errors="ignore")
            self.rejects.append((f"body of {size} bytes cut to http.max_body_bytes ({self.max_body_bytes})",
                                 body[:4096], record["doc_id"]))
        self.records.append(record)
        return record


def stub_size(stub: Mapping[str, Any]) -> int:
    """Comments behind a "more" stub: its count; a "continue this thread" stub (count 0) hides at least one."""
    return int(stub.get("count") or 0) or len(stub.get("children") or ()) or 1


def raw_payload(thing: Any) -> str:
    """The JSON a rejected thing came from (a praw object's loaded fields, minus the client)."""
    fields = thing if isinstance(thing, Mapping) else {k: v for k, v in vars(thing).items() if not k.startswith("_")} \
        if hasattr(thing, "__dict__") else {"value": repr(thing)}
    return json.dumps(fields, default=str, ensure_ascii=False, sort_keys=True)


def ref_of(thing: Any) -> str | None:
    fields = thing if isinstance(thing, Mapping) else vars(thing) if hasattr(thing, "__dict__") else {}
    name = fields.get("name") or fields.get("id")
    return str(name) if name else None


def fill_depths(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Depth for comments that came without one (Arctic Shift search results): parent's depth + 1."""
    for _ in range(64):  # one level per pass; Reddit threads are rarely deeper
        changed = con.execute(
            "UPDATE documents SET depth = p.depth + 1 FROM documents p WHERE documents.parent_id = p.doc_id "
            "AND documents.depth IS NULL AND p.depth IS NOT NULL AND documents.doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [doc_ids],
        ).fetchone()[0]
        if not changed:
            return


def store(warehouse: Warehouse, catalog: Catalog, stats: RunStats, batch: Batch) -> None:
    """One short write: documents, their mentions, the rejects and the cursor they cover, together."""
    with warehouse.write() as con:
        for reason, payload, ref in batch.rejects:
            stats.reject(con, reason, payload, ref)
        if batch.records:
            stats.add(upsert_documents(con, batch.records))
            ids = [r["doc_id"] for r in batch.records]
            if any(r["depth"] is None for r in batch.records):
                fill_depths(con, ids)
            link_mentions(con, catalog, ids)
        if batch.state is not None:
            set_state(con, SOURCE, *batch.state)
        if batch.thread is not None:  # the thread's unexpanded stubs move with its rows
            key = INCOMPLETE + batch.thread
            if batch.left:
                set_state(con, SOURCE, key, {"not_fetched": batch.not_fetched, "stubs": batch.left})
            else:
                con.execute("DELETE FROM ingest_state WHERE source = ? AND key = ?", [SOURCE, key])


# ---------------------------------------------------------------- praw client


def build_reddit(reddit_cfg: RedditConfig, http_cfg: HttpConfig) -> praw.Reddit | None:
    """A read-only praw client from the environment or praw.ini, or None when there are no credentials."""
    kwargs: dict[str, Any] = {
        "check_for_async": False,
        "check_for_updates": False,  # otherwise the first instance asks PyPI for a newer praw
        "oauth_url": reddit_cfg.oauth_url,
        "reddit_url": reddit_cfg.reddit_url,
    }
    site = reddit_cfg.praw_site
    try:
        try:
            reddit = praw.Reddit(site, **kwargs)
        except MissingRequiredAttributeException as exc:
            if "'user_agent'" not in str(exc):
                raise
            reddit = praw.Reddit(site, user_agent=http_cfg.user_agent, **kwargs)
    except MissingRequiredAttributeException:
        return None
    except Exception as exc:
        if type(exc).__name__ == "NoSectionError":
            raise RuntimeError(f"praw.ini has no site [{site}] (named in [reddit] praw_site)") from None
        raise
    reddit.read_only = True
    return reddit


def _retry_after(exc: BaseException | None) -> float | None:
    response = getattr(exc, "response", None)
    return parse_retry_after(response.headers.get("retry-after")) if response is not None else None


def retrying(cfg: HttpConfig, sleep: Callable[[float], None]) -> Retrying:
    """Tenacity around one Reddit request, with the same backoff policy as every other HTTP request."""
    return Retrying(
        stop=stop_after_attempt(cfg.max_retries + 1),
        wait=backoff_wait(cfg, _retry_after),
        retry=retry_if_exception_type(RETRYABLE),
        reraise=True,
        sleep=sleep,
        before_sleep=lambda state: log.warning("reddit: %s, retrying (attempt %d)", _describe(state.outcome.exception()),
                                               state.attempt_number),
    )


def _describe(exc: BaseException | None) -> str:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return f"HTTP {status}" if status else f"{type(exc).__name__}: {exc}"


def log_limits(reddit: praw.Reddit) -> None:
    limits = reddit.auth.limits
    log.debug("reddit: rate limit remaining=%s used=%s", limits.get("remaining"), limits.get("used"))


# ---------------------------------------------------------------- collecting


@dataclass
class Listing:
    """One listing walk, newest first, down to the stored cursor."""

    key: str
    items: list[Submission] = field(default_factory=list)
    complete: bool = False
    pages: int = 0
    reached: float | None = None  # epoch the walk reached back to: its cursor or `since`, else its oldest item
    exhausted: bool = False  # the listing ended before any cursor, `since` or cap: nothing older exists in it


def walk_listing(reddit: praw.Reddit, path: str, params: Mapping[str, str], key: str, cursor: Mapping[str, Any] | None,
                 since: float | None, limit: int, retry: Retrying, warehouse: Warehouse, stats: RunStats) -> Listing:
    """Page a listing newest-first until the stored cursor, ``since`` or ``limit``; a failure leaves it incomplete."""
    walk = Listing(key)
    after: str | None = None
    stop_name = (cursor or {}).get("fullname")
    stop_created = max(float((cursor or {}).get("created_utc") or 0), since or 0) or None
    bad = Batch()
    afters: set[str] = set()  # cursors already requested in this walk
    names: set[str] = set()  # fullnames already met in this walk
    try:
        while len(walk.items) < limit:
            page_params = {**params, "limit": str(PAGE_LIMIT), **({"after": after} if after else {})}
            page = retry(reddit.get, path, params=page_params)
            walk.pages += 1
            if not isinstance(page, praw.models.Listing):
                bad.rejects.append((f"listing {path} answered with something that is not a Listing", raw_payload(page), path))
                raise RecordError(f"{path}: not a Listing")
            # A next page that repeats (its cursor already requested, or only items already met) would walk the
            # same page to listing_limit and move the cursor past everything after it: stop the listing here.
            page_names = [vars(t).get("name") for t in page.children]
            if after and (page.after == after or page.after in afters or (page_names and names.issuperset(page_names))):
                reason = f"listing pagination loop: the page after {after} repeats (next cursor {page.after})"
                bad.rejects.append((reason, json.dumps({"after": after, "next": page.after, "names": page_names}), path))
                raise RecordError(f"{path}: pagination loop after {after}")
            afters.add(after or "")
            names.update(n for n in page_names if n)
            reached = False
            for thing in page.children:
                if not isinstance(thing, Submission):
                    bad.rejects.append(("listing item is not a t3 submission", raw_payload(thing), path))
                    continue
                created = vars(thing).get("created_utc")
                if vars(thing).get("name") == stop_name or (
                        stop_created is not None and isinstance(created, int | float) and created < stop_created):
                    reached = True
                    break
                walk.items.append(thing)
                if len(walk.items) >= limit:
                    break
            after = page.after
            if reached or not after or not page.children:
                walk.reached = stop_created if reached and stop_created else min(
                    (vars(t).get("created_utc") for t in walk.items), default=stop_created)
                # Reddit ends every listing near 1,000 items: an end before that is the listing's real beginning
                walk.exhausted = not reached and len(walk.items) < min(limit, 1000 - PAGE_LIMIT)
                break
        if len(walk.items) >= limit and stop_name:
            log.warning("reddit: %s hit the %d-item listing limit before its cursor; run `tracker backfill reddit` "
                        "for the gap", key, limit)
        walk.complete = True
    except prawcore.exceptions.BadJSON as exc:
        bad.rejects.append(("malformed JSON in listing page", exc.response.text, f"{path}?after={after or ''}"))
        stats.error(f"{key}: malformed JSON on page {walk.pages + 1}; cursor not advanced")
    except RecordError as exc:
        stats.error(f"{key}: {exc}; cursor not advanced")
    except prawcore.exceptions.Redirect as exc:
        # Reddit redirects a listing it will not serve (a missing subreddit goes to search); a redirect is never
        # retried, so the listing is a bad answer: keep it in rejects, not only in the run's error.
        reason = f"listing redirected to {exc.path} (HTTP {exc.response.status_code})"
        bad.rejects.append((reason, json.dumps({"status": exc.response.status_code,
                                                "location": exc.response.headers.get("location")}), path))
        stats.error(f"{key}: {reason} on page {walk.pages + 1}; kept {len(walk.items)} submissions, cursor not advanced")
    except (prawcore.exceptions.PrawcoreException, praw.exceptions.PRAWException) as exc:
        if is_auth_error(exc):
            raise CredentialsRejected(BAD_CREDENTIALS) from None
        stats.error(f"{key}: {_describe(exc)} on page {walk.pages + 1} after retries; kept {len(walk.items)} "
                    "submissions, cursor not advanced")
    if bad.rejects:
        store(warehouse, Catalog([]), stats, bad)
    return walk


def stub_data(stub: MoreComments) -> dict[str, Any]:
    return {"id": stub.id, "name": stub.name, "parent_id": stub.parent_id, "count": stub.count,
            "children": list(stub.children)}


def is_auth_error(exc: BaseException) -> bool:
    """A 401 from the token endpoint or the API (praw retries a 401 once with a new token first)."""
    if isinstance(exc, prawcore.exceptions.OAuthException):
        return True
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None) == 401


class CredentialsRejected(RuntimeError):
    """Reddit answered 401: no later request of this run can succeed."""


def expand_more(submission: Submission, stubs: Iterable[MoreComments], limit: int | None
                ) -> tuple[list[Comment], list[MoreComments]]:
    """Expand "more" stubs, the largest first (as praw's replace_more), at most ``limit`` of them (None: all).

    Returns the comments they held (stubs met inside them join the queue) and the stubs left unexpanded."""
    queue: list[MoreComments] = []
    for stub in stubs:
        stub.submission = submission
        heappush(queue, stub)
    comments: list[Comment] = []
    left: list[MoreComments] = []
    remaining = limit
    while queue:
        stub = heappop(queue)
        if remaining is not None and remaining <= 0:
            left.append(stub)
            continue
        if remaining is not None:
            remaining -= 1
        pending = list(stub.comments(update=True))  # /api/morechildren, or /comments/<id>/_/<parent> for a continuation
        while pending:  # breadth first: a parent comes before its replies
            thing = pending.pop(0)
            if isinstance(thing, MoreComments):
                thing.submission = submission
                heappush(queue, thing)
            elif isinstance(thing, Comment):
                comments.append(thing)
                replies = vars(thing).get("_replies")
                pending.extend(replies if isinstance(replies, list | CommentForest) else [])
    return comments, left


def fetch_thread(reddit: praw.Reddit, submission_id: str, replace_more_limit: int | None, retry: Retrying,
                 pending: Sequence[Mapping[str, Any]] = (), stored: tuple[set[str], set[str]] | None = None,
                 max_body_bytes: int | None = None) -> Batch:
    """A submission and its comment tree, "more" stubs expanded up to ``replace_more_limit`` (None: whole tree),
    flattened with parent, thread and depth; the batch keeps the stubs left unexpanded.

    ``pending`` are stubs an earlier run left; with them, a stub of the fresh tree whose comments are all
    ``stored`` (ids, parent ids already in the warehouse) was expanded before and is not asked for again."""

    def load() -> tuple[Submission, list[Comment], list[MoreComments]]:
        submission = reddit.submission(id=submission_id)
        forest = submission.comments  # one request: /comments/<id>/
        stubs = forest.replace_more(limit=0)  # takes every stub out of the tree
        if pending and stored is not None:
            ids, parents = stored
            # a stub holds news when one of its comments is not stored (a continuation: when its parent has no reply)
            stubs = [m for m in stubs if (not set(m.children) <= ids if m.children else m.parent_id not in parents)]
            left_before = {(d["parent_id"], tuple(d["children"])) for d in pending}
            stubs = [m for m in stubs if (m.parent_id, tuple(m.children)) not in left_before]  # asked once, below
            stubs += [MoreComments(reddit, dict(data)) for data in pending]
        more, left = expand_more(submission, stubs, replace_more_limit)
        return submission, forest.list() + more, left

    submission, comments, left = retry(load)
    batch = Batch(thread=f"t3_{submission_id}", left=[stub_data(m) for m in left], max_body_bytes=max_body_bytes)
    root = batch.add(submission, PRAW)
    depths: dict[str, int | None] = {f"t3_{submission_id}": 0 if root else None}
    seen: set[str] = set()
    for comment in comments:
        fields = vars(comment)
        if fields.get("id") in seen:
            continue
        seen.add(fields.get("id"))
        parent = depths.get(fields.get("parent_id"))
        record = batch.add(comment, PRAW, parent + 1 if parent is not None else None)
        depths[f"t1_{fields.get('id')}"] = record["depth"] if record else None
    return batch


class Collector:
    """One run over the configured subreddits and queries with one praw client."""

    def __init__(self, warehouse: Warehouse, cfg: Config, stats: RunStats, reddit: praw.Reddit, *, now: datetime,
                 sleep: Callable[[float], None]):
        self.warehouse, self.cfg, self.stats, self.reddit = warehouse, cfg, stats, reddit
        self.catalog = Catalog.from_config(cfg)
        self.retry = retrying(cfg.http, sleep)
        self.now = now
        self.done: set[str] = set()  # submissions fetched this run (a thread shows up in several listings)

    def listings(self) -> Iterable[tuple[str, str, dict[str, str]]]:
        for sub in self.cfg.reddit.subreddits:
            yield f"new:r/{sub}", f"/r/{sub}/new", {}
            for query in self.cfg.reddit.queries:
                yield f"search:r/{sub}:{query}", f"/r/{sub}/search", {"q": query, "sort": "new", "restrict_sr": "on"}

    def run(self) -> None:
        since_epoch = day_start(self.cfg.reddit.since).timestamp() if self.cfg.reddit.since else None
        walks: list[Listing] = []
        complete = True
        for key, path, params in self.listings():
            with self.warehouse.read() as con:
                cursor = get_state_json(con, SOURCE, key)
            walk = walk_listing(self.reddit, path, params, key, cursor, since_epoch, self.cfg.reddit.listing_limit,
                                self.retry, self.warehouse, self.stats)
            complete = self.store_listing(walk) and complete
            walks.append(walk)
            log_limits(self.reddit)
        self.unfinished()
        self.refresh()
        if walks and complete:
            # Every listing walked back to its cursor, `since`, cap or real end with every thread stored: the days
            # from the latest point a bounded walk reached (else the oldest item met) to now are collected.
            bounds = [w.reached for w in walks if not w.exhausted and w.reached is not None]
            oldest = [w.reached for w in walks if w.reached is not None]
            if bounds or oldest:
                self.stats.cover(_when(max(bounds) if bounds else min(oldest)), self.now)

    def unfinished(self) -> None:
        """Threads an earlier run left with unexpanded "more" stubs, continued until whole."""
        with self.warehouse.read() as con:
            keys = [k for (k,) in con.execute("SELECT key FROM ingest_state WHERE source = ? AND key LIKE ? ORDER BY key",
                                              [SOURCE, INCOMPLETE + "%"]).fetchall()]
        for key in keys:
            sid = key.removeprefix(INCOMPLETE).removeprefix("t3_")
            if sid in self.done:
                continue
            batch = self.thread(sid)
            if batch is not None:
                store(self.warehouse, self.catalog, self.stats, batch)

    def store_listing(self, walk: Listing) -> bool:
        """Oldest first, one write per thread; the cursor moves with each thread once the listing is whole.

        True when the listing and every thread in it were stored."""
        advance = walk.complete
        for item in reversed(walk.items):
            fields = vars(item)
            cursor = (walk.key, {"fullname": fields["name"], "created_utc": fields["created_utc"]})
            sid = fields["id"]
            if sid in self.done:
                batch = Batch()
            else:
                batch = self.thread(sid, fallback=item)
                if batch is None:
                    advance = False  # a thread that failed stays behind the cursor, to be fetched next run
                    continue
            batch.state = cursor if advance else None
            store(self.warehouse, self.catalog, self.stats, batch)
        return advance

    def thread(self, sid: str, fallback: Submission | None = None) -> Batch | None:
        self.done.add(sid)
        with self.warehouse.read() as con:
            pending = (get_state_json(con, SOURCE, INCOMPLETE + f"t3_{sid}") or {}).get("stubs") or []
            stored = None
            if pending:
                rows = con.execute("SELECT doc_id, parent_id FROM documents WHERE thread_id = ?",
                                   [f"reddit:t3_{sid}"]).fetchall()
                stored = ({d.removeprefix("reddit:t1_") for d, _ in rows},
                          {p.removeprefix("reddit:") for _, p in rows if p})
        try:
            batch = fetch_thread(self.reddit, sid, self.cfg.reddit.more_limit, self.retry, pending, stored,
                                 self.cfg.http.max_body_bytes)
        except prawcore.exceptions.BadJSON as exc:
            self.stats.error(f"thread t3_{sid}: malformed JSON")
            store(self.warehouse, self.catalog, self.stats,
                  Batch(rejects=[("malformed JSON in comment tree", exc.response.text, f"t3_{sid}")]))
            return None
        except (prawcore.exceptions.PrawcoreException, praw.exceptions.PRAWException, AssertionError, AttributeError,
                TypeError, KeyError) as exc:
            if is_auth_error(exc):
                raise CredentialsRejected(BAD_CREDENTIALS) from None
            # praw asserts on trees it cannot make sense of; the listing's copy of the submission is kept.
            self.stats.error(f"thread t3_{sid}: {_describe(exc)}")
            if fallback is not None:
                store(self.warehouse, self.catalog, self.stats, _single(fallback))
            return None
        self.stats.fetched += len(batch.records)
        if batch.left:
            self.stats.not_fetched += batch.not_fetched
            log.warning("reddit: thread t3_%s: %d comments behind %d \"more\" stubs not fetched (replace_more_limit = "
                        "%s); the next run continues it", sid, batch.not_fetched, len(batch.left),
                        self.cfg.reddit.replace_more_limit)
        return batch

    def refresh(self) -> None:
        """Re-fetch threads younger than refresh_days: scores move and replies keep arriving."""
        cutoff = self.now - timedelta(days=self.cfg.reddit.refresh_days)
        communities = [s.lower() for s in self.cfg.reddit.subreddits]
        with self.warehouse.read() as con:
            rows = con.execute(
                "SELECT doc_id FROM documents WHERE source = 'reddit' AND kind = 'submission' AND created_at >= ? "
                "AND created_at <= ? AND lower(community) IN (SELECT unnest(?::VARCHAR[])) ORDER BY created_at",
                [cutoff, self.now, communities],
            ).fetchall()
        for (doc_id,) in rows:
            sid = doc_id.removeprefix("reddit:t3_")
            if sid in self.done:
                continue
            batch = self.thread(sid)
            if batch is not None:
                store(self.warehouse, self.catalog, self.stats, batch)


def _single(item: Submission) -> Batch:
    batch = Batch()
    batch.add(item, PRAW)
    return batch


def ingest(warehouse: Warehouse, cfg: Config, stats: RunStats, reddit: praw.Reddit | None = None, http=None, *,
           now: datetime | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
    """Stage: new submissions and searches per subreddit, with their comment trees, into `documents`.

    Without Reddit credentials the same subreddits and queries come from Arctic Shift (provenance arctic_shift)."""
    stats.source = stats.source or SOURCE
    now = now or utcnow()
    built = None
    if reddit is None:
        reddit = built = build_reddit(cfg.reddit, cfg.http)
    if reddit is None:
        log.warning("reddit: %s", NO_CREDENTIALS)
        from tracker.sources.arctic_shift import collect_recent

        collect_recent(warehouse, cfg, stats, http=http, now=now, sleep=sleep)
        return
    try:
        Collector(warehouse, cfg, stats, reddit, now=now, sleep=sleep).run()
    except CredentialsRejected as exc:
        stats.error(str(exc))  # a clear run error: no later request can succeed, and no silent switch of source
    finally:
        if built is not None:
            # praw has no close(); its HTTP session hangs off the authenticator.
            built._core._authorizer._authenticator._requestor.close()
