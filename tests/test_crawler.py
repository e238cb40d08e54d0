"""The crawler against a real, misbehaving HTTP server on 127.0.0.1 (see `crawl_site.py`).

Each crawl test states a site as data, crawls it, and checks three things: what was stored,
what was logged, and how many requests the server saw. Time is read from the server's record
of each request, or driven through the crawl's injected clock (`FakeClock`), never from how
long a test took.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path

import pytest
from crawl_site import Reply, Site, page, sequence

from mpdp_pipeline.config import CrawlConfig, SourceConfig
from mpdp_pipeline.crawl import Clock, CrawlResult, crawl_source, safety
from mpdp_pipeline.crawl.discovery import parse_lastmod
from mpdp_pipeline.crawl.fetch import parse_retry_after
from mpdp_pipeline.crawl.links import html_to_links
from mpdp_pipeline.crawl.safety import is_public_address
from mpdp_pipeline.crawl.state import load_state
from mpdp_pipeline.crawl.urls import is_domain_allowed, normalize_url
from mpdp_pipeline.storage import RawStore

UA = "mpdp-test/0.1 (+https://example.org/contact)"
FAST = CrawlConfig(delay_s=0, connect_timeout_s=1, read_timeout_s=0.3, retries=2, backoff_s=0.01)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def html(*links: str, extra: str = "") -> str:
    anchors = "".join(f'<a href="{link}">{link}</a>' for link in links)
    return f"<!doctype html><html><head><title>t</title></head><body>{anchors}{extra}</body></html>"


def source_for(site: Site, path: str = "/", **changes: object) -> SourceConfig:
    values: dict[str, object] = {
        "recipient": "TST",
        "start_urls": (site.url(path),),
        "allowed_domains": ("127.0.0.1",),
        "allow_private_addresses": True,
        "max_depth": 2,
    }
    values.update(changes)
    return SourceConfig(**values)


def crawl(source: SourceConfig, store: RawStore, settings: CrawlConfig = FAST, **kwargs: object) -> CrawlResult:
    return crawl_source(source, settings, store, user_agent=UA, run_id="run-1", **kwargs)  # type: ignore[arg-type]


def problems(result: CrawlResult) -> list[tuple[str, str, str]]:
    """(status, code, path) of every log row that is not a plain success."""
    return [(e.status, e.code, (e.source_url or "").split("/", 3)[-1]) for e in result.log if e.status != "ok"]


def by_path(result: CrawlResult) -> dict[str, str]:
    """'/path' -> document status."""
    return {"/" + d.source_url.split("/", 3)[-1]: d.status for d in result.documents}


def raw_files(store: RawStore) -> list[Path]:
    return sorted(p for p in store.root.rglob("*.*") if "_state" not in p.parts and p.suffix in (".html", ".pdf"))


class FakeClock:
    """A clock the test drives: `sleep` only moves it forward, so politeness waits cost no time."""

    def __init__(self, start: dt.datetime = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)) -> None:
        self.start = start
        self.elapsed = 0.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.elapsed)

    def monotonic(self) -> float:
        return self.elapsed

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.elapsed += seconds

    def advance(self, hours: float) -> None:
        self.elapsed += hours * 3600

    @property
    def clock(self) -> Clock:
        return Clock(now=self.now, monotonic=self.monotonic, sleep=self.sleep)


@pytest.fixture
def store(tmp_path: Path) -> RawStore:
    return RawStore(tmp_path / "raw")


# --- URL normalisation and other pure helpers ------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.ORG:80/a", "http://example.org/a"),
        ("https://example.org:443", "https://example.org/"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("https://example.org/a#section-2", "https://example.org/a"),
        ("https://example.org/a/./b/../c", "https://example.org/a/c"),
        ("https://example.org/../../etc/passwd", "https://example.org/etc/passwd"),
        ("https://example.org/?utm_source=x&b=2&a=1&fbclid=z", "https://example.org/?a=1&b=2"),
        ("https://example.org/%7euser/%2f", "https://example.org/~user/%2F"),
        ("https://example.org/café x.pdf", "https://example.org/caf%C3%A9%20x.pdf"),
        ("https://user:secret@example.org/", "https://example.org/"),
        ("https://example.org./a", "https://example.org/a"),
        ("file://localhost/tmp/a/../b.html", "file:///tmp/b.html"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url, FAST.tracking_params) == expected


def test_normalize_url_is_idempotent() -> None:
    url = "HTTP://Example.org:80/a/../b%7e/c d?z=1&utm_medium=x&a=%2f#f"
    once = normalize_url(url, FAST.tracking_params)
    assert normalize_url(once, FAST.tracking_params) == once


def test_tracking_params_come_from_the_config() -> None:
    assert normalize_url("https://e.org/?utm_source=x", ()) == "https://e.org/?utm_source=x"
    assert normalize_url("https://e.org/?ref=x&a=1", ("ref",)) == "https://e.org/?a=1"


def test_dot_segments_are_removed() -> None:
    assert normalize_url("https://e.org/a/b/c/./../../g") == "https://e.org/a/g"
    assert normalize_url("https://e.org/a/b/..") == "https://e.org/a/"


def test_is_domain_allowed() -> None:
    assert is_domain_allowed("https://www.example.org/x", ["example.org"])
    assert is_domain_allowed("https://EXAMPLE.org/x", ["example.org"])
    assert not is_domain_allowed("https://example.org.evil.com/", ["example.org"])
    assert not is_domain_allowed("https://badexample.org/", ["example.org"])
    assert not is_domain_allowed("https://example.org@evil.com/", ["example.org"])


def test_html_to_links_reads_a_link_iframe_and_base() -> None:
    body = (
        b'<html><head><base href="https://e.org/docs/"><link rel="stylesheet" href="s.css">'
        b'<link rel="alternate" href="feed.html"></head><body><a href="r.pdf#p2">r</a>'
        b'<a href="mailto:x@e.org">m</a><iframe src="/embed.html"></iframe><a href="r.pdf#p2">again</a></body></html>'
    )
    assert html_to_links(body, "https://e.org/index.html") == [
        "https://e.org/docs/feed.html",
        "https://e.org/docs/r.pdf#p2",
        "https://e.org/embed.html",
    ]


def test_parse_retry_after() -> None:
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Mon, 01 Jan 2024 00:00:30 GMT", now) == 30.0
    assert parse_retry_after("Mon, 01 Jan 2024 00:00:30 -0000", now) == 30.0  # parsed as a naive datetime
    assert parse_retry_after("soon") is None


def test_parse_lastmod_reads_a_date_as_the_end_of_its_day() -> None:
    assert parse_lastmod("2024-05-01") == dt.datetime(2024, 5, 1, 23, 59, 59, 999999, tzinfo=dt.UTC)
    assert parse_lastmod("2024-05-01T10:00:00+02:00") == dt.datetime(2024, 5, 1, 8, tzinfo=dt.UTC)
    assert parse_lastmod("yesterday") is None


@pytest.mark.parametrize(
    ("address", "is_public"),
    [
        ("93.184.216.34", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("fe80::1%eth0", False),
        ("0.0.0.0", False),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
    ],
)
def test_is_public_address(address: str, is_public: bool) -> None:
    assert is_public_address(address) is is_public


# --- discovery and storage ----------------------------------------------------------------------


def test_crawl_follows_links_within_depth_and_domain_and_stores_by_hash(store: RawStore) -> None:
    routes = {
        "/": page(html("/a.html", "/doc.pdf", "http://other.example/x", "/style.css", "/a.html#top")),
        "/a.html": page(html("/b.html", "http://other.example/y")),
        "/b.html": page(html("/c.html")),  # depth 2: its link would be depth 3
        "/c.html": page(html()),
        "/doc.pdf": page(PDF, "application/pdf"),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert by_path(result) == {"/": "ok", "/a.html": "ok", "/doc.pdf": "ok", "/b.html": "ok"}
    assert site.hits("/c.html") == 0 and site.hits("/style.css") == 0
    assert all(site.hits(p) == 1 for p in ("/", "/a.html", "/b.html", "/doc.pdf"))
    assert {r.headers["user-agent"] for r in site.requests} == {UA}
    # One row per outside host, however many links point there.
    assert problems(result) == [("skipped", "url.off_domain", "x")]
    pdf = next(d for d in result.documents if d.source_url.endswith("/doc.pdf"))
    assert pdf.doc_id == hashlib.sha256(PDF).hexdigest()
    assert pdf.content_type == "application/pdf" and pdf.bytes == len(PDF) and pdf.http_status == 200
    assert pdf.raw_path == str(store.root.resolve() / pdf.doc_id[:2] / f"{pdf.doc_id}.pdf")
    assert Path(pdf.raw_path).read_bytes() == PDF
    assert pdf.fetched_at is not None and pdf.fetched_at.tzinfo is not None and pdf.etag
    assert len(raw_files(store)) == 4
    assert result.requests == len(site.requests)  # robots.txt and sitemap.xml probes included


def test_sitemap_from_robots_adds_unlinked_documents_and_lastmod_skips_requests(store: RawStore) -> None:
    sitemap = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>/orphan.pdf</loc><lastmod>2020-01-01</lastmod></url></urlset>"
    )
    routes = {
        "/robots.txt": page("User-agent: *\nAllow: /\nSitemap: /maps/site.xml\n", "text/plain"),
        "/maps/site.xml": page(sitemap, "application/xml"),
        "/": page(html()),
        "/orphan.pdf": page(PDF, "application/pdf"),
    }
    with Site(routes) as site:
        first = crawl(source_for(site), store)
        second = crawl(source_for(site), store)
    assert by_path(first) == {"/": "ok", "/orphan.pdf": "ok"}
    assert by_path(second) == {"/": "not_modified", "/orphan.pdf": "not_modified"}
    # The sitemap says the PDF last changed in 2020: the second crawl does not ask for it.
    assert site.hits("/orphan.pdf") == 1
    assert site.hits("/sitemap.xml") == 0  # robots.txt named the sitemap, so no guessing
    assert second.bytes_downloaded == 0


def test_sitemap_with_entity_expansion_is_refused(store: RawStore) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<urlset><url><loc>/x&lol3;.html</loc></url></urlset>"
    )
    routes = {"/sitemap.xml": Reply(200, bomb, "application/xml"), "/": page(html())}
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert problems(result) == [("warning", "sitemap.invalid", "sitemap.xml")]
    assert by_path(result) == {"/": "ok"}
    assert site.hits("/sitemap.xml") == 1 and len(site.requests) == 3  # robots, sitemap, start page
    assert not list(store.root.rglob("*.xml"))  # an unsafe sitemap is not kept


def test_non_utf8_page_links_are_decoded_with_its_charset(store: RawStore) -> None:
    body = '<html><body><a href="café.html">Café</a> résumé</body></html>'.encode("windows-1252")
    routes = {
        "/": Reply(200, body, "text/html; charset=windows-1252"),
        "/caf%C3%A9.html": page(html()),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert by_path(result) == {"/": "ok", "/caf%C3%A9.html": "ok"}
    assert site.hits("/caf%C3%A9.html") == 1
    home = next(d for d in result.documents if d.source_url.endswith("/"))
    assert Path(home.raw_path or "").read_bytes() == body  # stored as served, never re-encoded
    assert home.doc_id == hashlib.sha256(body).hexdigest()


def test_max_documents_stops_the_crawl(store: RawStore) -> None:
    routes = {"/": page(html(*(f"/p{i}.html" for i in range(5))))} | {f"/p{i}.html": page(html()) for i in range(5)}
    with Site(routes) as site:
        result = crawl(source_for(site, max_documents=3), store)
    assert len(result.documents) == 3
    assert sum(site.hits(f"/p{i}.html") for i in range(5)) == 2
    assert problems(result) == [("warning", "crawl.max_documents", "")]


# --- politeness ---------------------------------------------------------------------------------


def test_robots_disallow_is_obeyed_for_links_and_redirects(store: RawStore) -> None:
    routes = {
        "/robots.txt": Reply(200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/": page(html("/private/x.html", "/public.html", "/go")),
        "/public.html": page(html()),
        "/go": Reply(302, headers={"Location": "/private/y.html"}),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert by_path(result) == {"/": "ok", "/public.html": "ok"}
    assert not [p for p in site.paths() if p.startswith("/private/")]
    assert sorted(problems(result)) == [
        ("skipped", "robots.disallowed", "go"),
        ("skipped", "robots.disallowed", "private/x.html"),
    ]
    assert site.hits("/robots.txt") == 1


def test_robots_unavailable_means_nothing_is_crawled(store: RawStore) -> None:
    with Site({"/robots.txt": Reply(503), "/": page(html())}) as site:
        result = crawl(source_for(site), store)
    assert result.documents == []
    assert site.hits("/") == 0 and site.hits("/robots.txt") == FAST.retries + 1
    assert ("warning", "http.503", "robots.txt") in problems(result)
    assert ("skipped", "robots.disallowed", "") in problems(result)


def test_robots_crawl_delay_spaces_requests(store: RawStore) -> None:
    routes = {
        "/robots.txt": Reply(200, b"User-agent: *\nCrawl-delay: 0.15\n", "text/plain"),
        "/": page(html("/a.html", "/b.html")),
        "/a.html": page(html()),
        "/b.html": page(html()),
    }
    fake = FakeClock()
    with Site(routes) as site:
        crawl(source_for(site, max_depth=1), store, clock=fake.clock)
    assert site.paths() == ["/robots.txt", "/sitemap.xml", "/", "/a.html", "/b.html"]
    # The delay applies from the request after robots.txt was read: before /, /a.html and /b.html.
    assert fake.sleeps == pytest.approx([0.15, 0.15, 0.15])


def test_config_delay_spaces_requests_to_a_host(store: RawStore) -> None:
    fake = FakeClock()
    routes = {"/": page(html("/a.html")), "/a.html": page(html())}
    with Site(routes) as site:
        crawl(source_for(site, max_depth=1), store, FAST.model_copy(update={"delay_s": 30}), clock=fake.clock)
    assert site.paths() == ["/robots.txt", "/sitemap.xml", "/", "/a.html"]
    assert fake.sleeps == pytest.approx([30.0, 30.0, 30.0])  # before each request but the first


@pytest.mark.parametrize("concurrency", [1, 2])
def test_concurrency_per_host_is_capped(store: RawStore, concurrency: int) -> None:
    routes = {"/": page(html(*(f"/p{i}.html" for i in range(6))))}
    routes |= {f"/p{i}.html": Reply(200, html().encode(), delay_s=0.1) for i in range(6)}
    with Site(routes) as site:
        result = crawl(
            source_for(site, max_depth=1), store, FAST.model_copy(update={"concurrency_per_host": concurrency})
        )
    assert len(result.documents) == 7
    assert site.max_in_flight == concurrency


def test_429_waits_for_retry_after(store: RawStore) -> None:
    routes = {"/": sequence(Reply(429, headers={"Retry-After": "1"}), Reply(200, html().encode()))}
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    first, second = [r.at for r in site.requests if r.path == "/"]
    assert second - first >= 0.95
    assert by_path(result) == {"/": "ok"} and problems(result) == []


def test_retry_after_date_is_read_against_the_injected_clock(store: RawStore) -> None:
    fake = FakeClock(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    later = "Mon, 01 Jan 2024 00:01:00 GMT"  # a minute after the fake clock's now
    routes = {"/": sequence(Reply(429, headers={"Retry-After": later}), Reply(200, html().encode()))}
    with Site(routes) as site:
        result = crawl(source_for(site), store, clock=fake.clock)
    assert site.hits("/") == 2 and by_path(result) == {"/": "ok"}
    assert max(fake.sleeps) == pytest.approx(60.0)


# --- faults ---------------------------------------------------------------------------------------


def test_500_then_200_is_retried(store: RawStore) -> None:
    with Site({"/": sequence(Reply(500), Reply(200, html().encode()))}) as site:
        result = crawl(source_for(site), store)
    assert site.hits("/") == 2
    assert by_path(result) == {"/": "ok"} and problems(result) == []


def test_persistent_500_fails_after_the_retries(store: RawStore) -> None:
    with Site({"/": Reply(500)}) as site:
        result = crawl(source_for(site), store)
    assert site.hits("/") == FAST.retries + 1
    assert problems(result) == [("error", "http.500", "")]
    [doc] = result.documents
    assert doc.status == "error" and doc.error and doc.error.startswith("http.500") and doc.raw_path is None


def test_404_is_not_retried(store: RawStore) -> None:
    with Site({"/": page(html("/gone.html"))}) as site:
        result = crawl(source_for(site), store)
    assert site.hits("/gone.html") == 1
    assert problems(result) == [("error", "http.404", "gone.html")]
    assert by_path(result) == {"/": "ok", "/gone.html": "error"}


def test_slow_response_times_out(store: RawStore) -> None:
    settings = FAST.model_copy(update={"read_timeout_s": 0.2, "retries": 1})
    with Site({"/": page(html("/slow.html")), "/slow.html": Reply(200, b"late", delay_s=1.0)}) as site:
        result = crawl(source_for(site), store, settings)
    first, second = [r.at for r in site.requests if r.path == "/slow.html"]
    assert second - first < 1.0  # the first attempt was given up before the server answered it
    assert problems(result) == [("error", "http.timeout", "slow.html")]


def test_truncated_body_is_a_failure(store: RawStore) -> None:
    routes = {"/": page(html("/cut.pdf")), "/cut.pdf": Reply(200, PDF * 50, "application/pdf", truncate_to=100)}
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert site.hits("/cut.pdf") == FAST.retries + 1
    assert problems(result) == [("error", "http.truncated", "cut.pdf")]
    assert [p.suffix for p in raw_files(store)] == [".html"]


def test_redirects_are_followed_and_recorded(store: RawStore) -> None:
    routes = {
        "/": page(html("/old.pdf", "/a.html")),
        "/old.pdf": Reply(301, headers={"Location": "/new.pdf"}),
        "/a.html": page(html("/new.pdf")),
        "/new.pdf": page(PDF, "application/pdf"),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    old = next(d for d in result.documents if d.source_url.endswith("/old.pdf"))
    assert old.final_url == site.url("/new.pdf") and old.status == "ok"
    # /new.pdf was reached through the redirect, so its own link is not fetched again.
    assert site.hits("/new.pdf") == 1 and by_path(result) == {"/": "ok", "/old.pdf": "ok", "/a.html": "ok"}


def test_redirect_loop_is_detected(store: RawStore) -> None:
    routes = {
        "/": page(html("/loop/a")),
        "/loop/a": Reply(302, headers={"Location": "/loop/b"}),
        "/loop/b": Reply(302, headers={"Location": "/loop/a"}),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert problems(result) == [("error", "http.redirect_loop", "loop/a")]
    assert site.hits("/loop/a") == 1 and site.hits("/loop/b") == 1


def test_redirect_chain_is_capped(store: RawStore) -> None:
    routes = {"/": page(html("/hop/0"))}
    routes |= {f"/hop/{i}": Reply(302, headers={"Location": f"/hop/{i + 1}"}) for i in range(10)}
    with Site(routes) as site:
        result = crawl(source_for(site), store, FAST.model_copy(update={"max_redirects": 3}))
    assert problems(result) == [("error", "http.too_many_redirects", "hop/0")]
    assert [p for p in site.paths() if p.startswith("/hop/")] == ["/hop/0", "/hop/1", "/hop/2", "/hop/3"]


def test_off_domain_and_file_redirects_are_not_followed(store: RawStore) -> None:
    routes = {
        "/": page(html("/out", "/local")),
        "/out": Reply(302, headers={"Location": "http://evil.example/steal"}),
        "/local": Reply(302, headers={"Location": "file:///etc/passwd"}),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert sorted(problems(result)) == [("skipped", "url.off_domain", "out"), ("skipped", "url.scheme", "local")]
    assert by_path(result) == {"/": "ok"}


def test_private_addresses_are_refused_without_the_flag(store: RawStore) -> None:
    with Site({"/": page(html())}) as site:
        result = crawl(source_for(site, allow_private_addresses=False), store)
    assert site.requests == []
    assert problems(result) == [("skipped", "url.private_address", "")]
    assert result.documents == [] and result.requests == 0


def test_redirect_to_a_private_address_is_refused(store: RawStore, monkeypatch: pytest.MonkeyPatch) -> None:
    real = safety.resolve_addresses

    def resolve(host: str, port: int) -> list[str]:
        # Let the test server pass for a public host, so only the redirect target is private.
        return ["93.184.216.34"] if host == "127.0.0.1" else real(host, port)

    monkeypatch.setattr(safety, "resolve_addresses", resolve)
    routes = {
        "/": page(html("/meta")),
        "/meta": Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
    }
    with Site(routes) as site:
        source = source_for(site, allow_private_addresses=False, allowed_domains=("127.0.0.1", "169.254.169.254"))
        result = crawl(source, store, FAST.model_copy(update={"connect_timeout_s": 0.2}))
    assert problems(result) == [("skipped", "url.private_address", "meta")]
    assert site.hits("/meta") == 1 and by_path(result) == {"/": "ok"}


def test_body_over_the_cap_is_refused_while_streaming(store: RawStore) -> None:
    big = PDF + b"0" * 200_000
    routes = {
        "/": page(html("/declared.pdf", "/chunked.pdf")),
        "/declared.pdf": Reply(200, big, "application/pdf"),
        "/chunked.pdf": Reply(200, big, "application/pdf", is_chunked=True),
    }
    settings = FAST.model_copy(update={"max_bytes": 10_000})
    with Site(routes) as site:
        result = crawl(source_for(site), store, settings)
    assert sorted(problems(result)) == [
        ("error", "size.exceeded", "chunked.pdf"),
        ("error", "size.exceeded", "declared.pdf"),
    ]
    assert site.hits("/chunked.pdf") == 1  # a size failure is not retried
    # The declared one is refused on its headers; the chunked one a chunk past the cap.
    assert result.bytes_downloaded < 10_000 + 70_000
    assert [p.suffix for p in raw_files(store)] == [".html"]


def test_only_html_and_pdf_are_kept(store: RawStore) -> None:
    routes = {
        "/": page(html("/photo", "/report", "/data")),
        "/photo": Reply(200, b"\x89PNG" + b"." * 100_000, "image/png"),
        "/report": Reply(200, PDF, "application/octet-stream"),  # sniffed as the PDF it is
        "/data": Reply(200, b"\x00\x01binary", "application/octet-stream"),
    }
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert by_path(result) == {"/": "ok", "/report": "ok"}
    assert sorted(problems(result)) == [
        ("skipped", "type.unsupported", "data"),
        ("skipped", "type.unsupported", "photo"),
    ]
    assert site.hits("/photo") == 1
    assert result.bytes_downloaded < 100_000  # the image is refused on its headers, its body never read
    assert sorted(p.suffix for p in raw_files(store)) == [".html", ".pdf"]


# --- incremental crawls ---------------------------------------------------------------------------


def test_second_crawl_of_an_unchanged_site_downloads_no_bodies(store: RawStore) -> None:
    routes = {
        "/robots.txt": page("User-agent: *\nAllow: /\n", "text/plain"),
        "/": page(html("/a.html", "/r.pdf")),
        "/a.html": page(html()),
        "/r.pdf": page(PDF, "application/pdf"),
    }
    with Site(routes) as site:
        first = crawl(source_for(site), store)
        files = raw_files(store)
        requests_before = len(site.requests)
        second = crawl(source_for(site), store)
    assert by_path(first) == {"/": "ok", "/a.html": "ok", "/r.pdf": "ok"}
    assert by_path(second) == {"/": "not_modified", "/a.html": "not_modified", "/r.pdf": "not_modified"}
    assert second.bytes_downloaded == 0 and first.bytes_downloaded > 0
    later = site.requests[requests_before:]
    assert all("if-none-match" in r.headers for r in later if r.path != "/sitemap.xml")
    assert [d.doc_id for d in second.documents] == [d.doc_id for d in first.documents]
    assert {d.http_status for d in second.documents} == {304}
    assert raw_files(store) == files


def test_revisit_interval_spares_stored_pdfs_but_rechecks_pages(store: RawStore) -> None:
    routes = {"/": page(html("/r.pdf")), "/r.pdf": page(PDF, "application/pdf")}
    settings = FAST.model_copy(update={"revisit_after_hours": 24})
    with Site(routes) as site:
        crawl(source_for(site), store, settings)
        second = crawl(source_for(site), store, settings)
        assert (site.hits("/"), site.hits("/r.pdf")) == (2, 1)
        third = crawl(source_for(site), store, FAST)  # interval off: asked again
        assert site.hits("/r.pdf") == 2
    assert by_path(second) == by_path(third) == {"/": "not_modified", "/r.pdf": "not_modified"}
    assert any("revisit_after_hours" in e.message for e in second.log if e.source_url.endswith("r.pdf"))


def test_revisit_interval_is_measured_on_the_injected_clock(store: RawStore) -> None:
    fake = FakeClock()
    routes = {"/": page(html("/r.pdf")), "/r.pdf": page(PDF, "application/pdf")}
    settings = FAST.model_copy(update={"revisit_after_hours": 24})
    with Site(routes) as site:
        first = crawl(source_for(site), store, settings, clock=fake.clock)
        fake.advance(hours=23)
        crawl(source_for(site), store, settings, clock=fake.clock)
        assert site.hits("/r.pdf") == 1
        fake.advance(hours=2)  # 25 hours after the PDF was checked
        crawl(source_for(site), store, settings, clock=fake.clock)
        assert site.hits("/r.pdf") == 2
    assert {d.fetched_at for d in first.documents} == {fake.start}


def test_changed_body_gets_a_new_doc_id_and_keeps_the_old_version(store: RawStore) -> None:
    routes = {"/": page(html("/r.pdf")), "/r.pdf": page(PDF, "application/pdf")}
    with Site(routes) as site:
        first = crawl(source_for(site), store)
        site.routes["/r.pdf"] = page(PDF + b"% revised\n", "application/pdf")
        second = crawl(source_for(site), store)
    old = next(d for d in first.documents if d.source_url.endswith("r.pdf"))
    new = next(d for d in second.documents if d.source_url.endswith("r.pdf"))
    assert new.status == "ok" and new.doc_id != old.doc_id
    assert Path(old.raw_path or "").exists() and Path(new.raw_path or "").exists()


def test_same_bytes_without_validators_are_not_modified(store: RawStore) -> None:
    with Site({"/": Reply(200, html().encode())}) as site:
        crawl(source_for(site), store)
        second = crawl(source_for(site), store)
    assert by_path(second) == {"/": "not_modified"}
    assert site.hits("/") == 2


def test_same_bytes_give_their_links_without_being_parsed_again(store: RawStore, monkeypatch) -> None:
    import mpdp_pipeline.crawl.records as records

    parsed: list[str] = []

    def counting(body, base, charset=None):
        parsed.append(base)
        return html_to_links(body, base, charset)

    monkeypatch.setattr(records, "html_to_links", counting)
    with Site({"/": Reply(200, html("/a.html").encode()), "/a.html": Reply(200, html().encode())}) as site:
        crawl(source_for(site), store)
        assert len(parsed) == 2
        second = crawl(source_for(site), store)
    assert by_path(second) == {"/": "not_modified", "/a.html": "not_modified"}  # /a.html still reached
    assert len(parsed) == 2  # the links of the unchanged pages came from the state


def test_killed_crawl_resumes_from_its_frontier(store: RawStore) -> None:
    routes = {"/": page(html(*(f"/p{i}.html" for i in range(4))))} | {f"/p{i}.html": page(html()) for i in range(4)}

    class Killed(Exception):
        pass

    def die_after_two(record: object) -> None:
        if len(seen) == 2:
            raise Killed
        seen.append(record)

    seen: list[object] = []
    with Site(routes) as site:
        with pytest.raises(Killed):
            crawl(source_for(site), store, on_document=die_after_two)
        assert load_state(store.state_path("TST")).frontier is not None
        result = crawl(source_for(site), store)
    assert len(result.documents) == 5
    assert all(site.hits(p) == 1 for p in ["/"] + [f"/p{i}.html" for i in range(4)])
    assert load_state(store.state_path("TST")).frontier is None
    assert ("warning", "crawl.resumed", "") in problems(result)


# --- file:// sources ------------------------------------------------------------------------------


def test_file_urls_are_read_below_the_roots_only(store: RawStore, tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (tmp_path / "secret.html").write_text("<p>secret</p>")
    (root / "docs" / "r.pdf").write_bytes(PDF)
    (root / "escape.html").symlink_to(tmp_path / "secret.html")
    links = html("docs/r.pdf", "../secret.html", "escape.html", "missing.html", "https://example.org/x")
    (root / "index.html").write_text(links)
    source = SourceConfig(recipient="TST", start_urls=((root / "index.html").as_uri(),), file_roots=(root,))
    first = crawl(source, store)
    second = crawl(source, store)
    assert by_path(first) == {"/" + (root / "index.html").as_uri().split("/", 3)[-1]: "ok"} | {
        "/" + (root / "docs" / "r.pdf").as_uri().split("/", 3)[-1]: "ok",
        "/" + (root / "missing.html").as_uri().split("/", 3)[-1]: "error",
    }
    assert sorted(code for _, code, _ in problems(first)) == [
        "file.not_found",
        "file.outside_root",
        "file.outside_root",
        "url.off_domain",
    ]
    assert [d.status for d in second.documents if d.status != "error"] == ["not_modified", "not_modified"]
    assert first.requests == 0 and {d.http_status for d in first.documents} == {None}


def test_a_local_file_is_read_again_only_when_its_mtime_or_size_change(tmp_path):
    # A file's ETag is its modification time and size, as a web server's for a static file: an unchanged
    # file comes back not modified without being read, a rewritten one (same size, new mtime) is read.
    import os

    from mpdp_pipeline.crawl.fetch import read_file

    path = tmp_path / "report.html"
    path.write_text("<html><body><p>Full Round, 12 May 2008</p></body></html>")
    first = read_file(path.as_uri(), path, 1 << 20)
    assert first.body and first.etag and not first.is_not_modified
    again = read_file(path.as_uri(), path, 1 << 20, etag=first.etag)
    assert again.is_not_modified and again.body is None and again.etag == first.etag
    path.write_text("<html><body><p>Full Round, 13 May 2008</p></body></html>")  # same size
    stamp = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(stamp, stamp))
    changed = read_file(path.as_uri(), path, 1 << 20, etag=first.etag)
    assert b"13 May" in changed.body and changed.etag != first.etag


def test_a_markdown_page_served_as_text_markdown_is_kept_as_a_document(store: RawStore) -> None:
    """A static site's page source served as `text/markdown` (a repository's raw file) is a document: kept under
    its hash with the `.md` extension and its media type, for the extract stage to render."""
    source = b"# Meetings\n\n| Date | Meeting |\n|---|---|\n| 3 May 2019 | Steering Group |\n"
    routes = {"/": page(html("/meetings.md")), "/meetings.md": page(source, "text/markdown; charset=utf-8")}
    with Site(routes) as site:
        result = crawl(source_for(site), store)
    assert by_path(result) == {"/": "ok", "/meetings.md": "ok"}
    md = next(d for d in result.documents if d.source_url.endswith("/meetings.md"))
    assert md.content_type == "text/markdown" and Path(md.raw_path).read_bytes() == source
    assert md.raw_path.endswith(f"{md.doc_id}.md")
