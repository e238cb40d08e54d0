"""Activities -> the figures behind the program's intended results (`indicators`), purely.

Per recipient and fiscal year, each figure with the activities it counts:

    research            publications by type (publications.<type>)
    exchange            meetings among states; the states hosting them; the states and organisations
                        named as taking part
    public_discussion   public events (roundtables, forums, seminars, conferences); publications
    additional          RCM: technical assistance and capacity building (workshops and trainings),
                        IGC: links with the EU (activities that name it)

Only `reported` activities count. No figure is invented: a year that no document covers has no
figures ("not reported"), and a figure that rests on what documents name (participants, the EU) is
null, with a note, where no document of that year names any.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mpdp_pipeline.checks import counts, covered_years
from mpdp_pipeline.schemas import Activity, Indicator, IntendedResult, Kind, PublicationType

EVENTS = frozenset(
    {Kind.MEETING, Kind.WORKSHOP, Kind.CONFERENCE, Kind.SEMINAR, Kind.FORUM, Kind.ROUNDTABLE, Kind.WORKING_GROUP,
     Kind.TRAINING}
)  # fmt: skip
PUBLICATIONS = frozenset({Kind.PUBLICATION, Kind.REPORT})
PUBLIC_EVENTS = frozenset({Kind.ROUNDTABLE, Kind.FORUM, Kind.SEMINAR, Kind.CONFERENCE})
ASSISTANCE = frozenset({Kind.WORKSHOP, Kind.TRAINING})
EU = re.compile(
    r"\b(?:EU|European (?:Union|Commission|Council|Parliament)|Council of the (?:EU|European Union)|Frontex|Europol"
    r"|Uni[oó]n Europea|Comisi[oó]n Europea|Union europ[ée]enne|Commission europ[ée]enne)\b"
)


@dataclass(frozen=True)
class Measure:
    """One indicator: which activities it counts, or, for `distinct`, which values of them it counts."""

    result: IntendedResult
    indicator: str
    label: str
    select: Callable[[Activity], bool]
    recipients: frozenset[str] | None = None  # None: every recipient
    distinct: Callable[[Activity], Iterable[str]] | None = None
    # A figure that rests on what documents name: null, not 0, when nothing of the year names it.
    named: str | None = None


def _publication_type(a: Activity) -> str:
    return str(a.publication_type or (PublicationType.REPORT if a.kind == Kind.REPORT else PublicationType.OTHER))


def _publication_measures(activities: Sequence[Activity]) -> list[Measure]:
    types = sorted({_publication_type(a) for a in activities if a.kind in PUBLICATIONS})
    return [
        Measure(
            IntendedResult.RESEARCH,
            f"publications.{t}",
            f"publications: {t.replace('_', ' ')}",
            lambda a, t=t: a.kind in PUBLICATIONS and _publication_type(a) == t,
        )  # fmt: skip
        for t in types
    ]


def _text(a: Activity) -> str:
    return " ".join([a.title, a.snippet, a.location or "", *a.participants])


MEASURES = (
    Measure(IntendedResult.EXCHANGE, "meetings", "meetings, workshops and other events", lambda a: a.kind in EVENTS),
    Measure(
        IntendedResult.EXCHANGE, "host_states", "distinct states hosting them", lambda a: a.kind in EVENTS,
        distinct=lambda a: [a.country] if a.country else [], named="the country of any of its events",
    ),
    Measure(
        IntendedResult.EXCHANGE, "participants", "distinct states and organisations named as taking part",
        lambda a: a.kind in EVENTS, distinct=lambda a: a.participants, named="who took part in its events",
    ),
    Measure(
        IntendedResult.PUBLIC_DISCUSSION, "public_events", "roundtables, forums, seminars and conferences",
        lambda a: a.kind in PUBLIC_EVENTS,
    ),
    Measure(IntendedResult.PUBLIC_DISCUSSION, "publications", "publications", lambda a: a.kind in PUBLICATIONS),
    Measure(
        IntendedResult.ADDITIONAL, "central_america_assistance",
        "technical assistance and capacity building in Central America (workshops and trainings)",
        lambda a: a.kind in ASSISTANCE, recipients=frozenset({"RCM"}),
    ),
    Measure(
        IntendedResult.ADDITIONAL, "eu_links", "links with the EU (activities naming it)",
        lambda a: bool(EU.search(_text(a))), recipients=frozenset({"IGC"}), named="the EU",
    ),
)  # fmt: skip


def _row(measure: Measure, recipient: str, year: str, chosen: list[Activity], covered: bool) -> Indicator:
    def make(value: int | None, evidence: Iterable[str], note: str) -> Indicator:
        return Indicator(
            recipient, year, measure.result, measure.indicator, measure.label, value, tuple(sorted(evidence)), note
        )

    if not covered:
        return make(None, (), f"not reported: no document covers {recipient} in {year}")
    if measure.distinct is not None:
        values = {v: a for a in chosen for v in measure.distinct(a)}
        if not chosen:
            return make(0, (), f"no events reported for {year}")
        if not values:
            return make(None, (), f"no document names {measure.named} in {year}")
        return make(len(values), {a.activity_id for a in chosen if any(measure.distinct(a))}, ", ".join(sorted(values)))
    if measure.named and not chosen:
        return make(None, (), f"no document names {measure.named} in {year}")
    return make(len(chosen), (a.activity_id for a in chosen), "" if chosen else f"none reported for {year}")


def compute_indicators(activities: Sequence[Activity], years: Sequence[str]) -> list[Indicator]:
    """Every indicator for every recipient with activities and every fiscal year of `years`."""
    coverage = covered_years(activities)
    reported = [a for a in activities if counts(a) and a.fiscal_year]
    by_key: dict[tuple[str, str], list[Activity]] = defaultdict(list)
    for a in reported:
        by_key[(a.recipient, a.fiscal_year)].append(a)  # type: ignore[index]
    rows = []
    for recipient in sorted({a.recipient for a in activities}):
        own = [a for a in reported if a.recipient == recipient]
        for measure in (*_publication_measures(own), *MEASURES):
            if measure.recipients is not None and recipient not in measure.recipients:
                continue
            for year in years:
                chosen = [a for a in by_key.get((recipient, year), []) if measure.select(a)]
                rows.append(_row(measure, recipient, year, chosen, year in coverage.get(recipient, set())))
    return rows
