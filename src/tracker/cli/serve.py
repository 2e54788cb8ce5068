"""`tracker serve`: a local Prefect server, the deployments of prefect.yaml and a process worker, in one command."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from tracker.cli.args import PORT, existing_folder, output_file_or_folder
from tracker.config import config_path

POOL = "tracker-process"  # prefect.yaml's work pool
WRITE_LIMIT = "tracker-warehouse-writes"  # flows.tasks.WRITE_LIMIT; prefect.yaml passes it as write_limit
HEALTH_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 15.0


class ServeError(RuntimeError):
    """A step of `tracker serve` that failed; the message says which and why."""


def prefect_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "prefect", *args]


def serve_environment(base_dir: Path, config_file: Path, host: str, port: int, prefect_home: str | None) -> dict[str, str]:
    """Environment for every child: the server's state under data/, the API address, the config for flow runs."""
    env = dict(os.environ)
    env["PREFECT_HOME"] = str(Path(prefect_home or env.get("PREFECT_HOME") or base_dir / "data" / ".prefect").resolve())
    env["PREFECT_API_URL"] = f"http://{host}:{port}/api"
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    env.setdefault("PREFECT_UI_ENABLED", "true")
    env["TRACKER_CONFIG"] = str(config_file.resolve())
    return env


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex((host, port)) != 0


def wait_healthy(api_url: str, server: subprocess.Popen, timeout_s: float = HEALTH_TIMEOUT_S) -> float:
    """Seconds until the server's /health answers 200; raises if it exits or takes too long."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if server.poll() is not None:
            raise ServeError(f"prefect server exited with {server.returncode} before it answered")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return time.monotonic() - started
        time.sleep(0.25)
    raise ServeError(f"prefect server did not answer {api_url}/health within {timeout_s:.0f}s")


def run_step(command: list[str], env: dict[str, str], cwd: Path, what: str, ok_if: str | None = None) -> None:
    """A short prefect CLI call; output shown only when it fails (or is the expected 'already exists')."""
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0 and not (ok_if and ok_if in output):
        raise ServeError(f"{what} failed (exit {done.returncode}):\n{output[-3000:]}")
    print(f"serve: {what}: ok", flush=True)


def stop(process: subprocess.Popen | None, first: int, name: str) -> None:
    """Stop one child by PID: `first` signal, then SIGKILL after STOP_TIMEOUT_S (the worker ignores SIGTERM)."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(first)
    try:
        process.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        print(f"serve: {name} did not stop on {signal.Signals(first).name}; killing it", file=sys.stderr, flush=True)
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        process.wait(STOP_TIMEOUT_S)


@contextlib.contextmanager
def stop_signals_interrupt() -> Iterator[None]:
    """SIGINT and SIGTERM (Ctrl-C, systemd, docker stop, a test) both shut down cleanly.

    Installing a handler also matters for the children: a background shell job starts with SIGINT
    ignored, which children would inherit (a worker that ignores SIGINT cannot be stopped cleanly)."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def serve(args: argparse.Namespace) -> int:
    config_file = config_path(args.config)
    if not config_file.is_file():
        print(f"{config_file}: config file not found (pass --config PATH or set TRACKER_CONFIG)", file=sys.stderr)
        return 2
    project = Path(args.project_dir or config_file.resolve().parent).resolve()
    if not (project / "prefect.yaml").is_file():
        print(f"{project}: no prefect.yaml (pass --project-dir)", file=sys.stderr)
        return 2
    try:
        free = port_is_free(args.host, args.port)
    except OSError as exc:  # an address that does not resolve or cannot be used
        print(f"tracker serve: --host {args.host!r}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not free:
        print(f"{args.host}:{args.port} is already in use (another `tracker serve`? pass --port)", file=sys.stderr)
        return 2
    env = serve_environment(project, config_file, args.host, args.port, args.prefect_home)
    api_url = env["PREFECT_API_URL"]
    Path(env["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    server = worker = None
    with stop_signals_interrupt():
        try:
            # Children share this process group: Ctrl-C in a terminal reaches all of them, and whoever
            # started `tracker serve` in its own group can stop everything by that group's id.
            server = subprocess.Popen(
                prefect_command("server", "start", "--host", args.host, "--port", str(args.port)),
                env=env, cwd=project, stdout=None if args.verbose else subprocess.DEVNULL, stderr=subprocess.STDOUT,
            )
            took = wait_healthy(api_url, server)
            print(f"serve: prefect server on http://{args.host}:{args.port} (state in {env['PREFECT_HOME']}), "
                  f"healthy after {took:.1f}s", flush=True)
            run_step(prefect_command("work-pool", "create", POOL, "--type", "process"), env, project,
                     f"work pool {POOL}", ok_if="already exists")
            run_step(prefect_command("global-concurrency-limit", "create", WRITE_LIMIT, "--limit", "1"), env, project,
                     f"concurrency limit {WRITE_LIMIT}", ok_if="already exists")
            if not args.no_deploy:
                run_step(prefect_command("--no-prompt", "deploy", "--all"), env, project, "deployments from prefect.yaml")
            if args.no_worker:
                print("serve: no worker started (--no-worker)", flush=True)
            else:
                command = prefect_command("worker", "start", "--pool", POOL)
                for queue in args.work_queue or []:
                    command += ["--work-queue", queue]
                worker = subprocess.Popen(command, env=env, cwd=project)
                print(f"serve: worker on pool {POOL} (pid {worker.pid}); Ctrl-C stops everything", flush=True)
            while True:
                if server.poll() is not None:
                    raise ServeError(f"prefect server exited with {server.returncode}")
                if worker is not None and worker.poll() is not None:
                    raise ServeError(f"worker exited with {worker.returncode}")
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("serve: stopping", flush=True)
            return_code = 0
        except ServeError as exc:
            print(f"serve: {exc}", file=sys.stderr, flush=True)
            return_code = 1
        finally:
            # Signals during shutdown must not cut it short.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            stop(worker, signal.SIGINT, "worker")
            stop(server, signal.SIGINT, "prefect server")
    return return_code


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve", help="start a local Prefect server, the prefect.yaml deployments and a worker (Ctrl-C stops all)")
    p.add_argument("--host", default="127.0.0.1", help="address the Prefect server listens on (default 127.0.0.1)")
    p.add_argument("--port", type=PORT, default=4200, help="port of the Prefect server and its UI (default 4200)")
    p.add_argument("--prefect-home", type=output_file_or_folder, help="Prefect state folder (default: $PREFECT_HOME or data/.prefect)")
    p.add_argument("--project-dir", type=existing_folder, help="folder holding prefect.yaml and flows/ (default: the config file's folder)")
    p.add_argument("--work-queue", action="append", help="worker polls only these queues (repeatable)")
    p.add_argument("--no-deploy", action="store_true", help="keep the deployments already on the server")
    p.add_argument("--no-worker", action="store_true", help="server and deployments only")
    p.add_argument("--verbose-server", dest="verbose", action="store_true", help="show the server's own output")
    p.set_defaults(func=serve)
