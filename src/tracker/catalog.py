"""The model catalog and mention linking: which models a text talks about."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb

from tracker.config import Config
from tracker.warehouse import UpsertResult, Warehouse, upsert


@dataclass(frozen=True)
class CatalogModel:
    id: str
    vendor: str
    family: str
    release_order: int | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    model_id: str
    position: int
    how: str = "explicit"


def _alias_pattern(alias: str) -> str:
    # "GPT-5.5" also matches "gpt 5.5", "gpt5.5", "GPT‑5.5" (non-breaking hyphen).
    parts = [re.escape(p) for p in re.split(r"[\s\-‐‑–]+", alias.strip()) if p]
    return r"[\s\-‐‑–]*".join(parts)


class Catalog:
    def __init__(self, models: Sequence[CatalogModel]):
        self.models = list(models)
        pieces = []
        self._by_group: dict[str, str] = {}
        for i, model in enumerate(self.models):
            for j, alias in enumerate(sorted({model.id, *model.aliases}, key=len, reverse=True)):
                group = f"m{i}_{j}"
                self._by_group[group] = model.id
                pieces.append(f"(?P<{group}>{_alias_pattern(alias)})")
        # Longest aliases first so "GPT-5.5 Pro" wins over "GPT-5.5"; word boundaries keep "GPT-5.55" out.
        pieces.sort(key=len, reverse=True)
        self._regex = re.compile(r"(?<![\w.])(?:" + "|".join(pieces) + r")(?![\w]|\.\d)", re.IGNORECASE) if pieces else None

    @classmethod
    def from_config(cls, cfg: Config) -> Catalog:
        return cls([CatalogModel(m.id, m.vendor, m.family, m.release_order, tuple(m.aliases)) for m in cfg.models])

    def find(self, text: str | None) -> list[Mention]:
        """Explicit mentions in ``text``, one per model, at its first position."""
        if not text or self._regex is None:
            return []
        first: dict[str, int] = {}
        for match in self._regex.finditer(text):
            model_id = self._by_group[match.lastgroup]
            first.setdefault(model_id, match.start())
        return [Mention(m, p) for m, p in sorted(first.items(), key=lambda kv: kv[1])]


def sync_catalog(warehouse: Warehouse, cfg: Config, stats) -> None:
    """Stage: mirror the configured catalog into the `models` table."""
    rows = [
        {"model_id": m.id, "vendor": m.vendor, "family": m.family, "release_order": m.release_order, "aliases": list(m.aliases)}
        for m in cfg.models
    ]
    stats.fetched = len(rows)
    with warehouse.write() as con:
        stats.add(upsert(con, "models", rows, ["model_id"]))


def link_mentions(con: duckdb.DuckDBPyConnection, catalog: Catalog, doc_ids: Iterable[str]) -> UpsertResult:
    """Compute the mentions of the given stored documents (inside the caller's write transaction).

    A comment that names no model inherits its thread's explicit mentions (how = 'thread_inherited')."""
    ids = list(dict.fromkeys(doc_ids))
    if not ids:
        return UpsertResult()
    rows = con.execute(
        "SELECT doc_id, title, body, thread_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    ).fetchall()
    found: dict[str, list[Mention]] = {}
    threads: dict[str, str | None] = {}
    for doc_id, title, body, thread_id in rows:
        found[doc_id] = catalog.find("\n".join(p for p in (title, body) if p))
        threads[doc_id] = thread_id
    out = []
    for doc_id, mentions in found.items():
        if not mentions and threads[doc_id] and threads[doc_id] != doc_id:
            parent = found.get(threads[doc_id])
            if parent is None:
                parent = [Mention(m, -1) for (m,) in con.execute(
                    "SELECT model_id FROM mentions WHERE doc_id = ? AND how = 'explicit'", [threads[doc_id]]).fetchall()]
            mentions = [Mention(m.model_id, -1, "thread_inherited") for m in parent]
        out.extend({"doc_id": doc_id, "model_id": m.model_id, "how": m.how, "position": m.position if m.position >= 0 else None}
                   for m in mentions)
    return upsert(con, "mentions", out, ["doc_id", "model_id"])
