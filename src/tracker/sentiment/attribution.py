"""Per-mention sentiment: which passages of a document talk about which model, scored with that model as target.

For every document the catalog links to models:

- a model the text names gets the sentence(s) naming it (`explicit`), or `comparison` when it is named in a
  comparison ("5.5 vs 5.4", "worse than 5.4") or only as the yardstick;
- a comment that names no model, or names other models only as the yardstick ("underwhelming compared to 5.4"
  under a GPT-5.5 thread), is about its thread's subject: the nearest ancestor comment that names a model as
  more than a yardstick, else the submission's model. That subject is scored as the implicit target
  (`thread_subject`) on ``"<display name>: <text>"`` with the span on the prefix;
- an article gives each model the passages naming it, weighted by their length, and when the article is about
  one model (named in its title, else named most often) the passages that name no model count for it too;
- a passage in a sentence that Reddit's sarcasm tag "/s" ends is flagged `sarcastic`: `scored_mentions` reads its
  negative and positive probabilities the other way round (the classifier reads "Wow, 5.5 is sooo much better. /s"
  as praise). A short text scored whole is flagged when any of its sentences is.

Passages are stored in `mention_passages` (one row per document, model and passage, with the scored input);
scores in `mention_sentiment`, keyed by (hash of the scored input, model, target scorer version), so a re-run
scores only inputs it has not seen. Placeholders (`[removed]`, `[deleted]`), empty and non-English texts get no
passages and so no score.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tracker.catalog import Catalog, comparison_cue
from tracker.config import Config
from tracker.sentiment.text import (LABELS, is_call_to_action, is_placeholder, label_index, sarcastic_ranges,
                                   sentence_bounds, text_problem, yardstick_cue)
from tracker.warehouse.database import Warehouse, upsert, utcnow

log = logging.getLogger("tracker.sentiment.attribution")

SHORT_TEXT = 1200  # characters: a text this short is given whole to the scorer (the span marks the passage)
SCORE_BATCH = 512  # scored inputs per write transaction


@dataclass(frozen=True)
class Target:
    model_id: str
    how: str  # explicit | comparison | thread_subject
    text: str  # the scored input
    start: int  # span of the target in `text`
    end: int
    weight: float  # characters of the passage it stands for
    sarcastic: bool = False  # the passage carries Reddit's "/s" tag: its verdict is the reverse of how it reads

    @property
    def input_hash(self) -> str:
        return hashlib.sha256(f"{self.start}:{self.end}\x00{self.text}".encode()).hexdigest()


def display_names(cfg: Config) -> dict[str, str]:
    """How a model is written when it is the implicit target: its first alias ("GPT-5.5"), else its id."""
    return {m.id: (m.aliases[0] if m.aliases else m.id) for m in cfg.models}


def _roles(text: str, spans: Sequence[tuple[str, int, int]]) -> dict[str, str]:
    """model -> 'subject' when some sentence names it as more than a yardstick, else 'yardstick'."""
    bounds = sentence_bounds(text)
    roles: dict[str, str] = {}
    for model_id, start, _ in spans:
        sentence_start = next((s for s, e in bounds if s <= start < e), 0)
        role = "yardstick" if yardstick_cue(text[sentence_start:start]) else "subject"
        if roles.get(model_id) != "subject":
            roles[model_id] = role
    return roles


def own_subject(text: str | None, spans: Sequence[tuple[str, int, int]]) -> str | None:
    """The model a text is about by itself: the first it names as more than a yardstick."""
    if not text or not spans:
        return None
    roles = _roles(text, spans)
    return next((m for m, _, _ in spans if roles[m] == "subject"), None)


def article_subject(title: str | None, body_spans: Sequence[tuple[str, int, int]], title_spans) -> str | None:
    """An article's model: the one its title is about, else the one it names most often (a tie: none)."""
    if title_spans:
        return own_subject(title, title_spans) or title_spans[0][0]
    counts: dict[str, int] = {}
    for model_id, _, _ in body_spans:
        counts[model_id] = counts.get(model_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def attribute(text: str | None, spans: Sequence[tuple[str, int, int]], subject: str | None,
              display: dict[str, str], *, article: bool = False) -> list[Target]:
    """The scored inputs of one document text: one Target per passage and model (pure; see the module docstring).

    `spans` are the catalog's model occurrences in `text`; `subject` is the thread's (or article's) model."""
    if text is None or text_problem(text) is not None:
        return []
    spans = sorted(spans, key=lambda s: s[1])
    bounds = sentence_bounds(text) or [(0, len(text))]
    roles = _roles(text, spans)
    compared = {m for m, r in roles.items() if r == "yardstick"}
    named = list(dict.fromkeys(m for m, _, _ in spans))
    sentence_of = {start: next((k for k, (s, e) in enumerate(bounds) if s <= start < e), -1) for _, start, _ in spans}
    for i, a in enumerate(spans):  # "5.5 vs 5.4", "5.5 codes better than 5.4": both sides of one sentence compared
        for b in spans[i + 1:]:
            if (a[0] != b[0] and sentence_of[a[1]] == sentence_of[b[1]]
                    and comparison_cue(text[a[2]:b[1]]) != "co_mention"):
                compared.update((a[0], b[0]))
    short = len(text) <= SHORT_TEXT
    sarcasm = sarcastic_ranges(text)

    def sarcastic(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in sarcasm)

    targets: list[Target] = []
    for model_id in named:
        how = "comparison" if model_id in compared else "explicit"
        seen_sentences = set()
        for m, start, end in spans:
            if m != model_id:
                continue
            s, e = next(((s, e) for s, e in bounds if s <= start < e), (0, len(text)))
            if (s, e) in seen_sentences:
                continue
            seen_sentences.add((s, e))
            if not short and text_problem(text[s:e]) is not None:  # a quoted passage in another language
                continue
            flag = sarcastic(s, e)
            if short:
                targets.append(Target(model_id, how, text, start, end, float(e - s), flag))
            else:
                targets.append(Target(model_id, how, text[s:e], start - s, min(end, e) - s, float(e - s), flag))
    if subject is None or subject in roles and roles[subject] == "subject":
        implicit = subject is not None and article  # an article about one model: its unnamed passages too
    else:
        implicit = all(r == "yardstick" for r in roles.values())  # no model named, or others only as yardsticks
    if implicit and subject is not None:
        name = display.get(subject, subject)
        if short and not article:
            targets.append(Target(subject, "thread_subject", f"{name}: {text}", 0, len(name), float(len(text)),
                                  sarcastic(0, len(text))))
        else:
            occupied = {(s, e) for s, e in bounds for _, start, _ in spans if s <= start < e}
            for s, e in bounds:
                if (s, e) in occupied or len(text[s:e].split()) < 5 or text_problem(text[s:e]) is not None \
                        or is_call_to_action(text[s:e]):
                    continue  # headings, asides and calls to subscribe say little; another language is not read
                targets.append(Target(subject, "thread_subject", f"{name}: {text[s:e]}", 0, len(name), float(e - s),
                                      sarcastic(s, e)))
    return targets


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def document_text(title: str | None, body: str | None) -> str:
    """The text attribution reads: title and body as the classifier sees them, a placeholder body left out."""
    body = None if is_placeholder(body) else body
    return "\n\n".join(p for p in (title, body) if p)


# ------------------------------------------------------------------------------------------------ the stage


def _documents(con, where: str, params: list) -> dict[str, tuple]:
    rows = con.execute(
        "SELECT doc_id, kind, title, body, parent_id, thread_id, community, content_hash FROM documents " + where,
        params,
    ).fetchall()
    return {r[0]: r for r in rows}


def attribute_documents(con, catalog: Catalog, display: dict[str, str], doc_ids: Iterable[str]) -> int:
    """Recompute the passages of these documents (inside the caller's write transaction); returns passages written."""
    ids = list(dict.fromkeys(doc_ids))
    if not ids:
        return 0
    docs = _documents(con, "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    thread_ids = sorted({d[5] for d in docs.values() if d[5]})
    family = _documents(con, "WHERE thread_id IN (SELECT unnest(?::VARCHAR[])) OR doc_id IN (SELECT unnest(?::VARCHAR[]))",
                        [thread_ids, thread_ids]) if thread_ids else {}
    family.update(docs)
    spans_memo: dict[str, tuple[str, list]] = {}

    def text_and_spans(doc_id: str) -> tuple[str, list]:
        if doc_id not in spans_memo:
            d = family[doc_id]
            thread = family.get(d[5]) if d[5] and d[5] != doc_id else None
            context = _join(d[6], thread[2] if thread else None, thread[3] if thread else None)
            text = document_text(d[2], d[3])
            spans_memo[doc_id] = (text, catalog.spans(text, context))
        return spans_memo[doc_id]

    subject_memo: dict[str, str | None] = {}

    def subject_of(doc_id: str, depth: int = 0) -> str | None:
        """The model a document's thread is about at this document (through its parents to the submission)."""
        if doc_id in subject_memo:
            return subject_memo[doc_id]
        d = family.get(doc_id)
        subject = None
        if d is not None and depth < 200:
            text, spans = text_and_spans(doc_id)
            if d[1] == "comment":
                subject = own_subject(text, spans)
                parent = d[4] if d[4] in family else d[5]
                if subject is None and parent and parent != doc_id:
                    subject = subject_of(parent, depth + 1)
            else:
                title_spans = catalog.spans(d[2] or "", d[6]) if d[2] else []
                subject = article_subject(d[2], spans, title_spans)
        subject_memo[doc_id] = subject
        return subject

    rows, now = [], utcnow()
    for doc_id, d in docs.items():
        text, spans = text_and_spans(doc_id)
        if d[1] == "comment":
            parent = d[4] if d[4] in family else d[5]
            subject = subject_of(parent) if parent and parent != doc_id else None
        else:
            subject = subject_of(doc_id)
        targets = attribute(text, spans, subject, display, article=d[1] != "comment")
        rows.extend({"doc_id": doc_id, "model_id": t.model_id, "passage": i, "how": t.how, "input_hash": t.input_hash,
                     "weight": t.weight, "target_text": t.text, "span_start": t.start, "span_end": t.end,
                     "sarcastic": t.sarcastic, "doc_hash": d[7], "attributed_at": now}
                    for i, t in enumerate(targets))
    con.execute("DELETE FROM mention_passages WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    upsert(con, "mention_passages", rows, ["doc_id", "model_id", "passage"])
    upsert(con, "attributed_documents",
           [{"doc_id": doc_id, "doc_hash": d[7], "n_passages": sum(1 for r in rows if r["doc_id"] == doc_id),
             "attributed_at": now} for doc_id, d in docs.items()], ["doc_id"])
    return len(rows)


def stale_documents(con) -> list[str]:
    """Documents whose text changed since they were attributed, or that never were."""
    return [r[0] for r in con.execute(
        "SELECT d.doc_id FROM documents d LEFT JOIN attributed_documents a USING (doc_id) "
        "WHERE a.doc_hash IS DISTINCT FROM d.content_hash ORDER BY d.doc_id").fetchall()]


def unscored(con, version: str) -> list[tuple[str, str, str, int, int]]:
    """(input_hash, model_id, text, start, end) of passages without a score from this target scorer version."""
    return con.execute(
        """
        SELECT p.input_hash, p.model_id, any_value(p.target_text), any_value(p.span_start), any_value(p.span_end)
        FROM mention_passages p
        WHERE NOT EXISTS (SELECT 1 FROM mention_sentiment s
                          WHERE s.input_hash = p.input_hash AND s.model_id = p.model_id AND s.classifier = ?)
        GROUP BY p.input_hash, p.model_id
        ORDER BY p.input_hash, p.model_id
        """,
        [version],
    ).fetchall()


def label_of(p: Sequence[float]) -> str:
    """The label of [neg, neu, pos] probabilities; an exact tie of negative and positive is neutral."""
    return LABELS[label_index(p)]


def score_mentions(warehouse: Warehouse, cfg: Config, stats, *, threads: int | None = None) -> None:
    """Attribute new or changed documents, then score every passage the configured target scorer has not scored."""
    from tracker.sentiment.targets import load_target_classifier, target_classifier_version

    catalog, display = Catalog.from_config(cfg), display_names(cfg)
    with warehouse.read() as con:
        stale = stale_documents(con)
    for start in range(0, len(stale), 2000):
        with warehouse.write() as con:
            attribute_documents(con, catalog, display, stale[start:start + 2000])
    version = target_classifier_version(cfg)
    with warehouse.read() as con:
        todo = unscored(con, version)
    stats.fetched += len(todo)
    log.info("attribution: %d documents attributed, %d passages to score with %s", len(stale), len(todo), version)
    if not todo:
        return
    scorer = load_target_classifier(cfg, threads)
    todo.sort(key=lambda r: len(r[2]))
    for start in range(0, len(todo), SCORE_BATCH):
        batch = todo[start:start + SCORE_BATCH]
        try:
            probs = scorer.predict_proba([(text, s, e) for _, _, text, s, e in batch])
        except Exception as exc:  # one bad batch must not lose the others
            stats.error(f"score mentions batch at {start}: {type(exc).__name__}: {exc}")
            continue
        now = utcnow()
        ironic = getattr(scorer, "last_ironic", None) or [False] * len(batch)  # set by the irony check
        p_ironic = getattr(scorer, "last_p_ironic", None) or [None] * len(batch)
        rows = [{"input_hash": h, "model_id": m, "classifier": version, "label": label_of(p),
                 "p_negative": float(p[0]), "p_neutral": float(p[1]), "p_positive": float(p[2]), "scored_at": now,
                 "ironic": bool(flag), "p_ironic": None if pi is None or pi != pi else round(float(pi), 6)}
                for (h, m, _, _, _), p, flag, pi in zip(batch, probs, ironic, p_ironic, strict=True)]
        with warehouse.write() as con:
            stats.add(upsert(con, "mention_sentiment", rows, ["input_hash", "model_id", "classifier"]))


def label_stage(warehouse: Warehouse, cfg: Config, stats, **_clients) -> None:
    """The `label` stage: whole-text labels for every new text, then per-mention scores."""
    from tracker.sentiment.classify import label_documents

    label_documents(warehouse, cfg, stats)
    score_mentions(warehouse, cfg, stats)
