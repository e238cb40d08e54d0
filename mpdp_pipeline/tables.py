"""The published tables: every run's tables in one folder, all switched in together.

    OUT/
      _runs/<run_id>/<table>/...    one folder per run: every table as that run left it, and manifest.json
      current -> _runs/<run_id>     switched in one `rename`: all tables change together
      <table> -> current/<table>    stable links: `read_parquet("OUT/activities")` is always current

A run writes into a private draft (`_runs/.draft-<run_id>`) that starts as hard links of the current
tables, so what the run does not touch carries over at no cost. `commit` validates the tables the
run wrote (`validation.py`), writes the manifest, renames the draft to `_runs/<run_id>` and points
`current` at it. A run that fails or is killed leaves a draft that the next run deletes; readers
never see it. Files are never written in place (new files, then a rename), so a hard link shared
with an older run is never changed under it.

`read_table(folder, name)` and `write_table(folder, name, table)` take an output folder, a draft or
a run's folder alike: written outside a draft, a table is a run of its own (`writing`).

On an object store (`out_dir = "s3://bucket/prefix"`, a `location.Remote`) there are no symlinks, hard
links or renames, so the same layout is kept with objects:

    OUT/
      _runs/<run_id>/<table>/part-*.parquet, manifest.json    as above
      current.json     {"run_id": ..., "path": "_runs/<run_id>"}: the current run, switched by one PUT
      .lock            the writers' lock: created only if absent (`If-None-Match: *`), deleted after

A run writes straight into `_runs/<run_id>`, marked as a draft (`.draft`) until its manifest is written:
`history` lists only folders with a manifest, and the next run deletes a killed run's. The draft starts
as a server-side copy of the current run's tables, so every run's folder holds all of its tables (a
reader never follows a manifest to an older run's folder). Readers go through `current.json` (`snapshot`);
there are no stable `OUT/<table>` paths.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from mpdp_pipeline.clock import new_run_id, utc_now
from mpdp_pipeline.config import DEFAULT_RETENTION
from mpdp_pipeline.dictionary import output_readme
from mpdp_pipeline.errors import ConfigError, MpdpError
from mpdp_pipeline.location import Location, Remote, location
from mpdp_pipeline.schemas import TABLES, TableSpec
from mpdp_pipeline.storage import atomic_write_bytes, atomic_write_json, locked, read_json
from mpdp_pipeline.validation import KEYS, TableValidationError, validate_tables

logger = logging.getLogger(__name__)

RUNS_DIR = "_runs"
CURRENT = "current"
CURRENT_POINTER = "current.json"  # `current` on an object store, which has no symlinks
MANIFEST = "manifest.json"
REJECTED_DIR = "_rejected"  # the failing rows of runs refused by validation
DRAFT_MARK = ".draft"
EXPORTS_DIR = "report"  # the CSV files and the workbook for reviewers, beside the report


# --- reading --------------------------------------------------------------------------------------


def _sorted(table: pa.Table, spec: TableSpec) -> pa.Table:
    keys = [(name, "ascending") for name in spec.sort_by if name in table.column_names]
    if not keys or table.num_rows == 0:
        return table
    return table.take(pc.sort_indices(table, sort_keys=keys))


def arrow_path(where: Location) -> tuple[str | Path, pafs.FileSystem | None]:
    """How pyarrow reaches `where`: a local path (no file system given), or an object store's path with
    its fsspec file system wrapped for pyarrow."""
    if isinstance(where, Remote):
        where.fs.invalidate_cache(where.path)  # another machine may have written since the last listing
        return where.path, pafs.PyFileSystem(pafs.FSSpecHandler(where.fs))
    return where, None


# A run reads most tables several times (to publish, validate, check and report): a local folder read again
# while it holds the same files (inode, size, change time, and name in the folder: a draft committed by a
# rename keeps them) is taken from memory. Files are never rewritten in place, so a table that changed has
# new files; a file cut short has another size.
_READ_CACHE: dict[tuple, pa.Table] = {}
_READ_CACHE_SIZE = 16


def _files_of(folder: Path) -> tuple[tuple[str, int, int, int], ...]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            st = os.stat(path)
            found.append((os.path.relpath(path, folder), st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(sorted(found))


def _read_folder(path: Location, spec: TableSpec) -> pa.Table:
    if isinstance(path, Remote):
        return _read_dataset(path, spec)
    key = (spec.name, _files_of(path))
    table = _READ_CACHE.get(key)
    if table is None:
        table = _read_dataset(path, spec)
        while len(_READ_CACHE) >= _READ_CACHE_SIZE:
            _READ_CACHE.pop(next(iter(_READ_CACHE)), None)
        _READ_CACHE[key] = table
    return table


def _read_dataset(path: Location, spec: TableSpec) -> pa.Table:
    partitioning = (
        ds.partitioning(pa.schema([spec.schema.field(c) for c in spec.partition_by]), flavor="hive")
        if spec.partition_by
        else None
    )
    source, filesystem = arrow_path(path)
    dataset = ds.dataset(source, filesystem=filesystem, format="parquet", partitioning=partitioning, schema=spec.schema)
    return _sorted(dataset.to_table(), spec)


def _read_parts(folder: Location, parts: list[str], spec: TableSpec) -> pa.Table:
    """The rows of some files of an unpartitioned table's folder."""
    located = [arrow_path(folder / part) for part in parts]
    dataset = ds.dataset([str(p) for p, _ in located], filesystem=located[0][1], format="parquet", schema=spec.schema)
    return dataset.to_table()


def _write_parquet(table: pa.Table, path: Location) -> None:
    target, filesystem = arrow_path(path)
    pq.write_table(table, target, filesystem=filesystem)


def _remove_tree(folder: Location) -> None:
    if isinstance(folder, Remote):
        folder.rmtree()
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _pointer(out_dir: Remote) -> str | None:
    """The current run's folder of an output folder on an object store, relative to it (`current.json`)."""
    pointer = read_json(out_dir / CURRENT_POINTER)
    return str(pointer["path"]) if isinstance(pointer, dict) and pointer.get("path") else None


def snapshot(folder: Location) -> Location:
    """The folder whose tables all come from one run: the current run's folder of an output folder
    (resolved once, so a run committed meanwhile does not mix in), or `folder` itself."""
    folder = location(folder)
    if isinstance(folder, Remote):
        if folder.parent.name == RUNS_DIR:  # a run's folder or a draft: no pointer to fetch (a GET saved)
            return folder
        current = _pointer(folder)
        return folder / current if current else folder
    current = folder / CURRENT
    return current.resolve() if current.is_symlink() else folder


def read_table(folder: Location, name: str) -> pa.Table | None:
    """Table `name` of an output folder (its current run), a draft or a run's folder; None if never written.

    A current table that cannot be read (a file cut short by a full disk or a copy) gives way to the
    same table of the newest older run that can, with a warning. With none readable, `MpdpError` says
    how to recover (never a raw ArrowInvalid).
    """
    spec = TABLES[name]
    base = snapshot(folder)
    path = base / name
    if not path.exists():
        return None
    try:
        return _read_folder(path, spec)
    except (pa.ArrowException, OSError) as exc:
        return _read_older_run(location(folder), name, exc)


def _read_older_run(folder: Location, name: str, problem: Exception) -> pa.Table:
    current = snapshot(folder).name
    for run in history(folder):
        if run.run_id == current or not (run.path / name).exists():
            continue
        try:
            table = _read_folder(run.path / name, TABLES[name])
        except (pa.ArrowException, OSError):
            continue
        logger.warning(
            "table %s: the current version in %s cannot be read (%s); using run %s's", name, current, problem,
            run.run_id,
        )  # fmt: skip
        return table
    raise MpdpError(
        f"table {name} in {folder} cannot be read ({type(problem).__name__}: {problem}) and no earlier run's can. "
        f"To recover, delete {folder / name} and {folder / RUNS_DIR}, then run `mpdp run --full` to rebuild it"
    )


# --- writing into a draft -------------------------------------------------------------------------


def is_draft(folder: Location) -> bool:
    return (location(folder) / DRAFT_MARK).exists()


def base_run(folder: Location) -> RunVersion | None:
    """The run whose tables `folder` starts from: for a draft, the run current when it began (its writer holds
    the lock, so no other run has been committed since); for an output folder, its current run."""
    folder = location(folder)
    return current_run(folder.parent.parent if is_draft(folder) else folder)


def _mark_written(draft: Location, name: str) -> None:
    (draft / f"{DRAFT_MARK}-{name}").touch()


PROPERTY_MARK = f"{DRAFT_MARK}.property-"
APPENDED_MARK = f"{DRAFT_MARK}.appended-"  # the files a run added to a table it did not rewrite


def set_property(draft: Location, key: str, value: str | None) -> None:
    """Record `key = value` in the run's manifest (`properties`): a fact about the run's tables that the next
    runs carry over until one of them sets it again."""
    atomic_write_json(location(draft) / f"{PROPERTY_MARK}{key}", value)


def _properties_in(draft: Location) -> dict[str, str | None]:
    marks = [p for p in location(draft).iterdir() if p.name.startswith(PROPERTY_MARK)]
    return {p.name.removeprefix(PROPERTY_MARK): read_json(p) for p in marks}


def appended_in(draft: Location, name: str) -> list[str]:
    """The files the draft's run added to table `name`; empty when it rewrote the table (or left it)."""
    return list(read_json(location(draft) / f"{APPENDED_MARK}{name}", []))


def written_in(draft: Location) -> set[str]:
    """The tables this draft's run wrote (the others are the previous run's, carried over)."""
    prefix = f"{DRAFT_MARK}-"
    draft = location(draft)
    return {p.name.removeprefix(prefix) for p in draft.iterdir() if p.name.startswith(prefix)}


def _write_files(table: pa.Table, spec: TableSpec, folder: Location) -> None:
    if isinstance(folder, Path):
        folder.mkdir(parents=True)
    target, filesystem = arrow_path(folder)
    if spec.partition_by and table.num_rows:
        ds.write_dataset(
            table,
            target,
            filesystem=filesystem,
            format="parquet",
            partitioning=ds.partitioning(table.select(list(spec.partition_by)).schema, flavor="hive"),
            basename_template="part-{i}.parquet",
            existing_data_behavior="error",
        )
    else:
        # An empty partitioned table has no partition folders, so it is one plain file.
        _write_parquet(table, folder / "part-0.parquet")


def _replace_folder(draft: Location, name: str, table: pa.Table) -> Location:
    """Put `table` in the draft as `name`: new files in a new folder, then a rename over the old one."""
    spec = TABLES[name]
    (draft / f"{APPENDED_MARK}{name}").unlink(missing_ok=True)  # the whole table is the run's now
    if isinstance(draft, Remote):  # no rename, and none needed: nobody reads a draft but its run
        (draft / name).rmtree()
        _write_files(_sorted(table.cast(spec.schema), spec), spec, draft / name)
        _mark_written(draft, name)
        return draft / name
    fresh = draft / f".{name}.{uuid.uuid4().hex}"
    _write_files(_sorted(table.cast(spec.schema), spec), spec, fresh)
    target = draft / name
    if target.exists():
        aside = draft / f".{name}.old.{uuid.uuid4().hex}"
        target.rename(aside)
        shutil.rmtree(aside)
    fresh.rename(target)
    _mark_written(draft, name)
    return target


def _parquet_files(folder: Location, *, recursive: bool = False) -> list[Location]:
    if isinstance(folder, Remote):
        found = folder.files() if recursive else folder.iterdir()
        return [p for p in found if p.name.endswith(".parquet")]
    return list(folder.rglob("*.parquet") if recursive else folder.glob("*.parquet"))


def _metadata(part: Location) -> pq.FileMetaData:
    if isinstance(part, Remote):
        with part.fs.open(part.path, "rb") as handle:
            return pq.read_metadata(handle)
    return pq.read_metadata(part)


def _footers_readable(folder: Location) -> bool:
    """Whether every Parquet file of a table has its footer: a file cut short has none."""
    try:
        for part in _parquet_files(folder):
            _metadata(part)
    except (pa.ArrowException, OSError):
        return False
    return True


@contextlib.contextmanager
def writing(folder: Location, run_id: str | None = None, *, retention: int = DEFAULT_RETENTION) -> Iterator[Location]:
    """The draft to write into: `folder` itself when it is a draft (the caller's run commits it), or a
    new run's draft of output folder `folder`, committed on leaving the block."""
    folder = location(folder)
    if is_draft(folder):
        yield folder
        return
    with transaction(folder, run_id or new_run_id(utc_now(), "write"), retention=retention) as draft:
        yield draft


def write_table(folder: Location, name: str, table: pa.Table) -> Location:
    """Publish `table` as table `name` of `folder` (a draft, or an output folder: then as a run of its own)."""
    with writing(folder) as draft:
        return _replace_folder(draft, name, table)


def write_table_if_changed(folder: Location, name: str, table: pa.Table) -> bool:
    """`write_table`, unless the table the run carries over is equal: that one then stays (the previous run's
    files), and the run's manifest does not list it as written. Returns whether the table was written."""
    spec = TABLES[name]
    with writing(folder) as draft:
        if name not in written_in(draft) and (draft / name).is_dir():
            with contextlib.suppress(MpdpError):  # unreadable: written anew below
                old = read_table(draft, name)
                if old is not None and old.equals(_sorted(table.cast(spec.schema), spec)):
                    return False
        _replace_folder(draft, name, table)
        return True


def append_table(folder: Location, name: str, rows: pa.Table) -> Location:
    """The table plus `rows` (logs that accumulate across runs). The old files stay (hard links of the
    previous run's) and one file of `rows` is added, so a nightly append costs that night's rows."""
    spec = TABLES[name]
    with writing(folder) as draft:
        target = draft / name
        if spec.partition_by or not target.is_dir() or not _footers_readable(target):
            old = read_table(draft, name) if target.is_dir() and _footers_readable(target) else None
            return _replace_folder(draft, name, rows if old is None else pa.concat_tables([old, rows.cast(old.schema)]))
        if rows.num_rows:
            part = f"part-{uuid.uuid4().hex}.parquet"
            sorted_rows = _sorted(rows.cast(spec.schema), spec)
            if isinstance(draft, Remote):  # a PUT is whole: the file is written in its place
                _write_parquet(sorted_rows, target / part)
            else:
                tmp = draft / f".{part}"
                pq.write_table(sorted_rows, tmp)
                tmp.rename(target / part)
            if name not in written_in(draft) or appended_in(draft, name):  # else rewritten by this run: all new
                atomic_write_json(draft / f"{APPENDED_MARK}{name}", [*appended_in(draft, name), part])
        _mark_written(draft, name)
        return target


# --- runs: begin, commit, history -----------------------------------------------------------------


@dataclass(frozen=True)
class RunVersion:
    """A committed run's tables: `_runs/<run_id>` and what its manifest says."""

    run_id: str
    committed_at: dt.datetime
    path: Location
    rows: dict[str, int] = field(default_factory=dict)  # table -> row count
    written: tuple[str, ...] = ()  # the tables this run wrote; the others it carried over
    properties: dict[str, str | None] = field(default_factory=dict)  # `set_property`, as of this run


def _link_tree(source: Path, target: Path) -> None:
    """`target` as a copy of folder `source` made of hard links (a copy where links are not possible)."""
    for path in sorted(source.rglob("*")):
        dest = target / path.relative_to(source)
        if path.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, dest)
        except OSError:  # a file system without hard links
            shutil.copy2(path, dest)


def _begin_remote(out_dir: Remote, run_id: str) -> Remote:
    """`_begin` on an object store: the draft is the run's own folder, marked, holding copies of the
    current tables (made by the server: nothing passes through this machine)."""
    runs = out_dir / RUNS_DIR
    for stale in runs.iterdir():  # a run killed before its commit; under the lock nobody writes it
        if (stale / DRAFT_MARK).exists() and not (stale / MANIFEST).exists():
            stale.rmtree()
    draft = runs / run_id
    if (draft / MANIFEST).exists():
        raise MpdpError(f"run {run_id} is already committed in {out_dir}: a run id is used once")
    (draft / DRAFT_MARK).touch()
    current = _pointer(out_dir)
    if current:
        for name in TABLES:
            if (out_dir / current / name).exists():
                (out_dir / current / name).copy_tree(draft / name)
    return draft


def _begin(out_dir: Location, run_id: str) -> Location:
    """A new draft holding the current tables (the caller holds the lock)."""
    if isinstance(out_dir, Remote):
        return _begin_remote(out_dir, run_id)
    runs = out_dir / RUNS_DIR
    runs.mkdir(parents=True, exist_ok=True)
    for stale in runs.glob(".draft-*"):  # a run killed before its commit; under the lock nobody writes it
        shutil.rmtree(stale, ignore_errors=True)
    draft = runs / f".draft-{run_id}"
    draft.mkdir()
    (draft / DRAFT_MARK).touch()
    for name in TABLES:
        # Output folders published before runs had folders hold each table behind its own link.
        source = out_dir / CURRENT / name if (out_dir / CURRENT).is_symlink() else out_dir / name
        if source.is_dir():
            _link_tree(source.resolve(), draft / name)
    return draft


def _rows(folder: Location) -> int:
    return sum(_metadata(p).num_rows for p in _parquet_files(folder, recursive=True))


def _to_validate(draft: Location, name: str) -> pa.Table | None:
    """What validation reads of table `name`: the files the run added, when it only appended rows to a table
    without a key (earlier rows were checked by their own runs); else the whole table."""
    parts = appended_in(draft, name)
    if parts and name not in KEYS:
        return _read_parts(draft / name, parts, TABLES[name])
    return read_table(draft, name)


def _row_counts(draft: Location, previous: RunVersion | None, written: Collection[str]) -> dict[str, int]:
    """Rows per table: carried over from the previous manifest where the run did not rewrite the table, so a
    growing log's files are not opened every night."""
    counts = {}
    for name in TABLES:
        if not (draft / name).is_dir():
            continue
        before = previous.rows.get(name) if previous else None
        if name not in written and before is not None:
            counts[name] = before
        elif (parts := appended_in(draft, name)) and before is not None:
            counts[name] = before + sum(_metadata(draft / name / part).num_rows for part in parts)
        else:
            counts[name] = _rows(draft / name)
    return counts


def _commit(out_dir: Location, draft: Location, run_id: str, retention: int) -> RunVersion:
    written = sorted(written_in(draft))
    try:
        # Each table read once, however many checks and links ask for it.
        loaders = {name: functools.cache(functools.partial(_to_validate, draft, name)) for name in TABLES}
        validate_tables(loaders, written, run_id=run_id)
    except TableValidationError as exc:
        report = out_dir / REJECTED_DIR / f"{run_id}.csv"
        atomic_write_bytes(report, exc.failures.to_csv(index=False).encode("utf-8"))
        logger.error("%s: %s; the failing rows are in %s", exc.code, exc, report)
        raise TableValidationError(
            f"{exc}. Nothing of the run was published: the previous tables stay current. The failing rows are in "
            f"{report}",
            exc.failures,
        ) from None
    committed_at = utc_now()
    previous = current_run(out_dir)
    rows = _row_counts(draft, previous, written)
    properties = (previous.properties if previous else {}) | _properties_in(draft)
    manifest = {
        "run_id": run_id, "committed_at": committed_at.isoformat(), "previous": previous and previous.run_id,
        "rows": rows, "written": written, "properties": properties,
    }  # fmt: skip
    if isinstance(out_dir, Remote):
        return _commit_remote(out_dir, draft, manifest, retention)
    atomic_write_json(draft / MANIFEST, manifest)
    for mark in draft.glob(f"{DRAFT_MARK}*"):
        mark.unlink()
    final = out_dir / RUNS_DIR / run_id
    if final.exists():
        raise MpdpError(f"run {run_id} is already committed in {out_dir}: a run id is used once")
    draft.rename(final)
    _point(out_dir / CURRENT, Path(RUNS_DIR) / run_id)
    for name in rows:
        _link_table(out_dir, name)
    _after_commit(out_dir, retention, _drop_legacy_versions)
    return RunVersion(run_id, committed_at, final, rows, tuple(written), properties)


def _after_commit(out_dir: Location, retention: int, *steps: Callable[[Path], None]) -> None:
    """Tidy up once the run is current: a failure here is logged, never the run's (which is published, and
    whose folder must not be removed as a failed draft would be)."""
    try:
        for step in steps:
            step(out_dir)
        prune_runs(out_dir, keep=retention)
        _write_readme(out_dir, retention)
    except Exception as exc:
        logger.warning(
            "the run is published, but tidying %s after it failed (%s); the next run tries again", out_dir, exc
        )


def _write_readme(out_dir: Location, retention: int) -> None:
    """For whoever opens the folder cold: the layout, the tables and how to read them."""
    url = str(out_dir) if isinstance(out_dir, Remote) else None
    readme = output_readme(history(out_dir), out=out_dir.name, retention=retention, exports=EXPORTS_DIR, url=url)
    atomic_write_bytes(out_dir / "README.md", readme.encode("utf-8"), mode=0o644)


def _commit_remote(out_dir: Remote, draft: Remote, manifest: dict, retention: int) -> RunVersion:
    """`_commit` on an object store: the manifest ends the draft (history lists the folder from then on),
    and one PUT of `current.json` switches every table to the run at once."""
    atomic_write_json(draft / MANIFEST, manifest)
    for mark in draft.iterdir():
        if mark.name.startswith(DRAFT_MARK):
            mark.unlink(missing_ok=True)
    run_id = manifest["run_id"]
    atomic_write_json(out_dir / CURRENT_POINTER, {"run_id": run_id, "path": f"{RUNS_DIR}/{run_id}"})
    _after_commit(out_dir, retention)
    committed_at = dt.datetime.fromisoformat(manifest["committed_at"])
    return RunVersion(run_id, committed_at, draft, manifest["rows"], tuple(manifest["written"]), manifest["properties"])


def _point(link: Path, target: Path) -> None:
    """Make `link` a symlink to `target` in one rename: a reader sees the old target or the new one."""
    tmp = link.parent / f".{link.name}.{uuid.uuid4().hex}.link"
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _link_table(out_dir: Path, name: str) -> None:
    link = out_dir / name
    target = Path(CURRENT) / name
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return
    if link.exists() and not link.is_symlink():
        # A plain folder (say, copied by hand) is moved aside rather than deleted.
        link.rename(out_dir / f"{name}.replaced-{uuid.uuid4().hex[:8]}")
    _point(link, target)


def _drop_legacy_versions(out_dir: Path) -> None:
    """The per-table versions of the layout before run folders, once every table is behind `current`."""
    legacy = out_dir / "_versions"
    behind_old_links = any((out_dir / n).is_symlink() and "_versions" in os.readlink(out_dir / n) for n in TABLES)
    if legacy.is_dir() and not behind_old_links:
        shutil.rmtree(legacy, ignore_errors=True)


@contextlib.contextmanager
def transaction(out_dir: Location, run_id: str, *, retention: int = DEFAULT_RETENTION) -> Iterator[Location]:
    """One run's tables: yields a draft to write into, committed (all tables at once) when the block
    ends, discarded if it raises. Holds the output folder's lock throughout, so writers take turns."""
    out_dir = location(out_dir)
    if isinstance(out_dir, Path):
        out_dir.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        draft = _begin(out_dir, run_id)
        try:
            yield draft
            _commit(out_dir, draft, run_id, retention)
        except BaseException:
            _remove_tree(draft)
            raise


def _run_version(path: Location) -> RunVersion | None:
    manifest = read_json(path / MANIFEST)
    if not isinstance(manifest, dict) or "committed_at" not in manifest:
        return None
    return RunVersion(
        run_id=path.name,
        committed_at=dt.datetime.fromisoformat(manifest["committed_at"]),
        path=path,
        rows=dict(manifest.get("rows", {})),
        written=tuple(manifest.get("written", ())),
        properties=dict(manifest.get("properties", {})),
    )


def history(out_dir: Location) -> list[RunVersion]:
    """The committed runs of an output folder, newest first."""
    runs = location(out_dir) / RUNS_DIR
    if not runs.is_dir():
        return []
    found = [v for p in runs.iterdir() if not p.name.startswith(".") and (v := _run_version(p)) is not None]
    return sorted(found, key=lambda v: (v.committed_at, v.run_id), reverse=True)


def current_run(out_dir: Location) -> RunVersion | None:
    out_dir = location(out_dir)
    if isinstance(out_dir, Remote):
        pointer = _pointer(out_dir)
        return _run_version(out_dir / pointer) if pointer else None
    current = out_dir / CURRENT
    return _run_version(current.resolve()) if current.is_symlink() else None


def as_of(out_dir: Location, when: str) -> RunVersion:
    """The run `when` names: a run id (or its unique prefix), or a date (`2026-11-30`) or time in UTC
    (`2026-11-30T12:00`), meaning the last run committed by then (a date: by the end of that day)."""
    runs = history(out_dir)
    if not runs:
        raise ConfigError(f"{out_dir} holds no runs yet: run `mpdp run` or `mpdp extract` first")
    exact = [r for r in runs if r.run_id == when] or [r for r in runs if r.run_id.startswith(when)]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise ConfigError(f"--as-of {when!r} matches {len(exact)} runs; give more of the run id (see `mpdp history`)")
    try:
        moment = dt.datetime.fromisoformat(when)
    except ValueError:
        raise ConfigError(
            f"--as-of {when!r} is neither a run id nor a date: use a run id from `mpdp history` or YYYY-MM-DD"
        ) from None
    if len(when) == 10:  # a date: the whole day
        moment += dt.timedelta(days=1) - dt.timedelta(microseconds=1)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    earlier = [r for r in runs if r.committed_at <= moment]
    if not earlier:
        first = f"{runs[-1].committed_at:%Y-%m-%d %H:%M} UTC"
        raise ConfigError(f"no run of {out_dir} was committed by {when} (the first was at {first})")
    return earlier[0]


def previous_run(out_dir: Location, run: RunVersion) -> RunVersion | None:
    """The run committed just before `run`."""
    runs = history(out_dir)
    older = [r for r in runs if (r.committed_at, r.run_id) < (run.committed_at, run.run_id)]
    return older[0] if older else None


LEASE_PREFIX = ".reading-"
LEASE_S = 6 * 3600  # a lease older than this was left by a reader that died: it no longer holds the run


@contextlib.contextmanager
def reading(*runs: RunVersion | None) -> Iterator[None]:
    """Hold the folders of `runs` (an older run read by `--as-of` or `diff`) against pruning while the block
    reads them: a lease file in each, which `prune_runs` respects until it is `LEASE_S` old."""
    leases = []
    try:
        for run in runs:
            if run is not None:
                lease = location(run.path) / f"{LEASE_PREFIX}{uuid.uuid4().hex}"
                lease.touch()
                leases.append(lease)
        yield
    finally:
        for lease in leases:
            with contextlib.suppress(OSError):
                lease.unlink()


def _leased(folder: Location) -> bool:
    now = utc_now().timestamp()
    for entry in location(folder).iterdir():
        if entry.name.startswith(LEASE_PREFIX):
            with contextlib.suppress(OSError):  # gone meanwhile: the reader is done
                if now - entry.stat().st_mtime < LEASE_S:
                    return True
    return False


def prune_runs(out_dir: Location, *, keep: int) -> int:
    """Delete all but the newest `keep` runs' folders, never the current one nor one a reader holds
    (`reading`); returns how many went."""
    current = snapshot(out_dir).name  # by run id: the paths may be spelt differently (relative, resolved)
    gone = 0
    for run in history(out_dir)[max(keep, 1) :]:
        if run.run_id == current or _leased(run.path):
            continue
        _remove_tree(run.path)
        gone += 1
    return gone
