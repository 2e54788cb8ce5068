"""Reddit source: subreddit listings, searches and comment trees through praw, flattened to documents."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import duckdb
import praw
import prawcore
from praw.exceptions import MissingRequiredAttributeException
from praw.models import Comment, Submission
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from tracker.catalog import Catalog, link_mentions
from tracker.config import Config, HttpConfig, RedditConfig
from tracker.http import backoff_wait, parse_retry_after
from tracker.runs import RunStats
from tracker.warehouse import Warehouse, get_state_json, set_state, upsert_documents, utcnow

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

    def add(self, thing: Any, provenance: str, depth: int | None = None, payload: Any = None) -> dict[str, Any] | None:
        try:
            record = to_record(thing, provenance, depth)
        except RecordError as exc:
            self.rejects.append((str(exc), payload if payload is not None else raw_payload(thing), ref_of(thing)))
            return None
        self.records.append(record)
        return record


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
        stats.error(f"{key}: {_describe(exc)} on page {walk.pages + 1} after retries; kept {len(walk.items)} "
                    "submissions, cursor not advanced")
    if bad.rejects:
        store(warehouse, Catalog([]), stats, bad)
    return walk


def fetch_thread(reddit: praw.Reddit, submission_id: str, replace_more_limit: int | None, retry: Retrying) -> Batch:
    """A submission and its whole comment tree (``replace_more``), flattened with parent, thread and depth."""

    def load() -> tuple[Submission, list[Comment]]:
        submission = reddit.submission(id=submission_id)
        forest = submission.comments  # one request: /comments/<id>/
        forest.replace_more(limit=replace_more_limit)
        return submission, forest.list()

    submission, comments = retry(load)
    batch = Batch()
    root = batch.add(submission, PRAW)
    depths: dict[str, int | None] = {f"t3_{submission_id}": 0 if root else None}
    for comment in comments:  # breadth first: a parent comes before its replies
        fields = vars(comment)
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
        for key, path, params in self.listings():
            with self.warehouse.read() as con:
                cursor = get_state_json(con, SOURCE, key)
            walk = walk_listing(self.reddit, path, params, key, cursor, since_epoch, self.cfg.reddit.listing_limit,
                                self.retry, self.warehouse, self.stats)
            self.store_listing(walk)
            log_limits(self.reddit)
        self.refresh()

    def store_listing(self, walk: Listing) -> None:
        """Oldest first, one write per thread; the cursor moves with each thread once the listing is whole."""
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

    def thread(self, sid: str, fallback: Submission | None = None) -> Batch | None:
        self.done.add(sid)
        try:
            batch = fetch_thread(self.reddit, sid, self.cfg.reddit.replace_more_limit, self.retry)
        except prawcore.exceptions.BadJSON as exc:
            self.stats.error(f"thread t3_{sid}: malformed JSON")
            store(self.warehouse, self.catalog, self.stats,
                  Batch(rejects=[("malformed JSON in comment tree", exc.response.text, f"t3_{sid}")]))
            return None
        except (prawcore.exceptions.PrawcoreException, praw.exceptions.PRAWException, AssertionError, AttributeError,
                TypeError, KeyError) as exc:
            # praw asserts on trees it cannot make sense of; the listing's copy of the submission is kept.
            self.stats.error(f"thread t3_{sid}: {_describe(exc)}")
            if fallback is not None:
                store(self.warehouse, self.catalog, self.stats, _single(fallback))
            return None
        self.stats.fetched += len(batch.records)
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
    finally:
        if built is not None:
            # praw has no close(); its HTTP session hangs off the authenticator.
            built._core._authorizer._authenticator._requestor.close()
