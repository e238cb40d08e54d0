"""PDF bytes to a `ParsedDocument`: pypdfium2 for every page, pdfplumber only for ruled tables.

The layout expected is a report: running headers and footers, one or two (or three) text
columns, headings in a larger or bold font, bullet lists, and tables with or without rules,
possibly running over several pages. pdfium reads each page's text runs with their boxes (about
50 times faster than pdfminer); a page whose vector paths form a grid is also opened with
pdfplumber, whose table finder handles merged cells and broken rules. Every page is closed as
soon as it is read, and its lines wait for the second pass in a temporary file, so memory stays
flat on reports of a thousand pages: what grows with the page count is the result.

    >>> doc = pdf_to_document(pdf_bytes)
    >>> doc.blocks[0].kind, doc.blocks[0].page
    ('heading', 1)
"""

from __future__ import annotations

import ctypes
import datetime
import io
import math
import pickle
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import IO, Any

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from mpdp_pipeline.extractors.language import document_language
from mpdp_pipeline.extractors.layout import (
    DEFAULT_CELL_GAP_EM,
    BlockBuilder,
    CrossPageStats,
    Fragment,
    Italic,
    PageLayout,
    Table,
    attach_list_markers,
    cell_borders_to_grid,
    clean_text,
    dash_ruled_tables,
    fragments_to_segments,
    grid_to_table,
    items_to_reading_order,
    join_lines,
    line_tops,
    rejoin_typed_lines,
    remove_running_lines,
    rules_to_regular_grid,
    segments_to_unruled_tables,
    stack_badges,
)

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import EncryptedError, ParseError
from mpdp_pipeline.schemas import Block, ParsedDocument

# A path this thin is a rule (a table border), not a shape.
DEFAULT_RULE_THICKNESS = 2.5
# A page needs at least this many horizontal and vertical rules before pdfplumber looks for tables.
DEFAULT_MIN_RULES = (3, 2)
# Rules closer than this (points) are one border drawn twice, not two rows.
DEFAULT_MIN_ROW_HEIGHT = 5.0
# Characters of text given to the language detector.
DEFAULT_LANGUAGE_SAMPLE_CHARS = 20_000
# Pickled pages beyond this many bytes go to a temporary file; a short document never touches disk.
DEFAULT_SPILL_MEMORY_BYTES = 1 << 20
_FPDF_ERR_PASSWORD = 4
_PAGEOBJ_TEXT = 1
_PAGEOBJ_PATH = 2
_PAGEOBJ_IMAGE = 3
_FONT_ITALIC_FLAG = 1 << 6  # the PDF font descriptor's Italic flag
_TITLE_JUNK = ("microsoft word - ", "untitled", "microsoft powerpoint - ")
_FILE_SUFFIXES = (".doc", ".docx", ".pdf", ".indd", ".tex", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".rtf")


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    """Open with no password, then the empty one; an owner-password-only PDF opens either way."""
    if not data:
        raise ParseError("zero-byte file", code=LogCode.PDF_EMPTY)
    last: pdfium.PdfiumError | None = None
    for password in (None, ""):
        try:
            return pdfium.PdfDocument(data, password=password)
        except pdfium.PdfiumError as exc:
            last = exc
            if getattr(exc, "err_code", None) != _FPDF_ERR_PASSWORD:
                break
    if last is not None and getattr(last, "err_code", None) == _FPDF_ERR_PASSWORD:
        raise EncryptedError(f"encrypted PDF needs a password: {last}") from last
    raise ParseError(f"cannot open PDF: {last}", code=LogCode.PDF_MALFORMED) from last


@dataclass(slots=True)
class _Box:
    left: ctypes.c_double
    bottom: ctypes.c_double
    right: ctypes.c_double
    top: ctypes.c_double


def _new_box() -> _Box:
    return _Box(ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())


def _last_letter(text: str) -> int:
    """The offset of a run's last letter: a closing stop, bracket, figure or note marker ("Full Round³") may be set
    in another weight."""
    return next((i for i in range(len(text) - 1, -1, -1) if text[i].isalpha()), 0)


class _PageReader:
    """Reads one pdfium page's text runs as `Fragment`s with top-left-origin boxes."""

    def __init__(self, page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> None:
        self.page = page
        self.tp = textpage.raw
        self.rotation = page.get_rotation()
        # get_size is the displayed size; pdfium's boxes are in unrotated page space.
        self.width, self.height = page.get_size()
        self.unrotated = (self.height, self.width) if self.rotation in (90, 270) else (self.width, self.height)
        self.box = _new_box()
        self.font_buf = ctypes.create_string_buffer(128)
        self.font_flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self._bold_by_font: dict[bytes, bool] = {}
        self._italic_by_font: dict[int, bool] = {}

    def to_display(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A box in PDF space -> (x0, top, x1, bottom) on the page as displayed, origin top-left."""
        width, height = self.unrotated
        if self.rotation == 90:  # /Rotate turns the page clockwise
            return bottom, left, top, right
        if self.rotation == 180:
            return width - right, bottom, width - left, top
        if self.rotation == 270:
            return height - top, width - right, height - bottom, width - left
        return left, height - top, right, height - bottom

    def is_bold(self, index: int) -> bool:
        weight = pdfium_c.FPDFText_GetFontWeight(self.tp, index)
        if weight > 0:
            return weight >= 600
        n = pdfium_c.FPDFText_GetFontInfo(self.tp, index, self.font_buf, len(self.font_buf), self.font_flags)
        name = self.font_buf.raw[: max(n - 1, 0)]
        if name not in self._bold_by_font:
            lowered = name.lower()
            self._bold_by_font[name] = any(w in lowered for w in (b"bold", b"black", b"heavy", b"semibold"))
        return self._bold_by_font[name]

    def fragment(self, text: str, rect: tuple[float, float, float, float], first_index: int) -> Fragment:
        x0, top, x1, bottom = self.to_display(*rect)
        # Many producers set the font at size 1 and scale it with the text matrix; the size seen
        # is the font size times the matrix's vertical scale.
        pdfium_c.FPDFText_GetMatrix(self.tp, first_index, self.matrix)
        size = pdfium_c.FPDFText_GetFontSize(self.tp, first_index) * math.hypot(self.matrix.c, self.matrix.d)
        if size <= 0:
            size = bottom - top
        return Fragment(
            text=text,
            x0=x0,
            top=top,
            x1=x1,
            bottom=bottom,
            size=round(size, 1),
            is_bold=(bold := self.is_bold(first_index)),
            # a run that opens bold and ends in regular type: a bold run-in title ("**Taller ...**, Tegucigalpa, 4 y 5
            # de mayo de 2011."); asked only of a bold run, the rest of a page's text costs nothing more
            ends_bold=not bold or self.is_bold(first_index + _last_letter(text)),
        )

    def rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        b = self.box
        out = []
        for k in range(pdfium_c.FPDFText_CountRects(self.tp, start, count)):
            pdfium_c.FPDFText_GetRect(self.tp, k, b.left, b.top, b.right, b.bottom)
            out.append((b.left.value, b.bottom.value, b.right.value, b.top.value))
        return out

    def split_by_rects(
        self, text: str, start: int, rects: list[tuple[float, float, float, float]]
    ) -> Iterator[tuple[str, int, int]]:
        """Cut a run of characters where it moves from one pdfium text rect to the next.

        Yields (text, first character index, rect number). Only runs spanning several rects pay
        for per-character boxes.
        """
        b = self.box
        current, piece_start = 0, 0
        for offset in range(len(text)):
            index = start + offset
            pdfium_c.FPDFText_GetCharBox(self.tp, index, b.left, b.right, b.bottom, b.top)
            if b.right.value - b.left.value <= 0:
                continue  # generated space or line break: stays with the current piece
            cx, cy = (b.left.value + b.right.value) / 2, (b.bottom.value + b.top.value) / 2
            for k in range(current, len(rects)):
                left, bottom, right, top = rects[k]
                if left - 1 <= cx <= right + 1 and bottom - 1 <= cy <= top + 1:
                    if k != current:
                        yield text[piece_start:offset], start + piece_start, current
                        current, piece_start = k, offset
                    break
        yield text[piece_start:], start + piece_start, current

    def run_to_fragments(self, run: str, start: int, rects: list[tuple[float, float, float, float]]) -> list[Fragment]:
        """Split a run spanning several rects only where it changes line or jumps a column gap.

        Pieces on one line close together (letter-spaced titles, one object per glyph) keep
        pdfium's text between them, spaces included.
        """
        merged: list[tuple[str, int, list[float]]] = []
        for piece, first, k in self.split_by_rects(run, start, rects):
            left, bottom, right, top = rects[k]
            if merged:
                text, first0, box = merged[-1]
                height = max(box[3] - box[1], top - bottom, 0.1)
                same_line = abs((box[1] + box[3]) / 2 - (bottom + top) / 2) < 0.3 * height
                if same_line and -height < left - box[2] < height:
                    merged[-1] = (
                        text + piece,
                        first0,
                        [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)],
                    )
                    continue
            merged.append((piece, first, [left, bottom, right, top]))
        return [
            self.fragment(_unit_text(text), (box[0], box[1], box[2], box[3]), first)
            for text, first, box in merged
            if text.strip()
        ]

    def typed_pieces(self, run: str, start: int, whole: Fragment) -> list[Fragment]:
        """A typed line cut where a gap wider than an em parts two of its characters: its columns, each a fragment."""
        b = self.box
        pieces: list[tuple[int, int]] = []  # (first, last) character offsets in `run`
        prev_right = None
        for offset, char in enumerate(run):
            if char.isspace():
                continue
            pdfium_c.FPDFText_GetCharBox(self.tp, start + offset, b.left, b.right, b.bottom, b.top)
            if prev_right is not None and b.left.value - prev_right > whole.size * DEFAULT_CELL_GAP_EM:
                pieces.append((offset, offset))
            elif pieces:
                pieces[-1] = (pieces[-1][0], offset)
            else:
                pieces.append((offset, offset))
            prev_right = b.right.value
        if not pieces:
            return [whole]
        if len(pieces) == 1:
            # one piece: the line as pdfium boxed it, but where spaces typed before it ("          Enlace para la
            # ...", a wrapped cell under its column) put its first letter
            pdfium_c.FPDFText_GetCharBox(self.tp, start + pieces[0][0], b.left, b.right, b.bottom, b.top)
            left = self.to_display(b.left.value, b.bottom.value, b.right.value, b.top.value)[0]
            if left - whole.x0 <= whole.size * DEFAULT_CELL_GAP_EM:
                return [whole]
            return [replace(whole, x0=left, typed_indent_x0=whole.x0)]
        out = []
        for first, last in pieces:
            pdfium_c.FPDFText_GetCharBox(self.tp, start + first, b.left, b.right, b.bottom, b.top)
            left = b.left.value
            pdfium_c.FPDFText_GetCharBox(self.tp, start + last, b.left, b.right, b.bottom, b.top)
            rect = (left, 0.0, b.right.value, 0.0)
            frag = self.fragment(_unit_text(run[first : last + 1]), rect, start + first)
            out.append(replace(frag, top=whole.top, bottom=whole.bottom, typed_line=start))
        return out

    def fragments(self) -> list[Fragment]:
        count = pdfium_c.FPDFText_CountChars(self.tp)
        if count <= 0:
            return []
        buffer = ctypes.create_string_buffer((count + 1) * 2)
        pdfium_c.FPDFText_GetText(self.tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        # surrogatepass keeps one str character per UTF-16 unit, i.e. per pdfium character index.
        text = buffer.raw[: count * 2].decode("utf-16-le", errors="surrogatepass")
        out: list[Fragment] = []
        start = 0
        for run in text.split("\r\n"):
            if run.strip():
                rects = self.rects(start, len(run))
                if len(rects) == 1:
                    whole = self.fragment(_unit_text(run), rects[0], start)
                    # a line far wider than its characters: spaces typed between its columns, which pdfium keeps
                    # as one space each ("1   13 Jan 2009   Steering Group   Geneva")
                    wide = (whole.x1 - whole.x0) > TYPED_LINE_EM * whole.size * len(run.strip())
                    out.extend(self.typed_pieces(run, start, whole) if wide else [whole])
                elif rects:
                    out.extend(self.run_to_fragments(run, start, rects))
            start += len(run) + 2
        return out

    def italics(self) -> list[Italic]:
        """The phrases set in an italic or oblique face, each run of italic text objects in a row one phrase (a title
        wrapped onto the next line is two objects)."""
        out: list[Italic] = []
        previous_italic = False
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        page = self.page.raw
        for k in range(pdfium_c.FPDFPage_CountObjects(page)):
            obj = pdfium_c.FPDFPage_GetObject(page, k)
            if pdfium_c.FPDFPageObj_GetType(obj) != _PAGEOBJ_TEXT:
                continue
            if not self._italic_font(pdfium_c.FPDFTextObj_GetFont(obj)):
                previous_italic = False
                continue
            text = clean_text(self._object_text(obj))
            if not text or not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                continue
            x0, y0, x1, y1 = self.to_display(left.value, bottom.value, right.value, top.value)
            if previous_italic and out:
                last = out[-1]
                out[-1] = Italic(
                    join_lines(last.text, text),
                    min(last.x0, x0),
                    min(last.top, y0),
                    max(last.x1, x1),
                    max(last.bottom, y1),
                )
            else:
                out.append(Italic(text, x0, y0, x1, y1))
            previous_italic = True
        return out

    def _italic_font(self, font: Any) -> bool:
        if not font:
            return False
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        if key not in self._italic_by_font:
            n = pdfium_c.FPDFFont_GetBaseFontName(font, self.font_buf, len(self.font_buf))
            name = self.font_buf.raw[: max(n - 1, 0)].lower()
            angle = ctypes.c_int()
            slanted = bool(pdfium_c.FPDFFont_GetItalicAngle(font, angle)) and angle.value != 0
            flagged = bool(pdfium_c.FPDFFont_GetFlags(font) & _FONT_ITALIC_FLAG)
            self._italic_by_font[key] = slanted or flagged or b"italic" in name or b"oblique" in name
        return self._italic_by_font[key]

    def _object_text(self, obj: Any) -> str:
        n = pdfium_c.FPDFTextObj_GetText(obj, self.tp, None, 0)
        if n <= 2:
            return ""
        buffer = ctypes.create_string_buffer(n)
        pdfium_c.FPDFTextObj_GetText(obj, self.tp, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), n)
        return buffer.raw[: n - 2].decode("utf-16-le", errors="replace")

    def rules_and_images(self) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]], int]:
        """Horizontal rules (y, x0, x1), vertical rules (x, y0, y1) and the image count, in PDF space."""
        horizontal: list[tuple[float, float, float]] = []
        vertical: list[tuple[float, float, float]] = []
        images = 0
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        page = self.page.raw
        for k in range(pdfium_c.FPDFPage_CountObjects(page)):
            obj = pdfium_c.FPDFPage_GetObject(page, k)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == _PAGEOBJ_IMAGE:
                images += 1
            elif kind == _PAGEOBJ_PATH and pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
                if y1 - y0 <= DEFAULT_RULE_THICKNESS and x1 - x0 >= 10:
                    horizontal.append(((y0 + y1) / 2, x0, x1))
                elif x1 - x0 <= DEFAULT_RULE_THICKNESS and y1 - y0 >= 8:
                    vertical.append(((x0 + x1) / 2, y0, y1))
                elif x1 - x0 > DEFAULT_RULE_THICKNESS and y1 - y0 > DEFAULT_RULE_THICKNESS:
                    # A rectangle, stroked as a cell border or filled as a cell: its four sides.
                    horizontal += [(y0, x0, x1), (y1, x0, x1)]
                    vertical += [(x0, y0, y1), (x1, y0, y1)]
        return horizontal, vertical, images


def rules_to_has_grid(horizontal: list[tuple[float, float, float]], vertical: list[tuple[float, float, float]]) -> bool:
    """Whether rules cross as a table's do: two vertical rules each crossed by three horizontal ones.

    Column separators and a header rule (a three-column journal page) do not qualify, so such
    pages stay on the fast path.
    """
    if len(horizontal) < DEFAULT_MIN_RULES[0] or len(vertical) < DEFAULT_MIN_RULES[1]:
        return False
    if len(horizontal) * len(vertical) > 400_000:
        return True  # thousands of rules: a dense grid, worth pdfplumber's time
    tol = 2.0
    vertical = _join_collinear(vertical, tol)
    crossed = 0
    for x, y0, y1 in vertical:
        if y1 - y0 < 2 * DEFAULT_MIN_ROW_HEIGHT:
            continue  # the side of a thin bar, not a column rule
        ys = sorted(y for y, hx0, hx1 in horizontal if hx0 - tol <= x <= hx1 + tol and y0 - tol <= y <= y1 + tol)
        rows = sum(1 for a, b in zip(ys, ys[1:], strict=False) if b - a >= DEFAULT_MIN_ROW_HEIGHT) + bool(ys)
        if rows >= DEFAULT_MIN_RULES[0]:
            crossed += 1
            if crossed >= DEFAULT_MIN_RULES[1]:
                return True
    return False


def _join_collinear(rules: list[tuple[float, float, float]], tol: float) -> list[tuple[float, float, float]]:
    """Join rules on one line that touch: a table drawn cell by cell has one short side per cell."""
    joined: list[tuple[float, float, float]] = []
    for pos, start, end in sorted(rules, key=lambda r: (round(r[0]), r[1])):
        # Word draws borders as short bars with ~2 pt gaps at each crossing: bridge gaps up to 2 tol.
        if joined and abs(joined[-1][0] - pos) <= tol and start <= joined[-1][2] + 2 * tol:
            joined[-1] = (joined[-1][0], joined[-1][1], max(joined[-1][2], end))
        else:
            joined.append((pos, start, end))
    return joined


def _rules_to_display(
    horizontal: list[tuple[float, float, float]], vertical: list[tuple[float, float, float]], height: float
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Joined rules with y measured from the top, as the fragments are (unrotated pages only)."""
    tol = 2.0
    flipped_h = [(y, x0, x1) for y, x0, x1 in _join_collinear([(height - y, x0, x1) for y, x0, x1 in horizontal], tol)]
    flipped_v = _join_collinear([(x, height - y1, height - y0) for x, y0, y1 in vertical], tol)
    return flipped_h, flipped_v


# A line whose box is wider than this many ems per character holds spaces that pdfium wrote as one: a typed table's
# columns. Set text runs about half an em per character, a fixed-width font 0.6 (Courier).
TYPED_LINE_EM = 0.61


def _unit_text(run: str) -> str:
    return run.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")


def _plumber_tables(
    plumber_page: Any, rotation: int, grid: tuple[list[float], list[float]] | None = None
) -> list[Table]:
    """pdfplumber's ruled tables on one page, with cell text cleaned and row boxes kept.

    With a grid, its column xs and row ys are the table's rules, for a table whose columns no rule draws.
    """
    if rotation:
        return []  # pdfplumber's boxes ignore /Rotate; the unruled detector handles these pages
    settings = None
    if grid is not None:
        settings = {
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": grid[0],
            "explicit_horizontal_lines": grid[1],
        }
    tables = []
    for found in plumber_page.find_tables(settings):
        rows = []
        boxes = []
        for row, cells in zip(found.rows, found.extract(), strict=True):
            texts = tuple(_cell_text(c) for c in cells)
            if any(texts):
                rows.append(texts)
                boxes.append(tuple(float(v) for v in row.bbox))
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            x0, top, x1, bottom = (float(v) for v in found.bbox)
            tables.append(Table(tuple(rows), tuple(boxes), x0, top, x1, bottom))  # type: ignore[arg-type]
    return tables


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    text = ""
    for line in cell.splitlines():
        text = join_lines(text, clean_text(line))
    return text


@contextmanager
def _plumber(data: bytes) -> Iterator[Any]:
    """A pdfplumber handle opened only when a page first needs it."""
    holder: dict[str, Any] = {}

    def get() -> Any:
        if "pdf" not in holder:
            holder["pdf"] = pdfplumber.open(io.BytesIO(data), password="")
        return holder["pdf"]

    try:
        yield get
    finally:
        if "pdf" in holder:
            holder["pdf"].close()


def _inside(frag: Fragment, table: Table) -> bool:
    cx, cy = (frag.x0 + frag.x1) / 2, (frag.top + frag.bottom) / 2
    return table.x0 - 1 <= cx <= table.x1 + 1 and table.top - 1 <= cy <= table.bottom + 1


def _read_pages(
    doc: pdfium.PdfDocument, data: bytes, no_text: list[int], table_failures: list[str]
) -> Iterator[PageLayout]:
    """First pass, page by page: lines as segments and ruled tables; pages without text and table failures noted."""
    with _plumber(data) as plumber:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            try:
                reader = _PageReader(page, textpage)
                fragments = reader.fragments()
                horizontal, vertical, images = reader.rules_and_images()
                layout = PageLayout(index + 1, reader.width, reader.height, fragments_to_segments(fragments))
                layout.italics = reader.italics()
                if not fragments and images:
                    no_text.append(index + 1)
                # A regular grid is read from pdfium's rules directly; anything else goes to pdfplumber.
                table = None
                borders = None  # a table whose rows alone are ruled: its columns, where the rules break
                has_grid = bool(fragments) and reader.rotation == 0 and rules_to_has_grid(horizontal, vertical)
                if has_grid:
                    grid = rules_to_regular_grid(*_rules_to_display(horizontal, vertical, reader.height))
                    table = grid_to_table(*grid, fragments) if grid is not None else None
                    layout.tables = [table] if table is not None else []
                elif fragments and reader.rotation == 0:
                    borders = cell_borders_to_grid([(reader.height - y, x0, x1) for y, x0, x1 in horizontal], fragments)
                    table = grid_to_table(*borders, fragments) if borders is not None else None
                    layout.tables = [table] if table is not None else []
                    has_grid = borders is not None
                if has_grid and table is None:
                    try:
                        plumber_page = plumber().pages[index]
                        try:
                            layout.tables = _plumber_tables(plumber_page, reader.rotation, borders)
                        finally:
                            plumber_page.close()
                    except Exception as exc:  # pdfminer raises many types; the page keeps its text, logged
                        table_failures.append(f"page {index + 1}: {type(exc).__name__}: {exc}")
            finally:
                textpage.close()
                page.close()
            yield layout


class _PageSpill:
    """Pages between the two passes, pickled one after another, in memory up to a size and then on disk.

    Running headers and the body font size need every page before the first block is built; keeping
    every page's lines until then made the worker's memory grow by about 30 KB a page. Fragments go
    as plain tuples, which are written five times and read twice as fast as slotted dataclasses.
    """

    def __init__(self, memory_bytes: int = DEFAULT_SPILL_MEMORY_BYTES) -> None:
        self._file: IO[bytes] = io.BytesIO()
        self._memory_bytes: float = memory_bytes
        self._count = 0

    def __enter__(self) -> _PageSpill:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def append(self, layout: PageLayout) -> None:
        rows = [
            [
                (
                    s.text,
                    s.x0,
                    s.top,
                    s.x1,
                    s.bottom,
                    s.size,
                    s.is_bold,
                    s.ends_bold,
                    s.marked,
                    s.typed_line,
                    s.typed_indent_x0,
                )
                for s in row
            ]
            for row in layout.rows
        ]
        record = (layout.number, layout.width, layout.height, rows, layout.tables, layout.italics)
        pickle.dump(record, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1
        if isinstance(self._file, io.BytesIO) and self._file.tell() > self._memory_bytes:
            try:
                disk = tempfile.TemporaryFile()  # noqa: SIM115 - closed by __exit__ with the spill
            except OSError:
                # No writable temporary directory: pickled lines are still a third of the objects' size.
                self._memory_bytes = math.inf
                return
            disk.write(self._file.getvalue())
            self._file.close()
            self._file = disk

    def __iter__(self) -> Iterator[PageLayout]:
        """The pages in order, each read back only when asked for."""
        self._file.seek(0)
        for _ in range(self._count):
            number, width, height, rows, tables, italics = pickle.load(self._file)
            yield PageLayout(number, width, height, [[Fragment(*s) for s in row] for row in rows], tables, italics)


_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d\d)([01]\d)([0-3]\d)")


def _own_date(doc: pdfium.PdfDocument) -> datetime.date | None:
    """The day the PDF was made, from its metadata ("D:20060315093000+01'00'"), if it says."""
    try:
        metadata = doc.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return None
    for key in ("CreationDate", "ModDate"):
        if match := _PDF_DATE.match((metadata.get(key) or "").strip()):
            try:
                return datetime.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def _title(doc: pdfium.PdfDocument, first_page_rows: list[list[Fragment]]) -> str | None:
    """The metadata Title unless it is a file name, else the largest-font line(s) on page 1."""
    try:
        title = (doc.get_metadata_dict(skip_empty=True).get("Title") or "").strip()
    except pdfium.PdfiumError:
        title = ""
    lowered = title.lower()
    for junk in _TITLE_JUNK:
        if lowered.startswith(junk):
            title = title[len(junk) :].strip()
            lowered = title.lower()
    if title and not lowered.endswith(_FILE_SUFFIXES) and any(c.isalpha() for c in title):
        return title
    segments = [s for row in first_page_rows for s in row if any(c.isalpha() for c in s.text)]
    if not segments:
        return None
    largest = max(s.size for s in segments)
    parts: list[str] = []
    for seg in segments:
        if abs(seg.size - largest) < 0.5:
            parts.append(seg.text)
        elif parts:
            break
        if len(parts) == 2:  # a title wraps onto two lines at most; more is body text of one size
            break
    return " ".join(parts)[:300] or None


MAX_OPENING_BLOCKS = 3  # a bilingual cover's first lines: its organisation's name, its title, in its main language


def _language_sample(blocks: list[Block]) -> str:
    """The first blocks' text, up to the detector's sample size, without joining the whole document."""
    parts: list[str] = []
    length = 0
    for block in blocks:
        if length > DEFAULT_LANGUAGE_SAMPLE_CHARS:
            break
        parts.append(block.text)
        length += len(block.text) + 1
    return " ".join(parts)[:DEFAULT_LANGUAGE_SAMPLE_CHARS]


def pdf_to_document(data: bytes) -> ParsedDocument:
    """Parse a PDF's bytes into blocks in reading order, with title, language and warnings.

    Raises `EncryptedError` (pdf.encrypted), `ParseError` with code pdf.empty, pdf.malformed or
    pdf.no_pages; an unexpected library failure becomes `ParseError(code=LogCode.PDF_UNEXPECTED)` naming
    the exception, so one odd file is logged rather than stopping the run.
    """
    try:
        return _pdf_to_document(data)
    except (ParseError, MemoryError):
        raise
    except Exception as exc:
        raise ParseError(
            f"unexpected {type(exc).__name__} while parsing PDF: {exc}", code=LogCode.PDF_UNEXPECTED
        ) from exc


def _first_pass(
    doc: pdfium.PdfDocument, data: bytes, spill: _PageSpill, no_text: list[int], table_failures: list[str]
) -> tuple[set[tuple[str, int]], float, float | None, str | None]:
    """Every page read into `spill`; back come the running-line keys, the body font size, its line gap and
    the title.

    Its own function so that the per-page summaries are freed before the blocks are built.
    """
    stats = CrossPageStats()
    first_page: PageLayout | None = None
    try:
        for layout in _read_pages(doc, data, no_text, table_failures):
            stats.add_page(layout.height, layout.rows)
            spill.append(layout)
            if first_page is None:
                first_page = layout  # kept whole for the title, which needs the running lines gone
    except pdfium.PdfiumError as exc:
        raise ParseError(f"pdfium failed while reading pages: {exc}", code=LogCode.PDF_MALFORMED) from exc
    running = stats.running_keys()
    first_rows = remove_running_lines(first_page.rows, first_page.height, running) if first_page else []
    body_size = stats.body_size(running)
    return running, body_size, stats.line_gap(body_size), _title(doc, first_rows)


def _pdf_to_document(data: bytes) -> ParsedDocument:
    no_text: list[int] = []
    table_failures: list[str] = []
    with _PageSpill() as spill:
        doc = _open_pdfium(data)
        try:
            page_count = len(doc)
            if page_count == 0:
                raise ParseError("PDF has no pages", code=LogCode.PDF_NO_PAGES)
            running, body_size, line_gap, title = _first_pass(doc, data, spill, no_text, table_failures)
            own_date = _own_date(doc)
        finally:
            doc.close()

        builder = BlockBuilder(body_size=body_size, line_gap=line_gap)
        for layout in spill:
            tables = list(layout.tables)
            rows = remove_running_lines(layout.rows, layout.height, running)
            rows = [[s for s in row if not any(_inside(s, t) for t in tables)] for row in rows]
            typed, rows = dash_ruled_tables([r for r in rows if r])
            unruled, rows = segments_to_unruled_tables(rejoin_typed_lines(rows), layout.width)
            unruled += typed
            rows = stack_badges([attach_list_markers(row) for row in rows])
            items: list[Fragment | Table] = [s for row in rows for s in row]
            items.extend(tables)
            items.extend(unruled)
            ordered = items_to_reading_order(items, layout.width * 0.25, layout.width * 0.75, line_tops=line_tops(rows))
            builder.add_page(layout.number, ordered, layout.italics)

    warnings: list[tuple[str, str]] = []
    if no_text:
        pages = ", ".join(map(str, no_text))
        noun = "pages" if len(no_text) > 1 else "page"
        verb = "have" if len(no_text) > 1 else "has"
        warnings.append((LogCode.PDF_NO_TEXT_LAYER, f"{noun} {pages} {verb} no text layer (scanned; no OCR)"))
    if table_failures:
        warnings.append((LogCode.PDF_TABLE_FAILED, "; ".join(table_failures)[:1000]))
    sample = _language_sample(builder.blocks)
    return ParsedDocument(
        blocks=tuple(builder.blocks),
        pages=page_count,
        title=title,
        language=document_language(sample, title or "", *(b.text for b in builder.blocks[:MAX_OPENING_BLOCKS])),
        warnings=tuple(warnings),
        date=own_date,
    )
