"""Tests for accord.gazetteer: towns the knowledge base does not list."""

from __future__ import annotations

import pytest

from accord.gazetteer import place_country, town_names
from accord.pipeline import analyze_text


@pytest.mark.parametrize(("name", "after", "expected"), [
    ("Chilpancingo", set(), "MEX"),
    ("Sardhana", set(), "IND"),
    ("Tripoli", {"LBN"}, "LBN"),   # the country named after it decides
    ("Tripoli", {"LBY"}, "LBY"),
    ("Nowhereville", set(), None),
])
def test_place_country(name, after, expected):
    assert place_country(name, frozenset(after)) == expected


def test_an_unlisted_town_places_its_actors():
    doc = analyze_text("On 11 March 2024, in Chilpancingo, gunmen killed nine people at a market.")
    town = next(e for e in doc.entities if e.text == "Chilpancingo")
    assert (town.rule, town.actor.country) == ("gazetteer", "MEX")
    attack = next(e for e in doc.events if e.type == "ASSAULT")
    source = attack.source if isinstance(attack.source, list) else [attack.source]
    assert {p.actor.country for p in source} == {"MEX"}


@pytest.mark.parametrize(("name", "named", "expected"), [
    ("Bama", {"NGA"}, "NGA"),        # namesakes: the one in a country the article names
    ("Banki", {"NGA", "CMR"}, None),  # a small Indian town in a story of Nigeria: unknown
    ("Borno", {"NGA"}, None),         # a German town's foreign spelling is no Nigerian state
    ("Chilpancingo", {"MEX"}, "MEX"),
    ("Chilpancingo", set(), "MEX"),   # an article that names no country trusts the gazetteer
    ("Tripoli", {"LBN"}, "LBN"),
])
def test_the_countries_an_article_names_decide(name, named, expected):
    assert place_country(name, frozenset(), frozenset(named)) == expected


def test_a_lower_case_word_is_no_person():
    doc = analyze_text("On 9 February 2025, near Porgera, Papua New Guinea, armed men attacked a "
                       "convoy. The attackers escaped into the bush.")
    assert not any(e.text == "bush" for e in doc.entities)


def test_a_dateline_town_gives_the_story_its_country():
    doc = analyze_text("CALI, March 12 (Example Wire) -- Police arrested two men in a hillside district "
                       "on Monday, officers said.", published="2024-03-12")
    police = next(e for e in doc.entities if e.text == "Police")
    assert police.actor.country == "COL"


def test_a_name_that_is_some_towns_own_is_that_town_not_a_city_other_languages_call_so():
    # "Colonia" is Cologne in Spanish and Italian, and the own name of smaller towns: the
    # city's foreign name no longer outweighs them.
    assert place_country("colonia") != "DEU"
    assert place_country("cologne") == "DEU"  # a name of the city's in no other town's


def test_town_names_are_main_names_of_one_to_three_words():
    assert {"ludhiana", "san pedro sula"} <= town_names()
    assert all(1 <= len(n.split()) <= 3 for n in town_names())
    assert "köln" in town_names() and "cologne" not in town_names()  # GeoNames' own name only
