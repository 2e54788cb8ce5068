"""Article extraction from HTML bytes: metadata via BeautifulSoup, main text via trafilatura plus page hints."""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from html import unescape
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin

import trafilatura
from bs4 import BeautifulSoup, Tag
from charset_normalizer import from_bytes

ARTICLE_TYPES = {
    "Article", "NewsArticle", "BlogPosting", "TechArticle", "Report", "ScholarlyArticle", "SocialMediaPosting",
    "LiveBlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "ReportageNewsArticle",
    "BackgroundNewsArticle", "Review", "WebPage",
}
# A JSON-LD body shorter than this is a teaser, not the article.
JSONLD_MIN_CHARS = 200
# Single-byte encodings a detector confuses with each other on short Western text; WHATWG falls back to
# windows-1252 for undeclared pages, so we do too when it decodes cleanly.
LATIN_LIKE = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp1254", "cp1257", "mac_roman",
              "iso8859_9", "cp1253", "iso8859_13", "ascii"}
BLOCK_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td", "th", "dd", "dt", "figcaption"]
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class ExtractError(ValueError):
    """A page that cannot be reduced to an article (empty, binary, not HTML)."""


@dataclass(frozen=True)
class Article:
    text: str  # main text: blocks (paragraphs, headings, list items) separated by blank lines
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    published_from: str | None = None  # json-ld | meta | time: how far down the preference list the date came from
    modified: datetime | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    json_ld_body: str | None = None
    encoding: str = "utf-8"
    method: str = "trafilatura"  # which path produced ``text``
    notes: tuple[str, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------- decoding


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # WHATWG: the labels latin1/ascii mean windows-1252 on the web.
    return "cp1252" if name in {"latin_1", "iso8859_1", "ascii"} else name


def _is_utf8_with_multibyte(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, codec): BOM, then the HTTP charset, then <meta charset>, then UTF-8, then detection.

    A declared single-byte charset on bytes that are valid multi-byte UTF-8 is a mislabel (UTF-8 text
    declared latin-1 is common; the reverse is vanishingly rare), so UTF-8 wins there."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace").lstrip("\ufeff"), name
    header = None
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
        header = match.group(1) if match else None
    meta = META_CHARSET.search(data[:4096])
    utf8_multibyte = _is_utf8_with_multibyte(data)
    for label in (header, meta.group(1).decode("ascii", "ignore") if meta else None):
        name = _codec(label)
        if name is None:
            continue
        if utf8_multibyte and name not in {"utf-8", "utf-16", "utf-32"}:
            return data.decode("utf-8"), "utf-8"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue  # a wrong label: fall through to what the bytes say
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    name = _codec(best.encoding) if best is not None else None
    if name is None or name in LATIN_LIKE:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    name = name or "cp1252"
    return data.decode(name, errors="replace"), name


# ---------------------------------------------------------------- metadata


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return text or None


_CODE_ELEMENT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)|</?(?:script|style)\b[^>]*>", re.I | re.S)


def _without_code_elements(text: str | None) -> str | None:
    """Text with literal <script>/<style> elements taken out. A <title> is read as plain text by HTML parsers, so
    `<title><script>...</script>` reaches the title, and trafilatura's text, as characters; no reader wants it."""
    if not text or "<" not in text:
        return text
    return _clean(_CODE_ELEMENT.sub(" ", text)) if "\n" not in text else _CODE_ELEMENT.sub(" ", text).strip() or None


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime as an aware UTC datetime; naive values are taken as UTC."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        match = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?", value)
        if not match:
            return None
        parsed = datetime.fromisoformat(match.group(1) + ("T" + match.group(2) if match.group(2) else ""))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _jsonld_objects(soup: BeautifulSoup) -> list[dict]:
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            found.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in soup.find_all("script", type=re.compile(r"application/ld\+json", re.I)):
        try:
            walk(json.loads(script.string or script.get_text() or "null", strict=False))
        except (json.JSONDecodeError, RecursionError):
            continue  # broken JSON-LD is common; the page still has its HTML
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _article_jsonld(objects: list[dict]) -> dict:
    """The JSON-LD object describing the article (an Article subtype before a plain WebPage)."""
    ranked = [o for o in objects if _types(o) & (ARTICLE_TYPES - {"WebPage"})] + [o for o in objects if "WebPage" in _types(o)]
    return ranked[0] if ranked else {}


def _names(value: object) -> str | None:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _clean(value.get("name") if isinstance(value.get("name"), str) else None)
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key}) or soup.find(
            "meta", attrs={"itemprop": key})
        if tag is not None and _clean(tag.get("content")):
            return _clean(tag.get("content"))
    return None


# ---------------------------------------------------------------- main text


def _is_layout_table(table: Tag) -> bool:
    """A table used for page layout: its cells hold paragraphs, headings, lists or other tables."""
    return table.find(["p", "h1", "h2", "h3", "ul", "ol", "table", "form", "div"]) is not None


def _unwrap_layout_tables(soup: BeautifulSoup) -> bool:
    """Turn layout tables into divs so the extractor sees a sidebar cell apart from the article cell."""
    tables = [t for t in soup.find_all("table") if _is_layout_table(t)]
    # Plan first, rename after: a nested data table keeps its own rows and cells.
    plans = [[table, *(t for t in table.find_all(["tbody", "thead", "tfoot", "tr", "td", "th"])
                       if t.find_parent("table") is table)] for table in tables]
    for tags in plans:
        for tag in tags:
            tag.name = "div"
    return bool(tables)


def _blocks(text: str | None) -> list[str]:
    if not text:
        return []
    return [b for b in (_clean(line) for line in text.splitlines()) if b]


def _norm_for_match(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"[\W_]+", " ", text).strip()


def _soup_blocks(root: Tag) -> list[str]:
    """Block-level text under ``root`` (paragraph breaks kept), scripts and styles dropped."""
    out = []
    for tag in root.find_all(BLOCK_TAGS):
        if tag.find(BLOCK_TAGS):
            continue  # the inner blocks carry the text
        text = _clean(tag.get_text(" "))
        if text:
            out.append(text)
    return out


def trafilatura_text(html: str, url: str | None = None, *, favor_precision: bool = False) -> str | None:
    """trafilatura's plain-text extraction as configured for its published evaluation (comments off)."""
    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                               favor_precision=favor_precision, deduplicate=False)


def naive_text(html: bytes | str) -> str:
    """The whole page's get_text(): the lower bound the extractor is measured against."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return "\n\n".join(_blocks(soup.get_text("\n")))


# A block at the edge of the text that reads like page furniture (sharing, sign-up, comment and tag
# prompts, related-link headers, copyright lines), not like the article. Matched on the whole block.
EDGE_BOILERPLATE = re.compile(
    r"(share|like|liked|enjoy(ed)?) (this|the) (story|article|post)\b.*|share (this|on)\b.*|"
    r"(sign up|subscribe|register)\b.*\b(newsletter|inbox|updates|free)\b.*|.*\bnewsletter\b.{0,40}|"
    r"(\d+ )?comments?|(leave|post|add|write) a (comment|reply)\b.*|tell us what you think\W*|tags?\W*|"
    r"(related|recommended|popular|trending)( (stories|articles|posts|content|reading|links))?\W*|"
    r"(read|see|view) (more|also|next)\b.{0,80}|(also on|more from|more on|don'?t miss)\b.{0,120}|"
    r"(copyright|©|\(c\)|all rights reserved)\b.{0,120}|.{0,80}(©|all rights reserved).{0,40}|"
    r"(click|tap) here\b.{0,120}|(updated|posted|published|last (updated|modified))( at| on)?\W+.{0,40}",
    re.IGNORECASE)
EDGE_MAX_CHARS = 160
# A short leading block that is only a date or time (the line under the headline): a year or a clock time,
# at most ten words, numbers being a third of them or more ("23rd April 2026", "Tue, 21/04/2026 10:15").
DATELINE = re.compile(r"(?=.*\b(1[89]|20)\d\d\b|.*\b\d{1,2}[:h]\d\d\b)[\w\s,.:/|-]{4,80}")


def _is_dateline(block: str) -> bool:
    words = re.findall(r"\w+", block)
    numbers = re.findall(r"\d+", block)
    return (len(block) <= 80 and len(words) <= 10 and len(numbers) >= 2 and len(numbers) >= len(words) / 3
            and DATELINE.fullmatch(block) is not None)
# Precision mode keeps less than this share of what the default mode finds: it dropped the article itself.
PRECISION_MIN_SHARE = 0.25


def _ld_body_blocks(body: str | None) -> list[str]:
    """JSON-LD ``articleBody`` as paragraphs: HTML entities decoded, markup (some sites put HTML there) reduced to text."""
    if not body:
        return []
    body = unescape(body)
    if re.search(r"<(p|br|div|body|h[1-6]|li|span|a)\b", body, re.IGNORECASE):
        fragment = BeautifulSoup(body, "lxml")
        for tag in fragment(["script", "style"]):
            tag.decompose()
        # Plain paragraphs and tags are often mixed: break lines at block tags, keep inline tags' text in place.
        for tag in fragment.find_all([*BLOCK_TAGS, "div", "br", "figure", "iframe", "img"]):
            tag.insert_before("\n")
            tag.insert_after("\n")
        return _blocks(fragment.get_text())
    return _blocks(body)


def _trim_edges(blocks: list[str], titles: list[str]) -> tuple[list[str], int]:
    """Drop the headline (stored as the title), a bare dateline and page furniture from the text's two ends."""
    title_norms = {_norm_for_match(t) for t in titles} - {""}
    # "Headline | Site" and "Headline - Site" titles: the headline part alone counts too.
    title_norms |= {_norm_for_match(re.split(r"\s[|\u2013\u2014-]\s", t)[0]) for t in titles} - {""}
    out = list(blocks)
    dropped = 0
    while len(out) > 1:
        first = out[0]
        norm = _norm_for_match(first)
        if norm in title_norms or _is_dateline(first):
            out.pop(0)
            dropped += 1
            continue
        break
    while len(out) > 1 and len(out[-1]) <= EDGE_MAX_CHARS and EDGE_BOILERPLATE.fullmatch(out[-1].strip()):
        out.pop()
        dropped += 1
    return out, dropped


def _main_blocks(soup: BeautifulSoup, page: str, url: str | None, ld_body: str | None, titles: list[str],
                 notes: list[str]) -> tuple[list[str], str]:
    """The article's text blocks and the path that produced them (see extract_article)."""
    method = "trafilatura"
    blocks = _blocks(trafilatura_text(page, url, favor_precision=True))
    ld_blocks = _ld_body_blocks(ld_body)
    ld_norm = _norm_for_match(" ".join(ld_blocks))
    if len(ld_norm) >= JSONLD_MIN_CHARS:
        norms = [_norm_for_match(b) for b in blocks]
        text_len = sum(map(len, norms))
        inside = [bool(n) and n in ld_norm for n in norms]
        covered = sum(len(n) for n, ok in zip(norms, inside) if ok)
        if not blocks or (len(ld_norm) >= 1.3 * text_len and covered >= 0.8 * text_len):
            # trafilatura found nothing, or a part of what the page itself declares as its body: trust the body.
            blocks, method = ld_blocks, "json-ld"
        elif covered >= 0.8 * len(ld_norm) and covered >= 0.6 * text_len and not all(inside):
            # The declared body is complete and agrees: blocks outside it are page furniture.
            blocks, method = [b for b, ok in zip(blocks, inside) if ok], "trafilatura+json-ld"
    if method == "trafilatura" and sum(map(len, blocks)) < 1000:
        # Precision mode sometimes throws the article away with its surroundings; the default mode, when it
        # finds several times more, is the better reading (short pages stay short: both agree there).
        default = _blocks(trafilatura_text(page, url))
        if sum(map(len, blocks)) < PRECISION_MIN_SHARE * sum(map(len, default)):
            blocks, method = default, "trafilatura-default"
    if not blocks:
        root = soup.find("article") or soup.find("main") or soup.body or soup
        blocks, method = _soup_blocks(root), "article" if root.name in ("article", "main") else "get_text"
    blocks, dropped = _trim_edges(blocks, titles)
    if dropped:
        notes.append(f"{dropped} edge blocks trimmed")
    return blocks, method


def extract_article(html: bytes, url: str | None = None, *, content_type: str | None = None) -> Article:
    """Reduce one HTML page to an Article. Pure: no I/O, same input same output.

    Main text, each step a general rule kept because it raised F1 on a public 181-page benchmark and held on
    both random halves of it (BENCHMARKS.md): trafilatura in precision mode on the page with layout tables
    unwrapped; the JSON-LD ``articleBody`` (entities decoded, embedded markup reduced to text) replaces it
    when trafilatura found nothing or only part of that body, and filters it (blocks outside a complete body
    are dropped); when precision mode kept under a quarter of what the default mode finds, the default
    mode's text is used; then ``<article>``/``<main>`` blocks as a last resort. Finally the headline, a bare
    dateline and edge furniture (share/sign-up/comment/tag/copyright lines) are trimmed from the two ends."""
    if not isinstance(html, bytes | bytearray):
        raise TypeError("extract_article takes the page's bytes")
    if not html.strip():
        raise ExtractError("empty page")
    if b"\x00" in html[:2048] and not html.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ExtractError("binary content, not HTML")
    text, encoding = decode_html(bytes(html), content_type)
    soup = BeautifulSoup(text, "lxml")
    notes: list[str] = []

    ld = _article_jsonld(_jsonld_objects(soup))
    ld_body = ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else None
    ld_body = ld_body.strip() if ld_body and ld_body.strip() else None

    publisher = ld.get("publisher")
    site_name = _meta(soup, "og:site_name") or (_names(publisher) if isinstance(publisher, dict | str) else None) or _meta(
        soup, "application-name")
    # A site's masthead is often its first <h1> (a link home): that is the site, not the article.
    h1 = next((h for h in soup.find_all("h1") if _clean(h.get_text(" ")) and _clean(h.get_text(" ")) != site_name
               and not (h.find("a") and _clean(h.find("a").get_text(" ")) == _clean(h.get_text(" ")))), None)
    title_tag = soup.find("title")
    title = (_clean(ld.get("headline") if isinstance(ld.get("headline"), str) else None) or _meta(soup, "og:title")
             or (_clean(h1.get_text(" ")) if h1 else None) or (_clean(title_tag.get_text()) if title_tag else None))
    author = _names(ld.get("author")) or _meta(soup, "author", "article:author", "dc.creator")
    if author and author.startswith(("http://", "https://")):
        author = None
    published, published_from = parse_datetime(ld.get("datePublished")), "json-ld"
    if published is None:
        published, published_from = parse_datetime(_meta(
            soup, "article:published_time", "og:article:published_time", "og:published_time", "datePublished",
            "date", "pubdate", "publish-date", "dc.date.issued")), "meta"
    if published is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        published, published_from = (parse_datetime(time_tag["datetime"]) if time_tag else None), "time"
    if published is None:
        published_from = None
    modified = parse_datetime(ld.get("dateModified")) or parse_datetime(
        _meta(soup, "article:modified_time", "og:updated_time", "dateModified"))
    canonical_tag = soup.find("link", rel=lambda v: v and "canonical" in (v if isinstance(v, list) else v.split()))
    canonical = _clean(canonical_tag.get("href")) if canonical_tag else None
    canonical = canonical or _meta(soup, "og:url")
    if canonical and url:
        canonical = urljoin(url, canonical)
    if canonical and not canonical.startswith(("http://", "https://")):
        canonical = None

    # Main text. Scripts, styles and templates never reach any path below.
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    page = text
    if _unwrap_layout_tables(soup):
        page = str(soup)
        notes.append("layout tables unwrapped")
    titles = [t for t in (title, _meta(soup, "og:title", "twitter:title"), _clean(title_tag.get_text()) if title_tag else None,
                          *(_clean(h.get_text(" ")) for h in soup.find_all("h1")[:3])) if t]
    blocks, method = _main_blocks(soup, page, url, ld_body, titles, notes)
    return Article(
        text=_without_code_elements("\n\n".join(blocks)) or "", title=_without_code_elements(title), author=author,
        published=published, published_from=published_from,
        modified=modified, canonical_url=canonical, site_name=site_name, json_ld_body=ld_body, encoding=encoding,
        method=method, notes=tuple(notes),
    )


# ---------------------------------------------------------------- measurement


@dataclass(frozen=True)
class SnippetScore:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetScore) -> SnippetScore:
        return SnippetScore(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_snippets(text: str | None, with_: list[str], without: list[str]) -> SnippetScore:
    """trafilatura-evaluation scoring: a 'with' snippet found is a true positive, a 'without' one a false positive."""
    hay = re.sub(r"\s+", " ", text or "")
    found = [re.sub(r"\s+", " ", s) in hay for s in with_]
    leaked = [re.sub(r"\s+", " ", s) in hay for s in without]
    return SnippetScore(tp=sum(found), fn=len(found) - sum(found), fp=sum(leaked), tn=len(leaked) - sum(leaked))
