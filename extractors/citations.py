"""Reference-list entries read as records: authors, year, title and publisher of one citation.

    entry = parse_citation("Adams, William Y. Nubia: Corridor to Africa. Princeton: Princeton University Press, 1977.")
    entry.authors, entry.title, entry.publisher  # ('Adams, William Y.',), 'Nubia: Corridor to Africa', ...

Reference lists are written in a handful of house styles, and each marks where the authors end:

* author-date: ``Surname, G. and Surname, G. (2014), “Title,” Venue``
  or ``Surname, Given. 2004. Title. City: Publisher.``
* quoted title: ``Surname, Given. “Title.” Journal 5 (2000): 46–58.`` or ``Given Surname, "Title." Journal 3, 1976``
* dash: ``G. Surname, G. Surname – Title, Venue, City, 2016, doi:...`` (web project pages)
* inverted book: ``Surname, Given. Title. City: Publisher, 1977.``
* direct book: ``Given Surname, Title. Place, Publisher, 1957.``

Each style is tried; the author segment must read as a list of names, and the earliest valid end wins.
`———.` stands for the authors of the entry before (the caller passes them in).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from mpdp_pipeline.extractors.dates import MONTHS, DateSpan, find_dates
from mpdp_pipeline.extractors.vocabulary import EVENT_KIND_WORDS

from mpdp_pipeline.schemas import DatePrecision

YEAR = r"(?:1[5-9]\d\d|20\d\d)"  # old books (1790) are cited too
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_INITIALS = re.compile(rf"^(?:[{_UP}][{_LOW}]?\.?(?:\s?-?\s?[{_UP}][{_LOW}]?\.)*|[{_UP}]{{1,3}})$")
_NAME_WORD = re.compile(rf"^(?:[{_UP}]['’´]?[{_UP}{_LOW}'’´\-]*\.?|[{_UP}]\.-?[{_LOW}]\.?|Mc[{_UP}][{_LOW}]+)$")
# Lower-case words that belong to names (de Haas, van de Par, von Zabern); anything else ends a name.
_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "della",
    "der",
    "den",
    "des",
    "du",
    "dos",
    "van",
    "von",
    "le",
    "la",
    "y",
    "bin",
    "al",
}
# Capitalised words that begin titles, never names.
_NOT_NAME_WORDS = {
    "The", "A", "An", "On", "In", "Of", "For", "And", "With", "From", "To", "Towards", "How", "What", "Why",
    "La", "El", "Los", "Las", "Le", "Les", "Un", "Une", "Des", "Die", "Der", "Das", "Ein", "Eine",
    "Proceedings", "Journal", "University", "Press", "Report", "Vol", "Volume", "Chapter", "Part", "Series",
    "URL", "Available", "Retrieved", "Accessed", "Cited", "See", "Table", "Figure", "Fig",
}  # fmt: skip
# Words that make a name an organisation's ("UCAISM Global Initiative", "Migration Policy Institute"): an author
# in a citation, but on a card's meta line where the authors work.
ORGANISATION_WORDS = {
    "Initiative", "Institute", "Institut", "Instituto", "University", "Universidad", "Université", "Centre", "Center",
    "Centro", "Network", "Red", "Réseau", "Foundation", "Fundación", "Fondation", "Programme", "Program", "Programa",
    "Council", "Committee", "Commission", "Comisión", "Organization", "Organisation", "Organización", "Association",
    "Asociación", "Society", "Ministry", "Ministerio", "Ministère", "Department", "Office", "Agency", "Secretariat",
    "Conference", "Government", "Project", "Proyecto", "Laboratory", "Observatory", "Observatorio", "Group",
}  # fmt: skip
_NAME_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:and|&|y|et|und)\s+|\s+(?:and|&|y|et|und|with|con|avec)\s+|;\s*|,\s*)")
# "eds.", "(Ed.)", "editor": lower case, or in brackets, so that "Smith, Ed" keeps its given name.
_EDITOR = re.compile(
    r"(?:,\s*|\s+)(?:eds?\.?|editors?|edited by|hrsg\.?|coords?\.|comps?\.|dirs?\.|éds?\.?|\((?i:eds?|hrsg)\.?\))\s*$"
)
_ET_AL = re.compile(r",?\s*\bet\.?\s*al\.?,?", re.I)
_REPEAT = re.compile(r"^\s*(?:[—–_-]\s*){2,}\s*[.,]?\s*")  # "———." : same authors as the entry above
_ENUMERATOR = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+")
_BACKREF = re.compile(r"\s*\((?:cited|cit\.|zitiert|cité|citado)\b[^)]*\)\.?", re.I)  # "(Cited on page 53)"
_URL = re.compile(r"(?:https?:\s*//|www\.|doi:\s*|URL\s+)\S*(?:\s+\S*[/.]\S*)*", re.I)
# A sentence ends at ". " unless the period closes an initial or an abbreviation ("J. Blauert", "vol. 3").
_SENTENCE_STOP = re.compile(rf"[.?!][”\"’]?\s+(?=[{_UP}“\"'0-9(¿¡])")
_ABBREVIATIONS = {
    "vol",
    "vols",
    "eds",
    "ed",
    "no",
    "nos",
    "pp",
    "p",
    "st",
    "dr",
    "mr",
    "vs",
    "cf",
    "ca",
    "al",
    "jr",
    "exh",
}
_MONTH_DAY = re.compile(r"^(?:[A-Za-zéû]{3,10})\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
_QUOTED = re.compile(
    r"^\s*(?:“(?P<a>.+?)”|\"(?P<b>.+?)\"|«\s*(?P<c>.+?)\s*»|„(?P<d>.+?)“|‘(?P<e>.+?)’(?!\w)"
    r"|'(?P<f>[^']{3,}?(?:'\w[^']*?)*)'(?=[,.:;]?\s|[,.]?$))"  # Harvard's straight quotes: 'Title', Journal
)
_DASH = re.compile(r"\s+[–—-]\s+")
# Words that start the venue after a title in "Title, Venue, City, Year" (the dash style).
_VENUE_START = re.compile(
    r",\s+(?=(?:Proceedings|Proc\.|Journal|J\.|Transactions|Trans\.|IEEE|ACM|AES|EAA|Conference|Conf\.|Congress|"
    r"Convention|Symposium|Workshop|Meeting|Forum|Annual|International|Int\.|Letters|Annals|Bulletin|Review|"
    r"Revue|Revista|Actes|Acta|Jahrestagung|Tagung|Handbook|In:|In |En:|En |Dans |PLoS|Frontiers|Nature|"
    r"[A-Z]{3,}\b|\d|[A-Z][a-z]+,?\s+W\.|[A-Z][\w.]*,\s+[A-Z]\.\s*[A-Z]?\.?\s*\(Ed))"
)
# "Cambridge, MA: Harvard University Press", "Mainz am Rhein: von Zabern", "London: G. G. J. and J. Robinson"
_CITY_WORD = rf"(?:[{_UP}][\w’'\-]+|am|an|upon|on|de|sur|im)"
_CITY_PUBLISHER = re.compile(
    rf"(?:^|[.;]\s+|\)\s+|\()(?!In\s|En\s|Dans\s|ISBN|ISSN|DOI|URL|Collection|S[ée]rie)(?P<city>[{_UP}][\w’'\-]+(?:\s{_CITY_WORD}){{0,3}}"
    rf"(?:,\s*[{_UP}][\w.]*){{0,2}})\s?:\s*(?P<pub>(?:[^.;:]|(?<=\b[{_UP}])\.){{2,90}}?)\s*(?=,\s*(?:[^\W\d_]{{3,10}}\.?\s+)?{YEAR}|(?<!\b[{_UP}])\.(?:\s|$)|;|$)"
)
_PLACE_PUBLISHER_YEAR = re.compile(
    rf"(?:^|[.]\s+)(?P<place>[{_UP}][A-Za-zÀ-ÿ .]{{1,30}}?),\s+(?P<pub>[^,]{{2,80}}?),\s+{YEAR}\b"
)
# The whole venue is "Place, Publisher." (a French or Spanish imprint after an author-date title): no digits,
# a place of one to three capitalised words.
_PLACE_PUBLISHER_END = re.compile(
    rf"^(?P<place>[{_UP}][\w’'\-]+(?:[ \-](?:[{_UP}][\w’'\-]+|sur|am|de)){{0,2}}),\s+"
    rf"(?P<pub>[{_UP}][^,;:\d]{{1,80}}?)\.?$"
)
_PUBLISHER_WORD = re.compile(
    r"[^,.;:()“”\"]*\b(?:Press|Presses|Publishers?|Publishing|Verlag|Éditions|Editions|Editorial|Ediciones|Books|"
    r"Springer|Wiley|Elsevier|Routledge|Macmillan|Harrassowitz|Brill)\b[^,.;:()“”\"]*"
)
# A year after an article names a thing ("the 2030 Agenda", "la crisis de 2008" aside): never the entry's date.
_YEAR_AT = re.compile(
    rf"(?<![\d\-–/:.])(?<!pp\.\s)(?<!p\.\s)(?<!pp\.)(?<!\bthe\s)(?<!\bThe\s)(?<!\bla\s)(?<!\bel\s)(?<!\ble\s)"
    rf"({YEAR})[a-z]?(?![\d])"
)


@dataclass(frozen=True)
class Citation:
    """What one reference-list entry says, as written."""

    authors: tuple[str, ...]
    title: str
    year: DateSpan | None
    publisher: str | None
    venue: str  # what follows the title: journal, proceedings, place and publisher
    repeat: bool  # the authors were written "———": the caller lends the entry's authors before
    quoted: bool  # the title was in quotation marks: a part (article, chapter) of something larger
    text: str  # the entry, cleaned of back-references


# A bibliography tool's key before the names: "Gar18: ", "dGouveaMSS20: ", "DUNECollaboration20a: ".
_BIB_KEY_TEXT = r"^\s*[A-Za-z][\w+]{1,30}\d\d[a-z]?:\s+(?=[A-Z])"
_BIB_KEY = re.compile(_BIB_KEY_TEXT)
# "[CICM1616]", "[Fan+16]", or a key as above
_KEY = re.compile(rf"^\s*\[[\w+.:-]{{2,16}}\]\s+|\s+\[[\w+.:-]{{2,16}}\]\s*$|{_BIB_KEY_TEXT}")


def opens_with_key(text: str) -> bool:
    """Whether `text` opens with a bibliography key ("dGouveaMSS20: A. de Gouvêa ..."): a new entry."""
    return bool(_BIB_KEY.match(text))


_LOOSE_ACCENT = re.compile(r"(?<=\s)[¨´`˜ˆ]\s?|\s[¨´`˜ˆ](?=\S)")  # accents a PDF left beside their letter


_TYPES = (
    r"journal article|article|report|policy brief|book chapter|chapter|book|working paper|fact sheet|art[ií]culo"
    r"|informe|libro|cap[ií]tulo|rapport|ouvrage|chapitre"
)
_TYPE_LEAD = re.compile(
    rf"^(?i:{_TYPES})\s+(?=[{_UP}][\w'’-]+,\s)"
    # "Policy brief. Nadia Rahimi, Title (...)": the label closed by its stop, before names in direct order
    rf"|^(?i:{_TYPES})\.\s+(?=[{_UP}][\w'’-]+(?:\s(?:[{_UP}][\w'’.-]*|and|y|et)){{1,7}},\s)"
)


def type_label_of(text: str) -> str | None:
    """The type label an entry opens with ("Journal Article", "Report") or closes with in brackets ("... March 2011.
    [Article]"), if it has one."""
    match = _TYPE_LEAD.match(_ENUMERATOR.sub("", text.strip(), count=1))
    closing = _TYPE_TAIL.search(text)
    return match.group(0).strip() if match else closing.group("label") if closing else None


_TYPE_TAIL = re.compile(r"\[(?P<label>[^\W\d_][^\]\d]{2,30})\]\.?\s*$")


@functools.lru_cache(maxsize=4096)  # every style and test asks for the same entry's clean text
def clean_entry(text: str) -> str:
    """The entry less its list number or key, "(Cited on page N)" back-references and stray accents."""
    text = _KEY.sub(" ", _ENUMERATOR.sub("", text, count=1)).strip()
    text = _TYPE_LEAD.sub("", text, count=1)  # "Journal Article Ellison, Catherine, and ...": the item's type label
    text = _LOOSE_ACCENT.sub(" ", text)
    text = re.sub(r"\s+", " ", _BACKREF.sub("", text)).strip()
    # Fields set apart by markup come out with spaces inside their brackets and before their stops:
    # "Gimeno, F. ; Lara, A. ( 2022 ). Title . Journal" is "Gimeno, F.; Lara, A. (2022). Title. Journal".
    text = re.sub(r"\(\s+|\s+\)", lambda m: m.group(0).strip(), text)
    text = re.sub(r"(?<=\d\))\.(?=[^\W\d_])", ". ", text)  # "(2021).Estimation of ..."
    text = text.replace("\u2010", "-").replace("\u2011", "-")  # "Rodríguez‐López": a typographic hyphen
    return re.sub(r"\s+(?=[.,;](?:\s|$))", "", text)


_NAME_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.I)
MAX_NAME_PART_WORDS = 4


def natural_order(name: str) -> str:
    """A name as a reader says it: "Carrera, Ana" -> "Ana Carrera", "Papademetriou, Demetrios G" -> "Demetrios G.
    Papademetriou"; a name already in that order, or with a suffix after its comma ("King, Jr."), as it is."""
    surname, comma, given = name.partition(",")
    surname, given = surname.strip(), given.strip()
    if not comma or "," in given or not given or not surname or _NAME_SUFFIX.match(given):
        return name
    if len(surname.split()) > MAX_NAME_PART_WORDS or len(given.split()) > MAX_NAME_PART_WORDS:
        return name
    given = re.sub(r"(?<![\w.])([A-ZÀ-Ý])$", r"\1.", given)  # "Demetrios G" lost its initial's stop
    return f"{given} {surname}"


def names_in(segment: str, *, bylined: bool = False) -> tuple[str, ...] | None:
    """The names an author segment lists, as written ("Surname, Given" kept whole); None if it is no name list.
    `bylined`: a byline says these are names ("Por ..."), so four plain words are one ("Ana Luisa Pacheco Meraz")."""
    segment = _EDITOR.sub("", segment.strip(" ,.;:(")).strip(" ,.;:")
    segment = re.sub(r",?\s*\b(?:Jr|Sr)\.?(?=,|$)", "", segment)  # "Harrell, Frank E, Jr."
    segment = _ET_AL.sub(",", segment).strip(" ,")
    if not segment or len(segment) > 400 or re.search(r"\d|[“”\"«»:!?()\[\]/]", segment):
        return None
    people = [p.strip() for p in segment.split(";") if p.strip()]
    if len(people) >= 2 and all(p.count(",") == 1 for p in people):
        # "Vergara-Perucich, Francisco; De Mattos, Carlos A.": semicolons part the people, commas their names
        pairs = [[x.strip() for x in p.split(",")] for p in people]
        if all(_is_name_piece(surname, bylined) and _is_name_piece(given, bylined) for surname, given in pairs):
            return tuple(
                f"{surname}, {given.rstrip('.') if _is_initials(given) else given}" for surname, given in pairs
            )
    pieces = [p.strip(" ").rstrip(",") for p in _NAME_SPLIT.split(segment) if p.strip(" .")]
    if not pieces or len(pieces) > 60 or not all(_is_name_piece(p, bylined) for p in pieces):
        return None
    return _pair_inverted(pieces, segment)


def _is_name_piece(piece: str, bylined: bool = False) -> bool:
    words = piece.split()
    if not 1 <= len(words) <= 5 or (len(words) > 1 and words[0] in _NOT_NAME_WORDS):
        return False
    if words[0].lower() in _PARTICLES and len(words) > 1:
        words = words[1:]
    if len(words) >= (5 if bylined else 4) and not any(w.lower() in _PARTICLES or w.endswith(".") for w in words):
        return False  # "Board Meeting Public Notice": four plain capitalised words make a title, not a name
    if any(w.endswith(".") and len(w.strip(".")) > 2 and not _INITIALS.match(w) for w in words[:-1]):
        return False  # "Useability Assessment. Library Practices": a full word closing a sentence inside it
    return all(_name_word(w) for w in words) and any(w.lower() not in _PARTICLES for w in words)


def _name_word(word: str) -> bool:
    """ "Smith", "O’Connor", "A.", "C.-J.", "A.-r.", "F.Lerasle", "de": a word that may stand in a name."""
    return bool(
        _NAME_WORD.match(word)
        or _INITIALS.match(word if word.endswith(".") else word + ".")
        or re.fullmatch(rf"[{_UP}]\.[{_UP}][{_LOW}]+", word)
        or word.lower() in _PARTICLES
    )


def _pair_inverted(pieces: list[str], segment: str) -> tuple[str, ...]:
    """`Surname, Given` pairs joined again: the split cut every comma, and a given name alone is no author."""
    names: list[str] = []
    i = 0
    opened_inverted = False
    while i < len(pieces):
        piece = pieces[i]
        given = pieces[i + 1] if i + 1 < len(pieces) else None
        inverted = given is not None and (
            (_is_initials(given) and not _has_initial(piece))
            # "Smith, John" opens inverted, and a list opened so keeps it ("Roe, Jane, Smith, Alan, and Kumar,
            # Priya"); "Kevin O'Neil, Kimberly Hamilton" is two authors written in order.
            or (
                (i == 0 or opened_inverted)
                and _surname_like(piece)
                and not _has_initial(piece)
                and _given_like(given)
                and not _full_name_pair(piece, given)
            )
            # "HARTMANN, Anna et LEBLANC, Pierre": a surname in capitals (ISO 690, French usage) opens every name
            # ... and two surnames in capitals, as Spanish writes them ("MORALES VEGA, Ana Lucía y CASTRO ROJAS, Jorge")
            or (
                (_surname_like(piece) or len(piece.split()) == 2)
                and piece.isupper()
                and len(piece) > 2
                and _given_like(given)
                and not given.isupper()
            )
        )
        if inverted and f"{piece}, {given.rstrip('.')}" in segment.replace(".,", ","):
            names.append(f"{piece}, {given.rstrip('.')}")
            opened_inverted = opened_inverted or i == 0
            i += 2
        else:
            names.append(piece.rstrip(".") if not _has_initial(piece.split()[-1]) else piece)
            i += 1
    return tuple(names)


def _full_name_pair(piece: str, given: str) -> bool:
    """ "Joanne van Selm, Erin Patrick": a name with a particle inside it, then two full words, is two authors
    written in order; an inverted surname with a particle ("Wihtol de Wenden, Catherine") takes one given name."""
    words, given_words = piece.split(), given.split()
    inner_particle = len(words) >= 3 and words[0].lower() not in _PARTICLES
    return inner_particle and len(given_words) >= 2 and not any(_has_initial(w) for w in given_words)


def _surname_like(piece: str) -> bool:
    """One word ("Adams") or a surname with its particles ("van der Berg", "De Haas")."""
    words = piece.split()
    return (
        len(words) == 1
        or all(w.lower() in _PARTICLES for w in words[:-1])
        or (len(words) <= 4 and any(w.lower() in _PARTICLES for w in words[1:-1]))  # "Wihtol de Wenden"
    )


def _is_initials(piece: str) -> bool:
    """ "A. H.", "C.-J.", "D", "CH": initials only, written after an inverted surname."""
    words = piece.split()
    joined = piece.replace(" ", "")
    return all(w.endswith(".") or len(w) <= 2 for w in words) and bool(_INITIALS.match(joined.rstrip(".") + "."))


def _has_initial(piece: str) -> bool:
    return any(_INITIALS.match(w) and len(w.strip(".")) <= 2 for w in piece.split())


def _given_like(piece: str) -> bool:
    """ "William Y.", "E. A. Wallis", "Stephen": given names, written after an inverted surname."""
    words = piece.split()
    return 1 <= len(words) <= 3 and not any(w.lower() in _PARTICLES for w in words[:1])


@dataclass(frozen=True)
class _Cut:
    """Where one house style says the authors end and what follows them."""

    end: int  # the author segment is text[:end]
    rest: int  # the title starts here
    authors: tuple[str, ...]
    year: DateSpan | None  # the author-date year
    style: str


# The year of an author-date entry: "2004." / "(2004)," closed by punctuation, or a bracketed "(2003) Title"
# (Harvard), or a bracketed word saying the work is not out yet ("(forthcoming)", "(en prensa)", "(à paraître)"),
# or APA's dated year for reports and papers: "(2009, September)", "(2010, March 15)".
_IN_PRESS = r"(?:\s*,?\s*(?:in press|forthcoming|en prensa|sous presse))?"  # "(2011 in press)", "(2011in press)"
_AUTHOR_YEAR = re.compile(
    rf"[\s.,]*(?:\((?P<apa>{YEAR})[a-z]?,\s*(?:(?P<day_first>\d{{1,2}})\s+(?:de\s+)?)?(?P<month>[A-Za-zéû]{{3,10}})\.?"
    rf"(?:\s+(?P<day>\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?)?\)(?=[.,:;]?\s)"
    rf"|\(?(?P<year>{YEAR})[a-z]?{_IN_PRESS}\)?(?=[.,:;]|\s*$)|\((?P<harvard>{YEAR})[a-z]?{_IN_PRESS}\)(?=\s+[\w'‘“\"«¿¡])"
    r"|\((?P<pending>forthcoming|in press|en prensa|por publicar|à paraître|sous presse|n\.\s?d\.|s\.\s?f\.)\)"
    # "(June 2006)", "(junio de 2006)", "(octobre 2006)": the month before the year
    rf"|\((?P<month_first>[A-Za-zéû]{{3,10}})\.?\s+(?:de\s+)?(?P<myear>{YEAR})\)"
    r"(?=[.,:;]?\s))",
    re.I,
)
# "(ed.)", "(eds.)", "(dir.)", "(coord.)", "(comp.)", "(éd.)": an editor's mark between the names and the year.
_EDITOR_MARK = re.compile(r"\s*[,(]\s*(?:eds?|hrsg|dirs?|coords?|comps?|éds?)\.?\)?\s*$", re.I)


_NOT_OUT_LEAD = re.compile(
    r"\W*(?:forthcoming|in press|in preparation|en prensa|en preparaci[oó]n|pr[oó]ximamente|à paraître|sous presse"
    r"|en cours)\W*",
    re.I,
)
_WITH_CONTRIBUTORS = re.compile(r",?\s+(?:with|con|avec)\s+(?=[A-ZÀ-Ý])")


def _author_date(text: str) -> _Cut | None:
    match = _AUTHOR_YEAR.search(text)
    if not match or match.start() == 0:
        return None
    head = _EDITOR_MARK.sub("", text[: match.start()])
    if _NOT_OUT_LEAD.fullmatch(head):
        return None  # "Forthcoming (2008): Report on ...": a work still to come, no author's
    names = names_in(head) if head.strip() else None
    if names is None and (joint := _WITH_CONTRIBUTORS.search(head)):
        # "Papademetriou, D., M. Sumption, and A. Terrazas, with C. Burkert and R. Ferrero-Turrión. 2010.": the
        # contributors after "with" are authors too, in the order printed
        lead, rest = names_in(head[: joint.start()]), names_in(head[joint.end() :])
        names = lead + rest if lead and rest else None
    if names is None:
        names = _corporate(head)
    if names is None:
        return None
    if match.group("myear") and MONTHS.get(match.group("month_first").lower()) is None:
        return None  # "(Geneva 2006)": no month
    group = "year" if match.group("year") else "harvard" if match.group("harvard") else None
    year = _year_span(text, match.start(group)) if group else _apa_date(match) or _month_year(match)
    return _Cut(match.start(), match.end(), names, year, "author_date")


def _month_year(match: re.Match[str]) -> DateSpan | None:
    """ "(June 2006)": the month an author-date entry gives before its year."""
    if not match.group("myear") or (month := MONTHS.get(match.group("month_first").lower())) is None:
        return None
    year = int(match.group("myear"))
    first, last = datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
    return DateSpan(match.group(0).strip(" .,()"), first, last, DatePrecision.MONTH, match.start() + 1, match.end())


def _apa_date(match: re.Match[str]) -> DateSpan | None:
    """ "(2009, September)": the month, or the day, an APA entry gives after its year."""
    month = MONTHS.get(match.group("month").lower()) if match.group("apa") else None
    if month is None:
        return None
    year = int(match.group("apa"))
    day = match.group("day") or match.group("day_first")  # "(2010, March 15)", "(2011, 24 de junio)"
    if day and 1 <= int(day) <= calendar.monthrange(year, month)[1]:
        first = last = datetime.date(year, month, int(day))
        precision = DatePrecision.DAY
    else:
        first = datetime.date(year, month, 1)
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        precision = DatePrecision.MONTH
    return DateSpan(match.group(0).strip(" .,"), first, last, precision, match.start("apa") - 1, match.end())


# Lower-case words inside a body's name: "Global Commission on International Migration", "Organización
# Internacional para las Migraciones".
_BODY_LINKS = {"of", "for", "on", "and", "the", "de", "del", "la", "las", "los", "el", "y", "para", "pour", "les",
               "des", "du", "sur", "et", "in", "&"}  # fmt: skip


# The first word of a public body's name, in the languages of the genre (its other words may be lower case).
_BODY_NOUNS = {
    "organisation", "organization", "organización", "organização", "commission", "comisión", "comissão",
    "conseil", "consejo", "council", "haut", "alto", "office", "oficina", "bureau", "ministère", "ministerio",
    "ministry", "secrétariat", "secretaría", "secretariat", "comité", "committee", "institut", "instituto",
    "institute", "agence", "agencia", "agency", "observatoire", "observatorio", "centre", "centro", "center",
    "direction", "dirección", "fondation", "fundación", "foundation", "département", "departamento", "department",
    "presidencia", "presidency", "présidence", "conferencia", "conférence", "conference", "consultations",
}  # fmt: skip


# More words that say a name is a body's: "United Nations High Commissioner for Refugees", "World Bank Group".
_BODY_WORDS = {
    "Nations", "Commissioner", "Bank", "Fund", "Union", "Court", "Parliament", "Service", "Bureau", "Authority",
    "Board", "Forum", "Alliance", "Coalition", "Partnership", "Unit", "Division", "Team", "Panel", "Assembly",
    "Senate", "Congress", "Administration", "Directorate", "Consultations", "Federation", "Trust", "Council",
}  # fmt: skip


def _corporate(head: str) -> tuple[str, ...] | None:
    """ "R Core Team", "Blender Foundation", "MORSE", "International Organization for Migration (IOM)",
    "Organisation internationale pour les migrations (OIM)": a body as author, capitalised or closed by its
    acronym in brackets."""
    head = head.strip(" .,")
    words = head.split()
    if not words or not words[0][:1].isupper() or re.search(r"[.:;!?\"“”]|\d", head.replace(".)", ")")):
        return None
    acronym = re.search(r"\s\([A-ZÀ-Ý]{2,8}\)$", head)
    if acronym and len(words) <= 10:
        return (head,)
    if 1 <= len(words) <= 4 and all(w[:1].isupper() or w in ("&", "of", "for") for w in words):
        return (head,)
    if words[0].casefold() in _BODY_NOUNS and len(words) <= 12:
        return (head,)  # "Haut Commissariat des Nations Unies pour les réfugiés": French and Spanish lower-case
    capital = [w for w in words if w[:1].isupper()]
    named = any(w.strip(",") in ORGANISATION_WORDS | _BODY_WORDS or w.casefold() in _BODY_NOUNS for w in words)
    listed = "," in head  # "A Gabriel, D Monticolo, M Camargo": names the name rules leave, kept as one author
    if 5 <= len(words) <= 8 and all(w[:1].isupper() or w in _BODY_LINKS for w in words) and len(capital) >= 3:
        # a body's name says what it is ("Inter-American Development Bank Research Department"), where a title of
        # capitalised words ("Data Quality Assessment Tool for Administrative Data") names no body
        return (head,) if named or listed else None
    return None


def _quoted(text: str) -> _Cut | None:
    match = re.search(r"[“\"«„]", text)
    if not match or match.start() == 0:
        return None
    names = names_in(text[: match.start()])
    return _Cut(match.start(), match.start(), names, None, "quoted") if names else None


def _dashed(text: str) -> _Cut | None:
    match = _DASH.search(text)
    if not match:
        return None
    names = names_in(text[: match.start()])
    if names and any(EVENT_KIND_WORDS.search(n) for n in names):
        return None  # "VI Reunión Viceministerial — San José, Costa Rica, marzo de 2001": a meeting, where and when
    return _Cut(match.start(), match.end(), names, None, "dash") if names else None


def _period(text: str) -> _Cut | None:
    """`Surname, Given. Title` or `Surname, Given, and Given Surname, eds. Title`: the names end at a period."""
    for match in re.finditer(r"\.\s+(?=[“\"A-ZÀ-ÖØ-Þ0-9¿¡])", text):
        head = text[: match.start() + 1]
        if not re.match(rf"^(?:[a-z]+\s+)*[{_UP}][^,]{{0,40}},\s", head):
            return None  # inverted names only: "Given Surname. Title" cannot be told from a sentence
        names = names_in(head)
        if names and _name_goes_on(names, head, text[match.end() :]):
            continue
        if names:
            return _Cut(match.start() + 1, match.end(), names, None, "period")
    return None


def _name_goes_on(names: tuple[str, ...], head: str, tail: str) -> bool:
    """Whether the period that ends `head` closed an initial inside a name rather than the author list:
    "George A." (a direct name wants its surname), "E. A." (given initials, then "Wallis."), or more names."""
    if not re.search(rf"(?:^|[\s,.])[{_UP}][{_LOW}]?\.$", head):
        return False
    last = names[-1]
    if ", " not in last:
        return True  # "and George A." : the surname follows
    given = last.split(", ", 1)[1]
    if _INITIALS.match(given.replace(" ", "") + ".") and re.match(rf"[{_UP}][{_LOW}]*[.,]\s", tail):
        return True  # "Budge, E. A. Wallis."
    return bool(re.match(rf"[{_UP}][{_LOW}]+,\s+(?:and\s+)?[{_UP}]", tail))


# A piece of a direct-order name list: no comma, no stop but a middle initial's ("Daniel R. Whitfield")
_PIECE = rf"(?:[^.,]|(?<=\s[{_UP}])\.(?=\s))+"


MAX_NAME_LIST_CHARS = 240  # the longest author list a direct-order entry opens with, its stop included
_AND = re.compile(r"\s(?:and|&|y|et)\s")


def _comma(text: str) -> _Cut | None:
    """`Given Surname, Title.`, `Given Surname, Given Surname, and Given Surname, Title.` and
    `Given Surname, editor, Title.`: a direct-order list ends at the comma after its "and" name, or at the first
    comma when no "and" closes it (a title may open with a word that reads as a name: "Lengths, Widths")."""
    # "Florian Rabe, Mihnea Iancu, and Dennis Muller. Title.", "Catherine Osei and Daniel R. Whitfield. Title.": a
    # list closed by its "and" name and a period; a middle initial's stop is no end of it.
    # (names and their stop open the entry: a text with no stop early on is read by the rest, at no regex's cost)
    head = text[:MAX_NAME_LIST_CHARS]
    stop, joined = head.rfind(". "), _AND.search(head)
    listed = (
        re.match(rf"(?P<names>{_PIECE}(?:,\s+{_PIECE})*,?\s+(?:and|&|y|et)\s+{_PIECE}?)(?<!\s[{_UP}])\.\s+(?=\S)", head)
        if joined and joined.start() < stop
        else None
    )
    # "Laura Mendel, Aaron Whitfield. Points and Offers ...", "Marisol Estrada, Peter Lindqvist, eds. Migration ...":
    # direct-order names, each of two words or more, closed by a period without an "and"
    if not listed and -1 < head.find(",") < stop:
        listed = re.match(
            rf"(?P<names>[^.,]+(?:,\s+(?:[{_UP}]\.\s)?[^.,]+)+?)(?:,\s*eds?)?\.\s+(?=[{_UP}“\"0-9])", text
        )
    found = names_in(listed.group("names")) if listed else None
    if listed and found and all(", " not in n and len(n.split()) >= 2 for n in found):
        return _Cut(listed.end("names"), listed.end(), found, None, "comma")
    first = re.search(r",\s+", text)
    if not first or first.start() > 120:
        return None
    names = names_in(text[: first.start()])
    if names is None or any(", " in n for n in names) or len(names[0].split()) < 2:
        return None  # an inverted name ("Adams, William Y."): the period style reads it
    end, rest = first.start(), first.end()
    for match in re.finditer(r"(?P<piece>[^,]{1,60}?),\s+", text[first.end() :]):
        piece = match.group("piece")
        if re.fullmatch(r"\s*(?:editors?|eds?\.|ed\.|\(eds?\.?\))\s*", piece, re.I):
            end, rest = first.end() + match.end(0) - 2, first.end() + match.end()
            break
        closing = re.match(r"\s*(?:and|&|with|y|et)\s+(?P<name>.+)$", piece)
        if closing and names_in(closing.group("name")):
            end, rest = first.end() + match.end("piece"), first.end() + match.end()
            break
        found = names_in(piece)
        if (
            found
            and len(found) >= 2
            and re.search(r"\s(?:and|&|y|et)\s", piece)
            and all(len(n.split()) >= 2 for n in found)
        ):
            # "Laura Whitfield, Andrés Castañeda and Kevin O'Rourke, Title": the list closes on its "and" name
            end, rest = first.end() + match.end("piece"), first.end() + match.end()
            break
        if not found or len(found) != 1 or len(piece.split()) < 2:
            break
        if _has_initial(
            piece.split()[0]
        ):  # "JP. Micaëlli, E. Bonjour, Title": a name with its initials goes on the list
            end, rest = first.end() + match.end("piece"), first.end() + match.end()
    names = names_in(text[:end])
    return _Cut(end, rest, names, None, "comma") if names else None


# "Gurgiser, W., Juen, I., and Kaser, G.: Title, Journal, 2016.": the geosciences' style, inverted names with
# initials only, ended by a colon. Initials are required: "Body: title" lines have none.
_SURNAME = rf"[{_UP}][{_LOW}'’\-]+(?:\s[{_UP}][{_LOW}'’\-]+)?"
_INITIAL_NAME = rf"{_SURNAME},\s[{_UP}]\.(?:\s?-?[{_UP}]\.)*"


def _name_list(name: str) -> str:
    """A list of names shaped by the pattern `name`: "A, B, and C", "A and B", "A"."""
    return rf"{name}(?:,\s(?:and\s)?{name})*(?:,?\s(?:and|&)\s{name})?"


_COLON_NAMES = re.compile(rf"^(?P<names>{_name_list(_INITIAL_NAME)}(?:,?\set al\.)?):\s+(?=\S)")


def _listed_names(pattern: re.Pattern[str], text: str, style: str) -> _Cut | None:
    """The cut after the list of names `pattern` opens `text` with, if they read as names."""
    match = pattern.match(text)
    names = names_in(match.group("names")) if match else None
    return _Cut(match.end("names"), match.end(), names, None, style) if match and names else None


def _colon(text: str) -> _Cut | None:
    """`Surname, I., Surname, I. J., and Surname, I.: Title`: initials-only inverted names ended by a colon."""
    return _listed_names(_COLON_NAMES, text, "colon")


# "S. Gardiner. Title.", "A. de Gouvêa, I. Martinez-Soler, and M. Sen. Title.": the sciences' style, names in
# direct order with initials first, ended by a period before the title.
_SURNAME_PART = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*"  # "Martinez-Soler", "O'Neil"
_INITIALS_NAME = (
    rf"(?:[{_UP}]\.\s?-?){{1,3}}\s?(?:(?:de|van|von|der|da|del|di|le|la)\s)*{_SURNAME_PART}(?:\s{_SURNAME_PART})?"
)
_INITIALS_FIRST = re.compile(rf"^(?P<names>{_name_list(_INITIALS_NAME)})\.\s+(?=[{_UP}0-9“\"])")


def _initials_first(text: str) -> _Cut | None:
    """`I. Surname, I. J. Surname, and I. Surname. Title`: direct-order names with initials first."""
    return _listed_names(_INITIALS_FIRST, text, "initials")


# "Smith AB, Jones CD, Brown E. Title. Journal. 2008;371:1-10.": the Vancouver style of medicine and public
# health, surnames then bare initials, comma-separated, the list closed by a period ("Boly V., Morel L" too).
# Initials may carry their periods ("Mehrabani Golzar M. R., Chery O., Boly V. Title").
_VANCOUVER_NAME = rf"{_SURNAME_PART}(?:[\s-]{_SURNAME_PART})?\s(?:[{_UP}]\.\s?){{0,2}}[{_UP}]{{1,3}}(?:\.(?=,))?"
_VANCOUVER = re.compile(
    rf"^(?P<names>{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})+(?:,?\set\.?\sal)?)\.\s+(?=[{_UP}0-9“\"«¿¡])"
    rf"|^(?P<one>{_SURNAME_PART}\s[{_UP}]{{1,3}})\.\s+(?=[{_UP}0-9“\"«¿¡])"
)


def _vancouver(text: str) -> _Cut | None:
    """`Surname AB, Surname C. Title`: inverted names with bare initials, ended by a period."""
    match = _VANCOUVER.match(text)
    if match is None:
        return None
    group = "names" if match.group("names") else "one"
    if group == "one" and not re.search(rf"\s[{_UP}]{{2,3}}$", match.group("one")):
        return None  # "Geneva A. Title": one name with one initial is too like a sentence's words
    names = tuple(n.strip(" .") for n in re.split(r",\s", re.sub(r",?\set\.?\sal$", "", match.group(group))))
    return _Cut(match.end(group), match.end(), names, None, "vancouver")


# "BÉLAND François, QUESNEL-VALLÉE Amélie et ROBERT Lionel (sous la direction de). Title.": the French style of
# surnames in capitals before the given names (a comma between them allowed: "SUÁREZ-HERRERA, José Carlos"),
# an editors' mark before the period that closes the list.
_CAPS_SURNAME = (
    rf"(?:(?:(?:De|Di|Van|Von|Le|La|Du|Da|de|van|von|du|da)\s)?(?:Mc|Mac)?[{_UP}][{_UP}'’-]+"
    rf"(?:\s(?:DE|DA|DU|DEL|DES|VAN|LA|LE))?(?:\s[{_UP}][{_UP}'’-]+)*)"
)
_GIVEN = rf"(?:[{_UP}][{_LOW}'’-]+\.?(?:[\s-][{_UP}][{_LOW}'’-]+\.?)*(?:\s[{_UP}]{{1,2}}\.?)?|[{_UP}]{{1,2}}\.?)"
_CAPS_NAME = rf"{_CAPS_SURNAME},?\s{_GIVEN}"
_CAPS_EDITOR = (
    r"\s*\((?i:(?:collectif\s)?(?:sous la direction de|sous la dir\.|dir\.|[ée]ds?\.?|editors?|coords?\.?|comps?\.?))\)"
)
_CAPS_EDITORS = rf"(?:{_CAPS_EDITOR})?"
_CAPS_NAMES = re.compile(
    rf"^(?P<names>{_CAPS_NAME}{_CAPS_EDITORS}(?:(?:,\s|;\s|\s(?:et|and|&|y)\s|,\s(?:et|and)\s){_CAPS_NAME})*"
    rf"(?:,?\s(?:et al|et autres)\.?)?){_CAPS_EDITORS}\.\s+(?=[{_UP}0-9“\"«¿¡])"
)


def _caps_surnames(text: str) -> _Cut | None:
    """`SURNAME Given, SURNAME Given et SURNAME Given (dir.). Title`: surnames in capitals, then given names."""
    match = _CAPS_NAMES.match(text)
    if match is None or not re.search(rf"[{_UP}]{{3}}", match.group("names")) or _CORPORATE.match(text):
        return None  # "IGC Secretariat. Title.": a body, not a surname and a given name
    names = re.sub(rf",?\s(?:et al|et autres)\.?$|{_CAPS_EDITOR}", "", match.group("names"))
    pieces = re.split(rf"[,;]\s(?:et\s|and\s)?(?={_CAPS_SURNAME}(?:,?\s{_GIVEN}))|\s(?:et|and|&|y)\s", names)
    return _Cut(match.end("names"), match.end(), tuple(p.strip(" ,") for p in pieces if p.strip(" ,")), None, "caps")


_STYLES = (_author_date, _quoted, _dashed, _period, _comma, _colon, _initials_first, _vancouver, _caps_surnames)

# A body as the author, when no style finds names: "IGC Secretariat. Title. Geneva: IGC, December 2012."
_CORPORATE = re.compile(
    # the body's name as written, or in capitals as ISO 690 sets authors ("SECRÉTARIAT DES IGC. Rapport annuel ...")
    rf"^(?P<org>(?:[{_UP}][\w'’-]*\s+){{0,5}}(?i:Secretariat|Secretar[ií]a(?: T[ée]cnica)?|Secr[ée]tariat|Institute"
    r"|Instituto|Institut|Organi[sz]ation|Organizaci[oó]n|Office|Ministry|Ministerio|Minist[eè]re|Council|Commission"
    rf"|Comisi[oó]n|Consultations|Network)(?:\s+(?i:of|on|for|de|du|des|del|sur|para|pour)\s+[^.]{{1,40}})?)\.\s+"
    rf"(?=[{_UP}\"“«]|(?:19|20)\d\d\.\s)"
)

# ISO 690 sets a body in capitals: "CONFERENCIA REGIONAL SOBRE MIGRACIÓN. Lineamientos ...", "RED DE FUNCIONARIOS DE
# ENLACE. Manual ...": two words or more, all in capitals, then the title.
_CAPS_BODY = re.compile(rf"^(?P<org>[{_UP}][{_UP}'’-]+(?:\s+[{_UP}][{_UP}'’-]*){{1,11}})\.\s+(?=[{_UP}\"“«¿¡])")


_LOWER_WORDS = frozenset(
    [
        "of",
        "on",
        "for",
        "the",
        "and",
        "de",
        "des",
        "du",
        "del",
        "la",
        "le",
        "les",
        "los",
        "las",
        "y",
        "et",
        "en",
        "para",
    ]
    + ["pour", "sur", "sobre", "por", "al", "a"]
)


def _as_written(body: str) -> str:
    """A body's name as prose writes it: "SECRÉTARIAT DES IGC" -> "Secrétariat des IGC" (acronyms kept)."""
    if not body.isupper():
        return body
    words = [
        w.lower() if w.lower() in _LOWER_WORDS else w if len(w) <= MAX_ACRONYM_CHARS else w.capitalize()
        for w in body.split()
    ]
    return " ".join(words)


MAX_ACRONYM_CHARS = 4


def corporate_author(text: str) -> bool:
    """Whether a citation opens with a body as its author ("IGC Secretariat. Title. ...")."""
    return _CORPORATE.match(clean_entry(text)) is not None


def _year_span(text: str, begin: int) -> DateSpan:
    """The year at `begin`, or the fuller date written around it ("March 2006")."""
    for span in find_dates(text):
        if span.begin <= begin < span.stop:
            return span
    year = int(text[begin : begin + 4])
    return DateSpan(
        text[begin : begin + 4], datetime.date(year, 1, 1), datetime.date(year, 12, 31), DatePrecision.YEAR, begin,
        begin + 4,
    )  # fmt: skip


# A press release's dateline: a town, a full date and a dash before the body, which no citation has.
_DATELINE_OPENING = re.compile(
    r"^[^.;:]{2,80}?,\s+(?:\d{1,2}\s+de\s+\w+\s+de\s+|\d{1,2}(?:er)?\s+\w+\.?\s+|\w+\.?\s+\d{1,2},\s+)"
    r"(?:19|20)\d\d\s*\.?\s*[–—]+|^[^.;:]{2,80}?,\s+(?:\d{1,2}\s+de\s+\w+\s+de\s+|\w+\.?\s+\d{1,2},\s+)"
    r"(?:19|20)\d\d\s*\.?\s*-+\s"
)


# "Enero de 2013: videoconferencia de la Red ...", "March 2013: GRCM meeting": an agenda's month, then what happens
_MONTH_LED = re.compile(
    rf"^\W*(?:{'|'.join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))})\.?\s+(?:de\s+)?"
    r"(?:19|20)\d\d\s*:",
    re.I,
)


def parse_citation(text: str, previous_authors: tuple[str, ...] = ()) -> Citation | None:
    """One entry of a reference list, or None when it does not read as one (authors, then a title)."""
    text = clean_entry(text)
    if _DATELINE_OPENING.match(text):
        return None  # "San José, Costa Rica, 2 de agosto de 2010.— La PPT informó ...": a press release
    if _MONTH_LED.match(text):
        return None  # a month is no author
    repeat = _REPEAT.match(text)
    if repeat:
        body = re.sub(r"^(?:,?\s*eds?\.\s*)", "", text[repeat.end() :], flags=re.I).lstrip(" .,")
        cut = _author_date("X " + body) if re.match(rf"^\(?{YEAR}", body) else None
        if cut:
            cut = _Cut(0, cut.rest - 2, previous_authors, _year_span(body, cut.year.begin - 2), "repeat")
        else:
            cut = _Cut(0, 0, previous_authors, None, "repeat")
        return _read_rest(body, cut, repeat=True)
    cuts = [cut for style in _STYLES if (cut := style(text))]
    if not cuts and (corporate := _CORPORATE.match(text) or _CAPS_BODY.match(text)):
        body = _as_written(corporate.group("org"))  # the body is the work's author
        if dated := re.match(rf"{YEAR}\.\s+", text[corporate.end() :]):
            # "Transatlantic Council on Migration. 2010. Council Statement: ...": the body, its year, the title
            year = _year_span(text, corporate.end())
            cuts = [_Cut(corporate.end("org"), corporate.end() + dated.end(), (body,), year, "corporate")]
        else:
            cuts = [_Cut(corporate.end("org"), corporate.end(), (body,), None, "corporate")]
    if not cuts:
        return None
    # The year right after the names is the surest end of them, then a quotation mark, a dash, the colon after
    # initials-only names or the period after initials-first ones; otherwise the earliest style to end wins. A
    # style whose title reads as nothing gives way to the next.
    rank = {"author_date": 0, "quoted": 1, "dash": 2, "colon": 2, "initials": 2, "vancouver": 2, "caps": 2}
    for cut in sorted(cuts, key=lambda c: (rank.get(c.style, 3), c.end)):
        if citation := _read_rest(text, cut, repeat=False):
            return citation
    return None


# A physicist's or a lab's list: "Disorder-free localization A. Smith, J. Knolle, D. L. Kovrizhin, and R. Moessner,
# Phys. Rev. Lett. 118, 266601 (2017)": the title first (bold on the page, flat in the text), then names by initials.
_INITIALS_SURNAME = r"(?:[A-Z]\.[\s-]?){1,3}\s?[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?"
_TITLE_THEN_NAMES = re.compile(
    rf"^(?P<title>\S.{{8,300}}?)\s+(?P<names>{_INITIALS_SURNAME}(?:,\s+{_INITIALS_SURNAME})*"
    rf"(?:,?\s+(?:and|&)\s+{_INITIALS_SURNAME})?),\s+(?P<rest>\S.*)$"
)
_BRACKETED_YEAR = re.compile(r"\((?P<year>(?:19|20)\d\d)\)")
MIN_TITLE_FIRST_WORDS = 2


def title_first_citation(text: str) -> Citation | None:
    """An entry set title first, then its authors by their initials, then where it appeared and its year in
    brackets (none for a preprint); None for any other text."""
    text = clean_entry(text)
    if not (match := _TITLE_THEN_NAMES.match(text)):
        return None
    title = match.group("title").rstrip(" .,;")
    if len(title.split()) < MIN_TITLE_FIRST_WORDS or title.endswith(("by", "By", "and")):
        return None
    names = tuple(n for n in re.split(r",\s+(?:and\s+|&\s+)?|,?\s+(?:and|&)\s+", match.group("names")) if n)
    years = list(_BRACKETED_YEAR.finditer(text, match.start("rest")))
    year = _year_span(text, years[-1].start("year")) if years else None
    return Citation(names, title, year, None, match.group("rest"), repeat=False, quoted=False, text=text)


def starts_entry(text: str) -> bool:
    """Whether `text` opens like a reference entry: a repeat mark or a list of names that one style ends."""
    text = clean_entry(text)
    return bool(_REPEAT.match(text)) or any(style(text) for style in _STYLES)


def opens_dated_entry(text: str) -> bool:
    """Whether `text` opens an author-date entry ("Surname, G. (2003)", "Body (IOM). 2008.") or repeats the
    authors above: the surest signs of a new entry, which a wrapped title line does not give."""
    text = clean_entry(text)
    return bool(_REPEAT.match(text)) or _author_date(text) is not None


def split_entries(text: str) -> list[str]:
    """One paragraph holding several citations ("..., Budapest, 2016 G. Bustamante, P. Danès – Title, ...")
    cut where a year is followed by a new list of names that reads as a citation of its own."""
    parts: list[str] = []
    start = 0
    for match in re.finditer(rf"\b{YEAR}[a-z]?\.?\s+(?=[{_UP}])|[.!?»”]\s+(?=[{_UP}])", text):
        tail = text[match.end() :]
        # After a full stop, only an author-date opening ("Surname, I. (2003),", "OCDE (2010),") starts a new
        # entry: a French or Harvard list run together into one paragraph, each entry ending with its imprint.
        if not match.group(0)[:1].isdigit():
            before = re.search(r"(\S+)$", text[: match.start() + 1])
            word = before.group(1).rstrip(".") if before else ""
            initial = re.fullmatch(rf"(?:[{_UP}]\.-?)*[{_UP}]", word)
            if not _DATED_OPENING.match(tail) or initial or word.lower() in _ABBREVIATIONS:
                continue  # "Brungart, D. S. Chang, P. S. (2006)": the period of an initial ends no entry
        if (
            len(tail) > 30
            and match.start() - start > 30
            and (cite := parse_citation(tail))
            and cite.year
            and parse_citation(text[start : match.end()])
        ):
            parts.append(text[start : match.end()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return parts


# An entry's opening names and its bracketed year: "Wihtol de Wenden, C. (2010)", "Boswell, C. et Geddes, A.
# (2011)", "OCDE (2010)", "Haut Commissariat ... (HCR) (2009)".
_DATED_OPENING = re.compile(rf"^[^()\d]{{2,120}}?(?:\([{_UP}]{{2,8}}\)\s*)?\({YEAR}[a-z]?\)\s*[,.:]")


_NOT_PUBLISHED = re.compile(
    r"\b(?:conference talk|invited talk|keynote(?: talk| address)?|talk (?:at|given)|tutorial at|slides|blog post"
    r"|poster presentation|ponencia oral|conférence invitée|exposé)\b",
    re.I,
)


def _read_rest(text: str, cut: _Cut, *, repeat: bool) -> Citation | None:
    harvard = text[cut.rest : cut.rest + 1] == "," and cut.style == "author_date"  # "(1997), Title, Venue"
    rest = text[cut.rest :].lstrip(" .,:;")
    offset = len(text) - len(rest)
    quoted = _QUOTED.match(rest)
    if quoted:
        title = next(g for g in quoted.groups() if g is not None).rstrip(" ,.;:")
        venue = rest[quoted.end() :].lstrip(' .,:;”"')
    elif cut.style == "dash":
        title, venue = _dash_title(rest)
    elif harvard:
        title, _, venue = rest.partition(", ")
    else:
        end = _title_end(rest)
        title, venue = (rest[: end[0]], rest[end[1] :]) if end else (rest, "")
    title, translation = split_translation(title)
    venue = f"{translation}. {venue}".strip() if translation else venue
    if series := _SERIES_AFTER_QUESTION.search(title):
        # "Circular migration: the way forward in global policy? Working Paper 4": the question ends the title
        title, venue = title[: series.start() + 1], f"{title[series.end() :]}. {venue}".strip(" .")
    if (series := _SERIES_TAIL.search(title)) and series.start() > MIN_SERIES_TITLE_CHARS:
        # "Title, MPI Working Paper No. 4, January 2013": the series and its number close the title
        title, venue = title[: series.start()], f"{title[series.start() :].lstrip(', ')}. {venue}".strip(" .")
    if imprint := _BRACKETED_IMPRINT.search(title):
        # "Title (Washington, DC: Migration Policy Institute, 2011)": the note style's imprint in brackets
        title, venue = title[: imprint.start()], f"{imprint.group('imprint')}. {venue}".strip(" .")
    title = _URL.split(title)[0]  # "Rio: A Swiss-Army Knife for Data I/O. http://CRAN..."
    title = re.sub(r"^(?:In:?|En:?|Dans)\s+", "", title.strip(' .,;:“”"')).strip(" .,;:")
    if len(title) < 3 or not re.search(r"[^\W\d_]{3}", title):
        return None
    if any(len(d.text) >= 0.6 * len(title) for d in find_dates(title + " 2000")) or _MONTH_DAY.match(title):
        return None  # "November 28": a date read as a title
    undated = title
    for span in find_dates(title):
        undated = undated.replace(span.text, " ")
    if len(re.findall(r"[^\W\d_]{2,}", undated)) <= 1:
        return None  # "Geneva, April 2008": a dateline under a body's name, no title
    if _IMPRINT_WORDS.search(title):
        return None  # "Publisher, 2008 · 316 pages · ISBN ...": a book's imprint line, whose "title" is its figures
    if _NOT_PUBLISHED.search(venue):
        return None  # a talk, a tutorial, slides or a blog post: given, not published
    if not quoted and _INVERTED_OPENING.match(title):
        return None  # "Title Words. Vidal, T. Thesis ...": the names come after the title, which was read as names
    year = cut.year or _first_year(text, offset + len(rest) - len(venue)) or _first_year(text, offset)
    year = _with_issue_month(year, venue) or _month_in_figures(text, offset + len(rest) - len(venue))
    return Citation(
        authors=cut.authors,
        title=title,
        year=year,
        publisher=_no_month(_publisher(venue, cut.style)),
        venue=venue.strip(),
        repeat=repeat,
        quoted=quoted is not None,
        text=text,
    )


_SERIES_TAIL = re.compile(
    r",\s+(?:[A-Z][\w.&]*\s+){0,3}(?:working|discussion|occasional|policy|research|issue)\s+(?:papers?|briefs?|notes?"
    r"|reports?)\s+(?:no\.|n[°º]\.?|number|#)\s*\d+\b",
    re.I,
)
MIN_SERIES_TITLE_CHARS = 12
_SERIES_AFTER_QUESTION = re.compile(
    r"\?\s+(?=(?:(?:working|discussion|research|policy|occasional|background)\s+(?:papers?|briefs?|notes?|series)"
    r"|(?:report|paper)\s+(?:no|n[°º])\.?\s*\d|documento de trabajo|document de travail)\b)",
    re.I,
)
_IMPRINT_WORDS = re.compile(r"\bISBN\b|\b\d+\s*(?:pages|pp\.|páginas|págs\.)", re.I)
_INVERTED_OPENING = re.compile(rf"^[{_UP}][{_LOW}'’-]+,\s+[{_UP}]\.(?:\s|$|[{_UP}]\.|;)")
# "Geneva, 03.2011.": an imprint's month in figures.
_MONTH_FIGURES = re.compile(r"(?<![\d.])(?P<m>0?[1-9]|1[0-2])[./](?P<y>(?:19|20)\d\d)(?![\d.]\d)")


def _month_in_figures(text: str, start: int) -> DateSpan | None:
    if (match := _MONTH_FIGURES.search(text, start)) is None:
        return None
    first = datetime.date(int(match.group("y")), int(match.group("m")), 1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return DateSpan(match.group(0), first, last, DatePrecision.MONTH, match.start(), match.end())


_TRANSLATION = re.compile(r"\s*\[(?P<t>[^\[\]]{3,200})\]\s*$")


def split_translation(title: str) -> tuple[str, str | None]:
    """ "Migraciones en Mesoamérica [Migration in Mesoamerica]": the title as published and the translation a
    list adds in brackets (not part of the title, but it may name the type: "[World Migration Report]")."""
    title = title.strip()
    match = _TRANSLATION.search(title.rstrip(" ."))
    if match is None or match.start() < 3:
        return title, None
    return title[: match.start()].rstrip(" .,:;"), match.group("t")


def _title_end(rest: str) -> tuple[int, int] | None:
    """Where the title of an unquoted entry ends: its first sentence, unless that sentence is a question
    ("Qu'est-ce qu'un Français ? Histoire de ...", "Who Gets In? Rules for ...") followed by a subtitle and
    then more (the imprint or the venue): the question opens the title, the subtitle belongs to it."""
    end = sentence_end(rest)
    if end is None or rest[end[0] - 1] not in "?!":
        return end
    following = sentence_end(rest, end[1])
    subtitle = rest[end[1] : following[0]] if following else ""
    if following and not re.match(r"(?:In|En|Dans)\s|\d|[“\"(]", subtitle) and not _CITY_PUBLISHER.match(subtitle):
        return following
    return end


def sentence_end(text: str, start: int = 0) -> tuple[int, int] | None:
    """(end of the first sentence, start of the next), skipping periods of initials and abbreviations."""
    for match in _SENTENCE_STOP.finditer(text, start):
        word = re.search(r"(\S+)$", text[: match.start()])
        before = word.group(1) if word else ""
        if text[match.start()] == "." and (
            re.fullmatch(rf"(?:[{_UP}]\.)*[{_UP}]", before) or before.lower().strip("(") in _ABBREVIATIONS
        ):
            continue
        return match.start() + 1, match.end()
    return None


_VENUE_WORD = re.compile(
    r"\b(?:Conference|Conf\.|Journal|Proceedings|Proc\.|Transactions|Symposium|Workshop|Congress|Convention|"
    r"Meeting|Forum|Letters|Review|Revue|Revista|Tagung|Jahrestagung|Society|IEEE|ACM|Handbook|Press|Interspeech)\b"
)


def _dash_title(rest: str) -> tuple[str, str]:
    """`Title, Venue, City, 2016`: the title ends at the first later comma-segment that names a venue
    (a venue word anywhere in it, or a number or acronym first), else at the first comma."""
    commas = list(re.finditer(r",\s+", rest))
    if not commas:
        return rest, ""
    for comma, following in zip(commas, [*commas[1:], None], strict=True):
        segment = rest[comma.end() : following.start() if following else len(rest)]
        if _VENUE_WORD.search(segment) or _VENUE_START.match(rest, comma.start()):
            return rest[: comma.start()], rest[comma.end() :]
    return rest[: commas[0].start()], rest[commas[0].end() :]


# A journal issue's month after its volume and number, with no year of its own: "International Migration
# Review 44 (4), November.", "Journal of Ethnic and Migration Studies 32, no. 6 (August)".
_CLOSING_MONTH_YEAR = re.compile(r"(?P<month>[A-Za-zéû]{3,10})\.?\s+(?P<y>(?:19|20)\d\d)\.?\s*$")
_CLOSING_MONTH = re.compile(r"\((?P<month>[A-Za-zéû]{3,10})\)\.?\s*$")
_ISSUE_MONTH = re.compile(
    r"(?:\d\s*\)?|no\.\s*\d+\s*)[,\s]*\(?(?P<month>[A-Za-zéû]{3,10})\.?\)?[.,;]?\s*(?:(?:pp?\.|:)\s*[\d–-]+\.?)?\s*$"
)


def _with_issue_month(year: DateSpan | None, venue: str) -> DateSpan | None:
    """An author-date entry's year, to the month when its venue ends with the issue's month."""
    if year is None or year.precision != DatePrecision.YEAR:
        return year
    match = _ISSUE_MONTH.search(venue)
    month = MONTHS.get(match.group("month").lower()) if match else None
    if month is None and (closing := _CLOSING_MONTH_YEAR.search(venue)) and int(closing.group("y")) == year.start.year:
        month = MONTHS.get(closing.group("month").lower())  # "... Migration Policy Institute. September 2010."
    if month is None and (alone := _CLOSING_MONTH.search(venue)):
        month = MONTHS.get(alone.group("month").lower())  # "... Migration Policy Institute. (June)": the year's month
    if month is None:
        return year
    first = datetime.date(year.start.year, month, 1)
    last = datetime.date(first.year, month, calendar.monthrange(first.year, month)[1])
    return DateSpan(year.text, first, last, DatePrecision.MONTH, year.begin, year.stop)


def _first_year(text: str, begin: int) -> DateSpan | None:
    """The first year after the title, outside web addresses and page ranges."""
    masked = _URL.sub(lambda m: " " * len(m.group(0)), text)
    for match in _YEAR_AT.finditer(masked, begin):
        return _year_span(text, match.start(1))
    return None


def _publisher(venue: str, style: str) -> str | None:
    """`City: Publisher`, `Place, Publisher, Year`, or a segment naming a press."""
    venue = _URL.sub("", venue)
    for match in _CITY_PUBLISHER.finditer(venue):
        if not re.search(r"\d", match.group("city")):
            return match.group("pub").strip(" ,")
    if style == "author_date" and (match := _PLACE_PUBLISHER_END.match(venue.strip())):
        return match.group("pub").strip()  # "Londres, Sage.": the French author-date imprint, place then publisher
    if style in ("comma", "period", "repeat"):
        for match in _PLACE_PUBLISHER_YEAR.finditer(venue):
            if len(match.group("place").split()) <= 3 and not re.search(r"\d", match.group("pub")):
                return match.group("pub").strip()
    if style != "dash" and (match := _PUBLISHER_WORD.search(venue)):
        return match.group(0).strip() or None
    return None


# "(Washington, DC: Migration Policy Institute, 2011)", "(Migration Policy Institute, November 2012)"
_BRACKETED_IMPRINT = re.compile(
    rf"\s*\((?P<imprint>(?:[^()]{{2,40}}:\s*)?[^()]{{2,90}}?,\s*(?:[^\W\d_]{{3,10}}\.?\s+)?(?:\d{{1,2}},?\s+)?{YEAR})\)\s*\.?$"
)


def _no_month(publisher: str | None) -> str | None:
    """A publisher that is only a month ("Migration Information Source, February") is the issue's, not a press."""
    return None if publisher and publisher.lower().strip(" .") in MONTHS else publisher
