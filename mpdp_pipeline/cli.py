"""The `mpdp` command: parse the flags, call the stages of `mpdp_pipeline.stages` (`run` through the
Prefect flow, which calls the same stages), print a summary.

Exit status: 0 when the run finished (failed documents are logged and counted), 1 when a
stage could not run at all, 2 for bad usage or an invalid config, 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mpdp_pipeline import __version__
from mpdp_pipeline.clock import new_run_id, utc_now
from mpdp_pipeline.config import describe_config_source
from mpdp_pipeline.errors import ConfigError, MpdpError
from mpdp_pipeline.progress import Verbosity, console_logging, level_of

EXAMPLES = """\
examples:
  mpdp run                                  the nightly flow once on the bundled sample
  mpdp run --config mpdp.toml --full        on the real sites, ignoring cached extractions
  mpdp extract report.pdf --recipient IGC   extract from local files, no crawl
  mpdp checks && mpdp report                rebuild the checks and the report from the tables
  mpdp serve --cron "0 2 * * *"             serve the nightly schedule with Prefect
"""


# Ctrl-C: what stands. The crawl saves its frontier on the way out and bodies are stored whole; tables and the
# report are switched in whole, so each is as the last finished stage left it.
INTERRUPTED_KEPT = (
    "Kept: every document already downloaded (raw store), the crawl's frontier (raw/_state) and every table as "
    "last published. The next run resumes where this one stopped."
)


def _quiet_prefect(verbosity: Verbosity) -> None:
    """Prefect reads its settings when imported, so these are set before any Prefect import (defaults only: a
    user's own settings win). The throwaway API's services are set where it is started (`flows/runners.py`)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", logging.getLevelName(max(level_of(verbosity), logging.INFO)))
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "true")


def _verbosity_args(p: argparse.ArgumentParser, *, after: bool = False) -> None:
    # Before and after the command under their own names, added up by `_verbosity`: argparse would
    # otherwise let the command's default overwrite what was given before it.
    where = "_after" if after else ""
    p.add_argument(
        "-v", "--verbose", action="count", default=0, dest=f"verbose{where}",
        help="more detail: -v prints every crawl fault as it happens (not only counted at the end) and "
        "mpdp's and Prefect's info lines; -vv also every HTTP request",
    )  # fmt: skip
    p.add_argument(
        "-q", "--quiet", action="store_true", dest=f"quiet{where}",
        help="print only the summary line and errors: no progress, no fault counts",
    )  # fmt: skip


def _verbosity(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Verbosity:
    verbose = args.verbose + getattr(args, "verbose_after", 0)
    quiet = args.quiet or getattr(args, "quiet_after", False)
    if verbose and quiet:
        parser.error("-q and -v exclude each other")
    return Verbosity.of(verbose, quiet)


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="TOML config (default: ./mpdp.toml if present, else the bundled sample)")
    p.add_argument("--raw", type=_folder, help="raw store folder or fsspec URL (overrides pipeline.raw_dir)")


def _folder(value: str) -> str | Path:
    """A folder flag: a local path, or an fsspec URL (`s3://bucket/processed`) kept as written."""
    from mpdp_pipeline.location import is_url

    return value if is_url(value) else Path(value)


def _default_config(path: Path | None) -> Path | None:
    if path is not None:
        return path
    local = Path("mpdp.toml")
    return local if local.exists() else None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mpdp",
        description="Crawl, extract, publish and check the MPDP recipients' reported activities.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mpdp-pipeline {__version__}")
    _verbosity_args(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="the nightly flow once: crawl, extract, publish, checks, report")
    _config_args(run)
    run.add_argument("--out", type=_folder, help="output folder or fsspec URL (overrides pipeline.out_dir)")
    run.add_argument(
        "--runner",
        choices=("threads", "processes", "dask"),
        default="threads",
        help="Prefect task runner (default: %(default)s)",
    )
    run.add_argument("--dask-address", help="scheduler of an existing Dask cluster (with --runner dask)")
    run.add_argument("--full", action="store_true", help="ignore cached extractions and parse every document again")

    crawl = sub.add_parser("crawl", help="crawl only: fill the raw store and the documents table")
    _config_args(crawl)
    crawl.add_argument("--out", type=_folder, help="output folder (or fsspec URL) for the documents table")

    extract = sub.add_parser("extract", help="extract from local PDF/HTML files or folders, no crawl")
    extract.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="a PDF, HTML or Markdown file (by its extension or its first bytes), or a folder whose .pdf, .html, "
        ".htm and .md files are read; other files named are logged as unsupported.media_type and skipped",
    )
    extract.add_argument("--recipient", default="OTHER", metavar="CODE", help=_recipient_help())
    extract.add_argument("--out", type=_folder, help="output folder or fsspec URL (default: the config's out_dir)")
    extract.add_argument("--config", type=Path, help="config for the model, parse limits and output folder")

    checks = sub.add_parser("checks", help="rebuild annex and result_checks from the activities table")
    checks.add_argument("--out", type=_folder, help="output folder (or fsspec URL) holding the tables")
    checks.add_argument("--requirements", type=Path, help="requirements CSV (default: the config's)")
    checks.add_argument("--config", type=Path, help="config for observed_until and first_fiscal_year")

    report = sub.add_parser("report", help="render OUT/report/index.html from the tables")
    report.add_argument("--out", type=_folder, help="output folder (or fsspec URL) holding the tables")
    report.add_argument("--config", type=Path, help="config naming the output folder")

    for command in (checks, report):
        _as_of_arg(command, "read the tables as run RUN_ID left them, or the last run by DATE (YYYY-MM-DD)")

    history = sub.add_parser("history", help="list the runs kept in the output folder: id, time, rows per table")
    history.add_argument("--out", type=_folder, help="output folder or URL of the tables (default: the config's)")
    history.add_argument("--config", type=Path, help="config naming the output folder")

    diff = sub.add_parser("diff", help="what changed between two runs: activities added, removed, changed; checks")
    diff.add_argument(
        "--since", metavar="RUN_ID|DATE", help="the earlier run, or the last run by DATE (default: the run before)"
    )
    _as_of_arg(diff, "the later run (default: the current one)")
    diff.add_argument("--recipient", help="only this recipient's changes (IGC, RCM, MPI, ...)")
    diff.add_argument("--format", choices=("text", "csv", "json"), default="text", help="output (default: %(default)s)")
    diff.add_argument("--out", type=_folder, help="output folder or URL of the tables (default: the config's)")
    diff.add_argument("--config", type=Path, help="config naming the output folder")

    tables = sub.add_parser("tables", help="print the data dictionary: each table's columns, types and meanings")
    tables.add_argument("table", nargs="?", metavar="TABLE", help="one table (default: all), such as activities")

    serve = sub.add_parser("serve", help="serve the nightly Prefect deployment on a schedule")
    serve.add_argument("--cron", default="0 2 * * *", help='cron schedule (default: "%(default)s", 02:00 daily)')
    serve.add_argument(
        "--timezone", default="America/Toronto", help="IANA time zone of the schedule (default: %(default)s)"
    )
    _config_args(serve)
    serve.add_argument("--out", type=_folder, help="output folder (or fsspec URL)")
    for command in sub.choices.values():  # -v and -q after the command too (`mpdp run -v`), for every command
        _verbosity_args(command, after=True)
    return parser


def _as_of_arg(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--as-of", metavar="RUN_ID|DATE", help=f"{what}; `mpdp history` lists the runs kept")


def _load(args: argparse.Namespace, *, require_sources: bool = True):
    from mpdp_pipeline.config import load_config

    return load_config(
        _default_config(getattr(args, "config", None)),
        raw_dir=getattr(args, "raw", None),
        out_dir=getattr(args, "out", None),
        require_sources=require_sources,
    )


def cmd_run(args: argparse.Namespace) -> int:
    config = _load(args)  # validate before starting Prefect, so a bad config exits 2 at once
    from mpdp_pipeline.flows.nightly import nightly
    from mpdp_pipeline.flows.runners import started_runner

    runner = started_runner(args.runner, config.pipeline.workers, args.dask_address, config.nightly)
    with runner as task_runner:
        summary = nightly.with_options(task_runner=task_runner)(
            config_path=str(_default_config(args.config)) if _default_config(args.config) else None,
            raw_dir=str(config.pipeline.raw_dir),
            out_dir=str(config.pipeline.out_dir),
            full=args.full,
            show_progress=args.verbosity > Verbosity.QUIET,  # bars on a terminal, a line per stage otherwise
        )
    print(summary.line())
    if args.verbosity > Verbosity.QUIET:
        print(f"outputs: {summary.out_dir} (tables), report: {summary.report_path}")
        print(describe_config_source(_default_config(args.config)))
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    config = _load(args)
    from mpdp_pipeline.stages import crawl_stage, publish_stage

    run_id = new_run_id(utc_now(), "crawl")
    crawled = crawl_stage(config, run_id=run_id)
    publish_stage(
        config.pipeline.out_dir, documents=crawled.documents, activities=None, log=crawled.log, run_id=run_id,
        retention=config.nightly.retention,
    )  # fmt: skip
    documents = crawled.documents
    print(f"crawl {run_id}: documents {len(documents)} seen, {_counts(d.status for d in documents)}")
    print(f"raw store: {config.pipeline.raw_dir}; documents table: {config.pipeline.out_dir / 'documents'}")
    print(describe_config_source(_default_config(args.config)))
    return 0


def _recipient_help() -> str:
    """`extract --recipient`'s help, naming the codes of the bundled requirements file."""
    from mpdp_pipeline.config import OTHER_RECIPIENT, ChecksConfig, known_recipients

    known = [c for c in known_recipients(ChecksConfig()) or () if c != OTHER_RECIPIENT]
    listed = f" ({', '.join(known)} in the bundled one)" if known else ""
    return (
        f"recipient code of these documents: a recipient of the config's requirements file{listed}, a code in its "
        "[checks] extra_recipients, or %(default)s (the default) for documents of no recipient"
    )


def _unsupported_named(paths: list[Path], log: list) -> list[str]:
    """The paths named on the command line that were skipped as neither PDF nor HTML."""
    from mpdp_pipeline.codes import LogCode

    skipped = {e.source_url for e in log if e.code == LogCode.UNSUPPORTED_MEDIA_TYPE}
    return [str(p) for p in paths if p.absolute().as_uri() in skipped]


def cmd_extract(args: argparse.Namespace) -> int:
    from rich.progress import track

    from mpdp_pipeline.config import check_recipient, describe_config_source
    from mpdp_pipeline.extraction import read_local_inputs
    from mpdp_pipeline.schemas import DocStatus
    from mpdp_pipeline.stages import DocumentExtractor, extract_stage, in_process, publish_stage

    config = _load(args, require_sources=False)  # local files: no sources to crawl
    out = config.pipeline.out_dir  # --out, if given, overrides the config's
    recipient = args.recipient.upper()
    if not re.fullmatch(r"[A-Z0-9_-]+", recipient):
        raise ConfigError(f"--recipient {args.recipient!r}: use a code of letters, digits, '_' or '-', such as IGC")
    check_recipient(recipient, config.checks)  # a typo would publish a partition no requirement ever matches
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise ConfigError(f"no such file or folder: {', '.join(missing)}")
    run_id = new_run_id(utc_now(), "extract")
    # The output and raw folders are never inputs, even below a folder named (the report is HTML).
    inputs = read_local_inputs(
        args.paths, recipient=recipient, run_id=run_id, max_bytes=config.crawl.max_bytes,
        exclude=[p for p in (out, config.pipeline.raw_dir) if isinstance(p, Path)],
    )  # fmt: skip
    documents = inputs.documents
    # No per-source language here: local files belong to no configured source.
    extracted = extract_stage(
        documents,
        DocumentExtractor.of(config.pipeline, run_id),
        run_id=run_id,
        each=lambda fn, items: in_process(fn, track(items, description="Extracting", disable=not sys.stderr.isatty())),
    )
    log = [*inputs.log, *extracted.log]
    published = publish_stage(
        out, documents=extracted.documents, activities=extracted.activities, log=log, run_id=run_id,
        retention=config.nightly.retention,
    )  # fmt: skip
    failed = sum(d.status == DocStatus.ERROR for d in extracted.documents)
    refused = f", {len(inputs.log)} files refused (see extraction_log)" if inputs.log else ""
    print(
        f"extract {run_id}: {len(documents)} documents, {failed} failed{refused}, "
        f"{len(extracted.activities)} activities ({len(published.activities)} in table)"
    )
    if unsupported := _unsupported_named(args.paths, inputs.log):
        print(f"skipped, neither PDF nor HTML (unsupported.media_type): {', '.join(unsupported)}")
    print(f"outputs: {out}")
    print(describe_config_source(_default_config(args.config)))
    return 0


def _counts(statuses: Iterable[str]) -> str:
    """`13 ok, 2 skipped`: how many of each status, in the order of the statuses."""
    return ", ".join(f"{n} {s}" for s, n in sorted(Counter(statuses).items()))


def _out_dir(args: argparse.Namespace, config=None, *, needs: str | None = None) -> Path:
    """The folder of published tables that `checks` and `report` read (--out, else the config's).

    One without the table it `needs` (by default, any published table) is a usage error (exit status 2),
    raised before anything is written: a mistyped --out must not leave new folders and an empty report.
    """
    from mpdp_pipeline.schemas import TABLES
    from mpdp_pipeline.tables import snapshot

    out = (config or _load(args)).pipeline.out_dir  # --out, if given, overrides the config's
    if not any((snapshot(out) / name).exists() for name in ([needs] if needs else TABLES)):
        missing = f"no {needs} table" if needs else "no published tables"
        state = "does not exist" if not out.exists() else "is not a folder" if not out.is_dir() else f"holds {missing}"
        raise ConfigError(
            f"{out} {state}: run `mpdp run` or `mpdp extract` first, or point --out at the folder that holds the "
            "published tables"
        )
    return out


def cmd_checks(args: argparse.Namespace) -> int:
    from mpdp_pipeline.config import describe_config_source
    from mpdp_pipeline.stages import checks_stage
    from mpdp_pipeline.tables import reading

    config = _load(args)
    settings = config.checks
    if args.requirements:
        settings = settings.model_copy(update={"requirements": args.requirements})
    out = _out_dir(args, config, needs="activities")
    then = _run_of(args, out, args.as_of)  # an earlier run's checks are shown, never published over today's
    with reading(then):  # not pruned by a nightly commit while it is read
        outcome = checks_stage(
            out if then is None else then.path, settings, today=utc_now().date(), publish=then is None,
            recipients=config.recipients(), retention=config.nightly.retention,
        )  # fmt: skip
    as_of = "" if then is None else f" as of run {then.run_id} (shown, not published)"
    print(f"checks{as_of}: {len(outcome.annex)} annex rows; result checks {_counts(c.status for c in outcome.checks)}")
    # The config decides observed_until and the first year: say which one, or a real folder
    # checked with the sample's settings would pass unnoticed.
    print(describe_config_source(_default_config(args.config)))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from mpdp_pipeline.stages import report_stage
    from mpdp_pipeline.tables import reading

    out = _out_dir(args)
    then = _run_of(args, out, args.as_of)
    config = _load(args, require_sources=False)
    with reading(then):
        path = report_stage(
            out, now=utc_now(), tables=None if then is None else then.path, recipients=config.recipients(),
            checks_settings=config.checks, storage_options=config.pipeline.storage_options,
        )  # fmt: skip
    print(f"report: {path}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    config = _load(args)
    from mpdp_pipeline.flows.nightly import serve_nightly

    config_path = _default_config(args.config)
    print(describe_config_source(config_path))
    serve_nightly(
        cron=args.cron,
        timezone=args.timezone,
        config_path=str(config_path.resolve()) if config_path else None,
        raw_dir=str(config.pipeline.raw_dir),
        out_dir=str(config.pipeline.out_dir),
    )
    return 0


def _run_of(args: argparse.Namespace, out: Path, when: str | None):
    """The kept run `when` names (`--as-of`, `--since`); None when not given."""
    from mpdp_pipeline.tables import as_of

    return None if when is None else as_of(out, when)


def _tables_written(names: tuple[str, ...]) -> str:
    from mpdp_pipeline.schemas import TABLES

    return "all tables" if set(names) >= set(TABLES) - {"corrections"} else ", ".join(names) or "-"


def cmd_tables(args: argparse.Namespace) -> int:
    from mpdp_pipeline.dictionary import text_dictionary

    sys.stdout.write(text_dictionary(args.table))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from mpdp_pipeline.tables import current_run, history

    out = _load(args, require_sources=False).pipeline.out_dir
    runs = history(out)
    if not runs:
        print(f"{out}: no runs kept yet (run `mpdp run` or `mpdp extract` first)")
        return 0
    current = current_run(out)
    print(f"{'run_id':<34} {'committed (UTC)':<17} {'documents':>9} {'activities':>10} {'checks':>7}  wrote")
    for r in runs:
        mark = "  (current)" if current is not None and r.run_id == current.run_id else ""
        counts = (r.rows.get(t, 0) for t in ("documents", "activities", "result_checks"))
        print(f"{r.run_id:<34} {r.committed_at:%Y-%m-%d %H:%M} {next(counts):>9} {next(counts):>10} {next(counts):>7}"
              f"  {_tables_written(r.written)}{mark}")  # fmt: skip
    print(f"{len(runs)} runs kept in {out}; older ones are pruned past nightly.retention")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from mpdp_pipeline.diff import FORMATS, diff_runs
    from mpdp_pipeline.tables import current_run, previous_run, reading

    out = _load(args, require_sources=False).pipeline.out_dir
    until = _run_of(args, out, args.as_of) or current_run(out)
    if until is None:
        raise ConfigError(f"{out} holds no runs yet: run `mpdp run` or `mpdp extract` first, or point --out at one")
    since = _run_of(args, out, args.since) if args.since else previous_run(out, until)
    recipient = args.recipient.upper() if args.recipient else None
    with reading(since, until):
        changes = diff_runs(None if since is None else since.path, until.path, recipient=recipient)
    sys.stdout.write(FORMATS[args.format](changes))
    return 0


COMMANDS = {
    "run": cmd_run,
    "crawl": cmd_crawl,
    "extract": cmd_extract,
    "checks": cmd_checks,
    "report": cmd_report,
    "serve": cmd_serve,
    "history": cmd_history,
    "diff": cmd_diff,
    "tables": cmd_tables,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.verbosity = _verbosity(parser, args)
    _quiet_prefect(args.verbosity)
    with console_logging(args.verbosity) as faults:
        try:
            return _dispatch(args)
        finally:
            if args.verbosity > Verbosity.QUIET:  # the fault lines not printed one by one, by code
                for line in faults.lines():
                    print(line, file=sys.stderr)


def _dispatch(args: argparse.Namespace) -> int:
    """The command's exit status: its own, or the one its error calls for (the module docstring)."""
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"mpdp: error: {exc}", file=sys.stderr)
        return 2
    except MpdpError as exc:
        print(f"mpdp: {args.command} failed ({exc.code}): {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and closed: the work is done; Python must not complain at exit either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"mpdp: {args.command} failed: {exc}. Check the paths and permissions, then run again.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"mpdp: {args.command} interrupted. {INTERRUPTED_KEPT}", file=sys.stderr)
        return 130  # 128 + SIGINT, as a shell reports it


if __name__ == "__main__":
    sys.exit(main())
