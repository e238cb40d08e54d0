"""Records -> the published Parquet tables, merged with what is already published.

* `documents` keeps every version ever seen (a row per doc_id and URL), the newest facts winning.
* `activities` is replaced URL by URL: the rows of every document read this run are replaced by
  what this run found in it; rows of URLs that failed, were skipped or were not reached are kept,
  so one bad night at a recipient's site does not erase its activities from the checks.
* `activity_sources` holds every place each activity was read, and is replaced with `activities`
  place by place: an activity keeps the places of documents not read tonight, loses those of
  documents read again (which state their places anew), and is dropped when none is left. Kept and
  new rows of one activity merge (`mpdp_pipeline.extractors.identity`), their places joined.
* A document whose bytes are the ones published and which was read by the same extraction (the run's
  property `extracted_with`: code, model and languages) need not be read again: its activities stand
  (`standing_readings`). A run that writes `documents` without reading them clears the property.
* `extraction_log` and `runs` accumulate across runs; a nightly run (`RunStart`) adds its `runs` row,
  counted once the activities are merged.

This is the one place activities are deduplicated across documents: the rows of tonight's documents
and the kept rows go through `merge_activities` together.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from mpdp_pipeline import __version__
from mpdp_pipeline.clock import utc_now
from mpdp_pipeline.config import DEFAULT_RETENTION
from mpdp_pipeline.errors import MpdpError
from mpdp_pipeline.extractors.identity import merge_activities, sources_of, with_sources
from mpdp_pipeline.location import Location
from mpdp_pipeline.schemas import (
    ACTIVITIES,
    ACTIVITY_SOURCES,
    DOCUMENTS,
    EXTRACTION_LOG,
    RUNS,
    Activity,
    ActivitySource,
    DocStatus,
    DocumentRecord,
    LogEntry,
    LogStatus,
    RunRecord,
    RunStatus,
    Source,
    records_to_table,
    table_to_records,
)
from mpdp_pipeline.tables import (
    append_table,
    base_run,
    current_run,
    read_table,
    set_property,
    snapshot,
    write_table,
    writing,
)

EXTRACTED_WITH = "extracted_with"  # the run property: which extraction read the published activities
Reading = tuple[str, str]  # (recipient, source_url): where a document's activities come from


def _parsed(doc: DocumentRecord) -> bool:
    return doc.pages is not None or doc.title is not None or doc.language is not None


def merge_documents(old: Sequence[DocumentRecord], new: Sequence[DocumentRecord]) -> list[DocumentRecord]:
    """Every document version, one row per (doc_id, source_url); this run's rows win."""
    rows = {(d.doc_id, d.source_url): d for d in old}
    for doc in new:
        previous = rows.get((doc.doc_id, doc.source_url))
        if previous is not None and not _parsed(doc) and _parsed(previous):
            # Not parsed tonight (a 304, or a reading that stands): keep what the last parse learnt.
            doc = replace(previous, **{k: v for k, v in asdict(doc).items() if v is not None or k == "error"})
        rows[(doc.doc_id, doc.source_url)] = doc
    return list(rows.values())


def standing_readings(out_dir: Path, documents: Sequence[DocumentRecord], extracted_with: str) -> frozenset[Reading]:
    """The documents of `documents` that need not be read again: the very bytes published at that URL,
    read without error by the extraction `extracted_with`, so the published activities are what a reading
    would give. None when the published activities were read by another extraction (new code, model or
    language settings), or when a run wrote documents without reading them (`mpdp crawl`)."""
    run = current_run(out_dir)
    if run is None or run.properties.get(EXTRACTED_WITH) != extracted_with:
        return frozenset()
    table = read_table(snapshot(out_dir), "documents")
    if table is None:
        return frozenset()
    columns = table.select(["doc_id", "source_url", "status"]).to_pydict()
    read = {
        (doc_id, url)
        for doc_id, url, status in zip(columns["doc_id"], columns["source_url"], columns["status"], strict=True)
        if status in (DocStatus.OK, DocStatus.NOT_MODIFIED)
    }
    return frozenset((d.recipient, d.source_url) for d in documents if read_ok(d) and (d.doc_id, d.source_url) in read)


def published_activities(out_dir: Path) -> list[Activity]:
    """The published activities, each with the places it was read (`sources`).

    The last tables read are remembered by their files' identity: a run's publish and report read the same
    files (hard links of one version), and so does every night nothing changed."""
    out_dir = snapshot(out_dir)  # both tables from the same run
    key = _files_identity(out_dir, ("activities", "activity_sources"))
    with _LAST_READ_LOCK:
        if key is not None and _LAST_READ and _LAST_READ[0] == key:
            return list(_LAST_READ[1])
    activities = _read_published_activities(out_dir)
    if key is not None:
        with _LAST_READ_LOCK:
            _LAST_READ[:] = [key, tuple(activities)]
    return activities


_LAST_READ: list = []  # [files' identity, activities]: one version, never more
_LAST_READ_LOCK = threading.Lock()


def _files_identity(folder: Location, names: Sequence[str]) -> tuple | None:
    """(path, inode, size, mtime) of every file of tables `names` in a local folder; None on an object store."""
    if not isinstance(folder, Path):
        return None
    found = []
    for name in names:
        for root, _, files in os.walk(folder / name):
            for file in sorted(files):
                info = os.stat(os.path.join(root, file))
                found.append((name, file, info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns))
    return tuple(found)


def _read_published_activities(out_dir: Location) -> list[Activity]:
    table = read_table(out_dir, "activities")
    if table is None:
        return []
    places = read_table(out_dir, "activity_sources")
    # An output folder published before `activity_sources` existed: each row is its own single source.
    by_id = {} if places is None else _sources_by_activity(table_to_records(places, ActivitySource))
    return [replace(a, sources=by_id.get((a.recipient, a.activity_id), ())) for a in table_to_records(table, Activity)]


def _sources_by_activity(rows: Sequence[ActivitySource]) -> dict[tuple[str, str], tuple[Source, ...]]:
    found: dict[tuple[str, str], list[Source]] = {}
    for r in rows:
        source = Source(r.doc_id, r.source_url, r.page, r.locator, r.snippet, r.extractor, r.confidence)
        found.setdefault((r.recipient, r.activity_id), []).append(source)
    return {key: tuple(sources) for key, sources in found.items()}


def source_rows(activities: Sequence[Activity]) -> list[ActivitySource]:
    """The rows of `activity_sources`: one per place each activity was read."""
    return [
        ActivitySource(activity_id=a.activity_id, recipient=a.recipient, run_id=a.run_id, **asdict(s))
        for a in activities
        for s in sources_of(a)
    ]


def _not_read_again(a: Activity, replaced: set[tuple[str, str]]) -> Activity | None:
    """The activity as the places not read again tonight state it; None when every place was."""
    places = sources_of(a)
    left = [s for s in places if (a.recipient, s.source_url) not in replaced]
    if not left:
        return None
    return a if len(left) == len(places) else with_sources(a, left)


def read_ok(doc: DocumentRecord) -> bool:
    """Whether this run read the document, so its activities are this run's to state."""
    return doc.status in (DocStatus.OK, DocStatus.NOT_MODIFIED)


@dataclass(frozen=True)
class RunStart:
    """A nightly run, which publishes a `runs` row (a crawl or an `mpdp extract` publishes none)."""

    run_id: str
    started_at: dt.datetime
    flow_run_id: str = ""


@dataclass(frozen=True)
class Published:
    """What a publish left in the tables."""

    activities: list[Activity]  # the whole activities table, every recipient's, with their places
    read: list[Activity]  # those with a place in a document read this run, or whose reading stands
    run: RunRecord | None = None  # the `runs` row written, for a nightly run


def run_record(
    start: RunStart, documents: Sequence[DocumentRecord], read: Sequence[Activity], log: Sequence[LogEntry]
) -> RunRecord:
    """The `runs` row of a nightly run that read `documents` and found `read` in them."""
    errors = sum(e.status == LogStatus.ERROR for e in log)
    return RunRecord(
        run_id=start.run_id, started_at=start.started_at, finished_at=utc_now(), flow_run_id=start.flow_run_id,
        status=RunStatus.COMPLETED_WITH_ERRORS if errors else RunStatus.COMPLETED, documents_seen=len(documents),
        documents_changed=sum(d.status == DocStatus.OK for d in documents), activities=len(read),
        warnings=sum(e.status == LogStatus.WARNING for e in log), errors=errors, version=__version__,
    )  # fmt: skip


def _check_still_standing(draft: Path, extracted_with: str | None) -> None:
    """The readings left standing were judged against the tables current before the documents were read;
    another writer (`mpdp extract`, `mpdp crawl`) may have committed since. Refuse rather than keep activities
    that extraction did not produce."""
    base = base_run(draft)
    if extracted_with is None or base is None or base.properties.get(EXTRACTED_WITH) != extracted_with:
        raise MpdpError(
            "the published tables changed while this run read its documents (another `mpdp extract` or `mpdp crawl` "
            "committed meanwhile): nothing was published; run again"
        )


def publish(
    out_dir: Path,
    *,
    documents: Sequence[DocumentRecord],
    activities: Sequence[Activity] | None,
    log: Sequence[LogEntry],
    run: RunStart | None = None,
    run_id: str | None = None,
    retention: int = DEFAULT_RETENTION,
    standing: Collection[Reading] = frozenset(),
    extracted_with: str | None = None,
) -> Published:
    """Write this run's tables into `out_dir` (a run's draft, or an output folder: then committed as run
    `run_id`, keeping the last `retention` runs); returns the activities as published.

    `activities` are tonight's rows as read, document by document, by the extraction `extracted_with` (None:
    one the next runs will not trust); `None` (a crawl) leaves the activities table as it is. The documents
    of `standing` (`standing_readings`) were not read: their published activities stay as they are.
    """
    replaced = set()
    if activities is not None:
        replaced = {(d.recipient, d.source_url) for d in documents if read_ok(d)} - set(standing)
    with writing(out_dir, run_id, retention=retention) as out_dir:
        if standing:
            _check_still_standing(out_dir, extracted_with)
        set_property(out_dir, EXTRACTED_WITH, extracted_with if activities is not None else None)
        old_docs = read_table(out_dir, "documents")
        old = [] if old_docs is None else table_to_records(old_docs, DocumentRecord)
        write_table(out_dir, "documents", records_to_table(merge_documents(old, documents), DOCUMENTS))
        final = published_activities(out_dir)
        # When every reading stands there is nothing to merge: the tables carry over as they are.
        if activities is not None and (replaced or activities or read_table(out_dir, "activities") is None):
            kept = [k for a in final if (k := _not_read_again(a, replaced)) is not None]
            final = merge_activities(kept + list(activities))
            write_table(out_dir, "activities", records_to_table(final, ACTIVITIES))
            write_table(out_dir, "activity_sources", records_to_table(source_rows(final), ACTIVITY_SOURCES))
        # What tonight's documents state, whether read again or standing: the run's count, as if all were read.
        seen = replaced | set(standing)
        read = [a for a in final if any((a.recipient, s.source_url) in seen for s in sources_of(a))]
        append_table(out_dir, "extraction_log", records_to_table(log, EXTRACTION_LOG))
        record = None if run is None else run_record(run, documents, read, log)
        if record is not None:
            append_table(out_dir, "runs", records_to_table([record], RUNS))
    return Published(final, read, record)
