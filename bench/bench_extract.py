"""Benchmark of the PDF parser against a naive pdfplumber baseline, and of worker memory on a long report.

    .venv/bin/python bench/bench_extract.py [--pages 200] [--long-pages 1000]

Prints a table and writes bench/out/extract.json. The targets (issue 4): at least 20 times the
baseline's pages per second on the 200-page report, and a worker peak RSS under 400 MB that does
not grow with the page count.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the document builders live with the test fixtures

from fixtures.documents import report_pdf  # noqa: E402

from extractors.pdf import pdf_to_document  # noqa: E402
from mpdp_pipeline.isolation import parse_isolated  # noqa: E402

OUT = ROOT / "bench" / "out" / "extract.json"
# One table page in this many: "prose plus some tables", as the recipients' reports are.
TABLE_EVERY = 20


def naive_baseline(data: bytes, text_hook: Callable[[str], object] | None = None) -> int:
    """pdfplumber extract_text on every page; `text_hook` is where the spaCy part of the baseline goes.

    The lead's baseline adds sentence splitting, e.g. ``text_hook=lambda text: list(nlp(text).sents)``.
    """
    pages = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            if text_hook is not None:
                text_hook(text)
            page.close()
            pages += 1
    return pages


def pages_per_second(fn: Callable[[], object], pages: int, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return pages / best


def worker_peak_rss_mb(data: bytes) -> float:
    """Peak RSS of the worker processes so far (RUSAGE_CHILDREN keeps the maximum over children)."""
    parse_isolated(data, "application/pdf", timeout_s=600, memory_mb=4096)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--long-pages", type=int, default=1000)
    args = parser.parse_args()

    report = report_pdf(args.pages, table_every=TABLE_EVERY)
    ours = pages_per_second(lambda: pdf_to_document(report), args.pages, repeat=3)
    naive = pages_per_second(lambda: naive_baseline(report), args.pages)

    quarter = report_pdf(args.long_pages // 4, table_every=TABLE_EVERY, seed=11)
    rss_quarter = worker_peak_rss_mb(quarter)
    long_report = report_pdf(args.long_pages, table_every=TABLE_EVERY, seed=11)
    rss_long = worker_peak_rss_mb(long_report)

    results = {
        "pages": args.pages,
        "table_every": TABLE_EVERY,
        "pdf_to_document_pages_per_s": round(ours, 1),
        "naive_pdfplumber_pages_per_s": round(naive, 1),
        "speedup": round(ours / naive, 1),
        "speedup_target": 20,
        "worker_peak_rss_mb": {
            str(args.long_pages // 4): round(rss_quarter, 1),
            str(args.long_pages): round(rss_long, 1),
        },
        "rss_target_mb": 400,
    }
    rows = [
        ("pdf_to_document", f"{ours:,.1f} pages/s"),
        ("naive pdfplumber extract_text", f"{naive:,.1f} pages/s"),
        ("speedup (target >= 20x)", f"{ours / naive:,.1f}x"),
        (f"worker peak RSS, {args.long_pages // 4} pages", f"{rss_quarter:,.1f} MB"),
        (f"worker peak RSS, {args.long_pages} pages (target < 400)", f"{rss_long:,.1f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value:>16}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
