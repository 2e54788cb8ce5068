"""Story report: data, a self-contained page, the CLI, and the page in headless Chromium (drawn, no errors,
no network requests)."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from browser import BrowserError, chromium, chromium_path, evaluate, open_page, screenshot
from trends_fixtures import CLF, TARGET_CLF, add_doc, add_event, add_market, build_leadlag, build_week, config

from tracker.analysis import trends
from tracker.analysis.report import (
    ReportError,
    excerpt,
    lag_text,
    load_story,
    market_style,
    near_identical,
    normalised_text,
    pack_rows,
    report,
    rolling_bootstrap,
    write_reports,
)
from tracker.cli.main import main

CHARTS_DRAWN_JS = """(() => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')];
  return plots.length > 0 && plots.every(p => p.querySelector('svg.main-svg')
    && p.querySelectorAll('.scatterlayer path.js-line').length > 0
    && p.querySelectorAll('.barlayer path').length > 0);
})()"""


@pytest.fixture(autouse=True)
def fixed_classifier(monkeypatch):
    monkeypatch.setattr(trends, "configured_classifier", lambda cfg: CLF)
    monkeypatch.setattr(trends, "configured_target_classifier", lambda cfg: TARGET_CLF)


@pytest.fixture
def story_warehouse(warehouse, tmp_path):
    with warehouse.write() as con:
        build_week(con)
        add_doc(con, "r7", "2026-04-24T12:00:00", "negative", [("gpt-5.5", "explicit", 0)], upvotes=700,
                title="Underwhelming </script><b>bold</b>", body="Feels like 5.4 with a new name.")
        add_market(con, "manifold:mFq7rT2xK9", "gpt-5.5", "Will GPT-5.5 be released before July 2026?",
                   [("2026-04-21T08:00:00", 0.52), ("2026-04-22T08:00:00", 0.97)])
        con.execute("UPDATE documents SET url = 'https://www.reddit.com/r/OpenAI/comments/r7/' WHERE doc_id = 'r7'")
    cfg = config(tmp_path)
    trends.refresh_views(warehouse, cfg)
    return warehouse, cfg


SARCASM = "Wow, 5.5 is sooo much better. /s"


@pytest.fixture
def busy_warehouse(story_warehouse):
    """The story plus what crowded the demo's chart: two other models' events within two days of the release,
    the same sarcastic comment three times (once with a closing remark), markets at equal prices."""
    warehouse, cfg = story_warehouse
    with warehouse.write() as con:
        add_event(con, "gpt-5.4", "released", "2026-04-22T10:00:00")
        add_event(con, "gpt-5.1", "retired", "2026-04-21T09:00:00")
        for i, text in enumerate([SARCASM, SARCASM.upper(), SARCASM + " Happy to share prompts."]):
            add_doc(con, f"s{i}", f"2026-04-24T0{i}:00:00", "negative", [("gpt-5.5", "explicit", 0)],
                    upvotes=900 - i, title=text, body=None)
    trends.refresh_views(warehouse, cfg)
    return warehouse, cfg


def references(page: str) -> list[tuple[str, str, str]]:
    """(tag, attribute, value) of every src/href in the markup (script contents are not markup)."""
    found: list[tuple[str, str, str]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend((tag, k, v) for k, v in attrs if k in ("src", "href", "srcset", "data", "action"))

    Collector().feed(page)
    return found


def figure_json(page: str) -> dict:
    match = re.search(r'Plotly\.newPlot\("story-chart",(\{.*\}),\{"displaylogo"', page)
    assert match, "no figure in the page"
    return json.loads(match.group(1))


def test_rolling_bootstrap_pools_the_trailing_window():
    days = [date(2026, 4, 20), date(2026, 4, 21), date(2026, 4, 28)]
    doc_days = [date(2026, 4, 20)] * 2 + [date(2026, 4, 21)] * 2
    out = rolling_bootstrap(doc_days, [1.0, 0.0, 0.5, -0.5], days, window=7, samples=500, min_docs=3, seed=1)
    assert [r[0] for r in out] == [2, 4, 0]
    assert out[0][1:] == (None, None, None) and out[2][1:] == (None, None, None)  # too few documents
    n, mean, low, high = out[1]
    assert mean == pytest.approx(0.25)
    assert -0.5 <= low < mean < high <= 1.0
    # same seed, same interval
    assert rolling_bootstrap(doc_days, [1.0, 0.0, 0.5, -0.5], days, window=7, samples=500, min_docs=3,
                             seed=1) == out


def test_excerpt_and_market_style():
    assert excerpt("  a\n\nb  ") == "a b"
    assert excerpt("word " * 100, limit=20) == "word word word word…"
    siblings = ["manifold:a", "manifold:b", "polymarket:x"]
    assert market_style("manifold:b", "manifold", siblings) == ("#1f77b4", "dash")
    assert market_style("manifold:a", "manifold", siblings) == ("#1f77b4", "solid")
    assert market_style("polymarket:x", "polymarket", siblings)[0] == "#6f42c1"


def test_story_data(story_warehouse):
    warehouse, _ = story_warehouse
    with warehouse.read() as con:
        story = load_story(con, "gpt-5.5", date(2026, 4, 14), date(2026, 4, 24))
    assert story.sources == ["blogs", "reddit"]
    # No source ran 04-15 .. 04-19 and nothing was posted: missing, not zero.
    assert story.uncovered == [date(2026, 4, d) for d in range(15, 20)]
    assert story.daily["reddit"][date(2026, 4, 16)][0] is None
    assert story.daily["reddit"][date(2026, 4, 22)][:2] == (None, None)  # the failed run
    assert [(m["market_id"], m["points"][-1]) for m in story.markets] == [
        ("manifold:mFq7rT2xK9", (date(2026, 4, 22), 0.97)),
        ("polymarket:gpt-5-5-by-june-30", (date(2026, 4, 22), 0.97))]
    assert [(e["model_id"], e["kind"], e["day"], e["own"]) for e in story.events] == [
        ("gpt-5.5", "released", date(2026, 4, 23), True)]
    event = story.events[0]
    assert [q["doc_id"] for q in event["quotes_against"]] == ["r7", "r4", "r2"]  # 700 upvotes first
    assert [q["doc_id"] for q in event["quotes_for"]][:1] == ["r1"]
    # day 04-20 pools 04-14 .. 04-20: r0 and r1 (+0.6 each), r2 (-0.7), r3 (0.0); b1 (04-21) not yet
    n, mean, low, high = story.rolling[story.days.index(date(2026, 4, 20))]
    assert n == 4 and mean == pytest.approx((0.6 + 0.6 - 0.7 + 0.0) / 4)
    assert story.rolling[story.days.index(date(2026, 4, 19))] == (1, None, None, None)
    assert low <= mean <= high


def test_near_identical_quotes_are_shown_once(busy_warehouse):
    warehouse, _ = busy_warehouse
    with warehouse.read() as con:
        story = load_story(con, "gpt-5.5", date(2026, 4, 14), date(2026, 4, 24))
    event = next(e for e in story.events if e["own"])
    against = event["quotes_against"]
    assert [q["doc_id"] for q in against] == ["s0", "r7", "r4"]  # the strongest copy, then the next texts
    assert against[0]["repeats"] == 2
    assert len({normalised_text(q["excerpt"]) for q in against}) == 3
    assert near_identical(normalised_text(SARCASM), normalised_text(SARCASM + " YMMV."))
    assert not near_identical(normalised_text("5.5 is great at SQL"), normalised_text("5.5 is awful at SQL, sadly"))


def test_lag_text_says_why_there_is_no_lag():
    assert lag_text(None, 4) == "none: fewer than 10 days with both documents and a price change (4)"
    assert lag_text(None, 12) == "none: sentiment or the price did not change over the 12 paired days"
    assert lag_text({"lag_days": -3, "correlation": 0.5, "ci_low": 0.1, "ci_high": 0.8, "n_days": 12}) == \
        "market leads 3 d: r +0.50 [+0.10, +0.80], 12 days"


def test_pack_rows_keeps_overlapping_labels_apart():
    spans = [(0, 100), (50, 150), (200, 300), (120, 260)]
    rows = pack_rows(spans)
    assert rows == [0, 1, 1, 0]
    assert pack_rows(spans, [False, True, False, False])[1] == 0  # an own event gets the row nearest the plot
    for i, a in enumerate(spans):
        for j, b in enumerate(spans):
            if i < j and rows[i] == rows[j]:
                assert a[1] + 8 <= b[0] or b[1] + 8 <= a[0]


def test_markets_table_shows_each_markets_strongest_lag(warehouse, tmp_path):
    with warehouse.write() as con:
        build_leadlag(con)  # one market follows sentiment two days later, the other has 3 days of changes
    cfg = config(tmp_path)
    trends.refresh_views(warehouse, cfg)
    with warehouse.read() as con:
        story = load_story(con, "gpt-5.5", date(2026, 4, 1), date(2026, 4, 22))
    lags = {m["market_id"]: m["strongest_lag"] for m in story.markets}
    assert lags == {"manifold:gpt-5-5": None,
                    "polymarket:gpt-5-5": {"market_id": "polymarket:gpt-5-5", "lag_days": 2, "n_days": 19,
                                           "correlation": 1.0, "ci_low": 1.0, "ci_high": 1.0}}
    out = tmp_path / "story.html"
    report(warehouse, cfg, model="gpt-5.5", out=out)
    page = out.read_text(encoding="utf-8")
    assert "<th>strongest lag</th>" in page
    assert "<td>sentiment leads 2 d: r +1.00 [+1.00, +1.00], 19 days</td>" in page
    # the market with too few paired days says why it has no lag
    assert "<td>none: fewer than 10 days with both documents and a price change (3)</td></tr>" in page


def test_page_is_self_contained_and_escaped(story_warehouse, tmp_path):
    warehouse, cfg = story_warehouse
    out = tmp_path / "story.html"
    assert report(warehouse, cfg, model="gpt-5.5", out=out) == [out]
    page = out.read_text(encoding="utf-8")
    # Outside the inlined scripts, only the quoted posts' <a> links point anywhere.
    assert [(tag, attr) for tag, attr, _ in references(page) if tag != "a"] == []
    assert "plotly.js v" in page  # the library is inlined
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page  # document text is escaped
    assert page.count("</script>") == 2  # the library's and the figure's, none from a document
    fig = figure_json(page)
    names = [(t.get("name") or "").replace("<br>", " ") for t in fig["data"]]
    assert "Manifold: Will GPT-5.5 be released before July 2026?" in names
    assert not any("mFq7rT2xK9" in n for n in names)
    assert "7-day mean score" in names and "reddit documents" in names and "no coverage (no source ran)" in names
    # sentiment, markets and documents each in a panel of their own (markets on a percent axis)
    layout = fig["layout"]
    assert layout["yaxis2"]["tickformat"] == ".0%" and "overlaying" not in layout["yaxis2"]
    domains = [layout[a]["domain"] for a in ("yaxis", "yaxis2", "yaxis3")]
    assert domains[0][0] > domains[1][1] and domains[1][0] > domains[2][1]
    assert all(t["yaxis"] == "y2" for t in fig["data"] if "Manifold" in (t.get("name") or "")
               or t.get("legendgroup", "").startswith(("manifold:", "polymarket:")))
    shades = [s for s in fig["layout"]["shapes"] if s["type"] == "rect"]
    assert {(s["x0"], s["x1"]) for s in shades} == {("2026-04-14T12:00:00", "2026-04-19T12:00:00")}
    assert sorted(s["yref"] for s in shades) == ["y domain", "y2 domain", "y3 domain"]
    lines = [s for s in fig["layout"]["shapes"] if s["type"] == "line"]
    assert [s["x0"] for s in lines] == ["2026-04-23T17:00"] * 3  # one per panel, none across the label strips
    notes = {n["name"]: n for n in layout["annotations"]}
    assert "gpt-5.5 released" in notes["event"]["text"] and notes["event"]["yref"] == "paper"
    assert notes["event"]["y"] == 1.0 and notes["event"]["yanchor"] == "bottom"  # above the plot area
    # the release day's label gives each market's price the day before: both at 97%
    assert re.findall(r"(Manifold|Polymarket) (\d+%)", notes["market-value"]["text"]) == [
        ("Manifold", "97%"), ("Polymarket", "97%")]
    # two markets at the same prices: distinct width, dash and symbol
    styles = {(t["line"]["width"], t["line"]["dash"], t["marker"]["symbol"]) for t in fig["data"]
              if t.get("mode") == "lines+markers" and t.get("yaxis") == "y2"}
    assert len(styles) == 2 and len({w for w, _, _ in styles}) == 2 and len({m for _, _, m in styles}) == 2
    assert 'href="https://www.reddit.com/r/OpenAI/comments/r7/"' in page
    assert report(warehouse, cfg, model="gpt-5.5", out=out, refresh=False) == [out]
    assert out.read_text(encoding="utf-8") == page  # same data, same bytes


def test_range_without_data_writes_nothing(story_warehouse, tmp_path):
    warehouse, cfg = story_warehouse
    with warehouse.read() as con:
        with pytest.raises(ReportError, match="no documents .* between 2025-01-01 and 2025-02-01"):
            write_reports(con, cfg, since=date(2025, 1, 1), until=date(2025, 2, 1), out=tmp_path / "r")
        with pytest.raises(ReportError, match="no documents for model 'nope'"):
            write_reports(con, cfg, model="nope", out=tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_report_command(story_warehouse, tmp_path, capsys):
    (tmp_path / "tracker.toml").write_text(
        f'[warehouse]\npath = "tracker.duckdb"\n[classifier]\nmodel = "{CLF}"\n'
        '[trends]\nmin_event_n = 2\nbootstrap_samples = 200\nexport_root = "exports"\n', encoding="utf-8")
    config_file = str(tmp_path / "tracker.toml")
    assert main(["--config", config_file, "report"]) == 0
    folder = (tmp_path / "exports" / "report").resolve()
    assert capsys.readouterr().out.splitlines() == [str(folder / "gpt-5.4.html"), str(folder / "gpt-5.5.html")]
    assert main(["--config", config_file, "report", "--since", "2030-01-01"]) == 2
    assert "nothing written" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if chromium_path() is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run installs it)")
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as b:
        yield b


def test_report_draws_in_chromium(story_warehouse, tmp_path, browser):
    warehouse, cfg = story_warehouse
    out = tmp_path / "story.html"
    report(warehouse, cfg, model="gpt-5.5", out=out, refresh=False)
    seen = open_page(browser, out.as_uri(), CHARTS_DRAWN_JS)
    assert seen["console_errors"] == [] and seen["exceptions"] == []
    marks = evaluate(browser, seen["session"], """(() => {
      const p = document.querySelector('#story-chart');
      return {lines: p.querySelectorAll('.scatterlayer path.js-line').length,
              points: p.querySelectorAll('.scatterlayer path.point').length,
              bars: p.querySelectorAll('.barlayer path').length,
              shapes: p.querySelectorAll('.shapelayer path').length,
              legend: [...p.querySelectorAll('.legendtext')].map(
              e => e.querySelectorAll('tspan.line').length
                ? [...e.querySelectorAll('tspan.line')].map(t => t.textContent).join(' ') : e.textContent)};
    })()""")
    assert marks["lines"] >= 3 and marks["points"] > 0 and marks["bars"] > 0 and marks["shapes"] >= 2
    assert "Manifold: Will GPT-5.5 be released before July 2026?" in [" ".join(t.split()) for t in marks["legend"]]
    png = screenshot(browser, seen["session"], tmp_path / "report.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (tmp_path / "report.png").stat().st_size > 20_000


def test_report_makes_no_network_requests(story_warehouse, tmp_path, browser):
    warehouse, cfg = story_warehouse
    out = tmp_path / "story.html"
    report(warehouse, cfg, model="gpt-5.5", out=out, refresh=False)
    seen = open_page(browser, out.as_uri(), CHARTS_DRAWN_JS)
    assert seen["requests"] == [out.as_uri()]
    # The detector sees a request when a page makes one (a refused local port: nothing leaves the machine).
    control = tmp_path / "control.html"
    control.write_text('<img src="http://127.0.0.1:9/x.png"><p>x</p>', encoding="utf-8")
    seen = open_page(browser, control.as_uri(), "document.readyState === 'complete'")
    assert "http://127.0.0.1:9/x.png" in seen["requests"]


def test_browser_errors_are_reported(tmp_path, browser):
    page = tmp_path / "broken.html"
    page.write_text("<script>console.error('boom'); undefinedFunction();</script>", encoding="utf-8")
    seen = open_page(browser, page.as_uri(), "document.readyState === 'complete'")
    assert seen["console_errors"] == ["boom"]
    assert len(seen["exceptions"]) == 1 and "undefinedFunction" in seen["exceptions"][0]
    with pytest.raises(BrowserError):
        evaluate(browser, seen["session"], "(() => { throw new Error('x') })()")



LAYOUT_JS = """(() => {
  const p = document.querySelector('#story-chart');
  const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  return {
    plots: [...p.querySelectorAll('.draglayer .nsewdrag')].map(box),
    notes: [...p.querySelectorAll('g.annotation')].map(g => ({box: box(g.querySelector('rect.bg')),
                                                              text: g.textContent})),
    legend: box(p.querySelector('g.legend')),
    legendTexts: [...p.querySelectorAll('.legendtext')].map(box),
    chart: box(p.querySelector('.main-svg')),
    cards: Object.fromEntries([...document.querySelectorAll('.card[data-count]')].map(
      c => [c.dataset.count, Number(c.querySelector('.v').textContent)])),
    tables: Object.fromEntries([...document.querySelectorAll('table[data-table]')].map(
      t => [t.dataset.table, t.querySelectorAll(':scope > tbody').length])),
    quotes: [...document.querySelectorAll('blockquote')].map(b => b.firstChild.textContent),
  };
})()"""


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [1400, 1100])
def test_labels_stay_off_the_lines_and_counts_match_the_tables(busy_warehouse, tmp_path, browser, width):
    warehouse, cfg = busy_warehouse
    out = tmp_path / "story.html"
    report(warehouse, cfg, model="gpt-5.5", out=out, refresh=False)
    seen = open_page(browser, out.as_uri(), CHARTS_DRAWN_JS, width=width)
    assert seen["console_errors"] == [] and seen["exceptions"] == []
    got = evaluate(browser, seen["session"], LAYOUT_JS)
    assert len(got["plots"]) == 3  # sentiment, markets, documents
    texts = [n["text"] for n in got["notes"]]
    assert sum("released" in t or "retired" in t for t in texts) == 3 and any("97%" in t for t in texts)
    for i, note in enumerate(got["notes"]):
        # outside every plot area (so no trace crosses it), inside the chart, clear of every other label
        assert not any(overlap(note["box"], plot) for plot in got["plots"]), note["text"]
        assert got["chart"][0] <= note["box"][0] and note["box"][2] <= got["chart"][2], note["text"]
        assert all(not overlap(note["box"], other["box"]) for other in got["notes"][i + 1:]), note["text"]
    assert not any(overlap(got["legend"], plot) for plot in got["plots"])
    assert all(t[2] <= got["chart"][2] for t in got["legendTexts"])  # no legend text runs off the chart
    # each header count is the number of entries in the table it names (no table: none)
    assert got["cards"] == {name: got["tables"].get(name, 0) for name in got["cards"]}
    assert got["cards"]["events"] == 3 and got["cards"]["markets"] == 2
    assert len({normalised_text(q) for q in got["quotes"]}) == len(got["quotes"])
    assert sum(normalised_text(SARCASM) in normalised_text(q) for q in got["quotes"]) == 1
