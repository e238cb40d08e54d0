"""The links of an HTML page, as absolute URLs, and the extensions never worth a request.

Pure functions of bytes, so they run the same on a fresh body and on a stored copy (a 304
still needs the page's links to reach the rest of the site). The page is decoded by
`mpdp_pipeline.decoding`, as the HTML extractor decodes it.
"""

from __future__ import annotations

from html.parser import HTMLParser

from mpdp_pipeline.crawl.urls import join_url
from mpdp_pipeline.decoding import bytes_to_text
from mpdp_pipeline.errors import MpdpError

# Files that are never HTML or PDF: skipping them here saves a request each.
IGNORED_EXTENSIONS = frozenset(
    ("css", "js", "json")  # page assets
    + ("ico", "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff")  # images
    + ("mp3", "mp4", "m4a", "avi", "mov", "wmv", "webm", "ogg")  # audio and video
    + ("zip", "gz", "tgz", "rar", "7z", "exe", "dmg")  # archives and programs
    + ("woff", "woff2", "ttf", "eot")  # fonts
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
