"""Release radar: model-like names found and normalised, the model_candidates view with exact counts, release
events proposed from evidence and confirmed or dismissed, a user's pattern file."""

from __future__ import annotations

import json
from datetime import date

import pytest
from trends_fixtures import ts

from tracker.analysis.radar import Patterns, PatternError, catalog_names, decide_event, propose_events, \
    scan_documents, spike_evidence
from tracker.analysis.trends import refresh_views
from tracker.config import parse_config
from tracker.warehouse.database import upsert_documents

CATALOG = [{"id": "gpt-5.5", "vendor": "openai", "family": "gpt-5", "aliases": ["GPT-5.5", "GPT-5.5 Pro"]},
           {"id": "claude-opus", "vendor": "anthropic", "family": "claude", "aliases": ["Claude Opus"]}]


def cfg_for(tmp_path, **extra):
    return parse_config({"warehouse": {"path": str(tmp_path / "w.duckdb")}, "models": CATALOG,
                         "trends": {"export_root": str(tmp_path / "exports")}, **extra}, "test", tmp_path)


@pytest.fixture(scope="module")
def patterns() -> Patterns:
    return Patterns.load()


def names(patterns: Patterns, text: str) -> list[tuple[str, str | None, bool]]:
    return [(m.candidate_id, m.variant, m.release_words) for m in patterns.find(text)]


def test_spellings_of_one_model_are_one_candidate_with_variants(patterns):
    assert names(patterns, "GPT 5.6, gpt5.6, GPT-5.6 Pro and GPT‑5.6-mini.") == [
        ("gpt-5.6", None, False), ("gpt-5.6", None, False), ("gpt-5.6", "pro", False), ("gpt-5.6", "mini", False)]
    assert names(patterns, "Claude Opus 5 beats Claude 3.5 Sonnet; claude-haiku-4.5 is cheap.") == [
        ("claude-opus-5", None, False), ("claude-sonnet-3.5", None, False), ("claude-haiku-4.5", None, False)]
    assert names(patterns, "Gemini 3.5 Flash-Lite and Gemini 3.5 Pro, o3 and o4-mini, GPT-5.0") == [
        ("gemini-3.5", "flash-lite", False), ("gemini-3.5", "pro", False), ("o3", None, False), ("o4", "mini", False),
        ("gpt-5", None, False)]
    assert names(patterns, "Llama 4 Scout, Grok 4.1, DeepSeek-V3.2, DeepSeek R2, Qwen3, Mistral Large 3, Kimi K2") == [
        ("llama-4", "scout", False), ("grok-4.1", None, False), ("deepseek-v3.2", None, False),
        ("deepseek-r2", None, False), ("qwen-3", None, False), ("mistral-large-3", None, False), ("kimi-k2", None, False)]


def test_what_is_not_a_model_name(patterns):
    # ozone, a bare version, a longer number, a word containing the family name
    assert names(patterns, "O3 levels; version 5.6; GPT-5.5x; ChatGPT5 fans; gemini3d") == []


def test_release_words_count_only_in_the_sentence_naming_the_model(patterns):
    text = "GPT-5.6 is now available for Pro. Grok 5 is rumoured. Qwen 4 rolling out\nLlama 5 soon."
    assert names(patterns, text) == [("gpt-5.6", None, True), ("grok-5", None, False), ("qwen-4", None, True),
                                     ("llama-5", None, False)]


def test_catalog_names_are_tracked_not_candidates(tmp_path, patterns):
    assert catalog_names(cfg_for(tmp_path), patterns) == {"gpt-5.5": "gpt-5.5", "claude-opus": "claude-opus"}


def test_a_users_pattern_file_adds_a_family_and_release_words(tmp_path):
    (tmp_path / "extra.yaml").write_text(
        "families:\n  - family: nova\n    vendor: acme\n    pattern: 'Nova[\\s\\-]*(?P<version>\\d+)'\n"
        "    id: 'nova-{version}'\nrelease_words: [unleashed]\n", encoding="utf-8")
    cfg = cfg_for(tmp_path, radar={"patterns_file": "extra.yaml"})
    extended = Patterns.load(cfg)
    assert [(m.candidate_id, m.vendor, m.release_words) for m in extended.find("Nova 2 unleashed. GPT-6 too")] == [
        ("nova-2", "acme", True), ("gpt-6", "openai", False)]
    assert extended.version != Patterns.load().version  # another pattern set: documents are scanned again
    (tmp_path / "bad.yaml").write_text("families:\n  - family: x\n    vendor: y\n    pattern: 'X(\\d+)'\n    id: x\n")
    with pytest.raises(PatternError, match=r"bad.yaml: families\[0\] \(x\): the pattern needs a \(\?P<version>"):
        Patterns.load(cfg_for(tmp_path, radar={"patterns_file": "bad.yaml"}))


# ------------------------------------------------------------------------------------------------ warehouse

# (doc_id, source, created, title, body): three sources, the radar reads them alike
DOCS = [
    ("r1", "reddit", "2026-05-02 10:00", "GPT-5.6 spotted?", "Strings for gpt5.6 in the app."),
    ("r2", "reddit", "2026-05-09 11:00", None, "GPT 5.6 Pro leaked benchmark. GPT-5.5 is fine for now."),
    ("h1", "hackernews", "2026-05-10 12:00", "GPT-5.6 system card", "Claude Opus 5 is rumoured too."),
    ("b1", "blogs", "2026-05-12 09:00", "GPT-5.6 is now available", "OpenAI released GPT-5.6 today."),
    ("r3", "reddit", "2026-05-12 15:00", None, "GPT-5.6 rolling out to Pro."),
    ("r4", "reddit", "2026-05-12 16:00", None, "Got GPT-5.6 this morning."),
    ("r5", "reddit", "2026-05-12 17:00", None, "Nothing about models here."),
]


def store(warehouse, docs=DOCS):
    with warehouse.write() as con:
        upsert_documents(con, [{"doc_id": d, "source": s, "kind": "submission" if t else "comment", "title": t,
                                "body": b, "created_at": ts(c), "community": "c", "url": f"https://x.test/{d}"}
                               for d, s, c, t, b in docs])


@pytest.fixture
def scanned(tmp_path):
    from tracker.warehouse.database import Warehouse

    cfg = cfg_for(tmp_path)
    warehouse = Warehouse(cfg.warehouse_path)
    warehouse.init()
    store(warehouse)
    assert scan_documents(warehouse, cfg) == 7
    refresh_views(warehouse, cfg, classifier="clf@1", target_classifier="t@1")
    return warehouse, cfg


def q(warehouse, sql, params=()):
    with warehouse.read() as con:
        return con.execute(sql, list(params)).fetchall()


def test_model_candidates_with_exact_counts(scanned):
    warehouse, _ = scanned
    rows = q(warehouse, "SELECT candidate_id, vendor, spellings, variants, CAST(first_seen AS DATE), n_docs, n_days, "
                        "n_sources, docs_by_source, peak_day, peak_n_docs, n_last_7d, n_prev_7d, growth, "
                        "n_release_docs, release_words, as_of FROM model_candidates")
    assert rows == [
        ("gpt-5.6", "openai", ["GPT-5.6", "GPT 5.6"], ["pro"], date(2026, 5, 2), 6, 4, 3,
         [{"source": "reddit", "n_docs": 4}, {"source": "blogs", "n_docs": 1}, {"source": "hackernews", "n_docs": 1}],
         date(2026, 5, 12), 3, 5, 1, 5.0, 2, True, date(2026, 5, 12)),
        ("claude-opus-5", "anthropic", ["Claude Opus 5"], [], date(2026, 5, 10), 1, 1, 1,
         [{"source": "hackernews", "n_docs": 1}], date(2026, 5, 10), 1, 1, 0, None, 0, False, date(2026, 5, 12)),
    ]
    # spellings: each document's first, most frequent first. The tracked GPT-5.5 is not a candidate, but its
    # mentions are counted per day like any name.
    assert q(warehouse, "SELECT candidate_id, model_id, day, source, n_docs FROM name_daily "
                        "WHERE model_id IS NOT NULL") == [("gpt-5.5", "gpt-5.5", date(2026, 5, 9), "reddit", 1)]
    samples = q(warehouse, "SELECT samples FROM model_candidates WHERE candidate_id = 'gpt-5.6'")[0][0]
    # texts with release words first, then the newest
    assert [s["excerpt"] for s in samples] == ["GPT-5.6 rolling out to Pro.", "GPT-5.6 is now available",
                                               "Got GPT-5.6 this morning."]


def test_a_rescan_changes_nothing_and_an_edited_text_is_scanned_again(scanned):
    warehouse, cfg = scanned
    before = q(warehouse, "SELECT * FROM candidate_mentions ORDER BY ALL")
    assert scan_documents(warehouse, cfg) == 0
    assert q(warehouse, "SELECT * FROM candidate_mentions ORDER BY ALL") == before
    store(warehouse, [("r5", "reddit", "2026-05-12 17:00", None, "Grok 5 next week?")])
    assert scan_documents(warehouse, cfg) == 1
    assert q(warehouse, "SELECT doc_id, candidate_id FROM candidate_mentions WHERE doc_id = 'r5'") == [("r5", "grok-5")]


def test_spike_evidence_needs_release_words_and_a_jump():
    days = [(date(2026, 5, d), n, r) for d, n, r in [(1, 2, 0), (3, 3, 1), (5, 4, 5), (6, 20, 6)]]
    # May 5: 5 release docs but 4 docs against a baseline of 5/7 a day -> 4 >= 2 x 0.71: it is the first
    assert spike_evidence(days, 5, 2.0) == {"type": "mention_spike", "day": "2026-05-05", "n_docs": 4,
                                            "n_release_docs": 5, "baseline_per_day": 0.71}
    assert spike_evidence(days, 6, 2.0)["day"] == "2026-05-06"
    assert spike_evidence(days, 7, 2.0) is None


def test_proposed_event_with_evidence_confirm_and_dismiss(scanned):
    warehouse, cfg = scanned
    cfg = cfg.model_copy(update={"radar": cfg.radar.model_copy(update={"release_min_docs": 2})})
    proposals = propose_events(warehouse, cfg)
    assert [(p["event_id"], p["model_id"], p["occurred_at"]) for p in proposals] == [
        ("radar:gpt-5.6:released", "gpt-5.6", ts("2026-05-12 00:00"))]
    evidence = json.loads(proposals[0]["evidence"])
    assert [(e["type"], e["n_docs"], e["n_release_docs"], [s["doc_id"] for s in e["samples"]]) for e in evidence] == [
        ("mention_spike", 3, 2, ["b1", "r3"])]
    assert q(warehouse, "SELECT status, source FROM release_events") == [("proposed", "radar")]
    refresh_views(warehouse, cfg, classifier="clf@1", target_classifier="t@1")
    assert q(warehouse, "SELECT count(*) FROM release_events_preferred") == [(0,)]  # proposed: not counted yet
    decide_event(warehouse, "radar:gpt-5.6:released", "confirmed")
    refresh_views(warehouse, cfg, classifier="clf@1", target_classifier="t@1")
    assert q(warehouse, "SELECT model_id, kind, source FROM release_events_preferred") == [
        ("gpt-5.6", "released", "radar")]
    propose_events(warehouse, cfg)  # a confirmed event keeps its status
    assert q(warehouse, "SELECT status FROM release_events") == [("confirmed",)]
    decide_event(warehouse, "radar:gpt-5.6:released", "dismissed")
    propose_events(warehouse, cfg)  # a dismissed one is not proposed again
    assert q(warehouse, "SELECT status FROM release_events") == [("dismissed",)]
    assert decide_event(warehouse, "radar:nothing", "confirmed") is None
