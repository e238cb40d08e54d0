"""Catalogue records: a library's or documentation centre's works, each a run of labelled fields.

    pubs, used = field_records(blocks)

A documentation centre's acquisitions list, a catalogue export or a repository's item pages give each work as
"Label: value" lines, in a table of two columns or as paragraphs:

    Título: Informe de la Presidencia Pro Tempore, 2010
    Autor(es): Conferencia Regional sobre Migración
    Pie de imprenta: San José, Costa Rica: Secretaría Técnica de la CRM, febrero de 2011
    Tipo de documento: Informe
    Fecha de ingreso: 03/05/2011

A record opens with its title field. Its date is the imprint's (or a publication date's field), never the day the
library took it in or updated the catalogue; its publisher is the imprint's, after the place.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mpdp_pipeline.extractors.citations import names_in
from mpdp_pipeline.extractors.dates import POST_STAMP, DateSpan, find_dates, parse_date
from mpdp_pipeline.extractors.places import known_place
from mpdp_pipeline.extractors.publications import (
    CONFIDENCE,
    Publication,
    imprint_publisher,
    names_work_type,
    publication_type_of,
)
from mpdp_pipeline.extractors.vocabulary import EVENT_KIND_WORDS, PARTNER_NOTE, POSTED_BY, WORKS_SECTION_NAMES

from mpdp_pipeline.schemas import Block, BlockKind, DatePrecision, PublicationType

MIN_RECORDS = 2  # one labelled title may be a page's own metadata; two make a catalogue
MAX_LABEL_WORDS = 4
# "Policy Brief February 12", "Report May 8": a type label, then the work's day without its year
_LABEL_DAY = re.compile(
    r"^(?P<type>[^\W\d][^\d|·•]{2,30}?)\s+(?P<day>[^\W\d]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d]{3,10}\.?)$"
)

_TITLE = re.compile(r"^(?:t[ií]tulo|title|titre)$", re.I)
_AUTHORS = re.compile(r"^(?:(?:corporate |other )?(?:autor(?:es|\(es\)|as?)?|authors?|author\(s\))|auteur(?:s|\(s\))?"
                      r"|editor(?:es|s|as?)?|[ée]diteurs? scientifiques?|responsab(?:le|ility|ilidad)|edici[oó]n"
                      r"|autor(?:es)? corporativos?)$", re.I)  # fmt: skip
# not "Publicado:", "Published:" alone, which a news item's posting day is labelled with too
_IMPRINT = re.compile(r"^(?:pie de imprenta|imprint|publication|publicaci[oó]n|[ée]dition|pi[eé] de imprenta)$",
                      re.I)  # fmt: skip
_DATE = re.compile(r"^(?:fecha(?: de publicaci[oó]n| de edici[oó]n)?|a[nñ]o(?: de publicaci[oó]n)?|year|date"
                   r"|publication date|date of publication|date de publication|ann[ée]e|date issued|issued"
                   r"|date de parution|fecha de emisi[oó]n)$", re.I)  # fmt: skip
_PUBLISHER = re.compile(r"^(?:editorial|publisher|[ée]diteur|casa editorial|edita|editado por|publica|publicado por"
                        r"|published by|[ée]dit[ée] par)$", re.I)  # fmt: skip
_TYPE = re.compile(
    r"^(?:tipo(?: de documento)?|type(?: de document)?|document type|type of document|item type|tipo de material)$",
    re.I,
)
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-zÀ-ÿ()][\wÀ-ÿ() ]{1,40}?)\s*:\s*(?P<value>.*)$")
_EDITORS_NOTE = re.compile(r"\s*\((?:eds?\.?|editor(?:es|s)?|coord(?:s?\.|inadores)?|dir(?:s?\.|ecteurs))\)", re.I)


@dataclass
class _Record:
    title: Block
    fields: dict[str, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)


def _field(block: Block) -> tuple[str, str] | None:
    """A block's label and value: a two-column row ("Título: | ...", or a catalogue's "<th>Date issued</th>" beside
    its value), or a paragraph "Título: ..."."""
    label_cell = block.cells[0].strip() if block.kind == BlockKind.TABLE_ROW and len(block.cells) == 2 else ""
    if label_cell.endswith(":") or (label_cell and _catalogue_label(label_cell)):
        label, value = label_cell.rstrip(":").strip(), block.cells[1].strip()
    elif (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and (match := _LABEL.match(block.text))
        and not _RESPONSIBILITY.search(block.text)  # "Remittances and development : a review / J. Ferrer.": a title
    ):
        label, value = match.group("label").strip(), match.group("value").strip()
        if block.link and not _catalogue_label(label):
            return None  # "<a>Informe final: Seminario sobre ...</a>": a linked title that reads "Kind: name"
    else:
        return None
    return (label, value) if len(label.split()) <= MAX_LABEL_WORDS else None


def _catalogue_label(text: str) -> bool:
    """Whether a row's first cell is a catalogue's field name, without its colon ("Corporate author", "Extent")."""
    return any(rx.match(text) for rx in (_TITLE, *(rx for _, rx in _KEYS), _WORK_FIELD, _CATALOGUE_FIELD))


# A catalogue record's other fields: "Notes", "Edition", "Record added", "Subjects", "Call number", "Series".
_CATALOGUE_FIELD = re.compile(
    r"^(?:notes?|notas?|edition|extent|record added|subjects?|keywords|call number|series|serie|collection"
    r"|colecci[oó]n|physical description|descripci[oó]n f[ií]sica|materias?|sujets?|mots-cl[ée]s|cote|signatura)$",
    re.I,
)


# A record's fields run together on one line, as a PDF sets them: "Autor: X Publica: Y Tipo: Informe | Julio de 2011".
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>autor(?:es|as?)?|authors?|auteurs?|edici[oó]n|editor(?:es|as?)?|publica|edita|editorial"
    r"|publisher|[ée]diteur|tipo|type|fecha|date|a[nñ]o|year|published|publicad[oa]|publi[ée]e?)\s?:\s",
    re.I,
)
MIN_INLINE_FIELDS = 2


def _inline_fields(block: Block) -> list[tuple[str, str]]:
    """The labelled fields one line runs together, when it holds MIN_INLINE_FIELDS of them from its start; or a
    row of cells that are each a labelled field (a document manager's bar under each title: "Fecha de publicación:
    26.11.2010 | Tipo: Memoria | Autor: X | Descargas: 87")."""
    if block.kind == BlockKind.TABLE_ROW and not block.header:
        cells = [
            m
            for c in block.cells
            if (m := _LABEL.match(c.strip())) and m.group("value") and len(m.group("label").split()) <= MAX_LABEL_WORDS
        ]
        if len(cells) >= MIN_INLINE_FIELDS and len(cells) == len(block.cells):
            return [(m.group("label").strip(), m.group("value").strip()) for m in cells]
        return []
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return []
    text = block.text
    marks = list(_INLINE_LABEL.finditer(text))
    lead = text[: marks[0].start()].strip() if marks else ""
    # "Informe estadístico. Edición: Secretaría Técnica de la CRM. Enero 2012.": a short sentence (its type, who
    # wrote it) before its labels, or one label, and the work's month in a sentence of its own
    noted = bool(marks) and (not lead or lead.endswith(".")) and len(lead.split()) <= MAX_LEAD_WORDS
    if not (noted and find_dates(text)) and (len(marks) < MIN_INLINE_FIELDS or marks[0].start() > 0):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    fields: list[tuple[str, str]] = [("note", lead)] if lead else []
    for m, end in zip(marks, ends, strict=True):
        value = text[m.end() : end].strip(" .;—–|·")  # "Type: Report — Author: A — Published: May 2008"
        head, _, tail = value.partition(". ")
        if tail and find_dates(tail) and not find_dates(head):
            # "Secretaría Técnica de la CRM. Publicada en mayo de 2012": the field ends at its sentence's stop
            fields += [(m.group("label"), head), ("date", find_dates(tail)[0].text)]
        else:
            fields.append((m.group("label"), value))
    if lead and not any(k == "date" or _DATE.match(k) for k, _ in fields):
        fields.append(("date", find_dates(text)[-1].text))  # "Elaborada por X. Publicada en mayo de 2012."
    return fields


MAX_LEAD_WORDS = 15


def _records(blocks: Sequence[Block]) -> list[_Record]:
    records: list[_Record] = []
    current: _Record | None = None
    titled: Block | None = None  # a heading that may title the fields under it ("<h3>Title</h3>" / "Fecha: ...")
    described: list[Block] = []
    last = ""
    prev: Block | None = None
    for block in blocks:
        if POST_STAMP.match(block.text.strip()):
            continue  # "Miércoles, 19 de Octubre de 2011 09:14": when the item was posted, between its title and fields
        found = _field(block)
        if (many := _inline_fields(block)) and current is None and titled is not None and prev is titled:
            current = _Record(titled, {"title": titled.text}, [titled, block])
            records.append(current)
            for label, value in many:
                key = _key(label, value)
                current.fields.setdefault(key, value)
            current, titled, prev = None, None, block
            continue
        if found and _TITLE.match(found[0]) and found[1]:
            current = _Record(block, {"title": found[1]}, [block])
            records.append(current)
            last = "title"
        elif found and current is None and titled is not None and (block.heading == titled.text or prev is titled):
            current = _Record(titled, {"title": titled.text}, [titled, *described])
            records.append(current)
            key = _key(*found)
            current.fields.setdefault(key, found[1])
            current.blocks.append(block)
            last, titled = key, None
        elif found and current is not None:
            key = _key(*found)
            current.fields.setdefault(key, found[1])
            current.blocks.append(block)
            last = key
        elif current is not None and block.kind == BlockKind.PARAGRAPH and block.heading == current.title.heading:
            if last in current.fields and len(block.text.split()) <= 12 and block.text[:1].islower():
                current.fields[last] += " " + block.text.strip()  # a value wrapped onto the next line
                current.blocks.append(block)
            else:
                current, last = None, ""
                titled, described = (block, []) if _title_line(block) else (titled, described)
        else:
            current, last = None, ""
            if block.kind == BlockKind.HEADING or _title_line(block):
                titled, described = block, []
            elif titled is not None and block.kind == BlockKind.PARAGRAPH and block.heading == titled.text:
                described.append(block)  # the work's summary between its title and its fields
        prev = block
    return records


MAX_TITLE_LINE_WORDS = 25


def _title_line(block: Block) -> bool:
    """Whether a line may title the fields right below it ("Informe de Gestión 2012" over "Autor: ..."): short, no
    sentence, no field of its own."""
    text = block.text.strip()
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and 2 <= len(text.split()) <= MAX_TITLE_LINE_WORDS
        and not POSTED_BY.match(text)  # "Soumis par secretariat le ven, 08/03/2013": the CMS's stamp under the title
        # "Title : subtitle / A and B.": a catalogue's title line, its statement of responsibility after the slash
        and (
            _RESPONSIBILITY.search(text) is not None
            or (not text.endswith(".") and (_LABEL.match(text) is None or _field(block) is None))
        )
    )


_RESPONSIBILITY = re.compile(r"\s/\s+(?P<names>[^/]{2,200})$")


_KEYS = (("authors", _AUTHORS), ("imprint", _IMPRINT), ("date", _DATE), ("publisher", _PUBLISHER), ("type", _TYPE))


# "Published: Geneva : IGC Secretariat, Oct. 2007": a catalogue's imprint under a label that may also date a post
_PUBLISHED_LABEL = re.compile(r"^(?:published|publicado|publi[ée]|publication)$", re.I)
_IMPRINT_VALUE = re.compile(r"^[^:;]{2,60}\s?:\s?[^:;]{2,120}?,?\s.*(?<!\d)(?:19|20)\d\d(?!\d)")


def _key(label: str, value: str) -> str:
    """The field a record's label names: one of `_KEYS`, else the label itself."""
    if _PUBLISHED_LABEL.match(label) and _IMPRINT_VALUE.match(value):
        return "imprint"
    if _PUBLISHED_LABEL.match(label) and parse_date(value.strip(" .").split(" — ")[0], allow_year=True):
        return "date"  # "Published: December 2008": when it came out
    return next((k for k, rx in _KEYS if rx.match(label)), label.casefold())


_ISO_MONTH = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])")
_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)\s+([A-Z][a-z]{2,8})\.?\s*$")


def _still_to_come(record: _Record) -> bool:
    """A work still to come ("Fecha: En preparación", "Notes: Pre-publication record. Title forthcoming")."""
    return any(_FORTHCOMING.search(record.fields.get(key, "")) for key in ("date", "notes", "notas", "note"))


def _date(record: _Record) -> DateSpan | None:
    when = record.fields.get("date", "").strip(" .")
    if iso := _ISO_MONTH.fullmatch(when):  # "2008-04": a catalogue's month, as Dublin Core writes it
        when = f"{calendar.month_name[int(iso.group(2))]} {iso.group(1)}"
    if when and (date := parse_date(when, allow_year=True)):
        return date
    # a catalogue's "Publisher:" field holds the whole imprint ("Washington, DC : Migration Policy Institute, 2013")
    imprint = record.fields.get("imprint", "") or record.fields.get("publisher", "")
    dates = find_dates(imprint) or find_dates(record.fields.get("type", ""))  # "Tipo: Informe | Julio de 2011"
    if dates:
        return dates[-1]
    if month := _YEAR_MONTH.search(imprint):  # "2006 Sept.": a catalogue's year, then the month
        return parse_date(f"{month.group(2)} {month.group(1)}") or parse_date(month.group(1), allow_year=True)
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", imprint)  # "c2010", "[2012]": a year as a catalogue marks it
    return parse_date(year.group(0), allow_year=True) if year else None


def _publisher(record: _Record) -> str | None:
    publisher = record.fields.get("publisher", "")
    if publisher and not (":" in publisher and re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", publisher)):
        return publisher.strip(" .")
    imprint = record.fields.get("imprint", "") or publisher  # "Publisher: Washington, DC : MPI, 2013": an imprint
    if ":" not in imprint:
        return None
    # "San José, Costa Rica: Secretaría Técnica de la CRM, febrero de 2011": after the place, before the date
    named = imprint_publisher(imprint.rsplit(":", 1)[0] + ":" + imprint.rsplit(":", 1)[1].split(",")[0])
    return named.strip(" .") if named else None


def _authors(record: _Record) -> tuple[str, ...]:
    who = PARTNER_NOTE.sub("", _EDITORS_NOTE.sub("", record.fields.get("authors", ""))).strip(" .;")
    if not who:
        return ()
    people = re.split(r"\s*;\s*", who) if ";" in who else [who]
    found: list[str] = []
    for part in people:
        found += list(names_in(part) or (part,))
    return tuple(found)


# A file's or a book's fields ("Tamaño: 1.24 MB", "Descargas: 587", "Pages: 64"), and an event's ("Lugar:", "Time:").
_WORK_FIELD = re.compile(
    r"^(?:tama[nñ]o|size|taille|descargas|downloads|t[ée]l[ée]chargements|format(?:o)?|pages|p[aá]ginas|isbn|issn"
    r"|idioma|language|langue)$",
    re.I,
)
_EVENT_FIELD = re.compile(r"^(?:lugar|sede|venue|location|place|lieu|where|hora|time|heure|horario|when)$", re.I)


def _a_works(record: _Record) -> bool:
    """Whether a record titled by its heading holds a work's fields (an author, an imprint, a file's size), not an
    event's; one that labels its title says what it is."""
    if record.title.kind != BlockKind.HEADING:
        return True
    keys = set(record.fields)
    if any(_EVENT_FIELD.match(k) for k in keys):
        return False
    return bool(keys & {"authors", "imprint", "publisher"}) or any(_WORK_FIELD.match(k) for k in keys)


def field_records(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The works a catalogue of labelled records lists, when at least MIN_RECORDS of them give a date."""
    records = _records(blocks)
    read = [(r, date) for r in records if _a_works(r) and (date := _date(r)) is not None]
    if len(read) < MIN_RECORDS:
        return [], set()
    # a work still to come ("Fecha: En preparación"): no work yet, and no other rule's to read
    coming = {b.order for r in records if _still_to_come(r) for b in r.blocks}
    read = [(r, date) for r, date in read if not _still_to_come(r)]
    pubs = []
    for record, date in read:
        typed = publication_type_of(record.fields.get("type", ""))
        title = _RESPONSIBILITY.sub("", record.fields["title"].strip(" .")).strip(" .")
        pubs.append(
            Publication(
                title=title,
                authors=_authors(record),
                date=date,
                publisher=_publisher(record),
                publication_type=typed
                if typed != PublicationType.OTHER
                else publication_type_of(record.fields["title"]),
                block=record.title,
                snippet=" | ".join(b.text for b in record.blocks),
                rule="publication.listed",
                confidence=CONFIDENCE["publication.listed"],
            )
        )
    used = {b.order for record, _ in read for b in record.blocks} | _rest_of_nodes([r for r, _ in read], blocks)
    return pubs, used | coming


def _rest_of_nodes(records: Sequence[_Record], blocks: Sequence[Block]) -> set[int]:
    """The blocks after each record's fields in the element that holds its title (a node's teaser and download
    links), up to the next record: the record's, read with it, no work of their own."""
    starts = sorted(r.title.order for r in records) + [max((b.order for b in blocks), default=0) + 1]
    rest: set[int] = set()
    for record in records:
        node = (record.title.locator or "").rsplit(" > ", 1)[0]
        if record.title.page is not None or " > " not in node:
            continue
        end = next(s for s in starts if s > record.title.order)
        rest |= {
            b.order for b in blocks if record.title.order < b.order < end and (b.locator or "").startswith(node + " > ")
        }
    return rest


# A record set on one line, its fields parted by middle dots: "Title · Rapport · Auteur : Secrétariat des CIG ·
# Genève : CIG · Parution : juin". The labels say what each field is; the imprint's label is its place.
_FIELD_SEP = re.compile(r"\s+[·|•]\s+")
_LABELLED = re.compile(r"^(?P<label>[^:]{2,30}?)\s?:\s*(?P<value>\S.*)$")
_RELEASED = re.compile(
    r"^(?:parution|publi[ée]e?|published|released|date(?: de publication)?|fecha(?: de publicaci[oó]n)?"
    r"|publicado|publicaci[oó]n|ann[ée]e|a[nñ]o|year)$",
    re.I,
)
_FORTHCOMING = re.compile(
    r"\b(?:à paraître|forthcoming|coming soon|en preparaci[oó]n|por publicar|pr[oó]ximamente|date à confirmer|tbc)\b",
    re.I,
)
MIN_LINE_FIELDS = 3


def fielded_line(text: str, year: int | None) -> Publication | None:
    """The work a record on one line gives, dated by its release field (its heading's `year` where the field
    leaves it out); None for any other line, or a work still to come."""
    fields = _FIELD_SEP.split(text.strip())
    if len(fields) < MIN_LINE_FIELDS or _FORTHCOMING.search(text):
        return None
    title, authors, publisher, date, typed = fields[0].strip(" ."), (), None, None, PublicationType.OTHER
    for part in fields[1:]:
        labelled = _LABELLED.match(part)
        label, value = (labelled.group("label").strip(), labelled.group("value").strip()) if labelled else ("", part)
        if _AUTHORS.match(label) or re.match(r"^auteurs?|^autor", label, re.I):
            authors = _authors(_Record(title=None, fields={"authors": value}))  # type: ignore[arg-type]
        elif _RELEASED.match(label):
            when = value if re.search(r"\b(?:19|20)\d\d\b", value) or year is None else f"{value} {year}"
            date = parse_date(when.strip(" ."), allow_year=True)
        elif _PUBLISHER.match(label) or (label and known_place(label)):
            publisher = value.strip(" .")
        elif not label and (edited := re.match(r"^(?:sous la direction de|edited by|editado por)\s+", value, re.I)):
            authors = _authors(_Record(title=None, fields={"authors": value[edited.end() :]}))  # type: ignore[arg-type]
        elif not label and len(value.split()) <= MAX_LABEL_WORDS and typed == PublicationType.OTHER:
            typed = publication_type_of(value)
    if date is None or len(title.split()) < 2:
        return None
    return Publication(
        title=title,
        authors=authors,
        date=date,
        publisher=publisher,
        publication_type=typed if typed != PublicationType.OTHER else publication_type_of(title),
        block=None,  # type: ignore[arg-type]
        snippet=text,
        rule="publication.listed",
        confidence=CONFIDENCE["publication.listed"],
    )


# "Jan. 1 · Feature: Remittances After the Tsunami: Recovery in Aceh By Laura Chen": a journal archive's line, its
# day, then its department or type, its title and byline
_DATED_TYPE_LINE = re.compile(
    r"^(?P<date>[^·|•:]{3,25}?)\s+[·|•]\s+(?P<type>[^·|•:]{3,30}):\s+(?P<title>\S.{6,250}?)"
    r"(?:\s+(?:by|compiled by|edited by|por|par)\s+(?P<names>(?-i:[A-ZÀ-Ý]).{2,160}))?$",
    re.I,
)
# a journal's departments, whose pieces are articles
_DEPARTMENT = re.compile(r"^(?:feature|spotlight|country profile|policy beat|special issue|commentary|analysis)$", re.I)


def dated_type_lines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A journal archive's works, each a line of its day, its department or type, its title and byline ("Jan. 1 ·
    Feature: Title By A"), MIN_RECORDS of them; a day without its year takes the one the page's heading names
    ("Source Archive: Articles Published in 2006")."""
    found = []
    year: int | None = None
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            year = _year_named(block.text) or year
            continue
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if (line := _DATED_TYPE_LINE.match(block.text.strip())) is None:
            continue
        label = line.group("type").strip()
        department = bool(_DEPARTMENT.match(label))
        if not (department or _names_type(label)) or EVENT_KIND_WORDS.search(label):
            continue
        when = line.group("date").strip()
        date = parse_date(when) or (parse_date(f"{when} {year}") if year and not _year_named(when) else None)
        if date is None:
            continue
        names = line.group("names") or ""
        authors = tuple(names_in(names.strip(" ."), bylined=True) or ()) if names else ()
        typed = PublicationType.ARTICLE if department else publication_type_of(label)
        found.append(_listed_work(line.group("title").strip(" ."), block, date, typed, block.text, authors))
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, {p.block.order for p in found}


# "Released at this session: Report · Stretched Thin: ... By Laura Brenner and Daniel Okafor · September 2010": a
# line of a work's type, its title and byline, and its month, perhaps after a label saying what it is to the page
_TYPE_TITLE_DATE_LINE = re.compile(
    r"^(?:[^:·|•]{3,40}:\s+)?(?P<type>[^·|•:]{3,30}?)\s+[·|•]\s+(?P<title>\S.{6,250}?)"
    r"\s+(?:by|edited by|por|par)\s+(?P<names>(?-i:[A-ZÀ-Ý])[^·|•]{2,160}?)\s+[·|•]\s+(?P<date>[^·|•]{4,30})$",
    re.I,
)


def typed_title_date_lines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """Works each a line of its type, title, byline and month ("Report · Title By A and B · September 2010"),
    MIN_RECORDS of them."""
    found = []
    for block in blocks:
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if (line := _TYPE_TITLE_DATE_LINE.match(block.text.strip())) is None:
            continue
        label = line.group("type").strip()
        if not _names_type(label) or EVENT_KIND_WORDS.search(label):
            continue
        date = parse_date(line.group("date").strip(" ."), allow_year=True)
        if date is None:
            continue
        authors = tuple(names_in(line.group("names").strip(" ."), bylined=True) or ())
        found.append(
            _listed_work(line.group("title").strip(" ."), block, date, publication_type_of(label), block.text, authors)
        )
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, {p.block.order for p in found}


def heading_year_of(block: Block) -> int | None:
    """The year a block's heading is ("2011"), which its entries' dates leave out."""
    year = re.fullmatch(r"\W*((?:19|20)\d\d)\W*", block.heading or "")
    return int(year.group(1)) if year else None


def fielded_lines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The works of a list whose items are records on one line (`fielded_line`), when MIN_RECORDS of them are."""
    read = []
    for block in blocks:
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if pub := fielded_line(block.text, heading_year_of(block)):
            read.append(replace(pub, block=block))
    if len(read) < MIN_RECORDS:
        return [], set()
    return read, {p.block.order for p in read}


# A print catalogue's entry: the title as a heading, a byline run into the blurb ("By A and B Twelve country case
# studies ..."), then a line of facts that opens with the month ("March 2006 | 296 pp. | ISBN ... | $27.95").
# a page count (not the "p.m." of a time), an ISBN or a price
_FACT_LINE = re.compile(
    r"(?:\|\s*|\b)(?:\d+\s*(?:pp\.|p\.(?!\s?m\b)|pages\b|páginas\b)|ISBN\b|\$\s?\d|US\$|€\s?\d)", re.I
)
_TOKEN = (
    r"(?!(?:Report|Policy|Brief|Working|Paper|Fact|Sheet|Book|Study|Informe|Rapport)\b)"
    r"(?![A-Z][a-zé]+\.?\s+(?:\d{1,2}\s*,\s*)?(?:19|20)\d\d\b)"  # not a month before its year ("June 2010")
    r"[A-ZÀ-Ý][\w'’-]+(?![\w'’-])"
)
# a name of two or three words, not followed by a lower-case word (the blurb's), but by "and" the next name
_NAME = (
    rf"{_TOKEN}(?:\s+(?:[A-Z]\.\s+|de\s+|van\s+|von\s+|del\s+|da\s+)?{_TOKEN}){{1,2}}"
    r"(?!\s+(?!(?:and|y|et)\s)[a-zà-ÿ])"
)
_CATALOGUE_BYLINE = re.compile(
    r"^(?:(?i:by|edited by|editors?:?|por|par|coordinado por|sous la direction de)\s+)?"
    rf"(?P<names>{_NAME}(?:(?:,\s+and\s+|,\s+|\s+and\s+|\s+y\s+|\s+et\s+){_NAME})*)"
)
MAX_ENTRY_LINES = 4


MAX_FACT_GAP = 40  # characters between a work's date and its page count or price


def _fact_date(text: str) -> DateSpan | None:
    """The month, day or year a catalogue entry's facts open with ("March 2006 | 296 pp. | ...", "Report | October
    2007 | 48 pp.", "Washington, DC: Brookings Institution Press, 2006. 248 pp."); None for any other text."""
    dates = list(find_dates(text))
    for year in re.finditer(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])", text):
        if not any(d.begin <= year.start() < d.stop for d in dates) and (
            span := parse_date(year.group(1), allow_year=True)
        ):
            dates.append(replace(span, begin=year.start(1), stop=year.end(1)))
    for date in sorted(dates, key=lambda d: d.begin):
        if _FACT_LINE.search(text[date.stop : date.stop + MAX_FACT_GAP]):
            return date
    return None


# "San Salvador: Secretaría Técnica de la CRM, enero de 2011. Presenta ...": an imprint opening the entry's blurb
_OPENING_IMPRINT = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][^:.;]{1,40}):\s*(?P<publisher>[A-ZÀ-Ý][^:;]{2,80}?),\s*(?P<date>[^.;]{3,30})\."
)


# "Secrétariat des IGC, Genève, mars 2006.": an imprint line, publisher first, then its town and the date
_PUBLISHER_FIRST = re.compile(
    r"^(?P<publisher>[A-ZÀ-Ý][^,:;]{2,80}),\s*(?P<place>[A-ZÀ-Ý][\w .'’-]{1,30}),\s*(?P<date>[^.,;:]{3,30})\.?$"
)


_HOUSE_WORD = re.compile(
    r"\b(?:secretar[ií]a|secretariat|secr[ée]tariat|institut[eo]?|organi[sz]a(?:tion|ci[oó]n)|office|ministr\w+"
    r"|press|editorial|[ée]ditions|publishers?|foundation|fundaci[oó]n|IGC|CIG|CRM|RCM|MPI|OIM|IOM|UNHCR|ACNUR)\b",
    re.I,
)


# "Policy Brief No. 12, July 2011", "Working Paper, March 2012": the work's type (and its number), then its month
_TYPED_DATE_LINE = re.compile(
    r"^\W*(?P<type>[A-ZÀ-Ý][\w-]*(?:\s+[A-Za-zÀ-ÿ][\w-]*){0,3}?)(?:\s+(?:No|Nº|N°|Núm|Number)\.?\s*\d{1,4})?"
    # (the fact line may go on: "Report, November 2007. IGC Secretariat. 146 pp.")
    r"\s*[,.|:–—-]\s*(?P<date>[^,.;|]{4,30}?)(?:\.?\s*$|\.\s+(?=[A-ZÀ-Ý0-9]))"
)


def _typed_date(text: str) -> DateSpan | None:
    """The month or year of a line that names only the work's type and its date, perhaps after its byline ("By
    Anneliese Korver Policy Brief No. 12, July 2011", the two lines run together); None for any other line."""
    byline = _CATALOGUE_BYLINE.match(text) if re.match(r"^(?i:by|edited|por|par)\b", text) else None
    at = byline.end() if byline else 0
    line = _TYPED_DATE_LINE.match(text[at:])
    if line is None or not names_work_type(line.group("type")):
        return None
    date = parse_date(line.group("date").strip(), allow_year=True)
    if date is None or date.precision == DatePrecision.DAY:
        return None  # a work's month or year; a day is an event's
    if re.search(r"[-–—]|\s(?:to|a|al|au)\s", line.group("date")):
        return None  # "Quarterly Progress Report, October - December 2006": the period a report covers, a page's header
    at += line.start("date")
    return replace(date, begin=at, stop=at + len(line.group("date")))


def _imprint_date(text: str) -> DateSpan | None:
    """The date of an imprint a catalogue entry's line opens with, or that the line is; None for any other line."""
    if (
        (line := _PUBLISHER_FIRST.match(text.strip()))
        and known_place(line.group("place").strip())
        and _HOUSE_WORD.search(line.group("publisher"))
        and (date := parse_date(line.group("date").strip(), allow_year=True))
        and date.precision != DatePrecision.DAY  # a work's month or year; a day is an event's
    ):
        return date
    imprint = _OPENING_IMPRINT.match(text)
    if imprint is None or not known_place(imprint.group("place").split(",")[0].strip()):
        return None
    return parse_date(imprint.group("date"), allow_year=True)


def _fact_type(text: str, date: DateSpan) -> PublicationType | None:
    """The type a fact line names just before its date ("... Report | October 2007 | 48 pp."), if any."""
    if (line := _TYPED_DATE_LINE.match(text)) and line.start("date") == date.begin:
        typed = publication_type_of(line.group("type"))  # "Statistical report, March 2008. IGC Secretariat."
        if typed != PublicationType.OTHER:
            return typed
    # "Report | October 2007", "Fact Sheet No. 17. February 2007", "MPI Working Paper. May 2007"
    label = re.search(r"(?:^|\s)((?:[A-Z][\w-]*\s?){1,3})(?:\s*No\.\s*\d+)?\s*[|.]\s*$", text[: date.begin])
    typed = publication_type_of(label.group(1)) if label else PublicationType.OTHER
    return typed if typed != PublicationType.OTHER else None


_REFERENCE_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)\s*(?:$|\S)")


def _event_dateline(text: str) -> bool:
    """A short line that gives a day, perhaps after its town ("Lisbon, May 20-21, 2010"): an event's, not a work's."""
    dates = find_dates(text)
    return (
        len(text.split()) <= MAX_DATELINE_WORDS
        and len(dates) == 1
        and dates[0].precision == DatePrecision.DAY
        and not _FACT_LINE.search(text)
    )


MAX_DATELINE_WORDS = 8


def _without_town(name: str) -> str:
    """A name less the town its imprint opens with ("Marc Delacroix Washington" of "... Washington, DC: ...")."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and known_place(words[-1]) else name


def _bylined_month(text: str) -> DateSpan | None:
    """The month (or year) right after an entry's byline and its stop ("By Sofía Albarrán. April 2011. Policy Brief No.
    3"); None for any other line."""
    byline = _CATALOGUE_BYLINE.match(text)
    if byline is None or not re.match(r"^(?i:by|edited|editors?|por|par|coordinado|sous)\b", text):
        return None
    rest = text[byline.end() :]
    dates = find_dates(rest)
    if not dates or dates[0].precision == DatePrecision.DAY or rest[: dates[0].begin].strip(" .,") != "":
        return None
    at = byline.end()
    return replace(dates[0], begin=dates[0].begin + at, stop=dates[0].stop + at)


def catalogue_entries(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The works of a print catalogue: each a heading over its byline and its fact line, under a section heading
    that names their type ("BOOKS", "POLICY BRIEFS"); MIN_RECORDS of them at least."""
    found: list[Publication] = []
    used: set[int] = set()
    section, typed_section = PublicationType.OTHER, False
    for i, block in enumerate(blocks):
        if block.kind != BlockKind.HEADING or POST_STAMP.match(block.text.strip()):
            continue  # (a CMS's stamp "martes, 17 de abril de 2007 14:12", set as a heading, is no work's title)
        body = []
        for below in blocks[i + 1 : i + 1 + MAX_ENTRY_LINES]:
            if below.kind == BlockKind.HEADING:
                break
            body.append(below)
        fact = next(
            ((b, d) for b in body if (d := _fact_date(b.text) or _imprint_date(b.text) or _typed_date(b.text))), None
        )
        if fact is None and typed_section and body and (d := _bylined_month(body[0].text)):
            fact = body[0], d  # under "FACT SHEETS": "By Lucas Martell. February 2011. MPI Data Hub fact sheet."
        if body and _REFERENCE_MARK.match(body[0].text):
            fact = (
                None  # "1. Rapports" over "[1]" / "SECRÉTARIAT DES IGC. Rapport annuel ...": a reference list's section
            )
        if fact is not None and body and _event_dateline(body[0].text):
            fact = None  # "Fourth Plenary Meeting" over "Lisbon, May 20-21, 2010": an event in the catalogue's box
        if fact is not None and _SECTION_NAME.match(block.text):
            fact = None  # "Publicaciones" over its entries, each a title with its imprint: the section, no work
        if fact is None:
            # "BOOKS", "Policy Briefs": the type of the entries under it; any other heading ends that section
            short = len(block.text.split()) <= MAX_LABEL_WORDS
            section = publication_type_of(block.text) if short else PublicationType.OTHER
            typed_section = short and names_work_type(block.text)  # "FACT SHEETS" names a type, though no report's
            continue
        byline = next((m for b in body if (m := _CATALOGUE_BYLINE.match(b.text))), None)
        names = re.split(r",\s+and\s+|,\s+|\s+and\s+|\s+y\s+|\s+et\s+", byline.group("names")) if byline else []
        authors = tuple(n for name in names if (n := _without_town(name)))
        found.append(
            Publication(
                title=re.sub(r"(?<=[a-zà-ÿ0-9]{2})\.$", "", block.text.strip()),  # "... 2010.": the wrap's stop
                authors=authors,
                date=fact[1],
                publisher=None,
                publication_type=_fact_type(fact[0].text, fact[1])
                or (section if section != PublicationType.OTHER else publication_type_of(block.text)),
                block=block,
                snippet=" | ".join(b.text for b in [block, *body]),
                rule="publication.listed",
                confidence=CONFIDENCE["publication.listed"],
            )
        )
        used |= {block.order, *(b.order for b in body)}
    return (found, used) if len(found) >= MIN_RECORDS else ([], set())


# A section's name, no work's title: "Publicaciones", "3. Publications", "New publications", "Documentos".
_SECTION_NAME = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:new|recent|latest|nuevas|recientes|nouvelles|other|otras|autres)\s+)?"
    r"(?:publications?|publicaciones|documents?|documentos|reports|informes|rapports|works)"
    r"(?:\s+(?:recientes|récentes|nuevas))?\W*$",
    re.I,
)


# "Related Publication: Who Are the DREAMers? A Profile ... (Policy Brief, July 2011)": an event card's line naming
# the work it presents, with its type and month in brackets
_RELATED_WORK = re.compile(
    r"^\W*(?:related (?:publications?|reports?|reading)|publicaci[oó]n relacionada|publication associée)\s*:\s*"
    r"(?P<title>\S.{4,200}?)\s*\((?P<type>[^(),]{2,40}),\s*(?P<date>[^()]{4,30})\)\W*$",
    re.I,
)


def related_works(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The works event cards name as related, each with its type and date ("(Report, May 2011)")."""
    pubs = []
    for block in blocks:
        if (line := _RELATED_WORK.match(block.text)) and (date := parse_date(line.group("date").strip())):
            kind = publication_type_of(line.group("type"))
            pubs.append(_listed_work(line.group("title").strip(" .,"), block, date, kind, block.text))
    return pubs, {p.block.order for p in pubs}


# A kicker over a work's entry: "REPORT | January 2009" over "Immigrants and the Current Economic Crisis: ... By A and
# B." The kicker gives the type and the month, the entry the title and its byline.
_KICKER = re.compile(r"^\W*(?P<type>[^\W\d][^|·•]{1,40}?)\s*[|·•]\s*(?P<date>[^|·•]{4,30}?)\W*$")
_ENTRY_BYLINE = re.compile(
    r"^(?P<title>.{8,300}?)[.?!]\s+(?:(?:edited|compiled|coordinated|editado|coordinado|édité) )?(?:by|por|par)\s+"
    r"(?P<names>.{3,200})$",
    re.I,
)
_LEADING_BYLINE = re.compile(
    r"^(?:(?:edited|compiled|coordinated|editado|coordinado|édité) )?(?:by|por|par)\s+(?P<names>[^(]{3,200})", re.I
)
# "Doris Meissner and Donald Kerwin · 62 pp. | ...": a facts line's names, before its first separator
_NAMES_THEN_FACTS = re.compile(r"^(?P<names>(?-i:[A-ZÀ-Ý])[^·|•:;]{2,160}?)\s+[·|•]\s")
_NAMES_END = re.compile(r"(?<!\b[A-Z])\.(?:\s|$)")  # the byline's stop, not an initial's ("Margaret L. Hughes")


def kicker_entries(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The works a report or newsletter lists each under a kicker naming its type and month, MIN_RECORDS of them."""
    found, used = [], set()
    for above, kicker, entry in zip([None, *blocks], blocks, blocks[1:], strict=False):
        line = _KICKER.match(kicker.text)
        if (
            line is None
            or kicker.kind != BlockKind.HEADING
            or entry.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            or publication_type_of(line.group("type")) == PublicationType.OTHER
            and not _SHEET.search(line.group("type"))
            or (date := parse_date(line.group("date").strip(), allow_year=True)) is None
        ):
            continue
        text = _NOTE_MARKS.sub("", entry.text.strip())
        titled = above is not None and above.kind == BlockKind.HEADING and not _KICKER.match(above.text)
        lead = _LEADING_BYLINE.match(text)
        if lead is None and (facts := _NAMES_THEN_FACTS.match(text)) and names_in(facts.group("names"), bylined=True):
            lead = facts
        if lead and titled:
            # "Title" / "Book | April 2006" / "Edited by A and B (MPI, 310 pp.). ...": the kicker under its title;
            # "Title" / "REPORT | 01.21.2010" / "Doris Meissner and Donald Kerwin · 62 pp. | ISBN ...": its facts line
            # opens with the names alone
            bylined, title, names = None, above.text.strip(" ."), lead.group("names")
            used.add(above.order)
        else:
            bylined = _ENTRY_BYLINE.match(text)
            title = (bylined.group("title") if bylined else text).strip(" .")
            names = bylined.group("names") if bylined else ""
        if end := _NAMES_END.search(names):
            names = names[: end.start()]
        authors = (names_in(names, bylined=True) or ()) if names else ()
        used |= {kicker.order, entry.order}
        kind = publication_type_of(line.group("type"))
        found.append(_listed_work(title, entry, date, kind, f"{kicker.text} | {entry.text}", tuple(authors)))
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, used


# "Catherine Albright and Luis Montoya · May 2012 Examines how ...", "By Hannah Ferris-Lowe · September 2011 ...",
# "Atlantic Migration Council · January 2012 Council statement ...", "IGC Secretariat - October 2012 Report prepared
# for ...", "IGC Secretariat | September 2009 | 412 pp.": a title's byline, its month, then its blurb
_BYLINE_DATE_LEAD = re.compile(
    r"^\s*(?:(?:(?:edited|compiled|coordinated|prepared|editado|coordinado|compilado|elaborado|édité)\s+)?"
    r"(?:by|por|par)\s+)?(?P<names>[^·|•:;–—]{3,160}?)\s+(?P<sep>[·•–—|]|-(?=\s))\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
_LEADING_YEAR = re.compile(r"((?:19|20)\d\d)\b(?![/.-]\d)")
MAX_KICKER_WORDS = 8
MAX_CORPORATE_WORDS = 8


# "January 2009 | By Laura Henning and Marcus Oyelaran", "March 2009 | Edited by A and B | Washington, DC: MPI": a
# work's month, then its byline
_MONTH_THEN_BYLINE = re.compile(
    r"^\s*(?P<date>[^|·•]{4,30}?)\s*[|·•]\s*(?:(?:edited|compiled|editado|édité)\s+)?(?:by|por|par)\s+"
    r"(?P<names>[A-ZÀ-Ý][^|·•]{2,160}?)\s*(?:[|·•]|$)",
    re.I,
)


def _month_then_byline(line: str) -> tuple[str, DateSpan] | None:
    """The byline and the date of a line that gives the work's month first ("January 2009 | By A and B")."""
    if not (match := _MONTH_THEN_BYLINE.match(line)):
        return None
    dates = find_dates(match.group("date"))
    if len(dates) != 1 or dates[0].stop < len(match.group("date").strip()):
        return None
    return match.group("names").strip(), dates[0]


def bylined_headings(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A catalogue's or a newsletter's works, each a title heading over a line that opens with its byline and its
    month ("Guido Bernasconi and Akiko Tanabe · March 2012 Compares selection outcomes ... 44 pp."), perhaps under a
    kicker naming its type ("WORKING PAPER NO. 21"); MIN_RECORDS of them."""
    found, used = [], set()
    for i, (heading, line) in enumerate(zip(blocks, blocks[1:], strict=False)):
        words = len(heading.text.split())
        if (
            heading.kind != BlockKind.HEADING
            or line.kind != BlockKind.PARAGRAPH
            or not 2 <= words <= MAX_TITLE_LINE_WORDS
        ):
            continue
        if find_dates(heading.text) and heading.text.rstrip().endswith("."):
            continue  # "Prices in this catalogue are valid through December 31, 2008.": a notice, no title
        if any(d.precision == DatePrecision.DAY for d in find_dates(heading.text)):
            continue  # "December 5, 2023 1:30 PM WebEx" over its badge "Dec - 2023 6": a meeting's day, no title
        # "Informe · junio de 2012", "Documento de trabajo n.º 3 · A y B · abril de 2012": the work's type first
        # (in print: a web page's cards, "Report | May 2011" over "By A", are the listing rules' to read whole)
        printed = line.page is not None
        field = _TYPE_FIELD_LEAD.match(line.text) if printed else None
        line_type = (
            publication_type_of(field.group("type")) if field and _work_type_field(field.group("type")) else None
        )
        if line_type and field and field.group("type").isupper():
            line_type = None  # "ARTICLE | APRIL 2007": a kicker in capitals, set above the next title, not this one's
        read = _byline_and_month(line.text, printed)
        if field and line_type and (read is None or names_work_type(read[0])):
            # "Informe · junio de 2012": the type field, then the facts ("Policy Brief by A | October 2008" names its
            # author in the first field, and is read whole)
            read = _byline_and_month(line.text[field.end() :], printed, typed=True)
        else:
            line_type = None
        read = read or (_month_then_byline(line.text) if printed else None)
        if read is None:
            continue
        if (
            line_type is None
            and (comma := _COMMA_BYLINE.match(line.text))
            and _work_type_field(comma.group("type") or "")
        ):
            line_type = publication_type_of(comma.group("type"))  # "A et B, mars 2005. Rapport.": its type after
        names, date = read
        authors = () if line_type and not names else _byline_names(names) if not known_place(names) else None
        if line_type and (authors is None or _imprint(names)):
            # "Policy Brief | Regional Migration Study Group, Brief No. 2 | October 2012", "Book | Washington, DC: MPI |
            # March 2012": the work's type, then its series or its imprint, no byline
            authors = ()
        if authors is None:
            continue  # "Geneva · 12 May 2010": an event's place and day
        kicker = blocks[i - 1] if i and blocks[i - 1].kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) else None
        typed = publication_type_of(kicker.text) if kicker and len(kicker.text.split()) <= MAX_KICKER_WORDS else None
        if typed is None and EVENT_KIND_WORDS.search(heading.text):
            continue  # "Workshop on Return Policies" / "IGC Secretariat · 12 May 2010": an event's card
        used |= {heading.order, line.order} | ({kicker.order} if typed is not None and kicker else set())
        typed = typed if typed not in (None, PublicationType.OTHER) else line_type
        kind = typed if typed not in (None, PublicationType.OTHER) else publication_type_of(heading.text)
        snippet = " | ".join(b.text for b in (kicker, heading, line) if b is not None)
        found.append(_listed_work(heading.text.strip(" ."), heading, date, kind, snippet, authors))
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, used


# "Elaborado por: Secretaría Técnica de la CRM Julio de 2009 - 24 págs.", "Autores: A y B Publicada en agosto de
# 2009, con el apoyo de la OIM": a work's facts that name its authors by a label, then its month
_LABELLED_BYLINE = re.compile(
    r"^\s*(?:elaborad[oa] por|preparad[oa] por|autor(?:es|as?)?|authors?|prepared by|written by|edited by|editado por"
    r"|auteurs?|r[ée]dig[ée]e? par|pr[ée]par[ée]e? par)\s*:?\s+(?=\S)",
    re.I,
)
_RELEASE_WORDS = re.compile(
    r"[\s,]*(?:publicad[oa]|published|released|publi[ée]e?|parue?)\s+(?:en|in|on|le|el)?\s*$", re.I
)


_TYPE_FIELD_LEAD = re.compile(r"^\s*(?P<type>[^·|•]{3,40}?)\s+[·|•]\s+(?=\S)")
_MEMORIA = re.compile(r"^(?:memoria|actas?|relatoría|compte rendu|proceedings)\b", re.I)


def _work_type_field(field: str) -> bool:
    """Whether a card's first field names the work's type ("Informe", "Working Paper No. 4", "Memoria")."""
    if re.search(r"\b(?:by|por|par)\b", field, re.I):
        return False  # "Policy Brief by A": the type and the byline, read whole by the rules for such lines
    return len(field.split()) <= MAX_KICKER_WORDS and (names_work_type(field) or bool(_MEMORIA.match(field)))


def _byline_and_month(line: str, printed: bool = True, typed: bool = False) -> tuple[str, DateSpan] | None:
    """The byline and the date of a title's facts line: "Names · Month Year ..." (or a dash, or a bar, before a month);
    in print, also a labelled byline, then the month ("Elaborado por: X Julio de 2009"), or the month alone."""
    if (read := _separated_byline(line)) is not None:
        return read
    if printed and (labelled := _LABELLED_BYLINE.match(line)):
        dates = [d for d in find_dates(line) if d.begin > labelled.end() and d.precision != DatePrecision.DAY]
        if not dates:
            return None
        names = _RELEASE_WORDS.sub("", line[labelled.end() : dates[0].begin]).strip(" .,;-–—")
        return (names, dates[0]) if names and not find_dates(names) else None
    if printed and (read := _date_then_byline(line)):
        return read
    if typed and (dates := find_dates(line)) and dates[0].begin == 0 and dates[0].precision != DatePrecision.DAY:
        return "", dates[0]  # after the type field, the month alone: "Informe · junio de 2012"
    for sep in _DATE_FIELD_AFTER.finditer(line) if typed else ():
        # after the type field, its imprint or series then the month: "Washington, DC: MPI | March 2012"
        dates = find_dates(line[sep.end() :])
        if dates and dates[0].begin == 0 and dates[0].precision != DatePrecision.DAY:
            return line[: sep.start()].strip(" .,"), dates[0]
    return None


_DATE_FIELD_AFTER = re.compile(r"\s+[·|•]\s+")
_NAME_LINKS = frozenset(("and", "y", "et", "&", "de", "del", "la", "van", "von", "da", "der", "le"))


def _date_then_byline(line: str) -> tuple[str, DateSpan] | None:
    """ "March 2011 By A and B Tracks job changes ...": a newsletter's facts line, the month first, then the byline,
    which ends before the blurb's first word (a capitalised word before a lower-case one) or the imprint."""
    dates = find_dates(line)
    if not dates or dates[0].begin != 0 or dates[0].precision == DatePrecision.DAY:
        return None
    if (lead := _LEADING_BYLINE.match(line[dates[0].stop :].lstrip(" .,"))) is None:
        return None
    rest = line[dates[0].stop :].lstrip(" .,")[lead.start("names") :]
    words = rest.split()
    names: list[str] = []
    for i, word in enumerate(words):
        if _imprint(" ".join(words[i:])):
            break  # "Washington, DC: Migration Policy Institute"
        if word[0].islower() and word.lower() not in _NAME_LINKS:
            names = names[:-1]  # the blurb's first word ("Tracks job changes ...")
            break
        names.append(word)
    byline = " ".join(names).strip(" .,;")
    return (byline, dates[0]) if byline and names_in(byline, bylined=True) else None


# "IGC Secretariat, August 2011, 412 pp.", "Kathleen Newland, March 2010.": a byline, a comma, the month, perhaps the
# page count, and nothing else
_COMMA_BYLINE = re.compile(
    r"^\s*(?P<names>[^\W\d][^,;:·|]{2,80}?(?:\s+(?:and|y|et|&)\s+[^\W\d][^,;:·|]{2,60}?)?),\s+(?P<date>[^,;]{4,25}?)"
    r"(?:,\s*\d{1,4}\s*(?:pp?|pages|p[áa]gs?)\.?)?"
    # then perhaps its type and its file: "Marie Dubois et Peter Jansen, mars 2005. Rapport. Télécharger le PDF"
    r"(?:\.\s+(?P<type>[^\W\d][^.;:]{2,40})\.(?=\s*(?:$|download|t[ée]l[ée]charger|descargar)))?"
    r"(?:\s*(?:download|t[ée]l[ée]charger|descargar)\b.*)?\.?\s*$",
    re.I,
)


def _separated_byline(line: str) -> tuple[str, DateSpan] | None:
    """ "Names · Month Year ...": the names, then a separator, then the date; or "Names, Month Year[, N pp.]"."""
    comma = _COMMA_BYLINE.match(line)
    # "Lars Eriksson, 2004. Étude.": a year alone dates it too
    date = parse_date(comma.group("date").strip(), allow_year=True) if comma else None
    if comma and date and date.precision != DatePrecision.DAY and not known_place(comma.group("names").strip()):
        return comma.group("names").strip(), replace(date, begin=comma.start("date"), stop=comma.end("date"))
    lead = _BYLINE_DATE_LEAD.match(line)
    dates = find_dates(lead.group("rest")) if lead else []
    if lead and not (dates and dates[0].begin == 0) and (year := _LEADING_YEAR.match(lead.group("rest"))):
        dates = [d] if (d := parse_date(year.group(1), allow_year=True)) else []  # "Edited by A and B · 2012 ..."
    if lead is None or not dates or dates[0].begin > 0 or find_dates(lead.group("names")):
        return None
    if lead.group("sep") in "–—-|" and dates[0].precision == DatePrecision.DAY:
        return None  # "Lebanese University, HADAT – 05-11 Mars 2016": an event's venue and days, no byline's month
    return lead.group("names").strip(" .,"), dates[0]


def _imprint(text: str) -> bool:
    """Whether a field is a work's imprint, its town then its publisher ("Washington, DC: Migration Policy
    Institute")."""
    town, colon, _ = text.partition(":")
    return bool(colon) and known_place(town.strip()) is not None


def _byline_names(names: str) -> tuple[str, ...] | None:
    """The people a byline names, or the one body it names ("Atlantic Migration Council")."""
    if names_work_type(names) or EVENT_KIND_WORDS.search(names):
        return None  # "Fact Sheet · December 2009", "Webinar · May 18, 2010": a card's type, no author
    if people := names_in(names, bylined=True):
        return tuple(people)
    words = names.split()
    if 2 <= len(words) <= MAX_CORPORATE_WORDS and words[0][:1].isupper() and words[-1][:1].isupper():
        return (names,)
    return None


def typed_rows(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A catalogue's rows of a type and a title ("FACT SHEET | Remittance Flows to Central America, 2007"), each
    over the line of its authors and month ("Sarah J. Meeks. January 2008."), MIN_RECORDS of them."""
    found, used = [], set()
    for row, below in zip(blocks, blocks[1:], strict=False):
        if row.kind != BlockKind.TABLE_ROW or row.header or len(row.cells) != 2 or below.kind != BlockKind.PARAGRAPH:
            continue
        typed = _TYPE_CELL.match(row.cells[0].strip())
        title = row.cells[1].strip(" .")
        if typed is None or len(title.split()) < 2 or not _names_type(typed.group("type")):
            continue
        line = below.text.strip().rstrip(".")
        dates = find_dates(line)
        if not dates or dates[-1].stop < len(line) - 1 or len(line.split()) > MAX_BYLINE_WORDS:
            continue
        authors = names_in(line[: dates[-1].begin].strip(" .,;"), bylined=True) or ()
        kind = publication_type_of(typed.group("type"))
        found.append(_listed_work(title, row, dates[-1], kind, f"{row.text} | {below.text}", tuple(authors)))
        used |= {row.order, below.order}
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, used


_TYPE_CELL = re.compile(r"^(?P<type>[^\d|]{3,40}?)(?:\s+(?:No\.?|N[°º]\.?|#)\s*\d+)?$", re.I)
MAX_BYLINE_WORDS = 20


def _names_type(label: str) -> bool:
    return publication_type_of(label) != PublicationType.OTHER or bool(_SHEET.search(label))


_SHEET = re.compile(r"\bfact ?sheets?\b|\bhojas? informativas?\b|\bfiches?\b|\binsights?\b", re.I)
_NOTE_MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+")


# "Title — Ouvrage, juin 2012 — Secrétariat des IGC, Genève: description": a listing's entry as fields parted by
# dashes, the title first, then the work's type and month
_DASHED_ENTRY = re.compile(
    r"^(?P<title>[^—–]{8,200}?)\s+[—–]\s+(?P<type>[^,—–:]{2,40}),\s*(?P<date>[^,—–:;]{4,30}?)\s*(?:[—–:]\s.*)?$"
)
MAX_DASHED_TYPE_WORDS = 4


def dashed_entries(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The works a listing gives one per line as "Title — Type, Month Year — ...", MIN_RECORDS of them."""
    found = []
    for block in blocks:
        line = _DASHED_ENTRY.match(block.text.strip())
        if (
            line is None
            or block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
            or len(line.group("type").split()) > MAX_DASHED_TYPE_WORDS
            or EVENT_KIND_WORDS.search(line.group("type"))  # "Title — Webinar, March 2010": an event's line
            or re.search(r"\d", line.group("type"))  # "Title — March 10, 2010": a day, no type
            or (date := parse_date(line.group("date").strip(), allow_year=True)) is None
            or date.precision == DatePrecision.DAY
        ):
            continue
        typed = publication_type_of(line.group("type"))
        kind = typed if typed != PublicationType.OTHER else publication_type_of(line.group("title"))
        found.append(_listed_work(line.group("title").strip(" ."), block, date, kind, block.text))
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, {p.block.order for p in found}


def _listed_work(
    title: str, block: Block, date: DateSpan, kind: PublicationType, snippet: str, authors: tuple[str, ...] = ()
) -> Publication:
    """A work a listing's line or record names (rule `publication.listed`)."""
    return Publication(
        title=title,
        authors=authors,
        date=date,
        publisher=None,
        publication_type=kind,
        block=block,
        snippet=snippet,
        rule="publication.listed",
        confidence=CONFIDENCE["publication.listed"],
    )


# A section of works named by their kind: "REPORTS", "Policy Briefs", "Documentos de trabajo", "Publications"
_WORKS_SECTION = re.compile(rf"^\W*(?:(?:new|recent|selected)\s+)?{WORKS_SECTION_NAMES}\W*$", re.I)
_QUOTED_LEAD = re.compile(r"^\s*[\"“«]\s*(?P<title>[^\"”»]{8,200}?)[,.]?\s*[\"”»]")
_NAMES_PART = re.compile(r"^\s*(?:·|,|–|—|-)\s*(?:by\s+|por\s+|par\s+)?(?P<names>[^·|]+?)(?=\s*(?:·|\||$))")


def set_title_lines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The entries of a section of works named by their kind ("REPORTS", "POLICY BRIEFS"), each a line that opens
    with its title set apart, in italics or in quotes, then its authors and its date: "*Beyond the Border: Rethinking
    Enforcement Priorities* · Samuel Achterberg March 2009", '"Diaspora Bonds and Development Finance" · A and B
    Policy Brief No. 14, December 2009'. Two such entries at least."""
    found: list[Publication] = []
    for block in blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not _WORKS_SECTION.match(
            block.heading or ""
        ):
            continue
        text = block.text.strip()
        quoted = _QUOTED_LEAD.match(text)
        set_apart = next((e for e in block.emphasis if text.startswith(e)), None)
        title, end = (quoted.group("title"), quoted.end()) if quoted else (set_apart, len(set_apart or ""))
        dates = find_dates(text[end:])
        if not title or len(title.split()) < MIN_SET_TITLE_WORDS or not dates:
            continue
        if not re.match(r"\s*·", text[end:]):
            continue  # "*Title*. San José: OIM, diciembre de 2006.": a citation's imprint, the citation rules' to read
        date = dates[-1]
        rest = text[end : end + date.begin]
        names = _NAMES_PART.match(rest)
        authors = names_in(_TYPE_TAIL.sub("", names.group("names")), bylined=True) if names else None
        # the type its line names, else its title's, else its section's ("POLICY BRIEFS")
        kinds = (publication_type_of(t) for t in (rest, title, block.heading or ""))
        kind = next((k for k in kinds if k != PublicationType.OTHER), PublicationType.OTHER)
        found.append(_listed_work(title.strip(), block, date, kind, text, authors or ()))
    return (found, {p.block.order for p in found}) if len(found) >= MIN_SET_TITLE_ENTRIES else ([], set())


MIN_SET_TITLE_WORDS = 3
MIN_SET_TITLE_ENTRIES = 2
# "Irene Castellanos Policy Brief No. 11": the type and number after the names
_TYPE_TAIL = re.compile(
    r"\s+(?:(?:MPI|IGC|RCM|CRM)\s+)?(?:policy brief|issue brief|working paper|fact sheet|report|book|article|informe"
    r"|documento de trabajo|rapport)\b.*$",
    re.I,
)


# "Prepared by Anna Lindqvist.", "By A and B.": the authors an entry's facts name
_FACTS_BYLINE = re.compile(r"\b(?:prepared|written|edited|compiled)?\s*by\s+(?P<names>[^.;]+?)(?=\.\s|\.?$|;)", re.I)


def paged_items(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """Items of a newsletter's list of new works, each its title run together with its facts: "Discussion Paper:
    Integration of Beneficiaries of International Protection December 2012. Prepared by Anna Lindqvist. 28 pp.",
    "IGC Annual Report 2012 February 2013. 40 pp.". The month its page count follows dates the work and closes the
    title; two such items under one heading at least."""
    by_heading: dict[str | None, list[Publication]] = {}
    for i, block in enumerate(blocks):
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or len(block.text) > MAX_PAGED_ITEM_CHARS:
            continue
        if block.kind == BlockKind.PARAGRAPH and i and blocks[i - 1].kind == BlockKind.HEADING:
            continue  # a title heading's own facts ("RCM Technical Secretariat. September 2012. 12 pp."): its entry
        text = block.text.strip()
        facts = _FACT_LINE.search(text)
        # the date right before the page count ("IGC Annual Report 2012 February 2013. 40 pp."), not a year in the title
        before = (
            [d for d in find_dates(text[: facts.start()]) if facts.start() - d.stop <= MAX_FACT_GAP] if facts else []
        )
        if not before or before[-1].begin == 0:
            continue
        date = before[-1]
        # "Title · Secrétariat des IGC, septembre 2006. 96 pages.": a card's title field, before its imprint's
        title = text[: date.begin].split(" · ", 1)[0].strip(" ,.;:-–—|·")
        if len(title.split()) < MIN_SET_TITLE_WORDS or find_dates(title):
            continue
        byline = _FACTS_BYLINE.search(text, date.stop)
        authors = (names_in(byline.group("names"), bylined=True) or ()) if byline else ()
        work = _listed_work(title, block, date, publication_type_of(title), text, authors)
        by_heading.setdefault(block.heading, []).append(work)
    found = [w for works in by_heading.values() if len(works) >= MIN_SET_TITLE_ENTRIES for w in works]
    return found, {w.block.order for w in found}


MAX_PAGED_ITEM_CHARS = 400


# "No. 5 · noviembre de 2011", "Nº 3 – June 2008", "Issue 4 | March 2010": a series' number and the month it gave it
_SERIES_LEAD = re.compile(r"^\W*(?:no|n[º°o]|núm|número|numéro|number|issue)\.?\s*\d{1,3}\s*[·|•–—-]\s*", re.I)


def numbered_series(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A series' index, each work led by its number and month: "No. 5 · noviembre de 2011 Title Authors" in one item,
    or "No. 1 · February 2007" over the title's heading and a "By ..." line; MIN_RECORDS of them. A number with no
    month ("No. 6 · en preparación") is a work to come."""
    found, used = [], set()
    series = next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    for i, block in enumerate(blocks):
        if (lead := _SERIES_LEAD.match(block.text)) is None:
            continue
        rest = block.text[lead.end() :]
        date = next((d for d in find_dates(rest) if d.begin == 0 and d.precision != DatePrecision.DAY), None)
        if date is None:
            continue
        after = rest[date.stop :].strip(" ·|•–—-,.")
        if _TO_COME.match(after):
            continue  # "No. 11 · June 2010 (forthcoming) - Title": not out yet
        title, authors, parts = after, (), [block]
        if not after and i + 1 < len(blocks) and blocks[i + 1].kind == BlockKind.HEADING:
            title, parts = blocks[i + 1].text.strip(), [block, blocks[i + 1]]  # the number and month over the title
            if i + 2 < len(blocks) and (byline := _LEADING_BYLINE.match(blocks[i + 2].text.strip())):
                # "By A and B · Explains waiting times ...": the names end at the separator or the full stop
                names = re.split(r"\s[·|•]\s", byline.group("names"))[0]
                names = names[: end.start()] if (end := _NAMES_END.search(names)) else names
                authors, parts = names_in(names.strip(" ."), bylined=True) or (), [*parts, blocks[i + 2]]
        elif after:
            title, authors = _title_then_names(after)
        if len(title.split()) < 2:
            continue
        snippet = " | ".join(b.text for b in parts)
        # the series' type, where the title says none: "Serie Documentos de Trabajo", "Policy Brief Series"
        kind = next(
            (
                t
                for text in (title, block.heading or "", series)
                if (t := publication_type_of(text)) != PublicationType.OTHER
            ),
            PublicationType.OTHER,
        )
        found.append(_listed_work(title.strip(" ."), block, date, kind, snippet, authors))
        used |= {b.order for b in parts}
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, used


_TO_COME = re.compile(
    r"^\W*(?:forthcoming|in preparation|en preparaci[oó]n|à paraître|pr[oó]ximamente|en prensa)", re.I
)


def _title_then_names(text: str) -> tuple[str, tuple[str, ...]]:
    """ "Migrantes extrarregionales en tránsito por Centroamérica Jorge Villalobos": the title, then the names its
    line closes with (two to eight words that read as names), if any."""
    words = text.split()
    for k in range(min(len(words) - 3, 8), 1, -1):
        if words[-k - 1].lower() in _LINK_WORDS:
            continue  # "... en tránsito por Centroamérica Jorge Villalobos": a title ends with no link word
        if (names := names_in(" ".join(words[-k:]), bylined=True)) and words[-k][:1].isupper():
            return " ".join(words[:-k]), names
    return text, ()


_LINK_WORDS = frozenset([
    "of", "in", "on", "for", "and", "the", "to", "from", "by", "a", "an", "de", "del", "la", "las", "los", "el", "en",
    "por", "para", "y", "con", "sur", "des", "du", "le", "les", "et", "au", "aux",
])  # fmt: skip


# "Fact Sheet Immigrants in the Southern Border States: A Profile By Jie Zong and Jeanne Batalova": a listing's item
# as its type label, its title and its byline run together (a `li` of three inline spans); an imprint may close it.
_TITLE_BYLINE = re.compile(
    r"^(?P<title>[A-ZÀ-Ý\"“¿].{8,250}?)\s+"
    r"(?i:(?:(?:edited|compiled|coordinated|editado|coordinado|édité|sous la direction de)\s+)?(?:by|por|par))\s+"
    r"(?P<names>[A-ZÀ-Ý][^()]{2,300})$"
)
MAX_TYPE_LABEL_WORDS = 3


def typed_bylines(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A listing's items that each read "Type Title By Names", MIN_RECORDS of them, dated by their own date or by the
    section they sit in: a month heading ("October") under a heading or page title that names the year ("Publications
    Archive: 2015"), or a heading that is a month and year."""
    found, used = [], set()
    year: int | None = None
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            if (named := _year_named(block.text)) is not None:
                year = named
            continue
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if (typed := _typed_byline(block.text.strip().rstrip("."))) is None:
            continue
        label, match = typed
        names, publisher = _names_then_imprint(match.group("names"))
        authors = names_in(names.strip(" ."), bylined=True)
        date = _section_month(block.heading, year)
        if not authors or date is None:
            continue
        kind = publication_type_of(label)
        work = _listed_work(match.group("title").strip(" ."), block, date, kind, block.text, tuple(authors))
        found.append(replace(work, publisher=publisher))
        used.add(block.order)
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, used


def _names_then_imprint(text: str) -> tuple[str, str | None]:
    """ "A and B Washington, DC: Migration Policy Institute": the names, then the publisher of the imprint that closes
    them, its town (one to three words) a known place."""
    before, colon, publisher = text.partition(":")
    words = before.split()
    for k in range(min(MAX_TOWN_WORDS, len(words) - 1), 0, -1):
        if colon and known_place(" ".join(words[-k:]).strip(" ,")) is not None:
            return " ".join(words[:-k]), publisher.strip(" .") or None
    return text, None


MAX_TOWN_WORDS = 3


def _typed_byline(text: str) -> tuple[str, re.Match[str]] | None:
    """The type label ("Fact Sheet", "Policy Brief", "Report") a line opens with, and the title and byline after it."""
    words = text.split(" ")
    for k in range(1, MAX_TYPE_LABEL_WORDS + 1):  # the shortest label: "Report", not "Report The Evolving"
        label = " ".join(words[:k])
        if (
            _names_type(label)
            and not EVENT_KIND_WORDS.search(label)
            and (rest := _TITLE_BYLINE.match(" ".join(words[k:])))
        ):
            return label, rest
    return None


def _year_named(heading: str) -> int | None:
    """The one year a heading names ("Publications Archive: 2015", "2015"), not a span's ("2014-2015")."""
    years = set(re.findall(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/–-])", heading))
    return int(years.pop()) if len(years) == 1 else None


def _section_month(heading: str | None, year: int | None) -> DateSpan | None:
    """The month or year a section's heading gives its items: "October" in `year`, "October 2015", "2015"."""
    text = (heading or "").strip()
    if not text or len(text.split()) > 3:
        return None
    if (span := parse_date(text, allow_year=True)) is not None and span.precision != DatePrecision.DAY:
        return span
    if year is None or not re.fullmatch(r"[^\W\d_]+\.?", text):
        return None
    span = parse_date(f"{text} {year}")
    return span if span is not None and span.precision == DatePrecision.MONTH else None


# "Politiques d'intégration des immigrés : aperçu comparatif: Étude. Claire Fontaine et Stefan Meier. Mars 2006. 72 p.":
# a definition list's term (the title) run into its description (the type, the authors, the imprint and month).
_TITLE_TYPE_FACTS = re.compile(r"^(?P<title>[^\W\d].{6,250}?):\s+(?P<type>[A-ZÀ-Ý][^.:;,]{1,40})\.\s+(?P<facts>\S.*)$")
# the kinds of work a type field may name besides those `publication_type_of` maps
_WORK_LABEL = re.compile(
    r"^(?:guide|gu[ií]a|[ée]tude|estudio|study|manual|manuel|handbook|compendium|recueil|compendio|glossary|glosario"
    r"|glossaire|bulletin|bolet[ií]n|brochure|folleto|memoria|actes|proceedings)\b",
    re.I,
)
MAX_TYPE_FIELD_WORDS = 5


def titled_type_entries(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A bibliography's entries that read "Title: Type. Authors. [Town: Publisher,] Month Year. N p.", MIN_RECORDS of
    them: the title before the colon, typed by the field after it, dated by the first month or year of the facts."""
    found = []
    for block in blocks:
        if (
            block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
            or (entry := _TITLE_TYPE_FACTS.match(block.text.strip())) is None
        ):
            continue
        label = entry.group("type").strip()
        if (
            len(label.split()) > MAX_TYPE_FIELD_WORDS
            or not _TYPE_CELL.match(label)
            or not (_names_type(label) or _WORK_LABEL.match(label))
            or find_dates(entry.group("title"))
        ):
            continue
        facts = entry.group("facts")
        date = next((d for d in find_dates(facts) if d.precision != DatePrecision.DAY), None)
        if date is None and (year := re.search(r"\b(?:19|20)\d\d\b", facts)):
            date = parse_date(year.group(0), allow_year=True)
        if date is None:
            continue
        fields = [f.strip() for f in facts.split(". ")]
        authors = _byline_names(fields[0]) if fields and not find_dates(fields[0]) else None
        imprint = next((f for f in fields[1:] if ":" in f and _imprint(f.split(",")[0])), None)
        title = re.sub(r"\s*\((?:épuisé|agotado|out of print)\)\s*$", "", entry.group("title"), flags=re.I).strip()
        work = _listed_work(title, block, date, publication_type_of(label), block.text, authors or ())
        publisher = imprint_publisher(imprint.split(",")[0]) if imprint else None
        found.append(replace(work, publisher=publisher))
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, {p.block.order for p in found}


# "REPORT | February 7", "POLICY BRIEF · March 12, 2008": a timeline's kicker, the work's type then its day or month
_TYPE_KICKER = re.compile(r"^(?P<type>[^\W\d][^|·•\d]{2,30}?)\s*[|·•]\s*(?P<date>[^|·•]{3,30})$")
# "Publisher: Washington, DC: MPI", "Editorial: ...": a card's labelled imprint
_PUBLISHER_FIELD = re.compile(
    r"^\s*(?:publisher|published by|editorial|éditeur|[ée]dition)\s*:\s*(?P<imprint>\S.*)$", re.I
)
# "Released August 2012.", "Publicado en marzo de 2009": a card's line giving the work's release
# (not a field, "Published | March 2008", which the fielded records' rules read)
_RELEASED_LINE = re.compile(r"^\s*(?:released|published|issued|publicad[oa]|publiée?|parue?)\s+(?=\w)", re.I)


def _label_kicker(block: Block, title: Block, year: int | None, below: Sequence[Block]) -> DateSpan | None:
    """The date of a work a bare type label ("Report", "Fact Sheet") sets over its title heading: a line of the card
    that says it was released, else the month its section's heading names in the page's year ("January" on a
    page "2012 at MPI"); None for any other label."""
    label = block.text.strip(" :")
    month = _section_month(block.heading, year)
    if (
        (dated := _LABEL_DAY.match(label))
        and month is not None
        and month.precision == DatePrecision.MONTH  # (under a year's heading, the listing rules' cards)
        and _names_type(dated.group("type"))
    ):
        # "Policy Brief February 12" under "February": the label's day, in its section's year
        day = parse_date(f"{dated.group('day')} {month.start.year}")
        if day is not None and day.precision == DatePrecision.DAY and title.kind == BlockKind.HEADING:
            return day
    if (
        block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH)
        or not 1 <= len(label.split()) <= MAX_LABEL_WORDS
        or not _names_type(label)
        or EVENT_KIND_WORDS.search(label)
        or find_dates(label)
        or title.kind != BlockKind.HEADING
    ):
        return None
    for line in below:
        if dates := find_dates(line.text):
            # "Released August 2012."; a card's other date line ("November 2015 • By A and B") is the listing
            # rules' to read with its byline
            return dates[0] if _RELEASED_LINE.match(line.text) else None
    # (under a year's heading, "2025", the cards are the listing rules' to read whole)
    return month if month is not None and month.precision == DatePrecision.MONTH else None


def _card_lines(title: Block, after: Sequence[Block]) -> list[Block]:
    """The lines of a card under its title, up to the next heading (the next card's kicker)."""
    lines = []
    for block in after:
        if block.heading != title.text or block.kind == BlockKind.HEADING:
            break
        lines.append(block)
    return lines


def kicker_headings(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """A timeline's works, each a kicker heading naming its type and day ("REPORT | February 7") over the heading of
    its title and, perhaps, its byline ("By A and B. Washington, DC: Migration Policy Institute."), MIN_RECORDS of
    them; a day without its year takes the year a heading above names ("2008 at a Glance"). A bare type label
    ("Report") over a title heading is such a kicker where the card says when it was released or its section's
    heading names a month ("January", month by month through the year)."""
    found, used = [], set()
    year: int | None = None
    for i, block in enumerate(blocks):
        if i + 1 == len(blocks):
            break
        title = blocks[i + 1]
        below = _card_lines(title, blocks[i + 2 : i + 2 + MAX_CARD_LINES])
        kicker = _TYPE_KICKER.match(block.text.strip()) if block.kind == BlockKind.HEADING else None
        if kicker is None:
            if (
                block.kind == BlockKind.HEADING
                and (named := _year_named(block.text)) is not None
                and not find_dates(block.text)
            ):
                year = named
            if (date := _label_kicker(block, title, year, below)) is None:
                continue
            label = block.text.strip(" :")
        else:
            label, when = kicker.group("type").strip(), kicker.group("date").strip()
            if not _names_type(label) or EVENT_KIND_WORDS.search(label):
                continue
            date = parse_date(when) or (parse_date(f"{when} {year}") if year and not _year_named(when) else None)
        if date is None or title.kind != BlockKind.HEADING or _TYPE_KICKER.match(title.text) or find_dates(title.text):
            continue
        parts, authors, publisher = [block, title], (), None
        if below and (byline := _LEADING_BYLINE.match(below[0].text.strip())):
            names = byline.group("names")
            names = names[: end.start()] if (end := _NAMES_END.search(names)) else names
            authors = tuple(names_in(names.strip(" ."), bylined=True) or ())
            imprint = below[0].text.strip()[byline.start("names") + len(names) :].strip(" .")
            publisher = imprint_publisher(imprint) if _imprint(imprint) else None
            parts.append(below[0])
        if publisher is None and (field := next((m for b in below if (m := _PUBLISHER_FIELD.match(b.text))), None)):
            publisher = imprint_publisher(field.group("imprint").strip(" ."))
        snippet = " | ".join(b.text for b in parts)
        work = _listed_work(title.text.strip(), title, date, publication_type_of(label), snippet, authors)
        found.append(replace(work, publisher=publisher))
        used |= {b.order for b in [*parts, *below]}  # the card's other lines (its imprint, its blurb) with it
    if len(found) < MIN_RECORDS:
        return [], set()
    return found, used


MAX_CARD_LINES = 4
