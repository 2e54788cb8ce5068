"""Benchmark of the replay server that tests and the demo run every HTTP source against: time per keep-alive
request from an httpx client on 127.0.0.1, with TCP_NODELAY on the server's sockets (as shipped) against the
same server with Nagle's algorithm left on (the baseline), in the same run.

    python bench/bench_replay.py [--requests 200] [--body-bytes 3000]

The server writes a response's headers and body in two writes; with Nagle's algorithm on, the body waits for
the client's delayed ACK of the headers (about 40 ms on Linux) on every request of a kept-alive connection.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import httpx  # noqa: E402

from tracker.sources import replay  # noqa: E402


def per_request_ms(nodelay: bool, requests: int, body_bytes: int) -> list[float]:
    saved = replay._Handler.disable_nagle_algorithm
    replay._Handler.disable_nagle_algorithm = nodelay
    try:
        with replay.ReplayServer() as server, httpx.Client() as client:
            server.add_route("GET", "/page", json={"pad": "x" * body_bytes})
            client.get(server.base_url + "/page").raise_for_status()  # connect once: the rest reuse it
            times = []
            for _ in range(requests):
                started = time.perf_counter()
                client.get(server.base_url + "/page").raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
            return times
    finally:
        replay._Handler.disable_nagle_algorithm = saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--body-bytes", type=int, default=3000)
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {args.requests} GET requests of a "
          f"{args.body_bytes}-byte JSON body on one kept-alive connection")
    baseline = per_request_ms(False, args.requests, args.body_bytes)
    shipped = per_request_ms(True, args.requests, args.body_bytes)
    for name, times in (("Nagle on (baseline)", baseline), ("TCP_NODELAY (shipped)", shipped)):
        print(f"  {name:22s} median {statistics.median(times):6.2f} ms, mean {statistics.mean(times):6.2f} ms a request")
    print(f"ratio (baseline / shipped, medians): {statistics.median(baseline) / statistics.median(shipped):.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
