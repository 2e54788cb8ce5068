"""CLI: init, read-only query in its three formats, status output."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

from tracker.cli.main import main
from tracker.warehouse.runs import RunOwner
from tracker.warehouse.database import Warehouse, set_state, upsert_documents


def config(tmp_path):
    path = tmp_path / "tracker.toml"
    path.write_text("[warehouse]\npath = 'w.duckdb'\n", encoding="utf-8")
    return str(path)


def seed(tmp_path):
    store = Warehouse(tmp_path / "w.duckdb")
    with store.write() as con:
        upsert_documents(con, [
            {"doc_id": "reddit:t1_a", "source": "reddit", "kind": "comment", "body": "=cmd, \"quoted\"",
             "created_at": datetime(2026, 4, 24, tzinfo=timezone.utc)},
        ])
        set_state(con, "reddit", "new:r/OpenAI", "t3_abc")
        con.execute("INSERT INTO ingest_runs (run_id, source, started_at, finished_at, status, fetched, inserted, "
                    "updated, rejected, error, pid, host, process_started) VALUES ('r1', 'reddit', "
                    "TIMESTAMPTZ '2026-04-24 10:00:00+00', TIMESTAMPTZ '2026-04-24 10:01:00+00', 'ok', 5, 1, 0, 0, NULL, "
                    "4242, 'box', 1.0)")
    return store


def test_init_creates_and_reports(tmp_path, capsys):
    from tracker.warehouse.database import migration_files

    cfg = config(tmp_path)
    assert main(["--config", cfg, "init"]) == 0
    versions = ", ".join(v for v, _ in migration_files())
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'w.duckdb'}: applied {versions}; views built"
    assert main(["--config", cfg, "query", "--csv", "SELECT count(*) AS n FROM weekly_trends"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "0"]  # the views answer (empty) before any data came in
    assert main(["--config", cfg, "init"]) == 0
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'w.duckdb'}: up to date"


def test_query_refuses_writes(tmp_path, capsys):
    cfg = config(tmp_path)
    seed(tmp_path)
    for sql in ("DELETE FROM documents", "INSERT INTO models VALUES ('x','v','f',1,[])", "DROP TABLE documents",
                "CREATE TABLE t (x INTEGER)"):
        assert main(["--config", cfg, "query", sql]) == 2
        assert "read-only; this statement would write" in capsys.readouterr().err
    assert main(["--config", cfg, "query", "--csv", "SELECT count(*) AS n FROM documents"]) == 0
    assert capsys.readouterr().out == "n\n1\n"


def test_query_formats(tmp_path, capsys):
    cfg = config(tmp_path)
    seed(tmp_path)
    sql = "SELECT doc_id, body, created_at FROM documents"
    assert main(["--config", cfg, "query", "--json", sql]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"doc_id": "reddit:t1_a", "body": "=cmd, \"quoted\"", "created_at": "2026-04-24T00:00:00+00:00"}]
    assert main(["--config", cfg, "query", "--csv", sql]) == 0
    assert capsys.readouterr().out == 'doc_id,body,created_at\nreddit:t1_a,"=cmd, ""quoted""",2026-04-24T00:00:00+00:00\n'
    assert main(["--config", cfg, "query", sql]) == 0
    out = capsys.readouterr().out
    assert "reddit:t1_a" in out and out.splitlines()[-1] == "1 row"
    assert main(["--config", cfg, "query", "SELECT * FROM no_such_table"]) == 2
    assert "query failed" in capsys.readouterr().err


def test_status_lists_tables_runs_and_cursors(tmp_path, capsys):
    cfg = config(tmp_path)
    seed(tmp_path)
    assert main(["--config", cfg, "status", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tables"]["documents"] == 1 and report["tables"]["rejects"] == 0
    assert report["last_runs"] == [{"source": "reddit", "status": "ok", "started_at": "2026-04-24T10:00:00+00:00",
                                    "finished_at": "2026-04-24T10:01:00+00:00", "fetched": 5, "inserted": 1,
                                    "updated": 0, "rejected": 0, "not_fetched": 0, "covered_since": None,
                                    "covered_until": None, "error": None, "pid": 4242, "host": "box"}]
    assert [(c["source"], c["key"], c["value"]) for c in report["cursors"]] == [("reddit", "new:r/OpenAI", "t3_abc")]
    assert main(["--config", cfg, "status"]) == 0
    text = capsys.readouterr().out
    assert "  documents                1" in text
    assert "  reddit/new:r/OpenAI = t3_abc" in text
    assert "  reddit    ok          2026-04-24T10:00:00+00:00  fetched=5 inserted=1 updated=0 rejected=0" in text


def test_status_shows_a_run_whose_process_is_gone_as_interrupted(tmp_path, capsys):
    cfg = config(tmp_path)
    store = seed(tmp_path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    mine = RunOwner.current()
    with store.write() as con:
        for run_id, source, owner in (("r2", "blogs", RunOwner(gone.pid, mine.host, mine.process_started)),
                                      ("r3", "markets", mine)):
            con.execute("INSERT INTO ingest_runs (run_id, source, started_at, status, pid, host, process_started) "
                        "VALUES (?, ?, TIMESTAMPTZ '2026-04-25 10:00:00+00', 'running', ?, ?, ?)",
                        [run_id, source, owner.pid, owner.host, owner.process_started])
    assert main(["--config", cfg, "status", "--json"]) == 0
    runs = {r["source"]: r for r in json.loads(capsys.readouterr().out)["last_runs"]}
    assert (runs["blogs"]["status"], runs["markets"]["status"], runs["reddit"]["status"]) == (
        "interrupted", "running", "ok")
    assert runs["blogs"]["error"] == (f"process {gone.pid} on {mine.host} is gone; "
                                      "the next run records this row as interrupted")
    assert main(["--config", cfg, "status"]) == 0
    assert "  blogs     interrupted 2026-04-25T10:00:00+00:00" in capsys.readouterr().out


def test_status_without_database(tmp_path, capsys):
    assert main(["--config", config(tmp_path), "status"]) == 1
    assert "no database yet" in capsys.readouterr().err
