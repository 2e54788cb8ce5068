"""Hand-built warehouse rows for the trend and export tests (exact numbers, one classifier version)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from tracker.config import parse_config
from tracker.sentiment.targets import PASSAGE_PREFIX
from tracker.warehouse.database import utcnow

CLF = "clf@1"
TARGET_CLF = PASSAGE_PREFIX + CLF  # per-mention scores of the passage scorer over CLF
OLD_CLF = "clf@0"

# Until the events developer's 010 view lands, tests provide the same contract: one row per (model_id, kind).
PREFERRED_FALLBACK = """
CREATE OR REPLACE VIEW release_events_preferred AS
SELECT model_id, kind,
       arg_min(occurred_at, CASE source WHEN 'curated' THEN 1 WHEN 'official_feed' THEN 2 ELSE 3 END) AS occurred_at,
       arg_min(source, CASE source WHEN 'curated' THEN 1 WHEN 'official_feed' THEN 2 ELSE 3 END) AS source
FROM release_events GROUP BY model_id, kind
"""

PROBS = {  # label -> (p_negative, p_neutral, p_positive)
    "positive": (0.1, 0.2, 0.7),
    "neutral": (0.2, 0.6, 0.2),
    "negative": (0.8, 0.1, 0.1),
}


def ts(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def config(tmp_path, **trends: Any):
    return parse_config({"trends": {"min_event_n": 2, "bootstrap_samples": 200, "export_root": "exports", **trends}},
                        "test", tmp_path)


def add_doc(con, doc_id: str, created_at: str, label: str | None, models: list[tuple[str, str, int | None]], *,
            source: str = "reddit", community: str | None = "OpenAI", upvotes: int | None = 1,
            probs: tuple[float, float, float] | None = None, classifier: str = CLF, title: str | None = None,
            body: str | None = None) -> None:
    content_hash = f"h-{doc_id}"
    con.execute(
        "INSERT INTO documents (doc_id, source, kind, community, title, body, created_at, score, fetched_at, "
        "content_hash) VALUES (?, ?, 'submission', ?, ?, ?, ?, ?, ?, ?)",
        [doc_id, source, community, title or doc_id, body, ts(created_at), upvotes, utcnow(), content_hash],
    )
    p = probs or PROBS.get(label or "", (None, None, None))
    for model_id, how, position in models:
        con.execute("INSERT INTO mentions (doc_id, model_id, how, position) VALUES (?, ?, ?, ?)",
                    [doc_id, model_id, how, position])
        if label is not None:  # the per-mention score: here the same as the text's label
            add_passage(con, doc_id, model_id, "thread_subject" if how == "thread_inherited" else how, p,
                        classifier=PASSAGE_PREFIX + classifier)
    con.execute("INSERT INTO sentiment VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
                [content_hash, classifier, label, p[0], p[1], p[2], None if label else "empty text", utcnow()])


def add_passage(con, doc_id: str, model_id: str, how: str, probs: tuple[float, float, float], *,
                classifier: str = TARGET_CLF, weight: float = 10.0, passage: int | None = None,
                sarcastic: bool = False) -> None:
    """One scored passage of `doc_id` about `model_id` (mention_passages + mention_sentiment)."""
    if passage is None:
        passage = con.execute("SELECT count(*) FROM mention_passages WHERE doc_id = ? AND model_id = ?",
                              [doc_id, model_id]).fetchone()[0]
    key = f"in-{doc_id}-{model_id}-{passage}"
    con.execute("INSERT INTO mention_passages VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, NULL, ?, ?)",
                [doc_id, model_id, passage, how, key, weight, f"text of {doc_id}", utcnow(), sarcastic])
    label = ("negative", "neutral", "positive")[max(range(3), key=lambda i: probs[i])]
    con.execute("INSERT INTO mention_sentiment (input_hash, model_id, classifier, label, p_negative, p_neutral, "
                "p_positive, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [key, model_id, classifier, label, probs[0], probs[1], probs[2], utcnow()])


def add_run(con, source: str, started_at: str, status: str) -> None:
    con.execute("INSERT INTO ingest_runs (run_id, source, started_at, finished_at, status) VALUES (?, ?, ?, ?, ?)",
                [f"{source}-{started_at}-{status}", source, ts(started_at), ts(started_at), status])


def add_runs(con, source: str, days: list[str], status: str = "ok") -> None:
    for day in days:
        add_run(con, source, f"{day}T06:00:00", status)


def add_event(con, model_id: str, kind: str, occurred_at: str, source: str = "curated") -> None:
    con.execute("INSERT INTO release_events (event_id, model_id, kind, occurred_at, source, url, note) VALUES (?, ?, ?, ?, ?, NULL, NULL)",
                [f"{source}:{model_id}:{kind}", model_id, kind, ts(occurred_at), source])


def add_market(con, market_id: str, model_id: str, question: str, prices: list[tuple[str, float]]) -> None:
    con.execute("INSERT INTO markets (market_id, platform, question, outcome, status, model_id, event_kind, "
                "fetched_at) VALUES (?, ?, ?, 'Yes', 'open', ?, 'release', ?)",
                [market_id, market_id.split(":")[0], question, model_id, utcnow()])
    for at, probability in prices:
        con.execute("INSERT INTO market_prices VALUES (?, ?, ?, NULL, 'history')", [market_id, ts(at), probability])


def fallback_events_view(con) -> None:
    con.execute(PREFERRED_FALLBACK)


def add_comparison(con, doc_id: str, model_a: str, model_b: str, cue: str = "than") -> None:
    con.execute("INSERT INTO mention_pairs VALUES (?, ?, ?, 0, 10, ?)", [doc_id, model_a, model_b, cue])


def build_week(con) -> None:
    """A fortnight of r/OpenAI + r/ChatGPT + a blog around the GPT-5.5 release (2026-04-23), with a failed day."""
    fallback_events_view(con)
    add_runs(con, "reddit", ["2026-04-20", "2026-04-21", "2026-04-23"])
    add_run(con, "reddit", "2026-04-22T06:00:00", "failed")
    add_runs(con, "blogs", ["2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23"])
    add_doc(con, "r0", "2026-04-14T09:00:00", "positive", [("gpt-5.5", "explicit", 0)], upvotes=1)
    add_doc(con, "r1", "2026-04-20T10:00:00", "positive", [("gpt-5.5", "explicit", 0), ("gpt-5.4", "explicit", 30)],
            upvotes=9)
    add_doc(con, "r2", "2026-04-20T11:00:00", "negative", [("gpt-5.5", "explicit", 5)], upvotes=0)
    add_doc(con, "r3", "2026-04-20T12:00:00", "neutral", [("gpt-5.5", "thread_inherited", None)],
            community="ChatGPT", upvotes=3)
    add_doc(con, "r4", "2026-04-23T23:30:00-05:00", "negative", [("gpt-5.5", "explicit", 0)], upvotes=1)
    # Labelled only by an older classifier version, and a text the classifier could not label: both left out.
    add_doc(con, "r5", "2026-04-21T10:00:00", "positive", [("gpt-5.5", "explicit", 0)], classifier=OLD_CLF)
    add_doc(con, "r6", "2026-04-21T10:00:00", None, [("gpt-5.5", "explicit", 0)])
    add_doc(con, "b1", "2026-04-21T08:00:00", "positive", [("gpt-5.5", "explicit", 0)], source="blogs",
            community="Every", upvotes=None, probs=(0.05, 0.15, 0.8))
    add_event(con, "gpt-5.5", "released", "2026-04-23T17:00:00")
    add_event(con, "gpt-5.5", "released", "2026-04-24T09:00:00", source="official_feed")
    add_market(con, "polymarket:gpt-5-5-by-june-30", "gpt-5.5", "GPT-5.5 released by June 30, 2026?",
               [("2026-04-20T08:00:00", 0.90), ("2026-04-20T20:00:00", 0.969), ("2026-04-22T12:00:00", 0.97)])


LEADLAG_START = date(2026, 4, 1)
# The model's mean sentiment on days 0..19 (one post a day with p_positive - p_negative = the score).
SCORES = [0.2, -0.1, 0.35, 0.05, -0.4, 0.1, 0.6, 0.25, -0.2, 0.0,
          0.45, -0.3, 0.15, 0.7, -0.05, 0.3, -0.5, 0.1, 0.55, -0.15]
LEAD = 2  # the market moves two days after sentiment: p(day) = 0.5 + 0.1 * score(day - 2), days 2..21


def day(i: int) -> str:
    """The ISO date of day i of the lead-lag series."""
    return (LEADLAG_START + timedelta(days=i)).isoformat()


def probability(i: int) -> float:
    """The lead-lag market's last price of day i."""
    return round(0.5 + 0.1 * SCORES[i - LEAD], 4)


def build_leadlag(con) -> None:
    """gpt-5.5's daily sentiment on 2026-04-01..20, a market that follows it two days later, and a market with too
    few days to correlate."""
    fallback_events_view(con)
    add_runs(con, "reddit", [day(i) for i in range(len(SCORES))])
    for i, score in enumerate(SCORES):
        add_doc(con, f"d{i}", f"{day(i)}T12:00:00", "neutral", [("gpt-5.5", "explicit", 0)],
                probs=((1 - score) / 2, 0.0, (1 + score) / 2))
    add_market(con, "polymarket:gpt-5-5", "gpt-5.5", "GPT-5.5 by June?",
               # an earlier trade of each day is superseded by the day's last one
               [(f"{day(i)}T01:00:00", 0.01) for i in range(LEAD, len(SCORES) + LEAD)]
               + [(f"{day(i)}T22:00:00", probability(i)) for i in range(LEAD, len(SCORES) + LEAD)])
    # Only four days of prices (three changes): too few to correlate at any lag.
    add_market(con, "manifold:gpt-5-5", "gpt-5.5", "GPT-5.5 this month?",
               [(f"{day(i)}T12:00:00", 0.3 + 0.05 * i) for i in (3, 4, 5, 6)])
