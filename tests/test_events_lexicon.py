"""The event coder's word classes: ``data/lexicon.tsv`` and ``accord.stages.events.lexicon``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import assert_table_refused

from accord.stages.events import lexicon
from accord.stages.events.lexicon import READ_CLASSES, load_lexicon
from accord.stages.events.patterns import PLOVER_TYPES, load_cameo

PACKAGE = Path(lexicon.__file__).parent
CODE_CLASSES = ("intent_cameo_codes", "refusal_cameo_codes", "stated_wish_codes")
TYPE_CLASSES = ("cooperative_types", "decided_types", "home_addressed_types", "home_imposed_types", "hostile_types",
                "material_conflict_types", "place_targeted_types", "speech_act_types", "statement_types")
SECTOR_CLASSES = ("civil_sectors", "state_sectors")


def test_every_class_in_the_file_is_read_and_every_class_read_is_in_it() -> None:
    assert set(load_lexicon()) == READ_CLASSES


def test_every_named_class_is_used_by_the_code() -> None:
    # (mostly by the coder; the nlp stage reads the nouns of opening place clauses)
    names = [n for n in vars(lexicon) if re.fullmatch(r"[A-Z][A-Z_]+", n)
             and n not in ("DATA_DIR", "LEXICON", "LEXICON_COLUMNS", "READ_CLASSES")]
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.parents[1].rglob("*.py") if p.name != "lexicon.py")
    assert [n for n in names if not re.search(rf"\b{n}\b", code)] == []


@pytest.mark.parametrize("name", CODE_CLASSES)
def test_values_are_cameo_codes(name: str) -> None:
    cameo = load_cameo()
    assert {w: v for w, v in load_lexicon()[name].items() if v not in cameo} == {}


@pytest.mark.parametrize("name", ("intent_cameo_codes", "refusal_cameo_codes", *TYPE_CLASSES))
def test_event_types_are_plover_types(name: str) -> None:
    assert set(load_lexicon()[name]) - set(PLOVER_TYPES) == set()


@pytest.mark.parametrize("name", SECTOR_CLASSES)
def test_sectors_are_sector_codes(name: str) -> None:
    assert [w for w in load_lexicon()[name] if not re.fullmatch(r"[A-Z]{3}", w)] == []


def test_words_are_lower_case_and_only_tables_have_values() -> None:
    for name, words in load_lexicon().items():
        valued = name in CODE_CLASSES or name == "ordinal_numbers"
        assert all(bool(v) == valued for v in words.values()), name
        if name not in (*TYPE_CLASSES, *SECTOR_CLASSES, *CODE_CLASSES[:2]):
            assert [w for w in words if w != w.lower() or w != w.strip()] == [], name


def test_ordinal_numbers_are_numbers() -> None:
    assert all(v.isdigit() and int(v) > 0 for v in load_lexicon()["ordinal_numbers"].values())
    assert lexicon.ORDINAL_NUMBERS["twentieth"] == 20


@pytest.mark.parametrize(("text", "problem"), [
    ("class\tword\tvalue\nx\ty\tz\n", r":1: the header is"),
    ("class\tword\tvalue\tsource\nverbs\tgo\t\n", r":2: 3 cells, not 4 \(is a tab missing\?\)"),
    ("class\tword\tvalue\tsource\nverbs\t\t\tx\n", r":2: an empty class or word"),
    ("class\tword\tvalue\tsource\nverbs\tgo\t\tx\nverbs\tgo\t\tx\n", r":3: 'go' is listed twice in verbs"),
])
def test_a_malformed_row_names_its_line(tmp_path: Path, text: str, problem: str) -> None:
    assert_table_refused(tmp_path / "lexicon.tsv", text, load_lexicon, problem)
