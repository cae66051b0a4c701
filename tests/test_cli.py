"""Tests for the ``accord`` command, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
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


EXPLAINED = """MOSCOW, March 3 (Reuters) - Russia will not negotiate with Ukraine, the Kremlin said on Monday.

Iran condemned the attack.
"""


def test_analyze_explain_traces_each_candidate(tmp_path):
    from accord.stages.events import trace
    from accord.stages.events.vetoes import VETOES

    path = tmp_path / "explained.txt"
    path.write_text(EXPLAINED, encoding="utf-8")
    plain = run("analyze", "--published", "2024-03-04", str(path))
    explained = run("analyze", "--explain", "--published", "2024-03-04", str(path))
    assert plain.exit_code == explained.exit_code == 0
    [without], [record] = jsonl(plain.stdout), jsonl(explained.stdout)
    assert "trace" not in without
    assert {k: v for k, v in record.items() if k != "trace"} == without  # the trace changes nothing else
    steps = record["trace"]
    coded = [(s["type"], s["by"]) for s in steps if s["outcome"] == "coded"]
    assert coded == [(e["type"], e["rule"]) for e in record["events"]]
    assert ("REJECT", "refusal(CONSULT) verb:negotiate") in coded
    # "condemned the attack": the attack is no one's the text names
    assert {"outcome": "dropped", "by": "no-author", "trigger": "attack", "sentence": "Iran condemned the attack.",
            "start": EXPLAINED.index("Iran"), "pattern": "NOUN attack", "type": "ASSAULT"} in steps
    rules = set(VETOES) | {trace.DUPLICATE, trace.BARE_PLEDGE, trace.COOPERATION_CODED, trace.BETWEEN_BUSINESSES}
    assert all(s["by"] in rules for s in steps if s["outcome"] == "dropped")


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

    quotes = jsonl(run("quotes", "--db", str(db), "--json", "--limit", "1000").stdout)
    assert quotes and {q["kind"] for q in quotes} <= {"direct", "mixed", "indirect"}
    for kind in ("direct", "mixed", "indirect"):
        some = jsonl(run("quotes", "--db", str(db), "--json", "--limit", "1000", "--kind", kind).stdout)
        assert len(some) == sum(q["kind"] == kind for q in quotes)
        assert all(q["kind"] == kind for q in some)
    refused = run("quotes", "--db", str(db), "--kind", "partial")
    assert refused.exit_code == 2 and "partial" in refused.stderr


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


# --------------------------------------------------------------------------- one id, one article

TRADE = {"id": "dup-1", "title": "Trade talks resume in Geneva", "published": "2024-05-06",
         "text": "GENEVA, May 6 - Negotiators from Kenya and Ethiopia resumed trade talks in Geneva on Monday "
                 "after a pause of three months, officials said.\n\nThe talks will focus on tariffs on steel "
                 "and farm goods, and a first draft could be ready by the end of the month."}
LIMA = {"id": "dup-1", "title": "Police arrest protest leaders in Lima", "published": "2024-05-07",
        "text": "LIMA, May 7 - Police in Lima arrested five leaders of a protest movement on Tuesday, a day after "
                "clashes near the presidential palace, the interior ministry said.\n\nLawyers for the five said "
                "the arrests were politically motivated and would be challenged in court."}


def corpus(path: Path, *articles: dict) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def stored(db: Path) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        return {r["id"]: r for r in store.records()}


def clash_id(db: Path) -> str:
    [new_id] = [i for i in stored(db) if i != "dup-1"]
    assert re.fullmatch(r"dup-1~[0-9a-f]{8}", new_id), new_id
    return new_id


def test_two_corpora_with_one_id_keep_both_articles(tmp_path):
    a, b = corpus(tmp_path / "a.jsonl", TRADE), corpus(tmp_path / "b.jsonl", LIMA)
    db = tmp_path / "x.duckdb"
    first = ingest(db, a)
    assert first.exit_code == 0, first.stderr
    assert "1 stored, 0 unchanged, 0 failed; 1 article in" in first.stdout
    second = ingest(db, b)
    assert second.exit_code == 0, second.stderr
    new_id = clash_id(db)
    assert second.stdout.splitlines()[-1] == (
        f"1 stored, 0 unchanged, 1 id clash kept as new id (dup-1 -> {new_id}), 0 failed; 2 articles in {db}")
    records = stored(db)
    assert records["dup-1"]["title"] == TRADE["title"] and records["dup-1"]["input"] == str(a)
    assert records[new_id]["title"] == LIMA["title"] and records[new_id]["input"] == str(b)
    assert any("'dup-1'" in w and str(a) in w and new_id in w for w in records[new_id]["warnings"])
    assert not any("clash" in w for w in records["dup-1"]["warnings"])
    # Ingesting both corpora again changes nothing: no third copy, nothing rewritten.
    before = snapshot(db)
    for path in (a, b):
        again = ingest(db, path)
        assert again.exit_code == 0
        assert again.stdout.splitlines()[-1] == f"0 stored, 1 unchanged, 0 failed; 2 articles in {db}"
    assert snapshot(db) == before
    assert clash_id(db) == new_id  # derived from the content: the same every time


def test_one_id_twice_in_one_run(tmp_path):
    db = tmp_path / "x.duckdb"
    both = corpus(tmp_path / "both.jsonl", TRADE, LIMA)
    result = ingest(db, both)
    assert result.exit_code == 0, result.stderr
    new_id = clash_id(db)
    assert result.stdout.splitlines()[-1] == (
        f"2 stored, 0 unchanged, 1 id clash kept as new id (dup-1 -> {new_id}), 0 failed; 2 articles in {db}")
    assert {r["title"] for r in stored(db).values()} == {TRADE["title"], LIMA["title"]}
    before = snapshot(db)
    again = ingest(db, both)
    assert again.stdout.splitlines()[-1] == f"0 stored, 2 unchanged, 0 failed; 2 articles in {db}"
    assert snapshot(db) == before


def test_one_id_in_two_files_of_one_run(tmp_path):
    db = tmp_path / "x.duckdb"
    a, b = corpus(tmp_path / "a.jsonl", TRADE), corpus(tmp_path / "b.jsonl", LIMA)
    result = ingest(db, a, b)
    assert result.exit_code == 0, result.stderr
    new_id = clash_id(db)
    assert f"2 stored, 0 unchanged, 1 id clash kept as new id (dup-1 -> {new_id}), 0 failed; 2 articles" in result.stdout
    assert stored(db)[new_id]["input"] == str(b)
    # The same article read from another file is the same article: updated, not copied.
    moved = ingest(db, corpus(tmp_path / "c.jsonl", LIMA))
    assert moved.stdout.splitlines()[-1] == f"1 stored, 0 unchanged, 0 failed; 2 articles in {db}"
    assert stored(db)[new_id]["input"] == str(tmp_path / "c.jsonl")


def test_replace_overwrites_and_says_so(tmp_path):
    db = tmp_path / "x.duckdb"
    a, b = corpus(tmp_path / "a.jsonl", TRADE), corpus(tmp_path / "b.jsonl", LIMA)
    ingest(db, a)
    result = run("ingest", "--replace", "--db", str(db), str(b))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        f"1 stored, 0 unchanged, 1 replaced (--replace), 0 failed; 1 article in {db}")
    [record] = stored(db).values()
    assert record["id"] == "dup-1" and record["title"] == LIMA["title"]
    with Store(db, read_only=True) as store:  # no row of the trade article is left
        assert store.query("SELECT count(*) FROM entities WHERE text = 'Geneva'")[1] == [(0,)]


def _fewer_events(record: dict) -> dict:
    return {**record, "events": [], "quotes": [dict(q, event=None) for q in record["quotes"]]}


def _credit_line_kept(record: dict) -> dict:
    text = record["text"] + " (Reporting by Ana Ruiz)"
    paragraphs = [list(p) for p in record["paragraphs"]]
    paragraphs[-1][1] = len(text)
    return {**record, "text": text, "paragraphs": paragraphs}


@pytest.mark.parametrize("older", [_fewer_events, _credit_line_kept])
def test_re_analysed_article_is_updated_in_place(tmp_path, older):
    """The database holds what an older accord made of the article; ingesting it now updates it."""
    db = tmp_path / "x.duckdb"
    [now] = jsonl(run("analyze", str(WIRE)).stdout)
    with Store(db) as store:
        store.write([older(now)])
    result = ingest(db, WIRE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"1 stored, 0 unchanged, 0 failed; 1 article in {db}"
    assert stored(db) == {now["id"]: now}


# --------------------------------------------------------------------------- query is read-only


@pytest.fixture
def two_dbs(tmp_path, good, other):
    main_db, second = tmp_path / "main.duckdb", tmp_path / "second.duckdb"
    assert ingest(main_db, good).exit_code == 0
    assert ingest(second, other).exit_code == 0
    secret = tmp_path / "secret.csv"
    secret.write_text("name,password\nadmin,hunter2\n")
    return main_db, second, secret


REFUSED = [
    "COPY articles TO '{tmp}/leak.csv'",
    "COPY (SELECT text FROM articles) TO '{tmp}/leak.parquet' (FORMAT parquet)",
    "EXPORT DATABASE '{tmp}/leak'",
    "ATTACH '{second}' AS second; DELETE FROM second.articles",
    "ATTACH '{second}' AS second (READ_ONLY)",
    "SELECT * FROM read_csv('{secret}')",
    "SELECT * FROM read_text('{secret}')",
    "SELECT * FROM '{secret}'",
    "SELECT * FROM glob('{tmp}/*')",
    "SELECT * FROM read_parquet('{tmp}/*.parquet')",
    "SET enable_external_access = true",
    "SET threads = 1",
    "PRAGMA threads = 1",
    "RESET threads",
    "INSTALL httpfs",
    "LOAD httpfs",
    "CREATE SECRET (TYPE s3, KEY_ID 'x', SECRET 'y')",
    "DELETE FROM articles",
]


@pytest.mark.parametrize("sql", REFUSED)
def test_query_refuses_to_reach_outside_the_database(tmp_path, two_dbs, sql):
    main_db, second, secret = two_dbs
    before = sorted(os.listdir(tmp_path)), snapshot(main_db), snapshot(second)
    result = run("query", "--db", str(main_db), sql.format(tmp=tmp_path, second=second, secret=secret))
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stdout == "" and "hunter2" not in result.output
    assert (sorted(os.listdir(tmp_path)), snapshot(main_db), snapshot(second)) == before


def test_query_still_reads_the_accord_tables(two_dbs):
    main_db, _, _ = two_dbs
    result = run("query", "--db", str(main_db), "--json",
                 "SELECT a.title, count(e.idx) AS entities FROM articles a LEFT JOIN entities e "
                 "ON e.article_id = a.id GROUP BY a.title")
    assert result.exit_code == 0, result.stderr
    [row] = jsonl(result.stdout)
    assert row["title"] == "Harbour council approves new ferry budget" and row["entities"] > 0
    for sql in ("SELECT count(*) FROM quotes", "SELECT * FROM times", "PRAGMA table_info('events')",
                "DESCRIBE articles", "SELECT current_setting('enable_external_access')"):
        assert run("query", "--db", str(main_db), sql).exit_code == 0, sql


@pytest.mark.parametrize("command", [["articles"], ["events"], ["quotes"], ["query", "SELECT 1"],
                                     ["export", "--format", "plover"]])
def test_read_commands_on_a_database_without_tables(tmp_path, command):
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    result = run(*command, "--db", str(empty))
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert line == f"accord: error: {empty}: holds no accord tables; create it with 'accord ingest'"


# --------------------------------------------------------------------------- control characters

ESC, BEL = "\x1b", "\x07"
EVIL_TITLE = f"Harbour council{ESC}]0;pwned{BEL} approves {ESC}[31mferry{ESC}[0m budget\x9b2K"
EVIL_QUOTE = f"Two new boats{ESC}[2K will be ordered\x07 before the winter\x9b31m."
EVIL_BODY = (f"The harbour council of Port Avel approved a new ferry budget{ESC}[1m on Tuesday after a long debate, "
             f"officials said.\r\n\r\nMayor Ana Ruiz welcomed the vote. \u201c{EVIL_QUOTE}\u201d Ruiz told reporters."
             f"\x7f\x85\n\nThe council{ESC}P1$r{ESC}\\ will meet again in March.")
# Every control but newline and tab, as the bytes UTF-8 writes them.
FORBIDDEN_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")


def evil_inputs(tmp_path: Path) -> list[Path]:
    text = tmp_path / "evil.txt"
    text.write_text(f"{EVIL_TITLE}\n\n{EVIL_BODY}\n", encoding="utf-8")
    lines = tmp_path / "evil.jsonl"
    corpus(lines, {"id": "evil-1", "title": EVIL_TITLE, "source": f"Port\x9b1m Avel{ESC}]0;x{BEL} Times",
                   "authors": [f"Ana{ESC}[8m Ruiz"], "url": f"https://news.example.org/{ESC}[2Ka",
                   "published": "2024-03-05", "text": EVIL_BODY.replace("Port Avel", "Tarn") + "\x00"})  # a text file with NUL is binary
    return [text, lines]


def test_records_hold_no_control_characters(tmp_path):
    result = run("analyze", *map(str, evil_inputs(tmp_path)))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) == 2
    for r in records:
        assert r["title"] == "Harbour council approves ferry budget"
        for value in (r["text"], r["title"], r["source"] or "", r["url"] or "", *r["authors"],
                      *(q["text"] for q in r["quotes"])):
            assert not FORBIDDEN_BYTES.search(value.encode()), value
        assert "Two new boats will be ordered before the winter." in [q["text"] for q in r["quotes"]]
        assert "[31m" not in r["text"] and "pwned" not in r["title"]
    evil = next(r for r in records if r["id"] == "evil-1")
    assert (evil["source"], evil["authors"], evil["url"]) == ("Port Avel Times", ["Ana Ruiz"],
                                                              "https://news.example.org/a")


def test_no_control_character_reaches_the_terminal(tmp_path):
    """Every command's output, piped, as a real process: no escape sequence gets through,
    not even from file names and ids that hold them."""
    inputs = evil_inputs(tmp_path)
    bad = tmp_path / f"empty{ESC}]0;pwned{BEL}.txt"  # a file name is input too
    bad.write_bytes(b"")
    db = tmp_path / f"db{ESC}[2K.duckdb"
    idfile = corpus(tmp_path / "ids.jsonl", {"id": f"id{ESC}[31m\x9b1m", "text": OTHER_TEXT})
    runs = [
        _subprocess("ingest", "--db", str(db), *map(str, inputs), str(bad), str(idfile)),
        _subprocess("analyze", *map(str, inputs), str(idfile)),
        _subprocess("articles", "--db", str(db)),
        _subprocess("articles", "--db", str(db), "--json"),
        _subprocess("quotes", "--db", str(db)),
        _subprocess("quotes", "--db", str(db), "--json"),
        _subprocess("events", "--db", str(db), "--all"),
        _subprocess("query", "--db", str(db), "SELECT id, title, text, source, authors, url FROM articles"),
        _subprocess("query", "--db", str(db), "--json", "SELECT id, title, text, record FROM articles"),
        _subprocess("query", "--db", str(db), f"SELECT '{ESC}]0;pwned{BEL}' AS \"{ESC}[2K\""),
        _subprocess("query", "--db", str(db), f"SELEC '{ESC}]0;pwned{BEL}'"),
        _subprocess("export", "--db", str(db), "--format", "plover"),
        _subprocess("export", "--db", str(db), "--format", "gdelt"),
        _subprocess("articles", "--db", str(tmp_path / f"missing{ESC}[2K.duckdb")),
        _subprocess("analyze", "-o", str(tmp_path / f"no{ESC}[2Kdir" / "x.jsonl"), str(inputs[0])),
    ]
    assert runs[0].returncode == 1  # the empty file
    assert b"pwned" not in runs[0].stderr and b"empty]0;" not in runs[0].stderr
    assert b"Harbour council approves ferry budget" in runs[0].stdout
    assert b"Two new boats will be ordered before the winter." in runs[4].stdout
    for proc in runs:
        for stream in (proc.stdout, proc.stderr):
            assert not FORBIDDEN_BYTES.search(stream), (proc.args, stream)
    # JSON output keeps what it cannot print as escapes, so the data is not lost.
    assert {r["id"] for r in jsonl(runs[3].stdout.decode())} >= {f"id{ESC}[31m\x9b1m"}
