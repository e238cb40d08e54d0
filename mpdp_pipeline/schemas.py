"""Every record passed between stages and every published table, in one place.

Stages exchange the dataclasses below; `records_to_table` turns a list of them into a
`pa.Table` with the contract's schema (``shared/spec/CONTRACT.md``). This module imports
nothing of ours, so any stage may import it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

import pyarrow as pa


class Kind(StrEnum):
    """What an activity is; the closed vocabulary of `activities.kind`."""

    MEETING = "meeting"
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    SEMINAR = "seminar"
    FORUM = "forum"
    ROUNDTABLE = "roundtable"
    WORKING_GROUP = "working_group"
    TRAINING = "training"
    PUBLICATION = "publication"
    REPORT = "report"
    OTHER = "other"


class ActivityStatus(StrEnum):
    """Whether a listed activity took place as listed; the vocabulary of `activities.status`."""

    REPORTED = "reported"  # listed, held or scheduled: what the checks count
    CANCELLED = "cancelled"  # listed as cancelled: evidence of the listing, never of the output
    POSTPONED = "postponed"  # listed as postponed: what a "delayed" output looks like


class PublicationType(StrEnum):
    """What a publication is; the closed vocabulary of `activities.publication_type`."""

    REPORT = "report"
    POLICY_BRIEF = "policy_brief"
    WORKING_PAPER = "working_paper"
    BOOK = "book"
    ARTICLE = "article"
    OTHER = "other"


class DocStatus(StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    SKIPPED = "skipped"
    ERROR = "error"


class LogStatus(StrEnum):
    OK = "ok"
    SKIPPED = "skipped"
    WARNING = "warning"
    ERROR = "error"


class Stage(StrEnum):
    CRAWL = "crawl"
    PARSE = "parse"
    EXTRACT = "extract"
    PUBLISH = "publish"
    CHECK = "check"


class CheckStatus(StrEnum):
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    DELAYED = "delayed"
    NOT_DUE = "not_due"
    UNKNOWN = "unknown"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    TABLE_CELL = "table_cell"


# --- records passed between stages -------------------------------------------------------


@dataclass(frozen=True)
class DocumentRecord:
    """One fetched (or local) document version: a row of `documents`."""

    doc_id: str | None  # None when nothing was fetched (the error says why)
    recipient: str
    source_url: str
    final_url: str | None = None
    content_type: str | None = None
    bytes: int | None = None
    pages: int | None = None
    title: str | None = None
    language: str | None = None
    fetched_at: dt.datetime | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    status: str = DocStatus.OK.value
    error: str | None = None
    raw_path: str | None = None


@dataclass(frozen=True)
class Block:
    """A unit of a parsed document, in reading order.

    For a table row, `cells` holds the row's cells and `header` the cells of its table's
    header row (empty when the table has none), so rules can read columns by name.
    """

    text: str
    kind: str = BlockKind.PARAGRAPH.value
    order: int = 0
    page: int | None = None  # 1-based PDF page; None for HTML
    locator: str | None = None  # "x0,top,x1,bottom" for PDF, CSS path for HTML
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    heading: str | None = None  # the nearest heading above the block
    font_size: float | None = None
    is_bold: bool | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """What a parser returns: the blocks plus what it learnt of the document."""

    blocks: tuple[Block, ...]
    pages: int | None = None
    title: str | None = None
    language: str | None = None
    warnings: tuple[tuple[str, str], ...] = ()  # (code, message)


@dataclass(frozen=True)
class Source:
    """One place an activity was read: a row of `activity_sources` less the activity's id."""

    doc_id: str
    source_url: str
    page: int | None
    locator: str | None
    snippet: str
    extractor: str
    confidence: float


@dataclass(frozen=True)
class Activity:
    """A row of `activities`: one meeting, workshop, publication, ... with its evidence.

    The evidence columns (doc_id ... confidence) are those of the place the row was best read;
    `sources` holds every place it was read (`activity_sources`), empty for a row read once.
    """

    activity_id: str
    recipient: str
    kind: str
    title: str
    date_text: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    date_precision: str
    fiscal_year: str | None
    location: str | None
    country: str | None
    participants: tuple[str, ...]
    authors: tuple[str, ...]
    publisher: str | None
    language: str | None
    doc_id: str
    source_url: str
    page: int | None
    locator: str | None
    snippet: str
    extractor: str
    confidence: float
    run_id: str | None = None
    publication_type: str | None = None  # publications only: a `PublicationType` value
    status: str = ActivityStatus.REPORTED.value  # an `ActivityStatus` value
    sources: tuple[Source, ...] = ()  # not a column: written to `activity_sources`


@dataclass(frozen=True)
class ActivitySource:
    """A row of `activity_sources`: one place an activity was read."""

    activity_id: str
    recipient: str
    doc_id: str
    source_url: str
    page: int | None
    locator: str | None
    snippet: str
    extractor: str
    confidence: float
    run_id: str | None = None


@dataclass(frozen=True)
class LogEntry:
    """A row of `extraction_log`: what happened to one document at one stage."""

    run_id: str
    at: dt.datetime
    doc_id: str | None
    source_url: str | None
    stage: str
    status: str
    code: str
    message: str = ""
    items: int | None = None
    duration_ms: float | None = None


@dataclass(frozen=True)
class AnnexRow:
    recipient: str
    fiscal_year: str
    kind: str
    count: int
    activity_ids: tuple[str, ...]


@dataclass(frozen=True)
class ResultCheck:
    recipient: str
    requirement_id: str
    output: str
    expected: str
    fiscal_year: str
    expected_count: int | None
    observed_count: int
    status: str
    evidence: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    flow_run_id: str | None
    status: str
    documents_seen: int
    documents_changed: int
    activities: int
    warnings: int
    errors: int
    version: str


# --- published tables ---------------------------------------------------------------------

_TS = pa.timestamp("us", tz="UTC")

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("recipient", pa.string()),
        ("source_url", pa.string()),
        ("final_url", pa.string()),
        ("content_type", pa.string()),
        ("bytes", pa.int64()),
        ("pages", pa.int32()),
        ("title", pa.string()),
        ("language", pa.string()),
        ("fetched_at", _TS),
        ("http_status", pa.int32()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),
        ("raw_path", pa.string()),
    ]
)

ACTIVITIES = pa.schema(
    [
        ("activity_id", pa.string()),
        ("recipient", pa.string()),
        ("kind", pa.string()),
        ("title", pa.string()),
        ("date_text", pa.string()),
        ("start_date", pa.date32()),
        ("end_date", pa.date32()),
        ("date_precision", pa.string()),
        ("fiscal_year", pa.string()),
        ("location", pa.string()),
        ("country", pa.string()),
        ("participants", pa.list_(pa.string())),
        ("authors", pa.list_(pa.string())),
        ("publisher", pa.string()),
        ("publication_type", pa.string()),
        ("status", pa.string()),
        ("language", pa.string()),
        ("doc_id", pa.string()),
        ("source_url", pa.string()),
        ("page", pa.int32()),
        ("locator", pa.string()),
        ("snippet", pa.string()),
        ("extractor", pa.string()),
        ("confidence", pa.float64()),
        ("run_id", pa.string()),
    ]
)

ACTIVITY_SOURCES = pa.schema(
    [
        ("activity_id", pa.string()),
        ("recipient", pa.string()),
        ("doc_id", pa.string()),
        ("source_url", pa.string()),
        ("page", pa.int32()),
        ("locator", pa.string()),
        ("snippet", pa.string()),
        ("extractor", pa.string()),
        ("confidence", pa.float64()),
        ("run_id", pa.string()),
    ]
)

EXTRACTION_LOG = pa.schema(
    [
        ("run_id", pa.string()),
        ("at", _TS),
        ("doc_id", pa.string()),
        ("source_url", pa.string()),
        ("stage", pa.string()),
        ("status", pa.string()),
        ("code", pa.string()),
        ("message", pa.string()),
        ("items", pa.int32()),
        ("duration_ms", pa.float64()),
    ]
)

ANNEX = pa.schema(
    [
        ("recipient", pa.string()),
        ("fiscal_year", pa.string()),
        ("kind", pa.string()),
        ("count", pa.int64()),
        ("activity_ids", pa.list_(pa.string())),
    ]
)

RESULT_CHECKS = pa.schema(
    [
        ("recipient", pa.string()),
        ("requirement_id", pa.string()),
        ("output", pa.string()),
        ("expected", pa.string()),
        ("fiscal_year", pa.string()),
        ("expected_count", pa.int64()),
        ("observed_count", pa.int64()),
        ("status", pa.string()),
        ("evidence", pa.list_(pa.string())),
        ("note", pa.string()),
    ]
)

RUNS = pa.schema(
    [
        ("run_id", pa.string()),
        ("started_at", _TS),
        ("finished_at", _TS),
        ("flow_run_id", pa.string()),
        ("status", pa.string()),
        ("documents_seen", pa.int64()),
        ("documents_changed", pa.int64()),
        ("activities", pa.int64()),
        ("warnings", pa.int64()),
        ("errors", pa.int64()),
        ("version", pa.string()),
    ]
)


@dataclass(frozen=True)
class TableSpec:
    """A published table: its schema, hive partition columns and sort key."""

    name: str
    schema: pa.Schema
    record: type
    partition_by: tuple[str, ...] = ()
    sort_by: tuple[str, ...] = field(default_factory=tuple)


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("documents", DOCUMENTS, DocumentRecord, ("recipient",), ("recipient", "source_url", "doc_id")),
        TableSpec(
            "activities",
            ACTIVITIES,
            Activity,
            ("recipient",),
            ("recipient", "start_date", "kind", "title", "activity_id"),
        ),
        TableSpec(
            "activity_sources",
            ACTIVITY_SOURCES,
            ActivitySource,
            ("recipient",),
            ("recipient", "activity_id", "source_url", "page", "locator", "snippet"),
        ),
        TableSpec("extraction_log", EXTRACTION_LOG, LogEntry, (), ("at", "stage", "source_url")),
        TableSpec("annex", ANNEX, AnnexRow, (), ("recipient", "fiscal_year", "kind")),
        TableSpec("result_checks", RESULT_CHECKS, ResultCheck, (), ("recipient", "requirement_id", "fiscal_year")),
        TableSpec("runs", RUNS, RunRecord, (), ("started_at",)),
    )
}


def _cell(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def records_to_table(records: Iterable[Any], schema: pa.Schema) -> pa.Table:
    """Dataclass records -> a `pa.Table` with exactly `schema`'s columns, in its order."""
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for record in records:
        row = dataclasses.asdict(record) if dataclasses.is_dataclass(record) else dict(record)
        for name in schema.names:
            columns[name].append(_cell(row.get(name)))
    return pa.Table.from_pydict(columns, schema=schema)


def table_to_records(table: pa.Table, record: type) -> list[Any]:
    """The inverse of `records_to_table`, for stages that read a published table back."""
    names = {f.name for f in dataclasses.fields(record)}
    rows = []
    for row in table.to_pylist():
        kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in row.items() if k in names}
        rows.append(record(**kwargs))
    return rows
