"""The release radar: model names in stored documents that the catalog does not know, and release moments.

- `Patterns` reads radar_patterns.yaml (plus a user's file) and finds model-like names in a text, normalised to
  one candidate id per model ("GPT 5.6", "gpt5.6", "GPT-5.6 Pro" -> 'gpt-5.6', variant 'pro'), with whether a
  release word shares its sentence. Pure; `scan_documents` stores what it finds per document in
  `candidate_mentions` (only documents whose text or the patterns changed are scanned again). Source-agnostic:
  every row of `documents` is read the same way, whatever its source.
- The views `name_daily` and `model_candidates` (sql/views/031, 032) aggregate them; names in `catalog_names`
  (the catalog in the same normal form) are tracked models, the rest are candidates.
- `propose_events` turns evidence already in the warehouse into `release_events` rows with status 'proposed':
  an official feed item naming the model with a release word, a release market resolving Yes whose question names
  it, a day when its mentions spike with release words. A person confirms or dismisses them (`tracker events`).
- `link_new_model` links the stored documents to a model just added to the catalog (`tracker models add`):
  mentions, passages and per-mention scores for the documents that name it and their threads, then the views.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tracker.catalog import Catalog, link_mentions, sync_catalog
from tracker.config import Config
from tracker.sources.blogs import DEPRECATED, RETIRED
from tracker.warehouse.database import Warehouse, text_for_classifier, upsert, utcnow
from tracker.warehouse.runs import RunStats

log = logging.getLogger("tracker.analysis.radar")

BUNDLED_PATTERNS = "radar_patterns.yaml"
SCAN_BATCH = 5000  # documents per read + write transaction
EXCERPT_CHARS = 280
_GROUP = re.compile(r"\(\?P<(\w+)>")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_SEPARATORS = re.compile(r"[\s\-‐‑–_]+")
EDGE_BEFORE, EDGE_AFTER = r"(?<![\w.])", r"(?![\w]|\.\d)"


class PatternError(ValueError):
    """A radar pattern file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Family:
    family: str
    vendor: str
    pattern: str
    id_template: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class NameMatch:
    candidate_id: str
    family: str
    vendor: str
    variant: str | None
    surface: str  # the name as written, without its variant
    start: int
    end: int
    release_words: bool


@dataclass
class DocumentNames:
    """What one document says of one candidate."""
    candidate_id: str
    family: str
    vendor: str
    surface: str
    position: int
    excerpt: str
    variants: list[str] = field(default_factory=list)
    n_occurrences: int = 0
    release_words: bool = False


def _norm_part(value: str | None) -> str:
    return _SEPARATORS.sub("-", (value or "").strip().lower()).strip("-")


def _norm_version(value: str) -> str:
    value = value.strip().lower()
    return value[:-2] if value.endswith(".0") else value


def _read_pattern_file(path: Path | Any, label: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PatternError(f"{label}: cannot read patterns ({type(exc).__name__}: {exc})") from None
    if not isinstance(data, dict):
        raise PatternError(f"{label}: expected a mapping with 'families' and 'release_words'")
    return data


def _families(data: dict[str, Any], label: str) -> list[Family]:
    out = []
    for i, entry in enumerate(data.get("families") or []):
        if not isinstance(entry, dict):
            raise PatternError(f"{label}: families[{i}] is not a mapping")
        unknown = sorted(set(entry) - {"family", "vendor", "pattern", "id", "case_sensitive"})
        if unknown:
            raise PatternError(f"{label}: families[{i}]: unknown keys {unknown}")
        missing = [k for k in ("family", "vendor", "pattern", "id") if not entry.get(k)]
        if missing:
            raise PatternError(f"{label}: families[{i}]: missing {missing}")
        try:
            compiled = re.compile(entry["pattern"])
        except re.error as exc:
            raise PatternError(f"{label}: families[{i}] ({entry['family']}): bad pattern: {exc}") from None
        if "version" not in compiled.groupindex:
            raise PatternError(f"{label}: families[{i}] ({entry['family']}): the pattern needs a (?P<version>…) group")
        out.append(Family(str(entry["family"]), str(entry["vendor"]), entry["pattern"], str(entry["id"]),
                          bool(entry.get("case_sensitive", False))))
    return out


class Patterns:
    """The radar's name patterns, compiled into one alternation (one pass over a text finds every family)."""

    def __init__(self, families: Sequence[Family], release_words: Sequence[str], version: str):
        self.families = list(families)
        self.release_words = list(release_words)
        self.version = version
        parts = []
        for i, fam in enumerate(self.families):
            # [\s\-] also takes the Unicode hyphens people paste ("GPT‑5.6" with a non-breaking hyphen)
            body = _GROUP.sub(lambda m, i=i: f"(?P<f{i}_{m.group(1)}>", fam.pattern).replace(r"[\s\-]", "[\\s\\-‐‑–]")
            if fam.case_sensitive:
                body = f"(?-i:{body})"
            parts.append(f"(?P<f{i}>{body})")
        alternation = "|".join(parts) if parts else "(?!)"
        # each family's own groups (short name, group name in the alternation): read only those per match
        self._family_of = {f"f{i}": i for i in range(len(self.families))}
        self._groups = [[(g, f"f{i}_{g}") for g in re.compile(fam.pattern).groupindex] for i, fam in enumerate(self.families)]
        self._names = re.compile(f"{EDGE_BEFORE}(?:{alternation}){EDGE_AFTER}", re.IGNORECASE)
        words = sorted((w.strip() for w in self.release_words if w.strip()), key=len, reverse=True)
        # "now available" also matches "now-available" and line-broken spellings
        alternation = "|".join(r"[\s\-]+".join(re.escape(p) for p in w.split()) for w in words)
        self._release = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE) if words else None

    @classmethod
    def load(cls, cfg: Config | None = None) -> Patterns:
        """The bundled patterns plus the user's [radar] patterns_file (same shape; a family of the same name wins)."""
        bundled = resources.files("tracker") / BUNDLED_PATTERNS
        data = _read_pattern_file(bundled, BUNDLED_PATTERNS)
        families = {f.family: f for f in _families(data, BUNDLED_PATTERNS)}
        words = list(data.get("release_words") or [])
        texts = [str(data.get("version", "")), bundled.read_text(encoding="utf-8")]
        if cfg is not None and cfg.radar.patterns_file:
            path = cfg.resolve(cfg.radar.patterns_file)
            extra = _read_pattern_file(path, str(path))
            for fam in _families(extra, str(path)):
                families[fam.family] = fam
            words += [w for w in extra.get("release_words") or [] if w not in words]
            texts.append(path.read_text(encoding="utf-8"))
        version = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:12]
        return cls(list(families.values()), [str(w) for w in words], version)

    # ------------------------------------------------------------------ matching (pure)

    def _candidate(self, match: re.Match[str]) -> tuple[Family, str, str | None] | None:
        i = self._family_of[match.lastgroup]
        fam = self.families[i]
        groups = {short: match.group(full) for short, full in self._groups[i]}
        version = groups.get("version") or groups.get("version2")
        if version is None:
            return None
        values = {"version": _norm_version(version), "tier": _norm_part(groups.get("tier") or groups.get("tier2"))}
        try:
            candidate = fam.id_template.format(**values)
        except (KeyError, IndexError):
            return None
        variant = _norm_part(groups.get("variant")) or None
        return fam, candidate.lower(), variant

    def find(self, text: str | None) -> list[NameMatch]:
        """Every model-like name in `text`, in text order."""
        if not text:
            return []
        found = []
        release_at: list[int] | None = None
        breaks: list[int] | None = None
        for match in self._names.finditer(text):
            parsed = self._candidate(match)
            if parsed is None:
                continue
            fam, candidate, variant = parsed
            surface = match.group(0)
            if variant:  # the name without its variant: "GPT 5.6 Pro" -> "GPT 5.6"
                i = self.families.index(fam)
                surface = text[match.start():match.start(f"f{i}_variant")].rstrip(" \t-‐‑–")
            if release_at is None:
                release_at = [m.start() for m in self._release.finditer(text)] if self._release else []
                breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
            s, e = _sentence(breaks, match.start(), len(text))
            k = bisect.bisect_left(release_at, s)
            released = k < len(release_at) and release_at[k] < e
            found.append(NameMatch(candidate, fam.family, fam.vendor, variant, surface, match.start(),
                                   match.end(), released))
        return found

    def normalise(self, name: str) -> str | None:
        """The candidate id of a whole name ("GPT 5.6 Pro" -> 'gpt-5.6'); None when it is not a model-like name."""
        matches = self.find(name)
        return matches[0].candidate_id if matches else None

    def per_document(self, text: str | None) -> list[DocumentNames]:
        """One row per candidate a text names: first spelling and position, variants, occurrences, release words."""
        rows: dict[str, DocumentNames] = {}
        breaks: list[int] | None = None
        for m in self.find(text):
            row = rows.get(m.candidate_id)
            if row is None:
                if breaks is None:
                    breaks = [b.start() for b in _SENTENCE_BREAK.finditer(text)]
                row = rows[m.candidate_id] = DocumentNames(m.candidate_id, m.family, m.vendor, m.surface, m.start,
                                                           _excerpt(text, m.start, breaks))
            row.n_occurrences += 1
            row.release_words = row.release_words or m.release_words
            if m.variant and m.variant not in row.variants:
                row.variants.append(m.variant)
        return list(rows.values())


def _sentence(breaks: list[int] | None, position: int, length: int) -> tuple[int, int]:
    breaks = breaks or []
    k = bisect.bisect_right(breaks, position)
    return (breaks[k - 1] if k else 0), (breaks[k] if k < len(breaks) else length)


def _excerpt(text: str, position: int, breaks: list[int]) -> str:
    s, e = _sentence(breaks, position, len(text))
    piece = " ".join(text[s:e].split())
    return piece if len(piece) <= EXCERPT_CHARS else piece[:EXCERPT_CHARS - 1] + "…"


def catalog_names(cfg: Config, patterns: Patterns) -> dict[str, str]:
    """name_id -> model_id for every catalog model: its id, and each alias that is one whole model-like name
    ("GPT-5.5 Pro" -> 'gpt-5.5'; "Claude Opus" names no version and is left out)."""
    out: dict[str, str] = {}
    for model in cfg.models:
        out.setdefault(model.id.lower(), model.id)
        for alias in (model.id, *model.aliases):
            found = patterns.find(alias.strip())
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(alias.strip()):
                out.setdefault(found[0].candidate_id, model.id)
    return out


# ------------------------------------------------------------------------------------------------ the scan


def _write_catalog_names(con, cfg: Config, patterns: Patterns) -> None:
    names = catalog_names(cfg, patterns)
    con.execute("DELETE FROM catalog_names")
    if names:
        con.executemany("INSERT INTO catalog_names VALUES (?, ?)", sorted(names.items()))


def unscanned(con, version: str) -> list[str]:
    """Documents never scanned, changed since, or scanned with other patterns."""
    return [r[0] for r in con.execute(
        "SELECT d.doc_id FROM documents d LEFT JOIN candidate_scans s USING (doc_id) "
        "WHERE s.doc_hash IS DISTINCT FROM d.content_hash OR s.patterns_version IS DISTINCT FROM ? ORDER BY d.doc_id",
        [version]).fetchall()]


def scan_rows(patterns: Patterns, docs: Iterable[tuple[str, str | None, str | None]]) -> tuple[list[dict], dict[str, int]]:
    """(candidate_mentions rows, names per doc) for (doc_id, title, body) triples (pure)."""
    rows, counts = [], {}
    for doc_id, title, body in docs:
        found = patterns.per_document(text_for_classifier(title, body))
        counts[doc_id] = len(found)
        rows.extend({"doc_id": doc_id, "candidate_id": n.candidate_id, "family": n.family, "vendor": n.vendor,
                     "surface": n.surface, "variants": n.variants, "position": n.position,
                     "n_occurrences": n.n_occurrences, "release_words": n.release_words, "excerpt": n.excerpt}
                    for n in found)
    return rows, counts


def scan_documents(warehouse: Warehouse, cfg: Config, patterns: Patterns | None = None) -> int:
    """Scan new and changed documents for model names; returns documents scanned."""
    patterns = patterns or Patterns.load(cfg)
    with warehouse.write() as con:
        _write_catalog_names(con, cfg, patterns)
    with warehouse.read() as con:
        todo = unscanned(con, patterns.version)
    for start in range(0, len(todo), SCAN_BATCH):
        ids = todo[start:start + SCAN_BATCH]
        with warehouse.write() as con:
            docs = con.execute("SELECT doc_id, title, body, content_hash FROM documents "
                               "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
            rows, counts = scan_rows(patterns, [(d[0], d[1], d[2]) for d in docs])
            con.execute("DELETE FROM candidate_mentions WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            upsert(con, "candidate_mentions", rows, ["doc_id", "candidate_id"])
            now = utcnow()
            upsert(con, "candidate_scans", [{"doc_id": d[0], "doc_hash": d[3], "patterns_version": patterns.version,
                                             "n_names": counts[d[0]], "scanned_at": now} for d in docs], ["doc_id"])
    return len(todo)


# ------------------------------------------------------------------------------------------------ proposals

def _official_feed_urls(cfg: Config) -> list[str]:
    return [f.url for f in cfg.blogs.feeds if f.official] + [p.url for p in cfg.blogs.index_pages if p.official]


def _names_without_release(con) -> dict[str, str]:
    """name_id -> model_id (the catalog model, else the candidate id itself) of every name seen that has no
    release event yet other than proposed or dismissed ones (a dismissed proposal is not proposed again)."""
    rows = con.execute(
        """
        SELECT DISTINCT c.candidate_id, coalesce(n.model_id, c.candidate_id) AS model_id
        FROM candidate_mentions c LEFT JOIN catalog_names n ON n.name_id = c.candidate_id
        WHERE NOT EXISTS (SELECT 1 FROM release_events e
                          WHERE e.model_id = coalesce(n.model_id, c.candidate_id) AND e.kind = 'released'
                            AND e.status = 'confirmed')
        ORDER BY 1
        """).fetchall()
    return dict(rows)


def spike_evidence(daily: Sequence[tuple[date, int, int]], min_release_docs: int, ratio: float) -> dict | None:
    """The first day whose documents with release words reach `min_release_docs` and whose volume is at least
    `ratio` times the mean of the 7 days before (missing days count as 0). `daily`: (day, n_docs, n_release_docs)."""
    by_day = {d: (n, r) for d, n, r in daily}
    for day in sorted(by_day):
        n, r = by_day[day]
        if r < min_release_docs:
            continue
        baseline = sum(by_day.get(day - timedelta(days=k), (0, 0))[0] for k in range(1, 8)) / 7
        if n >= ratio * baseline:
            return {"type": "mention_spike", "day": day.isoformat(), "n_docs": n, "n_release_docs": r,
                    "baseline_per_day": round(baseline, 2)}
    return None


def propose_events(warehouse: Warehouse, cfg: Config, patterns: Patterns | None = None) -> list[dict[str, Any]]:
    """Propose a 'released' event for each name (candidate, or tracked model without a confirmed release event)
    with evidence; upserted as status 'proposed' (a confirmed or dismissed row keeps its status and date)."""
    patterns = patterns or Patterns.load(cfg)
    official = _official_feed_urls(cfg)
    with warehouse.read() as con:
        names = _names_without_release(con)
        if not names:
            return []
        daily: dict[str, list[tuple[date, int, int]]] = {}
        for name, day, n, r in con.execute(
                "SELECT candidate_id, day, sum(n_docs), sum(n_release_docs) FROM name_daily "
                "WHERE candidate_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1, 2 ORDER BY 1, 2",
                [list(names)]).fetchall():
            daily.setdefault(name, []).append((day, int(n), int(r)))
        feed_items = con.execute(
            """
            SELECT c.candidate_id, d.doc_id, d.url, d.title, d.created_at
            FROM candidate_mentions c JOIN documents d USING (doc_id)
            JOIN blog_entries b ON b.doc_id = d.doc_id
            WHERE b.feed_url IN (SELECT unnest(?::VARCHAR[])) AND c.release_words
              AND c.candidate_id IN (SELECT unnest(?::VARCHAR[]))
            ORDER BY d.created_at, d.doc_id
            """, [official, list(names)]).fetchall() if official else []
        markets = con.execute(
            "SELECT market_id, question, url, resolved_at FROM markets WHERE status = 'resolved' AND resolution = 'Yes' "
            "AND resolved_at IS NOT NULL AND coalesce(event_kind, 'release') = 'release' ORDER BY resolved_at, market_id"
        ).fetchall()
        samples = {}
        for name, doc_id, url, excerpt, source, created in con.execute(
                """
                SELECT c.candidate_id, d.doc_id, d.url, c.excerpt, d.source, d.created_at
                FROM candidate_mentions c JOIN documents d USING (doc_id)
                WHERE c.release_words AND c.candidate_id IN (SELECT unnest(?::VARCHAR[]))
                ORDER BY c.candidate_id, d.created_at, d.doc_id
                """, [list(names)]).fetchall():
            samples.setdefault(name, []).append((created, doc_id, url, excerpt, source))
    evidence: dict[str, list[dict[str, Any]]] = {}
    when: dict[str, list[tuple[int, datetime]]] = {}  # (preference, time): official item, spike, market
    for name, doc_id, url, title, created in feed_items:
        # The title must name it with a release word, and not retire or deprecate it ("Retiring GPT-5.1 …").
        if not title or RETIRED.search(title) or DEPRECATED.search(title) or not any(
                m.candidate_id == name and m.release_words for m in patterns.find(title)):
            continue
        evidence.setdefault(name, []).append({"type": "official_feed", "doc_id": doc_id, "url": url, "title": title,
                                              "published": created.isoformat() if created else None})
        if created:
            when.setdefault(name, []).append((0, created))
    for name, rows in daily.items():
        spike = spike_evidence(rows, cfg.radar.release_min_docs, cfg.radar.release_spike_ratio)
        if spike is None:
            continue
        day = date.fromisoformat(spike["day"])
        spike["samples"] = [{"doc_id": doc_id, "source": source, "url": url, "excerpt": excerpt}
                            for created, doc_id, url, excerpt, source in samples.get(name, [])
                            if created is not None and created.astimezone(timezone.utc).date() == day][:3]
        evidence.setdefault(name, []).append(spike)
        when.setdefault(name, []).append((1, datetime.combine(day, time(0, 0), timezone.utc)))
    for market_id, question, url, resolved_at in markets:
        named = {m.candidate_id for m in patterns.find(question)}
        for name in sorted(named & set(names)):
            evidence.setdefault(name, []).append({"type": "market_resolution", "market_id": market_id,
                                                  "question": question, "url": url,
                                                  "resolved_at": resolved_at.isoformat()})
            when.setdefault(name, []).append((2, resolved_at))
    proposals = []
    for name in sorted(evidence):
        items = evidence[name]
        occurred = min(when[name])[1]
        url = next((e.get("url") for e in items if e.get("url")), None)
        kinds = ", ".join(sorted({e["type"].replace("_", " ") for e in items}))
        proposals.append({"event_id": f"radar:{name}:released", "model_id": names[name], "kind": "released",
                          "occurred_at": occurred, "source": "radar", "url": url,
                          "note": f"proposed by the release radar from {kinds}", "status": "proposed",
                          "evidence": json.dumps(items, sort_keys=True, default=str)})
    with warehouse.write() as con:
        # A proposal whose evidence is gone (a changed pattern file, an edited text) is withdrawn.
        con.execute("DELETE FROM release_events WHERE source = 'radar' AND status = 'proposed' "
                    "AND NOT list_contains(?::VARCHAR[], event_id)", [[p["event_id"] for p in proposals]])
        if proposals:
            for p in proposals:
                # A decided row keeps its status and date; a proposal follows its latest evidence.
                con.execute(
                    """
                    INSERT INTO release_events (event_id, model_id, kind, occurred_at, source, url, note, status, evidence)
                    VALUES ($event_id, $model_id, $kind, $occurred_at, $source, $url, $note, $status, $evidence)
                    ON CONFLICT (event_id) DO UPDATE SET
                        occurred_at = EXCLUDED.occurred_at, url = EXCLUDED.url, note = EXCLUDED.note,
                        evidence = EXCLUDED.evidence
                    WHERE release_events.status = 'proposed'
                      AND (release_events.evidence IS DISTINCT FROM EXCLUDED.evidence
                           OR release_events.occurred_at IS DISTINCT FROM EXCLUDED.occurred_at)
                    """, p)
    return proposals


def radar_stage(warehouse: Warehouse, cfg: Config, stats: RunStats, **_clients: Any) -> None:
    """Stage: scan new and changed documents for model names, then propose release events from the evidence."""
    from tracker.analysis.trends import refresh_views, views_ready

    patterns = Patterns.load(cfg)
    scanned = scan_documents(warehouse, cfg, patterns)
    with warehouse.read() as con:
        missing = not _has_view(con, "name_daily")
    if missing or not views_ready(warehouse):
        refresh_views(warehouse, cfg)
    stats.fetched += scanned
    proposals = propose_events(warehouse, cfg, patterns)
    with warehouse.read() as con:
        n_candidates = con.execute("SELECT count(*) FROM model_candidates").fetchone()[0] \
            if _has_view(con, "model_candidates") else 0
    log.info("radar: %d documents scanned, %d candidate names, %d release events proposed", scanned, n_candidates,
             len(proposals))


def _has_view(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


# ------------------------------------------------------------------------------------------------ events


EVENT_STATUSES = ("proposed", "confirmed", "dismissed")


def list_events(warehouse: Warehouse, status: str | None = None) -> list[dict[str, Any]]:
    with warehouse.read() as con:
        cursor = con.execute(
            "SELECT event_id, model_id, kind, occurred_at, source, status, url, note, evidence, decided_at "
            "FROM release_events WHERE ? IS NULL OR status = ? ORDER BY occurred_at, event_id", [status, status])
        cols = [d[0] for d in cursor.description]
        return [dict(zip(cols, r)) for r in cursor.fetchall()]


def decide_event(warehouse: Warehouse, event_id: str, status: str) -> dict[str, Any] | None:
    """Confirm or dismiss an event; returns the row as it is now (None when there is no such event)."""
    if status not in ("confirmed", "dismissed"):
        raise ValueError(f"status must be confirmed or dismissed, got {status!r}")
    with warehouse.write() as con:
        row = con.execute("SELECT status FROM release_events WHERE event_id = ?", [event_id]).fetchone()
        if row is None:
            return None
        if row[0] != status:
            con.execute("UPDATE release_events SET status = ?, decided_at = ? WHERE event_id = ?",
                        [status, utcnow(), event_id])
    return next(e for e in list_events(warehouse) if e["event_id"] == event_id)


# ------------------------------------------------------------------------------------------------ a new model


@dataclass(frozen=True)
class LinkResult:
    documents: int  # documents whose mentions and passages were computed again
    mentions: int  # mentions of the new model
    passages: int  # its passages
    scored: int  # passages scored now (inputs not scored before)


def documents_naming(con, cfg: Config, model_id: str) -> list[str]:
    """The documents a new model can change: those whose text (or community) could name it, and every document
    of their threads (a comment inherits its thread's mentions and subject). A cheap superset by text search;
    linking then decides exactly."""
    model = next(m for m in cfg.models if m.id == model_id)
    names = {model.id, *model.aliases, *model.context_aliases}
    tails = {m.group(1) for a in (model.id, *model.aliases) if (m := re.search(r"(\d+\.\d+)\s*$", a.strip()))}
    needles = {n.strip().lower() for n in names | tails if n.strip()}
    # The text search ignores case and separators the way aliases do ("GPT 5.6" = "gpt5.6" = "GPT-5.6").
    alternatives = ["[\\s\\-‐‑–]*".join(re.escape(p) for p in re.split(r"[\s\-‐‑–]+", n) if p) for n in sorted(needles)]
    regex = "(?i)(" + "|".join(alternatives) + ")"
    rows = con.execute(
        """
        WITH hit AS (
            SELECT doc_id, thread_id FROM documents
            WHERE regexp_matches(coalesce(title, '') || chr(10) || coalesce(body, '') || chr(10) || coalesce(community, ''), ?)
        )
        SELECT doc_id FROM hit
        UNION SELECT d.doc_id FROM documents d WHERE d.thread_id IN (SELECT thread_id FROM hit WHERE thread_id IS NOT NULL)
        UNION SELECT d.doc_id FROM documents d WHERE d.doc_id IN (SELECT thread_id FROM hit WHERE thread_id IS NOT NULL)
        ORDER BY 1
        """, [regex]).fetchall()
    return [r[0] for r in rows]


def link_new_model(warehouse: Warehouse, cfg: Config, model_id: str, *, score: bool = True,
                   refresh: bool = True) -> LinkResult:
    """Link stored documents to a model just added to `cfg`'s catalog, without fetching anything.

    The documents that can name it (and their threads) get their mentions, comparison pairs and passages computed
    again with the new catalog (other models' rows in them follow the new catalog too, as a fresh ingest would
    give), the `models` table is synced, passages without a score are scored, and the views are refreshed."""
    from tracker.analysis.trends import refresh_views
    from tracker.sentiment.attribution import attribute_documents, display_names, score_mentions

    catalog, display = Catalog.from_config(cfg), display_names(cfg)
    sync_catalog(warehouse, cfg, RunStats(source="catalog"))
    with warehouse.read() as con:
        doc_ids = documents_naming(con, cfg, model_id)
    for start in range(0, len(doc_ids), 2000):
        batch = doc_ids[start:start + 2000]
        with warehouse.write() as con:
            link_mentions(con, catalog, batch)
            attribute_documents(con, catalog, display, batch)
    scored = 0
    if score:
        stats = RunStats(source="label")
        score_mentions(warehouse, cfg, stats)
        scored = stats.inserted
    patterns = Patterns.load(cfg)
    with warehouse.write() as con:
        _write_catalog_names(con, cfg, patterns)
        # The model's proposed release event, filed under its candidate id, now belongs to the model.
        for name, mid in catalog_names(cfg, patterns).items():
            if mid == model_id and name != model_id:
                con.execute("UPDATE release_events SET model_id = ? WHERE source = 'radar' AND model_id = ?",
                            [model_id, name])
    if refresh:
        refresh_views(warehouse, cfg)
    with warehouse.read() as con:
        mentions = con.execute("SELECT count(*) FROM mentions WHERE model_id = ?", [model_id]).fetchone()[0]
        passages = con.execute("SELECT count(*) FROM mention_passages WHERE model_id = ?", [model_id]).fetchone()[0]
    return LinkResult(len(doc_ids), int(mentions), int(passages), scored)
