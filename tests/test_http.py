"""Shared fetch: retries with backoff and Retry-After, size limits, the address guard."""

from __future__ import annotations

import gzip

import pytest

from tracker.config import HttpConfig
from tracker.sources.http import BlockedAddress, FetchError, RetryableError, build_client, check_url, fetch, parse_retry_after
from tracker.sources.replay import Fault

CFG = HttpConfig(allow_hosts=["127.0.0.1"], max_retries=3, backoff_base_s=1.0, backoff_max_s=30, max_body_bytes=1000)


@pytest.fixture
def client():
    with build_client(CFG) as c:
        yield c


def test_retries_429_then_succeeds_honouring_retry_after(replay, client):
    replay.add_route("GET", "/x", text="ok")
    replay.inject("GET", "/x", Fault(status=429, headers={"Retry-After": "12"}))
    replay.inject("GET", "/x", Fault(status=503))
    sleeps: list[float] = []
    result = fetch(client, f"{replay.base_url}/x", CFG, sleep=sleeps.append)
    assert result.content == b"ok" and replay.count("GET", "/x") == 3
    assert sleeps[0] == 12  # Retry-After
    assert 1.0 <= sleeps[1] <= 3.0  # exponential (second wait: 2 × base, ± jitter) without Retry-After


def test_gives_up_after_max_retries(replay, client):
    replay.add_route("GET", "/down", status=502)
    sleeps: list[float] = []
    with pytest.raises(RetryableError, match="HTTP 502"):
        fetch(client, f"{replay.base_url}/down", CFG, sleep=sleeps.append)
    assert replay.count("GET", "/down") == CFG.max_retries + 1
    assert len(sleeps) == CFG.max_retries and max(sleeps) <= CFG.backoff_max_s


def test_client_errors_are_not_retried(replay, client):
    replay.add_route("GET", "/gone", status=404)
    with pytest.raises(FetchError) as err:
        fetch(client, f"{replay.base_url}/gone", CFG, sleep=lambda s: None)
    assert err.value.status == 404 and replay.count() == 1


def test_body_limits_declared_and_decoded(replay, client):
    replay.add_route("GET", "/big", body_file=None, text="x" * 5000)
    with pytest.raises(FetchError, match="over the 1000-byte limit"):
        fetch(client, f"{replay.base_url}/big", CFG, sleep=lambda s: None)
    bomb = gzip.compress(b"\0" * 200_000)
    assert len(bomb) < 1000
    replay.add_route("GET", "/bomb", status=200)
    replay.inject("GET", "/bomb", Fault(headers={"Content-Encoding": "gzip"}, body=bomb))
    with pytest.raises(FetchError, match="over the 1000-byte limit"):
        fetch(client, f"{replay.base_url}/bomb", CFG, sleep=lambda s: None)


def test_redirect_loop_is_a_clear_error(replay, client):
    replay.add_route("GET", "/a", status=302, headers={"Location": "/b"})
    replay.add_route("GET", "/b", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(client, f"{replay.base_url}/a", CFG, sleep=lambda s: None)


def test_address_guard():
    for url in ("file:///etc/passwd", "ftp://example.com/x", "http://127.0.0.1:9/x", "http://10.0.0.5/x",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://localhost/x"):
        with pytest.raises(BlockedAddress):
            check_url(url)
    check_url("http://127.0.0.1:9/x", ["127.0.0.1"])
    check_url("https://93.184.216.34/")


def test_redirect_to_a_private_address_is_blocked(replay):
    with build_client(HttpConfig(allow_hosts=[])) as guarded:
        with pytest.raises(BlockedAddress):
            fetch(guarded, f"{replay.base_url}/x", CFG, sleep=lambda s: None)


def test_parse_retry_after():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 25 Nov 2026 12:00:30 GMT", now=1795608000.0) == 30
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
