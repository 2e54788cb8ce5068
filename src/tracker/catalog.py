"""The model catalog and mention linking: which models a text talks about, and which it compares."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import duckdb

from tracker.config import Config
from tracker.warehouse.database import UpsertResult, Warehouse, upsert

# Words that show a text is about a vendor; a bare "5.5" or a context alias ("o3") counts only then.
# The ambiguous words themselves ("Gemini", "Opus") are not cues, or they would vouch for themselves.
VENDOR_CUES: dict[str, tuple[str, ...]] = {
    "openai": ("OpenAI", "Open AI", "ChatGPT", "GPT", "Sam Altman", "Codex"),
    "anthropic": ("Anthropic", "Claude", "Dario Amodei"),
    "google": ("Google", "DeepMind", "AI Studio", "Vertex AI", "Bard"),
    "meta": ("Meta AI", "Llama", "Zuckerberg"),
    "xai": ("xAI", "Grok", "Elon"),
}

_SEP = r"[\s\-‐‑–]"
# A dotted version at the end of an alias ("GPT-5.5" -> "5.5") may be written bare in context.
_VERSION_TAIL = re.compile(r"^[A-Za-z][A-Za-z ]*?" + _SEP + r"*(\d+\.\d+)$")
# What may not follow a bare version: units, percentages, ratings, more version digits, "of <package>".
_BARE_AFTER = (
    r"(?![\w]|\.\d|\s*%|\s*[x×]\b|/\d|\s*out\s+of\b|\s+of\b|\s*(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|"
    r"weeks?|months?|years?|yrs?|km|kg|g|lbs?|miles?|mi|m|ft|feet|inches|cm|mm|gb|mb|tb|k|bn|million|billion|"
    r"percent|points?|pts|stars?|mph|kph|degrees?|ghz|mhz|volts?|usd|dollars?|eur|euros?|magnitude|richter|(?:earth)?quakes?)\b)"
)
# Words before a bare version that make it some other software's version or a score.
_BARE_BEFORE = re.compile(
    r"(?:version|ver\.?|v|release|python|pandas|numpy|node|ios|android|macos|windows|linux|kernel|ubuntu|php|java|"
    r"rated|rating|score|scored|chapter|section|level|grade|size|magnitude|ph|\$|€|£)\s*$",
    re.IGNORECASE,
)
_COMPARISON_CUES = (
    ("vs", re.compile(r"\b(?:vs\.?|versus|v\.)(?!\w)", re.IGNORECASE)),
    ("than", re.compile(r"\bthan\b", re.IGNORECASE)),
    ("compared", re.compile(r"\b(?:compared\s+(?:to|with)|comparison|against|over|instead\s+of|beats?|outperforms?)\b",
                            re.IGNORECASE)),
)


@dataclass(frozen=True)
class CatalogModel:
    id: str
    vendor: str
    family: str
    release_order: int | None
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    model_id: str
    position: int
    how: str = "explicit"
    end: int | None = field(default=None, compare=False)  # end of the matched text (comparison cues lie between)


@dataclass(frozen=True)
class Comparison:
    model_a: str  # named first
    model_b: str
    position_a: int
    position_b: int
    cue: str  # vs | than | compared | co_mention


@dataclass(frozen=True)
class TextMentions:
    mentions: list[Mention]
    comparisons: list[Comparison]


def _alias_pattern(alias: str) -> str:
    # "GPT-5.5" also matches "gpt 5.5", "gpt5.5", "GPT‑5.5" (non-breaking hyphen).
    parts = [re.escape(p) for p in re.split(_SEP + "+", alias.strip()) if p]
    return (_SEP + "*").join(parts)


def _alternation(groups: dict[str, str]) -> str:
    # Longest patterns first so "GPT-5.5 Pro" wins over "GPT-5.5".
    return "|".join(f"(?P<{g}>{p})" for g, p in sorted(groups.items(), key=lambda kv: len(kv[1]), reverse=True))


class Catalog:
    """Alias matching over the configured models.

    Explicit aliases always count. Context aliases (configured, plus the bare dotted version of each
    alias: "GPT-5.5" -> "5.5") count only when the text, its thread or its community is about the
    model's vendor, and a bare version never counts as a unit, score, other software's version or
    part of a longer number ("5.5 hours", "version 5.5 of pandas", "GPT-5.55").
    """

    def __init__(self, models: Sequence[CatalogModel]):
        self.models = list(models)
        self.vendor_of = {m.id: m.vendor for m in self.models}
        explicit: dict[str, str] = {}
        contextual: dict[str, str] = {}
        bare: dict[str, str] = {}
        self._group_model: dict[str, str] = {}
        self._bare_models: dict[str, list[str]] = {}
        for i, model in enumerate(self.models):
            # The id is an alias too, unless it is itself ambiguous and listed among the context aliases.
            ids = set() if model.id.lower() in {a.lower() for a in model.context_aliases} else {model.id}
            for j, alias in enumerate(sorted({*ids, *model.aliases}, key=len, reverse=True)):
                explicit[f"e{i}_{j}"] = _alias_pattern(alias)
                self._group_model[f"e{i}_{j}"] = model.id
            for j, alias in enumerate(sorted(set(model.context_aliases), key=len, reverse=True)):
                contextual[f"c{i}_{j}"] = _alias_pattern(alias)
                self._group_model[f"c{i}_{j}"] = model.id
            versions = {m.group(1) for a in (model.id, *model.aliases) if (m := _VERSION_TAIL.match(a.strip()))}
            for version in versions:
                self._bare_models.setdefault(version, []).append(model.id)
        for k, version in enumerate(sorted(self._bare_models, key=len, reverse=True)):
            bare[f"b{k}"] = re.escape(version)
            self._group_model[f"b{k}"] = version  # resolved to a model by vendor context
        edge_before, edge_after = r"(?<![\w.])", r"(?![\w]|\.\d)"
        self._explicit = re.compile(f"{edge_before}(?:{_alternation(explicit)}){edge_after}", re.I) if explicit else None
        self._contextual = re.compile(f"{edge_before}(?:{_alternation(contextual)}){edge_after}", re.I) if contextual else None
        self._bare = re.compile(r"(?<![\w.$€£#/\-+])(?:" + _alternation(bare) + ")" + _BARE_AFTER, re.I) if bare else None
        self._cues = {
            vendor: re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(c) for c in (vendor, *VENDOR_CUES.get(vendor, ()))) + ")",
                               re.I)
            for vendor in {m.vendor for m in self.models}
        }

    @classmethod
    def from_config(cls, cfg: Config) -> Catalog:
        return cls([CatalogModel(m.id, m.vendor, m.family, m.release_order, tuple(m.aliases), tuple(m.context_aliases))
                    for m in cfg.models])

    # ------------------------------------------------------------ matching

    def _explicit_spans(self, text: str) -> list[tuple[str, int, int]]:
        if not text or self._explicit is None:
            return []
        return [(self._group_model[m.lastgroup], m.start(), m.end()) for m in self._explicit.finditer(text)]

    def vendors_in(self, text: str | None) -> set[str]:
        """Vendors a text is about: a vendor cue, or an explicit alias of one of its models."""
        if not text:
            return set()
        found = {vendor for vendor, cue in self._cues.items() if cue.search(text)}
        found.update(self.vendor_of[model_id] for model_id, _, _ in self._explicit_spans(text))
        return found

    def analyze(self, text: str | None, context: str | None = None) -> TextMentions:
        """Mentions in ``text`` (one per model, at its first position) and the comparisons among them.

        ``context`` is text around it that tells which vendor it is about (its thread, its community)."""
        if not text:
            return TextMentions([], [])
        first: dict[str, tuple[int, int]] = {}
        for model_id, start, end in self.spans(text, context):
            first.setdefault(model_id, (start, end))
        mentions = [Mention(m, s, "explicit", e) for m, (s, e) in sorted(first.items(), key=lambda kv: kv[1][0])]
        return TextMentions(mentions, _comparisons(text, mentions))

    def spans(self, text: str | None, context: str | None = None) -> list[tuple[str, int, int]]:
        """Every occurrence of a model in ``text`` as (model_id, start, end), in text order."""
        if not text:
            return []
        spans = self._explicit_spans(text)
        taken = [(s, e) for _, s, e in spans]
        vendors: set[str] | None = None

        def about() -> set[str]:
            nonlocal vendors
            if vendors is None:
                vendors = self.vendors_in(text) | self.vendors_in(context)
            return vendors

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        if self._contextual is not None:
            for match in self._contextual.finditer(text):
                model_id = self._group_model[match.lastgroup]
                if free(match.start(), match.end()) and self.vendor_of[model_id] in about():
                    spans.append((model_id, match.start(), match.end()))
        if self._bare is not None:
            for match in self._bare.finditer(text):
                if not free(match.start(), match.end()) or _BARE_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
                    continue
                candidates = [m for m in self._bare_models[self._group_model[match.lastgroup]] if self.vendor_of[m] in about()]
                if len(candidates) == 1:  # a version two vendors share stays unlinked
                    spans.append((candidates[0], match.start(), match.end()))
        return sorted(spans, key=lambda s: s[1])

    def find(self, text: str | None, context: str | None = None) -> list[Mention]:
        """Mentions in ``text``, one per model, at its first position."""
        return self.analyze(text, context).mentions


def comparison_cue(between: str) -> str:
    """The comparison word in the text between two model names, or 'co_mention' when there is none."""
    return next((name for name, pattern in _COMPARISON_CUES if pattern.search(between)), "co_mention")


def _comparisons(text: str, mentions: list[Mention]) -> list[Comparison]:
    """Every pair of models a text names, with the comparison word between them when there is one."""
    out = []
    for i, a in enumerate(mentions):
        for b in mentions[i + 1:]:
            between = text[(a.end if a.end is not None else a.position):b.position]
            cue = comparison_cue(between)
            out.append(Comparison(a.model_id, b.model_id, a.position, b.position, cue))
    return out


def sync_catalog(warehouse: Warehouse, cfg: Config, stats) -> None:
    """Stage: mirror the configured catalog into the `models` table."""
    rows = [
        {"model_id": m.id, "vendor": m.vendor, "family": m.family, "release_order": m.release_order,
         "aliases": list(m.aliases) + list(m.context_aliases)}
        for m in cfg.models
    ]
    stats.fetched = len(rows)
    with warehouse.write() as con:
        stats.add(upsert(con, "models", rows, ["model_id"]))


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def link_mentions(con: duckdb.DuckDBPyConnection, catalog: Catalog, doc_ids: Iterable[str]) -> UpsertResult:
    """Compute the mentions and comparisons of stored documents (inside the caller's write transaction).

    A document's context is its community and its thread's submission, so a bare "5.5" in a comment
    under a GPT-5.5 thread counts. A comment that names no model inherits its thread's mentions
    (how = 'thread_inherited'). Rows a document no longer supports are removed, so re-linking an edited
    text leaves exactly its current mentions."""
    ids = list(dict.fromkeys(doc_ids))
    if not ids:
        return UpsertResult()
    rows = con.execute(
        "SELECT doc_id, title, body, thread_id, community FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    ).fetchall()
    docs = {r[0]: r for r in rows}
    thread_ids = sorted({r[3] for r in rows if r[3] and r[3] != r[0] and r[3] not in docs})
    threads = dict(docs)
    if thread_ids:
        for r in con.execute(
            "SELECT doc_id, title, body, thread_id, community FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [thread_ids],
        ).fetchall():
            threads[r[0]] = r
    thread_mentions: dict[str, list[Mention]] = {}

    def mentions_of_thread(thread_id: str) -> list[Mention]:
        if thread_id not in thread_mentions:
            t = threads.get(thread_id)
            thread_mentions[thread_id] = catalog.find(_join(t[1], t[2]), t[4]) if t else []
        return thread_mentions[thread_id]

    mention_rows, comparison_rows = [], []
    for doc_id, title, body, thread_id, community in rows:
        thread = threads.get(thread_id) if thread_id and thread_id != doc_id else None
        context = _join(community, thread[4] if thread else None, thread[1] if thread else None, thread[2] if thread else None)
        found = catalog.analyze(_join(title, body), context)
        compared = {m for c in found.comparisons for m in (c.model_a, c.model_b)}
        mentions = found.mentions
        if not mentions and thread is not None:
            mentions = [Mention(m.model_id, -1, "thread_inherited") for m in mentions_of_thread(thread_id)]
        mention_rows.extend(
            {"doc_id": doc_id, "model_id": m.model_id, "how": m.how, "position": m.position if m.position >= 0 else None,
             "comparison": m.model_id in compared}
            for m in mentions
        )
        comparison_rows.extend(
            {"doc_id": doc_id, "model_a": c.model_a, "model_b": c.model_b, "position_a": c.position_a,
             "position_b": c.position_b, "cue": c.cue}
            for c in found.comparisons
        )
    linked = [doc_id for doc_id, *_ in rows]
    _delete_stale(con, "mentions", ("model_id",), linked, mention_rows)
    _delete_stale(con, "mention_pairs", ("model_a", "model_b"), linked, comparison_rows)
    result = upsert(con, "mentions", mention_rows, ["doc_id", "model_id"])
    upsert(con, "mention_pairs", comparison_rows, ["doc_id", "model_a", "model_b"])
    return result


def _delete_stale(con: duckdb.DuckDBPyConnection, table: str, cols: tuple[str, ...], doc_ids: list[str],
                  keep: list[dict]) -> None:
    if not doc_ids:
        return
    key_sql = " || chr(0) || ".join(("doc_id", *cols))
    keys = ["\x00".join(str(r[c]) for c in ("doc_id", *cols)) for r in keep]
    con.execute(
        f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) AND NOT list_contains(?::VARCHAR[], {key_sql})",
        [doc_ids, keys],
    )
