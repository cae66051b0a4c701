"""Candidates: the patterns that may fire at a word, most specific first, with the word's
span; a verb's event object ("impose sanctions"); and where an event noun stands for an
event ("held talks", "clashes broke out") rather than being only mentioned."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accord.record import Participant
from accord.stages.events.grammar import (
    _called_off, _has_particles, _infinitive, _objects_of, _weapon_subject, _without_again,
)
from accord.stages.events.lexicon import (
    ATTACK_NOUNS, LIGHT_NOUNS, MEASURE_NOUNS, MILITARY_MODIFIERS, OCCURRENCE_VERBS, ROUND_NOUNS,
)
from accord.stages.events.patterns import Pattern
from accord.stages.syntax import DURATIONS, child as _child, hyphenated


def _light_compound(noun: Any) -> bool:
    """"launched a mediation effort": the event noun modifies a light noun in event position."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in LIGHT_NOUNS and _event_noun_position(noun.head)


def _event_noun_position(noun: Any) -> bool:
    if noun.dep_ in ("dobj", "attr"):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("amod", "compound", "poss") for c in noun.children):
        return True  # "Palestinian riots ... continued": the protest names its protesters
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in OCCURRENCE_VERBS:
        return True  # "clashes broke out", "the arrests were made", "a curfew was imposed"
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return True  # "the attack by the militia on the hospital killed ...": its author named
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        measure = noun.head.head
        if (measure.lemma_.lower() in DURATIONS or measure.lemma_.lower() in ROUND_NOUNS) and measure.i != noun.i:
            return _event_noun_position(measure)  # "after five days of fighting", "for a round of talks"
        return measure.lemma_.lower() == "anniversary"  # "the anniversary of the signing"
    if noun.dep_ == "pobj" and noun.head.lower_ == "into":
        return noun.head.head.lemma_.lower() == "take"  # "were taken into custody"
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "at", "after", "for", "with", "amid",
                                                       "following")


@dataclass
class Candidate:
    """One pattern fired at a trigger, as the coder's steps fill it in (``coder.py``)."""

    pattern: Pattern
    trigger: Any  # the trigger's span
    sent: Any
    head: Any  # the trigger's head token
    event_type: str
    event_object: Any | None = None  # the object that made the pattern fire ("sanctions" in "impose sanctions")
    clause: Any = None  # the verb whose mood is the event's
    source: list[Participant] = field(default_factory=list)
    target: list[Participant] | str = field(default_factory=list)  # "reciprocal" for "each other"
    threat: bool = False  # a pledge whose aim is force ("vowed to fight")
    riot: bool = False  # protesters' violence
    negated: bool = False
    mood: str = "actual"
    rule_suffix: str = ""
    implied_target: bool = False
    author_unknown: bool = False


class _Candidates:
    """Finding the patterns that may fire at a word (mixed into the coder)."""

    def triggers(self, tok: Any) -> list[tuple[Pattern, Any]]:
        """Patterns that may fire at ``tok``, most specific first, each with its trigger span."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma, "VERB") not in self.patterns:
            lemma = _without_again(lemma, self.patterns, tok.lower_)
        if tok.pos_ in ("VERB", "ADJ"):
            found = []
            for p in self.patterns.get((lemma, tok.pos_), []):
                if _called_off(tok) and "off" not in p.particles:
                    continue  # "called off a planned rally": cancelled, not called
                if p.objects and self._event_object(tok, p) is None:
                    continue
                if p.particles and not _has_particles(tok, p.particles):
                    continue
                if p.needs_target in ("xcomp", "control") and _infinitive(tok) is None:
                    continue  # "declined to resign", not "exports declined"
                if p.needs_target == "moved" and _infinitive(tok) is not None and not any(
                        c.dep_ == "prep" and c.lower_ in ("into", "onto", "to", "across") for c in tok.children):
                    continue  # "ordered troops onto the streets", not "ordered troops to withdraw"
                if p.needs_target == "weapon" and _weapon_subject(tok) is None:
                    continue  # "a bomb went off", not "the alarm went off"
                if p.needs_target == "harm" and not self._reports_harm(tok):
                    continue  # "claimed that X attacked Y", not "claimed that talks went well"
                found.append((p, tok.doc[tok.i:tok.i + 1]))
            if any(p.particles for p, _ in found):
                # "called for" is a request: the bare verb's sense ("called X") does not apply.
                found = [(p, s) for p, s in found if p.particles or p.objects]
            return found
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        found = []
        candidates = self.patterns.get((tok.lower_, "NOUN"), [])
        if lemma != tok.lower_:
            candidates = candidates + self.patterns.get((lemma, "NOUN"), [])
        military = bool(candidates) and (any(
            c.dep_ in ("compound", "amod") and (c.lower_ in ATTACK_NOUNS or c.lower_ in MILITARY_MODIFIERS)
            for c in tok.children) or self._aimed_at_a_place(tok))
        for p in candidates:
            words = p.trigger.split()
            if p.type == "PROTEST" and military:
                continue  # "drone strikes", "an air strike", "strikes on Kyiv": no walkout
            if p.mode == "military strike" and not military:
                continue  # "a strike at the port" by dockers is a walkout
            if len(words) == 1:
                # A lone event noun counts as the object of its clause ("held talks",
                # "in a meeting with"), not wherever it is mentioned.
                if not self._inside_phrase(tok) and (_event_noun_position(tok) or _light_compound(tok)):
                    found.append((p, tok.doc[tok.i:tok.i + 1]))
                continue
            span = tok.doc[tok.i:tok.i + len(words)]
            if [t.lower_ for t in span] == words:
                found.append((p, span))
        found.sort(key=lambda pair: -len(pair[1]))
        return found[:1]

    def _aimed_at_a_place(self, noun: Any) -> bool:
        """Whether a noun is aimed "on" or "against" a country or a place ("strikes on
        Kyiv"); a time ("a strike on Monday") is none."""
        return any(self._place_at(g) is not None for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"))

    def _inside_phrase(self, tok: Any) -> bool:
        """True for the tail of a longer noun trigger ("call" in "phone call")."""
        if tok.i == 0:
            return False
        prev = tok.doc[tok.i - 1]
        return any(len(p.trigger.split()) > 1 and p.trigger.split()[-1] == tok.lower_
                   for p in self.patterns.get((prev.lower_, "NOUN"), []))

    def _event_object(self, verb: Any, pattern: Pattern) -> Any | None:
        """The object that makes ``verb`` an event for ``pattern`` ("sanctions" in "impose sanctions",
        "cleansing" in "engaged in ethnic cleansing", "shields" in "held them as shields")."""
        governed = [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
        # "Evidence was presented", "Sanctions were imposed": the passive subject is the object
        direct = _objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "allowed inspectors to visit", "allowed inspectors back into": who is let in
        direct += [_child(c, "nsubj") for c in verb.children
                   if c.dep_ in ("xcomp", "ccomp") and _child(c, "nsubj") is not None]
        direct += [c for o in direct for c in o.conjuncts if c.i > o.i]  # "vehicles and ammunition"
        # "25,000 tons of food aid", "a state of emergency": the noun the measure is of
        measured = [g for o in direct for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                    for g in c.children if g.dep_ == "pobj"]  # "50 million euros in aid"
        measured += [c for o in measured for c in o.conjuncts if c.i > o.i]  # "planeloads of tents and food"
        # "raised the alert level", "lifted the emergency status": the measure's own word
        measured += [c for o in direct if o.lemma_.lower() in MEASURE_NOUNS
                     for c in o.children if c.dep_ in ("amod", "compound")]  # "mobile internet access"
        # "summoned Russian Ambassador Mikhail Yevdokimov": the title before a name
        measured += [c for o in direct if o.pos_ == "PROPN" for c in o.children
                     if c.dep_ == "compound" and c.i < o.i and c.is_title]
        for obj in [*direct, *governed, *measured]:
            if obj.lemma_.lower() in pattern.objects or obj.lower_ in pattern.objects \
                    or hyphenated(obj) in pattern.objects:
                return obj
        return None
