"""What a crawl writes: its `extraction_log` rows (`CrawlLog`) and the document records of the
versions it keeps (`Archive`: the crawl state's entry per URL, with the body in the raw store).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from dataclasses import dataclass, field

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.crawl.clock import SYSTEM_CLOCK, Clock
from mpdp_pipeline.crawl.fetch import MEDIA_TYPE_OF_KIND, Fetched
from mpdp_pipeline.crawl.links import html_to_links
from mpdp_pipeline.crawl.state import CrawlState, UrlState
from mpdp_pipeline.crawl.urls import url_host
from mpdp_pipeline.errors import FetchError
from mpdp_pipeline.schemas import DocStatus, DocumentRecord, LogEntry, LogStatus, Stage
from mpdp_pipeline.storage import RawStore

logger = logging.getLogger("mpdp_pipeline.crawl")


@dataclass
class CrawlLog:
    """One source's crawl log rows, stamped by the crawl's clock; faults also go to `logging`."""

    run_id: str
    recipient: str
    clock: Clock = SYSTEM_CLOCK
    entries: list[LogEntry] = field(default_factory=list)
    _off_domain_hosts: set[str] = field(default_factory=set)

    def add(
        self,
        url: str | None,
        status: LogStatus,
        code: LogCode,
        message: str = "",
        *,
        doc_id: str | None = None,
        items: int | None = None,
        duration_ms: float | None = None,
    ) -> None:
        entry = LogEntry.of(
            code, run_id=self.run_id, at=self.clock.now(), doc_id=doc_id, source_url=url, stage=Stage.CRAWL,
            status=status, message=message, items=items, duration_ms=duration_ms,
        )  # fmt: skip
        self.entries.append(entry)
        if status in (LogStatus.ERROR, LogStatus.WARNING):
            logger.warning("%s %s: %s %s", self.recipient, code, url, message)

    def link_refused(self, url: str, exc: FetchError) -> None:
        """A link the rules refuse; pages link to many outside sites, so one row per outside host."""
        if exc.code == LogCode.URL_OFF_DOMAIN:
            host = url_host(url)
            if host in self._off_domain_hosts:
                return
            self._off_domain_hosts.add(host)
        self.add(url, LogStatus.SKIPPED, exc.code, exc.message)


@dataclass
class Archive:
    """The stored version of each URL: its entry in the crawl state and its body in the raw store.

    `lock` guards the state while a checkpoint writes it (a redirect can load robots.txt, and
    so change the state, in a worker thread).
    """

    store: RawStore
    state: CrawlState
    recipient: str
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Bodies seen in the raw store during this crawl: a body is never deleted while its source is crawled, so
    # each is looked for once, not once per request and again when the reply is kept.
    _present: set[str] = field(default_factory=set)

    def copy_of(self, url: str) -> UrlState | None:
        """The URL's stored version, only if its body is still in the raw store."""
        stored = self.state.urls.get(url)
        if stored is None:
            return None
        if stored.doc_id not in self._present:
            if not self.store.path_for(stored.doc_id, stored.ext).exists():
                return None
            self._present.add(stored.doc_id)
        return stored

    def record(
        self, url: str, stored: UrlState, status: DocStatus, *, http_status: int | None = None
    ) -> DocumentRecord:
        """The record of a stored version; `http_status` overrides the stored one (a 304)."""
        path = self.store.path_for(stored.doc_id, stored.ext)
        return DocumentRecord(
            doc_id=stored.doc_id,
            recipient=self.recipient,
            source_url=url,
            final_url=stored.final_url,
            content_type=stored.content_type,
            bytes=stored.size if stored.size is not None else path.stat().st_size,
            fetched_at=stored.fetched_at_dt,
            http_status=http_status if http_status is not None else stored.http_status,
            etag=stored.etag,
            last_modified=stored.last_modified,
            status=status,
            raw_path=str(path),
        )

    def keep(self, url: str, fetched: Fetched, now: dt.datetime) -> DocumentRecord:
        """Keep the body under its hash; 304 or identical bytes mean `not_modified`."""
        previous = self.copy_of(url)
        if fetched.is_not_modified and previous is not None:
            refreshed = dataclasses.replace(previous, fetched_at=now.isoformat())
            self.state.urls[url] = refreshed
            return self.record(url, refreshed, DocStatus.NOT_MODIFIED, http_status=fetched.http_status)
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
        same = previous is not None and previous.doc_id == doc_id
        if same and previous.charset == stored.charset and previous.final_url == stored.final_url:
            # The very bytes (a file, or a server without validators): the links read from them still hold.
            stored = dataclasses.replace(stored, links=previous.links)
        self.state.urls[url] = stored
        status = DocStatus.NOT_MODIFIED if same else DocStatus.OK
        return self.record(url, stored, status)

    def page_links(self, url: str, fresh_body: bytes | None = None) -> tuple[str, tuple[str, ...]] | None:
        """(base URL, absolute links) of the URL's stored HTML page; None if it is not one.

        The links are read once per version (from `fresh_body` when the page just arrived) and
        kept in the state, so an unchanged page gives its links without being parsed again.
        """
        stored = self.state.urls.get(url)
        if stored is None or stored.ext != "html":
            return None
        base = stored.final_url or url
        links = stored.links
        if links is None:
            body = fresh_body or self.store.path_for(stored.doc_id, stored.ext).read_bytes()
            links = tuple(html_to_links(body, base, stored.charset))
            self.state.urls[url] = dataclasses.replace(stored, links=links)
        return base, links
