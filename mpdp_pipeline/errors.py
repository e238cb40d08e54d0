"""The pipeline's exceptions, each carrying the `extraction_log.code` it is logged under.

MpdpError                    code
├── ConfigError              config.invalid      (exit status 2)
├── FetchError               http.*, robots.*, size.*, url.*, file.*
└── ParseError               pdf.*, html.*, doc.*
    ├── EncryptedError       pdf.encrypted
    └── ParseTimeout         parse.timeout
"""

from __future__ import annotations


class MpdpError(Exception):
    """Base class: `code` is the short machine-readable reason written to the log."""

    code = "error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class ConfigError(MpdpError):
    code = "config.invalid"


class FetchError(MpdpError):
    code = "http.error"


class ParseError(MpdpError):
    code = "parse.error"


class EncryptedError(ParseError):
    code = "pdf.encrypted"


class ParseTimeout(ParseError):
    code = "parse.timeout"
