"""Writes the Reddit and Arctic Shift sample data (deterministic): `python data/sample/make_reddit_sample.py`."""

from __future__ import annotations

import json
import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REDDIT = HERE / "reddit"
ARCTIC = HERE / "arctic_shift"
SEED = 20260423
RATE_HEADERS = {"X-Ratelimit-Used": "1", "X-Ratelimit-Remaining": "599.0", "X-Ratelimit-Reset": "60"}
NEW_PAGE = 5  # the sample serves /new in pages of five so paging and cursors are exercised
ARCTIC_LIMIT = 100
QUERIES = ["GPT-5.5", "GPT-5.4"]


def ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp()


# (subreddit, created, title, selftext, phase, comments). Phases set the tone of the replies.
THREADS = [
    ("OpenAI", "2026-02-09 15:20", "GPT-5.4 spotted in the API model list?", "Someone posted a screenshot of gpt-5.4 in the models endpoint. Anyone else seeing it?", "pre54", 18),
    ("OpenAI", "2026-03-05 18:02", "GPT-5.4 is rolling out to Plus and Pro", "Official announcement just went up. GPT-5.4 Thinking is default for paid users.", "launch54", 22),
    ("OpenAI", "2026-03-11 16:40", "GPT-5.1 has been retired from ChatGPT today", "The model picker no longer shows GPT-5.1. Legacy models menu only has 5.4 now.", "retire51", 20),
    ("OpenAI", "2026-03-28 12:15", "Prediction market has GPT-5.5 by June 30 at 90%+", "Polymarket is pricing GPT-5.5 released by June 30, 2026 at over ninety percent.", "pre55", 18),
    ("OpenAI", "2026-04-14 09:30", "GPT-5.5 release date rumors megathread", "Collecting every leak about GPT-5.5 here. Market is at 96.9%.", "pre55", 18),
    ("OpenAI", "2026-04-23 17:10", "GPT-5.5 is here - launch discussion megathread", "GPT-5.5 is live in ChatGPT and the API. Share first impressions here.", "launch55", 0),
    ("OpenAI", "2026-04-25 10:05", "Is it just me or is GPT-5.5 underwhelming compared to 5.4?", "Two days in and I can't tell the difference from GPT-5.4 on my prompts.", "launch55", 20),
    ("OpenAI", "2026-05-08 14:45", "Every's three-week GPT-5.5 review: best coding model they've used", "Every published a three-week hands-on evaluation of GPT-5.5. They say coding is a big step up.", "later55", 20),
    ("OpenAI", "2026-05-21 19:30", "GPT-5.5 one month later: what changed your mind?", "Curious whether people warmed up to GPT-5.5 after the launch week.", "later55", 18),
    ("ChatGPT", "2026-02-17 20:10", "Anyone else feel GPT-5.1 got lazier this month?", "Answers are shorter and it refuses to write full code files.", "pre54", 18),
    ("ChatGPT", "2026-03-06 08:55", "GPT-5.4 first impressions thread", "It feels much sharper than 5.1 at long documents.", "launch54", 20),
    ("ChatGPT", "2026-03-11 21:25", "RIP GPT-5.1, it was my favorite for writing", "They retired GPT-5.1 and the replacement has a different voice.", "retire51", 20),
    ("ChatGPT", "2026-03-20 13:00", "Tips for getting GPT-5.4 to stop over-explaining", "Share your custom instructions.", "launch54", 18),
    ("ChatGPT", "2026-04-18 16:20", "GPT-5.5 hype check: what do you actually expect?", "With GPT-5.5 supposedly days away, what are you hoping for?", "pre55", 18),
    ("ChatGPT", "2026-04-23 19:45", "GPT-5.5 just dropped and honestly... underwhelming?", "Tried GPT-5.5 on my usual prompts. Feels like 5.4 with a new name.", "launch55", 20),
    ("ChatGPT", "2026-04-27 11:30", "GPT-5.5 vs GPT-5.4 side by side on 20 prompts", "I ran the same 20 prompts through both. Results below.", "launch55", 18),
    ("ChatGPT", "2026-05-06 15:10", "GPT-5.5 finally fixed my React refactor", "Spent a weekend with GPT-5.5 on a big refactor. It actually held the whole codebase.", "later55", 18),
    ("ChatGPT", "2026-05-19 09:40", "Has GPT-5.5 grown on anyone?", "I was disappointed at launch but now I use it every day.", "later55", 18),
    ("LocalLLaMA", "2026-02-24 22:05", "Open weights are closing the gap with GPT-5.1", "New open models beat GPT-5.1 on several coding benchmarks.", "pre54", 18),
    ("LocalLLaMA", "2026-03-07 12:30", "GPT-5.4 benchmarks vs the best local models", "Posting my eval of GPT-5.4 against local models.", "launch54", 18),
    ("LocalLLaMA", "2026-03-12 17:15", "GPT-5.1 retirement is why I run models locally", "Nobody can retire the weights on my disk.", "retire51", 20),
    ("LocalLLaMA", "2026-04-10 10:20", "What would GPT-5.5 need to beat to matter here?", "Serious question for the local crowd.", "pre55", 18),
    ("LocalLLaMA", "2026-04-24 06:50", "GPT-5.5 evals are out: incremental at best", "Scores are within noise of GPT-5.4 on most of our suites.", "launch55", 18),
    ("LocalLLaMA", "2026-04-29 14:00", "Distilling GPT-5.5 outputs into a local coder", "Trying to use GPT-5.5 traces to fine-tune a small model.", "launch55", 18),
    ("LocalLLaMA", "2026-05-07 18:35", "Okay, GPT-5.5 is genuinely good at agentic coding", "Ran it on SWE-style tasks for a week. Hate to admit it, but it's great.", "later55", 20),
    ("LocalLLaMA", "2026-05-15 20:20", "Local models vs GPT-5.5 for coding: May update", "Updated my comparison with GPT-5.5.", "later55", 18),
    ("LocalLLaMA", "2026-05-27 08:10", "GPT-5.5 pricing makes local look attractive again", "Token prices for GPT-5.5 Pro are steep.", "later55", 18),
    ("singularity", "2026-02-12 14:30", "GPT-5.4 will be the last incremental release before GPT-5.5", "Timelines thread. Market odds for GPT-5.5 keep climbing.", "pre54", 18),
    ("singularity", "2026-03-05 20:50", "GPT-5.4 is out. AGI confirmed? (no)", "Discuss GPT-5.4.", "launch54", 20),
    ("singularity", "2026-03-11 18:00", "OpenAI retires GPT-5.1: the model churn is accelerating", "GPT-5.1 lasted barely four months as the default.", "retire51", 18),
    ("singularity", "2026-04-05 11:45", "96.9% on GPT-5.5 by June 30. Markets know something", "The prediction market is at 96.9% for GPT-5.5 before July.", "pre55", 20),
    ("singularity", "2026-04-23 18:30", "GPT-5.5 released!", "It's here. Benchmarks in the comments.", "launch55", 22),
    ("singularity", "2026-04-26 13:20", "The GPT-5.5 launch was underwhelming and that's fine", "Incremental releases are what progress looks like now.", "launch55", 18),
    ("singularity", "2026-05-09 16:05", "GPT-5.5 coding agents are quietly amazing", "Reviews from people who used it for weeks are glowing.", "later55", 18),
    ("singularity", "2026-05-18 22:40", "Reassessing GPT-5.5 after a month", "Launch week takes vs now.", "later55", 18),
    ("singularity", "2026-05-29 10:30", "What's next after GPT-5.5?", "Speculation thread.", "later55", 18),
]
MEGATHREAD = ("OpenAI", "2026-04-23 17:10")  # visible replies + a `more` stub + a chain deep enough to be cut
REFRESHED = ("ChatGPT", "2026-05-06 15:10")  # a later fetch shows one reply removed, one edited, one new

# Comments are built from hand-written fragments (seeded, so the sample is reproducible). Each phase has a
# subject (the model its threads are about) and a yardstick (the model it is measured against), and a tone mix
# per kind of comment: what the text says of the subject, named or not, and of the yardstick.
PHASE_MODELS = {  # phase -> (subject model, yardstick model)
    "pre54": ("5.4", "5.1"), "launch54": ("5.4", "5.1"), "retire51": ("5.1", "5.4"),
    "pre55": ("5.5", "5.4"), "launch55": ("5.5", "5.4"), "later55": ("5.5", "5.4"),
}
SPELLINGS = ["GPT-{v}", "GPT-{v}", "{v}", "gpt-{v}", "GPT {v}", "gpt{v}"]
TASKS = ["coding", "refactoring", "writing tests", "long documents", "creative writing", "debugging", "SQL",
         "summarizing papers", "agentic tasks", "following instructions", "math homework", "emails",
         "data cleaning", "shell scripts", "fiction", "code review", "API design", "translations"]
GOOD = ["great", "excellent", "really solid", "fantastic", "impressive", "a big step up", "noticeably sharper",
        "genuinely good", "way more reliable", "surprisingly strong"]
BAD = ["underwhelming", "disappointing", "mediocre", "noticeably worse", "sloppy", "lazy", "a letdown",
       "frustrating", "flat", "barely different"]
OPENERS = ["", "", "", "Honestly, ", "Hot take: ", "Not gonna lie, ", "After a few days, ", "So far ",
           "In my experience ", "For what it's worth, ", "Ok so ", "Genuinely, "]
CLOSERS = ["", "", "", " Just my two cents.", " YMMV.", " Curious if others see the same.",
           " Happy to share prompts.", " Tested on my own repos.", " Not what I expected.", " We'll see."]
# Templates; {S}/{Y} name the subject/yardstick, a lone verdict sentence names neither.
KINDS = {
    # about the subject, naming it
    "subject_pos": ["{S} is {good} at {task}.", "{S} nailed {task} on the first try.",
                    "Loving {S} for {task}, it's {good}.", "{S} handled my {task} backlog, {good}.",
                    "Switched my whole team to {S} for {task}."],
    "subject_neg": ["{S} is {bad} at {task}.", "{S} keeps failing at {task}, {bad}.",
                    "Tried {S} for {task} and it was {bad}.", "{S} feels {bad}, especially for {task}."],
    # about the subject without naming it (a reply in its thread)
    "implicit_pos": ["It's {good} at {task}.", "Works {good_adv} for {task} here.", "This thing is {good} for {task}.",
                     "Best tool I've used for {task}.", "Can confirm, {task} is {good} now."],
    "implicit_neg": ["It's {bad} at {task}.", "Meh, {task} is {bad}.", "Not worth the wait, {task} got worse.",
                     "Feels rushed. {task_cap} is {bad}.", "I expected much more, {task} is {bad}."],
    # the subject measured against the yardstick, which is named only as the yardstick
    "yardstick_neg": ["Underwhelming compared to {Y} honestly.", "Worse at {task} than {Y}.",
                      "This feels like {Y} with a new name, disappointing.", "{bad_cap} compared to {Y} for {task}.",
                      "I went back to {Y} for {task}, this one is {bad}.", "Can't tell the difference from {Y} on {task}."],
    "yardstick_pos": ["Way better than {Y} at {task}.", "Clearly beats {Y} for {task}.",
                      "A real upgrade over {Y} for {task}.", "Miles ahead of {Y} on {task}."],
    # both named, the subject preferred / the yardstick preferred (both directions)
    "compare_pos": ["{S} is {good_cmp} than {Y} at {task}.", "{S} beats {Y} on {task} every time.",
                    "{Y} vs {S} on {task}: {S} wins easily."],
    "compare_neg": ["{Y} is still {good_cmp} than {S} at {task}.", "{S} is worse than {Y} for {task}.",
                    "{Y} beats {S} on {task}, no contest."],
    # two models, opposite verdicts in one comment
    "split_pos": ["{S} is {good} at {task}, but {Y} was better at {task2}.",
                  "{Y} felt {bad} for {task}, while {S} is {good}."],
    "split_neg": ["{S} is {bad} at {task}, but {Y} was {good} at it.",
                  "{Y} is {good} for {task}, while {S} is {bad}."],
    # sarcasm (the whole-text classifier often reads it as praise)
    "sarcasm": ["Oh great, another 'revolutionary' model that can't do {task}.", "Wow, {S} is sooo much better. /s",
                "Love paying for {S} to be {bad} at {task}. Amazing.", "Truly a historic day for {task}. /s"],
    "neutral": ["Is it on the free tier yet?", "Which IDE integration are you using?", "Source?",
                "Did you use Thinking or Pro?", "Any numbers on {task}?", "Link to the benchmark?",
                "Rolling out over the next few days apparently.", "What settings did you use for {task}?"],
    "agree": ["Agreed.", "Same experience here.", "This.", "Exactly my experience with {task}.", "100% this."],
    "disagree": ["Hard disagree, it's been {good} for me.", "Not my experience at all, {task} is {good}."],
}
# phase -> weights of each kind (the tone the story needs)
MIX = {
    "pre54": {"subject_pos": 4, "subject_neg": 1, "implicit_pos": 3, "implicit_neg": 1, "yardstick_pos": 2,
              "compare_neg": 1, "neutral": 4, "agree": 2, "sarcasm": 1},
    "launch54": {"subject_pos": 5, "subject_neg": 2, "implicit_pos": 4, "implicit_neg": 1, "yardstick_pos": 3,
                 "compare_pos": 2, "compare_neg": 1, "split_pos": 2, "neutral": 3, "agree": 2, "disagree": 1},
    "retire51": {"subject_pos": 4, "implicit_pos": 2, "implicit_neg": 3, "yardstick_neg": 1, "compare_pos": 3,
                 "compare_neg": 1, "split_pos": 2, "neutral": 3, "agree": 2, "sarcasm": 2},
    "pre55": {"subject_pos": 5, "subject_neg": 1, "implicit_pos": 4, "implicit_neg": 1, "yardstick_pos": 2,
              "compare_pos": 1, "neutral": 4, "agree": 2, "sarcasm": 1},
    "launch55": {"subject_pos": 1, "subject_neg": 3, "implicit_pos": 1, "implicit_neg": 4, "yardstick_neg": 6,
                 "compare_neg": 3, "compare_pos": 1, "split_neg": 2, "sarcasm": 2, "neutral": 3, "agree": 3,
                 "disagree": 1},
    "later55": {"subject_pos": 6, "subject_neg": 1, "implicit_pos": 5, "implicit_neg": 1, "yardstick_pos": 3,
                "compare_pos": 3, "compare_neg": 1, "split_pos": 3, "neutral": 3, "agree": 2, "disagree": 1},
}
CHAIN = [  # a 12-deep argument in the launch megathread, alternating sides
    "No, it is underwhelming compared to 5.4 and the benchmarks prove it.",
    "You're ignoring the coding results, GPT-5.5 is clearly better there.",
    "Coding is one use case. For writing it's worse than 5.4, full stop.",
    "Then use 5.4 for writing? GPT-5.5 fixed two bugs 5.4 couldn't find for me.",
    "Anecdotes. The eval suite shows it within noise of 5.4.",
    "Evals don't measure long agentic runs, which is where GPT-5.5 shines.",
    "Shines is a stretch. It's slower than 5.4 and costs more.",
    "Slower, sure, but it finishes the task instead of giving up halfway.",
    "We'll agree to disagree. I'm sticking with 5.4 for now.",
    "Fair. Give GPT-5.5 another week, it grew on me.",
    "Maybe. The launch still felt rushed.",
    "The launch was rushed, the model is good. Both can be true.",
]
LONG_REVIEW = [  # several models in one long comment: a sentence per model
    "Long review after a week of daily use. {S} is {good} at {task}. {Y} still reads more naturally for {task2}. "
    "For {task3} I keep GPT-5.1 around in the API, it was never {bad}. Overall I'd pick {S} for work.",
    "My notes, model by model. {Y}: dependable for {task2}, nothing more. {S}: {bad} at {task} in week one, "
    "better after the patch. GPT-5.1: gone, and I miss its voice for {task3}.",
]
AUTHORS = [f"{a}_{b}" for a in ("quiet", "rapid", "lucid", "tired", "curious", "salty", "happy", "grumpy")
           for b in ("otter", "falcon", "tensor", "gradient", "token", "kernel")]
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


class World:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.text_rng = random.Random(SEED + 1)  # texts drawn apart from ids, so editing fragments keeps the ids
        self.ids: set[str] = set()

    def new_id(self, length: int) -> str:
        while True:
            value = "".join(self.rng.choice(ALPHABET) for _ in range(length))
            if value not in self.ids and not value[0].isdigit():
                self.ids.add(value)
                return value

    def text(self, phase: str, reply: bool = False) -> str:
        """One comment: a kind drawn from the phase's mix, its template filled, an opener and closer around it."""
        r = self.text_rng
        subject, yardstick = PHASE_MODELS[phase]
        kind = "long_review"
        if r.random() < 0.03:
            template = r.choice(LONG_REVIEW)
        else:
            kinds = [k for k in MIX[phase] if reply or k not in ("agree", "disagree")]
            kind = r.choices(kinds, weights=[MIX[phase][k] for k in kinds])[0]
            template = r.choice(KINDS[kind])
        tasks = r.sample(TASKS, 3)
        good = r.choice(GOOD)
        bad = r.choice(BAD)
        body = template.format(
            S=r.choice(SPELLINGS).format(v=subject), Y=r.choice(SPELLINGS).format(v=yardstick),
            task=tasks[0], task2=tasks[1], task3=tasks[2], task_cap=tasks[0][:1].upper() + tasks[0][1:],
            good=good, bad=bad, bad_cap=bad[:1].upper() + bad[1:],
            good_adv=r.choice(["really well", "great", "flawlessly", "better than expected"]),
            good_cmp=r.choice(["better", "much better", "way better", "a lot better", "more reliable"]))
        opener = r.choice(OPENERS) if kind not in ("neutral", "agree", "disagree", "sarcasm") else ""
        if opener and body[:1].isupper() and not body.startswith(("GPT", "I ")):
            body = body[:1].lower() + body[1:]
        return f"{opener}{body}{r.choice(CLOSERS)}"


def submission_data(world: World, sub: str, created: float, title: str, selftext: str, sid: str, n: int) -> dict:
    slug = "_".join(w.lower().strip("?!.,:") for w in title.split()[:6])
    return {
        "subreddit": sub, "subreddit_name_prefixed": f"r/{sub}", "subreddit_id": "t5_" + sub.lower()[:6],
        "id": sid, "name": f"t3_{sid}", "title": title, "selftext": selftext, "author": world.rng.choice(AUTHORS),
        "created_utc": created, "edited": False, "score": world.rng.randint(40, 4000),
        "upvote_ratio": round(world.rng.uniform(0.7, 0.98), 2), "num_comments": n,
        "permalink": f"/r/{sub}/comments/{sid}/{slug}/", "url": f"https://www.reddit.com/r/{sub}/comments/{sid}/{slug}/",
        "is_self": True, "over_18": False, "stickied": False, "locked": False, "link_flair_text": None,
    }


def comment_data(world: World, sub: str, sid: str, cid: str, parent: str, created: float, body: str, depth: int) -> dict:
    return {
        "subreddit": sub, "subreddit_id": "t5_" + sub.lower()[:6], "id": cid, "name": f"t1_{cid}",
        "link_id": f"t3_{sid}", "parent_id": parent, "author": world.rng.choice(AUTHORS), "body": body,
        "created_utc": created, "edited": False, "score": world.rng.randint(-20, 600), "depth": depth,
        "permalink": f"/r/{sub}/comments/{sid}/comment/{cid}/", "stickied": False, "controversiality": 0, "replies": "",
    }


def build_world() -> list[dict]:
    """Every thread: submission data and its comments (flat, in creation order, with depth)."""
    world = World()
    threads = []
    for sub, created_text, title, selftext, phase, n in THREADS:
        created = ts(created_text)
        sid = world.new_id(7)
        mega = (sub, created_text) == MEGATHREAD
        count = 40 if mega else n
        comments: list[dict] = []
        clock = created + world.rng.randint(60, 900)
        for i in range(count):
            clock += world.rng.randint(30, 5400)
            parents = [c for c in comments if c["depth"] < 6]
            if comments and world.rng.random() < 0.55:
                parent = world.rng.choice(parents[-8:])
                pname, depth = parent["name"], parent["depth"] + 1
            else:
                pname, depth = f"t3_{sid}", 0
            comments.append(comment_data(world, sub, sid, world.new_id(7), pname, float(clock),
                                         world.text(phase, reply=depth > 0), depth))
        thread = {"sub": sub, "phase": phase, "submission": submission_data(world, sub, created, title, selftext, sid, 0),
                  "comments": comments, "more": [], "chain": []}
        if mega:
            # 25 more top-level replies sit behind a `more` stub; a 12-deep argument is cut at depth 10.
            for _ in range(25):
                clock += world.rng.randint(30, 900)
                cid = world.new_id(7)
                parent = f"t3_{sid}" if not thread["more"] or world.rng.random() < 0.7 else thread["more"][-1]["name"]
                depth = 0 if parent.startswith("t3_") else thread["more"][-1]["depth"] + 1
                thread["more"].append(comment_data(world, sub, sid, cid, parent, float(clock),
                                                  world.text(phase, reply=depth > 0), depth))
            parent = f"t3_{sid}"
            for depth in range(12):
                clock += world.rng.randint(60, 1800)
                body = CHAIN[depth]
                c = comment_data(world, sub, sid, world.new_id(7), parent, float(clock), body, depth)
                thread["chain"].append(c)
                parent = c["name"]
        if phase in ("launch55", "later55", "retire51") and len(comments) > 6:
            # A removed and an edited reply as Reddit shows them.
            removed = comments[3]
            removed.update(body="[removed]", author="[deleted]")
            edited = comments[5]
            edited["body"] += "\n\nEdit: after a few more days I changed my mind, it's better than I said."
            edited["edited"] = edited["created_utc"] + 7200.0
        total = len(comments) + len(thread["more"]) + len(thread["chain"])
        thread["submission"]["num_comments"] = total
        threads.append(thread)
    return threads


def wrap(kind: str, data: dict) -> dict:
    return {"kind": kind, "data": data}


def listing(children: list[dict], after: str | None = None) -> dict:
    return {"kind": "Listing", "data": {"after": after, "dist": len(children), "modhash": "", "geo_filter": "",
                                        "children": children, "before": None}}


def nest(comments: list[dict], root: str) -> list[dict]:
    """Reddit's nested comment tree from flat comments: `replies` is "" when empty."""
    by_parent: dict[str, list[dict]] = {}
    for c in comments:
        by_parent.setdefault(c["parent_id"], []).append(c)

    def build(parent: str) -> list[dict]:
        out = []
        for c in by_parent.get(parent, []):
            data = dict(c)
            kids = build(c["name"])
            data["replies"] = listing(kids) if kids else ""
            out.append(wrap("t1", data))
        return out

    return build(root)


def thread_payload(thread: dict, comments: list[dict], more: bool) -> list[dict]:
    sub = thread["submission"]
    top = nest(comments, sub["name"])
    if more and thread["more"]:
        top.append(wrap("more", {"count": len(thread["more"]), "name": "t1_" + thread["more"][0]["id"],
                                 "id": thread["more"][0]["id"], "parent_id": sub["name"], "depth": 0,
                                 "children": [c["id"] for c in thread["more"]]}))
    return [listing([wrap("t3", sub)]), listing(top)]


def write_json(path: Path, data: object) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path.relative_to(path.parents[len(path.relative_to(HERE).parts) - 2]).as_posix()


def route(method: str, path: str, body_file: str, query: dict | None = None, **extra: object) -> dict:
    return {"method": method, "path": path, "query": query or {}, "status": 200,
            "headers": {"Content-Type": "application/json; charset=UTF-8", **RATE_HEADERS}, "body_file": body_file, **extra}


def write_reddit(threads: list[dict]) -> None:
    shutil.rmtree(REDDIT, ignore_errors=True)
    routes: list[dict] = [{
        "method": "POST", "path": "/api/v1/access_token", "status": 200,
        "json": {"access_token": "replay-token", "token_type": "bearer", "expires_in": 86400, "scope": "*"},
    }]
    by_sub: dict[str, list[dict]] = {}
    for t in threads:
        by_sub.setdefault(t["sub"], []).append(t)
    for sub, items in by_sub.items():
        newest = sorted(items, key=lambda t: -t["submission"]["created_utc"])
        pages = [newest[i:i + NEW_PAGE] for i in range(0, len(newest), NEW_PAGE)]
        after = None
        for n, page in enumerate(pages):
            next_after = page[-1]["submission"]["name"] if n + 1 < len(pages) else None
            f = write_json(REDDIT / "listings" / f"{sub}_new_{n + 1}.json",
                           listing([wrap("t3", t["submission"]) for t in page], next_after))
            routes.append(route("GET", f"/r/{sub}/new", f, {"after": after} if after else {}))
            after = next_after
        for q in QUERIES:
            hits = [t for t in newest if q.lower() in (t["submission"]["title"] + " " + t["submission"]["selftext"]).lower()]
            f = write_json(REDDIT / "listings" / f"{sub}_search_{q}.json", listing([wrap("t3", t["submission"]) for t in hits]))
            routes.append(route("GET", f"/r/{sub}/search", f, {"q": q}))
    for t in threads:
        sid = t["submission"]["id"]
        key = (t["sub"], datetime.fromtimestamp(t["submission"]["created_utc"], timezone.utc).strftime("%Y-%m-%d %H:%M"))
        if t["chain"]:
            cut = t["chain"][:10]  # depth 0..9 shown; depth 9 ends in "continue this thread"
            shown = t["comments"] + cut
            payload = thread_payload(t, shown, more=True)
            stub = wrap("more", {"count": 0, "name": "t1__", "id": "_", "parent_id": cut[-1]["name"], "depth": 10, "children": []})
            node = next(c for c in payload[1]["data"]["children"] if c["data"].get("id") == cut[0]["id"])
            for _ in range(9):
                node = node["data"]["replies"]["data"]["children"][0]
            node["data"]["replies"] = listing([stub])
            f = write_json(REDDIT / "comments" / f"{sid}.json", payload)
            routes.append(route("GET", f"/comments/{sid}/", f))
            things = [wrap("t1", {**c, "replies": ""}) for c in t["more"]]
            f = write_json(REDDIT / "comments" / f"{sid}_morechildren.json", {"json": {"errors": [], "data": {"things": things}}})
            routes.append(route("POST", "/api/morechildren/", f, {"link_id": f"t3_{sid}"}))
            rest = nest(t["chain"][9:], cut[-1]["parent_id"])  # the depth-9 reply with everything below it
            f = write_json(REDDIT / "comments" / f"{sid}_continue_{cut[-1]['id']}.json",
                           [listing([wrap("t3", t["submission"])]), listing(rest)])
            routes.append(route("GET", f"/comments/{sid}/_/{cut[-1]['id']}", f))
        elif key == REFRESHED:
            first = write_json(REDDIT / "comments" / f"{sid}.json", thread_payload(t, t["comments"], more=False))
            later = [dict(c) for c in t["comments"]]
            later[1].update(body="[removed]", author="[deleted]")
            later[2].update(body=later[2]["body"] + "\n\nEdit: typo", edited=later[2]["created_utc"] + 3600.0)
            later.append(comment_data(World(), t["sub"], sid, "znewreply", f"t3_{sid}", later[-1]["created_utc"] + 600,
                                      "Late to this, but GPT-5.5 also fixed my flaky integration tests.", 0))
            sub_later = dict(t["submission"], score=t["submission"]["score"] + 250, num_comments=len(later))
            second = write_json(REDDIT / "comments" / f"{sid}_later.json", thread_payload({**t, "submission": sub_later}, later, more=False))
            spec = route("GET", f"/comments/{sid}/", first)
            headers = spec["headers"]
            routes.append({"method": "GET", "path": f"/comments/{sid}/", "query": {},
                           "responses": [{"status": 200, "headers": headers, "body_file": first},
                                         {"status": 200, "headers": headers, "body_file": second}]})
        else:
            f = write_json(REDDIT / "comments" / f"{sid}.json", thread_payload(t, t["comments"], more=False))
            routes.append(route("GET", f"/comments/{sid}/", f))
    write_json(REDDIT / "routes.json", routes)


def arctic_item(data: dict, kind: str) -> dict:
    item = {k: v for k, v in data.items() if k not in ("replies", "depth")}
    item["retrieved_on"] = int(data["created_utc"]) + 36 * 3600
    return item


def arctic_pages(items: list[dict]) -> list[tuple[int | None, list[dict]]]:
    """(after sent, page) as the Arctic Shift client pages: `after` moves to the last created_utc (inclusive)."""
    items = sorted(items, key=lambda i: (i["created_utc"], i["id"]))
    pages, after = [], None
    while True:
        page = [i for i in items if after is None or i["created_utc"] >= after][:ARCTIC_LIMIT]
        pages.append((after, page))
        if len(page) < ARCTIC_LIMIT:
            return pages
        after = int(page[-1]["created_utc"])


def write_arctic(threads: list[dict]) -> None:
    shutil.rmtree(ARCTIC, ignore_errors=True)
    routes: list[dict] = []
    by_sub: dict[str, list[dict]] = {}
    for t in threads:
        by_sub.setdefault(t["sub"], []).append(t)
    for sub, items in by_sub.items():
        posts = [arctic_item(t["submission"], "t3") for t in items]
        comments = [arctic_item(c, "t1") for t in items for c in t["comments"] + t["more"] + t["chain"]]
        if sub == "OpenAI":  # two replies in the same second across a page edge: the client must de-dupe by id
            comments.sort(key=lambda i: (i["created_utc"], i["id"]))
            comments[ARCTIC_LIMIT]["created_utc"] = comments[ARCTIC_LIMIT - 1]["created_utc"]
        for kind, rows in (("posts", posts), ("comments", comments)):
            for n, (after, page) in enumerate(arctic_pages(rows)):
                f = write_json(ARCTIC / kind / f"{sub}_{n + 1}.json", {"data": page})
                query = {"subreddit": sub, **({"after": str(after)} if after is not None else {})}
                routes.append(route("GET", f"/api/{kind}/search", f, query))
        for q in QUERIES:
            hits = [p for p in posts if q.lower() in (p["title"] + " " + p["selftext"]).lower()]
            f = write_json(ARCTIC / "posts" / f"{sub}_query_{q}.json", {"data": sorted(hits, key=lambda p: p["created_utc"])})
            routes.append(route("GET", "/api/posts/search", f, {"subreddit": sub, "query": q}))
        for t in items:
            sid = t["submission"]["id"]
            tree = nest([arctic_item(c, "t1") | {"replies": ""} for c in t["comments"] + t["more"] + t["chain"]],
                        t["submission"]["name"])
            f = write_json(ARCTIC / "comments" / f"tree_{sid}.json", {"data": tree})
            routes.append(route("GET", "/api/comments/tree", f, {"link_id": f"t3_{sid}"}))
            f = write_json(ARCTIC / "posts" / f"ids_{sid}.json", {"data": [arctic_item(t["submission"], "t3")]})
            routes.append(route("GET", "/api/posts/ids", f, {"ids": sid}))
    for kind in ("posts", "comments"):  # past the last page: nothing more
        routes.append({"method": "GET", "path": f"/api/{kind}/search", "query": {}, "json": {"data": []}})
    write_json(ARCTIC / "routes.json", routes)


# A rumoured successor the catalog does not know: r/ChatGPTPro discusses "GPT-5.6" in the weeks after GPT-5.5's
# release, more every week, until it rolls out (the release radar's demo). Its threads are built apart from the
# others (their own seed, their own subreddit), so the story's threads, ids and texts stay as they were; the texts
# name no catalog model, so the story's figures do not move either.
RUMOUR_SUB = "ChatGPTPro"
RUMOUR_THREADS = [  # (created, title, selftext, phase, comments)
    ("2026-05-02 18:20", "Anyone else seeing 'gpt-5.6' strings in the app bundle?",
     "Someone decompiled the Android app and found references to gpt-5.6. Probably nothing?", "rumour", 3),
    ("2026-05-07 16:05", "GPT-5.6 rumours: what we actually know",
     "Collecting the leaks about GPT-5.6 in one place.", "rumour", 5),
    ("2026-05-12 20:40", "Report: GPT-5.6 is weeks away",
     "A newsletter claims GPT-5.6 is in internal testing with a Pro variant.", "rumour", 7),
    ("2026-05-17 15:30", "Leaked GPT-5.6 Pro benchmark chart - real or fake?",
     "The chart shows GPT-5.6 Pro way ahead on coding evals.", "rumour", 9),
    ("2026-05-22 17:45", "GPT-5.6 showed up in the model picker for some Pro accounts",
     "A few people have screenshots of GPT-5.6 in the picker. Mine doesn't have it yet.", "rumour", 12),
    ("2026-05-26 18:10", "GPT-5.6 is rolling out to Pro users",
     "GPT-5.6 is now available in the model picker for Pro. Rolling out to Plus later.", "release", 16),
    ("2026-05-28 16:30", "GPT-5.6 is now available to everyone - first impressions",
     "It's live for Plus and free users too. Post your first impressions of GPT-5.6 here.", "release", 18),
]
RUMOUR_SPELLINGS = ["GPT-5.6", "GPT-5.6", "gpt-5.6", "GPT 5.6", "gpt5.6", "GPT-5.6 Pro"]
RUMOUR_TEXTS = {
    "rumour": ["I'd bet {N} lands before the summer.", "Is {N} real or just a codename?",
               "If {N} has a Pro variant it will be pricey.", "{N} would be a quick follow-up, they usually wait longer.",
               "Saw the {N} screenshot too, looks legit.", "Hoping {N} fixes the long context issues.",
               "Fake until OpenAI says otherwise.", "The leaked {N} numbers look too good to be true.",
               "Source on {N}? All I see is a blurry chart.", "My bet: {N} is mostly a cheaper version."],
    "release": ["{N} is now available for me, just got it.", "{N} just rolled out on my account.",
                "Got {N} in the picker this morning, it's live.", "{N} launched for Plus too, finally.",
                "Tried {N} for an hour, it is fast.", "{N} is out and the context window is bigger.",
                "Still not seeing {N}, rolling out slowly I guess.", "{N} is here, and the Pro tier is available today.",
                "First test of {N} on my scripts: solid.", "No {N} for me yet."],
}


def build_rumour_world(taken: set[str]) -> list[dict]:
    world = World()
    world.rng, world.text_rng = random.Random(SEED + 56), random.Random(SEED + 57)
    world.ids = set(taken)
    threads = []
    for created_text, title, selftext, phase, n in RUMOUR_THREADS:
        created = ts(created_text)
        sid = world.new_id(7)
        comments: list[dict] = []
        clock = created + world.rng.randint(60, 600)
        for _ in range(n):
            clock += world.rng.randint(60, 1800)  # replies within hours: each thread's day carries its volume
            if comments and world.rng.random() < 0.4:
                parent = world.rng.choice(comments[-5:])
                pname, depth = parent["name"], parent["depth"] + 1
            else:
                pname, depth = f"t3_{sid}", 0
            body = world.text_rng.choice(RUMOUR_TEXTS[phase]).format(N=world.text_rng.choice(RUMOUR_SPELLINGS))
            comments.append(comment_data(world, RUMOUR_SUB, sid, world.new_id(7), pname, float(clock), body, depth))
        sub = submission_data(world, RUMOUR_SUB, created, title, selftext, sid, len(comments))
        threads.append({"sub": RUMOUR_SUB, "phase": phase, "submission": sub, "comments": comments, "more": [],
                        "chain": []})
    return threads


def main() -> None:
    threads = build_world()
    taken = {t["submission"]["id"] for t in threads} | {c["id"] for t in threads for c in t["comments"] + t["more"] + t["chain"]}
    threads += build_rumour_world(taken)
    write_reddit(threads)
    write_arctic(threads)
    n_comments = sum(len(t["comments"]) + len(t["more"]) + len(t["chain"]) for t in threads)
    print(f"{len(threads)} threads in {len({t['sub'] for t in threads})} subreddits, {n_comments} comments")


if __name__ == "__main__":
    main()
