"""Events and works a page states in schema.org JSON-LD (`<script type="application/ld+json">`).

Calendar plugins and publication databases state their items there for search engines, and a page whose list is
drawn by JavaScript holds them nowhere else. Each item becomes a small record of lines, as a card would show
it: its name, its dates, its place or its authors. The HTML parser adds the records the visible page does not
already show, so the rules that read cards read these too.

    >>> page = '{"@type": "Event", "name": "Board Meeting", "startDate": "2019-03-14T18:00"}'
    >>> [r.lines for r in structured_records([page])]
    [('Board Meeting', '2019-03-14 18:00')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

EVENT_TYPES = frozenset(
    {"Event", "BusinessEvent", "EducationEvent", "SocialEvent", "ExhibitionEvent", "Hackathon", "PublicationEvent"}
)
WORK_TYPES = frozenset({"Report", "ScholarlyArticle", "Book", "Thesis", "Chapter", "Legislation"})
MAX_ITEMS = 500  # a page states a listing's items, not a database
MAX_SCRIPT_CHARS = 2_000_000
MAX_DEPTH = 10  # @graph > ItemList > list > ListItem > item: nesting a page states, not a crafted bomb
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d{2})?")
_ISO = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<hour>\d{2}:\d{2}))?")


@dataclass(frozen=True)
class StructuredRecord:
    """One item as a card shows it: `lines[0]` its name, then its dates, place or byline."""

    kind: str  # "event" or "work"
    lines: tuple[str, ...]
    script: int  # which JSON-LD script of the page (1-based), for the record's locator


def structured_records(scripts: Iterable[str]) -> list[StructuredRecord]:
    """The events and works stated in the JSON-LD `scripts` of a page, in order; a script that is not JSON is
    skipped (pages ship broken ones)."""
    records: list[StructuredRecord] = []
    for number, script in enumerate(scripts, start=1):
        if len(script) > MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # a crafted page nests arrays past the parser's stack
            continue
        for item in _items(data):
            if len(records) >= MAX_ITEMS:
                return records
            if record := _record(item, number):
                records.append(record)
    return records


# Keys a page's own data names an item's title, date, authors and place by (a site's JSON or a script's array).
_TITLE_KEYS = ("title", "name", "headline", "titulo", "título", "titre")
_DATE_KEYS = ("date", "startDate", "start_date", "start", "datePublished", "published", "publication_date",
              "pubDate", "year", "fecha", "anio", "año", "annee", "année")  # fmt: skip
_EVENT_KEYS = ("startDate", "start_date", "start", "location", "venue", "lugar", "lieu")
_AUTHOR_KEYS = ("authors", "author", "autores", "autor", "auteurs", "creators", "editors")
_PLACE_KEYS = ("location", "venue", "lugar", "lieu", "city")
_TYPE_KEYS = ("type", "pubtype", "category", "tipo")
MIN_EMBEDDED_ITEMS = 3  # an array of a listing's items, not a page's settings
_ARRAY_START = re.compile(r"(?:=|:|\()\s*(?=\[\s*\{)")


def embedded_records(scripts: Iterable[str]) -> list[StructuredRecord]:
    """The items of listings a page carries as data in its scripts (a site's JSON, a script's `var pubs = [...]`)
    rather than as HTML: arrays of three objects or more, most with a title and a date. Arrays that are not strict
    JSON (unquoted keys) are left alone."""
    records: list[StructuredRecord] = []
    for number, script in enumerate(scripts, start=1):
        if len(script) > MAX_SCRIPT_CHARS:
            continue
        for data in _json_values(script):
            for items in _item_arrays(data):
                records += [r for item in items if (r := _embedded_record(item, number))]
                if len(records) >= MAX_ITEMS:
                    return records[:MAX_ITEMS]
    return records


def _json_values(script: str) -> Iterator[Any]:
    """The script whole if it is JSON, else each JSON array a statement of it assigns or passes."""
    try:
        yield json.loads(script)
        return
    except (ValueError, RecursionError):
        pass
    decoder = json.JSONDecoder()
    parsed_to = 0  # an array inside one already read is not read again (a page's big array would cost its square)
    for start in _ARRAY_START.finditer(script):
        if start.end() < parsed_to:
            continue
        try:
            value, parsed_to = decoder.raw_decode(script, start.end())
        except (ValueError, RecursionError):
            continue
        yield value


def _item_arrays(data: Any, depth: int = 0) -> Iterator[list[dict[str, Any]]]:
    """Lists of objects most of which have a title and a date, anywhere in `data`."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        objects = [d for d in data if isinstance(d, dict)]
        dated = [d for d in objects if _first(d, _TITLE_KEYS) and _first(d, _DATE_KEYS) is not None]
        if len(dated) >= MIN_EMBEDDED_ITEMS and len(dated) * 10 >= len(data) * 6:
            yield dated
            return
        for element in data:
            yield from _item_arrays(element, depth + 1)
    elif isinstance(data, dict):
        for value in data.values():
            yield from _item_arrays(value, depth + 1)


def _first(item: dict[str, Any], keys: Iterable[str]) -> Any:
    return next((item[k] for k in keys if item.get(k) not in (None, "", [])), None)


def _embedded_record(item: dict[str, Any], script: int) -> StructuredRecord | None:
    title = _text(_first(item, _TITLE_KEYS))
    raw_date = _first(item, _DATE_KEYS)
    when = str(raw_date) if isinstance(raw_date, int) else (_when(raw_date) or _text(raw_date))
    if not title or not when:
        return None
    names = _names(_first(item, _AUTHOR_KEYS))
    if isinstance(_first(item, _AUTHOR_KEYS), str):
        names = [_text(_first(item, _AUTHOR_KEYS))]  # "A. Author, B. Author": the byline as the site writes it
    if not names and any(item.get(k) for k in _EVENT_KEYS):
        return StructuredRecord(
            "event", tuple(x for x in (title, when, _place(_first(item, _PLACE_KEYS))) if x), script
        )
    label = _text(_first(item, _TYPE_KEYS))
    return StructuredRecord("work", tuple(x for x in (title, label, when, _byline(names)) if x), script)


def _byline(names: list[str]) -> str:
    """ "By A, B and C" as a card writes it; "" for no one."""
    if len(names) > 1:
        return f"By {', '.join(names[:-1])} and {names[-1]}"
    return f"By {names[0]}" if names else ""


def _items(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object of a JSON-LD document: lists, `@graph` and an ItemList's elements opened."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for element in data:
            yield from _items(element, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _items(data["@graph"], depth + 1)
        if "itemListElement" in data:
            yield from _items(data["itemListElement"], depth + 1)
        if "item" in data and isinstance(data["item"], dict):
            yield from _items(data["item"], depth + 1)
        if _types(data) & (EVENT_TYPES | WORK_TYPES):
            yield data


def _types(item: dict[str, Any]) -> set[str]:
    kinds = item.get("@type", ())
    return {kinds} if isinstance(kinds, str) else {k for k in kinds if isinstance(k, str)}


def _record(item: dict[str, Any], script: int) -> StructuredRecord | None:
    name = _text(item.get("name") or item.get("headline"))
    if not name:
        return None
    if _types(item) & EVENT_TYPES:
        start, end = _when(item.get("startDate")), _when(item.get("endDate"))
        if not start:
            return None
        # "2019-04-16 – 2019-04-17" over two days; one day's closing hour says nothing the rules keep
        when = start if not end or end[:10] == start[:10] else f"{start[:10]} – {end[:10]}"
        if "EventCancelled" in _text(item.get("eventStatus")):
            when += " (cancelled)"
        return StructuredRecord("event", tuple(x for x in (name, when, _place(item.get("location"))) if x), script)
    issued = _when(item.get("datePublished") or item.get("dateCreated"))
    names = _names(item.get("author")) or _names(item.get("editor"))
    byline = _byline(names)
    publisher = _names(item.get("publisher"))
    label = next((_TYPE_LABELS[t] for t in sorted(_types(item)) if t in _TYPE_LABELS), "")
    lines = (name, label, issued.split(" ")[0], byline, f"Published by {publisher[0]}" if publisher else "")
    return StructuredRecord("work", tuple(x for x in lines if x), script)


# A work's type as a card's label says it.
_TYPE_LABELS = {"Report": "Report", "ScholarlyArticle": "Journal Article", "Book": "Book", "Chapter": "Book Chapter",
                "Thesis": "Thesis"}  # fmt: skip


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return " ".join(value.split()) if isinstance(value, str) else ""


def _when(value: Any) -> str:
    """ "2019-03-14T18:00:00-05:00" -> "2019-03-14 18:00" (midnight is no hour): the day as the page's text
    would give it."""
    text = _text(value)
    if _YEAR_OR_MONTH.fullmatch(text):
        return text  # "2011", "2011-09": the precision the page gives
    match = _ISO.match(text)
    if match is None:
        return ""
    hour = match.group("hour")
    return match.group("day") + (f" {hour}" if hour and hour != "00:00" else "")


def _place(value: Any) -> str:
    """A location's name and town ("Council Chambers, Springfield"); a virtual location is "Online"."""
    if isinstance(value, list):
        return next((p for v in value if (p := _place(v))), "")
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict):
        return ""
    if "VirtualLocation" in _types(value):
        return "Online"
    address = value.get("address")
    town = _text(address.get("addressLocality")) if isinstance(address, dict) else _text(address)
    name = _text(value.get("name"))
    return ", ".join(x for x in (name, town if town not in name else "") if x)


def _names(value: Any) -> list[str]:
    """Names of people or organisations: a string, an object with a `name`, or a list of them."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return [n] if (n := _text(value.get("name"))) else []
    return [n] if (n := _text(value)) else []
