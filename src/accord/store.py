"""The store: document records in an embedded DuckDB database.

One table for articles and one for each kind of thing found in them (entities, times,
quotes, events), keyed by the article id and the item's position. Writes are
idempotent: an article whose record has not changed is left alone, a changed one is
replaced whole, and every batch is one transaction, so a failure leaves the database as
it was before the batch.

The full record is kept as JSON beside the flattened columns, so that exports and
later analyses can read everything the pipeline produced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from accord.errors import QueryError, StoreError

log = logging.getLogger(__name__)

DEFAULT_DB = "accord.duckdb"

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    input VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published DATE,
    source VARCHAR,
    authors VARCHAR[],
    editors VARCHAR[],
    dateline_place VARCHAR,
    dateline_date DATE,
    dateline_agency VARCHAR,
    language VARCHAR,
    text VARCHAR,
    n_entities INTEGER,
    n_times INTEGER,
    n_quotes INTEGER,
    n_events INTEGER,
    warnings VARCHAR[],
    record_hash VARCHAR,
    record JSON,
    ingested_at TIMESTAMP,
    countries VARCHAR[]
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    kind VARCHAR, actor_id VARCHAR, actor_name VARCHAR, country VARCHAR, sector VARCHAR,
    role VARCHAR, actor_kind VARCHAR, rule VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    value VARCHAR, precision VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
    direct BOOLEAN, speaker_text VARCHAR, speaker_actor_id VARCHAR, speaker_name VARCHAR,
    speaker_country VARCHAR, cue VARCHAR, event_idx INTEGER, addressee_text VARCHAR, addressee_actor_id VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, type VARCHAR, mode VARCHAR,
    source_text VARCHAR, source_actor_ids VARCHAR[], source_countries VARCHAR[],
    target_text VARCHAR, target_actor_ids VARCHAR[], target_countries VARCHAR[],
    date VARCHAR, date_precision VARCHAR, event_date DATE,
    sentence VARCHAR, start_char INTEGER, end_char INTEGER,
    negated BOOLEAN, hypothetical BOOLEAN, historical BOOLEAN,
    cameo VARCHAR, intensity DOUBLE, confidence DOUBLE, rule VARCHAR, trigger VARCHAR,
    location VARCHAR, location_country VARCHAR,
    PRIMARY KEY (article_id, idx)
);
"""

_CHILD_TABLES = ("entities", "times", "quotes", "events")


def record_hash(record: dict[str, Any]) -> str:
    """A digest of a record's content, to tell an unchanged article from a changed one."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class Store:
    """An accord database: open it, write records, read them back.

    >>> with Store("accord.duckdb") as store:          # doctest: +SKIP
    ...     store.write([doc.to_record()])
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with 'accord ingest'")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        if not read_only:
            try:
                self._migrate()
            except BaseException:
                self.con.close()
                raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        self.con.execute(_SCHEMA)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer accord (schema {row[0]}); upgrade accord")

    # --- writing ------------------------------------------------------------------------

    def write(self, records: Sequence[dict[str, Any]]) -> tuple[int, int]:
        """Store a batch of records in one transaction; returns ``(written, unchanged)``.

        If anything fails, the transaction is rolled back and nothing of the batch is
        stored; what was stored before stays as it was.
        """
        written = unchanged = 0
        self.con.execute("BEGIN TRANSACTION")
        position = 0
        try:
            for position, record in enumerate(records, start=1):
                if not isinstance(record.get("id"), str) or not record["id"]:
                    raise ValueError("it has no id")
                digest = record_hash(record)
                row = self.con.execute("SELECT record_hash FROM articles WHERE id = ?",
                                       [record["id"]]).fetchone()
                if row is not None and row[0] == digest:
                    unchanged += 1
                    continue
                if row is not None:
                    self._delete(record["id"])
                self._insert(record, digest)
                written += 1
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            if isinstance(exc, StoreError):
                raise
            reason = f"a field is missing: {exc}" if isinstance(exc, KeyError) else str(exc)
            record_id = _record_id(records, position)
            raise StoreError(f"{self.path}: the batch could not be stored and was rolled back: "
                             f"record {position}{record_id} of {len(records)}: {reason}") from exc
        return written, unchanged

    def _delete(self, article_id: str) -> None:
        for table in _CHILD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _insert(self, r: dict[str, Any], digest: str) -> None:
        dateline = r.get("dateline") or {}
        self.con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [r["id"], r.get("input"), r.get("url"), r.get("title"), _date(r.get("published")),
             r.get("source"), r.get("authors") or [], r.get("editors") or [],
             dateline.get("place"), _date(dateline.get("date")), dateline.get("agency"),
             r.get("language"), r.get("text"), len(r.get("entities") or []), len(r.get("times") or []),
             len(r.get("quotes") or []), len(r.get("events") or []), r.get("warnings") or [],
             digest, json.dumps(r, ensure_ascii=False), dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
             r.get("countries") or []],
        )
        aid = r["id"]
        self._insert_rows("entities", [
            [aid, i, e["text"], e["start"], e["end"], e.get("kind"), *_actor_cols(e.get("actor")), e.get("rule")]
            for i, e in enumerate(r.get("entities") or [])])
        self._insert_rows("times", [
            [aid, i, t["text"], t["start"], t["end"], t["value"], t.get("precision")]
            for i, t in enumerate(r.get("times") or [])])
        self._insert_rows("quotes", [
            [aid, i, q["text"], q["start"], q["end"], q.get("direct"), *_speaker_cols(q.get("speaker")), q.get("cue"),
             q.get("event"), (q.get("addressee") or {}).get("text"),
             ((q.get("addressee") or {}).get("actor") or {}).get("id")]
            for i, q in enumerate(r.get("quotes") or [])])
        self._insert_rows("events", [
            [aid, i, e["type"], e.get("mode"), *_side_cols(e.get("source")), *_side_cols(e.get("target")),
             e.get("date"), e.get("date_precision"), _date(e.get("date")), e.get("sentence"), e.get("start"),
             e.get("end"), bool(e.get("negated")), bool(e.get("hypothetical")), bool(e.get("historical")),
             e.get("cameo"), e.get("intensity"), e.get("confidence"), e.get("rule"), e.get("trigger"),
             e.get("location"), e.get("location_country")]
            for i, e in enumerate(r.get("events") or [])])

    def _insert_rows(self, table: str, rows: list[list[Any]]) -> None:
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # --- reading ------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run SQL; returns column names and rows. Errors become :class:`QueryError`."""
        import duckdb

        if not sql.strip():
            raise QueryError("the query is empty")
        try:
            cursor = self.con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise QueryError(f"the query failed: {exc}") from exc
        if cursor is None or cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()

    def articles(self, limit: int = 50) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The stored articles, newest first."""
        return self.query(
            "SELECT id, published, source, title, n_entities AS entities, n_quotes AS quotes, "
            "n_events AS events FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ?", [limit])

    def events(self, limit: int = 100, *, country: str | None = None,
               type: str | None = None, include_negated: bool = False) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Stored events, newest first, optionally for one country or one type."""
        where, params = ["1=1"], []
        if not include_negated:
            where.append("NOT e.negated AND NOT e.hypothetical")
        if country:
            where.append("(list_contains(e.source_countries, ?) OR list_contains(e.target_countries, ?))")
            params += [country.upper(), country.upper()]
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        params.append(limit)
        return self.query(
            "SELECT e.date, e.type, e.mode, e.source_text AS source, array_to_string(e.source_countries, ',') AS src, "
            "e.target_text AS target, array_to_string(e.target_countries, ',') AS tgt, e.cameo, e.negated, "
            "e.hypothetical, e.article_id, e.sentence "
            f"FROM events e WHERE {' AND '.join(where)} ORDER BY e.date DESC NULLS LAST, e.article_id, e.idx LIMIT ?",
            params)

    def quotes(self, limit: int = 100, *, speaker: str | None = None,
               actor: str | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Stored quotations, newest article first; by speaker name or actor/country code."""
        where, params = ["1=1"], []
        if speaker:
            where.append("(q.speaker_text ILIKE ? OR q.speaker_name ILIKE ?)")
            params += [f"%{speaker}%", f"%{speaker}%"]
        if actor:
            where.append("(q.speaker_actor_id = ? OR q.speaker_country = ?)")
            params += [actor, actor.upper()]
        params.append(limit)
        return self.query(
            "SELECT a.published, coalesce(q.speaker_name, q.speaker_text) AS speaker, q.speaker_country AS country, "
            "q.cue, q.direct, q.text, q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE {' AND '.join(where)} ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT ?",
            params)

    def records(self, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Full document records, as the pipeline wrote them."""
        if isinstance(ids, str):  # one id, not an iterable of its characters
            ids = [ids]
        if ids is None:
            rows = self.con.execute("SELECT record FROM articles ORDER BY id").fetchall()
        else:
            rows = [r for i in ids for r in self.con.execute(
                "SELECT record FROM articles WHERE id = ?", [i]).fetchall()]
        return [json.loads(r[0]) for r in rows]

    def count(self, table: str = "articles") -> int:
        if table not in ("articles", *_CHILD_TABLES):
            raise QueryError(f"no table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _record_id(records: Sequence[dict[str, Any]], position: int) -> str:
    """`` (id 'x')`` for the record at 1-based ``position``, if it has a readable id."""
    try:
        value = records[position - 1].get("id")
    except (IndexError, AttributeError):
        return ""
    return f" (id {value!r})" if value else ""


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    text = str(value)
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _actor_cols(actor: dict[str, Any] | None) -> list[Any]:
    a = actor or {}
    return [a.get("id"), a.get("name"), a.get("country"), a.get("sector"), a.get("role"), a.get("kind")]


def _speaker_cols(speaker: dict[str, Any] | None) -> list[Any]:
    s = speaker or {}
    a = s.get("actor") or {}
    return [s.get("text"), a.get("id"), a.get("name"), a.get("country")]


def _side_cols(side: Any) -> list[Any]:
    members = side if isinstance(side, list) else [side] if side else []
    actors = [m.get("actor") or {} for m in members]
    return ["; ".join(m.get("text", "") for m in members) or None,
            [a["id"] for a in actors if a.get("id")],
            sorted({a["country"] for a in actors if a.get("country")})]
