"""The pipeline's stages: crawl -> extract -> publish -> checks -> report, each taking and returning values.

Each stage does its own I/O at its edges (the raw store, the Parquet tables, the report) and leaves the
logic to `crawl`, `extraction`, `publish`, `checks` and `report`. The Prefect flow (`flows/nightly.py`)
and the `mpdp` commands (`cli.py`) call these same functions; neither holds any logic of its own.

`crawl_stage` and `extract_stage` apply a per-item function (`SourceCrawler`, `DocumentExtractor`) to
each source or document through an `Each`: `in_process` runs them one after another, the flow submits
them as Prefect tasks (on threads, processes or Dask). The functions are frozen dataclasses, so a task
can carry them to another process.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import tempfile
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pyarrow.compute as pc

from mpdp_pipeline.checks import activities_to_annex, evaluate_requirements, parse_requirements
from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.config import DEFAULT_RETENTION, ChecksConfig, Config, CrawlConfig, PipelineConfig, SourceConfig
from mpdp_pipeline.corrections import apply_corrections, read_corrections
from mpdp_pipeline.crawl import CrawlResult, crawl_source, failed_crawl
from mpdp_pipeline.crops import page_crops
from mpdp_pipeline.diff import Diff, diff_runs
from mpdp_pipeline.errors import ConfigError, MpdpError
from mpdp_pipeline.exports import write_exports
from mpdp_pipeline.findings import conclude
from mpdp_pipeline.indicators import compute_indicators
from mpdp_pipeline.location import Location, Remote, open_stored
from mpdp_pipeline.publish import Published, Reading, RunStart, publish, published_activities, standing_readings
from mpdp_pipeline.report import Scope, render_report, years_in_scope
from mpdp_pipeline.schemas import (
    TABLES,
    Activity,
    AnnexRow,
    Correction,
    CorrectionStatus,
    DocStatus,
    DocumentRecord,
    Finding,
    Indicator,
    LogEntry,
    LogStatus,
    ResultCheck,
    RunRecord,
    Stage,
    records_to_table,
    table_to_records,
)
from mpdp_pipeline.storage import RawStore, atomic_write_bytes, locked, prune_older_than
from mpdp_pipeline.tables import (
    current_run,
    history,
    previous_run,
    prune_runs,
    read_table,
    snapshot,
    write_table_if_changed,
    writing,
)

if TYPE_CHECKING:
    from mpdp_pipeline.extraction import ExtractResult
    from mpdp_pipeline.extractors.nlp import Nlp

__all__ = [
    "CheckOutcome",
    "CrawlOutcome",
    "DocumentExtractor",
    "Each",
    "ExtractOutcome",
    "Pruned",
    "Published",
    "Reading",
    "RunStart",
    "RunSummary",
    "SourceCrawler",
    "batch_size_for",
    "changes_since_last",
    "checks_stage",
    "crawl_stage",
    "extract_stage",
    "housekeeping_stage",
    "in_process",
    "publish_stage",
    "standing_readings",
    "report_stage",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class Each(Protocol):
    """Applies `fn` to every item, yielding each item with its result, or with the exception it raised."""

    def __call__(self, fn: Callable[[T], R], items: Sequence[T], /) -> Iterable[tuple[T, R | Exception]]: ...


def in_process(fn: Callable[[T], R], items: Iterable[T], /) -> Iterator[tuple[T, R | Exception]]:
    """One item after another, here."""
    for item in items:
        try:
            result: R | Exception = fn(item)
        except Exception as exc:  # one item's failure is the stage's to log; the others go on
            result = exc
        yield item, result


def _by_place(doc: DocumentRecord) -> tuple[str, str]:
    return doc.recipient, doc.source_url


def _version(doc: DocumentRecord) -> tuple[str | None, str]:
    return doc.doc_id, doc.source_url


# --- crawl ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCrawler:
    """Crawls one source into the raw store."""

    settings: CrawlConfig
    raw_dir: Path
    user_agent: str
    run_id: str

    def __call__(self, source: SourceConfig) -> CrawlResult:
        store = RawStore(self.raw_dir)
        return crawl_source(source, self.settings, store, user_agent=self.user_agent, run_id=self.run_id)


@dataclass(frozen=True)
class CrawlOutcome:
    documents: list[DocumentRecord]  # one per URL reached, sorted by recipient and URL
    log: list[LogEntry]


def crawl_stage(config: Config, *, run_id: str, each: Each = in_process) -> CrawlOutcome:
    """Crawl every configured source into `config.pipeline.raw_dir`; a source that fails is logged."""
    crawler = SourceCrawler(config.crawl, config.pipeline.raw_dir, config.pipeline.user_agent, run_id)
    results: list[CrawlResult] = []
    for source, result in each(crawler, list(config.sources)):
        if isinstance(result, Exception):  # after the caller's retries: the other sources go on
            logger.error("crawl of %s failed", source.recipient, exc_info=result)
            result = failed_crawl(source, run_id, result)
        results.append(result)
    documents = sorted((d for r in results for d in r.documents), key=_by_place)
    return CrawlOutcome(documents, [e for r in results for e in r.log])


# --- extract ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _nlp(model: str) -> Nlp:
    # One pipeline per process, loaded on first use and reused for every document. Imported here:
    # spaCy takes seconds to import, and `mpdp checks` or `mpdp report` never needs it.
    from mpdp_pipeline.extractors.nlp import load_nlp

    return load_nlp(model)


@dataclass(frozen=True)
class DocumentExtractor:
    """Reads one stored document (`raw_path`): parse in a worker, then the rules."""

    pipeline: PipelineConfig  # the model, and a parsing worker's time and memory limits
    run_id: str
    languages: tuple[tuple[str, str], ...] = ()  # (recipient, language) where a source forces one

    @classmethod
    def of(cls, pipeline: PipelineConfig, run_id: str, sources: Iterable[SourceConfig] = ()) -> DocumentExtractor:
        return cls(pipeline, run_id, tuple((s.recipient, s.language) for s in sources if s.language))

    def language(self, recipient: str) -> str | None:
        return dict(self.languages).get(recipient)

    def __call__(self, doc: DocumentRecord) -> ExtractResult:
        from mpdp_pipeline.extraction import extract_document

        data = open_stored(doc.raw_path or "", self.pipeline.storage_options)
        return extract_document(
            doc,
            data,
            _nlp(self.pipeline.nlp_model),
            run_id=self.run_id,
            timeout_s=self.pipeline.parse_timeout_s,
            memory_mb=self.pipeline.parse_memory_mb,
            language=self.language(doc.recipient),
        )

    def cache_key(self, doc: DocumentRecord) -> str:
        """What decides the result: the bytes, where they were read, the day the server says they were last
        modified (the year of a page that names none), the code, the model and the language."""
        from mpdp_pipeline.extraction import extractor_fingerprint, http_date
        from mpdp_pipeline.extractors.nlp import model_fingerprint

        url = hashlib.sha256(doc.source_url.encode()).hexdigest()[:12]
        model = model_fingerprint(self.pipeline.nlp_model)
        language = self.language(doc.recipient)
        modified = http_date(doc.last_modified) or "-"
        return f"extract-{doc.doc_id}-{doc.recipient}-{url}-{modified}-{extractor_fingerprint()}-{model}-{language}"

    def fingerprint(self) -> str:
        """What decides every result but the document: the code, the model and each source's language."""
        from mpdp_pipeline.extraction import extractor_fingerprint
        from mpdp_pipeline.extractors.nlp import model_fingerprint

        languages = ",".join(f"{r}={lang}" for r, lang in sorted(self.languages))
        return f"{extractor_fingerprint()}-{model_fingerprint(self.pipeline.nlp_model)}-{languages}"


@dataclass(frozen=True)
class ExtractOutcome:
    documents: list[DocumentRecord]  # every document given, one per (doc_id, URL), read ones with their facts
    activities: list[Activity]  # as read, document by document: `publish_stage` deduplicates them
    log: list[LogEntry]
    standing: frozenset[Reading] = frozenset()  # documents not read: their published activities stand


def _readable(doc: DocumentRecord) -> bool:
    return doc.status in (DocStatus.OK, DocStatus.NOT_MODIFIED) and bool(doc.raw_path)


def _failed(doc: DocumentRecord, exc: Exception, run_id: str) -> ExtractResult:
    from mpdp_pipeline.extraction import failed_extraction

    code = exc.code if isinstance(exc, MpdpError) else LogCode.EXTRACT_UNEXPECTED
    return failed_extraction(doc, run_id=run_id, code=code, message=str(exc))


def _tonight(result: ExtractResult, run_id: str) -> list[LogEntry]:
    """The log rows of `result` for this run: a result cached by an earlier run says so in one row."""
    if all(e.run_id == run_id for e in result.log):
        return result.log
    source = result.source
    cached = LogEntry.of(
        LogCode.CACHED, run_id=run_id, doc_id=source.doc_id, source_url=source.source_url,
        stage=Stage.EXTRACT, status=LogStatus.OK,
        message=f"unchanged since run {result.log[0].run_id if result.log else '?'}; extraction reused",
        items=len(result.activities),
    )  # fmt: skip
    problems = [replace(e, run_id=run_id) for e in result.log if e.status != LogStatus.OK]
    return [*problems, cached]


def _standing_log(doc: DocumentRecord, run_id: str) -> LogEntry:
    return LogEntry.of(
        LogCode.CACHED, run_id=run_id, doc_id=doc.doc_id, source_url=doc.source_url, stage=Stage.EXTRACT,
        status=LogStatus.OK, message="unchanged since it was last read; its published activities stand",
    )  # fmt: skip


def extract_stage(
    documents: Sequence[DocumentRecord],
    extract: Callable[[DocumentRecord], ExtractResult],
    *,
    run_id: str,
    each: Each = in_process,
    standing: Collection[Reading] = frozenset(),
) -> ExtractOutcome:
    """Read every stored document (`ok` or `not_modified`, with a `raw_path`) with `extract`, but those of
    `standing` (`publish.standing_readings`), whose published activities stand.

    Documents that cannot be read pass through as they are; one whose extraction raises is an
    `error` with the exception's code. A result `extract` reused from an earlier run (a cache) is
    joined to this run's record of the document.
    """
    done: list[ExtractResult] = []
    kept = [d for d in documents if _readable(d) and (d.recipient, d.source_url) in standing]
    unread = [d for d in documents if _readable(d) and (d.recipient, d.source_url) not in standing]
    for doc, result in each(extract, unread):
        read = _failed(doc, result, run_id) if isinstance(result, Exception) else result
        # A cached result holds the record of the night it was read: tonight's crawl record replaces it.
        done.append(replace(read, source=doc))
    done.sort(key=lambda r: _by_place(r.source))
    rows = {_version(d): d for d in documents}  # one row per version, as `documents` keeps them
    rows.update((_version(r.source), r.document) for r in done)
    activities = [a for r in done for a in r.activities]
    log = [e for r in done for e in _tonight(r, run_id)] + [_standing_log(d, run_id) for d in kept]
    return ExtractOutcome(list(rows.values()), activities, log, frozenset(_reading(d) for d in kept))


def _reading(doc: DocumentRecord) -> Reading:
    return doc.recipient, doc.source_url


BATCH_ABOVE = 100  # documents: up to this many, one task per document (on threads)
BATCH_MAX = 50
BATCHES_PER_WORKER = 4  # enough to keep every worker busy to the end when documents differ in size


def batch_size_for(documents: int, configured: int = 0, workers: int = 1, *, shipped: bool = False) -> int:
    """Documents per extraction task: `configured` when set, else 1 for a small corpus and, for a large one,
    batches small enough to keep every worker busy to the end (4 per worker) and at most `BATCH_MAX`.

    `shipped`: tasks go to other processes (Dask, a process pool), where each costs the flow's process far
    more (Dask hashes and pickles the task and its arguments on every submit, tens of milliseconds): there,
    documents are batched as soon as there are more than 4 per worker."""
    if configured:
        return configured
    if documents <= (BATCHES_PER_WORKER * workers if shipped else BATCH_ABOVE):
        return 1
    return max(1, min(BATCH_MAX, -(-documents // (BATCHES_PER_WORKER * workers))))


# --- publish ----------------------------------------------------------------------------------------


# The publish stage is `publish.publish`: it merges this run's rows into the tables under `out_dir`, the one
# place activities are deduplicated across documents; `activities=None` (a crawl) leaves the activities as
# they are, and a nightly `run` gets its `runs` row.
publish_stage = publish


# --- checks and report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckOutcome:
    annex: list[AnnexRow]
    checks: list[ResultCheck]
    findings: list[Finding] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)  # each with what became of it


def checks_stage(
    out_dir: Path,
    settings: ChecksConfig,
    *,
    today: dt.date,
    activities: Sequence[Activity] | None = None,
    run_id: str | None = None,
    publish: bool = True,
    recipients: Collection[str] | None = None,
    retention: int = DEFAULT_RETENTION,
) -> CheckOutcome:
    """Rebuild `annex`, `result_checks`, `findings`, `indicators` and `corrections` from `activities`, by default
    the published ones, as the reviewers' corrections leave them. They are written into `out_dir` (a run's
    draft, or an output folder: then committed as run `run_id`) unless `publish` is false (`--as-of`). Only the
    requirements of `recipients` (the configured ones; None: every one of the file) are checked."""
    path = settings.requirements
    try:
        requirements = parse_requirements(path.read_text(encoding="utf-8"), name=str(path))
    except FileNotFoundError:
        raise ConfigError(f"requirements file not found: {path} (set checks.requirements or --requirements)") from None
    if recipients:
        requirements = [r for r in requirements if r.recipient in recipients]
    if activities is None:
        if read_table(out_dir, "activities") is None:
            raise MpdpError(
                f"no activities table in {out_dir}: run `mpdp run` or `mpdp extract` first, or point --out at its "
                "output"
            )
        activities = published_activities(out_dir)
    activities, corrections = apply_corrections(activities, read_corrections(settings.corrections))
    for c in corrections:
        if c.status != CorrectionStatus.APPLIED:
            logger.warning("correction on line %d (%s %s): %s, %s", c.line, c.action, c.activity_id, c.status, c.note)
    observed_until = settings.observed_until or today
    annex = activities_to_annex(activities)
    checks = evaluate_requirements(
        requirements, activities, observed_until=observed_until, first_fiscal_year=settings.first_fiscal_year
    )
    findings = conclude(checks, observed_until=observed_until)
    indicators = compute_indicators(activities, sorted({c.fiscal_year for c in checks}))
    if publish:
        with writing(out_dir, run_id, retention=retention) as draft:
            # A table equal to the one carried over stays as it is: the run's manifest lists what changed.
            for name, rows in (("annex", annex), ("result_checks", checks), ("findings", findings),
                               ("indicators", indicators), ("corrections", corrections)):  # fmt: skip
                write_table_if_changed(draft, name, records_to_table(rows, TABLES[name].schema))
    return CheckOutcome(annex, checks, findings, indicators, corrections)


def _records(out_dir: Path, name: str, record: type, *, run_id: str | None = None) -> list:
    """Table `name` as records; with `run_id`, only that run's rows (a log that grows every night)."""
    table = read_table(out_dir, name)
    if table is not None and run_id is not None:
        table = table.filter(pc.field("run_id") == run_id)
    return [] if table is None else table_to_records(table, record)


def _stored_paths(source: Location) -> dict[str, str]:
    """doc_id -> raw_path of the stored documents: two columns, not a record per document (every night)."""
    table = read_table(source, "documents")
    if table is None:
        return {}
    pairs = zip(table.column("doc_id").to_pylist(), table.column("raw_path").to_pylist(), strict=True)
    return {doc_id: path for doc_id, path in pairs if path}


def report_stage(
    out_dir: Path,
    *,
    now: dt.datetime,
    tables: Path | None = None,
    recipients: Sequence[str] | None = None,
    checks_settings: ChecksConfig | None = None,
    storage_options: Mapping[str, Any] | None = None,
    changes: str | None = None,
) -> Location:
    """Render `out_dir/report/index.html` from the published tables, or from those of the run folder
    `tables` (`--as-of`) into `out_dir/report/<run_id>/index.html`, with the annex and checks as CSV files
    and a workbook beside it. The page shows `recipients` (the configured ones; None: all the tables hold)
    and the fiscal years from `checks_settings`' first one to its observed one. `storage_options` reach the
    stored PDFs the crops are rendered from; `changes` is the run's change line (by default worked out)."""
    target = out_dir / "report" if tables is None else out_dir / "report" / tables.name
    source = snapshot(out_dir if tables is None else tables)  # every table from the same run
    if isinstance(target, Path):
        return _write_report(target, source, out_dir, now, recipients, checks_settings, storage_options, changes)
    # On an object store the page, its crops and the exports are made in a local folder, then uploaded.
    with tempfile.TemporaryDirectory(prefix="mpdp-report-") as folder:
        _write_report(Path(folder), source, out_dir, now, recipients, checks_settings, storage_options, changes)
        return _upload_report(Path(folder), target)


def _write_report(
    folder: Path,
    source: Location,
    out_dir: Location,
    now: dt.datetime,
    recipients: Sequence[str] | None,
    checks_settings: ChecksConfig | None,
    storage_options: Mapping[str, Any] | None,
    changes: str | None,
) -> Path:
    """The page, its crops and the exports of the tables in `source`, written into local `folder`."""
    runs = _records(source, "runs", RunRecord)
    latest = max(runs, key=lambda r: r.started_at) if runs else None  # the page shows this run's log
    # The activities as the checks saw them: the corrections recorded with the checks, applied again.
    activities, corrections = apply_corrections(
        published_activities(source), _records(source, "corrections", Correction)
    )
    annex = _records(source, "annex", AnnexRow)
    checks = _records(source, "result_checks", ResultCheck)
    findings = _records(source, "findings", Finding)
    years = None
    if checks_settings is not None:
        observed = checks_settings.observed_until or now.date()
        years = years_in_scope(checks_settings.first_fiscal_year, observed, checks)
    shown = [a for a in activities if Scope.of(recipients, years).activity(a)]
    stored = _stored_paths(source)
    html = render_report(
        activities=activities,
        annex=annex,
        checks=checks,
        log=_records(source, "extraction_log", LogEntry, run_id=latest.run_id if latest else None),
        run=latest,
        generated_at=now,
        findings=findings,
        indicators=_records(source, "indicators", Indicator),
        corrections=corrections,
        crops=page_crops(shown, stored, folder / "crops", storage_options=storage_options),
        recipients=recipients,
        fiscal_years=years,
        changes=_changes_of(out_dir, source) if changes is None else changes,
    )
    path = folder / "index.html"
    # A page to share: readable by the web server and colleagues, like any published file.
    atomic_write_bytes(path, html.encode("utf-8"), mode=0o644)
    # The same annex and checks for reviewers who work in spreadsheets, beside the page.
    write_exports(folder, annex=annex, checks=checks, findings=findings, activities=activities)
    return path


def _upload_report(folder: Path, target: Remote) -> Remote:
    """Put the report made in local `folder` at `target`; the page's URL. The crops and exports go first and
    the page last, so a reader never meets a page whose images are missing; crops no page shows any more
    are deleted after it."""
    files = sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: (p.name == "index.html", p))
    for file in files:
        atomic_write_bytes(target / file.relative_to(folder).as_posix(), file.read_bytes())
    kept = {(target / f.relative_to(folder).as_posix()).url for f in files}
    for stale in (target / "crops").files():
        if stale.url not in kept:
            stale.unlink(missing_ok=True)
    return target / "index.html"


def _changes_of(out_dir: Path, run_folder: Path) -> str:
    """What the run whose tables are in `run_folder` changed against the run before it, in one line."""
    run = next((r for r in history(out_dir) if r.run_id == run_folder.name), None)
    if run is None:  # an output folder of the layout before run folders
        return ""
    before = previous_run(out_dir, run)
    if before is not None and not {"activities", "result_checks"} & set(run.written):
        return Diff(before.run_id, run.run_id).line()  # both carried over as they were: nothing to compare
    return diff_runs(None if before is None else before.path, run.path).line()


def changes_since_last(out_dir: Path) -> str:
    """The current run's changes against the run before it, in one line (`Diff.line`)."""
    run = current_run(out_dir)
    return "" if run is None else _changes_of(out_dir, run.path)


# --- housekeeping -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pruned:
    """What housekeeping deleted: traces older than the last `retention` runs."""

    cutoff: dt.datetime | None  # the start of the oldest run kept; None while there are no more runs than that
    table_versions: int = 0
    crawl_state: int = 0
    results: int = 0


def housekeeping_stage(
    out_dir: Location,
    raw_dir: Location,
    *,
    retention: int,
    recipients: Iterable[str] = (),
    results_dir: Path | None = None,
    live_results: Iterable[str] = (),
) -> Pruned:
    """Delete what only runs older than the last `retention` (in `runs`) left: old versions of the tables
    (never the published one), the crawl state of recipients no longer configured, and, in `results_dir`,
    cached results other than `live_results` (the names of tonight's). Nothing is pruned while there are
    no more than `retention` runs."""
    runs = sorted((r.started_at for r in _records(out_dir, "runs", RunRecord)), reverse=True)
    if len(runs) <= retention:
        return Pruned(None)
    cutoff = runs[retention - 1]
    before = cutoff.timestamp()
    with locked(out_dir):
        versions = prune_runs(out_dir, keep=retention)
    state = RawStore(raw_dir).state_path("_").parent
    configured = [RawStore(raw_dir).state_path(r) for r in recipients]
    results = 0
    if results_dir is not None:
        results = prune_older_than(results_dir, before, keep=[results_dir / name for name in live_results])
    return Pruned(cutoff, versions, prune_older_than(state, before, keep=configured), results)


# --- a nightly run's summary ------------------------------------------------------------------------


def _code(doc: DocumentRecord) -> str:
    """The code of a failed document (its `error` reads `code: message`)."""
    return (doc.error or "error").split(":", 1)[0]


@dataclass(frozen=True)
class RunSummary:
    """What one nightly run did, for the command line and for tests."""

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
    failures: dict[str, int] = field(default_factory=dict)  # failed documents by code
    changes: str = ""  # against the previous run: `+3 activities, 1 check changed since run …`

    @classmethod
    def of(
        cls,
        out_dir: Path,
        published: Published,
        documents: Sequence[DocumentRecord],
        checks: CheckOutcome,
        report: Path,
        changes: str = "",
    ) -> RunSummary:
        run = published.run
        if run is None:
            raise ValueError("a run summary needs the run's `runs` row: publish with `run=RunStart(...)`")
        return cls(
            run_id=run.run_id,
            out_dir=str(out_dir),
            documents_seen=run.documents_seen,
            documents_changed=run.documents_changed,
            documents_failed=sum(d.status == DocStatus.ERROR for d in documents),
            activities_by_recipient=dict(Counter(a.recipient for a in published.read)),
            checks_by_status=dict(Counter(c.status for c in checks.checks)),
            warnings=run.warnings,
            errors=run.errors,
            report_path=str(report),
            failures=dict(Counter(_code(d) for d in documents if d.status == DocStatus.ERROR)),
            changes=changes,
        )

    @property
    def state_name(self) -> str:
        """The name of the run's final (completed) state: it says when documents failed."""
        return "Completed with errors" if self.documents_failed else "Completed"

    def state_message(self) -> str:
        if not self.documents_failed:
            return f"{self.documents_seen} documents, none failed"
        codes = ", ".join(f"{code} {n}" for code, n in sorted(self.failures.items()))
        return f"{self.documents_failed} of {self.documents_seen} documents failed ({codes})"

    def markdown(self) -> str:
        """The run's summary as the Prefect artifact shows it."""
        lines = [
            f"# mpdp-nightly run {self.run_id}: {self.state_name.lower()}",
            "",
            self.line(),
            "",
            "| documents seen | changed | failed | warnings | errors |",
            "|---|---|---|---|---|",
            f"| {self.documents_seen} | {self.documents_changed} | {self.documents_failed} | {self.warnings} "
            f"| {self.errors} |",
        ]
        if self.failures:
            lines += ["", "| failed with | documents |", "|---|---|"]
            lines += [f"| `{code}` | {n} |" for code, n in sorted(self.failures.items())]
        lines += ["", f"Tables: `{self.out_dir}`; report: `{self.report_path}`"]
        return "\n".join(lines)

    def line(self) -> str:
        acts = ", ".join(f"{r} {n}" for r, n in sorted(self.activities_by_recipient.items())) or "none"
        order = ("met", "delayed", "partially_met", "not_met", "not_due", "unknown")
        checks = ", ".join(f"{self.checks_by_status.get(s, 0)} {s.replace('_', ' ')}" for s in order)
        return (
            f"run {self.run_id}: documents {self.documents_seen} seen, {self.documents_changed} changed, "
            f"{self.documents_failed} failed; activities {acts}; result checks {checks}"
            + (f"; {self.changes}" if self.changes else "")
        )
