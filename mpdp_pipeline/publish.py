"""Records -> the published Parquet tables, merged with what is already published.

* `documents` keeps every version ever seen (a row per doc_id and URL), the newest facts winning.
* `activities` is replaced URL by URL: the rows of every document read this run are replaced by
  what this run found in it; rows of URLs that failed, were skipped or were not reached are kept,
  so one bad night at a recipient's site does not erase its activities from the checks.
* `extraction_log` and `runs` accumulate across runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path

from extractors.activities import merge_activities
from mpdp_pipeline.schemas import (
    ACTIVITIES,
    DOCUMENTS,
    EXTRACTION_LOG,
    RUNS,
    Activity,
    DocStatus,
    DocumentRecord,
    LogEntry,
    RunRecord,
    records_to_table,
    table_to_records,
)
from mpdp_pipeline.storage import append_table, locked, read_table, write_table


def merge_documents(old: Sequence[DocumentRecord], new: Sequence[DocumentRecord]) -> list[DocumentRecord]:
    """Every document version, one row per (doc_id, source_url); this run's rows win."""
    rows = {(d.doc_id, d.source_url): d for d in old}
    for doc in new:
        previous = rows.get((doc.doc_id, doc.source_url))
        if previous is not None and doc.pages is None and previous.pages is not None:
            # A 304 carries no parse results: keep what the last parse learnt.
            doc = replace(previous, **{k: v for k, v in asdict(doc).items() if v is not None})
        rows[(doc.doc_id, doc.source_url)] = doc
    return list(rows.values())


def published_activities(out_dir: Path) -> list[Activity]:
    table = read_table(out_dir, "activities")
    return [] if table is None else table_to_records(table, Activity)


def read_ok(doc: DocumentRecord) -> bool:
    """Whether this run read the document, so its activities are this run's to state."""
    return doc.status in (DocStatus.OK.value, DocStatus.NOT_MODIFIED.value)


def publish(
    out_dir: Path,
    *,
    documents: Sequence[DocumentRecord],
    activities: Sequence[Activity] | None,
    log: Sequence[LogEntry],
    run: RunRecord | None = None,
) -> list[Activity]:
    """Write this run's tables under `out_dir`; returns the activities as published.

    `activities=None` (a crawl) leaves the activities table as it is.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        old_docs = read_table(out_dir, "documents")
        old = [] if old_docs is None else table_to_records(old_docs, DocumentRecord)
        write_table(out_dir, "documents", records_to_table(merge_documents(old, documents), DOCUMENTS))
        final = published_activities(out_dir)
        if activities is not None:
            replaced = {(d.recipient, d.source_url) for d in documents if read_ok(d)}
            kept = [a for a in final if (a.recipient, a.source_url) not in replaced]
            final = merge_activities(kept + list(activities)) if kept else list(activities)
            write_table(out_dir, "activities", records_to_table(final, ACTIVITIES))
        append_table(out_dir, "extraction_log", records_to_table(log, EXTRACTION_LOG))
        if run is not None:
            append_table(out_dir, "runs", records_to_table([run], RUNS))
    return final
