"""The README stays a five-minute page: short, every relative link in it and in docs/ resolves, and its command
table names exactly the sub-commands the parser has (with options they take)."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from tracker.cli.main import build_parser

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
PAGES = [README, *sorted((REPO / "docs").glob("*.md"))]
MAX_README_LINES = 250

# Files the README and docs link to that other branches write; the lead's merge brings them in. Until then
# test_files_other_branches_write_are_there fails on this branch alone, saying which branch owes which file.
EXPECTED_FROM_MERGE = {
    "docs/hackernews.md": "the Hacker News source branch",
    "docs/img/story-report-gpt-5.5.png": "the report charts branch (issue 23, item 6: the story report's screenshot)",
}

# Sections moved out of the README: each heading must stay on its page, so a merge cannot drop one unnoticed.
MOVED_SECTIONS = {
    "docs/story.md": ["What the demo shows", "The story report"],
    "docs/sentiment.md": ["Sentiment classifier", "Target-level sentiment", "Per-mention sentiment",
                          "Evaluation data"],
    "docs/sql.md": ["SQL cookbook", "daily_sentiment", "weekly_trends", "event_windows", "event_impact",
                    "perception_vs_market", "perception_market_leadlag", "comparisons", "anomalies", "coverage"],
    "docs/scheduling.md": ["Scheduled runs (Prefect)"],
    "docs/configuration.md": ["Configuration"],
    "docs/cli.md": ["Commands and options", "Stopping a run (Ctrl-C)"],
    "docs/sources.md": ["Sources", "Rate limits: what to expect"],
    "docs/architecture.md": ["Architecture", "Contributing", "Layout", "Reliability: same input, same output",
                             "Dependencies"],
}
STORY_MARKER = "<!-- story figures: re-measure -->"

FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")


def prose(text: str) -> str:
    """The text outside code: a `[x](y)` inside a code block or inline code is not a link."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def headings(path: Path) -> list[str]:
    return [m.group(2).strip() for m in re.finditer(r"^(#{1,6})\s+(.+?)\s*#*\s*$", FENCE.sub("", path.read_text(encoding="utf-8")), re.M)]


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for heading in headings(path):
        base = slug(heading)
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def links_in(text: str) -> list[str]:
    return [t for t in LINK.findall(prose(text))
            if not re.match(r"^[a-z][a-z0-9+.-]*:", t, re.I)]  # http:, https:, mailto:, file: are not files here


def relative_links(path: Path) -> list[str]:
    return links_in(path.read_text(encoding="utf-8"))


def test_readme_is_a_five_minute_page():
    n = len(README.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_README_LINES, f"README.md has {n} lines; at most {MAX_README_LINES}: move detail to docs/"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_relative_links_resolve(page):
    broken = []
    for target in relative_links(page):
        file_part, _, fragment = target.partition("#")
        dest = (page.parent / file_part).resolve() if file_part else page
        rel = dest.relative_to(REPO).as_posix() if dest.is_relative_to(REPO) else str(dest)
        if rel in EXPECTED_FROM_MERGE and not dest.exists():
            continue  # owed by another branch: test_files_other_branches_write_are_there names it
        if not dest.exists():
            broken.append(f"{target}: no file {rel}")
        elif fragment and dest.suffix == ".md" and fragment not in anchors(dest):
            broken.append(f"{target}: {rel} has no heading with anchor #{fragment}")
    assert not broken, f"{page.relative_to(REPO)}: broken links:\n" + "\n".join(broken)


def test_links_are_found():
    # The checks above see links at all: the README links its docs pages and its screenshot.
    links = relative_links(README)
    assert "docs/img/story-report-gpt-5.5.png" in links and "docs/sql.md" in links and "RELIABILITY.md" in links
    text = "See [a](a.md#x), ![shot\nover two lines](img/b.png) and [web](https://x.org).\n```\n[c](c.md)\n```\n`[d](d.md)`"
    assert links_in(text) == ["a.md#x", "img/b.png"]
    assert slug("Stopping a run (Ctrl-C)") == "stopping-a-run-ctrl-c"
    assert slug("Rate limits: what to expect") == "rate-limits-what-to-expect"


def test_files_other_branches_write_are_there():
    missing = [f"{path} (from {owner})" for path, owner in EXPECTED_FROM_MERGE.items() if not (REPO / path).exists()]
    assert not missing, "linked from README.md/docs but not merged yet: " + "; ".join(missing)


@pytest.mark.parametrize("page", sorted(MOVED_SECTIONS))
def test_moved_sections_stay_on_their_page(page):
    have = headings(REPO / page)
    assert [h for h in MOVED_SECTIONS[page] if h not in have] == [], f"{page} headings: {have}"


def test_story_figures_are_marked_for_re_measuring():
    assert STORY_MARKER in README.read_text(encoding="utf-8")
    assert STORY_MARKER in (REPO / "docs/story.md").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------ command table


def command_table() -> list[str]:
    """The first cell of each row of the README's table under '## Commands', without its backticks."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Commands\n(.*?)(?=^## )", text, re.S | re.M)
    assert section, "README.md has no '## Commands' section"
    cells = re.findall(r"^\|\s*`(tracker [^`]+)`\s*\|", section.group(1), re.M)
    assert cells, "no `tracker …` rows in the README's command table"
    return cells


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def resolve(cell: str) -> tuple[list[str], argparse.ArgumentParser, list[str]]:
    """('models', 'add'), its parser, and the options the cell names, for `tracker models add ID --alias NAME`."""
    words = shlex.split(cell.replace("\\|", "|"))
    assert words[0] == "tracker"
    parser, path = build_parser(), []
    rest = words[1:]
    while rest and subparsers(parser) and re.fullmatch(r"[a-z][a-z0-9-]*", rest[0]):
        name = rest.pop(0)
        assert name in subparsers(parser), (
            f"README command table: `tracker {' '.join([*path, name])}` is not a sub-command "
            f"(the parser has: {', '.join(subparsers(parser))})")
        parser = subparsers(parser)[name]
        path.append(name)
    options = [w.strip("[]|") for w in rest if w.strip("[]|").startswith("--")]
    return path, parser, options


def test_every_command_in_the_readme_table_exists_with_its_options():
    for cell in command_table():
        path, parser, options = resolve(cell)
        assert path, f"README command table: `{cell}` names no sub-command"
        unknown = [o for o in options if o not in parser._option_string_actions]
        assert not unknown, f"README command table: `{cell}`: `tracker {' '.join(path)}` has no option {unknown}"


def all_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    out = set()
    for name, sub in subparsers(parser).items():
        out.add((*prefix, name))
        out |= all_commands(sub, (*prefix, name))
    return out


def test_every_sub_command_has_a_line_in_the_readme_table():
    listed = {tuple(resolve(cell)[0]) for cell in command_table()}
    # A group whose own line is absent is still listed through its sub-commands' lines (`backfill reddit`).
    listed |= {path[:n] for path in listed for n in range(1, len(path))}
    missing = sorted(" ".join(c) for c in all_commands(build_parser()) - listed)
    assert not missing, f"sub-commands without a line in the README's command table: {missing}"


def test_resolve_rejects_a_command_the_parser_lacks():
    # The table check can fail: a made-up sub-command or option is caught.
    with pytest.raises(AssertionError, match="not a sub-command"):
        resolve("tracker models remove ID")
    path, parser, options = resolve("tracker trends [--model M] [--nope 3]")
    assert path == ["trends"] and "--nope" in options and "--nope" not in parser._option_string_actions
