"""The annex and the result checks for reviewers who work in spreadsheets: two CSV files and one workbook.

* `annex.csv` and `result_checks.csv`: the tables' columns, lists (`activity_ids`, `evidence`) joined with `;`.
* `review.xlsx`: a sheet per recipient (its annex rows, then its activities with their source and page),
  plus the sheets `checks` and `findings`.

The builders take records (`schemas.AnnexRow`, `ResultCheck`, `Finding`, `Activity`) and return bytes or a
workbook; `write_exports` writes them, each file atomically (a temporary file in the same folder, then a
rename), so a reviewer opening one mid-run gets last night's file or tonight's, never a part.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mpdp_pipeline.schemas import TABLES, Activity, AnnexRow, Finding, ResultCheck, column_fields
from mpdp_pipeline.storage import atomic_write_bytes

ANNEX_CSV = "annex.csv"
CHECKS_CSV = "result_checks.csv"
WORKBOOK = "review.xlsx"
EXPORTS_STAMP = ".exports.sha256"  # what the files beside it were made from
EXPORTS_VERSION = "1"  # raise when the files' layout changes, so existing ones are made again
LIST_SEPARATOR = ";"

# What a recipient's sheet shows of its annex rows and activities, in this order.
ANNEX_COLUMNS = ("fiscal_year", "kind", "count", "activity_ids")
ACTIVITY_COLUMNS = (
    "fiscal_year", "start_date", "end_date", "kind", "title", "status", "location", "source_url", "page", "activity_id",
)  # fmt: skip

SHEET_NAME_MAX = 31  # Excel's limit
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_CELL_MAX = 32_767  # Excel's limit on the characters of a cell
DATE_FORMAT = "yyyy-mm-dd"


@dataclass(frozen=True)
class ExportPaths:
    """Where `write_exports` wrote each file."""

    annex_csv: Path
    checks_csv: Path
    workbook: Path

    def all(self) -> list[Path]:
        return [self.annex_csv, self.checks_csv, self.workbook]


# --- cells -------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A record's value as a spreadsheet holds it: an enum as its string, a list `;`-joined, None as None."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return LIST_SEPARATOR.join(str(plain(v)) for v in value)
    return value


def _sort_key(names: Sequence[str]) -> Callable[[Any], tuple]:
    # Nulls first: (False, "") sorts before any (True, value), and two values compared are of one column.
    def key(record: Any) -> tuple:
        values = (plain(getattr(record, n)) for n in names)
        return tuple((False, "") if v is None else (True, v) for v in values)

    return key


def _ordered(records: Iterable[Any], table: str) -> list[Any]:
    """`records` in their published table's order, so that tonight's file differs from last night's by its rows."""
    return sorted(records, key=_sort_key(TABLES[table].sort_by))


def _columns(record: type) -> list[str]:
    return [f.name for f in column_fields(record)]


# --- CSV ----------------------------------------------------------------------------------------------


def records_csv(records: Sequence[Any], record: type) -> bytes:
    """`records` as CSV, a header of the table's columns. UTF-8 with a byte-order mark: Excel, which reviewers
    open CSV files with, reads accents (RCM's Spanish titles) right only then; pandas and DuckDB skip the mark."""
    names = _columns(record)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(names)
    for r in records:
        writer.writerow(["" if (v := plain(getattr(r, n))) is None else _iso(v) for n in names])
    return text.getvalue().encode("utf-8-sig")


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def annex_csv(annex: Iterable[AnnexRow]) -> bytes:
    return records_csv(_ordered(annex, "annex"), AnnexRow)


def checks_csv(checks: Iterable[ResultCheck]) -> bytes:
    return records_csv(_ordered(checks, "result_checks"), ResultCheck)


# --- the workbook -------------------------------------------------------------------------------------


def sheet_name(wanted: str, taken: Iterable[str] = ()) -> str:
    """`wanted` as a valid Excel sheet name not in `taken`: at most 31 characters, none of `[]:*?/\\`, no
    apostrophe at either end, never blank, unique ignoring case (as Excel compares them). Excel reserves
    `History`: pass it in `taken`."""
    base = _SHEET_FORBIDDEN.sub("_", wanted).strip("'").strip() or "sheet"
    used = {t.casefold() for t in taken}
    name, n = base[:SHEET_NAME_MAX].rstrip("'"), 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    return name


def _cell_value(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, str):
        # openpyxl refuses control characters, and Excel cells hold 32,767 characters at most.
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:_CELL_MAX]
    return value


def _put(sheet: Worksheet, row: int, values: Sequence[Any], *, bold: bool = False) -> None:
    for col, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=col, value=_cell_value(value))
        if isinstance(cell.value, str) and cell.data_type == "f":
            # Text from a crawled page that starts with "=" is text, never a formula Excel would run.
            cell.data_type = "s"
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
        if bold:
            cell.font = Font(bold=True)


def _block(sheet: Worksheet, row: int, title: str, names: Sequence[str], records: Iterable[Any]) -> int:
    """Write a titled block of `records` (a bold title, a bold header of `names`, a row each) from `row`;
    returns the first row after it."""
    _put(sheet, row, [title], bold=True)
    _put(sheet, row + 1, names, bold=True)
    row += 2
    for record in records:
        _put(sheet, row, [getattr(record, n) for n in names])
        row += 1
    return row


def _link_sources(sheet: Worksheet, first_row: int, last_row: int) -> None:
    """Make each http(s) `source_url` of the activity rows a link to its document (at its page, for a PDF)."""
    url_col = ACTIVITY_COLUMNS.index("source_url") + 1
    page_col = ACTIVITY_COLUMNS.index("page") + 1
    for row in range(first_row, last_row):
        url, page = sheet.cell(row, url_col).value, sheet.cell(row, page_col).value
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            sheet.cell(row, url_col).hyperlink = f"{url}#page={page}" if page and "#" not in url else url


def _fit_columns(sheet: Worksheet, widest: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                widths[cell.column] = max(widths.get(cell.column, 0), len(str(cell.value)))
    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = min(widest, width + 2)


def recipient_sheet(
    sheet: Worksheet, recipient: str, annex: Sequence[AnnexRow], activities: Sequence[Activity]
) -> None:
    """A recipient's sheet: its annex rows, a blank row, then its activities (a link to each source)."""
    row = _block(sheet, 1, f"{recipient}: annex (reported activities by fiscal year and kind)", ANNEX_COLUMNS, annex)
    first = row + 3  # the first activity row: after a blank row, the block's title and its header
    end = _block(sheet, row + 1, f"{recipient}: activities, where each was read", ACTIVITY_COLUMNS, activities)
    _link_sources(sheet, first, end)
    _fit_columns(sheet)


def table_sheet(sheet: Worksheet, records: Sequence[Any], record: type) -> None:
    """A sheet holding a table: a bold header of its columns, a row per record, the header frozen."""
    names = _columns(record)
    _put(sheet, 1, names, bold=True)
    for row, r in enumerate(records, start=2):
        _put(sheet, row, [getattr(r, n) for n in names])
    sheet.freeze_panes = "A2"
    _fit_columns(sheet)


def review_workbook(
    annex: Iterable[AnnexRow],
    checks: Iterable[ResultCheck],
    findings: Iterable[Finding],
    activities: Iterable[Activity],
) -> Workbook:
    """The reviewers' workbook: a sheet per recipient (of the annex or the activities), then `checks`, `findings`."""
    annex, activities = _ordered(annex, "annex"), _ordered(activities, "activities")
    book = Workbook()
    book.remove(book.active)
    taken = ["checks", "findings", "History"]  # the last sheets' names and Excel's own: never a recipient's
    for recipient in sorted({r.recipient for r in annex} | {a.recipient for a in activities}):
        name = sheet_name(recipient, taken)
        taken.append(name)
        recipient_sheet(
            book.create_sheet(name),
            recipient,
            [r for r in annex if r.recipient == recipient],
            [a for a in activities if a.recipient == recipient],
        )
    table_sheet(book.create_sheet("checks"), _ordered(checks, "result_checks"), ResultCheck)
    table_sheet(book.create_sheet("findings"), _ordered(findings, "findings"), Finding)
    return book


def workbook_bytes(book: Workbook) -> bytes:
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


# --- writing ------------------------------------------------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    atomic_write_bytes(path, data, mode=0o644)  # files to share, like the report
    return path


def write_exports(
    dest: Path,
    *,
    annex: Iterable[AnnexRow],
    checks: Iterable[ResultCheck],
    findings: Iterable[Finding],
    activities: Iterable[Activity],
) -> ExportPaths:
    """Write `annex.csv`, `result_checks.csv` and `review.xlsx` into `dest` (created if need be), each atomically;
    returns their paths. Files made from the same records are left as they are: a night that changed nothing
    does not rebuild the workbook."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    annex, checks, findings, activities = list(annex), list(checks), list(findings), list(activities)
    paths = ExportPaths(annex_csv=dest / ANNEX_CSV, checks_csv=dest / CHECKS_CSV, workbook=dest / WORKBOOK)
    # The records' repr is their every field, in order: equal reprs, equal files.
    key = hashlib.sha256(repr((EXPORTS_VERSION, annex, checks, findings, activities)).encode()).hexdigest()
    stamp = dest / EXPORTS_STAMP
    files = (paths.annex_csv, paths.checks_csv, paths.workbook)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == key and all(f.is_file() for f in files):
        return paths
    stamp.unlink(missing_ok=True)  # until all three are written again
    _write(paths.annex_csv, annex_csv(annex))
    _write(paths.checks_csv, checks_csv(checks))
    _write(paths.workbook, workbook_bytes(review_workbook(annex, checks, findings, activities)))
    _write(stamp, key.encode())
    return paths
