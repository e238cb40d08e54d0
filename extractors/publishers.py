"""Who published a work: the name the rules read, tidied, and the house's own name where its listing names none.

    rows = with_publishers(rows, document_text, recipient="MPI")

A publisher read from an imprint or a card often brings the imprint along: its place ("Washington, DC: Migration
Policy Institute", "OIM, San José"), its date ("ST-CRM, octubre de 2013") or a partner ("Georgetown University
Press, in association with MPI"). Analysts group by publisher, so the name is kept alone.

A recipient's own publications page, newsletter or annual report rarely repeats its name on every card: the works
it lists without an imprint are its own, published under the name the document uses for its publishing body
("Migration Policy Institute", "Secrétariat des IGC", "Secretaría Técnica de la CRM"). Citations are not: a
reference list cites other houses' works, and a journal article names no publisher at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from mpdp_pipeline.extractors.citations import ORGANISATION_WORDS
from mpdp_pipeline.extractors.dates import find_dates
from mpdp_pipeline.extractors.listings import published_by
from mpdp_pipeline.extractors.places import country_of, trailing_place
from mpdp_pipeline.extractors.vocabulary import HOUSE_PUBLISHERS, PARTNER_NOTE

from mpdp_pipeline.schemas import Activity, DatePrecision, Kind, PublicationType

MAX_PUBLISHER_WORDS = 10
# The rules whose works are read from a citation: what they leave without a publisher has none to name.
CITATION_RULES = ("publication.citation",)
_PLACE_BEFORE = re.compile(r"^(?P<place>[^:]{2,40}):\s*(?P<name>.+)$")  # "Washington, DC: Migration Policy Institute"
_PRESS_WORDS = ORGANISATION_WORDS | {"Press", "Verlag", "Stiftung", "Editorial", "Éditions", "Publishers"}
_TYPE_WORDS = {t.value.replace("_", " ") for t in PublicationType} | {"book", "books", "libro", "livre"}


def tidy_publisher(name: str | None) -> str | None:
    """The publisher alone: no place before or after it, no date, no partner note; None for what names no house
    (a type label "Book", a line of figures)."""
    if not name:
        return None
    name = PARTNER_NOTE.sub("", name.strip(" ,.;·|"))
    if (placed := _PLACE_BEFORE.match(name)) and country_of(placed.group("place").strip()):
        name = placed.group("name")
    dates = find_dates(name)
    if dates and dates[-1].begin > 0 and dates[-1].precision in (DatePrecision.MONTH, DatePrecision.YEAR):
        name = name[: dates[-1].begin]  # "ST-CRM, octubre de 2013": the month it came out
    name = name.strip(" ,.;·|")
    if (place := trailing_place(name)) and name.endswith(place) and len(place) < len(name):
        name = name[: -len(place)].strip(" ,.;")  # "OIM, San José", "Migration Policy Institute, Washington, DC"
    if not name or name.casefold() in _TYPE_WORDS or re.search(r"\d|[·|•]", name):
        return None
    return name if len(name.split()) <= MAX_PUBLISHER_WORDS else None


def house_publisher(text: str, recipient: str) -> str | None:
    """The name the document gives its recipient's publishing body, the form it uses most (the longer one on a
    tie); None when the document never names it."""
    names = HOUSE_PUBLISHERS.get(recipient, ())
    if not names:
        return None
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    counts = Counter(m.group(0) for m in pattern.finditer(text))
    return max(counts, key=lambda n: (counts[n], len(n))) if counts else None


def _names_another_house(snippet: str, house: str) -> bool:
    """Whether a work's own text names a body other than the house ("Verlag Bertelsmann Stiftung, 2008"), whose
    work it may be; the house's own words do not count."""
    rest = snippet.replace(house, " ")
    return any(w.strip(",.;:()") in _PRESS_WORDS for w in rest.split())


def _named_field(snippet: str) -> str | None:
    """The publisher a card's own field names ("Title · Report · May 2011 · Published by X")."""
    return next((p for f in re.split(r"\s+[·|•]\s+", snippet) if (p := published_by(f))), None)


def with_publishers(rows: Sequence[Activity], text: str, recipient: str) -> list[Activity]:
    """Every publication's publisher tidied, and the house's name on the listed works that name none."""
    house = house_publisher(text, recipient)
    out = []
    for row in rows:
        if row.publication_type is None and row.kind.value not in ("publication", "report"):
            out.append(row)
            continue
        publisher = tidy_publisher(row.publisher or _named_field(row.snippet or ""))
        if publisher is None and house and row.extractor not in CITATION_RULES:
            publisher = None if _names_another_house(row.snippet or "", house) else house
        out.append(row if publisher == row.publisher else replace(row, publisher=publisher))
    return out


# A recipient whose works are reports unless they say otherwise: the IGC's Secretariat issues its studies to the
# Participating States as reports ("Family Reunification: Overview of Policies and Practices in IGC Participating
# States"), and reviews list them as such. Its fact sheets, briefs and working papers say what they are.
REPORTING_HOUSES = {
    "IGC": re.compile(r"\b(?:IGC|CIG|Inter-?Governmental Consultations|Consultations intergouvernementales)\b", re.I)
}


# A study of the house's own members: "... in IGC Participating States", "... dans les États participants"
_SURVEYS_ITS_STATES = re.compile(
    r"\b(?:IGC|CIG)\s+(?:Participating\s+)?States\b|\bParticipating States\b|\b[ÉE]tats participants\b"
    r"|\bEstados participantes\b",
    re.I,
)


# A work that says it is another form than a report: "La fiche statistique annuelle « Demandes d'asile ... »"
_OTHER_FORM = re.compile(
    r"\b(?:fact ?sheets?|fiches?|hojas? informativas?|data sheets?|notes?|notas?|briefs?|bulletins?|bolet[ií]n(?:es)?"
    r"|newsletters?|guides?|gu[ií]as?|manuals?|manuel|handbooks?|directory|directorio|r[ée]pertoire|leaflets?|brochures?"
    r"|folletos?|posters?|working papers?|documents? de travail|documentos? de trabajo|articles?|art[ií]culos?)\b",
    re.I,
)


def with_house_reports(rows: Sequence[Activity], recipient: str) -> list[Activity]:
    """The works of a reporting house (`REPORTING_HOUSES`) whose type is unsaid, as its reports; not a work it cites
    from another publisher."""
    house = REPORTING_HOUSES.get(recipient)
    if house is None:
        return list(rows)
    out = []
    for row in rows:
        untyped = row.kind.value == "publication" and row.publication_type in (None, PublicationType.OTHER)
        own = row.publisher is None or house.search(row.publisher) is not None
        surveys = _SURVEYS_ITS_STATES.search(row.title) and not _OTHER_FORM.search(f"{row.title} {row.snippet or ''}")
        # a citation is the house's own when the house wrote or issued it ("IGC Secretariat, Title, Geneva, 2011.")
        cited = row.extractor in CITATION_RULES and not (
            any(house.search(a) for a in row.authors or ()) or (row.publisher and house.search(row.publisher))
        )
        if untyped and own and not cited and surveys:
            row = replace(row, kind=Kind.REPORT, publication_type=PublicationType.REPORT)
        out.append(row)
    return out
