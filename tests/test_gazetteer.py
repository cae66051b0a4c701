"""Tests for accord.gazetteer: towns the knowledge base does not list."""

from __future__ import annotations

import pytest

from accord.gazetteer import place_country
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
