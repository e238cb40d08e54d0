"""Benchmark: crawl a local 500-document site twice and compare the two crawls.

    .venv/bin/python bench/bench_crawl.py [--documents 500]

The site (on 127.0.0.1, HTTP/1.1, ETag and Last-Modified on every document) is a home page,
section pages and small HTML pages and PDFs. It is crawled in two set-ups, each twice with
the same politeness settings (delay_s=0, one request at a time per host):

* `sitemap`: robots.txt names a sitemap with `<lastmod>` for every document, as the
  recipients' CMSs publish; the second crawl skips unchanged documents without a request.
* `etag`: no sitemap; the second crawl asks for every document and gets 304s.
* `revisit`: no sitemap, `revisit_after_hours = 24`: the second crawl re-checks the HTML pages
  (they link to new reports) and spares the stored PDFs.

`--delay` sets the per-host delay of every set-up (default 0: the crawler's own overhead).

Prints a table and writes `bench/out/crawl.json`. Target: each second crawl downloads no
bodies, and with a sitemap takes at most 10% of the first crawl's time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's loopback site

from crawl_site import Route, Site, page  # noqa: E402

from mpdp_pipeline.config import CrawlConfig, SourceConfig  # noqa: E402
from mpdp_pipeline.crawl import crawl_source  # noqa: E402
from mpdp_pipeline.storage import RawStore  # noqa: E402

SECTIONS = 10
USER_AGENT = "mpdp-bench/0.1 (+https://github.com/mpdp-pipeline)"
SETTINGS = CrawlConfig(delay_s=0, concurrency_per_host=1, retries=1, backoff_s=0.01)


def fake_pdf(i: int) -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
        + f"% report {i}: activities of fiscal year 20{i % 20:02d}\n".encode()
        + b"x" * 2000
        + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def html_page(title: str, links: list[str]) -> str:
    items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><ul>{items}</ul></body></html>"
    )


def site_routes(documents: int, *, with_sitemap: bool) -> dict[str, Route]:
    """Home -> sections -> leaves; `documents` in all (home and sections included)."""
    leaves = documents - 1 - SECTIONS
    leaf_paths = [f"/docs/{i}.pdf" if i % 2 else f"/pages/{i}.html" for i in range(leaves)]
    routes: dict[str, Route] = {}
    section_paths = [f"/section/{s}.html" for s in range(SECTIONS)]
    routes["/"] = page(html_page("Home", section_paths))
    for s, path in enumerate(section_paths):
        routes[path] = page(html_page(f"Section {s}", leaf_paths[s::SECTIONS]))
    for i, path in enumerate(leaf_paths):
        if path.endswith(".pdf"):
            routes[path] = page(fake_pdf(i), "application/pdf")
        else:
            routes[path] = page(html_page(f"Meeting {i}", ["/"]) + "<p>" + "text " * 100 + "</p>")
    if with_sitemap:
        entries = "".join(
            f"<url><loc>{p}</loc><lastmod>2024-01-01</lastmod></url>" for p in ["/", *section_paths, *leaf_paths]
        )
        routes["/sitemap.xml"] = page(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
            "application/xml",
        )
        routes["/robots.txt"] = page("User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n", "text/plain")
    else:
        routes["/robots.txt"] = page("User-agent: *\nAllow: /\n", "text/plain")
    return routes


def run_setup(name: str, documents: int, settings: CrawlConfig, *, with_sitemap: bool) -> list[dict[str, object]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Site(site_routes(documents, with_sitemap=with_sitemap)) as site:
        store = RawStore(Path(tmp) / "raw")
        source = SourceConfig(
            recipient="BENCH",
            start_urls=(site.url("/"),),
            allowed_domains=("127.0.0.1",),
            allow_private_addresses=True,
            max_depth=2,
            max_documents=documents,
        )
        for crawl_no in (1, 2):
            before = len(site.requests)
            started = time.perf_counter()
            result = crawl_source(source, settings, store, user_agent=USER_AGENT, run_id=f"bench-{crawl_no}")
            wall_s = time.perf_counter() - started
            statuses: dict[str, int] = {}
            for doc in result.documents:
                statuses[doc.status] = statuses.get(doc.status, 0) + 1
            rows.append(
                {
                    "setup": name,
                    "crawl": crawl_no,
                    "documents": len(result.documents),
                    "statuses": statuses,
                    "requests": result.requests,
                    "server_requests": len(site.requests) - before,
                    "bytes_downloaded": result.bytes_downloaded,
                    "wall_s": round(wall_s, 3),
                }
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--delay", type=float, default=0.0, help="per-host delay, seconds, in every set-up")
    args = parser.parse_args()
    settings = SETTINGS.model_copy(update={"delay_s": args.delay})
    rows = [
        *run_setup("sitemap", args.documents, settings, with_sitemap=True),
        *run_setup("etag", args.documents, settings, with_sitemap=False),
        *run_setup(
            "revisit", args.documents, settings.model_copy(update={"revisit_after_hours": 24}), with_sitemap=False
        ),
    ]
    table = Table(title=f"crawl of a {args.documents}-document local site, twice")
    for column in ("setup", "crawl", "documents", "statuses", "requests", "bytes", "wall s", "vs 1st"):
        table.add_column(column, justify="right")
    first_wall: dict[object, float] = {}
    for row in rows:
        wall_s = float(row["wall_s"])  # type: ignore[arg-type]
        first_wall.setdefault(row["setup"], wall_s)
        ratio = wall_s / first_wall[row["setup"]]
        row["ratio_to_first"] = round(ratio, 3)
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(row["statuses"].items()))  # type: ignore[union-attr]
        table.add_row(
            str(row["setup"]),
            str(row["crawl"]),
            str(row["documents"]),
            statuses,
            str(row["requests"]),
            f"{row['bytes_downloaded']:,}",
            f"{wall_s:.3f}",
            f"{ratio:.1%}",
        )
    Console(width=120).print(table)
    out = ROOT / "bench" / "out" / "crawl.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"documents": args.documents, "settings": settings.model_dump(mode="json"), "runs": rows}, indent=1)
    )
    second = [r for r in rows if r["crawl"] == 2]
    is_met = (
        all(r["bytes_downloaded"] == 0 for r in second)
        and next(r for r in second if r["setup"] == "sitemap")["ratio_to_first"] <= 0.10
    )  # type: ignore[operator]
    Console().print(
        f"target (no bodies on 2nd crawl; sitemap 2nd crawl <= 10% of 1st): {'met' if is_met else 'NOT met'}"
    )
    return 0 if is_met else 1


if __name__ == "__main__":
    raise SystemExit(main())
