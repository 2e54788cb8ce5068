"""extract_article on the sample pages: golden text and metadata, snippet quality, encodings, fallbacks."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tracker.sources.extract import (
    ExtractError,
    SnippetScore,
    decode_html,
    extract_article,
    naive_text,
    score_snippets,
    trafilatura_text,
)

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "data" / "sample" / "blogs"
GOLDEN = REPO / "tests" / "golden" / "blogs"
BASE = b"http://replay.test"
SNIPPETS = {k: v for k, v in json.loads((GOLDEN / "snippets.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
METADATA = json.loads((GOLDEN / "metadata.json").read_text(encoding="utf-8"))


def page(rel: str) -> tuple[bytes, str]:
    return (PAGES / rel).read_bytes().replace(b"{{base_url}}", BASE), "http://replay.test/" + rel.removesuffix("index.html")


@pytest.mark.parametrize("rel", sorted(METADATA))
def test_golden_text_and_metadata(rel: str) -> None:
    html, url = page(rel)
    article = extract_article(html, url)
    expected = METADATA[rel]
    assert article.text + "\n" == (GOLDEN / expected["golden"]).read_text(encoding="utf-8")
    got = {
        "golden": expected["golden"], "title": article.title, "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "modified": article.modified.isoformat() if article.modified else None,
        "canonical_url": article.canonical_url, "site_name": article.site_name, "encoding": article.encoding,
        "method": article.method,
    }
    assert got == expected


def test_every_sample_page_has_golden_and_snippets() -> None:
    pages = {str(p.relative_to(PAGES)) for p in PAGES.rglob("*.html")} - {"www.oldschoolai.net/reviews/index.html"}
    assert pages == set(METADATA) == set(SNIPPETS)
    assert len(pages) >= 8


def test_snippet_quality_combined_beats_trafilatura_and_naive() -> None:
    totals = {"naive": SnippetScore(), "trafilatura": SnippetScore(), "combined": SnippetScore()}
    for rel, snippets in SNIPPETS.items():
        html, url = page(rel)
        text, _ = decode_html(html)
        outputs = {"naive": naive_text(text), "trafilatura": trafilatura_text(text, url),
                   "combined": extract_article(html, url).text}
        for name, output in outputs.items():
            totals[name] += score_snippets(output, snippets["with"], snippets["without"])
    assert totals["combined"].f1 >= 0.93
    assert totals["combined"].f1 > totals["trafilatura"].f1 > totals["naive"].f1
    assert totals["combined"].recall == 1.0


def test_score_snippets_counts() -> None:
    score = score_snippets("alpha beta\n gamma", ["alpha beta gamma", "delta"], ["beta", "omega"])
    assert (score.tp, score.fn, score.fp, score.tn) == (1, 1, 1, 1)
    assert score.precision == 0.5 and score.recall == 0.5 and score.f1 == 0.5


def test_no_script_or_style_survives() -> None:
    html = (b"<html><head><style>.x{color:red}</style><script>var secret='tracking-pixel-42';</script></head><body>"
            b"<article><h1>Title</h1><p>" + b"GPT-5.5 review paragraph with enough words to count as text. " * 8 +
            b"</p><script>document.write('injected-by-script')</script><p>Second paragraph stays in place here.</p>"
            b"</article></body></html>")
    article = extract_article(html, "https://example.com/a")
    assert "tracking-pixel-42" not in article.text and "injected-by-script" not in article.text and "color:red" not in article.text
    assert article.text.endswith("Second paragraph stays in place here.")


def test_cp1252_page_served_as_utf8_is_not_mojibake() -> None:
    html, url = page("www.oldschoolai.net/reviews/gpt-5-5-coding.html")
    article = extract_article(html, url, content_type="text/html; charset=utf-8")  # the header lies
    assert article.encoding == "cp1252"
    assert "a café in Lyon" in article.text and "naïve intern" in article.text and "handle the € sign" in article.text
    assert "Ã" not in article.text and "\ufffd" not in article.text


def test_utf8_page_declared_latin1_is_read_as_utf8() -> None:
    body = "<html><head><meta charset='iso-8859-1'><title>Caf\u00e9</title></head><body><p>Caf\u00e9 “quoted” — GPT-5.5</p></body></html>"
    text, encoding = decode_html(body.encode("utf-8"))
    assert encoding == "utf-8" and "Café “quoted” — GPT-5.5" in text


def test_declared_header_charset_is_used() -> None:
    body = "<html><body><p>Привет, GPT-5.5</p></body></html>".encode("koi8-r")
    text, encoding = decode_html(body, "text/html; charset=KOI8-R")
    assert encoding == "koi8-r" and "Привет, GPT-5.5" in text


def test_json_ld_body_is_used_when_html_has_no_text() -> None:
    body = "We tested GPT-5.5 for three weeks and the results surprised us. " * 6
    html = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hidden",
                       "datePublished": "2026-05-01", "articleBody": body.strip()})
    doc = f"<html><head><script type='application/ld+json'>{html}</script></head><body><div id='app'></div></body></html>"
    article = extract_article(doc.encode(), "https://example.com/app")
    assert article.method == "json-ld"
    assert article.text == body.strip()
    assert article.published == datetime(2026, 5, 1, tzinfo=timezone.utc) and article.published_from == "json-ld"


def test_broken_json_ld_is_ignored_not_fatal() -> None:
    doc = (b"<html><head><script type='application/ld+json'>{\"@type\": \"Article\", broken</script>"
           b"<meta property='article:published_time' content='2026-04-24T10:00:00Z'></head><body><article><h1>T</h1>"
           + b"<p>" + b"A paragraph about GPT-5.4 and its long context window. " * 6 + b"</p></article></body></html>")
    article = extract_article(doc, None)
    assert article.published_from == "meta" and article.published == datetime(2026, 4, 24, 10, tzinfo=timezone.utc)
    assert article.text.startswith("A paragraph about GPT-5.4")


@pytest.mark.parametrize("payload, reason", [(b"", "empty page"), (b"   \n", "empty page"),
                                             (b"%PDF-1.7\x00\x01\x02binary", "binary content, not HTML")])
def test_unreadable_input_raises_extract_error(payload: bytes, reason: str) -> None:
    with pytest.raises(ExtractError, match=reason):
        extract_article(payload, "https://example.com/x")
