"""Vetoes: what makes a candidate no event. Harm caused by an accident or a disaster,
violence done to an abstraction ("fought the virus") or by one ("the yen's rise hit
Japan"), a protest's stated aim taken for another act, and business between companies."""

from __future__ import annotations

from typing import Any

from accord.record import Event
from accord.stages.events.candidates import Candidate
from accord.stages.events.grammar import _misread_place, _objects_of, _question
from accord.stages.events.lexicon import (
    ALLEGING_HEADS, FIGURATIVE_MODIFIERS, FIGURATIVE_PRONE_VERBS, MATERIAL_CONFLICT_TYPES, MUTUAL_VERBS, SELDOM_ADVERBS,
    load_abstract_objects, load_accidental_causes,
)
from accord.stages.events.participants import _uncoded
from accord.stages.events.trace import BETWEEN_BUSINESSES, Trace
from accord.stages.syntax import child as _child


def _figurative(verb: Any, event_object: Any | None = None) -> bool:
    """True when a violent verb's object is an abstraction ("the virus", "inflation"; the
    word that makes the event, "set fire to", is never one), or a conflict noun is one of
    words ("a political attack")."""
    abstract = load_abstract_objects()
    # the first object says what is acted on: "detained X on corruption charges" is no fight
    # against corruption
    objects = [o for o in _objects_of(verb) if event_object is None or o.i != event_object.i][:1]
    # "a political attack on the Serb people", "a charm offensive": a conflict noun of words
    worded = verb.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_MODIFIERS
                                         for c in verb.children)
    return worded or any(o.lemma_.lower() in abstract or o.lower_ in abstract for o in objects)


def without_business_deals(events: list[Event], trace: Trace) -> list[Event]:
    """The events but those between businesses (``_between_businesses``)."""
    kept = []
    for event in events:
        if _between_businesses(event):
            trace.dropped_event(BETWEEN_BUSINESSES, event)
        else:
            kept.append(event)
    return kept


def _between_businesses(event: Event) -> bool:
    """Whether an event is a company's business: companies (sector BUS: "X Corp", "a Swiss
    bank") act, on companies, places or no one."""
    sources, targets = event.source, event.target
    # a place a company acts in ("closed its Atlanta office") makes it no more political
    if bool(sources) and all(m.actor is not None and m.actor.sector == "BUS" for m in sources) and all(
            m.actor is not None and (m.actor.sector == "BUS" or m.actor.kind == "PLACE") for m in targets):
        return True
    # Organisations the knowledge base does not know, of no country or sector ("Toyota and
    # Panasonic agreed"), make no political event among themselves.
    return bool(sources) and bool(targets) and all(_uncoded(m) for m in sources) and all(
        _uncoded(m) or (m.actor is not None and m.actor.kind == "PLACE") for m in targets)


# Every veto by the name the trace gives it, with what it says. A step of the coder drops a
# candidate by returning the name (the coder then calls ``_veto``).
VETOES: dict[str, str] = {
    "consumed-or-undone": "a noun that is the object of an event already coded (\"staged a protest\"), or of a "
                          "verb that undoes it (\"called off the strike\", \"prevented the demonstration\")",
    "accidental": "harm caused by an accident or a disaster: \"killed in a bus crash\"",
    "control-without-actor": "a control verb with no actor told, let or asked to act",
    "no-author": "no one acts (only an attack whose victims are known, or a bomb that went off, is coded without "
                 "its author)",
    "place-as-actor": "a place that is no country or seat of government as the author of a cooperative act: "
                      "\"flying to Auckland to attend a meeting\"",
    "trip-at-home": "a visit only to a place in the visitor's own country: \"flew to Auckland\" said of New "
                    "Zealand's prime minister",
    "intransitive-with-object": "an intransitive pattern with an object: \"demonstrated respect\"",
    "threat-without-harm": "a warning that names no hostile act: \"warned that the harvest will be poor\"",
    "figurative-hit": "a violent verb of markets or weather with no author: \"ports were also hit\"",
    "people-clash-in-words": "people, not forces, clash in words: \"Regan and Volcker clashed\"",
    "naming": "\"calling them an occupying army\": naming, neither a phone call nor a call on anyone",
    "figurative-noun": "a conflict noun used of an abstraction: \"the fighting against corruption\"",
    "figurative-or-abstract-doer": "violence done to or by an abstraction: \"fought the virus\", \"the surplus "
                                   "hit a record\"",
    "protest-aim": "what a protest is for: \"rallied to demand ...\"",
    "crowd-without-protesters": "a gathering of others than protesters: \"leaders gathered\"",
    "summons-is-the-protest": "\"summoned the envoy to protest\": the summons is the protest",
    "joint-without-partners": "a joint act with fewer than two actors: \"launched a satellite\"",
    "civil-mobilisation": "civilians mobilising ready no force: \"volunteers mobilised to clean the beaches\"",
    "no-target": "a pattern that needs a target finds none: no event rather than a guess",
    "acts-on-itself": "an actor acting on itself is no relation between actors",
    "alleged-as-adjective": "\"the alleged ring\", \"the accused officer\": a participle that qualifies a noun "
                            "is no accusation made",
    "seldom": "an act said to hardly happen: \"the ministers met rarely\"",
    "noun-without-author": "an event noun by no one the text names: \"condemned an attack on a convoy\"",
    "question": "a question asks whether something happens: \"Will China provide assistance to Cuba?\"",
    "met-with-reaction": "an act \"met with\" a reaction is answered, not a meeting: \"will be met with a firm "
                         "response\"",
}


class _Vetoes:
    """What drops a candidate (mixed into the coder)."""

    def _screen(self, act: Candidate) -> str | None:
        """The veto that drops a candidate for what its trigger is used for: a question, an
        intransitive verb with an object, a warning of no harm, violence that is a figure of speech,
        naming; or None. (A warning's target is the one its harm would fall on.)"""
        if _question(act.sent):
            return "question"  # "Will China provide assistance to Cuba?"
        if act.head.lemma_.lower() == "meet" and _child(act.head, "auxpass") is not None \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in act.head.children):
            return "met-with-reaction"  # "provocations will be met with a firm response"
        if act.pattern.needs_target == "intransitive" and (
                act.head.dep_ == "acl" or any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass")
                                              and not _misread_place(c)
                                          for c in act.head.children)):
            # "demonstrated respect", "demonstrate how ...", "a bill signed by", "was struck by a
            # blackout": none is the act
            return "intransitive-with-object"
        if act.pattern.needs_target == "threat" and not act.target:
            if not self._threat_content(act.head):
                return "threat-without-harm"  # "warned that the harvest will be poor" threatens no one
            act.target = self._threatened(act.head, act.source)  # "warned it would attack Israeli ships"
        if act.pattern.type == "ASSAULT" and act.head.lemma_.lower() in FIGURATIVE_PRONE_VERBS and not act.source \
                and not _to_death(act.head):  # (but "a man was beaten to death")
            return "figurative-hit"  # "ports were also hit", "Japan, hardest hit by currency appreciation"
        if act.pattern.type == "ASSAULT" and act.head.lemma_.lower() in MUTUAL_VERBS and act.source and all(
                p.actor is not None and p.actor.kind == "PERSON"
                for p in [*act.source, *(act.target if isinstance(act.target, list) else [])]):
            return "people-clash-in-words"  # "Regan and Volcker clashed": people, not forces, clash in words
        if act.head.lemma_.lower() == "call" and _child(act.head, "oprd") is not None:
            # "calling them an occupying army", "what state radio called unprecedented
            # weather": naming, neither a phone call nor a call on anyone
            return "naming"
        if act.pattern.pos == "VERB" and act.head.dep_ == "amod" and act.head.lemma_.lower() in ALLEGING_HEADS:
            return "alleged-as-adjective"  # "Epstein's alleged trafficking ring": no one alleges here
        if act.pattern.pos == "VERB" and any(c.dep_ == "advmod" and c.lower_ in SELDOM_ADVERBS
                                             for c in act.head.children):
            return "seldom"  # "the two ministers met rarely": next to never, no happening
        act.event_type = act.pattern.type
        if act.event_type in MATERIAL_CONFLICT_TYPES and act.pattern.pos == "NOUN" and _figurative(act.head):
            return "figurative-noun"  # "the fighting against corruption"
        if act.event_type in MATERIAL_CONFLICT_TYPES and act.pattern.pos == "VERB" and (
                _figurative(act.head, act.event_object) or self._abstract_doer(act.head)):
            return "figurative-or-abstract-doer"  # "fought the virus", "attacked inflation", "the surplus hit a record"
        return None

    def _veto(self, name: str) -> None:
        """No event: the veto ``name`` (one of ``VETOES``) drops the candidate, as the trace says."""
        self.vetoed_by = name

    def _protest_aim(self, verb: Any) -> bool:
        """True for "marched to demand ...", "a strike demanding ...": the aim of a protest."""
        if verb.dep_ not in ("advcl", "xcomp", "acl", "conj") or verb.head.i == verb.i:
            return False
        governor = verb.head
        for tok in [governor, *_objects_of(governor)]:
            if any(p.type == "PROTEST" for p, _ in self.triggers(tok)):
                return True
        return False

    def _abstract_doer(self, verb: Any) -> bool:
        """True when what does the harm is an abstraction: "the yen's rise has hit Japan",
        "shares shot up" (but "Chinese fire" is someone's)."""
        abstract = load_abstract_objects()
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any((d.lemma_.lower() in abstract or d.lower_ in abstract) and not self._made_by_actor(d)
                   for d in doers)

    def _made_by_actor(self, noun: Any) -> bool:
        """"Chinese fire", "army fire": a modifier names who made it (a possessive names
        an owner: "Taiwan's surplus" is nobody's act)."""
        return any(c.dep_ in ("amod", "compound") and any(e.kind != "PERSON"
                                                          for e in self.index.covering(c.idx))
                   for c in noun.children)  # "Flash floods": a name the tagger misread makes no maker

    def _accidental(self, verb: Any) -> bool:
        """True when the harm a verb reports has an accident or a disaster for its cause
        ("killed in a bus crash"), not someone's ("killed by Chinese fire")."""
        causes = load_accidental_causes()
        candidates = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        up = verb
        for _ in range(3):  # "an earthquake struck ..., flattening villages and killing 2,000 people"
            if candidates or _child(up, "nsubjpass") is not None or up.head.i == up.i:
                break
            up = up.head
            candidates.extend(c for c in up.children if c.dep_ in ("nsubj", "csubj"))
        noun = verb
        for _ in range(4):  # "the blizzard to hit Istanbul", "an earthquake measuring 8.0 ... hit"
            if noun.dep_ not in ("acl", "relcl", "pobj", "prep") or noun.head.i == noun.i:
                break
            noun = noun.head
            if noun.pos_ in ("NOUN", "PROPN"):
                candidates.append(noun)
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")
                     and c.lower_ in ("in", "by", "during", "after")):
            candidates.extend(g for g in prep.children if g.dep_ == "pobj")
        return any((c.lemma_.lower() in causes or c.lower_ in causes) and not self._made_by_actor(c)
                   for c in candidates)


def _to_death(verb: Any) -> bool:
    """"beaten to death", "hacked to death": a killing, never a figure of speech."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)
