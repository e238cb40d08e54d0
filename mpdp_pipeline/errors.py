"""The pipeline's exceptions, each carrying the `LogCode` it is logged under.

MpdpError                    error
├── ConfigError              config.invalid      (exit status 2)
├── FetchError               http.error; http.<status>, http.*, robots.*, url.*, file.*, size.*, type.*,
│   │                        fetch.unexpected
│   └── SitemapError         sitemap.invalid
└── ParseError               parse.error; pdf.*, html.*, doc.*, parse.unexpected
    ├── EncryptedError       pdf.encrypted
    ├── ParseTimeout         parse.timeout       (transient)
    ├── ParseCrash           parse.crash         (transient)
    ├── ParseMemoryError     parse.memory        (transient)
    └── NoParserWorker       parse.no_worker     (transient)

A class names a kind of failure, its `code` the exact reason: `FetchError("...", code=LogCode.http(404))`.
"""

from __future__ import annotations

from mpdp_pipeline.codes import LogCode


class MpdpError(Exception):
    """Base class: `code` is the short machine-readable reason written to the log."""

    code: LogCode = LogCode.ERROR

    def __init__(self, message: str, code: LogCode | str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            # A string from a caller not yet migrated is checked here, where a typo is made.
            self.code = LogCode(code)

    @property
    def message(self) -> str:
        return str(self)


class ConfigError(MpdpError):
    code = LogCode.CONFIG_INVALID


class FetchError(MpdpError):
    code = LogCode.HTTP_ERROR


class SitemapError(FetchError):
    code = LogCode.SITEMAP_INVALID


class ParseError(MpdpError):
    code = LogCode.PARSE_ERROR


class EncryptedError(ParseError):
    code = LogCode.PDF_ENCRYPTED


class ParseTimeout(ParseError):
    code = LogCode.PARSE_TIMEOUT


class ParseCrash(ParseError):
    code = LogCode.PARSE_CRASH


class ParseMemoryError(ParseError):
    code = LogCode.PARSE_MEMORY


class NoParserWorker(ParseError):
    code = LogCode.PARSE_NO_WORKER
