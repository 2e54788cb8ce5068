"""Weekly exports: trends.csv, events.csv, one PNG chart per model and an index.html report per ISO week."""

from __future__ import annotations

import csv
import html
import io
import logging
import math
import os
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb

from tracker.config import Config
from tracker.analysis.trends import (
    ANOMALY_COLUMNS,
    EVENT_COLUMNS,
    anomaly_rows,
    event_rows,
    last_complete_week,
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
CHART_SIZE_IN = (8.0, 5.0)
CHART_DPI = 100  # 800 x 500 pixels
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
    daily = con.execute(
        "SELECT day, source, n_docs, mean_score FROM daily_sentiment WHERE model_id = ? AND community = '*' "
        "AND day BETWEEN ? AND ? ORDER BY source, day", [model_id, first, last]).fetchall()
    prices = con.execute(
        "SELECT market_id, day, probability FROM perception_vs_market WHERE model_id = ? AND probability IS NOT NULL "
        "AND day BETWEEN ? AND ? ORDER BY market_id, day", [model_id, first, last]).fetchall()
    events = con.execute(
        "SELECT kind, occurred_at FROM release_events_preferred WHERE model_id = ? "
        "AND CAST(occurred_at AT TIME ZONE 'UTC' AS DATE) BETWEEN ? AND ? ORDER BY occurred_at, kind",
        [model_id, first, last]).fetchall()
    return {"daily": daily, "prices": prices, "events": events}


def chart_models(con: duckdb.DuckDBPyConnection, first: date, last: date) -> list[str]:
    rows = con.execute(
        "SELECT model_id FROM daily_sentiment WHERE community = '*' AND n_docs > 0 AND day BETWEEN ? AND ? "
        "UNION SELECT model_id FROM perception_vs_market WHERE probability IS NOT NULL AND day BETWEEN ? AND ? "
        "ORDER BY model_id", [first, last, first, last]).fetchall()
    return [r[0] for r in rows]


def chart_png(model_id: str, data: dict[str, Any], first: date, last: date) -> bytes:
    """Daily mean score per source (gaps where a day is missing), volume bars, market probability on a second
    axis and a vertical marker per release event; same data, same bytes."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    by_source: dict[str, dict[date, tuple[Any, Any]]] = {}
    for day, source, n_docs, mean_score in data["daily"]:
        by_source.setdefault(source, {})[day] = (n_docs, mean_score)

    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": 8}):
        fig = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
        FigureCanvasAgg(fig)
        grid = fig.add_gridspec(2, 1, height_ratios=(3, 1), hspace=0.08, left=0.08, right=0.92, top=0.92, bottom=0.1)
        ax = fig.add_subplot(grid[0])
        vol = fig.add_subplot(grid[1], sharex=ax)
        ax.set_title(f"{model_id}: daily sentiment, volume and markets, {first.isoformat()} to {last.isoformat()}")
        bottom = [0.0] * len(days)
        for i, (source, points) in enumerate(sorted(by_source.items())):
            color = f"C{i}"
            scores = [points.get(d, (None, None))[1] for d in days]
            ax.plot(days, [math.nan if s is None else s for s in scores], marker="o", markersize=3, color=color,
                    label=f"{source} mean score")
            counts = [points.get(d, (None, None))[0] for d in days]
            heights = [0 if c is None else c for c in counts]
            vol.bar(days, heights, bottom=bottom, width=0.8, color=color, label=f"{source} documents")
            bottom = [b + h for b, h in zip(bottom, heights)]
            missing = [d for d, c in zip(days, counts) if c is None]
            if missing:
                vol.plot(missing, [0] * len(missing), linestyle="none", marker="x", color=color,
                         label=f"{source} missing")
        ax.axhline(0, color="0.7", linewidth=0.8)
        ax.set_ylim(-1.05, 1.05)
        ax.set_ylabel("mean score (p+ - p-)")
        market = ax.twinx()
        market.set_ylim(0, 1)
        market.set_ylabel("market probability")
        markets: dict[str, list[tuple[date, float]]] = {}
        for market_id, day, probability in data["prices"]:
            markets.setdefault(market_id, []).append((day, probability))
        for j, (market_id, points) in enumerate(sorted(markets.items())):
            market.step([p[0] for p in points], [p[1] for p in points], where="post", linestyle="--",
                        color=f"C{j + 5}", label=market_id[:60])
        for kind, occurred_at in data["events"]:
            when = occurred_at.astimezone(timezone.utc).replace(tzinfo=None)
            for axis in (ax, vol):
                axis.axvline(when, color="crimson", linewidth=1, linestyle=":")
            ax.annotate(kind, (mdates.date2num(when), 1.0), xytext=(2, -10), textcoords="offset points",
                        color="crimson", fontsize=7)
        handles, labels = ax.get_legend_handles_labels()
        more_h, more_l = market.get_legend_handles_labels()
        if handles or more_h:
            ax.legend(handles + more_h, labels + more_l, loc="lower left", fontsize=7)
        vol.set_ylabel("documents")
        vol.set_xlim(mdates.date2num(first) - 0.5, mdates.date2num(last) + 0.5)
        vol.xaxis.set_major_locator(mdates.DayLocator(interval=7))
        vol.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.tick_params(labelbottom=False)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=CHART_DPI, metadata={"Software": None})
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------------ report

HTML_STYLE = ("body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:1em 0}"
              "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}td.n{text-align:right}"
              "img{max-width:100%;border:1px solid #eee}")


def _table(columns: Sequence[str], rows: Sequence[dict[str, Any]], empty: str) -> str:
    if not rows:
        return f"<p>{html.escape(empty)}</p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c)
            klass = ' class="n"' if isinstance(value, int | float) and not isinstance(value, bool) else ""
            cells.append(f"<td{klass}>{html.escape(format_value(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>\n" + "\n".join(body) + "</table>"


def index_html(week: str, first: date, last: date, movers: Sequence[dict[str, Any]],
               anomalies: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]], charts: Sequence[tuple[str, str]]) -> bytes:
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
        parts.append(f"<h3>{esc(model_id)}</h3>")
        parts.append(f'<img src="{esc(file_name, quote=True)}" alt="{esc(model_id, quote=True)} chart" '
                     f'width="{int(CHART_SIZE_IN[0] * CHART_DPI)}" height="{int(CHART_SIZE_IN[1] * CHART_DPI)}">')
    parts.append("</body></html>")
    return ("\n".join(parts) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------------------------ export


def _utc_today() -> date:
    return datetime.now(timezone.utc).date()


def write_week(con: duckdb.DuckDBPyConnection, root: Path, week: str) -> Path:
    """Write one ISO week's folder from the views (read-only connection) and return it."""
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
        _write(path, chart_png(model_id, _chart_data(con, model_id, chart_first, last), chart_first, last))
        charts.append((model_id, path.name))
    # A model that had data in an earlier export of this week but has none now leaves no stale chart behind.
    for stale in sorted(set(p.name for p in folder.glob("*.png")) - {name for _, name in charts}):
        (folder / stale).unlink()
    _write(folder / "index.html", index_html(week, first, last, top_movers(trends), anomalies, events, charts))
    log.info("export: wrote %s (%d trend rows, %d events, %d charts)", folder, len(trends), len(events), len(charts))
    return folder


def export_week(warehouse: Warehouse, cfg: Config, week: str | None = None, since: date | str | None = None, *,
                today: date | None = None, refresh: bool = True) -> Path:
    """Export one ISO week (default: the last complete one before `today`), or every week from `since` on.

    Returns the folder of the (last) week written. Views are refreshed first unless refresh=False.
    """
    if week and since:
        raise ExportError("give either week or since, not both")
    today = today or _utc_today()
    if since is not None:
        since_day = date.fromisoformat(since) if isinstance(since, str) else since
        weeks = weeks_since(since_day, today)
        if not weeks:
            raise ExportError(f"no complete ISO week between {since_day} and {today}")
    else:
        weeks = [week or last_complete_week(today)]
    for name in weeks:
        try:
            parse_week(name)
        except ValueError as exc:
            raise ExportError(str(exc)) from None
    if refresh:
        refresh_views(warehouse, cfg)
    root = export_root(cfg)
    with warehouse.read() as con:
        folders = [write_week(con, root, name) for name in weeks]
    return folders[-1]
