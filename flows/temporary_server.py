"""A temporary Prefect server for flows started as plain scripts (`tracker demo`) that Ctrl-C does not kill first.

With no PREFECT_API_URL, Prefect 3 starts its own temporary server (`SubprocessASGIServer`, a uvicorn child) in
the caller's process group. Ctrl-C in a terminal signals the whole group, so that server dies at the same moment
the flow is interrupted; the flow engine then retries it for minutes (PREFECT_CLIENT_MAX_RETRIES, with backoff)
to report the crash, printing a traceback per attempt. The server started here runs the same app in its own
session, out of reach of the terminal's signals, serves the interrupted flow's last state changes, and is
stopped last: after the flow, and after Prefect's log and event workers have sent what they hold.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx

from tracker.warehouse.runs import deferred_interrupts

# Prefect's own wait (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, 20 s) is short for a first start on a busy
# small machine, which migrates a fresh SQLite database; the larger of the two applies.
STARTUP_TIMEOUT_S = 180.0
DRAIN_TIMEOUT_S = 5.0  # Prefect's log and event workers, before the server goes
STOP_TIMEOUT_S = 5.0  # after SIGTERM, before SIGKILL
PORT_IN_USE = 3  # uvicorn's exit status when its port was taken between our check and its bind


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_command(port: int) -> list[str]:
    """The app and options Prefect's own temporary server runs (prefect.server.api.server.SubprocessASGIServer)."""
    import prefect

    return [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent),
            "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]


def server_env() -> dict[str, str]:
    from prefect.settings import get_current_settings

    return {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
            **get_current_settings().to_environment_variables(exclude_unset=True)}


def stop_process_group(process: subprocess.Popen) -> None:
    """SIGTERM to the server's session (uvicorn and anything it started), SIGKILL if it has not ended in time."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def start_server(timeout_s: float) -> tuple[subprocess.Popen, str]:
    """Start the server in its own session and wait until /api/health answers: (process, API URL)."""
    deadline = time.monotonic() + timeout_s
    env = server_env()
    while True:
        port = free_port()
        process = subprocess.Popen(server_command(port), env=env, start_new_session=True)
        api_url = f"http://127.0.0.1:{port}/api"
        try:
            with httpx.Client(timeout=2.0) as client:
                while time.monotonic() < deadline:
                    if process.poll() is not None:
                        break
                    with contextlib.suppress(httpx.TransportError):
                        if client.get(f"{api_url}/health").status_code == 200:
                            return process, api_url
                    time.sleep(0.1)
        except BaseException:
            stop_process_group(process)
            raise
        stop_process_group(process)
        if process.returncode == PORT_IN_USE and time.monotonic() < deadline:
            continue
        raise RuntimeError(f"the temporary Prefect server did not start (exit status {process.returncode}, "
                           f"{timeout_s:.0f} s allowed)")


def drain_prefect_workers(timeout_s: float) -> None:
    """Let Prefect's background workers send the logs and events they hold while the server still listens."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with contextlib.suppress(Exception):
            worker.drain_all(timeout=timeout_s)


@contextlib.contextmanager
def temporary_prefect_server(timeout_s: float = STARTUP_TIMEOUT_S) -> Iterator[str | None]:
    """Run the body against a temporary local Prefect server; yields its API URL.

    With PREFECT_API_URL set the configured server is used and nothing is started (yields None)."""
    from prefect.context import refresh_global_settings_context
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    if PREFECT_API_URL.value():
        yield None
        return
    timeout_s = max(timeout_s, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    process, api_url = start_server(timeout_s)  # stops what it started if interrupted
    previous = os.environ.get("PREFECT_API_URL")
    try:
        # The environment and the global settings context: worker threads and child processes see it too.
        os.environ["PREFECT_API_URL"] = api_url
        refresh_global_settings_context()
        yield api_url
    finally:
        with deferred_interrupts():  # a second Ctrl-C must not leave the server running in its own session
            drain_prefect_workers(DRAIN_TIMEOUT_S)
            stop_process_group(process)
            if previous is None:
                os.environ.pop("PREFECT_API_URL", None)
            else:
                os.environ["PREFECT_API_URL"] = previous
            refresh_global_settings_context()
