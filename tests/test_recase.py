"""Tests for accord.stages.recase: capitals for lower-case and all-capitals text.

Every text here is invented for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from accord.pipeline import analyze_text
from accord.stages.recase import recased

DIGEST = ("three men were arrested by the police in patna on monday for selling liquor. "
          "a trader was shot at in danapur on sunday evening, and the police have begun a search. "
          "in may 14 reports the district said i would check them.")


def test_lower_case_text_gets_capitals_where_english_has_them():
    out = recased(DIGEST)
    assert out is not None and len(out) == len(DIGEST) and out.lower() == DIGEST
    for word in ("Three men", "Patna", "Monday", "A trader", "Sunday", "May 14", " I would"):
        assert word in out, word
    assert "Police" not in out  # a common noun stays as it is


def test_all_capitals_text_is_lowered_but_for_names_and_acronyms():
    text = ("THE UN ENVOY MET OFFICIALS IN NAIROBI ON TUESDAY AND SAID THE TALKS WOULD RESUME IN "
            "KENYA NEXT WEEK, WHO SAID SO.")
    out = recased(text)
    assert out is not None and len(out) == len(text)
    assert out.startswith("The UN envoy met officials in Nairobi on Tuesday")
    assert "Kenya" in out and "who said" in out  # "WHO" is a word here, not the organisation


def test_text_with_its_own_capitals_is_left_alone():
    assert recased("The police in Patna arrested three men on Monday for selling liquor, "
                   "officials said, and the inquiry goes on.") is None
    assert recased("too short") is None


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=400))
def test_recasing_keeps_every_offset(text):
    out = recased(text.lower())
    assert out is None or (len(out) == len(text) and out.lower() == text.lower())


def test_a_lower_case_digest_is_coded_and_quoted_in_its_own_words():
    doc = analyze_text("patna, tuesday, july 9, 2024\n\n" + DIGEST)
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert arrests and arrests[0].date == "2024-07-08"
    source = arrests[0].source if isinstance(arrests[0].source, list) else [arrests[0].source]
    assert {p.actor.country for p in source} == {"IND"}
    for entity in doc.entities:
        assert doc.text[entity.start:entity.end] == entity.text
    for event in doc.events:
        assert doc.text[event.start:event.end] == event.sentence
    assert any(t.text == "on monday" and t.value == "2024-07-08" for t in doc.times)


def test_a_day_that_ends_a_sentence_is_capitalised():
    text = recased("the old mill near the river was raided by the police early on wednesday. " * 3)
    assert text is not None and "early on Wednesday. The old mill" in text


def test_a_month_written_short_and_a_name_with_its_possessive_get_capitals():
    text = ("SEOUL, AUG. 6, 2024 -- THE LAUNCH WAS REPORTED BY SOUTH KOREA'S MILITARY, WHICH SAID IT "
            "HAD RAISED ITS SURVEILLANCE POSTURE AFTER THE NORTH'S TESTS.")
    out = recased(text)
    assert out is not None and len(out) == len(text)
    assert "Aug. 6" in out and "South Korea's military" in out


def test_a_town_no_list_holds_gets_its_capital_but_an_english_word_does_not():
    # "khanna" and "jagraon" are towns GeoNames knows and no English word; "police" is
    # also a Polish town, and "reading" an English one: words first.
    text = ("a mob in khanna beat a trader on monday. two men were held in jagraon, and the "
            "police said the reading of the charges would follow.")
    out = recased(text)
    assert out is not None and "Khanna" in out and "Jagraon" in out
    assert "the police" in out and "the reading" in out


def test_a_digest_of_towns_of_one_country_is_set_there_not_in_a_country_named_in_passing():
    text = ("city crime diary\n\n"
            "two men were arrested with heroin near the bus stand in jagraon on wednesday, police said. "
            "the consignment is believed to have come across the border from pakistan.\n\n"
            "a labourer was beaten by a mob in khanna on tuesday night, and the police registered a case.\n\n"
            "a night curfew was imposed in raikot on wednesday after a clash between two groups, and "
            "nine persons were taken into custody.")
    doc = analyze_text(text, published="2022-10-27")
    assert doc.countries[:1] == ["IND"]
    places = {e.text: e.actor.country for e in doc.entities if e.actor and e.actor.kind == "PLACE"}
    assert places.get("khanna") == "IND" and places.get("jagraon") == "IND"
    held = [e for e in doc.events if e.type == "COERCE" and "custody" in e.sentence]
    assert held and {p.actor.country for p in _members(held[0].source)} == {"IND"}
    assert not [e for e in doc.events if "PAK" in {p.actor.country for p in _members(e.source) if p.actor}]


def _members(side):
    return side if isinstance(side, list) else [side] if side is not None else []


def test_a_town_of_several_words_gets_its_own_spelling_and_a_short_alias_that_is_a_word_none():
    out = recased("three persons were arrested in cagayan de oro on monday. we will not let the gangs "
                  "run these streets, the police chief in san pedro sula said after the raids.")
    assert out is not None and "Cagayan de Oro" in out and "San Pedro Sula" in out
    assert "not let the" in out  # "LeT" is an armed group's short name, and "let" a word


def test_a_capital_whose_country_a_digest_never_names_is_the_namesake_town_of_the_one_it_does():
    text = ("north desk: police and courts\n\n"
            "two lebanese men were arrested in tripoli on thursday after a fight near the old souk, "
            "the internal security forces said. a third suspect is being sought.\n\n"
            "in tripoli, shopkeepers closed for an hour on friday to protest against power cuts.")
    doc = analyze_text(text, published="2024-05-18")
    assert {e.actor.country for e in doc.entities if e.text == "tripoli"} == {"LBN"}
