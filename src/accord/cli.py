"""The ``accord`` command: a thin shell over the library.

Every command calls functions a notebook can call too (``accord.readers``,
``accord.pipeline``, ``accord.store``); only this module prints or sets exit codes.

Every line it prints passes :func:`accord.controls.strip_controls` (JSON Lines:
:func:`~accord.controls.escape_json_controls`), because titles, quotes, ids and file
names come from inputs, and an escape sequence in one of them would otherwise reach the
reader's terminal as a command.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

import click

from accord import __version__
from accord.controls import escape_json_controls, strip_controls
from accord.errors import AccordError
from accord.record import QUOTE_KINDS
from accord.exports import FORMATS, GDELT_COLUMNS, gdelt_rows, plover_events
from accord.pipeline import Failure, Pipeline
from accord.readers import DEFAULT_MAX_BYTES, read_paths
from accord.record import Document, RawArticle, side_members
from accord.store import DEFAULT_DB, Store, WriteResult

_INGEST_BATCH = 200


class _Error(click.ClickException):
    """A failure that ends the command, printed like every other error: ``accord: error: ...``."""

    def show(self, file: Any = None) -> None:
        click.echo(f"accord: error: {_one_line(self.format_message())}", file=file, err=file is None)


def _report(failure: Failure) -> None:
    click.echo(f"accord: error: {_one_line(failure.error)}", err=True)


def _one_line(message: str) -> str:
    """An error message as one line, without controls.

    DuckDB's messages run over several lines (the query again, a caret under the fault);
    an error is one ``accord: error:`` line, so its lines are joined and the caret dropped.
    """
    lines = (line.strip() for line in strip_controls(message).splitlines())
    return " ".join(line for line in lines if line.strip("^ "))


def _json_line(value: Any) -> str:
    """One JSON Lines line; no raw control character in it, C1 included."""
    return escape_json_controls(json.dumps(value, default=_json_default, ensure_ascii=False))


class _PlainFormatter(logging.Formatter):
    """Log lines quote inputs too; they reach the terminal without controls."""

    def format(self, record: logging.LogRecord) -> str:
        return strip_controls(super().format(record))


@contextlib.contextmanager
def _plain_click_errors() -> Iterator[None]:
    # click's own errors quote what was typed or globbed: a file name can hold ESC too.
    try:
        yield
    except click.ClickException as exc:
        exc.message = strip_controls(exc.message)
        raise


class _Group(click.Group):
    """accord's command group: click's usage errors reach the terminal without controls."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _plain_click_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _plain_click_errors():
            return super().invoke(ctx)


def _documents(paths: Sequence[str], max_bytes: int, batch_size: int,
               failures: list[Failure], dictionaries: Sequence[str] = (),
               given: ArticleOptions | None = None, explain: bool = False) -> Iterator[Document]:
    pipeline = Pipeline(batch_size=batch_size, dictionaries=list(dictionaries) or None, explain=explain)
    items = read_paths(paths, max_bytes=max_bytes)
    if given is not None and (given.published or given.source):
        items = (given.apply(item) if isinstance(item, RawArticle) else item for item in items)
    for result in pipeline.run(items):
        if isinstance(result, Failure):
            failures.append(result)
            _report(result)
        else:
            yield result


@dataclass(frozen=True)
class ArticleOptions:
    """What the command line says of every article read (``--published``, ``--source``)."""

    published: str | None = None
    source: str | None = None

    def apply(self, raw: RawArticle) -> RawArticle:
        """The article with these fields; they win over what the article says itself."""
        changes: dict[str, Any] = {}
        if self.published:
            changes.update(published=self.published, published_from="option")
        if self.source:
            changes["source"] = self.source
        return dataclasses.replace(raw, **changes)


def _iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


_paths = click.argument("paths", nargs=-1, required=True, type=str)
_published = click.option("--published", callback=_iso_day, metavar="YYYY-MM-DD",
                          help="The publication date of every article read, for corpora that keep it "
                               "elsewhere; it wins over the dates the articles give.")
_source = click.option("--source", metavar="NAME", help="The outlet of every article read.")
_max_bytes = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                          help="Refuse input files larger than this many bytes.")
_batch = click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
                      help="Articles parsed together by spaCy.")
_dictionary = click.option("-d", "--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False),
                           help="A dictionary of your own actors (accord TSV/JSONL or PETRARCH actors/agents); "
                                "repeat for several, later ones win.")
_db = click.option("--db", default=DEFAULT_DB, show_default=True, help="The DuckDB database file.")
_json = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of a table.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="accord")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to standard error.")
def main(verbose: int) -> None:
    """accord: evidence-linked political event data from news articles.

    Read articles (text, HTML, JSON Lines, WARC, folders, '-' for standard input),
    find who did what to whom, when, and who said what, and store it in DuckDB.
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler()
    handler.setFormatter(_PlainFormatter("accord: %(levelname)s: %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


@main.command()
@_paths
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the records here instead of standard output.")
@_max_bytes
@_batch
@_dictionary
@_published
@_source
@click.option("--explain", is_flag=True,
              help="Each record carries a trace: for every candidate event, the pattern and rules that "
                   "coded it, or the veto or rule that dropped it.")
def analyze(paths: tuple[str, ...], output: TextIO, max_bytes: int, batch_size: int,
            dictionaries: tuple[str, ...], published: str | None, source: str | None, explain: bool) -> None:
    """Analyse articles and write one JSON document record a line.

    PATHS are files or folders; '-' reads standard input. Errors go to standard error,
    one line each naming the file; the exit status is 1 if any input failed.
    """
    failures: list[Failure] = []
    count = 0
    try:
        for doc in _documents(paths, max_bytes, batch_size, failures, dictionaries,
                              ArticleOptions(published, source), explain=explain):
            output.write(_json_line(doc.to_record()) + "\n")
            count += 1
    except AccordError as exc:
        raise _Error(str(exc)) from exc
    output.flush()
    if failures:
        click.echo(f"accord: {count} analysed, {len(failures)} failed", err=True)
        sys.exit(1)


@main.command()
@_paths
@_db
@_max_bytes
@_batch
@_dictionary
@click.option("-q", "--quiet", is_flag=True, help="Print only the totals.")
@click.option("--replace", is_flag=True,
              help="Let an article overwrite a different one stored under the same id "
                   "(by default the newcomer is kept under a new id, ID~ and 8 hex digits).")
@_published
@_source
def ingest(paths: tuple[str, ...], db: str, max_bytes: int, batch_size: int, quiet: bool,
           dictionaries: tuple[str, ...], replace: bool, published: str | None, source: str | None) -> None:
    """Analyse articles and store them in the database.

    Each batch is one transaction; ingesting the same article twice changes nothing, and
    an article analysed again is updated in place. A different article whose id is stored
    already is kept beside it under a new id, ID~ and 8 hex digits of its content's hash
    (the summary names each such clash), unless --replace.
    """
    failures: list[Failure] = []
    done = WriteResult()
    try:
        with Store(db) as store:
            batch: list[Document] = []
            for doc in _documents(paths, max_bytes, batch_size, failures, dictionaries,
                                  ArticleOptions(published, source)):
                batch.append(doc)
                if len(batch) >= _INGEST_BATCH:
                    done += store.write([d.to_record() for d in batch], replace=replace)
                    _summaries(batch, quiet)
                    batch = []
            if batch:
                done += store.write([d.to_record() for d in batch], replace=replace)
                _summaries(batch, quiet)
            total = store.count()
    except AccordError as exc:
        raise _Error(str(exc)) from exc
    click.echo(strip_controls(ingest_summary(done, len(failures), total, db)))
    if failures:
        sys.exit(1)


def ingest_summary(done: WriteResult, failed: int, total: int, db: str, shown: int = 3) -> str:
    """The line ``accord ingest`` ends with: what happened to each article it read.

    Overwrites (--replace) and id clashes are named only when there are some, so the
    everyday line stays short; the first ``shown`` clashes are spelt out.
    """
    parts = [f"{done.written} stored", f"{done.unchanged} unchanged"]
    if done.replaced:
        parts.append(f"{done.replaced} replaced (--replace)")
    if done.clashes:
        n = len(done.clashes)
        pairs = ", ".join(f"{c.id} -> {c.stored_as}" for c in done.clashes[:shown])
        more = f", and {n - shown} more" if n > shown else ""
        parts.append(f"{n} id clash{'es' if n != 1 else ''} kept as new id{'s' if n != 1 else ''} ({pairs}{more})")
    parts.append(f"{failed} failed")
    return ", ".join(parts) + f"; {total} article{'s' if total != 1 else ''} in {db}"


def _summaries(docs: list[Document], quiet: bool) -> None:
    if quiet:
        return
    for doc in docs:
        click.echo(summarise(doc))


def summarise(doc: Document) -> str:
    """A few readable lines about one analysed article."""
    lines = [doc.title or doc.input]
    meta = [x for x in (doc.published, doc.source, doc.dateline.text if doc.dateline else None) if x]
    if doc.editors:
        meta.append("editor " + ", ".join(doc.editors))
    if meta:
        lines.append("  " + " | ".join(meta))
    countries: dict[str, int] = {}
    for e in doc.entities:
        if e.actor and e.actor.country:
            countries[e.actor.country] = countries.get(e.actor.country, 0) + 1
    top = ", ".join(f"{c} {n}" for c, n in sorted(countries.items(), key=lambda kv: -kv[1])[:5])
    lines.append(f"  {len(doc.entities)} entities ({top or 'no countries'}), {len(doc.times)} times, "
                 f"{len(doc.quotes)} quotes, {len(doc.events)} events")
    for e in doc.events[:8]:
        flags = [f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical),
                                 ("historical", e.historical)) if on]
        lines.append(f"    {e.date or '?':10} {e.type:9} {_side(e.source)} -> {_side(e.target)}"
                     + (f"  [{', '.join(flags)}]" if flags else ""))
    if len(doc.events) > 8:
        lines.append(f"    ... {len(doc.events) - 8} more (accord events)")
    for q in doc.quotes[:3]:
        who = q.speaker.text if q.speaker else "?"
        text = q.text if len(q.text) < 70 else q.text[:67] + "..."
        lines.append(f"    {who}: \u201c{text}\u201d")
    # Controls go before the styling, which is accord's own escape sequence (and which
    # click leaves out when the output is not a terminal).
    lines = [strip_controls(line, breaks=" ") for line in lines]
    return "\n".join([click.style(lines[0], bold=True), *lines[1:]])


def _side(side: Any) -> str:
    members = side_members(side)
    return "+".join((m.actor.country or m.actor.name) if m.actor else m.text for m in members) or "-"


@main.command()
@_db
@_json
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True)
def articles(db: str, as_json: bool, limit: int) -> None:
    """List stored articles."""
    _print_query(lambda s: s.articles(limit), db, as_json)


@main.command()
@_db
@_json
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True)
@click.option("--country", help="Only events with this country (ISO alpha-3) on either side.")
@click.option("--type", "event_type", help="Only events of this PLOVER type.")
@click.option("--all", "include_all", is_flag=True, help="Include negated and hypothetical events.")
def events(db: str, as_json: bool, limit: int, country: str | None, event_type: str | None,
           include_all: bool) -> None:
    """List stored events, newest first."""
    _print_query(lambda s: s.events(limit, country=country, type=event_type, include_negated=include_all),
                 db, as_json)


@main.command()
@_db
@_json
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True)
@click.option("--speaker", help="Only quotes whose speaker's name contains this.")
@click.option("--actor", help="Only quotes by this actor id or country code (e.g. RUS).")
@click.option("--kind", type=click.Choice(QUOTE_KINDS, case_sensitive=False),
              help="Only direct quotes (all in quotation marks), mixed ones (a paraphrase with quoted "
                   "words) or indirect ones (reported).")
def quotes(db: str, as_json: bool, limit: int, speaker: str | None, actor: str | None, kind: str | None) -> None:
    """List stored quotations and other attributions: who said, believed or planned what."""
    _print_query(lambda s: s.quotes(limit, speaker=speaker, actor=actor, kind=kind), db, as_json)


@main.command()
@_db
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="plover: PLOVER JSON Lines; gdelt: the GDELT 2.0 event table (TSV).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
@click.option("--all", "include_all", is_flag=True, help="Include negated and hypothetical events.")
@click.option("--header/--no-header", default=True, show_default=True, help="A header row (gdelt only).")
def export(db: str, fmt: str, output: TextIO, include_all: bool, header: bool) -> None:
    """Export stored events as PLOVER JSON Lines or GDELT event rows."""
    try:
        with Store(db, read_only=True) as store:
            records = store.records()
    except AccordError as exc:
        raise _Error(str(exc)) from exc
    count = 0
    if fmt == "plover":
        for event in plover_events(records, include_all=include_all):
            output.write(_json_line(event) + "\n")
            count += 1
    else:
        if header:
            output.write("\t".join(GDELT_COLUMNS) + "\n")
        for row in gdelt_rows(records, include_all=include_all):
            output.write("\t".join(strip_controls(v, breaks=" ").replace("\t", " ").replace("\n", " ")
                                    for v in row) + "\n")
            count += 1
    output.flush()
    click.echo(strip_controls(f"accord: {count} events exported from {db}"), err=True)


@main.command()
@click.argument("sql")
@_db
@_json
def query(sql: str, db: str, as_json: bool) -> None:
    """Run an SQL query against the database (read-only).

    The query sees the database and nothing else: it cannot change the database, read or
    write other files (COPY, EXPORT DATABASE, read_csv, glob), attach another database,
    install or load extensions, or change settings. 'accord export' is how data leaves.
    """
    _print_query(lambda s: s.query(sql), db, as_json)


def _print_query(run: Any, db: str, as_json: bool) -> None:
    try:
        with Store(db, read_only=True) as store:
            columns, rows = run(store)
    except AccordError as exc:
        raise _Error(str(exc)) from exc
    if as_json:
        for row in rows:
            click.echo(_json_line(dict(zip(columns, row))))
    else:
        click.echo(format_table(columns, rows))


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 48) -> str:
    """A plain-text table a person can read in a terminal."""
    if not columns:
        return "(no result)"

    def cell(v: Any) -> str:
        text = "" if v is None else ", ".join(map(str, v)) if isinstance(v, list) else str(v)
        text = " ".join(strip_controls(text, breaks=" ").split())
        return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"

    columns = [" ".join(strip_controls(c, breaks=" ").split()) for c in columns]
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    main()
