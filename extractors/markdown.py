"""Markdown pages: the sources static sites (Jekyll, Hugo, GitHub Pages) publish their pages from.

A page is rendered to the HTML it publishes (CommonMark with tables, strikethrough and the raw HTML it may embed)
and read as that page by `html.py`, so a Markdown table, list or heading gives the blocks its rendered element
gives. Its front matter (`title:` between `---` lines) is the page's title.

    >>> doc = markdown_to_document(b"# Meetings\\n\\n| Date | Meeting |\\n|---|---|\\n| 3 May 2019 | Workshop |\\n")
    >>> [b.text for b in doc.blocks]
    ['Meetings', '3 May 2019 | Workshop']
"""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt
from mpdp_pipeline.extractors.html import front_matter, html_to_document

from mpdp_pipeline.decoding import decode_page
from mpdp_pipeline.schemas import ParsedDocument

_RENDERER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def markdown_to_document(data: bytes, *, content_type: str | None = None) -> ParsedDocument:
    """Parse a Markdown page's bytes as the HTML page it renders to.

    Raises `ParseError(code=LogCode.HTML_DECODE)` when no encoding fits, as an HTML page would.
    """
    text = decode_page(data, content_type)[0]
    body, title = front_matter(text)
    page = f"<html><head><title>{escape(title)}</title></head><body>{_RENDERER.render(body)}</body></html>"
    return html_to_document(page.encode("utf-8"), content_type="text/html; charset=utf-8")
