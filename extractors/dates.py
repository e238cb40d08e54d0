"""Dates as reports write them, in English, Spanish and French: words, numbers and ranges.

The fiscal year they fall in is `mpdp_pipeline.fiscal`'s business (re-exported here for the rules).

>>> find_dates("The Working Group met in Stockholm on 14-15 March 2006.")[0].start
datetime.date(2006, 3, 14)
"""

from __future__ import annotations

import calendar
import contextlib
import datetime
import functools
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace

from mpdp_pipeline.fiscal import fiscal_year, fiscal_year_bounds
from mpdp_pipeline.schemas import DatePrecision

__all__ = ["MONTHS", "DateSpan", "day_first_in", "find_dates", "fiscal_year", "fiscal_year_bounds", "month_first_shown",
           "numeric_order", "parse_date", "short_weekdays_blanked"]  # fmt: skip


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan", "enero", "ene", "janvier", "janv", "janeiro"),
        (
            "february",
            "feb",
            "febrero",
            "février",
            "fevrier",
            "févr",
            "fevr",
            "fevereiro",
            "feburary",
            "febuary",
        ),  # typos
        ("march", "mar", "marzo", "mars", "março"),  # not "marco": Spanish "en el marco de"
        ("april", "apr", "abril", "abr", "avril", "avr"),
        ("may", "mayo", "mai", "maio"),
        ("june", "jun", "junio", "juin", "junho"),
        ("july", "jul", "julio", "juillet", "juil", "julho"),
        ("august", "aug", "agosto", "ago", "août", "aout"),
        ("september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro"),
        ("october", "oct", "octubre", "octobre", "outubro"),
        ("november", "nov", "noviembre", "novembre", "novembro"),
        ("december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezembro"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_MONTH = r"(?P<{name}>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_M1, _M2 = _MONTH.format(name="m1"), _MONTH.format(name="m2")
# An ordinal's suffix may stand apart where it was set as a superscript ("11 TH JUNE 2014").
_DAY1 = r"(?P<d1>[0-3]?\d)(?:\s?(?:st|nd|rd|th)(?!\w)|er|º)?"
_DAY2 = r"(?P<d2>[0-3]?\d)(?:\s?(?:st|nd|rd|th)(?!\w)|er|º)?"  # "du 28 novembre au 1er décembre"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|–|—|to|al|au|a|y|et|and|&)\s*"
_SPAN = r"\s*(?:-|–|—|to|through|thru)\s*"  # across two months only a range ("May 3 and June 5" are two days)
# A weekday before the second day of a span: "Tuesday, March 24 – Wednesday, March 25, 2009".
WEEKDAY_NAMES = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
# "martes, 24 de julio de 2007 10:15": a CMS's stamp of when an item was posted, a weekday, a day and the time
POST_STAMP = re.compile(rf"^(?:{WEEKDAY_NAMES})\b.{{6,40}}?\b\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?$", re.I)
# A content system's posting stamp: the weekday, the day and year, then a 24-hour clock ("Viernes, 16 de Marzo de
# 2012 10:42"); an event's hours are written "9:30 AM", "10:00 - 11:30" or after a comma ("31 May 2011, 14:00").
CMS_STAMP = re.compile(rf"^(?:{WEEKDAY_NAMES})\b.{{6,40}}?\b(?:19|20)\d\d\s+\d{{1,2}}:\d\d$", re.I)
_WEEKDAY2 = WEEKDAY_NAMES + r",?\s+"
_DE = r"(?:\s+del?)?"  # Spanish "de noviembre de 2006", Mexican "de agosto del 2016"

# A season's first month; winter is the year's first quarter ("Winter 2011": January to March 2011).
SEASONS = {
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1,
    "primavera": 3, "verano": 6, "otoño": 9, "invierno": 1,
    "printemps": 3, "été": 6, "automne": 9, "hiver": 1,
}  # fmt: skip
# Most specific first: each pattern is tried at every position, the longest match wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_month_range",  # 28 September - 1 October 2005; 3 de mayo al 5 de junio de 2007
        re.compile(
            rf"(?:\b(?:del|du|from)\s+)?\b{_DAY1}{_DE}\s+{_M1}{_DASH}{_DAY2}{_DE}\s+{_M2}{_DE},?\s+{_YEAR}\b", re.I
        ),
    ),
    (
        "day_range",  # 14-15 March 2006; 14 y 15 de noviembre de 2006; del 3 al 5 de septiembre de 2007
        re.compile(rf"(?:\b(?:del|du|from)\s+)?\b{_DAY1}{_DASH}{_DAY2}{_DE}\s+{_M1}{_DE},?\s+{_YEAR}\b", re.I),
    ),
    ("month_day_range", re.compile(rf"\b{_M1}\s+{_DAY1}{_DASH}{_DAY2},?\s+{_YEAR}\b", re.I)),  # March 14-15, 2006
    # March 30 - April 2, 2008; October 06 to October 14, 2022; "held from February 27 to March 1, 2010"; not
    # "postponed from April 12 to May 3, 2011", a move
    (
        "month_day_month_range",
        re.compile(
            r"(?<!postponed from )(?<!moved from )(?<!rescheduled from )(?<!changed from )(?<!delayed from )"
            rf"\b{_M1}\s+{_DAY1}{_SPAN}(?:{_WEEKDAY2})?{_M2}\s+{_DAY2},?\s+{_YEAR}\b",
            re.I,
        ),
    ),
    ("day", re.compile(rf"\b{_DAY1}{_DE}\s+{_M1}{_DE},?\s+{_YEAR}\b", re.I)),  # 3 May 2004; 28 de abril de 2007
    ("month_day", re.compile(rf"\b{_M1}\s+{_DAY1},?\s+{_YEAR}\b", re.I)),  # May 3, 2004
    ("day", re.compile(rf"(?<![\w-])(?P<d1>[0-3]?\d)-{_M1}-{_YEAR}\b", re.I)),  # 15-Jan-2019, as databases print it
    (
        "iso_range",  # 2015-09-02 to 2015-09-05, 2016/04/17 - 2016/04/19
        re.compile(
            r"(?<!/)(?<!/ )\b(?P<y1>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mn>[01]?\d)(?P=sep)(?P<d1>[0-3]?\d)"
            r"\s*(?:to|–|—|-)\s*"
            r"(?P<y>(?:19|20)\d\d)(?P=sep)(?P<mn2>[01]?\d)(?P=sep)(?P<d2>[0-3]?\d)(?!\d|[/.-]\d)"
        ),
    ),
    # 2005-11-08, 2016/04/17, 2016.4.7: year first, then month and day, whatever the separator
    # (not in a URL's path: ".../2016/08/22/post")
    (
        "iso",
        re.compile(
            r"(?<!/)(?<!/ )\b(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mn>[01]?\d)(?P=sep)(?P<d1>[0-3]?\d)(?!\d|[/.-]\d)"
        ),
    ),
    # 2015 Oct 15, as date columns write it; not "2005 March 14, 2006", where the year belongs to what precedes
    ("year_month_day", re.compile(rf"\b{_YEAR}\s+{_M1}\s+{_DAY1}\b(?!,?\s*(?:19|20)\d\d)", re.I)),
    # 2024 Mar. 7th-8th, year first as above
    (
        "year_month_day_range",
        re.compile(rf"\b{_YEAR}\s+{_M1}\s+{_DAY1}\s*(?:-|–|—|to)\s*{_DAY2}\b(?!,?\s*(?:19|20)\d\d|[/.:]\d)", re.I),
    ),
    ("month", re.compile(rf"\b{_M1}{_DE},?\s+{_YEAR}\b", re.I)),  # March 2005; noviembre de 2006
    # Spring 2011, otoño de 2009, printemps 2012: a publisher's season, its three months (northern hemisphere); not
    # a title's label ("Spring 2009: Data Clinic")
    (
        "season",
        re.compile(rf"\b(?P<season>{'|'.join(SEASONS)})(?:\s+(?:de|del|d['’]))?,?\s+{_YEAR}\b(?!\s*:)", re.I),
    ),
    # 03/14/2019, 3/4/2019, 14.03.2019, 14-03-2019: the order of day and month is the document's (`numeric_order`)
    (
        "numeric",
        # not inside a longer code; a dash may join it to the next date ("8/1/2022-7/31/2023")
        re.compile(
            r"(?<![\d/.])(?:(?<=[/.](?:19|20)\d\d-)|(?<![\d/.]-))"
            r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
            r"(?![\d/])(?!-(?![0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d))"
        ),
    ),
    # 03-04/05/2008, 05 y 06/05/2008, 04 al 06/12/2007: a day range before a numeric month, always day first
    (
        "numeric_day_range",
        re.compile(
            r"(?<![\d/.-])(?P<d1>[0-3]?\d)\s*(?:-|–|y|et|al|au|a|and|&)\s*(?P<d2>[0-3]?\d)(?P<sep>[/.])"
            r"(?P<mn>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])",
            re.I,
        ),
    ),
    # 28.02–01.03.2007, 12/30-01/02/2008: two days in figures across months, the year once
    (
        "numeric_month_range",
        re.compile(
            r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)\s*[-–—]\s*(?P<a2>[0-3]?\d)(?P=sep)(?P<b2>[0-3]?\d)"
            r"(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])"
        ),
    ),
    # 03/14/19, and 1-26-26 in a file's or a link's name ("City Council Agenda 1-26-26"): a two-digit year, the way
    # US agencies write it, the same separator twice
    (
        "numeric_short",
        re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d\d)(?![\d/-]|\.\d)"),
    ),
]
# Whether an ambiguous numeric date (3/4/2019) puts the day first: the document's convention, set
# once per document by `numeric_order` (dots are always day first, as in Europe).
_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)
# Whether the document's own figures put the month first ("01.21.2010"): then its dotted dates do too.
_MONTH_FIRST_SHOWN: ContextVar[bool] = ContextVar("month_first_shown", default=False)
_NUMERIC_FINDER = re.compile(r"(?<![\d/.-])([0-3]?\d)([/.-])([0-3]?\d)\2(?:19|20)?\d\d(?![\d/-])")


@functools.lru_cache(maxsize=4)  # asked twice of a document's whole text: which order, and whether shown
def _figures_order(text: str) -> tuple[int, int]:
    """How many numeric dates of `text` show the day first ("14/03/2019") and how many the month first."""
    first = second = 0
    for match in _NUMERIC_FINDER.finditer(text):
        a, b = int(match.group(1)), int(match.group(3))
        first += a > 12 >= b
        second += b > 12 >= a
    return first, second


def day_first_in(text: str, language: str | None) -> bool:
    """Whether the numeric dates of a document put the day first: a value above 12 decides
    ("14/03/2019"), else the language (Spanish and French write the day first, US English does not)."""
    first, second = _figures_order(text)
    if first != second:
        return first > second
    return language in ("es", "fr", "de", "it", "pt")


def month_first_shown(text: str) -> bool:
    """Whether a document's figures show it writes the month first ("01.21.2010", "12/30/2008")."""
    first, second = _figures_order(text)
    return second > first


@contextlib.contextmanager
def numeric_order(day_first: bool, month_first_shown: bool = False) -> Iterator[None]:
    """Read ambiguous numeric dates with the day first (or not) inside the block; where the document's figures
    showed the month first, dotted dates too (else dots put the day first, as in Europe)."""
    token = _DAY_FIRST.set(day_first)
    shown = _MONTH_FIRST_SHOWN.set(month_first_shown and not day_first)
    try:
        yield
    finally:
        _MONTH_FIRST_SHOWN.reset(shown)
        _DAY_FIRST.reset(token)


_YEAR_ONLY = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*$")


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in text, with where it was found."""

    text: str
    start: datetime.date
    end: datetime.date
    precision: DatePrecision
    begin: int  # character offsets in the searched text
    stop: int


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _to_span(kind: str, match: re.Match[str]) -> DateSpan | None:
    g = match.groupdict()
    if kind in ("numeric", "numeric_short"):
        return _numeric_span(match)
    if kind == "numeric_month_range":
        return _numeric_range_span(match)
    year = int(g["y"])
    if kind == "iso":
        start = end = _safe_date(year, int(g["mn"]), int(g["d1"]))
        precision = DatePrecision.DAY
    elif kind == "numeric_day_range":
        start = _safe_date(year, int(g["mn"]), int(g["d1"]))
        end = _safe_date(year, int(g["mn"]), int(g["d2"]))
        precision = DatePrecision.DAY
    elif kind == "iso_range":
        start = _safe_date(int(g["y1"]), int(g["mn"]), int(g["d1"]))
        end = _safe_date(year, int(g["mn2"]), int(g["d2"]))
        precision = DatePrecision.DAY
    elif kind == "season":
        first = SEASONS[g["season"].lower()]
        start, end = datetime.date(year, first, 1), _month_end(year, first + 2)
        precision = DatePrecision.MONTH
    elif kind == "month":
        month = _month(g["m1"])
        start, end, precision = datetime.date(year, month, 1), _month_end(year, month), DatePrecision.MONTH
    else:
        m1 = _month(g["m1"])
        m2 = _month(g["m2"]) if g.get("m2") else m1
        d2 = int(g["d2"]) if g.get("d2") else int(g["d1"])
        # "28 December - 2 January 2006": the first month belongs to the year before.
        start = _safe_date(year - 1 if m1 > m2 else year, m1, int(g["d1"]))
        end = _safe_date(year, m2, d2)
        precision = DatePrecision.DAY
    if start is None or end is None or end < start:
        return None
    return DateSpan(match.group(0), start, end, precision, match.start(), match.end())


_AND = re.compile(r"\s*(?:y|et|and|&)\s*", re.I)
MAX_AND_RANGE_DAYS = 4  # "30 September and 1 October": one meeting's days; "28 January and 17 September": two days


def _two_days(match: re.Match[str], span: DateSpan) -> tuple[DateSpan, DateSpan] | None:
    """`28 January and 17 September 2008`: two days a list joins, not one range; None for a range."""
    link = match.string[match.end("m1") : match.start("d2")]
    if not _AND.fullmatch(link) or (span.end - span.start).days <= MAX_AND_RANGE_DAYS:
        return None
    first = DateSpan(match.string[match.start("d1") : match.end("m1")], span.start, span.start, DatePrecision.DAY,
                     match.start("d1"), match.end("m1"))  # fmt: skip
    second = DateSpan(match.string[match.start("d2") : match.end()], span.end, span.end, DatePrecision.DAY,
                      match.start("d2"), match.end())  # fmt: skip
    return first, second


def _dots_day_first(sep: str | None) -> bool:
    return sep == "." and not _MONTH_FIRST_SHOWN.get()


def _numeric_span(match: re.Match[str]) -> DateSpan | None:
    g = match.groupdict()
    a, b = int(g["a"]), int(g["b"])
    year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
    # "01.15.2019", "15/01/2019": a number above 12 is the day, whatever the separator
    day_first = a > 12 if a > 12 or b > 12 else _dots_day_first(g.get("sep")) or _DAY_FIRST.get()
    day, month = (a, b) if day_first else (b, a)
    if not 1 <= month <= 12:
        return None
    day_ = _safe_date(year, month, day)
    if day_ is None:
        return None
    return DateSpan(match.group(0), day_, day_, DatePrecision.DAY, match.start(), match.end())


def _numeric_range_span(match: re.Match[str]) -> DateSpan | None:
    """ "28.02–01.03.2007": the first day may fall in the year before ("30.12–02.01.2008")."""
    g = match.groupdict()
    a, b, a2, b2, year = (int(g[k]) for k in ("a", "b", "a2", "b2", "y"))
    if max(b, b2) > 12 and max(a, a2) <= 12:
        day_first = False  # "12/30-01/02/2008": the month first, as the US writes it
    else:
        day_first = max(a, a2) > 12 or _dots_day_first(g["sep"]) or _DAY_FIRST.get()
    (d1, m1), (d2, m2) = ((a, b), (a2, b2)) if day_first else ((b, a), (b2, a2))
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    start, end = _safe_date(year - 1 if m1 > m2 else year, m1, d1), _safe_date(year, m2, d2)
    if start is None or end is None or end < start or (end - start).days > MAX_FIGURED_RANGE_DAYS:
        return None
    return DateSpan(match.group(0), start, end, DatePrecision.DAY, match.start(), match.end())


MAX_FIGURED_RANGE_DAYS = 31  # "01.03–30.06.2007" is a period, not a meeting's days; leave it to the one-date rule


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<=/)\d\d(?![\d/])|(?<=\d-)\d\d(?![\d/-])")
# Every pattern holds a four-digit year, and no date written out runs further than this around it.
_BEFORE_YEAR, _AFTER_YEAR = 80, 40
_WORD_END = re.compile(r"\W|$")


def _year_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` around its years, merged, ending at a word boundary."""
    windows: list[tuple[int, int]] = []
    for year in _ANY_YEAR.finditer(text):
        begin = max(0, year.start() - _BEFORE_YEAR)
        end = _WORD_END.search(text, min(len(text), year.end() + _AFTER_YEAR)).start()  # type: ignore[union-attr]
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((begin, end))
    return windows


_MONTH_RANGE = re.compile(rf"^\s*{_M1}\s*(?:-|–|—|/|to|a|al|au|à)\s*{_M2}{_DE},?\s+{_YEAR}\W*$", re.I)


def month_range(text: str) -> DateSpan | None:
    """A field that is only a run of one year's months ("enero-marzo 2008", "January-March 2008"): the quarter's or
    half-year's span, at month precision. Not read in running text, where such a span is a period reported on."""
    match = _MONTH_RANGE.match(text)
    if match is None or (first := _month(match.group("m1"))) >= (last := _month(match.group("m2"))):
        return None
    year = int(match.group("y"))
    start, end = datetime.date(year, first, 1), _month_end(year, last)
    return DateSpan(text.strip(), start, end, DatePrecision.MONTH, 0, len(text.strip()))


def find_dates(text: str) -> list[DateSpan]:
    """Every date expression in `text`, left to right, longest match at each place."""
    # The rules ask about the same block many times over: remember the answer (a copy, so callers may edit it).
    return list(_cached_dates(text, _DAY_FIRST.get(), _MONTH_FIRST_SHOWN.get()))


@functools.lru_cache(maxsize=4096)
def _cached_dates(text: str, day_first: bool, month_first: bool) -> tuple[DateSpan, ...]:
    # `day_first` is the key's half that the context variable hides: the same text reads otherwise under it.
    # A note marker glued to a year ("September 2009³") reads as a letter to the patterns' word ends: a space
    # stands in for it, so offsets stay those of `text`.
    text = text.translate(_NOTE_MARKS)
    # "martes 7 y miércoles 8 de julio", "Tuesday 7 and Wednesday 8 July": the second day's weekday blanked out, so
    # the two days read as one span; offsets stay those of `text`, and each span keeps its text as written
    blanked = _INNER_WEEKDAY.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    blanked = short_weekdays_blanked(blanked)
    # Only around the years: the patterns are costly, and most of a long text holds no date.
    spans = _dates_within(blanked, _year_windows(blanked))
    if blanked != text:
        spans = [replace(s, text=text[s.begin : s.stop]) for s in spans]
    return tuple(spans)


_SHORT_WEEKDAY = re.compile(
    r"\b(?:lun|mar|mer|mié|mie|jeu|jue|ven|vie|sam|sáb|sab|dim|dom|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+"
    r"(?=\d{1,2}(?:er)?(?:\s*[-–]\s*(?:[^\W\d]{3,5}\.?\s+)?\d{1,2})?\s+(?:de\s+)?"
    rf"(?:{'|'.join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))})\b)",
    re.I,
)


def short_weekdays_blanked(text: str) -> str:
    """`text` with a weekday's abbreviation before a day and month blanked out ("mar. 7 oct.", "jeu. 16 - ven. 17
    oct.", "mié. 3 mar."), a space for each of its characters so that offsets stay those of `text`: "mar." is then no
    month."""
    return _SHORT_WEEKDAY.sub(lambda m: " " * len(m.group(0)), text)


_INNER_WEEKDAY = re.compile(rf"(?<=\d)(\s+(?:and|y|et|&)\s+|\s*[-–]\s*){WEEKDAY_NAMES},?\s+(?=\d)", re.I)


_NOTE_MARKS = str.maketrans(dict.fromkeys("¹²³⁴⁵⁶⁷⁸⁹⁰", " "))


def _dates_within(text: str, windows: list[tuple[int, int]]) -> list[DateSpan]:
    found: list[DateSpan] = []
    for begin, end in windows:
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(text, begin, end):
                span = _to_span(kind, match)
                if span is not None and kind == "day_month_range" and (pair := _two_days(match, span)):
                    found.extend(pair)
                elif span is not None:
                    found.append(span)
    found.sort(key=lambda s: (s.begin, -(s.stop - s.begin)))
    chosen: list[DateSpan] = []
    for span in found:
        if chosen and span.begin < chosen[-1].stop:
            continue  # overlaps a longer match already taken
        chosen.append(span)
    return _join_ranges(text, chosen)


_RANGE_LINK = re.compile(r"^\s*(?:-|–|—|to|through|al|au|à)\s*$", re.I)
MAX_RANGE_DAYS = 31
_SAME_DATE_LINK = re.compile(r"^\s*/\s*$")


def _join_ranges(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """Two full days joined by a dash or "to" ("03/20/2007 - 03/21/2007", "1 March 2007 to 3 March 2007") are
    one span, as the patterns written out in words read them."""
    joined: list[DateSpan] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.precision == span.precision == DatePrecision.DAY
            and last.start == last.end
            and _RANGE_LINK.match(text[last.stop : span.begin])
            and 0 < (span.start - last.start).days <= MAX_RANGE_DAYS
        ):
            joined[-1] = DateSpan(
                text[last.begin : span.stop], last.start, span.end, DatePrecision.DAY, last.begin, span.stop
            )
        elif (
            last is not None
            and (last.start, last.end) == (span.start, span.end)
            and _SAME_DATE_LINK.match(text[last.stop : span.begin])
        ):
            # "February 23, 2010 / 23 de febrero de 2010": one date written in two languages
            joined[-1] = replace(last, text=text[last.begin : span.stop], stop=span.stop)
        else:
            joined.append(span)
    return joined


def parse_date(text: str, *, allow_year: bool = False) -> DateSpan | None:
    """The first date in `text`; a bare year counts only when `allow_year` (a date column)."""
    spans = find_dates(text)
    if spans:
        return spans[0]
    if allow_year and (match := _YEAR_ONLY.match(text)):
        year = int(match.group("y"))
        return DateSpan(
            match.group(0).strip(),
            datetime.date(year, 1, 1),
            datetime.date(year, 12, 31),
            DatePrecision.YEAR,
            match.start("y"),
            match.end("y"),
        )
    return None


_LEAD_WEEKDAY = re.compile(rf"^(?:{WEEKDAY_NAMES}\.?)?[\s,]*$", re.I)


def day_alone(text: str) -> DateSpan | None:
    """The day a line is alone, perhaps after its weekday: "Tuesday, 14 July 2026", "martes 14 de julio del 2026"."""
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].precision != DatePrecision.DAY or dates[0].stop < len(text.rstrip(" .:")) - 1:
        return None
    return dates[0] if _LEAD_WEEKDAY.match(text[: dates[0].begin]) else None


# Days and years written in words, as minutes and memorias write them: "los días once y doce de marzo de dos mil
# diez", "le vingt-six mai deux mille sept".
_SPELLED_UNITS = {
    "uno": 1, "primero": 1, "premier": 1, "dos": 2, "deux": 2, "tres": 3, "trois": 3, "cuatro": 4,
    "quatre": 4, "cinco": 5, "cinq": 5, "seis": 6, "six": 6, "siete": 7, "sept": 7, "ocho": 8, "huit": 8, "nueve": 9,
    "neuf": 9, "diez": 10, "dix": 10, "once": 11, "onze": 11, "doce": 12, "douze": 12, "trece": 13, "treize": 13,
    "catorce": 14, "quatorze": 14, "quince": 15, "quinze": 15, "dieciséis": 16, "seize": 16, "diecisiete": 17,
    "dix-sept": 17, "dieciocho": 18, "dix-huit": 18, "diecinueve": 19, "dix-neuf": 19, "veinte": 20, "vingt": 20,
    "veintiuno": 21, "veintiún": 21, "vingt et un": 21, "veintidós": 22, "vingt-deux": 22, "veintitrés": 23,
    "vingt-trois": 23, "veinticuatro": 24, "vingt-quatre": 24, "veinticinco": 25, "vingt-cinq": 25,
    "veintiséis": 26, "vingt-six": 26, "veintisiete": 27, "vingt-sept": 27, "veintiocho": 28, "vingt-huit": 28,
    "veintinueve": 29, "vingt-neuf": 29, "treinta": 30, "trente": 30, "treinta y uno": 31, "trente et un": 31,
}  # fmt: skip
_SPELLED = "|".join(sorted(map(re.escape, _SPELLED_UNITS), key=len, reverse=True))
_SPELLED_YEAR = rf"(?:dos mil|deux mille)(?:\s+(?P<yn>{_SPELLED}))?"
_SPELLED_DATE = re.compile(
    rf"\b(?P<d1>{_SPELLED})(?:\s+(?P<link>y|al|a|et|au)\s+(?P<d2>{_SPELLED}))?(?:\s+d[ií]as)?"
    rf"(?P<mid>\s+(?:de(?:l mes de)?\s+)?){_M1}(?:(?P<de>\s+(?:de(?:l)?\s+)?){_SPELLED_YEAR})?\b",
    re.I,
)


def spelled_dates(text: str) -> str:
    """`text` with the days and years it writes in words set in figures ("once y doce de marzo de dos mil diez" ->
    "11 y 12 de marzo de 2010"); text without them comes back as it was."""

    def figures(match: re.Match[str]) -> str:
        day = str(_SPELLED_UNITS[match.group("d1").lower()])
        if match.group("d2"):
            day += f" {match.group('link')} {_SPELLED_UNITS[match.group('d2').lower()]}"
        mid = " de " if "mes" in match.group("mid").lower() else match.group("mid")  # "del mes de mayo"
        out = f"{day}{mid}{match.group('m1')}"
        if match.group("de") is not None:
            units = _SPELLED_UNITS[match.group("yn").lower()] if match.group("yn") else 0
            out += f"{match.group('de')}{2000 + units}"
        return out

    return _SPELLED_DATE.sub(figures, text) if _SPELLED_DATE.search(text) else text
