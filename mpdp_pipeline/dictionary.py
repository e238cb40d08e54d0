"""The data dictionary, rendered for people from the one declaration of every table (`schemas.TABLES`).

* `text_dictionary(table)`: what `mpdp tables [TABLE]` prints (table, column, type, meaning), 100 columns wide.
* `tables_markdown()`: `docs/tables.md`. Regenerate it with ``python -m mpdp_pipeline.dictionary > docs/tables.md``
  (`tests/test_dictionary.py` fails while it is stale).
* `output_readme(runs, ...)`: the `README.md` of an output folder, for someone who opens the folder cold.

Every function returns text and reads nothing, so the same words reach the terminal, the docs and the
Parquet files (whose field and table descriptions `schemas.table_schema` writes).
"""

from __future__ import annotations

import datetime as dt
import difflib
import sys
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import pyarrow as pa

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.config import DEFAULT_RETENTION
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.schemas import TABLES, TableSpec, column_fields, vocabularies

REGENERATE = "python -m mpdp_pipeline.dictionary > docs/tables.md"
WIDTH = 100  # a terminal's columns: `mpdp tables` must read without wrapping there


@dataclass(frozen=True)
class ColumnDoc:
    """One column as the dictionary shows it: its Arrow type in the contract's words, and its closed values."""

    name: str
    type: str
    meaning: str
    values: tuple[str, ...] = ()


def type_name(type_: pa.DataType) -> str:
    """An Arrow type as the contract writes it: `list<string>`, `date32`, `float64`, `timestamp UTC`."""
    if pa.types.is_list(type_):
        return f"list<{type_name(type_.value_type)}>"
    if pa.types.is_timestamp(type_):
        return f"timestamp {type_.tz}" if type_.tz else "timestamp"
    if pa.types.is_date32(type_):
        return "date32"
    if pa.types.is_float64(type_):
        return "float64"
    return str(type_)


def _values(enum: type[StrEnum] | None) -> tuple[str, ...]:
    # LogCode is open (`http.<status>`) and long: the README's table of log codes describes it.
    if enum is None or enum is LogCode:
        return ()
    return tuple(member.value for member in enum)


def column_docs(spec: TableSpec) -> list[ColumnDoc]:
    """The columns of `spec`'s table, in order."""
    meanings = {f.name: f.metadata.get("doc", "") for f in column_fields(spec.record)}
    enums = vocabularies(spec.record)
    return [ColumnDoc(f.name, type_name(f.type), meanings[f.name], _values(enums.get(f.name))) for f in spec.schema]


def layout(spec: TableSpec) -> str:
    """How the table's files are laid out, in words."""
    if spec.partition_by:
        keys = ", ".join(spec.partition_by)
        return f"hive-partitioned by {keys} (folders `{spec.partition_by[0]}=IGC/`, ...)"
    return "one folder of Parquet files, not partitioned"


def table_spec(name: str) -> TableSpec:
    """The published table `name`; an unknown name is a usage error that lists the known ones."""
    if name in TABLES:
        return TABLES[name]
    near = difflib.get_close_matches(name, TABLES, n=1)
    hint = f"did you mean {near[0]}? " if near else ""
    raise ConfigError(f"no table {name!r}: {hint}the tables are {', '.join(TABLES)}")


# --- plain text: `mpdp tables [TABLE]` -------------------------------------------------------------


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    # Never split words on hyphens or inside them: `x0,top,x1,bottom` and `working_group` stay whole.
    return textwrap.wrap(
        text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    ) or [indent.rstrip()]


def _meaning(column: ColumnDoc) -> str:
    values = f"one of {', '.join(column.values)}" if column.values else ""
    return "; ".join(filter(None, [column.meaning, values]))


def table_text(spec: TableSpec, width: int = WIDTH) -> str:
    """One table's entry: its name and layout, its description, then a line per column."""
    columns = column_docs(spec)
    name_w = max(len("column"), *(len(c.name) for c in columns)) + 2
    type_w = max(len("type"), *(len(c.type) for c in columns)) + 2
    hang = " " * (2 + name_w + type_w)
    partitions = f"hive-partitioned by {', '.join(spec.partition_by)}" if spec.partition_by else "not partitioned"
    lines = [f"{spec.name}  ({partitions})"]
    lines += _wrap(spec.description, width, "  ")
    lines += ["", f"  {'column':<{name_w}}{'type':<{type_w}}meaning"]
    for column in columns:
        wrapped = _wrap(_meaning(column), width - len(hang)) or [""]
        lines.append(f"  {column.name:<{name_w}}{column.type:<{type_w}}{wrapped[0]}".rstrip())
        lines += [hang + rest for rest in wrapped[1:]]
    return "\n".join(lines) + "\n"


def text_dictionary(table: str | None = None, width: int = WIDTH) -> str:
    """What `mpdp tables [TABLE]` prints: one table, or every table one after the other."""
    specs = [table_spec(table)] if table else list(TABLES.values())
    return "\n".join(table_text(spec, width) for spec in specs)


# --- Markdown: docs/tables.md ----------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table_markdown(spec: TableSpec) -> str:
    """One table's section of docs/tables.md."""
    columns = column_docs(spec)
    lines = [f"## {spec.name}", "", spec.description, ""]
    lines.append(f"Layout: {layout(spec)}. Rows sorted by {', '.join(f'`{c}`' for c in spec.sort_by)}.")
    lines += ["", "| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {_cell(c.type)} | {_cell(c.meaning)} |" for c in columns]
    closed = [c for c in columns if c.values]
    if closed:
        lines += ["", "Closed vocabularies:", ""]
        lines += [f"- `{c.name}`: {', '.join(f'`{v}`' for v in c.values)}" for c in closed]
    return "\n".join(lines) + "\n"


def tables_markdown() -> str:
    """The whole of docs/tables.md."""
    head = [
        "# Tables",
        "",
        f"<!-- Generated from mpdp_pipeline/schemas.py by `{REGENERATE}`; do not edit by hand. -->",
        "",
        "Every table is a folder of Parquet files under the output folder (`processed/` by default). The same",
        "descriptions travel with the data: each Parquet field carries its meaning as field metadata",
        "(`description`), each file the table's description as schema metadata, and `mpdp tables [TABLE]`",
        "prints this dictionary. Integer columns read as pandas nullable integers (`Int32`, `Int64`).",
        "`extraction_log.code` takes the values of the README's table of log codes.",
        "",
        "| table | what it holds |",
        "|---|---|",
    ]
    head += [f"| [`{s.name}`](#{s.name}) | {_cell(s.description)} |" for s in TABLES.values()]
    return "\n".join(head) + "\n\n" + "\n".join(table_markdown(s) for s in TABLES.values())


# --- Markdown: an output folder's README.md --------------------------------------------------------


class RunLike(Protocol):
    """A committed run as `tables.history` lists it (`RunVersion` is one)."""

    @property
    def run_id(self) -> str: ...

    @property
    def committed_at(self) -> dt.datetime | str: ...

    @property
    def rows(self) -> Mapping[str, int]: ...


def _when(value: dt.datetime | str) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, dt.datetime) else str(value)


def reading_snippet(out: str, name: str) -> str:
    """Python that reads table `name` of the output folder `out` with pandas, pyarrow and DuckDB, and
    shows a column's description: every line runs as written (`tests/test_dictionary.py` runs them)."""
    spec = TABLES.get(name)
    partitioned = spec is not None and bool(spec.partition_by)
    glob = f"{out}/{name}/**/*.parquet" if partitioned else f"{out}/{name}/*.parquet"
    hive = ", hive_partitioning = true" if partitioned else ""
    dataset = ', partitioning="hive"' if partitioned else ""
    lines = [
        "import duckdb",
        "import pandas as pd",
        "import pyarrow.dataset as ds",
        "",
        f'frame = pd.read_parquet("{out}/{name}")',
        f'table = ds.dataset("{out}/{name}"{dataset}).to_table()',
        f"rel = duckdb.connect().sql(\"SELECT * FROM read_parquet('{glob}'{hive})\")",
    ]
    if spec is not None and "page" in spec.schema.names:  # a column whose meaning is worth showing
        lines.append('meaning = table.schema.field("page").metadata[b"description"]')
    return "\n".join(lines) + "\n"


_RUN_FOLDERS = (
    "  _runs/<run_id>/<table>/...     each run's complete set of tables (Parquet files)",
    "  _runs/<run_id>/manifest.json   run_id, committed_at, and the row count of every table",
    "  report/index.html              the reviewers' page",
    "  README.md                      this file",
)


def _reading_local(out: str, example: str) -> list[str]:
    return [
        "## Reading them",
        "",
        "With what the pipeline installs (pandas, pyarrow and DuckDB):",
        "",
        "```python",
        reading_snippet(out, example).rstrip(),
        "```",
        "",
        "Polars is not installed with the pipeline: `pip install polars`, then",
        f'`pl.read_parquet("{out}/{example}/**/*.parquet", hive_partitioning=True)`.',
        "",
        "## How the folder is laid out",
        "",
        "```",
        f"{out}/",
        "  <table> -> current/<table>     a stable link: reading `<table>` always gives the current version",
        "  current -> _runs/<run_id>      the current run; switched in one atomic rename, so all tables change",
        "                                 together and a reader never sees half a run",
        *_RUN_FOLDERS,
        "  .lock                          writers take turns on it; readers never need it",
        "```",
    ]


def _reading_remote(url: str, example: str) -> list[str]:
    bucket_path = url.split("://", 1)[1]
    return [
        "## Reading them",
        "",
        "An object store has no links: read `current.json` first, then the run folder it names (pass the",
        "pipeline's `[pipeline] storage_options`, such as `endpoint_url`, to s3fs):",
        "",
        "```python",
        "import json, s3fs, pandas as pd",
        "",
        "fs = s3fs.S3FileSystem()",
        f'run = json.loads(fs.cat_file("{bucket_path}/current.json"))["path"]',
        f'frame = pd.read_parquet(f"{url}/{{run}}/{example}")',
        "```",
        "",
        "## How the folder is laid out",
        "",
        "```",
        f"{url}/",
        '  current.json                   {"run_id": ..., "path": "_runs/<run_id>"}: the current run, switched',
        "                                 by one PUT once its folder is complete, so all tables change together",
        *_RUN_FOLDERS,
        "  .lock                          writers take turns on it (created only if absent); readers never need it",
        "```",
    ]


def output_readme(
    runs: Sequence[RunLike],
    *,
    tables: Sequence[str] | None = None,
    out: str = "processed",
    retention: int = DEFAULT_RETENTION,
    exports: str | None = None,
    url: str | None = None,
) -> str:
    """The README.md of an output folder.

    `runs`: the committed runs, newest (current) first, as `tables.history(out_dir)` returns them; `tables`:
    the table names the folder holds (default: the current run's); `out`: the folder as a reader's path in
    the examples; `retention`: `nightly.retention`; `exports`: the folder of CSV/Excel exports, relative
    to the output folder, when there is one; `url`: the folder's URL when it is on an object store (`s3://...`),
    which has no links: readers go through `current.json`.
    """
    current = runs[0] if runs else None
    names = list(tables) if tables is not None else list(current.rows if current else TABLES)
    example = "activities" if "activities" in names else (names[0] if names else "activities")
    lines = [
        "# What this folder holds",
        "",
        "The published tables of mpdp-pipeline: what the recipients of Canada's Migration Policy Development",
        "Program (IGC, RCM, MPI) report, read from their documents every night, and the checks of the outputs",
        "their contribution agreements require. Written by `mpdp run`; do not edit anything here: the next run",
        "replaces it.",
        "",
    ]
    if current is not None:
        lines += [f"Current run: `{current.run_id}`, committed {_when(current.committed_at)}.", ""]
    lines += [
        "- `report/index.html`: the reviewers' page. Open it in a browser: the conclusion, the result checks by",
        "  fiscal year, the intended results, and every figure linked to the documents and pages it comes from.",
    ]
    if exports:
        lines.append(f"- `{exports}/`: the annex and the result checks as CSV, and one Excel workbook (a sheet per")
        lines.append("  recipient, plus `checks` and `findings`), for work in a spreadsheet.")
    lines += ["", "## Tables", "", "| table | rows | what it holds |", "|---|---|---|"]
    for name in names:
        spec = TABLES.get(name)
        rows = current.rows.get(name, "") if current is not None else ""
        lines.append(f"| `{name}/` | {rows} | {_cell(spec.description) if spec else ''} |")
    lines += [
        "",
        "Each column's meaning travels with the data (Parquet field metadata `description`); `mpdp tables TABLE`",
        "prints the dictionary, and `docs/tables.md` in the source holds it too. Integer columns read as pandas",
        "nullable integers (`Int32`, `Int64`): a missing `page` is `<NA>`, not a float.",
        "",
        *(_reading_remote(url, example) if url else _reading_local(out, example)),
        "",
        f"History: the last {retention} runs are kept (`nightly.retention`); older ones are deleted. Files are never",
        "changed in place, so a table read from `_runs/<run_id>/` stays as that run left it. Read older runs",
        "with `mpdp history` (the runs kept), `mpdp diff --since RUN_ID|DATE` (what changed), and",
        "`--as-of RUN_ID|DATE` on `mpdp checks`, `mpdp report` and `mpdp diff`.",
    ]
    if runs:
        lines += ["", "## Runs kept (newest first)", "", "| run | committed |", "|---|---|"]
        lines += [f"| `{run.run_id}` | {_when(run.committed_at)} |" for run in runs]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m mpdp_pipeline.dictionary > docs/tables.md
    sys.stdout.write(tables_markdown())
