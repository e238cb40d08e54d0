"""Tables -> one static HTML page for reviewers: annexes, result checks, charts and evidence.

Every count links to the activities behind it, and every activity to its source document,
page and snippet, so a reviewer can check any number against the extraction log.

This module only prepares plain data (rows, counts, labels); the page itself is the Jinja2 template
`templates/report.html.j2`, package data loaded through the installed package and autoescaped, so
nothing a document says (a title, a snippet) can become markup.

The page shows what the review is about: the configured recipients and the fiscal years in scope (from
the first checked to the observed one), so that a crawl of one recipient does not show three, and old
years a document happens to mention do not add columns. It is laid out to be read at 1280 px: wide tables
scroll inside the page, the check matrix keeping its recipient and output columns in view.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import jinja2

from mpdp_pipeline.fiscal import fiscal_year, fiscal_year_bounds
from mpdp_pipeline.schemas import (
    Activity,
    AnnexRow,
    CheckStatus,
    Correction,
    CorrectionStatus,
    Finding,
    FindingKind,
    Indicator,
    LogEntry,
    ResultCheck,
    RunRecord,
)

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


@dataclass(frozen=True)
class Scope:
    """The recipients and fiscal years the page shows; None: every one the tables hold."""

    recipients: frozenset[str] | None = None
    fiscal_years: frozenset[str] | None = None

    @classmethod
    def of(cls, recipients: Collection[str] | None, fiscal_years: Collection[str] | None) -> Scope:
        return cls(
            None if recipients is None else frozenset(recipients),
            None if fiscal_years is None else frozenset(fiscal_years),
        )

    def has_recipient(self, recipient: str | None) -> bool:
        return self.recipients is None or recipient in self.recipients

    def has_year(self, year: str | None) -> bool:
        return self.fiscal_years is None or year in self.fiscal_years

    def has(self, recipient: str | None, year: str | None) -> bool:
        return self.has_recipient(recipient) and self.has_year(year)

    def activity(self, a: Activity) -> bool:
        """An activity of a recipient in scope, dated in a year in scope or not dated at all (a reviewer may
        want to date it by a correction)."""
        return self.has_recipient(a.recipient) and (a.fiscal_year is None or self.has_year(a.fiscal_year))

    def finding(self, f: Finding) -> bool:
        """The overall sentence, and a recipient's sentences when the recipient and one of their years are."""
        if f.kind == FindingKind.OVERALL:
            return True
        return self.has_recipient(f.recipient) and (not f.fiscal_years or any(map(self.has_year, f.fiscal_years)))


def years_in_scope(first: str | None, observed_until: dt.date, checks: Sequence[ResultCheck] = ()) -> list[str]:
    """The fiscal years from `first` (by default the first one checked) to the one `observed_until` falls in.

    `first` is the config's `checks.first_fiscal_year`, `observed_until` its `checks.observed_until` or today.
    """
    last = fiscal_year(observed_until)
    assert last is not None
    start = first or min((c.fiscal_year for c in checks), default=last)
    begin, end = fiscal_year_bounds(start)[0].year, fiscal_year_bounds(last)[0].year
    return [f"{year}/{(year + 1) % 100:02d}" for year in range(begin, end + 1)]


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


def status_label(c: ResultCheck) -> str:
    """What a cell says: its status, except a year in which nothing was required, "none required"."""
    if c.status == CheckStatus.MET and c.observed_count == 0:
        return "none required"
    return str(c.status)


def _check_cell(c: ResultCheck | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "status": status_label(c),
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


def source_link(a: Activity) -> str:
    """Where a reviewer reads the activity: a PDF at its page (`#page=N`), an HTML page at its snippet (a text
    fragment, `#:~:text=`, that browsers scroll to and highlight)."""
    if not a.source_url:
        return ""
    if a.page:
        return f"{a.source_url}#page={a.page}"
    words = " ".join(a.snippet.split()[:8])
    return f"{a.source_url}#:~:text={quote(words, safe='')}" if words else a.source_url


def _evidence_rows(activities: Sequence[Activity], crops: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Every activity with its source document, page (or locator), the start of its snippet and, for a PDF,
    the crop of its page image (`crops`: activity id -> the image's path relative to the page)."""
    crops = crops or {}
    return [
        {
            "href": source_link(a),
            "crop": crops.get(a.activity_id),
            "corrections": [s.snippet for s in a.sources if s.extractor == "correction"],
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


# What a reviewer can do about a failing document, by code or code family (the part before the dot).
ADVICE = {
    "http": "the site refused or failed: the next run tries again; if it persists, check the URL in a browser",
    "robots": "robots.txt forbids it: ask the recipient for the document, then add its activities by corrections",
    "url": "the link leads off the configured sites or is malformed: add the domain to allowed_domains if it belongs",
    "file": "a local file is missing or unreadable: check the path and its permissions",
    "size": "the document is larger than max_bytes: raise crawl.max_bytes if it is wanted",
    "pdf.encrypted": "ask the recipient for an unprotected copy, or add its activities by corrections",
    "pdf.no_text_layer": "a scanned PDF: its activities must be added by corrections (no OCR)",
    "pdf": "the PDF cannot be read: open it by hand and add its activities by corrections",
    "html": "the page cannot be read: open it by hand and add its activities by corrections",
    "parse": "the parser failed or ran out of time or memory: the next run tries again (parse_timeout_s, "
    "parse_memory_mb)",
    "type": "neither HTML nor PDF: nothing to do unless it holds activities",
    "sitemap": "the site's sitemap is broken: the crawl follows links instead",
    "crawl": "the crawl of the whole source failed or stopped: see the message",
}


def advice(code: str) -> str:
    return ADVICE.get(code) or ADVICE.get(code.split(".", 1)[0], "see the message")


def _log_tables(log: Sequence[LogEntry], run_id: str | None) -> dict[str, Any]:
    """This run's log: rows per (stage, status, code), and the warnings, errors and skips in full."""
    current = [e for e in log if run_id is None or e.run_id == run_id]
    counts = Counter((e.stage, e.status, e.code) for e in current)
    return {
        "summary": [(*key, n) for key, n in sorted(counts.items())],
        "problems": [
            {
                "stage": e.stage,
                "status": e.status,
                "code": e.code,
                "source_url": e.source_url,
                "message": e.message,
                "advice": advice(e.code),
            }  # fmt: skip
            for e in current
            if e.status in ("warning", "error", "skipped")
        ],
    }


def _conclusion(findings: Sequence[Finding]) -> dict[str, Any]:
    """The overall sentence, then each recipient's sentence with its exceptions below it."""
    overall = next((f.text for f in findings if f.kind == FindingKind.OVERALL), None)
    recipients = []
    for f in findings:
        if f.kind == FindingKind.RECIPIENT:
            recipients.append({"recipient": f.recipient, "text": f.text, "exceptions": []})
        elif f.kind == FindingKind.EXCEPTION and recipients:
            recipients[-1]["exceptions"].append({"text": f.text, "status": f.status, "evidence": list(f.evidence)})
    return {"overall": overall, "recipients": recipients}


CHART_W, CHART_H = 150, 34


def _chart(key: str, label: str, years: Sequence[str], cells: Sequence[Indicator | None]) -> dict[str, Any]:
    """A small SVG bar chart of one indicator across years, with its text alternative."""
    values = [c.value if c is not None else None for c in cells]
    peak = max((v for v in values if v is not None), default=0) or 1
    step = CHART_W / max(1, len(years))
    bars = []
    for i, (year, value) in enumerate(zip(years, values, strict=True)):
        height = 0 if value is None else round((CHART_H - 6) * value / peak, 1)
        bars.append(
            {"x": round(i * step + 2, 1), "y": round(CHART_H - 2 - height, 1), "w": round(step - 4, 1), "h": height,
             "missing": value is None, "tip": f"{year}: {'not reported' if value is None else value}"}
        )  # fmt: skip
    text = "; ".join(b["tip"] for b in bars)
    return {"id": key, "title": f"{label}, per fiscal year", "desc": text, "bars": bars, "w": CHART_W, "h": CHART_H}


def _indicator_tables(indicators: Sequence[Indicator]) -> list[dict[str, Any]]:
    """Per recipient: one row per indicator (its result, figure per year with evidence, and a chart)."""
    by_recipient: dict[str, list[Indicator]] = defaultdict(list)
    for row in indicators:
        by_recipient[row.recipient].append(row)
    order = ["research", "exchange", "public_discussion", "additional"]
    tables = []
    for recipient, rows in sorted(by_recipient.items()):
        years = sorted({r.fiscal_year for r in rows})
        by_key: dict[tuple[str, str], dict[str, Indicator]] = defaultdict(dict)
        labels = {}
        for r in rows:
            by_key[(str(r.result), r.indicator)][r.fiscal_year] = r
            labels[(str(r.result), r.indicator)] = r.label
        keys = sorted(by_key, key=lambda k: (order.index(k[0]) if k[0] in order else 9, k[1]))
        table_rows = []
        for result, indicator in keys:
            cells = [by_key[(result, indicator)].get(y) for y in years]
            label = labels[(result, indicator)]
            table_rows.append(
                {
                    "result": result.replace("_", " "), "indicator": indicator, "label": label,
                    "cells": [
                        None if c is None else {"value": c.value, "note": c.note, "evidence": list(c.evidence)}
                        for c in cells
                    ],
                    "chart": _chart(f"chart-{recipient}-{indicator}".replace(".", "-"), label, years, cells),
                }
            )  # fmt: skip
        tables.append({"recipient": recipient, "years": years, "rows": table_rows})
    return tables


def _correction_rows(corrections: Sequence[Correction]) -> list[dict[str, Any]]:
    return [
        {
            "line": c.line,
            "action": c.action,
            "activity_id": c.activity_id or "",
            "field": c.field or "",
            "value": c.value or (c.title if c.action == "add" else "") or "",
            "previous": c.previous or "",
            "reason": c.reason,
            "reviewer": c.reviewer,
            "date": c.date,
            "status": c.status,
            "note": c.note,
            "in_force": c.status == CorrectionStatus.APPLIED,
        }  # fmt: skip
        for c in corrections
    ]


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
    findings: Sequence[Finding] = (),
    indicators: Sequence[Indicator] = (),
    corrections: Sequence[Correction] = (),
    crops: dict[str, str] | None = None,
    recipients: Sequence[str] | None = None,
    fiscal_years: Sequence[str] | None = None,
    changes: str = "",
) -> str:
    """The whole page as a string; the caller writes it. `crops`: activity id -> the page image of its place.

    `recipients` (the configured ones) and `fiscal_years` (`years_in_scope`) limit every section to them;
    None shows every one the tables hold.
    """
    scope = Scope.of(recipients, fiscal_years)
    checks = [c for c in checks if scope.has(c.recipient, c.fiscal_year)]
    shown = [a for a in activities if scope.activity(a)]
    return ENVIRONMENT.get_template(TEMPLATE).render(
        changes=changes,
        conclusion=_conclusion([f for f in findings if scope.finding(f)]),
        indicators=_indicator_tables([i for i in indicators if scope.has(i.recipient, i.fiscal_year)]),
        corrections=_correction_rows(corrections),
        shown_ids={a.activity_id for a in shown},
        generated=f"{generated_at:%Y-%m-%d %H:%M}",
        run=_run_line(run),
        status_counts=sorted(Counter(c.status for c in checks).items()),
        legend=list(STATUS_COLOURS.items()),
        checks=_checks_table(checks),
        annex=_annex_tables([r for r in annex if scope.has(r.recipient, r.fiscal_year)]),
        evidence=_evidence_rows(shown, crops),
        log=_log_tables(log, run.run_id if run else None),
    )
