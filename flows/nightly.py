"""The nightly flow: crawl -> extract -> publish -> checks -> report, as Prefect tasks around `mpdp_pipeline.stages`.

The stages hold the logic; this module adds what Prefect is for. Crawls are retried. Each document's
extraction is cached by what decides its result (`DocumentExtractor.cache_key`: the bytes, the extractor
code, the model, the language), so an unchanged document is not parsed again; `full=True` refreshes the
cache. A large corpus is extracted in batches (`nightly.batch_size`), one task per batch, so that Prefect's
overhead per task stays small against the work; a batch reads and writes the same cache as a single task.
The task runner (threads, processes or Dask, `runners.py`) is chosen by the caller.

A run ends `Completed`, or `Completed with errors` when documents failed (its message counts them by code),
with the summary as the artifact `mpdp-run-summary`; a run that fails or crashes calls `nightly.on_failure`
(`alerts.py`). Then the traces of runs older than the last `nightly.retention` are pruned.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from prefect import Flow, Task, flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy, FlowRun
from prefect.context import FlowRunContext, TaskRunContext
from prefect.futures import as_completed
from prefect.results import get_result_store
from prefect.runtime import flow_run
from prefect.settings import get_current_settings
from prefect.states import Completed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from mpdp_pipeline.clock import new_run_id, utc_now
from mpdp_pipeline.codes import TRANSIENT
from mpdp_pipeline.config import ChecksConfig, Config, SourceConfig, load_config
from mpdp_pipeline.crawl import CrawlResult
from mpdp_pipeline.errors import MpdpError, ParseError
from mpdp_pipeline.extraction import ExtractResult
from mpdp_pipeline.progress import InWorker, RunProgress, StageBar, current_verbosity, mode_for
from mpdp_pipeline.schemas import Activity, DocStatus, DocumentRecord, Finding, FindingKind, LogEntry, ResultCheck
from mpdp_pipeline.stages import (
    CheckOutcome,
    DocumentExtractor,
    Each,
    Published,
    Reading,
    RunStart,
    RunSummary,
    SourceCrawler,
    batch_size_for,
    changes_since_last,
    checks_stage,
    crawl_stage,
    extract_stage,
    housekeeping_stage,
    publish_stage,
    report_stage,
    standing_readings,
)
from mpdp_pipeline.tables import transaction

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

SUMMARY_ARTIFACT = "mpdp-run-summary"


def findings_markdown(findings: Sequence[Finding]) -> str:
    """The conclusion as the report opens with it: the overall sentence, then each recipient and its exceptions."""
    lines = ["# Conclusion", ""]
    for f in sorted(findings, key=lambda f: f.line):
        indent = "  " if f.kind == FindingKind.EXCEPTION else ""
        lines.append(f"{indent}- {f.text}" if f.kind != FindingKind.OVERALL else f"**{f.text}**\n")
    return "\n".join(lines) if findings else "# Conclusion\n\nNo findings: the checks have not run."


def checks_markdown(checks: Sequence[ResultCheck]) -> str:
    """The result checks as a table: one row per requirement and fiscal year."""
    lines = ["# Result checks", "", "| recipient | requirement | output | fiscal year | status | observed | note |",
             "|---|---|---|---|---|---|---|"]  # fmt: skip
    for c in checks:
        cells = (c.recipient, c.requirement_id, c.output, c.fiscal_year, c.status, c.observed_count, c.note)
        lines.append("| " + " | ".join(str(v if v is not None else "").replace("|", "\\|") for v in cells) + " |")
    return "\n".join(lines)


def run_markdown(summary: RunSummary, outcome: CheckOutcome) -> str:
    """The run's artifact: its summary, the conclusion, then the result checks."""
    return "\n\n".join((summary.markdown(), findings_markdown(outcome.findings), checks_markdown(outcome.checks)))


# Only `extract` is cached (by document and extraction, across runs). The other tasks' inputs are not hashed
# for a cache key: Prefect's default policy would walk every document and activity they are given, on every
# call, for a key that holds only within the run.
@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 30], task_run_name="crawl-{source.recipient}")
def crawl(source: SourceConfig, crawler: SourceCrawler) -> CrawlResult:
    return crawler(source)


def _extract_cache_key(context: TaskRunContext, parameters: dict) -> str:
    return parameters["extractor"].cache_key(parameters["doc"])


def _read(doc: DocumentRecord, extractor: DocumentExtractor) -> ExtractResult:
    result = extractor(doc)
    failure = result.failure
    if failure is not None and failure.code in TRANSIENT:
        # Raised, not returned, so that it is not cached: the next run tries again.
        raise ParseError(failure.message or "", code=failure.code)
    return result


@task(cache_key_fn=_extract_cache_key, persist_result=True, task_run_name="extract-{doc.doc_id:.12}")
def extract(doc: DocumentRecord, extractor: DocumentExtractor) -> ExtractResult:
    return _read(doc, extractor)


@task(cache_policy=NO_CACHE, task_run_name="extract-{docs[0].doc_id:.12}-and-more")
def extract_batch(
    docs: list[DocumentRecord], extractor: DocumentExtractor, refresh: bool = False
) -> list[ExtractResult | Exception]:
    """`extract` for each of `docs` in one task, through the same cache (the same keys, the same store)."""
    store = get_result_store()
    results: list[ExtractResult | Exception] = []
    for doc in docs:
        key = extractor.cache_key(doc)
        try:
            if not refresh and store.exists(key):
                results.append(store.read(key).result)
                continue
            result = _read(doc, extractor)
            store.write(result, key=key)
            results.append(result)
        except Exception as exc:  # one document's failure is the stage's to log; the batch goes on
            results.append(exc)
    return results


@task(cache_policy=NO_CACHE)
def publish(
    out: Path,
    documents: list[DocumentRecord],
    activities: list[Activity],
    log: list[LogEntry],
    run: RunStart,
    standing: frozenset[Reading],
    extracted_with: str,
) -> Published:
    return publish_stage(
        out, documents=documents, activities=activities, log=log, run=run, standing=standing,
        extracted_with=extracted_with,
    )  # fmt: skip


@task(cache_policy=NO_CACHE)
def check(out: Path, settings: ChecksConfig, activities: list[Activity], recipients: list[str] | None) -> CheckOutcome:
    return checks_stage(out, settings, today=utc_now().date(), activities=activities, recipients=recipients)


@task(cache_policy=NO_CACHE)
def report(out: Path, recipients: list[str] | None, settings: ChecksConfig, storage: dict, changes: str) -> Path:
    return report_stage(
        out, now=utc_now(), recipients=recipients, checks_settings=settings, storage_options=storage, changes=changes
    )


Counts = Callable[[Any], tuple[int, int]]  # a task's result (or exception) -> (documents, failed documents)


def crawl_counts(result: CrawlResult | Exception) -> tuple[int, int]:
    if isinstance(result, Exception):  # the stage logs the source's failure as an error
        return 0, 0
    return len(result.documents), sum(d.status == DocStatus.ERROR for d in result.documents)


def extract_counts(result: ExtractResult | Exception) -> tuple[int, int]:
    return 1, int(isinstance(result, Exception) or result.failure is not None)


def on_tasks(task_: Task, stage: Callable[[int], StageBar], counts: Counts, *, logs_faults: bool = False) -> Each:
    """An `Each` that submits `task_(item, fn)` per item to the flow's task runner, in completion order,
    showing its progress on the bar `stage(number of items)` gives. When `fn` logs fault lines (the crawler),
    they are counted in worker processes as they are here (`InWorker`)."""

    def each(fn: Callable[[T], R], items: Sequence[T], /) -> Iterator[tuple[T, R | Exception]]:
        verbosity = current_verbosity()
        if logs_faults and verbosity is not None:
            fn = InWorker(fn, verbosity)
        futures = {task_.submit(item, fn): item for item in items}
        bar = stage(len(futures))
        for future in as_completed(list(futures)):
            try:
                result: R | Exception = future.result()
            except Exception as exc:  # after the task's retries: the stage logs it and goes on
                result = exc
            documents, failed = counts(result)
            bar.advance(documents=documents, failed=failed)
            yield futures[future], result
        bar.finish()

    return each


def _cached(fn: DocumentExtractor, doc: DocumentRecord) -> ExtractResult | None:
    """The cached extraction of `doc` (the `extract` task's own cache entry), or None."""
    store = get_result_store()
    key = fn.cache_key(doc)
    try:
        return store.read(key).result if store.exists(key) else None
    except Exception as exc:  # an unreadable entry: the task reads the document again and rewrites it
        logger.warning("cached extraction %s unreadable (%s): extracting %s again", key, exc, doc.source_url)
        return None


def _ships_tasks() -> bool:
    """Whether the flow's task runner runs tasks in other processes (Dask, a process pool), not threads."""
    context = FlowRunContext.get()
    return context is not None and not isinstance(context.task_runner, ThreadPoolTaskRunner)


def on_extract_tasks(progress: RunProgress, *, refresh: bool, batch_size: int, workers: int, standing: int = 0) -> Each:
    """An `Each` for extraction: unchanged documents straight from the cache, without a task; the others one
    task per document for a small corpus, one per batch for a large one. The bar counts the `standing`
    documents, which the stage does not read, among those done."""

    def each(fn: DocumentExtractor, items: Sequence[DocumentRecord], /) -> Iterator[tuple[DocumentRecord, Any]]:
        bar = progress.stage("extract", len(items) + standing)
        for _ in range(standing):
            bar.advance()
        missing = list(items)
        if not refresh:
            # A nightly run mostly meets documents it has read: a task each would cost Prefect's overhead only.
            missing = []
            for doc in items:
                result = _cached(fn, doc)
                if result is None:
                    missing.append(doc)
                    continue
                documents, failed = extract_counts(result)
                bar.advance(documents=documents, failed=failed)
                yield doc, result
        size = batch_size_for(len(missing), batch_size, workers, shipped=_ships_tasks())
        if size == 1:
            single = on_tasks(extract.with_options(refresh_cache=refresh), lambda _: bar, extract_counts)
            yield from single(fn, missing)
            return
        batches = [missing[i : i + size] for i in range(0, len(missing), size)]
        futures = {extract_batch.submit(batch, fn, refresh): batch for batch in batches}
        for future in as_completed(list(futures)):
            batch = futures[future]
            try:
                results: list[Any] = future.result()
            except Exception as exc:  # the whole batch (a dead worker): each document is logged with it
                results = [exc] * len(batch)
            for doc, result in zip(batch, results, strict=True):
                documents, failed = extract_counts(result)
                bar.advance(documents=documents, failed=failed)
                yield doc, result
        bar.finish()

    return each


def _config_of(flow_run_: FlowRun) -> Config:
    parameters = flow_run_.parameters or {}
    return load_config(
        parameters.get("config_path"),
        raw_dir=parameters.get("raw_dir") or None,
        out_dir=parameters.get("out_dir") or None,
    )


def alert(flow_: Flow, flow_run_: FlowRun, state: State) -> None:
    """The failure hook: `nightly.on_failure` of the run's config, when it names one."""
    from mpdp_pipeline.flows.alerts import send_alert  # absolute: Prefect may load this file by its path

    try:
        target = _config_of(flow_run_).nightly.on_failure
    except MpdpError as exc:  # the config itself may be why the run failed
        logger.error("no failure alert: the run's config cannot be read (%s)", exc)
        return
    if target:
        payload = {
            "flow": flow_.name,
            "flow_run_id": str(flow_run_.id),
            "flow_run_name": flow_run_.name,
            "state": state.name,
            "state_type": state.type.value,
            "message": state.message or "",
            "parameters": flow_run_.parameters,
        }
        send_alert(target, payload)


@task(cache_policy=NO_CACHE)
def tidy(config: Config, extractor: DocumentExtractor, documents: list[DocumentRecord]) -> None:
    """Prune what only runs older than the last `nightly.retention` left, Prefect's cached results among them."""
    pruned = housekeeping_stage(
        config.pipeline.out_dir,
        config.pipeline.raw_dir,
        retention=config.nightly.retention,
        recipients=[s.recipient for s in config.sources],
        results_dir=get_current_settings().results.local_storage_path,
        live_results=[extractor.cache_key(d) for d in documents if d.doc_id],
    )
    if pruned.cutoff is not None:
        logger.info("pruned before %s: %s", pruned.cutoff, pruned)


@flow(name="mpdp-nightly", log_prints=True, on_failure=[alert], on_crashed=[alert])
def nightly(
    config_path: str | None = None,
    raw_dir: str | None = None,
    out_dir: str | None = None,
    full: bool = False,
    show_progress: bool = False,
) -> RunSummary:
    """Crawl the configured sources, extract, publish the tables, check and report."""
    config = load_config(config_path, raw_dir=raw_dir or None, out_dir=out_dir or None)
    started = utc_now()
    run = RunStart(new_run_id(started), started, str(flow_run.id or ""))
    out = config.pipeline.out_dir
    # Bars on a terminal, a line per stage in a log file (`mpdp_pipeline/progress.py`).
    with RunProgress(mode_for(sys.stderr, show=show_progress)) as progress:
        crawling = on_tasks(
            crawl, lambda total: progress.stage("crawl", total, "sources"), crawl_counts, logs_faults=True
        )
        crawled = crawl_stage(config, run_id=run.run_id, each=crawling)
        extractor = DocumentExtractor.of(config.pipeline, run.run_id, config.sources)
        # An unchanged document read by this same extraction is not read again, not even from the cache.
        standing = frozenset() if full else standing_readings(out, crawled.documents, extractor.fingerprint())
        extracted = extract_stage(
            crawled.documents,
            extractor,
            run_id=run.run_id,
            each=on_extract_tasks(
                progress,
                refresh=full,
                batch_size=config.nightly.batch_size,
                workers=config.pipeline.workers,
                standing=len(standing),
            ),  # fmt: skip
            standing=standing,
        )
    # Every table of the run is switched in together when the block ends, after validation.
    with transaction(out, run.run_id, retention=config.nightly.retention) as draft:
        # `quote`: Prefect would otherwise walk every record of these lists looking for futures.
        log = crawled.log + extracted.log
        published = publish(
            draft, quote(extracted.documents), quote(extracted.activities), quote(log), run,
            quote(extracted.standing), extractor.fingerprint(),
        )  # fmt: skip
        outcome = check(draft, config.checks, quote(published.activities), config.recipients())
    progress.line(f"publish: {len(published.activities)} activities")
    progress.line(f"checks: {len(outcome.checks)} result checks")
    changes = changes_since_last(out)  # for the summary line and the report alike
    page = report(out, config.recipients(), config.checks, dict(config.pipeline.storage_options), changes)
    progress.line(f"report: {page}")
    summary = RunSummary.of(out, published, extracted.documents, outcome, page, changes)
    tidy(config, extractor, quote(extracted.documents))
    # One artifact, not one per part: each costs the API a write, and a night with nothing new is mostly those.
    create_markdown_artifact(
        key=SUMMARY_ARTIFACT, markdown=run_markdown(summary, outcome), description=summary.state_message()
    )
    # Completed either way (the run finished; `mpdp run` exits 0), but named for what it was.
    return Completed(name=summary.state_name, message=summary.state_message(), data=summary)


# One run at a time: a run triggered while one is active is cancelled, not queued behind it.
ONE_AT_A_TIME = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)


def serve_nightly(*, cron: str, timezone: str, config_path: str | None, raw_dir: str, out_dir: str) -> None:
    """Serve the nightly deployment on `cron` until interrupted; needs a Prefect server to fire it."""
    from prefect.deployments.runner import EntrypointType
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
        global_limit=ONE_AT_A_TIME,
        entrypoint_type=EntrypointType.MODULE_PATH,  # found the same way in a clone and in an installed wheel
    )
