"""The annex and result checks as CSV, and the reviewers' workbook (issue 9), read back with pandas and openpyxl."""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat
from collections.abc import Iterator

import pandas as pd
import pytest
from openpyxl import load_workbook

from mpdp_pipeline.exports import (
    ACTIVITY_COLUMNS,
    ANNEX_COLUMNS,
    EXPORTS_STAMP,
    SHEET_NAME_MAX,
    review_workbook,
    sheet_name,
    write_exports,
)
from mpdp_pipeline.schemas import (
    Activity,
    AnnexRow,
    CheckStatus,
    DatePrecision,
    Finding,
    FindingKind,
    Kind,
    ResultCheck,
    column_fields,
    table_to_records,
)
from mpdp_pipeline.tables import read_table


@dataclasses.dataclass(frozen=True)
class Records:
    annex: list[AnnexRow]
    checks: list[ResultCheck]
    findings: list[Finding]
    activities: list[Activity]


@pytest.fixture(scope="module")
def sample(sample_out) -> Records:
    """The records the pipeline publishes for the bundled sample (`mpdp extract`, then `mpdp checks`)."""
    out = sample_out
    read = {name: table_to_records(read_table(out, name), record) for name, record in (
        ("annex", AnnexRow), ("result_checks", ResultCheck), ("findings", Finding), ("activities", Activity),
    )}  # fmt: skip
    return Records(read["annex"], read["result_checks"], read["findings"], read["activities"])


@pytest.fixture(scope="module")
def exported(sample, tmp_path_factory):
    dest = tmp_path_factory.mktemp("exported")
    paths = write_exports(
        dest, annex=sample.annex, checks=sample.checks, findings=sample.findings, activities=sample.activities
    )
    return dest, paths


def names(record: type) -> list[str]:
    return [f.name for f in column_fields(record)]


def activity(recipient: str, title: str, **changes) -> Activity:
    base = Activity(
        activity_id=f"{recipient}-{len(title)}", recipient=recipient, kind=Kind.MEETING, title=title, date_text=None,
        start_date=dt.date(2005, 5, 3), end_date=None, date_precision=DatePrecision.DAY, fiscal_year="2005/06",
        location="Geneva", country="CH", participants=(), authors=(), publisher=None, language="en", doc_id="d" * 64,
        source_url="https://example.org/report.pdf", page=4, locator=None, snippet="s", extractor="test",
        confidence=1.0,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


# --- CSV ---------------------------------------------------------------------------------------------


def test_the_files_are_written_readable_by_all_and_nothing_else_is_left(exported):
    dest, paths = exported
    # The stamp records what the files were made from; no temporary file is left.
    assert sorted(p.name for p in dest.iterdir()) == [EXPORTS_STAMP, "annex.csv", "result_checks.csv", "review.xlsx"]
    assert paths.all() == [dest / "annex.csv", dest / "result_checks.csv", dest / "review.xlsx"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in paths.all())


def test_the_same_records_leave_the_files_alone_other_records_rewrite_them(sample, tmp_path):
    def export(checks):
        write_exports(tmp_path, annex=sample.annex, checks=checks, findings=sample.findings,
                      activities=sample.activities)  # fmt: skip
        return {p.name: (p.stat().st_ino, p.read_bytes()) for p in tmp_path.iterdir()}

    first = export(sample.checks)
    assert export(sample.checks) == first  # the very same files (inodes): nothing was written again
    changed = [dataclasses.replace(sample.checks[0], note="reviewed again"), *sample.checks[1:]]
    second = export(changed)
    assert second["result_checks.csv"] != first["result_checks.csv"]
    assert b"reviewed again" in second["result_checks.csv"][1]
    (tmp_path / "review.xlsx").unlink()  # a file gone is made again, even from the same records
    assert (tmp_path / "review.xlsx").name in export(changed)


def test_the_annex_csv_is_the_annex(sample, exported):
    _, paths = exported
    frame = pd.read_csv(paths.annex_csv, keep_default_na=False)
    assert list(frame.columns) == names(AnnexRow)
    assert len(frame) == len(sample.annex) > 0
    got = {(r.recipient, r.fiscal_year, r.kind): (r.count, r.activity_ids) for r in frame.itertuples()}
    want = {(a.recipient, a.fiscal_year, a.kind.value): (a.count, ";".join(a.activity_ids)) for a in sample.annex}
    assert got == want
    assert any(";" in ids for _, ids in got.values())  # lists of several ids are joined, not lost


def test_the_checks_csv_is_the_result_checks(sample, exported):
    _, paths = exported
    frame = pd.read_csv(paths.checks_csv, keep_default_na=False)
    assert list(frame.columns) == names(ResultCheck)
    assert len(frame) == len(sample.checks)
    assert (
        frame["status"].value_counts().to_dict()
        == pd.Series([c.status.value for c in sample.checks]).value_counts().to_dict()
    )
    assert "delayed" in set(frame["status"])  # the sample's MPI roundtables
    by_key = {(c.requirement_id, c.fiscal_year): c for c in sample.checks}
    for row in frame.itertuples():
        check = by_key[(row.requirement_id, row.fiscal_year)]
        assert row.evidence == ";".join(check.evidence)
        assert str(row.expected_count) == ("" if check.expected_count is None else str(check.expected_count))


def test_the_csv_is_utf8_with_a_mark_excel_reads(tmp_path):
    row = AnnexRow("RCM", "2005/06", Kind.WORKSHOP, 1, ("taller-méxico",))
    paths = write_exports(tmp_path, annex=[row], checks=[], findings=[], activities=[])
    data = paths.annex_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrecipient,fiscal_year,kind,count,activity_ids\n")
    assert pd.read_csv(paths.annex_csv)["activity_ids"].tolist() == ["taller-méxico"]


# --- the workbook -------------------------------------------------------------------------------------


def block(sheet, title_row: int) -> tuple[list[str], list[tuple]]:
    """The header and rows of the block titled at `title_row`, up to the first empty row."""
    rows = list(sheet.iter_rows(min_row=title_row + 1, values_only=True))
    header = [h for h in rows[0] if h is not None]
    body = []
    for row in rows[1:]:
        if all(v is None for v in row):
            break
        body.append(row[: len(header)])  # the sheet is as wide as its widest block
    return header, body


def test_the_workbook_has_a_sheet_per_recipient_then_checks_and_findings(exported):
    _, paths = exported
    assert load_workbook(paths.workbook).sheetnames == ["IGC", "MPI", "RCM", "checks", "findings"]


def test_a_recipient_sheet_holds_its_annex_and_its_activities(sample, exported):
    _, paths = exported
    sheet = load_workbook(paths.workbook)["MPI"]
    assert sheet["A1"].value.startswith("MPI: annex")
    header, annex = block(sheet, 1)
    assert header == list(ANNEX_COLUMNS)
    mpi_annex = [a for a in sample.annex if a.recipient == "MPI"]
    assert sorted(annex) == sorted((a.fiscal_year, a.kind.value, a.count, ";".join(a.activity_ids)) for a in mpi_annex)

    title_row = 1 + 2 + len(annex) + 1
    assert sheet.cell(title_row, 1).value.startswith("MPI: activities")
    header, rows = block(sheet, title_row)
    assert header == list(ACTIVITY_COLUMNS)
    mpi = {a.activity_id: a for a in sample.activities if a.recipient == "MPI"}
    assert len(rows) == len(mpi) > 0
    at = {name: i for i, name in enumerate(header)}
    for row in rows:
        a = mpi[row[at["activity_id"]]]
        assert row[at["title"]] == a.title and row[at["kind"]] == a.kind.value
        assert row[at["source_url"]] == a.source_url and row[at["page"]] == a.page
        assert (row[at["start_date"]].date() if row[at["start_date"]] else None) == a.start_date
    every_id = {i for a in mpi_annex for i in a.activity_ids}
    assert every_id <= set(mpi)  # each id the annex counts is a row below it


def test_dates_are_dates_and_pdf_sources_link_to_their_page(tmp_path):
    paths = write_exports(tmp_path, annex=[], checks=[], findings=[], activities=[activity("IGC", "Steering Group")])
    sheet = load_workbook(paths.workbook)["IGC"]
    header, (row,) = block(sheet, 4)  # an empty annex block: title, header, then a blank row
    cells = {name: sheet.cell(6, i + 1) for i, name in enumerate(header)}
    assert cells["start_date"].is_date and cells["start_date"].number_format == "yyyy-mm-dd"
    assert cells["source_url"].hyperlink.target == "https://example.org/report.pdf#page=4"


def test_the_checks_and_findings_sheets_are_the_tables(sample, exported):
    _, paths = exported
    book = load_workbook(paths.workbook)
    checks = list(book["checks"].iter_rows(values_only=True))
    assert list(checks[0]) == names(ResultCheck) and len(checks) - 1 == len(sample.checks)
    assert book["checks"].freeze_panes == "A2"
    findings = list(book["findings"].iter_rows(values_only=True))
    assert list(findings[0]) == names(Finding)
    first = min(sample.findings, key=lambda f: f.line)
    assert findings[1][names(Finding).index("text")] == first.text and first.kind == FindingKind.OVERALL
    assert "MPI" in first.text  # the sample's exception, the MPI roundtables


def test_text_from_a_page_never_becomes_a_formula_or_breaks_the_file(tmp_path):
    hostile = activity("IGC", '=HYPERLINK("http://evil.example","click")\x07', source_url="javascript:alert(1)")
    paths = write_exports(tmp_path, annex=[], checks=[], findings=[], activities=[hostile])
    sheet = load_workbook(paths.workbook)["IGC"]
    title = sheet.cell(6, ACTIVITY_COLUMNS.index("title") + 1)
    assert title.value == '=HYPERLINK("http://evil.example","click")' and title.data_type == "s"
    assert sheet.cell(6, ACTIVITY_COLUMNS.index("source_url") + 1).hyperlink is None


# --- sheet names ----------------------------------------------------------------------------------------


def test_sheet_names_are_valid_excel_names():
    assert sheet_name("IGC") == "IGC"
    assert sheet_name("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g"
    assert sheet_name("'quoted'") == "quoted"
    assert sheet_name("") == "sheet"
    long = sheet_name("Regional Conference on Migration (Puebla Process)")
    assert len(long) == SHEET_NAME_MAX and long == "Regional Conference on Migratio"
    assert sheet_name("Checks", ["checks", "findings"]) == "Checks (2)"
    assert sheet_name("x" * 30 + "'y") == "x" * 30  # cut to 31, then no apostrophe at the end
    twice = sheet_name("Regional Conference on Migration (Puebla Process)", [long])
    assert len(twice) <= SHEET_NAME_MAX and twice.endswith(" (2)")


def test_recipients_whose_codes_are_not_sheet_names_still_get_a_sheet_each():
    recipients = ["A/B", "A:B", "findings", "history"]
    book = review_workbook([], [], [], [activity(r, "x") for r in recipients])
    assert book.sheetnames == ["A_B", "A_B (2)", "findings (2)", "history (2)", "checks", "findings"]


# --- atomic writes --------------------------------------------------------------------------------------


def failing(records: list) -> Iterator:
    yield from records
    raise RuntimeError("the activities table could not be read")


def test_a_failed_export_leaves_the_previous_files(tmp_path):
    first = write_exports(tmp_path, annex=[AnnexRow("IGC", "2005/06", Kind.MEETING, 1, ("a",))], checks=[],
                          findings=[], activities=[activity("IGC", "x")])  # fmt: skip
    before = {p: p.read_bytes() for p in first.all()}
    with pytest.raises(RuntimeError):
        write_exports(tmp_path, annex=[], checks=[], findings=[], activities=failing([activity("IGC", "y")]))
    assert {p: p.read_bytes() for p in first.all()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        EXPORTS_STAMP,
        "annex.csv",
        "result_checks.csv",
        "review.xlsx",
    ]


def test_a_second_export_replaces_the_first(tmp_path):
    check = ResultCheck("MPI", "MPI-RT", "Roundtables", "annual", "2004/05", 1, 0, CheckStatus.DELAYED, (), "late")
    write_exports(tmp_path, annex=[], checks=[], findings=[], activities=[])
    paths = write_exports(tmp_path, annex=[], checks=[check], findings=[], activities=[])
    assert pd.read_csv(paths.checks_csv)["status"].tolist() == ["delayed"]
