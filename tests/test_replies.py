"""Tests for accord.stages.replies: a reaction's target is the author of what it answers."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline, analyze_text
from accord.record import Event, RawArticle
from accord.stages.events import PLOVER_TYPES
from accord.stages.events.lexicon import load_reply_nouns


def _countries(side) -> set[str]:
    members = side if isinstance(side, list) else [side] if side else []
    return {p.actor.country or p.actor.id for p in members if p.actor and (p.actor.country or p.actor.id)}


def _reaction(text: str, kind: str) -> Event:
    doc = analyze_text(text, published="2024-09-25")
    return next(e for e in doc.events if e.type == kind)


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("Ecuador on Wednesday accused two Colombian diplomats of meddling in its elections. "
     "Colombia's foreign minister rejected the accusations on Wednesday night.", "REJECT", {"ECU"}),
    ("The United States imposed sanctions on Venezuela's state oil company on Tuesday. "
     "Venezuela's foreign minister rejected the new sanctions.", "REJECT", {"USA"}),
    ("Estonia on Monday banned 11 Georgian officials from entering the country. "
     "Georgia condemned the ban as interference.", "ACCUSE", {"EST"}),
    # a demand to undo an act is made of its author
    ("Belarus detained a Lithuanian lorry driver at the border on Monday. "
     "Vilnius demanded his immediate release.", "REQUEST", {"BLR"}),
    ("Russia detained two Estonian border guards on Monday. "
     "Estonia's foreign ministry called for their return.", "REQUEST", {"RUS"}),
    # the act answered names no one it is aimed at
    ("Iraq demanded a formal apology on Sunday. "
     "Turkey's foreign ministry rejected the demand on Monday.", "REJECT", {"IRQ"}),
    # a lead tells the answer before what it answers
    ("Colombia's foreign minister rejected the accusations on Wednesday night. "
     "Earlier on Wednesday, Ecuador had accused two Colombian diplomats of meddling in its elections.",
     "REJECT", {"ECU"}),
])
def test_a_reaction_answers_the_latest_act_of_its_kind_against_it(text, kind, target):
    assert _countries(_reaction(text, kind).target) == target


@pytest.mark.parametrize(("text", "kind"), [
    # the act answered was aimed at someone else
    ("Ecuador accused Peru of meddling in its elections. Colombia rejected the accusations.", "REJECT"),
    # nothing earlier of the kind the object names
    ("Ecuador expelled two Colombian diplomats. Colombia rejected the accusations.", "REJECT"),
    # a reaction whose object is no act
    ("Ecuador accused Colombia of meddling. Colombia rejected the proposal for a joint inquiry.", "REJECT"),
])
def test_no_target_without_an_earlier_act_aimed_at_the_reacting_side(text, kind):
    event = _reaction(text, kind)
    assert "ECU" not in _countries(event.target)


def test_an_organisation_is_answered_too():
    event = _reaction("The European Union on Monday accused Serbia of backsliding on media freedom. "
                      "Serbia's foreign ministry rejected the accusations.", "REJECT")
    assert _countries(event.target) == {"IGO:EU"}


def test_words_no_event_codes_answer_their_speaker():
    doc = analyze_text("Tunisia's foreign ministry rejected the remarks late on Friday.\n\n"
                       "\"The bloc is following the arrests of journalists with concern,\" EU spokesperson "
                       "Anna Lind said on Thursday.", published="2024-09-21")
    event = next(e for e in doc.events if e.type == "REJECT")
    assert _countries(event.target) == {"IGO:EU"}


def test_reply_nouns_name_known_types():
    nouns = load_reply_nouns()
    assert nouns and all(types <= set(PLOVER_TYPES) for types in nouns.values())
    assert all(noun == noun.lower() and " " not in noun for noun in nouns)


def test_a_reaction_to_an_act_named_earlier_in_its_sentence():
    event = _reaction("Manila said on Tuesday it had filed a diplomatic protest with Beijing over the incident. "
                      "The so-called protest is groundless and China rejects it, a spokesman said.", "REJECT")
    assert _countries(event.target) == {"PHL"}


def test_a_target_found_has_the_record_shape():
    # one participant is itself, as the events stage records it; several are a list
    event = _reaction("Ecuador on Wednesday accused two Colombian diplomats of meddling in its elections. "
                      "Colombia's foreign minister rejected the accusations on Wednesday night.", "REJECT")
    assert not isinstance(event.target, list) and event.target.actor.country == "ECU"


def test_we_of_a_ministry_that_publishes_the_text_condemn_what_was_done_to_it():
    text = ("Ministry of Foreign Affairs of the Republic of Armenia\n\n"
            "Weekly briefing\n\n"
            "Azerbaijani forces fired on the village of Sotk on Tuesday, wounding a resident. "
            "We strongly condemn this provocation.")
    doc = analyze_text(text, published="2023-06-22")
    event = next(e for e in doc.events if e.type == "ACCUSE")
    assert _countries(event.source) == {"ARM"} and _countries(event.target) == {"AZE"}


def test_the_new_nouns_of_acts_are_answered():
    text = ("The U.S. Treasury imposed sanctions on six Iranian companies on Thursday. "
            "Iran's mission to the United Nations condemned the new designations as economic terrorism.")
    assert _countries(_reaction(text, "ACCUSE").target) == {"USA"}


@pytest.mark.parametrize(("text", "target"), [
    # a row between two states: the force readied faces the other one
    ("Guatemalan soldiers fired on a Belizean patrol boat on the Sarstoon River on Monday. "
     "Belize placed its units in Toledo District on heightened alert on Tuesday.", {"GTM"}),
    # one act against a foreign gang at home makes no row with its country
    ("Peruvian police arrested five Colombian gang members in Lima on Monday. "
     "The army said it would deploy 2,000 troops in Lima from Saturday.", set()),
])
def test_a_deployment_faces_the_one_rival_of_a_row_between_states(text, target):
    event = _reaction(text, "MOBILIZE")
    assert _countries(event.target) - {"PER"} == target


@pytest.mark.parametrize("verb", ["backed", "welcomed", "praised"])
def test_a_welcome_of_a_decision_told_before_backs_its_author(verb):
    doc = analyze_text("Latvia expelled two Belarusian diplomats on Monday, saying they had spied on its "
                       f"border guards. Estonia's Foreign Ministry {verb} the decision on Tuesday.",
                       published="2024-09-25")
    welcomes = [e for e in doc.events if e.type == "SUPPORT"]
    assert welcomes and _countries(welcomes[0].source) == {"EST"} and _countries(welcomes[0].target) == {"LVA"}



def test_remarks_answered_in_a_briefing_are_those_of_the_side_the_question_names():
    text = ("Briefing by the Spokesperson, 25 September 2024\n\n"
            "Q: Norway's foreign minister yesterday raised the Svalbard fisheries dispute again at the "
            "Arctic Council. Any comment?\n\n"
            "A: We reject these remarks. Our fishermen act within the treaty.")
    raw = RawArticle(input="<t>", where="<t>", media="text", data=text, published="2024-09-25",
                     source="Ministry of Foreign Affairs of the Russian Federation")
    doc = Pipeline().analyze_one(raw)
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects and _countries(rejects[0].source) == {"RUS"} and _countries(rejects[0].target) == {"NOR"}
