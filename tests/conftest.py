"""Shared fixtures: real DuckDB files in tmp dirs, replay servers, the ../shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# No network and no model hub in tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--no-prefect-server", action="store_true", help="skip tests that start a real Prefect server")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--no-prefect-server"):
        skip = pytest.mark.skip(reason="--no-prefect-server given")
        for item in items:
            if "prefect_server" in item.keywords:
                item.add_marker(skip)


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
