"""Opening place clauses (``accord.stages.openings``): the clause after a run of dates and
places is parsed on its own, so that its first words are its subject again."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.stages.nlp import load_model
from accord.stages.openings import reparse_openings


def parsed(text: str) -> Any:
    nlp = load_model()
    return reparse_openings(nlp, nlp(text))


def subject_of(doc: Any, verb: str) -> str | None:
    word = next(t for t in doc if t.text == verb)
    return next((c.text for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def test_the_clause_after_a_list_of_places_keeps_its_subject() -> None:
    doc = parsed("On 6 May 2023, in Kumba, Meme division, South-West region, about 200 residents, most of them "
                 "traders, marched to the divisional office.")
    assert subject_of(doc, "marched") == "residents"
    # the dates and places hang on the clause's verb
    assert doc[0].head.text == "marched"


def test_a_district_the_name_finder_takes_for_a_person_is_still_a_place() -> None:
    doc = parsed("On 9 March 2023, in Colonia Kennedy, Tegucigalpa, Francisco Morazán, Honduras, the military "
                 "police raided three houses.")
    assert subject_of(doc, "raided") == "police"


def test_a_named_person_after_the_places_ends_the_run() -> None:
    doc = parsed("On Monday, in Kyiv, President Volodymyr Zelensky, speaking to reporters, said the talks had "
                 "failed.")
    assert subject_of(doc, "said") == "Zelensky"


def test_a_single_opening_phrase_is_left_to_the_first_parse() -> None:
    nlp = load_model()
    text = "On Monday, police in Lagos arrested 12 people."
    first = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in parsed(text)] == first


_SEGMENTS = st.sampled_from(["On 3 May 2024", "in Goma", "near Sake", "North Kivu province", "Rutshuru territory",
                             "Francisco Morazán", "Honduras", "M23 rebels", "about 40 people", "the army",
                             "most of them women", "Sen. Jane Roe"])
_CLAUSES = st.sampled_from(["shelled the town.", "marched to the office.", "said the talks had failed.",
                            "were arrested by police.", "."])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SEGMENTS, min_size=1, max_size=6), _CLAUSES)
def test_any_opening_keeps_the_text_and_one_root_a_sentence(segments: list[str], clause: str) -> None:
    text = ", ".join(segments) + ", " + clause
    doc = parsed(text)
    assert doc.text == text
    for sent in doc.sents:
        assert sum(1 for t in sent if t.head.i == t.i) == 1
        assert all(sent.start <= t.head.i < sent.end for t in sent)
