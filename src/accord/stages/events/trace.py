"""The events stage's account of itself (``accord analyze --explain``): for each candidate
event, the pattern and rules that coded it, or the veto or rule that dropped it.

Off unless the document asks for it (``doc.trace`` is a list, as ``Pipeline(explain=True)``
makes it); off, each call is one test of ``None``.
"""

from __future__ import annotations

from typing import Any

from accord.record import Document, Event, TraceStep
from accord.stages.events.grammar import _evidence
from accord.stages.events.patterns import Pattern

# Rules outside the vetoes (``vetoes.VETOES``) that drop an event already coded.
DUPLICATE = "duplicate"  # the same type, sentence and sides coded already
BARE_PLEDGE = "bare-pledge"  # "agreed" whose infinitive was coded as the intention
COOPERATION_CODED = "joint-operation-coded-as-cooperation"
BETWEEN_BUSINESSES = "between-businesses"  # companies acting on companies: no political event
SAME_HAPPENING = "same-happening"  # told again of a happening coded already (one_per_happening)


def _pattern_name(pattern: Pattern | None) -> str | None:
    return f"{pattern.pos} {pattern.trigger}" if pattern is not None else None


class Trace:
    """Where the steps of one document's coding are written, if anywhere."""

    def __init__(self, doc: Document) -> None:
        self.steps = doc.trace

    def coded(self, event: Event, pattern: Pattern | None = None) -> None:
        """An event coded, by its rule."""
        if self.steps is not None:
            self.steps.append(TraceStep("coded", event.rule or "", event.trigger, event.sentence, event.start,
                                        _pattern_name(pattern), event.type))

    def dropped_event(self, by: str, event: Event, pattern: Pattern | None = None) -> None:
        """An event coded and then dropped by the rule ``by``."""
        if self.steps is not None:
            self.steps.append(TraceStep("dropped", by, event.trigger, event.sentence, event.start,
                                        _pattern_name(pattern), event.type))

    def dropped_candidate(self, by: str, pattern: Pattern, trigger: Any, sent: Any) -> None:
        """A pattern that fired at ``trigger`` and coded nothing: the veto ``by`` dropped it."""
        if self.steps is not None:
            evidence = _evidence(sent)
            self.steps.append(TraceStep("dropped", by, trigger.text, evidence["sentence"], evidence["start"],
                                        _pattern_name(pattern), pattern.type))

    def merged(self, event: Event) -> None:
        """An event that tells again of a happening coded already."""
        if self.steps is not None:
            self.steps.append(TraceStep("merged", SAME_HAPPENING, event.trigger, event.sentence, event.start,
                                        None, event.type))
