"""Blocks -> publications: reference-list entries and publication listings read as records.

    pubs, used = find_publications(blocks, language="en")

`used` holds the `order` of every block a publication was read from, so the event rules leave
those blocks alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extractors.dates import DateSpan
from mpdp_pipeline.schemas import Block, PublicationType


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


def find_publications(blocks: Sequence[Block], language: str | None = None) -> tuple[list[Publication], set[int]]:
    """Every publication the blocks list, and the orders of the blocks they were read from."""
    return [], set()


def publication_type_of(text: str) -> PublicationType:
    """The type a title or an entry names (Policy Brief, Working Paper, Book, ...); OTHER when none."""
    return PublicationType.OTHER
