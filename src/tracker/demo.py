"""The demo: replay the bundled sample data on 127.0.0.1 and run the pipeline over it."""

from __future__ import annotations

import logging
import os
import re
import sys
import json
import threading
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tracker.analysis.alerts import append_jsonl
from tracker.analysis.report import ReportError, report
from tracker.config import Config, config_path, deep_merge, parse_config
from tracker.pipeline import STAGES, enabled
from tracker.sources.replay import ReplayServer, serve_snapshots
from tracker.warehouse.database import Warehouse, utcnow
from tracker.warehouse.runs import EXIT_INTERRUPTED, deferred_interrupts, interrupted_summary

log = logging.getLogger("tracker")

SAMPLE_DIR = "data/sample"
DEMO_OVERRIDES = "demo.toml"
# Fixed ports keep recorded URLs (blog doc ids, feed keys) the same from one demo run to the next.
DEMO_BASE_PORT = 18751
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
PLACEHOLDER = re.compile(r"\{\{replay:([a-z_]+)\}\}")


def demo_config_data(config_file: Path, servers: dict[str, ReplayServer]) -> tuple[dict[str, Any], dict[str, str]]:
    """tracker.toml merged with the sample's demo.toml, whose {{replay:NAME}} point at the replay servers.

    Returns the config data and the demo-only environment (fake credentials for the replayed APIs)."""
    data = tomllib.loads(config_file.read_text(encoding="utf-8")) if config_file.is_file() else {}
    sample = config_file.resolve().parent / SAMPLE_DIR
    overrides_file = sample / DEMO_OVERRIDES
    if overrides_file.is_file():

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in servers:
                raise KeyError(f"{overrides_file}: no sample folder {name!r} for {match.group(0)}")
            return servers[name].base_url

        overrides = tomllib.loads(PLACEHOLDER.sub(substitute, overrides_file.read_text(encoding="utf-8")))
        env = {k: str(v) for k, v in overrides.pop("demo", {}).get("env", {}).items()}
        data = deep_merge(data, overrides)
    else:
        env = {}
    return data, env


def remote_urls(data: Any) -> list[str]:
    """Every http(s) address in the config data whose host is not this machine's loopback."""
    if isinstance(data, dict):
        return [url for value in data.values() for url in remote_urls(value)]
    if isinstance(data, list):
        return [url for value in data for url in remote_urls(value)]
    if isinstance(data, str) and re.match(r"(?i)https?://", data):
        host = (urlsplit(data).hostname or "").lower()
        return [] if host in LOOPBACK_HOSTS else [data]
    return []


LOCAL_WEBHOOK = re.compile(r"^jsons?://127\.0\.0\.1:(\d+)(/[^?#]*)?")


class AlertReceiver:
    """A webhook on 127.0.0.1 that keeps every JSON body POSTed to it (in `received`, and one line each in `path`):
    where the demo's alerts go, and what the tests check payloads against."""

    def __init__(self, port: int = 0, path: Path | None = None, *, status: int = 200):
        self.received: list[dict[str, Any]] = []
        self.path = path
        self.status = status  # what it answers; a test sets 500 to refuse deliveries
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if receiver.status == 200:
                    try:
                        record = {"path": self.path, "payload": json.loads(body)}
                    except ValueError:
                        record = {"path": self.path, "payload": body.decode("utf-8", "replace")}
                    receiver.received.append(record)
                    if receiver.path is not None:
                        append_jsonl(receiver.path, record)
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)

    def __enter__(self) -> AlertReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def start_alert_receivers(urls: list[str], folder: Path) -> list[AlertReceiver]:
    """One receiver per local json:// port the alert URLs name, writing to <folder>/received.jsonl."""
    receivers = []
    for port in dict.fromkeys(int(m.group(1)) for u in urls if (m := LOCAL_WEBHOOK.match(u))):
        try:
            receivers.append(AlertReceiver(port, folder / "received.jsonl").__enter__())
        except OSError as exc:
            log.warning("demo: no alert receiver on 127.0.0.1:%d (%s): the alerts stay unsent and are tried again "
                        "on the next run", port, exc)
    return receivers


def stop_servers(servers: dict[str, ReplayServer]) -> None:
    """Stop every replay server at once: each takes up to its poll interval (replay.STOP_POLL_S) to notice."""
    threads = [threading.Thread(target=server.stop) for server in servers.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run_demo(config: str | None = None, *, prefect: bool = True, base_port: int = DEMO_BASE_PORT) -> int:
    """Replay the sample and run every stage; 0 when none failed, 1 otherwise.

    Ctrl-C stops the run: the stage it was in is recorded as 'interrupted', the replay servers and the
    temporary Prefect server are stopped, one line says what was kept, and the exit status is 130."""
    config_file = config_path(config)
    base_dir = config_file.resolve().parent
    sample = base_dir / SAMPLE_DIR
    if not (sample / DEMO_OVERRIDES).is_file():
        # Without the recorded sample the config's real API addresses would be used: the demo never goes online.
        print(f"demo: no sample data at {sample} (the demo replays the checkout's {SAMPLE_DIR}; run it in the "
              f"checkout, or pass --config CHECKOUT/tracker.toml)", file=sys.stderr)
        return 2
    started = utcnow()
    try:
        servers = serve_snapshots(sample, base_port)
    except OSError as exc:
        print(f"demo: {exc} (another demo running?)", file=sys.stderr)
        return 1
    cfg: Config | None = None
    receivers: list[AlertReceiver] = []
    try:
        data, env = demo_config_data(config_file, servers)
        online = remote_urls(data)
        if online:
            print(f"demo: refusing to run: the config points outside 127.0.0.1 ({', '.join(online[:3])}"
                  f"{', ...' if len(online) > 3 else ''}); the demo replays recorded data only", file=sys.stderr)
            return 2
        # Set, not default: real credentials in the environment must not be sent to the local replay server.
        os.environ.update(env)
        cfg = parse_config(data, f"{config_file} + {SAMPLE_DIR}/{DEMO_OVERRIDES}", base_dir)
        alerts_folder = cfg.resolve(cfg.trends.export_root) / "alerts"
        receivers = start_alert_receivers(cfg.alerts.urls, alerts_folder)
        log.info("demo: replaying %s on %s", ", ".join(servers) or "nothing", ", ".join(s.base_url for s in servers.values()))
        if prefect:
            from flows.pipeline import pipeline
            from flows.temporary_server import temporary_prefect_server

            with temporary_prefect_server():
                results = pipeline(config=data, base_dir=str(base_dir))
        else:
            from tracker.pipeline import run_pipeline

            results = {k: {**vars(v), "status": v.status} for k, v in run_pipeline(cfg).items()}
    except KeyboardInterrupt:
        with deferred_interrupts():
            stop_servers(servers)
            for receiver in receivers:
                receiver.__exit__()
            if cfg is None:
                print("interrupted before any stage started: nothing was written", file=sys.stderr)
            else:
                planned = [name for name in STAGES if enabled(cfg, name)]
                print(interrupted_summary(Warehouse(cfg.warehouse_path), started, planned), file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        stop_servers(servers)
        for receiver in receivers:
            receiver.__exit__()
    # One recap line: each stage's own summary line was logged as it finished.
    print("demo: " + ", ".join(f"{name} {stats['status'] if isinstance(stats, dict) else stats}"
                               for name, stats in results.items()))
    print(f"warehouse: {cfg.warehouse_path}  (try: tracker status; tracker query \"SELECT * FROM weekly_trends LIMIT 10\")")
    received = sum(len(r.received) for r in receivers)
    if receivers:
        print(f"alerts: {received} received this run by the local webhook ({alerts_folder / 'received.jsonl'}; "
              f"an alert is sent once: a second run sends only new ones)")
    failed = any(isinstance(s, dict) and s.get("status") == "failed" for s in results.values())
    if not failed:
        # The trends stage has just refreshed the views; the story pages are what a person opens first.
        try:
            for path in report(Warehouse(cfg.warehouse_path), cfg, refresh=False):
                print(f"story report: {path}")
        except ReportError as exc:
            print(f"story report: {exc}")
    return 1 if failed else 0
