"""Release events: the curated file, market resolutions, and the preferred-event view."""

from __future__ import annotations

from datetime import datetime, timezone

from tracker.sources.events import ingest
from tracker.warehouse.runs import RunStats
from tracker.sources.markets import ingest as ingest_markets
from tests.test_markets import NOW, make_cfg, rows


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def events(warehouse, table="release_events"):
    return [(e, m, k, t.astimezone(timezone.utc), s) for e, m, k, t, s in rows(
        warehouse, f"SELECT event_id, model_id, kind, occurred_at, source FROM {table} ORDER BY event_id")]


def test_curated_file_gives_the_seed_events(warehouse):
    stats = RunStats("events")
    ingest(warehouse, make_cfg([]), stats)
    assert stats.errors == [] and stats.rejected == 0
    assert events(warehouse) == [
        ("curated:gpt-5.1-retired-chatgpt", "gpt-5.1", "retired", utc("2026-03-11T00:00"), "curated"),
        ("curated:gpt-5.4-released", "gpt-5.4", "released", utc("2026-03-05T00:00"), "curated"),
        ("curated:gpt-5.5-released", "gpt-5.5", "released", utc("2026-04-23T00:00"), "curated"),
    ]
    assert rows(warehouse, "SELECT note FROM release_events WHERE event_id = 'curated:gpt-5.4-released'")[0][0].startswith(
        "sample date")
    again = RunStats("events")
    ingest(warehouse, make_cfg([]), again)
    assert (again.inserted, again.updated) == (0, 0)


def test_resolved_markets_produce_events_and_the_curated_date_is_preferred(warehouse, sample_replay):
    gamma, clob, kalshi = sample_replay("polymarket_gamma"), sample_replay("polymarket_clob"), sample_replay("kalshi")
    cfg = make_cfg(["polymarket", "kalshi"], polymarket_gamma_url=gamma.base_url, polymarket_clob_url=clob.base_url,
                   kalshi_url=kalshi.base_url, kalshi_series=["KXOAIRELEASE"])
    ingest_markets(warehouse, cfg, RunStats("markets"), now=NOW)
    ingest(warehouse, cfg, RunStats("events"))
    market_rows = [e for e in events(warehouse) if e[4] == "market_resolution"]
    assert market_rows == [
        ("market:kalshi:KXOAIRELEASE-26JUN30-GPT55", "gpt-5.5", "released", utc("2026-04-24T15:00"), "market_resolution"),
        ("market:polymarket:gpt-5pt5-released-by-june-30-2026", "gpt-5.5", "released", utc("2026-04-24T16:00"),
         "market_resolution"),
        ("market:polymarket:openai-retires-gpt-5pt1-from-chatgpt-by-march-31", "gpt-5.1", "retired", utc("2026-03-12T20:00"),
         "market_resolution"),
    ]  # the open leaderboard market makes none
    note = rows(warehouse, "SELECT note FROM release_events WHERE event_id LIKE 'market:polymarket:gpt-5pt5%'")[0][0]
    assert "resolution time" in note
    assert events(warehouse, "release_events_preferred") == [
        ("curated:gpt-5.1-retired-chatgpt", "gpt-5.1", "retired", utc("2026-03-11T00:00"), "curated"),
        ("curated:gpt-5.4-released", "gpt-5.4", "released", utc("2026-03-05T00:00"), "curated"),
        ("curated:gpt-5.5-released", "gpt-5.5", "released", utc("2026-04-23T00:00"), "curated"),
    ]
    assert rows(warehouse, "SELECT n_sources FROM release_events_preferred WHERE model_id = 'gpt-5.5'") == [(3,)]


def test_without_curated_row_the_earliest_market_resolution_is_preferred(warehouse, tmp_path, sample_replay):
    gamma, clob, kalshi = sample_replay("polymarket_gamma"), sample_replay("polymarket_clob"), sample_replay("kalshi")
    cfg = make_cfg(["polymarket", "kalshi"], polymarket_gamma_url=gamma.base_url, polymarket_clob_url=clob.base_url,
                   kalshi_url=kalshi.base_url, kalshi_series=["KXOAIRELEASE"])
    empty = tmp_path / "events.yaml"
    empty.write_text("events: []\n")
    cfg.events.curated_file = str(empty)
    ingest_markets(warehouse, cfg, RunStats("markets"), now=NOW)
    with warehouse.write() as con:  # an official-feed row (the blog stage writes these) outranks markets
        con.execute("INSERT INTO release_events (event_id, model_id, kind, occurred_at, source, url, note) VALUES ('feed:openai:gpt-5.1', 'gpt-5.1', 'retired', '2026-03-10', "
                    "'official_feed', 'https://openai.com/x', NULL)")
    ingest(warehouse, cfg, RunStats("events"))
    assert events(warehouse, "release_events_preferred") == [
        ("feed:openai:gpt-5.1", "gpt-5.1", "retired", utc("2026-03-10T00:00"), "official_feed"),
        ("market:kalshi:KXOAIRELEASE-26JUN30-GPT55", "gpt-5.5", "released", utc("2026-04-24T15:00"), "market_resolution"),
    ]


def test_bad_curated_entries_are_rejected_and_the_rest_land(warehouse, tmp_path):
    file = tmp_path / "events.yaml"
    file.write_text(
        "events:\n"
        "  - {id: ok, model_id: gpt-5.5, kind: released, occurred_at: 2026-04-23T17:00:00Z}\n"
        "  - {id: typo, model_id: gpt-5.5, kind: launched, occurred_at: 2026-04-23}\n"
        "  - {id: nodate, model_id: gpt-5.5, kind: released}\n"
        "  - {id: unknown, model_id: gpt-9, kind: released, occurred_at: 2026-04-23}\n"
        "  - {id: baddate, model_id: gpt-5.5, kind: released, occurred_at: 'late April'}\n"
        "  - {id: ok, model_id: gpt-5.4, kind: released, occurred_at: 2026-03-05}\n"
    )
    cfg = make_cfg([])
    cfg.events.curated_file = str(file)
    stats = RunStats("events")
    ingest(warehouse, cfg, stats)
    assert stats.rejected == 5
    assert events(warehouse) == [("curated:ok", "gpt-5.5", "released", utc("2026-04-23T17:00"), "curated")]
    assert sorted(r[0] for r in rows(warehouse, "SELECT reason FROM rejects")) == [
        "curated entry 1: kind 'launched' is not one of announced, released, generally_available, deprecated, retired",
        "curated entry 2: occurred_at is missing",
        "curated entry 3: model_id 'gpt-9' is not in the [[models]] catalog",
        "curated entry 4: occurred_at 'late April' is not an ISO date or datetime",
        "curated entry 5: id 'ok' is repeated",
    ]


def test_unparseable_curated_file_is_rejected(warehouse, tmp_path):
    file = tmp_path / "events.yaml"
    file.write_bytes(b"events: [ {id: x\n\xff\xfe")
    cfg = make_cfg([])
    cfg.events.curated_file = str(file)
    stats = RunStats("events")
    ingest(warehouse, cfg, stats)
    assert stats.rejected == 1 and events(warehouse) == []
    assert rows(warehouse, "SELECT reason FROM rejects")[0][0].startswith("curated file: ")
