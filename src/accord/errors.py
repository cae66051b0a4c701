"""Errors a user of accord can act on.

Every error accord raises on purpose derives from :class:`AccordError`, so a caller
can catch them all at once. The hierarchy::

    AccordError
    ├── InputError            an article could not be read; names the file (and line/record)
    │   ├── EmptyInputError          the file or record holds no text at all
    │   ├── InputTooLargeError       over the configured size limit
    │   ├── UnsupportedFormatError   an extension accord has no reader for
    │   ├── DecodeError              not UTF-8 text, or binary junk
    │   ├── MalformedRecordError     a JSON Lines line or WARC record that does not parse
    │   ├── TruncatedInputError      a gzip stream or WARC archive cut short
    │   └── NoArticleError           HTML (or text) with no article body in it
    ├── PipelineError         the pipeline is mis-assembled (a stage lacks what it needs)
    ├── ModelNotFoundError    the spaCy English pipeline is not installed
    ├── DictionaryError       a user's actor or agent dictionary is unreadable; names file:line
    └── StoreError            the database cannot be opened, written or queried
        └── QueryError               a user's SQL failed
"""

from __future__ import annotations


class AccordError(Exception):
    """Base class of every error accord raises for a user to act on."""


class InputError(AccordError):
    """An input could not be turned into an article.

    ``where`` names the file, and where it helps the line or record inside it
    (``corpus.jsonl:12``, ``crawl.warc.gz#record 3``).
    """

    def __init__(self, where: str, problem: str, hint: str = "") -> None:
        self.where = where
        self.problem = problem
        self.hint = hint
        message = f"{where}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class EmptyInputError(InputError):
    """The input holds no text."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class UnsupportedFormatError(InputError):
    """accord has no reader for this kind of file."""


class DecodeError(InputError):
    """The bytes are not UTF-8 text (binary data, another encoding)."""


class MalformedRecordError(InputError):
    """A record inside a container (a JSON Lines line, a WARC record) does not parse."""


class TruncatedInputError(InputError):
    """A compressed stream or archive ends before it should."""


class NoArticleError(InputError):
    """The input parses but holds no article body."""


class PipelineError(AccordError):
    """The pipeline's stages do not fit together."""


class ModelNotFoundError(AccordError):
    """The spaCy English pipeline accord needs is not installed."""


class DictionaryError(AccordError):
    """An actor or agent dictionary (accord TSV/JSON Lines, PETRARCH/TABARI) is unusable.

    ``where`` names the file, and the line where there is one (``my.actors:12``).
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class StoreError(AccordError):
    """The database could not be opened, written or read."""


class QueryError(StoreError):
    """A query given by the user failed."""
