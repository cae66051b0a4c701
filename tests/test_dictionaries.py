"""User dictionaries: accord's TSV/JSON Lines formats and PETRARCH/TABARI actor and agent files."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.dictionaries import (
    COLUMNS,
    AgentWord,
    Dictionary,
    UserActor,
    detect_format,
    load_dictionaries,
    load_dictionary,
    merge_dictionaries,
    petrarch_date,
    petrarch_name,
    plural,
    to_jsonl,
    to_tsv,
    write_dictionary,
)
from accord.errors import AccordError, DictionaryError
from accord.record import Actor

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"
PEOPLE_TSV = FIXTURES / "people.tsv"
PEOPLE_JSONL = FIXTURES / "people.jsonl"
OVERRIDE = FIXTURES / "override.tsv"
ACTORS = FIXTURES / "ruritania.actors"
AGENTS = FIXTURES / "ruritania.agents"
PETRARCH = Path(__file__).resolve().parents[2] / "shared" / "eval" / "petrarch" / "original"
HEADER = "\t".join(COLUMNS)

D = dt.date


def found(d: Dictionary, text: str, on: dt.date | None = None) -> UserActor:
    """The term ``text`` names, failing the test when there is none."""
    term = d.lookup(text, on=on)
    assert term is not None, text
    return term


def agent(d: Dictionary, phrase: str) -> AgentWord:
    word = d.agent(phrase)
    assert word is not None, phrase
    return word


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- accord's formats ------------------------------------------------------------------------

def test_tsv_rows_become_terms() -> None:
    d = load_dictionary(PEOPLE_TSV)
    assert len(d) == 8
    assert d.warnings == []
    first = d.actors[0]
    assert first == UserActor(
        name="Rudolf Rassendyll", aliases=("Rassendyll", "R. Rassendyll"),
        id="PERSON:Rudolf Rassendyll", country="RUR", sector="GOV", role="foreign minister",
        kind="PERSON", valid_from=D(2001, 3, 1), valid_to=D(2009, 6, 1))
    assert first.source == f"{PEOPLE_TSV}:4"  # comments and the header counted
    ruritania = d.lookup("Ruritania")
    assert ruritania is not None and ruritania.id == "RUR"  # id defaults to the country
    assert ruritania.kind == "COUNTRY" and ruritania.sector is None and ruritania.role is None
    times = d.lookup("Zenda Times")
    assert times is not None  # codes and kinds are upper-cased
    assert (times.country, times.sector, times.kind) == ("RUR", "MED", "ORGANISATION")
    lgs = d.lookup("LGS")
    assert lgs is not None and lgs.country is None and lgs.id == "IGO:LGS"


def test_jsonl_reads_like_tsv() -> None:
    tsv = load_dictionary(PEOPLE_TSV)
    jsonl = load_dictionary(PEOPLE_JSONL)
    assert jsonl.warnings == []
    assert jsonl.actors == tsv.actors
    assert jsonl.actors[1].source == f"{PEOPLE_JSONL}:3"


@pytest.mark.parametrize("suffix", [".tsv", ".txt", ".jsonl"])
def test_accord_formats_round_trip(tmp_path: Path, suffix: str) -> None:
    original = load_dictionary(PEOPLE_TSV)
    out = tmp_path / f"copy{suffix}"
    write_dictionary(original, out)
    again = load_dictionary(out)
    assert again.actors == original.actors
    assert again.warnings == []


def test_comments_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "c.tsv", f"# leading comment\n\n{HEADER}\n  # indented comment\n\n"
                 "Jane Roe\t\t\tRUR\n# Not A Row\tx\tx\tRUR\n")
    d = load_dictionary(path)
    assert [a.name for a in d.actors] == ["Jane Roe"]  # trailing empty cells may be left out
    assert d.lookup("not a row") is None


def test_user_actor_becomes_an_actor() -> None:
    term = UserActor(name="  Jane   Roe ", aliases=["J. Roe", " "], country="rur",
                     sector="gov", role="minister", kind="person")
    assert term.name == "Jane Roe" and term.aliases == ("J. Roe",)
    assert term.id == "PERSON:Jane Roe"
    assert term.actor() == Actor(id="PERSON:Jane Roe", name="Jane Roe", country="RUR",
                                 sector="GOV", role="minister", kind="PERSON")
    assert UserActor(name="Zenda Post", country="RUR", kind="ORGANISATION").id == "ORG:Zenda Post"
    with pytest.raises(ValueError, match="neither an id nor a country"):
        UserActor(name="Nobody")
    with pytest.raises(ValueError, match="three-character"):
        UserActor(name="X", country="RURI")
    with pytest.raises(ValueError, match="control character"):
        UserActor(name="Jane\x00Roe", id="X")
    with pytest.raises(ValueError, match="not before"):
        UserActor(name="X", id="X", valid_from=D(2000, 1, 1), valid_to=D(2000, 1, 1))


# --- lookups -----------------------------------------------------------------------------

def test_dated_terms_pick_the_one_valid_on_the_day() -> None:
    d = load_dictionary(PEOPLE_TSV)

    def role(on: dt.date | None) -> str | None:
        term = d.lookup("Rassendyll", on=on)
        assert term is not None
        return term.role

    assert role(D(2001, 3, 1)) == "foreign minister"
    assert role(D(2009, 5, 31)) == "foreign minister"
    assert role(D(2009, 6, 1)) == "president"  # valid_to is the first day that no longer holds
    assert role(D(2030, 1, 1)) == "president"
    assert role(D(1995, 1, 1)) == "former president"  # no dated term holds: the undated one
    assert role(None) == "former president"  # no day: the undated term
    lgs = d.lookup("League of Graustark States", on=D(1980, 1, 1))
    assert lgs is None  # dated only, and not yet valid


def test_lookup_normalises_the_text() -> None:
    d = load_dictionary(PEOPLE_TSV)
    for text in ("Ruritanian", "RURITANIANS", "the Ruritanian", "The  Ruritanian", " ruritania\n"):
        term = d.lookup(text)
        assert term is not None and term.id == "RUR", text
    assert d.lookup("Ruritanian army") is None
    assert d.lookup("") is None
    d2 = Dictionary([UserActor(name="Fritz von Tarlenheim's Men", id="RURMIL")])
    assert d2.lookup("fritz von tarlenheim\u2019s men") is not None
    assert "Ruritania" in d and "Graustark" not in d


def test_later_dictionaries_override_earlier_ones() -> None:
    d = load_dictionaries([PEOPLE_TSV, OVERRIDE])
    elphbergs = d.lookup("Elphbergs")
    assert elphbergs is not None and elphbergs.id == "RURMIL"
    brigade = d.lookup("Black Elphberg Brigade")  # the name the later file does not touch
    assert brigade is not None and brigade.id == "RURREB"
    flavia = d.lookup("Princess Flavia")
    assert flavia is not None and flavia.id == "PERSON:Flavia"
    reverse = merge_dictionaries(load_dictionary(OVERRIDE), load_dictionary(PEOPLE_TSV))
    assert found(reverse, "Elphbergs").id == "RURREB"
    assert len(d) == len(reverse) == 10


def test_an_override_replaces_every_dated_term() -> None:
    old = load_dictionary(PEOPLE_TSV)
    new = Dictionary([UserActor(name="Rassendyll", id="PERSON:Rassendyll", kind="PERSON")])
    d = Dictionary.merge(old, new)
    assert found(d, "Rassendyll", on=D(2005, 1, 1)).id == "PERSON:Rassendyll"
    assert found(d, "Rudolf Rassendyll", on=D(2005, 1, 1)).role == "foreign minister"


def test_aliases_lists_every_name_once_per_term_without_overridden_ones() -> None:
    d = load_dictionaries([PEOPLE_TSV, OVERRIDE])
    pairs = list(d.aliases())
    names = [name for name, _ in pairs]
    assert names.count("Rassendyll") == 3  # three terms
    assert "Assembly of Ruritania" in names and "Princess Flavia" in names
    assert [t.id for n, t in pairs if n == "Elphbergs"] == ["RURMIL"]
    assert all(isinstance(t, UserActor) for _, t in pairs)


def test_a_name_given_twice_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.tsv", f"{HEADER}\nZenda\t\tRURZEN\nzenda\t\tGRKZEN\n")
    d = load_dictionary(path)
    assert found(d, "Zenda").id == "RURZEN"  # the first wins
    assert len(d.warnings) == 1 and f"{path}:3" in d.warnings[0] and "first" in d.warnings[0]


# --- PETRARCH / TABARI actors -------------------------------------------------------------

def test_petrarch_actor_entries() -> None:
    d = load_dictionary(ACTORS)
    rur = d.lookup("Ruritania")
    assert rur == UserActor(name="Ruritania", aliases=("Ruritanian", "Strelsau"), id="RUR",
                            country="RUR", kind="COUNTRY")
    assert rur.source == f"{ACTORS}:7"
    assert d.lookup("strelsau") is rur
    sapt = d.lookup("Colonel Sapt")
    assert sapt is not None
    assert (sapt.id, sapt.country, sapt.sector, sapt.kind) == ("RURMILSPY", "RUR", "MIL", "GROUP")
    raiders = d.lookup("Black Michael S Men")
    assert raiders is not None and raiders.name == "Hentzau Raiders" and raiders.sector == "REB"
    names = {t.name for t in d.actors}
    assert {"King Rudolf the Fifth", "League of Graustark States", "Zenda Castle"} <= names


def test_petrarch_date_restrictions() -> None:
    d = load_dictionary(ACTORS)

    def code(on: dt.date | None) -> str:
        term = d.lookup("Rudolf V", on=on)
        assert term is not None and term.name == "King Rudolf the Fifth"
        return term.id

    assert code(D(1990, 1, 1)) == "RURELI"
    assert code(D(1999, 6, 30)) == "RURELI"  # "<" includes the day
    assert code(D(1999, 7, 1)) == "RURGOV"
    assert code(D(2010, 12, 31)) == "RURGOV"  # both ends of an interval included
    assert code(D(2011, 1, 1)) == "RURELI"  # ">" includes the day
    assert code(None) == "RUR"  # the indented default
    terms = [t for t in d.actors if t.name == "King Rudolf the Fifth"]
    assert [(t.valid_from, t.valid_to) for t in terms] == [
        (None, D(1999, 7, 1)), (D(1999, 7, 1), D(2011, 1, 1)), (D(2011, 1, 1), None), (None, None)]


def test_petrarch_igo_ngo_compound_and_null_codes() -> None:
    d = load_dictionary(ACTORS)
    lgs = d.lookup("LGS")
    assert lgs is not None
    assert (lgs.id, lgs.country, lgs.sector, lgs.kind) == ("IGO:LGS", None, "IGO", "IGO")
    police = d.lookup("Graustark Police Union")
    assert police is not None and police.id == "IGO:COPGPU" and police.kind == "IGO"
    relief = d.lookup("Zenda Relief Society")
    assert relief is not None
    assert (relief.id, relief.country, relief.kind) == ("NGO", None, "ORGANISATION")
    duchies = d.lookup_all("the Twin Duchies")
    assert [t.id for t in duchies] == ["RUR", "GRK"]
    assert found(d, "Twin Duchies").id == "RUR"
    assert d.lookup_all("Ruritania") == [d.lookup("Ruritania")]
    mystery = d.lookup("Mystery Man")
    assert mystery is not None
    assert (mystery.id, mystery.country, mystery.kind) == ("---", None, None)


def test_petrarch_comments_stop_and_lowercase_codes() -> None:
    d = load_dictionary(ACTORS)
    castle = d.lookup("Zenda Castle")
    assert castle is not None and castle.id == "RURGOV"
    assert any(":30:" in w and "lower-case" in w for w in d.warnings)
    assert not any("(skipped)" in w for w in d.warnings)
    assert d.lookup("this line") is None  # after ---STOP---
    assert all("#" not in t.name and ";" not in t.name for t in d.actors)
    assert len({t.name for t in d.actors}) == 11


def test_petrarch_text_is_recognised_by_content(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.txt", "# my actors\nFREEDONIA [FRD]\n+FREEDONIAN\n")
    assert detect_format(path, path.read_text()) == "actors"
    assert found(load_dictionary(path), "Freedonian").country == "FRD"
    accord_txt = write(tmp_path, "accord.txt", f"{HEADER}\nFreedonia\t\t\tFRD\n")
    assert detect_format(accord_txt, accord_txt.read_text()) == "tsv"


def test_petrarch_names_and_dates() -> None:
    assert petrarch_name("PRESIDENT_JOHN_Q._PUBLIC") == "President John Q. Public"
    assert petrarch_name("GROUP OF_77") == "Group of 77"
    assert petrarch_name("UN_") == "UN" and petrarch_name("THE_AU") == "The AU"
    assert petrarch_name("AL-ZENDA_FRONT") == "Al-Zenda Front"
    assert petrarch_name("McZenda") == "McZenda"
    assert petrarch_date("000101") == D(2000, 1, 1)
    assert petrarch_date("300101") == D(2030, 1, 1)
    assert petrarch_date("310101") == D(1931, 1, 1)
    assert petrarch_date("19991231") == D(1999, 12, 31)
    for bad in ("9901", "991332", "20010229", "99-01-01"):
        with pytest.raises(ValueError):
            petrarch_date(bad)


# --- PETRARCH agents --------------------------------------------------------------------------

def test_petrarch_agents() -> None:
    d = load_dictionary(AGENTS)
    assert d.actors == []
    phrases = {w.phrase: w for w in d.agents}
    assert phrases["chancellor"] == AgentWord("chancellor", "GOV")
    assert "chancellors" in phrases and "deputies" in phrases and "bosses" in phrases
    assert phrases["war ministers"].code == "GOVDEF" and phrases["war ministers"].sector == "GOV"
    assert "gendarmerie" in phrases and "gendarmeries" not in phrases  # {} = no plural
    assert phrases["secretaries of state"].code == "GOV"
    assert "secretary of states" not in phrases
    assert {"peace envoy", "peace envoys", "peace emissary", "peace emissaries"} <= set(phrases)
    assert "peace envoyses" not in phrases  # no plurals for substitutions
    relief = phrases["relief societies"]
    assert relief.code == "NGO" and relief.prefix
    assert phrases["army"].code == "MIL" and not phrases["army"].prefix
    assert d.agent("War_Ministers") is phrases["war ministers"]
    assert d.agent("the Chancellor") is phrases["chancellor"]
    assert d.agent("king") is None
    assert any(":10:" in w and "Combine" in w for w in d.warnings)
    assert phrases["army"].source == f"{AGENTS}:11"


def test_plural() -> None:
    assert plural("foreign minister") == "foreign ministers"
    assert plural("authority") == "authorities"
    assert plural("attorney") == "attorneys"
    assert plural("congress") == "congresses"
    assert plural("officials") is None


# --- errors -------------------------------------------------------------------------------------

BAD_FILES = [
    ("a.actors", "GOOD [RUR]\n+OK\nBAD [RUR 991301-000101]\n", 3, "not a valid date"),
    ("a.actors", "GOOD [RUR]\nBAD [RUR 000101-990101]\n", 2, "ends before it starts"),
    ("a.actors", "GOOD [RUR]\nBAD\n\t[990101-000101]\n", 3, "no code"),
    ("a.actors", "+ORPHAN\nGOOD [RUR]\n", 1, "no entry above"),
    ("a.actors", "GOOD [RUR]\nBAD [RUR\n", 2, "unbalanced"),
    ("a.actors", "GOOD [RUR]\nNO_CODE_AT_ALL\nOTHER [GRK]\n", 2, "has no [code]"),
    ("a.actors", "GOOD [RUR]\nBAD [XY]\n", 2, "shorter than three"),
    ("a.actors", "GOOD [RUR]\nBAD [RUR <9901]\n", 2, "not YYMMDD"),
    ("a.actors", "GOOD [RUR]\n\tstray words\n", 2, "should hold a [code]"),
    ("a.actors", "GOOD [RUR]\n+ALIAS [GRK]\n", 2, "cannot carry a code"),
    ("a.agents", "GOOD [~GOV]\nBAD [GOV]\n", 2, "[~CODE]"),
    ("a.agents", "GOOD [~GOV]\n!UNKNOWN!_MINISTER [~GOV]\n", 2, "not defined"),
    ("a.agents", "GOOD [~GOV]\nNO CODE HERE\n", 2, "PHRASE"),
    ("a.tsv", f"{HEADER}\nGood\t\tRUR\n\t\tRUR\n", 3, "name is empty"),
    ("a.tsv", f"{HEADER}\nGood\t\tRUR\nBad\n", 3, "id or a country"),
    ("a.tsv", f"{HEADER}\nGood\t\tRUR\nBad\t\t\tRURI\n", 3, "three-character"),
    ("a.tsv", f"{HEADER}\nGood\t\tRUR\nBad\t\tX\t\t\t\t\t2001-13-01\t\n", 3, "ISO date"),
    ("a.tsv", f"{HEADER}\nGood\t\tRUR\nBad\t\tX\t\t\t\t\t2001-01-01\t2000-01-01\n", 3,
     "not before"),
    ("a.tsv", f"{HEADER}\nGood\t\tRUR\nBad\t\tX\t\t\t\t\t\t\textra\n", 3, "columns"),
    ("a.jsonl", '{"name": "Good", "id": "X"}\n{"name": "Bad", "id": "X",\n', 2, "not valid JSON"),
    ("a.jsonl", '{"name": "Good", "id": "X"}\n["Bad"]\n', 2, "JSON object"),
    ("a.jsonl", '{"name": "Good", "id": "X"}\n{"name": "Bad", "id": "X", "cuntry": "RUR"}\n', 2,
     "cuntry"),
    ("a.jsonl", '{"name": "Good", "id": "X"}\n{"name": "Bad", "id": 7}\n', 2, "must be a string"),
]


@pytest.mark.parametrize(("name", "text", "line", "fragment"), BAD_FILES)
def test_a_bad_line_names_file_and_line(tmp_path: Path, name: str, text: str, line: int,
                                        fragment: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(DictionaryError) as info:
        load_dictionary(path)
    assert isinstance(info.value, AccordError)
    assert info.value.where == f"{path}:{line}"
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert fragment in info.value.problem


@pytest.mark.parametrize(("name", "text", "line", "fragment"), BAD_FILES)
def test_not_strict_skips_bad_lines_with_a_warning(tmp_path: Path, name: str, text: str,
                                                   line: int, fragment: str) -> None:
    path = write(tmp_path, name, text)
    d = load_dictionary(path, strict=False)
    skipped = [w for w in d.warnings if w.endswith("(skipped)")]
    assert len(skipped) == 1
    assert skipped[0].startswith(f"{path}:{line}: ") and fragment in skipped[0]
    good = d.lookup("good") if d.actors else d.agent("good")
    assert good is not None
    assert d.lookup("bad") is None


def test_not_strict_collects_every_bad_line(tmp_path: Path) -> None:
    path = write(tmp_path, "many.actors", "A [RUR]\nB [XY]\nC [GRK]\n\t[GRK 1-2]\n+D\nE\n")
    d = load_dictionary(path, strict=False)
    assert [w.split(": ")[0] for w in d.warnings] == [f"{path}:2", f"{path}:4", f"{path}:6"]
    assert found(d, "D").id == "GRK"


@pytest.mark.parametrize(("name", "text", "fragment"), [
    ("verbs.txt", "--- ABANDON  [345]  ---\nABANDON\n- * TALKS [012]\n", "verbs dictionary"),
    ("discards.txt", "MONTHS LATER\n+SPORTS NEWS\n", "cannot tell"),
    ("people.tsv", "name\tid\nJane\tX\n", "header"),
    ("people.txt", "name\tid\nJane\tX\n", "header"),
])
def test_files_of_unknown_kind_always_raise(tmp_path: Path, name: str, text: str,
                                            fragment: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(DictionaryError, match=fragment):
        load_dictionary(path, strict=False)


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="no such file"):
        load_dictionary(tmp_path / "nothing.tsv")
    binary = tmp_path / "x.actors"
    binary.write_bytes(b"A [RUR]\n\0\0")
    with pytest.raises(DictionaryError, match="binary"):
        load_dictionary(binary)


def test_latin1_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.actors"
    path.write_bytes("A [RUR]\nJOS\u00c9_DE_ZENDA [RURGOV]\n".encode("latin-1"))
    d = load_dictionary(path)
    assert d.lookup("José de Zenda") is not None
    assert d.warnings == [f"{path}:2: not UTF-8; the file was read as Latin-1"]


def test_the_writer_refuses_what_the_format_cannot_hold() -> None:
    with pytest.raises(DictionaryError, match=r"\|"):
        to_tsv([UserActor(name="A", aliases=("B|C",), id="X")])
    with pytest.raises(DictionaryError, match="comment"):
        to_tsv([UserActor(name="#Zenda", id="X")])


# --- the PETR.Validate dictionaries ------------------------------------------------------------

def _validate(kind: str) -> Path:
    path = PETRARCH / f"PETR.Validate.{kind}.txt"
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    return path


def test_petr_validate_actors_load() -> None:
    path = _validate("actors")
    d = load_dictionary(path, strict=False)
    assert not [w for w in d.warnings if w.endswith("(skipped)")], d.warnings
    assert load_dictionary(path).actors == d.actors  # strict mode reads it too
    assert 120 <= len(d.actors) <= 200
    assert 120 <= len({a.name for a in d.actors}) <= 200
    assert d.agents == []

    def code(text: str, on: dt.date | None = None) -> str | None:
        term = d.lookup(text, on=on)
        return term.id if term else None

    assert found(d, "Arnor").country == "ARN"
    assert found(d, "Gondor").country == "GON"
    assert code("Minas Tirith") == code("ANORIEN") == "GON"
    assert code("Mordor") == code("Barad-Dur") == "MOR"
    assert code("the United Nations") == code("U.N.") == code("UN") == "UNO"
    assert code("European Union") == "IGO:EEU"
    assert code("Interpol") == "IGO:COPITP"
    assert code("Ithilen Military") == "ITHMIL"
    assert [t.id for t in d.lookup_all("The Shire")] == ["FRO", "BIL", "SAM"]
    assert [t.id for t in d.lookup_all("Lorien")] == ["ELR", "GAL"]
    # the gold codes of the unit-test records that check date restrictions
    for text, day, gold in [
        ("Sam Gamgee", D(1995, 1, 4), "HOBCIV"), ("Sam Gamgee", D(2008, 1, 19), "HOBCIV"),
        ("Sam Gamgee", D(2010, 1, 6), "HOBMIL"), ("Sam Gamgee", D(2010, 1, 9), "ORCHOB"),
        ("Sam Gamgee", D(2010, 1, 12), "ORCHOB"), ("Sam Gamgee", D(2010, 1, 13), "HOBMIL"),
        ("Sam Gamgee", D(2012, 12, 31), "HOBGOV"),
        ("Hamfast Gamgee", D(1995, 1, 4), "HOB"), ("Hamfast Gamgee", D(2012, 11, 9), "HOBGOV"),
        ("Hamfast Gamgee", D(2012, 12, 25), "HOBGOV"), ("Hamfast Gamgee", D(2014, 1, 4), "HOB"),
        ("Smeagol", D(1995, 11, 1), "HOBGOV"), ("Smeagol", D(1999, 1, 1), "HOBGOV"),
        ("Gollum", D(1992, 1, 2), "HOB"), ("Slinker", D(1978, 12, 23), "HOB"),
        ("Zimbabwe", D(1978, 12, 23), "RHO"), ("Zimbabwe", D(2001, 1, 1), "ZBW"),
        ("Prince of Dol Amroth", D(1999, 8, 9), "DOL"),
    ]:
        assert code(text, day) == gold, (text, day)


def test_petr_validate_agents_load() -> None:
    path = _validate("agents")
    d = load_dictionary(path, strict=False)
    assert d.warnings == []
    assert load_dictionary(path).agents == d.agents
    assert 120 <= len(d.agents) <= 250
    assert d.actors == []
    assert agent(d, "foreign ministers").code == "GOVFRM"
    assert agent(d, "Congressmen").code == "LEG"
    assert agent(d, "ministry of silly walks").code == "GOV"
    assert agent(d, "attorneys general").code == "GOV"
    assert agent(d, "golden geese").code == "GGS"
    assert agent(d, "police").code == "COP" and d.agent("polices") is None
    human_rights_body = d.agent("human rights body")
    assert human_rights_body is not None and human_rights_body.prefix


def test_petr_validate_together() -> None:
    d = load_dictionaries([_validate("actors"), _validate("agents")], strict=False)
    assert d.lookup("Arnor") is not None and d.agent("president") is not None


# --- property: anything accord can hold, its TSV gives back --------------------------------------

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="|"),
    min_size=1, max_size=20,
).map(lambda s: " ".join(s.split())).filter(lambda s: bool(s) and not s.startswith("#"))
_CODE = st.from_regex(r"[A-Z0-9]{3}", fullmatch=True)
KINDS = ["PERSON", "ORGANISATION", "COUNTRY", "IGO", "GROUP"]
_DAY = st.dates(min_value=D(1800, 1, 1), max_value=D(2100, 12, 31))


@st.composite
def user_actors(draw: st.DrawFn) -> UserActor:
    start = draw(st.none() | _DAY)
    end = draw(st.none() | _DAY.filter(lambda d: start is None or d > start))
    return UserActor(
        name=draw(_TEXT), aliases=tuple(draw(st.lists(_TEXT, max_size=3))),
        id=draw(_TEXT), country=draw(st.none() | _CODE),
        sector=draw(st.none() | st.from_regex(r"[A-Z0-9]{1,6}", fullmatch=True)),
        role=draw(st.none() | _TEXT),
        kind=draw(st.none() | st.sampled_from(KINDS)),
        valid_from=start, valid_to=end)


@settings(max_examples=60, deadline=None)
@given(st.lists(user_actors(), max_size=6))
def test_tsv_and_jsonl_give_back_what_was_written(actors: list[UserActor]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (("p.tsv", to_tsv(actors)), ("p.jsonl", to_jsonl(actors))):
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            assert load_dictionary(path).actors == actors
