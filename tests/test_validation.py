"""Typos caught where they are made (issue 12): recipient codes, output folders, file types, help texts."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import SAMPLE

from mpdp_pipeline.cli import build_parser, main
from mpdp_pipeline.config import SAMPLE_CONFIG
from mpdp_pipeline.extraction import read_local_inputs

SOURCE = '[[sources]]\nrecipient = "{code}"\nstart_urls = ["https://example.org/"]\n'


def _config(tmp_path: Path, *codes: str, checks: str = "") -> Path:
    path = tmp_path / "mpdp.toml"
    path.write_text(checks + "".join(SOURCE.format(code=c) for c in codes), encoding="utf-8")
    return path


# --- 1. recipient codes come from the requirements file ---------------------------------------------


def test_an_unknown_recipient_on_the_command_line_is_refused_with_the_known_codes(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<p>Workshop on migration, Geneva, 12 May 2005.</p>", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(page), "--recipient", "IGCC", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "unknown recipient code 'IGCC'; did you mean IGC?" in err
    assert "IGC, MPI, RCM, OTHER" in err and "extra_recipients" in err
    assert not out.exists()


def test_an_unknown_recipient_in_a_config_is_refused_and_names_its_source(tmp_path, capsys):
    assert main(["crawl", "--config", str(_config(tmp_path, "RCM", "IGCC"))]) == 2
    err = capsys.readouterr().err
    assert "sources 2: recipient: unknown recipient code 'IGCC'; did you mean IGC?" in err
    assert "sources 1" not in err  # RCM is a recipient of the bundled requirements


def test_other_and_declared_extra_codes_are_accepted(tmp_path):
    from mpdp_pipeline.config import load_config

    config = load_config(_config(tmp_path, "OTHER", "ICMPD", checks='[checks]\nextra_recipients = ["ICMPD"]\n'))
    assert [s.recipient for s in config.sources] == ["OTHER", "ICMPD"]


# --- 2. checks and report need a folder of published tables -------------------------------------------


def test_report_of_a_missing_folder_is_an_error_that_creates_nothing(tmp_path, capsys):
    out = tmp_path / "nonexistent" / "processed"
    assert main(["report", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "does not exist" in err and "run `mpdp run` or `mpdp extract` first" in err
    assert not (tmp_path / "nonexistent").exists()


def test_checks_of_a_folder_without_tables_is_an_error_that_writes_nothing(tmp_path, capsys):
    assert main(["checks", "--config", str(SAMPLE_CONFIG), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path} holds no activities table" in err and "run `mpdp run` or `mpdp extract` first" in err
    assert list(tmp_path.iterdir()) == []


# --- 3. files named that are neither PDF nor HTML -----------------------------------------------------


def test_a_named_text_file_is_skipped_as_unsupported_and_a_pdf_without_extension_is_read(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Workshop on migration, Geneva, 12 May 2005.\n", encoding="utf-8")
    pdf = tmp_path / "roundtables"  # a PDF saved without its extension: its first bytes say what it is
    shutil.copy(SAMPLE / "mpi" / "reports" / "mpi-roundtables-2003-2008.pdf", pdf)
    out = tmp_path / "out"
    assert main(["extract", str(notes), str(pdf), "--recipient", "MPI", "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "1 documents, 0 failed, 1 files refused" in stdout
    assert f"skipped, neither PDF nor HTML (unsupported.media_type): {notes}" in stdout
    log = pq.read_table(out / "extraction_log").to_pylist()
    assert [(e["code"], e["status"]) for e in log if e["source_url"] == notes.as_uri()] == [
        ("unsupported.media_type", "skipped")
    ]
    documents = pq.read_table(out / "documents").to_pylist()
    assert [(d["source_url"], d["content_type"]) for d in documents] == [(pdf.as_uri(), "application/pdf")]


def test_html_by_its_first_bytes_is_read_and_a_folder_gives_only_pdf_and_html(tmp_path):
    (tmp_path / "page.php").write_bytes(b"\xef\xbb\xbf\n<!DOCTYPE html><html><body><p>Seminar</p></body></html>")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    named = read_local_inputs(
        [tmp_path / "page.php", tmp_path / "data.csv"], recipient="OTHER", run_id="r", max_bytes=10_000
    )
    assert [(Path(d.raw_path).name, d.content_type) for d in named.documents] == [("page.php", "text/html")]
    assert [(e.code, Path(e.source_url).name) for e in named.log] == [("unsupported.media_type", "data.csv")]
    walked = read_local_inputs([tmp_path], recipient="OTHER", run_id="r", max_bytes=10_000)
    assert walked.documents == [] and walked.log == []  # a folder's other files are not candidates


# --- 5. help ------------------------------------------------------------------------------------------


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # unwrapped: argparse wraps at the terminal's width


def test_extract_help_describes_path_and_lists_the_recipient_codes(capsys):
    text = _help(capsys, "extract")
    assert "PATH a PDF, HTML or Markdown file" in text
    assert "IGC, MPI, RCM in the bundled one" in text and "OTHER (the default)" in text


def test_serve_help_shows_its_defaults(capsys):
    text = _help(capsys, "serve")
    assert '(default: "0 2 * * *"' in text and "(default: America/Toronto)" in text


def test_every_argument_of_every_command_has_a_help_text():
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    bare = [
        f"{name} {action.dest}"
        for name, parser in sub.choices.items()
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction) and not (action.help or "").strip()
    ]
    assert sub.choices and bare == []
