"""Worker isolation: timeouts, crashes, memory blow-ups and parser errors come back as coded errors."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures.documents import two_column_pdf

from mpdp_pipeline.codes import TRANSIENT, LogCode
from mpdp_pipeline.errors import EncryptedError, NoParserWorker, ParseCrash, ParseError, ParseMemoryError, ParseTimeout
from mpdp_pipeline.isolation import parse_isolated
from mpdp_pipeline.schemas import ParsedDocument


def _sleeps(data: bytes, content_type: str) -> ParsedDocument:
    time.sleep(30)
    return ParsedDocument(blocks=())


def _dies(data: bytes, content_type: str) -> ParsedDocument:
    os._exit(3)


def _eats_memory(data: bytes, content_type: str) -> ParsedDocument:
    hog = [bytearray(50 * 1024 * 1024) for _ in range(100)]
    return ParsedDocument(blocks=(), pages=len(hog))


def _encrypted(data: bytes, content_type: str) -> ParsedDocument:
    raise EncryptedError("needs a password")


def _bug(data: bytes, content_type: str) -> ParsedDocument:
    raise KeyError("oops")


def test_pdf_parsed_in_worker():
    doc = parse_isolated(two_column_pdf(), "application/pdf", timeout_s=30, memory_mb=1024)
    assert doc.pages == 2 and doc.blocks


def test_html_parsed_in_worker():
    doc = parse_isolated(b"<p>The meeting was held.</p>", "text/html; charset=utf-8", timeout_s=30, memory_mb=1024)
    assert doc.blocks[0].text == "The meeting was held."


def test_hang_raises_parse_timeout():
    # No clock is read: a parser that returned after its 30 s sleep would raise nothing.
    with pytest.raises(ParseTimeout) as info:
        parse_isolated(b"x", "application/pdf", timeout_s=0.5, memory_mb=1024, parser=_sleeps)
    assert info.value.code is LogCode.PARSE_TIMEOUT and info.value.code in TRANSIENT


def test_dead_worker_raises_parse_crash():
    with pytest.raises(ParseCrash) as info:
        parse_isolated(b"x", "application/pdf", timeout_s=30, memory_mb=1024, parser=_dies)
    assert info.value.code is LogCode.PARSE_CRASH and info.value.code in TRANSIENT
    assert "exit code 3" in info.value.message


def test_memory_blow_up_raises_parse_memory():
    with pytest.raises(ParseMemoryError) as info:
        parse_isolated(b"x", "application/pdf", timeout_s=30, memory_mb=512, parser=_eats_memory)
    assert info.value.code is LogCode.PARSE_MEMORY and info.value.code in TRANSIENT


def test_parse_error_subclass_re_raised_with_code():
    with pytest.raises(EncryptedError) as info:
        parse_isolated(b"x", "application/pdf", timeout_s=30, memory_mb=1024, parser=_encrypted)
    assert info.value.code is LogCode.PDF_ENCRYPTED


def test_unexpected_exception_is_coded():
    with pytest.raises(ParseError) as info:
        parse_isolated(b"x", "application/pdf", timeout_s=30, memory_mb=1024, parser=_bug)
    assert info.value.code is LogCode.PARSE_UNEXPECTED
    assert "KeyError" in info.value.message


def test_unsupported_type():
    with pytest.raises(ParseError) as info:
        parse_isolated(b"GIF89a", "image/gif", timeout_s=30, memory_mb=1024)
    assert info.value.code is LogCode.DOC_UNSUPPORTED_TYPE


def test_next_call_works_after_a_crash():
    with pytest.raises(ParseError):
        parse_isolated(b"x", "application/pdf", timeout_s=30, memory_mb=1024, parser=_dies)
    assert parse_isolated(b"<p>ok</p>", "text/html", timeout_s=30, memory_mb=1024).blocks[0].text == "ok"


def _parse_in(conn) -> None:
    try:
        parse_isolated(b"<p>ok</p>", "text/html", timeout_s=30, memory_mb=1024)
        conn.send("parsed")
    except ParseError as exc:
        conn.send((type(exc).__name__, exc.code))


def test_a_daemonic_caller_gets_a_coded_error_not_a_crash():
    """Dask's workers are daemonic by default and may not start a parser worker."""
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    caller = ctx.Process(target=_parse_in, args=(sender,), daemon=True)
    caller.start()
    assert receiver.poll(60)
    assert receiver.recv() == (NoParserWorker.__name__, LogCode.PARSE_NO_WORKER)
    caller.join(10)


def test_a_bug_in_the_rules_costs_one_document(monkeypatch, nlp):
    from mpdp_pipeline import extraction

    def broken_rules(*args, **kwargs):
        raise RuntimeError("a rule fell over")

    monkeypatch.setattr(extraction, "blocks_to_activities", broken_rules)
    data = b"<p>The Working Group met in Geneva on 3 May 2005.</p>"
    doc = extraction.document_from_file(Path("page.html"), data, "IGC")
    result = extraction.extract_document(doc, data, nlp, run_id="r", timeout_s=30, memory_mb=1024)
    assert [e.code for e in result.log if e.status == "error"] == [LogCode.EXTRACT_UNEXPECTED]
    assert result.activities == []
    assert result.document.status == "error" and "a rule fell over" in (result.document.error or "")


ROOT = Path(__file__).resolve().parents[1]


def test_an_unguarded_script_is_not_run_again_per_document(tmp_path):
    """Analysts call the extractor from scripts without a `__main__` guard, or from stdin."""
    script = tmp_path / "analysis.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        f"open({str(tmp_path / 'runs.log')!r}, 'a').write('ran\\n')\n"
        "from mpdp_pipeline.isolation import parse_isolated\n"
        "for _ in range(3):\n"
        "    print(parse_isolated(b'<p>ok</p>', 'text/html', timeout_s=30, memory_mb=1024).blocks[0].text)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ok", "ok", "ok"]
    assert (tmp_path / "runs.log").read_text().split() == ["ran"]

    from_stdin = subprocess.run(
        [sys.executable, "-"], input=script.read_text(), capture_output=True, text=True, timeout=120
    )
    assert from_stdin.returncode == 0 and from_stdin.stdout.split() == ["ok", "ok", "ok"], from_stdin.stderr
