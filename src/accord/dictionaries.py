"""User dictionaries: actors (and agent words) that add to or override the knowledge base.

A user names actors the knowledge base does not know ("Jane Doe is Ruritania's defence
minister"), or gives known names another meaning, in a dictionary of their own. accord
reads two families of dictionaries::

    d = load_dictionary("mine.tsv")                 # accord's own format
    d = load_dictionaries(["PETR.actors.txt", "PETR.agents.txt", "mine.tsv"])
    d.lookup("jane doe")                            # UserActor(name='Jane Doe', ...) or None
    d.lookup("Sam Gamgee", on=date(2010, 1, 10))    # the term valid on that day
    d.lookup("Sam Gamgee").actor()                  # accord.record.Actor
    d.agent("foreign ministers")                    # AgentWord('foreign ministers', 'GOVFRM')

accord's format
===============

A UTF-8 tab-separated table with this header row (see ``docs/dictionaries.md``)::

    name	aliases	id	country	sector	role	kind	valid_from	valid_to

``name``
    the actor's name as it should be displayed (required).
``aliases``
    other names, separated by ``|``.
``id``
    the actor id. May be empty when ``country`` is given: the id is then
    ``PERSON:<name>`` for kind ``PERSON``, ``ORG:<name>`` for kind ``ORGANISATION`` and the
    country code otherwise. At least one of ``id`` and ``country`` is required.
``country``
    a three-character code, ISO 3166-1 alpha-3 or any other (``ARN`` for a fictional
    Arnor); capitals and digits only (lower case is upper-cased).
``sector``
    ``GOV``, ``MIL``, ``BUS``, ``REB``, ... (upper-cased), or empty.
``role``
    free text ("defence minister"), or empty.
``kind``
    ``PERSON``, ``ORGANISATION``, ``COUNTRY``, ``IGO``, ``GROUP``, ... (upper-cased), or empty.
``valid_from``, ``valid_to``
    ISO dates (``YYYY-MM-DD``) or empty. A row is valid on ``valid_from <= day < valid_to``
    (``valid_to`` is the first day it no longer holds, as in the knowledge base's
    ``countries.tsv``). Several rows with the same name and different dates give one
    actor several *terms*.

Empty cells are allowed everywhere except ``name``; missing trailing cells count as empty.
Lines whose first non-blank character is ``#`` are comments; blank lines are skipped; a
``#`` elsewhere is part of the cell. The same fields as JSON Lines (``.jsonl``): one object
per line with the column names as keys, ``aliases`` a list of strings (or one
``|``-separated string), absent keys and ``null`` meaning empty; ``#`` lines are comments.

PETRARCH and TABARI dictionaries
================================

Actor dictionaries (``.actors``, or ``.txt`` whose lines carry ``[CODE]`` brackets)::

    JOHN_SMITH  [USAGOV]            # a name and its code
    +J._SMITH                       # an alias of the entry above
    JANE_ROE                        # codes may follow on indented lines ...
        [RURGOV 000101-041231]      # ... restricted to dates (both ends included)
        [RURELI >050101]            # on or after; [CODE <991231] on or before
        [RUR]                       # the default when no restriction holds

Names: underscores become spaces (``JOHN_SMITH`` -> "John Smith"; a blank between words,
which PETRARCH reads as "other words may come between", is treated the same), a final
underscore (TABARI's "no stemming" mark) is dropped, and the capitals become title case
("Group of 77", "Al-Qaeda"; acronyms such as "UN", "U.S." and one-word names of at most
three letters keep their capitals). Matching ignores case anyway.

Codes: the first three characters are the country (any three capitals or digits: a
fictional ``ARN`` as well as ``USA``), the next three the sector (``USAGOV`` -> country
``USA``, sector ``GOV``); the id is the code as written, and the kind ``COUNTRY`` for a bare
country code, ``GROUP`` for a longer one. Codes that begin with a transnational CAMEO
code have no country: ``IGO...`` -> kind ``IGO``, id ``IGO:<rest>`` (``[IGOUNO]`` ->
``IGO:UNO``); likewise ``NGO``/``NGM`` (kind ``ORGANISATION``), ``MNC`` (``ORGANISATION``) and
``IMG`` (``GROUP``), with ids ``NGO:<rest>`` and so on. The null codes ``---``, ``+++`` and
``###`` give an actor with that id and nothing else. A compound code ``[ELR/GAL]`` gives one
term per part (see :meth:`Dictionary.lookup_all`).

Dates are ``YYMMDD`` or ``YYYYMMDD``; as in KEDS, TABARI and PETRARCH, two-digit years
``00``-``30`` are 20xx and ``31``-``99`` are 19xx. PETRARCH's limits are inclusive, so
``[X 000101-041231]`` becomes ``valid_from=2000-01-01, valid_to=2005-01-01``.

Agent dictionaries (``.agents``, or content with ``[~CODE]``)::

    !PERSON! = MAN, MEN, WOMAN, WOMEN       # a substitution set
    FOREIGN_MINISTER [~GOVFRM]              # plural formed automatically
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   # an irregular plural
    POLICE {} [~COP]                        # no plural
    CONGRESS!PERSON! [~LEG]                 # congressman, congressmen, ...
    HUMAN_RIGHTS_BODY [NGO~]                # a code that goes before the actor's

Comments everywhere: ``#`` and ``;`` (at the start of a line, or after a blank or ``]``)
to the end of the line, and ``<!-- ... -->``, also over several lines. ``---STOP---`` ends
an actor dictionary. Other markup lines (agent ``<Combine ...>`` rules) are skipped with a
warning.

Precedence
==========

Within one dictionary the first entry for a name wins: among the terms valid on the day
asked about, the first dated one listed, else the first undated one (``lookup`` without a
day prefers the undated term). A name given twice without dates is reported in
:attr:`Dictionary.warnings`. Across dictionaries (:meth:`Dictionary.merge`,
:func:`load_dictionaries`) a later dictionary that names an actor replaces every term an
earlier one gave that name.

Errors: a line that cannot be read raises :class:`~accord.errors.DictionaryError` naming
``file:line`` and the problem; ``load_dictionary(path, strict=False)`` skips such lines and
lists them in :attr:`Dictionary.warnings` instead. Files that cannot be read at all, or
whose kind cannot be told, always raise.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from accord.errors import DictionaryError
from accord.kb import normalise
from accord.record import Actor

COLUMNS: tuple[str, ...] = ("name", "aliases", "id", "country", "sector", "role", "kind",
                            "valid_from", "valid_to")
"""The columns of accord's dictionary format, in order (also the JSON Lines keys)."""

Format = Literal["tsv", "jsonl", "actors", "agents"]

NON_STATE: dict[str, tuple[str, str]] = {
    "IGO": ("IGO", "IGO"),
    "NGO": ("ORGANISATION", "NGO"),
    "NGM": ("ORGANISATION", "NGM"),
    "MNC": ("ORGANISATION", "MNC"),
    "IMG": ("GROUP", "IMG"),
}
"""CAMEO codes that open a transnational actor's code: prefix -> (kind, sector)."""

NULL_CODES = frozenset({"---", "+++", "###"})
"""PETRARCH/TABARI codes for an actor that is recognised but given no code."""


def _key(text: str) -> str:
    """The lookup key: :func:`accord.kb.normalise`, then case-folded."""
    return normalise(text).casefold()


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean(value: str | None) -> str | None:
    """Whitespace collapsed, ``None`` for empty; ``ValueError`` for control characters."""
    if value is None:
        return None
    value = " ".join(str(value).split())
    if _CONTROL.search(value):
        raise ValueError(f"{value!r} contains a control character")
    return value or None


def _default_id(name: str, country: str | None, kind: str | None) -> str | None:
    if kind == "PERSON":
        return f"PERSON:{name}"
    if kind == "ORGANISATION":
        return f"ORG:{name}"
    return country


_COUNTRY = re.compile(r"[A-Z0-9]{3}")
_SECTOR = re.compile(r"[A-Z0-9]+")


@dataclass(frozen=True)
class UserActor:
    """One term of an actor from a user dictionary.

    An actor whose code changes over time (a minister who becomes president) has one
    term per period, sharing the name; :meth:`Dictionary.lookup` picks the one valid on a
    day. Construction tidies the fields: whitespace collapsed, empty strings to ``None``,
    codes upper-cased, an empty ``id`` derived from ``kind``/``country`` as in a TSV row.
    It raises ``ValueError`` for a missing name, control characters, no id and no
    country, a country that is not three capitals or digits, or ``valid_from`` not
    before ``valid_to``.
    """

    name: str
    aliases: tuple[str, ...] = ()
    id: str = ""
    country: str | None = None
    """Three characters: ISO alpha-3 or another code as given (``ARN``)."""
    sector: str | None = None
    """``GOV``, ``MIL``, ``BUS``, ..."""
    role: str | None = None
    kind: str | None = None
    """``PERSON``, ``ORGANISATION``, ``COUNTRY``, ``IGO``, ``GROUP``, ..."""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    """The first day the term no longer holds (``valid_from <= day < valid_to``)."""
    source: str = field(default="", compare=False)
    """Where the term was read: ``file:line`` (not part of equality)."""

    def __post_init__(self) -> None:
        name = _clean(self.name)
        if not name:
            raise ValueError("the name is empty")
        aliases = tuple(a for a in (_clean(a) for a in self.aliases) if a)
        country = _clean(self.country)
        country = country.upper() if country else None
        if country is not None and not _COUNTRY.fullmatch(country):
            raise ValueError(f"country {country!r} is not a three-character code")
        sector = _clean(self.sector)
        sector = sector.upper() if sector else None
        if sector is not None and not _SECTOR.fullmatch(sector):
            raise ValueError(f"sector {sector!r} is not a code of capitals and digits")
        kind = _clean(self.kind)
        kind = kind.upper() if kind else None
        id_ = _clean(self.id) or _default_id(name, country, kind)
        if not id_:
            raise ValueError(f"{name!r} has neither an id nor a country")
        if self.valid_from and self.valid_to and not self.valid_from < self.valid_to:
            raise ValueError(f"valid_from {self.valid_from} is not before valid_to {self.valid_to}")
        for attr, value in (("name", name), ("aliases", aliases), ("id", id_),
                            ("country", country), ("sector", sector),
                            ("role", _clean(self.role)), ("kind", kind)):
            object.__setattr__(self, attr, value)

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    @property
    def dated(self) -> bool:
        """Whether the term is restricted to a period."""
        return self.valid_from is not None or self.valid_to is not None

    def valid_on(self, day: dt.date) -> bool:
        """Whether the term holds on ``day`` (``valid_from <= day < valid_to``)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day < self.valid_to

    def actor(self) -> Actor:
        """The :class:`accord.record.Actor` this term stands for."""
        return Actor(id=self.id, name=self.name, country=self.country, sector=self.sector,
                     role=self.role, kind=self.kind)


@dataclass(frozen=True)
class AgentWord:
    """A word or phrase that says what kind of actor a noun phrase is ("minister" -> GOV)."""

    phrase: str
    """Lower case, words separated by one space ("foreign ministers")."""
    code: str
    """The agent code without its ``~`` (``GOV``, ``GOVFRM``)."""
    source: str = field(default="", compare=False)
    prefix: bool = False
    """The code goes before the actor's code (PETRARCH ``[NGO~]``) rather than after it."""

    @property
    def sector(self) -> str:
        """The first three characters of the code (``GOVFRM`` -> ``GOV``)."""
        return self.code[:3]


class Dictionary:
    """Actors and agent words from one or more user dictionaries, with lookups."""

    def __init__(self, actors: Iterable[UserActor] = (), agents: Iterable[AgentWord] = (),
                 warnings: Iterable[str] = ()) -> None:
        self.actors: list[UserActor] = list(actors)
        self.agents: list[AgentWord] = list(agents)
        self.warnings: list[str] = list(warnings)
        self._index: dict[str, list[UserActor]] = {}
        self._agent_index: dict[str, AgentWord] = {}
        for term in self.actors:
            for key in dict.fromkeys(_key(n) for n in term.names):
                if not key:
                    continue
                terms = self._index.setdefault(key, [])
                if not term.dated and not any(t.source == term.source for t in terms):
                    other = next((t for t in terms if not t.dated), None)
                    if other is not None and other.id != term.id:
                        self.warnings.append(
                            f"{term.source or '?'}: {key!r} is already {other.id} "
                            f"({other.source or '?'}); the first entry wins")
                terms.append(term)
        for word in self.agents:
            key = _key(word.phrase)
            first = self._agent_index.setdefault(key, word)
            if first is not word and first.code != word.code:
                self.warnings.append(f"{word.source or '?'}: agent {word.phrase!r} is already "
                                     f"{first.code} ({first.source or '?'}); the first entry wins")

    @classmethod
    def merge(cls, *dictionaries: Dictionary) -> Dictionary:
        """One dictionary from several; a later one's entry for a name replaces earlier ones."""
        merged = cls.__new__(cls)
        merged.actors = [a for d in dictionaries for a in d.actors]
        merged.agents = [a for d in dictionaries for a in d.agents]
        merged.warnings = [w for d in dictionaries for w in d.warnings]
        merged._index = {}
        merged._agent_index = {}
        for d in dictionaries:
            for key, terms in d._index.items():
                merged._index[key] = list(terms)
            merged._agent_index.update(d._agent_index)
        return merged

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and bool(self._index.get(_key(text)))

    def __repr__(self) -> str:
        return (f"<Dictionary: {len(self.actors)} actor terms, {len(self._index)} names, "
                f"{len(self.agents)} agent words, {len(self.warnings)} warnings>")

    def _winner(self, terms: list[UserActor], on: dt.date | None) -> UserActor | None:
        if not terms:
            return None
        undated = next((t for t in terms if not t.dated), None)
        if on is None:
            return undated or terms[0]
        dated = next((t for t in terms if t.dated and t.valid_on(on)), None)
        return dated or undated

    def lookup(self, text: str, on: dt.date | None = None) -> UserActor | None:
        """The term ``text`` names (on the day ``on``), or ``None``.

        ``text`` is matched case-insensitively on a normalised key (whitespace collapsed,
        curly apostrophes straightened, a leading "the " dropped). On a day, the first
        dated term valid then wins, else the undated term; with no day, the undated term,
        else the first listed. A name whose only terms are dated and none holds on ``on``
        gives ``None`` (as in PETRARCH).
        """
        return self._winner(self._index.get(_key(text), []), on)

    def lookup_all(self, text: str, on: dt.date | None = None) -> list[UserActor]:
        """Like :meth:`lookup`, but every part of a compound code (``[FRO/BIL/SAM]``)."""
        terms = self._index.get(_key(text), [])
        winner = self._winner(terms, on)
        if winner is None:
            return []
        if not winner.source:
            return [winner]
        return [t for t in terms if t.source == winner.source
                and (t.valid_from, t.valid_to) == (winner.valid_from, winner.valid_to)]

    def aliases(self) -> Iterator[tuple[str, UserActor]]:
        """Every name and alias with its term, for a phrase matcher.

        A name with several dated terms comes once per term; names overridden by a later
        dictionary are left out. Resolve a match with :meth:`lookup` (and the day).
        """
        for term in self.actors:
            for name in dict.fromkeys(term.names):
                if any(t is term for t in self._index.get(_key(name), ())):
                    yield name, term

    def agent(self, phrase: str) -> AgentWord | None:
        """The agent word for ``phrase`` ("Foreign Ministers", "foreign_minister"), or ``None``."""
        return self._agent_index.get(_key(phrase.replace("_", " ")))


def merge_dictionaries(*dictionaries: Dictionary) -> Dictionary:
    """:meth:`Dictionary.merge`: later dictionaries win."""
    return Dictionary.merge(*dictionaries)


# --- reading -----------------------------------------------------------------------------

class _Context:
    """Where we are reading, and what to do about a bad line."""

    def __init__(self, where: str, strict: bool, warnings: list[str]) -> None:
        self.where = where
        self.strict = strict
        self.warnings = warnings

    def at(self, line: int | None) -> str:
        return self.where if line is None else f"{self.where}:{line}"

    def problem(self, line: int | None, message: str) -> None:
        """A line that cannot be used: raise when strict, else note it and go on."""
        if self.strict:
            raise DictionaryError(self.at(line), message)
        self.warnings.append(f"{self.at(line)}: {message} (skipped)")

    def note(self, line: int | None, message: str) -> None:
        self.warnings.append(f"{self.at(line)}: {message}")


def load_dictionary(path: str | Path, strict: bool = True) -> Dictionary:
    """Read one dictionary, telling its format from the extension and the content.

    ``.jsonl`` is accord's JSON Lines format; a file whose first line (after ``#``
    comments) is the accord header is accord's TSV format (``.tsv``, ``.txt``, ...);
    ``.agents`` files, or text with ``[~CODE]``, are PETRARCH agent dictionaries; ``.actors``
    files, or text with ``[CODE]`` brackets, are PETRARCH/TABARI actor dictionaries.
    Raises :class:`DictionaryError` naming ``file:line`` for a bad line (unless
    ``strict=False``, which skips it and adds a warning), and naming the file when it
    cannot be read or its kind cannot be told.
    """
    path = Path(path)
    warnings: list[str] = []
    text = _read_text(path, warnings)
    ctx = _Context(str(path), strict, warnings)
    kind = detect_format(path, text)
    actors: list[UserActor] = []
    agents: list[AgentWord] = []
    if kind == "tsv":
        actors = _read_tsv(text, ctx)
    elif kind == "jsonl":
        actors = _read_jsonl(text, ctx)
    elif kind == "actors":
        actors = _read_petrarch_actors(text, ctx)
    else:
        agents = _read_petrarch_agents(text, ctx)
    return Dictionary(actors, agents, warnings)


def load_dictionaries(paths: Iterable[str | Path], strict: bool = True) -> Dictionary:
    """Read several dictionaries and merge them, later ones winning."""
    return Dictionary.merge(*(load_dictionary(p, strict=strict) for p in paths))


def _read_text(path: Path, warnings: list[str]) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DictionaryError(str(path), "no such file") from None
    except OSError as e:
        raise DictionaryError(str(path), f"cannot be read: {e.strerror or e}") from None
    if b"\0" in data:
        raise DictionaryError(str(path), "binary data, not a text dictionary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        warnings.append(f"{path}:{line}: not UTF-8; the file was read as Latin-1")
        return data.decode("latin-1")


_VERBS = re.compile(r"^(?:---\s.*---\s*|&[A-Z][A-Z0-9_]*\s*)$", re.M)
_AGENT_CODE = re.compile(r"\[\s*~|~\s*\]")
# "[...]" on one line, looked for from where a stretch without "]" begins (after a "]", a
# newline, or the start), so a long run of "[" never closed is read once, not from each "[".
_ANY_CODE = re.compile(r"(?<![^\]\n])[^\[\]\n]*\[[^\]\n]+\]")


def detect_format(path: str | Path, text: str) -> Format:
    """Which reader a dictionary needs (see :func:`load_dictionary`); raises
    :class:`DictionaryError` when it cannot tell."""
    path = Path(path)
    suffix = path.suffix.lower()
    name = path.name.lower()
    if suffix == ".jsonl":
        return "jsonl"
    lines = text.splitlines()
    first = next(((i, line) for i, line in enumerate(lines, 1)
                  if line.strip() and not line.lstrip().startswith("#")), None)
    if first and tuple(c.strip() for c in first[1].split("\t")) == COLUMNS:
        return "tsv"
    if suffix == ".tsv":
        raise DictionaryError(f"{path}:{first[0] if first else 1}",
                              f"expected the header {' '.join(COLUMNS)} (tab-separated)")
    if first and "\t" in first[1] and first[1].split("\t")[0].strip() == "name":
        raise DictionaryError(f"{path}:{first[0]}", "this looks like an accord TSV header, "
                              f"but the columns should be {' '.join(COLUMNS)}")
    if suffix == ".agents" or ".agents." in name or _AGENT_CODE.search(text):
        return "agents"
    if suffix == ".verbs" or ".verbs." in name or _VERBS.search(text):
        raise DictionaryError(str(path), "this looks like a PETRARCH verbs dictionary; "
                              "accord reads actor and agent dictionaries only")
    if suffix == ".actors" or ".actors." in name or _ANY_CODE.search(text):
        return "actors"
    raise DictionaryError(str(path), "cannot tell what kind of dictionary this is: expected "
                          "an accord TSV header, JSON Lines (.jsonl), or PETRARCH [CODE] entries")


# --- accord's formats ----------------------------------------------------------------------

def _date_cell(value: Any, column: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{column} {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{column} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _row_actor(row: dict[str, Any], source: str) -> UserActor:
    """A term from a row of accord's format; ``ValueError`` says what is wrong."""
    for column in COLUMNS:
        value = row.get(column)
        if column == "aliases" and isinstance(value, list):
            if not all(isinstance(v, str) for v in value):
                raise ValueError("aliases must be strings")
        elif value is not None and not isinstance(value, str):
            raise ValueError(f"{column} must be a string, not {type(value).__name__}")
    if not _clean(row.get("name")):
        raise ValueError("the name is empty")
    if not _clean(row.get("id")) and not _clean(row.get("country")):
        raise ValueError("give an id or a country (both are empty)")
    aliases = row.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    return UserActor(
        name=row["name"], aliases=tuple(aliases), id=row.get("id") or "",
        country=row.get("country"), sector=row.get("sector"), role=row.get("role"),
        kind=row.get("kind"), valid_from=_date_cell(row.get("valid_from"), "valid_from"),
        valid_to=_date_cell(row.get("valid_to"), "valid_to"), source=source)


def _read_tsv(text: str, ctx: _Context) -> list[UserActor]:
    actors: list[UserActor] = []
    header = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header:  # detect_format has checked it
            header = True
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(COLUMNS):
            ctx.problem(number, f"expected {len(COLUMNS)} tab-separated columns, "
                        f"found {len(cells)}")
            continue
        row = dict(zip(COLUMNS, cells + [""] * (len(COLUMNS) - len(cells))))
        try:
            actors.append(_row_actor(row, ctx.at(number)))
        except ValueError as e:
            ctx.problem(number, str(e))
    return actors


def _read_jsonl(text: str, ctx: _Context) -> list[UserActor]:
    actors: list[UserActor] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            ctx.problem(number, f"not valid JSON ({e.msg}, column {e.colno})")
            continue
        if not isinstance(row, dict):
            ctx.problem(number, f"expected a JSON object, found {type(row).__name__}")
            continue
        unknown = sorted(set(row) - set(COLUMNS))
        if unknown:
            ctx.problem(number, f"unknown field(s) {', '.join(unknown)}; "
                        f"the fields are {', '.join(COLUMNS)}")
            continue
        try:
            actors.append(_row_actor(row, ctx.at(number)))
        except ValueError as e:
            ctx.problem(number, str(e))
    return actors


def _check_writable(actor: UserActor) -> None:
    for name in actor.names:
        if "|" in name and name in actor.aliases:
            raise DictionaryError(actor.source or actor.name, f"alias {name!r} contains '|'")
    if actor.name.startswith("#"):
        raise DictionaryError(actor.source or actor.name,
                              f"name {actor.name!r} starts with '#' and would read as a comment")


def to_tsv(actors: Iterable[UserActor]) -> str:
    """``actors`` in accord's TSV format, header included.

    Raises :class:`DictionaryError` for what the format cannot hold: an alias with ``|``,
    a name beginning with ``#``.
    """
    lines = ["\t".join(COLUMNS)]
    for a in actors:
        _check_writable(a)
        lines.append("\t".join((
            a.name, "|".join(a.aliases), a.id, a.country or "", a.sector or "", a.role or "",
            a.kind or "", a.valid_from.isoformat() if a.valid_from else "",
            a.valid_to.isoformat() if a.valid_to else "")))
    return "\n".join(lines) + "\n"


def to_jsonl(actors: Iterable[UserActor]) -> str:
    """``actors`` in accord's JSON Lines format."""
    lines = []
    for a in actors:
        lines.append(json.dumps({
            "name": a.name, "aliases": list(a.aliases), "id": a.id, "country": a.country,
            "sector": a.sector, "role": a.role, "kind": a.kind,
            "valid_from": a.valid_from.isoformat() if a.valid_from else None,
            "valid_to": a.valid_to.isoformat() if a.valid_to else None,
        }, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def write_dictionary(actors: Iterable[UserActor] | Dictionary, path: str | Path) -> None:
    """Write actor terms in accord's format: JSON Lines for ``.jsonl``, else TSV."""
    path = Path(path)
    terms = actors.actors if isinstance(actors, Dictionary) else list(actors)
    text = to_jsonl(terms) if path.suffix.lower() == ".jsonl" else to_tsv(terms)
    path.write_text(text, encoding="utf-8")


# --- PETRARCH / TABARI ---------------------------------------------------------------------

_COMMENT = re.compile(r"(?:^|(?<=[\s\]]))[#;]")


def _petrarch_lines(text: str, ctx: _Context) -> Iterator[tuple[int, str, bool]]:
    """``(line number, content, indented)`` of each line with comments removed."""
    in_comment: int | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if in_comment is not None:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3:]
            in_comment = None
            indented = False
        else:
            indented = line[:1] in (" ", "\t")
        while (start := line.find("<!")) >= 0:
            end = line.find("-->", start + 2)
            if end < 0:
                in_comment = number
                line = line[:start]
                break
            line = line[:start] + " " + line[end + 3:]
        match = _COMMENT.search(line)
        if match:
            line = line[:match.start()]
        if not line.strip():
            continue
        yield number, line.strip(), indented
    if in_comment is not None:
        ctx.note(in_comment, "an XML comment <!-- is never closed; "
                 "the rest of the file was ignored")


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "de", "del",
                          "della", "da", "di", "du", "des", "la", "le", "les", "von", "van",
                          "der", "den", "y", "al", "el", "bin", "ibn"})
_VOWELS = frozenset("AEIOUY")


def _capitalise(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m[0][0].upper() + m[0][1:].lower(), word)


def petrarch_name(raw: str) -> str:
    """A display name from a PETRARCH phrase: ``PRESIDENT_GEORGE_W._BUSH`` ->
    "President George W. Bush", ``GROUP_OF_77`` -> "Group of 77", ``UN_`` -> "UN"."""
    words = raw.replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        if (any(c.islower() for c in word) or not letters or "." in word
                or any(c.isdigit() for c in word)):
            out.append(word)  # as written: mixed case, dotted acronyms, codes with digits
        elif i > 0 and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif (len(letters) <= 2 or (len(words) == 1 and len(letters) <= 3)
              or not _VOWELS & set(word[1:].upper())):
            out.append(word)  # an acronym: UN, AU, IMF, PLO, USSR
        else:
            out.append(_capitalise(word))
    return " ".join(out)


_CODE = r"[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*|---|\+\+\+|###"
_RESTRICTION = re.compile(rf"(?P<code>{_CODE})(?:\s*(?P<op>[<>])\s*(?P<date>\d+)"
                          rf"|\s+(?P<start>\d+)\s*-\s*(?P<end>\d+))?")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_ONE_DAY = dt.timedelta(days=1)


def petrarch_date(text: str) -> dt.date:
    """``YYMMDD`` or ``YYYYMMDD``; two-digit years 00-30 are 20xx, 31-99 are 19xx."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8 and text.isdigit():
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"date {text!r} is not a valid date") from None


def _code_fields(code: str) -> tuple[str, str | None, str | None, str | None]:
    """``(id, country, sector, kind)`` for one PETRARCH code."""
    if code in NULL_CODES:
        return code, None, None, None
    if len(code) < 3:
        raise ValueError(f"code {code!r} is shorter than three characters")
    head, rest = code[:3], code[3:]
    if head in NON_STATE:
        kind, sector = NON_STATE[head]
        return (f"{head}:{rest}" if rest else head), None, sector, kind
    return code, head, (rest[:3] or None), ("GROUP" if rest else "COUNTRY")


def _parse_restriction(content: str) -> tuple[list[str], dt.date | None, dt.date | None]:
    """The codes and ``[valid_from, valid_to)`` of what is inside one ``[...]``."""
    content = content.strip()
    match = _RESTRICTION.fullmatch(content)
    if not match:
        if not content:
            raise ValueError("empty []")
        if content[0] in "<>" or content[0].isdigit():
            raise ValueError(f"[{content}] has a date restriction but no code")
        raise ValueError(f"cannot read [{content}]: expected [CODE], [CODE <YYMMDD], "
                         "[CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]")
    valid_from = valid_to = None
    if match["op"] == "<":
        valid_to = petrarch_date(match["date"]) + _ONE_DAY
    elif match["op"] == ">":
        valid_from = petrarch_date(match["date"])
    elif match["start"]:
        valid_from = petrarch_date(match["start"])
        last = petrarch_date(match["end"])
        if last < valid_from:
            raise ValueError(f"[{content}] ends before it starts")
        valid_to = last + _ONE_DAY
    return match["code"].split("/"), valid_from, valid_to


def _brackets(text: str) -> tuple[list[str], str | None]:
    """The contents of each ``[...]`` in ``text``, and what else is there (a problem)."""
    contents = _BRACKETS.findall(text)
    rest = _BRACKETS.sub(" ", text).strip()
    if "[" in rest or "]" in rest:
        return contents, "unbalanced [ ]"
    return contents, (f"unexpected {rest!r} beside the code" if rest else None)


@dataclass
class _Entry:
    line: int
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[int, str]] = field(default_factory=list)


def _entry_terms(entry: _Entry, ctx: _Context) -> list[UserActor]:
    if not entry.codes:
        ctx.problem(entry.line, f"{entry.name!r} has no [code]")
        return []
    name = petrarch_name(entry.name)
    aliases = tuple(petrarch_name(a) for a in entry.aliases)
    terms: list[UserActor] = []
    for number, content in entry.codes:
        try:
            codes, valid_from, valid_to = _parse_restriction(content)
            parts = []
            for code in codes:
                if code != code.upper():
                    ctx.note(number, f"lower-case code {code!r} read as {code.upper()!r}")
                    code = code.upper()
                parts.append(_code_fields(code))
                if code not in NULL_CODES and len(code) % 3 and code[:3] not in NON_STATE:
                    ctx.note(number, f"code {code!r} is not made of three-character parts; "
                             f"sector read as {code[3:6]!r}")
        except ValueError as e:
            ctx.problem(number, str(e))
            continue
        for id_, country, sector, kind in parts:
            terms.append(UserActor(name=name, aliases=aliases, id=id_, country=country,
                                   sector=sector, kind=kind, valid_from=valid_from,
                                   valid_to=valid_to, source=ctx.at(number)))
    return terms


def _read_petrarch_actors(text: str, ctx: _Context) -> list[UserActor]:
    actors: list[UserActor] = []
    entry: _Entry | None = None
    for number, content, indented in _petrarch_lines(text, ctx):
        if "---STOP---" in content:
            break
        if content.startswith("<"):
            ctx.note(number, f"markup line skipped: {content[:40]!r}")
            continue
        if content.startswith("+"):
            if entry is None:
                ctx.problem(number, "an alias (+) line with no entry above it")
                continue
            alias = content[1:].strip()
            if "[" in alias or "]" in alias:
                ctx.problem(number, "an alias (+) line cannot carry a code: put the code "
                            "on the entry's line or an indented line")
            elif not any(c.isalnum() for c in alias):
                ctx.problem(number, "empty alias")
            else:
                entry.aliases.append(alias)
            continue
        if content.startswith("[") or indented:
            if entry is None:
                ctx.problem(number, "a [code] line with no entry above it")
                continue
            if not content.startswith("["):
                ctx.problem(number, f"an indented line should hold a [code], found {content!r}")
                continue
            contents, trouble = _brackets(content)
            if trouble:
                ctx.problem(number, trouble)
                continue
            entry.codes.extend((number, c) for c in contents)
            continue
        if entry is not None:
            actors.extend(_entry_terms(entry, ctx))
            entry = None
        cut = content.find("[")
        name = content if cut < 0 else content[:cut]
        contents, trouble = _brackets(content[cut:]) if cut >= 0 else ([], None)
        if not any(c.isalnum() for c in name):
            ctx.problem(number, f"no name before the code in {content!r}")
            continue
        if trouble:
            ctx.problem(number, trouble)
            continue
        entry = _Entry(number, name.strip(), codes=[(number, c) for c in contents])
    if entry is not None:
        actors.extend(_entry_terms(entry, ctx))
    return actors


_MARKER_DEF = re.compile(r"!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<items>.*)")
_MARKER_USE = re.compile(r"!(?P<name>[A-Za-z0-9_]+)!")
# The phrase is its words and the spaces between them (possessive; a phrase of nothing but
# a space is that space), so the spaces after it go to the \s*+ that follow, in one way: a
# lazy phrase before two \s* split a run of spaces every way (cubic).
_AGENT_LINE = re.compile(r"(?P<phrase>(?:\s*+[^\[\]{}\s]++)++|\s)\s*+(?:\{(?P<plural>[^\[\]{}]*)\})?"
                         r"\s*+\[(?P<code>[^\[\]]*)\]")
_AGENT_CODE_FORM = re.compile(r"~(?P<after>[A-Z0-9]+)|(?P<before>[A-Z0-9]+)~")


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


def plural(phrase: str) -> str | None:
    """The regular English plural of a phrase's last word, or ``None`` when it looks plural.

    ``minister`` -> ``ministers``, ``authority`` -> ``authorities``, ``congress`` ->
    ``congresses``, ``officials`` -> ``None``.
    """
    head, _, last = phrase.rpartition(" ")
    if not last:
        return None
    if last.endswith(("ss", "sh", "ch", "x", "z")):
        word = last + "es"
    elif last.endswith("s"):
        return None
    elif len(last) > 1 and last.endswith("y") and last[-2] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def _read_petrarch_agents(text: str, ctx: _Context) -> list[AgentWord]:
    agents: list[AgentWord] = []
    markers: dict[str, list[str]] = {}
    in_block = False
    for number, content, _indented in _petrarch_lines(text, ctx):
        lowered = content.lower()
        if lowered.startswith("<combineblock"):
            in_block = True
        if in_block or content.startswith("<"):
            if lowered.startswith("</combineblock"):
                in_block = False
            elif content.startswith("<"):
                ctx.note(number, "agent combination rules and other markup are not "
                         f"supported; skipped {content[:40]!r}")
            continue
        definition = _MARKER_DEF.fullmatch(content)
        if definition:
            items = [i.strip() for i in definition["items"].split(",") if i.strip()]
            if not items:
                ctx.problem(number, f"substitution set !{definition['name']}! is empty")
                continue
            markers[definition["name"].upper()] = items
            continue
        match = _AGENT_LINE.fullmatch(content)
        if not match:
            ctx.problem(number, "expected PHRASE {PLURAL} [~CODE]")
            continue
        code_text = "".join(match["code"].split()).upper()
        code = _AGENT_CODE_FORM.fullmatch(code_text)
        if not code:
            ctx.problem(number, f"agent code [{match['code'].strip()}] "
                        "should be [~CODE] or [CODE~]")
            continue
        raw = match["phrase"]
        uses = _MARKER_USE.findall(raw)
        if len(uses) > 1:
            ctx.problem(number, "only one substitution marker per phrase is supported")
            continue
        if uses:
            items = markers.get(uses[0].upper())
            if items is None:
                ctx.problem(number, f"substitution marker !{uses[0]}! is not defined above")
                continue
            forms = [_phrase(_MARKER_USE.sub(lambda _m, i=i: i, raw)) for i in items]
        else:
            base = _phrase(raw)
            if match["plural"] is None:
                forms = [base, plural(base) or base]
            elif match["plural"].strip():
                forms = [base, _phrase(match["plural"])]
            else:
                forms = [base]
        forms = [f for f in dict.fromkeys(forms) if f]
        if not forms or "!" in "".join(forms):
            ctx.problem(number, f"no usable phrase in {raw.strip()!r}")
            continue
        for form in forms:
            agents.append(AgentWord(phrase=form, code=code["after"] or code["before"],
                                    source=ctx.at(number), prefix=bool(code["before"])))
    return agents
