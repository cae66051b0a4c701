"""One event per happening, and statements linked to the events they are."""

from __future__ import annotations

from typing import Any

from accord.record import Document, Event, Mention, Participant
from accord.stages.events.lexicon import STATEMENT_TYPES
from accord.stages.events.trace import Trace
from accord.stages.offsets import SpanIndex


def one_per_happening(events: list[Event], trace: Trace | None = None) -> list[Event]:
    """One event for each happening an article reports, with every sentence that reports it
    in ``mentions``: the lead and a later paragraph (or a live page's entries) that tell of
    the same act by the same sides on the same day are one event, the first told.

    Events are the same happening when type, the countries (or organisations) and sectors
    of each side, the date, the place and the modes agree; an event whose sides name no
    country or organisation is never merged (two arrests by "police" may be two).
    """
    kept: dict[tuple[Any, ...], Event] = {}
    out: list[Event] = []
    for event in events:
        mention = Mention(sentence=event.sentence, start=event.start, end=event.end, trigger=event.trigger)
        key = _happening(event)
        first = kept.get(key) if key is not None else None
        if first is not None:
            first.mentions.append(mention)
            if trace is not None:
                trace.merged(event)
            continue
        event.mentions = [mention]
        if key is not None:
            kept[key] = event
        out.append(event)
    return out


def _happening(event: Event) -> tuple[Any, ...] | None:
    def codes(side: list[Participant]) -> frozenset[str]:
        return frozenset((p.actor.country or p.actor.id, p.actor.sector) for p in side if p.actor
                         and (p.actor.country or p.actor.id.startswith(("IGO:", "STB:", "GRP:"))))
    source, target = codes(event.source), codes(event.target)
    if not source:
        return None
    place = (event.location or "").lower() or None
    return (event.type, source, target, event.date, place, tuple(event.auxiliary))


def _identity(event: Event) -> tuple[Any, ...]:
    """What makes two coded events one: type, sentence and the sides' codes."""
    return (event.type, event.start, _codes(event.source), _codes(event.target))


def _codes(side: list[Participant]) -> tuple[str, ...]:
    return tuple(sorted(m.actor.country or m.actor.id for m in side if m.actor))


def link_quotes(doc: Document) -> None:
    """Link each statement to the event it is: "X accused Y of ...", "X urged Y to ...".

    A quote is an event when the event's trigger is the quote's cue, or when the event is
    coded inside the quote's sentence with the quote's speaker as its source.
    """
    events = SpanIndex(doc.events)
    for quote in doc.quotes:
        quote.event = None
        speaker = quote.speaker.actor if quote.speaker and quote.speaker.actor else None
        for i, event in events.meeting(quote.start, quote.end):
            same_cue = quote.cue is not None and event.trigger == quote.cue
            sources = event.source if isinstance(event.source, list) else [event.source] if event.source else []
            same_speaker = speaker is not None and any(
                p.actor is not None and (p.actor.id == speaker.id or (p.actor.country and p.actor.country == speaker.country
                                                                       and p.actor.kind == speaker.kind))
                for p in sources)
            if same_cue or (same_speaker and event.type in STATEMENT_TYPES):
                quote.event = i
                break
