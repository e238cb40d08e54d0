"""Parse each document in its own worker process, so a hang, crash or memory blow-up costs that document only.

    >>> doc = parse_isolated(pdf_bytes, "application/pdf", timeout_s=60, memory_mb=1024)

One fresh process per call, forked from a small single-threaded fork server that has the parsers
already imported: a worker that hangs is killed, one that dies is simply not reused, and the next
call starts clean. Forking the caller itself is not safe here: the caller runs Prefect's threads
(a lock held by one of them at fork time deadlocks the child) and has a large address space, which
the child would inherit and count against its RLIMIT_AS cap. Outcomes map to coded errors:

    worker past timeout_s                 ParseTimeout            parse.timeout
    worker dies (signal, os._exit)        ParseCrash              parse.crash
    worker hits RLIMIT_AS (MemoryError)   ParseMemoryError        parse.memory
    no worker can be started              NoParserWorker          parse.no_worker
    ParseError raised in the worker       the same class, re-raised with its code
    any other exception in the worker     ParseError              parse.unexpected
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import resource
import sys
import threading
import traceback
import types
from collections.abc import Callable, Iterator
from typing import Any

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import NoParserWorker, ParseCrash, ParseError, ParseTimeout
from mpdp_pipeline.schemas import ParsedDocument

MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")

Parser = Callable[[bytes, str], ParsedDocument]
# After a kill, how long to wait for the worker to be reaped before giving up on it.
DEFAULT_JOIN_S = 5.0


def parse_by_content_type(data: bytes, content_type: str) -> ParsedDocument:
    """Dispatch to the PDF, HTML or Markdown parser by media type (PDF magic bytes win over a wrong label)."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.pdf import pdf_to_document

    media = (content_type or "").split(";")[0].strip().lower()
    if media == "application/pdf" or data[:1024].lstrip().startswith(b"%PDF"):
        return pdf_to_document(data)
    if media in ("text/html", "application/xhtml+xml", "text/plain", ""):
        return html_to_document(data, content_type=content_type)
    if media in MARKDOWN_TYPES:
        from mpdp_pipeline.extractors.markdown import markdown_to_document

        return markdown_to_document(data, content_type=content_type)
    raise ParseError(f"no parser for content type {media!r}", code=LogCode.DOC_UNSUPPORTED_TYPE)


def _worker(
    conn: multiprocessing.connection.Connection, parser: Parser, data: bytes, content_type: str, memory_mb: int
) -> None:
    """Run in the child: cap the address space, parse, send back ("ok", doc) or ("error", ...)."""
    try:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        result: tuple[Any, ...] = ("ok", parser(data, content_type))
    except MemoryError:
        result = ("error", "ParseMemoryError", LogCode.PARSE_MEMORY, f"parser exceeded the {memory_mb} MB memory limit")
    except ParseError as exc:
        result = ("error", type(exc).__name__, exc.code, exc.message)
    except BaseException as exc:  # the parent needs every failure, coded
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        result = ("error", "ParseError", LogCode.PARSE_UNEXPECTED, detail[:2000])
    try:
        conn.send(result)
    except MemoryError:
        conn.send(
            ("error", "ParseMemoryError", LogCode.PARSE_MEMORY, f"result exceeded the {memory_mb} MB memory limit")
        )
    finally:
        conn.close()


_MAIN_SWAP = threading.Lock()


@contextlib.contextmanager
def _without_callers_main() -> Iterator[None]:
    """Start a worker without telling it about the caller's `__main__`.

    multiprocessing re-runs the caller's script in every new worker (so that functions defined
    there can be unpickled): a script without an `if __name__ == "__main__"` guard would run again
    per document, and code read from stdin cannot be re-run at all. The worker needs nothing from
    it: its target and the parsers live in importable modules.
    """
    with _MAIN_SWAP:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # Windows
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(
        ["mpdp_pipeline.extractors.pdf", "mpdp_pipeline.extractors.html", "mpdp_pipeline.isolation"]
    )
    return ctx


def _error_from(kind: str, code: LogCode, message: str) -> ParseError:
    from mpdp_pipeline import errors

    cls = getattr(errors, kind, ParseError)
    if not (isinstance(cls, type) and issubclass(cls, ParseError)):
        cls = ParseError
    return cls(message, code=code)


def parse_isolated(
    data: bytes,
    content_type: str,
    *,
    timeout_s: float,
    memory_mb: int,
    parser: Parser = parse_by_content_type,
) -> ParsedDocument:
    """Parse `data` in a worker process with a hard timeout and an address-space limit.

    `parser` is injectable for tests (a function that sleeps, or calls os._exit); it must be
    picklable (the worker does not share the caller's memory), i.e. a module-level function; one
    defined in the calling script makes each worker re-run that script, which then needs an
    `if __name__ == "__main__":` guard.
    """
    if multiprocessing.current_process().daemon:
        raise NoParserWorker(
            "cannot start a parser worker from a daemonic process; on Dask, start the workers with "
            "DASK_DISTRIBUTED__WORKER__DAEMON=False (mpdp run --runner dask sets it for its own cluster)"
        )
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_worker, args=(sender, parser, data, content_type, memory_mb), daemon=True)
    # A parser defined in the caller's script can only be found by re-running that script.
    from_script = getattr(parser, "__module__", None) == "__main__"
    with contextlib.nullcontext() if from_script else _without_callers_main():
        process.start()
    sender.close()  # so recv() sees EOF, rather than blocking, when the worker dies
    try:
        if not receiver.poll(timeout_s):
            process.kill()
            raise ParseTimeout(f"parser still running after {timeout_s:g} s; worker killed")
        try:
            result = receiver.recv()
        except EOFError:
            process.join(DEFAULT_JOIN_S)
            raise ParseCrash(f"worker died without a result (exit code {process.exitcode})") from None
    finally:
        receiver.close()
        process.join(DEFAULT_JOIN_S)
        if process.is_alive():
            process.kill()
            process.join(DEFAULT_JOIN_S)
    if result[0] == "ok":
        return result[1]
    _, kind, code, message = result
    raise _error_from(kind, code, message)
