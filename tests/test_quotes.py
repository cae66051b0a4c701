"""The quotes stage: quotation marks, cues, speakers, indirect speech, links to events."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.pipeline import analyze_text
from accord.stages.quotes import quote_spans

PUBLISHED = "2024-05-06"

_CACHE: dict[str, object] = {}


def analysed(text: str):
    if text not in _CACHE:
        _CACHE[text] = analyze_text(text, published=PUBLISHED)
    return _CACHE[text]


def find(doc, contains: str, direct: bool | None = None):
    matches = [q for q in doc.quotes if contains.lower() in q.text.lower() and direct in (None, q.direct)]
    assert matches, f"no quote contains {contains!r}: {[q.text for q in doc.quotes]}"
    return matches[0]


def speaker_name(quote) -> str | None:
    if quote.speaker is None:
        return None
    return quote.speaker.actor.name if quote.speaker.actor else quote.speaker.text


# (text, a phrase of the quote, direct, the speaker's name as resolved, or None for no speaker)
CASES = [
    ('"We will rebuild every school," Governor Amina Bello said on Sunday.',
     "rebuild every school", True, "Amina Bello"),
    ("\u201cThe border stays open,\u201d said Tomas Varga, the regional police chief.",
     "border stays open", True, "Tomas Varga"),
    ('Lena Moreau said: "Our answer is no, and it will stay no."', "answer is no", True, "Lena Moreau"),
    ('"We will respond," the minister Jorge Alvarez said, "and we will respond firmly."',
     "respond firmly", True, "Jorge Alvarez"),
    ('Priya Nair, a lawyer for the families, spoke after the hearing. "This ruling changes nothing for them," '
     'she said.', "changes nothing", True, "Priya Nair"),
    ('Trade Minister Karl Ostberg opened the fair. "Exports grew all year," he said. "Next year will be harder."',
     "Next year will be harder", True, "Karl Ostberg"),
    ("Farmers say the rains \u201ccame a month too late,\u201d according to Rosa Quispe, who leads the union.",
     "a month too late", False, "Rosa Quispe"),
    ("Foreign Minister Ana Ruiz put it bluntly: \u201cThe talks have failed.\u201d", "talks have failed", True,
     "Ana Ruiz"),
    ("\u2018We are not leaving,\u2019 said Marta Kowal, whose family\u2019s farm lies by the river.",
     "We are not leaving", True, "Marta Kowal"),
    ("Defence Minister Ivo Petrak said that the army would finish the exercise by Friday.",
     "the army would finish the exercise", False, "Ivo Petrak"),
    ("The ministry urged farmers to move their livestock to higher ground.",
     "farmers to move their livestock", False, None),
    ("According to Mayor Elena Costa, the new bridge will open in June.", "the new bridge will open", False,
     "Elena Costa"),
]


@pytest.mark.parametrize(("text", "contains", "direct", "speaker"), CASES)
def test_quote_and_speaker(text, contains, direct, speaker):
    quote = find(analysed(text), contains, direct)
    if speaker is not None:
        assert speaker_name(quote) == speaker
    assert " ".join(analysed(text).text[s:e] for s, e in quote.spans) == quote.text


def test_a_quote_runs_over_paragraphs():
    text = ('Chief negotiator Ruth Adeyemi addressed the delegates. "We came here to close this deal.\n\n'
            '"We will not leave until it is closed," she said.')
    doc = analysed(text)
    quote = find(doc, "close this deal")
    assert "\n\n" in quote.text and "until it is closed" in quote.text
    assert speaker_name(quote) == "Ruth Adeyemi"


def test_scare_quotes_and_titles_are_no_quotes():
    doc = analysed('Officials called it a "peace dividend". The report, titled "Water First", was published '
                   'on Monday, the agency said.')
    assert not [q for q in doc.quotes if q.direct]


def test_apostrophes_do_not_open_or_close_quotes():
    doc = analysed("The farmers\u2019 union said it didn\u2019t expect the government\u2019s plan to pass.")
    assert not [q for q in doc.quotes if q.direct]


def test_indirect_questions_and_denials_are_not_statements():
    doc = analysed("Asked whether the talks would resume, Pedro Salas declined to say when they might. "
                   "He did not say how the money would be found.")
    assert not doc.quotes


def test_the_speaker_of_a_role_noun_is_the_person_who_holds_it():
    doc = analysed("Health Minister Grace Mwale visited the clinic on Monday. "
                   '"We need twice as many nurses," the minister said.')
    assert speaker_name(find(doc, "twice as many nurses")) == "Grace Mwale"


def test_a_statement_that_is_an_event_is_linked_to_it():
    doc = analysed("Brazil\u2019s foreign ministry urged Argentina on Monday to lift the new tariffs.")
    [quote] = [q for q in doc.quotes if q.cue == "urged"]
    assert quote.text == "Argentina on Monday to lift the new tariffs"
    assert quote.event is not None
    assert doc.events[quote.event].type == "REQUEST"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "\u201c\u201d\u2018\u2019\n.,')), max_size=120))
def test_quote_spans_are_ordered_inner_spans(text):
    spans = quote_spans(text)
    assert spans == sorted(spans)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e].strip()


def test_the_addressee_is_whom_the_speaker_told():
    doc = analysed('"The border will reopen next week," Interior Minister Lena Hoff told Reuters.')
    quote = find(doc, "border will reopen", True)
    assert quote.addressee is not None and quote.addressee.text == "Reuters"
    assert quote.addressee.actor is not None and quote.addressee.actor.kind == "ORGANISATION"
    doc = analysed("The mayor said to reporters that the bridge would stay closed.")
    quote = find(doc, "the bridge would stay closed", False)
    assert quote.addressee is not None and quote.addressee.text == "reporters"


def test_a_state_office_named_by_its_country_speaks_for_it():
    doc = analyze_text("China's foreign ministry said the Philippine vessel had intruded into Chinese waters.")
    speaker = doc.quotes[0].speaker
    assert speaker.actor is not None and speaker.actor.country == "CHN" and speaker.actor.sector == "GOV"
