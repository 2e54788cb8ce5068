"""Config: the default file parses; each mistake gives one clear message naming file, key and expectation."""

from __future__ import annotations

import pytest

from tracker.cli.main import main
from tracker.config import ConfigError, load_config

REPO_CONFIG = __import__("pathlib").Path(__file__).resolve().parents[1] / "tracker.toml"


def write(tmp_path, text: str):
    path = tmp_path / "tracker.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_repository_default_config_parses():
    cfg = load_config(REPO_CONFIG)
    assert cfg.warehouse_path == str(REPO_CONFIG.parent / "data" / "tracker.duckdb")
    assert "gpt-5.5" in [m.id for m in cfg.models]
    assert cfg.reddit.refresh_days == 7


def test_unknown_key_names_file_section_and_key(tmp_path):
    path = write(tmp_path, "[reddit]\nsubredits = ['OpenAI']\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}: [reddit] subredits: unknown key (check the spelling; see tracker.toml in the repository for every key)"


def test_wrong_type_says_what_was_expected(tmp_path):
    path = write(tmp_path, "[classifier]\nbatch_size = 'lots'\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}: [classifier] batch_size: expected a valid integer, unable to parse string as an integer, got 'lots'"


def test_error_inside_a_list_names_the_item(tmp_path):
    path = write(tmp_path, "[[blogs.feeds]]\nname = 'x'\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}: [blogs] feeds[0].url: required key is missing"


def test_missing_file_and_bad_toml(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    path = write(tmp_path, "[reddit\n")
    with pytest.raises(ConfigError, match=f"{path}: not valid TOML"):
        load_config(path)


def test_env_var_selects_the_file(tmp_path, monkeypatch):
    path = write(tmp_path, "[warehouse]\npath = 'x.duckdb'\n")
    monkeypatch.setenv("TRACKER_CONFIG", str(path))
    assert load_config().warehouse_path == str(tmp_path / "x.duckdb")


def test_cli_prints_the_error_without_traceback(tmp_path, capsys):
    path = write(tmp_path, "[markets]\nplatforms = ['predictit']\n")
    assert main(["--config", str(path), "init"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"config error: {path}: [markets] platforms[0]: expected 'polymarket', 'manifold' or 'kalshi'")
    assert "Traceback" not in err
