"""The knowledge base: the shipped data files are well formed, and lookups resolve."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from accord.kb import (
    CITY_COLUMNS,
    COUNTRY_COLUMNS,
    DATA_DIR,
    ORGANISATION_COLUMNS,
    City,
    Country,
    KBMatch,
    KnowledgeBase,
    Organisation,
    _load,
    case_mode,
    load_kb,
    normalise,
)
from accord.record import Actor

FILES = {
    "countries.tsv": COUNTRY_COLUMNS,
    "organisations.tsv": ORGANISATION_COLUMNS,
    "cities.tsv": CITY_COLUMNS,
}
REGIONS = {"Africa", "Americas", "Asia", "Europe", "Oceania"}
HISTORICAL = {"SUN", "DDR", "FRG", "YUG", "CSK", "SCG"}
NO_REGION = {"ATA"}
"""Antarctica has no region in the UN geoscheme."""
NO_ADJECTIVE = {"COG", "DMA", "SCG", "ATF", "BVT", "HMD", "SGS", "SJM", "UMI"}
"""See data/README.md: shared adjectives ("Congolese", "Dominican") go to the bigger
country; the rest are uninhabited or have no demonym in English news."""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def key(alias: str) -> str:
    return normalise(alias).casefold()


def codes(matches: list[KBMatch]) -> set[str]:
    out = set()
    for m in matches:
        t = m.target
        out.add(t.code if isinstance(t, Country) else t.id)
    return out


# --- the data files ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_row_has_the_right_column_count(name):
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    assert tuple(lines[0].split("\t")) == FILES[name]
    bad = [f"{name}:{n}: {len(line.split(chr(9)))} columns"
           for n, line in enumerate(lines[1:], start=2)
           if len(line.split("\t")) != len(FILES[name])]
    assert not bad, "\n".join(bad)
    assert all(line.strip() for line in lines), f"{name} has blank lines"


@pytest.mark.parametrize("name", sorted(FILES))
def test_cells_have_no_stray_whitespace_or_empty_parts(name):
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    bad = []
    for n, line in enumerate(lines[1:], start=2):
        for cell in line.split("\t"):
            for part in cell.split("|") if cell else []:
                if not part or part != part.strip() or "  " in part:
                    bad.append(f"{name}:{n}: {cell!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_row_names_its_source(name):
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    source = FILES[name].index("source")
    bad = [f"{name}:{n}" for n, line in enumerate(lines[1:], start=2)
           if not line.split("\t")[source]]
    assert not bad, "rows without a source: " + ", ".join(bad)


def test_country_codes_are_unique_three_capital_letters():
    lines = (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()[1:]
    seen = [line.split("\t")[0] for line in lines]
    dupes = {c for c in seen if seen.count(c) > 1}
    assert not dupes, f"duplicate codes: {sorted(dupes)}"
    bad = [c for c in seen if not re.fullmatch(r"[A-Z]{3}", c)]
    assert not bad, f"codes that are not three capital letters: {bad}"


def test_all_iso_countries_and_the_historical_states_are_there(kb):
    current = [c for c in kb.countries.values() if c.valid_to is None]
    assert len(current) >= 250  # 249 ISO 3166-1 entries plus Kosovo
    assert HISTORICAL <= set(kb.countries)
    for code in ("XKX", "TWN", "PSE", "HKG", "MAC", "ESH", "VAT"):
        assert code in kb.countries


def test_dates_and_regions(kb):
    for c in kb.countries.values():
        if c.code in HISTORICAL:
            assert c.valid_from and c.valid_to and c.valid_from < c.valid_to, c.code
        else:
            assert c.valid_to is None, c.code
        if c.code in NO_REGION:
            assert c.region is None
        else:
            assert c.region in REGIONS, f"{c.code}: region {c.region!r}"


def test_every_country_has_a_name_and_an_adjective(kb):
    missing = sorted(c.code for c in kb.countries.values()
                     if not c.adjectives and c.code not in NO_ADJECTIVE)
    assert not missing, f"countries without an adjective: {missing}"
    assert all(c.name for c in kb.countries.values())


def test_organisations_are_well_formed(kb):
    problems = []
    for o in kb.organisations.values():
        if not re.fullmatch(r"(IGO|INIT|NGO):[A-Z0-9_]+", o.id):
            problems.append(f"{o.id}: malformed id")
        if o.kind not in {"IGO", "INITIATIVE", "NGO"}:
            problems.append(f"{o.id}: kind {o.kind!r}")
        if (o.kind == "INITIATIVE") != o.id.startswith("INIT:") or (o.kind == "NGO") != o.id.startswith("NGO:"):
            problems.append(f"{o.id}: INIT:/NGO: ids and INITIATIVE/NGO kinds go together")
        if o.sector != ("NGO" if o.kind == "NGO" else "IGO"):
            problems.append(f"{o.id}: sector {o.sector!r}")
        for m in o.members:
            if m not in kb.countries and m not in kb.organisations:
                problems.append(f"{o.id}: unknown member {m!r}")
        if len(set(o.members)) != len(o.members):
            problems.append(f"{o.id}: repeated members")
        if o.parent is not None and o.parent not in kb.organisations:
            problems.append(f"{o.id}: unknown parent {o.parent!r}")
        if o.acts_as is not None and o.acts_as != o.parent:
            problems.append(f"{o.id}: acts as {o.acts_as!r}, which is not its parent")
    assert not problems, "\n".join(problems)


def test_cities_are_in_known_current_countries(kb):
    bad = [f"{c.id}" for c in kb.cities.values()
           if c.country not in kb.countries or kb.countries[c.country].valid_to]
    assert not bad, f"cities in unknown or historical countries: {bad}"


def _entries(kb: KnowledgeBase):
    """(entry label, kind, alias) for every alias of every entry."""
    for c in kb.countries.values():
        for a in (c.name, *c.names, *c.adjectives, *c.capitals):
            yield c.code, "country", a
    for o in kb.organisations.values():
        for a in (o.name, *o.aliases):
            yield o.id, "organisation", a
    for city in kb.cities.values():
        for a in (city.name, *city.aliases):
            yield city.id, "city", a
    for group in kb.groups.values():
        for a in (group.name, *group.aliases):
            yield group.id, "group", a


def test_no_alias_is_listed_twice_for_one_entry(kb):
    seen = defaultdict(list)
    for label, _, alias in _entries(kb):
        seen[(label, key(alias))].append(alias)
    dupes = [f"{label}: {aliases}" for (label, _), aliases in seen.items() if len(aliases) > 1]
    assert not dupes, "aliases repeated within one entry:\n" + "\n".join(dupes)


def test_no_alias_maps_to_two_different_things(kb):
    """An alias names one country, one organisation or one city, never two of them."""
    owners = defaultdict(set)
    for label, kind, alias in _entries(kb):
        owners[key(alias)].add((kind, label, alias))
    clashes = []
    for k, who in sorted(owners.items()):
        labels = {label for _, label, _ in who}
        if len(labels) > 1:
            clashes.append(f"{k!r}: " + ", ".join(f"{a!r} -> {kind} {label}"
                                                   for kind, label, a in sorted(who)))
    assert not clashes, "aliases that map to two different entries:\n" + "\n".join(clashes)


def test_short_acronyms_are_case_sensitive():
    assert case_mode("US") == case_mode("U.S.") == case_mode("UN") == "exact"
    assert case_mode("WHO") == case_mode("G20") == case_mode("AU") == "exact"
    assert case_mode("NATO") == case_mode("Russia") == "any"
    assert case_mode("LeT") == "exact"  # "Let us now focus ..." names no armed group
    assert case_mode("Turkey") == case_mode("White House") == "capitalised"


# --- lookups -----------------------------------------------------------------------

LOOKUPS = [
    ("Russia", "RUS", "name"),
    ("Russian Federation", "RUS", "alias"),
    ("Russian", "RUS", "adjective"),
    ("Russians", "RUS", "adjective"),
    ("the Kremlin", "RUS", "capital"),
    ("Kremlin", "RUS", "capital"),
    ("Moscow", "RUS", "capital"),
    ("MOSCOW", "RUS", "capital"),
    ("Chinese", "CHN", "adjective"),
    ("Beijing", "CHN", "capital"),
    ("People's Republic of China", "CHN", "alias"),
    ("People\u2019s Republic of China", "CHN", "alias"),
    ("U.S.", "USA", "alias"),
    ("US", "USA", "alias"),
    ("the US", "USA", "alias"),
    ("United States", "USA", "name"),
    ("Washington", "USA", "capital"),
    ("the White House", "USA", "capital"),
    ("Britain", "GBR", "alias"),
    ("UK", "GBR", "alias"),
    ("Downing Street", "GBR", "capital"),
    ("Emirati", "ARE", "adjective"),
    ("South Korea", "KOR", "name"),
    ("Seoul", "KOR", "capital"),
    ("North Korea", "PRK", "name"),
    ("Pyongyang", "PRK", "capital"),
    ("DPRK", "PRK", "alias"),
    ("Taiwan", "TWN", "name"),
    ("Kosovo", "XKX", "name"),
    ("Palestinians", "PSE", "adjective"),
    ("Ivory Coast", "CIV", "name"),
    ("Cote d'Ivoire", "CIV", "alias"),
    ("Côte d\u2019Ivoire", "CIV", "alias"),
    ("Burma", "MMR", "alias"),
    ("Holland", "NLD", "alias"),
    ("Czechia", "CZE", "alias"),
    ("Kyiv", "UKR", "capital"),
    ("Kiev", "UKR", "capital"),
    ("Turkey", "TUR", "name"),
    ("TURKEY", "TUR", "name"),
    ("Türkiye", "TUR", "alias"),
    ("Filipino", "PHL", "adjective"),
    ("Hong Kong", "HKG", "name"),
    ("USSR", "SUN", "alias"),
    ("Soviet Union", "SUN", "name"),
    ("East Germany", "DDR", "name"),
    ("West Germany", "FRG", "name"),
    ("Yugoslavia", "YUG", "name"),
    ("Czechoslovakia", "CSK", "name"),
]


@pytest.mark.parametrize(("alias", "code", "via"), LOOKUPS)
def test_country_lookups(kb, alias, code, via):
    matches = kb.lookup(alias)
    assert [(m.kind, m.target.code, m.via) for m in matches] == [("country", code, via)]


@pytest.mark.parametrize(("alias", "city_id"), [
    ("St. Petersburg", "RUS:Saint Petersburg"),
    ("Saint Petersburg", "RUS:Saint Petersburg"),
    ("Mumbai", "IND:Mumbai"),
    ("Bombay", "IND:Mumbai"),
    ("Sao Paulo", "BRA:São Paulo"),
    ("Odessa", "UKR:Odesa"),
    ("Mosul", "IRQ:Mosul"),
    ("Gaza", "PSE:Gaza"),
    ("Tel Aviv", "ISR:Tel Aviv"),
    ("Shanghai", "CHN:Shanghai"),
    ("New York", "USA:New York"),
])
def test_city_lookups(kb, alias, city_id):
    [match] = kb.lookup(alias)
    assert (match.kind, match.via, match.target.id) == ("city", "city", city_id)


@pytest.mark.parametrize(("alias", "org_id"), [
    ("SCO", "IGO:SCO"),
    ("Shanghai Cooperation Organization", "IGO:SCO"),
    ("Shanghai Cooperation Organisation", "IGO:SCO"),
    ("Group of 20", "IGO:G20"),
    ("G20", "IGO:G20"),
    ("G-20", "IGO:G20"),
    ("Eurasian Economic Union", "IGO:EAEU"),
    ("United Nations", "IGO:UN"),
    ("the United Nations", "IGO:UN"),
    ("UN", "IGO:UN"),
    ("U.N.", "IGO:UN"),
    ("NATO", "IGO:NATO"),
    ("Nato", "IGO:NATO"),
    ("European Union", "IGO:EU"),
    ("EU", "IGO:EU"),
    ("WHO", "IGO:WHO"),
    ("Arab League", "IGO:AL"),
    ("World Bank", "IGO:WB"),
    ("Belt and Road Initiative", "INIT:BRI"),
    ("Belt and Road", "INIT:BRI"),
    ("One Belt, One Road", "INIT:BRI"),
    ("Quad", "IGO:QUAD"),
])
def test_organisation_lookups(kb, alias, org_id):
    [match] = kb.lookup(alias)
    assert (match.kind, match.target.id) == ("organisation", org_id)


@pytest.mark.parametrize("alias", [
    "us", "Us", "un", "Un", "who", "eu", "uk", "au", "turkey", "china", "chad",
    "white house", "quad", "", "   ", "the", "Atlantis",
])
def test_lookups_that_match_nothing(kb, alias):
    assert kb.lookup(alias) == []


def test_lookup_normalises_spaces_and_a_leading_the(kb):
    assert codes(kb.lookup("  the   Kremlin ")) == {"RUS"}
    assert codes(kb.lookup("THE KREMLIN")) == {"RUS"}
    assert codes(kb.lookup("South\u00a0Korea")) == {"KOR"}
    assert codes(kb.lookup("The Hague")) == codes(kb.lookup("Hague")) == {"NLD"}


def test_memberships(kb):
    brics = kb.organisation("IGO:BRICS").members
    assert {"CHN", "RUS", "BRA", "IND", "ZAF"} <= set(brics)
    assert {"CHN", "RUS", "IND", "PAK", "IRN"} <= set(kb.organisation("IGO:SCO").members)
    g20 = kb.organisation("IGO:G20").members
    assert "IGO:EU" in g20 and "USA" in g20 and len(g20) == 21
    assert len(kb.organisation("IGO:EU").members) == 27
    assert len(kb.organisation("IGO:NATO").members) == 32
    assert set(kb.organisation("IGO:EAEU").members) == {"RUS", "BLR", "KAZ", "KGZ", "ARM"}
    assert kb.organisation("IGO:UN").members == ()
    assert kb.organisation("IGO:UNHCR").parent == "IGO:UN"


def test_an_organ_acts_as_its_organisation(kb):
    # "the Security Council", "the European Commission" act as the UN and the EU; an agency
    # with its own membership acts as itself
    assert kb.actor_for(kb.lookup("UN Security Council")[0]).id == "IGO:UN"
    assert kb.actor_for(kb.lookup("European Commission")[0]).id == "IGO:EU"
    assert kb.actor_for(kb.lookup("IAEA")[0]).id == "IGO:IAEA"
    assert kb.organisation("INIT:BRI").kind == "INITIATIVE"


def test_historical_states(kb):
    [match] = kb.lookup("USSR")
    ussr = match.target
    assert ussr is kb.country("SUN")
    assert ussr.valid_from == dt.date(1922, 12, 30)
    assert ussr.valid_to == dt.date(1991, 12, 26)
    assert ussr.valid_on(dt.date(1980, 1, 1))
    assert not ussr.valid_on(dt.date(1992, 1, 1))
    assert not ussr.valid_on(dt.date(1920, 1, 1))
    assert kb.country("RUS").valid_on(dt.date(2024, 1, 1))
    assert kb.country("DDR").valid_to == dt.date(1990, 10, 3)


# --- actors ------------------------------------------------------------------------


def test_actor_for_countries(kb):
    [name] = kb.lookup("Russia")
    assert kb.actor_for(name) == Actor(id="RUS", name="Russia", country="RUS", sector=None,
                                       role=None, kind="COUNTRY")
    [adjective] = kb.lookup("Russians")
    assert kb.actor_for(adjective) == kb.actor_for(name)
    [capital] = kb.lookup("the Kremlin")
    assert kb.actor_for(capital) == Actor(id="RUS", name="Russia", country="RUS",
                                          sector="GOV", role=None, kind="COUNTRY")
    [white_house] = kb.lookup("White House")
    assert kb.actor_for(white_house).sector == "GOV"
    assert kb.actor_for(white_house).name == "United States"


def test_actor_for_organisations_and_cities(kb):
    [sco] = kb.lookup("SCO")
    assert kb.actor_for(sco) == Actor(id="IGO:SCO", name="Shanghai Cooperation Organization",
                                      country=None, sector="IGO", role=None, kind="IGO")
    [bri] = kb.lookup("BRI")
    assert kb.actor_for(bri).kind == "INITIATIVE"
    [city] = kb.lookup("St Petersburg")
    assert kb.actor_for(city) == Actor(id="RUS:Saint Petersburg", name="Saint Petersburg",
                                       country="RUS", sector=None, role=None, kind="PLACE")


# --- the API -----------------------------------------------------------------------


def test_aliases_cover_every_entry(kb):
    pairs = list(kb.aliases())
    assert len(pairs) == sum(1 for _ in _entries(kb))
    targets = {m.target for _, m in pairs}
    assert set(kb.countries.values()) <= targets
    assert set(kb.organisations.values()) <= targets
    assert set(kb.cities.values()) <= targets
    assert set(kb.groups.values()) <= targets
    assert all(alias == m.alias for alias, m in pairs)
    assert all(m in kb.lookup(alias) for alias, m in pairs if case_mode(alias) == "any")


def test_dataclasses_are_frozen(kb):
    with pytest.raises(AttributeError):
        kb.country("RUS").name = "x"  # type: ignore[misc]
    assert isinstance(kb.country("RUS").names, tuple)
    assert {type(v) for v in kb.cities.values()} == {City}
    assert {type(v) for v in kb.organisations.values()} == {Organisation}


def test_country_raises_key_error_for_unknown_codes(kb):
    with pytest.raises(KeyError):
        kb.country("XXX")


def test_load_kb_is_cached():
    assert load_kb() is load_kb()
    assert load_kb(DATA_DIR) is not load_kb()


def test_loading_is_fast():
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        _load(DATA_DIR)
        best = min(best, time.perf_counter() - start)
    assert best < 0.05, f"loading the knowledge base took {best * 1000:.1f} ms"


def test_kb_imports_neither_spacy_nor_pycountry():
    code = ("import sys, accord.kb; accord.kb.load_kb(); "
            "print(sorted(m for m in ('spacy', 'pycountry') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# --- malformed files ---------------------------------------------------------------


def _write_data(tmp_path: Path, **overrides: str) -> Path:
    for name in FILES:
        text = overrides.get(name.removesuffix(".tsv"))
        if text is None:
            text = (DATA_DIR / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_custom_data_dir_loads(tmp_path):
    header = "\t".join(COUNTRY_COLUMNS)
    row = "\t".join(["ABC", "Abcland", "", "Abcish", "Abc City", "", "", "Europe", "test"])
    data = _write_data(tmp_path, countries=f"{header}\n{row}\n",
                       cities="\t".join(CITY_COLUMNS) + "\n",
                       organisations="\t".join(ORGANISATION_COLUMNS) + "\n")
    kb = load_kb(data)
    assert list(kb.countries) == ["ABC"]
    assert codes(kb.lookup("Abc City")) == {"ABC"}


@pytest.mark.parametrize(("rows", "message"), [
    ("ABC\tAbcland\n", r"countries\.tsv:2: expected 9 tab-separated columns, found 2"),
    ("ABC\tAbcland\t\t\t\tlast year\t\tEurope\tx\n", r"countries\.tsv:2: valid_from 'last year'"),
    ("ABC\tAbcland\t\t\t\t2000-01-01\t1990-01-01\tEurope\tx\n",
     r"countries\.tsv:2: valid_from .* not before"),
    ("\tAbcland\t\t\t\t\t\tEurope\tx\n", r"countries\.tsv:2: the code column is empty"),
    ("ABC\tA\t\t\t\t\t\tEurope\tx\nABC\tB\t\t\t\t\t\tEurope\tx\n",
     r"countries\.tsv:3: duplicate code 'ABC'"),
])
def test_malformed_rows_are_reported_with_file_and_line(tmp_path, rows, message):
    header = "\t".join(COUNTRY_COLUMNS)
    with pytest.raises(ValueError, match=message):
        load_kb(_write_data(tmp_path, countries=f"{header}\n{rows}"))


def test_a_wrong_header_is_reported(tmp_path):
    with pytest.raises(ValueError, match=r"cities\.tsv:1: expected the columns"):
        load_kb(_write_data(tmp_path, cities="city\tcountry\nOslo\tNOR\n"))


def test_groups_belong_to_known_countries(kb):
    assert kb.groups, "groups.tsv is empty"
    for group in kb.groups.values():
        if group.id.startswith("STB:"):
            # state_bodies.tsv: a country's own institutions
            assert group.country in kb.countries, f"{group.id}: unknown country {group.country}"
            assert group.sector in {"GOV", "LEG", "JUD", "COP", "MIL"}, f"{group.id}: sector {group.sector}"
            assert group.id.startswith(f"STB:{group.country}_"), group.id
            continue
        assert group.id.startswith(("GRP:", "MED:")), group.id
        # armed groups active across borders have no country
        assert group.country in kb.countries or (group.country is None and group.sector == "REB"), (
            f"{group.id}: unknown country {group.country}")
        assert group.sector in {"PTY", "REB", "OPP", "MIL", "MED"}, f"{group.id}: sector {group.sector}"
        assert (group.sector == "MED") == group.id.startswith("MED:"), group.id


@pytest.mark.parametrize(("alias", "country"), [
    ("Hamas", "PSE"), ("Hezbollah", "LBN"), ("Tamil Tigers", "LKA"), ("PKK", "TUR"), ("Taliban", "AFG"),
    ("ISIL", None), ("al-Qaeda", None), ("Lashkar-e-Taiba", "PAK"),
])
def test_group_lookup(kb, alias, country):
    [match] = kb.lookup(alias)
    actor = kb.actor_for(match)
    assert (actor.country, actor.kind) == (country, "GROUP")
