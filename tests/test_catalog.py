"""Catalog: alias variants, vendor-context bare versions, false friends, comparisons and mention linking."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tracker.catalog import Catalog, CatalogModel, Comparison, Mention, link_mentions, sync_catalog
from tracker.config import load_config
from tracker.warehouse.runs import RunStats
from tracker.warehouse.database import upsert_documents
from tests.test_markets import REPO, rows

T0 = datetime(2026, 4, 23, 18, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    base = Catalog.from_config(load_config(REPO / "tracker.toml"))
    return Catalog(base.models + [CatalogModel("o3", "openai", "o", 3, (), ("o3",)),
                                  CatalogModel("gemini", "google", "gemini", 1, ("Gemini 2.5 Pro",), ("Gemini",))])


def ids(catalog, text, context=None):
    return [m.model_id for m in catalog.find(text, context)]


@pytest.mark.parametrize("text", ["GPT-5.5 is out", "gpt5.5 is out", "GPT 5.5 is out", "gpt-5.5 is out", "GPT‑5.5 is out",
                                  "GPT-5.5 Thinking is out", "Tried ChatGPT 5.5 today", "OpenAI shipped 5.5 today"])
def test_variants_of_a_model_name(catalog, text):
    assert ids(catalog, text) == ["gpt-5.5"]


@pytest.mark.parametrize("text, context", [
    ("5.5 is great", None),                                       # no vendor anywhere
    ("It took 5.5 hours, ChatGPT helped", None),                   # a duration
    ("ChatGPT told me to pin version 5.5 of pandas", None),        # another package's version
    ("pandas 5.5 broke my notebook", "r/OpenAI"),                  # …even in an OpenAI community
    ("GPT-5.55 is a rumour", None),                                # a longer version
    ("I'd rate ChatGPT 5.5/10", None),                             # a score
    ("ChatGPT costs $5.5 more now", None),                         # money
    ("GPT answers improved 5.5% overall", None),                   # a percentage
    ("O3 (ozone) levels rose in the city", None),                  # o3 the chemistry
    ("As a Gemini I love change", None),                           # Gemini the zodiac
    ("Shakespeare's Sonnet 18", None),                             # Sonnet the poem
    ("a 5.5 magnitude earthquake hit California", "r/ChatGPT"),    # a magnitude
])
def test_false_friends_are_not_mentions(catalog, text, context):
    assert ids(catalog, text, context) == []


@pytest.mark.parametrize("text, context, expected", [
    ("5.5 feels underwhelming", "OpenAI\nGPT-5.5 is here", "gpt-5.5"),   # bare version in a GPT-5.5 thread
    ("5.5 feels underwhelming", "ChatGPT", "gpt-5.5"),                 # …in r/ChatGPT
    ("OpenAI's o3 still wins on math", None, "o3"),
    ("Google's Gemini is catching up", None, "gemini"),
    ("Anthropic's Sonnet is my daily driver", None, "claude-sonnet"),
])
def test_context_makes_ambiguous_names_count(catalog, text, context, expected):
    assert ids(catalog, text, context) == [expected]


def test_comparisons_are_flagged_with_their_cue(catalog):
    found = catalog.analyze("5.5 vs 5.4: underwhelming compared to 5.4", "r/OpenAI")
    assert found.mentions == [Mention("gpt-5.5", 0), Mention("gpt-5.4", 7)]
    assert found.comparisons == [Comparison("gpt-5.5", "gpt-5.4", 0, 7, "vs")]
    assert catalog.analyze("GPT-5.5 is better than Claude Opus").comparisons == [
        Comparison("gpt-5.5", "claude-opus", 0, 23, "than")]
    assert catalog.analyze("Used GPT-5.4 all week. Then Gemini 3 Pro.").comparisons == [
        Comparison("gpt-5.4", "gemini-3", 5, 28, "co_mention")]
    assert catalog.analyze("GPT-5.5 and GPT 5.5 again").comparisons == []  # one model twice is no comparison


def doc(doc_id, body, **extra):
    return {"doc_id": doc_id, "source": "reddit", "kind": "comment", "body": body, "created_at": T0, **extra}


def test_link_mentions_explicit_inherited_context_and_comparisons(warehouse, catalog):
    docs = [
        doc("reddit:t3_s1", "First impressions thread", kind="submission", title="GPT-5.5 is here", thread_id="reddit:t3_s1",
            community="OpenAI"),
        doc("reddit:t1_a", "5.5 feels underwhelming compared to 5.4", thread_id="reddit:t3_s1", community="OpenAI"),
        doc("reddit:t1_b", "Took me 5.5 hours to get access lol", thread_id="reddit:t3_s1", community="OpenAI"),
        doc("blog:https://every.to/review", "After three weeks, GPT-5.5 is the best coding model we have used.",
            source="blogs", kind="article", community="Every"),
        doc("blog:https://example.com/pandas", "Version 5.5 of pandas is out.", source="blogs", kind="article",
            community="Example"),
    ]
    with warehouse.write() as con:
        upsert_documents(con, docs)
        result = link_mentions(con, catalog, [d["doc_id"] for d in docs])
    assert result.inserted == 5
    assert rows(warehouse, "SELECT doc_id, model_id, how, position, comparison FROM mentions ORDER BY doc_id, model_id") == [
        ("blog:https://every.to/review", "gpt-5.5", "explicit", 19, False),
        ("reddit:t1_a", "gpt-5.4", "explicit", 36, True),
        ("reddit:t1_a", "gpt-5.5", "explicit", 0, True),
        ("reddit:t1_b", "gpt-5.5", "thread_inherited", None, False),  # "5.5 hours" is a duration, the thread is about 5.5
        ("reddit:t3_s1", "gpt-5.5", "explicit", 0, False),
    ]
    assert rows(warehouse, "SELECT * FROM mention_pairs") == [("reddit:t1_a", "gpt-5.5", "gpt-5.4", 0, 36, "compared")]


def test_relinking_is_idempotent_and_drops_what_an_edit_removed(warehouse, catalog):
    with warehouse.write() as con:
        upsert_documents(con, [doc("reddit:t1_x", "GPT-5.5 vs GPT-5.4", community="OpenAI")])
        link_mentions(con, catalog, ["reddit:t1_x"])
        assert link_mentions(con, catalog, ["reddit:t1_x"]).inserted == 0
    with warehouse.write() as con:
        upsert_documents(con, [doc("reddit:t1_x", "edit: only GPT-5.4 matters", community="OpenAI")])
        link_mentions(con, catalog, ["reddit:t1_x"])
    assert rows(warehouse, "SELECT model_id, comparison FROM mentions") == [("gpt-5.4", False)]
    assert rows(warehouse, "SELECT count(*) FROM mention_pairs") == [(0,)]


def test_comment_in_a_stored_thread_inherits_from_it(warehouse, catalog):
    with warehouse.write() as con:
        upsert_documents(con, [doc("reddit:t3_s2", "", kind="submission", title="GPT-5.1 retired today", thread_id="reddit:t3_s2")])
        link_mentions(con, catalog, ["reddit:t3_s2"])
    with warehouse.write() as con:  # a later batch holds only the comment
        upsert_documents(con, [doc("reddit:t1_c", "Sad to see it go", thread_id="reddit:t3_s2")])
        link_mentions(con, catalog, ["reddit:t1_c"])
    assert rows(warehouse, "SELECT doc_id, model_id, how FROM mentions ORDER BY doc_id") == [
        ("reddit:t1_c", "gpt-5.1", "thread_inherited"), ("reddit:t3_s2", "gpt-5.1", "explicit")]


def test_sync_catalog_mirrors_config(warehouse):
    cfg = load_config(REPO / "tracker.toml")
    stats = RunStats("catalog")
    sync_catalog(warehouse, cfg, stats)
    assert stats.inserted == len(cfg.models)
    assert rows(warehouse, "SELECT aliases FROM models WHERE model_id = 'claude-opus'") == [(["Claude Opus", "Opus"],)]
