"""Discovery: the links of an HTML page and the entries of a sitemap, as absolute URLs.

Pure functions of bytes, so they run the same on a fresh body and on a stored copy (a 304
still needs the page's links to reach the rest of the site).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from mpdp_pipeline.errors import FetchError, MpdpError
from mpdp_pipeline.extractors.html import bytes_to_text
from mpdp_pipeline.urls import join_url

# Files that are never HTML or PDF: skipping them here saves a request each.
IGNORED_EXTENSIONS = frozenset(
    [
        "css",
        "js",
        "json",
        "ico",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "bmp",
        "tif",
        "tiff",
        "mp3",
        "mp4",
        "m4a",
        "avi",
        "mov",
        "wmv",
        "webm",
        "ogg",
        "zip",
        "gz",
        "tgz",
        "rar",
        "7z",
        "exe",
        "dmg",
        "woff",
        "woff2",
        "ttf",
        "eot",
    ]
)
# <link rel=...> values that point at assets rather than at documents.
_ASSET_RELS = frozenset(
    ["stylesheet", "icon", "apple-touch-icon", "preconnect", "dns-prefetch", "preload", "modulepreload", "manifest"]
)
_LINK_SCHEMES_IGNORED = ("mailto:", "javascript:", "tel:", "data:", "#")


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"]
        elif tag == "a" and values.get("href"):
            self.links.append(values["href"])
        elif tag == "iframe" and values.get("src"):
            self.links.append(values["src"])
        elif tag == "link" and values.get("href"):
            rels = set(values.get("rel", "").lower().split())
            if not rels & _ASSET_RELS:
                self.links.append(values["href"])


def _page_text(body: bytes, charset: str | None) -> str:
    """The page decoded as the extractor decodes it, so links and text agree on every character."""
    try:
        return bytes_to_text(body, f"text/html; charset={charset}" if charset else None)[0]
    except MpdpError:  # undecodable: the links still matter more than a few characters
        return body.decode("utf-8", errors="replace")


def html_to_links(body: bytes, page_url: str, charset: str | None = None) -> list[str]:
    """Absolute URLs of the page's `a`, `link` and `iframe` targets, in page order, deduplicated.

    A page in windows-1252 with `href="café.html"` gives `.../caf%C3%A9.html` after
    normalisation, because the text is decoded with the page's own charset first.
    """
    parser = _LinkParser()
    try:
        parser.feed(_page_text(body, charset))
        parser.close()
    except AssertionError:
        # html.parser asserts on some broken markup (an unknown marked section); the links
        # read before that point are still good.
        pass
    base = join_url(page_url, parser.base) if parser.base else page_url
    seen: dict[str, None] = {}
    for link in parser.links:
        if link.strip().lower().startswith(_LINK_SCHEMES_IGNORED):
            continue
        seen.setdefault(join_url(base, link), None)
    return list(seen)


def has_ignored_extension(url: str) -> bool:
    path = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return "." in path and path.rsplit(".", 1)[1].lower() in IGNORED_EXTENSIONS


# --- sitemaps -----------------------------------------------------------------------------


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
    """Parse a sitemap or sitemap index safely; raises FetchError `sitemap.invalid`.

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
        raise FetchError(f"unsafe or malformed sitemap: {type(exc).__name__}: {exc}", code="sitemap.invalid") from None
    kind = _local(root.tag)
    if kind == "urlset":
        return Sitemap(entries=_entries(root, "url", sitemap_url))
    if kind == "sitemapindex":
        return Sitemap(sitemaps=_entries(root, "sitemap", sitemap_url))
    raise FetchError(f"not a sitemap: root element <{kind}>", code="sitemap.invalid")
