"""Attribution rules on texts (pure), the passage scorer's reading of a target, and placeholders."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tracker.sentiment.attribution import Target, article_subject, attribute, document_text, label_of, own_subject
from tracker.catalog import Catalog
from tracker.config import parse_config
from tracker.sentiment.text import clause_bounds, sarcastic_ranges, text_problem, yardstick_cue
from tracker.sentiment.targets import target_passage

DISPLAY = {"gpt-5.5": "GPT-5.5", "gpt-5.4": "GPT-5.4", "gpt-5.1": "GPT-5.1"}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    repo = Path(__file__).resolve().parents[1]
    data = tomllib.loads((repo / "tracker.toml").read_text(encoding="utf-8"))
    return Catalog.from_config(parse_config(data, "tracker.toml", repo))


def targets(catalog, text, subject=None, article=False, context="OpenAI GPT"):
    return [(t.model_id, t.how, t.text, t.text[t.start:t.end])
            for t in attribute(text, catalog.spans(text, context), subject, DISPLAY, article=article)]


def test_a_yardstick_comment_is_about_the_threads_subject(catalog):
    text = "Underwhelming compared to 5.4 honestly."
    assert targets(catalog, text, "gpt-5.5") == [
        ("gpt-5.4", "comparison", text, "5.4"),
        ("gpt-5.5", "thread_subject", f"GPT-5.5: {text}", "GPT-5.5"),
    ]


def test_a_comment_naming_no_model_inherits_the_subject(catalog):
    assert targets(catalog, "Meh, coding got worse.", "gpt-5.5") == [
        ("gpt-5.5", "thread_subject", "GPT-5.5: Meh, coding got worse.", "GPT-5.5")]
    assert targets(catalog, "Meh, coding got worse.", None) == []


def test_a_comment_about_another_model_does_not_speak_for_the_subject(catalog):
    text = "GPT-5.4 was better at writing. GPT-5.4 never lost the thread."
    assert targets(catalog, text, "gpt-5.5") == [
        ("gpt-5.4", "explicit", text, "GPT-5.4"), ("gpt-5.4", "explicit", text, "GPT-5.4")]


def test_comparisons_in_both_directions_and_opposite_verdicts(catalog):
    got = targets(catalog, "GPT-5.5 codes better than 5.4.", "gpt-5.5")
    assert [(m, h) for m, h, _, _ in got] == [("gpt-5.5", "comparison"), ("gpt-5.4", "comparison")]
    got = targets(catalog, "GPT-5.5 is great at coding, but 5.4 was better at writing.", "gpt-5.5")
    assert [(m, h) for m, h, _, _ in got] == [("gpt-5.5", "explicit"), ("gpt-5.4", "explicit")]


def test_an_article_gives_each_model_its_passages_and_its_subject_the_rest(catalog):
    body = ("We used GPT-5.5 every day for three weeks on real work. It is the best coding model we have used. "
            "GPT-5.4 still writes warmer prose than it does.")
    got = attribute(body, catalog.spans(body, "OpenAI"), "gpt-5.5", DISPLAY, article=True)
    assert [(t.model_id, t.how, t.text[t.start:t.end]) for t in got] == [
        ("gpt-5.5", "explicit", "GPT-5.5"), ("gpt-5.4", "explicit", "GPT-5.4"),
        ("gpt-5.5", "thread_subject", "GPT-5.5")]
    assert got[2].text == "GPT-5.5: It is the best coding model we have used."
    assert [t.weight for t in got] == [len("We used GPT-5.5 every day for three weeks on real work."),
                                       len("GPT-5.4 still writes warmer prose than it does."),
                                       len("It is the best coding model we have used.")]


def test_an_articles_calls_to_action_are_not_about_its_model(catalog):
    body = ("GPT-5.5 disappoints on long agent runs. The tool calls fail more often than before. "
            "Thanks for reading Model Watch! Subscribe for free to receive new posts and support my work.")
    got = attribute(body, catalog.spans(body, "OpenAI"), "gpt-5.5", DISPLAY, article=True)
    assert [t.text for t in got if t.how == "thread_subject"] == ["GPT-5.5: The tool calls fail more often than before."]


def test_subjects(catalog):
    title = "Is it just me or is GPT-5.5 underwhelming compared to 5.4?"
    assert own_subject(title, catalog.spans(title, "OpenAI")) == "gpt-5.5"
    assert own_subject("Worse than 5.4.", catalog.spans("Worse than 5.4.", "OpenAI")) is None
    body = "GPT-5.4 and GPT-5.5. GPT-5.5 again."
    assert article_subject(None, catalog.spans(body, "OpenAI"), []) == "gpt-5.5"
    assert article_subject(None, catalog.spans("GPT-5.4 and GPT-5.5.", "OpenAI"), []) is None


def test_reddits_sarcasm_tag_flags_the_sentence_it_ends():
    text = "Wow, 5.5 is sooo much better. /s Curious if others see the same."
    assert [text[s:e] for s, e in sarcastic_ranges(text)] == ["Wow, 5.5 is sooo much better."]
    assert [(s, e) for s, e in sarcastic_ranges("Fine. Truly great /s")] == [(6, 17)]
    # not a tag: part of a link or a word, or nothing before it
    for text in ("see reddit.com/r/OpenAI/s/AbC12", "w/s and I/O", "/s", "it was 5/s per call"):
        assert sarcastic_ranges(text) == [], text


def test_a_sarcastic_passage_is_flagged_and_only_that_passage(catalog):
    def flags(text, subject="gpt-5.5", article=False):
        return [(t.model_id, t.how, t.sarcastic)
                for t in attribute(text, catalog.spans(text, "OpenAI"), subject, DISPLAY, article=article)]

    assert flags("Wow, 5.5 is sooo much better. /s Tested on my own repos.") == [("gpt-5.5", "explicit", True)]
    assert flags("Truly a historic day for coding. /s") == [("gpt-5.5", "thread_subject", True)]
    assert flags("GPT-5.4 is slow. Wow, GPT-5.5 is a genius /s") == [
        ("gpt-5.4", "explicit", False), ("gpt-5.5", "explicit", True)]
    assert flags("GPT-5.5 is sooo much better.") == [("gpt-5.5", "explicit", False)]
    body = ("GPT-5.5 writes clean code and fixes its own tests. Truly a historic day for code review /s. "
            "The context window holds our whole repository without trouble.")
    assert flags(body, article=True) == [("gpt-5.5", "explicit", False)] + [("gpt-5.5", "thread_subject", True)] + [
        ("gpt-5.5", "thread_subject", False)]
    # the flag is not part of the scored input: its score is shared with the same text untagged elsewhere
    assert Target("gpt-5.5", "explicit", "x", 0, 1, 1.0, True).input_hash == Target("gpt-5.5", "explicit", "x", 0, 1,
                                                                                     1.0).input_hash


def test_placeholders_empty_and_non_english_texts_get_no_targets(catalog):
    for text in ("[removed]", "[deleted]", "  ", "GPT-5.5 es muy bueno para programar y no es caro"):
        assert targets(catalog, text, "gpt-5.5") == [], text
    assert text_problem("[removed]") == "placeholder" and text_problem(" [Deleted] ") == "placeholder"
    assert document_text("GPT-5.5 thoughts", "[removed]") == "GPT-5.5 thoughts"


def test_input_hash_keys_text_and_span():
    a = Target("gpt-5.5", "explicit", "GPT-5.5 vs GPT-5.5", 0, 7, 1.0)
    assert a.input_hash != Target("gpt-5.5", "explicit", "GPT-5.5 vs GPT-5.5", 11, 18, 1.0).input_hash
    assert a.input_hash == Target("gpt-5.4", "comparison", "GPT-5.5 vs GPT-5.5", 0, 7, 9.0).input_hash


def test_passage_scorer_reads_the_clause_and_the_yardstick():
    text = "GPT-5.5 is great at coding, but 5.4 is still better at writing. Worse than 5.1 though."
    i = text.index("5.4")
    assert target_passage(text, i, i + 3) == ("5.4 is still better at writing.", None)
    assert target_passage(text, 0, 7) == ("GPT-5.5 is great at coding", None)
    j = text.index("5.1")
    assert target_passage(text, j, j + 3) == ("Worse than 5.1", "comparison")
    assert target_passage("GPT-5.5: Meh.", 0, 7) == ("Meh.", None)
    assert yardstick_cue("This feels like ") == "likeness" and yardstick_cue("I use ") is None


@pytest.mark.parametrize(("before", "cue"), [
    ("Underwhelming compared to ", "comparison"), ("5.5 is way faster than ", "comparison"),
    ("This feels like ", "likeness"), ("It's just ", "likeness"), ("it is basically just ", "likeness"),
    ("5.5 is as good as ", "likeness"), ("it's the same as ", "likeness"), ("It looks like ", "likeness"),
    ("I like ", None), ("we really like the ", None), ("if you like ", None),  # the verb: the clause's own verdict
    ("Models like ", None), ("great things like the ", None), ("such as ", None),  # "such as"
    ("as well as ", None), ("It just ", None), ("I use ", None),
])
def test_likeness_needs_a_verb_of_seeming_or_being_before_like(before, cue):
    """'like' after a subject is the verb ('I like 5.5' is praise of 5.5) and after a noun means 'such as': neither
    makes the model a likeness with no verdict of its own."""
    assert yardstick_cue(before) == cue
    assert clause_bounds("A; B", 3, 4) == (3, 4)


def test_label_of_ties_are_neutral():
    assert label_of((0.4, 0.2, 0.4)) == "neutral"
    assert label_of((0.5, 0.2, 0.3)) == "negative"


def test_attribute_documents_follows_the_parent_chain_and_redoes_edited_texts(warehouse, catalog):
    from tracker.sentiment.attribution import attribute_documents, stale_documents
    from tracker.warehouse.database import content_hash, utcnow

    def doc(con, doc_id, kind, body, parent=None, title=None):
        con.execute("INSERT OR REPLACE INTO documents (doc_id, source, kind, parent_id, thread_id, community, title, "
                    "body, created_at, fetched_at, content_hash) VALUES (?, 'reddit', ?, ?, 'reddit:t3_s', 'OpenAI', "
                    "?, ?, TIMESTAMPTZ '2026-04-24 10:00:00+00', ?, ?)",
                    [doc_id, kind, parent, title, body, utcnow(), content_hash(title, body)])

    with warehouse.write() as con:
        doc(con, "reddit:t3_s", "submission", "Share your first impressions of it here.", title="GPT-5.5 is here")
        doc(con, "reddit:t1_a", "comment", "GPT-5.4 was better at writing.", "reddit:t3_s")
        doc(con, "reddit:t1_b", "comment", "Agreed, night and day.", "reddit:t1_a")
        doc(con, "reddit:t1_c", "comment", "[removed]", "reddit:t3_s")
        assert stale_documents(con) == ["reddit:t1_a", "reddit:t1_b", "reddit:t1_c", "reddit:t3_s"]
        attribute_documents(con, catalog, DISPLAY, stale_documents(con))
        assert stale_documents(con) == []
        got = con.execute("SELECT doc_id, model_id, how FROM mention_passages ORDER BY doc_id, model_id, passage").fetchall()
        assert got == [("reddit:t1_a", "gpt-5.4", "explicit"),
                       ("reddit:t1_b", "gpt-5.4", "thread_subject"),  # the parent's model, not the thread's
                       ("reddit:t3_s", "gpt-5.5", "explicit"),
                       ("reddit:t3_s", "gpt-5.5", "thread_subject")]
        doc(con, "reddit:t1_a", "comment", "Honestly it is fine.", "reddit:t3_s")  # edited: names no model now
        assert stale_documents(con) == ["reddit:t1_a"]
        attribute_documents(con, catalog, DISPLAY, stale_documents(con))
        assert con.execute("SELECT model_id, how, target_text FROM mention_passages WHERE doc_id = 'reddit:t1_a'"
                           ).fetchall() == [("gpt-5.5", "thread_subject", "GPT-5.5: Honestly it is fine.")]
