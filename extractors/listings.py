"""Publication listings of web pages read as records: each card, row or item one publication.

A listing repeats one structure: the blocks of each publication sit under the n-th child of one container
(`main > div:nth-of-type(4) > div:nth-of-type(7) > h2`, `... > div:nth-of-type(7) > p`). The container whose
children hold the most multi-block records is the listing; each record is then read field by field: the title
(its heading, else its longest line), a date line, a byline, a type label ("Artículo · Revista ..."). A listing
counts only when the page or its fields say publications (a "Publications" heading, bylines, type labels), so
an events page with cards yields nothing here.

A paragraph that runs together coded items under a deliverables or reports heading
("D1.1 First database ... D1.2 Intermediate ...") is a listing too, one item per code.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from mpdp_pipeline.extractors.citations import ORGANISATION_WORDS, Citation, names_in, parse_citation, split_translation
from mpdp_pipeline.extractors.dates import MONTHS, POST_STAMP, DateSpan, find_dates, month_range, parse_date
from mpdp_pipeline.extractors.places import known_place
from mpdp_pipeline.extractors.publications import (
    CONFIDENCE,
    Publication,
    PublicationType,
    imprint_publisher,
    names_work_type,
    publication_type_of,
)
from mpdp_pipeline.extractors.records import (
    bylined_headings,
    catalogue_entries,
    dashed_entries,
    dated_type_lines,
    field_records,
    fielded_lines,
    heading_year_of,
    kicker_entries,
    kicker_headings,
    numbered_series,
    paged_items,
    related_works,
    set_title_lines,
    titled_type_entries,
    typed_bylines,
    typed_rows,
    typed_title_date_lines,
)
from mpdp_pipeline.extractors.schedules import MEETING_DOCUMENT
from mpdp_pipeline.extractors.vocabulary import (
    EDITED_BY,
    EVENT_KIND_WORDS,
    EVENT_TYPE_LINE,
    KIND_TERMS,
    KIND_WORDS,
    PARTNER_NOTE,
    RECORD_OF_EVENT,
)

from mpdp_pipeline.schemas import Block, BlockKind, DatePrecision, Kind

MIN_RECORDS = 3
MIN_VOUCHED_RECORDS = 2
# A card has a few fields; a "record" of more blocks is a section holding cards (a year's list of papers).
MAX_RECORD_BLOCKS = 12  # on a page that says publications, two cards are a listing
_STEP = re.compile(r"^(?P<tag>[\w-]+)(?::nth-of-type\((?P<nth>\d+)\))?$")
_PUBLICATION_PAGE = re.compile(
    r"\b(?:publications?|publicaciones|publicación|producción (?:intelectual|académica|científica)|"
    r"bibliograph\w*|bibliografía|papers|reports|informes|rapports|articles|artículos|libros|books|ouvrages|"
    r"working papers?|discussion papers?|(?:paper|report|brief) series|policy briefs|issue briefs|fact ?sheets|"
    r"fiches (?:d['’]information|techniques|th[ée]matiques)|hojas informativas|"
    r"deliverables|research outputs?|documents de travail|investigaciones|estudios|"
    r"studies|études|biblioteca|biblioth[eè]que|(?:virtual|digital|online) library|e-library|"
    # "New documents", "Documentos recientes": a section of files newly out, not of a meeting's papers
    r"(?:new|recent|latest) documents|nuevos documentos|documentos (?:nuevos|recientes)|nouveaux documents"
    r"|documents récents)\b",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:(?:edited|compiled|coordinated|written|prepared)\s+by|(?:editado|coordinado|compilado|elaborado|preparado)"
    r"\s+por|sous la direction de|rédigé\s+par"
    r"|dirigé\s+par|by|por|par|authors?|autor(?:es|as?|\(es\))?|auteurs?|auteur\(e?s\)|author\(s\)|editors?|eds?\.)"
    r"(?:\s*:\s*|\s+)"
    r"|^[—–]\s*(?=[A-ZÀ-Ý])",  # "— Rishi Garg": an attribution dash
    re.I,
)
# Where a byline's names end: a period that closes no initial, then a capital ("Edited by D. G. Papademetriou and
# D. W. Meyers. Migration Policy Institute, June 2005", "A y B. Descargar PDF").
NAMES_END = re.compile(r"(?<!\b[A-Z])\.\s+(?=[A-ZÀ-Ý])")
_RESULT_COUNT = re.compile(
    r"^\W*\d+\s+(?:results?|resultados?|résultats?|items?|entries|documents?|publications?|publicaciones)\W*$"
    # a pager's tally: "Showing 11-20 of 47 results", "Mostrando 1 - 9 de 9 documentos", "Affichage 1 à 10 sur 47"
    r"|^\W*(?:showing|displaying|mostrando|affichage(?: de)?|résultats?|results?)\s+\d+\s*(?:-|–|a|à|to)\s*\d+\s+"
    r"(?:of|de|sur)\s+\d+\b",
    re.I,
)
_BUTTON = re.compile(
    r"^\W*(?:acceso|access|accéder|ver|view|voir|leer|read|lire|descargar|download|télécharger|consultar|consult"
    r"|ir a|go to|more|más|plus)\b",
    re.I,
)
_ET_AL = re.compile(r"^(?P<first>[^,]{2,60}?)\s+et\.?\s*al\.?\s*,?\s*(?P<venue>.*)$", re.I)
_FIELD_SPLIT = re.compile(r"\s+[—–|·•]\s+")  # a meta line's fields
# "Wilson Castillo / 2019 / Conference Proceeding / Scopus", "Working Paper No. 12 — by A and B — June 2009"
_LABEL_SPLIT = re.compile(r"\s+[·|•/—–]\s+")
# Buttons and link words of a card, never its title: "Copiar cita", "Ver DOI →", "Read more", "PDF".
_ACTION = re.compile(
    r"^(?:copiar cita|citar|cite|ver doi|leer en línea|leer más|seguir leyendo|read more|learn more|en savoir plus|"
    r"download|descargar|télécharger|pdf|"
    r"doi|more|más|voir|lire la suite|view|ver|read|leer|lire|descarga|(?:send|print|share|e-?mail) this)\b|[→»]$"
    # a pager's links: "Next ›", "« Anterior", "2"
    r"|^[‹«<]?\s*(?:next|previous|prev|siguiente|anterior|suivant|précédent|\d{1,3})\s*[›»>]?$",
    re.I,
)
MAX_ACTION_WORDS = 4


def _action(text: str) -> bool:
    """Whether a card's line is a button or a link word ("Read more", "Download (PDF)", "Next ›"), not a title that
    opens with one of their words ("More Adults Have Stable Coverage ...", "View from the Border")."""
    words = text.split()
    titled = len(words) > MAX_ACTION_WORDS and words[1][:1].isupper()  # "More Adults Have ...", not "Read the brief"
    return bool(_ACTION.search(text)) and not titled


_EVENT_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(t) for kind, terms in KIND_TERMS if kind not in (Kind.PUBLICATION, Kind.REPORT) for t in terms)
    + r")s?\b(?!\s+(?:proceedings?|papers?|series|citation))",  # "Conference Proceedings": a publication's type
    re.I,
)
_CODE = re.compile(r"(?:^|\s)(?P<code>(?:D|WP|R|M)\s?\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=[A-ZÀ-Ý])")
_CODED_HEADING = re.compile(
    r"\b(?:deliverables?|reports?|publications?|informes|rapports|livrables|entregables)\b", re.I
)


def find_listings(
    blocks: Sequence[Block], title: str | None = None, elsewhere: bool = False
) -> tuple[list[Publication], set[int]]:
    """Every publication the repeated records of a web page list, and the blocks they were read from. A page
    whose title or first heading says publications ("Publications | Lab", "Publicaciones") vouches for
    records that do not read as events, even under year headings that say nothing."""
    blocks = [b for b in blocks if not _RESULT_COUNT.match(b.text)]  # "8 results": a search's tally, no field
    page_says = _page_says_publications(blocks, title)
    years = _issue_runs(blocks) | _section_years(blocks)
    pubs, used = _table_listing(blocks, page_says)
    covers, covers_used = _cover_grid([b for b in blocks if b.order not in used])
    pubs, used = pubs + covers, used | covers_used
    # records whose fields say what each is ("Auteur : X · Genève : CIG · Parution : juin"; "Título: ..." / "Pie de
    # imprenta: ..."), before the cards' structure is weighed
    rules = (
        fielded_lines, dated_type_lines, typed_title_date_lines, field_records, related_works, kicker_entries,
        dashed_entries, typed_rows, set_title_lines,
        paged_items, bylined_headings, numbered_series, typed_bylines, titled_type_entries,
        kicker_headings,
    )  # fmt: skip
    for rule in rules:
        fielded, fielded_used = rule([b for b in blocks if b.order not in used])
        pubs, used = pubs + fielded, used | fielded_used
    remaining = [b for b in blocks if b.page is None and b.locator and " > " in b.locator and b.order not in used]
    rejected: set[tuple[str, str]] = set()
    shapes: set[tuple[str, str]] = set()  # the accepted listings' containers, less positions
    listings: list[str] = []  # the accepted listings' containers
    signatures: set[tuple[str, ...]] = set()  # the accepted listings' record fields, by kind
    bare: list[tuple[list[list[Block]], list[Publication], tuple[str, str]]] = []  # listings of titles alone
    while found := _best_records(remaining, rejected):
        key, records = found
        rejected.add(key)  # each container is weighed once
        # a site search's results mix types: those its meta line calls events are left to the event rules
        if _held_at_hours(records):
            continue  # an events list, its cards' date lines giving their hours
        records = [r for r in records if not (_event_typed(r) or _event_card(r))] or records
        # and those it calls news, staff or jobs are no works ("Press Release | 9/1/2010", "Job Opening | ...")
        others = [r for r in records if _other_typed(r)]
        records = [r for r in records if not _other_typed(r)] or records
        read = [pub for record in records if (pub := _read_record(record, years))]
        if _holds_listing(key, listings) or not _publication_listing(records, read, page_says):
            # The page's sections around a listing already read (its heading and intro are left), or an events
            # page's cards above a grid of publication tiles: not a listing, but the next may be.
            continue
        if not _fielded(read):
            # Cards of titles alone ("Our research areas"): a listing only where no card carries a date, a
            # byline or a type.
            bare.append((records, read, key))
            continue
        # cards of works carry their fields; a box among them with none ("Dear colleague", "DATA HUB State-level maps
        # have been updated ...") is no work, though a citation whose fields went unread still names its year
        read = [
            p
            for p in read
            if p.date is not None
            or p.authors
            or p.publication_type != PublicationType.OTHER
            or (_ANY_YEAR.search(p.snippet) and not _BOX_LABEL.match(p.snippet))
        ]
        used, remaining = _accept(records, read, key, pubs, used, remaining, shapes, listings)
        # the listing's releases and recordings are read by no other rule either
        told = {b.order for r in others if r not in records for b in r}
        used, remaining = used | told, [b for b in remaining if b.order not in told]
        signatures |= {_signature(r) for r in records}
    if bare and not listings and not landing_work(blocks)[0]:
        # (not on a page about one work, whose sidebar boxes, "About the Study Group", "Order a printed copy", are
        # titles alone too)
        used, remaining = _accept(*bare[0], pubs, used, remaining, shapes, listings)
    # The other sections of a listing (each year's `ol`) may hold too few cards to count alone: those shaped like
    # an accepted listing's are read too, unless their cards read as events.
    for key, group in _record_groups(remaining).items():
        records = [sorted(r, key=lambda b: b.order) for _, r in sorted(group.items())]
        if not all(2 <= len(r) <= MAX_RECORD_BLOCKS for r in records):
            continue
        # On a publications page, a second section whose cards carry the same fields ("Memos" under "Trend
        # reports", each an `h4` title over a dated `h6` line) is a listing too, in whatever container it sits.
        alike = page_says and len(records) >= MIN_VOUCHED_RECORDS and {_signature(r) for r in records} <= signatures
        if _shape(key) not in shapes and not alike or _held_at_hours(records):
            continue
        read = [pub for record in records if (pub := _read_record(record, years))]
        # Not a section of event cards; one title's word ("the Formation of Agile Teams") does not make one.
        if read and sum(_names_event(p) for p in read) * 2 < len(read):
            # nor are its cards that a badge and a type label call events ("JUN 14" / "Webinar" / title)
            records = [r for r in records if not (_event_typed(r) or _event_card(r))]
            pubs += [pub for record in records if (pub := _read_record(record, years))]
            used |= {b.order for record in records for b in record}
    # a print catalogue's entries: a title heading over its byline and its fact line ("March 2006 | 296 pp."),
    # before a title over a byline is read without the facts that date it
    # (a catalogue's labelled meta line, "Year: 2008 | 64 pages | ... Author: IGC Secretariat", is read first: it
    # names the authors)
    for rule in (labelled_works, catalogue_entries):
        catalogued, catalogued_used = rule([b for b in blocks if b.order not in used])
        pubs, used = pubs + catalogued, used | catalogued_used
    bylined, bylined_used = title_byline_entries([b for b in blocks if b.order not in used], years)
    used |= bylined_used
    downloads, downloads_used = download_sections([b for b in blocks if b.order not in used])
    used |= downloads_used
    pubs += downloads
    coded, coded_used = _coded_items(b for b in blocks if b.order not in used)
    used |= coded_used
    pubs += bylined + coded
    if page_says:
        dated, dated_used = _dated_headings([b for b in blocks if b.order not in used])
        titled, titled_used = _title_first_items([b for b in blocks if b.order not in used | dated_used])
        led, led_used = _date_led_items([b for b in blocks if b.order not in used | dated_used | titled_used])
        titled, titled_used = titled + led, titled_used | led_used
        periods, periods_used = _period_reports([b for b in blocks if b.order not in used | dated_used | titled_used])
        pubs += dated + titled + periods
        used |= dated_used | titled_used | periods_used
    else:
        # A list of a body's yearly reports says what it is without the page saying so ("2016-17 Annual
        # Report", "2016 Audited Financial Statements", ...): three or more of them.
        periods, periods_used = _period_reports([b for b in blocks if b.order not in used])
        if len(periods) >= MIN_RECORDS and all(_YEARLY_REPORT.search(p.title) for p in periods):
            pubs += periods
            used |= periods_used
    files_say = page_says or _documents_page(blocks, title)
    # Each rule reads what the rules before it left, in this order.
    rules: tuple[Callable[[list[Block]], tuple[list[Publication], set[int]]], ...] = (
        # entries ending with their imprint say what they are on any page: three of them, or two where the page says so
        lambda rest: _imprint_items(rest, 2 if page_says else 3),
        # a work's own page: its title, byline and labelled publication date ("Edited by A and B" / "Publication
        # date: March 2011")
        landing_work,
        # a "Documentos" page of file links by type ("Informes", "Estudios", "Memorias") lists the body's works
        lambda rest: _document_links(rest, files_say),
        # "Title, November 2010" lines under a heading naming their type ("Reports", "Policy Briefs")
        _typed_dated_lines,
        # a deliverables page's entries one per line, each opening with its code
        _coded_lines,
        # last, headings linked to their works' DOIs that no record above read (a generated catalogue's entries)
        _doi_headings,
    )
    for rule in rules:
        found, found_used = rule([b for b in blocks if b.order not in used])
        pubs += found
        used |= found_used
    tried = set(rejected)
    while page_says and not pubs and not elsewhere and (found := _best_records(remaining, tried, MIN_VOUCHED_RECORDS)):
        # A publications page with two cards and nothing else read as a publication: they are its listing.
        tried.add(found[0])
        read = [pub for record in found[1] if (pub := _read_record(record, years))]
        # Two records are thin evidence: each must carry a publication's fields (a date, a byline), which a
        # page's sections ("About us" and its text) do not; the page's sections may be weighed first.
        fielded = all(p.date is not None or p.authors for p in read)
        if fielded and _publication_listing(found[1], read, page_says, MIN_VOUCHED_RECORDS):
            pubs += read
            used |= {b.order for record in found[1] for b in record}
    if page_says and not pubs and not elsewhere:
        # Nothing but a title per box ("1. Report on Survey Experiment" alone in its `div`): the titles are the
        # listing.
        pubs, used = _numbered_titles([b for b in blocks if b.order not in used])
    return pubs, used


# A section of one meeting's own papers: its agenda, list of participants and summary, no publications.
_MEETING_PAPERS = re.compile(
    r"\b(?:meeting|session|conference|workshop)\s+(?:documents|papers|materials)\b"
    r"|\bdocuments?\s+de\s+(?:la\s+)?(?:réunion|séance|conférence)|\bdocumentos\s+de\s+la\s+(?:reuni[oó]n|sesi[oó]n)",
    re.I,
)
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?P<title>\S.*)$")


def _numbered_titles(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """Headings numbered 1, 2, 3 ... in boxes of the same shape, each box holding its heading alone: a
    publications page's bare titles."""
    heads = [(b, m) for b in blocks if b.kind == BlockKind.HEADING and b.locator and (m := _NUMBERED.match(b.text))]
    numbers = [int(m.group("n")) for _, m in heads]
    shapes = {re.sub(r":nth-of-type\(\d+\)", "", b.locator or "") for b, _ in heads}
    if len(heads) < MIN_RECORDS or numbers != list(range(1, len(heads) + 1)) or len(shapes) != 1:
        return [], set()
    boxes = Counter((b.locator or "").rsplit(" > ", 1)[0] for b in blocks)
    if any(boxes[(b.locator or "").rsplit(" > ", 1)[0]] != 1 for b, _ in heads):
        return [], set()  # a box with more than its title is a card, read by the other rules
    pubs = [_listed(m.group("title").strip(), b, confidence_drop=0.2) for b, m in heads]
    return pubs, {b.order for b, _ in heads}


# Column headers of a publications table ("Title | Author(s) | Date | Type", "Título | Autor(es) | Fecha | Tipo",
# "Titre | Auteur(s) | Date | Type"): the title column, and one naming authors or the type, make it a listing.
# (a document library's "Name" column, beside its "Document Type", names its files' works)
# (a progress report's "Report | Author | Date released", "Producto | Autor | Fecha": the works it delivered)
# "English title | Titre français": the first of a table's title columns in two languages is the document's own.
_TITLE_COLUMN = re.compile(
    r"^\W*(?:(?:english|spanish|french|inglés|español|francés|anglais|espagnol|français)\s+)?(?:title|t[ií]tulo|titre|publication|publicaci[oó]n|name|nombre|nom|reports?|informes?|rapports?"
    r"|products?|productos?|produits?)\b",
    re.I,
)
_AUTHOR_COLUMN = re.compile(
    r"^\W*(?:authors?|author\(s\)|autor(?:es|as?)?|autor\(es\)|auteurs?|auteur\(s\)|by|por|par|prepared by"
    r"|elaborad[oa] por|pr[ée]par[ée]e? par|written by)\b",
    re.I,
)
_TYPE_COLUMN = re.compile(
    r"^\W*(?:(?:document |item |content |publication )?type|tipo|genre|format|formato|category|categor[ií]a"
    r"|catégorie|type de document)\b",
    re.I,
)
_DATE_COLUMN = re.compile(
    r"^\W*(?:(?:publication|issue|edition|release)\s+date|date|fecha|published|publicado|publié|year|año|année|issued"
    r"|month(?: of (?:issue|publication))?|mes"
    r"|mois|released|release date|parution|paru|publicación|fecha de publicación|completed|finalizad[oa]|terminad[oa]"
    r"|achev[ée]|delivered|entregad[oa])\b",
    re.I,
)
_PUBLISHER_COLUMN = re.compile(r"^\W*(?:publisher|editorial|éditeur|editor(?:ial)?\s+house|published by)\b", re.I)


def _column(header: Sequence[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, h in enumerate(header) if pattern.match(h.strip())), None)


# What an events page calls itself; a body's name ("Regional Conference on Migration") says nothing of the page.
_EVENTS_PAGE = re.compile(
    r"\b(?:events?|meetings|calendar|agenda|eventos|reuniones|calendario|[ée]v[ée]nements|réunions)\b", re.I
)


_DOCUMENTS_PAGE = re.compile(r"^\W*(?:documentos|documents|documentation|documentación)\W*(?:$|[-–|:])", re.I)


def _documents_page(blocks: Sequence[Block], title: str | None) -> bool:
    """Whether a page is headed "Documentos" / "Documents" alone: its file links are the body's documents."""
    first_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    return bool(_DOCUMENTS_PAGE.match(first_heading))


def _page_says_publications(blocks: Sequence[Block], title: str | None) -> bool:
    first_heading = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    if any(_PUBLICATION_PAGE.search(t) and not _EVENTS_PAGE.search(t) for t in (title or "", first_heading)):
        return True
    # "Current QuickTakes in the series:": the page's lead-in to the numbers of a series of works
    return any(_SERIES_LEAD.search(b.text) for b in blocks[:SERIES_LEAD_AT] if b.kind == BlockKind.PARAGRAPH)


_SERIES_LEAD = re.compile(
    r"^[^.:]{0,80}\b(?:in (?:the|this) series|de (?:la|esta) serie|de (?:la|cette) série|of the series)\s*:\s*$", re.I
)
SERIES_LEAD_AT = 12


def _bare_card(
    title: str, date: DateSpan | None, block: Block, snippet: str, kind: PublicationType | None = None
) -> Publication:
    """A publication a card names by its title and perhaps its date, no one as its author (`publication.card`, a
    little less sure than a card with its fields)."""
    return Publication(
        title=title,
        authors=(),
        date=date,
        publisher=None,
        publication_type=kind or publication_type_of(title),
        block=block,
        snippet=snippet,
        rule="publication.card",
        confidence=CONFIDENCE["publication.card"] - 0.1,
    )


_DOI_LINK = re.compile(r"(?:^|/)(?:dx\.)?doi\.org/10\.\d{4,9}/|^doi:\s*10\.", re.I)
MAX_DOI_DATE_BLOCKS = 3  # a catalogue's entry gives its date within the few lines under its title


def _doi_headings(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A catalogue's entries, each a heading linked to its work's DOI ("## [Financing SMEs and Entrepreneurs 2018]
    (https://doi.org/10.1787/...)"): a publication each, dated by the first date of the lines under it, when the
    page has MIN_RECORDS of them."""
    found: list[tuple[Block, DateSpan | None]] = []
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.HEADING or not block.link or not _DOI_LINK.search(block.link):
            continue
        under = itertools.takewhile(lambda b: b.kind != BlockKind.HEADING, blocks[i + 1 : i + 1 + MAX_DOI_DATE_BLOCKS])
        date = next((d for b in under if (d := _date_in(b.text))), None)
        found.append((block, date))
    if len(found) < MIN_RECORDS:
        return [], set()
    return [_bare_card(b.text.strip(), date, b, b.text) for b, date in found], {b.order for b, _ in found}


def _cover_grid(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A grid of covers: a table row of dated titles ("Issue 25, April 2023 Prioritising Purpose in the Public
    Service" | "Digital Edition Issue 10, Mar 2023") over a row of their buttons ("Download PDF" | "Download PDF"):
    each cell one publication, dated by the month it names. At least MIN_RECORDS across the page."""
    found: list[tuple[Block, str, DateSpan]] = []
    for block, after in zip(blocks, blocks[1:], strict=False):
        if block.kind != BlockKind.TABLE_ROW or after.kind != BlockKind.TABLE_ROW:
            continue
        cells = [c.strip() for c in block.cells if c.strip()]
        buttons = [c.strip() for c in after.cells if c.strip()]
        if not cells or len(buttons) != len(cells) or not all(_ACTION.search(b) for b in buttons):
            continue
        for cell in cells:
            dates = find_dates(cell)
            if len(dates) != 1 or dates[0].precision == DatePrecision.YEAR or len(cell.split()) > MAX_EVENT_FIELD_WORDS:
                break
            found.append((block, cell, dates[0]))
    if len(found) < MIN_RECORDS:
        return [], set()
    pubs = [
        _bare_card(cell, date, block, cell, PublicationType.ARTICLE if _ISSUE.search(cell) else None)
        for block, cell, date in found
    ]
    titled = {block.order for block, _, _ in found}
    buttons = {after.order for block, after in zip(blocks, blocks[1:], strict=False) if block.order in titled}
    return pubs, titled | buttons


_ISSUE = re.compile(r"\b(?:issue|edition|número|num[ée]ro|vol\.?|volume)\b", re.I)


def _table_listing(blocks: Sequence[Block], page_says: bool = False) -> tuple[list[Publication], set[int]]:
    """The rows of a table whose header names a title column and an author or a type column: a publications
    table, each row one publication (authors split, "et al." adding none; the type label mapped; the date at
    the precision the cell gives). Its rows are no events, whatever their dates. On a page that says
    publications, a table of a title cell and a date cell is one too (`_titled_rows`)."""
    pubs: list[Publication] = []
    used: set[int] = set()
    tables: dict[tuple[tuple[str, ...], str], list[Block]] = defaultdict(list)
    for block in blocks:
        header = block.header
        if block.kind == BlockKind.TABLE_ROW and header and len(block.cells) == len(header):
            # An HTML table is its element; a PDF's rows under one header are one table, over its pages too.
            table = (block.locator or "").rsplit(" > tr", 1)[0] if block.page is None else ""
            tables[(header, table)].append(block)
    for (header, _), rows in tables.items():
        title_at = _column(header, _TITLE_COLUMN)
        other_title_at = next(
            (i for i, h in enumerate(header) if i != title_at and _TITLE_COLUMN.match(h.strip())), None
        )
        author_at, type_at = _column(header, _AUTHOR_COLUMN), _column(header, _TYPE_COLUMN)
        named = title_at is not None and (author_at is not None or type_at is not None)
        if not named:
            if page_says and (titled := _titled_rows(rows)):
                pubs += titled
                used.update(b.order for b in rows)
            continue
        if author_at is None and not _publication_types(rows, type_at):  # type: ignore[arg-type]
            continue  # "Title | Date | Type" of workshops and seminars: an events table
        group_year: DateSpan | None = None
        for block in rows:
            if type_at is not None and type_at < len(block.cells) and _event_type_cell(block.cells[type_at]):
                continue  # "Oct. 16-17 | Meeting | Eighth Plenary Meeting ...": a schedule's event, the event rules'
            used.add(block.order)
            filled = [c.strip() for c in block.cells if c.strip()]
            if len(filled) == 1 and (year := _BARE_YEAR_CELL.fullmatch(filled[0])):
                group_year = parse_date(year.group(0), allow_year=True)  # "2022 | | |": the year of the rows below
                continue
            at = title_at
            if other_title_at is not None and _CROSS_REFERENCE.search(block.cells[title_at]):
                at = (
                    other_title_at  # "French edition of No. 2, issued separately": the title is in the other language's
                )
            if pub := _table_row(block, header, at, author_at, type_at):
                pubs.append(pub if pub.date or group_year is None else replace(pub, date=group_year))
    return pubs, used


def _event_type_cell(cell: str) -> bool:
    """Whether a type column's cell calls its row an event ("Webinar", "Meeting", "Public event", "Briefing")."""
    text = cell.strip()
    return bool(text) and (EVENT_TYPE_LINE.match(text) is not None or text.lower().endswith(" event"))


_BARE_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
# A title cell that only points elsewhere: "-", "n/a", "(French edition: see No. 6)", "French edition of No. 2".
_CROSS_REFERENCE = re.compile(
    r"^\W*$|^\W*(?:n/?a|see|voir|ver)\b|\b(?:edition|version|édition|versión|edición|translation|traduction|traducción)"
    r"\s+(?:of|de|du)\s+(?:no|n°|núm)\.?\s*\d",
    re.I,
)


# "Title Summary: ...", "Título Resumen: ...": a cell that runs its title into a summary.
_SUMMARY = re.compile(r"\s+(?:summary|abstract|sommaire|résumé|resumen|síntesis)\s*:\s.*$", re.I | re.S)
_LINK_IN_BRACKETS = re.compile(r"\s*\((?:https?://|www\.)[^()]*\)")


# a header cell naming the table's events anywhere in it ("Plenary meeting (theme)", "Taller / Seminario")
_EVENT_HEADER = re.compile(
    r"\b(?:meetings?|plenar(?:y|ies)|workshops?|seminars?|roundtables?|reuni[oó]n(?:es)?|talleres?|seminarios?"
    r"|r[ée]unions?|ateliers?|s[ée]minaires?)\b(?!\s+(?:papers?|documents?|reports?|proceedings))",
    re.I,
)
_EVENTS_COLUMN = re.compile(
    r"^\W*(?:meetings?|events?|activit(?:y|ies)|réunions?|événements?|activités?|reuni[oó]n(?:es)?|eventos?"
    r"|actividad(?:es)?)\b",
    re.I,
)


def _titled_rows(rows: Sequence[Block]) -> list[Publication]:
    """The rows of a headerless table on a publications page when most hold a title cell and a cell that is
    only a date ("Guide to ... Summary: ... | 2020-06-22"); nothing when the rows read as events."""
    read: list[Publication] = []
    if rows and any(_EVENTS_COLUMN.match(h.strip()) or _EVENT_HEADER.search(h) for h in rows[0].header):
        # "Meeting | Place | Date | Documents", "No. | Plenary meeting (theme) | Venue | Dates": a table of meetings
        return read
    # A table without header cells has its first row taken for its header: a row like the others.
    first = [replace(rows[0], cells=rows[0].header, text=" | ".join(rows[0].header))] if rows else []
    group_year: DateSpan | None = None  # "2007 | |": the year of the rows below, which may leave their date cell empty
    groups = 0
    for block in first + list(rows):
        cells = [c.strip() for c in block.cells if c.strip()]
        if len(cells) == 1 and _BARE_YEAR_CELL.fullmatch(cells[0]):
            group_year, groups = parse_date(cells[0], allow_year=True), groups + 1
            continue
        dated = [(i, d) for i, c in enumerate(cells) if (d := _date_line(c))]
        texts = [c for i, c in enumerate(cells) if i not in {i for i, _ in dated} and len(c.split()) >= 3]
        if not dated and group_year is not None and block.cells and not block.cells[0].strip():
            dated = [(-1, group_year)]
        if len(dated) != 1 or not texts:
            continue
        title = _LINK_IN_BRACKETS.sub("", _SUMMARY.sub("", texts[0])).strip()
        # "Return of Rejected Asylum Seekers: Report of the IGC Workshop | PDF (470 KB)": a paper about an event
        paper = publication_type_of(title) != PublicationType.OTHER or _PAPER_TITLE.search(title)
        if len(title) >= 3 and len(title.split()) <= 40 and (paper or not _EVENT_WORDS.search(title)):
            read.append(
                Publication(
                    title=title,
                    authors=(),
                    date=dated[0][1],
                    publisher=None,
                    publication_type=publication_type_of(title),
                    block=block,
                    snippet=block.text,
                    rule="publication.table",
                    confidence=CONFIDENCE["publication.table"] - 0.1,
                )
            )
    return read if len(read) * 10 >= (len(rows) - groups) * 6 else []


# the words of a paper's title that make it one whatever meeting it names: "Chair's Summary", "Summary of
# Discussions", "Background Paper", "Statistical overview", "Compte rendu", "Memoria", "Newsletter"
_PAPER_TITLE = re.compile(
    r"\b(?:summary|summaries|background paper|overview|newsletter|proceedings|compte[- ]rendu|synth[èe]se|memoria"
    r"|relatoría|bolet[íi]n|bulletin)\b",
    re.I,
)


def _publication_types(rows: Sequence[Block], type_at: int) -> bool:
    """Whether a table's type column names publications (Report, Policy Brief, Fact Sheet), not events."""
    labels = [b.cells[type_at].strip() for b in rows if b.cells[type_at].strip()]
    named = sum(publication_type_of(x) != PublicationType.OTHER or bool(_OTHER_LABEL.match(x)) for x in labels)
    # (a "Workshop Report" is a work about an event, a "Workshop" an event)
    evented = any(_EVENT_WORDS.search(x) and publication_type_of(x) == PublicationType.OTHER for x in labels)
    return bool(labels) and named * 2 >= len(labels) and not evented


# What a title cell adds under the title: its publisher, its size, its other languages.
_CELL_NOTES = re.compile(
    r"\s+(?:editorial|publisher|éditeur|publicado por|published by|también disponible|also available|disponible aussi"
    r"|disponible en|restricted\.|restringido\.|diffusion restreinte"
    r"|\(?(?:pdf|docx?),\s*[\d.,]+\s*[kmg]b)(?:\b|(?<=\.)).*$",
    re.I | re.S,
)
_PUBLISHER_NOTE = re.compile(
    r"\b(?:editorial|publisher|éditeur|publicado por|published by)\s*:?\s*(?P<pub>[^.;]+)", re.I
)
# A month in figures with its year, as a date column writes it: "2014-08", "03.2010", "03/2010".
_MONTH_FIGURES = re.compile(
    r"^\s*(?:(?P<y1>(?:19|20)\d\d)-(?P<m1>0?[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])[./](?P<y2>(?:19|20)\d\d))\s*$"
)


def month_cell(cell: str) -> DateSpan | None:
    """A month in figures with its year, as a date column writes it ("03/2010", "2014-08")."""
    if (match := _MONTH_FIGURES.match(cell)) is None:
        return None
    year, month = int(match.group("y1") or match.group("y2")), int(match.group("m1") or match.group("m2"))
    start = datetime.date(year, month, 1)
    end = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return DateSpan(cell.strip(), start, end, DatePrecision.MONTH, 0, len(cell.strip()))


def _one_year(text: str | None) -> int | None:
    """The one year a heading names ("Publications issued in 2010"), not a span's."""
    years = set(re.findall(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/–-])", text or ""))
    return int(years.pop()) if len(years) == 1 else None


# A cell saying the work is not out ("Deferred (Q1 2008)", "Pending", "En preparación"): no publication yet
_NOT_OUT_CELL = re.compile(
    r"^\W*(?:deferred|postponed|delayed|pending|forthcoming|planned|in preparation|in progress|not (?:yet )?(?:released"
    r"|published)|aplazad[oa]|pospuest[oa]|pendiente|en preparaci[oó]n|previst[oa]|report[ée]e?|en cours"
    r"|à paraître|diff[ée]r[ée]e?)\b",
    re.I,
)


_PRECISION_RANK = {DatePrecision.DAY: 3, DatePrecision.MONTH: 2, DatePrecision.YEAR: 1}


def _table_row(
    block: Block, header: Sequence[str], title_at: int, author_at: int | None, type_at: int | None
) -> Publication | None:
    """One row of a publications table as a publication; none where a cell says it is not out yet."""
    cells = [c.strip() for c in block.cells]
    title_cell = cells[title_at]
    if any(_NOT_OUT_CELL.match(c) for i, c in enumerate(cells) if i != title_at):
        return None
    notes = _CELL_NOTES.search(title_cell)  # "Editorial: OIM. 118 páginas.", "También disponible en inglés: ..."
    title = split_translation(title_cell[: notes.start()] if notes else title_cell)[0].strip()
    if len(title) < 3:
        return None
    # "Publicación | Tipo | Autor | Fecha": the title's column is no date's, though its header may read as one
    # ("No. / Date": a column of a series' numbers and months names its date after the number's)
    dated = [
        i
        for i, h in enumerate(header)
        if i != title_at and any(_DATE_COLUMN.match(part.strip()) for part in re.split(r"[/|]", h))
    ]
    # "Año | Título | ... | Fecha": the column that dates the work most finely ("mayo de 2004", not "2004")
    dated.sort(key=lambda i: -_PRECISION_RANK[d.precision] if (d := parse_date(cells[i], allow_year=True)) else 0)
    date_at, publisher_at = (dated[0] if dated else None), _column(header, _PUBLISHER_COLUMN)
    date = None
    if date_at is not None and cells[date_at]:
        date = (
            month_range(cells[date_at])  # "enero-marzo 2008": a bulletin's quarter, from its first month
            or parse_date(cells[date_at], allow_year=True)
            or month_cell(cells[date_at])
            or _date_in(cells[date_at])
        )
        if date is None and (year := _one_year(block.heading)):
            # "Annex III - Publications issued in 2010" over a column of months ("March", "Sept."): that year's
            date = parse_date(f"{cells[date_at].rstrip('.')} {year}")
    label = cells[type_at] if type_at is not None else ""
    kind = publication_type_of(label) if label else publication_type_of(title)
    authors = names_in(cells[author_at]) if author_at is not None and cells[author_at] else ()
    if author_at is not None and ";" in cells[author_at]:
        # "Rodríguez, Mariela; Castañeda, José Luis": inverted names, one per semicolon
        parts = [names_in(p) for p in cells[author_at].split(";")]
        authors = tuple(n for p in parts if p for n in p) if all(parts) else authors
    if author_at is not None and _ISSUER.search(cells[author_at]):
        # "Secretaría Técnica de la CRM (autor institucional)": a body, the work's author as the page names it
        authors = (re.sub(r"\s*\([^()]*\)\s*$", "", cells[author_at]).strip(" .;"),)
    publisher = (cells[publisher_at] or None) if publisher_at is not None else None
    if publisher is None and notes and (imprint := _PUBLISHER_NOTE.search(title_cell)):
        publisher = imprint.group("pub").strip()
    return Publication(
        title=title,
        authors=tuple(authors or ()),
        date=date,
        publisher=publisher,
        publication_type=kind,
        block=block,
        snippet=block.text,
        rule="publication.table",
        confidence=CONFIDENCE["publication.table"] - (0.0 if date else 0.1),
    )


def _steps(locator: str) -> list[tuple[str, int]]:
    steps = []
    for part in locator.split(" > "):
        match = _STEP.match(part.strip())
        if not match:
            return []
        steps.append((match.group("tag"), int(match.group("nth") or 1)))
    return steps


def _best_records(
    blocks: Sequence[Block], rejected: set[tuple[str, str]] = frozenset(), least: int = MIN_RECORDS
) -> tuple[tuple[str, str], list[list[Block]]] | None:
    """The records of the container whose repeated children hold the most records of two or more blocks (of
    as many, the deepest: cards sit inside the page's sections), leaving out the containers already `rejected`;
    None when no container repeats records."""
    candidates: dict[tuple[str, str], dict[object, list[Block]]] = {}
    for key, records in _record_groups(blocks).items():
        if key in rejected or _page_regions(key, records.values()) or not _grid(key, records):
            continue
        depth = key[0].count(" > ") + 1  # the container's steps; the record's own step comes next
        multi = [
            r
            for r in records.values()
            if 2 <= len(r) <= MAX_RECORD_BLOCKS and not _is_list(r) and not _holds_cards(r, depth)
        ]
        # a listing's introduction and the label over it, boxed like its cards, are not weighed as cards
        counted = sum(not (len(r) == 1 and _prose(r[0].text.strip())) for r in records.values())
        if len(multi) >= least and len(multi) >= 0.6 * counted:
            candidates[key] = records
    best: list[list[Block]] = []
    best_key: tuple[str, str] | None = None
    for key, records in candidates.items():
        if _holds_listing_of(records, candidates):
            continue  # a page's panes ("Featured", "Recent Research" over its own cards): sections, not cards
        deeper = len(records) == len(best) and best_key is not None and key[0].count(">") > best_key[0].count(">")
        if len(records) > len(best) or deeper:
            best = [sorted(r, key=lambda b: b.order) for _, r in sorted(records.items())]
            best_key = key
    return (best_key, best) if best_key is not None else None


def _holds_listing_of(
    records: dict[object, list[Block]], candidates: dict[tuple[str, str], dict[object, list[Block]]]
) -> bool:
    """Whether one of a group's records holds, alone, every record of another candidate group."""
    boxes = [{b.order for b in r} for r in records.values()]
    for inner in candidates.values():
        if inner is records:
            continue
        orders = {b.order for r in inner.values() for b in r}
        if any(orders < box for box in boxes):
            return True
    return False


def _grid(key: tuple[str, str], records: dict[object, list[Block]]) -> bool:
    """Whether a group taken across rows (`row:*`) is a grid: two rows or more, each of two cards or more. Any
    other group is one container's and passes."""
    if not key[0].endswith(":*"):
        return True
    per_row = Counter(row for row, _ in records)  # type: ignore[misc]
    return len(per_row) >= 2 and min(per_row.values()) >= 2


_RECORD_TAGS = ("li", "article")


def _holds_cards(record: list[Block], depth: int) -> bool:
    """Whether a record is a row of a grid, not a card: its blocks sit in two or more children of the same shape,
    each of several blocks (three cards of an author line, a title and a "Read more" link side by side)."""
    children: dict[tuple[str, int], list[str]] = defaultdict(list)
    items: Counter[tuple[tuple[str, int], ...]] = Counter()  # the list items of several lines the record holds
    for block in record:
        steps = _steps(block.locator or "")
        if len(steps) <= depth + 1:
            return False
        children[steps[depth + 1]].append(" > ".join(t for t, _ in steps[depth + 2 :]) + f"|{block.kind}")
        if (at := next((i for i in range(depth + 1, len(steps)) if steps[i][0] in _RECORD_TAGS), None)) is not None:
            items[tuple(steps[: at + 1])] += 1
    if (
        any(n >= 2 for n in items.values())
        and record[0].kind == BlockKind.HEADING
        and record[0].order
        not in {b.order for b in record if any(t in _RECORD_TAGS for t, _ in _steps(b.locator or "")[depth + 1 :])}
    ):
        return True  # a section's heading over its own list of cards ("Guidance" / "<li><h3>Title</h3> ...")
    shapes = [tuple(c) for c in children.values()]
    return len(shapes) >= 2 and all(len(c) >= 2 for c in shapes) and len(set(shapes)) == 1


def _page_regions(key: tuple[str, str], records: Iterable[list[Block]]) -> bool:
    """Whether a group's records are a page's regions (its header, content and footer), not cards: the body's
    own sections, unlike one another (a bare page's cards straight under its body are alike)."""
    if key[0] != "body:1" or key[1] in ("article", "li"):
        return False
    depth = key[0].count(" > ") + 2  # the container's steps and the record's own
    shapes = [
        tuple(re.sub(r":nth-of-type\(\d+\)", "", " > ".join((b.locator or "").split(" > ")[depth:])) for b in r)
        for r in records
    ]
    return len(set(shapes)) * 2 > len(shapes)


def _signature(record: list[Block]) -> tuple[str, ...]:
    """A record's fields by kind, and whether its last field is dated: what two sections' cards share."""
    return (*(str(b.kind) for b in record), "dated" if find_dates(record[-1].text) else "")


def _accept(
    records: list[list[Block]],
    read: list[Publication],
    key: tuple[str, str],
    pubs: list[Publication],
    used: set[int],
    remaining: list[Block],
    shapes: set[tuple[str, str]],
    listings: list[str],
) -> tuple[set[int], list[Block]]:
    """Take a group's records as a listing: its publications join `pubs`, its blocks leave `remaining`."""
    pubs += read
    claimed = {b.order for record in records for b in record}
    shapes.add(_shape(key))
    listings.append(key[0])
    return used | claimed, [b for b in remaining if b.order not in claimed]


MAX_EVENT_FIELD_WORDS = 25  # an abstract's "conference proceedings" or "competition" says nothing of the card


def _names_event(pub: Publication) -> bool:
    """Whether a card's short fields (title, type, date line) name a kind of event."""
    return any(
        _EVENT_WORDS.search(f)
        for f in pub.snippet.split(" | ")
        if len(f.split()) <= MAX_EVENT_FIELD_WORDS and not _VENUE_LINE.match(f)
    )


# A paper's venue line names the conference it appeared in, not an event of the page: "In Proceedings of the
# International Conference on ...", "In: Workshop on ...", "Proc. of the ... Symposium".
_VENUE_LINE = re.compile(r"^\W*(?:in\b:?|proc(?:eedings|\.)|actes\b|actas\b|memorias?\s+del?\b)", re.I)


def _holds_listing(key: tuple[str, str], listings: Sequence[str]) -> bool:
    """Whether a record of the group `key` contains a listing already read: a card never holds a listing."""
    container, tag = key
    return any(c.startswith(f"{container} > {tag}:") for c in listings)


def _fielded(read: Sequence[Publication]) -> bool:
    """Whether most records carry a publication's field: a date, a byline or a type label."""
    if not any(p.date is not None or p.publication_type != PublicationType.OTHER for p in read):
        # names alone, no date or type anywhere: only a byline that says so ("By A and B") makes them a work's
        # authors, not a sidebar's topics ("Labor Migration" / "North America") or its contact line
        return sum(bool(_SAID_BYLINE.search(p.snippet)) for p in read) * 2 >= len(read) > 0
    fields = sum(p.date is not None or bool(p.authors) or p.publication_type != PublicationType.OTHER for p in read)
    return fields * 2 >= len(read) > 0


_SAID_BYLINE = re.compile(
    r"(?:^|\|\s|·\s|\n)(?:(?:edited|compiled|written|prepared)\s+by|by|por|par|authors?\s*:|autor(?:es)?\s*:)\s", re.I
)


def _record_groups(blocks: Sequence[Block]) -> dict[tuple[str, str], dict[object, list[Block]]]:
    """The blocks under each (container, child tag), by the child's position: every candidate list of records.
    The rows of a grid are one container too (`row:*`): two cards a row, over several rows, are one listing."""
    groups: dict[tuple[str, str], dict[object, list[Block]]] = defaultdict(lambda: defaultdict(list))
    for block in blocks:
        steps = _steps(block.locator or "")
        for depth in range(1, len(steps)):
            container = " > ".join(f"{t}:{n}" for t, n in steps[:depth])
            tag, nth = steps[depth]
            groups[(container, tag)][nth].append(block)
            if depth >= 2:
                row_tag, row = steps[depth - 1]
                rows = " > ".join(f"{t}:{n}" for t, n in steps[: depth - 1]) + f" > {row_tag}:*"
                groups[(rows, tag)][(row, nth)].append(block)
    return groups


def _shape(key: tuple[str, str]) -> tuple[str, str]:
    """A record group's container less its positions: one listing's year sections share it (`ol:1`, `ol:2`)."""
    return re.sub(r":\d+", "", key[0]), key[1]


def _is_list(record: list[Block]) -> bool:
    """Whether a record's blocks are the items of one list (`ul > li:1`, `ul > li:2`): a list of records,
    each item its own, not one card's fields."""
    # a section's heading (and its introduction) over its list is a section of records too ("You may also like" /
    # three linked works; "Table of Contents" / the chapters)
    lead = list(itertools.takewhile(lambda b: b.kind != BlockKind.LIST_ITEM, record))
    items = record[len(lead) :]
    if not all(b.kind == BlockKind.LIST_ITEM for b in items) or len(items) < (2 if lead else 1):
        return False
    if lead and (lead[0].kind != BlockKind.HEADING or len(lead) > 2):
        return False
    if all(len(b.text.split()) <= MAX_TYPE_WORDS for b in items) and any(_date_line(b.text) for b in items):
        return False  # "<h3>Title</h3><ul><li>29 April 2014</li><li>Guidance</li></ul>": a card's fields as items
    parents = {(b.locator or "").rsplit(" > ", 1)[0] for b in items}
    return len(parents) == 1 and len({b.locator for b in items}) == len(items)


_SERIES_LABEL = re.compile(r"(?:serie|series|colección|collection)\s*(?:n\.?\s?º?\s*)?\d{0,3}", re.I)
_LISTING_NAME = re.compile(
    rf"(?:(?:our|recent|latest|selected|all|nuestras|últimas|dernières|nos)\s+)?(?:{_PUBLICATION_PAGE.pattern})",
    re.I,
)


_INITIAL = re.compile(r"\b[A-ZÀ-Ý]\.(?:\s|$)")


MAX_HEADING_LEVEL = 7


def _section_years(blocks: Sequence[Block]) -> dict[int, DateSpan]:
    """The year each block's section is headed by ("<h2>2025</h2>" over cards titled in `h3`s), by block order: a
    heading of that level or above that is no year closes the section. A month's heading ("January", "Juin") heads
    its section with that month, in the year of the section around it or, failing one, the year the page's first
    heading names alone ("2012 at MPI" over month by month cards)."""
    years: dict[int, DateSpan] = {}
    current: tuple[DateSpan, int] | None = None
    year_section: tuple[DateSpan, int] | None = None
    page_year = next((_one_year(b.text) for b in blocks if b.kind == BlockKind.HEADING), None)
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            level = _heading_level(block) or MAX_HEADING_LEVEL  # a PDF's heading or a bold line: below all `h`s
            if year_section is not None and level <= year_section[1]:
                year_section = None
            if (span := _bare_year(block.text.strip())) is not None:
                current = year_section = (replace(span, begin=0, stop=0), level)
            elif month := _month_section(block.text, year_section[0].start.year if year_section else page_year):
                current = (month, level)
            elif current is not None and level <= current[1]:
                current = year_section
        if current is not None:
            years[block.order] = current[0]
    return years


def _issue_runs(blocks: Sequence[Block]) -> dict[int, DateSpan]:
    """The month or year a line that is only that date ("<div class='issuehead'>December 2006</div>") gives the
    blocks after it in the same container (its siblings, up to the next such line or heading): an archive's issues,
    each a month over its articles. A card's own date line sits inside the card, and the next card is no sibling."""
    runs: dict[int, DateSpan] = {}
    current: tuple[DateSpan, str] | None = None
    # (a line of its own element: "<p>Fact Sheet<br>Title<br>April 2009</p>" dates only its card)
    shared = Counter(b.locator for b in blocks)
    for block in blocks:
        parent = (block.locator or "").rsplit(" > ", 1)[0]
        if block.kind == BlockKind.HEADING:
            current = None
        elif (
            block.kind == BlockKind.PARAGRAPH
            and block.page is None
            and (span := _date_line(block.text)) is not None
            and span.precision != DatePrecision.DAY
            and len(block.text.split()) <= MAX_ISSUE_LINE_WORDS
            and shared[block.locator] == 1
        ):
            current = (replace(span, begin=0, stop=0), parent)
        elif current is not None and not block.locator.startswith(current[1] + " > "):
            current = None  # out of the container the line heads
        elif current is not None and (block.locator or "").count(" > ") > current[1].count(" > ") + 1 + 1:
            continue  # deeper inside a sibling than a card's lines: no record of this run
        if current is not None and block.locator.startswith(current[1] + " > "):
            runs[block.order] = current[0]
    return runs


MAX_ISSUE_LINE_WORDS = 4


def _one_year(text: str) -> int | None:
    years = set(re.findall(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/–-])", text))
    return int(years.pop()) if len(years) == 1 else None


def _month_section(heading: str, year: int | None) -> DateSpan | None:
    """The month a heading names alone ("January", "Juin"), in `year`."""
    if year is None or heading.strip(" :.").lower() not in MONTHS:
        return None
    span = parse_date(f"{heading.strip(' :.')} {year}")
    return replace(span, begin=0, stop=0) if span is not None and span.precision == DatePrecision.MONTH else None


def _read_record(record: list[Block], years: Mapping[int, DateSpan] | None = None) -> Publication | None:
    """Title, date, authors and type of one card; `years`, the year each block's section is headed by."""
    if _MEETING_PAPERS.search(record[0].heading or ""):
        return None  # under "Meeting Documents": the meeting's agenda or list of participants, no publication
    # (nor is the CMS's stamp of who last edited the page, and when, a field of the work)
    fields = [b for b in record if not _action(b.text.strip()) and not EDITED_BY.match(b.text)]
    # "martes, 24 de julio de 2007 10:15": the CMS's stamp of when the item was posted is no field of the work
    fields = [b for b in fields if not POST_STAMP.match(b.text.strip())] or fields
    if any(_SERIES_LABEL.fullmatch(b.text.strip()) for b in fields):
        return None  # a series' card ("Serie 01", "Working Paper Series"): the publications are its numbers
    dates = [d for b in fields if (d := _date_line(b.text))]
    date = dates[0] if dates else None
    if date is not None and date.precision == DatePrecision.YEAR:
        # a cover's year badge ("2009") over the meta line's month ("Boletín · Diciembre 2009"): the month
        finer = dates + [d for b in fields if (d := _meta_line_date(b.text))]
        date = next((d for d in finer if d.precision != DatePrecision.YEAR and d.start.year == date.start.year), date)
    label = next((b for b in fields if _type_label(b.text)), None) or next(
        (b for b in fields if _dated_label(b.text)), None
    )
    # The title first: a card's heading is its title even when it reads as names ("Síndrome de Burnout").
    rest = [b for b in fields if not _date_line(b.text) and b is not label]
    heads = [b for b in rest if b.kind == BlockKind.HEADING]
    title_block = heads[0] if heads else None
    if len(heads) >= 2 and not heads[0].link and heads[1].link and _under(heads[1], heads[0]):
        title_block = heads[1]  # a pane's label ("Featured") over its one card's linked `h3`: the card's title
    # An explicit byline ("By ...", "— A. Author") before a line that only reads as names (a subtitle may).
    bylines = [(b, a) for b in rest if b is not title_block and not _label_alone(b.text) and (a := _authors(b.text))]
    # Then a meta line ("A. Author · Institute · March 2006"), before a line that only reads as names (a subtitle
    # of capitalised phrases may).
    if label is not None and (named := _authors(label.text)):
        bylines.append((label, named))  # "A. Author · March 2006 · Report": the meta line names the authors too
    # Of two lines reading as names alike, the one with initials ("S. Lefkimmiatis"), not a title of capitalised
    # words ("Universal Denoising Networks").
    # Of names alone on two lines, the later: a title comes before its authors ("San Martín, Ciudad de la Tradición
    # y Capital de la Industria" / "Nerina Visacovsky").
    if not bylines:
        # "Gil, A., Herrera, L. & Vidal, T., Mar 2019, In: ...": a portal's meta line of the names, then the date
        bylines += [(b, found[0]) for b in rest if b is not title_block and (found := names_then_date(b.text))]
    byline = min(
        bylines, key=lambda x: (_byline_rank(x[0].text), not _INITIAL.search(x[0].text), -x[0].order), default=None
    )
    if title_block is None:
        rest = [b for b in rest if (byline is None or b is not byline[0])]
        # "Doc Nº 5", "Working Paper No. 12": the number of the publication in its series, not its title
        rest = [b for b in rest if not _NUMBER_LABEL.fullmatch(b.text.strip())] or rest
        title_block = next((b for b in rest if len(b.text.split()) >= 2), None) or max(
            rest, key=lambda b: len(b.text), default=None
        )
    if title_block is None or len(title_block.text.strip()) < 3:
        return None
    title = _TITLE_FIELD.sub("", title_block.text.strip())  # 'Título: "Uroboros"': the title, not its label
    title = _ENTRY_NUMBER.sub("", title).rstrip(" ,")  # "[2] Title,": the entry's number and its comma
    title = _REPORT_NUMBER.sub("", title) or title  # "Title (A-07-06-03084)": its number in the series
    title = _FILE_SIZE.sub("", title).rstrip() or title  # "Title (PDF 3,31 MB)": the file's size
    title, field_date, field_kind = title_fields(title)
    if (
        byline is None
        and (card_by := _CARD_LINE_BYLINE.search(title_block.text))
        and (named := _authors(card_by.group("names")))
    ):
        byline = (title_block, named)  # "Title · Book · 2010 · By A and B": a card line's byline is its last field
    date = date or field_date
    if any(_NOT_A_WORK_LABEL.fullmatch(b.text.strip()) for b in fields) or _NOT_A_WORK_LABEL.match(title):
        return None  # "Data Tool" / "Interactive Map: Immigrant Population by State": a tool, a video, no publication
    if _EVENTS_LABEL.fullmatch(title) or any(_SIGN_UP.search(b.text) for b in fields):
        return None  # a sidebar's "Próximos eventos" box, a newsletter's sign-up box: no publication
    if _MEETING_RECORD.match(title):
        return None  # "Declaración de la XVIII Reunión ...", "Acta de la Reunión del GRCM": a meeting's papers
    if _CONTACT.search(title):
        return None  # "If you have any feedback on our publications please contact us at x@y.org": a notice
    if not any(b.kind == BlockKind.HEADING for b in fields) and all(_LABELLED.match(b.text) for b in fields):
        # "Type: Technical report" / "Organizations: ..." / "Date: July 2024" under the publication's heading: the
        # record is its fields, and the heading above them its title.
        if not (heading := (record[0].heading or "").strip()) or _LISTING_NAME.fullmatch(heading):
            return None
        title_block, title = record[0], heading
        label = next((b for b in fields if _TYPE_FIELD.match(b.text)), label)
    if _LISTING_NAME.fullmatch(title) and not date and not byline:
        return None  # the listing's own heading and its introduction, boxed like its cards ("Investigaciones")
    introduces = byline is None and not _ANY_YEAR.search(title) and _SENTENCE_BREAK.search(title) is not None
    if (len(fields) == 1 or introduces) and not date and _prose(title):
        # "Current briefs in the series:", "The briefs provide ...": the listing's introduction, one sentence or
        # more (a citation read whole names its year)
        return None
    if not date and not title_block.link and _SENTENCE_OPENING.match(title) and title.endswith("."):
        return None  # "This series highlights timely data from the survey.": the listing's introduction, however short
    if (
        date is None
        and (closing := _closing_day(title))
        and (len(fields) == 1 or title[: closing.begin].rstrip().endswith(","))
    ):
        # "Title<br>May 22, 2014" run together; "Title, 19 March 2018" over its summary
        title, date = title[: closing.begin].rstrip(" ,–—-|"), closing
    if date is None:
        # "Washington, DC: Migration Policy Institute, 2011": the imprint's year, before any date its teaser recounts
        date = next(
            (d for b in fields if b is not title_block and (d := _imprint_date(b.text) or _city_imprint_date(b.text))),
            None,
        )
    if date is None:
        date = next(
            (
                d
                for b in fields
                if b is not title_block
                and not _UPLOADED.search(b.text)
                and not (_prose(b.text) and byline is not None)  # a bylined card's teaser: history it recounts
                and (d := _date_in(b.text))
            ),
            None,
        )
    if date is None:
        date = next((d for b in fields if b is not title_block and (d := _meta_year(b.text))), None)
    if date is None:
        date = next((found[1] for b in fields if b is not title_block and (found := names_then_date(b.text))), None)
    if date is None:
        # "European Physical Journal H 45, 49-105 (2020) PDF": a venue line's year in brackets
        date = next((d for b in fields if b is not title_block and (d := _bracketed_year(b.text))), None)
    if (cited := _own_citation(fields, title_block)) is not None:
        # "Recommended citation: Lee, M. (2015). "Title." Journal.": the card cites its own work
        byline = byline or (title_block, cited.authors)
        if date is None and cited.year is not None:
            date = cited.year
    if titled_year := _TITLE_YEAR.search(title):
        # "Informe regional sobre ... (2014)": the year the listing gives its work, after the title
        title = title[: titled_year.start()].rstrip()
        if date is None or date.precision == DatePrecision.YEAR or date.start.year != int(titled_year.group(1)):
            date = _bare_year(titled_year.group(1))
    imprint = next((i for b in fields if b is not title_block and (i := _closing_imprint(b.text))), None)
    if date is None and imprint:
        date = imprint[1]
    if date is None:
        date = next((d for b in fields if b is not title_block and (d := _imprint_date(b.text))), None)
    headed = _bare_year((record[0].heading or "").strip()) or (years.get(record[0].order) if years else None)
    if date is None and headed is not None:
        # "Report June 14", "Fact Sheet May" under "2011": the label line's day or month, in the heading's year
        date = next(
            (d for b in fields if b is not title_block and (d := _yearless_date(b.text, headed.start.year))), None
        )
    if date is None and (year := _bare_year((record[0].heading or "").strip())):
        date = replace(year, begin=0, stop=0)  # under a year heading ("2017"): the year is the heading's, not its text
    if date is None and years:
        date = years.get(record[0].order)  # in a section headed "2025", its cards titled by headings of their own
    kind = publication_type_of(_LABEL_SPLIT.split(label.text)[0]) if label else field_kind or publication_type_of(title)
    if label is not None and (typed := _TYPE_FIELD.match(label.text)):
        kind = publication_type_of(label.text[typed.end() :])
    if kind == PublicationType.OTHER and any(_ISBN.search(b.text) for b in fields):
        kind = PublicationType.BOOK  # a card with its ISBN and no type label: a book's
    if kind == PublicationType.OTHER and (typed := _type_heading(record[0].heading or "")) != PublicationType.REPORT:
        # a card under "MPI Working Papers": the type its section names ("Trend reports" names a topic's works, which
        # a report's own label would make the body's reports)
        kind = typed or kind
    title = split_translation(title)[0]
    published = next(
        (p for b in fields if b is not title_block and (p := published_by(b.text) or _imprint_line(b.text))), None
    ) or next((p for b in fields if (p := _city_publisher(b.text))), None)
    if published is None:
        # "Washington, DC: Migration Policy Institute" as a field of its own; a title "Mexico: ..." is no imprint
        published = next((p for b in fields if b is not title_block and (p := _place_publisher(b.text))), None)
    if _PROCEEDINGS_TITLE.match(title) and byline is None and published is None:
        return None  # "Memoria del Seminario ... (2008)" beside the meetings' papers: its record, no one's work
    return Publication(
        title=title,
        authors=byline[1] if byline else (),
        date=date,
        publisher=published or (imprint[0] if imprint else None) or (_publisher(label.text) if label else None),
        publication_type=kind,
        block=title_block,
        snippet=" | ".join(b.text.strip() for b in fields),
        rule="publication.card",
        confidence=CONFIDENCE["publication.card"] - (0.0 if date else 0.1),
    )


_CITATION_LABEL = re.compile(
    r"^\W*(?:recommended\s+citation|suggested\s+citation|citation|cite(?:\s+as)?|how\s+to\s+cite|cita(?:\s+sugerida)?"
    r"|citar\s+como|pour\s+citer|référence)\s*:\s*",
    re.I,
)


def _own_citation(fields: Sequence[Block], title_block: Block) -> Citation | None:
    """A card's citation of its own work ("Recommended citation: Lee, M. (2015). "Title." Journal"): the citation
    whose title is the card's, with its authors."""
    own = re.sub(r"\W+", " ", title_block.text).strip().casefold()
    for block in fields:
        if block is title_block or not (label := _CITATION_LABEL.match(block.text)):
            continue
        cited = parse_citation(block.text[label.end() :])
        if cited and cited.authors and re.sub(r"\W+", " ", cited.title).strip().casefold() == own:
            return cited
    return None


# "Subido el 12/05/2014", "Uploaded on ...", "Posted ...": when the file went online, not the work's date.
_UPLOADED = re.compile(
    r"\b(?:subido|cargado|uploaded|posted|added|mise? en ligne|publicado en l[ií]nea"
    # "Última actualización el Jueves, 20 de Octubre de 2011 16:02": when the page was last edited
    r"|[úu]ltima (?:actualizaci[oó]n|modificaci[oó]n)|last (?:updated|modified)"
    r"|derni[èe]re (?:mise à jour|modification))\b",
    re.I,
)
_TITLE_YEAR = re.compile(r"\s*[(\[]((?:19|20)\d\d)[)\]]\s*$")
# The papers of a meeting, which a documents page lists beside the works: its declaration, its minutes, its record.
_MEETING_RECORD = re.compile(
    r"^\W*(?:declaraci[oó]n|declaration|d[ée]claration|joint statement|comunicado conjunto|communiqu[ée]|acta|minutes"
    r"|proc[eè]s-verbal|orden del d[ií]a|agenda|ordre du jour|(?:memoria|record|compte rendu)\s+(?:de la|del|of the"
    r"|du)\s+(?:[IVXLC]+\s+)?(?:reuni[oó]n|meeting|r[ée]union|sesi[oó]n|session))\b",
    re.I,
)
# A seminar's or a workshop's "Memoria": its proceedings, a work when someone is named as its author or editor.
_PROCEEDINGS_TITLE = re.compile(
    r"^\W*(?:memoria|proceedings|actes|record)\s+(?:de la|del|of the|du|de l['’])\s+(?:[IVXLC]+\s+)?(?:seminario|taller"
    r"|seminar|workshop|s[ée]minaire|atelier|conferencia|conference|conf[ée]rence)\b",
    re.I,
)
_NUMBER_LABEL = re.compile(
    r"(?:doc(?:umento)?s?(?:\s+de\s+trabajo)?|working\s+paper|wp|paper|policy\s+brief|brief|report|informe|rapport"
    r"|issue|n[uú]mero|number|no|n)\.?\s*(?:n[º°o]\.?|no\.|#)?\s*\d{1,4}[a-z]?",
    re.I,
)
# A labelled field of a record: "Type: Technical report", "Organizations: ...", "Año: 2019".
_LABELLED = re.compile(r"^[A-ZÀ-Ý][^\W\d_]*(?:\s[^\W\d_]+){0,2}\s*:\s+\S")
_EVENTS_LABEL = re.compile(
    r"(?:(?:pr[oó]ximos|upcoming|past|recent|prochains)\s+)?(?:eventos|events|[ée]v[ée]nements|actividades)"
    # a minutes' section over its cards: "2.1 Events held during the quarter", "3. Actividades realizadas en 2010"
    r"|(?:\d+(?:\.\d+)*\.?\s+)?(?:events|eventos|[ée]v[ée]nements|actividades|activités|activities|meetings|reuniones)"
    r"\s+(?:held|realizad[oa]s|organis[ée]s|organized|organised|tenues|celebrad[oa]s)\b.*"
    # a sidebar's box of notices: "Avisos" over a call for proposals and an office move
    r"|avisos|anuncios|announcements|notices|avis",
    re.I,
)
# Type labels of a listing's items that are no publications: tools, maps, data, recordings.
_NOT_A_WORK_LABEL = re.compile(
    r"(?:data tools?|data hub|interactive (?:map|tool|chart)s?|datasets?|databases?|videos?|podcasts?|audio"
    r"|multimedia|infographics?|herramientas? de datos|mapas? interactivos?|bases? de datos|outils?(?: de données)?"
    r"|cartes? interactives?)(?=\s*(?::|$))",
    re.I,
)
_SIGN_UP = re.compile(
    r"\b(?:subscribe|sign up|suscr[ií]b\w*|reciba las novedades|s['’]abonner|abonnez-vous"
    r"|inscr[ií]b\w* al bolet[ií]n)\b",
    re.I,
)
_TITLE_FIELD = re.compile(r"^(?:t[ií]tulo|title|titre)\s*:\s*[\"“«]?\s*(?=\S)|[\"”»]\s*$", re.I)
_TYPE_FIELD = re.compile(r"^(?:type|document type|tipo|type de document|format)\s*:\s*", re.I)
MIN_PROSE_WORDS = 20


# a sentence about the listing: "This series ...", "These reports ...", "Esta serie ...", "Cette collection ..."
_SENTENCE_OPENING = re.compile(
    r"^(?:this|these|our|we|here|esta|estas|este|estos|nuestr[oa]s?|aquí|cette|ces|nos|ici)\s", re.I
)


def _prose(text: str) -> bool:
    """A line that introduces or describes, not a title: a label over what follows, or a long sentence."""
    return text.endswith(":") or (len(text.split()) >= MIN_PROSE_WORDS and text.endswith("."))


def _closing_day(text: str) -> DateSpan | None:
    """The full date a one-line card ends with, after a title of three words or more ("Who Are the Newly
    Insured? May 22, 2014")."""
    dates = find_dates(text)
    last = dates[-1] if dates else None
    if last is None or last.precision != DatePrecision.DAY or text[last.stop :].strip(" .)"):
        return None
    return last if len(text[: last.begin].split()) >= 3 else None


def _byline_rank(text: str) -> int:
    """How surely a card's line that reads as names is its byline: 0 "By ...", 1 a meta line, 2 names alone."""
    text = text.strip()
    return 0 if _BYLINE.match(text) else 1 if _LABEL_SPLIT.search(text) else 2


# The words that say when a publication came out ("Published", "Fecha de publicación", "Mis en ligne le").
_ISSUED_WORDS = (
    r"(?:date\s+added|added|published|publication\s+date|date\s+of\s+publication|released|issued|posted"
    r"|publicado|fecha\s+de\s+publicaci[oó]n|publi[ée]e?(?:\s+le)?|date\s+de\s+publication|mis\s+en\s+ligne)"
)
_ISSUED = re.compile(rf"^\W*{_ISSUED_WORDS}\b", re.I)
# A card's date field by its label: "Año: 2019", "Year: 2006", "Date de publication : mars 2021".
_DATE_FIELD = re.compile(rf"^(?:{_ISSUED_WORDS}|year|date|año|fecha|année)\s*:\s*", re.I)


def _meta_line_date(text: str) -> DateSpan | None:
    """The date alone in the last field of a meta line ("Documento de trabajo N.º 2 · Noviembre 2009")."""
    if (field := _LAST_FIELD.search(text.strip())) is None:
        return None
    span = parse_date(field.group("date").strip())
    return span if span is not None and len(span.text) >= len(field.group("date").strip()) - 2 else None


_LAST_FIELD = re.compile(r"\s[·|•]\s+(?P<date>[^·|•]{4,30})$")


def _date_line(text: str) -> DateSpan | None:
    """A line that is only a date: "2024", "March 2006", "Publié le 3 mai 2021", "Año: 2019"."""
    text = text.strip()
    if field := _DATE_FIELD.match(text):
        span = _date_line(text[field.end() :])
        return None if span is None else replace(span, begin=span.begin + field.end(), stop=span.stop + field.end())
    span = parse_date(text, allow_year=True) or _bare_year(text) or month_cell(text)  # "2012-06", "03.2011"
    if span and len(text) - len(span.text) <= 12:
        return span
    kicker = _KICKER.match(text)
    if kicker and len(kicker.group("topic").split()) <= MAX_KICKER_WORDS and (span := _date_line(kicker.group("date"))):
        # "Opinión pública / Febrero 2025": a card's kicker, its topic then its date
        return replace(span, begin=span.begin + kicker.start("date"), stop=span.stop + kicker.start("date"))
    return None


_KICKER = re.compile(r"^(?P<topic>[^/]+?)\s+/\s+(?P<date>[^/]+)$")
MAX_KICKER_WORDS = 4


_MONTH_WORD = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# A line's closing day or month without a year: "Report June 14", "Fact Sheet May", "Informe 14 de junio"
_YEARLESS_END = re.compile(
    rf"(?<!\w)(?P<date>(?:{_MONTH_WORD})\.?(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:de\s+)?(?:{_MONTH_WORD}))\s*$", re.I
)


MAX_LABEL_LINE_WORDS = 6


def _yearless_date(text: str, year: int) -> DateSpan | None:
    """The day or month that closes a card's label line, in `year`; None when the line writes a year."""
    if len(text.split()) > MAX_LABEL_LINE_WORDS or re.search(r"\b(?:19|20)\d\d\b", text):
        return None  # a teaser ending "... across the sea" ("mar") is no label line
    if not (match := _YEARLESS_END.search(text.strip())):
        return None
    span = parse_date(f"{match.group('date')} {year}")
    return None if span is None else replace(span, begin=match.start("date"), stop=match.end("date"))


def _bare_year(text: str) -> DateSpan | None:
    match = re.fullmatch(r"\(?((?:1[5-9]|20)\d\d)\)?", text)
    return parse_date(match.group(1), allow_year=True) if match else None


_ENTRY_NUMBER = re.compile(r"^\s*\[\d{1,3}\]\s+")
_BRACKETED_YEAR = re.compile(r"\(((?:19|20)\d\d)\)(?=[\s.,;]*(?:[A-Za-z]{2,6}\s*)*$)")


def _bracketed_year(text: str) -> DateSpan | None:
    """The year in brackets closing a venue line, before its links at most ("..., 49-105 (2020) PDF")."""
    match = _BRACKETED_YEAR.search(text)
    return _bare_year(match.group(1)) if match else None


def _meta_year(text: str) -> DateSpan | None:
    """The year a meta line gives as a field of its own: "Wilson Castillo / 2019 / Conference Proceeding", or after
    the work's type in a description's first sentence: "Report, 2012, 164 pages."."""
    at = 0
    for part in _LABEL_SPLIT.split(text):
        at = text.find(part, at)
        if (span := _bare_year(part.strip())) is not None:
            return replace(span, begin=at, stop=at + len(part))
    if (typed := _TYPE_THEN_YEAR.match(text)) and names_work_type(typed.group("type")):
        return replace(_bare_year(typed.group("year")), begin=typed.start("year"), stop=typed.end("year"))  # type: ignore[arg-type]
    return None


_TYPE_THEN_YEAR = re.compile(r"^\W*(?P<type>[^,.;:]{2,40}),\s+(?P<year>(?:19|20)\d\d)\s*[,.;]")


def _date_in(text: str) -> DateSpan | None:
    spans = find_dates(text)
    if spans:
        return spans[0]
    # "12.2009 · 412 pages · ISBN ...": a month in figures as a meta line's field
    month = next((m for part in _LABEL_SPLIT.split(text) if (m := month_cell(part))), None)
    return (
        month
        or _released_month(text)
        or _labelled_year(text)
        or _venue_year(text)
        or _published_in_year(text)
        or _doi_year(text)
    )


# "Published in Journal of Labor Economics, 2015", "Publicado en Revista X, 2019", "In: Journal, 2010": a venue line
# closing with its year.
_PUBLISHED_IN = re.compile(
    r"^\W*(?:published\s+in|appeared\s+in|publicado\s+en|publié\s+dans|paru\s+dans|in:)\s+\S.{0,200}?,\s*"
    r"(?P<year>(?:19|20)\d\d)\W*$",
    re.I,
)


def _published_in_year(text: str) -> DateSpan | None:
    if not (match := _PUBLISHED_IN.match(text.strip())):
        return None
    span = parse_date(match.group("year"), allow_year=True)
    offset = text.find(match.group("year"))
    return None if span is None else replace(span, begin=offset, stop=offset + 4)


# A research portal's line of the names, then the date, then the venue: "Gil, A., Herrera, L. & Vidal, T., Mar 2019,
# In: International Migration Review", "Herrera, L. (ed.), 2018, Routledge. 240 p.", "Katz, Max P., & Zingale,
# Michael 2020, arXiv e-prints".
_NAMES_DATE = re.compile(
    r"^(?P<names>[^\d]{2,300}?)(?:\s*\((?:eds?|ed|coord|comp)\.?\))?,?\s+"
    r"(?P<date>(?:\d{1,2}\s+)?(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+)?(?:19|20)\d\d)"
    r"(?=[,.]|$)",
    re.I,
)


def names_then_date(text: str) -> tuple[tuple[str, ...], DateSpan] | None:
    """The authors and the date of a meta line that opens with the names and then gives the date; None for any
    other line."""
    if not (match := _NAMES_DATE.match(text.strip())):
        return None
    names = names_in(match.group("names").replace(" & ", " and "))
    date = parse_date(match.group("date"), allow_year=True)
    if not names or date is None or not _WRITTEN_NAMES.search(match.group("names")):
        return None
    offset = text.find(match.group("date"))
    return names, replace(date, begin=offset, stop=offset + len(match.group("date")))


_DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+", re.I)
_LOOSE_YEAR = re.compile(r"(?<![\d./-])((?:19|20)\d\d)(?![\d/-]|\.\d)")


def _doi_year(text: str) -> DateSpan | None:
    """The year of a reference line that closes with its DOI, the last one before it: "R Korol, X Chen and I.
    Franco J. Phys. Chem. A 2025 10.1021/acs.jpca.5c00943"."""
    if (doi := _DOI.search(text)) is None:
        return None
    years = list(_LOOSE_YEAR.finditer(text, 0, doi.start()))
    if not years or (span := parse_date(years[-1].group(1), allow_year=True)) is None:
        return None
    return replace(span, begin=years[-1].start(), stop=years[-1].end())


# "Released: 10/2009", "Publicado: 03/2012": a month and year, numeric, after a label that says it is the date.
_RELEASED_MONTH = re.compile(
    r"\b(?:released|published|issued|date|publicado|publicaci[oó]n|fecha|publi[ée]|parution)\s*:?\s*"
    r"(?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def _released_month(text: str) -> DateSpan | None:
    if (match := _RELEASED_MONTH.search(text)) is None:
        return None
    start = datetime.date(int(match.group("y")), int(match.group("m")), 1)
    end = datetime.date(start.year + start.month // 12, start.month % 12 + 1, 1) - datetime.timedelta(days=1)
    return DateSpan(
        match.group(0)[match.start("m") - match.start() :],
        start,
        end,
        DatePrecision.MONTH,
        match.start("m"),
        match.end("y"),
    )


_VENUE_YEAR = re.compile(r"\S.*\(((?:19|20)\d\d)\)\s*\.?$")


def _venue_year(text: str) -> DateSpan | None:
    """The year of a venue line, "PLoS ONE (2026)", "Journal of Research on Adolescence (2019)"."""
    if not (match := _VENUE_YEAR.match(text.strip())):
        return None
    span = parse_date(match.group(1), allow_year=True)
    offset = text.find(match.group(1))
    return None if span is None else replace(span, begin=offset, stop=offset + 4)


# "Report | 2010", "Documento de trabajo · 2008": a card's meta line, its type label and the year it gives.
_META_SEPARATOR = re.compile(r"\s*[|·•]\s*")


_CLOSING_YEAR = re.compile(r"(?:,\s*|\s)((?:19|20)\d\d)$")


def _labelled_year(text: str) -> DateSpan | None:
    """The year a meta line ends with after a separator, at year precision (the card gives no more)."""
    parts = _META_SEPARATOR.split(text.strip())
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    # "A. Author and B. Author | Information, Communication & Society, 2024": the venue's year closes the line.
    closing = _CLOSING_YEAR.search(last)
    if (span := _bare_year(last) or (_bare_year(closing.group(1)) if closing else None)) is None:
        return None
    offset = text.rfind(span.text)
    return replace(span, begin=offset, stop=offset + len(span.text))


# A title of address before a name in a byline ("Por Lic. Frida García", "By Dr. Jane Doe"): not part of it.
_HONORIFIC = re.compile(
    r"\b(?:Lic|Licda|Dr|Dra|Arq|Ing|Mtro|Mtra|Prof|Profa|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra)\.?\s+(?=[A-ZÀ-Ý])"
)


def _authors(text: str) -> tuple[str, ...] | None:
    """A byline: "By A and B", "Firstauthor et al., Journal", or a line that is only names."""
    text = text.strip()
    if _BUTTON.search(text):
        return None  # "ACCESO A LA INFOGRAFÍA", "Read the report": a button, whatever its words
    if not _BYLINE.match(text):
        # "Parution : mars 2019 — Auteur(s) : Awa Diop, Jean Martin", "Report | March 2011 | By A and B": a byline
        # among a meta line's fields
        parts = _FIELD_SPLIT.split(text)
        # (a byline's field after a type or a date, not after a title: "Title · Book · 2010 · By A" is the title line)
        meta = _type_label(parts[0]) or _date_line(parts[0])
        labelled = next((p for p in parts[1:] if (m := _BYLINE.match(p)) and (meta or ":" in m.group(0))), None)
        if labelled is not None:
            return _authors(labelled)
    if match := _BYLINE.match(text):
        names = _CLOSING_IMPRINT.sub("", text[match.end() :])  # "... Papademetriou (Migration Policy Institute, 2006)"
        # "Autores: A y B. Descargar PDF": a button after the names (a title's stop, "Lic.", is no end)
        names = NAMES_END.split(_HONORIFIC.sub("", names), maxsplit=1)[0]
        names = names.split(" · ", 1)[0]  # "By A and B · Teaser": the card's next field
        names = re.sub(r"\s*\([^()]*\)\.?\s*$", "", names)  # "A and B (MPI, 310 pp.)": the imprint in brackets
        dates = find_dates(names)
        if dates and names[: dates[0].begin].rstrip().endswith((",", "|", "·")):
            names = names[: dates[0].begin]  # "Por Lic. Alicia Valdez Ibarra, 15/11/2017 13:20": the names end there
        return names_in(_HONORIFIC.sub("", names), bylined=True)
    if match := _ET_AL.match(text):
        return names_in(match.group("first"))
    parts = _LABEL_SPLIT.split(text)
    dated = next((i for i, p in enumerate(parts) if i and _date_line(p)), None)
    if dated:
        # A card's meta line, "Alex Eusebio Canahualpa Martinez · Agosto de 2026 · Versión 1": names, then the date
        # (a type label, "Artículo · Revista X · 2019", names no one: a name has two words or more).
        # The names come first; the parts after them may say where the authors work or the version
        # ("Chang-Gyu Kwag · UCAISM Global Initiative · Version 1.0 · September 2026").
        leading = [p for p in parts[:dated] if not _DOCUMENT_CODE.fullmatch(p.strip())]  # "ARS-PB-2026-002 | ..."
        people = (None if _not_people(p) else names_in(p, bylined=True) for p in leading)
        names = list(itertools.takewhile(bool, people))
        if not names and _type_label(parts[0]) and len(parts) == dated + 2 and not _not_people(parts[-1]):
            # "Report | March 2019 | Jane Doe, Ali Hassan": type, date, names
            names = [group] if (group := names_in(parts[-1], bylined=True)) else []
        found = tuple(n for group in names for n in group)
        return found if found and all(len(n.split()) >= 2 for n in found) else None
    if text.endswith(":"):
        return None  # "Axes :", "Authors:": a label over the lines below, which name no one here
    names = names_in(text)
    return names if names and len(text) <= 300 and len(text.split()) >= 2 else None


# A work's number in its series, first on its meta line: "ARS-PB-2026-002", "WP 2019-03", "DT-2025-01", "No. 12".
_DOCUMENT_CODE = re.compile(r"(?:[A-Z]{1,6}[-/ ]?)+\d[\w./-]*|(?:No\.?|N[º°]\.?|#)\s*\d+[\w./-]*")


def _not_people(part: str) -> bool:
    """A meta line's part that reads as names but is an organisation, a type ("Working Paper · May 2025") or a
    series set in capitals ("MIGRATION INFORMATION SOURCE · December 1, 2006"; a name in capitals has two words)."""
    words = part.split()
    series = part.isupper() and len(words) >= 3 and not any(_INITIAL.match(w) for w in words)
    return bool(ORGANISATION_WORDS & set(words)) or _type_label(part) or series


# Type labels of publications the five types do not name: still labels, never titles or bylines.
_OTHER_LABEL = re.compile(
    r"^(?:fact ?sheets?|commentar(?:y|ies)|testimon(?:y|ies)|infographics?|op-eds?|press releases?"
    r"|data (?:tools?|hubs?)|fiches? d['’]information|hojas? informativas?|comentarios?|boletines?|bulletins?"
    r"|newsletters?)$",
    re.I,
)


def _label_alone(text: str) -> bool:
    """A line that is a type label and nothing else ("Working Paper"), no meta line of fields."""
    return _type_label(text) and not _LABEL_SPLIT.search(text)


def _dated_label(text: str) -> bool:
    """ "Policy Brief March 12, 2019": a type label and the date, run together in one meta line."""
    spans = find_dates(text)
    if len(spans) != 1 or not spans[0].begin:
        return False
    label = text[: spans[0].begin].strip(" ,·|•–-")
    return not text[spans[0].stop :].strip(" .") and bool(label) and _type_label(label)


def _type_label(text: str) -> bool:
    """ "Artículo · Revista X", "Capítulo de libro · en ...", "Policy Brief": a line naming the type."""
    # "Policy Brief (Insight No. 7) • January 2011": the series' number, in brackets, is no word of the type
    first = re.sub(r"\s*\([^()]*\)", "", _LABEL_SPLIT.split(text.strip())[0])
    return len(first.split()) <= 4 and (
        publication_type_of(first) != PublicationType.OTHER
        or bool(_LABEL_SPLIT.search(text))
        or bool(_OTHER_LABEL.match(first.strip()))
    )


# "Published by the X", "Publicado por la X", "Publié par X, Bruxelles", "Editorial: X", "Publisher: X".
_PUBLISHED_BY = re.compile(
    r"^(?:published by|publicado por|publié par|édité par|editado y publicado por|publisher|editorial|éditeur)"
    r"\s*:?\s+(?:(?:the|la|el|los|las|le|les)\s+|l['’])?(?P<pub>[A-ZÀ-Ý].{1,100}?)\.?$",
    re.I,
)


def published_by(text: str) -> str | None:
    """The publisher a card's "Published by ..." line names, less a closing city ("..., Genève")."""
    match = _PUBLISHED_BY.match(text.strip())
    if match is None:
        return None
    publisher = match.group("pub").strip()
    head, comma, tail = publisher.rpartition(", ")
    if comma and len(tail.split()) <= 2 and tail[:1].isupper() and not re.search(r"\b(?:and|y|et)\b", tail):
        publisher = head  # "Bruylant, Bruxelles": the place the publisher is in
    return publisher


# A book card's imprint line: "Brookings Institution Press · 296 pages · ISBN 978-...", "FLACSO | 212 p.".
_IMPRINT_PART = re.compile(
    r"^(?:\d+\s*(?:pages|pp?\.|páginas|págs?\.|seiten|s\.)|ISBN\b.*|e?ISSN\b.*"
    r"|paperback|hardcover|hardback|e-?book|pdf|print|tapa blanda|broché"  # the edition
    r"|(?:US)?[$€£]\s?\d+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)?\s?(?:€|\$|USD|EUR|CAD))$",  # the price
    re.I,
)
_IMPRINT_SPLIT = re.compile(r"\s+[·•|]\s+")
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*(?:97[89][-\s]?)?\d", re.I)
_IMPRINT_DATE = re.compile(r",\s*(?P<date>(?:[^\W\d]+\.?\s+)?(?:19|20)\d\d)$")


def _imprint_parts(text: str) -> tuple[str, DateSpan | None] | None:
    """The publisher first on a line whose other parts are a page count, an ISBN, the edition or the price, and
    the date after the publisher ("Verlag Bertelsmann Stiftung, 2008 · 316 pages · ISBN ... · $30.00")."""
    parts = [p.strip() for p in _IMPRINT_SPLIT.split(text.strip().rstrip("."))]
    if len(parts) < 2 or not all(_IMPRINT_PART.match(p) for p in parts[1:]):
        return None
    publisher, date = parts[0], None
    if (dated := _IMPRINT_DATE.search(publisher)) and (date := parse_date(dated.group("date"), allow_year=True)):
        publisher = publisher[: dated.start()].strip()
    if not publisher[:1].isupper() or re.search(r"\d", publisher) or len(publisher.split()) > 8:
        return None
    return publisher, date


def _imprint_line(text: str) -> str | None:
    return found[0] if (found := _imprint_parts(text)) else None


def _imprint_date(text: str) -> DateSpan | None:
    return found[1] if (found := _imprint_parts(text)) else None


# A record's imprint line: "Paris : Karthala, 2016", "Washington, DC: Migration Policy Institute, June 2010".
_CITY_IMPRINT = re.compile(
    r"^[^:\d]{2,40}?\s?:\s*(?P<pub>[A-ZÀ-Ý][^:,\d]{1,80}),\s*(?:[^\W\d]+\.?\s+)?(?:19|20)\d\d\.?$"
)


_IMPRINT_CLOSE = re.compile(r"(?:[^\W\d]+\.?\s+)?(?:19|20)\d\d\.?$")


def _city_imprint_date(line: str) -> DateSpan | None:
    """The date an imprint line "City : Publisher, [Month] Year" closes with; None for any other line."""
    if not _CITY_IMPRINT.match(line.strip()) or not (close := _IMPRINT_CLOSE.search(line.strip())):
        return None
    return parse_date(close.group(0).rstrip("."), allow_year=True)


def _city_publisher(line: str) -> str | None:
    """The publisher of an imprint line "City : Publisher, [Month] Year"; None for any other line."""
    match = _CITY_IMPRINT.match(line.strip())
    return match.group("pub").strip() if match else None


_PLACE_IMPRINT = re.compile(r"^(?P<city>[^:\d]{2,40}?)\s?:\s*(?P<pub>[A-ZÀ-Ý][^:\d]{1,80}?)\.?$")


def _same_box(block: Block, other: Block) -> bool:
    """Whether two blocks of a web page are fields of the same element (two `span`s of one `li`), not two paragraphs
    of a page."""
    if not (block.locator and other.locator):
        return False
    if any(_BOX_STEP.match(b.locator.rsplit(" > ", 1)[-1]) for b in (block, other)):
        return False
    return block.locator.rsplit(" > ", 1)[0] == other.locator.rsplit(" > ", 1)[0]


_BOX_STEP = re.compile(r"^(?:p|h[1-6]|li|div|section|article|tr|td)\b")  # a block of its own, not a field in one


def _place_publisher(line: str) -> str | None:
    """The publisher of a card's imprint field without its year, "Washington, DC: Migration Policy Institute", where
    the text before the colon is a known town; None for any other field ("Abstract: ...")."""
    match = _PLACE_IMPRINT.match(line.strip())
    if match is None:
        return None
    city = match.group("city").strip()
    town = known_place(city) or (known_place(city.split(",")[0]) if "," in city else None)
    return match.group("pub").strip() if town else None


# An imprint inside a card's line: "... · Washington, DC: Migration Policy Institute, 2012 ISBN ...".
_IMPRINT_IN = re.compile(
    r"(?:^|[·|]\s*|\.\s+)(?P<city>[A-ZÀ-Ý][^:\d·|.]{1,40}?)\s?:\s*(?P<pub>[A-ZÀ-Ý][^:,\d·|]{1,80}),\s*"
    r"(?:(?P<month>[^\W\d]+)\.?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# A byline closing with its imprint in brackets: "Edited by A. Author (Migration Policy Institute, 2006)".
_CLOSING_IMPRINT = re.compile(r"\((?P<pub>[A-ZÀ-Ý][^()\d]{2,80}?),\s*(?P<year>(?:19|20)\d\d)\)\.?$")


def _closing_imprint(text: str) -> tuple[str, DateSpan] | None:
    """The publisher and year a byline closes with in brackets, when names come before them."""
    match = _CLOSING_IMPRINT.search(text.strip())
    if match is None or not _authors(text[: match.start()]):
        return None
    span = _bare_year(match.group("year"))
    offset = text.find(match.group("year"), match.start())
    return (match.group("pub").strip(), replace(span, begin=offset, stop=offset + 4)) if span else None


def _publisher(label: str) -> str | None:
    for part in _LABEL_SPLIT.split(label)[1:]:
        if re.search(
            r"\b(?:Editorial|Ediciones|Press|Publishers?|Verlag|Éditions|Editions|Universidad|University)\b", part
        ):
            return part.strip()
    return None


MAX_EVENT_LABEL_WORDS = 3


def _event_typed(record: list[Block]) -> bool:
    """Whether a card's meta line, below its title or after it, says the card is an event ("Event · May 18, 2011"),
    or its type label over the title names a kind of event ("Webinar", "Roundtable" / title / "June 2, 2015")."""
    # the label may follow the card's date badge ("JUN 14" / "Book Launch" / title)
    at = 1 if len(record) > 2 and _DAY_BADGE.match(record[0].text.strip()) else 0
    label = record[at].text.strip() if len(record) > at + 1 and record[at].kind != BlockKind.HEADING else ""
    return (
        any(EVENT_TYPE_LINE.match(b.text) for b in record[1:])
        or (record[0].kind != BlockKind.HEADING and EVENT_TYPE_LINE.match(record[0].text) is not None)
        or any(EVENT_TYPE_LINE.match(field) for b in record for field in b.text.split(" · ")[1:2])
        or (
            bool(label)
            and len(label.split()) <= MAX_EVENT_LABEL_WORDS
            and EVENT_KIND_WORDS.fullmatch(label) is not None
        )
    )


_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "JUN 14", "MAR 20-21", "14 juin": a card's day badge, a month and a day with no year
_DAY_BADGE = re.compile(
    r"^(?:[^\W\d]{3,10}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[^\W\d]{3,10}\.?)$"
)
# "DATA HUB", "OPPORTUNITIES", "SUPPORT MPI": a newsletter box's label in capitals before its text
_BOX_LABEL = re.compile(r"^[A-Z][A-Z&'’-]{2,}(?:\s+[A-Z][A-Z&'’-]+){0,3}\s+(?=[A-Za-z])")


def _held_at_hours(records: list[list[Block]]) -> bool:
    """Whether most cards' date lines give the hours they were held at: an events list, no works'."""
    return 2 * sum(len(r) > 1 and _HELD_HOURS.match(r[1].text) is not None for r in records) > len(records)


def _event_card(record: list[Block]) -> bool:
    """Whether a card's line under its title gives a day, then the hours or the town it was held in ("Thursday, June
    18, 2009, 10:00 a.m. - 11:30 a.m.", "May 27, 2009 — Ottawa"): an event's card among a newsletter's works."""
    if len(record) < 2:
        return False
    line = record[1].text.strip()
    if _HELD_HOURS.match(line):
        return True
    typed = _TYPE_THEN_DAY.match(line)
    if typed and EVENT_KIND_WORDS.search(typed.group("type")) and not names_work_type(typed.group("type")):
        line = line[typed.end() :]  # "Policy Briefing · May 23, 2012 · Washington, DC": an event's type first
    dates = find_dates(line)
    if not dates or dates[0].precision != DatePrecision.DAY or not _WEEKDAYS_LEAD.fullmatch(line[: dates[0].begin]):
        return False
    return any(known_place(part.strip(" .")) for part in _PLACE_PARTS.split(line[dates[0].stop :]) if part.strip())


_TYPE_THEN_DAY = re.compile(r"^(?P<type>[^·|•\d]{3,30}?)\s*[·|•]\s*")
# "Wednesday, ", "Tuesday–Wednesday, ": the days of the week before a date line's day
_WEEKDAYS_LEAD = re.compile(
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?[\s,–—-]*){0,2}",
    re.I,
)
_PLACE_PARTS = re.compile(r"\s*[,·|•–—]\s*|\s+-\s+")


# a date line that opens with the day, then the hours ("Wednesday, November 28, 2012 | 9:30 - 11:00 AM"): an
# event's, never a work's
_HELD_HOURS = re.compile(
    r"^\W*(?:[^\W\d]+,?\s+)?[^|·•]{3,30}?\d{4}\s*(?:[|·•,–—-]|at)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h\b)?"
    r"\s*(?:[-–—]|to|a)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h\b)",
    re.I,
)


# A site search's types of result that are no work: a release, a news item, a staff page, a job.
_OTHER_TYPE_LINE = re.compile(
    r"^(?:press release|news(?: item| release)?|staff|expert|bio(?:graphy)?|job(?: opening| posting)?|vacancy"
    r"|podcast|video|audio|blog post|photo gallery|vid[ée]o"
    r"|comunicado(?: de prensa)?|noticia|personal|empleo|vacante|communiqu[ée](?: de presse)?|actualit[ée]|emploi)"
    r"\s*(?:[|·•]|$)",
    re.I,
)


def _other_typed(record: list[Block]) -> bool:
    """Whether a result's meta line under its title, or its type label over it, says it is a release, a staff page,
    a recording or a job, not a work."""
    label = record[:1] if record and record[0].kind != BlockKind.HEADING else []
    return any(_OTHER_TYPE_LINE.match(b.text.strip()) for b in [*label, *record[1:]])


def _fields(line: str) -> list[str]:
    """A card line's fields, and what follows its opening date ("25 July 2014 Guidance" -> "Guidance")."""
    fields = _FIELD_SPLIT.split(line)
    dates = find_dates(line)
    return fields + ([line[dates[0].stop :]] if dates and dates[0].begin == 0 else [])


def _type_field(field: str) -> bool:
    """A field that is a document's type alone: "Guidance", "Policy paper", "Fact sheet"."""
    field = field.strip()
    return (
        1 <= len(field.split()) <= MAX_TYPE_WORDS
        and field[:1].isupper()
        and field[-1:].isalpha()  # a label, not "A new report finds."
        and names_work_type(field)
        and not find_dates(field)
    )


def _publication_listing(
    records: list[list[Block]], read: list[Publication], page_says: bool = False, least: int = MIN_RECORDS
) -> bool:
    """A listing of publications: enough records read, the page or the fields say publications, and the
    records do not read as events (event words and no authors)."""
    if len(read) < least:
        return False
    # The heading over the listing, not its cards' own (a card's venue may be a "School of Advanced Studies")
    headings = {b.heading or "" for b in records[0][:1]}
    eventful = sum(_names_event(p) for p in read)
    if page_says and eventful <= 0.3 * len(read):
        return True
    page_says = any(_PUBLICATION_PAGE.search(h) for h in headings)
    # Explicit fields: a "By"/"et al." byline or a type label; a line of bare names may be a venue ("Geneva,
    # Switzerland") and counts only on a publications page.
    explicit = sum(
        bool(
            re.search(
                r"(?:^|\|\s)(?:by|por|par)\s|\bet\.?\s*al\b|(?:^|\|\s)(?:authors?|autor(?:es|as?)?|auteurs?)\s*:",
                p.snippet,
                re.I,
            )
        )
        or p.publication_type != PublicationType.OTHER
        # "25 July 2014 · Guidance", "Form": a document's type as a government's page labels it
        or any(_type_field(f) for line in p.snippet.split(" | ") for f in _fields(line))
        for p in read
    )
    daily = sum(p.date is not None and p.date.precision == "day" for p in read)
    # cards dated to the day are an events page's, unless their type labels say documents
    if not page_says and (eventful > 0.3 * len(read) or (daily > 0.5 * len(read) and explicit < 0.8 * len(read))):
        return False
    # each card's button to its work's file ("<a href=...pdf download>Download</a>" under "2013" / its title)
    filed = sum(any(b.link and _DOCUMENT_FILE.search(b.link) and _action(b.text) for b in record) for record in records)
    return page_says or explicit >= 0.5 * len(read) or filed >= MIN_FILED_SHARE * len(records)


MIN_FILED_SHARE = 0.8


# A line that opens with a deliverable's code: "D.1.1.1 Project Collaboration ... (PDF, 514 kB)", "D1.4 - Data
# Management Plan", "WP2 D2.3: Title".
_CODED_LINE = re.compile(
    r"^\W*(?:WP\s?\d{1,2}\s+)?(?P<code>(?:D|WP|R|M)\.?\s?\d{1,2}(?:\.\d{1,2}){1,3})\.?\s*[-–—:]?\s+(?=[A-ZÀ-Ý\w])"
)
_FILE_TAIL = re.compile(
    r"\s*[(\[](?:pdf|doc|docx|zip|ppt|pptx)\b[^()\[\]]{0,30}[)\]]\s*$|\s*[(\[]\s*[\d.,]+\s*[kmg]b\s*[)\]]\s*$", re.I
)


# a section of new works: "New from the Secretariat", "Recent publications", "Nuevas publicaciones", "Documents
# circulated"
_NEW_WORKS_HEADING = re.compile(
    r"^\W*(?:new from|what's new|new (?:publications?|documents?|releases?|titles?|reports?)|recent (?:publications?"
    r"|documents?|reports?)|latest (?:publications?|documents?|reports?)|nuev[oa]s (?:publicaciones|documentos)"
    r"|publicaciones (?:recientes|nuevas)|[úu]ltimas publicaciones|nouvelles publications|nouveaux documents"
    r"|publications récentes|documents (?:circulated|distributed|issued|diffusés))\b",
    re.I,
)
_BRACKETED_MONTH = re.compile(
    r"^(?P<title>[^()]{8,200}?)\s*\((?P<date>(?-i:[A-ZÀ-Ýa-zé])[a-zé]{2,9}\.?\s+(?:de\s+)?(?:19|20)\d\d)\)"
    r"(?:[,;]\s+[^()]*|\s*[¹²³⁴⁵*†]*)$"
)


def _typed_dated_lines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """Lines that are a title closed by its date after a comma ("Managing Temporary Migration, May 2010"), at least
    two under one heading that names their type ("Reports", "Policy Briefs", "Publications"): a work each, of that
    type, out that month."""
    found: dict[str, list[tuple[Block, str, DateSpan]]] = {}
    for block in blocks:
        heading = block.heading or ""
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not (
            _type_heading(heading)
            or (_PUBLICATION_PAGE.search(heading) and len(heading.split()) <= MAX_TYPE_WORDS)
            or _NEW_WORKS_HEADING.match(heading)
        ):
            continue
        text = block.text.strip().rstrip(".")
        if bracketed := _BRACKETED_MONTH.match(text):
            # "IGC Annual Report 2011 (March 2012)", "Country Fact Sheets ..., 2012 edition (April 2012), prepared for
            # the Oslo workshop": the month in brackets after the title, perhaps a note after it
            text = f"{bracketed.group('title').rstrip(' ,')}, {bracketed.group('date')}"
        dates = find_dates(text)
        if len(dates) != 1 or dates[0].stop < len(text) or dates[0].precision == DatePrecision.DAY:
            continue
        head = text[: dates[0].begin].rstrip()
        title, comma = head[:-1], head.endswith(",")
        if not comma or len(title.split()) < 2 or len(title.split()) > MAX_TITLE_LINE_WORDS or not title[:1].isupper():
            continue
        if re.search(r"[.;]\s|\bby\s|\bpor\s|\bpar\s", title):
            continue  # "Title. San José: ST-CRM, 2009", "Title, by A, 2010": an entry with its imprint or byline
        found.setdefault(heading, []).append((block, title.strip(), dates[0]))
    pubs, used = [], set()
    for heading, lines in found.items():
        if len(lines) < MIN_VOUCHED_RECORDS:
            continue
        kind = _type_heading(heading)
        for block, title, date in lines:
            pubs.append(_listed(title, block, date=date, kind=kind if kind != PublicationType.OTHER else None))
            used.add(block.order)
    return pubs, used


def _coded_lines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A deliverables page's entries, one per line, each opening with its code ("D.1.1.1 Title (PDF, 514 kB)" over
    its abstract, "<h2>D1.4 - Data Management Plan</h2>"): at least `MIN_RECORDS` of them, the page or their heading
    naming deliverables or reports."""
    coded = [(b, m) for b in blocks if (m := _CODED_LINE.match(b.text)) and len(b.text.split()) <= MAX_TITLE_LINE_WORDS]
    if len(coded) < MIN_RECORDS:
        return [], set()
    # the section above the first entry says what they are ("Project public deliverables"); each entry set as a
    # heading of its own heads the next one, so it is the first entry's heading that counts
    first = coded[0][0].order
    above = [b.text for b in blocks if b.kind == BlockKind.HEADING and b.order < first] + [coded[0][0].heading or ""]
    if not any(_CODED_HEADING.search(t) for t in above):
        return [], set()
    pubs = []
    for block, match in coded:
        title = _FILE_TAIL.sub("", block.text[match.end() :]).strip(" .,;")
        if len(title.split()) < 2:
            continue
        pubs.append(_coded_publication(title, block, block.text, publication_type_of(title)))
    return pubs, {b.order for b, _ in coded}


def _coded_publication(title: str, block: Block, snippet: str, kind: PublicationType) -> Publication:
    """A deliverable named by its code's entry (`publication.coded_item`): a title, no author or date."""
    return Publication(
        title=title,
        authors=(),
        date=None,
        publisher=None,
        publication_type=kind,
        block=block,
        snippet=snippet,
        rule="publication.coded_item",
        confidence=CONFIDENCE["publication.coded_item"],
    )


def _coded_items(blocks: Sequence[Block] | object) -> tuple[list[Publication], set[int]]:
    """ "D1.1 Title D1.2 Title ...": coded items run together in one block under a deliverables heading."""
    pubs: list[Publication] = []
    used: set[int] = set()
    for block in blocks:  # type: ignore[attr-defined]
        codes = list(_CODE.finditer(block.text))
        if len(codes) < MIN_RECORDS or not _CODED_HEADING.search(block.heading or ""):
            continue
        counts = Counter(c.group("code")[0] for c in codes)
        if counts.most_common(1)[0][1] < MIN_RECORDS:
            continue
        for code, following in zip(codes, [*codes[1:], None], strict=True):
            title = block.text[code.end() : following.start() if following else len(block.text)].strip(" .,;")
            if len(title) < 3:
                continue
            kind = publication_type_of(block.heading or "")
            kind = kind if kind != PublicationType.OTHER else publication_type_of(title)
            pubs.append(_coded_publication(title, block, f"{code.group('code')} {title}", kind))
        used.add(block.order)
    return pubs, used


MAX_TITLE_LINE_WORDS = 30


def _type_heading(heading: str | None) -> PublicationType | None:
    """The publication type a heading names ("Books", "Policy Briefs", "Informes"); None for other headings."""
    heading = re.sub(r"^\s*(?:[\dIVX]+(?:\.\d+)*[.)]?\s+)", "", heading or "")  # "3.2 Reports"
    if not heading or len(heading.split()) > 3 or heading.rstrip().endswith((".", ",", ";")):
        return None  # a label ("Policy Briefs", "Selected publications"), not a title that names a type
    if _EVENT_WORDS.search(heading):
        return None  # "Book launch events", "Report launches": events about the works, not the works
    kind = publication_type_of(heading)
    if kind != PublicationType.OTHER:
        return kind
    return PublicationType.OTHER if _PUBLICATION_PAGE.search(heading) else None


def _title_line(block: Block, dated_record: bool = False) -> bool:
    """A line that can be a publication's title: short, no sentence, no date or byline of its own. Over a byline
    and a date line (`dated_record`), a title may close with a period and name years ("Néstor y Cristina
    Kirchner (2003-2011).")."""
    text = block.text.strip()
    dates = find_dates(text)
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING)
        and 2 <= len(text.split()) <= MAX_TITLE_LINE_WORDS
        and (dated_record or not text.endswith("."))
        and _date_line(text) is None
        and not _BYLINE.match(text)
        and not _ACTION.search(text)
        and not _NUMBER_LABEL.fullmatch(text)  # "Doc Nº 4": the number over a title, not one
        and (not dates or (dated_record and all(d.precision == DatePrecision.YEAR for d in dates)))
        and not _SENTENCE_BREAK.search(text)  # "Printed copies are $15.00 plus shipping. Orders received by ..."
    )


_SENTENCE_BREAK = re.compile(r"[a-z\d]\.\s+[A-Z][a-z]+\s+[a-z]+\s+[a-z]")


def title_byline_entries(
    blocks: Sequence[Block], years: Mapping[int, DateSpan] | None = None
) -> tuple[list[Publication], set[int]]:
    """Publications under a heading naming their type ("Reports", "Policy Briefs", "Libros"), each a title line
    with its byline on the next line ("By A and B", or only the names), perhaps a date line after it: the type
    is the heading's, the authors the byline's, in order. A title set in bold (a PDF's heading) keeps the section
    its type heading opened."""
    pubs: list[Publication] = []
    used: set[int] = set()
    kind: PublicationType | None = None
    level: int | None = None  # the level of the heading that opened the section (h1 = 1), on a web page
    subtitle_at: int | None = None  # where a PDF's section heading has a smaller heading under it, its subtitle
    for i, block in enumerate(blocks):
        if block.order in used:
            continue  # a record's subtitle or byline, set as a heading, opens no section
        byline = blocks[i + 1] if i + 1 < len(blocks) else None
        authors = _byline_after(block, byline, dated=i + 2 < len(blocks) and bool(_date_line(blocks[i + 2].text)))
        subtitle = None
        meta = None
        # (a type's name set over a title, "POLICY BRIEF" / "Title" / "By A", is that title's kicker, not a title)
        kicker = block.kind == BlockKind.HEADING and _type_heading(block.text) is not None
        if kind is not None and authors is None and not kicker and (typed := _meta_then_byline(blocks, i)):
            meta, byline, authors = typed  # "Title" / "Working Paper No. 12 | April 2006" / "By A (MPI, 36 pp.)"
        if kind is not None and authors is None and not kicker and (explicit := _subtitled_byline(blocks, i)):
            subtitle, byline, authors = explicit  # "Title" / "A Subtitle" / "Authors: A, B and C"
        if block.kind == BlockKind.HEADING and not (kind is not None and authors):
            typed = _type_heading(block.text)
            if typed is None and kind is not None and _deeper(block, level):
                continue  # a title without a byline under the section's heading ("h2" under "h1 Papers")
            if typed is None and kind is not None and (_NUMBERED_DATE.match(block.text) or subtitle_at == i):
                continue  # "No. 4 | January 2006" over a title; "Index of Nos. 1-12" under "Policy Brief Series"
            # a section: its type, or none (the publications end)
            kind, level = typed, _heading_level(block)
            subtitle_at = i + 1 if i + 1 < len(blocks) and _smaller(blocks[i + 1], block.font_size) else None
            continue
        if kind is None or byline is None or authors is None:
            continue
        at = i + (3 if subtitle or meta else 2)
        after = blocks[at] if at < len(blocks) and blocks[at].kind != BlockKind.HEADING else None
        date = _meta_date(meta.text) if meta is not None else _date_line(after.text) if after is not None else None
        after = None if meta is not None else after
        issued = _PUBLISHER_DATE.match(after.text.strip()) if after is not None and date is None else None
        if issued and (date := _date_line(issued.group("date"))):
            pass  # "Migration Policy Institute, November 2008": the publisher, then the month it came out
        if date is None and after is not None:
            date = _city_imprint_date(after.text)  # "Washington, DC: Migration Policy Institute, 2011": the imprint
        if not _title_line(block, dated_record=date is not None):
            continue
        if date is None and i and (head := blocks[i - 1]).kind == BlockKind.HEADING and _NUMBERED_DATE.match(head.text):
            date = _date_line(head.text)  # "No. 4 | January 2006" over the title: the number's line dates it
        if date is None and (imprint := _IMPRINT_IN.search(byline.text)):
            # "Edited by A and B · Washington, DC: Migration Policy Institute, 2012 ISBN ...": the imprint's year
            date = parse_date(f"{imprint.group('month') or ''} {imprint.group('year')}".strip(), allow_year=True)
        if date is None and (tail := _trailing_date(byline.text) or _labelled_year(byline.text)):
            # "By A and B March 2005": a PDF joins the date line to the byline; "A and B | Journal, 2024"
            date, after = tail, None
        label = blocks[i - 1] if i and blocks[i - 1].kind != BlockKind.HEADING else None
        if date is None and years and (year := years.get(block.order)) and label is not None:
            date = _yearless_date(label.text, year.start.year)  # "Report June 14" over the title, under "2011"
        if date is None and years:
            date = years.get(block.order)  # in a section headed "2025"
        record = [block, *([subtitle] if subtitle else []), *([meta] if meta else []), byline]
        record += [after] if date and after is not None else []
        title, field_date, field_kind = title_fields(split_translation(block.text.strip())[0])
        date = date or field_date
        kind = field_kind or kind
        if subtitle is not None and title.endswith(":"):
            title = f"{title} {subtitle.text.strip()}"  # "Borders Without Walls:" over "Managing Mobility in ..."
        publisher = _byline_names(_META_SEPARATOR.split(byline.text.strip())[0])[1]
        if publisher is None and (imprint := _IMPRINT_IN.search(byline.text)):
            publisher = imprint.group("pub").strip()
        if publisher is None and (paged := _PAGED_IMPRINT.search(byline.text)):
            publisher = paged.group("pub").strip()  # "By A (MPI, 36 pp.)": the publisher beside the page count
        if publisher is None and date is not None and after is not None:
            publisher = _city_publisher(after.text)  # "Paris : Karthala, 2016": the date line is the imprint
        if publisher is None and issued is not None:
            publisher = issued.group("pub").strip()
        imprint_at = at + 1 if after is not None and date is not None else None
        if publisher is None and imprint_at is not None and imprint_at < len(blocks):
            # "Title" / "by A and B" / "November 2012" / "Brussels: Migration Policy Institute Europe": the item's
            # imprint after its date line
            imprint = blocks[imprint_at]
            if _same_box(imprint, block) and (found := _place_publisher(imprint.text) or _city_publisher(imprint.text)):
                publisher = found
                record.append(imprint)
        pubs.append(
            Publication(
                title=title,
                authors=authors,
                date=date,
                publisher=publisher,
                publication_type=(
                    publication_type_of(meta.text)
                    if meta is not None
                    else kind
                    if kind != PublicationType.OTHER
                    else publication_type_of(title)
                ),
                block=block,
                snippet=" | ".join(b.text.strip() for b in record),
                rule="publication.card",
                confidence=CONFIDENCE["publication.card"] - (0.0 if date else 0.1),
            )
        )
        used.update(b.order for b in record)
    return pubs, used


_HEADING_TAG = re.compile(r"(?:^|> )h([1-6])(?::nth-of-type\(\d+\))?$")


def _under(block: Block, heading: Block) -> bool:
    """Whether a web page's heading `block` is a lower rank than `heading` (an `h3` under an `h2`)."""
    lower, upper = _heading_level(block), _heading_level(heading)
    return lower is not None and upper is not None and lower > upper


def _heading_level(block: Block) -> int | None:
    """1 to 6 for a web page's `h1`..`h6`; None for a PDF's headings and other blocks."""
    match = _HEADING_TAG.search(block.locator or "") if block.page is None else None
    return int(match.group(1)) if match else None


# "No. 4 | January 2006", "Vol. 3, No. 2 · March 2006", "N° 12 — avril 2008": a series number and its date
_NUMBERED_DATE = re.compile(
    r"^\W*(?:(?:vol|no|n[°º]|núm|num|issue|number|número|numéro)\.?\s*\d+[\s,]*){1,2}[|·•—–:-]\s*\S", re.I
)


def _smaller(block: Block, size: float | None) -> bool:
    """Whether a PDF's heading is set smaller than `size`, the font size of the heading above it."""
    return (
        block.kind == BlockKind.HEADING and size is not None and block.font_size is not None and block.font_size < size
    )


def _deeper(block: Block, level: int | None) -> bool:
    """Whether a heading sits below the section's own heading (a smaller heading), not beside it."""
    own = _heading_level(block)
    return level is not None and own is not None and own > level


def _meta_date(text: str) -> DateSpan | None:
    """The date a meta line's fields hold ("Working Paper No. 12 | April 2006" -> April 2006)."""
    return next((d for part in reversed(_META_SEPARATOR.split(text)) if (d := _date_line(part))), None)


def _meta_then_byline(blocks: Sequence[Block], i: int) -> tuple[Block, Block, tuple[str, ...]] | None:
    """A title, its meta line naming its type and date ("Working Paper No. 12 | April 2006"), then its byline
    ("By A and B (MPI, 36 pp.). Teaser"): the meta line, the byline and its names; None for any other run."""
    if i + 2 >= len(blocks):
        return None
    meta, byline = blocks[i + 1], blocks[i + 2]
    if not _META_SEPARATOR.search(meta.text) or not _type_label(meta.text) or _meta_date(meta.text) is None:
        return None
    if not _BYLINE.match(byline.text.strip()) or not (authors := _authors(byline.text)):
        return None
    return meta, byline, authors


def _subtitled_byline(blocks: Sequence[Block], i: int) -> tuple[Block, Block, tuple[str, ...]] | None:
    """A heading, its subtitle set as a smaller heading, then an explicit byline ("Authors: ..."): the
    subtitle, the byline and its names; None for any other run of blocks."""
    if i + 2 >= len(blocks) or blocks[i].kind != BlockKind.HEADING or blocks[i + 1].kind != BlockKind.HEADING:
        return None
    subtitle, byline = blocks[i + 1], blocks[i + 2]
    if not _BYLINE.match(byline.text.strip()) or (authors := _authors(byline.text)) is None:
        return None
    return subtitle, byline, authors


_YEAR_AT_END = re.compile(r"[\s,(]((?:19|20)\d\d)[a-z]?\)?\s*[.,;]?(?:\s+[A-Z][\w ]{0,30}\.?)?\s*$")


def _title_first(text: str) -> tuple[str, tuple[str, ...], DateSpan | None] | None:
    """ "Charon: An Analysis Framework for Rust, Son Ho, Guillaume Boisseau, Preprint, 2024." -> the title, the
    names that follow it (one per comma-separated piece, at least one), and the year at the end."""
    year = _YEAR_AT_END.search(text)
    if year is not None and (stopped := _title_stop_names(text)):
        return stopped[0], stopped[1], parse_date(year.group(1), allow_year=True)
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) < 3 or len(pieces[0].split()) < 2:
        return None
    authors: list[str] = []
    for piece in pieces[1:]:
        names = names_in(piece)
        if not names or len(names) != 1 or not 2 <= len(piece.split()) <= 4:
            break  # "Preprint", "Nature": one word is a venue, not a name
        authors.append(names[0])
    if not authors or year is None:
        return None
    return pieces[0], tuple(authors), parse_date(year.group(1), allow_year=True)


_TITLE_STOP = re.compile(r"^(?P<title>[^.?!]{8,300}[.?!])\s+(?=[A-ZÀ-Ý])")
_NAME_STOP = re.compile(r"\.\s+(?=[A-ZÀ-Ý])")


def _title_stop_names(text: str) -> tuple[str, tuple[str, ...]] | None:
    """ "Return Migration in Mexico. Gil, A.; and Herrera, L. World Development, 105. 2018.": a title closed by its
    stop, then the authors up to the first stop after which their names read whole (a generated list's style)."""
    if not (match := _TITLE_STOP.match(text)) or len(match.group("title").split()) < 3:
        return None
    rest = text[match.end() :]
    if _BYLINE.match(rest):
        return None  # "Title. By A and B. February 2013.": a listed byline, read with its date elsewhere
    title = match.group("title").rstrip(".")
    if _WRITTEN_NAMES.search(title) and names_in(title):
        return None  # "Gil, A. and L. Herrera. Title. ...": names first, an author-first entry read as a citation
    for stop in _NAME_STOP.finditer(rest):
        segment = rest[: stop.start() + 1]
        names = names_in(segment)
        # The names as such lists write them, inverted or with initials ("Gil, A.; and Herrera, L."): capitalised
        # words alone may be the venue ("World Development").
        if names and _WRITTEN_NAMES.search(segment) and all(len(n.replace(",", " ").split()) >= 2 for n in names):
            return title, names
    return None


_WRITTEN_NAMES = re.compile(r",|\b[A-ZÀ-Ý]\.")


# "[Author.] Title. City: Publisher, 2001.": a book or report entry with its imprint last, as a body lists its own
# publications (often without authors).
_IMPRINT_ENTRY = re.compile(
    r"^(?P<lead>.{3,300}?[.?!])\s+(?P<place>[A-ZÀ-Ý][^.:;]{1,40}):\s*(?P<publisher>[^:;]{2,100}?),\s*"
    r"(?:(?P<month>[A-Za-zÀ-ÿ]+\.?\s+)?(?P<year>(?:19|20)\d\d))\.?$"
)
# "Title, policy brief (Geneva: IGC Secretariat, April 2011).": the imprint in brackets after the title
_BRACKETED_IMPRINT_ENTRY = re.compile(
    r"^(?P<lead>.{3,300}?)\s*\((?P<place>[A-ZÀ-Ý][^.:;()]{1,40}):\s*(?P<publisher>[^:;()]{2,100}?),\s*"
    r"(?:(?P<month>[A-Za-zÀ-ÿ]+\.?\s+)?(?P<year>(?:19|20)\d\d))\)\s*[.;]?$"
)
_NAMES_THEN_TITLE = re.compile(r"^(?P<names>.{2,80}?(?<!\b[A-Z]))\.\s+(?P<title>\S.*)$")


# A catalogue's record, title first (ISBD order): "Title · Responsibility. Place : Publisher, [day] month[ year].
# [Type, pages]", its parts perhaps set off by dashes; under a year heading the date may leave out its year.
_RECORD_IMPRINT = re.compile(
    r"(?:(?<=[.·]\s)|(?<=^))(?P<place>[A-ZÀ-Ý][\w'’ -]{1,30}?)\s?:\s*(?P<publisher>[A-ZÀ-Ý][^:;·\[\]]{1,80}?)"
    r"(?:[,.]\s*(?P<date>[^.;:·\[\]]{3,30}?))?\s*(?:\.\s|\.?$)"
)
# What follows a record's imprint: its type and size ("[Rapport, 64 p.]", "Ouvrage, 384 p."), its other editions.
_RECORD_NOTE = re.compile(r"(?:\s*(?:\[[^\]]*\]|\([^()]*\)|PDF)|[.\s]+[^.\[\]()]{0,40}?\b\d+\s*p(?:p|ages?)?\.?)\s*$")
MAX_RECORD_NOTES = 4


def _without_record_notes(line: str) -> str:
    """A record less the notes after its imprint, one at a time from its end."""
    for _ in range(MAX_RECORD_NOTES):
        stripped = _RECORD_NOTE.sub("", line).rstrip(" .")
        if stripped == line:
            break
        line = stripped
    return line


_EDITED_BY = re.compile(
    r"^(?:sous la direction de|edited by|editado por|coordinado por|compilado por|coordonné par|dirigé par|par|by|por)"
    r"\s+",
    re.I,
)


def _record_entry(text: str, year: int | None) -> tuple[str, tuple[str, ...], str, DateSpan | None] | None:
    """The title, authors, publisher and date of a catalogue's record ("Regroupement familial · Marianne Leclerc
    et Johan Vestergaard. Genève : Secrétariat des CIG, février. [Rapport, 118 p.]"), the year its heading gives
    where the record leaves it out; None for any other text."""
    if ":" not in text:
        return None  # no imprint, "Place : Publisher"
    line = _without_record_notes(" ".join(text.replace(" — ", ". ").replace(" – ", ". ").split()).rstrip(" ."))
    imprint = next((m for m in _RECORD_IMPRINT.finditer(line + ".") if known_place(m.group("place").strip())), None)
    if imprint is None or imprint.start() == 0 or (imprint.group("date") is None and year is None):
        return None
    when = imprint.group("date") or ""
    if when and not re.search(r"\b(?:19|20)\d\d\b", when):
        when = f"{when} {year}" if year else ""
    date = (parse_date(when, allow_year=True) if when else None) or (
        parse_date(str(year), allow_year=True) if year else None
    )
    if date is None:
        return None
    lead = line[: imprint.start()].rstrip(" .·:")
    title, dot, who = lead.partition(" · ")
    if not dot:
        title, dot, who = lead.rpartition(". ")
    if not dot and (term := list(re.finditer(r"(?<=\S): ", lead))):
        # "<dt>Title</dt><dd>Secrétariat des CIG — Genève : CIG — juin</dd>": the term, then its record
        title, dot, who = lead[: term[-1].start()], ":", lead[term[-1].end() :]
    if not dot or len(title.split()) < 2:
        return None
    who = PARTNER_NOTE.sub("", _EDITED_BY.sub("", who.strip(" .:")))
    authors = names_in(who) or ((who,) if who and _BODY_NAME.search(who) else ())
    if not authors:
        return None  # "Title. Subtitle. Place : ...": no responsibility, no record of this kind
    return title.strip(" .:*_"), tuple(authors), imprint.group("publisher").strip(), date


# "Secrétariat des CIG", "Technical Secretariat", "Ministerio de ...": a body named as a work's author
_BODY_NAME = re.compile(
    r"\b(?:secr[ée]tariat|secretar[ií]a|secretariat|ministry|ministerio|minist[èe]re|office|oficina)\b", re.I
)


def _imprint_entry(text: str, year: int | None = None) -> tuple[str, tuple[str, ...], str, DateSpan | None] | None:
    """The title, authors, publisher and date of an entry that ends with its imprint; None for any other text."""
    line = " ".join(text.split())
    match = _IMPRINT_ENTRY.match(line) or _BRACKETED_IMPRINT_ENTRY.match(line)
    if match is None:
        return _record_entry(text, year)
    lead, authors = match.group("lead").strip().rstrip("."), ()
    head, comma, label = lead.rpartition(", ")
    if comma and names_work_type(label) and len(label.split()) <= MAX_TYPE_WORDS:
        lead = head  # "Labour Migration Trends in IGC Participating States, policy brief": the type after the title
    if (split := _NAMES_THEN_TITLE.match(lead)) and (names := names_in(split.group("names"))):
        lead, authors = split.group("title"), tuple(names)
    if len(lead.split()) < 2 or not match.group("publisher")[:1].isupper():
        return None
    date = parse_date(f"{match.group('month') or ''}{match.group('year')}", allow_year=True)
    return lead.strip(" .*_"), authors, match.group("publisher").strip(), date


MIN_HEADED_IMPRINTS = 1  # under a heading that says publications, an imprint entry is one
_PUBLISH = re.compile(r"\b(?:publish(?:es|ed|ing)?|publica(?:n|mos)?|publie(?:nt)?)\b", re.I)  # "Does the IGC publish?"


def _imprint_items(blocks: Sequence[Block], least: int) -> tuple[list[Publication], set[int]]:
    """The entries that end with their imprint, when at least `least` do."""
    read = [
        (block, found)
        for block in blocks
        if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
        and (found := _imprint_entry(block.text, heading_year_of(block)))
    ]
    if len(read) < least:
        # Under a heading that says publications ("Publicaciones del año"), the heading vouches for them.
        read = [
            (b, f) for b, f in read if _PUBLICATION_PAGE.search(b.heading or "") or _PUBLISH.search(b.heading or "")
        ]
        if len(read) < MIN_HEADED_IMPRINTS:
            return [], set()
    pubs = [
        replace(_listed(title, block, authors=authors, date=date), publisher=publisher)
        for block, (title, authors, publisher, date) in map(_titled_by_heading, read)
    ]
    return pubs, {block.order for block, _ in read}


MIN_LEAD_NAMES = 2  # one name alone ("Fear The Rebel") may be a short title
_JOINED_NAMES = re.compile(r",|\s(?:and|y|et|&)\s")


def _titled_by_heading(
    entry: tuple[Block, tuple[str, tuple[str, ...], str, DateSpan | None]],
) -> tuple[Block, tuple[str, tuple[str, ...], str, DateSpan | None]]:
    """An imprint line that opens with names only, under the title it gives the facts of ("Labour Migration Channels
    in IGC States" / "Marc Roulet and Ingrid Solberg. Geneva: IGC Secretariat, November 2010."): the heading's work."""
    block, (lead, authors, publisher, date) = entry
    names = names_in(lead) or []  # no byline's "by" vouches for them: the names must read as names
    named = {w for name in names for w in name.split()}
    if authors or len(names) < MIN_LEAD_NAMES or not block.heading:
        return entry
    if not set(_JOINED_NAMES.sub(" ", lead).split()) <= named:
        return entry  # words besides the names: the lead is a title
    return block, (block.heading, tuple(names), publisher, date)


_FILE_SIZE = re.compile(
    r"\s*[(\[]\s*(?:pdf|xlsx?|docx?|csv|zip|epub)?[\s,]*[\d.,]+\s*(?:kb|mb|gb|ko|mo|bytes)\b[^()\[\]]*[)\]]?\s*$", re.I
)
# "(A-07-06-03084)", "(OEI-02-08-00140)", "[GAO-10-123]": a report's number in its series, after its title.
_REPORT_NUMBER = re.compile(r"\s*[(\[]\s*[A-Z]{1,5}(?:-\d{1,6}){2,4}[A-Z]?\s*[)\]]\W*$")


def _date_led_items(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """On a page that lists reports or publications: items that open with their date and then the title
    ("02-21-2007: Administration on Aging's Resolution of Audit Recommendations (A-07-06-03084)"), when at least
    MIN_RECORDS of them do and they name no event."""
    read = []
    for block in blocks:
        text = block.text.strip()
        if (
            block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
            or len(text.split()) > MAX_EVENT_FIELD_WORDS * 2
        ):
            continue
        dates = find_dates(text[:30])
        if not dates or dates[0].begin > 1 or dates[0].precision != DatePrecision.DAY:
            continue
        title = _REPORT_NUMBER.sub("", text[dates[0].stop :]).strip(" :–—-|·•").rstrip(" .")
        if len(title.split()) < 3 or not title[:1].isupper() or _EVENT_WORDS.search(title):
            continue
        read.append((block, title, dates[0]))
    if len(read) < MIN_RECORDS:
        return [], set()
    return [_listed(title, block, date=date) for block, title, date in read], {block.order for block, _, _ in read}


def _title_first_items(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """On a publications page, the list items that read title first, then the authors, the venue and the year
    (a project's or a group's own list), when at least two of them do."""
    read = [
        (block, found)
        for block in blocks
        if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) and (found := _title_first(block.text))
    ]
    if len(read) < 2:
        return [], set()
    pubs = [_listed(title, block, authors=authors, date=date) for block, (title, authors, date) in read]
    return pubs, {block.order for block, _ in read}


# "Annual Report 2005/06", "Management Plan 2006-2007 (PDF)", "Informe anual 2009": a report named by the year it
# covers, with no date of its own; a file note in brackets after it is dropped.
_REPORT_NAME = (
    r"(?:annual report|activity report|report|management plan|work ?plan|plan|review|informe|rapport|memoria"
    r"|(?:audited )?financial statements|audit|form 990|estados financieros|[ée]tats financiers)"
)
_PERIOD = r"(?P<first>(?:19|20)\d\d)(?:\s*[/–-]\s*(?P<second>(?:19|20)?\d\d))?"
_FILE_NOTE = r"\s*(?:\((?:pdf|doc|word|html|en [a-zé]+|in [a-z]+)[^()]{0,30}\))?\s*\.?$"
# "Annual Report 2005/06 (PDF)", "Informe anual 2009"; or the period first: "2016-17 Annual Report",
# "2017 Audited Financial Statements".
_FILE_NOTE_RE = re.compile(_FILE_NOTE, re.I)
_PERIOD_REPORT = re.compile(rf"^(?P<title>.{{0,80}}?\b{_REPORT_NAME}\b.{{0,60}}?\s{_PERIOD}){_FILE_NOTE}", re.I)
# The names that say a yearly report on their own, on any page: a "2019 Budget Review" on a meetings page may be
# an agenda's item.
_YEARLY_NAMES = (
    r"(?:annual report|activity report|(?:audited )?financial statements|audit|form 990|informe anual"
    r"|memoria anual|rapport annuel|rapport d'activit[ée]s|estados financieros|[ée]tats financiers)"
)
_YEARLY_REPORT = re.compile(rf"\b{_YEARLY_NAMES}\b", re.I)
_PERIOD_FIRST_REPORT = re.compile(rf"^(?P<title>{_PERIOD}\s+(?:[\w-]+\s+){{0,4}}?{_YEARLY_NAMES}){_FILE_NOTE}", re.I)


def _period_reports(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """On a page that lists reports: items that are only a report's name and the year it covers, dated by that
    year (a fiscal year `2005/06` runs April to March)."""
    pubs: list[Publication] = []
    used: set[int] = set()
    for block in blocks:
        text = block.text.strip()
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or len(text.split()) > 14:
            continue
        if covered := _covered_period(text):
            pubs.append(_period_report(_FILE_NOTE_RE.sub("", text).strip(), covered, block))
            used.add(block.order)
            continue
        match = _PERIOD_REPORT.match(text) or _PERIOD_FIRST_REPORT.match(text)
        if not match:
            continue
        if any(d.precision != DatePrecision.YEAR for d in find_dates(text)):
            continue  # "(PDF, posted 15 July 2004)": a date of its own, which the other rules read
        first, second = int(match.group("first")), match.group("second")
        if second is not None and (int(second[-2:]) - first) % 100 != 1:
            continue  # "2003-2008": a span of years, not one year's report
        start = datetime.date(first, 4, 1) if second else datetime.date(first, 1, 1)
        end = datetime.date(first + 1, 3, 31) if second else datetime.date(first, 12, 31)
        period = text[match.start("first") : match.end("second") if second else match.end("first")]
        begin = match.start("first")
        date = DateSpan(period, start, end, DatePrecision.YEAR, begin, begin + len(period))
        pubs.append(_period_report(match.group("title").strip(), date, block))
        used.add(block.order)
    return pubs, used


def _period_report(title: str, date: DateSpan, block: Block) -> Publication:
    return _listed(title, block, date=date, kind=PublicationType.REPORT, confidence_drop=0.1)


def _listed(
    title: str,
    block: Block,
    *,
    authors: tuple[str, ...] = (),
    date: DateSpan | None = None,
    kind: PublicationType | None = None,
    confidence_drop: float = 0.0,
) -> Publication:
    """A publication an item of a list names in its one block (rule `publication.listed`)."""
    return Publication(
        title=_REPORT_NUMBER.sub("", title) or title,
        authors=authors,
        date=date,
        publisher=None,
        publication_type=kind or publication_type_of(block.text),
        block=block,
        snippet=block.text,
        rule="publication.listed",
        confidence=CONFIDENCE["publication.listed"] - confidence_drop,
    )


# A link to a document's file: a PDF or an office file, a shared drive's file, a download address.
_DOCUMENT_FILE = re.compile(
    r"\.(?:pdf|docx?|odt|rtf|epub|pptx?)(?:$|[?#])|drive\.google\.com/file/|/downloads?/|[?&]download\b"
    # a work's persistent identifier, or its page in a publisher's catalogue
    r"|(?:dx\.)?doi\.org/10\.|hdl\.handle\.net/|/(?:publications?|publicaciones|publicacion)/[\w-]{8,}",
    re.I,
)
# A note after a file's title: its format or size, or the languages it is in ("(PDF, 2 MB)", "(only available in
# German)", "[PDF]", "(disponible en anglais)").
_TITLE_NOTE = re.compile(
    r"\s*[(\[](?:pdf|docx?|[^()\[\]]*\b(?:available|disponibles?|verfügbar|only|solo|seulement)\b[^()\[\]]*"
    r"|(?:in|en) [^\W\d]+)[^()\[\]]{0,30}[)\]]\s*$",
    re.I,
)
_HEADING_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# not the last year of a span the title covers ("Recueil statistique sur l'asile, 1997-2006")
_CLOSING_TITLE_YEAR = re.compile(r"(?:^|[\s,]|(?<!\d)[–—-])[(\[]?((?:19|20)\d\d)[)\]]?\s*$")
# What a talk or a meeting leaves, listed beside the works: "Workshop Slides", "Workshop Recording", "(November 2020
# presentation)".
_MATERIAL = re.compile(
    r"\b(?:slides|recording|presentation|video|webcast|audio|transcript|diapositivas|grabaci[oó]n|présentation"
    r"|enregistrement)\W*$",
    re.I,
)


# an address to write to, or a plea to: no work's title
_CONTACT = re.compile(r"\S+@\S+\.[a-z]{2,}|\b(?:contact us|please contact|póngase en contacto|contactez-nous)\b", re.I)


def not_a_work(text: str) -> bool:
    """Whether a listed line names what a talk or a meeting left, whatever its date: "Workshop Slides (September
    10, 2021)", "A Framework for Data Quality (November 2020 presentation)"."""
    for span in reversed(find_dates(text)):
        text = text[: span.begin] + text[span.stop :]
    return bool(_MATERIAL.search(text))


def _document_links(blocks: Sequence[Block], page_says: bool) -> tuple[list[Publication], set[int]]:
    """Items and lines that open with a link to a document's file, on a page or under a heading that says
    publications ("Indicator reports" / "<a href=report-2021.pdf>Indicator report 2021</a>"): each one a
    publication, titled by the link, dated by what follows it or by the year its title closes with."""
    found: list[tuple[Block, str]] = []
    for block in blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not block.link:
            continue
        if not _DOCUMENT_FILE.search(block.link):
            continue
        if not (page_says or _PUBLICATION_PAGE.search(block.heading or "")):
            continue
        if _EXTERNAL_LINK.search(block.text) or _SEE_ALSO.match(block.heading or ""):
            continue  # "UNHCR: 2009 Global Trends (external link)" under "See also": another house's work
        title = _title_of_link(block)
        if not title or _action(title) or _meetings_file(title) or not_a_work(title):
            continue  # "Download", "Agenda", "Meetings 2003-2005", "Workshop Slides": a file of no publication
        notes = [n for n in re.findall(r"\(([^()]*)\)", block.text) if _FILE_NOTE_WORD.search(n)]
        dated_note = any(d.precision == DatePrecision.DAY for note in notes for d in find_dates(note))
        own = _BRACKETED_DATE.search(_title_tail(block.text))  # "Title (June 2005) [PDF] (re-posted 10 January 2006)"
        if dated_note and not (own and not _FILE_NOTE_WORD.search(own.group(1))):
            continue  # "(PDF, posted 15 July 2004)": a file the page posts, dated by its posting, as `_period_reports`
        found.append((block, title))
    if len(found) < MIN_VOUCHED_RECORDS:
        return [], set()
    # "<li>2011<ul><li>Documentos oficiales<ul><li><a>...</a>": a year's item over the files posted in it
    year_items = {b.locator: b.text.strip() for b in blocks if b.locator and _YEAR_ONLY.match(b.text)}
    pubs = []
    for block, title in found:
        rest = block.text[len(title) :] if block.text.startswith(title) else ""
        rest = _PERIOD_NOTE.sub("", rest)  # the period a report covers is not when it came out
        date = _date_in(rest) if rest.strip(" ,.;–—-") else None
        # "<a>Title</a><br>A and B<br>June 2007": the element's other lines, each perhaps of fields ("May 2007 · By
        # the IGC Secretariat")
        fields = [part for f in _fields_after(block, blocks) for part in _FIELD_SEP.split(f.text)]
        date = date or next((d for f in fields if (d := _date_line(f))), None)
        authors = next((a for f in fields if (a := _authors(f))), ())
        if not authors and rest.startswith(" · "):
            authors = _authors(rest[3:]) or ()  # "Title · Edited by A and B. Geneva: IGC, 2010.": its meta line
        if not authors and (byline := _INLINE_BYLINE.search(rest) or _COMMA_BYLINE.search(rest)):
            # "Report · January 2012 By A and B": one line; "Title, by A and B. Published by ...": after its comma
            authors = _authors(rest[byline.start() :].lstrip(", ")) or ()
        if date is None and (imprint := _PUBLISHED_YEAR.search(rest)):
            date = parse_date(imprint.group(1), allow_year=True)  # "Published by IOM on behalf of the RCM, 2006."
        if date is None and _imprint_year(rest) and (year := _IMPRINT_YEAR.search(rest)):
            date = parse_date(year.group(1), allow_year=True)  # "Title · IGC Secretariat, 2009.": its imprint's year
        if date is None and (dashed := _DASHED_YEAR.search(block.text.strip())):
            date = parse_date(dashed.group(0).strip(" –—|·-"), allow_year=True)  # "... (PDF, 340 KB) – 2008"
        if date is None and (closing := _CLOSING_TITLE_YEAR.search(title)):
            date = parse_date(closing.group(1), allow_year=True)
            if closing.group(0).strip().startswith(("(", "[")):
                title = title[: closing.start()].rstrip()  # "Title (2019)": the year is no part of the title
        if date is None and len(years := set(_HEADING_YEAR.findall(block.heading or ""))) == 1:
            date = parse_date(years.pop(), allow_year=True)  # "Extract from the issue 5/2016": the heading dates it
        if date is None and (year := _enclosing(block.locator, year_items)):
            date = parse_date(year, allow_year=True)
        title = _DOI_TAIL.sub("", title)  # "Title DOI: 10.5281/zenodo.17368885": the work's identifier
        title = _DELIVERABLE_LEAD.sub("", title)  # "Deliverable D1.3: Title": the deliverable's code
        clean = _CODE.sub("", _TITLE_NOTE.sub("", title), count=1).strip() if _CODE.match(title) else title
        # under "Reports" / "Policy Briefs": the section's type, when the link names none of its own
        typed = publication_type_of(block.text)
        section = _type_heading(block.heading) if typed == PublicationType.OTHER else None
        kind = section if section not in (None, PublicationType.OTHER) else None
        pub = _listed(
            _TITLE_NOTE.sub("", clean).strip(), block, authors=authors, date=date, kind=kind, confidence_drop=0.05
        )
        pubs.append(replace(pub, publisher=_issuer(rest)))
    return pubs, {block.order for block, _ in found}


_YEAR_ONLY = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_FIELD_SEP = re.compile(r"\s+[·|•]\s+")
_EXTERNAL_LINK = re.compile(r"\((?:external link|enlace externo|lien externe|sitio externo|site externe)\)\s*$", re.I)
_SEE_ALSO = re.compile(
    r"^\W*(?:see also|related (?:links|sites)|v[ée]ase tambi[ée]n|voir aussi|other resources)\W*$", re.I
)
_DOI_TAIL = re.compile(r"[\s,.;]*\b(?:DOI|doi)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\S+\s*$")
_DELIVERABLE_LEAD = re.compile(
    r"^\W*(?:deliverable|livrable|entregable)\s+(?:D|WP)?\.?\s?\d{1,2}(?:\.\d{1,2}){0,3}\s*[:–—-]\s*", re.I
)
_AUTHOR_LABEL = re.compile(
    r"\b(?:authors?|author\(s\)|autor(?:es|as?|\(es\))?|auteurs?|auteur\(e?s\)|editors?)\s*:\s*", re.I
)


# A work's labelled date, on its own page or on a catalogue entry's meta line: "Publication date: March 2011",
# "Year: 2008 | 64 pages", "Año: 2010", "Date de parution : mars 2009".
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:publication date|date of publication|published|released|release date|year(?: of publication)?|año"
    r"|fecha de publicaci[oó]n|publicado|ann[ée]e|date de (?:parution|publication)|parution|publi[ée])\s*:\s*",
    re.I,
)
_PUBLISHER_LABEL = re.compile(r"^\W*(?:publisher|editorial|[ée]diteur)\s*:\s*", re.I)
MAX_LANDING_FIELDS = 8  # the lines between a work's title and its next section


def landing_work(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A page about one work: its first heading, then a byline and a labelled publication date among the lines
    under it ("Managing Borders in an Age of Mobility" / "Edited by A and B" / "Publication date: March 2011")."""
    at = next((i for i, b in enumerate(blocks) if b.kind == BlockKind.HEADING), None)
    if at is None:
        return [], set()
    heading = blocks[at]
    fields = list(
        itertools.takewhile(lambda b: b.kind != BlockKind.HEADING, blocks[at + 1 : at + 1 + MAX_LANDING_FIELDS])
    )
    dated = next(
        (
            (b, d)
            for b in fields
            if (label := _PUBLISHED_LABEL.match(b.text))
            and (d := parse_date(b.text[label.end() :].strip(), allow_year=True))
        ),
        None,
    )
    bylined = next(((b, a) for b in fields if _BYLINE.match(b.text) and (a := _authors(b.text))), None)
    if dated is None and bylined is not None:
        # "Title" / "By A, B, and C" / "October 2011": the line under the byline that is only its month (or over it:
        # "Title" / "November 2012" / "By A, B and C")
        at_byline = fields.index(bylined[0])
        around = fields[at_byline + 1 :][:1] + fields[max(at_byline - 1, 0) : at_byline]
        dated = next(((b, d) for b in around if (d := _date_line(b.text)) is not None), None)
    authors = bylined[1] if bylined else None
    if dated is None or not authors:
        return [], set()
    publisher = next(
        (p for b in fields if (m := _PUBLISHER_LABEL.match(b.text)) and (p := imprint_publisher(b.text[m.end() :]))),
        None,
    )
    label = blocks[at - 1].text if at and names_work_type(blocks[at - 1].text) else None
    if label is None:
        label = next(
            (b.text[typed.end() :] for b in fields if (typed := _TYPE_FIELD.match(b.text))), None
        )  # "Type: Report"
    pub = _listed(
        heading.text.strip(),
        heading,
        authors=authors,
        date=dated[1],
        kind=publication_type_of(label) if label else None,
    )
    return [replace(pub, publisher=publisher)], {heading.order, dated[0].order}


def labelled_works(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A catalogue of headings, each a title over a meta line that opens with its labelled date ("IGC Annual Report
    2007" / "Year: 2008 | 64 pages | Languages: English | public Author: IGC Secretariat"): a work each, dated and
    authored by its fields. Two such entries at least."""
    found: list[tuple[Block, Block, DateSpan]] = []
    for heading, meta in itertools.pairwise(blocks):
        if (
            heading.kind != BlockKind.HEADING
            or meta.kind == BlockKind.HEADING
            or not (label := _PUBLISHED_LABEL.match(meta.text))
        ):
            continue
        field = _LABEL_SPLIT.split(meta.text[label.end() :], maxsplit=1)[0]
        if (date := parse_date(field.strip(), allow_year=True)) is None:
            continue
        found.append((heading, meta, date))
    if len(found) < MIN_VOUCHED_RECORDS:
        return [], set()
    pubs = []
    for heading, meta, date in found:
        authors: tuple[str, ...] = ()
        if byline := _AUTHOR_LABEL.search(meta.text):
            names = _FIELD_SPLIT.split(meta.text[byline.end() :])[0]
            authors = tuple(n.strip(" .") for n in re.split(r",\s*|\s+(?:and|y|et|&)\s+", names) if n.strip(" ."))
        pubs.append(_listed(heading.text.strip(), heading, authors=authors, date=date))
    return pubs, {b.order for heading, meta, _ in found for b in (heading, meta)}


def _enclosing(locator: str | None, items: dict[str, str]) -> str | None:
    """The text of the nearest item among `items` (keyed by locator) whose element holds the one at `locator`."""
    holders = [at for at in items if locator and locator.startswith(at + " > ")]
    return items[max(holders, key=len)] if holders else None


# A byline after a link's other fields on the same line, capitalised as a line's first word is.
_INLINE_BYLINE = re.compile(r"(?<=\s)(?:By|Por|Par)\s+(?=[A-ZÀ-Ý])")
_FILE_NOTE_WORD = re.compile(
    r"\b(?:pdf|docx?|xlsx?|posted|updated|added|revised|uploaded|publicado|subido|mise? en ligne)\b", re.I
)


_CARD_LINE_BYLINE = re.compile(r" · (?:(?:Edited|Compiled) by|By) (?P<names>[A-ZÀ-Ý][^·]+)$")


def title_fields(line: str) -> tuple[str, DateSpan | None, PublicationType | None]:
    """A title line that carries its card's other fields ("Title · Policy Brief · June 2009"): the title, and the
    date and type the fields after it give; the line as it is when it holds no such field."""
    head, *rest = line.split(" · ")
    date = next((d for f in rest if (d := parse_date(f.strip(), allow_year=True))), None)
    label = next((f for f in rest if names_work_type(f) and len(f.split()) <= MAX_TYPE_WORDS), None)
    if not rest or not (date or label) or len(head.split()) < 2:
        return line, None, None
    return head.strip(), date, publication_type_of(label) if label else None


MAX_TYPE_WORDS = 4


def _fields_after(block: Block, blocks: Sequence[Block]) -> list[Block]:
    """The lines the parser set apart after `block` in the same element and that hold no link of their own."""
    fields = []
    for after in blocks[block.order + 1 :] if blocks[block.order : block.order + 1] == [block] else ():
        if after.locator != block.locator or after.link:
            break
        fields.append(after)
    return fields


_ISSUER = re.compile(
    r"\b(?:secretariat|secretar[ií]a|secr[ée]tariat|institute|instituto|institut|organi[sz]ation|organizaci[oó]n"
    r"|ministry|ministerio|minist[eè]re|office|press|publishers?|foundation|fundaci[oó]n|fondation|council)\b",
    re.I,
)


def _issuer(meta: str) -> str | None:
    """Who issued a linked document, when its meta line opens with an organisation ("IGC Secretariat · Released:
    March 2009")."""
    first = meta.strip(" ·|–—-").split(" · ")[0].strip()
    return first if first and len(first.split()) <= 6 and _ISSUER.search(first) and not find_dates(first) else None


_PROCEEDINGS = re.compile(r"^\W*(?:memorias?|proceedings|actes|relator[ií]a)\s+(?:of|del?|de la|du|des)\b", re.I)


def _meetings_file(title: str) -> bool:
    """A file named for meetings ("Meetings 2003-2005", "Policy roundtables", "Board Agenda - May 3"), not a report
    on a forum nor one on "the 2030 Agenda"."""
    # "Memoria del Seminario ...", "Proceedings of the Workshop ...": the record of a meeting is a work
    if (
        _EVENT_WORDS.search(title)
        and publication_type_of(title) == PublicationType.OTHER
        and not _PROCEEDINGS.match(title)
    ):
        return True
    words = title
    for span in reversed(find_dates(title)):
        words = words[: span.begin] + words[span.stop :]
    words = words.strip(" ,.;:–—-|")
    return any(MEETING_DOCUMENT.fullmatch(w) for w in (words.split()[:1] + words.split()[-1:]))


MIN_CARD_TITLE_WORDS = 3


_IMPRINT_YEAR = re.compile(r",\s*((?:19|20)\d\d)\b")


def _imprint_year(text: str) -> bool:
    """Whether a meta line closes an imprint with its year ("Louvain-la-Neuve : Éditions X, 2006. 318 pages.")."""
    return re.search(r"(?:^|[:,])\s*[^,:]{2,60},\s*(?:19|20)\d\d\b", text) is not None


def _title_tail(text: str) -> str:
    """An item's text less its file's notes after its own date: "Title (June 2005) [PDF, 250 KB] (re-posted 10
    January 2006)" -> "Title (June 2005)"."""
    text = _TRAILING_FILE_NOTE.sub("", _NEW_MARK.sub("", text.strip()))
    return re.sub(r"(?:\s*\[[^\[\]]*\]|\s*\((?:re-?)?posted[^()]*\))+\s*$", "", text, flags=re.I)


MAX_DASHED_IMPRINT_WORDS = 8


def _title_of_link(block: Block) -> str:
    """A linked item's title: the whole item, less a date set after it ("Impact of Taxation, September 2021")."""
    # "... (January 2009) [PDF, 256 KB] NEW!": the file's notes, and a page's flag on its latest files
    text = _title_tail(block.text)
    head, sep, meta = text.partition(" · ")
    if sep and len(head.split()) >= MIN_CARD_TITLE_WORDS and (_date_in(meta) or _imprint_year(meta)):
        return head  # "Title · IGC Secretariat · Released: March 2009 · 214 pp.": the title, then its meta line
    if (byline := _COMMA_BYLINE.search(text)) and byline.start() >= MIN_TITLE_CHARS:
        return text[: byline.start()].rstrip()  # "Title, by A and B. Published by IOM, 2006.": the title, its byline
    head, sep, imprint = text.partition(" – ") if " – " in text else text.partition(" — ")
    if (
        sep
        and len(head.split()) >= MIN_CARD_TITLE_WORDS
        and len(imprint.split()) <= MAX_DASHED_IMPRINT_WORDS
        and _date_in(imprint)
        and not find_dates(head)
        and head.count("(") == head.count(")")
    ):
        return head  # "Title – IGC Secretariat, January 2006": the title, then who issued it and when
    bracketed = _BRACKETED_DATE.search(text)
    inside = find_dates(bracketed.group(1)) if bracketed else []
    if (
        bracketed
        and inside
        and inside[0].precision == DatePrecision.MONTH
        and not _WORD.search(bracketed.group(1).replace(inside[0].text, ""))
    ):
        # "Title (January 2009)": the month it came out, after the title (a day keeps apart two reports of one name)
        return text[: bracketed.start()].rstrip()
    dates = find_dates(text)
    if dates and (lead := _DATE_LEAD.search(text[: dates[-1].begin])) and not text[dates[-1].stop :].strip():
        # "Rapport annuel 2010 (période couverte : 2010) – publié en mai 2011": the title, then when it came out
        return _PERIOD_NOTE.sub("", text[: lead.start()]).strip()
    if (note := _FILE_SIZE_NOTE.search(text)) and note.start() > 0 and find_dates(text[note.end() :]):
        return text[: note.start()].rstrip()  # "Title (PDF, 640 KB) publicado el 28/02/2011": the file, its posting
    return _DASHED_YEAR.sub("", text)  # "Estudio comparativo ... (PDF, 3,1 MB) – 2007": the year it came out


# What leads into a date set after a linked title: a comma or a dash, perhaps with "published in".
_DATE_LEAD = re.compile(
    r"(?:,|\s[–—|·-])\s*(?:(?:publi[ée]e?|published|released|publicad[oa]|paru(?:e)?)\s+(?:en|in|on|le|el)?\s*)?$",
    re.I,
)
# "(période couverte : janvier – décembre 2010)": the period a report covers, a note on its title
_PERIOD_NOTE = re.compile(
    r"\s*\((?:p[ée]riode couverte|period covered|covering|periodo (?:cubierto|que cubre))[^()]*\)", re.I
)
_PUBLISHED_YEAR = re.compile(
    r"\b(?:published|publicado|publié)\s+(?:by|por|par)\b[^.\[\]]{0,120}?,\s*((?:19|20)\d\d)\s*\.?(?:\s*\[|\s*$)", re.I
)
_NEW_MARK = re.compile(r"\s*¡?\s*\b(?:new|nuevo|nueva|nouveau|nouvelle)\s*!+\s*$", re.I)
_COMMA_BYLINE = re.compile(r",\s+(?:by|por|par)\s+(?-i:[A-ZÀ-Ý])", re.I)
MIN_TITLE_CHARS = 12
_TRAILING_FILE_NOTE = re.compile(r"\s*\[(?:pdf|docx?|xlsx?)\b[^\[\]]{0,30}\]\s*$", re.I)
_BRACKETED_DATE = re.compile(r"\s*\(([^()]{4,30})\)\s*$")
_WORD = re.compile(r"[^\W\d_]")
_DASHED_YEAR = re.compile(r"\s[–—|·-]\s*(?:19|20)\d\d\s*$")
_FILE_SIZE_NOTE = re.compile(r"\s*\((?:pdf|docx?|xlsx?|pptx?|rtf|zip)\b[^()]{0,30}\)", re.I)  # "(PDF, 1.9 MB)"
_PERIOD_LINK = re.compile(r"^\s*(?:-|–|—|to|through|al|au|hasta)\s*$", re.I)
MIN_REPORT_PERIOD_DAYS = 150  # a report covers months (a year, a semester); a meeting's days are fewer


def _covered_period(text: str) -> DateSpan | None:
    """The period a report's name gives ("Report on Academic Year 8/1/2022-7/31/2023", "Annual report, 1 April
    2005 - 31 March 2006"): from its first day to its last, at the year's precision when it spans one."""
    dates = find_dates(text)
    if len(dates) != 2 or not re.search(rf"\b{_REPORT_NAME}\b", text[: dates[0].begin], re.I):
        return None
    first, last = dates
    trailing = _FILE_NOTE_RE.sub("", text[last.stop :])  # "(PDF, 2 MB)" may follow; nothing else
    if not _PERIOD_LINK.match(text[first.stop : last.begin]) or re.search(r"\w", trailing):
        return None
    days = (last.end - first.start).days
    if days < MIN_REPORT_PERIOD_DAYS:
        return None
    precision = DatePrecision.YEAR if days >= 300 else DatePrecision.MONTH
    return DateSpan(text[first.begin : last.stop], first.start, last.end, precision, first.begin, last.stop)


_UPDATE_STAMP = re.compile(
    r"^\W*(?:(?:last\s+)?updated|modified|revised|actualizad[oa]|mis\s+à\s+jour|modifié)\b", re.I
)


def _dated_headings(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """On a page that says publications or reports: each heading directly over a date line ("Date added:
    27/10/2014", "Published 3 May 2021") is a publication of that date, whatever its words. Not a date that
    says the page was updated."""
    pubs: list[Publication] = []
    used: set[int] = set()
    for heading, after in zip(blocks, blocks[1:], strict=False):
        if heading.kind != BlockKind.HEADING or after.kind == BlockKind.HEADING or _UPDATE_STAMP.match(after.text):
            continue
        date = _date_line(after.text)
        title = split_translation(heading.text.strip())[0]
        if date is None or len(title.split()) < 2 or _date_line(title):
            continue
        if _EVENT_WORDS.search(title) and not _ISSUED.match(after.text) and not RECORD_OF_EVENT.match(title):
            continue  # "Workshop on Returns" over its date: an event, unless the line says the paper was issued
        card = _bare_card(title, date, heading, f"{heading.text.strip()} | {after.text.strip()}")
        if _LABEL_SPLIT.search(after.text) and (names := _authors(after.text)):
            card = replace(card, authors=names)  # "Leah Wong | November 2011": the date line names the author
        pubs.append(card)
        used.update((heading.order, after.order))
    return pubs, used


# "... Reporting Statistical Results in Text and in Graphs (PDF)", "Descargar PDF", "Télécharger le rapport": a
# description's closing button to the work's file.
_DOWNLOAD_END = re.compile(
    r"(?:\((?:pdf|docx?|epub)(?:,\s*[\d.]+\s*[kmg]b)?\)|\b(?:download|descargar|t[ée]l[ée]charger|read|leer|lire)"
    r"(?:\s+(?:the|el|la|le|full))?\s+(?:pdf|report|paper|guide|informe|documento|rapport|document|brief))\W*$",
    re.I,
)


def download_sections(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A resources page's sections, each a heading over a description that closes with the button to its file
    ("Blocking in Randomized Evaluations" / "Whenever possible, ... Blocking in Randomized Evaluations (PDF)"): a
    publication each, titled by its heading, when the page has MIN_RECORDS of them."""
    pubs: list[Publication] = []
    used: set[int] = set()
    for heading, after in zip(blocks, blocks[1:], strict=False):
        if (
            heading.kind != BlockKind.HEADING
            or after.kind != BlockKind.PARAGRAPH
            or not _DOWNLOAD_END.search(after.text)
        ):
            continue
        title = split_translation(heading.text.strip())[0]
        if len(title.split()) < 2 or _date_line(title) or _EVENT_WORDS.search(title):
            continue
        date = _date_in(after.text) if len(after.text.split()) <= MAX_EVENT_FIELD_WORDS else None
        pubs.append(_bare_card(title, date, heading, f"{heading.text.strip()} | {after.text.strip()}"))
        used.update((heading.order, after.order))
    return (pubs, used) if len(pubs) >= MIN_RECORDS else ([], set())


MAX_BYLINE_WORDS = 50  # a dozen authors' full names


def _byline_after(block: Block, byline: Block | None, dated: bool = False) -> tuple[str, ...] | None:
    """The authors of the line after a title line, when it is a byline ("By A and B", "A, B and C"). Over a date
    line (`dated`), the line between a title and its date is the byline: four plain words may be one name ("Juan
    Manuel Abal Medina y Ernesto Calvo.") and a period may close it."""
    if byline is None or _date_line(byline.text) or len(byline.text.split()) > MAX_BYLINE_WORDS:
        return None
    if byline.kind == BlockKind.HEADING and not _subheading(block, byline):
        return None  # a heading after a title is the next title, unless set smaller below it (h2, then h3)
    explicit = _BYLINE.match(byline.text.strip()) or byline.kind == BlockKind.HEADING  # a byline set as a subheading
    closed = byline.text.strip().endswith(".") and not (dated and names_in(byline.text, bylined=True))
    if not explicit and ((names_in(block.text) and not dated) or closed):
        return None  # two lines of names, or a sentence: no title over a byline
    text = _META_SEPARATOR.split(byline.text.strip())[0]  # "A, B and C | Journal 2024": the names come first
    text = re.sub(r"[\s,;*†‡]+$", "", text)  # "..., Karima Manji, *": a footnote mark closing the list
    if tail := _trailing_date(text):
        text = text[: tail.begin]
    names = _byline_names(text)[0]
    if len(names.split()) <= MAX_TYPE_LABEL_WORDS and (
        KIND_WORDS.search(names) or publication_type_of(names) != PublicationType.OTHER
    ):
        return None  # "Policy Briefing", "Working Paper": the next card's type label, no one's name
    return _authors(names) or (names_in(names, bylined=True) if dated else None)


MAX_TYPE_LABEL_WORDS = 3


MAX_PUBLISHER_WORDS = 8
_PUBLISHER_DATE = re.compile(r"^(?P<pub>[A-ZÀ-Ý][^,\d:]{2,60}),\s*(?P<date>(?:[^\W\d]+\.?\s+)?(?:19|20)\d\d)\.?$")
MIN_TITLE_CASE_SHARE = 0.6


def title_case(text: str, share: float = MIN_TITLE_CASE_SHARE) -> bool:
    """Whether at least `share` of a phrase's longer words are capitalised, as a title's or a name's are."""
    words = [w for w in text.split() if len(w) > 3]
    return not words or sum(w[:1].isupper() for w in words) >= share * len(words)


_PAGED_IMPRINT = re.compile(r"\((?P<pub>[A-ZÀ-Ý][^(),\d]{1,60}),\s*\d{1,4}\s*(?:pp|pages|p|págs?)\.?\)")


def _byline_names(text: str) -> tuple[str, str | None]:
    """A byline's names and the publisher after them, if any ("... Meyers. Migration Policy Institute, June 2005")."""
    end = NAMES_END.search(text)
    if end is None:
        return text, None
    publisher = text[end.end() :].strip()
    if tail := _trailing_date(publisher):
        publisher = publisher[: tail.begin]
    if len(publisher.split()) > MAX_PUBLISHER_WORDS or not title_case(publisher, share=0.5):
        return text[: end.start()], None  # "... (MPI, 310 pp.). Eleven chapters compare ...": a teaser, no publisher
    return text[: end.start()], publisher.strip(" ,.;") or None


_HEADING_LEVEL_TAG = re.compile(r"(?:^|>\s*)h(?P<level>[1-6])(?::nth-of-type\(\d+\))?\s*$")


def _subheading(title: Block, below: Block) -> bool:
    """Whether `below` is a heading set one level or more below the heading `title` (an h3 under its h2)."""
    upper, lower = _HEADING_LEVEL_TAG.search(title.locator or ""), _HEADING_LEVEL_TAG.search(below.locator or "")
    return bool(upper and lower) and int(lower.group("level")) > int(upper.group("level"))  # type: ignore[union-attr]


def _trailing_date(text: str) -> DateSpan | None:
    """A month or year date closing a byline line ("By A and B March 2005"), the line's last words."""
    dates = find_dates(text)
    if not dates or dates[-1].stop < len(text.rstrip(" .")) or dates[-1].begin == 0:
        return None
    return dates[-1] if dates[-1].precision in (DatePrecision.MONTH, DatePrecision.YEAR) else None
