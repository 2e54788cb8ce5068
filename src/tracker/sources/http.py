"""Shared HTTP fetching for sources: polite client, retries with backoff, size limits, address guard."""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from tracker.config import HttpConfig

log = logging.getLogger("tracker.sources.http")

RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class FetchError(RuntimeError):
    """A fetch that failed for good; ``reason`` is short and fit for the rejects table."""

    def __init__(self, reason: str, url: str, status: int | None = None, body: bytes | None = None):
        super().__init__(f"{url}: {reason}")
        self.reason = reason
        self.url = url
        self.status = status
        self.body = body


class RetryableError(FetchError):
    """A failure worth retrying (429, 5xx, reset, timeout); carries Retry-After when the server sent one."""

    def __init__(self, reason: str, url: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason, url, status)
        self.retry_after = retry_after


def no_answer(exc: BaseException) -> bool:
    """A failure where the server never answered (timeout, refused or reset connection), after the retries: the
    host's other requests of this run would wait out the same timeouts."""
    return isinstance(exc, RetryableError) and exc.status is None


class BlockedAddress(FetchError):
    """A URL whose scheme or address the tracker may not reach (SSRF guard)."""


@dataclass
class FetchResult:
    url: str
    status: int
    headers: httpx.Headers
    content: bytes
    history: tuple[int, ...] = ()  # statuses of the redirects followed, first to last

    @property
    def permanent_redirect(self) -> bool:
        """True when every redirect followed was permanent (301/308): the caller may store the new URL."""
        return bool(self.history) and all(s in (301, 308) for s in self.history)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        import json

        return json.loads(self.content)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (now if now is not None else datetime.now(timezone.utc).timestamp()))


def check_url(url: str, allow_hosts: list[str] | tuple[str, ...] = ()) -> None:
    """Refuse non-http(s) schemes and hosts that resolve to loopback, private or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise BlockedAddress(f"scheme {parts.scheme or '(none)'!r} is not allowed", url)
    host = (parts.hostname or "").lower()
    if not host:
        raise BlockedAddress("no host", url)
    if host in {h.lower() for h in allow_hosts}:
        return
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
        except socket.gaierror:
            return  # unresolvable: the request itself will fail with a clear error
        addresses = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise BlockedAddress(f"address {address} is not public (allowlist the host in [http] allow_hosts)", url)


def build_client(cfg: HttpConfig, *, headers: Mapping[str, str] | None = None) -> httpx.Client:
    """An httpx client with the configured User-Agent, timeouts, redirect cap and address guard."""

    def guard(request: httpx.Request) -> None:
        check_url(str(request.url), cfg.allow_hosts)

    return httpx.Client(
        headers={"User-Agent": cfg.user_agent, **(headers or {})},
        timeout=httpx.Timeout(cfg.timeout_s),
        follow_redirects=True,
        max_redirects=cfg.max_redirects,
        event_hooks={"request": [guard]},
    )


def backoff_wait(
    cfg: HttpConfig, retry_after: Callable[[BaseException | None], float | None]
) -> Callable[[RetryCallState], float]:
    """Tenacity wait: exponential backoff with jitter, or the server's Retry-After (capped) when it sent one."""
    exponential = wait_exponential_jitter(initial=cfg.backoff_base_s, max=cfg.backoff_max_s, jitter=cfg.backoff_base_s)

    def wait(state: RetryCallState) -> float:
        after = retry_after(state.outcome.exception() if state.outcome else None)
        return min(after, cfg.backoff_max_s) if after is not None else exponential(state)

    return wait


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, RetryableError)


def fetch(
    client: httpx.Client,
    url: str,
    cfg: HttpConfig,
    *,
    method: str = "GET",
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    ok_statuses: tuple[int, ...] = (200,),
    max_bytes: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """GET (or ``method``) with retries on 429/5xx/timeouts/resets, exponential backoff with jitter and
    Retry-After honoured; the body is streamed and refused past ``max_bytes`` (decoded size, so a gzip
    bomb stops early). Other statuses raise FetchError."""
    limit = max_bytes or cfg.max_body_bytes
    # Checked here too (not only in the client's hook): httpx refuses a file:// URL before any hook runs,
    # with a reason that names no scheme.
    check_url(url, cfg.allow_hosts)

    def attempt() -> FetchResult:
        try:
            with client.stream(method, url, params=params, headers=headers) as response:
                if response.status_code in RETRY_STATUSES:
                    raise RetryableError(
                        f"HTTP {response.status_code}", url, response.status_code,
                        parse_retry_after(response.headers.get("retry-after")),
                    )
                if response.status_code not in ok_statuses:
                    raise FetchError(f"HTTP {response.status_code}", url, response.status_code)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit and "content-encoding" not in response.headers:
                    raise FetchError(f"body of {declared} bytes is over the {limit}-byte limit", url, response.status_code)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"body over the {limit}-byte limit", url, response.status_code)
                    chunks.append(chunk)
                return FetchResult(str(response.url), response.status_code, response.headers, b"".join(chunks),
                                   tuple(r.status_code for r in response.history))
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {cfg.max_redirects} redirects", url) from None
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise RetryableError(f"{type(exc).__name__}: {exc}".rstrip(": "), url) from None
        except httpx.DecodingError as exc:
            raise FetchError(f"undecodable body: {exc}", url) from None
        except httpx.UnsupportedProtocol as exc:
            raise BlockedAddress(str(exc), url) from None

    retrying = Retrying(
        stop=stop_after_attempt(cfg.max_retries + 1),
        wait=backoff_wait(cfg, lambda exc: exc.retry_after if isinstance(exc, RetryableError) else None),
        retry=retry_if_exception(_retryable),
        reraise=True,
        sleep=sleep,
        # A debug line (shown with -v): the caller reports what failed for good, once.
        before_sleep=lambda state: log.debug(
            "retrying %s after %s (attempt %d)", _redact(url), state.outcome.exception().reason, state.attempt_number
        ),
    )
    return retrying(attempt)


def _redact(url: str) -> str:
    """A URL without its query string, which may hold keys."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
