"""Weekly exports: trends.csv, events.csv, one PNG chart per model and an index.html report per ISO week."""

from __future__ import annotations

import csv
import html
import io
import logging
import math
import os
import re
import zlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb

from tracker.analysis.report import (
    CONTEXT_EVENT_COLOUR,
    EVENT_COLOUR,
    ROLLING_DAYS,
    SENTIMENT_COLOUR,
    ReportError,
    _signed,
    day_spans,
    market_labels,
    market_style,
    market_symbol,
    market_widths,
    marker_days,
    pack_rows,
    platform_name,
    report_file_name,
    rolling_bootstrap,
    source_colour,
    wrap_label,
    write_reports,
)
from tracker.config import Config
from tracker.analysis.trends import (
    ANOMALY_COLUMNS,
    EVENT_COLUMNS,
    anomaly_rows,
    event_rows,
    last_complete_week,
    last_data_day,
    parse_week,
    refresh_views,
    top_movers,
    weekly_rows,
    weeks_since,
)
from tracker.warehouse.database import Warehouse

log = logging.getLogger("tracker.analysis.export")

TRENDS_CSV_COLUMNS = ("week", "week_start", "model_id", "source", "coverage_status", "n_docs", "days_observed",
                      "days_missing", "mean_score", "weighted_mean_score", "share_positive", "share_neutral",
                      "share_negative", "mean_score_change", "n_docs_change")
EVENTS_CSV_COLUMNS = EVENT_COLUMNS
CHART_DAYS = 28  # a chart shows the exported week and the three before it
CHART_SIZE_IN = (12.0, 8.5)
CHART_DPI = 100  # 1200 x 850 pixels: readable on a laptop screen without zooming
MPL_DASHES = {"solid": "-", "dash": "--", "dot": ":", "dashdot": "-."}
MPL_MARKERS = {"circle": "o", "square": "s", "diamond": "D", "triangle-up": "^", "triangle-down": "v", "star": "*"}
# Panel heights of the PNG (pixels, before the measured top and bottom margins scale them) and label rows.
PNG_SENTIMENT_PX, PNG_STRIP_PX, PNG_MARKET_PX, PNG_GAP_PX, PNG_VOLUME_PX = 300, 24, 120, 14, 90
PNG_ROW_PT = 12  # one row of 8.5 pt labels
PNG_TICKS_PX = 28  # the date labels under the bottom panel
PNG_LEGEND_WRAP = 44
DECIMALS = 6
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """An export that cannot be written (bad week, a path outside the export root)."""


# ------------------------------------------------------------------------------------------------ cells


def escape_formula(text: str) -> str:
    """Prefix a text cell a spreadsheet would run as a formula with an apostrophe (OWASP CSV injection)."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def format_value(value: Any) -> str:
    """One cell as text: ISO-8601 dates (UTC 'Z' times), '.' decimals at fixed precision, '' for NULL."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat(timespec="seconds") + "Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        text = f"{value:.{DECIMALS}f}"
        return "0." + "0" * DECIMALS if text == "-0." + "0" * DECIMALS else text
    if isinstance(value, int):
        return str(value)
    return str(value)


def csv_cell(value: Any) -> str:
    # Numbers we format ourselves may start with '-'; only text cells can carry a formula.
    text = format_value(value)
    return escape_formula(text) if isinstance(value, str) else text


def csv_bytes(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8")


# ------------------------------------------------------------------------------------------------ paths


def export_root(cfg: Config) -> Path:
    return cfg.resolve(cfg.trends.export_root).resolve()


def safe_path(root: Path, *parts: str) -> Path:
    """root/parts..., refusing anything that resolves outside root (a model id like '../../x')."""
    target = root.joinpath(*parts).resolve()
    if not target.is_relative_to(root) or target == root:
        raise ExportError(f"refusing to write outside {root}: {'/'.join(parts)!r}")
    return target


def file_stem(model_id: str) -> str:
    """A model id as a file name: unsafe characters become '_' and no leading dot."""
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", model_id).lstrip(".")
    return stem or "_"


def _write(path: Path, data: bytes) -> None:
    """Write atomically and leave an identical file untouched, so re-exports change nothing."""
    if path.is_file() and path.read_bytes() == data:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# ------------------------------------------------------------------------------------------------ charts


def _chart_data(con: duckdb.DuckDBPyConnection, model_id: str, first: date, last: date) -> dict[str, Any]:
    """What a chart draws: the same views as the story report, for one window."""
    daily = con.execute(
        "SELECT day, source, n_docs, mean_score FROM daily_sentiment WHERE model_id = ? AND community = '*' "
        "AND day BETWEEN ? AND ? ORDER BY source, day", [model_id, first, last]).fetchall()
    docs = con.execute(
        "SELECT day, score FROM scored_mentions WHERE model_id = ? AND day BETWEEN ? AND ? ORDER BY day, doc_id",
        [model_id, first - timedelta(days=ROLLING_DAYS - 1), last]).fetchall()
    prices = con.execute(
        "SELECT market_id, platform, question, day, probability FROM perception_vs_market WHERE model_id = ? "
        "AND market_id IS NOT NULL ORDER BY market_id, day", [model_id]).fetchall()
    events = con.execute(
        "SELECT model_id, kind, occurred_at FROM release_events_preferred "
        "WHERE CAST(occurred_at AT TIME ZONE 'UTC' AS DATE) BETWEEN ? AND ? ORDER BY occurred_at, model_id, kind",
        [first, last]).fetchall()
    impacts = con.execute(
        "SELECT kind, source, difference, ci_low, ci_high FROM event_impact WHERE model_id = ? AND status = 'ok' "
        "ORDER BY kind, source", [model_id]).fetchall()
    anomalies = con.execute(
        "SELECT day, source, mean_score FROM anomalies WHERE flagged AND model_id = ? AND day BETWEEN ? AND ? "
        "ORDER BY day, source", [model_id, first, last]).fetchall()
    return {"daily": daily, "docs": docs, "prices": prices, "events": events, "impacts": impacts,
            "anomalies": anomalies}


def chart_models(con: duckdb.DuckDBPyConnection, first: date, last: date) -> list[str]:
    rows = con.execute(
        "SELECT model_id FROM daily_sentiment WHERE community = '*' AND n_docs > 0 AND day BETWEEN ? AND ? "
        "UNION SELECT model_id FROM perception_vs_market WHERE probability IS NOT NULL AND day BETWEEN ? AND ? "
        "ORDER BY model_id", [first, last, first, last]).fetchall()
    return [r[0] for r in rows]


def chart_png(model_id: str, data: dict[str, Any], first: date, last: date, seed: int = 0) -> bytes:
    """chart_figure as PNG bytes; same data, same bytes."""
    import matplotlib

    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": 10, "axes.spines.top": False}):
        fig = chart_figure(model_id, data, first, last, seed)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=CHART_DPI, metadata={"Software": None})
    return buffer.getvalue()


def chart_figure(model_id: str, data: dict[str, Any], first: date, last: date, seed: int = 0) -> Any:
    """The story report's chart as a matplotlib Figure for the CSV/e-mail use, in three panels on one time axis:
    the rolling 7-day mean with its bootstrap band, each source's daily mean and anomalies; market probabilities
    on their own percent axis (each market in its platform's colour, dash, width and symbol, so markets at the
    same price stay apart), with the prices the day before the model's own events written above the panel;
    stacked volume bars with shaded days no source covered ('x': one source missing that day). Event labels
    (with their change) sit above the top panel, the legend (long questions wrapped) below the bottom one: the
    layout is measured, so no line crosses a label and nothing is cut."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    by_source: dict[str, dict[date, tuple[Any, Any]]] = {}
    for day, source, n_docs, mean_score in data["daily"]:
        by_source.setdefault(source, {})[day] = (n_docs, mean_score)
    sources = sorted(by_source)
    uncovered = [d for d in days if all(by_source[s].get(d, (None, None))[0] is None for s in sources)]
    rolling = rolling_bootstrap([d[0] for d in data["docs"]], [d[1] for d in data["docs"]], days,
                                seed=[seed, zlib.crc32(model_id.encode())])
    markets: dict[str, dict[str, Any]] = {}
    for market_id, platform, question, day, probability in data["prices"]:
        entry = markets.setdefault(market_id, {"market_id": market_id, "platform": platform,
                                               "question": question or market_id, "points": []})
        if probability is not None and first <= day <= last:
            entry["points"].append((day, probability))
    siblings = sorted(markets)
    shown = [markets[m] for m in siblings if markets[m]["points"]]
    for entry in shown:
        entry["colour"], entry["dash"] = market_style(entry["market_id"], entry["platform"], siblings)

    fig = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
    FigureCanvasAgg(fig)
    renderer = fig.canvas.get_renderer()
    # Rows: sentiment, a strip for the market labels, markets, a thin gap, documents (without markets: no strip
    # and no market panel). Heights in pixels; the grid's top and bottom are set once labels and legend are
    # measured.
    heights = ([PNG_SENTIMENT_PX, PNG_STRIP_PX, PNG_MARKET_PX, PNG_GAP_PX, PNG_VOLUME_PX] if shown
               else [PNG_SENTIMENT_PX, PNG_GAP_PX, PNG_VOLUME_PX])
    grid = fig.add_gridspec(len(heights), 1, height_ratios=heights, hspace=0, left=0.075, right=0.975)
    ax = fig.add_subplot(grid[0])
    vol = fig.add_subplot(grid[-1], sharex=ax)
    market = fig.add_subplot(grid[2], sharex=ax) if shown else None
    panels = [a for a in (ax, market, vol) if a is not None]
    title = fig.text(0.075, 1.0, f"{model_id}: sentiment, markets and volume, {first.isoformat()} to {last.isoformat()}",
                     fontsize=12, fontweight="bold", va="top", ha="left")
    for start, end in day_spans(uncovered):
        for axis in panels:
            axis.axvspan(mdates.date2num(start) - 0.5, mdates.date2num(end) + 0.5, color="0.5", alpha=0.16,
                         linewidth=0, zorder=0)
    ax.fill_between(days, [math.nan if r[2] is None else r[2] for r in rolling],
                    [math.nan if r[3] is None else r[3] for r in rolling], color=SENTIMENT_COLOUR, alpha=0.18,
                    linewidth=0, label="95% interval (bootstrap)")
    ax.plot(days, [math.nan if r[1] is None else r[1] for r in rolling], color=SENTIMENT_COLOUR, linewidth=2.2,
            label=f"{ROLLING_DAYS}-day mean score")
    bottom = [0.0] * len(days)
    for source in sources:
        points = by_source[source]
        colour = source_colour(source)
        counts = [points.get(d, (None, None))[0] for d in days]
        scores = [points.get(d, (None, None))[1] for d in days]
        ax.scatter([d for d, v in zip(days, scores) if v is not None], [v for v in scores if v is not None],
                   s=[12 + 6 * math.sqrt(c or 0) for c, v in zip(counts, scores) if v is not None],
                   color=colour, alpha=0.55, linewidths=0, label=f"{source} daily mean", zorder=3)
        heights_ = [0 if c is None else c for c in counts]
        vol.bar(days, heights_, bottom=bottom, width=0.8, color=colour, label=f"{source} documents", zorder=2)
        bottom = [b + h for b, h in zip(bottom, heights_)]
        missing = [d for d, c in zip(days, counts) if c is None and d not in uncovered]
        if missing:
            vol.plot(missing, [0] * len(missing), linestyle="none", marker="x", color=colour, clip_on=False,
                     label=f"{source} missing (not zero)", zorder=3)
    if data["anomalies"]:
        ax.plot([a[0] for a in data["anomalies"]], [0.0 if a[2] is None else a[2] for a in data["anomalies"]],
                linestyle="none", marker="D", markersize=9, markerfacecolor="none", markeredgecolor="#d62728",
                markeredgewidth=1.8, label="anomaly", zorder=4)
    ax.axhline(0, color="0.75", linewidth=0.8, zorder=1)
    values = [v for r in rolling for v in r[1:] if v is not None]
    values += [p[1] for pts in by_source.values() for p in pts.values() if p[1] is not None]
    ax.set_ylim(max(min([-0.25, *values]) - 0.1, -1.05), min(max([0.25, *values]) + 0.1, 1.05))
    ax.set_ylabel("mean score (p+ − p−)")

    market_handles: list[Any] = []
    if market is not None:
        market.set_ylim(-0.04, 1.04)
        market.set_yticks([0, 0.5, 1.0])
        market.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        market.set_ylabel("market (yes)")
        market.grid(axis="y", color="0.92", linewidth=0.8)
        # Lines widest first (a narrower one on the same prices shows inside it), then every symbol on top.
        for rank, (entry, width) in enumerate(zip(shown, market_widths(len(shown)))):
            style = {"color": entry["colour"], "linestyle": MPL_DASHES[entry["dash"]], "linewidth": width * 0.8}
            symbol = {"marker": MPL_MARKERS[market_symbol(rank)], "markersize": 7, "markerfacecolor": entry["colour"],
                      "markeredgecolor": "white", "markeredgewidth": 0.8}
            pts = entry["points"]
            if len(pts) > 1:
                market.step([p[0] for p in pts], [p[1] for p in pts], where="post", zorder=2 + rank * 0.01, **style)
            marks = marker_days(pts, rank, len(shown), first, last) if len(pts) > 1 else pts
            market.plot([d for d, _ in marks], [v for _, v in marks], linestyle="none", zorder=4, **symbol)
            label = "\n".join(wrap_label(f"{platform_name(entry['platform'], entry['market_id'])}: "
                                         f"{entry['question']}", PNG_LEGEND_WRAP))
            market_handles.append((Line2D([], [], **style, **symbol), label))

    impacts: dict[str, list[str]] = {}
    for kind, source, difference, ci_low, ci_high in data["impacts"]:
        impacts.setdefault(kind, []).append(f"{source} Δ {_signed(difference)} [{_signed(ci_low)}, {_signed(ci_high)}]")
    vol.set_xlim(mdates.date2num(first) - 0.5, mdates.date2num(last) + 0.5)
    top_notes: list[tuple[Any, bool]] = []
    strip_notes: list[Any] = []
    for event_model, kind, occurred_at in data["events"]:
        when = occurred_at.astimezone(timezone.utc).replace(tzinfo=None)
        own = event_model == model_id
        colour = EVENT_COLOUR if own else CONTEXT_EVENT_COLOUR
        for axis in panels:
            axis.axvline(when, color=colour, linewidth=1.4, linestyle="-" if own else ":", zorder=1)
        text = " · ".join([f"{event_model} {kind}", *(impacts.get(kind, []) if own else [])])
        note = ax.annotate(text, (mdates.date2num(when), 1.0), xycoords=("data", "axes fraction"),
                           xytext=(0, 4), textcoords="offset points", color=colour, fontsize=8.5, va="bottom",
                           ha="left", fontweight="bold" if own else "normal", annotation_clip=False,
                           bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"})
        top_notes.append((note, own))
        labels = market_labels(shown, when.date()) if own and market is not None else []
        if labels:
            strip_notes.append(_market_note(market, labels, mdates.date2num(when), 0.0))

    # The legend, below the bottom panel; long market questions wrapped over lines.
    handles, labels = [], []
    for axis in (ax, vol):
        h, lab = axis.get_legend_handles_labels()
        handles += h
        labels += lab
    handles += [h for h, _ in market_handles]
    labels += [lab for _, lab in market_handles]
    if uncovered:
        handles.append(Patch(color="0.5", alpha=0.16, linewidth=0))
        labels.append("no coverage (no source ran)")
    if data["events"]:
        handles.append(Line2D([], [], color=EVENT_COLOUR, linewidth=1.4))
        labels.append("release / retirement")
    legend = fig.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.075, 0.005), ncol=3, fontsize=8.5,
                        frameon=False) if handles else None

    vol.set_ylabel("documents")
    vol.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True, min_n_ticks=2))
    vol.set_ylim(0, max(1, *bottom))  # a window without documents still has whole-number ticks
    vol.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
    vol.xaxis.set_minor_locator(mdates.DayLocator())
    vol.xaxis.set_major_formatter(mdates.DateFormatter("%a %d %b"))
    for axis in panels[:-1]:
        axis.tick_params(labelbottom=False)
    for axis in panels:
        axis.spines["top"].set_visible(False)
        axis.spines["right"].set_visible(False)

    # Layout, measured: event labels packed into rows above the top panel, the grid between them and the legend.
    fig_w, fig_h = fig.bbox.width, fig.bbox.height
    plot_left, plot_right = 0.075 * fig_w, 0.975 * fig_w

    def place(artist: Any, set_left: Any, set_right: Any, set_centre: Any) -> tuple[float, float]:
        """Right of its line where it fits, else left of it, else centred; returns its pixel span."""
        extent = artist.get_window_extent(renderer)
        if extent.x1 > plot_right:
            set_right()
            extent = artist.get_window_extent(renderer)
            if extent.x0 < plot_left:
                set_centre()
                extent = artist.get_window_extent(renderer)
        return extent.x0, extent.x1

    top_spans = [place(n, lambda n=n: n.set_horizontalalignment("right"), lambda n=n: n.set_horizontalalignment(
        "right"), lambda n=n: n.set_horizontalalignment("center")) for n, _ in top_notes]
    strip_spans = []
    for i, box in enumerate(strip_notes):  # an AnnotationBbox keeps its alignment: replaced to move it
        extent = box.get_window_extent(renderer)
        if extent.x1 > fig_w - 4:  # hangs left of its line; centred where neither side has room
            for align in (1.0, 0.5):
                box.remove()
                box = strip_notes[i] = _market_note(market, box.labels, box.xy[0], align)
                extent = box.get_window_extent(renderer)
                if extent.x0 >= 4:
                    break
        strip_spans.append((extent.x0, extent.x1))
    top_rows = pack_rows(top_spans, [own for _, own in top_notes])
    strip_rows = pack_rows(strip_spans)
    for (note, _), row in zip(top_notes, top_rows):
        note.set_position((0, 4 + PNG_ROW_PT * row))
    for box, row in zip(strip_notes, strip_rows):
        box.xybox = (0, 3 + PNG_ROW_PT * row)
    n_top = max(top_rows, default=-1) + 1
    n_strip = max(strip_rows, default=-1) + 1
    if market is not None and n_strip > 1:  # a taller strip for more rows of market labels
        heights[1] += (n_strip - 1) * PNG_ROW_PT * CHART_DPI / 72
        grid.set_height_ratios(heights)
    title_px = title.get_window_extent(renderer).height + 8
    top = 1 - (title_px + n_top * PNG_ROW_PT * CHART_DPI / 72 + 10) / fig_h
    legend_px = legend.get_window_extent(renderer).height if legend is not None else 0
    bottom = (legend_px + 8 + PNG_TICKS_PX) / fig_h
    grid.update(top=top, bottom=bottom)
    for axis in panels:
        axis.set_position(axis.get_subplotspec().get_position(fig))
    return fig


def _market_note(axis: Any, labels: list[tuple[str, str]], x: float, align: float) -> Any:
    """The markets' prices the day before an event, each in its market's colour, above the market panel at x
    (data), its left edge (align 0), centre (0.5) or right edge (1) there."""
    from matplotlib.offsetbox import AnnotationBbox, HPacker, TextArea

    pieces = [TextArea(t, textprops={"color": c, "fontsize": 8.5, "fontweight": "bold"}) for t, c in labels]
    box = AnnotationBbox(HPacker(children=pieces, sep=10, pad=0), (x, 1.0), xycoords=("data", "axes fraction"),
                         box_alignment=(align, 0), frameon=False, pad=0, xybox=(0, 3), boxcoords="offset points",
                         annotation_clip=False)
    box.labels = labels
    axis.add_artist(box)
    return box


# ------------------------------------------------------------------------------------------------ report

HTML_STYLE = ("body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:1em 0}"
              "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}td.n{text-align:right}"
              "img{max-width:100%;border:1px solid #eee}")


def html_value(column: str, value: Any) -> str:
    """A table cell for people: dates as dates, times to the minute in UTC, scores at two decimals."""
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if column.startswith("z_") or "n_docs" in column:
            return f"{value:.1f}"
        signed = column.endswith(("change", "difference")) or column.startswith(("mean", "ci_", "baseline_mean"))
        text = f"{value:+.2f}" if signed else f"{value:.2f}"
        return "0.00" if text in ("+0.00", "-0.00") else text.replace("-", "\u2212")
    return str(value)


def _table(columns: Sequence[str], rows: Sequence[dict[str, Any]], empty: str) -> str:
    if not rows:
        return f"<p>{html.escape(empty)}</p>"
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c)
            klass = ' class="n"' if isinstance(value, int | float) and not isinstance(value, bool) else ""
            cells.append(f"<td{klass}>{html.escape(html_value(c, value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>\n" + "\n".join(body) + "</table>"


def _report_links(reports: dict[str, str]) -> list[str]:
    if not reports:
        return []
    items = "".join(f'<li><a href="{html.escape(link, quote=True)}">{html.escape(name.removesuffix(".html"))}</a></li>'
                    for name, link in sorted(reports.items()))
    return ["<h2>Story reports</h2>",
            "<p>The whole collected period per model, interactive (works offline):</p>", f"<ul>{items}</ul>"]


def index_html(week: str, first: date, last: date, movers: Sequence[dict[str, Any]],
               anomalies: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]], charts: Sequence[tuple[str, str]],
               reports: dict[str, str] | None = None) -> bytes:
    """The week's report; every text is escaped, so nothing from a document can become markup or script."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>tracker: week {esc(week)}</title>",
        f"<style>{HTML_STYLE}</style></head><body>",
        f"<h1>Week {esc(week)} ({esc(first.isoformat())} to {esc(last.isoformat())})</h1>",
        '<p>Data: <a href="trends.csv">trends.csv</a> (one row per model and source), '
        '<a href="events.csv">events.csv</a> (release events around this week). Mean score = p(positive) - '
        "p(negative), in [-1, 1]; empty cells are missing data.</p>",
        *_report_links(reports or {}),
        "<h2>Top movers</h2>",
        _table(("model_id", "source", "n_docs", "mean_score", "mean_score_change", "coverage_status"), movers,
               "No week-over-week change to report."),
        "<h2>Anomalies</h2>",
        _table(ANOMALY_COLUMNS, anomalies, "No anomalies flagged this week."),
        "<h2>Release events</h2>",
        _table(("model_id", "kind", "occurred_at", "source", "status", "n_before", "mean_before", "n_after",
                "mean_after", "difference", "ci_low", "ci_high"), events, "No release events near this week."),
        "<h2>Charts</h2>",
    ]
    if not charts:
        parts.append("<p>No model has data in the chart window.</p>")
    for model_id, file_name in charts:
        link = (reports or {}).get(report_file_name(model_id))
        story = f' <small><a href="{esc(link, quote=True)}">story report</a></small>' if link else ""
        parts.append(f"<h3>{esc(model_id)}{story}</h3>")
        parts.append(f'<img src="{esc(file_name, quote=True)}" alt="{esc(model_id, quote=True)} chart" '
                     f'width="{int(CHART_SIZE_IN[0] * CHART_DPI)}" height="{int(CHART_SIZE_IN[1] * CHART_DPI)}">')
    parts.append("</body></html>")
    return ("\n".join(parts) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------------------------ export


def _utc_today() -> date:
    return datetime.now(timezone.utc).date()


MAX_SINCE_WEEKS = 104  # `--since` beyond two years is more likely a typo than a wish for a hundred empty folders


def week_has_data(con: duckdb.DuckDBPyConnection, first: date, last: date) -> bool:
    """Any document (labelled or not yet) or market price between first and last (UTC days)."""
    return bool(con.execute(
        "SELECT (SELECT count(*) FROM documents WHERE CAST(created_at AT TIME ZONE 'UTC' AS DATE) BETWEEN ? AND ?) "
        "+ (SELECT count(*) FROM market_prices WHERE CAST(ts AT TIME ZONE 'UTC' AS DATE) BETWEEN ? AND ?)",
        [first, last, first, last]).fetchone()[0])


def write_week(con: duckdb.DuckDBPyConnection, root: Path, week: str,
               reports: dict[str, str] | None = None, seed: int = 0) -> Path:
    """Write one ISO week's folder from the views (read-only connection) and return it.

    `reports` maps model ids to their story page (a path relative to the week's folder) for the index to link.
    """
    first = parse_week(week)
    last = first + timedelta(days=6)
    folder = safe_path(root, "weekly", week)
    folder.mkdir(parents=True, exist_ok=True)

    trends = weekly_rows(con, week=week)
    events = event_rows(con, first, last)
    anomalies = anomaly_rows(con, first, last)
    _write(folder / "trends.csv", csv_bytes(TRENDS_CSV_COLUMNS, trends))
    _write(folder / "events.csv", csv_bytes(EVENTS_CSV_COLUMNS, events))

    chart_first = last - timedelta(days=CHART_DAYS - 1)
    charts = []
    for model_id in chart_models(con, chart_first, last):
        path = safe_path(folder, f"{file_stem(model_id)}.png")
        _write(path, chart_png(model_id, _chart_data(con, model_id, chart_first, last), chart_first, last, seed))
        charts.append((model_id, path.name))
    # A model that had data in an earlier export of this week but has none now leaves no stale chart behind.
    for stale in sorted(set(p.name for p in folder.glob("*.png")) - {name for _, name in charts}):
        (folder / stale).unlink()
    _write(folder / "index.html", index_html(week, first, last, top_movers(trends), anomalies, events, charts,
                                             reports or {}))
    log.info("export: wrote %s (%d trend rows, %d events, %d charts)", folder, len(trends), len(events), len(charts))
    return folder


def export_weeks(con: duckdb.DuckDBPyConnection, week: str | None = None, since: date | str | None = None, *,
                 until: date | None = None, force: bool = False) -> list[str]:
    """The ISO weeks an export writes, checked before anything is written.

    The default week is the last complete one up to `until` (default: the last day with documents), so an
    export of a warehouse filled months ago exports its data, not the empty week before today.
    """
    if week and since:
        raise ExportError("give either week or since, not both")
    last_day = last_data_day(con)
    if last_day is None:
        raise ExportError("the warehouse has no documents yet (run `tracker ingest`); nothing written")
    end = until or last_day
    if since is not None:
        since_day = date.fromisoformat(since) if isinstance(since, str) else since
        # The day after `end` as "today": a week ending on `end` counts as complete.
        weeks = weeks_since(since_day, end + timedelta(days=1))
        if not weeks:
            raise ExportError(f"no complete ISO week between {since_day} and {end}; nothing written")
        if len(weeks) > MAX_SINCE_WEEKS and not force:
            raise ExportError(f"{since_day} to {end} is {len(weeks)} weeks (more than {MAX_SINCE_WEEKS}); "
                              "narrow --since or add --force; nothing written")
    else:
        weeks = [week or last_complete_week(end + timedelta(days=1))]
    for name in weeks:
        try:
            parse_week(name)
        except ValueError as exc:
            raise ExportError(str(exc)) from None
    first_day, last_day_of_range = parse_week(weeks[0]), parse_week(weeks[-1]) + timedelta(days=6)
    if not week_has_data(con, first_day, last_day_of_range):
        span = f"week {weeks[0]}" if len(weeks) == 1 else f"weeks {weeks[0]} to {weeks[-1]}"
        raise ExportError(f"no documents or market prices in {span} ({first_day} to {last_day_of_range}; "
                          f"data ends {last_day}); nothing written")
    return weeks


def export_week(warehouse: Warehouse, cfg: Config, week: str | None = None, since: date | str | None = None, *,
                today: date | None = None, until: date | None = None, force: bool = False,
                refresh: bool = True, story: bool = True) -> Path:
    """Export one ISO week (default: the last complete one up to the last day with data), or every week from
    `since` on, plus the story page of every model (linked from each week's index.html).

    `today` is the old name of `until`. Returns the folder of the (last) week written. Views are refreshed
    first unless refresh=False. Raises ExportError, writing nothing, for a range without documents.
    """
    if refresh:
        refresh_views(warehouse, cfg)
    root = export_root(cfg)
    with warehouse.read() as con:
        weeks = export_weeks(con, week, since, until=until or today, force=force)
        reports: dict[str, str] = {}
        if story:
            try:
                for path in write_reports(con, cfg):
                    reports[path.name] = os.path.relpath(path, root / "weekly" / weeks[0])
            except ReportError as exc:  # documents not labelled yet: the week's files still have their use
                log.info("export: no story reports: %s", exc)
        folders = [write_week(con, root, name, reports, cfg.trends.bootstrap_seed) for name in weeks]
    return folders[-1]
