"""Data that explains itself (issue 12): descriptions in the Parquet files, `mpdp tables`, docs/tables.md
and the output folder's README, all from `schemas.TABLES`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import ROOT

from mpdp_pipeline.dictionary import (
    REGENERATE,
    WIDTH,
    column_docs,
    output_readme,
    reading_snippet,
    tables_markdown,
    text_dictionary,
)
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.schemas import TABLES, Activity, DatePrecision, Kind, records_to_table, schema_of
from mpdp_pipeline.tables import history, read_table, write_table

DOCS = ROOT / "docs" / "tables.md"


def activity(activity_id: str, recipient: str, page: int | None) -> Activity:
    return Activity(
        activity_id=activity_id, recipient=recipient, kind=Kind.MEETING, title="Steering Group", date_text="May 2005",
        start_date=dt.date(2005, 5, 1), end_date=dt.date(2005, 5, 31), date_precision=DatePrecision.MONTH,
        fiscal_year="2005/06", location=None, country=None, participants=(), authors=(), publisher=None, language="en",
        doc_id="d" * 64, source_url="https://example.org/r.pdf", page=page, locator=None, snippet="s",
        extractor="test", confidence=1.0,
    )  # fmt: skip


# --- the files describe themselves ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_column_and_table_carries_its_description(name):
    schema = TABLES[name].schema
    missing = [f.name for f in schema if not (f.metadata or {}).get(b"description", b"").strip()]
    assert not missing, f"{name}: give these columns a meaning with column('...') in schemas.py: {missing}"
    assert schema.metadata[b"description"].decode().startswith("One row per")


def test_the_published_schema_is_the_records_with_table_metadata():
    """Adding metadata changed no column: the same names, types and field descriptions as the record's."""
    for spec in TABLES.values():
        assert spec.schema.equals(schema_of(spec.record), check_metadata=False)
        assert [f.metadata for f in spec.schema] == [f.metadata for f in schema_of(spec.record)]


def test_integers_read_as_nullable_integers_and_descriptions_survive_the_writer(tmp_path):
    """Through the real writer: a null `page` reads as <NA> in an Int32 column with plain pandas, and the
    files keep the field and table descriptions (the writer casts to `spec.schema`)."""
    rows = [activity("a1", "IGC", None), activity("a2", "MPI", 3)]
    write_table(tmp_path, "activities", records_to_table(rows, schema_of(Activity)))

    frame = pd.read_parquet(tmp_path / "activities")
    assert frame["page"].dtype == pd.Int32Dtype()
    assert frame.set_index("activity_id")["page"].isna().to_dict() == {"a1": True, "a2": False}
    assert frame["confidence"].dtype == "float64"
    assert frame.attrs["description"] == TABLES["activities"].description

    files = sorted((tmp_path / "activities").rglob("*.parquet"))
    assert len(files) == 2  # one per recipient partition
    for file in files:
        schema = pq.read_schema(file)
        assert schema.metadata[b"description"] == TABLES["activities"].description.encode()
        assert schema.field("page").metadata[b"description"] == b"1-based PDF page; null for HTML"
    table = read_table(tmp_path, "activities")
    assert table.schema.metadata[b"description"] and table.schema.field("kind").metadata[b"description"]


def test_without_the_pandas_metadata_the_same_file_reads_as_float(tmp_path):
    """The check above can fail: the file stripped of its schema metadata gives pandas float64 again."""
    table = records_to_table([activity("a1", "IGC", None)], TABLES["activities"].schema)
    pq.write_table(table.replace_schema_metadata(None), tmp_path / "bare.parquet")
    assert pd.read_parquet(tmp_path / "bare.parquet")["page"].dtype == "float64"


def test_every_integer_column_of_the_sample_reads_as_a_nullable_integer(sample_out):
    for name, spec in TABLES.items():
        if not (sample_out / name).exists():
            continue
        frame = pd.read_parquet(sample_out / name)
        wanted = {f.name: f"Int{f.type.bit_width}" for f in spec.schema if pa.types.is_integer(f.type)}
        assert {c: str(frame[c].dtype) for c in wanted} == wanted, name
    pages = pd.read_parquet(sample_out / "activities")["page"]
    assert pages.isna().any() and pages.notna().any()  # HTML rows and PDF rows, in one Int32 column


# --- mpdp tables ----------------------------------------------------------------------------------


def test_the_text_dictionary_names_every_column_and_fits_a_terminal():
    text = text_dictionary()
    assert max(len(line) for line in text.splitlines()) <= WIDTH
    for name, spec in TABLES.items():
        assert re.search(rf"^{name}  \(", text, re.M), name
        for column in column_docs(spec):
            assert re.search(rf"^  {column.name} +{re.escape(column.type)} ", text, re.M), (name, column.name)


def test_one_table_of_the_text_dictionary():
    text = text_dictionary("activities")
    assert text.startswith("activities  (hive-partitioned by recipient)\n")
    assert "roundtable" in text and "page              int32         1-based PDF page; null for HTML" in text
    assert "result_checks" not in text


def test_an_unknown_table_is_refused_with_the_nearest_name():
    with pytest.raises(ConfigError, match=r"no table 'activitys': did you mean activities\? the tables are documents"):
        text_dictionary("activitys")


# --- docs/tables.md -------------------------------------------------------------------------------


def test_docs_tables_md_is_current():
    assert DOCS.exists(), f"docs/tables.md is missing: run `{REGENERATE}`"
    assert DOCS.read_text(encoding="utf-8") == tables_markdown(), (
        f"docs/tables.md is not what mpdp_pipeline/schemas.py says: run `{REGENERATE}`"
    )


def test_the_markdown_has_every_table_column_and_closed_vocabulary():
    text = tables_markdown()
    for name, spec in TABLES.items():
        section = text.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
        assert spec.description in section
        assert all(f"| `{c.name}` | {c.type} |" in section for c in column_docs(spec)), name
    assert "hive-partitioned by recipient" in text.split("\n## activities\n", 1)[1].split("\n## ", 1)[0]
    assert "- `kind`: `meeting`, `workshop`, `conference`" in text
    assert "- `status`: `met`, `partially_met`, `not_met`, `delayed`, `not_due`, `unknown`" in text
    assert "`http.404`" not in text  # LogCode is open: the README lists it


# --- the output folder's README ----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    run_id: str
    committed_at: dt.datetime | str
    rows: dict[str, int] = field(default_factory=dict)


def test_the_output_readme_explains_the_folder():
    runs = [
        Run("20261130T020000Z-aaaaaa", dt.datetime(2026, 11, 30, 2, 5, tzinfo=dt.UTC), {"activities": 85, "annex": 46}),
        Run("20261129T020000Z-bbbbbb", "2026-11-29T02:05:00+00:00"),
    ]
    text = output_readme(runs, tables=["activities", "annex"], retention=7, exports="exports")
    assert "Current run: `20261130T020000Z-aaaaaa`, committed 2026-11-30T02:05:00+00:00." in text
    assert "| `activities/` | 85 | One row per meeting" in text and "| `annex/` | 46 |" in text
    assert "current -> _runs/<run_id>" in text and "atomic rename" in text and "manifest.json" in text
    assert "the last 7 runs are kept (`nightly.retention`)" in text
    for command in ("mpdp history", "mpdp diff --since", "--as-of RUN_ID|DATE", "mpdp tables", "pip install polars"):
        assert command in text, command
    assert "report/index.html" in text and "`exports/`" in text
    assert text.index("`20261130T020000Z-aaaaaa` |") < text.index("`20261129T020000Z-bbbbbb` |")


def test_an_empty_folder_gets_a_readme_too():
    text = output_readme([])
    assert "Current run" not in text and "Runs kept" not in text
    assert all(f"`{name}/`" in text for name in TABLES)


def test_the_readme_of_the_sample_folder_reads_it_as_it_says(sample_out, monkeypatch):
    """The README's Python block, run in the folder that holds the output: pandas, pyarrow and DuckDB all
    read the current activities, through the `activities -> current/activities` links."""
    runs = history(sample_out)
    text = output_readme(runs, out=sample_out.name)
    assert f"Current run: `{runs[0].run_id}`" in text
    assert f"| `activities/` | {runs[0].rows['activities']} |" in text
    (code,) = re.findall(r"```python\n(.*?)```", text, re.S)
    assert code == reading_snippet(sample_out.name, "activities")
    monkeypatch.chdir(sample_out.parent)
    names: dict = {}
    exec(code, names)
    rows = runs[0].rows["activities"]
    assert len(names["frame"]) == names["table"].num_rows == len(names["rel"].df()) == rows > 0
    assert names["meaning"] == b"1-based PDF page; null for HTML"


@pytest.mark.parametrize("name", ["annex", "documents"])
def test_the_reading_snippet_works_for_plain_and_partitioned_tables(sample_out, monkeypatch, name):
    monkeypatch.chdir(sample_out.parent)
    names: dict = {}
    exec(reading_snippet(sample_out.name, name), names)
    assert len(names["frame"]) == names["table"].num_rows == len(names["rel"].df()) > 0


def test_an_output_folder_on_an_object_store_is_described_as_it_is_laid_out_there():
    """No links on S3: the README says to read `current.json`, and names the bucket's paths."""
    readme = output_readme([], url="s3://mpdp/processed")
    assert 'fs.cat_file("mpdp/processed/current.json")' in readme and "s3://mpdp/processed/" in readme
    assert "current -> _runs" not in readme and "<table> -> current" not in readme
    local = output_readme([], out="processed")
    assert "current -> _runs/<run_id>" in local and "current.json" not in local
