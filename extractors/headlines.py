"""What a news list's headlines announce: a work put out ("New Working Paper: X", "Annual Report 2007 now
available", "Nouvelle publication : « X »").

A news item's headline is otherwise news about an activity its body tells (`schedules.news_articles`); a headline
that announces a work names it better than the body does ("The Secretariat has today released its statistical
report covering 25 years of ..."), so the work is read from the headline and dated by the body, else by the day the
item was posted.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from mpdp_pipeline.extractors.dates import DateSpan, find_dates
from mpdp_pipeline.extractors.publications import publication_type_of

from mpdp_pipeline.schemas import Block, DatePrecision, PublicationType

_WORK_TYPES = (
    r"publication|report|working paper|paper|policy brief|brief|book|study|guide|handbook|fact sheet|newsletter"
    r"|rapport|document de travail|étude|guide|bulletin|publicación|informe|documento de trabajo|estudio|guía"
    r"|boletín|nota de política"
)
# "New Working Paper: X", "Nouvelle publication : « X »", "Nueva publicación: X", "Publication: X", "Parution : X"
_TYPE_LEAD = re.compile(
    rf"^(?:(?:new|latest|nouvel(?:le)?|nouveau|nuev[oa])\s+(?P<type>{_WORK_TYPES})|(?P<bare>publication|parution"
    r"|publicación|vient de paraître"
    # "Working Paper: Measuring Irregular Migration", "Policy Brief: X": a post's type label before the work's name
    r"|working paper|policy brief|fact sheet|issue brief|research report|document de travail|note d'orientation"
    r"|documento de trabajo|nota de política))\s*:\s*(?P<title>.+)$",
    re.I,
)
# "Publicado Compendio de buenas prácticas ...", "Disponible el Informe de la PPT", "Now available: X"
_AVAILABLE_LEAD = re.compile(
    r"^(?:publicad[oa]s?|disponibles?|ya (?:est[aá] )?disponibles?|now available|available now|paru|parue|en ligne)"
    r"\s*:?\s+(?:(?:el|la|los|las|le|les|l['’]|the)\s*)?(?P<title>(?-i:[A-ZÀ-Ý]).+)$",
    re.I,
)
# "Nueva guía para la atención de víctimas de trata", "New report on X": the type is the title's first word
_NEW_TYPE = re.compile(
    r"^(?:new|nouvel(?:le)?|nouveau|nuev[oa])\s+(?P<title>(?P<type>guía|guide|informe|report|rapport|estudio|study"
    r"|étude|manual|handbook|compendio|compendium|boletín|bulletin|libro|book|livre|note d['’]orientation"
    r"|note d['’]information|policy brief|working paper|document de travail|documento de trabajo|nota de política"
    r"|nota informativa|fact sheet|fiche d['’]information)\b.+)$",
    re.I,
)
# "Parution du Recueil statistique sur l'asile", "Publication du Rapport annuel 2006", "Launch of X"
_OF_LEAD = re.compile(
    r"^(?:parution|publication|lancement|publicación|lanzamiento|presentación|launch|release)\s+"
    r"(?:du|de la|de l'|des|del|de|of the|of)\s*(?P<title>.+)$",
    re.I,
)
# "Annual Report 2007 now available", "IGC Newsletter, Issue 18 (October 2008) now available", "X ya disponible"
_AVAILABLE_TAIL = re.compile(
    r"^(?P<title>.+?)[\s,:–-]*(?:(?:is\s+)?now\s+(?:available|online|out)|(?:est\s+)?(?:maintenant\s+)?disponible"
    r"|(?:ya\s+)?disponible|(?:vient d'être|est) (?:paru|publiée?)e?|(?:has been\s+)?(?:released|published))"
    # "Le Guide pratique ... disponible en français", "X now available in Spanish": a new language's edition
    r"(?:\s+(?:in|en)\s+(?:english|french|spanish|français|anglais|espagnol|español|inglés|francés))?\W*$",
    re.I,
)
# "Le Guide ...", "The Annual Report ...": an article before a headline's work, no part of its name
_ARTICLE = re.compile(r"^(?:the|le|la|les|l['’]|el|los|las)\s*(?=[A-ZÀ-Ý])", re.I)
# "rapport « Regroupement familial : ... »", "report “Title”": a type word before the quoted name
_TYPED_QUOTE = re.compile(rf"^(?:{_WORK_TYPES})\s*[«“\"](?P<title>[^«»“”\"]+)[»”\"]$", re.I)
_QUOTES = "«»“”\"' "
_BRACKETED_DATE = re.compile(r"\s*\(([^()]+)\)\s*$")


@dataclass(frozen=True)
class AnnouncedWork:
    """A work a headline announces: its title, type and the date the headline gives it (None: the body's, else
    the day the item was posted)."""

    title: str
    publication_type: PublicationType
    date: DateSpan | None
    block: Block
    named: bool = True  # False: "Nueva guía para la atención de ...", a headline that only describes the work


def announced_work(headline: Block) -> AnnouncedWork | None:
    """The work a news headline announces, else None."""
    text = headline.text.strip()
    if match := _TYPE_LEAD.match(text):
        title, label = match.group("title"), match.group("type") or match.group("bare") or ""
    elif match := _NEW_TYPE.match(text):
        title, label = match.group("title")[:1].upper() + match.group("title")[1:], match.group("type")
        title, date = _without_closing_date(title.strip(_QUOTES + ".,"))
        ptype = publication_type_of(f"{label} {title}")
        return AnnouncedWork(title, ptype, date, headline, named=False) if len(title.split()) >= 2 else None
    elif (
        (match := _OF_LEAD.match(text))
        or (match := _AVAILABLE_LEAD.match(text))
        or (match := _AVAILABLE_TAIL.match(text))
    ):
        title, label = match.group("title"), ""
    else:
        return None
    title, date = _without_closing_date(title.strip(" .,"))
    if quoted := _TYPED_QUOTE.match(title):
        title, label = quoted.group("title"), label or title[: quoted.start("title")]
    title = _ARTICLE.sub("", title.strip(_QUOTES))
    if len(title.split()) < 2:
        return None
    ptype = publication_type_of(f"{label} {title}")
    return AnnouncedWork(title.strip(_QUOTES), ptype, date, headline)


def _without_closing_date(title: str) -> tuple[str, DateSpan | None]:
    """ "IGC Newsletter, Issue 18 (October 2008)" -> ("IGC Newsletter, Issue 18", October 2008)."""
    bracket = _BRACKETED_DATE.search(title)
    if bracket and (dates := find_dates(bracket.group(1))) and dates[0].stop >= len(bracket.group(1)) - 1:
        return title[: bracket.start()].rstrip(" ,"), dates[0]
    return title, None


# "a publié en novembre 2007 le Recueil ...", "publié le 21 mai 2007", "released in March 2008": the day said of it
_PUBLISHED = re.compile(
    r"\b(?:publi(?:é|e|ée|és|shed|cad[oa]s?|c[oó])|paru(?:e|tion)?|released|issued|lanzad[oa]|editad[oa])\b", re.I
)
MAX_VERB_TO_DATE = 80


def published_date(body: str) -> DateSpan | None:
    """The date a teaser gives a work's publication, after its verb ("a été publié le 21 mai 2007", "publié par le
    Secrétariat en octobre 2007"); None when it says none."""
    for verb in _PUBLISHED.finditer(body):
        after = body[verb.end() : verb.end() + MAX_VERB_TO_DATE]
        if (dates := find_dates(after)) and dates[0].precision != DatePrecision.YEAR:
            return dates[0]
    return None


def posted_span(day: datetime.date) -> DateSpan:
    """The day a news item was posted, as the date of the work it announces."""
    text = day.isoformat()
    return DateSpan(text, day, day, DatePrecision.DAY, 0, len(text))
