"""Sides of events inside the coder and in the record (``accord.stages.events.participants``)."""

from __future__ import annotations

from accord.pipeline import Pipeline
from accord.record import Actor, Event, Participant, RawArticle
from accord.stages.events.participants import as_recorded


def _p(name: str) -> Participant:
    return Participant(text=name, start=0, end=len(name), actor=Actor(id=name, name=name, country=name))


def test_a_side_is_a_list_in_the_coder_and_one_or_many_or_none_in_the_record() -> None:
    one, many, none = [_p("RUS")], [_p("RUS"), _p("CHN")], []
    events = [Event(type="CONSULT", source=one, target=many, sentence="s", start=0, end=1),
              Event(type="ASSAULT", source=none, target=one, sentence="s", start=0, end=1)]
    as_recorded(events)
    assert (events[0].source, events[0].target) == (one[0], many)
    assert (events[1].source, events[1].target) == (None, one[0])



def test_we_in_a_text_published_by_a_state_body_the_knowledge_base_knows_is_that_state():
    # the outlet names no country, but the knowledge base knows the ministry
    raw = RawArticle(input="<t>", where="<t>", media="text", published="2024-03-21", source="Ministry of External Affairs",
                     data="Q: Is there an update on the fishermen?\n\nA: We have asked the Maldives for consular "
                          "access to them and our mission is in touch with the authorities.")
    doc = Pipeline().analyze_one(raw)
    requests = [e for e in doc.events if e.type == "REQUEST"]
    assert requests and requests[0].source.actor.country == "IND"
