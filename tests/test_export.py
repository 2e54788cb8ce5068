"""Weekly exports: golden CSV/HTML, byte-identical re-exports, formula injection, PNG charts, safe paths."""

from __future__ import annotations

import os
import struct
from datetime import date
from pathlib import Path

import pytest
from trends_fixtures import CLF, TARGET_CLF, add_doc, add_event, add_market, build_week, config

from tracker.analysis import trends
from tracker.analysis.export import ExportError, _chart_data, chart_figure, csv_cell, export_week, file_stem, safe_path

GOLDEN = Path(__file__).parent / "golden" / "export" / "2026-W17"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(autouse=True)
def fixed_classifier(monkeypatch):
    # the exports refresh the views with the configured classifier; tests label with CLF
    monkeypatch.setattr(trends, "configured_classifier", lambda cfg: CLF)
    monkeypatch.setattr(trends, "configured_target_classifier", lambda cfg: TARGET_CLF)


@pytest.fixture
def exported(warehouse, tmp_path):
    cfg = config(tmp_path)
    with warehouse.write() as con:
        build_week(con)
        add_doc(con, "evil", "2026-04-22T10:00:00", "positive", [("=HYPERLINK(\"http://x\")", "explicit", 0)],
                source="blogs", community="@attacker", title="<script>alert(1)</script>")
    folder = export_week(warehouse, cfg, today=date(2026, 4, 29))
    return warehouse, cfg, folder


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_default_is_the_last_complete_iso_week(exported, tmp_path):
    _, _, folder = exported
    assert folder == (tmp_path / "exports" / "weekly" / "2026-W17").resolve()
    assert sorted(p.name for p in folder.iterdir()) == [
        "_HYPERLINK__http___x__.png", "events.csv", "gpt-5.4.png", "gpt-5.5.png", "index.html", "trends.csv"]


@pytest.mark.parametrize("name", ["trends.csv", "events.csv", "index.html"])
def test_golden_files(exported, name):
    _, _, folder = exported
    data = (folder / name).read_bytes()
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        (GOLDEN / name).write_bytes(data)
    assert data == (GOLDEN / name).read_bytes()


def test_reexport_is_byte_identical(exported):
    warehouse, cfg, folder = exported
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    mtimes = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    again = export_week(warehouse, cfg, week="2026-W17")
    assert again == folder
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == mtimes  # identical files are not rewritten


def test_formula_cells_are_escaped_but_numbers_are_not(exported):
    _, _, folder = exported
    text = (folder / "trends.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(\"\"http://x\"\")" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("+1") == "'+1" and csv_cell("-1") == "'-1"
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)" and csv_cell("plain") == "plain"
    assert csv_cell(-0.25) == "-0.250000" and csv_cell(-1e-9) == "0.000000" and csv_cell(None) == ""


def test_charts_are_pngs_of_the_expected_size(exported):
    _, _, folder = exported
    for name in ("gpt-5.5.png", "gpt-5.4.png"):
        assert png_size((folder / name).read_bytes()) == (1200, 850)


def test_chart_content(exported):
    warehouse, _, _ = exported
    with warehouse.write() as con:
        add_market(con, "manifold:mFq7rT2xK9", "gpt-5.5", "Will GPT-5.5 be released before July 2026?",
                   [("2026-04-21T08:00:00", 0.52), ("2026-04-22T08:00:00", 0.97)])
        add_event(con, "gpt-5.4", "released", "2026-04-22T10:00:00")  # another model's event beside the release
    first, last = date(2026, 3, 30), date(2026, 4, 26)
    with warehouse.read() as con:
        fig = chart_figure("gpt-5.5", _chart_data(con, "gpt-5.5", first, last), first, last)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [
        "95% interval (bootstrap)", "7-day mean score", "blogs daily mean", "reddit daily mean",
        "blogs missing (not zero)", "reddit missing (not zero)", "blogs documents", "reddit documents",
        "Manifold: Will GPT-5.5 be released before\nJuly 2026?", "Polymarket: GPT-5.5 released by June 30,\n2026?",
        "no coverage (no source ran)", "release / retirement"]  # long questions wrap, never cut
    ax, vol, market = fig.axes
    assert all(float(t).is_integer() for t in vol.get_yticks())  # whole documents
    # markets in their own panel with a percent axis, below the sentiment panel and above the documents
    assert market.get_ylim()[0] < 0 < 1 < market.get_ylim()[1] and ax.get_ylim()[1] <= 1.05
    assert ax.get_position().y0 > market.get_position().y1 > market.get_position().y0 > vol.get_position().y1
    handles = {t.get_text(): h for t, h in zip(fig.legends[0].get_texts(), fig.legends[0].legend_handles)}
    manifold, polymarket = (handles[k] for k in legend[8:10])
    assert (manifold.get_color(), polymarket.get_color()) == ("#1f77b4", "#6f42c1")  # the platform's colour
    # equal prices (97% on 04-22 on both): told apart by width and symbol, not by moving a line
    assert manifold.get_linewidth() != polymarket.get_linewidth() and manifold.get_marker() != polymarket.get_marker()
    # the days no source ran (03-30 .. 04-13 has no run and no document) are shaded on every panel
    assert all(len([p for p in a.patches if p.get_alpha() == 0.16]) >= 1 for a in (ax, market))


def test_chart_labels_sit_outside_the_panels_and_nothing_is_cut(exported):
    warehouse, _, _ = exported
    with warehouse.write() as con:
        add_market(con, "manifold:mFq7rT2xK9", "gpt-5.5", "Will GPT-5.5 be released before July 2026? " * 2,
                   [("2026-04-21T08:00:00", 0.52), ("2026-04-22T08:00:00", 0.97)])
        add_event(con, "gpt-5.4", "released", "2026-04-22T10:00:00")
        add_event(con, "gpt-5.1", "retired", "2026-04-23T09:00:00")
    first, last = date(2026, 3, 30), date(2026, 4, 26)
    with warehouse.read() as con:
        fig = chart_figure("gpt-5.5", _chart_data(con, "gpt-5.5", first, last), first, last)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    panels = [a.get_window_extent(renderer) for a in fig.axes]
    labels = [t for a in fig.axes for t in a.texts] + [c for a in fig.axes for c in a.artists]
    texts = [t.get_text() for a in fig.axes for t in a.texts]
    assert sorted(t.split(" · ")[0] for t in texts) == ["gpt-5.1 retired", "gpt-5.4 released", "gpt-5.5 released"]
    strip = [c for a in fig.axes for c in a.artists]
    assert [[t for t, _ in c.labels] for c in strip] == [["● Manifold 97%", "■ Polymarket 97%"]]
    boxes = [label.get_window_extent(renderer) for label in labels]
    whole = fig.bbox
    for i, box in enumerate(boxes):
        assert not any(box.overlaps(panel) for panel in panels), (i, box, panels)  # no line or point can cross it
        assert whole.x0 <= box.x0 and box.x1 <= whole.x1 and box.y1 <= whole.y1, i
        assert not any(box.overlaps(other) for other in boxes[i + 1:]), i
    legend = fig.legends[0].get_window_extent(renderer)
    assert whole.x0 <= legend.x0 and legend.x1 <= whole.x1 and legend.y0 >= whole.y0
    assert not any(legend.overlaps(panel) for panel in panels)
    ticks = [t.get_window_extent(renderer) for t in fig.axes[1].get_xticklabels() if t.get_text()]
    assert ticks and not any(legend.overlaps(t) for t in ticks)


def test_report_escapes_document_text(exported):
    _, _, folder = exported
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page
    assert "=HYPERLINK(&quot;http://x&quot;)" in page
    assert '<img src="gpt-5.5.png"' in page
    assert '<a href="../../report/gpt-5.5.html">story report</a>' in page
    assert "<td>2026-04-23 17:00 UTC</td>" in page and '<td class="n">−0.82</td>' in page  # people's precision
    story = (folder.parent.parent / "report" / "gpt-5.5.html").read_text(encoding="utf-8")
    assert "gpt-5.5: how perception moved" in story


def test_since_exports_every_complete_week(warehouse, tmp_path):
    cfg = config(tmp_path)
    with warehouse.write() as con:
        build_week(con)
    last = export_week(warehouse, cfg, since="2026-04-14", today=date(2026, 4, 30))
    weekly = tmp_path / "exports" / "weekly"
    assert sorted(p.name for p in weekly.iterdir()) == ["2026-W16", "2026-W17"]
    assert last.name == "2026-W17"
    assert (weekly / "2026-W16" / "trends.csv").read_text(encoding="utf-8").splitlines()[1:4] == [
        "2026-W16,2026-04-13,gpt-5.4,reddit,missing,,0,6,,,,,,,",
        "2026-W16,2026-04-13,gpt-5.5,blogs,missing,,0,6,,,,,,,",
        "2026-W16,2026-04-13,gpt-5.5,reddit,partial,1,1,5,0.600000,0.600000,1.000000,0.000000,0.000000,,",
    ]


def test_week_with_unlabelled_documents_is_exported_without_story_reports(warehouse, tmp_path):
    cfg = config(tmp_path)
    with warehouse.write() as con:
        add_doc(con, "u1", "2026-04-21T10:00:00", None, [("gpt-5.5", "explicit", 0)])  # not labelled (yet)
    folder = export_week(warehouse, cfg, week="2026-W17")
    assert sorted(p.name for p in folder.iterdir()) == ["events.csv", "index.html", "trends.csv"]
    assert "Story reports" not in (folder / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "exports" / "report").exists()
    with pytest.raises(ExportError, match="no documents or market prices in week 2026-W10"):
        export_week(warehouse, cfg, week="2026-W10")


def test_paths_outside_the_export_root_are_refused(warehouse, tmp_path):
    root = tmp_path.resolve()
    with pytest.raises(ExportError):
        safe_path(root, "weekly", "../../etc")
    with pytest.raises(ExportError):
        export_week(warehouse, config(tmp_path), week="../../2026-W17")
    assert file_stem("../../x") == "_.._x" and file_stem("..") == "_"
    assert safe_path(root, "weekly", file_stem("../../x")).parent == root / "weekly"
