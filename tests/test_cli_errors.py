"""CLI: a user's mistake (a closed pipe, a wrong warehouse path, an unknown or unreadable eval set) ends in one
line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tracker.cli.main import EXIT_BROKEN_PIPE, main
from tracker.warehouse.database import Warehouse

ROOT = Path(__file__).resolve().parents[1]


def config(tmp_path: Path, warehouse: str = "w.duckdb") -> str:
    path = tmp_path / "tracker.toml"
    path.write_text(f"[warehouse]\npath = '{warehouse}'\n", encoding="utf-8")
    return str(path)


def cli_process(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-m", "tracker.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)


# ---------------------------------------------------------------- a reader that stops early (`| head -1`)


def test_query_into_a_pipe_closed_after_one_line_exits_quietly(tmp_path):
    cfg = config(tmp_path)
    Warehouse(tmp_path / "w.duckdb").init()
    # ~1.3 MB of CSV: far more than a pipe buffers, so the writer is still writing when the reader leaves.
    proc = cli_process("--config", cfg, "query", "--csv", "SELECT range AS n FROM range(200000)")
    assert proc.stdout.readline() == b"n\n"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert err == ""


def test_status_json_into_a_pipe_closed_before_it_writes_exits_quietly(tmp_path):
    cfg = config(tmp_path)
    Warehouse(tmp_path / "w.duckdb").init()
    proc = cli_process("--config", cfg, "status", "--json")
    proc.stdout.close()  # the interpreter is still importing: the report meets a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert err == ""


# ---------------------------------------------------------------- a warehouse path that is not a DuckDB file


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_text_file_as_warehouse_is_named_in_one_line(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    cfg = config(tmp_path, "notes.txt")
    for command in (["status"], ["status", "--json"], ["init"], ["query", "SELECT 1"]):
        code, out, err = run_cli(capsys, "--config", cfg, *command)
        assert (code, out) == (2, ""), command
        assert one_line(err) == f"{notes}: is not a DuckDB database file"
    assert notes.read_text(encoding="utf-8") == "not a database\n"  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "tracker.toml"]  # no lock file beside it


def test_an_empty_file_as_warehouse_is_named_in_one_line(tmp_path, capsys):
    (tmp_path / "w.duckdb").write_bytes(b"")
    code, _, err = run_cli(capsys, "--config", config(tmp_path), "init")
    assert code == 2 and one_line(err) == f"{tmp_path / 'w.duckdb'}: is not a DuckDB database file (it is empty)"


def test_a_directory_as_warehouse_is_named_in_one_line(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    cfg = config(tmp_path, "data")
    for command in (["status"], ["init"], ["query", "SELECT 1"]):
        code, out, err = run_cli(capsys, "--config", cfg, *command)
        assert (code, out) == (2, ""), command
        assert one_line(err) == (f"{tmp_path / 'data'}: is a directory, not a DuckDB file "
                                 "(set [warehouse] path to a file inside it)")
    assert list((tmp_path / "data").iterdir()) == []


def test_init_under_a_file_says_which_folder_is_a_file(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    code, _, err = run_cli(capsys, "--config", config(tmp_path, "notes.txt/db/w.duckdb"), "init")
    assert code == 2
    assert one_line(err) == f"{tmp_path / 'notes.txt/db/w.duckdb'}: {tmp_path / 'notes.txt'} is not a folder"


def test_status_and_query_on_a_missing_path_create_nothing(tmp_path, capsys):
    cfg = config(tmp_path, "nowhere/deeper/w.duckdb")
    for command in (["status"], ["status", "--json"], ["query", "SELECT 1"]):
        code, out, err = run_cli(capsys, "--config", cfg, *command)
        assert (code, out) == (1, ""), command
        assert one_line(err) == f"{tmp_path / 'nowhere/deeper/w.duckdb'}: no database yet (run `tracker init`)"
    assert not (tmp_path / "nowhere").exists()
    # init is the command that creates it, folders included
    assert run_cli(capsys, "--config", cfg, "init")[0] == 0
    assert (tmp_path / "nowhere" / "deeper" / "w.duckdb").is_file()


def test_constructing_a_warehouse_creates_no_folder(tmp_path):
    store = Warehouse(tmp_path / "a" / "b" / "w.duckdb")
    assert not store.exists()
    store.check()  # a missing file is not a problem
    assert not (tmp_path / "a").exists()


def test_status_on_a_duckdb_file_without_tracker_tables(tmp_path, capsys):
    import duckdb

    duckdb.connect(str(tmp_path / "w.duckdb")).close()
    code, _, err = run_cli(capsys, "--config", config(tmp_path), "status")
    assert code == 2 and one_line(err).startswith(f"{tmp_path / 'w.duckdb'}: not a tracker warehouse (run `tracker init`")


# ---------------------------------------------------------------- `tracker eval --dataset` mistakes


def eval_error(capsys, dataset: str) -> str:
    # A model that does not exist: had the command got as far as loading one, it would say so instead.
    code, out, err = run_cli(capsys, "eval", "--dataset", dataset, "--model", "/nonexistent/model")
    assert (code, out) == (2, "")
    return one_line(err)


def test_eval_unknown_name_lists_the_named_sets(capsys):
    line = eval_error(capsys, "tweetevl")
    assert line.startswith("eval: unknown dataset 'tweetevl': not a file, and not one of the named sets: ")
    names = line.split("named sets: ")[1].split(", ")
    assert names == ["tweeteval", "tweeteval-val", "goemotions-dev", "tweeteval-test", "ai-model-sentiment",
                     "ai-models-heldout", "tweeteval-irony", "tweeteval-irony-val", "twitter-dong2014", "twitter-dong2014-train", "twitter-dong2014-test",
                     "laptops", "laptops-train", "laptops-test", "restaurants", "restaurants-train", "restaurants-test",
                     "mams", "mams-train", "mams-val", "mams-test"]


def test_eval_header_only_tsv_is_one_line_naming_it(tmp_path, capsys):
    for header in ("text\tlabel\n", "text\ttarget\tstart\tend\tlabel\n\n"):
        path = tmp_path / "header.tsv"
        path.write_text(header, encoding="utf-8")
        assert eval_error(capsys, str(path)) == f"eval: {path}: a header and no examples"


def test_eval_latin1_tsv_is_one_line_naming_it(tmp_path, capsys):
    path = tmp_path / "latin1.tsv"
    path.write_bytes("text\tlabel\nok\tneutral\ncafé au lait\tpositive\n".encode("latin-1"))
    assert eval_error(capsys, str(path)) == f"eval: {path}: not UTF-8 text (byte 0xe9 on line 3); save it as UTF-8"


def test_eval_binary_file_is_one_line_naming_it(tmp_path, capsys):
    path = tmp_path / "model.bin"
    path.write_bytes(bytes(range(256)))
    assert eval_error(capsys, str(path)) == f"eval: {path}: a binary file, not a tab-separated text file"


def test_eval_tsv_without_text_and_label_columns(tmp_path, capsys):
    path = tmp_path / "wrong.tsv"
    path.write_text("sentence,sentiment\nfine,positive\n", encoding="utf-8")
    assert eval_error(capsys, str(path)) == (f"eval: {path}: header 'sentence,sentiment' lacks text and label "
                                             "(tab-separated)")
    assert eval_error(capsys, str(tmp_path)) == (f"eval: {tmp_path}: is a directory; expected a TSV file with a "
                                                 "header text,label or text,target,start,end,label")


# ---------------------------------------------------------------- every option says what it does


def test_every_cli_option_and_argument_has_help_text():
    import argparse

    from tracker.cli.main import _all_subparsers, build_parser

    parser = build_parser()
    parsers = {"tracker": parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in _all_subparsers(action):
                parsers[command.prog] = command
    assert len(parsers) > 10  # the walk reached the sub-commands
    missing = []
    for prog, command in parsers.items():
        for action in command._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            if not (action.help or "").strip() or action.help == argparse.SUPPRESS:
                missing.append(f"{prog} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


def test_eval_named_set_missing_says_which_file_and_where_the_sets_come_from(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TRACKER_SHARED_DATA", str(tmp_path / "shared"))
    cases = {"twitter-dong2014": tmp_path / "shared" / "target-sentiment" / "twitter-dong2014-test.tsv",
             "mams-val": tmp_path / "shared" / "target-sentiment" / "mams-atsa-val.tsv",
             "tweeteval-val": tmp_path / "shared" / "tweeteval-sentiment" / "val_text.txt",
             "goemotions-dev": tmp_path / "shared" / "goemotions-reddit" / "group_sentiment_dev.tsv"}
    for name, missing in cases.items():
        line = eval_error(capsys, name)
        assert line == (f"eval: the named set {name!r} reads {missing}, which is missing. The named sets are files of "
                        f"the shared data folder (looked for at {tmp_path / 'shared'}): place it at ../shared/data "
                        "beside the checkout, or set TRACKER_SHARED_DATA to where it is (see docs/evaluation.md); or "
                        "give --dataset PATH to a TSV")
        assert "Errno" not in line
    assert not (tmp_path / "shared").exists()
    assert "TRACKER_SHARED_DATA" in (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")


def test_eval_unknown_model_is_one_line_before_any_data_loads(tmp_path, capsys):
    path = tmp_path / "small.tsv"
    path.write_text("text\tlabel\ngood\tpositive\nbad\tnegative\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "eval", "--dataset", str(path), "--model", "no-such-model")
    assert (code, out) == (2, "")
    assert one_line(err).startswith("eval: --model: classifier model 'no-such-model': no artifact at ")
