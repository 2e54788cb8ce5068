"""The DuckDB warehouse: migrations, one-writer locking, bulk upserts, cursors and rejects."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import random
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

MEMORY = ":memory:"
REJECT_PAYLOAD_LIMIT = 64 * 1024  # a reject keeps enough of the payload to debug, not a 50 MB body
# Settings of a connection that runs a user's SQL: no file, network, extension or ATTACH access, and no SET
# that could turn that back on. Applied when the connection opens, so they hold on read-only files too.
SANDBOX = {"enable_external_access": False, "autoinstall_known_extensions": False,
           "autoload_known_extensions": False, "lock_configuration": True}


class WarehouseError(RuntimeError):
    """A warehouse operation that cannot go on (locked too long, bad statement)."""


def is_query_interrupt(exc: BaseException) -> bool:
    """Whether DuckDB raised this error for a Ctrl-C (or ``interrupt()``) that landed inside a query.

    DuckDB's Python client swallows the KeyboardInterrupt of a SIGINT received while a query runs and raises
    ``RuntimeError('Query interrupted')`` instead (``InterruptException`` for ``con.interrupt()``)."""
    return isinstance(exc, duckdb.InterruptException) or (
        type(exc) is RuntimeError and str(exc).startswith("Query interrupted"))


@contextlib.contextmanager
def interrupts_raised() -> Iterator[None]:
    """Give back the KeyboardInterrupt that DuckDB turned into an error, so Ctrl-C stops the run wherever it
    lands instead of reading as one failed query (which a stage would record and carry on from)."""
    try:
        yield
    except (RuntimeError, duckdb.InterruptException) as exc:
        if is_query_interrupt(exc):
            raise KeyboardInterrupt(f"Ctrl-C during a DuckDB query ({exc})") from exc
        raise


@dataclass(frozen=True)
class UpsertResult:
    inserted: int = 0
    updated: int = 0

    def __add__(self, other: UpsertResult) -> UpsertResult:
        return UpsertResult(self.inserted + other.inserted, self.updated + other.updated)


# Short writes close without a checkpoint (see Warehouse.connect), so the WAL grows until DuckDB's size trigger
# checkpoints it at a commit; every open replays the whole WAL. At DuckDB's default trigger (16 MiB) the demo's
# ingestion spent half its time replaying WALs in its ~260 opens; at 256 KiB it runs about a quarter faster
# (bench/bench_wal_checkpoint.py). Applied to read-write opens only.
WAL_CHECKPOINT_THRESHOLD = "256KB"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def content_hash(title: str | None, body: str | None) -> str:
    """Hash of the text the classifier sees: title and body joined, as labels are keyed by it."""
    return hashlib.sha256(text_for_classifier(title, body).encode("utf-8")).hexdigest()


def text_for_classifier(title: str | None, body: str | None) -> str:
    parts = [p.strip() for p in (title, body) if p and p.strip()]
    return "\n\n".join(parts)


# ---------------------------------------------------------------- migrations


def migration_files() -> list[tuple[str, str]]:
    """(version, sql) for every numbered file in sql/schema, in order."""
    folder = resources.files("tracker") / "sql" / "schema"
    found = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name.removesuffix(".sql"), (folder / name).read_text(encoding="utf-8")) for name in found]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply each numbered migration once, each in its own transaction; return the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, sql in migration_files():
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, utcnow()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def view_files() -> list[tuple[str, str]]:
    folder = resources.files("tracker") / "sql" / "views"
    found = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name.removesuffix(".sql"), (folder / name).read_text(encoding="utf-8")) for name in found]


# ---------------------------------------------------------------- connections


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Could not set lock" in text or "Conflicting lock" in text)


DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a DuckDB file, in a few words; None when it is one or does not exist yet."""
    if path.is_dir():
        return "is a directory, not a DuckDB file (set [warehouse] path to a file inside it)"
    if path.exists():
        if not path.is_file():
            return "is not a regular file"
        try:
            with open(path, "rb") as handle:
                header = handle.read(12)
        except OSError as exc:
            return f"cannot be read ({exc.strerror})"
        if header[8:12] != DUCKDB_MAGIC:
            return "is not a DuckDB database file" + (" (it is empty)" if not header else "")
        return None
    for folder in path.parents:  # the nearest thing that exists above the file must be a folder
        if folder.exists():
            return None if folder.is_dir() else f"{folder} is not a folder"
    return None


class Warehouse:
    """One DuckDB file, written by one process at a time.

    DuckDB allows a single read-write process per file, and scheduled flows overlap. Writers take an
    OS lock on ``<file>.lock`` and hold the database open only for a short transaction; readers open
    it read-only and retry with backoff while a writer has it.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout_s: float = 600.0, read_retry_s: float = 120.0,
                 threads: int | None = None):
        self.path = str(path)
        # DuckDB worker threads per connection; None = DuckDB's default (one per core).
        self._duckdb_config = {} if threads is None else {"threads": int(threads)}
        self.lock_timeout_s = lock_timeout_s
        self.read_retry_s = read_retry_s
        self._memory_con: duckdb.DuckDBPyConnection | None = None
        self._migrated = False
        # No folder is made here: only a write creates the file (and its folder), so reading or checking
        # a mistyped path leaves nothing behind.

    @property
    def is_memory(self) -> bool:
        return self.path == MEMORY

    def close(self) -> None:
        if self._memory_con is not None:
            self._memory_con.close()
            self._memory_con = None

    def exists(self) -> bool:
        """Whether there is something at the path (a database or not: `check` says which)."""
        return self.is_memory or os.path.lexists(self.path)

    def check(self) -> None:
        """Raise WarehouseError, naming the path, when it cannot be a DuckDB file: a directory, a text file,
        a folder in the way that is a file. A missing file is fine (a write creates it)."""
        if self.is_memory:
            return
        problem = path_problem(Path(self.path))
        if problem:
            raise WarehouseError(f"{self.path}: {problem}")

    @contextlib.contextmanager
    def _writer_lock(self) -> Iterator[None]:
        if self.is_memory:
            yield
            return
        self.check()
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"{self.path}: cannot create its folder ({exc.strerror})") from exc
        deadline = time.monotonic() + self.lock_timeout_s
        delay = 0.02
        with open(self.path + ".lock", "a+") as handle:
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise WarehouseError(f"{self.path}: another writer held the lock for {self.lock_timeout_s:.0f}s")
                    time.sleep(delay * (1 + random.random()))
                    delay = min(delay * 2, 1.0)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _open(self, read_only: bool, config: Mapping[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
        self.check()
        deadline = time.monotonic() + (self.read_retry_s if read_only else self.lock_timeout_s)
        delay = 0.02
        while True:
            try:
                wal = {} if read_only else {"checkpoint_threshold": WAL_CHECKPOINT_THRESHOLD}
                return duckdb.connect(self.path, read_only=read_only,
                                      config={**wal, **self._duckdb_config, **(config or {})})
            except duckdb.Error as exc:  # another process holds the file
                if not _is_lock_error(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 1.0)

    @contextlib.contextmanager
    def connect(self, *, checkpoint: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection outside any transaction, holding the writer lock.

        Closing a connection normally checkpoints the WAL into the file (~30 ms); short writes skip that
        and leave it to ``checkpoint=True`` (the end of each stage run) or DuckDB's WAL size trigger.
        Readers see WAL contents either way."""
        if self.is_memory:
            if self._memory_con is None:
                self._memory_con = duckdb.connect(MEMORY, config=self._duckdb_config)
            with interrupts_raised():
                if not self._migrated:
                    migrate(self._memory_con)
                    self._migrated = True
                yield self._memory_con
            return
        with self._writer_lock(), interrupts_raised():
            con = self._open(read_only=False)
            try:
                if not self._migrated:
                    migrate(con)
                    self._migrated = True
                if not checkpoint:
                    con.execute("PRAGMA disable_checkpoint_on_shutdown")
                yield con
            finally:
                con.close()

    @contextlib.contextmanager
    def write(self, *, checkpoint: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """One short write transaction: everything inside commits together or not at all."""
        with self.connect(checkpoint=checkpoint) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    @contextlib.contextmanager
    def read(self, *, sandboxed: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection (retries while a writer holds the file).

        ``sandboxed`` also shuts DuckDB off from everything outside this file (files, extensions, other
        databases) and locks its settings, for SQL typed by a user (`tracker query`)."""
        if self.is_memory:
            with self.connect() as con:
                yield con
            return
        if not Path(self.path).exists():
            with self.connect():
                pass
        con = self._open(read_only=True, config=SANDBOX if sandboxed else None)
        try:
            with interrupts_raised():
                yield con
        finally:
            con.close()

    def init(self) -> list[str]:
        """Create or migrate the file; return the migrations applied now."""
        if self.is_memory:
            if self._memory_con is None:
                self._memory_con = duckdb.connect(MEMORY, config=self._duckdb_config)
            self._migrated = True
            return migrate(self._memory_con)
        with self._writer_lock():
            con = self._open(read_only=False)
            try:
                applied = migrate(con)
            finally:
                con.close()
        self._migrated = True
        return applied


# ---------------------------------------------------------------- upserts


def _arrow(rows: Sequence[Mapping[str, Any]] | pd.DataFrame | pa.Table) -> pa.Table:
    """Rows as one Arrow table, built column by column (no per-row frame building)."""
    if isinstance(rows, pa.Table):
        return rows
    if isinstance(rows, pd.DataFrame):
        return pa.Table.from_pandas(rows, preserve_index=False)
    first = rows[0].keys()
    columns = dict.fromkeys(first)
    for row in rows:
        if row.keys() != first:
            columns.update(dict.fromkeys(row))
    return pa.Table.from_pydict({c: [row.get(c) for row in rows] for c in columns})


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    if not rows:
        raise WarehouseError(f"no table {table!r}")
    return [(name, dtype) for name, dtype in rows]


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]] | pd.DataFrame | pa.Table,
    key: Sequence[str],
    *,
    update: Sequence[str] | Mapping[str, str] | None = None,
    compare: Sequence[str] | None = None,
) -> UpsertResult:
    """Insert new rows and update changed ones in one set-based statement.

    ``update`` names the columns to overwrite (default: every non-key column the batch carries) or maps
    a column to a SQL expression over ``t`` (stored row) and ``s`` (incoming row). A stored row counts as
    updated only when one of ``compare`` (default: the updated columns) differs, so re-running a load
    changes nothing. A batch holding a key twice keeps its last row (DuckDB would keep the first).
    """
    if not isinstance(rows, pd.DataFrame | pa.Table):
        rows = list(rows)
    if len(rows) == 0:
        return UpsertResult()
    arrow = _arrow(rows)
    given = list(arrow.column_names)
    types = dict(table_columns(con, table))
    unknown = [c for c in given if c not in types]
    if unknown:
        raise WarehouseError(f"{table}: unknown columns {unknown}")
    arrow = arrow.append_column("_ord", pa.array(range(arrow.num_rows), pa.int64()))
    if isinstance(update, Mapping):
        set_exprs = dict(update)
    else:
        cols = update if update is not None else [c for c in given if c not in key]
        set_exprs = {c: f"s.{c}" for c in cols}
    compare_cols = list(compare) if compare is not None else list(set_exprs)
    stage = f"_stage_{table}"
    con.register(stage, arrow)
    try:
        cast_cols = ", ".join(f'CAST("{c}" AS {types[c]}) AS "{c}"' for c in given)
        keys_sql = ", ".join(f'"{k}"' for k in key)
        con.execute(  # a key twice in one batch: the last row wins
            f"CREATE OR REPLACE TEMP TABLE {stage}_t AS SELECT {cast_cols} FROM {stage} "
            f"QUALIFY row_number() OVER (PARTITION BY {keys_sql} ORDER BY _ord DESC) = 1"
        )
        on = " AND ".join(f't."{k}" = s."{k}"' for k in key)
        inserted = con.execute(
            f"SELECT count(*) FROM {stage}_t s WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {on})"
        ).fetchone()[0]
        changed_pred = " OR ".join(f't."{c}" IS DISTINCT FROM ({set_exprs[c]})' for c in compare_cols if c in set_exprs)
        updated = 0
        if set_exprs and changed_pred:
            updated = con.execute(f"SELECT count(*) FROM {stage}_t s JOIN {table} t ON {on} WHERE {changed_pred}").fetchone()[0]
            # ON CONFLICT's SET refers to the incoming row as EXCLUDED; rewrite s. to it.
            set_sql = ", ".join(f'"{c}" = {_as_excluded(e, table)}' for c, e in set_exprs.items())
            where_sql = " OR ".join(
                f'{table}."{c}" IS DISTINCT FROM ({_as_excluded(set_exprs[c], table)})' for c in compare_cols if c in set_exprs
            )
            conflict = f"DO UPDATE SET {set_sql} WHERE {where_sql}"
        else:
            conflict = "DO NOTHING"
        col_sql = ", ".join(f'"{c}"' for c in given)
        con.execute(f"INSERT INTO {table} ({col_sql}) SELECT {col_sql} FROM {stage}_t ON CONFLICT ({keys_sql}) {conflict}")
        con.execute(f"DROP TABLE IF EXISTS {stage}_t")
    finally:
        con.unregister(stage)
    return UpsertResult(int(inserted), int(updated))


def _as_excluded(expr: str, table: str) -> str:
    import re

    expr = re.sub(r"\bs\.", "EXCLUDED.", expr)
    return re.sub(r"\bt\.", f"{table}.", expr)


# ---------------------------------------------------------------- documents

DOCUMENT_CONTENT = ("title", "body", "url", "score", "edited_at", "removed", "content_hash", "community", "author",
                    "parent_id", "thread_id", "depth", "created_at", "provenance")

# A body shown later as [deleted]/[removed] keeps the text already stored; the flag records the removal.
DOCUMENT_UPDATE = {
    "provenance": "s.provenance",
    "parent_id": "coalesce(s.parent_id, t.parent_id)",
    "thread_id": "coalesce(s.thread_id, t.thread_id)",
    "depth": "coalesce(s.depth, t.depth)",
    "community": "coalesce(s.community, t.community)",
    "author": "CASE WHEN s.removed THEN t.author ELSE coalesce(s.author, t.author) END",
    "title": "coalesce(s.title, t.title)",
    "body": "CASE WHEN s.removed AND t.body IS NOT NULL THEN t.body ELSE s.body END",
    "url": "coalesce(s.url, t.url)",
    "created_at": "coalesce(t.created_at, s.created_at)",
    "edited_at": "coalesce(s.edited_at, t.edited_at)",
    "score": "coalesce(s.score, t.score)",
    "content_hash": "CASE WHEN s.removed AND t.body IS NOT NULL THEN t.content_hash ELSE s.content_hash END",
    "removed": "t.removed OR s.removed",
    "fetched_at": "s.fetched_at",
}
DOCUMENT_COLUMNS = ("doc_id", "source", "provenance", "kind", "parent_id", "thread_id", "depth", "community", "author",
                    "title", "body", "url", "created_at", "edited_at", "score", "fetched_at", "content_hash", "removed")


def upsert_documents(con: duckdb.DuckDBPyConnection, records: Iterable[Mapping[str, Any]]) -> UpsertResult:
    """Upsert document records (dicts with DOCUMENT_COLUMNS); fills content_hash and fetched_at when absent."""
    records = list(records)
    if not records:
        return UpsertResult()
    now = utcnow()
    columns = {c: [rec.get(c) for rec in records] for c in DOCUMENT_COLUMNS}
    columns["removed"] = [bool(v) for v in columns["removed"]]
    columns["fetched_at"] = [v or now for v in columns["fetched_at"]]
    columns["content_hash"] = [
        h or content_hash(t, b) for h, t, b in zip(columns["content_hash"], columns["title"], columns["body"])
    ]
    return upsert(con, "documents", pa.Table.from_pydict(columns), ["doc_id"], update=DOCUMENT_UPDATE,
                  compare=DOCUMENT_CONTENT)


# ---------------------------------------------------------------- state, runs, rejects


def get_state(con: duckdb.DuckDBPyConnection, source: str, key: str) -> str | None:
    row = con.execute("SELECT value FROM ingest_state WHERE source = ? AND key = ?", [source, key]).fetchone()
    return row[0] if row else None


def get_state_json(con: duckdb.DuckDBPyConnection, source: str, key: str) -> Any:
    value = get_state(con, source, key)
    return json.loads(value) if value is not None else None


def set_state(con: duckdb.DuckDBPyConnection, source: str, key: str, value: Any) -> None:
    """Store a cursor; call it inside the same ``Warehouse.write()`` as the rows it covers."""
    text = value if isinstance(value, str) or value is None else json.dumps(value, sort_keys=True, default=str)
    con.execute(
        "INSERT INTO ingest_state VALUES (?, ?, ?, ?) ON CONFLICT (source, key) DO UPDATE SET value = EXCLUDED.value, "
        "updated_at = EXCLUDED.updated_at WHERE ingest_state.value IS DISTINCT FROM EXCLUDED.value",
        [source, key, text, utcnow()],
    )


def record_reject(
    con: duckdb.DuckDBPyConnection, source: str, reason: str, payload: bytes | str | None, ref: str | None = None
) -> bool:
    """Keep a bad payload with its reason; the same payload from the same place is stored once. True if new."""
    if isinstance(payload, bytes):
        text = payload[:REJECT_PAYLOAD_LIMIT].decode("utf-8", errors="replace")
        size = len(payload)
    else:
        text = (payload or "")[:REJECT_PAYLOAD_LIMIT]
        size = len(payload or "")
    if size > REJECT_PAYLOAD_LIMIT:
        text += f"\n…[truncated: {size} bytes in all]"
    digest = hashlib.sha256(f"{source}\x00{ref}\x00{reason}\x00{text}".encode("utf-8", errors="replace")).hexdigest()[:32]
    result = upsert(
        con,
        "rejects",
        [{"reject_id": digest, "source": source, "ref": ref, "reason": reason, "payload": text, "seen_at": utcnow()}],
        ["reject_id"],
        update={},
    )
    return result.inserted == 1
