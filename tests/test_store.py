"""Tests for accord.store: real DuckDB files, written and read back."""

from __future__ import annotations

import copy
import datetime as dt
import os
import signal
import subprocess
import sys

import duckdb
import pytest

from accord.errors import QueryError, StoreError
from accord.fingerprint import content_hash
from accord.store import (READ_ONLY_CONFIG, SCHEMA_VERSION, IdClash, Store, WriteResult, clash_ids,
                          record_content_hash, record_hash)

TABLES = ("articles", "entities", "times", "quotes", "events")


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES}


def expected_counts(records) -> dict[str, int]:
    return {"articles": len(records), **{t: sum(len(r[t]) for r in records) for t in TABLES[1:]}}


@pytest.fixture
def db(tmp_path):
    return tmp_path / "accord.duckdb"


def test_write_and_read_back(db, records):
    with Store(db) as store:
        assert store.write(records) == WriteResult(written=len(records))
        assert counts(store) == expected_counts(records)
        assert store.records() == sorted(records, key=lambda r: r["id"])
        for r in records:
            assert store.records([r["id"]]) == [r]
            assert store.records(r["id"]) == [r]
        assert store.records([]) == []
        assert store.records(["no-such-id"]) == []
    # The file persists and reads back the same in a new (read-only) connection.
    with Store(db, read_only=True) as store:
        assert store.records() == sorted(records, key=lambda r: r["id"])
        assert counts(store) == expected_counts(records)


def test_articles_columns(db, records):
    with Store(db) as store:
        store.write(records)
        columns, rows = store.articles()
        assert columns == ["id", "published", "source", "title", "entities", "quotes", "events"]
        assert len(rows) == len(records)
        published = [row[1] for row in rows]
        assert published == sorted(published, reverse=True)
        by_id = {row[0]: row for row in rows}
        for r in records:
            row = by_id[r["id"]]
            assert row[1] == dt.date.fromisoformat(r["published"])
            assert row[2:] == (r["source"], r["title"], len(r["entities"]), len(r["quotes"]), len(r["events"]))
        assert len(store.articles(limit=2)[1]) == 2


def test_article_row_flattens_the_record(db, records):
    wire = next(r for r in records if r["input"].endswith("pasted-wire.txt"))
    with Store(db) as store:
        store.write([wire])
        _, [row] = store.query(
            "SELECT title, published, source, editors, dateline_place, dateline_date, dateline_agency, "
            "language, text, record_hash FROM articles WHERE id = ?", [wire["id"]])
    assert row == (wire["title"], dt.date.fromisoformat(wire["published"]), wire["source"], wire["editors"],
                   wire["dateline"]["place"], dt.date.fromisoformat(wire["dateline"]["date"]),
                   wire["dateline"]["agency"], "en", wire["text"], record_hash(wire))


def test_child_rows_match_the_record(db, records):
    with Store(db) as store:
        store.write(records)
        for r in records:
            _, ents = store.query("SELECT idx, text, start_char, end_char, actor_id FROM entities "
                                  "WHERE article_id = ? ORDER BY idx", [r["id"]])
            assert ents == [(i, e["text"], e["start"], e["end"], (e["actor"] or {}).get("id"))
                            for i, e in enumerate(r["entities"])]
            _, times = store.query("SELECT text, value, precision FROM times WHERE article_id = ? ORDER BY idx",
                                   [r["id"]])
            assert times == [(t["text"], t["value"], t["precision"]) for t in r["times"]]
            _, quotes = store.query("SELECT text, direct, speaker_text FROM quotes WHERE article_id = ? "
                                    "ORDER BY idx", [r["id"]])
            assert quotes == [(q["text"], q["direct"], (q["speaker"] or {}).get("text")) for q in r["quotes"]]
            _, events = store.query("SELECT type, start_char, end_char, date FROM events WHERE article_id = ? "
                                    "ORDER BY idx", [r["id"]])
            assert events == [(e["type"], e["start"], e["end"], e["date"]) for e in r["events"]]


def test_events_query(db, records):
    n_events = sum(len(r["events"]) for r in records)
    with Store(db) as store:
        store.write(records)
        columns, rows = store.events(include_negated=True)
        assert "type" in columns and "article_id" in columns
        assert len(rows) == n_events
        if n_events:
            some_type = rows[0][columns.index("type")]
            _, typed = store.events(type=some_type.lower(), include_negated=True)
            assert typed and all(row[columns.index("type")] == some_type for row in typed)
        _, none = store.events(country="ZZZ")
        assert none == []


def test_query_and_errors(db, records):
    with Store(db) as store:
        store.write(records)
        assert store.query("SELECT count(*) AS n FROM articles") == (["n"], [(len(records),)])
        assert store.query("SELECT ? + 1 AS x", [41]) == (["x"], [(42,)])
        for bad in ("SELEC 1", "SELECT * FROM no_such_table", "", "   "):
            with pytest.raises(QueryError):
                store.query(bad)
        with pytest.raises(QueryError):
            store.count("meta; DROP TABLE articles")
        assert store.count() == len(records)


def test_query_error_is_a_store_error():
    assert issubclass(QueryError, StoreError)


def test_schema_version_recorded(db):
    with Store(db) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]


def test_newer_schema_refused(db):
    with Store(db) as store:
        store.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(StoreError, match="newer accord"):
        Store(db)
    # The refused store closed its connection: the file can be opened again.
    with Store(db, read_only=True) as store:
        assert store.count() == 0


# --------------------------------------------------------------------------- idempotency


def test_same_records_twice_change_nothing(db, records):
    with Store(db) as store:
        store.write(records)
        before = counts(store)
        hashes = store.query("SELECT id, record_hash, ingested_at FROM articles ORDER BY id")[1]
        assert store.write(records) == WriteResult(unchanged=len(records))
        assert counts(store) == before
        assert store.query("SELECT id, record_hash, ingested_at FROM articles ORDER BY id")[1] == hashes


def test_changed_record_replaces_child_rows(db, records):
    wire = next(r for r in records if r["events"] and len(r["entities"]) > 3)
    with Store(db) as store:
        store.write(records)
        before = counts(store)
        changed = copy.deepcopy(wire)
        changed["title"] = "A corrected headline"
        changed["entities"] = changed["entities"][:2]
        changed["quotes"] = []
        changed["events"] = changed["events"][:1]
        assert store.write([changed]) == WriteResult(written=1, updated=1)
        after = counts(store)
        assert after["articles"] == before["articles"]
        assert after["entities"] == before["entities"] - len(wire["entities"]) + 2
        assert after["quotes"] == before["quotes"] - len(wire["quotes"])
        assert after["events"] == before["events"] - len(wire["events"]) + 1
        assert after["times"] == before["times"]
        assert store.records([wire["id"]]) == [changed]
        assert store.query("SELECT max(idx) FROM entities WHERE article_id = ?", [wire["id"]])[1] == [(1,)]
        # Writing it again is a no-op; writing the original back restores everything.
        assert store.write([changed]) == WriteResult(unchanged=1)
        assert store.write([wire]) == WriteResult(written=1, updated=1)
        assert counts(store) == before


def test_mixed_batch_counts(db, records):
    with Store(db) as store:
        store.write(records[:2])
        changed = copy.deepcopy(records[1])
        changed["warnings"] = ["edited"]
        assert store.write([records[0], changed, *records[2:]]) == WriteResult(
            written=len(records) - 1, unchanged=1, updated=1)
        assert store.count() == len(records)


def test_record_hash_ignores_key_order(records):
    r = records[0]
    assert record_hash(r) == record_hash(dict(reversed(list(r.items()))))
    assert record_hash(r) != record_hash({**r, "title": "other"})


# --------------------------------------------------------------------------- transactions


def _no_id(record):
    record["id"] = None
    return record


def _entity_without_start(record):
    record["entities"] = [{k: v for k, v in e.items() if k != "start"} for e in record["entities"]]
    return record


def _missing_id_key(record):
    del record["id"]
    return record


@pytest.mark.parametrize("spoil", [_no_id, _entity_without_start, _missing_id_key])
def test_failed_batch_is_rolled_back(db, records, spoil):
    first, rest = records[:2], records[2:]
    with Store(db) as store:
        store.write(first)
        before = counts(store)
        stored = store.records()
        bad = spoil(copy.deepcopy(next(r for r in rest if r["entities"])))
        # A good new record before the bad one, and a changed old one: neither may stay.
        changed = copy.deepcopy(first[0])
        changed["title"] = "changed in the failed batch"
        with pytest.raises(StoreError) as info:
            store.write([rest[0], changed, bad, *rest[1:]])
        assert str(db) in str(info.value) and "rolled back" in str(info.value)
        assert counts(store) == before
        assert store.records() == stored
        # The connection is still usable after the rollback.
        assert store.write(rest) == WriteResult(written=len(rest))
        assert counts(store) == expected_counts(records)


def test_failed_batch_message_names_the_record(db, records):
    bad = _entity_without_start(copy.deepcopy(next(r for r in records if r["entities"])))
    with Store(db) as store, pytest.raises(StoreError) as info:
        store.write([bad])
    assert bad["id"] in str(info.value) and "start" in str(info.value)


def test_failed_batch_leaves_the_file_as_it_was(db, records):
    with Store(db) as store:
        store.write(records[:3])
        with pytest.raises(StoreError):
            store.write([records[3], _no_id(copy.deepcopy(records[4]))])
    with Store(db, read_only=True) as store:
        assert [r["id"] for r in store.records()] == sorted(r["id"] for r in records[:3])


# --------------------------------------------------------------------------- opening


def test_read_only_missing_file(tmp_path):
    missing = tmp_path / "nowhere.duckdb"
    with pytest.raises(StoreError) as info:
        Store(missing, read_only=True)
    assert str(missing) in str(info.value)
    assert not missing.exists()


def test_not_a_database(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("this is not a database")
    for read_only in (True, False):
        with pytest.raises(StoreError) as info:
            Store(junk, read_only=read_only)
        assert str(junk) in str(info.value)


def test_unwritable_location(tmp_path):
    path = tmp_path / "no" / "such" / "folder" / "x.duckdb"
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)


def test_read_only_store_refuses_writes(db, records):
    Store(db).close()
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError):
            store.write(records[:1])
        with pytest.raises(QueryError):
            store.query("DELETE FROM articles")
        assert store.count() == 0


def test_in_memory_store(records):
    with Store(":memory:") as store:
        assert store.write(records) == WriteResult(written=len(records))
        assert store.count() == len(records)


# --------------------------------------------------------------------------- id clashes


def other_article(record, under):
    """Another example's record, given the id ``under``: a different article with a taken id."""
    return {**copy.deepcopy(record), "id": under}


def test_different_article_under_a_stored_id_is_kept_under_a_new_id(db, records):
    original, newcomer = records[0], other_article(records[1], records[0]["id"])
    new_id = f"{original['id']}~{record_content_hash(newcomer)[:8]}"
    with Store(db) as store:
        store.write([original])
        assert store.write([newcomer]) == WriteResult(
            written=1, clashes=[IdClash(original["id"], new_id, original["input"])])
        assert store.records([original["id"]]) == [original]  # the original is untouched
        [kept] = store.records([new_id])
        assert {**kept, "id": newcomer["id"], "warnings": newcomer["warnings"]} == newcomer
        [warning] = [w for w in kept["warnings"] if w not in newcomer["warnings"]]
        assert repr(original["id"]) in warning and original["input"] in warning and repr(new_id) in warning
        assert store.count() == 2
        assert store.count("entities") == len(original["entities"]) + len(newcomer["entities"])
        # Writing both again changes nothing, in either order.
        before = store.query("SELECT id, record_hash, ingested_at FROM articles ORDER BY id")[1]
        assert store.write([newcomer, original]) == WriteResult(unchanged=2)
        assert store.query("SELECT id, record_hash, ingested_at FROM articles ORDER BY id")[1] == before


def test_clash_inside_one_batch(db, records):
    first, second = records[0], other_article(records[1], records[0]["id"])
    with Store(db) as store:
        done = store.write([first, second])
        assert (done.written, done.unchanged, len(done.clashes)) == (2, 0, 1)
        assert done.clashes[0].stored_as == clash_ids(first["id"], record_content_hash(second))[0]
        assert store.count() == 2
        assert store.write([first, second]) == WriteResult(unchanged=2)


def test_clash_id_taken_by_yet_another_article(db, records):
    """The 8-digit id is taken (here on purpose) by a third article: 16 digits are used."""
    first, second = records[0], other_article(records[1], records[0]["id"])
    short, longer = clash_ids(first["id"], record_content_hash(second))[:2]
    with Store(db) as store:
        store.write([first, other_article(records[2], short)])
        done = store.write([second])
        assert [c.stored_as for c in done.clashes] == [longer]
        assert store.count() == 3
        assert store.write([second]) == WriteResult(unchanged=1)


def test_replace_overwrites_on_purpose(db, records):
    original, newcomer = records[0], other_article(records[1], records[0]["id"])
    with Store(db) as store:
        store.write([original])
        assert store.write([newcomer], replace=True) == WriteResult(written=1, replaced=1)
        assert store.records() == [newcomer]
        assert counts(store) == expected_counts([newcomer])
        assert store.write([newcomer], replace=True) == WriteResult(unchanged=1)


def test_same_article_cleaned_differently_is_updated_in_place(db, records):
    """An older accord kept a credit line in the body; the article is the same one."""
    article = next(r for r in records if len(r["text"]) > 400)
    older = copy.deepcopy(article)
    older["text"] += " (Reporting by Ana Ruiz; editing by Tom Berg)"
    older["paragraphs"][-1][1] = len(older["text"])
    older["events"] = []
    with Store(db) as store:
        store.write([older])
        assert store.write([article]) == WriteResult(written=1, updated=1)
        assert store.records() == [article]
        assert store.query("SELECT content_hash FROM articles")[1] == [(record_content_hash(article),)]


# --------------------------------------------------------------------------- schema upgrade


def make_schema_1(db, records):
    """A database as accord wrote it at schema 1: no articles.content_hash."""
    with Store(db) as store:
        store.write(records)
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE articles DROP COLUMN content_hash")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


def as_older_schema(db, records, version: int, *undo: str) -> None:
    """Write ``records``, then take the store back to schema ``version`` with ``undo``."""
    with Store(db) as store:
        store.write(records)
    con = duckdb.connect(str(db))
    for statement in undo:
        con.execute(statement)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.close()


def test_schema_1_database_is_upgraded(db, records):
    make_schema_1(db, records)
    with Store(db, read_only=True) as store:  # readable as it is
        assert store.count() == len(records)
    with Store(db) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        hashes = dict(store.query("SELECT id, content_hash FROM articles")[1])
        assert hashes == {r["id"]: content_hash(r["title"], r["text"]) for r in records}
        assert store.write(records) == WriteResult(unchanged=len(records))
        newcomer = other_article(records[1], records[0]["id"])
        assert len(store.write([newcomer]).clashes) == 1
        assert store.records([records[0]["id"]]) == [records[0]]


def test_schema_2_database_is_upgraded(db, records):
    """A schema 2 store (no published_from, no events.auxiliary or events.mentions) takes
    the new columns, last, and records written after the upgrade keep them."""
    as_older_schema(db, records[:1], 2, "ALTER TABLE articles DROP COLUMN published_from",
                    "ALTER TABLE events DROP COLUMN mentions", "ALTER TABLE events DROP COLUMN auxiliary")
    with Store(db) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        store.write(records, replace=True)
        assert store.records([r["id"] for r in records]) == records
        columns = [c for (c,) in store.query("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = 'events' ORDER BY ordinal_position")[1]]
        assert columns[-2:] == ["auxiliary", "mentions"]


def test_schema_3_database_is_upgraded(db, records):
    """A schema 3 store has no quotes.kind: its quotes take the kind their flag says, and
    records written after the upgrade keep theirs."""
    assert any(r["quotes"] for r in records)
    as_older_schema(db, records, 3, "ALTER TABLE quotes DROP COLUMN kind")
    with Store(db) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        kinds = store.query("SELECT DISTINCT direct, kind FROM quotes")[1]
        assert kinds and all(kind == ("direct" if direct else "indirect") for direct, kind in kinds)
        for r in records:  # analysed again: the records change, and are written anew
            r["warnings"] = [*r["warnings"], "analysed again"]
        assert store.write(records).updated == len(records)
        stored = store.query("SELECT kind FROM quotes ORDER BY article_id, idx")[1]
        assert [k for (k,) in stored] == [q["kind"] for r in sorted(records, key=lambda r: r["id"])
                                          for q in r["quotes"]]


def test_quotes_filtered_by_kind(db, records):
    with Store(db) as store:
        store.write(records)
        for kind in ("direct", "mixed", "indirect"):
            columns, rows = store.quotes(1000, kind=kind)
            expected = sum(q["kind"] == kind for r in records for q in r["quotes"])
            assert len(rows) == expected
            assert all(row[columns.index("kind")] == kind for row in rows)


# --------------------------------------------------------------------------- creation


def tables_in(path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    finally:
        con.close()


def test_a_new_store_has_every_table(db):
    Store(db).close()
    assert tables_in(db) == {"meta", *TABLES}


def test_creation_interrupted_before_commit_leaves_no_tables(db):
    con = duckdb.connect(str(db))
    con.execute("BEGIN TRANSACTION")
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY)")
    con.close()  # no COMMIT
    assert db.exists() and tables_in(db) == set()
    with pytest.raises(StoreError, match="holds no accord tables; create it with 'accord ingest'"):
        Store(db, read_only=True)
    # Opened for writing, it becomes a whole store.
    Store(db).close()
    assert tables_in(db) == {"meta", *TABLES}


def test_creation_killed_before_commit_leaves_no_tables(db):
    """A process killed in the middle of accord's own creation statements."""
    script = (
        "import os, signal, sys, duckdb\n"
        "from accord.store import _SCHEMA, _UPGRADE\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('BEGIN TRANSACTION')\n"
        "con.execute(_SCHEMA + _UPGRADE)\n"
        "con.execute(\"INSERT INTO meta VALUES ('schema_version', '2')\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    assert db.exists() and tables_in(db) == set()
    with pytest.raises(StoreError, match="holds no accord tables"):
        Store(db, read_only=True)


def test_failed_creation_creates_nothing(db):
    """A file whose ``meta`` table is not accord's: setting up fails, and rolls back whole."""
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY)")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(db)
    assert str(db) in str(info.value)
    assert tables_in(db) == {"meta"}


def test_read_only_empty_duckdb_file(db):
    duckdb.connect(str(db)).close()
    with pytest.raises(StoreError) as info:
        Store(db, read_only=True)
    assert str(info.value) == f"{db}: holds no accord tables; create it with 'accord ingest'"


def test_read_only_other_database(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE events (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an accord database: it lacks the tables meta, articles"):
        Store(db, read_only=True)


# --------------------------------------------------------------------------- read-only isolation


def test_read_only_connection_settings(db):
    Store(db).close()
    with Store(db, read_only=True) as store:
        for name, value in READ_ONLY_CONFIG.items():
            assert store.query("SELECT current_setting(?)", [name])[1] == [(value,)], name


@pytest.mark.parametrize("sql", ["COPY articles TO '{tmp}/out.csv'", "EXPORT DATABASE '{tmp}/out'",
                                 "SELECT * FROM read_text('{tmp}/secret.txt')", "SET threads = 1",
                                 "INSTALL httpfs", "ATTACH '{tmp}/other.duckdb' AS other"])
def test_read_only_store_reaches_nothing_else(db, tmp_path, sql):
    Store(db).close()
    Store(tmp_path / "other.duckdb").close()
    (tmp_path / "secret.txt").write_text("secret")
    before = set(os.listdir(tmp_path))
    with Store(db, read_only=True) as store, pytest.raises(QueryError):
        store.query(sql.format(tmp=tmp_path))
    assert set(os.listdir(tmp_path)) == before
