"""Activities -> the annex and the result checks, purely.

A requirement (a row of the requirements CSV) says which activities count as evidence
(`evidence_kinds`, `title_hints`) and how many a fiscal year needs (`expected`):

    annual                  1 a year          semi-annual              2 a year
    semi-annual or annual   1 a year          annual from 2004/05      1 a year from 2004/05
    as required             none is due; met when there is some

A year that is short of its count is `delayed` when later years deliver the missing
outputs, `partially_met` or `not_met` otherwise, and `not_due` while it is not over
(the evidence stops at `observed_until`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.fiscal import fiscal_year, fiscal_year_bounds
from mpdp_pipeline.schemas import Activity, ActivityStatus, AnnexRow, CheckStatus, ResultCheck

REQUIRED_COLUMNS = ("requirement_id", "recipient", "output", "expected", "evidence_kinds", "title_hints")


@dataclass(frozen=True)
class Requirement:
    requirement_id: str
    recipient: str
    output: str
    expected: str
    evidence_kinds: tuple[str, ...]
    title_hints: tuple[str, ...]
    activity_group: str = ""
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class Expectation:
    """`expected` parsed: how many per fiscal year, from which year."""

    per_year: int | None  # None: as required
    from_year: str | None = None


def parse_requirements(text: str, *, name: str = "requirements") -> list[Requirement]:
    """Read the requirements CSV (the columns of shared/spec/contribution_agreements.csv)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"{name}: missing column(s) {', '.join(missing)}")
    rows = []
    for line, row in enumerate(reader, start=2):
        if not row["requirement_id"]:
            raise ConfigError(f"{name}:{line}: requirement_id is empty")
        split = lambda v: tuple(p.strip().lower() for p in (v or "").split("|") if p.strip())  # noqa: E731
        requirement = Requirement(
            requirement_id=row["requirement_id"].strip(),
            recipient=row["recipient"].strip(),
            output=row["output"].strip(),
            expected=row["expected"].strip(),
            evidence_kinds=split(row["evidence_kinds"]),
            title_hints=split(row["title_hints"]),
            activity_group=(row.get("activity_group") or "").strip(),
            source=(row.get("source") or "").strip(),
            note=(row.get("note") or "").strip(),
        )
        parse_expected(requirement.expected, name=f"{name}:{line}")
        rows.append(requirement)
    return rows


def parse_expected(expected: str, *, name: str = "expected") -> Expectation:
    text = expected.strip().lower()
    if match := re.fullmatch(r"annual from ((?:19|20)\d\d/\d\d)", text):
        return Expectation(1, match.group(1))
    table = {"annual": 1, "semi-annual": 2, "semi-annual or annual": 1, "as required": None}
    if text not in table:
        raise ConfigError(
            f"{name}: unknown expected value {expected!r} (use one of {', '.join(table)}, annual from YYYY/YY)"
        )
    return Expectation(table[text])


# --- evidence ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _hint_position(title: str, hints: Sequence[str]) -> tuple[int, int] | None:
    """(position, -length) of the earliest, longest hint in the title; None if none."""
    folded = _fold(title)
    best = None
    for hint in hints:
        match = re.search(rf"(?<!\w){re.escape(_fold(hint))}(?!\w)", folded)
        if match:
            key = (match.start(), -len(hint))
            best = key if best is None or key < best else best
    return best


def counts(activity: Activity) -> bool:
    """Whether an activity is evidence: a meeting listed as cancelled or postponed did not take place."""
    return (activity.status or ActivityStatus.REPORTED) == ActivityStatus.REPORTED


def assign_evidence(requirements: Sequence[Requirement], activities: Iterable[Activity]) -> dict[str, list[Activity]]:
    """requirement_id -> its evidence. An activity that two requirements' hints name goes to the
    one named earliest in its title ("Mini-Full Round" is not a "Full Round")."""
    evidence: dict[str, list[Activity]] = defaultdict(list)
    for activity in activities:
        if not counts(activity):
            continue
        matches = []
        for req in requirements:
            if req.recipient != activity.recipient or activity.kind not in req.evidence_kinds:
                continue
            if not req.title_hints:
                matches.append(((10**6, 0), req))  # no hints: any activity of the kinds, lowest priority
            elif (position := _hint_position(activity.title, req.title_hints)) is not None:
                matches.append((position, req))
        if matches:
            best = min(key for key, _ in matches)
            for key, req in matches:
                if key == best:
                    evidence[req.requirement_id].append(activity)
    return evidence


# --- annex and checks -------------------------------------------------------------------------


def activities_to_annex(activities: Iterable[Activity]) -> list[AnnexRow]:
    """Counts per recipient, fiscal year and kind, with the ids behind each count."""
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for a in activities:
        if a.fiscal_year and counts(a):
            groups[(a.recipient, a.fiscal_year, a.kind)].append(a.activity_id)
    return [AnnexRow(r, fy, k, len(ids), tuple(sorted(ids))) for (r, fy, k), ids in sorted(groups.items())]


def fiscal_years_between(first: str, last: str) -> list[str]:
    start, _ = fiscal_year_bounds(first)
    end, _ = fiscal_year_bounds(last)
    return [fiscal_year(dt.date(year, 4, 1)) for year in range(start.year, end.year + 1)]  # type: ignore[misc]


def _check_years(
    req: Requirement, years: Sequence[str], by_year: dict[str, list[Activity]], observed_until: dt.date
) -> list[ResultCheck]:
    expectation = parse_expected(req.expected)
    due: dict[str, int | None] = {}
    for year in years:
        if expectation.per_year is None:
            due[year] = None
        elif expectation.from_year and year < expectation.from_year:
            due[year] = 0
        else:
            due[year] = expectation.per_year
    observed = {year: len(by_year.get(year, [])) for year in years}
    # Outputs beyond a year's due count can make up for an earlier year's shortfall.
    surplus = {y: max(0, observed[y] - (due[y] or 0)) for y in years}
    results = []
    for i, year in enumerate(years):
        start, end = fiscal_year_bounds(year)
        ids = tuple(sorted(a.activity_id for a in by_year.get(year, [])))
        expected_count, count = due[year], observed[year]
        note = ""
        if start > observed_until:
            status, note = CheckStatus.NOT_DUE, f"fiscal year starts after the evidence ends ({observed_until})"
        elif expected_count is None:
            status = CheckStatus.MET if count else CheckStatus.NOT_DUE
            note = "as required" + ("" if count else ": nothing required this year")
        elif expected_count == 0:
            status, note = CheckStatus.NOT_DUE, f"required from {expectation.from_year}"
        elif count >= expected_count:
            status = CheckStatus.MET
        elif end > observed_until:
            status = CheckStatus.NOT_DUE
            note = f"year in progress: {count} of {expected_count} by {observed_until}"
        else:
            missing = expected_count - count
            made_up_in = []
            for later in years[i + 1 :]:
                take = min(missing, surplus[later])
                if take:
                    surplus[later] -= take
                    missing -= take
                    made_up_in.append(later)
                if not missing:
                    break
            if not missing:
                status, note = (
                    CheckStatus.DELAYED,
                    f"{expected_count - count} delivered late, in {', '.join(made_up_in)}",
                )
            elif count:
                status, note = CheckStatus.PARTIALLY_MET, f"{count} of {expected_count}"
            else:
                status, note = CheckStatus.NOT_MET, "no evidence found"
        results.append(
            ResultCheck(
                recipient=req.recipient,
                requirement_id=req.requirement_id,
                output=req.output,
                expected=req.expected,
                fiscal_year=year,
                expected_count=expected_count,
                observed_count=count,
                status=status,
                evidence=ids,
                note=note,
            )
        )
    return results


def evaluate_requirements(
    requirements: Sequence[Requirement],
    activities: Sequence[Activity],
    *,
    observed_until: dt.date,
    first_fiscal_year: str | None = None,
) -> list[ResultCheck]:
    """One result check per requirement and fiscal year, from the first year to `observed_until`'s."""
    evidence = assign_evidence(requirements, activities)
    last = fiscal_year(observed_until)
    assert last is not None
    results: list[ResultCheck] = []
    for req in requirements:
        own = [a for a in activities if a.recipient == req.recipient and a.fiscal_year]
        first = first_fiscal_year or min((a.fiscal_year for a in own), default=last)  # type: ignore[type-var]
        years = [y for y in fiscal_years_between(first, last)] if first <= last else []
        by_year: dict[str, list[Activity]] = defaultdict(list)
        for a in evidence.get(req.requirement_id, []):
            if a.start_date and a.start_date <= observed_until:
                by_year[a.fiscal_year].append(a)  # type: ignore[index]
        results.extend(_check_years(req, years, by_year, observed_until))
    return results
