"""What the crawler may fetch at all: schemes, domains, addresses and local folders.

Each check raises `FetchError` with the log code of the refusal, so a link, a redirect hop
and a start URL are all refused the same way. The checks run before any byte is sent:

* `url.scheme`         only http, https and (from config or file pages) file
* `url.off_domain`     the host is not under `allowed_domains`
* `url.private_address` the host resolves to an address that is not globally routable
                       (private, loopback, link-local, shared 100.64/10, reserved, multicast:
                       server-side request forgery), unless the source allows it; checked
                       after DNS resolution, before every request and every redirect hop
* `file.outside_root`  a file:// path that, once `..` and symlinks are resolved, leaves the roots
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.crawl.urls import is_domain_allowed, url_host, url_scheme
from mpdp_pipeline.errors import FetchError

Resolver = Callable[[str, int], list[str]]


def resolve_addresses(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (a literal IP resolves to itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses (IANA's special-purpose registries).

    `is_private` alone misses the shared address space 100.64.0.0/10 (carrier-grade NAT) and
    others; `is_global` is the whitelist. Multicast is global for IANA but never a web server.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone index
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    return ip.is_global and not ip.is_multicast


@dataclass
class UrlGuard:
    """The source's safety rules, checked for every URL the crawler is about to fetch.

    >>> guard = UrlGuard(allowed_domains=("example.org",), file_roots=())
    >>> guard.check_link("https://example.org/a", from_file=False)   # passes
    """

    allowed_domains: tuple[str, ...]
    file_roots: tuple[Path, ...]
    allow_private_addresses: bool = False
    resolver: Resolver | None = None  # default: `resolve_addresses`, looked up at call time
    # Resolving is slow and a host's answer does not change within one crawl.
    _checked_hosts: dict[str, FetchError | None] = field(default_factory=dict)
    # The roots resolved once per crawl: resolving is a system call per path part, for every file fetched.
    _resolved_roots: tuple[Path, ...] | None = None
    # Likewise the folders files sit in: a site's hundreds of files share a handful of them.
    _resolved_dirs: dict[Path, Path] = field(default_factory=dict)

    def _resolve(self, path: Path) -> Path:
        """`path.resolve()`, with its folder resolved once per crawl; a file that is itself a link, or a path
        with `..`, is resolved whole."""
        if ".." in path.parts or not path.is_absolute() or path.is_symlink():
            return path.resolve()
        folder = self._resolved_dirs.get(path.parent)
        if folder is None:
            folder = self._resolved_dirs[path.parent] = path.parent.resolve()
        return folder / path.name

    def check_link(self, url: str, *, from_file: bool) -> None:
        """Scheme and domain rules; a web page may never send us to a local file."""
        scheme = url_scheme(url)
        if scheme == "file":
            if not from_file:
                raise FetchError(f"a web page may not link or redirect to {url}", code=LogCode.URL_SCHEME)
            return
        if scheme not in ("http", "https"):
            raise FetchError(f"scheme {scheme!r} is not crawled", code=LogCode.URL_SCHEME)
        if not is_domain_allowed(url, self.allowed_domains):
            raise FetchError(f"{url_host(url)} is not in allowed_domains", code=LogCode.URL_OFF_DOMAIN)

    def check_address(self, url: str) -> None:
        """Refuse hosts that resolve to a non-public address; called before every request."""
        if self.allow_private_addresses:
            return
        host = url_host(url)
        if host not in self._checked_hosts:
            self._checked_hosts[host] = self._address_problem(host, urlsplit(url).port or 443)
        problem = self._checked_hosts[host]
        if problem is not None:
            raise problem

    def _address_problem(self, host: str, port: int) -> FetchError | None:
        try:
            addresses = (self.resolver or resolve_addresses)(host, port)
        except OSError as exc:
            return FetchError(f"cannot resolve {host}: {exc}", code=LogCode.HTTP_CONNECT)
        bad = [a for a in addresses if not is_public_address(a)]
        if bad:
            return FetchError(f"{host} resolves to non-public {', '.join(bad)}", code=LogCode.URL_PRIVATE_ADDRESS)
        return None

    def file_path(self, url: str) -> Path:
        """The local path of a file:// URL, only if it lies below a configured root."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise FetchError(f"remote file URL {url}", code=LogCode.URL_SCHEME)
        path = Path(url2pathname(unquote(parts.path)))
        # resolve() follows symlinks and `..`, so a link pointing out of a root is caught.
        try:
            resolved = self._resolve(path)
        except (OSError, RuntimeError) as exc:  # RuntimeError: Python 3.11's "Symlink loop"
            raise FetchError(f"cannot resolve {path}: {exc}", code=LogCode.FILE_UNREADABLE) from None
        if self._resolved_roots is None:
            self._resolved_roots = tuple(_resolved_roots(self.file_roots))
        if not any(resolved.is_relative_to(root) for root in self._resolved_roots):
            raise FetchError(f"{resolved} is outside the configured file_roots", code=LogCode.FILE_OUTSIDE_ROOT)
        return resolved


def _resolved_roots(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        try:
            yield Path(root).resolve()
        except (OSError, RuntimeError):  # a root that is a symlink loop holds nothing
            continue


def is_below_roots(resolved: Path, roots: Iterable[Path]) -> bool:
    """Whether an already resolved path lies below one of `roots` (resolved here)."""
    return any(resolved.is_relative_to(root) for root in _resolved_roots(roots))


def default_allowed_domains(allowed: Iterable[str], start_urls: Iterable[str]) -> tuple[str, ...]:
    """`allowed_domains`, or the start URLs' hosts when none are configured (never "anywhere")."""
    domains = tuple(d for d in allowed if d)
    return domains or tuple(sorted({url_host(u) for u in start_urls if url_host(u)}))
