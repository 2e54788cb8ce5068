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
