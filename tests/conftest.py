"""Shared fixtures: real DuckDB files in tmp dirs, replay servers, the ../shared data folder, and expensive things
built once per test run (see "built once" below). `make test` runs the suite on 2 pytest-xdist workers
(`-n 2 --dist loadgroup`): a test that must not overlap another (fixed ports, one shared file, one Prefect test
server) carries `@pytest.mark.xdist_group(name)` with the names listed under "xdist groups" below."""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from pathlib import Path

import pytest

# No network and no model hub in tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PREFECT_HARNESS_GROUP = "prefect_test_harness"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--no-prefect-server", action="store_true", help="skip tests that start a real Prefect server")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the xdist_group marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--no-prefect-server"):
        skip = pytest.mark.skip(reason="--no-prefect-server given")
        for item in items:
            if "prefect_server" in item.keywords:
                item.add_marker(skip)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        schedule_for_xdist(items)


# ---------------------------------------------------------------- pytest-xdist: groups and their order
#
# The workers collect, the controller schedules. Each worker gives every test a group (schedule_for_xdist) and
# writes {nodeid: group} to a file the controller named in GROUPS_FILE; the controller's scheduler (LoadScope
# scheduling, one work unit per group) reads it. pytest-xdist's own `--dist loadgroup` suffixes node ids with
# "@group" for that, which pytest >= 9.2 no longer lets it do; this works with either.
GROUPS_FILE = "TRACKER_TEST_XDIST_GROUPS"


def pytest_configure(config: pytest.Config) -> None:
    if getattr(config.option, "numprocesses", None) and not os.environ.get("PYTEST_XDIST_WORKER"):
        fd, path = tempfile.mkstemp(prefix="tracker-xdist-groups-", suffix=".json")
        os.close(fd)
        os.environ[GROUPS_FILE] = path  # the workers, started after this, inherit it


def pytest_unconfigure(config: pytest.Config) -> None:
    if not os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get(GROUPS_FILE):
        Path(os.environ.pop(GROUPS_FILE)).unlink(missing_ok=True)


def pytest_xdist_make_scheduler(config: pytest.Config, log):
    if config.getvalue("dist") in ("each", "no"):  # every mode that spreads tests gets the groups: tests rely on them
        return None
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        """LoadScope scheduling with the groups the workers wrote: one work unit per group, in collection order."""

        groups: dict[str, str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if nodeid.rfind("@") > nodeid.rfind("]"):  # pytest-xdist's own suffix, where it still works
                return nodeid.rsplit("@", 1)[-1]
            if self.groups is None:
                self.groups = json.loads(Path(os.environ[GROUPS_FILE]).read_text(encoding="utf-8") or "{}")
            return self.groups.get(nodeid, nodeid.split("::")[0])

    return GroupScheduling(config, log)


def xdist_group(item: pytest.Item) -> str:
    marker = item.get_closest_marker("xdist_group")
    return str(marker.args[0] if marker.args else marker.kwargs.get("name", "default"))


def schedule_for_xdist(items: list[pytest.Item]) -> None:
    """Work units for `--dist loadgroup`: every test gets a group (its own xdist_group mark; the Prefect harness's
    group for tests that use it; else its module, so a module's fixtures are built on one worker and its tests run
    in their order), and the groups that hold slow tests are sent first, alternating between those that need the
    shared demo build and those that do not, so that one worker builds the demo while the other has other work."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            fixtures = getattr(item, "fixturenames", ())
            item.add_marker(pytest.mark.xdist_group(PREFECT_HARNESS_GROUP if "prefect_harness" in fixtures
                                                     else item.nodeid.split("::")[0]))
    heavy: dict[str, bool] = {}  # group -> needs the demo build, for groups holding a slow test
    for item in items:
        if item.get_closest_marker("slow") or item.get_closest_marker("prefect_server"):
            heavy.setdefault(xdist_group(item), False)
    for item in items:
        if xdist_group(item) in heavy and "demo_build" in getattr(item, "fixturenames", ()):
            heavy[xdist_group(item)] = True
    with_demo = [g for g, demo in heavy.items() if demo]
    without_demo = [g for g, demo in heavy.items() if not demo]
    order = [g for pair in itertools.zip_longest(with_demo, without_demo) for g in pair if g is not None]
    rank = {group: i for i, group in enumerate(order)}
    items.sort(key=lambda item: rank.get(xdist_group(item), len(rank)))  # stable: the rest keep their order
    if os.environ.get(GROUPS_FILE):  # every worker writes the same map; whole files only (write, then rename)
        target = Path(os.environ[GROUPS_FILE])
        scratch = target.with_name(f"{target.name}.{os.environ['PYTEST_XDIST_WORKER']}")
        scratch.write_text(json.dumps({item.nodeid: xdist_group(item) for item in items}), encoding="utf-8")
        os.replace(scratch, target)


# ---------------------------------------------------------------- built once
#
# demo_build: one `tracker demo --no-prefect` run (every stage, the whole sample replayed on 127.0.0.1), built by
#   the first test that asks for it and shared by every xdist worker (tests/demo_build.py). Read-only: it gives
#   the base port the replay servers used (a run that must equal it uses the same), the table fingerprints, the
#   week's export, and `copy(path)` for a writable demo folder with a copy of the warehouse.
# demo_copy: a writable copy of that warehouse for one test: (Warehouse, Config) of the demo run.
#
# xdist groups (`@pytest.mark.xdist_group(...)`; tests of one group run on one worker, one after another):
#   "demo_ports"  binds the demo build's replay ports (demo_build.base_port …): demo re-runs compared with it.
#   "prefect_test_harness"  the tests that use `prefect_harness` (given to them by the hook below), so the
#                 in-process Prefect test server starts once, on one worker.
# A module whose tests share an expensive module-scoped fixture and must stay on one worker can set
# `pytestmark = pytest.mark.xdist_group("<its name>")`.


def run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test run's tmp root, the same for every xdist worker (each worker's basetemp is a folder in it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory):
    from demo_build import SAMPLE, shared_demo_build

    if not SAMPLE.is_dir():
        pytest.skip("no data/sample")
    return shared_demo_build(run_root(tmp_path_factory) / "shared")


@pytest.fixture
def demo_copy(demo_build, tmp_path, monkeypatch):
    from tracker.warehouse.database import Warehouse

    folder = demo_build.copy(tmp_path / "demo")
    cfg, env = demo_build.config(folder)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return Warehouse(cfg.warehouse_path), cfg


@pytest.fixture(scope="session")
def prefect_harness():
    """Prefect's test harness: a temporary in-process API server and database, for tests that run flows."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def warehouse(tmp_path: Path):
    from tracker.warehouse.database import Warehouse

    wh = Warehouse(tmp_path / "tracker.duckdb")
    wh.init()
    return wh


@pytest.fixture
def replay():
    """A replay server with no routes; tests add routes and faults."""
    from tracker.sources.replay import ReplayServer

    with ReplayServer() as server:
        yield server


@pytest.fixture
def sample_replay():
    """A factory: replay_for('reddit') serves data/sample/reddit on 127.0.0.1."""
    from tracker.sources.replay import ReplayServer

    started = []

    def make(name: str) -> ReplayServer:
        server = ReplayServer(REPO / "data" / "sample" / name).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()
