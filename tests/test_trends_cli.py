"""`tracker trends`, `tracker export`, `tracker alerts` end to end on a hand-built warehouse file."""

from __future__ import annotations

from trends_fixtures import CLF, build_week

from tracker.cli.main import main
from tracker.warehouse.database import Warehouse


def setup(tmp_path):
    # A classifier name with no artifact: the views read labels stored under that very name.
    (tmp_path / "tracker.toml").write_text(
        f'[warehouse]\npath = "wh.duckdb"\n[classifier]\nmodel = "{CLF}"\n'
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
    assert "week must look like 2026-W17" in capsys.readouterr().err

    assert main(["--config", config, "alerts"]) == 0
    assert capsys.readouterr().out.strip() == "no current alerts"
