"""Blocks -> publications: reference-list entries and publication listings read as records.

    pubs, used = find_publications(blocks, language="en")

`used` holds the `order` of every block a publication was read from, so the event rules leave
those blocks alone.

Two readers, one per genre:

* **reference lists** (`mpdp_pipeline.extractors.citations`): consecutive blocks are joined into entries (an entry wraps
  across lines and page breaks; page numbers and running headers between its parts are skipped), each entry
  is read as a citation, and only runs of them count (three or more, or any under a "References" heading), so
  that a citation quoted in prose is never taken for a list.
* **listings** (`mpdp_pipeline.extractors.listings`): the cards, rows or items of a publications page, found as
  the records that repeat one structure, each read field by field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mpdp_pipeline.extractors.citations import (
    Citation,
    clean_entry,
    corporate_author,
    names_in,
    opens_dated_entry,
    opens_with_key,
    parse_citation,
    sentence_end,
    split_entries,
    split_translation,
    starts_entry,
    title_first_citation,
    type_label_of,
)
from mpdp_pipeline.extractors.dates import DateSpan, find_dates, parse_date
from mpdp_pipeline.extractors.places import known_place

from mpdp_pipeline.schemas import Block, BlockKind, DatePrecision, PublicationType


@dataclass(frozen=True)
class Publication:
    """One publication as a listing or a reference list gives it, with the block it was read from."""

    title: str
    authors: tuple[str, ...]  # in document order, as written ("A. Author", "Surname, Given")
    date: DateSpan | None  # at the precision the document gives (often a year)
    publisher: str | None
    publication_type: PublicationType
    block: Block
    snippet: str
    rule: str  # "publication.citation", "publication.card", ...
    confidence: float


CONFIDENCE = {
    "publication.citation": 0.85, "publication.card": 0.8, "publication.listed": 0.75, "publication.coded_item": 0.7,
    "publication.table": 0.8,
}  # fmt: skip
MIN_RUN = 3  # fewer consecutive citations outside a references section are citations in prose
MAX_ENTRY_CHARS = 1200  # a longer "entry" is a paragraph that merely opens like one
MAX_TITLE_WORDS = 60

# Headings of the sections that hold reference lists.
_REFERENCE_HEADING = re.compile(
    r"\b(?:references?|bibliograph\w*|works cited|further reading|reading list|literature|sources|"
    r"publications?|products|productos|produits|referencias|bibliografía|obras citadas|lecturas|publicaciones|"
    r"références|bibliographie|"
    r"lectures complémentaires|ouvrages cités|journal articles|art[íi]culos en revistas|articles de revues?|"
    r"book chapters|"
    # "Anexo. Documentos publicados en 2011", "Documents published": a report's annex of its works
    r"documentos publicados|documents publiés|documents published|published documents|obras publicadas)\b",
    re.I,
)

# Type words, most specific first: a "policy brief" is no report, a "working paper" no article.
_TYPE_WORDS: tuple[tuple[PublicationType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        (
            PublicationType.POLICY_BRIEF,
            r"\b(?:policy|issue|research|information) (?:briefs?|notes?)\b|\bbriefing papers?\b|\bnotas? de pol[ií]tica"
            r"|\bresumen de pol[ií]ticas|\bnotes? d['’]orientation|\bnotes? de politique|\bnotes? d['’]information"
            r"|\bnotes? de synth[èe]se",
        ),
        (
            PublicationType.WORKING_PAPER,
            r"\bworking papers?\b|\bdiscussion papers?\b|\bdocumentos? de trabajo\b|\bdocuments? de travail\b"
            r"|\bcahiers? de recherche\b|\bpolicy paper series\b|\bresearch papers?\b",
        ),
        (
            PublicationType.REPORT,
            r"\breports?\b|\btech\. rep\.|\bdeliverables?\b|\binformes?\b|\breportes?\b|\brapports?\b"
            r"|\bwhite papers?\b|\bmemorias? anual",
        ),
        (
            PublicationType.BOOK,
            r"\bbooks?\b|\blibros?\b|\blivres?\b|\bouvrages?\b|\bmonograph\w*|\bmonograf[ií]as?\b|\bhandbook\b"
            r"|\bcap[ií]tulos?\b|\bchapters?\b|\bchapitres?\b|\bvols\.|\bexh\. cat\.",
        ),
        (
            PublicationType.ARTICLE,
            r"\barticles?\b|\bart[ií]culos?\b|\bjournal\b|\brevistas?\b|\brevues?\b|\bproceedings\b|\bactes\b"
            r"|\bponencias?\b|\bconference papers?\b|\bj\. \w+|\btransactions on\b",
        ),
    )
)


# A fact sheet, an infographic: a work's type with no type of its own in the table's vocabulary (`other`).
# the types a government's or an agency's publication page gives its documents, "Guidance", "Policy paper", "Form"
SHEET_LABEL = re.compile(
    r"\b(?:fact ?sheets?|hojas? informativas?|fiches?(?: d'information)?|infograph\w*|guidance|guides?|gu[ií]as?"
    r"|toolkits?|brochures?|leaflets?|folletos?|policy papers?|research and analysis|transparency data"
    r"|impact assessments?|statistics|estad[ií]sticas|datasets?|forms)\b|^forms?$",
    re.I,
)


def names_work_type(label: str) -> bool:
    """Whether a label names a type of work ("Policy Brief", "Report", "Fact Sheet")."""
    return publication_type_of(label) != PublicationType.OTHER or bool(SHEET_LABEL.search(label))


def publication_type_of(text: str) -> PublicationType:
    """The type a title or an entry names (Policy Brief, Working Paper, Book, ...); OTHER when none."""
    for kind, pattern in _TYPE_WORDS:
        if pattern.search(text or ""):
            return kind
    return PublicationType.OTHER


_LINK_WORDS = re.compile(
    r"(?:long|full|short|extended)\s+(?:version|text|paper)|pdf|slides|video|abstract|bibtex|doi|preprint|code"
    r"|poster|html|version longue|texto completo|versión (?:larga|completa)",
    re.I,
)


def find_publications(
    blocks: Sequence[Block], language: str | None = None, title: str | None = None
) -> tuple[list[Publication], set[int]]:
    """Every publication the blocks list, and the orders of the blocks they were read from; `title` is the
    page's own (a "Publications | Lab" page's records are publications)."""
    from mpdp_pipeline.extractors.listings import find_listings  # listings reads records with this module's types

    citations, used = find_citations(blocks)
    # "Title, A. Author, Venue, 2007. Long version.": a link word after the year is no title, so no citation.
    links = [c for c in citations if _LINK_WORDS.fullmatch(c.title.strip(" ."))]
    citations = [c for c in citations if c not in links]
    used -= {c.block.order for c in links}
    listed, listed_used = find_listings([b for b in blocks if b.order not in used], title, bool(citations))
    return dedupe(citations + listed), used | listed_used


def dedupe(pubs: list[Publication]) -> list[Publication]:
    """Each distinct publication once: a list that names one twice ("Ch. Ende" and "C. Ende") counts it once."""
    seen: set[tuple[str, int | None]] = set()
    kept = []
    for pub in pubs:
        # Two days under one title are two issues ("Information Quality (Oct 2 2002)", "... (July 8 2002)")
        when = (
            (pub.date.start if pub.date.precision == DatePrecision.DAY else pub.date.start.year) if pub.date else None
        )
        key = (re.sub(r"\W+", " ", pub.title.casefold()).strip(), when)
        if key not in seen:
            seen.add(key)
            kept.append(pub)
    return kept


# --- reference lists ----------------------------------------------------------------------------


@dataclass
class _Entry:
    """Blocks joined into one reference entry."""

    blocks: list[Block] = field(default_factory=list)
    text: str = ""

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        self.text = f"{self.text} {block.text.strip()}".strip()


_INVERTED_INITIALS = re.compile(r",\s*(?:[A-Z]\.?\s*){1,3}$")


def find_citations(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The entries of every reference list in the blocks."""
    entries = _entries(blocks)
    parsed: list[Citation | None] = []
    previous: tuple[str, ...] = ()
    for entry in entries:
        cite = parse_citation(entry.text, previous) if len(entry.text) <= MAX_ENTRY_CHARS else None
        if cite is None and entry.blocks[0].kind == BlockKind.LIST_ITEM and len(entry.text) <= MAX_ENTRY_CHARS:
            cite = title_first_citation(entry.text)
        # A title that ends with a day is a letter's signature block ("President, Institute, Washington, DC, 29
        # April 2011"), not a work.
        named = cite is not None and (bool(cite.authors) or corporate_author(cite.text))
        # "Ciudad de Panamá, Panamá, 14 de mayo de 2009": an event's place and day, not an author and a year
        placed = (
            cite is not None
            and len(cite.authors) == 1
            and bool(known_place(cite.authors[0]))
            and not _INVERTED_INITIALS.search(cite.authors[0])  # "Preston, C": a surname and its initial
        )
        # "Title 2012: subtitle · September 2012": a card's title and its date field, set apart by the page
        carded = cite is not None and " · " in cite.title and bool(find_dates(cite.title.rsplit(" · ", 1)[1]))
        if (
            cite
            and named
            and not placed
            and not carded
            and not _imprint_as_title(cite.title)
            and len(cite.title.split()) <= MAX_TITLE_WORDS
            and not _ends_with_day(cite.title)
        ):
            previous = cite.authors
            parsed.append(cite)
        else:
            parsed.append(None)
    pubs: list[Publication] = []
    used: set[int] = set()
    accepted = _accepted(entries, parsed, _outer_headings(blocks))
    for i in accepted:
        cite, entry = parsed[i], entries[i]
        assert cite is not None
        used |= {b.order for b in entry.blocks}
        if not _FORTHCOMING_HEADING.match(entry.blocks[0].heading or ""):
            pubs.append(_citation_publication(cite, entry))  # not one of the works a list says are still to come
    for i, entry in enumerate(entries):
        if i not in accepted and (pub := _listed_entry(entry)):
            used |= {b.order for b in entry.blocks}
            pubs.append(pub)
    return pubs, used


# "36 p. Resume las actividades ...", "48 pp.": a work's page count, which opens no title
_PAGE_COUNT_LEAD = re.compile(r"^\d{1,4}\s*(?:p|pp|págs?|pages?)\.?(?:\s|$)", re.I)


def _imprint_as_title(title: str) -> bool:
    """Whether what a citation's parse calls its title is the imprint or the facts under a title set apart above it:
    "Secretaría Técnica de la CRM. San José, agosto de 2009. 24 p." gives "San José, agosto de 2009", a town and a
    month; "Presidencia Pro Tempore de Guatemala, julio de 2009. 36 p. Resume ..." gives "36 p. Resume ..."."""
    if _PAGE_COUNT_LEAD.match(title):
        return True
    head, comma, tail = title.rpartition(",")
    if not comma or parse_date(tail.strip(" ."), allow_year=True) is None:
        return False
    return bool(known_place(head.strip())) or corporate_author(head.strip() + ". X")


# "Note d'orientation n° 3 :", "Working Paper No. 12:", "Informe:": a type label opening a listed entry.
_LEADING_LABEL = re.compile(r"^(?P<label>[^:.;]{3,40}?)(?:\s+(?:n[°ºo]\.?|no\.|núm\.)\s*\d+)?\s?:\s+(?=\S)", re.I)
# ", by A and B." or ". By A and Peter K. Hahn. Report, ...": an initial's stop is no end of the names
_LISTED_BYLINE = re.compile(r"(?:,|\.)\s+(?:by|par|por)\s+(?P<names>[^;]+?)(?<!\b[A-Z])(?=[.;]\s|[.;]?$)", re.I)


# "Rapport annuel 2011-2012, Secrétariat des IGC, juin 2012": a title, then after a comma the body issuing it
ISSUED_BY = re.compile(
    r"^(?P<title>.{12,}?),\s+(?P<imprint>(?:[A-Z]{2,6}\s+)?(?:Secretar[ií]a|Secretariat|Secrétariat"
    r"|Presidencia|Presidency|Présidence)\b[^,.;]{0,50})$"
)


_BRACKET_TAIL = re.compile(r"\s*\(([^()]{1,60}\s[^()]{1,60})\)?[\s,.;]*$")  # words, not an acronym ("(ACE)")


# "(Spanish: Lineamientos regionales para ...)", "(en español: ...)": the edition in another language, after the date
_EDITION_NOTE = re.compile(
    r"\s*\((?:(?:also\s+in\s+|en\s+|in\s+)?(?:spanish|english|french|español|inglés|francés|espagnol|anglais)"
    r"(?:\s+(?:version|edition|versión|edición))?)\s*:[^()]*\)\s*$",
    re.I,
)


# "Documents produced", "Outcomes and documents": an English report's own papers, which its body calls reports (a
# Spanish "Documentos" section lists publicaciones)
_PAPERS_PRODUCED = re.compile(r"\bdocuments\b", re.I)
# "3. Outcomes and documents", "Documentos": a report's section of the papers it produced, among them its meetings'
_DOCUMENTS_HEADING = re.compile(r"\b(?:documents|documentos|documentation)\b", re.I)
# "Acta de la Reunión ...", "Minutes of ...", "Plan de Trabajo ...": a meeting's papers, no works
MEETING_PAPER = re.compile(
    r"^\W*(?:acta|minutes|agenda|orden del d[ií]a|ordre du jour|proc[eè]s-verbal|plan de trabajo|work ?plan"
    r"|programme de travail|programa de trabajo|draft|proyecto de)\b",
    re.I,
)


def _listed_entry(entry: _Entry) -> Publication | None:
    """An item of a publications list that names no authors first, as a report lists its own output:
    "[Type :] Title[, par A et B]. [City : ]Publisher, Month Year." The item must be a list item under a
    publications or references heading, and end with its date."""
    first = entry.blocks[0]
    if first.page is None or first.kind != BlockKind.LIST_ITEM:
        return None
    heading = first.heading or ""
    if not _REFERENCE_HEADING.search(heading) and (
        not _DOCUMENTS_HEADING.search(heading) or MEETING_PAPER.match(entry.text)
    ):
        return None  # "3. Outcomes and documents": a report's papers, but not its meetings' records
    text = _EDITION_NOTE.sub("", clean_entry(entry.text)).rstrip(" .")
    dates = find_dates(text)
    date = dates[-1] if dates else _closing_year(text)
    if date is None or len(text) - date.stop > 2:
        return None
    label = _LEADING_LABEL.match(text)
    kind = publication_type_of(label.group("label")) if label else PublicationType.OTHER
    head = text[label.end() if kind != PublicationType.OTHER else 0 : date.begin].rstrip(" ,.;([")
    authors: tuple[str, ...] = ()
    if (by := _LISTED_BYLINE.search(head)) and (names := names_in(by.group("names"))):
        authors, head = names, f"{head[: by.start()]}{head[by.end() :]}"
    bracket = _BRACKET_TAIL.search(head)
    if bracket:
        # "Title (San José: Technical Secretariat, February 2011)": the imprint in brackets; "Title (Spanish and
        # English), November 2010": a note on the editions, no part of the title
        head, note = head[: bracket.start()], bracket.group(1)
    end = sentence_end(head)
    if (field := head.find(" · ")) > 0 and (end is None or field < end[0]):
        end = (field, field + 3)  # "Title · RCM Technical Series No. 3 - Technical Secretariat of the RCM": its fields
    title, imprint = (head[: end[0]], head[end[1] :]) if end else (head, "")
    if bracket and ":" in note and not imprint:
        imprint = note
    if not end and (issued := ISSUED_BY.match(head)):
        title, imprint = issued.group("title"), issued.group("imprint")
    title, _ = split_translation(title.strip(" .,;"))
    if len(title.split()) < 3:
        return None
    series = publication_type_of(imprint) if len(imprint.split()) <= 3 else PublicationType.OTHER
    if series != PublicationType.OTHER:  # "MPI Report", "Documento de trabajo": the series, not a publisher
        kind, imprint = series, ""
    if kind == PublicationType.OTHER and _PAPERS_PRODUCED.search(heading) and not _REFERENCE_HEADING.search(heading):
        kind = PublicationType.REPORT  # "Documents produced": the papers a report's body issued, its reports
    return Publication(
        title=title,
        authors=authors,
        date=date,
        publisher=imprint_publisher(imprint),
        publication_type=kind if kind != PublicationType.OTHER else publication_type_of(title),
        block=first,
        snippet=entry.text,
        rule="publication.listed",
        confidence=CONFIDENCE["publication.listed"],
    )


_CLOSING_YEAR = re.compile(r"[(\[]\s*(?P<year>(?:19|20)\d\d)\s*[)\]]?$")


def _closing_year(text: str) -> DateSpan | None:
    """ "Report on Resettlement Programmes (2009)": the year a listed entry closes with, at year precision."""
    if not (match := _CLOSING_YEAR.search(text)) or (span := parse_date(match.group("year"), allow_year=True)) is None:
        return None
    return replace(span, begin=match.start("year"), stop=match.end("year"))


def imprint_publisher(imprint: str) -> str | None:
    """ "Genève : CIG" -> "CIG"; "Secrétariat des CIG" -> itself; a bare place ("Genève") names no publisher."""
    place, colon, publisher = imprint.strip(" ,.;").partition(":")
    publisher = (publisher if colon else place).strip(" ,")
    if not publisher or len(publisher.split()) < 2 and not colon or len(publisher.split()) > 10:
        return None
    return publisher


def _entries(blocks: Sequence[Block]) -> list[_Entry]:
    """Blocks joined into entries: a block continues the entry before when it cannot start one of its own."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    section: str | None = None
    right = _right_edges(blocks)
    for block in blocks:
        text = block.text.strip()
        if not text or _page_furniture(block, text, section):
            continue  # a page number or a running header between the two halves of an entry
        if block.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW):
            section = text if block.kind == BlockKind.HEADING else section
            current = None
            continue
        if current is not None and (_continues(current.text, text) or _wrapped(current.blocks[-1], block, text, right)):
            current.add(block)
            continue
        if current is not None and block.page is None and block.locator and block.locator == current.blocks[-1].locator:
            current.add(block)  # the `<br>` lines of one element ("Title<br>Authors<br>Venue (2014)"): one entry
            continue
        for part in split_entries(text):  # one paragraph may hold two citations
            current = _Entry([block], part)
            entries.append(current)
    return entries


def _box(block: Block) -> tuple[float, float, float, float] | None:
    """A PDF block's box (x0, top, x1, bottom) from its locator; None for HTML blocks."""
    if block.page is None or not block.locator:
        return None
    try:
        x0, top, x1, bottom = (float(v) for v in block.locator.split(","))
    except ValueError:
        return None
    return x0, top, x1, bottom


def _right_edges(blocks: Sequence[Block]) -> tuple[float, float, float] | None:
    """The text column's left and right edges over the document's PDF blocks, and the height of one line
    (the lowest body block)."""
    boxes = [box for b in blocks if b.kind != BlockKind.HEADING and (box := _box(b))]
    # One line of body text: the lowest block long enough to be body text, not a page number or running head.
    lines = [box[3] - box[1] for b in blocks if len(b.text) > 60 and (box := _box(b)) and box[3] > box[1]]
    if len(boxes) < 3 or not lines:
        return None
    return min(b[0] for b in boxes), max(b[2] for b in boxes), min(lines)


WRAP_SLACK = 0.12  # a wrapped line stops short of the margin by at most a long word (share of the column)


def _wrapped(before: Block, block: Block, text: str, edges: tuple[float, float, float] | None) -> bool:
    """Whether `block` is the next line of an entry the layout wrapped: the line before ran to the right
    margin, and this one is no list item, carries no list number and opens no entry of its own. Reference
    lists typed as plain paragraphs ("1. Surname ...", "- Title ...") lose their hanging indent, so the
    second line starts at the margin like a new paragraph; over a page break it is the next page's first."""
    prev, this = _box(before), _box(block)
    if edges is None or prev is None or this is None or block.kind == BlockKind.LIST_ITEM:
        return False
    left, right, line = edges
    if prev[3] - prev[1] > 1.5 * line:
        return False  # a paragraph of several lines: the parser already joined what wraps inside it
    if prev[2] < right - WRAP_SLACK * (right - left) or this[0] > prev[0] + 0.1 * (right - left):
        return False
    same_page = block.page == before.page
    if same_page and this[1] - prev[3] > 1.2 * (prev[3] - prev[1]):
        return False  # a blank line apart: a new paragraph
    if not same_page and block.page != (before.page or 0) + 1:
        return False
    if re.match(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s", text):
        return False
    # A line that broke mid-sentence ("... in the United States and the") goes on unless the next opens a dated
    # entry ("Surname, G. (2003)"); after a full stop, any opening of an entry starts a new one.
    if re.search(r"[.?!][\"”’']?$", before.text.strip()):
        # After a full stop only the entry's short last line ("Paris : Gallimard.") goes on it; a subheading
        # or a line that itself runs to the margin opens something new.
        short = this[2] < right - WRAP_SLACK * (right - left)
        return short and not _subheading(text) and not starts_entry(text)
    return not opens_dated_entry(text)


def _page_furniture(block: Block, text: str, section: str | None) -> bool:
    """Page numbers and the running header that repeats the section's heading on every page."""
    return bool(re.fullmatch(r"[\divxlc]{1,4}", text, re.I)) or (
        block.page is not None and section is not None and text == section and block.kind == BlockKind.HEADING
    )


# A newsletter's jump line, "(continued on page 2)", "(suite en page 3)": no part of the entry above it.
_JUMP_LINE = re.compile(r"\(?\s*(?:continued|cont'd|cont\.|suite|continúa|continuación)\b", re.I)


def _continues(entry: str, text: str) -> bool:
    """Whether `text` is the rest of `entry`: it opens in lower case, with a bracket, a web address or a closing
    quote; or the entry broke off (after a comma, or before its title) and `text` opens no entry of its own."""
    # A type label alone ("Working paper") heads the next card; it is never the rest of an entry.
    if opens_with_key(text) or _JUMP_LINE.match(text) or _type_heading(text):
        return False
    if re.match(r"[a-zß-ÿ(”’&]|https?:|www\.|doi", text) and not re.match(r"(?:de|van|von|da|di|le|la)\s", text):
        return True
    if entry.endswith(",") and (dates := find_dates(text)) and not text[dates[-1].stop :].strip(" .)"):
        return True  # "... Geneva: IGC Secretariat," / "December 2006.": the imprint's date on the next line
    if not starts_entry(entry):
        return False
    if re.search(r"(?:[,;:(–-]|\band|&)$", entry):
        return True
    return parse_citation(entry) is None and not starts_entry(text)


_FORTHCOMING_HEADING = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:à paraître|forthcoming(?: publications)?|coming soon|en preparaci[oó]n|pr[oó]ximamente"
    r"|in press|sous presse|en prensa|publications? à venir|pr[oó]ximas publicaciones)\W*$",
    re.I,
)
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+\S")


def _outer_headings(blocks: Sequence[Block]) -> dict[str, str]:
    """Each numbered or typed heading's section ("1. Rapports", "2. Ouvrages" under "Bibliographie sélective";
    "Reports", "Policy Briefs" under "New Publications"): the last heading before it that is neither."""
    outer, section = {}, ""
    for block in blocks:
        if block.kind != BlockKind.HEADING:
            continue
        if _NUMBERED_HEADING.match(block.text) or _type_heading(block.text):
            outer[block.text] = section
        else:
            section = block.text
    return outer


def _accepted(entries: list[_Entry], parsed: list[Citation | None], outer: dict[str, str]) -> list[int]:
    """The citations that stand in a reference list: in a run of MIN_RUN, or under a references heading (or under a
    numbered section of one). A short subheading ("Scribal training") inside a list does not break its run."""
    accepted: list[int] = []
    run: list[int] = []

    def close() -> None:
        dated = [i for i in run if parsed[i] and parsed[i].year]  # type: ignore[union-attr]
        headings = [entries[i].blocks[0].heading or "" for i in run]
        headed = any(_REFERENCE_HEADING.search(h) or _REFERENCE_HEADING.search(outer.get(h, "")) for h in headings)
        # Under a type heading ("Libro", "Documento de trabajo"), citations that name their publisher.
        typed = all(_type_heading(entries[i].blocks[0].heading) and parsed[i].publisher for i in run)  # type: ignore[union-attr]
        if (len(run) >= MIN_RUN and len(dated) >= 2) or (dated and (headed or typed)):
            accepted.extend(run)
        run.clear()

    for i, cite in enumerate(parsed):
        if cite is not None:
            run.append(i)
        elif not _subheading(entries[i].text):
            close()
    close()
    # A page of year sections, each a citation or two and their summaries ("## 2025" / "Hemmeter, J., ... (2025).
    # Title. Journal." / "- We conducted ..."): the sections together are the list.
    yearly = [
        i
        for i, cite in enumerate(parsed)
        if cite is not None
        and cite.year
        and i not in accepted
        and _YEAR_HEADING.match(entries[i].blocks[0].heading or "")
    ]
    if len(yearly) >= MIN_RUN:
        accepted = sorted({*accepted, *yearly})
    return accepted


def _ends_with_day(title: str) -> bool:
    days = [d for d in find_dates(title) if d.precision == DatePrecision.DAY]
    return bool(days) and not title[days[-1].stop :].strip(" .,;)")


def _type_heading(heading: str | None) -> bool:
    """A heading naming a type of publication ("Libro", "Documento de trabajo", "Working Papers")."""
    heading = (heading or "").strip()
    return 0 < len(heading.split()) <= MAX_TYPE_HEADING_WORDS and publication_type_of(heading) != PublicationType.OTHER


MAX_TYPE_HEADING_WORDS = 4


def _subheading(text: str) -> bool:
    return len(text.split()) <= 8 and not re.search(r"[.;:]$", text) and not re.search(r"\d{4}", text)


# A section heading that is only a year ("2016"): the year of the entries under it that give none.
_YEAR_HEADING = re.compile(r"^\W*((?:19|20)\d\d)\W*$")


def _citation_publication(cite: Citation, entry: _Entry) -> Publication:
    heading = _YEAR_HEADING.match(entry.blocks[0].heading or "")
    title, issued, imprint = _set_apart_title(cite.title, entry.blocks[0].emphasis)
    head, comma, label = title.rpartition(", ")
    if comma and len(label.split()) <= MAX_TYPE_TAIL_WORDS and names_work_type(label) and not find_dates(label):
        title = head  # "Canada's Immigrant Population by Province, 2006-2011, Fact Sheet": the work's type after it
    return Publication(
        title=title,
        authors=cite.authors,
        date=issued
        or _issue_month(cite)
        or _imprint_month(cite)
        or cite.year
        or (parse_date(heading.group(1), allow_year=True) if heading else None),
        publisher=cite.publisher or imprint_publisher(imprint),
        publication_type=_citation_type(cite, entry),
        block=entry.blocks[0],
        snippet=cite.text,
        rule="publication.citation",
        confidence=CONFIDENCE["publication.citation"] - (0.0 if cite.year else 0.15),
    )


def _set_apart_title(title: str, emphasis: Sequence[str]) -> tuple[str, DateSpan | None, str]:
    """A citation's title less the imprint run on after its italics ("*Rapport sur la réinstallation des réfugiés
    2006*, février 2007", "*Integration Policies ...: Country Profiles*, Geneva, October 2011"): the italic title,
    the imprint's closing date and what comes before it (a place or a publisher)."""
    for phrase in emphasis:
        tail = title[len(phrase) :].strip(" ,.;") if title.startswith(phrase) and len(phrase) < len(title) else ""
        dates = find_dates(tail) if tail else []
        if not dates or dates[-1].stop < len(tail) - 1 or len(phrase.split()) < MIN_SET_APART_WORDS:
            continue
        # the place or the publisher before the date: a few words, no second date
        if len(dates) == 1 and len(lead := tail[: dates[0].begin].split()) <= MAX_IMPRINT_LEAD_WORDS:
            return phrase.strip(" ,.;"), dates[0], " ".join(lead)
    return title, None, ""


MIN_SET_APART_WORDS = 3
MAX_TYPE_TAIL_WORDS = 3
MAX_IMPRINT_LEAD_WORDS = 6


# "... Migration Information Source, November.": the month of the issue, last, after the source.
_ISSUE_MONTH = re.compile(r",\s*(?P<month>[A-Za-zÀ-ÿ]{3,10})\.?(?:\s+\d{1,2})?\.?\s*$")


def _imprint_month(cite: Citation) -> DateSpan | None:
    """An author-date entry's month its imprint gives in the year's own words ("SECRETARÍA TÉCNICA DE LA CRM (2010).
    Title. San José: CRM, noviembre de 2010, 64 p.")."""
    if cite.year is None or cite.year.precision != DatePrecision.YEAR or not cite.title or cite.title not in cite.text:
        return None
    after = cite.text[cite.text.index(cite.title) + len(cite.title) :]
    after = re.split(r"\s\[\d{1,3}\]\s", after, maxsplit=1)[0]  # not the next entry's ("... [2] SECRÉTARIAT ...")
    year = cite.year.start.year
    months = [d for d in find_dates(after) if d.precision == DatePrecision.MONTH and d.start.year == year]
    return months[-1] if len(months) == 1 else None


def _issue_month(cite: Citation) -> DateSpan | None:
    """An author-date entry's date at the month its source gives after the year ("2010. ... Source, November.")."""
    if cite.year is None or cite.year.precision != DatePrecision.YEAR or not cite.venue:
        return None
    match = _ISSUE_MONTH.search(cite.venue)
    month = parse_date(f"{match.group('month')} {cite.year.start.year}") if match else None
    return month if month is not None and month.precision == DatePrecision.MONTH else None


# Labels of document types outside the five (a fact sheet with a publisher is still no book).
_OTHER_TYPE_LABEL = re.compile(
    r"(?:fact ?sheets?|data ?sets?|brochures?|infographics?|maps?|testimony|comments?|memorand(?:um|a)|newsletters?"
    r"|fiches? d['’]information|hojas? informativas?|fichas? informativas?|boletines?|bolet[ií]n)"
    r"(?=\]?\.?$|\]?\.\s)",
    re.I,
)


def _citation_type(cite: Citation, entry: _Entry) -> PublicationType:
    """The type the entry names, else what its shape says: a quoted title or a journal venue is a part of
    something (article, chapter), a title with a publisher and no venue a book."""
    named = publication_type_of(f"{cite.title} {cite.venue}")
    if named != PublicationType.OTHER:
        return named
    if (label := type_label_of(entry.text)) and (labelled := publication_type_of(label)) != PublicationType.OTHER:
        return labelled  # "Report Papademetriou, Demetrios G. ...": the type the item is labelled with
    if (label and _OTHER_TYPE_LABEL.fullmatch(label.strip())) or _OTHER_TYPE_LABEL.match(cite.venue or ""):
        return PublicationType.OTHER  # "Title [Fact sheet]. Washington, DC: ...": a label outside the five types
    # A list grouped under type headings ("Reports", "Policy Briefs", "Journal Articles"): the heading's type.
    heading = entry.blocks[0].heading or ""
    if len(heading.split()) <= 5 and (by_heading := publication_type_of(heading)) != PublicationType.OTHER:
        return by_heading
    if cite.quoted:
        return PublicationType.ARTICLE
    if cite.publisher:
        return PublicationType.BOOK
    return PublicationType.OTHER
