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
from dataclasses import dataclass, field

from mpdp_pipeline.extractors.citations import Citation, parse_citation, split_entries, starts_entry
from mpdp_pipeline.extractors.dates import DateSpan

from mpdp_pipeline.schemas import Block, BlockKind, PublicationType


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


CONFIDENCE = {"publication.citation": 0.85, "publication.card": 0.8, "publication.coded_item": 0.7}
MIN_RUN = 3  # fewer consecutive citations outside a references section are citations in prose
MAX_ENTRY_CHARS = 1200  # a longer "entry" is a paragraph that merely opens like one
MAX_TITLE_WORDS = 60

# Headings of the sections that hold reference lists.
_REFERENCE_HEADING = re.compile(
    r"\b(?:references?|bibliograph\w*|works cited|further reading|reading list|literature|sources|"
    r"publications?|referencias|bibliografía|obras citadas|lecturas|publicaciones|références|bibliographie|"
    r"lectures complémentaires|ouvrages cités)\b",
    re.I,
)

# Type words, most specific first: a "policy brief" is no report, a "working paper" no article.
_TYPE_WORDS: tuple[tuple[PublicationType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        (
            PublicationType.POLICY_BRIEF,
            r"\b(?:policy|issue|research) (?:briefs?|notes?)\b|\bbriefing papers?\b|\bnotas? de pol[ií]tica"
            r"|\bresumen de pol[ií]ticas|\bnotes? d['’]orientation|\bnotes? de politique",
        ),
        (
            PublicationType.WORKING_PAPER,
            r"\bworking papers?\b|\bdiscussion papers?\b|\bdocumentos? de trabajo\b|\bdocuments? de travail\b"
            r"|\bcahiers? de recherche\b|\bpolicy paper series\b",
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


def publication_type_of(text: str) -> PublicationType:
    """The type a title or an entry names (Policy Brief, Working Paper, Book, ...); OTHER when none."""
    for kind, pattern in _TYPE_WORDS:
        if pattern.search(text or ""):
            return kind
    return PublicationType.OTHER


def find_publications(blocks: Sequence[Block], language: str | None = None) -> tuple[list[Publication], set[int]]:
    """Every publication the blocks list, and the orders of the blocks they were read from."""
    from mpdp_pipeline.extractors.listings import find_listings  # listings reads records with this module's types

    citations, used = find_citations(blocks)
    listed, listed_used = find_listings([b for b in blocks if b.order not in used])
    return dedupe(citations + listed), used | listed_used


def dedupe(pubs: list[Publication]) -> list[Publication]:
    """Each distinct publication once: a list that names one twice ("Ch. Ende" and "C. Ende") counts it once."""
    seen: set[tuple[str, int | None]] = set()
    kept = []
    for pub in pubs:
        key = (re.sub(r"\W+", " ", pub.title.casefold()).strip(), pub.date.start.year if pub.date else None)
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


def find_citations(blocks: Sequence[Block]) -> tuple[list[Publication], set[int]]:
    """The entries of every reference list in the blocks."""
    entries = _entries(blocks)
    parsed: list[Citation | None] = []
    previous: tuple[str, ...] = ()
    for entry in entries:
        cite = parse_citation(entry.text, previous) if len(entry.text) <= MAX_ENTRY_CHARS else None
        if cite and cite.authors and len(cite.title.split()) <= MAX_TITLE_WORDS:
            previous = cite.authors
            parsed.append(cite)
        else:
            parsed.append(None)
    pubs: list[Publication] = []
    used: set[int] = set()
    for i in _accepted(entries, parsed):
        cite, entry = parsed[i], entries[i]
        assert cite is not None
        used |= {b.order for b in entry.blocks}
        pubs.append(_citation_publication(cite, entry))
    return pubs, used


def _entries(blocks: Sequence[Block]) -> list[_Entry]:
    """Blocks joined into entries: a block continues the entry before when it cannot start one of its own."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    section: str | None = None
    for block in blocks:
        text = block.text.strip()
        if not text or _page_furniture(block, text, section):
            continue  # a page number or a running header between the two halves of an entry
        if block.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW):
            section = text if block.kind == BlockKind.HEADING else section
            current = None
            continue
        if current is not None and _continues(current.text, text):
            current.add(block)
            continue
        for part in split_entries(text):  # one paragraph may hold two citations
            current = _Entry([block], part)
            entries.append(current)
    return entries


def _page_furniture(block: Block, text: str, section: str | None) -> bool:
    """Page numbers and the running header that repeats the section's heading on every page."""
    return bool(re.fullmatch(r"[\divxlc]{1,4}", text, re.I)) or (
        block.page is not None and section is not None and text == section and block.kind == BlockKind.HEADING
    )


def _continues(entry: str, text: str) -> bool:
    """Whether `text` is the rest of `entry`: it opens in lower case, with a bracket, a web address or a closing
    quote; or the entry broke off (after a comma, or before its title) and `text` opens no entry of its own."""
    if re.match(r"[a-zß-ÿ(”’&]|https?:|www\.|doi", text) and not re.match(r"(?:de|van|von|da|di|le|la)\s", text):
        return True
    if not starts_entry(entry):
        return False
    if re.search(r"(?:[,;:(–-]|\band|&)$", entry):
        return True
    return parse_citation(entry) is None and not starts_entry(text)


def _accepted(entries: list[_Entry], parsed: list[Citation | None]) -> list[int]:
    """The citations that stand in a reference list: in a run of MIN_RUN, or under a references heading.
    A short subheading ("Scribal training") inside a list does not break its run."""
    accepted: list[int] = []
    run: list[int] = []

    def close() -> None:
        dated = [i for i in run if parsed[i] and parsed[i].year]  # type: ignore[union-attr]
        if (len(run) >= MIN_RUN and len(dated) >= 2) or (
            dated and any(_REFERENCE_HEADING.search(entries[i].blocks[0].heading or "") for i in run)
        ):
            accepted.extend(run)
        run.clear()

    for i, cite in enumerate(parsed):
        if cite is not None:
            run.append(i)
        elif not _subheading(entries[i].text):
            close()
    close()
    return accepted


def _subheading(text: str) -> bool:
    return len(text.split()) <= 8 and not re.search(r"[.;:]$", text) and not re.search(r"\d{4}", text)


def _citation_publication(cite: Citation, entry: _Entry) -> Publication:
    return Publication(
        title=cite.title,
        authors=cite.authors,
        date=cite.year,
        publisher=cite.publisher,
        publication_type=_citation_type(cite),
        block=entry.blocks[0],
        snippet=cite.text,
        rule="publication.citation",
        confidence=CONFIDENCE["publication.citation"] - (0.0 if cite.year else 0.15),
    )


def _citation_type(cite: Citation) -> PublicationType:
    """The type the entry names, else what its shape says: a quoted title or a journal venue is a part of
    something (article, chapter), a title with a publisher and no venue a book."""
    named = publication_type_of(f"{cite.title} {cite.venue}")
    if named != PublicationType.OTHER:
        return named
    if cite.quoted:
        return PublicationType.ARTICLE
    if cite.publisher:
        return PublicationType.BOOK
    return PublicationType.OTHER
