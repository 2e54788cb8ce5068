"""Reddit source: subreddit listings, searches and comment trees through praw, flattened to documents."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from heapq import heappop, heappush
from typing import Any

import praw
import prawcore
import requests
from prawcore.sessions import RetryStrategy
from praw.exceptions import MissingRequiredAttributeException
from praw.models import Comment, MoreComments, Submission
from praw.models.comment_forest import CommentForest
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from tracker.catalog import Catalog
from tracker.config import Config, HttpConfig, RedditConfig
from tracker.sources.arctic_shift import collect_recent
from tracker.sources.http import backoff_wait, parse_retry_after
from tracker.sources.reddit_records import (INCOMPLETE, PRAW, SOURCE, Batch,
                                            RecordError, _when, day_start, raw_payload, store)
from tracker.warehouse.runs import RunStats
from tracker.warehouse.database import Warehouse, get_state_json, utcnow

log = logging.getLogger("tracker.reddit")

PAGE_LIMIT = 100  # Reddit's largest page
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
# Failures worth another try: 429 (Reddit often sends no Retry-After), 5xx after prawcore's own retries, network.
RETRYABLE = (prawcore.exceptions.TooManyRequests, prawcore.exceptions.ServerError, prawcore.exceptions.RequestException)


# ---------------------------------------------------------------- praw client


class TimedRequestor(prawcore.Requestor):
    """prawcore's requestor with one timeout for every request: [http] timeout_s. prawcore's Session passes its
    own default (16 s, $PRAWCORE_TIMEOUT) with each API call, which would win over the requestor's."""

    def request(self, *args: Any, timeout: float | None = None, **kwargs: Any) -> requests.Response:
        return super().request(*args, timeout=self.timeout, **kwargs)


class NoRetry(RetryStrategy):
    """prawcore retries a timeout or a 5xx twice on its own (with sleeps and a warning line each) before the
    tracker's retry loop sees it; with this strategy each request is tried once and [http] max_retries decides."""

    def _sleep_seconds(self) -> float | None:
        return None

    def consume_available_retry(self) -> NoRetry:
        return self

    def should_retry_on_failure(self) -> bool:
        return False


def _no_prawcore_retries(reddit: praw.Reddit) -> None:
    # praw has no setting for this; its sessions keep the strategy class in a private attribute (prawcore 2.4+).
    for name in ("_core", "_read_only_core", "_authorized_core"):
        session = getattr(reddit, name, None)
        if session is not None and hasattr(session, "_retry_strategy_class"):
            session._retry_strategy_class = NoRetry


def build_reddit(reddit_cfg: RedditConfig, http_cfg: HttpConfig) -> praw.Reddit | None:
    """A read-only praw client from the environment or praw.ini, or None when there are no credentials.

    Every request waits at most [http] timeout_s and is tried 1 + [http] max_retries times in all (prawcore's
    own retries are off; see `retrying`)."""
    kwargs: dict[str, Any] = {
        "check_for_async": False,
        "check_for_updates": False,  # otherwise the first instance asks PyPI for a newer praw
        "oauth_url": reddit_cfg.oauth_url,
        "reddit_url": reddit_cfg.reddit_url,
        "requestor_class": TimedRequestor,
        "requestor_kwargs": {"timeout": http_cfg.timeout_s},
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
    _no_prawcore_retries(reddit)
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
        # A debug line (shown with -v): the run's summary names what failed for good, once.
        before_sleep=lambda state: log.debug("reddit: %s, retrying (attempt %d)", _describe(state.outcome.exception()),
                                             state.attempt_number),
    )


class Unreachable(RuntimeError):
    """Reddit did not answer (timeouts, refused or reset connections) even after the retries: the run stops
    there, as every later request would wait out the same timeouts."""


def unreachable(exc: BaseException) -> Unreachable | None:
    """An Unreachable for a network failure (not for an HTTP error status, which Reddit did answer)."""
    original = getattr(exc, "original_exception", None)
    if isinstance(exc, prawcore.exceptions.RequestException) and isinstance(
            original, (requests.ConnectionError, requests.Timeout)):
        kind = "timed out" if isinstance(original, requests.Timeout) else "connection failed"
        url = (getattr(exc, "request_args", None) or ("", ""))[1:2]
        return Unreachable(f"{url[0] if url else 'Reddit'}: {kind}")
    return None


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
    # epoch back to which the listing is whole: `since`, the cursor's own `covered_from` (else its time), or the
    # oldest item met; None when the walk stopped at the item cap
    reached: float | None = None
    exhausted: bool = False  # the listing ended before any cursor, `since` or cap: nothing older exists in it


def walk_listing(reddit: praw.Reddit, path: str, params: Mapping[str, str], key: str, cursor: Mapping[str, Any] | None,
                 since: float | None, limit: int, retry: Retrying, warehouse: Warehouse, stats: RunStats) -> Listing:
    """Page a listing newest-first until the stored cursor, ``since`` or ``limit``; a failure leaves it incomplete."""
    walk = Listing(key)
    after: str | None = None
    stop_name = (cursor or {}).get("fullname")
    cursor_created = float((cursor or {}).get("created_utc") or 0)
    stop_created = max(cursor_created, since or 0) or None
    # The run that set the cursor had the listing whole back to `covered_from` (or to the listing's beginning);
    # a walk that stops at the cursor is whole back there too, even when that run was interrupted before it
    # could record its window.
    cursor_from = (cursor or {}).get("covered_from") if not since or since <= cursor_created else None
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
            if reached and isinstance(cursor_from, int | float):
                walk.reached, walk.exhausted = float(cursor_from), bool(cursor.get("beginning"))
                break
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
        if (gone := unreachable(exc)) is not None:
            raise gone from None
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
            cursor = (walk.key, {"fullname": fields["name"], "created_utc": fields["created_utc"],
                                 "covered_from": walk.reached, "beginning": walk.exhausted})
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
            if (gone := unreachable(exc)) is not None:
                raise gone from None
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
        collect_recent(warehouse, cfg, stats, http=http, now=now, sleep=sleep)
        return
    try:
        Collector(warehouse, cfg, stats, reddit, now=now, sleep=sleep).run()
    except CredentialsRejected as exc:
        stats.error(str(exc))  # a clear run error: no later request can succeed, and no silent switch of source
    except Unreachable as exc:
        stats.error(f"Reddit did not answer ({exc}; {cfg.http.max_retries + 1} tries of at most "
                    f"{cfg.http.timeout_s:g} s each, [http] timeout_s and max_retries): run stopped, what was fetched "
                    "is kept and the next run goes on from there")
    finally:
        if built is not None:
            # praw has no close(); its HTTP session hangs off the authenticator.
            built._core._authorizer._authenticator._requestor.close()
