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
from mpdp_pipeline.errors import ConfigError, MpdpError

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


def _quiet_prefect(verbose: bool) -> None:
    """Prefect reads its settings when imported, so these are set before any Prefect import."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "true")


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="TOML config (default: ./mpdp.toml if present, else the bundled sample)")
    p.add_argument("--raw", type=Path, help="raw store folder (overrides pipeline.raw_dir)")


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
    parser.add_argument("-v", "--verbose", action="store_true", help="show Prefect's task logs")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="the nightly flow once: crawl, extract, publish, checks, report")
    _config_args(run)
    run.add_argument("--out", type=Path, help="output folder (overrides pipeline.out_dir)")
    run.add_argument(
        "--runner", choices=("threads", "processes", "dask"), default="threads", help="Prefect task runner"
    )
    run.add_argument("--dask-address", help="scheduler of an existing Dask cluster (with --runner dask)")
    run.add_argument("--full", action="store_true", help="ignore cached extractions and parse every document again")

    crawl = sub.add_parser("crawl", help="crawl only: fill the raw store and the documents table")
    _config_args(crawl)
    crawl.add_argument("--out", type=Path, help="output folder for the documents table")

    extract = sub.add_parser("extract", help="extract from local PDF/HTML files or folders, no crawl")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    extract.add_argument("--recipient", default="OTHER", help="recipient code for these documents (default OTHER)")
    extract.add_argument("--out", type=Path, help="output folder (default: the config's pipeline.out_dir)")
    extract.add_argument("--config", type=Path, help="config for the model, parse limits and output folder")

    checks = sub.add_parser("checks", help="rebuild annex and result_checks from the activities table")
    checks.add_argument("--out", type=Path, help="output folder holding the tables")
    checks.add_argument("--requirements", type=Path, help="requirements CSV (default: the config's)")
    checks.add_argument("--config", type=Path, help="config for observed_until and first_fiscal_year")

    report = sub.add_parser("report", help="render OUT/report/index.html from the tables")
    report.add_argument("--out", type=Path, help="output folder holding the tables")
    report.add_argument("--config", type=Path, help="config naming the output folder")

    serve = sub.add_parser("serve", help="serve the nightly Prefect deployment on a schedule")
    serve.add_argument("--cron", default="0 2 * * *", help='cron schedule (default "0 2 * * *")')
    serve.add_argument("--timezone", default="America/Toronto", help="time zone of the schedule")
    _config_args(serve)
    serve.add_argument("--out", type=Path, help="output folder")
    return parser


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
            show_progress=sys.stderr.isatty(),
        )
    print(summary.line())
    print(f"outputs: {summary.out_dir} (tables), report: {summary.report_path}")
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    config = _load(args)
    from mpdp_pipeline.stages import crawl_stage, publish_stage

    run_id = new_run_id(utc_now(), "crawl")
    crawled = crawl_stage(config, run_id=run_id)
    publish_stage(config.pipeline.out_dir, documents=crawled.documents, activities=None, log=crawled.log)
    documents = crawled.documents
    print(f"crawl {run_id}: documents {len(documents)} seen, {_counts(d.status for d in documents)}")
    print(f"raw store: {config.pipeline.raw_dir}; documents table: {config.pipeline.out_dir / 'documents'}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from rich.progress import track

    from mpdp_pipeline.extraction import read_local_inputs
    from mpdp_pipeline.schemas import DocStatus
    from mpdp_pipeline.stages import DocumentExtractor, extract_stage, in_process, publish_stage

    config = _load(args, require_sources=False)  # local files: no sources to crawl
    out = args.out or config.pipeline.out_dir
    recipient = args.recipient.upper()
    if not re.fullmatch(r"[A-Z0-9_-]+", recipient):
        raise ConfigError(f"--recipient {args.recipient!r}: use a code of letters, digits, '_' or '-', such as IGC")
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise ConfigError(f"no such file or folder: {', '.join(missing)}")
    run_id = new_run_id(utc_now(), "extract")
    # The output and raw folders are never inputs, even below a folder named (the report is HTML).
    inputs = read_local_inputs(
        args.paths, recipient=recipient, run_id=run_id, max_bytes=config.crawl.max_bytes,
        exclude=(out, config.pipeline.raw_dir),
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
    published = publish_stage(out, documents=extracted.documents, activities=extracted.activities, log=log)
    failed = sum(d.status == DocStatus.ERROR for d in extracted.documents)
    refused = f", {len(inputs.log)} files refused (see extraction_log)" if inputs.log else ""
    print(
        f"extract {run_id}: {len(documents)} documents, {failed} failed{refused}, "
        f"{len(extracted.activities)} activities ({len(published.activities)} in table)"
    )
    print(f"outputs: {out}")
    return 0


def _counts(statuses: Iterable[str]) -> str:
    """`13 ok, 2 skipped`: how many of each status, in the order of the statuses."""
    return ", ".join(f"{n} {s}" for s, n in sorted(Counter(statuses).items()))


def _out_dir(args: argparse.Namespace) -> Path:
    if args.out:
        return args.out
    return _load(args).pipeline.out_dir


def cmd_checks(args: argparse.Namespace) -> int:
    from mpdp_pipeline.stages import checks_stage

    config = _load(args)
    settings = config.checks
    if args.requirements:
        settings = settings.model_copy(update={"requirements": args.requirements})
    outcome = checks_stage(_out_dir(args), settings, today=utc_now().date())
    print(f"checks: {len(outcome.annex)} annex rows; result checks {_counts(c.status for c in outcome.checks)}")
    # The config decides observed_until and the first year: say which one, or a real folder
    # checked with the sample's settings would pass unnoticed.
    print(f"config: {_default_config(args.config) or 'the bundled sample (config/sample.toml)'}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from mpdp_pipeline.stages import report_stage

    path = report_stage(_out_dir(args), now=utc_now())
    print(f"report: {path}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    config = _load(args)
    from mpdp_pipeline.flows.nightly import serve_nightly

    config_path = _default_config(args.config)
    serve_nightly(
        cron=args.cron,
        timezone=args.timezone,
        config_path=str(config_path.resolve()) if config_path else None,
        raw_dir=str(config.pipeline.raw_dir),
        out_dir=str(config.pipeline.out_dir),
    )
    return 0


COMMANDS = {
    "run": cmd_run,
    "crawl": cmd_crawl,
    "extract": cmd_extract,
    "checks": cmd_checks,
    "report": cmd_report,
    "serve": cmd_serve,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    _quiet_prefect(args.verbose)
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
