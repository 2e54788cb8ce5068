"""Replay server: routing by method + path + query, static files, templating, fault injection."""

from __future__ import annotations

import json

import httpx
import pytest

from tracker.sources.replay import Fault, ReplayServer


@pytest.fixture
def snapshot(tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_bytes(b"<rss><link>{{base_url}}/post/1</link></rss>")
    (tmp_path / "page2.json").write_text(json.dumps({"page": 2}))
    (tmp_path / "routes.json").write_text(json.dumps([
        {"method": "GET", "path": "/r/OpenAI/new", "json": {"page": 1}},
        {"method": "GET", "path": "/r/OpenAI/new", "query": {"after": "t3_b"}, "body_file": "page2.json"},
        {"method": "GET", "path": "/r/OpenAI/new", "query": {"after": "*", "count": "100"}, "json": {"page": "any"}},
        {"method": "POST", "path": "/api/v1/access_token", "json": {"access_token": "x", "token_type": "bearer"}},
        {"method": "GET", "path": "/seq", "responses": [{"text": "one"}, {"text": "two"}]},
    ]))
    with ReplayServer(tmp_path) as server:
        yield server


def test_routes_by_method_path_and_query(snapshot):
    base = snapshot.base_url
    assert httpx.get(f"{base}/r/OpenAI/new?limit=100").json() == {"page": 1}
    assert httpx.get(f"{base}/r/OpenAI/new?limit=100&after=t3_b").json() == {"page": 2}
    assert httpx.get(f"{base}/r/OpenAI/new?after=t3_q&count=100").json() == {"page": "any"}
    assert httpx.post(f"{base}/api/v1/access_token", data={"grant_type": "client_credentials"}).json()["access_token"] == "x"
    assert httpx.get(f"{base}/api/v1/access_token").status_code == 404
    assert [httpx.get(f"{base}/seq").text for _ in range(3)] == ["one", "two", "two"]


def test_static_files_and_base_url_template(snapshot):
    response = httpx.get(f"{snapshot.base_url}/feeds/a.xml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/xml"
    assert response.text == f"<rss><link>{snapshot.base_url}/post/1</link></rss>"
    assert httpx.get(f"{snapshot.base_url}/../etc/passwd").status_code == 404
    assert httpx.get(f"{snapshot.base_url}/routes.json").status_code == 404


def test_request_log(snapshot):
    httpx.get(f"{snapshot.base_url}/r/OpenAI/new", params={"after": "t3_b"}, headers={"User-Agent": "ua-test"})
    assert snapshot.count("GET", "/r/OpenAI/new") == 1
    request = snapshot.requests[-1]
    assert request.query == {"after": "t3_b"} and request.headers["User-Agent"] == "ua-test"


def test_status_fault_applies_times_then_clears(snapshot):
    snapshot.inject("GET", "/r/OpenAI/new", Fault(status=429, times=2), query={"after": "t3_b"})
    url = f"{snapshot.base_url}/r/OpenAI/new?after=t3_b"
    assert [httpx.get(url).status_code for _ in range(3)] == [429, 429, 200]
    assert httpx.get(f"{snapshot.base_url}/r/OpenAI/new").status_code == 200  # page 1 untouched


def test_retry_after_header_and_body_override(snapshot):
    snapshot.inject("GET", "/feeds/a.xml", Fault(status=503, headers={"Retry-After": "7"}, body=b"busy"))
    response = httpx.get(f"{snapshot.base_url}/feeds/a.xml")
    assert (response.status_code, response.headers["retry-after"], response.text) == (503, "7", "busy")
    assert httpx.get(f"{snapshot.base_url}/feeds/a.xml").status_code == 200


def test_truncated_body_is_a_protocol_error(snapshot):
    snapshot.inject("GET", "/page2.json", Fault(truncate_at=5))
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{snapshot.base_url}/page2.json")


def test_connection_reset_and_delay(snapshot):
    snapshot.inject("GET", "/seq", Fault(reset=True))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        httpx.get(f"{snapshot.base_url}/seq")
    snapshot.inject("GET", "/seq", Fault(delay_s=0.5))
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{snapshot.base_url}/seq", timeout=0.1)


def test_programmatic_routes_without_folder(replay):
    replay.add_route("GET", "/v0/market/abc", json={"id": "abc"}, headers={"X-Test": "1"})
    response = httpx.get(f"{replay.base_url}/v0/market/abc")
    assert response.json() == {"id": "abc"} and response.headers["x-test"] == "1"
    assert httpx.get(f"{replay.base_url}/nothing").json() == {"error": "no route", "path": "/nothing"}
