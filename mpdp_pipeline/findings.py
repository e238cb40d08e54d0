"""Result checks -> the review's conclusion in plain words (`findings`), purely.

Only fiscal years that are over by `observed_until` are judged. Per recipient: whether every required
output was delivered in every such year, and the exceptions (delayed until when, partly or not
delivered, not reported); then one overall sentence, first. On the bundled sample it reads as the
review does: every output delivered every year, except the MPI roundtables, delayed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from mpdp_pipeline.fiscal import fiscal_year_bounds
from mpdp_pipeline.schemas import CheckStatus, Finding, FindingKind, ResultCheck

# The statuses that make an exception, most serious first, and how a sentence says each.
EXCEPTIONS = {
    CheckStatus.NOT_MET: "not delivered",
    CheckStatus.PARTIALLY_MET: "partly delivered",
    CheckStatus.UNKNOWN: "not reported",
    CheckStatus.DELAYED: "delayed",
}


def output_name(recipient: str, output: str) -> str:
    """`Roundtables organised through MPI` -> `the MPI roundtables organised through MPI`: words in
    lower case except acronyms and names written with inner capitals."""

    def word(w: str) -> str:
        return "-".join(p.lower() if p[1:] == p[1:].lower() else p for p in w.split("-"))

    return f"the {recipient} {' '.join(word(w) for w in output.split())}"


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _span(years: Sequence[str]) -> str:
    return years[0] if len(years) == 1 else f"from {years[0]} to {years[-1]}"


LATE = "delivered late, in "  # how a `delayed` note names the years that made up for it (checks.py)


def _made_up_in(check: ResultCheck) -> list[str]:
    return (
        check.note.split(LATE, 1)[1].split(", ") if check.status == CheckStatus.DELAYED and LATE in check.note else []
    )


def _detail(check: ResultCheck) -> str:
    """What happened in one exception year, from its counts and note."""
    if years := _made_up_in(check):
        return f"{check.fiscal_year} (made up in {', '.join(years)})"
    if check.status == CheckStatus.UNKNOWN:
        return f"{check.fiscal_year} (no document covers the year)"
    return f"{check.fiscal_year} ({check.observed_count} of {check.expected_count})"


def _late_evidence(group: Sequence[ResultCheck], checks: Sequence[ResultCheck]) -> set[str]:
    """A delayed output's evidence: the activities of the years that made up for it."""
    years = {(c.requirement_id, y) for c in group for y in _made_up_in(c)}
    return {e for c in checks if (c.requirement_id, c.fiscal_year) in years for e in c.evidence}


def over(check: ResultCheck, observed_until: dt.date) -> bool:
    """Whether the check's fiscal year ended by `observed_until`: only those are judged."""
    return fiscal_year_bounds(check.fiscal_year)[1] <= observed_until


def conclude(checks: Sequence[ResultCheck], *, observed_until: dt.date) -> list[Finding]:
    """The overall sentence, then per recipient its conclusion and one row per exception."""
    judged = [c for c in checks if over(c, observed_until)]
    judged_all = list(checks)
    years = sorted({c.fiscal_year for c in judged})
    recipients = sorted({c.recipient for c in checks})
    if not judged:
        text = f"No fiscal year is over by {observed_until}: nothing can be concluded yet."
        return [Finding(1, FindingKind.OVERALL, None, None, None, (), text, ())]

    # (recipient, requirement, status) -> its checks, for the exceptions
    groups: dict[tuple[str, str, CheckStatus], list[ResultCheck]] = defaultdict(list)
    for c in judged:
        if c.status in EXCEPTIONS:
            groups[(c.recipient, c.requirement_id, CheckStatus(c.status))].append(c)
    order = list(EXCEPTIONS)
    keys = sorted(groups, key=lambda k: (k[0], order.index(k[2]), k[1]))

    rows: list[Finding] = []
    summaries = []  # "the MPI roundtables ..., delayed in 2004/05 and 2006/07"
    for recipient in recipients:
        own_years = sorted({c.fiscal_year for c in judged if c.recipient == recipient})
        own = [k for k in keys if k[0] == recipient]
        span = own_years[0] if len(own_years) == 1 else f"{own_years[0]} to {own_years[-1]}"
        base = f"{recipient} delivered every required output in every fiscal year that is over ({span})"
        exceptions = []
        for key in own:
            group = sorted(groups[key], key=lambda c: c.fiscal_year)
            name = output_name(recipient, group[0].output)
            phrase = f"{name}, {EXCEPTIONS[key[2]]} in {_join([c.fiscal_year for c in group])}"
            exceptions.append((key, group, phrase))
            summaries.append(phrase)
        text = base + (f", except {'; '.join(p for _, _, p in exceptions)}." if exceptions else ".")
        evidence = sorted({e for c in judged if c.recipient == recipient for e in c.evidence})
        rows.append(Finding(0, FindingKind.RECIPIENT, recipient, None, None, tuple(own_years), text, tuple(evidence)))
        for (_, requirement_id, status), group, _ in exceptions:
            when = _join([_detail(c) for c in group])
            detail = f"{group[0].output} ({requirement_id}): {EXCEPTIONS[status]} in {when}."
            rows.append(
                Finding(
                    0, FindingKind.EXCEPTION, recipient, requirement_id, status,
                    tuple(c.fiscal_year for c in group), detail,
                    tuple(sorted({e for c in group for e in c.evidence} | _late_evidence(group, judged_all))),
                )
            )  # fmt: skip

    overall = f"Every required output of {_join(recipients)} was delivered in every fiscal year {_span(years)}"
    overall += f", except {'; '.join(summaries)}." if summaries else "."
    rows.insert(0, Finding(0, FindingKind.OVERALL, None, None, None, tuple(years), overall, ()))
    return [replace(row, line=i) for i, row in enumerate(rows, start=1)]
