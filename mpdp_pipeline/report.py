"""Tables -> one static HTML page for reviewers: annexes, result checks, charts and evidence.

Every count links to the activities behind it, and every activity to its source document,
page and snippet, so a reviewer can check any number against the extraction log.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from html import escape

from mpdp_pipeline.schemas import Activity, AnnexRow, LogEntry, ResultCheck, RunRecord

STATUS_COLOURS = {
    "met": "#cdeccd",
    "partially_met": "#fbe7b5",
    "delayed": "#fbd3a5",
    "not_met": "#f6b8b8",
    "not_due": "#e4e4e4",
    "unknown": "#ffffff",
}

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;max-width:1400px}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:3px 7px;vertical-align:top}
th{background:#f3f3f3;text-align:left}td.n{text-align:right}.muted{color:#777}.snip{font-size:12px;color:#555}
.bar{display:inline-block;height:12px;background:#5b8cc6;margin-right:4px;vertical-align:middle}
a{color:#1a5aa6;text-decoration:none}a:hover{text-decoration:underline}
.legend span{padding:2px 8px;margin-right:6px;border:1px solid #ccc}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _ids_links(ids: Sequence[str]) -> str:
    return " ".join(f'<a href="#a-{_e(i)}">{_e(i[:6])}</a>' for i in ids)


def _annex_section(annex: Sequence[AnnexRow]) -> str:
    parts = ["<h2 id=annex>Annexes: activities per recipient, fiscal year and kind</h2>"]
    by_recipient: dict[str, list[AnnexRow]] = defaultdict(list)
    for row in annex:
        by_recipient[row.recipient].append(row)
    for recipient, rows in sorted(by_recipient.items()):
        years = sorted({r.fiscal_year for r in rows})
        kinds = sorted({r.kind for r in rows})
        cell = {(r.fiscal_year, r.kind): r for r in rows}
        head = "".join(f"<th>{_e(y)}</th>" for y in years)
        body = []
        for kind in kinds:
            tds = []
            for year in years:
                r = cell.get((year, kind))
                tds.append(f'<td class=n title="{_e(" ".join(r.activity_ids))}">{r.count}</td>' if r else "<td></td>")
            body.append(f"<tr><th>{_e(kind)}</th>{''.join(tds)}</tr>")
        totals = Counter()
        for r in rows:
            totals[r.fiscal_year] += r.count
        peak = max(totals.values(), default=1)
        bars = "".join(
            f"<tr><td>{_e(y)}</td>"
            f"<td><span class=bar style='width:{200 * totals[y] // peak}px'></span>{totals[y]}</td></tr>"
            for y in years
        )
        parts.append(
            f"<h3>{_e(recipient)}</h3><table><tr><th>kind</th>{head}</tr>{''.join(body)}</table>"
            f"<table><tr><th>fiscal year</th><th>activities</th></tr>{bars}</table>"
        )
    return "\n".join(parts)


def _checks_section(checks: Sequence[ResultCheck]) -> str:
    years = sorted({c.fiscal_year for c in checks})
    rows: dict[tuple[str, str], dict[str, ResultCheck]] = defaultdict(dict)
    outputs: dict[tuple[str, str], ResultCheck] = {}
    for c in checks:
        rows[(c.recipient, c.requirement_id)][c.fiscal_year] = c
        outputs[(c.recipient, c.requirement_id)] = c
    legend = "".join(f"<span style='background:{colour}'>{_e(s)}</span>" for s, colour in STATUS_COLOURS.items())
    head = "".join(f"<th>{_e(y)}</th>" for y in years)
    body = []
    for key in sorted(rows):
        first = outputs[key]
        tds = []
        for year in years:
            c = rows[key].get(year)
            if c is None:
                tds.append("<td></td>")
                continue
            expected = "" if c.expected_count is None else f"/{c.expected_count}"
            tds.append(
                f"<td style='background:{STATUS_COLOURS.get(c.status, '#fff')}' title='{_e(c.note)}'>"
                f"<b>{_e(c.status)}</b> {c.observed_count}{expected}<br><span class=snip>{_e(c.note)}</span>"
                f"<br>{_ids_links(c.evidence)}</td>"
            )
        body.append(
            f"<tr><td>{_e(first.recipient)}</td><td>{_e(first.requirement_id)}<br>"
            f"<span class=muted>{_e(first.output)}: {_e(first.expected)}</span></td>{''.join(tds)}</tr>"
        )
    return (
        "<h2 id=checks>Result checks</h2>"
        f"<p class=legend>{legend}</p>"
        f"<table><tr><th>recipient</th><th>output (expected)</th>{head}</tr>{''.join(body)}</table>"
    )


def _evidence_section(activities: Sequence[Activity]) -> str:
    rows = []
    for a in sorted(activities, key=lambda a: (a.recipient, str(a.start_date), a.title)):
        where = f"p. {a.page}" if a.page else _e(a.locator)
        rows.append(
            f"<tr id='a-{_e(a.activity_id)}'><td>{_e(a.recipient)}</td><td>{_e(a.fiscal_year)}</td>"
            f"<td>{_e(a.kind)}</td><td>{_e(a.title)}</td><td>{_e(a.date_text)}</td><td>{_e(a.location)}</td>"
            f"<td><a href='{_e(a.source_url)}'>{_e(a.source_url.rsplit('/', 1)[-1])}</a> {where}"
            f"<div class=snip>{_e(a.snippet[:240])}</div></td><td>{_e(a.extractor)}</td>"
            f"<td class=n>{a.confidence:.2f}</td></tr>"
        )
    return (
        f"<h2 id=evidence>Evidence: {len(activities)} activities</h2><table><tr><th>recipient</th><th>FY</th>"
        "<th>kind</th><th>title</th><th>date</th><th>location</th><th>source</th><th>rule</th><th>conf.</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _log_section(log: Sequence[LogEntry], run_id: str | None) -> str:
    current = [e for e in log if run_id is None or e.run_id == run_id]
    problems = [e for e in current if e.status in ("warning", "error", "skipped")]
    counts = Counter((e.stage, e.status, e.code) for e in current)
    summary = "".join(
        f"<tr><td>{_e(s)}</td><td>{_e(st)}</td><td>{_e(c)}</td><td class=n>{n}</td></tr>"
        for (s, st, c), n in sorted(counts.items())
    )
    details = "".join(
        f"<tr><td>{_e(e.stage)}</td><td>{_e(e.status)}</td><td>{_e(e.code)}</td>"
        f"<td>{_e(e.source_url)}</td><td>{_e(e.message)}</td></tr>"
        for e in problems
    )
    return (
        "<h2 id=log>Extraction log (this run)</h2>"
        f"<table><tr><th>stage</th><th>status</th><th>code</th><th>rows</th></tr>{summary}</table>"
        f"<table><tr><th>stage</th><th>status</th><th>code</th><th>source</th><th>message</th></tr>{details}</table>"
    )


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
    run_line = (
        f"Run {_e(run.run_id)} ({_e(run.status)}): {run.documents_seen} documents seen, "
        f"{run.documents_changed} changed, {run.activities} activities, {run.warnings} warnings, {run.errors} errors."
        if run
        else ""
    )
    status_counts = Counter(c.status for c in checks)
    checks_line = ", ".join(f"{n} {s}" for s, n in sorted(status_counts.items()))
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>MPDP review: annexes and result checks</title><style>{CSS}</style></head><body>"
        "<h1>MPDP review: annexes and result checks</h1>"
        f"<p class=muted>Generated {generated_at:%Y-%m-%d %H:%M} UTC. {run_line}</p>"
        f"<p>Result checks: {checks_line or 'none'}. "
        "<a href=#annex>Annexes</a> · <a href=#checks>Result checks</a> · <a href=#evidence>Evidence</a> · "
        "<a href=#log>Log</a></p>"
        + _checks_section(checks)
        + _annex_section(annex)
        + _evidence_section(activities)
        + _log_section(log, run.run_id if run else None)
        + "</body></html>"
    )
