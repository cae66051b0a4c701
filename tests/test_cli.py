"""Tests for the ``accord`` command, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.cli import format_table, main
from accord.store import Store
from conftest import ACCORD, EXAMPLES

WIRE = EXAMPLES / "pasted-wire.txt"

GOOD_TEXT = """Harbour council approves new ferry budget

The harbour council of Port Avel approved a new ferry budget on Tuesday after a long debate, officials said.

The mayor welcomed the vote and said two new boats would be ordered before the winter.
"""
OTHER_TEXT = """Island schools to reopen after storm repairs

Schools on the island of Tarn will reopen on Monday after repairs to storm damage, the education office said.
"""


def page(title: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>The harbour council of Port Avel approved a new ferry budget on Tuesday after a long debate, "
            f"officials said.</p><p>The mayor welcomed the vote and said two new boats would be ordered "
            f"before the winter.</p></article></body></html>").encode()


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("accord: error:")]


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(OTHER_TEXT, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- help


@pytest.mark.parametrize("command", [None, *sorted(main.commands)])
def test_help(command):
    args = [command, "--help"] if command else ["--help"]
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.stdout
    assert result.stderr == ""


def test_commands_are_all_there():
    assert {"analyze", "ingest", "articles", "events", "query"} <= set(main.commands)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and "accord" in result.stdout


def test_no_paths_is_a_usage_error():
    result = run("analyze")
    assert result.exit_code == 2


@pytest.mark.parametrize("option", [["--max-bytes", "0"], ["--batch-size", "0"], ["--max-bytes", "-5"]])
def test_bad_option_values_are_usage_errors(good, option):
    result = run("analyze", *option, str(good))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- analyze


def test_analyze_examples_writes_jsonl(example_records):
    result = run("analyze", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    records = jsonl(result.stdout)
    assert len(records) == 5 == len(result.stdout.splitlines())
    assert sorted(r["id"] for r in records) == sorted(r["id"] for r in example_records)
    for r in records:
        assert r["text"] and r["language"] == "en"
        assert Path(r["input"]).parent == EXAMPLES


def test_analyze_output_file(tmp_path, good):
    out = tmp_path / "out.jsonl"
    result = run("analyze", str(good), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    [record] = jsonl(out.read_text(encoding="utf-8"))
    assert record["title"] == "Harbour council approves new ferry budget"
    assert record["input"] == str(good)


def test_analyze_stdin(tmp_path):
    result = run("analyze", "-", input=GOOD_TEXT.encode())
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["input"] == "-"
    assert record["title"] == "Harbour council approves new ferry budget"


def test_analyze_stdin_with_files(good):
    result = run("analyze", str(good), "-", input=OTHER_TEXT.encode())
    assert result.exit_code == 0
    assert [r["input"] for r in jsonl(result.stdout)] == [str(good), "-"]


def test_analyze_is_deterministic(good):
    first, second = run("analyze", str(good)), run("analyze", str(good))
    assert first.stdout == second.stdout


# --------------------------------------------------------------------------- ingest and read


def ingest(db: Path, *paths: Path | str, input: bytes | None = None):
    return run("ingest", "--db", str(db), *map(str, paths), input=input)


def snapshot(db: Path) -> dict:
    with Store(db, read_only=True) as store:
        return {
            "counts": {t: store.count(t) for t in ("articles", "entities", "times", "quotes", "events")},
            "hashes": store.query("SELECT id, record_hash, ingested_at FROM articles ORDER BY id")[1],
        }


def test_ingest_then_read(tmp_path):
    db = tmp_path / "a.duckdb"
    result = ingest(db, EXAMPLES)
    assert result.exit_code == 0, result.stderr
    assert "5 stored, 0 unchanged, 0 failed; 5 articles" in result.stdout
    assert "Indonesia, Japan agree to deepen maritime cooperation" in result.stdout  # the summary

    table = run("articles", "--db", str(db))
    assert table.exit_code == 0
    assert "example-001" in table.stdout and "(5 rows)" in table.stdout
    rows = jsonl(run("articles", "--db", str(db), "--json").stdout)
    assert len(rows) == 5
    assert set(rows[0]) == {"id", "published", "source", "title", "entities", "quotes", "events"}
    assert {r["id"] for r in rows} >= {"example-001", "example-002", "example-003"}
    assert len(jsonl(run("articles", "--db", str(db), "--json", "--limit", "2").stdout)) == 2

    with Store(db, read_only=True) as store:
        n_events = store.count("events")
        n_listed = store.events()[1]
    events = run("events", "--db", str(db), "--all", "--json")
    assert events.exit_code == 0
    assert len(jsonl(events.stdout)) == n_events
    plain = run("events", "--db", str(db))
    assert plain.exit_code == 0 and f"({len(n_listed)} row" in plain.stdout

    query = run("query", "--db", str(db), "SELECT count(*) FROM articles")
    assert query.exit_code == 0
    assert query.stdout.splitlines()[0] == "count_star()"
    assert query.stdout.splitlines()[2] == "5"
    as_json = run("query", "--db", str(db), "--json", "SELECT count(*) AS n, max(published) AS latest FROM articles")
    assert jsonl(as_json.stdout) == [{"n": 5, "latest": "2024-03-14"}]


def test_ingest_quiet(tmp_path, good):
    result = run("ingest", "-q", "--db", str(tmp_path / "q.duckdb"), str(good))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [f"1 stored, 0 unchanged, 0 failed; 1 article in {tmp_path / 'q.duckdb'}"]


def test_ingest_twice_changes_nothing(tmp_path):
    db = tmp_path / "twice.duckdb"
    assert ingest(db, WIRE, EXAMPLES / "corpus.jsonl").exit_code == 0
    before = snapshot(db)
    again = ingest(db, WIRE, EXAMPLES / "corpus.jsonl")
    assert again.exit_code == 0
    assert "0 stored, 4 unchanged, 0 failed; 4 articles" in again.stdout
    assert snapshot(db) == before


def test_ingest_stdin(tmp_path):
    db = tmp_path / "stdin.duckdb"
    result = ingest(db, "-", input=WIRE.read_bytes())
    assert result.exit_code == 0, result.stderr
    rows = jsonl(run("query", "--db", str(db), "--json", "SELECT input, title FROM articles").stdout)
    assert rows == [{"input": "-", "title": "Indonesia, Japan agree to deepen maritime cooperation after talks in Jakarta"}]


def test_query_errors(tmp_path, good):
    db = tmp_path / "q.duckdb"
    ingest(db, good)
    for sql in ("SELEC 1", "SELECT * FROM nowhere", "DELETE FROM articles", ""):
        result = run("query", "--db", str(db), sql)
        assert result.exit_code == 1
        assert len(error_lines(result.stderr)) == 1, result.stderr
        assert "Traceback" not in result.output
    assert snapshot(db)["counts"]["articles"] == 1


@pytest.mark.parametrize("command", [["articles"], ["events"], ["query", "SELECT 1"]])
def test_read_commands_on_a_missing_database(tmp_path, command):
    missing = tmp_path / "missing.duckdb"
    result = run(*command, "--db", str(missing))
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert str(missing) in line
    assert not missing.exists()


def test_ingest_into_an_impossible_place(tmp_path, good):
    db = tmp_path / "no" / "folder" / "x.duckdb"
    result = ingest(db, good)
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert str(db) in line


def test_format_table():
    assert format_table([], []) == "(no result)"
    table = format_table(["a", "bb"], [(1, None), ("x" * 60, ["p", "q"])], max_width=10)
    lines = table.splitlines()
    assert lines[0] == "a           bb"
    assert lines[2] == "1"
    assert lines[3] == "xxxxxxxxx\u2026  p, q"
    assert lines[-1] == "(2 rows)"


# --------------------------------------------------------------------------- bad input


def _warc(path: Path, titles: list[str], cut: bool) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    starts = []
    for i, title in enumerate(titles):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"http://news.example.org/{i}", "response",
                                           payload=io.BytesIO(page(title)), http_headers=headers)
        starts.append(buf.tell())
        writer.write_record(record)
    data = buf.getvalue()
    if cut:  # half-way through the last record
        data = data[: starts[-1] + (len(data) - starts[-1]) // 2]
    path.write_bytes(data)


def make_bad(kind: str, tmp_path: Path) -> tuple[list[Path], str, int]:
    """Files for one kind of bad input: the paths, what the error line names, and the good articles in them."""
    if kind == "empty":
        p = tmp_path / "empty.txt"
        p.write_bytes(b"")
        return [p], str(p), 0
    if kind == "binary":
        p = tmp_path / "junk.txt"
        p.write_bytes(bytes(range(256)) * 4)
        return [p], str(p), 0
    if kind == "invalid-utf8":
        p = tmp_path / "latin.txt"
        p.write_bytes("Caf\xe9 owners in Port Avel protested against the new ferry tax.".encode("latin-1"))
        return [p], str(p), 0
    if kind == "html-without-article":
        p = tmp_path / "nav.html"
        p.write_text("<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>")
        return [p], str(p), 0
    if kind == "too-large":
        p = tmp_path / "big.txt"
        p.write_text("The council met again. " * 200)
        return [p], str(p), 0
    if kind == "unknown-extension":
        p = tmp_path / "notes.docx"
        p.write_text(GOOD_TEXT)
        return [p], str(p), 0
    if kind == "malformed-jsonl":
        p = tmp_path / "corpus.jsonl"
        good_line = json.dumps({"id": "j1", "text": OTHER_TEXT})
        p.write_text(f"{good_line}\n{{\"id\": \"j2\", \"text\": \n{json.dumps({'id': 'j3', 'text': GOOD_TEXT})}\n")
        return [p], f"{p}:2", 2
    if kind == "truncated-gzip":
        p = tmp_path / "cut.txt.gz"
        data = gzip.compress((GOOD_TEXT * 20).encode())
        p.write_bytes(data[: len(data) // 2])
        return [p], str(p), 0
    if kind == "truncated-warc":
        p = tmp_path / "crawl.warc"
        _warc(p, ["First ferry story", "Second ferry story", "Third ferry story"], cut=True)
        return [p], f"{p}#record 3", 2
    raise AssertionError(kind)


BAD_KINDS = ["empty", "binary", "invalid-utf8", "html-without-article", "too-large", "unknown-extension",
             "malformed-jsonl", "truncated-gzip", "truncated-warc"]
MAX_BYTES = "3000"  # above every good file here, below big.txt


def check_one_error(stderr: str, names: str) -> None:
    lines = error_lines(stderr)
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"accord: error: {names}: "), lines[0]
    assert "Traceback" not in stderr


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_analyze_bad_input(tmp_path, good, kind):
    bad_paths, names, good_inside = make_bad(kind, tmp_path)
    result = run("analyze", "--max-bytes", MAX_BYTES, str(good), *map(str, bad_paths))
    assert result.exit_code == 1
    check_one_error(result.stderr, names)
    records = jsonl(result.stdout)
    assert len(records) == 1 + good_inside
    assert records[0]["input"] == str(good)
    assert f"{1 + good_inside} analysed, 1 failed" in result.stderr


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_ingest_bad_input(tmp_path, good, other, kind):
    db = tmp_path / "bad.duckdb"
    assert ingest(db, good).exit_code == 0
    earlier = snapshot(db)
    bad_paths, names, good_inside = make_bad(kind, tmp_path)
    result = run("ingest", "--db", str(db), "--max-bytes", MAX_BYTES, str(other), *map(str, bad_paths))
    assert result.exit_code == 1
    check_one_error(result.stderr, names)
    assert f"{1 + good_inside} stored, 0 unchanged, 1 failed" in result.stdout
    after = snapshot(db)
    assert set(earlier["hashes"]) <= set(after["hashes"])  # everything stored before is still there
    assert after["counts"]["articles"] == 2 + good_inside


def test_several_bad_inputs_in_one_batch(tmp_path, good):
    bad = []
    for kind in BAD_KINDS:
        (tmp_path / kind).mkdir()
        bad.append(make_bad(kind, tmp_path / kind))
    paths = [str(p) for paths, _, _ in bad for p in paths]
    result = run("analyze", "--max-bytes", MAX_BYTES, str(good), *paths)
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == len(BAD_KINDS)
    # Reading errors come as they are met, the clean stage's at the end of the batch.
    for _, names, _ in bad:
        assert sum(line.startswith(f"accord: error: {names}: ") for line in lines) == 1, names
    assert len(jsonl(result.stdout)) == 1 + sum(n for _, _, n in bad)


def test_missing_file(tmp_path, good):
    missing = tmp_path / "nowhere.txt"
    result = run("analyze", str(good), str(missing))
    assert result.exit_code == 1
    check_one_error(result.stderr, str(missing))
    assert len(jsonl(result.stdout)) == 1


def test_empty_stdin():
    result = run("analyze", "-", input=b"")
    assert result.exit_code == 1
    check_one_error(result.stderr, "-")


# --------------------------------------------------------------------------- real processes


def _subprocess(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    if not ACCORD.exists():
        pytest.skip(f"{ACCORD} is not installed")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([str(ACCORD), *args], input=input, capture_output=True, timeout=120, env=env, cwd=cwd)


def test_subprocess_analyze_stdin():
    proc = _subprocess("analyze", "-", input=WIRE.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""
    [record] = jsonl(proc.stdout.decode("utf-8"))
    assert record["input"] == "-"
    assert record["title"] == "Indonesia, Japan agree to deepen maritime cooperation after talks in Jakarta"
    assert record["editors"] == ["Lina Sari"]


def test_subprocess_ingest_with_bad_input(tmp_path, good):
    bad = tmp_path / "junk.txt"
    bad.write_bytes(bytes(range(256)))
    db = tmp_path / "p.duckdb"
    proc = _subprocess("ingest", "--db", str(db), str(good), str(bad), "-q", cwd=tmp_path)
    assert proc.returncode == 1
    stderr = proc.stderr.decode()
    check_one_error(stderr, str(bad))
    assert proc.stdout.decode().strip() == f"1 stored, 0 unchanged, 1 failed; 1 article in {db}"
    with Store(db, read_only=True) as store:
        assert store.query("SELECT input FROM articles")[1] == [(str(good),)]


def test_module_entry_point():
    proc = subprocess.run([sys.executable, "-m", "accord", "--help"], capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert b"Usage:" in proc.stdout
