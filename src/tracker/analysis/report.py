"""Story report: one self-contained HTML page per model over the whole collected period.

The page inlines plotly.js (from the `plotly` package) so it opens offline, from a file or an e-mail
attachment, and makes no network request. It reads the views through their public columns:
`daily_sentiment` (volume, coverage: a day a source did not cover has NULL documents and is shaded, never
drawn as zero), `scored_mentions` (per-document scores for the rolling mean and its interval, and the quoted
posts), `perception_vs_market` (market probabilities, labelled with the market's question),
`release_events_preferred` + `event_impact` (event markers with their before/after change and interval)
and `anomalies` (flagged days).
"""

from __future__ import annotations

import difflib
import html
import json
import logging
import math
import re
import textwrap
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from tracker.config import Config
from tracker.analysis.trends import refresh_views
from tracker.warehouse.database import Warehouse

log = logging.getLogger("tracker.analysis.report")

ROLLING_DAYS = 7  # trailing window of the headline line: the day and the six before it
ROLLING_MIN_DOCS = 3  # fewer documents in a window leave the line and its band empty that day
BOOTSTRAP_SAMPLES = 1000
QUOTES_PER_SIDE = 3
EXCERPT_CHARS = 280
LEADLAG_MIN_DAYS = 10  # perception_market_leadlag's threshold for a correlation (sql/views/030)
EVENT_WINDOW = (-14, 13)  # the days event_impact compares; quotes come from the same window
NEAR_IDENTICAL = 0.85  # quotes this alike (difflib ratio of their normalised texts) are quoted once
# A post whose praise the irony detector finds more likely ironic than not is not quoted as praise
# (scored_mentions.p_ironic; tracker.sentiment.irony): "Oh great, another 'revolutionary' model..." is a complaint.
IRONIC_PRAISE = 0.5

# Stable colours: a source or a platform keeps its colour in every report and chart.
SOURCE_COLOURS = {"reddit": "#ff7f0e", "hackernews": "#9e3a7a", "blogs": "#2ca02c"}
OTHER_SOURCE_COLOURS = ("#17becf", "#bcbd22", "#8c564b")
PLATFORM_COLOURS = {"polymarket": "#6f42c1", "manifold": "#1f77b4", "kalshi": "#00a37a"}
OTHER_PLATFORM_COLOURS = ("#e377c2", "#7f7f7f", "#9467bd")
MARKET_DASHES = ("solid", "dash", "dot", "dashdot")
MARKET_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "triangle-down", "star")  # by rank in the model
SYMBOL_GLYPHS = {"circle": "●", "square": "■", "diamond": "◆", "triangle-up": "▲", "triangle-down": "▼",
                 "star": "★"}
MARKER_PERIOD_DAYS = 7
PLATFORM_NAMES = {"polymarket": "Polymarket", "manifold": "Manifold", "kalshi": "Kalshi"}
MARKET_NARROWEST, MARKET_STEP, MARKET_LEVELS = 1.6, 2.2, 5  # line widths: 1.6, 3.8, ... up to five levels
LEGEND_WRAP = 48  # characters per legend line: a long market question wraps instead of running off the page
# Label layout of the story chart. Labels are packed into rows by an estimate of their width (a generous
# average character width at 11 px) on the plot width of a 1400 px page; the browser test measures the result.
LABEL_CHAR_PX = 6.6
LABEL_ROW_PX = 17
ASSUMED_PLOT_PX = 1000
SENTIMENT_PX, MARKET_PX, VOLUME_PX = 340, 150, 110
MARKER_PX = 9
SENTIMENT_COLOUR = "#1f3b73"
EVENT_COLOUR = "#c0392b"
CONTEXT_EVENT_COLOUR = "#7f8c8d"


class ReportError(ValueError):
    """A report that cannot be written (no data in the range, a bad output path)."""


def source_colour(source: str) -> str:
    return SOURCE_COLOURS.get(source) or OTHER_SOURCE_COLOURS[zlib.crc32(source.encode()) % len(OTHER_SOURCE_COLOURS)]


def market_style(market_id: str, platform: str | None, siblings: Sequence[str]) -> tuple[str, str]:
    """(colour, dash) of a market: the platform's colour; a platform's second market (by id) gets another dash.

    `siblings` are all market ids of the model (not of a date window), so a market keeps its style from one
    week's chart to the next.
    """
    name = (platform or market_id.split(":", 1)[0]).lower()
    colour = (PLATFORM_COLOURS.get(name)
              or OTHER_PLATFORM_COLOURS[zlib.crc32(name.encode()) % len(OTHER_PLATFORM_COLOURS)])
    same_platform = sorted(m for m in siblings if m.split(":", 1)[0].lower() == market_id.split(":", 1)[0].lower())
    rank = same_platform.index(market_id) if market_id in same_platform else 0
    return colour, MARKET_DASHES[rank % len(MARKET_DASHES)]


# ------------------------------------------------------------------------------------------------ data


def data_span(con: duckdb.DuckDBPyConnection, model: str | None = None) -> tuple[date, date] | None:
    """First and last UTC day with documents (of `model`, or of any model); None when there are none."""
    sql = "SELECT min(day), max(day) FROM daily_sentiment WHERE community = '*' AND n_docs > 0"
    params: list[Any] = []
    if model:
        sql += " AND model_id = ?"
        params.append(model)
    first, last = con.execute(sql, params).fetchone()
    return None if first is None else (first, last)


def report_models(con: duckdb.DuckDBPyConnection, first: date, last: date) -> list[str]:
    """Models with documents between first and last."""
    rows = con.execute("SELECT DISTINCT model_id FROM daily_sentiment WHERE community = '*' AND n_docs > 0 "
                       "AND day BETWEEN ? AND ? ORDER BY model_id", [first, last]).fetchall()
    return [r[0] for r in rows]


def rolling_bootstrap(doc_days: Sequence[date], doc_scores: Sequence[float], days: Sequence[date], *,
                      window: int = ROLLING_DAYS, samples: int = BOOTSTRAP_SAMPLES, min_docs: int = ROLLING_MIN_DOCS,
                      seed: Sequence[int] | int = 0) -> list[tuple[int, float | None, float | None, float | None]]:
    """Per day: (n, mean, low, high) of the scores of documents in the trailing `window` days.

    The interval is a percentile bootstrap (2.5th and 97.5th percentile of `samples` means of documents drawn
    with replacement from the window); None where the window holds fewer than `min_docs` documents.
    """
    order = np.argsort(np.array([d.toordinal() for d in doc_days], dtype=np.int64), kind="stable")
    ordinals = np.array([doc_days[i].toordinal() for i in order], dtype=np.int64)
    scores = np.array([doc_scores[i] for i in order], dtype=np.float64)
    rng = np.random.default_rng(seed)
    out: list[tuple[int, float | None, float | None, float | None]] = []
    for day in days:
        end = day.toordinal()
        lo = int(np.searchsorted(ordinals, end - window + 1, side="left"))
        hi = int(np.searchsorted(ordinals, end, side="right"))
        n = hi - lo
        if n < min_docs:
            out.append((n, None, None, None))
            continue
        values = scores[lo:hi]
        means = values[rng.integers(0, n, size=(samples, n))].mean(axis=1)
        low, high = np.percentile(means, [2.5, 97.5])
        out.append((n, float(values.mean()), float(low), float(high)))
    return out


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str:
    """Whitespace collapsed, cut at a word boundary with an ellipsis."""
    flat = re.sub(r"\s+", " ", text or "").strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def _utc_day(value: datetime) -> date:
    return value.astimezone(timezone.utc).date()


@dataclass
class Story:
    model_id: str
    first: date
    last: date
    days: list[date]
    sources: list[str]
    daily: dict[str, dict[date, tuple[int | None, float | None, str]]]  # source -> day -> (n, mean, coverage)
    rolling: list[tuple[int, float | None, float | None, float | None]]
    markets: list[dict[str, Any]]
    events: list[dict[str, Any]]
    anomalies: list[dict[str, Any]]
    uncovered: list[date] = field(default_factory=list)  # days no source of the model covered
    proposed: list[dict[str, Any]] = field(default_factory=list)  # release radar proposals, not yet confirmed


def normalised_text(text: str) -> str:
    """Text compared for sameness: case folded, every run of non-word characters one space."""
    return " ".join(re.sub(r"\W+", " ", text.casefold()).split())


def near_identical(a: str, b: str) -> bool:
    """Two normalised texts that say the same: equal, one the other with a few words added ('... /s' and
    '... /s Happy to share prompts.'), or at least 85% alike."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 12 and (long_.startswith(short) or long_.endswith(short)):
        return True
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= NEAR_IDENTICAL and matcher.quick_ratio() >= NEAR_IDENTICAL \
        and matcher.ratio() >= NEAR_IDENTICAL


def quotes(con: duckdb.DuckDBPyConnection, model_id: str, event_day: date, label: str,
           limit: int = QUOTES_PER_SIDE) -> list[dict[str, Any]]:
    """The event window's most clearly positive (label 'positive') or negative posts, upvoted ones first.

    Strength is |score| x (1 + log1p(upvotes)): a confident, well-received post beats a confident unread one.
    A text posted more than once (the same words up to case, spacing and punctuation) is quoted once, at its
    strongest copy; `repeats` counts the other copies in the window. Praise the irony detector reads as more
    likely ironic than not (p_ironic >= IRONIC_PRAISE) is not quoted as praise.
    """
    direction = "DESC" if label == "positive" else "ASC"
    cursor = con.execute(f"""
        SELECT sm.doc_id, sm.source, sm.community, sm.day, sm.score, sm.upvotes, d.title, d.body, d.url, d.kind
        FROM scored_mentions sm JOIN documents d ON d.doc_id = sm.doc_id
        WHERE sm.model_id = ? AND sm.label = ? AND NOT d.removed
          AND sm.day BETWEEN ? AND ? AND (sm.label <> 'positive' OR coalesce(sm.p_ironic, 0) < ?)
        ORDER BY sm.score * (1 + coalesce(sm.weight, 0)) {direction}, sm.doc_id""",
                         [model_id, label, event_day + timedelta(days=EVENT_WINDOW[0]),
                          event_day + timedelta(days=EVENT_WINDOW[1]), IRONIC_PRAISE])
    columns = [c[0] for c in cursor.description]
    chosen: list[tuple[str, dict[str, Any]]] = []
    for values in cursor.fetchall():
        row = dict(zip(columns, values))
        parts = [row["body"]] if row["kind"] == "comment" else [row["title"], row["body"]]
        text = ": ".join(p.strip() for p in parts if p and p.strip())
        key = normalised_text(text)
        same = next((q for k, q in chosen if near_identical(k, key)), None)
        if same is not None:
            same["repeats"] += 1
        elif len(chosen) < limit:
            row.update(excerpt=excerpt(text), repeats=0)
            chosen.append((key, row))
    return [q for _, q in chosen]


def load_story(con: duckdb.DuckDBPyConnection, model_id: str, first: date, last: date, *, seed: int = 0) -> Story:
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    daily: dict[str, dict[date, tuple[int | None, float | None, str]]] = {}
    for source, day, n_docs, mean_score, status in con.execute(
            "SELECT source, day, n_docs, mean_score, coverage_status FROM daily_sentiment "
            "WHERE model_id = ? AND community = '*' AND day BETWEEN ? AND ? ORDER BY source, day",
            [model_id, first, last]).fetchall():
        daily.setdefault(source, {})[day] = (n_docs, mean_score, status)
    sources = sorted(daily)
    uncovered = [d for d in days if all(daily[s].get(d, (None, None, ""))[0] is None for s in sources)]

    docs = con.execute("SELECT day, score FROM scored_mentions WHERE model_id = ? AND day BETWEEN ? AND ? "
                       "ORDER BY day, doc_id", [model_id, first - timedelta(days=ROLLING_DAYS - 1), last]).fetchall()
    rolling = rolling_bootstrap([d[0] for d in docs], [d[1] for d in docs], days,
                                seed=[seed, zlib.crc32(model_id.encode())])

    markets: dict[str, dict[str, Any]] = {}
    for market_id, platform, question, day, probability in con.execute(
            "SELECT market_id, platform, question, day, probability FROM perception_vs_market "
            "WHERE model_id = ? AND market_id IS NOT NULL ORDER BY market_id, day", [model_id]).fetchall():
        market = markets.setdefault(market_id, {"market_id": market_id, "platform": platform,
                                                "question": question or market_id, "points": []})
        if probability is not None and first <= day <= last:
            market["points"].append((day, float(probability)))
    siblings = sorted(markets)
    market_list = []
    for market_id in siblings:
        market = markets[market_id]
        if market["points"]:
            market["colour"], market["dash"] = market_style(market_id, market["platform"], siblings)
            market_list.append(market)
    # The lag at which daily sentiment changes and the market's daily changes correlate most (over all days, not
    # the report's window); None where no lag has enough paired days.
    strongest = {r["market_id"]: r for r in _records(
        con, "SELECT market_id, lag_days, n_days, correlation, ci_low, ci_high FROM perception_market_leadlag "
             "WHERE model_id = ? AND correlation IS NOT NULL QUALIFY row_number() OVER ("
             "PARTITION BY market_id ORDER BY abs(correlation) DESC, abs(lag_days), lag_days) = 1", [model_id])}
    pairs = dict(con.execute("SELECT market_id, max(n_days) FROM perception_market_leadlag WHERE model_id = ? "
                             "GROUP BY market_id", [model_id]).fetchall())
    for market in market_list:
        market["strongest_lag"] = strongest.get(market["market_id"])
        market["paired_days"] = int(pairs.get(market["market_id"]) or 0)  # at the lag with the most pairs

    impacts: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in _records(con, "SELECT model_id, kind, source, status, n_before, mean_before, n_after, mean_after, "
                             "difference, ci_low, ci_high FROM event_impact WHERE model_id = ? "
                             "ORDER BY kind, source", [model_id]):
        impacts.setdefault((row["model_id"], row["kind"]), []).append(row)
    events = []
    for row in _records(con, "SELECT model_id, kind, occurred_at, source AS event_source "
                             "FROM release_events_preferred ORDER BY occurred_at, model_id, kind"):
        day = _utc_day(row["occurred_at"])
        if not first <= day <= last:
            continue
        own = row["model_id"] == model_id
        # Other models' events are context (GPT-5.1's retirement in GPT-5.5's story); their impact is theirs.
        row.update(day=day, own=own, impacts=impacts.get((model_id, row["kind"]), []) if own else [],
                   quotes_for=quotes(con, model_id, day, "positive") if own else [],
                   quotes_against=quotes(con, model_id, day, "negative") if own else [])
        events.append(row)

    anomalies = _records(con, "SELECT day, source, flag_reason, n_docs, baseline_n_docs, z_volume, mean_score, "
                              "baseline_mean_score, z_score FROM anomalies WHERE flagged AND model_id = ? "
                              "AND day BETWEEN ? AND ? ORDER BY day, source", [model_id, first, last])
    proposed = _records(con, "SELECT event_id, kind, occurred_at, evidence FROM release_events "
                             "WHERE model_id = ? AND status = 'proposed' ORDER BY occurred_at, event_id", [model_id])
    return Story(model_id, first, last, days, sources, daily, rolling, market_list, events, anomalies, uncovered,
                 proposed)


# ------------------------------------------------------------------------------------------------ figure


def _r(value: float | None, digits: int = 4) -> float | None:
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return None
    return round(float(value), digits)


def day_spans(days: Sequence[date]) -> list[tuple[date, date]]:
    """Consecutive days merged into (first, last) runs."""
    spans: list[tuple[date, date]] = []
    for day in days:
        if spans and (day - spans[-1][1]).days == 1:
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


def event_title(event: dict[str, Any]) -> str:
    return f"{event['model_id']} {event['kind']}"


def _signed(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}".replace("-", "−")
    return "±0.00" if text in ("+0.00", "−0.00") else text


def impact_text(row: dict[str, Any]) -> str:
    """'Δ −0.28 (95% CI −0.44 … −0.17; n 50 → 165)' or why there is none."""
    if row["status"] != "ok" or row["difference"] is None:
        return f"insufficient data (n {row['n_before']} → {row['n_after']})"
    return (f"Δ {_signed(row['difference'])} (95% CI {_signed(row['ci_low'])} … {_signed(row['ci_high'])}; "
            f"n {row['n_before']} → {row['n_after']})")


def score_range(story: Story) -> list[float]:
    """The sentiment axis: the data's extent with a margin, at least -0.25 ... +1 (scores live in -1 ... +1)."""
    values = [v for r in story.rolling for v in r[1:] if v is not None]
    values += [v[1] for s in story.daily.values() for v in s.values() if v[1] is not None]
    low = min([-0.25, *values]) - 0.1
    high = max([0.25, *values]) + 0.1
    return [round(max(low, -1.05), 2), round(min(high, 1.05), 2)]


def wrap_label(text: str, width: int = LEGEND_WRAP) -> list[str]:
    """A legend or label text as lines of at most `width` characters (words kept whole), never cut short."""
    return textwrap.wrap(re.sub(r"\s+", " ", text).strip(), width, break_long_words=False) or [""]


def platform_name(platform: str | None, market_id: str) -> str:
    name = platform or market_id.split(":", 1)[0]
    return PLATFORM_NAMES.get(name.lower(), name)


def market_widths(count: int) -> list[float]:
    """Line widths of a model's markets, widest first: markets with equal prices draw as nested stripes (the
    narrower on top), so a line hidden under another still shows at its edges."""
    if count == 1:
        return [2.0]
    return [MARKET_NARROWEST + MARKET_STEP * (min(count, MARKET_LEVELS) - 1 - i % MARKET_LEVELS)
            for i in range(count)]


def market_symbol(rank: int) -> str:
    return MARKET_SYMBOLS[rank % len(MARKET_SYMBOLS)]


def marker_days(points: Sequence[tuple[date, float]], rank: int, count: int, first: date, last: date,
                period: int = MARKER_PERIOD_DAYS) -> list[tuple[date, float]]:
    """Where a market's symbol is drawn: every `period` days, each market of the model starting on another day
    (rank * period / count), at the price the market held that day (its last price on or before it). Markets
    with the same prices then show their symbols side by side along one line instead of on top of each other,
    and no value is moved."""
    if not points:
        return []
    out = []
    day = first + timedelta(days=round(rank * period / max(count, 1)) % period)
    i = -1
    while day <= min(last, points[-1][0]):  # never past the market's last price
        while i + 1 < len(points) and points[i + 1][0] <= day:
            i += 1
        if i >= 0:
            out.append((day, points[i][1]))
        day += timedelta(days=period)
    return out


def last_price_before(market: dict[str, Any], day: date, max_age_days: int = 7) -> tuple[date, float] | None:
    """The market's last daily price before `day` (at most a week old): what it said on the eve of an event."""
    point = next((p for p in reversed(market["points"]) if p[0] < day), None)
    return point if point and (day - point[0]).days <= max_age_days else None


def market_labels(markets: Sequence[dict[str, Any]], day: date) -> list[tuple[str, str]]:
    """(text, colour) per market priced in the week before `day`: its chart symbol, the platform and, where a
    platform has several markets, the start of the question, then the last price before that day
    ('● Kalshi 97%')."""
    counts: dict[str, int] = {}
    for m in markets:
        counts[platform_name(m["platform"], m["market_id"])] = counts.get(
            platform_name(m["platform"], m["market_id"]), 0) + 1
    out = []
    for rank, m in enumerate(markets):
        point = last_price_before(m, day)
        if point is None:
            continue
        name = platform_name(m["platform"], m["market_id"])
        if counts[name] > 1:
            name += f" ({excerpt(re.sub(r'^(Will|Is|Does|Did) ', '', m['question']), 18)})"
        out.append((f"{SYMBOL_GLYPHS[market_symbol(rank)]} {name} {point[1]:.0%}", m["colour"]))
    return out


def pack_rows(spans: Sequence[tuple[float, float]], first: Sequence[bool] = (), pad: float = 8.0) -> list[int]:
    """A row per span (start, end) so that no two spans in one row overlap (with `pad` between): greedy, the
    spans marked `first` (the model's own events: nearest the plot) and then left to right, each in the lowest
    free row."""
    rows: list[list[tuple[float, float]]] = []
    out = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda k: (not (first[k] if k < len(first) else False), spans[k])):
        start, end = spans[i]
        for r, taken in enumerate(rows):
            if all(end + pad <= a or start >= b + pad for a, b in taken):
                taken.append((start, end))
                out[i] = r
                break
        else:
            rows.append([(start, end)])
            out[i] = len(rows) - 1
    return out


def _label_span(fraction: float, chars: int) -> tuple[tuple[float, float], str]:
    """The estimated pixel span of a one-line label at `fraction` of the plot width and its anchor: right of
    its line where it fits, else left of it where that fits, else centred (the plot's side margins take the
    rest)."""
    x = fraction * ASSUMED_PLOT_PX
    width = chars * LABEL_CHAR_PX
    if x + width <= ASSUMED_PLOT_PX:
        return (x, x + width), "left"
    if x - width >= 0:
        return (x - width, x), "right"
    return (x - width / 2, x + width / 2), "center"


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _day_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def figure(story: Story) -> dict[str, Any]:
    """The Plotly figure (data + layout) as plain JSON-able dicts, rounded so the page is byte-stable.

    Three panels on one time axis: sentiment (y), market probability (y2, its own percent axis, so a price is
    never read as a score) and documents (y3). Event labels sit above the sentiment panel and the markets'
    prices on the eve of the model's own events above the market panel, in margins no line crosses.
    """
    x = [d.isoformat() for d in story.days]
    traces: list[dict[str, Any]] = []
    n_roll = [r[0] for r in story.rolling]
    mean = [_r(r[1]) for r in story.rolling]
    low = [_r(r[2]) for r in story.rolling]
    high = [_r(r[3]) for r in story.rolling]
    # The band first (drawn under the line), one pair of edges per run of days with a value: a filled trace
    # with gaps would join its pieces across the gap.
    runs: list[list[int]] = []
    for i, value in enumerate(mean):
        if value is None:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for k, run in enumerate(runs):
        traces.append({"type": "scatter", "mode": "lines", "x": [x[i] for i in run], "y": [high[i] for i in run],
                       "line": {"width": 0}, "hoverinfo": "skip", "showlegend": False, "legendgroup": "rolling",
                       "yaxis": "y"})
        traces.append({"type": "scatter", "mode": "lines", "x": [x[i] for i in run], "y": [low[i] for i in run],
                       "line": {"width": 0}, "fill": "tonexty", "fillcolor": "rgba(31,59,115,0.18)",
                       "hoverinfo": "skip", "name": "95% interval (bootstrap)", "legendgroup": "rolling",
                       "showlegend": k == 0, "yaxis": "y"})
    traces.append({"type": "scatter", "mode": "lines", "x": x, "y": mean, "name": f"{ROLLING_DAYS}-day mean score",
                   "line": {"color": SENTIMENT_COLOUR, "width": 2.5}, "legendgroup": "rolling", "yaxis": "y",
                   "customdata": [[lo_, hi_, n] for lo_, hi_, n in zip(low, high, n_roll)],
                   "hovertemplate": "7-day mean %{y:+.2f} [%{customdata[0]:+.2f}, %{customdata[1]:+.2f}], "
                                    "%{customdata[2]} docs<extra></extra>"})
    for source in story.sources:
        points = story.daily[source]
        n = [points.get(d, (None, None, ""))[0] for d in story.days]
        means = [_r(points.get(d, (None, None, ""))[1]) for d in story.days]
        status = [points.get(d, (None, None, "no_run"))[2] for d in story.days]
        colour = source_colour(source)
        traces.append({"type": "scatter", "mode": "markers", "x": x, "y": means, "name": f"{source} daily mean",
                       "marker": {"color": colour, "size": [4 + 2 * math.sqrt(v) if v else 0 for v in n],
                                  "opacity": 0.45, "line": {"width": 0}},
                       "yaxis": "y", "legendgroup": source,
                       "hovertemplate": f"{source} mean %{{y:+.2f}}<extra></extra>"})
        traces.append({"type": "bar", "x": x, "y": n, "name": f"{source} documents", "marker": {"color": colour},
                       "yaxis": "y3", "legendgroup": source, "customdata": status,
                       "hovertemplate": f"{source}: %{{y}} docs (%{{customdata}})<extra></extra>"})
    # Markets: every line first (widest first, so a narrower one on the same prices shows inside it), then each
    # market's symbols on top of all lines, then a legend entry showing line and symbol together.
    widths = market_widths(len(story.markets))
    legend_entries = []
    symbol_traces = []
    for rank, (market, width) in enumerate(zip(story.markets, widths)):
        platform = html.escape(platform_name(market["platform"], market["market_id"]))
        line = {"shape": "hv", "color": market["colour"], "dash": market["dash"], "width": width}
        marker = {"symbol": market_symbol(rank), "color": market["colour"], "size": MARKER_PX,
                  "line": {"color": "#ffffff", "width": 1}}
        group = market["market_id"]
        traces.append({"type": "scatter", "mode": "lines", "line": line, "x": [p[0].isoformat() for p in market["points"]],
                       "y": [_r(p[1], 3) for p in market["points"]], "yaxis": "y2", "legendgroup": group,
                       "showlegend": False, "hovertemplate": f"{platform} %{{y:.0%}}<extra></extra>"})
        # A market priced on one day only still gets its symbol there: a line through one point draws nothing.
        marks = marker_days(market["points"], rank, len(story.markets), story.first, story.last) \
            if len(market["points"]) > 1 else list(market["points"])
        symbol_traces.append({"type": "scatter", "mode": "markers", "marker": marker, "yaxis": "y2",
                              "x": [d.isoformat() for d, _ in marks], "y": [_r(v, 3) for _, v in marks],
                              "legendgroup": group, "showlegend": False, "hoverinfo": "skip"})
        name = platform_name(market["platform"], market["market_id"]) + ": " + market["question"]
        legend_entries.append({"type": "scatter", "mode": "lines+markers", "line": line, "marker": marker,
                               "x": [None], "y": [None], "yaxis": "y2", "legendgroup": group, "hoverinfo": "skip",
                               "name": "<br>".join(html.escape(t) for t in wrap_label(name))})
    traces += symbol_traces + legend_entries
    if story.anomalies:
        rolling_by_day = dict(zip(x, mean))
        ys = []
        for a in story.anomalies:
            ys.append(_r(a["mean_score"]) if a["mean_score"] is not None else rolling_by_day.get(a["day"].isoformat()))
        traces.append({"type": "scatter", "mode": "markers", "x": [a["day"].isoformat() for a in story.anomalies],
                       "y": ys, "name": "anomaly (|z| ≥ threshold)", "yaxis": "y",
                       "marker": {"symbol": "diamond-open", "size": 13, "color": "#d62728", "line": {"width": 2}},
                       "customdata": [[a["source"], a["flag_reason"], a["n_docs"]] for a in story.anomalies],
                       "hovertemplate": "anomaly: %{customdata[0]} %{customdata[1]} (%{customdata[2]} docs)"
                                        "<extra></extra>"})
    if story.uncovered:
        # Legend entry for the shading (shapes have none).
        traces.append({"type": "bar", "x": [None], "y": [None], "name": "no coverage (no source ran)",
                       "marker": {"color": "rgba(120,120,120,0.25)"}, "yaxis": "y3", "hoverinfo": "skip"})

    panels = ("y domain", "y2 domain", "y3 domain") if story.markets else ("y domain", "y3 domain")
    shapes: list[dict[str, Any]] = []
    for start, end in day_spans(story.uncovered):
        for yref in panels:
            shapes.append({"type": "rect", "xref": "x", "yref": yref, "layer": "below", "line": {"width": 0},
                           "x0": (_day_start(start) - timedelta(hours=12)).isoformat(),
                           "x1": (_day_start(end) + timedelta(hours=12)).isoformat(),
                           "y0": 0, "y1": 1, "fillcolor": "rgba(120,120,120,0.16)"})
    axis_start = _day_start(story.first) - timedelta(hours=12)
    axis_days = len(story.days)
    annotations: list[dict[str, Any]] = []
    top: list[tuple[dict[str, Any], tuple[float, float]]] = []
    middle: list[tuple[dict[str, Any], tuple[float, float]]] = []
    for event in story.events:
        at = event["occurred_at"].astimezone(timezone.utc).replace(tzinfo=None)
        when = at.isoformat(timespec="minutes")
        fraction = (at - axis_start).total_seconds() / (axis_days * 86400)
        colour = EVENT_COLOUR if event["own"] else CONTEXT_EVENT_COLOUR
        for yref in panels:  # one line per panel: the strips between panels stay free for labels
            shapes.append({"type": "line", "xref": "x", "yref": yref, "x0": when, "x1": when, "y0": 0, "y1": 1,
                           "line": {"color": colour, "width": 1.5, "dash": "solid" if event["own"] else "dot"}})
        label = f"<b>{html.escape(event_title(event))}</b> {event['day'].isoformat()}"
        ok = [r for r in event["impacts"] if r["status"] == "ok"]
        if ok:
            label += "".join(f" · {html.escape(r['source'])} Δ {_signed(r['difference'])} "
                             f"[{_signed(r['ci_low'])}, {_signed(r['ci_high'])}]" for r in ok)
        span, anchor = _label_span(fraction, len(_plain(label)))
        top.append(({"x": when, "xref": "x", "yref": "paper", "y": 1.0, "yanchor": "bottom", "xanchor": anchor,
                     "text": label, "showarrow": False, "align": "left", "font": {"size": 11, "color": colour},
                     "bgcolor": "rgba(255,255,255,0.9)", "borderpad": 1, "name": "event"}, span))
        labels = market_labels(story.markets, event["day"]) if event["own"] else []
        if labels:
            text = " · ".join(
                f'<span style="color:{c}"><b>{html.escape(t)}</b></span>' for t, c in labels)
            span, anchor = _label_span(fraction, len(_plain(text)))
            middle.append(({"x": when, "xref": "x", "yref": "y2 domain", "y": 1.0, "yanchor": "bottom",
                            "xanchor": anchor, "text": text, "showarrow": False, "align": "left",
                            "font": {"size": 11, "color": "#1d2330"}, "bgcolor": "rgba(255,255,255,0.9)",
                            "borderpad": 1, "name": "market-value"}, span))
    top_rows = pack_rows([s for _, s in top], [e["own"] for e in story.events])
    middle_rows = pack_rows([s for _, s in middle])
    for (note, _), row in [*zip(top, top_rows), *zip(middle, middle_rows)]:
        note["yshift"] = 2 + LABEL_ROW_PX * row
        annotations.append(note)
    n_top = max(top_rows, default=-1) + 1
    n_middle = max(middle_rows, default=-1) + 1

    # Panel heights in pixels, turned into domains of the plot area: the label strips get a row each.
    gap_market = 22 + LABEL_ROW_PX * n_middle
    heights = [SENTIMENT_PX, gap_market, MARKET_PX, 26, VOLUME_PX] if story.markets else [SENTIMENT_PX, 26,
                                                                                             VOLUME_PX]
    total = sum(heights)
    edges = [total - sum(heights[:i]) for i in range(len(heights) + 1)]  # from the top down
    domain = [[round(edges[i + 1] / total, 4), round(edges[i] / total, 4)] for i in range(0, len(heights), 2)]
    legend_names = [t.get("name", "") for t in traces if t.get("showlegend", True) and t.get("name")]
    legend_px = sum(40 + LABEL_CHAR_PX * max(len(line) for line in _plain(n).split("\n")) for n in
                    [n.replace("<br>", "\n") for n in legend_names])
    legend_lines = max([n.count("<br>") + 1 for n in legend_names], default=1)
    legend_rows = math.ceil(legend_px / ASSUMED_PLOT_PX) + 1
    top_margin = 34 + LABEL_ROW_PX * n_top
    bottom_margin = 56 + 19 * (legend_rows + legend_lines - 1)
    layout = {
        "height": top_margin + total + bottom_margin,
        "margin": {"l": 70, "r": 30, "t": top_margin, "b": bottom_margin},
        "hovermode": "x unified", "barmode": "stack", "bargap": 0.15,
        "font": {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 13},
        "plot_bgcolor": "#ffffff", "paper_bgcolor": "#ffffff",
        "legend": {"orientation": "h", "y": -44 / total, "yanchor": "top", "x": 0, "font": {"size": 12},
                   "valign": "top", "tracegroupgap": 4},
        "xaxis": {"type": "date", "anchor": "y3", "showgrid": True, "gridcolor": "#eef0f3",
                  "range": [axis_start.isoformat(), (_day_start(story.last) + timedelta(hours=12)).isoformat()],
                  "hoverformat": "%a %Y-%m-%d"},
        "yaxis": {"domain": domain[0], "range": score_range(story), "title": {"text": "mean score (p+ − p−)"},
                  "zeroline": True, "zerolinecolor": "#c8ccd2", "gridcolor": "#eef0f3", "tickformat": "+.1f"},
        "yaxis3": {"domain": domain[-1], "title": {"text": "documents"}, "rangemode": "tozero", "tickformat": "d",
                   "gridcolor": "#eef0f3"},
        "shapes": shapes, "annotations": annotations,
    }
    if story.markets:
        layout["yaxis2"] = {"domain": domain[1], "range": [-0.03, 1.03], "title": {"text": "market (yes)"},
                            "tickformat": ".0%", "tickvals": [0, 0.5, 1.0], "gridcolor": "#eef0f3",
                            "zeroline": False}
    return {"data": traces, "layout": layout}


# ------------------------------------------------------------------------------------------------ page

STYLE = """
:root{--ink:#1d2330;--muted:#5b6472;--line:#e3e6ea;--accent:#1f3b73;--pos:#1a7f4b;--neg:#b23a2e}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f7f9;
line-height:1.5}
header{background:var(--accent);color:#fff;padding:1.6rem 2rem 1.2rem}
header h1{margin:0 0 .3rem;font-size:1.7rem}
header p{margin:0;opacity:.85}
main{max-width:78rem;margin:0 auto;padding:1.2rem 2rem 3rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.6rem .9rem;min-width:8rem;flex:1 1 0}
.card .k{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.card .v{font-size:1.25rem;font-weight:600;white-space:nowrap}
.card .sub{font-size:.8rem;color:var(--muted)}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.3rem;margin:1.2rem 0}
h2{font-size:1.25rem;margin:.2rem 0 .8rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.chart{width:100%;min-height:700px}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.4rem 0 .8rem}
th,td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{color:var(--muted);font-weight:600;font-size:.82rem;text-transform:uppercase;letter-spacing:.03em}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.d{white-space:nowrap;font-variant-numeric:tabular-nums}
.quotes{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:900px){.quotes{grid-template-columns:1fr}}
.quotes h4{margin:.2rem 0 .4rem;font-size:.95rem}
.quotes .for h4{color:var(--pos)} .quotes .against h4{color:var(--neg)}
blockquote{margin:0 0 .7rem;padding:.5rem .8rem;background:#fafbfc;border-left:4px solid var(--line);
border-radius:4px;font-size:.93rem}
.for blockquote{border-left-color:var(--pos)} .against blockquote{border-left-color:var(--neg)}
blockquote .meta{display:block;color:var(--muted);font-size:.8rem;margin-top:.25rem}
.muted{color:var(--muted)}
.event-own{color:var(--neg)}
footer{color:var(--muted);font-size:.85rem;max-width:78rem;margin:0 auto;padding:0 2rem 2rem}
"""


def lag_text(row: dict[str, Any] | None, paired_days: int | None = None) -> str:
    """A market's strongest lag from perception_market_leadlag, e.g. `sentiment leads 2 d: r +0.81 [+0.52, +0.93],
    19 days`; without one, why not (`paired_days`: the most pairs any lag had)."""
    if row is None:
        if paired_days is None:
            return "–"
        if paired_days < LEADLAG_MIN_DAYS:
            return (f"none: fewer than {LEADLAG_MIN_DAYS} days with both documents and a price change "
                    f"({paired_days})")
        return f"none: sentiment or the price did not change over the {paired_days} paired days"
    lag = row["lag_days"]
    who = "same day" if lag == 0 else (f"sentiment leads {lag} d" if lag > 0 else f"market leads {-lag} d")
    return (f"{who}: r {_signed(row['correlation'])} [{_signed(row['ci_low'])}, {_signed(row['ci_high'])}], "
            f"{row['n_days']} days")


def _num(value: Any, digits: int = 2, signed: bool = False) -> str:
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return _signed(value, digits) if signed else f"{value:.{digits}f}"


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _table(name: str, head: Sequence[tuple[str, bool]], entries: Sequence[Sequence[Sequence[str]]],
           spanned: int = 0) -> str:
    """A table of entries, each a <tbody> of one or more rows (an event and its per-source rows): the first
    `spanned` cells of an entry's first row span its rows. head: (title, numeric); cells are already escaped
    text. Numbers align right; dates never wrap. `data-table` names the table for the header card that counts
    its entries."""
    out = [f'<table data-table="{html.escape(name, quote=True)}"><thead><tr>'
           + "".join(f"<th>{html.escape(t)}</th>" for t, _ in head) + "</tr></thead>"]
    for rows in entries:
        out.append('<tbody class="entry">')
        for i, row in enumerate(rows):
            cells = []
            for k, (cell, (_, numeric)) in enumerate(zip(row, head)):
                if k < spanned and i > 0:
                    continue
                klass = ' class="n"' if numeric else ' class="d"' if ISO_DAY.fullmatch(cell) else ""
                span = f' rowspan="{len(rows)}"' if k < spanned and len(rows) > 1 else ""
                cells.append(f"<td{klass}{span}>{cell}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
    out.append("</table>")
    return "".join(out)


def _quote_html(q: dict[str, Any]) -> str:
    esc = html.escape
    where = esc(q["source"] + (f" · {q['community']}" if q["community"] and q["community"] != "(none)" else ""))
    meta = f"{where} · {q['day'].isoformat()} · score {_signed(q['score'])}"
    if q["upvotes"] is not None:
        meta += f" · {q['upvotes']:,} {'points' if q['source'] == 'hackernews' else 'upvotes'}"
    if q.get("repeats"):
        meta += f" · the same or nearly the same text {q['repeats']} more time{'s' if q['repeats'] > 1 else ''} in the window"
    link = ""
    if q["url"] and str(q["url"]).startswith(("http://", "https://")):
        link = f' · <a href="{esc(q["url"], quote=True)}" rel="noopener noreferrer">link</a>'
    return f"<blockquote>{esc(q['excerpt'])}<span class=\"meta\">{meta}{link}</span></blockquote>"


def _json_for_script(value: Any) -> str:
    """JSON that cannot close the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def story_html(story: Story, script: str) -> bytes:
    """The page: header cards, the chart, events with their quotes, markets, anomalies, method notes."""
    esc = html.escape
    total = sum(v[0] or 0 for s in story.sources for v in story.daily[s].values())
    per_source_plain = ", ".join(f"{s} {sum(v[0] or 0 for v in story.daily[s].values()):,}" for s in story.sources)
    per_source = ", ".join(f"{esc(s)} {sum(v[0] or 0 for v in story.daily[s].values()):,}" for s in story.sources)
    covered = len(story.days) - len(story.uncovered)
    last_roll = next(((d, r) for d, r in zip(reversed(story.days), reversed(story.rolling)) if r[1] is not None), None)
    n_own = sum(1 for e in story.events if e["own"])
    # Each count is the number of entries in the table below it (the browser test checks they agree).
    cards = [("days covered", f"{covered} of {len(story.days)}",
              # non-breaking hyphens: a narrow card wraps at the arrow, never inside a date
              f"{story.first.isoformat()} → {story.last.isoformat()}".replace("-", "\u2011"), ""),
             ("documents", f"{total:,}", per_source_plain, ""),
             ("events", str(len(story.events)),
              f"{n_own} {story.model_id}, {len(story.events) - n_own} context" if story.events else "", "events"),
             ("markets", str(len(story.markets)), "", "markets"),
             ("flagged days", str(len(story.anomalies)), "", "anomalies"),
             ("last 7-day mean", _signed(last_roll[1][1]) if last_roll else "–",
              last_roll[0].isoformat() if last_roll else "", "")]
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(story.model_id)}: perception story</title>", f"<style>{STYLE}</style>",
        f"<script>{script}</script></head><body>",
        f"<header><h1>{esc(story.model_id)}: how perception moved</h1>",
        f"<p>{story.first.isoformat()} to {story.last.isoformat()} · documents by source: {per_source}</p></header>",
        "<main>", '<div class="cards">' + "".join(
            f'<div class="card"{f" data-count={chr(34)}{c}{chr(34)}" if c else ""}><div class="k">{esc(k)}</div>'
            f'<div class="v">{esc(v)}</div>' + (f'<div class="sub">{esc(sub)}</div>' if sub else "") + "</div>"
            for k, v, sub, c in cards)
        + "</div>",
        '<section><h2>Sentiment, volume and markets</h2>',
        '<p class="muted">The line is the mean score (p(positive) − p(negative), −1 … +1) of all documents of the '
        f"last {ROLLING_DAYS} days; the band its 95% bootstrap interval. Dots are each source's daily mean (size = "
        "volume), bars the daily documents. Markets have their own panel (probability of Yes, 0 … 100%), one "
        "line per market in its platform's colour, dash and width (markets at the same price draw as nested "
        "stripes); above it, each market's price the day before the model's own events. Grey bands are days no "
        "source covered (missing, not zero). Hover a day for its numbers; drag to zoom, double-click to reset.</p>",
        '<div id="story-chart" class="chart"></div></section>',
    ]
    own = [e for e in story.events if e["own"]]
    parts.append("<section><h2>Events</h2>")
    if not story.events:
        parts.append('<p class="muted">No release or retirement event in this period.</p>')
    else:
        entries = []
        for e in story.events:
            title = esc(event_title(e)) + ("" if e["own"] else ' <span class="muted">(context)</span>')
            rows = []
            for r in e["impacts"] or [None]:
                rows.append([e["day"].isoformat(), title,
                             esc(r["source"]) if r else "–", _num(r["n_before"]) if r else "–",
                             _num(r["mean_before"], signed=True) if r else "–", _num(r["n_after"]) if r else "–",
                             _num(r["mean_after"], signed=True) if r else "–",
                             _num(r["difference"], signed=True) if r else "–",
                             (f"{_signed(r['ci_low'])} … {_signed(r['ci_high'])}" if r and r["ci_low"] is not None
                              else "–"),
                             esc(r["status"]) if r else ("other model" if not e["own"] else "no data")])
            entries.append(rows)
        parts.append(_table("events", (("day", False), ("event", False), ("source", False), ("n before", True),
                                       ("mean before", True), ("n after", True), ("mean after", True),
                                       ("change", True), ("95% interval", True), ("status", False)), entries,
                            spanned=2))
        parts.append('<p class="muted">Before = days −14 … −1, after = days 0 … +13 (UTC); the interval '
                     "resamples days. Context events belong to other models and are shown for orientation.</p>")
    if story.proposed:  # the release radar's proposals: listed, never drawn or measured until confirmed
        parts.append('<p class="proposed">Proposed by the release radar, not confirmed (not in the chart or the '
                     "table until `tracker events confirm`): " + "; ".join(
                         f"{esc(p['kind'])} on {_utc_day(p['occurred_at']).isoformat()} ({esc(p['event_id'])}, "
                         f"{len(json.loads(p['evidence'] or '[]'))} evidence item(s))" for p in story.proposed) + "</p>")
    for e in own:
        parts.append(f'<h3 class="event-own">{esc(event_title(e))}, {e["day"].isoformat()}: what people said</h3>')
        parts.append('<div class="quotes"><div class="for"><h4>For (most positive)</h4>')
        parts.extend(_quote_html(q) for q in e["quotes_for"]) if e["quotes_for"] else parts.append(
            '<p class="muted">No positive post in the window.</p>')
        parts.append('</div><div class="against"><h4>Against (most negative)</h4>')
        parts.extend(_quote_html(q) for q in e["quotes_against"]) if e["quotes_against"] else parts.append(
            '<p class="muted">No negative post in the window.</p>')
        parts.append("</div></div>")
    parts.append("</section>")

    parts.append("<section><h2>Markets</h2>")
    if not story.markets:
        parts.append('<p class="muted">No market linked to this model has prices in this period.</p>')
    else:
        rows = []
        release = next((e for e in own if e["kind"] == "released"), None)
        for m in story.markets:
            pts = m["points"]
            before = None
            if release:
                before = next((p for p in reversed(pts) if p[0] < release["day"]), None)
            rows.append([[esc(m["question"]), esc(platform_name(m["platform"], m["market_id"])),
                          pts[0][0].isoformat(), f"{pts[0][1]:.0%}", pts[-1][0].isoformat(), f"{pts[-1][1]:.0%}",
                          f"{before[1]:.0%} ({before[0].isoformat()})" if before else "–",
                          esc(lag_text(m.get("strongest_lag"), m.get("paired_days")))]])
        parts.append(_table("markets", (("question", False), ("platform", False), ("first day", False),
                                        ("first", True), ("last day", False), ("last", True),
                                        ("last before release", True), ("strongest lag", False)), rows))
        parts.append('<p class="muted">Strongest lag: the lag (−7 … +7 days, all days with data) at which daily '
                     "changes in mean sentiment and in the market's probability correlate most; positive = "
                     "sentiment moves first. r with its Fisher-z 95% interval and the paired days. A day pairs "
                     "when the model has documents on it and on the day before and the market a price on both; "
                     f"a lag needs at least {LEADLAG_MIN_DAYS} paired days, and it is one of 15 lags looked at, so "
                     "read it with its interval.</p>")
    parts.append("</section>")

    parts.append("<section><h2>Anomalies</h2>")
    if not story.anomalies:
        parts.append('<p class="muted">No day flagged.</p>')
    else:
        parts.append(_table("anomalies", (("day", False), ("source", False), ("reason", False),
                                          ("documents", True), ("baseline docs", True), ("z volume", True),
                                          ("mean score", True), ("baseline mean", True), ("z score", True)),
                            [[[a["day"].isoformat(), esc(a["source"]), esc(a["flag_reason"] or ""),
                               _num(a["n_docs"]), _num(a["baseline_n_docs"], 1), _num(a["z_volume"], 1, signed=True),
                               _num(a["mean_score"], signed=True), _num(a["baseline_mean_score"], signed=True),
                               _num(a["z_score"], 1, signed=True)]] for a in story.anomalies]))
    parts.append("</section></main>")
    parts.append("<footer>Written by <code>tracker report</code>. Method: mean score per document = p(positive) − "
                 f"p(negative) from the sentiment classifier; the {ROLLING_DAYS}-day line pools every document of the "
                 f"window (at least {ROLLING_MIN_DOCS}); its band is the 2.5th–97.5th percentile of "
                 f"{BOOTSTRAP_SAMPLES:,} bootstrap means (documents drawn with replacement, fixed seed). "
                 "Coverage comes from the ingest runs: a day a source did not run successfully is missing.</footer>")
    parts.append(f'<script>Plotly.newPlot("story-chart",{_json_for_script(figure(story))},'
                 '{"displaylogo":false,"responsive":true,"modeBarButtonsToRemove":["lasso2d","select2d"]});</script>')
    parts.append("</body></html>")
    return ("\n".join(parts) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------------------------ writing


def report_file_name(model_id: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", model_id).lstrip(".") or "_"
    return f"{stem}.html"


def report_dir(cfg: Config) -> Path:
    return cfg.resolve(cfg.trends.export_root).resolve() / "report"


def _write(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def write_reports(con: duckdb.DuckDBPyConnection, cfg: Config, *, model: str | None = None,
                  since: date | None = None, until: date | None = None, out: Path | None = None) -> list[Path]:
    """Write one story page per model with documents in [since, until] (default: the whole collected period).

    `out` is the file when one model is asked for, otherwise the folder (default <export_root>/report/).
    Raises ReportError, writing nothing, when the range holds no documents.
    """
    span = data_span(con, model)
    what = f"model {model!r}" if model else "any model"
    if span is None:
        raise ReportError(f"no documents for {what} in the warehouse; nothing written")
    first, last = max(since or span[0], span[0]), min(until or span[1], span[1])
    if since and until and since > until:
        raise ReportError(f"--since {since} is after --until {until}")
    models = [model] if model else report_models(con, first, last)
    if first > last or not models or not report_models(con, first, last):
        raise ReportError(f"no documents for {what} between {since or span[0]} and {until or span[1]} "
                          f"(data covers {span[0]} to {span[1]}); nothing written")
    if model and model not in report_models(con, first, last):
        raise ReportError(f"no documents for {what} between {first} and {last}; nothing written")
    if out is not None and out.suffix == ".html":
        if len(models) != 1:
            raise ReportError(f"{out} is one file; give --model or a folder for {len(models)} reports")
        targets = [(models[0], out)]
    else:
        folder = out if out is not None else report_dir(cfg)
        targets = [(m, folder / report_file_name(m)) for m in models]
    script = plotly_js()
    written = []
    for model_id, path in targets:
        # Each model's own span inside the range: a model first mentioned in April starts its page in April.
        own = data_span(con, model_id)
        assert own is not None
        story = load_story(con, model_id, max(first, own[0]), min(last, own[1]), seed=cfg.trends.bootstrap_seed)
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, story_html(story, script))
        written.append(path)
        log.info("report: wrote %s (%s to %s, %d events)", path, story.first, story.last, len(story.events))
    return written


def report(warehouse: Warehouse, cfg: Config, *, model: str | None = None, since: date | None = None,
           until: date | None = None, out: Path | None = None, refresh: bool = True) -> list[Path]:
    if refresh:
        refresh_views(warehouse, cfg)
    with warehouse.read() as con:
        return write_reports(con, cfg, model=model, since=since, until=until, out=out)
