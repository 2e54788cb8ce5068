"""`tracker trends`, `tracker export`, `tracker alerts` end to end on a hand-built warehouse file."""

from __future__ import annotations

from datetime import date, datetime, timezone

from trends_fixtures import CLF, add_doc, add_run, add_runs, build_week

from tracker.cli.main import main
from tracker.warehouse.database import Warehouse


def setup(tmp_path):
    # A classifier name with no artifact: the views read labels stored under that very name (and the per-mention
    # scores of the passage scorer over it, as trends_fixtures writes them).
    (tmp_path / "tracker.toml").write_text(
        f'[warehouse]\npath = "wh.duckdb"\n[classifier]\nmodel = "{CLF}"\ntarget_model = ""\n'
        '[trends]\nmin_event_n = 2\nbootstrap_samples = 200\nexport_root = "exports"\n', encoding="utf-8")
    warehouse = Warehouse(tmp_path / "wh.duckdb")
    warehouse.init()
    with warehouse.write() as con:
        build_week(con)
    return str(tmp_path / "tracker.toml")


def test_trends_export_and_alerts_commands(tmp_path, capsys):
    config = setup(tmp_path)
    assert main(["--config", config, "trends", "--model", "gpt-5.5", "--week", "2026-W17"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["week", "model_id", "source", "coverage_status", "n_docs", "mean_score",
                              "weighted_mean_score", "share_positive", "share_negative", "mean_score_change"]
    assert out[1].split() == ["2026-W17", "gpt-5.5", "blogs", "partial", "1", "0.750000", "1.000000", "0.000000"]
    assert out[2].split() == ["2026-W17", "gpt-5.5", "reddit", "partial", "4", "-0.200000", "0.204551", "0.250000",
                              "0.500000", "-0.800000"]
    assert out[3] == "2 row(s)"

    assert main(["--config", config, "export", "--week", "2026-W17"]) == 0
    folder = tmp_path / "exports" / "weekly" / "2026-W17"
    assert capsys.readouterr().out.strip() == str(folder.resolve())
    assert (folder / "trends.csv").read_text(encoding="utf-8").count("\n") == 4  # header + 3 model/source rows

    assert main(["--config", config, "export", "--week", "2026-17"]) == 2
    assert capsys.readouterr().err == ("tracker export: argument --week: expected an ISO week like 2026-W17, got "
                                       "'2026-17' (see `tracker export --help`)\n")

    assert main(["--config", config, "alerts"]) == 0
    assert capsys.readouterr().out.strip() == "no current alerts"


def test_windows_end_at_the_last_day_with_data(tmp_path, capsys):
    """A run today that fetched April's posts: trends, alerts and export look at April, not at today."""
    config = setup(tmp_path)
    today = datetime.now(timezone.utc).date()
    with Warehouse(tmp_path / "wh.duckdb").write() as con:
        add_run(con, "reddit", f"{today.isoformat()}T06:00:00", "ok")
    assert main(["--config", config, "trends", "--model", "gpt-5.5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[1:-1]] == ["2026-W16", "2026-W16", "2026-W17", "2026-W17"]
    assert out[-1] == "4 row(s)"
    assert main(["--config", config, "trends", "--model", "gpt-5.5", "--until", "2026-04-19"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[:3] for line in out[1:-1]] == [["2026-W16", "gpt-5.5", "blogs"],
                                                        ["2026-W16", "gpt-5.5", "reddit"]]

    with Warehouse(tmp_path / "wh.duckdb").read() as con:
        assert con.execute("SELECT max(day) FROM daily_sums").fetchone()[0] == date(2026, 4, 24)

    # export: the last complete week up to the last day with documents (Friday 2026-04-24 -> W16)
    assert main(["--config", config, "export"]) == 0
    assert capsys.readouterr().out.strip().endswith("2026-W16")
    assert main(["--config", config, "export", "--until", "2026-04-26"]) == 0
    assert capsys.readouterr().out.strip().endswith("2026-W17")


def test_export_of_a_range_without_data_writes_nothing(tmp_path, capsys):
    config = setup(tmp_path)
    assert main(["--config", config, "export", "--week", "2025-W10"]) == 2
    expected = ("no documents or market prices in week 2025-W10 (2025-03-03 to 2025-03-09; data ends 2026-04-24); "
                "nothing written")
    assert expected in capsys.readouterr().err
    assert main(["--config", config, "export", "--since", "2025-01-01", "--until", "2025-06-30"]) == 2
    assert "no documents or market prices in weeks 2025-W01 to 2025-W26" in capsys.readouterr().err
    assert not (tmp_path / "exports").exists()


def test_export_since_refuses_long_ranges_without_force(tmp_path, capsys):
    config = setup(tmp_path)
    assert main(["--config", config, "export", "--since", "1990-01-01"]) == 2
    err = capsys.readouterr().err
    assert "1990-01-01 to 2026-04-24 is 1894 weeks (more than 104); narrow --since or add --force" in err
    assert not (tmp_path / "exports").exists()
    # 105 weeks: refused, then written with --force
    assert main(["--config", config, "export", "--since", "2024-04-22", "--until", "2026-04-26"]) == 2
    assert "is 105 weeks" in capsys.readouterr().err
    assert main(["--config", config, "export", "--since", "2024-04-22", "--until", "2026-04-26", "--force"]) == 0
    weekly = sorted(p.name for p in (tmp_path / "exports" / "weekly").iterdir())
    assert len(weekly) == 105 and weekly[0] == "2024-W17" and weekly[-1] == "2026-W17"


def test_alerts_look_at_the_last_day_with_data(tmp_path, capsys):
    config = setup(tmp_path)
    with Warehouse(tmp_path / "wh.duckdb").write() as con:
        # a quiet fortnight, then a burst on the last day with data, and a run today that found nothing new
        for day in range(1, 15):
            add_runs(con, "reddit", [f"2026-03-{day:02d}"])
            add_doc(con, f"q{day}", f"2026-03-{day:02d}T10:00:00", "positive", [("gpt-5.4", "explicit", 0)])
        for i in range(12):
            add_doc(con, f"burst{i}", "2026-03-15T10:00:00", "negative", [("gpt-5.4", "explicit", 0)])
        add_runs(con, "reddit", ["2026-03-15"])
        add_run(con, "reddit", f"{datetime.now(timezone.utc).date().isoformat()}T06:00:00", "ok")
    # the default window ends at the last day with documents (2026-04-24), not today
    assert main(["--config", config, "alerts", "--days", "45"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[:5] == ["2026-03-15", "gpt-5.4", "reddit", "volume", "12"]
    assert out[-1] == "1 alert(s)"
    assert main(["--config", config, "alerts", "--days", "3", "--until", "2026-03-14"]) == 0
    assert capsys.readouterr().out.strip() == "no current alerts"


def test_default_windows_end_at_the_data_when_runs_cover_the_months_since(tmp_path, capsys):
    """Documents end on 2026-03-15; a run today collected everything since 2026-03-01 (as the demo's runs do), so
    the views' days run on to today as covered days without documents. Every default window still ends at the
    last day with documents: trends, alerts, export and report."""
    (tmp_path / "tracker.toml").write_text(
        f'[warehouse]\npath = "wh.duckdb"\n[classifier]\nmodel = "{CLF}"\ntarget_model = ""\n'
        '[trends]\nmin_event_n = 2\nbootstrap_samples = 200\nexport_root = "exports"\n', encoding="utf-8")
    config = str(tmp_path / "tracker.toml")
    warehouse = Warehouse(tmp_path / "wh.duckdb")
    warehouse.init()
    now = datetime.now(timezone.utc)
    assert now.date() > date(2026, 5, 15)  # the clock is months past the data
    with warehouse.write() as con:
        for day in range(1, 15):
            add_doc(con, f"q{day}", f"2026-03-{day:02d}T10:00:00", "positive", [("gpt-5.4", "explicit", 0)])
        for i in range(12):
            add_doc(con, f"burst{i}", "2026-03-15T10:00:00", "negative", [("gpt-5.4", "explicit", 0)])
        con.execute("INSERT INTO ingest_runs (run_id, source, started_at, finished_at, status, covered_since, "
                    "covered_until) VALUES ('today', 'reddit', ?, ?, 'ok', TIMESTAMPTZ '2026-03-01 00:00:00+00', ?)",
                    [now, now, now])
    assert main(["--config", config, "trends"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[1:-1]] == ["2026-W09", "2026-W10", "2026-W11"]
    assert main(["--config", config, "query", "--csv",
                 "SELECT max(day) FILTER (WHERE n_docs > 0) AS last_doc, max(day) > DATE '2026-05-01' AS runs_on "
                 "FROM daily_sentiment"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "2026-03-15,true"  # the views' days do run on past the data
    assert main(["--config", config, "trends", "--weeks", "2"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:-1]] == ["2026-W10", "2026-W11"]

    assert main(["--config", config, "alerts"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[:5] == ["2026-03-15", "gpt-5.4", "reddit", "volume", "12"] and out[-1] == "1 alert(s)"

    assert main(["--config", config, "export"]) == 0  # Sunday 2026-03-15 ends W11: a complete week
    assert capsys.readouterr().out.strip().endswith("2026-W11")
    report = (tmp_path / "exports" / "report" / "gpt-5.4.html").read_text(encoding="utf-8")
    assert "2026-03-15" in report and "2026-03-16" not in report
