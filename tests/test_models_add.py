"""`tracker models add` on a copy of a demo-like warehouse gives the new model the same per-mention rows as a fresh
ingest with that model in the catalog: mentions, comparison pairs, passages, scores and daily sums."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest
from faults.harness import REPO, demo_config, write_config

from tracker.analysis.radar import radar_stage
from tracker.analysis.trends import refresh_views
from tracker.cli.main import main
from tracker.config import parse_config
from tracker.pipeline import run_stage
from tracker.sentiment.attribution import score_mentions
from tracker.sources.replay import serve_snapshots
from tracker.warehouse.database import Warehouse
from tracker.warehouse.runs import RunStats

NEW_MODEL = {"id": "gpt-5.6", "vendor": "openai", "family": "gpt", "aliases": ["GPT-5.6"]}
# The rumour's subreddit and one of the story's (threads about GPT-5.5 and 5.4, bare versions, yardsticks).
OVERRIDES = {"reddit": {"subreddits": ["ChatGPTPro", "OpenAI"]}, "blogs": {"enabled": False},
             "markets": {"enabled": False}}


def build(folder, servers, models_extra=()):
    data, env = demo_config(servers, folder, OVERRIDES)
    data["models"] = list(data["models"]) + list(models_extra)
    cfg = parse_config(data, "test", REPO)
    warehouse = Warehouse(cfg.warehouse_path)
    warehouse.init()
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        for stage in ("catalog", "reddit"):
            assert run_stage(cfg, stage, warehouse).status == "ok"
    score_mentions(warehouse, cfg, RunStats(source="label"))  # per-mention scores (whole-text labels not needed)
    refresh_views(warehouse, cfg)
    radar_stage(warehouse, cfg, RunStats(source="radar"))
    return warehouse, cfg, data


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    servers = serve_snapshots(REPO / "data" / "sample")
    try:
        before = build(tmp_path_factory.mktemp("before"), servers)
        fresh = build(tmp_path_factory.mktemp("fresh"), servers, [NEW_MODEL])
    finally:
        for server in servers.values():
            server.stop()
    return before, fresh


def rows(warehouse, sql):
    with warehouse.read() as con:
        return con.execute(sql).fetchall()


PER_MENTION = {
    "mentions": "SELECT doc_id, model_id, how, position, comparison FROM mentions ORDER BY ALL",
    "mention_pairs": "SELECT * FROM mention_pairs ORDER BY ALL",
    "mention_passages": "SELECT doc_id, model_id, passage, how, input_hash, weight, target_text, span_start, span_end, "
                        "sarcastic, doc_hash FROM mention_passages ORDER BY ALL",
    "scores": "SELECT p.doc_id, p.model_id, p.passage, s.classifier, s.label, round(s.p_negative, 9), "
              "round(s.p_positive, 9) FROM mention_passages p JOIN mention_sentiment s USING (input_hash, model_id) "
              "ORDER BY ALL",
    "daily_sums": "SELECT model_id, source, community, day, n_docs, n_positive, n_negative, round(score_sum, 9) "
                  "FROM daily_sums WHERE n_docs > 0 ORDER BY ALL",
}


def test_models_add_links_stored_documents_like_a_fresh_ingest(built, tmp_path, capsys):
    (before, _, data), (fresh, _, _) = built
    # the radar saw the rumoured name before anyone tracked it
    assert rows(before, "SELECT candidate_id, n_docs, CAST(first_seen AS DATE) FROM model_candidates") == [
        ("gpt-5.6", 73, date(2026, 5, 2))]
    assert rows(before, "SELECT count(*) FROM mentions WHERE model_id = 'gpt-5.6'") == [(0,)]

    copy = tmp_path / "copy.duckdb"
    for suffix in ("", ".wal"):  # short writes leave their changes in the WAL until a checkpoint
        if os.path.exists(before.path + suffix):
            shutil.copy(before.path + suffix, str(copy) + suffix)
    config = write_config({**data, "warehouse": {"path": str(copy)}}, tmp_path / "tracker.toml")
    config.write_text("# my tracker config: this comment stays\n" + config.read_text(encoding="utf-8"))
    assert main(["--config", str(config), "models", "add", "gpt-5.6", "--alias", "GPT-5.6"]) == 0
    out = capsys.readouterr().out
    assert f"added [[models]] gpt-5.6 (vendor openai, family gpt, aliases GPT-5.6) to {config.resolve()}" in out
    assert "its history starts 2026-05-02" in out
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# my tracker config: this comment stays\n")
    assert '[[models]]\nid = "gpt-5.6"\nvendor = "openai"\nfamily = "gpt"\naliases = ["GPT-5.6"]\n' in text

    added = Warehouse(copy)
    for name, sql in PER_MENTION.items():
        assert rows(added, sql) == rows(fresh, sql), name
    new = rows(added, "SELECT count(*) FROM mentions WHERE model_id = 'gpt-5.6'")[0][0]
    assert new >= 73  # every document naming it, and the replies under its threads
    # now tracked: no longer a candidate; its proposed release event is its own
    assert rows(added, "SELECT count(*) FROM model_candidates") == [(0,)]
    assert rows(added, "SELECT model_id, status FROM release_events WHERE source = 'radar'") == [("gpt-5.6", "proposed")]
    assert main(["--config", str(config), "models", "add", "gpt-5.6", "--alias", "GPT-5.6"]) == 2
    assert "already in the catalog" in capsys.readouterr().err
