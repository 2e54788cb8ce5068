"""Ctrl-C on a real terminal: `tracker demo` stops within a bounded wait, exits 130, closes the stage's run row as
'interrupted', leaves no process or port behind, and running it again ends in the tables of one clean run.

The demo runs on a pseudo-terminal whose controlling process group is the demo's, and the test types Ctrl-C
(0x03) into it: the terminal driver then sends SIGINT to that whole group, as a shell's terminal does."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import socket
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from demo_build import demo_folder, port_is_free, week_export
from faults.harness import fingerprints
from tracker.warehouse.runs import EXIT_INTERRUPTED, RunOwner, close_stale_runs, interrupted_summary, run_source
from tracker.warehouse.database import Warehouse, upsert_documents, utcnow

REPO = Path(__file__).resolve().parents[1]
SERVICES = sorted(p.name for p in (REPO / "data" / "sample").iterdir() if p.is_dir())
STAGE_TO_INTERRUPT = "reddit"  # the longest ingestion stage: several seconds to land the interrupt in
START_TIMEOUT_S = 240  # first start of a Prefect server on a fresh PREFECT_HOME migrates its database
STOP_TIMEOUT_S = 30  # from Ctrl-C to the process's exit: the bound the run must stop within
RUN_TIMEOUT_S = 600


# The demo folder and the free run of ports: tests/demo_build.py (shared with the session's demo build).


# ---------------------------------------------------------------- the demo on a pseudo-terminal


def alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


class TerminalRun:
    """`tracker demo` as the foreground job of its own pseudo-terminal; its output read as it comes."""

    def __init__(self, folder: Path, base_port: int, *args: str):
        self.folder = folder
        self.output = bytearray()
        self.descendants: dict[int, tuple[psutil.Process, list[str]]] = {}
        master, slave = os.openpty()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
               "PREFECT_HOME": str(folder / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "TERM": "dumb", "COLUMNS": "200", "DO_NOT_TRACK": "1"}
        env.pop("PREFECT_API_URL", None)
        env.pop("TRACKER_CONFIG", None)

        def controlling_terminal() -> None:  # in the child, after setsid: the pty becomes its terminal
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [sys.executable, "-m", "tracker.cli", "--config", str(folder / "tracker.toml"), "demo",
             "--base-port", str(base_port), *args],
            stdin=slave, stdout=slave, stderr=slave, cwd=REPO, env=env, start_new_session=True,
            preexec_fn=controlling_terminal, close_fds=True,
        )
        os.close(slave)
        self.master = master
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: every process holding the terminal has gone
                return
            if not chunk:
                return
            self.output.extend(chunk)

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace").replace("\r\n", "\n")

    def note_descendants(self) -> None:
        with contextlib.suppress(psutil.NoSuchProcess):
            for child in psutil.Process(self.process.pid).children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    self.descendants.setdefault(child.pid, (child, child.cmdline()))

    def wait_for_running_stage(self, stage: str, timeout_s: float) -> None:
        """Poll ingest_runs (read-only) until ``stage`` has a 'running' row; note the processes started so far."""
        db = self.folder / "data" / "tracker.duckdb"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.note_descendants()
            assert self.process.poll() is None, f"the demo ended before {stage} started:\n{self.text[-4000:]}"
            if db.exists():
                try:
                    con = duckdb.connect(str(db), read_only=True)
                except duckdb.Error:  # a writer holds the file just now
                    con = None
                if con is not None:
                    try:
                        running = con.execute("SELECT count(*) FROM ingest_runs WHERE source = ? AND status = 'running'",
                                              [stage]).fetchone()[0]
                    except duckdb.Error:  # not migrated yet
                        running = 0
                    finally:
                        con.close()
                    if running:
                        self.note_descendants()
                        return
            time.sleep(0.2)
        raise AssertionError(f"{stage} did not start within {timeout_s}s:\n{self.text[-4000:]}")

    def press_ctrl_c(self) -> None:
        os.write(self.master, b"\x03")

    def wait(self, timeout_s: float) -> int:
        try:
            return self.process.wait(timeout_s)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, 9)
                self.process.wait()
            self.reader.join(5)
            os.close(self.master)


def run_to_end(folder: Path, base_port: int, *args: str) -> str:
    run = TerminalRun(folder, base_port, *args)
    code = run.wait(RUN_TIMEOUT_S)
    assert code == 0, run.text[-6000:]
    return run.text


def interrupt_then_rerun(tmp_path: Path, name: str, base_port: int, *args: str) -> Path:
    folder = demo_folder(tmp_path / name)
    run = TerminalRun(folder, base_port, *args)
    run.wait_for_running_stage(STAGE_TO_INTERRUPT, START_TIMEOUT_S)
    run.press_ctrl_c()
    pressed = time.monotonic()
    code = run.wait(STOP_TIMEOUT_S)
    print(f"\n{name}: exit {code} {time.monotonic() - pressed:.1f} s after Ctrl-C (load {os.getloadavg()[0]:.1f})")
    output = run.text
    assert code == EXIT_INTERRUPTED, output[-6000:]
    assert "Traceback" not in output, output[-6000:]
    last = [line for line in output.splitlines() if line.startswith("interrupted")]
    assert len(last) == 1, output[-6000:]
    assert f"stopped in {STAGE_TO_INTERRUPT}" in last[0] and "finished catalog (ok)" in last[0], last[0]
    assert "kept" in last[0] and output.strip().splitlines()[-1] == last[0], output[-3000:]
    # Nothing left behind: every process the demo started has ended, and the ports it listened on are free.
    left = [(pid, cmd) for pid, (p, cmd) in run.descendants.items() if alive(p)]
    assert left == [], f"processes left behind: {left}"
    ports = [base_port + i for i in range(len(SERVICES))]
    ports += [int(p) for _, cmd in run.descendants.values() for p in re.findall(r"--port (\d+)", " ".join(cmd))]
    assert [p for p in ports if not port_is_free(p)] == []
    with duckdb.connect(str(folder / "data" / "tracker.duckdb"), read_only=True) as con:
        runs = con.execute("SELECT source, status, error FROM ingest_runs ORDER BY started_at").fetchall()
    assert [(s, st) for s, st, _ in runs][-1] == (STAGE_TO_INTERRUPT, "interrupted"), runs
    assert [st for _, st, _ in runs[:-1]] == ["ok"] * (len(runs) - 1), runs
    assert "KeyboardInterrupt" in runs[-1][2]

    rerun = run_to_end(folder, base_port, *args)
    assert "interrupted:" not in rerun
    with duckdb.connect(str(folder / "data" / "tracker.duckdb"), read_only=True) as con:
        statuses = con.execute("SELECT status, count(*) FROM ingest_runs GROUP BY ALL ORDER BY ALL").fetchall()
    assert dict(statuses)["interrupted"] == 1 and "running" not in dict(statuses), statuses
    return folder


@pytest.fixture(scope="module")
def clean_run(demo_build) -> tuple[dict, int, dict]:
    """One clean `tracker demo --no-prefect` run, the session's shared demo build (conftest.py): the tables (and
    the week's export) every interrupted-and-resumed run on its replay ports must end in."""
    tables = demo_build.fingerprints
    assert tables["documents"][0] > 0 and tables["sentiment"][0] > 0
    export = demo_build.week_export()
    assert any(name.endswith(".csv") for name in export) and all(export.values())
    return tables, demo_build.base_port, export


@pytest.mark.slow
@pytest.mark.xdist_group("demo_ports")
def test_ctrl_c_in_the_plain_demo_stops_records_and_resumes_to_the_clean_tables(tmp_path, clean_run):
    clean, base_port, clean_export = clean_run
    folder = interrupt_then_rerun(tmp_path, "plain", base_port, "--no-prefect")
    assert fingerprints(folder / "data" / "tracker.duckdb") == clean
    assert week_export(folder) == clean_export  # byte for byte


@pytest.mark.slow
@pytest.mark.prefect_server
@pytest.mark.xdist_group("demo_ports")
def test_ctrl_c_in_the_prefect_demo_stops_records_and_resumes_to_the_clean_tables(tmp_path, clean_run):
    clean, base_port, clean_export = clean_run
    folder = interrupt_then_rerun(tmp_path, "prefect", base_port)
    assert fingerprints(folder / "data" / "tracker.duckdb") == clean
    assert week_export(folder) == clean_export  # byte for byte


# ---------------------------------------------------------------- stale rows of dead processes


def test_a_later_run_closes_running_rows_whose_process_is_gone(tmp_path):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = RunOwner(gone.pid, socket.gethostname(), psutil.Process().create_time() - 5)
    alive = RunOwner.current()
    reused_pid = RunOwner(os.getpid(), socket.gethostname(), alive.process_started - 3600)  # same pid, older process
    elsewhere = RunOwner(1, "another-host", 0.0)
    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()
    with wh.write() as con:
        for run_id, owner in (("dead", dead), ("alive", alive), ("reused", reused_pid), ("elsewhere", elsewhere)):
            con.execute("INSERT INTO ingest_runs (run_id, source, started_at, status, pid, host, process_started) "
                        "VALUES (?, 'reddit', now(), 'running', ?, ?, ?)",
                        [run_id, owner.pid, owner.host, owner.process_started])
        closed = close_stale_runs(con)
    assert sorted(closed) == [("dead", "reddit"), ("reused", "reddit")]
    with wh.read() as con:
        rows = con.execute("SELECT run_id, status, finished_at IS NOT NULL, error FROM ingest_runs ORDER BY run_id").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("alive", "running", False), ("dead", "interrupted", True), ("elsewhere", "running", False),
        ("reused", "interrupted", True)]
    assert dict((r[0], r[3]) for r in rows)["dead"] == (
        f"interrupted: process {gone.pid} on {socket.gethostname()} ended without closing this run")


# ---------------------------------------------------------------- run_source and Ctrl-C, in process


def test_ctrl_c_in_a_stage_closes_its_row_as_interrupted_keeps_its_writes_and_is_raised_again(tmp_path):
    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()
    started = utcnow()

    def body(stats):
        with wh.write() as con:
            stats.fetched += 2
            stats.add(upsert_documents(con, [{"doc_id": f"reddit:t1_{i}", "source": "reddit", "kind": "comment",
                                              "body": f"text {i}"} for i in range(2)]))
        raise KeyboardInterrupt

    run_source(wh, "catalog", lambda stats: None)
    with pytest.raises(KeyboardInterrupt):
        run_source(wh, "reddit", body)
    with wh.read() as con:
        rows = con.execute("SELECT source, status, fetched, inserted, error, finished_at IS NOT NULL, pid, host "
                           "FROM ingest_runs ORDER BY started_at").fetchall()
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    owner = RunOwner.current()
    assert rows == [("catalog", "ok", 0, 0, None, True, owner.pid, owner.host),
                    ("reddit", "interrupted", 2, 2, "interrupted (KeyboardInterrupt)", True, owner.pid, owner.host)]
    assert documents == 2
    assert interrupted_summary(wh, started, ["catalog", "reddit", "blogs", "label"]) == (
        "interrupted: finished catalog (ok); stopped in reddit (recorded as interrupted); not started: blogs, label; "
        "kept 2 inserted and 0 updated rows (every write is committed on its own); run the same command again to finish")


def test_ctrl_c_inside_a_duckdb_query_stops_the_stage_as_interrupted(tmp_path):
    # DuckDB's client turns a SIGINT that arrives while a query runs into RuntimeError('Query interrupted'),
    # which a stage would record as one failed run and carry on from; the warehouse gives the interrupt back.
    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()

    def body(stats):
        with wh.read() as con:
            ctrl_c = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
            ctrl_c.start()
            try:  # a few seconds of work: DuckDB may only notice the interrupt when the query ends
                con.execute("SELECT count(*) FROM range(600000000) t(i) WHERE i % 7 = 3").fetchall()
            finally:
                ctrl_c.join()

    with pytest.raises(KeyboardInterrupt) as raised:
        run_source(wh, "reddit", body)
    with wh.read() as con:
        rows = con.execute("SELECT source, status, error FROM ingest_runs").fetchall()
    assert rows == [("reddit", "interrupted", "interrupted (KeyboardInterrupt)")]
    if raised.value.__cause__ is not None:  # None only if the signal beat the query to the start
        assert str(raised.value.__cause__) == "Query interrupted"


def test_a_duckdb_interrupt_in_a_write_rolls_back_and_is_raised_as_ctrl_c(tmp_path):
    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()
    query_over = threading.Event()

    def interrupt_until_over(con):  # an interrupt() before the query starts is lost, so it is repeated
        while not query_over.wait(0.05):
            con.interrupt()

    with pytest.raises(KeyboardInterrupt):
        with wh.write() as con:
            upsert_documents(con, [{"doc_id": "reddit:t1_a", "source": "reddit", "kind": "comment", "body": "a"}])
            interrupter = threading.Thread(target=interrupt_until_over, args=(con,))
            interrupter.start()
            try:
                con.execute("SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 3").fetchall()
            finally:
                query_over.set()
                interrupter.join()
    with wh.read() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_an_ordinary_error_is_still_recorded_and_not_raised(tmp_path):
    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()
    stats = run_source(wh, "blogs", lambda stats: 1 / 0)
    assert stats.status == "failed"
    with wh.read() as con:
        assert con.execute("SELECT status, error FROM ingest_runs").fetchall() == [
            ("failed", "ZeroDivisionError: division by zero")]


def test_the_migration_closes_rows_left_running_before_owners_were_recorded(tmp_path, monkeypatch):
    import tracker.warehouse.database as warehouse_module

    every = warehouse_module.migration_files()
    monkeypatch.setattr(warehouse_module, "migration_files", lambda: [m for m in every if m[0] < "005"])
    wh = Warehouse(tmp_path / "t.duckdb")
    wh.init()
    with wh.write() as con:
        con.execute("INSERT INTO ingest_runs (run_id, source, started_at, status) VALUES "
                    "('old', 'reddit', now(), 'running'), ('done', 'blogs', now(), 'ok')")
    monkeypatch.setattr(warehouse_module, "migration_files", lambda: every)
    assert "005_run_owner" in Warehouse(wh.path).init()
    with wh.read() as con:
        assert con.execute("SELECT run_id, status FROM ingest_runs ORDER BY run_id").fetchall() == [
            ("done", "ok"), ("old", "interrupted")]
