"""Alerts that reach a person: the rules of `[alerts]`, each alert sent once per destination through Apprise.

Rules (each subject is sent once; see `collect_alerts`):

- `anomaly`: a flagged sentiment or volume anomaly of a tracked model (the `anomalies` view), subject
  '<model>:<source>:<day>';
- `candidate`: a model-like name the catalog does not know in at least N documents on one day
  (`model_candidates` / `name_daily`), subject the candidate id;
- `release_event`: a release event the radar proposed (`release_events` with status 'proposed'), subject its id;
- `market_move`: a market's probability moving at least X points between two UTC days' last prices, subject
  '<market>:<day>'.

Delivery (`send_alerts`): every alert goes to every configured Apprise URL, one destination at a time; the outcome
is written to `sent_alerts` keyed on (rule, subject, destination) right after each delivery. A sent alert is never
sent again to that destination; a failed one is tried again on the next run. The row is written after the
delivery: a crash between the two sends that alert again on the next run — at least once, never silently lost.

Secrets: a URL's secret parts are written `{env:NAME}` in the config and filled from the environment only when
sending. The database keeps a digest of the template and its scheme and host, and Apprise's and urllib3's log
lines are held at WARNING with every such value redacted while sending.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tracker.config import Config
from tracker.warehouse.database import Warehouse, utcnow
from tracker.warehouse.runs import RunStats

log = logging.getLogger("tracker.analysis.alerts")

ENV_PLACEHOLDER = re.compile(r"\{env:([A-Za-z_][A-Za-z0-9_]*)\}")
REDACTED = "[redacted]"
RULES = ("anomaly", "candidate", "release_event", "market_move")
_NOISY_LOGGERS = ("apprise", "urllib3", "urllib3.connectionpool", "requests")


@dataclass(frozen=True)
class Alert:
    rule: str
    subject: str
    title: str
    body: str
    link: str | None = None
    day: date | None = None

    @property
    def message(self) -> str:
        return self.body + (f"\n{self.link}" if self.link else "")


@dataclass
class SendReport:
    sent: list[tuple[Alert, str]] = field(default_factory=list)  # (alert, destination name)
    failed: list[tuple[Alert, str, str]] = field(default_factory=list)  # (alert, destination name, reason)
    already_sent: int = 0


# ------------------------------------------------------------------------------------------------ destinations


@dataclass(frozen=True)
class Destination:
    template: str  # the URL as configured, {env:NAME} placeholders unfilled: no secret

    @property
    def key(self) -> str:
        return hashlib.sha256(self.template.encode()).hexdigest()[:16]

    @property
    def name(self) -> str:
        """Scheme and host only (what a person needs to tell destinations apart, never a token)."""
        match = re.match(r"^([A-Za-z][\w+.-]*)://([^/?#]*)", self.template)
        if not match:
            return "(unparsed URL)"
        host = match.group(2).rsplit("@", 1)[-1]
        return f"{match.group(1)}://{ENV_PLACEHOLDER.sub('{env}', host)}"

    def env_names(self) -> list[str]:
        return ENV_PLACEHOLDER.findall(self.template)

    def resolve(self, environ: dict[str, str] | None = None) -> str:
        """The URL with each {env:NAME} filled (URL-quoted); KeyError names a variable that is not set."""
        environ = os.environ if environ is None else environ

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if not environ.get(name):
                raise KeyError(name)
            return quote(environ[name], safe="")

        return ENV_PLACEHOLDER.sub(fill, self.template)


def destinations(cfg: Config) -> list[Destination]:
    return [Destination(u) for u in dict.fromkeys(cfg.alerts.urls)]


def secret_values(cfg: Config, environ: dict[str, str] | None = None) -> list[str]:
    """The values (raw and URL-quoted) of every variable the alert URLs name: what must never be logged."""
    environ = os.environ if environ is None else environ
    values = {environ[n] for d in destinations(cfg) for n in d.env_names() if environ.get(n)}
    values |= {quote(v, safe="") for v in values}
    return sorted((v for v in values if len(v) >= 3), key=len, reverse=True)


class _Redact(logging.Filter):
    def __init__(self, secrets: Sequence[str]):
        super().__init__()
        self.secrets = list(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            text = record.getMessage()
            for secret in self.secrets:
                text = text.replace(secret, REDACTED)
            record.msg, record.args = text, None
        return True


@contextlib.contextmanager
def quiet_delivery_logs(secrets: Sequence[str]) -> Iterator[None]:
    """While sending: Apprise's and urllib3's loggers at WARNING (their debug lines print URLs and payloads), and
    any secret value in what they still log replaced by [redacted]."""
    redact = _Redact(secrets)
    saved = []
    for name in _NOISY_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
        logger.addFilter(redact)
    try:
        yield
    finally:
        for logger, level in saved:
            logger.setLevel(level)
            logger.removeFilter(redact)


Notifier = Callable[[str, str, str], bool]  # (url, title, body) -> delivered


def apprise_notify(url: str, title: str, body: str) -> bool:
    """Deliver one message to one Apprise URL; False when Apprise cannot parse the URL or the service refused it."""
    import apprise

    sender = apprise.Apprise()
    if not sender.add(url):
        return False
    return bool(sender.notify(title=title, body=body))


# ------------------------------------------------------------------------------------------------ rules


def _records(con, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row)) for row in cursor.fetchall()]


def report_link(cfg: Config, model_id: str) -> str:
    base = cfg.alerts.report_base_url
    if base:
        return f"{base.rstrip('/')}/{model_id}.html"
    return (cfg.resolve(cfg.trends.export_root) / "report" / f"{model_id}.html").resolve().as_uri()


def _signed(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:+.{digits}f}"


def _last_day(con) -> date | None:
    return con.execute("SELECT CAST(max(created_at) AT TIME ZONE 'UTC' AS DATE) FROM documents").fetchone()[0]


def anomaly_alerts(con, cfg: Config, first_day: date, last_day: date) -> list[Alert]:
    rows = _records(con, "SELECT day, model_id, source, flag_reason, n_docs, baseline_n_docs, z_volume, mean_score, "
                         "baseline_mean_score, z_score FROM anomalies WHERE flagged AND day BETWEEN ? AND ? "
                         "AND model_id IN (SELECT model_id FROM models) ORDER BY day, model_id, source",
                    [first_day, last_day])
    out = []
    for r in rows:
        title = f"{r['model_id']}: {r['flag_reason']} anomaly on {r['source']}, {r['day']}"
        body = (f"{r['n_docs']} mentions on {r['day']} against {r['baseline_n_docs']:.1f} a day before "
                f"(z {_signed(r['z_volume'], 1)}); mean score {_signed(r['mean_score'])} against "
                f"{_signed(r['baseline_mean_score'])} (z {_signed(r['z_score'], 1)}).")
        out.append(Alert("anomaly", f"{r['model_id']}:{r['source']}:{r['day']}", title, body,
                         report_link(cfg, r["model_id"]), r["day"]))
    return out


def candidate_alerts(con, cfg: Config, threshold: int) -> list[Alert]:
    """A candidate name's first day with at least `threshold` documents (all sources together)."""
    rows = _records(con, """
        WITH daily AS (
            SELECT candidate_id, day, sum(n_docs) AS n_docs FROM name_daily WHERE model_id IS NULL GROUP BY ALL
        ),
        crossed AS (
            SELECT candidate_id, min(day) AS day FROM daily WHERE n_docs >= ? GROUP BY candidate_id
        )
        SELECT c.*, x.day AS crossed_day, d.n_docs AS crossed_n_docs
        FROM model_candidates c JOIN crossed x USING (candidate_id)
        JOIN daily d ON d.candidate_id = x.candidate_id AND d.day = x.day
        ORDER BY x.day, c.candidate_id
        """, [threshold])
    out = []
    for r in rows:
        sources = ", ".join(f"{s['source']} {s['n_docs']}" for s in r["docs_by_source"])
        growth = f"{r['n_last_7d']} in the last 7 days against {r['n_prev_7d']} the 7 before"
        growth += f" (x{r['growth']:.1f})" if r["growth"] is not None else ""
        variants = f" Variants: {', '.join(r['variants'])}." if r["variants"] else ""
        release = (f" {r['n_release_docs']} of them with release words (\"released\", \"now available\", …)."
                   if r["n_release_docs"] else "")
        sample = r["samples"][0] if r["samples"] else None
        body = (f"A model name the catalog does not track: \"{r['spellings'][0]}\" ({r['candidate_id']}, "
                f"{r['vendor']}). {r['crossed_n_docs']} documents named it on {r['crossed_day']}; {r['n_docs']} in all "
                f"since it was first seen on {r['first_seen'].date()} ({sources}); {growth}.{variants}{release}"
                + (f"\nSample ({sample['source']}, {sample['day']}): \"{sample['excerpt']}\"" if sample else "")
                + f"\nTrack it: tracker models add {r['candidate_id']} --alias \"{r['spellings'][0]}\"")
        out.append(Alert("candidate", r["candidate_id"], f"New model name: {r['spellings'][0]}", body,
                         sample["url"] if sample and sample["url"] else None, r["crossed_day"]))
    return out


def event_alerts(con, cfg: Config) -> list[Alert]:
    rows = _records(con, "SELECT event_id, model_id, kind, occurred_at, url, note, evidence FROM release_events "
                         "WHERE status = 'proposed' ORDER BY occurred_at, event_id")
    out = []
    for r in rows:
        evidence = json.loads(r["evidence"] or "[]")
        lines = []
        for e in evidence:
            if e["type"] == "mention_spike":
                lines.append(f"- {e['n_docs']} documents on {e['day']} ({e['n_release_docs']} with release words) "
                             f"against {e['baseline_per_day']:.1f} a day the week before")
            elif e["type"] == "official_feed":
                lines.append(f"- official feed: \"{e['title']}\" ({(e.get('published') or '')[:10]}) {e.get('url') or ''}")
            elif e["type"] == "market_resolution":
                lines.append(f"- market resolved Yes on {e['resolved_at'][:10]}: \"{e['question']}\"")
        day = r["occurred_at"].date()
        body = (f"Proposed release event: {r['model_id']} {r['kind']} on {day} (not counted until confirmed).\n"
                + "\n".join(lines)
                + f"\nConfirm: tracker events confirm {r['event_id']}   Dismiss: tracker events dismiss {r['event_id']}")
        link = r["url"] or next((s.get("url") for e in evidence for s in e.get("samples", []) if s.get("url")), None)
        out.append(Alert("release_event", r["event_id"], f"Release moment? {r['model_id']} {r['kind']} on {day}", body,
                         link, day))
    return out


def market_alerts(con, cfg: Config, points: float, first_day: date, last_day: date) -> list[Alert]:
    rows = _records(con, """
        WITH closes AS (
            SELECT market_id, CAST(ts AT TIME ZONE 'UTC' AS DATE) AS day, arg_max(probability, ts) AS p
            FROM market_prices GROUP BY ALL
        ),
        moves AS (
            SELECT market_id, day, p, lag(p) OVER (PARTITION BY market_id ORDER BY day) AS p_before,
                   lag(day) OVER (PARTITION BY market_id ORDER BY day) AS day_before
            FROM closes
        )
        SELECT v.*, m.question, m.url, m.platform, m.model_id
        FROM moves v JOIN markets m USING (market_id)
        WHERE v.p_before IS NOT NULL AND abs(v.p - v.p_before) * 100 >= ? - 1e-9 AND v.day BETWEEN ? AND ?
        ORDER BY v.day, v.market_id
        """, [points, first_day, last_day])
    out = []
    for r in rows:
        delta = (r["p"] - r["p_before"]) * 100
        title = f"Market moved {delta:+.0f} points: {r['question']}"
        body = (f"{r['platform']}: \"{r['question']}\" went from {r['p_before']:.0%} ({r['day_before']}) to "
                f"{r['p']:.0%} ({r['day']}), {delta:+.1f} points"
                + (f"; the story report of {r['model_id']}: {report_link(cfg, r['model_id'])}" if r["model_id"] else "")
                + ".")
        out.append(Alert("market_move", f"{r['market_id']}:{r['day']}", title, body, r["url"], r["day"]))
    return out


def collect_alerts(warehouse: Warehouse, cfg: Config, *, today: date | None = None) -> list[Alert]:
    """Every alert the rules give now (sent or not); anomalies and market moves within `lookback_days` up to
    `today` (default: the last day any document was written)."""
    rules = cfg.alerts.rules
    with warehouse.read() as con:
        today = today or _last_day(con)
        if today is None:
            return []
        first = today - timedelta(days=cfg.alerts.lookback_days - 1)
        out: list[Alert] = []
        if rules.anomaly:
            out += anomaly_alerts(con, cfg, first, today)
        if rules.candidate_daily_mentions > 0:
            out += candidate_alerts(con, cfg, rules.candidate_daily_mentions)
        if rules.release_event:
            out += event_alerts(con, cfg)
        if rules.market_move_points > 0:
            out += market_alerts(con, cfg, rules.market_move_points, first, today)
    return out


# ------------------------------------------------------------------------------------------------ delivery


def delivery_state(warehouse: Warehouse) -> dict[tuple[str, str, str], str]:
    """(rule, subject, destination) -> status of every recorded delivery."""
    with warehouse.read() as con:
        return {(r, s, d): st for r, s, d, st in con.execute(
            "SELECT rule, subject, destination, status FROM sent_alerts").fetchall()}


def _record(warehouse: Warehouse, alert: Alert, dest: Destination, ok: bool, error: str | None) -> None:
    now = utcnow()
    with warehouse.write() as con:
        con.execute(
            """
            INSERT INTO sent_alerts VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (rule, subject, destination) DO UPDATE SET
                status = EXCLUDED.status, attempts = sent_alerts.attempts + 1, title = EXCLUDED.title,
                body = EXCLUDED.body, last_attempt_at = EXCLUDED.last_attempt_at, sent_at = EXCLUDED.sent_at,
                last_error = EXCLUDED.last_error
            """,
            [alert.rule, alert.subject, dest.key, dest.name, "sent" if ok else "failed", alert.title, alert.message,
             now, now, now if ok else None, error])


def send_alerts(warehouse: Warehouse, cfg: Config, alerts: Sequence[Alert], *, notify: Notifier = apprise_notify,
                after_delivery: Callable[[Alert, Destination], None] | None = None,
                environ: dict[str, str] | None = None) -> SendReport:
    """Send each alert not yet sent to each destination; record each outcome right after its delivery.

    `after_delivery` runs between a successful delivery and its record (tests put a crash there)."""
    report = SendReport()
    dests = destinations(cfg)
    if not dests or not alerts:
        return report
    state = delivery_state(warehouse)
    secrets = secret_values(cfg, environ)
    with quiet_delivery_logs(secrets):
        for dest in dests:
            try:
                url = dest.resolve(environ)
            except KeyError as exc:
                url, missing = None, f"environment variable {exc.args[0]} is not set"
            for alert in alerts:
                if state.get((alert.rule, alert.subject, dest.key)) == "sent":
                    report.already_sent += 1
                    continue
                if url is None:
                    ok, error = False, missing
                else:
                    try:
                        ok = notify(url, alert.title, alert.message)
                        error = None if ok else "the service did not accept the message (see warnings above)"
                    except Exception as exc:  # a broken plugin must not stop the other alerts
                        ok, error = False, f"{type(exc).__name__}"
                if ok and after_delivery is not None:
                    after_delivery(alert, dest)
                _record(warehouse, alert, dest, ok, error)
                if ok:
                    report.sent.append((alert, dest.name))
                else:
                    report.failed.append((alert, dest.name, error or "failed"))
                    log.warning("alert %s/%s to %s failed: %s (tried again on the next run)", alert.rule,
                                alert.subject, dest.name, error)
    return report


def alerts_stage(warehouse: Warehouse, cfg: Config, stats: RunStats, **_clients: Any) -> None:
    """Stage: collect the rules' alerts and send the new ones (without [alerts] urls they are only counted)."""
    alerts = collect_alerts(warehouse, cfg)
    stats.fetched += len(alerts)
    if not cfg.alerts.urls:
        log.info("alerts: %d alert(s); no [alerts] urls configured, so none sent (`tracker alerts` lists them)",
                 len(alerts))
        return
    report = send_alerts(warehouse, cfg, alerts)
    stats.inserted += len(report.sent)
    for alert, dest, reason in report.failed:
        stats.error(f"alert {alert.rule}/{alert.subject} to {dest}: {reason}")
    log.info("alerts: %d sent, %d failed, %d sent before", len(report.sent), len(report.failed), report.already_sent)


def append_jsonl(path: Path, record: dict[str, Any]) -> None:
    """One JSON object per line (the demo's receiver keeps what it was sent this way)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
