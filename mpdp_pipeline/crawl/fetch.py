"""Fetching one URL safely: the downloader middlewares of this crawler, in one place each.

`HttpFetcher.fetch` is, from the outside in (as Scrapy's middlewares wrap a download)::

    redirects  followed by hand, each hop re-checked (scheme, domain, address, robots),
               loops and chains longer than `max_redirects` refused
    deadline   the whole fetch (hops, retries, waits, bodies) within `request_deadline_s`
               on the crawl's `Clock`: a retry that would end past it is not made
    retries    connection errors, timeouts, truncated bodies, 429 and 5xx only, with
               exponential backoff and jitter, Retry-After honoured, for the whole host
               (a Retry-After date is read against the crawl's `Clock`)
    safety     the host's addresses checked before every request (private => refused)
    politeness the host's delay and concurrency slot (`HostPacer`)
    download   streamed with conditional headers; the type is checked from the headers,
               the size cap while streaming (or, for robots.txt, the first `max_bytes`
               kept), and Content-Length against what arrived; the whole body within a
               deadline on the crawl's `Clock`

Failures raise `FetchError` whose `code` is the extraction_log code (`http.404`, ...).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import random
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.config import CrawlConfig
from mpdp_pipeline.crawl.clock import SYSTEM_CLOCK, Clock
from mpdp_pipeline.crawl.politeness import DEFAULT_MAX_RETRY_AFTER_S, HostPacer
from mpdp_pipeline.crawl.safety import UrlGuard
from mpdp_pipeline.crawl.state import Validators
from mpdp_pipeline.crawl.urls import InvalidURL, join_url, normalize_url, url_host
from mpdp_pipeline.errors import FetchError
from mpdp_pipeline.storage import read_regular_file

DOCUMENT_KINDS = frozenset({"html", "pdf", "md"})
SITEMAP_KINDS = frozenset({"xml", "text"})
ANY_KIND = frozenset({"html", "pdf", "md", "xml", "text", "other"})

_KIND_BY_MEDIA_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/acrobat": "pdf",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "text",
    "text/markdown": "md",  # a static site's page source (GitHub's raw files, a docs site's sources)
    "text/x-markdown": "md",
}
# Servers often label PDFs as generic binaries; for these the first bytes decide.
_SNIFFED_MEDIA_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/download"})
_RETRYABLE_CODES = frozenset({LogCode.HTTP_TIMEOUT, LogCode.HTTP_CONNECT, LogCode.HTTP_TRUNCATED})
# A body may take at most this many read timeouts in all, so a server dripping one byte just
# inside each read timeout ("slowloris") cannot hold a worker forever.
DOWNLOAD_TIME_FACTOR = 10
MEDIA_TYPE_OF_KIND = {"html": "text/html", "pdf": "application/pdf", "md": "text/markdown"}


@dataclass(frozen=True)
class Fetched:
    """A successful fetch: a body (status 2xx) or a 304 with no body."""

    url: str
    final_url: str
    http_status: int | None  # None for file://
    body: bytes | None
    kind: str | None  # html, pdf, xml, text, other; None for a 304
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def is_not_modified(self) -> bool:
        return self.http_status == 304 or (self.http_status is None and self.body is None)


@dataclass
class FetchStats:
    """Counters shared by the worker threads: requests sent and body bytes received."""

    requests: int = 0
    bytes_downloaded: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, requests: int = 0, bytes_downloaded: int = 0) -> None:
        with self._lock:
            self.requests += requests
            self.bytes_downloaded += bytes_downloaded


@dataclass
class _Budget:
    """What one fetch may cost: bytes per body (`keep_prefix`: keep the first `max_bytes` rather than
    refuse the body) and the `Clock.monotonic` time by which the whole fetch must be done.

    Our own politeness (the host's delay, a slot another worker holds) is not the server's doing:
    `excuse` moves the deadline by such waits. Retry waits, which the server causes, count.
    """

    max_bytes: int
    deadline: float
    keep_prefix: bool = False

    def excuse(self, seconds: float) -> None:
        self.deadline += max(0.0, seconds)

    def check_time(self, now: float, wait_s: float = 0.0, why: str = "the request") -> None:
        if now + wait_s > self.deadline:
            raise FetchError(f"{why} would pass request_deadline_s", code=LogCode.HTTP_TIMEOUT)


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: httpx.Headers
    body: bytes | None = None
    kind: str | None = None
    charset: str | None = None


def media_type_to_kind(content_type: str | None) -> str | None:
    """'text/html; charset=utf-8' -> 'html'; '' for types to sniff; None for other types."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type in _SNIFFED_MEDIA_TYPES:
        return ""
    return _KIND_BY_MEDIA_TYPE.get(media_type)


def sniff_kind(body: bytes) -> str | None:
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<?xml"):
        return "xml"
    return None


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP date (RFC 9110)."""
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
        when = when.replace(tzinfo=dt.UTC)  # "-0000" means UTC with unknown origin: still UTC
    now = now or SYSTEM_CLOCK.now()
    return max(0.0, (when - now).total_seconds())


@dataclass
class HttpFetcher:
    """Fetches http(s) URLs with every rule of the module docstring; safe to share by threads."""

    client: httpx.Client
    settings: CrawlConfig
    user_agent: str
    pacer: HostPacer
    guard: UrlGuard
    stats: FetchStats
    clock: Clock = SYSTEM_CLOCK
    rng: random.Random = field(default_factory=random.Random)

    def fetch(
        self,
        url: str,
        *,
        accept: frozenset[str],
        check_hop: Callable[[str], None],
        validators: Validators | None = None,
        validators_url: str | None = None,
        max_bytes: int | None = None,
        keep_prefix: bool = False,
    ) -> Fetched:
        """GET `url`, following redirects; conditional only for the URL the validators came from.

        `keep_prefix`: a body longer than `max_bytes` is cut there rather than refused (robots.txt).
        """
        budget = _Budget(
            max_bytes or self.settings.max_bytes,
            self.clock.monotonic() + self.settings.request_deadline_s,
            keep_prefix,
        )
        chain = [url]
        current = url
        while True:
            conditional = validators if validators is not None and current == validators_url else None
            reply = self._send_with_retries(current, conditional, accept, budget)
            if reply.status == 304:
                if conditional is None:
                    raise FetchError("304 Not Modified to an unconditional request", code=LogCode.http(304))
                return Fetched(url, current, 304, None, None, None, conditional.etag, conditional.last_modified)
            if 300 <= reply.status < 400:
                current = self._next_hop(current, reply, chain, check_hop)
                chain.append(current)
                continue
            return Fetched(
                url,
                current,
                reply.status,
                reply.body,
                reply.kind,
                reply.charset,
                reply.headers.get("etag"),
                reply.headers.get("last-modified"),
            )

    def _next_hop(self, current: str, reply: _Reply, chain: list[str], check_hop: Callable[[str], None]) -> str:
        location = reply.headers.get("location", "")
        if not location:
            raise FetchError(f"HTTP {reply.status} without a Location", code=LogCode.http(reply.status))
        try:
            target = normalize_url(join_url(current, location), self.settings.tracking_params)
        except InvalidURL as exc:
            raise FetchError(f"bad redirect target: {exc}", code=LogCode.URL_INVALID) from None
        check_hop(target)
        if target in chain:
            raise FetchError(f"redirect loop: {' -> '.join([*chain, target])}", code=LogCode.HTTP_REDIRECT_LOOP)
        if len(chain) > self.settings.max_redirects:
            raise FetchError(f"more than {self.settings.max_redirects} redirects", code=LogCode.HTTP_TOO_MANY_REDIRECTS)
        return target

    def _backoff_s(self, attempt: int) -> float:
        # Jitter spreads the retries of many workers so they do not return in one burst.
        return self.settings.backoff_s * (2**attempt) * (0.5 + self.rng.random())

    def _send_with_retries(
        self, url: str, validators: Validators | None, accept: frozenset[str], budget: _Budget
    ) -> _Reply:
        host = url_host(url)
        attempts = self.settings.retries + 1
        retry_wait_s = 0.0  # the wait this request asked for before its next attempt: counted already
        for attempt in range(attempts):
            is_last = attempt == attempts - 1
            self.guard.check_address(url)
            try:
                with self.pacer.slot(host) as waited_s:
                    budget.excuse(waited_s - retry_wait_s)
                    budget.check_time(self.clock.monotonic())
                    reply = self._send_once(url, validators, accept, budget)
            except FetchError as exc:
                if exc.code not in _RETRYABLE_CODES or is_last:
                    raise
                retry_wait_s = self._backoff_s(attempt)
                self._check_retry_time(budget, retry_wait_s, exc)
                self.pacer.defer(host, retry_wait_s)
                continue
            if reply.status != 429 and reply.status < 500:
                return reply
            retry_wait_s = self._retry_wait_s(reply, attempt, is_last)
            fault = FetchError(f"HTTP {reply.status}", code=LogCode.http(reply.status))
            self._check_retry_time(budget, retry_wait_s, fault)
            self.pacer.defer(host, retry_wait_s)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _check_retry_time(self, budget: _Budget, wait_s: float, fault: FetchError) -> None:
        """A retry that would start past the deadline is not waited for: the fault stands, with its code."""
        try:
            budget.check_time(self.clock.monotonic(), wait_s, f"a retry in {wait_s:.0f} s")
        except FetchError as late:
            raise FetchError(f"{fault.message}; {late.message}", code=fault.code) from None

    def _retry_wait_s(self, reply: _Reply, attempt: int, is_last: bool) -> float:
        code = LogCode.http(reply.status)
        if is_last:
            raise FetchError(f"HTTP {reply.status} after {attempt + 1} attempts", code=code)
        retry_after_s = parse_retry_after(reply.headers.get("retry-after"), self.clock.now())
        if retry_after_s is not None and retry_after_s > DEFAULT_MAX_RETRY_AFTER_S:
            raise FetchError(f"HTTP {reply.status} with Retry-After {retry_after_s:.0f} s; not waiting", code=code)
        return max(self._backoff_s(attempt), retry_after_s or 0.0)

    def _headers(self, validators: Validators | None) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1",
        }
        if validators is not None and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators is not None and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        return headers

    def _send_once(self, url: str, validators: Validators | None, accept: frozenset[str], budget: _Budget) -> _Reply:
        timeout = httpx.Timeout(self.settings.read_timeout_s, connect=self.settings.connect_timeout_s)
        self.stats.add(requests=1)
        try:
            with self.client.stream(
                "GET", url, headers=self._headers(validators), timeout=timeout, follow_redirects=False
            ) as response:
                try:
                    return self._read(response, accept, budget)
                finally:
                    self.stats.add(bytes_downloaded=response.num_bytes_downloaded)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out: {type(exc).__name__}", code=LogCode.HTTP_TIMEOUT) from None
        except httpx.RemoteProtocolError as exc:
            raise FetchError(f"connection closed early: {exc}", code=LogCode.HTTP_CONNECT) from None
        except httpx.DecodingError as exc:
            raise FetchError(f"undecodable body: {exc}", code=LogCode.HTTP_DECODING) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(str(exc), code=LogCode.URL_INVALID) from None
        except httpx.TransportError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", code=LogCode.HTTP_CONNECT) from None

    def _read(self, response: httpx.Response, accept: frozenset[str], budget: _Budget) -> _Reply:
        status = response.status_code
        if status == 304 or (300 <= status < 400) or status == 429 or status >= 500:
            return _Reply(status, response.headers)  # the body of these is never wanted
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} {response.reason_phrase}", code=LogCode.http(status))
        content_type = response.headers.get("content-type")
        kind = media_type_to_kind(content_type)
        if kind is None and "other" in accept:
            kind = "other"
        if kind is None or (kind and kind not in accept):
            raise FetchError(f"content type {content_type!r} is not kept", code=LogCode.TYPE_UNSUPPORTED)
        body = self._read_body(response, budget)
        if not kind:
            kind = sniff_kind(body)
            if kind not in accept:
                raise FetchError(f"content type {content_type!r}, body not HTML or PDF", code=LogCode.TYPE_UNSUPPORTED)
        return _Reply(status, response.headers, body, kind, response.charset_encoding)

    def _read_body(self, response: httpx.Response, budget: _Budget) -> bytes:
        """The body, refused as soon as it passes `max_bytes` and checked against Content-Length.

        With `budget.keep_prefix`, the first `max_bytes` are kept and the rest is never read.
        """
        max_bytes = budget.max_bytes
        declared = _content_length(response)
        if declared is not None and declared > max_bytes and not budget.keep_prefix:
            raise FetchError(f"Content-Length {declared} > cap {max_bytes}", code=LogCode.SIZE_EXCEEDED)
        deadline = min(budget.deadline, self.clock.monotonic() + self.settings.read_timeout_s * DOWNLOAD_TIME_FACTOR)
        chunks: list[bytes] = []
        size = 0
        try:
            # iter_bytes yields decoded bytes, so a gzip bomb meets the cap too.
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes and budget.keep_prefix:
                    chunks.append(chunk[: len(chunk) - (size - max_bytes)])
                    return b"".join(chunks)
                if size > max_bytes:
                    raise FetchError(f"body passed the cap of {max_bytes} bytes", code=LogCode.SIZE_EXCEEDED)
                if self.clock.monotonic() > deadline:
                    raise FetchError("body download took too long", code=LogCode.HTTP_TIMEOUT)
                chunks.append(chunk)
        except httpx.RemoteProtocolError as exc:
            raise FetchError(f"truncated body: {exc}", code=LogCode.HTTP_TRUNCATED) from None
        if declared is not None and response.num_bytes_downloaded != declared:
            raise FetchError(
                f"received {response.num_bytes_downloaded} of {declared} bytes", code=LogCode.HTTP_TRUNCATED
            )
        return b"".join(chunks)


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


FILE_KINDS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def read_file(url: str, path: Path, max_bytes: int, etag: str | None = None) -> Fetched:
    """A local document as a `Fetched` (the guard has already checked `path` is below a root).

    Only regular files, at most `max_bytes` of them (`storage.read_regular_file`). A file carries an ETag made
    of its modification time and size, as web servers give static files; when it equals the stored `etag`,
    the file is not read again and comes back as not modified (a body of None), as a 304 would.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FetchError(f"no such file: {path}", code=LogCode.FILE_NOT_FOUND) from None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}", code=LogCode.FILE_UNREADABLE) from None
    kind = FILE_KINDS.get(path.suffix.lower())
    if kind is None:
        raise FetchError(
            f"{path.suffix or 'no extension'}: only .pdf, .html, .htm and .md are kept", code=LogCode.TYPE_UNSUPPORTED
        )
    current = file_etag(info) if stat.S_ISREG(info.st_mode) else None
    if current is not None and current == etag:
        return Fetched(url, path.as_uri(), None, None, None, etag=current)
    return Fetched(url, path.as_uri(), None, read_regular_file(path, max_bytes), kind, etag=current)


def file_etag(info: os.stat_result) -> str:
    """`"<mtime ns>-<size>"` in hex: it changes whenever the file is written (nginx's ETag, to the nanosecond)."""
    return f'"{info.st_mtime_ns:x}-{info.st_size:x}"'
