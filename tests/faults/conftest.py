"""The fault suite's results table: one row per fault x source, printed at the end of the session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

RESULTS: list[dict] = []
COLUMNS = ("fault", "source", "survived", "status", "rows lost", "rejects", "recovered")


@pytest.fixture
def record_fault():
    def record(**row) -> None:
        RESULTS.append(row)

    return record


def table_markdown(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(c, "")) for c in COLUMNS) + " |")
    tried = [r for r in rows if r.get("survived") != "n/a"]
    survived = sum(1 for r in tried if r.get("survived") == "yes")
    lost = sum(r["rows lost"] for r in tried)
    rejects = sum(r["rejects"] for r in tried)
    recovered = sum(1 for r in tried if r.get("recovered") == "yes")
    lines.append("")
    lines.append(f"faults tried: {len(tried)}, runs survived: {survived}/{len(tried)}, rows lost: {lost}, "
                 f"rejects recorded: {rejects}, clean re-runs matching a clean run: {recovered}/{len(tried)}")
    return "\n".join(lines)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not RESULTS:
        return
    rows = sorted(RESULTS, key=lambda r: (r["source"], r["fault"]))
    terminalreporter.section("fault suite: fault x source")
    terminalreporter.write_line(table_markdown(rows))
    out = os.environ.get("FAULT_TABLE")
    if out:
        Path(out).write_text(table_markdown(rows) + "\n", encoding="utf-8")
