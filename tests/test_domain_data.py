"""The project's in-domain training rows (data/train/ai-model-sentiment): well-formed, varied, documented, and
free of text from the in-domain development set, which is for measuring only."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tracker.sentiment.datasets import (DOMAIN_TRAIN_DIR, content_runs, datasheet_counts_table, domain_counts,
                                               load_domain_train, load_target_tsv, near_copies)
from tracker.sentiment.text import LABELS

KINDS = {"sentence", "comparative", "quoted_comment"}
VOICES = {"reddit", "hn", "blog_review", "news", "benchmark_post", "vendor"}


@pytest.fixture(scope="module")
def rows():
    return load_domain_train()


def test_rows_are_well_formed_and_numerous(rows):
    assert len(rows) >= 3000
    for r in rows:
        assert r.text[r.start:r.end], r.text  # the loader checked the span is inside the text
        assert r.extra["kind"] in KINDS and r.extra["voice"] in VOICES and r.extra["phenomenon"], r.extra
        assert "\t" not in r.text and "\n" not in r.text and 10 <= len(r.text) <= 400
    keys = [(r.text, r.start, r.end) for r in rows]
    assert len(keys) == len(set(keys)), "a (text, target span) appears twice"


def test_labels_and_families_are_varied(rows):
    counts = domain_counts(rows)
    total = len(rows)
    for label in LABELS:  # every class well represented, none dominant
        assert 0.2 <= counts["label"][label] / total <= 0.5, counts["label"]
    assert len(counts["phenomenon"]) >= 15 and len(counts["voice"]) >= 5
    families: dict[str, Counter] = {}
    for r in rows:  # "GPT-5.5" -> gpt, "Claude Opus 4" -> claude, "o3" -> o
        family = re.sub(r"\d.*$", "", re.split(r"[\s\-.]", r.text[r.start:r.end].lower())[0]) or "?"
        families.setdefault(family, Counter())[LABELS[r.label]] += 1
    big = {f: c for f, c in families.items() if sum(c.values()) >= 40}
    assert len(big) >= 15, sorted(big)
    for family, c in big.items():  # every class present, none above 60%: no "Claude = positive"
        assert set(c) == set(LABELS) and max(c.values()) <= 0.6 * sum(c.values()), (family, dict(c))


def test_the_datasheet_counts_are_the_files_counts(rows):
    sheet = (DOMAIN_TRAIN_DIR / "DATASHEET.md").read_text(encoding="utf-8")
    table = datasheet_counts_table(rows)
    assert f"| all | {len(rows):,} |" in table and "| label | positive |" in table
    assert table in sheet, "DATASHEET.md's counts differ from the files: python -m tracker.sentiment.datasets"


def test_near_copy_check_finds_five_shared_words_besides_model_names():
    names = ["GPT-5", "Claude Opus 4"]
    assert content_runs("GPT-5 beat Claude Opus 4 easily.", names) == [["beat"], ["easily"]]
    ref = ["Honestly GPT-5 writes cleaner tests than anything else I use."]
    assert near_copies(["Claude Opus 4 writes cleaner tests than anything else, sure."], ref, names)
    assert not near_copies(["Claude Opus 4 writes cleaner code than the rest."], ref, names)
    # a model name between the words breaks the run: 'is better than' + name + 'at coding' is not five words
    assert not near_copies(["GPT-5 is better than Claude Opus 4 at coding"],
                           ["Claude Opus 4 is better than GPT-5 at coding"], names)


def test_no_dev_text_or_near_copy_in_the_training_rows(rows, shared_dir: Path):
    dev = load_target_tsv(shared_dir / "data" / "ai-model-sentiment" / "dev.tsv")
    names = {e.text[e.start:e.end] for e in dev} | {r.text[r.start:r.end] for r in rows}
    dev_texts = sorted({e.text for e in dev})
    train_texts = sorted({r.text for r in rows})
    assert not set(dev_texts) & set(train_texts)
    hits = near_copies(train_texts, dev_texts, names, n=5)
    # Only the training side is named: whoever fixes a hit rewords their own text and need not read the dev set.
    ours = [text for text, _ in hits]
    assert not hits, f"{len(hits)} training texts share 5+ consecutive words with a dev text: {ours[:5]}"
