"""The knowledge base: countries, cities and international organisations.

Also dated office holders (``office_holders.tsv``): ``load_office_holders().holder("CHN",
"President", date(2020, 12, 30))`` is Xi Jinping's term, and ``by_name("Putin", day)``
lists Putin's terms, the one in force on ``day`` first.

The facts live in tab-separated files under ``accord/data/`` (their format is documented
in ``accord/data/README.md``); this module loads them into frozen dataclasses and an
alias index::

    kb = load_kb()
    [m] = kb.lookup("the Kremlin")  # KBMatch(alias='Kremlin', kind='country', via='capital')
    kb.actor_for(m)  # Actor(id='RUS', name='Russia', country='RUS', sector='GOV', ...)

Matching is exact on a normalised key (:func:`normalise`): a leading "the " is dropped,
runs of whitespace become one space and curly apostrophes become straight ones. How
letter case counts depends on the alias (:func:`case_mode`):

``"exact"``
    short all-capital acronyms (at most three letters, dots and digits aside: ``US``,
    ``U.S.``, ``UN``, ``AU``, ``WHO``, ``G20``) match only in that exact case, so "us"
    and "un" match nothing;
``"capitalised"``
    aliases that are also common English words (``Turkey``, ``China``, ``Chad``,
    ``Polish``, ``White House``, ``Quad``; see :data:`COMMON_WORDS`) match in any case
    provided the text begins with a capital letter ("TURKEY" and "Turkey", not "turkey");
``"any"``
    everything else matches regardless of case ("Nato" and "NATO", "MOSCOW").

Whoever builds a spaCy ``PhraseMatcher`` from :meth:`KnowledgeBase.aliases` should use
``ORTH`` patterns for exact aliases and ``LOWER`` patterns for the rest, and check the
first character of capitalised matches. This module never imports spaCy.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from accord.record import Actor

DATA_DIR = Path(__file__).parent / "data"
"""Where the shipped data files live."""

MatchKind = Literal["country", "organisation", "city", "group"]
Via = Literal["name", "adjective", "capital", "alias", "city"]
CaseMode = Literal["exact", "capitalised", "any"]

COMMON_WORDS: frozenset[str] = frozenset({
    # country names and adjectives
    "brazil", "chad", "chile", "china", "guinea", "japan", "jersey", "jordan", "kiwi",
    "kiwis", "niger", "panama", "polish", "soviet", "soviets", "swede", "turkey",
    # capitals and seats of power
    "blue house", "kremlin", "lima", "muscat", "pentagon", "union buildings", "white house",
    # cities
    "bologna", "bursa", "cologne", "liege", "liège", "mecca", "nyala",
    # organisations
    "quad",
    # office holders' surnames (office_holders.tsv)
    "arroyo", "bush", "gallant", "kohl", "leotard", "lubbers", "maduro", "pence", "trump",
    "truss", "tusk",
})
"""Aliases (case-folded) that are also common English words: they must be capitalised."""

_CHAR_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",  # curly and modifier apostrophes
    "\u2010": "-", "\u2011": "-",                 # hyphen, non-breaking hyphen
})


def normalise(text: str) -> str:
    """The key an alias or a piece of text is matched on, before any case folding.

    Collapses whitespace, folds curly apostrophes to straight ones and drops a leading
    "the " ("the Kremlin" -> "Kremlin"), keeping letter case.
    """
    if not text.isascii():
        text = text.translate(_CHAR_FOLD)
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":
        del words[0]
    return " ".join(words)


def _mode(key: str) -> CaseMode:
    # key is normalised
    if key.isupper() and sum(c.isalpha() for c in key) <= 3:
        return "exact"
    if sum(c.isalpha() for c in key) <= 4 and not key.isupper() and any(c.isupper() for c in key[1:]) \
            and " " not in key:
        return "exact"  # a short acronym in mixed case ("LeT"): "Let us" is no armed group
    if key.casefold() in COMMON_WORDS:
        return "capitalised"
    return "any"


def case_mode(alias: str) -> CaseMode:
    """How letter case counts when matching ``alias`` (see the module documentation)."""
    return _mode(normalise(alias))


@dataclass(frozen=True)
class Country:
    """A country, territory or historical state, keyed by its ISO 3166-1 alpha-3 code."""

    code: str
    name: str
    """The common English short name ("Russia", "South Korea")."""
    names: tuple[str, ...] = ()
    """Other names: official names, short forms, abbreviations, former names."""
    adjectives: tuple[str, ...] = ()
    """Adjectives and demonyms, singular and plural ("Russian", "Russians")."""
    capitals: tuple[str, ...] = ()
    """Capital cities and seats of power used as metonyms ("Moscow", "Kremlin")."""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    """The day the state ceased to exist; ``None`` for current states."""
    region: str | None = None
    """UN geoscheme region: Africa, Americas, Asia, Europe or Oceania."""

    def valid_on(self, day: dt.date) -> bool:
        """Whether the state existed on ``day`` (``valid_from <= day < valid_to``)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day < self.valid_to


@dataclass(frozen=True)
class City:
    """A city outside the capitals, unambiguously in one country."""

    name: str
    aliases: tuple[str, ...]
    country: str
    """ISO alpha-3 code of the country the city is in."""

    @property
    def id(self) -> str:
        """The actor id for the city: ``"RUS:Saint Petersburg"``."""
        return f"{self.country}:{self.name}"


@dataclass(frozen=True)
class Organisation:
    """An international organisation (``IGO:...``) or initiative (``INIT:...``)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "IGO"
    """``IGO`` or ``INITIATIVE``."""
    sector: str = "IGO"
    members: tuple[str, ...] = ()
    """Member country codes (and organisation ids); empty where not well defined."""
    parent: str | None = None
    """The id of the organisation this one belongs to (``IGO:UNHCR`` -> ``IGO:UN``)."""
    acts_as: str | None = None
    """The organisation an organ of another acts as in event data: the Security Council as
    the UN, the Commission as the EU (``IGO:UNSC`` -> ``IGO:UN``); None for a body that acts
    as itself (an agency with its own membership, a court, a fund)."""
    seat: str | None = None
    """The city whose name, used for an actor, stands for the organisation in news: the EU
    is "Brussels" ("accusing Brussels of meddling"); None where the city means its country."""


@dataclass(frozen=True)
class Group:
    """A party, movement, armed group (``GRP:...``) or news agency (``MED:...``) of one
    country, or an armed group active across borders (``country`` None: "al-Qaeda")."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    """``PTY`` (party), ``REB`` (armed group), ``OPP`` (opposition movement), ``MED`` (media) ..."""


Target = Country | Organisation | City | Group


@dataclass(frozen=True)
class KBMatch:
    """One thing an alias matched: which entry, and through which of its columns."""

    alias: str
    """The alias as spelled in the data files."""
    kind: MatchKind
    target: Target
    via: Via


Entry = KBMatch


class KnowledgeBase:
    """Countries, organisations and cities with an alias index over all of them."""

    def __init__(self, countries: Iterable[Country], organisations: Iterable[Organisation],
                 cities: Iterable[City], groups: Iterable[Group] = ()) -> None:
        self.countries: dict[str, Country] = {c.code: c for c in countries}
        self.organisations: dict[str, Organisation] = {o.id: o for o in organisations}
        self.cities: dict[str, City] = {c.id: c for c in cities}
        self._matches: list[KBMatch] = []
        self._index: dict[str, list[tuple[CaseMode, str, KBMatch]]] = {}
        for country in self.countries.values():
            self._add(country.name, "country", country, "name")
            for alias in country.names:
                self._add(alias, "country", country, "alias")
            for alias in country.adjectives:
                self._add(alias, "country", country, "adjective")
            for alias in country.capitals:
                self._add(alias, "country", country, "capital")
        for org in self.organisations.values():
            self._add(org.name, "organisation", org, "name")
            for alias in org.aliases:
                self._add(alias, "organisation", org, "alias")
        for city in self.cities.values():
            for alias in (city.name, *city.aliases):
                self._add(alias, "city", city, "city")
        self.groups: dict[str, Group] = {g.id: g for g in groups}
        for group in self.groups.values():
            self._add(group.name, "group", group, "name")
            for alias in group.aliases:
                self._add(alias, "group", group, "alias")

    def _add(self, alias: str, kind: MatchKind, target: Target, via: Via) -> None:
        match = KBMatch(alias, kind, target, via)
        key = normalise(alias)
        self._matches.append(match)
        self._index.setdefault(key.casefold(), []).append((_mode(key), key, match))

    def lookup(self, alias: str) -> list[KBMatch]:
        """Everything ``alias`` names, in data order: countries, organisations, cities."""
        key = normalise(alias)
        if not key:
            return []
        found = []
        for mode, alias_key, match in self._index.get(key.casefold(), ()):
            if mode == "exact" and key != alias_key:
                continue
            if mode == "capitalised" and not key[0].isupper():
                continue
            found.append(match)
        return found

    def aliases(self) -> Iterator[tuple[str, KBMatch]]:
        """Every alias with what it matches (use :func:`case_mode` for its case rule)."""
        for match in self._matches:
            yield match.alias, match

    def country(self, code: str) -> Country:
        """The country with this code; ``KeyError`` if there is none."""
        return self.countries[code]

    def organisation(self, id: str) -> Organisation:
        """The organisation with this id; ``KeyError`` if there is none."""
        return self.organisations[id]

    def actor_for(self, match: KBMatch) -> Actor:
        """The canonical actor a match stands for.

        A capital or seat of power ("Moscow", "the White House") stands for the
        country's government, so its sector is ``GOV``.
        """
        target = match.target
        if isinstance(target, Country):
            return Actor(id=target.code, name=target.name, country=target.code,
                         sector="GOV" if match.via == "capital" else None, role=None,
                         kind="COUNTRY")
        if isinstance(target, Group):
            kind = "ORGANISATION" if target.sector == "MED" else "GROUP"
            return Actor(id=target.id, name=target.name, country=target.country, sector=target.sector,
                         role=None, kind=kind)
        if isinstance(target, Organisation):
            # "the Security Council condemned ...": an organ acts as its organisation
            return Actor(id=target.acts_as or target.id, name=target.name, country=None,
                         sector=target.sector or "IGO", role=None, kind=target.kind)
        return Actor(id=target.id, name=target.name, country=target.country, sector=None,
                     role=None, kind="PLACE")


# --- loading -----------------------------------------------------------------------

COUNTRY_COLUMNS = ("code", "name", "names", "adjectives", "capitals", "valid_from",
                   "valid_to", "region", "source")
CITY_COLUMNS = ("name", "aliases", "country", "source")
ORGANISATION_COLUMNS = ("id", "name", "aliases", "kind", "sector", "members", "parent",
                        "acts_as", "seat", "source")


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` for each data row of a TSV file with these columns.

    Raises ``ValueError`` naming the file and line for a wrong header or column count.
    """
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    header = tuple(lines[0].split("\t")) if lines else ()
    if header != columns:
        raise ValueError(f"{path}:1: expected the columns {', '.join(columns)}, "
                         f"found {', '.join(header) or 'nothing'}")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise ValueError(f"{path}:{number}: expected {len(columns)} tab-separated "
                             f"columns, found {len(cells)}")
        yield number, {c: v.strip() for c, v in zip(columns, cells)}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _date(cell: str, where: str, column: str) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"{where}: {column} {cell!r} is not an ISO date (YYYY-MM-DD)") from None


def _require(row: dict[str, str], where: str, *columns: str) -> None:
    for column in columns:
        if not row[column]:
            raise ValueError(f"{where}: the {column} column is empty")


def _load_countries(path: Path) -> list[Country]:
    countries: dict[str, Country] = {}
    for number, row in read_tsv(path, COUNTRY_COLUMNS):
        where = f"{path}:{number}"
        _require(row, where, "code", "name")
        if row["code"] in countries:
            raise ValueError(f"{where}: duplicate code {row['code']!r}")
        valid_from = _date(row["valid_from"], where, "valid_from")
        valid_to = _date(row["valid_to"], where, "valid_to")
        if valid_from and valid_to and not valid_from < valid_to:
            raise ValueError(f"{where}: valid_from {valid_from} is not before valid_to {valid_to}")
        countries[row["code"]] = Country(
            code=row["code"], name=row["name"], names=_split(row["names"]),
            adjectives=_split(row["adjectives"]), capitals=_split(row["capitals"]),
            valid_from=valid_from, valid_to=valid_to, region=row["region"] or None)
    return list(countries.values())


def _load_organisations(path: Path) -> list[Organisation]:
    organisations: dict[str, Organisation] = {}
    for number, row in read_tsv(path, ORGANISATION_COLUMNS):
        where = f"{path}:{number}"
        _require(row, where, "id", "name", "kind", "sector")
        if row["id"] in organisations:
            raise ValueError(f"{where}: duplicate id {row['id']!r}")
        organisations[row["id"]] = Organisation(
            id=row["id"], name=row["name"], aliases=_split(row["aliases"]), kind=row["kind"],
            sector=row["sector"], members=_split(row["members"]), parent=row["parent"] or None,
            acts_as=row["acts_as"] or None, seat=row["seat"] or None)
    return list(organisations.values())


def _load_cities(path: Path) -> list[City]:
    cities: dict[str, City] = {}
    for number, row in read_tsv(path, CITY_COLUMNS):
        where = f"{path}:{number}"
        _require(row, where, "name", "country")
        city = City(name=row["name"], aliases=_split(row["aliases"]), country=row["country"])
        if city.id in cities:
            raise ValueError(f"{where}: duplicate city {city.id!r}")
        cities[city.id] = city
    return list(cities.values())


GROUP_COLUMNS = ("id", "name", "aliases", "country", "sector", "source")


def _load_groups(path: Path) -> list[Group]:
    if not path.exists():
        return []
    groups: dict[str, Group] = {}
    for number, row in read_tsv(path, GROUP_COLUMNS):
        where = f"{path}:{number}"
        _require(row, where, "id", "name", "sector")
        if row["id"] in groups:
            raise ValueError(f"{where}: duplicate id {row['id']!r}")
        groups[row["id"]] = Group(id=row["id"], name=row["name"], aliases=_split(row["aliases"]),
                                  country=row["country"] or None, sector=row["sector"])
    return list(groups.values())


def _load(data_dir: Path) -> KnowledgeBase:
    return KnowledgeBase(_load_countries(data_dir / "countries.tsv"),
                         _load_organisations(data_dir / "organisations.tsv"),
                         _load_cities(data_dir / "cities.tsv"),
                         _load_groups(data_dir / "groups.tsv") + _load_groups(data_dir / "state_bodies.tsv"))


@functools.lru_cache(maxsize=1)
def _load_default() -> KnowledgeBase:
    return _load(DATA_DIR)


def load_kb(data_dir: Path | None = None) -> KnowledgeBase:
    """The knowledge base from ``data_dir`` (default: the shipped files, loaded once).

    Raises ``ValueError`` naming the file and line for a malformed row.
    """
    if data_dir is None:
        return _load_default()
    return _load(Path(data_dir))


# --- vocabularies of the actor stage ---------------------------------------------------

@dataclass(frozen=True)
class RoleWord:
    """What a role phrase ("vice premier", "protesters") says of the one who bears it."""

    role: str
    sector: str


@functools.lru_cache(maxsize=None)
def load_roles(path: Path = DATA_DIR / "roles.tsv") -> dict[str, RoleWord]:
    """Role phrases (lower case) -> the role and sector they signal (``roles.tsv``)."""
    table: dict[str, RoleWord] = {}
    for _, row in read_tsv(path, ("role", "sector", "words", "source")):
        for word in _split(row["words"]):
            table.setdefault(word.lower(), RoleWord(row["role"], row["sector"]))
    return table


@functools.lru_cache(maxsize=None)
def load_org_sectors(path: Path = DATA_DIR / "org_sectors.tsv") -> dict[str, str]:
    """Head words of organisation names (lower case) -> sector (``org_sectors.tsv``)."""
    return {row["word"].lower(): row["sector"] for _, row in read_tsv(path, ("word", "sector", "source"))}


@functools.lru_cache(maxsize=None)
def load_generic_institution_words(path: Path = DATA_DIR / "generic_institution_words.tsv") -> frozenset[str]:
    """Words a state body's name can consist of without saying whose it is ("the Supreme
    Court", "the Interior Ministry"): such a name belongs to the story's country."""
    return frozenset(row["word"].lower() for _, row in read_tsv(path, ("word", "source")))


@dataclass(frozen=True)
class BackReference:
    """A noun that, after "the", refers back to an organisation named earlier ("the bloc")."""

    word: str
    kinds: frozenset[str]  # the actor kinds it may refer to (IGO, NGO, ORGANISATION, GROUP)
    named_in: bool  # whether the earlier name must contain the word ("the court": a court)


@functools.lru_cache(maxsize=None)
def load_back_references(path: Path = DATA_DIR / "back_references.tsv") -> dict[str, BackReference]:
    """Nouns that refer back to a named organisation (``back_references.tsv``)."""
    table: dict[str, BackReference] = {}
    for number, row in read_tsv(path, ("word", "refers_to", "named_in", "source")):
        kinds = frozenset(_split(row["refers_to"]))
        if not kinds <= BACK_REFERENCE_KINDS or row["named_in"] not in ("yes", "no"):
            raise ValueError(f"{path}:{number}: refers_to must name kinds among "
                             f"{', '.join(sorted(BACK_REFERENCE_KINDS))} and named_in be yes or no")
        table[row["word"].lower()] = BackReference(row["word"].lower(), kinds, row["named_in"] == "yes")
    return table


BACK_REFERENCE_KINDS = frozenset({"IGO", "NGO", "ORGANISATION", "GROUP"})


@functools.lru_cache(maxsize=None)
def load_non_actors(path: Path = DATA_DIR / "non_actors.tsv") -> dict[str, str]:
    """Nouns naming things that bear names but never act (pandas, ships, storms) -> kind."""
    return {row["word"].lower(): row["kind"] for _, row in read_tsv(path, ("word", "kind", "source"))}


# --- office holders --------------------------------------------------------------------

OFFICE_HOLDER_COLUMNS = ("name", "aliases", "country", "organisation", "role", "sector", "start",
                         "end", "source")
OFFICE_ROLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Vice Premier", "Chancellor", "King",
    "Head of State", "Foreign Minister", "Defence Minister", "Secretary-General",
)
"""The roles ``office_holders.tsv`` uses (see ``data/README.md``)."""

ROLE_FALLBACKS: dict[str, tuple[str, ...]] = {"Prime Minister": ("Chancellor",)}
"""Roles :meth:`OfficeHolders.holder` tries when nobody held the role asked for:
``roles.tsv`` reads "chancellor" as Prime Minister, and Germany's and Austria's heads of
government are listed as Chancellor."""


@dataclass(frozen=True)
class OfficeTerm:
    """One person's term in one office: ``Vladimir Putin``, President of ``RUS`` from
    2012-05-07, still in office (``end is None``)."""

    name: str
    """The person's full common English name; it identifies the person in the file."""
    aliases: tuple[str, ...]
    """Other spellings and forms of the name ("Putin", "Sergei Lavrov")."""
    country: str | None
    """ISO alpha-3 code (or historical code: ``SUN``, ``FRG``) of the state; ``None`` for
    an international organisation's office."""
    organisation: str | None
    """The organisation id (``IGO:UN``) for an international office, else ``None``."""
    role: str
    """One of :data:`OFFICE_ROLES` in the shipped file."""
    sector: str
    """``GOV`` for a state's office, ``IGO`` for an organisation's."""
    start: dt.date
    end: dt.date | None
    """The day the term ended (the successor's first day, usually); ``None`` if ongoing."""

    @property
    def holder_of(self) -> str:
        """The country code or organisation id the office belongs to."""
        return self.country or self.organisation or ""

    def in_force(self, on: dt.date) -> bool:
        """Whether the term covers ``on`` (``start <= on <= end``, both days included)."""
        on = _as_date(on)
        return self.start <= on and (self.end is None or on <= self.end)

    def days_from(self, on: dt.date) -> int:
        """How many days ``on`` lies outside the term (0 when the term is in force)."""
        on = _as_date(on)
        if on < self.start:
            return (self.start - on).days
        if self.end is not None and on > self.end:
            return (on - self.end).days
        return 0

    def actor(self) -> Actor:
        """The person as an actor: ``PERSON:<name>`` with the office's country, sector and role."""
        return Actor(id=f"PERSON:{self.name}", name=self.name, country=self.country,
                     sector=self.sector, role=self.role, kind="PERSON", organisation=self.organisation)


def _as_date(day: dt.date) -> dt.date:
    return day.date() if isinstance(day, dt.datetime) else day


def _person_key(text: str) -> str:
    return normalise(text).casefold()


class OfficeHolders:
    """Dated terms of office, looked up by person name or by office and date."""

    def __init__(self, terms: Iterable[OfficeTerm]) -> None:
        self.terms: tuple[OfficeTerm, ...] = tuple(terms)
        self._person_terms: dict[str, list[int]] = {}
        self._people_by_key: dict[str, list[str]] = {}
        self._offices: dict[tuple[str, str], list[int]] = {}
        indexed: set[tuple[str, tuple[str, ...]]] = set()
        for i, term in enumerate(self.terms):
            self._person_terms.setdefault(term.name, []).append(i)
            self._offices.setdefault((term.holder_of, term.role.casefold()), []).append(i)
            if (term.name, term.aliases) in indexed:
                continue  # the person's other terms usually repeat the same aliases
            indexed.add((term.name, term.aliases))
            for alias in (term.name, *term.aliases):
                people = self._people_by_key.setdefault(_person_key(alias), [])
                if term.name not in people:
                    people.append(term.name)

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[OfficeTerm]:
        return iter(self.terms)

    def by_name(self, name: str, on: dt.date | None = None) -> list[OfficeTerm]:
        """Every term of the person (or people) ``name`` names, as full name or alias.

        Matching ignores letter case, extra whitespace and a leading "the", and folds
        curly apostrophes; accents are not folded (the file lists unaccented spellings).
        With ``on``, the terms in force that day come first, then the others by how many
        days they lie from it; without, ongoing terms come first, then the most recently
        ended. Ties keep file order. An alias shared by several people ("Bush", "Assad")
        returns all their terms, so the first is the one in force when there is one.
        """
        key = _person_key(name)
        if not key:
            return []
        indices = [i for person in self._people_by_key.get(key, ())
                   for i in self._person_terms[person]]
        if on is not None:
            day = _as_date(on)
            indices.sort(key=lambda i: (self.terms[i].days_from(day), i))
        else:
            indices.sort(key=lambda i: (self.terms[i].end is not None,
                                        -(self.terms[i].end or self.terms[i].start).toordinal(), i))
        return [self.terms[i] for i in indices]

    def holder(self, country: str, role: str, on: dt.date) -> OfficeTerm | None:
        """Who held ``role`` in ``country`` (a code, or an organisation id) on ``on``.

        On a handover day, when the outgoing term's end is the incoming term's start,
        the incoming holder is returned. If nobody held ``role`` itself, the roles in
        :data:`ROLE_FALLBACKS` are tried (Prime Minister -> Chancellor). ``None`` when the
        file has nobody for that day.
        """
        day = _as_date(on)
        for wanted in (role, *ROLE_FALLBACKS.get(role, ())):
            found = [self.terms[i] for i in self._offices.get((country, wanted.casefold()), ())
                     if self.terms[i].in_force(day)]
            if found:
                return max(found, key=lambda t: t.start)
        return None

    def aliases(self) -> Iterator[tuple[str, OfficeTerm]]:
        """``(name or alias, term)`` for every name and alias of every term, for matchers.

        A person with several terms appears once per term. Use :func:`case_mode` for each
        alias's case rule ("Trump" and "Bush" must be capitalised).
        """
        for term in self.terms:
            for alias in (term.name, *term.aliases):
                yield alias, term


def _load_office_terms(path: Path) -> list[OfficeTerm]:
    terms: list[OfficeTerm] = []
    seen: dict[tuple[str, str, str, dt.date], int] = {}
    for number, row in read_tsv(path, OFFICE_HOLDER_COLUMNS):
        where = f"{path}:{number}"
        _require(row, where, "name", "role", "sector", "start")
        if bool(row["country"]) == bool(row["organisation"]):
            raise ValueError(f"{where}: give a country or an organisation, not "
                             f"{'both' if row['country'] else 'neither'}")
        start = _date(row["start"], where, "start")
        end = _date(row["end"], where, "end")
        assert start is not None
        if end is not None and end < start:
            raise ValueError(f"{where}: end {end} is before start {start}")
        term = OfficeTerm(name=row["name"], aliases=_split(row["aliases"]),
                          country=row["country"] or None,
                          organisation=row["organisation"] or None, role=row["role"],
                          sector=row["sector"], start=start, end=end)
        key = (term.name, term.holder_of, term.role, start)
        if key in seen:
            raise ValueError(f"{where}: repeats the term on line {seen[key]}")
        seen[key] = number
        terms.append(term)
    return terms


@functools.lru_cache(maxsize=None)
def load_office_holders(path: Path = DATA_DIR / "office_holders.tsv") -> OfficeHolders:
    """Dated office holders (``office_holders.tsv``), loaded once per path.

    Raises ``ValueError`` naming the file and line for a malformed row.
    """
    return OfficeHolders(_load_office_terms(Path(path)))
