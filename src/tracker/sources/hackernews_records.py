"""Hacker News documents: clean text from HN's comment HTML, and the one function that turns an item of either API
(Algolia's HN Search, the official Firebase API) into a record. Pure: no I/O, tested on recorded fixtures."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import Any

SOURCE = "hackernews"
ALGOLIA = "algolia"
HN_API = "hn_api"
ITEM_URL = "https://news.ycombinator.com/item?id={}"  # stored links point at HN itself, not the API host
DOC_PREFIX = "hackernews:"
THREAD_TYPES = frozenset({"story", "poll"})  # the items a thread hangs from
COMMENT_TYPES = frozenset({"comment"})
SKIPPED_TYPES = frozenset({"job", "pollopt"})  # real HN items, but not discussion: not stored, not rejected
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


class RecordError(ValueError):
    """An item that cannot become a document; the message is the reject reason."""


def doc_id(item_id: int | str) -> str:
    return f"{DOC_PREFIX}{item_id}"


# ---------------------------------------------------------------- HTML -> text


class _TextParser(HTMLParser):
    """HN's comment HTML (`<p>` between paragraphs, `<a href>`, `<i>`, `<pre><code>`) as plain text."""

    BLOCK = {"p", "pre", "div", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr"}
    HIDDEN = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.pre = 0
        self.hidden = 0

    def _break(self) -> None:
        text = "".join(self.current)
        text = text.strip("\n") if self.pre else _SPACE.sub(" ", text).strip()
        if text.strip():
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self._break()
            self.pre += tag == "pre"
        elif tag == "br":
            self.current.append("\n" if self.pre else " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            if tag == "pre" and self.pre:
                self._break()
                self.pre -= 1
            elif not self.pre:
                self._break()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data)

    def text(self) -> str:
        self.close()
        self._break()
        return "\n\n".join(self.paragraphs)


def clean_html(value: str | None) -> str | None:
    """Plain text from HN's HTML: paragraphs kept (blank line between), links as their text, code blocks kept
    verbatim, entities decoded, control characters dropped. Not-well-formed HTML (unclosed or stray tags, a bare
    ``<``) is read as a browser would, tolerantly; None or blank in, None out."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(f"text is not a string but {type(value).__name__}")
    parser = _TextParser()
    parser.feed(_CONTROL.sub("", value))
    return parser.text() or None


# ---------------------------------------------------------------- items -> records


@dataclass(frozen=True)
class Thread:
    """What every document of a thread shares: its story's id, title and community."""

    story_id: int
    title: str | None
    community: str


def community_of(title: str | None, item_type: str | None = None, tags: Any = None) -> str:
    """The story type as HN shows it: ask_hn / show_hn (Algolia's tags, else HN's own title prefixes), poll, story."""
    tags = set(tags) if isinstance(tags, list) else set()
    head = (title or "").lstrip().lower()
    if "ask_hn" in tags or head.startswith("ask hn:"):
        return "ask_hn"
    if "show_hn" in tags or head.startswith("show hn:"):
        return "show_hn"
    return "poll" if item_type == "poll" or "poll" in tags else "story"


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def item_fields(item: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of an item of either API under one set of names.

    Algolia's /items and search hits: ``id``/``objectID``, ``author``, ``text``/``comment_text``/``story_text``,
    ``points``, ``parent_id``, ``created_at_i``. The official API: ``id``, ``by``, ``text``, ``score``, ``parent``,
    ``time``, ``deleted``, ``dead``."""
    official = "time" in item or "by" in item or "deleted" in item or "dead" in item or "kids" in item
    if official:
        return {"id": _int(item.get("id")), "type": item.get("type"), "author": item.get("by"),
                "text": item.get("text"), "title": item.get("title"), "points": item.get("score"),
                "parent": _int(item.get("parent")), "created": item.get("time"),
                "deleted": bool(item.get("deleted")), "dead": bool(item.get("dead"))}
    item_type = item.get("type")
    tags = item.get("_tags")
    if item_type is None and isinstance(tags, list):  # a search hit: its type is among its tags
        item_type = "comment" if "comment" in tags else "poll" if "poll" in tags else "story" if "story" in tags else None
    text = item.get("text") if "text" in item else item.get("comment_text") if item_type == "comment" else item.get("story_text")
    author = item.get("author")
    return {"id": _int(item.get("id", item.get("objectID"))), "type": item_type, "author": author, "text": text,
            "title": item.get("title"), "points": item.get("points"), "parent": _int(item.get("parent_id")),
            "created": item.get("created_at_i"),
            # Algolia shows a deleted or dead comment with author and text null
            "deleted": item_type == "comment" and author is None and text is None, "dead": False}


def to_record(item: Mapping[str, Any], provenance: str, thread: Thread | None = None, depth: int | None = None,
              tags: Any = None, parent: int | None = None) -> dict[str, Any]:
    """A document record from one HN item of either API. A story starts its own thread (``thread`` is ignored); a
    comment needs its thread (story id, title, community) and its depth (top-level reply 1); ``parent`` is the parent
    known from the tree's nesting, for an item that does not name its own. Deleted and dead items
    become placeholders: no text, no author, ``removed``, still linked to their parent so the tree stays whole."""
    if not isinstance(item, Mapping):
        raise RecordError(f"item is {'null' if item is None else type(item).__name__}, not an object")
    f = item_fields(item)
    if f["id"] is None or f["id"] <= 0:
        raise RecordError(f"missing or malformed id: {item.get('id', item.get('objectID'))!r}")
    kind = f["type"]
    if f["parent"] is None:
        f["parent"] = parent
    if kind is None and f["deleted"] and f["parent"] is not None:
        kind = "comment"  # the official API's deleted stub: {"id", "deleted": true, "parent", "time"} at most
    if kind not in THREAD_TYPES and kind not in COMMENT_TYPES:
        raise RecordError(f"item {f['id']} has {'no type' if kind is None else f'an unknown type {kind!r}'}")
    created = f["created"]
    if isinstance(created, bool) or not isinstance(created, int | float):
        if not f["deleted"]:
            raise RecordError(f"item {f['id']} has a missing or malformed time: {created!r}")
        created = None
    placeholder = f["deleted"] or f["dead"]
    points = f["points"]
    record: dict[str, Any] = {
        "doc_id": doc_id(f["id"]),
        "source": SOURCE,
        "provenance": provenance,
        "author": None if placeholder or not isinstance(f["author"], str) else f["author"],
        "url": ITEM_URL.format(f["id"]),
        "created_at": datetime.fromtimestamp(float(created), timezone.utc) if created is not None else None,
        "edited_at": None,
        "score": points if isinstance(points, int) and not isinstance(points, bool) else None,
        "removed": placeholder,
    }
    body = None if placeholder else clean_html(f["text"])
    if kind in THREAD_TYPES:
        title = f["title"]
        if not isinstance(title, str) or not title.strip():
            if not placeholder:
                raise RecordError(f"story {f['id']} has no title")
            title = None
        record.update(kind="story", parent_id=None, thread_id=doc_id(f["id"]), depth=0,
                      community=community_of(title, kind, tags if tags is not None else item.get("_tags")),
                      title=title.strip() if title else None, body=body)
    else:
        if thread is None:
            raise RecordError(f"comment {f['id']} without its story")
        if f["parent"] is None:
            raise RecordError(f"comment {f['id']} has a missing or malformed parent: {item.get('parent_id', item.get('parent'))!r}")
        record.update(kind="comment", parent_id=doc_id(f["parent"]), thread_id=doc_id(thread.story_id), depth=depth,
                      community=thread.community, title=None, body=body, score=None)
    return record


def walk_tree(root: Mapping[str, Any]) -> Iterator[tuple[Any, int | None, int]]:
    """Every node under an Algolia /items answer as (node, parent id, depth), parents before their replies,
    depth first without recursion (a 5,000-comment thread can nest hundreds deep). ``node`` may be anything the
    answer held (null, a string): the caller rejects what is not an item; its replies are not reached."""
    stack: list[tuple[Any, int | None, int]] = []
    root_id = _int(root.get("id"))
    children = root.get("children")
    for child in reversed(children if isinstance(children, list) else []):
        stack.append((child, root_id, 1))
    while stack:
        node, parent, depth = stack.pop()
        yield node, parent, depth
        if isinstance(node, Mapping):
            kids = node.get("children")
            node_id = _int(node.get("id"))
            for child in reversed(kids if isinstance(kids, list) else []):
                stack.append((child, node_id, depth + 1))
