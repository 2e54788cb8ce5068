"""`tracker query`: plain-text cells, sized and limited tables, complete exports, one statement, a real sandbox."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tracker.cli.main import main
from tracker.warehouse.database import Warehouse, upsert_documents

HOSTILE = ["[removed]", "a [/bold] b [bold]x", ":smile: :thumbs_up:", "\x1b[31mred\x1b[0m"]


@pytest.fixture
def cfg(tmp_path: Path) -> str:
    store = Warehouse(tmp_path / "w.duckdb")
    with store.write() as con:
        upsert_documents(con, [
            {"doc_id": f"reddit:t1_{i}", "source": "reddit", "kind": "comment", "body": body,
             "created_at": datetime(2026, 4, 24, 12, i, tzinfo=timezone.utc)}
            for i, body in enumerate(HOSTILE)
        ])
    path = tmp_path / "tracker.toml"
    path.write_text("[warehouse]\npath = 'w.duckdb'\n", encoding="utf-8")
    return str(path)


def query(cfg: str, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--config", cfg, "query", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cells_are_plain_text_never_markup(cfg, capsys):
    code, out, err = query(cfg, capsys, "SELECT doc_id, body FROM documents ORDER BY doc_id")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[2:6] == [
        "reddit:t1_0   [removed]",
        "reddit:t1_1   a [/bold] b [bold]x",
        "reddit:t1_2   :smile: :thumbs_up:",
        "reddit:t1_3   \\x1b[31mred\\x1b[0m",  # control characters shown, not sent to the terminal
    ]
    assert lines[-1] == "4 rows"
    assert "\x1b" not in out
    code, out, _ = query(cfg, capsys, "--csv", "SELECT body FROM documents ORDER BY doc_id")
    assert out == "body\n[removed]\na [/bold] b [bold]x\n:smile: :thumbs_up:\n\x1b[31mred\x1b[0m\n"


def test_null_is_shown_as_null_and_numbers_align_right(cfg, capsys):
    code, out, _ = query(cfg, capsys, "SELECT NULL AS a, 'x' AS b, 12345 AS n UNION ALL SELECT 'yy', NULL, 7")
    assert code == 0
    assert out.splitlines() == ["a      b          n", "─" * 19, "NULL   x      12345", "yy     NULL       7", "2 rows"]


def test_piped_output_uses_columns_or_120_and_max_width(cfg, capsys, monkeypatch):
    long = "SELECT doc_id, repeat('word ', 60) AS body FROM documents LIMIT 1"
    monkeypatch.delenv("COLUMNS", raising=False)
    _, out, _ = query(cfg, capsys, long)
    assert max(len(line) for line in out.splitlines()) == 120
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = query(cfg, capsys, long)
    assert max(len(line) for line in out.splitlines()) == 80
    _, out, _ = query(cfg, capsys, "--max-width", "50", long)
    assert max(len(line) for line in out.splitlines()) == 50
    assert out.count("word") == 60  # wrapped, nothing cut
    _, out, _ = query(cfg, capsys, "--wide", long)
    assert len(out.splitlines()) == 4  # header, rule, the row on one line, the count
    assert out.splitlines()[2].count("word") == 60


def test_too_many_columns_print_one_block_per_row(cfg, capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    columns = ", ".join(f"{i} AS a_rather_long_column_{i:02d}" for i in range(16))
    code, out, _ = query(cfg, capsys, f"SELECT {columns}")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("-[ row 1 ]-")
    assert lines[1] == "a_rather_long_column_00  0"
    assert lines[16] == "a_rather_long_column_15  15"
    assert lines[-1] == "1 row"


def test_row_limit_says_how_many_more(cfg, capsys):
    code, out, _ = query(cfg, capsys, "SELECT range AS n FROM range(60)")
    lines = out.splitlines()
    assert code == 0 and lines[2].strip() == "0" and lines[51].strip() == "49" and len(lines) == 53
    assert lines[-1].startswith("50 of 60 rows shown; 10 more rows")
    _, out, _ = query(cfg, capsys, "--limit", "0", "SELECT range AS n FROM range(60)")
    assert out.splitlines()[-1] == "60 rows" and len(out.splitlines()) == 63
    _, out, _ = query(cfg, capsys, "--limit", "5", "--csv", "SELECT range AS n FROM range(60)")
    assert len(out.splitlines()) == 61  # exports are never cut


TYPED = ("SELECT 1::INTEGER AS i, 1.50::DECIMAL(5,2) AS d, 'nan'::DOUBLE AS f, true AS b, DATE '2026-04-24' AS day, "
         "TIMESTAMPTZ '2026-04-24 10:00:00+00' AS ts, [1, 2] AS l, {'k': 'v'} AS s, NULL::VARCHAR AS n")


def test_csv_and_json_are_complete_and_typed(cfg, capsys):
    _, out, _ = query(cfg, capsys, "--json", TYPED)
    assert json.loads(out) == [{"i": 1, "d": 1.5, "f": None, "b": True, "day": "2026-04-24",
                                "ts": "2026-04-24T10:00:00+00:00", "l": [1, 2], "s": {"k": "v"}, "n": None}]
    _, out, _ = query(cfg, capsys, "--csv", TYPED)
    assert out == 'i,d,f,b,day,ts,l,s,n\n1,1.50,NaN,true,2026-04-24,2026-04-24T10:00:00+00:00,"[1, 2]","{""k"": ""v""}",\n'
    _, out, _ = query(cfg, capsys, "--csv", "SELECT * FROM documents WHERE false")
    assert out.startswith("doc_id,source,") and out.count("\n") == 1  # the header even without rows
    _, out, _ = query(cfg, capsys, "--json", "SELECT * FROM documents WHERE false")
    assert json.loads(out) == []


def test_parquet_keeps_types(cfg, capsys, tmp_path):
    target = tmp_path / "out" / "typed.parquet"
    code, out, err = query(cfg, capsys, "--parquet", str(target), TYPED)  # a folder that is not there: a typo?
    assert (code, out) == (2, "") and err.strip() == (f"tracker query: argument --parquet: {target}: folder "
                                                      f"{tmp_path / 'out'} does not exist (create it first) "
                                                      "(see `tracker query --help`)")
    assert not (tmp_path / "out").exists()
    (tmp_path / "out").mkdir()
    code, out, err = query(cfg, capsys, "--parquet", str(target), TYPED)
    assert code == 0 and out == "" and err.strip() == f"{target}: 1 row"
    table = pq.read_table(target)
    assert table.schema.field("i").type == pa.int32()
    assert table.schema.field("d").type == pa.decimal128(5, 2)
    assert table.schema.field("ts").type == pa.timestamp("us", tz="Etc/UTC")
    assert table.schema.field("day").type == pa.date32()
    row = table.to_pylist()[0]
    assert (row["d"], row["day"], row["l"], row["s"], row["n"]) == (Decimal("1.50"), date(2026, 4, 24), [1, 2],
                                                                     {"k": "v"}, None)
    code, _, err = query(cfg, capsys, "--parquet", str(tmp_path / "bad.parquet"), "SELECT * FROM nowhere")
    assert code == 2 and not (tmp_path / "bad.parquet").exists() and "query failed" in err
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("sql", ["", "   ", "-- only a comment", "/* block */ ;", ";"])
def test_empty_or_comment_only_is_one_line_error(cfg, capsys, sql):
    code, out, err = query(cfg, capsys, sql)
    assert code == 2 and out == ""
    assert err == "query: no SQL statement given (the text is empty or only comments)\n"


def test_several_statements_are_refused(cfg, capsys):
    code, out, err = query(cfg, capsys, "SELECT 1; SELECT 2")
    assert code == 2 and out == ""
    assert err == "query: 2 statements given; tracker query runs one statement at a time (run each on its own)\n"
    code, out, _ = query(cfg, capsys, "SELECT 1 AS x;  -- one statement and a comment")
    assert code == 0 and out.splitlines()[-1] == "1 row"


def test_outside_access_is_refused(cfg, capsys, tmp_path):
    other = Warehouse(tmp_path / "other.duckdb")
    other.init()
    cases = {
        f"COPY documents TO '{tmp_path / 'copy.csv'}'": "Cannot access file",
        f"COPY (SELECT 1) TO '{tmp_path / 'copy.parquet'}' (FORMAT parquet)": "Cannot access file",
        f"EXPORT DATABASE '{tmp_path / 'exported'}'": "Cannot access file",
        "SELECT * FROM read_csv('/etc/passwd')": "Cannot access file \"/etc/passwd\"",
        "SELECT * FROM read_text('/etc/hostname')": "Cannot access file",
        "SELECT * FROM glob('/etc/*')": "Cannot access file",
        "INSTALL httpfs": "Cannot access directory",
        "LOAD httpfs": "Loading external extensions is disabled",
        f"ATTACH '{tmp_path / 'other.duckdb'}' AS other": "Cannot access file",
        "SET enable_external_access = true": "configuration has been locked",
        "SET lock_configuration = false": "configuration has been locked",
        "RESET enable_external_access": "configuration has been locked",
    }
    for sql, said in cases.items():
        code, out, err = query(cfg, capsys, sql)
        assert code == 2 and out == "", sql
        assert err.startswith("tracker query cannot reach outside the database"), (sql, err)
        assert said in err and err.count("\n") == 1 and "Traceback" not in err, (sql, err)
    assert not (tmp_path / "copy.csv").exists() and not (tmp_path / "copy.parquet").exists()
    assert not (tmp_path / "exported").exists()
    code, _, err = query(cfg, capsys, "DELETE FROM documents")
    assert code == 2 and "read-only; this statement would write" in err
    code, out, _ = query(cfg, capsys, "--csv", "SELECT count(*) AS n FROM documents")
    assert code == 0 and out == "n\n4\n"


def test_missing_database_is_not_created(tmp_path, capsys):
    path = tmp_path / "tracker.toml"
    path.write_text("[warehouse]\npath = 'nowhere/w.duckdb'\n", encoding="utf-8")
    code, out, err = query(str(path), capsys, "SELECT 1")
    assert code == 1 and "no database yet" in err
    assert not (tmp_path / "nowhere" / "w.duckdb").exists()


def test_bad_options_are_usage_errors(cfg, capsys):
    for args in (["--limit", "-1", "SELECT 1"], ["--max-width", "0", "SELECT 1"], ["--wide", "--max-width", "9", "SELECT 1"]):
        assert main(["--config", cfg, "query", *args]) == 2
        err = capsys.readouterr().err
        assert err.startswith("tracker query: argument --") and err.endswith("(see `tracker query --help`)\n")
        assert err.count("\n") == 1


# ---------------------------------------------------------------- --limit 0 streams


class StopAfter:
    """A stdout whose reader leaves after `lines` lines (as `| head`)."""

    def __init__(self, lines: int):
        self.left, self.text = lines, []

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> None:
        self.text.append(text)
        self.left -= text.count("\n")
        if self.left <= 0:
            raise BrokenPipeError

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)


def test_limit_0_writes_rows_before_the_query_is_read_to_its_end():
    import duckdb

    from tracker.cli.query import FETCH_ROWS, execute, stream_table

    con = duckdb.connect()
    result = execute(con, "SELECT range AS n, 'row ' || range AS label FROM range(1000000)")
    out = StopAfter(3)
    with pytest.raises(BrokenPipeError):
        stream_table(result, out, max_width=80)
    assert "".join(out.text).splitlines() == ["   n   label", "─" * 15, "   0   row 0"]
    # the reader had its lines while nearly every row was still in DuckDB: one batch fetched, not a million rows
    rest = sum(len(rows) for rows in result.batches())
    assert rest == 1000000 - FETCH_ROWS


def test_limit_0_table_reads_as_the_limited_one(cfg, capsys):
    sql = ("SELECT range AS n, 'x' || range AS s, range * 1.5 AS f, NULL AS z, "
           "repeat('word ', 12) || range AS t FROM range(3)")
    for width in ("120", "40"):
        limited = query(cfg, capsys, "--max-width", width, sql)[1]
        streamed = query(cfg, capsys, "--max-width", width, "--limit", "0", sql)[1]
        assert streamed == limited, width
    # the columns are sized on the first batch: a longer cell later wraps inside the table's width
    code, out, _ = query(cfg, capsys, "--max-width", "30", "--limit", "0",
                         "SELECT range AS n, CASE WHEN range < 10000 THEN 'short' ELSE repeat('long ', 9) END AS s, "
                         "'x' AS t FROM range(10001)")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "   n   s       t" and lines[-1] == "10001 rows"
    # (a number is never cut: 10000, wider than the first batch's numbers, pushes its row by one)
    assert lines[-10:-1] == ["10000   long    x"] + ["       long"] * 8
