"""Crawl one source into the raw store: polite, incremental, resumable and safe.

    result = crawl_source(source, cfg.crawl, RawStore(cfg.pipeline.raw_dir),
                          user_agent=cfg.pipeline.user_agent, run_id=run_id)

How a crawl runs (the modules named do the work):

1. Load the source's state (`crawl_state`): validators per URL, and a frontier if the last
   crawl was killed, in which case it resumes from there.
2. Seed the frontier with the start URLs, then with the sitemaps named in robots.txt (or
   `/sitemap.xml`), whose `<lastmod>` lets an unchanged document be skipped with no request.
3. Visit the frontier breadth first. Each URL passes the safety rules (`crawl_safety`) and
   robots.txt (`crawl_politeness`), then is fetched in a worker thread (`crawl_fetch`) with a
   conditional request. Per-host delay and concurrency are enforced by the shared pacer.
4. A body is stored under its sha256 (`RawStore.put`); a 304 or identical bytes keep the
   stored copy. HTML pages, fresh or stored, give links for the next depth (`crawl_links`).
5. Every refusal and failure is one `extraction_log` row with its code; the state is saved
   every few documents, and the frontier is cleared when the crawl ends.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from protego import Protego

from mpdp_pipeline.clock import utc_now
from mpdp_pipeline.config import CrawlConfig, SourceConfig
from mpdp_pipeline.crawl_fetch import (
    ANY_KIND,
    DOCUMENT_KINDS,
    MEDIA_TYPE_OF_KIND,
    SITEMAP_KINDS,
    Fetched,
    FetchStats,
    HttpFetcher,
    read_file,
)
from mpdp_pipeline.crawl_links import Sitemap, has_ignored_extension, html_to_links, parse_lastmod, sitemap_to_entries
from mpdp_pipeline.crawl_politeness import HostPacer, RobotsAnswer, RobotsCache
from mpdp_pipeline.crawl_safety import UrlGuard, default_allowed_domains
from mpdp_pipeline.crawl_state import (
    CrawlState,
    Frontier,
    FrontierItem,
    UrlState,
    Validators,
    load_state,
    save_state,
)
from mpdp_pipeline.errors import FetchError
from mpdp_pipeline.schemas import DocStatus, DocumentRecord, LogEntry, LogStatus, Stage
from mpdp_pipeline.storage import RawStore
from mpdp_pipeline.urls import InvalidURL, join_url, normalize_url, url_host, url_origin, url_scheme

logger = logging.getLogger(__name__)

# Refusals by rule, logged as `skipped`: they are decisions, not faults, and make no document.
SKIP_CODES = frozenset(
    {
        "robots.disallowed",
        "url.off_domain",
        "url.scheme",
        "url.private_address",
        "file.outside_root",
        "type.unsupported",
    }
)
ROBOTS_MAX_BYTES = 512 * 1024  # Google reads at most 500 KiB of a robots.txt
MAX_SITEMAPS = 50  # sitemap files read per crawl, indexes included
MAX_WORKERS = 16
# The frontier is saved every this many documents or seconds, whichever comes first: often
# enough that a killed crawl loses little, rarely enough that the JSON writes stay cheap.
CHECKPOINT_EVERY_DOCS = 50
CHECKPOINT_EVERY_S = 10.0


@dataclass
class CrawlResult:
    """What one source's crawl produced; `documents` has one record per distinct URL reached."""

    documents: list[DocumentRecord]
    log: list[LogEntry]
    requests: int
    bytes_downloaded: int


@dataclass(frozen=True)
class _Outcome:
    item: FrontierItem
    fetched: Fetched | None
    error: FetchError | None
    duration_ms: float


@dataclass
class _Crawl:
    """One crawl of one source. All mutation happens on the calling thread; workers only fetch."""

    source: SourceConfig
    settings: CrawlConfig
    store: RawStore
    run_id: str
    user_agent: str
    fetcher: HttpFetcher
    guard: UrlGuard
    state: CrawlState
    on_document: Callable[[DocumentRecord], None] | None
    robots: RobotsCache | None = None
    pending: deque[FrontierItem] = field(default_factory=deque)
    seen: set[str] = field(default_factory=set)
    done: dict[str, tuple[int, str]] = field(default_factory=dict)
    documents: list[DocumentRecord] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    off_domain_logged: set[str] = field(default_factory=set)
    is_budget_logged: bool = False
    state_lock: threading.Lock = field(default_factory=threading.Lock)

    # --- logging and records -------------------------------------------------------------

    def _log(
        self,
        url: str | None,
        status: LogStatus,
        code: str,
        message: str = "",
        *,
        doc_id: str | None = None,
        items: int | None = None,
        duration_ms: float | None = None,
    ) -> None:
        self.log.append(
            LogEntry(
                self.run_id, utc_now(), doc_id, url, Stage.CRAWL.value, status.value, code, message, items, duration_ms
            )
        )
        if status in (LogStatus.ERROR, LogStatus.WARNING):
            logger.warning("%s %s: %s %s", self.source.recipient, code, url, message)

    def _emit(self, item: FrontierItem, record: DocumentRecord) -> None:
        self.documents.append(record)
        self.done[item.url] = (item.depth, record.status)
        if self.on_document is not None:
            self.on_document(record)

    def _stored_record(
        self, item: FrontierItem, stored: UrlState, status: DocStatus, *, http_status: int | None = None
    ) -> DocumentRecord:
        """The record of a stored version; `http_status` overrides the stored one (a 304)."""
        path = self.store.path_for(stored.doc_id, stored.ext)
        return DocumentRecord(
            doc_id=stored.doc_id,
            recipient=self.source.recipient,
            source_url=item.url,
            final_url=stored.final_url,
            content_type=stored.content_type,
            bytes=stored.size if stored.size is not None else path.stat().st_size,
            fetched_at=stored.fetched_at_dt,
            http_status=http_status if http_status is not None else stored.http_status,
            etag=stored.etag,
            last_modified=stored.last_modified,
            status=status.value,
            raw_path=str(path),
        )

    def _stored_copy(self, url: str) -> UrlState | None:
        """The URL's stored version, only if its body is still in the raw store."""
        stored = self.state.urls.get(url)
        if stored is None or not self.store.path_for(stored.doc_id, stored.ext).exists():
            return None
        return stored

    # --- the frontier ----------------------------------------------------------------------

    def enqueue(self, url: str, depth: int, *, from_file: bool, lastmod: str | None = None) -> None:
        """Add a discovered URL once, if it may be fetched at all."""
        try:
            url = normalize_url(url, self.settings.tracking_params)
        except InvalidURL as exc:
            logger.debug("ignoring %s", exc)
            return
        if url in self.seen or has_ignored_extension(url):
            return
        self.seen.add(url)
        try:
            self.guard.check_link(url, from_file=from_file)
        except FetchError as exc:
            self._log_refusal(url, exc)
            return
        self.pending.append(FrontierItem(url, depth, lastmod))

    def _log_refusal(self, url: str, exc: FetchError) -> None:
        if exc.code == "url.off_domain":
            # Pages link to many outside sites; one row per outside host is enough.
            host = url_host(url)
            if host in self.off_domain_logged:
                return
            self.off_domain_logged.add(host)
        self._log(url, LogStatus.SKIPPED, exc.code, exc.message)

    def seed(self) -> None:
        """Start URLs and sitemaps, or the frontier a killed crawl left behind."""
        frontier = self.state.frontier
        if frontier is not None:
            self._resume(frontier)
        for url in self.source.start_urls:
            self.enqueue(url, 0, from_file=url_scheme(url) == "file")
        if self.source.max_depth >= 1:
            self._read_sitemaps()

    def _resume(self, frontier: Frontier) -> None:
        logger.info(
            "%s: resuming crawl %s, %d URLs pending", self.source.recipient, frontier.run_id, len(frontier.pending)
        )
        self._log(
            None,
            LogStatus.WARNING,
            "crawl.resumed",
            f"resuming the frontier of run {frontier.run_id}",
            items=len(frontier.pending),
        )
        for url, (depth, status) in frontier.done.items():
            self.seen.add(url)
            stored = self._stored_copy(url)
            if status == DocStatus.SKIPPED.value:
                self.done[url] = (depth, status)
            elif status == DocStatus.ERROR.value or stored is None:
                self.pending.append(FrontierItem(url, depth))  # failed last time: try again
            else:
                self._emit(
                    FrontierItem(url, depth), self._stored_record(FrontierItem(url, depth), stored, DocStatus(status))
                )
        for item in frontier.pending:
            if item.url not in self.seen:
                self.seen.add(item.url)
                self.pending.append(item)

    # --- robots.txt and sitemaps -------------------------------------------------------------

    def fetch_robots(self, origin: str) -> RobotsAnswer:
        url = origin + "/robots.txt"
        stored = self.state.robots.get(origin) or {}
        validators = Validators(stored.get("etag"), stored.get("last_modified")) if "text" in stored else None
        try:
            fetched = self.fetcher.fetch(
                url,
                accept=ANY_KIND,
                check_hop=lambda u: self.guard.check_link(u, from_file=False),
                validators=validators,
                validators_url=url,
                max_bytes=ROBOTS_MAX_BYTES,
            )
        except FetchError as exc:
            if _is_client_error(exc.code) or exc.code == "url.off_domain":
                return RobotsAnswer(None, reason=exc.code)  # no robots.txt: no rules
            return RobotsAnswer(None, is_unavailable=True, reason=exc.code)
        if fetched.is_not_modified:
            return RobotsAnswer(stored.get("text") or "")
        text = (fetched.body or b"").decode("utf-8", errors="replace")
        with self.state_lock:  # a redirect can load robots.txt in a worker while a checkpoint runs
            self.state.robots[origin] = {"etag": fetched.etag, "last_modified": fetched.last_modified, "text": text}
        return RobotsAnswer(text)

    def on_robots_loaded(self, origin: str, rules: Protego | None, answer: RobotsAnswer) -> None:
        if answer.is_unavailable:
            self._log(origin + "/robots.txt", LogStatus.WARNING, "robots.unavailable", answer.reason)
        if rules is not None:
            self.fetcher.pacer.set_crawl_delay(url_host(origin), rules.crawl_delay(self.user_agent))

    def _sitemap_urls(self) -> list[tuple[str, bool]]:
        """(sitemap URL, is_a_guess) per crawled origin: robots.txt's, else /sitemap.xml."""
        found: list[tuple[str, bool]] = []
        origins = sorted({url_origin(u) for u in self.source.start_urls if url_scheme(u) in ("http", "https")})
        for origin in origins:
            if self._refused(origin + "/"):
                continue
            listed: list[str] = []
            if self.robots is not None:
                named = (self._absolute(origin + "/robots.txt", u) for u in self.robots.sitemaps(origin + "/"))
                listed = [u for u in named if u and not self._refused_link(u)]
            found.extend((u, False) for u in listed)
            if not listed:
                found.append((origin + "/sitemap.xml", True))
        return found

    def _absolute(self, base: str, link: str) -> str | None:
        try:
            return normalize_url(join_url(base, link), self.settings.tracking_params)
        except InvalidURL:
            return None

    def _refused(self, url: str) -> bool:
        try:
            self.guard.check_address(url)
        except FetchError:
            return True  # the start URL itself will log why
        return False

    def _refused_link(self, url: str) -> bool:
        try:
            self.guard.check_link(url, from_file=False)
        except FetchError:
            return True
        return False

    def _read_sitemaps(self) -> None:
        queue = deque(self._sitemap_urls())
        read: set[str] = set()
        while queue and len(read) < MAX_SITEMAPS:
            url, is_guess = queue.popleft()
            if url in read:
                continue
            read.add(url)
            sitemap = self._read_sitemap(url, is_guess)
            if sitemap is None:
                continue
            for entry in sitemap.entries:
                lastmod = entry.lastmod.isoformat() if entry.lastmod else None
                self.enqueue(entry.url, 1, from_file=False, lastmod=lastmod)
            children = (self._absolute(url, child.url) for child in sitemap.sitemaps)
            queue.extend((child, False) for child in children if child and not self._refused_link(child))

    def _read_sitemap(self, url: str, is_guess: bool) -> Sitemap | None:
        """Fetch (conditionally) and parse one sitemap; failures are logged as warnings."""
        try:
            if self.robots is not None and (reason := self.robots.why_disallowed(url)):
                raise FetchError(reason, code="robots.disallowed")
            body = self._sitemap_body(url)
            return sitemap_to_entries(body, url)
        except FetchError as exc:
            if is_guess and (_is_client_error(exc.code) or exc.code == "type.unsupported"):
                return None  # most sites have no /sitemap.xml: not worth a log row
            self._log(url, LogStatus.WARNING, exc.code, f"sitemap: {exc.message}")
            return None

    def _sitemap_body(self, url: str) -> bytes:
        stored = self.state.sitemaps.get(url) or {}
        path = self.store.path_for(str(stored["doc_id"]), "xml") if stored.get("doc_id") else None
        validators = Validators(stored.get("etag"), stored.get("last_modified")) if path and path.exists() else None
        fetched = self.fetcher.fetch(
            url,
            accept=SITEMAP_KINDS,
            check_hop=lambda u: self.guard.check_link(u, from_file=False),
            validators=validators,
            validators_url=url,
        )
        if fetched.is_not_modified and path is not None:
            return path.read_bytes()
        body = fetched.body or b""
        sitemap_to_entries(body, url)  # raises on an unsafe body, which is then not stored
        doc_id, _ = self.store.put(body, "xml")
        self.state.sitemaps[url] = {"etag": fetched.etag, "last_modified": fetched.last_modified, "doc_id": doc_id}
        return body

    # --- visiting one URL ------------------------------------------------------------------------

    def precheck(self, item: FrontierItem) -> bool:
        """Rules checked on this thread before a worker is spent; False if the URL is done."""
        if url_scheme(item.url) == "file":
            return True
        try:
            self.guard.check_address(item.url)
            if self.robots is not None and (reason := self.robots.why_disallowed(item.url)):
                raise FetchError(reason, code="robots.disallowed")
        except FetchError as exc:
            self._log(item.url, LogStatus.SKIPPED, exc.code, exc.message)
            return False
        return not self._skip_unchanged(item)

    def _why_unchanged(self, item: FrontierItem, stored: UrlState) -> str | None:
        """Why our stored copy can stand without a request, or None if the URL must be asked for."""
        lastmod = parse_lastmod(item.lastmod)
        if lastmod is not None and lastmod <= stored.fetched_at_dt:
            return f"sitemap lastmod {item.lastmod} not after our copy"
        revisit = dt.timedelta(hours=self.settings.revisit_after_hours)
        if revisit and stored.ext != "html" and utc_now() - stored.fetched_at_dt < revisit:
            return f"checked {stored.fetched_at}, within revisit_after_hours={self.settings.revisit_after_hours:g}"
        return None

    def _skip_unchanged(self, item: FrontierItem) -> bool:
        """Emit the stored copy as not_modified, with no request at all, when it can stand."""
        stored = self._stored_copy(item.url)
        reason = self._why_unchanged(item, stored) if stored is not None else None
        if stored is None or reason is None:
            return False
        record = self._stored_record(item, stored, DocStatus.NOT_MODIFIED)
        self._log(item.url, LogStatus.OK, "not_modified", reason, doc_id=stored.doc_id, duration_ms=0.0)
        self._emit(item, record)
        self._follow_links(item, stored_body=True)
        return True

    def fetch(self, item: FrontierItem) -> _Outcome:
        """Runs in a worker thread: fetch only, no shared state but the fetcher's counters."""
        started = time.perf_counter()
        try:
            fetched = self._fetch_any(item.url)
            error = None
        except FetchError as exc:
            fetched, error = None, exc
        except Exception as exc:  # a bug or an odd reply costs this URL, not the source's crawl
            logger.exception("unexpected failure fetching %s", item.url)
            fetched, error = None, FetchError(f"{type(exc).__name__}: {exc}", code="fetch.unexpected")
        return _Outcome(item, fetched, error, (time.perf_counter() - started) * 1000)

    def _fetch_any(self, url: str) -> Fetched:
        if url_scheme(url) == "file":
            return read_file(url, self.guard.file_path(url), self.settings.max_bytes)
        stored = self._stored_copy(url)
        return self.fetcher.fetch(
            url,
            accept=DOCUMENT_KINDS,
            check_hop=self._check_hop,
            validators=stored.validators if stored else None,
            validators_url=(stored.final_url or url) if stored else None,
        )

    def _check_hop(self, url: str) -> None:
        self.guard.check_link(url, from_file=False)
        self.guard.check_address(url)  # before robots.txt, which would be fetched from that address
        if self.robots is not None and (reason := self.robots.why_disallowed(url)):
            raise FetchError(f"redirect target {reason}", code="robots.disallowed")

    def handle(self, outcome: _Outcome) -> None:
        item = outcome.item
        if outcome.error is not None:
            self._handle_error(item, outcome.error, outcome.duration_ms)
            return
        assert outcome.fetched is not None
        fetched = outcome.fetched
        self.seen.add(fetched.final_url)  # a later link to where we were redirected is not fetched again
        record = self._store(item, fetched)
        code = "fetched" if record.status == DocStatus.OK.value else "not_modified"
        self._log(
            item.url,
            LogStatus.OK,
            code,
            f"{record.http_status or 'file'} {record.bytes} bytes",
            doc_id=record.doc_id,
            duration_ms=outcome.duration_ms,
        )
        self._emit(item, record)
        self._follow_links(item, stored_body=fetched.body is None, fetched=fetched)

    def _handle_error(self, item: FrontierItem, exc: FetchError, duration_ms: float) -> None:
        if exc.code in SKIP_CODES:
            self._log(item.url, LogStatus.SKIPPED, exc.code, exc.message, duration_ms=duration_ms)
            self.done[item.url] = (item.depth, DocStatus.SKIPPED.value)
            return
        self._log(item.url, LogStatus.ERROR, exc.code, exc.message, duration_ms=duration_ms)
        record = DocumentRecord(
            doc_id=None,
            recipient=self.source.recipient,
            source_url=item.url,
            fetched_at=utc_now(),
            status=DocStatus.ERROR.value,
            error=f"{exc.code}: {exc.message}",
        )
        self._emit(item, record)

    def _store(self, item: FrontierItem, fetched: Fetched) -> DocumentRecord:
        """Keep the body under its hash; 304 or identical bytes mean `not_modified`."""
        now = utc_now()
        previous = self._stored_copy(item.url)
        if fetched.is_not_modified and previous is not None:
            refreshed = _replace(previous, fetched_at=now.isoformat())
            self.state.urls[item.url] = refreshed
            return self._stored_record(item, refreshed, DocStatus.NOT_MODIFIED, http_status=304)
        assert fetched.body is not None and fetched.kind in MEDIA_TYPE_OF_KIND
        doc_id, _ = self.store.put(fetched.body, fetched.kind)
        stored = UrlState(
            doc_id=doc_id,
            ext=fetched.kind,
            content_type=MEDIA_TYPE_OF_KIND[fetched.kind],
            fetched_at=now.isoformat(),
            final_url=fetched.final_url,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            charset=fetched.charset,
            http_status=fetched.http_status,
            size=len(fetched.body),
        )
        self.state.urls[item.url] = stored
        status = DocStatus.NOT_MODIFIED if previous is not None and previous.doc_id == doc_id else DocStatus.OK
        return self._stored_record(item, stored, status)

    def _follow_links(self, item: FrontierItem, *, stored_body: bool, fetched: Fetched | None = None) -> None:
        if item.depth >= self.source.max_depth:
            return
        stored = self.state.urls.get(item.url)
        if stored is None or stored.ext != "html":
            return
        base = stored.final_url or item.url
        links = stored.links
        if links is None:
            is_fresh = not stored_body and fetched is not None and fetched.body is not None
            body = fetched.body if is_fresh and fetched and fetched.body else self._stored_body(stored)
            links = tuple(html_to_links(body, base, stored.charset))
            self.state.urls[item.url] = _replace(stored, links=links)
        for link in links:
            self.enqueue(link, item.depth + 1, from_file=url_scheme(base) == "file")

    def _stored_body(self, stored: UrlState) -> bytes:
        return self.store.path_for(stored.doc_id, stored.ext).read_bytes()

    # --- the loop ------------------------------------------------------------------------------

    def checkpoint(self, in_flight: list[FrontierItem]) -> None:
        with self.state_lock:
            self.state.frontier = Frontier(self.run_id, [*in_flight, *self.pending], dict(self.done))
            save_state(self.store.state_path(self.source.recipient), self.state)

    def _has_budget(self, in_flight: int) -> bool:
        if len(self.done) + in_flight < self.source.max_documents:
            return True
        if not self.is_budget_logged and self.pending:
            self.is_budget_logged = True
            self._log(
                None,
                LogStatus.WARNING,
                "crawl.max_documents",
                f"stopped at max_documents={self.source.max_documents}",
                items=len(self.pending),
            )
        return False

    def run(self, workers: int) -> None:
        in_flight: dict[Future[_Outcome], FrontierItem] = {}
        since_checkpoint, last_checkpoint = 0, time.monotonic()
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawl") as pool:
            try:
                while self.pending or in_flight:
                    while self.pending and len(in_flight) < workers and self._has_budget(len(in_flight)):
                        item = self.pending.popleft()
                        if self.precheck(item):
                            in_flight[pool.submit(self.fetch, item)] = item
                    if not in_flight:
                        if not self._has_budget(0):
                            break
                        continue
                    finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in finished:
                        del in_flight[future]
                        self.handle(future.result())
                        since_checkpoint += 1
                    if (
                        since_checkpoint >= CHECKPOINT_EVERY_DOCS
                        or time.monotonic() - last_checkpoint > CHECKPOINT_EVERY_S
                    ):
                        self.checkpoint(list(in_flight.values()))
                        since_checkpoint, last_checkpoint = 0, time.monotonic()
            except BaseException:
                # Ctrl-C or a failing callback: keep the frontier so the next run resumes.
                for future in in_flight:
                    future.cancel()
                self.checkpoint(list(in_flight.values()))
                raise


def _replace(stored: UrlState, **changes: object) -> UrlState:
    return dataclasses.replace(stored, **changes)  # type: ignore[arg-type]


def _is_client_error(code: str) -> bool:
    """http.4xx other than 429 (which is a request to slow down, not an answer)."""
    return code.startswith("http.4") and code != "http.429"


def _worker_count(source: SourceConfig, settings: CrawlConfig) -> int:
    hosts = {url_host(u) for u in source.start_urls} | set(source.allowed_domains)
    return max(1, min(MAX_WORKERS, settings.concurrency_per_host * len(hosts)))


def _make_client(settings: CrawlConfig, user_agent: str) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(settings.read_timeout_s, connect=settings.connect_timeout_s),
        headers={"User-Agent": user_agent},
        follow_redirects=False,
    )


def failed_crawl(source: SourceConfig, run_id: str, exc: Exception) -> CrawlResult:
    """The result of a crawl that raised (a bug, a full disk): one error row, so the run goes on."""
    entry = LogEntry(
        run_id=run_id, at=utc_now(), doc_id=None, source_url=source.start_urls[0], stage=Stage.CRAWL.value,
        status=LogStatus.ERROR.value, code="crawl.failed",
        message=f"crawl of {source.recipient} failed: {type(exc).__name__}: {exc}", items=0,
    )  # fmt: skip
    return CrawlResult([], [entry], 0, 0)


def crawl_source(
    source: SourceConfig,
    settings: CrawlConfig,
    store: RawStore,
    *,
    user_agent: str,
    run_id: str,
    client: httpx.Client | None = None,
    on_document: Callable[[DocumentRecord], None] | None = None,
) -> CrawlResult:
    """Crawl one source into `store`; never raises for a fetch fault (they are logged).

    `client` is used as given (tests pass one with a mock transport); timeouts, headers and
    redirects are set per request, so its own settings do not weaken the rules. Without one,
    a client is made and closed here.
    """
    owns_client = client is None
    http_client = client if client is not None else _make_client(settings, user_agent)
    state_path = store.state_path(source.recipient)
    guard = UrlGuard(
        allowed_domains=default_allowed_domains(source.allowed_domains, source.start_urls),
        file_roots=tuple(Path(r) for r in source.file_roots),
        allow_private_addresses=source.allow_private_addresses,
    )
    stats = FetchStats()
    fetcher = HttpFetcher(
        http_client, settings, user_agent, HostPacer(settings.delay_s, settings.concurrency_per_host), guard, stats
    )
    # The same store with an absolute root, so raw_path is absolute without a resolve() per document.
    store = RawStore(store.root.resolve())
    crawl = _Crawl(source, settings, store, run_id, user_agent, fetcher, guard, load_state(state_path), on_document)
    if settings.obey_robots:
        crawl.robots = RobotsCache(user_agent, crawl.fetch_robots, crawl.on_robots_loaded)
    try:
        crawl.seed()
        crawl.run(_worker_count(source, settings))
        crawl.state.frontier = None
        save_state(state_path, crawl.state)
    finally:
        if owns_client:
            http_client.close()
    return CrawlResult(crawl.documents, crawl.log, stats.requests, stats.bytes_downloaded)
