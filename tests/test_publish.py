"""Publishing: what each kind of run may replace in the tables, and what it must keep."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pyarrow.dataset as ds

from mpdp_pipeline.publish import publish
from mpdp_pipeline.schemas import Activity, DocumentRecord, LogEntry


def doc(url: str, status: str = "ok", doc_id: str | None = None) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id or url[-1] * 64, recipient="IGC", source_url=url, status=status)


def activity(title: str, url: str, doc_id: str | None = None) -> Activity:
    return Activity(
        activity_id=f"id-{title}", recipient="IGC", kind="meeting", title=title, date_text="3 May 2005",
        start_date=dt.date(2005, 5, 3), end_date=dt.date(2005, 5, 3), date_precision="day", fiscal_year="2005/06",
        location=None, country=None, participants=(), authors=(), publisher=None, language="en",
        doc_id=doc_id or url[-1] * 64, source_url=url, page=1, locator="0,0,1,1", snippet=title,
        extractor="table.columns", confidence=0.95,
    )  # fmt: skip


def titles(out) -> list[str]:
    return sorted(ds.dataset(out / "activities", partitioning="hive").to_table()["title"].to_pylist())


def test_a_document_that_failed_tonight_keeps_its_activities(tmp_path):
    publish(
        tmp_path, documents=[doc("u/a"), doc("u/b")], activities=[activity("A", "u/a"), activity("B", "u/b")], log=[]
    )
    publish(tmp_path, documents=[doc("u/a"), doc("u/b", "error")], activities=[activity("A2", "u/a")], log=[])
    assert titles(tmp_path) == ["A2", "B"]


def test_a_source_not_reached_tonight_keeps_its_activities(tmp_path):
    publish(
        tmp_path, documents=[doc("u/a"), doc("u/b")], activities=[activity("A", "u/a"), activity("B", "u/b")], log=[]
    )
    publish(tmp_path, documents=[doc("u/a")], activities=[], log=[])
    assert titles(tmp_path) == ["B"]  # u/a was read and holds nothing now; u/b was not reached


def test_an_edited_file_replaces_its_old_rows(tmp_path):
    publish(tmp_path, documents=[doc("u/a", doc_id="1" * 64)], activities=[activity("Old", "u/a", "1" * 64)], log=[])
    publish(tmp_path, documents=[doc("u/a", doc_id="2" * 64)], activities=[activity("New", "u/a", "2" * 64)], log=[])
    assert titles(tmp_path) == ["New"]


def test_a_crawl_leaves_the_activities_alone(tmp_path):
    publish(tmp_path, documents=[doc("u/a")], activities=[activity("A", "u/a")], log=[])
    publish(tmp_path, documents=[doc("u/a", "not_modified")], activities=None, log=[])
    assert titles(tmp_path) == ["A"]


def test_the_log_grows_by_appending_files_not_by_rewriting_history(tmp_path):
    entry = LogEntry(run_id="r", at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), doc_id=None, source_url="u/a",
                     stage="crawl", status="ok", code="fetched")  # fmt: skip
    for night in range(3):
        publish(tmp_path, documents=[], activities=None, log=[replace(entry, run_id=f"r{night}")])
    log = ds.dataset(tmp_path / "extraction_log").to_table()
    assert sorted(log["run_id"].to_pylist()) == ["r0", "r1", "r2"]
    first_night = min((tmp_path / "extraction_log").iterdir(), key=lambda p: p.stat().st_mtime)
    assert first_night.stat().st_nlink >= 2  # the same file, linked into every later version
