"""The stages with their I/O: each reads its inputs from disk, calls the pure functions, writes.

The Prefect flow (`flows/nightly.py`) and the `mpdp` commands call these; the logic they
wire together lives in `checks`, `report`, `publish` and the extractors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mpdp_pipeline.checks import activities_to_annex, evaluate_requirements, parse_requirements
from mpdp_pipeline.config import ChecksConfig
from mpdp_pipeline.errors import ConfigError, MpdpError
from mpdp_pipeline.publish import published_activities
from mpdp_pipeline.report import render_report
from mpdp_pipeline.schemas import (
    ANNEX,
    RESULT_CHECKS,
    AnnexRow,
    LogEntry,
    ResultCheck,
    RunRecord,
    records_to_table,
    table_to_records,
)
from mpdp_pipeline.storage import atomic_write_bytes, locked, read_table, write_table


@dataclass(frozen=True)
class CheckOutcome:
    annex: list[AnnexRow]
    checks: list[ResultCheck]


def checks_stage(out_dir: Path, settings: ChecksConfig, *, today: dt.date) -> CheckOutcome:
    """Rebuild `annex` and `result_checks` from the published `activities`."""
    path = settings.requirements
    try:
        requirements = parse_requirements(path.read_text(encoding="utf-8"), name=str(path))
    except FileNotFoundError:
        raise ConfigError(f"requirements file not found: {path} (set checks.requirements or --requirements)") from None
    if read_table(out_dir, "activities") is None:
        raise MpdpError(
            f"no activities table in {out_dir}: run `mpdp run` or `mpdp extract` first, or point --out at its output"
        )
    activities = published_activities(out_dir)
    annex = activities_to_annex(activities)
    checks = evaluate_requirements(
        requirements,
        activities,
        observed_until=settings.observed_until or today,
        first_fiscal_year=settings.first_fiscal_year,
    )
    with locked(out_dir):
        write_table(out_dir, "annex", records_to_table(annex, ANNEX))
        write_table(out_dir, "result_checks", records_to_table(checks, RESULT_CHECKS))
    return CheckOutcome(annex, checks)


def _records(out_dir: Path, name: str, record: type) -> list:
    table = read_table(out_dir, name)
    return [] if table is None else table_to_records(table, record)


def report_stage(out_dir: Path, *, now: dt.datetime) -> Path:
    """Render `out_dir/report/index.html` from the published tables."""
    runs = _records(out_dir, "runs", RunRecord)
    html = render_report(
        activities=published_activities(out_dir),
        annex=_records(out_dir, "annex", AnnexRow),
        checks=_records(out_dir, "result_checks", ResultCheck),
        log=_records(out_dir, "extraction_log", LogEntry),
        run=max(runs, key=lambda r: r.started_at) if runs else None,
        generated_at=now,
    )
    path = out_dir / "report" / "index.html"
    atomic_write_bytes(path, html.encode("utf-8"))
    return path
