"""Shared helpers for the *_rows.py generators in this folder.

The generators hold the hand-written rows; this module checks them and computes offsets
(`entry_rows`, for scripts that build an ENTRIES list), writes the TSV (`write_tsv`) and
prints the counts used to keep each file balanced (`report`).
A row is the tuple (text, target, start, end, label, kind, phenomenon, voice).
"""
import collections
import re

LABELS = {"p": "positive", "n": "negative", "u": "neutral"}
VOICES = {"rd": "reddit", "hn": "hn", "bl": "blog_review", "nw": "news", "bm": "benchmark_post", "vd": "vendor"}
HEADER = ("text", "target", "start", "end", "label", "kind", "phenomenon", "voice")


def regex_family(table, default="other"):
    """A family() function: the name of the first (name, regex) pair whose regex matches the lower-cased target."""
    def family(target):
        low = target.lower()
        return next((name for name, pat in table if re.search(pat, low)), default)
    return family


def first_word(target):
    """The folder test's family key: first word of the target, lower-cased, digits and what follows removed."""
    return re.sub(r"\d.*$", "", re.split(r"[\s\-.]", target.lower())[0]) or "?"


def entry_rows(entries, min_len=10, max_len=400):
    """Rows from ENTRIES of (phenomenon, voice, kind, text, [(target, label letter), ...]).

    Returns (rows, problems). Each target is located at its first occurrence in the text.
    """
    rows, seen, problems = [], set(), []
    for ph, voice, kind, text, pairs in entries:
        if text in seen:
            problems.append("duplicate text: " + text)
            continue
        seen.add(text)
        if not min_len <= len(text) <= max_len:
            problems.append("length %d: %s" % (len(text), text))
        if "\t" in text or "\n" in text:
            problems.append("tab/newline: " + text)
        targets = [t for t, _ in pairs]
        if len(set(targets)) != len(targets):
            problems.append("repeated target: " + text)
        for tgt, lab in pairs:
            start = text.find(tgt)
            if start < 0 or lab not in LABELS:
                problems.append("bad target/label %r %r: %s" % (tgt, lab, text))
                continue
            end = start + len(tgt)
            # the first occurrence must not sit inside another target's mention
            for other in targets:
                if other != tgt and tgt in other:
                    o = text.find(other)
                    while o >= 0:
                        if o <= start < o + len(other):
                            problems.append("target %r first found inside %r: %s" % (tgt, other, text))
                        o = text.find(other, o + 1)
            # the span should not run on into a longer name ("GPT-5" inside "GPT-5.1", "o3" inside "o3-pro")
            nxt = text[end:end + 2]
            if nxt[:1].isalnum() or (nxt[:1] in "-." and nxt[1:2].isalnum()) or (start and text[start - 1].isalnum()):
                problems.append("boundary? %r: %s" % (tgt, text))
            rows.append((text, tgt, start, end, LABELS[lab], kind, ph, voice))
    return rows, problems


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")


def _by_label(rows, key):
    groups = collections.defaultdict(collections.Counter)
    for row in rows:
        groups[key(row)][row[4]] += 1
    return groups


def balance_problems(rows, family=None):
    """Label shares outside 25-45%, and families of 15+ rows missing a label or over 55% one label.

    Families are the first-word keys (as the folder test groups them) and, if given, family(target).
    """
    problems = []
    labels = collections.Counter(row[4] for row in rows)
    for lab in LABELS.values():
        share = labels[lab] / max(1, len(rows))
        if not 0.25 <= share <= 0.45:
            problems.append("label share %s %.2f" % (lab, share))
    keys = [("first-word family", first_word)] + ([("family", family)] if family else [])
    for name, key in keys:
        for k, c in sorted(_by_label(rows, lambda row: key(row[1])).items()):
            n = sum(c.values())
            if n >= 15 and (len(c) < len(LABELS) or max(c.values()) > 0.55 * n):
                problems.append("%s %s unbalanced %s" % (name, k, dict(c)))
    return problems


def report(rows, problems=(), family=None, balance=False):
    """Print CHECK lines (the given problems, plus balance_problems if balance) and the counts."""
    for p in list(problems) + (balance_problems(rows, family) if balance else []):
        print("CHECK:", p)
    texts = {row[0] for row in rows}
    print("texts", len(texts), "rows", len(rows), "over 150 chars", sum(len(t) > 150 for t in texts))
    for col, name in ((4, "label"), (6, "phenomenon"), (7, "voice"), (5, "kind")):
        print(name, dict(collections.Counter(row[col] for row in rows).most_common()))
    labels = collections.Counter(row[4] for row in rows)
    print("label shares", {k: round(v / max(1, len(rows)), 2) for k, v in labels.most_common()})
    groups = [("ph x label", lambda row: row[6]), ("first-word", lambda row: first_word(row[1]))]
    if family:
        groups.insert(0, ("family", lambda row: family(row[1])))
    for name, key in groups:
        counts = _by_label(rows, key)
        for k in sorted(counts, key=lambda k: (-sum(counts[k].values()), k)):
            print(name, k, dict(counts[k]))
