"""The only module that writes to `raw/` and `processed/`.

* `RawStore`: documents addressed by the sha256 of their bytes, `raw/<2 hex>/<sha256>.<ext>`.
* `write_table` / `read_table`: Parquet datasets published atomically. Each write goes to a new
  version folder under `OUT/_versions/<table>/`, then the `OUT/<table>` symlink is switched to it
  with one `rename`, so a reader sees the old table or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import stat
import tempfile
import uuid
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import FetchError, MpdpError
from mpdp_pipeline.schemas import TABLES, TableSpec

logger = logging.getLogger(__name__)

VERSIONS_KEPT = 3  # older versions stay a little while for readers still holding them


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: Path, obj: Any) -> None:
    atomic_write_bytes(path, json.dumps(obj, indent=1, sort_keys=True, default=str).encode("utf-8"))


def read_json(path: Path, default: Any = None) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a local file, at most `max_bytes`; raises `FetchError` with the code of the refusal.

    Opened without blocking and checked on the open descriptor, so a FIFO (which would wait for a
    writer for ever) or a device such as /dev/zero (endless) is refused as `file.not_regular`.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise FetchError(f"no such file: {path}", code=LogCode.FILE_NOT_FOUND) from None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}", code=LogCode.FILE_UNREADABLE) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FetchError(f"{path} is not a regular file (a FIFO, device or folder)", code=LogCode.FILE_NOT_REGULAR)
        if info.st_size > max_bytes:
            raise FetchError(f"{info.st_size} bytes > cap {max_bytes}", code=LogCode.SIZE_EXCEEDED)
        try:
            body = fh.read(max_bytes + 1)  # the file may have grown since fstat()
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror or exc}", code=LogCode.FILE_UNREADABLE) from None
    if len(body) > max_bytes:
        raise FetchError(f"file passed the cap of {max_bytes} bytes", code=LogCode.SIZE_EXCEEDED)
    return body


class RawStore:
    """Content-addressed document store: one file per distinct body, named by its hash.

    >>> store = RawStore(Path("raw"))
    >>> doc_id, path = store.put(b"%PDF-1.4 ...", "pdf")
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, doc_id: str, ext: str) -> Path:
        if len(doc_id) != 64 or any(c not in "0123456789abcdef" for c in doc_id):
            raise ValueError(f"not a sha256 hex digest: {doc_id!r}")
        if not ext.isalnum():
            raise ValueError(f"bad extension: {ext!r}")
        return self.root / doc_id[:2] / f"{doc_id}.{ext}"

    def put(self, data: bytes, ext: str) -> tuple[str, Path]:
        """Store `data` once; return its doc_id and path (an existing copy is kept as is)."""
        doc_id = sha256_hex(data)
        path = self.path_for(doc_id, ext)
        if not path.exists():
            atomic_write_bytes(path, data)
        return doc_id, path

    def state_path(self, name: str) -> Path:
        """Where a stage keeps its small JSON state (the crawler's frontier and validators)."""
        return self.root / "_state" / f"{name}.json"


# --- published tables ---------------------------------------------------------------------


def _sorted(table: pa.Table, spec: TableSpec) -> pa.Table:
    keys = [(name, "ascending") for name in spec.sort_by if name in table.column_names]
    if not keys or table.num_rows == 0:
        return table
    return table.take(pc.sort_indices(table, sort_keys=keys))


def _write_version(table: pa.Table, spec: TableSpec, folder: Path) -> None:
    folder.mkdir(parents=True)
    if spec.partition_by and table.num_rows:
        ds.write_dataset(
            table,
            folder,
            format="parquet",
            partitioning=ds.partitioning(table.select(list(spec.partition_by)).schema, flavor="hive"),
            basename_template="part-{i}.parquet",
            existing_data_behavior="error",
        )
    else:
        # An empty partitioned table has no partition folders, so it is one plain file.
        pq.write_table(table, folder / "part-0.parquet")


def write_table(out_dir: Path, name: str, table: pa.Table) -> Path:
    """Publish `table` as `out_dir/name`, atomically; returns the published path."""
    spec = TABLES[name]
    table = _sorted(table.cast(spec.schema), spec)
    version = _new_version(Path(out_dir), name)
    _write_version(table, spec, version)
    return _switch_to(Path(out_dir), name, version)


def _new_version(out_dir: Path, name: str) -> Path:
    return out_dir / "_versions" / name / uuid.uuid4().hex


def _switch_to(out_dir: Path, name: str, version: Path) -> Path:
    """Point `out_dir/name` at `version` in one rename: readers see the old table or the new one."""
    link = out_dir / name
    if link.exists() and not link.is_symlink():
        # A plain folder (say, copied by hand) is moved aside rather than deleted.
        link.rename(out_dir / f"{name}.replaced-{uuid.uuid4().hex[:8]}")
    tmp_link = out_dir / f".{name}.{uuid.uuid4().hex}.link"
    os.symlink(os.path.relpath(version, out_dir), tmp_link)
    os.replace(tmp_link, link)
    _prune(version.parent, keep=version)
    return link


def _prune(versions: Path, keep: Path) -> None:
    old = sorted((p for p in versions.iterdir() if p != keep), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in old[VERSIONS_KEPT - 1 :]:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock: a cron run and a manual `mpdp extract` take turns.

    Publishing reads, merges and rewrites tables; two writers at once would lose one side's rows.
    """
    with open(Path(out_dir) / ".lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_table(out_dir: Path, name: str) -> pa.Table | None:
    """The published table, or None if it was never written.

    A current version that cannot be read (a file cut short by a full disk or a copy) gives way to
    the newest older version that can, with a warning; the next write publishes a whole one again.
    With none readable, `MpdpError` says how to recover (never a raw ArrowInvalid).
    """
    spec = TABLES[name]
    path = Path(out_dir) / name
    if not path.exists():
        return None
    try:
        return _read_version(path, spec)
    except (pa.ArrowException, OSError) as exc:
        return _read_older_version(Path(out_dir), name, exc)


def _read_version(path: Path, spec: TableSpec) -> pa.Table:
    partitioning = (
        ds.partitioning(pa.schema([spec.schema.field(c) for c in spec.partition_by]), flavor="hive")
        if spec.partition_by
        else None
    )
    dataset = ds.dataset(path, format="parquet", partitioning=partitioning, schema=spec.schema)
    return _sorted(dataset.to_table(), spec)


def _read_older_version(out_dir: Path, name: str, problem: Exception) -> pa.Table:
    """The newest readable version of `name` other than the current one, which `problem` spoiled."""
    current = (out_dir / name).resolve()
    folder = out_dir / "_versions" / name
    older = [p for p in folder.iterdir() if p.is_dir() and p != current] if folder.is_dir() else []
    for version in sorted(older, key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            table = _read_version(version, TABLES[name])
        except (pa.ArrowException, OSError):
            continue
        logger.warning(
            "table %s: the current version %s cannot be read (%s); using the previous version %s",
            name, current, problem, version,
        )  # fmt: skip
        return table
    raise MpdpError(
        f"table {name} in {out_dir} cannot be read ({type(problem).__name__}: {problem}) and no earlier version "
        f"can. To recover, delete {out_dir / name} and {folder}, then run `mpdp run --full` to rebuild it"
    )


def _footers_readable(folder: Path) -> bool:
    """Whether every Parquet file of a version has its footer: a file cut short has none."""
    try:
        for part in folder.glob("*.parquet"):
            pq.read_metadata(part)
    except (pa.ArrowException, OSError):
        return False
    return True


def append_table(out_dir: Path, name: str, rows: pa.Table) -> Path:
    """Publish the existing table plus `rows` (for logs that accumulate across runs).

    The new version hard-links the old files and adds one file of `rows`, so a nightly append
    costs that night's rows, not the whole history.
    """
    spec = TABLES[name]
    out_dir = Path(out_dir)
    link = out_dir / name
    if spec.partition_by or not link.is_symlink() or not _footers_readable(link):
        old = read_table(out_dir, name)  # a spoilt version is read from an older one, not carried on
        return write_table(out_dir, name, rows if old is None else pa.concat_tables([old, rows.cast(old.schema)]))
    version = _new_version(out_dir, name)
    version.mkdir(parents=True)
    for part in link.resolve().glob("*.parquet"):
        try:
            os.link(part, version / part.name)
        except OSError:  # a file system without hard links
            shutil.copy2(part, version / part.name)
    if rows.num_rows:
        pq.write_table(_sorted(rows.cast(spec.schema), spec), version / f"part-{uuid.uuid4().hex}.parquet")
    return _switch_to(out_dir, name, version)


def prune_older_than(folder: Path, cutoff: float, keep: Collection[Path] = ()) -> int:
    """Delete the entries of `folder` (files or folders) last changed before `cutoff` (a POSIX time), except
    those in `keep`; returns how many went. Housekeeping: old table versions, stale crawl state, old results."""
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    kept = {Path(p).resolve() for p in keep}
    gone = 0
    for entry in folder.iterdir():
        try:
            if entry.resolve() in kept or entry.lstat().st_mtime >= cutoff:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except FileNotFoundError:  # another housekeeper was quicker
            continue
        gone += 1
    return gone


def current_version(out_dir: Path, name: str) -> Path | None:
    """The version folder `out_dir/name` points at, or None when it is no published symlink."""
    link = Path(out_dir) / name
    return link.resolve() if link.is_symlink() else None
