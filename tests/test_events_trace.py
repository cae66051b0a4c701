"""The events stage's trace (``accord.stages.events.trace``, ``--explain``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator

from accord.pipeline import analyze_text
from accord.stages.events import coder, frames, vetoes
from accord.stages.events.vetoes import VETOES
from conftest import SCHEMA

TEXT = """MOSCOW, March 3 (Reuters) - Russia and China held talks in Moscow on Monday.

Russia and China held talks in Moscow on Monday, officials said. Iran condemned the attack.
"""


def test_every_veto_the_coder_names_is_listed_and_every_listed_veto_is_used() -> None:
    # a step of the coder (coder.py, frames.py, vetoes.py) drops a candidate by returning a veto's name
    steps = [Path(m.__file__).read_text(encoding="utf-8") for m in (coder, frames, vetoes)]
    used = [name for text in steps for name in re.findall(r'return "([a-z-]+)"', text)]
    assert len(used) == len(set(used))
    assert set(used) == set(VETOES)


def test_the_trace_is_off_unless_asked_for() -> None:
    doc = analyze_text(TEXT, published="2024-03-04")
    assert doc.trace is None and "trace" not in doc.to_record()


def test_an_explained_record_validates_and_says_what_became_of_each_candidate() -> None:
    doc = analyze_text(TEXT, published="2024-03-04", explain=True)
    record = json.loads(json.dumps(doc.to_record()))
    validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert not list(validator.iter_errors(record))
    outcomes = {(s["outcome"], s["by"]) for s in record["trace"]}
    assert ("merged", "same-happening") in outcomes  # the talks told again
    assert ("dropped", "no-author") in outcomes  # "condemned the attack"
    assert sum(s["outcome"] == "coded" for s in record["trace"]) >= len(record["events"])
