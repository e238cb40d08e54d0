"""Crawl one source into the raw store: polite, incremental, resumable and safe.

    result = crawl_source(source, cfg.crawl, RawStore(cfg.pipeline.raw_dir),
                          user_agent=cfg.pipeline.user_agent, run_id=run_id)

How a crawl runs (the modules named do the work):

1. Load the source's state (`state`): validators per URL, and a frontier if the last crawl
   was killed, in which case `frontier` resumes from there.
2. Seed the frontier with the start URLs, then with the sitemaps (`discovery`), whose
   `<lastmod>` lets an unchanged document be skipped with no request.
3. Visit the frontier breadth first (`_Visitor`). Each URL passes the safety rules (`safety`)
   and robots.txt (`politeness`), then is fetched in a worker thread (`fetch`) with a
   conditional request. Per-host delay and concurrency are enforced by the shared pacer.
4. A body is kept under its sha256 (`records.Archive`); a 304 or identical bytes keep the
   stored copy. HTML pages, fresh or stored, give links for the next depth (`links`).
5. Every refusal and failure is one `extraction_log` row with its code (`records.CrawlLog`);
   the state is saved every few documents, and the frontier is cleared when the crawl ends.
6. A source may take `source_deadline_s` a night (each URL `request_deadline_s`, `fetch`): past
   it, no new URL is started, the ones in flight finish, and the rest stays in the saved
   frontier for the next run (`crawl.deadline`).

Every decision that depends on time reads the `clock.Clock` passed in (default: the real
UTC clock), so tests can drive politeness waits, Retry-After and `revisit_after_hours`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import ssl
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import certifi
import httpx

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.config import CrawlConfig, SourceConfig
from mpdp_pipeline.crawl.clock import SYSTEM_CLOCK, Clock
from mpdp_pipeline.crawl.discovery import RobotsTxt, SitemapReader, parse_lastmod
from mpdp_pipeline.crawl.fetch import DOCUMENT_KINDS, Fetched, FetchStats, HttpFetcher, read_file
from mpdp_pipeline.crawl.frontier import Frontier
from mpdp_pipeline.crawl.politeness import HostPacer, RobotsCache
from mpdp_pipeline.crawl.records import Archive, CrawlLog
from mpdp_pipeline.crawl.safety import UrlGuard, default_allowed_domains
from mpdp_pipeline.crawl.state import FrontierItem, UrlState, load_state, save_state
from mpdp_pipeline.crawl.urls import url_host, url_scheme
from mpdp_pipeline.errors import FetchError
from mpdp_pipeline.schemas import DocStatus, DocumentRecord, LogEntry, LogStatus, Stage
from mpdp_pipeline.storage import RawStore

logger = logging.getLogger(__name__)

MAX_WORKERS = 16
# The frontier is saved every this many seconds, or documents, whichever comes first: often enough
# that a killed crawl loses little (at most seconds of fetching), rarely enough that the JSON writes
# stay cheap. Each save writes the whole state, so the document count waits for as many documents
# as the site has URLs: a fast crawl (an unchanged night) saves once, at its end, not a multiple of
# its state's size; a slow one (a politeness delay) every few seconds.
CHECKPOINT_EVERY_DOCS = 50
CHECKPOINT_EVERY_SHARE = 1.0
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
class _Documents:
    """The crawl's document records in the order reached; each one marks its URL done."""

    frontier: Frontier
    on_document: Callable[[DocumentRecord], None] | None
    records: list[DocumentRecord] = field(default_factory=list)

    def emit(self, item: FrontierItem, record: DocumentRecord) -> None:
        self.records.append(record)
        self.frontier.mark_done(item, DocStatus(record.status))
        if self.on_document is not None:
            self.on_document(record)


@dataclass
class _Visitor:
    """Visits one URL: rules checked on the calling thread, the fetch in a worker, the outcome
    stored and its links added to the frontier back on the calling thread."""

    source: SourceConfig
    settings: CrawlConfig
    clock: Clock
    fetcher: HttpFetcher
    robots: RobotsCache | None
    archive: Archive
    frontier: Frontier
    documents: _Documents
    log: CrawlLog

    def precheck(self, item: FrontierItem) -> bool:
        """Rules checked before a worker is spent; False if the URL is done."""
        if url_scheme(item.url) == "file":
            return True
        try:
            self.fetcher.guard.check_address(item.url)
            if self.robots is not None and (reason := self.robots.why_disallowed(item.url)):
                raise FetchError(reason, code=LogCode.ROBOTS_DISALLOWED)
        except FetchError as exc:
            self.log.add(item.url, LogStatus.SKIPPED, exc.code, exc.message)
            return False
        return not self._skip_unchanged(item)

    def _why_unchanged(self, item: FrontierItem, stored: UrlState) -> str | None:
        """Why our stored copy can stand without a request, or None if the URL must be asked for."""
        lastmod = parse_lastmod(item.lastmod)
        if lastmod is not None and lastmod <= stored.fetched_at_dt:
            return f"sitemap lastmod {item.lastmod} not after our copy"
        revisit = dt.timedelta(hours=self.settings.revisit_after_hours)
        if revisit and stored.ext != "html" and self.clock.now() - stored.fetched_at_dt < revisit:
            return f"checked {stored.fetched_at}, within revisit_after_hours={self.settings.revisit_after_hours:g}"
        return None

    def _skip_unchanged(self, item: FrontierItem) -> bool:
        """Emit the stored copy as not_modified, with no request at all, when it can stand."""
        stored = self.archive.copy_of(item.url)
        reason = self._why_unchanged(item, stored) if stored is not None else None
        if stored is None or reason is None:
            return False
        record = self.archive.record(item.url, stored, DocStatus.NOT_MODIFIED)
        self.log.add(item.url, LogStatus.OK, LogCode.NOT_MODIFIED, reason, doc_id=stored.doc_id, duration_ms=0.0)
        self.documents.emit(item, record)
        self._follow_links(item)
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
            fetched, error = None, FetchError(f"{type(exc).__name__}: {exc}", code=LogCode.FETCH_UNEXPECTED)
        return _Outcome(item, fetched, error, (time.perf_counter() - started) * 1000)

    def _fetch_any(self, url: str) -> Fetched:
        guard = self.fetcher.guard
        stored = self.archive.copy_of(url)
        if url_scheme(url) == "file":
            return read_file(url, guard.file_path(url), self.settings.max_bytes, etag=stored.etag if stored else None)
        return self.fetcher.fetch(
            url,
            accept=DOCUMENT_KINDS,
            check_hop=self._check_hop,
            validators=stored.validators if stored else None,
            validators_url=(stored.final_url or url) if stored else None,
        )

    def _check_hop(self, url: str) -> None:
        self.fetcher.guard.check_link(url, from_file=False)
        self.fetcher.guard.check_address(url)  # before robots.txt, which would be fetched from that address
        if self.robots is not None and (reason := self.robots.why_disallowed(url)):
            raise FetchError(f"redirect target {reason}", code=LogCode.ROBOTS_DISALLOWED)

    def handle(self, outcome: _Outcome) -> None:
        item = outcome.item
        if outcome.error is not None:
            self._handle_error(item, outcome.error, outcome.duration_ms)
            return
        assert outcome.fetched is not None
        fetched = outcome.fetched
        self.frontier.seen.add(fetched.final_url)  # a later link to where we were redirected is not fetched again
        record = self.archive.keep(item.url, fetched, self.clock.now())
        code = LogCode.FETCHED if record.status == DocStatus.OK else LogCode.NOT_MODIFIED
        self.log.add(
            item.url,
            LogStatus.OK,
            code,
            f"{record.http_status or 'file'} {record.bytes} bytes",
            doc_id=record.doc_id,
            duration_ms=outcome.duration_ms,
        )
        self.documents.emit(item, record)
        self._follow_links(item, fetched.body)

    def _handle_error(self, item: FrontierItem, exc: FetchError, duration_ms: float) -> None:
        if exc.code.is_skipped:
            self.log.add(item.url, LogStatus.SKIPPED, exc.code, exc.message, duration_ms=duration_ms)
            self.frontier.mark_done(item, DocStatus.SKIPPED)
            return
        self.log.add(item.url, LogStatus.ERROR, exc.code, exc.message, duration_ms=duration_ms)
        record = DocumentRecord(
            doc_id=None,
            recipient=self.source.recipient,
            source_url=item.url,
            fetched_at=self.clock.now(),
            status=DocStatus.ERROR,
            error=f"{exc.code}: {exc.message}",
        )
        self.documents.emit(item, record)

    def _follow_links(self, item: FrontierItem, fresh_body: bytes | None = None) -> None:
        if item.depth >= self.source.max_depth:
            return
        page = self.archive.page_links(item.url, fresh_body)
        if page is None:
            return
        base, links = page
        for link in links:
            self.frontier.add(link, item.depth + 1, from_file=url_scheme(base) == "file")


@dataclass
class _Checkpoints:
    """Saves the state with the frontier every `CHECKPOINT_EVERY_DOCS` documents or `_S` seconds."""

    archive: Archive
    frontier: Frontier
    path: Path
    run_id: str
    clock: Clock
    since: int = 0
    last_at: float = field(init=False)

    def __post_init__(self) -> None:
        self.last_at = self.clock.monotonic()

    def handled(self, documents: int, in_flight: list[FrontierItem]) -> None:
        """`documents` more handled; saves when either limit is reached."""
        self.since += documents
        every = max(CHECKPOINT_EVERY_DOCS, int(CHECKPOINT_EVERY_SHARE * len(self.archive.state.urls)))
        if self.since >= every or self.clock.monotonic() - self.last_at > CHECKPOINT_EVERY_S:
            self.save(in_flight)

    def save(self, in_flight: list[FrontierItem]) -> None:
        with self.archive.lock:
            self.archive.state.frontier = self.frontier.snapshot(self.run_id, in_flight)
            save_state(self.path, self.archive.state)
        self.since, self.last_at = 0, self.clock.monotonic()


def _visit_all(frontier: Frontier, visitor: _Visitor, checkpoints: _Checkpoints, workers: int, deadline: float) -> bool:
    """The loop: up to `workers` fetches in flight, each outcome handled as it arrives.

    Returns False when the source's `deadline` (`Clock.monotonic`) stopped it with URLs left.
    """
    in_flight: dict[Future[_Outcome], FrontierItem] = {}
    is_late = False
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawl") as pool:
        try:
            while frontier.pending or in_flight:
                is_late = is_late or visitor.clock.monotonic() >= deadline
                while (
                    not is_late
                    and frontier.pending
                    and len(in_flight) < workers
                    and frontier.has_budget(len(in_flight))
                ):
                    item = frontier.pending.popleft()
                    if not visitor.precheck(item):
                        continue
                    if url_scheme(item.url) == "file":
                        # A local file is a stat, and a read when it changed: a thread costs more than that.
                        visitor.handle(visitor.fetch(item))
                        checkpoints.handled(1, list(in_flight.values()))
                        is_late = visitor.clock.monotonic() >= deadline
                        continue
                    in_flight[pool.submit(visitor.fetch, item)] = item
                if not in_flight:
                    if is_late or not frontier.has_budget(0):
                        break
                    continue
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    del in_flight[future]
                    visitor.handle(future.result())
                checkpoints.handled(len(finished), list(in_flight.values()))
        except BaseException:
            # Ctrl-C or a failing callback: keep the frontier so the next run resumes.
            for future in in_flight:
                future.cancel()
            checkpoints.save(list(in_flight.values()))
            raise
    if is_late and frontier.pending:
        visitor.log.add(
            None,
            LogStatus.WARNING,
            LogCode.CRAWL_DEADLINE,
            "source_deadline_s passed; the URLs left are saved for the next run",
            items=len(frontier.pending),
        )
        return False
    return True


def _resume(archive: Archive, frontier: Frontier, documents: _Documents, log: CrawlLog, max_depth: int) -> None:
    """Pick up the frontier a killed crawl saved, if there is one."""
    saved = archive.state.frontier
    if saved is None:
        return
    logger.info("%s: resuming crawl %s, %d URLs pending", archive.recipient, saved.run_id, len(saved.pending))
    log.add(
        None,
        LogStatus.WARNING,
        LogCode.CRAWL_RESUMED,
        f"resuming the frontier of run {saved.run_id}",
        items=len(saved.pending),
    )
    for item, status in frontier.restore(saved, lambda url: archive.copy_of(url) is not None, max_depth):
        stored = archive.copy_of(item.url)
        assert stored is not None
        documents.emit(item, archive.record(item.url, stored, status))


def _worker_count(source: SourceConfig, settings: CrawlConfig) -> int:
    hosts = {url_host(u) for u in source.start_urls} | set(source.allowed_domains)
    return max(1, min(MAX_WORKERS, settings.concurrency_per_host * len(hosts)))


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Loading the CA bundle takes tens of milliseconds: once per process, not once per source and night.
    return ssl.create_default_context(cafile=certifi.where())


def _make_client(settings: CrawlConfig, user_agent: str) -> httpx.Client:
    return httpx.Client(
        verify=_tls_context(),
        timeout=httpx.Timeout(settings.read_timeout_s, connect=settings.connect_timeout_s),
        headers={"User-Agent": user_agent},
        follow_redirects=False,
    )


def failed_crawl(source: SourceConfig, run_id: str, exc: Exception, *, clock: Clock = SYSTEM_CLOCK) -> CrawlResult:
    """The result of a crawl that raised (a bug, a full disk): one error row, so the run goes on."""
    entry = LogEntry.of(
        LogCode.CRAWL_FAILED, run_id=run_id, at=clock.now(), source_url=source.start_urls[0], stage=Stage.CRAWL,
        status=LogStatus.ERROR, message=f"crawl of {source.recipient} failed: {type(exc).__name__}: {exc}", items=0,
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
    clock: Clock = SYSTEM_CLOCK,
) -> CrawlResult:
    """Crawl one source into `store`; never raises for a fetch fault (they are logged).

    `client` is used as given (tests pass one with a mock transport); timeouts, headers and
    redirects are set per request, so its own settings do not weaken the rules. Without one,
    a client is made and closed here. `clock` is where every decision reads the time.
    """
    deadline = clock.monotonic() + settings.source_deadline_s
    owns_client = client is None
    http_client = client if client is not None else _make_client(settings, user_agent)
    state_path = store.state_path(source.recipient)
    guard = UrlGuard(
        allowed_domains=default_allowed_domains(source.allowed_domains, source.start_urls),
        file_roots=tuple(Path(r) for r in source.file_roots),
        allow_private_addresses=source.allow_private_addresses,
    )
    stats = FetchStats()
    pacer = HostPacer(settings.delay_s, settings.concurrency_per_host, clock)
    fetcher = HttpFetcher(http_client, settings, user_agent, pacer, guard, stats, clock)
    log = CrawlLog(run_id, source.recipient, clock)
    state = load_state(state_path, lambda message: log.add(None, LogStatus.WARNING, LogCode.CRAWL_STATE_RESET, message))
    # The same store with an absolute root, so raw_path is absolute without a resolve() per document.
    archive = Archive(RawStore(store.root.resolve()), state, source.recipient)
    frontier = Frontier(guard, log, settings.tracking_params, source.max_documents)
    robots = RobotsTxt(fetcher, guard, archive, log, user_agent).cache() if settings.obey_robots else None
    documents = _Documents(frontier, on_document)
    visitor = _Visitor(source, settings, clock, fetcher, robots, archive, frontier, documents, log)
    try:
        _resume(archive, frontier, documents, log, source.max_depth)
        for url in source.start_urls:
            frontier.add(url, 0, from_file=url_scheme(url) == "file")
        if source.max_depth >= 1:
            SitemapReader(fetcher, guard, archive, log, robots, settings.tracking_params).read_into(
                frontier, source.start_urls
            )
        checkpoints = _Checkpoints(archive, frontier, state_path, run_id, clock)
        if _visit_all(frontier, visitor, checkpoints, _worker_count(source, settings), deadline):
            archive.state.frontier = None
            save_state(state_path, archive.state)
        else:
            checkpoints.save([])  # what is left, for the next run to resume
    finally:
        if owns_client:
            http_client.close()
    return CrawlResult(documents.records, log.entries, stats.requests, stats.bytes_downloaded)
