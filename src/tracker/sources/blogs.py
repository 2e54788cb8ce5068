"""Blog source: feeds and index pages to article documents, politely (robots.txt, per-host delay, conditional GET)."""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import re
import time
import urllib.robotparser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from xml.sax import SAXException

import duckdb
import feedparser
import httpx
from bs4 import BeautifulSoup

from tracker.catalog import Catalog, link_mentions
from tracker.config import Config, FeedConfig, IndexPageConfig
from tracker.sources.extract import Article, ExtractError, extract_article, parse_datetime
from tracker.sources.http import BlockedAddress, FetchError, FetchResult, RetryableError, build_client, check_url, fetch
from tracker.warehouse.runs import RunStats
from tracker.warehouse.database import Warehouse, content_hash, get_state_json, set_state, upsert, upsert_documents, utcnow

log = logging.getLogger("tracker.blogs")

SOURCE = "blogs"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_ACCEPT = "application/atom+xml, application/rss+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9"
TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi",
                   "ref", "ref_src", "source", "sk", "cmpid", "ncid", "spm"}
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
# Feed content this long is the article itself, not a teaser: the page is not fetched.
FULL_CONTENT_MIN_CHARS = 400


# ---------------------------------------------------------------- identity


def normalize_url(url: str) -> str:
    """One spelling per article: lower-case scheme and host, default port, fragment, tracking parameters
    and trailing slash dropped; the remaining query kept in its order."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)]
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    path = path.rstrip("/") or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def doc_id_for(url: str) -> str:
    return f"blog:{normalize_url(url)}"


# ---------------------------------------------------------------- feed parsing (pure)


@dataclass(frozen=True)
class FeedEntry:
    key: str
    link: str
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    author: str | None = None
    content_html: str | None = None  # full article content carried by the feed, if any
    summary: str | None = None

    @property
    def version(self) -> str:
        """What identifies this revision of the entry: its updated/published stamp, else a digest of it."""
        stamp = self.updated or self.published
        if stamp is not None:
            return stamp.isoformat()
        text = "\x00".join(p or "" for p in (self.title, self.content_html, self.summary))
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]
    error: str | None = None  # set when the feed is malformed; entries holds what could be recovered


EARLIEST_FEED_DATE = datetime(1995, 1, 1, tzinfo=timezone.utc)  # before web feeds existed: a placeholder date


def _struct_time(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)


def _iso(value: Any) -> datetime | None:
    return parse_datetime(value) if isinstance(value, str) else None


def entry_from_feedparser(entry: Any, base_url: str) -> FeedEntry | None:
    """One feedparser entry as a FeedEntry; None when it has no link to an article."""
    link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
    if not link:
        return None
    link = urljoin(base_url, link)
    content = None
    for part in entry.get("content", []) or []:
        if part.get("value") and "html" in (part.get("type") or "text/html"):
            content = part["value"]
            break
    return FeedEntry(
        key=entry.get("id") or link,
        link=link,
        title=(entry.get("title") or "").strip() or None,
        published=_struct_time(entry.get("published_parsed")) or _struct_time(entry.get("created_parsed")),
        updated=_struct_time(entry.get("updated_parsed")),
        author=(entry.get("author") or "").strip() or None,
        content_html=content,
        summary=entry.get("summary"),
    )


def entries_from_json_feed(payload: Any, base_url: str) -> list[FeedEntry]:
    """JSON Feed 1.0/1.1 items as FeedEntry (feedparser 6.0 reads only XML feeds)."""
    if not isinstance(payload, dict) or not str(payload.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ValueError("not a JSON Feed (no jsonfeed.org version)")
    items = payload.get("items")
    if not isinstance(items, list):
        raise ValueError("JSON Feed without an items list")
    out = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link:
            continue
        link = urljoin(base_url, link)
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        names = [a.get("name") for a in authors if isinstance(a, dict) and a.get("name")]
        out.append(FeedEntry(
            key=str(item.get("id") or link), link=link, title=(item.get("title") or "").strip() or None,
            published=_iso(item.get("date_published")), updated=_iso(item.get("date_modified")),
            author=", ".join(names) or None, content_html=item.get("content_html") or None,
            summary=item.get("summary") or item.get("content_text"),
        ))
    return out


_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.I)


def parse_feed(content: bytes, content_type: str, url: str) -> ParsedFeed:
    """RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed through json; errors are returned, not raised."""
    head = content.lstrip()[:1]
    if "json" in content_type or head in (b"{", b"["):
        try:
            payload = json.loads(content)
            feed_title = payload.get("title") if isinstance(payload, dict) else None
            return ParsedFeed(feed_title, entries_from_json_feed(payload, url))
        except (ValueError, UnicodeDecodeError) as exc:
            return ParsedFeed(None, [], f"malformed JSON Feed: {exc}")
    parsed = feedparser.parse(content, response_headers={"content-type": content_type or "application/xml",
                                                          "content-location": url})
    entries = [e for e in (entry_from_feedparser(x, url) for x in parsed.entries) if e is not None]
    title = parsed.feed.get("title")
    error = None
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), SAXException):
        error = f"malformed feed XML: {parsed.bozo_exception}"
        # The lenient parser also returns the entry the body was cut in (a half link would 404 and be rejected
        # for good): keep only as many entries, in order, as there are closing </item>/</entry> tags.
        entries = entries[:len(_ENTRY_END.findall(content))]
    elif not parsed.get("version") and not entries:
        error = "not an RSS, Atom or JSON feed"
    return ParsedFeed(title, entries, error)


def is_feed_type(content_type: str, content: bytes) -> bool:
    if "xml" in content_type or "json" in content_type:
        return True
    if content_type in ("", "text/plain", "application/octet-stream"):
        return content.lstrip()[:5].lower() in (b"<?xml", b"<rss ", b"<feed", b"<rdf:") or content.lstrip()[:1] == b"{"
    return False


def feed_content_text(html: str) -> str:
    """A feed's HTML content as text with its paragraph breaks (the page is not fetched for these)."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    blocks = []
    for tag in soup.find_all(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote"]):
        if tag.find(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote"]):
            continue
        text = re.sub(r"\s+", " ", tag.get_text(" ")).strip()
        if text:
            blocks.append(text)
    if not blocks:
        text = re.sub(r"[ \t]+", " ", soup.get_text("\n")).strip()
        blocks = [b.strip() for b in text.splitlines() if b.strip()]
    return "\n\n".join(blocks)


# ---------------------------------------------------------------- release announcements (pure)

RETIRED = re.compile(r"\b(retir(e|es|ed|ing|ement)|sunset(s|ting)?|shut(s|ting)? down|end of life|discontinu\w*|"
                     r"no longer available)\b", re.I)
DEPRECATED = re.compile(r"\bdeprecat\w*", re.I)
RELEASED = re.compile(r"\b(introduc\w*|launch\w*|announc\w*|releas\w*|now available|available today|meet|unveil\w*|"
                      r"rolling out)\b", re.I)


def announcement_from_entry(title: str | None, url: str | None, published: datetime | None, catalog: Catalog) -> dict | None:
    """A candidate release_events row when an official entry's title announces a model launch or retirement.

    Retirement words win over launch words ("Retiring GPT-5.1 as we launch GPT-5.4" retires 5.1); the model
    is the first one the title names."""
    if not title or published is None:
        return None
    if RETIRED.search(title):
        kind = "retired"
    elif DEPRECATED.search(title):
        kind = "deprecated"
    elif RELEASED.search(title):
        kind = "released"
    else:
        return None
    mentions = catalog.find(title)
    if not mentions:
        return None
    model_id = mentions[0].model_id
    when = published.astimezone(timezone.utc)
    return {
        "event_id": f"official_feed:{model_id}:{kind}:{when.date().isoformat()}",
        "model_id": model_id,
        "kind": kind,
        "occurred_at": when,
        "source": "official_feed",
        "url": url,
        "note": title,
    }


# ---------------------------------------------------------------- politeness


class Politeness:
    """robots.txt per host (cached for the run) and a minimum delay between requests to one host."""

    def __init__(self, client: httpx.Client, cfg: Config, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic):
        self.client = client
        self.cfg = cfg
        self.sleep = sleep
        self.clock = clock
        self.robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self.last_request: dict[str, float] = {}
        self.requests = 0

    @staticmethod
    def host_key(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme.lower()}://{parts.netloc.lower()}"

    def delay_for(self, host: str) -> float:
        rules = self.robots.get(host)
        crawl_delay = None
        if isinstance(rules, urllib.robotparser.RobotFileParser):
            crawl_delay = rules.crawl_delay(self.cfg.http.user_agent)
        return max(self.cfg.blogs.host_delay_s, float(crawl_delay or 0))

    def wait(self, url: str) -> None:
        host = self.host_key(url)
        last = self.last_request.get(host)
        if last is not None:
            remaining = self.delay_for(host) - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)

    def get(self, url: str, *, headers: dict[str, str] | None = None, ok_statuses: tuple[int, ...] = (200,)) -> FetchResult:
        """One polite GET through tracker.sources.http.fetch (retries, size limit, address guard)."""
        self.wait(url)
        try:
            return fetch(self.client, url, self.cfg.http, headers=headers, ok_statuses=ok_statuses,
                         max_bytes=self.cfg.http.max_body_bytes, sleep=self.sleep)
        finally:
            self.requests += 1
            self.last_request[self.host_key(url)] = self.clock()

    def allowed(self, url: str) -> bool:
        """robots.txt says the configured User-Agent may fetch ``url``: 4xx means allow all, 5xx or an
        unreachable robots.txt means disallow all for this run (RFC 9309)."""
        host = self.host_key(url)
        if host not in self.robots:
            try:
                result = self.get(f"{host}/robots.txt", headers={"Accept": "text/plain"})
                parser = urllib.robotparser.RobotFileParser()
                parser.parse(result.content.decode("utf-8", errors="replace").splitlines())
                self.robots[host] = parser
            except FetchError as exc:
                if exc.status is not None and 400 <= exc.status < 500 and not isinstance(exc, RetryableError):
                    self.robots[host] = True
                else:
                    log.warning("robots.txt for %s unavailable (%s): not crawling this host this run", host, exc.reason)
                    self.robots[host] = False
        rules = self.robots[host]
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self.cfg.http.user_agent, url)


# ---------------------------------------------------------------- ingestion


@dataclass
class Outcome:
    """What became of one entry: a document, a reject, or a transient failure to retry next run."""

    status: str  # ok | rejected | disallowed | retry
    doc_id: str | None = None
    reason: str | None = None


class BlogIngest:
    def __init__(self, warehouse: Warehouse, cfg: Config, stats: RunStats, client: httpx.Client, *,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 now: datetime | None = None):
        self.warehouse = warehouse
        self.now = now or utcnow()
        self.cfg = cfg
        self.stats = stats
        self.polite = Politeness(client, cfg, sleep=sleep, clock=clock)
        self.catalog = Catalog.from_config(cfg)

    # ------------------------------------------------------------ sources

    def run(self) -> None:
        sources = [(feed.url, feed, False) for feed in self.cfg.blogs.feeds]
        sources += [(index.url, index, True) for index in self.cfg.blogs.index_pages]
        reached = [self._source(url, source_cfg, is_index=is_index) for url, source_cfg, is_index in sources]
        # A feed lists the newest posts, so one read to its end holds every post from its oldest entry to now.
        # The source's window is the part every feed and index page covered; one that failed or told no
        # date leaves the run's window unknown (only the run's own day then counts as observed).
        if reached and all(oldest is not None for oldest in reached):
            self.stats.cover(max(reached), self.now)

    def _source(self, configured_url: str, source_cfg: FeedConfig | IndexPageConfig, *,
                is_index: bool) -> datetime | None:
        """Read one feed or index page; returns the date of its oldest entry when every entry it lists is
        stored (None when it could not be read to its end)."""
        key = f"{'index' if is_index else 'feed'}:{configured_url}"
        with self.warehouse.read() as con:
            state = get_state_json(con, SOURCE, key) or {}
        if state.get("status") == "gone":
            log.info("%s: answered 410 Gone earlier; paused (remove it from the config or reset its state)", configured_url)
            return None
        url = state.get("url") or configured_url
        headers = {"Accept": PAGE_ACCEPT if is_index else FEED_ACCEPT}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        if is_index and not self.polite.allowed(url):
            self._reject_source(configured_url, f"robots.txt disallows {url}", None)
            return None
        try:
            result = self.polite.get(url, headers=headers, ok_statuses=(200, 304))
        except FetchError as exc:
            if exc.status == 410:
                with self.warehouse.write() as con:
                    set_state(con, SOURCE, key, {**state, "status": "gone"})
                log.warning("%s: 410 Gone; pausing this feed", url)
            elif isinstance(exc, RetryableError):
                self.stats.error(f"{url}: {exc.reason} (will retry next run)")
            else:
                self._reject_source(url, exc.reason, exc.body)
            return None
        if result.status == 304:
            self.stats.unchanged += 1
            # nothing changed: one request, no parsing, no writes; the window reaches from the same oldest entry
            return parse_datetime(state.get("oldest"))
        self.stats.fetched += 1
        if is_index:
            entries, error, title = self._index_entries(result, source_cfg)
        else:
            if not is_feed_type(result.content_type, result.content):
                self._reject_source(url, f"content type {result.content_type or '(none)'} is not a feed", result.content)
                return None
            parsed = parse_feed(result.content, result.content_type, result.url)
            entries, error, title = parsed.entries, parsed.error, parsed.title
        if error:
            self._reject_source(url, error, result.content)
        done = True
        stored_ids = []
        for entry in entries:
            outcome = self._entry(configured_url, source_cfg, title, entry)
            done = done and outcome.status != "retry"
            if outcome.status == "ok" and outcome.doc_id:
                stored_ids.append(outcome.doc_id)
        oldest = self._oldest(entries, stored_ids) if done and not error else None
        # The cursor advances only when every entry has landed or been rejected for good, so a killed or
        # failed run sees the same entries again (already handled ones are skipped via blog_entries).
        new_state = {**state, "url": result.url if result.permanent_redirect else state.get("url")}
        new_state.pop("status", None)
        new_state = {k: v for k, v in new_state.items() if v is not None}
        if result.headers.get("etag"):
            new_state["etag"] = result.headers["etag"]
        if result.headers.get("last-modified"):
            new_state["last_modified"] = result.headers["last-modified"]
        new_state.pop("oldest", None)
        if oldest is not None:
            new_state["oldest"] = oldest.isoformat()
        if not done or error:
            new_state = {k: v for k, v in new_state.items() if k not in ("etag", "last_modified")}
        with self.warehouse.write() as con:
            set_state(con, SOURCE, key, new_state)
        return oldest

    def _oldest(self, entries: list[FeedEntry], stored_ids: list[str]) -> datetime | None:
        """The oldest date among a source's entries: the feed's own dates, else (index pages) the stored pages'."""
        dates = [entry.published or entry.updated for entry in entries if entry.published or entry.updated]
        if stored_ids:
            with self.warehouse.read() as con:
                row = con.execute("SELECT min(created_at) FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                  [stored_ids]).fetchone()
            if row[0] is not None:
                dates.append(row[0])
        # A placeholder or clock-skewed date would claim decades (or the future) as observed: not a window.
        return min((d.astimezone(timezone.utc) for d in dates if EARLIEST_FEED_DATE <= d <= self.now), default=None)

    def _index_entries(self, result: FetchResult, cfg: IndexPageConfig) -> tuple[list[FeedEntry], str | None, str | None]:
        if result.content_type not in HTML_TYPES:
            return [], f"content type {result.content_type or '(none)'} is not an HTML index page", None
        soup = BeautifulSoup(result.content, "lxml")
        links = []
        try:
            found = soup.select(cfg.link_selector)
        except Exception as exc:  # soupsieve raises its own SelectorSyntaxError
            return [], f"bad link_selector {cfg.link_selector!r}: {exc}", None
        for tag in found:
            href = tag.get("href")
            if href and not href.startswith(("#", "javascript:", "mailto:")):
                link = urljoin(result.url, href)
                links.append(FeedEntry(key=normalize_url(link), link=link, title=tag.get_text(" ", strip=True) or None))
        unique = list({e.key: e for e in reversed(links)}.values())[::-1]
        title = soup.title.get_text(strip=True) if soup.title else None
        return unique, None if found else f"link_selector {cfg.link_selector!r} matched nothing", title

    def _reject_source(self, ref: str, reason: str, payload: bytes | None) -> None:
        with self.warehouse.write() as con:
            self.stats.reject(con, reason, payload or b"", ref)

    # ------------------------------------------------------------ entries

    def _entry(self, feed_url: str, source_cfg: FeedConfig | IndexPageConfig, feed_title: str | None,
               entry: FeedEntry) -> Outcome:
        link = normalize_url(entry.link)
        with self.warehouse.read() as con:
            stored = con.execute("SELECT version, status, doc_id FROM blog_entries WHERE feed_url = ? AND entry_key = ?",
                                 [feed_url, entry.key]).fetchone()
            same_link = con.execute(
                "SELECT doc_id FROM blog_entries WHERE link = ? AND status = 'ok' AND doc_id IS NOT NULL LIMIT 1",
                [link]).fetchone()
        if stored is not None and stored[0] == entry.version:
            return Outcome(stored[1], stored[2])
        document = None
        payload: bytes | str | None = None
        if entry.content_html and len(feed_content_text(entry.content_html)) >= FULL_CONTENT_MIN_CHARS:
            document = self._feed_document(source_cfg, feed_title, entry, link)
        elif stored is None and same_link is not None:
            outcome = Outcome("ok", same_link[0])  # reached from another feed already: the same document
            self._save(feed_url, source_cfg, entry, link, outcome, None, None)
            return outcome
        else:
            try:
                document = self._page_document(source_cfg, feed_title, entry)
            except _Skip as skip:
                outcome = Outcome(skip.status, reason=skip.reason)
                payload = skip.payload
                if skip.status == "retry":
                    self.stats.error(f"{entry.link}: {skip.reason} (will retry next run)")
                    return outcome
                self._save(feed_url, source_cfg, entry, link, outcome, None, payload)
                return outcome
        self._save(feed_url, source_cfg, entry, link, Outcome("ok", document["doc_id"]), document, None)
        return Outcome("ok", document["doc_id"])

    def _feed_document(self, source_cfg, feed_title, entry: FeedEntry, link: str) -> dict:
        return {
            "doc_id": f"blog:{link}", "source": SOURCE, "provenance": "feed", "kind": "article",
            "community": source_cfg.name or feed_title or urlsplit(link).hostname, "author": entry.author,
            "title": entry.title, "body": feed_content_text(entry.content_html or ""), "url": link,
            "created_at": entry.published or entry.updated,
            "edited_at": entry.updated if entry.updated and entry.published and entry.updated > entry.published else None,
        }

    def _page_document(self, source_cfg, feed_title, entry: FeedEntry) -> dict:
        try:
            # A feed-supplied link to another scheme or a private address is rejected for that reason
            # (otherwise its robots.txt fails the same guard and the reject says "robots.txt disallows").
            check_url(entry.link, self.cfg.http.allow_hosts)
        except BlockedAddress as exc:
            raise _Skip("rejected", exc.reason) from None
        if not self.polite.allowed(entry.link):
            raise _Skip("disallowed", f"robots.txt disallows {entry.link}")
        try:
            result = self.polite.get(entry.link, headers={"Accept": PAGE_ACCEPT})
        except RetryableError as exc:
            raise _Skip("retry", exc.reason) from None
        except FetchError as exc:
            raise _Skip("rejected", exc.reason, exc.body) from None
        self.stats.fetched += 1
        if result.content_type not in HTML_TYPES:
            raise _Skip("rejected", f"content type {result.content_type or '(none)'} is not an HTML page", result.content)
        try:
            article = extract_article(result.content, result.url, content_type=result.headers.get("content-type"))
        except ExtractError as exc:
            raise _Skip("rejected", f"unreadable page: {exc}", result.content) from None
        if not article.text.strip():
            raise _Skip("rejected", "no article text found", result.content)
        url = _canonical(article, result.url)
        # JSON-LD or meta dates beat the feed's; a bare <time> on the page only fills a gap.
        if article.published_from in ("json-ld", "meta"):
            created = article.published
        else:
            created = entry.published or entry.updated or article.published
        return {
            "doc_id": f"blog:{url}", "source": SOURCE, "provenance": "page", "kind": "article",
            "community": article.site_name or source_cfg.name or feed_title or urlsplit(url).hostname,
            "author": article.author or entry.author, "title": article.title or entry.title, "body": article.text,
            "url": url, "created_at": created,
            "edited_at": article.modified if article.modified and created and article.modified > created else None,
        }

    def _save(self, feed_url: str, source_cfg, entry: FeedEntry, link: str, outcome: Outcome,
              document: dict | None, payload: bytes | str | None) -> None:
        """One short transaction: the document, its mentions, the entry's outcome and any release event."""
        with self.warehouse.write() as con:
            if document is not None:
                document = _with_edit_time(con, document)
                self.stats.add(upsert_documents(con, [document]))
                link_mentions(con, self.catalog, [document["doc_id"]])
            if outcome.status in ("rejected", "disallowed"):
                self.stats.reject(con, outcome.reason or outcome.status, payload or b"", entry.link)
            upsert(con, "blog_entries", [{
                "feed_url": feed_url, "entry_key": entry.key, "link": link, "version": entry.version,
                "doc_id": outcome.doc_id, "status": outcome.status, "reason": outcome.reason, "seen_at": utcnow(),
            }], ["feed_url", "entry_key"], compare=["link", "version", "doc_id", "status", "reason"])
            if getattr(source_cfg, "official", False):
                when = entry.published or entry.updated or (document or {}).get("created_at")
                event = announcement_from_entry(entry.title, (document or {}).get("url") or link, when, self.catalog)
                if event is not None:
                    upsert(con, "release_events", [event], ["event_id"])


class _Skip(Exception):
    def __init__(self, status: str, reason: str, payload: bytes | None = None):
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.payload = payload


def _canonical(article: Article, fetched_url: str) -> str:
    """The page's canonical URL, unless it points at a site root for a deeper page (a common CMS mistake)."""
    fetched = normalize_url(fetched_url)
    if not article.canonical_url:
        return fetched
    canonical = normalize_url(article.canonical_url)
    if urlsplit(canonical).path == "/" and urlsplit(fetched).path != "/":
        return fetched
    return canonical


def _with_edit_time(con: duckdb.DuckDBPyConnection, document: dict) -> dict:
    """A stored article whose text changed gets edited_at: the page's dateModified if newer, else now."""
    stored = con.execute("SELECT content_hash, edited_at FROM documents WHERE doc_id = ?", [document["doc_id"]]).fetchone()
    if stored is None or stored[0] == content_hash(document["title"], document["body"]):
        return document
    modified = document.get("edited_at")
    previous = stored[1]
    if modified is None or (previous is not None and modified <= previous):
        modified = utcnow()
    return {**document, "edited_at": modified}


def ingest(warehouse: Warehouse, cfg: Config, stats: RunStats, http: httpx.Client | None = None, *,
           sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
           now: datetime | None = None, **_: Any) -> None:
    """Stage: every configured feed and index page, new and changed entries to documents."""
    stats.source = stats.source or SOURCE
    client = http or build_client(cfg.http)
    try:
        BlogIngest(warehouse, cfg, stats, client, sleep=sleep, clock=clock, now=now).run()
    finally:
        if http is None:
            client.close()


def iter_feed_entries(content: bytes, content_type: str, url: str) -> Iterator[FeedEntry]:
    """The entries of one feed body (a generator for callers that only want records)."""
    yield from parse_feed(content, content_type, url).entries
