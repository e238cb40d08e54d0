"""Meeting schedules read as records: dated lines, calendar grids, date columns and one-meeting documents.

Agencies and intergovernmental bodies list their meetings as repeated records whose date is the
one field they all share: a list of dates under a heading that names the body ("2022 Board Meeting
Schedule" / "January 13, 2022, at Noon — Board Working Session"), a table of month rows and day
cells under a year heading, a table with a meeting-date column beside a filing-deadline column, an
event card with a "Jun" / "1" badge. The record names the meeting when it can; otherwise its context
does: the nearest heading or label line naming a body or a kind of meeting, else the page title.
The year a record leaves out comes from that context too (heading, label line, page title), or
from the last full date read above it.

A one-meeting document (an agenda, a notice, minutes) is its header's meeting: the dates in its
body (minutes approved, a revision stamp) are not activities.

A schedule page says whose meetings it lists in its title or main heading ("Board Meeting
Schedule", "Board & Committee Meetings"). When it names one kind of body, a section headed for
another kind ("Committee Meetings" on the board's page) is that body's calendar published beside
the page's own: its dates are not the page's records.

    entries, used = find_schedule_entries(blocks, title="Board Meetings", claimed=lambda b: False)
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from mpdp_pipeline.extractors.dates import (
    CMS_STAMP,
    MONTHS,
    WEEKDAY_NAMES,
    DateSpan,
    day_alone,
    find_dates,
    month_range,
    parse_date,
    short_weekdays_blanked,
)
from mpdp_pipeline.extractors.identity import normalise_title
from mpdp_pipeline.extractors.places import closing_town, country_of, known_place, trailing_place
from mpdp_pipeline.extractors.publications import names_work_type
from mpdp_pipeline.extractors.vocabulary import (
    COUNTRIES,
    EVENT_KIND_WORDS,
    EVENTS_SECTION,
    FORMAT_WORDS,
    KIND_WORDS,
    NOT_WHEN,
    POSTED_BY,
    RESULT_HEADERS,
    TITLE_HEADERS,
)

from mpdp_pipeline.schemas import ActivityStatus, Block, BlockKind, DatePrecision

# Words that say a heading, a label line or a page title names a body that meets, or its meetings.
BODY_WORDS = (
    "board", "commission", "council", "committee", "trustees", "directors", "authority", "assembly",
    "task force", "meetings", "meeting", "schedule", "calendar", "agendas", "hearings", "sessions",
    "junta", "consejo", "comisión", "comision", "comité", "comite", "reuniones", "calendario", "sesiones",
    "conseil", "réunions", "calendrier", "séances", "assemblée",
)  # fmt: skip
# Column headers of a date that is not the meeting's.
DEADLINE_WORDS = (
    "file", "filing", "deadline", "due", "submission", "submitted", "delivered", "cutoff", "cut-off", "límite",
    "limite", "closing", "plazo", "échéance", "echéance", "délai", "delai", "by when",
    # when a meeting's paper went up: "Posted", "Uploaded", "Mis en ligne", "Fecha de publicación en el sitio"
    "posted", "uploaded", "added", "mis en ligne", "subido", "en línea desde",
    # when money moved or a text was approved or signed: "Fecha de desembolso", "Fecha de aprobación"
    "disbursement", "desembolso", "décaissement", "payment", "aprobación", "approval", "approbation",
    "fecha de firma", "date of signature", "signature date", "date de signature",
)  # fmt: skip
# A calendar cell or a line that says there is no meeting: no record at all.
NO_MEETING = re.compile(r"\b(?:no\s+meeting|sin reuni[oó]n|pas de (?:réunion|séance))\b", re.I)
# A meeting listed and then called off: a record, with its status (`ActivityStatus`), which the checks skip.
# "postponed sine die", "aplazada indefinidamente": put off with no day, as good as called off
_CANCELLED = re.compile(
    r"\b(?:cancel+ed|canceled|cancelad[ao]|annul[ée]e?|entfallen|entfällt|abgesagt|sine die|indefinitely"
    r"|indefinidamente|ind[ée]finiment)\b",
    re.I,
)
_POSTPONED = re.compile(
    r"\b(?:postponed|suspended|delayed|deferred|pospuest[ao]|aplazad[ao]|postergad[ao]|suspendid[ao]|report[ée]e?|diff[ée]r[ée]e?)\b",
    re.I,
)


def status_of(text: str) -> ActivityStatus:
    """What a schedule record says of its meeting: cancelled, postponed, or as listed."""
    if _CANCELLED.search(text):
        return ActivityStatus.CANCELLED
    if _POSTPONED.search(text):
        return ActivityStatus.POSTPONED
    return ActivityStatus.REPORTED


_EVENT_REPORT = (
    r"(?:workshop|meeting|seminar|roundtable)\s+report|report\s+of\s+the\s+(?:workshop|meeting|seminar|roundtable)"
    r"|informe\s+(?:del|de\s+la)\s+(?:taller|reuni[oó]n|seminario)"
    r"|rapport\s+(?:de\s+l['’]atelier|de\s+la\s+r[ée]union|du\s+s[ée]minaire)"
)
# The papers of a one-meeting document, as its header names them.
MEETING_DOCUMENT = re.compile(
    r"\b(?:agenda|minutes|notice|acta|orden del d[ií]a|convocatoria|ordre du jour|proc[eè]s-verbal"
    r"|compte[- ]rendu|avis de (?:réunion|convocation)"
    # a record of proceedings: "Draft Summary Record", "Record of the meeting", "Relatoría"
    r"|summary record|record of (?:the )?(?:meeting|proceedings)|relator[ií]a|acta resumida|r[ée]sum[ée] des d[ée]bats"
    r"|summary of conclusions|ayuda[- ]memoria|aide-m[ée]moire"
    # a cover's "WORKSHOP REPORT" under the workshop's name, place and days: the workshop's record
    rf"|{_EVENT_REPORT}"
    # "Memoria de la XII Reunión Viceministerial": a meeting's record ("Memoria anual" is a year's report)
    r"|memoria(?=\s+(?:de\s+la|del)\s+(?:[IVXLC]+\s+)?(?:reuni[oó]n|sesi[oó]n|taller|seminario|conferencia)))\b",
    re.I,
)
# A record of a meeting's proceedings reports what the meeting heard of others (a working group's meeting, the next
# ones); an agenda or a notice only summons its own.
PROCEEDINGS = re.compile(
    r"\b(?:summary record|record of (?:the )?(?:meeting|proceedings)|relator[ií]a|acta resumida"
    r"|r[ée]sum[ée] des d[ée]bats|acta|summary of conclusions|ayuda[- ]memoria|aide-m[ée]moire"
    r"|compte[- ]rendu (?:succinct|analytique|de la r[ée]union)"
    rf"|{_EVENT_REPORT})\b",
    re.I,
)
# A paper's symbol in an intergovernmental body's series: "IGC/FR/2008/1", "A/RES/70/1", "CRM/GRCM/2009/3".
DOCUMENT_SYMBOL = re.compile(r"[A-Z][A-Z0-9.-]{0,11}(?:/[A-Z0-9.()-]{1,12}){2,}")
# "II. Agenda", "3. Minutes": a numbered section of a longer document, not the document's own name.
_SECTION_NUMBER = re.compile(r"^\s*(?:(?:item|point|punto)\s+)?(?:[IVXLC]+|\d{1,2}(?:\.\d+)*)[.):]\s", re.I)
_WEEKDAYS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# "Fecha: ", "Monday, ", and a range's "del"/"from"/"du" ("del 29 de abril al 2 de mayo")
# "mar. 7 oct.", "jeu. 16 - ven. 17 oct.": a weekday's abbreviation with its stop, before a day
_MONTH_WORDS = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_SHORT_WEEKDAY_LEAD = (
    r"(?:lun|mar|mer|mié|jeu|jue|ven|vie|sam|sáb|dim|dom)\.\s+"
    rf"(?=\d{{1,2}}(?:\s*[-–]\s*(?:[^\W\d]{{3}}\.\s+)?\d{{1,2}})?\s+(?:de\s+)?(?:{_MONTH_WORDS})\b)"
)
_LEAD = re.compile(
    rf"^\W*(?:(?:date|fecha|when)\s*:\s*)?(?:(?:{_WEEKDAYS})[\s,]+|{_SHORT_WEEKDAY_LEAD})?"
    # "du 3 au 5", "Les 15 et 16 mars", "Le 3 mai", "Los días 3 y 4": an article or a "from" before the days
    r"(?:(?:del|desde el|from|du|les|le|el|los(?:\s+d[ií]as)?|the)\s+(?=\d))?",
    re.I,
)
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th|er|º)?"
# "February 20", "Oct. 28", "14 October", "14 de octubre": a day of a month whose year the context gives.
_MONTH_DAY = re.compile(
    rf"^(?:(?P<m>{_MONTH_NAMES})\.?\s+{_DAY.format('d')}|{_DAY.format('d2')}(?:\s+de)?\s+(?P<m2>{_MONTH_NAMES})\.?)"
    r"(?![\w/])(?!,?\s*(?:19|20)\d\d)",
    re.I,
)
_DAY_OF_MONTH = re.compile(rf"\b(?:(?:{_MONTH_NAMES})\.?\s+[0-3]?\d|[0-3]?\d(?:\s+de)?\s+(?:{_MONTH_NAMES}))\b", re.I)
# "JANUARY", "Janvier 2011": a heading that is one month, perhaps with its year; the lines under it open with days.
_MONTH_ONLY = re.compile(rf"^\s*(?P<m>{_MONTH_NAMES})\.?(?:\s+(?P<y>(?:19|20)\d\d))?\s*$", re.I)
_MONTH_PAIR = re.compile(rf"^\s*(?P<m>{_MONTH_NAMES})\.?\s*[/–-]\s*(?P<m2>{_MONTH_NAMES})\.?\s*$", re.I)
_DAYS_ONLY = re.compile(r"^\s*[0-3]?\d\s*(?:[-–]|y|et|and|al|au|to|&)\s*[0-3]?\d\s*$", re.I)  # "22 y 23", "1-2"
_DAY_ONLY = re.compile(r"^\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\s*\**\s*$")  # "6th", "1er", "1º"
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
_TIME = re.compile(
    r"\b(?:at\s+)?(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|h\d*)|\d{1,2}:\d\d|\d{1,2}h\d\d)"
    r"(?:\s*(?:-|–|—|to|a|à)\s*(?:noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|h\d*)?))?",
    re.I,
)
# A time's zone, bracketed with the place it is the time of or bare: "(France – UTC+01:00)", "UTC-5", "(GMT)".
_TIME_ZONE = re.compile(
    r"\([^()]{0,30}\b(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::?\d\d)?)?\)|\b(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::?\d\d)?)?\b"
    # a zone's letters after the hours: "11:30 AM EDT", "14h00 CET"
    r"|(?<=[Mm] )(?:[ECMP][SD]?T|CES?T|EES?T|WES?T|BST)\b|(?<=[Mm]\. )(?:[ECMP][SD]?T|CES?T|EES?T|WES?T|BST)\b"
    r"|(?<=\d )(?:[ECMP][SD]T|CES?T|EES?T|WES?T|BST)\b"
)
_DOCUMENT_LINKS = re.compile(
    r"\b(?:agenda|minutes|meeting minutes|presentations?|video|audio|recording|notice|packet|decisions|summary"
    r"|transcript|materials|slides|documents|view|download|pdf|livestream|live stream)\b",
    re.I,
)
_SEPARATORS = " ,;:|–—-·•()[]*"
# "Anch LIO AUDITORIUM Schedule Minutes Audio/Video Documents": a record's links set after its venue, unseparated
_TRAILING_LINKS = re.compile(
    r"(?:\s+(?:schedule|agenda|minutes|audio(?:/video)?|video|documents|packet|notice|transcript|summary))+\s*$",
    re.I,
)
# "view minutes Carbon Arc Bar": the link's words before the venue the record names after it.
_LEADING_LINK = re.compile(
    r"^(?:(?:view|download|see|read|ver|voir)\s+)?(?:the\s+)?(?:agenda|minutes|notice|video|packet|summary)\b\s*",
    re.I,
)
_BODY = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in BODY_WORDS) + r")(?!\w)", re.I)
MAX_TITLE_WORDS = 20  # a longer cell is a description, not a name
MAX_KIND_LED_WORDS = 28  # "Reunión de la Red Regional de Funcionarios de Enlace para el Combate a la Trata de ..."
MAX_RECORD_WORDS = 40  # a record is a line; a longer text is prose, read by the sentence rules
MAX_FIELD_WORDS = 15  # a card's field (title, venue, date line); a longer one is its description
MAX_LABEL_WORDS = 14


@dataclass(frozen=True)
class Entry:
    """One meeting a schedule lists: what the record names (or None) and what its context names."""

    title: str | None
    context: str | None
    date: DateSpan
    location: str | None
    block: Block
    snippet: str
    rule: str
    status: ActivityStatus = ActivityStatus.REPORTED


MIN_ENTRY_TITLE_WORDS = 3  # an entry's title, not a column's label ("FILE DATE")


@dataclass
class _Context:
    """What the text above a record says: the body that meets and the year."""

    name: str | None = None
    year: int | None = None
    running_year: int | None = None
    month: tuple[str, int, int] | None = None  # a calendar table's last month row: (table, year, month)
    span_month: int | None = None  # under "2008/09" or "Academic year 2018-2019": the month the second year's part ends
    events_page: bool = False  # the page's title or main heading says it lists events ("Events", "Agenda")
    heading_month: int | None = None  # under a heading that is a month alone ("JANUARY"): its lines open with days
    labelled_month: int | None = None  # the last month a label named ("February 2005"), whatever labels follow it
    pending_headed: bool = False  # the pending date is a heading's ("16-17 February"), not a date column's
    pending_day: re.Match[str] | None = None  # a day alone on its line ("17"), the record's text in the next block
    # a dateline heading's town and type tag ("21-22 January | Geneva [Working group]"): the heading below names it
    pending_place: str | None = None
    pending_type: str | None = None
    pending_dateline: Block | None = None
    pending_date: DateSpan | None = None  # a short numeric date alone on its line ("18/08"), its record next
    latest: datetime.date | None = None  # the page's last dated day: "Next Meeting: September 29th" comes after it
    met_intro: bool = False  # `name` is the body a sentence above says met: the lines below give its days, then why
    heading_day: DateSpan | None = None  # under a heading that is one day alone ("martes 14 de julio del 2026")
    name_size: float | None = None  # the font size of the PDF heading that gave `name`
    name_heading: str | None = None  # the heading over the block that gave `name`: under another, it is stale


# The kinds of body a schedule page may be for, by the words that name them; a board's members
# ("directors", "trustees") name the board.
BODY_KINDS = {
    "board": ("board", "boards", "directors", "trustees", "junta", "juntas"),
    "committee": ("committee", "committees", "subcommittee", "subcommittees", "comité", "comités", "comite"),
    "commission": ("commission", "commissions", "comisión", "comision", "comisiones"),
    "council": ("council", "councils", "consejo", "consejos", "conseil", "conseils"),
    "assembly": ("assembly", "assemblies", "asamblea", "assemblée"),
    "task force": ("task force", "task forces"),
}  # fmt: skip
_BODY_KIND_RES = {
    kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)
    for kind, words in BODY_KINDS.items()
}
# A heading over many meetings ("Committee Meetings", "Board Meeting Schedule"), not a record's own title
# ("Motor Carrier Employee Board Meeting", a card's heading on a commission's calendar).
_MEETINGS_WORD = re.compile(
    r"\b(?:meetings|schedules?|calendars?|agendas|notices|minutes|hearings|sessions"
    r"|reuniones|sesiones|calendario|réunions|séances|calendrier)\b",
    re.I,
)


def body_kinds(text: str) -> frozenset[str]:
    """The kinds of body a text names: "Meetings of the Board and its Committees" -> board, committee."""
    return frozenset(kind for kind, pattern in _BODY_KIND_RES.items() if pattern.search(text))


def _is_main_heading(block: Block) -> bool:
    """An HTML page's `h1`: what the whole page is, where a lower heading titles one of its sections."""
    steps = (block.locator or "").rsplit(" > ", 1)
    return block.kind == BlockKind.HEADING and block.page is None and steps[-1].split(":")[0] == "h1"


def page_scope(blocks: Sequence[Block], title: str | None) -> frozenset[str]:
    """The kinds of body whose meetings a page lists, as its title and main headings name them ("MARTA" /
    "Board Meeting Schedule" -> board); empty when they name none."""
    return frozenset().union(body_kinds(title or ""), *(body_kinds(b.text) for b in blocks if _is_main_heading(b)))


def other_body_section(heading: str | None, scope: frozenset[str]) -> bool:
    """Whether a heading opens another body's section on a one-body page ("Committee Meetings" on the
    board's page). A page naming several kinds ("Board & Committee Meetings") lists them all."""
    if heading is None or len(scope) != 1 or not _MEETINGS_WORD.search(heading):
        return False
    named = body_kinds(heading)
    return bool(named) and not named & scope


def names_body(text: str) -> bool:
    return bool(_BODY.search(text) or KIND_WORDS.search(text))


def _single_year(text: str) -> int | None:
    years = set(_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def _year_caption(block: Block) -> bool:
    """Whether a block is a table's caption that names its one year and no day ("Actividades realizadas en 2013")."""
    return (
        (block.locator or "").endswith("caption")
        and _single_year(block.text) is not None
        and not any(d.precision == DatePrecision.DAY for d in find_dates(block.text))
    )


def _introduces_year(block: Block, text: str) -> bool:
    """Whether a paragraph introduces what follows and names its one year, no day: "Here is the schedule of our
    fall 2018 meetings:", "Calendario de reuniones para 2019:"; the records below it take that year."""
    return (
        block.kind == BlockKind.PARAGRAPH
        and text.rstrip().endswith(":")
        and _single_year(text) is not None
        and not any(d.precision == DatePrecision.DAY for d in find_dates(text))
    )


MAX_PERIOD_LINE_WORDS = 16


def _months_period(block: Block, text: str) -> tuple[int, int | None] | None:
    """The year and the span a short line naming a period of months gives the records below it ("octobre 2014 -
    mars 2015": 2014, and from October; "Release and Events Calendar, September 2012 - February 2013"; "January -
    June 2011": 2011): their days say no year."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or len(text.split()) > MAX_PERIOD_LINE_WORDS:
        return None
    dates = find_dates(text)
    if any(d.precision == DatePrecision.DAY for d in dates):
        return None
    # one span of months ("January - June 2011"), or two months joined by a dash
    spans = [(d, d) for d in dates if (d.start.year, d.start.month) != (d.end.year, d.end.month)]
    joined = zip(dates, dates[1:], strict=False)
    spans += [(a, b) for a, b in joined if re.fullmatch(r"\s*[-–—]\s*", text[a.stop : b.begin])]
    if len(spans) != 1:
        return None
    first, last = spans[0]
    if last.end.year == first.start.year + 1:
        return first.start.year, first.start.month
    return (first.start.year, None) if first.start.year == last.end.year else None


# "The Steering Group, which brings together ..., met twice in Geneva this year:", "La Red ... se reunió en dos
# ocasiones:": a sentence introducing the days a body met on, listed below it.
_BODY_THAT_MET = re.compile(
    r"^(?:the\s+|la\s+|el\s+|le\s+|l['’])?(?P<body>(?:[A-ZÀ-Ý][\w'’-]*\s+){0,4}(?:Group|Committee|Board|Council|"
    r"Commission|Network|Task Force|Grupo|Comité|Consejo|Red|Groupe|Conseil|Réseau)"
    r"(?:\s+(?:on|of|for|de|del|sur|des|du)\s+[A-ZÀ-Ý][\w'’/-]*(?:\s+(?:and|y|et|[A-ZÀ-Ý][\w'’/-]*)){0,4})?)"
    r"\b[^:]*?\b(?:met|meets|will meet|se reuni[óo]|se reunir[áa]|s['’]est réuni|se réunira)\b[^:]*:\s*$",
    re.I,
)


def _body_that_met(block: Block, text: str) -> str | None:
    """The body a paragraph says met, when the paragraph introduces the list of its days (it ends with a colon)."""
    if block.kind != BlockKind.PARAGRAPH or not (match := _BODY_THAT_MET.match(text.strip())):
        return None
    return match.group("body")


def _page_year(blocks: Sequence[Block], title: str | None, as_of: datetime.date | None) -> int | None:
    """The year a page's title names, else the year `lent_year` lends."""
    return _single_year(title or "") or lent_year(blocks, title, as_of)


def page_stated_year(blocks: Sequence[Block]) -> int | None:
    """The year a page states for all it shows, where nothing nearer dates a record: the one year of a filter line
    ("Showing events for 2014."), else of its copyright line ("© 2011 Migration Policy Institute")."""
    for pattern in (_YEAR_FILTER, _COPYRIGHT_LINE):
        years = {year for b in blocks if pattern.match(b.text.strip()) and (year := _single_year(b.text))}
        if len(years) == 1:
            return years.pop()
    return None


_YEAR_FILTER = re.compile(
    r"^(?:showing|displaying|viewing|mostrando|affichage)\b[^.]{0,40}?\b(?:19|20)\d\d\W*$|^(?:year|año|année)\s*:\s*(?:19|20)\d\d\W*$",
    re.I,
)
_COPYRIGHT_LINE = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b)\s*(?:19|20)\d\d(?![\d/–-])", re.I)


def lent_year(blocks: Sequence[Block], title: str | None, as_of: datetime.date | None) -> int | None:
    """On a page that writes no year anywhere, the year of the day it was current (its own date, its
    Last-Modified): an upcoming-meetings page leaves its year unsaid. None on any other page."""
    if as_of is None or _YEAR.search(title or "") or any(_YEAR.search(b.text) for b in blocks):
        return None
    return as_of.year


_YEAR_LINE = re.compile(r"^\W*(?:19|20)\d\d\W*$")


# "2008/09", "2008-2009", "Academic year 2018/19", "Curso 2018-2019": a heading over one year's records that spans
# two calendar years.
_SPAN = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)\s*[/–-]\s*(?P<second>(?:19|20)?\d\d)(?![\d/.-])")
_ACADEMIC = re.compile(r"\b(?:academic|school|university|curso|escolar|lectivo|universitaire|scolaire)\b", re.I)
ACADEMIC_START_MONTH = 9  # an academic year runs from September
FISCAL_START_MONTH = 4  # the programme's fiscal year, and its recipients' reports, run from April


def span_year(text: str) -> tuple[int, int] | None:
    """The first year and the starting month of the two-year span a heading names ("2008/09" -> (2008, 4), an
    academic year's -> (2008, 9)); None for any other heading."""
    match = _SPAN.search(text)
    if match is None or find_dates(text[: match.start()] + text[match.end() :]):
        return None
    first, second = int(match.group("first")), int(match.group("second")[-2:])
    if (second - first) % 100 != 1:
        return None  # "2003-2008": years of records, no one year's span
    return first, ACADEMIC_START_MONTH if _ACADEMIC.search(text) else FISCAL_START_MONTH


def _within_span(entry: Entry, ctx: _Context) -> Entry:
    """A year-less date under a span heading, in the span's second year when its month comes before the span's
    first month ("10 February" under "2008/09" is in 2009)."""
    written = re.search(r"(?:19|20)\d\d", entry.date.text)  # "10/02/2009": its own year
    if ctx.span_month is None or ctx.year is None or written or entry.date.start.year != ctx.year:
        return entry
    start, end = entry.date.start, entry.date.end
    if start.month < ctx.span_month:
        start = start.replace(year=start.year + 1)
    if end.month < ctx.span_month:
        end = end.replace(year=end.year + 1)
    return replace(entry, date=replace(entry.date, start=start, end=max(start, end)))


MIN_RECORD_HEADING_WORDS = 3
MAX_SERIES_WORDS = 6


def _dated_paper(text: str) -> bool:
    """ "City Council Agenda 1-26-26", "Board Minutes – March 3, 2019": a heading that is one meeting's paper and its
    day, a record of an archive that sets each link as a heading."""
    days = [d for d in find_dates(text) if d.precision == DatePrecision.DAY]
    return (
        len(days) == 1
        and bool(MEETING_DOCUMENT.search(text[: days[0].begin]))
        and not text[days[0].stop :].strip(_SEPARATORS + " ")
        and len(text.split()) <= MAX_LABEL_WORDS
    )


_TYPED_TITLE = re.compile(rf"^(?:[A-Z][\w-]*\s+)?(?i:{EVENT_KIND_WORDS.pattern})\s*:\s+[A-ZÀ-Ý\"“]")
MAX_TYPED_TITLE_WORDS = 16


def _typed_title_line(block: Block) -> bool:
    """Whether a paragraph is an event's title led by its type ("Webinar: Skilled Visa Reform in ...", "Policy
    Seminar: X"), a line alone, no date in it."""
    text = block.text.strip()
    return (
        block.kind == BlockKind.PARAGRAPH
        and len(text.split()) <= MAX_TYPED_TITLE_WORDS
        and _TYPED_TITLE.match(text) is not None
        and not text.endswith(".")
        and not find_dates(text)
    )


def _is_label(block: Block) -> bool:
    """A heading, or a short line that titles what follows ("2019 Meetings:", "Audit 2022 Meeting Schedule:",
    a year alone)."""
    words = len(block.text.split())
    if block.kind == BlockKind.HEADING:
        # "11th June - G. Speaker (Cagliari), "Strings and curved spacetimes"": a heading that opens with its day
        # and goes on to name what happened is a record, not a label over records
        day = leading_date(block.text, 2000)
        rest = block.text[day.stop :] if day is not None else ""
        record = (
            day is not None
            and day.precision == DatePrecision.DAY
            and len(rest.split()) >= MIN_RECORD_HEADING_WORDS
            and not find_dates(rest)  # "1 April 2006 to 31 March 2007": a period over its records
        ) or _dated_paper(block.text)
        return words <= MAX_LABEL_WORDS and not record
    text = block.text.strip()
    return block.kind == BlockKind.PARAGRAPH and (
        (words <= MAX_LABEL_WORDS and text.endswith(":"))
        or bool(_YEAR_LINE.match(text))
        # "Citizens Advisory Committee" above its table: an accordion's or a tab's title
        or (words <= 6 and bool(_BODY.search(text)) and not re.search(r"[\d.!?]$|\d", text))
        # "Parish Council Meetings 2014" set in large type above the year's table
        or (words <= 8 and bool(_BODY.search(text)) and _yearly_title(text))
    )


def _yearly_title(text: str) -> bool:
    """A title of one year's meetings: names meetings or a schedule, and its only number is the year."""
    return (
        bool(_MEETINGS_WORD.search(text))
        and _single_year(text) is not None
        and not re.search(r"\d|[.!?]$", _YEAR.sub("", text).strip())
    )


_GENERIC = re.compile(
    r"\b(?:meetings?|schedules?|calendars?|agendas?|minutes|dates|upcoming|past|archives?|regular|and|of|the|for"
    r"|information|decisions|notices|documents|materials"
    r"|reuniones|calendario|réunions|calendrier|sessions?|sesiones|séances)\b",
    re.I,
)


_NAVIGATION_LINK = re.compile(
    r"(?:>>|»|→|›)\s*$|^\W*(?:more|view all|see all|full (?:calendar|list)|all (?:events|meetings)|back to)\b", re.I
)


def _label_name(text: str) -> str | None:
    """What a label names, without its year and stray link text; None when it names meetings in general
    ("2019 Meetings:"), which leaves the body named above it in force; None for a link that leads elsewhere
    ("Full calendar >>", "More events")."""
    if _NAVIGATION_LINK.search(text):
        return None
    for d in reversed(find_dates(text)):
        text = text[: d.begin] + text[d.stop :]
    words = [w for w in text.rstrip(":").split() if not re.search(r"[/_\\]|\.\w", w)]
    name = re.sub(r"\s+", " ", _YEAR.sub("", " ".join(words))).strip(_SEPARATORS + " ")
    specific = re.sub(r"[\W\d]+", " ", _GENERIC.sub(" ", name)).strip()
    return name if specific else None


def _yearless(text: str, year: int | None) -> DateSpan | None:
    """A "Month Day" or "Day Month" opening `text`, dated in `year`."""
    match = _MONTH_DAY.match(text)
    if match is None or year is None:
        return None
    month = MONTHS[(match.group("m") or match.group("m2")).lower()]
    try:
        day = datetime.date(year, month, int(match.group("d") or match.group("d2")))
    except ValueError:
        return None
    return DateSpan(match.group(0), day, day, DatePrecision.DAY, match.start(), match.end())


_WEEKDAY_NUMBERS = {
    name: number
    for number, names in enumerate(
        (("mon", "lun"), ("tue", "mar"), ("wed", "mié", "mie", "mer"), ("thu", "jue", "jeu"), ("fri", "vie", "ven"),
         ("sat", "sáb", "sab", "sam"), ("sun", "dom", "dim"))
    )
    for name in names
}  # fmt: skip


def _weekday_of(lead: str) -> int | None:
    """The weekday (Monday 0) a record writes before its date, if any."""
    word = re.search(r"[^\W\d_]{3,}", lead)
    return _WEEKDAY_NUMBERS.get(word.group(0)[:3].lower()) if word else None


_INNER_WEEKDAY = re.compile(rf"(?<=\d)(\s+(?:and|y|et|to|au|al|&)\s+|\s*[-–]\s*)(?:{_WEEKDAYS})[\s,]+(?=\d)", re.I)


def leading_date(text: str, year: int | None) -> DateSpan | None:
    """The date a record opens with (after a weekday or "Date:"), offsets in `text`; None otherwise.
    A year-less date written with its weekday ("Friday, October 4") takes the year, next to the
    context's, in which the day is that weekday."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    # "Thursday 13 and Friday 14 January": the second day's weekday blanked out, offsets kept
    rest = _INNER_WEEKDAY.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text[start:])
    rest = short_weekdays_blanked(rest)  # "mar. 7 oct.": a Tuesday, not March
    weekday = _weekday_of(text[:start])
    dates = find_dates(rest[:60])
    # "Martes 23 de febrero de 2010": a date that writes its year keeps it, whatever the weekday
    written = bool(dates) and dates[0].begin == 0 and re.search(r"\d{4}", dates[0].text) is not None
    if weekday is not None and year is not None and _MONTH_DAY.match(rest) and not written:
        for candidate in (year, year - 1, year + 1):
            d = _yearless(rest, candidate)
            if d is not None and d.start.weekday() == weekday:
                return DateSpan(d.text, d.start, d.end, d.precision, d.begin + start, d.stop + start)
    if dates and dates[0].begin == 0:
        d = dates[0]
    else:
        # "Jun 1 (2026-06-01)": a badge whose full date follows it lends its year.
        near = [x for x in dates if x.begin < 25 and x.precision == DatePrecision.DAY]
        d = _yearless(rest, year if year or not near else near[0].start.year) or _yearless_day_range(rest, year)
        if d is None:
            return _month_field(text, start, year)
        if year is not None and (ranged := _yearless_range(rest, year)) and ranged.start == d.start:
            d = ranged  # "Apr 3–4": the badge's range, not only its first day
    return DateSpan(
        text[d.begin + start : d.stop + start], d.start, d.end, d.precision, d.begin + start, d.stop + start
    )


# "Mayo · Reunión de la Red ... · Tegucigalpa": a month alone as a record's first field, its year the context's
# (not a badge's "Dec - 2023 4": the field after the month is words)
_MONTH_FIELD = re.compile(rf"(?P<m>{_MONTH_NAMES})\.?(?=\s*(?:[·|•:–—]|\s-)\s+[^\W\d_])", re.I)


def _month_field(text: str, start: int, year: int | None) -> DateSpan | None:
    month = _MONTH_FIELD.match(text, start)
    if month is None or year is None:
        return None
    first = datetime.date(year, MONTHS[month.group("m").lower()], 1)
    return DateSpan(month.group(0), first, _month_end(first), DatePrecision.MONTH, start, month.end())


_RANGE_TAIL = re.compile(r"^\s*[–—-]\s*[0-3]?\d\b")


_DAY_RANGE_MONTH = re.compile(
    rf"^[0-3]?\d(?:st|nd|rd|th|er)?\s*(?:[-–—]|al?|au|to|y|et|and|&)\s*[0-3]?\d(?:st|nd|rd|th)?(?:\s+de)?\s+"
    rf"(?:{_MONTH_NAMES})\.?(?![\w/])(?!,?\s*(?:de\s+)?(?:19|20)\d\d)",
    re.I,
)


def _yearless_day_range(text: str, year: int | None) -> DateSpan | None:
    """A "Day–Day Month" opening `text` ("10–11 September", "4 y 5 de diciembre"), dated in `year`."""
    match = _DAY_RANGE_MONTH.match(text)
    if match is None or year is None:
        return None
    dates = find_dates(f"{match.group(0)} {year}")
    if not dates or dates[0].begin != 0:
        return None
    d = dates[0]
    return DateSpan(match.group(0), d.start, d.end, d.precision, 0, match.end())


_RANGE_JOIN = re.compile(r"^\s*(?:[–—-]|to|au|al|a)\s*", re.I)


def _yearless_range(text: str, year: int) -> DateSpan | None:
    """A "Month Day–Day" opening `text`, or a range across months ("31 mars-1er avril"), dated in `year`; None
    unless the text opens with a range."""
    match = _MONTH_DAY.match(text)
    if match is None:
        return None
    join = _RANGE_JOIN.match(text[match.end() :])
    if join and (second := _MONTH_DAY.match(text[match.end() + join.end() :])):
        written = text[: match.end() + join.end() + second.end()]
    elif tail := _RANGE_TAIL.match(text[match.end() :]):
        written = match.group(0) + tail.group(0)
    else:
        return None
    dates = find_dates(f"{written} {year}")
    if not dates or dates[0].begin != 0:
        return None
    d = dates[0]
    return DateSpan(written, d.start, d.end, d.precision, 0, len(written))


def _date_run(text: str, year: int | None) -> list[DateSpan]:
    """The dates of a line that is nothing but dates ("JANUARY 10 MARCH 14 JULY 11"), two or more; else []. A span of
    months ("Février – Avril 2013", a calendar's section) is one period, no run of dates."""
    if month_range(text):
        return []
    found: list[DateSpan] = []
    at = 0
    while at < len(text):
        gap = len(text[at:]) - len(text[at:].lstrip(_SEPARATORS + " "))
        at += gap
        if at >= len(text):
            break
        date = leading_date(text[at:], year)
        if date is None:
            return []
        found.append(DateSpan(date.text, date.start, date.end, date.precision, date.begin + at, date.stop + at))
        at += date.stop
    return found if len(found) >= 2 else []


# A bracketed note before the title ("8 Dec.: (internal) France-Japan Workshop", "[Online] Seminar"): not part of
# it. A capitalised one may be the venue ("(Geneva) - Workshop"), unless it says how or whether the meeting is held.
_LEADING_NOTE = re.compile(
    r"^[\s,;:|–—·•*-]*[(\[](?:[a-zà-ÿ][^()\[\]]{0,29}|(?i:virtual|online|hybrid|in[- ]person|internal|closed|private"
    r"|public|tentative|postponed|en ligne|hybride|virtuel(?:le)?|presencial|h[íi]brid[oa]))[)\]]\s*"
)


# "Time: 6:00 PM Location: 345 Sixth Avenue, Pittsburgh, PA": a record's fields run together on one line.
_VENUE_FIELD = re.compile(
    r"\b(?:location|venue|where|place|lugar|sede|lieu)\s*:\s*(?P<venue>.+?)\s*(?=\b[A-Z][\w ]{0,30}:\s|$)", re.I
)


def labelled_venue(text: str) -> str | None:
    """The venue a "Location:" field of `text` gives; None for none, or an online meeting."""
    field = _VENUE_FIELD.search(text)
    return venue_line(field.group("venue")) if field else None


_LABELLED_VENUE_SENTENCE = re.compile(
    r"\.\s+(?:sede|venue|lieu|lugar|location|where)\s*:\s*(?P<venue>[^.:]{2,80})\.?$", re.I
)


_WEEKDAY_FIELD = re.compile(rf"^{WEEKDAY_NAMES}\b[\s,.;:|–—-]*", re.I)


def _rest_title(rest: str) -> tuple[str | None, str | None]:
    """What follows a record's date: (a title naming a meeting, a venue), either may be None."""
    if field := _VENUE_FIELD.search(rest):
        # "— Reunión de la Red ... — Sede: Ciudad de México": the name before the labelled venue, if it names one
        head = rest[: field.start()].strip(_SEPARATORS + " ")
        named = _rest_title(head)[0] if head and KIND_WORDS.search(head) else None
        return named, labelled_venue(rest)
    text = _TIME.sub(" ", _TIME_ZONE.sub(" ", rest))
    text = _RSVP_NOTE.sub("", _LEADING_NOTE.sub("", text))  # "... Services. RSVP by April 8.": a note after the name
    text = re.sub(r"\s+", " ", text).strip(_SEPARATORS + " ")
    text = _WEEKDAY_FIELD.sub("", text)  # "September 19, 2026 Saturday 9:00 am": the date's weekday, no place
    if not text:
        return None, None
    # "Curso de Capacitación sobre ... Migrantes. Sede: Tapachula, México.": the name, then its labelled venue
    if (labelled := _LABELLED_VENUE_SENTENCE.search(text)) and KIND_WORDS.search(text[: labelled.start()]):
        return text[: labelled.start()].strip(_SEPARATORS + " "), labelled.group("venue").strip(" .")
    # "Roundtable: Skilled Immigration and the Recovery. MPI, Washington, DC.": a newsletter's name, then its venue
    # as a sentence of its own; commas inside the name ("Subcommittee on Immigration, Refugees and ...") stay in it
    if (dotted := _VENUE_SENTENCE.search(text)) and KIND_WORDS.search(head := text[: dotted.start()]):
        venue = dotted.group("venue").strip(" .")
        if not _VENUE_SENTENCE.search(head) and ONLINE_VENUE.fullmatch(venue):
            return head.strip(_SEPARATORS + " "), None
        if (
            country_of(venue)
            and not KIND_WORDS.search(venue)
            and not _VENUE_SENTENCE.search(head)
            and not _HOST_PART.match(venue)
        ):
            return head.strip(_SEPARATORS + " "), venue
    if (told := _TOLD_AFTER.search(text)) and KIND_WORDS.search(text[: told.start()]):
        # "Full Round. Chaired by the Permanent Secretary of ..., the Full Round considered ...": the name's sentence,
        # then what the meeting did
        text = text[: told.start()]
    parts = [p.strip(_SEPARATORS + " ") for p in _FIELD_BREAK.split(text)]
    parts = [p + ")" if p.count("(") > p.count(")") else p for p in parts]  # "Debate (press briefing)" kept whole
    parts = [_LEADING_LINK.sub("", p) for p in parts if p and not _DOCUMENT_LINKS.fullmatch(p) and not _only_links(p)]
    parts = [p for p in parts if p]
    if not parts:
        return None, None
    parts = [_ORGANISER_CLAUSE.sub("", p) for p in parts if not (_STATUS_PART.fullmatch(p) or _LABEL_ONLY.fullmatch(p))]
    if not parts:
        return None, None
    if len(parts) >= 2 and _KIND_LABEL.fullmatch(parts[0]) and _names_work(parts[1].rstrip(".")):
        # "Webinar, Using State Data Tools to Plan Adult Education Services": the kind's label, then the name
        return f"{parts[0]}: {parts[1].rstrip('.')}", _end_stop(", ".join(parts[2:])) or None
    if len(parts) >= 2 and _TYPE_LABEL.match(parts[1]) and _names_work(parts[0]):
        # "Labor Market Integration of Highly Skilled Immigrants · Roundtable - MPI offices, Washington, DC": the
        # name, then a line saying what kind of event it was and where
        return parts[0], _end_stop(", ".join(parts[2:])) or None
    # "Réunion du Groupe de travail sur l'asile, au même endroit qu'en mars": the name, then a note on the place
    parts = [x.strip() for p in parts for x in (_PLACE_NOTE.split(p, maxsplit=1) if KIND_WORDS.search(p) else [p])]
    titled = [
        p
        for p in parts
        # a name that opens with its kind ("Reunión de la Red Regional de Funcionarios de Enlace para ...") may run long
        if (len(p.split()) <= 12 or (len(p.split()) <= MAX_KIND_LED_WORDS and KIND_WORDS.match(p)))
        # a lone body's name ("Plan Commission") is the meeting's, unless it is a room's
        and (
            KIND_WORDS.search(p)
            or (len(parts) == 1 and _BODY_NOUN.search(p) and not _PLACE_WORDS.search(p))
            or (len(parts) == 1 and _ACRONYM_AT.fullmatch(p))  # "GRCM (Managua)": the body's meeting, in its town
        )
    ]
    if titled:
        title = titled[0]
        venue = ", ".join(p for p in parts if p is not title) or None
        if (placed := _BRACKETED_PLACE.search(title)) and country_of(placed.group(1)):
            # "Mini-Full Round (Genève)": the place the name is followed by in brackets is the venue
            title, venue = title[: placed.start()].rstrip(), ", ".join(x for x in (placed.group(1), venue) if x)
        elif (town := _IN_TOWN_TAIL.search(title)) and country_of(town.group("town")) and not _is_venue(venue):
            # "Seminar on foreign credential recognition in Toronto, co-hosted with ...": the town the name ends with
            title, venue = title[: town.start()], town.group("town")
        return title, _end_stop(venue)
    if re.fullmatch(r"\([^()]*\)", rest.strip()) and country_of(rest) is None:
        return None, None  # "March 11 (Budget Hearing)": a note on the day, no place
    return None, _end_stop(_TRAILING_LINKS.sub("", ", ".join(parts)))


# A sentence of six words or more after a record's name tells what the meeting did; a short one is its venue
_TOLD_AFTER = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+(?=[A-ZÀ-Ý]\S*(?:\s+\S+){5})")
# Where a record's fields part: a dash, a bar or bullet, a comma before a capital; not the comma of a name's series
# ("Working Group on Admission, Control and Enforcement")
_FIELD_BREAK = re.compile(
    r"\s+[–—-]\s+|\s*[|·•]\s*|,\s+(?=[A-Z0-9])(?![A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:and|y|et|&)\s+[A-Z])"
)
# "RSVP by April 8.", "Registration required.": a note closing a record, after its name
_RSVP_NOTE = re.compile(r"(?<=[.!])\s+(?:rsvp|register|registration|inscripciones?|inscriptions?)\b.*$", re.I)
# "Webinar", "Roundtable", "Taller": a kind's label alone, before the name it labels
_KIND_LABEL = re.compile(
    r"webinar|roundtable|briefing|seminar|workshop|conference|forum|panel|taller|seminario|conferencia|foro|atelier"
    r"|séminaire|conférence",
    re.I,
)
_IN_TOWN_TAIL = re.compile(r"\s+(?:in|en|à)\s+(?P<town>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})$")


def _is_venue(text: str | None) -> bool:
    """Whether what a record gives besides its name places it (a town or a venue), not a note on its hosts."""
    return bool(text) and not _HOST_PART.match(text or "") and country_of(text or "") is not None


_VENUE_SENTENCE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+(?P<venue>[A-Z][^.]*(?:\b[A-Z]\.?[A-Z]?\.?)?)\.?$")
_PLACE_NOTE = re.compile(r",\s+(?=(?:au|aux|à|dans|in|at|en el|en la)\s)", re.I)
# The nouns that name a body (not its papers: "schedule", "agendas").
_BODY_NOUN = re.compile(
    r"\b(?:board|commission|council|committee|trustees|directors|authority|assembly|task force|junta|consejo"
    r"|comisi[óo]n|comit[ée]|conseil|assembl[ée]e|group|grupo|groupe|network|red de|r[ée]seau)\b",
    re.I,
)
# A body's name may be a room's ("Council Chambers", "Board Room"): the place words say which.
_PLACE_WORDS = re.compile(
    r"\b(?:chambers?|room|hall|building|cent(?:er|re)|library|street|avenue|ave|suite|floor|offices?|sala|salle)\b",
    re.I,
)
_ACRONYM_AT = re.compile(r"[A-Z]{3,6}\s*\([^()]{2,40}\)")
_BRACKETED_PLACE = re.compile(r"\s*\(([^()]{2,40})\)$")
# "Roundtable", "Book launch", "Congressional briefing", "Webinar (online only)", "Roundtable with Canadian officials":
# an event's type as a label of its own, naming no topic ("Roundtable on X" is a name).
_TYPE_LABEL = re.compile(
    rf"^(?:[^\W\d_][\w-]*\s+){{0,2}}?(?:{KIND_WORDS.pattern})(?:\s*\([^()]*\))?"
    r"(?:\s+(?:with|before|for|at|co-organized|co-hosted|hosted|organi[sz]ed|by)\b.*)?$",
    re.I,
)


def _names_work(part: str) -> bool:
    """Whether a record's first field reads as an event's name of its own: a few words, no kind word, no place."""
    words = part.split()
    return len(words) >= 3 and not KIND_WORDS.search(part) and not (len(words) <= 4 and country_of(part))


def field_after(title: str, snippet: str) -> str | None:
    """The short field that follows a record's name in its text ("... | Réunion du WGTech · Canberra"), if any."""
    at = snippet.find(title)
    if at < 0:
        return None
    rest = re.split(r"\s+[–—-]\s+|\s*[|·•]\s*", snippet[at + len(title) :].lstrip(_SEPARATORS + " "), maxsplit=1)[0]
    return rest if 0 < len(rest.split()) <= MAX_META_FIELD_WORDS and not find_dates(rest) else None


MAX_META_FIELD_WORDS = 8


def type_label_after(title: str, snippet: str) -> str | None:
    """The type label that follows a record's name in its text ("... Immigrants · Roundtable - MPI offices")."""
    at = snippet.find(title)
    if at < 0:
        return None
    rest = re.split(r"\s+[–—-]\s+|\s*[|·•]\s*", snippet[at + len(title) :].lstrip(_SEPARATORS + " "), maxsplit=1)[0]
    return rest if _TYPE_LABEL.match(rest) else None


# "May 13 - CANCELLED", "(postponed)": a record's status set as a field of its own, no venue.
_STATUS_PART = re.compile(
    r"\(?(?:cancel+ed|canceled|postponed|rescheduled|suspended|cancelad[ao]|suspendid[ao]|aplazad[ao]"
    r"|annul[ée]e?|report[ée]e?|tbd|tba)\)?(?:\s*\([^()]*\))?\W*",  # "CANCELLED (federal government closed)"
    re.I,
)
# "Date: 04/28/2020 Time: 4:00 PM": a field's label left alone once its time is read, no venue.
_LABEL_ONLY = re.compile(r"(?:time|hora|heure|horario|when|date|fecha|day|día|save the date|reserve la fecha)\W*", re.I)
ONLINE_VENUE = re.compile(
    r"\b(?:virtual|zoom|online|webinar|teams|en l[ií]nea|en ligne|videoconferencia|videoconference|visioconférence)\b",
    re.I,
)
# "Conference, co-organized with CLINIC and Georgetown University": who organised it, after the name.
_ORGANISER_CLAUSE = re.compile(
    r",\s+(?:(?:co-?)?(?:organi[sz]ed|hosted|sponsored|convened)\s+(?:with|by)|jointly with"
    r"|in (?:cooperation|collaboration|partnership) with|with the support of)\b.*$",
    re.I,
)


def _end_stop(venue: str | None) -> str | None:
    """A venue without the full stop closing its line ("Tegucigalpa, Honduras."), "D.C." kept, and without what a
    record's next line says after its country ("Ottawa, Canada Organisé avec ...", "Oslo, Norvège Date limite ...")."""
    if not venue:
        return venue
    if (country := _COUNTRY_THEN_MORE.search(venue)) and country.group(1).lower() in COUNTRIES:
        venue = venue[: country.end(1)]
    return re.sub(r"(?<=[a-zà-ÿ]{2})\.$", "", venue)


_COUNTRY_THEN_MORE = re.compile(r",\s+([A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?)\s+[A-ZÀ-Ý][\w'’-]*\s+\S")


def _only_links(text: str) -> bool:
    return not re.sub(r"[\W\d]+", " ", _DOCUMENT_LINKS.sub(" ", text)).strip()


_STATUS = re.compile(
    r"\b(?:meeting|notice|cancel+ed|canceled|rescheduled|change[sd]?|time|location|updates?|alerts?|revised|new"
    r"|reminder|special)\b",
    re.I,
)


def is_link_text(text: str) -> bool:
    """Whether a cell only links a meeting's documents or states its status ("Agenda & Documents",
    "Meeting Notice", "LOCATION & TIME CHANGE"): it names no meeting."""
    return _only_links(_STATUS.sub(" ", text))


# --- records ------------------------------------------------------------------------------------


def _record_key(block: Block) -> str | None:
    """The HTML element a block belongs to as one record (its `article` or `li`); None for PDF blocks."""
    locator = block.locator or ""
    if block.page is not None or ">" not in locator or block.kind == BlockKind.TABLE_ROW:
        return None
    parts = locator.split(" > ")
    for i in range(len(parts) - 1, -1, -1):
        if parts[i].split(":")[0] in ("article", "li"):
            return " > ".join(parts[: i + 1])
    return None


_STEP = re.compile(r"^(?P<tag>[\w-]+)(?::nth-of-type\((?P<nth>\d+)\))?$")
MIN_CARDS = 3


def _steps(locator: str | None) -> list[str]:
    parts = [p.strip() for p in (locator or "").split(" > ")]
    return parts if parts and all(_STEP.match(p) for p in parts) else []


def _dated(block: Block) -> bool:
    text = _WEEKDAY_FIELD.sub("", block.text.strip())  # "Tuesday, November 15 10:00 am": a card's day, its year lent
    return bool(_MONTH_DAY.match(text) or _YEAR_MONTH.match(block.text) or find_dates(block.text))


MIN_SECTION_DATES = 3
_RELATED_LINE = re.compile(
    r"^\W*(?:related (?:publications?|reports?|resources?|reading)|see also|publicaci[oó]n relacionada"
    r"|publication associée|read the (?:report|brief))\s*:",
    re.I,
)


MAX_CARD_BOXES = 3  # the boxes one card is drawn as: title and text, then type, venue and date


def card_keys(blocks: Sequence[Block]) -> dict[int, str]:
    """The card each block of a page of repeated `div` cards belongs to (block order -> the card's path).

    A card is a child of a container that repeats, child after child, several blocks one of which is dated
    (a "Jun" / "12" badge, a title, a venue line). Containers are compared without their own positions,
    so the cards of two year sections are one series."""
    keys: dict[int, str] = {}
    # each block's dates read once; a card's prose ("originally scheduled for July 12, has been moved to July 26")
    # and its related work's line ("Related Publication: X (Policy Brief, July 2011)") date no record of it
    dated_blocks = {b.order for b in blocks if b.page is None and _dated(b)}
    told = {b.order for b in blocks if b.order in dated_blocks and (_prose(b) or _RELATED_LINE.match(b.text))}
    free = [
        b
        for b in blocks
        if b.page is None
        and b.kind != BlockKind.TABLE_ROW
        and _record_key(b) is None
        and _steps(b.locator)
        and not _dated_term(b)
    ]
    while True:
        series: dict[str, dict[str, list[Block]]] = {}
        for block in free:
            steps = _steps(block.locator)
            for depth in range(1, len(steps)):
                pattern = re.sub(r":nth-of-type\(\d+\)", "", " > ".join(steps[: depth + 1]))
                series.setdefault(pattern, {}).setdefault(" > ".join(steps[: depth + 1]), []).append(block)
        best: dict[str, list[Block]] = {}

        def qualifies(records: dict[str, list[Block]]) -> bool:
            multi = [r for r in records.values() if len(r) >= 2]
            # (weighed among the boxes of the containers that hold them: a column of works beside the column of
            # events, its cards read already, leaves a line each)
            with_multi = {path.rsplit(" > ", 1)[0] for path, r in records.items() if len(r) >= 2}
            boxes = sum(path.rsplit(" > ", 1)[0] in with_multi for path in records)
            # A card dates one event; a box of three or more dated lines is a section of records (a year's).
            dated = [
                path
                for path, r in records.items()
                if len(r) >= 2 and 0 < _dates_of_record(r, dated_blocks, told) < MIN_SECTION_DATES
            ]
            if (
                len(multi) >= 2
                and len(multi) >= 0.6 * boxes
                and all(_split_badge(r, 2000) or _badge_line(r[0].text) for r in multi)
            ):
                return True  # every box opens with a date badge ("Jun" / "12", or "May 07"): cards, however few
            # the sidebar's boxes beside the column of cards ("Featured", "Stay informed") are no records of it
            holders = {path.rsplit(" > ", 1)[0] for path in dated}
            mates = [path for path in records if path.rsplit(" > ", 1)[0] in holders]
            return len(dated) >= MIN_CARDS and len(dated) >= 0.6 * len(mates)

        for records in series.values():
            if qualifies(records) and len(records) > len(best):
                best = records
        if not best:
            return keys
        # A card drawn as two boxes (its title and text, then its type, venue and date) repeats as pairs of
        # siblings: the card is their parent, when the parents make a series of cards too.
        parents = Counter(path.rsplit(" > ", 1)[0] for path in best)
        # (a panel of many rows, "January" / "27-28" each, is a section of cards, not one card)
        if parents and sum(2 <= n <= MAX_CARD_BOXES for n in parents.values()) >= 0.6 * len(parents):
            pattern = re.sub(r":nth-of-type\(\d+\)", "", next(iter(parents)))
            if (outer := series.get(pattern)) and qualifies(outer) and set(parents) <= set(outer):
                best = outer
        for key, record in best.items():
            keys.update((b.order, key) for b in record)
        free = [b for b in free if b.order not in keys]


def _dates_of_record(record: Sequence[Block], dated: set[int], told: set[int]) -> int:
    """How many of a record's lines date it: its date lines; its prose and its related work's line only where it
    has none ("MPI analysts will present ..., originally scheduled for July 12, has been moved to July 26")."""
    lines = sum(b.order in dated and b.order not in told for b in record)
    return lines or min(1, sum(b.order in told for b in record))


def _records(blocks: Sequence[Block], cards: dict[int, str]) -> Iterable[tuple[list[Block], str]]:
    """Blocks grouped into records: the blocks of one card or list item joined, others one by one.
    A group too long for one record (a page's main `article`) stays a run of blocks, and so do the
    lines of one paragraph (same locator)."""
    groups: list[list[Block]] = []
    key: str | None = None
    for block in blocks:
        k = _record_key(block) or cards.get(block.order)
        if groups and k is not None and k == key:
            groups[-1].append(block)
        else:
            groups.append([block])
        key = k
    for group in groups:
        # A card's fields are short; a description (and a long meta line of hours and address) among four or
        # more fields under one heading does not make it an article.
        # A labelled field ("Date: ...", "Speakers: ...") is the card's data, however many of them it has.
        words = [0 if _LABELLED_FIELD.match(b.text) else len(b.text.split()) for b in group]
        long = [n for n in words if n > MAX_FIELD_WORDS]
        headings = sum(b.kind == BlockKind.HEADING for b in group)
        described = len(group) >= 4 and (len(long) == 1 or len(long) == 2 and headings == 1 and max(long) <= 60)
        fields = sum(n for n in words if n <= MAX_FIELD_WORDS)
        # A card of short fields under one heading (badge, type, title, venue, hours, an RSVP line) is one.
        fielded = not long and headings == 1 and sum(words) <= 2 * MAX_RECORD_WORDS
        too_long = sum(words) > MAX_RECORD_WORDS and not (described and fields <= MAX_RECORD_WORDS) and not fielded
        if len(group) > 1 and (too_long or len({b.locator for b in group}) < len(group)):
            yield from (([b], b.text) for b in group)
        else:
            yield group, " | ".join(b.text for b in group)


_LABELLED_FIELD = re.compile(r"^\W*[^\W\d_][\w ]{0,20}:\s(?!.*[.!?]\s+\S.*[.!?]\s*$)")  # no field of two sentences


def _header_is_data(header: Sequence[str]) -> bool:
    """A table whose first row is dates or months (a calendar) has no header line: its first row is data."""
    cells = [c for c in header if c.strip()]
    if not cells:
        return False
    if any(d.precision == DatePrecision.DAY for c in cells for d in find_dates(c)):
        return True  # column names never hold a day: "a. | National Workshop | 12 October 2015" is a row
    if _MONTH_ONLY.match(cells[0]) and all(_DAY_ONLY.match(c) for c in cells[1:]):
        return True  # "JAN. | 14 | 28": the first month row of a calendar
    if _MONTH_DAY.match(cells[0].strip()) and len(cells[0].split()) <= MAX_DAY_CELL_WORDS:
        return True  # "Nov. 14 | Roundtable on ..., Geneva": a year-less day opens the first record
    if _SHORT_NUMERIC.match(cells[0]):
        return True  # "18/08 | Reunión de la Red ...": a day and month in figures opens the first record
    dated = sum(bool(find_dates(c) or _MONTH_DAY.match(c.strip()) or _MONTH_ONLY.match(c)) for c in cells)
    return dated >= 2 and dated * 2 >= len(cells)


_DEADLINE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in DEADLINE_WORDS) + ")", re.I)


# A dated line that opens by saying it is a deadline: "Date limite d'inscription à l'atelier", "Deadline for ...".
_DEADLINE_LINE = re.compile(
    r"^(?:date limite|délai|deadline|due date|closing date|fecha l[ií]mite|plazo|cierre de inscripciones"
    r"|registration (?:deadline|closes))\b",
    re.I,
)


def names_deadline(header_cell: str) -> bool:
    """Whether a column header names a date that is not a meeting's ("File date", "Deadline", "Due on")."""
    return bool(_DEADLINE.search(header_cell))


# A list view's bookkeeping columns: when an item was created or last changed, no day of its meeting.
STAMP_COLUMN = re.compile(
    r"^\W*(?:(?:last\s+)?modified|created|updated|last updated|posted|[úu]ltima modificaci[oó]n|modificado|creado"
    r"|actualizado|modifi[ée]|cr[ée][ée]|mis à jour)\b",
    re.I,
)


def _deadline_column(header: Sequence[str], heading_labels: Sequence[str]) -> set[int]:
    named = [i for i, h in enumerate(header) if any(w in h.lower() for w in DEADLINE_WORDS)]
    if any(ACTUAL_HEADER.search(h) for h in header):
        named += [i for i, h in enumerate(header) if PLANNED_HEADER.search(h)]  # the plan's dates are no meeting's
    if named:
        return set(named)
    # Column titles set as headings above a headerless table ("MEETING" / "FILE DATE").
    labels = [lab.lower() for lab in heading_labels]
    if len(labels) == len(header) and any(any(w in lab for w in DEADLINE_WORDS) for lab in labels):
        return {i for i, lab in enumerate(labels) if any(w in lab for w in DEADLINE_WORDS)}
    return set()


_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


# A calendar's closures: "Secretariat closed (Jeûne genevois)", "Oficinas cerradas", a category cell "Holiday".
_CLOSURE = re.compile(
    r"^\W*(?:(?:the\s+|la\s+|le\s+)?(?:office|offices|secretariat|secretar[ií]a|secr[ée]tariat|bureaux?|oficinas?)"
    r"(?:\s+t[ée]cnica)?\s+(?:is\s+|are\s+|will be\s+|est\s+|estar[áa]n?\s+)?(?:closed|cerrad[ao]s?|ferm[ée]e?s?)\b"
    r"|(?:public\s+|bank\s+|national\s+|federal\s+|official\s+)?holidays?\W*$|(?:d[ií]as?\s+)?(?:feriados?|festivos?)\W*$"
    r"|jours?\s+f[ée]ri[ée]s?\W*$)",
    re.I,
)


def _row_entries(
    cells: Sequence[str], block: Block, ctx: _Context, skip_columns: set[int], header: Sequence[str]
) -> list[Entry]:
    """The meetings of one table row: a month row of day cells, date cells, or the row's first date."""
    cells = [without_stamps(c).strip() for c in cells]
    if any(_CLOSURE.match(c) for c in cells):
        return []  # the office's closure or a holiday: a day on the calendar, no meeting
    if any(TOTAL_ROW.match(c) for c in cells):
        return []  # "| Total: 10 activities | | 295": the table's sum (its day cell only carried down from above)
    if cells and (clock := _TIME.match(cells[0])) and clock.end() == len(cells[0]) and not ctx.heading_day:
        # "09:45 - 10:45 | Informe ...: a) Seminario ... (San Salvador, 28 y 29 de agosto de 2008) | PPT": a session
        # of one meeting's timetable, whose text may report other activities, which the prose rules read
        return []
    # A "Year" column ("2006 | 14 March | Working Group ...") dates the row's days before any heading does.
    own_year = next((int(c) for c in cells if _YEAR_CELL.fullmatch(c)), None)
    year = own_year or ctx.year or ctx.running_year
    name = ctx.name
    if len(cells) > 2 and _MONTH_ONLY.match(cells[0]) and _DAYS_ONLY.match(cells[1]):
        # "Marzo | 22 y 23 | Seminario-Taller ... | Panamá": a month column, then the row's days, "22 y 23 Marzo"
        cells = ["", f"{cells[1]} {cells[0]}", *cells[2:]]
    if cells and (month := _MONTH_ONLY.match(cells[0])) and year:
        found = []
        # "May | (Annual Parish Meeting) | 21st": a cell naming a meeting titles the row's day; otherwise a
        # column named for a body ("Monday Committee | Wednesday Council") titles its days.
        named = next((c.strip("() ") for c in cells[1:] if not _DAY_ONLY.match(c) and KIND_WORDS.search(c)), None)
        titles = header if len(header) == len(cells) and not _header_is_data(header) else ()
        for i, cell in enumerate(cells[1:], start=1):
            day = _DAY_ONLY.match(cell)
            if day and not NO_MEETING.search(cell):
                try:
                    d = datetime.date(year, MONTHS[month.group("m").lower()], int(day.group("d")))
                except ValueError:
                    continue
                text = f"{cells[0]} {cell}"
                span = DateSpan(text, d, d, DatePrecision.DAY, 0, len(text))
                snippet = " | ".join(cells)
                title = named or (titles[i] if titles and names_body(titles[i]) else None)
                found.append(Entry(title, name, span, None, block, snippet, "schedule.calendar", status_of(cell)))
        if found:
            return found
    if by_body := _body_column_entries(cells, block, header, skip_columns):
        return by_body
    dated = []
    for i, cell in enumerate(cells):
        if i in skip_columns or not cell:
            continue
        date = leading_date(cell, year) or _short_numeric_date(cell, year)  # "13/09 - 14/09" under a year
        if date is not None and date.precision == DatePrecision.DAY:  # "October 2015" heads a section, no row
            dated.append((i, cell, date))
    if any(DOCUMENT_SYMBOL.fullmatch(c) for c in cells):
        return []  # "IGC/FR/2008/1 | Draft agenda | 2 May 2008": a list of a meeting's papers, dated when issued
    if not dated and NO_MEETING.search(block.text):
        return []  # "July | No meeting": the month's row says none is held
    if not dated and ctx.heading_day and (clocked := _clocked_row_entry(cells, block, ctx, skip_columns)):
        return [clocked]
    if not dated and (month_row := _month_row_entry(cells, block, ctx, skip_columns, year, header)):
        return [month_row]
    if not dated:
        named = _named_cell_entries(cells, block, ctx, skip_columns, year, header)
        year_row = _year_row_entry(cells, block, ctx, own_year, header) if own_year and not named else None
        return named or ([year_row] if year_row else [])
    date_cells = len(dated) == len([c for c in cells if c])
    if date_cells and len(dated) > 1 and not any(find_dates(c) for c in cells):
        # Every cell a "Month Day": a calendar grid, one meeting per cell.
        return [
            Entry(None, name, d, None, block, cell, "schedule.calendar", status_of(cell))
            for _, cell, d in dated
            if not NO_MEETING.search(cell)
        ]
    if date_cells and _columns_of_days(dated):
        # "Tuesday, January 15, 2019 | Tuesday, July 16, 2019": a year's meeting days set in two columns
        return [Entry(None, name, d, None, block, cell, "schedule.table", status_of(cell)) for _, cell, d in dated]
    i, cell, date = dated[0]
    if NO_MEETING.search(block.text) or any(
        names_deadline(c) and len(c.split()) <= MAX_DEADLINE_CELL_WORDS for j, c in enumerate(cells) if j != i
    ):
        return []  # no meeting that month, or a row of deadlines ("Due on | 31/08/2016"), not "... Register by June 5"
    title, venue = _rest_title(cell[date.stop :])
    label = None
    if title and _KIND_LABEL.fullmatch(title) and len(cells) > 1:
        label, title = title, None  # "Feb. 18 Webinar | Implementing Executive Action ...": the type, the name beside
    venue_at = _venue_column(header, len(cells))
    if venue is None and venue_at is not None and venue_at != i and cells[venue_at]:
        venue = cells[venue_at]  # "Date | Meeting | Location | Status": the venue its column gives
    if moved := next((m for j, c in enumerate(cells) if j != i and (m := _moved_date(c, year))), None):
        date = moved  # "Postponed to 4–5 February 2014": held on the day it moved to
    elif last := _last_day(cells, header, dated, date):
        date = last  # "Start Time | End Time": the first day, then the last in a column of its own
    others = [
        c
        for j, c in enumerate(cells)
        if j != i
        and j != venue_at
        and c
        and j not in skip_columns
        and not leading_date(c, year)
        and not is_link_text(c)
        and not _moved_date(c, year)
    ]
    title_at = title_column(header, cells) if len(header) == len(cells) else None
    if title is None and title_at is not None and title_at != i and cells[title_at]:
        title = cells[title_at]  # "N.º | Actividad | Fecha | ...": the column the header names for the activity
    if title is None and title_at is None:
        title = _event_of_venue_column(header, venue_at)  # "Année | Présidence | Lieu de la réunion plénière | Dates"
    if title is None and (cell := next((c for c in others if " · " in c), None)):
        fields = cell.split(" · ")
        if all(_LABELLED.match(f) for f in fields[1:]):
            # "Seminario Regional · Lugar: San Salvador, El Salvador :: Categoría: Seminarios": the name over its fields
            title = fields[0]
            labelled = (venue_line(f) for f in fields[1:] if VENUE_LABEL.match(f))
            venue = venue or next((_FIELD_TAIL.sub("", v) for v in labelled if v), None)
        elif len(fields) >= 2 and country_of(fields[1]) and len(fields[1].split()) <= MAX_VENUE_FIELD_WORDS:
            # "Reunión de la Red ... · San Salvador, El Salvador · Intercambio de ...": the name, its town, what it did
            title, venue = fields[0], venue or fields[1]
    if title is None and label and others and (head := _FIRST_SENTENCE.match(others[0])):
        title = head.group(1)  # the type's name cell: "Implementing Executive Action ...? Online. MPI analysts ..."
        named, place = _rest_title(title)
        if named and place and country_of(place):
            title, venue = named, venue or place
    if title is None and (title := _row_title(others, ())):
        named, place = _rest_title(title)  # "Workshop on Labour Migration — Brussels": the name, then its venue
        if named and country_of(place):
            title, venue = named, venue or place
        elif split := _trailing_place(title):
            # "..., hosted by Estonia": the host, not the venue, which a cell of its own may give
            title, venue = split[0], venue or (split[1] if split[1][:1].isupper() else None)
    if venue is None and venue_at is None and title:
        # a row without a header: the cell beside the title that names a known place is the venue ("Geneva")
        venue = next((c for c in others if c != title and len(c.split()) <= 4 and country_of(c)), None)
    snippet = " | ".join(cells)
    return [Entry(title, label or name, date, venue, block, snippet, "schedule.table", status_of(snippet))]


MAX_VENUE_FIELD_WORDS = 5
_END_COLUMN = re.compile(
    r"^\W*(?:end(?:s|ing)?(?:\s+(?:date|time|day))?|to|until|last day|hasta|fin"
    r"|fecha\s+(?:de\s+)?(?:fin(?:alizaci[oó]n)?|t[ée]rmino|cierre|conclusi[oó]n)|date\s+de\s+fin|jusqu['’]au|au)\W*$",
    re.I,
)
MAX_COLUMN_SPAN_DAYS = 31  # a meeting's last day falls within weeks of its first; further on, the column is another


def _last_day(
    cells: Sequence[str], header: Sequence[str], dated: Sequence[tuple[int, str, DateSpan]], first: DateSpan
) -> DateSpan | None:
    """The span from a row's first day to the day its end column gives ("1/22/2013 9:00 AM | 1/22/2013 5:00 PM",
    "2/5/2013 | 2/6/2013"); None without such a column, or when its day is not a few days on."""
    if len(header) != len(cells):
        return None
    end = next((d for j, _, d in dated[1:] if _END_COLUMN.match(header[j])), None)
    if end is None or not 0 <= (end.start - first.start).days <= MAX_COLUMN_SPAN_DAYS:
        return None
    text = f"{first.text} - {end.text}" if end.start != first.start else first.text
    return DateSpan(text, first.start, end.end, DatePrecision.DAY, first.begin, first.stop)


MIN_COLUMN_GAP_DAYS = 28  # a filing deadline falls within weeks of its meeting; a second column of days, months on


def _columns_of_days(dated: Sequence[tuple[int, str, DateSpan]]) -> bool:
    """Whether a row's cells are only days, on one weekday, months apart: one list of meeting days set in columns."""
    if len(dated) < 2 or any(cell[d.stop :].strip(_SEPARATORS) for _, cell, d in dated):
        return False
    days = [d.start for _, _, d in dated]
    return len({d.weekday() for d in days}) == 1 and all(
        (b - a).days >= MIN_COLUMN_GAP_DAYS for a, b in zip(days, days[1:], strict=False)
    )


_DATE_HEADER = re.compile(r"\b(?:dates?|fechas?|d[ií]as?|jours?|days?|when|cu[aá]ndo|quand)\b", re.I)


def title_column(header: Sequence[str], cells: Sequence[str]) -> int | None:
    """The column a table's header names for the activity ("Actividad", "Meeting", "Event"), if one does; of two
    ("Producto | Actividad | ...", "Output | Activity | ..."), the one whose cell has words, not an output's code."""
    named = [
        i
        for i, h in enumerate(header)
        if (set(normalise_title(h).split()) & _TITLE_HEADER_WORDS or EVENT_KIND_WORDS.fullmatch(h.strip()))
        and not _VENUE_OF.match(h)  # "Lieu de la réunion plénière": the venue of the meeting the header names
        and not _DATE_HEADER.search(h)  # "Fecha de la reunión", "Meeting date": its day
    ]
    # ("Full Round | Dates | Host city | Chair's theme": the column headed by the kind of meeting names it; a theme,
    # topic or subject is the name only where no column is)
    named.sort(key=lambda i: bool(_TOPIC_HEADER.search(header[i])))
    # ("Location | Date/Time | Description": a description that is a sentence names no event)
    named = [i for i in named if not (i < len(cells) and _DESCRIPTION.search(header[i]) and _prose_cell(cells[i]))]
    # ("Output | Activity | Planned | Actual": the output a row serves is no name of the activity)
    named.sort(key=lambda i: bool(_OUTPUT_HEADER.search(header[i])))
    worded = (i for i in named if i < len(cells) and re.search(r"[^\W\d_]{3}", cells[i]))
    return next(worded, named[0] if named else None)


_TOPIC_HEADER = re.compile(r"\b(?:topic|tema|th[eè]me|theme|subject|asunto|sujet)s?\b", re.I)
_OUTPUT_HEADER = re.compile(
    r"\b(?:outputs?|deliverables?|productos?|livrables?|resultados?|results?|r[ée]sultats?)\b", re.I
)


_DESCRIPTION = re.compile(r"\b(?:description|descripci[oó]n|summary|r[ée]sum[ée]|resumen|details?|detalles?)\b", re.I)


def _prose_cell(cell: str) -> bool:
    return len(cell.split()) > MAX_TITLE_WORDS or _is_sentence(cell)


_TITLE_HEADER_WORDS = frozenset(normalise_title(h) for h in TITLE_HEADERS)


def _venue_column(header: Sequence[str], width: int) -> int | None:
    """The column a table's header names for the venue ("Location", "Lugar", "Lieu", "Lieu de la réunion plénière"),
    if one does."""
    if len(header) != width:
        return None
    return next(
        (
            i
            for i, h in enumerate(header)
            if _VENUE_HEADER.search(h) and (not _MEETING_COLUMN.search(h) or _VENUE_OF.match(h))
        ),
        None,
    )


# "Lieu de la réunion plénière (Full Round)", "Venue of the annual meeting", "Sede de la Reunión Viceministerial": the
# venue column of a table whose rows are all that meeting, which the header names.
_VENUE_OF = re.compile(
    r"^\W*(?:venue|location|place|host city|lieu|ville|sede|lugar)\s+(?:of|de|du|del|des)\s+"
    r"(?:the\s+|la\s+|l['’]\s*|el\s+|le\s+)?(?P<event>.{4,80}?)[\s:.;,]*$",
    re.I,
)


def _event_of_venue_column(header: Sequence[str], venue_at: int | None) -> str | None:
    """The meeting a venue column's header names ("Lieu de la réunion plénière" → "Réunion plénière"), if any."""
    if venue_at is None or not (match := _VENUE_OF.match(header[venue_at])) or not KIND_WORDS.search(match["event"]):
        return None
    event = match["event"].strip()
    return event[:1].upper() + event[1:]


_MOVED_CELL = re.compile(
    r"^\W*(?:postponed|moved|rescheduled|pospuest[ao]|aplazad[ao]|reprogramad[ao]|report[ée]e?|d[ée]plac[ée]e?)\s+"
    r"(?:to|until|para el|para|al|a|au|à)\s+(?P<date>.+)$",
    re.I,
)


_MOVED_NOTE = re.compile(
    r"\(((?:postponed|moved|rescheduled|pospuest[ao]|reprogramad[ao]|report[ée]e?)\s[^()]+)\)", re.I
)


def _moved_date(cell: str, year: int | None) -> DateSpan | None:
    """The day a status cell says its meeting moved to ("Postponed to 4–5 February 2014"), None for any other cell."""
    moved = _MOVED_CELL.match(cell.strip())
    if moved is None:
        return None
    dates = find_dates(moved.group("date"))
    if dates and dates[0].precision == DatePrecision.DAY:
        return dates[0]
    return leading_date(moved.group("date"), year)


# "June (dates tbc)", "octubre (por confirmar)": a row dated only by its month, its days still to be set.
_MONTH_TBC = re.compile(
    rf"^\s*(?P<m>{_MONTH_NAMES})\.?\s*(?:\((?:dates?\s+)?(?:tbc|tbd|to be confirmed|por confirmar|à confirmer)\))?\s*$",
    re.I,
)


def _month_row_entry(
    cells: Sequence[str], block: Block, ctx: _Context, skip: set[int], year: int | None, header: Sequence[str]
) -> Entry | None:
    """A table row whose date cell is a month alone, beside a cell naming the meeting: the meeting, in that month."""
    at = next((i for i, c in enumerate(cells) if i not in skip and _MONTH_TBC.match(c)), None)
    if at is None or year is None:
        return None
    if any(find_dates(c) or _DAYS_OF_MONTH.search(c) or re.search(r"\d/\d", c) for i, c in enumerate(cells) if i != at):
        return None  # "Octubre | ... | del 10 al 12 de septiembre": a planned month beside the days it was held
    venue_at = _venue_column(header, len(cells))
    rest = [c for i, c in enumerate(cells) if i not in (at, venue_at) and c and i not in skip]
    title = _row_title(rest, ())
    if title is None or not KIND_WORDS.search(title):
        return None
    month = MONTHS[_MONTH_TBC.match(cells[at]).group("m").lower()]
    start = datetime.date(year, month, 1)
    span = DateSpan(cells[at], start, _month_end(start), DatePrecision.MONTH, 0, len(cells[at]))
    venue = cells[venue_at] or None if venue_at is not None else None
    snippet = " | ".join(cells)
    return Entry(title, ctx.name, span, venue, block, snippet, "schedule.table", status_of(snippet))


# "25-29 April", "Nov. 27-29", "17 de mayo": a day or days of a month, anywhere in a cell, its year the row's.
_DAYS_OF_MONTH = re.compile(
    rf"(?<![\w/])(?:[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-–—]\s*[0-3]?\d(?:st|nd|rd|th)?)?(?:\s+de)?\s+(?:{_MONTH_NAMES})\.?"
    rf"|(?:{_MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-–—]\s*[0-3]?\d)?)(?![\w/])",
    re.I,
)


_LABELLED = re.compile(r"^[^\W\d_][\w()\s]{1,30}?\s?:\s+\S")  # "Lugar: Managua", "Location : Geneva"
_FIELD_TAIL = re.compile(r"\s*(?:::|·|\|).*$")  # "Managua, Nicaragua :: Categoría: ...": the next field
_MEETING_COLUMN = re.compile(
    r"\b(?:meetings?|events?|reuni[óo]n(?:es)?|eventos?|r[ée]unions?|[ée]v[ée]nements?)\b", re.I
)


def _date_within(text: str, year: int | None) -> DateSpan | None:
    """The first day (or days) `text` names anywhere, written with its year or, given `year`, without it."""
    if days := [d for d in find_dates(text) if d.precision == DatePrecision.DAY]:
        return days[0]
    for match in _DAYS_OF_MONTH.finditer(text) if year else ():
        found = find_dates(f"{match.group(0)} {year}")
        if found and found[0].begin == 0 and found[0].precision == DatePrecision.DAY:
            d = found[0]
            return DateSpan(match.group(0), d.start, d.end, d.precision, match.start(), match.end())
    return None


# "Workshop on Return planned", "Dortmund | tba": a row for a meeting whose date is still to come, no record
_UNSCHEDULED = re.compile(
    r"(?<!\w)(?:planned|proposed|tba|tbc|tbd|to be (?:confirmed|announced|determined)|previst[oa]|planificad[oa]"
    r"|por confirmar|prévue?|à confirmer|geplant)(?!\w)",
    re.I,
)


def _year_row_entry(
    cells: Sequence[str], block: Block, ctx: _Context, year: int, header: Sequence[str]
) -> Entry | None:
    """A row of an archive that gives its meeting's year alone ("2016 | Autumn conference | Trier",
    "2005 | X Reunión Viceministerial | Tegucigalpa"): the meeting a cell names, in that year, or in the season
    a cell names ("Herbsttagung", "Spring meeting") at month precision; the venue its column gives."""
    venue_at = _venue_column(header, len(cells))
    named = next(
        (
            i
            for i, c in enumerate(cells)
            if i != venue_at and KIND_WORDS.search(c) and len(c.split()) <= MAX_RECORD_WORDS
        ),
        None,
    )
    if named is None or NO_MEETING.search(block.text) or _UNSCHEDULED.search(block.text):
        return None
    text = " | ".join(cells)
    season = next((m for c in cells if (m := _SEASON_WORD.search(c))), None)
    date = term_date(f"{season.group(1)} {year}", year) if season else None
    if date is None:
        date = DateSpan(str(year), datetime.date(year, 1, 1), datetime.date(year, 12, 31), DatePrecision.YEAR, 0, 4)
    venue = cells[venue_at] if venue_at is not None and cells[venue_at] else None
    if venue and _CANCELLED.fullmatch(venue.strip()):
        venue = None  # "2020 | Frühjahrstagung | Entfallen": the venue column says it was called off
    status = status_of(text)
    return Entry(cells[named], ctx.name, date, venue, block, text, "schedule.table", status)


def _clocked_row_entry(cells: Sequence[str], block: Block, ctx: _Context, skip_columns: set[int]) -> Entry | None:
    """A row of a day's agenda under that day's heading: "11:00 Sala 6 | Bicameral Committee on ...". The time
    cell opens with the hour, the rest of it is the room; the other cell names the meeting."""
    assert ctx.heading_day is not None
    at = next((i for i, c in enumerate(cells) if i not in skip_columns and (t := _TIME.match(c)) and t.end() > 0), None)
    if at is None:
        return None
    others = [c for i, c in enumerate(cells) if i != at and i not in skip_columns and c]
    # every timed row of a day's agenda is a meeting, whatever its name says: the first sentence names it
    heads = [h.group(1) for c in others if (h := _FIRST_SENTENCE.match(c.strip()))]
    title = next((h for h in heads if KIND_WORDS.search(h)), None) or _row_title(others, ())
    title = title or next((h for h in heads if len(h.split()) <= MAX_ROW_TITLE_WORDS), None)
    if not title:
        return None
    room = cells[at][_TIME.match(cells[at]).end() :].strip(_SEPARATORS + " ") or None
    snippet = " | ".join(cells)
    return Entry(title, ctx.name, ctx.heading_day, room, block, snippet, "schedule.table", status_of(snippet))


def _named_cell_entries(
    cells: Sequence[str], block: Block, ctx: _Context, skip_columns: set[int], year: int | None, header: Sequence[str]
) -> list[Entry]:
    """A row whose meeting cell names the meeting, then its days and venue ("2016 | 11th Steering Committee
    Meeting 25-29 April, 2016, Southampton | Presentations"): no cell opens with a date, one names it after
    the meeting's name ("POGO-4" under a "Meeting and Location" column will do). The first such cell is the row's
    meeting."""
    for i, cell in enumerate(cells):
        if i in skip_columns or not cell or (date := _date_within(cell, year)) is None:
            continue
        head = cell[: date.begin].strip(_SEPARATORS + " ")
        column = header[i] if len(header) == len(cells) else ""
        if not (1 <= len(head.split()) <= MAX_RECORD_WORDS // 2) or _is_sentence(head):
            continue
        if not (names_body(head) or _MEETING_COLUMN.search(column)):
            continue
        if NO_MEETING.search(cell) or any(names_deadline(c) for c in cells):
            return []
        return [Entry(head, ctx.name, date, None, block, " | ".join(cells), "schedule.table", status_of(cell))]
    return []


def _body_column_entries(
    cells: Sequence[str], block: Block, header: Sequence[str], skip_columns: set[int]
) -> list[Entry]:
    """A row of a table with one column per body ("Month | Corporation Board | Executive Committee"): each
    dated cell is that body's meeting, or meetings, since a cell may hold a special session too."""
    # ("Fecha de la reunión | Reunión | Sede": a column of days and one of names, no body's column)
    bodies = {i for i, h in enumerate(header) if names_body(h) and not _DATE_HEADER.search(h)}
    if len(header) != len(cells) or len(bodies) < 2:
        return []
    found = []
    for i, cell in enumerate(cells):
        if i in skip_columns or i not in bodies or NO_MEETING.search(cell):
            continue
        for date in find_dates(cell):
            if date.precision == DatePrecision.DAY:
                found.append(Entry(header[i], None, date, None, block, cell, "schedule.table", status_of(cell)))
    return found


def _row_title(cells: Sequence[str], header: Sequence[str]) -> str | None:
    for i, cell in enumerate(cells):
        named = header and i < len(header) and re.search(r"name|title|meeting|event|nombre|titre", header[i], re.I)
        if named and cell.strip():
            return cell.strip()
    for cell in cells:
        if KIND_WORDS.search(cell) and len(cell.split()) <= 12 and not leading_date(cell, 2000):
            return cell.strip()
    for cell in cells:
        # "City Council | May 11, 2026 | 02h 23m": a video archive's row named by the body that met
        if names_body(cell) and len(cell.split()) <= MAX_BODY_CELL_WORDS and not leading_date(cell, 2000):
            return cell.strip()
    for cell in cells:
        # "Roundtable on Temporary Labor Migration, Geneva, Switzerland. Convened by MPI ...": a report's cell, its
        # first sentence names the meeting (and maybe its venue), the rest tells of it
        head = _FIRST_SENTENCE.match(cell.strip())
        if head and KIND_WORDS.search(cell) and len(head.group(1).split()) <= MAX_ROW_TITLE_WORDS:
            return head.group(1)
    return None


def _trailing_place(text: str) -> tuple[str, str] | None:
    """A title and the place its last one or two comma fields name ("Mexico-U.S. Migration: ..., Mexico City")."""
    for k in (2, 1):
        parts = text.rsplit(", ", k)
        place = ", ".join(parts[1:])
        if len(parts) == k + 1 and len(parts[0].split()) >= 3 and len(place.split()) <= 5 and country_of(place):
            return parts[0], place
    return None


_FIRST_SENTENCE = re.compile(r"^(.{8,200}?)(?<!\b[A-Z])\.\s+(?=[A-Z])")  # not after an initial ("U.S.")
MAX_ROW_TITLE_WORDS = 20
MAX_BODY_CELL_WORDS = 8
MAX_DEADLINE_CELL_WORDS = 6  # a cell saying the row's date is a deadline is a label; a longer one tells of the event
MAX_DAY_CELL_WORDS = 4


# "17", "27-28", "3 y 4": the day or days a line of a month's events opens with, under the month's heading.
_HEADED_DAY = re.compile(
    r"(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th|º|°)?(?:\s*(?:[-–]|y|et|and|&)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\.?"
    r":?(?=\s|$)"  # "17-18: Working Group on Asylum, Geneva" under "January 2008"
)


def results_told(block: Block) -> str | None:
    """A results table's cell that tells in sentences what was done ("Result achieved": "Two GRCM meetings held
    (...). XV Vice-Ministerial Meeting held in ..."), when the row has one: prose, not a record's fields."""
    if block.kind != BlockKind.TABLE_ROW or not block.header:
        return None
    at = next((i for i, h in enumerate(block.header) if any(w in h.lower() for w in RESULT_HEADERS)), None)
    if at is None or at >= len(block.cells) or len(block.cells[at].split()) < MIN_TOLD_WORDS:
        return None
    return block.cells[at]


MIN_TOLD_WORDS = 6


def _card_fields(rest: str) -> tuple[str, str | None] | None:
    """On an events page, what follows a record's date as a card's fields, "· Title · Washington, DC": the title
    (capitalised words, no date) and the place the last field names, if any; None for any other text."""
    parts = [p.strip() for p in rest.strip(" ·").split(" · ") if p.strip()]
    if not 2 <= len(parts) <= 3 or find_dates(parts[0]) or len(parts[0].split()) < 2 or not parts[0][:1].isupper():
        return None
    place = parts[-1] if country_of(parts[-1]) and len(parts[-1].split()) <= MAX_VENUE_WORDS else None
    if place is None and not ONLINE_VENUE.fullmatch(parts[-1]):
        return None
    return parts[0], place


MAX_VENUE_WORDS = 6
MIN_NEWS_WORDS = 6  # "Hotel Real, Tegucigalpa" is a venue; six words with a verb that name no meeting tell news
_FUNCTION_WORDS = frozenset(
    ["para", "sobre", "entre", "desde", "hasta", "hacia", "with", "from", "near", "into", "over", "upon", "avec",
     "dans", "pour", "sous", "chez", "vers", "auprès", "the", "and"]
)  # fmt: skip


def _tells_news(text: str) -> bool:
    """Whether what follows a timeline's day is a sentence of news ("El GRCM aprueba el Reglamento ..."): six words
    or more, one of them a lower-case word of four letters or more (its verb), not only names ("Tamara Dwyer w/ City
    of Omaha Homeless Services Coordinator", a board's guest)."""
    words = re.findall(r"[^\W\d_]+", text)
    lower = [w for w in words if w[0].islower() and len(w) >= 4 and w.lower() not in _FUNCTION_WORDS]
    return len(words) >= MIN_NEWS_WORDS and bool(lower)


_BRACKET_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_SHORT_NUMERIC = re.compile(r"^\s*([0-3]?\d)/([01]?\d)(?:\s*[-–]\s*([0-3]?\d)/([01]?\d))?\s*$")  # not "2.3", a section


def _short_numeric_date(text: str, year: int | None) -> DateSpan | None:
    """A line that is only a day and month in figures, or two ("18/08", "13/09 - 14/09"), in `year`: day first, or
    month first where day first cannot be (a value above 12)."""
    match = _SHORT_NUMERIC.match(text)
    if match is None or year is None:
        return None
    a, b = int(match.group(1)), int(match.group(2))
    c, d = (int(match.group(3)), int(match.group(4))) if match.group(3) else (a, b)
    for first, second in (((a, b), (c, d)), ((b, a), (d, c))):
        try:
            start, end = datetime.date(year, first[1], first[0]), datetime.date(year, second[1], second[0])
        except ValueError:
            continue
        if start <= end:
            return DateSpan(text.strip(), start, end, DatePrecision.DAY, 0, len(text.strip()))
    return None


def _headed_day(text: str, ctx: _Context) -> DateSpan | None:
    """The date of a line under a month's heading ("JANUARY" / "17 Roundtable on ..."), in the year above it;
    the day may stand alone in the block before the line (a calendar's day column)."""
    year = ctx.year or ctx.running_year
    if not (ctx.heading_month and year):
        return None
    day, begin = ctx.pending_day, 0
    if day is None:
        day = _HEADED_DAY.match(text)
        if day is None or not text[day.end() :].strip(" :–—-")[:1].isalpha():  # "18-19 : Réunion du ..."
            return None
        begin = day.end()
    first, last = int(day.group("d1")), int(day.group("d2") or day.group("d1"))
    try:
        start, end = datetime.date(year, ctx.heading_month, first), datetime.date(year, ctx.heading_month, last)
    except ValueError:
        return None
    if end < start:
        return None
    return DateSpan(text[:begin], start, end, DatePrecision.DAY, 0, begin)


_NEXT_LABEL = re.compile(
    r"^\W*(?:next|upcoming|pr[oó]xima|prochaine)\s+(?:\w+\s+)?(?:meeting|reuni[oó]n|sesi[oó]n|r[ée]union)", re.I
)


def _year_after(text: str, latest: datetime.date) -> int | None:
    """The year of a year-less day announced as the next meeting: the first on or after the page's last day."""
    day = leading_date(text, latest.year)
    if day is None:
        return None
    return latest.year if day.start >= latest else latest.year + 1


def _clocked(rest: str) -> bool:
    """Whether what follows a line's date opens with its time ("| 03:00 PM - 05:00 PM")."""
    return bool(_TIME.match(rest.lstrip(_SEPARATORS)))


MIN_PERIOD_DAYS = 90  # a meeting, a course, a fellowship's programme run days or weeks; a reporting period, months


def _period_line(text: str) -> bool:
    """A line that is only a span of months ("Julio de 2009 – junio de 2010" under a report's title): the period
    a report covers, no meeting's days; so is a span of days as long as a season ("1 April 2011 - 31 March 2012")."""
    dates = find_dates(text)
    if len(dates) == 1 and not (text[: dates[0].begin] + text[dates[0].stop :]).strip(" .,;:()"):
        return (dates[0].end - dates[0].start).days >= MIN_PERIOD_DAYS
    if len(dates) != 2:
        return False
    days = all(d.precision == DatePrecision.DAY for d in dates)
    if not (all(d.precision == DatePrecision.MONTH for d in dates) or days):
        return False
    if days and (dates[1].start - dates[0].start).days < MIN_PERIOD_DAYS:
        return False
    between = text[dates[0].stop : dates[1].begin].strip()
    rest = (text[: dates[0].begin] + text[dates[1].stop :]).strip(" .,;:()")
    return between in ("-", "–", "—", "to", "a", "al", "à", "au") and not rest


# A teaser's link to the full post at its end ("... Ribbon Finials Read more →"): a button, never the record's words
_MORE_LINK = re.compile(
    r"\s*(?:read|learn|see|view)\s+more\b[^\w]*$|\s*(?:continue reading|leer m[aá]s|ver m[aá]s|seguir leyendo"
    r"|lire la suite|en savoir plus)\b[^\w]*$",
    re.I,
)


_MORE_WORD = re.compile(r"more|m[aá]s|suite|savoir|reading", re.I)


def _closing_day(rest: str, month: DateSpan) -> DateSpan | None:
    """The days in `month` that close what follows a month's label ("..., Tapachula, Mexico, 2-3 September."),
    offsets in `rest`; None when the line closes otherwise."""
    tail = rest.rstrip(" .")
    dates = find_dates(f"{tail} {month.start.year}")
    if not dates or (last := dates[-1]).precision != DatePrecision.DAY or last.stop < len(tail):
        return None
    if (last.start.year, last.start.month) != (month.start.year, month.start.month) or last.begin == 0:
        return None
    return replace(last, text=tail[last.begin :], stop=len(tail))


# "... — Date limite d'inscription : 15/11/2013", "Fecha límite de registro: 3 de mayo": a label that makes the date
# after it a deadline's
_DEADLINE_LABEL = re.compile(
    r"(?:date limite|délai|deadline|due date|closing date|fecha l[ií]mite|plazo|cierre de inscripci[oó]n(?:es)?)"
    r"[^.;:|·]{0,40}[:\s]\s*$",
    re.I,
)


def _deadline_only(text: str) -> bool:
    """Whether every date of a line is a deadline's, its label just before it (the line opens with no date of its
    own, such as a yearless "9-10 de marzo" before "Fecha límite de inscripción: 26 de febrero de 2010")."""
    dates = find_dates(text)
    opening = leading_date(text, 2000)
    return (
        bool(dates)
        and all(_DEADLINE_LABEL.search(text[: d.begin]) for d in dates)
        and (opening is None or any(d.begin == opening.begin for d in dates))
    )


def _line_entry(group: list[Block], text: str, ctx: _Context) -> Entry | None:
    """A list item, a line or a card that opens with its date; or a "Body: date" line."""
    text = _MORE_LINK.sub("", text) if _MORE_WORD.search(text) else text
    if len(text.split()) > MAX_RECORD_WORDS or NO_MEETING.search(text) or _period_line(text) or _deadline_only(text):
        return None
    year = ctx.year or ctx.running_year
    if _dated_term(group[0]) and _CALLED_OFF_NOTE.search(text):
        return None  # "6 May: Workshop ..., Berlin — cancelled": a meeting the list says did not take place
    if is_term(group[0]) and (entry := _term_entry(group, text, ctx)):
        return entry
    date = leading_date(text, year) or _headed_day(text, ctx)
    title: str | None
    if date is not None and (archived := _minutes_line(group[0], text, date)):
        if _YEAR_OF_PAPERS.match(archived) and ctx.name and names_body(ctx.name):
            archived = ctx.name  # "15 Feb 2006" under "2006 Minutes" on the DocBook Technical Committee's page
        return Entry(None, archived, date, None, group[0], text, "schedule.line", status_of(text))
    purpose = text[date.stop :].strip(_SEPARATORS + " ") if date is not None else ""
    if date is not None and ctx.met_intro and purpose[:1].islower():
        # "Thursday 1 December – review of the work plan (Geneva)": the body's meeting that day, what it was for and
        # the place in brackets after it
        place = _BRACKETED_PLACE.search(text[date.stop :].rstrip(" ."))
        where = (trailing_place(place.group(1)) or place.group(1).split(",")[-1].strip()) if place else None
        return Entry(None, ctx.name, date, where, group[0], text, "schedule.line", status_of(text))
    if date is not None and date.precision == DatePrecision.MONTH and _lists_a_work(text[date.stop :].strip(" —–-:")):
        return None  # "June — Book Managing Mobility ... Edited by A and B. ...": a work the month lists
    if date is not None and (dated := _dated_definition(text[: date.stop], text[date.stop :], date)):
        # "March — Roundtable Experts Roundtable on X March 19, 2013 — Brussels, Belgium ...": a month's label over
        # an entry giving its own days and year after its name
        return _dated_entry(dated, date.stop, group[0], text, ctx)
    if date is not None:
        rest = text[date.stop :]
        if date.precision == DatePrecision.MONTH and (closing := _closing_day(rest, date)):
            # "September — Workshop on X, Tapachula, Mexico, 2-3 September.": the month files the entry, its days
            # close it
            rest = rest[: closing.begin]
            date = replace(closing, begin=closing.begin + date.stop, stop=closing.stop + date.stop)
        title, venue = _rest_title(rest)
        if title is None and ctx.events_page and (fields := _card_fields(text[date.stop :])):
            title, venue = fields  # "January 20, 2010 · Immigration Enforcement at a Crossroads · Washington, DC"
    elif ranged := _range_inside(text, year):
        title, venue = _rest_title(ranged[0])
        title = title or ranged[0]
        return Entry(title, ctx.name, ranged[1], venue, group[0], text, "schedule.line", status_of(text))
    elif ctx.events_page and (dashed := _title_then_date(text, year)):
        return Entry(dashed[0], ctx.name, dashed[1], None, group[0], text, "schedule.line", status_of(text))
    elif (field := MEETING_FIELD.match(text)) and (day := leading_date(text[field.end() :], year)):
        # "Meeting: Mar 1, 2022 - COUNTY BOARD STUDY SESSION AT 6:00 P.M.": an agenda item's field naming its meeting
        day = DateSpan(day.text, day.start, day.end, day.precision, day.begin + field.end(), day.stop + field.end())
        named_field = meeting_field_name(text[day.stop :])
        return Entry(named_field, ctx.name, day, None, group[0], text, "schedule.line", status_of(text))
    elif named := _name_then_date(text, year):
        return Entry(named[0], ctx.name, named[1], None, group[0], text, "schedule.line", status_of(text))
    elif inside := _day_inside(text, ctx.year):
        return Entry(inside[0], ctx.name, inside[1], None, group[0], text, "schedule.line", status_of(text))
    else:
        head, sep, tail = text.partition(":")
        if not sep or not names_body(head) or len(head.split()) > 10:
            return None
        if year is None and ctx.latest and _NEXT_LABEL.match(head):
            year = _year_after(tail.strip(), ctx.latest)
        date = leading_date(tail.strip(), year)
        if date is None:
            return None
        offset = len(head) + 1 + (len(tail) - len(tail.lstrip()))
        date = DateSpan(date.text, date.start, date.end, date.precision, date.begin + offset, date.stop + offset)
        title, venue = head.strip(), _rest_title(text[date.stop :])[1]
        if _NEXT_LABEL.match(head):  # "Next Meeting: September 29th": the page's body's meeting
            return Entry(None, ctx.name or "Meeting", date, venue, group[0], text, "schedule.line", status_of(text))
    talks = bool(ctx.name and _TALK_SERIES.search(ctx.name))  # "8 de agosto: A. Speaker. Title of the talk."
    if title is None and talks and group[0].kind == BlockKind.HEADING and venue:
        # "11th June - G. Speaker (Cagliari), "Strings and curved spacetimes"": a series' talk, named by its title
        quoted = _QUOTED_TALK.search(venue)
        title = quoted.group(1) if quoted and not _TBA.fullmatch(quoted.group(1)) else venue
        return Entry(title, ctx.name, date, None, group[0], text, "schedule.line", status_of(text))
    if _DEADLINE_LINE.match(text[date.stop :].strip(_SEPARATORS + " ")):
        return None  # "25 : Date limite d'inscription à l'atelier de décembre": the day a commitment falls due
    if (note := _MOVED_NOTE.search(text, date.stop)) and (moved := _moved_date(note.group(1), year or date.start.year)):
        date = moved  # "March 25 – Regular Meeting (Rescheduled to March 27)": held on the day it moved to
        venue = venue and _MOVED_NOTE.sub("", venue).strip(_SEPARATORS) or None
    if title is None and group[0].kind == BlockKind.HEADING and _date_line_only(text):
        # "May 9-11, 2012" over the line that names the event (`_titled_below`), which may not follow
        return Entry(None, None, date, venue, group[0], text, _DAY_HEADING, status_of(text))
    clocked = _clocked(text[date.stop :]) and not _is_sentence(venue)
    card = group[0].heading
    fresh = ctx.name is not None and ctx.name_heading == card
    placed = venue is not None and any(known_place(p.strip()) for p in venue.split(","))
    if title is None and (clocked or placed) and card and not fresh and card != ctx.name and _card_title(card):
        # "Wednesday, November 28, 2012 | 9:30 - 11:00 AM", "May 12-13, 2009 — Washington, DC" under its card's own
        # title ("Immigration Reform After the Election: What's Next?"): that title's event, whatever body an earlier
        # card named, which the heading rules read with the card's type label
        return None
    if title is None and not (ctx.name and names_body(ctx.name)):
        if clocked:
            # "Monday, September 14, 2026 | 03:00 PM - 05:00 PM", "09/10/2018 03:30 PM Anch LIO AUDITORIUM": a
            # calendar's meeting at its hour, its body named nowhere on the page
            return Entry(None, "Meeting", date, venue, group[0], text, "schedule.line", status_of(text))
        return None  # a date with nothing around it that names a meeting: a news item, a deadline
    # "Past Meetings" over "March 21, 2026 ... Richard Cale — Two-handled sugar bowl from green cherry": every
    # dated item of a list of meetings is one, whatever its words say it was about
    listed = talks or bool(_SCHEDULE_NAME.search(group[0].heading or ""))
    if title is None and ((_is_sentence(venue) and not listed) or _NEWS_HEADING.search(group[0].heading or "")):
        return None  # "12 January 2007 – The Secretariat moved to new offices": news, not a meeting
    if title is None and venue and _tells_news(venue) and not (names_body(venue) or listed):
        return None  # "1 de julio – El Salvador asume la Presidencia Pro Tempore de la CRM.": a timeline's news
    if title and _DECIDED_BY.search(title):
        return None  # "12: Budget for 2008 approved by the Steering Group": a decision, whoever took it
    return Entry(title, ctx.name, date, venue, group[0], text, "schedule.line", status_of(text))


MIN_CARD_TITLE_WORDS = 4


def _card_title(heading: str) -> bool:
    """Whether a heading over an hour's date line is an event's own title, not a page's or a section's name
    ("Calendar", "Upcoming Events 2012")."""
    return (
        len(heading.split()) >= MIN_CARD_TITLE_WORDS
        and not _EVENTS_WORDS.search(heading)
        and not _SCHEDULE_NAME.search(heading)
        and not find_dates(heading)
    )


_SCHEDULE_NAME = re.compile(
    r"\b(?:schedules?|meetings|hearings|sessions|horario|reuniones|sesiones|r[ée]unions)\b", re.I
)


_DECIDED_BY = re.compile(
    r"\b(?:approved|adopted|endorsed|signed|ratified|aprobad[oa]s?|adoptad[oa]s?|firmad[oa]s?|approuv[ée]e?s?"
    r"|adopt[ée]e?s?|sign[ée]e?s?)\s+(?:by|por|par)\b",
    re.I,
)


# What an events page calls itself, in its title or main heading.
_EVENTS_WORDS = re.compile(
    r"\b(?:events|upcoming|past events|eventos|actividades|[ée]v[ée]nements|agenda|calendar|calendario|calendrier"
    r"|seminars?|seminarios?|séminaires?)\b",
    re.I,
)
_DASH_BEFORE_DATE = re.compile(r"\s+[-–—|]\s+")
# What may follow an event's date on its line: a time, a time zone, "TBD", a range of times.
# Each token ends at a word's or a number's end: a letter run split into zones ("[A-Z]{2,4}") in every way
# would take exponential time to fail on a sentence's words.
_TIME_TAIL = re.compile(
    r"^(?:\s*(?:\d{1,2}(?:[:.]\d\d)?(?!\d)\s*(?:[ap]\.?m\.?)?|(?:tbd|tba|noon|midday|[A-Z]{2,4}|to|h\d\d|h)\b|[-–—]|,))*"
    r"\s*$",
    re.I,
)


# "2005 Minutes", "Minutes 2005", "Actas 2005": a year's section of one body's meeting papers, naming no meeting
_YEAR_OF_PAPERS = re.compile(r"^\W*(?:(?:19|20)\d\d\s+\w+|\w+\s+(?:19|20)\d\d)\W*$")


# "Meeting Minutes", "Executive Board Minutes", "Agenda": a link to one meeting's papers, naming at most its body
_PAPERS_LINK = re.compile(
    r"^(?P<body>(?:[A-Z][\w&'.-]*\s+){0,5}?)(?:meeting\s+)?(?:minutes|agenda|notice|actas?)$", re.I
)


_PAPER_WORD = re.compile(r"\b(?:minutes|agenda|notice|actas?)\s*\W*$", re.I)


def _papers_entries(group: list[Block], text: str, ctx: _Context) -> list[Entry]:
    """ "November 19, 2016 Meeting Minutes", "November 2015 Meeting Minutes; Executive Board Minutes": an archive's
    links to the papers of the meetings of a day or a month, one meeting per paper named, titled by its body."""
    if not _PAPER_WORD.search(text):
        return []  # (most lines name no paper: no date to read)
    date = leading_date(text, ctx.year or ctx.running_year)
    if date is None or date.begin > 1 or date.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
        return []
    links = [p.strip(_SEPARATORS + " ") for p in re.split(r"[;|]", text[date.stop :])]
    matched = [m for p in links if p and (m := _PAPERS_LINK.match(p))]
    if not links or len(matched) != len([p for p in links if p]):
        return []
    entries = []
    for m in matched:
        body = m.group("body").strip()
        title = f"{body} Meeting" if body else ctx.name if ctx.name and names_body(ctx.name) else "Meeting"
        entries.append(Entry(title, ctx.name, date, None, group[0], text, "schedule.line", status_of(text)))
    return list({e.title: e for e in entries}.values())


def _minutes_line(block: Block, text: str, date: DateSpan) -> str | None:
    """ "January 2025" alone under "Meeting Minutes": an archive's link to one month's meeting papers, the
    meeting of that month. The heading that names the papers, which titles the meeting; None otherwise."""
    heading = block.heading or ""
    if date.precision not in (DatePrecision.MONTH, DatePrecision.DAY) or len(text.strip()) - len(date.text) > 2:
        return None
    return heading if MEETING_DOCUMENT.search(heading) and _MEETINGS_WORD.search(heading) else None


def _title_then_date(text: str, year: int | None) -> tuple[str, DateSpan] | None:
    """ "Annual Retreat - 22 Jun 2023 TBD", "Seminar on Returns – 7 Oct 2022 10:00 am ET": an events page's line
    of a title, a dash, then the day and perhaps its time; None for any other line."""
    parts = _DASH_BEFORE_DATE.split(text.strip())
    # the first part after a dash that opens with a day ("10:00 am - 4:00 pm" may follow it)
    for at in range(1, len(parts)):
        title, tail = " - ".join(parts[:at]).strip(), " - ".join(parts[at:])
        date = leading_date(tail, year)
        if date is None:
            continue
        if date.precision != DatePrecision.DAY or not _TIME_TAIL.match(tail[date.stop :]):
            return None
        if not 1 <= len(title.split()) <= MAX_FIELD_WORDS or find_dates(title):
            return None
        return title, date
    return None


_BEFORE_DATE = re.compile(r"(?:\s*(?:[-–—:|,]|\b(?:held\s+)?on(?:\s+the)?|\bof(?:\s+the)?|\bdated))+\s*$", re.I)
MAX_NAME_WORDS = 8


# "WASI January 14th video call": a month and its day inside a line, no year after them.
# "30 juin - 2 juillet", "1er - 3 décembre", "June 30 - July 2": days across months, their year left to a heading.
_RANGE_INSIDE = re.compile(
    rf"\b[0-3]?\d(?:er|º)?(?:\s+(?:de\s+)?(?:{_MONTH_NAMES}))?\s*(?:-|–|—|au|al|to)\s*[0-3]?\d(?:er)?\s+(?:de\s+)?"
    rf"(?:{_MONTH_NAMES})\b\.?"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+[0-3]?\d\s*(?:-|–|—|to)\s*(?:{_MONTH_NAMES})\.?\s+[0-3]?\d\b",
    re.I,
)
_DAY_INSIDE = re.compile(
    rf"\b(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d|[:/.-]\d)", re.I
)


def _range_inside(text: str, year: int | None) -> tuple[str, DateSpan] | None:
    """ "Séminaire sur X - Bruxelles, 30 juin - 2 juillet" under "2010": the name (and place) before days across
    months, in the section's year."""
    if year is None or not (spanned := _RANGE_INSIDE.search(text)) or text[spanned.end() :].strip(" .;"):
        return None
    dates = find_dates(f"{spanned.group(0)} {year}")
    head = text[: spanned.start()].rstrip(" ,–—-")
    if not dates or dates[0].begin != 0 or not KIND_WORDS.match(head):
        return None  # the line opens with its kind: "Séminaire sur ...", "Workshop on ..."
    return head, DateSpan(spanned.group(0), dates[0].start, dates[0].end, dates[0].precision, *spanned.span())


def _day_inside(text: str, year: int | None) -> tuple[str, DateSpan] | None:
    """ "WASI January 14th video call" under the heading "2021": a line that names a meeting and, inside it, its
    day without a year: the meeting, that day in the section's year; the title is the line less the day. So is a
    range across months after its name and place ("Séminaire sur X - Bruxelles, 30 juin - 2 juillet")."""
    if year is None or len(text.split()) > MAX_FIELD_WORDS or find_dates(text):
        return None
    if ranged := _range_inside(text, year):
        return ranged
    found = list(_DAY_INSIDE.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    try:
        day = datetime.date(year, MONTHS[match.group("m").lower().rstrip(".")], int(match.group("d")))
    except ValueError:
        return None
    title = re.sub(r"\s+", " ", f"{text[: match.start()]} {text[match.end() :]}").strip(_SEPARATORS + " ")
    if not KIND_WORDS.search(title) or _is_sentence(title):
        return None
    return title, DateSpan(match.group(0), day, day, DatePrecision.DAY, match.start(), match.end())


def _name_then_date(text: str, year: int | None) -> tuple[str | None, DateSpan] | None:
    """ "Planning Minutes - 19th June 2009", "Planning Committee on 13th October 2010": a line of a body's name or
    its paper's, then the day it met (perhaps its time); the title is the meeting's, without the paper's name."""
    days = [d for d in find_dates(text) if d.precision == DatePrecision.DAY]
    if len(days) != 1 or not _TIME_TAIL.match(text[days[0].stop :]):
        return None
    before = text[: days[0].begin]
    head = _BEFORE_DATE.sub("", before).strip()
    if not 1 <= len(head.split()) <= MAX_NAME_WORDS or find_dates(head) or _is_sentence(head) or "," in before:
        # "Steering Group, Bern, Switzerland, 19 October", "Roundtable - Ottawa (Canada), June 14": a name and a
        # place, read by the sentence rules
        return None
    # The paper's name ("Planning Minutes 18.2.2011") or a joining word ("Planning Committee on 13th October")
    # says the day is the meeting's; "Board of Directors Oct 18, 2018" is left to the other rules.
    if not (MEETING_DOCUMENT.search(head) or (names_body(head) and len(head) < len(before.strip()))):
        return None
    name = _strip_document(head, None)
    if name is None or _GENERIC.fullmatch(name):
        return None, days[0]  # "Minutes - 19th June 2009": the body is the page's
    return (name if names_body(name) else f"{name} meeting"), days[0]


# A series of talks ("Seminario de investigación 2023", "Research seminar"): each dated line is a session, and
# what follows its date (speaker, affiliation, the talk's title) may well read as a sentence.
_QUOTED_TALK = re.compile(r"[\"“”«]\s*([^\"“”«»]{2,200}?)\s*[\"”»]")
_TBA = re.compile(r"tb[acd]|to be (?:announced|confirmed)|por confirmar|à confirmer", re.I)
_TALK_SERIES = re.compile(
    r"\b(?:seminars?|seminarios?|séminaires?|webinars?|webinarios?|webinaires?|colloquium|colloquia|coloquios?"
    r"|lecture series|talks|charlas"
    r"|ciclo de conferencias|brown bag)\b",
    re.I,
)
# A section of news items, not of meetings: "Secretariat news", "Noticias", "Actualités", "Press releases".
_NEWS_HEADING = re.compile(
    r"\b(?:news|noticias|novedades|actualités|nouvelles|press releases?|comunicados?|communiqués?|announcements)\b",
    re.I,
)


def _is_sentence(text: str | None) -> bool:
    """Whether a record's text after its date is a sentence ("The Secretariat moved to new offices in
    Geneva."), not a title or a venue: several words, most of them lower-case."""
    words = re.findall(r"[^\W\d_]+", text or "")
    return len(words) >= 5 and sum(w[0].islower() for w in words) * 2 > len(words)


def is_term(block: Block) -> bool:
    """Whether a block is a definition list's entry (`<dt>` with its `<dd>`s): "6–7 October: Full Round, City"."""
    steps = _steps(block.locator)
    return bool(steps) and steps[-1].split(":")[0] == "dt" and block.kind == BlockKind.LIST_ITEM


def _dated_term(block: Block) -> bool:
    """A definition list's entry whose term is a date ("6–7 October: Full Round, ..."): an entry of a list of
    meetings, a record of its own, never one field of a card (as "Date: 20 October" in a card's `<dl>` is)."""
    head, sep, _ = block.text.partition(":")
    return is_term(block) and bool(sep) and term_date(head, 2000) is not None


# "early March 2006", "late October 2009", "mid-June", "finales de octubre": a month, at month precision.
_QUALIFIER = re.compile(
    r"^(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|principios\s+de|inicios\s+de|mediados\s+de"
    r"|finales\s+de|fines\s+de|début|mi|fin|courant)[\s-]+",
    re.I,
)
# A season is its three months (Northern hemisphere): "Spring 2009" is March to May 2009.
SEASONS = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
    "primavera": 3, "verano": 6, "otoño": 9, "invierno": 12,
    "printemps": 3, "été": 6, "automne": 9, "hiver": 12,
    "frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9,
}  # fmt: skip
_SEASON = re.compile(
    r"^(?:(?:the|el|la|le|l['’])\s*)?(?P<season>" + "|".join(SEASONS) + r")"
    r"(?:\s+(?:of\s+|de\s+|d['’]\s*)?(?P<year>(?:19|20)\d\d))?$",
    re.I,
)
# "Herbsttagung", "Spring meeting": the season a row's meeting is held in, inside a word in German
_SEASON_WORD = re.compile(r"(?<!\w)(" + "|".join(sorted(SEASONS, key=len, reverse=True)) + r")", re.I)


def term_date(term: str, year: int | None) -> DateSpan | None:
    """The date a term is, whole: "9 June 2005", "6–7 October" (in `year`), "30 May – 1 June", "late October
    2009" (the month), "Spring 2009" (its months); None when the term is not only a date ("to be confirmed")."""
    written = term.strip().rstrip(":").strip()
    text = _QUALIFIER.sub("", written)
    if season := _SEASON.match(text):
        y = int(season.group("year")) if season.group("year") else year
        if y is None:
            return None
        first = SEASONS[season.group("season").lower()]
        start = datetime.date(y, first, 1)
        last_month = datetime.date(y + (first + 2 > 12), (first + 1) % 12 + 1, 1)
        end = _month_end(last_month)
        return DateSpan(written, start, end, DatePrecision.MONTH, 0, len(written))
    for candidate in (text, f"{text} {year}" if year and not _YEAR.search(text) else None):
        if candidate is None:
            continue
        dates = find_dates(candidate)
        if len(dates) == 1 and dates[0].begin == 0 and dates[0].stop >= len(text):
            d = dates[0]
            precision = DatePrecision.MONTH if text != written and d.precision == DatePrecision.DAY else d.precision
            return DateSpan(written, d.start, d.end, precision, 0, len(written))
    return None


def _month_end(first: datetime.date) -> datetime.date:
    following = datetime.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


# Notes on an entry's status, not part of its venue: "(postponed from 9 February)", "— cancelled".
_STATUS_NOTE = re.compile(
    r"\s*\((?:postponed|rescheduled|moved|aplazad[ao]|pospuest[ao]|report[ée]e?)\b[^)]*\)"
    r"|\s*[—–-]\s*(?:cancel+ed|canceled|postponed|suspended|cancelad[ao]|suspendid[ao]|annul[ée]e?)\.?\s*$",
    re.I,
)
_FIELD_EDGES = " ,;:|–—-·•"  # a field's edges, less the brackets a title may close with "(WGACE)"
_HOST_PART = re.compile(r"^(?:hosted|organi[sz]ed|convened|co-hosted|organizad[ao]|auspiciad[ao]|organisée?)\s", re.I)


def _term_entry(group: list[Block], text: str, ctx: _Context) -> Entry | None:
    """A definition list's entry: the term is the date (a year-less one takes the heading's year), the
    definition the meeting and where it met ("Working Group on Admission, Control and Enforcement (WGACE),
    Canberra, Australia": the title keeps its commas, the place is the known place it ends with)."""
    head, sep, tail = text.partition(":")
    date = term_date(head, ctx.year or ctx.running_year) if sep else None
    if date is None:
        return (
            None  # no date term ("to be confirmed"): nothing, or a "Meeting: date" term; the entries after it are read
        )
    if _CALLED_OFF_NOTE.search(tail):
        return None  # "— cancelled": a meeting the list says did not take place
    definition = _STATUS_NOTE.sub("", tail).strip(_FIELD_EDGES)
    if _lists_a_work(definition):
        return None  # "Report Smart Borders: ... By A and B. February 2013.": a work the month's entry lists
    dated = _dated_definition(head, definition, date)
    if dated is not None:
        # "January" / "Eighth Plenary Meeting ... January 16-18, 2013 — Washington, DC Theme: ...": a month's term
        # over an entry giving its own days, year and place after its name
        return _dated_entry(dated, len(head) + len(sep), group[0], text, ctx)
    dashed = _DASH_FIELD.split(definition)
    if len(dashed) >= 2 and KIND_WORDS.search(dashed[0]) and not KIND_WORDS.search(dashed[-1]):
        # "Séminaire sur le regroupement familial – Madrid (Espagne)": the name, a dash, then where it met
        title_part, place = " – ".join(dashed[:-1]), dashed[-1]
    else:
        place = trailing_place(", ".join(definition.split(", ")[-3:]))  # the place is at most its last three parts
        title_part = definition
        if place and definition.endswith(place):
            title_part = definition[: -len(place)]
    parts = [p.strip() for p in title_part.strip(_FIELD_EDGES).split(", ")]
    while place and len(parts) > 1 and _place_part(parts[-1]):
        place = f"{parts.pop()}, {place}"  # "Washington, D.C., United States": the town before its region
    while len(parts) > 1 and (_HOST_PART.match(parts[-1]) or _ORGANISATION.search(parts[-1])):
        parts.pop()  # "hosted by the Home Office", "IGC Secretariat": who hosted, not the meeting
    title = ", ".join(parts).strip(_FIELD_EDGES) or None
    place = _city_level(place)
    unnamed = title is None or (not KIND_WORDS.search(title) and not names_body(title))
    if unnamed and (_is_sentence(title) or _NEWS_HEADING.search(group[0].heading or "")):
        return None  # a news item dated like the meetings around it
    if place is None and title is not None:
        title, place = _rest_title(title) if not KIND_WORDS.search(title) else (title, None)
    date = DateSpan(date.text, date.start, date.end, date.precision, 0, len(head))
    own = _date_within(definition, date.start.year)
    if (
        own is not None
        and date.start <= own.start <= own.end <= date.end
        and own.end - own.start < date.end - date.start
    ):
        date = replace(date, start=own.start, end=own.end)  # "5-6 décembre": "Groupe de pilotage (le 6 décembre)"
    # "(postponed from 9 February)": held on the date given, so listed as held.
    status = status_of(_STATUS_NOTE.sub("", text))
    return Entry(title, ctx.name, date, _end_stop(place), group[0], text, "schedule.line", status)


_BYLINE = re.compile(r"(?:^|[\s.])(?:By|Por|Par)\s+[A-ZÀ-Ý][\w.'’-]+\s+[A-ZÀ-Ý]")


def _lists_a_work(entry: str) -> bool:
    """Whether an entry opens with a work's type tag ("Report Smart Borders ...", "Policy Brief Attracting ...") or
    carries a byline: a work listed among the meetings, not one."""
    lead = " ".join(entry.split()[:3])
    typed = names_work_type(" ".join(lead.split()[:2])) and not EVENT_KIND_WORDS.search(lead)
    return typed or _BYLINE.search(entry) is not None


def _dated_definition(term: str, definition: str, month: DateSpan) -> tuple[str, DateSpan, str] | None:
    """A year-less month term's entry that names its event, then its own days with their year: the name, the days
    and what follows them. None unless the days fall in the term's month."""
    if _YEAR.search(term) or month.precision != DatePrecision.MONTH:
        return None
    day = next((d for d in find_dates(definition) if d.precision == DatePrecision.DAY and _YEAR.search(d.text)), None)
    if day is None or day.start.month != month.start.month or day.begin < MIN_NAME_CHARS:
        return None
    name = definition[: day.begin].strip(_FIELD_EDGES + " ")
    if name.split()[-1].islower():
        return None  # "Nominations ... closed on June 30, 2013": a sentence's date, no event's name before it
    return (name, day, definition[day.stop :]) if KIND_WORDS.search(name) or names_body(name) else None


MIN_NAME_CHARS = 10


# where the line after an entry's place goes on ("Brussels, Belgium Co-hosted by ...", "Oslo, Norway Theme: ...")
_AFTER_PLACE = re.compile(
    r"\s+(?:Theme|Topic|Co-?hosted|Hosted|Co-?organi[sz]ed|Organi[sz]ed|Held|In partnership|Meeting summary|Summary"
    r"|Speakers?|Tema|Organizad[oa]|Th[eè]me|Organis[ée]e?)\b|[.:;]\s",
)


def _leading_place(text: str) -> str | None:
    """The known place a run of text opens with ("Brussels, Belgium Co-hosted by ..." -> "Brussels, Belgium")."""
    candidate = _AFTER_PLACE.split(text, maxsplit=1)[0].strip(" ,.;")
    return _city_level(candidate) if candidate and known_place(candidate) else None


def _dated_entry(dated: tuple[str, DateSpan, str], offset: int, block: Block, text: str, ctx: _Context) -> Entry:
    """The entry `_dated_definition` read: its name less a type tag set before it ("Roundtable Experts Roundtable
    on ...", "Webinar Cities and Integration: ..."), which gives the kind; its days; the town after them."""
    name, day, rest = dated
    words, tag = name.split(), None
    for n in (2, 1):
        lead, after = " ".join(words[:n]), words[n:]
        if (
            len(after) >= MIN_ENTRY_TITLE_WORDS
            and after[0][:1].isupper()
            and (EVENT_KIND_WORDS.fullmatch(lead) or f" {lead.lower()} " in f" {' '.join(after).lower()} ")
        ):
            name, tag = " ".join(after), lead
            break
    place = _leading_place(_DASH_FIELD.split(rest.strip(_FIELD_EDGES) + " ")[0].strip())
    day = replace(day, begin=day.begin + offset, stop=day.stop + offset)
    context = tag if tag and EVENT_KIND_WORDS.fullmatch(tag) else ctx.name
    return Entry(name, context, day, place, block, text, "schedule.line", status_of(text))


_DASH_FIELD = re.compile(r"\s+[–—]\s+")
# "— cancelled", "(suspendido)", "– annulé, faute d'un nombre suffisant d'inscriptions": called off, maybe with why.
_CALLED_OFF_NOTE = re.compile(
    r"[(—–-]\s*(?:cancel+ed|canceled|cancelad[ao]|suspendid[ao]|annul[ée]e?)(?:[,;:]\s*[^()—–]{1,100})?\s*\)?\.?\s*$",
    re.I,
)


def _place_part(part: str) -> bool:
    """A short part of a definition that is a place's, not the meeting's: "Washington" before "D.C., ...";
    no kind word, no lower-case word, no organisation."""
    words = part.split()
    return (
        0 < len(words) <= 3
        and not KIND_WORDS.search(part)
        and not _ORGANISATION.search(part)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and (country_of(part) is not None or bool(_REGION_ABBREVIATION.fullmatch(part)))
    )


_REGION_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2}")  # "D.C.", "DC", "N.Y." after a town


def _city_level(place: str | None) -> str | None:
    """A place at city level: "Ottawa, Ontario, Canada" -> "Ottawa, Ontario" when the town and its region
    already say the country; "Madrid, Spain" stays."""
    if not place:
        return place
    parts = place.split(", ")
    if len(parts) == 3 and country_of(", ".join(parts[:2])) == country_of(parts[2]) is not None:
        return ", ".join(parts[:2])
    return place


_ORGANISATION = re.compile(
    r"\b(?:secretariat|secretaría|secrétariat|ministry|ministerio|ministère|office|headquarters|embassy"
    r"|embajada|ambassade)\b",
    re.I,
)


_META_FIELD = re.compile(r"\s+[·|•]\s+")


_NAME_THEN_DASH = re.compile(r"^\s*(?P<name>\S+(?:\s+\S+){2,}?)\s+[—–]\s*(?:(?P<place>[^—–\d]{2,60}?),\s*)?$")
MEETING_FIELD = re.compile(r"^\W*(?:meeting|reuni[oó]n|r[ée]union|sesi[oó]n|s[ée]ance)\s*:\s*", re.I)


def meeting_field_name(rest: str) -> str | None:
    """The name a "Meeting: date - name" field gives after the date, less its time ("... SESSION AT 6:00 P.M.")."""
    name = _rest_title(rest)[0] or rest.strip(_SEPARATORS + " ")
    name = re.split(r"\s+(?:beginning|starting|commencing)\b|\s+(?:at|from)\s+\d", name, maxsplit=1, flags=re.I)[0]
    return name.strip(" .,-–") or None


MAX_CARD_NAME_WORDS = 20


def _card_name(text: str) -> bool:
    """Whether a card's first field reads as its name: a few words, no sentence."""
    return 3 <= len(text.split()) <= MAX_CARD_NAME_WORDS and not text.endswith((".", ":", ";"))


def _title_line(group: Sequence[Block], day: Block, label: str | None, meta: str | None) -> str | None:
    """The field between a card's day line and its type label below that names its event, set as plain text."""
    at = group.index(day)
    typed = next((i for i, b in enumerate(group) if b.text == label), -1)
    line = group[at + 1].text.strip() if at < typed - 1 else ""
    words = len(line.split())
    if words < MIN_CARD_TITLE_WORDS - 1 or words > MAX_TITLE_WORDS or find_dates(line) or _is_sentence(line):
        return None
    return None if known_place(line) or _is_venue(line) else line


# What a site's listing calls its items that are no event: a release, a post, a recording ("Press Release",
# "Podcast", "Video", "Blog Post", "Article", "Noticia", "Communiqué")
_NOT_EVENT_TYPE = re.compile(
    r"(?:press release|news(?: item| release)?|podcast|video|audio|blog(?: post)?|article|commentary|statement"
    r"|photo gallery|comunicado(?: de prensa)?|noticia|art[íi]culo|communiqu[ée](?: de presse)?|actualit[ée]|vid[ée]o)",
    re.I,
)


def _typed_not_event(first: Block) -> bool:
    """Whether a card opens with a type label naming another item than an event or a work ("Press Release",
    "Podcast"): a site's listing of all its content. (A work's card is read as one by `activities._card_work`.)"""
    label = first.text.strip()
    if first.kind == BlockKind.HEADING or len(label.split()) > MAX_TYPE_LABEL_WORDS or find_dates(label):
        return False
    return bool(_NOT_EVENT_TYPE.fullmatch(label))


def _card_entry(group: list[Block], ctx: _Context) -> Entry | None:
    """A card (an `article` or `li` of several fields): the one day it names, and the field naming the
    meeting ("Hearing for 23-0367", "Board Workshop") or, failing one, its context."""
    text = " | ".join(b.text for b in group)
    if NO_MEETING.search(text) or _typed_not_event(group[0]):
        return None
    year = ctx.year or ctx.running_year
    days: dict[datetime.date, tuple[Block, DateSpan]] = {}
    stamps: list[DateSpan] = []  # a posting's, a deadline's: no day the card's event took place
    if (badge := _split_badge(group, year) or _date_line(group, year)) and _posted_over_own_day(group, badge[0]):
        # "Viernes, 16 de Marzo de 2012 10:42" over "Del 13 al 15 de marzo de 2012 se llevó a cabo ...": news
        return None
    if badge:
        days[badge[1].start] = badge  # the card's own day, whatever its other lines date (a release, a deadline)
        if ranged := _range_from(group, badge[1]):
            days[badge[1].start] = badge[0], ranged  # "Sep 30" over "September 30 – October 1, 2013": both days
    for block in [] if badge else group:
        found = _joined_days(block.text)
        if not found and (d := leading_date(block.text, year)):
            found = [d]
        for d in found:
            if NOT_WHEN.search(block.text[: d.begin]):  # "Requests received by 12/04/2009", "Posted: 9 May"
                stamps.append(d)
            else:
                days.setdefault(d.start, (block, d))
    if len(days) != 1:
        return None
    block, date = next(iter(days.values()))
    if any((s.start - date.start).days > 366 for s in stamps):
        return None  # "the attacks of September 11, 2001" on a card posted in 2011: history its text recounts
    if date.precision == DatePrecision.MONTH and (day := _day_in_links(group, date)):
        date = day  # "November 2025 Meeting" whose agenda is "agendas/2025-11-20-agenda.pdf": that day
    # A card's own heading is its title ("Labor Mobility in North America: Next Steps"); a short field
    # naming a kind ("Roundtable") is its type label, which says the kind the title may not.
    heading = next((b.text for b in group if b.kind == BlockKind.HEADING and b is not block), None)
    if heading and is_link_text(heading) and KIND_WORDS.search(block.text[date.stop :]):
        heading = block.text  # "November 2025 Meeting" over "Agenda & Minutes": the meeting, not its papers
    label = next(
        (b.text for b in group if len(b.text.split()) <= 4 and KIND_WORDS.search(b.text) and b is not block), None
    ) or next(  # "Roundtable · National Press Club, Washington, DC": the meta line's type, then the venue
        (f for b in group if b is not block and len((f := _META_FIELD.split(b.text)[0]).split()) <= 2 and
         EVENT_KIND_WORDS.fullmatch(f.strip()) and _META_FIELD.search(b.text)),
        None,
    )  # fmt: skip
    named = [b.text for b in group if names_body(b.text) and not find_dates(b.text) and len(b.text.split()) <= 15]
    meta = next((b.text for b in group if b is not block and _typed_meta_line(b.text)), None)
    if heading is None and (named and named[0] in (label, meta) or (meta and not named)):
        # "Policy Briefing" (or "Policy Briefing · Washington, DC") / "<a>The Future of Immigration Enforcement
        # ...</a>" / its day: the type label over the card's linked title, which names it
        linked = next(
            (b.text for b in group if b.link and b is not block and len(b.text.split()) >= 3 and b.text != meta), None
        )
        named = [linked] if linked and not find_dates(linked) and not _META_FIELD.search(linked) else named
        if not linked and named and named[0] == label and (line := _title_line(group, block, label, meta)):
            named = [line]  # "Thursday, January 12 · 10:00 AM" / "The Recession and ..." / "Panel Discussion": unlinked
    first, kind_field = group[0].text.strip(), _META_FIELD.split(block.text)[0]
    typed_day = EVENT_KIND_WORDS.search(kind_field) is not None and not find_dates(kind_field)
    if heading is None and not named and typed_day and group[0] is not block and _card_name(first):
        # "The Future of Migration Policy in Central America" / "Policy Briefing · May 23, 2012 · Washington, DC": the
        # card's first field over its meta line, which types it as an event, names it, whatever body the card before
        # named
        named = [first]
    title, place = heading or (named[0] if named else None), None
    if (
        title is None
        and (lead := _NAME_THEN_DASH.match(block.text[: date.begin]))
        and _weekday_of(lead.group("name") + " ") is None
    ):
        # "Why Naturalization Rates Differ — March 10, 2010", "X Reunión Viceministerial — Vancouver, Canadá, 24 y 25
        # de mayo de 2005": the card's name before its place and day
        title, place = lead.group("name"), lead.group("place")
    if MEETING_FIELD.match(block.text) and block.text[date.stop :].strip(_SEPARATORS + " "):
        # "Subject: 1.01 Call to Order" / "Meeting: Sep 12, 2025 - School Board Retreat ...": an agenda item's card,
        # whose meeting field names the meeting it belongs to
        title = meeting_field_name(block.text[date.stop :])
    if title is None and not (ctx.name and names_body(ctx.name)):
        return None
    if title is None and _NEWS_HEADING.search(group[0].heading or ""):
        return None  # "31.01.2011 — Fiche statistique : ..." under "Dernières nouvelles": a news item, no meeting
    venue = _rest_title(block.text[date.stop :])[1] or place
    if not venue:
        lines = (venue_line(b.text) for b in group if b is not block and b.text != title)
        venue = next((v for line in lines if line and (v := trailing_place(line))), None)
    if not venue:
        # "Where: Authority Board Room, 200 Main St.": a labelled venue is one, known town or not
        labelled = (venue_line(b.text) for b in group if b is not block and VENUE_LABEL.match(b.text))
        venue = next((v.rstrip(" .") for v in labelled if v and not ONLINE_VENUE.search(v)), None)
    # A type field over the heading that names no kind ("Book Launch", "Panel Discussion") still says what the
    # card is, better than the page's name.
    typed = label or next((b.text for b in group[:2] if b.kind != BlockKind.HEADING and _type_field(b.text)), None)
    context = typed if typed and typed != (heading or title) and (heading or title) else ctx.name
    return Entry(title, context, date, venue, group[0], text, "schedule.card", status_of(text))


def _dated_otherwise(block: Block, entry: Entry) -> bool:
    """Whether a card's field cites a work dated other than the card's day ("Read the report: Title, by A and B
    (Report, May 2011)"), which the publication rules may still read."""
    if block.kind == BlockKind.HEADING or not _CITED_WORK.search(block.text):
        return False
    dates = find_dates(block.text)
    return bool(dates) and entry.date is not None and all(d.start != entry.date.start for d in dates)


_CITED_WORK = re.compile(
    r"\b(?:read the|download the|(?:policy )?brief|report|paper|book|study|fact sheet|informe|estudio|rapport"
    r"|étude|publication|publicación)\b",
    re.I,
)


def _typed_meta_line(text: str) -> bool:
    """A card's line of a type field and a venue ("Report Release · Washington, DC")."""
    fields = _META_FIELD.split(text)
    return len(fields) >= 2 and _type_field(fields[0].strip())


def _type_field(text: str) -> bool:
    """A card's type field: two or three capitalised words, no date, no sentence ("Book Launch", "Policy Briefing")."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not find_dates(text) and "." not in text


def _joined_days(text: str) -> list[DateSpan]:
    """The days a line gives, two joined by a dash read as one span ("Thursday, November 19 (2009-11-19) – Friday,
    November 20 (2009-11-20)": each `<time>` of a two-day event dated apart)."""
    days = [d for d in find_dates(text) if d.precision == DatePrecision.DAY]
    out: list[DateSpan] = []
    for day in days:
        if out and _SPAN_JOIN.match(text[out[-1].stop : day.begin]) and 0 < (day.start - out[-1].end).days <= 31:
            first = out.pop()
            day = DateSpan(text[first.begin : day.stop], first.start, day.end, day.precision, first.begin, day.stop)
        out.append(day)
    return out


_SPAN_JOIN = re.compile(r"^[)\s]*(?:–|—|-|to)\s")


_LINK_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?([01]\d)[-_]?([0-3]\d)(?!\d)")


def _day_in_links(group: Sequence[Block], month: DateSpan) -> DateSpan | None:
    """The day a card's linked file names inside the card's month ("2025-11-20-agenda.pdf"), if one does."""
    for block in group:
        if block.link and (found := _LINK_DAY.search(block.link)):
            try:
                day = datetime.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                continue
            if month.start <= day <= month.end:
                return DateSpan(month.text, day, day, DatePrecision.DAY, month.begin, month.stop)
    return None


def _range_from(group: Sequence[Block], day: DateSpan) -> DateSpan | None:
    """The span of days another line of the card gives from the badge's day on, if any."""
    spans = (d for b in group for d in find_dates(b.text) if d.precision == DatePrecision.DAY)
    return next((d for d in spans if d.start == day.start and d.end > day.end), None)


def _posted_over_own_day(group: Sequence[Block], stamp: Block) -> bool:
    """Whether a card's date line is its posting stamp (a weekday, the day and the clock: "Viernes, 16 de Marzo de
    2012 10:42") over a text that gives a day of its own: a news item, which the prose rules read."""
    if not CMS_STAMP.match(stamp.text.strip()):
        return False
    return any(
        d.precision == DatePrecision.DAY and not NOT_WHEN.search(b.text[max(0, d.begin - 40) : d.begin])
        for b in group
        if b is not stamp and b.kind == BlockKind.PARAGRAPH
        for d in find_dates(b.text)
    )


def _date_line(group: Sequence[Block], year: int | None) -> tuple[Block, DateSpan] | None:
    """A card's line that is its day and nothing else ("June 15-19, 2009" over the title, or a badge "Sep 23"
    under a year heading): the card's own day, whatever its teaser dates ("Applications had to be submitted by
    May 22, 2009", "Audio posted September 25, 2014")."""
    for block in group:
        days = [d for d in find_dates(block.text) if d.precision == DatePrecision.DAY]
        rest = block.text[: days[0].begin] + " " + block.text[days[0].stop :] if len(days) == 1 else ""
        # "Monday, January 26 – Tuesday, January 27, 2009 · 9:00 AM EST": the weekday and the hours are the day's too
        if len(days) == 1 and not re.search(r"\w", _TIME_ZONE.sub("", _TIME.sub("", _WEEKDAY_WORD.sub("", rest)))):
            return block, days[0]
        badge = term_date(block.text, year) if not days and year and len(block.text) <= MAX_BADGE_CHARS else None
        if badge and badge.precision == DatePrecision.DAY:
            return block, badge
    return None


MAX_BADGE_CHARS = 16  # "Sep 29–Oct 2": longer is a sentence, not a badge
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAYS})\b", re.I)


def _date_headed_card(group: Sequence[Block]) -> bool:
    """A card whose heading is its day ("4 March 2026", then "Parish Council Meeting" and its papers): the
    heading is the card's date, not a label over the records below it."""
    head = group[0]
    if len(group) < 2 or head.kind != BlockKind.HEADING:
        return False
    days = [d for d in find_dates(head.text) if d.precision == DatePrecision.DAY]
    return len(days) == 1 and len(head.text) - len(days[0].text) <= 12


def _after_badge_label(group: Sequence[Block]) -> list[Block]:
    """The field after a card's date badge and its label ("JUN 14" / "Webinar" / title), if the card opens so."""
    if len(group) < 3 or not _badge_line(group[0].text):
        return []
    label = group[1].text.strip()  # "Webinar", "Transatlantic Council on Migration": a type or a series, no sentence
    return [group[2]] if len(label.split()) <= MAX_BADGE_LABEL_WORDS and not label.endswith((".", ":")) else []


MAX_BADGE_LABEL_WORDS = 5


def _badge_line(text: str) -> bool:
    """A card's date badge in one box: a month and a day, and nothing else ("May 07", "12 Jun")."""
    words = text.split()
    return len(words) == 2 and (day := leading_date(text, 2000)) is not None and day.stop >= len(text.rstrip(" ."))


def _split_badge(group: Sequence[Block], year: int | None) -> tuple[Block, DateSpan] | None:
    """A date badge split over two boxes, the month then the day or days ("March" / "17-18*"), with the
    year of the context; None when the card has none."""
    for month_box, day_box in zip(group, group[1:], strict=False):
        month = _MONTH_ONLY.match(month_box.text) or _MONTH_PAIR.match(month_box.text)
        days = _DAY_CELL.match(day_box.text.rstrip("*† "))
        if not (month and days and year):
            continue
        number = MONTHS[month.group("m").lower()]
        # "Apr/May" over "30-1": the days run into the second month
        then = MONTHS[month.group("m2").lower()] if "m2" in month.re.groupindex else number
        first, last = int(days.group("d1")), int(days.group("d2") or days.group("d1"))
        try:
            start = datetime.date(year, number, first)
            end = datetime.date(year, then, last) if then != number else datetime.date(year, number, max(first, last))
        except ValueError:
            return None
        if end < start:
            return None
        text = f"{month_box.text.strip()} {day_box.text.strip()}"
        return month_box, DateSpan(text, start, end, DatePrecision.DAY, 0, len(text))
    return None


_DATE_LABEL = re.compile(r"^\W*(?:when|dates?|fechas?|quand)\s*:", re.I)


def _dated_card(group: Sequence[Block]) -> bool:
    """A card that opens with a body's name and then gives its day on a line of its own ("City Council Meeting" /
    "December 05, 2025" / "20 agenda items"): the name is the card's title, not a label over the cards below."""
    return len(group) > 1 and group[0].kind != BlockKind.HEADING and any(_date_line_only(b.text) for b in group[1:])


def _dateline_heading(text: str, year: int | None) -> tuple[DateSpan, str, str | None] | None:
    """A heading that is a day and a town and perhaps a type tag, and no name ("21-22 January | Geneva [Working
    group]", "10 February — Geneva"): the day, the town ("" for none) and the tag."""
    kicker = _KICKER_TYPE.match(text)  # "BRIEFING | January 24": the type first
    if kicker is not None:
        if not EVENT_KIND_WORDS.fullmatch(kicker.group("tag").strip()):
            return None  # "REPORT | February 7", "STAFF NEWS | April 21": no meeting's
        text = text[kicker.end() :]
    day = leading_date(text, year) if year else None
    if day is None or day.precision != DatePrecision.DAY or day.begin > 0:
        return None
    rest = text[day.stop :]
    if kicker is not None and not rest.strip(_SEPARATORS + " "):
        return day, "", kicker.group("tag").strip()
    tag = _TYPE_TAG.search(rest)
    if tag and _STATUS_PART.fullmatch(tag.group(0).strip()):
        return None  # "January 28, 2014 (Cancelled)": a status, no type
    rest = (rest[: tag.start()] if tag else rest).strip(_SEPARATORS + " ")
    if rest and known_place(rest) is None:
        return None
    # (a day alone, "JAN 15", is a badge over its event's heading too)
    return day, rest, tag.group("tag") if tag else None


_TYPE_TAG = re.compile(r"\s*[\[(](?P<tag>[^\[\]()]{3,30})[\])]\s*$")
_KICKER_TYPE = re.compile(r"^(?P<tag>[^\W\d][^|·•\d]{2,30}?)\s*[|·•]\s*(?=\S)")


def _heading_below(blocks: Sequence[Block], block: Block) -> bool:
    """Whether the block after `block` is a heading that names something, no date, over no text that gives a day of
    its own: a news item's headline over its body ("02 NOV 2015" / "... welcomes new Executive Secretary" / "...,
    who took office on 1 November 2015") is dated when it was posted."""
    after = [b for b in blocks if b.order > block.order][:2]
    if not after or after[0].kind != BlockKind.HEADING or find_dates(after[0].text):
        return False
    body = after[1].text if len(after) > 1 and after[1].kind == BlockKind.PARAGRAPH else ""
    return not any(
        d.precision == DatePrecision.DAY and not NOT_WHEN.search(body[max(0, d.begin - 40) : d.begin])
        for d in find_dates(body)
    )


def _meta_below(blocks: Sequence[Block], title: Block) -> tuple[str | None, str]:
    """The type and the town of the meta line under an event's title ("Roundtable | Mexico City Co-organized with
    ..."), as far as it gives them."""
    below = next((b for b in blocks if b.order > title.order), None)
    # (after the title's translation in brackets: "[El nuevo papel de México ...] Roundtable | Mexico City")
    line = re.sub(r"^\s*\[[^\]]*\]\s*", "", below.text) if below is not None else ""
    meta = _META_BELOW.match(line) if below is not None and below.kind == BlockKind.PARAGRAPH else None
    if meta is None or not KIND_WORDS.search(meta.group("tag")):
        return None, ""
    # "Berlin, Germany By invitation only": each comma's part as long as it is, whole, a known place or region code
    pieces: list[str] = []
    for part in meta.group("rest").split(","):
        words = part.split()
        piece = next(
            (
                p
                for k in range(min(MAX_TOWN_WORDS_BELOW, len(words)), 0, -1)
                if known_place(p := " ".join(words[:k])) or _REGION_ABBREVIATION.fullmatch(p)
            ),
            None,
        )
        if piece is None:
            break
        pieces.append(piece)
        if piece != part.strip():
            break  # the part goes on past the place ("Germany By invitation only")
    return meta.group("tag").strip(), ", ".join(pieces)


_META_BELOW = re.compile(r"^(?P<tag>[^|\d]{3,40}?)\s*\|\s*(?P<rest>.*)$")
MAX_TOWN_WORDS_BELOW = 5


def _town_below(blocks: Sequence[Block], title: Block) -> str:
    """The town the paragraph under a meeting's title opens with ("Bellagio, Italy. The Council ..."), or ""."""
    below = next((b for b in blocks if b.order > title.order), None)
    opening = _OPENING_TOWN.match(below.text) if below is not None and below.kind == BlockKind.PARAGRAPH else None
    return opening.group("town") if opening and known_place(opening.group("town")) else ""


_OPENING_TOWN = re.compile(r"^(?P<town>[A-ZÀ-Ý][^.;:]{1,40}?)\.\s")


def _day_only(text: str, year: int | None) -> DateSpan | None:
    """A heading that is only a day or days, perhaps without their year ("16-17 February", "29 Nov - 2 Dec"), read
    in `year`; None for anything else."""
    day = leading_date(text, year) if year else None
    if day is None or day.precision != DatePrecision.DAY or text[day.stop :].strip(_SEPARATORS + " "):
        return None
    return day


# A note on a record set after its name: "Deadline for registration: 31 May.", "Fecha límite de inscripción: ..."
_DUE_NOTE = re.compile(
    r"\b(?:deadline|registration closes|fecha l[ií]mite|plazo|date limite|date-limite|inscriptions? jusqu)", re.I
)


def _date_line_only(text: str) -> bool:
    dates = find_dates(text)
    return len(dates) == 1 and dates[0].precision == DatePrecision.DAY and len(text.strip()) - len(dates[0].text) <= 12


def _labelled_card(group: Sequence[Block]) -> bool:
    """A card of labelled lines ("When: May 15, 2012", "Where: Online"): its heading is the event's title,
    however it is worded, not a label over the records below it."""
    return len(group) > 1 and any(_DATE_LABEL.match(b.text) and find_dates(b.text) for b in group)


VENUE_LABEL = re.compile(
    r"^\W*(?:where|venue|location|place|lugar|sede|lieu)(?:\s+(?:and|&|y|et)\s+(?:location|venue|place|lugar))?\s*:\s*",
    re.I,
)
_ONLINE = re.compile(r"^\W*(?:online|virtual|webinar|en l[ií]nea|en ligne|modalidad virtual)\W*$", re.I)
# "Hosted by the German Marshall Fund in Brussels, Belgium": the host is no place, the town after "in" is.
_HOSTED_IN = re.compile(r"^(?:hosted|organi[sz]ed|convened)\s+by\s+.+?\s+(?:in|at)\s+(?=[A-ZÀ-Ý])", re.I)


def venue_line(text: str) -> str | None:
    """A card's venue line as the place it names: labels, an online meeting and a host dropped,
    "Mexico City (Mexico)" written "Mexico City, Mexico"."""
    text = _HOSTED_IN.sub("", VENUE_LABEL.sub("", text.strip()))
    if _ONLINE.match(text):
        return None
    return re.sub(r"\s*\(([^()]+)\)\s*$", r", \1", text)


# --- one-meeting documents ------------------------------------------------------------------------

# "REVISED 4/23/19", "as of 7 February 2020": when the paper was written, not when its meeting is.
# (and "replaces the version circulated on 28 March 2011": an earlier version's day)
_STAMP = re.compile(
    r"\b(?:revised|as of|updated|posted|issued|printed|circulated|distributed|revisad[oa]|actualizad[oa]"
    r"|circulad[oa]|distribuid[oa]|r[ée]vis[ée]e?|mis[ea]? à jour|diffus[ée]e?)"
    r"(?:\s+(?:on|el|le))?\W*$",
    re.I,
)
_PREPARED = re.compile(
    r"^\W*(?:prepared|drafted|compiled|written)\s+by\b|^\W*(?:pr[ée]par[ée]e?|r[ée]dig[ée]e?|[ée]tabli)\s+par\b"
    r"|^\W*(?:elaborad[oa]|preparad[oa]|redactad[oa])\s+por\b",
    re.I,
)
# "Posted Jan 30, 2020 4:12 PM", "Amended Jan 3, 2020 9:00 AM", "Last updated on 3/4/2019": when a record's papers
# were put online, no meeting's date.
_POSTING = re.compile(
    r"[—–-]?\s*\b(?:posted|amended|updated|last updated|revised|modified|uploaded|added)(?:\s+on)?:?\s*$", re.I
)
_CLOCK_AFTER = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?", re.I)


def without_stamps(text: str) -> str:
    """`text` less the posting stamps it carries ("Feb 3, 2020 Posted Jan 30, 2020 4:12 PM Regular Meeting" ->
    "Feb 3, 2020 Regular Meeting")."""
    if not re.search(r"(?i)posted|amended|updated|revised|modified|uploaded|added", text):
        return text
    for date in reversed(find_dates(text)):
        stamp = _POSTING.search(text[: date.begin])
        if stamp is None:
            continue
        clock = _CLOCK_AFTER.match(text[date.stop :])
        stop = date.stop + (clock.end() if clock else 0)
        text = f"{text[: stamp.start()].rstrip()} {text[stop:].lstrip()}".strip()
    return text


# A letter inviting to one meeting, by its subject line: "Invitation: IGC Workshop on ..., Ottawa, 24-25 October 2012"
_INVITATION = re.compile(
    r"^\W*(?:(?:letter\s+of\s+)?invitation|carta\s+de\s+invitaci[oó]n|invitaci[oó]n|lettre\s+d['’]invitation)"
    r"\s*(?::|to\b|a\b|à\b)\s*(?:the\s+|la\s+|el\s+|l['’]\s*)?",
    re.I,
)
HEADER_BLOCKS = 8  # a one-meeting document names itself and its meeting in its first lines
# "2. ...", "a) ...", "Item 3.": an item of the body, never the header's dateline
_ITEM = re.compile(r"^\s*(?:(?:item|point|punto)\s+)?(?:[IVXLC]+|\d{1,2}(?:\.\d+)*|[a-z])[.):]\s", re.I)
MAX_HEADER_WORDS = 24  # "Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board"


HTML_HEADER_BLOCKS = 16  # a page's header also holds the body's address and contacts, a line each
# A line that is only the document's name, as an agenda or minutes set as a page titles itself.
# (perhaps with its state: "Agenda - Final", "Draft Minutes", "Revised Agenda")
_DOCUMENT_STATE = r"(?:final|draft|revised|amended|approved|updated|provisional|annotated|definitiv[ao]|provisional)"
_DOCUMENT_NAME = re.compile(
    rf"^\W*(?:{_DOCUMENT_STATE}\s+)?(?:agenda|minutes|notice of (?:the )?meeting|acta|orden del d[ií]a|ordre du jour"
    rf"|proc[eè]s-verbal)(?:\s*[-–—:]?\s*\(?{_DOCUMENT_STATE}\)?)?\W*$",
    re.I,
)
HEADER_DATELINE_LINES = 4
_PAPER_STAMP = re.compile(
    r"\b(?:original|distr\.?|distribution)\s*:\s*(?:english|spanish|french|general|restricted"
    r"|limited|ingl[ée]s|espa[ñn]ol|fran[çc]ais|anglais)\b",
    re.I,
)
_PROGRAMME_DAY = re.compile(rf"^(?:{WEEKDAY_NAMES}),?\s+[^,;]{{4,30}}$", re.I)
AGENDA_HEADER_LINES = 8
# "Agenda for the ESCG AGM 2025", "Minutes of the Annual General Meeting": the paper of the meeting it names
_PAPER_OF = re.compile(
    # "Notice of Meeting: Regular Meeting of the GRCM", "Convocatoria: Reunión ...": the paper, a colon, the meeting
    r"^\W*(?:(?:notice of (?:the )?meeting|convocatoria|convocation|agenda|orden del d[ií]a|ordre du jour)\s*[:–—]\s*"
    r"|(?:agenda|minutes|orden del d[ií]a|ordre du jour|acta|proc[eè]s-verbal)\s+(?:for|of|de|du|del)\s+)"
    r"(?:the\s+|la\s+|el\s+|l['’]\s*)?(?=[A-Z0-9À-Ý])(?=.*\b(?:meeting|AGM|assembly|session|reuni[oó]n|r[ée]union"
    r"|asamblea|assembl[ée]e|s[ée]ance|sesi[oó]n|council|board|committee)\b)",
    re.I,
)  # between the document's name and its first item: the body, members, venue and hour, notes
MAX_AGENDA_DATES = 3  # an agenda's body dates a few things (the last minutes); a listing dates every line


_FIRST_ITEM = re.compile(
    r"^\s*(?:item\s+)?(?:1|I|A)\s*[.):]?(?:\s|$)"
    # or the item every meeting opens with, unnumbered ("CALL TO ORDER / ROLL CALL", "Apologies")
    r"|^\W*(?:call to order|roll call|opening of the meeting|apologies|welcome and introductions"
    r"|approval of (?:the )?(?:agenda|minutes)|adoption of (?:the )?agenda|llamad[oa] al orden|apertura de la sesi[óo]n"
    r"|ouverture de la s[ée]ance)\b",
    re.I,
)


def agenda_page(blocks: Sequence[Block]) -> bool:
    """Whether a web page is one meeting's agenda, notice or minutes: a line of its header is only the
    document's name ("AGENDA") and its items follow ("1.", "Apologies"), and few of its lines carry a day. A
    card's "Agenda" link on a page of meetings is followed by the next card instead."""
    head = list(blocks[:HTML_HEADER_BLOCKS])
    named = [i for i, b in enumerate(head) if _DOCUMENT_NAME.match(b.text) or _PAPER_OF.match(b.text)]
    if not any(
        b.kind == BlockKind.LIST_ITEM or _FIRST_ITEM.match(b.text)
        for i in named
        for b in blocks[i + 1 : i + 2 + AGENDA_HEADER_LINES]
    ):
        return False
    # the days it names, each once: an agenda repeats its own day in its notice, its header and its items
    dated = len({d.start for b in blocks for d in find_dates(b.text) if d.precision == DatePrecision.DAY})
    # a paragraph of a year's meeting days ("meets on January 15, February 19, ...") makes a schedule
    days_named = max((len(_DAY_OF_MONTH.findall(b.text)) for b in blocks), default=0)
    return 0 < dated <= MAX_AGENDA_DATES and days_named <= MAX_AGENDA_DATES


# A web page titled only as one meeting's document and its day: "Agenda - 09/08/2026", "Minutes: March 3, 2019".
_DATED_DOCUMENT_TITLE = re.compile(
    r"^\W*(?:agenda|minutes|notice of (?:the )?meeting|acta|orden del d[ií]a|ordre du jour|proc[eè]s-verbal)"
    r"\s*[:–—-]?\s*(?P<when>[^:|]{6,40}?)\W*$",
    re.I,
)


def dated_document_title(doc_title: str | None) -> DateSpan | None:
    """The day a page's title gives as its agenda's or minutes' ("Agenda - 09/08/2026"), else None."""
    match = _DATED_DOCUMENT_TITLE.match(doc_title or "")
    dates = find_dates(match.group("when")) if match else []
    whole = dates and len(match.group("when").strip()) - len(dates[0].text) <= 2  # type: ignore[union-attr]
    return dates[0] if whole and dates[0].precision == DatePrecision.DAY else None


def titled_minutes(blocks: Sequence[Block], doc_title: str | None) -> Entry | None:
    """A web page of one meeting's minutes or agenda that names the meeting and its day only in its title
    ("WoT Thing Description – 08 October 2025" over a first heading "Meeting minutes"): that meeting."""
    first = next((b for b in blocks if b.kind == BlockKind.HEADING), None)
    named = _NAME_AND_DAY.match(doc_title or "")
    if first is None or named is None or not _DOCUMENT_NAME.match(_MEETING_WORD.sub("", first.text)):
        return None
    dates = find_dates(named.group("when"))
    if len(dates) != 1 or dates[0].precision != DatePrecision.DAY or len(named.group("when")) - len(dates[0].text) > 2:
        return None
    name = named.group("name").strip()
    return Entry(name, name, dates[0], None, first, doc_title or "", "document.header")


# "WoT Thing Description – 08 October 2025": a page title that is a meeting's name and its day
_NAME_AND_DAY = re.compile(r"^\s*(?P<name>[^–—|:]{3,80}?)\s+[–—|-]\s+(?P<when>[^–—|]{6,40}?)\s*$")
_MEETING_WORD = re.compile(r"^\W*(?:meeting|draft|reunión|réunion)\s+", re.I)


MAX_HEADER_DATELINE_WORDS = 15
# A title line that breaks before its body's name: "... OF THE", "... DE LA", "... DU"
_DANGLING = re.compile(r"\b(?:of|of the|for|for the|on|de|de la|del|du|des|de los|de las)\s*$", re.I)
_APPROVAL = re.compile(r"\b(?:approved|adopted|approuv[ée]e?s?|adopt[ée]e?s?|aprobad[ao]s?|adoptad[ao]s?)\b", re.I)


def one_meeting(blocks: Sequence[Block], doc_title: str | None) -> Entry | None:
    """The meeting of an agenda, a notice or minutes: a PDF whose first page's header names the document and
    a date, or a web page that is one (`agenda_page`), or one whose title is only the document and its day."""
    if blocks and blocks[0].page is None and (day := dated_document_title(doc_title)) and not agenda_page(blocks):
        body = next(
            (b.text for b in blocks[:HTML_HEADER_BLOCKS] if b.kind == BlockKind.HEADING and _BODY.search(b.text)), None
        )
        return Entry(body or "Meeting", body, day, None, blocks[0], doc_title or "", "document.header")
    if blocks and blocks[0].page is None and (titled := titled_minutes(blocks, doc_title)):
        return titled
    if blocks and blocks[0].page is None:
        head = list(blocks[:HTML_HEADER_BLOCKS])
        naming = next((b for b in head if _DOCUMENT_NAME.match(b.text) or _PAPER_OF.match(b.text)), None)
    else:
        head = [b for b in blocks[:HEADER_BLOCKS] if b.page == 1]
        naming = next(
            (
                b
                for b in head
                if (MEETING_DOCUMENT.search(b.text) or _INVITATION.match(b.text))
                # "2. Adoption of the agenda ...": an item, not the name; a register's row ("IGC/SG/07/1 | 13.02.2007 |
                # Steering Group | Agenda; Summary record") lists one meeting's papers among others'
                and b.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
                and len(b.text.split()) <= MAX_HEADER_WORDS
                and not _SECTION_NUMBER.match(b.text)
            ),
            None,
        )
    if naming is None:
        return None
    at = head.index(naming)
    # (the two lines after the name, those above it, then the lines further after: the body's name and members
    # may come between the name and the venue, hour and day)
    after = head[at + 1 : at + 1 + HEADER_DATELINE_LINES]
    # "Wednesday, 25 May 2011" under the name: the programme's first day heading, after the cover's dateline above
    # the name ("Berlin, Germany, 25-26 May 2011") when there is one
    days = [b for b in after[:2] if _PROGRAMME_DAY.match(b.text.strip())]
    for block in [naming, *[b for b in after[:2] if b not in days], *head[:at], *days, *after[2:]]:
        if block is not naming and _ITEM.match(block.text):
            continue  # "1. Aprobar el acta ... circulada el 12 de julio": the record's first item, not its dateline
        if block is not naming and len(block.text.split()) > MAX_HEADER_DATELINE_WORDS and _APPROVAL.search(block.text):
            continue  # "Le compte rendu de la réunion du 14 juin 2007 est approuvé ...": an earlier meeting's record
        dates = [d for d in find_dates(block.text) if not _STAMP.search(block.text[: d.begin])]
        if _PREPARED.match(block.text) or _PAPER_STAMP.search(block.text):
            # "Prepared by the IGC Secretariat, Geneva, 14 August 2009", "Geneva, 12 April 2011 Original: English": the
            # paper's date, not the meeting's
            continue
        if block is naming:  # "REVISED 4/23/19 ... AGENDA – April 24, 2019": the date after the document's name
            named_at = (MEETING_DOCUMENT.search(block.text) or _INVITATION.match(block.text)).start()  # type: ignore[union-attr]
            dates = sorted(dates, key=lambda d: d.begin < named_at)
        if dates:
            body = next(
                (
                    b.text
                    for b in head
                    if b.kind == BlockKind.HEADING
                    and _BODY.search(b.text)
                    and not _SECTION_NUMBER.match(b.text)
                    # "15637-22 Approval of the February 17, 2022, ... Board Minutes": an item, not the header
                    and not (block.page is None and head.index(b) > head.index(block) and find_dates(b.text))
                ),
                None,
            )
            if body is None and block.page is None:  # "A MEETING OF / THE PARISH COUNCIL / ON 11 JUNE": the
                # summons names its body in the lines above the date, unstyled
                above = head[: head.index(block)]
                body = next((b.text for b in reversed(above) if _BODY.search(b.text) and _short_name(b.text)), None)
            named = _strip_document(naming.text, dates[0] if block is naming else None)
            named = _INVITATION.sub("", named) if named else named
            if named and _PAPERS_ONLY.fullmatch(named):
                named = None  # "Meeting Agenda and Reading List": the papers' names, no meeting's
            if named and _DANGLING.search(named):
                named = None  # "MINUTES OF THE MEETING OF THE" / "Working Group on Technology": the name is below
            # "DRAFT SUMMARY RECORD" / "Full Round" / "Berlin, 29-30 May 2008": the heading between names the meeting
            between = head[at + 1 : head.index(block)] if head.index(block) > at else []
            heading = next((b.text for b in between if b.kind == BlockKind.HEADING and KIND_WORDS.search(b.text)), None)
            if (
                heading is None
                and 0 < head.index(block) < at
                and KIND_WORDS.search(line := head[head.index(block) - 1].text)
            ):
                # "Steering Group Meeting / Geneva, 14 October 2008 / SUMMARY OF CONCLUSIONS": the line over its date
                heading = line if _short_name(line) else None
            if heading is None:
                # "IGC Full Round 2011" / "Helsinki, Finland" / "30 May - 1 June 2011" over "Report of the meeting":
                # the cover names its meeting above its place and days
                above = [b.text for b in head[:at] if b is not block and not known_place(b.text.strip())]
                heading = next(
                    (t for t in reversed(above) if KIND_WORDS.search(t) and len(t.split()) <= MAX_LABEL_WORDS), None
                )
            # a page that names its meeting nowhere but in a notice's sentence: a meeting all the same
            title = named if named and KIND_WORDS.search(named) else None
            title = title or heading or body or named or doc_title or "Meeting"
            venue = _venue_after(block.text, dates[0]) or _place_before(block.text, dates[0])
            if title == named and (split := _trailing_place(title)):
                title, venue = split[0], venue or split[1]  # "IGC Workshop on X, Ottawa, 24-25 October 2012"
            at_date = head.index(block)
            beside = [head[k].text.strip() for k in (at_date - 1, at_date + 1) if 0 <= k < len(head) and k != at]
            if venue is None and block.page is not None:
                venue = next((t for t in beside if known_place(t)), None)  # "Helsinki, Finland" over its days
            return Entry(title, body, dates[0], venue, block, f"{naming.text} | {block.text}", "document.header")
    return None


EVENT_PAGE_FIELDS = 3  # the date, hours and venue lines under an event page's title
_ZIP = re.compile(r"\s+\d{5}(?:-\d{4})?\s*$")  # "Washington, DC 20036"
_STREET_LEAD = re.compile(r"^.*\b(?:suite|floor|street|st\.|avenue|ave\.|room|nw|ne|sw|se)\b\s*\d*\s+", re.I)


def _street_free(place: str) -> str:
    """ "Suite 300 Washington, DC" -> "Washington, DC": an address's last line runs its street into its town."""
    return _STREET_LEAD.sub("", place)


def event_page(blocks: Sequence[Block]) -> tuple[Entry, frozenset[int]] | None:
    """The event a web page is about: its main heading, the type label over it ("Briefing") or the hours under it
    ("10:00 AM - 11:30 AM EDT"), and a line that is only its day ("Wednesday, July 15, 2015"), perhaps a venue
    line; whatever the body, speakers and sidebars below say. A work's page (a title over its publication day, no
    type of event and no hours) is none."""
    at = next((i for i, b in enumerate(blocks) if b.kind == BlockKind.HEADING), None)
    if at is None or blocks[at].page is not None or not (blocks[at].locator or "").endswith("h1"):
        return None
    main = blocks[at]
    kicker = blocks[at - 1] if at and len(blocks[at - 1].text.split()) <= MAX_TYPE_LABEL_WORDS else None
    typed = kicker is not None and EVENT_KIND_WORDS.fullmatch(kicker.text.strip()) is not None
    fields = [b for b in blocks[at + 1 : at + 1 + EVENT_PAGE_FIELDS] if b.kind == BlockKind.PARAGRAPH]
    day = next(
        (
            (b, d)
            for b in fields
            if (d := leading_date(b.text, None))
            and d.precision == DatePrecision.DAY
            and not b.text[d.stop :].strip(_SEPARATORS + " ")
        ),
        None,
    )
    hours = any(_time_line(b.text) for b in fields)
    if day is None or not (typed or hours) or len(main.text.split()) > MAX_TITLE_WORDS:
        return None
    if any(b.kind == BlockKind.HEADING and (b.locator or "").endswith("h1") for b in blocks[at + 1 :]):
        return None  # a page of several events, each under its own main heading
    block, date = day
    venue = next(
        (_street_free(p) for b in fields if b is not block and (p := trailing_place(_ZIP.sub("", b.text)))), None
    )
    used = {main.order, block.order} | ({kicker.order} if typed and kicker else set())
    label = kicker.text.strip() if typed and kicker else None
    text = " | ".join(x for x in (label, main.text, block.text) if x)
    return Entry(main.text.strip(), label, date, venue, main, text, "schedule.card", status_of(text)), frozenset(used)


# A programme page's main heading: "Agenda ESNOG 28", "Programme of the Regional Workshop", "Programa del Taller".
_PROGRAMME_HEADING = re.compile(
    r"^\W*(?:agenda|programme|program|programa|orden del d[ií]a|ordre du jour)\s*(?:of the|of|for the|for|de la|del|de"
    r"|du|des|:|[–—-])?\s+(?P<name>\S.{1,80}?)\W*$",
    re.I,
)
_ARCHIVE_NAME = re.compile(
    r"(?:center|centre|archives?|portal|search|calendar|list|library|(?:and|&)\s+minutes|(?:and|&)\s+documents"
    r"|documents|management)\W*",
    re.I,
)
_VENUE_HEADING = re.compile(r"^\W*(?:venue|location|place|lugar|sede|lieu)\b", re.I)
MAX_PROGRAMME_DAYS = 7  # one event's days; headings further apart are a calendar of events


def programme_page(blocks: Sequence[Block]) -> Entry | None:
    """The event of a web page that is its programme: an `h1` "Agenda <event>" over day headings ("Día 12 de mayo
    de 2022", "Día 13 de mayo de 2022") within a week, each day's items (times, talks, breaks) under it. One
    event, from its first day to its last, at the venue a "Venue"/"Lugar" heading gives; None for other pages."""
    main = next((b for b in blocks if b.kind == BlockKind.HEADING), None)
    if main is None or main.page is not None or not (named := _PROGRAMME_HEADING.match(main.text)):
        return None
    if _ARCHIVE_NAME.fullmatch(named.group("name")):
        return None  # "Agenda Center", "Agendas & Minutes": a portal of many meetings' papers, no one event's
    days = [
        (b, d[0])
        for b in blocks
        if b.kind == BlockKind.HEADING
        and len(d := [x for x in find_dates(b.text) if x.precision == DatePrecision.DAY]) == 1
        and len(b.text) - len(d[0].text) <= 12
    ]
    if not days:
        return None
    first, last = min(d.start for _, d in days), max(d.end for _, d in days)
    if (last - first).days >= MAX_PROGRAMME_DAYS:
        return None
    block, date = min(days, key=lambda x: x[1].start)
    span = DateSpan(date.text, first, last, DatePrecision.DAY, date.begin, date.stop)
    venue_at = next(
        (i for i, b in enumerate(blocks) if b.kind == BlockKind.HEADING and _VENUE_HEADING.match(b.text)), None
    )
    venue = None
    if venue_at is not None and venue_at + 1 < len(blocks) and blocks[venue_at + 1].kind != BlockKind.HEADING:
        address = blocks[venue_at + 1].text
        # "..., Plaça d'Eusebi Güell, 6, 08034 Barcelona": the town after its postcode
        postcode = re.search(r"\b\d{4,6}\s+(?P<town>[A-ZÀ-Ý][^\W\d_]+(?:[\s-][A-ZÀ-Ý][^\W\d_]+)*)\s*$", address)
        venue = trailing_place(address) or (postcode.group("town") if postcode else address)
    name = named.group("name").strip()
    return Entry(name, None, span, venue, block, f"{main.text} | {block.text}", "document.header")


def _short_name(text: str) -> bool:
    """A line that may be a body's name: short, no number, not a sentence running on ("... A MEETING OF")."""
    runs_on = re.search(r"\b(?:of|the|de|del|du|des|la|le)\W*$", text, re.I)
    return len(text.split()) <= MAX_LABEL_WORDS and not re.search(r"\d", text) and not runs_on


_DRAFT = re.compile(r"\b(?:draft|provisional|final|revised|borrador|proyecto de|projet de|provisoire)\b", re.I)


_PAPERS_ONLY = re.compile(
    r"(?:\s*(?:meeting|reading|list|and|&|programme|program|background|papers?|documents?|materials?|lista"
    r"|lecturas|documentos|y|et|de)\b)+\s*",
    re.I,
)


def _strip_document(text: str, date: DateSpan | None) -> str | None:
    if date is not None:
        text = text[: date.begin] + text[date.stop :]
    text = MEETING_DOCUMENT.sub(" ", _TIME.sub(" ", text))
    text = _DRAFT.sub(" ", text)  # "DRAFT SUMMARY RECORD": the document's state, no name
    text = re.sub(r"\s+", " ", text).strip(_SEPARATORS + " ")
    text = re.sub(r"^\W*(?:of|for|from|de|del|du|des)\s+", "", text, flags=re.I)
    text = re.sub(r"^\W*meeting\s*[:–—]\s*", "", text, flags=re.I)  # "Notice of Meeting: Regular Meeting of ..."
    text = re.sub(r"\b(?:at|from)\s*$", "", text, flags=re.I).strip(_SEPARATORS + " ")
    if text.count("(") > text.count(")"):
        text += ")"  # "... SOBRE MIGRACIÓN (GRCM)": the bracket closing the name, not a separator
    return text or None


def _place_before(text: str, date: DateSpan) -> str | None:
    """The place a dateline opens with: "San José, Costa Rica, 10 y 11 de mayo de 2007" -> "San José, Costa Rica"."""
    place = text[: date.begin].strip(_SEPARATORS + " ")
    return place if place and len(place.split()) <= 6 and country_of(place) else None


# "... in the Village Hall, 1 Asselborn Way, Glenwood, Illinois, to consider a variation ...": the venue stops where
# the notice goes on to the meeting's purpose, or at the sentence's end.
_VENUE_STOP = re.compile(
    r",?\s+(?:to|for|where|which|regarding|concerning|para|pour)\s+(?-i:[a-z])|(?<!\b[A-Z])(?<!\b(?:St|No|Dr))\.\s",
    re.I,
)


def _venue_after(text: str, date: DateSpan) -> str | None:
    match = re.search(r"\b(?:at|in|en|à)\s+(.+)$", _TIME.sub(" ", text[date.stop :]))
    if match is None:
        return None
    venue = match.group(1)
    if stop := _VENUE_STOP.search(venue):
        venue = venue[: stop.start()]
    return venue.strip(_SEPARATORS + " ") or None


# --- the whole document ---------------------------------------------------------------------------


def find_schedule_entries(
    blocks: Sequence[Block],
    title: str | None,
    claimed: Callable[[Block], bool],
    as_of: datetime.date | None = None,
    stated_year: int | None = None,
) -> tuple[list[Entry], set[int]]:
    """Every meeting the blocks list as a schedule record, and the orders of the blocks read.

    `claimed(block)` says another rule reads the block better (a table row with a Date and a Meeting
    column): such blocks are left to it. `as_of`, the day the document was current, lends its year to a
    document that names none; `stated_year` (`page_stated_year`), to records that nothing nearer dates.
    """
    ctx = _Context(
        name=title if title and names_body(title) else None,
        year=_page_year(blocks, title, as_of),
        running_year=stated_year,  # until a dated line gives the year its records run in
    )
    if ctx.year is None and any(_NEXT_LABEL.match(b.text) for b in blocks):
        days = [d.start for b in blocks for d in find_dates(b.text) if d.precision == DatePrecision.DAY]
        ctx.latest = max(days, default=None)
    main_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    ctx.events_page = any(_EVENTS_WORDS.search(t) for t in (title or "", main_heading))
    if ctx.name is None and _TALK_SERIES.search(main_heading) and len(main_heading.split()) <= MAX_SERIES_WORDS:
        ctx.name = main_heading  # a page headed "Seminars": a series of talks
    entries: list[Entry] = []
    used: set[int] = set()
    labels: list[str] = []  # headings just above a table: a headerless table's column titles
    seen_headers: set[tuple[str, ...]] = set()
    cards = card_keys(blocks)
    news = news_articles(blocks)
    items = {b.locator: b for b in blocks if b.kind == BlockKind.LIST_ITEM and b.locator}
    default_town = default_place(blocks)
    headlined: list[Entry] = []  # meetings a news item's headline names with their days
    # a typed title over its day, not under a day that dates it ("Thursday, January 12" / "Webinar: X")
    typed_titles = {
        b.order
        for prev, b, after in zip([None, *blocks], blocks, [*blocks[1:], None], strict=False)
        if after is not None
        and _typed_title_line(b)
        and leading_date(after.text, 2000) is not None
        and (prev is None or leading_date(prev.text, 2000) is None)
    }
    for group, text in _records(blocks, cards):
        block = group[0]
        if block.kind == BlockKind.LIST_ITEM and (nested := nested_list_entries(block, items)):
            entries += [e if e.location else replace(e, location=default_town) for e in nested]
            used.update(b.order for b in group)
            continue
        announced = next((b for b in group if _NEXT_LABEL.match(b.text)), None) if len(group) > 1 else None
        said = announced.text if announced else ""
        if announced and _announces_one(said) and (after := _block_after(group, announced)):
            said = f"{said.rstrip(' :')}: {after.text}"  # "Next Meeting" over "Saturday, August 15, 2026": a callout
        if announced and (entry := _line_entry([announced], said, ctx)):
            # "What to expect" / "Meetings include updates ..." / "Next Meeting: September 29th": a box of notes
            # that announces one meeting among them
            entries.append(entry)
            used.add(announced.order)
        if block.order in news:
            # A news article: its body's sentences report the meeting; its headline ("Concluye reunión del
            # GRCM") is news about it and is read by no rule, its dateline lends the body its year. Unless the
            # headline announces a meeting with its place and days ("Mini-Full Round, Geneva, 1-2 December 2008")
            # that the body, about registration, does not date.
            for b in group:
                if b.kind == BlockKind.HEADING and (entry := _announcing_headline(b, ctx)):
                    entries.append(entry)
                    headlined.append(entry)
            used.update(b.order for b in group if b.kind == BlockKind.HEADING)
            continue
        if (
            len(group) == 1
            and block.kind == BlockKind.HEADING
            and (headed := _dateline_heading(text, ctx.year or ctx.running_year))
            and (headed[1] or headed[2] or _heading_below(blocks, block))  # a day alone: over its event's heading
        ):
            # "21-22 January | Geneva [Working group]" over the heading that names the meeting
            ctx.pending_date, ctx.pending_place, ctx.pending_type = headed
            ctx.pending_headed, ctx.pending_dateline = True, block
            continue
        if (
            block.kind != BlockKind.TABLE_ROW
            and not _period_line(text)
            and (run := _date_run(text, ctx.year or ctx.running_year))
            and (ctx.name or names_body(title or ""))
        ):
            entries += [Entry(None, ctx.name, d, None, block, text, "schedule.line") for d in run]
            used.update(b.order for b in group)
            continue
        if len(group) == 1 and block.kind != BlockKind.TABLE_ROW and (papers := _papers_entries(group, text, ctx)):
            entries += papers
            used.add(block.order)
            continue
        if len(group) == 1 and block.order in typed_titles:
            # "Webinar: Skilled Visa Reform in Canada and the United States" over its day: a card's title set as a
            # paragraph, the name of the lines below
            ctx.name, ctx.name_size, ctx.name_heading = block.text.strip(), block.font_size, block.heading
            continue
        if caption := next((b for b in group if _year_caption(b)), None):
            ctx.year, ctx.span_month = _single_year(caption.text), None  # a table's "Actividades realizadas en 2013"
        if _is_label(block) and not _labelled_card(group) and not _date_headed_card(group) and not _dated_card(group):
            if ctx.pending_place is not None and ctx.pending_date is not None:
                date, place, tag = ctx.pending_date, ctx.pending_place, ctx.pending_type
                ctx.pending_date, ctx.pending_place, ctx.pending_type = None, None, None
                named = len(text.split()) >= 2 or KIND_WORDS.search(text)  # "Mini-Full Round"
                if block.kind == BlockKind.HEADING and not find_dates(text) and named and ctx.pending_dateline:
                    snippet = f"{ctx.pending_dateline.text} | {text}"
                    below_tag, below_place = _meta_below(blocks, block) if not (tag or place) else (None, "")
                    tag, place = tag or below_tag, place or below_place or _town_below(blocks, block)
                    entries.append(Entry(text, tag or ctx.name, date, place or None, block, snippet, "schedule.line"))
                    used |= {block.order, ctx.pending_dateline.order}
                    continue
            labels = [*labels, block.text][-6:]
            if names_body(block.text) and (label := _label_name(block.text)):
                ctx.name, ctx.name_size, ctx.name_heading = label, block.font_size, block.heading
            elif (
                ctx.name_size is not None
                and block.font_size == ctx.name_size
                and len(block.text.split()) >= MIN_ENTRY_TITLE_WORDS
                and not find_dates(block.text)
            ):
                # the next entry's title, set as the last one's was ("Managing Migration in a Changing Europe"
                # after "Testimony before the House ..."): the lines below are its own, not that body's
                ctx.name, ctx.name_size = None, None
            month, ctx.pending_day = _MONTH_ONLY.match(block.text), None
            if (
                block.kind == BlockKind.HEADING
                and (day := _day_only(block.text, ctx.year or ctx.running_year))
                and day.start.month == ctx.labelled_month
            ):
                # "16-17 February" (under "February 2005") over the line that names the event
                ctx.pending_date, ctx.pending_headed = day, True
                continue
            ctx.heading_month = MONTHS[month.group("m").lower().rstrip(".")] if month else None
            ctx.labelled_month = ctx.heading_month or ctx.labelled_month
            ctx.heading_day = day_alone(block.text)
            year = _single_year(block.text)
            if span := span_year(block.text):
                ctx.year, ctx.span_month = span
            elif year and (month or not any(d.precision == DatePrecision.DAY for d in find_dates(block.text))):
                # "2019 Meetings", "Upcoming Events — Fall 2014": the year of the records below
                ctx.year, ctx.span_month = year, None
            continue
        if _introduces_year(block, text):
            ctx.year, ctx.span_month = _single_year(text), None  # "Here is the schedule of our fall 2018 meetings:"
        elif period := _months_period(block, text):
            ctx.year, ctx.span_month = period  # "octobre 2014 - mars 2015" under the calendar's title
        if (body := _body_that_met(block, text)) is not None:
            ctx.name = body  # "The Steering Group ... met twice in Geneva this year:": the days below are its meetings
            ctx.met_intro = True
        if block.kind == BlockKind.TABLE_ROW and results_told(block):
            continue  # a results table tells what was done in sentences, which the prose rules read
        if (
            block.kind == BlockKind.TABLE_ROW
            and (filled := [c for c in block.cells if c.strip()])
            and (len(filled) == 1 and _YEAR_LINE.match(filled[0]))
        ):
            ctx.year, ctx.span_month = _single_year(filled[0]), None  # "2010 |  |  |": the rows below are 2010's
            continue
        if block.kind == BlockKind.TABLE_ROW and (field := _field_row(block, ctx, entries)) is not None:
            # a card's table of fields under its title ("Fecha: | 10 y 11 de marzo de 2010", "Lugar: | San Salvador")
            entries += field
            used.add(block.order)
            continue
        if block.kind == BlockKind.TABLE_ROW:
            found = _table_row(block, ctx, labels, seen_headers, claimed)
            unread = not found and not posted_news_row(block.cells)  # a newsroom's row: its summary, the prose rules'
            if unread and (deadline_table(block, labels) or unheld_row(block) or _dated_by_deadline(block, labels)):
                used.add(block.order)  # a commitment's deadline, a planned activity: no other rule reads the row
        elif len(group) > 1:
            labels = []
            found = [e] if (e := _card_entry(group, ctx)) else []
        else:
            # "Next Meeting" over "Saturday, August 15, 2026": a callout's label announcing the date line below it
            # (not "Upcoming meetings", over a list of several)
            announcing = labels[-1] if labels and _announces_one(labels[-1]) else None
            labels = []
            if ctx.heading_month and block.kind == BlockKind.PARAGRAPH and (day := _HEADED_DAY.fullmatch(text)):
                ctx.pending_day = day  # "17" in the date column, the record beside it in the next block
                continue
            numeric = _short_numeric_date(text, ctx.year or ctx.running_year)
            if block.kind == BlockKind.PARAGRAPH and numeric:
                pending, ctx.pending_date = ctx.pending_date, numeric  # "18/08" in a box's date column
                ctx.pending_headed = False
                if pending is None:
                    continue
            if (
                ctx.pending_date is not None
                and block.kind == BlockKind.PARAGRAPH
                and (not find_dates(text) or (note := _DUE_NOTE.search(text)) and not find_dates(text[: note.start()]))
            ):
                # "18/08" / "Reunión de la Red ... (videoconferencia)": the record beside the day its column gives;
                # "Seminar on X - Ottawa Deadline for nominations ...: 1 March.": a note on it, set after its name
                text = text[: note.start()].rstrip() if find_dates(text) else text
                if _is_sentence(text) and ctx.pending_headed:
                    # "18 June 2008" / "The Steering Group approved the revised Terms of Reference ...": prose under a
                    # day, which the prose rules read
                    ctx.pending_date = None
                    continue
                title, venue = _rest_title(text)
                venue = _BRACKET_NOTE.sub("", venue) or None if venue else None  # "San Salvador (fecha tentativa)"
                date, ctx.pending_date = ctx.pending_date, None
                found = [Entry(title or text, ctx.name, date, venue, block, text, "schedule.line", status_of(text))]
                found = [e for e in found if KIND_WORDS.search(e.title or "")]
            else:
                ctx.pending_date = None
                said = f"{announcing.rstrip(' :')}: {text}" if announcing and leading_date(text, None) else text
                found = [e] if (e := _line_entry(group, said, ctx)) else []
        ctx.pending_day = None
        for entry in found:
            entries.append(_within_span(entry, ctx) if ctx.span_month else entry)
            used.update(b.order for b in group if b is group[0] or not _dated_otherwise(b, entry))
        for d in find_dates(text):
            if d.precision == DatePrecision.DAY:
                ctx.running_year = d.start.year
    entries, used = _labelled_titles(entries, blocks, used)
    entries, used = _titled_below(entries, blocks, used)
    entries = _typed_above(entries, blocks)
    entries, used = _named_by_heading_below(entries, blocks, used)
    # Another body's records stay in `used` (no other rule should read its dates as the page's) but are dropped.
    scope = page_scope(blocks, title)
    # the headings the document opens with are its own title ("CHICAGO COMMISSION ON HUMAN RELATIONS" / "2019
    # MONTHLY BOARD MEETING SCHEDULE"), not another body's section
    masthead = {b.text for b in itertools.takewhile(lambda b: b.kind == BlockKind.HEADING, blocks)}
    entries = [e for e in entries if e.block.heading in masthead or not other_body_section(e.block.heading, scope)]
    return _repeated(_papers_of_a_day(_without_retold(entries, headlined)), used, cards)


def _announces_one(label: str) -> bool:
    """ "Next Meeting", "Próxima reunión": a label announcing one meeting, whose date is the line below it."""
    return bool(_NEXT_LABEL.match(label)) and not find_dates(label) and not _MEETINGS_WORD.search(label)


def _block_after(group: Sequence[Block], block: Block) -> Block | None:
    at = next(i for i, b in enumerate(group) if b is block)
    return group[at + 1] if at + 1 < len(group) else None


def _without_retold(entries: list[Entry], headlined: list[Entry]) -> list[Entry]:
    """The entries less those a news item's lines give on the day its headline named the meeting ("Regular Board
    Meeting - November 28, 2023" over "The next Regular Board meeting ... will be held on November 28, 2023")."""

    def item(block: Block) -> str:
        locator = block.locator or ""
        at = locator.rfind("article")
        return locator[: locator.find(" >", at)] if at >= 0 and " >" in locator[at:] else locator.rsplit(" > ", 1)[0]

    told = {(item(e.block), e.date.start) for e in headlined}
    return [e for e in entries if e in headlined or (item(e.block), e.date.start) not in told]


def _titled_below(entries: list[Entry], blocks: Sequence[Block], used: set[int]) -> tuple[list[Entry], set[int]]:
    """A heading that is only a day and its hours ("April 24, 2012 | 9:30 - 11:00 AM") over a line of prose that
    names the event ("Public Briefing and Report Launch: X. Migration Policy Institute, Washington, DC."): the event
    is named by that line's first sentence, and held at the place the line ends with."""
    after = {b.order: blocks[i + 1] for i, b in enumerate(blocks[:-1])}
    before = {b.order: blocks[i - 1] for i, b in enumerate(blocks) if i}
    out = []
    for entry in entries:
        below, above = after.get(entry.block.order), before.get(entry.block.order)
        titled_above = (
            above is not None
            and above.kind == BlockKind.HEADING
            and len(above.text.split()) >= MIN_ENTRY_TITLE_WORDS
            and EVENT_KIND_WORDS.search(above.text) is not None
        )  # "Workshop for Journalists on Immigration Data" over "September 14 | MPI, Washington, DC": named above
        # (or a calendar's bold day, "5 de mayo de 2010 (tentativa)", under its section's heading)
        listed = (
            entry.block.kind == BlockKind.LIST_ITEM
            and bool(entry.block.is_bold)
            and (entry.context is None or EVENTS_SECTION.search(entry.context) is not None)
        )
        if (
            entry.title is None
            and not titled_above
            and (entry.block.kind == BlockKind.HEADING or listed)
            and below is not None
            and below.kind == BlockKind.PARAGRAPH
            and below.heading == (entry.block.heading if listed else entry.block.text)
            and not find_dates(below.text)
            and EVENT_KIND_WORDS.search(name := re.split(r"(?<=[\w'’)])\.\s", below.text)[0]) is not None
        ):
            place = closing_town(below.text.rstrip(" .")) or trailing_place(below.text.split(". ")[-1].rstrip(". "))
            entry = replace(entry, title=name.strip(" ."), location=entry.location or place,
                            snippet=f"{entry.snippet} | {below.text}")  # fmt: skip
            used.add(below.order)
        if entry.rule == _DAY_HEADING:
            if entry.title is None:
                used.discard(entry.block.order)
                continue
            entry = replace(entry, rule="schedule.line")
        out.append(entry)
    return out, used


_DAY_HEADING = "schedule.day_heading"  # an entry until the line below names it


def _type_only(title: str | None) -> bool:
    """Whether an entry's "title" is only its type label ("Webinar", "Mesa redonda", "Report Launch")."""
    return bool(title) and len(title.split()) <= MAX_TYPE_LABEL_WORDS and FORMAT_WORDS.fullmatch(title.strip())


def _named_by_heading_below(
    entries: list[Entry], blocks: Sequence[Block], used: set[int]
) -> tuple[list[Entry], set[int]]:
    """A card's line of its day and type ("January 18, 2012 · Webinar") over its title's heading: the event is that
    heading's, of that type. An entry still named only by its type on a day another entry names is that entry
    told again (a bilingual page's "18 de enero de 2012 · Seminario web" under the English card)."""
    after = {b.order: blocks[i + 1] for i, b in enumerate(blocks[:-1])}
    named = []
    for entry in entries:
        below = after.get(entry.block.order)
        if (
            _type_only(entry.title)
            and below is not None
            and below.kind == BlockKind.HEADING
            and len(below.text.split()) >= MIN_ENTRY_TITLE_WORDS
            and not find_dates(below.text)
        ):
            snippet = f"{entry.snippet} | {below.text}"
            entry = replace(entry, title=below.text.strip(), context=entry.title, snippet=snippet)
            used.add(below.order)
            town = after.get(below.order)
            if entry.location is None and town is not None and town.kind == BlockKind.PARAGRAPH:
                entry = replace(entry, location=trailing_place(town.text.strip()) or None)  # "Washington, DC"
        named.append(entry)
    days = {e.date.start for e in named if not _type_only(e.title)}
    return [e for e in named if not (_type_only(e.title) and e.date.start in days)], used


# "JUN 02", "15-16 OCT 2009", "Dec 3": a badge's day, with or without its year
_DAY_BADGE = re.compile(
    r"(?=.*\d)(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?[^\W\d]{3,10}\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?(?:\s+\d{4})?"
)


def _typed_above(entries: list[Entry], blocks: Sequence[Block]) -> list[Entry]:
    """An entry named by a title that says no kind, under its type label ("ROUNDTABLE" / "JUN 02" beside "Labor
    Market Outcomes of Refugees ..."): the label says what the event was."""
    at = {b.order: i for i, b in enumerate(blocks)}
    out = []
    for entry in entries:
        i = at.get(entry.block.order, 0)
        if i >= 2 and blocks[i - 1].kind == BlockKind.HEADING and _DAY_BADGE.fullmatch(blocks[i - 1].text.strip()):
            i -= 1  # the entry's day heading, set beside its title ("JUN 02")
        label = blocks[i - 1] if i else None
        if (
            label is not None
            and label.kind == BlockKind.PARAGRAPH
            and len(label.text.split()) <= MAX_TYPE_LABEL_WORDS
            and EVENT_KIND_WORDS.fullmatch(label.text.strip()) is not None
            and not (entry.title and KIND_WORDS.search(entry.title))
        ):
            entry = replace(entry, context=label.text.strip())
        out.append(entry)
    return out


_TITLE_LABEL = re.compile(r"^\W*(?:title|talk|topic|t[ií]tulo|tema|titre|sujet)\s*:+\s*(?P<title>\S.{2,})$", re.I)


def _labelled_titles(entries: list[Entry], blocks: Sequence[Block], used: set[int]) -> tuple[list[Entry], set[int]]:
    """A dateline followed by "Title: ..." lines ("22 January 2026" / "Title: Synthetic cohorts" / "Speaker:
    ..."): each title line is a session that day, two speakers two sessions; the dateline alone names none."""
    at = {b.order: i for i, b in enumerate(blocks)}
    out: list[Entry] = []
    for entry in entries:
        i = at.get(entry.block.order)
        if entry.rule != "schedule.line" or entry.title is not None or i is None:
            out.append(entry)
            continue
        titled = []
        for block in blocks[i + 1 :]:
            if block.kind == BlockKind.HEADING or leading_date(block.text, entry.date.start.year):
                break  # the next record
            if match := _TITLE_LABEL.match(block.text.strip()):
                snippet = f"{entry.snippet} | {block.text}"
                titled.append(replace(entry, title=match.group("title").strip(), snippet=snippet))
                used.add(block.order)
        if not titled and (typed := _type_line(entry, blocks[i + 1] if i + 1 < len(blocks) else None)):
            if typed.title is None:
                continue  # "May 19, 2016" / "Announcement": a notice the page posts, no meeting
            titled, _ = [typed], used.add(typed.block.order)
        out += titled or [entry]
    return out, used


# A notice a meetings page posts among its meetings: "Announcement", "Community Interest Announcement", "Notice of
# Possible Quorum".
_NOTICE_TYPE = re.compile(r"^\W*(?:announcement|notice|notification|aviso|anuncio|avis)\W*$", re.I)


def _type_line(entry: Entry, after: Block | None) -> Entry | None:
    """A dateline alone, then the line saying what met ("May 4, 2016" / "Regular Meeting of the Flood Mitigation
    Task Force - One Texas Center, room 325"): the meeting, at its venue; a notice ("Announcement") gives an entry
    with no title, which the caller drops. None when the next line is no such line."""
    if after is None or after.kind == BlockKind.HEADING or after.link or find_dates(after.text):
        return None
    if leading_date(after.text, entry.date.start.year):
        return None  # the next day of a list ("Wednesday, April 17 (Budget Workshop)"), no name of this one
    text = after.text.strip()
    if len(text.split()) > MAX_FIELD_WORDS or entry.date.stop < len(entry.block.text.strip()) - MAX_STATUS_CHARS:
        return None
    if _NOTICE_TYPE.match(text):
        return replace(entry, title=None, context=None)
    if labelled := _LABELLED_VENUE_SENTENCE.search(text):  # "Curso de ... Migrantes. Sede: Tapachula, México."
        title, venue = text[: labelled.start()], labelled.group("venue")
    else:
        title, _, venue = text.partition(" - ")
    if not names_body(title) or _is_sentence(title):
        return None
    return replace(entry, title=title.strip(), location=venue.strip() or None, snippet=f"{entry.snippet} | {text}")


MAX_STATUS_CHARS = 14  # "May 17, 2016 (Canceled)": the day and its status, nothing else


def titled_cards(
    blocks: Sequence[Block], title: str | None, as_of: datetime.date | None = None, stated_year: int | None = None
) -> list[tuple[Entry, frozenset[int]]]:
    """Each repeated card that opens with its own heading and names one day, with the orders of its blocks.

    `find_schedule_entries` takes such a heading for a label over the records below it, which is right on a
    schedule page (a year or a body's name over its dates) and wrong on an events page, where each card is
    an event whatever its title says ("Northwest Pinball & Arcade Show" / "June 5th - 7th, 2026" / "Location:
    ..."). The caller reads these only where no other rule read any of the card's blocks."""
    ctx = _Context(
        name=title if title and names_body(title) else None,
        year=_page_year(blocks, title, as_of),
        running_year=stated_year,  # until a dated line gives the year its records run in
    )
    if ctx.year is None and any(_NEXT_LABEL.match(b.text) for b in blocks):
        days = [d.start for b in blocks for d in find_dates(b.text) if d.precision == DatePrecision.DAY]
        ctx.latest = max(days, default=None)
    main_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    events_page = any(_EVENTS_WORDS.search(t) for t in (title or "", main_heading))
    found = []
    years = _heading_years(blocks)
    news = news_articles(blocks)
    for group, _ in _records(blocks, card_keys(blocks)):
        # The heading opens the card, or follows its date badge ("09 SEP" / "Workshop: ..."), or the badge and its
        # type label ("JUN 14" / "Book Launch" / "Migration and the Global Recession").
        if len(group) < 2 or not any(b.kind == BlockKind.HEADING for b in group[:2] + _after_badge_label(group)):
            continue
        if group[0].order in news:
            continue  # a news item: dated when it was posted; what it reports is its body's
        # "Sunday March 15, 2026" over its cards, each dated "March 15, 10:00 am": the day heading's year.
        card = replace(ctx, year=ctx.year or years.get(group[0].order))
        if (entry := _card_entry(group, card)) or (events_page and (entry := _month_card_entry(group, card))):
            found.append((entry, frozenset(b.order for b in group)))
    return found


# What a page of events calls itself, counting the kinds a series is made of ("Workshops", "Conferences").
_EVENT_SERIES_WORDS = re.compile(
    rf"{_EVENTS_WORDS.pattern}|\b(?:workshops|conferences|meetings|talleres|conferencias|reuniones|ateliers"
    r"|conf[ée]rences|r[ée]unions)\b",
    re.I,
)
_BEFORE_HEADING_DATE = re.compile(r"[\s(\[,:–—-]+$")


def typed_as_document(snippet: str) -> bool:
    """Whether a card's fields ("Title | 25 July 2014 Guidance", "Title | 9 July 2014 | Form") give a document's
    type alone ("Guidance", "Policy paper", "Report"): a document's card, dated when it was published."""
    for field in snippet.split(" | ")[1:]:
        dates = find_dates(field)
        text = field[dates[0].stop :] if dates and dates[0].begin == 0 else field
        text = text.strip(_SEPARATORS + " ")
        if (
            text
            and len(text.split()) <= MAX_TYPE_LABEL_WORDS
            and names_work_type(text)
            and not EVENT_KIND_WORDS.search(text)
            and not find_dates(text)
        ):
            return True
    return False


def dated_headings(blocks: Sequence[Block], title: str | None) -> list[tuple[Entry, frozenset[int]]]:
    """On a page of events ("Workshops", "Events"), each heading that is a name and one day or days
    ("IS-ENES3 Kick-off Meeting (09-11 Jan 2019)", "4th Climate4Impact Coding Sprint, 28-29 Jan 2021") is an
    event whatever its name says. The caller reads these only where no other rule read the heading."""
    main_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    if not any(_EVENT_SERIES_WORDS.search(t) for t in (title or "", main_heading)):
        return []
    found = []
    for block in blocks:
        if block.kind != BlockKind.HEADING or len(block.text.split()) > MAX_TITLE_WORDS:
            continue
        dates = find_dates(block.text)
        if len(dates) != 1 or dates[0].precision != DatePrecision.DAY:
            continue
        date = dates[0]
        if re.search(r"\w", block.text[date.stop :].strip(" )].")):
            continue  # the date ends the heading
        name = _BEFORE_HEADING_DATE.sub("", block.text[: date.begin]).strip()
        if len(name.split()) < 2 or _weekday_of(name + " ") is not None or NO_MEETING.search(block.text):
            continue  # "Thursday, 18 March, 2021": a programme's day, no event's name
        entry = Entry(name, None, date, None, block, block.text, "schedule.heading", status_of(block.text))
        found.append((entry, frozenset({block.order})))
    return found


# A section heading over a calendar's dated lines: "Forthcoming Meetings", "Calendar", "Próximas reuniones"
_CALENDAR_SECTION = re.compile(
    r"\b(?:meetings?|calendar|events?|agenda|upcoming|forthcoming|schedule|reuniones|calendario|eventos|agenda"
    r"|pr[oó]ximas|r[ée]unions|calendrier|[ée]v[ée]nements|[àa] venir|chronology|cronolog[ií]a|chronologie)\b",
    re.I,
)
# The last comma part of a record's line, one to three capitalised words: its town ("..., Vallorbe")
_TOWN_PART = re.compile(r",\s+((?:[A-ZÀ-Ý][\w'’.-]+)(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})$")
# "Total", "Totales", "Subtotal": a table's row of sums
TOTAL_ROW = re.compile(r"^\W*(?:sub-?)?totale?s?\b", re.I)
# A note's number set small after a word, read as a figure glued to it ("Full Round3, Montreux", "Minors2,")
GLUED_NOTE_FIGURE = re.compile(r"(?<=[a-z]{3})[1-9](?=[,.;:)]|\s|$)")
MIN_DAY_HEADED_LINES = 2


def _one_date_text(text: str) -> str:
    """A heading that is one date written in two languages ("February 23, 2010 / 23 de febrero de 2010"), as its
    first language writes it; any other text as it is."""
    dates = find_dates(text)
    if len(dates) == 1 and dates[0].begin == 0 and dates[0].stop >= len(text.rstrip()) and " / " in dates[0].text:
        return dates[0].text.split(" / ", 1)[0]
    return text


def day_headed_lines(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A calendar set as day headings, each over one short line that names the meeting ("16 April 2009" / "Steering
    Group, Geneva"; "15-16 May 2013" / "2013 Full Round, Sydney, Australia"): a meeting per heading, of its day.
    The line names an event by its kind, or is a name and a town under a section that says it lists meetings
    ("Forthcoming Meetings" over "WGACE, Geneva"); a deadline or an office's closing is none. Two such headings
    in a row at least; a day heading without a year takes the year its neighbours write. The caller reads these
    only where no other rule read the line."""
    runs: list[list[tuple[Block, Block, DateSpan | None]]] = [[]]
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.HEADING:
            continue
        if _YEAR_HEADING.fullmatch(block.text.strip()) and runs[-1]:
            continue  # "2004" between two of a chronology's days: the run goes on into the next year
        line = blocks[i + 1] if i + 1 < len(blocks) else None
        date = leading_date(block.text, 2000) if len(_one_date_text(block.text)) <= MAX_DATE_HEADING_CHARS else None
        long_line = line is not None and len(line.text.split()) > MAX_TITLE_WORDS
        if long_line and line is not None and (inner := _inner_town(line.text)):
            long_line = len(inner[0].split()) > MAX_TITLE_WORDS  # "Name Town What it did ...": the name is short
        if (
            date is None
            or date.precision not in (DatePrecision.DAY, DatePrecision.MONTH)
            or block.text[date.stop :].strip(_SEPARATORS)
            or line is None
            or line.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            or long_line
        ):
            if runs[-1]:
                runs.append([])
            continue
        written = _YEAR.search(block.text) is not None
        runs[-1].append((block, line, date if written else None))
    found = []
    for run in runs:
        years = {d.start.year for _, _, d in run if d is not None}
        if not years and run and (year := _month_grid_year(blocks, run[0][0])):
            years = {year}  # "Tuesday, September 14" under an "Event details" box below "SEPTEMBER 2010"'s grid
        yearless = any(d is None for _, _, d in run)
        # (a month heading, "mars 2010", goes in a run of days; it makes none)
        days = sum(leading_date(head.text, 2000).precision == DatePrecision.DAY for head, _, _ in run)  # type: ignore[union-attr]
        if days < MIN_DAY_HEADED_LINES or (yearless and len(years) != 1) or not years:
            continue  # the year a heading without one takes must be the run's one year
        year = max(years)
        section = run[0][0].heading or ""
        # "External meetings ... are shown in italics": a run whose lines are set some in italics, some not, sets
        # apart the ones in italics
        italic = {line.order for _, line, _ in run if line.text.strip() in line.emphasis}
        mixed = 0 < len(italic) < len(run)
        placed = sum(trailing_place(_SENTENCE_END.split(line.text.strip())[0]) is not None for _, line, _ in run)
        for head, line, date in run:
            date = date or leading_date(head.text, year)
            text = GLUED_NOTE_FIGURE.sub("", line.text.strip())
            if mixed and line.order in italic:
                continue
            if len(first := _SENTENCE_END.split(text, maxsplit=1)) == 2 and first[1][:1].isupper():
                text = first[0]  # "Steering Group meeting, Bern. Presentation of the Chair's programme."
            said = re.sub(r"\([^()]*\)", "", text)  # "(registration required by September 28)": a remark
            if date is None or find_dates(said) or _DEADLINE.search(said) or _NOT_AN_EVENT.match(said):
                continue
            if (hours := _TIME.search(text)) and len(text[: hours.start()].split()) >= MIN_TITLE_WORDS_BEFORE_HOURS:
                # "Policy Briefing: Health Coverage ... 10:00 a.m. - 11:30 a.m., MPI, Washington, DC": the name, then
                # the hours and the venue
                text = text[: hours.start()].rstrip(" ,;-–—") + ", " + text[hours.end() :].strip(" ,;-–—")
            place = None
            if inner := _inner_town(text):
                text, place = inner  # "Atelier sur le retour volontaire Bruxelles Atelier co-organisé avec ...": the
                # name, the town, then what the column's third line says of it
            place = place or trailing_place(text)
            if place is None and placed >= MIN_DAY_HEADED_LINES and (town := _TOWN_PART.search(text.rstrip(" ."))):
                # "Mini-Full Round on Unaccompanied Minors, Lucerne.": the last part, where the run's other lines name
                # their towns, is this one's, known or not
                text, place = text.rstrip(" ."), town.group(1)
            named = EVENT_KIND_WORDS.search(text) or (place and _CALENDAR_SECTION.search(section))
            if not named:
                continue
            title = text[: text.rfind(place)].rstrip(" ,;-–—") if place and text.endswith(place) else text
            snippet = (
                f"{head.text} | {line.text.strip()}"  # the whole line: what it says of the meeting ("as observer")
            )
            entry = Entry(title, None, date, place, line, snippet, "schedule.heading", status_of(text))
            found.append((entry, frozenset({head.order, line.order})))
    return found


MIN_TITLE_WORDS_BEFORE_HOURS = 3
_YEAR_HEADING = re.compile(r"(?:19|20)\d\d")
# A chronology's line that dates no meeting: the chair passing on, a group set up
_NOT_AN_EVENT = re.compile(
    r"^\W*(?:passation|handover|hand-over|transfer|traspaso|transmisi[oó]n|cambio)\s+(?:de|of|du)\s+(?:la\s+|the\s+)?"
    r"(?:pr[ée]sidence|presidency|presidencia|chair)\b|^\W*(?:cr[ée]ation|creation|establishment|creaci[oó]n"
    r"|constitution|constituci[oó]n)\s+(?:de|of|du|del)\b",
    re.I,
)


def _inner_town(text: str) -> tuple[str, str] | None:
    """ "Name Town Description.": a chronology's line that runs its name, its town and a sentence about it together;
    the name (with the town) and the town, where a known town of one or two words sits between a name of three
    words or more and a capitalised word."""
    words = text.split()
    for i in range(MIN_TITLE_WORDS_BEFORE_HOURS, len(words)):
        for n in (2, 1):
            town = " ".join(words[i : i + n])
            after = words[i + n] if i + n < len(words) else ""
            if i + n > len(words) or (after and not after[:1].isupper()):
                continue
            if town[:1].isupper() and known_place(town.strip(",.")):
                return f"{' '.join(words[:i])} {town}", town.strip(",.")
    return None


MONTH_GRID_LOOKBACK = 40  # how far above a run of day headings its month's grid may sit


def _month_grid_year(blocks: Sequence[Block], head: Block) -> int | None:
    """The year of the month a day heading names ("Tuesday, September 14"), from the nearest "September 2010" above
    it: a grid's caption, a table's header or a row of its own."""
    day = leading_date(head.text, 2000)
    at = blocks.index(head)
    for block in reversed(blocks[max(0, at - MONTH_GRID_LOOKBACK) : at]):
        for text in (block.text, *block.header[:1]):
            if (
                (named := _MONTH_YEAR.search(text))
                and day
                and MONTHS[named.group("m").lower().rstrip(".")] == day.start.month
            ):
                return int(named.group("y"))
    return None


MIN_DATED_RUNS = 3
# "Speakers: ...", "Lugar: ...": a record's field, no title
_FIELD_LEAD = re.compile(
    r"^\W*(?:speakers?|panelists?|moderators?|where|when|venue|location|place|date|time|lugar|sede|fecha|hora"
    r"|ponentes|lieu|heure|intervenants|organi[sz]ers?|contact|registration|inscripci[oó]n|inscription)\s?:",
    re.I,
)


# "Ottawa, Canada A two-day technical workshop ...", "Mexico City, Mexico Speakers: ...": a record's town and
# country opening its details
_OPENING_PLACE = re.compile(
    r"^(?P<town>[A-ZÀ-Ý][\w .'’-]{1,30}?),\s+(?P<country>[A-ZÀ-Ý][\w.'’-]+(?:\s[A-ZÀ-Ý][\w.'’-]+)?)\b"
)


def _opening_place(text: str) -> str | None:
    """The town and country a record's details open with, when the gazetteer knows the town; else None."""
    match = _OPENING_PLACE.match(text.strip())
    if match is None or not known_place(match.group("town")):
        return None
    words = match.group("country").split()
    # "Canada A two-day ...", "Mexico Speakers: ...": the shortest run of words that is a country
    country = next((" ".join(words[:n]) for n in range(1, len(words) + 1) if country_of(" ".join(words[:n]))), None)
    return f"{match.group('town')}, {country}" if country else match.group("town")


def dated_line_runs(blocks: Sequence[Block], title: str | None) -> list[tuple[Entry, frozenset[int]]]:
    """An events archive set as one run of paragraphs in one element, each record a line that is only its day
    ("December 4-5, 2007"), the title's line, then its details, which may open with the town ("Ottawa, Canada A
    two-day technical workshop ..."): an event per day line, three at least, on a page or under a heading that says
    it lists events. The caller reads these only where no other rule read the title."""
    main_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    if not any(_EVENT_SERIES_WORDS.search(t) for t in (title or "", main_heading)):
        return []
    runs: dict[str, list[tuple[Block, Block, Block | None, DateSpan]]] = {}
    for i, block in enumerate(blocks[:-1]):
        timeless = replace(block, text=_TIME.sub("", block.text))  # "January 17, 2007 – 10:00 am to 11:30 am"
        if block.kind != BlockKind.PARAGRAPH or not block.locator or not _dateline(timeless):
            continue
        date = leading_date(_TIME.sub("", block.text), None)
        line = blocks[i + 1]
        if date is None or date.precision != DatePrecision.DAY or line.kind != BlockKind.PARAGRAPH:
            continue
        parent = block.locator.rsplit(" > ", 1)[0]
        text = line.text.strip()
        if (line.locator or "").rsplit(" > ", 1)[0] != parent or find_dates(text) or _FIELD_LEAD.match(text):
            continue
        if len(text.split()) > MAX_TITLE_WORDS or _dateline(line):
            continue
        details = blocks[i + 2] if i + 2 < len(blocks) and not _dateline(blocks[i + 2]) else None
        runs.setdefault(parent, []).append((block, line, details, date))
    found = []
    for records in runs.values():
        if len(records) < MIN_DATED_RUNS:
            continue
        for day, line, details, date in records:
            place = _opening_place(details.text) if details is not None else None
            entry = Entry(line.text.strip(), None, date, place, line, f"{day.text} | {line.text}", "schedule.card")
            found.append((entry, frozenset({line.order})))
    return found


def year_items(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A history's milestones: a few items under each of several headings that are only a year ("1994" / "First
    IGC workshop on country of origin information, London"); each item naming an event by its kind is that event
    in that year, at the place the item ends with. Items that found or join something ("Working Group on Technology
    created"), questions and undated plans name no event. The caller reads these only where no other rule read the
    item."""
    groups = [
        list(group)
        for heading, group in itertools.groupby(blocks, key=lambda b: b.heading)
        if heading and _YEAR_LINE.match(heading)
    ]
    # an item is a short line; what follows the items (a paragraph, the next page's table) is not the year's
    short = (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
    groups = [
        list(itertools.takewhile(lambda b: b.kind in short and len(b.text.split()) <= MAX_TITLE_WORDS, g))
        for g in groups
    ]
    groups = [g for g in groups if 1 <= len(g) <= MAX_YEAR_ITEMS]
    if len({g[0].heading for g in groups}) < MIN_YEAR_HEADINGS:
        return []  # a year heading over a section of prose or questions is no timeline
    found = []
    for block in (b for g in groups for b in g):
        text = block.text.strip()
        if find_dates(text) or not EVENT_KIND_WORDS.search(text) or "?" in text:
            continue
        if (
            _MILESTONE_VERB.search(text)
            or MEETING_DOCUMENT.search(text)
            or NO_MEETING.search(text)
            or _TBA.search(text)
        ):
            continue
        year = parse_date(_YEAR.search(block.heading).group(1), allow_year=True)
        place = trailing_place(text)
        title = text[: text.rfind(place)].rstrip(" ,;-–—") if place and text.endswith(place) else text
        entry = Entry(title, None, replace(year, begin=0, stop=0), place, block, text, "schedule.year_item")
        found.append((entry, frozenset({block.order})))
    return found


MAX_YEAR_ITEMS = 3  # a milestone or two a year; more is a year's section of records, read by the other rules
MIN_YEAR_HEADINGS = 3
# What a milestone says happened to a body rather than that it met: "created", "established", "joins"
_MILESTONE_VERB = re.compile(
    r"\b(?:created|established|founded|launched|set up|joins?|joined|adopted|signed|renamed|dissolved|creado|creada"
    r"|establecid[oa]|fundad[oa]|se incorpora|cr[ée]{1,2}e?|institu[ée]e?|adh[èe]re)\b",
    re.I,
)


_PAGER = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b|^\W*go to page\b|^\W*p[áa]gina\s+\d+\s+de\s+\d+\b", re.I)
# "Agenda (99KB)", "Backup - Action Item #1 - Site Map (1.5MB)": a link to one of a meeting's files, by its size
FILE_LINK = re.compile(r"\(\s*(?:pdf|doc|docx)?[,\s]*\d+(?:[.,]\d+)?\s*[KMG]B\s*\)\s*$", re.I)


def day_sections(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A calendar's list view: a heading that is one day ("Monday, October 5, 2026") over the cards of that day,
    each a time and a title heading ("5:00 PM" / "Library Board of Managers" / "Agenda"): a meeting per card, of
    that day. Two such day headings at least; the caller reads these only where no other rule read the card."""
    found: list[tuple[Entry, frozenset[int]]] = []
    days = 0
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.HEADING or len(block.text) > MAX_DATE_HEADING_CHARS:
            continue
        date = leading_date(block.text, None)
        if date is None or date.precision != DatePrecision.DAY or block.text[date.stop :].strip(_SEPARATORS):
            continue
        # (the next day's heading ends the section, "January 28, 2014 (Cancelled)" too, and so does a heading set
        # larger than the day's, a section of the page's own: "MPI in the field", "New Research")
        section = list(
            itertools.takewhile(
                lambda b, day=block: not _day_heading(b, status=True) and not _set_above(b, day), blocks[i + 1 :]
            )
        )
        titles = [
            b
            for b in section
            if b.kind == BlockKind.HEADING
            and not find_dates(b.text)
            and not FILE_LINK.search(b.text)
            and not _PAGER.search(b.text)
        ]
        if not titles:
            continue
        days += 1
        for at, heading in enumerate(titles):
            after = titles[at + 1].order if at + 1 < len(titles) else (section[-1].order + 1)
            card = [b for b in section if heading.order - 2 <= b.order < after and b.order != heading.order]
            text = " | ".join([heading.text, *(b.text for b in card)])
            entry = Entry(heading.text, None, date, None, heading, text, "schedule.card", status_of(text))
            found.append((entry, frozenset({heading.order})))
    return found if days >= 2 else []


_CELL = re.compile(
    r"^(?P<table>.*> table)(?: > t(?:body|head))? > tr:nth-of-type\(\d+\) > t[dh](?::nth-of-type\(\d+\))?"
)
_WEEKDAY_CELL = re.compile(rf"^\s*(?:{_WEEKDAYS})\s*$", re.I)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
MIN_WEEKDAY_CELLS = 5
MONTH_CONTEXT_BLOCKS = 12  # how far above a month's grid its "September 2026" may sit


def day_box_grid(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A month's calendar laid out in boxes rather than a table ("September 2026" over weekday names, each box a day
    "Thursday, September 10" over its events, each a linked title over its hours and venue): an event per titled item
    of a day of that month that has hours, or whose title names an event. An item that runs all day and names none
    ("Labor Day", "No School") is a closure, not an event."""
    month_lines = [m for b in blocks if (m := _MONTH_YEAR.fullmatch(b.text.strip()))]
    labels = [(i, m) for i, b in enumerate(blocks) if (m := _BOX_DAY.match(b.text.strip()))]
    if len(month_lines) != 1 or len(labels) < MIN_WEEKDAY_CELLS:
        return []
    month, year = MONTHS[month_lines[0].group("m").lower().rstrip(".")], int(month_lines[0].group("y"))
    found: list[tuple[Entry, frozenset[int]]] = []
    for (at, label), (after, _) in zip(labels, [*labels[1:], (len(blocks), None)], strict=True):
        if MONTHS[label.group("m").lower().rstrip(".")] != month:
            continue  # the days of the months before and after that the grid's first and last weeks show
        with contextlib.suppress(ValueError):
            day = datetime.date(year, month, int(label.group("d")))
            date = DateSpan(label.group(0), day, day, DatePrecision.DAY, 0, len(label.group(0)))
            for title in (b for b in blocks[at + 1 : after] if b.link):
                fields = [b for b in blocks[at + 1 : after] if (b.locator or "").startswith(f"{title.locator} > ")]
                timed = any(_TIME.search(b.text) for b in fields)
                if not (timed or KIND_WORDS.search(title.text) or names_body(title.text)):
                    continue
                text = " | ".join([title.text, *(b.text for b in fields)])
                entry = Entry(title.text, None, date, None, title, text, "schedule.card", status_of(text))
                found.append((entry, frozenset({title.order})))
    return found


# "Thursday, September 10": a calendar box's day, its year the grid's
_BOX_DAY = re.compile(rf"^(?:{_WEEKDAYS}),?\s+(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>[0-3]?\d)$", re.I)


def month_grid(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A month's calendar grid (a table of weekday columns, each cell a day's number over the meetings of that day,
    "September 2026" above it): a meeting per name in a cell of the month, none for the days of the months before
    and after that the grid's first and last weeks show."""
    tables: dict[str, list[Block]] = defaultdict(list)
    for block in blocks:
        if block.page is None and (cell := _CELL.match(block.locator or "")):
            tables[cell.group("table")].append(block)
    found: list[tuple[Entry, frozenset[int]]] = []
    for cells in tables.values():
        if sum(bool(_WEEKDAY_CELL.match(b.text)) for b in cells) < MIN_WEEKDAY_CELLS:
            continue
        first = blocks.index(cells[0])
        above = " ".join(b.text for b in blocks[max(0, first - MONTH_CONTEXT_BLOCKS) : first] + cells[:1])
        named = _MONTH_YEAR.findall(above)
        if len(named) != 1:
            continue  # no month, or several: the grid's month is not said once
        month, year = MONTHS[named[0][0].lower().rstrip(".")], int(named[0][1])
        day_cell, day, phase = None, 0, 0  # phase 0: the last days of the month before; 1: the month; 2: after
        for block in cells:
            if (number := _DAY_ONLY.match(block.text)) and _CELL.fullmatch(block.locator or ""):
                value = int(number.group("d"))
                phase = 1 if phase == 0 and value == 1 else 2 if phase == 1 and value < day else phase
                day_cell, day = block.locator, value
                continue
            if phase != 1 or day_cell is None or not (block.locator or "").startswith(day_cell + " > "):
                continue
            try:
                when = datetime.date(year, month, day)
            except ValueError:
                continue
            span = DateSpan(str(day), when, when, DatePrecision.DAY, 0, 0)
            text = block.text.strip()
            entry = Entry(text, None, span, None, block, text, "schedule.card", status_of(text))
            found.append((entry, frozenset({block.order})))
    return found


_GRID_NOTE = re.compile(r"\s*\((?:cont(?:\.|inued)?|suite|tentative|provisional|tentativo|provisoire)\)", re.I)
_NOT_A_MEETING_CELL = re.compile(
    r"\b(?:deadline|closed|closure|holiday|fecha l[ií]mite|cerrad[oa]|date limite|ferm[ée]e?|f[ée]ri[ée])\b"
    # "Papers due: Mini-Full Round": what is to be sent in for a meeting, not the meeting
    r"|\b(?:papers?|reports?|comments?|submissions?|contributions?|abstracts?|documents?)\s+due\b",
    re.I,
)


def month_table(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A month's grid set as a table (weekday columns, each cell "11 WG on Asylum & Refugees Geneva"; the month in
    its caption or just above it): a meeting per name, its consecutive days one meeting ("WG on Technology" on
    the 30th and 31st, "(cont.)" on the 1st of the next month's grid); no deadline or closure of the office."""
    tables: dict[str, list[Block]] = defaultdict(list)
    for block in blocks:
        if block.kind == BlockKind.TABLE_ROW and sum(bool(_WEEKDAY_CELL.match(h)) for h in block.header) >= 5:
            tables[(block.locator or "").rsplit(" > tr", 1)[0].removesuffix(" > tbody")].append(block)
    days: list[tuple[datetime.date, str, Block, Block | None]] = []
    for rows in tables.values():
        first = blocks.index(rows[0])
        above = " ".join(b.text for b in blocks[max(0, first - MONTH_CONTEXT_BLOCKS) : first])
        named = _MONTH_YEAR.findall(above)
        caption = next((b for b in reversed(blocks[max(0, first - 2) : first]) if _MONTH_ONLY.match(b.text)), None)
        if not named and caption is not None and (year_of := _headed_year(blocks[:first])):
            # "February" over its grid, under "Calendar of Meetings 2011": the month its caption, the year the page's
            named = [(_MONTH_ONLY.match(caption.text).group("m"), str(year_of))]  # type: ignore[union-attr]
        if not named:
            continue
        month, year = MONTHS[named[-1][0].lower().rstrip(".")], int(named[-1][1])  # the nearest: its caption
        day, phase = 0, 0
        for row in rows:
            for cell in row.cells:
                if not (number := re.match(r"^\s*([0-3]?\d)\b\s*(.*)$", cell)):
                    continue
                value, rest = int(number.group(1)), number.group(2).strip()
                phase = 1 if phase == 0 and value == 1 else 2 if phase == 1 and value < day else phase
                day = value
                if phase == 1 and rest and not _NOT_A_MEETING_CELL.search(rest):
                    with contextlib.suppress(ValueError):
                        days.append((datetime.date(year, month, value), rest, row, caption))
    days += _weekday_row_grids(
        [b for b in blocks if b.kind == BlockKind.TABLE_ROW and not any(b in r for r in tables.values())]
    )
    found: list[tuple[Entry, frozenset[int]]] = []
    for when, text, row, caption in days:
        name = _GRID_NOTE.sub("", text).strip()
        orders = frozenset({row.order} | ({caption.order} if caption else set()))  # the month's caption is read too
        previous = found[-1][0] if found else None
        if previous and previous.title == name and (when - previous.date.end).days == 1:
            span = DateSpan(previous.date.text, previous.date.start, when, DatePrecision.DAY, 0, 0)
            found[-1] = (replace(previous, date=span), found[-1][1] | orders)
            continue
        span = DateSpan(str(when.day), when, when, DatePrecision.DAY, 0, 0)
        found.append((Entry(name, None, span, None, row, text, "schedule.card", status_of(text)), orders))
    placed = []
    for entry, orders in found:
        town = closing_town(entry.title)  # "WG on Technology<br><small>Helsinki</small>", read as one line
        title = entry.title[: -len(town)].rstrip(" ,") if town else entry.title
        placed.append((replace(entry, title=title, location=town), orders))
    return placed


def _headed_year(above: Sequence[Block]) -> int | None:
    """The one year the nearest heading above that writes a year gives ("Calendar of Meetings 2011")."""
    for block in reversed(above):
        if block.kind == BlockKind.HEADING and (years := set(_YEAR.findall(block.text))):
            return int(years.pop()) if len(years) == 1 else None
    return None


def _weekday_row_grids(rows: Sequence[Block]) -> list[tuple[datetime.date, str, Block, Block | None]]:
    """The days of month grids a PDF sets as one table over several pages: a row "SEPTEMBER 2010" (or the table's
    header) names the month, a row of weekday names opens its grid, and each cell below is "14 Briefing: ...", a
    day and what happens on it."""
    days: list[tuple[datetime.date, str, Block, Block | None]] = []
    month = year = None
    day, phase, in_grid, previous = 0, 0, False, None
    for row in rows:
        if previous is not None and row.order != previous.order + 1:
            in_grid = False  # text between the rows: the grid has ended
        previous = row
        filled = [c.strip() for c in row.cells if c.strip()]
        named = next(
            (m for c in (*filled[:1], *(h.strip() for h in row.header[:1])) if (m := _MONTH_YEAR.fullmatch(c))), None
        )
        if len(filled) == 1 and named:
            month, year = MONTHS[named.group("m").lower().rstrip(".")], int(named.group("y"))
            in_grid = False
            continue
        if sum(bool(_WEEKDAY_CELL.match(c)) for c in filled) >= MIN_WEEKDAY_CELLS:
            if named and not month:
                month, year = MONTHS[named.group("m").lower().rstrip(".")], int(named.group("y"))
            in_grid, day, phase = month is not None, 0, 0
            continue
        if not in_grid or month is None or year is None:
            continue
        for cell in row.cells:
            if not (number := re.match(r"^\s*([0-3]?\d)\b\s*(.*)$", cell, re.S)):
                continue
            value, rest = int(number.group(1)), " ".join(number.group(2).split())
            phase = 1 if phase == 0 and value == 1 else 2 if phase == 1 and value < day else phase
            day = value
            # a day's note that names no event and no body ("Election Day") is the calendar's, not a meeting
            named_event = KIND_WORDS.search(rest) or names_body(rest)
            if phase == 1 and rest and named_event and not _NOT_A_MEETING_CELL.search(rest):
                with contextlib.suppress(ValueError):
                    days.append((datetime.date(year, month, value), rest, row, None))
    return days


_DATED_ITEM = re.compile(r"^\s*(?:\((?:tentative|provisional|provisoire|tentativo)\)\s*)?(?P<rest>.+)$", re.I)
_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)\s*$")
_A_MEETING = re.compile(r"^(?:\w+\s+)?(?:meeting|réunion|reunión)\b", re.I)  # "Regular meeting; ...": the body's own


def body_meeting_items(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A body's own page (its name the page's first heading: "Working Group on Technology (WGT)") listing its
    meetings as "24-25.11.2009: Geneva, IGC Secretariat. Topics ...": each item a meeting of that body, at the place
    its description opens with; an item naming an activity of its own ("Technology Workshop on Automated Border
    Control, open to ...") is that activity. Two such items at least."""
    main = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    if not KIND_WORDS.search(main) or find_dates(main):
        return []
    body = _ACRONYM.sub("", main).strip()
    found: list[tuple[Entry, frozenset[int]]] = []
    for block in blocks:
        if block.kind != BlockKind.LIST_ITEM or not (item := _DATED_ITEM.match(block.text)):
            continue
        rest = item.group("rest")
        date = leading_date(rest, None)
        if date is None or date.precision != DatePrecision.DAY or not re.match(r"\s*[:–—-]\s", rest[date.stop :]):
            continue
        about = rest[date.stop :].strip(" :–—-")
        sentences = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", about)
        segments = [seg.strip() for seg in sentences[0].split(",")]
        if not known_place(segments[0]):
            continue  # "Geneva, IGC Secretariat. Topics ...": a town first, whole
        twin = len(segments) > 1 and known_place(segments[1]) == known_place(segments[0])
        place = ", ".join(segments[:2]) if twin else segments[0]
        named = next(
            (
                s.split(",")[0]
                for s in sentences[1:2]
                if KIND_WORDS.search(" ".join(s.split()[:6])) and s[:1].isupper() and not _A_MEETING.match(s)
            ),
            None,
        )
        title = named if named and len(named.split()) <= MAX_KIND_LED_WORDS else body
        found.append(
            (
                Entry(title, body, date, place, block, block.text, "schedule.line", status_of(block.text)),
                frozenset({block.order}),
            )
        )
    return found if len(found) >= 2 else []


def _set_above(heading: Block, under: Block) -> bool:
    """Whether a PDF's `heading` is set larger than the heading it follows, `under`: a level above it."""
    return (
        heading.kind == BlockKind.HEADING
        and heading.font_size is not None
        and under.font_size is not None
        and heading.font_size > under.font_size
    )


def _day_heading(block: Block, status: bool = False) -> bool:
    """A heading that is only a day; with `status`, perhaps with its status after it ("(Cancelled)")."""
    if block.kind != BlockKind.HEADING or len(block.text) > MAX_DATE_HEADING_CHARS:
        return False
    date = leading_date(block.text, None)
    rest = block.text[date.stop :].strip(_SEPARATORS) if date is not None else ""
    return date is not None and (not rest or (status and _STATUS_PART.fullmatch(rest) is not None))


def dated_paper_headings(blocks: Sequence[Block], title: str | None) -> list[tuple[Entry, frozenset[int]]]:
    """A meetings archive that heads each meeting's papers with its day ("March 27, 2019" / "Agenda | Minutes |
    Video"): a meeting a heading, named by the body the page's title or first heading names. Two such headings at
    least; the caller reads these only where no other rule read the heading."""
    found = []
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.HEADING or len(block.text) > MAX_DATE_HEADING_CHARS:
            continue
        date = leading_date(block.text, None)
        if (
            date is None
            or date.precision != DatePrecision.DAY
            or _TIME.sub("", block.text[date.stop :]).strip(_SEPARATORS)
        ):
            continue
        section = list(itertools.takewhile(lambda b: b.kind != BlockKind.HEADING, blocks[i + 1 : i + 4]))
        if not section or not all(_only_links(b.text) for b in section):
            continue
        found.append((block, date, section))
    return _paper_sections(found, blocks, title)


def _paper_sections(
    found: list[tuple[Block, DateSpan, list[Block]]], blocks: Sequence[Block], title: str | None
) -> list[tuple[Entry, frozenset[int]]]:
    """A meeting per dated heading over its papers, two at least, named by the body the page's title or first
    heading names."""
    if len(found) < 2:
        return []
    main_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    name = next((t for t in (main_heading, title or "") if t and names_body(t) and not find_dates(t)), "Meeting")
    return [
        (
            Entry(
                None, name, date, None, block, " | ".join([block.text, *(b.text for b in papers)]), "schedule.heading"
            ),
            frozenset({block.order, *(b.order for b in papers)}),
        )
        for block, date, papers in found
    ]


def month_paper_sections(blocks: Sequence[Block], title: str | None) -> list[tuple[Entry, frozenset[int]]]:
    """A year's archive of a body's meeting papers that heads each meeting's papers with its month alone ("2026
    Minutes Archive" / "August" / "Board Agenda", "President's Report", "August Minutes"): a meeting that month of
    the section's year, named as `dated_paper_headings` names it. Two such months at least, each over a meeting's
    agenda or minutes."""
    found = []
    for i, block in enumerate(blocks):
        month = MONTHS.get(block.text.strip(" .:").casefold())
        years = set(re.findall(r"\b(?:19|20)\d\d\b", block.heading or ""))
        if month is None or len(years) != 1 or block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
            continue
        papers = list(
            itertools.takewhile(
                lambda b: b.kind != BlockKind.HEADING and MONTHS.get(b.text.strip(" .:").casefold()) is None,
                blocks[i + 1 : i + 1 + MAX_MONTH_PAPERS],
            )
        )
        if not any(MEETING_DOCUMENT.search(b.text) for b in papers[:MAX_PAPERS_TO_AGENDA]):
            continue
        year = int(years.pop())
        day = datetime.date(year, month, 1)
        end = (day + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
        date = DateSpan(block.text.strip(), day, end, DatePrecision.MONTH, 0, len(block.text.strip()))
        found.append((block, date, papers))
    return _paper_sections(found, blocks, title)


MAX_MONTH_PAPERS = 40  # a month's agenda, its resolutions and its minutes
MAX_PAPERS_TO_AGENDA = 3  # the agenda or minutes come first among a meeting's papers


MAX_DATE_HEADING_CHARS = 40  # "Wednesday, September 16, 2026 6:00 PM"
MAX_SECTION_FIELDS = 8
MAX_CODE_NAME_WORDS = 12  # a code's full name joined to it; a longer one (two events' names) is left to the fields


def labelled_sections(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """A heading over its event's labelled fields ("POSMOL 2017" / "Chairs: ..." / "Venue and Location: ..." /
    "Dates: 22 July - 24 July, 2017"): an event named by the heading, on the day its date field gives, where its
    venue field says. A record may name itself in a field instead ("Actividad: Curso de ..." / "Fecha de inicio:
    17/08/2009" / "Fecha de finalización: 21/08/2009" / "Lugar: San José, Costa Rica"), and its last day may have a
    field of its own. The caller reads these only where no other rule read the section."""
    found = []
    for i, block in enumerate(blocks):
        named = _TITLE_FIELD.match(block.text)
        # a heading over labelled fields is a name, however long ("Reunión de la Red de Funcionarios de Enlace en
        # materia de Combate al Tráfico Ilícito de Migrantes y la Trata de Personas")
        if not named and (block.kind != BlockKind.HEADING or not 1 <= len(block.text.split()) <= 2 * MAX_TITLE_WORDS):
            continue
        following = blocks[i + 1 : i + 1 + MAX_SECTION_FIELDS]
        section = list(
            itertools.takewhile(lambda b: b.kind != BlockKind.HEADING and not _TITLE_FIELD.match(b.text), following)
        )
        dated = [(b, m) for b in section if not _END_FIELD.match(b.text) and (m := _DATE_FIELD.search(b.text))]
        dates = [find_dates(b.text[m.end() :])[:1] for b, m in dated]
        if len(dated) != 1 or not dates[0] or dates[0][0].precision != DatePrecision.DAY:
            continue
        if NO_MEETING.search(block.text) or any(_SIGNATURE.search(b.text) for b in section):
            continue  # "Section 4. Certification" / "Name: ... Date: May 15, 2008" / "Signature: ...": a signing
        (field, label), date = dated[0], dates[0][0]
        ends = [d for b in section if (end := _END_FIELD.match(b.text)) for d in find_dates(b.text[end.end() :])[:1]]
        if ends and ends[0].precision == DatePrecision.DAY and date.start < ends[0].start <= date.start + MAX_SPAN:
            date = replace(date, end=ends[0].start)
        fields = [b.text[: label.start()] if b is field else b.text for b in section]
        venue = next((venue_line(_DATE_FIELD.split(f)[0]) for f in fields if VENUE_LABEL.match(f)), None)
        title = block.text[named.end() :] if named else block.text
        name = next((b.text for b in section if not _LABEL_LINE.match(b.text)), None)
        short = name is not None and len(name.split()) <= MAX_CODE_NAME_WORDS
        if name and short and not KIND_WORDS.search(title) and KIND_WORDS.search(name):
            title = f"{title}: {name}"  # "ISIAC 2017" over "The 25th International Symposium on ...": code and name
        orders = frozenset({block.order, *(b.order for b in section)})
        # "Estado: CANCELADA – se reprogramará en 2010": a field of its own may call the record off
        if (status := status_of(" ".join(b.text for b in section))) == ActivityStatus.CANCELLED:
            continue
        # "BRIEFING" or "WEBINAR | SERIES, PART 1" set small over the title: the record's type, in its kicker
        kicker = (block.heading or "").split("|")[0].strip()
        typed = kicker if not named and EVENT_KIND_WORDS.fullmatch(kicker) else None
        entry = Entry(title, typed, date, venue, field, field.text, "schedule.card", status)
        found.append((entry, orders))
    return found


# A record's first day by its own label ("Fecha de inicio:", "Start date:"): its last day has a field of its own.
_START_LABELS = r"start(?:ing)? date|starts|fecha de inicio|date de d[ée]but"
START_FIELD = re.compile(rf"^\W*(?:{_START_LABELS})\s*:\s*", re.I)
_DATE_FIELD = re.compile(rf"(?:^|\s)(?:when|dates?|fechas?|quand|{_START_LABELS})\s*:\s*", re.I)  # maybe mid-line
_END_FIELD = re.compile(
    r"^\W*(?:end(?:ing)? date|ends|fecha de (?:finalizaci[oó]n|t[ée]rmino|fin|cierre|clausura|conclusi[oó]n)"
    r"|date de fin|date de cl[ôo]ture)\s*:\s*",
    re.I,
)
# A record that names its activity in a field of its own: "Actividad: ...", "Event: ...", "Titre : ..."
_TITLE_FIELD = re.compile(
    r"^\W*(?:activity|event|title|actividad|evento|t[ií]tulo|nombre de la actividad|activit[ée]|[ée]v[ée]nement"
    r"|titre|intitul[ée])\s*:\s*(?=\S)",
    re.I,
)
MAX_SPAN = datetime.timedelta(days=31)  # a record's last day within a month of its first, or the field is not its end
_SIGNATURE = re.compile(r"\b(?:signature|signed|firma|firmado|sign[ée])\s*:|\bI certify\b|\bcertifico\b", re.I)
_LABEL_LINE = re.compile(r"^[^\W\d_][\w ]{0,30}?\s*:")  # "Chairs:", "Venue and Location:", "Contact :"


def _heading_years(blocks: Sequence[Block]) -> dict[int, int]:
    """Each block's year from the nearest heading above it that names one (block order -> year), at its start or its
    end ("Calendar 2009", "2014 Events", "Sunday March 15, 2026"): a title that holds one ("Census 2010 and the
    Foreign Born") is a card's own."""
    years: dict[int, int] = {}
    year = None
    for block in blocks:
        if block.kind == BlockKind.HEADING and (named := _single_year(block.text)) and _YEAR_AT_EDGE.search(block.text):
            year = named
        if year is not None:
            years[block.order] = year
    return years


_YEAR_AT_EDGE = re.compile(r"^\W*(?:19|20)\d\d\b|\b(?:19|20)\d\d\W*$")
_YEAR_MONTH = re.compile(rf"^\s*(?P<y>(?:19|20)\d\d)\s+(?P<m>{_MONTH_NAMES})\.?\s*$", re.I)


def _month_line(text: str) -> DateSpan | None:
    """A line that is only a month and its year, either way round ("APR 2026", a badge's "2026 APR")."""
    if match := _YEAR_MONTH.match(text):
        text = f"{match.group('m')} {match.group('y')}"
    dates = find_dates(text)
    if len(dates) != 1 or len(text.strip()) - len(dates[0].text) > 2:
        return None
    return dates[0]


def _month_card_entry(group: list[Block], ctx: _Context) -> Entry | None:
    """An events page's past card dated only by its month ("2026 APR" / "A Record Turnout"): the event, at
    the month's precision."""
    dated = [(b, d) for b in group if (d := _month_line(b.text))]
    heading = next((b for b in group if b.kind == BlockKind.HEADING), None)
    if len(dated) != 1 or heading is None or dated[0][1].precision != DatePrecision.MONTH:
        return None
    text = " | ".join(b.text for b in group)
    if NO_MEETING.search(text):
        return None
    return Entry(heading.text, ctx.name, dated[0][1], None, group[0], text, "schedule.card", status_of(text))


MIN_PROSE_WORDS = 15  # a paragraph this long, ending with a full stop, is an article's body, not a card's field
_ISO_NOTE = re.compile(r"\s*\((?:19|20)\d\d-[01]\d-[0-3]\d\)")


def _dateline(block: Block) -> bool:
    """A line that is only a date, perhaps after its place: "24 de junio", "San Salvador, 18 de marzo de 2011"."""
    text = _ISO_NOTE.sub("", block.text).strip()
    dates = find_dates(text) or ([d] if (d := leading_date(text, 2000)) else [])
    if posted_stamp(text):
        return True  # "Posted: November 18, 2009 Report": the posting stamp, then the item's tag
    return bool(dates) and len(text.split()) - len(dates[-1].text.split()) <= 4 and dates[-1].stop >= len(text) - 1


def posted_stamp(text: str) -> bool:
    """ "Posted: November 18, 2009 Report", "Publicado: 12/04/2010": a news item's posting label, its day, perhaps
    its tag."""
    dates = find_dates(text)
    return bool(dates) and bool(_POSTED_LABEL.match(text)) and len(text[dates[0].stop :].split()) <= MAX_TAG_WORDS


_POSTED_LABEL = re.compile(
    r"^\W*(?:posted|published|publicado|publicada|publi[ée]e?|mis en ligne)(?:\s+(?:on|el|le))?\s*:?", re.I
)
MAX_TAG_WORDS = 2


def _time_line(text: str) -> bool:
    """A line that is an event's hours, alone or as a part of its meta line ("10:00 AM – 11:30 AM EDT", "14h00 -
    16h00 (CET)", "September 30, 2013 · 8:30 AM · Georgetown Law Center, Washington, DC")."""
    return any(_hours(part) for part in re.split(r"\s[·|•]\s", text))


def _hours(text: str) -> bool:
    rest, n = _TIME.subn(" ", _TIME_ZONE.sub(" ", text))
    return n > 0 and _ZONE_ABBREVIATION.fullmatch(rest.strip(" ()–—-")) is not None


_ZONE_ABBREVIATION = re.compile(r"(?:[A-Z]{2,4}T?)?")  # "EDT", "CET", "ET"


def _prose(block: Block) -> bool:
    return (
        block.kind == BlockKind.PARAGRAPH
        and len(block.text.split()) >= MIN_PROSE_WORDS
        and block.text.rstrip()[-1:] in ".!?»"
    )


def news_articles(blocks: Sequence[Block]) -> set[int]:
    """The blocks of news articles (`news_items`)."""
    return set(news_items(blocks))


def news_items(blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of news articles, each with the element of its item: an `<article>` with a dateline (when it was
    published) and a body in prose. Its headline and dateline are not an activity; what its body reports is, read
    sentence by sentence with the year of the dateline (or of its `<time datetime>`)."""
    articles: dict[str, list[Block]] = {}
    for block in blocks:
        key = _record_key(block)
        if key and key.rsplit(" > ", 1)[-1].split(":")[0] == "article":
            articles.setdefault(key, []).append(block)
    news: dict[int, str] = {}
    for key, group in articles.items():
        if _labelled_card(group) or any(_time_line(b.text) or _event_field(b.text) for b in group):
            # "When: ... / Where: ...", "10:00 AM – 11:30 AM EDT", "Seminar" over the title, "Location: Washington,
            # DC": an event's card, however long its teaser
            continue
        # Its dateline opens it: a page set in one `<article>` dates its programme's days further down.
        if any(_dateline(b) for b in group[:NEWS_DATELINE_AT]) and any(_prose(b) for b in group):
            # Not the headings after its body has begun: a release's box of coming events ("Public Briefing" /
            # "Title" / "Thursday, May 24, 2012") heads entries of its own.
            body = next(i for i, b in enumerate(group) if _prose(b))
            news.update((b.order, key) for i, b in enumerate(group) if i <= body or b.kind != BlockKind.HEADING)
    # A news item in any other container: a headline, a line saying when it was posted ("Publié le 15 avril
    # 2010", "Posted on ...") and a body in prose. The item is the headline's element, with the lines it holds,
    # however deep ("<div class="views-row"><span>December 14, 2009</span><h3>...</h3><div><p>...</p></div>").
    main_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    news_page = bool(_NEWS_HEADING.search(main_heading)) and len(main_heading.split()) <= MAX_NEWS_HEADING_WORDS
    sections = _news_sections(blocks)
    for key, group in _headline_items([b for b in blocks if b.order not in news]).items():
        # The headline opens it, or follows the line saying when it was posted.
        headline = next((i for i, b in enumerate(group[:2]) if b.kind == BlockKind.HEADING), None)
        if (
            len(group) <= MAX_NEWS_BLOCKS
            and headline is not None
            and any(
                _posted_line(b)
                or ((news_page or _signed(group) or group[headline].order in sections) and _dateline(_without_clock(b)))
                or posted_lead(b.text) is not None
                or posted_by(b.text) is not None
                for b in group[:4]
                if b is not group[headline]
            )
            and any(b.kind == BlockKind.PARAGRAPH and _holds_sentence(b.text) for b in group[headline + 1 :])
            # a blog's event post ("Posted by ... on March 9" / "Roundtable" / "Date: March 4, 2010"): an event's card
            and not (_labelled_card(group) or any(_event_field(b.text) for b in group if b.kind != BlockKind.HEADING))
        ):
            news.update((b.order, key) for b in group)
    news.update(_printed_releases(blocks))
    return news


_CLOCK_TAIL = re.compile(r"[\s,·|-]+\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|h))?\s*$", re.I)
_HEADING_LEVEL = re.compile(r"(?:^|\s)h([1-6])(?::nth-of-type\(\d+\))?$")


def _news_sections(blocks: Sequence[Block]) -> set[int]:
    """The HTML headings under a section heading of a higher level that says news ("Latest News" / its `<h3>`
    headlines): the orders of those headlines."""
    found: set[int] = set()
    above: list[tuple[int, str]] = []  # the headings open above, by level
    for block in blocks:
        if block.kind != BlockKind.HEADING or block.page is not None:
            continue
        if (level := _HEADING_LEVEL.search(block.locator or "")) is None:
            continue
        rank = int(level.group(1))
        above = [(r, t) for r, t in above if r < rank]
        if above and _NEWS_HEADING.search(above[-1][1]) and len(above[-1][1].split()) <= MAX_NEWS_HEADING_WORDS:
            found.add(block.order)
        above.append((rank, block.text))
    return found


def _signed(group: Sequence[Block]) -> bool:
    """Whether a news item names who posted it, as a blog's items do ("Escrito por Secretaría Técnica")."""
    return any(POSTED_BY.match(b.text) for b in group[:MAX_NEWS_BLOCKS])


def _without_clock(block: Block) -> Block:
    return replace(block, text=without_clock(block.text))


def without_clock(text: str) -> str:
    """A posting stamp less its time of day ("Martes, 23 de Noviembre de 2010 16:05")."""
    return _CLOCK_TAIL.sub("", text)


def _printed_releases(blocks: Sequence[Block]) -> dict[int, str]:
    """Press releases printed one after another in a PDF: a line that is only the day it went out, just above its
    headline, and the release's prose below, down to the next heading. Each block keyed by its headline."""
    items: dict[int, str] = {}
    key: str | None = None
    if not blocks:
        return items
    for before, block, after in zip([None, *blocks[:-1]], blocks, [*blocks[1:], None], strict=True):
        if block.page is None:
            return {}
        if block.kind == BlockKind.HEADING:
            key = None
            if before is not None and _dateline(before) and after is not None and _RELEASE_OPENING.match(after.text):
                key = f"page {block.page} > {block.order}"
                items[before.order] = key
        if key is not None:
            items[block.order] = key
    return items


# "WASHINGTON - Two decades after ...", "BERLIN — The Council ...": a release's opening, its town in capitals
_RELEASE_OPENING = re.compile(r"^(?-i:[A-Z]{3,}(?:[ ,.]+[A-Z]{2,})*)\s*[—–-]\s+\S")


def _headline_items(blocks: Sequence[Block]) -> dict[str, list[Block]]:
    """A web page's blocks by the element of the one heading each sits beside: the heading's parent, when it holds
    no other heading; else the block's own parent."""
    web = [b for b in blocks if b.page is None and " > " in (b.locator or "")]
    parents = Counter(b.locator.rsplit(" > ", 1)[0] for b in web if b.kind == BlockKind.HEADING)  # type: ignore[union-attr]
    items: dict[str, list[Block]] = {}
    for block in web:
        locator = block.locator or ""
        key = next((p for p in _ancestors(locator) if parents.get(p) == 1), locator.rsplit(" > ", 1)[0])
        items.setdefault(key, []).append(block)
    return items


def _ancestors(locator: str) -> list[str]:
    """An element's locator and its ancestors', nearest first, up to a few levels (an item's lines sit near it)."""
    parts = locator.split(" > ")
    return [" > ".join(parts[:n]) for n in range(len(parts), max(len(parts) - MAX_ITEM_DEPTH, 1), -1)]


MAX_ITEM_DEPTH = 3  # "div.views-row > div.field-teaser > p": a teaser's paragraph two levels below its item


def posted_lead(text: str) -> DateSpan | None:
    """The day a news teaser opens with, before a dash and its first sentence ("17/12/2007 — Le Secrétariat sera
    fermé du ..."): when the item was posted. None for any other text."""
    lead = _POSTED_LEAD.match(text)
    if lead is None or not _holds_sentence(text[lead.end() :]):
        return None
    dates = find_dates(lead.group(1))
    if len(dates) != 1 or dates[0].precision != DatePrecision.DAY or len(lead.group(1)) - len(dates[0].text) > 1:
        return None
    return dates[0]


_POSTED_LEAD = re.compile(r"^\s*([\w/.,]+(?: [\w.,]+){0,3})\s+[—–-]\s+(?=[A-ZÀ-Ý«\"“])")


def posted_by(text: str) -> DateSpan | None:
    """The day of a blog post's stamp, its day then who posted it ("July 14th, 2008 by MPI Communications", "14
    juillet 2008 par Secrétariat"); None for any other line."""
    stamp = _POSTED_BY_STAMP.match(text.strip())
    dates = find_dates(stamp.group("day")) if stamp else []
    if len(dates) != 1 or dates[0].precision != DatePrecision.DAY or len(stamp.group("day")) - len(dates[0].text) > 1:  # type: ignore[union-attr]
        return None
    return dates[0]


_POSTED_BY_STAMP = re.compile(r"^(?P<day>[\w ,./]{6,40}?)\s+(?:by|par|por)\s+(?-i:[A-ZÀ-Ý])[\w.&'’ -]{1,60}$", re.I)


def _holds_sentence(text: str) -> bool:
    """Whether a teaser holds a sentence, perhaps before its link ("... with the incoming Chair. Download (PDF)")."""
    return text.rstrip()[-1:] in ".!?»" or (
        len(text.split()) >= MIN_PROSE_WORDS and re.search(r"\w[.!?»]\s+[A-Z]", text) is not None
    )


def _announcing_headline(block: Block, ctx: _Context) -> Entry | None:
    """A news headline that names an event, perhaps its town, and closes on its days: "Full Round 2008: Oslo, 4-6
    June 2008", "Mini-Full Round, Geneva, 1-2 December 2008"; None for any other headline."""
    text = block.text.rstrip(" .")
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].precision != DatePrecision.DAY or dates[0].stop < len(text) - 1:
        return None
    head = text[: dates[0].begin].rstrip(" ,:;-–—")
    if EVENT_KIND_WORDS.search(head) is None:
        return None
    dashed = re.split(r"\s+[—–]\s+", head)
    if len(dashed) == 2 and known_place(dashed[1].split(",")[0].strip()):
        # "Regional Workshop on Return — Santo Domingo, 4-5/12/2007": the name, then the town after a dash
        return Entry(dashed[0], ctx.name, dates[0], dashed[1].strip(), block, block.text, "schedule.line",
                     status_of(text))  # fmt: skip
    name, sep, place = head.rpartition(",") if "," in head else head.rpartition(":")
    title, venue = (name.strip(), place.strip()) if sep and known_place(place.strip()) else (head, None)
    return Entry(title, ctx.name, dates[0], venue, block, block.text, "schedule.line", status_of(text))


def _event_field(text: str) -> bool:
    """A card's field that only an event's card has: its venue's label ("Location: ...") or its type label alone
    ("Seminar", "Webinar", "Book launch")."""
    label = len(text.split()) <= MAX_TYPE_LABEL_WORDS and EVENT_KIND_WORDS.fullmatch(text.strip(" :")) is not None
    # or a meta line led by that label: "Policy Briefing · Migration Policy Institute, Washington, DC"
    field = _META_FIELD.split(text.strip(), maxsplit=1)
    short = len(field) == 2 and len(field[0].split()) <= MAX_TYPE_LABEL_WORDS
    kind = EVENT_KIND_WORDS.search(field[0]) if short else None
    led = kind is not None and kind.end() == len(field[0].rstrip(" :")) and not find_dates(field[0])
    return label or led or VENUE_LABEL.match(text) is not None


MAX_TYPE_LABEL_WORDS = 3


# A CMS's stamp of who wrote a post, after its day: "Jueves, 01 de Marzo de 2012 17:03 | Escrito por Administrador"
WRITTEN_BY = re.compile(
    r"\s[·|•-]\s*(?:written|posted|submitted|escrito|publicado|redactado|enviado|[ée]crit|publi[ée]|r[ée]dig[ée])"
    r"\s+(?:by|por|par)\s+\S.{0,40}$",
    re.I,
)


def _posted_line(block: Block) -> bool:
    """A line saying when a news item was posted, perhaps with its section after it ("Publicado el 05/12/2011 ·
    Reuniones")."""
    # (and who posted it: "Publicado el 18 abril, 2011 por admin_st")
    text = _POSTER_TAIL.sub("", _META_TAIL.sub("", block.text.strip()))
    # or a day under its column's name, in a news list set in a table ("Posted | Announcement")
    posted = _POSTED.match(text) or (block.header and _POSTED.match(block.header[0]))
    return bool(posted) and _dateline(replace(block, text=text))


_META_TAIL = re.compile(r"\s*[·|•]\s*(?:[^\W\d_][\w-]*\s?){0,3}$")
_POSTER_TAIL = re.compile(r"(?<=\d)\s+(?:by|por|par)\s+\S{2,40}(?:\s\S{1,30}){0,2}$", re.I)
MAX_NEWS_BLOCKS = 8


def news_page(blocks: Sequence[Block], title: str | None) -> bool:
    """Whether a page is a newsroom: its title or its main heading is a news section's name ("Noticias 2010 - Sala de
    Prensa", "Press Releases", "Actualités")."""
    main_heading = next(
        (b.text for b in blocks if b.kind == BlockKind.HEADING and (b.locator or "").endswith("h1")), ""
    )
    lead = re.split(r"\s+[|–—-]\s+", title or "")[0]
    return any(_NEWS_HEADING.search(t) and len(t.split()) <= MAX_NEWS_HEADING_WORDS for t in (main_heading, lead) if t)


MAX_NEWS_HEADING_WORDS = 5  # "Press Releases", "Noticias de la CRM": a page's name, not a headline naming news
NEWS_DATELINE_AT = 4  # a news item's dateline is among its first blocks (headline, kicker, dateline)
_POSTED = re.compile(
    r"^(?:posted|published|publi[ée]e?|mis en ligne|publicad[oa]|actualizad[oa]|updated)(?:\s+(?:on|le|el))?\b",
    re.I,
)


# "COW & Council Meeting Teleconference Invite", "C.O.W. & Council Meetings": a paper or a heading of two meetings.
_JOINT = re.compile(r"\s(?:&|and|y|et)\s|\bmeetings\b|\breuniones\b|\bréunions\b", re.I)


def _papers_of_a_day(entries: list[Entry]) -> list[Entry]:
    """A day's lines under one heading that are its meetings' papers ("June 10, 2025 C.O.W. & Council Meetings" over
    "Committee-of-the-Whole Meeting Agenda Packet", "Council Meeting Agenda Packet", "COW & Council Meeting
    Teleconference Invite", "Accounts Payable and Payroll Payments"): where papers name single meetings, those
    meetings, not the lines that name two at once or none."""
    days: dict[tuple[datetime.date, str | None], list[Entry]] = {}
    for e in entries:
        if e.rule == "schedule.line" and e.date.precision == DatePrecision.DAY:
            days.setdefault((e.date.start, e.block.heading), []).append(e)
    dropped: set[int] = set()
    for group in days.values():
        named = [(e, _strip_document(e.title, None)) for e in group if e.title]
        singles = [e for e, name in named if name and names_body(name) and not _JOINT.search(name)]
        papers = [e for e in group if e.title and MEETING_DOCUMENT.search(e.title)]
        if len(group) < 2 or not singles or not papers:
            continue
        dropped |= {id(e) for e in group if e not in singles}
    return [e for e in entries if id(e) not in dropped]


def _repeated(entries: list[Entry], used: set[int], cards: dict[int, str]) -> tuple[list[Entry], set[int]]:
    """Lines and cards are records only where the page repeats them: a lone dated line under its heading is
    prose's business (a dateline, a sentence), read by the other rules."""
    siblings = Counter(_series(e, cards) for e in entries if e.rule in ("schedule.line", "schedule.card"))
    lone = {
        id(e)
        for e in entries
        if e.rule in ("schedule.line", "schedule.card")
        and siblings[_series(e, cards)] < 2
        and not _headed_record(e)
        and not _NEXT_LABEL.match(e.snippet)  # "Next Meeting: September 29th" stands alone by nature
        # an event's card, its title over its day and hours ("Wednesday, October 14, 2026 · 5:15 PM"): the page's
        # one upcoming meeting
        and not (e.rule == "schedule.card" and e.title and any(_time_line(p) for p in e.snippet.split(" | ")))
    }
    kept = [e for e in entries if id(e) not in lone]
    return kept, used - {e.block.order for e in entries if id(e) in lone}


def _headed_record(entry: Entry) -> bool:
    """A lone line that opens with its day and names a meeting, under a heading of meetings ("Special Meetings" /
    "Tuesday, July 23, 2019 at 5:30 p.m. - Special Meeting"): a record, though the list holds one."""
    heading = entry.block.heading or ""
    opens_with_day = entry.date.begin <= 1 or _weekday_of(entry.snippet[: entry.date.begin] + " ") is not None
    return (
        entry.rule == "schedule.line"
        and opens_with_day
        and entry.date.precision == DatePrecision.DAY
        and _YEAR.search(entry.date.text) is not None  # a full date of its own, not one a calendar's heading lends
        and bool(entry.title and KIND_WORDS.search(entry.title))
        and bool(_MEETINGS_WORD.search(heading))
        and _YEAR.search(heading) is None
    )


def _series(entry: Entry, cards: dict[int, str]) -> str | None:
    """What a record repeats with: the list its card or item sits in, else the heading above its line."""
    key = _record_key(entry.block) or cards.get(entry.block.order)
    if entry.block.kind == BlockKind.HEADING and not key and entry.block.locator and entry.block.page is None:
        return re.sub(r":nth-of-type\(\d+\)", "", entry.block.locator)  # dated headings repeat as their tag
    if entry.block.kind == BlockKind.HEADING and entry.block.page is not None:
        # a PDF's dated lines set in bold each head the next, so no heading is shared: they repeat as their style
        return f"pdf heading {entry.block.font_size} {entry.block.is_bold}"
    if not key or " > " not in key:
        heading = entry.block.heading
        if heading and (_MONTH_ONLY.fullmatch(heading.strip()) or _month_line(heading)):
            return "month"  # records under "Marzo", then "Abril": one series, a month each
        if heading and entry.date.text == heading.strip():
            return "day heading"  # records under "16-17 February", then "9-10 March": a day each
        return heading
    # Cards often sit one per wrapper ("div:nth-of-type(3) > article"): the wrappers' positions do not count.
    return re.sub(r":nth-of-type\(\d+\)", "", key.rsplit(" > ", 1)[0])


def _field_row(block: Block, ctx: _Context, entries: list[Entry]) -> list[Entry] | None:
    """A row of a card's field table under the heading that names the event: "Fecha: | 10 y 11 de marzo de 2010" is
    the heading's event on that day; "Lugar: | San Salvador, El Salvador" is where the last one was held ([] after
    setting it). None for any other row."""
    cells = [c.strip() for c in block.cells]
    if block.header or len(cells) != 2 or not block.heading or _MONTH_ONLY.match(block.heading):
        return None
    if _DATE_LABEL.match(cells[0]) and len(cells[0].split()) <= 2:
        date = leading_date(cells[1], ctx.year or ctx.running_year)
        if date is None or date.precision != DatePrecision.DAY or find_dates(block.heading):
            return None
        snippet = f"{block.heading} | {block.text}"
        return [Entry(block.heading, None, date, None, block, snippet, "schedule.table", status_of(snippet))]
    last = entries[-1] if entries else None
    if VENUE_LABEL.match(cells[0]) and last is not None and last.block.heading == block.heading and cells[1]:
        entries[-1] = replace(last, location=last.location or cells[1], snippet=f"{last.snippet} | {block.text}")
        return []
    return None


def _table_row(
    block: Block, ctx: _Context, labels: list[str], seen_headers: set[tuple[str, ...]], claimed: Callable[[Block], bool]
) -> list[Entry]:
    if claimed(block):
        return []
    header = block.header
    if _year_columns(header):
        return _year_grid_entries(block, ctx, labels)
    if month := _month_row(block):
        ctx.month = (_table_key(block), *month)
        return []
    if (month := _month_of(header)) and not (ctx.month and ctx.month[0] == _table_key(block)):
        ctx.month = (_table_key(block), *month)  # "February 2026" across the table's first row: its first month
    if ctx.month and ctx.month[0] == _table_key(block) and (entry := _month_day_entry(block, ctx)) is not False:
        return [entry] if entry else []
    found: list[Entry] = []
    if posted_news_row(block.cells) or (header and _header_is_data(header) and posted_news_row(header)):
        return []  # a "What's New" table: the day an item went up, then the item, whose own dates the prose rules read
    if header and _header_is_data(header):
        # the first record's words ("Mar 5, 2019 — Posted Feb 28") name no column; headings above may
        skip = _deadline_column(("",) * len(header), labels)
        if header not in seen_headers:
            seen_headers.add(header)
            found += _row_entries(header, block, ctx, skip, ())
        return found + _row_entries(block.cells, block, ctx, skip, ())
    if deadline_table(block, labels):
        return []  # a table of deadlines and deliveries (reports due, filings): none of its dates is a meeting
    skip = _deadline_column(header, labels) | {i for i, h in enumerate(header) if STAMP_COLUMN.match(h)}
    if (planned := _planned_and_actual(header)) is not None:
        # "Activity | Planned date | Actual date | Status": the row is dated by when it was held, and one with no
        # such day (planned, postponed or cancelled) was not held in the period the report covers
        if not _held_day(block.cells, planned):
            return []
        skip |= {planned[0]}
    return _row_entries(block.cells, block, ctx, skip, header)


# A report's table of planned and actual dates ("Planned output | Planned date | Actual date | Status"): the activity
# took place on the actual date.
PLANNED_HEADER = re.compile(
    r"\b(?:planned|scheduled|target|expected|foreseen|tentative|original|previst[ao]s?|programad[ao]s?|planificad[ao]s?"
    r"|prévue?s?|envisag[ée]e?s?|planifi\w*)\b",
    re.I,
)
ACTUAL_HEADER = re.compile(
    r"\b(?:actual|held|real|effective|completed|delivered|conducted|carried out|realizad[ao]s?|realizaci[oó]n"
    r"|ejecuci[oó]n|efectiv[ao]|réalisée?s?|r[ée]alisation|r[ée]elle?|tenue|effective?)\b",
    re.I,
)


def unheld_row(block: Block) -> bool:
    """A results table's row whose "Actual date" cell is empty and no other cell gives the day it was held (a note's
    "Rescheduled to 2012-01-17", "se llevó a cabo del 10 al 12 de septiembre"): planned, not (yet) held."""
    planned = _planned_and_actual(block.header) if len(block.header) == len(block.cells) else None
    return planned is not None and not _held_day(block.cells, planned)


# A calendar its heading calls tentative: "Calendrier indicatif 2006", "Provisional calendar", "Calendario tentativo"
TENTATIVE_TABLE = re.compile(
    r"\b(?:indicatif|provisoire|provisional|tentative|tentativo|indicativo|provisorio|sous r[ée]serve|por confirmar"
    r"|to be confirmed|subject to confirmation)\b",
    re.I,
)


def _held_day(cells: Sequence[str], planned: tuple[int, int]) -> bool:
    return bool(find_dates(cells[planned[1]])) or any(
        _DAY_IN_NOTE.search(c) for i, c in enumerate(cells) if i != planned[0]
    )


# a day in a note, the year perhaps left to the table's ("del 10 al 12 de septiembre", "2012-01-17", "May 5")
_DAY_IN_NOTE = re.compile(
    rf"\b\d{{1,2}}\s+(?:de\s+)?(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.I,
)


def _planned_and_actual(header: Sequence[str]) -> tuple[int, int] | None:
    """The planned date's column and the actual date's, in a table that has both; None otherwise."""
    dated = [i for i, h in enumerate(header) if re.search(r"\b(?:dates?|fechas?|days?|d[ií]as?|when)\b", h, re.I)]
    planned = next((i for i in dated if PLANNED_HEADER.search(header[i])), None)
    actual = next((i for i in dated if i != planned and ACTUAL_HEADER.search(header[i])), None)
    return (planned, actual) if planned is not None and actual is not None else None


MIN_POSTED_NOTE_WORDS = 12


MAX_HEADLINE_WORDS = 12


def posted_news_row(cells: Sequence[str]) -> bool:
    """Whether a row is a day alone beside a news item that gives dates of its own ("4 June 2008 | Full Round of
    Consultations, Berlin, 27-28 May 2008. Hosted by ..."): the day is when the item was posted."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 3 and len(filled[1].split()) <= MAX_HEADLINE_WORDS and not find_dates(filled[1]):
        filled = [filled[0], filled[2]]  # "Posted | Headline | Summary": a newsroom's headline over its body
    if len(filled) != 2 or len(filled[1].split()) < MIN_POSTED_NOTE_WORDS:
        return False
    if _BARE_YEAR.match(filled[0]):
        # "2005 | Full Round of Consultations, Oslo, June 2005, concluding ...": a year's milestones, told with their
        # own months and days
        return any(d.precision != DatePrecision.YEAR for d in find_dates(filled[1]))
    day = find_dates(filled[0])
    if len(day) != 1 or day[0].precision != DatePrecision.DAY or filled[0][day[0].stop :].strip(" .,"):
        return False
    # (a day within the row's own days, "23 y 24 de junio" / "... la Declaración (24 de junio de 2011)", is its own)
    return any(not day[0].start <= d.start <= day[0].end for d in find_dates(filled[1]))


def _year_columns(header: Sequence[str]) -> bool:
    """A table headed by years, one per column ("2008 | 2009 | 2010"): an archive whose cells are months."""
    return len(header) >= 2 and all(_BARE_YEAR.match(c) for c in header)


def _year_grid_entries(block: Block, ctx: _Context, labels: Sequence[str]) -> list[Entry]:
    """A row of a year-column archive: each cell that is a month ("March") or a day ("March 5") is a meeting
    in its column's year, named by the page's body or the heading over the table."""
    context = ctx.name or (labels[-1] if labels else block.heading)
    found = []
    for year, cell in zip(block.header, block.cells, strict=False):
        date = term_date(cell, int(year)) if cell.strip() and _YEAR.search(cell) is None else None
        if date is not None:
            found.append(Entry(None, context, date, None, block, cell.strip(), "schedule.year_grid"))
    return found


# A calendar table's rows under a month row ("September 2008" across all columns): the day cell holds only
# the day or days ("Tue 9", "22–23", "Wed 11 – Thu 12"), the month and year are the month row's.
_DAY_CELL = re.compile(
    rf"^\s*(?:(?:{_WEEKDAYS})[\s,]+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th|er)?"
    rf"(?:\s*(?:[–—-]|to|al?|au|y|et|and|&)\s*(?:(?:{_WEEKDAYS})[\s,]+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th|er)?)?\s*$",
    re.I,
)
# A row that marks the office shut, a holiday: dated, but no activity.
_CLOSED = re.compile(
    r"\b(?:closed|closure|holidays?|cerrad[ao]s?|cierre|feriados?|vacaciones|asueto|ferm[ée]e?s?|fermeture"
    r"|cong[ée]s?|f[ée]ri[ée]s?)\b",
    re.I,
)
_VENUE_HEADER = re.compile(r"\b(?:venue|location|place|city|town|lugar|sede|ciudad|lieu|ville|ort|tagungsort)\b", re.I)


def _table_key(block: Block) -> str:
    """The table a row belongs to: its locator less the row's step, and its header."""
    return re.sub(r"\s*>\s*tr(?::nth-of-type\(\d+\))?$", "", block.locator or "") + repr(block.header)


def _month_row(block: Block) -> tuple[int, int] | None:
    """(year, month) of a row that only names a month and year ("September 2008", "Septembre 2008"), spanning
    a calendar table with two or more columns (or one whose first row is such a month); None for any other row."""
    if len(block.header) < 2 and _month_of(block.header) is None:
        return None
    return _month_of(block.cells)


def _month_of(cells: Sequence[str]) -> tuple[int, int] | None:
    """(year, month) of cells that hold only a month and its year, None otherwise."""
    cells = [c.strip() for c in cells if c.strip()]
    if len(cells) != 1:
        return None
    dates = find_dates(cells[0])
    if len(dates) != 1 or dates[0].precision != DatePrecision.MONTH:
        return None
    if len(cells[0]) - (dates[0].stop - dates[0].begin) > 2:
        return None
    return dates[0].start.year, dates[0].start.month


def _month_day_entry(block: Block, ctx: _Context) -> Entry | None | bool:
    """A row under a calendar table's month row: its day cell dated in that month. None for a row that names
    no activity (struck out, cancelled, the office closed); False when the row has no day cell (read as usual)."""
    assert ctx.month is not None
    _, year, month = ctx.month
    cells = [c.strip() for c in block.cells]
    at = next((i for i, c in enumerate(cells) if _DAY_CELL.match(c)), None)
    if at is None:
        return False
    match = _DAY_CELL.match(cells[at])
    assert match is not None
    first_day, last_day = int(match.group("d1")), int(match.group("d2") or match.group("d1"))
    try:
        start = datetime.date(year, month, first_day)
        if last_day >= first_day:
            end = datetime.date(year, month, last_day)
        else:  # "29–2": the range runs into the next month
            end = datetime.date(year + month // 12, month % 12 + 1, last_day)
    except ValueError:
        return None
    snippet = " | ".join(c for c in cells if c)
    status = status_of(snippet)
    if status == ActivityStatus.CANCELLED or NO_MEETING.search(snippet) or _CLOSED.search(snippet):
        return None
    others = [c for i, c in enumerate(cells) if i != at]
    header = [h for i, h in enumerate(block.header) if i != at] if len(block.header) == len(cells) else []
    venue_at = next((i for i, h in enumerate(header) if _VENUE_HEADER.search(h)), None)
    venue = others[venue_at] or None if venue_at is not None and venue_at < len(others) else None
    rest = [c for i, c in enumerate(others) if i != venue_at]
    title = _row_title(rest, [h for i, h in enumerate(header) if i != venue_at])
    named = [c for c in rest if c]
    if title is None and len(named) == 1 and len(named[0].split()) <= MAX_TITLE_WORDS and not find_dates(named[0]):
        title = named[0]  # "Thu 12 | WMFHA EdCon 2026": the one other cell of a day row names its event
    if title is None:
        return None
    text = f"{cells[at]} ({datetime.date(year, month, 1):%B %Y})"
    if (other_end := _OTHER_END.search(title)) and (day := _day_near(other_end.group("day"), year, month)):
        # "ASBrS Annual Meeting (Ends May 3)" in April, "(Begins Apr 29)" in May: one event across two month
        # rows, so both rows say its first and last day and are merged as one.
        title = title[: other_end.start()].rstrip()
        if other_end.group("which").lower() in _STARTS_WORDS:
            start = day
        else:
            end = day
    span = DateSpan(text, start, end, DatePrecision.DAY, 0, len(text))
    return Entry(title, ctx.name, span, venue, block, snippet, "schedule.table", status)


_STARTS_WORDS = ("begins", "began", "starts", "started", "from", "desde", "commence", "depuis")
_OTHER_END = re.compile(
    r"\s*\(\s*(?P<which>ends|ended|until|through|thru|to|begins|began|starts|started|from|hasta|desde|jusqu'au"
    r"|commence|depuis)\s+(?P<day>[^()]{3,20})\)\s*$",
    re.I,
)


def _day_near(text: str, year: int, month: int) -> datetime.date | None:
    """The day a "May 3" or "Sep 30" names within a month or two of a month row's (year, month)."""
    for near in (year, year + 1, year - 1):
        found = find_dates(f"{text.strip()} {near}")
        if found and found[0].precision == DatePrecision.DAY:
            day = found[0].start
            if abs((day.year * 12 + day.month) - (year * 12 + month)) <= 2:
                return day
    return None


# A nested list's innermost item: "15 March (The Hague); 11 October", dated entries split by ";", each a day
# or days of a month, perhaps with its town in brackets. The year is an ancestor item's ("2007"), the
# meeting an ancestor item's name ("Working Group on Return").
_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*:?\s*$")
_BRACKETED_TOWN = re.compile(r"\s*\((?P<town>[^()\d]{2,60})\)\s*[.,]?\s*$")


def _ancestor_items(block: Block, items: dict[str, Block]) -> list[Block]:
    """The list items a nested item sits in, nearest first."""
    steps = (block.locator or "").split(" > ")
    found = []
    for end in range(len(steps) - 1, 0, -1):
        if steps[end - 1].split(":")[0] == "li" and (item := items.get(" > ".join(steps[:end]))) is not None:
            found.append(item)
    return found


def _entry_date(part: str, year: int | None) -> DateSpan | None:
    """A `;`-separated part that is only a date ("11 October", "30–31 May", "9 October 2007"), else None."""
    part = part.strip(" .,")
    dates = find_dates(part)
    if not dates and year is not None:
        dates = find_dates(f"{part} {year}")
        if dates and dates[0].stop < len(part):
            return None
    if len(dates) != 1 or dates[0].begin != 0 or dates[0].precision != DatePrecision.DAY:
        return None
    if dates[0].stop < len(part) - 1:
        return None
    return DateSpan(part, dates[0].start, dates[0].end, DatePrecision.DAY, 0, len(part))


def nested_list_entries(block: Block, items: dict[str, Block]) -> list[Entry]:
    """The meetings of a nested list's dated item, one per `;`-separated entry, each titled by the meeting
    its parent item names and dated in the year an ancestor item names; [] unless every entry is a date."""
    ancestors = _ancestor_items(block, items)
    if not ancestors:
        return []
    text = block.text.strip()
    title = None
    head, colon, rest = text.partition(":")
    if not colon and (dash := re.search(r"\s[–—-]\s", text)):
        head, colon, rest = text[: dash.start()], dash.group(0), text[dash.end() :]
    if colon and not re.search(r"\d", head) and len(head.split()) <= MAX_LABEL_WORDS:
        title, text = head.strip(), rest.strip()  # "Working Group on Return: 15 March (The Hague); 11 October"
    years = [int(m.group(1)) for a in ancestors if (m := _BARE_YEAR.match(a.text))]
    year = years[0] if years else None
    if title is None:
        names = [
            a.text.strip()
            for a in ancestors
            if not _BARE_YEAR.match(a.text) and not find_dates(a.text) and len(a.text.split()) <= MAX_LABEL_WORDS
        ]
        title = names[0] if names else None
    if not title or year is None and not find_dates(text):
        return []
    found = []
    for part in text.split(";"):
        town = _BRACKETED_TOWN.search(part)
        date = _entry_date(part[: town.start()] if town else part, year)
        if date is None:
            return []
        venue = town.group("town").strip() if town else None
        found.append(Entry(title, None, date, venue, block, part.strip(), "schedule.line", status_of(part)))
    return [e for e in found if e.status != ActivityStatus.CANCELLED]


# A page's statement of where its undated-place meetings were held: "Where no town is shown, the meeting was
# held at the IGC Secretariat in Geneva", "Salvo indicación contraria, las reuniones se celebraron en San José",
# "Sauf mention contraire, les réunions se sont tenues à Genève".
_TOWN = r"(?P<town>[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]+){0,3})"
_DEFAULT_PLACE = re.compile(
    r"(?i:\b(?:(?:unless|where|when|if|without|with no|for which no|all other|other)\b[^.;]{0,70}?"
    r"\b(?:held|took place|met|convened)\b[^.;]{0,60}?\bin"
    r"|(?:salvo|a menos que|cuando no)\b[^.;]{0,60}?"
    r"\b(?:celebr[óa]r?on|celebr[óa]|realizar?on|tuvieron lugar|tuvo lugar)\b[^.;]{0,60}?\ben"
    r"|(?:sauf|à défaut|lorsque aucun|quand aucun)\b[^.;]{0,60}?"
    r"\b(?:tenues?|tenus?|eu lieu|réuni(?:e|s|es)?)\b[^.;]{0,60}?\bà))\s+" + _TOWN,
)


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bSt)\.\s")


def default_place(blocks: Sequence[Block]) -> str | None:
    """The town a page says its entries without a place were held in, when it says so once, undated."""
    towns = {
        _SENTENCE_END.split(m.group("town"))[0].rstrip(".")  # "... in Geneva. Reports of ...": the sentence ends
        for b in blocks
        if b.kind == BlockKind.PARAGRAPH and not find_dates(b.text)
        for m in [_DEFAULT_PLACE.search(b.text)]
        if m
    }
    return towns.pop() if len(towns) == 1 else None


def _dated_by_deadline(block: Block, labels: Sequence[str]) -> bool:
    """A row whose only dates are in columns naming a date that is no meeting's ("Documento | Aprobado en | Fecha de
    aprobación"): no other rule should read them as an event's."""
    columns = {i for i in _deadline_column(block.header, labels) if not ACTUAL_HEADER.search(block.header[i])}
    if len(block.header) != len(block.cells) or not columns:
        return False  # ("Planned | Delivered": the day an output was delivered is when it took place)
    dated = [i for i, c in enumerate(block.cells) if find_dates(c) or _MONTH_DAY.match(c.strip())]
    return bool(dated) and set(dated) <= columns


def deadline_table(block: Block, labels: Sequence[str]) -> bool:
    """A row of a table of deadlines (`Action | Responsible | Deadline`, `Compromiso | Responsable | Plazo`):
    a date column that names a deadline and no column naming a meeting or its date."""
    header = block.header
    if block.kind != BlockKind.TABLE_ROW or not header or _header_is_data(header):
        return False
    # ("Activity | Planned | Held | Status": the "Held" column dates the activities, the plan's are no deadlines)
    return bool(_deadline_column(header, labels)) and not any(
        re.search(r"\b(?:date|when|fecha|meeting|reuni[oó]n|réunion)\b", h, re.I) or ACTUAL_HEADER.search(h)
        for h in header
    )


# A media advisory's fields: "WHAT: Policy briefing, "Title" WHEN: Thursday, January 12, 2012, 10:00 a.m. WHERE: ..."
_ADVISORY_FIELD = re.compile(
    r"\b(?P<label>WHAT|WHEN|WHERE|WHO|RSVP|QU[EÉ]|CU[AÁ]NDO|D[OÓ]NDE|QUOI|QUAND|O[UÙ])\s*:", re.I
)
_QUOTED_NAME = re.compile(r"[«“\"]\s*(?P<name>[^«»“”\"]{6,200}?)\s*[»”\"]")


def advisory_entries(blocks: Sequence[Block]) -> list[tuple[Entry, frozenset[int]]]:
    """The events media advisories announce, each a section of labelled fields: WHAT (its format and its name,
    often quoted), WHEN (its day) and WHERE (its venue), the labels in capitals, as the genre sets them."""
    sections: dict[str, list[Block]] = {}
    for block in blocks:
        if block.kind != BlockKind.HEADING and block.heading:
            sections.setdefault(block.heading, []).append(block)
    found = []
    for group in sections.values():
        text = " ".join(b.text for b in group)
        fields: dict[str, str] = {}
        marks = [m for m in _ADVISORY_FIELD.finditer(text) if m.group("label").isupper()]
        for mark, after in zip(marks, [*marks[1:], None], strict=False):
            fields.setdefault(_advisory_key(mark.group("label")), text[mark.end() : after.start() if after else None])
        if not {"what", "when"} <= fields.keys():
            continue
        what, when = fields["what"].strip(" .,;"), fields["when"].strip()
        date = leading_date(when, None) or next((d for d in find_dates(when) if d.precision == DatePrecision.DAY), None)
        if date is None:
            continue
        quoted = _QUOTED_NAME.search(what)
        title = quoted.group("name") if quoted else what
        label = what[: quoted.start()].strip(" ,:–—-") if quoted else None
        venue = trailing_place(re.split(r"\.\s", fields.get("where", ""))[0].strip(" .")) if "where" in fields else None
        snippet = " | ".join(b.text for b in group)
        status = status_of(snippet)
        entry = Entry(title.strip(), label or None, date, venue, group[0], snippet, "schedule.card", status)
        found.append((entry, frozenset(b.order for b in group)))
    return found


def _advisory_key(label: str) -> str:
    label = label.lower()
    return {"qué": "what", "que": "what", "quoi": "what", "cuándo": "when", "cuando": "when", "quand": "when",
            "dónde": "where", "donde": "where", "où": "where", "ou": "where"}.get(label, label)  # fmt: skip
