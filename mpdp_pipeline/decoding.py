"""Bytes of a web page to text: the charset rules shared by the HTML parser and the crawler.

Both must read a page the same way, so that a link the crawler follows and the text the
extractor reads agree on every character. Below both in the layers: it knows no HTML.

    >>> bytes_to_text("café".encode("cp1252"))
    ('café', 'cp1252', True)
"""

from __future__ import annotations

import codecs
import re

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import ParseError

# Only this much of the start of a page is searched for <meta charset>, as browsers do.
DEFAULT_META_SNIFF_BYTES = 4096

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bytes_to_text(data: bytes, content_type: str | None = None) -> tuple[str, str, bool]:
    """Decode a page: BOM, then the HTTP charset, then <meta charset>, then UTF-8, then cp1252.

    The BOM goes first, as browsers do (WHATWG), because it cannot be wrong, while headers and
    meta tags often are. Returns (text, encoding used, whether it was a guess).
    """
    candidates: list[tuple[str, bool]] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            candidates.append((encoding, False))
    if content_type and (match := _HEADER_CHARSET_RE.search(content_type)):
        candidates.append((match.group(1), False))
    if match := _CHARSET_RE.search(data[:DEFAULT_META_SNIFF_BYTES]):
        candidates.append((match.group(1).decode("ascii", "replace"), False))
    candidates += [("utf-8", True), ("cp1252", True)]
    for encoding, guessed in candidates:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            continue
        # Browsers read a declared latin-1 as cp1252 (the 0x80-0x9F range holds curly quotes).
        if name in ("latin-1", "iso8859-1", "ascii"):
            name = "cp1252"
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue  # UTF-16 or binary read as an 8-bit encoding
        return text, name, guessed
    raise ParseError("cannot decode page: no declared or tried encoding (utf-8, cp1252) fits", code=LogCode.HTML_DECODE)
