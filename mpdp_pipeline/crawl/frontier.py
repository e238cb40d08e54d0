"""The frontier of one crawl: the URLs to visit (breadth first), those seen, those done.

A URL enters once, normalised, and only if the safety rules let it be fetched at all (a
refused link is one log row). The frontier is saved with the crawl state as the crawl goes
(`snapshot`), and a crawl killed midway is picked up from it by the next one (`restore`), each
saved URL checked again against today's rules (the config may have narrowed since).
`max_documents` caps the URLs a crawl takes on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.crawl.links import has_ignored_extension
from mpdp_pipeline.crawl.records import CrawlLog
from mpdp_pipeline.crawl.safety import UrlGuard
from mpdp_pipeline.crawl.state import FrontierItem, SavedFrontier
from mpdp_pipeline.crawl.urls import InvalidURL, normalize_url
from mpdp_pipeline.errors import FetchError
from mpdp_pipeline.schemas import DocStatus, LogStatus

logger = logging.getLogger(__name__)


@dataclass
class Frontier:
    guard: UrlGuard
    log: CrawlLog
    tracking_params: tuple[str, ...]
    max_documents: int
    pending: deque[FrontierItem] = field(default_factory=deque)
    seen: set[str] = field(default_factory=set)
    done: dict[str, tuple[int, str]] = field(default_factory=dict)  # url -> (depth, DocStatus)
    is_budget_logged: bool = False

    def add(self, url: str, depth: int, *, from_file: bool, lastmod: str | None = None) -> None:
        """Add a discovered URL once, if it may be fetched at all."""
        try:
            url = normalize_url(url, self.tracking_params)
        except InvalidURL as exc:
            logger.debug("ignoring %s", exc)
            return
        if url in self.seen or has_ignored_extension(url):
            return
        self.seen.add(url)
        if self._is_allowed(url, from_file=from_file):
            self.pending.append(FrontierItem(url, depth, lastmod))

    def _is_allowed(self, url: str, *, from_file: bool) -> bool:
        try:
            self.guard.check_link(url, from_file=from_file)
        except FetchError as exc:
            self.log.link_refused(url, exc)
            return False
        return True

    def _is_resumable(self, url: str, depth: int, max_depth: int) -> bool:
        """A saved URL passes today's rules: its canonical form, the schemes, domains and depth.

        A file:// URL was allowed by the config that saved it; its path is checked against
        today's roots when it is read. The address rule runs before every request anyway.
        """
        try:
            if normalize_url(url, self.tracking_params) != url:
                return False
        except InvalidURL:
            return False
        return depth <= max_depth and self._is_allowed(url, from_file=url.startswith("file:"))

    def mark_done(self, item: FrontierItem, status: DocStatus) -> None:
        self.done[item.url] = (item.depth, status.value)

    def has_budget(self, in_flight: int) -> bool:
        """True while `max_documents` allows another URL; logs the cap once when it bites."""
        if len(self.done) + in_flight < self.max_documents:
            return True
        if not self.is_budget_logged and self.pending:
            self.is_budget_logged = True
            self.log.add(
                None,
                LogStatus.WARNING,
                LogCode.CRAWL_MAX_DOCUMENTS,
                f"stopped at max_documents={self.max_documents}",
                items=len(self.pending),
            )
        return False

    def snapshot(self, run_id: str, in_flight: list[FrontierItem]) -> SavedFrontier:
        return SavedFrontier(run_id, [*in_flight, *self.pending], dict(self.done))

    def restore(
        self, saved: SavedFrontier, has_copy: Callable[[str], bool], max_depth: int
    ) -> list[tuple[FrontierItem, DocStatus]]:
        """Take over the frontier a killed crawl saved; returns its done URLs whose stored copy stands.

        A URL that failed last time, or whose body is gone from the raw store, is visited again.
        Every URL is checked against today's rules first (`_is_resumable`): one they refuse is dropped.
        """
        standing: list[tuple[FrontierItem, DocStatus]] = []
        for url, (depth, status) in saved.done.items():
            self.seen.add(url)
            if not self._is_resumable(url, depth, max_depth):
                continue
            if status == DocStatus.SKIPPED.value:
                self.done[url] = (depth, status)
            elif status == DocStatus.ERROR.value or not has_copy(url):
                self.pending.append(FrontierItem(url, depth))
            else:
                standing.append((FrontierItem(url, depth), DocStatus(status)))
        for item in saved.pending:
            if item.url not in self.seen:
                self.seen.add(item.url)
                if self._is_resumable(item.url, item.depth, max_depth):
                    self.pending.append(item)
        return standing
