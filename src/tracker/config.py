"""Configuration: `tracker.toml` parsed into pydantic models, with one clear error per mistake."""

from __future__ import annotations

import os
import tomllib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_CONFIG = "tracker.toml"
ENV_VAR = "TRACKER_CONFIG"


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file, the key and what was expected."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class WarehouseConfig(Section):
    path: str = "data/tracker.duckdb"


class HttpConfig(Section):
    user_agent: str = "tracker/0.1 (+https://github.com/tracker-project/tracker; perception of AI model releases)"
    timeout_s: float = Field(20.0, gt=0)
    max_retries: int = Field(5, ge=0, le=20)
    backoff_base_s: float = Field(1.0, ge=0)
    backoff_max_s: float = Field(60.0, ge=0)
    max_body_bytes: int = Field(5_000_000, gt=0)
    max_redirects: int = Field(5, ge=0, le=20)
    # Hosts that may resolve to loopback/private addresses (the replay server in tests and the demo).
    allow_hosts: list[str] = []


class RedditConfig(Section):
    enabled: bool = True
    subreddits: list[str] = ["OpenAI", "ChatGPT", "LocalLLaMA", "singularity"]
    queries: list[str] = ["GPT-5.5", "GPT-5.4"]
    # "load more comments" stubs expanded per thread and run: "all" (whole trees, the default) or a number
    # (one request each); a capped thread is counted in the run's not_fetched and finished on later runs.
    replace_more_limit: int | Literal["all"] | None = "all"
    refresh_days: float = Field(7, ge=0)
    listing_limit: int = Field(1000, ge=1, le=1000)
    praw_site: str | None = None
    oauth_url: str = "https://oauth.reddit.com"
    reddit_url: str = "https://www.reddit.com"
    arctic_shift_url: str = "https://arctic-shift.photon-reddit.com"
    # Oldest day collected (YYYY-MM-DD): listings stop there, and a first Arctic Shift run starts there
    # (without it, refresh_days back from now).
    since: str | None = None

    @field_validator("replace_more_limit")
    @classmethod
    def _more_limit(cls, value: int | str | None) -> int | str:
        if isinstance(value, int) and value < 0:
            raise ValueError('"all" or a number >= 0')
        return "all" if value is None else value

    @property
    def more_limit(self) -> int | None:
        """replace_more_limit as praw takes it: None expands every stub."""
        return None if self.replace_more_limit == "all" else int(self.replace_more_limit)

    @field_validator("since")
    @classmethod
    def _iso_day(cls, value: str | None) -> str | None:
        if value is not None:
            from datetime import date

            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                raise ValueError("a date as YYYY-MM-DD") from None
        return value


class HackerNewsConfig(Section):
    enabled: bool = True
    # Search terms for Algolia's HN Search, besides the catalog's own aliases (each model's id and aliases,
    # context aliases left out: "Opus" alone finds music). A hit counts only when it names a catalog model.
    queries: list[str] = []
    algolia_url: str = "https://hn.algolia.com/api/v1"
    api_url: str = "https://hacker-news.firebaseio.com/v0"  # the official API: story counts, incomplete trees
    # Oldest day searched on a first run (YYYY-MM-DD); without it, backfill_days back from now.
    since: str | None = None
    backfill_days: float = Field(30, ge=0)
    # Threads whose story is younger than this are fetched again each run: points move, comments keep coming.
    refresh_days: float = Field(2, ge=0)
    # Each run searches again this far before its cursor: Algolia can index an item after later ones.
    search_overlap_s: int = Field(3600, ge=0)
    hits_per_page: int = Field(1000, ge=1, le=1000)
    # A whole thread comes in one /items answer; a 5,000-comment launch thread is several MB.
    max_item_bytes: int = Field(50_000_000, gt=0)
    # Official-API items fetched per run to complete trees Algolia returned incomplete (one request each);
    # a thread left unfinished is counted in not_fetched and continued on the next runs.
    fallback_limit: int = Field(500, ge=0)

    @field_validator("since")
    @classmethod
    def _iso_day(cls, value: str | None) -> str | None:
        if value is not None:
            from datetime import date

            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                raise ValueError("a date as YYYY-MM-DD") from None
        return value


class FeedConfig(Section):
    url: str
    name: str | None = None
    official: bool = False
    vendor: str | None = None


class IndexPageConfig(Section):
    url: str
    link_selector: str
    name: str | None = None
    official: bool = False


class BlogsConfig(Section):
    enabled: bool = True
    host_delay_s: float = Field(1.0, ge=0)
    feeds: list[FeedConfig] = []
    index_pages: list[IndexPageConfig] = []


class PinnedMarketConfig(Section):
    id: str
    model_id: str | None = None
    event_kind: Literal["release", "retirement", "benchmark", "other"] | None = None

    @field_validator("id")
    @classmethod
    def _platform_prefix(cls, value: str) -> str:
        if value.split(":", 1)[0] not in {"polymarket", "manifold", "kalshi"} or ":" not in value:
            raise ValueError("expected 'polymarket:<slug>', 'manifold:<id or slug>' or 'kalshi:<ticker>'")
        return value


class MarketsConfig(Section):
    enabled: bool = True
    platforms: list[Literal["polymarket", "manifold", "kalshi"]] = ["polymarket", "manifold", "kalshi"]
    search_terms: list[str] = ["GPT-5.5", "GPT-5.4", "GPT-5.1"]
    pinned: list[PinnedMarketConfig] = []
    polymarket_gamma_url: str = "https://gamma-api.polymarket.com"
    polymarket_clob_url: str = "https://clob.polymarket.com"
    manifold_url: str = "https://api.manifold.markets"
    kalshi_url: str = "https://api.elections.kalshi.com"
    # Kalshi has no free-text search: discovery lists these series and keeps markets naming a catalog model.
    kalshi_series: list[str] = []
    history_start: str = "2026-01-01"
    # Probability history resolution: CLOB fidelity and Kalshi candle period, in minutes.
    history_fidelity_min: Literal[1, 60, 1440] = 60
    search_limit: int = Field(20, ge=1, le=100)

    @field_validator("history_start")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError("an ISO date like '2026-01-01'") from None
        return value


class ModelEntry(Section):
    id: str
    vendor: str
    family: str
    release_order: int | None = None
    aliases: list[str] = []
    # Aliases that count only when the text or its thread is about the vendor ("o3", "Opus", "Gemini").
    context_aliases: list[str] = []


class EventsConfig(Section):
    curated_file: str = "data/release_events.yaml"


class ClassifierConfig(Section):
    model: str = "tracker-minilm-sentiment"
    batch_size: int = Field(32, ge=1, le=1024)
    max_length: int = Field(256, ge=8, le=4096)
    # int8 dynamic quantization computes activation scales per batch, so a text's probabilities would depend
    # on the texts batched with it (and on the batch's padded length): fp32 keeps every label a function of
    # its text alone. int8 stays available (quantize = true), as a separate classifier version.
    quantize: bool = False
    backend: Literal["auto", "torch", "onnx"] = "auto"
    # Per-mention (target-level) model: sentiment toward one mention in a text (artifact name, HF id or local
    # folder); "" = the whole-text model on each mention's clause (PassageClassifier).
    target_model: str = "tracker-minilm-target-ai"
    # Irony detector applied to mentions that read positive (artifact name or folder; "" = off): a mention in a
    # sentence it calls ironic has its positive and negative probabilities swapped.
    irony_model: str = "tracker-minilm-irony"


class TrendsConfig(Section):
    anomaly_z: float = Field(3.0, gt=0)
    # An anomaly needs this many observed days in its trailing 14-day baseline to be flagged.
    anomaly_min_baseline_days: int = Field(7, ge=2, le=14)
    min_event_n: int = Field(10, ge=1)
    bootstrap_samples: int = Field(1000, ge=100)
    bootstrap_seed: int = Field(20260423, ge=0)
    export_root: str = "data/exports"


class RadarConfig(Section):
    """The release radar: model names outside the catalog, release moments (docs/radar.md)."""
    # A YAML file of extra name patterns and release words, added to the bundled radar_patterns.yaml ("" = none).
    patterns_file: str = ""
    # A name's day is a release moment when this many of its documents that day use release words ...
    release_min_docs: int = Field(5, ge=1)
    # ... and its volume is at least this many times its mean over the 7 days before.
    release_spike_ratio: float = Field(2.0, ge=1.0)


class AlertRulesConfig(Section):
    anomaly: bool = True                                  # a flagged sentiment or volume anomaly of a tracked model
    candidate_daily_mentions: int = Field(10, ge=0)       # a new name in this many documents in one day (0 = off)
    release_event: bool = True                            # a release event the radar proposes
    market_move_points: float = Field(10.0, ge=0)         # a market moving this many points in a UTC day (0 = off)


class AlertsConfig(Section):
    # Apprise notification URLs (Slack, Discord, e-mail, ntfy, json:// webhooks, …). A secret part is written
    # {env:NAME} and read from the environment when sending: it never sits in this file, a log or the database.
    urls: list[str] = []
    # Anomalies and market moves older than this many days before the last day with data are not sent.
    lookback_days: int = Field(7, ge=1)
    # Where links to the story report point ("" = file:// paths under [trends] export_root/report).
    report_base_url: str = ""
    rules: AlertRulesConfig = AlertRulesConfig()


class Config(Section):
    # The instant the sources take for "now" (windows, coverage, cursors) instead of the clock: for replaying
    # data recorded as of that instant (the demo's sample), so a run gives the same tables whatever the day.
    # Unset (the default) for real ingestion.
    as_of: datetime | None = None
    warehouse: WarehouseConfig = WarehouseConfig()
    http: HttpConfig = HttpConfig()
    reddit: RedditConfig = RedditConfig()
    hackernews: HackerNewsConfig = HackerNewsConfig()
    blogs: BlogsConfig = BlogsConfig()
    markets: MarketsConfig = MarketsConfig()
    models: list[ModelEntry] = []
    events: EventsConfig = EventsConfig()
    classifier: ClassifierConfig = ClassifierConfig()
    trends: TrendsConfig = TrendsConfig()
    radar: RadarConfig = RadarConfig()
    alerts: AlertsConfig = AlertsConfig()
    # Folder the relative paths above are resolved against (the config file's folder).
    base_dir: str = Field(".", exclude=True)

    @field_validator("as_of")
    @classmethod
    def _as_of_in_utc(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        # A TOML local date-time (no offset) is read as UTC, like every other time in the warehouse.
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)

    @model_validator(mode="after")
    def _unique_models(self) -> Config:
        ids = [m.id for m in self.models]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"model ids must be unique, repeated: {dupes}")
        return self

    def resolve(self, path: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(path)
        return p if p.is_absolute() else Path(self.base_dir) / p

    @property
    def warehouse_path(self) -> str:
        return self.warehouse.path if self.warehouse.path == ":memory:" else str(self.resolve(self.warehouse.path))


def _where(loc: tuple[Any, ...]) -> str:
    """('reddit', 'refresh_days') -> '[reddit] refresh_days'; list items as feeds[2].url."""
    parts = [str(p) if isinstance(p, str) else f"[{p}]" for p in loc]
    if not parts:
        return "top level"
    text = ".".join(parts).replace(".[", "[")
    head, _, rest = text.partition(".")
    return f"[{head}] {rest}" if rest else f"key '{head}'"


def _explain(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; see tracker.toml in the repository for every key)"
    if kind == "missing":
        return "required key is missing"
    got = error.get("input")
    got_text = f", got {got!r}" if not isinstance(got, dict | list) else ""
    return f"expected {error['msg'].removeprefix('Input should be ').removeprefix('Value error, ')}{got_text}"


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`base` with `override` laid over it, nested tables merged key by key (how overrides and the demo config apply)."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def parse_config(data: dict[str, Any], source: str = "<config>", base_dir: str | Path = ".") -> Config:
    try:
        return Config.model_validate({**data, "base_dir": str(base_dir)})
    except ValidationError as exc:
        lines = [f"{source}: {_where(e['loc'])}: {_explain(e)}" for e in exc.errors()]
        raise ConfigError("\n".join(lines)) from None


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--config wins, then $TRACKER_CONFIG, then ./tracker.toml."""
    return Path(explicit or os.environ.get(ENV_VAR) or DEFAULT_CONFIG)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    file = config_path(path)
    if not file.is_file():
        raise ConfigError(f"{file}: config file not found (pass --config PATH or set {ENV_VAR})")
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: not UTF-8 text") from None
    return parse_config(data, str(file), file.resolve().parent)
