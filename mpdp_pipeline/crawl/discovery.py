"""Discovery beyond links: robots.txt (its rules and the sitemaps it names) and sitemaps.

* `RobotsTxt` fetches an origin's robots.txt for `politeness.RobotsCache`, conditionally (the
  text is kept in the crawl state for a 304), reads its first `ROBOTS_MAX_BYTES` (a longer file
  is cut there, not refused), and adopts its `Crawl-delay` up to `max_crawl_delay_s` (a larger
  one is logged and capped). A 4xx means no rules; a 5xx or an unreachable server means none
  of the host is crawled this run.
* `SitemapReader` reads the sitemaps robots.txt names (else it tries `/sitemap.xml`),
  sitemap indexes included, up to `MAX_SITEMAPS`, and adds their entries to the frontier at
  depth 1 with their `<lastmod>`, which lets an unchanged document be skipped with no request.
  Sitemap bodies are kept in the raw store, so a 304 still gives the entries.
* `sitemap_to_entries` parses a sitemap with defusedxml; `parse_lastmod` reads `<lastmod>`.

A sitemap that cannot be read is a warning row, never a failure of the crawl.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException
from protego import Protego

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.crawl.fetch import ANY_KIND, SITEMAP_KINDS, Fetched, HttpFetcher
from mpdp_pipeline.crawl.frontier import Frontier
from mpdp_pipeline.crawl.politeness import RobotsAnswer, RobotsCache
from mpdp_pipeline.crawl.records import Archive, CrawlLog
from mpdp_pipeline.crawl.safety import UrlGuard
from mpdp_pipeline.crawl.state import Validators
from mpdp_pipeline.crawl.urls import InvalidURL, join_url, normalize_url, url_host, url_origin, url_scheme
from mpdp_pipeline.errors import FetchError, SitemapError
from mpdp_pipeline.schemas import LogStatus

ROBOTS_MAX_BYTES = 512 * 1024  # Google reads at most 500 KiB of a robots.txt
MAX_SITEMAPS = 50  # sitemap files read per crawl, indexes included


def is_client_error(code: LogCode) -> bool:
    """http.4xx other than 429 (which is a request to slow down, not an answer)."""
    status = code.http_status
    return status is not None and 400 <= status < 500 and status != 429


def _fetch_file(
    fetcher: HttpFetcher,
    guard: UrlGuard,
    url: str,
    accept: frozenset[str],
    validators: Validators | None,
    max_bytes: int | None = None,
    *,
    keep_prefix: bool = False,
) -> Fetched:
    """GET a robots.txt or a sitemap, conditional on its own validators; no redirect off the domains."""
    return fetcher.fetch(
        url,
        accept=accept,
        check_hop=lambda u: guard.check_link(u, from_file=False),
        validators=validators,
        validators_url=url,
        max_bytes=max_bytes,
        keep_prefix=keep_prefix,
    )


@dataclass
class RobotsTxt:
    """Loads robots.txt for `RobotsCache`: `fetch(origin)`, then `on_loaded(origin, rules, answer)`."""

    fetcher: HttpFetcher
    guard: UrlGuard
    archive: Archive
    log: CrawlLog
    user_agent: str

    def fetch(self, origin: str) -> RobotsAnswer:
        url = origin + "/robots.txt"
        stored = self.archive.state.robots.get(origin) or {}
        validators = Validators(stored.get("etag"), stored.get("last_modified")) if "text" in stored else None
        try:
            fetched = _fetch_file(
                self.fetcher, self.guard, url, ANY_KIND, validators, ROBOTS_MAX_BYTES, keep_prefix=True
            )
        except FetchError as exc:
            if is_client_error(exc.code) or exc.code == LogCode.URL_OFF_DOMAIN:
                return RobotsAnswer(None, reason=exc.code)  # no robots.txt: no rules
            return RobotsAnswer(None, is_unavailable=True, reason=exc.code)
        if fetched.is_not_modified:
            return RobotsAnswer(stored.get("text") or "")
        text = (fetched.body or b"").decode("utf-8", errors="replace")
        with self.archive.lock:  # this can run in a worker (a redirect) while a checkpoint runs
            self.archive.state.robots[origin] = {
                "etag": fetched.etag,
                "last_modified": fetched.last_modified,
                "text": text,
            }
        return RobotsAnswer(text)

    def on_loaded(self, origin: str, rules: Protego | None, answer: RobotsAnswer) -> None:
        if answer.is_unavailable:
            # Logged under the fault's own code (http.503, http.timeout, ...), as a warning.
            message = "robots.txt unavailable; not crawling this host now"
            self.log.add(origin + "/robots.txt", LogStatus.WARNING, LogCode(answer.reason), message)
        if rules is not None:
            delay = rules.crawl_delay(self.user_agent)
            cap = self.fetcher.settings.max_crawl_delay_s
            if delay is not None and not delay <= cap:  # `not <=`: a NaN is capped too
                message = f"Crawl-delay {delay:g} s capped at max_crawl_delay_s = {cap:g} s"
                self.log.add(origin + "/robots.txt", LogStatus.WARNING, LogCode.ROBOTS_CRAWL_DELAY_CAPPED, message)
                delay = cap
            self.fetcher.pacer.set_crawl_delay(url_host(origin), delay)

    def cache(self) -> RobotsCache:
        return RobotsCache(self.user_agent, self.fetch, self.on_loaded)


@dataclass
class SitemapReader:
    """Reads a source's sitemaps into its frontier (see the module docstring)."""

    fetcher: HttpFetcher
    guard: UrlGuard
    archive: Archive
    log: CrawlLog
    robots: RobotsCache | None
    tracking_params: tuple[str, ...]

    def read_into(self, frontier: Frontier, start_urls: tuple[str, ...]) -> None:
        queue = deque(self._sitemap_urls(start_urls))
        read: set[str] = set()
        while queue and len(read) < MAX_SITEMAPS:
            url, is_guess = queue.popleft()
            if url in read:
                continue
            read.add(url)
            sitemap = self._read(url, is_guess)
            if sitemap is None:
                continue
            for entry in sitemap.entries:
                lastmod = entry.lastmod.isoformat() if entry.lastmod else None
                frontier.add(entry.url, 1, from_file=False, lastmod=lastmod)
            children = (self._absolute(url, child.url) for child in sitemap.sitemaps)
            queue.extend((child, False) for child in children if child and not self._is_refused_link(child))

    def _sitemap_urls(self, start_urls: tuple[str, ...]) -> list[tuple[str, bool]]:
        """(sitemap URL, is_a_guess) per crawled origin: robots.txt's, else /sitemap.xml."""
        found: list[tuple[str, bool]] = []
        origins = sorted({url_origin(u) for u in start_urls if url_scheme(u) in ("http", "https")})
        for origin in origins:
            try:
                self.guard.check_address(origin + "/")
            except FetchError:
                continue  # the start URL itself will log why
            listed: list[str] = []
            if self.robots is not None:
                named = (self._absolute(origin + "/robots.txt", u) for u in self.robots.sitemaps(origin + "/"))
                listed = [u for u in named if u and not self._is_refused_link(u)]
            found.extend((u, False) for u in listed)
            if not listed:
                found.append((origin + "/sitemap.xml", True))
        return found

    def _absolute(self, base: str, link: str) -> str | None:
        try:
            return normalize_url(join_url(base, link), self.tracking_params)
        except InvalidURL:
            return None

    def _is_refused_link(self, url: str) -> bool:
        try:
            self.guard.check_link(url, from_file=False)
        except FetchError:
            return True
        return False

    def _read(self, url: str, is_guess: bool) -> Sitemap | None:
        """Fetch (conditionally) and parse one sitemap; failures are logged as warnings."""
        try:
            if self.robots is not None and (reason := self.robots.why_disallowed(url)):
                raise FetchError(reason, code=LogCode.ROBOTS_DISALLOWED)
            return sitemap_to_entries(self._body(url), url)
        except FetchError as exc:
            if is_guess and (is_client_error(exc.code) or exc.code == LogCode.TYPE_UNSUPPORTED):
                return None  # most sites have no /sitemap.xml: not worth a log row
            self.log.add(url, LogStatus.WARNING, exc.code, f"sitemap: {exc.message}")
            return None

    def _body(self, url: str) -> bytes:
        state, store = self.archive.state, self.archive.store
        stored = state.sitemaps.get(url) or {}
        path = store.path_for(str(stored["doc_id"]), "xml") if stored.get("doc_id") else None
        validators = Validators(stored.get("etag"), stored.get("last_modified")) if path and path.exists() else None
        fetched = _fetch_file(self.fetcher, self.guard, url, SITEMAP_KINDS, validators)
        if fetched.is_not_modified and path is not None:
            return path.read_bytes()
        body = fetched.body or b""
        sitemap_to_entries(body, url)  # raises on an unsafe body, which is then not stored
        doc_id, _ = store.put(body, "xml")
        state.sitemaps[url] = {"etag": fetched.etag, "last_modified": fetched.last_modified, "doc_id": doc_id}
        return body


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: dt.datetime | None = None


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: page entries, or (for a sitemap index) more sitemaps to read."""

    entries: tuple[SitemapEntry, ...] = ()
    sitemaps: tuple[SitemapEntry, ...] = ()


def parse_lastmod(text: str | None) -> dt.datetime | None:
    """W3C datetime -> the latest UTC instant it can mean, or None if unreadable.

    A date alone means "some time that day", so it reads as the end of the day: a page fetched
    at noon and changed at three then still counts as changed.
    """
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime.combine(day, dt.time.max, tzinfo=dt.UTC)
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name and child.text:
            return child.text.strip()
    return None


def _entries(root: Element, item: str, base: str) -> tuple[SitemapEntry, ...]:
    found = []
    for element in root:
        if _local(element.tag) != item:
            continue
        loc = _child_text(element, "loc")
        if loc:
            found.append(SitemapEntry(join_url(base, loc), parse_lastmod(_child_text(element, "lastmod"))))
    return tuple(found)


def sitemap_to_entries(body: bytes, sitemap_url: str) -> Sitemap:
    """Parse a sitemap or sitemap index safely; raises `SitemapError` (`sitemap.invalid`).

    defusedxml refuses DTDs and entities, so a "billion laughs" payload is rejected before it
    can expand. Layout expected (sitemaps.org)::

        <urlset><url><loc>https://…/report.pdf</loc><lastmod>2024-05-01</lastmod></url></urlset>
        <sitemapindex><sitemap><loc>https://…/sitemap-2.xml</loc></sitemap></sitemapindex>
    """
    stripped = body.lstrip()
    if stripped[:1] != b"<":
        # sitemaps.org also allows a plain text file: one URL a line.
        lines = stripped.decode("utf-8", errors="replace").splitlines()
        return Sitemap(entries=tuple(SitemapEntry(u.strip()) for u in lines if u.strip().startswith("http")))
    try:
        root = safe_xml.fromstring(body, forbid_dtd=True)
    except (DefusedXmlException, ParseError) as exc:
        raise SitemapError(f"unsafe or malformed sitemap: {type(exc).__name__}: {exc}") from None
    kind = _local(root.tag)
    if kind == "urlset":
        return Sitemap(entries=_entries(root, "url", sitemap_url))
    if kind == "sitemapindex":
        return Sitemap(sitemaps=_entries(root, "sitemap", sitemap_url))
    raise SitemapError(f"not a sitemap: root element <{kind}>")
