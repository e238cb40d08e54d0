"""Politeness: how often and how many requests a host receives, and what robots.txt allows.

* `HostPacer` spaces requests to one host by its delay (the config's `delay_s`, or robots.txt
  `Crawl-delay` when larger), keeps at most `concurrency_per_host` in flight, and pushes the
  next request back after a `Retry-After` or a retry backoff, for every worker at once. It
  reads the time from the crawl's `Clock`, and waits with its `sleep`.
* `RobotsCache` fetches each origin's robots.txt once per crawl. Google's rules for failures:
  a 4xx means no rules (crawl everything); a 5xx or an unreachable server means "disallow
  everything" for this run, because a struggling server is the one to leave alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from protego import Protego

from mpdp_pipeline.crawl.clock import SYSTEM_CLOCK, Clock
from mpdp_pipeline.crawl.urls import url_origin

# A Retry-After longer than this is not waited for: the URL fails with its status instead
# of holding the nightly run for hours.
DEFAULT_MAX_RETRY_AFTER_S = 300.0


@dataclass
class _HostSlot:
    semaphore: threading.Semaphore
    next_at: float = 0.0  # `Clock.monotonic` time before which no request may start
    delay_s: float = 0.0


@dataclass
class HostPacer:
    """Per-host spacing and concurrency, shared by all worker threads of one crawl.

    >>> pacer = HostPacer(delay_s=1.0, concurrency=1)
    >>> with pacer.slot("example.org"):
    ...     pass  # send one request here
    """

    delay_s: float
    concurrency: int
    clock: Clock = SYSTEM_CLOCK
    _hosts: dict[str, _HostSlot] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _slot_for(self, host: str) -> _HostSlot:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _HostSlot(threading.Semaphore(self.concurrency), delay_s=self.delay_s)
            return self._hosts[host]

    def set_crawl_delay(self, host: str, crawl_delay_s: float | None) -> None:
        """Adopt robots.txt's Crawl-delay when it asks for more than the config."""
        if crawl_delay_s is not None:
            slot = self._slot_for(host)
            with self._lock:
                slot.delay_s = max(self.delay_s, crawl_delay_s)

    def defer(self, host: str, seconds: float) -> None:
        """No request to `host` before `seconds` from now (Retry-After, backoff)."""
        slot = self._slot_for(host)
        with self._lock:
            slot.next_at = max(slot.next_at, self.clock.monotonic() + seconds)

    @contextmanager
    def slot(self, host: str) -> Iterator[float]:
        """Hold one of the host's concurrent slots, started no sooner than its delay allows; gives the
        seconds waited for it (by `Clock.monotonic`, so a wait for another worker's slot counts too)."""
        slot = self._slot_for(host)
        asked = self.clock.monotonic()
        with slot.semaphore:
            with self._lock:
                now = self.clock.monotonic()
                start = max(now, slot.next_at)
                slot.next_at = start + slot.delay_s
            if start > now:
                self.clock.sleep(start - now)
            yield self.clock.monotonic() - asked


@dataclass(frozen=True)
class RobotsAnswer:
    """What fetching robots.txt gave: its text, or why there is none."""

    text: str | None
    is_unavailable: bool = False  # 5xx or unreachable: disallow everything this run
    reason: str = ""


@dataclass
class RobotsCache:
    """robots.txt rules per origin, fetched on first use with `fetch(origin) -> RobotsAnswer`."""

    user_agent: str
    fetch: Callable[[str], RobotsAnswer]
    on_loaded: Callable[[str, Protego | None, RobotsAnswer], None] = lambda origin, rules, answer: None
    _rules: dict[str, tuple[Protego | None, RobotsAnswer]] = field(default_factory=dict)
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def rules_for(self, url: str) -> tuple[Protego | None, RobotsAnswer]:
        origin = url_origin(url)
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin even when several workers ask at once
            if origin not in self._rules:
                answer = self.fetch(origin)
                rules = Protego.parse(answer.text) if answer.text is not None else None
                self._rules[origin] = (rules, answer)
                self.on_loaded(origin, rules, answer)
            return self._rules[origin]

    def why_disallowed(self, url: str) -> str | None:
        """None when `url` may be fetched, else the reason (for the log message)."""
        rules, answer = self.rules_for(url)
        if answer.is_unavailable:
            return f"robots.txt unavailable ({answer.reason}); not crawling this host now"
        if rules is not None and not rules.can_fetch(url, self.user_agent):
            return "disallowed by robots.txt"
        return None

    def sitemaps(self, url: str) -> list[str]:
        rules, _ = self.rules_for(url)
        return list(rules.sitemaps) if rules is not None else []
