"""The registry of recodings (``accord.stages.events.recodings``)."""

from __future__ import annotations

import pytest

from accord.pipeline import analyze_text
from accord.stages.events.recodings import (
    CHARGE, MOOD_RECODINGS, PLEDGE_OF_FORCE, RECODINGS, SIDE_RECODINGS, SOLDIERS_ARRIVING,
)


def test_every_recoding_has_a_unique_name_a_version_and_a_description() -> None:
    every = [*SIDE_RECODINGS, *MOOD_RECODINGS, CHARGE, PLEDGE_OF_FORCE, SOLDIERS_ARRIVING]
    assert len({r.name for r in every}) == len(every) == len(RECODINGS)
    assert all(isinstance(r.version, int) and r.version >= 1 and r.description for r in every)


@pytest.mark.parametrize(("text", "type_", "prefix"), [
    ("Russia will not negotiate with Ukraine, the Kremlin said.", "REJECT", "refusal(CONSULT) "),
    ("Iran said it will withdraw its troops from Syria unless Israel stops its strikes.", "THREATEN", "ultimatum("),
])
def test_a_recoding_by_mood_names_itself_in_the_rule(text: str, type_: str, prefix: str) -> None:
    doc = analyze_text(text, published="2024-03-14")
    assert any(e.type == type_ and (e.rule or "").startswith(prefix) for e in doc.events), \
        [(e.type, e.rule) for e in doc.events]
