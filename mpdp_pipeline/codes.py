"""Every `extraction_log.code` the pipeline writes, as one enum, and the sets that change behaviour.

    >>> LogCode.PDF_ENCRYPTED == "pdf.encrypted"
    True
    >>> LogCode.http(404), LogCode("http.404") is LogCode.http(404)
    (<LogCode.HTTP_404: 'http.404'>, True)
    >>> LogCode.PARSE_TIMEOUT in TRANSIENT, LogCode.ROBOTS_DISALLOWED in SKIPPED
    (True, True)

A `StrEnum`, so a member equals its string, sorts and hashes like it, and is written to Parquet as
it: callers that still pass strings keep working while they migrate, and `LogCode("pdf.encypted")`
fails where the typo is made instead of quietly falling out of a set.

The HTTP statuses form one family, `http.<status>` (`LogCode.http(status)`): a server may answer
with any status, so they are not listed one by one; `LogCode("http.418")` is a valid code all the
same. The README's "Log codes" table documents every member (the contract test checks it).
This module imports nothing of ours, so any module may import it.
"""

from __future__ import annotations

import re
from enum import StrEnum

_HTTP_STATUS = re.compile(r"http\.(\d{3})")  # any status a server may send, 999 included
HTTP_FAMILY = "http.<status>"  # how the README names the family


class LogCode(StrEnum):
    """A short, machine-readable reason: `extraction_log.code`, and the `code` of our exceptions."""

    # crawl: what happened to a URL
    FETCHED = "fetched"  # a new or changed body was stored
    NOT_MODIFIED = "not_modified"  # the stored copy is current (304, sitemap lastmod, revisit_after_hours)
    CRAWL_RESUMED = "crawl.resumed"
    CRAWL_MAX_DOCUMENTS = "crawl.max_documents"
    CRAWL_FAILED = "crawl.failed"
    CRAWL_DEADLINE = "crawl.deadline"  # the source's deadline passed; the rest waits in the frontier
    CRAWL_STATE_RESET = "crawl.state_reset"  # an unreadable state file, quarantined
    ROBOTS_CRAWL_DELAY_CAPPED = "robots.crawl_delay_capped"
    FETCH_UNEXPECTED = "fetch.unexpected"
    # crawl: refusals by rule (SKIPPED)
    ROBOTS_DISALLOWED = "robots.disallowed"
    URL_OFF_DOMAIN = "url.off_domain"
    URL_SCHEME = "url.scheme"
    URL_PRIVATE_ADDRESS = "url.private_address"
    FILE_OUTSIDE_ROOT = "file.outside_root"
    TYPE_UNSUPPORTED = "type.unsupported"
    FILE_NOT_REGULAR = "file.not_regular"  # a FIFO, a device, a socket
    UNSUPPORTED_MEDIA_TYPE = "unsupported.media_type"  # a file named to `mpdp extract`, neither PDF nor HTML
    # crawl: faults (plus the http.<status> family)
    URL_INVALID = "url.invalid"
    FILE_NOT_FOUND = "file.not_found"
    FILE_UNREADABLE = "file.unreadable"
    SIZE_EXCEEDED = "size.exceeded"
    HTTP_ERROR = "http.error"  # a fetch failure with no more specific code
    HTTP_TIMEOUT = "http.timeout"
    HTTP_CONNECT = "http.connect"
    HTTP_TRUNCATED = "http.truncated"
    HTTP_DECODING = "http.decoding"
    HTTP_REDIRECT_LOOP = "http.redirect_loop"
    HTTP_TOO_MANY_REDIRECTS = "http.too_many_redirects"
    SITEMAP_INVALID = "sitemap.invalid"
    # parse: the document cannot be read
    PDF_EMPTY = "pdf.empty"
    PDF_MALFORMED = "pdf.malformed"
    PDF_ENCRYPTED = "pdf.encrypted"
    PDF_NO_PAGES = "pdf.no_pages"
    PDF_UNEXPECTED = "pdf.unexpected"
    HTML_DECODE = "html.decode"
    HTML_PARSE = "html.parse"
    DOC_UNSUPPORTED_TYPE = "doc.unsupported_type"
    PARSE_ERROR = "parse.error"  # a parse failure with no more specific code
    PARSE_UNEXPECTED = "parse.unexpected"
    # parse: the worker, not the document (TRANSIENT)
    PARSE_TIMEOUT = "parse.timeout"
    PARSE_CRASH = "parse.crash"
    PARSE_MEMORY = "parse.memory"
    PARSE_NO_WORKER = "parse.no_worker"
    # parse: read, with a reservation (warnings)
    PDF_NO_TEXT_LAYER = "pdf.no_text_layer"
    PDF_TABLE_FAILED = "pdf.table_failed"
    HTML_ENCODING_GUESSED = "html.encoding_guessed"
    HTML_NO_CONTENT = "html.no_content"
    HTML_INVALID_BYTES = "html.invalid_bytes"  # bytes the declared charset cannot read, replaced
    NLP_TEXT_TOO_LONG = "nlp.text_too_long"  # a block too long for the model, read by the rules alone
    # extract
    EXTRACTED = "extracted"
    CACHED = "cached"  # unchanged document: last extraction reused
    EXTRACT_UNEXPECTED = "extract.unexpected"
    # not logged per document: what `mpdp` prints when a command cannot run
    CONFIG_INVALID = "config.invalid"
    PUBLISH_INVALID = "publish.invalid"  # a table failed validation: nothing of the run was switched in
    ERROR = "error"  # a pipeline failure with no more specific code

    @classmethod
    def http(cls, status: int) -> LogCode:
        """`http.<status>`: the server's answer when it is a failure (or a 304 we did not ask for)."""
        return cls(f"http.{status}")

    @classmethod
    def _missing_(cls, value: object) -> LogCode | None:
        # The http.<status> family: a pseudo-member, made once per status and then looked up like
        # any member (pickles, compares and hashes as one).
        if not (isinstance(value, str) and _HTTP_STATUS.fullmatch(value)):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"HTTP_{value[5:]}"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    @property
    def http_status(self) -> int | None:
        """The status of an `http.<status>` code, else None."""
        match = _HTTP_STATUS.fullmatch(self.value)
        return int(match[1]) if match else None

    @property
    def is_transient(self) -> bool:
        return self in TRANSIENT

    @property
    def is_skipped(self) -> bool:
        return self in SKIPPED


# Failures that say nothing lasting about the document (load, a bug since fixed): never cached,
# so the next run tries the document again.
TRANSIENT: frozenset[LogCode] = frozenset(
    {
        LogCode.PARSE_TIMEOUT,
        LogCode.PARSE_CRASH,
        LogCode.PARSE_MEMORY,
        LogCode.PARSE_NO_WORKER,
        LogCode.EXTRACT_UNEXPECTED,
    }
)

# Refusals by rule, logged as `skipped`: decisions, not faults; they make no `documents` row.
SKIPPED: frozenset[LogCode] = frozenset(
    {
        LogCode.ROBOTS_DISALLOWED,
        LogCode.URL_OFF_DOMAIN,
        LogCode.URL_SCHEME,
        LogCode.URL_PRIVATE_ADDRESS,
        LogCode.FILE_OUTSIDE_ROOT,
        LogCode.TYPE_UNSUPPORTED,
        LogCode.FILE_NOT_REGULAR,
        LogCode.UNSUPPORTED_MEDIA_TYPE,
    }
)
