"""Reviewer corrections (`config/corrections.csv`, or `checks.corrections`) applied to the extracted activities.

One row per correction; `action` is one of

    suppress  activity_id                      the row is not an activity: it counts nowhere
    fix       activity_id, field, value        set one field (title, kind, start_date, ...)
    add       recipient, kind, title, start_date (optional: source_url, page, snippet, field, value)
                                               an activity the extraction missed

and every row says `reason`, `reviewer` and `date`. Corrections are applied after extraction, on
every run, to the published activities, before the checks: the `activities` table keeps what the
documents say, and `corrections` records each correction with what became of it. A corrected or
added activity says so in its provenance: `extractor = correction`, and a place
(`Activity.sources`) whose snippet is the reason. A suppress or fix whose activity no longer
exists is kept and reported as `activity_missing`, never dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mpdp_pipeline.checks import csv_rows
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.extractors.identity import activity_id
from mpdp_pipeline.fiscal import fiscal_year
from mpdp_pipeline.schemas import (
    Activity,
    ActivityStatus,
    Correction,
    CorrectionAction,
    CorrectionStatus,
    DatePrecision,
    Kind,
    PublicationType,
    Source,
)

EXTRACTOR = "correction"
COLUMNS = (
    "action", "activity_id", "recipient", "kind", "title", "start_date", "source_url", "page", "snippet",
    "field", "value", "reason", "reviewer", "date",
)  # fmt: skip
REQUIRED_COLUMNS = ("action", "activity_id", "field", "value", "reason", "reviewer", "date")


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


def _parts(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split("|") if p.strip())


# field -> how its value is read (a ValueError says the value is wrong)
FIELDS: dict[str, Callable[[str], Any]] = {
    "title": str.strip,
    "kind": Kind,
    "status": ActivityStatus,
    "publication_type": PublicationType,
    "start_date": _date,
    "end_date": _date,
    "date_text": str.strip,
    "location": str.strip,
    "country": lambda v: v.strip().upper(),
    "participants": _parts,
    "authors": _parts,
    "publisher": str.strip,
    "language": str.strip,
}


def parse_corrections(text: str, *, name: str = "corrections") -> list[Correction]:
    """Read the corrections CSV. A row that names no known action is a config error; a row whose field or
    value is wrong is kept, `invalid`, so that the report shows it."""
    rows = []
    for line, raw in csv_rows(text, REQUIRED_COLUMNS, name=name):
        row = {k: (raw.get(k) or "").strip() for k in COLUMNS}
        if not any(row.values()):
            continue
        try:
            action = CorrectionAction(row["action"].lower())
        except ValueError:
            raise ConfigError(f"{name}:{line}: action {row['action']!r} is not suppress, fix or add") from None
        problems = []
        dates = {}
        for key in ("start_date", "date"):
            try:
                dates[key] = _date(row[key]) if row[key] else None
            except ValueError:
                problems.append(f"{key} {row[key]!r} is not a date (YYYY-MM-DD)")
        page = int(row["page"]) if row["page"].isdigit() else None
        correction = Correction(
            line=line, action=action, activity_id=row["activity_id"] or None, recipient=row["recipient"] or None,
            kind=row["kind"] or None, title=row["title"] or None, start_date=dates.get("start_date"),
            source_url=row["source_url"] or None, page=page, snippet=row["snippet"] or None,
            field=row["field"] or None, value=row["value"] or None, previous=None, reason=row["reason"],
            reviewer=row["reviewer"], date=dates.get("date"), status=CorrectionStatus.APPLIED, note="",
        )  # fmt: skip
        problems += _problems(correction)
        if problems:
            correction = dataclasses.replace(correction, status=CorrectionStatus.INVALID, note="; ".join(problems))
        rows.append(correction)
    return rows


def _problems(c: Correction) -> list[str]:
    problems = []
    if not c.reason:
        problems.append("no reason given")
    if c.action in (CorrectionAction.SUPPRESS, CorrectionAction.FIX) and not c.activity_id:
        problems.append(f"{c.action} needs an activity_id")
    if c.action == CorrectionAction.FIX and not c.field:
        problems.append("fix needs a field and a value")
    if c.action == CorrectionAction.ADD:
        problems += [f"add needs {k}" for k in ("recipient", "kind", "title") if not getattr(c, k)]
        if c.kind:
            try:
                Kind(c.kind)
            except ValueError:
                problems.append(f"kind {c.kind!r} is not one of {', '.join(Kind)}")
    if c.field:
        if c.field not in FIELDS:
            problems.append(f"field {c.field!r} cannot be corrected (one of {', '.join(FIELDS)})")
        else:
            try:
                FIELDS[c.field](c.value or "")
            except ValueError:
                problems.append(f"{c.value!r} is no value for {c.field}")
    return problems


def read_corrections(path: Path | None) -> list[Correction]:
    """The corrections file's rows; none when no file is configured. A configured file that is absent is an error."""
    if path is None:
        return []
    try:
        return parse_corrections(path.read_text(encoding="utf-8"), name=str(path))
    except FileNotFoundError:
        raise ConfigError(f"corrections file not found: {path} (set checks.corrections)") from None


def _provenance(a: Activity, c: Correction, what: str) -> Activity:
    """`a` as corrected: `extractor = correction`, and the correction as one more place it was read."""
    when = f", {c.date}" if c.date else ""
    place = Source(
        doc_id=a.doc_id, source_url=a.source_url, page=a.page, locator=a.locator,
        snippet=f"{what}: {c.reason} ({c.reviewer or 'reviewer'}{when})", extractor=EXTRACTOR, confidence=1.0,
    )  # fmt: skip
    original = Source(a.doc_id, a.source_url, a.page, a.locator, a.snippet, a.extractor, a.confidence)
    sources = a.sources or (original,)
    return dataclasses.replace(a, extractor=EXTRACTOR, confidence=1.0, sources=(*sources, place))


def _set(a: Activity, field: str, value: str) -> Activity:
    typed = FIELDS[field](value)
    changes: dict[str, Any] = {field: typed}
    if field == "start_date":
        changes["fiscal_year"] = fiscal_year(typed)
        changes["date_precision"] = DatePrecision.DAY
    return dataclasses.replace(a, **changes)


def _added(c: Correction) -> Activity:
    kind = Kind(c.kind or "")
    title = c.title or ""
    text = c.snippet or f"added by {c.reviewer or 'a reviewer'}: {c.reason}"
    return Activity(
        activity_id=activity_id(c.recipient or "", kind.value, c.start_date, title), recipient=c.recipient or "",
        kind=kind, title=title, date_text=c.start_date.isoformat() if c.start_date else None,
        start_date=c.start_date, end_date=c.start_date, fiscal_year=fiscal_year(c.start_date),
        date_precision=DatePrecision.DAY if c.start_date else DatePrecision.UNKNOWN, location=None, country=None,
        participants=(), authors=(), publisher=None, language=None, doc_id="", source_url=c.source_url or "",
        page=c.page, locator=None, snippet=text, extractor=EXTRACTOR, confidence=1.0,
    )  # fmt: skip


def apply_corrections(
    activities: Sequence[Activity], corrections: Sequence[Correction]
) -> tuple[list[Activity], list[Correction]]:
    """The activities as corrected, in their order (added ones last), and each correction with its outcome."""
    by_id = {a.activity_id: a for a in activities}
    order = [a.activity_id for a in activities]
    suppressed: set[str] = set()
    done = []
    for c in corrections:
        if c.status == CorrectionStatus.INVALID:
            done.append(c)
            continue
        c = dataclasses.replace(c, status=CorrectionStatus.APPLIED, note="", previous=None)
        if c.action == CorrectionAction.ADD:
            new = _added(c)
            if c.field and c.value is not None:
                new = _set(new, c.field, c.value)
            c = dataclasses.replace(c, activity_id=new.activity_id)
            if new.activity_id in by_id:
                c = dataclasses.replace(
                    c, status=CorrectionStatus.ALREADY_PRESENT,
                    note="the extraction reads this activity itself: the correction can go",
                )  # fmt: skip
            else:
                by_id[new.activity_id] = _provenance(new, c, "added")
                order.append(new.activity_id)
        elif c.activity_id not in by_id or c.activity_id in suppressed:
            c = dataclasses.replace(
                c, status=CorrectionStatus.ACTIVITY_MISSING,
                note="no activity has this id any more (the document changed, or it was suppressed): review the "
                "correction",
            )  # fmt: skip
        elif c.action == CorrectionAction.SUPPRESS:
            suppressed.add(c.activity_id)
            c = dataclasses.replace(c, note=f"suppressed: {by_id[c.activity_id].title}")
        else:
            a = by_id[c.activity_id]
            field, value = c.field or "", c.value or ""
            previous = getattr(a, field)
            shown = "|".join(previous) if isinstance(previous, tuple) else previous
            by_id[a.activity_id] = _provenance(_set(a, field, value), c, f"{field} set to {value!r}")
            c = dataclasses.replace(c, previous=None if shown is None else str(shown))
        done.append(c)
    return [by_id[i] for i in order if i not in suppressed], done
