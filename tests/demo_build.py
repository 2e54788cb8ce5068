"""The demo warehouse, built once per test run and shared: `tracker demo --no-prefect` (run_demo, in process) over
the bundled sample, in a demo folder under the run's tmp root. The `demo_build` and `demo_copy` fixtures in
conftest.py hand it out; this module holds the parts tests import directly (ports, folders).

One build serves every pytest-xdist worker: the first worker to ask builds it under a file lock, the others wait
for it and read what it left (the folder, build.json with the base port, table fingerprints and the week's export).
Tests never write to the shared folder: `DemoBuild.copy()` gives a writable demo folder with a copy of the
warehouse file.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import random
import shutil
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
WEEK = "2026-W17"  # GPT-5.5's launch week in the sample: the week the demo tests export
WAREHOUSE = Path("data") / "tracker.duckdb"  # tracker.toml's warehouse, relative to the demo folder


def services() -> list[str]:
    """The recorded services, in the order serve_snapshots gives them ports (base_port, base_port + 1, …)."""
    return sorted(p.name for p in SAMPLE.iterdir() if p.is_dir())


# ---------------------------------------------------------------- a free run of ports


def port_is_free(port: int) -> bool:
    """A server could listen on it now. SO_REUSEADDR, as the replay servers and uvicorn bind: connections the
    stopped server closed may linger in TIME_WAIT, which holds no process and blocks no new server."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = (int(x) for x in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
        return low, high
    except (OSError, ValueError):
        return 32768, 60999


def free_port_run(count: int) -> int:
    """The first of ``count`` consecutive free ports for the demo's replay servers (base, base + 1, …).

    Picked below the kernel's ephemeral range, so no client connection of a test running beside it (a worker of
    pytest-xdist, another checkout's tests on the same box) is handed one of them while they are not listened on,
    and not the demo's default 18751…: a `make demo` or another checkout's demo test may hold those."""
    low = _ephemeral_range()[0]
    rng = random.Random(os.getpid() ^ time.monotonic_ns())
    for _ in range(200):
        base = rng.randrange(20000, max(20001, low - count - 1))
        if all(port_is_free(base + i) for i in range(count)):
            return base
    raise RuntimeError(f"no {count} consecutive free ports")


# ---------------------------------------------------------------- demo folders


def demo_folder(root: Path) -> Path:
    """A config folder like the checkout: tracker.toml copied, the data the demo reads (sample, models, curated
    events) linked from the repo; the warehouse, exports and Prefect's state are written in the folder."""
    root.mkdir(parents=True)
    (root / "tracker.toml").write_text((REPO / "tracker.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "data").mkdir()
    for name in ("sample", "models", "release_events.yaml"):
        (root / "data" / name).symlink_to(REPO / "data" / name)
    return root


@contextlib.contextmanager
def saved_environment():
    """run_demo puts the replayed APIs' fake credentials in os.environ: give the environment back afterwards."""
    saved = dict(os.environ)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_demo_in(folder: Path, base_port: int) -> tuple[int, str]:
    """`tracker demo --no-prefect --base-port base_port` with ``folder``'s tracker.toml, in this process:
    (exit code, what it printed)."""
    from tracker.demo import run_demo

    out = io.StringIO()
    with saved_environment(), contextlib.redirect_stdout(out):
        code = run_demo(str(folder / "tracker.toml"), prefect=False, base_port=base_port)
    return code, out.getvalue()


def demo_config(folder: Path, base_port: int):
    """The Config a demo run in ``folder`` on ``base_port`` used (tracker.toml + the sample's demo.toml), and the
    demo's environment (the replayed APIs' fake credentials)."""
    from tracker.config import parse_config
    from tracker.demo import demo_config_data

    servers = {name: SimpleNamespace(base_url=f"http://127.0.0.1:{base_port + i}") for i, name in enumerate(services())}
    data, env = demo_config_data(folder / "tracker.toml", servers)
    return parse_config(data, f"{folder / 'tracker.toml'} + demo.toml", folder), env


def week_export(folder: Path, week: str = WEEK) -> dict[str, bytes]:
    """Every file of the week's export (CSVs, PNGs, index and story pages) written from the folder's warehouse."""
    from tracker.analysis.export import export_week
    from tracker.config import load_config
    from tracker.warehouse.database import Warehouse

    cfg = load_config(folder / "tracker.toml")
    written = export_week(Warehouse(cfg.warehouse_path), cfg, week=week)
    return {str(p.relative_to(written)): p.read_bytes() for p in sorted(Path(written).rglob("*")) if p.is_file()}


def copy_warehouse(src_folder: Path, dest_folder: Path) -> None:
    for suffix in ("", ".wal"):
        src = src_folder / f"{WAREHOUSE}{suffix}"
        if src.exists():
            shutil.copyfile(src, dest_folder / f"{WAREHOUSE}{suffix}")


# ---------------------------------------------------------------- the shared build


@dataclass(frozen=True)
class DemoBuild:
    """One clean demo run. Read-only: use copy() for a warehouse a test may write to."""

    folder: Path  # the demo folder (tracker.toml, data/tracker.duckdb, data/exports/report); never write here
    base_port: int  # first replay port: blog doc ids embed it, so a run compared with this one must use it too
    fingerprints: dict[str, tuple[int, str]]  # faults.harness.fingerprints of the warehouse after the run
    export_folder: Path  # WEEK's export written from (a copy of) this warehouse
    output: str  # what run_demo printed

    @property
    def warehouse_path(self) -> Path:
        return self.folder / WAREHOUSE

    def week_export(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.export_folder)): p.read_bytes()
                for p in sorted(self.export_folder.rglob("*")) if p.is_file()}

    def copy(self, dest: Path) -> Path:
        """A new demo folder at ``dest`` holding a copy of the warehouse: run the demo again there, write to it."""
        demo_folder(dest)
        copy_warehouse(self.folder, dest)
        return dest

    def config(self, folder: Path | None = None):
        """(Config, demo env) of the demo run, for ``folder`` (a copy) or the build's own folder."""
        return demo_config(folder or self.folder, self.base_port)


def _build(root: Path) -> dict:
    from faults.harness import fingerprints

    folder = demo_folder(root / "demo")
    base_port = free_port_run(len(services()))
    started = time.monotonic()
    code, output = run_demo_in(folder, base_port)
    if code != 0:
        raise RuntimeError(f"tracker demo --no-prefect exited {code}:\n{output[-4000:]}")
    tables = fingerprints(folder / WAREHOUSE)
    # The week's export is written from a scratch copy, so the shared warehouse stays as the demo left it.
    scratch = demo_folder(root / "demo-export")
    copy_warehouse(folder, scratch)
    week_export(scratch)
    export_folder = scratch / "data" / "exports" / "weekly" / WEEK
    return {"base_port": base_port, "fingerprints": tables, "export_folder": str(export_folder), "output": output,
            "seconds": round(time.monotonic() - started, 1)}


def shared_demo_build(root: Path) -> DemoBuild:
    """The demo build under ``root`` (the test run's tmp root, shared by xdist workers): built by the first caller,
    read by the others. A failed build is recorded, so the others fail at once with its message."""
    root.mkdir(parents=True, exist_ok=True)
    record = root / "demo-build.json"
    with open(root / "demo-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            try:
                built = _build(root)
            except BaseException as exc:
                record.write_text(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
                raise
            record.write_text(json.dumps(built))
    built = json.loads(record.read_text())
    if "error" in built:
        raise RuntimeError(f"the shared demo build failed: {built['error']}")
    return DemoBuild(folder=root / "demo", base_port=built["base_port"],
                     fingerprints={t: (n, h) for t, (n, h) in built["fingerprints"].items()},
                     export_folder=Path(built["export_folder"]), output=built["output"])
