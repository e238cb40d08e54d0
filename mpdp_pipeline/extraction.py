"""One document's bytes -> its parsed metadata, its activities and its log rows.

Parsing runs in an isolated worker (`isolation.parse_isolated`), so a hang or a crash costs
one document, logged with its code; the rules then run here on the blocks.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import mimetypes
import time
from dataclasses import dataclass, replace
from pathlib import Path

from mpdp_pipeline import extractors as extractors_package
from mpdp_pipeline.clock import utc_now
from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import ParseError
from mpdp_pipeline.extractors.activities import EXTRACTOR_VERSION, DocumentContext, blocks_to_activities, with_run_id
from mpdp_pipeline.extractors.nlp import Nlp
from mpdp_pipeline.isolation import parse_isolated
from mpdp_pipeline.schemas import Activity, DocStatus, DocumentRecord, LogEntry, LogStatus, ParsedDocument, Stage
from mpdp_pipeline.storage import sha256_hex

logger = logging.getLogger(__name__)

SUPPORTED_TYPES = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True)
class ParsedFacts:
    """What reading a document learnt about it, for its `documents` row."""

    pages: int | None = None
    title: str | None = None
    language: str | None = None
    error: str | None = None  # `code: message` when the document could not be read

    def applied_to(self, doc: DocumentRecord) -> DocumentRecord:
        """`doc`'s row with these facts: the one place where parse results join a document's record."""
        row = replace(doc, pages=self.pages, title=self.title, language=self.language)
        return row if self.error is None else replace(row, status=DocStatus.ERROR, error=self.error)


@dataclass(frozen=True)
class ExtractResult:
    """One document's extraction. It keeps the record it was given, not a merged one: a cached result
    is joined to tonight's crawl record (`ParsedFacts.applied_to`) by the extract stage."""

    source: DocumentRecord
    facts: ParsedFacts
    activities: list[Activity]
    log: list[LogEntry]

    @property
    def document(self) -> DocumentRecord:
        return self.facts.applied_to(self.source)

    @property
    def failure(self) -> LogEntry | None:
        return next((e for e in self.log if e.status == LogStatus.ERROR), None)


def failed_extraction(
    doc: DocumentRecord, *, run_id: str, code: LogCode, message: str, duration_ms: float | None = None
) -> ExtractResult:
    """The result for a document that could not be read: no activities, one error row."""
    log = LogEntry.of(
        code, run_id=run_id, doc_id=doc.doc_id, source_url=doc.source_url, stage=Stage.PARSE,
        status=LogStatus.ERROR, message=message, items=0, duration_ms=duration_ms,
    )  # fmt: skip
    return ExtractResult(doc, ParsedFacts(error=f"{code}: {message}"), [], [log])


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def extract_document(
    doc: DocumentRecord,
    data: bytes,
    nlp: Nlp,
    *,
    run_id: str,
    timeout_s: float,
    memory_mb: int,
    language: str | None = None,
) -> ExtractResult:
    """Parse `data` (the bytes of `doc`) in a worker, then read its activities."""
    started = time.perf_counter()
    try:
        parsed = parse_isolated(data, doc.content_type or "", timeout_s=timeout_s, memory_mb=memory_mb)
        return _read(doc, parsed, nlp, run_id=run_id, language=language or parsed.language, started=started)
    except ParseError as exc:
        return failed_extraction(
            doc, run_id=run_id, code=exc.code, message=exc.message, duration_ms=_elapsed_ms(started)
        )
    except Exception as exc:  # a bug must cost this document only, and say so
        logger.exception("unexpected failure extracting %s", doc.source_url)
        return failed_extraction(
            doc, run_id=run_id, code=LogCode.EXTRACT_UNEXPECTED, message=f"{type(exc).__name__}: {exc}",
            duration_ms=_elapsed_ms(started),
        )  # fmt: skip


def _read(
    doc: DocumentRecord, parsed: ParsedDocument, nlp: Nlp, *, run_id: str, language: str | None, started: float
) -> ExtractResult:
    """The rules on a parsed document's blocks."""
    entry = dict(run_id=run_id, doc_id=doc.doc_id, source_url=doc.source_url)
    log = [
        LogEntry.of(code, stage=Stage.PARSE, status=LogStatus.WARNING, message=message, **entry)
        for code, message in parsed.warnings
    ]
    ctx = DocumentContext(recipient=doc.recipient, doc_id=doc.doc_id, source_url=doc.source_url, language=language)
    activities = with_run_id(blocks_to_activities(parsed.blocks, ctx, nlp), run_id)
    log.append(
        LogEntry.of(
            LogCode.EXTRACTED,
            stage=Stage.EXTRACT,
            status=LogStatus.OK,
            message=f"{len(parsed.blocks)} blocks, {len(activities)} activities",
            items=len(activities),
            duration_ms=_elapsed_ms(started),
            **entry,
        )  # fmt: skip
    )
    return ExtractResult(doc, ParsedFacts(parsed.pages, parsed.title, language), activities, log)


@functools.cache
def extractor_fingerprint() -> str:
    """A hash of the code that turns bytes into activities, so a cached extraction never outlives it.

    A version number bumped by hand is forgotten sooner or later; the source cannot be.
    """
    # The installed package's own files, wherever it lives (a clone, site-packages), never a stray folder.
    here = Path(__file__).resolve().parent
    files = sorted(Path(extractors_package.__file__).resolve().parent.glob("*.py")) + [
        here / name for name in ("extraction.py", "isolation.py", "schemas.py")
    ]
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def content_type_of(path: Path) -> str | None:
    return SUPPORTED_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]


def local_files(paths: list[Path]) -> list[Path]:
    """The PDF and HTML files named, or found below the folders named, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_TYPES)
        else:
            found.append(path)
    return sorted(set(found))


def document_from_file(path: Path, data: bytes, recipient: str) -> DocumentRecord:
    """A `documents` row for a local file read without crawling."""
    return DocumentRecord(
        doc_id=sha256_hex(data),
        recipient=recipient,
        source_url=path.resolve().as_uri(),
        final_url=path.resolve().as_uri(),
        content_type=content_type_of(path),
        bytes=len(data),
        fetched_at=utc_now(),
        status=DocStatus.OK,
        raw_path=str(path.resolve()),
    )
