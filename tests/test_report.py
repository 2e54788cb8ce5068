"""Story report: data, a self-contained page, the CLI, and the page in headless Chromium (drawn, no errors,
no network requests)."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from browser import BrowserError, chromium, chromium_path, evaluate, open_page, screenshot
from trends_fixtures import CLF, TARGET_CLF, add_doc, add_market, build_leadlag, build_week, config

from tracker.analysis import trends
from tracker.analysis.report import (
    ReportError,
    excerpt,
    load_story,
    market_style,
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
    assert "<td>–</td></tr>" in page  # the market with too few paired days


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
    names = [t.get("name") for t in fig["data"]]
    assert "Will GPT-5.5 be released before July 2026?" in names and "manifold:mFq7rT2xK9" not in names
    assert "7-day mean score" in names and "reddit documents" in names and "no coverage (no source ran)" in names
    shades = [s for s in fig["layout"]["shapes"] if s["type"] == "rect"]
    assert [(s["x0"], s["x1"]) for s in shades] == [("2026-04-14T12:00:00", "2026-04-19T12:00:00")]
    lines = [s for s in fig["layout"]["shapes"] if s["type"] == "line"]
    assert [s["x0"] for s in lines] == ["2026-04-23T17:00"]
    assert "gpt-5.5 released" in fig["layout"]["annotations"][0]["text"]
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
              legend: [...p.querySelectorAll('.legendtext')].map(e => e.textContent)};
    })()""")
    assert marks["lines"] >= 3 and marks["points"] > 0 and marks["bars"] > 0 and marks["shapes"] >= 2
    assert "Will GPT-5.5 be released before July 2026?" in marks["legend"]
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

