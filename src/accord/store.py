"""The store: document records in an embedded DuckDB database.

One table for articles and one for each kind of thing found in them (entities, times,
quotes, events), keyed by the article id and the item's position. Writes are
idempotent: an article whose record has not changed is left alone, a changed one is
replaced whole, and every batch is one transaction, so a failure leaves the database as
it was before the batch. Creating (or upgrading) a database is one transaction too: a
store has all its tables or none.

An id names one article. A record whose id is stored for a *different* article (told
apart by a fingerprint of title and body, :mod:`accord.fingerprint`) is kept beside it
under a new id, ``ID~`` and 8 hex digits of its content's hash, with a warning in its
record; ``replace=True`` overwrites instead. The same article analysed again (accord
changed, the article did not) is updated in place.

Read-only opens, which serve ``accord query`` and every read command, cannot reach
anything outside the database file: no file read or written, no database attached, no
extension installed or loaded from disk (those built into DuckDB still load), no setting
changed.

The full record is kept as JSON beside the flattened columns, so that exports and
later analyses can read everything the pipeline produced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.errors import QueryError, StoreError
from accord.fingerprint import content_hash, same_content
from accord.record import side_members

log = logging.getLogger(__name__)

DEFAULT_DB = "accord.duckdb"

# 2: articles.content_hash, the fingerprint that tells an article from another under its id.
# 3: articles.published_from; events.auxiliary (PLOVER's auxiliary modes) and events.mentions.
SCHEMA_VERSION = 4

READ_ONLY_CONFIG: dict[str, Any] = {
    # accord's read commands need nothing outside the database file, and the SQL a user
    # gives ``accord query`` must not reach further: no COPY ... TO or EXPORT DATABASE, no
    # read_csv/read_text/glob of local files, no ATTACH (of another database, for writing).
    "enable_external_access": False,
    # No extension fetched or loaded behind the user's back (INSTALL/LOAD are refused by
    # the setting above; these stop a query from pulling one in implicitly).
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    # Nor a Python object: a table name the database lacks is not looked up among the
    # variables of the Python code running the query (DuckDB's replacement scans).
    "python_enable_replacements": False,
    # Last, and given at connect time: no SET or PRAGMA can undo the settings above.
    "lock_configuration": True,
}
"""The DuckDB settings of every read-only connection."""

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
    countries VARCHAR[],
    content_hash VARCHAR,
    published_from VARCHAR
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
    kind VARCHAR,
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
    location VARCHAR, location_country VARCHAR, auxiliary VARCHAR[], mentions JSON,
    PRIMARY KEY (article_id, idx)
);
"""

# Databases made before schema 2 lack the fingerprint (filled in from their text), before
# schema 3 the publication date's origin and the events' auxiliary modes and mentions (left
# empty: a stored record is not analysed again), before schema 4 the quotes' kind (direct or
# indirect, as their flag says: the mixed quotes among them were recorded as direct). New
# columns come last, in this order.
_UPGRADE = """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_hash VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_from VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS auxiliary VARCHAR[];
ALTER TABLE events ADD COLUMN IF NOT EXISTS mentions JSON;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS kind VARCHAR;
"""
_QUOTE_KINDS_FROM_FLAG = "UPDATE quotes SET kind = CASE WHEN direct THEN 'direct' ELSE 'indirect' END WHERE kind IS NULL"

_CHILD_TABLES = ("entities", "times", "quotes", "events")
_TABLES = ("meta", "articles", *_CHILD_TABLES)

_ARTICLE_COLUMNS = ("id", "input", "url", "title", "published", "source", "authors", "editors",
                    "dateline_place", "dateline_date", "dateline_agency", "language", "text",
                    "n_entities", "n_times", "n_quotes", "n_events", "warnings", "record_hash",
                    "record", "ingested_at", "countries", "content_hash", "published_from")


def record_hash(record: dict[str, Any]) -> str:
    """A digest of a record's content, to tell an unchanged article from a changed one."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def record_content_hash(record: dict[str, Any]) -> str:
    """The fingerprint of the article a record is about (its title and clean text)."""
    return content_hash(record.get("title"), record.get("text"))


@dataclass(frozen=True)
class IdClash:
    """A different article arrived under a stored id and was kept under a new one."""

    id: str
    """The id it arrived with, which names the article stored before."""
    stored_as: str
    """The id it is stored under: ``id~`` and hex digits of its content hash."""
    original_input: str | None
    """Where the article already holding ``id`` was read from."""


@dataclass
class WriteResult:
    """What :meth:`Store.write` did with a batch.

    ``written`` counts every record stored; ``updated``, ``replaced`` and ``clashes`` say
    how many of those took the place of a stored row, or went beside one.
    """

    written: int = 0
    """Records stored: new articles, updated ones, replacements, clashes kept as new ids."""
    unchanged: int = 0
    """Records already stored exactly as they are; left alone."""
    updated: int = 0
    """The same article analysed again with a different result, replaced in place."""
    replaced: int = 0
    """Different articles that overwrote the one stored under their id (``replace=True``)."""
    clashes: list[IdClash] = field(default_factory=list)
    """Different articles kept under a new id, because their id names a stored article."""

    def __add__(self, other: WriteResult) -> WriteResult:
        return WriteResult(self.written + other.written, self.unchanged + other.unchanged,
                           self.updated + other.updated, self.replaced + other.replaced,
                           self.clashes + other.clashes)


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
            # The config goes in at connect time so that it holds from the first statement.
            self.con = duckdb.connect(self.path, read_only=read_only,
                                      config=dict(READ_ONLY_CONFIG) if read_only else {})
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        try:
            if read_only:
                self._check_tables()
            else:
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
        """Create the tables, or bring an older database up to date, in one transaction.

        DuckDB's DDL is transactional, so a process killed half-way leaves a file with
        all of accord's tables or none of them, never a store that lacks some.
        """
        import duckdb

        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(_SCHEMA)
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is not None and not str(row[0]).isdigit():
                raise StoreError(f"{self.path}: is not an accord database: its schema version is {row[0]!r}")
            if row is not None and int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: written by a newer accord (schema {row[0]}); upgrade accord")
            self.con.execute(_UPGRADE)
            self._fill_content_hashes()
            if row is not None and int(row[0]) < 4:
                self.con.execute(_QUOTE_KINDS_FROM_FLAG)
            if row is None:
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            elif int(row[0]) < SCHEMA_VERSION:
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
            self.con.execute("COMMIT")
        except BaseException as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the connection is gone; nothing was committed
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: cannot set up accord's tables: {exc}") from exc
            raise

    def _fill_content_hashes(self, batch: int = 1000) -> None:
        """Fingerprint the articles stored before schema 2, from their stored title and text,
        a batch at a time so that a large store is never held in memory at once."""
        self.con.execute("CREATE TEMP TABLE IF NOT EXISTS _content_hashes (id VARCHAR, hash VARCHAR)")
        while True:
            rows = self.con.execute("SELECT id, title, text FROM articles WHERE content_hash IS NULL LIMIT ?",
                                    [batch]).fetchall()
            if not rows:
                break
            self.con.executemany("INSERT INTO _content_hashes VALUES (?, ?)",
                                 [[aid, content_hash(title, text)] for aid, title, text in rows])
            self.con.execute("UPDATE articles SET content_hash = h.hash FROM _content_hashes h WHERE articles.id = h.id")
            self.con.execute("DELETE FROM _content_hashes")
        self.con.execute("DROP TABLE _content_hashes")

    def _check_tables(self) -> None:
        """Refuse a database file that is not an accord store, before any query meets it."""
        found = {name for (name,) in self.con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_catalog = current_database() AND table_schema = 'main'").fetchall()}
        missing = [t for t in _TABLES if t not in found]
        if len(missing) == len(_TABLES):
            # An empty DuckDB file, or one whose creation was interrupted before it committed.
            raise StoreError(f"{self.path}: holds no accord tables; create it with 'accord ingest'")
        if missing:
            raise StoreError(f"{self.path}: is not an accord database: it lacks the tables {', '.join(missing)}")

    # --- writing ------------------------------------------------------------------------

    def write(self, records: Sequence[dict[str, Any]], *, replace: bool = False) -> WriteResult:
        """Store a batch of records in one transaction; returns what was done with them.

        A record whose id is stored already is, by what its title and text say:

        * the same article: left alone if its record is unchanged, else updated in place;
        * a different article: kept beside the stored one under a new id (see
          :func:`clash_ids`), its record noting the clash in ``warnings``; or, with
          ``replace``, written over the stored one.

        If anything fails, the transaction is rolled back and nothing of the batch is
        stored; what was stored before stays as it was.
        """
        result = WriteResult()
        self.con.execute("BEGIN TRANSACTION")
        position = 0
        try:
            for position, record in enumerate(records, start=1):
                if not isinstance(record.get("id"), str) or not record["id"]:
                    raise ValueError("it has no id")
                self._write_one(record, replace, result)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            if isinstance(exc, StoreError):
                raise
            reason = f"a field is missing: {exc}" if isinstance(exc, KeyError) else str(exc)
            record_id = _record_id(records, position)
            raise StoreError(f"{self.path}: the batch could not be stored and was rolled back: "
                             f"record {position}{record_id} of {len(records)}: {reason}") from exc
        return result

    def _write_one(self, record: dict[str, Any], replace: bool, result: WriteResult) -> None:
        article_id = record["id"]
        content = record_content_hash(record)
        stored = self._stored(article_id)
        if stored is None:
            self._insert(record, record_hash(record), content)
            result.written += 1
            return
        same = self._same_article(stored, record, content)
        if same or replace:
            digest = record_hash(record)
            if stored[0] == digest:
                result.unchanged += 1
                return
            self._delete(article_id)
            self._insert(record, digest, content)
            result.written += 1
            if same:
                result.updated += 1
            else:
                result.replaced += 1
            return
        # A different article under a stored id: keep both. The newcomer's new id comes
        # from its content, so ingesting the same corpus again finds it there, unchanged.
        original_input = stored[2]
        for new_id in clash_ids(article_id, content):
            kept = _renamed(record, new_id, original_input)
            there = self._stored(new_id)
            if there is None:
                self._insert(kept, record_hash(kept), content)
                result.written += 1
                result.clashes.append(IdClash(article_id, new_id, original_input))
                return
            if self._same_article(there, kept, content):
                digest = record_hash(kept)
                if there[0] == digest:
                    result.unchanged += 1
                else:
                    self._delete(new_id)
                    self._insert(kept, digest, content)
                    result.written += 1
                    result.updated += 1
                return
        raise ValueError("its id and every id derived from its content name other articles; "
                         "give it an id of its own")

    def _stored(self, article_id: str) -> tuple[Any, ...] | None:
        """``(record_hash, content_hash, input, title, text)`` of the article stored under an id."""
        return self.con.execute("SELECT record_hash, content_hash, input, title, text FROM articles WHERE id = ?",
                                [article_id]).fetchone()

    @staticmethod
    def _same_article(stored: tuple[Any, ...], record: dict[str, Any], content: str) -> bool:
        return stored[1] == content or same_content((stored[3], stored[4]), (record.get("title"), record.get("text")))

    def _delete(self, article_id: str) -> None:
        for table in _CHILD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _insert(self, r: dict[str, Any], digest: str, content: str) -> None:
        dateline = r.get("dateline") or {}
        # Columns named: a database upgraded from an older schema got its newer columns last.
        self.con.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})",
            [r["id"], r.get("input"), r.get("url"), r.get("title"), _date(r.get("published")),
             r.get("source"), r.get("authors") or [], r.get("editors") or [],
             dateline.get("place"), _date(dateline.get("date")), dateline.get("agency"),
             r.get("language"), r.get("text"), len(r.get("entities") or []), len(r.get("times") or []),
             len(r.get("quotes") or []), len(r.get("events") or []), r.get("warnings") or [],
             digest, json.dumps(r, ensure_ascii=False), dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
             r.get("countries") or [], content, r.get("published_from")],
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
             ((q.get("addressee") or {}).get("actor") or {}).get("id"),
             q.get("kind") or ("direct" if q.get("direct") else "indirect")]
            for i, q in enumerate(r.get("quotes") or [])])
        self._insert_rows("events", [
            [aid, i, e["type"], e.get("mode"), *_side_cols(e.get("source")), *_side_cols(e.get("target")),
             e.get("date"), e.get("date_precision"), _date(e.get("date")), e.get("sentence"), e.get("start"),
             e.get("end"), bool(e.get("negated")), bool(e.get("hypothetical")), bool(e.get("historical")),
             e.get("cameo"), e.get("intensity"), e.get("confidence"), e.get("rule"), e.get("trigger"),
             e.get("location"), e.get("location_country"), e.get("auxiliary") or [],
             json.dumps(e.get("mentions") or [], ensure_ascii=False)]
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

    def quotes(self, limit: int = 100, *, speaker: str | None = None, actor: str | None = None,
               kind: str | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Stored quotations, newest article first; by speaker name, actor/country code or
        kind (``direct``, ``mixed``, ``indirect``)."""
        where, params = ["1=1"], []
        if kind:
            where.append("q.kind = ?")
            params.append(kind.lower())
        if speaker:
            where.append("(q.speaker_text ILIKE ? OR q.speaker_name ILIKE ?)")
            params += [f"%{speaker}%", f"%{speaker}%"]
        if actor:
            where.append("(q.speaker_actor_id = ? OR q.speaker_country = ?)")
            params += [actor, actor.upper()]
        params.append(limit)
        return self.query(
            "SELECT a.published, coalesce(q.speaker_name, q.speaker_text) AS speaker, q.speaker_country AS country, "
            "q.cue, q.kind, q.text, q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE {' AND '.join(where)} ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT ?",
            params)

    def records(self, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Full document records, as the pipeline wrote them (one kept under a new id after
        an id clash carries that id, and a warning saying so)."""
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


def clash_ids(article_id: str, content: str) -> list[str]:
    """The ids tried, in order, for an article whose id names another: ``ID~`` and 8 hex
    digits of its content hash, then 16, then all of them (each longer one only where the
    shorter is taken by yet another article)."""
    return [f"{article_id}~{content[:n]}" for n in (8, 16, len(content))]


def _renamed(record: dict[str, Any], new_id: str, original_input: str | None) -> dict[str, Any]:
    """The record of a clashing article under its new id, with a warning that says why."""
    where = f" (from {original_input})" if original_input else ""
    warning = (f"id clash: {record['id']!r} already names a different stored article{where}; "
               f"this one is stored as {new_id!r}")
    warnings = list(record.get("warnings") or [])
    if warning not in warnings:
        warnings.append(warning)
    return {**record, "id": new_id, "warnings": warnings}


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
    members = side_members(side)
    actors = [m.get("actor") or {} for m in members]
    return ["; ".join(m.get("text", "") for m in members) or None,
            [a["id"] for a in actors if a.get("id")],
            sorted({a["country"] for a in actors if a.get("country")})]
