"""The crawler's memory between runs, one JSON file per source: `raw/_state/<recipient>.json`.

It holds what makes the next crawl incremental and a killed crawl resumable::

    {"version": 1,
     "urls":     {url: {etag, last_modified, doc_id, ext, content_type, charset, final_url,
                        fetched_at, http_status, size, links}},          # validators of each document
     "robots":   {origin: {etag, last_modified, text}},     # robots.txt, for 304s
     "sitemaps": {url: {etag, last_modified, doc_id}},      # body kept in the raw store
     "frontier": null | {"run_id", "pending": [[url, depth, lastmod]], "done": {url: [depth, status]}}}

`frontier` (a `SavedFrontier`) is only present while a crawl is running; a run that finds one
picks it up (`frontier.Frontier.restore`). A file that cannot be read (cut short by a full disk,
edited by hand) is set aside as `<recipient>.json.corrupt-<id>` and the crawl starts afresh.

The file is a local path or, with the raw store on an object store, an object (`location.Remote`) that
the crawl task reads and writes whole, wherever it runs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mpdp_pipeline.location import Location, Remote
from mpdp_pipeline.storage import atomic_write_json, read_json

STATE_VERSION = 1


@dataclass(frozen=True)
class Validators:
    """What the server said about a body, so the next request can be conditional."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class UrlState:
    """The stored version of one URL's document."""

    doc_id: str
    ext: str
    content_type: str
    fetched_at: str  # ISO 8601, UTC
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    charset: str | None = None
    http_status: int | None = None
    size: int | None = None  # bytes of the stored body
    # An HTML body's links, absolute: an unchanged page then gives its links without re-parsing.
    links: tuple[str, ...] | None = None

    @property
    def validators(self) -> Validators:
        return Validators(self.etag, self.last_modified)

    @property
    def fetched_at_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.fetched_at)


@dataclass(frozen=True)
class FrontierItem:
    url: str
    depth: int
    lastmod: str | None = None  # the sitemap's <lastmod>, ISO 8601


@dataclass
class SavedFrontier:
    """The frontier of the crawl in progress as saved: URLs still to visit and those visited."""

    run_id: str
    pending: list[FrontierItem] = field(default_factory=list)
    done: dict[str, tuple[int, str]] = field(default_factory=dict)  # url -> (depth, DocStatus)


@dataclass
class CrawlState:
    urls: dict[str, UrlState] = field(default_factory=dict)
    robots: dict[str, dict[str, str | None]] = field(default_factory=dict)
    sitemaps: dict[str, dict[str, str | None]] = field(default_factory=dict)
    frontier: SavedFrontier | None = None


def _url_state(data: dict[str, Any]) -> UrlState | None:
    names = {f.name for f in dataclasses.fields(UrlState)}
    try:
        values = {k: v for k, v in data.items() if k in names}
        if isinstance(values.get("links"), list):
            values["links"] = tuple(values["links"])
        return UrlState(**values)
    except TypeError:
        return None  # an entry missing a required field is forgotten, not fatal


def _frontier(data: dict[str, Any] | None) -> SavedFrontier | None:
    if not data:
        return None
    pending = [FrontierItem(url, int(depth), lastmod) for url, depth, lastmod in data.get("pending", [])]
    done = {url: (int(depth), str(status)) for url, (depth, status) in data.get("done", {}).items()}
    return SavedFrontier(str(data.get("run_id", "")), pending, done)


def load_state(path: Location, on_reset: Callable[[str], None] | None = None) -> CrawlState:
    """The stored state, or an empty one (first run, or a state of another version).

    A file that cannot be read as a state is moved aside, `on_reset(message)` is told, and the
    state is empty: one bad file must not fail the source's crawl night after night.
    """
    try:
        data = read_json(path, default=None)
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            if data is None or isinstance(data, dict):
                return CrawlState()  # no file yet, or a state of another version: start afresh
            raise ValueError(f"a JSON {type(data).__name__}, not an object")
        urls = {url: s for url, raw in data.get("urls", {}).items() if (s := _url_state(raw)) is not None}
        return CrawlState(
            urls, dict(data.get("robots", {})), dict(data.get("sitemaps", {})), _frontier(data.get("frontier"))
        )
    except (ValueError, TypeError, AttributeError, KeyError) as exc:  # JSON and Unicode errors are ValueErrors
        aside = _set_aside(path)
        if on_reset is not None:
            on_reset(f"unreadable crawl state ({type(exc).__name__}: {exc}); set aside as {aside}, starting afresh")
        return CrawlState()


def _set_aside(path: Location) -> Location:
    """Move an unreadable state file out of the way (kept for whoever wants to see what went wrong)."""
    aside = path.parent / f"{path.name}.corrupt-{uuid.uuid4().hex[:8]}"
    if isinstance(path, Remote):  # an object store has no rename: a copy, then a delete
        path.fs.copy(path.path, aside.path)
        path.unlink(missing_ok=True)
    else:
        path.replace(aside)
    return aside


def save_state(path: Location, state: CrawlState) -> None:
    """Write the state atomically, so a kill leaves the previous checkpoint intact."""
    frontier = None
    if state.frontier is not None:
        frontier = {
            "run_id": state.frontier.run_id,
            "pending": [[i.url, i.depth, i.lastmod] for i in state.frontier.pending],
            "done": {url: [depth, status] for url, (depth, status) in state.frontier.done.items()},
        }
    atomic_write_json(
        path,
        {
            "version": STATE_VERSION,
            # vars() rather than asdict(): the fields are flat, and asdict's deep copy is slow.
            "urls": {url: dict(vars(s)) for url, s in sorted(state.urls.items())},
            "robots": state.robots,
            "sitemaps": state.sitemaps,
            "frontier": frontier,
        },
        indent=None,  # saved every few dozen documents: compact and fast beats readable
    )
