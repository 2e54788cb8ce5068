"""A server that accepts connections and never answers: every network source gives up within what [http]
timeout_s and max_retries allow, and says so in one line per failure (no retry chatter, praw's included)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 0.5
MAX_RETRIES = 1
BACKOFF_MAX_S = 0.1


@pytest.fixture
def silent_port():
    """A port on 127.0.0.1 that completes every TCP handshake and then says nothing, keeping the connections open."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def hold() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def write_config(folder: Path, port: int) -> Path:
    base = f"http://127.0.0.1:{port}"
    path = folder / "tracker.toml"
    path.write_text(f"""
[warehouse]
path = "w.duckdb"
[http]
timeout_s = {TIMEOUT_S}
max_retries = {MAX_RETRIES}
backoff_base_s = 0.05
backoff_max_s = {BACKOFF_MAX_S}
allow_hosts = ["127.0.0.1"]
[reddit]
subreddits = ["OpenAI", "ChatGPT"]
queries = ["GPT-5.5"]
oauth_url = "{base}"
reddit_url = "{base}"
arctic_shift_url = "{base}"
[blogs]
host_delay_s = 0
[[blogs.feeds]]
name = "A"
url = "{base}/a/feed.xml"
[[blogs.feeds]]
name = "B"
url = "{base}/b/feed.xml"
[markets]
search_terms = ["GPT-5.5", "GPT-5.4", "GPT-5.1"]
kalshi_series = ["KXGPT"]
polymarket_gamma_url = "{base}"
polymarket_clob_url = "{base}"
manifold_url = "{base}"
kalshi_url = "{base}"
""", encoding="utf-8")
    return path


def run_ingest(config: Path, *sources: str, credentials: bool = True) -> tuple[int, list[str], float]:
    env = {k: v for k, v in os.environ.items() if not k.lower().startswith("praw_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env.pop("PRAWCORE_TIMEOUT", None)
    if credentials:  # not secrets: nothing is listening that could check them
        env.update(praw_client_id="test-id", praw_client_secret="test-secret", praw_user_agent="tracker tests by u/x")
    args = [a for s in sources for a in ("--source", s)]
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--config", str(config), "ingest", *args],
                          capture_output=True, text=True, env=env, cwd=config.parent, timeout=300)
    return done.returncode, (done.stdout + done.stderr).splitlines(), time.monotonic() - started


def attempt_bound(requests: int) -> float:
    """Seconds `requests` failing requests may take: each tried 1 + max_retries times, each try waiting the
    timeout, with a backoff between tries; plus a few seconds to start Python and open the warehouse."""
    return requests * ((MAX_RETRIES + 1) * TIMEOUT_S + MAX_RETRIES * BACKOFF_MAX_S) + 12


def errors(lines: list[str], source: str) -> list[str]:
    return [line for line in lines if f" ERROR   {source}: " in line and " failed fetched=" not in line]


def test_reddit_stops_at_the_first_request_that_gets_no_answer(tmp_path, silent_port):
    code, lines, took = run_ingest(write_config(tmp_path, silent_port), "reddit")
    assert code == 1
    # praw's defaults would be 16 s a try and two retries of its own per request, for each of three listings
    assert took < attempt_bound(1)
    [line] = errors(lines, "reddit")
    assert "Reddit did not answer" in line and "2 tries of at most 0.5 s each" in line
    assert not [line for line in lines if "etrying" in line or "WARNING" in line], lines
    assert any(" ERROR   reddit: failed fetched=0" in line for line in lines)


def test_blogs_and_markets_say_one_line_per_failure(tmp_path, silent_port):
    code, lines, took = run_ingest(write_config(tmp_path, silent_port), "blogs", "markets")
    assert code == 1
    blog_lines = errors(lines, "blogs")
    assert [line.split("blogs: ")[1].split(":")[:3] for line in blog_lines] == [
        ["http", f"//127.0.0.1", f"{silent_port}/a/feed.xml"], ["http", "//127.0.0.1", f"{silent_port}/b/feed.xml"]]
    # each platform: its first request gets no answer, and the platform's other requests wait for the next run
    market_lines = errors(lines, "markets")
    assert [line.split("markets: ")[1].split(":")[0] for line in market_lines] == ["polymarket", "manifold", "kalshi"]
    assert all(line.endswith("other requests are skipped this run)") for line in market_lines)
    assert not [line for line in lines if "etrying" in line or "WARNING" in line], lines
    # blogs: robots.txt and the feed per feed at most; markets: one request per platform
    assert took < attempt_bound(2 * 2 + 3)
