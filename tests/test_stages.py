"""The stages on their own, without Prefect: the bundled sample end to end, and each stage's rules on small inputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from conftest import SAMPLE

from mpdp_pipeline.config import SAMPLE_CONFIG, load_config
from mpdp_pipeline.errors import ParseError
from mpdp_pipeline.extraction import ExtractResult, ParsedFacts, document_from_file
from mpdp_pipeline.schemas import Activity, DocumentRecord, LogEntry
from mpdp_pipeline.stages import (
    DocumentExtractor,
    RunStart,
    RunSummary,
    checks_stage,
    crawl_stage,
    extract_stage,
    in_process,
    publish_stage,
    report_stage,
)

NOW = dt.datetime(2026, 12, 2, 4, 0, tzinfo=dt.UTC)


def _table(out: Path, name: str, partitioned: bool = False):
    return ds.dataset(out / name, format="parquet", partitioning="hive" if partitioned else None).to_table()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The nightly run's stages, in process, on the bundled sample."""
    root = tmp_path_factory.mktemp("stages")
    config = load_config(SAMPLE_CONFIG, raw_dir=root / "raw", out_dir=root / "out")
    run = RunStart("run-1", NOW)
    crawled = crawl_stage(config, run_id=run.run_id)
    extractor = DocumentExtractor.of(config.pipeline, run.run_id, config.sources)
    extracted = extract_stage(crawled.documents, extractor, run_id=run.run_id)
    out = root / "out"
    published = publish_stage(
        out, documents=extracted.documents, activities=extracted.activities, log=crawled.log + extracted.log, run=run
    )
    checked = checks_stage(out, config.checks, today=NOW.date(), activities=published.activities)
    report = report_stage(out, now=NOW)
    summary = RunSummary.of(out, published, extracted.documents, checked, report)
    return config, out, extracted, published, checked, summary


def test_the_stages_reproduce_the_nightly_run_on_the_sample(sample):
    _, out, _, published, _, summary = sample
    assert summary.line() == (  # the README's figures for `make run`
        "run run-1: documents 13 seen, 13 changed, 0 failed; activities IGC 43, MPI 18, RCM 24; "
        "result checks 55 met, 2 delayed, 0 partially met, 0 not met, 3 not due, 0 unknown"
    )
    assert (out / "report" / "index.html").read_text(encoding="utf-8").count("MPI-ROUNDTABLES") > 0
    [run] = _table(out, "runs").to_pylist()
    assert (run["run_id"], run["documents_seen"], run["activities"]) == ("run-1", 13, 85)
    assert published.run is not None and published.run.activities == 85


def test_publish_returns_the_activities_it_wrote(sample):
    _, out, extracted, published, _, _ = sample
    table = _table(out, "activities", partitioned=True)
    assert sorted(table["activity_id"].to_pylist()) == sorted(a.activity_id for a in published.activities)
    places = _table(out, "activity_sources", partitioned=True)
    assert places.num_rows == sum(max(1, len(a.sources)) for a in published.activities)
    # The rows as read, deduplicated once, by publish: rules may read one activity in two documents.
    assert len(extracted.activities) >= len(published.activities) == len(published.read) == 85


def test_checks_on_the_published_activities_equal_checks_read_back_from_parquet(sample):
    config, out, _, _, checked, _ = sample
    assert checks_stage(out, config.checks, today=NOW.date()) == checked
    statuses = {(r["requirement_id"], r["fiscal_year"]): r["status"] for r in _table(out, "result_checks").to_pylist()}
    assert statuses[("MPI-ROUNDTABLES", "2004/05")] == statuses[("MPI-ROUNDTABLES", "2006/07")] == "delayed"


def test_every_crawled_document_is_published_with_its_facts(sample):
    _, out, extracted, _, _, _ = sample
    rows = _table(out, "documents", partitioned=True).to_pylist()
    assert len(rows) == len(extracted.documents) == 13
    assert all(r["status"] == "ok" and r["language"] for r in rows)
    assert all(r["pages"] for r in rows if r["content_type"] == "application/pdf")


def test_a_source_whose_crawl_raises_is_logged_and_the_others_are_crawled(tmp_path):
    config = load_config(SAMPLE_CONFIG, raw_dir=tmp_path / "raw", out_dir=tmp_path / "out")

    def each(fn, sources):
        for source in sources:
            yield source, (OSError("disk full") if source.recipient == "RCM" else fn(source))

    crawled = crawl_stage(config, run_id="r", each=each)
    assert {d.recipient for d in crawled.documents} == {"IGC", "MPI"}
    assert [d.source_url for d in crawled.documents] == sorted(d.source_url for d in crawled.documents)
    [failed] = [e for e in crawled.log if e.code == "crawl.failed"]
    assert "RCM" in failed.message and "disk full" in failed.message


# --- extract_stage with an injected per-document function -------------------------------------------


def _doc(name: str, status: str = "ok", raw_path: str | None = "/raw/x") -> DocumentRecord:
    return DocumentRecord(
        doc_id=name * 8, recipient="IGC", source_url=f"https://example.org/{name}", status=status, raw_path=raw_path,
        fetched_at=NOW,
    )  # fmt: skip


def _activity(doc: DocumentRecord, title: str) -> Activity:
    day = dt.date(2005, 5, 1 + "abcd".index(doc.source_url[-1]))  # a meeting per document
    return Activity(
        activity_id=title, recipient=doc.recipient, kind="meeting", title=title, date_text=str(day),
        start_date=day, end_date=day, date_precision="day", fiscal_year="2005/06",
        location=None, country=None, participants=(), authors=(), publisher=None, language="en", doc_id=doc.doc_id,
        source_url=doc.source_url, page=None, locator="body", snippet=title, extractor="test", confidence=0.9,
    )  # fmt: skip


def _log(doc: DocumentRecord, run_id: str, status: str = "ok", code: str = "extracted") -> LogEntry:
    return LogEntry.of(
        code, run_id=run_id, at=NOW, doc_id=doc.doc_id, source_url=doc.source_url, stage="extract", status=status
    )


def _read(doc: DocumentRecord, run_id: str = "tonight") -> ExtractResult:
    facts = ParsedFacts(pages=2, title=f"Report {doc.source_url[-1]}", language="en")
    return ExtractResult(doc, facts, [_activity(doc, f"Meeting {doc.source_url[-1]}")], [_log(doc, run_id)])


def test_extract_stage_reads_stored_documents_and_passes_the_others_through():
    docs = [_doc("b"), _doc("a", "not_modified"), _doc("c", "error", None), _doc("d", "ok", None)]
    called = []

    def extract(doc):
        called.append(doc.source_url)
        return _read(doc)

    outcome = extract_stage(docs, extract, run_id="tonight")
    assert sorted(called) == ["https://example.org/a", "https://example.org/b"]
    by_url = {d.source_url[-1]: d for d in outcome.documents}
    assert (by_url["a"].status, by_url["a"].pages, by_url["a"].title) == ("not_modified", 2, "Report a")
    assert by_url["c"] == docs[2] and by_url["d"] == docs[3]
    assert [a.title for a in outcome.activities] == ["Meeting a", "Meeting b"]  # by recipient and URL
    assert [e.code for e in outcome.log] == ["extracted", "extracted"]


def test_a_document_whose_extraction_raises_is_an_error_with_the_code():
    def extract(doc):
        raise ParseError("no trailer", code="pdf.malformed")

    outcome = extract_stage([_doc("a")], extract, run_id="tonight")
    [doc] = outcome.documents
    assert (doc.status, doc.error) == ("error", "pdf.malformed: no trailer")
    [entry] = outcome.log
    assert (entry.run_id, entry.status, entry.code) == ("tonight", "error", "pdf.malformed")
    assert outcome.activities == []


def test_a_cached_result_joins_tonights_record_and_says_it_was_reused():
    tonight = _doc("a")
    then = replace(tonight, fetched_at=NOW - dt.timedelta(days=3), etag='"old"')
    cached = _read(then, run_id="last-week")
    cached = replace(cached, log=[_log(then, "last-week", "warning", "pdf.no_text_layer"), *cached.log])

    outcome = extract_stage([tonight], lambda doc: cached, run_id="tonight")
    [doc] = outcome.documents
    assert doc == replace(tonight, pages=2, title="Report a", language="en")  # tonight's crawl, then's parse
    assert [(e.run_id, e.status, e.code) for e in outcome.log] == [
        ("tonight", "warning", "pdf.no_text_layer"), ("tonight", "ok", "cached")]  # fmt: skip
    assert "last-week" in outcome.log[-1].message and outcome.log[-1].items == 1


def test_in_process_hands_back_each_failure_with_its_item():
    def half(n: int) -> int:
        if n % 2:
            raise ValueError(n)
        return n // 2

    results = list(in_process(half, [2, 3, 4]))
    assert [item for item, _ in results] == [2, 3, 4]
    assert results[0][1] == 1 and isinstance(results[1][1], ValueError) and results[2][1] == 2


def test_extract_stage_on_local_files_in_process(tmp_path):
    path = SAMPLE / "mpi" / "publications.html"
    doc = document_from_file(path, path.read_bytes(), "MPI")
    config = load_config(SAMPLE_CONFIG, raw_dir=tmp_path, out_dir=tmp_path)
    outcome = extract_stage([doc], DocumentExtractor.of(config.pipeline, "r"), run_id="r")
    [read] = outcome.documents
    assert read.status == "ok" and read.title and read.language == "en"
    assert outcome.activities and all(a.source_url == doc.source_url for a in outcome.activities)


def test_the_cache_key_names_what_decides_the_result_and_not_the_run():
    config = load_config(SAMPLE_CONFIG)
    first = DocumentExtractor.of(config.pipeline, "run-1")
    doc = _doc("a")
    assert first.cache_key(doc) == replace(first, run_id="run-2").cache_key(doc)
    assert first.cache_key(doc) != first.cache_key(replace(doc, doc_id="e" * 8))
    assert first.cache_key(doc) != first.cache_key(replace(doc, source_url="https://example.org/z"))
    assert first.cache_key(doc) != replace(first, languages=(("IGC", "es"),)).cache_key(doc)


# --- publish_stage: what a run read, against what the table holds ----------------------------------


def test_publish_counts_what_this_run_read_and_keeps_what_it_could_not(tmp_path):
    a, b = _doc("a"), _doc("b")
    both = [_activity(a, "Meeting a"), _activity(b, "Meeting b")]
    publish_stage(tmp_path, documents=[a, b], activities=both, log=[], run=RunStart("r1", NOW))
    published = publish_stage(
        tmp_path, documents=[a, replace(b, status="error")], activities=[both[0]], log=[], run=RunStart("r2", NOW)
    )
    assert [x.title for x in published.activities] == ["Meeting a", "Meeting b"]  # b failed tonight: kept
    assert [x.title for x in published.read] == ["Meeting a"]
    runs = sorted(_table(tmp_path, "runs").to_pylist(), key=lambda r: r["run_id"])
    assert [(r["run_id"], r["activities"], r["documents_changed"]) for r in runs] == [("r1", 2, 2), ("r2", 1, 1)]


def test_a_crawl_publishes_no_run_and_reads_no_activities(tmp_path):
    published = publish_stage(tmp_path, documents=[_doc("a", "not_modified")], activities=None, log=[])
    assert published.run is None and published.read == [] and not (tmp_path / "runs").exists()
