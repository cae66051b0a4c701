"""The events stage: PLOVER events from the dependency parse, with their evidence.

A trigger listed in ``data/event_patterns.tsv`` (a verb, a verb with a particle or an
object, a noun phrase such as ``telephone conversation``, or an intent adjective such as
``ready`` / ``willing``) fires an event when its clause names actors. Coding one
document takes these steps, each a module of this package:

1. candidates (``candidates.py``): the patterns that may fire at each word, most
   specific first (``patterns.py`` reads and checks them);
2. frame (``frames.py``): who acts and who is acted on, by the pattern's argument frame
   (subject and object, giver, control, harm, threat, moved force, joint act), with the
   actors a phrase names (``participants.py``);
3. vetoes (``vetoes.py``): what makes no event (accidents, figurative objects, a
   company's business);
4. modality (``modality.py``): negation, possibility, intent, attempt;
5. recodings (``recodings.py``): where who acts on whom, or the mood, makes the act
   another one than the pattern says;
6. dates (``dates.py``): the day each event happened;
7. constructions (``constructions.py``): events with no trigger ("X said Y must ...");
8. one per happening (``happenings.py``): the same act told twice is one event, and each
   statement is linked to the event it is.

With ``doc.trace`` a list (``Pipeline(explain=True)``, ``accord analyze --explain``),
``trace.py`` writes down what became of each candidate and which rule decided it.

``coder.py`` holds one document's state and codes one candidate through steps 2-6;
word classes come from ``data/lexicon.tsv`` (``lexicon.py``).
"""

from __future__ import annotations

from accord.record import Document
from accord.stages.events.coder import _Coder, construction_events, pattern_events, without_bare_pledges
from accord.stages.events.happenings import link_quotes, one_per_happening
from accord.stages.events.lexicon import load_abstract_objects, load_accidental_causes, load_economic_nouns
from accord.stages.events.modality import _modality, auxiliary_modes
from accord.stages.events.participants import as_recorded
from accord.stages.events.patterns import PLOVER_TYPES, Pattern, load_cameo, load_patterns
from accord.stages.events.vetoes import without_business_deals

# ``_modality`` stays importable here for the tests written against the single module.
__all__ = ["PLOVER_TYPES", "_modality", "Pattern", "auxiliary_modes", "code_events", "link_quotes", "load_abstract_objects",
           "load_accidental_causes", "load_cameo", "load_economic_nouns", "load_patterns", "one_per_happening"]


def code_events(doc: Document) -> Document:
    """Fill ``doc.events`` from ``doc.nlp``, ``doc.entities`` and ``doc.times``, and link
    ``doc.quotes`` to the events they are."""
    coder = _Coder(doc)
    events = without_bare_pledges(pattern_events(coder), coder.trace)
    events += construction_events(coder, events)
    # Political event data: a deal between two companies ("Rexcom agreed to buy Postech")
    # is no event between political actors.
    events = without_business_deals(events, coder.trace)
    for event in events:
        event.auxiliary = auxiliary_modes(event)
    doc.events = one_per_happening(events, coder.trace)
    # Inside the coder a side is a list of participants; the record has it as one, many or none.
    as_recorded(doc.events)
    link_quotes(doc)
    return doc
