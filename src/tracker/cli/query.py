"""`tracker query`: one user-typed SQL statement on a sandboxed read-only connection, printed or written out.

Cells are plain text everywhere: a comment reading ``[removed]`` or ``[/bold]`` or ``:smile:`` prints as
those characters, never as terminal markup.
"""

from __future__ import annotations

import base64
import csv
import itertools
import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from uuid import UUID

import duckdb

DEFAULT_LIMIT = 50
PIPE_WIDTH = 120  # table width when stdout is no terminal and $COLUMNS is unset
FETCH_ROWS = 10_000
MIN_COLUMN = 8  # narrowest column worth wrapping into, unless its header and cells are narrower
GAP = 3  # characters between two columns in rich's SIMPLE_HEAD box with padding
NUMERIC_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                 "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE"}
# Control characters other than newline would move the cursor or restyle the terminal: shown escaped.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class QueryError(Exception):
    """A query refused or failed, with a message for the user; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


@dataclass
class Result:
    columns: list[str]
    types: list[str]
    cursor: duckdb.DuckDBPyConnection

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        while rows := self.cursor.fetchmany(FETCH_ROWS):
            yield rows


def one_statement(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The single statement in ``sql``; empty, comment-only and several-statement input is refused."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"query failed: {exc}") from None
    if not statements:
        raise QueryError("query: no SQL statement given (the text is empty or only comments)")
    if len(statements) > 1:
        raise QueryError(f"query: {len(statements)} statements given; tracker query runs one statement at a time "
                         "(run each on its own)")
    return sql


def explain_error(exc: duckdb.Error) -> QueryError:
    """A DuckDB error as the user should read it: refusals say why, other errors keep DuckDB's text."""
    text = str(exc)
    if isinstance(exc, duckdb.PermissionException) or "configuration has been locked" in text:
        return QueryError("tracker query cannot reach outside the database (files, COPY/EXPORT, extensions, "
                          f"ATTACH, settings): refused. DuckDB said: {text.splitlines()[0]}")
    if "read-only" in text or "read only" in text:
        return QueryError("tracker query opens the database read-only; this statement would write. "
                          "Use the tracker commands (ingest, label, …) to change data.")
    return QueryError(f"query failed: {text}")


def execute(con: duckdb.DuckDBPyConnection, sql: str) -> Result:
    try:
        cursor = con.execute(one_statement(con, sql))
    except duckdb.Error as exc:
        raise explain_error(exc) from None
    description = cursor.description or []
    return Result([d[0] for d in description], [str(d[1]) for d in description], cursor)


# ---------------------------------------------------------------- values


def json_value(value: Any) -> Any:
    """A DuckDB value as JSON: dates and times as ISO 8601, NaN/inf as null, blobs as base64, nested kept."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return float(value) if value.is_finite() else None
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)  # UUID, timedelta, …


def text_value(value: Any) -> str:
    """A value as CSV/table text: NULL as empty, exact decimals, booleans as true/false, nested values as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value).replace("inf", "Infinity").replace("nan", "NaN")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(json_value(value), ensure_ascii=False)
    if isinstance(value, bytes | bytearray | memoryview):
        return "".join(chr(b) if 32 <= b < 127 and b != 92 else f"\\x{b:02x}" for b in bytes(value))
    if isinstance(value, Decimal | UUID | timedelta):
        return str(value)
    return str(value)


def plain_cell(value: Any, *, one_line: bool) -> str:
    text = CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text_value(value).replace("\t", "    "))
    return text.replace("\n", "\\n") if one_line else text


# ---------------------------------------------------------------- outputs


def write_csv(result: Result, out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    n = 0
    for rows in result.batches():
        writer.writerows([[text_value(v) for v in row] for row in rows])
        n += len(rows)
    return n


def write_json(result: Result, out: IO[str]) -> int:
    """A JSON array with one object per line (so a large result streams)."""
    out.write("[")
    n = 0
    for rows in result.batches():
        for row in rows:
            out.write(("\n" if n == 0 else ",\n") + json.dumps(
                {c: json_value(v) for c, v in zip(result.columns, row)}, ensure_ascii=False, allow_nan=False))
            n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> int:
    """The result as a Parquet file with DuckDB's column types, written by this process (the connection itself
    may not touch files), to a temporary file renamed into place so a failed query leaves no partial file."""
    import pyarrow.parquet as pq

    try:
        relation = con.sql(one_statement(con, sql))
    except duckdb.Error as exc:
        raise explain_error(exc) from None
    if relation is None:
        raise QueryError("query: this statement returns no rows to write")
    # The folder must exist (the command line checked it): a typo in OUT never creates folders.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    n = 0
    try:
        reader = relation.to_arrow_reader(FETCH_ROWS)
        with pq.ParquetWriter(tmp, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
        os.replace(tmp, path)
    except duckdb.Error as exc:
        raise explain_error(exc) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return n


def table_width(max_width: int | None, out: IO[str]) -> int:
    """--max-width, else the terminal's width, else $COLUMNS, else 120 (a pipe has no width of its own)."""
    if max_width:
        return max_width
    if out.isatty():
        return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else PIPE_WIDTH


def display_cell(value: Any, *, one_line: bool) -> str:
    """A cell for a person: floats to 6 significant digits, timestamps with a space (they wrap there); the
    CSV/JSON/Parquet outputs keep every digit."""
    if isinstance(value, float) and math.isfinite(value):
        return format(value, ".6g")
    if isinstance(value, datetime):
        return plain_cell(value.isoformat(sep=" "), one_line=one_line)
    return plain_cell(value, one_line=one_line)


def min_widths(columns: list[str], cells: list[list[str]]) -> list[int]:
    """Each column's narrowest readable width: its whole header (never split), and its content unless wider than
    MIN_COLUMN, past which the content wraps."""
    widths = []
    for i, name in enumerate(columns):
        natural = max([len(name)] + [max(map(len, row[i].splitlines() or [""])) for row in cells])
        widths.append(min(natural, max(len(name), MIN_COLUMN)))
    return widths


def render(console, result: Result, shown: list[tuple[Any, ...]], width: int, wide: bool, start: int = 1) -> None:
    """The table, or one block of ``column  value`` lines per row when the columns cannot fit."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    cells = [[display_cell(v, one_line=wide) for v in row] for row in shown]

    def cell(value: Any, text: str) -> Text:  # Text, never markup: "[removed]" stays "[removed]"
        return Text("NULL", style="dim") if value is None else Text(text)

    if not result.columns:
        return
    minimum = min_widths(result.columns, cells)
    if wide or sum(minimum) + GAP * (len(minimum) - 1) <= width:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False, header_style="bold")
        for name, dtype, least in zip(result.columns, result.types, minimum):
            numeric = dtype in NUMERIC_TYPES or dtype.startswith("DECIMAL")
            table.add_column(Text(name), justify="right" if numeric else "left", overflow="fold", no_wrap=wide,
                             min_width=least)
        for row, texts in zip(shown, cells):
            table.add_row(*[cell(v, t) for v, t in zip(row, texts)])
        console.print(table)
    else:
        label_width = max(map(len, result.columns))
        for n, (row, texts) in enumerate(zip(shown, cells), start=start):
            console.print(Text(f"-[ row {n} ]" + "-" * max(0, min(width, 40) - len(f"-[ row {n} ]")), style="dim"))
            grid = Table.grid(padding=(0, GAP - 1 if GAP > 1 else 1))
            grid.add_column(min_width=label_width, style="bold")
            grid.add_column(overflow="fold")
            for name, value, text in zip(result.columns, row, texts):
                grid.add_row(Text(name), cell(value, text))
            console.print(grid)


def print_table(result: Result, out: IO[str], *, limit: int = DEFAULT_LIMIT, max_width: int | None = None,
                wide: bool = False) -> int:
    """Up to ``limit`` rows (0: all) as a table sized to its content, cells wrapping to fit the width; with
    ``wide`` every row stays on one line however long. When the columns cannot fit at a readable width, each
    row prints as a block of ``column  value`` lines instead. Then a count line, saying how many were left out."""
    from rich.console import Console

    shown: list[tuple[Any, ...]] = []
    total = 0
    for rows in result.batches():
        if not limit or len(shown) < limit:
            shown.extend(rows[: (limit - len(shown)) if limit else None])
        total += len(rows)
    terminal = out.isatty()
    width = table_width(max_width, out)
    console = Console(file=out, width=10**6 if wide else width, markup=False, emoji=False, highlight=False,
                      no_color=not terminal, force_terminal=terminal, soft_wrap=False)
    with console.capture() as captured:
        render(console, result, shown, width, wide)
    out.writelines(line.rstrip() + "\n" for line in captured.get().splitlines())
    more = total - len(shown)
    noun = "row" if total == 1 else "rows"
    if more:
        out.write(f"{len(shown)} of {total} {noun} shown; {more} more rows (--limit N or --limit 0 for all, "
                  "--csv/--json/--parquet for every row)\n")
    else:
        out.write(f"{total} {noun}\n")
    return total




def fit_widths(natural: list[int], minimum: list[int], width: int) -> list[int]:
    """Column widths within `width` (gaps included): each column its natural width when all fit, else its minimum
    plus an even share of the room left, never past its natural width."""
    room = width - GAP * (len(natural) - 1)
    if sum(natural) <= room:
        return list(natural)
    widths = list(minimum)
    spare = room - sum(widths)
    while spare > 0:
        growing = [i for i, (w, n) in enumerate(zip(widths, natural)) if w < n]
        if not growing:
            break
        for i in growing[:spare]:
            widths[i] += 1
        spare -= min(len(growing), spare)
    return widths


def fold(text: str, width: int) -> list[str]:
    """A cell's lines wrapped to `width` at spaces, a longer word cut (as the limited table's rich columns do)."""
    import textwrap

    lines = []
    for line in text.split("\n"):
        lines += [line] if len(line) <= width else textwrap.wrap(line, width, break_on_hyphens=False) or [""]
    return lines


def stream_table(result: Result, out: IO[str], *, max_width: int | None = None, wide: bool = False) -> int:
    """Every row as a table, written batch by batch (first line at once, memory bounded by a batch): the columns
    are sized on the first batch (FETCH_ROWS rows); a later, longer cell wraps inside its column (stays on one line
    with ``wide``). When the columns cannot fit at a readable width, rows print as blocks, as in print_table."""
    from rich.console import Console

    width = table_width(max_width, out)
    batches = result.batches()
    first = next(batches, [])
    total = 0
    if result.columns:
        def texts(row: tuple[Any, ...]) -> list[str]:
            return ["NULL" if v is None else display_cell(v, one_line=wide) for v in row]

        sample = [texts(row) for row in first]
        minimum = min_widths(result.columns, sample)
        if not wide and sum(minimum) + GAP * (len(minimum) - 1) > width:
            terminal = out.isatty()
            console = Console(file=out, width=width, markup=False, emoji=False, highlight=False,
                              no_color=not terminal, force_terminal=terminal, soft_wrap=False)
            for rows in itertools.chain([first], batches):
                with console.capture() as captured:
                    render(console, result, rows, width, wide, start=total + 1)
                out.writelines(line.rstrip() + "\n" for line in captured.get().splitlines())
                total += len(rows)
        else:
            natural = [max([len(name)] + [max(map(len, row[i].splitlines() or [""])) for row in sample])
                       for i, name in enumerate(result.columns)]
            widths = natural if wide else fit_widths(natural, minimum, width)
            right = [t in NUMERIC_TYPES or t.startswith("DECIMAL") for t in result.types]
            # Wrapping widths: each column's own, but the last one may use the rest of the line (nothing follows it).
            wrap = widths[:-1] + [max(widths[-1], width - sum(widths[:-1]) - GAP * (len(widths) - 1))]

            def lines_of(texts: list[str]) -> list[str]:
                # A number is never cut: one longer than its column (sized on the first batch) pushes the row.
                folded = [[t] if wide or r else fold(t, w) for t, w, r in zip(texts, wrap, right)]
                height = max(map(len, folded))
                return [(" " * GAP).join((cell[k] if k < len(cell) else "").rjust(w) if r else
                                         (cell[k] if k < len(cell) else "").ljust(w)
                                         for cell, w, r in zip(folded, widths, right)).rstrip() + "\n"
                        for k in range(height)]

            out.writelines(lines_of(list(result.columns)))
            out.write("\u2500" * (sum(widths) + GAP * (len(widths) - 1)) + "\n")
            for rows in itertools.chain([first], batches):
                chunk: list[str] = []
                for row in rows:
                    chunk += lines_of(texts(row))
                out.writelines(chunk)
                total += len(rows)
    out.write(f"{total} {'row' if total == 1 else 'rows'}\n")
    return total


def run_query(con: duckdb.DuckDBPyConnection, sql: str, *, fmt: str, out: IO[str], parquet: Path | None = None,
              limit: int = DEFAULT_LIMIT, max_width: int | None = None, wide: bool = False) -> int:
    """Run ``sql`` and write it as ``fmt`` (table, csv, json or parquet); returns the number of rows."""
    if fmt == "parquet":
        assert parquet is not None
        return write_parquet(con, sql, parquet)
    result = execute(con, sql)
    try:
        if fmt == "csv":
            return write_csv(result, out)
        if fmt == "json":
            return write_json(result, out)
        if not limit:
            return stream_table(result, out, max_width=max_width, wide=wide)
        return print_table(result, out, limit=limit, max_width=max_width, wide=wide)
    except duckdb.Error as exc:  # some errors surface only while rows are fetched
        raise explain_error(exc) from None

