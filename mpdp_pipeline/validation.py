"""Every table a run wrote is checked before the run is switched in (pandera, lazy: all failures at once).

Types are the Arrow schema's (`storage` casts to it); what pandera adds is what a cast cannot see:
values from the closed vocabularies (`schemas.vocabularies`), keys that are present and unique, and
the links between tables. A link is checked when the table that holds it was written by the run: a
carried-over `result_checks` may name an activity the run removed until `mpdp checks` runs again,
which is stale, not invalid.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd
import pandera.pandas as pa_
import pyarrow as pa
from pandera.errors import SchemaErrors

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import MpdpError
from mpdp_pipeline.schemas import TABLES, vocabularies

# Columns that identify a row: never null, unique together.
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("recipient", "source_url", "doc_id"),
    "activities": ("activity_id",),
    "runs": ("run_id",),
    "annex": ("recipient", "fiscal_year", "kind"),
    "result_checks": ("recipient", "requirement_id", "fiscal_year"),
    "findings": ("line",),
    "indicators": ("recipient", "fiscal_year", "indicator"),
}
NOT_NULL: dict[str, tuple[str, ...]] = {
    "activities": ("recipient", "kind", "title", "source_url"),
    "activity_sources": ("activity_id", "source_url"),
    "documents": ("recipient", "source_url", "status"),
    "extraction_log": ("run_id", "at", "stage", "status", "code"),
}


@dataclass(frozen=True)
class Link:
    """Values of `column` (a list column or a plain one) in table `table` must be ids of activities."""

    table: str
    column: str
    listed: bool = False


# Where a table names activities. Evidence may also name an activity a reviewer added (`corrections`).
ACTIVITY_LINKS = (
    Link("activity_sources", "activity_id"),
    Link("annex", "activity_ids", listed=True),
    Link("result_checks", "evidence", listed=True),
    Link("findings", "evidence", listed=True),
    Link("indicators", "evidence", listed=True),
)


class TableValidationError(MpdpError):
    """Tables that failed validation; `failures` has a row per failing value (table, column, check, value, row)."""

    code = LogCode.PUBLISH_INVALID

    def __init__(self, message: str, failures: pd.DataFrame) -> None:
        super().__init__(message)
        self.failures = failures


def _schema(name: str, activity_ids: set[str] | None, document_ids: set[str] | None) -> pa_.DataFrameSchema:
    spec = TABLES[name]
    columns: dict[str, pa_.Column] = {}
    for column, enum in vocabularies(spec.record).items():
        columns[column] = pa_.Column(checks=_in_vocabulary(enum), nullable=True, required=False)
    for column in (*KEYS.get(name, ()), *NOT_NULL.get(name, ())):
        if column == "doc_id":  # a failed fetch has no bytes, so no doc_id
            continue
        previous = columns.get(column)
        columns[column] = pa_.Column(checks=previous.checks if previous else None, nullable=False)
    if activity_ids is not None:
        for link in ACTIVITY_LINKS:
            if link.table == name:
                columns[link.column] = _link_column(link, activity_ids)
    if name == "activities" and document_ids is not None:
        known = document_ids | {""}  # rows a reviewer added name no document
        columns["doc_id"] = pa_.Column(checks=pa_.Check.isin(sorted(known)), nullable=True)
    keys = KEYS.get(name, ())
    if len(keys) == 1:
        key = columns[keys[0]]
        columns[keys[0]] = pa_.Column(checks=key.checks, nullable=False, unique=True)
    return pa_.DataFrameSchema(columns, unique=list(keys) if len(keys) > 1 else None, name=name)


def _parses(enum: type[StrEnum], value: object) -> bool:
    try:
        enum(value)
    except ValueError:
        return False
    return True


def _in_vocabulary(enum: type[StrEnum]) -> pa_.Check:
    """Values of `enum`, including those it makes on demand (`LogCode.http(404)` is `http.404`, no member)."""
    values = {e.value for e in enum}

    def check(series: pd.Series) -> pd.Series:
        ok = series.isna() | series.isin(values)
        if not ok.all():
            ok[~ok] = series[~ok].map(lambda v: _parses(enum, v))
        return ok

    return pa_.Check(check, name=f"in_{enum.__name__}", error=f"a value of {enum.__name__}")


def _link_column(link: Link, ids: set[str]) -> pa_.Column:
    if not link.listed:
        return pa_.Column(checks=pa_.Check.isin(sorted(ids)), nullable=False)
    check = pa_.Check(
        lambda s: s.map(lambda values: values is None or all(v in ids for v in values)),
        element_wise=False,
        error="every id must be an activity_id of activities (or one a correction added)",
    )
    return pa_.Column(checks=check, nullable=True)


def _frame(table: pa.Table) -> pd.DataFrame:
    # Lists stay Python lists; pandera's element checks read them as they are.
    return table.to_pandas(maps_as_pydicts="strict")


def validate_tables(
    load: Mapping[str, Callable[[], pa.Table | None]], written: Collection[str], *, run_id: str
) -> None:
    """Check the tables in `written` (each read with `load[name]()`); raise `TableValidationError` with
    every failure of every table at once."""
    if not written:
        return
    activities = load["activities"]()
    activity_ids: set[str] | None = None
    if activities is not None:
        activity_ids = set(activities.column("activity_id").to_pylist())
        corrections = load["corrections"]()
        if corrections is not None:
            activity_ids |= {i for i in corrections.column("activity_id").to_pylist() if i}
    documents = load["documents"]()
    document_ids = None if documents is None else {i for i in documents.column("doc_id").to_pylist() if i}
    failures: list[pd.DataFrame] = []
    for name in sorted(written):
        table = load[name]()
        if table is None:
            continue
        schema = _schema(name, activity_ids, document_ids if name == "activities" else None)
        try:
            schema.validate(_frame(table), lazy=True)
        except SchemaErrors as exc:
            cases = exc.failure_cases.copy()
            cases.insert(0, "table", name)
            failures.append(cases)
    if failures:
        report = pd.concat(failures, ignore_index=True)
        summary = "; ".join(
            f"{t}.{c}: {n} × {check}"
            for (t, c, check), n in report.groupby(["table", "column", "check"], dropna=False).size().items()
        )
        raise TableValidationError(f"run {run_id}: {len(report)} values failed validation ({summary})", report)
