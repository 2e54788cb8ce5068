"""A local Hacker News for tests: a ReplayServer that answers Algolia's search_by_date from a list of hits the way the
real API does (newest first, numericFilters on created_at_i, hitsPerPage/page, at most 1,000 hits however paged),
/api/v1/items/<id> from nested trees and /v0/item/<id>.json from official items, all in the APIs' JSON shapes.
Routes added to the server (bad payloads, faults) win over the generated answers."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timezone
from typing import Any

from tracker.sources.replay import Response, ReplayServer

CAP = 1000
ITEMS = re.compile(r"^/api/v1/items/(\d+)$")
OFFICIAL = re.compile(r"^/v0/item/(\d+)\.json$")


def iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def story(story_id: int, created: int, title: str, n_comments: int = 0, *, text: str | None = None,
          missing: int = 0, depth_every: int = 3) -> tuple[dict[str, Any], dict[int, Any]]:
    """(Algolia tree, official items) of a story with ``n_comments`` comments; each ``depth_every``-th one replies to
    the one before it, the rest to the story. The last ``missing`` comments are in the official API only."""
    tree = {"author": "storyteller", "children": [], "created_at": iso(created), "created_at_i": created, "id": story_id,
            "options": [], "parent_id": None, "points": 100, "story_id": story_id, "text": text, "title": title,
            "type": "story", "url": None if text else f"https://example.com/{story_id}"}
    official: dict[int, Any] = {story_id: {"by": "storyteller", "descendants": n_comments, "id": story_id, "kids": [],
                                           "score": 100, "time": created, "title": title, "type": "story",
                                           **({"text": text} if text else {"url": f"https://example.com/{story_id}"})}}
    nodes = {story_id: tree}
    for i in range(n_comments):
        cid = story_id + 1 + i
        parent = cid - 1 if i and i % depth_every == 0 else story_id
        when = created + 60 * (i + 1)
        body = f"<p>Comment {i} says GPT-5.5 writes better tests than GPT-5.4 did."
        node = {"author": f"user{i % 50}", "children": [], "created_at": iso(when), "created_at_i": when, "id": cid,
                "options": [], "parent_id": parent, "points": None, "story_id": story_id, "text": body, "title": None,
                "type": "comment", "url": None}
        official[cid] = {"by": f"user{i % 50}", "id": cid, "parent": parent, "text": body, "time": when, "type": "comment"}
        official[parent].setdefault("kids", []).append(cid)
        nodes[cid] = node
        if i < n_comments - missing:
            nodes[parent]["children"].append(node)
    return tree, official


def story_hit(tree: dict[str, Any], tags: tuple[str, ...] = ()) -> dict[str, Any]:
    hit = {"_tags": ["story", f"author_{tree['author']}", f"story_{tree['id']}", *tags], "author": tree["author"],
           "created_at": tree["created_at"], "created_at_i": tree["created_at_i"], "num_comments": 0,
           "objectID": str(tree["id"]), "points": tree["points"], "story_id": tree["id"], "title": tree["title"]}
    if tree.get("text"):
        hit["story_text"] = tree["text"]
    return hit


def comment_hit(comment_id: int, story_id: int, created: int, text: str, story_title: str = "A story") -> dict[str, Any]:
    return {"_tags": ["comment", "author_someone", f"story_{story_id}"], "author": "someone", "comment_text": text,
            "created_at": iso(created), "created_at_i": created, "objectID": str(comment_id), "parent_id": story_id,
            "story_id": story_id, "story_title": story_title}


class FakeHackerNews(ReplayServer):
    def __init__(self) -> None:
        super().__init__()
        self.hits: dict[str, list[dict[str, Any]]] = {"story": [], "comment": []}
        self.trees: dict[int, Any] = {}
        self.official: dict[int, Any] = {}

    def add_story(self, tree: dict[str, Any], official: dict[int, Any], *, hit: bool = True) -> None:
        self.trees[tree["id"]] = tree
        self.official.update(official)
        if hit:
            self.hits["story"].append(story_hit(tree))

    @property
    def algolia_url(self) -> str:
        return self.base_url + "/api/v1"

    @property
    def api_url(self) -> str:
        return self.base_url + "/v0"

    def search(self, query: dict[str, str]) -> dict[str, Any]:
        lo, hi = -math.inf, math.inf
        for part in query.get("numericFilters", "").split(","):
            if m := re.fullmatch(r"created_at_i(>=|>|<=|<)(\d+)", part.strip()):
                op, value = m.group(1), int(m.group(2))
                if op == ">=":
                    lo = max(lo, value)
                elif op == ">":
                    lo = max(lo, value + 1)
                elif op == "<":
                    hi = min(hi, value)
                else:
                    hi = min(hi, value + 1)
        per_page, page = int(query.get("hitsPerPage", 20)), int(query.get("page", 0))
        words = query.get("query", "").lower()
        found = [h for h in self.hits.get(query.get("tags", ""), []) if lo <= h["created_at_i"] < hi
                 and words.replace("-", " ") in json.dumps(h).lower().replace("-", " ")]
        found.sort(key=lambda h: (-h["created_at_i"], h["objectID"]))
        reachable = found[:CAP]
        return {"hits": reachable[page * per_page:(page + 1) * per_page], "hitsPerPage": per_page, "nbHits": len(found),
                "nbPages": math.ceil(len(reachable) / per_page), "page": page, "query": query.get("query", ""),
                "exhaustiveNbHits": True, "processingTimeMS": 1}

    def resolve(self, method: str, path: str, query: dict[str, str]):
        if self._find(method, path, query) is None:
            body: Any = ...
            if path == "/api/v1/search_by_date":
                body = self.search(query)
            elif (m := ITEMS.match(path)) and int(m.group(1)) in self.trees:
                body = self.trees[int(m.group(1))]
            elif (m := OFFICIAL.match(path)):
                body = self.official.get(int(m.group(1)))  # null for an unknown id, as the official API answers
            if body is not ...:
                return Response(200, {"Content-Type": "application/json; charset=utf-8"},
                                json.dumps(body).encode("utf-8")), None
        return super().resolve(method, path, query)
