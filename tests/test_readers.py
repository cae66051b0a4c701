"""Tests for accord.readers: every format, every bad input, and properties over junk."""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.errors import (
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
    TruncatedInputError,
    UnsupportedFormatError,
)
from accord.readers import DEFAULT_MAX_BYTES, content_id, read_path, read_paths
from accord.record import RawArticle

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def read_all(*paths, **kwargs) -> list[RawArticle | InputError]:
    return list(read_paths([str(p) for p in paths], **kwargs))


def articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def errors(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def only_error(items, kind: type[InputError]) -> InputError:
    assert len(items) == 1, items
    assert type(items[0]) is kind, items
    return items[0]


# --------------------------------------------------------------------------- WARC helpers

PAGE = "<html><head><title>{0}</title></head><body><p>{0}: the assembly of Norland voted.</p></body></html>"


def http(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(stream, records: list[tuple], gz: bool) -> list[str]:
    """Write records (kind, uri, payload, content type, status); return their WARC-Record-IDs."""
    writer = WARCWriter(stream, gzip=gz)
    ids = []
    info = writer.create_warcinfo_record("test.warc", {"software": "accord tests"})
    writer.write_record(info)
    ids.append(info.rec_headers.get_header("WARC-Record-ID"))
    for kind, uri, payload, ctype, status in records:
        headers = http(ctype, status) if kind == "response" else None
        if kind == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
        ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


STANDARD_RECORDS = [
    ("request", "http://news.example.org/a", b"", None, None),
    ("response", "http://news.example.org/a", PAGE.format("First").encode(), "text/html; charset=utf-8", "200 OK"),
    ("response", "http://news.example.org/robots.txt", b"User-agent: *\n", "text/plain", "200 OK"),
    ("response", "http://news.example.org/gone", PAGE.format("Gone").encode(), "text/html", "404 Not Found"),
    # Latin-1 bytes, declared in the HTTP header only.
    ("response", "http://news.example.org/b", PAGE.format("Caf\xe9 talks").encode("latin-1"),
     "text/html; charset=ISO-8859-1", "200 OK"),
]


def warc_bytes(records=STANDARD_RECORDS, gz: bool = False) -> tuple[bytes, list[str]]:
    buf = io.BytesIO()
    ids = write_warc(buf, records, gz)
    return buf.getvalue(), ids


# --------------------------------------------------------------------------- formats


def test_reads_text_file():
    path = FIXTURES / "article.txt"
    [article] = read_all(path)
    assert isinstance(article, RawArticle)
    assert article.media == "text"
    assert article.data == path.read_text(encoding="utf-8")
    assert article.input == article.where == str(path)
    assert article.id == content_id(article.data)
    assert article.id.startswith("sha1:") and len(article.id) == len("sha1:") + 16


def test_text_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfThe senate adjourned.")
    [article] = read_all(path)
    assert article.data == "The senate adjourned."


def test_reads_html_file():
    path = FIXTURES / "page.html"
    [article] = read_all(path)
    assert article.media == "html"
    assert article.data == path.read_text(encoding="utf-8")
    assert "“a message to the ministry”" in article.data
    assert article.id == content_id(article.data)


def test_html_labelled_latin1_is_read_as_windows_1252(tmp_path):
    # Curly quotes and dashes in a page that says ISO-8859-1 are Windows-1252 bytes, as
    # browsers read them; as Latin-1 they would be control characters.
    body = "<html><head><meta charset='iso-8859-1'></head><body><p>\x93We\x92ll see\x94 \x96 caf\xe9</p></body></html>"
    path = tmp_path / "latin.html"
    path.write_bytes(body.encode("latin-1"))
    (article,) = read_all(path)
    assert "\u201cWe\u2019ll see\u201d \u2013 caf\u00e9" in article.data


def test_html_honours_meta_charset(tmp_path):
    body = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=koi8-r'></head>" \
           "<body><p>Привет из Норланда</p></body></html>"
    path = tmp_path / "page.HTM"  # extensions are case-insensitive
    path.write_bytes(body.encode("koi8-r"))
    [article] = read_all(path)
    assert article.data == body


def test_html_falls_back_to_cp1252(tmp_path):
    path = tmp_path / "legacy.html"
    path.write_bytes(b"<p>Caf\xe9 owners \x93protest\x94 the tax</p>")
    [article] = read_all(path)
    assert article.data == "<p>Café owners “protest” the tax</p>"


def test_html_with_nul_bytes_is_binary(tmp_path):
    path = tmp_path / "odd.html"
    path.write_bytes(b"<p>Caf\xe9\x00\x00</p>")
    error = only_error(read_all(path), DecodeError)
    assert str(path) in str(error) and "binary" in str(error)


def test_reads_jsonl_with_all_fields():
    path = FIXTURES / "corpus.jsonl"
    first, second, third = read_all(path)
    assert first == RawArticle(
        input=str(path),
        where=f"{path}:1",
        data="The parliament of Ostmark approved the budget on Monday.",
        media="text",
        id="wire-0001",
        url="https://news.example.org/ostmark-budget",
        title="Ostmark passes budget",
        published="2024-05-06",
        source="Example Wire",
        authors=["Jo Lindgren", "Sam Otieno"],
    )
    # Line 2 is blank: skipped, but line numbers still count it.
    assert second.where == f"{path}:3"
    assert second.media == "html" and second.data.startswith("<html>")
    assert second.id == "42"
    assert second.authors == ["Mira Castell"]
    assert third.where == f"{path}:4"
    assert third.id == content_id(third.data)
    assert third.title is None and third.published is None and third.authors == []


def test_jsonl_text_preferred_over_html_unless_blank(tmp_path):
    path = tmp_path / "both.jsonl"
    path.write_text(
        json.dumps({"text": "Plain body.", "html": "<p>HTML body.</p>"}) + "\n"
        + json.dumps({"text": "  ", "html": "<p>HTML body.</p>"}) + "\n",
        encoding="utf-8",
    )
    first, second = read_all(path)
    assert (first.media, first.data) == ("text", "Plain body.")
    assert (second.media, second.data) == ("html", "<p>HTML body.</p>")


def test_jsonl_line_with_unicode_line_separator_stays_one_record(tmp_path):
    path = tmp_path / "u2028.jsonl"
    path.write_text(json.dumps({"text": "one\u2028two"}, ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = read_all(path)
    assert article.data == "one\u2028two"


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_reads_warc(tmp_path, gz):
    data, ids = warc_bytes(gz=gz)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    first, second = read_all(path)
    # Records: 1 warcinfo, 2 request, 3 response, 4 text/plain, 5 a 404, 6 response.
    assert first.where == f"{path}#record 3"
    assert first.input == str(path)
    assert first.media == "html"
    assert first.url == "http://news.example.org/a"
    assert first.id == "warc:" + ids[2].removeprefix("<urn:uuid:").removesuffix(">")
    assert first.fetched and first.fetched.startswith("20")
    assert "First: the assembly of Norland voted." in first.data
    assert second.where == f"{path}#record 6"
    assert "Café talks" in second.data


def test_warc_with_no_html_yields_nothing(tmp_path):
    data, _ = warc_bytes([("response", "http://x.example/r", b"User-agent: *\n", "text/plain", "200 OK")])
    path = tmp_path / "plain.warc"
    path.write_bytes(data)
    assert read_all(path) == []


def test_txt_gz_and_jsonl_gz(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress("The envoy returned home.".encode()))
    (tmp_path / "b.JSONL.GZ").write_bytes(gzip.compress(b'{"id": "x1", "text": "Talks resumed."}\n'))
    first, second = read_all(tmp_path / "a.txt.gz", tmp_path / "b.JSONL.GZ")
    assert first.data == "The envoy returned home." and first.input == str(tmp_path / "a.txt.gz")
    assert (second.id, second.data, second.where) == ("x1", "Talks resumed.", f"{tmp_path / 'b.JSONL.GZ'}:1")


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "corpus"
    (root / "b_sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Article A.", encoding="utf-8")
    (root / "b_sub" / "c.html").write_text("<p>Article C.</p>", encoding="utf-8")
    (root / "b_sub" / "d.jsonl").write_text('{"text": "Article D."}\n', encoding="utf-8")
    (root / "c.txt").write_text("Article E.", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("Hidden.", encoding="utf-8")
    (root / ".secret.txt").write_text("Hidden too.", encoding="utf-8")
    (root / "notes.md").write_text("Not an article.", encoding="utf-8")
    items = list(read_path(root))
    assert [a.data for a in items] == ["Article A.", "<p>Article C.</p>", "Article D.", "Article E."]
    assert [a.input for a in items] == [
        str(root / "a.txt"), str(root / "b_sub" / "c.html"), str(root / "b_sub" / "d.jsonl"), str(root / "c.txt"),
    ]


@pytest.mark.skipif(os.name != "posix", reason="needs symlinks")
def test_folder_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text("Once.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [a.data for a in read_path(tmp_path)] == ["Once."]


def test_folder_reports_bad_files_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Fine.", encoding="utf-8")
    items = list(read_path(tmp_path))
    assert isinstance(items[0], EmptyInputError) and str(tmp_path / "a.txt") in str(items[0])
    assert items[1].data == "Fine."


def test_stdin_text():
    [article] = read_all("-", stdin=io.BytesIO("The cabinet resigned.\n".encode()))
    assert (article.input, article.where, article.media) == ("-", "-", "text")
    assert article.data == "The cabinet resigned.\n"


def test_stdin_jsonl():
    stdin = io.BytesIO(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    items = read_all("-", stdin=stdin)
    assert [(a.id, a.data, a.where) for a in items] == [("s1", "One.", "-:1"), ("s2", "Two.", "-:2")]


def test_stdin_html():
    [article] = read_all("-", stdin=io.BytesIO(b"\n  <!DOCTYPE html><html><body><p>Hi.</p></body></html>"))
    assert article.media == "html"


def test_stdin_warc_gz():
    data, _ = warc_bytes(gz=True)
    items = read_all("-", stdin=io.BytesIO(data))
    assert [a.where for a in items] == ["-#record 3", "-#record 6"]


def test_stdin_gzip_and_truncated_gzip():
    packed = gzip.compress(("The envoy spoke. " * 100).encode())
    [article] = read_all("-", stdin=io.BytesIO(packed))
    assert article.data.startswith("The envoy spoke.")
    only_error(read_all("-", stdin=io.BytesIO(packed[:-12])), TruncatedInputError)


def test_stdin_empty():
    error = only_error(read_all("-", stdin=io.BytesIO(b"")), EmptyInputError)
    assert error.where == "-"


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "], ids=["zero-bytes", "whitespace"])
@pytest.mark.parametrize("name", ["e.txt", "e.html", "e.jsonl", "e.warc"])
def test_empty_file(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    error = only_error(read_all(path), EmptyInputError)
    assert error.where == str(path)
    assert str(path) in str(error)


def test_unicode_whitespace_only_is_empty(tmp_path):
    path = tmp_path / "spaces.txt"
    path.write_text("\u3000\u00a0\n", encoding="utf-8")
    only_error(read_all(path), EmptyInputError)


@pytest.mark.parametrize("name", ["junk.txt", "junk.html", "junk.jsonl"])
def test_binary_junk(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 4)
    error = only_error(read_all(path), DecodeError)
    assert str(path) in str(error)
    assert "looks like binary data, not text" in str(error)


def test_control_characters_are_binary(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"abc\x01\x02\x03\x04\x05\x06def")
    only_error(read_all(path), DecodeError)


def test_utf16_is_named(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("The council met.".encode("utf-16"))
    error = only_error(read_all(path), DecodeError)
    assert "UTF-16" in str(error)


def test_invalid_utf8_gives_offset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"The caf\xe9 closed.")
    error = only_error(read_all(path), DecodeError)
    assert str(path) in str(error)
    assert "offset 7" in str(error) and "0xe9" in str(error)


def test_file_over_limit_is_rejected_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(int(31.2 * 1024 * 1024))  # sparse: stat says 31.2 MB, nothing is written
    error = only_error(read_all(path), InputTooLargeError)
    assert str(error) == f"{path}: is 31.2 MB, over the 5.0 MB limit; raise it with --max-bytes"
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_small_limit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x" * 200, encoding="utf-8")
    error = only_error(read_all(path, max_bytes=100), InputTooLargeError)
    assert "over the 100 bytes limit" in str(error)
    assert len(read_all(path, max_bytes=200)) == 1


def test_gzip_over_limit_after_decompression(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))
    error = only_error(read_all(path, max_bytes=10_000), InputTooLargeError)
    assert "decompresses to over" in str(error)


def test_stdin_over_limit():
    only_error(read_all("-", stdin=io.BytesIO(b"x" * 50), max_bytes=10), InputTooLargeError)


def test_jsonl_is_streamed_and_its_limit_applies_per_line(tmp_path):
    # A corpus larger than the limit is read; only its one line over the limit fails.
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Article {i}. " * 20}) for i in range(40)]
    lines[7] = json.dumps({"id": "huge", "text": "Word " * 2000})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 8000
    items = read_all(path, max_bytes=2000)
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(items) == 40 and len(errors) == 1
    assert isinstance(errors[0], InputTooLargeError) and errors[0].where == f"{path}:8"
    assert "line 8 is over the 2000 bytes limit" in str(errors[0])
    assert [a.id for a in items if not isinstance(a, InputError)][7] == "a8"


def test_jsonl_line_without_newline_over_the_limit(tmp_path):
    path = tmp_path / "one-line.jsonl"
    path.write_text('{"text": "' + "a " * 100_000 + '"}', encoding="utf-8")
    error = only_error(read_all(path, max_bytes=50_000), InputTooLargeError)
    assert error.where == f"{path}:1"


def test_stdin_jsonl_is_streamed_too():
    data = b"".join(json.dumps({"id": f"s{i}", "text": "Text here. " * 10}).encode() + b"\n" for i in range(30))
    items = read_all("-", stdin=io.BytesIO(data), max_bytes=500)
    assert [a.id for a in items] == [f"s{i}" for i in range(30)]


def test_warc_limit_applies_per_record(tmp_path):
    big = PAGE.format("Big " * 500).encode()
    data, _ = warc_bytes([
        ("response", "http://x.example/big", big, "text/html", "200 OK"),
        ("response", "http://x.example/small", PAGE.format("Small").encode(), "text/html", "200 OK"),
    ])
    path = tmp_path / "mixed.warc"
    path.write_bytes(data)
    too_big, small = read_all(path, max_bytes=1000)
    assert isinstance(too_big, InputTooLargeError) and too_big.where == f"{path}#record 2"
    assert small.url == "http://x.example/small"


@pytest.mark.parametrize("name", ["notes.md", "archive.tar.gz", "README"])
def test_unknown_extension(tmp_path, name):
    path = tmp_path / name
    path.write_text("Some text.", encoding="utf-8")
    error = only_error(read_all(path), UnsupportedFormatError)
    assert str(path) in str(error)
    assert ".txt" in str(error) and ".jsonl" in str(error) and ".warc" in str(error)


def test_malformed_jsonl_lines_do_not_stop_the_rest(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        '{"id": "ok1", "text": "First."}',
        '{"id": "ok2", "text": "Second."}',
        '{"id": "bad" "text": "no comma"}',
        '[1, 2, 3]',
        '{"id": "nobody", "title": "no text"}',
        '{"id": "empty", "text": "   "}',
        '{"id": "date", "text": "Dated.", "published": "2024-13-45"}',
        '{"id": "authors", "text": "By.", "authors": [1, 2]}',
        '{"id": ["x"], "text": "Odd id."}',
        '{"id": "ok3", "text": "Third."}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [a.id for a in articles(items)] == ["ok1", "ok2", "ok3"]
    errs = errors(items)
    assert [type(e) for e in errs] == [
        MalformedRecordError, MalformedRecordError, MalformedRecordError, EmptyInputError,
        MalformedRecordError, MalformedRecordError, MalformedRecordError,
    ]
    assert [e.where for e in errs] == [f"{path}:{n}" for n in (3, 4, 5, 6, 7, 8, 9)]
    assert str(errs[0]) == f"{path}:3: line 3 is not valid JSON: Expecting ',' delimiter at column 14"
    assert "not an object" in str(errs[1])
    assert "neither 'text' nor 'html'" in str(errs[2])
    assert "'2024-13-45'" in str(errs[4]) and "YYYY-MM-DD" in str(errs[4])


def test_jsonl_bad_utf8_line(tmp_path):
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"text": "Good."}\n{"text": "caf\xe9"}\n')
    good, bad = read_all(path)
    assert good.data == "Good."
    assert isinstance(bad, DecodeError) and bad.where == f"{path}:2"


def test_jsonl_lone_surrogate_is_replaced(tmp_path):
    path = tmp_path / "sur.jsonl"
    path.write_text('{"text": "broken \\ud800 escape"}\n', encoding="utf-8")
    [article] = read_all(path)
    assert article.data == "broken \ufffd escape"


def test_jsonl_deep_nesting(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    only_error(read_all(path), MalformedRecordError)


def test_truncated_gzip(tmp_path):
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(("The summit ended early. " * 200).encode())[:-30])
    error = only_error(read_all(path), TruncatedInputError)
    assert str(path) in str(error)


def test_gz_that_is_not_gzip(tmp_path):
    path = tmp_path / "plain.txt.gz"
    path.write_text("Not compressed at all.", encoding="utf-8")
    error = only_error(read_all(path), DecodeError)
    assert "not gzip" in str(error)


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_keeps_earlier_records(tmp_path, gz):
    records = [
        ("response", f"http://news.example.org/{n}", PAGE.format(f"Story {n} " + "text " * 300).encode(),
         "text/html", "200 OK")
        for n in range(3)
    ]
    data, _ = warc_bytes(records, gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: len(data) * 5 // 6])
    items = read_all(path)
    assert [a.url for a in articles(items)] == ["http://news.example.org/0", "http://news.example.org/1"]
    error = items[-1]
    assert isinstance(error, TruncatedInputError)
    assert error.where == f"{path}#record 4"
    assert str(path) in str(error) and "record 4" in str(error)


def test_warc_cut_anywhere_never_passes_silently():
    """Cut an archive at many offsets: a truncation error, unless the cut falls between records."""
    data, _ = warc_bytes(STANDARD_RECORDS[:2])
    records = ArchiveIterator(io.BytesIO(data))
    # A record's length excludes the blank lines that end it: a cut among those is harmless.
    ends = [records.get_record_offset() + records.get_record_length() for _ in records]
    for cut in range(1, len(data), 3):
        items = list(read_path_bytes(data[:cut], "cut.warc"))
        if not errors(items):
            assert any(end <= cut <= end + 4 for end in ends), cut


def test_warc_cut_after_record_headers(tmp_path):
    # warcio itself ends quietly when a response's WARC headers are all there is.
    data, _ = warc_bytes(STANDARD_RECORDS[:2])
    start = data.index(b"WARC-Type: response")
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: data.index(b"\r\n\r\n", start) + 4])
    error = only_error(read_all(path), TruncatedInputError)
    assert error.where == f"{path}#record 3"


def read_path_bytes(data: bytes, name: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        yield from read_path(path)


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("This is just a note, not an archive.\n", encoding="utf-8")
    error = only_error(read_all(path), MalformedRecordError)
    assert error.where == f"{path}#record 1" and "not a WARC archive" in str(error)


def test_nonexistent_path(tmp_path):
    path = tmp_path / "missing.txt"
    error = only_error(read_all(path), InputError)
    assert str(error) == f"{path}: does not exist"


def test_batch_goes_on_after_errors(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Still read.", encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    items = read_all(tmp_path / "nope.txt", tmp_path / "x.pdf", good)
    assert [type(i) for i in items] == [InputError, UnsupportedFormatError, RawArticle]


def test_read_paths_wants_a_list():
    with pytest.raises(TypeError):
        list(read_paths("article.txt"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Secret.", encoding="utf-8")
    path.chmod(0)
    try:
        error = only_error(read_all(path), InputError)
        assert "cannot be read" in str(error)
    finally:
        path.chmod(0o644)


# --------------------------------------------------------------------------- ids


def test_same_text_gets_same_id(tmp_path):
    (tmp_path / "one.txt").write_text("The  treaty was signed\nin Aldport.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("The treaty was signed in Aldport.\n", encoding="utf-8")
    one, two = read_all(tmp_path / "one.txt", tmp_path / "two.txt")
    assert one.id == two.id
    assert [a.id for a in read_all(tmp_path / "one.txt")] == [one.id]  # read again: same id


def test_content_id():
    assert content_id("a  b\n\tc ") == content_id("a b c")
    assert content_id("a b c") != content_id("a b d")
    assert content_id("x").startswith("sha1:")


def test_jsonl_ids_preserved():
    ids = [a.id for a in read_all(FIXTURES / "corpus.jsonl")]
    assert ids[:2] == ["wire-0001", "42"]


# --------------------------------------------------------------------------- properties

TEXT = st.text(
    st.characters(exclude_categories=["Cs", "Cc"], include_characters="\t\n\r\x0c"), max_size=300
)


def read_bytes_as(data: bytes, name: str, **kwargs) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(read_paths([path], **kwargs))
        for item in items:
            assert isinstance(item, (RawArticle, InputError))
            if isinstance(item, InputError):
                assert str(path) in str(item)
        return items


@settings(max_examples=150, deadline=None)
@given(text=TEXT, bom=st.booleans())
def test_text_round_trips(text, bom):
    items = read_bytes_as((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"), "t.txt")
    expected = text if bom else text.removeprefix("\ufeff")
    if not expected.strip():
        only_error(items, EmptyInputError)
    else:
        [article] = items
        assert article.data == expected
        assert article.id == content_id(expected)


RECORD = st.fixed_dictionaries(
    {"text": TEXT.filter(str.strip)},
    optional={
        # blank ids are ignored; lone surrogates are repaired to U+FFFD (tested elsewhere)
        "id": st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20).filter(str.strip)
        | st.integers(),
        "title": st.text(max_size=20),
        "extra": st.integers(),
    },
)


@settings(max_examples=100, deadline=None)
@given(records=st.lists(RECORD, max_size=8), ascii_only=st.booleans())
def test_jsonl_round_trips(records, ascii_only):
    data = "".join(json.dumps(r, ensure_ascii=ascii_only) + "\n" for r in records).encode("utf-8")
    if not records:
        return
    items = read_bytes_as(data, "c.jsonl")
    assert [a.data for a in items] == [r["text"] for r in records]
    assert [a.where.rsplit(":", 1)[1] for a in items] == [str(n) for n in range(1, len(records) + 1)]
    assert [a.id for a in items] == [str(r["id"]) if "id" in r else content_id(r["text"]) for r in records]
    assert [a.title for a in items] == [r.get("title") for r in records]


VALID_WARC, _ = warc_bytes(STANDARD_RECORDS[:2])
VALID_WARC_GZ, _ = warc_bytes(STANDARD_RECORDS[:2], gz=True)


@st.composite
def damaged(draw, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data) - 1)) if data else 0
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if action == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif action == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[pos:]
    return bytes(data)


ANY_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.builds(gzip.compress, st.binary(max_size=500)),
    damaged(VALID_WARC),
    damaged(VALID_WARC_GZ),
    damaged(b'{"id": "a", "text": "One."}\n{"text": "Two.", "published": "2024-01-02"}\n'),
)
NAMES = st.sampled_from(
    ["x.txt", "x.html", "x.htm", "x.jsonl", "x.warc", "x.warc.gz", "x.txt.gz", "x.jsonl.gz", "x.html.gz"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=ANY_BYTES, name=NAMES)
def test_arbitrary_bytes_never_raise(data, name):
    read_bytes_as(data, name, max_bytes=100_000)


@settings(max_examples=100, deadline=None)
@given(data=ANY_BYTES)
def test_arbitrary_stdin_never_raises(data):
    for item in read_paths(["-"], stdin=io.BytesIO(data), max_bytes=100_000):
        assert isinstance(item, (RawArticle, InputError))
