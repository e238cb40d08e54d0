"""Files written whole: the raw store and the output folder's building blocks.

* `RawStore`: documents addressed by the sha256 of their bytes, `raw/<2 hex>/<sha256>.<ext>`.
* `atomic_write_bytes` / `atomic_write_json`: a file written whole or not at all.
* `locked`: the output folder's lock, so writers take turns.

Each takes a local `Path` or a `location.Remote` (an object store, `s3://bucket/prefix`): there an object
is written whole by one PUT, and the lock is an object created only if none is there (`If-None-Match: *`).
The published Parquet tables, written through these, are `tables.py`'s.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.errors import FetchError, MpdpError
from mpdp_pipeline.location import Location, Remote, location

SHA256_HEX = re.compile(r"[0-9a-f]{64}")  # a doc_id

logger = logging.getLogger(__name__)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write_bytes(path: Location, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never a part; `mode` (say
    0o644 for a file to share: mkstemp makes 0600) is set before the file appears."""
    if isinstance(path, Remote):
        path.write_bytes(data)  # one PUT: the object appears whole or not at all
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: Location, obj: Any, *, indent: int | None = 1) -> None:
    """`obj` as JSON, atomically; `indent=None` for large machine-read files (C's encoder, several times faster)."""
    atomic_write_bytes(path, json.dumps(obj, indent=indent, sort_keys=True, default=str).encode("utf-8"))


def read_json(path: Location, default: Any = None) -> Any:
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

    >>> store = RawStore(Path("raw"))  # or RawStore(location("s3://bucket/raw", storage_options))
    >>> doc_id, path = store.put(b"%PDF-1.4 ...", "pdf")

    On an object store the objects have the same names, and `documents.raw_path` holds their URL.
    """

    def __init__(self, root: Location | str) -> None:
        self.root = location(root)

    def path_for(self, doc_id: str, ext: str) -> Location:
        if not SHA256_HEX.fullmatch(doc_id):
            raise ValueError(f"not a sha256 hex digest: {doc_id!r}")
        if not ext.isalnum():
            raise ValueError(f"bad extension: {ext!r}")
        return self.root / doc_id[:2] / f"{doc_id}.{ext}"

    def put(self, data: bytes, ext: str) -> tuple[str, Location]:
        """Store `data` once; return its doc_id and path (an existing copy is kept as is)."""
        doc_id = sha256_hex(data)
        path = self.path_for(doc_id, ext)
        if not path.exists():
            atomic_write_bytes(path, data)
        return doc_id, path

    def state_path(self, name: str) -> Location:
        """Where a stage keeps its small JSON state (the crawler's frontier and validators)."""
        return self.root / "_state" / f"{name}.json"


# --- the output folder -----------------------------------------------------------------------


LOCK_WAIT_S = 3600.0  # how long a writer waits for another's lock on an object store before giving up
LOCK_POLL_S = 1.0


@contextlib.contextmanager
def locked(out_dir: Location) -> Iterator[None]:
    """Hold the output folder's lock: a cron run and a manual `mpdp extract` take turns.

    Publishing reads, merges and rewrites tables; two writers at once would lose one side's rows.
    """
    if isinstance(out_dir, Remote):
        with _object_lock(out_dir / ".lock"):
            yield
        return
    with open(Path(out_dir) / ".lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _object_lock(lock: Remote, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """The lock of an output folder on an object store: an object created only if none is there (a
    conditional PUT), deleted on leaving. A writer killed while holding it leaves it behind: the error
    after `wait_s` names the object to delete once no run is active."""
    holder = json.dumps({"pid": os.getpid(), "host": os.uname().nodename, "since": time.time()}).encode()
    deadline = time.monotonic() + wait_s
    while not lock.create(holder):
        if time.monotonic() >= deadline:
            raise MpdpError(
                f"{lock} is held by another writer (a run, or a killed run that left it); if no run is active, "
                "delete that object and try again"
            )
        time.sleep(LOCK_POLL_S)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def prune_older_than(folder: Location, cutoff: float, keep: Collection[Location] = ()) -> int:
    """Delete the entries of `folder` (files or folders) last changed before `cutoff` (a POSIX time), except
    those in `keep`; returns how many went. Housekeeping: old table versions, stale crawl state, old results."""
    if isinstance(folder, Remote):
        return _prune_objects(folder, cutoff, keep)
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


def _prune_objects(folder: Remote, cutoff: float, keep: Collection[Location]) -> int:
    """`prune_older_than` for the objects of a folder on an object store (the crawl state: flat files)."""
    kept = {str(k) for k in keep}
    gone = 0
    for entry in folder.files():
        if str(entry) in kept or entry.fs.modified(entry.path).timestamp() >= cutoff:
            continue
        entry.unlink(missing_ok=True)
        gone += 1
    return gone
