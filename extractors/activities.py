"""Blocks -> activities: the rules that read meetings and publications out of a document.

Seven rules, each named in the `extractor` column of the rows it produces:

* ``table.columns``: a table row whose header names a date, a title and a venue column
  (``Date | Meeting | Venue``).
* ``list.segments``: a list item or short line ``Title, City, Country, 14-15 March 2006``.
* ``prose.event_verb``: a sentence ``The Working Group on Asylum met in Stockholm on 14 March 2006.``
* ``publication.entry``: an item of a publication or document list, ``Title. By A and B. March 2005``,
  or a sentence saying a document was issued.
* ``heading.dateline``: an entry heading (``Event 6- Sage Days 77``) whose next block opens with its
  place and date (``Cernay (France) 2016-04-04 to 2016-04-08 ...``); the kind is the heading's kind
  word, else the first one in the entry's description.
* ``heading.run_in``: a paragraph's bold run-in head naming one activity (``Fifth Plenary Meeting: X.``),
  on the day the paragraph's first dated sentence gives (``Meeting in Lisbon on 18-19 November 2010, ...``).
* ``heading.document_link``: a dated link to a meeting's document (``Monday, January 29th, 2018 - view
  minutes``) under a heading naming the meetings (``Commission Meetings``).

Rows naming the documents of one meeting (its agenda, notice, minutes, video) are that meeting:
`merge_activities` keeps one row per meeting (see `mpdp_pipeline.extractors.identity`, which owns what is one activity).

Every title then passes one quality gate (`tidy_title`): link words left at its end by the cut
before the date are dropped, and fragments of sentences, running headers and paragraphs are rejected.

A cheap regular-expression pass picks the candidate sentences (a date plus a kind word);
only those go through spaCy, whose entities (GPE, ORG) help with places and participants
when a model is installed.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from mpdp_pipeline.extractors.citations import ORGANISATION_WORDS, names_in, natural_order
from mpdp_pipeline.extractors.dates import (
    CMS_STAMP,
    MONTHS,
    POST_STAMP,
    WEEKDAY_NAMES,
    DateSpan,
    day_first_in,
    find_dates,
    fiscal_year,
    month_first_shown,
    month_range,
    numeric_order,
    parse_date,
    short_weekdays_blanked,
    spelled_dates,
)
from mpdp_pipeline.extractors.exclusions import (
    issue_masthead,
    not_an_event,
    not_out_yet,
    presented_at_another,
    recipient_masthead,
    site_label,
    staff_spoke_at,
)
from mpdp_pipeline.extractors.headlines import AnnouncedWork, announced_work, posted_span, published_date
from mpdp_pipeline.extractors.identity import (
    activity_id,
    merge_activities,
    normalise_title,
    similar_titles,
    title_language,
)
from mpdp_pipeline.extractors.identity import meeting_of_document as meeting_of_document
from mpdp_pipeline.extractors.language import first_language
from mpdp_pipeline.extractors.listings import NAMES_END, month_cell, not_a_work, title_case
from mpdp_pipeline.extractors.nlp import KIND_SPANS_KEY, Nlp
from mpdp_pipeline.extractors.participants import participants
from mpdp_pipeline.extractors.places import (
    city_level,
    countries_named,
    country_of,
    document_country,
    home_town,
    is_premises,
    known_place,
    known_town,
    names_street,
    trailing_place,
    without_notes,
    world_city,
)
from mpdp_pipeline.extractors.publications import (
    ISSUED_BY,
    Publication,
    find_publications,
    names_work_type,
    publication_type_of,
)
from mpdp_pipeline.extractors.publishers import with_house_reports, with_publishers
from mpdp_pipeline.extractors.schedules import (
    ACTUAL_HEADER,
    DOCUMENT_SYMBOL,
    FILE_LINK,
    MEETING_FIELD,
    ONLINE_VENUE,
    PLANNED_HEADER,
    PROCEEDINGS,
    STAMP_COLUMN,
    START_FIELD,
    TENTATIVE_TABLE,
    TOTAL_ROW,
    VENUE_LABEL,
    WRITTEN_BY,
    Entry,
    advisory_entries,
    agenda_page,
    body_meeting_items,
    dated_document_title,
    dated_headings,
    dated_line_runs,
    dated_paper_headings,
    day_box_grid,
    day_headed_lines,
    day_sections,
    event_page,
    field_after,
    find_schedule_entries,
    is_link_text,
    labelled_sections,
    labelled_venue,
    lent_year,
    meeting_field_name,
    month_grid,
    month_paper_sections,
    month_table,
    names_body,
    names_deadline,
    news_items,
    news_page,
    one_meeting,
    page_stated_year,
    posted_by,
    posted_lead,
    posted_news_row,
    posted_stamp,
    programme_page,
    results_told,
    status_of,
    title_column,
    titled_cards,
    titled_minutes,
    type_label_after,
    typed_as_document,
    venue_line,
    without_clock,
    year_items,
)
from mpdp_pipeline.extractors.vocabulary import (
    CITIES,
    COUNTRIES,
    DATE_HEADERS,
    DOCUMENT_HEADINGS,
    DOCUMENT_NOUNS,
    DOCUMENT_SECTIONS,
    DOCUMENT_VERBS,
    EVENT_KIND_WORDS,
    EVENT_VERBS,
    EVENTS_SECTION,
    FRAGMENT_STARTS,
    ISSUED_WORKS_HEADINGS,
    KIND_TERMS,
    MEETING_DOCUMENTS,
    NEGATIVE_CUES,
    NOT_WHEN,
    OWN_REPORT_TITLES,
    POSTED_BY,
    POSTPONED_TO,
    PUBLICATION_HEADINGS,
    RECORD_OF_EVENT,
    REPORT_NOUNS,
    TRAILING_LINKS,
    VENUE_HEADERS,
    KeywordGated,
    terms_pattern,
)

from mpdp_pipeline.schemas import Activity, ActivityStatus, Block, BlockKind, DatePrecision, Kind, PublicationType

EXTRACTOR_VERSION = "rules.v4"  # names the rule set; caches also key on a hash of the code

CONFIDENCE = {
    "table.columns": 0.95,
    "list.segments": 0.85,
    "publication.entry": 0.85,
    "news.headline": 0.8,
    "prose.bracketed": 0.8,
    "publication.statement": 0.8,
    "heading.dateline": 0.85,
    "heading.run_in": 0.85,
    "list.sub_meeting": 0.85,
    "heading.document_link": 0.8,
    "prose.event_verb": 0.8,
    "schedule.line": 0.85,
    "schedule.table": 0.9,
    "schedule.calendar": 0.85,
    "schedule.year_grid": 0.8,  # an archive of year columns and month cells: the month is all it says
    "schedule.card": 0.85,
    "publication.card": 0.8,  # a work's card among an events page's cards
    "schedule.heading": 0.8,  # an events page's heading of a name and its day, whatever the name says
    "schedule.year_item": 0.6,  # a milestone under its year heading: an event named by its kind, the year alone
    "document.header": 0.9,
}
COUNTRY_SAMPLE_BLOCKS = 200
MAX_TITLE_WORDS = 20  # longer is a paragraph or a running header read as a title
# Words that join a name's words: Spanish and French spell out with them what English packs into nouns ("Red de
# Funcionarios de Enlace para el Combate a la Trata de Personas"), so a name's length does not count them.
_LINK_WORDS = frozenset(
    ("de", "del", "la", "las", "el", "los", "y", "e", "a", "al", "en", "para", "por", "of", "the", "and", "for", "on",
     "in", "to", "at", "du", "des", "le", "les", "et", "pour", "sur", "aux", "au", "sobre", "contra", "con")
)  # fmt: skip


def name_length(title: str) -> int:
    """The words of a name that are not link words."""
    return sum(w.lower() not in _LINK_WORDS for w in title.split())


TITLE_LEAD_WORDS = 12
PRECISION_PENALTY = {DatePrecision.DAY: 0.0, DatePrecision.MONTH: 0.1, DatePrecision.YEAR: 0.2}


@dataclass(frozen=True)
class DocumentContext:
    """What the rules need to know about the document the blocks came from."""

    recipient: str
    doc_id: str
    source_url: str
    language: str | None = None
    title: str | None = None  # the page's <title> or the PDF's title: it may lend a year to year-less dates
    country: str | None = None  # the one country the document is about (`places.document_country`), if any
    # The venue the page says its meetings are held at unless an entry names another (`standing_venue`).
    standing_venue: str | None = None
    home: tuple[str, str] | None = None  # the town and country of the page's own postal address (`home_town`)
    # The day the document was current (its own date, else the server's Last-Modified): lends its year to a
    # document that names none ("Thursday, October 8 at 6:30pm" on an upcoming-meetings page).
    as_of: datetime.date | None = None
    # The one year of the page's copyright line (`ParsedDocument.copyright_year`), which its footer may hold
    copyright_year: int | None = None


# The French name of a Full Round ("Le Tour complet sur la migration de travail se tiendra ...") is a meeting as
# the English one is.
_MORE_KIND_TERMS = {Kind.MEETING: ("tour complet",)}
_KIND_TERMS = tuple((kind, terms + _MORE_KIND_TERMS.get(kind, ())) for kind, terms in KIND_TERMS)
_KIND_RES = [(kind, terms_pattern(terms, plural=True)) for kind, terms in _KIND_TERMS]
_ANY_KIND = terms_pattern(t for _, terms in _KIND_TERMS for t in terms)
# "Meetings", "Roundtables": a plural alone labels a list, it names no activity.
_KIND_WORDS = {t for _, terms in _KIND_TERMS for t in terms}
_PLURAL_KIND_LABELS = {f"{t}{end}" for _, terms in _KIND_TERMS for t in terms for end in ("s", "es")}
_NEGATIVE = terms_pattern(NEGATIVE_CUES)
# A news item's future ("L'Atelier ... aura lieu le 14 octobre", "Le Tour complet se tiendra du 20 au 22 janvier")
# and a training's Spanish verb ("se impartió ... el Curso regional") report an activity as the past tenses do.
FUTURE_EVENT_VERBS = (
    "aura lieu", "auront lieu", "se tiendra", "se tiendront", "se déroulera", "se dérouleront",
    # "The next Full Round will be hosted by the Chair in Oslo on 2-4 June 2010": an outlook's schedule
    "will take place", "will be held", "will be hosted", "will be convened", "will be organised", "will be organized",
    "is to be held", "are to be held", "is scheduled", "are scheduled", "will convene", "shall be held",
    # the body as the subject: "MPI will hold a Book Launch: ...", "la PPT realizará un taller"
    "will hold", "will host", "will co-host", "will organize", "will organise", "realizará", "celebrará",
    "organizará", "organisera", "tiendra",
    # a member's offer, taken up: "Sweden offered to host the next Full Round in Stockholm on 3-4 June 2011"
    "offered to host", "offered to organize", "offered to organise", "ofreció ser sede de", "ofreció organizar",
    "a proposé d'accueillir", "a offert d'accueillir",
    "se celebrará", "se realizará", "se llevará a cabo", "tendrá lugar",
    # a plan's outlook: "Se prevé realizar un taller ...", "A workshop ... is planned in Managua in September 2007"
    "is planned", "are planned", "is foreseen", "are foreseen", "plans to hold", "plans to host",
    "is tentatively scheduled", "is provisionally scheduled", "are tentatively scheduled", "is tentatively planned",
    "se prevé realizar", "se prevé celebrar", "se prevé organizar", "tiene previsto realizar",
    "tiene previsto celebrar",
    "está previsto", "está prevista", "est prévu", "est prévue", "prévoit d'organiser", "prévoit de tenir",
    # a press release's opening: "se inauguró hoy en Tegucigalpa el Taller Regional sobre ..."
    "se inauguró", "se inauguraron", "fue inaugurado", "fue inaugurada", "quedó inaugurado", "quedó inaugurada",
    "s'est ouvert", "s'est ouverte",
    # a calendar agreed in a record: "Taller Regional sobre ..., a realizarse en Santo Domingo los días 23 y 24"
    "a realizarse", "a celebrarse", "a llevarse a cabo", "que se llevará a cabo",
)  # fmt: skip
_EVENT_VERB = terms_pattern((*EVENT_VERBS, *FUTURE_EVENT_VERBS, "se impartió", "se impartieron"))
_DOC_VERB = terms_pattern(DOCUMENT_VERBS)
_DOC_NOUN = terms_pattern(DOCUMENT_NOUNS)
_REPORT_NOUN = terms_pattern(REPORT_NOUNS)
# Only "by" is case-blind: a byline names someone, so a capital must follow ("by accomplishing" is no byline), and
# not a day ("RSVP by Tuesday, May 22": a deadline).
_BY = re.compile(
    r"(?:^|[\s.,;–—-])(?i:by|por|par)\s+(?=[A-ZÀ-Ý])(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)"
)
# "Prepared by", "held by", "done by": the organiser or the preparer, not an author.
_NOT_BYLINE = re.compile(
    r"(?:\b(?!edited\b|compiled\b)\w+ed|\bdone|\bmade|\bheld|\brun|\bgiven|\bled|\blists the \w+ held)\s*$", re.I
)
_NOT_WHEN = NOT_WHEN  # the text just before a date that is not the day of the activity
# A word, not a hyphenated name's first part: "IS-ENES3 Kick-off Meeting" is no fragment opening with "is".
# "The meeting reviewed national legislation": a sentence about an activity named before, not a name.
_KIND_CLAUSE = re.compile(
    r"^(?:meeting|workshop|seminar|session|conference|course|event|network|group)\s+(?!held\b)(?-i:[a-z]+ed\s+[a-z]+\s+[a-z])",
    re.I,
)
_FRAGMENT_START = re.compile(r"^(?:" + "|".join(re.escape(w) for w in FRAGMENT_STARTS) + r")\b(?!-)", re.I)
# In lower case only: "Mexico's New Migration Law: Two Years On" keeps its "On".
_TRAILING_LINK = re.compile(r"[\s,;:–—-]+(?:" + "|".join(re.escape(w) for w in TRAILING_LINKS) + r")$")
_LEADING_SETTING = re.compile(r"^(?:at|during|durante|lors de)\s+(?:the\s+|la\s+|el\s+|le\s+)?(?=[A-ZÀ-Ý])", re.I)
_TIME_OF_DAY = re.compile(
    r"\s*\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)(?!\w)|\s*\b\d{1,2}:\d\d\b"
    r"|\s*[–—-]?\s*\b(?:noon|midday|midnight|mediod[ií]a|midi)\s*$",
    re.I,
)
_REMARK = re.compile(r"\s*\((?:[^()]*\s){5,}[^()]*\)")  # "(Due to technical difficulty, the video ...)"
# "(following Committee meetings)", "(revised time)": a remark in lower case closing a title; "(PHIC)" stays.
_TRAILING_REMARK = re.compile(r"\s*\((?=[a-z])[^()]*\)\s*$")
# What a title drags after the activity's name: its sponsor, its venue building, a list's lead-in.
_TITLE_TAIL = re.compile(
    r"\s*,?\s+(?:(?:as\s+)?(?i:sponsored|organi[sz]ed|hosted|funded|co-organi[sz]ed|co-hosted|convened)\s+(?i:by)"
    r"|(?i:co-organi[sz]ed|co-hosted|co-sponsored|jointly organi[sz]ed)\s+(?i:with)\s"
    r"|in (?:cooperation|collaboration|partnership) with|with the support of|for the following\b"
    # "a roundtable on X with officials from ...": who took part, not the topic
    r"|with (?i:(?:senior|government|federal|state|local|canadian|u\.s\.|key|congressional|employer)\s+)?"
    r"(?:officials|representatives|staff|staffers|experts|delegates|stakeholders|practitioners|policymakers"
    r"|policy makers|participants)\b"
    r"|(?:organizado|patrocinado|auspiciado)\s+por|en colaboraci[oó]n con|organis[ée]e?s?\s+par|en partenariat avec"
    r"|(?:in|at) the (?:[A-Z][\w'’.-]*\s+){0,6}(?:University|Universidad|Université|Center|Centre|Hall|Hotel"
    r"|Building|Campus|Auditorium|Headquarters|Club|Library|Museum|Embassy|Institution|Theat(?:er|re))\b"
    # "a roundtable on X at MPI's offices": the host's premises, not the topic
    r"|(?:at|in) (?:the\s+)?[A-Z][\w.-]*(?:'s|’s)? (?:offices|headquarters|premises|secretariat)\b"
    # "... by invitation", "(sur invitation)": who may come, not the name
    r"|[(\[]?\s*(?:by invitation(?: only)?|invitation only|sur invitation|por invitaci[oó]n|closed meeting)\b"
    # "Réunion plénière restreinte, prévue à Genève": where and when it was held or is planned, not its name
    r"|(?:tenue?s?|tenus|prévue?s?|pr[eé]vus|held|planned|scheduled|celebrad[ao]s?|prevista?s?)\s+"
    r"(?:à|au|aux|en|in|at|para|pour|for)\s+(?=[A-ZÀ-Ý])"
    # "la primera Reunión del GRCM del año": which of the year's meetings it was, not its name
    r"|(?:del año|of the year|de l['’]année)$).*$"
)
# Where and when one occurrence of a listed activity was held or is planned: "tenue à Copenhague (Danemark), le 23
# septembre 2010 prévue à Genève, les 1er et 2 mars 2011" gives two.
_OCCURRENCE = re.compile(
    r"(?<![\w'’])(?:tenue?s?|tenus|prévue?s?|pr[eé]vus|held|planned|scheduled|celebrad[ao]s?|prevista?s?)\s+"
    r"(?:à|au|aux|en|in|at|para|pour|for)\s+(?=[A-ZÀ-Ý])",
    re.I,
)
# "Conduct of jingle contests", "Holding of the ...": the act of holding the activity, not its name.
_ACT_OF = re.compile(r"^(?:conduct|holding|organi[sz]ation|staging|realizaci[oó]n|tenue)\s+(?:of|de|del|des)\s+", re.I)
# LaTeX accents set apart from their letter ("Th ` eorie"): dropped, the letter stays.
_SPACED_ACCENT = re.compile(r"\s*[`´¨ˆ˜]\s*")
# "DSKJLSW7X2PROD", "Sep<11>2014", "06AUP1.SGM": typesetting codes of running headers, not words.
_CODE_TOKEN = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)(?!\d+(?:st|nd|rd|th|er|e|º)$).{6,}$|[<>\\]")
_UPCOMING = re.compile(r"^(?:next|upcoming|forthcoming|próxim[oa]s?|prochaine?s?)\b", re.I)
_ENTRY_PREFIX = re.compile(
    r"^(?:(?:event|item|activity|activité|actividad|evento|no\.?|n[º°]|#)\s*)?\d{1,3}(?:\.\d{1,2})*\s*[-–—.:)]\s*", re.I
)
_ENUMERATOR = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,5})[.)]?|[•·▪◦*–—-]")
_FOOTNOTE = re.compile(r"\s*\[(?:note\s*)?\d+\]|(?<=[A-Za-z)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*–—-]|\d{1,2}[.)]|[a-z]\))\s+")  # "• ", "2. ", "b) "
# "Publications since September 2003 are listed": a date after these bounds a period, it dates no item.
_PERIOD_BOUND = re.compile(r"(?:\bsince|\buntil|\bdesde|\bhasta|\bdepuis|\bjusqu'(?:au|en)?)\s*$", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|a|an|la|el|los|las|un|una|une|le|les|l')\s+|l['’](?=[^\W\d_]))", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z¿¡\"“(])")
# An initial or an abbreviation before a stop ends no sentence; a clock's "8:15 PM." does.
_ABBREVIATION_END = re.compile(r"(?:(?<!\d\s[AP])(?<!\d[AP])\b[A-Z]|\bD\.C|\bU\.S|\bSt|\bDr|\bMr|\bMs|\bNo|\bvs)\.$")
_DOCUMENT_WORDS = "|".join(sorted((re.escape(t) for t in MEETING_DOCUMENTS), key=len, reverse=True))
# "Monday, January 29th, 2018 - view minutes": a dated link to a meeting's document, the meeting named by the heading.
_WEEKDAY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?[\s,]*$",
    re.I,
)
_DOCUMENT_LINK = re.compile(
    rf"^[\s,;:|–—-]*(?:(?:view|download|see|read|ver|descargar|voir|télécharger)\s+(?:the\s+)?)?(?:{_DOCUMENT_WORDS})"
    r"(?!\w)[\s,;:|–—-]*",
    re.I,
)
_KIND_PLURAL = re.compile(
    r"(?<!\w)("
    + "|".join(sorted((re.escape(t) for _, terms in KIND_TERMS for t in terms), key=len, reverse=True))
    + r")(?:s|es)(?!\w)",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"(?:^|\s)(?:in|en|à|at)\s+(?:la\s+|el\s+|the\s+(?=City\b))?(?P<loc>[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de|del|la|of)?\s*[A-ZÀ-Ý][\w'’.-]*)*"
    r"(?:,\s*(?:en\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*)?)"
)
# "Stockholm (Sweden)", "Ottawa (Canada)": a country in brackets after a city belongs to the place.
_BRACKETED = re.compile(r"^\s*\((?P<inner>[^()]{3,40})\)")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b.*$", re.I)
# "... among students in Alaminos City, Dagupan City, Binalonan and Lingayen": the places an event ran in.
_TRAILING_PLACES = re.compile(r"\s+(?:in|at)\s+[A-ZÀ-Ý][\w'’.-]*(?:(?:\s+|,\s*|\s+and\s+)[A-ZÀ-Ý][\w'’.-]*)*$")
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DAYS = r"[0-3]?\d(?:st|nd|rd|th|er)?(?:\s*(?:[-–]|y|et|and|al|au)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
# "22 October", "July 25-29", "21 y 22 de junio": a day and month whose year the context gives; not when a
# number follows, which is a year (or a day) the date patterns read themselves.
_YEARLESS = re.compile(
    rf"\b(?:{_DAYS}\s+(?:de\s+)?(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\.?\s+{_DAYS}"
    # "En el mes de abril sesionó ...", "in the month of May": a month the context's year dates
    rf"|(?:(?:en|durante) el mes de|in the month of|au (?:cours du )?mois d['e]\s?)\s*(?:{_MONTH_NAMES})"
    # "a publié en juin l'ouvrage ...", "published in May the report ...": the month a release gives
    rf"|(?:publié|publiée|published|released|issued|publicó|publicada?)\s+(?:en|in)\s+(?:{_MONTH_NAMES})"
    # "In September, the Center held a seminar ...": a month opening the sentence, in a report of one year
    rf"|(?:^|(?<=\.\s))(?:in|en|au mois de)\s+(?:{_MONTH_NAMES})(?=,|\s+(?:the|el|la|le)\s)"
    # "The Network met in Managua, Nicaragua, in September.": the month after the place, closing the clause
    rf"|(?<=,\s)(?:in|en)\s+(?:{_MONTH_NAMES})(?=[.;]|\s+to\s|\s+para\s|\s+pour\s)"
    # "(San Salvador, El Salvador, 14-15/05)": a day, or days, and a month in figures
    # not one with its year after it ("January 25, 2019"); a list's next day may follow ("25 January, 14 May")
    # (not "after 9/11", the attacks' name in migration policy)
    r"|(?P<numeric>(?!9/11\b)[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?/[01]?\d))\b"
    r"(?![.,]?\s*(?:de\s+)?(?:\d{3}|\d\d?\b(?![ \t]+[^\W\d])))"
    r"(?![/.]\d)"
    # nor one whose range closes on its year ("January 23 and 24, 2013", "9 y 10 de mayo de 2012")
    r"(?!\s*(?:and|y|et|&|to|al|au|[-–])\s*[0-3]?\d,?\s+(?:de\s+(?:[^\W\d]+\s+de\s+)?)?(?:19|20)\d\d)",
    re.I,
)
_BARE_YEAR = re.compile(r"(?<![\d/-])(?:19|20)\d\d(?![\d/-])")  # not "2005-2006", a span
_WEEKDAY_NAMES = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "The spring Full Round", "the autumn session": when, not the name.
_DESCRIPTIVE_LEAD = re.compile(
    r"^(?:(?:spring|summer|autumn|fall|winter|primavera|otoño|invierno"
    r"|verano|printemps|automne|hiver|été)\s+)+(?!school\b|escuela\b|école\b)",
    re.I,
)
_ORDINALS = ("first", "second", "third", "fourth", "another", "next", "further", "one", "primera", "segunda")


_RANGE_ON = re.compile(r"\s*[-–—]\s*")  # "30 juin - 2 juillet"; "del 30 de junio al 1 de julio" reads with both years
# "moving a seminar from 23 February to 19 and 20 April": two dates, not a range
_MOVE_WORD = re.compile(
    r"\b(?:mov\w*|postpon\w*|reschedul\w*|chang\w*|aplaz\w*|pospu\w*|traslad\w*|report\w*|d[ée]plac\w*)\b", re.I
)


def with_year(text: str, year: int, every: bool = False) -> str:
    """`text` with `year` written after its first year-less date ("on 22 October" -> "on 22 October 2015"), or
    after `every` one: a sentence moving a seminar "from 23 February to 19 and 20 April" dates both."""

    # (matched where a weekday's abbreviation is blanked out, "mar. 7 oct." read as "7 oct.", written into `text`)
    blanked = short_weekdays_blanked(text)

    def dated(m: re.Match[str]) -> str:
        written = text[m.start() : m.end()]
        link = None if m.group("numeric") else _RANGE_ON.match(blanked, m.end())
        if (
            link
            and _YEARLESS.match(blanked, link.end())
            and not _MOVE_WORD.search(text[max(0, m.start() - 60) : m.start()])
        ):
            return written  # "30 juin - 2 juillet": one range, its year written once, after its end
        return f"{written}/{year}" if m.group("numeric") else f"{written} {year}"

    if every:
        out, at = [], 0
        for match in _YEARLESS.finditer(blanked):
            out += [text[at : match.start()], dated(match)]
            at = match.end()
        return "".join([*out, text[at:]])
    match = _YEARLESS.search(blanked)
    while match is not None and dated(match) == text[match.start() : match.end()]:
        match = _YEARLESS.search(blanked, match.end())  # "del 30 de junio al 1 de julio": the year after its end
    return text if match is None else f"{text[: match.start()]}{dated(match)}{text[match.end() :]}"


# "le 6 avril dernier", "el 29 y 30 de noviembre pasado", "on 6 April last", "le 14 octobre prochain": a day
# and month that a news item dates against its own posting date, before or after it.
_PAST_WORD = re.compile(r"^\s*(?:derni[eè]re?|pasad[oa]|last)\b", re.I)
_NEXT_WORD = re.compile(r"^\s*(?:prochaine?|pr[oó]xim[oa]|next)\b", re.I)


def relative_year(text: str, year: int, dateline: datetime.date | None) -> int:
    """The year to lend `text`'s first year-less date: `year`, unless the words after the date place it
    against the item's `dateline` ("le 7 décembre dernier" posted on 12 January 2011 is December 2010;
    "le 14 janvier prochain" posted on 20 December 2010 is January 2011)."""
    match = _YEARLESS.search(text)
    if match is None or dateline is None:
        return year
    after = text[match.end() :]
    dated = find_dates(with_year(text, year))
    if not dated:
        return year
    if _PAST_WORD.match(after) and dated[0].start > dateline:
        return year - 1
    if _NEXT_WORD.match(after) and dated[0].start < dateline:
        return year + 1
    return year


def _as_written(date: DateSpan, year: int) -> DateSpan:
    """The date as the source writes it: the year the context lent is not part of the evidence."""
    added = f" {year}"
    return replace(date, text=date.text[: -len(added)]) if date.text.endswith(added) else date


def heading_year(text: str | None) -> int | None:
    """The one year a heading names ("CICM 2016", "2019 Meetings"); None for none or several, and for the stamp
    of the day a post went up ("Monday, 19 January 2009 10:42"), which tells the year of none of its days."""
    if text and POST_STAMP.match(text):
        return None
    years = set(_BARE_YEAR.findall(text or ""))
    return int(years.pop()) if len(years) == 1 else None


# "XII Reunión Viceministerial de la Conferencia ...", "Meeting of the Working Group on ...": the word a
# title opens with is its head noun when what follows is no other kind word.
_SPELLED_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+"
    r"|primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|sext[ao]|s[ée]ptim[ao]|octav[ao]|noven[ao]"
    r"|d[ée]cim[ao](?:\s+\w+)?|und[ée]cim[ao]|duod[ée]cim[ao]|premi[eè]re?|deuxi[eè]me|troisi[eè]me|\w+i[eè]me)"
)
# "Eleventh Vice-Ministerial Meeting of the Regional Conference ...": a spelled ordinal and qualifying adjectives
# ("Vice-Ministerial", "Annual", "Extraordinary") may come before the head noun.
_OPENING_KIND = re.compile(
    r"^(?:[IVXLC]+\s+|\d{1,3}(?:st|nd|rd|th|ª|º|e|er|ème)?\.?\s+|(?:the|la|el|le|l')\s*)?"
    rf"(?:{_SPELLED_ORDINAL}\s+(?:[^\W\d_][\w-]*(?:al|ary|aire|ari[ao])\s+){{0,2}})?(?P<kind>"
    + _ANY_KIND.pattern.removeprefix("(?<!\\w)").removesuffix("(?!\\w)")
    + r")(?!\w)\s*(?P<next>[^\s,;:]*)",
    re.I,
)


# A kind word, then the body it is of ("Meeting of the ...", "Reunión de la ..."): the noun the title is about. Not
# a bare noun after it ("Session de formation", a training session).
_OF_BODY = re.compile(r"\s+(?:of(?:\s+the)?|del|de\s+la|de\s+los|de\s+las|du|des|de\s+l['’])\s*\b", re.I)


_WORKING_GROUP_RE = next(regex for kind, regex in _KIND_RES if kind == Kind.WORKING_GROUP)


_LEGISLATURE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|U\.\s?S\.|US|United States)\s+Congress\b"
    # "Summit County Land Bank", "Summit Avenue": a place called Summit, no summit held
    r"|\b(?i:summit)\s+(?i:county|city|avenue|ave|street|st|road|rd|township|park|lake|hill|school|station)\b"
)


# "XV Reunión Viceministerial de la CRM", "Vice-Ministerial Meeting of the XVII Regional Conference", "réunion
# vice-ministérielle": the contract names it a conference, and held-out rounds 88 to 129 label 28 of their 29 so
_VICE_MINISTERIAL = re.compile(
    r"\b(?:reuni[oó]n\s+vice-?ministerial|vice-?ministerial\s+(?:meeting|conference|session)"
    r"|r[ée]union\s+vice-?minist[ée]rielle)",
    re.I,
)


_REGIONAL_CONFERENCE = re.compile(
    r"\b(?:conferencia regional sobre migraci[oó]n|regional conference on migration|conf[ée]rence r[ée]gionale"
    r"(?: sur les migrations)?)\b",
    re.I,
)


_WG_ACRONYM = re.compile(r"\bWG[A-Z][A-Za-z]*\b")  # "WGACE", "WGTech", "WGI": a working group by its acronym


def _other_kind_before(text: str) -> bool:
    """Whether a text names a kind of event other than a meeting ("Taller previo a la", not "Reunión dio seguimiento
    a los mandatos de la")."""
    named = _ANY_KIND.search(text)
    if named is None:
        return False
    word = named.group(0)
    return not any(regex.fullmatch(word) for kind, regex in _KIND_RES if kind in (Kind.MEETING, Kind.CONFERENCE))


def classify_kind(title: str) -> Kind | None:
    """The kind a title names: the kind word it opens with when no other kind word follows it, else by the
    priority of `vocabulary.KIND_TERMS`; None if none."""
    title = _LEGISLATURE.sub("", title)  # "Immigration Reform in the 110th Congress": a legislature, no congress held
    if RECORD_OF_EVENT.search(title) and EVENT_KIND_WORDS.search(title):
        return Kind.REPORT  # "Memoria de la XIV Conferencia ...", "... Workshop Report": the work, not the event
    if (
        (vice := _VICE_MINISTERIAL.search(title))
        and not _ANY_KIND.search(_REGIONAL_CONFERENCE.sub("", re.sub(r"\([^()]*\)", "", title[vice.end() :])))
        # "Taller previo a la XV Reunión Viceministerial", "Conferencia de prensa de clausura de la ...": an event of
        # its own held at the meeting, named first
        and not _other_kind_before(_REGIONAL_CONFERENCE.sub("", title[: vice.start()]))
    ):
        # the Regional Conference's yearly vice-ministerial meeting is the conference itself: named first, perhaps
        # after its number ("XV Reunión Viceministerial ..."), or last ("... la celebración de la XIV Reunión
        # Viceministerial"), not beside another meeting it came after ("... precedida por la reunión del GRCM")
        return Kind.CONFERENCE
    opening = _OPENING_KIND.match(_NUMBERED.sub("", title))  # "XV Reunión Viceministerial de la Conferencia ..."
    head = None
    if opening and not _ANY_KIND.match(opening.group("next")):
        head = opening.group("kind")
    elif (first := _ANY_KIND.search(title)) and _OF_BODY.match(title, first.end()):
        head = first.group(0)  # "XIV Vice-Ministerial Meeting of the Regional Conference": a meeting of a body
    for kind, regex in _KIND_RES:
        if head and regex.fullmatch(head):
            if kind == Kind.MEETING and (_WORKING_GROUP_RE.search(title) or _WG_ACRONYM.search(title)):
                # "Third meeting of the Working Group on ...", "WGTech Meeting": the working group met
                return Kind.WORKING_GROUP
            return kind
    for kind, regex in _KIND_RES:
        if regex.search(title):
            return Kind.WORKING_GROUP if kind == Kind.MEETING and _WG_ACRONYM.search(title) else kind
    return None


# A body a sentence names with its article: "the Transatlantic Council", "la Secretaría Técnica", "le Groupe".
_BODY_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(ORGANISATION_WORDS)) + r"|Consultations|Presidency|Presidencia|Présidence"
    r"|Secretar[ií]a|Secrétariat|Chair|Delegation|Delegación|Conferencia|Conférence|Grupo|Groupe|Comit[ée]"
    r"|Consejo|Conseil|Round|Plenary|Plenaria|Plénière)\b",
    re.I,
)
MAX_ARTICLE_KIND_WORDS = 3  # "the annual Full Round", "la Reunión", "The Transatlantic Council": a body or kind near


_NOTE_LABEL = re.compile(r"^(?:note|nota|n\.\s?b\.|remarque|observaci[oó]n)\s*:\s*", re.I)  # "Note: the Steering ..."


# a registration deadline noted under a title in its cell: "Date limite d'inscription : 10 octobre 2008"
_DEADLINE_NOTE = re.compile(
    r"[\s(]+(?:date limite|fecha l[ií]mite|(?:registration\s+)?deadline|plazo de inscripci[oó]n|inscriptions? jusqu)\b",
    re.I,
)


_YEAR_CELL_LEAD = re.compile(r"^(?:19|20)\d\d\s*[|,]\s+(?=\S)")


def clean_title(text: str, work: bool = False) -> str:
    """`text` as a title: no footnote mark, bullet, edge punctuation or article it opens with, unless it is a
    `work`'s (a publication's) own article."""
    text = _FOOTNOTE.sub("", text)
    text = _BULLET.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:.–—-|·•")
    text = _YEAR_CELL_LEAD.sub("", text)  # "2005 | Full Round of Consultations": a milestones table's year cell
    text = _NOTE_LABEL.sub("", text)
    if (deadline := _DEADLINE_NOTE.search(text)) and deadline.start() > 0:
        text = text[: deadline.start()].rstrip(" ,;:.–—-(")  # "Atelier sur X Date limite d'inscription : 10 octobre"
    decided = _DECIDED_LEAD.match(text) if not work else None
    if decided and _ANY_KIND.match(_NUMBERED.sub("", text[decided.end() :])):
        text = text[decided.end() :]  # "Realizar el Seminario sobre ...": the decision's verb, then the activity
    text = _without_article(text) if work else _event_without_article(text)
    return text[:1].upper() + text[1:] if text else text


def _without_article(text: str) -> str:
    """`text` less the article it opens with, unless the article belongs to a work's title ("The Politics of
    Immigration in Tough Times", "Les procédures d'asile accélérées"), not to the sentence that names a body or
    an activity ("the Steering Group", "la Reunión Viceministerial"): capitalised, and no kind or body word among
    the first words after it."""
    if (article := _LEADING_ARTICLE.match(text)) is None:
        return text
    head = " ".join(text[article.end() :].split()[:MAX_ARTICLE_KIND_WORDS])
    titled = text[:1].isupper() and _ANY_KIND.search(head) is None and _BODY_WORD.search(head) is None
    return text if titled else text[article.end() :]


def _balanced(text: str) -> bool:
    return all(text.count(o) == text.count(c) for o, c in ("()", "[]", "“”")) and text.count('"') % 2 == 0


def _trim_clauses(title: str) -> str:
    """The title less a relative clause ("..., which will be sponsored by ...") and, when still too long
    for a title, the list of places it ran in. Empty when only a kind word is left: "Contest, which will
    have its finals ..." is a sentence's tail, the name came before it."""
    text = _RELATIVE_CLAUSE.sub("", title)
    if text != title and text.strip(" ,;:").lower() in _KIND_WORDS:
        return ""
    if len(text.split()) > MAX_TITLE_WORDS:  # a title is short, the list of towns an event ran in need not be
        text = _TRAILING_PLACES.sub("", text)
    return text


# "... will be held on Monday", "... qui aura lieu le": the sentence goes on after the activity's name.
_FUTURE_TAIL = re.compile(
    r"\s+(?:(?:which|that|qui|que)\s+)?(?:will (?:be held|take place|meet)|is to be held"
    r"|(?:se )?(?:tiendr[aá]|celebrar[aá])|aura lieu|se tiendra|se tiendront|se realizar[aá])\b.*$",
    re.I,
)


# "Working Group on Technology, held online", "..., en modalidad virtual": how it met, not its name.
_VIRTUAL_TAIL = re.compile(
    r"\s*[,;–—-]\s*(?:held\s+|tenue?s?\s+|realizad[oa]\s+)?(?:online|virtual(?:ly)?|by videoconference"
    r"|en l[ií]nea|en ligne|(?:en\s+)?modalidad virtual|por videoconferencia|par visioconf[ée]rence)\b.*$",
    re.I,
)


_EMPTY_BRACKETS = re.compile(r"\s*\(\s*[,;:]?\s*\)")
_OPEN_BRACKET_COMMA = re.compile(r"\(\s*[,;:]\s*")


# The status a listing puts before a meeting's name; `status_of` reads it from the record's text.
_LEADING_STATUS = re.compile(
    r"^(?:cancel+ed|canceled|postponed|rescheduled|cancelad[ao]|aplazad[ao]|reprogramad[ao]|annul[ée]e?|reportée?)"
    r"\b\s*[:–—-]?\s*(?=\w)"
    # "Tentative: Working Group on Data": how sure the entry is, set before its name
    r"|^(?:tentative|provisional|tbc|to be confirmed|tentativ[oa]|provisoire|por confirmar|à confirmer)"
    r"\s*[:–—-]\s*(?=\w)",
    re.I,
)


# A day the world observes ("World Refugee Day", "Journée mondiale des réfugiés", "Día Internacional del Migrante"):
# marked or joined, it is no activity of the body; an event held for it names its own kind ("Forum on World
# Refugee Day").
_OBSERVANCE = re.compile(
    r"^(?:[^,;]{0,60}\b(?:s['’]associe|joins|marks|se suma|se une|celebra|célèbre|celebrates)\b[^,;]{0,20})?\s*"
    r"(?:(?:la|el|the)\s+)?(?:world\s+\w+\s+day|international\s+\w+\s+day|international day"
    r"|journée (?:mondiale|internationale)|d[ií]a (?:mundial|internacional))\b",
    re.I,
)
_ORGANISED_FOR = re.compile(
    r"\b(?:forum|seminar|workshop|roundtable|conference|taller|seminario|atelier|séminaire)\b", re.I
)


_UPCOMING_LABEL = re.compile(
    r"^(?:à venir|a venir|upcoming|coming up|próximamente|proximamente|prochainement|don['’]t miss|do not miss"
    r"|save the date|reminder|join us|no se lo pierda|no te lo pierdas|rappel|à ne pas manquer)\s*:\s*"
    # "Don't miss: MPI's roundtable Local Enforcement ...": the host's name before its event's
    r"(?:(?:[A-Z]{2,6}|the [A-Z]\w+)['’]s\s+(?=\w+\s))?",
    re.I,
)


# "Speaker, MPI webinar on ...", "Moderadora: Seminario ...": an expert's role at the activity a CV line names.
_ROLE_LEAD = re.compile(
    r"^(?:(?:invited |keynote |guest |plenary |featured |opening |closing )?speaker|keynote|panell?ist|moderator"
    r"|discussant|presenter|commentator"
    r"|ponente|moderador(?:a)?|panelista|conferencista|comentarista|expositor(?:a)?"
    r"|intervenant(?:e)?|modérat(?:eur|rice)|conférenci(?:er|ère)|discutant(?:e)?)\s*[,:–—]\s+",
    re.I,
)


def _dated_tail(text: str) -> tuple[str, str | None]:
    """A name less the record's fields set after it, and the place among them: "Roundtable on Minors – 30 April
    2012, Brussels, Belgium. Organised with ..." -> ("Roundtable on Minors", "Brussels, Belgium")."""
    for date in find_dates(text):
        head = text[: date.begin]
        if re.search(r"(?:\s[–—-]|,)\s*$", head) and len(head.split()) >= 3:
            fields = re.split(r"[.;(]\s", text[date.stop :] + " ", maxsplit=1)[0]
            return head.rstrip(" ,–—-"), trailing_place(fields.strip(" ,.–—-"))
    return text, None


# "Previous meeting, the ...", "La próxima reunión, el ...": a descriptor, then the activity's name set beside it.
_NAME_THEN_APPOSITION = re.compile(
    r"^(?P<name>(?-i:[A-ZÀ-Ý])[^,]{2,60}?),\s+(?:the|its|la|el|le|l['’])\s+(?-i:[a-zà-ÿ])[^,]*(?:\bof\b|\bde\b|\bdu\b)[^,]*$",
    re.I,
)
_APPOSITION = re.compile(
    r"^(?:previous|next|last|first|latest|upcoming|pr[oó]xim[oa]|anterior|[uú]ltim[oa]|prochaine?|derni[eè]re?)"
    r"(?:\s+[^\W\d_]+){0,2},\s+(?:the|la|el|le|l['’])\s*(?=[A-ZÀ-Ý])",
    re.I,
)


_WEEKDAY_TAIL = re.compile(
    r"[\s,]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$",
    re.I,
)


_WEEKDAY_ONLY = re.compile(
    r"^\W*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\W*$",
    re.I,
)
_ACRONYM_TAIL = re.compile(r"(?<=\w)\s+[-–—]\s+[A-Z]{2,6}$")
_SUB_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=\D)")


_SESSION_PART = re.compile(
    r"(?:(?:en|in|at|durante|during|à|lors de)\s+)?(?:la|el|the|le|l['’])?\s*(?:opening|closing|inaugural|final"
    r"|plenary)?\s*(?:session|sesi[oó]n|s[ée]ance)\s*(?:inaugural|de apertura|de clausura|plenaria|d['’]ouverture"
    r"|de cl[ôo]ture|pl[ée]ni[èe]re|final)?",
    re.I,
)


# "May — The Regional Seminar on ...", "Octubre 2009 – Taller ...": the month a chronicle files the item under
_MONTH_LABEL = re.compile(rf"^(?:{_MONTH_NAMES})\.?(?:\s+(?:de\s+)?(?:19|20)\d\d)?\s*[—–]\s*(?=\S)", re.I)


def tidy_title(title: str, work: bool = False) -> str | None:
    """The title a person would write, or None when what the rule cut out is no title at all; a `work`'s (a
    publication's) title keeps the article it opens with."""
    text = _REMARK.sub("", _TIME_OF_DAY.sub("", _SPACED_ACCENT.sub("", title)))
    # What the time leaves of its brackets: "Board Meeting (7 pm)" -> "()", "(7 pm, after the Hearing)".
    text = _OPEN_BRACKET_COMMA.sub("(", _EMPTY_BRACKETS.sub("", text))
    text = _TITLE_TAIL.sub("", _FUTURE_TAIL.sub("", text))
    text = _VIRTUAL_TAIL.sub("", text)
    text = _ACT_OF.sub("", _TRAILING_REMARK.sub("", text))
    text = _LEADING_SETTING.sub("", text)  # "At the Math Data Workshop in Cernay" names the workshop
    text = _LEAD_ADVERB.sub("", text.strip())  # "Meanwhile, the Council": how the sentence links, not a name
    text = _MONTH_LABEL.sub("", text)
    text = _LEADING_STATUS.sub("", text)  # "Rescheduled Regular Board Meeting": the record's status, not its name
    text = _UPCOMING_LABEL.sub("", text)  # "À venir : Groupe de pilotage": a box's label over the name
    text = _ROLE_LEAD.sub("", text)  # "Panelist, Transatlantic Council plenary": the role, then the activity
    head, dot, place = text.rpartition(" · ")
    if dot and head and country_of(place.strip()) and len(place.split()) <= MAX_PLACE_WORDS:
        text = head  # "COI Working Group · Copenhagen": a box's item, its venue set apart after the name
    if work and (label := _TYPE_LABEL_TAIL.search(text)) and _type_label(label.group("label")):
        text = text[: label.start()]  # "Title · Fact Sheet": the card's type label, set on the title's line
    if work and (code := _SERIES_CODE.match(text)) and len(text[code.end() :].split()) >= MIN_PREFIXED_TITLE_WORDS:
        text = text[code.end() :]  # "WP 2019-03: Internal migration ...": the paper's number in its series
    text = _SUB_NUMBER.sub("", _dated_tail(text)[0])  # "5.2 The Working Group on Return": the item's number
    text = _ACRONYM_TAIL.sub("", text)  # "Working Group on Admission, Control and Enforcement - ACE": its short name
    text = _WEEKDAY_TAIL.sub("", text.strip())  # "... Conference Monday": the weekday of a date cut off after it
    text = _UNDER_CHAIR.sub("", _without_article(text) if work else _event_without_article(text))
    if (nth := _NTH_OF_YEAR.match(text)) and _ANY_KIND.fullmatch(nth.group("kind")):
        text = nth.group("kind").capitalize() + " " + text[nth.end() :]
    if _ANY_KIND.search(stripped := _DESCRIPTIVE_LEAD.sub("", text)):
        text = stripped  # "spring Full Round" -> "Full Round"; a title of only "First" keeps it (and is rejected)
    if (ordinal := _ORDINAL_APPOSITION.match(text)) and _ANY_KIND.match(text[ordinal.end() :]):
        text = text[ordinal.end() :]  # "The first, a Workshop on Return, took place ...": which one, then its name
    if (apposed := _APPOSITION.match(text)) and _ANY_KIND.search(text[apposed.end() :]):
        text = text[apposed.end() :]  # "Previous meeting, the Fifth Plenary Meeting of ...": the name after the comma
    elif (named := _NAME_THEN_APPOSITION.match(text)) and _ANY_KIND.search(named.group("name")):
        text = named.group("name")  # "Full Round, the annual plenary meeting of IGC participating States": the name
    # "prochaine Mini-réunion plénière": the name after the word, in the French and Spanish prose of a newsletter;
    # an English "Next Board Meeting" line repeats a listed meeting, and stays rejected.
    upcoming = re.match(r"(?:próxim[oa]|prochaine?)\s+", text, re.I)
    if upcoming and _ANY_KIND.search(rest := text[upcoming.end() :].strip()) and len(rest.split()) >= 2:
        text = rest
    text = _trim_clauses(text)
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_LINK.sub("", text.strip(" ,;:.–—-|·•")).strip()
    text = clean_title(text, work)
    words = text.split()
    # A long Spanish or French name opens with its kind ("Reunión de la Red de Funcionarios de Enlace para ..."); a
    # long text that does not is a clause ("Con la adopción de la Declaración ... concluyó ayer ...").
    too_long = len(words) > MAX_TITLE_WORDS and not (name_length(text) <= MAX_TITLE_WORDS and _OPENING_KIND.match(text))
    if not words or too_long or _FRAGMENT_START.match(text) or _UPCOMING.match(text) or _KIND_CLAUSE.match(text):
        return None
    if _OBSERVANCE.search(text) and not _ORGANISED_FOR.search(text):
        return None  # "Le Secrétariat s'associe à la Journée mondiale des réfugiés": a day observed, no activity
    if (len(words) == 1 and len(re.sub(r"\W", "", text)) < 3) or text.lower() in _PLURAL_KIND_LABELS:
        return None
    if text.lower() in DOCUMENT_SECTIONS:
        return None  # "Practical information": a part of the document, no activity's name
    if _SESSION_PART.fullmatch(text):
        return None  # "En la sesión inaugural": a part of the meeting the text is about, no activity of its own
    if sum(bool(_CODE_TOKEN.search(w)) for w in words) >= 2 or not _balanced(text):
        return None
    return text


def _event_without_article(text: str) -> str:
    """An event's name without the article a sentence gives it ("the Full Round", "la Reunión Viceministerial"); a
    topic's title set as the event's name ("The Fiscal Impact of Immigration Reform") keeps it, as a work's does."""
    # "The GRCM", "The OECD Working Party": a body named in a sentence, its acronym first
    first = text[4:].split()[:1]
    titled = bool(first) and first[0][:1].isupper() and not first[0].isupper()
    if text.startswith("The ") and titled and not _ANY_KIND.search(text):
        return _without_article(text)
    return _LEADING_ARTICLE.sub("", text)


def _first_kind(text: str) -> Kind | None:
    """The kind of the first kind word in `text`, not the highest-priority one."""
    match = _ANY_KIND.search(text)
    return classify_kind(match.group(0)) if match else None


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not splitting after initials and common abbreviations."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION_END.search(text[start : match.start()]):
            continue
        parts.append(text[start : match.start()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


# --- places ---------------------------------------------------------------------------------


def _named_place(place: str | None) -> str | None:
    """ISO alpha-2 of a segment written `City, Country`, `Country` or a known city, by our own names only:
    the splitting of titles from venues relies on it, where the wider gazetteer of `places` would cut
    titles at words that happen to name a province."""
    if not place:
        return None
    segments = [s.strip().lower() for s in place.split(",") if s.strip()]
    for segment in reversed(segments):
        if segment in COUNTRIES:
            return COUNTRIES[segment]
    joined = ", ".join(segments)
    return CITIES.get(joined) or (CITIES.get(segments[0]) if segments else None)


def _is_place(segment: str) -> bool:
    return _named_place(segment) is not None


_PLACE_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s+")  # "Genève. Les", not "St. Louis" nor "D.C."


def _place_in(text: str, dates: Sequence[DateSpan], ents: Sequence[tuple[str, str]]) -> str | None:
    for match in _PLACE_AFTER.finditer(text):
        loc = match.group("loc")
        for span in dates:  # "in March 2006" is a date, not a place
            if span.begin < match.end("loc") and span.stop > match.start("loc"):
                loc = text[match.start("loc") : span.begin].strip(" ,")
        loc = _PLACE_SENTENCE_END.split(loc, maxsplit=1)[0]  # "à Genève. Les inscriptions ...": the sentence ends there
        loc = re.sub(r"\s+(?:on|el|le|from|del|du|de)$", "", loc.strip(" ,.")).strip(" ,")
        loc = re.sub(r",\s*en\s+", ", ", loc)  # "Helsinki, en Finlande" -> "Helsinki, Finlande"
        if not loc:
            continue
        if _is_place(loc):
            return _with_bracketed_country(loc, text[match.end("loc") :])
        # "sesionó en la Ciudad de México la Reunión de la Red ...": the place ends before an article opens the
        # subject that follows it.
        cuts = [m.start() for m in re.finditer(r"\s+(?:la|el|los|las|le|les|the)\s+(?=[A-ZÀ-Ý])", loc)]
        if place := next((loc[:c] for c in reversed(cuts) if _is_place(loc[:c])), None):
            return place
        if cuts and world_city(loc[: cuts[0]]) or not cuts and world_city(loc) and len(loc.split()) <= MAX_PLACE_WORDS:
            # "took place in Bergen on 15-16 September": a town of the world's gazetteer, up to the subject after it
            return loc[: cuts[0]] if cuts else loc
        gpe = [name for name, label in ents if label == "GPE" and name in loc]
        if gpe:
            # a town the model knows and we do not, up to the subject's article: "en Managua la XVI Reunión"
            head = loc[: cuts[0]] if cuts and any(name in loc[: cuts[0]] for name in gpe) else loc
            return _with_bracketed_country(head, text[match.end("loc") :]) if head == loc else head
    return None


def _with_bracketed_country(place: str, after: str) -> str:
    """`Stockholm` followed by `(Sweden)` -> "Stockholm, Sweden"; a place that already names its region or
    country ("Washington, D.C. (Estados Unidos)") stays at city level."""
    bracket = _BRACKETED.match(after)
    if bracket is None or "," in place or bracket.group("inner").strip().lower() not in COUNTRIES:
        return place
    return f"{place}, {bracket.group('inner').strip()}"


def _unbracket_countries(text: str) -> str:
    """`Working Group on Admission, Ottawa (Canada)` -> `..., Ottawa, Canada`: the comma form the venue
    splitting reads."""
    return re.sub(
        r"\s*\((?P<inner>[^()]{3,40})\)",
        lambda m: f", {m.group('inner').strip()}" if m.group("inner").strip().lower() in COUNTRIES else m.group(0),
        text,
    )


def _place_after_verb(
    text: str, verb: re.Match[str], dates: Sequence[DateSpan], ents: Sequence[tuple[str, str]]
) -> str | None:
    """The venue a sentence names after its event verb, else anywhere: "Organisé par le Secrétariat à Genève,
    l'atelier s'est déroulé à Helsinki": the organiser's city comes first, the venue follows the verb."""
    masked = " " * verb.start() + text[verb.start() :]  # offsets kept, so the date spans still line up
    return _place_in(masked, dates, ents) or _place_in(text, dates, ents)


_HOST_SUBJECT = re.compile(
    r"(?:^|,\s*|\s)(?:la ciudad de|el municipio de|the city of|la ville de)?\s*"
    r"(?P<loc>[A-ZÀ-Ý][^,]*(?:,\s*[A-ZÀ-Ý][^,]*)?)$"
)


# A verb whose subject is the venue: "San José acogió ...", "Panamá fue la sede de ...", "Ottawa hosted ...".
_VENUE_SUBJECT_VERB = re.compile(r"fue (?:la )?sede|acogió|albergó|a accueilli|hosted", re.I)


# "... se reunieron en Santo Domingo ... los días 23 y 24 de junio de 2011, en el marco de la XVI Reunión
# Viceministerial": the meeting named as the frame of what the sentence tells.
_FRAMED = re.compile(
    r"\b(?:en el marco de|dans le cadre de|(?:with)?in the framework of|on the occasion of|con (?:motivo|ocasi[oó]n) de"
    r"|[àa] l['’]occasion de|on the (?:margins|sidelines) of|al margen de|en marge de)\s+"
    r"(?:(?:la|el|le|les|los|las|the)\s+|l['’]|del\s+|des\s+|du\s+)?(?P<name>(?-i:[A-ZÀ-Ý0-9])[^.;:()]{4,140}?)"
    r"(?=\s*(?:[.;:(]|,\s+(?:(?-i:[a-z]))|$))",
    re.I,
)
_IN_TOWN = re.compile(
    r"\b(?:en|in|à|a)\s+(?P<town>(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,40}?(?:,\s*(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,30}?)?)"
    r"(?=,|\s+(?:on|el|le|los|les|from|del?|du)\b|$)"
)


def framed_event_reading(text: str, block: Block) -> _Reading | None:
    """The meeting a sentence names as the frame of what it tells ("los Viceministros se reunieron en Santo Domingo
    ... los días 23 y 24 de junio de 2011, en el marco de la XVI Reunión Viceministerial"), on the sentence's one day
    and at the town it names."""
    sentence = next((t for t in split_sentences(text) if _FRAMED.search(t)), "")
    framed = _FRAMED.search(sentence)
    days = [d for d in find_dates(sentence) if d.precision == DatePrecision.DAY]
    if framed is None or len(days) != 1 or not _ANY_KIND.search(framed.group("name")):
        return None  # the frame's day is its own sentence's, not the next one's
    title = tidy_title(framed.group("name"))
    kind = classify_kind(title) if title else None
    if not title or kind is None:
        return None
    before = sentence[: framed.start()]
    town = next((m.group("town").strip() for m in _IN_TOWN.finditer(before) if country_of(m.group("town"))), None)
    return _Reading("prose.event_verb", kind, title, days[0], town, sentence, block)


def _host_city(text: str, verb: re.Match[str]) -> str | None:
    """`la ciudad de Antigua, Guatemala, fue sede de la Reunión ...`: the venue is the verb's subject."""
    if not _VENUE_SUBJECT_VERB.match(verb.group(0)):
        return None
    subject = _LEAD_ADVERB.sub("", text[: verb.start()].strip(" ,"))
    # "La Ciudad de Panamá, Panamá, fue la sede": the article is the sentence's
    subject = re.sub(r"^(?:la|el|le|the)\s+(?=[A-ZÀ-Ý])", "", subject, flags=re.I)
    match = _HOST_SUBJECT.search(subject)
    if match is None:
        return None
    place = match.group("loc").strip()
    return place if _is_place(place) or _is_place(place.split(",")[-1]) else None


def _participants(text: str, location: str | None, title: str, ents: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """States and organisations named in the text, other than the venue and the title (`participants`)."""
    return participants(text, ents, location, title=title)


# --- candidate rows -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What one rule read from one piece of text, before it becomes an Activity."""

    rule: str
    kind: Kind
    title: str
    date: DateSpan | None
    location: str | None
    snippet: str
    block: Block
    authors: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    status: ActivityStatus = ActivityStatus.REPORTED
    publisher: str | None = None
    publication_type: PublicationType | None = None  # when the rule read it from the text's own words


def _column(header: Sequence[str], names: Sequence[str]) -> int | None:
    for i, cell in enumerate(header):
        words = normalise_title(cell).split()
        if any(normalise_title(name) in words or normalise_title(cell) == normalise_title(name) for name in names):
            return i
    return None


def _lead_of(cell: str) -> str:
    """A cell holding a title and its description, run together: the first sentence, else the first words.
    The column says the cell names the activity, so a long cell is cut rather than rejected."""
    if len(cell.split()) <= MAX_TITLE_WORDS:
        return cell
    first = split_sentences(cell)[0]
    if len(first.split()) <= MAX_TITLE_WORDS:
        return first
    return " ".join(cell.split()[:TITLE_LEAD_WORDS]) + " …"


def row_to_reading(block: Block) -> _Reading | None:
    """A `Date | Meeting | Venue` table row, read by its header's column names; None for a row called off."""
    return None if _called_off(block.text) else _columns_reading(block)


# A column of a body's meetings: "Committee meeting", "Full Council meetings", "Reuniones del GRCM"
_MEETINGS_COLUMN = re.compile(r"\b(?:meetings?|sessions?|reuni[oó]n(?:es)?|sesi[oó]n(?:es)?|r[ée]unions?)\b", re.I)


def _other_meeting_cells(block: Block, reading: _Reading) -> list[_Reading]:
    """The meetings a row's other meeting columns hold on the same day: "18 January | Planning Committee | Council
    meeting" under "Date | Committee meeting | Full Council meetings" is two meetings. Only where the title column
    is one of several headed as meetings; a time or a note in such a cell names none."""
    title_col = title_column(block.header, block.cells)
    columns = [i for i, h in enumerate(block.header) if _MEETINGS_COLUMN.search(h)]
    if title_col not in columns or len(columns) < 2:
        return []
    found = []
    for i in columns:
        cell = _lead_of(clean_title(block.cells[i])) if i != title_col and i < len(block.cells) else ""
        name = _TIME_OF_DAY.sub("", cell).strip(" ,;:–—-")
        if len(name.split()) < 2 or not (_ANY_KIND.search(name) or _BODY_NAME.search(name)) or find_dates(name):
            continue
        found.append(replace(reading, title=name, kind=classify_kind(name) or Kind.MEETING))
    return found


# "(postponed from 9 February)", "(rescheduled)": the meeting moved to the date given, and took place there.
_MOVED_NOTE = re.compile(
    r"\(\s*(?:postponed|rescheduled|moved|deferred|aplazad[ao]|pospuest[ao]|reprogramad[ao]|trasladad[ao]"
    r"|report[ée]e?|d[ée]plac[ée]e?)(?:\s+(?:from|del|de|du|desde)\b[^()]*)?\)",
    re.I,
)


_DUE = re.compile(r"\b(?:due|deadline|l[ií]mite|échéance|submission|filing|vencimiento)\b", re.I)
MAX_STATUS_DATE_HEADER_WORDS = 2  # "Held", "Actual", "Realizada", "Date held" is a date header already


def _date_column(header: Sequence[str]) -> int | None:
    """The column of the day an activity took place: of two date columns, the actual one, not the planned."""
    columns = [
        i for i, cell in enumerate(header) if _column((cell,), DATE_HEADERS) is not None and not _DUE.search(cell)
    ]  # "Due date", "Deadline": when a commitment falls due, no day an activity took place
    if not columns:
        # "Activity | Planned | Held | Status": columns named only by whether the activity was planned or held
        columns = [
            i
            for i, cell in enumerate(header)
            if len(cell.split()) <= MAX_STATUS_DATE_HEADER_WORDS
            and (ACTUAL_HEADER.fullmatch(cell.strip()) or PLANNED_HEADER.fullmatch(cell.strip()))
        ]
    if len(columns) <= 1:
        return columns[0] if columns else None
    actual = [i for i in columns if ACTUAL_HEADER.search(header[i])]
    unplanned = [i for i in columns if not PLANNED_HEADER.search(header[i])]
    return (actual or unplanned or columns)[0]


_MOVED_FROM = re.compile(
    r"\b(?:rescheduled|moved|postponed|changed|delayed|reprogramad[ao]|trasladad[ao]|report[ée]e?|d[ée]plac[ée]e?)"
    r"\s+(?:from|del?|du)\s+$",
    re.I,
)


def _called_off(text: str) -> bool:
    """A negative cue (cancelled, postponed, planned) outside a note saying the meeting moved to this date."""
    return bool(_NEGATIVE.search(_MOVED_NOTE.sub(" ", text)))


# A product a work plan lists beside its meetings, named by what it is: "Manual regional de procedimientos ...",
# "Directorio de Oficiales de Enlace", "Boletín Informativo", "Compendio normativo", "Estudio sobre ..."
_WORK_NOUN_LEAD = re.compile(
    r"^(?:manual|directorio|directory|boletín|bulletin|newsletter|documento de análisis|compendio|compendium|estudio"
    r"|study(?!\s+(?:visit|tour|trip))|guía|guide|folleto|brochure|glosario|glossary|recopilación|catálogo|catalogue|répertoire|annuaire"
    r"|lineamientos|guidelines)\b",
    re.I,
)


def _columns_reading(block: Block) -> _Reading | None:
    """A `Date | Meeting | Venue` table row as its columns say, whatever its status."""
    header, cells = block.header, block.cells
    date_col = _date_column(header)
    title_col = title_column(header, cells)
    if date_col is None or title_col is None or max(date_col, title_col) >= len(cells):
        return None
    if (
        PLANNED_HEADER.search(header[date_col]) is None
        and any(PLANNED_HEADER.search(h) for h in header)
        and not (find_dates(cells[date_col]) or _YEARLESS.search(cells[date_col]))
    ):
        return None  # "Regional seminar | March 2009 | - | Postponed": planned, never held
    venue_col = _column(header, VENUE_HEADERS)
    shared_venue = venue_col == title_col  # "Meeting and venue": one column holds both
    venue_col = None if shared_venue else venue_col
    title = _lead_of(clean_title(cells[title_col]))
    date = _cell_date(re.sub(r"\s+", " ", cells[date_col]), block.heading)
    if not title or date is None or TOTAL_ROW.match(title):
        return None  # "Total: 10 activities", "Total de participantes": the table's sum, no activity
    location = (
        re.sub(r"\s+", " ", cells[venue_col]).strip() if venue_col is not None and venue_col < len(cells) else None
    )
    if shared_venue or (location is None and venue_col is None):
        title, location = _venue_tail(title)  # a "Meeting and venue" column: "Working Group on X, Vienna, Austria"
    cell = re.sub(r"\s+", " ", cells[date_col])
    around = cell[date.stop :] if date.begin == 0 else cell[: date.begin] if date.stop >= len(cell.rstrip()) else ""
    if location is None and (around := around.strip(" ,;:–—-")) and known_place(around):
        location = around  # "Held: March 13-14, 2012 Panama City, Panama", "Washington, DC, June 14, 2011"
    # A "Meeting" column holds meetings; an "Event" or "Activity" column holds anything, its "Format" column the kind.
    typed = next((cells[i] for i, h in enumerate(header) if _TYPE_HEADER.fullmatch(h.strip()) and i < len(cells)), "")
    kind = None
    if typed and classify_kind(typed) is None and (names_work_type(typed) or _WORK_NOUN_LEAD.match(typed.strip())):
        # "Output | Type | Planned | Delivered" with "Report", "Policy brief", "Manual": a work, whatever its
        # title's words ("Manual de capacitación ..." is no training)
        kind = Kind.REPORT if publication_type_of(typed) == PublicationType.REPORT else Kind.PUBLICATION
    elif _WORK_NOUN_LEAD.match(title):
        kind = Kind.PUBLICATION  # a work plan's products beside its meetings: "Manual regional de ...", "Boletín ..."
    kind = kind or classify_kind(title) or (classify_kind(typed) if typed else None) or classify_kind(header[title_col])
    if kind is None and (work := publication_type_of(title)) != PublicationType.OTHER:
        kind = Kind.REPORT if work == PublicationType.REPORT else Kind.PUBLICATION  # "Research paper on return"
    if kind is None:
        # "Videoconferencia de la Red de Funcionarios de Enlace": a body's session is its meeting, however held
        kind = Kind.MEETING if _OF_A_BODY.search(title) or _BODY_NAME.search(title) else Kind.OTHER
    # "Cancelled", "Delayed to Q1 2008-09" in the row: the meeting listed, with what became of it
    status = status_of(block.text)
    return _Reading("table.columns", kind, title, date, location or None, block.text, block, status=status)


def _in_document_language(reading: _Reading, language: str | None) -> _Reading:
    """A bilingual report's entry named by its heading in the document's language ("Seminario sobre Migración y
    Remesas") over the same name translated ("Seminar on Migration and Remittances · Ciudad de Guatemala - 15 y 16
    de febrero"): the heading's name, the document's."""
    heading = reading.block.heading or ""
    if reading.kind in _PUBLICATION_KINDS or not heading or language is None:
        return reading
    if title_language(reading.title) in (None, language) or title_language(heading) != language:
        return reading
    if classify_kind(heading) != reading.kind or len(heading.split()) > MAX_TITLE_WORDS:
        return reading
    if len(_ANY_KIND.findall(heading)) != 1 or EVENTS_SECTION.search(heading) or " / " in heading:
        return reading  # "Meetings and workshops held in 2008 / Réunions et ateliers ...": a section's heading
    return replace(reading, title=clean_title(heading))


def _typed_cell_kind(block: Block) -> Kind | None:
    """The kind a table row's type column gives ("Format": "Policy briefing", "Webinar", "Book launch")."""
    header, cells = block.header or (), block.cells or ()
    typed = next((cells[i] for i, h in enumerate(header) if _TYPE_HEADER.fullmatch(h.strip()) and i < len(cells)), "")
    return classify_kind(typed) if typed else None


# A column of each activity's kind: "Format" ("Roundtable", "Briefing"), "Type", "Tipo", "Modalidad"
_TYPE_HEADER = re.compile(r"(?:format|type|kind|category|tipo|formato|modalidad|categor[ií]a|cat[ée]gorie)", re.I)


# "City Council", "Plan Commission", "Board of Trustees" in a Legistar "Name" column: the body that meets.
_BODY_NAME = re.compile(
    r"\b(?:Council|Committee|Commission|Board|Authority|Trustees|Directors|Assembly|Subcommittee|Task Force"
    r"|Consejo|Comité|Comisión|Junta|Conseil|Assemblée)\b"
)
_OF_A_BODY = re.compile(
    r"\b(?:de la|del|of the|du|de l['’])\s+(?:Red|Grupo|Comité|Consejo|Comisión|Network|Group|Committee|Council"
    r"|Board|Commission|Réseau|Groupe|Conseil)\b"
)


def _cell_date(cell: str, heading: str | None) -> DateSpan | None:
    """A date cell's date; a cell without a year ("9-10 September") takes the one its heading names
    ("2008"), as an annual report's calendar lists the meetings of each year under the year."""
    date = parse_date(cell, allow_year=True) or month_cell(cell)  # "02/2012": a month in figures
    if date is None and (dates := find_dates(cell)) and len(dates) == 1:
        # "March 13-14, 2012 Panama City, Panama", "Washington, DC, June 14, 2011": a "Held" cell's day and place
        before = cell[: dates[0].begin].strip(" ,;:–—-")
        date = dates[0] if not before or known_place(before) else None
    if date is None and (year := heading_year(heading)) and _YEARLESS.search(cell):
        lent = parse_date(with_year(cell, year), allow_year=True)
        return _as_written(lent, year) if lent else None
    return date


def _is_city_name(segment: str) -> bool:
    """A segment that may name a town the gazetteer does not know ("Quetzaltenango"): a few capitalised
    words, no kind word, no digit. Only asked of the segment just before a country."""
    words = segment.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() or w.lower() in _PLACE_LINKS for w in words)
        and not _ANY_KIND.search(segment)
        and not re.search(r"\d", segment)
    )


def _with_city(segments: list[str], cut: int) -> int:
    """`Title, Oslo (Norway)`: a country alone after the title takes the town before it into the place."""
    alone = cut == len(segments) - 1 and segments[cut].strip().lower() in COUNTRIES
    return cut - 1 if alone and cut > 1 and _is_city_name(segments[cut - 1]) else cut


def _venue_tail(text: str) -> tuple[str, str | None]:
    """`Title, City, Country` -> (title, "City, Country"): the trailing comma segments that name a place; a place
    in brackets closing the title too ("Taller regional sobre ... (San Salvador, El Salvador)"); "Ottawa (Canada)"
    is a town and its country, read below."""
    if (bracketed := re.search(r"\s*\((?P<place>[^(),]{2,40},[^(),]{2,40})\)$", text)) and _is_place(
        bracketed.group("place").split(",")[0].strip()
    ):
        return text[: bracketed.start()].strip(" ,;:–—-"), bracketed.group("place").strip()
    text = _unbracket_countries(text)
    segments = [s.strip() for s in text.split(",")]
    cut = len(segments)
    while cut > 1 and _is_place(segments[cut - 1]):
        cut -= 1
    if cut < len(segments):
        cut = _with_city(segments, cut)
    if cut == len(segments):
        # "..., Ottawa, ON": a known city and the province or state the wider gazetteer knows
        place = trailing_place(text)
        if place and place != text and _is_place(place.split(",")[0]):
            return text[: len(text) - len(place)].rstrip(" ,"), place
        return text, None
    title, place = ", ".join(segments[:cut]), ", ".join(segments[cut:])
    dashed = re.match(r"^(?P<title>.+?)\s+[–—-]\s+(?P<town>[^–—-]+)$", title)
    if place.lower() in COUNTRIES and dashed and _is_city_name(dashed.group("town")):
        # "Taller sobre trata de personas - Managua, Nicaragua": the dash sets the town off the title
        return dashed.group("title"), f"{dashed.group('town')}, {place}"
    return title, place


def _heading_says(block: Block, words: Sequence[str]) -> bool:
    heading = (block.heading or "").lower()
    return any(w in heading for w in words)


def _by_date(text: str, after_by: int, date: DateSpan) -> bool:
    """Whether `date` follows "by" directly, maybe after its weekday: "by June 2019", "by Friday, May 15"."""
    between = text[after_by : date.begin].strip(" ,")
    return date.begin >= after_by and (not between or bool(_WEEKDAY_LEAD.fullmatch(between)))


# "(Report, 52 pp., June 2013)", "(Policy Brief No. 9, May 2013)": a work's type, size or date in brackets after
# its byline
_BYLINE_NOTE = re.compile(
    r"\s*\((?=[^()]*(?:\bpp?\.|\bpages\b|(?:19|20)\d\d|\b(?:report|brief|paper|sheet|book)\b))", re.I
)


def bylined_entry(text: str) -> bool:
    """Whether `text` is a listed publication by its shape, "Title. By A and B. [Imprint,] July 2011. [Type]": a
    byline of its own, then the date last. Such an entry is a publication however its title names a meeting ("Council
    Statement from the Sixth Plenary Meeting")."""
    by = _BY.search(text)
    if by is None or not text[: by.start() + 1].rstrip().endswith("."):
        return False  # "Briefing by Senator X, 3 March": a speaker; the byline is a sentence of its own
    dates = find_dates(text)
    return bool(dates) and dates[-1].begin > by.end() and not _TYPE_LABEL.sub("", text[dates[-1].stop :]).strip(" .,;")


# A finite passive in a line under a publications heading: "was transferred", "fue traspasada", "a été remis".
_PASSIVE_CLAUSE = re.compile(
    r"\b(?:was|were|fue|fueron|a été|ont été)\s+(?:\w+\s+)?[^\W\d_]+(?:ed|ad[oa]s?|id[oa]s?|é(?:e|s|es)?|is|ise)\b",
    re.I,
)


# A type label closing a listing's line: "15/03/2018 Informe sobre ... Informe", "... Guía", "... Policy Brief".
_CLOSING_TYPE = re.compile(
    r"\s+(?:report|policy brief|brief|working paper|study|guide|book|fact sheet|article|informe|guía|estudio|libro"
    r"|documento de trabajo|rapport|étude|guide|ouvrage|note)\s*$",
    re.I,
)


def _date_led_work(text: str, date: DateSpan) -> tuple[str, str | None] | None:
    """A publication list's line that opens with its date ("15/03/2018 Title Informe"): the title, and the type
    label it closes with; None when what follows the date reads as no title."""
    rest = text[date.stop :].strip(" –—-|:·•,")
    label = _CLOSING_TYPE.search(rest)
    title = rest[: label.start()].strip(" –—-|:·•,") if label else rest
    if len(title.split()) < 2 or not title[:1].isupper() or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return title, label.group(0).strip() if label else None


def _led_reading(led: tuple[str, str | None], date: DateSpan, text: str, block: Block) -> _Reading | None:
    title, label = led
    title = clean_title(title, work=True)
    if not title:
        return None
    typed = publication_type_of(label or title) == PublicationType.REPORT or _REPORT_TITLE.search(title)
    return _Reading("publication.entry", Kind.REPORT if typed else Kind.PUBLICATION, title, date, None, text, block)


# "Page mise à jour le 16 janvier 2012", "Last updated: 3 May 2010": when the page changed, no work's release.
_UPDATED_STAMP = re.compile(
    r"^\W*(?:(?:this\s+)?page\s+)?(?:last\s+|dernière\s+|última\s+)?(?:updated|posted|modified|mise à jour|mis à jour"
    r"|actualizad[ao]|actualización|modifiée?|revised)\b",
    re.I,
)


def _names_led(title: str) -> tuple[tuple[str, ...], str] | None:
    """An entry that opens with its authors in their natural order, then the title: "Laura Mendel, Aaron Whitfield.
    Points and Offers" -> (("Laura Mendel", "Aaron Whitfield"), "Points and Offers")."""
    stop = NAMES_END.search(title)  # not an initial's stop ("Demetrios G. Alexandrou")
    if stop is None or len(title[stop.end() :].split()) < MIN_LED_TITLE_WORDS:
        return None
    names = names_in(title[: stop.start()])
    if not names or any("," in n for n in names) or any(country_of(n) for n in names):
        return None  # "Mendel, Laura": an inverted name is a citation's, read by its rule; "Washington, DC"
    return names, title[stop.end() :]


MIN_LED_TITLE_WORDS = 2
# A press release's dateline in capitals: "WASHINGTON —", "BELLAGIO, ITALY —", "GENEVA (IGC) –".
_PRESS_DATELINE = re.compile(r"^\W*(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .,'’()-]{2,40})\s*[—–-]{1,2}\s+(?=\S)")
_FILED_PAPER = re.compile(
    r"^\W*(?:agenda|minutes|notice|acta|orden del d[ií]a|ordre du jour)\s+(?:was\s+)?"
    r"(?:filed|posted|uploaded|amended)\b",
    re.I,
)
# A work's card as one line of its fields ("Title · Book · 2012 · By A and B", as the HTML reader sets a card that
# declares itself a work in microdata): the byline a field of its own, after the date.
_CARD_BYLINE = re.compile(r" · (?=(?:(?:Edited|Compiled) by|By) [A-ZÀ-Ý])")


def card_line(text: str) -> bool:
    """Whether `text` is a work's card, "Title · [Type ·] Date · By A and B": a work whatever its title names
    ("Memoria del Taller ...", "Manual de capacitación ...")."""
    fields = text.split(" · ")
    dated = [i for i, f in enumerate(fields) if find_dates(f) or _YEAR_ONLY_FIELD.match(f)]
    if len(fields) == 3 and dated == [2] and len(fields[1].split()) <= MAX_TYPE_LABEL_WORDS:
        # "Title · Workshop report · September 2009": a linked file beside its type and its date
        return names_work_type(fields[1]) and _whole_date(fields[2])
    return len(fields) >= 3 and bool(dated) and dated[0] > 0 and _CARD_BYLINE.match(" · " + fields[-1]) is not None


def _whole_date(text: str) -> bool:
    return len(found := find_dates(text)) == 1 and found[0].begin == 0 and found[0].stop >= len(text.rstrip(" ."))


_YEAR_ONLY_FIELD = re.compile(r"^(?:19|20)\d\d$")
_YEAR_FIELD = re.compile(r"(?<= · )(?:19|20)\d\d(?= · |$)")


def _year_field(text: str) -> list[DateSpan]:
    """ "Title · Book · 2012 · By A and B": a card's fields, its year one of them (a bare year dates nothing else)."""
    if not (field := _YEAR_FIELD.search(text)) or (year := parse_date(field.group(0), allow_year=True)) is None:
        return []
    return [replace(year, begin=field.start(), stop=field.end())]


MAX_PLACE_WORDS = 4


_TO_BE_RELEASED = re.compile(
    r"\b(?:will|to)\s+(?:release|publish|issue)\b|\b(?:will|to) be (?:released|published|issued)\b"
    # "Title, by A and B (expected May 2011).": a work still to come, its month only foreseen
    r"|[(\[,]\s*(?:expected|forthcoming|due out|à paraître|de próxima aparición|previsto para)\b",
    re.I,
)
_PERIOD_FIELD = re.compile(
    r"^\W*(?:p[ée]riode(?:\s+couverte)?|(?:reporting\s+)?period(?:\s+covered)?|per[ií]odo(?:\s+que\s+cubre|\s+cubierto)?)"
    r"\s*:",
    re.I,
)
MAX_UNSIGNED_ENTRY_CHARS = 250
MAX_TYPE_FACT_WORDS = 5
MIN_PROSE_SENTENCES = 3


def publication_to_reading(text: str, block: Block) -> _Reading | None:
    """`Title. By A and B. March 2005` in a publication list, or `X was issued in June 2006`."""
    if _PERIOD_FIELD.match(text):
        return None  # "Période couverte : 1er avril 2012 – 31 mars 2014 · Rapport soumis le 30 avril 2014"
    dates = find_dates(text) or _year_field(text)
    in_list = _heading_says(block, PUBLICATION_HEADINGS + DOCUMENT_HEADINGS)
    # "Migración ... por Centroamérica · Book · 2010 · By A": a card's byline is its own field, not a title's "por"
    by = _BY.search(text, card.start()) if (card := _CARD_BYLINE.search(text)) else _BY.search(text)
    if by and (
        _NOT_BYLINE.search(text[: by.start() + 1].rstrip())
        or _EVENT_VERB.search(text[: by.start()])  # "Quiz organized on 31 October 2015 by DOH": the organiser
        or any(_by_date(text, by.end(), d) for d in dates)  # "by June 2019", "RSVP by Friday, May 15": a deadline
    ):
        by = None
    if (
        in_list
        and not by
        and len(block.text) > MAX_UNSIGNED_ENTRY_CHARS
        and len(split_sentences(block.text)) >= MIN_PROSE_SENTENCES
    ):
        in_list = False  # "2. Research and analysis" over a paragraph of its narrative: the section's prose, no entry
    issued = _DOC_VERB.search(text)
    if not dates or _NEGATIVE.search(text) or _UPDATED_STAMP.match(text) or not_a_work(text):
        return None  # "Workshop Slides (September 10, 2021)": what a talk left, no work
    if _FILED_PAPER.match(text) or POSTED_BY.match(text):
        # "Agenda filed on May 28 2021, 03:01PM by S. Lopes": a meeting's paper, filed by its clerk; "Written by
        # Administrator Monday, 25 June 2012 10:15": a post's stamp, no work
        return None
    if _TO_BE_RELEASED.search(text):
        return None  # "MPI will release a companion report on labor market tests in July 2006": not out yet
    if _PRESS_DATELINE.match(text):
        return None  # "WASHINGTON — ..., finds a report released today, ...": a press release's prose, no entry
    if not (in_list or by or (issued and _DOC_NOUN.search(text[: issued.start()])) or card_line(text)):
        return None
    if in_list and not by and dates[0].begin <= 1 and (led := _date_led_work(text, dates[0])):
        return _led_reading(led, dates[0], text, block)
    date = dates[-1]
    if _PERIOD_BOUND.search(text[: date.begin]) or _NOT_WHEN.search(text[: date.begin]):
        return None
    if _DUE.search(_SENTENCE_END.split(text[: date.begin])[-1]):
        return None  # "Convocatoria ... Fecha límite para la recepción de ofertas: 30/04/2011": a call's deadline
    period = len(dates) > 1 and _reporting_period(text, dates[-2:]) or _MONTH_TO.search(text[: date.begin])
    if period or _SECTION_LABEL.match(text):
        return None  # "Annex 1. Calendar of meetings, June 2006 - May 2007": a period and a section, no release
    if _APPROVED.search(text[: date.begin]):
        return None  # "The report on the previous year was adopted by the plenary on ...": a decision, no release
    cut = min(x for x in (by.start() if by else None, issued.start() if issued else None, date.begin) if x is not None)
    if not issued and not by and _PASSIVE_CLAUSE.search(text[:cut]):
        return None  # "La PPT fue traspasada ... el 31 de diciembre": a sentence of the section, not an entry
    head = re.sub(r"\s+(?:was|were|is|has been|had been|fue|a été)\s*$", "", text[:cut].rstrip(" ,.(—–-"), flags=re.I)
    head = re.sub(
        r"[\s,]+(?:edited|compiled|editado|editada|coordinado|coordinada|édité|éditée)$", "", head, flags=re.I
    )
    head, publisher = _imprint(head) if in_list else (head, None)
    series_report = bool(publisher and _REPORT_SERIES.search(publisher))
    publisher = None if series_report else publisher  # "MPI Report": the series it belongs to, not a publisher
    title = clean_title(head, work=in_list or by is not None)  # "The IGC Plan was issued": the sentence's article
    tail_type = None
    if (tail := _TYPE_LABEL_TAIL.search(title)) and _type_label(tail.group("label")):
        # "Title · Report · 2011-01-12 · By A": the card's type, set after its title
        title, tail_type = title[: tail.start()], publication_type_of(tail.group("label"))
    heading = (block.heading or "").strip()
    if (
        by
        and _WORK_TYPE_ONLY.fullmatch(title.strip())
        and len(heading.split()) >= MIN_HEADING_TITLE_WORDS
        and not find_dates(heading)
    ):
        # "Measures of Change ..." over "Report by A and B | September 2008 Tracks ...": a card's bold title over its
        # type, byline and month; the type names no work
        tail_type, title = publication_type_of(title), heading
    if not title or (not in_list and not bylined_entry(text) and not card_line(text) and classify_kind(title)):
        return None
    authors: tuple[str, ...] = ()
    if len(title.split()) <= MAX_PLACE_WORDS and country_of(title) and not re.search(r"\w['’]s\b", title):
        return None  # "Washington, DC, May 16, 2011": a signature's place and day under the list, no work
    if in_list and not by and (led := _names_led(title)):
        authors, title = led  # "2. Demetrios G. Alexandrou. Temporary Foreign Workers in Canada. Washington, DC: ..."
    if by:
        stop = date.begin if date.begin > by.end() else len(text)
        byline = text[by.end() : stop]
        if field := _NEXT_FIELD.search(byline):
            byline = byline[: field.start()]  # "By A and B · Teaser ...": the card's next field
        if note := _BYLINE_NOTE.search(byline):
            # "by A and B (Report, 52 pp., June 2013)": the work's note, no name; its first field the work's type
            noted = publication_type_of(byline[note.end() :].split(",")[0])
            tail_type = tail_type or (noted if noted != PublicationType.OTHER else None)
            byline = byline[: note.start()]
        if end := NAMES_END.search(byline):
            # "By A, B and C. Washington, DC: Migration Policy Institute, June 2010": the imprint after the names
            byline, imprint = byline[: end.start()], byline[end.end() :]
            publisher = publisher or _imprint_publisher(imprint)
            # "By A and B. Report, 48 pp. November 2012.", "By A. Transatlantic Council Working Paper. February
            # 2012.": the work's type, the first of the facts after the names
            noted = re.split(r",|\.\s", imprint, maxsplit=1)[0]
            if len(noted.split()) <= MAX_TYPE_FACT_WORDS and publication_type_of(noted) != PublicationType.OTHER:
                tail_type = tail_type or publication_type_of(noted)
        names = re.split(r",\s*|\s+(?:and|y|et|&)\s+", byline.strip(" .,;()"))
        # "Presidencia Pro Tempore (Panamá)": a body's name keeps the bracket it closes with
        authors = tuple(n.strip(" .") + (")" if n.count("(") > n.count(")") else "") for n in names if n.strip(" ."))
    label = _TYPE_LABEL.search(text)
    typed = None
    if by and (lead := _LEAD_TYPE_LABEL.match(title)) and len(title[lead.end() :].split()) >= 3:
        title = title[lead.end() :]  # "Policy Brief / Title / By A and B / August 2014": the card's type label
        label, typed = lead, publication_type_of(lead.group("label"))
    typed = typed or (tail_type if tail_type != PublicationType.OTHER else None)
    if (
        series_report
        or tail_type == PublicationType.REPORT
        or _OWN_REPORT.search(title)
        or (label and publication_type_of(label.group(1)) == PublicationType.REPORT)
        or _REPORT_TITLE.search(title)  # "Rapport sur les procédures d'asile ...", under "Publications" or not
    ):
        kind = Kind.REPORT
    elif _heading_says(block, PUBLICATION_HEADINGS) or (by and not _REPORT_NOUN.search(title)):
        kind = Kind.PUBLICATION
    elif _REPORT_NOUN.search(title) or _heading_says(block, DOCUMENT_HEADINGS):
        kind = Kind.REPORT
    else:
        kind = Kind.PUBLICATION
    return _Reading(
        "publication.entry", kind, title, date, None, text, block, authors=authors, publisher=publisher,
        publication_type=typed,
    )  # fmt: skip


# A body releasing a work, the work after the verb: "The Secretariat published its Annual Report 2008-2009 in March
# 2009", "Le Secrétariat a publié son rapport annuel le 31 mars 2009", "In June 2008 the Secretariat issued a report on
# asylum procedures".
_RELEASED = re.compile(
    r"\b(?:published|issued|released|launched|will (?:publish|issue|release|launch)|publicó|publicaron|lanzó"
    r"|publicará|a publié|ont publié|a lancé|a diffusé|publiera)\s+"
    r"(?:(?:its|their|his|her|the|a|an|su|sus|el|la|los|las|un|una|son|sa|ses|le|les|une)\s+)?(?P<work>[^.;:]{3,200})",
    re.I,
)
_WORK_END = re.compile(
    r",|\s(?:which|that|who|que|qui|with|con|avec|to|para|pour)\s|\s(?:on|in|en|le|el|du|au)\s*$", re.I
)
# "a policy brief, Remittances in Crisis, on 12 May 2009": the work's type, then its name between commas
_APPOSITIVE = re.compile(r"^,\s*(?P<title>[A-ZÀ-Ý][^,;]{3,160}?)\s*,")
_QUOTED_NAME = re.compile(r"[«“\"]\s*(?P<title>[^«»“”\"]{3,160}?)\s*[»”\"]")


def _released_noun_phrase(text: str, dates: Sequence[DateSpan], block: Block) -> _Reading | None:
    """The work a sentence says a body released, named by the noun phrase after the verb ("its Annual Report
    2008-2009") or its quoted title, on the date the sentence gives; None for any other sentence."""
    if not (released := _RELEASED.search(text)) or _ANY_KIND.search(text[: released.start()]):
        return None  # "At its meeting on 14 September the Task Force agreed to issue a final report": the meeting's day
    work = text[released.start("work") : released.end("work")]
    if quoted := _QUOTED_NAME.search(work):
        title = quoted.group("title")
    else:
        for date in dates:  # the date after the work ends its name ("... report on X in March 2009")
            if released.start("work") < date.begin < released.end("work"):
                work = work[: date.begin - released.start("work")]
                break
        end = _WORK_END.search(work)
        named = _APPOSITIVE.match(work[end.start() :]) if end else None
        work = work[: end.start()] if end else work
        words = work.split()
        if not words or not _DOC_NOUN.search(" ".join(words[:3])):
            return None  # "published a call for proposals": no work the rules can name
        title = named.group("title") if named and len(words) <= 3 else work.strip(" ,;-–—")
    title = clean_title(title[:1].upper() + title[1:], work=True)
    date = next((d for d in dates if not _NOT_WHEN.search(text[: d.begin])), None)
    if not title or date is None:
        return None
    kind = Kind.REPORT if _REPORT_TITLE.search(title) or _OWN_REPORT.search(title) else Kind.PUBLICATION
    return _Reading("publication.entry", kind, title, date, None, text, block)


# A card's type label on a line of its own before the title, run into it: "Policy Brief Labor Mobility ...".
_LEAD_TYPE_LABEL = re.compile(
    r"^(?P<label>Book|Edited Volume|Report|Policy Brief|Issue Brief|Working Paper|Fact Sheet|Journal [Aa]rticle|Article"
    r"|Informe|Libro"
    r"|Rapport|Ouvrage|BOOK|REPORT|POLICY BRIEF|ISSUE BRIEF|WORKING PAPER|FACT SHEET|ARTICLE"
    # a newsletter's kicker in capitals: "MIGRATION INFORMATION SOURCE ARTICLE", "TRANSATLANTIC COUNCIL STATEMENT"
    r"|[A-Z]{3,}(?:\s+[A-Z]{2,}){1,4})"
    # "Policy Brief No. 9. Title": the series number is the label's, no part of the title
    # (or its type a sentence of its own: "Report. Managing ...", "Journal article. “Points Systems Revisited,”")
    r"(?:\s+(?:No\.?|Number|N[°º]\.?|Núm\.|n°)\s*\d{1,4}[.:]?)?\.?\s+(?=[“\"‘]?[A-ZÀ-Ý][a-zà-ÿ'’])"
)
# "... en casos de repatriación. San José: OIM": the imprint after a listed title, "City: Publisher" or the
# issuing body alone ("Secretaría Técnica de la CRM").
_IMPRINT = re.compile(r"^(?P<title>.{12,}?)\.\s+(?P<imprint>[A-ZÀ-Ý][^.]{1,80})$")


_OWN_REPORT = terms_pattern(OWN_REPORT_TITLES)
_REPORT_TITLE = re.compile(r"\b(?:report|rapport|informe)\b", re.I)
# An annex or appendix heading read as a line ("Annex 1. Calendar ...", "Anexo 2:", "Annexe II -").
_SECTION_LABEL = re.compile(r"^(?:annex|annexe|anexo|appendix|apéndice|appendice)\s+(?:[\dIVXA-H]{1,4})\b", re.I)
# "enero - diciembre 2007", "June to September 2008": a month opens a range that the dated month closes.
_MONTH_TO = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?\s*(?:-|–|—|to|a|al|au|à)\s*$",
    re.I,
)
# A document approved or adopted by a body: the date is the body's decision, not the document's release (the
# sentence names a report the document lists elsewhere, or the report the reader holds).
_APPROVED = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|fue|fueron|ha sido|a été|ont été|y a été|y ont été)\s+"
    r"(?:\w+\s+)?(?:approved|adopted|endorsed|ratified|aprobad[oa]s?|adoptad[oa]s?|ratificad[oa]s?"
    r"|adopté(?:e|s|es)?|approuvé(?:e|s|es)?|entériné(?:e|s|es)?)\b",
    re.I,
)
_REPORT_SERIES = re.compile(r"^(?:[A-Z]{2,6}\s+)?(?:report|informe|rapport)s?$", re.I)


# The names of a byline end with a sentence, not after an initial ("Demetrios G. Papademetriou. Washington, DC: ...").
# "... June 2010. [Report]", "(Policy Brief)": the type a listing labels its entry with, last.
_TYPE_LABEL = re.compile(r"[\[(]([^\[\]()\d]{3,30})[\])]\W*$")
_IMPRINT_PUBLISHER = re.compile(r"^[^:]{2,40}:\s*(?P<publisher>[^,.:;]{3,80})")


def _imprint_publisher(imprint: str) -> str | None:
    """The publisher of an imprint "Washington, DC: Migration Policy Institute, June 2010"; None without a place
    and a colon before it."""
    match = _IMPRINT_PUBLISHER.match(imprint.strip())
    return match.group("publisher").strip() if match and match.group("publisher")[:1].isupper() else None


def _imprint(head: str) -> tuple[str, str | None]:
    """A list entry's title and its publisher, when the title is followed by an imprint."""
    match = _IMPRINT.match(head) or ISSUED_BY.match(head)
    if match is None or len(match.group("title").split()) < 3:
        return head, None
    imprint = match.group("imprint").strip(" ,;")
    place, colon, publisher = imprint.partition(":")
    publisher = publisher.strip() if colon else imprint
    if not publisher or len(publisher.split()) > 8 or not publisher[:1].isupper():
        return head, None
    return match.group("title"), publisher


def document_link_to_reading(text: str, block: Block) -> _Reading | None:
    """`Monday, January 29th, 2018 - view minutes [venue]` under a heading `Commission Meetings`: the meeting
    left minutes, so it took place; the heading names it, the text after the link may name its venue."""
    kind = classify_kind(block.heading or "")
    if kind is None or _heading_says(block, PUBLICATION_HEADINGS + DOCUMENT_HEADINGS) or _NEGATIVE.search(text):
        return None
    dates = find_dates(text)
    if not dates or not _WEEKDAY.match(text[: dates[0].begin]):
        return None
    link = _DOCUMENT_LINK.match(text[dates[0].stop :])
    if link is None:
        return None
    title = _KIND_PLURAL.sub(r"\1", clean_title(block.heading or ""))  # "Commission Meetings" -> "... Meeting"
    venue = text[dates[0].stop + link.end() :].strip(" ,;")
    return _Reading("heading.document_link", kind, title, dates[0], venue or None, text, block)


MAX_BRACKET_FIELD_WORDS = 5
_NAMED_HEARING = re.compile(r"\bhearing\s+(?:on|entitled|titled)\s+[“\"](?P<name>[^”\"]{5,200})[”\"]", re.I)


MAX_DATELINE_LABEL_WORDS = 4
MAX_DATELINE_CHARS = 45  # from a record's field break to its date: a short label ("Webinar, ") at most


def _title_from_segments(text: str, date: DateSpan) -> tuple[str, str | None]:
    """`Title, City, Country, date` -> (title, location)."""
    before = without_notes(text[: date.begin]).strip(" ,;:–—-(|")
    named, dot, label = before.rpartition(" · ")
    if dot and named and len(label.split()) <= MAX_DATELINE_LABEL_WORDS and classify_kind(label):
        before = named  # "Immigrant Integration in Secondary Cities · Webinar, September 14, 2011": the kind's label
    # "..., Dublin (Irlande), les 2 et 3 février", "..., on 5 May": the article or preposition opens the date
    before = re.sub(r"[\s,]+(?:les|le|el|los|on|du|del)$", "", before, flags=re.I).strip(" ,;:–—-(")
    paren = before.rfind("(")
    if paren > 0 and ")" not in before[paren:] and _is_place(before[paren + 1 :].strip(" ,")):
        # "Seminario-Taller sobre ... (San José, Costa Rica, 6 de febrero de 2007)": place and date in brackets
        return before[:paren].strip(" ,;:–—-"), before[paren + 1 :].strip(" ,")
    if paren > 0 and ")" not in before[paren:] and len(before[paren + 1 :].split()) <= MAX_BRACKET_FIELD_WORDS:
        # "Webinar: X (online, March 2010)", "Conference: X (Nashville, TN, June 2010)": the record's fields in
        # brackets after its name, where and how it was held
        inside = before[paren + 1 :].strip(" ,")
        return before[:paren].strip(" ,;:–—-"), None if ONLINE_VENUE.search(inside) else inside or None
    closed = re.search(r"\s*\((?P<place>[^()]+)\)$", before)
    # "Atelier ..., Stockholm (Suède), 11 et 12 octobre", "Taller ... - Tegucigalpa (Honduras), 14 de agosto": the
    # bracketed country belongs to the town before it, after the title's comma or dash
    joint = list(re.finditer(r",\s*|\s+[–—-]\s+|\s*\|\s*", before[: closed.start()])) if closed else []
    if joint and closed and closed.group("place").strip().lower() in COUNTRIES:
        head, town = before[: joint[-1].start()], before[joint[-1].end() : closed.start()]
        town = _OCCURRENCE.sub("", town.strip())  # "tenue à Copenhague (Danemark)": the town after its participle
        if head.strip() and _is_city_name(town.strip()):
            return head.strip(" ,;:–—-"), f"{town.strip()}, {closed.group('place').strip()}"
    if closed and before[: closed.start()].strip() and _is_place(closed.group("place")):
        # "Taller sobre trata de personas (San José, Costa Rica), 24 de septiembre de 2009"
        return before[: closed.start()].strip(" ,;:–—-"), closed.group("place").strip()
    named, dash, where = before.partition(" — ")
    if dash and _ANY_KIND.search(named) and not _ANY_KIND.search(where) and 0 < len(where.split()) <= MAX_PLACE_WORDS:
        # "VII Reunión Viceministerial — Antigua Guatemala, Guatemala, mayo de 2002": the dash ends the name
        return named.strip(" ,;:"), where.strip(" ,;:")
    before = _unbracket_countries(before)
    segments = [s.strip() for s in re.split(r",\s*|\s+[–—-]\s+|\s+\|\s+", before) if s.strip()]
    segments = [
        s for s in segments if not re.fullmatch(r"\(?\d{1,3}[.)]?", s)
    ]  # "3. | Groupe de travail ...": a number
    title_parts: list[str] = []
    place_parts: list[str] = []
    for segment in segments:
        if title_parts and (place_parts or _is_place(segment)):
            place_parts.append(segment)
        else:
            title_parts.append(segment)
    # "Working Group on X, Y and Z, Room 4, Palais Wilson, Geneva": the room and building before the town
    # are the venue's, not the title's; a comma inside the title ("X, Y and Z") is no venue boundary.
    while place_parts and len(title_parts) > 1 and is_premises(title_parts[-1]):
        place_parts.insert(0, title_parts.pop())
    if not place_parts and (dashed := _DASHED_TOWN.search(before)) and not _ANY_KIND.search(dashed.group("town")):
        # "Groupe de travail sur ... — Vienne, du 8 au 10 novembre": after the name's dash, a town the gazetteer
        # may not know, in the place a list of "Name — Town, date" items keeps for it
        return before[: dashed.start()].strip(" ,;:"), dashed.group("town")
    if not place_parts:
        after = text[date.stop :].strip(" ,;:.–—-)")
        if after and _is_place(after):
            place_parts = [after]
    return ", ".join(title_parts), ", ".join(place_parts) or None


_DASHED_TOWN = re.compile(r"\s+[–—]\s+(?P<town>[A-ZÀ-Ý][\w'’.-]+(?:[ -](?:[A-ZÀ-Ý][\w'’.-]+|de|del|la)){0,3})$")


_PLACE_OF_KIND = re.compile(r"\s(?:en|in|at|à)\s+(?:el|la|los|las|the|le|l['’])\s*$", re.I)


def _title_from_prose(text: str, verb: re.Match[str], kind_start: int, date: DateSpan) -> str:
    if kind_start < verb.start():
        title = text[: verb.start()]
        if _PLACE_OF_KIND.search(text, 0, kind_start):
            # "Funcionarios ... participaron ayer en el Seminario Regional ..., organizado en San Salvador": the
            # activity the subject took part in, named from its kind word
            title = text[kind_start : verb.start()]
        if len(sentences := split_sentences(title)) > 1 and _ANY_KIND.search(sentences[-1]):
            title = sentences[-1]  # "Adjournment at 8:15 PM. The next regular meeting will be held ...": its subject
        title = re.sub(r"^(?:in|on|during|en|el|le)\s+[^,]*\d{4},\s*", "", title, flags=re.I)  # "In May 2005, ..."
        comma = title.rfind(", ")
        if comma >= 0 and _ANY_KIND.search(title[comma:]) and _OPENING_SUBJECT.match(title[comma + 2 :]):
            title = title[comma + 2 :]  # "Organisé par le Secrétariat à Genève, l'atelier s'est déroulé ..."
        title = _LEAD_ADVERB.sub("", title.strip())  # "Enfin, le Groupe de travail ... s'est réuni"
        title = _RELATIVE_END.sub("", title)  # "la Reunión de la Red ..., que se celebrará": the name before "que"
        if (among := list(_AMONG.finditer(title))) and _ANY_KIND.search(title, among[-1].end()):
            title = title[among[-1].end() :]  # "las actividades programadas, entre ellas la Reunión de ..."
        said = list(_REPORTED.finditer(title))
        if said and _ANY_KIND.search(title, said[-1].end()):
            title = title[said[-1].end() :]  # "La PPT informó que la reunión del GRCM se celebrará": the reunión
        title = _UNDER_CHAIR.sub("", _COUNTED.sub("", _DATED_BRACKET.sub("", title).strip()))
        if count := _COUNT_OF.match(title):  # "Two Steering Group meetings were held, on ... and ...": one each
            title = re.sub(r"(?<=\w)s$", "", title[count.end() :])
        return _POSSESSIVE.sub("", title.strip())
    if numbered := _NUMERAL_BEFORE.search(text[:kind_start]):
        kind_start = numbered.start()  # "la XIV Reunión Viceministerial": the numeral is the name's
    elif qualified := _QUALIFIED_KIND.search(text[:kind_start]):
        kind_start = qualified.start(1)  # "held a Regional Seminar on ...": the capitalised words are the name's
    elif modified := _KIND_MODIFIER.search(text[:kind_start]):
        kind_start = modified.start(1)  # "held a media briefing on ...": the kind of briefing is the name's
    rest = text[verb.end() :]
    gap = text[verb.end() : kind_start]
    if "," in gap or date.begin < kind_start:
        # "se celebró en Belmopán, Belice, el 3 de marzo un seminario sobre ...": place and date come between
        # the verb and the activity, whose name starts at its kind word.
        rest = text[kind_start:]
    # "a workshop on return and readmission, held in Brussels": "on" opens a topic unless a date follows;
    # "del" / "du" open a date ("del 7 al 9 de febrero"), not a body ("Reunión del Grupo Regional ...").
    stops = list(_TITLE_STOP.finditer(rest))
    stop = stops[0] if stops else None
    if stop and stop.group("prep") and not _place_ahead(rest, stop):
        # "a Workshop on Biometrics in Visa Processing in Canberra": the topic's "in" is not the venue's
        stop = next((s for s in stops[1:] if s.group("prep") and _place_ahead(rest, s)), stop)
    if stop is None and rest is not text[verb.end() :]:
        return rest
    return rest[: stop.start()] if stop else rest[: max(0, date.begin - verb.end())]


_TITLE_STOP = re.compile(
    rf"\s(?P<prep>in|at|en|à|from)\s|\s(?:del|du|el|le|los días|les)\s+(?=\d)"
    rf"|\son\s+(?=\d|{_MONTH_NAMES}|{_WEEKDAY_NAMES})|,|\.$",
    re.I,
)


def _place_ahead(text: str, stop: re.Match[str]) -> bool:
    """Whether a known place follows the preposition: "in Canberra on ...", "in San José, Costa Rica"."""
    words = text[stop.end() :].split()[:3]
    return any(_is_place(" ".join(words[:n]).strip(" ,.;")) for n in range(1, len(words) + 1))


# "informó que", "announced that", "a annoncé qu'": what a body said, the subject of the clause after it.
_REPORTED = re.compile(r"\b(?:que|that|qu['’])\s+(?:(?:the|la|el|le|les|los|las|l['’])\s*)?", re.I)
_RELATIVE_END = re.compile(r",?\s*(?:que|which|that|qui)\s*$", re.I)
_AMONG = re.compile(
    r"\b(?:entre (?:ellas|ellos|otras|otros)|including|among them|notamment|parmi lesquel(?:le)?s)\s*,?\s*"
    r"(?:(?:the|la|el|le|les|los|las|l['’])\s*)?",
    re.I,
)
_HELD_SINCE = re.compile(r"\s+(?:from|since|between|until|up to)\b", re.I)
# "a Regional Seminar", "an International Workshop": capitalised words between the article and the kind word.
_KIND_MODIFIER = re.compile(
    r"\b(?:a|an|the|its|their)\s+((?:media|press|congressional|policy|public|closed|private|expert|technical"
    r"|informal|high-level|ministerial|regional|national|international|annual)\s+)$",
    re.I,
)
_QUALIFIED_KIND = re.compile(r"\b(?:a|an|the|its|their|un|una|une|su|sa|son)\s+((?:[A-ZÀ-Ý][\w-]*\s+){1,3})$")
# "El Seminario sobre X (San Salvador, El Salvador, 14-15/05) reunió a ...": where and when, in brackets after the name.
_DATED_BRACKET = re.compile(r"\s*\((?P<place>[^()\d]+),\s*[^(),]*\d[^()]*\)\s*$")


def _bracketed_venue(text: str, verb: re.Match[str]) -> str | None:
    """The place of a "(Town, Country, date)" bracket closing the subject before the verb."""
    bracket = _DATED_BRACKET.search(text[: verb.start()])
    place = bracket.group("place").strip() if bracket else None
    return place if place and _is_place(place) else None


# "Two Steering Group meetings were held, on ... and ...": a count of plural meetings, each one of them.
_COUNT_OF = re.compile(r"^(?:two|three|four|five|both|dos|tres|cuatro|deux|trois|quatre)\s+(?=\w+.*\w(?:s|es)$)", re.I)
# "La primera Reunión del GRCM ...", "the second Steering Group meeting": the sentence counts the body's meetings in
# lower case; the name starts after the count.
_COUNTED = re.compile(rf"^(?:la|el|le|the|l['’])\s*(?-i:{_SPELLED_ORDINAL})\s+(?=[A-ZÁÉÍÓÚÀÈ])", re.I)
# "... bajo la presidencia guatemalteca", "under the Dutch Chairmanship": whose term it fell in, not the name.
_UNDER_CHAIR = re.compile(
    r"\s+(?:bajo la presidencia|bajo la ppt|bajo la presidencia pro tempore|under the|sous la présidence)\b[^,;]{0,40}?"
    r"(?:\b(?:chair(?:manship)?|presidency)\b|(?<=presidencia)\s+\w+|(?<=ppt)\s+\w+|(?<=tempore)\s+\w+"
    r"|(?<=présidence)\s+\w+)\s*$",
    re.I,
)
_NUMERAL_BEFORE = re.compile(r"(?<![\w-])(?:[IVXLC]+|\d{1,2}(?:ª|º|a\.|o\.|st|nd|rd|th|e|er|ème)?)\s+$")


# "Its autumn Mini-Full Round was convened in Geneva", "MPI's sixth annual Conference took place": the body's own
# meeting, named after the possessive.
_POSSESSIVE = re.compile(r"^(?:(?:its|their|su|sus|son|sa|ses|leur|leurs)\s+|(?-i:[A-Z]{2,8})['’]s\s+)", re.I)
# The subject clause of a sentence opens with an article or a possessive ("l'atelier", "the workshop").
_OPENING_SUBJECT = re.compile(r"^(?:the|a|an|its|their|la|el|le|les|los|las|l'|l’|su|son|sa|leur)\b", re.I)


# An office of a body opens a cover's or a letter's issuer line, not an activity's name: "Secretaría Técnica de la
# Conferencia Regional ...", "Secretariat of the Conference", "Presidencia Pro Tempore de la Conferencia".
# Also after the body it serves: "Conferencia Regional sobre Migración - Presidencia Pro Tempore de Guatemala, Ciudad de
# Guatemala, junio de 2009", a report's cover.
_ISSUER = re.compile(
    r"(?:^|\s[–—-]\s|,\s)(?:(?:secretar[íi]a|secretariat|secr[ée]tariat|presidencia|presidency|pr[ée]sidence)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:de|del|of|du|des)\b)",
    re.I,
)


def _within(day: DateSpan, period: DateSpan) -> bool:
    return period.precision != DatePrecision.DAY and period.start <= day.start <= day.end <= period.end


_DATE_FIELD = re.compile(
    r"(?:(?:meeting|event|hearing|session|workshop)\s+)?(?:date|dates|day|fecha|date de la réunion)\s*:"
    r"|fecha de la (?:reuni[oó]n|sesi[oó]n)\s*:",
    re.I,
)


_NEXT_OPENING = re.compile(r"^(?i:the\s+)?(?i:next)\s+(?=[A-Z])")  # "next Steering Group", not "next regular ..."


# A sentence's lead clause telling what came before its event: "Following the handover ... on 1 July 2010,"
_AFTER_LEAD = re.compile(
    # "A week after the June 15 announcement of the policy, MPI held a webinar ...": a span of time may lead it
    r"^\W*(?:(?:an?|one|two|three|four|five|six|a few|several|un|una|dos|tres|une?|deux|trois|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|d[ií]as?|semanas?|mes(?:es)?|jours?|semaines?|mois)\s+)?"
    r"(?:following|after|prior to|before|tras|despu[eé]s de|luego de|antes de|apr[eè]s|suite [àa]|avant)\b"
    r"[^,;]{3,150},\s",
    re.I,
)


def sentence_to_reading(
    text: str, block: Block, kind_starts: Sequence[int], ents: Sequence[tuple[str, str]]
) -> _Reading | None:
    """A list item or a sentence naming an activity, a date and usually a place."""
    # "Joint Committee Meeting - Rescheduled from January 7th": the day it was moved from is not the day it is held
    dates = [d for d in find_dates(text) if not _MOVED_FROM.search(text[: d.begin])]
    if not dates or _called_off(text):
        return None
    date = dates[0]
    if _NOT_WHEN.search(text[: date.begin]):
        return None
    if date.precision == DatePrecision.MONTH and _MONTH_TO.search(text[: date.begin]):
        return None  # "(January–December 2007), the Conference held the following activities": a term, no event
    # "In May 2006 Sweden hosted the workshop in Stockholm on 3-5 May 2006": the days within the month it opened with
    date = next((d for d in dates[1:] if d.precision == DatePrecision.DAY and _within(d, date)), date)
    if (lead := _AFTER_LEAD.match(text)) and date.stop <= lead.end():
        # "Following the handover of the Chair to Sweden on 1 July 2010, the Steering Group met in Geneva on 21
        # September 2010": the lead clause dates what came before; the sentence's own date follows it
        date = next((d for d in dates if d.begin >= lead.end()), date)
    verb = _EVENT_VERB.search(text)
    if verb and not _EVENT_VERB.search(without_notes(text)):
        verb = None  # "..., Geneva (hosted by UNHCR), 15 March": a venue's note, not the sentence's verb
    if verb and verb.group(0).lower() == "held" and _HELD_SINCE.match(text, verb.end()):
        verb = None  # "Meetings held from 1 April 2007": the period a list covers, no meeting
    if verb:
        # "El GRCM se reunió ... para preparar los documentos de la Reunión Viceministerial": the meeting it met to
        # prepare is another, later one
        purpose = _PURPOSE.search(text, verb.end())
        kind_starts = [k for k in kind_starts if purpose is None or k < purpose.start()]
        if purpose is not None and not kind_starts and _MET.match(text, verb.start() - 1):
            # the body that met is the meeting, on the days the sentence goes on to tell after the purpose's clause
            # ("... en San Salvador del 21 al 22 de junio, como preparación de la Reunión Viceministerial, y en
            # Ciudad de Panamá el 17 y 18 de noviembre")
            after = text.find(",", purpose.end())
            rest = text[after:].rstrip(" .") if after >= 0 and find_dates(text[after:]) else ""
            return met_reading(text[: purpose.start()].rstrip(" ,") + rest + ".", block)
    cell_kind = None  # the kind a newsletter's type cell gives the record
    field = max(text.rfind(" · ", 0, date.begin), text.rfind(" | ", 0, date.begin))
    if verb and field >= 0 and date.begin - field <= MAX_DATELINE_CHARS and verb.start() > date.stop:
        # "Roundtable on X · May 10, 2011 - Ottawa. Closed roundtable ... convened", "Roundtable | Mexico City | 3-4
        # December 2012 Co-organized with ...": fields, then a remark
        verb = None
    if verb and kind_starts:
        rule = "prose.event_verb"
        if (lead := _LEAD_ADVERB.match(text)) and any(k >= lead.end() for k in kind_starts):
            # "Al término del seminario, el 2 de diciembre, se llevó a cabo la Reunión de ...": the time phrase's
            # activity is the one before, not the sentence's
            kind_starts = [k for k in kind_starts if k >= lead.end()]
        kind_starts = _object_first(text, verb, kind_starts)
        if _REDUCED_RELATIVE.search(text[: verb.start()]) and (before := [k for k in kind_starts if k < verb.start()]):
            # "The conference built on a preparatory Expert Roundtable on X, held in Ottawa on June 5, 2008": the
            # participle's activity is the one just before its comma, not the sentence's subject
            kind_starts = [before[-1], *(k for k in kind_starts if k != before[-1])]
        # "The next Steering Group meeting will take place in Geneva on 11 November 2008": the meeting named
        title = clean_title(_title_from_prose(text, verb, kind_starts[0], date))
        if kind_starts[0] > verb.end() and (named := _NAME_BEFORE_KIND.match(text[verb.end() : kind_starts[0]])):
            # "MPI convened Managing Labor Mobility in North America, a conference held at ...": the name, then
            # the kind in apposition
            title = named.group("name")
        elif kind_starts[0] > verb.start() and classify_kind(title) is None:
            return None  # "we first met Ini Adinya ... at the conference": what was met is no event
        if kind_starts[0] < verb.start() and _MET.match(text, verb.start() - 1):
            title = _meeting_of(_body_of_section(title, block), text[: verb.start()], verb.group(0))
            if purpose := _MET_FOR.search(text, verb.end()):
                # "... se sont réunies à Oslo les 4 et 5 juin 2008 pour leur réunion plénière annuelle": what they met
                # for names the meeting
                named = purpose.group("name").strip()
                title = named[:1].upper() + named[1:]
            if antecedent := _antecedent(text[: verb.start()]):
                # "... preparados por el Grupo Regional de Consulta (GRCM), que sesionó el 21 y 22 de junio": the
                # body the relative clause is about met, whatever the sentence's subject
                title = _meeting_of(antecedent[1], antecedent[0], verb.group(0))
        location = _host_city(text, verb) or _bracketed_venue(text, verb) or _place_after_verb(text, verb, dates, ents)
        if location and location.lower() in COUNTRIES and (town := _place_after_verb(text, verb, dates, ents)):
            location = town  # "la Suède a accueilli à Stockholm l'atelier": the host country, the town it chose
        if location:
            # "The next Steering Group meeting will take place in Geneva on 11 November 2008": a record announcing
            # the next meeting and its venue names it; a listing's "The next Regular Board meeting will be held on
            # ..." repeats an entry of its own
            title = _NEXT_OPENING.sub("", title)
    else:
        rule = "list.segments"
        in_prose = block.kind == BlockKind.PARAGRAPH and (
            _IN_SENTENCE.search(text[: date.begin]) or _MID_SENTENCE_CLAUSE.match(text)
        )
        if in_prose or _reporting_period(text, dates):
            return None  # "... asumió la Presidencia el 5 de mayo de 2006": a date inside a sentence, no field
        title, location = _title_from_segments(text, date)
        title, location = _town_glued_to_title(title, location)
        if labelled := _kind_day_then_name(text, date):
            # "Webinar, May 14: Census 2010 and Immigrant Communities. The online session ...": its kind, day and
            # town, then its name after the colon
            cell_kind, title, location = labelled[0], labelled[1], labelled[2] or location
        kicker = _KIND_CELL.match(title) if title else None
        if kicker and kicker.group("label").isupper() and _BARE_KIND.fullmatch(kicker.group("label")):
            # "ROUNDTABLE | The Changing Face of ... · March 6, 2012 · Washington, DC": a newsletter's type cell, then
            # the name
            title, cell_kind = title[kicker.end() :].rstrip(" ·"), classify_kind(kicker.group("label"))
        if (hearing := _NAMED_HEARING.search(title)) and classify_kind(text[: hearing.start()]) == Kind.OTHER:
            # "Testimony before the House Committee on ..., hearing on "Bringing X into the Workforce," Washington,
            # DC, March 18, 2014": the testimony, named by its hearing
            name = hearing.group("name").strip(" ,.")
            return _Reading("list.segments", Kind.OTHER, name, date, location, text, block)
        if (titled := _TITLED_TESTIMONY.match(text)) and title_case(titled.group("name")):
            # "Oversight of Immigration Detention Standards Testimony before the U.S. House ..., Washington, DC
            # February 15, 2012": an expert page's testimony, named by its bold title
            return _Reading("list.segments", Kind.OTHER, titled.group("name"), date, location, text, block)
        if title and (testified := _TESTIFIED.match(text)) and title in text:
            # "Testified before the Senate Judiciary Committee, ..., Washington, DC, March 3, 2010": the testimony
            body = text[testified.end() : text.find(title) + len(title)]
            return _Reading("list.segments", Kind.OTHER, f"Testimony before {body}", date, location, text, block)
        if title and (named := _quoted_event(text, title, date)):
            return _Reading("list.segments", named[0], named[1], date, named[2] or location, text, block)
        if (
            (field := MEETING_FIELD.match(text))
            and date.begin - field.end() <= 1
            and (named := meeting_field_name(text[date.stop :]))
        ):
            title = named  # "Meeting: Mar 1, 2022 - COUNTY BOARD STUDY SESSION AT 6:00 P.M.": the item's meeting
        if title and _DATE_FIELD.match(title):
            # "Meeting Date: Wednesday, March 13, 2019 Time: ... Location: ...": fields of the entry its heading names
            if not (block.heading and (_ANY_KIND.search(block.heading) or names_body(block.heading))):
                return None
            title = block.heading
        # "Conferencia Regional sobre Migración (CRM). Secretaría Técnica, San José, enero de 2010": a
        # dateline after a sentence; the field before the date is the last sentence's, not the paragraph's.
        title = clean_title(_trim_clauses(split_sentences(title)[-1] if title else title))
        if _ISSUER.search(title):
            return None  # "Secretaría Técnica de la Conferencia ..., San José, julio de 2011": a cover's issuer line
        if (bare_kind := _BARE_KIND.match(title)) and _REPORT_NOUN.fullmatch(title[bare_kind.end() :].strip(" .")):
            return None  # "CONFERENCE REPORT | DECEMBER 2008": a report's kicker, when it came out
        if _AUXILIARY.search(re.sub(r"\([^()]*\)", "", title)):  # a remark in brackets may hold a verb
            return None  # "The calendar below was approved by ... at its meeting of": a clause, no title
        if location is None:
            location = labelled_venue(text) or _place_in(text, dates, ents)
    bare = title and _BARE_KIND.fullmatch(re.sub(r"\s*\([^()]*\)$", "", title))  # "webinar (online only)"
    if rule == "prose.event_verb" and not bare and title and (find_dates(title) or len(title.split()) > MAX_NAME_WORDS):
        # "Center began on February 27, 2007 with a conference, Immigrant Integration", "Its findings were presented
        # to officials from four countries at a closed-door roundtable, X": a clause, whose kind's apposition names
        # the activity
        kinds = [m.group(0) for m in _BARE_KIND.finditer(title)]
        bare = next((m for k in kinds if (m := _BARE_KIND.fullmatch(k)) and _named_after(text, k)), None)
    if rule == "prose.event_verb" and bare and (named := _named_after(text, bare.group(0))):
        title = named  # 'a closed briefing, "Skilled Immigrant Selection after the Recession,"': its name
        if verb and (at := text.find(named)) >= 0:  # the venue is not a place the name speaks of
            unnamed = text[:at] + " " * len(named) + text[at + len(named) :]
            location = _place_after_verb(unnamed, verb, dates, ents) or location
    # "Plenary speaker, 14th National Metropolis Conference": the role names no kind, the activity does
    kind = (
        classify_kind(_ROLE_LEAD.sub("", title or ""))
        or cell_kind
        or (classify_kind(text) if rule == "prose.event_verb" else None)
    )
    label = text[: date.begin].rpartition(" · ")[2] if " · " in text[: date.begin] else ""
    if kind is None and rule == "list.segments" and 0 < len(label.split()) <= MAX_DATELINE_LABEL_WORDS:
        kind = classify_kind(label)  # "Title · Webinar, September 14, 2011": the kind its dateline's label names
    if not title or kind is None or len(title) > 200:
        return None
    title = _named_by_heading(title, block.heading)
    participants = _participants(text, location, title, ents)
    return _Reading(rule, kind, title, date, location, text, block, participants=participants)


_KIND_LEAD = re.compile(r"^\W*(?P<label>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}),\s+")


def _kind_day_then_name(text: str, date: DateSpan) -> tuple[Kind, str, str | None] | None:
    """ "Roundtable, October 15, Washington, DC: Temporary Worker Programs after the Recession. ...": an entry that
    opens with its kind word alone, its day and town, and names itself after a colon -> (kind, name, town)."""
    lead = _KIND_LEAD.match(text)
    if lead is None or lead.end() != date.begin or not _BARE_KIND.fullmatch(lead.group("label")):
        return None
    after = text[date.stop :]
    colon = after.find(":")
    place = after[:colon].strip(" ,") if colon >= 0 else ""
    if colon < 0 or len(place.split()) > MAX_TOWN_WORDS + 1 or (place and not known_place(place)):
        return None
    name = split_sentences(after[colon + 1 :].strip())[0].rstrip(" .") if after[colon + 1 :].strip() else ""
    kind = classify_kind(lead.group("label"))
    if kind is None or len(name.split()) < 2:
        return None
    return kind, name, place or None


_TITLED_TESTIMONY = re.compile(r"^\W*(?P<name>[A-Z][^.;]{3,150}?)\s+(?-i:Testimony)\s+before\s+(?:the\s+)?[A-Z]")
_TESTIFIED = re.compile(r"^\W*(?:testified|gave testimony|presented testimony)\s+before\s+", re.I)
_QUOTED_AFTER_KIND = re.compile(r"[“\"](?P<name>[^”\"]{3,200}?)[,.]?[”\"]\s*,?\s*")


MAX_TOWN_WORDS = 3


def _town_glued_to_title(title: str, location: str | None) -> tuple[str, str | None]:
    """A list item whose title line runs into its place line ("Reunión del GRCM San Salvador, El Salvador, del 6
    al 8 de diciembre"): the town the title ends with, in the country the place gives, is the place's."""
    if not title or not location or location.strip().lower() not in COUNTRIES:
        return title, location
    words = title.split()
    for n in range(MAX_TOWN_WORDS, 0, -1):
        town = " ".join(words[-n:])
        glued = words[-n - 1][-1:].isalnum() or words[-n - 1].endswith(")") if len(words) > n + 1 else False
        if glued and known_town(town) and country_of(town) == country_of(location):
            return " ".join(words[:-n]), f"{town}, {location}"
    return title, location


def _quoted_event(text: str, title: str, date: DateSpan) -> tuple[Kind, str, str | None] | None:
    """A CV line naming an event by its kind and a quoted name: 'Speaker, congressional briefing "Employment-Based
    Green Cards: Backlogs and Options for Reform," Capitol Visitor Center, Washington, DC, September 21, 2011' is
    the briefing, named by the quotation; the fields between it and the date are the venue."""
    opening = min((i for i in (title.find("“"), title.find('"')) if i >= 0), default=-1)
    lead = _ROLE_LEAD.sub("", title[:opening]) if opening >= 0 else ""
    if not lead or (kind := classify_kind(lead)) is None or len(lead.split()) > MAX_LEAD_WORDS:
        return None
    quoted = _QUOTED_AFTER_KIND.match(text, text.find(title[: opening + 1]) + opening)
    if quoted is None or quoted.end() > date.begin:
        return None
    venue = text[quoted.end() : date.begin].strip(" ,;–—-") or None
    return kind, quoted.group("name").strip(), venue


MAX_LEAD_WORDS = 4  # "congressional briefing", "panel discussion", "webinar": a kind, not a sentence


_LINK_WORDS_IN_NAMES = frozenset(
    ("of", "and", "on", "for", "the", "in", "de", "del", "la", "las", "los", "el", "y", "sobre", "para", "du", "des",
     "et", "sur", "pour", "le", "les", "à")
)  # fmt: skip


# Where a venue runs into the sentence after it: "The Hague, Netherlands. The registration deadline was ...".
_SENTENCE_AFTER = re.compile(r"(?<![A-Z])\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[a-zà-ÿ])")


def _one_sentence(location: str | None) -> str | None:
    """A venue up to the sentence after it, less a leading field that names the kind of meeting rather than a place
    ("Council meeting (by invitation), Bellagio, Italy" -> "Bellagio, Italy")."""
    if not location:
        return location
    location = _SENTENCE_AFTER.split(location, maxsplit=1)[0].lstrip(" ·•|")  # "· Santo Domingo": a field's mark
    segments = location.split(", ")
    while len(segments) > 1 and _ANY_KIND.search(segments[0]) and country_of(", ".join(segments[1:])):
        segments = segments[1:]
    return ", ".join(segments)


def _name_in_clause(reading: _Reading, title: str) -> str:
    """A list line's title that is a clause around a name ("Year closed with the Sixth Annual Immigration Law and
    Policy Conference at Georgetown ..."): the name, where it names the same kind of activity. A clause that names
    its activity after the kind ("Authors will present their findings at a public briefing, X"): that name."""
    articled = _ARTICLED_KIND.search(title) if reading.kind not in _PUBLICATION_KINDS else None
    named = _named_after(title, articled.group("kind")) if articled else None
    if named and len(title.split()) > len(named.split()) + 3:
        return named
    if reading.rule != "list.segments" or not (named := _named_run(title)):
        return title
    kind = classify_kind(named)
    return named if kind not in (None, Kind.OTHER) and kind == classify_kind(title) else title


def _named_run(title: str) -> str | None:
    """The name inside a clause read as a title: the run of capitalised words (and the link words between them)
    that holds a kind word, after words of a clause ("Year closed with the ..."); None when the title opens with it."""
    words = title.split()
    runs: list[tuple[int, int]] = []
    start = None
    for i, word in enumerate([*words, "."]):
        named = word[:1].isupper() or word[:1].isdigit() or (start is not None and word.lower() in _LINK_WORDS_IN_NAMES)
        if named and start is None:
            start = i
        elif not named and start is not None:
            end = i
            while end > start and words[end - 1].lower() in _LINK_WORDS_IN_NAMES:
                end -= 1
            runs.append((start, end))
            start = None
    for first, end in runs:
        name = " ".join(words[first:end])
        clause = [w for w in words[:first] if w.lower() not in _LINK_WORDS_IN_NAMES]
        said = any(w[:1].islower() for w in clause)  # a clause has a word in lower case ("closed"), a name none
        if first > 0 and len(clause) >= 2 and said and end - first >= 3 and classify_kind(name) is not None:
            return name
    return None


# A body that organises an activity of another kind: "The Technology Working Group organised a Workshop on ...".
_ORGANISER_VERB = re.compile(r"(?:co-?)?(?:organi[sz]ed|convened|hosted|held|organizó|organizaron|a organisé)$", re.I)
_OBJECT_LEAD = re.compile(r"^\s+(?:a|an|the|its|their|un|una|une)\s+(?:[^\W\d_][\w-]*\s+){0,3}$", re.I)
_HELD_BY_BODIES = (Kind.MEETING, Kind.WORKING_GROUP)


# ", held in Ottawa on ...": a participle opening a clause that tells of the noun just before it
_REDUCED_RELATIVE = re.compile(r"[^,]{8},\s*$")
# " Managing Labor Mobility in North America, a " before "conference held at ...": an activity's name, then its kind
# in apposition
_NAME_BEFORE_KIND = re.compile(
    r"^\s+(?P<name>(?:The\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’:-]*|of|on|in|and|for|the|to|after|y|de|del|la|el"
    r"|en|sur|et|des|du))*\s+[A-ZÀ-Ý][\w'’-]*),\s+(?:a|an|un|una|une)\s+(?:[\w-]+\s+){0,2}$"
)


_PURPOSE = re.compile(
    r"\b(?:para preparar|en preparaci[oó]n (?:de|para)|como preparaci[oó]n (?:de|para)|in preparation for"
    r"|as preparation for|to prepare(?: for)?|ahead of"
    r"|pour pr[ée]parer|en pr[ée]paration (?:de|du|des)|preparatory to)\b",
    re.I,
)


def _object_first(text: str, verb: re.Match[str], kind_starts: Sequence[int]) -> Sequence[int]:
    """The kind words with the verb's object first when a body (a working group, a committee) is the subject of
    "organised" and the object is an activity of another kind: the workshop is the event, not the group."""
    if kind_starts[0] > verb.start() or not _ORGANISER_VERB.search(verb.group(0)):
        return kind_starts
    subject = classify_kind(text[kind_starts[0] : verb.start()])
    for start in kind_starts:
        if start > verb.end() and (lead := _OBJECT_LEAD.match(text[verb.end() : start])):
            kind = classify_kind(text[start : start + 40])
            # "the RCM held its XIII Vice-Ministerial Meeting": an object with a name of its own, whatever the subject
            named = text[start : start + 1].isupper() and not lead.group(0).strip().lower().startswith(("a ", "an "))
            if (subject in _HELD_BY_BODIES and kind not in (None, *_HELD_BY_BODIES)) or (kind and named):
                return [start, *(k for k in kind_starts if k != start)]
            break
    return kind_starts


# A title that is only a generic kind and how it was held: "Briefing", "closed briefing", "public seminar" (not a
# named series such as "Full Round").
MAX_NAME_WORDS = 16  # a title longer than this is a clause around the activity's name
_KIND_CELL = re.compile(r"^(?P<label>[^,|·]{3,30})(?:,|\s\|)\s+(?=\S)")
_BARE_KIND = re.compile(
    r"(?:(?:closed(?:-door)?|public|private|expert|online|virtual|high-level|technical|informal|media|press|congressional|policy"
    r"|cerrad[oa]|públic[oa]|"
    r"técnic[oa]|publique|ferm[ée]e?)\s+)?(?:briefing|seminar|workshop|roundtable|round table|conference|meeting"
    r"|webinar|teleconference|forum|session|panel|lecture|training|taller|seminario|reuni[oó]n|conferencia|mesa redonda"
    r"|(?:book|report) launch"
    r"|curso|formation|atelier|s[ée]minaire"
    r"|r[ée]union|table ronde|conf[ée]rence)"
    # "Webinar en español", "Briefing (in Spanish)": the language it is held in
    r"(?:\s+\(?(?:in|en)\s+(?:english|spanish|french|español|inglés|francés|anglais|espagnol|français)\)?)?",
    re.I,
)
# "at a public briefing, X", "a follow-up webinar for state administrators, X": the kind, set off by an article
_ARTICLED_KIND = re.compile(rf"\b(?:a|an|the|un|una|une)\s+(?:[\w-]+\s+){{0,5}}?(?P<kind>{_BARE_KIND.pattern})", re.I)
# The name a sentence gives an activity right after its kind: quoted ('a closed briefing, "Skilled Immigrant
# Selection after the Recession,"'), or capitalised and set off by commas, perhaps after its place ("a public
# briefing in Washington, DC, The Politics of Immigration in Tough Times, at which ...").
# '... a briefing, "Title"', '... a briefing in Washington, DC, "Title"': the name in quotes, perhaps after the place
_QUOTED_AFTER = re.compile(
    r"^(?:\s+(?:in|at|en)\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:[ ,]+(?-i:[A-ZÀ-Ý])[\w.'’-]*){0,3})?"
    r"\s*,?\s*[\"“«]\s*(?P<name>[^\"”»]{8,150}?)[,.]?\s*[\"”»]"
)
_APPOSITIVE_NAME = re.compile(
    r"^(?:\s*\([^()]{2,30}\))?(?:\s+(?:in|at|en|à)\s+[A-ZÀ-Ý][^,;]{0,30}(?:,\s*[A-Z][\w.]{1,12})?)?,\s+"
    r"(?P<name>(?:The |El |La |Le |Les |Los |Las )?[A-ZÀ-Ý][^,;]{12,150}?)"
    # then the sentence goes on ("..., at which", "..., bringing together") or ends
    r"(?:,\s+(?:at|in|on|for|where|which|with|attended|held|hosted|convened|co-hosted|organi[sz]ed|en|para|pour"
    r"|donde|où|qui|que|con|[a-z]+ing)\b|[.!]?\s*$)"
)
MAX_NAME_GAP = 60  # characters between the kind word and the name it is given


# "... was launched on 27 February with a conference, Immigrant Integration, held at ...": an event told beside a
# verb of documents
_HELD_KIND = re.compile(rf"(?:{_ANY_KIND.pattern})[^.;]{{0,120}}?\b(?:held|took place|convened)\s+(?:at|in|on)\b", re.I)


def _named_after(text: str, kind: str) -> str | None:
    """The name a sentence gives its activity right after the kind words: quoted, or a capitalised appositive."""
    at = text.lower().find(kind.lower())
    if at < 0:
        return None
    after = text[at + len(kind) : at + len(kind) + MAX_NAME_GAP + 150]
    if quoted := _QUOTED_AFTER.match(after):
        return quoted.group("name").strip(" ,.")
    if (match := _APPOSITIVE_NAME.match(after)) and match.start("name") <= MAX_NAME_GAP:
        name = match.group("name").strip()
        words = [w for w in name.split() if len(w) > 3]
        if len(name.split()) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words) and not _is_place(name):
            return name
    return None


def _heading_name(heading: str | None) -> str | None:
    """The body a section heading names ("2. Steering Group"); None for a heading that labels a list of
    kinds ("Working Groups and workshops") or names no kind of meeting."""
    name = clean_title(_ENTRY_PREFIX.sub("", heading or ""))
    if not name or classify_kind(name) is None or _KIND_PLURAL.search(name) or find_dates(name):
        return None
    return name if len(name.split()) <= 8 else None


def _named_by_heading(title: str, heading: str | None) -> str:
    """A title that is only a kind word ("A first meeting was held ...") named by its section's heading:
    "Steering Group meeting"."""
    words = title.split()
    if not all(w.lower() in _KIND_WORDS or w.lower() in _ORDINALS for w in words):
        return title
    name = _heading_name(heading)
    if name is None:
        return title
    kind_words = [w.lower() for w in words if w.lower() in _KIND_WORDS]
    return f"{name} {kind_words[-1]}" if kind_words and kind_words[-1] not in name.lower() else name


# "a second took place on 12 January 2009": the activity is the one the sentence before named.
_ELLIPTIC = re.compile(r"^(?:a|an|the)?\s*(?:second|third|fourth|another|further|next|later)\b(?:\s+one)?\s*", re.I)


# "Regular meetings are scheduled for April 16, May 21 and June 18", "The 2019 meeting dates are ...": the days of
# the body the section's heading names.
_BARE_MEETINGS = re.compile(
    r"^(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:regular|regularly scheduled|monthly|quarterly|special|public|board"
    r"|commission|council|committee)\s+)*meetings?(?:\s+dates)?\b(?:\s+(?:for|in)\s+(?:the\s+rest\s+of\s+)?"
    r"(?:19|20)\d\d)?\s+(?:will\s+be\s+held|are\s+held|(?:are|have\s+been)\s+scheduled|will\s+take\s+place|take\s+place"
    r"|are|will\s+be)\s+(?:on|for)?",
    re.I,
)


def bare_meetings_reading(text: str, block: Block) -> _Reading | None:
    """`Meetings will be held on April 16, May 21 and June 18, 2019` under a heading naming a body: its
    meetings, one a day (`_written_readings`)."""
    lead = _BARE_MEETINGS.match(text)
    heading = clean_title(block.heading or "")
    name = _heading_name(heading) or (
        heading if names_body(heading) and len(heading.split()) <= 8 and not find_dates(heading) else None
    )
    if lead is None or name is None or _NEGATIVE.search(text):
        return None
    dates = [d for d in find_dates(text) if d.begin >= lead.end()]
    if not dates or text[lead.end() : dates[0].begin].strip(" :,"):
        return None
    kind = classify_kind(name) or Kind.MEETING
    return _Reading("prose.event_verb", kind, name, dates[0], None, text, block)


def elliptic_reading(text: str, block: Block) -> _Reading | None:
    """`a second took place on 12 January 2009` under a heading naming a body: another of its meetings."""
    lead = _ELLIPTIC.match(text)
    verb = _EVENT_VERB.search(text)
    name = _heading_name(block.heading)
    if not lead or not lead.group(0).strip() or verb is None or verb.start() != lead.end() or name is None:
        return None
    dates = find_dates(text)
    if not dates or _NEGATIVE.search(text) or _NOT_WHEN.search(text[: dates[0].begin]):
        return None
    kind = classify_kind(name) or Kind.MEETING
    title = _named_by_heading(kind.value.replace("_", " "), block.heading)
    return _Reading("prose.event_verb", kind, title, dates[0], _place_in(text, dates, []), text, block)


# A list entry's date is a field: it opens the text or follows a separator. After a word and the
# article Spanish and French prose put before a day ("de la Conferencia el 5 de mayo", "le 20 octobre"),
# it sits inside a sentence.
_IN_SENTENCE = re.compile(r"[^\W\d_]\s+(?:el|le)\s*$", re.I)
# "...; the Steering Group took note of it on 20 April 2010": a clause cut from inside a sentence opens with a
# lower-case article, which no list entry does.
_MID_SENTENCE_CLAUSE = re.compile(r"^(?:the|a|an|el|la|los|las|le|les)\s")
MAX_EVENT_DAYS = 92


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|until|a|al|hasta|au|à|jusqu'à)\s*$", re.I)


# "entre julio de 2010 y junio de 2011", "between July 2010 and June 2011": "and" joins a range after "between".
_BETWEEN = re.compile(r"\b(?:entre|between)\s*$", re.I)
_AND_JOIN = re.compile(r"^\s*(?:y|and|et)\s*$", re.I)


def _reporting_period(text: str, dates: Sequence[DateSpan]) -> bool:
    """Whether the first date opens a span longer than any meeting or workshop lasts ("mayo de 2006 a mayo de
    2007", "April 2005 - March 2006", "entre julio de 2010 y junio de 2011"): the period a report covers, not
    an activity."""
    first = dates[0]
    end = first.end
    joined = len(dates) > 1 and (
        _RANGE_JOIN.match(text[first.stop : dates[1].begin])
        or (_BETWEEN.search(text[: first.begin]) and _AND_JOIN.match(text[first.stop : dates[1].begin]))
    )
    if joined:
        end = dates[1].end
    return end is not None and first.start is not None and (end - first.start).days > MAX_EVENT_DAYS


# "la Red de Funcionarios de Enlace ... se reunió en la Ciudad de México el 10 de octubre de 2006": a body that
# met names a meeting though no kind word does.
_MET_FOR = re.compile(
    r"\b(?:pour|for|para)\s+(?:leur|leurs|sa|son|their|its|su|sus)\s+(?P<name>(?:[\w'’-]+\s+){0,3}?"
    r"(?:r[ée]union|meeting|reuni[oó]n|s[ée]ance|session|sesi[oó]n|full round|plenary|pl[ée]ni[èe]re)\b"
    r"(?:\s+(?:pl[ée]ni[èe]re|plenary|plenaria|annuelle|annual|anual|ordinaire|ordinary|ordinaria|r[ée]guli[èe]re)){0,2})",
    re.I,
)
_MET = re.compile(
    r"\s(?:met|meets|will (?:next )?meet|will be meeting|se reúne|se réunit"
    r"|se reuni[oó]|se reunieron|se reunirá|sesion[oó]|sesionaron|s'est réuni|s'est réunie"
    r"|se sont réunis|se sont réunies|se réunira"
    r"|gathered)\b",
    re.I,
)
_LEAD_ADVERB = re.compile(
    r"^(?:(?:asimismo|además|also|in addition|moreover|en outre|de plus|por otra parte|finally"
    r"|finalmente|enfin)\s*,?\s*"
    # with their comma only: "Previamente, el Grupo ...", "Par ailleurs, le Comité ...", "Meanwhile, the ..."
    r"|(?:previamente|posteriormente|paralelamente|igualmente|por su parte|meanwhile|previously|earlier"
    r"|subsequently|likewise|similarly|furthermore|additionally|par ailleurs|parallèlement|d'autre part"
    r"|de même|ensuite|auparavant)\s*,\s*"
    # a time phrase before the subject: "Previo a la reunión viceministerial, el Grupo ...", "Before the Round, ..."
    r"|(?:previo a|antes de|después de|tras|before|after|following|prior to|avant|après|à la suite de"
    r"|al término del?|al final del?|al cierre del?|at the end of|at the close of|à l['’]issue d[eu]|à la fin d[eu])\b"
    r"[^,]{0,80},\s*"
    # the day the news counts from, before the object: "Concluyó hoy la primera reunión ...", "ended today the ..."
    r"|(?:hoy|ayer|today|yesterday|aujourd['’]hui|hier)\s+"
    # "Later in the year the GRCM held ...", "Earlier that month, ...": when in the year, not who
    r"|(?:later|earlier|early|late)\s+(?:in|that|this)\s+(?:the\s+)?(?:year|month|spring|summer|autumn|fall|winter)\s*,?\s*"
    r"|(?:más tarde|a finales|a principios)\s+(?:en\s+el|del)\s+año\s*,?\s*)",
    re.I,
)
_ORDINAL_APPOSITION = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|last|latter|former|other)\s*,\s*(?:a|an|the)\s+", re.I
)
# "la primera reunión del año del Grupo ...": which of the year's meetings it was, not its name
_NTH_OF_YEAR = re.compile(
    r"^(?P<nth>(?:primera?|segunda?|tercera?|cuarta?|última?|first|second|third|fourth|last|première|deuxième"
    r"|troisième|dernière)\s+)(?P<kind>\w+)\s+(?P<year>del año|of the year|de l['’]année)\b\s*"
)


# A title is a noun phrase: an auxiliary verb in it says the rule cut a clause out of a sentence.
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|fue|fueron|ha sido|a été|ont été)\b", re.I)
# "The Task Force on X held its third meeting in Washington": the body's meeting, named by the body.
# Also with the day before the meeting and an indefinite article: "La Red ... sostuvo el 25 de enero una reunión
# virtual".
_HELD_ITS = re.compile(
    r"\s(?:held|convened|hosted|celebró|celebraron|realizó|realizaron|sostuvo|sostuvieron|a tenu|ont tenu|tint"
    # a press release's past tense: "The Council concluded its third plenary meeting, held ... in Bellagio"
    r"|concluded|opened|closed|wrapped up|concluyó|clausuró|inauguró|a conclu|a clôturé|a ouvert)\s+"
    r"(?:(?:el|le|on)\s+\d[^,.;]{0,40}?\s+|(?:hoy|ayer|today|yesterday|aujourd['’]hui|hier)\s+\([^()]{6,40}\)\s+)?"
    r"(?:its|their|su|sus|sa|son|leur|leurs|una|un|une|a|an)\s+(?P<before>(?:[\w-]+\s+){0,2}?)"
    r"(?P<kind>meeting|session|plenary|reunión|sesión|réunion|séance)"
    r"(?P<after>\s+(?:anual|ordinaria|extraordinaria|plenaria|virtual|annuelle|plénière|ordinaire|extraordinaire"
    r"|virtuelle))?\b",
    re.I,
)
# How Spanish and French join a meeting to its body by the body's article: "la Red" -> "de la Red".
_OF_ARTICLE = {
    "el": "del", "la": "de la", "los": "de los", "las": "de las",
    "le": "du", "les": "des", "l'": "de l'", "l’": "de l’",
}  # fmt: skip


_POSTPONED = terms_pattern(POSTPONED_TO)
# "Réunion tenue en ligne le 7 octobre 2010", "Meeting held in Oslo on ...": a kind word and a participle open
# a card's line; the card's heading names the activity.
_KIND_PARTICIPLE = re.compile(
    rf"^(?:{_ANY_KIND.pattern})\s+(?:held|tenue?s?|celebrad[ao]|realizad[ao]|organi[sz]ed|organis[ée]e?)\b", re.I
)


def _subject_kind(text: str) -> str | None:
    """The kind phrase of the clause that names what moved: "Its second meeting, planned for ..., was
    postponed" -> "second meeting"; "Prévu à Oslo ..., le séminaire a été reporté" -> "séminaire"."""
    for clause in text.split(","):
        if _ANY_KIND.search(clause):
            clause = re.sub(r"\s+(?:was|were|has been|had been|a été|ont été|fue|ha sido)\s*$", "", clause.strip())
            return clean_title(_POSSESSIVE.sub("", clean_title(clause)))
    return None


_KIND_NOUN = (
    r"(?:conference|meeting|event|workshop|seminar|webinar|roundtable|conferencia|reunión|evento|taller|seminario"
    r"|conférence|réunion|atelier|séminaire)"
)
_THIS_ONE = re.compile(rf"\b(?:this|esta|este|cette|ce)\s+(?:\w+\s+)?{_KIND_NOUN}\b", re.I)
# "The present workshop built on ...": a record's own event, which its header gives
_PRESENT_ONE = re.compile(rf"\b(?:the present|le présent|la présente|el presente|la presente)\s+{_KIND_NOUN}\b", re.I)


def postponed_reading(text: str, block: Block) -> _Reading | None:
    """`Its second meeting ... was postponed to 4 March 2010`: the activity, on the day it moved to, named by
    its section's heading when the sentence calls it only by its kind."""
    cue = _POSTPONED.search(text)
    if cue is None or _NEGATIVE.search(text[cue.end() :]) or re.search(r"cancel|annul|suspend", text, re.I):
        return None
    dates = [d for d in find_dates(text) if d.begin >= cue.end()]
    subject = _subject_kind(text[: cue.start()])
    if not dates or dates[0].begin - cue.end() > 12 or not subject:
        return None
    if _THIS_ONE.search(text[: cue.start()]):
        return None  # "Please note: this conference ... has been rescheduled to ...": the page's own event, read there
    title = _named_by_heading(subject, block.heading)
    kind = classify_kind(title) or classify_kind(subject) or Kind.MEETING
    # "... rescheduled to 12-13 April 2011 (San José)": the new place in brackets after the new date
    after = re.match(r"\s*\(([^()\d]{2,40})\)", text[dates[0].stop :])
    place = after.group(1).strip() if after and _is_place(after.group(1).strip()) else _place_in(text, dates, [])
    return _Reading("prose.event_verb", kind, title, dates[0], place, text, block)


# "... was postponed and will now be held in Tegucigalpa, Honduras, on 22 and 23 June": the new date and place.
_NOW_HELD = re.compile(
    r"\b(?:will now (?:be held|take place|meet|convene)|will instead (?:be held|take place|meet)"
    r"|is now (?:scheduled|planned) (?:for|to take place)|se (?:realizará|celebrará|llevará a cabo) finalmente"
    r"|(?:aura|se tiendra) finalement lieu|se tiendra finalement|se réunira finalement)\b",
    re.I,
)
MAX_NOW_HELD_GAP = 80  # characters between the cue and the new date: the place comes between them


# "Le Secrétariat a publié en juin 2011 l'ouvrage Asylum Procedures: Report on ..., qui décrit ...", "MPI released in
# May 2010 the report Title, which ...": a newsletter's release of a named work.
_RELEASED_WORK = re.compile(
    r"\b(?:a publié|a fait paraître|published|released|issued|presented|launched|publicó|public[oó]|lanzó|presentó"
    r"|présenté|will (?:release|publish|launch))\s+"
    r"(?:(?:en|in|hoy|today|el|on)\s+[^,]{0,40}?\s+)?(?P<noun>l['’]ouvrage|le rapport|l['’]étude|la publication"
    r"|le livre|the report|the study|the book|its report|its study|its new report|el informe|el estudio|el libro"
    r"|la publicación|la guía|su informe|su estudio"
    # "the 2009 edition of Asylum Procedures: ...", "la nueva edición de ...": a new edition of a standing work
    r"|(?:the|its|a|la|el|une?|l['’])\s+(?:(?:19|20)\d\d\s+|new\s+|updated\s+|nueva\s+|nouvelle\s+)?"
    r"(?:edition|edición|édition)\s+(?:of|de|du|del)"
    # "publicó en mayo de 2011 los Lineamientos Regionales de ... (San José: ...)": an article before a named work
    r"|(?-i:los|las|les|el|la|le|the|its|su|sus|sa|son|ses|their)(?=\s+(?-i:[A-ZÀ-Ý])[\w-]+\s+(?-i:[A-ZÀ-Ý])))\s+"
    r"[«\"“]?(?P<title>[A-ZÀ-Ý][^«»\"“”()]{8,200}?)[»\"”]?"
    r"(?=,\s*(?:qui|que|which|el cual|la cual|published|publicad[oa]|elaborad[oa]|prepared|disponibles?|available)\b"
    # "..., covering the Institute's research", "..., by A and B, on Thursday, May 13": an aside or a byline ends it
    r"|,\s*(?-i:[a-z]+ing)\b|,\s*(?:by|por|par)\s+(?-i:[A-ZÀ-Ý])"
    r"|\s*\((?P<imprint>[^()]*:[^()]*)\)|\.\s|\.?$)",
    re.I,
)
# ", published in October 2007": the release's date after the work's title.
_CLOSING_WHEN = re.compile(
    r"\s+(?:in|on|en|el|le)\s+([^,;]{4,30})(?:,\s*(?:compiled|edited|written|prepared|produced"
    r"|drafted|elaborad[oa]|préparée?)\b.*)?$",
    re.I,
)
_WORK_NOUNS_NAMED = frozenset(("guía", "informe", "estudio", "libro", "report", "study", "book", "rapport", "étude"))
_PUBLISHED_AFTER = re.compile(
    r"^[»\"”]?,\s*(?:(?:published|publicad[oa]|released|publié)\s+(?:in|on|en|el|le)"
    # "..., by Elena Moreno and Robert Tan, on Thursday, May 13, 2010": the release's day after its byline
    r"|(?:by|por|par)\s+[^;:]{3,120}?,\s+(?:on|el|le))\s",
    re.I,
)


# "se publicó la Guía regional para ... (San José: OIM, marzo de 2009)": a work named with its imprint in brackets.
_RELEASED_IMPRINT = re.compile(
    r"\b(?:se publicó|se publicaron|fue publicad[oa]|was published|were published|a été publiée?|published"
    r"|(?-i:(?:released|issued)(?=\s+(?:the\s+)?[A-ZÀ-Ý])))\s+"
    r"(?:(?:la|el|los|las|le|la|les|the|l['’])\s*)?(?P<title>[A-ZÀ-Ý][^()]{8,200}?)\s*\((?P<imprint>[^()]*?"
    r"(?:19|20)\d\d)\)",
    re.I,
)


_PUBLISHED_TITLE = re.compile(
    r"\b(?:published|released|issued|publicó|publicaron|a publié|ont publié|will (?:release|publish))\s+"
    r"(?P<title>(?-i:[A-ZÀ-Ý])[^,.:;()]{2,80}:\s+(?-i:[A-ZÀ-Ý])[^():;]{5,160}?)"
    r"(?=,\s*(?:which|qui|que|el cual|la cual)\b|,\s*(?:by|por|par)\s+(?-i:[A-ZÀ-Ý])|\.\s|\.?$)",
    re.I,
)


# "a publié le 30 mai 2011 son rapport « Procédures d'asile : ... »", "La fiche statistique annuelle « Title » est
# parue en janvier 2011", "released its report "Title" in May": a work named in quotes after its noun, with the verb
# that says it came out.
_QUOTED_WORK = re.compile(
    r"\b(?P<noun>rapport|report|informe|fiche statistique|fiche|[ée]tude|study|estudio|guide|gu[ií]a|policy brief"
    r"|fact sheet|bulletin|bolet[ií]n|brochure|folleto|note d['’]information|publication|publicaci[oó]n"
    r"|booklet|handbook|compendium|manual|book|libro|livre|working paper|paper|volume)"
    r"(?:\s+(?:annuel(?:le)?|anual|annual))?\s*[«“\"]\s*(?P<title>[^»”\"]{5,200}?)\s*[»”\"]"
    # "In March 2008 it published "Asylum Procedures: ..."": the verb, then the quoted title
    # "La Secretaría Técnica publicó en abril de 2011 los "Lineamientos ..."": its date between the verb and the title
    r"|\b(?:published|released|issued|launched|publicó|publicaron|a publié|ont publié)\s+(?:[^«“\".;]{1,40}?\s)?"
    r"[«“\"]\s*(?P<title2>[^»”\"]{5,200}?)\s*[»”\"]",
    re.I,
)
_CAME_OUT = re.compile(
    r"\b(?:a publié|ont publié|publié|publiée|est parue?|sont parus|a été publiée?|published|released|issued|launched"
    r"|came out|publicó|publicaron|se public[óo]|fue publicad[oa]|lanzó|present[óo])\b",
    re.I,
)


def quoted_work_reading(text: str, block: Block) -> _Reading | None:
    """The work a sentence names in quotes after its noun and says came out, dated by the sentence's day or month."""
    work = _QUOTED_WORK.search(text)
    if work is None or not _CAME_OUT.search(text) or _NEGATIVE.search(text):
        return None
    name = "title" if work.group("title") else "title2"
    outside = text[: work.start(name)] + " " * (work.end(name) - work.start(name)) + text[work.end(name) :]
    dates = [d for d in find_dates(outside) if not _NOT_WHEN.search(outside[: d.begin])]
    if not dates:
        return None
    title = work.group(name).strip(" ,.")
    report = _REPORT_NOUN.search(work.group("noun") or "") or publication_type_of(title) == PublicationType.REPORT
    kind = Kind.REPORT if report else Kind.PUBLICATION
    return _Reading("publication.entry", kind, title, dates[0], None, text, block)


# "A new report released today by MPI, Shifting Tides: ..., by A and B, reviews ...", "a companion fact sheet, X, by
# A, with charts": a work named in apposition to its noun, then its byline
_APPOSED_WORK = re.compile(
    r"\b(?:a|an|the|its|our)\s+(?:new\s+|companion\s+|forthcoming\s+)?(?P<noun>report|study|fact sheet|policy brief"
    r"|issue brief|book|working paper|informe|estudio|rapport|étude)\b(?P<between>[^,.;]{0,90}),\s+"
    r"(?P<title>(?-i:[A-ZÀ-Ý])[^,;]{8,200}?),\s+(?:by|por|par)\s+(?P<names>[^;.]{3,200}?)(?=,\s+(?-i:[a-z])|[.;]|$)",
    re.I,
)


_STAFF_TITLE = re.compile(
    r"\b(?:(?-i:[A-Z]{2,6})\s+)?(?:(?-i:[A-Z])[a-z]+\s+){0,2}(?:analysts?|fellows?|directors?|researchers?"
    r"|associates?|assistants?)\s+",
    re.I,
)


def apposed_work_reading(text: str, block: Block) -> _Reading | None:
    """A work a sentence names after its noun and before its byline, on the day the sentence gives (a release's
    "today", written out from its dateline); None for any other sentence."""
    match = _APPOSED_WORK.search(text)
    if match is None:
        return None
    # the day before the title ("released today", written out from the dateline); one after it dates something
    # else ("... analyzes data from December 2007 through December 2010")
    date = next((d for d in find_dates(text) if d.begin < match.start("title")), None)
    if date is None:
        return None
    # "MPI Policy Analysts A and B": the names, less their titles
    names = _STAFF_TITLE.sub("", match.group("names"))
    authors = names_in(names) or ()
    typed = publication_type_of(match.group("noun"))
    kind = Kind.REPORT if typed == PublicationType.REPORT else Kind.PUBLICATION
    return _Reading(
        "publication.entry", kind, match.group("title").strip(), date, None, text, block, authors=authors,
        publication_type=typed if typed != PublicationType.OTHER else None,
    )  # fmt: skip


# "New publication: Title (IGC Secretariat, November 2008)", "Nueva publicación: Título (San José: ST-CRM, 2010)": a
# note announcing a work, its issuer and month in brackets after the title
_ANNOUNCED_WORK = re.compile(
    r"^\W*(?:new (?:publication|report|study|paper|book)s?|now available|just (?:published|released)"
    r"|recently (?:published|released)|nuev[oa]s? (?:publicaci[oó]n|informe|estudio)(?:es)?|nouvelles? publications?"
    r"|nouveaux? rapports?|vient de para[iî]tre)\s*:\s*(?P<title>[^()]{8,250}?)\s*\((?P<imprint>[^()]{3,80})\)",
    re.I,
)


def announced_work_reading(text: str, block: Block) -> _Reading | None:
    """A note announcing a work with its issuer and date in brackets ("New publication: Biometrics and Identity
    Management: Summary Report of the IGC Workshop (IGC Secretariat, November 2008)"): the work, by that issuer."""
    if (note := _ANNOUNCED_WORK.match(text)) is None or not (dates := find_dates(note.group("imprint"))):
        return None
    title, issuer = note.group("title").strip(" ,."), note.group("imprint")[: dates[-1].begin].strip(" ,.")
    if not issuer[:1].isupper():
        return None  # "New report: Title (May 20), by A.": its day alone in brackets, its byline after, read elsewhere
    kind = Kind.REPORT if publication_type_of(title) == PublicationType.REPORT else Kind.PUBLICATION
    reading = _Reading("publication.entry", kind, title, dates[-1], None, text, block)
    if ":" in issuer:
        return replace(reading, publisher=_imprint_publisher(issuer))  # "(Geneva: IGC, 2008)": its imprint
    return replace(reading, authors=(issuer,))


def released_work_reading(text: str, block: Block) -> _Reading | None:
    """`Le Secrétariat des IGC a publié en juin 2011 l'ouvrage Asylum Procedures: ..., qui ...`: the work, at the
    date the sentence gives its release; `se publicó la Guía regional ... (San José: OIM, marzo de 2009)`: the
    work, at its imprint's date and with its publisher."""
    if (imprinted := _RELEASED_IMPRINT.search(text)) and (dates := find_dates(imprinted.group("imprint"))):
        title = imprinted.group("title").strip(" ,.")
        imprint = imprinted.group("imprint")[: dates[-1].begin].strip(" ,")
        kind = Kind.REPORT if publication_type_of(title) == PublicationType.REPORT else Kind.PUBLICATION
        reading = _Reading("publication.entry", kind, title, dates[-1], None, text, block)
        return replace(reading, publisher=_imprint_publisher(imprint))
    work = _RELEASED_WORK.search(text)
    dates = find_dates(text[: work.start("title")]) if work else []
    if work is not None and not dates and _PUBLISHED_AFTER.match(text[work.end("title") :]):
        dates = find_dates(text[work.end("title") :])[:1]
    title = work.group("title").strip(" ,.") if work else ""
    if work is not None and not dates and (closing := _CLOSING_WHEN.search(title)) and find_dates(closing.group(1)):
        # "published the 2012 edition of Asylum Procedures: ... States in September 2012, compiled by ...": the
        # release's month closes the name
        dates, title = find_dates(closing.group(1))[:1], title[: closing.start()]
    if work is None and (bare := _PUBLISHED_TITLE.search(text)):
        dates = find_dates(text[: bare.start()])
        if not dates and _PUBLISHED_AFTER.match(text[bare.end("title") :]):
            dates = find_dates(text[bare.end("title") :])[:1]  # "... will release X: Y, by A, on May 13, 2010"
    if work is None and bare and dates:
        # "In November 2009 the Secretariat published Asylum Procedures: Report on ..., which updates ...": a title
        # with its subtitle, straight after the verb
        title = bare.group("title").strip()
        kind = Kind.REPORT if publication_type_of(title) == PublicationType.REPORT else Kind.PUBLICATION
        return _Reading("publication.entry", kind, title, dates[-1], None, text, block)
    if work is None or not dates:
        if _TO_BE_RELEASED.search(text):
            return None  # "MPI will release a companion report on labor market tests in July 2006": not out yet
        return _released_noun_phrase(text, find_dates(text), block)
    if (noun := work.group("noun").split()[-1])[:1].isupper() and noun.lower() in _WORK_NOUNS_NAMED:
        title = f"{noun} {title}"  # "la Guía regional para ...": the noun capitalised is the title's first word
    report = _REPORT_NOUN.search(work.group("noun")) or publication_type_of(title) == PublicationType.REPORT
    kind = Kind.REPORT if report else Kind.PUBLICATION
    publisher = _imprint_publisher(work.group("imprint")) if work.group("imprint") else None
    return _Reading("publication.entry", kind, title, dates[-1], None, text, block, publisher=publisher)


# A newsletter's release of a named work with its byline: "We also released the report Title, by A and B.", "New
# policy brief: Title, by A.", "released its final report, Title (June 12), by the co-chairs, A and B", "The edited
# volume Title, edited by A and B, was published (Washington, DC: Publisher).", "In the Migration Information Source:
# Title, by A."
_WORK_NOUN = (
    r"(?:edited volume|volume|book|report|policy brief|issue brief|brief|fact sheet|working paper|paper|study"
    r"|article|guide|backgrounder|country profile|profile|memo|informe|estudio|libro|guía|documento de trabajo"
    r"|nota|rapport|étude|ouvrage|note)"
)
_RELEASE_LEAD = re.compile(
    r"(?:\b(?:released|published|issued|launched|releasing|publishing|issuing|launching|publicó|presentó|lanzó"
    r"|a publié|a lancé"
    # a year's highlights: "Highlights included the report Title (January 2009), by A and B."
    r"|included|including|incluyó|incluyeron|incluyendo|notamment)\s+"
    r"(?:the|its|a|an|our|el|la|su|le|l['’]|un|une)\s*(?:(?:new|final|annual|latest|first|nuevo|nueva|nouveau"
    rf"|nouvelle)\s+)*(?:(?P<noun>{_WORK_NOUN})\b)?"
    rf"|^(?:the|an?|el|la|le|l['’])\s*(?:new\s+)?(?P<subject>{_WORK_NOUN})\b"
    rf"|^(?:new|latest|nuevo|nueva|nouveau|nouvelle)\s+(?P<label>{_WORK_NOUN})\s*:"
    r"|^(?:in|en|dans)\s+(?:the\s+|la\s+|el\s+|le\s+)?(?P<periodical>[A-ZÀ-Ý][^:]{2,60}):)"
    r"\s*,?\s*",
    re.I,
)
# The work's title, then perhaps its day in brackets, then its byline.
_TITLE_BYLINE = re.compile(
    r"(?P<title>[A-ZÀ-Ý\"“«][^()]{8,200}?)[\"”»]?(?:\s*\((?P<when>[^()]{3,40})\))?,\s+"
    r"(?:edited\s+|written\s+|compiled\s+|coordinad[oa]\s+|editad[oa]\s+)?(?:by|por|par)\s+"
    r"(?P<names>(?:[^.;]|(?<=\b[A-Z])\.)+)"  # an initial's stop ends no names
)
_PUBLISHED_AFTER_BYLINE = re.compile(
    r"^,?\s*(?:was|were|has been|fue|a été)\s+(?:published|released|issued|publicad[oa]|publiée?)\b"
    r"(?:\s*\((?P<imprint>[^()]{3,80})\))?",
    re.I,
)
_DATE_TAIL = re.compile(r",\s*[^,]*\d{4}\s*$")  # "Geneva: IGC Secretariat, December 2008": the imprint's date
_CLAUSE_AFTER_NAMES = re.compile(r",\s*(?:which|who|that|whose|que|quien|qui)\b.*$", re.I)
_PERIODICAL_VERB = re.compile(r"\b(?:source|journal|magazine|review|bulletin|revista|revue)\b", re.I)
_NOUN_TYPES = {
    "fact sheet": PublicationType.OTHER,
    "country profile": PublicationType.ARTICLE,
    "edited volume": PublicationType.BOOK,
    "volume": PublicationType.BOOK,
}


_BARE_DAYS = re.compile(r"^\s*(?P<days>\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*$")


_NUMBER_HEADER = re.compile(r"\W*(?:no|n[°ºo]|num(?:ber)?|número|numéro|#|issue|item|ref)\W*", re.I)


def _day_in_month_row(block: Block) -> Block | None:
    """A calendar's row of days under its month: the month its heading names ("January 2008", then "15-16 | Working
    Group on Return | Geneva") or a cell beside the days gives ("January | 15-16 | ..."). The row with its days
    written in full ("15-16 January 2008") in the cells that held the days and the month; None for any other."""
    if block.kind != BlockKind.TABLE_ROW or not block.cells:
        return None
    cells = list(block.cells)
    days_at = [i for i, c in enumerate(cells) if _BARE_DAYS.match(c)]
    if len(days_at) != 1:
        return None  # none, or a calendar grid's row of a month's days ("January | 10 | 24"), read as a grid
    at = days_at[0]
    if at < len(block.header) and _NUMBER_HEADER.fullmatch(block.header[at].strip()):
        return None  # "No. | Date | Title" with "2 | October 2006": a series number beside its month, no day
    beside = [i for i in (at - 1, at + 1) if 0 <= i < len(cells)]
    month_at = next((i for i in beside if _MONTH_CELL.fullmatch(cells[i].strip())), None)
    if month_at is not None:
        month_text = cells[month_at].strip(" .")
    elif at == 0 and not block.header:
        month = parse_date((block.heading or "").strip(" :."), allow_year=True)
        if month is None or month.precision != DatePrecision.MONTH:
            return None
        month_text = month.text
    else:
        return None
    day = f"{_BARE_DAYS.match(cells[at]).group('days')} {month_text}"
    year = heading_year(block.heading) if not _ANY_YEAR.search(day) else None
    if (found := parse_date(with_year(day, year) if year else day)) is None or found.precision != DatePrecision.DAY:
        return None
    for i in (at, month_at) if month_at is not None else (at,):
        cells[i] = day
    return replace(block, cells=tuple(cells), text=" | ".join(cells))


_MONTH_CELL = re.compile(
    r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?", re.I
)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _month_heading(heading: str | None, year: int | None) -> DateSpan | None:
    """The month a section heading names alone ("January", "Juin"), in `year`: the date of what its section tells."""
    word = (heading or "").strip(" :.").lower()
    if year is None or word not in MONTHS:
        return None
    dates = find_dates(f"{heading} {year}")
    return dates[0] if len(dates) == 1 and dates[0].precision == DatePrecision.MONTH else None


def _month_in_period(
    heading: str | None, year: int | None, period: tuple[datetime.date, datetime.date] | None
) -> DateSpan | None:
    """The month a section heading names alone, in `year` or, where the report states the period it covers, in the
    year of that period the month falls in ("Reporting period: January 1 - December 31, 2009. Prepared ... March
    2010.": its "January" is January 2009)."""
    month = _month_heading(heading, year)
    if month is None or period is None or period[0] <= month.start <= period[1]:
        return month
    for candidate in range(period[0].year, period[1].year + 1):
        if (inside := _month_heading(heading, candidate)) and period[0] <= inside.start <= period[1]:
            return inside
    return month


# After a title set in italics: its byline, perhaps after the noun that types the work ("*Title*, by Sofia Marchetti
# and the IGC Secretariat, reviews ...", "*Title*, a working paper by A and B", "*Title*, prepared by the IGC
# Secretariat, was distributed ...")
_BYLINE_AFTER = re.compile(
    rf"^[\s,]*(?:(?:a|an|the|its|un|una|le|la)\s+(?:new\s+)?(?P<noun>{_WORK_NOUN})\s+)?"
    r"(?:edited\s+|written\s+|compiled\s+|prepared\s+|elaborad[oa]\s+|r[ée]dig[ée]e?\s+)?(?:by|por|par)\s+"
    # "by A, B and C": a comma before a capitalised name goes on with the names
    r"(?P<names>(?:[^.;,]|(?<=\b[A-Z])\.|,(?=\s+(?:and|y|et)\s)|,(?=\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)\s+(?-i:[A-ZÀ-Ý])))+)",
    re.I,
)
# "by A and B in October": the month of the release after the names
_MONTH_AFTER_NAMES = re.compile(rf"\s+(?:in|en)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH_NAMES})\b.*$", re.I)
# Before it: the noun that says it is a work, or the verb that says it came out ("the release, in March 2012, of")
_WORK_CUE = re.compile(rf"\b(?:{_WORK_NOUN}|release|publication|publicaci[oó]n|parution|lanzamiento|launch)s?\b", re.I)
# What a body does with a work it issues to its members: "was distributed to focal points in October 2006"
_SENT_OUT = re.compile(
    r"\b(?:distributed|circulated|disseminated|posted|distribuy[oó]|distribuid[oa]|difundi[oó]|diffus[ée]e?)\b", re.I
)
_ISSUED = re.compile(f"{_CAME_OUT.pattern}|{_SENT_OUT.pattern}", re.I)
# After the title, the work is the verb's subject: "*Title*, prepared by ..., was distributed ... in October 2006";
# an active verb there makes the italics its subject ("The *Migration Information Source* published ...")
_ISSUED_AFTER = re.compile(
    r"\b(?:was|were|been|fue|fueron|été)\s+(?:\w+\s+){0,2}?(?:published|released|issued|launched|distributed"
    r"|circulated|posted|publicad[oa]s?|distribuid[oa]s?|publiée?s?|diffusée?s?)\b|\bcame out\b",
    re.I,
)


def italic_work_reading(text: str, block: Block, month: DateSpan | None = None) -> _Reading | None:
    """A work a sentence names by the title the page sets in italics, said to come out or named with its byline:
    "The Secretariat is pleased to announce the release, in March 2012, of *Integration Policies in IGC States:
    Trends and Challenges*, by Sofia Marchetti and the IGC Secretariat."; "Published in February 2012, *Biometrics in
    Migration Management: A Status Report*, by Henrik Vos, reviews ..."; "The *Report on Asylum Trends ...*, prepared
    by the IGC Secretariat, was distributed to focal points in October 2006." Dated by the sentence before the
    title, or by the day after it that the verb saying it came out leads to; a date after it is otherwise what the
    work is about ("analyzes data from December 2007"); else by `month`, the month its section's heading names."""
    for phrase in block.emphasis:
        at = text.find(phrase)
        if at < 0 or len(phrase.split()) < MIN_ITALIC_TITLE_WORDS or not phrase[:1].isupper():
            continue
        before, after = text[:at], text[at + len(phrase) :]
        byline = _BYLINE_AFTER.match(after)
        dates = [d for d in find_dates(before) if not _NOT_WHEN.search(before[: d.begin])]
        later = next((d for d in find_dates(after) if _ISSUED_AFTER.search(after[: d.begin])), None)
        if not (byline or (_ISSUED.search(before) and _WORK_CUE.search(before)) or later):
            continue
        if _NEGATIVE.search(text) or _TO_BE_RELEASED.search(text) or _ANY_KIND.fullmatch(phrase):
            return None
        dates = dates or ([later] if later else []) or ([month] if month else [])
        if not dates:
            return None
        names = _MONTH_AFTER_NAMES.sub("", byline.group("names")) if byline else ""
        authors = names_in(re.sub(r"\bthe\s+", "", names), bylined=True) if names else None
        title = clean_title(phrase.strip(' ,."“”«»'), work=True)
        typed = publication_type_of(title)
        noun = (byline.group("noun") if byline else None) or (cue.group(0) if (cue := _WORK_CUE.search(before)) else "")
        if typed == PublicationType.OTHER and noun:
            typed = publication_type_of(noun)
        kind = Kind.REPORT if typed == PublicationType.REPORT else Kind.PUBLICATION
        return _Reading(
            "publication.entry", kind, title, dates[0], None, text, block, authors=authors or (),
            publication_type=typed,
        )  # fmt: skip
    return None


MIN_ITALIC_TITLE_WORDS = 3


def bylined_release_reading(text: str, block: Block, month: DateSpan | None = None) -> _Reading | None:
    """`We also released the report Title, by A and B.`: the work, with its authors, dated by the sentence (or the
    day in brackets after the title), else by `month`, the month its section heading names."""
    lead = _RELEASE_LEAD.search(text)
    if lead is None:
        return None
    work = _TITLE_BYLINE.match(text, lead.end())
    if work is None and lead.group("noun"):  # "issued the Report on Resettlement ...": the noun opens the title
        work = _TITLE_BYLINE.match(text, lead.start("noun"))
    if work is None:
        return None
    rest = text[work.end("names") :]
    # "edited by A and B (Washington, DC: Brookings, 2009)": the imprint in brackets is no name
    names = _CLAUSE_AFTER_NAMES.sub("", work.group("names")).split(" (")[0]
    published = None
    if lead.group("subject"):  # "The edited volume Title, edited by ..., was published": the release is said after
        head, _, tail = names.partition(", ")
        published = _PUBLISHED_AFTER_BYLINE.match(f", {tail}{rest}") if tail else None
        if published is None:
            return None
        names = head
    authors = names_in(names, bylined=True)
    if authors is None and ", " in names:  # "by the Study Group's co-chairs, A and B"
        authors = names_in(names.split(", ", 1)[1], bylined=True)
    when = work.group("when") or ""
    dates = find_dates(when) or find_dates(text[: lead.start()]) or ([month] if month else [])
    title = clean_title(work.group("title").strip(' ,."“”«»'), work=True)
    if not dates or not title or len(title.split()) < 3 or _NEGATIVE.search(text):
        return None
    noun = (lead.group("noun") or lead.group("subject") or lead.group("label") or "").lower()
    if noun in _NOUN_TYPES:
        kind_of_work = _NOUN_TYPES[noun]
    elif noun:
        kind_of_work = publication_type_of(noun)
    elif lead.group("periodical") or _PERIODICAL_VERB.search(text[: lead.start()]):
        kind_of_work = PublicationType.ARTICLE  # a periodical's piece
    else:
        kind_of_work = publication_type_of(title)
    kind = Kind.REPORT if kind_of_work == PublicationType.REPORT else Kind.PUBLICATION
    imprint = published.group("imprint") if published else when if ":" in when else None
    publisher = _imprint_publisher(_DATE_TAIL.sub("", imprint)) if imprint else None
    return _Reading(
        "publication.entry", kind, title, dates[-1], None, text, block, authors=authors or (),
        publisher=publisher, publication_type=kind_of_work,
    )  # fmt: skip


# A byline's names in running prose: capitalised words and initials, parted by commas and "and".
_PROSE_NAME = r"(?-i:[A-ZÀ-Ý])[\w'’-]*\.?(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*\.?){1,3}"
_PROSE_NAMES = rf"(?P<names>{_PROSE_NAME}(?:(?:,\s+|,?\s+(?:and|y|et)\s+){_PROSE_NAME})*)"
_PROSE_TITLE = r"(?P<title>(?-i:[A-ZÀ-Ý0-9\"“])(?:[^;()]|\(\w{1,4}\)){8,200}?)"  # "287(g)" in a title
# where a title ends in prose: a comma before a clause ("..., based on ...", not "..., and Implications"), a stop
_PROSE_TITLE_END = r"(?=,\s+(?!(?:and|or|y|o|et|ou)\b)(?-i:[a-z])|\.\s|\.?$)"
_PROSE_VERB = r"(?:released|published|issued|launched|releasing|publishing|issuing|launching|publicó|a publié)"
_PROSE_NOUN = r"(?:(?:the|a|an|its|our|el|la|un|una|su|le|l['’]|une?)\s+(?:(?:new|final|latest|nuevo|nueva)\s+)*)"
_PROSE_WORKS = (
    # "released the policy brief Title: Subtitle by A and B in March": the title straight after its noun
    re.compile(
        rf"\b{_PROSE_VERB}\s+{_PROSE_NOUN}(?P<noun>{_WORK_NOUN})\s+{_PROSE_TITLE}"
        rf"\s+(?:(?:edited|written|compiled)\s+)?(?:by|por|par)\s+{_PROSE_NAMES}",
        re.I,
    ),
    # "A new fact sheet by Jeanne Batalova, Title, appeared the same month", "released a report by A, B and C,
    # Title, based on ...": the byline before the title
    re.compile(
        rf"(?:\b{_PROSE_VERB}\s+|^\W*){_PROSE_NOUN}(?P<noun>{_WORK_NOUN})\s+(?:by|por|par)\s+{_PROSE_NAMES},\s+"
        rf"{_PROSE_TITLE}{_PROSE_TITLE_END}",
        re.I,
    ),
    # "Working paper: Title by Aaron Terrazas appeared as the third title in ...": a label, the title, its byline
    re.compile(
        rf"^\W*(?P<noun>{_WORK_NOUN}):\s+{_PROSE_TITLE}(?:,?\s+(?:edited|written|compiled))?,?\s+(?:by|por|par)\s+"
        rf"{_PROSE_NAMES}"
        r"(?<!\b[A-Z])(?=\s+(?-i:[a-z])|\s*[(.,;]|$)",
        re.I,
    ),
    # "MPI released Title, a policy brief by Kevin O'Neil, on June 7": the title, then its noun and byline
    re.compile(
        rf"\b{_PROSE_VERB}\s+{_PROSE_TITLE},\s+{_PROSE_NOUN}(?P<noun>{_WORK_NOUN})\s+(?:by|por|par)\s+{_PROSE_NAMES}"
        r"(?<!\b[A-Z])(?=\s+(?-i:[a-z])|\s*[(.,;]|$)",
        re.I,
    ),
    # "Title, a fact sheet by Jeanne Batalova.": the title, then its noun and byline in apposition
    re.compile(
        rf"^\W*{_PROSE_TITLE},\s+{_PROSE_NOUN}(?P<noun>{_WORK_NOUN})\s+(?:by|por|par)\s+{_PROSE_NAMES}\s*\.?$",
        re.I,
    ),
)


_ON_DAY = re.compile(r"^,?\s+(?:on|in|en|el|le)\s+", re.I)
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{4,80})\)")
MAX_RELEASE_DAY_GAP = 40


def prose_work_reading(text: str, block: Block, when: DateSpan | None = None) -> _Reading | None:
    """A work a report's prose names by its noun, title and byline, in any of their orders ("released the policy
    brief Title by A and B", "A new fact sheet by A, Title, appeared", "Working paper: Title by A appeared", "Title,
    a fact sheet by A."), dated by the sentence before the title or else by `when`, its section's month or year."""
    if _NEGATIVE.search(text) or _TO_BE_RELEASED.search(text):
        return None
    for pattern in _PROSE_WORKS:
        if (match := pattern.search(text)) is None:
            continue
        title = clean_title(match.group("title").strip(' ,."“”«»'), work=True)
        authors = names_in(match.group("names"), bylined=True)
        dates = [d for d in find_dates(text[: match.start("title")]) if not _NOT_WHEN.search(text[: d.begin])]
        after = text[match.end("names") :][:MAX_RELEASE_DAY_GAP]
        if not dates and (bracket := _BRACKET_AFTER.match(text, match.end("names"))):
            # "Policy Brief: Title, by A and B (September 2007)", "(Washington, DC: MPI, 2007)": its month or year
            year = re.search(r"\b(?:19|20)\d\d$", bracket.group(1))
            dates = find_dates(bracket.group(1)) or ([parse_date(year.group(0), allow_year=True)] if year else [])
        if not dates and _ON_DAY.match(after):
            # "..., a policy brief by A, on June 7": the release's day after the byline, in the section's year
            dates = find_dates(after) or (find_dates(with_year(after, when.start.year)) if when else [])
        date = dates[-1] if dates else when
        if date is None or not authors or len(title.split()) < MIN_ITALIC_TITLE_WORDS or _ANY_KIND.fullmatch(title):
            continue
        noun = match.group("noun").lower()
        typed = _NOUN_TYPES.get(noun) or publication_type_of(noun)
        kind = Kind.REPORT if typed == PublicationType.REPORT else Kind.PUBLICATION
        return _Reading(
            "publication.entry", kind, title, date, None, text, block, authors=authors, publication_type=typed
        )
    return None


# "Two GRCM meetings held (Tegucigalpa, 2-3 June 2010; San Salvador, 16-17 Nov. 2010)", "Dos talleres realizados
# (Managua, 3 de mayo; ...)": a count of activities, then each one's place and date in brackets.
_COUNTED_HELD = re.compile(
    r"^\W*(?:two|three|four|five|six|both|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|[2-9])\s+(?P<name>[^()]{3,80}?)"
    r"\s+(?:were\s+|fueron\s+|ont été\s+)?(?:held|convened|organi[sz]ed|took place|delivered|realizad[oa]s"
    r"|celebrad[oa]s|tenue?s|organisée?s)\s*\((?P<times>[^()]+)\)",
    re.I,
)
_SINGULAR = {
    "meetings": "meeting", "workshops": "workshop", "seminars": "seminar", "sessions": "session",
    "roundtables": "roundtable", "conferences": "conference", "courses": "course", "reuniones": "reunión",
    "talleres": "taller", "seminarios": "seminario", "sesiones": "sesión", "cursos": "curso",
    "réunions": "réunion", "ateliers": "atelier", "séminaires": "séminaire",
}  # fmt: skip


# "“Remittances in Crisis” (March 2009)": a quoted work and the date of its release in brackets
_QUOTED_DATED_WORK = re.compile(r"[“\"«]\s*(?P<title>[^“”\"«»]{6,200}?)\s*[”\"»]\s*\((?P<when>[^()]{4,40})\)")
_WORKS_CUE = re.compile(
    r"\b(?:publications?|publicaciones|reports?|informes?|rapports?|studies|estudios|études|papers?|briefs?|books?"
    r"|libros|ouvrages|published|publicó|publicaron|publié|released)\b",
    re.I,
)


# "the Workshop on Family Reunification (The Hague, 23-24 April 2008)", "the Spring Full Round in Oslo (30 May - 1 June
# 2012)": an activity named in capitals, its place and date in brackets after it (or the place before them).
_NAME_WORD = (
    r"(?:[A-ZÀ-Ý0-9][\w'’-]*|on|of|for|and|the|to|sobre|de|del|la|las|los|y|el|a|al|para|contra|sur|du|des|et|d['’]\w+|l['’]\w+"
    rf"|{_ANY_KIND.pattern})"  # "Workforce Innovations conference (Chicago, October 2010)"
)
_BRACKETED_EVENT = re.compile(
    rf"(?P<name>(?:(?-i:[A-ZÀ-Ý][\w'’-]*)\s+){{0,4}}(?-i:[A-ZÀ-Ý])[\w-]*(?:\s+{_NAME_WORD}){{0,20}}?)"
    r"(?:\s+(?:in|at|en|à)\s+(?P<town>(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,3}))?"
    r"\s*\((?P<inside>[^()]{4,70})\)",
)
MAX_BRACKET_PLACE_WORDS = 5


MIN_REPORTED_ITEMS = 2


_DATE_HEADER = re.compile(r"^\W*(?:dates?|fechas?|when|quand)\W*$", re.I)
_MEETING_HEADER = re.compile(
    r"^\W*(?:meetings?|events?|activit(?:y|ies)|r[ée]unions?|activit[ée]s?|[ée]v[ée]nements?|reuni[oó]n(?:es)?"
    r"|actividad(?:es)?|eventos?)\W*$",
    re.I,
)


def _calendar_table(blocks: Sequence[Block]) -> bool:
    """Whether minutes hold a calendar of meetings (a table headed "Date | Réunion | Lieu"), whose rows are the
    activities the body plans, read as a report's are."""
    rows = [
        b
        for b in blocks
        if b.kind == BlockKind.TABLE_ROW
        and any(_DATE_HEADER.match(h) for h in b.header)
        and any(_MEETING_HEADER.match(h) for h in b.header)
    ]
    return len(rows) >= MIN_REPORTED_ITEMS


def _reports_activities(blocks: Sequence[Block], header: Block) -> bool:
    """Whether an agenda's items report or plan activities of their own, each named with its place and days in
    brackets ("Informe ...: a) Seminario sobre X (San Salvador, El Salvador, 28 y 29 de agosto de 2008)"): then they
    are read as a report's are, not only its header's meeting."""
    items = [b for b in blocks if b is not header and any(r.location for r in bracketed_event_readings(b.text, b))]
    return len(items) >= MIN_REPORTED_ITEMS


# "la reunión de la " before "Red de Funcionarios de Enlace ... (14 de noviembre de 2011)"
_KIND_OF_NAME = re.compile(
    rf"(?:(?:{_SPELLED_ORDINAL}|primera|segunda|tercera|cuarta|quinta)\s+)?(?:{_ANY_KIND.pattern})\s+"
    r"(?:of|de|del|du|des)(?:\s+(?:la|los|las|the|le|les))?\s+$",
    re.I,
)


def bracketed_event_readings(text: str, block: Block) -> list[_Reading]:
    """The activities a sentence names with their place and date in brackets, one per bracket; [] when any
    bracket after a name holds more than a place and a date (a reference, a note)."""
    readings = []
    for match in _BRACKETED_EVENT.finditer(text):
        name = match.group("name")
        # the kind word capitalised, or after a capitalised name ("Workforce Innovations conference")
        kind_at = next((m for m in _ANY_KIND.finditer(name) if m.group(0)[:1].isupper() or m.start()), None)
        if kind_at is None and (lead := _KIND_OF_NAME.search(text, 0, match.start("name"))):
            # "la segunda reunión del GRCM del año (15 y 16 de noviembre de 2011)": the kind, then whose meeting
            name = lead.group(0)[0].upper() + lead.group(0)[1:] + name
            kind_at = _ANY_KIND.search(name)
        if kind_at is None:
            continue
        name = name[_name_start(name, kind_at.start()) :] if kind_at.start() else name
        inside = match.group("inside")
        dates = find_dates(inside)
        if not dates and readings and (year := readings[-1].date) and _YEARLESS.search(inside):
            # "... (15 y 16 de noviembre de 2011) y la XVI Reunión Viceministerial (17 y 18 de noviembre)": the
            # year of the bracket before
            inside = with_year(inside, year.start.year)
            dates = find_dates(inside)
        if len(dates) != 1:
            continue
        rest = (inside[: dates[0].begin] + inside[dates[0].stop :]).strip(" ,;")
        if rest and (len(rest.split()) > MAX_BRACKET_PLACE_WORDS or not rest[:1].isupper() or find_dates(rest)):
            continue
        if match.group("town") and (rest or not known_place(match.group("town"))):
            # "Seminario sobre X en Centroamérica (San Salvador, ...)": the place in brackets, the region in the name;
            # "Forum on Border Management in North America (Nov 30, 2010)": no town, the name's region
            name = f"{name} {text[match.end('name') : match.end('town')].strip()}"
        title = tidy_title(name)
        kind = classify_kind(title) if title else None
        if title is None or kind is None:
            continue
        if not_an_event("", told := split_sentences(text[: match.end()])[-1]) or presented_at_another(told):
            continue  # "MPI staff also spoke at the X Conference (Chicago, November 2010)": another body's event
        place = rest or (match.group("town") if known_place(match.group("town") or "") else None)
        place = place.split(";")[0].strip(" ,") if place else place  # "(Managua, Nicaragua; fecha tentativa: ...)"
        readings.append(_Reading("prose.bracketed", kind, title, dates[0], place, match.group(0), block))
    return readings


def _name_start(name: str, kind_at: int) -> int:
    """Where a capitalised name holding a kind word at `kind_at` starts: the capitalised words just before it."""
    words = list(re.finditer(r"\S+", name[:kind_at]))
    start = kind_at
    for at, word in reversed(list(enumerate(words))):
        # "Immigration Law and Policy Conference": a joining word between two capitalised words is the name's
        joins = word.group(0) in _NAME_JOINS and at and words[at - 1].group(0)[:1].isupper() and start < kind_at
        if not (word.group(0)[:1].isupper() or joins):
            break
        start = word.start()
    return start


_NAME_JOINS = frozenset(("and", "y", "e", "et", "&"))


def quoted_works_readings(text: str, block: Block) -> list[_Reading]:
    """ "Among the year's publications were “A” (March 2009) and “B” (June 2009).": one work per quoted title,
    dated by its bracket, where the sentence speaks of publications."""
    if not _WORKS_CUE.search(text) or _NEGATIVE.search(text):
        return []
    readings = []
    for work in _QUOTED_DATED_WORK.finditer(text):
        dates = find_dates(work.group("when"))
        if len(dates) != 1 or classify_kind(work.group("title")) is not None:
            continue  # a quoted event's name ("“Workshop on Return” (3 May 2009)") is no work
        date = replace(dates[0], begin=dates[0].begin + work.start("when"), stop=dates[0].stop + work.start("when"))
        title = clean_title(work.group("title"), work=True)
        kind = Kind.REPORT if _REPORT_TITLE.search(title) else Kind.PUBLICATION
        readings.append(_Reading("publication.entry", kind, title, date, None, text, block))
    return readings


# A work a report's prose names by its type, then its title and the month it came out: "drew on the report, Border
# Security and the Southwest Border (March 2007), which found ...", "A policy brief, Employment Verification (June
# 2007), by M. Rosenblum and J. Batalova, examined ...", "la publicación Lineamientos regionales ... (mayo de 2010)".
_TYPED_WORK = re.compile(
    r"\b(?P<noun>(?-i:report|policy brief|issue brief|brief|fact sheet|study|book|edited volume|volume|working paper"
    r"|paper|publication|feature|guide|informe|estudio|publicación|documento|guía|rapport|étude|ouvrage))"
    r",?\s+(?P<title>[“\"«]?(?-i:[A-ZÀ-Ý0-9])[^()]{3,200}?[”\"»]?),?\s+\((?P<when>[^()]{3,30})\)"
    r"(?:,?\s+(?:(?:edited\s+)?by|(?:elaborad[oa]|preparad[oa]|editad[oa])\s+por|por|par)\s+(?P<names>[^,;()]{3,120}"
    r"?)(?=,|;|(?<!\b[A-Z])\.\s|\.$|\s+(?:was|were|is|are|which|that|found|examined|showed|gave)\b))?",
    re.I,
)
_WORK_NOUN_TYPES = (
    (re.compile(r"policy brief|issue brief|brief", re.I), PublicationType.POLICY_BRIEF),
    (re.compile(r"working paper", re.I), PublicationType.WORKING_PAPER),
    (re.compile(r"report|informe|rapport", re.I), PublicationType.REPORT),
    (re.compile(r"book|volume|ouvrage", re.I), PublicationType.BOOK),
    (re.compile(r"feature|article", re.I), PublicationType.ARTICLE),
)


def _part_of(reading: _Reading, meeting: _Reading) -> bool:
    """Whether a record's sentence that names only a kind ("La sesión fue inaugurada el martes 17 de noviembre", "la
    reunión se clausuró el miércoles 18") tells a day of the meeting its header names."""
    return (
        reading.date is not None
        and meeting.date is not None
        and len(reading.title.split()) <= MAX_BARE_KIND_WORDS
        and classify_kind(reading.title) is not None
        and meeting.date.start <= reading.date.start <= meeting.date.end
    )


# "Secrétariat des IGC - Genève" (over ", novembre 2011"): a document's imprint under its title, no work's name
_ISSUER_ONLY = re.compile(
    r"^(?:the\s+|la\s+|le\s+)?(?:[A-Z]{2,6}\s+)?(?:Secretar[ií]a|Secretariat|Secrétariat|Presidencia|Presidency"
    r"|Présidence)(?:\s+(?:of the|of|de la|del|des|de|du)\s+[\w-]+(?:\s+[A-ZÀ-Ý][\w-]*){0,3})?"
    r"(?:\s*[-–,]\s*[A-ZÀ-Ý][\w]+(?:\s+[A-ZÀ-Ý][\w]+){0,2})?\W*$"
)
MAX_POSTING_DELAY = datetime.timedelta(days=45)


def _two_told_as_one(reading: _Reading) -> list[_Reading]:
    """A sentence that tells two meetings of one day at once ("se realizaron ... la Reunión de la Red de Protección
    Consular y la Reunión de la Red de Combate al Tráfico"): two readings, each named in full."""
    if reading.rule != "prose.event_verb":
        return [reading]
    pair = _TWO_NAMED.search(reading.snippet)
    if pair is None or not reading.title.lower().startswith(pair.group("first").lower()[:MIN_SHARED_LEAD]):
        return [reading]
    first, second = (n.strip() for n in (pair.group("first"), pair.group("second")))
    return [
        replace(reading, title=first[:1].upper() + first[1:]),
        replace(reading, title=second[:1].upper() + second[1:]),
    ]


MIN_SHARED_LEAD = 30  # the reading's title opens as the first of the two names does
_MEETING_NOUNS = r"(?:Reunión|Reunion|Meeting|Réunion|Taller|Workshop|Atelier|Seminario|Seminar|Séminaire)"
_TWO_NAMED = re.compile(
    rf"\b(?:la|el|the|le|l['’])\s*(?P<first>{_MEETING_NOUNS}\b[^,;.()]{{5,160}}?)\s+(?:y|and|et)\s+"
    rf"(?:la|el|the|le|l['’])\s*(?P<second>{_MEETING_NOUNS}\b[^,;.()]{{5,160}}?)(?=[,;.(]|$)"
)


def _cards_told_once(readings: list[_Reading]) -> list[_Reading]:
    """The readings of an event's card as one: its heading names it ("Ninth Annual Conference" over "April 23, 2012 ·
    Georgetown ... The conference drew more than 600 practitioners"), not its details' sentence about "the
    conference", nor its type label ("Policy briefing · August 14, 2012 · ..."), which read a title of no name."""
    headed = {(r.date.start, r.kind): r for r in readings if r.rule == "heading.dateline" and r.date is not None}
    kept = []
    for r in readings:
        card = headed.get((r.date.start, r.kind)) if r.date is not None else None
        nameless = _KIND_THEN_VERB.match(r.title) or _BARE_TYPE_LABEL.fullmatch(r.title.strip())
        if r.rule in ("prose.event_verb", "list.segments") and nameless and card is not None:
            continue  # the card's heading named it already
        if r.rule in ("list.segments", "prose.event_verb") and _labelled_card(r) and card is None:
            heading = (r.block.heading or "").strip()
            section = EVENTS_SECTION.search(heading) or _MEETINGS_SECTION.match(heading)  # "Past meetings"
            if heading and not section and not find_dates(heading) and len(heading.split()) <= MAX_TITLE_WORDS:
                r = replace(r, title=heading)  # "Policy briefing · August 14, 2012": the heading above names it
        kept.append(r)
    return kept


# "Webinar | March 8, 2011 | Online", "Roundtable | March 22, 2011 | Washington, DC": a card's line of fields under
# its title, its generic type first ("Mini-Full Round · Nov 24, 2010" names the meeting)
_TYPE_FIELD = re.compile(r"^(?P<label>[^|·]{3,40}?)\s+[|·]\s+")
MAX_TYPE_FIELD_WORDS = 3


def _labelled_card(reading: _Reading) -> bool:
    """Whether a reading's title is only a card's type label, alone or opening the card's line of fields, so that the
    heading above names the event."""
    if reading.rule == "list.segments" and _BARE_TYPE_LABEL.fullmatch(reading.title.strip()):
        return True
    field = _TYPE_FIELD.match(reading.block.text)
    if field is None or not reading.title.startswith(field.group("label")):
        return False
    label = field.group("label")
    dated = find_dates(reading.block.text[field.end() :].split("|")[0])
    return bool(dated) and len(label.split()) <= MAX_TYPE_FIELD_WORDS and bool(_GENERIC_KIND.fullmatch(label.strip()))


# "Conference drew more than 600 practitioners", "Roundtable examined how ...": the details' sentence about the card's
# event, its kind word then its verb
_KIND_THEN_VERB = re.compile(
    rf"^(?:{EVENT_KIND_WORDS.pattern})\s+(?-i:[a-z]{{2,}}ed|drew|brought|met|took|began|gave|heard|saw|made|held"
    r"|found|sought|ran|led|built|went|chose"
    # "Taller reunió a funcionarios ...", "Atelier a réuni ...": the same in Spanish and French
    r"|[a-záéíóúñ]{3,}(?:ó|aron|ieron)|(?:a|ont)\s+[a-zéèêû]{3,}(?:é|i|is|u))\b",
    re.I,
)
# An event's type label alone, which names no event: "Policy briefing", "Panel discussion", "Webinar"
_BARE_TYPE_LABEL = re.compile(
    r"(?:(?:policy|public|press|congressional|expert|online|web|book|report)\s+)?(?:briefing|panel(?: discussion)?"
    r"|discussion|webinar|web seminar|seminar|workshop|roundtable|conference|conference call|teleconference|forum"
    r"|lecture|launch|presentation|event|meeting|reunión|réunion|séminaire|seminario|taller|atelier|conferencia"
    r"|conférence|foro|forum|mesa redonda|table ronde|curso|course|training|formation|capacitación)",
    re.I,
)


def _without_posted_headlines(readings: list[_Reading]) -> list[_Reading]:
    """The readings, less a news item's headline line ("18.11.2011 — Réunion du Tour complet des CIG à La Haye")
    where the item's body, in the same element, tells the same activity on an earlier day ("... s'est tenue du 15
    au 17 novembre 2011"): the headline's day is the day the item was posted."""
    told = [r for r in readings if r.rule.startswith("prose") and r.date is not None]

    def posted(line: _Reading) -> bool:
        if line.rule != "schedule.line" or line.date is None or line.block.page is not None:
            return False
        item = (line.block.locator or "").rsplit(" > ", 1)[0]
        return any(
            (r.block.locator or "").rsplit(" > ", 1)[0] == item
            and r.block.order > line.block.order
            and r.kind == line.kind
            and r.date is not None
            and line.date is not None
            and timedelta_within(r.date.start, line.date.start)
            and similar_titles(r.title, line.title)
            for r in told
        )

    return [r for r in readings if not posted(r)]


def timedelta_within(told: datetime.date, posted: datetime.date) -> bool:
    """Whether an item posted on `posted` may tell of an activity held on `told`: on or before, within weeks."""
    return datetime.timedelta(0) <= posted - told <= MAX_POSTING_DELAY


def _restates(reading: _Reading, typed: list[_Reading]) -> bool:
    """Whether another rule read a work the typed-work rule read whole from the same text ("The year ended with the
    publication of the edited volume Diasporas and Development (November 2007)")."""
    return reading.kind in (Kind.REPORT, Kind.PUBLICATION) and any(
        t.block.order == reading.block.order and t.date and reading.date and t.date.start == reading.date.start
        and (t.title in reading.title or similar_titles(t.title, reading.title))
        for t in typed
    )  # fmt: skip


def typed_works_readings(text: str, block: Block) -> list[_Reading]:
    """Each work the text names by its type, then its title and month: a report's prose citing the year's
    publications ("The policy brief Circular Migration and Development (April 2007), by D. Agunias and K. Newland,
    was widely cited")."""
    if _NEGATIVE.search(text):
        return []
    readings = []
    for work in _TYPED_WORK.finditer(text):
        dates = find_dates(work.group("when"))
        if len(dates) != 1 or dates[0].precision == DatePrecision.DAY and classify_kind(work.group("title")):
            continue
        title = clean_title(work.group("title").strip('“”"«» '), work=True)
        if not title or classify_kind(title) is not None and not _REPORT_TITLE.search(title):
            continue  # "the report on the Workshop on Return (May 2009)" names an event
        date = replace(dates[0], begin=dates[0].begin + work.start("when"), stop=dates[0].stop + work.start("when"))
        noun = work.group("noun")
        typed = next((t for pattern, t in _WORK_NOUN_TYPES if pattern.search(noun)), PublicationType.OTHER)
        kind = Kind.REPORT if typed == PublicationType.REPORT else Kind.PUBLICATION
        authors = (names_in(work.group("names"), bylined=True) or ()) if work.group("names") else ()
        readings.append(
            _Reading("publication.entry", kind, title, date, None, text, block, authors=authors, publication_type=typed)
        )
    return readings


def counted_readings(text: str, block: Block) -> list[_Reading]:
    """`Two GRCM meetings held (Tegucigalpa, 2-3 June 2010; San Salvador, 16-17 Nov. 2010)`: one activity per
    bracketed time, each at its place, named in the singular ("GRCM meeting")."""
    counted = _COUNTED_HELD.match(text)
    if counted is None or _NEGATIVE.search(text):
        return []
    words = counted.group("name").split()
    name = " ".join(_SINGULAR.get(w.lower(), w) for w in words)
    if name == counted.group("name") or classify_kind(name) is None:
        return []
    readings = []
    for part in counted.group("times").split(";"):
        dates = find_dates(part)
        if not dates:
            return []
        place = part[: dates[0].begin].strip(" ,") or part[dates[0].stop :].strip(" ,") or None
        readings.append(_Reading("prose.event_verb", classify_kind(name) or Kind.MEETING, name, dates[0], place, text,
                                 block))  # fmt: skip
    return readings if len(readings) >= 2 else []


# A body's decision, as minutes list them: "Aprobar el informe del Taller X realizado en San Salvador ...", "Celebrar la
# próxima reunión del GRCM en Ciudad de Panamá, Panamá, los días 13 y 14 de noviembre", "To hold the next Steering
# Group meeting in Geneva on ...": the activity the decision names, not the decision.
_DECISION = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:to\s+)?(?:aprobar|celebrar|realizar|organizar|convocar|approve|hold|convene|organi[sz]e"
    r"|approuver|tenir|organiser|convoquer)\b",
    re.I,
)
# Where the activity's name ends: its participle, its place, its purpose, a bracket or a comma.
_NAME_END = re.compile(
    r"\s+(?:realizad[oa]s?|celebrad[oa]s?|llevad[oa]s? a cabo|held|tenue?s?)\b|\s+(?:en|in|à|at)\s+(?=[A-ZÀ-Ý])"
    r"|\s+(?:para|for|pour|bajo|under|sous)\s|\s*[(;]",
)
_RECORD_APPROVED = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:to\s+)?(?:aprobar|approve|approuver|adopt|adoptar|adopter)\s+(?:the\s+|el\s+|la\s+|le\s+)?"
    r"(?:acta|minutes|summary (?:record|of conclusions)|proc[eè]s-verbal|compte[- ]rendu|ayuda[- ]memoria)\b",
    re.I,
)
_DATE_LEAD_WORDS = re.compile(r"[\s,]+(?:los días|el día|los|el|les|le|on|the|del|du|from)$", re.I)


def decision_reading(text: str, block: Block) -> _Reading | None:
    """`Celebrar la próxima reunión del GRCM en Ciudad de Panamá, Panamá, los días 13 y 14 de noviembre de 2007`: the
    meeting a decision names, on the date and at the place it gives. A decision on a document about it ("Aprobar el
    informe del Taller ... realizado en ...") names that activity too."""
    if not _DECISION.match(text) or _NEGATIVE.search(text) or re.search(r"cancel|annul", text, re.I):
        return None
    if _RECORD_APPROVED.match(text):
        return None  # "Aprobar el acta de la reunión anterior, circulada el 12 de julio": the paper, not a meeting
    kind = _ANY_KIND.search(text)
    dates = find_dates(text)
    if kind is None or not dates or dates[0].begin < kind.start() or _NOT_WHEN.search(text[: dates[0].begin]):
        return None
    start = kind.start()
    if numbered := _NUMERAL_BEFORE.search(text[:start]):
        start = numbered.start()  # "la XIII Reunión Viceministerial": the numeral is the name's
    end = _NAME_END.search(text, kind.end())
    title = clean_title(text[start : end.start() if end else dates[0].begin])
    title = title[:1].upper() + title[1:]
    if not title or classify_kind(title) is None or len(title.split()) > MAX_TITLE_WORDS:
        return None
    place = None
    if end and (
        at := re.match(
            r"\s+(?:realizad[oa]s?\s+|celebrad[oa]s?\s+|held\s+|tenue?s?\s+)?(?:en|in|à|at)\s+", text[end.start() :]
        )
    ):
        place = _DATE_LEAD_WORDS.sub("", text[end.start() + at.end() : dates[0].begin].strip(" ,")).strip(" ,") or None
    return _Reading("prose.event_verb", classify_kind(title) or Kind.MEETING, title, dates[0], place, text, block)


def rescheduled_reading(text: str, block: Block) -> _Reading | None:
    """`The workshop on X, first planned for ..., was postponed and will now be held in City, Country, on
    22 and 23 June 2005`: the activity on its new date and at its new place, whatever came before."""
    cue = _NOW_HELD.search(text)
    if cue is None or re.search(r"cancel|annul|suspend", text[cue.end() :], re.I):
        return None
    dates = [d for d in find_dates(text) if d.begin >= cue.end() and d.begin - cue.end() <= MAX_NOW_HELD_GAP]
    subject = _LEAD_ADVERB.sub("", text[: cue.start()].split(",")[0].strip())
    if not dates or not subject:
        return None
    if _ANY_KIND.search(subject):
        title = clean_title(_POSSESSIVE.sub("", clean_title(subject)))
        title = re.sub(r"\s+(?:was|were|has been|had been|fue|a été)\b.*$", "", title)
    elif re.search(r"meet|convene|réunira", cue.group(0), re.I) and subject[:1].isupper():
        title = clean_title(subject)  # "The Transatlantic Council on Migration ... will now meet in ..."
    else:
        return None
    title = _named_by_heading(title[:1].upper() + title[1:], block.heading)
    if not title or len(title.split()) > MAX_TITLE_WORDS:
        return None
    kind = classify_kind(title) or Kind.MEETING
    masked = " " * cue.end() + text[cue.end() :]  # the new place, not the one first planned
    return _Reading("prose.event_verb", kind, title, dates[0], _place_in(masked, dates, []), text, block)


def participle_reading(text: str, block: Block) -> _Reading | None:
    """`Réunion tenue en ligne le 7 octobre 2010` under the card heading `Groupe de travail sur l'asile`."""
    if not _KIND_PARTICIPLE.match(text) or (name := _heading_name(block.heading)) is None:
        return None
    dates = find_dates(text)
    if not dates or _NEGATIVE.search(text) or _NOT_WHEN.search(text[: dates[0].begin]):
        return None
    kind = classify_kind(name) or Kind.MEETING
    return _Reading("prose.event_verb", kind, name, dates[0], _place_in(text, dates, []), text, block)


# "Il fait suite au Groupe de travail sur le retour, réuni à Bruxelles (Belgique) le 7 décembre dernier": a body
# or activity named inside a sentence, then a participle clause giving its place and date.
# Or a relative clause: "... la XVII Reunión Viceministerial de la CRM, que sesionó los días 20 y 21 de junio", "the
# Workshop on X, which took place on 3 May".
_PARTICIPLE_CLAUSE = re.compile(
    r",\s*(?:(?:réuni|tenu)e?s?\s+(?:à|au|aux|en)\s"
    r"|(?:celebrad|realizad|llevad)[oa]s?\s+(?:a cabo\s+)?(?:en|el|los días|del|entre)\s|held\s+(?:in|on|from)\s"
    r"|(?:que|qui|which)\s+(?:se\s+)?(?:sesion[óo]|celebr[óo]|realiz[óo]|reuni[óo]|tuvo lugar|s'est (?:tenue?|réunie?"
    r"|déroulée?)|a eu lieu|took place|was held|met)\b)",
    re.I,
)
_PASSIVE_AGENT = re.compile(r"\b(?:fue|fueron|estuvo|estuvieron|was|were|a été|ont été)\s+\w+\s+(?:por|by|par)\s", re.I)
_NAME_NUMBER = re.compile(r"(?:\b[IVXLC]+|\b\d{1,2}(?:st|nd|rd|th|[ºª°]|e|ème)?)\s+$")
# The name opens after an article (or at the text's start), perhaps with its number: "la XVII Reunión ...".
_NAME_OPENS = re.compile(
    r"(?:^|\b(?:au|aux|du|des|le|la|les|un|une|una|el|the|a|an|l['’]))\s*(?:[IVXLC]+\s+|\d{1,2}(?:st|nd|rd|th|[ºª°]|e|ème)?\s+)?$",
    re.I,
)
# "the last Full Round, held in Copenhagen ...": which of the body's meetings, not part of its name
_WHICH_ONE = re.compile(
    r"\b(?:last|previous|latest|most recent|recent|next|último|última|anterior|pasad[oa]|dernier|dernière"
    r"|précédent|précédente)\s+$",
    re.I,
)


def _opens_name(before: str) -> bool:
    """Whether a name may open after `before`: an article, perhaps "the last"."""
    return bool(
        _NAME_OPENS.search(before)
        or ((which := _WHICH_ONE.search(before)) and _NAME_OPENS.search(before[: which.start()]))
    )


MAX_PARTICIPLE_GAP = 60  # characters between the participle and the date: the place comes between them


def participle_clause_reading(text: str, block: Block) -> _Reading | None:
    """`..., au Groupe de travail sur le retour, réuni à Bruxelles (Belgique) le 7 décembre`: the activity
    named before the clause, at its place and on its date."""
    clause = _PARTICIPLE_CLAUSE.search(text)
    if clause is None or _NEGATIVE.search(text):
        return None
    dates = [d for d in find_dates(text) if 0 <= d.begin - clause.end() <= MAX_PARTICIPLE_GAP]
    head = text[: clause.start()]
    # "La reunión viceministerial fue precedida por una reunión del GRCM, celebrada en ...": the agent's activity
    agent = [m.end() for m in _PASSIVE_AGENT.finditer(head)]
    after = agent[-1] if agent else 0
    kinds = list(_ANY_KIND.finditer(head, after))
    start = next((m.start() for m in kinds if _opens_name(head[: m.start()])), None)
    if start is not None and not _name_like(head[start:]):
        # "The conference built on a preparatory Expert Roundtable on X, held in Ottawa ...": the capitalised name
        # the clause follows, when the first kind word opens a clause of its own
        named = (_name_start(head, m.start()) for m in kinds if m.group(0)[:1].isupper())
        start = next((k for k in named if k > start and _name_like(head[k:]) and _clause_between(head[start:k])), start)
    if not dates or start is None:
        return None
    if number := _NAME_NUMBER.search(head[:start]):
        start = number.start()  # "la XVII Reunión ...": the number is the name's
    title = clean_title(head[start:])
    kind = classify_kind(title)
    if kind is None or len(title.split()) > MAX_TITLE_WORDS:
        return None
    masked = " " * clause.start() + text[clause.start() :]  # the clause's place, else the sentence's
    place = _place_in(masked, dates, []) or _place_in(text, dates, [])
    return _Reading("prose.event_verb", kind, title, dates[0], place, text, block)


_NAME_JOINING_WORDS = frozenset(
    [
        "of",
        "on",
        "the",
        "and",
        "for",
        "in",
        "to",
        "with",
        "a",
        "an",
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "sobre",
        "y",
        "en",
        "para",
        "du",
        "des",
        "et",
        "sur",
        "le",
        "les",
    ]
)


def _clause_between(text: str) -> bool:
    """Whether the words from one kind word to a later name tell a clause ("conference built on a preparatory "),
    not the first name's own words ("Réunion plénière ("): two lowercase words at least, and an article."""
    words = re.findall(r"[\w'’-]+", text)[1:]
    loose = [w for w in words if w[:1].islower() and w.lower() not in _NAME_JOINING_WORDS]
    return len(loose) >= 2 and any(w.lower() in ("a", "an", "the", "un", "una", "une") for w in words[-3:])


def _name_like(text: str) -> bool:
    """Whether a phrase reads as a name: its words capitalised, numbers or the small words that join a name's."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINING_WORDS for w in words)


_LEAD_MONTH = re.compile(
    r"^(?:in|en|au mois de|durante|during)\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?\s*,?\s*",
    re.I,
)


# "The Steering Group meeting of 17 January 2007, held at ...", "At its meeting of 12 June the Steering Group agreed
# ...": a body's meeting named by its day, whatever the sentence goes on to say the body did.
_BODY_MEETING_OF = re.compile(
    r"\b(?:the\s+)?(?P<body>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+|of|on|and)){0,5})\s+meeting\s+of\s+(?=\d)", re.I
)
_AT_ITS_MEETING = re.compile(
    r"\bat\s+its\s+(?:\w+\s+)?meeting\s+(?:in|at)\s+(?P<town>(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+){0,2})\s+on\s+"
)
_CAPITALISED_NAME = re.compile(r"(?-i:[A-Z][\w-]+)(?:\s+(?:(?-i:[A-Z][\w-]+)|of|on|and|for))*")
_ITS_MEETING_OF = re.compile(
    r"^\W*(?:at|during)\s+its\s+meeting\s+of\s+(?P<day>[^,]{4,30}?),?\s+the\s+(?P<body>(?-i:[A-Z][\w-]+)"
    r"(?:\s+(?-i:[A-Z][\w-]+|of|on|and)){0,5})\b",
    re.I,
)


# "Doris Meissner testified before the House Judiciary Subcommittee on Immigration, ... in Washington, DC, on the
# lessons of ...": the committee, to where the sentence turns to the place or the topic
_TESTIFIED_BEFORE = re.compile(
    r"\b(?:testified|gave testimony|presented testimony|delivered testimony"
    r"|testimony(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},)?)\s+before\s+"  # "her testimony on May 3, 2011, before"
    r"(?P<body>(?:the\s+)?[A-Z][^.;]{3,200}?)(?=\s+in\s+[A-Z][\w.]+,|,?\s+on\s+(?:the\s+)?[a-z]|\s+about\s|\s+regarding\s"
    r"|,\s+(?:on|in|where)\s|[.;]|$)"
)


# "packed MPI's conference room ... on Tuesday, March 8, 2011, for our roundtable Workforce Training for Immigrant
# Adults", "our January 26 policy forum in Washington, Adult English Learners and the Workforce Investment Act,": an
# event of the host's named after its kind word, in title case.
_OWN_KIND_NAMED = re.compile(
    r"\b(?:our|its|their|(?-i:[A-Z]{2,6})['’]s)\s+(?:(?P<day>(?:(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]+)(?:,?\s+\d{4})?)\s+)?"
    r"(?:(?:first|second|third|annual|public|policy|expert|launch)\s+)?"
    r"(?P<kind>roundtable|round table|forum|conference|seminar|workshop|webinar|briefing|symposium)"
    r"(?:\s+(?:in|at)\s+(?P<town>(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+){0,2}))?,?\s+"
    # the name may hold a short bracket ("the 287(g) Program") and a subtitle after a comma (", Four Years On")
    r"(?P<title>(?-i:[A-Z0-9])(?:[^,.;:()]|\(\w{1,3}\)){3,100}?(?:,\s+(?-i:[A-Z])(?:[^,.;:()]|\(\w{1,3}\)){2,40}?)?)"
    r"(?=\s*[,.;]|\s+\(|\s+(?-i:on|in|at|where|which|with|that|from)\s|\s*$)",
    re.I,
)


def own_kind_named_reading(text: str, block: Block) -> _Reading | None:
    """An event the sentence names in title case after "our <kind>", dated by the day before its kind word or the
    sentence's one day."""
    named = _OWN_KIND_NAMED.search(text)
    if named is None or _NEGATIVE.search(text):
        return None
    title = named.group("title").strip()
    if not title_case(title):
        return None  # "our roundtable Discussed the ...": no name in title case
    if named.group("day"):
        dates = find_dates(named.group("day"))
    else:
        dates = [d for d in find_dates(text) if not _NOT_WHEN.search(text[: d.begin])]
        if len({(d.start, d.end) for d in dates}) != 1:
            return None
    if not dates or dates[0].precision != DatePrecision.DAY:
        return None
    kind = classify_kind(named.group("kind")) or Kind.OTHER
    place = named.group("town") or _place_in(text, find_dates(text), [])
    return _Reading("prose.event_verb", kind, title, dates[0], place, text, block)


# "Senior Fellow X presented MPI's research at a seminar of the European Policy Centre in Brussels on 02/07/2012":
# an event a staff member spoke at, named by its kind and its host.
_SPOKE_AT = re.compile(
    r"\b(?:presented|spoke|gave (?:a|the) (?:talk|presentation|keynote)|participated|took part|presentó|participó"
    r"|a présenté|est intervenue?)\b[^.;]{0,80}?\b(?:at|in|en|à)\s+(?:a|an|the|un|una|une|el|la|le)\s+"
    r"(?P<kind>seminar|workshop|conference|roundtable|forum|symposium|seminario|taller|conferencia|foro|séminaire"
    r"|atelier|conférence)\s+(?P<host>(?:of|organi[sz]ed by|hosted by|convened by|del?|de la|du|organisée? par"
    r"|organizad[oa] por)\s+(?:the\s+)?(?-i:[A-Z])[^,.;]{2,80}?)(?=\s+(?:in|en|à|on|el|le)\s|\s*[,.;]|\s*$)",
    re.I,
)


def spoke_at_reading(text: str, block: Block) -> _Reading | None:
    """The event a sentence says someone spoke at, titled by its kind and host, on the day after its name."""
    spoke = _SPOKE_AT.search(text)
    if spoke is None or _NEGATIVE.search(text):
        return None
    dates = [d for d in find_dates(text) if d.begin >= spoke.end() and d.precision == DatePrecision.DAY]
    if not dates:
        return None
    title = f"{spoke.group('kind').capitalize()} {spoke.group('host').strip()}"
    kind = classify_kind(title) or Kind.OTHER
    return _Reading("prose.event_verb", kind, title, dates[0], _place_in(text[spoke.end() :], [], []), text, block)


def testimony_reading(text: str, block: Block) -> _Reading | None:
    """`On April 24, 2007, MPI Senior Fellow Doris Meissner testified before the House Judiciary Subcommittee on
    Immigration ... in Washington, DC`: the testimony, an event of its own."""
    testified = _TESTIFIED_BEFORE.search(text)
    dates = [d for d in find_dates(text) if d.precision == DatePrecision.DAY]
    if testified is None or not dates or _NEGATIVE.search(text) or _NOT_WHEN.search(text[: dates[0].begin]):
        return None
    title = f"Testimony before {testified.group('body').strip(' ,')}"
    return _Reading("prose.event_verb", Kind.OTHER, title, dates[0], _place_in(text, dates, []), text, block)


# "It was held from 3 to 5 March 2010 in ...", "Se celebró del 3 al 5 de marzo en ...": the verb before a record's days
_HELD_LEAD = re.compile(
    r"^\W*(?:it\s+was\s+held|held|it\s+took\s+place|took\s+place|se\s+(?:celebr|realiz|llev)[óo](?:\s+a\s+cabo)?"
    r"|tuvo\s+lugar|celebrad[oa]|realizad[oa]|elle\s+s['’]est\s+tenue|tenue?|s['’]est\s+tenue?)\b\s*",
    re.I,
)


MAX_WHERE_WHEN_WORDS = 18  # "It was held from 30 August to 1 September 2010 in Managua, Nicaragua"


def dotted_record_reading(text: str, block: Block) -> _Reading | None:
    """A report's list item as sentences: the activity's name, then where and when, then what it did ("Taller
    regional sobre X. San Salvador, El Salvador, 20 y 21 de abril de 2010. Participaron ...", "Meeting of the
    Regional Consultation Group (RCGM). It was held from 3 to 5 March 2010 in Antigua Guatemala."): the name's
    activity, on the second sentence's days, at its place."""
    if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or _heading_says(
        block, PUBLICATION_HEADINGS + ISSUED_WORKS_HEADINGS
    ):
        return None  # "Summary Report: Workshop on X. IGC Secretariat, Geneva, April 2009.": a work, under its heading
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return None
    name, where = sentences[0].rstrip(" ."), sentences[1].rstrip(" .")
    if len(name.split()) > MAX_TITLE_WORDS or find_dates(name) or not name[:1].isupper():
        return None
    if block.kind == BlockKind.PARAGRAPH and (not _OPENING_KIND.match(name) or _COPULA.search(name)):
        # a paragraph's record opens with its kind and is only a name: "Taller regional sobre protección consular.
        # Ciudad de Guatemala, ...", not "Meeting summaries are available to members only."
        return None
    kind = classify_kind(name)
    if kind is None or kind in (Kind.REPORT, Kind.PUBLICATION) or _EVENT_VERB.search(name):
        return None
    dates = find_dates(where)
    if not dates or len(where.split()) > MAX_WHERE_WHEN_WORDS or _NOT_WHEN.search(where[: dates[0].begin]):
        return None
    where = _HELD_LEAD.sub("", where)
    dates = find_dates(where)
    if not dates:
        return None
    before = re.sub(r"[\s,]+(?:on|el|le|les|du|del|from|de)$", "", where[: dates[0].begin].strip(" ,;:–—-"), flags=re.I)
    after = re.sub(r"^(?:in|en|à|at)\s+", "", where[dates[0].stop :].strip(" ,;:–—-"), flags=re.I)
    place = next((p for p in (before, after) if p and _is_place(p)), None)
    return _Reading("list.segments", kind, name, dates[0], place, text, block)


def meeting_of_day_reading(text: str, block: Block) -> _Reading | None:
    """A body's meeting named by its day: "The Steering Group meeting of 17 January 2007, held at the Secretariat in
    Geneva, adopted ...", "At its meeting of 12 June the Steering Group agreed ..."."""
    if match := _BODY_MEETING_OF.search(text):
        body, at = match.group("body"), match.end()
    elif match := _ITS_MEETING_OF.match(text):
        body, at = match.group("body"), match.start("day")
    elif match := _AT_ITS_MEETING.search(text):
        # "the Working Group on Asylum and Refugees discussed X at its meeting in Geneva on 8 March 2012", "... will
        # be presented to the Steering Group at its meeting in Geneva on 24 November 2009": the body named last
        # before it
        date = next((d for d in find_dates(text) if d.begin == match.end() and d.precision == DatePrecision.DAY), None)
        names = [m.group(0) for m in _CAPITALISED_NAME.finditer(text[: match.start()])]
        body = next((n for n in reversed(names) if names_body(n) or classify_kind(n) is not None), None)
        if date is None or body is None or _NEGATIVE.search(text):
            return None
        kind = Kind.WORKING_GROUP if _WORKING_GROUP_RE.search(body) else Kind.MEETING
        return _Reading("prose.event_verb", kind, f"{body} meeting", date, match.group("town"), text, block)
    else:
        return None
    date = next((d for d in find_dates(text) if d.begin == at and d.precision == DatePrecision.DAY), None)
    if date is None or not names_body(body) and classify_kind(body) is None:
        return None
    place = _place_after_verb(text, _HELD_AT.search(text, date.stop), [date], []) if _HELD_AT.search(text) else None
    return _Reading("prose.event_verb", Kind.MEETING, f"{body} meeting", date, place, text, block)


_HELD_AT = re.compile(r"\bheld\b", re.I)
_SUBJECT_ASIDE = re.compile(r",\s+(?:an?|the|un|une|una)\s+[^,]{2,60},?\s*$", re.I)


def held_reading(text: str, block: Block) -> _Reading | None:
    """`The Independent Task Force on X held its third meeting in Washington, DC, on Sept. 14, 2006`."""
    held = _HELD_ITS.search(text)
    if held is None or _NEGATIVE.search(text):
        return None
    dates = find_dates(text)
    after = [d for d in dates if d.begin >= held.start()]
    # (not "held its XIII Vice-Ministerial Meeting": a name, which the rules for names read)
    unnamed = held.group("kind")[:1].islower()
    lead = dates[0] if unnamed and dates and dates[0].begin <= 3 and dates[0].precision == DatePrecision.DAY else None
    if lead is not None and not any(d.precision == DatePrecision.DAY for d in after):
        # "El 9 de diciembre el GRCM sostuvo una reunión extraordinaria para aprobar el presupuesto de 2011": the
        # day the sentence opens with; what follows the verb dates the purpose
        after = [lead]
    elif not after or any(not _within(after[0], d) for d in dates if d.begin < held.start()):
        return None  # a day before the verb that is not the month the sentence opened with ("In May 2009, ...")
    dates = after
    subject = text[: held.start()].strip()
    if dates_before := find_dates(subject):
        subject = subject[dates_before[-1].stop :].lstrip(" ,")  # "In May 2009, the Council": the time phrase gone
    subject = _LEAD_MONTH.sub("", subject)  # "In May, the Council": the month its days below fall in
    # "BELLAGIO, ITALY — The Council, an MPI initiative, concluded its ...": the dateline and the aside go
    subject = _SUBJECT_ASIDE.sub("", _PRESS_DATELINE.sub("", subject))
    body = clean_title(_LEAD_ADVERB.sub("", subject))
    words = body.split()
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][:1].isupper() or _FRAGMENT_START.match(body):
        return None
    title = _body_meeting(body, text[: held.start()], held)
    kind = classify_kind(held.group("kind")) or Kind.MEETING
    return _Reading("prose.event_verb", kind, title, dates[0], _place_in(text, dates, []), text, block)


# "The Chair convened an extraordinary meeting of the Steering Group by videoconference on 12 February 2009", "la PPT
# convocó a una reunión extraordinaria del GRCM ... el 12 de febrero": the meeting of the body the object names.
_CONVENED_MEETING = re.compile(
    r"\b(?:convened|called|organi[sz]ed|convoc[óo]\s+a|convocaron\s+a|organiz[óo]|a convoqué|a organisé)\s+"
    r"(?:a|an|una|un|une)\s+(?P<kind>(?:(?:extraordinary|special|informal|joint|virtual)\s+)?"
    r"(?:meeting|session|reunión|sesión|réunion|séance)(?:\s+(?:extraordinaria|especial|virtual|extraordinaire"
    r"|spéciale|virtuelle))?)\s+(?P<link>of the|del|de la|du|de l['’])\s*"
    r"(?P<body>[A-ZÀ-Ý][^,.;()]{1,100}?(?:\s*\([^()]{2,12}\))?)"
    r"(?=\s+(?:by|por|par|via|el|le|in|en|à|at|to|para|pour|with|con|avec)\b|\s+on\s+(?:\d|\w+day\b)|\s*[,.;]|\s*$)",
    re.I,
)
_BY_VIDEO = re.compile(r"^\s*(?:by|por|par|via)\s+(?:videoconferen\w+|visioconf[ée]rence|video\s?link)", re.I)


def convened_meeting_reading(text: str, block: Block) -> _Reading | None:
    """A meeting a sentence says someone convened, of the body it names, on the first day after it."""
    convened = _CONVENED_MEETING.search(text)
    if convened is None or _NEGATIVE.search(text):
        return None
    dates = [d for d in find_dates(text) if d.begin >= convened.end()]
    if not dates or _NOT_WHEN.search(text[convened.end() : dates[0].begin]):
        return None
    body = clean_title(convened.group("body"))
    if not body or len(body.split()) > MAX_TITLE_WORDS or not body[:1].isupper():
        return None
    title = f"{convened.group('kind')[:1].upper()}{convened.group('kind')[1:]} {convened.group('link')} {body}"
    online = _BY_VIDEO.match(text, convened.end())
    place = None if online else _place_in(text[convened.end() :], find_dates(text[convened.end() :]), [])
    kind = classify_kind(title) or Kind.MEETING
    return _Reading("prose.event_verb", kind, title, dates[0], place, text, block)


def _body_meeting(body: str, subject: str, held: re.Match[str]) -> str:
    """The meeting a body held, named as its report names it: "Working Group on X meeting" in English;
    "Reunión anual de la Red ...", "Segunda reunión del Grupo ...", "Réunion annuelle du Groupe ..." in Spanish
    and French, where the meeting comes first and the body's article joins them."""
    kind = held.group("kind").lower()
    if kind in ("meeting", "session", "plenary"):
        return f"{body} {kind}"
    opening = re.match(r"^\W*(el|la|los|las|le|les|l'|l’)\s*", _LEAD_ADVERB.sub("", subject.strip()), re.I)
    joined = _OF_ARTICLE.get(opening.group(1).lower(), "de") if opening else "de"
    space = "" if joined.endswith(("'", "’")) else " "
    full = f"{held.group('before')}{held.group('kind')}{held.group('after') or ''}".strip().lower()
    kind = held.group("kind").lower()
    title = f"{full[:1].upper()}{full[1:]} {joined}{space}{body}"
    # A long name drops the meeting's qualifiers ("anual"), never the meeting: the body alone is no activity.
    return title if name_length(title) <= MAX_TITLE_WORDS else f"{kind[:1].upper()}{kind[1:]} {joined}{space}{body}"


# "Réuni à Genève le 9 février, le Groupe de pilotage a adopté ...", "Reunida en San José el 3 de mayo, la Red ...",
# "Meeting in Lisbon on 18 November, the Council heard ...": the sentence opens with where and when its subject met.
_OPENING_PARTICIPLE = re.compile(
    r"^(?:réuni(?:e|s|es)?|reunid[oa]s?|meeting|convened|gathered)\s+(?:à|au|en|in|at)\s", re.I
)
_SUBJECT_VERB = re.compile(
    r"\s(?:a|ont|ha|han|has|have|had|adopted|approved|reviewed|discussed|agreed|examined|heard|took|aprob[óo]|"
    r"adopt[óo]|examin[óo]|revis[óo]|acord[óo]|analiz[óo]|adopte|examine|approuve)\s",
    re.I,
)


def opening_participle_reading(text: str, block: Block) -> _Reading | None:
    """`Réuni à Genève le 9 février, le Groupe de pilotage (Steering Group) a adopté ...`: the subject's meeting,
    on the day and at the place the opening clause gives."""
    if not _OPENING_PARTICIPLE.match(text) or _NEGATIVE.search(text):
        return None
    dates = find_dates(text)
    comma = text.find(", ", dates[0].stop if dates else 0)
    if not dates or comma < 0 or "," in text[: dates[0].begin].rstrip(", "):
        return None
    subject = text[comma + 2 :]
    verb = _SUBJECT_VERB.search(subject)
    body = clean_title(subject[: verb.start()] if verb else "")
    if not body or len(body.split()) > MAX_TITLE_WORDS or not _ANY_KIND.search(body):
        return None
    place = _place_in(text[: dates[0].begin], [], [])
    return _Reading("prose.event_verb", classify_kind(body) or Kind.MEETING, body, dates[0], place, text, block)


# "Heads of delegation met for the IGC Full Round Meeting in The Hague on 30-31 May 2012": who met, and the meeting
# they met for, named after the verb
_ATTENDED = re.compile(
    r"\b(?:met|gathered|convened|came together)\s+(?:for|at)\s+(?:the\s+|an?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][^,;]{3,120}?)(?=\s+(?:in|at|on)\s)"
)
_IN_PLACE = re.compile(r"^\s+in\s+(?P<place>[A-ZÀ-Ý][^,;]{1,40}?(?:,\s*[A-ZÀ-Ý][\w. ]{1,30}?)?)(?=\s+on\s|\s*[,.;]|$)")


def met_for_reading(text: str, block: Block) -> _Reading | None:
    """The meeting a sentence says people met for, named after the verb, with its place and day."""
    if (verb := _ATTENDED.search(text)) is None or not _ANY_KIND.search(name := verb.group("name")):
        return None
    dates = [d for d in find_dates(text) if d.begin >= verb.end()]
    if not dates or _NEGATIVE.search(text) or _NOT_WHEN.search(text[: dates[0].begin]):
        return None
    place = _IN_PLACE.match(text[verb.end() :])
    title = clean_title(name)
    return _Reading(
        "prose.event_verb", classify_kind(title) or Kind.MEETING, title, dates[0],
        place.group("place") if place else None, text, block,
    )  # fmt: skip


def met_reading(text: str, block: Block) -> _Reading | None:
    """`The Network of Liaison Officers met in Mexico City on 10 October 2006`: the body's meeting."""
    verb = _MET.search(text)
    dates = find_dates(text)
    if verb is not None and dates and dates[0].begin < verb.end() and not _NEGATIVE.search(text):
        return _inverted_met_reading(text, block, verb, dates[0])
    if verb is None or not dates or dates[0].begin < verb.end() or _NEGATIVE.search(text):
        return None
    if _NOT_WHEN.search(text[: dates[0].begin]):
        return None
    if (inverted := _body_after_place(text, verb)) is not None:
        # "de manera paralela sesionó en San José la Red de Funcionarios ..., el 3 de diciembre": the body follows
        name, article, place = inverted
        title = _meeting_of(name, f"{article} {name}", verb.group(0))
        return _Reading("prose.event_verb", Kind.MEETING, title, dates[0], place, text, block)
    subject = text[: verb.start() + 1]
    if antecedent := _antecedent(subject):
        subject = antecedent[0]  # "Los trabajos fueron preparados por el GRCM, que sesionó ...": the GRCM met
    body = clean_title(_LEAD_ADVERB.sub("", subject.strip()))
    words = body.split()
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][:1].isupper() or _FRAGMENT_START.match(body):
        return None
    title = _meeting_of(_body_of_section(body, block), subject, verb.group(0))
    return _Reading(
        "prose.event_verb", Kind.MEETING, title, dates[0], _place_after_verb(text, verb, dates, []), text, block
    )


# Spanish and French put the body after the verb when the date opens the clause: "el día 4 de marzo se reunió la
# Red Regional de ...", "le 3 mai s'est réuni le Comité ...".
_BODY_AFTER_VERB = re.compile(
    r",?\s+(?P<article>el|la|los|las|le|les|l['’])\s*(?P<body>[A-ZÀ-Ý][^,.;()]{2,150}?)"
    # a purpose ("para revisar ...") ends the name; "para la Protección Consular" is part of it
    r"(?=\s+(?:en|à)\s+(?:la\s+|el\s+|le\s+)?[A-ZÀ-Ý]|\s+(?:para|con|bajo|pour|avec|sous)\s(?!(?:la|el|les?|los)\s+[A-ZÀ-Ý])"
    r"|\s*[,.;(]|\s*$)"
)
MAX_DATE_TO_VERB_WORDS = 3
# "sesionó en la misma ciudad", "se reunió en Ciudad de Panamá": the place between a Spanish verb and its body
_PLACE_AFTER_VERB = re.compile(
    r"\s+en\s+(?P<place>la misma ciudad|la misma sede|[A-ZÀ-Ý][^,.;]{1,40}?(?:,\s*[A-ZÀ-Ý][^,.;]{1,30}?)?)"
    r"(?=,?\s+(?:el|la|los|las)\s+[A-ZÀ-Ý])"
)


def _body_after_place(text: str, verb: re.Match[str]) -> tuple[str, str, str | None] | None:
    """The body a Spanish or French clause names after its verb and the place ("sesionó en San José la Red de
    ..."), its article and the place (none for "la misma ciudad"); None when the verb has its subject before it."""
    if not verb.group(0).strip().lower().startswith(("se ", "s'", "sesion")):
        return None
    at = _PLACE_AFTER_VERB.match(text, verb.end())
    body = _BODY_AFTER_VERB.match(text, at.end() if at else verb.end())
    if body is None:
        return None
    name = clean_title(body.group("body"))
    if not name or len(name.split()) > MAX_TITLE_WORDS or not _BODY_WORD.search(name):
        return None
    place = at.group("place") if at and not at.group("place").lower().startswith("la misma") else None
    return name, body.group("article"), place


def _inverted_met_reading(text: str, block: Block, verb: re.Match[str], date: DateSpan) -> _Reading | None:
    """`Simultáneamente, el día 4 de marzo se reunió la Red Regional de ...`: the body named after the verb met on
    the day just before it."""
    between = text[date.stop : verb.start()]
    at = _PLACE_AFTER_VERB.match(text, verb.end())  # "se reunió en San José la Red ..."
    body = _BODY_AFTER_VERB.match(text, at.end() if at else verb.end())
    if body is None or len(between.split()) > MAX_DATE_TO_VERB_WORDS or re.search(r"[.;]", between):
        return None
    if _NOT_WHEN.search(text[: date.begin]) or not verb.group(0).strip().lower().startswith(("se ", "s'", "sesion")):
        return None
    name = clean_title(body.group("body"))
    if not name or len(name.split()) > MAX_TITLE_WORDS:
        return None
    title = _meeting_of(name, f"{body.group('article')} {name}", verb.group(0))
    place = _place_after_verb(text, verb, [date], [])
    return _Reading("prose.event_verb", Kind.MEETING, title, date, place, text, block)


_MEETING_NOUN = re.compile(r"\b(?:meeting|session|plenary|reuni[oó]n|sesi[oó]n|r[ée]union|s[ée]ance)\b", re.I)


_ARTICLE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:el|la|los|las|le|les|the|l['’])\s*(?=[A-ZÀ-Ý])")
_RELATIVE_CLAUSE_BODY = re.compile(r"(?P<body>[^,;]{3,120}?),\s+(?:que|which|who|qui)\s+$")


def _antecedent(before: str) -> tuple[str, str] | None:
    """The name a relative clause ending `before` is about, with its article: "... por el Grupo Regional (GRCM), que"
    -> ("el Grupo Regional (GRCM)", "Grupo Regional (GRCM)"); the name nearest the clause."""
    for article in reversed(list(_ARTICLE_BEFORE_NAME.finditer(before))):
        if body := _RELATIVE_CLAUSE_BODY.match(before, article.end()):
            return before[article.start() : body.end("body")].strip(), body.group("body")
    return None


def _body_of_section(body: str, block: Block) -> str:
    """The body a section is about, where its sentence names it by its noun alone ("4.1 Network of Liaison Officers
    on Consular Protection" / "The Network met in Mexico City on 22 and 23 June")."""
    heading = _SUB_NUMBER.sub("", block.heading or "").strip()
    if len(body.split()) != 1 or len(heading.split()) > MAX_TITLE_WORDS or find_dates(heading):
        return body
    return heading if re.match(rf"^(?:the\s+)?{re.escape(body)}\b", heading, re.I) else body


def _meeting_of(body: str, subject: str, verb: str) -> str:
    """A body that met names its meeting as Spanish and French reports do: "El Grupo Regional ... se reunió"
    -> "Reunión del Grupo Regional ..."; "La Red ..." -> "Reunión de la Red ..."; "Le Comité s'est réuni" ->
    "Réunion du Comité". English reports name the body alone, and a body called a meeting keeps its name."""
    if _MEETING_NOUN.search(body) or len(body.split()) + 3 > MAX_TITLE_WORDS:
        return body  # a long name stays as it is rather than growing past what a title may hold
    if (opening := _OPENING_KIND.match(body)) and classify_kind(opening.group("kind")) == Kind.WORKING_GROUP:
        return body  # "Le Groupe de travail sur l'intégration s'est réuni": the working group is the activity
    verb, subject = verb.strip(), _LEAD_ADVERB.sub("", subject.strip())
    article = m.group(1).lower() if (m := re.match(r"^(el|la|le|les|los|las|l'|l’)\s*", subject, re.I)) else ""
    if verb.lower().startswith(("se reuni", "sesion")):
        return f"Reunión {'del' if article in ('el', '') else 'de ' + article} {body}"
    if verb.lower().startswith("s'est r") or verb.lower().startswith("se sont r"):
        joined = {"le": "du ", "les": "des ", "": "du "}.get(article, f"de {article}".rstrip() + " ")
        return f"Réunion {joined.replace(chr(39) + ' ', chr(39))}{body}"
    return body  # English reports name the body alone: "The Working Group on Integration met in Oslo"


def _is_entry_heading(block: Block) -> bool:
    return block.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM) and bool(_ENTRY_PREFIX.match(block.text))


_PLACE_LINKS = {"of", "de", "la", "le", "del", "du", "des", "and", "y", "et", "upon", "on", "am", "an", "der"}


_WEEKDAY_ABBREVIATIONS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAY_LEAD = re.compile(rf"{_WEEKDAY_ABBREVIATIONS}(?:\s*[–—-]\s*{_WEEKDAY_ABBREVIATIONS})?", re.I)
# An event page's meta line: "Thursday, October 22, 2009 · 9:30 AM–11:00 AM · MPI Conference Room": a date
# (after its weekday), then fields split by "·" or "|", one of them a time of day.
# "2:00 p.m.", "9:30 - 11:00 AM" (the range's first hour bare)
_META_TIME = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|(?:[-–—]|to)\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)", re.I
)
_ONLINE = re.compile(r"^(?:online|virtual|webinar|web\s*cast|by videoconference)\b", re.I)


_META_SEP = re.compile(r"\s+[·|•]\s+")


def _meta_line(text: str) -> tuple[DateSpan, str | None] | None:
    """An event's meta line under its title heading: its date and place, or None unless the line opens with
    a date and holds a time of day or a venue as `·`-separated fields. The place is the town the last field
    ends with; a venue with no town (a room, "Online") is kept as written for the page's context to place."""
    fields = [f.strip() for f in _META_SEP.split(text)]
    if len(fields) < 2 or len(text) > 200:
        return None
    at = 0  # where the date's field starts in the line
    dated = next((i for i, f in enumerate(fields) if (d := find_dates(f)) and not f[d[-1].stop :].strip(" ,.")), 0)
    if dated and not find_dates(fields[0]):
        # "Carl A. Fields Center, Princeton University • May 9 and 10, 2018", "Ottawa, Canada · 15 & 16/04/2009 ·
        # hosted by ...": the venue first, the days after it
        at = text.find(fields[dated], len(" · ".join(fields[:dated])) - 1)
        fields = [fields[dated], *fields[:dated], *fields[dated + 1 :]]
    fields = [fields[0], *(f for f in fields[1:] if not _HOSTED_BY.match(f))]
    dates = [replace(d, begin=d.begin + at, stop=d.stop + at) for d in find_dates(fields[0])]
    if (
        not dates
        or _NEGATIVE.search(text)
        or not _WEEKDAY_LEAD.fullmatch(fields[0][: dates[0].begin - at].strip(" ,") or "mon")
    ):
        return None
    rest = fields[0][dates[0].stop - at :].strip(" ,.")
    if rest and not _CLOCK_TAIL.fullmatch(rest):
        return None  # the first field is the date alone, or the date and its hours ("..., 2:00 - 3:00 p.m. EDT")
    # "BRIEFING | January 26, 2011": a kicker's type field is no venue
    venue = next((f for f in reversed(fields[1:]) if not _META_TIME.match(f) and not type_field(f)), None)
    if venue is None and not rest and not any(_META_TIME.match(f) or type_field(f) for f in fields[1:]):
        return None
    if venue is None or _ONLINE.match(venue):
        return dates[0], None
    if (host := _BRACKETED_HOST.search(venue)) and country_of(host.group(1)) is None:
        venue = venue[: host.start()]  # "Copenhagen (Danish Immigration Service)": the town, not who hosted
    place = trailing_place(venue)
    if place and place.lower() in COUNTRIES and "," in venue and len(venue.split()) <= 5:
        place = venue  # "Kloster Eberbach, Germany": a town the gazetteer does not know, and its country
    return dates[0], place or venue


def type_field(field: str) -> Kind | None:
    """The kind a meta line's field names when it is an event's type alone ("ROUNDTABLE", "Book launch")."""
    if len(field.split()) > MAX_KIND_LABEL_WORDS or country_of(field.title()) or find_dates(field):
        return None
    # the kind is the label's last word: "MPI Conference Room" is a venue
    kinds = list(_ANY_KIND.finditer(field))
    return classify_kind(field) if kinds and not field[kinds[-1].end() :].strip(" .") else None


_HOSTED_BY = re.compile(r"^(?:co-?)?(?:hosted|organi[sz]ed|convened|sponsored)\s+(?:by|with)\b", re.I)
_CLOCK_TAIL = re.compile(
    r"(?:from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[-–]|to)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)"
    r"(?:\s+[A-Z]{2,4})?|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?",
    re.I,
)
_BRACKETED_HOST = re.compile(r"\s*\(([^()]{3,60})\)\s*$")


def _lent_meta_line(line: str, year: int | None) -> tuple[DateSpan, str | None] | None:
    """A meta line whose date has no year ("12–13 Nov. · Geneva" under "Meeting Documents: 2009"), read with
    the year the context lends; the date keeps its text as written."""
    meta = _meta_line(with_year(line, year)) if year else None
    return (_as_written(meta[0], year), meta[1]) if meta and year else None


_DATE_LABEL = re.compile(r"(?i:fecha|fechas|date|dates|when|cu[aá]ndo|quand|date et heure|data|datum)")


_WHEN_LABEL = re.compile(r"^(?:when|date|dates|fecha|fechas|cu[aá]ndo|quand)\s*:\s*", re.I)


def _dateline(text: str) -> tuple[DateSpan, str | None] | None:
    """`Cernay (France) 2016-04-04 to 2016-04-08 ...` -> its date and place; None unless it opens so."""
    dates = find_dates(text)
    if not dates or _NEGATIVE.search(text) or _UPDATED_STAMP.match(text) or CMS_STAMP.match(text.strip()):
        # "Posted on February 14, 2019 by Clerk", "Viernes, 16 de Marzo de 2012 10:42": when a news item went up, not
        # its event's day
        return None
    date = dates[0]
    place = text[: date.begin].strip(" ,;:–—-`´")
    place = _WHEN_LABEL.sub("", place)  # "When: Thursday, April 16, 2020": the field's label, then its weekday
    if _DATE_LABEL.fullmatch(place):
        place = ""  # "Fecha: 15 de mayo de 2013": the field's label, no place
    elif text[: date.begin].rstrip().endswith(":") and len(place.split()) <= 2 and country_of(place) is None:
        place = ""  # "Recorded: November 16, 2011", "Posted:": a field's label, no place
    words = re.findall(r"[^\W\d_][\w'’.-]*", place)
    # A place is names: "Meetings held, April 2003 - March 2005" is a heading's subtitle, not a dateline.
    if len(words) > 8 or any(w[0].islower() and w not in _PLACE_LINKS for w in words) or _ANY_KIND.search(place):
        return None
    if _NOT_WHEN.search(text[: date.begin]):
        return None
    if _WEEKDAY_LEAD.fullmatch(place):
        place = ""  # "Monday–Tuesday, September 14–15, 2009": the days of the week, not a place
    place = re.sub(r"\s*\(([^()]+)\)\s*$", r", \1", place).rstrip(" )")  # "Orsay (France)" -> "Orsay, France"
    return date, place or _place_after(text[date.stop :])


# "July 25-29, Bialystok, Poland ODK partners involved: ...": a town (or two names) and then a country,
# up to the point where a PDF's next field runs on after the country's name.
_TOWN_THEN_REST = re.compile(r"^[\s,;:–—-]*(?P<town>[A-ZÀ-Ý][^\W\d_][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})\s*,\s*")


def _place_after(rest: str) -> str | None:
    """The place a dateline that opens with its date names after it, "City, Country"; None unless the
    segment after the town starts with a country's name."""
    # "05/10/2007, 10:00 am Migration Policy Institute, Washington, DC": the time, then the venue and its town
    timed = re.match(r"^[\s,;:–—-]*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?P<venue>[^.;]{3,80}?)\.?$", rest, re.I)
    if timed and country_of(timed.group("venue")) and not _ANY_KIND.search(timed.group("venue")):
        return city_level(timed.group("venue"))
    alone = rest.strip(" ,;:–—-.")
    if alone and _is_city_name(alone) and known_place(alone):
        return alone  # "November 8, 2012, Mexico City": a town the gazetteer knows, alone after the day
    match = _TOWN_THEN_REST.match(rest)
    if match is None or not _is_city_name(match.group("town")):
        return None
    words = rest[match.end() :].split()
    for size in (3, 2, 1):
        name = " ".join(words[:size]).rstrip(".;:)")
        if len(words) >= size and name.lower() in COUNTRIES:
            return f"{match.group('town')}, {name}"
    return None


MAX_DATELINE_WORDS = 10  # "23rd-24th May 2017, Paris, France": a date and a place, no sentence
# A sentence's opening before its date: "On 1 July 2009 the Secretariat moved ...", "En marzo de 2010 la PPT ..."
_PROSE_LEAD = re.compile(r"^(?:On|In|During|From|At|En|El|Durante|Le|Au|Du|Dès)\s", re.I)
MAX_DETAILS_WORDS = 40  # a named entry's details line: its theme, venue and dates, not a description
_CLOSING_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)$")
_DATE_LEAD_WORD = re.compile(r"\s(?:del|de|from|on|le|du|el|en|in|at|au)$", re.I)


def _closing_dateline(text: str) -> tuple[DateSpan, str | None] | None:
    """A named entry's details that close with its date: '"Theme". Búfalo, Estados Unidos, del 23 al 26 de
    septiembre de 1987.', "Caracas, Venezuela, 1980." (a year alone); the date and the place just before it."""
    body = text.rstrip(" .")
    if _NEGATIVE.search(body) or _REPORT_NOUN.search(body) or _CALLED_OFF_NOTE.search(body):
        return None  # "Annulée. Initialement prévue à Madrid le 20 janvier 2011", "Informe anual, junio de 2009"
    dates = find_dates(body)
    if dates and not body[dates[-1].stop :].strip(" )"):
        date = dates[-1]
    elif (year := _CLOSING_YEAR.search(body)) and (span := parse_date(year.group(1), allow_year=True)):
        date = replace(span, begin=year.start(1), stop=year.end(1))
    else:
        return None
    head = _DATE_LEAD_WORD.sub("", body[: date.begin].rstrip(" ,;:–—-")).rstrip(" ,;:–—-")
    segment = re.split(r"[.;:]\s+|[\"”»]\s*", head)[-1]  # after the theme in quotes
    words = re.findall(r"[^\W\d_][\w'’.-]*", segment)
    if any(w[0].islower() and w not in _PLACE_LINKS for w in words):
        return None  # "Le Comité directeur se réunira à Genève le 5 mai": a sentence, read by the prose rules
    return date, trailing_place(segment) if segment else None


MAX_SUBTITLE_WORDS = 15  # "Theme: Rethinking National Identity in the Age of Migration"


def _subtitle_then_dateline(blocks: Sequence[Block], i: int) -> _Reading | None:
    """A meeting's page heading over its subtitle, then its dateline ("Sixth Plenary Meeting of X" / "Theme:
    ..." / "September 21-23, 2011" / its venue): read as if the subtitle were not there."""
    heading = blocks[i]
    if heading.kind != BlockKind.HEADING or i + 2 >= len(blocks) or not _ANY_KIND.search(heading.text):
        return None
    subtitle, dateline = blocks[i + 1], blocks[i + 2]
    if subtitle.kind != BlockKind.PARAGRAPH or dateline.kind != BlockKind.PARAGRAPH:
        return None
    dates = find_dates(dateline.text)
    if len(subtitle.text.split()) > MAX_SUBTITLE_WORDS or find_dates(subtitle.text) or not dates:
        return None
    opens = dates[0].begin <= 2 or _WEEKDAY_ONLY.match(dateline.text[: dates[0].begin])  # "Tuesday, June 5, 2012"
    if not opens or dates[0].precision != DatePrecision.DAY:
        return None  # a title page's "Memoria 2013" over "San José, marzo de 2014": when it was issued
    reading = heading_to_reading([*blocks[: i + 1], *blocks[i + 2 :]], i)
    if reading is None:
        return None
    reading = replace(reading, snippet=f"{heading.text}\n{subtitle.text}\n{dateline.text}")
    name = clean_title(subtitle.text)
    if _BARE_KIND.fullmatch(heading.text.strip()) and name and len(name.split()) >= 2 and name[:1].isupper():
        # "Public Briefing" over "Who Belongs? National Identity in Diverse Societies": the heading says what kind
        # of event, the line under it is its name
        reading = replace(reading, title=name)
    return reading


POST_FIELDS_AT = 3  # a post's "Date:" field comes at most this many blocks after its title
_POST_STAMP = re.compile(r"^\W*(?:posted|published|publicado|publié)\b|^\W*(?:posted|written|submitted)\s+by\b", re.I)


def _label_then_dateline(blocks: Sequence[Block], i: int) -> _Reading | None:
    """A post's title over its stamp ("Posted by mpievents on March 9, 2010") and its type label ("Roundtable",
    "Report Release and Discussion"), then its labelled day ("Date: March 4, 2010") and perhaps its "Location:": the
    title's event, of the kind the label or the title names."""
    heading = blocks[i]
    if heading.kind != BlockKind.HEADING or i + 3 >= len(blocks):
        return None
    at = i + 1
    stamped = bool(_POST_STAMP.match(blocks[at].text) or POSTED_BY.match(blocks[at].text))
    at += stamped
    label, line = blocks[at], blocks[at + 1]
    # a type alone ("Roundtable", "Policy Briefing"); under a post's stamp, any short label, bold ones read as headings
    # ("Report Release and Discussion")
    typed = label.kind == BlockKind.PARAGRAPH and type_field(label.text.strip()) is not None
    stamped_label = stamped and label.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and label.heading == heading.text
    if not (typed or stamped_label) or len(label.text.split()) > MAX_POST_LABEL_WORDS or find_dates(label.text):
        return None
    if not _DATE_FIELD.match(line.text) or not (dates := find_dates(line.text)):
        return None
    kind = type_field(label.text.strip()) or classify_kind(label.text) or classify_kind(heading.text) or Kind.OTHER
    # its "Location:" field, perhaps after its "Time:"
    after = next((b for b in blocks[at + 2 : at + 2 + MAX_POST_FIELDS] if VENUE_LABEL.match(b.text)), None)
    place = (labelled_venue(after.text) if after is not None else None) or labelled_venue(line.text)
    snippet = "\n".join(b.text for b in (heading, label, line, *([after] if after is not None else [])))
    return _Reading("heading.dateline", kind, clean_title(heading.text), dates[0], place, snippet, heading)


MAX_POST_LABEL_WORDS = 5
MAX_POST_FIELDS = 3


MAX_MASTHEAD_WORDS = 10
_YEAR_WORD = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")


# "Vol. 4, No. 5 | May 2007", "MPI Digest | No. 41 | October 2014", "Boletín CRM | Número 7 | julio de 2011": a
# periodical's issue line
_ISSUE_LINE = re.compile(
    r"\b(?:vol\.|volume|no\.|issue|n[úu]mero|n[°º]|edici[óo]n|digest|newsletter|bulletin|bolet[íi]n|update)"
    r"(?:\s|$)",
    re.I,
)
ISSUE_HEADER_BLOCKS = 6
MAX_ISSUE_LINE_WORDS = 16  # "MPI Update | Vol. 4, No. 5 | May 2007 - Migration Policy Institute"


def issue_month(blocks: Sequence[Block], title: str | None) -> DateSpan | None:
    """The month a newsletter's issue line names, in its title or its first lines ("Vol. 4, No. 5 | May 2007"): the
    date of the works the issue announces without one of their own. None for anything but one month."""
    for text in [title or "", *(b.text for b in blocks[:ISSUE_HEADER_BLOCKS])]:
        if len(text.split()) > MAX_ISSUE_LINE_WORDS or not _ISSUE_LINE.search(text):
            continue
        months = [d for d in find_dates(text) if d.precision == DatePrecision.MONTH]
        if len(months) == 1 and (months[0].start.year, months[0].start.month) == (
            months[0].end.year,
            months[0].end.month,
        ):
            return months[0]
    return None


def masthead_year(blocks: Sequence[Block]) -> int | None:
    """The one year a PDF's first page names in its short lines ("Vol. 4, No. 2 - Summer 2006", "This issue covers
    April - June 2006", "Book | April 2006"): a newsletter's issue, whose entries write their days without it."""
    years = {
        int(y)
        for b in blocks
        if b.page == 1 and len(b.text.split()) <= MAX_MASTHEAD_WORDS
        for y in _YEAR_WORD.findall(b.text)
    }
    return years.pop() if len(years) == 1 else None


def _line_below(heading: Block, below: Block) -> bool:
    """Whether the block under a heading is its entry's line: a paragraph, or a PDF's smaller heading that opens
    with a date ("June 29 - July 1 | Brussels, Belgium" set bold under the entry's title)."""
    if below.kind == BlockKind.PARAGRAPH:
        return True
    smaller = heading.font_size is not None and below.font_size is not None and below.font_size < heading.font_size
    if below.kind != BlockKind.HEADING or not smaller:
        return False
    dates = find_dates(below.text) or find_dates(with_year(below.text, 2000, every=True))  # "June 29 - July 1 | ..."
    return bool(dates) and dates[0].begin <= 1


def heading_readings(blocks: Sequence[Block], i: int, lent: int | None = None) -> list[_Reading]:
    """A heading over its dateline, and over the datelines of the same list after it: "Steering Group" over
    "Geneva, 3 February", "Geneva, 21 September", "Geneva, 29 November" is three meetings of the body."""
    first = heading_to_reading(blocks, i, lent)
    if first is None or i + 1 >= len(blocks) or blocks[i + 1].kind != BlockKind.LIST_ITEM:
        return [first] if first else []
    readings = [first]
    parent = (blocks[i + 1].locator or "").rsplit(" > ", 1)[0]
    for item in blocks[i + 2 :]:
        if item.kind != BlockKind.LIST_ITEM or (item.locator or "").rsplit(" > ", 1)[0] != parent:
            break
        if (reading := heading_to_reading([*blocks[: i + 1], item], i, lent)) is None:
            break
        readings.append(reading)
    return readings


def _work_kicker(text: str) -> bool:
    """ "October 6, 2011 | REPORT", "November 3, 2011 · POLICY BRIEF": a news item's day and the type of work it is."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", text)]
    return (
        len(parts) == 2
        and bool(find_dates(parts[0]))
        and names_work_type(parts[1])
        and not EVENT_KIND_WORDS.search(parts[1])
        and len(parts[1].split()) <= MAX_KICKER_TYPE_WORDS
    )


MAX_KICKER_TYPE_WORDS = 3
# "Title: Subtitle, by A and B (Washington, DC: Publisher, 48 pp.), finds that ...": a work's name opening a sentence
_WORK_THEN_BYLINE = re.compile(
    r"^(?P<title>(?-i:[A-ZÀ-Ý])[^,()]{8,200}?),\s+(?:edited\s+)?by\s+(?P<names>[^()]{3,120}?)\s*\(", re.I
)


def _kicker_work(kicker: Block, body: Block) -> _Reading | None:
    """The work a news item's type kicker announces, named by the sentence that opens its body."""
    if body.kind != BlockKind.PARAGRAPH or (match := _WORK_THEN_BYLINE.match(body.text.strip())) is None:
        return None
    day, label = (p.strip() for p in re.split(r"\s[|·•]\s", kicker.text))
    date = find_dates(day)[0]
    ptype = publication_type_of(label)
    kind = Kind.REPORT if ptype == PublicationType.REPORT else Kind.PUBLICATION
    authors = names_in(match.group("names"), bylined=True) or ()
    return _Reading(
        "publication.entry", kind, match.group("title").strip(), date, None, f"{kicker.text}\n{body.text}", body,
        authors=tuple(authors), publication_type=ptype,
    )  # fmt: skip


def heading_to_reading(blocks: Sequence[Block], i: int, lent: int | None = None) -> _Reading | None:
    """An entry heading followed by its dateline; the description below may name the kind. `lent` is the
    year of a document that names none (`schedules.lent_year`)."""
    heading = blocks[i]
    if i + 1 >= len(blocks) or EVENTS_SECTION.search(heading.text):
        return None  # "6. Calendario de actividades aprobado" over its dates: a list's heading, no event's name
    if i + 2 < len(blocks) and WRITTEN_BY.search(blocks[i + 1].text):
        # "Jueves, 01 de Marzo de 2012 17:03 | Escrito por Administrador": when the post went up, by whom; the
        # body's dateline below it ("Ciudad de Panamá, 28 y 29 de febrero de 2012. ...") dates the headline's event
        return heading_to_reading([*blocks[: i + 1], *blocks[i + 2 :]], i, lent)
    if (skip := _subtitle_then_dateline(blocks, i)) is not None:
        return skip
    if heading.kind != BlockKind.HEADING and blocks[i + 1].kind == BlockKind.HEADING:
        return None  # "25 : Date limite ..." over "Décembre 2011": a list's last item, then the next section's heading
    if heading.text.rstrip().endswith(":"):
        return None  # "Meeting documents are also available for:" over "2015": a lead-in to links, no entry
    if FILE_LINK.search(heading.text):
        return None  # "Backup - Item #3 - Trail Maps (609KB)" over the next meeting's day: the last one's file
    if START_FIELD.match(blocks[i + 1].text):
        return None  # "Start date: 03/11/2010" over "End date: ...": a record of fields, read with its last day
    if _work_kicker(blocks[i + 1].text):
        # "MPI Releases New Report on ..." over "October 6, 2011 | REPORT": a work's item, no event; its body may
        # open with the work's name and byline ("Skilled Immigrants in the Recovery: ..., by A and B (Washington, DC:
        # ...)")
        return _kicker_work(blocks[i + 1], blocks[i + 2]) if i + 2 < len(blocks) else None
    numbered = _is_entry_heading(heading)
    # Cheap tests first: date finding is the costliest step of the rules, and most blocks are no heading.
    meta = None
    below = _line_below(heading, blocks[i + 1])
    if heading.kind == BlockKind.HEADING and below and _META_SEP.search(blocks[i + 1].text):
        meta = _meta_line(blocks[i + 1].text)
    named = heading.kind == BlockKind.HEADING and bool(_ANY_KIND.search(heading.text))
    # A heading over a dateline alone ("HBP Hippocamp 2017: ..." / "23rd-24th May 2017, Paris, France"): an entry
    # whatever its name, when the dateline gives a place and the description below names the kind.
    placed = heading.kind == BlockKind.HEADING and below and len(blocks[i + 1].text.split()) <= MAX_DATELINE_WORDS
    if not (numbered or meta or named or placed):
        return None
    if find_dates(heading.text) or RECORD_OF_EVENT.search(heading.text):
        return None  # "Integrating Resettled Refugees: Workshop Report" over its imprint: the work, not the workshop
    if blocks[i + 1].kind == BlockKind.TABLE_ROW:
        return None  # a document title above a calendar table: the table's rows are read by their own rule
    line = _HOST_LEAD.sub("", _moved_to(blocks[i + 1].text))  # "Hosted by the Swedish Migration Board, Stockholm, ..."
    if numbered and not (named or meta) and len(line.split()) > MAX_DATELINE_WORDS and _PROSE_LEAD.match(line):
        return None  # "5. Secretariat and Administration" over "On 1 July 2009 the Secretariat moved ...": a section
    if meta is None and _DATELINE.match(line) and len(line.split()) > MAX_DATELINE_WORDS:
        return (
            None  # "San José, Costa Rica, 2 de agosto de 2010.— La PPT informó que ...": a release's, posted that day
        )
    if meta is None and heading.kind == BlockKind.HEADING and _META_SEP.search(line):
        meta = _lent_meta_line(line, lent or heading_year(heading.text) or _section_year(blocks, i))
    found = meta or _dateline(line)
    if found is None and (year := heading_year(heading.text) or _section_year(blocks, i) or lent):
        found = _dateline(with_year(line, year))  # "CICM 2016" / "July 25-29, Bialystok"
        if _META_SEP.search(line) and (fields := _meta_line(with_year(line, year, every=True))):
            found = fields  # "June 29 - July 1 | Brussels, Belgium": a meta line's day and place, in that year
        found = (_as_written(found[0], year), found[1]) if found else None
    if (
        found is None
        and named
        and blocks[i + 1].kind == BlockKind.PARAGRAPH  # its details; a list under it holds its own records
        and _OPENING_KIND.match(heading.text)
        and not _REPORT_NOUN.search(heading.text)
        and len(line.split()) <= MAX_DETAILS_WORDS
        and any(b.kind == BlockKind.HEADING for b in blocks[:i])  # the first heading is the document's title
    ):
        found = _closing_dateline(line)  # "I Congreso de X" over '"Theme". Caracas, Venezuela, del 3 al 5 de ...'
    if found is None:
        return None
    date, place = found
    if place and (place.rstrip().endswith("(") or find_dates(with_year(place, date.start.year))):
        place = None  # "April 2 (2009-04-02)": the day as the page shows it, before the date the markup gives
    if labelled := _PLACE_FIELD.search(line):
        # "Lugar: Tegucigalpa, Honduras. Fecha: 22 y 23 de abril": the place its label gives, whatever is around
        place = None if _UNSCHEDULED_PLACE.match(labelled.group("place")) else labelled.group("place").strip()
        place = f"{place}." if place and re.search(r"\b[A-Z]\.[A-Z]$", place) else place  # "D.C" of "D.C. Date:"
    spans = [d for d in find_dates(line) if d.begin >= date.begin]
    if date.precision != DatePrecision.DAY and spans and _reporting_period(line, spans):
        return None  # "Presidencia Pro Tempore de Costa Rica (julio 2006 - junio 2007)": a term, no event's dates
    if meta is None and len(line.split()) > MAX_DATELINE_WORDS and _told_in_sentence(line[date.stop :]):
        return None  # "On Wednesday, October 22, MPI will hold a Book Launch: X at ...": the sentence names it
    # An HTML entry's type label: its own box just above the heading (a PDF's line above is the entry before's), or
    # the heading of the entry's section ("Public Briefing" over "Title" over its day).
    above = blocks[i - 1] if i > 0 and heading.page is None else None
    label = (
        above
        if above is not None
        and (above.kind == BlockKind.PARAGRAPH or above.kind == BlockKind.HEADING and heading.heading == above.text)
        else None
    )
    label_kind = (
        classify_kind(label.text) if label is not None and len(label.text.split()) <= MAX_KIND_LABEL_WORDS else None
    )
    if place is None and label_kind is not None and _same_box(label, heading) and (venue := _card_venue(blocks, i + 1)):
        place = venue  # "Policy Briefing" over the title, its day, then its venue on a line of its own
    opens = date.begin <= 2 or _WEEKDAY_ONLY.match(line[: date.begin])  # "Thursday, February 18, 2010"
    if not (numbered or meta or named) and (place is None or date.precision != DatePrecision.DAY or not opens):
        return None  # a dateline that opens with the day and names a place, not "Publié le 15 avril 2010"
    title = clean_title(_ENTRY_PREFIX.sub("", heading.text))
    if title.lower() in DOCUMENT_SECTIONS:
        return None  # "3. Practical information" over "Dates: 14 and 15 November": the document's part, no name
    kind = classify_kind(title) or label_kind  # a "Roundtable" type label over the entry's heading
    if kind is None and meta:
        # "Title" / "WEBINAR | May 4, 2011": the type field of its meta line
        kind = next((k for f in _META_SEP.split(blocks[i + 1].text) if (k := type_field(f.strip()))), None)
    if kind is None and meta and any(_META_TIME.match(f) for f in re.split(r"\s+[·|•]\s+", blocks[i + 1].text)):
        kind = Kind.OTHER  # an event page's titled entry with its date and time: an event, whatever its name
    if kind is None and (numbered or placed):
        # The entry's description runs to the next entry heading: "This workshop was essential to ..."
        for block in blocks[i + 2 : i + 40]:
            if _is_entry_heading(block):
                break
            if kind := _first_kind(block.text):
                break
    if not title or kind is None or _OWN_REPORT.search(title):
        return None  # "... : rapport d'activités 2010-2011" over "Secrétariat, Genève, juillet 2011": the report's date
    if meta and any(_BYLINE_FIELD.match(f.strip()) or f.strip().lower().startswith("edited by") for f in
                    _META_SEP.split(blocks[i + 1].text)[1:]):  # fmt: skip
        return None  # "Title" / "January 2009 | By A and B": a work's date and byline, no event's
    if meta and (_REPORT_NOUN.search(lead := _META_SEP.split(blocks[i + 1].text)[0]) or _work_label(lead.strip())):
        # "Title" / "CONFERENCE REPORT | DECEMBER 2008", "Book | Washington, DC: MPI | March 2012": a work's facts,
        # dated when it came out
        return None
    snippet = f"{heading.text}\n{blocks[i + 1].text}"
    if place is None and (venue := _card_venue(blocks, i + 1) or (meta and _summary_place(blocks, i + 2))):
        place, snippet = venue, f"{snippet}\n{blocks[i + 2].text}"
    reading = _Reading("heading.dateline", kind, title, date, place, snippet, heading)
    after = blocks[i + 2] if i + 2 < len(blocks) and blocks[i + 2].kind == BlockKind.PARAGRAPH else None
    if after is not None and _CALLED_OFF_NOTE.match(after.text):
        return replace(reading, status=ActivityStatus.CANCELLED)  # "Cancelled. The meeting did not take place ..."
    return reading


# "Washington, DC (Georgetown University Law Center). Co-organized with ...": a summary that opens with the town
_PLACE_LED = re.compile(r"^(?P<place>[A-ZÀ-Ý][^.()]{1,40}?(?:\s[A-Z]{2})?)(?:\s*\([^()]{2,80}\))?\.\s+[A-ZÀ-Ý]")


def _summary_place(blocks: Sequence[Block], at: int) -> str | None:
    """The town an entry's summary opens with, as newsletters set it under the entry's title and meta line."""
    if at >= len(blocks) or blocks[at].kind != BlockKind.PARAGRAPH or not (led := _PLACE_LED.match(blocks[at].text)):
        return None
    place = led.group("place").strip()
    return place if _is_place(place) or trailing_place(place) == place else None


def _told_in_sentence(text: str) -> bool:
    """Whether `text` is a sentence whose verb holds an activity it names: "MPI will hold a Book Launch: X"."""
    verb = _EVENT_VERB.search(text)
    kind = _ANY_KIND.search(text, verb.end()) if verb is not None else None
    # "Hosted by the Secretariat, the workshop compared ...": the heading's own event, referred back to
    return (
        verb is not None
        and kind is not None
        and kind.start() - verb.end() < 30
        and not _BACK_REFERENCE.search(text[verb.end() : kind.start()])
    )


# Spanish and French name a new event with the article too ("se realizó la Capacitación ..."): only English's
# article, and the demonstratives, refer back.
_BACK_REFERENCE = re.compile(r"\b(?:the|this|este|esta|ce|cette)\s*$", re.I)


# The note under an entry's dateline saying it was called off: "Cancelled.", "Suspendida:", "The meeting did not take
# place", "La reunión no se realizó", "La réunion n'a pas eu lieu".
_CALLED_OFF_NOTE = re.compile(
    r"^\W*(?:(?:cancel+ed|canceled|cancelad[ao]|suspendid[ao]|annul[ée]e?|postponed sine die)\b"
    r"|(?:the|this) (?:meeting|event|workshop|seminar) did not take place"
    r"|la (?:reuni[oó]n|actividad) no se (?:realiz[oó]|llev[oó] a cabo)|la r[ée]union n'a pas eu lieu)",
    re.I,
)


MAX_VENUE_LINE_WORDS = 15
MAX_KIND_LABEL_WORDS = 3


def _same_box(label: Block, heading: Block) -> bool:
    """Whether a line above a heading sits in the heading's own box (its type label), not in the entry before."""
    box = (heading.locator or "").rsplit(" > ", 1)[0]
    return bool(box) and box in (label.locator, (label.locator or "").rsplit(" > ", 1)[0])


def _card_venue(blocks: Sequence[Block], at: int) -> str | None:
    """The venue line under an entry's dateline in the same card ("Hosted by the German Marshall Fund in Brussels,
    Belgium", "Migration Policy Institute, 1400 16th Street NW, Washington, DC"), as the town it names."""
    if at + 1 >= len(blocks):
        return None
    line, dateline = blocks[at + 1], blocks[at]
    parent = (dateline.locator or "").rsplit(" > ", 1)[0]
    if (
        line.kind != BlockKind.PARAGRAPH
        or not parent
        or (line.locator or "").rsplit(" > ", 1)[0] != parent
        or len(line.text.split()) > MAX_VENUE_LINE_WORDS
        or find_dates(line.text)
    ):
        return None
    venue = venue_line(line.text)
    if venue and VENUE_LABEL.match(line.text) and not ONLINE_VENUE.search(venue):
        return trailing_place(venue) or venue.rstrip(" .")  # "Where: Authority Board Room, 200 Main St.": labelled
    return (trailing_place(venue) or (venue if _is_place(venue) else None)) if venue else None


# "Postponed from June 8 to July 14, 2010", "Aplazado del 8 de junio al 14 de julio de 2010": the new day is the day.
_MOVED_LINE = re.compile(
    r"^\W*(?:postponed|rescheduled|moved|deferred|aplazad[ao]|pospuest[ao]|reprogramad[ao]|report[ée]e?"
    r"|d[ée]plac[ée]e?)\s+(?:from|del?|du)\s+.+?\s+(?:to|al?|au)\s+(?P<new>.*\d.*)$",
    re.I,
)


def _moved_to(line: str) -> str:
    """A dateline that moves its event: the date it moved to; any other line as it is."""
    moved = _MOVED_LINE.match(line)
    return moved.group("new") if moved else line


def _section_year(blocks: Sequence[Block], i: int) -> int | None:
    """The year of the nearest heading above block `i` that names one ("Calendar of Meetings – October 2026"
    over "Land Use Committee" and "Wednesday, October 14 at 6:30pm"): a calendar's year-less days are its."""
    for block in reversed(blocks[:i]):
        if block.kind == BlockKind.HEADING and (year := heading_year(block.text)):
            return year
    return None


# --- blocks -> activities -------------------------------------------------------------------


# "Full Round³", "Taller regional²": a note marker glued to a word hides the word from every pattern.
_GLUED_NOTE = re.compile(r"(?<=[^\W\d_)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# "A first meeting was held on 15 May 2008; a second took place on 12 January 2009": clauses of one
# sentence that each report an activity are read apart.
_CLAUSE_END = re.compile(r";\s+")
# "the Workshop on X, held in Geneva on 30 June 2010, and the Workshop on Y, held in Ottawa on 2-3 December 2010":
# two activities in one sentence, each named and dated in its own part.
_AND_THE_KIND = re.compile(
    r",\s+(?:and|y|et)\s+(?:(?:of|de|des|du|del|de\s+(?:celles?|ceux)\s+du|de\s+(?:celles?|ceux)\s+de\s+la)\s+)?"
    r"(?:(?:the|a|an|el|la|le|un|una|une|l['’])\s*)?"
    r"(?=[A-ZÀ-Ý]|(?:atelier|s[ée]minaire|seminario|taller|r[ée]union|reuni[oó]n|workshop|seminar|meeting|conf[ée]rence"
    r"|conferencia|curso|cours|course)\b)"
)


def _listed(clause: str) -> list[str]:
    """A clause's parts, where it lists activities each with its own date; the clause whole otherwise."""
    cut = _AND_THE_KIND.search(clause)
    if cut is None:
        return [clause]
    first, second = clause[: cut.start()], clause[cut.end() :]  # "..., and of the Seminar on X": the Seminar on X
    if not (find_dates(first) and find_dates(second) and _ANY_KIND.search(second[:60])):
        return [clause]
    return [first, *_listed(second)]


# Dated news of the organisation itself and deadlines, not activities: "MPI welcomed two new Senior Fellows in
# March 2010", "X was appointed to the board on 1 July 2008", "A press release announcing ... was issued on ...".
# An expert's CV: '"Credential Recognition in Federal Systems," presented at the 15th National Metropolis
# Conference', '"X," keynote address, National Skills Summit': a talk given at another body's event.
_OWN_TALK = re.compile(
    r"^\W*[“\"«][^”\"»]{3,160}[”\"»]\s*,?\s*(?:presented at|keynote(?: address| speech| remarks)?|remarks at"
    r"|presentation at|paper presented|ponencia|conférence donnée|exposé)\b",
    re.I,
)
_RECIPIENT_NAMES = {
    "MPI": r"MPI|Migration Policy Institute|Transatlantic Council",
    "IGC": r"IGCs?|Inter-?[Gg]overnmental Consultations|Consultations intergouvernementales|CIG",
    "RCM": r"RCM|CRM|Regional Conference on Migration|Conferencia Regional sobre Migraci[oó]n|Puebla Process",
}


def _role_elsewhere(text: str, recipient: str) -> bool:
    """An expert's role at an activity that names another body, not the recipient ("Panelist, OECD Expert Group
    on Migration annual meeting, Paris"): a line of a CV, no activity of the recipient's."""
    if not (role := _ROLE_LEAD.match(text)) or recipient not in _RECIPIENT_NAMES:
        return False
    rest = text[role.end() :]
    own = re.search(rf"\b(?:{_RECIPIENT_NAMES[recipient]})\b", rest)
    return own is None and re.search(r"\b[A-Z]{3,8}\b", rest) is not None  # another body's acronym: "OECD"


_NOT_AN_ACTIVITY = re.compile(
    r"\b(?:welcom(?:ed|es)|hired|recruited|dio la bienvenida a|a accueilli|accueille)\s+(?:\S+\s+){0,3}"
    r"(?:new|nuev[oa]s?|nouve(?:au|lle)s?)\s"
    r"|\b(?:was|were|has been|have been|fue|fueron|a été|ont été)\s+(?:appointed|named|nombrad[oa]s?|nomm[ée]e?s?"
    r"|designad[oa]s?)\b"
    # the approval of an earlier meeting's record: "The minutes of the previous meeting, held on 9 December, were
    # approved"
    r"|\b(?:minutes|summary record|record) of the (?:previous|last|preceding) meeting\b"
    r"|\bacta de la (?:reuni[oó]n|sesi[oó]n) anterior\b"
    r"|\bproc[èe]s-verbal de la (?:r[ée]union|s[ée]ance) pr[ée]c[ée]dente\b"
    # "Le compte rendu de la réunion du Groupe de pilotage du 14 juin 2007 est approuvé": the record's approval
    r"|\b(?:compte rendu|proc[èe]s-verbal|acta|minutes|summary record)\b[^.;]{0,90}?\b(?:est approuv[ée]e?|a été "
    r"approuv[ée]e?|(?:was|were|is|are) (?:approved|adopted)|fue aprobad[ao]|se aprob[óo]|est adopt[ée]e?)"
    # a paper sent out for a body's approval: "The 2013 calendar will be circulated to the Steering Group in November"
    r"|\b(?:will be|ser[áa]n?|sera|seront)\s+(?:circulated|distributed|submitted|circulad[oa]s?|distribuid[oa]s?"
    r"|sometid[oa]s?|diffus[ée]e?s?|soumise?s?)\b"
    r"|\bpress releases?\b|\bcomunicados? de prensa\b|\bnotas? de prensa\b|\bcommuniqués? de presse\b"
    # "Registration for the Full Round closed on 22 April": a deadline, whatever meeting it names
    r"|(?:^|(?<=[.!?]\s))\W*(?:the\s+|las?\s+|les\s+)?(?:registrations?|applications|nominations|submissions|inscripci[oó]n(?:es)?|inscriptions?"
    r"|candidatures)"
    r"\b.{0,80}?\b(?:clos(?:es|ed)|open(?:s|ed)|(?:is|are) due|deadline|cierra|cerr[óo]|vence|se cl[ôo]tur\w*"
    r"|(?:sont|est|están|está) (?:ouvert|abiert)[oae]s?)\b"
    # staff news: "she will be on leave from 22 December", "A new Programme Officer will join the Secretariat on"
    r"|\bon (?:annual |parental |maternity )?leave\b|\ben cong[ée]\b|\bde (?:licencia|vacaciones)\b"
    r"|\b(?:will join|joined|join(?:s|ed)? the|se incorporar(?:á|a|on)|rejoindra|a rejoint)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:secretariat|secretar[ií]a|secr[ée]tariat|staff|team|equipo|[ée]quipe)\b"
    # "The Chair of the Consultations will pass from the Netherlands to Switzerland on 1 July": a chair's handover
    r"|^\W*(?:the\s+|la\s+|le\s+)?(?:chair(?:manship)?|presidency|presidencia(?:\s+pro\s+tempore)?|présidence)\b"
    r"[^.;]{0,60}?\b(?:will pass|passes|passed|passed on|rotates|rotated|will rotate|was handed over|pas[óo]|pasará"
    r"|será traspasada|fue traspasada|passera|est passée)\b"
    # "Finland assumed the IGC Chairmanship on 1 July 2010", "Costa Rica asumirá la Presidencia Pro Tempore el"; not
    # a clause after the meeting ("... in Madrid on 3-4 June 2008 at the invitation of Spain, which assumes the Chair")
    r"|(?:^|(?<=[.!?]\s))[^,.;]{0,80}?\b(?:assum(?:e|es|ed)|takes? over|took over|asumi[óo]|asumir[áa]|asume"
    r"|assumera|a assumé)\s+"
    r"(?:the\s+|la\s+|le\s+|its\s+|su\s+|sa\s+)?(?:[A-Z]{2,5}\s+)?(?:chair(?:manship)?|presidency|presidencia|présidence)\b"
    # a calendar item that is a deadline: "Deadline: country updates for the Full Round paper"
    r"|^\W*(?:deadline|due date|fecha l[ií]mite|date limite|plazo)\s*:"
    # a price list's terms: "Prices in this catalogue are effective January 1, 2008"
    r"|(?:^|(?<=[.!?]\s))\W*(?:the\s+|los\s+|les\s+)?(?:prices?|precios?|prix|tarifs?)\b[^.]{0,80}?"
    r"\b(?:effective|valid|v[áa]lid[oa]s|vigentes?|valables?)\b"
    # the office's move: "le Secrétariat a déménagé le 1er février", "The Secretariat moved to new premises"
    r"|\b(?:a déménagé|déménagera|moved (?:to|into) (?:its )?new (?:premises|offices)|relocated to|se trasladó a"
    r"|se mudó|se trasladará a)\b",
    re.I,
)
_NOT_AN_ACTIVITY = KeywordGated(
    _NOT_AN_ACTIVITY,
    "welcom hired recruit bienvenida accueil appointed named nombrad nomm designad minutes record acta verbal compte "
    "circul distribu diffus submitted sometid soumis press prensa registration application nomination submission "
    "inscri candidature price precio prix tarif deadline due plazo limite límite "
    "leave cong licencia vacaciones join incorpor rejoin chair presiden présiden déménag moved relocated traslad mudó",
)


# "The Study Group met twice: the first meeting took place in Mexico City on 17–18 March 2011; the second, in
# Washington, DC on 6 October 2011", "La primera reunión se celebró en ...; la segunda, en ..., el ...": two
# meetings of one body in one sentence, the second elliptic.
_FIRST_SECOND = re.compile(
    r"\b(?P<first>the first|la primera|la première|le premier)\b"
    r"(?:\s+(?P<noun>meeting|session|reunión|sesión|réunion|séance)\b)?(?P<one>[^;]*);\s*"
    r"(?P<second>the second|la segunda|la seconde|la deuxième|le second|le deuxième)\s*,(?P<two>[^;]*)",
    re.I,
)
_ORDINAL_TITLES = {"the": ("First", "Second", "meeting"), "la primera": ("Primera", "Segunda", "reunión")}
_BODY_ARTICLE = re.compile(r"\b(?i:the|el|la|le|l['’])\s*(?=[A-ZÀ-Ý])")


def _body_that_met(before: str, names: Sequence[str]) -> tuple[str, str] | None:
    """The body the text before names as meeting ("el Grupo Regional ... (GRCM) se reunió", "The Study Group
    met"), with its article; a fuller name a heading or the title gives it ("Regional Migration Study Group")
    wins over the short one."""
    verbs = list(_MET.finditer(before))
    if not verbs:
        return None
    subject = before[: verbs[-1].start()]
    articles = list(_BODY_ARTICLE.finditer(subject))
    if not articles:
        return None
    body = clean_title(subject[articles[-1].end() :])
    if not body or len(body.split()) > MAX_TITLE_WORDS or find_dates(body):
        return None
    fuller = re.compile(rf"(?:[A-ZÀ-Ý][\w'’-]*\s+){{1,4}}{re.escape(body)}\b")
    longer = [m.group(0) for name in names for m in fuller.finditer(name)]
    return max(longer, key=len) if longer else body, articles[-1].group(0).strip().lower()


def two_meetings_readings(block: Block, names: Sequence[str]) -> tuple[list[_Reading], str | None]:
    """The two readings of "the first meeting ...; the second, ...", each on its own date and at its own place,
    titled "First/Second meeting of the <body>" ("Primera/Segunda reunión del <body>"); and the text they
    were read from, which the other rules then leave alone."""
    text = _GLUED_NOTE.sub("", block.text)
    match = _FIRST_SECOND.search(text)
    if match is None:
        return _counted_meetings_readings(block, text)
    if _NEGATIVE.search(match.group(0)):
        return [], None
    met = _body_that_met(text[: match.end("first")], names)
    if met is None:
        return [], None
    body, article = met
    spanish = match.group("first").lower().startswith("la primera")
    first, second, noun = _ORDINAL_TITLES["la primera" if spanish else "the"]
    noun = (match.group("noun") or noun).lower()
    link = ("del" if article == "el" else f"de {article}") if spanish else "of the"
    readings = []
    for ordinal, group in ((first, "one"), (second, "two")):
        clause = match.group(group)
        dates = find_dates(clause)
        if not dates:
            return [], None
        title = f"{ordinal} {noun} {link} {body}"
        place = _place_in(clause, dates, [])
        readings.append(_Reading("prose.event_verb", Kind.MEETING, title, dates[0], place, match.group(0), block))
    return readings, match.group(0)


# "Se realizaron dos reuniones del Grupo Regional de Consulta (GRCM). La primera tuvo lugar en ..., del 24 al 26 de
# septiembre de 2008 ... La segunda se celebró en ..., el 2 y 3 de diciembre": the meetings counted, then each told
# in a sentence of its own that opens with its ordinal.
_COUNTED_MEETINGS = re.compile(
    r"\b(?:dos|two|deux)\s+(?P<noun>reuniones|meetings|réunions|sesiones|sessions)\s+"
    r"(?P<link>del|de la|of the|du|de la)\s+(?P<body>[A-ZÀ-Ý][^.;:]{2,120}?)"
    r"(?=\s*[.;:,]|\s+(?:en|in|à|durante|during)\s)"
)
_ORDINAL_SENTENCES = re.compile(
    r"(?:^|[.;:]\s+)(?P<first>la primera|the first|la première)\b(?P<one>[^.;]*)[.;]\s+"
    r"(?P<second>la segunda|the second|la seconde|la deuxième)\b(?P<two>[^.;]*)",
    re.I,
)
_SINGULAR_NOUN = {"reuniones": "Reunión", "meetings": "Meeting", "réunions": "Réunion", "sesiones": "Sesión",
                  "sessions": "Session"}  # fmt: skip


def _counted_meetings_readings(block: Block, text: str) -> tuple[list[_Reading], str | None]:
    """The two readings of "two meetings of the <body> were held. The first ... . The second ...", each at the
    place and on the date its sentence gives, titled "<Meeting> of the <body>"; and the text they were read from."""
    counted = _COUNTED_MEETINGS.search(text)
    told = _ORDINAL_SENTENCES.search(text, counted.end()) if counted else None
    if counted is None or told is None or _NEGATIVE.search(told.group(0)):
        return [], None
    noun = _SINGULAR_NOUN[counted.group("noun").lower()]
    title = f"{noun} {counted.group('link')} {clean_title(counted.group('body'))}"
    readings = []
    for group in ("one", "two"):
        clause = told.group(group)
        dates = find_dates(clause)
        if not dates or len(find_dates(clause[: dates[0].begin])) or _NOT_WHEN.search(clause[: dates[0].begin]):
            return [], None
        place = _place_in(clause, dates, [])
        readings.append(_Reading("prose.event_verb", Kind.MEETING, title, dates[0], place, told.group(0), block))
    return readings, told.group(0)


# "Workshops were held on family reunification (Stockholm, 12-13 March 2007) and on return (Madrid, 8-9 October
# 2007)", "Se realizaron talleres sobre X (San José, 3 de mayo de 2010) y sobre Y (...)": one kind, several topics,
# each with its place and date in brackets.
_TOPIC_LIST = re.compile(
    r"\b(?P<kinds>workshops|seminars|roundtables|round tables|talleres|seminarios|mesas redondas|ateliers|séminaires"
    r"|tables rondes)\b[^.;()]{0,60}?\b(?:on|sobre|sur)\s+[^()]{3,120}?\([^()]*\d[^()]*\)"
    r"(?:\s*(?:,|;|and|y|et)\s*(?:(?:on|sobre|sur)\s+)?[^()]{3,120}?\([^()]*\d[^()]*\))+",
    re.I,
)
_TOPIC_ITEM = re.compile(
    r"(?:\b(?:on|sobre|sur)\s+|(?:,|;|\band\b|\by\b|\bet\b)\s*(?:(?:on|sobre|sur)\s+)?)"
    r"(?P<topic>[^(),;]{3,120}?)\s*\((?P<where>[^()]*\d[^()]*)\)",
    re.I,
)
_KIND_SINGULAR = {"workshops": "Workshop", "seminars": "Seminar", "roundtables": "Roundtable", "round tables":
                  "Roundtable", "talleres": "Taller", "seminarios": "Seminario", "mesas redondas": "Mesa redonda",
                  "ateliers": "Atelier", "séminaires": "Séminaire", "tables rondes": "Table ronde"}  # fmt: skip
_TOPIC_LINK = {"Workshop": "on", "Seminar": "on", "Roundtable": "on", "Taller": "sobre", "Seminario": "sobre",
               "Mesa redonda": "sobre", "Atelier": "sur", "Séminaire": "sur", "Table ronde": "sur"}  # fmt: skip


def topic_list_readings(block: Block) -> tuple[list[_Reading], str | None]:
    """The activities of a sentence that lists one kind's topics, each with its place and date in brackets, and
    the text they were read from; none when a topic has no date or the sentence calls them off."""
    match = _TOPIC_LIST.search(block.text)
    if match is None or _NEGATIVE.search(match.group(0)):
        return [], None
    noun = _KIND_SINGULAR[match.group("kinds").lower()]
    kind = classify_kind(noun) or Kind.OTHER
    readings = []
    for item in _TOPIC_ITEM.finditer(match.group(0), match.end("kinds") - match.start()):
        where = item.group("where")
        dates = find_dates(where)
        if not dates:
            return [], None
        place = where[: dates[0].begin].strip(" ,") or None
        title = f"{noun} {_TOPIC_LINK[noun]} {item.group('topic').strip()}"
        readings.append(_Reading("prose.event_verb", kind, title, dates[0], place, match.group(0), block))
    return (readings, match.group(0)) if len(readings) >= 2 else ([], None)


def run_in_readings(
    blocks: Sequence[Block], i: int, year: int | None = None, period: tuple[datetime.date, datetime.date] | None = None
) -> list[_Reading]:
    """`<strong>Fifth Plenary Meeting: X.</strong> Meeting in Lisbon on 18-19 November 2010, the Council ...`: a
    paragraph's run-in head (the parser's heading inside the paragraph) that names one activity is the activity of
    the paragraph's first dated sentence, whatever that sentence calls it ("the Council met", "the cycle closed").
    A day without a year ("(2 y 3 de septiembre)") takes `year`, the one its report is about, or the one that puts
    it inside the `period` the report covers."""
    block, head = blocks[i], blocks[i - 1] if i else None
    if block.kind != BlockKind.PARAGRAPH:
        return []
    sentences = split_sentences(_GLUED_NOTE.sub("", block.text))
    if head is not None and head.kind == BlockKind.HEADING and (head.locator or "").startswith(f"{block.locator} > "):
        name = clean_title(head.text)
    elif len(sentences) >= 2 and _inline_head(sentences[0]):
        # "Working Group on Asylum/Refugees. The group met on 25-26 March 2009 in Geneva.": the same head, set in
        # the paragraph's type ("1.2 Workshop on Irregular Migration Data. Held in London on ...": its number apart)
        name, sentences = clean_title(_SECTION_NUMBER.sub("", sentences[0])), sentences[1:]
    else:
        return []
    kind = classify_kind(name) if name else None
    # "**Grupo Regional de Consulta sobre Migración (GRCM).** El GRCM se reunió en dos ocasiones: ...": a body's name,
    # its meetings told in the sentence that says it met
    body = kind is None and bool(name) and bool(_BODY_HEAD.match(name))
    if body:
        kind = Kind.WORKING_GROUP if _WORKING_GROUP_RE.search(name) else Kind.MEETING
    if kind is None or kind in _PUBLICATION_KINDS or _KIND_PLURAL.search(name) or find_dates(name):
        return []
    if len(name.split()) < 2:
        return []  # "Webinar. On October 18, MPI ... in a webinar, The H-2B Visa Program ...": a label, not a name
    for written in sentences:
        sentence, lent = written, None
        if not find_dates(written) and year and _YEARLESS.search(written):
            lent = year_in_period(written, year, period)
            sentence = with_year(written, lent, every=True)
        if not (dates := find_dates(sentence)):
            if _MONTH_ALONE.search(sentence):
                return []  # "The Mini-Full Round in Geneva in November took stock ...": a later day is another's
            continue
        date = dates[0]
        if body and not _MET.search(sentence):
            return []
        if (
            date.precision != DatePrecision.DAY
            or _NEGATIVE.search(sentence)
            or _NOT_WHEN.search(sentence[: date.begin])
            or _reporting_period(sentence, dates)
        ):
            return []
        if any(len(e.split()) >= MIN_NAMED_WORDS and e in written for e in block.emphasis):
            return []  # "**Seminar in Brussels.** ... co-hosted a seminar, *Labor Migration after the Crisis*": named
        reading = _Reading("heading.run_in", kind, name, date, _place_in(sentence, dates, []), sentence, block)
        # "Le Groupe s'est réuni deux fois, à Helsinki le 7 mars et à Dublin les 13 et 14 octobre": a meeting a day
        days = _enumerated_days(sentence, date)
        return [
            _evidence_as_written(
                replace(reading, date=day, location=_place_of_day(sentence, day, days) or reading.location),
                sentence,
                written,
                lent,
            )
            for day in days
        ]
    return []


# A body that meets, by its name's head: "Grupo Regional de Consulta ...", "Regional Consultation Group ...", "Red de
# Funcionarios de Enlace ...", "Steering Group"
_BODY_HEAD = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}(?:group|network|committee|council|board)\b"
    r"|(?:grupo|red|comit[ée]|consejo|groupe|r[ée]seau|conseil)\s)",
    re.I,
)


def _body_named(title: str) -> bool:
    """Whether a record's title is only a body's name ("Red de Funcionarios de Enlace ...", "GRCM"): its meeting."""
    return bool(_BODY_HEAD.match(title) or re.fullmatch(r"[A-Z]{3,6}", title.strip()))


_COPULA = re.compile(r"\b(?:is|are|was|were|will|has|have|had|es|son|fue|fueron|est|sont|a été|ont)\b", re.I)
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*")
MAX_INLINE_HEAD_WORDS = 10
MIN_NAMED_WORDS = 3  # an italic run this long in the dated sentence is the activity's own name
# "in November", "en noviembre": the month a sentence tells its activity in, the year left to the context
_MONTH_ALONE = re.compile(rf"\b(?:in|en|au mois de)\s+(?:{_MONTH_NAMES})\b(?!\.?\s+(?:de\s+)?\d)", re.I)


def _inline_head(sentence: str) -> bool:
    """Whether a paragraph's first sentence is only a name opening with its kind: "Workshop on Unaccompanied
    Minors.", not "Workshop participants agreed on ...". It may be in sentence case, as French and Spanish names
    are, if its kind leads a phrase and no verb follows: "Atelier sur l'évaluation de l'âge des mineurs. Organisé
    ..."."""
    name = _SECTION_NUMBER.sub("", sentence).strip().rstrip(".")
    words = re.findall(r"[^\W\d_][\w'’/-]*", name)
    return (
        sentence.strip().endswith(".")
        and not _KIND_IN_TOWN.fullmatch(name)
        and len(name.split()) <= MAX_INLINE_HEAD_WORDS
        and bool(_OPENING_KIND.match(name) or _BODY_HEAD.match(name))
        and not find_dates(name)
        and (
            all(w[:1].isupper() or w.lower() in _LINK_WORDS for w in words)
            or (bool(_KIND_PHRASE.match(name)) and not _EVENT_VERB.search(name) and not _COPULA.search(name))
        )
    )


# A kind that leads a phrase in sentence case: "Groupe de travail sur l'intégration", "Séminaire sur la
# réinstallation", "Taller sobre trata de personas"
_KIND_PHRASE = re.compile(
    r"^[^\W\d_]+(?:\s+(?:de\s+travail|de\s+trabajo|régional|regional|ronde|redonda|table))?\s+(?:sur|sobre|on|de|del|du|des|d['’]|pour|para|for)\b",
    re.I,
)


# "Seminar in Brussels", "Taller en Managua": a label of where, the activity's name told in the paragraph
_KIND_IN_TOWN = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:in|en|à)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}")
_NUMBERED_ENTRY = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+\S")
_BYLINE_LEAD = re.compile(
    r"^[^.!?]{8,200}[.?!]\s+(?:(?:edited|compiled|written)\s+)?(?:by|por|par)\s+(?=(?-i:[A-ZÀ-Ý]))", re.I
)
MAX_BYLINED_ENTRY_CHARS = 400
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-ZÀ-Ý])")  # "1.2 Workshop on ..."


def _candidates(blocks: Sequence[Block]) -> Iterable[tuple[Block, str]]:
    for block in blocks:
        text = block.text if block.kind == BlockKind.TABLE_ROW else _GLUED_NOTE.sub("", block.text)
        if block.kind == BlockKind.TABLE_ROW and (told := results_told(block)):
            # "Result achieved": "Two GRCM meetings held (...). XV Vice-Ministerial Meeting held in ...": each
            # sentence, and each part of one, is read as prose
            told = _GLUED_NOTE.sub("", told)
            yield from ((block, part) for sentence in split_sentences(told) for part in _outside_brackets(sentence))
        elif (
            block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            and len(text) > 160
            # "2. Names. Title. City: Publisher, 2010.": a numbered entry of a list of works, read whole
            and not (_NUMBERED_ENTRY.match(text) and _heading_says(block, PUBLICATION_HEADINGS))
            # so is a work's entry, its title, its byline, then its facts ("Title. By A and B. Report, 48 pp.
            # November 2012. A Spanish-language summary is also available.")
            and not (_BYLINE_LEAD.match(text) and len(text) <= MAX_BYLINED_ENTRY_CHARS)
            # and so is a citation closing on its imprint ("Author. Title. San José: Secretaría Técnica de la CRM,
            # julio de 2008.") under a heading of works
            and not (
                _heading_says(block, PUBLICATION_HEADINGS + ISSUED_WORKS_HEADINGS)
                and _IMPRINT_END.search(text)
                and len(text) <= MAX_BYLINED_ENTRY_CHARS
            )
        ):
            for sentence in split_sentences(text):
                yield from (
                    (block, part) for clause in _CLAUSE_END.split(sentence) if clause for part in _listed(clause)
                )
        elif (
            block.kind == BlockKind.PARAGRAPH
            and len(sentences := split_sentences(text)) >= 2
            and _run_in_label(sentences[0])
        ):
            # "Seminar in Brussels. MPI and the European Policy Centre co-hosted a seminar, ...": the label apart
            yield from ((block, occurrence) for occurrence in _occurrences(" ".join(sentences[1:])))
        else:
            yield from ((block, occurrence) for occurrence in _occurrences(text))


MAX_RUN_IN_LABEL_WORDS = 5
# A citation's closing imprint: "San José: Secretaría Técnica de la CRM, julio de 2008.", "Geneva: IGC, 2009."
_IMPRINT_END = re.compile(
    r"\.\s+[A-ZÀ-Ý][\w .'’,-]{1,40}\s?:\s*[A-ZÀ-Ý][^.:]{1,80},\s*(?:[^\W\d_]+\.?\s+(?:de\s+)?)?(?:19|20)\d\d\.?\s*$"
)


def _run_in_label(sentence: str) -> bool:
    """Whether a paragraph's first sentence is a short run-in label ("Webinar.", "Public events.", "Seminar in
    Brussels."), not a sentence of its own."""
    words = re.findall(r"[^\W\d_][\w'’/-]*", sentence)
    return (
        sentence.rstrip().endswith(".")
        and 0 < len(sentence.split()) <= MAX_RUN_IN_LABEL_WORDS
        and words[:1] != []
        and words[0][:1].isupper()
        and not find_dates(sentence)
        and not names_work_type(sentence.rstrip(" ."))  # "Report. By M. McHugh and R. Capps. June 2011.": a work's type
        and all(w[:1].isupper() or w.lower() in _LINK_WORDS or i == 1 for i, w in enumerate(words))
    )


def _outside_brackets(sentence: str) -> list[str]:
    """The sentence's clauses parted by semicolons, but not those inside brackets ("(Tegucigalpa, 2-3 June; San
    Salvador, 16-17 Nov.)" lists the times of one clause)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(sentence):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            parts.append(sentence[start:i])
            start = i + 1
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


def _occurrences(text: str) -> list[str]:
    """An entry naming an activity and then each time it met ("Groupe de travail X | tenue à Copenhague, le 23
    septembre 2010 prévue à Genève, les 1er et 2 mars 2011"): the name with each occurrence, one text each."""
    marks = list(_OCCURRENCE.finditer(text))
    if len(marks) < 2:
        return [text]
    head = text[: marks[0].start()]
    parts = [text[m.start() : n.start() if n else len(text)] for m, n in zip(marks, [*marks[1:], None], strict=True)]
    if not all(find_dates(part) for part in parts):
        return [text]
    return [head + part for part in parts]


_PUBLICATION_KINDS = (Kind.PUBLICATION, Kind.REPORT)
MAX_SNIPPET = 500


def _provenance(ctx: DocumentContext, block: Block, snippet: str, rule: str, confidence: float) -> dict[str, object]:
    """The columns that say where a row was read: every row carries them, whatever rule read it."""
    return {
        "language": ctx.language, "doc_id": ctx.doc_id, "source_url": ctx.source_url, "page": block.page,
        "locator": block.locator, "snippet": snippet[:MAX_SNIPPET], "extractor": rule,
        "confidence": round(confidence, 3),
    }  # fmt: skip


def _title_country(title: str) -> str | None:
    """The one country a title names ("School in Lebanon University"): where the event was when its venue
    ("Lebanese University, HADAT") names a place the gazetteer does not know. Closer than the document's."""
    named = set(countries_named(title))
    return named.pop() if len(named) == 1 else None


# A page's standing venue: "All Commission Meetings ... are held at Bistro Campagne (4518 N. Lincoln Avenue),
# unless otherwise noted", "Meetings take place at City Hall", "The Board meets at ...", "Las reuniones se
# celebran en ...", "Les réunions ont lieu à ...". Present tense and plural meetings: a rule of the page, not
# the report of one meeting ("The meeting was held at ..."). The venue stops at the sentence's end or at
# "unless otherwise noted".
_ABBREVIATION_DOT = "|".join(rf"(?<=\b{w})\." for w in ("[A-Z]", "St", "Ave", "Av", "Rd", "Dr", "Blvd", "Ste", "No"))
_CLOCK_START = r"(?!\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b)|\d{1,2}[:h]\d\d)"  # "at 6 pm": a time, no venue
_VENUE_TEXT = rf"{_CLOCK_START}(?P<venue>(?-i:[A-Z0-9À-Ý])(?:[^.;()]|\([^()]*\)|{_ABBREVIATION_DOT})*?)"
_NOT_ABBREVIATION = "".join(rf"(?<!\b{w})" for w in ("[A-Z]", "St", "Ave", "Av", "Rd", "Dr", "Blvd", "Ste", "No"))
_CLOCK_AFTER = (
    r",?\s+(?:at|from|beginning at|starting at)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m|noon)\b"  # "..., IL at 10:00am"
)
_VENUE_END = (
    rf"(?=,?\s+(?:unless|except|salvo|a menos|sauf|à moins)\b|{_CLOCK_AFTER}|\s*;|{_NOT_ABBREVIATION}\.(?:\s|$)|\s*$)"
)
_STANDING_LEADS = (
    r"\b(?:meetings|sessions|hearings)\b[^.;]{0,120}?\b(?:are|will be)\s+(?:usually\s+|normally\s+|generally\s+"
    r"|typically\s+|regularly\s+)?(?:held|hosted|convened|located)\s+"
    r"(?:(?:at|from)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|noon)?\s+)?(?:at|in)\s+(?:the\s+)?",
    r"\b(?:meetings|sessions|events)\b[^.;]{0,120}?\btake place\s+(?:at|in)\s+(?:the\s+)?",
    r"\b(?:board|commission|committee|council|trustees|directors)\b[^.;]{0,40}?\bmeets\b[^.;]{0,80}?\s(?:at|in)\s+"
    r"(?:the\s+)?",
    r"\b(?:reuniones|sesiones)\b[^.;]{0,120}?\bse\s+(?:celebran|realizan|llevan a cabo|efect[úu]an|desarrollan)"
    r"\s+en\s+(?:el\s+|la\s+)?",
    r"\b(?:réunions|séances)\b[^.;]{0,120}?\b(?:ont lieu|se tiennent|se déroulent)\s+(?:à|au|aux|dans)\s+"
    r"(?:l[ae']\s*)?",
)
_STANDING_VENUE = re.compile(rf"(?:{'|'.join(_STANDING_LEADS)}){_VENUE_TEXT}{_VENUE_END}", re.I)
MAX_STANDING_STATEMENT_CHARS = 400
_MERIDIEM = re.compile(r"\b[ap]\.\s?m\.", re.I)


def standing_venue(blocks: Sequence[Block]) -> str | None:
    """The venue a page says all its meetings are held at, when it says so once (a second, different statement
    leaves the page without one): a bracketed street address after the venue's name becomes its segment,
    "Bistro Campagne (4518 N. Lincoln Avenue)" -> "Bistro Campagne, 4518 N. Lincoln Avenue"."""
    venues = set()
    for block in blocks:
        if len(block.text) > MAX_STANDING_STATEMENT_CHARS or find_dates(block.text):
            continue  # a dated sentence reports a meeting; a page's rule names no day
        # "held at 4:00 p.m. at the Land Bank": the time's stops end no sentence
        text = _MERIDIEM.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), block.text)
        for match in _STANDING_VENUE.finditer(text):
            venue = re.sub(r"\s*\(([^()]*\d[^()]*)\)", r", \1", match.group("venue"))
            venue = re.sub(r"\s+", " ", venue).strip(" ,")
            if venue:
                venues.add(venue)
    return venues.pop() if len(venues) == 1 else None


# "MPI Conference Room at our offices in Washington, DC": the town a standing venue's statement ends with.
_TOWN_OF_VENUE = re.compile(r"\b(?:in|at)\s+(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s*[A-Z][\w.]*)?)\s*$")


def _venue_in_context(reading: _Reading, ctx: DocumentContext) -> tuple[str | None, str | None]:
    """A reading's venue and its country, with what the page says around its entries: a meeting that names no
    venue is at the page's standing venue, and a street address that names no town is in the page's home
    town ("Carbon Arc Bar & Board, 4620 N Lincoln Ave" on a Chicago chamber's page -> "..., Chicago")."""
    location = reading.location
    if location is None and reading.kind == Kind.MEETING and ctx.standing_venue:
        location = ctx.standing_venue
    elif location and ctx.standing_venue and not country_of(location):
        # "· MPI Conference Room" under "events take place in the MPI Conference Room at our offices in
        # Washington, DC": the room the page places, so the entry is in the town the page gives for it.
        standing = ctx.standing_venue
        town = _TOWN_OF_VENUE.search(standing)
        if town and standing.lower().startswith(location.lower()) and country_of(town.group("town")):
            location = town.group("town")
    on_premises = location and all(is_premises(part) for part in location.split(","))  # "MPI Conference Room"
    if (
        location
        and ctx.home
        and (names_street(location) or on_premises)
        and not trailing_place(location)
        and not country_of(location)
    ):
        town, country = ctx.home
        return f"{location}, {town}", country
    return location, None


# "Working Group on Asylum and Refugees (WGAR)": a name the document spells out once, then uses by its acronym
_ACRONYM_IN_BRACKETS = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_NAME_BEFORE = re.compile(
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]*,?\s+(?:(?:on|of|and|for|the|to|de|del|la|las|los|el|y|sur|et|des|du|en)\s+)*){1,9}"
    r"[A-ZÀ-Ý][\w'’-]*)\s*$"
)
MAX_SPELLED_NAME_CHARS = 160
# A title that is only an acronym, perhaps with the kind of its meeting: "WGAR", "TWG meeting", "WGACE Meeting"
_ACRONYM_TITLE = re.compile(r"^\s*(?P<acronym>[A-Z]{2,6})(?:\s+(?:meeting|session|reuni[oó]n|r[ée]union))?\s*$", re.I)


def spelled_out_acronyms(text: str) -> dict[str, str]:
    """The names a document spells out before their acronym, by acronym: {"WGAR": "Working Group on Asylum and
    Refugees (WGAR)"}; an acronym spelled out two ways is left out."""
    found: dict[str, set[str]] = {}
    # (each bracketed acronym first, then the name just before it: one cheap scan of a long report)
    for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
        before = _NAME_BEFORE.search(text[max(0, bracket.start() - MAX_SPELLED_NAME_CHARS) : bracket.start()])
        if before is None:
            continue
        acronym, words = bracket.group("acronym"), before.group("name").split()
        # the name's last words whose initials give the acronym: "The Secretariat met the Working Group on ..."
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:] if w[:1].isupper())
            if initials == acronym:
                found.setdefault(acronym, set()).add(" ".join(words[start:]).rstrip(","))
                break
    return {a: f"{next(iter(names))} ({a})" for a, names in found.items() if len(names) == 1}


def _spelled_out(reading: _Reading, acronyms: dict[str, str]) -> _Reading:
    """A reading titled only by an acronym the document spells out elsewhere, titled by its name ("WGAR" ->
    "Working Group on Asylum and Refugees (WGAR)"), of the kind the name says."""
    match = _ACRONYM_TITLE.match(reading.title)
    if match is None or (name := acronyms.get(match.group("acronym").upper())) is None:
        return reading
    kind = reading.kind if reading.kind in _PUBLICATION_KINDS else classify_kind(name) or reading.kind
    return replace(reading, title=name, kind=kind)


def _to_activity(reading: _Reading, ctx: DocumentContext) -> Activity:
    precision = reading.date.precision if reading.date else DatePrecision.UNKNOWN
    confidence = CONFIDENCE[reading.rule] - PRECISION_PENALTY.get(precision, 0.3)
    is_publication = reading.kind in _PUBLICATION_KINDS
    location, home_country = _venue_in_context(reading, ctx)
    return _activity(
        ctx, reading.kind, reading.title, reading.date,
        location=(venue := city_level(location)),
        country=country_of(venue)
        or country_of(location)
        or (world_city(location) if location else None)  # "Bergen": a town of the world's gazetteer
        or home_country
        or _title_country(reading.title)
        or ctx.country,
        participants=reading.participants,
        authors=tuple(map(natural_order, reading.authors)),
        publisher=reading.publisher,
        publication_type=(reading.publication_type or publication_type_of(reading.snippet)) if is_publication else None,
        status=reading.status,
        **_provenance(ctx, reading.block, reading.snippet, reading.rule, confidence),
    )  # fmt: skip


def _activity(ctx: DocumentContext, kind: Kind, title: str, date: DateSpan | None, **fields: Any) -> Activity:
    """A row: its id, kind, title and dates from what was read, the rest as the rule gives it."""
    start = date.start if date else None
    title = first_language(title)  # a bilingual calendar's "Workshop on Return / Taller sobre Retorno"
    defaults: dict[str, Any] = {"location": None, "country": None, "participants": (), "authors": (), "publisher": None}
    return Activity(
        activity_id=activity_id(ctx.recipient, kind.value, start, title),
        recipient=ctx.recipient,
        kind=kind,
        title=title,
        date_text=date.text if date else None,
        start_date=start,
        end_date=date.end if date else None,
        date_precision=date.precision if date else DatePrecision.UNKNOWN,
        fiscal_year=fiscal_year(start),
        **(defaults | fields),
    )


MAX_KICKER_WORDS = 12
MAX_KICKED_TITLE_WORDS = 25


def _kicker(line: Block, title: Block) -> bool:
    """Whether a short line set smaller above a title heading is its kicker: the entry's day and place
    ("04/17/2007 | WASHINGTON, DC") or its type and month ("REPORT | JUNE 2007"), as newsletters set them."""
    if title.kind != BlockKind.HEADING or line.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        return False
    if line.font_size is None or title.font_size is None or line.font_size >= title.font_size:
        return False
    if len(line.text.split()) > MAX_KICKER_WORDS or len(title.text.split()) > MAX_KICKED_TITLE_WORDS:
        return False
    if find_dates(title.text):
        return False
    if "|" not in line.text or _BY.match(line.text):
        return False  # "By A and B | March 2005": a byline, under its own title
    parts = [p.strip() for p in line.text.split("|")]
    dates = find_dates(line.text)
    if not dates:  # "BOOK | 2007": a year alone after the type
        return bool(re.fullmatch(r"(?:19|20)\d\d", parts[-1])) and names_work_type(parts[0].title())
    # the other field says where or what: "WASHINGTON, DC", "REPORT", "ROUNDTABLE"; not "No. 1", a number in a series
    rest = [p for p in parts if not find_dates(p)]
    named = any(country_of(p.title()) or names_work_type(p.title()) or _ANY_KIND.search(p) for p in rest)
    return dates[0].begin <= len(parts[0]) + len(" | ") + 1 and named


def _box_of(block: Block) -> tuple[float, ...] | None:
    parts = (block.locator or "").split(",")
    try:
        return tuple(float(p) for p in parts) if block.page is not None and len(parts) == 4 else None
    except ValueError:
        return None


def _closer_below(before: Block | None, line: Block, title: Block) -> bool:
    """Whether a line sits nearer the title below it than the block above it (a byline under its own title, "By A |
    March 2005", is nearer the title above)."""
    box, below = _box_of(line), _box_of(title)
    above = _box_of(before) if before is not None and before.page == line.page else None
    if box is None or below is None or above is None or below[1] < box[3] or box[1] < above[3]:
        return True  # no boxes to weigh, or a column's top
    return below[1] - box[3] < box[1] - above[3]


def titles_before_kickers(blocks: list[Block]) -> list[Block]:
    """The blocks with each kicker moved under its title, where the rules look for an entry's dateline or meta line
    ("Title" / "04/17/2007 | WASHINGTON, DC" / its summary)."""
    out = list(blocks)
    i = 0
    while i + 1 < len(out):
        line, title = out[i], out[i + 1]
        if _kicker(line, title) and _closer_below(out[i - 1] if i else None, line, title):
            out[i] = replace(title, order=line.order)
            out[i + 1] = replace(line, order=title.order, kind=BlockKind.PARAGRAPH, heading=title.text)
            i += 2
        else:
            i += 1
    return out


def blocks_to_activities(blocks: Sequence[Block], ctx: DocumentContext, nlp: Nlp) -> list[Activity]:
    """Every activity and publication the blocks list, each with its evidence."""
    text = " ".join(b.text for b in blocks)
    day_first = day_first_in(text, ctx.language)
    # "los días once y doce de marzo de dos mil diez": a record's days in words, read as figures
    blocks = [replace(b, text=spelled) if (spelled := spelled_dates(b.text)) != b.text else b for b in blocks]
    with numeric_order(day_first, month_first_shown(text)):
        rows = _blocks_to_activities(titles_before_kickers([_day_in_month_row(b) or b for b in blocks]), ctx, nlp)
    rows = [a for a in rows if not _excluded(a)]
    # a site names itself in its pages' titles ("Research | Migration Policy Institute") more than in their bodies
    return with_house_reports(with_publishers(rows, f"{ctx.title or ''} {text}", ctx.recipient), ctx.recipient)


_STAMP_WORD = re.compile(
    r"\W*(?:publicad[oa]|published|posted|publi[ée]e?|mis en ligne|actualizad[oa]|updated|last updated|mis à jour)\W*",
    re.I,
)


# A meeting the text says is still to come, its day not yet fixed: "next", "planned for", "will be held"
_TENTATIVE = re.compile(
    r"\b(?:planned for|pr[ée]vue? (?:pour|en|au)|previst[oa] (?:para|en)|next|prochaine?"
    r"|pr[oó]xim[oa]|will (?:be held|take place|meet)|se celebrar[áa]|tendr[áa] lugar|aura lieu|se tiendra)\b",
    re.I,
)
_SECTION_WORD = re.compile(
    r"\b(?:PUBLICATIONS?|PUBLICACIONES|FORTHCOMING|DISTRIBU\w*|SELECTED|NEW|RECENT|NUEVAS|NOUVELLES|À PARAÎTRE)\b"
)
_BYLINE_WORD = re.compile(r"\W*(?:edited|compiled|coordinated|by|editado|coordinado|compilado|par|por|édité)\W*", re.I)
_TYPE_LABEL_WORDS = frozenset([
    "report", "reports", "fact", "sheet", "sheets", "factsheet", "policy", "brief", "briefs", "working", "paper",
    "papers", "book", "books", "study", "article", "informe", "informes", "guía", "estudio", "documento", "de",
    "trabajo", "rapport", "note", "étude", "libro", "publication", "publicación", "", "-",
])  # fmt: skip
_TO_COME = re.compile(r"\W*(?:à paraître|forthcoming|en preparaci[oó]n|en prensa|coming soon|próximamente)\W*", re.I)
MAX_LABEL_AS_TITLE_WORDS = 4


def _label_as_title(title: str) -> bool:
    """Whether a work's title is a label the page sets around works: a year alone ("2005"), a type alone ("Report",
    "FACT SHEET"), a box's name in capitals ("SELECTED PUBLICATIONS 2014", "POLICY BRIEF - FORTHCOMING"), a work to
    come ("À paraître")."""
    words = title.split()
    if re.fullmatch(r"\W*(?:19|20)\d\d\W*", title) or _TO_COME.fullmatch(title) or _BYLINE_WORD.fullmatch(title):
        return True
    if words and all(w.lower().strip(".,:;-–—") in _TYPE_LABEL_WORDS for w in words):
        return True
    return (
        title.isupper()
        and len(words) <= MAX_LABEL_AS_TITLE_WORDS
        and (names_work_type(title) or bool(_SECTION_WORD.search(title)))
    )


def _excluded(activity: Activity) -> bool:
    """A deadline, a closure or another body's meeting read as an event; a work still in preparation."""
    if activity.kind in _PUBLICATION_KINDS:
        if re.fullmatch(rf"\W*{WEEKDAY_NAMES}\W*", activity.title, re.I) or _STAMP_WORD.fullmatch(activity.title):
            return True  # "Jueves, 01 de Marzo de 2012 17:03 | Escrito por Administrador", "Publicado: 12/04/2010"
        if _label_as_title(activity.title):
            return True
        return site_label(activity.title) or not_out_yet(
            activity.title, _sentence_of(activity.title, activity.snippet or "")
        )
    snippet = activity.snippet or ""
    if activity.date_precision != DatePrecision.DAY and _TENTATIVE.search(
        sentence := _sentence_of(activity.title, snippet)
    ):
        return True  # "Prochain Full Round : printemps 2012, lieu à confirmer": a meeting still to be fixed
    return (
        not_an_event(activity.title, sentence := _sentence_of(activity.title, snippet))
        or presented_at_another(sentence)
        or not_an_event("", snippet)
        or issue_masthead(activity.title)
        or (activity.date_precision != DatePrecision.DAY and recipient_masthead(activity.title))
    )


def _spoken_at_next(paragraph: str, sentence: str) -> bool:
    """Whether the sentence after `sentence` says the recipient's staff spoke, or were invited to speak, at the event
    it names ("The National Immigrant Integration Conference will take place in Baltimore, September 9-11, 2013.
    Several NCIIP staff members have been invited to speak; ..."): another body's event."""
    sentences = split_sentences(paragraph)
    at = next((i for i, s in enumerate(sentences) if sentence.strip()[:60] in s), None)
    return at is not None and at + 1 < len(sentences) and staff_spoke_at(sentences[at + 1])


def _sentence_of(title: str, text: str) -> str:
    """The sentence of `text` that names `title` (all of it when none does)."""
    sentences = split_sentences(text)
    return next((s for s in sentences if title[:40].lower() in s.lower()), text)


# The document that lists the works, under its own name and edition ("Publications Catalogue | September 2008
# edition"), is none of them.
_LISTING_NAME = re.compile(
    r"^\W*(?:(?:IGC|MPI|CRM|RCM)\s+)?(?:publications? (?:catalogue|catalog|list)"
    r"|(?:catalogue|catalog|list) of publications|liste des publications|catalogue des publications"
    r"|cat[áa]logo de publicaciones|lista de publicaciones)\W*$",
    re.I,
)
_RELEASED_FIELD = re.compile(r"^(?:released|published|publication date|publicado|publié(?:e)?|paru)\b", re.I)
_BYLINE_FIELD = re.compile(r"^(?i:by|por|par)\s+(?P<names>[A-ZÀ-Ý].*)$")
_PUBLISHER_FIELD = re.compile(r"^(?:publisher|editorial|éditeur)\s*:\s*(?P<name>.+)$", re.I)


# a work's type alone, "Report", "Policy Brief", "Book edited": the line's label, not the work's name
_WORK_TYPE_ONLY = re.compile(
    r"(?:report|policy brief|brief|working paper|fact sheet|book|article|study|paper|informe|rapport|libro|ouvrage"
    r"|documento de trabajo|document de travail|nota de política|note d'orientation)(?:\s+(?:edited|editado|édité))?",
    re.I,
)
MIN_HEADING_TITLE_WORDS = 3


def _card_work(entry: Entry) -> _Reading | None:
    """A card of an events page's grid that is a work's ("Policy Brief | Title | Released 07/17/2012 | By A and B |
    Publisher: X"): its release date and byline say so, and its type label what kind of work it is."""
    if entry.rule != "schedule.card" or not entry.title or entry.date is None:
        return None
    fields = [f.strip() for f in entry.snippet.split(" | ")]
    released = any(_RELEASED_FIELD.match(f) for f in fields)
    byline = next((m for f in fields if (m := _BYLINE_FIELD.match(f))), None)
    label = next((f for f in fields if len(f.split()) <= 3 and publication_type_of(f) != PublicationType.OTHER), None)
    # a type label over the title ("Policy Brief" / title / "Nov. 2015"): a site's listing of all its content
    typed_first = _WORK_TYPE_ONLY.fullmatch(fields[0]) is not None
    if not (released and (byline or label) or typed_first):
        return None
    if classify_kind(entry.title) not in (None, Kind.PUBLICATION, Kind.REPORT):
        return None
    typed = publication_type_of(label) if label else None
    publisher = next((m.group("name").strip() for f in fields if (m := _PUBLISHER_FIELD.match(f))), None)
    authors = names_in(byline.group("names"), bylined=True) if byline else None
    kind = Kind.REPORT if typed == PublicationType.REPORT else Kind.PUBLICATION
    return _Reading(
        "publication.card", kind, entry.title, entry.date, None, entry.snippet, entry.block,
        authors=authors or (), publisher=publisher, publication_type=typed,
    )  # fmt: skip


_MEETINGS_SECTION = re.compile(
    r"^\W*(?:(?:upcoming|past|previous|recent|archived|scheduled|next)\s+)?(?:meetings|hearings|sessions"
    r"|reuniones|sesiones|r[ée]unions|s[ée]ances)\W*$",
    re.I,
)


# What a mixed listing (a site search's results, a "Latest" feed) labels its items, when they are neither an event
# nor a work: "Press Release", "Expert", "News", "Video", "Blog", "Page".
_NOT_ACTIVITY_LABEL = re.compile(
    r"^(?:press releases?|experts?|news|noticias?|nouvelles|videos?|audio|podcasts?|blog(?: post)?|pages?|staff"
    r"|comunicados? de prensa|communiqués? de presse|opinion|in the news|media coverage)$",
    re.I,
)
_EVENT_LABEL = re.compile(r"^(?:events?|eventos?|[ée]v[ée]nements?)$", re.I)
MIN_TYPED_CARDS = 3
MAX_CARD_LABEL_WORDS = 3
MAX_CARD_FIELDS = 6


def typed_result_cards(blocks: Sequence[Block]) -> tuple[list[_Reading], set[int]]:
    """A mixed listing's items, each led by its type label over its linked heading ("Event" / "Title" / "March 12,
    2009" / teaser; "Report" / "Title" / "June 2009" / "By A and B"): an event, a work, or (a press release, an
    expert's profile) nothing, as its label says; at least `MIN_TYPED_CARDS` such items on the page."""
    cards: list[tuple[str, Block, list[Block]]] = []
    for i, block in enumerate(blocks[:-1]):
        heading, key = blocks[i + 1], block.locator or ""
        label = block.text.strip()
        if (
            block.kind != BlockKind.PARAGRAPH
            or heading.kind != BlockKind.HEADING
            or not key
            or not (heading.locator or "").startswith(key + " > ")
            or len(label.split()) > MAX_CARD_LABEL_WORDS
            or not (_NOT_ACTIVITY_LABEL.match(label) or _EVENT_LABEL.match(label) or classify_kind(label)
                    or names_work_type(label))
        ):  # fmt: skip
            continue
        fields = []
        for after in blocks[i + 2 : i + MAX_CARD_FIELDS + 2]:
            if not (after.locator or "").startswith(key):
                break
            fields.append(after)
        cards.append((label, heading, fields))
    families = {
        "none" if _NOT_ACTIVITY_LABEL.match(label) else "work" if _work_label(label) else "event"
        for label, _, _ in cards
    }
    if len(cards) < MIN_TYPED_CARDS or len(families) < 2 or "none" not in families:
        # one kind of card (an events page's "Seminar", "Roundtable"), or events and works only (a report's card
        # among an events page's): the card rules read them, fields and all
        return [], set()
    readings: list[_Reading] = []
    used: set[int] = set()
    for label, heading, fields in cards:
        used.update({heading.order - 1, heading.order, *(b.order for b in fields)})
        if _NOT_ACTIVITY_LABEL.match(label):
            continue
        date = next((d for b in fields if (d := _whole_line_date(b.text))), None)
        snippet = " | ".join([label, heading.text, *(b.text for b in fields)])
        if not _work_label(label):
            if date is None:
                used.difference_update({heading.order - 1, heading.order, *(b.order for b in fields)})
                continue  # "Thursday, May 7, 2009 · 9:30 AM": a card line the card rules read
            kind = classify_kind(label) or classify_kind(heading.text) or Kind.OTHER
            readings.append(_Reading("schedule.card", kind, heading.text, date, None, snippet, heading))
            continue
        authors = next((names for b in fields if _BY.match(" " + b.text) and (names := _names_after_by(b.text))), ())
        kind_of_work = publication_type_of(label)
        kind = Kind.REPORT if kind_of_work == PublicationType.REPORT else Kind.PUBLICATION
        reading = _Reading("publication.card", kind, heading.text, date, None, snippet, heading, authors=authors)
        readings.append(replace(reading, publication_type=kind_of_work))
    return readings, used


def _work_label(label: str) -> bool:
    """A type label that names a work ("Report", "Policy Brief"), not an event about one ("Book Launch")."""
    return names_work_type(label) and classify_kind(label) is None and not _EVENT_LABEL.match(label)


def _whole_line_date(text: str) -> DateSpan | None:
    """The date a line is, and nothing else ("March 12, 2009", "June 2009")."""
    found = find_dates(text)
    return found[0] if len(found) == 1 and len(text.strip(" .")) - len(found[0].text) <= 2 else None


def _names_after_by(text: str) -> tuple[str, ...]:
    """ "By Ana Ruiz and Mark Lee. An analysis ...": the names after "By", up to the sentence's end."""
    byline = re.split(r"\.\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]
    byline = re.sub(r"^\W*(?:by|por|par)\s+", "", byline, flags=re.I).strip(" .")
    return tuple(n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+(?:and|y|et|&)\s+", byline) if n.strip())


# An agenda item's lead before the activity it reports on: "Presentación de conclusiones del Seminario "X"",
# "Conclusions of the Workshop on Y", "Résultats de l'atelier sur Z".
# A recording's source line: "Recorded at the MPI briefing "X"", "Grabado durante el Seminario ...": the event it
# was recorded at, named after the lead
_RECORDED_AT = re.compile(
    r"^\W*(?:recorded|filmed|taped|grabad[oa]|enregistr[ée]e?)\s+(?:at|during|en|durante|lors\s+de|à)\s+"
    r"(?:the\s+|la\s+|el\s+|le\s+|l['’])?",
    re.I,
)
# An interview recorded for a podcast is no event, whatever day it was recorded on
_INTERVIEW = re.compile(
    r"\b(?:studio|telephone|phone)\s+interview\b|\brecorded\s+in\s+(?:the\s+)?(?:\w+\s+)?studio\b"
    r"|\bentrevista\s+telef[oó]nica\b|\bentretien\s+t[ée]l[ée]phonique\b",
    re.I,
)
_REPORT_LEAD = re.compile(
    r"^(?:presentaci[oó]n de (?:las? |los )?|presentation of (?:the )?)?(?:conclusiones|resultados|informe|relator[ií]a"
    r"|conclusions|results|report|outcomes?|r[ée]sultats|compte rendu)\s+(?:del|de la|de los|de|of the|on the|from the"
    r"|de l['’]|du|des)\s*(?=[\"“«]?\w)",
    re.I,
)


def _without_report_lead(title: str | None, kind: Kind) -> str | None:
    """An event's title without an agenda item's lead ("Presentación de conclusiones del Seminario "X"" -> "Seminario
    X") or a recording's ("Recorded at the MPI briefing "X," Washington, DC" -> "X"); a work's title keeps it
    ("Report of the IGC Workshop on ..." is the report)."""
    if title and kind not in _PUBLICATION_KINDS and (recorded := _RECORDED_AT.match(title)):
        rest = title[recorded.end() :]
        if quoted := re.search(r"[\"“«](?P<name>[^\"“”«»]{4,200}?)[,.]?\s*[\"”»]", rest):
            return quoted.group("name").strip(" ,.")  # the event's own name, in quotes after its kind
        return rest[:1].upper() + rest[1:] if rest else title
    if not title or kind in _PUBLICATION_KINDS or not (lead := _REPORT_LEAD.match(title)):
        return title
    rest = title[lead.end() :]
    if not _ANY_KIND.match(rest):
        return title
    rest = re.sub(r"[\"“”«»]", "", rest).strip()
    return rest[:1].upper() + rest[1:]


def _schedule_reading(entry: Entry) -> _Reading | None:
    """A schedule record as a reading: its own title when it names a meeting, else its context's; a work's card
    among an events page's cards, as the work."""
    if work := _card_work(entry):
        return work
    if entry.rule == "schedule.card" and typed_as_document(entry.snippet):
        return None  # "Title" / "25 July 2014" / "Guidance": a document's card, dated when it was published
    if entry.rule == "schedule.card" and entry.title and _CALLED_OFF.search(entry.title):
        return None  # "Immigration Enforcement at the Border (cancelled)": an events page's card, called off
    if entry.title and _OBSERVANCE.search(entry.title) and not _ORGANISED_FOR.search(entry.title):
        return None  # "18 de diciembre | Día Internacional del Migrante": a day observed, not the context's meeting
    entry = _rejoin_title(entry)
    title = tidy_title(_STATUS_WORDS.sub("", entry.title)) if entry.title else None
    context = context_title(entry.context) if entry.context else None
    title = title or context
    if not title and entry.rule == "schedule.table" and _MEETINGS_SECTION.search(entry.block.heading or ""):
        title = "Meeting"  # "Upcoming Meetings" over "September 23, 2026 PC | 07:25 PM | Agenda": a meeting each row
    if not title:
        return None
    label = type_label_after(entry.title, entry.snippet) if entry.title else None
    # "Gestion de l'identité ... | Réunion du WGTech · Canberra", "... | Séance de formation · Bruxelles": the card's
    # meta line after the name says what met
    meta = field_after(entry.title, entry.snippet) if entry.title and not label else None
    group_met = any(_WORKING_GROUP_RE.search(t) or _WG_ACRONYM.search(t) for t in (title, meta or ""))
    meta_kind = classify_kind(meta) if meta else classify_kind(label) if label else None
    kind = (
        classify_kind(title)
        or (Kind.WORKING_GROUP if group_met else None)
        or _typed_cell_kind(entry.block)  # "Month | Day | Event | Location | Format": the row's "Format" cell
        or meta_kind  # "... Immigrants · Roundtable": the line's type label
        # "13 may. – Red de Funcionarios de Enlace ... (Tegucigalpa)": the body met, whatever the page is called
        or (Kind.MEETING if _body_named(title) else None)
        or classify_kind(entry.context or "")
        or _referred_kind(entry)
        or Kind.MEETING
    )
    typed = entry.context if entry.rule == "schedule.card" and entry.context else ""
    if (
        len(typed.split()) <= MAX_KIND_LABEL_WORDS
        and (labelled := classify_kind(typed))
        and not _OPENING_KIND.match(title)
        and not (group_met and kind == Kind.WORKING_GROUP)  # "Points focaux WGTech" over "Téléconférence": the group's
    ):
        # "Briefing" over "Moving Up the Skills Ladder: ... Workforce Training": the card's type (its own line,
        # "Séance de formation · Bruxelles", before its section's "Calendrier des réunions")
        kind = meta_kind or labelled
    location = entry.location
    if _BARE_KIND.fullmatch(title.split(":")[0].strip()) and (quoted := _QUOTED_EVENT_NAME.search(entry.snippet)):
        # 'January 18, 2006 — ROUNDTABLE — Washington, DC: "Immigration Enforcement and the Workplace" ...': a type
        # label, then the town and the name in quotes
        title = quoted.group("name").strip(" ,.")
        if location and quoted.group(0) in location:
            location = location[: location.find(quoted.group(0))].strip(" :,;") or None
    reading = _Reading(entry.rule, kind, title, entry.date, location, entry.snippet, entry.block)
    return replace(reading, status=entry.status)


_QUOTED_EVENT_NAME = re.compile(r"[“\"](?P<name>[^”\"]{3,200}?\s[^”\"]{3,200}?)[”\"]")


# "(press briefing)" after a name, "This two-day conference, co-hosted with ...": the kind a report's row names
# its meeting by, when the name says none.
_REFERRED = re.compile(r"\((?:[\w-]+\s){0,2}[\w-]+\)|\b(?:this|the|el|la|le|ce|cette)\s+(?:[\w-]+\s){0,2}[\w-]+", re.I)


def _referred_kind(entry: Entry) -> Kind | None:
    """The kind a table row's text gives its meeting beside the name ("Election 2006 (press briefing)")."""
    if entry.rule != "schedule.table":
        return None
    return next((k for m in _REFERRED.finditer(entry.snippet) if (k := classify_kind(m.group(0)))), None)


def _rejoin_title(entry: Entry) -> Entry:
    """`8 May 2012 – Working Group on Visas, Borders and Data (WGVBD), Room 3, ..., Ottawa, Canada` read as
    title "Working Group on Visas" and venue "Borders and Data ...": a comma inside a title is no venue
    boundary. The venue is the known place the line ends with (and the room or building before it)."""
    if not entry.title or not entry.location:
        return entry
    snippet = re.sub(r"\s+", " ", entry.snippet)
    at = snippet.find(entry.title)
    joined = without_notes(snippet[at:]).strip(" .;") if at >= 0 else ""
    if not joined.startswith(f"{entry.title}, ") or find_dates(joined):
        return entry  # the title and venue are not the line's end, as written
    segments = [s.strip() for s in joined.split(",")]
    first = len(entry.title.split(","))  # the title's own segments
    cut = len(segments)
    while cut > first and _is_place(segments[cut - 1]):
        cut -= 1
    if cut < len(segments):
        cut = _with_city(segments, cut)
    while cut > first and is_premises(segments[cut - 1]):
        cut -= 1
    if cut == len(segments) or cut <= first:
        return entry  # no known place at the end, or the venue already starts after the title
    title = ", ".join(segments[:cut])
    if not _balanced(title) or classify_kind(title) != classify_kind(entry.title):
        return entry
    if not _TITLE_LIST_END.search(segments[cut - 1]):
        return entry  # "Steering Group, IGC Secretariat, Geneva": who met or hosted, not the title's subjects
    return replace(entry, title=title, location=", ".join(segments[cut:]))


# The last of a title's comma-separated subjects: "X, Y and Z", "..., Control and Enforcement (WGACE)".
_TITLE_LIST_END = re.compile(r"\s(?:and|y|e|et|&)\s|\([A-Z][A-Za-z]{1,9}\)$")


_CALLED_OFF = re.compile(r"[(—–-]\s*(?:cancel+ed|canceled|cancelad[ao]|annul[ée]e?|suspendid[ao])\s*\)?\s*$", re.I)
# "Committee Meeting CANCELLED", "Finance (Revised Time)": the record's status, not the meeting's name.
_STATUS_WORDS = re.compile(
    r"\s*[-–—(]*\s*\b(?:cancel+ed|canceled|postponed|rescheduled|revised time|time change|cancelad[ao]|annul[ée]e?)"
    r"\b\)?",
    re.I,
)


_SCHEDULE_WORDS = re.compile(
    r"\b(?:schedule|calendar|notices|agendas?|minutes|archives?|dates|upcoming|next|scheduled|regular"
    r"|calendario|calendrier|&|and|y|et)\b\s*",
    re.I,
)


_OF_WHAT = re.compile(
    r"^(?:(?:of|de|del|des|du)\s+(?:the\s+|las\s+|los\s+|les\s+)?)?"
    r"(?:activities|events|actividades|eventos|activit[ée]s|[ée]v[ée]nements)?$|^(?:of|de|del|des|du)\s+(?=[A-ZÀ-Ý])",
    re.I,
)


def context_title(name: str) -> str | None:
    """A heading naming a body's meetings as a title: "2022 Board Meeting Schedule" -> "Board Meeting"."""
    text = _BARE_YEAR.sub("", name)
    text = re.sub(r"\s*\([^)]*\)", "", text)
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"^\W*" + _SCHEDULE_WORDS.pattern, "", text, flags=re.I)
        text = re.sub(r"\s*" + _SCHEDULE_WORDS.pattern.rstrip("\\s*") + r"\W*$", "", text, flags=re.I)
        text = text.strip(" ,;:–—-|")
    text = _OF_WHAT.sub("", text)  # "Calendar of Activities": the calendar's, no name of a meeting
    text = _KIND_PLURAL.sub(r"\1", clean_title(text)) if text else ""
    return tidy_title(text) if text else None


def _read_by_columns(block: Block) -> bool:
    """Whether the `Date | Meeting | Venue` rule reads this row: its title column names an activity,
    not only the documents it links ("Agenda & Documents") or its status ("Meeting Notice")."""
    # A row called off ("Working Group on Asylum, Brussels - cancelled") is still the columns rule's to read
    # (and to drop): a list of activities held is no schedule whose cancelled meetings keep a status.
    if posted_news_row(block.cells):
        return False  # "Posted | Headline | Summary": a newsroom's row, whose summary the prose rules read
    reading = _columns_reading(block) if block.header else None
    if reading is None or is_link_text(reading.title) or find_dates(reading.title):
        return False  # the "title" column holds links, a status or dates: a schedule, not a list of events
    return not any(names_deadline(h) for h in block.header)


# A programme of work's sub-bullet under the body it concerns: "tenue à Oslo (Norvège), les 2 et 3 juin 2010",
# "prévue à Genève, les 1er et 2 mars 2011", "held in Bern on 4 May 2009", "celebrada en Managua, el 3 de mayo".
_SUB_MEETING = re.compile(
    r"^(?:tenue?s?|organisée?s?|held|convened|celebrad[ao]s?|realizad[ao]s?"
    r"|prévue?s?|planned|scheduled|prevista?s?|programad[ao]s?)"
    r"\s+(?:à|au|aux|en|in|at)\s+(?P<place>[A-ZÀ-Ý][^,;]*?)\s*,?\s*(?:les?|on|el|los|du)?\s*(?=\d)",
    re.I,
)


def sub_bullet_readings(blocks: Sequence[Block]) -> tuple[list[_Reading], set[int]]:
    """A programme of work's list: an undated item naming a body ("Groupe de travail sur le retour"), then
    items that are only its meetings, each a participle, a place and a date ("tenue à Copenhague (Danemark),
    les 15 et 16 octobre 2009"). Each such item is one meeting of that body, held or planned; the orders of
    the items read are returned so that no other rule reads them again."""
    readings: list[_Reading] = []
    used: set[int] = set()
    parent: Block | None = None
    for block in blocks:
        if block.kind != BlockKind.LIST_ITEM:
            parent = None
            continue
        match = _SUB_MEETING.match(block.text)
        if match is None:
            dated = bool(find_dates(block.text))
            parent = None if dated else block
            continue
        if parent is None or (kind := classify_kind(parent.text)) is None:
            continue
        dates = find_dates(block.text[match.end() :])
        if not dates:
            continue
        place = re.sub(r"\s*\(([^()]+)\)\s*$", r", \1", match.group("place").strip())
        title = clean_title(parent.text)
        snippet = f"{parent.text}\n{block.text}"
        readings.append(_Reading("list.sub_meeting", kind, title, dates[0], place, snippet, block))
        used.add(block.order)
    return readings, used


def merged_date_cells(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, with each table row whose date cell is empty lent the date of the row above in the same
    table: a date cell merged over two activities (`22 de abril | Reunión ...` / ` | Seminario ...`) is
    drawn once, so the second activity's row comes out with no date, though it is on the same day."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        col = _column(block.header, DATE_HEADERS) if block.kind == BlockKind.TABLE_ROW and block.header else None
        if (
            col is not None
            and prev is not None
            and prev.kind == BlockKind.TABLE_ROW
            and prev.header == block.header
            and len(prev.cells) == len(block.cells) > col
            and not block.cells[col].strip()
            and prev.cells[col].strip()
            and find_dates(prev.cells[col])
            and any(c.strip() for i, c in enumerate(block.cells) if i != col)
        ):
            cells = tuple(prev.cells[col] if i == col else c for i, c in enumerate(block.cells))
            block = replace(block, cells=cells, text=" | ".join(cells))
        out.append(block)
    return out


# "¹ See the ACE Working Group meeting report circulated on 15 July 2009. ² Formerly ...": a page's footnotes,
# which explain the text; the activities are the text's.
_FOOTNOTES = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_BESIDE_NOTE = re.compile(
    r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+(?:preceded|followed|pr[ée]c[ée]d[ée]e?s?|suivie?s?|precedid[ao]s?|seguid[ao]s?)\b", re.I
)


# A section listing the meetings a period saw: "Reuniones celebradas durante la PPT", "Meetings held in 2008", "Liste
# des réunions", "Calendar of meetings".
_MEETINGS_HELD = re.compile(
    r"\b(?:reuniones|actividades|meetings|activities|réunions|activités)\s+(?:celebradas|realizadas|held|tenues"
    r"|organi[sz]ed|organisées|organizadas)\b|\b(?:list|calendar|lista|calendario|liste|calendrier)\s+(?:of|de|des)"
    r"\s+(?:meetings|reuniones|réunions|actividades|activities|activités)\b",
    re.I,
)


# "The Coordinator reported that the following IGC meetings had been held since the last Steering Group meeting:"
_HELD_LIST_INTRO = re.compile(
    r"\b(?:following|siguientes|suivantes)\b[^.:]{0,60}\b(?:meetings|activities|events|reuniones|actividades"
    r"|eventos|réunions|activités)\b[^.:]{0,40}\b(?:held|took place|celebrad[ao]s|realizad[ao]s|tenues|eu lieu)\b",
    re.I,
)


def _held_list_intro(block: Block) -> bool:
    """Whether minutes introduce a list of meetings held ("... the following IGC meetings had been held since the
    last meeting:"), which the record reports as a report's are."""
    return (
        block.kind == BlockKind.PARAGRAPH
        and block.text.rstrip().endswith(":")
        and bool(_HELD_LIST_INTRO.search(block.text))
    )


_OTHERS_WORKS = re.compile(
    r"\b(?:publications?|reports?|resources?|publicaciones|documentos)\s+(?:from|by|of|de)\s+(?:our\s+)?"
    r"(?:partners?|partner organi[sz]ations|other organi[sz]ations|other bodies|otras organizaciones|otros organismos"
    r"|otras instituciones|organizaciones asociadas|autres organismes)\b"
    r"|\b(?:partners'|external|third-party)\s+publications\b"
    r"|\bpublications\s+d['’](?:autres organisations|partenaires)"
    # "Documentos de referencia (no elaborados por la CRM)", "Other sources cited": works the report cites
    r"|\bno\s+elaborad[oa]s\s+por\b|\bnot\s+(?:produced|prepared|published)\s+by\b|\bnon\s+(?:produits|r[ée]alis[ée]s)\s+par\b"
    r"|^\W*(?:other|otras|autres)\s+(?:sources|fuentes)\b"
    # "Other publications of interest", "Documents of other organizations referred to ... (not IGC publications)"
    r"|\bother\s+(?:publications|reports|documents|resources)\s+of\s+interest\b"
    r"|\botras\s+publicaciones\s+de\s+inter[ée]s\b|\bautres\s+publications\s+d['’]int[ée]r[êe]t\b"
    r"|\b(?:documents?|publications?|reports?|works)\s+(?:of|from|by)\s+other\s+(?:organi[sz]ations|bodies|institutions)\b"
    r"|\bnot\s+(?:[A-Z]{2,5}\s+)?publications\b"
    # "Otras publicaciones citadas en el informe (no financiadas por el MPDP):" (not "Works Cited", the own ones)
    r"|\b(?:otras|other|autres)\s+(?:publicaciones|publications|works|obras|documentos|documents)\s+"
    r"(?:citad[oa]s|cited|cit[ée]e?s)\b"
    r"|\bno\s+financiad[oa]s\s+por\b|\bnot\s+funded\s+by\b|\bnon\s+financ[ée]e?s\s+par\b"
    # "Documentos de referencia de otras organizaciones", "Reference documents of other organisations"
    r"|\b(?:documentos|publicaciones|documents|publications|reports)\s+(?:\w+\s+){1,3}(?:of|from|by|de|d['’])\s+"
    r"(?:otras\s+organizaciones|otros\s+organismos|other\s+organi[sz]ations|autres\s+organisations)\b"
    # "Related research from other organizations", "Selected literature on IGC", "Estudios de otras instituciones"
    r"|\b(?:research|reading|literature|works|studies)\s+(?:from|by)\s+other\s+(?:organi[sz]ations|authors|bodies"
    r"|institutions|sources)\b|\bliterature\s+(?:on|about)\b"
    r"|\b(?:investigaciones|estudios|lecturas|obras)\s+de\s+otr[oa]s\s+(?:organizaciones|autores|instituciones)\b"
    r"|\b(?:travaux|[ée]tudes|lectures|ouvrages)\s+d['’]autres\s+(?:organisations|auteurs|institutions)\b",
    re.I,
)
_OTHERS_MEETINGS = re.compile(
    r"\b(?:participaci[oó]n|participation|attendance|representation|representaci[oó]n|asistencia)\b[^.]{0,60}?"
    r"\b(?:otros|otras|other|autres|d['’]autres|external|externos|externas)\s+(?:foros|forums?|fora|meetings|reuniones"
    r"|réunions|eventos|events|instances|bodies|organismos|organizaciones|organisations|organizations)\b"
    r"|\b(?:meetings|reuniones|réunions|events|eventos)\s+(?:of|de|d['’])\s+(?:other|otros|otras|autres)\s+"
    r"(?:bodies|organi[sz]ations|organismos|organizaciones|instances|organisations)\b",
    re.I,
)
_SUMMARY_IN_LANGUAGE = re.compile(
    r"^\W*(?:r[ée]sum[ée]|resumen|summary|sommaire|s[ií]ntesis|synth[èe]se)\s+(?:en|in)\s+(?:fran[cç][ae]i?s|french"
    r"|espa[ñn]ol|spanish|espagnol|english|ingl[ée]s|anglais)\s*:",
    re.I,
)


def _others_list_items(blocks: Sequence[Block]) -> set[int]:
    """The items of a list whose lead-in says they are others' works ("The following are not IGC publications:")."""
    items: set[int] = set()
    lead: Block | None = None
    for b in blocks:
        if b.kind == BlockKind.LIST_ITEM and lead is not None and b.heading == lead.heading:
            items.add(b.order)
            continue
        lead = b if b.text.rstrip().endswith(":") and _OTHERS_WORKS.search(b.text) else None
    return items


_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b)", re.I)


def _blocks_to_activities(blocks: Sequence[Block], ctx: DocumentContext, nlp: Nlp) -> list[Activity]:
    # A footnote cites a source, unless it is a calendar's note on a meeting held beside the one it marks
    # ("¹ Précédée d'une réunion du Groupe de pilotage le 12.11.2007").
    blocks = [b for b in blocks if not _FOOTNOTES.match(b.text) or _BESIDE_NOTE.match(b.text)]
    acronyms = spelled_out_acronyms(" ".join(b.text for b in blocks))

    if ctx.country is None:
        # The title, the headings and the opening of the text say what a document is about.
        opening = [b.text for b in blocks[:COUNTRY_SAMPLE_BLOCKS]]
        headings = [b.text for b in blocks if b.kind == BlockKind.HEADING]
        ctx = replace(ctx, country=document_country([ctx.title or "", *headings, *opening]))
    if ctx.standing_venue is None and ctx.home is None:
        # What the page says of all its entries: where its meetings are held, and its own town.
        ctx = replace(ctx, standing_venue=standing_venue(blocks), home=home_town(b.text for b in blocks))
    # the year the page states for all it shows ("Showing events for 2014.", "© 2011 ..."): yearless badges' year
    stated_year = page_stated_year(blocks) or ctx.copyright_year
    # "© 2001-2009 Migration Policy Institute · 1400 16th St. NW": a page's footer gives its town, no work of its years
    blocks = [b for b in blocks if not _COPYRIGHT.match(b.text)]
    # "Related publications from partner organisations": other bodies' works, which the page points to
    # (or led by a label saying so: "Otras publicaciones citadas ... (no financiadas por el MPDP): OIM, Informe ...");
    # a summary in the other language retells the section above it ("Résumé en français : le WGTech s'est réuni ...")
    introduced = _others_list_items(blocks)
    blocks = [
        b
        for b in blocks
        if not _OTHERS_WORKS.search(b.heading or "")
        and not (":" in b.text and _OTHERS_WORKS.search(b.text.split(":", 1)[0]))
        and not _SUMMARY_IN_LANGUAGE.match(b.text)
        and b.order not in introduced
    ]
    item_of = news_items(blocks)  # a news item's blocks, by the element of the item
    posted_on = _posting_days(blocks, item_of)  # a listed news item's posting day, by that element
    news_blocks = list(blocks)  # what a news item's body says of the work its headline announces
    announced = [
        work
        for b in blocks
        if b.kind == BlockKind.HEADING and item_of.get(b.order) in posted_on and (work := announced_work(b))
    ]
    # A news list set in a table ("Titre | Corps | Publié le") is no listing of works: its headlines' works, and what
    # their bodies tell, are read below.
    gridded_news = {item_of[b.order] for b in blocks if b.header and b.order in item_of}
    posted_items = {b.order for b in blocks if item_of.get(b.order) in gridded_news}
    if news_page(blocks, ctx.title):
        # A newsroom's items ("Nueva publicación de la CRM" / "Publicado: 12/04/2010" / body): news, each dated when it
        # was posted, no listing of works; the works their headlines announce are read below.
        posted_items |= {b.order for b in blocks if b.order in item_of}
    publications, used = find_publications(
        [b for b in blocks if b.order not in posted_items], ctx.language, title=ctx.title
    )
    blocks = merged_date_cells([b for b in blocks if b.order not in used])
    issue = issue_month(blocks, ctx.title)
    pubs = [_publication_to_activity(p, ctx, issue) for p in publications if not _LISTING_NAME.match(p.title)]
    one_document = blocks and (
        blocks[0].page is not None
        or agenda_page(blocks)
        or dated_document_title(ctx.title) is not None
        or titled_minutes(blocks, ctx.title) is not None
    )
    header: list[_Reading] = []
    notice = False
    if (one_document and (meeting := one_meeting(blocks, ctx.title))) or (meeting := programme_page(blocks)):
        header = [reading] if (reading := _schedule_reading(meeting)) else []
        reports = (
            PROCEEDINGS.search(meeting.snippet)
            or any(b.kind == BlockKind.HEADING and _MEETINGS_HELD.search(b.text) for b in blocks)
            or any(_held_list_intro(b) for b in blocks)
            or _reports_activities(blocks, meeting.block)
            or _calendar_table(blocks)
        )
        # An agenda, a notice or minutes: one meeting, whatever its body dates, but for the other meetings its body
        # names with their place and day ("Working Group on COI, Geneva, 8-9 March 2011: report by ...")
        notice = not reports
        # The record of one meeting's proceedings, or one that lists the meetings held ("Anexo I. Reuniones
        # celebradas durante la PPT"): its meeting, and what it reports, as a report's are read; its header's lines
        # are read once.
        header_lines = set(meeting.snippet.split(" | "))
        blocks = [b for b in blocks if b.text not in header_lines]
    if not header and (page_event := event_page(blocks)):
        # A page about one event ("Briefing" / its title / its day, hours and venue): that event, and what its body,
        # speakers and sidebars list besides
        header = [reading] if (reading := _schedule_reading(page_event[0])) else []
        blocks = [b for b in blocks if b.order not in page_event[1]]
    typed_cards, typed_used = typed_result_cards(blocks)
    blocks = [b for b in blocks if b.order not in typed_used]
    # a month's grid of weekday columns: its cells are days, not a table's records
    grid = month_table(blocks) + body_meeting_items(blocks) + advisory_entries(blocks)
    gridded = {order for _, orders in grid for order in orders}
    blocks = [b for b in blocks if b.order not in gridded]
    # a blog's event posts, each a title over its stamp, its type label and its "Date:" field
    posts = [(r, i) for i in range(len(blocks)) if (r := _label_then_dateline(blocks, i)) is not None]
    posted = {b.order for _, i in posts for b in blocks[i : i + POST_FIELDS_AT + 1]}
    blocks = [b for b in blocks if b.order not in posted]
    entries, used = find_schedule_entries(
        blocks, ctx.title, claimed=_read_by_columns, as_of=ctx.as_of, stated_year=stated_year
    )
    blocks = [b for b in blocks if b.order not in used]
    entries = [e for e, _ in grid] + entries
    readings: list[_Reading] = header + typed_cards + [r for e in entries if (r := _schedule_reading(e))]
    readings += [r for r, _ in posts]
    lent = lent_year(blocks, ctx.title, ctx.as_of) or masthead_year(blocks)
    readings += [r for i in range(len(blocks)) for r in heading_readings(blocks, i, lent)]
    sub_meetings, used = sub_bullet_readings(blocks)
    readings += sub_meetings
    blocks = [b for b in blocks if b.order not in used]
    pending: list[tuple[Block, str, str, int | None]] = []
    # The year of the last date under each heading: a list dated "14 October 2015" goes on "22 October".
    last_year: dict[str | None, int] = {}
    # The last full date under each heading: a news item's posting date, which "dernier"/"next" count from.
    last_date: dict[str | None, datetime.date] = {}
    # Under a heading that has none yet, the last in the document: a news item posted ("Publié le 24 avril
    # 2009") just above its headline dates the body below that headline.
    # Before any, the one year the page's title or first heading names ("Presidencia Pro Tempore de Honduras 2010").
    first_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), None)
    titled_year = heading_year(ctx.title) or heading_year(first_heading)
    latest_year: int | None = titled_year
    covered = covered_period(blocks)
    latest_date: datetime.date | None = None
    names = [ctx.title or "", *(b.text for b in blocks if b.kind == BlockKind.HEADING)]
    consumed: dict[int, str] = {}
    news_day: dict[str | None, datetime.date] = {}  # a press release's dateline, by the item its paragraphs sit in
    datelined: dict[int, tuple[str, datetime.date]] = {}  # a release's dateline town and day, by its block
    typed: list[_Reading] = []  # works named by type, title and month in prose
    running_year = latest_year or (covered and covered[0].year)
    for i, block in enumerate(blocks):
        if block.kind == BlockKind.PARAGRAPH and (pair := two_meetings_readings(block, names))[1]:
            readings += pair[0]
            consumed[block.order] = pair[1]
        elif block.kind == BlockKind.PARAGRAPH and (listed := topic_list_readings(block))[1]:
            readings += listed[0]
            consumed[block.order] = listed[1]
        elif run_in := run_in_readings(blocks, i, heading_year(block.heading) or running_year, covered):
            readings += run_in
            consumed[block.order] = run_in[0].snippet
        if days := [d for d in find_dates(block.text) if d.precision == DatePrecision.DAY]:
            running_year = days[-1].start.year  # the year the text goes on in, for a run-in's day without one
        elif block.kind == BlockKind.HEADING and _YEAR_ALONE.fullmatch(block.text):
            running_year = int(block.text.strip())  # "2009" over its run-in heads ("Third plenary meeting")
    for block, text in _table_header_rows(_candidates(blocks)):
        if (span := consumed.get(block.order)) and any(
            c.strip(" .") in text or text.strip(" .") in c for c in span.split(";")
        ):
            continue  # "the first meeting ...; the second, ...": read above, two meetings
        if _NOT_AN_ACTIVITY.search(text):
            # "The 2011 Full Round will be hosted in Canberra on 24-25 May. Registration closes on 29 April.": the
            # deadline's sentence goes, the meeting's stays
            sentences = split_sentences(text)
            text = " ".join(s for s in sentences if not _NOT_AN_ACTIVITY.search(s)) if len(sentences) > 1 else ""
            if not text or _NOT_AN_ACTIVITY.search(text):
                continue  # staff news, an appointment, a press release: dated, but no activity
        if not text or _OWN_TALK.match(text) or _role_elsewhere(text, ctx.recipient):
            continue
        if _meeting_paper(block):
            continue  # "Annex II - Meeting documents" / "IGC/FR/2008/1 | Draft agenda | 2 May 2008": a paper issued
        if block.kind == BlockKind.TABLE_ROW and block.header and text == block.text:
            reading = row_to_reading(block)
            if reading is None and (
                (year := heading_year(block.heading))
                or (covered and (year := last_year.get(block.heading, latest_year)))
            ):
                # "Sept. 27 | Webinar | Title" in a schedule of "September 2012 - February 2013": the year that puts
                # the row's day in the period, else the one the text goes on in
                dated = _row_with_year(block, year_in_period(block.text, year, covered))
                reading = row_to_reading(dated) if dated is not None else None
            if reading:
                readings += [reading, *_other_meeting_cells(block, reading)]
                continue
            # not a list view's bookkeeping ("Modified: 10/4/2010 10:02 AM"), which dates no meeting
            kept = [
                c
                for i, c in enumerate(block.cells)
                if i >= len(block.header) or not STAMP_COLUMN.match(block.header[i])
            ]
            text = ", ".join(_content_cells(kept))
            if posted_news_row(block.cells):
                text = [c for c in block.cells if c.strip()][-1]  # a newsroom's summary, without its headline
        elif (
            block.kind == BlockKind.TABLE_ROW
            and not block.header
            and text == block.text
            and posted_news_row(block.cells)
        ):
            # "12 June 2006 | Full Round in Montreux The 2006 IGC Full Round took place in Montreux from 31 May to 2
            # June 2006 ...": a news list set as a table with no header, the day it was posted beside the item
            text = [c for c in block.cells if c.strip()][-1]
        lent: int | None = None  # a year the context lends a year-less date
        written = text
        if (day := _dateline_day(text)) is not None:
            news_day[_item_key(block)] = day
            datelined[block.order] = (_DATELINE.match(text).group("place"), day)
        if (item := _headlined_item(text)) is not None:
            # "Migración laboral: el taller se realizó · Publicado: 24/11/2009 Tras su suspensión en junio, el Taller
            # ...": an archive's item, its headline and the day it was posted run into its body
            text, day = item
            text = _news_dated(text, day, covered)
        elif (day := news_day.get(_item_key(block)) or posted_on.get(item_of.get(block.order))) is not None:
            # "Ciudad de Panamá, 21 de noviembre de 2012.- ... concluyó ayer la XVII Reunión ...": the days a press
            # release counts from its dateline, read as dates; the dateline itself dates no activity
            if (lead := posted_lead(text)) and lead.begin <= 1:
                text = text[lead.stop :].lstrip(" —–-")  # the day it was posted, not of what it tells
            text = _DATELINE.sub("", _news_dated(text, day, covered), count=1)
        if (dates := find_dates(text)) and (listed := _list_with_year(text, dates[0])) != text:
            text, lent, dates = listed, dates[0].start.year, find_dates(listed)
        if (
            dates
            and all(d.precision != DatePrecision.DAY for d in dates)
            and (yearless := _YEARLESS.search(text))
            and not yearless.group("numeric")  # "after 9/11": no day of the year
            and yearless.end() <= dates[0].begin
            and (year := heading_year(block.heading) or last_year.get(block.heading, latest_year))
        ):
            # "El 9 de diciembre el GRCM sostuvo una reunión ... para el ejercicio enero-diciembre 2011": the day
            # before the dated purpose is in the year the text goes on in
            if not heading_year(block.heading):
                year = year_in_period(text, year, covered)
            text, lent = with_year(text, year), year
            dates = find_dates(text)
        narrated = {int(m.group(1)) for m in _NARRATED_YEAR.finditer(text)} if not dates else set()
        if len(narrated) == 1 and (latest_year is None or min(narrated) < latest_year):
            # "Este número recoge las actividades del segundo semestre de 2010": the year the text goes on in, until
            # a date says another ("las memorias se publicarán en el primer trimestre de 2012" does not). A page
            # posted in January 2009 tells "the following activities during 2008" in 2008.
            latest_year = narrated.pop()
        if dates or (dates := _year_field(text)):
            # "renewed until 31 December 2010": a term's or a deadline's year is not the one the text goes on in
            when = [d for d in dates if not _NOT_WHEN.search(text[: d.begin])]
            # "lessons from the 1986 Immigration Reform and Control Act, which took effect on November 6, 1986", in
            # an issue of June 2006: history the text recalls, not the year it goes on in
            when = [d for d in when if not titled_year or d.start.year >= titled_year - MAX_RECALLED_YEARS]
            if when:
                last_year[block.heading] = latest_year = when[-1].start.year
                if when[-1].precision == DatePrecision.DAY:
                    last_date[block.heading] = latest_date = when[-1].start
        elif (
            (year := heading_year(block.heading) or last_year.get(block.heading, latest_year)) or _OWN_YEAR.search(text)
        ) and (yearless := _YEARLESS.search(text)):
            if (own := _own_year(text, yearless.start())) is None and year and not heading_year(block.heading):
                year = year_in_period(text, year, covered)
            year = own or year
            if not year:
                continue  # a year only after the days ("adoptados en 2007") and none around: no date to read
            year = relative_year(text, year, last_date.get(block.heading, latest_date))
            text, lent = with_year(text, year, every=True), year
            if not find_dates(text):
                continue
            latest_year = year  # the text goes on in the year its heading gave it
        elif (month := _month_in_period(block.heading, last_year.get(block.heading, latest_year), covered)) and (
            reading := prose_work_reading(text, block, month)
            or bylined_release_reading(text, block, month)
            or italic_work_reading(text, block, month)
        ):
            # a newsletter's month section: "We also released the report X, by A.", "MPI released *X* by A and B in
            # October"
            readings.append(reading)
        elif (when := issue or (year := heading_year(block.heading)) and parse_date(str(year), allow_year=True)) and (
            reading := prose_work_reading(text, block, when)
            or issue
            and (bylined_release_reading(text, block, issue) or italic_work_reading(text, block, issue))
        ):
            readings.append(reading)  # under "Also published in 2009": "Title, a fact sheet by A."
            continue
        else:
            continue
        # "En el marco de la reunión, el jueves 4 de marzo, la PPT organizó el Seminario ...": the setting names the
        # meeting around the activity, not the activity the sentence tells
        text = _SETTING_LEAD.sub("", text)
        if reading := announced_work_reading(text, block):
            readings.append(_evidence_as_written(reading, text, written, lent))
            continue  # "New publication: Title (IGC Secretariat, November 2008).": the work, not a workshop it names
        # works a report's prose names by type, title and month; the same sentences may tell events too
        typed += [_evidence_as_written(r, text, written, lent) for r in typed_works_readings(text, block)]
        if counted := counted_readings(text, block) or quoted_works_readings(text, block):
            readings += [_evidence_as_written(r, text, written, lent) for r in counted]
            continue
        if bracketed := bracketed_event_readings(text, block):
            readings += [_evidence_as_written(r, text, written, lent) for r in bracketed]
            # the same sentence may tell another activity without brackets ("... at its meeting in Geneva on 8
            # March 2012, and heads of delegation at the Spring Full Round in Oslo (30 May - 1 June 2012) ...")
            if (reading := meeting_of_day_reading(text, block)) and all(
                reading.date and r.date and reading.date.start != r.date.start for r in bracketed
            ):
                readings.append(_evidence_as_written(reading, text, written, lent))
            continue
        if (
            (card_line(text) and (reading := publication_to_reading(text, block)))
            or (reading := dotted_record_reading(written, block))
            or (reading := decision_reading(text, block))
            or (reading := bare_meetings_reading(text, block))
            or (reading := rescheduled_reading(text, block))
            or (reading := postponed_reading(text, block))
            or (reading := participle_reading(text, block))
            or (reading := opening_participle_reading(text, block))
            or (reading := italic_work_reading(text, block))
            or (reading := prose_work_reading(text, block, issue))
            or (reading := bylined_release_reading(text, block))
            or (reading := quoted_work_reading(text, block))
            or (reading := released_work_reading(text, block))
            or (reading := apposed_work_reading(text, block))
            or (reading := meeting_of_day_reading(text, block))
            or (reading := framed_event_reading(text, block))
            or (reading := testimony_reading(text, block))
            or (reading := own_kind_named_reading(text, block))
            or (reading := spoke_at_reading(text, block))
            or (reading := convened_meeting_reading(text, block))
            or (reading := held_reading(text, block))
            or (reading := participle_clause_reading(text, block))
            or (reading := met_for_reading(text, block))
            or (bylined_entry(text) and (reading := publication_to_reading(text, block)))
        ):
            readings += _written_readings(reading, text, written, lent)
        elif (
            _ANY_KIND.search(text)
            and (not _DOC_VERB.search(text) or _HELD_KIND.search(text))
            and not _heading_says(block, PUBLICATION_HEADINGS + ISSUED_WORKS_HEADINGS)
            and not _PRESENT_ONE.search(text)
        ):
            pending += [(block, clause, said, lent) for clause, said in _two_clauses(text, written)]
        elif (
            (reading := elliptic_reading(text, block))
            or (reading := met_reading(text, block))
            or (reading := document_link_to_reading(text, block))
            or (reading := publication_to_reading(text, block))
        ):
            readings += _written_readings(reading, text, written, lent)
    # spaCy runs only on the few candidate sentences, in one batch; a text past the model's limit
    # (a paragraph of a million characters) is left to the other rules (`extraction` logs it).
    pending = [p for p in pending if nlp.fits(p[1])]
    for (block, text, written, lent), doc in zip(pending, nlp.pipeline.pipe(p[1] for p in pending), strict=True):
        kind_starts = sorted(span.start_char for span in doc.spans.get(KIND_SPANS_KEY, []))
        # "l'atelier", "d'un séminaire": an elided article glues the kind word to a token the phrase rules miss.
        kind_starts = kind_starts or [m.start() for m in _ANY_KIND.finditer(text)]
        ents = [(ent.text, ent.label_) for ent in doc.ents] if nlp.has_entities else []
        if (reading := sentence_to_reading(text, block, kind_starts, ents)) and not _spoken_at_next(block.text, text):
            readings += _written_readings(reading, text, written, lent)
    readings = _with_announced_works(readings, announced, news_blocks, item_of, posted_on)
    readings = _without_posted_headlines([_at_dateline_town(r, datelined.get(r.block.order)) for r in readings])
    readings = [t for r in _cards_told_once(readings) for t in _two_told_as_one(r)]
    readings = [
        r
        for r in readings
        if not (r.kind in (Kind.REPORT, Kind.PUBLICATION) and (_ISSUER_ONLY.match(r.title) or _names_venue(r)))
        # "WASHINGTON — As negotiators at the UN climate conference in Copenhagen ...": a release's opening, no name
        and not _DATELINED_TITLE.match(r.title)
    ]
    if header and header[0].date is not None:
        readings = [r for r in readings if r in header or not _part_of(r, header[0])]
    for i, work in enumerate(typed):
        # the byline another rule read ("by the Study Group's co-chairs, E. Villanueva and C. Morrow") it keeps
        if not work.authors and (same := next((r for r in readings if _restates(r, [work]) and r.authors), None)):
            typed[i] = replace(work, authors=same.authors)
    readings = [r for r in readings if not _restates(r, typed)] + typed
    # Last, the cards of an events page no rule read: a title, one day, a venue make an event whatever the title
    # says. Not one called off ("Annulée", "cancelled"), which the rules that read such text leave out too.
    read = {r.block.order for r in readings}
    cards = titled_cards(blocks, ctx.title, as_of=ctx.as_of, stated_year=stated_year) + dated_headings(
        blocks, ctx.title
    )
    cards += dated_paper_headings(blocks, ctx.title) + month_paper_sections(blocks, ctx.title)
    cards += day_sections(blocks) + month_grid(blocks) + day_box_grid(blocks)
    cards += labelled_sections(blocks) + year_items(blocks) + day_headed_lines(blocks)
    cards += dated_line_runs(blocks, ctx.title)
    for entry, orders in cards:
        if orders & read or _NEGATIVE.search(entry.snippet) or entry.status == ActivityStatus.CANCELLED:
            continue
        if _INTERVIEW.search(entry.snippet):
            continue
        if reading := _schedule_reading(entry):
            readings.append(reading)
    readings += written_statements(blocks)
    paragraphs = [b for b in blocks if b.kind == BlockKind.PARAGRAPH]
    readings += [r for b in paragraphs for r in named_after_type_readings(b, posted_on.get(item_of.get(b.order)))]
    if legend := abbreviation_legend(blocks):
        readings = [_expanded(r, legend) for r in readings]
    if header and PROCEEDINGS.search(header[0].snippet):
        # a record's body tells its own meeting's days ("The Chair opened the Full Round on 29 May 2008"): the header's
        own = header[0].date
        readings = header + [
            r
            for r in readings
            if r not in header
            and not (
                (r.kind == Kind.MEETING or r.rule == "schedule.table")  # its programme's days, a row each
                and own.start <= r.date.start <= own.end
            )
        ]
        # "- Next Steering Group meeting - Geneva, 27 January 2009": the one mention a record makes of it
        readings = [
            replace(r, title=_UPCOMING.sub("", r.title).strip()) if _UPCOMING.match(r.title) else r for r in readings
        ]
    if notice:
        readings = header + [r for r in readings if r not in header and _named_elsewhere(r, header)]
    if stated := covered_period(blocks, stated=True):
        readings = [r for r in readings if not _outlook_past_period(r, stated)]
    if own_year := _single_year_of(ctx.title):
        # "Calendrier indicatif 2006 (sous réserve de confirmation)" closing a 2005 collection: the months of a
        # tentative calendar past the document's year are plans
        readings = [r for r in readings if not _tentative_beyond(r, own_year)]
    # "Participación de la Secretaría Técnica en otros foros", "Meetings of other bodies attended by the Secretariat":
    # a section of the meetings the recipient went to, not its own
    readings = [
        r for r in readings if r.kind in _PUBLICATION_KINDS or not _OTHERS_MEETINGS.search(r.block.heading or "")
    ]
    tidied = [
        replace(r, title=_name_in_clause(r, title), location=_one_sentence(r.location) or _dated_tail(r.title)[1])
        for r in _same_place(_without_posted_reports([_recorded_event(_titled_by_heading(r)) for r in readings]))
        if (title := _without_report_lead(tidy_title(r.title, r.kind in _PUBLICATION_KINDS), r.kind))
    ]
    tidied = [_spelled_out(_in_document_language(r, ctx.language), acronyms) for r in tidied]
    if series := _series_kind(ctx.title, blocks):
        # "Immigrant Integration Seminar Series, 2010-11": its sessions, named by their topics alone, are seminars
        tidied = [
            replace(r, kind=series) if r.kind == Kind.MEETING and classify_kind(r.title) is None else r for r in tidied
        ]
    return merge_activities([_to_activity(r, ctx) for r in tidied] + pubs)


# "..., e inmediatamente después, el 25 y 26 de junio, tuvo lugar ...", "; then, on 3 May, ...": a sentence that goes on
# to a second activity.
_THEN = re.compile(
    r"(?:,\s+(?:e|y|and|et)\s+(?:inmediatamente\s+|immediately\s+|juste\s+)?(?:después|luego|posteriormente|"
    r"afterwards|after(?:wards)?|then|ensuite|puis|apr[eè]s)|;\s+(?:y\s+|and\s+|et\s+)?(?:luego|then|ensuite|"
    r"después|posteriormente|puis))\s*,?\s*",
    re.I,
)


# What a notice's body says of a meeting that is no other activity: its record approved, its minutes circulated.
_RECORD_OF_MEETING = re.compile(
    r"\b(?:minutes|summary record|record of|acta|compte[- ]rendu|procès-verbal|relatoría|approv|adopt|aprob"
    r"|circulated|circulad|diffus)",
    re.I,
)


def _named_elsewhere(reading: _Reading, header: Sequence[_Reading]) -> bool:
    """Whether a notice's or an agenda's body reading is another activity it names with its place and day ("Workshop
    on Resettlement Operations, hosted by Canada in Ottawa on 16-17 February 2011"), not its own meeting's sessions
    nor an earlier meeting whose record it approves."""
    if reading.date is None or reading.date.precision != DatePrecision.DAY or not reading.location:
        return False
    if reading.block.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
        return False  # (the body's prose: "The workshop follows up on the discussion at the Full Round in Canberra")
    if _RECORD_OF_MEETING.search(reading.snippet or ""):
        return False
    if not header or header[0].date is None:
        return True
    own = header[0]
    if normalise_title(reading.title) == normalise_title(own.title) or reading.block.order <= own.block.order:
        return False  # its own meeting again, or a line of its header ("Geneva, 12 April 2011": the paper's date)
    # on its own days only an activity of another kind ("Chair's Workshop on ..." beside the Full Round)
    return not own.date.start <= reading.date.start <= own.date.end or reading.kind != own.kind


def _two_clauses(text: str, written: str) -> list[tuple[str, str]]:
    """A sentence that tells two activities one after the other, each with its day, a kind word and a verb, as two
    clauses (each with its text as written); else the sentence whole."""
    cut, said = _THEN.search(text), _THEN.search(written)
    if cut is None or said is None:
        return [(text, written)]
    first, second = text[: cut.start()], text[cut.end() :]
    if not all(find_dates(p) and _ANY_KIND.search(p) and _EVENT_VERB.search(p) for p in (first, second)):
        return [(text, written)]
    return [(first, written[: said.start()]), (second, written[said.end() :])]


# "En el mismo lugar, el 17 de marzo se realizó ...": the venue of the meeting told just before.
_SAME_PLACE = re.compile(
    r"\b(?:en el mismo lugar|en la misma (?:sede|ciudad)|in the same (?:place|venue|city)|at the same (?:venue|place)"
    r"|au même endroit|dans le même lieu|dans la même ville)\b",
    re.I,
)


# A venue cell that points up: "Mismo lugar", "Misma sede", "Same venue", "Même lieu", "Ídem".
_SAME_VENUE_CELL = re.compile(
    r"(?<!\w)(?:mism[oa] (?:lugar|sede|ciudad)|same (?:venue|place|city)|même (?:lieu|endroit|ville)|[ií]dem)(?!\w)",
    re.I,
)


# A news list's headline, its posting day first, telling of an activity that took place: "15/03/2019 - Se realizó
# con éxito el Taller ...", "March 15, 2019 – Workshop on labour migration concluded in San José".
_POSTED_REPORT = re.compile(
    r"\b(?:se realizó|se llevó a cabo|se celebró|concluyó|finalizó|culminó|tuvo lugar|was held|took place|concluded"
    r"|ended|closed|wrapped up|s'est tenue?|s'est déroulée?|a eu lieu|s'est achevée?)\b",
    re.I,
)
MAX_POSTING_DELAY_DAYS = 30


def _without_posted_reports(readings: Sequence[_Reading]) -> list[_Reading]:
    """The readings less a news headline dated by its posting, when the same document dates the activity it
    reports: "15/03/2019 - Se realizó el Taller regional ..." under the events' "Taller regional ...: 12 y 13 de
    marzo de 2019" is that workshop, not another on the 15th."""

    def posted(r: _Reading) -> bool:
        return (
            r.date is not None
            and r.date.precision == DatePrecision.DAY
            and r.snippet.find(r.date.text) <= 1
            and len(find_dates(r.snippet)) == 1
            and bool(_POSTED_REPORT.search(r.snippet))
        )

    def reported(r: _Reading, by: _Reading) -> bool:
        if r is by or r.kind != by.kind or r.date is None or by.date is None or posted(r):
            return False
        delay = (by.date.start - r.date.end).days
        return 0 <= delay <= MAX_POSTING_DELAY_DAYS and similar_titles(r.title, by.title)

    return [r for r in readings if not (posted(r) and any(reported(other, r) for other in readings))]


def _same_place(readings: Sequence[_Reading]) -> list[_Reading]:
    """Readings whose text says they met where the meeting before did, with that meeting's venue."""
    # In document order, and within a paragraph in the order its sentences come.
    ordered = sorted(readings, key=lambda r: (r.block.order, max(r.block.text.find(r.snippet[:40]), 0)))
    out: list[_Reading] = []
    for reading in ordered:
        if reading.location and _SAME_VENUE_CELL.search(reading.location):
            reading = replace(reading, location=None)  # a table's venue "Misma sede": the row above's
        if reading.location is None and (
            _SAME_PLACE.search(reading.snippet) or _SAME_VENUE_CELL.search(reading.snippet)
        ):
            before = next((r for r in reversed(out) if r.location and r.block.order <= reading.block.order), None)
            if before is not None:
                reading = replace(reading, location=before.location)
        out.append(reading)
    return out


# What a listing tacks on to a work's title about its file or its language: "(PDF)", "[PDF, 2 MB]", "(en)".
_FILE_TAG = re.compile(
    r"\s*[(\[]\s*(?:pdf|docx?|xlsx?|epub|html|en|fr|es|pt|english|français|español)(?:[,\s][^()\[\]]{0,20})?[)\]]",
    re.I,
)


# "Policy Brief: Due Process in Expedited Removal", "New Report: X": a post's type label before the work's name
_TYPE_PREFIX = re.compile(
    r"^(?:new\s+|nuevo\s+|nouveau\s+)?(?P<label>policy brief|report|fact ?sheet|working paper|issue brief|brief"
    r"|informe|documento de trabajo|rapport|note de synthèse)\s*:\s+(?=\S)",
    re.I,
)
MIN_PREFIXED_TITLE_WORDS = 3
_SETTING_LEAD = re.compile(
    r"^(?:en el marco de|dans le cadre de|(?:with)?in the framework of|on the sidelines of|al margen de|en marge de)"
    r"\s+[^,;.]{1,80},\s*",
    re.I,
)
_NUMBERED = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}\S{0,3})\s+")  # "XV Reunión", "3rd Meeting": a number before the kind
# "Realizar el", "Celebrar la", "To hold the", "Organiser un": a decision's verb and article before the activity
_DECIDED_LEAD = re.compile(
    r"^(?:realizar|celebrar|organizar|convocar|to hold|hold|to organi[sz]e|organi[sz]e|to convene|convene|tenir"
    r"|organiser|convoquer)\s+(?:el|la|los|las|un|una|the|a|an|le|les|un|une|l['’])?\s*",
    re.I,
)
# "Hosted by the Swedish Migration Board, ": the host before a dateline's place and date
_HOST_LEAD = re.compile(
    r"^\W*(?:co-?)?(?:hosted|organi[sz]ed|convened|sponsored|organizad[oa]|auspiciad[oa]|organis[ée]e?|accueilli)"
    r"\s+(?:by|por|par)\s+[^,;.]{2,80},\s+(?=[A-ZÀ-Ý])",
    re.I,
)
# "Lugar: Ciudad de Guatemala, Guatemala. Fecha: ...", "Venue: Geneva;": a place in a field of its own
_PLACE_FIELD = re.compile(
    r"(?:^|[.;|·•]\s+)(?:lugar|sede|venue|location|where|lieu|place)\s*:\s*"
    # "Washington, D.C. Date: ...": initials; "Venue: The Hague | Date: 27-28 January 2010": a field of a meta line
    r"(?P<place>(?:[^.;:|·•]|(?<=\b[A-Z])\.){2,80}?)\s*(?:[.;|·•]\s|[.;]?$)",
    re.I,
)
_UNSCHEDULED_PLACE = re.compile(
    r"\W*(?:por (?:confirmar|definir)|tb[acd]|to be (?:confirmed|determined)|à (?:confirmer|déterminer))", re.I
)
_NEXT_FIELD = re.compile(r"\s[·|•]\s")
_TYPE_LABEL_TAIL = re.compile(r"(?<=\S)\s+[·|]\s+(?P<label>[^·|:]{2,60})$")
MAX_TYPE_LABEL_WORDS = 5


def _type_label(text: str) -> bool:
    """Whether a few words only say what type of work a card holds ("Policy Brief", "Migration Information
    Source article", "Fact Sheet")."""
    return len(text.split()) <= MAX_TYPE_LABEL_WORDS and names_work_type(text)


_SERIES_CODE = re.compile(r"^(?P<series>[A-Z]{2,4})\s?\d{1,4}(?:[-/.]\d{1,4})?\s*:\s+(?=\S)")
# A series and number in brackets after a title: the work's series, no part of its name
_SERIES_NOTE = re.compile(
    r"\s*\((?P<series>(?:working paper|discussion paper|occasional paper|research report|policy brief|report"
    r"|documento de trabajo|document de travail)\s+(?:no\.?|n[º°o]\.?|#|series\b)[^()]*)\)\s*$",
    re.I,
)


def _publication_to_activity(pub: Publication, ctx: DocumentContext, issue: DateSpan | None = None) -> Activity:
    """A work read as a row; one a newsletter's issue lists without a date of its own is dated by the issue."""
    title = re.sub(r"\s+", " ", _FILE_TAG.sub("", pub.title)).strip(" -–—") or pub.title
    if (code := _SERIES_CODE.match(title)) and len(title[code.end() :].split()) >= MIN_PREFIXED_TITLE_WORDS:
        title = title[code.end() :]  # "WP 2019-03: Internal migration and ...": the paper's number in its series
        if code.group("series").upper() == "WP" and pub.publication_type in (None, PublicationType.OTHER):
            pub = replace(pub, publication_type=PublicationType.WORKING_PAPER)
    if series := _SERIES_NOTE.search(title):  # "Seasonal workers in Canada (Working Paper No. 14-03)"
        title = title[: series.start()]
        if pub.publication_type in (None, PublicationType.OTHER):
            pub = replace(pub, publication_type=publication_type_of(series.group("series")))
    if (prefix := _TYPE_PREFIX.match(title)) and len(title[prefix.end() :].split()) >= MIN_PREFIXED_TITLE_WORDS:
        title = title[prefix.end() :]
        if pub.publication_type in (None, PublicationType.OTHER):
            pub = replace(pub, publication_type=publication_type_of(prefix.group("label")))
    kind = Kind.REPORT if pub.publication_type == PublicationType.REPORT else Kind.PUBLICATION
    return _activity(
        ctx, kind, title, pub.date or issue,
        authors=tuple(map(natural_order, pub.authors)),
        publisher=pub.publisher,
        publication_type=pub.publication_type,
        **_provenance(ctx, pub.block, pub.snippet, pub.rule, pub.confidence),
    )  # fmt: skip


# "in 2007", "en 2011": the one year a sentence names lends it to the days it writes without one, before any heading.
_OWN_YEAR = re.compile(
    r"\b(?:in|en|durante|during|au cours de|pendant)\s+((?:19|20)\d\d)\b(?!\s*[-–/])"
    r"|\b((?:19|20)\d\d)\s+(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]))",  # "The 2008 Full Round (Madrid, 3-4 June)": the name's year
    re.I,
)


# "during the second half of 2010", "del segundo semestre de 2010", "durante 2009": the year a text tells its days
# in; not "adoptados en 2007", a year of something else.
_NARRATED_YEAR = re.compile(
    r"\b(?:semester|semestre|trimestre|quarter|half|periodo|período|période|period|during|durante|pendant"
    r"|au cours de)\s+(?:of\s+|de\s+|del\s+|de l['’]ann[ée]e\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.I,
)


def _own_year(text: str, first_day: int) -> int | None:
    """The year a sentence names before its first year-less day (at `first_day`); a year after them ("adoptados
    en 2007") dates something else."""
    years = {m.group(1) or m.group(2) for m in _OWN_YEAR.finditer(text, 0, first_day)}
    return int(years.pop()) if len(years) == 1 else None


MIN_PERIOD_DAYS = 60  # a quarter's report or longer
MAX_PERIOD_DAYS = 400  # a year's report; a programme's five years lend no year to a day


MAX_PERIOD_LINE_WORDS = 30
MAX_COVER_BLOCKS = 8


_ISSUE_FIELDS = re.compile(r"\s+[-–—|·]\s+|[()]")  # the fields of an issue's line: "No. 14 - abril-junio 2011 - ..."
# A cover's field label: "Period:", "Reporting period:", "Período que cubre:"
_FIELD_LABEL = re.compile(r"^\s*[^\W\d][\w ]{0,30}:\s*")


def _single_year_of(text: str | None) -> int | None:
    years = set(re.findall(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/–-])", text or ""))
    return int(years.pop()) if len(years) == 1 else None


def _tentative_beyond(reading: _Reading, year: int) -> bool:
    """A row of a calendar its heading calls tentative, dated by a month of a later year than the document's."""
    return (
        reading.date is not None
        and reading.date.precision != DatePrecision.DAY
        and reading.date.start.year > year
        and TENTATIVE_TABLE.search(reading.block.heading or "") is not None
    )


def covered_period(blocks: Sequence[Block], stated: bool = False) -> tuple[datetime.date, datetime.date] | None:
    """The period a report says on its first page that it covers ("Reporting period: April 1, 2011 - March 31,
    2012", "Chairmanship of Norway, 1 January - 31 December 2009"): its year-less days fall inside it, whatever
    year the cover's issue date ("Geneva, February 2009", "Submitted April 30, 2013") names. None elsewhere.
    `stated`: only as a cover's line states it, not as a sentence of the text tells it ("as Chair ... for the
    period July 2010 - June 2011" in a meeting's summary)."""
    for block in blocks:
        # a cover's line, or the labelled first sentence of its paragraph ("Période couverte : du 1er avril 2009 au 31
        # mars 2010. Le présent rapport a été approuvé ...")
        text = block.text
        if stated and _FIELD_LABEL.match(text) and len(text.split()) > MAX_PERIOD_LINE_WORDS:
            text = split_sentences(text)[0]
        # a PDF's first page; a web page's opening blocks, its masthead and lead
        cover = block.page == 1 or (block.page is None and (block.order or 0) < MAX_COVER_BLOCKS)
        if not cover or (stated and len(text.split()) > MAX_PERIOD_LINE_WORDS):
            continue
        field = _FIELD_LABEL.sub("", text)  # "Period: January - December 2014": the field, not its label
        # "Enero - diciembre de 2010", or one field of an issue's line ("No. 14 - abril-junio 2011 - Presidencia ...",
        # "... Fall 2008 (October - December 2008)")
        for part in (field, *(p for p in _ISSUE_FIELDS.split(field) if p.strip())):
            if (months := month_range(part)) and months.end and (months.end - months.start).days >= MIN_PERIOD_DAYS:
                return months.start, months.end
        dates = find_dates(text)
        if not dates or not _reporting_period(text, dates):
            continue
        first = dates[0]
        joined = len(dates) > 1 and _RANGE_JOIN.match(text[first.stop : dates[1].begin])
        end = dates[1].end if joined else first.end
        if first.start and end and MIN_PERIOD_DAYS <= (end - first.start).days <= MAX_PERIOD_DAYS:
            return first.start, end
    # "Annual Report 2008", "Informe anual 2010", "Rapport d'activités 2009": the cover's title names the year
    for block in blocks:
        if block.page == 1 and block.kind == BlockKind.HEADING and (named := _YEARS_REPORT.search(block.text)):
            year = int(named.group("year"))
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return None


_YEARS_REPORT = re.compile(
    r"\b(?:annual\s+(?:activity\s+)?report|activity\s+report|report\s+on\s+(?:the\s+)?activities|informe\s+anual"
    r"|memoria\s+anual|informe\s+de\s+actividades|rapport\s+annuel|rapport\s+d['’]activit[ée]s)"
    r"(?:\s+(?:of\s+the\s+secretariat|de\s+la\s+secretar[ií]a))?,?\s+(?P<year>(?:19|20)\d\d)\s*$",
    re.I,
)


_FUTURE_VERB = terms_pattern(FUTURE_EVENT_VERBS)


def _outlook_past_period(reading: _Reading, period: tuple[datetime.date, datetime.date]) -> bool:
    """Whether a report's outlook names a meeting after the period it covers ("Looking ahead, the Mini-Full Round is
    scheduled for 8 October 2013" in a report on January-June 2013, a bulletin's "Próximas actividades"): planned,
    not yet held."""
    return (
        reading.kind not in _PUBLICATION_KINDS
        and reading.date is not None
        and reading.date.start > period[1]
        and bool(_FUTURE_VERB.search(reading.snippet) or _UPCOMING_SECTION.search(reading.block.heading or ""))
    )


_UPCOMING_SECTION = re.compile(
    r"\b(?:pr[oó]ximas?\s+(?:actividades|reuniones|eventos)|upcoming|coming\s+up|forthcoming|looking\s+ahead|outlook"
    r"|à\s+venir|prochaines?\s+(?:activités|réunions)|perspectivas|perspectives)\b",
    re.I,
)


MAX_RECALLED_YEARS = 3  # years before the one a page's title names: older dates are history it recalls


def year_in_period(text: str, year: int, period: tuple[datetime.date, datetime.date] | None) -> int:
    """The year that puts the first year-less day of `text` inside the period its report covers: `year` when
    it does, or when no period is known."""
    if period is None:
        return year
    for candidate in (year, *range(period[0].year, period[1].year + 1)):
        if (dates := find_dates(with_year(text, candidate, every=True))) and period[0] <= dates[0].start <= period[1]:
            return candidate
    return year


# What stands between the days of a list: "25 January, 14 May and 2 October", "el 3, el 10 y el 17 de ...".
_DAY_LIST_GAP = re.compile(r"^\s*(?:,|;)?\s*(?:and|y|et|&)?\s*(?:on|el|le)?\s*$", re.I)


def _list_with_year(text: str, dated: DateSpan) -> str:
    """`text` with the year of a list's last day written after the days before it ("on January 15, February 19
    and March 19, 2019": all three in 2019)."""
    days = list(_YEARLESS.finditer(text, 0, dated.begin))
    first = len(days)
    while first and _DAY_LIST_GAP.match(
        text[days[first - 1].end() : days[first].start() if first < len(days) else dated.begin]
    ):
        first -= 1
    if first == len(days):
        return text
    start = days[first].start()
    return text[:start] + with_year(text[start : dated.begin], dated.start.year, every=True) + text[dated.begin :]


def _enumerated_days(text: str, first: DateSpan | None) -> list[DateSpan | None]:
    """The days a sentence lists one after the other, from the one its reading took; that one alone otherwise."""
    if first is None or first.precision != DatePrecision.DAY:
        return [first]
    dates = [d for d in find_dates(text) if d.begin >= first.begin]
    days = [dates[0]] if dates and dates[0].begin == first.begin else []
    for before, after in zip(dates, dates[1:], strict=False):
        gap = _without_purpose(text[before.stop : after.begin])  # a purpose's clause between the days is no break
        if not days or after.precision != DatePrecision.DAY or not _next_day_gap(gap):
            break
        days.append(after)
    return days if len(days) >= 2 else [first]


# "met in Geneva on 8 February 2007 and again in Rome on 19-20 April 2007", "s'est réuni le 18 septembre 2008 puis le
# 22 janvier 2009": the body's next meeting, maybe elsewhere
_AGAIN = re.compile(
    r"^\W*(?:(?:and|y|et)\s+(?:again|once more|nuevamente|de nuevo|à nouveau|de nouveau|then|later|luego|posteriormente"
    r"|ensuite)|(?:and\s+|y\s+|et\s+)?(?:puis|ensuite))"
    r"(?:\s+(?:in|at|en|à)\s+(?P<place>[A-ZÀ-Ý][\w'’. -]{1,40}?))?\s*,?\s*(?:on|el|le)?\s*$",
    re.I,
)


# "met three times: in Geneva on 29 January, in Oslo on 3 June and ...", "en Ciudad de Guatemala, los días 23 y 24
# de febrero, y en Antigua Guatemala, el 8 de junio": each day of the list in its own place
_IN_PLACE_NEXT = re.compile(
    r"^\s*(?:[,;]\s*(?:and\s+|y\s+|et\s+)?|(?:and|y|et)\s+)(?:(?:again|nuevamente|de nuevo|à nouveau)\s+)?"
    r"(?:in|at|en|à)\s+"
    r"(?P<place>(?-i:[A-ZÀ-Ý][\w'’.-]*)(?:[ -](?:(?-i:[A-ZÀ-Ý][\w'’.-]*)|de|del|la)){0,4}"
    r"(?:,\s*(?-i:[A-ZÀ-Ý][\w'’.-]*)(?:\s(?-i:[A-ZÀ-Ý][\w'’.-]*)){0,2})?)"  # "Ciudad de Panamá, Panamá"
    r"\s*,?\s*(?:on|el|le|los\s+días|les)\s*$",
    re.I,
)


def _next_day_gap(gap: str) -> re.Match[str] | None:
    """What stands between two days of one list: a comma or "and", "and again in Rome on", ", in Oslo on"."""
    return _DAY_LIST_GAP.match(gap) or _AGAIN.match(gap) or _IN_PLACE_NEXT.match(gap)


def _place_of_day(text: str, day: DateSpan | None, days: Sequence[DateSpan | None]) -> str | None:
    """The place "and again in Rome on ..." gives the day it comes before, None if it gives none."""
    at = days.index(day)
    if at == 0 or day is None or (before := days[at - 1]) is None:
        return None
    gap = _without_purpose(text[before.stop : day.begin])
    again = _AGAIN.match(gap) or _IN_PLACE_NEXT.match(gap)
    return again.group("place") if again and again.group("place") else None


def _without_purpose(gap: str) -> str:
    """What stands between two days, less a purpose's clause: "..., como preparación de la Reunión Viceministerial,
    y en" is ", y en"."""
    return re.sub(rf",\s*(?:{_PURPOSE.pattern})[^,]*", "", gap, flags=re.I)


# "convened a roundtable in Washington, DC, on Diaspora Engagement in Development Policy": the topic after the place
_TOPIC_AFTER = re.compile(
    r",?\s+(?:in|at)\s+[A-Z][^,;.]{1,40}(?:,\s+[A-Z][\w.]*){0,2},?\s+on\s+"
    r"(?P<topic>[A-Z][^,;.()]{3,100}?)(?=\s*[,;.(]|$)"
)
MAX_BARE_KIND_WORDS = 2


def _with_topic(reading: _Reading, text: str) -> _Reading:
    """A reading titled by its kind alone ("Roundtable"), named by the topic the sentence gives after its place."""
    if reading.rule != "prose.event_verb" or len(reading.title.split()) > MAX_BARE_KIND_WORDS:
        return reading
    kind = re.search(rf"\b{re.escape(reading.title)}\b", text, re.I)
    topic = _TOPIC_AFTER.match(text, kind.end()) if kind else None
    if topic is None:
        return reading
    return replace(reading, title=f"{reading.title} on {topic.group('topic').strip()}")


def _written_readings(reading: _Reading, text: str, written: str, lent: int | None) -> list[_Reading]:
    """A sentence's reading as written, one per day when the sentence lists its days ("The Steering Group met three
    times in 2007: on 25 January, 14 May and 2 October": a meeting a day)."""
    days = _enumerated_days(text, reading.date) if reading.rule == "prose.event_verb" else [reading.date]
    reading = _with_topic(reading, text)
    return [
        _evidence_as_written(
            replace(reading, date=day, location=_place_of_day(text, day, days) or reading.location), text, written, lent
        )
        for day in days
    ]


def _evidence_as_written(reading: _Reading, text: str, written: str, lent: int | None) -> _Reading:
    """Snippet and date text as the source has them, even where the rules read a lent year."""
    if lent is None:
        return replace(reading, snippet=reading.snippet.replace(text, written)) if text != written else reading
    date = _as_written(reading.date, lent) if reading.date else None
    return replace(reading, snippet=reading.snippet.replace(text, written), date=date)


# "Ciudad de Panamá, 21 de noviembre de 2012.- ", "San José, 5 de septiembre de 2012 -": a press release's dateline.
# A press release names its works and events after their type, the name set off by commas or dated in brackets:
# "The report, Uneven Recovery: ..., by A and B", "at a public briefing, Immigrant Workers After ..., today at",
# "the policy brief Who Gets Hired? Immigrants and Job Recovery (June 2010)".
_TYPE_NOUNS = (
    r"report|fact sheet|policy brief|brief|working paper|book|study|briefing|webinar|roundtable|seminar|conference"
    r"|panel discussion|workshop"
)
_APPOSED_NAME = re.compile(
    rf"\b(?P<noun>{_TYPE_NOUNS})(?:\s+for\s+[^,]{{3,60}})?"
    # "a policy brief released today by MPI, Title, by A": the work's release said between its type and its name
    r"(?:\s+(?:released|published|issued|launched)(?:\s+today)?(?:\s+by\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,4})?)?"
    r",\s+"
    r"(?P<title>(?-i:[A-Z0-9])[^,]{5,150}?(?:,\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?),"
    r"\s+(?P<after>by\b|also\b|today\b|on\b|will\b|which\b|is\b|was\b|provides\b|analy[sz]es\b|to be\b)",
    re.I,
)
_BRACKET_DATED_NAME = re.compile(
    rf"\b(?P<noun>{_TYPE_NOUNS})\s+(?P<title>(?-i:[A-Z])[^()]{{5,150}}?)\s*\((?P<when>[^()]{{4,30}})\)", re.I
)
_TODAY = re.compile(r"\btoday\b", re.I)
# "WASHINGTON — Title, a new book edited by A and B and published today by MPI, ...", "according to Title, by A,
# published today in ...": the work named first, its byline and its release after it
_NAME_THEN_RELEASE = re.compile(
    r"(?:(?<=[—–]\s)|\baccording to\s+)(?P<title>(?-i:[A-Z0-9])(?:(?!,\s+(?-i:[a-z]))[^()]){8,200}?),\s+"
    rf"(?:(?:a|an|the)\s+new\s+(?P<noun>{_TYPE_NOUNS})\s+)?(?:edited\s+|written\s+|prepared\s+)?by\s+[^;()]{{3,120}}?"
    r"(?:,\s+|\s+and\s+)(?:published|released|issued)\s+today\b",
    re.I,
)
# "Guest Worker Proposals in the Senate: A Side-by-Side Analysis, by A, is MPI Policy Brief No. 14.", "Title, edited by
# A and B and published by the Migration Policy Institute, includes ...": a release's sentence opening on the work
_NAME_THEN_BYLINE = re.compile(
    r"^(?P<title>(?-i:[A-Z0-9])(?:(?!,\s+(?-i:[a-z]))[^()—–]){8,200}?),\s+(?:edited\s+|written\s+)?by\s+[^;()]{3,120}?"
    rf"(?:,\s+is\s+(?:an?\s+|the\s+|its\s+)?(?:(?-i:[A-Z]{{2,6}})\s+)?(?:new\s+)?(?P<noun>{_TYPE_NOUNS})\b"
    r"|\s+and\s+(?:published|released|issued)\s+by\b)",
    re.I,
)
# "... argues a new policy brief released today. Title, by A, reviews ...": the work named in the next sentence
_RELEASE_THEN_NAME = re.compile(
    rf"\b(?:a|an|the)\s+new\s+(?P<noun>{_TYPE_NOUNS})\s+(?:released|published|issued)\s+today\.\s+"
    r"(?P<title>(?-i:[A-Z0-9])(?:(?!,\s+(?-i:[a-z]))[^()]){8,200}?),\s+by\s+(?-i:[A-Z])",
    re.I,
)


def named_after_type_readings(block: Block, posted_on: datetime.date | None = None) -> list[_Reading]:
    """The works and events a press release names after their type (`_APPOSED_NAME`, `_BRACKET_DATED_NAME`), dated
    by the day in their sentence, or by the release's dateline ("WASHINGTON — March 9, 2011") or the day a press
    room lists it (`posted_on`) when they come out or take place "today"."""
    heading = block.heading or ""
    posted = find_dates(heading) if _DATELINE.match(heading + " ") or re.search(r"[—–-]\s*\S+ \d", heading) else []
    if not posted and posted_on is not None:
        text = posted_on.isoformat()
        posted = [DateSpan(text, posted_on, posted_on, DatePrecision.DAY, 0, len(text))]
    if not posted:
        return []  # a press release's, under its dateline; elsewhere the listing's own rules read such names
    readings = []
    found = [(m, sentence) for sentence in split_sentences(block.text) for m in _APPOSED_NAME.finditer(sentence)]
    found += [(m, block.text) for m in _BRACKET_DATED_NAME.finditer(block.text)]  # "Who Gets Hired? ... (June 2010)"
    found += [
        (m, block.text)
        for m in (
            *_NAME_THEN_RELEASE.finditer(block.text),
            *_RELEASE_THEN_NAME.finditer(block.text),
            *_NAME_THEN_BYLINE.finditer(block.text),
        )
    ]
    for match, sentence in found:
        noun = (match.group("noun") or "publication").lower()
        event = noun in ("briefing", "webinar", "roundtable", "seminar", "conference", "panel discussion", "workshop")
        if when := match.groupdict().get("when"):
            dates = find_dates(when)
        elif not event:
            dates = posted[:1]  # "The report, Title, by A ...": out the day the release went out
        else:
            rest = sentence[match.end("title") :]
            dates = find_dates(rest) or (find_dates(with_year(rest, posted[0].start.year)) if posted else [])
            if not dates and len(before := find_dates(sentence[: match.start()])) == 1:
                dates = before  # "... on Thursday, May 13, 2010, at a roundtable, Title?, to be held at ...": its day
            if not dates and _TODAY.search(rest) and posted:
                dates = posted[:1]  # "at a public briefing, Title, today at 10:00 a.m."
        if not dates:
            continue
        title = match.group("title").strip()
        if event:
            readings.append(_Reading("prose.event_verb", classify_kind(noun) or Kind.OTHER, title, dates[0], None,
                                     sentence, block))  # fmt: skip
            continue
        kind = Kind.REPORT if noun == "report" else Kind.PUBLICATION
        reading = _Reading("publication.entry", kind, title, dates[0], None, sentence, block)
        readings.append(replace(reading, publication_type=publication_type_of(noun)))
    return readings


_DATELINE = re.compile(
    # not a weekday: "Thursday, October 22, 2026 - 6:30pm" is a meeting's date and time
    r"^\s*(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
    # "WASHINGTON, DC - May 14, 2009 - ...": the place and the day parted by a dash, as by a comma
    # ("Genève, le 3 mai 2007 -", "Ottawa/Genève, le 7 octobre 2005 -": the French article before the day)
    r"(?P<place>[A-ZÀ-Ý][\w'’ ./-]{1,40}?(?:,\s+[A-ZÀ-Ý][\w'’ .-]{1,30}?){0,2})(?:,\s+(?:le\s+)?|\s+[-–—]\s+)"
    r"(?P<date>\d{1,2}\s+de\s+[a-zé]+\s+de\s+(?:19|20)\d\d"
    r"|\d{1,2}\s+[A-Za-zéû]+\s+(?:19|20)\d\d|[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*\.?\s*[-–—]+\s*"
)
_WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5,
    "domingo": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
_WEEKDAY_WORD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_RELATIVE_DAY = re.compile(
    rf"\b(?P<word>hoy|ayer|mañana|today|yesterday|tomorrow|aujourd'hui|hier|demain)\b"
    rf"|\b(?:el|este|the|this|on|le|ce)?\s*(?P<when>pasado|próximo|proximo|last|next)?\s*"
    rf"(?<!Santo\s)(?<!San\s)(?P<day>{_WEEKDAY_WORD})(?:\s+(?:y|and|et)\s+(?:el\s+|le\s+)?(?P<day2>{_WEEKDAY_WORD}))?"
    rf"(?:\s+(?P<after>pasados?|próximos?|dernier|prochain|last|next))?\b",
    re.I,
)
_OFFSETS = {"hoy": 0, "today": 0, "aujourd'hui": 0, "ayer": -1, "yesterday": -1, "hier": -1, "mañana": 1,
            "tomorrow": 1, "demain": 1}  # fmt: skip
# Spanish futures ("se extenderá hasta el jueves", "sesionarán"), "will", "next": the weekday after the dateline
_FUTURE_CUE = re.compile(
    r"\b(?:próxim[oa]s?|proxim[oa]s?|next|prochaine?s?|will|shall|\w{3,}(?:rá|rán)|aura lieu|se tiendra)\b", re.I
)


_CLOSED = re.compile(
    r"\b(?:conclu\w+|clausur\w+|finaliz\w+|termin\w+"  # "concluyó ayer", "se clausuró", ...
    r"|ended|closed|s'est achev\w+|a pris fin)\b",
    re.I,
)
_LASTED = re.compile(
    r"\b(?:tras|después de|luego de|after|après)\s+(dos|tres|cuatro|two|three|four|deux|trois|2|3|4)"
    r"\s+(?:días|days|jours)\b",
    re.I,
)
_DAY_COUNTS = {
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "two": 2,
    "three": 3,
    "four": 4,
    "deux": 2,
    "trois": 3,
    "2": 2,
    "3": 3,
    "4": 4,
}


_THIS_TOWN = re.compile(r"\b(en|in|à|dans)\s+(?:esta|this|cette)\s+(?:capital|ciudad|city|capitale|ville)\b", re.I)


def _news_dated(text: str, day: datetime.date, period: tuple[datetime.date, datetime.date] | None = None) -> str:
    """A news item's sentence with the days it counts from its dateline's `day` written out ("ayer", "el jueves")
    and the dateline's year lent to the days it writes without one ("los días 8 y 9 de noviembre"), or the year
    that puts them in the `period` a report covers."""
    text = with_relative_days(text, day)
    if dateline := _DATELINE.match(text):
        # "Ciudad de Panamá, 2 de diciembre de 2011.- La Reunión ..., que inició ayer en esta capital": the dateline's
        text = _THIS_TOWN.sub(lambda m: f"{m.group(1)} {dateline.group('place')}", text)
    body = _DATELINE.sub("", text, count=1)
    if _YEARLESS.search(body):
        year = relative_year(body, day.year, day)
        dated = find_dates(with_year(body, year))
        if period is not None:
            year = year_in_period(body, year, period)  # a report posted in January 2015 on its year 2014
        elif dated and (dated[0].start - day).days > MAX_DATELINE_GAP_DAYS and _told_as_held(body):
            # "The Vice-Ministers met in Managua on 26-27 June" posted on 20 January 2015: held, so the June before
            year -= 1
        text = text[: len(text) - len(body)] + with_year(body, year, every=True)
    return text


# Verbs that tell an activity as over (not "meets", "se réunira", "will be held")
_HELD_VERB = terms_pattern((
    "met", "was held", "were held", "took place", "was convened", "was hosted", "gathered", "se reunió",
    "se reunieron", "se celebró", "se celebraron", "se realizó", "se llevó a cabo", "se llevaron a cabo", "tuvo lugar",
    "s'est tenu", "s'est tenue", "s'est réuni", "s'est réunie", "se sont réunis", "se sont réunies", "a eu lieu",
))  # fmt: skip


def _told_as_held(text: str) -> bool:
    return bool(_HELD_VERB.search(text)) and not _FUTURE_VERB.search(text)


MAX_DATELINE_GAP_DAYS = 7


def _at_dateline_town(reading: _Reading, dateline: tuple[str, datetime.date] | None) -> _Reading:
    """A press release's event that names no venue, held within days of its dateline: in the dateline's town
    ("Tapachula, Chiapas, México, 11 de febrero de 2010.— ... participaron los días 10 y 11 de febrero en el
    Taller ..."), unless it met online."""
    if dateline is None or reading.location or reading.date is None or reading.kind in (Kind.REPORT, Kind.PUBLICATION):
        return reading
    place, day = dateline
    if abs((reading.date.start - day).days) > MAX_DATELINE_GAP_DAYS or ONLINE_VENUE.search(reading.snippet):
        return reading
    return replace(reading, location=place)


def _dateline_day(text: str) -> datetime.date | None:
    """The day a press release's dateline gives ("San José, 5 de septiembre de 2012.- ..."), else None."""
    match = _DATELINE.match(text)
    dates = find_dates(match.group("date")) if match else []
    return dates[0].start if dates and dates[0].precision == DatePrecision.DAY else None


def _parent(block: Block) -> str | None:
    """The element a web page's block sits in (the `div` of one press release in a press room), None in a PDF."""
    if block.page is not None or " > " not in (block.locator or ""):
        return None
    return block.locator.rsplit(" > ", 1)[0]  # type: ignore[union-attr]


# "Memoria del Taller sobre X, realizado en San Salvador los días 28 y 29 de noviembre": the record's noun, then the
# event, then the participle that says when and where the event (not the record) was held
_RECORD_LEAD = re.compile(
    r"^\W*(?:(?:final\s+)?report|informe(?:\s+final)?|memoria|relator[ií]a|proceedings|rapport(?:\s+final)?|actes"
    r"|compte[- ]rendu)\s*(?::\s*|\s(?:of|from|on)\s+the\s+|\s(?:de\s+la|del|de\s+l['’]|du|des)\s*)",
    re.I,
)
_HELD_AFTER = re.compile(
    r"[\s,]*\b(?:realizad[oa]|celebrad[oa]|llevad[oa] a cabo|held|convened|tenue?|organis[ée]e?|organizad[oa])\b", re.I
)


def _recorded_event(reading: _Reading) -> _Reading:
    """A record of an event that its sentence says was held ("Memoria del Taller sobre X, realizado en San Salvador
    los días 28 y 29 de noviembre"): the event, on those days; the record itself is the publication rules' to read."""
    lead = _RECORD_LEAD.match(reading.title) if reading.kind == Kind.REPORT else None
    if lead is None or reading.rule.startswith("publication") or reading.title not in reading.snippet:
        return reading
    after = reading.snippet[reading.snippet.index(reading.title) + len(reading.title) :]
    name = reading.title[lead.end() :]
    if held := _HELD_AFTER.search(name):
        name = name[: held.start()]  # the title read so far runs on into the participle's clause
    elif not _HELD_AFTER.match(after):
        return reading
    name = name.strip(" ,;")
    if (kind := classify_kind(name)) is None or kind in _PUBLICATION_KINDS:
        return reading
    return replace(reading, title=name[:1].upper() + name[1:], kind=kind)


def _titled_by_heading(reading: _Reading) -> _Reading:
    """A reading named only by its type label ("Report | By A and B | March 2012", "Seminar | March 6 | Washington,
    DC"), its line's first field: the heading just above the line is its title."""
    heading = reading.block.heading or ""
    words = reading.title.split()
    if (
        reading.block.kind == BlockKind.HEADING
        or not words
        or len(words) > MAX_LABEL_TITLE_WORDS
        or not (names_work_type(reading.title) or _GENERIC_KIND.fullmatch(reading.title.strip()))
        or len(heading.split()) < MIN_HEADING_TITLE_WORDS
        or names_work_type(heading)
        and len(heading.split()) <= MAX_LABEL_TITLE_WORDS
        or find_dates(heading)
        or not re.match(re.escape(reading.title) + r"\s*[|·•.]", reading.snippet)  # "Policy Brief. By A. May 2011."
    ):
        return reading
    return replace(reading, title=heading)


# A card's type label: a kind of event, not a body's name ("Steering Group", "Full Round" name the meeting)
_GENERIC_KIND = re.compile(
    r"(?:public\s+)?(?:seminar|roundtable|round table|workshop|conference|forum|webinar|briefing|panel|lecture"
    r"|symposium|event|training|course|taller|seminario|foro|conferencia|mesa redonda|séminaire|atelier"
    r"|table ronde|colloque)s?",
    re.I,
)


MAX_LABEL_TITLE_WORDS = 4  # "Migration Information Source article"


# a release's dateline and the sentence after it, taken for a name
_DATELINED_TITLE = re.compile(r"^(?-i:[A-Z]{3,}(?:[ ,.]+[A-Z]{2,})*)\s*[—–]\s+(?:\S+\s+){7}")


def _names_venue(reading: _Reading) -> bool:
    """Whether a work's title is what its sentence says it came out by or in ("a report released today by the
    Migration Policy Institute", "published today in the Migration Information Source, MPI's online journal"): its
    publisher or its periodical, not the work."""
    lead = (
        r"\b(?:published|released|issued|publicad[oa]|publiée?)\s+(?:today\s+)?(?:by|in|por|en|par|dans)\s+(?:the\s+)?"
    )
    return re.search(lead + re.escape(reading.title), reading.snippet) is not None


_WORK_NAME_END = (
    r",|\.|;|\(|$|\s+(?:que|qui|which|that|el cual|la cual|a été|est|fue|was|is|has|ha|se|publi\w*|released)\b"
)
# "..., 1997-2006": the years a work covers close its name
_YEARS_COVERED = r"(?:,\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b)?"
_NAME_ENDS = (
    r"(?=,|\.|;|\(|$|\s+(?:que|qui|which|that|el cual|la cual|a été|est|fue|was|is|has|ha|se|publi\w*|released"
    r"|issued)\b)"
)
# the rest of a work's name: "... Migration" goes on "... Migration: A Review of Estimation Methods"
_NAME_GOES_ON = rf"[^,.;:()«»\"“”]{{0,80}}?(?::\s+(?-i:[A-ZÀ-Ý])[^,.;:()«»\"“”]{{2,100}}?)?{_NAME_ENDS}"


def _stamp_line(text: str) -> bool:
    """A line that is a date and a few words around it ("Publié le 28 novembre 2011", "Posted: 11/27/2012")."""
    dates = find_dates(text)
    return len(dates) == 1 and len(text.replace(dates[0].text, " ").split()) <= MAX_STAMP_WORDS


MAX_STAMP_WORDS = 3


def _with_announced_works(
    readings: list[_Reading],
    announced: Sequence[AnnouncedWork],
    blocks: Sequence[Block],
    item_of: dict[int, str],
    posted_on: dict[str | None, datetime.date],
) -> list[_Reading]:
    """The readings with each work a news headline announces in place of what its item's body read of it ("The
    Secretariat has today released its statistical report covering ..."): named by the headline, dated by the
    headline, else the body, else the day the item was posted."""
    for work in announced:
        item = item_of.get(work.block.order)
        told = [r for r in readings if r.kind in _PUBLICATION_KINDS and item_of.get(r.block.order) == item]
        # its teaser, not its line saying when it was posted ("Publié le 28 novembre 2011")
        body = " ".join(
            b.text
            for b in blocks
            if b.kind != BlockKind.HEADING and item_of.get(b.order) == item and not _stamp_line(b.text)
        )
        if not work.named:
            # "Nouveau guide sur la réinstallation" over "Le Guide des pratiques de réinstallation ..., publié ...": the
            # body names the work the headline describes; a headline alone ("New Book Compares ...") names none
            lead = re.escape(work.title.split()[0])
            # its name may hold a subtitle after a spaced colon ("Note d'orientation : protection des victimes ...")
            named = re.search(rf"\b{lead}\b(?-i:[^,.;:()«»\"“”]|:\s){{8,150}}?(?={_WORK_NAME_END})", body)
            if told or named is None:
                continue
            work = replace(work, title=named.group(0).strip())
        # "Publicado Compendio de buenas prácticas ..." over "... publicó el Compendio de buenas prácticas en retorno
        # asistido y reintegración, que reúne ...": the body gives the whole name the headline shortens
        bracketed = None
        if whole := re.search(re.escape(work.title) + _NAME_GOES_ON + _YEARS_COVERED, body, re.I):
            work = replace(work, title=whole.group(0).strip(" ,."))
            # "Title (Working Paper No. 4, June 2008)": the month its series gives it, after its name
            after = re.match(r"\s*\(([^()]{4,60})\)", body[whole.end() :])
            bracketed = (
                next((d for d in find_dates(after.group(1)) if d.precision != DatePrecision.YEAR), None)
                if after
                else None
            )
        date = (
            work.date
            or next((r.date for r in told if r.date), None)
            or bracketed
            or published_date(body)
            or posted_span(posted_on[item])
        )
        kind = Kind.REPORT if work.publication_type == PublicationType.REPORT else Kind.PUBLICATION
        authors = next((r.authors for r in told if r.authors), ())
        reading = _Reading(
            "news.headline", kind, work.title, date, None, work.block.text, work.block, authors=authors,
            publication_type=work.publication_type,
        )  # fmt: skip
        readings = [r for r in readings if r not in told] + [reading]
    return readings


def _posting_days(blocks: Sequence[Block], item_of: dict[int, str]) -> dict[str | None, datetime.date]:
    """The day each listed news item was posted, by the element it sits in: its line that is only a date ("November
    18, 2010", "11/18/2010") over or under its headline (`news_articles`)."""
    days: dict[str | None, datetime.date] = {}
    for block in blocks:
        if block.kind == BlockKind.HEADING or (key := item_of.get(block.order)) is None:
            continue
        text = without_clock(block.text.strip())  # "Martes, 23 de Noviembre de 2010 16:05": a blog's stamp
        if lead := posted_lead(text) or posted_by(text):
            # "17/12/2007 — Le Secrétariat sera fermé ...": the teaser opens with it; "July 14th, 2008 by MPI
            # Communications": a blog's stamp
            days.setdefault(key, lead.start)
            continue
        dates = [d for d in find_dates(text) if d.precision == DatePrecision.DAY]
        if len(dates) == 1 and (len(text) - len(dates[0].text) <= MAX_POSTING_NOTE_CHARS or posted_stamp(text)):
            days.setdefault(key, dates[0].start)
    return days


MAX_POSTING_NOTE_CHARS = 12  # "Posted on ", "Publié le ": a date line's words around its date


# "Headline · Publicado: 24/11/2009 Body ...", "Headline | Posted: May 3, 2010 Body ...": a news item on one line
_HEADLINE_POSTED = re.compile(
    r"^(?P<headline>[^·|•]{5,200}?)\s+[·|•]\s+(?:publicado|posted|published|publié)\s*:\s*"
    r"(?P<stamp>[^A-Za-zÀ-ÿ]{6,12}|\S+(?:\s+\S+){1,4}?(?:19|20)\d\d)\s+(?=\S)",
    re.I,
)


_SERIES = re.compile(
    r"\b(?:seminar|webinar|roundtable|workshop|briefing)\s+series\b"
    r"|\bciclo de (?:seminarios|talleres|conferencias)\b|\bcycle de (?:s[ée]minaires|conf[ée]rences)\b",
    re.I,
)


def _series_kind(title: str | None, blocks: Sequence[Block]) -> Kind | None:
    """The kind of event a page's series is, where its title or first heading names one ("Seminar Series",
    "Ciclo de seminarios"): the kind of its sessions that name only their topic."""
    first = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    for text in (title or "", first):
        if match := _SERIES.search(text):
            return classify_kind(match.group(0))
    return None


def _row_with_year(block: Block, year: int) -> Block | None:
    """A table row whose date column writes its day without a year ("Sept. 27"), with `year` written after it; None
    for any other row."""
    at = _date_column(block.header)
    if at is None or at >= len(block.cells) or find_dates(block.cells[at]) or not _YEARLESS.search(block.cells[at]):
        return None
    cells = list(block.cells)
    cells[at] = with_year(cells[at], year)
    return replace(block, cells=tuple(cells), text=" | ".join(cells))


MIN_BODY_WORDS = 8


def _headlined_item(text: str) -> tuple[str, datetime.date] | None:
    """A news item's body and the day it was posted, where its headline and stamp open the same line; else None."""
    if (match := _HEADLINE_POSTED.match(text)) is None:
        return None
    days = find_dates(match.group("stamp"))
    if len(days) != 1 or days[0].precision != DatePrecision.DAY or len(text[match.end() :].split()) < MIN_BODY_WORDS:
        return None  # (a record's fields, "Tipo: Informe · Publicado: 23/06/2011 Descargar (PDF)", tell no news)
    return text[match.end() :], days[0].start


def _item_key(block: Block) -> str | None:
    """The news item a block belongs to: its `article` element, else its heading."""
    locator = block.locator or ""
    at = locator.rfind("article")
    return locator[: locator.find(" >", at)] if at >= 0 and " >" in locator[at:] else block.heading


def _written_out(text: str, at: int) -> bool:
    """Whether a full date follows `at` straight away ("Monday, June 21, 2010", "lundi 21 juin 2010")."""
    after = text[at : at + 40]
    found = find_dates(after)
    return bool(found) and found[0].begin <= 2


def with_relative_days(text: str, day: datetime.date) -> str:
    """`text` with the days it counts from `day` written out: "concluyó ayer" -> "concluyó ayer (20 November 2012)",
    "sesionó el lunes y el martes" -> "... (19-20 November 2012)"; a bare weekday is the last one before `day`
    unless its sentence speaks of the future; "este viernes" on a Friday is that day. A sentence that tells the
    opening day and the closing day ("inició ayer ..., se clausuró hoy") writes both as the span they bound."""
    found = [
        (m, *_relative_span(text, m, day))
        for m in _RELATIVE_DAY.finditer(text)
        if not _written_out(text, m.end())  # "on Monday, June 21, 2010": the weekday of a date it writes out
    ]
    for sentence in {text.rfind(". ", 0, m.start()) for m, _, _ in found}:
        here = [i for i, (m, _, _) in enumerate(found) if text.rfind(". ", 0, m.start()) == sentence]
        first, last = min(found[i][1] for i in here), max(found[i][2] for i in here)
        stop = text.find(". ", found[here[-1]][0].end())
        words = text[max(sentence, 0) : stop if stop >= 0 else len(text)]
        bounded = _CLOSED.search(words) and _OPENED.search(words)
        if len(here) >= 2 and (last - first).days <= MAX_SPANNED_DAYS and bounded:
            for i in here:
                found[i] = (found[i][0], first, last)
        # "Concluyó hoy la reunión, que sesionó del 3 al 5 de marzo": the days the sentence writes out are the
        # meeting's; "hoy" only closes them
        written = find_dates(with_year(words, day.year, every=True))
        if any(d.start < d.end and d.start <= first and last <= d.end for d in written):
            for i in here:
                found[i] = (found[i][0], None, None)
    out, at = [], 0
    for m, start, end in found:
        if start is None or end is None:
            continue
        span = f"{start.day}" + (f"-{end.day}" if end != start and end.month == start.month else "")
        out += [text[at : m.end()], f" ({span} {calendar.month_name[start.month]} {start.year})"]
        at = m.end()
    return "".join(out) + text[at:]


MAX_SPANNED_DAYS = 4
_OPENED = re.compile(r"\b(?:inici\w+|inaugur\w+|comenz\w+|empez\w+|began|opened|started|s'est ouvert\w*)", re.I)


def _relative_span(text: str, match: re.Match[str], day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The days one relative word or weekday of `text` counts from `day`."""
    if word := match.group("word"):
        d = day + datetime.timedelta(days=_OFFSETS[word.lower()])
        # "concluyó ayer tras dos días de trabajo": it ended that day and began the days before
        days = _LASTED.search(text) if _CLOSED.search(text[max(0, match.start() - 40) : match.start()]) else None
        if days and (n := _DAY_COUNTS.get(days.group(1).lower(), 1)) > 1:
            start = d - datetime.timedelta(days=n - 1)
            if start.month == d.month:
                return start, d
        return d, d
    cue = (match.group("when") or match.group("after") or "").lower()
    opening = max(text.rfind(". ", 0, match.start()), 0)
    future = bool(_FUTURE_CUE.search(text, opening, match.start()))
    ahead = cue in ("próximo", "proximo", "next", "próximos", "próximo", "prochain") or (not cue and future)
    first = _WEEKDAYS[match.group("day").lower()]
    this = re.match(r"\s*(?:este|this|ce)\b", match.group(0), re.I) is not None
    if this and first == day.weekday():
        gap = 0  # "Concluyó este viernes", dated a Friday
    else:
        gap = (first - day.weekday()) % 7 or 7 if ahead else -((day.weekday() - first) % 7 or 7)
    start = day + datetime.timedelta(days=gap)
    end = start
    if second := match.group("day2"):
        end = start + datetime.timedelta(days=(_WEEKDAYS[second.lower()] - first) % 7)
    return start, end


def _meeting_paper(block: Block) -> bool:
    """A row of a meeting's list of papers: a cell is a paper's symbol, the heading over the table names documents.

    A register of meetings and their papers ("Ref. | Date(s) | Meeting | Venue | Documents") names a meeting in
    its title column: that row is the meeting."""
    heading = (block.heading or "").lower()
    if block.kind != BlockKind.TABLE_ROW or not any(DOCUMENT_SYMBOL.fullmatch(c) for c in block.cells):
        return False
    title_col = title_column(block.header, block.cells) if block.header else None
    if title_col is not None and title_col < len(block.header) and _MEETINGS_COLUMN.search(block.header[title_col]):
        return False
    return any(word in heading for word in DOCUMENT_HEADINGS)


# "WG = Working Group.", "GT: Groupe de travail": a table's legend for the abbreviations its rows use
_LEGEND = re.compile(
    r"(?:^|[.;]\s+)(?P<abbr>[A-Z]{2,6})\s*[=:]\s*(?P<full>[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-Za-zÀ-ÿ][a-zà-ÿ]+){1,3})(?=[.;,]|$)"
)
_BODY_NAME_END = re.compile(r"\b(?:group|committee|network|council|grupo|comité|red|groupe|réseau)$", re.I)


def abbreviation_legend(blocks: Sequence[Block]) -> dict[str, str]:
    """The abbreviations a document spells out for its bodies ("WG = Working Group"), abbreviation -> name."""
    return {
        m.group("abbr"): m.group("full")
        for b in blocks
        if len(b.text) < MAX_LEGEND_CHARS
        for m in _LEGEND.finditer(b.text)
        if _BODY_NAME_END.search(m.group("full"))
    }


MAX_LEGEND_CHARS = 300


def _expanded(reading: _Reading, legend: dict[str, str]) -> _Reading:
    """ "WG Asylum/Refugees" under "WG = Working Group" -> "Working Group on Asylum/Refugees", a working group's."""
    head, _, rest = reading.title.partition(" ")
    if head not in legend or not rest[:1].isupper():
        return reading
    joint = {"group": "on", "committee": "on", "network": "on"}.get(legend[head].split()[-1].lower(), "de")
    title = f"{legend[head]} {joint} {rest}"
    return replace(reading, title=title, kind=classify_kind(title) or reading.kind)


_WRITTEN_STATEMENT = re.compile(
    r"^\W*(?:written (?:statement|testimony)|statement for the record|declaraci[oó]n escrita)\s*:\s*[“\"]"
    r"(?P<title>[^”\"]{3,200}?)[”\"]",
    re.I,
)


# "Testimony of Demetrios Karamanlis, MPI, before ...", "submitted for the record by A and B, MPI, to ...": who gave it
_TESTIMONY_OF = re.compile(r"\b(?i:testimony of|by)\s+(?P<names>[A-ZÀ-Ý][^,]{2,80}?)(?:,|\s+(?:before|to)\b)")


def written_statements(blocks: Sequence[Block]) -> list[_Reading]:
    """The written statement a dated testimony left ("May 22, 2007 - Testimony of A, MPI, before the Senate
    Judiciary Committee" / 'Written statement: "Employment Verification: Building a System That Works"'): a work,
    dated by the line above it, by whom the line says gave the testimony."""
    found = []
    for block in blocks:
        statement = _WRITTEN_STATEMENT.match(block.text)
        dates = find_dates(block.heading or "") if statement else []
        if not (statement and dates and dates[0].begin <= 1):
            continue
        by = _TESTIMONY_OF.search(block.heading or "")
        authors = (names_in(by.group("names"), bylined=True) or ()) if by else ()
        title = statement.group("title").strip(" ,.")
        reading = _Reading("publication.statement", Kind.PUBLICATION, title, dates[0], None, block.text, block)
        found.append(replace(reading, authors=authors, publication_type=PublicationType.OTHER))
    return found


def _content_cells(cells: Sequence[str]) -> list[str]:
    """The cells less empty ones and bare enumerators ("b.", "01", "•"), which belong to no title."""
    return [c.strip() for c in cells if c.strip() and not _ENUMERATOR.fullmatch(c.strip())]


def _table_header_rows(candidates: Iterable[tuple[Block, str]]) -> Iterable[tuple[Block, str]]:
    """The candidates, plus each table's header row when it is a dated row rather than column names:
    a table without a header line gets its first row taken as the header."""
    seen: set[tuple[str, ...]] = set()
    for block, text in candidates:
        header = block.header
        if block.kind == BlockKind.TABLE_ROW and header and header not in seen:
            seen.add(header)
            if _column(header, DATE_HEADERS) is None and find_dates(" ".join(header)):
                yield block, ", ".join(_content_cells(header))
        yield block, text


def with_run_id(activities: Iterable[Activity], run_id: str) -> list[Activity]:
    return [replace(a, run_id=run_id) for a in activities]
