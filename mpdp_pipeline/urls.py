"""URL normalisation and the domain rule, so that one document is fetched once.

Two spellings of one address must give one key, or the crawler fetches (and stores) the
same page twice and counts it twice::

    >>> normalize_url("HTTP://Example.ORG:80/a/./b/../c?utm_source=x&b=2&a=1#top")
    'http://example.org/a/c?a=1&b=2'

The rules follow RFC 3986 section 6 and w3lib's `canonicalize_url`: lower-case scheme and
host, no default port, no userinfo, dot segments removed, percent-escapes upper-cased and
unreserved characters decoded, query parameters sorted with the tracking ones dropped, and
no fragment (a fragment never reaches the server).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}

# Characters left as they are in a path or query: RFC 3986 reserved and unreserved, plus "%"
# so that existing escapes survive (re-escaping "%2F" as "%252F" would change the address).
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


class InvalidURL(ValueError):
    """The text cannot be read as a URL (bad port, bad host, ...)."""


def _normalize_escapes(text: str) -> str:
    """Upper-case escapes and decode the ones that stand for unreserved characters."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else f"%{match.group(1).upper()}"

    return _ESCAPE.sub(fix, quote(text, safe=_PATH_SAFE))


def remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: `/a/./b/../c` -> `/a/c`, never climbing above the root."""
    output: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(output) > 1:
                output.pop()
        elif segment != ".":
            output.append(segment)
    result = "/".join(output)
    if path.endswith(("/.", "/..")):
        result += "/"
    return result if result.startswith("/") else "/" + result


def _normalize_query(query: str, tracking_params: frozenset[str]) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() not in tracking_params]
    return _normalize_escapes(urlencode(sorted(pairs), quote_via=quote, safe="/:@!$'()*+,;-._~"))


def _netloc(scheme: str, host: str, port: int | None) -> str:
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    if port is None or DEFAULT_PORTS.get(scheme) == port:
        return host
    return f"{host}:{port}"


def normalize_url(url: str, tracking_params: Iterable[str] = ()) -> str:
    """The canonical form of an absolute URL (see the module docstring); raises `InvalidURL`."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"{url!r}: {exc}") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme == "file":
        # file:///path and file://localhost/path name the same file.
        host = "" if host in ("", "localhost") else host
        return urlunsplit(("file", host, _normalize_escapes(remove_dot_segments(parts.path or "/")), "", ""))
    if not scheme or not host:
        raise InvalidURL(f"{url!r}: not an absolute URL")
    tracking = frozenset(p.lower() for p in tracking_params)
    path = _normalize_escapes(remove_dot_segments(parts.path or "/"))
    query = _normalize_query(parts.query, tracking)
    return urlunsplit((scheme, _netloc(scheme, host, port), path, query, ""))


def join_url(base: str, link: str) -> str:
    """Resolve a link found in the page at `base` (the page's own URL or its <base href>)."""
    return urljoin(base, link.strip())


def url_scheme(url: str) -> str:
    return urlsplit(url).scheme.lower()


def url_host(url: str) -> str:
    """The lower-case host name, without port or brackets ('' for file URLs)."""
    return (urlsplit(url).hostname or "").rstrip(".").lower()


def url_origin(url: str) -> str:
    """`scheme://host[:port]`: the unit robots.txt rules and politeness delays apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def is_domain_allowed(url: str, allowed_domains: Iterable[str]) -> bool:
    """True when the URL's host is one of `allowed_domains` or a subdomain of one.

    >>> is_domain_allowed("https://www.example.org/x", ["example.org"])
    True
    >>> is_domain_allowed("https://example.org.evil.com/", ["example.org"])
    False
    """
    host = url_host(url)
    if not host:
        return False
    for domain in allowed_domains:
        domain = domain.lower().strip(".")
        if host == domain or host.endswith("." + domain):
            return True
    return False
