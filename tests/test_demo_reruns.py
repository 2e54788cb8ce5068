"""The demo twice: its second run changes no row, and a week's export is byte-identical across fresh databases.

Runs the real `tracker demo --no-prefect` code path (run_demo) over the bundled sample, replayed on 127.0.0.1 on
the demo's fixed ports, with a config in a tmp folder so nothing is written into the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from faults.harness import fingerprints

from tracker.demo import run_demo
from tracker.analysis.export import export_week
from tracker.warehouse.database import Warehouse

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
WEEK = "2026-W17"

pytestmark = pytest.mark.slow  # three full demo runs


def demo_folder(tmp_path: Path, name: str) -> Path:
    """A config folder like the checkout's (tracker.toml, data/sample, curated events) writing under tmp_path."""
    folder = tmp_path / name
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "sample").symlink_to(SAMPLE, target_is_directory=True)
    (folder / "data" / "release_events.yaml").symlink_to(REPO / "data" / "release_events.yaml")
    # relative paths (warehouse, exports) resolve against the folder
    (folder / "tracker.toml").write_text((REPO / "tracker.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def run(folder: Path) -> None:
    saved = dict(os.environ)
    try:
        assert run_demo(str(folder / "tracker.toml"), prefect=False) == 0
    finally:  # the demo sets fake replay credentials in the environment
        os.environ.clear()
        os.environ.update(saved)


def table_hashes(path: Path) -> dict[str, tuple[int, str]]:
    """(rows, sha256 of the ordered content) of every base table, time-of-run columns and the run log left out."""
    return fingerprints(path)


def export_bytes(folder: Path) -> dict[str, bytes]:
    from tracker.config import load_config

    cfg = load_config(folder / "tracker.toml")
    written = export_week(Warehouse(cfg.warehouse_path), cfg, week=WEEK)
    return {str(p.relative_to(written)): p.read_bytes() for p in sorted(Path(written).rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory):
    if not SAMPLE.is_dir():
        pytest.skip("no data/sample")
    tmp = tmp_path_factory.mktemp("demo")
    first, second = demo_folder(tmp, "first"), demo_folder(tmp, "second")
    run(first)
    after_one = table_hashes(first / "data" / "tracker.duckdb")
    export_one = export_bytes(first)
    run(first)
    after_two = table_hashes(first / "data" / "tracker.duckdb")
    run(second)
    return {"after_one": after_one, "after_two": after_two, "export_one": export_one,
            "other_db": table_hashes(second / "data" / "tracker.duckdb"), "export_other": export_bytes(second)}


def test_the_demos_second_run_changes_no_row(demo_runs):
    after_one, after_two = demo_runs["after_one"], demo_runs["after_two"]
    assert after_one["documents"][0] > 100 and after_one["sentiment"][0] > 100 and after_one["daily_sums"][0] > 0
    assert after_two == after_one


def test_two_fresh_demo_databases_hold_the_same_rows(demo_runs):
    assert demo_runs["other_db"] == demo_runs["after_one"]


def test_a_weeks_export_is_byte_identical_across_two_fresh_databases(demo_runs):
    one, other = demo_runs["export_one"], demo_runs["export_other"]
    assert any(name.endswith(".csv") for name in one) and all(one.values())
    assert sorted(other) == sorted(one)
    for name in one:
        assert other[name] == one[name], name
