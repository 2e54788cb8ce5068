"""Crash consistency: SIGKILL the demo ingestion at 20 random points, re-run, and every table matches a clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from faults.harness import (INGEST_STAGES, SAMPLE, child_env, cli_command, demo_config, fingerprints, freeze_sequences,
                            run_cli, write_config)
from tracker.replay import serve_snapshots
from tracker.stages import available_stages

TRIALS = 20
REPO = Path(__file__).resolve().parents[1]


def stage_args() -> list[str]:
    # 'label' is left out: the classifier is slow on a small CI box and adds nothing to the I/O being tested.
    return [a for s in INGEST_STAGES if s in available_stages() for a in ("--stage", s)]


@pytest.fixture(scope="module")
def servers():
    # One set of servers for every run: blog doc ids embed the replay port ({{base_url}} canonical links),
    # so runs compare only on the same servers.
    started = serve_snapshots(SAMPLE)
    freeze_sequences(started)
    yield started
    for server in started.values():
        server.stop()


def run_to_end(config: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = run_cli(config, "run", *stage_args(), env=env)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    return done


@pytest.mark.slow
def test_sigkill_at_twenty_random_points_then_rerun_matches_a_clean_run(tmp_path, servers):
    clean_dir = tmp_path / "clean"
    clean_dir.mkdir()
    data, env = demo_config(servers, clean_dir)
    started = time.monotonic()
    run_to_end(write_config(data, clean_dir / "tracker.toml"), env)
    clean_s = time.monotonic() - started
    clean = fingerprints(clean_dir / "tracker.duckdb")
    assert clean["documents"][0] > 0 and clean["market_prices"][0] > 0 and clean["release_events"][0] > 0

    trials = []
    for seed in range(TRIALS):
        folder = tmp_path / f"trial{seed:02d}"
        folder.mkdir()
        data, env = demo_config(servers, folder)
        config = write_config(data, folder / "tracker.toml")
        kill_at = random.Random(seed).uniform(0.05, 0.95) * clean_s
        child = subprocess.Popen(cli_command(config, "run", *stage_args()), env=child_env(env), cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            child.wait(kill_at)
            killed = False  # finished before its kill time (a busy box can make the clean run slower)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            killed = True
        run_to_end(config, env)
        got = fingerprints(folder / "tracker.duckdb")
        differing = sorted(t for t in set(clean) | set(got) if clean.get(t) != got.get(t))
        trials.append({"seed": seed, "kill_at_s": round(kill_at, 2), "killed": killed, "matched": not differing,
                       "differing": {t: (clean.get(t), got.get(t)) for t in differing}})
    report = {"trials": trials, "clean_run_s": round(clean_s, 2), "tables": {t: n for t, (n, _) in clean.items()}}
    if os.environ.get("CRASH_REPORT"):
        Path(os.environ["CRASH_REPORT"]).write_text(json.dumps(report, indent=1))
    print(f"\ncrash consistency: {sum(t['matched'] for t in trials)}/{TRIALS} trials matched "
          f"({sum(t['killed'] for t in trials)} killed mid-run; clean run {clean_s:.1f}s)")
    assert [t for t in trials if not t["matched"]] == []
    assert sum(t["killed"] for t in trials) >= TRIALS * 3 // 4  # the kills really landed mid-run
