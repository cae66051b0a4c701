"""The ``read`` step: files, folders, corpora, archives and stdin become :class:`RawArticle`.

Formats, chosen by extension (case-insensitive):

``.txt``
    Plain UTF-8 text, one article per file (``media="text"``). A UTF-8 byte-order
    mark is dropped.
``.html`` / ``.htm``
    One HTML page per file (``media="html"``). Decoded as UTF-8; if that fails, as
    the charset a ``<meta>`` tag declares; else as Windows-1252, the usual encoding of
    legacy Western pages (its few undefined bytes become U+FFFD rather than failing
    the page). Bytes with NULs in them are never guessed at: they are binary.
``.jsonl``
    JSON Lines, one article per line: ``id``, ``text`` or ``html`` (one is required;
    ``text`` wins when both are present and non-blank), optional ``title``,
    ``published`` (``YYYY-MM-DD``), ``source``, ``url`` and ``authors`` (a list of
    strings or one string). Blank lines are skipped and unknown keys ignored. Each
    bad line is one error; the other lines still come through.
``.warc``
    A web archive (read with warcio). Every ``response`` record with a 2xx HTTP status
    and an HTML ``Content-Type`` is an article; other records are skipped.

Any of these may also be gzip-compressed with ``.gz`` on top (``.txt.gz``,
``.warc.gz``...). A folder is walked recursively in sorted order, skipping hidden
entries and, quietly, files of other kinds. ``-`` is standard input, sniffed as
WARC, JSON Lines, HTML or text.

Nothing here raises for bad input: each input that fails is *yielded* as an
:class:`~accord.errors.InputError` naming the file (and line or record), so that the
caller can report it and go on with the batch.

The size limit (``max_bytes``) guards memory and time, so it applies to one article:
a whole file (checked with ``stat`` before reading, and again after decompression),
or, for JSON Lines corpora and WARC archives, which are streamed, each line or record.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import hashlib
import io
import json
import logging
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.statusandheaders import StatusAndHeadersParserException

from accord.errors import (
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
    TruncatedInputError,
    UnsupportedFormatError,
)
from accord.record import RawArticle

__all__ = ["DEFAULT_MAX_BYTES", "content_id", "read_path", "read_paths"]

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""The largest article accord reads by default: a file, a JSON Lines line or a WARC record.

HTML pages carry several times their text in markup; the text accord then analyses is
bounded by :data:`accord.stages.clean.MAX_TEXT_CHARS`, what it analyses in bounded time
(about a minute for the largest, on two cores)."""
_CHUNK = 1 << 20

Item = RawArticle | InputError
Reader = Callable[[str, BinaryIO, int], Iterator[Item]]

_BOM = codecs.BOM_UTF8
_GZIP_MAGIC = b"\x1f\x8b"
# ASCII control bytes that do not occur in text; tab, newlines, form feed and
# vertical tab do, and bytes >= 0x80 are UTF-8 continuation bytes, not controls.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.10
# Possessive \s*+: spaces around "=" and the optional quote are not shared out every way
# between the adjacent \s* (quadratic in a run of spaces). A <meta tag's attributes end at
# the next "<meta", so each of many unclosed "<meta" is not read to the end again.
_META_CHARSET = re.compile(rb"""<meta(?:[^<>]|<(?!meta))*?charset\s*+=\s*+["']?\s*+([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"""charset\s*+=\s*+["']?\s*+([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|!--|\?xml|article|main|section|div|p|h[1-6])[\s>/]",
    re.IGNORECASE,
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SUPPORTED = ".txt, .html, .htm, .jsonl, .warc (each optionally .gz)"


# --------------------------------------------------------------------------- public


def content_id(text: str) -> str:
    """A stable id for ``text``: the same article pasted twice gets the same id.

    Runs of whitespace are collapsed first, so re-wrapping or re-indenting the text
    does not change the id.
    """
    normalised = " ".join(text.split())
    # surrogatepass: ids must never fail, even for strings no file could hold.
    digest = hashlib.sha1(normalised.encode("utf-8", "surrogatepass")).hexdigest()
    return "sha1:" + digest[:16]


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[RawArticle | InputError]:
    """Yield the articles in ``paths``, and an :class:`InputError` for each that fails.

    ``-`` reads standard input (``stdin``, else ``sys.stdin.buffer``).
    """
    if isinstance(paths, (str, Path)):
        raise TypeError("read_paths() takes a list of paths; use read_path() for one")
    _check_max_bytes(max_bytes)
    for path in paths:
        if str(path) == "-":
            yield from _read_stdin(stdin, max_bytes)
        else:
            yield from read_path(path, max_bytes=max_bytes)


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Yield the articles in one file or folder (``-``: standard input).

    A file named explicitly must be of a supported kind; inside a folder, other
    files are skipped.
    """
    _check_max_bytes(max_bytes)
    source = str(path)
    if source == "-":
        yield from _read_stdin(None, max_bytes)
        return
    p = Path(path)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists()
    except OSError as exc:  # e.g. a name too long for the file system
        yield InputError(source, f"cannot be read: {exc.strerror or exc}")
        return
    if not exists:
        yield InputError(source, "does not exist")
    elif is_dir:
        yield from _read_folder(source, p, max_bytes, seen=set())
    else:
        yield from _read_file(source, p, max_bytes)


# --------------------------------------------------------------------------- files


def _check_max_bytes(max_bytes: int) -> None:
    if not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(f"max_bytes must be a positive integer, not {max_bytes!r}")


def _format_of(name: str) -> tuple[str, bool] | None:
    """The reader's extension for a file name and whether it is gzipped, if known."""
    name = name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    ext = "." + name.rpartition(".")[2] if "." in name else ""
    return (ext, compressed) if ext in _READERS else None


def _read_folder(source: str, folder: Path, max_bytes: int, seen: set[Path]) -> Iterator[Item]:
    # Resolved paths keep a symlink loop (or a second link to the same folder)
    # from sending the walk round again.
    real = folder.resolve()
    if real in seen:
        logger.debug("skipping %s: already walked (symlink loop)", source)
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(source, f"cannot be listed: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = str(entry)
        if entry.is_dir():
            yield from _read_folder(child, entry, max_bytes, seen)
        elif _format_of(entry.name) is None:
            logger.debug("skipping %s: not a kind of file accord reads", child)
        else:
            yield from _read_file(child, entry, max_bytes)


def _read_file(source: str, path: Path, max_bytes: int) -> Iterator[Item]:
    fmt = _format_of(path.name)
    if fmt is None:
        yield UnsupportedFormatError(source, "is not a kind of file accord reads", f"supported: {_SUPPORTED}")
        return
    ext, compressed = fmt
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield InputError(source, "is not a regular file")
            return
    except OSError as exc:
        yield InputError(source, f"cannot be read: {exc.strerror or exc}")
        return
    if size == 0:
        yield EmptyInputError(source, "is empty (0 bytes)")
        return
    # Corpora and archives are streamed, so the limit applies to each line or record instead.
    if ext not in (".warc", ".jsonl") and size > max_bytes:
        yield InputTooLargeError(source, f"is {_megabytes(size)}, {_over_limit(max_bytes)}")
        return
    try:
        with path.open("rb") as raw:
            # warcio reads gzipped WARCs itself (and the WARC reader checks them).
            stream: BinaryIO = _GzipStream(source, raw) if compressed and ext != ".warc" else raw
            yield from _READERS[ext](source, stream, max_bytes)
    except OSError as exc:
        yield InputError(source, f"cannot be read: {exc.strerror or exc}")


def _read_stdin(stream: BinaryIO | None, max_bytes: int) -> Iterator[Item]:
    source = "-"
    if stream is None:
        if sys.stdin is None:
            yield InputError(source, "standard input is not available")
            return
        stream = sys.stdin.buffer
    try:
        head = _read_up_to(stream, 2)
        if head.startswith(_GZIP_MAGIC):
            stream = _GzipStream(source, _Prepended(head, stream))  # type: ignore[arg-type]
            head = b""
        head += _read_up_to(stream, 4096)
        reader = _sniff(head)
        if reader is _read_jsonl:  # streamed: the limit is per line
            yield from reader(source, _Prepended(head, stream), max_bytes)  # type: ignore[arg-type]
            return
        data = head + _read_up_to(stream, max_bytes + 1 - len(head))
        if len(data) > max_bytes:
            raise InputTooLargeError(source, f"standard input is {_over_limit(max_bytes)}")
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(source, f"cannot be read: {exc.strerror or exc}")
        return
    yield from reader(source, io.BytesIO(data), max_bytes)


def _sniff(data: bytes) -> Reader:
    """Guess the reader for bytes without a name: WARC, JSON Lines, HTML or text."""
    head = data[:4096].removeprefix(_BOM).lstrip()
    if head.startswith(b"WARC/"):
        return _read_warc
    if head.startswith(b"{"):
        return _read_jsonl
    if _HTML_START.match(head):
        return _read_html
    return _read_text


class _GzipStream:
    """A gzip stream whose failures are :class:`InputError` naming the file.

    Raising our own errors (not ``EOFError``) also matters to WARC reading: warcio
    takes an ``EOFError`` for the normal end of an archive and would hide the cut.
    """

    def __init__(self, source: str, raw: BinaryIO) -> None:
        self._source = source
        self._raw = raw
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self._started = False

    def read(self, size: int = -1) -> bytes:
        """Some bytes, at most ``size`` (all with -1); b"" only at the end of the stream."""
        if size < 0:
            return b"".join(iter(lambda: self.read(1 << 16), b""))
        # One read1 at a time: the bytes before a cut come back first and the error
        # with the next call, so that a WARC's records before the cut come through.
        try:
            data = self._gzip.read1(size)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise self._error(exc) from None
        self._started = self._started or bool(data)
        return data

    def _error(self, exc: Exception) -> InputError:
        if isinstance(exc, EOFError):
            return TruncatedInputError(self._source, "is cut short: the gzip stream ends before its end marker")
        if not self._started and not self._looks_gzipped():
            return DecodeError(self._source, "is named .gz but is not gzip-compressed")
        return TruncatedInputError(self._source, f"is a damaged gzip stream ({exc})")

    def _looks_gzipped(self) -> bool:
        try:
            self._raw.seek(0)
            return self._raw.read(2) == _GZIP_MAGIC
        except (OSError, ValueError):
            return True


# --------------------------------------------------------------------------- bytes


def _slurp(source: str, stream: BinaryIO, max_bytes: int) -> bytes:
    """All the bytes of a one-shot input, checked for size, emptiness and binary junk."""
    data = _read_up_to(stream, max_bytes + 1)
    if len(data) > max_bytes:
        # The file passed the stat check, so it grew, or (usually) it decompressed.
        raise InputTooLargeError(source, f"decompresses to {_over_limit(max_bytes)}")
    if not data.strip():
        raise EmptyInputError(source, "is empty (0 bytes)" if not data else "holds only whitespace")
    _check_not_binary(source, data)
    return data


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """Read until the stream ends or ``limit`` bytes are in."""
    # Reading on to the end matters: after a short read, a cut gzip stream raises
    # its error on the next call, which must not be missed.
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = stream.read(limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _check_not_binary(where: str, data: bytes) -> None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeError(where, "is UTF-16 text; accord reads UTF-8", "re-save it as UTF-8")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or controls > _MAX_CONTROL_SHARE * len(data):
        raise DecodeError(where, "looks like binary data, not text")


def _decode_utf8(where: str, data: bytes) -> str:
    bom = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start
        raise DecodeError(
            where,
            f"is not valid UTF-8: byte 0x{data[offset]:02x} at offset {offset} ({exc.reason})",
            "re-save it as UTF-8",
        ) from None


def _decode_html(where: str, data: bytes, declared: str | None = None) -> str:
    """Decode an HTML page: UTF-8, else its declared charset, else Windows-1252."""
    _check_not_binary(where, data)
    try:
        return _decode_utf8(where, data)
    except DecodeError:
        pass
    meta = _META_CHARSET.search(data[:4096])
    for label in (declared, meta.group(1).decode("ascii") if meta else None):
        codec = _usable_codec(label)
        if codec:
            # The page says what it is; a few bad bytes should not lose the article.
            return data.decode(codec, "replace")
    return data.decode("cp1252", "replace")


def _usable_codec(label: str | None) -> str | None:
    """Python's codec for a declared charset, if it can be trusted on ASCII-based HTML."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        logger.debug("unknown charset %r declared", label)
        return None
    # A page whose declaration we could read is ASCII-compatible, so a UTF-16/32
    # label is wrong (browsers ignore it too); UTF-8 has already failed.
    if name.startswith(("utf-16", "utf-32", "utf-8")):
        return None
    # Pages labelled Latin-1 or ASCII are Windows-1252 in practice (browsers read them so,
    # per the WHATWG encoding standard): read as Latin-1, their curly quotes and dashes
    # would become C1 control characters, which the clean stage removes.
    if name in ("iso8859-1", "ascii"):
        return "cp1252"
    return name


def _require_text(where: str, text: str) -> None:
    # Bytes that are only ASCII whitespace were caught earlier; this is for
    # Unicode whitespace (no-break or ideographic spaces) and byte-order marks.
    if not text.strip():
        raise EmptyInputError(where, "holds only whitespace")


# --------------------------------------------------------------------------- formats


def _read_text(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    try:
        text = _decode_utf8(source, _slurp(source, stream, max_bytes))
        _require_text(source, text)
    except InputError as exc:
        yield exc
        return
    yield RawArticle(input=source, where=source, data=text, media="text", id=content_id(text))


def _read_html(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    try:
        html = _decode_html(source, _slurp(source, stream, max_bytes))
        _require_text(source, html)
    except InputError as exc:
        yield exc
        return
    yield RawArticle(input=source, where=source, data=html, media="html", id=content_id(html))


def _read_jsonl(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    """A corpus is streamed line by line, so that its size is not bounded, only each line's."""
    try:
        head = _read_up_to(stream, _CHUNK)
        if not head.strip():
            more = head and _read_up_to(stream, _CHUNK)
            if not more:
                raise EmptyInputError(source, "is empty (0 bytes)" if not head else "holds only whitespace")
            head += more
        _check_not_binary(source, head)
    except InputError as exc:
        yield exc
        return
    for lineno, line in _lines(_Prepended(head.removeprefix(_BOM), stream), max_bytes):
        if line is None:
            yield InputTooLargeError(f"{source}:{lineno}", f"line {lineno} is {_over_limit(max_bytes)}")
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_article(source, lineno, line)
        except InputError as exc:
            yield exc


def _lines(stream: Any, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` for each line of a stream; ``None`` for a line over ``max_bytes``,
    which is skipped without being held in memory.

    Lines end at "\n" only: str.splitlines() would also break them at U+2028 and friends,
    which JSON allows unescaped inside strings.
    """
    lineno = 1
    buffer = b""
    oversized = False
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        for line in complete:
            yield lineno, None if oversized or len(line) > max_bytes else line
            oversized = False
            lineno += 1
        if len(buffer) > max_bytes:
            oversized, buffer = True, b""  # the rest of this line is dropped as it comes
    if buffer or oversized:
        yield lineno, None if oversized or len(buffer) > max_bytes else buffer


def _jsonl_article(source: str, lineno: int, line: bytes) -> RawArticle:
    where = f"{source}:{lineno}"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            where, f"line {lineno} is not valid UTF-8: byte 0x{line[exc.start]:02x} at column {exc.start + 1}"
        ) from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(where, f"line {lineno} is not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise MalformedRecordError(where, f"line {lineno} nests JSON too deeply") from None
    if not isinstance(obj, dict):
        raise MalformedRecordError(where, f"line {lineno} is a JSON {_json_kind(obj)}, not an object")

    def field(key: str) -> str | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise MalformedRecordError(where, f"line {lineno}: '{key}' must be a string, not {_json_kind(value)}")
        return _clean_string(where, value)

    body, media = _jsonl_body(where, lineno, field("text"), field("html"))
    published = field("published")
    if published is not None and not published.strip():
        published = None
    if published is not None and not _is_date(published):
        raise MalformedRecordError(where, f"line {lineno}: 'published' is {published!r}, not a date in YYYY-MM-DD form")
    return RawArticle(
        input=source,
        where=where,
        data=body,
        media=media,
        id=_jsonl_id(where, lineno, obj.get("id")) or content_id(body),
        url=field("url"),
        title=field("title"),
        published=published,
        source=field("source"),
        authors=_jsonl_authors(where, lineno, obj.get("authors")),
    )


def _jsonl_body(where: str, lineno: int, text: str | None, html: str | None) -> tuple[str, Any]:
    if text is None and html is None:
        raise MalformedRecordError(where, f"line {lineno} has neither 'text' nor 'html'")
    # Prefer a given text (someone already extracted it) unless it is blank.
    for body, media in ((text, "text"), (html, "html")):
        if body is not None and body.strip():
            return body, media
    raise EmptyInputError(where, f"line {lineno} has empty {'text' if text is not None else 'html'}")


def _jsonl_id(where: str, lineno: int, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # Numeric ids are common in exported corpora; bool is an int subclass but no id.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return _clean_string(where, value)
    raise MalformedRecordError(where, f"line {lineno}: 'id' must be a string or an integer, not {_json_kind(value)}")


def _jsonl_authors(where: str, lineno: int, value: Any) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(a, str) for a in items):
        raise MalformedRecordError(where, f"line {lineno}: 'authors' must be a string or a list of strings")
    return [_clean_string(where, a).strip() for a in items if a.strip()]


def _clean_string(where: str, value: str) -> str:
    # JSON can escape lone surrogates ("\ud800") that no UTF-8 text can hold; they
    # would break every later stage, so they become U+FFFD here.
    if _LONE_SURROGATE.search(value):
        logger.warning("%s: replaced unpaired surrogate escapes with U+FFFD", where)
        return _LONE_SURROGATE.sub("\ufffd", value)
    return value


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _json_kind(value: Any) -> str:
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- WARC

# What warcio raises on a damaged archive (caught around warcio calls only). Its
# parser also trips over its own None on some junk (a request record with no
# WARC-Target-URI), hence AttributeError.
_WARC_ERRORS = (
    ArchiveLoadFailed, StatusAndHeadersParserException, ChunkedDataException, EOFError, zlib.error, AttributeError,
)


def _read_warc(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    stream = _maybe_gunzip(source, stream)
    try:
        head = stream.read(4096)
    except InputError as exc:
        yield type(exc)(f"{source}#record 1", exc.problem, exc.hint)
        return
    if len(head) < 4096 and not head.strip():
        # warcio would make a headerless record out of whitespace.
        yield EmptyInputError(source, "holds only whitespace" if head else "holds no WARC records")
        return
    records = ArchiveIterator(_Prepended(head, stream))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except InputError as exc:  # from _GzipStream: the cut is inside the next record
            yield type(exc)(f"{source}#record {number + 1}", exc.problem, exc.hint)
            return
        except _WARC_ERRORS as exc:
            yield _warc_failure(source, number + 1, exc)
            return
        number += 1
        where = f"{source}#record {number}"
        if record.format != "warc":
            # warcio falls back to the older ARC format, which any line of five
            # words parses as; a file named .warc that is not one is not an archive.
            yield MalformedRecordError(where, "is not a WARC archive: its first line is not a WARC header")
            return
        try:
            item = _warc_record(source, where, record, max_bytes)
        except InputError as exc:  # raised, not returned: the archive cannot go on
            yield type(exc)(where, exc.problem, exc.hint)
            return
        except _WARC_ERRORS as exc:
            yield _warc_failure(source, number, exc)
            return
        if item is not None:
            yield item
    # warcio ends quietly when a record's headers are there but its HTTP headers
    # are not; the header line it had already read shows a record was begun.
    if getattr(records, "next_line", None):
        yield TruncatedInputError(f"{source}#record {number + 1}", "the archive is cut short inside this record")
    elif number == 0:
        yield EmptyInputError(source, "holds no WARC records")


def _maybe_gunzip(source: str, stream: BinaryIO) -> BinaryIO:
    """Decompress a gzipped WARC ourselves, so that a cut stream is an error.

    warcio stops quietly at the end of a truncated gzip member, losing the records
    after it without a word.
    """
    start = stream.read(2)
    stream.seek(0)
    return _GzipStream(source, stream) if start == _GZIP_MAGIC else stream  # type: ignore[return-value]


class _Prepended:
    """A stream with bytes already read from it put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def seek(self, *args: Any) -> int:
        raise io.UnsupportedOperation("a stream with bytes put back cannot seek")

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.read(size)
        if size < 0:
            data, self._head = self._head + self._rest.read(), b""
        else:
            data, self._head = self._head[:size], self._head[size:]
        return data


def _warc_failure(source: str, number: int, exc: Exception) -> InputError:
    logger.debug("warcio failed at %s#record %d", source, number, exc_info=exc)
    where = f"{source}#record {number}"
    text = str(exc).strip()
    reason = text.splitlines()[0][:100] if text else type(exc).__name__
    if number == 1:
        return MalformedRecordError(where, f"is not a readable WARC archive: {reason}")
    return TruncatedInputError(where, f"the archive is cut short or damaged here: {reason}")


def _warc_record(source: str, where: str, record: Any, max_bytes: int) -> Item | None:
    """The article in one WARC record, or None for records that hold none."""
    headers = record.rec_headers
    # warcio takes a missing or garbled length for 0, which hides a cut in the headers.
    if not re.fullmatch(r"\s*[0-9]+\s*", headers.get_header("Content-Length") or ""):
        raise TruncatedInputError(where, "the archive is cut short or damaged: this record has no valid Content-Length")
    payload = b""
    http = record.http_headers
    content_type = (http.get_header("Content-Type") or "") if http else ""
    status = (http.get_statuscode() or "") if http else ""
    is_article = (
        record.rec_type == "response"
        and content_type.split(";")[0].strip().lower() in _HTML_TYPES
        and status.startswith("2")
    )
    if is_article:
        payload = record.content_stream().read(max_bytes + 1)
    else:
        logger.debug("%s: skipping %s record (%s %s)", where, record.rec_type, status, content_type)
    _drain(record.raw_stream)
    if isinstance(record.raw_stream, LimitReader) and record.raw_stream.limit > 0:
        raise TruncatedInputError(where, "the archive is cut short inside this record")
    if not is_article:
        return None
    if len(payload) > max_bytes:
        return InputTooLargeError(where, f"holds a page {_over_limit(max_bytes)}")
    if not payload.strip():
        return EmptyInputError(where, "holds an empty HTML page")
    charset = _HTTP_CHARSET.search(content_type)
    try:
        html = _decode_html(where, payload, charset.group(1) if charset else None)
        _require_text(where, html)
    except InputError as exc:
        return exc
    record_id = headers.get_header("WARC-Record-ID")
    return RawArticle(
        input=source,
        where=where,
        data=html,
        media="html",
        id=_warc_id(record_id) if record_id else content_id(html),
        url=headers.get_header("WARC-Target-URI"),
        fetched=headers.get_header("WARC-Date"),
    )


def _drain(stream: Any) -> None:
    while stream.read(65536):
        pass


def _warc_id(record_id: str) -> str:
    """``<urn:uuid:1234-...>`` becomes ``warc:1234-...``."""
    value = record_id.strip().removeprefix("<").removesuffix(">")
    return "warc:" + value.removeprefix("urn:uuid:")


# --------------------------------------------------------------------------- sizes


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _over_limit(max_bytes: int) -> str:
    limit = _megabytes(max_bytes) if max_bytes >= 100 * 1024 else f"{max_bytes} bytes"
    return f"over the {limit} limit; raise it with --max-bytes"


_READERS: dict[str, Reader] = {
    ".txt": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".warc": _read_warc,
}
