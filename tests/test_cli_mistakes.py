"""Every option of every command, given a wrong value: one line on stderr naming the option and what was expected,
exit status 2, nothing on stdout, no traceback, and nothing created or changed.

The walk reads the argparse tree, so a new option is checked as soon as it exists: its bad values follow from its
type (a number's range, an output path, a week, a day, a choice), and an option of plain text must be listed below
either with names that do not exist or as free text, with the reason.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest
from trends_fixtures import CLF, build_week

import tracker.cli.main as cli_main
from tracker.cli import args as cli_args
from tracker.cli import reddit as reddit_cli
from tracker.cli import sentiment as sentiment_cli
from tracker.cli import serve as serve_cli
from tracker.cli.main import _all_subparsers, build_parser, main
from tracker.pipeline import STAGES
from tracker.warehouse.database import Warehouse

# Plain-text options that name something: values that name nothing.
UNKNOWN_NAMES = {
    ("tracker trends", "--model"): ["nope", "GPT-5.5 "],
    ("tracker trends", "--community"): ["r/nope"],
    ("tracker report", "--model"): ["nope"],
    ("tracker eval", "--model"): ["nope"],
    ("tracker eval", "--dataset"): ["nope", "{tmp}"],
    ("tracker events confirm", "event_id"): ["nope"],
    ("tracker events dismiss", "event_id"): ["nope"],
}
# Plain-text options any text is fine for, and why.
FREE_TEXT = {
    ("tracker query", "sql"),  # SQL mistakes are DuckDB's to explain (tests/test_cli_query.py)
    ("tracker serve", "--host"),  # checked when binding (a name lookup here could wait on DNS)
    ("tracker serve", "--work-queue"),  # a queue the worker polls; Prefect creates it on first use
    ("tracker models add", "--alias"),  # any spelling people use is a fine alias
    ("tracker models add", "--context-alias"),
}
# Arguments a command needs before it gets to the one under test.
REQUIRED = {
    "tracker query": ["SELECT 1"],
    "tracker backfill reddit": ["--subreddit", "OpenAI", "--since", "2026-01-01"],
    "tracker models add": ["gpt-9.9"],
}
# Commands that do long or outside work once their arguments are accepted (train, serve, fetch): replaced by a
# function that fails the test, since an accepted bad value is the defect being looked for.
GUARDED = {(sentiment_cli, "cmd_train"), (serve_cli, "serve"), (reddit_cli, "cmd_backfill_reddit"),
           (cli_main, "cmd_demo"), (cli_main, "cmd_ingest"), (cli_main, "cmd_run"), (cli_main, "cmd_label")}


def bad_values(prog: str, action: argparse.Action, tmp: Path) -> list[str]:
    """Wrong values for one option, derived from its type."""
    kind = action.type
    paths = {
        "missing folder": str(tmp / "missing" / "out.x"),
        "under a file": str(tmp / "a-file" / "out.x"),
        "under /proc": "/proc/tracker-out/out.x",
        "in /proc": "/proc/out.x",  # a file system nobody may create files in, root included
    }
    if os.geteuid() != 0:  # root writes in any folder whatever its mode
        paths["read-only folder"] = str(tmp / "read-only" / "out.x")
    if action.choices is not None:
        return ["nope"]
    if kind is None:
        if (prog, action.option_strings[-1] if action.option_strings else action.dest) in FREE_TEXT:
            return []
        names = UNKNOWN_NAMES.get((prog, action.option_strings[-1] if action.option_strings else action.dest))
        assert names is not None, f"{prog} {action.option_strings or action.dest}: plain text with no check; " \
                                  "list it in UNKNOWN_NAMES or FREE_TEXT"
        return [n.format(tmp=tmp) for n in names]
    if getattr(kind, "__name__", "") == "whole number":
        low, high = kind.minimum, kind.maximum
        return [str(low - 1), "banana", "1.5", ""] + ([str(high + 1)] if high is not None else [])
    if getattr(kind, "__name__", "") == "number":
        edge = kind.minimum if kind.above else kind.minimum - 1
        return [repr(edge), "-1e9", "banana", "nan", "inf"]
    if kind is cli_args.output_file:
        return [*paths.values(), str(tmp), str(tmp / "folder") + "/", ""]
    if kind is cli_args.output_file_or_folder:
        return [*paths.values(), str(tmp / "a-file" / "sub" / "deeper"), ""]
    if kind is cli_args.existing_folder:
        return [str(tmp / "missing"), str(tmp / "a-file")]
    if kind is cli_args.slug:
        return ["Not An Id", "", "gpt/5", "x" * 65]
    if kind is cli_args.model_artifact:
        return ["nope", str(tmp / "missing")]
    if kind is cli_args.config_file:
        return [str(tmp / "missing.toml"), str(tmp)]
    if kind is cli_args.iso_week:
        return ["banana", "2026-W99", "2025-W53", "2026-W00", "2026-17", "2026-w17"]
    if kind is cli_args.day:
        return ["banana", "2026-02-30", "04/23/2026"]
    if kind is reddit_cli._day:
        return ["banana", "2026-02-30"]
    if kind is reddit_cli._subreddit:
        return ["not a name", "r/", "x" * 30]
    raise AssertionError(f"{prog} {action.option_strings}: type {kind!r} has no bad values here; add them")


def leaf_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    commands = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in _all_subparsers(action):
                if not any(isinstance(a, argparse._SubParsersAction) for a in command._actions):
                    commands[command.prog] = command
    return commands


def cases(tmp: Path) -> list[tuple[str, list[str]]]:
    """(what, argv after --config) for every option of every command with each of its bad values."""
    parser = build_parser()
    found = []
    for prog, command in leaf_commands(parser).items():
        words = prog.split()[1:]
        for action in command._actions:
            if isinstance(action, argparse._HelpAction) or action.nargs == 0:
                continue  # flags: nothing to get wrong
            for value in bad_values(prog, action, tmp):
                if action.option_strings:
                    argv = [*words, *REQUIRED.get(prog, []), action.option_strings[-1], value]
                else:  # a positional: the only one of its command
                    argv = [*words, value]
                found.append((f"{prog} {action.option_strings[-1] if action.option_strings else action.dest}={value!r}",
                              argv))
    return found


def tree(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(root.rglob("*"))}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mistakes")
    (tmp / "tracker.toml").write_text(
        f'[warehouse]\npath = "wh.duckdb"\n[classifier]\nmodel = "{CLF}"\ntarget_model = ""\n'
        '[trends]\nexport_root = "exports"\n', encoding="utf-8")
    warehouse = Warehouse(tmp / "wh.duckdb")
    warehouse.init()
    with warehouse.write() as con:
        build_week(con)
    (tmp / "a-file").write_text("a file, not a folder\n", encoding="utf-8")
    (tmp / "read-only").mkdir(mode=0o500)
    yield tmp
    (tmp / "read-only").chmod(0o700)


def test_every_option_of_every_command_refuses_a_bad_value_in_one_line(workspace, capsys, monkeypatch):
    for module, name in GUARDED:
        def accepted(args, _name=name):
            raise AssertionError(f"{_name} ran with a bad value: {vars(args)}")
        monkeypatch.setattr(module, name, accepted)
    config = str(workspace / "tracker.toml")
    before = tree(workspace)
    walked = cases(workspace)
    commands = {what.split("=")[0].rsplit(" ", 1)[0] for what, _ in walked}
    assert set(leaf_commands(build_parser())) - {"tracker init", "tracker label", "tracker status"} <= commands
    assert len(walked) > 150  # the walk reached the options
    problems = []
    for what, argv in walked:
        code = main(["--config", config, *argv])
        out, err = capsys.readouterr()
        lines = err.strip().splitlines()
        option, value = what.split("=")[0].rsplit(" ", 1)[1], argv[-1]
        named = option in err or (value and value in err)  # the line says which option, or quotes its value
        if code != 2 or out or len(lines) != 1 or "Traceback" in err or not named:
            problems.append(f"{what}: exit {code}, stdout {out[:80]!r}, stderr {err[:300]!r}")
    assert problems == []
    assert tree(workspace) == before  # nothing created, nothing changed (the warehouse file included)
    assert not Path("/proc/tracker-out").exists()


def test_a_bad_config_path_is_one_line_for_every_command(workspace, capsys):
    for prog in sorted(leaf_commands(build_parser())):
        for config in (workspace / "missing.toml", workspace):
            argv = ["--config", str(config), *prog.split()[1:], *REQUIRED.get(prog, [])]
            assert main(argv) == 2, argv
            out, err = capsys.readouterr()
            assert out == "" and err.count("\n") == 1 and "argument --config" in err, (argv, err)


def test_commands_that_read_the_warehouse_never_create_it(tmp_path, capsys):
    (tmp_path / "tracker.toml").write_text('[warehouse]\npath = "nowhere/wh.duckdb"\n', encoding="utf-8")
    for command in (["trends"], ["alerts"], ["export"], ["report"], ["status"], ["query", "SELECT 1"]):
        code = main(["--config", str(tmp_path / "tracker.toml"), *command])
        out, err = capsys.readouterr()
        assert (code, out) == (1, ""), command
        assert err == f"{tmp_path / 'nowhere' / 'wh.duckdb'}: no database yet (run `tracker init`)\n", command
    assert sorted(os.listdir(tmp_path)) == ["tracker.toml"]


def test_messages_name_what_was_expected(workspace, capsys):
    config = str(workspace / "tracker.toml")
    expected = {
        ("trends", "--weeks", "-2"): "tracker trends: argument --weeks: expected a whole number >= 1, got '-2' "
                                     "(see `tracker trends --help`)",
        ("trends", "--week", "2026-W99"): "tracker trends: argument --week: no ISO week '2026-W99': 2026 has weeks "
                                          "W01 to W53 (see `tracker trends --help`)",
        ("trends", "--week", "banana"): "tracker trends: argument --week: expected an ISO week like 2026-W17, got "
                                        "'banana' (see `tracker trends --help`)",
        ("trends", "--model", "nope"): "tracker trends: --model 'nope': no such model; known: gpt-5.4, gpt-5.5",
        ("alerts", "--days", "0"): "tracker alerts: argument --days: expected a whole number >= 1, got '0' "
                                   "(see `tracker alerts --help`)",
        ("query", "--parquet", "/nonexist/x.parquet", "SELECT 1"):
            "tracker query: argument --parquet: /nonexist/x.parquet: folder /nonexist does not exist (create it "
            "first) (see `tracker query --help`)",
        ("report", "--out", str(workspace / "a-file" / "r.html")):
            f"tracker report: argument --out: {workspace / 'a-file' / 'r.html'}: {workspace / 'a-file'} is a file, "
            "not a folder (see `tracker report --help`)",
        ("eval", "--limit", "-5"): "tracker eval: argument --limit: expected a whole number >= 1, got '-5' "
                                   "(see `tracker eval --help`)",
        ("eval", "--predictions", str(workspace)): f"tracker eval: argument --predictions: {workspace}: is a folder; "
                                                   "expected a file path (see `tracker eval --help`)",
        ("run", "--stage", "nope"): "tracker run: argument --stage: invalid choice: 'nope' (choose from "
                                    f"{', '.join(repr(s) for s in STAGES)}) (see `tracker run --help`)",
    }
    for argv, line in expected.items():
        assert main(["--config", config, *argv]) == 2, argv
        assert capsys.readouterr().err == line + "\n"
    assert not Path("/nonexist").exists()


# ---------------------------------------------------------------- help pages and --version


def test_version(capsys):
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"tracker {version('tracker')}\n"


def test_every_command_help_page_has_a_description(capsys):
    parser = build_parser()
    commands = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update((c.prog, c) for c in _all_subparsers(action))
    assert len(commands) > 15
    for prog, command in commands.items():
        assert (command.description or "").strip(), prog
        assert main([*prog.split()[1:], "--help"]) == 0
        page = capsys.readouterr().out
        assert command.description.split()[0] in page.split("\n\n")[1], prog  # printed under the usage line


def test_run_help_lists_the_stages(capsys):
    from tracker.pipeline import STAGES

    assert main(["run", "--help"]) == 0
    page = " ".join(capsys.readouterr().out.split())
    assert ", ".join(STAGES) in page
