"""HTML bytes to a `ParsedDocument`: the page's content as blocks, boilerplate left out.

The pages expected are organisations' news, event and publication pages: a header, navigation,
cookie banner and footer around a main column of headings, paragraphs, lists, tables, definition
lists or grids of cards (a `div` per event with a title and a teaser). Removed parts are skipped,
not deleted, so each block's CSS-path locator points into the page as served.

    >>> doc = html_to_document(b"<html lang=en><title>Events</title><main><ul><li>Workshop</li></ul></main>")
    >>> doc.title, doc.language, doc.blocks[0].kind, doc.blocks[0].locator
    ('Events', 'en', 'list_item', 'body > main > ul > li')
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace
from warnings import catch_warnings, simplefilter

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction
from mpdp_pipeline.extractors.blocks import BlockSink
from mpdp_pipeline.extractors.citations import names_in
from mpdp_pipeline.extractors.dates import MONTHS, day_alone, find_dates
from mpdp_pipeline.extractors.language import detect_language
from mpdp_pipeline.extractors.layout import typed_dashes
from mpdp_pipeline.extractors.places import country_of, known_place
from mpdp_pipeline.extractors.publications import names_work_type
from mpdp_pipeline.extractors.structured import embedded_records, structured_records
from mpdp_pipeline.extractors.vocabulary import EVENT_KIND_WORDS, EVENT_TYPE_LINE, RECORD_OF_EVENT

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.decoding import decode_page
from mpdp_pipeline.errors import ParseError
from mpdp_pipeline.schemas import Block, BlockKind, DatePrecision, ParsedDocument

# A <form> holding more than this share of the page's text wraps the whole page (ASP.NET
# WebForms), so it is content, not a search box.
DEFAULT_FORM_CONTENT_SHARE = 0.3
LANGUAGES = ("en", "es", "fr")

ALWAYS_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "iframe",
        "svg",
        "canvas",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "label",
        "object",
        "embed",
        "head",
        "meta",
        "link",
        "title",
    ]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "body",
        "html",
        "caption",
        "center",
    ]
)
BOILERPLATE_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog", "menu"]
)
BOILERPLATE_NAME_RE = re.compile(
    r"(?:^|[-_\s])(?:cookie|cookies|consent|gdpr|skip|breadcrumbs?|pathway|share|sharing|social|navbar|menu|"
    r"site-?header|site-?footer|masthead|newsletter|subscribe|sidebar|pager|pagination"
    # a blog post's readers' comments and the form to add one
    r"|comments|commentlist|comment-?list|respond|comment-?respond|disqus_thread)(?:$|[-_\s])",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s+")
# The permalink a generator sets after a heading ("Title #", "Title ¶"): no part of the heading.
_ANCHOR_MARK = re.compile(r"\s*[#¶§🔗]$")
_BULLET_RE = re.compile(r"^(?:[•●▪■►\-–*]|\d{1,3}[.)])\s+")
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, CData, ProcessingInstruction)


MAX_LINKS_SEEN = 3  # the link a block opens with is among its first few
# A declared language gives way only to text that reads plainly as another: this many stopwords, this share of them.
OVERRULE_MIN_HITS = 15
OVERRULE_MIN_SHARE = 0.75
LINE_BREAK = "\x00"  # stands for a <br> while a paragraph's text is gathered; never left in a block
_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|janv|févr|avr|mai|juin|juil|août|déc)"
    r"[a-zé]*\.?"
)
# A line opening with a date: "February 20, 2019 Agenda", "14 March 2019", "03/14/2019 - Board".
_DATED_LINE = re.compile(
    rf"^\W*(?:\w+day,?\s+)?(?:{_MONTH_WORD}\s+\d{{1,2}}\b|\d{{1,2}}(?:\s+de)?\s+{_MONTH_WORD}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}"
    rf"|{_MONTH_WORD}\s+(?:19|20)\d\d\b)",  # "March 2022 - Chamber of Commerce": a month's line
    re.I,
)
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d-[01]\d-[0-3]\d)")
# The organisation's own postal address, which a page states once in its footer, header or contact box:
# an `<address>`, an element named for it (`id="address"`, hCard `adr`), or a line ending with a postal code.
_ADDRESS_NAME = re.compile(r"(?:^|[-_\s])(?:address|adr|postal-?address|contact-?address)(?:$|[-_\s])", re.I)
_POSTAL_CODE = re.compile(
    r",\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*$"  # "Chicago, IL 60625"
    r"|,\s*[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\s*$"  # "Ottawa, ON K1A 0B1"
    r"|,\s*(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}\s+[A-ZÀ-Ý][\w'’.-]*(?:\s[\w'’.-]+){0,2}"
    r"(?:,\s*[A-ZÀ-Ý][\w'’. -]+)?\s*$"  # "rue X, 75007 Paris, France"
)
MAX_ADDRESS_CHARS = 200
_POSTAL_HINT = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b\d{4,5}\s+[A-ZÀ-Ý]")


# A line struck through (`<del>`, `<s>`, `<strike>`, a `line-through` style) is a record the page withdrew: a
# row or item whose whole text is struck carries this marker, which the schedule rules read as called off.
STRUCK_TAGS = frozenset(["del", "s", "strike"])
CANCELLED_MARK = " (cancelled)"
MAX_RECORD_LINE_WORDS = 25
MAX_VENUE_LINE_WORDS = 10


def _is_struck_tag(tag: Tag) -> bool:
    return tag.name in STRUCK_TAGS or "line-through" in _attr_text(tag, "style").replace(" ", "").lower()


def _replaced_date(parent: Tag, struck: Tag) -> bool:
    """Whether a struck-out date has a date beside it in the same element: the new day that replaced it."""
    if not _date_only(_clean(struck.get_text(" "))):
        return False
    rest = " ".join(s for s in parent.find_all(string=True) if not any(p is struck for p in s.parents) and s.strip())
    return bool(find_dates(rest))


def _date_only(line: str) -> bool:
    """Whether a line is only a date ("December 2011", "2011", "14 March 2019")."""
    dates = find_dates(line)
    return len(dates) == 1 and dates[0].begin <= 1 and dates[0].stop >= len(line.rstrip(" .")) - 1


def _day_label(text: str) -> bool:
    """Whether a short line is a day or days alone, its year perhaps left to a heading ("14 y 15 de marzo", "March
    12", "30 de mayo al 1 de junio", "12 March 2010")."""
    if not text or len(text.split()) > MAX_DAY_LABEL_WORDS or not re.search(r"\d", text):
        return False
    for written in (text, f"{text} 2000", f"{text} de 2000", f"{text}, 2000"):
        dates = find_dates(written)
        if len(dates) == 1 and dates[0].begin <= 1 and dates[0].stop >= len(written.rstrip(" .")) - 1:
            return dates[0].precision == DatePrecision.DAY
    return False


MAX_DAY_LABEL_WORDS = 8


def _time_text(tag: Tag, text: str) -> str:
    """A `<time datetime="2026-06-01T18:00">Jun 1</time>` badge, or an hCalendar `<abbr class="dtstart"
    title="2009-03-12T09:30">March 12, 9:30 AM</abbr>`, with the year its text leaves out: "Jun 1 (2026-06-01)", so
    the date can be read; the text as written stays in front."""
    match = _ISO_DAY.match(_attr_text(tag, "datetime") or (_attr_text(tag, "title") if _microformat_date(tag) else ""))
    if match is None or re.search(r"(?:19|20)\d\d", text) or not re.search(r"\d", text):
        return text  # already dated, or no day at all
    if re.search(r"\d[:.]\d\d|\b[ap]\.?m\b", text, re.I) and not re.search(r"[^\W\d_]{3,}", _TIME_WORDS.sub("", text)):
        return text  # a time of day alone ("18:00", "9:30 AM")
    return f"{text} ({match.group(1)})"


_TIME_WORDS = re.compile(r"\b(?:[ap]\.?m\.?|noon|midnight|[A-Z]{2,4}T)\b", re.I)


def _microformat_date(tag: Tag) -> bool:
    """An hCalendar date: `<abbr class="dtstart" title="2009-03-12T09:30">`."""
    return tag.name == "abbr" and bool({"dtstart", "dtend"} & set(tag.get("class") or []))


def _glued_fields(before: str, after: str) -> bool:
    """Whether two sibling elements' texts would run a word into a number ("Jun" + "12", "2008" + "Report") or a number
    into another (a badge's day "1" + its year "2011"): a date badge or a card's fields set side by side by the page's
    style, never one word."""
    if not before or not after:
        return False
    a, b = before[-1], after[0]
    # (a year split over two elements, "20" + "06", is one number; a day and a whole year are two)
    years = re.match(r"\d{4}\b", after) is not None or re.search(r"\b\d{4}$", before) is not None
    # (and a word into a capitalised one, "Inaugural Council Meeting" + "<span>Theme: ...</span>": two fields)
    capitalised = a.islower() and b.isupper() and after[1:2].islower() and len(before.split()[-1]) >= MIN_GLUED_WORD

    return (a.isalpha() and b.isdigit()) or (a.isdigit() and (b.isalpha() or (b.isdigit() and years))) or capitalised


MIN_GLUED_WORD = 4  # "Meeting" + "Theme: ...", not "Mc" + "Donald"


def css_path(tag: Tag) -> str:
    """A CSS selector for `tag` from the root: `body > main > ul:nth-of-type(2) > li:nth-of-type(3)`."""
    parts = []
    node: Tag | None = tag
    while node is not None and node.name not in ("[document]", "html"):
        parent = node.parent
        part = node.name
        if parent is not None:
            same = [c for c in parent.children if isinstance(c, Tag) and c.name == node.name]
            if len(same) > 1:
                part += f":nth-of-type({next(i for i, c in enumerate(same, 1) if c is node)})"
        parts.append(part)
        node = parent
    return " > ".join(reversed(parts))


# Zero-width characters an editor leaves in text ("Rapport annuel 2019\u200b"): invisible, and no part of a word;
# and the private-use glyphs of icon fonts (an anchor icon after a heading).
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff" + "".join(map(chr, range(0xE000, 0xF900))))


_NOTE_MARK = re.compile(r"\s*(?:\d{1,2}|[*†‡§¶]{1,3}|\[\d{1,2}\]|\(\d{1,2}\))\s*")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ORDINAL_MARK = re.compile(r"er|re|ère|e|ème|st|nd|rd|th|º|ª|o|a", re.I)


def _clean(text: str) -> str:
    return typed_dashes(_SPACE_RE.sub(" ", text.replace("\xa0", " ").translate(_ZERO_WIDTH)).strip())


def _attr_text(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def _visible_chars(tag: Tag) -> int:
    """Characters of text outside scripts and styles, which `get_text` would count."""
    return sum(
        len(s)
        for s in tag.find_all(string=True)
        if not isinstance(s, _SKIPPED_STRINGS) and s.parent is not None and s.parent.name not in ALWAYS_SKIPPED
    )


def _is_hidden(tag: Tag) -> bool:
    style = _attr_text(tag, "style").replace(" ", "").lower()
    hidden = (
        tag.has_attr("hidden")
        or _attr_text(tag, "aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )
    return hidden and not _collapsed_panel(tag) and not _tab_panel(tag)


MIN_RUN_IN_WORDS = 3  # "When:", "Note:" label a field; a run-in head names something
MAX_RUN_IN_WORDS = 16
MIN_RUN_IN_BODY_WORDS = 8


def _run_in_head(tag: Tag) -> tuple[str, Tag] | None:
    """The bold head a paragraph opens with and its element, when a sentence or more follows it: "<strong>Fifth
    Plenary Meeting: Integration Policy.</strong> The Council met in ...". None for a labelled field
    ("<strong>When:</strong> May 15") or a paragraph that is bold throughout."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    if not isinstance(first, Tag) or first.name not in ("strong", "b"):
        return None
    head = _clean(first.get_text(" "))
    rest = _clean(tag.get_text(" "))[len(head) :]
    if not MIN_RUN_IN_WORDS <= len(head.split()) <= MAX_RUN_IN_WORDS:
        return None
    if not (head.endswith((".", ":")) or rest.startswith((".", ":", " –", " —"))):
        return None  # a bold phrase inside the sentence, not a head before it
    if len(rest.split()) < MIN_RUN_IN_BODY_WORDS:
        return None
    return head.rstrip(" .:"), first


MAX_BOLD_HEAD_WORDS = 8
MIN_PROSE_BODY_WORDS = 15
# "... met in Geneva in ...": running prose, not a field, a byline or a list of names
_PROSE_RUN = re.compile(r"\b[a-zà-ÿ]+\s+[a-zà-ÿ]+\s+[a-zà-ÿ]+\b")


def _bold_head_over_prose(tag: Tag, lines: list[str]) -> bool:
    """Whether a paragraph's first `<br>` line is a head all in one unlinked `<strong>`/`<b>` over running prose
    ("<b>Steering Group</b><br>The Steering Group met in Geneva in January ..."): the head titles the prose below
    it as a heading would, and is no part of its first sentence."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    if not isinstance(first, Tag) or first.name not in ("strong", "b") or first.find("a") is not None:
        return False
    if _clean(first.get_text(" ")) != lines[0] or not 1 <= len(lines[0].split()) <= MAX_BOLD_HEAD_WORDS:
        return False
    if re.search(r"(?<!\d)\d{1,2}(?!\d)", lines[0]):
        return False  # "<b>12 y 13 de abril</b><br>Seminario ...": the entry's date, over its title
    body = " ".join(lines[1:])
    return (
        len(body.split()) >= MIN_PROSE_BODY_WORDS
        and body[0].isupper()
        and body.endswith(".")
        and bool(_PROSE_RUN.search(body))
    )


MAX_BOLD_TITLE_WORDS = 20
MAX_WEEKDAY_CHARS = 11  # "Wednesday, " before a date line's day
# "Lugar: ...", "Fecha: ...", "Date: ...", "Venue: ...": a line that opens with a field's label
_LABELLED_LINE = re.compile(
    r"^(?:fechas?|lugar|sede|date|dates|when|where|venue|location|lieu|place|hora|time)\s*:\s*\S", re.I
)


def _bold_line_over_fields(tag: Tag, lines: list[str]) -> bool:
    """Whether a paragraph's first `<br>` line is an entry's title, all of it in one `<strong>`/`<b>`, over a line
    of its labelled fields ("Lugar: Tegucigalpa, Honduras. Fecha: 22 y 23 de abril.") or its date line."""
    # a bullet's picture before the title is no text of it
    first = next(
        (c for c in tag.children if isinstance(c, Tag) and c.get_text(strip=True) or isinstance(c, str) and c.strip()),
        None,
    )
    if isinstance(first, Tag) and first.name == "a" and (inner := first.find(["strong", "b"])) is not None:
        first = inner  # "<a><strong>Title</strong></a>": a linked title set bold inside its link
    if not isinstance(first, Tag) or first.name not in ("strong", "b"):
        return False
    bold = _clean(first.get_text(" "))
    if bold != lines[0] and not (lines[0].startswith(bold) and _TYPE_IN_BRACKETS.fullmatch(lines[0][len(bold) :])):
        return False  # the title in bold, perhaps its type after it in brackets ("**Title** (roundtable)")
    if not 2 <= len(lines[0].split()) <= MAX_BOLD_TITLE_WORDS or lines[0].endswith(":") or find_dates(lines[0]):
        return False
    # "Lugar: ... Fecha: ...", or the entry's date line ("Tuesday, October 5, 2010, 2:00 - 3:00 p.m. EDT · Online"),
    # perhaps after its place ("San Pedro Sula, Honduras, 7-8 February 2006.")
    dates = find_dates(lines[1])
    return (
        bool(_LABELLED_LINE.match(lines[1])) or bool(dates and dates[0].begin <= MAX_WEEKDAY_CHARS) or _placed(lines[1])
    )


MAX_TYPE_LINE_WORDS = 3
_TYPE_IN_BRACKETS = re.compile(r"\s*\((?:[^\W\d]+[\s-]?){1,3}\)\s*")


def _type_label_over_fields(tag: Tag, lines: list[str]) -> bool:
    """Whether a paragraph's first `<br>` line is an event's type alone in bold ("Roundtable", "Policy Briefing"),
    over its labelled fields ("Date: ...", "Location: ...")."""
    first = tag.find(["strong", "b"])
    if first is None or _clean(first.get_text(" ")) != lines[0] or len(lines[0].split()) > MAX_TYPE_LINE_WORDS:
        return False
    kind = EVENT_KIND_WORDS.search(lines[0])
    return bool(kind and kind.end() == len(lines[0].rstrip(" .:")) and _LABELLED_LINE.match(lines[1]))


_POSTED_STAMP = re.compile(
    r"^\W*(?:posted|published|publicado|publi[ée]e?|mis en ligne)(?:\s+(?:on|el|le))?\s*:?\s*", re.I
)


def _posted_headline(tag: Tag, lines: list[str]) -> bool:
    """Whether a cell's `<br>` lines are a news item: the day it was posted, a headline all in bold, its text."""
    if len(lines) < 3 or not (stamp := _POSTED_STAMP.match(lines[0])):
        return False
    if (day := day_alone(lines[0][stamp.end() :])) is None or day.stop < len(lines[0]) - stamp.end() - 1:
        return False
    return any(_clean(b.get_text(" ")) == lines[1] for b in tag.find_all(["b", "strong"]))


def _meeting_named(title: str) -> bool:
    """Whether a bold title over its month names a meeting ("Primera Reunión del GRCM 2008" / "Febrero de 2008"), not
    a work ("Memoria del Seminario ...", "Workshop Report")."""
    kind = EVENT_KIND_WORDS.search(title)
    return kind is not None and not names_work_type(title) and not RECORD_OF_EVENT.search(title)


def _day_then_town(line: str) -> bool:
    """Whether a line is an event's day, then its town ("October 30, 2012, Toronto"), as no work's record is dated."""
    dates = find_dates(line)
    if not dates or dates[0].begin > MAX_WEEKDAY_CHARS or dates[0].precision != DatePrecision.DAY:
        return False
    rest = line[dates[0].stop :].strip(" ,.;–—-")
    return bool(rest) and known_place(rest.split(",")[0].strip()) is not None


def _placed(line: str) -> bool:
    """Whether a line is an event's place, then its date ("San Pedro Sula, Honduras, 7-8 February 2006.")."""
    dates = find_dates(line)
    before = line[: dates[0].begin] if dates else ""
    return bool(before) and _PLACE_BEFORE_DATE.match(before) is not None and not _WEEKDAY_NAME.match(before)


_WEEKDAY_NAME = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    re.I,
)


# "San Pedro Sula, Honduras, ", "Ottawa, Canada - ": a place, then the entry's date
_PLACE_BEFORE_DATE = re.compile(
    r"^(?-i:[A-ZÀ-Ý])[\w.'’ -]{1,30}(?:,\s*(?-i:[A-ZÀ-Ý])[\w.'’ -]{1,30}){0,2}\s*[,–—-]\s*$"
)


def _bold_title(tag: Tag, text: str) -> bool:
    """Whether a paragraph is a heading set in bold over its entry's date field: all its text in one `<strong>`/
    `<b>`, a few words, no label ("<strong>Noticia:</strong>") nor date of its own, and the next element a
    labelled date ("Fecha: 15 de mayo de 2013")."""
    parts = [c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(parts) != 1 or not isinstance(parts[0], Tag) or parts[0].name not in ("strong", "b"):
        return False
    words = len(text.split())
    if not 2 <= words <= MAX_BOLD_TITLE_WORDS or text.endswith(":") or find_dates(text):
        return False
    after = tag.find_next_sibling(True)
    if after is not None and _SECTION_LABEL.match(text) and words <= MAX_SECTION_LABEL_WORDS:
        return True  # "<p><b>New documents</b></p>" over its list: a page without heading tags names its sections so
    if after is None:
        return False
    below = _clean(after.get_text(" "))
    return bool(_DATE_FIELD.match(below)) or _dateline_below(below)


def _dateline_below(text: str) -> bool:
    """ "5 y 6 de marzo — Tegucigalpa, Honduras", "June 3, 2008 - Geneva": a short line that opens with its day."""
    if len(text.split()) > MAX_DATELINE_BELOW_WORDS:
        return False
    dates = find_dates(text)
    return bool(dates and dates[0].begin <= 2) or bool(_DAY_MONTH_LEAD.match(text))


MAX_DATELINE_BELOW_WORDS = 12
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_DAY_MONTH_LEAD = re.compile(
    rf"^(?:\d{{1,2}}(?:\s*(?:[-–]|y|et|and|al|au|to)\s*\d{{1,2}})?\s+(?:de\s+)?(?:{_MONTH_NAMES})\b"
    rf"|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b)",
    re.I,
)


# The name of a page's section of meetings or of works: "Recent meetings and activities", "New documents"
_SECTION_LABEL = re.compile(
    r"^(?:(?:recent|new|latest|past|upcoming|forthcoming)\s+)?(?:meetings|activities|events|documents|publications"
    r"|reports|reuniones|actividades|eventos|documentos|publicaciones|informes|réunions|activités|événements"
    r"|publications)(?:\s+(?:and|y|et)\s+\w+)?$|^(?:(?:nuevas|nuevos|últimas|últimos|próximas|próximos|nouvelles|nouveaux"
    r"|dernières|derniers|prochaines?)\s+)(?:\w+)(?:\s+(?:y|et)\s+\w+)?$",
    re.I,
)
MAX_SECTION_LABEL_WORDS = 5


# "Fecha: 15 de mayo", "Date : 3 mars", "When: May 5": a field that gives an entry's day.
_DATE_FIELD = re.compile(r"^(?:fecha|fechas|date|dates|when|cu[aá]ndo|quand|date et heure|data)\s*:\s*\S", re.I)


def _dated_tab(tag: Tag) -> bool:
    """Whether a button is a tab of a meetings carousel: a full date and a name ("Apr 13 2026" / "Regular Governing
    Board Meeting"), which a reader clicks to open that meeting's papers."""
    text = _clean(tag.get_text(" "))
    dates = find_dates(text)
    return len(dates) == 1 and len(text.split()) >= len(dates[0].text.split()) + 2


def _collapsed_panel(tag: Tag) -> bool:
    """Whether `tag` is an accordion's panel, hidden until its header is clicked: a reader opens it, so what it
    holds is the page's (the archive's years before the latest, "2005 ▸")."""
    header = tag.find_previous_sibling(True)
    if header is None:
        return False
    controls = _attr_text(header, "aria-controls")
    return (bool(controls) and controls == _attr_text(tag, "id")) or _disclosure_heading(header)


def _tab_panel(tag: Tag) -> bool:
    """Whether `tag` is a tab's panel, hidden until its tab is clicked ("Past Events" beside "Upcoming Events"): a
    tab on the page names it, by link (`href="#past"`), `aria-controls` or `data-target`, so it is the page's."""
    panel = _attr_text(tag, "id")
    if not panel:
        return False
    root = tag.find_parent("body") or tag.find_parent(True)
    if root is None:
        return False
    if any(
        root.find(attrs={attr: value}) is not None
        for attr, value in (("href", f"#{panel}"), ("aria-controls", panel), ("data-target", f"#{panel}"))
    ):
        return True
    # a view toggle: "<a href="#List" onclick="showList(this)">List</a>" over `<div id="listView" style="display:none">`
    stem = _VIEW_SUFFIX.sub("", panel).lower()
    if len(stem) < MIN_VIEW_STEM:
        return False
    return any(
        _attr_text(a, "href").lower() == f"#{stem}" or re.search(rf"\bshow_?{stem}\b", _attr_text(a, "onclick"), re.I)
        for a in root.find_all(["a", "button"])
    )


_VIEW_SUFFIX = re.compile(r"[-_]?(?:view|panel|tab|pane|container|content)$", re.I)
MIN_VIEW_STEM = 3


_TYPE_CLASS = re.compile(r"^(?:label|type|badge|tag|format)[-_](?P<name>[a-z][a-z-]+)$")
MAX_TYPE_LABEL_WORDS = 4


def _type_badge(tag: Tag) -> str | None:
    """The publication type a tile shows only as a picture or a styled badge: `<img alt="Report">`, an empty
    `<span class="label label-policy-brief">` -> "Policy Brief"; None unless it names a type."""
    from mpdp_pipeline.extractors.publications import PublicationType, publication_type_of

    if tag.name == "img":
        names = [_attr_text(tag, "alt").strip()]
    elif not tag.get_text(strip=True):
        names = [
            m.group("name").replace("-", " ").replace("_", " ").title()
            for c in tag.get("class") or []
            if (m := _TYPE_CLASS.match(c.lower()))
        ]
    else:
        return None
    for name in names:
        short = len(name.split()) <= MAX_TYPE_LABEL_WORDS and not re.search(r"\d", name)  # no cover's caption
        if name and short and publication_type_of(name) != PublicationType.OTHER:
            return name
    return None


MIN_PILLS = 3
MAX_PILL_WORDS = 4
_PILL_TAGS = frozenset({"span", "small", "em", "b", "strong", "i"})
MAX_BADGE_PART = 12  # "09", "SEP", "2026", "Saturday": a date badge's boxes hold a word or a number each
_DISCLOSED = ["table", "ul", "ol", "dl"]
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _disclosure_heading(tag: Tag) -> bool:
    """Whether `tag` is an accordion's header: a `<button>` or `<summary>` whose short text names a year and
    which opens a panel of records (a table or list), as in an archive grouped by year ("2007", "Meetings in
    2009"). It titles the panel like a heading, and lends its year to the panel's year-less dates."""
    if tag.name not in ("button", "summary"):
        return False
    text = " ".join(tag.get_text(" ").split())
    if not text or len(text) > 60 or not _YEAR_RE.search(text):
        return False
    if tag.name == "summary":
        details = tag.parent
        return isinstance(details, Tag) and details.name == "details" and details.find(_DISCLOSED) is not None
    panel = tag.find_next_sibling(True)
    return panel is not None and (panel.name in _DISCLOSED or panel.find(_DISCLOSED) is not None)


# The classes CMS themes of the time gave a page's or an item's title set as a plain element (Joomla's
# `<td class="contentheading">`, `<div class="componentheading">`, Drupal's `<div class="page-title">`).
_HEADING_CLASS = re.compile(r"^(?:component|content|page|article|item)[-_]?(?:heading|title)$", re.I)
MAX_CLASSED_HEADING_WORDS = 25


def _classed_heading(tag: Tag) -> bool:
    """Whether `tag` is a title the theme set by its class, not by a heading tag: a short text holding no block."""
    if tag.name not in ("div", "td", "th", "span", "p") or not any(
        _HEADING_CLASS.match(c) for c in tag.get("class") or ()
    ):
        return False
    words = len(tag.get_text(" ").split())
    return (
        0 < words <= MAX_CLASSED_HEADING_WORDS and tag.find(["p", "div", "ul", "ol", "table", "br", *HEADINGS]) is None
    )


# A layout's wrapper says what sits beside it, not what it is: "container with-sidebar", "has-share-bar".
_LAYOUT_TOKEN = re.compile(r"^(?:with|has|no|without)[-_]", re.I)


def _named_boilerplate(tag: Tag) -> bool:
    """Whether the element's id or one of its classes names boilerplate ("sidebar", "site-footer")."""
    tokens = [_attr_text(tag, "id"), *(tag.get("class") or [])]
    return any(BOILERPLATE_NAME_RE.search(t) for t in tokens if t and not _LAYOUT_TOKEN.match(t))


_SIDEBAR_NAME = re.compile(r"side-?bar|aside|widget", re.I)
_EVENTS_BOX_HEADING = re.compile(
    r"^\W*(?:(?:upcoming|past|recent|forthcoming|next|related)\s+)?(?:events?|meetings?)\b"
    r"|^\W*(?:pr[oó]ximos?\s+)?eventos?\b|^\W*eventos\s+relacionados\b|^\W*[ée]v[ée]nements\s+(?:associés|liés)\b"
    r"|^\W*(?:(?:prochains|[àa] venir)\s+)?[ée]v[ée]nements\b|^\W*(?:pr[oó]ximas\s+)?reuniones\b",
    re.I,
)


def _names_of(tag: Tag) -> str:
    return " ".join([_attr_text(tag, "id"), *(tag.get("class") or [])])


# "Related publications" beside an event or a project: the body's own works on the subject, which it lists there
# and perhaps nowhere else on the page (a repeat of a main-content title is merged with it downstream).
_RELATED_LEAD = re.compile(r"^\W*(?:related|see also|véase también|voir aussi|lire aussi|relacionad[oa]s?)\W*$", re.I)
_RELATED_WORKS_HEADING = re.compile(
    r"^\W*(?:related|featured|recent|latest|new)\s+(?:publications|research|reports|reading|resources)\b"
    r"|^\W*publicaciones\s+(?:relacionadas|recientes)\b|^\W*(?:[úu]ltimas|nuevas)\s+publicaciones\b"
    r"|^\W*documentos\s+destacados\b|^\W*publications\s+(?:associées|liées|récentes)\b"
    r"|^\W*(?:dernières|nouvelles)\s+publications\b"
    # "Publications", "Documentos y publicaciones de la CRM": a box of the body's own works
    r"|^\W*(?:(?:documentos|documents)\s+(?:y|and|et)\s+)?(?:publications|publicaciones|informes|reports)"
    r"(?:\s+(?:de la|del|de|of the|of|des|du|de l['’])\s*[\w'’]+)?\W*$",
    re.I,
)


# A section of people, not of activities: "NCIIP Staff", "Our team", "Nuestro equipo", "L'équipe". Their bios date
# appointments and degrees, and their names sit where a card's byline would.
_PEOPLE_HEADING = re.compile(
    r"^\W*(?:(?:our|the|[A-Z]{2,8})\s+)?(?:staff|team|people|experts?|contacts?|personnel)\W*$"
    r"|^\W*(?:nuestro\s+)?(?:equipo|personal)(?:\s+t[ée]cnico)?\W*$|^\W*(?:l['’]\s*)?[ée]quipe\W*$",
    re.I,
)


def _people_section(tag: Tag) -> bool:
    """Whether a section opens with a heading naming people ("NCIIP Staff") and holds their bios."""
    if tag.name not in ("section", "div"):
        return False
    first = next((c for c in tag.children if isinstance(c, Tag)), None)
    return first is not None and first.name in HEADINGS and bool(_PEOPLE_HEADING.match(_clean(first.get_text(" "))))


def _events_box(tag: Tag) -> bool:
    """Whether a sidebar box is headed as a list of events ("Upcoming events", "Próximos eventos") or of the
    body's works on the page's subject ("Related publications")."""
    heading = tag.find(list(HEADINGS))
    text = _clean(heading.get_text(" ")) if heading is not None else ""
    if not text and tag.name == "aside" and tag.find_parent("article") is not None:
        # "<aside><strong>Related:</strong> MPI's fact sheet <em>Title</em> (February 2011) ...</aside>": an
        # article's own pull-out box, led by its label instead of a heading
        lead = tag.find(["strong", "b"])
        return lead is not None and bool(_RELATED_LEAD.match(_clean(lead.get_text(" "))))
    return bool(text) and bool(_EVENTS_BOX_HEADING.match(text) or _RELATED_WORKS_HEADING.match(text))


def _dated_menu(tag: Tag) -> bool:
    """Whether a menu's items are days, most of them: a drop-down of a body's meeting dates, each linking its
    papers, lists the meetings; a menu of pages does not."""
    if tag.name not in ("ul", "ol") or not (_attr_text(tag, "role").lower() == "menu" or _named_boilerplate(tag)):
        return False
    items = [_clean(li.get_text(" ")) for li in tag.find_all("li", recursive=False)]
    dated = [t for t in items if len(t) <= MAX_MENU_DATE_CHARS and any(find_dates(t))]
    return len(dated) >= MIN_MENU_DATES and len(dated) >= 0.8 * len(items)


MIN_MENU_DATES = 3
MAX_MENU_DATE_CHARS = 40  # "10 de agosto de 2018", "Thursday, March 5, 2015 (minutes)"


def _title_header(tag: Tag) -> bool:
    """Whether a page's `<header>` holds only its title: one `h1` that is no link, and no menu, list, form or link."""
    h1 = tag.find_all("h1")
    return (
        len(h1) == 1 and h1[0].find("a") is None and tag.find(["nav", "ul", "ol", "form", "img", "a", "button"]) is None
    )


def _holds_its_article(tag: Tag) -> bool:
    """Whether a region named like a sidebar holds most of the article or main part around it: a CMS's layout
    column ("block-region-centerright sidebar") that carries the page's own text, not a box beside it."""
    around = tag.find_parent(["article", "main"])
    return around is not None and _visible_chars(tag) >= 0.5 * max(_visible_chars(around), 1)


def soup_to_skipped(soup: BeautifulSoup, body: Tag) -> set[int]:
    """Ids of the elements that are boilerplate: navigation, banners, footers, forms, hidden parts."""
    skipped: set[int] = set()
    body_chars = max(_visible_chars(body), 1)
    for tag in body.find_all(True):
        name = tag.name
        boxes = tag.find_all(["div", "section"], recursive=False) if name == "aside" else []
        if name == "aside" and not _is_hidden(tag) and len(boxes) > 1:
            events = [box for box in boxes if _events_box(box)]
            if events:
                # "Most Read" over an "Upcoming Event" box: the event box is the body's, the rest furniture
                skipped.update(id(box) for box in boxes if box not in events)
                continue
        if name == "aside" and _events_box(tag) and not _is_hidden(tag):
            continue  # a sidebar of "Upcoming events": the body's own meetings, whatever box they sit in
        if name == "label" and tag.find_parent(["td", "th"]) is not None:
            continue  # "<td><label>Meeting Date:</label></td><td>Jun 2 2021</td>": a details table's field name
        if name == "button" and _dated_tab(tag):
            continue  # "<button role=tab><span>Apr 13 2026</span><span>Regular Board Meeting</span>": a meeting's tab
        if (name in ALWAYS_SKIPPED and not _disclosure_heading(tag)) or _is_hidden(tag) or _people_section(tag):
            skipped.add(id(tag))
        elif name in ("header", "footer"):
            # An article's own header holds its title; only the page's header and footer go. A page header that
            # is only the page's own title ("<h1>Seminars</h1>" and a line under it, no menu, no logo link) is its
            # content's heading.
            if tag.find_parent(["article", "main"]) is None and not (name == "header" and _title_header(tag)):
                skipped.add(id(tag))
        elif name == "form":
            if _visible_chars(tag) < DEFAULT_FORM_CONTENT_SHARE * body_chars:
                skipped.add(id(tag))
        elif _dated_menu(tag):
            continue  # a picker of meeting dates ("Fecha de sesión" over "10 de agosto de 2018", ...): the records
        elif _attr_text(tag, "role").lower() in BOILERPLATE_ROLES or (
            name not in ("main", "article", "body")
            and _named_boilerplate(tag)
            and _visible_chars(tag) < 0.5 * body_chars  # never drop the page's main wrapper
            and not (_SIDEBAR_NAME.search(_names_of(tag)) and _events_box(tag))
            and not _holds_its_article(tag)
        ):
            skipped.add(id(tag))
    return skipped


MIN_ITALIC_WORDS = 2  # a phrase, not a word stressed ("<em>not</em>") or a foreign term
MAX_ITALICS = 8


def _italics(tag: Tag) -> tuple[str, ...]:
    """The phrases `tag` sets in italics, in order: the titles of works its prose names."""
    phrases = (_clean(i.get_text(" ")) for i in tag.find_all(["em", "i", "cite"], limit=MAX_ITALICS))
    return tuple(p for p in phrases if len(p.split()) >= MIN_ITALIC_WORDS)


@dataclass(kw_only=True)
class _Walker(BlockSink):
    """Walks the DOM in document order, emitting one block per heading, paragraph, item or row."""

    skipped: set[int]
    keep_lines: bool = False  # `<br>` as LINE_BREAK rather than a space, while a paragraph is read
    # a table's linked titles over their descriptions, by (row, column), while the table is read
    cell_titles: dict[tuple[int, int], str] = field(default_factory=dict)

    def struck(self, tag: Tag) -> bool:
        """Whether every visible string of `tag` sits inside a struck-through element (the tag's own included)."""
        seen = False
        for string in tag.find_all(string=True):
            if isinstance(string, _SKIPPED_STRINGS) or not string.strip():
                continue
            seen = True
            node = string.parent
            while isinstance(node, Tag) and not _is_struck_tag(node):
                if node is tag:
                    return False
                node = node.parent
            if not isinstance(node, Tag):
                return False
        return seen or _is_struck_tag(tag)

    def emit(self, kind: str, text: str, tag: Tag, **extra: object) -> None:
        text = _clean(text)
        if text:
            extra.setdefault("link", self.opening_link(tag, text))
            if kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                extra.setdefault("emphasis", _italics(tag))
            self.append_block(kind, text, page=None, locator=css_path(tag), **extra)

    def opening_link(self, tag: Tag, text: str) -> str | None:
        """The address of the link `text` opens with, among `tag`'s links: a listed title's file or page."""
        anchors = [tag] if tag.name == "a" else tag.find_all("a", href=True, limit=MAX_LINKS_SEEN)
        for anchor in anchors:
            if id(anchor) in self.skipped:
                continue
            words = _clean(anchor.get_text(" "))
            href = _attr_text(anchor, "href").strip()
            if len(words) >= 3 and href and text.startswith(words):
                return href
        return None

    def inline_text(self, tag: Tag, stop: frozenset[str] = frozenset()) -> str:
        """The text of `tag` without skipped parts; `<br>` counts as a space; `stop` tags are left out."""
        parts: list[str] = []
        after_tag = False  # the last part was an element's text: a string glued to it may be another field
        for child in tag.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _SKIPPED_STRINGS):
                    if after_tag and parts and parts[-1][-1:].islower() and str(child)[:1].isupper():
                        parts.append(" ")  # "<span>Journal Article</span>Alexandrou, D.": two fields; "<b>2</b>nd" one
                    parts.append(str(child))
                    after_tag = False
            elif isinstance(child, Tag) and id(child) not in self.skipped and child.name not in stop:
                if child.name == "br":
                    parts.append(LINE_BREAK if self.keep_lines else " ")
                elif child.name == "time" or _microformat_date(child):
                    parts.append(_time_text(child, self.inline_text(child, stop)))
                elif _is_struck_tag(child) and _replaced_date(tag, child):
                    continue  # "<s>15-16/08/2012</s><br>6-7/09/2012": the day it was moved from, struck out
                else:
                    text = self.inline_text(child, stop)
                    if (
                        child.name == "sup"
                        and _NOTE_MARK.fullmatch(text)
                        and parts
                        and parts[-1].rstrip()[-1:].isalpha()
                    ):
                        continue  # "Groupe de pilotage<sup>3</sup>": a note's marker, no part of the name
                    if child.name == "sup" and text.strip().isdigit() and not "".join(parts).strip():
                        # "<p><sup>2</sup> Réunion organisée par ...</p>": a note at the foot, marked as print marks it
                        parts.append(text.strip().translate(_SUPERSCRIPT))
                        after_tag = True
                        continue
                    ordinal = child.name == "sup" and _ORDINAL_MARK.fullmatch(text.strip())  # "1<sup>er</sup>"
                    if parts and _glued_fields(parts[-1], text) and not ordinal:
                        parts.append(" ")  # a badge's "Jun" and "12" in two spans are two words
                    parts.append(f" {text} " if child.name in BLOCK_TAGS else text)
                    after_tag = True
        return "".join(parts)

    def cell_text(self, cell: Tag) -> str:
        """A cell's text; its lines that label a venue ("<br><em>Lugar:</em> Managua") set apart as fields."""
        if cell.find("br") is None:
            return _clean(self.inline_text(cell))
        self.keep_lines = True
        try:
            lines = [line for part in self.inline_text(cell).split(LINE_BREAK) if (line := _clean(part))]
        finally:
            self.keep_lines = False
        # (and a line that is only a town, "San Salvador, El Salvador", under the linked name of its meeting: the
        # venue, then the description below it)
        venues = {
            i
            for i, line in enumerate(lines)
            if i
            and (
                _VENUE_FIELD.match(line)
                # (a town between the name and more lines: "Name<br>Town" alone reads as before)
                or (0 < i < len(lines) - 1 and len(line.split()) <= MAX_TOWN_LINE_WORDS and country_of(line))
                # (and a dateline between the name and its description: "March 6, 2012 · Washington, DC")
                or (0 < i < len(lines) - 1 and _dateline_below(line))
            )
        }
        return "".join(
            (" · " if i in venues or i - 1 in venues else " " if i else "") + line for i, line in enumerate(lines)
        )

    def linked_title(self, cell: Tag) -> str | None:
        """A cell's linked or bold title over its description ("<a>Title</a><br><span>Summary of the
        presentations.</span>", "<strong>Title</strong><br>Coedición CRM - OPS."): the title, which a "Title"
        column names alone."""
        if cell.find("br") is None or (link := cell.find("a") or cell.find(["strong", "b"])) is None:
            return None
        self.keep_lines = True
        try:
            lines = [line for part in self.inline_text(cell).split(LINE_BREAK) if (line := _clean(part))]
        finally:
            self.keep_lines = False
        if (
            len(lines) >= 2
            and _clean(link.get_text(" ")) == lines[0]
            and len(lines[0].split()) >= MIN_LINKED_TITLE_WORDS
            and all(line.endswith(".") and len(line.split()) >= MIN_DESCRIPTION_WORDS for line in lines[1:])
        ):
            return lines[0]
        return None

    def labelled_field(self, tag: Tag) -> str | None:
        """A box of a label ("Date de publication :") and a box of its values, as one "Label : value; value" line."""
        children = [c for c in tag.children if isinstance(c, Tag) or (isinstance(c, str) and c.strip())]
        if len(children) != 2 or not all(isinstance(c, Tag) and id(c) not in self.skipped for c in children):
            return None
        label, values = children
        name = _clean(self.inline_text(label)).rstrip()
        if not name.endswith(":") or len(name.split()) > MAX_FIELD_LABEL_WORDS or label.find(list(BLOCK_TAGS)):
            return None
        items = [c for c in values.find_all(recursive=False) if isinstance(c, Tag)] or [values]
        texts = [t for item in items if (t := _clean(self.inline_text(item)))]
        if not texts or sum(len(t.split()) for t in texts) > MAX_FIELD_VALUE_WORDS:
            return None
        return f"{name} {'; '.join(texts)}"

    def preformatted(self, tag: Tag) -> None:
        """A `<pre>` block, line by line, as a plain-text page sets its records one to a line; a bulleted item ("- ",
        "* ") goes on over the lines below it up to the next item or a blank line. Under a header ruled off by dashes
        ("DATE   REUNION   LIEU" / "-----  -------  ----"), a table whose columns the dashes mark, to the next blank
        line; a row whose first column is empty goes on with the row above (a wrapped cell)."""
        lines = [line.rstrip() for line in tag.get_text().splitlines()]
        table: tuple[list[int], tuple[str, ...]] | None = None
        rows: list[list[str]] = []
        item: list[str] = []

        def close() -> None:
            for cells in rows:
                self.emit(BlockKind.TABLE_ROW.value, " | ".join(cells), tag, cells=tuple(cells), header=table[1])
            rows.clear()
            if item:
                text = " ".join(item)
                if marker := _PRE_ITEM.match(text):  # "- Atelier sur ...": a list's item, its marker left out
                    self.emit(BlockKind.LIST_ITEM.value, text[marker.end() - 1 :], tag)
                elif _PRE_HEADING.fullmatch(text):  # "3. PUBLICATIONS": a typed page's section heading, in capitals
                    self.emit(BlockKind.HEADING.value, text, tag)
                else:
                    self.emit(BlockKind.PARAGRAPH.value, text, tag)
                item.clear()

        for i, line in enumerate(lines):
            if not line.strip():
                close()
                table = None
                continue
            if _RULE_LINE.fullmatch(line) and not _FULL_RULE_LINE.fullmatch(line):
                close()
                if table is not None or not (i and lines[i - 1].strip()):
                    table = None  # the rule closing the table
                    continue
                starts = [m.start() for m in re.finditer(r"[-=]{2,}", line)]
                table = (starts, _fixed_columns(lines[i - 1], starts))
                continue
            if _FULL_RULE_LINE.fullmatch(line) or (
                table is None and i + 1 < len(lines) and _column_rule_below(lines, i)
            ):
                continue  # a rule, and the header a column rule rules off (each row carries it)
            if table is not None:
                cells = list(_fixed_columns(line, table[0]))
                if rows and not cells[0]:
                    rows[-1] = [" ".join(x for x in (a, b) if x) for a, b in zip(rows[-1], cells, strict=True)]
                else:
                    rows.append(cells)
                continue
            if _PRE_ITEM.match(line) or not item:
                close()
                item.append(_clean(line))
                if not _PRE_ITEM.match(line):
                    close()  # a line of its own: a record, one to a line
            else:
                item.append(_clean(line))
        close()

    def lines_of(self, tag: Tag) -> list[str]:
        """The lines of `tag`: each of its paragraphs' lines set apart by `<br>`, or its own."""
        parts = [p for p in tag.find_all(["p", "div"], recursive=False) if id(p) not in self.skipped] or [tag]
        self.keep_lines = True
        try:
            texts = [self.inline_text(part) for part in parts]
        finally:
            self.keep_lines = False
        lines = [line for text in texts for part in text.split(LINE_BREAK) if (line := _clean(part))]
        return [line for line in lines if not _RECORD_STAMP.match(line)]

    def walk(self, tag: Tag) -> None:
        name = tag.name
        if id(tag) in self.skipped:
            return
        if (work := _microdata_work(tag)) is not None:
            # `<div itemscope itemtype="http://schema.org/Article">`: the page says what the card is; its name, date
            # and authors as one card line, whatever the dates in its teaser
            self.emit(BlockKind.PARAGRAPH.value, work, tag)
            return
        if name in HEADINGS or _disclosure_heading(tag) or _classed_heading(tag):
            self.emit(BlockKind.HEADING.value, _ANCHOR_MARK.sub("", _clean(self.inline_text(tag))), tag)
        elif name == "pre":
            self.preformatted(tag)
        elif name in ("p", "blockquote", "figcaption", "address", "summary", "caption") and not tag.find(
            ["ul", "ol", "table", "dl", "p", "div"] + list(HEADINGS)
        ):
            self.paragraph(tag)
        elif name == "li" and tag.find(["div", "p", "table", "section", "article", *HEADINGS]) is None:
            # A talk's abstract folded in `<details>` is read apart, as a nested list is: the item is its line.
            nested = frozenset({"ul", "ol", "table", "dl", "details"})
            self.keep_lines = True
            try:
                lines = [_clean(p) for p in self.inline_text(tag, stop=nested).split(LINE_BREAK) if _clean(p)]
            finally:
                self.keep_lines = False
            if _meta_led(tag, lines):
                # "Report · September 2011<br><a>Title</a><br>By A and B": a card's fields, read as a card's lines
                for line in lines:
                    self.emit(BlockKind.PARAGRAPH.value, line, tag)
                for child in tag.find_all(list(nested), recursive=False):
                    self.walk(child)
                return
            if typed := _typed_link_item(tag):
                self.emit(BlockKind.LIST_ITEM.value, typed, tag)
                return
            # "<a>Title</a><br>Publisher · Released: March 2009": the linked title over its meta line, kept apart
            joint = (
                " · "
                if 2 <= len(lines) <= 4
                and (
                    # the link perhaps set bold ("<strong><a>Title</a></strong><br>Prepared by ... May 2007.")
                    (_linked_title(tag) == lines[0] or _linked_title_line(tag, lines[0]))
                    and (_META_LINE.search(lines[1]) or _dated_meta(lines[0], lines[1]))
                    or _cited_title(tag) == lines[0]
                )
                else " "
            )
            if joint == " " and _names_over_set_apart_title(tag, lines):
                # "A. Hackenberg, K. Worthmann<br><b>Title</b><br><i>Journal</i>, 69(8) (2021)": a reference's fields
                # one per line, their stops left out; each line closes as a field of a citation would
                text = _BULLET_RE.sub("", " ".join(line if line[-1] in ".?!:" else line + "." for line in lines))
            else:
                text = _BULLET_RE.sub("", joint.join(lines))
            if text and self.struck(tag):
                text += CANCELLED_MARK  # "<li><del>Workshop ..., 6 May</del></li>": withdrawn
            self.emit(BlockKind.LIST_ITEM.value, _quoted_title(tag, text), tag)
            for child in tag.find_all(list(nested), recursive=False):
                self.walk(child)
        elif name == "table" and (tag.find("table") is None or _wrapped_cells(tag) or _only_pagers_nested(tag)):
            self.table(tag)
        elif name == "dl":
            self.definition_list(tag)
        else:
            self.container(tag)

    def paragraph(self, tag: Tag) -> None:
        """A paragraph, or one block per line where its `<br>` lines are dated records (a year's meetings)."""
        self.keep_lines = True
        try:
            text = self.inline_text(tag)
        finally:
            self.keep_lines = False
        lines = [line for line in (_clean(part) for part in text.split(LINE_BREAK)) if line]
        mark = CANCELLED_MARK if lines and self.struck(tag) else ""
        anchors = [a for a in tag.find_all("a", href=True, recursive=False) if id(a) not in self.skipped]
        if len(lines) >= 2 and lines == [_clean(a.get_text(" ")) for a in anchors]:
            # "<a>Report 2021</a><br><a>Report 2018</a>": a list of links set apart by line breaks, a block each
            for anchor, line in zip(anchors, lines, strict=True):
                self.emit(BlockKind.PARAGRAPH.value, line + mark, anchor)
            return
        if len(lines) == 1 and _bold_title(tag, lines[0]):
            # "<p><strong>Seminario Educación Preescolar</strong></p>" over "Fecha: 15 de mayo de 2013": a page
            # without heading tags sets its headings in bold paragraphs
            self.emit(BlockKind.HEADING.value, lines[0] + mark, tag)
            return
        if len(lines) >= 2 and _type_label_over_fields(tag, lines):
            # "<strong>Roundtable</strong><br><strong>Date:</strong> March 4, 2010<br><strong>Location:</strong> ...":
            # a post's type label and its fields under the post's title, each a line of the card
            for line in lines:
                self.emit(BlockKind.PARAGRAPH.value, line + mark, tag)
            return
        if (
            len(lines) >= 2
            and _bold_line_over_fields(tag, lines)
            and (not _record_lines(lines) or _placed(lines[1]) or _day_then_town(lines[1]) or _meeting_named(lines[0]))
        ):
            # "<strong>Taller regional ...</strong><br>Lugar: Tegucigalpa, Honduras. Fecha: 22 y 23 de abril.<br>
            # Note": the bold line titles the entry as a heading would, the labelled fields below it are its own
            self.emit(BlockKind.HEADING.value, lines[0] + mark, tag)
            for line in lines[1:]:
                self.emit(BlockKind.PARAGRAPH.value, line + mark, tag)
            return
        if len(lines) == 1 and (run_in := _run_in_head(tag)) is not None:
            # "<p><strong>Fifth Plenary Meeting: X.</strong> Meeting in Lisbon on ...</p>": the head titles its
            # paragraph as a heading would; its locator, inside the paragraph's, says whose head it is.
            head, strong = run_in
            self.emit(BlockKind.HEADING.value, head, strong)
            self.emit(
                BlockKind.PARAGRAPH.value, lines[0][len(_clean(strong.get_text(" "))) :].lstrip(" .:–—") + mark, tag
            )
            return
        if len(lines) == 1 and (typed := _typed_file_link(tag, _content_parts(tag))):
            self.emit(BlockKind.PARAGRAPH.value, typed + mark, tag)  # "<a>Title</a> — Workshop report, May 2008 (PDF)"
            return
        if fields := _linked_record(tag, lines):
            # "<b><a>Title.</a> A and B. (September 2002)</b><br>[DLF]<br>Abstract": the title, its byline, the rest
            for line in fields:
                self.emit(BlockKind.PARAGRAPH.value, line + mark, tag)
            return
        if sum(bool(_DATED_LINE.match(line)) for line in lines) >= 2 or _record_lines(lines) or _meta_led(tag, lines):
            # a year's meetings one per line, or one record's fields ("Title<br>A and B<br>December 2011")
            for line in lines:
                self.emit(BlockKind.PARAGRAPH.value, line + mark, tag)
        elif fields := _title_over_meta(tag, lines):
            self.card_lines(lines, fields, tag, mark)
        elif 2 <= len(lines) <= 4 and _cited_title(tag) == lines[0]:
            # "<cite>Title</cite><br>A and B. Genève : CIG, mars.": the work's title over its record, set apart
            self.emit(BlockKind.PARAGRAPH.value, " · ".join(lines) + mark, tag)
        elif 2 <= len(lines) <= 4 and _linked_title_line(tag, lines[0]) and _closes_on_date(lines[0]):
            # "<b><a>UK data gaps: Inclusive Data Action Plan, 19 March 2018</a></b><br>This is our first report ...":
            # the linked title with its day, over its summary
            for line in lines:
                self.emit(BlockKind.PARAGRAPH.value, line + mark, tag)
        elif 2 <= len(lines) <= 4 and _linked_title_line(tag, lines[0]) and _imprint_line(lines[1]):
            # "<b><a>Title</a></b><br>Secrétariat des IGC, septembre 2006. 96 pages. (PDF, 1,1 Mo)": the linked title
            # over the line of who issued it and when, set apart as a card's fields
            self.emit(BlockKind.PARAGRAPH.value, " · ".join(lines) + mark, tag)
        elif len(lines) >= 2 and _bold_head_over_prose(tag, lines):
            # "<p><b>Steering Group</b><br>The Steering Group met in Geneva ...</p>": a page without heading tags
            # heads its sections in bold lines
            self.emit(BlockKind.HEADING.value, lines[0] + mark, tag)
            self.emit(BlockKind.PARAGRAPH.value, " ".join(lines[1:]) + mark, tag)
        else:
            self.emit(BlockKind.PARAGRAPH.value, _quoted_title(tag, text.replace(LINE_BREAK, " ")) + mark, tag)

    def card_lines(self, lines: list[str], fields: int, tag: Tag, mark: str = "") -> None:
        """A card's first `fields` lines ("Title", "Report · September 2010", "By A and B") as one line, its
        fields set apart; the teaser and the notes after them as paragraphs of their own."""
        self.emit(BlockKind.PARAGRAPH.value, " · ".join(lines[:fields]) + mark, tag)
        for line in lines[fields:]:
            self.emit(BlockKind.PARAGRAPH.value, line + mark, tag)

    def container(self, tag: Tag) -> None:
        """Inline runs directly inside a `div` (a card's teaser) become paragraphs; blocks recurse."""
        if badge := self.date_badge(tag):
            self.emit(BlockKind.PARAGRAPH.value, badge, tag)
            return
        if pills := self.pill_row(tag):
            self.emit(BlockKind.PARAGRAPH.value, pills, tag)
            return
        if links := _link_list(tag, self.skipped):
            # "<div class=list-links><a>Title</a> <a>Title</a> ...</div>": links a style sets one per line
            for link in links:
                self.emit(BlockKind.PARAGRAPH.value, _clean(self.inline_text(link)), link)
            return
        if _lone_cell(tag) and tag.find("br") is not None and tag.find(list(BLOCK_TAGS)) is None:
            # "<td><a>Title</a><br>Report · June 2010<br>By A and B</td>", a layout's one cell in its row: a card
            self.keep_lines = True
            try:
                lines = [line for part in self.inline_text(tag).split(LINE_BREAK) if (line := _clean(part))]
            finally:
                self.keep_lines = False
            if _posted_headline(tag, lines):
                # "Posted: 10/12/2007" / "<b>Regional Workshop ... — Santo Domingo, 4-5/12/2007</b>" / its text: a news
                # item's stamp, headline and body, as a news page sets them apart
                self.emit(BlockKind.PARAGRAPH.value, lines[0], tag)
                self.emit(BlockKind.HEADING.value, lines[1], tag)
                self.emit(BlockKind.PARAGRAPH.value, " ".join(lines[2:]), tag)
                return
            if fields := _title_over_meta(tag, lines):
                self.card_lines(lines, fields, tag)
                return
            if _bold_line_over_fields(tag, lines):
                self.paragraph(tag)  # "<b>Title</b><br>Tuesday, October 5, 2010 ...": the entry's title over its date
                return
            if 2 <= len(lines) <= 4 and _linked_title_line(tag, lines[0]) and _imprint_line(lines[1]):
                # "<b><a>Title</a></b><br>Secrétariat des IGC, novembre 2005. 412 pages.<br>Édition révisée ...": the
                # linked title over its imprint and notes, a card's fields
                self.emit(BlockKind.PARAGRAPH.value, " · ".join(lines), tag)
                return
        if field := self.labelled_field(tag):
            # Drupal's "<div class=field-label>Auteur(s) :</div><div class=field-items><div>A</div><div>B</div></div>":
            # one record's field, its label and its values on one line
            self.emit(BlockKind.PARAGRAPH.value, field, tag)
            return
        buffer: list[str] = []
        fields: list[tuple[Tag, str]] = []  # the run's elements, while no loose text sits between them

        children = [c for c in tag.children if isinstance(c, Tag) or (isinstance(c, str) and c.strip())]
        if (
            len(children) == 2
            and isinstance(children[0], Tag)
            and children[0].name not in BLOCK_TAGS
            and children[1].name == "p"
            and children[1].find(list(BLOCK_TAGS)) is None
            and _day_label(day := _clean(self.inline_text(children[0])))
        ):
            # "<div class=item><span class=fecha>14 y 15 de marzo</span> <p>Reunión del GRCM, Guatemala.</p></div>": a
            # timeline's item, its day beside its text, one line
            self.emit(BlockKind.PARAGRAPH.value, f"{day} – {_clean(self.inline_text(children[1]))}", tag)
            return

        def flush() -> None:
            only_fields = len(fields) == len([b for b in buffer if b.strip()])
            if only_fields and _bylined_fields(fields):
                # "<span><a>Title</a></span> <span>by A and B</span> <span>November 2012</span> <span>Imprint</span>":
                # a work's fields, a line each, as a card's lines are
                for child, text in fields:
                    self.emit(BlockKind.PARAGRAPH.value, _clean(text), child)
            else:
                text = (_fields_line(fields) or _label_and_date(fields)) if only_fields else None
                self.emit(BlockKind.PARAGRAPH.value, text or "".join(buffer), tag)
            buffer.clear()
            fields.clear()

        for child in tag.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _SKIPPED_STRINGS):
                    buffer.append(str(child))
            elif isinstance(child, Tag) and id(child) not in self.skipped:
                if badge := _type_badge(child):
                    flush()
                    self.emit(BlockKind.PARAGRAPH.value, badge, child)
                elif (
                    child.name in BLOCK_TAGS
                    or child.name == "button"  # a meeting's tab among its siblings (`_dated_tab`)
                    or _disclosure_heading(child)
                    or child.find(list(BLOCK_TAGS)) is not None
                ):
                    flush()
                    self.walk(child)
                elif child.name == "br":
                    buffer.append(" ")
                elif child.name == "time" or _microformat_date(child):
                    buffer.append(text := _time_text(child, self.inline_text(child)))
                    fields.append((child, text))
                else:
                    text = self.inline_text(child)
                    if buffer and _glued_fields(buffer[-1], text):
                        buffer.append(" ")  # a badge's "Jun" and "12" in two spans are two words
                    buffer.append(text)
                    fields.append((child, text))
        flush()

    def pill_row(self, tag: Tag) -> str | None:
        """A card's row of pills, one field each (`<span>Ciencia política</span><span>2025</span><span>DT-2025-01
        </span>`): one meta line with its fields set apart, "Ciencia política · 2025 · DT-2025-01", so that the
        year stays a field of its own; None for any other element."""
        parts = [c for c in tag.children if isinstance(c, Tag) and id(c) not in self.skipped]
        if len(parts) < MIN_PILLS or any(c.name not in _PILL_TAGS or c.find(True) is not None for c in parts):
            return None
        if any(isinstance(c, NavigableString) and str(c).strip() for c in tag.children):
            return None
        texts = [_clean(c.get_text(" ")) for c in parts]
        if not all(0 < len(t.split()) <= MAX_PILL_WORDS for t in texts) or not any(
            _YEAR_RE.fullmatch(t) for t in texts
        ):
            return None
        return " · ".join(texts)

    def date_badge(self, tag: Tag) -> str | None:
        """A date set as a badge of stacked boxes (`<div>09</div><div>SEP</div>`, `<div>2026</div><div>APR</div>`):
        one line, "09 SEP", so the day and month are read together; None for any other element."""
        parts = [c for c in tag.children if isinstance(c, Tag) and id(c) not in self.skipped]
        if not 2 <= len(parts) <= 4 or any(c.find(list(BLOCK_TAGS)) is not None for c in parts):
            return None
        if any(isinstance(c, NavigableString) and str(c).strip() for c in tag.children):
            return None
        texts = [_clean(c.get_text(" ")) for c in parts]
        if not all(0 < len(t) <= MAX_BADGE_PART for t in texts):
            return None
        words = [w.strip(".,").lower() for t in texts for w in t.split()]
        months = sum(w in MONTHS for w in words)
        numbers = sum(w.isdigit() and (len(w) <= 2 or _YEAR_RE.fullmatch(w) is not None) for w in words)
        others = len(words) - months - numbers  # a weekday may sit in the badge too ("SAT")
        return " ".join(texts) if months == 1 and 1 <= numbers <= 2 and others <= 1 else None

    def table(self, tag: Tag) -> None:
        """One table_row per row after the header row (the thead's, else the first of two or more); a table that
        lays out the page (`_layout_table`) is read as the page's parts instead."""
        rows = [r for r in tag.find_all("tr") if id(r) not in self.skipped and r.find_parent("table") is tag]
        if _layout_table(rows):
            for row, after in zip(rows, [*rows[1:], None], strict=True):
                cells = row.find_all(["td", "th"], recursive=False)
                if after is not None and _title_row(cells, after):
                    # "<tr><td>POSMOL 2017</td></tr>" over a row of its paragraphs: the title of what follows
                    self.emit(BlockKind.HEADING.value, self.inline_text(cells[0]), cells[0])
                    continue
                for cell in cells:
                    if len(cell.find_all("br")) == 1 and cell.find(list(BLOCK_TAGS)) is None:
                        self.paragraph(cell)  # "Title<br>Katz, M., ... 2020, Journal": its two lines may be fields
                    else:
                        self.container(cell)
            return
        if notes := _dated_notes(rows):
            # a "What's New" table: the day each note went up beside the note, which tells its meetings' own days
            for day, dated, cell in notes:
                self.emit(BlockKind.PARAGRAPH.value, day, dated, header=("Posted",))
                self.emit(BlockKind.PARAGRAPH.value, _clean(self.inline_text(cell)), cell)
            return
        if items := _news_grid(rows) or _news_list_view(rows):
            # a news list set in a table: each row an item posted on its day, its headline over its teaser
            for day, dated, column, cell, headline, body in items:
                # the day keeps its column's name ("Posted"): when the item went up, not its event's day
                self.emit(BlockKind.PARAGRAPH.value, day, dated, header=(column,))
                self.emit(BlockKind.HEADING.value, headline, cell)
                self.emit(BlockKind.PARAGRAPH.value, body, cell)
            return
        cards = _badged_cards(rows)
        if cards and all(len(lines := self.lines_of(c)) >= 2 and _bold_line_over_fields(c, lines) for c in cards):
            # "NOV<br>28" beside "<a><strong>Title</strong></a><br>Wednesday, November 28, 2012 | 9:30 AM<br>Venue":
            # an e-mail newsletter's events, each a date badge beside its card; the card says it all
            for card in cards:
                title, *fields = self.lines_of(card)
                self.emit(BlockKind.HEADING.value, title, card)
                for line in fields:
                    self.emit(BlockKind.PARAGRAPH.value, line, card)
            return
        if _card_column(rows):
            for row in rows:
                for cell in row.find_all(["td", "th"], recursive=False):
                    if _element_card(cell):
                        self.container(cell)  # its fields, each a block, as a card's elements are read anywhere
                    else:
                        self.paragraph(cell)
            return
        grid = self.grid(rows)
        # A table of one row lays out one record (a date cell beside its event): no header over it.
        first = rows[0] if len(rows) > 1 and not _data_row(rows[0], grid[0]) and not _label_column(rows) else None
        header_row = next((r for r in rows if r.find_parent("thead") is not None), first)
        header: tuple[str, ...] = grid[rows.index(header_row)] if header_row is not None else ()
        caption = tag.find("caption")
        if caption is not None:
            self.emit(BlockKind.PARAGRAPH.value, self.inline_text(caption), caption)
        if header_row is not None and _dated_banner(header):
            # "martes 14 de julio del 2026" across the whole head: the day of the rows under it, no column names
            self.emit(BlockKind.HEADING.value, " ".join(c for c in header if c), header_row)
            header = ()
        for at, (row, cells) in enumerate(zip(rows, grid, strict=True)):
            if row is header_row:
                continue
            if year := _year_row(cells, grid[at + 1] if at + 1 < len(grid) else ()):
                # "2013 | | All commence at 8 p.m." over "03 January | Planning Committee": the year of the rows under
                # it, as a heading over them would give it
                self.emit(BlockKind.HEADING.value, year, row)
                continue
            cells = tuple(
                self.cell_titles.get((id(row), i), c) if i < len(header) and _TITLE_COLUMN.match(header[i]) else c
                for i, c in enumerate(cells)
            )
            if any(cells) and self.struck(row):
                # a struck-out row ("<del>28</del> | <del>Workshop ...</del>"): the marker on its last field
                last = max(i for i, c in enumerate(cells) if c)
                cells = tuple(c + CANCELLED_MARK if i == last else c for i, c in enumerate(cells))
            filled = [c for c in cells if c]
            if filled and not (len(filled) == 1 and row.find("table") is not None and _PAGER.fullmatch(filled[0])):
                # (not a grid's pager, "1 2 3 Next" in one cell across the row)
                self.emit(BlockKind.TABLE_ROW.value, " | ".join(cells), row, cells=cells, header=header)

    def grid(self, rows: list[Tag]) -> list[tuple[str, ...]]:
        """The rows' cell texts, each in its column: a cell spanning rows ("2019" beside its three meetings) is
        repeated in each of them, one spanning columns is followed by empty cells, so that every row lines up
        with the header."""
        above: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still spans)
        grid = []
        self.cell_titles = {}
        for row in rows:
            cells: list[str] = []
            for cell in row.find_all(["td", "th"], recursive=False):
                _carry_down(above, cells)
                text = self.cell_text(cell)
                if title := self.linked_title(cell):
                    self.cell_titles[(id(row), len(cells))] = title
                if (down := _span(cell, "rowspan")) > 1:
                    above[len(cells)] = (text, down - 1)
                cells.append(text)
                cells.extend([""] * (_span(cell, "colspan") - 1))
            _carry_down(above, cells)
            grid.append(tuple(cells))
        return grid

    def definition_list(self, tag: Tag) -> None:
        """Each term with its definitions as one list item: "Date: 20 October 2015". A list of one event's fields
        ("Date:", "Time:", "Location:") gives its card's lines, paragraphs as a card's `<p>`s would be."""
        term: Tag | None = None
        definitions: list[str] = []
        terms = [_clean(t.get_text(" ")) for t in tag.find_all("dt") if t.find_parent("dl") is tag]
        kind = BlockKind.PARAGRAPH if len(terms) >= 2 and all(map(_FIELD_TERM.match, terms)) else BlockKind.LIST_ITEM

        def flush() -> None:
            if term is None:
                return
            text = _titled_byline(term, _clean(self.inline_text(term)).rstrip(" :"))
            named = [d for d in definitions if d]
            if card_lines and not named and not EVENT_TYPE_LINE.match(card_lines[0]):
                # a search result's linked title over its lines: a work's card, each line a block of the record
                for line in [text, *card_lines]:
                    self.emit(BlockKind.PARAGRAPH.value, line, term)
                return
            named = named or [" · ".join(card_lines)]  # an event's: one line, as its title and meta line are read
            # "Data Working Group" over "The Hague, 7 April": the body, then where and when it meets
            dashed = kind == BlockKind.LIST_ITEM and not _FIELD_TERM.match(text) and not find_dates(text)
            if kind == BlockKind.LIST_ITEM and len(named) >= 2 and _record_fields(named):
                # "<dt>Title</dt><dd>Rapport</dd><dd>Auteur : X</dd><dd>Genève : CIG</dd><dd>Parution : juin</dd>": one
                # work's record, its fields set apart
                self.emit(kind.value, " · ".join([text, *named]), term)
                return
            dated_links = [dd for dd in linked if find_dates(_clean(self.inline_text(dd)))]
            if (
                kind == BlockKind.LIST_ITEM
                and len(dated_links) >= 2
                and len(dated_links) >= len(named) - 2  # perhaps a note and a "more" link under the items
                and not find_dates(text)
            ):
                # a portlet's "<dt>Recent meetings</dt>" over "<dd><a>Title</a> 27.03.2012 — Geneva</dd>"s: the
                # box's name, over dated items that each name themselves
                self.emit(BlockKind.HEADING.value, text, term)
                for dd, definition in zip(tags, definitions, strict=True):
                    if definition:
                        self.emit(kind.value, definition, dd)
                return
            if kind == BlockKind.LIST_ITEM and len(named) >= 2:
                for definition in named:  # "5-6 décembre" over a Mini-Full Round and a Steering Group: two items
                    joint = " — " if dashed and (_PLACE_DATE.match(definition) or find_dates(definition)) else ": "
                    self.emit(kind.value, f"{text}{joint}{definition}", term)
                return
            joined = "; ".join(named)
            # A linked term is a work's or an event's title, and its definition the lines of its card
            # ("Report · January 2012", "By A and B"), not the value of a field the term names.
            joiner = " · " if _linked_whole(term) else " — " if dashed and _PLACE_DATE.match(joined) else ": "
            self.emit(kind.value, f"{text}{joiner}{joined}" if joined else text, term)

        linked: list[Tag] = []  # the term's definitions that open on a link of their own
        card_lines: list[str] = []  # the lines of a linked term's card, when its definition sets them apart
        tags: list[Tag] = []  # the element of each definition

        for child in tag.find_all(["dt", "dd"]):
            if id(child) in self.skipped or child.find_parent("dl") is not tag:
                continue
            if child.name == "dt":
                flush()
                term, definitions, linked, card_lines, tags = child, [], [], [], []
            elif term is None:
                self.emit(BlockKind.PARAGRAPH.value, self.inline_text(child), child)
            elif items := [li for li in child.find_all("li") if li.find_parent(["dd"]) is child]:
                # "<dd><ul><li>Geneva, 17 March</li><li>Ottawa, 4-5 October</li></ul>": a meeting each
                for li in items:
                    text = _clean(self.inline_text(li))
                    definitions.append(text + CANCELLED_MARK if text and self.struck(li) else text)
                    tags.append(li)
            elif _linked_whole(term) and (lines := self.lines_of(child)) and len(lines) >= 2:
                # a search result's "<dt><a>Title</a></dt><dd><p>Policy Brief, September 2010<br>Author: X<br>
                # teaser</p><p>Publication - editor - 09/28/2010</p></dd>": the lines of the title's card
                card_lines += lines
            else:
                # "<small>Inscriptions closes le 31 mars.</small>": the small print of a definition is a note on it
                text = _clean(self.inline_text(child, stop=frozenset({"small"})))
                link = child.find("a")
                if text and link is not None and text.startswith(_clean(link.get_text(" "))[:20]):
                    linked.append(child)
                if link is not None and text.startswith(name := _clean(link.get_text(" "))):
                    rest = text[len(name) :].strip()
                    found = find_dates(rest) if rest and len(name.split()) >= MIN_LINKED_TITLE_WORDS else []
                    if len(found) == 1 and found[0].begin == 0 and found[0].stop == len(rest):
                        text = f"{name} · {rest}"  # a portlet's "<a>Title</a> <span>September 2012</span>": two fields
                spans = [t for sp in child.find_all("span") if (t := _clean(sp.get_text(" ")))]
                if spans and find_dates(spans[-1]) and text.endswith(spans[-1]) and " · " not in text:
                    name = text[: -len(spans[-1])].strip(" ,–—-")
                    # "<a><span>Mini-Full Round</span><span class=details>15-16 November 2012, Geneva</span></a>"
                    text = f"{name} · {spans[-1]}" if name else text
                definitions.append(text + CANCELLED_MARK if text and self.struck(child) else text)
                tags.append(child)
        flush()


MAX_FIELD_LABEL_WORDS = 4
_VENUE_FIELD = re.compile(r"^\W*(?:lugar|sede|venue|location|place|lieu|where)\s?:\s", re.I)
MAX_TOWN_LINE_WORDS = 5
MIN_LINKED_TITLE_WORDS = 3
MIN_DESCRIPTION_WORDS = 4
# A column of works' titles: "Title", "Publication", "Document", "Titre", "Título".
_TITLE_COLUMN = re.compile(
    r"^\W*(?:title|publication|document|report|titre|t[íi]tulo|publicaci[óo]n|documento)s?\W*$", re.I
)
MAX_FIELD_VALUE_WORDS = 40
# A CMS's bookkeeping under a search result or a node: "Publication - webeditor - 09/28/2010 - 09:02" (its type,
# who saved it, when), which dates the record's saving, not the work or the meeting.
_RECORD_STAMP = re.compile(r"^[A-Z][\w ]{1,30}\s-\s[\w.@-]+\s-\s\d{1,2}/\d{1,2}/\d{2,4}\s-\s\d{1,2}:\d\d\b")
_LABELLED_FIELD = re.compile(r"^[A-Za-zÀ-ÿ() ]{2,30}?\s?:\s+\S")  # "Auteur : X", "Parution : juin"
MIN_RECORD_FIELDS = 2


def _record_fields(definitions: list[str]) -> bool:
    """Whether a term's definitions are the labelled fields of one record (two at least), not a list of the term's
    meetings or of its values."""
    labelled = sum(bool(_LABELLED_FIELD.match(d)) for d in definitions)
    return labelled >= MIN_RECORD_FIELDS and not any(_PLACE_DATE.match(d) for d in definitions)


# "The Hague, 7 April", "Ottawa, 4-5 October 2011": a definition that is a place and a date
_PLACE_DATE = re.compile(
    r"^[A-ZÀ-Ý][^,:;]{1,40},\s*[0-3]?\d\b|^[A-ZÀ-Ý][^,:;]{1,40},\s*(?:[A-Z][a-z]+\.?\s+[0-3]?\d)\b"
)


def _linked_whole(tag: Tag) -> bool:
    """Whether all of a tag's text is one link's."""
    link = tag.find("a")
    return link is not None and _clean(link.get_text(" ")) == _clean(tag.get_text(" "))


# The terms of one event's fields: "Date:", "Time:", "Location:", "Speakers:", "Lugar:", "Intervenants :".
_FIELD_TERM = re.compile(
    r"^\W*(?:dates?|time|hours?|when|where|venue|location|place|address|speakers?|panel(?:ists)?|moderators?"
    r"|contact|cost|fee|registration|language|type|format|fechas?|hora|horario|lugar|sede|ponentes?|modalidad"
    r"|idioma|heures?|lieu|intervenants?|langue)\W*:?$",
    re.I,
)
MAX_LAYOUT_ROWS = 3
MAX_HEADED_LAYOUT_ROWS = 8  # a frame of a header, a menu bar, the page's columns and a footer
MIN_LAYOUT_CELL_BLOCKS = 4  # a data table's cell holds a value, or a few lines; a page's column holds its content
MIN_LAYOUT_CELL_WORDS = 150
_CELL_BLOCKS = ["p", "ul", "ol", "table", "blockquote", *HEADINGS]


MAX_TITLE_ROW_WORDS = 10


_LABEL_CLASS = re.compile(r"label|type|kicker|section|category|tag", re.I)
# The schema.org types of a work a card may declare in microdata.
_MICRODATA_WORKS = frozenset({"Article", "ScholarlyArticle", "Report", "Book", "Chapter", "CreativeWork", "Thesis"})
# Types a news item shares with a work: a work only with its authors (a news page's items name none).
_AUTHORED_WORKS = frozenset({"Article", "CreativeWork"})


def _microdata_work(tag: Tag) -> str | None:
    """A card that declares itself a work in microdata, as one line of its fields: "Title · Report · November 3,
    2008 · By A and B" (its type from its label or its schema.org type); None for any other element."""
    kind = _attr_text(tag, "itemtype").rstrip("/").rsplit("/", 1)[-1]
    if not tag.has_attr("itemscope") or kind not in _MICRODATA_WORKS:
        return None

    def props(name: str) -> list[Tag]:
        # its own properties, not those of an item nested in it (an author's Person keeps its name)
        return [
            p
            for p in tag.find_all(attrs={"itemprop": re.compile(rf"(?:^|\s){name}(?:\s|$)")})
            if p.find_parent(attrs={"itemscope": True}) is tag or p.parent is tag
        ]

    title = next((t for p in props("headline") + props("name") if (t := _clean(p.get_text(" ")))), "")
    if not title:
        return None
    when = next((w for p in props("datePublished") + props("dateCreated") if (w := _microdata_date(p))), "")
    authors = [a for p in props("author") + props("editor") if (a := _clean(p.get_text(" ")))]
    if kind in _AUTHORED_WORKS and not authors:
        return None
    byline = (
        "By " + (", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else authors[0]) if authors else ""
    )
    # a label that names the work's type ("Report", "Policy Brief"), not its section ("Feature", "Spotlight")
    shown = next((x for c in tag.find_all(class_=_LABEL_CLASS) if (x := _clean(c.get_text(" ")))), "")
    label = shown or kind  # the label the card shows says its type before the schema.org type does
    if not names_work_type(label):
        label = ""
    publisher = next((t for p in props("publisher") if (t := _clean(p.get_text(" ")))), "")
    published = f"Published by {publisher}" if publisher else ""
    return " · ".join(x for x in (title, label, str(when), published, byline) if x)


_ISO_PARTS = re.compile(r"^(?P<y>(?:19|20)\d\d)(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")


def _microdata_date(prop: Tag) -> str:
    """A date property as a page would write it, from its machine-readable value ("2010-05" -> "May 2010"), else
    its text."""
    value = _attr_text(prop, "datetime") or _attr_text(prop, "content")
    if (iso := _ISO_PARTS.match(value)) and (not iso.group("m") or 1 <= int(iso.group("m")) <= 12):
        month = datetime.date(2000, int(iso.group("m")), 1).strftime("%B") if iso.group("m") else ""
        day = f" {int(iso.group('d'))}," if iso.group("d") else ""
        machine = f"{month}{day} {iso.group('y')}".strip()
        if prop.name == "meta" and prop.parent is not None and (known := find_dates(machine)):
            # `<meta itemprop="datePublished" content="2012-03-14">March 2012`: a reader sees the month beside it
            shown = find_dates(_clean(prop.parent.get_text(" ")))
            return next((d.text for d in shown if d.start <= known[0].start <= d.end), machine)
        return machine
    return _clean(prop.get_text(" "))


def _lone_cell(tag: Tag) -> bool:
    """Whether `tag` is a table cell with no other cell of its row holding text."""
    row = tag.parent
    if tag.name not in ("td", "th") or row is None:
        return False
    return not any(c is not tag and c.get_text(strip=True) for c in row.find_all(["td", "th"], recursive=False))


MAX_HEADER_CELL_WORDS = 20  # a column is named in a few words; a longer cell is a record's


def _data_row(row: Tag, cells: tuple[str, ...]) -> bool:
    """Whether a table's first row, with no `<th>`, is its first record: a cell holds more words than a
    column's name has ("Making Room for Temporary Workers ... By A and B. Seasonal worker schemes ...")."""
    if row.find("th") is None and len(cells) == 2 and cells[0].rstrip().endswith(":") and cells[1].strip():
        return True  # "Fecha: | 22/06/2010": the first of a record's labelled fields, no column's name
    return row.find("th") is None and any(len(c.split()) > MAX_HEADER_CELL_WORDS for c in cells)


_PAGER = re.compile(
    r"^[\s\d.…|<>«»,-]*(?:(?:next|previous|prev|siguiente|anterior|suivant|précédent|first|last|primera|última)"
    r"[\s\d.…|<>«»,-]*)*$",
    re.I,
)


def _only_pagers_nested(tag: Tag) -> bool:
    """Whether the tables inside a table are only its pager ("1 2 3 Next", an ASP.NET grid's last row)."""
    return all(_PAGER.fullmatch(inner.get_text(" ", strip=True)) for inner in tag.find_all("table"))


def _label_column(rows: list[Tag]) -> bool:
    """Whether a table's header is its first column: every row a `<th>` label beside its values ("Author: | Kostova,
    Ana", "Publisher: | Washington, DC : MPI, 2013"), as a catalogue's record sets its fields; no row names columns."""
    for row in rows:
        cells = row.find_all(["td", "th"], recursive=False)
        if len(cells) < 2 or cells[0].name != "th" or any(c.name != "td" for c in cells[1:]):
            return False
    return True


def _title_row(cells: list[Tag], after: Tag) -> bool:
    """Whether a layout table's row is a title over the next row's paragraphs: its one short cell holds no block,
    the next row's one cell holds paragraphs."""
    texts = [c for c in cells if c.get_text(strip=True)]
    below = [c for c in after.find_all(["td", "th"], recursive=False) if c.get_text(strip=True)]
    return (
        len(texts) == 1
        and len(below) == 1
        and texts[0].find(_CELL_BLOCKS) is None
        and 0 < len(texts[0].get_text(" ").split()) <= MAX_TITLE_ROW_WORDS
        and not _LABELLED_LINE.match(_clean(texts[0].get_text(" ")))  # "Fecha: marzo 2009": a field of the entry
        and below[0].find(["p", "ul", "ol", "table", "br"]) is not None  # paragraphs, or a card's lines
    )


MIN_WRAPPED_ROWS = 3


def _wrapped_cells(tag: Tag) -> bool:
    """Whether the only tables inside a table wrap one cell's content in a row of their own (a SharePoint list
    view's title cell: the item's link beside its menu icon), so that it is still a data table of rows."""
    rows = [r for r in tag.find_all("tr") if r.find_parent("table") is tag]

    def wraps_a_cell(inner: Tag) -> bool:
        # one row, in a cell beside the record's other fields (not a banner across the table, nor a whole row)
        cell = inner.find_parent(["td", "th"])
        row = cell.find_parent("tr") if cell is not None else None
        fields = row.find_all(["td", "th"], recursive=False) if row is not None else []
        return len(inner.find_all("tr")) == 1 and len(fields) >= MIN_WRAPPED_ROWS

    return len(rows) >= MIN_WRAPPED_ROWS and all(wraps_a_cell(t) for t in tag.find_all("table"))


MAX_COLUMN_NAME_WORDS = 4


def _named_columns(rows: list[Tag]) -> bool:
    """Whether a table's first row names its columns in `<th>`s of a few words, and no cell below holds a block of
    its own (a paragraph, a list, a table): a data table."""
    head = rows[0].find_all(["td", "th"], recursive=False)
    if len(head) < 2 or any(c.name != "th" for c in head):
        return False
    if any(len(c.get_text(" ").split()) > MAX_COLUMN_NAME_WORDS for c in head):
        return False
    return len(rows) > 1 and not any(
        c.find(["p", "div", "ul", "ol", "table", *HEADINGS]) for r in rows[1:] for c in r.find_all(["td", "th"])
    )


MANY_LAYOUT_CELL_BLOCKS = 8  # paragraphs and lists in one cell: a page's column, never a record's field


def _layout_table(rows: list[Tag]) -> bool:
    """Whether a table lays out a page (a row or two of columns holding its paragraphs, lists and headings), not
    data: its cells are read as the page's parts, not as one row's fields."""
    if not rows:
        return False
    if _named_columns(rows):
        return False  # "Title | Type | Published" over its rows: a listing's data, however long a title's cell runs
    cells = [c for r in rows for c in r.find_all(["td", "th"], recursive=False)]
    one_text = all(
        sum(bool(c.get_text(strip=True)) for c in r.find_all(["td", "th"], recursive=False)) <= 1 for r in rows
    )
    if one_text and any(c.find(_CELL_BLOCKS) is not None for c in cells):
        return True  # one column whose cells hold paragraphs (a title row over its details row): a layout, any length
    if len(rows) <= MAX_HEADED_LAYOUT_ROWS and any(
        len(c.find_all(_CELL_BLOCKS, limit=MIN_LAYOUT_CELL_BLOCKS)) >= MIN_LAYOUT_CELL_BLOCKS
        and c.find(list(HEADINGS))
        # (or a content column of many paragraphs styled as its headings: "<p style='font:bold 20px'>")
        or len(c.find_all(_CELL_BLOCKS, limit=MANY_LAYOUT_CELL_BLOCKS)) >= MANY_LAYOUT_CELL_BLOCKS
        for c in cells
    ):
        return True  # a page's frame (header, menu, a content column under its headings, footer): its parts
    if len(rows) > MAX_LAYOUT_ROWS:
        return False
    if all(sum(bool(c.get_text(strip=True)) for c in r.find_all(["td", "th"], recursive=False)) == 1 for r in rows):
        return True  # a cover image beside its book's citation: one text in each row is no record of fields
    return any(
        len(c.find_all(_CELL_BLOCKS, limit=MIN_LAYOUT_CELL_BLOCKS)) >= MIN_LAYOUT_CELL_BLOCKS
        or len(c.get_text(" ").split()) >= MIN_LAYOUT_CELL_WORDS
        for c in cells
    )


def _news_grid(rows: list[Tag]) -> list[NewsRow] | None:
    """A table that lays out a news list (an ASP.NET grid of "Posted | Announcement"): every data row a cell that is
    only its posting day beside a cell whose headline (`<span class="newstitle">`, a link, bold) is set over its
    teaser by a `<br>`. Each row as (day, its cell, its column's name, the teaser's cell, headline, teaser); None for
    any other table."""
    items = []
    for row in rows:
        cells = [c for c in row.find_all(["td", "th"], recursive=False) if c.get_text(strip=True)]
        if row.find("td") is None and items == []:
            continue  # the header row
        if len(cells) != 2 or not _date_only(day := _clean(cells[0].get_text(" "))):
            return None
        head = next((c for c in cells[1].children if not (isinstance(c, str) and not c.strip())), None)
        after = head.find_next_sibling() if isinstance(head, Tag) else None
        if after is None or after.name != "br" or head.name not in _HEADLINE_TAGS:
            return None
        full, headline = _clean(cells[1].get_text(" ")), _clean(head.get_text(" "))
        body = full[len(headline) :].strip() if full.startswith(headline) else ""
        if len(body.split()) < MIN_TEASER_WORDS:
            return None
        items.append((day, cells[0], "", cells[1], headline, body))
    if len(items) < MIN_NEWS_ROWS:
        return None
    column = _clean(rows[0].find(["th", "td"]).get_text(" ")) if rows[0].find("td") is None else ""
    return [(day, dated, column or "Posted", *rest) for day, dated, _, *rest in items]


MIN_NOTE_WORDS = 12


def _dated_notes(rows: list[Tag]) -> list[tuple[str, Tag, Tag]] | None:
    """A table of dated notes ("4 June 2008 | Full Round of Consultations, Berlin, 27-28 May 2008. Hosted by ..."):
    every row a cell that is only a day beside a note of a sentence or more, most notes giving dates of their own; the
    day is when the note went up. Each row as (day, its cell, the note's cell); None for any other table."""
    notes, dated = [], 0
    for row in rows:
        cells = [c for c in row.find_all(["td", "th"], recursive=False) if c.get_text(strip=True)]
        if len(cells) != 2 or not _date_only(day := _clean(cells[0].get_text(" "))):
            return None
        note = _clean(cells[1].get_text(" "))
        if len(note.split()) < MIN_NOTE_WORDS:
            return None
        posted = find_dates(day)
        dated += any(posted and d.start != posted[0].start for d in find_dates(note))
        notes.append((day, cells[0], cells[1]))
    return notes if len(notes) >= MIN_NEWS_ROWS and 2 * dated >= len(notes) else None


def _news_list_view(rows: list[Tag]) -> list[NewsRow] | None:
    """A news list set as a table with named columns (SharePoint's "Titre | Corps | Publié le", "Title | Summary |
    Date posted"): a column of headlines, one of teasers in prose, and one of the days they were posted, named so.
    Each row as (day, its cell, its column's name, the teaser's cell, headline, teaser); None for any other table."""
    names = [_clean(c.get_text(" ")) for c in rows[0].find_all(["th", "td"], recursive=False)] if rows else []
    if not rows or rows[0].find("td") is not None:
        return None
    posted = next((i for i, n in enumerate(names) if _POSTED_COLUMN.match(n)), None)
    if posted is None or any(_TYPE_COLUMN.match(n) for n in names):
        return None  # (a "Type" column: a catalogue's listing of works, "Title | Type | Published")
    items = []
    for row in rows[1:]:
        cells = row.find_all(["td", "th"], recursive=False)
        if len(cells) != len(names):
            continue  # a pager's row, a group's caption row
        texts = [_clean(c.get_text(" ")) for c in cells]
        if not _date_only(texts[posted]):
            return None
        others = [i for i in range(len(cells)) if i != posted and texts[i]]
        lengths = [len(texts[i].split()) for i in others]
        if len(others) != 2 or min(lengths) > MAX_HEADLINE_WORDS or max(lengths) < MIN_TEASER_WORDS:
            return None
        head, body = sorted(others, key=lambda i: len(texts[i].split()))
        items.append((texts[posted], cells[posted], names[posted], cells[body], texts[head], texts[body]))
    return items if len(items) >= MIN_NEWS_ROWS else None


NewsRow = tuple[str, Tag, str, Tag, str, str]
_TYPE_COLUMN = re.compile(r"^(?:(?:document\s+)?type|tipo(?:\s+de\s+documento)?|format|formato|genre)$", re.I)
# The column of the days a list's items went up: "Posted", "Date posted", "Publié le", "Fecha de publicación".
_POSTED_COLUMN = re.compile(
    r"^(?:(?:date\s+)?(?:posted|published)(?:\s+on)?|publi[ée]e?\s+le|mis\s+en\s+ligne(?:\s+le)?"
    r"|date\s+de\s+(?:publication|mise\s+en\s+ligne)|fecha\s+de\s+publicaci[óo]n|publicad[oa](?:\s+el)?)$",
    re.I,
)
MAX_HEADLINE_WORDS = 25


_HEADLINE_TAGS = frozenset({"span", "a", "strong", "b", "em"})
MIN_TEASER_WORDS = 5
MIN_NEWS_ROWS = 2


def _card_column(rows: list[Tag]) -> bool:
    """Whether a table is one column of cards: every row one cell with text, each set in `<br>` lines (a type and date
    line over a linked title, a byline, a teaser), as newsletters lay out their lists; each cell is read as the
    paragraph it is."""
    texts = [[c for c in r.find_all(["td", "th"], recursive=False) if c.get_text(strip=True)] for r in rows]
    texts = [t for t in texts if t]  # a spacer row, or a cover image's cell, holds no text
    cells = [c for t in texts for c in t]
    return (
        len(texts) >= 2
        and len(cells) == len(texts)
        and all((len(c.find_all("br")) >= 2 or _element_card(c)) and c.find("a") is not None for c in cells)
    )


MIN_CARD_ELEMENTS = 2
MAX_BADGE_WORDS = 3


def _badged_cards(rows: list[Tag]) -> list[Tag]:
    """The cards of a table whose rows each set a short date badge ("NOV 28", "Jun 1") beside a card of `<br>`
    lines (whose bold title over its date line the caller checks); [] for any other table."""
    cards = []
    for row in rows:
        cells = [c for c in row.find_all(["td", "th"], recursive=False) if c.get_text(strip=True)]
        if not cells:
            continue
        if len(cells) != 2 or len(_clean(cells[0].get_text(" ")).split()) > MAX_BADGE_WORDS:
            return []
        badge, card = cells
        if not re.search(r"\d", badge.get_text()) or card.find("br") is None:
            return []
        cards.append(card)
    return cards if len(cards) >= MIN_BADGED_CARDS else []


MIN_BADGED_CARDS = 2


def _element_card(cell: Tag) -> bool:
    """Whether a cell sets a card as elements of its own, one field each ("<div class=pubitem><span>WORKING
    PAPER</span><div><a>Title</a></div><div>A and B</div><div>November 2008</div></div>", a GridView's row)."""
    return len(cell.find_all(list(BLOCK_TAGS))) >= MIN_CARD_ELEMENTS


def _fields_line(fields: list[tuple[Tag, str]]) -> str | None:
    """A card's fields set side by side as elements, "<a>Title</a> <span class=type>Policy Brief</span> <span
    class=date>June 2009</span>", as one line of fields: "Title · Policy Brief · June 2009". None for any other run
    (a sentence's link, a badge's "Jun" and "12")."""
    texts = [_clean(t) for _, t in fields]
    if len(fields) < 3 or fields[0][0].name != "a" or not all(texts):
        return None
    rest = texts[1:]
    typed = any(names_work_type(t) and len(t.split()) <= MAX_TYPE_LABEL_WORDS for t in rest)
    dated = any(find_dates(t) or _YEAR_RE.fullmatch(t) for t in rest)
    return " · ".join(texts) if typed and dated and all(len(t.split()) <= MAX_TYPE_LABEL_WORDS for t in rest) else None


_BYLINE_FIELD = re.compile(r"^(?:by|por|par|edited by|editado por|sous la direction de)\s+[A-ZÀ-Ý]", re.I)


def _bylined_fields(fields: list[tuple[Tag, str]]) -> bool:
    """Whether a run of elements is a work's fields: its linked title first, then a byline ("by A and B") and a
    date among the others, each field short."""
    texts = [_clean(t) for _, t in fields]
    if len(fields) < 3 or not all(texts):
        return False
    first = fields[0][0]
    link = first if first.name == "a" else first.find("a")
    if link is None or _clean(link.get_text(" ")) != texts[0]:
        return False
    rest = texts[1:]
    return (
        any(_BYLINE_FIELD.match(t) for t in rest)
        and any(find_dates(t) for t in rest)
        and all(len(t.split()) <= MAX_FIELD_WORDS for t in rest)
    )


MAX_FIELD_WORDS = 16


def _label_and_date(fields: list[tuple[Tag, str]]) -> str | None:
    """A card's meta line of two elements, a type label and a date ("<span>Fact Sheet</span> <span>November
    2010</span>"), with its fields set apart: "Fact Sheet · November 2010". None for any other run."""
    texts = [_clean(t) for _, t in fields]
    if len(texts) != 2 or not all(texts):
        return None
    label, date = texts if find_dates(texts[1]) else texts[::-1]
    if len(label.split()) > MAX_TYPE_LABEL_WORDS or find_dates(label) or not names_work_type(label):
        return None
    found = find_dates(date)
    return f"{label} · {date}" if len(found) == 1 and len(found[0].text) >= len(date) - 2 else None


MIN_LINK_LIST = 3
MIN_LINK_TITLE_WORDS = 4


def _link_list(tag: Tag, skipped: set[int]) -> list[Tag]:
    """The links of an element that holds only links, at least `MIN_LINK_LIST`, each of two words or more and most
    of them titles' length: a list a style lays out; [] for any other element (a menu of one-word links, a
    sentence with links)."""
    parts = [c for c in _content_parts(tag) if not (isinstance(c, Tag) and id(c) in skipped)]
    if len(parts) < MIN_LINK_LIST or not all(isinstance(c, Tag) and c.name == "a" for c in parts):
        return []
    if any(c.find(list(BLOCK_TAGS)) is not None for c in parts):
        return []  # "<a class=card><h3>Title</h3><div>Sector</div></a>": cards that are links, read as cards
    words = [len(_clean(c.get_text(" ")).split()) for c in parts]
    if min(words) < 2 or sum(w >= MIN_LINK_TITLE_WORDS for w in words) * 2 < len(words):
        return []
    return parts


def _content_parts(tag: Tag) -> list:
    """A tag's children that show something: its tags, and its strings that are not only space."""
    return [c for c in tag.children if isinstance(c, Tag) or (not isinstance(c, _SKIPPED_STRINGS) and str(c).strip())]


def _typed_link_item(tag: Tag) -> str | None:
    """A list item of a work's three fields side by side, "<span class=type>Report</span> <a>Title</a> <span
    class=meta>November 2010 · By A and B</span>", as one card line: "Title · Report · November 2010 · By A and B".
    So is a linked file's title beside its type and date in plain text ("<a>Title</a> — Workshop report, September
    2009 (PDF)", "Workshop report (May 2008): <a>Title</a>")."""
    parts = _content_parts(tag)
    if (typed := _typed_file_link(tag, parts)) is not None:
        return typed
    if len(parts) != 3 or not all(isinstance(c, Tag) for c in parts):
        return None
    label, link, meta = (_clean(c.get_text(" ")) for c in parts)
    if parts[1].name != "a" or not names_work_type(label) or len(label.split()) > MAX_TYPE_LABEL_WORDS:
        return None
    if not (find_dates(meta) or _YEAR_RE.search(meta)) or not link:
        return None
    return f"{link} · {label} · {meta}"


_NOTE_TAGS = frozenset(["a", "span", "small", "em", "i"])  # "<a>Title</a> <span>(Workshop report, May 2008)</span>"
_FILE_NOTE = re.compile(r"\((?:pdf|doc|docx|html?)(?:[,;]?\s*[\d.,]+\s*[kmg]?b)?\)|\[(?:pdf|doc)[^\]]*\]", re.I)
_FIELD_PUNCTUATION = " \t\n—–-:,;.()"


def _typed_file_link(tag: Tag, parts: list) -> str | None:
    """ "<a>Title</a> — Workshop report, September 2009 (PDF)": one link, and beside it in plain text a type label
    and a date, nothing else, as the card line "Title · Workshop report · September 2009"."""
    links = [c for c in parts if isinstance(c, Tag) and c.name == "a"]
    if len(links) != 1 or len(parts) > 3 or any(isinstance(c, Tag) and c.name not in _NOTE_TAGS for c in parts):
        return None
    title = _clean(links[0].get_text(" "))
    notes = (_clean(c.get_text(" ") if isinstance(c, Tag) else str(c)) for c in parts if c is not links[0])
    rest = _FILE_NOTE.sub(" ", " ".join(notes))
    dates = find_dates(rest)
    if len(dates) != 1 or len(title.split()) < 3:
        return None
    date = dates[0]
    label = (rest[: date.begin] + " " + rest[date.stop :]).strip(_FIELD_PUNCTUATION)
    label = _SPACE_RE.sub(" ", label)
    if not label or len(label.split()) > MAX_TYPE_LABEL_WORDS or not names_work_type(label):
        return None
    return f"{title} · {label} · {date.text}"


def _meta_led(tag: Tag, lines: list[str]) -> bool:
    """Whether a paragraph's `<br>` lines are a card led by its meta line, a type label and a date ("REPORT ·
    NOVEMBER 2006", "Policy Brief | March 2006") or the label alone ("BOOK") over its linked title, then the
    card's other fields."""
    if len(lines) < 3:
        return False
    first = lines[0]
    if len(first.split()) <= MAX_TYPE_LABEL_WORDS and not any(c.isdigit() for c in first):
        return any(_clean(a.get_text(" ")) == lines[1] for a in tag.find_all("a", limit=MAX_LINKS_SEEN))
    return (
        len(first.split()) <= MAX_TYPE_LABEL_WORDS + 4
        and _META_LINE.search(first) is not None
        and bool(find_dates(first) or _YEAR_RE.search(first))  # "Book · 2011": a year alone dates a book
    )


def _carry_down(above: dict[int, tuple[str, int]], cells: list[str]) -> None:
    """Fill the columns of `cells` that a cell of an earlier row spans down into."""
    while len(cells) in above:
        text, left = above.pop(len(cells))
        if left > 1:
            above[len(cells)] = (text, left - 1)
        cells.append(text)


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_DAY_MONTH = re.compile(
    r"^\W*(?:\w+,?\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2})\s*$"
)


def _year_row(cells: tuple[str, ...], below: tuple[str, ...]) -> str | None:
    """The year a table's row gives alone in its first cell, over a row whose first cell is a day without a year
    ("03 January"); None for any other row (a publications table's "2008 | Title" is a record of that year)."""
    filled = [c for c in cells if c]
    first_below = next((c for c in below if c), "")
    if not filled or _YEAR_ALONE.fullmatch(filled[0]) is None or len(filled) > 2:
        return None
    if any(find_dates(c) for c in filled[1:]) or not _DAY_MONTH.match(first_below):
        return None
    return filled[0] if any(w.lower() in MONTHS for w in re.findall(r"[^\W\d_]+", first_below)) else None


def _titled_byline(term: Tag, text: str) -> str:
    """A term that opens with its linked title and goes on with its byline in an element of its own ("<a>IGC Annual
    Report 2011</a> <span>Annual report — published 30/04/2012</span>", a Plone folder's listing): the title and the
    byline set apart as a card's lines are, "Title · Annual report — published 30/04/2012"."""
    link = term.find("a")
    title = _clean(link.get_text(" ")) if link is not None else ""
    rest = text[len(title) :].strip() if title and text.startswith(title) else ""
    own_element = link is not None and any(
        isinstance(t, Tag) and t is not link and link not in t.descendants and _clean(t.get_text(" "))
        for t in link.find_all_next(limit=3)
        if term in t.parents
    )
    if len(title.split()) < MIN_LINKED_TITLE_WORDS or not rest or rest[0] in "(,;:·|" or not own_element:
        return text
    return f"{title} · {rest}"


def _dated_banner(header: tuple[str, ...]) -> bool:
    """Whether a table's head is one date spanning its columns rather than the columns' names."""
    named = [c for c in header if c]
    return len(named) == 1 and len(header) >= 2 and day_alone(named[0]) is not None


def _span(cell: Tag, name: str) -> int:
    """A cell's rowspan or colspan: 1 when absent or unreadable, at most a page's worth."""
    value = str(cell.get(name) or "1").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _linked_title(tag: Tag) -> str | None:
    """The text of the link an item opens with, if it opens with one."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    return _clean(first.get_text(" ")) if isinstance(first, Tag) and first.name == "a" else None


MIN_EMPHASISED_TITLE_WORDS = 3


def _quoted_title(tag: Tag, text: str) -> str:
    """A citation whose title alone is set bold or in `<cite>` between its authors and its venue ("A. Redondi, M.
    Cesana, <strong>Understanding WiFi usage</strong>, <em>TRAC, September 2016</em>"), with the title quoted as
    IEEE's style quotes it, so that the citation reader finds where the title ends."""
    marks = tag.find_all(["strong", "b", "cite"])
    if len(marks) != 1:
        return text
    title = _clean(marks[0].get_text(" "))
    at = text.find(title)
    if len(title.split()) < MIN_EMPHASISED_TITLE_WORDS or at < 0 or "“" in text:
        return text
    before, after = text[:at].rstrip(), text[at + len(title) :].lstrip()
    if len(before.split()) < 2 or not before.endswith((",", ".")) or not after.startswith((",", ".")):
        return text
    if not names_in(before.rstrip(",. ")):
        return text  # "... at a public briefing, <strong>Name</strong>, today": a sentence, no authors before it
    return f"{text[:at]}“{title}”{text[at + len(title) :]}"


def _cited_title(tag: Tag) -> str | None:
    """The title an item opens with in `<cite>`, the element for a work's title."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    return _clean(first.get_text(" ")) if isinstance(first, Tag) and first.name == "cite" else None


_META_LINE = re.compile(r"\s[·|•]\s")
MAX_DATED_META_WORDS = 30


def _dated_meta(title: str, line: str) -> bool:
    """Whether the line under a linked title is its dated meta line ("IGC Secretariat. Published jointly with ...,
    April 2008. (PDF, 5.6 MB)"): a few words that give a date, under a title of some words."""
    return (
        len(title.split()) >= MIN_EMPHASISED_TITLE_WORDS
        and len(line.split()) <= MAX_DATED_META_WORDS
        and bool(find_dates(line) or _YEAR_RE.search(line))  # "Geneva: IGC, 2010."
    )


_SERIES_LABEL = re.compile(r"\[[^\]\n]{1,30}\]")  # "[DLF]", "[CLIR/DLF]": the series an entry belongs to


# "Katz, Max P., Almgren, Ann, & Zingale, Michael 2020, ...": inverted names, then the year
_INVERTED_BYLINE = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,\s+[A-ZÀ-Ý][^()]{0,600}?[\s(](?:19|20)\d\d\b")


def _record_lines(lines: list[str]) -> bool:
    """Whether a paragraph's `<br>` lines are one record's fields: a title line over short lines (a byline)
    that end with a line holding only a date ("Remittances after the Recession<br>A and B<br>December 2011");
    such lines are read apart, as the same fields in `<p>`s of their own are. A series label closing the
    record ("[DLF]") is one of its fields."""
    while len(lines) > 2 and _SERIES_LABEL.match(lines[-1]):
        lines = lines[:-1]
    names = names_in(_without_closing_date(lines[1])) if len(lines) > 1 else None
    # one author counts where the name has an initial and a year closes the record ("Title,<br>A. Genthon,<br>
    # European Physical Journal H 45, 49-105 (2020)")
    lone = len(names or ()) == 1 and re.search(r"\b[A-Z]\.\s", lines[1]) and _YEAR_RE.search(lines[-1])
    if 3 <= len(lines) <= 5 and len(lines[0].split()) >= 4 and (len(names or ()) >= 2 or lone):
        return True  # "Title<br>A. Author, B. Author<br>Journal 10(4)<br>pdf | link": a title over its authors
    if len(lines) == 2 and len(lines[0].split()) >= 3 and not find_dates(lines[0]) and _INVERTED_BYLINE.match(lines[1]):
        return True  # "Title<br>Katz, Max P., ... & Zingale, Michael 2020, arXiv e-prints": a title over its citation
    if (
        len(lines) == 3
        and len(lines[0].split()) >= 3
        and not find_dates(lines[0])
        and _DATED_LINE.match(lines[1])
        and len(lines[2].split()) <= MAX_VENUE_LINE_WORDS
        and not find_dates(lines[2])
    ):
        return True  # "Who Belongs? ...<br>September 23, 2011, 6:00-7:30 pm<br>Hertie School, Berlin": an event
    return (
        2 <= len(lines) <= 4
        and all(len(line.split()) <= MAX_RECORD_LINE_WORDS for line in lines)
        and not any(d.precision == DatePrecision.DAY for d in find_dates(lines[0]))  # a title may name a month
        and (_date_only(lines[-1]) or (len(lines) >= 3 and _source_line(lines[-1])))
    )


_EMPHASIS = frozenset({"b", "strong", "i", "em", "span", "font"})
# "By", "Edited, with an Introduction, by", "Compiled by", "Par", "Coordinado por": what a byline opens with.
_BYLINE_LEAD = re.compile(
    r"^(?:(?:edited|compiled|translated|coordinated|written)\b[^.]{0,40}?\s)?(?:by|par|por)\s+", re.I
)


def _names_over_set_apart_title(tag: Tag, lines: list[str]) -> bool:
    """Whether an item's `<br>` lines are its authors over its title set apart in bold or italics, then where it
    appeared: "A. Hackenberg, K. Worthmann" / "<b>Title</b>" / "<i>Journal</i>, 69(8), 708-721 (2021)"."""
    if not 2 <= len(lines) <= 4:
        return False
    emphasised = {_clean(c.get_text(" ")) for c in tag.find_all(["b", "strong", "i", "em", "cite"], recursive=False)}
    titled = next(
        (i for i, line in enumerate(lines) if _FILE_LINKS.sub("", line) in emphasised and len(line.split()) >= 3), None
    )
    if titled is None:
        return False
    # its authors above it, or (the title first: "<b>Title</b> [pdf]" / "A, B, and C" / "Venue, May 2018") below it
    byline = lines[titled - 1] if titled else next((x for x in lines[1:] if not x.startswith("(")), "")
    names = names_in(byline)
    if names and len(byline.split(",")) >= len(names) and not find_dates(byline):
        return True
    # "Riad S. Wahby, Ioanna Tzialla, abhi shelat, and Michael Walfish": a list of names, one written in lower case
    pieces = [re.sub(r"^(?:and|&)\s+", "", p.strip()) for p in re.split(r",|\s+and\s+", byline) if p.strip()]
    return len(pieces) >= 2 and all(1 < len(p.split()) <= 4 and not re.search(r"\d", p) for p in pieces)


_FILE_LINKS = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*$")  # "Title [pdf]", "Title [pdf, extended version]"


def _linked_title_line(tag: Tag, line: str) -> bool:
    """Whether a paragraph's first line is the link or the emphasis it opens with ("<b><a>Title</a></b>", "<b><i>
    Title</i></b>"), perhaps marked ("Title *": restricted)."""
    node: Tag = tag
    while (first := next((c for c in node.children if not (isinstance(c, str) and not c.strip())), None)) is not None:
        if not isinstance(first, Tag) or first.name not in _EMPHASIS | {"a", "cite"}:
            return False
        text = _clean(first.get_text(" "))
        if first.name in ("a", "b", "strong", "i", "em", "cite") and text == line.rstrip(" *†"):
            return len(text.split()) >= MIN_LINKED_TITLE_WORDS
        node = first
    return False


def _closes_on_date(line: str) -> bool:
    """Whether a title line ends with the day or month after a comma ("Title, 19 March 2018")."""
    dates = find_dates(line)
    return (
        bool(dates) and dates[-1].stop >= len(line.rstrip(" .")) - 1 and line[: dates[-1].begin].rstrip().endswith(",")
    )


def _imprint_line(line: str) -> bool:
    """Whether a line says who issued a work and when, perhaps with its pages and file ("Secrétariat des IGC,
    septembre 2006. 96 pages.", "Document de travail n° 3, par A. Janvier 2007. (PDF, 480 Ko)")."""
    dates = find_dates(line)
    # "Louvain-la-Neuve : Éditions X, 2006.": an imprint's year alone
    when = dates[0].begin if dates else (year.start() if (year := _IMPRINT_YEAR.search(line)) else None)
    return (
        when is not None
        and len(line.split()) <= MAX_IMPRINT_WORDS
        and not re.search(r"[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}", line[:when])
    )


_IMPRINT_YEAR = re.compile(r"(?<=[:,] )[^,:.]{2,60},\s*(?:19|20)\d\d\b")


MAX_IMPRINT_WORDS = 25


def _opening_link(tag: Tag) -> str | None:
    """The text of the link a paragraph opens with, maybe inside emphasis ("<b><i><a>Title</a></i> ...")."""
    node: Tag = tag
    while True:
        first = next((c for c in node.children if not (isinstance(c, NavigableString) and not c.strip())), None)
        if not isinstance(first, Tag):
            return None
        if first.name == "a":
            return _clean(first.get_text(" "))
        if first.name not in _EMPHASIS:
            return None
        node = first


MAX_META_LINE_WORDS = 16  # "Article · September 15, 2010 · By Aaron Terrazas and Jeanne Batalova"


def _title_over_meta(tag: Tag, lines: list[str]) -> int:
    """How many of a paragraph's `<br>` lines are the fields of a card led by its linked title: over its meta
    line, a type label and a date, and maybe its byline ("<a>Title</a><br>Report · September 2010<br>By A and
    B<br>Teaser"), or over its byline and then its imprint ("Edited by A and B<br>Washington, DC: MPI, 2010");
    0 for any other paragraph."""
    if len(lines) < 2 or _opening_link(tag) != lines[0] or len(lines[0].split()) < 3:
        return 0
    meta = lines[1]
    if len(lines) >= 3 and _BYLINE_LEAD.match(meta) and find_dates(lines[2]):
        return 3
    if (
        (separator := _META_LINE.search(meta)) is not None
        and len(meta[: separator.start()].split()) <= MAX_TYPE_LABEL_WORDS
        and len(meta.split()) <= MAX_META_LINE_WORDS
        and bool(find_dates(meta) or _YEAR_RE.search(meta))
    ):
        return 3 if len(lines) >= 3 and _BYLINE_LEAD.match(lines[2]) else 2
    return 0


def _linked_record(tag: Tag, lines: list[str]) -> list[str] | None:
    """A paragraph that opens with a linked title followed, on its line or the next, by a byline closing with a
    date (or by the date alone): the title, the byline and the date as fields of their own, then the other lines."""
    title = _opening_link(tag)
    if not title or len(title.split()) < 3 or not lines or not lines[0].startswith(title):
        return None
    rest, after = lines[0][len(title) :].strip(" ,;:"), lines[1:]
    if not rest and after:
        rest, after = after[0], after[1:]  # "<a>Title</a><br>A and B. (August 2004)"
    dates = find_dates(rest)
    if not dates or rest[dates[-1].stop :].strip(" .)]") or _date_only(title):
        return None
    byline = _without_closing_date(rest)
    if byline and not names_in(_BYLINE_LEAD.sub("", byline)):
        return None
    return [title, *([byline] if byline else []), rest[dates[-1].begin :].strip(" ()."), *after]


def _without_closing_date(line: str) -> str:
    """A byline without the date it closes with: "A. Author and B. Author. (August 2004)" -> its names."""
    dates = find_dates(line)
    if dates and not line[dates[-1].stop :].strip(" .)]"):
        return line[: dates[-1].begin].rstrip(" .,([")
    return line


def _source_line(line: str) -> bool:
    """A citation's last line, where it appeared and when: "IEEE Trans. Image Process., vol. 22 (May 2013)",
    "Springer, European Conference on Computer Vision, Munich, Germany, Sept. 2018."."""
    if _IMPRINT_LINE.fullmatch(line.strip()):
        return True  # "Genève : Centre d'études, 2016", "Washington, DC: MPI, 2010"
    dates = find_dates(line)
    return bool(dates) and not line[dates[-1].stop :].strip(" .)]")


_IMPRINT_LINE = re.compile(r"[^:]{2,40}\s?:\s*[^:]{2,80},\s*(?:19|20)\d\d\.?")


def _address_blocks(walker: _Walker, body: Tag, root: Tag, skipped: set[int]) -> None:
    """The organisation's postal address where the page states it outside its content (a footer, a header, a
    contact box), as a paragraph after the content: the home town of venues that name none (a street
    address). Each address once; an address in the content is the content's. Only the elements holding
    a string with a postal code are looked at, so a long page costs no more than its strings."""
    seen = {b.text for b in walker.blocks}
    done: set[int] = set()
    for string in body.find_all(string=_POSTAL_HINT):
        if isinstance(string, _SKIPPED_STRINGS):
            continue
        tag = string.parent
        while isinstance(tag, Tag) and tag is not body and tag.name not in BLOCK_TAGS and not _is_address(tag):
            tag = tag.parent
        if not isinstance(tag, Tag) or tag is body or id(tag) in done:
            continue
        done.add(id(tag))
        ancestors = [tag, *tag.parents]
        if any(isinstance(t, Tag) and (t.name in ALWAYS_SKIPPED or _is_hidden(t)) for t in ancestors):
            continue
        outside = root not in ancestors or any(id(t) in skipped for t in ancestors)
        if not outside:
            continue  # the walker read it with the content
        if not _is_address(tag) and tag.find(list(BLOCK_TAGS)) is not None:
            continue  # an unnamed line must be one element's text, not a footer's columns run together
        text = _clean(tag.get_text(" ")).replace(" ,", ",")
        if len(text) <= MAX_ADDRESS_CHARS and text not in seen and _POSTAL_CODE.search(text):
            seen.add(text)
            walker.emit(BlockKind.PARAGRAPH.value, text, tag)


# Scripts that may carry a page's data: JSON-LD, JSON, and JavaScript (none of templates, CSS or the like).
_DATA_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "application/json"})


def _structured_blocks(walker: _Walker, soup: BeautifulSoup) -> None:
    """The events and works the page states in JSON-LD, or carries as data in its scripts, and does not show (a list
    drawn by JavaScript), each as a card after the page's blocks: its name a heading, then its lines. Their
    locators name the script (`script:nth-of-type(3)`: the page's third `<script>`, head included) and the item."""
    scripts = soup.find_all("script")
    linked = [(i, s.get_text()) for i, s in enumerate(scripts, 1) if _attr_text(s, "type") == "application/ld+json"]
    data = [(i, s.get_text()) for i, s in enumerate(scripts, 1) if _attr_text(s, "type").lower() in _DATA_SCRIPT_TYPES]
    if not linked and not any("[" in text for _, text in data):
        return
    records = [replace(r, script=linked[r.script - 1][0]) for r in structured_records(t for _, t in linked)]
    records += [replace(r, script=data[r.script - 1][0]) for r in embedded_records(t for _, t in data)]
    shown = " ".join(" ".join(b.text.split()).casefold() for b in walker.blocks)
    for number, record in enumerate(records, start=1):
        if " ".join(record.lines[0].split()).casefold() in shown:
            continue
        card = f"body > script:nth-of-type({record.script}) > article:nth-of-type({number})"
        walker.append_block(BlockKind.HEADING, record.lines[0], page=None, locator=f"{card} > h3")
        for line_number, line in enumerate(record.lines[1:], start=1):
            walker.append_block(BlockKind.PARAGRAPH, line, page=None, locator=f"{card} > p:nth-of-type({line_number})")


def _is_address(tag: Tag) -> bool:
    return tag.name == "address" or bool(_ADDRESS_NAME.search(_attr_text(tag, "id") + " " + _attr_text(tag, "class")))


def _language(soup: BeautifulSoup, blocks: list[Block]) -> str | None:
    root = soup.find("html")
    declared = _attr_text(root, "lang") or _attr_text(root, "xml:lang") if isinstance(root, Tag) else ""
    primary = declared.strip().lower().replace("_", "-").split("-")[0]
    text = " ".join(b.text for b in blocks)[:20_000]
    if primary in LANGUAGES:
        # Site templates declare their default ("en") on every page: text that plainly reads as another language
        # overrules the declaration.
        return detect_language(text, min_hits=OVERRULE_MIN_HITS, min_share=OVERRULE_MIN_SHARE) or primary
    return detect_language(text)


_HEAD_ONLY = frozenset({"meta", "link", "style", "script", "title", "base", "noscript", "template"})


def _body_from_head(soup: BeautifulSoup) -> None:
    """Move what lxml left in <head> of a page that opens without <html>/<body> into the body.

    libxml2 keeps HTML5 elements (section, nav, article) in <head> when no <body> tag came before them;
    a browser starts the body at the first element that cannot be in a head, and so do we.
    """
    head = soup.head
    if head is None:
        return
    start = next(
        (
            node
            for node in head.children
            if (isinstance(node, Tag) and node.name not in _HEAD_ONLY)
            or (type(node) is NavigableString and node.strip())
        ),
        None,
    )
    if start is None:
        return
    moved = [start, *start.next_siblings]
    body = soup.body
    if body is None:
        body = soup.new_tag("body")
        head.insert_after(body)
    for node in reversed(moved):
        body.insert(0, node.extract())


def html_to_document(data: bytes, *, content_type: str | None = None) -> ParsedDocument:
    """Parse an HTML page's bytes into content blocks in document order, with title and language.

    Raises `ParseError(code=LogCode.HTML_DECODE)` when no encoding fits.
    """
    text, encoding, guessed, replaced = decode_page(data, content_type)
    text, front_title = front_matter(text)
    try:
        with catch_warnings():
            # an XHTML page opening with `<?xml ...?>` is still a web page, read as HTML as browsers read it
            simplefilter("ignore", XMLParsedAsHTMLWarning)
            soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # lxml rarely fails, but a crafted page must not escape uncoded
        raise ParseError(
            f"lxml could not parse the page: {type(exc).__name__}: {exc}", code=LogCode.HTML_PARSE
        ) from exc
    _body_from_head(soup)
    body = soup.body or soup
    skipped = soup_to_skipped(soup, body)
    main = body.find("main") or body.find(attrs={"role": "main"})
    root = main if isinstance(main, Tag) and _visible_chars(main) >= 0.3 * _visible_chars(body) else body
    walker = _Walker(skipped=skipped)
    walker.walk(root)
    if root is not body:
        # A box beside the main part that lists the body's events or its related works is read after it.
        for box in body.find_all("aside"):
            if root not in box.parents and id(box) not in skipped and _events_box(box) and not _is_hidden(box):
                walker.walk(box)
    if not walker.blocks:
        # A page whose main part is empty and whose header holds what it says ("Budget and Finance Committee",
        # its date): the page's header is kept, its navigation still left out.
        headers = {id(t) for t in body.find_all("header")}
        skipped = skipped - headers
        root = body
        walker = _Walker(skipped=skipped)
        walker.walk(root)
    _address_blocks(walker, body, root, skipped)
    _structured_blocks(walker, soup)
    blocks = walker.blocks

    title_tag = soup.find("title")
    title = _clean(title_tag.get_text()) if title_tag is not None else front_title
    if not title:
        h1 = body.find("h1")
        title = _clean(h1.get_text()) if h1 is not None else ""
    warnings: list[tuple[str, str]] = []
    if guessed and encoding != "utf-8":
        message = f"no declared charset fits and not UTF-8; decoded as {encoding}"
        warnings.append((LogCode.HTML_ENCODING_GUESSED, message))
    if replaced:
        message = f"{replaced} bytes the declared charset {encoding} cannot read, replaced by U+FFFD"
        warnings.append((LogCode.HTML_INVALID_BYTES, message))
    if not blocks:
        warnings.append((LogCode.HTML_NO_CONTENT, "no text left after removing boilerplate"))
    return ParsedDocument(
        blocks=tuple(blocks),
        pages=None,
        title=title or None,
        language=_language(soup, blocks),
        warnings=tuple(warnings),
        date=_own_date(soup),
        copyright_year=_copyright_year(soup),
    )


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*\r?\n", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(?P<q>[\"']?)(?P<title>.+?)(?P=q)[ \t]*$", re.M)


def front_matter(text: str) -> tuple[str, str]:
    """A static site's page source opens with its settings between `---` lines (Jekyll, Hugo): they are no
    content, and their `title:` is the page's title. The page without them, and that title (or "")."""
    match = _FRONT_MATTER.match(text[:20000])
    if match is None:
        return text, ""
    title = _FRONT_TITLE.search(match.group("yaml"))
    return text[match.end() :], _clean(title.group("title")) if title else ""


# The meta tags a page states its own date in (Open Graph, Dublin Core, plain "date"), most telling first.
_DATE_METAS = (
    "article:modified_time", "og:updated_time", "article:published_time", "dcterms.modified", "dc.date.modified",
    "last-modified", "dcterms.date", "dc.date", "dcterms.created", "date",
)  # fmt: skip


def _copyright_year(soup: BeautifulSoup) -> int | None:
    """The one year the page's copyright lines name ("© 2011 Migration Policy Institute"), not a span's."""
    years = {
        int(match.group(1))
        for line in soup.find_all(string=_COPYRIGHT_YEAR)
        if (match := _COPYRIGHT_YEAR.search(str(line)))
    }
    return years.pop() if len(years) == 1 else None


# (the holder may come first: "© IGC Secretariat 2006")
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:[^\W\d][\w.&' ]{0,60}?\s)?((?:19|20)\d\d)(?![\d/–-])", re.I
)


def _own_date(soup: BeautifulSoup) -> datetime.date | None:
    """The date the page states for itself in its meta tags, if any."""
    found: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = (_attr_text(meta, "property") or _attr_text(meta, "name") or _attr_text(meta, "http-equiv")).lower()
        if key in _DATE_METAS and (content := _attr_text(meta, "content").strip()):
            found.setdefault(key, content)
    for key in _DATE_METAS:
        if key in found and (day := _ISO_DAY.match(found[key])):
            try:
                return datetime.date.fromisoformat(day.group(1))
            except ValueError:
                continue
    return None


# "-----------------  ----------  -------": a plain-text table's rule under its header, one run of dashes a column
_RULE_LINE = re.compile(r"\s*[-=]{2,}(?:\s+[-=]{2,})+\s*")
_FULL_RULE_LINE = re.compile(r"\s*[-=_]{4,}\s*")
_PRE_HEADING = re.compile(r"\s*(?:\d{1,2}\.|[IVX]{1,4}\.)\s+[A-ZÀ-Ý][A-ZÀ-Ý0-9 ,.'’:/()&-]{3,80}")
# "- Atelier sur ...", "* Rapport annuel ...", "3) ...": a typed list's item, which its next lines may go on
_PRE_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+\S")


def _column_rule_below(lines: list[str], i: int) -> bool:
    """Whether the line below `i` rules off the columns of a typed table (so line `i` is its header)."""
    return bool(_RULE_LINE.fullmatch(lines[i + 1])) and not _FULL_RULE_LINE.fullmatch(lines[i + 1])


def _fixed_columns(line: str, starts: list[int]) -> tuple[str, ...]:
    """A fixed-width line cut where its table's columns start; the last column runs to the line's end."""
    ends = [*starts[1:], len(line)]
    return tuple(_clean(line[a:b]) for a, b in zip(starts, ends, strict=True))
