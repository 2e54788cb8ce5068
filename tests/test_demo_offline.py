"""The demo never goes online: without the recorded sample, or with a config address outside 127.0.0.1, it refuses."""

from __future__ import annotations

from pathlib import Path

from tracker.demo import remote_urls, run_demo

REPO = Path(__file__).resolve().parents[1]


def test_demo_outside_the_checkout_refuses_instead_of_using_the_real_apis(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no tracker.toml and no data/sample here: the defaults would be the real APIs
    assert run_demo(prefect=False) == 2
    err = capsys.readouterr().err
    assert f"no sample data at {tmp_path / 'data' / 'sample'}" in err and "--config CHECKOUT/tracker.toml" in err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_demo_refuses_a_config_that_points_outside_loopback(tmp_path, capsys):
    folder = tmp_path / "checkout"
    sample = folder / "data" / "sample"
    sample.mkdir(parents=True)
    for recorded in (REPO / "data" / "sample").iterdir():  # the recorded services as they are
        if recorded.name != "demo.toml":
            (sample / recorded.name).symlink_to(recorded, target_is_directory=recorded.is_dir())
    # ... but one feed of the overrides left at its real address
    overrides = (REPO / "data" / "sample" / "demo.toml").read_text(encoding="utf-8")
    assert '"{{replay:blogs}}/every.to/feed.atom"' in overrides
    (sample / "demo.toml").write_text(overrides.replace('"{{replay:blogs}}/every.to/feed.atom"', '"https://every.to/feed"'),
                                      encoding="utf-8")
    (folder / "tracker.toml").write_text((REPO / "tracker.toml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run_demo(str(folder / "tracker.toml"), prefect=False, base_port=0) == 2
    err = capsys.readouterr().err
    assert "refusing to run: the config points outside 127.0.0.1 (https://every.to/feed)" in err
    assert not (folder / "data" / "tracker.duckdb").exists()


def test_remote_urls_finds_every_address_off_this_machine():
    data = {"http": {"user_agent": "tracker/0.1 (+https://example.org)"},
            "reddit": {"oauth_url": "http://127.0.0.1:18751", "reddit_url": "http://localhost:1/"},
            "blogs": {"feeds": [{"url": "http://127.0.0.1:2/feed.xml"}, {"url": "https://every.to/feed"}]},
            "markets": {"kalshi_url": "HTTPS://api.elections.kalshi.com/trade-api/v2"}}
    assert remote_urls(data) == ["https://every.to/feed", "HTTPS://api.elections.kalshi.com/trade-api/v2"]
    assert remote_urls({"blogs": {"feeds": [{"url": "http://[::1]:3/feed"}]}}) == []
