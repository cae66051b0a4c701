"""Dated office holders: the shipped office_holders.tsv is well formed, and lookups resolve."""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

import pytest

from accord.kb import (
    DATA_DIR,
    OFFICE_HOLDER_COLUMNS,
    OFFICE_ROLES,
    KnowledgeBase,
    OfficeHolders,
    OfficeTerm,
    _load_office_terms,
    case_mode,
    load_kb,
    load_office_holders,
    load_roles,
    normalise,
    read_tsv,
)
from accord.record import Actor

PATH = DATA_DIR / "office_holders.tsv"
D = dt.date

BARE_NAMES_NOT_ALLOWED = {
    # very common surnames (and given names)
    "lee", "kim", "li", "wang", "sun", "khan", "park", "moon", "yoon", "roh", "cho", "han",
    "chung", "hu", "jiang", "wen", "zhu", "liu", "zhang", "chen", "yang", "zhao", "huang",
    "johnson", "brown", "smith", "jones", "williams", "miller", "wilson", "martin", "harris",
    "cohen", "perry", "carter", "evans", "howard", "campbell", "harper", "morrison", "abbott",
    "singh", "rao", "sharma", "patil", "mukherjee", "hussein", "hussain", "ali", "ahmed",
    "sharif", "ivanov", "sergeyev", "fernandez", "fernández", "gonzalez", "gonzález",
    "sanchez", "sánchez", "kirchner", "rossi", "tanaka", "hayashi", "okada", "mori", "kan",
    "hata", "hashimoto", "kawaguchi", "matsumoto", "yilmaz", "yılmaz", "gul", "gül",
    "schröder", "schroeder", "köhler", "koehler", "fischer", "jung", "rau", "herzog",
    "wong", "bishop", "payne", "reynolds", "andrews", "nelson", "hill", "moore",
    "salinas", "calderón", "calderon", "estrada", "cardoso", "vieira", "araújo", "serra",
    "marcos", "napolitano", "conte", "richard", "philippe", "michel", "charles", "costa",
    "gabriel", "bennett", "sharon", "powell", "anand", "cannon",
    # common English (or other) words
    "may", "rice", "baker", "gates", "cook", "straw", "hunt", "fox", "major", "gore",
    "cleverly", "borne", "struck", "ban", "austin", "hague", "champagne", "swaraj", "petri",
}
"""Single words that must never be aliases on their own (see data/README.md)."""

SHARED_ALIASES = {
    "bush": {"George H. W. Bush", "George W. Bush"},
    "clinton": {"Bill Clinton", "Hillary Clinton"},
    "assad": {"Hafez al-Assad", "Bashar al-Assad"},
    "koizumi": {"Junichiro Koizumi", "Shinjiro Koizumi"},
    "kono": {"Yohei Kono", "Taro Kono"},
}
"""Aliases that name more than one person on purpose; by_name sorts them by date."""

COMMON_WORD_SURNAMES = {"Bush", "Trump", "Truss", "Kohl", "Tusk", "Gallant", "Pence",
                        "Leotard", "Lubbers", "Arroyo", "Maduro"}
"""Surnames that are also English words: they must be capitalised to match."""


@pytest.fixture(scope="module")
def oh() -> OfficeHolders:
    return load_office_holders()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def rows() -> list[tuple[int, dict[str, str]]]:
    return list(read_tsv(PATH, OFFICE_HOLDER_COLUMNS))


def _span(t: OfficeTerm) -> str:
    return f"{t.start}..{t.end or ''}"


# --- the file ------------------------------------------------------------------------


def test_header_and_columns():
    header = PATH.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert tuple(header) == OFFICE_HOLDER_COLUMNS


def test_the_file_loads_and_is_large(oh):
    assert len(oh) >= 900
    assert {type(t) for t in oh} == {OfficeTerm}


def test_dates_parse_and_start_is_not_after_end(rows):
    bad = []
    for number, row in rows:
        start = D.fromisoformat(row["start"])
        end = D.fromisoformat(row["end"]) if row["end"] else None
        if end is not None and end < start:
            bad.append(f"line {number}: {row['name']} ends {end} before starting {start}")
        if start > D(2026, 12, 31) or (end and end > D(2026, 12, 31)):
            bad.append(f"line {number}: {row['name']} has a date in the future")
    assert not bad, "\n".join(bad)


def test_countries_and_organisations_exist(oh, kb):
    bad = []
    for t in oh:
        if (t.country is None) == (t.organisation is None):
            bad.append(f"{t.name}: exactly one of country and organisation must be given")
        elif t.country is not None and t.country not in kb.countries:
            bad.append(f"{t.name}: unknown country {t.country!r}")
        elif t.organisation is not None and t.organisation not in kb.organisations:
            bad.append(f"{t.name}: unknown organisation {t.organisation!r}")
    assert not bad, "\n".join(bad)


def test_terms_fall_within_the_states_lifetime(oh, kb):
    """A Soviet term ends by 1991-12-26, a West German one by 1990-10-03."""
    bad = []
    for t in oh:
        if t.country is None:
            continue
        c = kb.country(t.country)
        if c.valid_from and t.start < c.valid_from:
            bad.append(f"{t.name} ({t.country} {t.role}) starts {t.start}, before {c.valid_from}")
        if c.valid_to and (t.end is None or t.end > c.valid_to):
            bad.append(f"{t.name} ({t.country} {t.role}) runs to {t.end}, after {c.valid_to}")
    assert not bad, "\n".join(bad)


def test_roles_and_sectors(oh):
    bad = [f"{t.name}: role {t.role!r}" for t in oh if t.role not in OFFICE_ROLES]
    bad += [f"{t.name}: sector {t.sector!r}" for t in oh
            if t.sector != ("IGO" if t.organisation else "GOV")]
    bad += [f"{t.name}: Secretary-General outside an organisation" for t in oh
            if t.role == "Secretary-General" and not t.organisation]
    assert not bad, "\n".join(bad)


def test_roles_match_the_actor_stage_vocabulary():
    """Every role but Chancellor is a role of roles.tsv (which reads "chancellor" as PM)."""
    vocabulary = {w.role for w in load_roles().values()}
    assert set(OFFICE_ROLES) - vocabulary == {"Chancellor"}
    assert load_roles()["chancellor"].role == "Prime Minister"


def test_every_row_names_a_source(rows):
    bad = [number for number, row in rows if not row["source"]]
    assert not bad, f"rows without a source: {bad}"


def test_no_overlapping_terms_in_one_office(rows):
    """Terms of one (country or organisation, role) follow each other; a successor may
    start on the day the predecessor's term ends (a one-day overlap at handover)."""
    offices = defaultdict(list)
    for number, row in rows:
        start = D.fromisoformat(row["start"])
        end = D.fromisoformat(row["end"]) if row["end"] else D.max
        offices[(row["country"] or row["organisation"], row["role"])].append(
            (start, end, number, row["name"]))
    overlaps = []
    for (where, role), terms in sorted(offices.items()):
        terms.sort()
        for i, (s1, e1, n1, name1) in enumerate(terms):
            for s2, e2, n2, name2 in terms[i + 1:]:
                if s2 >= e1:
                    break
                ongoing = "ongoing" if e1 == D.max else str(e1)
                overlaps.append(f"{where} {role}: {name1} ({s1}..{ongoing}, line {n1}) and "
                                f"{name2} (from {s2}, line {n2}) overlap by "
                                f"{(min(e1, e2) - s2).days} days")
    assert not overlaps, "overlapping terms:\n" + "\n".join(overlaps)


def test_a_person_has_the_same_aliases_on_every_row(oh):
    seen: dict[str, tuple[str, ...]] = {}
    bad = []
    for t in oh:
        if seen.setdefault(t.name, t.aliases) != t.aliases:
            bad.append(f"{t.name}: {seen[t.name]} vs {t.aliases}")
    assert not bad, "\n".join(bad)


def test_aliases_are_clean(oh):
    bad = []
    for t in oh:
        keys = [normalise(a).casefold() for a in t.aliases]
        if len(set(keys)) != len(keys):
            bad.append(f"{t.name}: repeated alias in {t.aliases}")
        if normalise(t.name).casefold() in keys:
            bad.append(f"{t.name}: the name is repeated among its aliases")
        if any(a != normalise(a) for a in (t.name, *t.aliases)):
            bad.append(f"{t.name}: stray whitespace or a leading 'the' in {t.aliases}")
    assert not bad, "\n".join(sorted(set(bad)))


def test_no_common_surname_or_word_stands_alone(oh):
    bad = sorted({f"{t.name}: {a!r}" for a, t in oh.aliases()
                  if normalise(a).casefold() in BARE_NAMES_NOT_ALLOWED})
    assert not bad, "aliases too common to stand alone:\n" + "\n".join(bad)


def test_an_alias_names_one_person_unless_listed(oh):
    owners = defaultdict(set)
    for alias, t in oh.aliases():
        owners[normalise(alias).casefold()].add(t.name)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == SHARED_ALIASES


def test_aliases_do_not_clash_with_the_knowledge_base(oh, kb):
    bad = sorted({f"{a!r} ({t.name}) is also {[m.alias for m in kb.lookup(a)]}"
                  for a, t in oh.aliases() if kb.lookup(a)})
    assert not bad, "\n".join(bad)


def test_surnames_that_are_words_must_be_capitalised(oh):
    aliases = {a for a, _ in oh.aliases()}
    assert COMMON_WORD_SURNAMES <= aliases
    assert {a: case_mode(a) for a in COMMON_WORD_SURNAMES} == dict.fromkeys(
        COMMON_WORD_SURNAMES, "capitalised")
    assert case_mode("Putin") == case_mode("Xi") == "any"
    assert case_mode("MBS") == case_mode("AKK") == "exact"


# --- coverage ------------------------------------------------------------------------

def _half_years(first: int, last: int = 2026) -> list[dt.date]:
    return [D(y, m, 1) for y in range(first, last + 1) for m in (1, 7)]


def _code(code: str, day: dt.date) -> str:
    """The state's code on ``day``: the Soviet Union and West Germany before they ended."""
    if code == "RUS" and day < D(1992, 1, 1):
        return "SUN"
    if code == "DEU" and day < D(1990, 10, 3):
        return "FRG"
    return code


P5_OFFICES = {
    "USA": ("President", "Vice President", "Foreign Minister", "Defence Minister"),
    "GBR": ("King", "Prime Minister", "Foreign Minister", "Defence Minister"),
    "FRA": ("President", "Prime Minister", "Foreign Minister", "Defence Minister"),
    "RUS": ("President", "Prime Minister", "Foreign Minister", "Defence Minister"),
    "CHN": ("President", "Vice President", "Prime Minister", "Foreign Minister",
            "Defence Minister"),
}

G20_HEADS = {
    "ARG": ("President",), "AUS": ("King", "Prime Minister"), "BRA": ("President",),
    "CAN": ("King", "Prime Minister"), "DEU": ("President", "Chancellor"),
    "IND": ("President", "Prime Minister"), "IDN": ("President",),
    "ITA": ("President", "Prime Minister"), "JPN": ("King", "Prime Minister"),
    "MEX": ("President",), "SAU": ("King", "Prime Minister"), "ZAF": ("President",),
    "KOR": ("President",), "TUR": ("President",),
}

KNOWN_GAPS = {
    ("SUN", "President", D(1990, 1, 1)),  # Gorbachev was Head of State (chairman) until March 1990
    ("RUS", "Defence Minister", D(1992, 1, 1)),  # no Russian ministry until May 1992
}


@pytest.mark.parametrize("code", sorted(P5_OFFICES))
def test_permanent_members_are_complete_since_1990(oh, code):
    missing = [f"{_code(code, day)} {role} {day}"
               for role in P5_OFFICES[code] for day in _half_years(1990)
               if (_code(code, day), role, day) not in KNOWN_GAPS
               and oh.holder(_code(code, day), role, day) is None]
    assert not missing, "no holder for: " + ", ".join(missing)


@pytest.mark.parametrize("code", sorted(G20_HEADS))
def test_g20_heads_of_state_and_government_since_1990(oh, code):
    missing = [f"{_code(code, day)} {role} {day}"
               for role in G20_HEADS[code] for day in _half_years(1990)
               if oh.holder(_code(code, day), role, day) is None]
    assert not missing, "no holder for: " + ", ".join(missing)


def test_turkey_had_prime_ministers_until_2018(oh):
    assert all(oh.holder("TUR", "Prime Minister", day) for day in _half_years(1990, 2017))
    assert oh.holder("TUR", "Prime Minister", D(2019, 1, 1)) is None


HEADS = ("President", "Head of State", "King")
OTHERS_SINCE_2000 = ["UKR", "ISR", "IRN", "PRK", "PAK", "EGY", "SYR", "IRQ", "AFG", "BLR", "VEN",
                     "NGA", "ETH", "POL", "ESP", "NLD", "PHL", "VNM"]
OTHER_GAPS = {("IRQ", D(2003, 7, 1)), ("IRQ", D(2004, 1, 1))}  # the occupation, 2003-2004


@pytest.mark.parametrize("code", OTHERS_SINCE_2000)
def test_other_countries_have_a_head_since_2000(oh, code):
    missing = [str(day) for day in _half_years(2000) if (code, day) not in OTHER_GAPS
               and not any(oh.holder(code, role, day) for role in HEADS)]
    assert not missing, f"{code}: no head of state on " + ", ".join(missing)


@pytest.mark.parametrize("org", ["IGO:UN", "IGO:NATO", "IGO:EC"])
def test_organisation_heads_since_1990(oh, org):
    role = "President" if org == "IGO:EC" else "Secretary-General"
    missing = [str(day) for day in _half_years(1990) if oh.holder(org, role, day) is None]
    assert not missing, f"{org}: nobody on " + ", ".join(missing)


# --- lookups -------------------------------------------------------------------------

HOLDERS = [
    # the brief's cases
    ("USA", "President", D(2019, 6, 1), "Donald Trump"),
    ("USA", "President", D(2023, 6, 1), "Joe Biden"),
    ("USA", "President", D(2025, 6, 1), "Donald Trump"),
    ("CHN", "President", D(2020, 12, 30), "Xi Jinping"),
    ("RUS", "President", D(2010, 1, 1), "Dmitry Medvedev"),
    ("GBR", "Prime Minister", D(2020, 1, 1), "Boris Johnson"),
    ("DEU", "Chancellor", D(2010, 1, 1), "Angela Merkel"),
    ("RUS", "Foreign Minister", D(2020, 12, 30), "Sergey Lavrov"),
    # more, across countries and offices
    ("CHN", "Foreign Minister", D(2020, 12, 30), "Wang Yi"),
    ("CHN", "Prime Minister", D(2020, 12, 30), "Li Keqiang"),
    ("CHN", "Foreign Minister", D(2023, 6, 1), "Qin Gang"),
    ("FRA", "President", D(2010, 1, 1), "Nicolas Sarkozy"),
    ("GBR", "Prime Minister", D(2022, 10, 1), "Liz Truss"),
    ("GBR", "King", D(2023, 1, 1), "Charles III"),
    ("USA", "Foreign Minister", D(2015, 1, 1), "John Kerry"),
    ("USA", "Defence Minister", D(2004, 1, 1), "Donald Rumsfeld"),
    ("USA", "Vice President", D(2010, 1, 1), "Joe Biden"),
    ("SUN", "President", D(1991, 6, 1), "Mikhail Gorbachev"),
    ("RUS", "Prime Minister", D(1999, 9, 1), "Vladimir Putin"),
    ("RUS", "Defence Minister", D(2020, 1, 1), "Sergei Shoigu"),
    ("JPN", "Prime Minister", D(2015, 1, 1), "Shinzo Abe"),
    ("IND", "Prime Minister", D(2010, 1, 1), "Manmohan Singh"),
    ("KOR", "President", D(2018, 1, 1), "Moon Jae-in"),
    ("TUR", "Prime Minister", D(2010, 1, 1), "Recep Tayyip Erdoğan"),
    ("TUR", "President", D(2020, 1, 1), "Recep Tayyip Erdoğan"),
    ("SAU", "King", D(2010, 1, 1), "Abdullah bin Abdulaziz Al Saud"),
    ("SAU", "Prime Minister", D(2023, 1, 1), "Mohammed bin Salman"),
    ("ZAF", "President", D(1995, 1, 1), "Nelson Mandela"),
    ("BRA", "President", D(2016, 6, 1), "Dilma Rousseff"),  # suspended, still in office
    ("MEX", "President", D(2020, 1, 1), "Andrés Manuel López Obrador"),
    ("UKR", "President", D(2022, 3, 1), "Volodymyr Zelensky"),
    ("ISR", "Prime Minister", D(2020, 1, 1), "Benjamin Netanyahu"),
    ("IRN", "President", D(2015, 1, 1), "Hassan Rouhani"),
    ("IRN", "Head of State", D(2015, 1, 1), "Ali Khamenei"),
    ("PRK", "Head of State", D(2015, 1, 1), "Kim Jong Un"),
    ("SYR", "President", D(2015, 1, 1), "Bashar al-Assad"),
    ("IGO:UN", "Secretary-General", D(2010, 1, 1), "Ban Ki-moon"),
    ("IGO:NATO", "Secretary-General", D(2020, 1, 1), "Jens Stoltenberg"),
    ("IGO:EC", "President", D(2020, 1, 1), "Ursula von der Leyen"),
    ("IGO:EUCO", "President", D(2016, 1, 1), "Donald Tusk"),
    ("FRG", "Chancellor", D(1989, 1, 1), "Helmut Kohl"),
    ("DEU", "Chancellor", D(1991, 1, 1), "Helmut Kohl"),
]


@pytest.mark.parametrize(("country", "role", "day", "name"), HOLDERS)
def test_holder(oh, country, role, day, name):
    term = oh.holder(country, role, day)
    assert term is not None and term.name == name, term
    assert term.in_force(day) and term.holder_of == country and term.role == role


def test_holder_edges(oh):
    # on a handover day the incoming holder is returned
    assert oh.holder("USA", "President", D(2021, 1, 20)).name == "Joe Biden"
    assert oh.holder("USA", "President", D(2021, 1, 19)).name == "Donald Trump"
    # a datetime is read as its date
    assert oh.holder("USA", "President", dt.datetime(2025, 6, 1, 12)).name == "Donald Trump"
    # nobody before the file's coverage, for unknown offices, or for states that ended
    assert oh.holder("USA", "President", D(1980, 1, 1)) is None
    assert oh.holder("USA", "Chancellor", D(2020, 1, 1)) is None
    assert oh.holder("XXX", "President", D(2020, 1, 1)) is None
    assert oh.holder("DEU", "Chancellor", D(1989, 1, 1)) is None  # West Germany is FRG
    # "Prime Minister" falls back to Chancellor, not the other way round
    assert oh.holder("DEU", "Prime Minister", D(2010, 1, 1)).name == "Angela Merkel"
    assert oh.holder("GBR", "Chancellor", D(2020, 1, 1)) is None


def test_the_chinese_president_in_2020(oh, kb):
    """A country adjective and a role word, resolved on the article's date."""
    [chinese] = kb.lookup("Chinese")
    role = load_roles()["president"].role
    assert oh.holder(chinese.target.code, role, D(2020, 12, 30)).name == "Xi Jinping"
    [german] = kb.lookup("German")
    role = load_roles()["chancellor"].role  # "Prime Minister"
    assert oh.holder(german.target.code, role, D(2010, 1, 1)).name == "Angela Merkel"


@pytest.mark.parametrize("day", [D(2019, 6, 1), D(2025, 6, 1)])
def test_president_trump_in_2019_and_2025(oh, day):
    first = oh.by_name("Trump", day)[0]
    assert (first.name, first.country, first.role) == ("Donald Trump", "USA", "President")
    assert first.in_force(day)
    assert first.start == (D(2017, 1, 20) if day.year == 2019 else D(2025, 1, 20))


def test_by_name_puts_the_term_in_force_first(oh):
    putin_2009 = oh.by_name("Putin", D(2009, 6, 1))
    assert (putin_2009[0].role, putin_2009[0].country) == ("Prime Minister", "RUS")
    assert putin_2009[0].in_force(D(2009, 6, 1))
    assert len(putin_2009) == 4 and {t.name for t in putin_2009} == {"Vladimir Putin"}
    putin_2020 = oh.by_name("Vladimir Putin", D(2020, 12, 30))
    assert (putin_2020[0].role, putin_2020[0].country) == ("President", "RUS")
    # then the nearest by date: the presidency that ended 2008-05-07, then the one of 2012
    assert [t.start for t in putin_2009[1:]] == [D(1999, 12, 31), D(2012, 5, 7), D(1999, 8, 9)]


def test_by_name_matching(oh):
    assert oh.by_name("trump", D(2019, 6, 1))[0].name == "Donald Trump"
    assert oh.by_name("  VLADIMIR   PUTIN ", D(2020, 1, 1))[0].name == "Vladimir Putin"
    assert oh.by_name("Sergei Lavrov")[0].name == oh.by_name("Lavrov")[0].name == "Sergey Lavrov"
    assert oh.by_name("Xi", D(2020, 12, 30))[0].role == "President"
    assert oh.by_name("Xi", D(2010, 1, 1))[0].role == "Vice President"
    assert oh.by_name("Massimo D\u2019Alema")[0].name == "Massimo D'Alema"
    assert oh.by_name("Yar\u2019Adua")[0].name == "Umaru Musa Yar'Adua"
    assert oh.by_name("Erdogan", D(2020, 1, 1))[0].name == "Recep Tayyip Erdoğan"
    assert oh.by_name("Gerhard Schroeder")[0].name == "Gerhard Schröder"
    for common in ("Lee", "Kim", "Li", "Wang", "Khan", "May", "Brown", "Johnson", "Schroeder"):
        assert oh.by_name(common) == [], common
    assert oh.by_name("Li Qiang")[0].role == "Prime Minister"
    assert oh.by_name("Nobody At All") == oh.by_name("") == []


def test_by_name_with_shared_aliases(oh):
    assert oh.by_name("Bush", D(1991, 1, 1))[0].name == "George H. W. Bush"
    assert oh.by_name("Bush", D(2005, 1, 1))[0].name == "George W. Bush"
    assert oh.by_name("Clinton", D(2010, 1, 1))[0].name == "Hillary Clinton"
    assert oh.by_name("Clinton", D(1995, 1, 1))[0].name == "Bill Clinton"
    assert oh.by_name("Assad", D(2015, 1, 1))[0].name == "Bashar al-Assad"


def test_by_name_for_people_with_several_offices(oh):
    assert oh.by_name("Steinmeier", D(2016, 1, 1))[0].role == "Foreign Minister"
    assert oh.by_name("Steinmeier", D(2020, 1, 1))[0].role == "President"
    tusk_2016 = oh.by_name("Donald Tusk", D(2016, 1, 1))[0]
    assert (tusk_2016.organisation, tusk_2016.country) == ("IGO:EUCO", None)
    assert oh.by_name("Tusk", D(2024, 6, 1))[0].country == "POL"
    ursula = oh.by_name("von der Leyen", D(2015, 1, 1))
    assert (ursula[0].country, ursula[0].role) == ("DEU", "Defence Minister")
    # the Queen reigned in several realms at once: all in force, in file order
    queen = oh.by_name("Queen Elizabeth", D(2000, 1, 1))
    assert [t.country for t in queen] == ["GBR", "AUS", "CAN"]


def test_by_name_without_a_date(oh):
    putin = oh.by_name("Putin")
    assert putin[0].end is None and putin[0].role == "President"
    assert [t.start for t in putin[1:]] == [D(2008, 5, 8), D(1999, 12, 31), D(1999, 8, 9)]
    [merkel] = oh.by_name("Angela Merkel")
    assert merkel.role == "Chancellor"


def test_aliases_cover_every_term(oh):
    pairs = list(oh.aliases())
    assert len(pairs) == sum(1 + len(t.aliases) for t in oh)
    assert {t for _, t in pairs} == set(oh)
    assert ("Xi", oh.holder("CHN", "President", D(2020, 1, 1))) in pairs
    assert all(t in oh.by_name(a) for a, t in pairs[:300])


def test_terms_are_frozen_and_make_actors(oh):
    term = oh.holder("CHN", "President", D(2020, 12, 30))
    with pytest.raises(AttributeError):
        term.name = "x"  # type: ignore[misc]
    assert term.actor() == Actor(id="PERSON:Xi Jinping", name="Xi Jinping", country="CHN",
                                 sector="GOV", role="President", kind="PERSON")
    guterres = oh.holder("IGO:UN", "Secretary-General", D(2020, 1, 1))
    assert guterres.actor().sector == "IGO" and guterres.actor().country is None
    assert term.days_from(D(2020, 1, 1)) == 0
    assert term.days_from(D(2013, 3, 4)) == 10


# --- loading -------------------------------------------------------------------------


def test_load_office_holders_is_cached():
    assert load_office_holders() is load_office_holders()


def test_loading_is_fast():
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        OfficeHolders(_load_office_terms(PATH))
        best = min(best, time.perf_counter() - start)
    assert best < 0.05, f"loading office_holders.tsv took {best * 1000:.1f} ms"


HEADER = "\t".join(OFFICE_HOLDER_COLUMNS)


def _row(**cells: str) -> str:
    row = dict(name="Abc Def", aliases="Def", country="USA", organisation="", role="President",
               sector="GOV", start="2001-01-01", end="2002-01-01", source="test")
    row.update(cells)
    return "\t".join(row[c] for c in OFFICE_HOLDER_COLUMNS)


def test_a_custom_file_loads(tmp_path: Path):
    path = tmp_path / "office_holders.tsv"
    second = _row(name="Ghi", aliases="", start="2002-01-01", end="")
    path.write_text(f"{HEADER}\n{_row()}\n{second}\n", encoding="utf-8")
    oh = load_office_holders(path)
    assert oh.holder("USA", "President", D(2030, 1, 1)).name == "Ghi"
    assert oh.holder("USA", "President", D(2002, 1, 1)).name == "Ghi"
    assert oh.by_name("def")[0].name == "Abc Def"


def test_a_user_dictionary_extends_the_shipped_file(tmp_path: Path):
    path = tmp_path / "mine.tsv"
    row = _row(name="Jane Roe", aliases="Roe", start="2030-01-20", end="")
    path.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    shipped = load_office_holders()
    both = OfficeHolders([*shipped, *load_office_holders(path)])
    assert len(both) == len(shipped) + 1
    assert both.holder("USA", "President", D(2030, 6, 1)).name == "Jane Roe"
    assert both.holder("USA", "President", D(2025, 6, 1)).name == "Donald Trump"
    assert both.by_name("Roe")[0].start == D(2030, 1, 20)


@pytest.mark.parametrize(("rows", "message"), [
    ("Abc\tDef\n", r"office_holders\.tsv:2: expected 9 tab-separated columns, found 2"),
    (_row(start="last year"), r"office_holders\.tsv:2: start 'last year' is not an ISO date"),
    (_row(end="2001-13-01"), r"office_holders\.tsv:2: end '2001-13-01'"),
    (_row(end="2000-01-01"), r"office_holders\.tsv:2: end 2000-01-01 is before start 2001-01-01"),
    (_row(name=""), r"office_holders\.tsv:2: the name column is empty"),
    (_row(start=""), r"office_holders\.tsv:2: the start column is empty"),
    (_row(organisation="IGO:UN"),
     r"office_holders\.tsv:2: give a country or an organisation, not both"),
    (_row(country=""), r"office_holders\.tsv:2: give a country or an organisation, not neither"),
    (_row() + "\n" + _row(end=""), r"office_holders\.tsv:3: repeats the term on line 2"),
])
def test_malformed_rows_are_reported_with_file_and_line(tmp_path: Path, rows: str, message: str):
    path = tmp_path / "office_holders.tsv"
    path.write_text(f"{HEADER}\n{rows}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_office_holders(path)


def test_a_wrong_header_is_reported(tmp_path: Path):
    path = tmp_path / "office_holders.tsv"
    path.write_text("name\tcountry\nAbc\tUSA\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"office_holders\.tsv:1: expected the columns"):
        load_office_holders(path)
