"""Records -> the published Parquet tables, merged with what is already published.

* `documents` keeps every version ever seen (a row per doc_id and URL), the newest facts winning.
* `activities` is replaced by a full run, or merged document by document by `mpdp extract`.
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
    DocumentRecord,
    LogEntry,
    RunRecord,
    records_to_table,
    table_to_records,
)
from mpdp_pipeline.storage import append_table, read_table, write_table


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


def publish(
    out_dir: Path,
    *,
    documents: Sequence[DocumentRecord],
    activities: Sequence[Activity],
    log: Sequence[LogEntry],
    run: RunRecord | None = None,
    merge: bool = False,
) -> list[Activity]:
    """Write this run's tables under `out_dir`; returns the activities as published.

    With `merge`, activities of documents not in `documents` are kept (a partial extract);
    otherwise the run's activities replace the table (a full nightly run).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    old_docs = read_table(out_dir, "documents")
    old = [] if old_docs is None else table_to_records(old_docs, DocumentRecord)
    write_table(out_dir, "documents", records_to_table(merge_documents(old, documents), DOCUMENTS))
    final = list(activities)
    if merge:
        replaced = {d.doc_id for d in documents}
        final = merge_activities([a for a in published_activities(out_dir) if a.doc_id not in replaced] + final)
    write_table(out_dir, "activities", records_to_table(final, ACTIVITIES))
    append_table(out_dir, "extraction_log", records_to_table(log, EXTRACTION_LOG))
    if run is not None:
        append_table(out_dir, "runs", records_to_table([run], RUNS))
    return final
