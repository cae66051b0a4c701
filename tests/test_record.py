"""Every document record validates against the JSON Schema, and its offsets point into its text."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from accord.record import Dateline, Document
from conftest import SCHEMA, assert_paragraphs_consistent


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(validator: Draft202012Validator, record: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])


def test_example_records_validate(validator, example_records):
    assert len(example_records) == 5
    for record in example_records:
        assert_valid(validator, record)


def test_seed_record_validates(validator, seed_doc):
    assert_valid(validator, json.loads(json.dumps(seed_doc.to_record())))


def test_record_keys_follow_the_schema(example_records):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for record in example_records:
        assert set(schema["required"]) <= set(record) <= set(schema["properties"])


def test_schema_rejects_broken_records(validator, example_records):
    base = next(r for r in example_records if r["events"] and r["entities"])
    broken = [
        {**base, "id": ""},
        {**base, "published": "14 March 2024"},
        {**base, "extra": 1},
        {**base, "entities": [{**base["entities"][0], "start": -1}]},
        {**base, "events": [{**base["events"][0], "type": "HUG"}]},
        {k: v for k, v in base.items() if k != "text"},
    ]
    for record in broken:
        assert list(validator.iter_errors(record)), record.keys()


def check_offsets(record: dict[str, Any]) -> None:
    text = record["text"]
    assert_paragraphs_consistent(record)
    for kind in ("entities", "times", "quotes"):
        for item in record[kind]:
            assert 0 <= item["start"] < item["end"] <= len(text), (kind, item)
            pieces = item.get("spans") or [(item["start"], item["end"])]
            # a quote split by its cue is its pieces, joined by a space
            assert " ".join(text[s:e] for s, e in pieces) == item["text"], (kind, item)
    for quote in record["quotes"]:
        if quote["speaker"]:
            s = quote["speaker"]
            assert text[s["start"]:s["end"]] == s["text"], quote
    for event in record["events"]:
        assert 0 <= event["start"] < event["end"] <= len(text), event
        # The span holds the sentence (see test_event_spans_are_exactly_the_sentence).
        assert text[event["start"]:event["end"]].strip() == event["sentence"], event
        for side in ("source", "target"):
            members = event[side] if isinstance(event[side], list) else [event[side]] if event[side] else []
            for m in members:
                assert text[m["start"]:m["end"]] == m["text"], (side, event)
    if record["dateline"]:
        assert text.startswith(record["dateline"]["text"])


def test_example_offsets(example_records):
    for record in example_records:
        check_offsets(record)


def test_seed_offsets(seed_doc):
    check_offsets(json.loads(json.dumps(seed_doc.to_record())))


def test_event_spans_are_exactly_the_sentence(example_records):
    for record in example_records:
        for event in record["events"]:
            assert record["text"][event["start"]:event["end"]] == event["sentence"]


def test_examples_find_something(example_records):
    """A smoke check that the examples exercise every part of the record."""
    assert all(r["entities"] for r in example_records)
    assert all(r["times"] for r in example_records)
    assert any(r["quotes"] for r in example_records)
    assert any(r["events"] for r in example_records)
    assert all(r["dateline"] for r in example_records)


def test_to_record_of_an_empty_document(validator):
    doc = Document(id="x", input="-")
    record = doc.to_record()
    assert list(record) == ["id", "input", "url", "title", "published", "published_from", "source", "authors", "editors",
                            "dateline", "language", "text", "paragraphs", "entities", "countries", "times", "quotes",
                            "events", "warnings"]
    assert_valid(validator, record)
    doc.dateline = Dateline(text="OSLO -", place="OSLO")
    assert_valid(validator, doc.to_record())


def test_reference_date():
    doc = Document(id="x", input="-", published="2021-05-04")
    assert str(doc.reference_date) == "2021-05-04"
    doc = Document(id="x", input="-", dateline=Dateline(text="OSLO, May 3 -", date="2021-05-03"))
    assert str(doc.reference_date) == "2021-05-03"
    assert Document(id="x", input="-", published="not a date").reference_date is None


@pytest.mark.parametrize(("rule", "adjective", "people", "context", "story", "person"), [
    ("kb-country-adjective", True, True, False, False, False),
    ("kb-group-adjective", True, False, False, False, False),
    ("demonym-residence", False, True, False, False, False),
    ("person-context", False, False, True, True, True),
    ("organisation-generic-context", False, False, False, True, False),
    ("spacy-person", False, False, False, False, True),
    ("kb-country-name", False, False, False, False, False),
    (None, False, False, False, False, False),
])
def test_what_an_entity_rule_says(rule, adjective, people, context, story, person):
    from accord.record import Entity

    e = Entity(text="x", start=0, end=1, kind="PERSON", rule=rule)
    assert (e.by_adjective, e.names_a_people, e.country_from_context, e.country_from_story, e.named_person) \
        == (adjective, people, context, story, person)
