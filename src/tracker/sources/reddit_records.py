"""Reddit documents: the one function that turns a praw object or a Reddit/Arctic Shift JSON dict into a record,
and the short write that stores a batch of them (rows, mentions, rejects and cursor together).

Shared by the Reddit source (praw) and the Arctic Shift archive client, which import it; it imports neither.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import duckdb
from praw.models import Comment, Submission

from tracker.catalog import Catalog, link_mentions
from tracker.warehouse.database import Warehouse, set_state, upsert_documents
from tracker.warehouse.runs import RunStats

SOURCE = "reddit"
PRAW = "praw"
ARCTIC_SHIFT = "arctic_shift"
REMOVED_BODIES = frozenset({"[removed]", "[deleted]"})
CANONICAL_URL = "https://www.reddit.com"  # stored links point at Reddit itself, not at the configured API host
_ID = re.compile(r"^[0-9a-z]{1,16}$")
INCOMPLETE = "incomplete:"  # ingest_state key prefix: a thread whose "more" stubs a limit left, until it is whole


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
