"""Warehouse: migrations, idempotent upserts, cursor/row atomicity, rejects."""

from __future__ import annotations

from datetime import datetime, timezone

import duckdb
import pytest

from tracker.warehouse import database as wh
from tracker.warehouse.database import Warehouse, migrate, upsert, upsert_documents

T0 = datetime(2026, 4, 23, 12, 0, tzinfo=timezone.utc)


def doc(doc_id: str, body: str, **extra):
    return {"doc_id": doc_id, "source": "reddit", "kind": "comment", "body": body, "created_at": T0, **extra}


def test_fresh_database_gets_every_migration(tmp_path):
    store = Warehouse(tmp_path / "w.duckdb")
    applied = store.init()
    assert applied == [v for v, _ in wh.migration_files()]
    assert applied[0] == "001_init"
    with store.read() as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"documents", "mentions", "sentiment", "markets", "market_prices", "release_events", "ingest_state",
            "ingest_runs", "rejects", "schema_migrations"} <= tables
    assert store.init() == []  # applied once


def test_upgrade_applies_only_new_migrations(tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    files = wh.migration_files()
    monkeypatch.setattr(wh, "migration_files", lambda: files[:1])
    assert Warehouse(path).init() == ["001_init"]
    extra = ("999_test_extra", "CREATE TABLE extra_test (x INTEGER); INSERT INTO extra_test VALUES (1);")
    monkeypatch.setattr(wh, "migration_files", lambda: files[:1] + [extra])
    assert Warehouse(path).init() == ["999_test_extra"]
    assert Warehouse(path).init() == []
    with Warehouse(path).read() as con:
        assert con.execute("SELECT count(*) FROM extra_test").fetchone()[0] == 1


def test_failed_migration_leaves_no_trace(tmp_path, monkeypatch):
    files = wh.migration_files()
    broken = ("999_broken", "CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;")
    monkeypatch.setattr(wh, "migration_files", lambda: files + [broken])
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    with pytest.raises(duckdb.Error):
        migrate(con)
    assert con.execute("SELECT count(*) FROM schema_migrations WHERE version = '999_broken'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'").fetchone()[0] == 0


def test_same_batch_twice_gives_same_rows(warehouse):
    batch = [doc("reddit:t1_a", "first"), doc("reddit:t1_b", "second")]
    with warehouse.write() as con:
        assert upsert_documents(con, batch) == wh.UpsertResult(inserted=2, updated=0)
    with warehouse.read() as con:
        before = con.execute("SELECT * FROM documents ORDER BY doc_id").fetchall()
    with warehouse.write() as con:
        assert upsert_documents(con, batch) == wh.UpsertResult(inserted=0, updated=0)
    with warehouse.read() as con:
        assert con.execute("SELECT * FROM documents ORDER BY doc_id").fetchall() == before


def test_changed_row_is_updated_and_duplicate_keys_keep_the_last(warehouse):
    with warehouse.write() as con:
        upsert_documents(con, [doc("reddit:t1_a", "old")])
        result = upsert_documents(con, [doc("reddit:t1_a", "new", score=3), doc("reddit:t1_a", "newest", score=5)])
    assert result == wh.UpsertResult(inserted=0, updated=1)
    with warehouse.read() as con:
        assert con.execute("SELECT body, score FROM documents").fetchall() == [("newest", 5)]


def test_removed_body_keeps_stored_text(warehouse):
    with warehouse.write() as con:
        upsert_documents(con, [doc("reddit:t1_a", "GPT-5.5 is underwhelming")])
        upsert_documents(con, [doc("reddit:t1_a", "[removed]", removed=True, author=None)])
    with warehouse.read() as con:
        row = con.execute("SELECT body, removed, content_hash FROM documents").fetchone()
    assert row == ("GPT-5.5 is underwhelming", True, wh.content_hash(None, "GPT-5.5 is underwhelming"))


def test_cursor_and_rows_commit_together_or_not_at_all(warehouse):
    with pytest.raises(RuntimeError):
        with warehouse.write() as con:
            upsert_documents(con, [doc("reddit:t1_a", "kept?")])
            wh.set_state(con, "reddit", "cursor:r/OpenAI:new", "t3_zzz")
            raise RuntimeError("killed mid-batch")
    with warehouse.read() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert wh.get_state(con, "reddit", "cursor:r/OpenAI:new") is None
    with warehouse.write() as con:
        upsert_documents(con, [doc("reddit:t1_a", "kept")])
        wh.set_state(con, "reddit", "cursor:r/OpenAI:new", {"after": "t3_zzz"})
    with warehouse.read() as con:
        assert wh.get_state_json(con, "reddit", "cursor:r/OpenAI:new") == {"after": "t3_zzz"}
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_reject_is_stored_once_with_its_reason(warehouse):
    with warehouse.write() as con:
        assert wh.record_reject(con, "markets", "malformed JSON", b"{not json", ref="/prices-history")
        assert not wh.record_reject(con, "markets", "malformed JSON", b"{not json", ref="/prices-history")
        wh.record_reject(con, "blogs", "body over limit", b"x" * (wh.REJECT_PAYLOAD_LIMIT + 10), ref="big")
    with warehouse.read() as con:
        rows = con.execute("SELECT source, ref, reason, length(payload) FROM rejects ORDER BY source").fetchall()
    assert rows[1] == ("markets", "/prices-history", "malformed JSON", 9)
    assert rows[0][:3] == ("blogs", "big", "body over limit")
    assert rows[0][3] < wh.REJECT_PAYLOAD_LIMIT + 100


def test_upsert_rejects_unknown_columns(warehouse):
    with warehouse.write() as con, pytest.raises(wh.WarehouseError, match="unknown columns"):
        upsert(con, "market_prices", [{"market_id": "m", "ts": T0, "probability": 0.5, "bogus": 1}], ["market_id", "ts"])


def test_reader_waits_for_writer_of_another_process(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "w.duckdb"
    Warehouse(path).init()
    script = (
        "import time, sys; sys.path.insert(0, %r)\n"
        "from tracker.warehouse.database import Warehouse, upsert_documents\n"
        "from datetime import datetime, timezone\n"
        "w = Warehouse(%r)\n"
        "with w.write() as con:\n"
        "    upsert_documents(con, [{'doc_id': 'x', 'source': 's', 'kind': 'comment', 'body': 'b'}])\n"
        "    print('locked', flush=True); time.sleep(1.5)\n"
    ) % (str(wh.Path(wh.__file__).parents[1]), str(path))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    with Warehouse(path).read() as con:  # retries until the writer is done, then sees its row
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert proc.wait(10) == 0
