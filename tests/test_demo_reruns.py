"""The demo twice: its second run changes no row, and a week's export is byte-identical across fresh databases.

Runs the real `tracker demo --no-prefect` code path (run_demo) over the bundled sample, replayed on 127.0.0.1, with
a config in a tmp folder so nothing is written into the checkout. The first fresh run is the session's shared demo
build (conftest.py `demo_build`); this module re-runs the demo on a copy of it and makes a second fresh database,
both on the build's replay ports (blog doc ids embed the port).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from demo_build import WEEK, demo_folder, run_demo_in, week_export
from faults.harness import fingerprints

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("demo_ports")]  # two demo runs on the build's ports


def run(folder: Path, base_port: int) -> None:
    code, output = run_demo_in(folder, base_port)
    assert code == 0, output[-4000:]


def table_hashes(path: Path) -> dict[str, tuple[int, str]]:
    """(rows, sha256 of the ordered content) of every base table, time-of-run columns and the run log left out."""
    return fingerprints(path)


@pytest.fixture(scope="module")
def demo_runs(demo_build, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    rerun = demo_build.copy(tmp / "rerun")  # the first fresh run, again
    run(rerun, demo_build.base_port)
    second = demo_folder(tmp / "second")
    run(second, demo_build.base_port)
    return {"after_one": demo_build.fingerprints, "after_two": table_hashes(rerun / "data" / "tracker.duckdb"),
            "export_one": demo_build.week_export(),
            "other_db": table_hashes(second / "data" / "tracker.duckdb"), "export_other": week_export(second, WEEK)}


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
