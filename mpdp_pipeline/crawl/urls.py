"""URL normalisation and the domain rule, so that one document is fetched once.

Two spellings of one address must give one key, or the crawler fetches (and stores) the
same page twice and counts it twice::

    >>> normalize_url("HTTP://Example.ORG:80/a/./b/../c?utm_source=x&b=2&a=1#top")
    'http://example.org/a/c?a=1&b=2'

w3lib's `canonicalize_url` does the path and the query: dot segments removed, percent-escapes
upper-cased and unreserved characters decoded, non-ASCII characters escaped as UTF-8, query
parameters sorted, no fragment (a fragment never reaches the server). The rules it lacks are
ours: tracking parameters dropped, and the host as the domain rule reads it (lower case, no
trailing dot, no default port, no userinfo, no IDNA encoding); `file:///path` and
`file://localhost/path` are one file.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_NORMALIZE_PASSES = 5


class InvalidURL(ValueError):
    """The text cannot be read as a URL (bad port, bad host, ...)."""


def _without_tracking(query: str, tracking_params: frozenset[str]) -> str:
    """The query without the parameters named in `tracking_params` (compared in lower case)."""
    if not tracking_params:
        return query
    kept = [p for p in query.split("&") if unquote_plus(p.split("=", 1)[0]).lower() not in tracking_params]
    return "&".join(kept)


def _netloc(scheme: str, host: str, port: int | None) -> str:
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    if port is None or DEFAULT_PORTS.get(scheme) == port:
        return host
    return f"{host}:{port}"


def normalize_url(url: str, tracking_params: Iterable[str] = ()) -> str:
    """The canonical form of an absolute URL (see the module docstring); raises `InvalidURL`.

    Idempotent: `normalize_url(normalize_url(u)) == normalize_url(u)`, or one resource read
    through two spellings would be two keys, two fetches and two `documents` rows. One pass
    can leave work for a second (a decoded `%2e%2e` is a new dot segment; a backslash becomes
    a slash), so passes repeat until the URL stops changing.
    """
    tracking = tuple(tracking_params)
    current = _normalized_once(url, tracking)
    for _ in range(MAX_NORMALIZE_PASSES):
        again = _normalized_once(current, tracking)
        if again == current:
            return current
        current = again
    raise InvalidURL(f"{url!r}: its normal form does not settle")


def _normalized_once(url: str, tracking_params: tuple[str, ...]) -> str:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"{url!r}: {exc}") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme == "file":
        netloc, query = ("" if host in ("", "localhost") else host), ""
    elif not scheme or not host:
        raise InvalidURL(f"{url!r}: not an absolute URL")
    else:
        netloc = _netloc(scheme, host, port)
        query = _without_tracking(parts.query, frozenset(p.lower() for p in tracking_params))
    try:
        canonical = urlsplit(canonicalize_url(urlunsplit((scheme, netloc, parts.path, query, ""))))
    except ValueError as exc:
        raise InvalidURL(f"{url!r}: {exc}") from None
    # The host stays ours: w3lib would IDNA-encode it, and `allowed_domains` are compared as written.
    return urlunsplit((scheme, netloc, canonical.path or "/", canonical.query, ""))


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
