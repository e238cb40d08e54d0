"""Activities -> the annex and the result checks, purely.

A requirement (a row of the requirements CSV) says which activities count as evidence
(`evidence_kinds`, `title_hints`) and how many a fiscal year needs (`expected`):

    annual                  1 a year          semi-annual              2 a year
    semi-annual or annual   1 a year          annual from 2004/05      1 a year from 2004/05
    as required             none is due; met when there is some

A year that is short of its count is `delayed` when later years deliver the missing
outputs, `partially_met` or `not_met` otherwise, and `not_due` while it is not over
(the evidence stops at `observed_until`). A year that no document covers (no activity of the
recipient is dated in it) is `unknown`, "not reported", never `not_met`. A past year in which
nothing was required (an "as required" output with none reported, a year before "annual from")
is `met` with `observed_count` 0, its note starting "none required". Every note says why.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
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


def csv_rows(text: str, required: Sequence[str], *, name: str) -> Iterable[tuple[int, dict[str, str]]]:
    """(line, row) of a config CSV; a ConfigError naming the file when a required column is missing."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"{name}: missing column(s) {', '.join(missing)}")
    return enumerate(reader, start=2)


def parse_requirements(text: str, *, name: str = "requirements") -> list[Requirement]:
    """Read the requirements CSV (the columns of shared/spec/contribution_agreements.csv)."""
    rows = []
    for line, row in csv_rows(text, REQUIRED_COLUMNS, name=name):
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


def _due(expectation: Expectation, year: str) -> int | None:
    """How many outputs `year` needs: None for "as required" (no count), 0 before an "annual from" year."""
    if expectation.per_year is None:
        return None
    if expectation.from_year and year < expectation.from_year:
        return 0
    return expectation.per_year


def _made_up(missing: int, later_years: Sequence[str], surplus: dict[str, int]) -> tuple[int, list[str]]:
    """Take a year's shortfall from later years' surplus: (still missing, the years that made it up)."""
    made_up_in = []
    for later in later_years:
        take = min(missing, surplus[later])
        if take:
            surplus[later] -= take
            missing -= take
            made_up_in.append(later)
        if not missing:
            break
    return missing, made_up_in


def _status(
    req: Requirement,
    year: str,
    count: int,
    expected_count: int | None,
    *,
    later: tuple[Sequence[str], dict[str, int]],
    covered: bool,
    observed_until: dt.date,
) -> tuple[CheckStatus, str]:
    """One cell's status and the note that says why it has it."""
    start, end = fiscal_year_bounds(year)
    found = f"{count} found" if expected_count is None else f"{count} of {expected_count} found"
    if start > observed_until:
        return CheckStatus.NOT_DUE, f"not begun: the evidence ends {observed_until}"
    if expected_count is None:
        if count:
            return CheckStatus.MET, f"as required: {found}"
        if end > observed_until:
            return CheckStatus.NOT_DUE, f"year in progress: as required, none found by {observed_until}"
        return CheckStatus.MET, "none required: as required, and no document reports one this year"
    if expected_count == 0:
        return CheckStatus.MET, f"none required: required from {parse_expected(req.expected).from_year}"
    if count >= expected_count:
        return CheckStatus.MET, found
    if end > observed_until:
        return CheckStatus.NOT_DUE, f"year in progress: {count} of {expected_count} by {observed_until}"
    if not covered:
        return CheckStatus.UNKNOWN, f"not reported: no document covers {req.recipient} in {year}"
    missing, made_up_in = _made_up(expected_count - count, *later)
    if not missing:
        return CheckStatus.DELAYED, f"{found}; {expected_count - count} delivered late, in {', '.join(made_up_in)}"
    if count:
        return CheckStatus.PARTIALLY_MET, f"{found}; the rest not delivered by {observed_until}"
    return CheckStatus.NOT_MET, f"none of {expected_count} found, though documents cover {req.recipient} in {year}"


def _check_years(
    req: Requirement,
    years: Sequence[str],
    by_year: dict[str, list[Activity]],
    observed_until: dt.date,
    covered: Collection[str] | None = None,
) -> list[ResultCheck]:
    """The requirement's cell for each year. `covered`: the years some document reports on (None: all)."""
    expectation = parse_expected(req.expected)
    due = {year: _due(expectation, year) for year in years}
    observed = {year: len(by_year.get(year, [])) for year in years}
    # Outputs beyond a year's due count can make up for an earlier year's shortfall.
    surplus = {y: max(0, observed[y] - (due[y] or 0)) for y in years}
    results = []
    for i, year in enumerate(years):
        status, note = _status(
            req, year, observed[year], due[year],
            later=(years[i + 1 :], surplus), covered=covered is None or year in covered, observed_until=observed_until,
        )  # fmt: skip
        results.append(
            ResultCheck(
                recipient=req.recipient,
                requirement_id=req.requirement_id,
                output=req.output,
                expected=req.expected,
                fiscal_year=year,
                expected_count=due[year],
                observed_count=observed[year],
                status=status,
                evidence=tuple(sorted(a.activity_id for a in by_year.get(year, []))),
                note=note,
            )
        )
    return results


def covered_years(activities: Iterable[Activity]) -> dict[str, set[str]]:
    """recipient -> the fiscal years some document reports on: those with any activity read, whatever its
    status or kind (a schedule that only lists a cancelled meeting still covers its year)."""
    covered: dict[str, set[str]] = defaultdict(set)
    for a in activities:
        if a.fiscal_year:
            covered[a.recipient].add(a.fiscal_year)
    return covered


def evaluate_requirements(
    requirements: Sequence[Requirement],
    activities: Sequence[Activity],
    *,
    observed_until: dt.date,
    first_fiscal_year: str | None = None,
) -> list[ResultCheck]:
    """One result check per requirement and fiscal year, from the first year to `observed_until`'s."""
    evidence = assign_evidence(requirements, activities)
    coverage = covered_years(activities)
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
        results.extend(_check_years(req, years, by_year, observed_until, coverage.get(req.recipient, set())))
    return results
