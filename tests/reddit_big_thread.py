"""A Reddit thread in the API's own JSON shapes with many "load more comments" stubs, for the replay server.

The whole tree is generated (deterministic); the responses show it as Reddit does: each level lists its first
WIDTH replies and folds the rest into a `more` stub (`count` = comments under it, `children` = the folded reply
ids), a reply chain deeper than CUT_DEPTH ends in a "continue this thread" stub (`id` "_", `count` 0), and
`/api/morechildren` answers `{"json": {"errors": [], "data": {"things": [...]}}}` with flat things (parents
first, deeper folds again as `more` things)."""

from __future__ import annotations

import random
from typing import Any

SID = "bgthr01"
SUB = "OpenAI"
WIDTH = 2
CUT_DEPTH = 6  # depth (0 = top level) whose replies are behind "continue this thread" in the first response
CREATED = 1776950000.0


def build(n: int = 240, seed: int = 1428) -> list[dict[str, Any]]:
    """Flat comments in creation order with Reddit's fields; about 2% removed or deleted."""
    rng = random.Random(seed)
    comments: list[dict[str, Any]] = []
    for i in range(n):
        cid = f"c{i:05d}"
        parent = rng.choice(comments) if comments and rng.random() < 0.75 else None
        depth = parent["depth"] + 1 if parent else 0
        if depth > 9:
            parent, depth = None, 0
        removed = rng.random() < 0.02
        comments.append({
            "subreddit": SUB, "subreddit_id": "t5_openai", "id": cid, "name": f"t1_{cid}", "link_id": f"t3_{SID}",
            "parent_id": parent["name"] if parent else f"t3_{SID}", "author": "[deleted]" if removed else f"user{i % 37}",
            "body": "[removed]" if removed else f"Comment {i} on the GPT-5.5 launch thread.",
            "created_utc": CREATED + 60 * i, "edited": False, "score": rng.randint(-5, 300), "depth": depth,
            "permalink": f"/r/{SUB}/comments/{SID}/comment/{cid}/", "replies": "",
        })
    return comments


def submission(n: int) -> dict[str, Any]:
    return {"subreddit": SUB, "id": SID, "name": f"t3_{SID}", "title": "GPT-5.5 is out: megathread", "selftext": "",
            "author": "mod_team", "created_utc": CREATED - 60, "edited": False, "score": 5120, "num_comments": n,
            "permalink": f"/r/{SUB}/comments/{SID}/gpt55_megathread/"}


def _listing(children: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"after": None, "before": None, "dist": None, "modhash": "", "children": children}}


class Thread:
    def __init__(self, comments: list[dict[str, Any]]):
        self.comments = comments
        self.by_id = {c["name"]: c for c in comments}
        self.kids: dict[str, list[dict[str, Any]]] = {}
        for c in comments:
            self.kids.setdefault(c["parent_id"], []).append(c)
        self.routes: list[dict[str, Any]] = []

    def size(self, name: str) -> int:
        return sum(1 + self.size(k["name"]) for k in self.kids.get(name, []))

    def more(self, parent: str, folded: list[dict[str, Any]], depth: int) -> dict[str, Any]:
        ids = [c["id"] for c in folded]
        self.routes.append({"method": "POST", "path": "/api/morechildren/",
                            "query": {"link_id": f"t3_{SID}", "children": ",".join(ids)},
                            "json": {"json": {"errors": [], "data": {"things": self.flat(folded)}}}})
        return {"kind": "more", "data": {"count": sum(1 + self.size(c["name"]) for c in folded), "name": f"t1_{ids[0]}",
                                         "id": ids[0], "parent_id": parent, "depth": depth, "children": ids}}

    def continuation(self, parent: dict[str, Any]) -> dict[str, Any]:
        self.routes.append({"method": "GET", "path": f"/comments/{SID}/_/{parent['id']}", "query": {},
                            "json": [_listing([{"kind": "t3", "data": submission(len(self.comments))}]),
                                     _listing([self.nested(parent, cut=None)])]})
        return {"kind": "more", "data": {"count": 0, "name": "t1__", "id": "_", "parent_id": parent["name"],
                                         "depth": parent["depth"] + 1, "children": []}}

    def nested(self, comment: dict[str, Any], cut: int | None) -> dict[str, Any]:
        data = dict(comment)
        data["replies"] = self.level(comment["name"], comment["depth"] + 1, cut) or ""
        return {"kind": "t1", "data": data}

    def level(self, parent: str, depth: int, cut: int | None) -> dict[str, Any] | None:
        kids = self.kids.get(parent, [])
        if not kids:
            return None
        if cut is not None and depth > cut:
            return _listing([self.continuation(self.by_id[parent])])
        shown = [self.nested(k, cut) for k in kids[:WIDTH]]
        if kids[WIDTH:]:
            shown.append(self.more(parent, kids[WIDTH:], depth))
        return _listing(shown)

    def flat(self, folded: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A morechildren answer: each folded comment, then its first WIDTH replies (recursively), flat."""
        out: list[dict[str, Any]] = []
        for c in folded:
            out.append({"kind": "t1", "data": {**c, "replies": ""}})
            kids = self.kids.get(c["name"], [])
            out.extend(self.flat(kids[:WIDTH]))
            if kids[WIDTH:]:
                out.append(self.more(c["name"], kids[WIDTH:], c["depth"] + 1))
        return out


def routes(n: int = 240, seed: int = 1428) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(replay routes for the token, the thread and every stub, the flat comments) for a thread of ``n`` comments."""
    comments = build(n, seed)
    thread = Thread(comments)
    top = thread.level(f"t3_{SID}", 0, CUT_DEPTH)
    first = [_listing([{"kind": "t3", "data": submission(n)}]), top]
    token = {"method": "POST", "path": "/api/v1/access_token",
             "json": {"access_token": "replay-token", "token_type": "bearer", "expires_in": 86400, "scope": "*"}}
    return [token, {"method": "GET", "path": f"/comments/{SID}/", "query": {}, "json": first}, *thread.routes], comments
