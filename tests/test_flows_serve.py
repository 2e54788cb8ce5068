"""`tracker serve` without a server: its environment and its refusals (the e2e test runs the real thing)."""

from __future__ import annotations

import socket
from pathlib import Path

from tracker.cli.main import main
from tracker.cli.serve import serve_environment

REPO = Path(__file__).resolve().parents[1]


def test_serve_environment_keeps_prefect_state_under_data(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PREFECT_HOME", raising=False)
    (tmp_path / "tracker.toml").write_text("")
    env = serve_environment(tmp_path, tmp_path / "tracker.toml", "127.0.0.1", 4321, None)
    assert env["PREFECT_HOME"] == str((tmp_path / "data" / ".prefect").resolve())
    assert env["PREFECT_API_URL"] == "http://127.0.0.1:4321/api"
    assert env["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert env["TRACKER_CONFIG"] == str((tmp_path / "tracker.toml").resolve())
    assert serve_environment(tmp_path, tmp_path / "tracker.toml", "127.0.0.1", 1, str(tmp_path / "ph"))["PREFECT_HOME"] == str(
        tmp_path / "ph")


def test_serve_refuses_a_port_in_use(capsys) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["--config", str(REPO / "tracker.toml"), "serve", "--port", str(port)])
    assert code == 2
    assert f"127.0.0.1:{port} is already in use" in capsys.readouterr().err


def test_serve_needs_prefect_yaml(tmp_path: Path, capsys) -> None:
    (tmp_path / "tracker.toml").write_text("")
    assert main(["--config", str(tmp_path / "tracker.toml"), "serve"]) == 2
    assert "no prefect.yaml" in capsys.readouterr().err


def test_serve_pool_and_limit_are_the_ones_prefect_yaml_names() -> None:
    import yaml

    from flows.tasks import WRITE_LIMIT
    from tracker.cli import serve

    spec = yaml.safe_load((REPO / "prefect.yaml").read_text())
    assert {d["work_pool"]["name"] for d in spec["deployments"]} == {serve.POOL}
    assert {d["parameters"]["write_limit"] for d in spec["deployments"]} == {serve.WRITE_LIMIT} == {WRITE_LIMIT}
    # Every entrypoint names a flow that exists, under the name the deployment is registered with.
    for deployment in spec["deployments"]:
        path, name = deployment["entrypoint"].split(":")
        module = __import__(path.removesuffix(".py").replace("/", "."), fromlist=[name])
        assert getattr(module, name).name == name
