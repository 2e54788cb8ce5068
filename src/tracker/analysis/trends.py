"""Trend views: apply sql/views/*.sql, materialize their base table and bootstrap intervals, query helpers."""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import duckdb
import numpy as np

from tracker.config import Config
from tracker.warehouse.runs import RunStats
from tracker.warehouse.database import Warehouse, view_files

log = logging.getLogger("tracker.analysis.trends")

WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
IMPACT_BEFORE = (-14, -1)  # day offsets averaged before an event
IMPACT_AFTER = (0, 13)  # and after it (the release day counts as after)


# ------------------------------------------------------------------------------------------------ settings


def configured_classifier(cfg: Config) -> str:
    """The classifier version the views read; the model name when the classifier module cannot say."""
    try:
        from tracker.sentiment.classify import classifier_version
    except ImportError:
        return cfg.classifier.model
    try:
        return classifier_version(cfg)
    except (FileNotFoundError, OSError) as exc:
        # No artifact means no labels of that version can exist; the name keeps the views valid (and empty).
        log.warning("classifier version unknown (%s); views read classifier %r", exc, cfg.classifier.model)
        return cfg.classifier.model


def configured_target_classifier(cfg: Config) -> str:
    """The per-mention scorer version the views read (see tracker.sentiment.targets)."""
    from tracker.sentiment.targets import PASSAGE_PREFIX, target_classifier_version

    try:
        return target_classifier_version(cfg)
    except (FileNotFoundError, OSError, ValueError) as exc:
        # As for the whole-text version: no artifact, no scores of that version; a name keeps the views valid.
        log.warning("target scorer version unknown (%s)", exc)
        return cfg.classifier.target_model or PASSAGE_PREFIX + configured_classifier(cfg)


def view_settings(cfg: Config, classifier: str, target_classifier: str | None = None) -> dict[str, str]:
    return {
        "classifier": classifier,
        "target_classifier": target_classifier or configured_target_classifier(cfg),
        "anomaly_z": repr(float(cfg.trends.anomaly_z)),
        "anomaly_min_baseline_days": str(cfg.trends.anomaly_min_baseline_days),
        "min_event_n": str(cfg.trends.min_event_n),
    }


def _write_settings(con: duckdb.DuckDBPyConnection, cfg: Config, classifier: str, target_classifier: str) -> None:
    con.execute("DELETE FROM view_settings")
    con.executemany("INSERT INTO view_settings VALUES (?, ?)",
                    sorted(view_settings(cfg, classifier, target_classifier).items()))


# ------------------------------------------------------------------------------------------------ bootstrap


def bootstrap_difference(
    before: Sequence[tuple[int, float]],
    after: Sequence[tuple[int, float]],
    samples: int,
    seed: Sequence[int] | int,
) -> tuple[float, float]:
    """95% percentile interval of mean(after) - mean(before), resampling days with replacement.

    Each side is a list of (n_docs, score_sum) per day with documents. Documents of one day react to the same
    news, so days (not documents) are the independent units; a resampled side's mean is its pooled mean.
    """
    if len(before) < 1 or len(after) < 1:
        raise ValueError("both sides need at least one day with documents")
    rng = np.random.default_rng(seed)

    def resampled_means(days: Sequence[tuple[int, float]]) -> np.ndarray:
        n = np.array([d[0] for d in days], dtype=np.float64)
        s = np.array([d[1] for d in days], dtype=np.float64)
        idx = rng.integers(0, len(days), size=(samples, len(days)))
        return s[idx].sum(axis=1) / n[idx].sum(axis=1)

    diffs = resampled_means(after) - resampled_means(before)
    low, high = np.percentile(diffs, [2.5, 97.5])
    return float(low), float(high)


def event_seed(cfg: Config, model_id: str, kind: str, source: str) -> list[int]:
    """Per-event seed: an event's interval does not change when other events are added."""
    return [cfg.trends.bootstrap_seed, zlib.crc32(f"{model_id}\x00{kind}\x00{source}".encode())]


def _fill_intervals(con: duckdb.DuckDBPyConnection, cfg: Config) -> int:
    rows = con.execute(
        "SELECT model_id, kind, source, day_offset, n_docs, score_sum FROM event_window_sums "
        "WHERE n_docs > 0 AND day_offset BETWEEN ? AND ? ORDER BY model_id, kind, source, day_offset",
        [IMPACT_BEFORE[0], IMPACT_AFTER[1]],
    ).fetchall()
    groups: dict[tuple[str, str, str], tuple[list[tuple[int, float]], list[tuple[int, float]]]] = {}
    for model_id, kind, source, offset, n_docs, score_sum in rows:
        before, after = groups.setdefault((model_id, kind, source), ([], []))
        (before if offset < 0 else after).append((int(n_docs), float(score_sum)))
    out = []
    min_n = cfg.trends.min_event_n
    for (model_id, kind, source), (before, after) in sorted(groups.items()):
        n_before, n_after = sum(d[0] for d in before), sum(d[0] for d in after)
        if n_before < min_n or n_after < min_n or len(before) < 2 or len(after) < 2:
            continue  # the view reports these as insufficient data
        low, high = bootstrap_difference(before, after, cfg.trends.bootstrap_samples,
                                         event_seed(cfg, model_id, kind, source))
        out.append((model_id, kind, source, low, high, cfg.trends.bootstrap_samples))
    con.execute("DELETE FROM event_impact_intervals")
    if out:
        con.executemany("INSERT INTO event_impact_intervals VALUES (?, ?, ?, ?, ?, ?)", out)
    return len(out)


# ------------------------------------------------------------------------------------------------ the stage

# Python steps that run right after the view file of that name: the settings must exist before the base table
# is built from them, and the intervals table must be filled before anything reads event_impact.
def _hooks(cfg: Config, classifier: str, target_classifier: str) -> dict[str, Callable[[duckdb.DuckDBPyConnection], Any]]:
    return {
        "020_view_settings": lambda con: _write_settings(con, cfg, classifier, target_classifier),
        "026_event_impact": lambda con: _fill_intervals(con, cfg),
    }


CREATED = re.compile(r"CREATE\s+OR\s+REPLACE\s+(TABLE|VIEW)\s+(\w+)", re.IGNORECASE)


def _drop_other_kind(con: duckdb.DuckDBPyConnection, name: str, kind: str) -> None:
    """A view file that turns a view into a table (or back) must drop the old object first."""
    row = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    if row is None:
        return
    existing = "VIEW" if row[0] == "VIEW" else "TABLE"
    if existing != kind:
        con.execute(f"DROP {existing} {name}")


def refresh_views(warehouse: Warehouse, cfg: Config, stats: RunStats | None = None, *,
                  classifier: str | None = None, target_classifier: str | None = None, **_clients: Any) -> None:
    """Apply every sql/views file in order (CREATE OR REPLACE) in one write, rebuilding the materialized parts.

    `classifier` is the whole-text label version (doc_label), `target_classifier` the per-mention score version
    every perception measure reads; both default to the configured ones."""
    classifier = classifier or configured_classifier(cfg)
    target_classifier = target_classifier or configured_target_classifier(cfg)
    hooks = _hooks(cfg, classifier, target_classifier)
    with warehouse.write() as con:
        for name, sql in view_files():
            for kind, obj in CREATED.findall(sql):
                _drop_other_kind(con, obj, kind.upper())
            con.execute(sql)
            if name in hooks:
                hooks[name](con)
        scored = con.execute("SELECT coalesce(sum(n_docs), 0) FROM daily_sums WHERE community <> '*'").fetchone()[0]
    if stats is not None:
        stats.fetched += int(scored)
    log.info("trends: views refreshed for classifier %s (%d scored mentions)", classifier, scored)


def views_ready(warehouse: Warehouse) -> bool:
    with warehouse.read() as con:
        return bool(con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'anomalies'").fetchone()[0])


# ------------------------------------------------------------------------------------------------ weeks


def parse_week(week: str) -> date:
    """'2026-W17' -> Monday of that ISO week; ValueError for anything else."""
    match = WEEK_RE.match(week or "")
    if not match:
        raise ValueError(f"week must look like 2026-W17, got {week!r}")
    try:
        return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise ValueError(f"no ISO week {week!r}") from None


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def last_complete_week(today: date) -> str:
    """The ISO week before the one `today` falls in (the current week is not over until Sunday ends)."""
    return week_label(today - timedelta(days=today.isoweekday()))


def weeks_since(since: date, today: date) -> list[str]:
    """Every ISO week from the one holding `since` through the last complete week."""
    last = parse_week(last_complete_week(today))
    start = since - timedelta(days=since.isoweekday() - 1)
    weeks = []
    while start <= last:
        weeks.append(week_label(start))
        start += timedelta(days=7)
    return weeks


# ------------------------------------------------------------------------------------------------ queries


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


WEEKLY_COLUMNS = ("week", "week_start", "model_id", "source", "community", "coverage_status", "n_docs",
                  "days_observed", "days_missing", "mean_score", "weighted_mean_score", "share_positive",
                  "share_neutral", "share_negative", "mean_score_change", "n_docs_change")


def last_data_day(con: duckdb.DuckDBPyConnection) -> date | None:
    """The last UTC day with labelled documents of any model, else with any document; None for an empty one.

    Every default window ends here, not today: the views' days run on past the last document while runs keep
    covering days without any (true zeros), and a warehouse filled months ago has nothing to show for today."""
    labelled = con.execute("SELECT max(day) FROM daily_sums WHERE community = '*' AND n_docs > 0").fetchone()[0]
    if labelled is not None:
        return labelled
    return con.execute("SELECT max(CAST(created_at AT TIME ZONE 'UTC' AS DATE)) FROM documents").fetchone()[0]


def weekly_rows(con: duckdb.DuckDBPyConnection, *, week: str | None = None, model: str | None = None,
                community: str = "*", last_weeks: int | None = None,
                until: date | None = None) -> list[dict[str, Any]]:
    """weekly_trends rows (all communities pooled by default), ordered by week, model, source.

    `last_weeks` counts back from the week holding `until` (default: the last day with documents), and no
    week after that one is shown.
    """
    if last_weeks and until is None:
        until = last_data_day(con)
        if until is None:
            return []
    where, params = ["community = ?"], [community]
    if until:
        where.append("week_start <= ?")
        params.append(until)
    if week:
        where.append("week = ?")
        params.append(week)
    if model:
        where.append("model_id = ?")
        params.append(model)
    if last_weeks:
        where.append("week_start > CAST(date_trunc('week', ?::DATE) AS DATE) - ?::INTEGER * 7")
        params.extend([until, last_weeks])
    cols = ", ".join(WEEKLY_COLUMNS)
    return _records(con, f"SELECT {cols} FROM weekly_trends WHERE {' AND '.join(where)} "
                         "ORDER BY week_start, model_id, source, community", params)


EVENT_COLUMNS = ("model_id", "kind", "occurred_at", "event_source", "source", "status", "n_before", "days_before",
                 "days_missing_before", "mean_before", "n_after", "days_after", "days_missing_after", "mean_after",
                 "difference", "ci_low", "ci_high")


def event_rows(con: duckdb.DuckDBPyConnection, first_day: date, last_day: date) -> list[dict[str, Any]]:
    """event_impact rows for events whose -14..+14 window overlaps [first_day, last_day]."""
    cols = ", ".join(EVENT_COLUMNS)
    return _records(
        con,
        f"SELECT {cols} FROM event_impact "
        "WHERE CAST(occurred_at AT TIME ZONE 'UTC' AS DATE) BETWEEN ? - 14 AND ? + 14 "
        "ORDER BY occurred_at, model_id, kind, source",
        [first_day, last_day],
    )


ANOMALY_COLUMNS = ("day", "model_id", "source", "flag_reason", "n_docs", "baseline_n_docs", "z_volume",
                   "mean_score", "baseline_mean_score", "z_score", "baseline_days")


def anomaly_rows(con: duckdb.DuckDBPyConnection, first_day: date, last_day: date) -> list[dict[str, Any]]:
    cols = ", ".join(ANOMALY_COLUMNS)
    return _records(con, f"SELECT {cols} FROM anomalies WHERE flagged AND day BETWEEN ? AND ? "
                         "ORDER BY day, model_id, source", [first_day, last_day])


def top_movers(rows: Sequence[dict[str, Any]], limit: int = 5) -> list[dict[str, Any]]:
    """Weekly rows with the largest absolute week-over-week change in mean score (ties by model, source)."""
    moved = [r for r in rows if r["mean_score_change"] is not None]
    moved.sort(key=lambda r: (-round(abs(r["mean_score_change"]), 9), r["model_id"], r["source"]))
    return moved[:limit]


def current_alerts(warehouse: Warehouse, cfg: Config, *, today: date | None = None, days: int = 7,
                   refresh: bool = False) -> list[dict[str, Any]]:
    """Flagged anomalies of the last `days` days up to `today` (default: the last day with data)."""
    if refresh or not views_ready(warehouse):
        refresh_views(warehouse, cfg)
    with warehouse.read() as con:
        if today is None:
            today = con.execute("SELECT max(day) FROM anomalies WHERE n_docs > 0").fetchone()[0]
            if today is None:
                return []
        return anomaly_rows(con, today - timedelta(days=days - 1), today)
