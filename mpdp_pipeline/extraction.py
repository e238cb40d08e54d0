"""One document's bytes -> its parsed metadata, its activities and its log rows.

Parsing runs in an isolated worker (`isolation.parse_isolated`), so a hang or a crash costs
one document, logged with its code; the rules then run here on the blocks.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import hashlib
import logging
import os
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from mpdp_pipeline import extractors as extractors_package
from mpdp_pipeline.clock import utc_now
from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import FetchError, MpdpError, ParseError
from mpdp_pipeline.extractors.activities import EXTRACTOR_VERSION, DocumentContext, blocks_to_activities, with_run_id
from mpdp_pipeline.extractors.nlp import Nlp
from mpdp_pipeline.isolation import parse_isolated
from mpdp_pipeline.schemas import Activity, DocStatus, DocumentRecord, LogEntry, LogStatus, ParsedDocument, Stage
from mpdp_pipeline.storage import read_regular_file, sha256_hex

logger = logging.getLogger(__name__)

SUPPORTED_TYPES = {
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
}


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
    if too_long := sum(not nlp.fits(b.text) for b in parsed.blocks):
        message = f"{too_long} blocks longer than the model's {nlp.pipeline.max_length} characters: read without spaCy"
        log.append(
            LogEntry.of(
                LogCode.NLP_TEXT_TOO_LONG,
                stage=Stage.EXTRACT,
                status=LogStatus.WARNING,
                message=message,
                items=too_long,
                **entry,
            )  # fmt: skip
        )
    # The same context the accuracy bench gives the rules: a page's title says what it lists ("Events",
    # "Publications") and may lend a year.
    ctx = DocumentContext(
        recipient=doc.recipient, doc_id=doc.doc_id, source_url=doc.source_url, language=language,
        title=parsed.title, as_of=parsed.date or http_date(doc.last_modified), copyright_year=parsed.copyright_year,
    )  # fmt: skip
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


def http_date(value: str | None) -> dt.date | None:
    """The day of a Last-Modified header ("Wed, 15 Mar 2006 09:30:00 GMT"); None when absent or unreadable.
    Not the day of the fetch: a stored document read again later must give the same rows."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


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


# The HTML signatures of the WHATWG MIME Sniffing standard (after a UTF-8 BOM and white space), and
# an XML declaration before them (XHTML).
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?"
    rb"(?:<!--|<(?:!doctype\s+html|html|head|body|title|script|style|iframe|table|div|font|h1|br|a|b|p)[\s>])",
    re.IGNORECASE,
)


def sniffed_type(data: bytes) -> str | None:
    """PDF or HTML by the first bytes (as `isolation.parse_by_content_type` tells a PDF), else None."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        return "application/pdf"
    return "text/html" if _HTML_START.match(data[:1024]) else None


def content_type_of(path: Path, data: bytes = b"") -> str | None:
    """The type a local file is read as: by its extension, else by its first bytes; None for neither PDF nor HTML.

    A file named `notes.txt` is refused, not parsed as HTML; a PDF saved without its extension is read.
    """
    return SUPPORTED_TYPES.get(path.suffix.lower()) or sniffed_type(data)


@dataclass(frozen=True)
class LocalInputs:
    """The local files `mpdp extract` reads: a `documents` row per file read, a log row per refusal."""

    documents: list[DocumentRecord]
    log: list[LogEntry]


@dataclass
class _LocalReader:
    """Finds and reads the files below the paths named, by the rules the crawler applies to file://.

    Each folder named is a root, and so is the folder of each file named: a symlink whose target
    leaves the roots is `file.outside_root`; a FIFO, device or socket is `file.not_regular` (never
    opened for reading, so it cannot block); a file or folder that cannot be read is
    `file.unreadable`, and the others are read all the same; no file is read past `max_bytes`.
    A folder gives its .pdf, .html, .htm and .md files; a file named is read when its extension or its
    first bytes say PDF or HTML, else it is `unsupported.media_type` (a text file is not a web page).
    Files below `exclude` (the output and raw folders, where they lie inside a folder named) are the
    pipeline's own, never its inputs.
    """

    recipient: str
    run_id: str
    max_bytes: int
    roots: tuple[Path, ...]
    exclude: tuple[Path, ...]
    log: list[LogEntry] = field(default_factory=list)

    def refuse(self, path: Path | str, exc: MpdpError) -> None:
        status = LogStatus.SKIPPED if exc.code.is_skipped else LogStatus.ERROR
        self.log.append(
            LogEntry.of(
                exc.code,
                run_id=self.run_id,
                source_url=Path(path).absolute().as_uri(),
                stage=Stage.CRAWL,
                status=status,
                message=exc.message,
                items=0,
            )  # fmt: skip
        )

    def candidates(self, paths: list[Path]) -> list[Path]:
        """The files named, and the PDF and HTML files below the folders named (symlinks not followed)."""
        found: list[Path] = []
        for path in paths:
            if not path.is_dir():
                found.append(path)
                continue
            for folder, dirs, files in os.walk(path, onerror=self._unreadable_folder):
                for name in dirs:  # a link to a folder is listed, never walked: it may loop or leave
                    if (Path(folder) / name).is_symlink():
                        found.extend(self._linked_files(Path(folder) / name))
                found.extend(Path(folder) / n for n in files if Path(n).suffix.lower() in SUPPORTED_TYPES)
        return sorted(set(found))

    def _unreadable_folder(self, exc: OSError) -> None:
        problem = FetchError(f"cannot list {exc.filename}: {exc.strerror or exc}", code=LogCode.FILE_UNREADABLE)
        self.refuse(exc.filename or "", problem)

    def _linked_files(self, link: Path) -> list[Path]:
        """A symlinked folder: refused when it leads out of the roots, else walked where it really is."""
        target = self._resolved(link)
        if target is None or self._is_excluded(target):
            return []
        if not _is_below(target, self.roots):
            problem = FetchError(f"{link} leads to {target}, outside the paths given", code=LogCode.FILE_OUTSIDE_ROOT)
            self.refuse(link, problem)
        return []  # inside a root: its files are found there

    def _resolved(self, path: Path) -> Path | None:
        try:
            return path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # RuntimeError: Python 3.11's "Symlink loop"
            self.refuse(path, FetchError(f"cannot resolve {path}: {exc}", code=LogCode.FILE_UNREADABLE))
            return None

    def _is_excluded(self, resolved: Path) -> bool:
        return _is_below(resolved, self.exclude)

    def read(self, path: Path) -> DocumentRecord | None:
        resolved = self._resolved(path)
        if resolved is None or self._is_excluded(resolved):
            return None
        try:
            if not _is_below(resolved, self.roots):
                message = f"{path} leads to {resolved}, outside the paths given"
                raise FetchError(message, code=LogCode.FILE_OUTSIDE_ROOT)
            data = read_regular_file(resolved, self.max_bytes)
            if content_type_of(resolved, data) is None:
                message = f"{path}: neither PDF nor HTML, by its extension or its first bytes; not read"
                raise FetchError(message, code=LogCode.UNSUPPORTED_MEDIA_TYPE)
        except FetchError as exc:
            self.refuse(path, exc)
            return None
        return document_from_file(resolved, data, self.recipient)


def _is_below(resolved: Path, roots: tuple[Path, ...]) -> bool:
    return any(resolved.is_relative_to(root) for root in roots)


def local_files(paths: list[Path]) -> list[Path]:
    """The files named, and the PDF and HTML files below the folders named, sorted (nothing read)."""
    return _LocalReader("", "", 0, tuple(sorted({_root_of(p) for p in paths})), ()).candidates(paths)


def read_local_inputs(
    paths: list[Path], *, recipient: str, run_id: str, max_bytes: int, exclude: tuple[Path, ...] = ()
) -> LocalInputs:
    """Read the files `mpdp extract PATH...` names (see `_LocalReader` for the rules), sorted by path."""
    roots = tuple(sorted({_root_of(p) for p in paths}))
    # A folder to exclude that lies inside a folder named; one that holds the paths named (the sample
    # lives in raw/sample) is no reason to read nothing.
    inside = tuple(e for p in exclude if _is_below(e := _root_of(p, is_folder=True), roots) and e not in roots)
    reader = _LocalReader(recipient, run_id, max_bytes, roots, inside)
    documents: dict[str | None, DocumentRecord] = {}
    for path in reader.candidates(paths):
        if (doc := reader.read(path)) is not None:
            documents.setdefault(doc.raw_path, doc)  # a file and a link to it are one document
    return LocalInputs(list(documents.values()), reader.log)


def _root_of(path: Path, *, is_folder: bool = False) -> Path:
    """A folder named is a root; a file named has its folder as its root."""
    folder = path if is_folder or path.is_dir() else path.parent
    try:
        return folder.resolve()
    except (OSError, RuntimeError):
        return folder.absolute()


def document_from_file(path: Path, data: bytes, recipient: str) -> DocumentRecord:
    """A `documents` row for a local file read without crawling."""
    return DocumentRecord(
        doc_id=sha256_hex(data),
        recipient=recipient,
        source_url=path.resolve().as_uri(),
        final_url=path.resolve().as_uri(),
        content_type=content_type_of(path, data),
        bytes=len(data),
        fetched_at=utc_now(),
        status=DocStatus.OK,
        raw_path=str(path.resolve()),
    )
