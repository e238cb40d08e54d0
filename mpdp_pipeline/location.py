"""Where the raw store and the tables live: a local folder (a `Path`) or a folder of an object store (a `Remote`).

`pipeline.raw_dir` and `pipeline.out_dir` take a path, a `file:///abs/path` URL (both local: the `Path`
code, with its renames, symlinks and hard links, as before) or an fsspec URL such as `s3://bucket/prefix`,
which every Dask worker on every machine reaches the same way. `location(value, options)` is the one place
that decides; the code that differs (tables, raw store, crawl state, report) asks `isinstance(x, Remote)`.

    >>> out = location("s3://mpdp/processed", {"endpoint_url": "http://127.0.0.1:9000"})
    >>> (out / "report" / "index.html").write_bytes(b"<html>")

A `Remote` offers the few `Path` operations the pipeline uses on a stored file (`/`, `name`, `parent`,
`exists`, `iterdir`, `read_bytes`, `write_bytes`, `touch`, `stat`, `unlink`, ...) over the fsspec file
system of its scheme, opened with `[pipeline] storage_options` (say `endpoint_url` for an S3-compatible
server; credentials are best left to the environment or the machine's role). Writing an object is one
PUT: it is there whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname


def is_url(value: object) -> bool:
    """Whether `value` names a folder through an fsspec URL other than `file://` (`s3://bucket/prefix`)."""
    if not isinstance(value, str) or "://" not in value:
        return False
    scheme = value.split("://", 1)[0].lower()
    return scheme.isidentifier() and scheme != "file"


@dataclass(frozen=True)
class RemoteStat:
    st_size: int
    st_mtime: float


@dataclass(frozen=True)
class Remote:
    """A file or folder of an fsspec file system, named by its URL (no trailing slash)."""

    url: str
    # Not hashed (a dict) and not shown (it may hold a secret); the same for every Remote of one config.
    options: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def __str__(self) -> str:
        return self.url

    def __truediv__(self, part: str | Path) -> Remote:
        return Remote(f"{self.url}/{str(part).strip('/')}", self.options)

    @property
    def name(self) -> str:
        return self.url.rsplit("/", 1)[-1]

    @property
    def parent(self) -> Remote:
        return Remote(self.url.rsplit("/", 1)[0], self.options)

    @property
    def fs(self) -> Any:
        """The fsspec file system (one per process and options: fsspec caches the instances)."""
        import fsspec

        return fsspec.filesystem(urlsplit(self.url).scheme, **dict(self.options))

    @property
    def path(self) -> str:
        """The name the file system knows it by (`bucket/prefix`, without the scheme)."""
        return self.fs._strip_protocol(self.url)

    def resolve(self) -> Remote:
        return self  # a URL is already absolute

    def child(self, path: str) -> Remote:
        """The Remote of `path`, a name the file system gave for something below this one."""
        relative = path.removeprefix(self.path).strip("/")
        return self / relative if relative else self

    def exists(self) -> bool:
        # Listings are cached per process, and another machine may have written since.
        self.fs.invalidate_cache(self.path)
        return self.fs.exists(self.path)

    def is_dir(self) -> bool:
        self.fs.invalidate_cache(self.path)
        return self.fs.isdir(self.path)

    def iterdir(self) -> Iterator[Remote]:
        self.fs.invalidate_cache(self.path)
        try:
            names = self.fs.ls(self.path, detail=False)
        except FileNotFoundError:
            return
        for name in sorted(names):
            if name.rstrip("/") != self.path:
                yield self.child(name)

    def files(self) -> list[Remote]:
        """Every file below this folder (an object store has no folders, only names with slashes)."""
        self.fs.invalidate_cache(self.path)
        return [self.child(p) for p in sorted(self.fs.find(self.path))]

    def read_bytes(self) -> bytes:
        return self.fs.cat_file(self.path)

    def touch(self) -> None:
        self.write_bytes(b"")

    def stat(self) -> RemoteStat:
        """What `Path.stat` gives that the pipeline reads: size and modification time."""
        info = self.fs.info(self.path)
        return RemoteStat(st_size=int(info.get("size") or 0), st_mtime=self.fs.modified(self.path).timestamp())

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.read_bytes().decode(encoding)

    def write_bytes(self, data: bytes) -> None:
        self.fs.pipe_file(self.path, data)

    def create(self, data: bytes) -> bool:
        """Write the object only if none is there (a conditional PUT, `If-None-Match: *`); whether it was."""
        try:
            self.fs.pipe_file(self.path, data, mode="create")
        except FileExistsError:
            return False
        return True

    def unlink(self, missing_ok: bool = False) -> None:
        try:
            self.fs.rm_file(self.path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmtree(self) -> None:
        """Delete this folder and everything below it."""
        found = self.fs.find(self.path)
        if found:
            self.fs.rm(found)

    def copy_tree(self, target: Remote) -> None:
        """Copy every file below this folder to the same place below `target`, server-side."""
        sources = self.fs.find(self.path)
        if sources:
            self.fs.copy(sources, [target.child_path(p.removeprefix(self.path)) for p in sources])

    def child_path(self, relative: str) -> str:
        return f"{self.path}/{relative.strip('/')}"


Location = Path | Remote


def location(value: str | Path | Remote, options: Mapping[str, Any] | None = None) -> Location:
    """The folder `value` names: a `Remote` for an fsspec URL (opened with `options`), else a local `Path`
    (`file:///abs/path` as the path it names)."""
    if isinstance(value, Remote | Path):
        return value
    text = str(value)
    if is_url(text):
        return Remote(text.rstrip("/"), dict(options or {}))
    if text.lower().startswith("file://"):
        return Path(url2pathname(urlsplit(text).path))
    return Path(text)


def open_stored(where: str | Path, options: Mapping[str, Any] | None = None) -> bytes:
    """The bytes of a stored file (`documents.raw_path`: a local path or a URL), on whatever machine asks."""
    return location(where, options).read_bytes()
