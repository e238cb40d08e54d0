"""Bytes of a web page to text: the charset rules shared by the HTML parser and the crawler.

Both must read a page the same way, so that a link the crawler follows and the text the
extractor reads agree on every character. Below both in the layers: it knows no HTML.

    >>> bytes_to_text("café".encode("cp1252"))
    ('café', 'cp1252', True)
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import ParseError

# Only this much of the start of a page is searched for <meta charset>, as browsers do.
DEFAULT_META_SNIFF_BYTES = 4096

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)
REPLACEMENT = "\ufffd"
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class Decoded(NamedTuple):
    text: str
    encoding: str  # the codec's name
    guessed: bool  # no BOM, header or <meta> named it
    replaced: int = 0  # bytes the declared encoding cannot read, each now U+FFFD


def bytes_to_text(data: bytes, content_type: str | None = None) -> tuple[str, str, bool]:
    """Decode a page: (text, encoding used, whether it was a guess); see `decode_page`."""
    return decode_page(data, content_type)[:3]


def decode_page(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode a page: BOM, then the HTTP charset, then <meta charset>, then UTF-8, then cp1252.

    The BOM goes first, as browsers do (WHATWG), because it cannot be wrong, while headers and
    meta tags often are. A page whose declared charsets all fail on a few stray bytes is still
    read in the first of them, as browsers read it: those bytes become U+FFFD (`replaced` counts
    them) and the rest of the page keeps its characters. A page the declared charset reads worse
    than it fails (cp1252 labelled UTF-8) goes to the guesses first.
    """
    declared: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            declared.append(encoding)
    if content_type and (match := _HEADER_CHARSET_RE.search(content_type)):
        declared.append(match.group(1))
    if match := _CHARSET_RE.search(data[:DEFAULT_META_SNIFF_BYTES]):
        declared.append(match.group(1).decode("ascii", "replace"))
    names = [name for encoding in declared if (name := _codec(encoding))]
    for name in names:
        if (text := _strict(data, name)) is not None:
            return Decoded(text, name, False)
    lenient = _with_replacements(data, names[0]) if names else None
    if lenient is not None and lenient.replaced <= _read_well(lenient.text):
        return lenient
    for name in ("utf-8", "cp1252"):
        if (text := _strict(data, name)) is not None:
            return Decoded(text, name, True)
    if lenient is not None:  # nothing else reads it: the declared charset, stray bytes and all
        return lenient
    raise ParseError("cannot decode page: no declared or tried encoding (utf-8, cp1252) fits", code=LogCode.HTML_DECODE)


def _codec(encoding: str) -> str | None:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    # Browsers read a declared latin-1 as cp1252 (the 0x80-0x9F range holds curly quotes).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _strict(data: bytes, name: str) -> str | None:
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text  # UTF-16 or binary read as an 8-bit encoding


def _read_well(text: str) -> int:
    """Non-ASCII characters other than U+FFFD: what a mislabelled page (cp1252 labelled UTF-8) lacks."""
    return sum(1 for ch in text if ord(ch) > 127 and ch != REPLACEMENT)


def _with_replacements(data: bytes, name: str) -> Decoded | None:
    """`data` in `name`, each byte it cannot read replaced by U+FFFD and counted; None for binary."""
    text = data.decode(name, errors="replace")
    if "\x00" in text:
        return None
    try:
        genuine = data.count(REPLACEMENT.encode(name))  # U+FFFD the page itself holds
    except UnicodeEncodeError:
        genuine = 0
    return Decoded(text, name, False, text.count(REPLACEMENT) - genuine)
