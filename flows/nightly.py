"""The nightly flow: crawl -> extract -> publish -> checks -> report, as Prefect tasks around `mpdp_pipeline.stages`.

The stages hold the logic; this module adds what Prefect is for. Crawls are retried. Each document's
extraction is a task cached by what decides its result (`DocumentExtractor.cache_key`: the bytes, the
extractor code, the model, the language), so an unchanged document is not parsed again; `full=True`
refreshes the cache. The task runner (threads, processes or Dask, `runners.py`) is chosen by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from prefect import Task, flow, task
from prefect.context import TaskRunContext
from prefect.futures import as_completed
from prefect.runtime import flow_run
from rich.progress import Progress

from mpdp_pipeline.clock import new_run_id, utc_now
from mpdp_pipeline.codes import TRANSIENT
from mpdp_pipeline.config import ChecksConfig, SourceConfig, load_config
from mpdp_pipeline.crawl import CrawlResult
from mpdp_pipeline.errors import MpdpError, ParseError
from mpdp_pipeline.extraction import ExtractResult
from mpdp_pipeline.schemas import Activity, DocumentRecord, LogEntry
from mpdp_pipeline.stages import (
    CheckOutcome,
    DocumentExtractor,
    Each,
    Published,
    RunStart,
    RunSummary,
    SourceCrawler,
    checks_stage,
    crawl_stage,
    extract_stage,
    publish_stage,
    report_stage,
)

T = TypeVar("T")
R = TypeVar("R")


@task(retries=2, retry_delay_seconds=[5, 30], task_run_name="crawl-{source.recipient}")
def crawl(source: SourceConfig, crawler: SourceCrawler) -> CrawlResult:
    return crawler(source)


def _extract_cache_key(context: TaskRunContext, parameters: dict) -> str:
    return parameters["extractor"].cache_key(parameters["doc"])


@task(cache_key_fn=_extract_cache_key, persist_result=True, task_run_name="extract-{doc.doc_id:.12}")
def extract(doc: DocumentRecord, extractor: DocumentExtractor) -> ExtractResult:
    result = extractor(doc)
    failure = result.failure
    if failure is not None and failure.code in TRANSIENT:
        # Raised, not returned, so that Prefect does not cache it: the next run tries again.
        raise ParseError(failure.message or "", code=failure.code)
    return result


@task
def publish(
    out: Path, documents: list[DocumentRecord], activities: list[Activity], log: list[LogEntry], run: RunStart
) -> Published:
    return publish_stage(out, documents=documents, activities=activities, log=log, run=run)


@task
def check(out: Path, settings: ChecksConfig, activities: list[Activity]) -> CheckOutcome:
    return checks_stage(out, settings, today=utc_now().date(), activities=activities)


@task
def report(out: Path) -> Path:
    return report_stage(out, now=utc_now())


def on_tasks(task_: Task, progress: Progress, description: str) -> Each:
    """An `Each` that submits `task_(item, fn)` per item to the flow's task runner, in completion order."""

    def each(fn: Callable[[T], R], items: Sequence[T], /) -> Iterator[tuple[T, R | Exception]]:
        futures = {task_.submit(item, fn): item for item in items}
        bar = progress.add_task(description, total=len(futures))
        for future in as_completed(list(futures)):
            try:
                result: R | Exception = future.result()
            except Exception as exc:  # after the task's retries: the stage logs it and goes on
                result = exc
            progress.advance(bar)
            yield futures[future], result

    return each


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
    run = RunStart(new_run_id(started), started, str(flow_run.id or ""))
    out = config.pipeline.out_dir
    with Progress(transient=True, disable=not show_progress) as progress:
        crawled = crawl_stage(config, run_id=run.run_id, each=on_tasks(crawl, progress, "Crawling"))
        extracted = extract_stage(
            crawled.documents,
            DocumentExtractor.of(config.pipeline, run.run_id, config.sources),
            run_id=run.run_id,
            each=on_tasks(extract.with_options(refresh_cache=full), progress, "Extracting"),
        )
    published = publish(out, extracted.documents, extracted.activities, crawled.log + extracted.log, run)
    outcome = check(out, config.checks, published.activities)
    return RunSummary.of(out, published, extracted.documents, outcome, report(out))


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
