"""Which rows are one activity, and every place each was read.

The rules read an activity wherever a document mentions it: twice in one report (a prose section and
its agenda), in an annual report and an events page, in the English and the Spanish page of a site.
`merge_activities` turns those rows into one row per activity, with all of its places in `sources`:

* **Meeting documents**: the agenda, notice and minutes a meeting list links are that meeting
  (`collapse_meeting_documents`).
* **Events** are one when they have the same recipient, overlapping dates (the same first day, or one
  row's span holding the other's first day) and similar titles (rapidfuzz `token_set_ratio` on
  normalised titles >= `TITLE_SIMILARITY`, no two different numbers). Within one document the titles
  must also name the same body (the same capitalised words, kind words and qualifiers aside): "Finance
  Committee" and "Audit Committee", "Board Meeting" and "Electoral Board Meeting" met the same day are
  two meetings; across documents one title may name it more fully. Across documents in two languages,
  where titles cannot be compared, the same dates and the same place make one activity when each
  document has a single such row.
* **Publications** are one with the same title (`fuzz.ratio` >= `PUBLICATION_SIMILARITY`) and year, or the
  very same title when one of them is undated.

Merging is deterministic: rows are taken in `_evidence_order` (confidence, then where they were read,
never doc_id), the first row of an activity is its winner, and its recipient, kind, start date and
title give the `activity_id`, so a new version of a document or another reading order keeps the id.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from mpdp_pipeline.extractors.dates import MONTHS
from mpdp_pipeline.extractors.language import detect_language
from mpdp_pipeline.extractors.language import language_hits as _language_hits
from mpdp_pipeline.extractors.vocabulary import KIND_TERMS, MEETING_DOCUMENTS
from rapidfuzz import fuzz

from mpdp_pipeline.schemas import Activity, Kind, Source

TITLE_SIMILARITY = 85  # rapidfuzz score (0-100) for two titles to name one activity; names are checked too
PUBLICATION_SIMILARITY = 90  # `fuzz.ratio` of two publication titles: the whole title must agree
PUBLICATION_KINDS = frozenset({Kind.PUBLICATION.value, Kind.REPORT.value})

_DOCUMENT_WORDS = "|".join(sorted((re.escape(t) for t in MEETING_DOCUMENTS), key=len, reverse=True))
# "Minutes of the Board Meeting", "Acta de la reunión": a document named before its meeting is followed by "of".
# "Provisional Agenda", "Agenda provisional", "Ordre du jour annoté": the document's state is part of its name.
_DOCUMENT_STATE = r"(?:draft|provisional|preliminary|annotated|revised|final|provisoire|annoté|preliminar|anotad[ao])"
_LEADING_DOCUMENT = re.compile(
    rf"^(?:{_DOCUMENT_STATE}\s+)?(?:{_DOCUMENT_WORDS})(?:\s+{_DOCUMENT_STATE})?"
    rf"(?:\s*[:,–—-]\s*|\s+(?:of|for|from|de|del|du|des)\s+)(?:(?:the|la|el|le|les|l')\s+)?",
    re.I,
)
_TRAILING_DOCUMENT = re.compile(rf"[\s,;:&–—-]*(?:\b(?:and|y|et)\s+)?(?<!\w)(?:{_DOCUMENT_WORDS})$", re.I)

# Words that name no body: what a meeting is, when in a series it falls, and link words. What is left
# ("finance", "electoral board") says whose meeting it is.
_STOP_WORDS = frozenset((
    "the", "of", "on", "for", "and", "in", "at", "a", "an", "to", "with", "by", "de", "del", "la", "las", "el", "los",
    "y", "en", "sobre", "para", "con", "du", "des", "le", "les", "et", "sur", "pour", "d", "l", "au", "aux",
))  # fmt: skip
_QUALIFIERS = frozenset((
    "regular", "special", "rescheduled", "initial", "annual", "extraordinary", "ordinary", "emergency", "part",
    "parte", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
))  # fmt: skip
_WEEKDAYS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miercoles",
    "jueves", "viernes", "sabado", "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
))  # fmt: skip
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th|er|e|o|a|eme)|[ivxlc]{1,4})$")


@functools.lru_cache(maxsize=1 << 16)  # column headers and titles are compared many times over
def normalise_title(title: str) -> str:
    """Lower-case ASCII words, for ids and comparisons."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def activity_id(recipient: str, kind: str, start: object, title: str) -> str:
    """Stable across runs: the same activity read the same way gets the same id."""
    key = f"{recipient}|{kind}|{start}|{normalise_title(title)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# One-word kind terms ("committee", "reunión"); "board" of "board meeting" may name a body.
_KIND_WORDS = frozenset(normalise_title(t) for _, terms in KIND_TERMS for t in terms if " " not in t and "-" not in t)
_DOCUMENT_TERMS = frozenset(normalise_title(t) for t in MEETING_DOCUMENTS if " " not in t)
_GENERIC = _STOP_WORDS | _QUALIFIERS | _KIND_WORDS | _DOCUMENT_TERMS | _WEEKDAYS | {normalise_title(m) for m in MONTHS}


def meeting_of_document(title: str) -> str:
    """The activity a document of it names: "Board Meeting Public Notice" -> "Board Meeting". The title itself
    when it names no meeting document, or when what is left names no activity ("Notice of Public Hearing")."""
    # Imported here: `mpdp_pipeline.extractors.activities` imports this module for `merge_activities`.
    from mpdp_pipeline.extractors.activities import classify_kind, clean_title

    text, previous = title, None
    while previous != text:
        previous = text
        text = _LEADING_DOCUMENT.sub("", _TRAILING_DOCUMENT.sub("", text).strip()).strip()
    text = clean_title(text)
    return text if text != title and classify_kind(text) is not None else title


# --- evidence -------------------------------------------------------------------------------------


def source_of(a: Activity) -> Source:
    """The place a row names in its evidence columns."""
    return Source(a.doc_id, a.source_url, a.page, a.locator, a.snippet, a.extractor, a.confidence)


def sources_of(a: Activity) -> tuple[Source, ...]:
    """Every place the row was read; a row read once is its own single source."""
    return a.sources or (source_of(a),)


def _source_order(s: Source) -> tuple:
    return (s.source_url, s.page or 0, s.locator or "", s.snippet, s.extractor, -s.confidence, s.doc_id)


def _union(rows: Iterable[Activity]) -> tuple[Source, ...]:
    best: dict[tuple, Source] = {}
    for s in (s for row in rows for s in sources_of(row)):
        key = (s.doc_id, s.source_url, s.page, s.locator, s.snippet)
        if key not in best or s.confidence > best[key].confidence:
            best[key] = s
    return tuple(sorted(best.values(), key=_source_order))


def _best_source(sources: Sequence[Source]) -> Source:
    return min(sources, key=lambda s: (-s.confidence, *_source_order(s)))


def with_sources(a: Activity, sources: Sequence[Source]) -> Activity:
    """The row read from `sources` only: its evidence columns become those of the best of them (a
    published activity whose winning document was read again tonight keeps the places not re-read)."""
    best = _best_source(sources)
    return replace(
        a,
        sources=tuple(sorted(sources, key=_source_order)),
        doc_id=best.doc_id,
        source_url=best.source_url,
        page=best.page,
        locator=best.locator,
        snippet=best.snippet,
        extractor=best.extractor,
        confidence=best.confidence,
    )


# --- the documents of one meeting ------------------------------------------------------------------


def _evidence_order(a: Activity) -> tuple:
    # source_url, not doc_id: a new version of a document must not change which row (and id) wins. Of one document's
    # two languages, the row in the document's own wins ("Taller ..." over "Workshop ..." on a Spanish page).
    language = _work_language(a) if _is_publication(a) else title_language(a.title)
    foreign = a.language is not None and language not in (None, a.language)
    return (foreign, -a.confidence, a.source_url, a.page or 0, a.locator or "", a.title)


def _words(title: str) -> set[str]:
    return set(normalise_title(title).split())


def _distance(a: Activity, b: Activity) -> tuple[int, float]:
    """How far apart two rows sit in their document: the document links of a meeting sit in its entry."""
    if a.page != b.page:
        return (1, float(abs((a.page or 0) - (b.page or 0))))
    la, lb = a.locator or "", b.locator or ""
    if ">" in la or ">" in lb:  # CSS paths: the deeper the container they share, the nearer
        pa, pb = la.split(" > "), lb.split(" > ")
        shared = next((i for i, (x, y) in enumerate(zip(pa, pb, strict=False)) if x != y), min(len(pa), len(pb)))
        return (0, float(-shared))
    try:  # PDF bboxes "x0,top,x1,bottom": the vertical gap
        return (0, abs(float(la.split(",")[1]) - float(lb.split(",")[1])))
    except (IndexError, ValueError):
        return (0, 0.0)


def _one_row(rows: Sequence[Activity]) -> Activity:
    head = rows[0]
    title = meeting_of_document(head.title)
    if len(rows) == 1 and title == head.title:
        return head
    snippets = list(dict.fromkeys(r.snippet for r in rows))
    return replace(
        head,
        title=title,
        activity_id=activity_id(head.recipient, head.kind, head.start_date, title),
        snippet=" | ".join(snippets)[:500],
        confidence=max(r.confidence for r in rows),
        sources=_union(rows),
    )


def _one_per_meeting(rows: Sequence[Activity]) -> list[Activity]:
    """A meeting list links the agenda, the notice and the minutes of one meeting, each read as a row:
    a document's row joins the row of the meeting it names, in the same document on the same day,
    whose title holds all its words ("Board Meeting Agenda" joins "Regular Board Meeting", never
    "Finance Committee"). Between several such meetings, the nearest one in the page takes it."""
    ordered = sorted(rows, key=_evidence_order)
    meetings = [[r] for r in ordered if meeting_of_document(r.title) == r.title]
    documents = [r for r in ordered if meeting_of_document(r.title) != r.title]
    # The fullest name first: with no meeting row, "Chicago Electoral Board Meeting Agenda" names the
    # meeting that "Electoral Board Meeting Notice" then joins.
    for doc in sorted(documents, key=lambda d: -len(_words(meeting_of_document(d.title)))):
        named = _words(meeting_of_document(doc.title))
        same = [m for m in meetings if named <= _words(meeting_of_document(m[0].title))]
        if same:
            min(same, key=lambda m: _distance(m[0], doc)).append(doc)
        else:
            meetings.append([doc])
    return [_one_row(m) for m in meetings]


def collapse_meeting_documents(activities: Iterable[Activity]) -> list[Activity]:
    """One row per meeting of a document, however many of its documents the page links (see
    `_one_per_meeting`). Undated rows and publications are left alone: neither can be told apart by day."""
    groups: dict[tuple, list[Activity]] = {}
    kept: list[Activity] = []
    for a in activities:
        if a.start_date is None or a.kind in PUBLICATION_KINDS:
            kept.append(a)
        else:
            groups.setdefault((a.recipient, a.doc_id, a.start_date, a.kind), []).append(a)
    return kept + [row for rows in groups.values() for row in _one_per_meeting(rows)]


# --- identity ------------------------------------------------------------------------------------


def _is_publication(a: Activity) -> bool:
    return a.kind in PUBLICATION_KINDS


def _numbers(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in words if w.isdigit())


def _numbers_differ(a: str, b: str) -> bool:
    """Whether two titles hold different numbers: "Sage Days 77" and "78", "Plan 2007" and "2008" are two."""
    na, nb = _numbers(normalise_title(a).split()), _numbers(normalise_title(b).split())
    return bool(na and nb) and na != nb


def _naming_words(a: Activity) -> frozenset[str]:
    return _names(a.title, a.recipient, a.location)


# A recipient's own name after the activity's: "XII Reunión Viceministerial de la Conferencia Regional sobre Migración"
# is the "XII Reunión Viceministerial" its annex lists.
_OWN_NAME = re.compile(
    r"\s*(?:\b(?:de la|of the|du|de l['’]|des)\s+)?(?:Conferencia Regional sobre Migraci[oó]n|Regional Conference on"
    r" Migration|Conférence régionale sur les migrations|Inter-?Governmental Consultations(?: on Migration, Asylum and"
    r" Refugees)?|Consultations intergouvernementales|Migration Policy Institute)(?:\s*\((?:CRM|RCM|IGC|MPI)\))?",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def _names(title: str, recipient: str, location: str | None) -> frozenset[str]:
    """The capitalised words of the title that say whose or which activity it is ("finance" in "Finance
    Committee Meeting"), not a clause a rule left on it ("... will be held on Monday"); the recipient's
    code and the row's own place name nothing."""
    ignored = _GENERIC | {recipient.lower()} | _words(location or "")
    title = _OWN_NAME.sub("", title) or title
    names = (normalise_title(w) for w in re.findall(r"[^\W_]+", title) if w[0].isupper())
    words = (w for w in names if w and w not in ignored and not w.isdigit())
    # A plural is the same name ("Documents", "Document"): compare stems.
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if not _ORDINAL.match(w))


def similar_titles(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(normalise_title(a), normalise_title(b)) >= TITLE_SIMILARITY


def _dates_overlap(a: Activity, b: Activity) -> bool:
    """The same first day, or one row's span holds the other's first day; two undated rows also overlap
    (they can only be told apart by title)."""
    if a.start_date is None or b.start_date is None:
        return a.start_date is None and b.start_date is None
    return a.start_date == b.start_date or _holds(a, b.start_date) or _holds(b, a.start_date)


MAX_SPAN_DAYS = 7


def _day_span(a: Activity) -> bool:
    """Whether a row gives a meeting's days, more than one and a week at most ("March 30 - April 1, 2010"), not a
    month's or a report's period."""
    if a.date_precision != "day" or a.start_date is None or a.end_date is None:
        return False
    return 0 < (a.end_date - a.start_date).days <= MAX_SPAN_DAYS


def _holds(a: Activity, day: dt.date | None) -> bool:
    return None not in (a.start_date, a.end_date, day) and a.start_date <= day <= a.end_date  # type: ignore[operator]


MAX_BARE_TITLE_WORDS = 2  # "Taller reprogramado", "Workshop": the kind, and a word that names nothing


_GENERIC_NAME_WORD = re.compile(
    r"the|policy|public|expert|experts|annual|roundtable|round|table|seminar|workshop|briefing|meeting|webinar"
    r"|conference|forum|taller|seminario|reuni[oó]n|atelier|s[ée]minaire|r[ée]union|la|el|le",
    re.I,
)
_DAYS_TAIL = re.compile(
    rf"\s+(?:of|on|del?|du)\s+(?:(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?(?:{'|'.join(MONTHS)}))\b.*$",
    re.I,
)


def _named_by_its_town(a: Activity, b: Activity) -> bool:
    """In one document, on the same days: "Stockholm Full Round" is the "Annual Full Round of Consultations" held in
    Stockholm, the one title naming the meeting by its town and the other's words."""
    if a.doc_id != b.doc_id or (a.start_date, a.end_date) != (b.start_date, b.end_date) or a.kind != b.kind:
        return False
    for held, named in ((a, b), (b, a)):
        town = (held.location or "").split(",")[0].strip().lower()
        # "Ottawa roundtable of January 24-25, 2012": the prose's name, its town and its days
        title = _DAYS_TAIL.sub("", named.title).lower()
        if town and re.search(rf"\b{re.escape(town)}\b", title):
            rest = _words(re.sub(rf"\b{re.escape(town)}\b", " ", title))
            # "the Brussels policy seminar": a town and a kind, the kind perhaps given only by the other's type
            if rest and (rest <= _words(held.title) or all(_GENERIC_NAME_WORD.fullmatch(w) for w in rest)):
                return True
    return False


MIN_SHORT_NAME_WORDS = 2


def _same_event_titles(a: Activity, b: Activity) -> bool:
    if _named_by_its_town(a, b):
        return True
    wa, wb = _naming_words(a), _naming_words(b)
    bare_a, bare_b = (len(t.split()) <= MAX_BARE_TITLE_WORDS and not w for t, w in ((a.title, wa), (b.title, wb)))
    if bare_a != bare_b and a.doc_id == b.doc_id and _dates_overlap(a, b):
        # "El taller reprogramado se realizó el 6 y 7 de octubre" beside the table's "Taller sobre migración
        # laboral ..." that day, "The workshop ... concluded on 5 December" under its headline's "4-5/12/2007": a bare
        # kind and its full name, however unlike the two titles read
        # (a later day of the span, told in the same element as the headline; on the same day the place must agree)
        later_day = a.start_date != b.start_date and a.locator is not None and a.locator == b.locator
        told_together = (_same_item(a, b) or later_day) and not (a.location and b.location and not _places_agree(a, b))
        return a.kind == b.kind and (_places_agree(a, b) or told_together) and not _numbers_differ(a.title, b.title)
    unlabelled = _TYPE_LABEL.sub("", a.title), _TYPE_LABEL.sub("", b.title)
    # "Réunion plénière (Full Round) / Full Round": a bilingual table's title, either language of which may match
    versions = [(x, y) for x in a.title.split(" / ") for y in b.title.split(" / ")]
    alike = similar_titles(*unlabelled) or any(similar_titles(x, y) for x, y in versions)
    if not alike or _numbers_differ(a.title, b.title):
        return False
    if bool(wa) != bool(wb):
        # A bare "Meeting" says nothing of which meeting it was; in one document, a bare "Roundtable" on the day and
        # at the place of its "Roundtable on X" is that roundtable, told in prose and then in a table.
        return a.doc_id == b.doc_id and a.kind == b.kind and _places_agree(a, b)
    if a.doc_id == b.doc_id:
        # One document lists different bodies' meetings of a day side by side: it names each one fully, though
        # it may spell a body out once and use its acronym after ("Grupo Regional de Consulta sobre Migración
        # (GRCM)", "Reunión del GRCM").
        named_alike = (
            min(len(wa), len(wb)) >= MIN_SHORT_NAME_WORDS
            and (wa <= wb or wb <= wa)
            # (an acronym in brackets may name a second body, "Working Group on X (GDISC)": the rules below weigh it)
            and not any(_BRACKETED_ACRONYM.search(t) for t in (a.title, b.title))
        )
        if a.kind == b.kind and a.start_date == b.start_date and named_alike:
            # a table's short name beside the prose's full one that day ("Seminario Regional sobre Identificación y
            # Atención a Víctimas de Trata" / "... de Trata de Personas"): one's naming words all the other's
            return True
        return _less_own_acronym(a.title, wa) == _less_own_acronym(b.title, wb) or any(
            _spelled_out(x.title, y.title) for x, y in ((a, b), (b, a))
        )
    # Across documents one may name the body more fully ("Full Round" and "IGC Full Round of Consultations"),
    # but two different names ("Finance Committee", "Audit Committee") are two bodies.
    return wa <= wb or wb <= wa


_ACRONYM = re.compile(r"\b[A-ZÀ-Ý]{3,}\b")
# "Briefing: Green Card Backlogs": a calendar's type label before the name the list gives in full
_TYPE_LABEL = re.compile(
    r"^\s*(?:policy\s+|public\s+|expert\s+)?(?:briefing|webinar|roundtable|seminar|workshop|conference|forum|"
    r"panel|launch|event|taller|seminario|atelier|s[ée]minaire)\s*:\s*",
    re.I,
)
_BRACKETED_ACRONYM = re.compile(r"\(([A-ZÀ-Ý]{2,10})\)")


def _less_own_acronym(title: str, names: frozenset[str]) -> frozenset[str]:
    """The naming words less an acronym in brackets that the title has just spelled out: "Working Group on
    Admission, Control and Enforcement (ACE)" names what "Working Group on Admission, Control and Enforcement" does."""
    for acronym in _BRACKETED_ACRONYM.findall(title):
        before = title[: title.find(f"({acronym})")]
        words = [w for w in re.findall(r"[^\W\d_]+", before) if w.lower() not in _NAME_PARTICLES and w[0].isupper()]
        if acronym in "".join(w[0] for w in words):
            names = names - {normalise_title(acronym)}
    return names


_NAME_PARTICLES = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "sobre",
    "para",
    "y",
    "of",
    "the",
    "on",
    "for",
    "and",
    "et",
    "des",
    "du",
}


def _spelled_out(short: str, full: str) -> bool:
    """Whether `full` is `short` with its acronym spelled out: "Reunión del GRCM" and "Reunión del Grupo Regional de
    Consulta sobre Migración (GRCM)", the capitals of the spelled-out words making the acronym."""
    acronyms = _ACRONYM.findall(short)
    if len(acronyms) != 1:
        return False
    acronym = acronyms[0]
    words = [w for w in re.findall(r"[^\W\d_]+", full) if w.lower() not in _NAME_PARTICLES]
    capitals = [w for w in words if w[0].isupper()]
    initials = "".join(w[0].upper() for w in capitals)
    if acronym not in initials:
        return False
    rest_short = {w for w in _names(short, "", None) if w != acronym.lower()}
    if acronym in _ACRONYM.findall(full):
        return rest_short <= _names(full, "", None)
    # "COI Working Group", a box's short name for "Country of Origin Information Working Group": the acronym's
    # words spelled out in the full name, the rest alike
    at = initials.find(acronym)
    spelled = {normalise_title(w) for w in capitals[at : at + len(acronym)]}
    return bool(rest_short) and rest_short <= _names(full, "", None) - spelled


def _item_of(locator: str | None) -> str | None:
    """The news item (`article` element) a CSS locator lies in, None outside one."""
    steps = (locator or "").split(" > ")
    at = max((i for i, s in enumerate(steps) if s.split(":")[0] == "article"), default=None)
    return None if at is None else " > ".join(steps[: at + 1])


def _same_item(a: Activity, b: Activity) -> bool:
    """Both rows read from one news item: its headline's "Special Meeting" is the meeting its text tells."""
    return (item := _item_of(a.locator)) is not None and item == _item_of(b.locator)


def _places_agree(a: Activity, b: Activity) -> bool:
    """Both rows have a place, and it is one town (or one is the other's fuller name)."""
    if not (a.location and b.location) or (a.country and b.country and a.country != b.country):
        return False
    la, lb = normalise_title(a.location), normalise_title(b.location)
    return la == lb or la.startswith(lb + " ") or lb.startswith(la + " ")


def _same_publication(a: Activity, b: Activity) -> bool:
    ta, tb = normalise_title(a.title), normalise_title(b.title)
    if a.start_date is None or b.start_date is None:
        return ta == tb
    return (
        a.start_date.year == b.start_date.year
        and fuzz.ratio(ta, tb) >= PUBLICATION_SIMILARITY
        and not _numbers_differ(a.title, b.title)
    )


def _place(a: Activity) -> str | None:
    return a.country or (normalise_title(a.location) if a.location else None)


def _translations(rows: Sequence[Activity]) -> set[tuple[int, int]]:
    """Pairs of rows (by index) from two documents in two languages with the same dates and place, each
    the only such row of its document: one event read in both languages, whatever its titles."""
    groups: dict[tuple, dict[str, list[int]]] = {}
    for i, a in enumerate(rows):
        place = _place(a)
        if _is_publication(a) or not (a.language and a.start_date and a.end_date and place):
            continue
        key = (a.recipient, a.start_date, a.end_date, place)
        groups.setdefault(key, {}).setdefault(a.doc_id, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for by_doc in groups.values():
        singles = [found[0] for found in by_doc.values() if len(found) == 1]
        for i in singles:
            for j in singles:
                if i < j and rows[i].language != rows[j].language:
                    pairs.add((i, j))
    return pairs | _translations_within(rows)


# A meeting's kind word says the language of a title too short for its little words: "Second RCGM Meeting".
_KIND_LANGUAGE = {
    "meeting": "en", "workshop": "en", "seminar": "en", "conference": "en", "training": "en",
    "reunión": "es", "taller": "es", "seminario": "es", "conferencia": "es", "curso": "es",
    "réunion": "fr", "atelier": "fr", "séminaire": "fr", "conférence": "fr",
}  # fmt: skip


def title_language(title: str) -> str | None:
    if found := detect_language(title, min_hits=1, min_share=TITLE_LANGUAGE_SHARE):
        return found
    return next((_KIND_LANGUAGE[w] for w in title.lower().split() if w in _KIND_LANGUAGE), None)


TITLE_LANGUAGE_SHARE = 0.6


def _translations_within(rows: Sequence[Activity]) -> set[tuple[int, int]]:
    """Pairs of rows of one document that tell one event in two languages ("Taller sobre trata de personas ..." in
    the Spanish list, "Workshop on Trafficking in Persons ..." in the English table): same days, same country, one
    row in each language for those days. One of the two may name no place ("Seminar on Migration and Health" over
    "Seminario sobre Migración y Salud. Tegucigalpa, Honduras, ..."), but they may not name two countries."""
    groups: dict[tuple, dict[str, list[int]]] = {}
    for i, a in enumerate(rows):
        if _is_publication(a) or not (a.start_date and a.end_date):
            continue
        if (language := title_language(a.title)) is None:
            continue
        key = (a.doc_id, a.recipient, a.start_date, a.end_date)
        groups.setdefault(key, {}).setdefault(language, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for by_language in groups.values():
        if len(by_language) == 2 and all(len(found) == 1 for found in by_language.values()):
            i, j = sorted(found[0] for found in by_language.values())
            if None in (rows[i].country, rows[j].country) or rows[i].country == rows[j].country:
                pairs.add((i, j))
    return pairs


# A work's type word says the language of a title with no little words ("RCM Newsletter No. 12").
_WORK_LANGUAGE = {
    "report": "en", "newsletter": "en", "paper": "en", "brief": "en", "handbook": "en", "study": "en",
    "informe": "es", "boletín": "es", "guía": "es", "documento": "es", "estudio": "es", "memoria": "es",
    "rapport": "fr", "étude": "fr", "lettre": "fr",
}  # fmt: skip


def _work_language(a: Activity) -> str | None:
    """A work title's language: its little words, else its type word; where the little words are shared by the
    document's language and another ("de la", "en"), the document's."""
    if found := title_language(a.title):
        return found
    words = re.findall(r"[\w']+", a.title.lower())
    if typed := next((_WORK_LANGUAGE[w] for w in words if w in _WORK_LANGUAGE), None):
        return typed
    hits = {language: n for language, n in _language_hits(a.title).items() if n}
    return a.language if a.language in hits and len(hits) > 1 and max(hits.values()) == hits[a.language] else None


def _work_translations_within(rows: Sequence[Activity]) -> set[tuple[int, int]]:
    """Pairs of works of one document that lists its works in two languages (a Spanish column of cards beside its
    English one): two works of one date, in the two languages or one of them in neither that its title shows. The
    document must pair at least two dates so, and hold no date with two works in one language."""
    dated: dict[tuple, dict[tuple, list[tuple[int, str | None]]]] = {}
    for i, a in enumerate(rows):
        if _is_publication(a) and a.start_date is not None:
            by_date = dated.setdefault((a.doc_id, a.recipient), {})
            by_date.setdefault((a.start_date, a.date_precision), []).append((i, _work_language(a)))
    pairs: set[tuple[int, int]] = set()
    for by_date in dated.values():
        twos = [found for found in by_date.values() if len(found) == 2]
        known = [found for found in twos if None not in (found[0][1], found[1][1]) and found[0][1] != found[1][1]]
        repeated = any(
            len(langs) != len(set(langs)) for found in by_date.values() if (langs := [x for _, x in found if x])
        )
        if len({frozenset(x for _, x in found) for found in known}) != 1 or len(known) < 2 or repeated:
            continue
        languages = set().union(*({x for _, x in found} for found in known))
        for (i, li), (j, lj) in twos:
            if li != lj and {li, lj} - {None} <= languages:
                pairs.add((min(i, j), max(i, j)))
    return pairs


@dataclass
class _Group:
    """The rows of one activity (indices into the ordered rows), its winner first."""

    members: list[int] = field(default_factory=list)


def _keys(a: Activity) -> list[tuple]:
    """Where a row's possible matches are filed: only rows sharing a key are ever compared."""
    if _is_publication(a):
        title = ("title", normalise_title(a.title))
        return [title] if a.start_date is None else [title, ("year", a.start_date.year)]
    if a.start_date is None:
        return [("undated",)]
    end = a.end_date if a.end_date and a.end_date >= a.start_date else a.start_date
    first, last = a.start_date.year * 12 + a.start_date.month - 1, end.year * 12 + end.month - 1
    return [("month", divmod(month, 12)) for month in range(first, last + 1)]


_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b", re.I)


def _hour(a: Activity) -> tuple[int, int] | None:
    """The hour a schedule record gives its meeting ("09/10/2018 03:30 PM"), None for other rows."""
    if not a.extractor.startswith(("schedule.", "table.")) or (m := _CLOCK.search(a.snippet)) is None:
        return None
    return (int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0), int(m.group(2) or 0))


def _hours_differ(a: Activity, b: Activity) -> bool:
    """Two records of one listing on one day at different hours: two meetings (a committee at 2 and at 3:30)."""
    return a.doc_id == b.doc_id and None not in (ha := _hour(a), hb := _hour(b)) and ha != hb


def merge_activities(activities: Iterable[Activity]) -> list[Activity]:
    """One row per activity (see the module's rules), its evidence from its most confident reading
    and every place it was read in `sources`; the documents of a meeting are that meeting."""
    rows = sorted(collapse_meeting_documents(activities), key=_evidence_order)
    translations = _translations(rows)
    work_translations = _work_translations_within(rows)

    def same(i: int, j: int) -> bool:
        a, b = rows[i], rows[j]
        if _is_publication(a) and a.doc_id == b.doc_id:
            # One document lists a publication once: near-equal titles in it are two ("Indicator report 2021",
            # "Data on the Indicator report 2021"), equal ones one read twice, unless their years differ (a
            # yearly report's editions under one title).
            years = {d.year for d in (a.start_date, b.start_date) if d is not None}
            days = a.date_precision == b.date_precision == "day" and a.start_date != b.start_date
            if (min(i, j), max(i, j)) in work_translations:
                return True
            return normalise_title(a.title) == normalise_title(b.title) and len(years) <= 1 and not days
        if _is_publication(a):
            return _same_publication(a, b)
        if not _dates_overlap(a, b) or _hours_differ(a, b):
            return False
        return _same_event_titles(a, b) or (min(i, j), max(i, j)) in translations

    def fits(i: int, group: _Group) -> bool:
        # Every event of the group must overlap the row, and a row of the same document must be the same
        # activity: a month-long row must not chain two meetings of that month into one. Within a span of days
        # that a member gives ("March 30 - April 1"), a calendar's cell for each of those days is that meeting too.
        row = rows[i]
        spans = [rows[m] for m in group.members if _day_span(rows[m]) and _holds(rows[m], row.start_date)]

        def agrees(m: int) -> bool:
            other = rows[m]
            if _is_publication(row) or _dates_overlap(row, other):
                return other.doc_id != row.doc_id or same(m, i)
            return any(_holds(span, other.start_date) for span in spans)

        return all(agrees(m) for m in group.members) and any(same(m, i) for m in group.members)

    groups: list[_Group] = []
    filed: dict[tuple, list[int]] = {}  # (recipient, family, key) -> indices into `groups`, oldest first
    for i, row in enumerate(rows):
        keys = [(row.recipient, _is_publication(row), *k) for k in _keys(row)]
        candidates = sorted({g for k in keys for g in filed.get(k, [])})
        found = next((g for g in candidates if fits(i, groups[g])), None)
        if found is None:
            found = len(groups)
            groups.append(_Group([i]))
        else:
            groups[found].members.append(i)
        for k in keys:
            if found not in filed.setdefault(k, []):
                filed[k].append(found)
    merged = _timed_ids([_merged([rows[m] for m in g.members]) for g in groups])
    return sorted(merged, key=lambda a: (a.recipient, str(a.start_date), a.kind, a.title, a.activity_id))


def _timed_ids(rows: list[Activity]) -> list[Activity]:
    """Rows that share an id (one body's meetings at two hours of a day) take their hour into it."""
    counts: dict[str, int] = {}
    for a in rows:
        counts[a.activity_id] = counts.get(a.activity_id, 0) + 1
    return [
        replace(a, activity_id=activity_id(a.recipient, a.kind, f"{a.start_date}T{hour[0]:02d}:{hour[1]:02d}", a.title))
        if counts[a.activity_id] > 1 and (hour := _hour(a))
        else a
        for a in rows
    ]


def _merged(rows: Sequence[Activity]) -> Activity:
    """The winner's row, with the places of all. A meeting told in prose and again in an annex table keeps
    the fuller venue of the two: "Berne, Suisse" over the table's "Berne", the same town."""
    # A work a sidebar lists undated is the one the page dates elsewhere: the dated reading wins.
    head = next((r for r in rows if r.start_date is not None), rows[0])
    location, country = head.location, head.country
    for row in rows:
        fuller = row.location and (
            not location or normalise_title(row.location).startswith(normalise_title(location) + " ")
        )
        if fuller and (country is None or row.country in (None, country)):
            location, country = row.location, country or row.country
    # a work's byline and imprint from whichever reading gave them, where the winner's gave none (a funder's table row
    # names the work; the report's own entry names its authors)
    authors = head.authors or next((r.authors for r in rows if r.authors), ())
    publisher = head.publisher or next((r.publisher for r in rows if r.publisher), None)
    return replace(head, location=location, country=country, authors=authors, publisher=publisher, sources=_union(rows))
