"""Publishing: what each kind of run may replace in the tables, and what it must keep."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds

from mpdp_pipeline.publish import publish
from mpdp_pipeline.schemas import Activity, DocumentRecord, LogEntry


def doc(url: str, status: str = "ok", doc_id: str | None = None) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id or url[-1] * 64, recipient="IGC", source_url=url, status=status)


def activity(title: str, url: str, doc_id: str | None = None, confidence: float = 0.95) -> Activity:
    return Activity(
        activity_id=f"id-{title}", recipient="IGC", kind="meeting", title=title, date_text="3 May 2005",
        start_date=dt.date(2005, 5, 3), end_date=dt.date(2005, 5, 3), date_precision="day", fiscal_year="2005/06",
        location=None, country=None, participants=(), authors=(), publisher=None, language="en",
        doc_id=doc_id or url[-1] * 64, source_url=url, page=1, locator="0,0,1,1", snippet=title,
        extractor="table.columns", confidence=confidence,
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
    entry = LogEntry.of("fetched", run_id="r", at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), source_url="u/a",
                        stage="crawl", status="ok")  # fmt: skip
    for night in range(3):
        publish(tmp_path, documents=[], activities=None, log=[replace(entry, run_id=f"r{night}")])
    log = ds.dataset(tmp_path / "extraction_log").to_table()
    assert sorted(log["run_id"].to_pylist()) == ["r0", "r1", "r2"]
    first_night = min((tmp_path / "extraction_log").iterdir(), key=lambda p: p.stat().st_mtime)
    assert first_night.stat().st_nlink >= 2  # the same file, linked into every later version


# --- activity_sources: every place an activity was read -------------------------------------------


def sources(out) -> list[dict]:
    table = ds.dataset(out / "activity_sources", partitioning="hive").to_table()
    return sorted(table.to_pylist(), key=lambda r: (r["activity_id"], r["source_url"]))


def activities(out) -> list[dict]:
    return ds.dataset(out / "activities", partitioning="hive").to_table().to_pylist()


def test_activity_sources_reads_back_with_pyarrow_and_duckdb(tmp_path):
    both = [activity("Steering Group meeting", "u/a"), activity("Steering Group meeting", "u/b", confidence=0.8)]
    publish(tmp_path, documents=[doc("u/a"), doc("u/b")], activities=[*both, activity("Full Round", "u/a")], log=[])
    table = ds.dataset(tmp_path / "activity_sources", partitioning="hive").to_table()
    text = pa.string()
    expected = {"activity_id": text, "doc_id": text, "source_url": text, "page": pa.int32(), "locator": text,
                "snippet": text, "extractor": text, "confidence": pa.float64()}  # fmt: skip
    for name, type_ in expected.items():
        assert table.schema.field(name).type == type_, name
    assert set(table["recipient"].to_pylist()) == {"IGC"}  # the hive partition, as in `activities`
    con = duckdb.connect()
    acts = f"read_parquet('{tmp_path}/activities/**/*.parquet', hive_partitioning = true)"
    places = f"read_parquet('{tmp_path}/activity_sources/**/*.parquet', hive_partitioning = true)"
    assert con.execute(f"select count(*) from {acts}").fetchone()[0] == 2
    orphans = f"select count(*) from {places} s where s.activity_id not in (select activity_id from {acts})"
    assert con.execute(orphans).fetchone()[0] == 0
    unsourced = f"select count(*) from {acts} a where a.activity_id not in (select activity_id from {places})"
    assert con.execute(unsourced).fetchone()[0] == 0
    joined = f"select a.title, count(*) from {acts} a join {places} s using (activity_id) group by all"
    per_title = dict(con.execute(joined).fetchall())
    assert per_title == {"Steering Group meeting": 2, "Full Round": 1}


def test_an_activity_published_from_two_documents_apart_gets_both_places(tmp_path):
    publish(tmp_path, documents=[doc("u/a")], activities=[activity("Steering Group meeting", "u/a")], log=[])
    # `mpdp extract` of another file that reports the same meeting: u/a was not read, its row is kept.
    publish(tmp_path, documents=[doc("u/b")], activities=[activity("Steering Group meeting", "u/b", None, 0.8)], log=[])
    [row] = activities(tmp_path)
    assert row["source_url"] == "u/a"  # the more confident reading still wins
    assert [(s["activity_id"], s["source_url"]) for s in sources(tmp_path)] == [
        (row["activity_id"], "u/a"), (row["activity_id"], "u/b")]  # fmt: skip


def test_reading_the_documents_again_does_not_repeat_their_places(tmp_path):
    rows = [activity("Steering Group meeting", "u/a"), activity("Steering Group meeting", "u/b", None, 0.8)]
    for _night in range(2):
        publish(tmp_path, documents=[doc("u/a"), doc("u/b")], activities=rows, log=[])
    assert [s["source_url"] for s in sources(tmp_path)] == ["u/a", "u/b"]


def test_an_activity_keeps_the_places_of_documents_not_read_tonight(tmp_path):
    rows = [activity("Steering Group meeting", "u/a"), activity("Steering Group meeting", "u/b", None, 0.8)]
    publish(tmp_path, documents=[doc("u/a"), doc("u/b")], activities=rows, log=[])
    # u/a no longer lists the meeting; u/b could not be fetched, so what it said last night stands.
    publish(tmp_path, documents=[doc("u/a"), doc("u/b", "error")], activities=[], log=[])
    [row] = activities(tmp_path)
    assert (row["source_url"], row["doc_id"], row["confidence"]) == ("u/b", "b" * 64, 0.8)
    assert [s["source_url"] for s in sources(tmp_path)] == ["u/b"]


def test_a_crawl_leaves_activity_sources_alone(tmp_path):
    publish(tmp_path, documents=[doc("u/a")], activities=[activity("A", "u/a")], log=[])
    publish(tmp_path, documents=[doc("u/a", "not_modified")], activities=None, log=[])
    assert [s["source_url"] for s in sources(tmp_path)] == ["u/a"]


def test_published_activities_remembered_only_while_their_files_are_the_same(tmp_path):
    # The last version read is kept by its files' identity: the same files give the same rows without a read,
    # a new version (or a file rewritten in place by hand) is read again.
    import os

    from mpdp_pipeline.publish import published_activities
    from mpdp_pipeline.tables import snapshot

    publish(tmp_path, documents=[doc("u/a")], activities=[activity("A", "u/a")], log=[])
    assert [a.title for a in published_activities(tmp_path)] == ["A"]
    publish(tmp_path, documents=[doc("u/a", "not_modified")], activities=None, log=[])  # activities carried over
    assert [a.title for a in published_activities(tmp_path)] == ["A"]
    publish(tmp_path, documents=[doc("u/a")], activities=[activity("A2", "u/a")], log=[])
    assert [a.title for a in published_activities(tmp_path)] == ["A2"]
    # Someone replaces the current version's file with an older one's (same name, other inode and size).
    part = next((snapshot(tmp_path) / "activities").rglob("*.parquet"))
    table = ds.dataset(part).to_table()
    part.unlink()
    import pyarrow.parquet as pq

    pq.write_table(table.set_column(table.schema.get_field_index("title"), "title", pa.array(["Edited by hand"])), part)
    os.utime(part, ns=(1, 1))
    assert [a.title for a in published_activities(tmp_path)] == ["Edited by hand"]
