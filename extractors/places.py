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

import pycountry
from mpdp_pipeline.extractors.dates import find_dates
from mpdp_pipeline.extractors.vocabulary import CITIES, COUNTRIES

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
    return names


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
        suffix = ", ".join(segments[-k:])
        if k > 1 and best and not country_of(segments[-k]):
            break  # "Migration Policy Institute" before "Washington, DC" is the building, not the place
        if country_of(suffix):
            best = suffix
    return best


# A note after a venue says what happened to the meeting or who hosted it, not where it was:
# "Geneva (hosted by UNHCR)", "Managua, Nicaragua (postponed from 18 January)", "Bern (rescheduled)",
# "Brussels — cancelled", "Geneva, hosted by the Ministry".
_NOTE_WORDS = (
    r"(?:co-?)?hosted|organi[sz]ed|postponed|rescheduled|moved|deferred|cancel+ed|canceled|tbc|to be confirmed"
    r"|aplazad[ao]|pospuest[ao]|reprogramad[ao]|trasladad[ao]|suspendid[ao]|cancelad[ao]|organizad[ao]"
    r"|reporté(?:e)?|annulé(?:e)?|organisé(?:e)?|accueilli(?:e)?"
)
_NOTE_BRACKET = re.compile(rf"\s*\((?:{_NOTE_WORDS})\b[^()]*\)", re.I)
_VENUE_NOTE = re.compile(rf"{_NOTE_BRACKET.pattern}|\s*(?:[—–]|\s-|,)\s*(?:{_NOTE_WORDS})\b.*$", re.I)


def without_notes(text: str) -> str:
    """`text` without its bracketed notes about the meeting: "Geneva (hosted by UNHCR)" -> "Geneva"."""
    return _NOTE_BRACKET.sub("", text)


# What stands before the town in a street-level venue: a room, a building, an address.
_PREMISES = re.compile(
    r"^\s*\d+[A-Za-z]?\s|\b(?:room|rooms|salle|sala|suite|floor|building|bldg|house|hall|palais|palace|palacio|cent(?:er|re)"
    r"|hotel|hôtel|avenue|street|st|road|ave|nw|ne|sw|se|office|offices|headquarters|ministry|ministerio"
    r"|minist[èe]re|embassy|embajada|ambassade|auditorium|edificio|endowment|foundation|institute|university"
    r"|universidad|université|campus|plaza|conference centre|secretariat|secretar[íi]a|secr[ée]tariat)\b",
    re.I,
)


@functools.cache
def _towns() -> frozenset[str]:
    return frozenset(_key(k) for k in CITIES)


def is_premises(segment: str) -> bool:
    """A venue segment that names a room, a building or an address rather than a town."""
    return bool(_PREMISES.search(segment)) and _key(segment) not in _gazetteer()


def city_level(location: str | None) -> str | None:
    """A venue at the level the labels keep (the town, its region or country): notes about the meeting
    dropped, and the room, building or address before a known town dropped:
    "Room 2237, Rayburn House Office Building, Washington, DC" -> "Washington, DC";
    "Geneva (hosted by UNHCR)" -> "Geneva"; "Bern, Switzerland (rescheduled)" -> "Bern, Switzerland"."""
    if not location:
        return location
    text = re.sub(r"\s+", " ", location).strip()
    text = _VENUE_NOTE.sub("", text).strip(" ,;–—-") or text
    # A "Date and venue" cell read whole: the date line is the row's date, not part of the venue.
    for span in reversed(find_dates(text)):
        text = (text[: span.begin] + " " + text[span.stop :]).strip(" ,;–—-")
    text = re.sub(r"\s+", " ", text).strip() or re.sub(r"\s+", " ", location).strip()
    segments = [s.strip() for s in text.split(",")]
    for i in range(1, len(segments)):
        if not all(is_premises(s) for s in segments[:i]):
            break
        if _key(segments[i]) in _towns() and country_of(", ".join(segments[i:])):
            return ", ".join(segments[i:])
    return text
