"""Writes the Hacker News sample data (deterministic): `python data/sample/make_hackernews_sample.py`.

Two recorded services in their real JSON shapes, written for this project (no real HN text):

* ycombinator_algolia/: Algolia's HN Search: `/api/v1/search_by_date` pages per query and tag (stories, comments)
  and `/api/v1/items/<id>` with each story's whole tree nested in `children`;
* ycombinator_firebase/: the official API: `/v0/item/<id>.json` for every item.

The folders are named so they sort after `reddit`: the demo gives each sample folder a port in name order, and
these two get 18758 (Algolia) and 18759 (official API) while the others keep theirs.

Hacker News's reaction differs from Reddit's: launch-week comments are about coding results, benchmarks and API
pricing, little about personality. The GPT-5.5 launch thread holds a sarcastic comment, a deleted and a dead one, and
Algolia's copy of it lacks two late replies (the official API's `descendants` says so; the client walks `kids`).
"""

from __future__ import annotations

import html
import json
import math
import random
import re
import shutil
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALGOLIA = HERE / "ycombinator_algolia"
FIREBASE = HERE / "ycombinator_firebase"
SEED = 20260424
PAGE = 20  # hitsPerPage the demo asks for (demo.toml), so paging is exercised
# The searches the demo's catalog makes (tracker.sources.hackernews.search_terms over tracker.toml's models).
QUERIES = ["GPT-5.5", "gpt5.5", "GPT-5.4", "gpt5.4", "GPT-5.1", "gpt5.1", "Claude Opus", "Claude Sonnet", "Gemini 3"]
FIRST_ID = 46_900_000
T0 = datetime(2026, 2, 1, tzinfo=timezone.utc).timestamp()


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp())


# (created, title, url or None, Ask/Show text or None, phase, comments)
THREADS = [
    ("2026-02-10 14:05", "OpenAI's model list briefly showed gpt-5.4-preview", "https://platform.example.com/changelog/models", None, "pre54", 9),
    ("2026-03-05 18:11", "GPT-5.4", "https://openai.com/index/introducing-gpt-5-4/", None, "launch54", 16),
    ("2026-03-11 16:52", "OpenAI retires GPT-5.1 from ChatGPT", "https://help.openai.com/en/articles/gpt-5-1-retirement", None, "retire51", 10),
    ("2026-03-20 09:30", "The unit economics of coding agents", "https://unit-economics.example.org/coding-agents", None, "econ", 8),
    ("2026-04-13 15:40", "Ask HN: What would GPT-5.5 have to do to change your workflow?", None,
     "Serious question. GPT-5.4 already writes most of my boilerplate. What would a GPT-5.5 need to do better before you "
     "changed how you work: longer context, fewer hallucinated APIs, cheaper tokens?", "pre55", 12),
    ("2026-04-18 10:25", "GPT-5.5 system card draft turns up in a public bucket", "https://leaks.example.org/gpt-5-5-system-card", None, "pre55", 11),
    ("2026-04-23 17:04", "GPT-5.5", "https://openai.com/index/introducing-gpt-5-5/", None, "launch55", 0),
    ("2026-04-24 11:20", "Show HN: I ran GPT-5.5 and GPT-5.4 on 300 real refactoring tasks", "https://refactor-bench.example.dev/",
     "I maintain a small benchmark of refactoring tasks taken from our own repos (with tests). Yesterday I ran GPT-5.5 and "
     "GPT-5.4 through all 300 with the same harness. GPT-5.5 passed 231, GPT-5.4 passed 187. Per-task logs and the harness "
     "are on the site; happy to answer questions.", "showhn", 14),
    ("2026-04-28 13:45", "GPT-5.5 API pricing and what it means for agent workloads", "https://tokenmath.example.net/gpt-5-5-pricing", None, "pricing", 12),
    ("2026-05-12 08:15", "Three weeks of GPT-5.5 in a 400k-line codebase", "https://eng-notes.example.io/three-weeks-gpt-5-5", None, "later55", 14),
]
LAUNCH = "2026-04-23 17:04"

SUBJECT = {"pre54": "5.4", "launch54": "5.4", "retire51": "5.1", "econ": "5.4", "pre55": "5.5", "launch55": "5.5",
           "showhn": "5.5", "pricing": "5.5", "later55": "5.5"}
YARDSTICK = {"pre54": "5.1", "launch54": "5.1", "retire51": "5.4", "econ": "5.1", "pre55": "5.4", "launch55": "5.4",
             "showhn": "5.4", "pricing": "5.4", "later55": "5.4"}
SPELL = ["GPT-{v}", "GPT-{v}", "{v}", "gpt-{v}", "GPT {v}"]

# Sentences in HN's voice, by what they talk about. {S} the thread's model, {Y} the model it is held against.
CODING_GOOD = [
    "{S} is genuinely good at debugging. It found the race condition in our job scheduler from the stack trace alone.",
    "Impressive result: I pointed {S} at our integration tests and it got 14 of 17 passing, tests untouched.",
    "The big improvement in {S} is that it reads the whole module before editing it. Much better engineering habits.",
    "{S} handles our Rust codebase well. It satisfies the borrow checker on the first try far more often than {Y} did.",
    "{S} is the first model whose PRs I merge after review instead of rewriting them. Really solid work.",
    "Multi-file refactors are where {S} shines. It renamed a core type across 60 files and the build passed.",
    "Honestly impressed: {S} wrote a correct migration for our Postgres schema, backfill and rollback included.",
    "Tool use is much more reliable in {S}, and that is what makes it great for agents.",
]
CODING_BAD = [
    "{S} still invents library functions when the docs are thin. It told me pandas has a read_parquet_lazy. It does not.",
    "On our legacy Java monolith {S} was no better than {Y}. Same confusion about the build, same hallucinated Gradle tasks.",
    "{S} writes code that passes the tests it wrote itself. That is not the same thing as correct code.",
    "My experience with {S} has been mixed: great on greenfield code, lost in anything with ten years of history.",
]
BENCH = [
    "The SWE-bench Verified jump from {Y} to {S} is large, but contamination questions are fair at this point. I want held-out numbers.",
    "{S} is clearly ahead of {Y} on Terminal-bench, the number I actually care about. Nice result.",
    "Benchmarks aside, {S} does better than {Y} on our internal eval of 200 real tickets: 61% solved vs 48%.",
    "I trust these launch benchmarks less every release. Wait two weeks and see what people building with {S} say.",
    "The long-context retrieval numbers for {S} look solid, and they match what I see on 300k-token repos.",
]
PRICING = [
    "Pricing is the real story. {S} input tokens cost the same as {Y}, output is 20% more. For agent loops that adds up.",
    "At these prices {S} is cheaper per solved ticket than {Y}, because it needs fewer retries. Cost per task is the metric that matters.",
    "The batch API discount makes {S} viable for our nightly code review job. Interactive use is still pricey.",
    "Rate limits on the {S} API were brutal on launch day. Tier 3 and I was getting 429s every few minutes.",
    "Cached input pricing for {S} is what makes long-context agents affordable. Nobody talks about it but it's the killer feature.",
    "{S} Pro pricing is hard to justify for anything but the hardest problems.",
]
MISC = [
    "Latency on {S} is noticeably lower than {Y} for me, which matters more than a few benchmark points in an editor.",
    "The context window is the same as {Y}, which is a bit disappointing.",
    "Does anyone know if {S} is available in the EU region on Azure yet?",
    "I don't care much about the chat personality changes people on other sites talk about. I use {S} through the API with a system prompt.",
    "Is there a model card for {S} with the eval details, or just the blog post?",
    "Has anyone compared {S} with Claude Opus on agentic tasks? That's the comparison I actually need.",
    "Gemini 3 is still cheaper for bulk summarization, but {S} wins on code for us.",
]
SKEPTIC = [
    "Every release is \"the best coding model ever\". {S} is better, but the jump from {Y} is smaller than the marketing suggests.",
    "I'd like to see {S} on tasks that weren't on the public internet before the training cutoff.",
    "OpenAI shipping every six weeks makes it hard to build anything stable on top. {Y} prompts need retuning for {S}.",
]
SARCASM = ("Oh good, another model that is \"state of the art at coding\". I'm sure {S} will finally be the one that "
           "understands our 2011 Perl build scripts. Can't wait.")
REPLIES_AGREE = ["Same experience here.", "This matches what we saw on our eval.", "Agreed, that was the difference for me too.",
                 "+1, the tool use improvement is real."]
REPLIES_DISAGREE = ["I saw the opposite on a TypeScript monorepo.", "Not my experience at all. Did you change the prompt?",
                    "That's one data point. Our numbers went the other way."]
LINKS = ["https://openai.com/index/introducing-gpt-5-5/", "https://refactor-bench.example.dev/results",
         "https://platform.openai.example/docs/pricing"]
CODE = ["def retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n            if i == attempts - 1:\n                raise",
        "SELECT model, count(*) FILTER (WHERE passed) * 1.0 / count(*) AS pass_rate\nFROM runs GROUP BY model;"]
MIX = {  # phase -> weights of (coding_good, coding_bad, bench, pricing, misc, skeptic)
    "pre54": (1, 1, 2, 1, 3, 2), "launch54": (3, 2, 3, 2, 2, 2), "retire51": (1, 2, 1, 1, 4, 3), "econ": (1, 1, 1, 5, 2, 1),
    "pre55": (2, 1, 2, 2, 3, 2), "launch55": (7, 2, 4, 4, 3, 2), "showhn": (5, 1, 5, 1, 2, 2),
    "pricing": (1, 1, 1, 8, 2, 1), "later55": (7, 2, 2, 2, 2, 1),
}
POOLS = (CODING_GOOD, CODING_BAD, BENCH, PRICING, MISC, SKEPTIC)
NAMES = [a + b for a in ("kern", "lisp", "bit", "null", "ctrl", "byte", "tty", "grep", "sed", "yak")
         for b in ("hacker", "shaver", "_io", "monad", "42", "ops", "smith", "dev")]


class World:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.text_rng = random.Random(SEED + 1)
        self.next_id = FIRST_ID
        self.items: dict[int, dict] = {}  # official-API shaped items

    def new_id(self, created: int) -> int:
        # ids grow with time, as HN's do (about 14,000 a day)
        self.next_id = max(self.next_id + self.rng.randint(1, 40), FIRST_ID + int((created - T0) / 6))
        return self.next_id

    def sentence(self, phase: str, reply: bool) -> str:
        r = self.text_rng
        if reply and r.random() < 0.35:
            lead = r.choice(REPLIES_AGREE + REPLIES_DISAGREE)
            return lead + " " + self.sentence(phase, False) if r.random() < 0.5 else lead
        pool = r.choices(POOLS, weights=MIX[phase])[0]
        return r.choice(pool).format(S=r.choice(SPELL).format(v=SUBJECT[phase]), Y=r.choice(SPELL).format(v=YARDSTICK[phase]))

    def comment_html(self, phase: str, reply: bool) -> str:
        """HN's comment HTML: first paragraph bare, later ones after <p>; entities escaped; sometimes a link, italics
        or a code block."""
        r = self.text_rng
        paragraphs = [html.escape(self.sentence(phase, reply))]
        if r.random() < 0.3:
            paragraphs.append(html.escape(self.sentence(phase, False)))
        if r.random() < 0.12:
            link = r.choice(LINKS)
            paragraphs.append(f'Source: <a href="{link}" rel="nofollow">{link}</a>')
        if r.random() < 0.08:
            paragraphs.append("What I used:<p><pre><code>" + html.escape(r.choice(CODE)) + "\n</code></pre>")
        if r.random() < 0.1:
            paragraphs[0] = paragraphs[0].replace("really ", "<i>really</i> ", 1).replace(" much ", " <i>much</i> ", 1)
        return "<p>".join(paragraphs)


def build() -> list[dict]:
    """Every thread: the story and its comments (official-API shape, flat, parents first)."""
    world = World()
    threads = []
    for created_text, title, url, text, phase, n in THREADS:
        created = ts(created_text)
        sid = world.new_id(created)
        launch = created_text == LAUNCH
        story = {"by": world.rng.choice(NAMES), "descendants": 0, "id": sid, "kids": [], "score": 0, "time": created,
                 "title": title, "type": "story"}
        story["url" if url else "text"] = url or html.escape(text)
        comments: list[dict] = []
        clock = created + world.rng.randint(60, 600)
        texts = [(phase, None)] * (n or 0)
        if launch:
            texts = [(phase, None)] * 44
        for i, (ph, fixed) in enumerate(texts):
            clock += world.rng.randint(20, 1500 if not launch else 400)
            parent = sid
            if comments and world.rng.random() < 0.55:
                parent = world.rng.choice(comments[-8:])["id"]
            cid = world.new_id(clock)
            comments.append({"by": world.rng.choice(NAMES), "id": cid, "parent": parent,
                             "text": fixed or world.comment_html(ph, parent != sid), "time": clock, "type": "comment"})
        if launch:
            top = [c for c in comments if c["parent"] == sid]
            # the sarcastic one, a deleted and a dead comment, and two late replies Algolia's tree lacks
            clock += 300
            comments.append({"by": "yakshaver", "id": world.new_id(clock), "parent": sid, "time": clock, "type": "comment",
                             "text": html.escape(SARCASM.format(S="GPT-5.5"))})
            clock += 200
            comments.append({"deleted": True, "id": world.new_id(clock), "parent": top[1]["id"], "time": clock,
                             "type": "comment"})
            clock += 200
            dead = {"by": "nullhacker", "dead": True, "id": world.new_id(clock), "parent": sid, "time": clock,
                    "type": "comment", "text": "GPT-5.5 FREE API KEYS at my site, click the link in my profile"}
            comments.append(dead)
            # a reply to the deleted one keeps the tree connected
            clock += 100
            comments.append({"by": "grep42", "id": world.new_id(clock), "parent": comments[-2]["id"], "time": clock,
                             "type": "comment", "text": "Whatever they said, the parent is right that the 5.5 eval table "
                                                        "mixes pass@1 and pass@5. Read the footnotes."})
            for late in ("Late to this, but the price cut on cached input is bigger than the headline.",
                         "Tried it overnight on our CI flake hunt: found two of the three flaky tests."):
                clock += 86400
                comments.append({"by": world.rng.choice(NAMES), "id": world.new_id(clock), "parent": top[0]["id"],
                                 "time": clock, "type": "comment", "text": html.escape(late), "_late": True})
        by_id = {sid: story, **{c["id"]: c for c in comments}}
        for c in comments:
            by_id[c["parent"]].setdefault("kids", []).append(c["id"])
        for item in by_id.values():  # HN ranks kids; newest-first is close enough for a sample
            if item.get("kids"):
                item["kids"] = sorted(item["kids"], reverse=True)
        story["descendants"] = sum(1 for c in comments if not c.get("deleted") and not c.get("dead"))
        story["score"] = (1432 if launch else world.rng.randint(40, 900))
        threads.append({"story": story, "comments": comments, "phase": phase})
        world.items.update(by_id)
    return threads


# ---------------------------------------------------------------- the two APIs' shapes


def iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def algolia_node(item: dict, story: dict, by_parent: dict[int, list[dict]]) -> dict:
    """Algolia's /items shape; deleted and dead comments have author and text null; late replies are left out."""
    placeholder = item.get("deleted") or item.get("dead")
    node = {
        "author": None if placeholder else item["by"], "children": [],
        "created_at": iso(item["time"]), "created_at_i": item["time"], "id": item["id"], "options": [],
        "parent_id": item.get("parent"), "points": item.get("score") if item["type"] == "story" else None,
        "story_id": story["id"], "text": None if placeholder else item.get("text"),
        "title": item.get("title"), "type": item["type"], "url": item.get("url"),
    }
    node["children"] = [algolia_node(c, story, by_parent) for c in by_parent.get(item["id"], []) if not c.get("_late")]
    return node


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text or ""))


def normalized(text: str) -> str:
    """Lower case, separators and punctuation as spaces (a dot between digits kept): " gpt 5.5 is out "."""
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text.lower())
    return " " + " ".join(re.split(r"[\s\-‐‑–_,!?;:()\"'/]+", text)).strip() + " "


def matches(query: str, text: str) -> bool:
    """A stand-in for Algolia's matching: the query's words appear together (separators ignored)."""
    return normalized(query) in normalized(text)


def highlight(value: str, query: str) -> dict:
    found = matches(query, value or "")
    return {"matchLevel": "full" if found else "none", "matchedWords": query.lower().split() if found else [],
            "value": value or ""}


def story_hit(story: dict, query: str) -> dict:
    tags = ["story", f"author_{story['by']}", f"story_{story['id']}"]
    if story["title"].startswith("Ask HN:"):
        tags.append("ask_hn")
    if story["title"].startswith("Show HN:"):
        tags.append("show_hn")
    hit = {"_highlightResult": {"author": highlight(story["by"], query), "title": highlight(story["title"], query)},
           "_tags": tags, "author": story["by"], "children": story.get("kids", []), "created_at": iso(story["time"]),
           "created_at_i": story["time"], "num_comments": story["descendants"], "objectID": str(story["id"]),
           "points": story["score"], "story_id": story["id"], "title": story["title"],
           "updated_at": iso(story["time"] + 7 * 86400)}
    if story.get("url"):
        hit["url"] = story["url"]
    else:
        hit["story_text"] = story["text"]
    return hit


def comment_hit(comment: dict, story: dict, query: str) -> dict:
    hit = {"_highlightResult": {"author": highlight(comment["by"], query), "comment_text": highlight(comment["text"], query),
                                "story_title": highlight(story["title"], query)},
           "_tags": ["comment", f"author_{comment['by']}", f"story_{story['id']}"], "author": comment["by"],
           "comment_text": comment["text"], "created_at": iso(comment["time"]), "created_at_i": comment["time"],
           "objectID": str(comment["id"]), "parent_id": comment["parent"], "story_id": story["id"],
           "story_title": story["title"], "updated_at": iso(comment["time"] + 3600)}
    if story.get("url"):
        hit["story_url"] = story["url"]
    return hit


def search_answer(hits: list[dict], query: str, tag: str, page: int, total: int) -> dict:
    pages = max(1, math.ceil(total / PAGE))
    return {"exhaustive": {"nbHits": True, "typo": True}, "exhaustiveNbHits": True, "exhaustiveTypo": True,
            "hits": hits, "hitsPerPage": PAGE, "nbHits": total, "nbPages": pages if total else 0, "page": page,
            "params": f"query={query}&tags={tag}&hitsPerPage={PAGE}&page={page}", "processingTimeMS": 1,
            "processingTimingsMS": {"_request": {"roundTrip": 14}}, "query": query, "serverTimeMS": 2}


def write_json(path: Path, data: object) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path.relative_to(path.parents[len(path.relative_to(HERE).parts) - 2]).as_posix()


def route(path: str, body_file: str, query: dict | None = None) -> dict:
    return {"method": "GET", "path": path, "query": query or {}, "status": 200,
            "headers": {"Content-Type": "application/json; charset=utf-8"}, "body_file": body_file}


def write_algolia(threads: list[dict]) -> int:
    shutil.rmtree(ALGOLIA, ignore_errors=True)
    routes = []
    for thread in threads:
        story = thread["story"]
        by_parent: dict[int, list[dict]] = {}
        for c in thread["comments"]:
            by_parent.setdefault(c["parent"], []).append(c)
        tree = algolia_node(story, story, by_parent)
        if story.get("text"):
            tree["text"] = story["text"]
        routes.append(route(f"/api/v1/items/{story['id']}", write_json(ALGOLIA / "items" / f"{story['id']}.json", tree)))
    n_hits = 0
    for query in QUERIES:
        for tag in ("story", "comment"):
            found = []
            for thread in threads:
                story = thread["story"]
                if tag == "story" and matches(query, story["title"] + " " + plain(story.get("text", ""))):
                    found.append(story_hit(story, query))
                if tag == "comment":
                    found += [comment_hit(c, story, query) for c in thread["comments"]
                              if not c.get("deleted") and not c.get("dead") and not c.get("_late")
                              and matches(query, plain(c["text"]))]
            found.sort(key=lambda h: (-h["created_at_i"], h["objectID"]))  # search_by_date: newest first
            n_hits += len(found)
            slug = re.sub(r"[^a-z0-9]+", "-", query.lower()).strip("-")
            for page in range(max(1, math.ceil(len(found) / PAGE))):
                body = search_answer(found[page * PAGE:(page + 1) * PAGE], query, tag, page, len(found))
                routes.append(route("/api/v1/search_by_date",
                                    write_json(ALGOLIA / "search" / f"{tag}-{slug}-{page}.json", body),
                                    {"query": query, "tags": tag, "page": str(page)}))
    # any other search (a configured extra term, a page past the last) finds nothing
    for tag in ("story", "comment"):
        routes.append(route("/api/v1/search_by_date", write_json(ALGOLIA / "search" / f"{tag}-none.json",
                                                                  search_answer([], "", tag, 0, 0)), {"tags": tag}))
    write_json(ALGOLIA / "routes.json", routes)
    return n_hits


def write_firebase(threads: list[dict]) -> None:
    shutil.rmtree(FIREBASE, ignore_errors=True)
    routes = []
    for thread in threads:
        for item in [thread["story"], *thread["comments"]]:
            data = {k: v for k, v in item.items() if not k.startswith("_")}
            routes.append(route(f"/v0/item/{item['id']}.json", write_json(FIREBASE / "v0" / "item" / f"{item['id']}.json", data)))
    write_json(FIREBASE / "routes.json", routes)


def main() -> None:
    threads = build()
    hits = write_algolia(threads)
    write_firebase(threads)
    comments = sum(len(t["comments"]) for t in threads)
    print(f"hacker news sample: {len(threads)} stories, {comments} comments, {hits} search hits over {len(QUERIES)} queries")


if __name__ == "__main__":
    main()
