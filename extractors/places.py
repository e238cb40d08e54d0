"""Places to countries: the gazetteer behind `activities.country`, and the country a document is about.

A venue is written many ways: "Geneva, Switzerland", "Grenoble (FR)", "Portland (Oregon)", "740 N.
Sedgwick St, Chicago, IL 60654", "Colombo District". The hand-kept names of `vocabulary` (English,
Spanish and French, cities included) come first; then ISO 3166 from pycountry: country names, the
two-letter codes where a venue puts them in parentheses, and the names of states and provinces that
belong to one country only. A row that names no country takes the one its document is about, when
the document names one country far more than any other ("World Statistics Day in the Philippines").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pycountry
from mpdp_pipeline.extractors.dates import find_dates
from mpdp_pipeline.extractors.vocabulary import CITIES, COUNTRIES, EVENT_KIND_WORDS

# "Chicago, IL 60654": the postal style of US addresses, whose state codes clash with country codes.
_US_STATE_CODES = frozenset((
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
))  # fmt: skip
_US_ADDRESS = re.compile(r",\s*(?P<state>[A-Z]{2})\.?(?:\s+\d{5}(?:-\d{4})?)?\s*$")
_PARENTHESES = re.compile(r"\(([^()]+)\)")
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}")
DOMINANT_SHARE = 0.6  # of the country mentions, for a document to be about one country


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z ]+", " ", text)).strip()


@functools.cache
def _gazetteer() -> dict[str, str]:
    """Normalised name -> ISO alpha-2: ISO names and one-country subdivisions, then our own names over them."""
    names: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        owners.setdefault(_key(sub.name), set()).add(sub.country_code)
    for key, codes in owners.items():
        if len(codes) == 1 and len(key) >= 4:
            names[key] = next(iter(codes))
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names[_key(value)] = country.alpha_2
    names.update({_key(k): v for k, v in COUNTRIES.items()})
    names.update({_key(k): v for k, v in CITIES.items()})
    for word in _MEETING_WORDS:
        names.pop(word, None)
    return names


@functools.cache
def world_cities() -> dict[str, str]:
    """Normalised name -> ISO alpha-2 of the world's cities of 100,000 people or more and its capitals
    (`data/cities.tsv`, from GeoNames): the towns our own names do not list."""
    rows = (line.split("\t") for line in _CITIES_FILE.read_text(encoding="utf-8").splitlines() if line[:1] != "#")
    return {_key(name): country for name, country, *_ in rows}


def world_city(place: str) -> str | None:
    """ISO alpha-2 of a place written as a city of `world_cities`, perhaps followed by its country ("Bergen",
    "Bergen, Norway"); None otherwise."""
    town = place.split(",")[0].strip()
    return world_cities().get(_key(town)) if town[:1].isupper() else None


_CITIES_FILE = Path(__file__).parent / "data" / "cities.tsv"


def known_place(name: str) -> str | None:
    """ISO alpha-2 of a name that is, whole, a known town or country ("Geneva", "Brussels", "Belgium"); None for
    any other text, however many place names it holds."""
    return _gazetteer().get(_key(name)) or world_city(name)


def closing_town(text: str) -> str | None:
    """The known town a line closes with, by its exact name ("WG on Technology Helsinki" -> "Helsinki", "... (ACE)
    Copenhagen" -> "Copenhagen"); None when its last words name no town or country."""
    words = text.split()
    for size in (3, 2, 1):
        tail = " ".join(words[-size:]).strip(" ,.()")
        if len(words) > size and known_place(tail):
            return tail
    return None


# Réunion, the French island, is "reunión" / "réunion" too: in this genre the word is a meeting, never the place.
_MEETING_WORDS = ("reunion",)


def _code(token: str) -> str | None:
    token = token.strip()
    if re.fullmatch(r"[A-Z]{2}", token) and pycountry.countries.get(alpha_2=token):
        return token
    return None


def country_of(place: str | None) -> str | None:
    """ISO alpha-2 of a venue as written, or None when it names no known place."""
    if not place:
        return None
    if (match := _US_ADDRESS.search(place)) and match.group("state") in _US_STATE_CODES:
        return "US"
    names = _gazetteer()
    for inner in _PARENTHESES.findall(place):  # "Grenoble (FR)", "Portland (Oregon)", "Berkeley (US California)"
        for token in re.split(r"[,\s]+", inner):
            if code := _code(token):
                return code
        if code := names.get(_key(inner)) or _last_known(inner, names):
            return code
    outside = _PARENTHESES.sub(" ", place)
    segments = [s for s in (seg.strip() for seg in outside.split(",")) if s]
    # "Grenoble, FR" (a bracketed "(FR)" once unbracketed): a code after the town is its country, unless it
    # is a US state's ("Portland, OR"), which the postal style writes there.
    if len(segments) > 1 and segments[-1] not in _US_STATE_CODES and (code := _code(segments[-1])):
        return code
    for segment in reversed(segments):
        if code := names.get(_key(segment)):
            return code
    return _last_known(outside, names)


def _last_known(text: str, names: dict[str, str]) -> str | None:
    """The country of the last run of one to three words of `text` that names a place ("Colombo District")."""
    words = _key(text).split()
    for end in range(len(words), 0, -1):
        for size in (3, 2, 1):
            if end - size < 0:
                continue
            key = " ".join(words[end - size : end])
            if len(key) >= 4 and key in names:
                return names[key]
    return None


def countries_named(text: str) -> list[str]:
    """The countries `text` names, once per mention, in order."""
    found: list[str] = []
    names = _gazetteer()
    for match in _WORDS.finditer(text):
        words = _key(match.group(0)).split()
        i = 0
        while i < len(words):
            for size in (3, 2, 1):
                key = " ".join(words[i : i + size])
                if len(words) - i >= size and len(key) >= 4 and key in names:
                    found.append(names[key])
                    i += size
                    break
            else:
                i += 1
    found += ["US" for m in _US_ADDRESS.finditer(text) if m.group("state") in _US_STATE_CODES]
    return found


def document_country(texts: Iterable[str]) -> str | None:
    """The one country a document is about, if it names one at least twice and far more than any other."""
    counts = Counter(code for text in texts for code in countries_named(text))
    if not counts:
        return None
    (code, n), total = counts.most_common(1)[0], sum(counts.values())
    return code if n >= 2 and n >= DOMINANT_SHARE * total else None


_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[–-]\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?"
    r"(?:\s+[A-Z]{2,4}T)?\b",
    re.I,
)


def trailing_place(text: str) -> str | None:
    """The place a venue line ends with, at city level: "10:00 AM · Migration Policy Institute, Washington,
    DC" -> "Washington, DC"; "Ottawa, Ontario" stays whole; None when the line ends with no known place."""
    last = re.split(r"\s*[·|•]\s*", text)[-1]
    if _CLOCK.fullmatch(last.strip()) or len(last.split()) > 12:
        return None
    segments = [s.strip() for s in last.split(",") if s.strip()]
    best = None
    for k in range(1, min(3, len(segments)) + 1):
        suffix = ", ".join([_town_tail(segments[-k]), *segments[len(segments) - k + 1 :]])
        if k > 1 and best and not country_of(segments[-k]):
            break  # "Migration Policy Institute" before "Washington, DC" is the building, not the place
        if country_of(suffix):
            best = suffix
        if suffix != ", ".join(segments[-k:]):
            break  # "Full Round Oslo, Norway": the town the name ran into ends the place
    return best


def _town_tail(segment: str) -> str:
    """ "Mini-Full Round Geneva" -> "Geneva": a known town of one to three words closing a meeting's name without a
    comma, as a line runs the name into its town; the segment whole otherwise."""
    words = segment.split()
    if len(words) <= 1 or known_place(segment) or not EVENT_KIND_WORDS.search(segment):
        return segment  # "FLACSO Costa Rica": a body named for its country keeps it
    for n in (3, 2, 1):
        if len(words) > n and words[-n][:1].isupper() and known_place(tail := " ".join(words[-n:])):
            return tail
    return segment


# A note after a venue says what happened to the meeting or who hosted it, not where it was:
# "Geneva (hosted by UNHCR)", "Managua, Nicaragua (postponed from 18 January)", "Bern (rescheduled)",
# "Brussels — cancelled", "Geneva, hosted by the Ministry".
_NOTE_WORDS = (
    r"(?:co-?)?hosted|held|organi[sz]ed|postponed|rescheduled|moved|deferred|cancel+ed|canceled|tbc|to be confirmed"
    r"|aplazad[ao]|pospuest[ao]|reprogramad[ao]|trasladad[ao]|suspendid[ao]|cancelad[ao]|organizad[ao]"
    r"|reporté(?:e)?|annulé(?:e)?|organisé(?:e)?|accueilli(?:e)?"
)
_NOTE_BRACKET = re.compile(rf"\s*\((?:{_NOTE_WORDS})\b[^()]*(?:\)|$)", re.I)  # its close may be cut off
_VENUE_NOTE = re.compile(rf"{_NOTE_BRACKET.pattern}|\s*(?:[—–]|\s-|,)\s*(?:{_NOTE_WORDS})\b.*$", re.I)


def without_notes(text: str) -> str:
    """`text` without its bracketed notes about the meeting: "Geneva (hosted by UNHCR)" -> "Geneva"."""
    return _NOTE_BRACKET.sub("", text)


# What stands before the town in a street-level venue: a room, a building, an address.
_PREMISES = re.compile(
    r"^\s*\d+[A-Za-z]?\s|\b(?:room|rooms|salle|sala|suite|floor|building|bldg|house|hall|palais|palace|palacio|cent(?:er|re)"
    r"|hotel|hôtel|avenue|street|st|road|ave|nw|ne|sw|se|office|offices|headquarters|ministry|ministerio"
    r"|minist[èe]re|embassy|embajada|ambassade|auditorium|edificio|endowment|foundation|institute|university"
    r"|universidad|université|campus|plaza|conference centre|secretariat|secretar[íi]a|secr[ée]tariat"
    r"|club|colegio|college|coll[èe]ge|library|biblioteca|biblioth[èe]que|museum|museo|mus[ée]e|centro|theat(?:er|re)"
    r"|teatro|th[ée][âa]tre|capitol|parliament|parlamento|parlement)\b",
    re.I,
)


@functools.cache
def _towns() -> frozenset[str]:
    return frozenset(_key(k) for k in CITIES)


def known_town(name: str) -> bool:
    """Whether `name` is a town the gazetteer knows by that very name ("San Salvador", "Tegucigalpa")."""
    return _key(name) in _towns()


def is_premises(segment: str) -> bool:
    """A venue segment that names a room, a building or an address rather than a town."""
    return bool(_PREMISES.search(segment)) and _key(segment) not in _gazetteer()


# "Agenda - January 12, 2024 Revised.pdf": what follows a link's date is the file's name, not a place.
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|mp[34])\s*$", re.I)


_HELD_AT = re.compile(
    r"^(?:tenue?s?|tenus|prévue?s?|pr[eé]vus|held|planned|scheduled|celebrad[ao]s?|prevista?s?)\s+"
    r"(?:à|au|aux|en|in|at|para|pour|for)\s+",
    re.I,
)
# A bracketed remark of a few words closing a venue, not a country's name.
_REMARK = re.compile(r"\s*\((?P<inner>[^()]*\s[^()]*\s[^()]*)(?:\)|$)\s*$")
_TOWN_COUNTRY = re.compile(r"^(?P<town>[^(),]{2,40}?)\s*\((?P<country>[^()]{3,40})\)$")


def city_level(location: str | None) -> str | None:
    """A venue at the level the labels keep (the town, its region or country): notes about the meeting
    dropped, and the room, building or address before a known town dropped:
    "Room 2237, Rayburn House Office Building, Washington, DC" -> "Washington, DC";
    "Geneva (hosted by UNHCR)" -> "Geneva"; "Bern, Switzerland (rescheduled)" -> "Bern, Switzerland"."""
    if not location:
        return location
    if _FILE_NAME.search(location):
        return None
    text = re.sub(r"\s+", " ", location).strip()
    text = re.sub(r"(?<=[a-zà-ÿ]{3})\.$", "", text)  # "Stockholm, Sweden." closing its sentence; "D.C." keeps it
    text = _VENUE_NOTE.sub("", text).strip(" ,;–—-") or text
    # A "Date and venue" cell read whole: the date line is the row's date, not part of the venue.
    for span in reversed(find_dates(text)):
        text = (text[: span.begin] + " " + text[span.stop :]).strip(" ,;–—-")
    text = re.sub(r"\s+", " ", text).strip() or re.sub(r"\s+", " ", location).strip()
    text = _HELD_AT.sub("", text) or text  # "prévu à Bruxelles (Belgique)": where, without the participle
    if (remark := _REMARK.search(text)) and not country_of(remark.group("inner")) and text[: remark.start()].strip():
        text = text[: remark.start()].strip()  # "Geneva, Switzerland (exact dates sent to registered delegates)"
    if (town := _TOWN_COUNTRY.match(text)) and town.group("country").lower() in COUNTRIES:
        text = f"{town.group('town')}, {town.group('country')}"  # "Bruxelles (Belgique)" as "Bruxelles, Belgique"
    segments = [s.strip() for s in text.split(",")]
    # "08034 Barcelona", "75007 Paris": the postal code before a known town is the address's
    segments = [p if _key(p) in _towns() else s for s in segments for p in [re.sub(r"^\d{4,5}\s+", "", s)]]
    text = ", ".join(segments)
    for i in range(1, len(segments)):
        # What comes before a known town is the room, the building or the address, or what a rule left of the
        # name ("Acompañada, Ciudad de México, México"): anything but a place of its own.
        if not all(is_premises(s) or not country_of(s) for s in segments[:i]):
            break
        if _key(segments[i]) in _towns() and country_of(", ".join(segments[i:])):
            return ", ".join(segments[i:])
    return _without_trailing_note(segments) or text


def _without_trailing_note(segments: list[str]) -> str | None:
    """A known town (and its country) followed by a note the cell or sentence added: "San Salvador, El Salvador,
    Coorganizado con la OPS", "Genève, locaux du Secrétariat", "Ciudad de Guatemala, Guatemala, Fecha límite de
    inscripción:" -> the town and its country; None when the segments after the place name places too."""
    for i, segment in enumerate(segments[:-1]):
        if _key(segment) not in _towns():
            continue
        end = i + 1
        if end < len(segments) and segments[end].lower() in COUNTRIES:
            end += 1  # "Town, Country"
        rest = ", ".join(segments[end:])
        noted = rest[:1].islower() or re.search(r"\s[a-zà-ÿ]{3,}", rest)
        if rest and not country_of(rest) and (noted or all(is_premises(s) for s in segments[end:])):
            # "Geneva, IGC Secretariat": the town, then the building the meeting is held in
            return ", ".join(segments[i:end])
    return None


# A postal address as a page's footer or contact box gives it: "2611 W. Lawrence Avenue, Chicago, IL 60625",
# "Ottawa, ON K1A 0B1", "rue de Varembé 1, 1211 Genève 2, Suisse", "Calle 5, 28001 Madrid, España".
_NORTH_AMERICAN = re.compile(
    r"(?:^|[,·|]\s*)(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s*(?P<state>[A-Z]{2})\.?\s+"
    r"(?P<code>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$"
)
_CONTINENTAL = re.compile(
    r",\s*(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}\s+(?P<city>[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2})"
    r"(?:\s+\d{1,2})?(?:,\s*(?P<country>[A-ZÀ-Ý][\w'’. -]+))?\s*$"
)
_CA_PROVINCES = frozenset(("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"))
MAX_ADDRESS_CHARS = 200


def postal_town(line: str) -> tuple[str, str] | None:
    """The town and country of a postal address line, or None when the line is no postal address:
    "2611 W. Lawrence Avenue, Chicago, IL 60625" -> ("Chicago", "US")."""
    text = re.sub(r"\s+", " ", line).strip(" .")
    if not text or len(text) > MAX_ADDRESS_CHARS or find_dates(text):
        return None
    if match := _NORTH_AMERICAN.search(text):
        state, code = match.group("state"), match.group("code")
        if state in _US_STATE_CODES and code[0].isdigit():  # "Washington, DC": the town is named with its district
            return (f"{match.group('city')}, DC" if state == "DC" else match.group("city")), "US"
        if state in _CA_PROVINCES and not code[0].isdigit():
            return match.group("city"), "CA"
        return None
    if (match := _CONTINENTAL.search(text)) and (
        country := country_of(match.group("country")) if match.group("country") else country_of(match.group("city"))
    ):
        return match.group("city"), country
    return None


def home_town(texts: Iterable[str]) -> tuple[str, str] | None:
    """The town and country of the organisation whose page this is: the one town its postal address lines
    name (a footer's, a contact box's). None when the page gives none, or addresses in several towns."""
    towns = {town for text in texts if (town := postal_town(text))}
    return towns.pop() if len(towns) == 1 else None


# A street address: "4518 N. Lincoln Avenue", "1400 16th Street NW", "Calle 5 #12", "12, rue de Varembé".
_STREET = re.compile(
    r"\b\d+[A-Za-z]?,?\s+(?:[NSEW]\.?\s+)?(?:[\w'’.-]+\s+){0,3}(?:avenue|ave|street|st|road|rd|boulevard|blvd"
    r"|drive|dr|lane|ln|place|pl|way|court|ct|parkway|pkwy|square|sq|terrace|highway|hwy)\b\.?"
    r"|\b(?:rue|avenue|boulevard|calle|avenida|carrera|paseo|via|strasse|straße)\s+[\w'’ -]+?\s*,?\s*\d+\b"
    r"|\b\d+,?\s+(?:rue|avenue|boulevard|bd|calle|avenida|chemin|place)\b",
    re.I,
)


def names_street(venue: str | None) -> bool:
    """Whether a venue gives a street address ("Bistro Campagne, 4518 N. Lincoln Avenue")."""
    return bool(venue and _STREET.search(venue))
