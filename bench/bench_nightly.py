"""Benchmark: Prefect's overhead per extraction task and per batch, and a nothing-changed nightly run against a
cold one.

    .venv/bin/python bench/bench_nightly.py [--documents 200] [--runner threads]

1. Overhead: the flow's extraction mapper (`flows.nightly.on_extract_tasks`) over `--documents` documents whose
   extraction does nothing, one task per document, then in batches (the size `nightly.batch_size` would choose):
   the wall time divided by the tasks is Prefect's cost per task (submission, state changes, cache read/write).
2. Nightly: the bundled sample plus `--documents` generated documents, crawled from file:// URLs; a cold run
   (`full=True`) then three runs with nothing changed, timed without the Prefect API's start-up. Target: those
   runs re-parse no document and the median takes at most 5 % of the cold one. Measured twice: on one-paragraph
   HTML notes (the worst case: a cold run costs almost nothing to parse) and with every `--pdf-every`-th document a
   20-page PDF report, closer to what the recipients publish.

Prints the figures and writes `bench/out/nightly.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@dataclass(frozen=True)
class _Nothing:
    failure: None = None


@dataclass(frozen=True)
class _Idle:
    """An extractor that reads nothing: what is left of a task is Prefect's."""

    salt: str

    def __call__(self, doc):
        return _Nothing()

    def cache_key(self, doc) -> str:
        return f"bench-{self.salt}-{doc.doc_id}"


def overhead(documents: int, workers: int) -> dict:
    from mpdp_pipeline.flows.nightly import on_extract_tasks
    from prefect import flow

    from mpdp_pipeline.progress import Mode, RunProgress
    from mpdp_pipeline.schemas import DocumentRecord
    from mpdp_pipeline.stages import batch_size_for

    docs = [DocumentRecord(doc_id=f"{i:064x}", recipient="B", source_url=f"file:///{i}") for i in range(documents)]
    figures = {}
    for label, size in (("per document", 1), ("per batch", batch_size_for(documents, 0, workers))):

        @flow(name=f"bench-{size}")
        def mapped(size: int = size) -> float:
            with RunProgress(Mode.OFF) as progress:
                each = on_extract_tasks(progress, refresh=True, batch_size=size, workers=workers)
                started = time.perf_counter()
                done = list(each(_Idle(str(time.time_ns())), docs))
                assert len(done) == documents
                return time.perf_counter() - started

        seconds = mapped()
        tasks = -(-documents // size)
        figures[label] = {"batch_size": size, "tasks": tasks, "seconds": round(seconds, 3),
                          "ms_per_task": round(1000 * seconds / tasks, 2),
                          "ms_per_document": round(1000 * seconds / documents, 2)}  # fmt: skip
    return figures


def _report_pdf(path: Path, i: int, pages: int) -> None:
    """An annual-report-like PDF: a heading per page and a paragraph naming a meeting, as the recipients write."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Annual report {i}, part {page + 1}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(
            0, 6, f"The Working Group on Migration Data met in Geneva on {1 + page % 28} March {2003 + i % 5} to "
            f"review item {i}-{page}. " + "Participants exchanged information on asylum procedures. " * 12,
            new_x="LMARGIN", new_y="NEXT",
        )  # fmt: skip
    pdf.output(str(path))


def _site(to: Path, documents: int, pdf_every: int = 0, pdf_pages: int = 20) -> Path:
    """The sample site plus `documents` pages; with `pdf_every`, every n-th one is a `pdf_pages`-page PDF."""
    site = to / "sample"
    shutil.copytree(ROOT / "raw" / "sample", site)
    per = {"igc": documents // 3, "rcm": documents // 3, "mpi": documents - 2 * (documents // 3)}
    for recipient, n in per.items():
        folder = site / recipient / "bench"
        folder.mkdir()
        links = []
        for i in range(n):
            year = 2003 + i % 5
            if pdf_every and i % pdf_every == 0:
                name = f"report-{i:04d}.pdf"
                _report_pdf(folder / name, i, pdf_pages)
            else:
                name = f"note-{i:04d}.html"
                (folder / name).write_text(
                    f"<html><head><title>Note {i}</title></head><body><h1>Note {i}</h1><p>The Working Group on "
                    f"Migration Data met in Geneva on {1 + i % 28} March {year} to review item {i}.</p></body></html>",
                    encoding="utf-8",
                )
            links.append(f'<a href="bench/{name}">document {i}</a>')
        index = site / recipient / "index.html"
        index.write_text(
            index.read_text(encoding="utf-8").replace("</body>", "".join(links) + "</body>"), encoding="utf-8"
        )
    return site


def site_config(work: Path, site: Path) -> Path:
    """The sample config pointed at the generated `site`, written in `work`."""
    from mpdp_pipeline.config import SAMPLE_CONFIG

    config = work / "mpdp.toml"
    config.write_text(
        SAMPLE_CONFIG.read_text(encoding="utf-8")
        .replace("../raw/sample", str(site))
        .replace('"requirements.csv"', json.dumps(str(SAMPLE_CONFIG.parent / "requirements.csv"))),
        encoding="utf-8",
    )
    return config


UNCHANGED_RUNS = 3  # nights with nothing changed after the cold one; the median is reported


def nightly_runs(documents: int, runner: str, pdf_every: int = 0) -> dict:
    import duckdb
    from mpdp_pipeline.flows.nightly import nightly
    from mpdp_pipeline.flows.runners import started_runner

    from mpdp_pipeline.config import load_config

    work = Path(tempfile.mkdtemp(prefix="mpdp-bench-nightly-"))
    config = site_config(work, _site(work, documents, pdf_every))
    settings = load_config(config)
    dirs = dict(config_path=str(config), raw_dir=str(work / "raw"), out_dir=str(work / "out"))
    times, summaries = [], []
    with started_runner(runner, settings.pipeline.workers, None, settings.nightly) as task_runner:
        flow = nightly.with_options(task_runner=task_runner)
        for full in (True, *[False] * UNCHANGED_RUNS):
            started = time.perf_counter()
            summaries.append(flow(**dirs, full=full))
            times.append(time.perf_counter() - started)
    unchanged = sorted(times[1:])[len(times[1:]) // 2]  # the median night: one run alone is at its neighbours' mercy
    run_ids = ", ".join(f"'{s.run_id}'" for s in summaries[1:])
    reparsed = duckdb.execute(
        f"select count(*) from '{work}/out/extraction_log/*.parquet' where run_id in ({run_ids}) and code = 'extracted'"
    ).fetchone()[0]
    shutil.rmtree(work, ignore_errors=True)
    return {
        "documents": summaries[0].documents_seen,
        "cold_s": round(times[0], 2),
        "unchanged_s": round(unchanged, 2),
        "unchanged_runs_s": [round(t, 2) for t in times[1:]],
        "unchanged_share": round(unchanged / times[0], 3),
        "reparsed_in_unchanged_run": reparsed,
        "pdf_every": pdf_every,
        # The flow's process (with threads, the whole run but the parsing workers) and its largest worker.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--runner", default="threads", choices=("threads", "processes", "dask"))
    parser.add_argument(
        "--pdf-every", type=int, default=4, help="every n-th document a 20-page PDF report (0: HTML notes only)"
    )
    args = parser.parse_args()
    from mpdp_pipeline.flows.runners import prefect_api

    from mpdp_pipeline.config import NightlyConfig

    with prefect_api(NightlyConfig()):
        figures = {"overhead": overhead(args.documents, workers=2)}
    figures["nightly, HTML notes only"] = nightly_runs(args.documents, args.runner)
    if args.pdf_every:
        figures["nightly, with PDF reports"] = nightly_runs(args.documents, args.runner, args.pdf_every)
    save("nightly", figures)
    return 0


def save(name: str, figures: dict) -> None:
    """Print `figures` and keep them in `bench/out/<name>.json`."""
    print(json.dumps(figures, indent=1))
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
