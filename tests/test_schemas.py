"""Each table is declared once, as a dataclass: its Arrow schema, its enums and its log rows follow."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect

import pyarrow as pa
import pytest

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.schemas import (
    TABLES,
    Activity,
    AnnexRow,
    Kind,
    LogEntry,
    LogStatus,
    Stage,
    column_fields,
    records_to_table,
    schema_of,
    table_to_records,
    vocabularies,
)

# Every column that is not a plain string, as published: a change here changes what readers get.
NOT_STRINGS = {
    "documents": {"bytes": "int64", "pages": "int32", "fetched_at": "timestamp[us, tz=UTC]", "http_status": "int32"},
    "activities": {
        "start_date": "date32[day]",
        "end_date": "date32[day]",
        "participants": "list<item: string>",
        "authors": "list<item: string>",
        "page": "int32",
        "confidence": "double",
    },
    "activity_sources": {"page": "int32", "confidence": "double"},
    "extraction_log": {"at": "timestamp[us, tz=UTC]", "items": "int32", "duration_ms": "double"},
    "annex": {"count": "int64", "activity_ids": "list<item: string>"},
    "result_checks": {
        "expected_count": "int64",
        "observed_count": "int64",
        "evidence": "list<item: string>",
    },
    "runs": {
        "started_at": "timestamp[us, tz=UTC]",
        "finished_at": "timestamp[us, tz=UTC]",
        **{n: "int64" for n in ("documents_seen", "documents_changed", "activities", "warnings", "errors")},
    },
    "findings": {"line": "int64", "fiscal_years": "list<item: string>", "evidence": "list<item: string>"},
    "indicators": {"value": "int64", "evidence": "list<item: string>"},
    "corrections": {"line": "int64", "start_date": "date32[day]", "page": "int32", "date": "date32[day]"},
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_schema_is_the_records_fields_in_order(name):
    spec = TABLES[name]
    schema = spec.schema
    assert schema.names == [f.name for f in column_fields(spec.record)]
    assert {f.name: str(f.type) for f in schema if f.type != pa.string()} == NOT_STRINGS[name]
    assert all(f.nullable for f in schema)


def test_activity_columns_keep_their_published_order_and_sources_is_not_one():
    names = schema_of(Activity).names
    assert names.index("publisher") + 1 == names.index("publication_type") == names.index("status") - 1
    assert names[-1] == "run_id" and "sources" not in names


def test_every_activity_column_is_described_in_the_parquet_metadata():
    for field in schema_of(Activity):
        assert (field.metadata or {}).get(b"description"), field.name
    assert b"roundtable" in schema_of(Activity).field("kind").metadata[b"description"]


def test_enums_are_written_as_their_strings_and_read_back_as_members():
    row = AnnexRow("IGC", "2005/06", Kind.MEETING, 1, ("a",))
    table = records_to_table([row], schema_of(AnnexRow))
    assert table.schema.field("kind").type == pa.string() and table["kind"].to_pylist() == ["meeting"]
    [back] = table_to_records(table, AnnexRow)
    assert back == row and back.kind is Kind.MEETING


def test_a_value_outside_the_vocabulary_read_back_is_kept_as_written():
    """Rows an older version wrote (extraction_log accumulates) must stay readable."""
    old = pa.Table.from_pylist(
        [{"run_id": "r", "at": dt.datetime(2020, 1, 1, tzinfo=dt.UTC), "doc_id": None, "source_url": None,
          "stage": "crawl", "status": "error", "code": "retired.code", "message": "", "items": None,
          "duration_ms": None}],
        schema=schema_of(LogEntry),
    )  # fmt: skip
    [entry] = table_to_records(old, LogEntry)
    assert entry.code == "retired.code" and entry.stage is Stage.CRAWL


def test_closed_columns_have_their_enum():
    assert vocabularies(Activity)["kind"] is Kind
    assert vocabularies(LogEntry) == {"stage": Stage, "status": LogStatus, "code": LogCode}


def test_log_entry_factory_checks_its_codes():
    entry = LogEntry.of("http.404", run_id="r", stage="crawl", status="error", source_url="u", message="gone")
    assert (entry.code, entry.stage, entry.status) == (LogCode.http(404), Stage.CRAWL, LogStatus.ERROR)
    assert entry.at.tzinfo is not None and entry.items is None
    for bad in ({"code": "pdf.encypted"}, {"stage": "crawling"}, {"status": "failed"}):
        args = {"code": LogCode.CACHED, "stage": Stage.EXTRACT, "status": LogStatus.OK} | bad
        with pytest.raises(ValueError):
            LogEntry.of(args.pop("code"), run_id="r", **args)


def test_log_entry_fields_are_the_factorys_arguments():
    assert {f.name for f in dataclasses.fields(LogEntry)} == set(inspect.signature(LogEntry.of).parameters)
