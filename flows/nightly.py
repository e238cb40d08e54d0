"""The nightly flow: crawl -> extract -> publish -> checks -> report.

Thin on purpose: each task calls one function of `mpdp_pipeline`, so each stage can be
retried, cached and tested on its own. Extraction is cached by document content (doc_id),
a hash of the extractor code and the model, so an unchanged document is not parsed again; `full=True`
refreshes the cache. The task runner (threads, processes or Dask) is chosen by the caller.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from mpdp_pipeline.extractors.identity import merge_activities, moved_to
from mpdp_pipeline.extractors.nlp import Nlp, load_nlp, model_fingerprint
from prefect import flow, task
from prefect.context import TaskRunContext
from prefect.futures import as_completed
from prefect.runtime import flow_run
from rich.progress import Progress

from mpdp_pipeline import __version__
from mpdp_pipeline.clock import new_run_id, utc_now
from mpdp_pipeline.config import Config, load_config
from mpdp_pipeline.crawler import CrawlResult, crawl_source, failed_crawl
from mpdp_pipeline.errors import MpdpError, ParseError
from mpdp_pipeline.extraction import (
    TRANSIENT_CODES,
    ExtractResult,
    extract_document,
    extractor_fingerprint,
    failed_extraction,
)
from mpdp_pipeline.publish import publish
from mpdp_pipeline.schemas import Activity, DocStatus, DocumentRecord, LogEntry, LogStatus, RunRecord, Stage
from mpdp_pipeline.stages import checks_stage, report_stage
from mpdp_pipeline.storage import RawStore


@dataclass(frozen=True)
class RunSummary:
    """What one run did, for the command line and for tests."""

    run_id: str
    out_dir: str
    documents_seen: int
    documents_changed: int
    documents_failed: int
    activities_by_recipient: dict[str, int] = field(default_factory=dict)
    checks_by_status: dict[str, int] = field(default_factory=dict)
    warnings: int = 0
    errors: int = 0
    report_path: str = ""

    def line(self) -> str:
        acts = ", ".join(f"{r} {n}" for r, n in sorted(self.activities_by_recipient.items())) or "none"
        order = ("met", "delayed", "partially_met", "not_met", "not_due", "unknown")
        checks = ", ".join(f"{self.checks_by_status.get(s, 0)} {s.replace('_', ' ')}" for s in order)
        return (
            f"run {self.run_id}: documents {self.documents_seen} seen, {self.documents_changed} changed, "
            f"{self.documents_failed} failed; activities {acts}; result checks {checks}"
        )


@functools.lru_cache(maxsize=2)
def _nlp(model: str) -> Nlp:
    # One pipeline per worker process, loaded on first use and reused for every document.
    return load_nlp(model)


@task(retries=2, retry_delay_seconds=[5, 30], task_run_name="crawl-{source.recipient}")
def crawl(source, settings, raw_dir: str, user_agent: str, run_id: str) -> CrawlResult:
    return crawl_source(source, settings, RawStore(Path(raw_dir)), user_agent=user_agent, run_id=run_id)


def _extract_cache_key(context: TaskRunContext, parameters: dict) -> str:
    doc: DocumentRecord = parameters["doc"]
    url = hashlib.sha256(doc.source_url.encode()).hexdigest()[:12]
    code, model, language = extractor_fingerprint(), model_fingerprint(parameters["model"]), parameters["language"]
    return f"extract-{doc.doc_id}-{doc.recipient}-{url}-{code}-{model}-{language}"


@task(cache_key_fn=_extract_cache_key, persist_result=True, task_run_name="extract-{doc.doc_id:.12}")
def extract(
    doc: DocumentRecord, model: str, language: str | None, run_id: str, timeout_s: float, memory_mb: int
) -> ExtractResult:
    data = Path(doc.raw_path or "").read_bytes()
    result = extract_document(
        doc, data, _nlp(model), run_id=run_id, timeout_s=timeout_s, memory_mb=memory_mb, language=language
    )
    if result.error_code in TRANSIENT_CODES:
        # Raised, not returned, so that Prefect does not cache it: the next run tries again.
        raise ParseError(result.document.error or "", code=result.error_code)
    return result


def _extract_all(
    docs: list[DocumentRecord], config: Config, run_id: str, full: bool, progress: Progress | None
) -> list[ExtractResult]:
    languages = {s.recipient: s.language for s in config.sources}
    task_ = extract.with_options(refresh_cache=full)
    futures = {
        task_.submit(
            doc,
            config.pipeline.nlp_model,
            languages.get(doc.recipient),
            run_id,
            config.pipeline.parse_timeout_s,
            config.pipeline.parse_memory_mb,
        ): doc
        for doc in docs
    }
    bar = progress.add_task("Extracting", total=len(futures)) if progress else None
    results = []
    for future in as_completed(list(futures)):
        try:
            results.append(future.result())
        except Exception as exc:  # one document's failure is logged, the run goes on
            code = exc.code if isinstance(exc, MpdpError) else "extract.unexpected"
            results.append(failed_extraction(futures[future], run_id=run_id, code=code, message=str(exc)))
        if progress and bar is not None:
            progress.advance(bar)
    return sorted(results, key=lambda r: (r.document.recipient, r.document.source_url))


def _reused(result: ExtractResult, crawled: DocumentRecord, run_id: str) -> tuple[DocumentRecord, list[LogEntry]]:
    """Join the crawl's fresh metadata with the (possibly cached) parse results."""
    parsed = result.document
    document = replace(crawled, pages=parsed.pages, title=parsed.title, language=parsed.language)
    if parsed.status == DocStatus.ERROR.value:
        document = replace(document, status=parsed.status, error=parsed.error)
    if all(e.run_id == run_id for e in result.log):
        return document, result.log
    cached = LogEntry(
        run_id=run_id, at=utc_now(), doc_id=crawled.doc_id, source_url=crawled.source_url,
        stage=Stage.EXTRACT.value, status=LogStatus.OK.value, code="cached",
        message=f"unchanged since run {result.log[0].run_id if result.log else '?'}; extraction reused",
        items=len(result.activities),
    )  # fmt: skip
    problems = [replace(e, run_id=run_id) for e in result.log if e.status != LogStatus.OK.value]
    return document, [*problems, cached]


@flow(name="mpdp-nightly", log_prints=True)
def nightly(
    config_path: str | None = None,
    raw_dir: str | None = None,
    out_dir: str | None = None,
    full: bool = False,
    show_progress: bool = False,
) -> RunSummary:
    """Crawl the configured sources, extract, publish the tables, check and report."""
    config = load_config(
        config_path, raw_dir=Path(raw_dir) if raw_dir else None, out_dir=Path(out_dir) if out_dir else None
    )
    started = utc_now()
    run_id = new_run_id(started)
    raw, out = config.pipeline.raw_dir, config.pipeline.out_dir
    with Progress(transient=True, disable=not show_progress) as progress:
        crawl_bar = progress.add_task("Crawling", total=len(config.sources))
        crawled: list[CrawlResult] = []
        futures = {
            crawl.submit(s, config.crawl, str(raw), config.pipeline.user_agent, run_id): s for s in config.sources
        }
        for future in as_completed(list(futures)):
            try:
                crawled.append(future.result())
            except Exception as exc:  # after its retries: this source is logged, the others go on
                crawled.append(failed_crawl(futures[future], run_id, exc))
            progress.advance(crawl_bar)
        documents = sorted((d for r in crawled for d in r.documents), key=lambda d: (d.recipient, d.source_url))
        log: list[LogEntry] = [e for r in crawled for e in r.log]
        stored = [d for d in documents if d.status in (DocStatus.OK.value, DocStatus.NOT_MODIFIED.value) and d.raw_path]
        results = _extract_all(stored, config, run_id, full, progress if show_progress else None)

    by_key = {(d.doc_id, d.source_url): d for d in documents}
    activities: list[Activity] = []
    for result in results:
        key = (result.document.doc_id, result.document.source_url)
        by_key[key], entries = _reused(result, by_key[key], run_id)
        log.extend(entries)
        activities.extend(moved_to(a, by_key[key].source_url) for a in result.activities)
    activities = merge_activities(activities)
    documents = list(by_key.values())

    failed = sum(d.status == DocStatus.ERROR.value for d in documents)
    warnings = sum(e.status == LogStatus.WARNING.value for e in log)
    errors = sum(e.status == LogStatus.ERROR.value for e in log)
    run = RunRecord(
        run_id=run_id, started_at=started, finished_at=utc_now(), flow_run_id=str(flow_run.id or ""),
        status="completed" if not errors else "completed_with_errors", documents_seen=len(documents),
        documents_changed=sum(d.status == DocStatus.OK.value for d in documents), activities=len(activities),
        warnings=warnings, errors=errors, version=__version__,
    )  # fmt: skip
    publish_tables(out, documents, activities, log, run)
    outcome = run_checks(out, config)
    report = render(out)
    return RunSummary(
        run_id=run_id,
        out_dir=str(out),
        documents_seen=run.documents_seen,
        documents_changed=run.documents_changed,
        documents_failed=failed,
        activities_by_recipient=dict(Counter(a.recipient for a in activities)),
        checks_by_status=dict(Counter(c.status for c in outcome.checks)),
        warnings=warnings,
        errors=errors,
        report_path=str(report),
    )


@task
def publish_tables(out: Path, documents, activities, log, run: RunRecord) -> None:
    publish(out, documents=documents, activities=activities, log=log, run=run)


@task
def run_checks(out: Path, config: Config):
    return checks_stage(out, config.checks, today=utc_now().date())


@task
def render(out: Path) -> Path:
    return report_stage(out, now=utc_now())


def serve_nightly(*, cron: str, timezone: str, config_path: str | None, raw_dir: str, out_dir: str) -> None:
    """Serve the nightly deployment on `cron` until interrupted; needs a Prefect server to fire it."""
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        # Prefect's throwaway local API cannot fire schedules: serving would wait forever.
        raise MpdpError(
            "a schedule needs a Prefect server: run `.venv/bin/prefect server start` in another terminal, then "
            "`export PREFECT_API_URL=http://127.0.0.1:4200/api` and try again (or schedule `mpdp run` with cron)"
        )
    nightly.serve(
        name="mpdp-nightly",
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"config_path": config_path, "raw_dir": raw_dir, "out_dir": out_dir},
    )
