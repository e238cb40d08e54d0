"""Every record passed between stages and every published table, each declared once.

A table is a frozen dataclass: its fields, in order, are the table's columns, typed with their
enum where the values are closed (`Kind`, `DocStatus`, `LogCode`, ...). `schema_of` derives the
Arrow schema from the annotations (`str` and enums -> string, `int` -> int64, `float` -> float64,
`dt.date` -> date32, `dt.datetime` -> timestamp[us, UTC], `tuple[str, ...]` -> list<string>);
`column(...)` adds what an annotation cannot say (int32) and the description written into the
Parquet field metadata. Enums are written as their plain string values, so the published column
types are the contract's (``shared/spec/CONTRACT.md``). A `TableSpec` of `TABLES` adds the table's
description and the pandas metadata (integers read as nullable `Int32`/`Int64`) to its schema, so the
files explain themselves; `mpdp_pipeline.dictionary` renders the same declarations for people.

    >>> schema_of(AnnexRow).field("count").type
    DataType(int64)

This module imports only the leaf modules `codes` and `clock`, so any stage may import it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

import pyarrow as pa

from mpdp_pipeline.clock import utc_now
from mpdp_pipeline.codes import LogCode


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


class RunStatus(StrEnum):
    COMPLETED = "completed"
    COMPLETED_WITH_ERRORS = "completed_with_errors"  # the run finished; some documents failed


class FindingKind(StrEnum):
    """What a row of `findings` is: the overall sentence, a recipient's conclusion, or one exception."""

    OVERALL = "overall"
    RECIPIENT = "recipient"
    EXCEPTION = "exception"


class IntendedResult(StrEnum):
    """The program's intended results an indicator backs (`indicators.result`)."""

    RESEARCH = "research"  # more research on migration
    EXCHANGE = "exchange"  # information exchanged among states
    PUBLIC_DISCUSSION = "public_discussion"  # a contribution to public discussion
    ADDITIONAL = "additional"  # the further results the review names (Central America, the EU)


class CorrectionAction(StrEnum):
    SUPPRESS = "suppress"  # the activity is not one: drop it
    FIX = "fix"  # set one field
    ADD = "add"  # an activity the extraction missed


class CorrectionStatus(StrEnum):
    APPLIED = "applied"
    ACTIVITY_MISSING = "activity_missing"  # suppress or fix of an activity that no longer exists
    ALREADY_PRESENT = "already_present"  # add of an activity the extraction now reads itself
    INVALID = "invalid"  # a field or value the correction cannot set


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


# --- how a dataclass field becomes a column -----------------------------------------------------

TIMESTAMP = pa.timestamp("us", tz="UTC")
_ARROW: dict[type, pa.DataType] = {
    # Looked up along the annotation's MRO: an enum is a str, a datetime is checked before a date.
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.datetime: TIMESTAMP,
    dt.date: pa.date32(),
}
_MISSING: Any = dataclasses.MISSING


def column(doc: str = "", *, arrow: pa.DataType | None = None, default: Any = _MISSING, kw_only: bool = False) -> Any:
    """A dataclass field that is a published column: what it means, and its Arrow type when the
    annotation alone does not settle it (`pa.int32()`)."""
    return field(default=default, kw_only=kw_only, metadata={"doc": doc, "arrow": arrow})


def not_a_column(*, default: Any) -> Any:
    """A field carried between stages but not written to the record's table."""
    return field(default=default, metadata={"column": False})


def _arrow_type(hint: Any) -> pa.DataType:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        (inner,) = (a for a in typing.get_args(hint) if a is not type(None))
        return _arrow_type(inner)
    if origin is tuple:
        item, _ = typing.get_args(hint)  # tuple[X, ...]
        return pa.list_(_arrow_type(item))
    for base in getattr(hint, "__mro__", ()):
        if base in _ARROW:
            return _ARROW[base]
    raise TypeError(f"no Arrow type for {hint!r}: give the column one with column(arrow=...)")


def _enum_of(hint: Any) -> type[StrEnum] | None:
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    return hint if isinstance(hint, type) and issubclass(hint, StrEnum) else None


def column_fields(record: type) -> list[dataclasses.Field[Any]]:
    """The fields of `record` that are columns of its table, in column order."""
    return [f for f in dataclasses.fields(record) if f.metadata.get("column", True)]


@functools.cache
def schema_of(record: type) -> pa.Schema:
    """The Arrow schema of `record`'s table, derived from its fields."""
    hints = typing.get_type_hints(record)
    fields = []
    for f in column_fields(record):
        doc = f.metadata.get("doc", "")
        enum = _enum_of(hints[f.name])
        if enum is not None and enum is not LogCode:  # LogCode is long and open (http.<status>)
            doc = "; ".join(filter(None, [doc, "one of " + ", ".join(enum)]))
        type_ = f.metadata.get("arrow") or _arrow_type(hints[f.name])
        fields.append(pa.field(f.name, type_, metadata={"description": doc} if doc else None))
    return pa.schema(fields)


@functools.cache
def vocabularies(record: type) -> dict[str, type[StrEnum]]:
    """column -> the enum its values come from, for the columns whose values are closed."""
    hints = typing.get_type_hints(record)
    return {f.name: enum for f in column_fields(record) if (enum := _enum_of(hints[f.name])) is not None}


# --- records passed between stages -------------------------------------------------------


@dataclass(frozen=True)
class DocumentRecord:
    """One fetched (or local) document version: a row of `documents`."""

    doc_id: str | None = column("sha256 of the bytes; null when nothing was fetched (`error` says why)")
    recipient: str = column("IGC, RCM, MPI, ... (the partition)")
    source_url: str = column("the URL as found (a link, a start URL, a sitemap entry)")
    final_url: str | None = column("where the last redirect led", default=None)
    content_type: str | None = column("the media type served or guessed, e.g. `application/pdf`", default=None)
    bytes: int | None = column("size of the stored body", default=None)
    pages: int | None = column("PDF pages", arrow=pa.int32(), default=None)
    title: str | None = column("the HTML `<title>` or the PDF's title metadata", default=None)
    language: str | None = column("en, es, fr", default=None)
    fetched_at: dt.datetime | None = column("when the body was fetched or last confirmed current", default=None)
    http_status: int | None = column(
        "the last HTTP answer (304: not modified); null for local files", arrow=pa.int32(), default=None
    )
    etag: str | None = column("the server's ETag, sent back on the next crawl", default=None)
    last_modified: str | None = column("the server's Last-Modified, sent back on the next crawl", default=None)
    status: DocStatus = column(
        "ok: new or changed; not_modified: the stored copy is current; skipped: refused by rule; error: see `error`",
        default=DocStatus.OK,
    )
    error: str | None = column("`code: message` of the failure", default=None)
    raw_path: str | None = column("the stored copy in the raw store", default=None)


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
    link: str | None = None  # HTML: the address of the link the block opens with (a listing's title, to its file)
    # HTML: the phrases set in italics inside the block's text (`<em>`, `<i>`, `<cite>`): how prose sets a work's title
    emphasis: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedDocument:
    """What a parser returns: the blocks plus what it learnt of the document."""

    blocks: tuple[Block, ...]
    pages: int | None = None
    title: str | None = None
    language: str | None = None
    warnings: tuple[tuple[LogCode, str], ...] = ()  # (code, message), logged as `warning`
    # The document's own date (a PDF's creation date, a page's `article:published_time`): the year of a
    # document that writes none.
    date: dt.date | None = None
    # The one year of the page's copyright line ("© 2011 Migration Policy Institute"), which sits in a footer the
    # blocks leave out: the year of yearless badges where nothing nearer gives one.
    copyright_year: int | None = None


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


_PAGE = "1-based PDF page; null for HTML"
_RECIPIENT = "IGC, RCM, MPI, ..."
_FISCAL_YEAR = "Canadian FY (1 April - 31 March), written `2005/06`"
_LOCATOR = "where in the page: a bbox `x0,top,x1,bottom` for PDF, a CSS path for HTML"


@dataclass(frozen=True)
class Activity:
    """A row of `activities`: one meeting, workshop, publication, ... with its evidence.

    The evidence columns (doc_id ... confidence) are those of the place the row was best read;
    `sources` holds every place it was read (`activity_sources`), empty for a row read once.
    """

    activity_id: str = column("stable across runs: same activity, same id")
    recipient: str = column("IGC, RCM, MPI, ... (the partition)")
    kind: Kind = column("what the activity is")
    title: str = column("as the source names it, cleaned of footnote markers and bullets")
    date_text: str | None = column("the date as written in the source")
    start_date: dt.date | None = column("null when unknown; a month-only date spans the month")
    end_date: dt.date | None = column("null when unknown; a month-only date spans the month")
    date_precision: DatePrecision = column("how precisely the source dates it")
    fiscal_year: str | None = column("Canadian FY (1 April - 31 March) of start_date, written `2005/06`")
    location: str | None = column("as written, e.g. `Geneva, Switzerland`")
    country: str | None = column("ISO 3166-1 alpha-2 where known")
    participants: tuple[str, ...] = column("states and organisations named as taking part")
    authors: tuple[str, ...] = column("publications: in document order, each name in natural order (Given Surname)")
    publisher: str | None = column("publications")
    # Keyword-only so that they can sit among the contract's columns, where they are published.
    publication_type: PublicationType | None = column("publications only", default=None, kw_only=True)
    status: ActivityStatus = column(
        "only `reported` rows count in the checks", default=ActivityStatus.REPORTED, kw_only=True
    )
    language: str | None = column("en, es, fr")
    doc_id: str = column("sha256 of the source document's bytes")
    source_url: str = column("where the document came from")
    page: int | None = column(_PAGE, arrow=pa.int32())
    locator: str | None = column(_LOCATOR)
    snippet: str = column("the source text the row was read from")
    extractor: str = column("which rule or component produced the row")
    confidence: float = column("0..1")
    run_id: str | None = column("the run that last produced the row", default=None)
    sources: tuple[Source, ...] = not_a_column(default=())  # written to `activity_sources`


@dataclass(frozen=True)
class ActivitySource:
    """A row of `activity_sources`: one place an activity was read."""

    activity_id: str = column("the activity (`activities.activity_id`)")
    recipient: str = column("IGC, RCM, MPI, ... (the partition)")
    doc_id: str = column("sha256 of the document's bytes")
    source_url: str = column("where the document came from")
    page: int | None = column(_PAGE, arrow=pa.int32())
    locator: str | None = column(_LOCATOR)
    snippet: str = column("the source text read there")
    extractor: str = column("the rule that read it")
    confidence: float = column("0..1")
    run_id: str | None = column("the run that last published the activity", default=None)


@dataclass(frozen=True)
class LogEntry:
    """A row of `extraction_log`: what happened to one document at one stage. Build with `LogEntry.of`."""

    run_id: str = column("the run that logged the row (`runs.run_id`)")
    at: dt.datetime = column("when it happened")
    doc_id: str | None = column("the document, when one was stored")
    source_url: str | None = column("the URL or file concerned")
    stage: Stage = column("the stage that logged the row")
    status: LogStatus = column("how it went")
    code: LogCode = column("short machine-readable reason (README: Log codes)")
    message: str = column("what happened, in words", default="")
    items: int | None = column("activities read, URLs pending, ...", arrow=pa.int32(), default=None)
    duration_ms: float | None = column("how long the step took, in milliseconds", default=None)

    @classmethod
    def of(
        cls,
        code: LogCode | str,
        *,
        run_id: str,
        stage: Stage | str,
        status: LogStatus | str,
        doc_id: str | None = None,
        source_url: str | None = None,
        message: str = "",
        items: int | None = None,
        duration_ms: float | None = None,
        at: dt.datetime | None = None,
    ) -> LogEntry:
        """The one way to make a log row: `code`, `stage` and `status` are checked (a string that is
        no member raises ValueError), and `at` defaults to now."""
        return cls(
            run_id=run_id,
            at=at or utc_now(),
            doc_id=doc_id,
            source_url=source_url,
            stage=Stage(stage),
            status=LogStatus(status),
            code=LogCode(code),
            message=message,
            items=items,
            duration_ms=duration_ms,
        )


log_entry = LogEntry.of


@dataclass(frozen=True)
class AnnexRow:
    """A row of `annex`: what a recipient delivered of one kind in one fiscal year."""

    recipient: str = column(_RECIPIENT)
    fiscal_year: str = column(_FISCAL_YEAR)
    kind: Kind = column("what the activities counted are")
    count: int = column("activities counted (reported ones)")
    activity_ids: tuple[str, ...] = column("the activities counted")


@dataclass(frozen=True)
class ResultCheck:
    """A row of `result_checks`: one requirement in one fiscal year."""

    recipient: str = column(_RECIPIENT)
    requirement_id: str = column("the requirement (`config/requirements.csv`), e.g. `IGC-STEERING`")
    output: str = column("the output the contribution agreement requires, in words")
    expected: str = column("as configured, e.g. `annual`")
    fiscal_year: str = column(_FISCAL_YEAR)
    expected_count: int | None = column("null when the requirement names no count")
    observed_count: int = column("reported activities that count towards the requirement in the year")
    status: CheckStatus = column("the verdict: `met` with none observed is a year when none was required")
    evidence: tuple[str, ...] = column("activity ids")
    note: str = column("why the check has its status", default="")


@dataclass(frozen=True)
class Finding:
    """A row of `findings`: the review's conclusion, sentence by sentence, in reading order."""

    line: int = column("reading order, from 1: the overall sentence, then each recipient and its exceptions")
    kind: FindingKind = column("the overall sentence, a recipient's conclusion or one exception")
    recipient: str | None = column("null for the overall sentence")
    requirement_id: str | None = column("exceptions only")
    status: CheckStatus | None = column("exceptions only: the status of the fiscal years listed")
    fiscal_years: tuple[str, ...] = column("the fiscal years the sentence speaks of")
    text: str = column("the finding in plain words")
    evidence: tuple[str, ...] = column("activity ids")


@dataclass(frozen=True)
class Indicator:
    """A row of `indicators`: one figure backing an intended result, for a recipient and fiscal year."""

    recipient: str = column(_RECIPIENT)
    fiscal_year: str = column(_FISCAL_YEAR)
    result: IntendedResult = column("the intended result the figure backs")
    indicator: str = column("machine name: `meetings`, `publications.report`, `eu_links`, ...")
    label: str = column("what the figure counts, in words")
    value: int | None = column("null when no document supports a figure (`note` says why)")
    evidence: tuple[str, ...] = column("activity ids")
    note: str = column("why a figure is missing; the states or participants counted", default="")


@dataclass(frozen=True)
class Correction:
    """A row of `corrections`: one reviewer correction (a line of the corrections CSV) and what became of it."""

    line: int = column("line of the corrections file")
    action: CorrectionAction = column(
        "suppress: drop the activity; fix: set one field; add: an activity extraction missed"
    )
    activity_id: str | None = column("the activity corrected; for `add`, the id of the activity added")
    recipient: str | None = column("add: the activity's recipient")
    kind: str | None = column("add: the activity's kind")
    title: str | None = column("add: the activity's title")
    start_date: dt.date | None = column("add: the activity's first day")
    source_url: str | None = column("add: where the reviewer found it")
    page: int | None = column("add: 1-based PDF page", arrow=pa.int32())
    snippet: str | None = column("add: the text that reports it")
    field: str | None = column("fix (or add): the field set")
    value: str | None = column("fix (or add): the value it is set to")
    previous: str | None = column("fix: the value it replaced")
    reason: str = column("why, in the reviewer's words")
    reviewer: str = column("who made it")
    date: dt.date | None = column("when the reviewer made it")
    status: CorrectionStatus = column("what became of it")
    note: str = column("what became of it, in words", default="")


@dataclass(frozen=True)
class RunRecord:
    """A row of `runs`."""

    run_id: str = column("UTC start time, kind and a random suffix, e.g. `20261129T051523Z-c5ca7b`: sorts by time")
    started_at: dt.datetime = column("when the run started")
    finished_at: dt.datetime | None = column("when it published its tables")
    flow_run_id: str | None = column("the Prefect flow run, when Prefect ran it")
    status: RunStatus = column("completed_with_errors: the run finished but some documents failed")
    documents_seen: int = column("documents crawled or read")
    documents_changed: int = column("documents new or changed since the last run")
    activities: int = column("activities read from the documents")
    warnings: int = column("`extraction_log` rows of the run with status warning")
    errors: int = column("`extraction_log` rows of the run with status error")
    version: str = column("the pipeline's version")


# --- published tables ---------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """A published table: the record that declares it, hive partition columns, sort key and what it holds."""

    name: str
    record: type
    partition_by: tuple[str, ...] = ()
    sort_by: tuple[str, ...] = ()
    description: str = ""

    @property
    def schema(self) -> pa.Schema:
        """The record's schema with the table's description and pandas metadata (`table_schema`)."""
        return table_schema(self)


def _pandas_dtype(type_: pa.DataType) -> str | None:
    """The pandas nullable dtype of an Arrow integer type (`Int32`), None for any other type."""
    if not pa.types.is_integer(type_):
        return None
    return f"{'UInt' if pa.types.is_unsigned_integer(type_) else 'Int'}{type_.bit_width}"


def pandas_metadata(schema: pa.Schema, description: str) -> dict[str, Any]:
    """The `pandas` schema metadata that makes every reader's plain `pandas.read_parquet` give nullable
    integers: without it an int32 column with a null (`page` of an HTML row) comes back as float64.
    Only integer columns are listed (pyarrow reads the others by their Arrow type), so the metadata stays
    true of the files of a hive-partitioned table, which lack the partition column. `attributes` becomes
    the DataFrame's `attrs`."""
    columns = [
        {"name": f.name, "field_name": f.name, "pandas_type": str(f.type), "numpy_type": dtype, "metadata": None}
        for f in schema
        if (dtype := _pandas_dtype(f.type)) is not None
    ]
    return {"index_columns": [], "column_indexes": [], "columns": columns, "attributes": {"description": description}}


@functools.cache
def table_schema(spec: TableSpec) -> pa.Schema:
    """`spec`'s published schema: its record's fields, each with its description, and as schema metadata the
    table's `description` and the `pandas` metadata. `storage.write_table` casts to it, so every file carries it."""
    schema = schema_of(spec.record)
    return schema.with_metadata(
        {
            b"description": spec.description.encode("utf-8"),
            b"pandas": json.dumps(pandas_metadata(schema, spec.description)).encode("utf-8"),
        }
    )


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "documents",
            DocumentRecord,
            ("recipient",),
            ("recipient", "source_url", "doc_id"),
            description="One row per document version (doc_id = sha256 of its bytes) or failed fetch: where it came "
            "from, what the server said, where the stored copy is.",
        ),
        TableSpec(
            "activities",
            Activity,
            ("recipient",),
            ("recipient", "start_date", "kind", "title", "activity_id"),
            description="One row per meeting, workshop, roundtable, publication, ... a recipient reports, with the "
            "evidence of the place it was best read (`activity_sources` lists every place).",
        ),
        TableSpec(
            "activity_sources",
            ActivitySource,
            ("recipient",),
            ("recipient", "activity_id", "source_url", "page", "locator", "snippet"),
            description="One row per place an activity was read: every document, page and locator that reports it.",
        ),
        TableSpec(
            "extraction_log",
            LogEntry,
            (),
            ("at", "stage", "source_url"),
            description="One row per thing that happened to a document at a stage, accumulated across runs "
            "(codes: README, Log codes).",
        ),
        TableSpec(
            "annex",
            AnnexRow,
            (),
            ("recipient", "fiscal_year", "kind"),
            description="One row per recipient, fiscal year and kind: how many reported activities, and which.",
        ),
        TableSpec(
            "result_checks",
            ResultCheck,
            (),
            ("recipient", "requirement_id", "fiscal_year"),
            description="One row per requirement of a contribution agreement and fiscal year: whether the output "
            "was delivered, with its evidence and a note saying why.",
        ),
        TableSpec(
            "runs",
            RunRecord,
            (),
            ("started_at",),
            description="One row per run: when, how it ended, and its counts of documents, activities, warnings "
            "and errors.",
        ),
        TableSpec(
            "findings",
            Finding,
            (),
            ("line",),
            description="One row per sentence of the review's conclusion, in reading order: the overall sentence, "
            "then per recipient its conclusion and each exception.",
        ),
        TableSpec(
            "indicators",
            Indicator,
            (),
            ("recipient", "result", "indicator", "fiscal_year"),
            description="One row per recipient, fiscal year and indicator: the figures behind the program's intended "
            "results, each with its evidence; null with a note where no document supports one.",
        ),
        TableSpec(
            "corrections",
            Correction,
            (),
            ("line",),
            description="One row per reviewer correction (a line of the corrections file) and what became of it.",
        ),
    )
}

# The schemas by their old names, for the stages that pass one to `records_to_table`.
DOCUMENTS = schema_of(DocumentRecord)
ACTIVITIES = schema_of(Activity)
ACTIVITY_SOURCES = schema_of(ActivitySource)
EXTRACTION_LOG = schema_of(LogEntry)
ANNEX = schema_of(AnnexRow)
RESULT_CHECKS = schema_of(ResultCheck)
RUNS = schema_of(RunRecord)


def _cell(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_cell(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def records_to_table(records: Iterable[Any], schema: pa.Schema) -> pa.Table:
    """Dataclass records -> a `pa.Table` with exactly `schema`'s columns, in its order."""
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for record in records:
        # Field by field, not `asdict`: that deep-copies every record, and a night writes thousands.
        get = record.get if isinstance(record, dict) else lambda name, r=record: getattr(r, name, None)
        for name in schema.names:
            columns[name].append(_cell(get(name)))
    return pa.Table.from_pydict(columns, schema=schema)


def _typed(enum: type[StrEnum], value: Any) -> Any:
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        return value  # written by an older version with another vocabulary: kept as written


def table_to_records(table: pa.Table, record: type) -> list[Any]:
    """The inverse of `records_to_table`, for stages that read a published table back."""
    names = {f.name for f in dataclasses.fields(record)}
    enums = vocabularies(record)
    rows = []
    for row in table.to_pylist():
        kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in row.items() if k in names}
        for name, enum in enums.items():
            if name in kwargs:
                kwargs[name] = _typed(enum, kwargs[name])
        rows.append(record(**kwargs))
    return rows
