"""Page geometry to reading order: library-agnostic stages shared by the PDF parser.

A page arrives as `Fragment`s (runs of text with a top-left-origin box, as pdfium's text rects
give them) and leaves as ordered lines, tables and finally `Block`s:

    fragments_to_segments  ->  segments_to_unruled_tables  ->  items_to_reading_order
                           ->  BlockBuilder.add_page

Running headers and footers and the body font size are decided across pages by `CrossPageStats`,
which is fed one page at a time so that no page's lines need to be kept for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from mpdp_pipeline.extractors.blocks import BlockSink
from mpdp_pipeline.extractors.dates import MONTHS, find_dates
from mpdp_pipeline.extractors.places import country_of
from mpdp_pipeline.extractors.vocabulary import WORKS_SECTION_NAMES

from mpdp_pipeline.schemas import BlockKind

# A gap wider than this many font sizes between two runs on one line separates table cells or
# columns; word spacing in justified text stays well under half an em.
DEFAULT_CELL_GAP_EM = 1.0
# Headers and footers live in the top and bottom strips of a page; a repeated line elsewhere is
# content (a table header repeated on each page, say).
DEFAULT_MARGIN_FRACTION = 0.12
# A line repeated at the same place on at least this share of the pages is a running header/footer.
DEFAULT_RUNNING_SHARE = 0.5
# A vertical gap larger than this many font sizes between two lines starts a new paragraph;
# ordinary leading leaves about 0.2-0.4 em.
DEFAULT_PARAGRAPH_GAP_EM = 0.6
ENTRY_GAP_EM = 0.35  # more white space than a block's own line spacing by this much sets its next entry apart
# Text this much larger than the body text is a heading.
DEFAULT_HEADING_SIZE_RATIO = 1.15
MIN_INTRO_WORDS = 8
_LIST_ITEM_LEAD = re.compile(r"^\s*(?:[-–•▪◦]\s+|[a-z]\)\s+)")
# Headings whose sizes differ by this much (points) are two levels, never one wrapped heading.
HEADING_LEVEL_STEP = 0.5
TITLE_TAIL_INDENT = 2.0  # points: a wrapped title's lines start at one left edge
MAX_TITLE_TAIL_WORDS = 12
# A line this many points smaller than the line above is another field of a record, not the sentence going on:
# a title over its details ("Roundtable - MPI offices, Washington, DC" set in a smaller italic).
SMALLER_FIELD_STEP = 0.75
# Runs of one table row differ in size by less than this (rounding of the same size); more is two page columns.
ROW_SIZE_TOLERANCE = 0.4
# A line cut by the foot of a column fills most of the column's width; a paragraph's last line need not.
FULL_LINE_SHARE = 0.6
# A stop inside a line, then more words: where a bold run-in title ends and its paragraph goes on
_RUN_IN_STOP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+\w")
SAME_PITCH_EM = 0.05  # two line pitches this close are one spacing
DESCENDER_LINE_EM = 0.9  # ascender to descender of a line of Latin text, in em (Helvetica 0.93, Times 0.9)
# A year or a fiscal year alone in bold ("2008", "2008/09", "FY 2005-06", "1. 2006"): the heading of a year's section.
_YEAR_HEADING_RE = re.compile(
    r"^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:FY\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?$"
)

# Bullet glyphs, with the private-use ones symbol fonts (Wingdings, Symbol) draw bullets with.
_BULLETS = r"[•●○◦▪■□➢►▶✓✔·\-–—*\uf0a7\uf0b7\uf076\uf0d8\uf0fc]"
BULLET_RE = re.compile(r"^\s*(?:" + _BULLETS + r"|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")
_SENTENCE_STOP = re.compile(r"[A-Za-zÀ-ÿ)]{2}\.\s+[A-ZÀ-Ý]")
_NUMBERED_LEAD = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+[A-ZÀ-Ý]")
# "5.1 The Chair of ...": a numbered sub-item, which ends the item above it ("5. Reports of the Working Groups");
# "2.5 million" is a figure.
SUB_ITEM_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÀ-Ý]")
# its marker before a record's day and month ("3.2 04 Oct 2007 -- WGTech ..."); before a capital, a run-in title's
# numbered paragraph ("2.1 Reunión del GRCM. Los días ...") is read as such
_SUB_ITEM_MARKER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=\d{1,2}(?:[-–]\d{1,2})?\s+[^\W\d_]{3})")
FOOTNOTE_NOTE_RE = re.compile(r"\s*\[\s*note\s*\d+\s*\]", re.IGNORECASE)
FOOTNOTE_MARK_RE = re.compile(r"^[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰,]{1,4}$")
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:(?:page|p\.|pág\.?|página|seite)\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?"
    r"(?:\s*(?:of|/|de|sur|von)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d\d\s*$")


def _page_number(text: str) -> bool:
    """Whether a line is a bare page number; "2010" alone over a table is the year its rows fall in."""
    return bool(PAGE_NUMBER_RE.match(text)) and not _YEAR_ALONE.match(text)


_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
# pdfium marks a soft hyphen at a line end with one of these; they stand for "-".
SOFT_HYPHENS = "\ufffe\x02\xad"
# Control characters other than tab and newline become spaces; str.translate does it at C speed,
# where a per-character loop took a tenth of the parser's time.
_CONTROL_TO_SPACE = str.maketrans({chr(i): " " for i in range(32) if chr(i) not in "\t\n"})
# Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: a row with none of these skips
# the bidi work and keeps its exact text. The scan costs 7 ns a character, so a page is scanned once
# and only when it is not plain ASCII.
_RTL_CHAR_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


@dataclass(frozen=True, slots=True)
class Fragment:
    """A run of text on one line of one page, box in points from the page's top-left corner."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    is_bold: bool = False  # its first letter is bold
    ends_bold: bool = True  # its last letter is bold too: not a bold run-in title that the line goes on after
    marked: bool = False  # opens with a list marker set apart from its text ("A." a gap before "Report. ...")
    typed_line: int = -1  # a piece of a line typed with spaces between its columns: the line's first character
    typed_indent_x0: float = -1.0  # a typed line's left edge with the spaces typed before it (its first letter is x0)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)

    @property
    def line_bottom(self) -> float:
        """The bottom of the line as if it had descenders: glyph boxes are tight, so a line without
        "g", "p" or "y" ends higher and would seem to sit a paragraph's gap above the next one."""
        return max(self.bottom, self.top + DESCENDER_LINE_EM * self.size)


MIN_PARALLEL_ROWS = 2
# "SUSPENDIDO", "CANCELLED" under a record: its status, not a section's name
_STATUS_LINE = re.compile(
    r"^\W*(?:suspendid[oa]|cancelad[oa]|aplazad[oa]|cancel+ed|postponed|annul[ée]e?|report[ée]e?)\W*$", re.I
)
# A record's place or its stand-in: "Misma sede", "Same venue", "Videoconferencia", "Modalidad: virtual"
_VENUE_WORDS = re.compile(
    r"\b(?:sede|venue|lugar|lieu|videoconferencia|videoconference|visioconférence|virtual|en l[ií]nea|online)\b", re.I
)


def _place_line(text: str) -> bool:
    return bool(_VENUE_WORDS.search(text)) or country_of(text) is not None


_OPENS_WITH_DAY = re.compile(
    r"^\d{1,2}(?:\s*(?:[-–]|al|a|y|et|au|to|and|&)\s*\d{1,2})?(?:\s+de)?\s+[^\W\d_]{3,}|^[^\W\d_]{3,}\.?\s+\d{1,2}\b"
)
# "Mayo", "Octubre - SUSPENDIDO", "May (to be confirmed)": a month alone, perhaps with the entry's status
_MONTH_LINE = re.compile(r"^(?P<m>[^\W\d_]{3,})\.?(?:\s*(?:[-–—:]\s*\S.*|\(.*\)))?$")
_SECTION_LINE = re.compile(r"^[^\W\d_][^\d\na-zß-ÿ]{2,60}$")  # "PRIMER SEMESTRE", "PUBLICATIONS": a section's name
# A line that breaks off after a little word goes on on the next: "Taller Regional sobre Retorno y Reintegración de".
_BROKEN_OFF = re.compile(
    r"\b(?:de|del|la|las|el|los|y|e|sobre|en|para|con|por|a|al|of|on|the|and|for|to|in|with|du|des|le|les|et|pour)$",
    re.I,
)


# A column's name, as tables head theirs; a box's title names a section instead ("Events calendar").
_COLUMN_NAME = re.compile(
    r"\b(?:date|dates|fecha|fechas|when|time|day|meeting|event|activity|actividad|reunión|title|título|titre|venue"
    r"|location|place|lugar|sede|lieu|host|country|país|pays|participants|status|estado|type|tipo|year|año|année"
    r"|no\.|number|número|price|precio|prix|language|idioma|langue|author|autor|auteur|pages)\b",
    re.I,
)
MIN_BOX_TITLE_WORDS = 2


# A section of a catalogue named by the kind of work or event it lists: "REPORTS", "BOOKS", "Policy Briefs"
_SECTION_OF_KIND = re.compile(
    rf"(?:{WORKS_SECTION_NAMES}|events?|meetings?|eventos|reuniones|[ée]v[ée]nements|r[ée]unions)", re.I
)


def side_by_side_boxes(header: Sequence[str]) -> bool:
    """Whether a two-column "table" is two boxes set side by side ("Events calendar" | "New publications"): each
    head names a section in words, no column's name nor figure."""
    return len(header) == 2 and all(
        len(h.split()) >= MIN_BOX_TITLE_WORDS and not re.search(r"\d", h) and not _COLUMN_NAME.search(h) for h in header
    )


def parallel_columns(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a two-column "table" is one text set twice, in two languages side by side ("9-10 de marzo" |
    "9-10 March"): the rows that hold figures mostly hold the same figures in both cells, the columns hold the same
    figures overall (a wrapped sentence moves a figure to the next row in one language only), and most rows' cells
    differ."""
    if not rows or any(len(r) != 2 for r in rows):
        return False
    figured = [(re.findall(r"\d+", a), re.findall(r"\d+", b)) for a, b in rows if re.search(r"\d", a + b)]
    differ = sum(a.strip().lower() != b.strip().lower() for a, b in rows if a.strip() and b.strip())
    same = sum(sorted(a) == sorted(b) for a, b in figured)
    left, right = Counter(n for a, _ in figured for n in a), Counter(n for _, b in figured for n in b)
    shared = sum((left & right).values()) / max(sum(left.values()), sum(right.values()), 1)
    return (
        len(figured) >= MIN_PARALLEL_ROWS
        and (same >= 0.8 * len(figured) or (same >= 0.6 * len(figured) and shared >= 0.9))
        and differ >= 0.5 * len(rows)
    )


def _whole_date(cell: str) -> bool:
    found = find_dates(cell)
    return len(found) == 1 and len(cell.strip()) - len(found[0].text) <= 2


def stacked_records(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a "table" is records set in columns side by side, each a date line over its title and place lines
    ("January 20, 2010" / "Title" / "Washington, DC" | "March 4, 2010" / ...): rows of dates alone recur at a
    regular step from the first row, and no other row holds a date. Each column is read down, a record at a time."""
    if len(rows) < MIN_STACKED_ROWS or len(rows[0]) < 2:
        return False
    dated = [i for i, r in enumerate(rows) if sum(bool(c.strip()) for c in r) >= 2 and all(
        _whole_date(c) for c in r if c.strip())]  # fmt: skip
    steps = {b - a for a, b in zip(dated, dated[1:], strict=False)}
    others = [c for i, r in enumerate(rows) if i not in dated for c in r]
    return (
        len(dated) >= 2
        and dated[0] == 0
        and len(steps) == 1
        and min(steps) >= 2
        and not any(find_dates(c) for c in others)
    )


MAX_DATELINE_LINE_WORDS = 10


def _dateline_alone(text: str) -> bool:
    """A short line that opens with a full date (perhaps after its weekday) and names a place after it, no sentence:
    "Sunday 29 May 2011, Hotel Kämp", "14-15 March 2006, Geneva"."""
    found = find_dates(text)
    if not found or found[0].precision.value != "day" or len(text.split()) > MAX_DATELINE_LINE_WORDS:
        return False
    lead, rest = text[: found[0].begin].strip(" ,").lower(), text[found[0].stop :].strip()
    return (
        (not lead or lead in _WEEKDAY_NAMES)
        and (not rest or rest[:1] in ",–—-|")
        and len(rest.split()) <= MAX_DATELINE_PLACE_WORDS
        and not text.rstrip().endswith(".")
    )


_WEEKDAY_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miércoles",
     "jueves", "viernes", "sábado", "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
)  # fmt: skip
MAX_DATELINE_PLACE_WORDS = 6


MIN_STACKED_ROWS = 4
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# A list entry's closing date after a comma: "..., November 2010", "..., 2009." (not a sentence's "in May 2010").
_DATED_ENTRY_END = re.compile(rf",\s*(?:(?:{_MONTH_WORDS})\.?\s+)?(?:19|20)\d\d\.?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Table:
    """A table found on a page: cell texts by row, each row's box, and whether the first row is a header."""

    rows: tuple[tuple[str, ...], ...]
    row_boxes: tuple[tuple[float, float, float, float], ...]
    x0: float
    top: float
    x1: float
    bottom: float
    # None: the first row is the header; otherwise the header the rows are read under (() for none), as for the
    # runs of a table cut by section labels, whose header came once above the first run.
    header: tuple[str, ...] | None = None


@dataclass(slots=True)
class PageLayout:
    """What the parser learnt of one page: its size, its lines as segments and the tables found on it."""

    number: int
    width: float
    height: float
    rows: list[list[Fragment]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    italics: list[Italic] = field(default_factory=list)


@dataclass(frozen=True)
class Italic:
    """A phrase a page sets in italics (a work's title in prose), with its box, origin top-left."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


def clean_text(text: str) -> str:
    """Soft hyphens to "-", control characters dropped, whitespace collapsed and typed dashes set."""
    for mark in SOFT_HYPHENS:
        text = text.replace(mark, "-")
    return typed_dashes(_SPACE_RE.sub(" ", text.translate(_CONTROL_TO_SPACE)).strip())


_TYPED_DASH = re.compile(r"(?<=\s)--(?=\s)")


def typed_dashes(text: str) -> str:
    """ "12-14 Mar 2008 -- Workshop on X -- Geneva": a typewriter's double hyphen is the dash it stands for."""
    return _TYPED_DASH.sub("—", text) if "--" in text else text


def join_lines(first: str, second: str) -> str:
    """Join two lines of a paragraph, closing a hyphenated line end ("migra-" + "tion" -> "migration")."""
    if not first:
        return second
    if not second:
        return first
    if len(first) >= 2 and first[-1] == "-" and first[-2].isalpha() and second[0].islower():
        return first[:-1] + second
    if _CUT_NUMERIC_DATE.search(first) and (rest := re.match(r"\d+", second)) and len(rest.group(0)) <= 3:
        return first + second  # "09/27/2012-09/28/2" + "012": a date a narrow cell cut inside its year
    return first + " " + second


# a numeric date whose year a line's end cut short: "09/28/2", "14.03.20"
_CUT_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{1,3}$")


def strip_footnote_markers(text: str) -> str:
    """Remove "[note 6]" style markers, which otherwise end up inside activity titles."""
    return _SPACE_RE.sub(" ", FOOTNOTE_NOTE_RE.sub("", text)).strip()


def _same_row(a: Fragment, row_top: float, row_bottom: float) -> bool:
    centre = (a.top + a.bottom) / 2
    return row_top - 0.5 <= centre <= row_bottom + 0.5


def fragments_to_rows(fragments: Iterable[Fragment]) -> list[list[Fragment]]:
    """Group fragments whose vertical centres fall inside one another's line box, left to right."""
    rows: list[list[Fragment]] = []
    bounds: list[tuple[float, float]] = []
    for frag in sorted(fragments, key=lambda f: (f.top, f.x0)):
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            if _same_row(frag, *bounds[i]):
                rows[i].append(frag)
                top, bottom = bounds[i]
                # Only full-size text widens the row, so a superscript cannot glue two lines.
                if frag.size >= 0.8 * max(f.size for f in rows[i]):
                    bounds[i] = (min(top, frag.top), max(bottom, frag.bottom))
                break
        else:
            rows.append([frag])
            bounds.append((frag.top, frag.bottom))
    rows = _attach_small_rows(rows)
    for row in rows:
        row.sort(key=lambda f: f.x0)
    rows.sort(key=lambda r: min(f.top for f in r))
    return rows


def _attach_small_rows(rows: list[list[Fragment]]) -> list[list[Fragment]]:
    """Move a row of small text (a raised footnote digit) into the larger-font row it touches."""
    rows.sort(key=lambda r: min(f.top for f in r))
    kept: list[list[Fragment]] = []
    for i, row in enumerate(rows):
        size = max(f.size for f in row)
        top, bottom = min(f.top for f in row), max(f.bottom for f in row)
        target = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(rows) and rows[j] and max(f.size for f in rows[j]) * 0.8 > size:
                other_top, other_bottom = min(f.top for f in rows[j]), max(f.bottom for f in rows[j])
                if bottom > other_top and top < other_bottom:
                    target = rows[j]
                    break
        if target is not None and sum(len(f.text) for f in row) <= 4:
            target.extend(row)
            row.clear()
        else:
            kept.append(row)
    return [r for r in kept if r]


def _is_superscript(frag: Fragment, row: Sequence[Fragment]) -> bool:
    main = max(row, key=lambda f: f.size)
    return (
        frag is not main
        and frag.size < 0.8 * main.size
        and frag.bottom < main.bottom - 0.15 * main.size
        and bool(FOOTNOTE_MARK_RE.match(frag.text.strip()))
    )


def _merge(a: Fragment, b: Fragment) -> Fragment:
    gap = b.x0 - a.x1
    sep = "" if gap < 0.15 * min(a.size, b.size) or a.text.endswith(" ") or b.text.startswith(" ") else " "
    return Fragment(
        text=a.text + sep + b.text,
        x0=min(a.x0, b.x0),
        top=min(a.top, b.top),
        x1=max(a.x1, b.x1),
        bottom=max(a.bottom, b.bottom),
        size=a.size if len(a.text) >= len(b.text) else b.size,
        is_bold=a.is_bold and b.is_bold,
        ends_bold=b.ends_bold,
        typed_line=a.typed_line if a.typed_line == b.typed_line else -1,
    )


def row_to_segments(
    row: Sequence[Fragment], cell_gap_em: float = DEFAULT_CELL_GAP_EM, *, may_be_rtl: bool = True
) -> list[Fragment]:
    """Merge the runs of one row into segments, splitting where the gap is wide enough to be a column gap.

    Segments are found left to right on the page either way; a segment with right-to-left text
    then gets its runs' text in logical (reading) order, see `_logical_text`. `may_be_rtl=False`
    says the caller knows no run has any.
    """
    rtl_row = may_be_rtl and any(_RTL_CHAR_RE.search(f.text) for f in row)
    segments: list[Fragment] = []
    members: list[list[Fragment]] = []
    for frag in row:
        if _is_superscript(frag, row):
            continue  # a footnote marker: separated from the title it follows
        if segments and frag.x0 - segments[-1].x1 < cell_gap_em * max(frag.size, segments[-1].size):
            segments[-1] = _merge(segments[-1], frag)
            if rtl_row:
                members[-1].append(frag)
        else:
            segments.append(frag)
            if rtl_row:
                members.append([frag])
    if rtl_row:
        row_rtl, row_ltr = _strong_counts("".join(f.text for f in row))
        for i, frags in enumerate(members):
            text = "".join(f.text for f in frags)
            rtl, ltr = _strong_counts(text)
            if not rtl and not ltr and not _RTL_CHAR_RE.search(text):
                # A cell of numbers ("9.00 – 9.30") reads in its line's direction.
                rtl, ltr = row_rtl, row_ltr
                if rtl <= ltr:
                    continue
            elif not rtl and not _RTL_CHAR_RE.search(text):
                continue  # left-to-right text keeps the merge above, byte for byte
            segments[i] = replace(segments[i], text=_logical_text(frags, rtl > ltr))
    return [replace(s, text=clean_text(s.text)) for s in segments if s.text.strip()]


# --- right-to-left lines ------------------------------------------------------------------------
#
# pdfium gives each text run's characters in logical order, but a right-to-left line arrives as
# many runs (one per word, and a word drawn in pieces around a kashida "ـــ" is several), and
# ordering them by x reverses the words and scrambles the pieces. The runs of such a line are put
# back in reading order with the Unicode bidi algorithm cut down to whole runs: each run is a
# strong left-to-right or right-to-left unit, a number, or a neutral (punctuation, and the white
# space between runs that do not touch); levels are resolved from the neighbours and the
# visual-to-logical reordering inverts the algorithm's rule L2. Numbers and Latin words inside an
# Arabic or Hebrew line therefore keep their left-to-right order.

_STRONG_RTL = frozenset(("R", "AL"))
_SEPARATOR = frozenset(("CS", "ES"))
_GAP = Fragment("", 0.0, 0.0, 0.0, 0.0, 0.0)  # the white space between two runs that do not touch


def _strong_counts(text: str) -> tuple[int, int]:
    """Characters of strong right-to-left and of strong left-to-right direction."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _STRONG_RTL:
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl, ltr


def _run_class(text: str) -> str:
    """A run's bidi class: "L", "R", "EN" or "AN" (a number), "CS" (one separator such as "." or "/") or "N"."""
    rtl, ltr = _strong_counts(text)
    if rtl or ltr:
        return "R" if rtl > ltr else "L"
    kinds = [unicodedata.bidirectional(ch) for ch in text]
    if "AN" in kinds:
        return "AN"
    if "EN" in kinds:
        return "EN"
    return "CS" if len(kinds) == 1 and kinds[0] in _SEPARATOR else "N"


def _touching(a: Fragment, b: Fragment) -> bool:
    """Two runs drawn side by side: pieces of one word, a kashida or a number.

    Runs of two lines can share a row (a table's cells chain their line boxes), and there a word
    above another overlaps it horizontally: only runs that also share some height touch.
    """
    return max(b.x0 - a.x1, a.x0 - b.x1) < 0.15 * min(a.size, b.size) and a.top < b.bottom and b.top < a.bottom


def _logical_order(frags: Sequence[Fragment], rtl: bool) -> list[Fragment]:
    """Runs of one line, given left to right on the page, in reading order for a line of direction `rtl`."""
    # A run starts at its left edge in a left-to-right line and at its right edge otherwise; sorting
    # by that edge keeps a stray mark drawn over a word ("." inside "ارة") on the word's far side.
    visual = sorted(frags, key=(lambda f: f.x1) if rtl else (lambda f: f.x0))
    items: list[Fragment] = []
    kinds: list[str] = []
    for frag in visual:
        # Which side of a right-to-left run its trailing space is drawn on is unknown: any space counts.
        if items and not (
            _touching(items[-1], frag) and items[-1].text.strip() == items[-1].text and frag.text.strip() == frag.text
        ):
            items.append(_GAP)
            kinds.append("N")
        items.append(frag)
        kinds.append(_run_class(frag.text))
    base = "R" if rtl else "L"
    # W7: a number after left-to-right text belongs to it ("Windows 10"); AN never does.
    last_strong = base
    for i, kind in enumerate(kinds):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN":
            kinds[i] = "L" if last_strong == "L" else "NUM"
        elif kind == "AN":
            kinds[i] = "NUM"
    # W4: one separator touching numbers on both sides is part of them ("9" "." "30").
    for i in range(1, len(kinds) - 1):
        if kinds[i] == "CS" and kinds[i - 1] == "NUM" and kinds[i + 1] == "NUM":
            kinds[i] = "NUM"
    # N1/N2: neutrals between two runs of one direction take it (numbers count as right-to-left),
    # other neutrals the line's direction.
    strong = ["N" if k in ("N", "CS") else ("L" if k == "L" else "R") for k in kinds]
    left = [base] * len(kinds)
    seen = base
    for i, k in enumerate(strong):
        left[i] = seen
        if k != "N":
            seen = k
    seen = base
    for i in range(len(kinds) - 1, -1, -1):
        if strong[i] == "N":
            kinds[i] = left[i] if left[i] == seen else base
        else:
            seen = strong[i]
    # I1/I2: embedding level 1 for a right-to-left line, 0 otherwise.
    levels = [(1 if k == "R" else 2) if rtl else (0 if k == "L" else 1 if k == "R" else 2) for k in kinds]
    # L2 reverses runs at or above each level from the highest down; undo it from the lowest up.
    order = list(range(len(items)))
    for level in range(1, max(levels, default=0) + 1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return [items[k] for k in order if items[k] is not _GAP]


def _logical_text(frags: Sequence[Fragment], rtl: bool) -> str:
    """The text of one segment's runs in reading order, a space where runs neither touch nor carry one."""
    text = ""
    previous: Fragment | None = None
    for frag in _logical_order(frags, rtl):
        if previous is not None and not (
            _touching(previous, frag) or previous.text.endswith(" ") or frag.text.startswith(" ")
        ):
            text += " "
        text += frag.text
        previous = frag
    return text


def fragments_to_segments(fragments: Iterable[Fragment]) -> list[list[Fragment]]:
    """Rows of segments, top to bottom: the unit both column and table detection work on."""
    fragments = list(fragments)
    text = "".join([f.text for f in fragments])
    may_be_rtl = not text.isascii() and _RTL_CHAR_RE.search(text) is not None
    return [segs for row in fragments_to_rows(fragments) if (segs := row_to_segments(row, may_be_rtl=may_be_rtl))]


def running_key(segment: Fragment) -> tuple[str, int]:
    """The identity of a line for running-header detection: its text with numbers masked and its position."""
    return (_DIGITS_RE.sub("#", segment.text.lower()), round(segment.top / 6))


def _in_margin(segment: Fragment, page_height: float, fraction: float = DEFAULT_MARGIN_FRACTION) -> bool:
    return segment.bottom <= page_height * fraction or segment.top >= page_height * (1 - fraction)


def _tally(tallies: dict[float, list[int]], size: float, chars: int, position: int) -> None:
    tally = tallies.get(size)
    if tally is None:
        tallies[size] = [chars, position]
    else:
        tally[0] += chars


class CrossPageStats:
    """The decisions that need every page, taken from a summary gathered page by page.

    Running headers/footers are margin lines repeated on `share` of the pages; the body font size
    is the size carrying most characters once those lines (and bare page numbers) are removed.
    Which margin lines go is known only after the last page, so their characters are tallied per
    running key until then. A size's first position is kept because `Counter.most_common`, which
    this replaces, gives a tie to the size seen first.
    """

    def __init__(self, share: float = DEFAULT_RUNNING_SHARE) -> None:
        self.share = share
        self.pages = 0
        self._segments = 0
        self._key_pages: Counter[tuple[str, int]] = Counter()
        # the numbers each margin line holds, by page: a running line's are the same on every page, or count the pages
        self._key_numbers: dict[tuple[str, int], dict[int, tuple[int, ...]]] = {}
        self._kept: dict[float, list[int]] = {}
        self._by_key: dict[tuple[str, int], dict[float, list[int]]] = {}
        # (font size, white space between two lines of it, to the half point): how far apart a
        # paragraph's lines sit, which double-spaced reports set much wider than 0.6 em.
        self._line_gaps: Counter[tuple[float, float]] = Counter()

    def add_page(self, height: float, rows: Sequence[Sequence[Fragment]]) -> None:
        """Count one page's rows of segments, before `remove_running_lines`."""
        self.pages += 1
        keys: set[tuple[str, int]] = set()
        for row in rows:
            for seg in row:
                position = self._segments
                self._segments += 1
                size = round(seg.size, 1)
                if not _in_margin(seg, height):
                    _tally(self._kept, size, len(seg.text), position)
                    continue
                key = running_key(seg)
                keys.add(key)
                numbers = tuple(int(n) for n in _DIGITS_RE.findall(seg.text))
                self._key_numbers.setdefault(key, {}).setdefault(self.pages, numbers)
                if not PAGE_NUMBER_RE.match(seg.text):
                    _tally(self._by_key.setdefault(key, {}), size, len(seg.text), position)
        self._key_pages.update(keys)
        self._count_line_gaps(rows)

    def _count_line_gaps(self, rows: Sequence[Sequence[Fragment]]) -> None:
        previous: tuple[float, float] | None = None  # (size, bottom) of the row above
        for row in rows:
            if not row:
                continue
            size = round(max(f.size for f in row), 1)
            top, bottom = min(f.top for f in row), max(f.line_bottom for f in row)
            if previous is not None and previous[0] == size and 0 <= top - previous[1] < 1.5 * size:
                self._line_gaps[(size, round((top - previous[1]) * 2) / 2)] += 1
            previous = (size, bottom)

    def line_gap(self, size: float) -> float | None:
        """The most common white space between consecutive lines of text of `size`; None if unknown."""
        gaps = Counter({gap: n for (s, gap), n in self._line_gaps.items() if s == round(size, 1)})
        return gaps.most_common(1)[0][0] if gaps else None

    def running_keys(self) -> set[tuple[str, int]]:
        """Keys (see `running_key`) of the margin lines repeated on most pages."""
        if self.pages < 2:
            return set()
        needed = max(2, int(self.pages * self.share + 0.999))
        return {key for key, n in self._key_pages.items() if n >= needed and self._numbers_run(key)}

    def _numbers_run(self, key: tuple[str, int]) -> bool:
        """Whether the numbers of a repeated margin line are those of a running line: each the same on every page,
        or the page's number ("- 2 -", "Acta GRCM - diciembre 2010 - 2"). A catalogue's entries set at the top of
        each page ("Year: 2007 | 96 pages", "Year: 2005 | 88 pages") differ otherwise: they are content."""
        if not re.search(r"[^\W\d_]", key[0]):
            return True  # a number alone ("- 3 -", "6."): a page's number, or a margin's item marks, never content
        by_page = self._key_numbers.get(key, {})
        pages = list(by_page)
        columns = list(zip(*by_page.values(), strict=False))
        return all(len(set(col)) == 1 or len({n - p for n, p in zip(col, pages, strict=True)}) == 1 for col in columns)

    def body_size(self, running: set[tuple[str, int]]) -> float:
        """The font size carrying most characters of the lines `remove_running_lines(rows, height, running)` keeps."""
        tallies = {size: list(tally) for size, tally in self._kept.items()}
        for key, sizes in self._by_key.items():
            if key in running:
                continue
            for size, (chars, position) in sizes.items():
                tally = tallies.setdefault(size, [0, position])
                tally[0] += chars
                tally[1] = min(tally[1], position)
        if not tallies:
            return 10.0
        return max(tallies.items(), key=lambda item: (item[1][0], -item[1][1]))[0]


def remove_running_lines(
    rows: list[list[Fragment]], page_height: float, running: set[tuple[str, int]]
) -> list[list[Fragment]]:
    """Drop running headers/footers and bare page numbers ("3", "- 3 -", "Page 3 of 10") from the margins."""
    kept = []
    for row in rows:
        # A bare number is the page's number alone on its line, or beside the running header; beside a table's
        # other cells near the top of a page it is a day ("29 | Steering Group | Geneva").
        content = [s for s in row if running_key(s) not in running and not PAGE_NUMBER_RE.match(s.text)]
        segs = [
            s
            for s in row
            if not (
                _in_margin(s, page_height) and (running_key(s) in running or (_page_number(s.text) and not content))
            )
        ]
        if segs:
            kept.append(segs)
    return kept


# --- tables without ruling lines ---------------------------------------------------------------


def _column_anchors(rows: Sequence[Sequence[Fragment]], tolerance: float) -> list[float]:
    """Left edges shared by at least two rows: the columns of a candidate table."""
    starts = sorted(s.x0 for row in rows for s in row)
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= tolerance:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [min(c) for c in clusters if len(c) >= 2]


def _looks_like_prose_columns(rows: Sequence[Sequence[Fragment]], page_width: float) -> bool:
    """Two wide columns of many-word lines are a two-column page, not a table."""
    widths = sorted(s.x1 - s.x0 for row in rows for s in row)
    words = sorted(len(s.text.split()) for row in rows for s in row)
    columns = max(len(row) for row in rows)
    return columns <= 4 and widths[len(widths) // 2] > 0.2 * page_width and words[len(words) // 2] >= 5


_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d\.?")
_GROUP_CELL_RE = re.compile(
    r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?:\s+(?:de\s+)?(?:19|20)\d\d)?|(?:19|20)\d\d",
    re.I,
)
_DAYS_CELL_RE = re.compile(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?")
_ANY_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _sizes_disagree(rows: Sequence[Sequence[Fragment]]) -> bool:
    """Whether most rows set their runs in different sizes, and a column's size changes from row to row: two page
    columns whose lines meet by chance (a heading's second line beside a "RAPPORT" kicker, a dateline beside a title).
    A table sets each column in one size, though a label column may be smaller than its values."""
    mixed = sum(1 for row in rows if max(s.size for s in row) - min(s.size for s in row) > ROW_SIZE_TOLERANCE)
    if mixed * 3 < len(rows) * 2:
        return False
    firsts, lasts = [row[0].size for row in rows], [row[-1].size for row in rows]
    return max(firsts) - min(firsts) > ROW_SIZE_TOLERANCE or max(lasts) - min(lasts) > ROW_SIZE_TOLERANCE


def _yearless_day(cell: str) -> bool:
    """ "15-16 January", "3 de marzo": a day and its month, the year still to come."""
    words = re.findall(r"[^\W\d_]+", cell.lower())
    return bool(re.search(r"\d", cell)) and any(w in MONTHS for w in words) and not _ANY_YEAR_RE.search(cell)


def _rows_to_table(rows: Sequence[Sequence[Fragment]], anchors: Sequence[float]) -> Table:
    """Assign each segment to the column whose left edge is nearest at or before it; merge wrapped cells."""
    table_rows: list[list[str]] = []
    boxes: list[list[float]] = []
    for row in rows:
        cells = [""] * len(anchors)
        for seg in row:
            col = max((i for i, a in enumerate(anchors) if a <= seg.x0 + 3), default=0)
            cells[col] = join_lines(cells[col], seg.text)
        box = [min(s.x0 for s in row), min(s.top for s in row), max(s.x1 for s in row), max(s.bottom for s in row)]
        # A row with an empty first cell continues the previous row's wrapped cells, as does one whose first cell
        # is the year a yearless date above it wrapped onto ("15-16 January" / "2009").
        wrapped_year = (
            bool(table_rows)
            and _YEAR_ONLY_RE.fullmatch(cells[0].strip()) is not None
            and _yearless_day(table_rows[-1][0])
        )
        # A row whose first cell is empty under a grouping cell ("January") but which gives its own day beside it is
        # a row of its own, the grouping left blank as a merged cell is.
        own_day = len(cells) > 1 and _DAYS_CELL_RE.fullmatch(cells[1].strip()) is not None
        if table_rows and ((not cells[0] and not own_day) or wrapped_year) and len(anchors) > 1:
            prev = table_rows[-1]
            for i, text in enumerate(cells):
                prev[i] = join_lines(prev[i], text)
            b = boxes[-1]
            boxes[-1] = [min(b[0], box[0]), b[1], max(b[2], box[2]), max(b[3], box[3])]
        else:
            table_rows.append(cells)
            boxes.append(box)
    return _table_of(table_rows, boxes)


def _table_of(
    rows: Sequence[Sequence[str]], boxes: Sequence[Sequence[float]], header: Sequence[str] | None = None
) -> Table:
    """A table of `rows`, each boxed by its `boxes` entry (x0, top, x1, bottom); its header the first row, or
    `header`."""
    return Table(
        rows=tuple(tuple(r) for r in rows),
        row_boxes=tuple((b[0], b[1], b[2], b[3]) for b in boxes),
        x0=min(b[0] for b in boxes),
        top=boxes[0][1],
        x1=max(b[2] for b in boxes),
        bottom=boxes[-1][3],
        header=tuple(header) if header is not None else None,
    )


# "---  ----------  --------": a typed table's rule under its header, a run of dashes over each column
_COLUMN_RULE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
# "=====" or "-----" across the page: a typed page's rule, which ends the table above it
_FULL_RULE = re.compile(r"^\s*(?:={4,}|-{4,}|_{4,})\s*$")
# share by which the ink widths of a typewriter font's lines may differ (a last ")" is narrow)
MONOSPACE_TOLERANCE = 0.1
MIN_TYPED_COLUMNS = 3  # a header typed between two rules names three columns or more
MAX_TYPED_ROW_GAP_EM = 2.5  # a blank line or two between a typed table's rows; more ends the table


def _char_width(row: Sequence[Fragment]) -> float | None:
    """The width of one character of a line set in a fixed-width font (each run's width over its length)."""
    # (a short piece's ink is too uneven a measure: "E-01" or "1)")
    widths = [(s.x1 - s.x0) / len(s.text) for s in row if len(s.text) >= MIN_MEASURED_CHARS]
    if not widths or max(widths) - min(widths) > MONOSPACE_TOLERANCE * max(widths):
        return None
    return sum(widths) / len(widths)


MIN_MEASURED_CHARS = 8


def _typed_cells(row: Sequence[Fragment], spans: Sequence[tuple[float, float]], width: float) -> list[str]:
    """A typed line cut at its table's columns: each character goes to the column it stands under (or, in the gap
    between two, to the one on its left)."""
    cells = [""] * len(spans)
    for seg in row:
        for k, char in enumerate(seg.text):
            x = seg.x0 + (k + 0.5) * width
            col = max((i for i, (left, _) in enumerate(spans) if left - width / 2 <= x), default=0)
            cells[col] += char
        cells = [c + " " for c in cells]
    return [re.sub(r"\s+", " ", c).strip() for c in cells]


def rejoin_typed_lines(rows: list[list[Fragment]]) -> list[list[Fragment]]:
    """The typed lines no typed table took, whole again: "B-01  TYPE: Report" is one line of a record, not two
    columns (the pieces of a line typed with spaces between its columns, `typed_line`, joined by one space each)."""
    out = []
    for row in rows:
        joined: list[Fragment] = []
        # (and a line indented by typed spaces, "          Immigrants: ...", where pdfium boxed it, spaces included)
        row = [replace(s, x0=s.typed_indent_x0, typed_indent_x0=-1.0) if s.typed_indent_x0 >= 0 else s for s in row]
        for seg in row:
            prev = joined[-1] if joined else None
            if prev is not None and seg.typed_line >= 0 and seg.typed_line == prev.typed_line:
                joined[-1] = replace(
                    prev, text=f"{prev.text} {seg.text}", x1=seg.x1, ends_bold=seg.ends_bold, is_bold=prev.is_bold
                )
            else:
                joined.append(seg)
        out.append(joined)
    return out


def dash_ruled_tables(rows: list[list[Fragment]]) -> tuple[list[Table], list[list[Fragment]]]:
    """Tables typed in a fixed-width font: a header line over a rule of dashes, one run per column ("NO. DATE(S)
    MEETING" / "--- ---------- -------"), then the rows, each character under its column's run. A line whose first
    column is empty goes on with the row above (a wrapped cell); a bold line alone ("A. 2009") is a section label
    between two runs of the table, read under the same header; a full rule, a gap of blank lines or another size
    ends it. Returns the tables and the lines left."""
    tables: list[Table] = []
    rest: list[list[Fragment]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        text = " ".join(s.text for s in row)
        width = _char_width(row)
        ruled = _COLUMN_RULE.match(text) and width and rest
        boxed = (
            _FULL_RULE.match(text)
            and width
            and i + 2 < len(rows)
            and _FULL_RULE.match(" ".join(s.text for s in rows[i + 2]))
            and len(rows[i + 1]) >= MIN_TYPED_COLUMNS
            and all(s.typed_line >= 0 for s in rows[i + 1])
        )
        if not (ruled or boxed):
            rest.append(row)
            i += 1
            continue
        if ruled:
            spans = [
                (seg.x0 + m.start() * width, seg.x0 + m.end() * width)
                for seg in row
                for m in re.finditer(r"-{2,}", seg.text)
            ]
            header_row = rest[-1]
        else:
            # "-----" / "N.º   FECHA   ACTIVIDAD   SEDE" / "-----": the header's words, ruled above and below, start
            # its columns
            header_row = rows[i + 1]
            lefts = _typed_lefts(header_row, rows[i + 3 : i + 3 + TYPED_SAMPLE_ROWS], width)
            spans = [(left, right) for left, right in zip(lefts, [*lefts[1:], header_row[-1].x1], strict=True)]
        header = _typed_cells(header_row, spans, width)
        if sum(bool(h) for h in header) < 2:
            rest.append(row)
            i += 1
            continue
        if ruled:
            rest.pop()  # the header is the tables'
        else:
            i, row = i + 2, rows[i + 2]  # the rule under the header
        records: list[list[str]] = []
        boxes: list[list[float]] = []

        j, last = i + 1, row
        while j < len(rows):
            line = rows[j]
            line_text = " ".join(s.text for s in line)
            size = max(s.size for s in line)
            gap = min(s.top for s in line) - max(s.bottom for s in last)
            w = _char_width(line)
            # (a line of short pieces alone, "E-07", gives no measure and goes on)
            same_font = (w is None and any(len(s.text) < MIN_MEASURED_CHARS for s in line)) or (
                w is not None and abs(w - width) <= MONOSPACE_TOLERANCE * width
            )
            if not same_font or gap > MAX_TYPED_ROW_GAP_EM * size or _FULL_RULE.match(line_text):
                break
            cells = _typed_cells(line, spans, width)
            box = [
                min(s.x0 for s in line),
                min(s.top for s in line),
                max(s.x1 for s in line),
                max(s.bottom for s in line),
            ]
            if all(s.is_bold for s in line) and not any(cells[2:]):
                _close_typed(tables, records, boxes, header)  # "A. 2009 (cont.)": a section's label, the table goes on
                rest.append(line)
            elif not cells[0] and records:
                records[-1] = [join_lines(a, b) for a, b in zip(records[-1], cells, strict=True)]
                b = boxes[-1]
                boxes[-1] = [min(b[0], box[0]), b[1], max(b[2], box[2]), max(b[3], box[3])]
            else:
                records.append(cells)
                boxes.append(box)
            last = line
            j += 1
        _close_typed(tables, records, boxes, header)
        i = j
    return tables, rest


TYPED_SAMPLE_ROWS = 12
MIN_ALIGNED_SHARE = 0.4  # of a typed table's rows whose pieces start at one column


def _typed_lefts(header: Sequence[Fragment], below: Sequence[Sequence[Fragment]], width: float) -> list[float]:
    """Where a typed table's columns start: its header's words, and the left edges its rows' pieces share (a header
    typed "N.º FECHA" with one space over "1   22 y 23 de febrero" has two columns there)."""
    typed = [r for r in below if len(r) >= 2 and all(s.typed_line >= 0 for s in r)]
    starts = Counter(round(s.x0 / width) for r in typed for s in r)
    shared = [k * width for k, n in starts.items() if n >= MIN_ALIGNED_SHARE * len(typed)] if typed else []
    lefts = sorted([s.x0 for s in header] + [x for x in shared if all(abs(x - s.x0) > width for s in header)])
    return [x for k, x in enumerate(lefts) if k == 0 or x - lefts[k - 1] > width]


def _close_typed(tables: list[Table], records: list[list[str]], boxes: list[list[float]], header: list[str]) -> None:
    """The rows read so far as one table under `header`, then none."""
    if records:
        tables.append(_table_of(records, boxes, header))
    records.clear()
    boxes.clear()


def segments_to_unruled_tables(
    rows: list[list[Fragment]], page_width: float
) -> tuple[list[Table], list[list[Fragment]]]:
    """Find tables drawn without rules: runs of 3+ rows split into 2+ aligned cells; return them and the rest."""
    tables: list[Table] = []
    rest: list[list[Fragment]] = []
    i = 0
    while i < len(rows):
        if sectioned := _sectioned_table(rows, i, page_width):
            found, between, i = sectioned
            tables += found
            rest += between
            continue
        j = i
        run: list[list[Fragment]] = []
        while j < len(rows):
            row = rows[j]
            prev = run[-1] if run else None
            size = max(s.size for s in row)
            close = prev is None or min(s.top for s in row) - max(s.bottom for s in prev) < 2.5 * size
            # A one-segment row continues a table only as a wrapped cell, i.e. not in the first column.
            multi = len(row) >= 2 or (prev is not None and row[0].x0 > min(s.x0 for s in prev) + 2 * size)
            if not (close and multi):
                break
            run.append(row)
            j += 1
        multi_rows = [r for r in run if len(r) >= 2]
        if len(multi_rows) >= 3:
            size = max(s.size for r in multi_rows for s in r)
            anchors = _column_anchors(multi_rows, tolerance=size)
            if (
                _looks_like_prose_columns(multi_rows, page_width)
                or _sections_side_by_side(run[0])
                or _sizes_disagree(multi_rows)
            ):
                # two columns of prose side by side, read as such to the end of the run: its last few rows, where
                # the columns' paragraphs end in short lines, are no table either
                rest += run
                i = j
                continue
            if len(anchors) >= 2 and not _page_column_goes_on(rows, i, j, anchors[-1], size):
                tables.append(_rows_to_table(run, anchors))
                i = j
                continue
        rest.append(rows[i])
        i += 1
    return tables, rest


COLUMN_CONTEXT_ROWS = 4


def _sections_side_by_side(row: Sequence[Fragment]) -> bool:
    """Whether a run opens with the names of two catalogue sections side by side ("REPORTS" | "BOOKS"): two page
    columns of entries, each under its section, no table."""
    return len(row) >= 2 and all(_SECTION_OF_KIND.fullmatch(s.text.strip(" :")) for s in row)


def _page_column_goes_on(
    rows: Sequence[Sequence[Fragment]], start: int, end: int, last_anchor: float, size: float
) -> bool:
    """Whether a run's right-hand column is a slice of a page column that goes on above or below it: a sidebar
    beside the body text, whose lines meet the body's on a few rows by chance. A table's columns begin and end
    with its rows; lines of their own at its right column's edge, among lines of the left, do not."""
    around = [*rows[max(0, start - COLUMN_CONTEXT_ROWS) : start], *rows[end : end + COLUMN_CONTEXT_ROWS]]
    right_only = sum(1 for row in around if min(s.x0 for s in row) >= last_anchor - size)
    left = sum(1 for row in around if max(s.x1 for s in row) < last_anchor - size)
    return right_only >= 2 and left >= 2


MAX_SECTION_ROW_WORDS = 6  # "January 2008", "Working groups": a section's label inside a table, not its text


def _sectioned_table(
    rows: list[list[Fragment]], start: int, page_width: float
) -> tuple[list[Table], list[list[Fragment]], int] | None:
    """A table drawn without rules whose rows come a few at a time under labels of their own ("January 2008", then
    "15-16 | Working Group on Return | Geneva"): three rows or more of cells on the same column edges, separated
    only by short one-run lines. Each run of rows is a table; the labels stay lines (the headings of the rows
    below them). None where `rows[start]` opens no such table."""
    if len(rows[start]) < 2:
        return None
    end, multi = start, []
    while end < len(rows):
        row = rows[end]
        size = max(s.size for s in row)
        if end > start and min(s.top for s in row) - max(s.bottom for s in rows[end - 1]) >= 2.5 * size:
            break
        if len(row) >= 2:
            multi.append(row)
        elif len(row[0].text.split()) > MAX_SECTION_ROW_WORDS or end + 1 >= len(rows) or len(rows[end + 1]) < 2:
            break  # a label comes before more rows; anything else ends the table
        end += 1
    if len(multi) < 3 or len(multi) == end - start:
        return None  # no label inside: a plain run, which the caller reads
    size = max(s.size for r in multi for s in r)
    anchors = _column_anchors(multi, tolerance=size)
    aligned = all(any(abs(seg.x0 - a) <= size for a in anchors) for row in multi for seg in row)
    if len(anchors) < 2 or not aligned or _looks_like_prose_columns(multi, page_width) or _sizes_disagree(multi):
        return None
    runs: list[list[list[Fragment]]] = [[]]
    labels = []
    for row in rows[start:end]:
        if len(row) >= 2:
            runs[-1].append(row)
        else:
            labels.append(row)
            runs.append([])
    tables = [_rows_to_table(run, anchors) for run in runs if run]
    # A first run that is one row of words ("Date | Meeting | Venue") is the header of every run below it.
    first = tables[0].rows[0]
    if len(runs[0]) == 1 and not any(re.search(r"\d", cell) for cell in first):
        return [replace(t, header=first) for t in tables[1:]], labels, end
    return [replace(t, header=()) for t in tables], labels, end


# A list marker alone: "1.", "c.", "iv)", "•". OCR and some word processors draw it as a run of its own,
# far enough left of the item text to read as a separate cell.
_LETTER_MARKER = re.compile(r"^\s*\(?[A-Z][.)]\s+")
LIST_MARKER_RE = re.compile(r"^(?:" + _BULLETS + r"|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}[.)])$")
MARKER_GAP_EM = 4.0  # a marker this far or farther from the next run labels a column, not an item


def attach_list_markers(row: Sequence[Fragment]) -> list[Fragment]:
    """A row opening with a bare list marker and then its item's text: one segment, so the item
    is read as a list item (with its number) instead of a marker line and an unnumbered line."""
    if len(row) < 2 or not LIST_MARKER_RE.match(row[0].text.strip()):
        return list(row)
    marker, text = row[0], row[1]
    if text.x0 - marker.x1 > MARKER_GAP_EM * max(marker.size, text.size):
        return list(row)
    merged = _merge(marker, text)
    return [replace(merged, text=f"{marker.text.strip()} {text.text}", size=text.size, marked=True), *row[2:]]


# --- tables with ruling lines, on a regular grid ------------------------------------------------


def _cluster(values: Iterable[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def rules_to_regular_grid(
    horizontal: Sequence[tuple[float, float, float]], vertical: Sequence[tuple[float, float, float]], tol: float = 2.0
) -> tuple[list[float], list[float]] | None:
    """Column xs and row ys of one grid whose rules all run the table's full width and height.

    Rules come joined, as (y, x0, x1) and (x, y0, y1) with y growing downwards. Anything less
    regular (merged cells, two tables on a page) returns None and is left to pdfplumber.
    """
    columns = [v for v in vertical if v[2] - v[1] > 10]
    if len(columns) < 3:
        return None
    top, bottom = min(v[1] for v in columns), max(v[2] for v in columns)
    xs = _cluster((v[0] for v in columns), tol)
    if len(xs) < 3 or any(v[1] > top + tol or v[2] < bottom - tol for v in columns):
        return None
    left, right = xs[0], xs[-1]
    inside = [h for h in horizontal if top - tol <= h[0] <= bottom + tol and h[2] > left + tol and h[1] < right - tol]
    if any(h[1] > left + tol or h[2] < right - tol for h in inside):
        return None
    ys = _cluster((h[0] for h in inside), tol)
    if len(ys) < 3 or ys[0] > top + tol or ys[-1] < bottom - tol:
        return None
    return xs, ys


MIN_BORDER_ROWS = 3  # rules: a header and two rows at least
LINE_STEP_EM = 1.5  # from one line's top to the next within a cell: wider is a gap between blocks


def cell_borders_to_grid(
    horizontal: Sequence[tuple[float, float, float]], fragments: Sequence[Fragment], tol: float = 2.0
) -> tuple[list[float], list[float]] | None:
    """Column xs and row ys of a table drawn with horizontal cell borders only, y growing downwards.

    Word processors and report generators draw each cell's top and bottom border on its own, so a
    row's rule is a chain of segments that meet at the column edges, and the column edges are where
    they meet even without a vertical rule. The longest run of such rules that break at the same
    edges is the table; a single full-width rule (under a heading, between cards) never qualifies.
    """
    by_y: dict[float, list[tuple[float, float]]] = {}
    for y, x0, x1 in horizontal:
        key = next((k for k in by_y if abs(k - y) <= tol), y)
        segments = by_y.setdefault(key, [])
        # a filled header cell's outline and a border drawn on it are one segment
        if not any(abs(a - x0) <= tol and abs(b - x1) <= tol for a, b in segments):
            segments.append((x0, x1))
    chains: list[tuple[float, list[float]]] = []
    for y in sorted(by_y):
        segments = by_y[y]
        if len(segments) < 2:
            continue
        edges = _cluster((x for seg in segments for x in seg), tol)
        if len(edges) >= 3 and len(edges) == len(segments) + 1:  # segments end to end, none overlapping
            chains.append((y, edges))
    best: list[tuple[float, list[float]]] = []
    run: list[tuple[float, list[float]]] = []
    for y, edges in chains:
        same = (
            run
            and len(edges) == len(run[-1][1])
            and all(abs(a - b) <= tol for a, b in zip(edges, run[-1][1], strict=True))
        )
        run = [*run, (y, edges)] if same else [(y, edges)]
        if len(run) > len(best):
            best = run
    if len(best) < MIN_BORDER_ROWS:
        return None
    xs, ys = best[0][1], [y for y, _ in best]
    return xs, _open_ends(xs, ys, fragments)


def _open_ends(xs: Sequence[float], ys: Sequence[float], fragments: Sequence[Fragment]) -> list[float]:
    """Close a table whose first row has no rule above it or last row none below (borders drawn on one side
    of each row only): the row is the lines set close beyond the end rule, within one row's height, if they keep
    to the cells and fill two of them at least (a lone "2008" above the header labels a section, it is no row)."""
    pitch = max(b - a for a, b in zip(ys, ys[1:], strict=False))
    out = list(ys)
    for inner, sign in ((ys[-1], 1), (ys[0], -1)):
        band = _lines_beyond([f for f in fragments if 0 < sign * ((f.top + f.bottom) / 2 - inner) < pitch], sign)
        columns = {_column_of(f, xs) for f in band}
        if len(columns) >= 2 and None not in columns:
            if sign > 0:
                out.append(max(f.bottom for f in band) + 1)
            else:
                out.insert(0, min(f.top for f in band) - 1)
    return out


def _lines_beyond(band: Sequence[Fragment], sign: int) -> list[Fragment]:
    """The runs of a band's lines nearest its rule, up to the first gap wider than a line's spacing: a caption
    set apart above a table is no part of its header."""
    kept: list[Fragment] = []
    last: float | None = None
    for frag in sorted(band, key=lambda f: sign * f.top):
        if last is not None and abs(frag.top - last) > LINE_STEP_EM * frag.size:
            break
        kept.append(frag)
        last = frag.top
    return kept


def _column_of(frag: Fragment, xs: Sequence[float]) -> int | None:
    """The column a run keeps to, None if it crosses a column's edge or lies outside the table."""
    return next(
        (j for j, (a, b) in enumerate(zip(xs, xs[1:], strict=False)) if a - 1 <= frag.x0 and frag.x1 <= b + 1), None
    )


def grid_to_table(xs: Sequence[float], ys: Sequence[float], fragments: Iterable[Fragment]) -> Table | None:
    """Fill a grid's cells with the fragments whose centres fall inside them, lines joined in order.

    None when a text run crosses a column rule or a column stays empty: pdfium's runs do not
    follow the cells there (or a double rule made a phantom column), and pdfplumber's
    character-level cells are needed.
    """
    cells: dict[tuple[int, int], list[Fragment]] = {}
    for frag in fragments:
        cx, cy = (frag.x0 + frag.x1) / 2, (frag.top + frag.bottom) / 2
        col = next((j for j in range(len(xs) - 1) if xs[j] <= cx < xs[j + 1]), None)
        row = next((i for i in range(len(ys) - 1) if ys[i] <= cy < ys[i + 1]), None)
        if col is not None and row is not None:
            if frag.x0 < xs[col] - 1 or frag.x1 > xs[col + 1] + 1:
                return None
            cells.setdefault((row, col), []).append(frag)
    if {col for _, col in cells} != set(range(len(xs) - 1)):
        return None
    rows: list[tuple[str, ...]] = []
    boxes: list[tuple[float, float, float, float]] = []
    for i in range(len(ys) - 1):
        texts = []
        for j in range(len(xs) - 1):
            text = ""
            for segs in fragments_to_segments(cells.get((i, j), [])):
                for seg in segs:
                    text = join_lines(text, seg.text)
            texts.append(text)
        if any(texts):
            rows.append(tuple(texts))
            boxes.append((xs[0], ys[i], xs[-1], ys[i + 1]))
    if len(rows) < 2:
        return None
    return Table(tuple(rows), tuple(boxes), xs[0], ys[0], xs[-1], ys[-1])


# --- date badges --------------------------------------------------------------------------------

_BADGE_PARTS = (
    ("day", re.compile(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?")),
    ("month", re.compile(r"(?i)(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?")),
    ("year", re.compile(r"(?:19|20)\d\d")),
)
MAX_BADGE_WIDTH = 60  # points: a badge's piece is a few characters set in a box
LONE_DAYS_SHARE = 3  # a column of badges may hold a day whose month was set on its place's line, not many
MAX_BADGE_GAP_EM = 5.0  # between a badge's pieces, in the larger piece's size: a title's lines may sit between


def _badge_part(seg: Fragment) -> str | None:
    if seg.x1 - seg.x0 > MAX_BADGE_WIDTH:
        return None
    text = seg.text.strip()
    return next((name for name, pattern in _BADGE_PARTS if pattern.fullmatch(text)), None)


_Piece = tuple[float, int, int, str]  # a badge piece's top, row, place in the row and part


def _overlap(a: Fragment, b: Fragment) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _badge_groups(pieces: Sequence[_Piece], rows: Sequence[Sequence[Fragment]]) -> list[list[_Piece]]:
    """The pieces stacked into each badge, top to bottom, each piece in one group (a group of one is no badge)."""
    groups: list[list[_Piece]] = []
    used: set[int] = set()
    for k, piece in enumerate(pieces):
        if k in used:
            continue
        group, first = [piece], rows[piece[1]][piece[2]]
        column = [(m, p) for m, p in enumerate(pieces) if m > k and _overlap(rows[p[1]][p[2]], first)]
        for m, p in column:
            seg, last = rows[p[1]][p[2]], rows[group[-1][1]][group[-1][2]]
            if p[3] in {g[3] for g in group} or seg.top - last.bottom > MAX_BADGE_GAP_EM * max(seg.size, last.size):
                break
            group.append(p)
            used.add(m)
        groups.append(group)
    return groups


def _beside(seg: Fragment, rows: Sequence[Sequence[Fragment]]) -> bool:
    return any(o.x0 > seg.x1 and abs(o.top - seg.top) <= LABEL_TOP_TOLERANCE for row in rows for o in row)


def _month_heading(group: Sequence[_Piece], rows: Sequence[Sequence[Fragment]]) -> bool:
    """Whether a month over a day is a month's heading over the first of its days ("JANUARY" alone on its line, "17"
    on the next, beside its entry), not a badge's piece."""
    if len(group) < 2 or group[0][3] != "month" or group[1][3] != "day":
        return False
    month, day = (rows[p[1]][p[2]] for p in group[:2])
    return day.top - month.bottom < month.size and not _beside(month, rows) and _beside(day, rows)


def stack_badges(rows: Sequence[Sequence[Fragment]]) -> list[list[Fragment]]:
    """Join a date badge whose pieces are stacked in a narrow column ("APR" over an event's title, "20" under it,
    "2009" below) into one date on the line of the title it stands beside, so the event is read with its whole
    date. Pieces of one badge are one each of day, month and year, in one column. A column where many days stand
    without a month, or a month stands on its own line over a day, is a list of days under month headings
    ("JANUARY" / "17" / "29"), not of badges."""
    pieces = sorted(
        (seg.top, i, j, part) for i, row in enumerate(rows) for j, seg in enumerate(row) if (part := _badge_part(seg))
    )
    groups = _badge_groups(pieces, rows)
    lone_days = [rows[g[0][1]][g[0][2]] for g in groups if len(g) == 1 and g[0][3] == "day"]
    lone_days += [rows[g[0][1]][g[0][2]] for g in groups if _month_heading(g, rows)]
    moved: dict[int, list[Fragment]] = {i: [] for i in range(len(rows))}
    dropped: set[tuple[int, int]] = set()
    for group in groups:
        segs = [rows[p[1]][p[2]] for p in group]
        first, last = segs[0], segs[-1]
        if len(group) < 2 or "month" not in {p[3] for p in group}:
            continue
        badges = sum(1 for g in groups if len(g) > 1 and _overlap(rows[g[0][1]][g[0][2]], first))
        if sum(1 for d in lone_days if _overlap(d, first)) * LONE_DAYS_SHARE >= badges:
            continue  # a list of days under month headings
        badge = replace(
            first, text=" ".join(s.text.strip() for s in segs), x0=min(s.x0 for s in segs), x1=max(s.x1 for s in segs)
        )
        # The badge dates the entry whose title it stands beside: the largest line right of it, within its height
        beside = [
            (seg.size, -seg.top, r)
            for r, row in enumerate(rows)
            for seg in row
            if seg.x0 > badge.x1 and first.top - LABEL_TOP_TOLERANCE <= seg.top <= last.bottom + LABEL_TOP_TOLERANCE
        ]
        if beside:
            r = max(beside)[2]
            title = next(seg for seg in rows[r] if seg.x0 > badge.x1)
            badge = replace(badge, top=title.top, bottom=title.top + badge.height)
        moved[r if beside else group[0][1]].append(badge)
        dropped.update((p[1], p[2]) for p in group)
    if not dropped:
        return [list(row) for row in rows]
    out = [
        sorted([*(seg for j, seg in enumerate(row) if (i, j) not in dropped), *moved[i]], key=lambda f: f.x0)
        for i, row in enumerate(rows)
    ]
    return [row for row in out if row]


# --- reading order ------------------------------------------------------------------------------

Item = Fragment | Table


def _find_gutter(items: Sequence[Item], x_min: float, x_max: float) -> float | None:
    """An x where a vertical strip of white separates 3+ items on each side, crossed by few items."""
    text_items = [it for it in items if isinstance(it, Fragment)]
    if len(text_items) < 6:
        return None
    # Single-column prose crosses every candidate x: no need to scan.
    if sum(1 for it in items if it.x0 < x_min - 4 and it.x1 > x_max + 4) > 0.2 * len(items):
        return None
    best: tuple[int, float] | None = None
    x = x_min
    while x <= x_max:
        crossing = sum(1 for it in items if it.x0 < x + 4 and it.x1 > x - 4)
        left = [it for it in text_items if it.x1 <= x - 4]
        right = [it for it in text_items if it.x0 >= x + 4]
        if len(left) >= 3 and len(right) >= 3:
            overlap = min(max(it.bottom for it in left), max(it.bottom for it in right)) - max(
                min(it.top for it in left), min(it.top for it in right)
            )
            if overlap > 0 and (best is None or crossing < best[0]):
                best = (crossing, x)
        x += 3
    if best is None or best[0] > 0.2 * len(items):
        return None
    return best[1]


def line_tops(rows: Sequence[Sequence[Fragment]]) -> dict[int, float]:
    """For `items_to_reading_order`: the segments of each left-to-right line of several, by `id`, with the
    line's top. A right-to-left line keeps being read by its runs' tops."""
    return {
        id(s): top
        for row in rows
        if len(row) > 1 and not any(_RTL_CHAR_RE.search(s.text) for s in row)
        for top in (min(f.top for f in row),)
        for s in row
    }


def items_to_reading_order(
    items: Sequence[Item], x_min: float, x_max: float, depth: int = 0, line_tops: dict[int, float] | None = None
) -> list[Item]:
    """Order a page's segments and tables: by columns where a gutter splits them, else top to bottom.

    Items crossing the gutter (a full-width title, a wide table) cut the page into bands; each band
    is read left column first, then right. `line_tops` gives the segments of one line (by `id`) the
    line's top, so that they are read left to right even when a later run sits a little higher.
    """
    tops = line_tops or {}
    ordered = sorted(items, key=lambda it: (round(tops.get(id(it), it.top), 1), it.x0))
    if depth >= 3:
        return ordered
    gutter = _find_gutter(ordered, x_min, x_max)
    if gutter is not None and depth == 0 and _label_column(ordered, gutter):
        gutter = None  # a narrow column of dates or labels beside the text they head: rows, not columns
    if gutter is None:
        return _column_bands(ordered, x_min, x_max, line_tops) if depth == 0 else ordered
    return _by_columns(ordered, gutter, x_min, x_max, depth, line_tops)


def _by_columns(
    ordered: list[Item], gutter: float, x_min: float, x_max: float, depth: int, line_tops: dict[int, float] | None
) -> list[Item]:
    """Items read left column first, then right, in bands cut by the items crossing the gutter."""
    result: list[Item] = []
    band: list[Item] = []

    def flush() -> None:
        left = [it for it in band if (it.x0 + it.x1) / 2 < gutter]
        right = [it for it in band if (it.x0 + it.x1) / 2 >= gutter]
        width = x_max - x_min
        result.extend(items_to_reading_order(left, x_min - width / 2, gutter - 20, depth + 1, line_tops))
        result.extend(items_to_reading_order(right, gutter + 20, x_max + width / 2, depth + 1, line_tops))
        band.clear()

    def crossing(it: Item) -> bool:
        return it.x0 < gutter - 4 and it.x1 > gutter + 4

    # A heading under both columns is followed by full-width text or a table (or nothing), a column's own
    # heading by more of its column.
    followed_by_column = [not crossing(nxt) for nxt in ordered[1:]] + [False]
    for it, more in zip(ordered, followed_by_column, strict=True):
        if crossing(it):
            flush()
            result.append(it)
        else:
            if not more and _below_columns(it, band, gutter):
                flush()  # a heading set under both columns, left-aligned: it follows the right column too
            band.append(it)
    flush()
    return result


def _column_bands(ordered: list[Item], x_min: float, x_max: float, line_tops: dict[int, float] | None) -> list[Item]:
    """A page of full-width text with a short stretch set in two columns (a report's "Selected publications" as
    two entries a row): each stretch between full-width lines is read left column first where a gutter splits it
    and both columns' lines fill their column, as prose does and a table's cells do not."""
    page_width = (x_max - x_min) * 2  # the caller's range is the page's middle half
    wide = [isinstance(it, Table) or it.x1 - it.x0 > 0.6 * page_width for it in ordered]
    result: list[Item] = []
    start = 0
    for end in [*(i for i, w in enumerate(wide) if w), len(ordered)]:
        band = ordered[start:end]
        gutter = _find_gutter(band, x_min, x_max) if len(band) >= MIN_BAND_LINES else None
        if gutter is not None and _prose_columns(band, gutter):
            result += _by_columns(band, gutter, x_min, x_max, 1, line_tops)
        else:
            result += band
        result += ordered[end : end + 1]
        start = end + 1
    return result


MIN_BAND_LINES = 6


def _label_column(items: Sequence[Item], gutter: float) -> bool:
    """Whether the items left of a gutter are a narrow column of labels ("Tuesday, September 14" beside the event it
    dates), too narrow for a column of text. Lines crossing the gutter (a heading or a paragraph's short last line
    over the columns) cut bands; they are no part of either column."""
    left = [it for it in items if isinstance(it, Fragment) and it.x1 <= gutter + 4]
    if not left or max(it.x1 for it in left) - min(it.x0 for it in left) >= MIN_TEXT_COLUMN_WIDTH:
        return False
    # A label stands on the line of the text it heads; a narrow sidebar's lines keep their own pitch
    right_tops = [it.top for it in items if isinstance(it, Fragment) and it.x0 >= gutter - 4]
    beside = sum(1 for it in left if any(abs(it.top - top) <= LABEL_TOP_TOLERANCE for top in right_tops))
    return beside * 2 >= len(left)


LABEL_TOP_TOLERANCE = 2.0  # points


MIN_TEXT_COLUMN_WIDTH = 150  # points: a column of text is wider (two columns on A4 or Letter run ~240 each)


def _prose_columns(band: Sequence[Item], gutter: float) -> bool:
    """Whether the lines on each side of a gutter fill most of their column (prose), unlike a table's cells."""
    left = [it for it in band if (it.x0 + it.x1) / 2 < gutter]
    right = [it for it in band if (it.x0 + it.x1) / 2 >= gutter]
    if len(left) < MIN_BAND_LINES // 2 or len(right) < MIN_BAND_LINES // 2:
        return False
    for side in (left, right):
        x0, x1 = min(it.x0 for it in side), max(it.x1 for it in side)
        widths = sorted(it.x1 - it.x0 for it in side)
        if widths[len(widths) // 2] < 0.7 * (x1 - x0) or x1 - x0 < MIN_TEXT_COLUMN_WIDTH:
            return False
    return True


def _below_columns(item: Item, band: Sequence[Item], gutter: float) -> bool:
    """Whether a left-side item opens what comes after the columns: every right-column item ends above it and
    it sits a paragraph's gap below the left column's last line, which a column's next line never does."""
    if not isinstance(item, Fragment) or (item.x0 + item.x1) / 2 >= gutter:
        return False
    left = [it for it in band if (it.x0 + it.x1) / 2 < gutter]
    right = [it for it in band if (it.x0 + it.x1) / 2 >= gutter]
    if not left or not right or max(it.bottom for it in right) >= item.top:
        return False
    return item.top - max(it.bottom for it in left) > 0.8 * item.size


# --- blocks -------------------------------------------------------------------------------------


def _grouped_down(rows: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """Rows whose first cell is blank under a month or a year that groups them (a cell merged over several rows,
    as "January" over that month's meetings), with that month or year written in."""
    firsts = [r[0].strip() for r in rows if r and r[0].strip()]
    grouping = firsts and all(_GROUP_CELL_RE.fullmatch(f) for f in firsts) and len(firsts) < len(rows)
    out, above = [], ""
    for row in rows:
        if grouping and row and not row[0].strip() and any(c.strip() for c in row[1:]):
            row = (above, *row[1:])
        above = row[0] if row else above
        out.append(tuple(row))
    return out


@dataclass(slots=True)
class _Open:
    kind: str
    text: str
    page: int
    box: list[float]
    size: float
    is_bold: bool
    last: Fragment
    gap: float | None = None  # the white space between the block's own lines, once it has two
    pitch: float | None = None  # from the top of one of its lines to the top of the next, once it has two


MAX_SECTION_WORDS = 8


def _section_line(line: Fragment, after: Fragment) -> bool:
    """Whether a numbered item's only line is a section's title over its text: a few words that stop well short of
    where the next line, opening with a capital, runs on to."""
    width = after.x1 - after.x0
    return (
        len(line.text.split()) <= MAX_SECTION_WORDS + 1
        and after.text[:1].isupper()
        and width > 0
        and after.x1 - line.x1 > 0.3 * width
    )


MIN_ITALIC_WORDS = 2  # a phrase, not a word stressed or a foreign term
MAX_ITALIC_WORDS = 40  # longer is a note set in italics, no title


def _italics_inside(italics: Sequence[Italic], text: str, box: Sequence[float]) -> tuple[str, ...]:
    """The italic phrases of a page that lie inside a block's box and read in its text."""
    x0, top, x1, bottom = box
    return tuple(
        it.text
        for it in italics
        if MIN_ITALIC_WORDS <= len(it.text.split()) <= MAX_ITALIC_WORDS
        and x0 - 2 <= (it.x0 + it.x1) / 2 <= x1 + 2
        and top - 2 <= (it.top + it.bottom) / 2 <= bottom + 2
        and it.text in text
    )


MAX_TITLE_HEAD_WORDS = 12


def _date_across(line: str, below: str) -> bool:
    """Whether a date runs from the end of a line onto the next ("**Workshop on X**, Ottawa, 6-7" / "February 2012.
    Hosted by ...")."""
    tail, head = line.rstrip()[-DATE_SPLIT_CHARS:], below.lstrip()[:DATE_SPLIT_CHARS]
    return any(d.begin < len(tail) < d.stop for d in find_dates(f"{tail} {head}"))


DATE_SPLIT_CHARS = 24  # either side of the break: enough for "15 de" / "septiembre de 2011"
# A line broken inside the byline it opens after a title's stop: "... A Profile. By", "... Asia-Pacific. By Kenji"
_OPEN_LINE_END = re.compile(r"[.?!]\s+(?:By|Par|Por|Edited by)(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}$")
# A line end that leaves a title open: its colon before the subtitle, a comma, an abbreviation's stop ("U.S.",
# "D.C.", "Inc.")
_OPEN_TITLE_END = re.compile(r"[:,]$|\b(?:[A-Z]\.){2,}$|\b(?:Inc|Co|Ltd|St|Dr|Mr|Mrs|Ms|No|Vol)\.$")


MAX_DATELINE_LABEL_CHARS = 40
# A line ending on a word that needs the next line: a sentence or a date wrapped, not a title closed
_WRAPPED_LINE_END = re.compile(
    r"\b(?:de|del|la|el|los|las|en|y|a|al|of|the|and|on|in|at|to|for|from|du|des|le|les|et|à|au|aux|sur|por|para"
    r"|con|with|\d{1,2})\s*$",
    re.I,
)


def _dateline_under_title(ob: _Open, seg: Fragment) -> bool:
    """Whether a list item's one line is a title (no stop closes it) and the line under it opens with the record's
    date, alone or after a short label ("June 28-29, 2011 - Toronto", "Webinar, September 14, 2011 - online")."""
    if ob.kind != BlockKind.LIST_ITEM.value or abs(ob.box[1] - ob.last.top) >= 1:
        return False  # an item of one line only: its title
    if ob.last.text.rstrip().endswith((".", ",", ";", ":", "-", "–")) or find_dates(ob.text):
        return False
    if _WRAPPED_LINE_END.search(ob.last.text):
        return False  # "... del 11 al 15 de" / "octubre de 2010.": a sentence wrapped, no title over its dateline
    dates = find_dates(seg.text[: MAX_DATELINE_LABEL_CHARS + 30])
    if not dates:
        return False
    label = seg.text[: dates[0].begin].strip()
    return (
        not label
        or (
            len(label) <= MAX_DATELINE_LABEL_CHARS
            and label.endswith(",")
            and label.count(",") == 1  # "Overview, IGC Secretariat, June 2011": a title's last word, then its imprint
            and label[:1].isupper()
            and not any(ch in label for ch in ".()")  # "Reunification (Ottawa, 14-15 June 2007)": a sentence wrapped
        )
    )


def _bold_title_under(ob: _Open, seg: Fragment) -> bool:
    """Whether a line all in bold and set larger than the regular text above it opens the next entry: "Tomás
    Arriaga" (the last entry's author) over "**Unaccompanied Minors at the US-Mexico Border:**", which its colon keeps
    from reading as a heading."""
    return seg.is_bold and seg.ends_bold and not ob.is_bold and not ob.last.is_bold and seg.size > ob.last.size + 0.5


@dataclass(kw_only=True)
class BlockBuilder(BlockSink):
    """Turns ordered page items into `Block`s, carrying heading and table state across pages."""

    body_size: float
    line_gap: float | None = None  # the usual white space between a paragraph's lines (`CrossPageStats.line_gap`)
    open_block: _Open | None = None
    table_header: tuple[str, ...] = ()
    table_columns: int = 0
    table_page: int = 0
    # Headings seen before the last table, and whether anything new came after it: a table opening
    # the next page after only a repeated title continues the last one.
    seen_headings: set[str] = field(default_factory=set)
    new_since_table: bool = False
    italics: Sequence[Italic] = ()  # the page's italic phrases, while its items are read

    def _is_heading(self, seg: Fragment) -> bool:
        if len(seg.text) > 200:
            return False
        if not any(ch.isalpha() for ch in seg.text):
            return (seg.is_bold or seg.size >= self.body_size * DEFAULT_HEADING_SIZE_RATIO) and bool(
                _YEAR_HEADING_RE.match(seg.text.strip())
            )
        if seg.size >= self.body_size * DEFAULT_HEADING_SIZE_RATIO:
            # "- Secretaría Técnica de la CRM. Informe ...", "a) Incorporar ...": an item of a list set in the text's
            # own size where a large table made the body size look smaller, not a heading; nor is its next line
            ob = self.open_block
            continues = ob is not None and ob.kind == BlockKind.LIST_ITEM.value and abs(ob.size - seg.size) < 0.3
            # nor a sentence introducing what follows ("Durante el año se concluyeron los siguientes productos:")
            intro = seg.text.rstrip().endswith(":") and len(seg.text.split()) >= MIN_INTRO_WORDS
            return seg.is_bold or not (_LIST_ITEM_LEAD.match(seg.text) or continues or intro)
        if seg.is_bold and not seg.ends_bold and _RUN_IN_STOP.search(seg.text):
            return False  # "**Working Group on Return.** The group met in Brussels on ...": a run-in title
        return seg.is_bold and len(seg.text) <= 120 and not seg.text.rstrip().endswith((".", ",", ";", ":"))

    def _emit(self, kind: str, text: str, page: int, box: Sequence[float], **extra: object) -> None:
        if kind == BlockKind.HEADING.value:
            text = strip_footnote_markers(text)
        if not text:
            return
        if kind in (BlockKind.PARAGRAPH.value, BlockKind.LIST_ITEM.value) and self.italics:
            extra["emphasis"] = _italics_inside(self.italics, text, box)
        self.append_block(kind, text, page=page, locator=",".join(f"{v:.1f}" for v in box), **extra)
        if kind == BlockKind.HEADING.value:
            if text not in self.seen_headings:
                self.new_since_table = True
                self.seen_headings.add(text)
        elif kind != BlockKind.TABLE_ROW.value:
            self.new_since_table = True

    def close(self) -> None:
        """Emit the paragraph, list item or heading being built."""
        ob = self.open_block
        if ob is not None:
            self._emit(ob.kind, ob.text, ob.page, ob.box, font_size=ob.size, is_bold=ob.is_bold)
        self.open_block = None

    def _continues(self, ob: _Open, seg: Fragment, kind: str, bullet: bool) -> bool:
        last = ob.last
        gap = seg.top - last.line_bottom
        if ob.kind == BlockKind.LIST_ITEM.value and kind == BlockKind.PARAGRAPH.value and not bullet:
            # An item's later lines carry no marker, so they arrive as paragraph lines; a run further
            # right on the item's own line is its text cut by a wide justified gap.
            if abs(seg.size - ob.size) > 1.0 or SUB_ITEM_RE.match(seg.text):
                return False
            if seg.x0 >= last.x1 and seg.top < last.bottom and seg.bottom > last.top:
                return True
            kind = ob.kind
        if (
            kind == ob.kind == BlockKind.PARAGRAPH.value
            and seg.top < last.top - last.height
            and seg.x0 >= last.x1 - 1
            and abs(seg.size - ob.size) <= 1.0
            and not last.text.rstrip().endswith((".", ":", "!", "?"))
            and last.x1 - last.x0 >= FULL_LINE_SHARE * (ob.box[2] - ob.box[0])
        ):
            # a sentence cut by the foot of a column goes on at the head of the next one; a short last line ("Book |
            # Washington, DC: MPI |" / "March 2012") ends its entry there
            return True
        # A gap wider than the document's own line spacing starts a paragraph; 0.6 em at least.
        paragraph_gap = max(DEFAULT_PARAGRAPH_GAP_EM * last.size, 1.35 * (self.line_gap or 0.0))
        if ob.pitch is not None and abs(seg.top - last.top - ob.pitch) <= SAME_PITCH_EM * last.size:
            # set at the block's own line pitch: a line without descenders under one without ascenders
            # ("... for Border" / "Officials" / "15-19 October 2012") only looks a paragraph's gap apart
            paragraph_gap = max(paragraph_gap, gap)
        if bullet or kind != ob.kind or gap < -0.5 * last.height or gap > paragraph_gap:
            return False
        spaced = ob.gap is not None and gap - max(ob.gap, 0.0) > ENTRY_GAP_EM * last.size
        if kind == BlockKind.PARAGRAPH.value and spaced:
            return False  # a reference list's entries, each wrapped close and set apart by more space than that
        if abs(seg.size - ob.size) > 1.0:
            return False
        if kind == BlockKind.PARAGRAPH.value and _bold_title_under(ob, seg):
            return False
        if kind == BlockKind.PARAGRAPH.value and _DATED_ENTRY_END.search(last.text) and seg.text[:1].isupper():
            return False  # "Title, November 2010" / "Title, May 2010": a list's entries, each closed by its date
        if kind == BlockKind.PARAGRAPH.value and ob.text == last.text and _dateline_alone(last.text):
            return False  # "Sunday 29 May 2011, Hotel Kämp" over its entry's text: the entry's dateline
        if kind == BlockKind.HEADING.value:
            # A bold line a size smaller is the next level ("Reports" over a report's bold title), not a wrap.
            return abs(seg.size - ob.size) < HEADING_LEVEL_STEP
        if ob.kind == BlockKind.LIST_ITEM.value:
            # A hanging indent continues the item; so does a line under its marker that goes on with the sentence
            # the item's line left open ("... Centroamérica y México," / "2012-2013. San José: ST-CRM, 2013.").
            open_sentence = not last.text.rstrip().endswith((".", ":", "!", "?", ";"))
            if open_sentence and _section_line(last, seg) and abs(ob.box[1] - last.top) < 1:
                # "8. Next meetings and any other business" over "The next ...": a title; but not a bulleted title
                # over its dateline ("• Expert Workshop on ..." / "June 28-29, 2011 - Toronto, Ontario. ...")
                return _dateline_under_title(ob, seg)
            return seg.x0 > ob.box[0] + 2 or open_sentence
        # A first-line indent after a line ending a sentence starts a new paragraph.
        return not (seg.x0 > ob.box[0] + 1.5 * seg.size and last.text.endswith((".", ":", "!", "?")))

    @staticmethod
    def _line_below(ob: _Open, seg: Fragment) -> bool:
        """Whether a line sits right under the block being built: same size, same left edge, a line's gap."""
        last = ob.last
        return (
            abs(seg.size - ob.size) < HEADING_LEVEL_STEP
            and abs(seg.x0 - ob.box[0]) <= TITLE_TAIL_INDENT
            and 0 <= seg.top - last.line_bottom <= DEFAULT_PARAGRAPH_GAP_EM * last.size
        )

    def _bold_line_below(self, ob: _Open, seg: Fragment) -> bool:
        return ob.is_bold and seg.is_bold and self._line_below(ob, seg)

    def _bold_run_goes_on(self, ob: _Open, seg: Fragment) -> bool:
        """Whether a line that opens in bold and goes on in regular type continues the open item or paragraph:
        "• Rapport sur l'intégration des immigrants dans les États participants aux" / "**IGC**. Secrétariat des IGC,
        septembre 2011" (an item's bold title wrapped onto its hanging indent), "... la XVI Reunión Viceministerial
        de la" / "**Conferencia Regional sobre Migración**, con la participación de ..." (a bold name inside the
        sentence)."""
        if seg.ends_bold or ob.last.text.rstrip().endswith((".", ":", ";", "!", "?")):
            return False
        if ob.kind == BlockKind.LIST_ITEM.value:
            return seg.x0 > ob.box[0] + 2
        return ob.kind == BlockKind.PARAGRAPH.value and not ob.is_bold and self._line_below(ob, seg)

    def _run_in_wraps(self, ob: _Open, seg: Fragment) -> bool:
        """Whether a bold line goes on, on the next line, as a paragraph that opens with the rest of its bold run."""
        return (
            ob.kind == BlockKind.HEADING.value
            and ob.text == ob.last.text
            and self._bold_line_below(ob, seg)
            and not seg.ends_bold
            and not ob.last.text.rstrip().endswith((".", ":", ";", "!", "?"))
        )

    def _run_in_goes_on(self, ob: _Open, seg: Fragment) -> bool:
        """Whether a regular line goes on the one-line heading above it, whose bold run stopped inside the line and
        whose line broke inside the byline that follows the title ("... A Profile.** By" / "Aaron Kessler. Fact
        sheet."); a heading's other regular tails leave it a heading."""
        return (
            ob.kind == BlockKind.HEADING.value
            and ob.text == ob.last.text
            and ob.last.is_bold
            and not ob.last.ends_bold
            and not seg.is_bold
            and (_OPEN_LINE_END.search(ob.last.text.rstrip()) is not None or _date_across(ob.last.text, seg.text))
            and self._line_below(ob, seg)
        )

    def _title_head(self, ob: _Open, seg: Fragment) -> bool:
        """Whether a bold line closed by a colon, a comma or an abbreviation ("U.S.") is the first line of the bold
        title that goes on below it."""
        return (
            ob.kind == BlockKind.PARAGRAPH.value
            and ob.text == ob.last.text
            and self._bold_line_below(ob, seg)
            and len(ob.last.text.split()) <= MAX_TITLE_HEAD_WORDS
            and _OPEN_TITLE_END.search(ob.last.text.rstrip()) is not None
        )

    def _bold_item_wraps(self, ob: _Open, seg: Fragment) -> bool:
        """Whether a bold line right under a bold item, its line left open, is the rest of the item's title:
        "- **Discussion Paper: Integration of Beneficiaries of International**" / "**Protection**", under the marker
        or under the item's text. A bullet set in regular type before a bold title still ends its line in bold."""
        last = ob.last
        return (
            ob.kind == BlockKind.LIST_ITEM.value
            and (ob.is_bold or last.ends_bold)
            and seg.is_bold
            and abs(seg.size - ob.size) < HEADING_LEVEL_STEP
            and ob.box[0] - TITLE_TAIL_INDENT <= seg.x0 <= ob.box[0] + 2 * seg.size
            and 0 <= seg.top - last.line_bottom <= DEFAULT_PARAGRAPH_GAP_EM * last.size
            and not last.text.rstrip().endswith((".", ":", ";", "!", "?"))
        )

    def _title_tail(self, ob: _Open, seg: Fragment) -> bool:
        """Whether a short bold line is the last line of the bold title above it, closed by its full stop, the title's
        line left open."""
        return (
            ob.kind == BlockKind.HEADING.value
            and self._bold_line_below(ob, seg)
            and len(seg.text.split()) <= MAX_TITLE_TAIL_WORDS
            and not ob.last.text.rstrip().endswith((".", ":", ";", "!", "?"))
        )

    def add_segment(self, seg: Fragment, page: int) -> None:
        text = seg.text
        # "A." set apart before "Report. Managing ...": a capital letter marks an item only where it stands apart,
        # as initials opening a line ("J. Smith and ...") do not
        bullet_match = BULLET_RE.match(text) or (_LETTER_MARKER.match(text) if seg.marked else None)
        kind = BlockKind.HEADING.value if self._is_heading(seg) else BlockKind.PARAGRAPH.value
        if bullet_match is None and kind == BlockKind.PARAGRAPH.value:
            # "2.1 23-25 May 2007 -- Full Round ... -- Oslo": a memo's numbered sub-item, one record to a line
            bullet_match = _SUB_ITEM_MARKER.match(text)
        # "1. Full Rounds" set larger than the text is a numbered section heading, not a list item.
        # So is "3. Documentos y publicaciones" set bold in the text's size: a short bold line, numbered in figures,
        # with no stop (`_is_heading`); a bulleted or lettered bold line stays an item.
        numbered_heading = kind == BlockKind.HEADING.value and (
            seg.size >= self.body_size * DEFAULT_HEADING_SIZE_RATIO
            or (bullet_match is not None and _NUMBERED_LEAD.match(text) is not None)
        )
        if numbered_heading and bullet_match and _SENTENCE_STOP.search(text, bullet_match.end()):
            # "1. Secretaría Técnica de la CRM. Lineamientos regionales ...": a numbered entry, its author's stop
            # inside it, set large where a table made the body size look small; no section's heading
            kind, numbered_heading = BlockKind.PARAGRAPH.value, False
        if bullet_match and len(text) > bullet_match.end() and not numbered_heading:
            kind = BlockKind.LIST_ITEM.value
            text = text[bullet_match.end() :].strip()
        ob = self.open_block
        if ob is not None and ob.page == page and kind == BlockKind.HEADING.value and self._bold_run_goes_on(ob, seg):
            kind = BlockKind.PARAGRAPH.value
        if ob is not None and ob.page == page and kind != BlockKind.LIST_ITEM.value and self._run_in_wraps(ob, seg):
            # "**Reunión del Grupo Regional de Consulta sobre**" / "**Migración (GRCM)**, Santo Domingo, 15 y 16 de" /
            # "marzo de 2011. Primera ...": a bold run-in title wrapped onto the next line, where the paragraph goes on
            ob.kind = kind = BlockKind.PARAGRAPH.value
        if ob is not None and ob.page == page and kind == BlockKind.HEADING.value and self._title_head(ob, seg):
            # "**Transatlantic Council on Migration:**" / "**Seventh Plenary Meeting**", "**... in Mid-Sized U.S.**" /
            # "**Cities**": a bold title wrapped after its colon or an abbreviation's stop, one heading; unless the bold
            # run stops inside the line ("**Education Pathways for Immigrant Youth:**" / "**Mapping State Policies.** By
            # A and"): an entry's run-in title, the entry going on in regular type
            if seg.ends_bold:
                ob.kind = BlockKind.HEADING.value
            else:
                kind = BlockKind.PARAGRAPH.value
        if ob is not None and ob.page == page and kind == BlockKind.PARAGRAPH.value and self._run_in_goes_on(ob, seg):
            # "**The Deferred Action Population: A Profile.** By" / "Aaron Kessler. Fact sheet. August 2012.": a line
            # whose bold run stops inside it, the line below in regular type: one entry, its title run in
            ob.kind = BlockKind.PARAGRAPH.value
        if ob is not None and ob.page == page and kind == BlockKind.HEADING.value and self._bold_item_wraps(ob, seg):
            kind = BlockKind.LIST_ITEM.value
        if ob is not None and ob.page == page and kind == BlockKind.PARAGRAPH.value and self._title_tail(ob, seg):
            kind = BlockKind.HEADING.value  # "Informe de la Presidencia Pro Tempore de Guatemala" / "2010.": one title
        if ob is not None and ob.page == page and self._continues(ob, seg, kind, bullet_match is not None):
            if kind != BlockKind.HEADING.value and (
                seg.size <= ob.last.size - SMALLER_FIELD_STEP or _dateline_under_title(ob, seg)
            ):
                # a title over a smaller line of its details ("Roundtable - MPI offices, Washington, DC"), or an item's
                # title over its dateline ("Webinar, September 14, 2011 - online."): one record, two fields, kept
                # apart as a card's fields are
                ob.text = f"{ob.text} · {text}"
            else:
                ob.text = join_lines(ob.text, text) if kind != BlockKind.HEADING.value else ob.text + " " + text
            ob.box = [
                min(ob.box[0], seg.x0),
                min(ob.box[1], seg.top),
                max(ob.box[2], seg.x1),
                max(ob.box[3], seg.bottom),
            ]
            # Runs of one line joined: the next line's gap is measured from the line, not its last run.
            same_line = seg.x0 >= ob.last.x1 and seg.top < ob.last.bottom and seg.bottom > ob.last.top
            if not same_line and ob.gap is None:
                ob.gap, ob.pitch = seg.top - ob.last.line_bottom, seg.top - ob.last.top
            ob.last = _merge(ob.last, seg) if same_line else seg
            return
        self.close()
        self.open_block = _Open(kind, text, page, [seg.x0, seg.top, seg.x1, seg.bottom], seg.size, seg.is_bold, seg)

    def add_table(self, table: Table, page: int, first_on_page: bool) -> None:
        """Emit one table_row per data row; a table opening a page with the same columns continues the last one.
        Two columns that say the same thing in two languages are no table: the first column is read as text."""
        self.close()
        rows = [r for r in table.rows if any(r)]
        boxes = [b for r, b in zip(table.rows, table.row_boxes, strict=True) if any(r)]
        if not rows:
            return
        if parallel_columns(rows):
            self._first_column(rows, boxes, page)
            return
        if table.header is None and stacked_records(rows):
            self._stacked_records(rows, boxes, page)
            return
        columns = len(rows[0])
        continues = (
            self.table_header
            and columns == self.table_columns
            and page == self.table_page + 1
            and (first_on_page or not self.new_since_table)
        )
        if table.header is not None:
            header = table.header
        elif continues:
            header = self.table_header
            if tuple(rows[0]) == header:  # the header row repeated at the top of the continuation
                rows, boxes = rows[1:], boxes[1:]
        else:
            header = tuple(rows[0])
            rows, boxes = rows[1:], boxes[1:]
        # A header cell wrapped onto a second ruled row ("Audit and Finance" / "Committee") comes
        # back as a row of a few short words with the first cell empty: fold it into the header.
        if rows and not rows[0][0] and all(len(c.split()) <= 2 for c in rows[0]) and len(rows) > 1:
            header = tuple(join_lines(h, c) for h, c in zip(header, rows[0], strict=False))
            rows, boxes = rows[1:], boxes[1:]
        if side_by_side_boxes(header) and rows:
            # "Events calendar" | "New publications": two boxes set side by side, each read down its own column
            for i, name in enumerate(header):
                self._emit(BlockKind.HEADING.value, name, page, boxes[0])
                self._first_column([(r[i] if i < len(r) else "",) for r in rows], boxes, page)
            self.close()
            return
        for cells, box in zip(_grouped_down(rows), boxes, strict=True):
            self._emit(BlockKind.TABLE_ROW.value, " | ".join(cells), page, box, cells=tuple(cells), header=header)
        self.table_header = header
        self.table_columns = columns
        self.table_page = page
        self.new_since_table = False

    def _stacked_records(self, rows: Sequence[Sequence[str]], boxes: Sequence[Sequence[float]], page: int) -> None:
        """Records set in columns side by side (`stacked_records`), read down each column: a record from each date
        row to the next, its lines joined by " · " as a card's fields are ("January 20, 2010 · Title · Washington,
        DC")."""
        starts = [i for i, r in enumerate(rows) if any(_whole_date(c) for c in r if c.strip())] + [len(rows)]
        for column in range(max(len(r) for r in rows)):
            for start, stop in zip(starts, starts[1:], strict=False):
                lines = [rows[i][column].strip() for i in range(start, stop) if column < len(rows[i])]
                if fields := [line for line in lines if line]:
                    box = (boxes[start][0], boxes[start][1], boxes[stop - 1][2], boxes[stop - 1][3])
                    self._emit(BlockKind.PARAGRAPH.value, " · ".join(fields), page, box)
        self.close()

    def _first_column(self, rows: Sequence[Sequence[str]], boxes: Sequence[Sequence[float]], page: int) -> None:
        """The first language's column of a text set in two, as records. A section's name in capitals and a month
        alone over days are headings. A line that opens with a day, or a month alone that no day follows, opens a
        record, whose fields (title, place, note) follow it, joined by " · " as a card's meta line is; a line goes
        on the line above when that one breaks off after a little word ("... Reintegración de" / "Migrantes").
        Under a heading with no dated record (a list of publications), lines join into entries that end with a
        full stop."""
        lines = [(cells[0].strip(), box) for cells, box in zip(rows, boxes, strict=True) if cells[0].strip()]
        fields: list[str] = []
        first: Sequence[float] | None = None
        last: Sequence[float] | None = None
        entries = False  # under a heading whose lines are wrapped entries, not dated records

        def flush() -> None:
            if fields and first is not None and last is not None:
                box = (first[0], first[1], last[2], last[3])
                self._emit(BlockKind.PARAGRAPH.value, " · ".join(fields), page, box)
            fields.clear()

        for i, (text, box) in enumerate(lines):
            after = lines[i + 1][0] if i + 1 < len(lines) else ""
            if last is not None and box[1] - last[3] > max(last[3] - last[1], box[3] - box[1]):
                flush()  # a blank line's gap: the record above ended ("... Santo Domingo" / a note under the list)
            month = _MONTH_LINE.match(text)
            month = month if month and month.group("m").lower() in MONTHS else None
            heading = (month and text.lower().strip(" .") in MONTHS and _OPENS_WITH_DAY.match(after)) or (
                _SECTION_LINE.match(text) and len(text.split()) <= 4 and not month and not _STATUS_LINE.match(text)
            )
            if heading:
                flush()
                self._emit(BlockKind.HEADING.value, text, page, box)
                entries = not (_OPENS_WITH_DAY.match(after) or _MONTH_LINE.match(after))
                continue
            if entries:
                if fields and not fields[-1].endswith("."):
                    fields[-1] = f"{fields[-1]} {text}"
                else:
                    flush()
                    first = box
                    fields.append(text)
            elif fields and (
                _BROKEN_OFF.search(fields[-1])
                or text[:1].islower()
                # a title wraps onto a capitalised word ("... Niñez Migrante No" / "Acompañada"): it goes on until
                # the record's place ("Ciudad de México, México", "Misma sede") or a labelled note
                or (len(fields) == 2 and not _place_line(text) and not _place_line(fields[-1]) and ":" not in text)
            ):
                fields[-1] = f"{fields[-1]} {text}"
            else:
                if _OPENS_WITH_DAY.match(text) or month:
                    flush()
                if not fields:
                    first = box
                fields.append(text)
            last = box
        flush()

    def add_page(self, page: int, items: Sequence[Item], italics: Sequence[Italic] = ()) -> None:
        """Feed one page's ordered items; paragraphs do not run across pages (each block has one page)."""
        self.close()
        self.italics = italics
        for index, item in enumerate(items):
            if isinstance(item, Table):
                self.add_table(item, page, first_on_page=index == 0)
            else:
                self.add_segment(item, page)
        self.close()
