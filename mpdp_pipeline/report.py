"""Tables -> one static HTML page for reviewers: annexes, result checks, charts and evidence.

Every count links to the activities behind it, and every activity to its source document,
page and snippet, so a reviewer can check any number against the extraction log.

This module only prepares plain data (rows, counts, labels); the page itself is the Jinja2 template
`templates/report.html.j2`, package data loaded through the installed package and autoescaped, so
nothing a document says (a title, a snippet) can become markup.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import jinja2

from mpdp_pipeline.schemas import Activity, AnnexRow, LogEntry, ResultCheck, RunRecord

TEMPLATE = "report.html.j2"

STATUS_COLOURS = {
    "met": "#cdeccd",
    "partially_met": "#fbe7b5",
    "delayed": "#fbd3a5",
    "not_met": "#f6b8b8",
    "not_due": "#e4e4e4",
    "unknown": "#ffffff",
}

# The HTML is the template's; `finalize` shows a missing value (None) as nothing, as the page always has.
ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("mpdp_pipeline", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    finalize=lambda value: "" if value is None else value,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _annex_cell(row: AnnexRow | None) -> dict[str, Any] | None:
    return None if row is None else {"count": row.count, "activity_ids": " ".join(row.activity_ids)}


def _annex_tables(annex: Sequence[AnnexRow]) -> list[dict[str, Any]]:
    """One count table (kind x fiscal year) and one bar chart (activities per year) per recipient."""
    by_recipient: dict[str, list[AnnexRow]] = defaultdict(list)
    for row in annex:
        by_recipient[row.recipient].append(row)
    tables = []
    for recipient, rows in sorted(by_recipient.items()):
        years = sorted({r.fiscal_year for r in rows})
        cell = {(r.fiscal_year, r.kind): r for r in rows}
        totals: Counter[str] = Counter()
        for r in rows:
            totals[r.fiscal_year] += r.count
        peak = max(totals.values(), default=0) or 1
        tables.append(
            {
                "recipient": recipient,
                "years": years,
                "rows": [
                    {"kind": kind, "cells": [_annex_cell(cell.get((year, kind))) for year in years]}
                    for kind in sorted({r.kind for r in rows})
                ],
                "bars": [{"year": y, "total": totals[y], "width": 200 * totals[y] // peak} for y in years],
            }
        )
    return tables


def _check_cell(c: ResultCheck | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "status": c.status,
        "colour": STATUS_COLOURS.get(c.status, "#fff"),
        "observed": c.observed_count,
        "expected": c.expected_count,
        "note": c.note,
        "evidence": list(c.evidence),
    }


def _checks_table(checks: Sequence[ResultCheck]) -> dict[str, Any]:
    """One row per (recipient, requirement), one cell per fiscal year: status, counts, note, evidence."""
    years = sorted({c.fiscal_year for c in checks})
    by_key: dict[tuple[str, str], dict[str, ResultCheck]] = defaultdict(dict)
    latest: dict[tuple[str, str], ResultCheck] = {}  # the row's output and expectation, as its last check states them
    for c in checks:
        by_key[(c.recipient, c.requirement_id)][c.fiscal_year] = c
        latest[(c.recipient, c.requirement_id)] = c
    rows = [
        {
            "recipient": recipient,
            "requirement_id": requirement_id,
            "output": latest[(recipient, requirement_id)].output,
            "expected": latest[(recipient, requirement_id)].expected,
            "cells": [_check_cell(by_year.get(year)) for year in years],
        }
        for (recipient, requirement_id), by_year in sorted(by_key.items())
    ]
    return {"years": years, "rows": rows}


def _evidence_rows(activities: Sequence[Activity]) -> list[dict[str, Any]]:
    """Every activity with its source document, page (or locator) and the start of its snippet."""
    return [
        {
            "activity_id": a.activity_id,
            "recipient": a.recipient,
            "fiscal_year": a.fiscal_year,
            "kind": a.kind,
            "title": a.title,
            "date_text": a.date_text,
            "location": a.location,
            "source_url": a.source_url,
            "source_name": a.source_url.rsplit("/", 1)[-1],
            "page": a.page,
            "locator": a.locator,
            "snippet": a.snippet[:240],
            "extractor": a.extractor,
            "confidence": a.confidence,
        }
        for a in sorted(activities, key=lambda a: (a.recipient, str(a.start_date), a.title))
    ]


def _log_tables(log: Sequence[LogEntry], run_id: str | None) -> dict[str, Any]:
    """This run's log: rows per (stage, status, code), and the warnings, errors and skips in full."""
    current = [e for e in log if run_id is None or e.run_id == run_id]
    counts = Counter((e.stage, e.status, e.code) for e in current)
    return {
        "summary": [(*key, n) for key, n in sorted(counts.items())],
        "problems": [
            {"stage": e.stage, "status": e.status, "code": e.code, "source_url": e.source_url, "message": e.message}
            for e in current
            if e.status in ("warning", "error", "skipped")
        ],
    }


def _run_line(run: RunRecord | None) -> dict[str, Any] | None:
    if run is None:
        return None
    fields = ("run_id", "status", "documents_seen", "documents_changed", "activities", "warnings", "errors")
    return {name: getattr(run, name) for name in fields}


def render_report(
    *,
    activities: Sequence[Activity],
    annex: Sequence[AnnexRow],
    checks: Sequence[ResultCheck],
    log: Sequence[LogEntry],
    run: RunRecord | None,
    generated_at: dt.datetime,
) -> str:
    """The whole page as a string; the caller writes it."""
    return ENVIRONMENT.get_template(TEMPLATE).render(
        generated=f"{generated_at:%Y-%m-%d %H:%M}",
        run=_run_line(run),
        status_counts=sorted(Counter(c.status for c in checks).items()),
        legend=list(STATUS_COLOURS.items()),
        checks=_checks_table(checks),
        annex=_annex_tables(annex),
        evidence=_evidence_rows(activities),
        log=_log_tables(log, run.run_id if run else None),
    )
