"""What changed between two runs' tables: activities added, removed and changed field by field, and
result checks whose status changed, per recipient.

    >>> changes = diff_runs(history(out)[1].path, history(out)[0].path)
    >>> changes.line()
    '+3 activities, 1 changed, 1 check changed since run 20261129T020000Z-3f9c1a'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mpdp_pipeline.tables import read_table

# The run that last produced a row changes every night: not a change of the activity.
IGNORED_FIELDS = frozenset({"run_id"})


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ActivityChange:
    recipient: str
    activity_id: str
    change: Change
    title: str
    fields: tuple[FieldChange, ...] = ()  # for `changed`


@dataclass(frozen=True)
class CheckChange:
    recipient: str
    requirement_id: str
    output: str
    fiscal_year: str
    old_status: str | None  # None: the check is new (a new fiscal year, a new requirement)
    new_status: str | None  # None: the check is gone


@dataclass(frozen=True)
class Diff:
    since: str | None  # the earlier run's id; None when there was none
    until: str
    activities: list[ActivityChange] = field(default_factory=list)
    checks: list[CheckChange] = field(default_factory=list)

    def count(self, change: Change) -> int:
        return sum(a.change == change for a in self.activities)

    def recipients(self) -> list[str]:
        return sorted({a.recipient for a in self.activities} | {c.recipient for c in self.checks})

    def line(self) -> str:
        """`+3 activities, -1, 2 changed, 1 check changed since run …`, or that nothing changed."""
        since = f"since run {self.since}" if self.since else "(first run)"
        added, removed, changed = (self.count(c) for c in Change)
        parts = [f"+{added} activities" if added else "", f"-{removed}" if removed else "",
                 f"{changed} changed" if changed else ""]  # fmt: skip
        if self.checks:
            parts.append(f"{len(self.checks)} check{'s' if len(self.checks) != 1 else ''} changed")
        said = ", ".join(p for p in parts if p)
        return f"{said} {since}" if said else f"no change {since}"


def _rows(folder: Path | None, name: str, key: tuple[str, ...]) -> dict[tuple, dict[str, Any]]:
    table = None if folder is None else read_table(folder, name)
    if table is None:
        return {}
    return {tuple(row[k] for k in key): row for row in table.to_pylist()}


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(name, old.get(name), new.get(name))
        for name in new
        if name not in IGNORED_FIELDS and old.get(name) != new.get(name)
    )


def diff_runs(old: Path | None, new: Path, *, recipient: str | None = None) -> Diff:
    """The changes from the tables in run folder `old` (None: nothing before) to those in `new`."""
    key = ("recipient", "activity_id")
    before, after = _rows(old, "activities", key), _rows(new, "activities", key)
    activities: list[ActivityChange] = []
    for k in sorted(before.keys() | after.keys()):
        was, now = before.get(k), after.get(k)
        if was is None and now is not None:
            activities.append(ActivityChange(k[0], k[1], Change.ADDED, now["title"]))
        elif now is None and was is not None:
            activities.append(ActivityChange(k[0], k[1], Change.REMOVED, was["title"]))
        elif was is not None and now is not None and (fields := _field_changes(was, now)):
            activities.append(ActivityChange(k[0], k[1], Change.CHANGED, now["title"], fields))
    check_key = ("recipient", "requirement_id", "fiscal_year")
    old_checks, new_checks = _rows(old, "result_checks", check_key), _rows(new, "result_checks", check_key)
    checks = [
        CheckChange(
            k[0],
            k[1],
            (new_checks.get(k) or old_checks[k])["output"],
            k[2],
            (old_checks.get(k) or {}).get("status"),
            (new_checks.get(k) or {}).get("status"),
        )  # fmt: skip
        for k in sorted(old_checks.keys() | new_checks.keys())
        if (old_checks.get(k) or {}).get("status") != (new_checks.get(k) or {}).get("status")
    ]
    if recipient is not None:
        activities = [a for a in activities if a.recipient == recipient]
        checks = [c for c in checks if c.recipient == recipient]
    return Diff(None if old is None else old.name, new.name, activities, checks)


# --- output formats -------------------------------------------------------------------------------


def _show(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def to_text(diff: Diff) -> str:
    lines = [f"changes from run {diff.since or '(none)'} to run {diff.until}: {diff.line()}"]
    for recipient in diff.recipients():
        lines += ["", recipient]
        for a in (a for a in diff.activities if a.recipient == recipient):
            sign = {Change.ADDED: "+", Change.REMOVED: "-", Change.CHANGED: "~"}[a.change]
            lines.append(f"  {sign} {a.activity_id}  {a.title}")
            lines += [f"      {f.field}: {_show(f.old)} -> {_show(f.new)}" for f in a.fields]
        for c in (c for c in diff.checks if c.recipient == recipient):
            lines.append(f"  check {c.requirement_id} {c.fiscal_year} ({c.output}): {c.old_status or '∅'} -> "
                         f"{c.new_status or '∅'}")  # fmt: skip
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ("recipient", "what", "id", "change", "title", "field", "old", "new")


def _csv_rows(diff: Diff) -> Iterable[tuple[str, ...]]:
    for a in diff.activities:
        if not a.fields:
            yield (a.recipient, "activity", a.activity_id, a.change, a.title, "", "", "")
        for f in a.fields:
            yield (a.recipient, "activity", a.activity_id, a.change, a.title, f.field, _show(f.old), _show(f.new))
    for c in diff.checks:
        check_id = f"{c.requirement_id} {c.fiscal_year}"
        yield (c.recipient, "check", check_id, "changed", c.output, "status", c.old_status or "", c.new_status or "")


def to_csv(diff: Diff) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(sorted(_csv_rows(diff)))
    return buffer.getvalue()


def to_json(diff: Diff) -> str:
    body = asdict(diff) | {"summary": diff.line()}
    return json.dumps(body, indent=1, default=str, ensure_ascii=False) + "\n"


FORMATS = {"text": to_text, "csv": to_csv, "json": to_json}
