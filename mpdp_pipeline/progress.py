"""What `mpdp` shows on stderr while it works: progress per stage, and its log lines, faults counted.

    crawl    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━     2/3 sources   131 documents, 1 failed 0:00:41
    extract  ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━  80/131 documents 0 failed                0:00:12

On a terminal each stage is a rich progress bar (done, total, failed, time left); in a log file (stderr not a
terminal) each stage is one plain line when it ends, `crawl: 131 documents, 1 failed`; with `-q`, nothing.

Fault lines, the warnings the crawler logs one by one with their log code (`IGC http.404: <url>`), are
counted by code instead of printed and summed up at the end, `432 × http.404: see extraction_log`; `-v`
prints them as they come. Levels of detail (`Verbosity`): `-q` errors only; default warnings, faults counted;
`-v` mpdp's and Prefect's info lines and every fault; `-vv` also every HTTP request (httpx) and debug lines.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Generic, TextIO, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from mpdp_pipeline.codes import LogCode

PACKAGE_LOGGER = "mpdp_pipeline"
LINE_FORMAT = "%(levelname)s %(name)s: %(message)s"
CHATTY_LOGGERS = ("httpx", "httpcore")  # one INFO line per request: shown from -vv only

T = TypeVar("T")
R = TypeVar("R")


class Verbosity(IntEnum):
    QUIET = -1
    NORMAL = 0
    VERBOSE = 1
    DEBUG = 2

    @classmethod
    def of(cls, verbose: int, quiet: bool) -> Verbosity:
        """`-q` → QUIET; `-v` → VERBOSE; `-vv` (or more) → DEBUG."""
        return cls.QUIET if quiet else cls(min(verbose, cls.DEBUG))


def fault_code(record: logging.LogRecord) -> str | None:
    """The log code of a fault line, a warning whose arguments hold a `LogCode`; None for any other record."""
    if record.levelno != logging.WARNING or not isinstance(record.args, tuple):
        return None
    return next((str(arg) for arg in record.args if isinstance(arg, LogCode)), None)


@dataclass
class FaultTally(logging.Filter):
    """A filter that counts fault lines by code and keeps them from being printed."""

    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        super().__init__()

    def filter(self, record: logging.LogRecord) -> bool:
        code = fault_code(record)
        if code is None:
            return True
        self.counts[code] += 1
        return False

    def lines(self) -> list[str]:
        """`432 × http.404: see extraction_log`, the most frequent code first."""
        ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return [f"{n} × {code}: see extraction_log" for code, n in ranked]


class _StderrHandler(logging.Handler):
    """Writes to whatever `sys.stderr` is at the time, so that lines logged under a live progress display go
    through rich's redirection, above the bars, rather than through them."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # as logging's own handlers: a failed log line never stops the run
            self.handleError(record)


def level_of(verbosity: Verbosity) -> int:
    return {
        Verbosity.QUIET: logging.ERROR,
        Verbosity.NORMAL: logging.WARNING,
        Verbosity.VERBOSE: logging.INFO,
        Verbosity.DEBUG: logging.DEBUG,
    }[verbosity]


@contextlib.contextmanager
def console_logging(verbosity: Verbosity) -> Iterator[FaultTally]:
    """mpdp's log lines on stderr for the length of a command, fault lines counted unless VERBOSE; yields the
    tally. Our own handler on the package's logger, not the root's: Prefect replaces the root's handlers
    when it is imported. Other libraries log through the root: errors only with -q, warnings, from -vv
    their info lines. Everything is put back on the way out (tests call `main` many times)."""
    root, package = logging.getLogger(), logging.getLogger(PACKAGE_LOGGER)
    chatty = [logging.getLogger(name) for name in CHATTY_LOGGERS]
    saved = (root.level, package.level, package.propagate, [c.level for c in chatty])
    tally = FaultTally()
    handler = _stderr_handler()
    if verbosity < Verbosity.VERBOSE:
        handler.addFilter(tally)
    package.addHandler(handler)
    package.setLevel(level_of(verbosity))
    package.propagate = False
    root_handler = _stderr_handler() if not root.handlers else None
    if root_handler is not None:
        root.addHandler(root_handler)
    root.setLevel(logging.INFO if verbosity >= Verbosity.DEBUG else max(level_of(verbosity), logging.WARNING))
    for logger in chatty:
        logger.setLevel(logging.INFO if verbosity >= Verbosity.DEBUG else logging.WARNING)
    try:
        yield tally
    finally:
        package.removeHandler(handler)
        if root_handler is not None:
            root.removeHandler(root_handler)
        root.setLevel(saved[0])
        package.setLevel(saved[1])
        package.propagate = saved[2]
        for logger, level in zip(chatty, saved[3], strict=True):
            logger.setLevel(level)


def _stderr_handler() -> logging.Handler:
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter(LINE_FORMAT))
    return handler


def current_verbosity() -> Verbosity | None:
    """The verbosity `console_logging` set up in this process; None when it is not at work here."""
    package = logging.getLogger(PACKAGE_LOGGER)
    if not any(isinstance(h, _StderrHandler) for h in package.handlers):
        return None
    return next((v for v in Verbosity if level_of(v) == package.level), Verbosity.NORMAL)


@dataclass(frozen=True)
class InWorker(Generic[T, R]):
    """`fn` with the log lines of the command that started it, also in a worker process (`--runner processes`
    or `dask`), where Prefect's own logging would print every fault line: there they are counted, and the
    counts printed when `fn` returns. In the command's own process (threads), `fn` itself."""

    fn: Callable[[T], R]
    verbosity: Verbosity

    def __call__(self, item: T) -> R:
        if current_verbosity() is not None:
            return self.fn(item)
        with console_logging(self.verbosity) as tally:
            try:
                return self.fn(item)
            finally:
                if self.verbosity > Verbosity.QUIET:
                    sys.stderr.writelines(line + "\n" for line in tally.lines())


# --- progress ----------------------------------------------------------------------------------------


class Mode(StrEnum):
    BARS = "bars"  # a terminal
    LINES = "lines"  # a log file: one line per stage
    OFF = "off"


def mode_for(stream: TextIO, *, show: bool) -> Mode:
    if not show:
        return Mode.OFF
    return Mode.BARS if stream.isatty() else Mode.LINES


@dataclass
class StageBar:
    """One stage's progress: steps done of `total` (sources, documents), with documents and failures."""

    name: str
    total: int
    unit: str
    _run: RunProgress
    _task: TaskID | None = None
    documents: int = 0
    failed: int = 0
    done: int = 0

    def advance(self, *, documents: int = 1, failed: int = 0) -> None:
        self.done += 1
        self.documents += documents
        self.failed += failed
        if self._task is not None and self._run.bars is not None:
            self._run.bars.update(self._task, completed=self.done, tally=self.bar_text())

    def tally(self) -> str:
        return f"{self.documents} documents, {self.failed} failed"

    def bar_text(self) -> str:
        """Beside the bar, what its count does not say already."""
        return f"{self.failed} failed" if self.unit == "documents" else self.tally()

    def finish(self) -> None:
        if self._run.mode == Mode.LINES:
            self._run.line(f"{self.name}: {self.tally()}")


@dataclass
class RunProgress:
    """A run's progress on `stream` (stderr), as `mode` says: bars, a line per stage, or nothing."""

    mode: Mode
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    bars: Progress | None = None

    def __enter__(self) -> RunProgress:
        if self.mode == Mode.BARS:
            self.bars = Progress(
                TextColumn("{task.description:<8}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[unit]:<9} {task.fields[tally]}"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
            )
            self.bars.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bars is not None:
            self.bars.stop()
            self.bars = None

    def stage(self, name: str, total: int, unit: str = "documents") -> StageBar:
        bar = StageBar(name, total, unit, self)
        if self.bars is not None:
            bar._task = self.bars.add_task(name, total=total, unit=unit, tally=bar.bar_text())
        return bar

    def line(self, text: str) -> None:
        """A stage without a bar (publish, checks, report), or a stage's line in a log file."""
        if self.mode == Mode.OFF:
            return
        if self.bars is not None:
            self.bars.console.print(text, highlight=False, markup=False)
        else:  # written, not printed: a flow's `log_prints` would turn a print into an INFO log record
            self.stream.write(text + "\n")
            self.stream.flush()
