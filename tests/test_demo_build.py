"""The shared demo build (conftest.py `demo_build`, `demo_copy`): one clean demo run that tests copy, never change."""

from __future__ import annotations

from demo_build import _ephemeral_range, free_port_run, port_is_free, services
from faults.harness import fingerprints


def test_a_copy_is_the_demo_run_and_writing_to_it_leaves_the_build_alone(demo_build, demo_copy):
    warehouse, cfg = demo_copy
    assert fingerprints(warehouse.path) == demo_build.fingerprints  # the same rows as the run it copies
    assert cfg.reddit.oauth_url == f"http://127.0.0.1:{demo_build.base_port + services().index('reddit')}"
    with warehouse.write() as con:
        con.execute("DELETE FROM documents")
    assert fingerprints(warehouse.path)["documents"][0] == 0
    assert fingerprints(demo_build.warehouse_path) == demo_build.fingerprints
    assert demo_build.fingerprints["documents"][0] > 100


def test_the_builds_ports_sit_below_the_kernels_ephemeral_range():
    base = free_port_run(len(services()))
    assert 20000 <= base and base + len(services()) < _ephemeral_range()[0]
    assert all(port_is_free(base + i) for i in range(len(services())))
