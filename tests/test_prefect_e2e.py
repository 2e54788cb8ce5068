"""End to end: `tracker serve` (real Prefect server, prefect.yaml deployments, process worker) runs `pipeline`."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tracker.analysis.export import export_root, export_week
from tracker.demo import demo_config_data
from tracker.sources.replay import serve_snapshots
from tracker.pipeline import STAGES
from tracker.warehouse.database import Warehouse

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
TABLES = ("documents", "mentions", "sentiment", "models", "markets", "market_prices", "release_events", "rejects")
E2E_QUEUE = "e2e"  # the worker polls only this queue: scheduled runs (real URLs) stay queued, never run here
START_TIMEOUT_S = 180
RUN_TIMEOUT_S = 300

pytestmark = pytest.mark.prefect_server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def table_counts(path: Path) -> dict[str, int]:
    with Warehouse(path).read() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


class Serve:
    """`tracker serve` in its own process group, its output collected line by line."""

    def __init__(self, args: list[str], env: dict[str, str]):
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tracker.cli", *args], env=env, cwd=REPO, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, start_new_session=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip())

    def wait_for(self, text: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not any(text in line for line in self.lines):
            if self.process.poll() is not None:
                raise AssertionError(f"tracker serve exited {self.process.returncode}:\n" + "\n".join(self.lines[-60:]))
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} from tracker serve in {timeout_s}s:\n" + "\n".join(self.lines[-60:]))
            time.sleep(0.2)

    def stop(self) -> int | None:
        """SIGINT as Ctrl-C would send, then SIGKILL to the whole group if anything is left."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                pass
        code = self.process.poll()
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # children left behind, if any
        except ProcessLookupError:
            pass
        self.process.wait(10)
        return code


@contextlib.contextmanager
def replayed_config(tmp_path: Path, name: str):
    """The demo config (every service on a fresh replay server in this process), writing under tmp_path/name.

    Each run gets its own servers: a route's responses are served in order, so a second run on the same
    server would see what a re-run sees (e.g. 304 Not Modified), not what a first run sees."""
    servers = serve_snapshots(SAMPLE) if SAMPLE.is_dir() else {}
    try:
        data, env = demo_config_data(REPO / "tracker.toml", servers)
        data["warehouse"] = {"path": str(tmp_path / f"{name}.duckdb")}
        data.setdefault("trends", {})["export_root"] = str(tmp_path / f"{name}_exports")
        data.setdefault("http", {})["backoff_base_s"] = 0
        # the demo's alert webhook (127.0.0.1:18760) is started by `tracker demo`, not here: list alerts only
        data["alerts"] = {"urls": []}
        yield data, env, servers
    finally:
        for server in servers.values():
            server.stop()


def test_serve_deploys_schedules_and_runs_pipeline_deployment(tmp_path: Path, monkeypatch, demo_build) -> None:
    started = time.monotonic()
    port = free_port()
    env = dict(os.environ) | {
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    serve = Serve(["serve", "--port", str(port), "--prefect-home", str(tmp_path / "prefect"),
                   "--work-queue", E2E_QUEUE], env)
    try:
        # The same stages as plain function calls: the tables the flow run must match. That run is the session's
        # demo build (`tracker demo --no-prefect`, conftest.py), read from a copy of its warehouse.
        plain_folder = demo_build.copy(tmp_path / "plain")
        plain_cfg, demo_env = demo_build.config(plain_folder)
        for key, value in demo_env.items():
            monkeypatch.setenv(key, value)
        with Warehouse(plain_cfg.warehouse_path).read() as con:  # one run row per stage, in the order they ran
            plain_results = dict(con.execute("SELECT source, status FROM ingest_runs ORDER BY started_at").fetchall())
        plain_results["export"] = plain_export(plain_cfg)  # prefect.yaml's daily pipeline ends with the weekly export
        stages = [s for s in STAGES if getattr(getattr(plain_cfg, s, None), "enabled", True)]
        assert [s for s in plain_results if s != "export"] == stages

        print(f"e2e: plain run done at {time.monotonic() - started:.1f}s")
        serve.wait_for("serve: worker on pool", START_TIMEOUT_S)
        print(f"e2e: server, deployments and worker up at {time.monotonic() - started:.1f}s")
        with replayed_config(tmp_path, "flow") as (data, demo_env, servers), \
                replayed_config(tmp_path, "flow_markets") as (markets_data, markets_env, _):
            # A second deployment's run writes the same file at the same time (its own replay servers).
            overlapping = None
            if "markets" in stages:
                markets_data["warehouse"] = data["warehouse"]
                overlapping = start_run(port, "ingest_markets/markets-every-30-min", markets_data, markets_env, timeout=0)
            flow_run = start_run(port, "pipeline/pipeline-daily", data, demo_env, timeout=RUN_TIMEOUT_S)
            if overlapping is not None:
                overlapping = wait_final(port, overlapping.id)
        print(f"e2e: deployment run finished at {time.monotonic() - started:.1f}s")

        # The daily deployment fails its run when a stage failed after retries (this build may lack a trained
        # classifier or a source's sample data: the plain run says which stages fail).
        failed = {name for name, status in plain_results.items() if status == "failed"}
        assert flow_run.state.is_completed() == (not failed), (flow_run.state, failed)
        task_runs, scheduled = read_runs(port, flow_run.id)
        print(f"e2e: flow run created {flow_run.created}, started {flow_run.start_time}, ended {flow_run.end_time}")
        for t in sorted(task_runs, key=lambda t: t.start_time):
            print(f"e2e: task {t.name}: {t.start_time} -> {t.end_time} ({t.total_run_time})")
        attempts = {t.name: t.run_count for t in task_runs}
        states = {t.name: t.state.type.value for t in task_runs}
        assert states == {name: "FAILED" if name in failed else "COMPLETED" for name in plain_results}, run_logs(port, flow_run.id)
        # A failed stage was tried 1 + 2 times (prefect.yaml keeps the default retries), the others once.
        assert attempts == {name: 3 if name in failed else 1 for name in plain_results}

        if overlapping is not None:
            assert overlapping.state.is_completed() == (plain_results["markets"] != "failed"), overlapping.state
            assert overlapping.start_time < flow_run.end_time and flow_run.start_time < overlapping.end_time

        # Every deployment has the cron of prefect.yaml, and the scheduler has put future runs on it.
        spec = {d["name"]: d["schedules"][0]["cron"] for d in yaml.safe_load((REPO / "prefect.yaml").read_text())["deployments"]}
        assert scheduled["crons"] == spec
        assert set(scheduled["future_runs"]) == set(spec)
        assert all(n >= 1 for n in scheduled["future_runs"].values()), scheduled["future_runs"]
    finally:
        code = serve.stop()
        (tmp_path / "serve.log").write_text("\n".join(serve.lines))
    assert code == 0, "\n".join(serve.lines[-40:])
    assert "serve: stopping" in serve.lines

    # The deployment's run wrote exactly what the plain run wrote; each attempt left its ingest_runs row.
    flow_db, plain_db = tmp_path / "flow.duckdb", Path(plain_cfg.warehouse_path)
    with Warehouse(flow_db).read() as con:
        runs = con.execute("SELECT source, status FROM ingest_runs ORDER BY started_at").fetchall()
        models = [r[0] for r in con.execute("SELECT model_id FROM models ORDER BY model_id").fetchall()]
    stage_attempts = Counter({name: n for name, n in attempts.items() if name != "export"})
    if overlapping is not None:
        stage_attempts["markets"] += 3 if plain_results["markets"] == "failed" else 1  # the overlapping run's rows
    assert Counter(source for source, _ in runs) == stage_attempts
    assert dict(runs) == {name: status for name, status in plain_results.items() if name != "export"}
    if plain_results.get("export") == "ok":
        assert exported_files(tmp_path / "flow_exports") == exported_files(export_root(plain_cfg)) != []
    assert models == sorted(m["id"] for m in data["models"])
    assert table_counts(flow_db) == table_counts(plain_db)
    # Sources with recorded sample data must have landed documents (stricter as sources get built).
    with Warehouse(flow_db).read() as con:
        per_source = dict(con.execute("SELECT source, count(*) FROM documents GROUP BY source").fetchall())
    for source in ("reddit", "blogs"):
        if source in stages and source in servers:
            assert per_source.get(source, 0) > 0, per_source


def plain_export(cfg) -> str:

    try:
        export_week(Warehouse(cfg.warehouse_path), cfg)
    except Exception:
        return "failed"
    return "ok"


def exported_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def start_run(port: int, deployment: str, config: dict, env: dict[str, str], timeout: float):
    """Create a run of a deployment on the e2e queue; wait up to `timeout` s for it (0: return at once)."""
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: f"http://127.0.0.1:{port}/api"}):
        return run_deployment(
            deployment,
            parameters={"config": config, "base_dir": str(REPO), "retry_delay_s": 0},
            work_queue_name=E2E_QUEUE,
            job_variables={"env": env},
            timeout=timeout,
            poll_interval=1,
        )


def run_logs(port: int, flow_run_id) -> str:
    """A flow run's log lines, for failure messages."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: f"http://127.0.0.1:{port}/api"}):
        with get_client(sync_client=True) as client:
            logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
    return "\n".join(entry.message[:500] for entry in logs)


def wait_final(port: int, flow_run_id):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    deadline = time.monotonic() + RUN_TIMEOUT_S
    with temporary_settings({PREFECT_API_URL: f"http://127.0.0.1:{port}/api"}):
        with get_client(sync_client=True) as client:
            while True:
                run = client.read_flow_run(flow_run_id)
                if run.state and run.state.is_final() or time.monotonic() > deadline:
                    return run
                time.sleep(1)


def read_runs(port: int, flow_run_id):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (DeploymentFilter, DeploymentFilterId, FlowRunFilter, FlowRunFilterId,
                                                FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: f"http://127.0.0.1:{port}/api"}):
        with get_client(sync_client=True) as client:
            task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            deployments = client.read_deployments()
            crons = {d.name: d.schedules[0].schedule.cron for d in deployments if d.schedules}
            future_runs = {}
            deadline = time.monotonic() + 30  # the scheduler loop runs every 2 s in this test
            while time.monotonic() < deadline:
                for d in deployments:
                    runs = client.read_flow_runs(
                        deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[d.id])),
                        flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))),
                    )
                    future_runs[d.name] = sum(1 for r in runs if r.expected_start_time and r.expected_start_time.timestamp() > time.time() - 60)
                if all(future_runs.values()):
                    break
                time.sleep(1)
    return task_runs, {"crons": crons, "future_runs": future_runs}
