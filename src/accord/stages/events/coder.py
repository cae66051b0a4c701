"""The coder: one document's state, and one candidate coded through the frame, the
vetoes, modality, recodings and the date.

An event whose pattern needs a target and finds none is not coded, no event rather than
a guess. Attacks are the exception: a harm done "in an air strike by X" or "by Israeli
fire" is X's, and one by unknown hands is coded, as event data codes it, to unidentified
forces of the country it happened in (rule suffix ``author-unknown``, low confidence).
Actors acting together ("X and Y met") act on each other; a visit is to the country of
the place arrived in; a protest at home addresses the government; force used at home
falls on the people; an attack in another country's territory is aimed at that country.
CAMEO codes carry their Goldstein intensity from ``data/cameo.tsv``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from accord.record import Document, Event, Participant
from accord.stages.events.candidates import _Candidates
from accord.stages.events.constructions import _Constructions
from accord.stages.events.dates import _Dates
from accord.stages.events.frames import _Frames, _acts_on_public, _implied_domestic_target
from accord.stages.events.grammar import (
    _broke_out, _called_off, _evidence, _governing_verb, _infinitive, _misread_place, _objects_of, _time_phrase,
    _to_infinitive,
)
from accord.stages.events.happenings import _identity
from accord.stages.events.lexicon import (
    AWAITING_HEADS, CIVIL_SECTORS, COOPERATIVE_TYPES, CROWD_VERBS, FIGURATIVE_PRONE_VERBS,
    INTENT_HEADS, MATERIAL_CONFLICT_TYPES, MUTUAL_NOUNS, MUTUAL_VERBS, PLACE_TARGETED_TYPES,
    STATE_SECTORS, UNDOING_VERBS, WISH_HEADS, load_accidental_causes,
)
from accord.stages.events.modality import _modality
from accord.stages.events.participants import _Participants, _key, _rioters, _sector_of
from accord.stages.events.patterns import Pattern, _pattern_name, load_cameo, load_patterns
from accord.stages.events.recodings import (
    _ARRIVAL_OF_PEACEKEEPERS, _ARRIVAL_OF_TROOPS, Mood, MoodRecoding, _Recodings, recode_by_mood,
)
from accord.stages.events.trace import BARE_PLEDGE, COOPERATION_CODED, DUPLICATE, Trace
from accord.stages.events.vetoes import _Vetoes, _figurative
from accord.stages.offsets import SpanIndex, entity_index
from accord.stages.syntax import child as _child, subject_of


class _Coder(_Candidates, _Frames, _Participants, _Vetoes, _Recodings, _Dates, _Constructions):
    """What coding one document needs at hand: its actors, its times, the patterns.

    Each step of coding is a mixin of its own module (candidates, frames, participants,
    vetoes, recodings, dates, constructions); they share the state set here.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.patterns = load_patterns()
        # A dateline names where the story was filed, never who acted.
        dateline = doc.dateline_span or (0, 0)
        # Actors are what has a country, an organisation, or is a person or group (whose
        # country may be unknown); places and things are not.
        self.actors = [e for e in doc.entities if not dateline[0] <= e.start < dateline[1] and e.actor and (
            e.actor.country or e.actor.id.startswith("IGO:")
            or e.actor.kind in ("IGO", "NGO", "PERSON", "GROUP", "ROLE", "ORGANISATION"))]
        self.index = SpanIndex(self.actors)
        self.entities = entity_index(doc)
        self.times = SpanIndex(doc.times)
        self.reference = doc.reference_date
        # Nouns that are the object of an event verb already coded ("staged a protest").
        self.consumed: set[int] = set()
        self.trace = Trace(doc)
        self.vetoed_by = ""  # the veto that dropped the last candidate (vetoes.VETOES)
        self.mood_recoding: MoodRecoding | None = None  # the one that recoded the last event coded

    def event(self, pattern: Pattern, trigger: Any, sent: Any) -> Event | None:
        head = trigger.root
        event_object = self._event_object(head, pattern) if pattern.objects else None
        clause = head  # the verb whose mood is the event's
        if pattern.pos == "NOUN":
            clause = _governing_verb(head)
            undone = clause.lemma_.lower() in UNDOING_VERBS and not _broke_out(clause)
            if head.i in self.consumed or undone or _called_off(clause):
                # "imposed a curfew after the protest" is one event; "called off the
                # strike", "prevented the demonstration" report none.
                return self._veto("consumed-or-undone")
            source, target = self._noun_participants(trigger, pattern.type)
        elif pattern.pos == "ADJ":
            if head.dep_ == "acomp":
                clause = head.head  # "must be ready to ...": the copula carries the mood
            source, target = self._intent_participants(head)
        elif pattern.needs_target == "giver":
            source, target = self._giver_participants(head)
        else:
            source, target = self._verb_participants(head, event_object, places=pattern.type not in COOPERATIVE_TYPES)
        if pattern.type == "ASSAULT" and pattern.pos == "VERB" and self._accidental(head):
            return self._veto("accidental")  # "killed in a bus crash", "an earthquake killed 50 people"
        if not source and pattern.type == "ASSAULT" and pattern.pos == "VERB":
            # "were killed in an air strike by Turkish jets", "died in Israeli shelling"
            source = self._attack_author(head)
        if not source and (pattern.type == "COERCE" or pattern.mode == "investigate") \
                and _child(head, "nsubjpass") is not None:
            # "was arrested in Lebanon", "was put under investigation in Italy": arrests and
            # inquiries are made by the state where they happen.
            place = self._place_authority(head) or (self._place_authority(event_object)
                                                    if event_object is not None else [])
            held = [p for p in target if p.actor and p.actor.country] if isinstance(target, list) else []
            source = _sector_of(place or held[:1], "GOV", "ROLE")
        if pattern.type == "MOBILIZE" and not source and isinstance(target, list) and target \
                and _child(head, "nsubjpass") is not None and all(p.actor and p.actor.sector in STATE_SECTORS
                                                                 for p in target):
            # "riot police were deployed across Nairobi": the state moved its own force
            source, target = target, []
        if not target and pattern.needs_target == "control":
            # "allowed the candidate to run", "wants Putin to act": the one let or asked to
            # act is the infinitive's subject; without one there is no event.
            infinitive = _infinitive(head)
            subject = _child(infinitive, "nsubj") if infinitive is not None else None
            target = self._participants(subject) if subject is not None else []
            if not target:
                return self._veto("control-without-actor")
        if not target and pattern.type in ("ACCUSE", "REQUEST") and pattern.pos == "VERB":
            # "alleged that France had helped ...", "demanded that the US cancel ...": the
            # accused or the one asked is who the clause is about.
            claim = _child(head, "ccomp")
            subject = subject_of(claim) if claim is not None else None
            target = self._participants(subject) if subject is not None and subject.pos_ != "PRON" else []
        if not source and pattern.pos == "NOUN" and head.lemma_.lower() in MUTUAL_NOUNS \
                and isinstance(target, list) and len({_key(p) for p in target}) > 1:
            source = list(target)  # "clashes between police and protesters": each side fought
        if not source and pattern.pos == "NOUN" and pattern.type == "COERCE":
            # "the arrests were made in Kano", "were taken into custody", "a curfew was
            # imposed": by the state where they happen, else the state of those held.
            place = self._place_authority(clause) or self._place_authority(head)
            held = [p for p in target if p.actor and p.actor.country] if isinstance(target, list) else []
            source = _sector_of(place or held[:1], "GOV", "ROLE", name="(implied) government")
            if source and not target:
                target = _sector_of(source[:1], "CVL", "GROUP", name="(implied) public")
        if not source and not (pattern.type == "ASSAULT" and target and target != "reciprocal"):
            # No event without its author, except an attack whose victims are known:
            # "three soldiers were killed by a roadside bomb".
            return self._veto("no-author")
        if pattern.needs_target == "intransitive" and (
                head.dep_ == "acl" or any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") and not _misread_place(c)
                                          for c in head.children)):
            # "demonstrated respect", "demonstrate how ...", "a bill signed by", "was struck by a
            # blackout": none is the act
            return self._veto("intransitive-with-object")
        if pattern.needs_target == "threat" and not target:
            if not self._threat_content(head):
                return self._veto("threat-without-harm")  # "warned that the harvest will be poor" threatens no one
            target = self._threatened(head, source)  # "warned it would attack Israeli ships"
        if pattern.type == "ASSAULT" and head.lemma_.lower() in FIGURATIVE_PRONE_VERBS and not source:
            return self._veto("figurative-hit")  # "ports were also hit", "Japan, hardest hit by currency appreciation"
        if pattern.type == "ASSAULT" and head.lemma_.lower() in MUTUAL_VERBS and source and all(
                p.actor is not None and p.actor.kind == "PERSON"
                for p in [*source, *(target if isinstance(target, list) else [])]):
            return self._veto("people-clash-in-words")  # "Regan and Volcker clashed": people, not forces, clash in words
        if head.lemma_.lower() == "call" and _child(head, "oprd") is not None:
            # "calling them an occupying army", "what state radio called unprecedented
            # weather": naming, neither a phone call nor a call on anyone
            return self._veto("naming")
        event_type = pattern.type
        if event_type in MATERIAL_CONFLICT_TYPES and pattern.pos == "NOUN" and _figurative(head):
            return self._veto("figurative-noun")  # "the fighting against corruption"
        if event_type in MATERIAL_CONFLICT_TYPES and pattern.pos == "VERB" and (
                _figurative(head, event_object) or self._abstract_doer(head)):
            return self._veto("figurative-or-abstract-doer")  # "fought the virus", "attacked inflation", "the surplus hit a record"
        threat = event_type == "AGREE" and pattern.pos == "VERB" and self._violent_aim(head)
        if threat:
            event_type = "THREATEN"  # "vowed to fight", "swore to retaliate"
        # "protesters torched the embassy", "a mob stormed parliament": a violent protest
        riot = event_type == "ASSAULT" and (pattern.cameo == "1712" or pattern.trigger == "storm") and _rioters(source)
        if riot:
            event_type = "PROTEST"
        if event_type in COOPERATIVE_TYPES and isinstance(target, list) and target and all(
                self._against(head, p) for p in target):
            target = []  # "joined forces against al-Shabaab": the common enemy is no partner
        if target == "reciprocal":
            target = list(source)
        elif target:
            # "He urged the two sides": a side that includes the source means the others.
            mine = {_key(p) for p in source}
            target = [p for p in target if _key(p) not in mine] or target
        if event_type in ("REQUEST", "ACCUSE") and self._protest_aim(head):
            return self._veto("protest-aim")  # "rallied to demand ...", "marched to denounce": what the protest is for
        if pattern.trigger in CROWD_VERBS and not _rioters(source):
            return self._veto("crowd-without-protesters")  # "protesters gathered outside the embassy", not "leaders gathered"
        if pattern.trigger == "protest" and pattern.pos == "VERB" and head.dep_ in ("advcl", "xcomp") \
                and _to_infinitive(head) \
                and source and all(self._is_state(p) for p in source) \
                and any(p for p, _ in self.triggers(head.head)):
            return self._veto("summons-is-the-protest")  # "summoned the envoy to protest": the summons is the protest
        negated, mood = _modality(clause)
        if pattern.pos == "NOUN" and (any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
                                      or (head.dep_ == "pobj" and head.head.lower_ == "without")):
            negated = True  # "no demonstrations took place", "ended without an agreement"
        if pattern.pos == "NOUN" and _time_phrase(head):
            # "agreed to a ceasefire after two days of fighting": the fighting happened,
            # whatever the clause says of the agreeing.
            negated, mood = False, "actual"
        elif pattern.pos == "NOUN" and clause.i != head.i and mood == "actual":
            # "demanded the withdrawal of", "planned a visit to": the noun's verb wants it
            verb = clause.lemma_.lower()
            if verb in WISH_HEADS or verb in AWAITING_HEADS:
                mood = "hypothetical"  # also "braced for renewed strikes", "feared attacks"
            elif verb in INTENT_HEADS:
                mood = "intent"
        if mood == "attempt":
            # "tried to storm the parliament" is force used; "tried to broker a truce" is not a deal.
            mood = "actual" if pattern.type in MATERIAL_CONFLICT_TYPES else "hypothetical"
        if pattern.needs_target == "joint" and len({_key(p) for p in source}) < 2:
            return self._veto("joint-without-partners")  # "launched a satellite" is no joint project
        if event_type == "MOBILIZE" and pattern.needs_target == "intransitive" and source and all(
                p.actor and p.actor.sector in CIVIL_SECTORS for p in source):
            return self._veto("civil-mobilisation")  # "volunteers mobilised to clean the beaches": no force readied
        if event_type in ("MOBILIZE", "RETREAT") and self._moved_force(target, source):
            # "deployed troops near Ukraine's border", "pulled back from the Lebanese border":
            # the force moved is the source's own; the country it faces is the target
            target = self._faced(head, source)
        if not target and (event_type == "RETREAT" or pattern.mode == "withdraw"):
            # "withdrew from Mali", "pulled out of Afghanistan": the country left is the target
            for prep in (c for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out")):
                for pobj in (g for g in prep.subtree if g.dep_ == "pobj"):
                    target = self._participants(pobj) or self._place_of(pobj) or [
                        Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
                        for e in self._entities_for(pobj)]
                    if target:
                        break
                if target:
                    break
        if not target and pattern.mode == "visit":
            # "arrived in Beijing": a visit is to the country of the place it is made in.
            target = self._place_authority(head)
        if pattern.mode == "visit" and source and all(p.actor and (p.actor.sector == "MIL" or p.actor.role == "General")
                                                      for p in source):
            # Troops that arrive are deployed, peacekeepers to keep the peace: no visit.
            peacekeeping = any("peacekeep" in p.text.lower() for p in source)
            event_type, pattern = ("AID", _ARRIVAL_OF_PEACEKEEPERS) if peacekeeping else ("MOBILIZE", _ARRIVAL_OF_TROOPS)
        if event_type in COOPERATIVE_TYPES and isinstance(target, list) and target and all(
                p.actor and not p.actor.country and p.actor.kind in ("GROUP", "ROLE") for p in target):
            target = []  # "shared intelligence on the bombing suspects": whom it is about, not with
        if not target and len({_key(p) for p in source}) > 1 and (
                event_type in COOPERATIVE_TYPES or head.lemma_.lower() in MUTUAL_VERBS):
            # "China and Russia met", "X and Y clashed": actors acting together act on each other.
            target = list(source)
            rule_suffix = " joint"
        else:
            rule_suffix = ""
        # What the confidence depends on: a target implied, an author unknown.
        implied_target = author_unknown = False
        if not target:
            # A violent act on people or places that are no actors is still the act, and a
            # stated intention needs no one on the receiving end.
            concrete = event_type in MATERIAL_CONFLICT_TYPES and (
                any(o.pos_ in ("NOUN", "PROPN") for o in _objects_of(head)) or _child(head, "nsubjpass") is not None)
            if pattern.needs_target in ("yes", "giver") and not concrete and mood != "intent":
                return self._veto("no-target")
        if not target and event_type in PLACE_TARGETED_TYPES:
            # Protests address the authorities where they happen; troops massed or an attack
            # made in another country's territory are aimed at that country.
            target = self._place_authority(head)
            place = self._location(head)
            if not target and place is not None and place.actor.country not in {p.actor.country for p in source
                                                                                 if p.actor}:
                target = [Participant(text=place.text, start=place.start, end=place.end, actor=place.actor)]
            if target and {_key(p) for p in target} <= {_key(p) for p in source}:
                # "Kurds demonstrated in Kirkuk" protest to their own government.
                target = _sector_of(target, "GOV", "ROLE") if event_type == "PROTEST" else []
        if not target and source and _acts_on_public(pattern, head):
            implied = _implied_domestic_target(event_type, source)
            if implied:
                # "workers went on strike over the reform" address their government; "the
                # government lifted the curfew" acts on its people (rule suffix, low confidence)
                target = implied
                rule_suffix += " implied-target"
                implied_target = True
        if target and {_key(p) for p in source} == {_key(p) for p in target} and len(source) == 1:
            if event_type in MATERIAL_CONFLICT_TYPES and all(p.actor and p.actor.kind == "PLACE" for p in target):
                # "imposed a curfew in Kano": a state's force used at home falls on its people.
                target = _sector_of(target, "CVL", "GROUP")
            else:
                return self._veto("acts-on-itself")  # an actor acting on itself is no relation between actors
        date, precision, historical = self._date(sent, head)
        place = self._location(head)
        origin = self._origin(head) if not source and event_type == "ASSAULT" else []
        if origin and {_key(p) for p in origin} != {_key(p) for p in target if isinstance(target, list)}:
            # "a rocket was fired at Israel from the Gaza Strip": by unknown hands from there
            source = _sector_of(origin, "UAF", "GROUP", name="unidentified attackers")
            rule_suffix += " author-unknown"
            author_unknown = True
        elif not source and place is not None and place.actor and place.actor.country:
            # "a roadside bomb near Basra killed three soldiers": an attack by unknown hands
            # is, as event data codes it, by unidentified forces of the country it happens in.
            located = [Participant(text=place.text, start=place.start, end=place.end, actor=place.actor)]
            source = _sector_of(located, "UAF", "GROUP", name="unidentified attackers")
            rule_suffix += " author-unknown"
            author_unknown = True
        elif not source and isinstance(target, list) and len({p.actor.country for p in target if p.actor}) == 1 \
                and all(p.actor and p.actor.country and p.actor.sector in CIVIL_SECTORS | {"CVL", "COP", "MIL"}
                        for p in target) \
                and not any(t.lemma_.lower() in load_accidental_causes() for t in sent):
            # "a man was shot dead", "two policemen were killed": where no place is said, by
            # unidentified attackers of the victims' own country. (Soldiers killed in a war
            # between two states were killed by the other side: this reads them wrongly.)
            source = _sector_of(target[:1], "UAF", "GROUP", name="unidentified attackers")
            rule_suffix += " author-unknown"
            author_unknown = True
        if not source and pattern.pos == "NOUN":
            return self._veto("noun-without-author")  # "condemned an attack on a convoy": an attack by no one the text names
        hypothetical = mood == "hypothetical"
        cameo, mode = "138" if threat else pattern.cameo, pattern.mode
        recoded = self._recoded(event_type, pattern, head, event_object, source, target, riot=riot)
        if recoded is not None:
            event_type, cameo, mode, why = recoded
            rule_suffix += f" {why}"
        rule = f"{pattern.pos.lower()}:{_pattern_name(pattern, event_object)}{rule_suffix}"
        # A stated future, refusal, failure or preparation is coded as what it is (recodings.py).
        moody = Mood(event_type, cameo, mode, negated, mood, head, clause)
        by_mood = self.mood_recoding = recode_by_mood(moody)
        if by_mood is not None:
            rule = f"{by_mood.prefix}({event_type}) " + rule
        event_type, cameo, negated, auxiliary = moody.event_type, moody.cameo, moody.negated, moody.auxiliary
        if event_object is not None:
            self.consumed.add(event_object.i)
        return Event(
            type=event_type, mode=mode,
            source=source, target=target or [],
            **_evidence(sent),
            date=date, date_precision=precision, negated=negated, hypothetical=hypothetical,
            historical=historical, cameo=cameo, intensity=load_cameo().get(cameo),
            confidence=0.3 if author_unknown else 0.4 if not target or implied_target else 0.6,
            rule=rule,
            trigger=trigger.text, location=place.text if place else None,
            location_country=place.actor.country if place and place.actor else None,
            auxiliary=auxiliary,
        )


class Coded(NamedTuple):
    """An event a pattern coded, with its trigger's head token, and whether it was coded as
    a stated intention (the "intent" recodings by mood)."""

    event: Event
    head: Any
    intention: bool


def pattern_events(coder: _Coder) -> list[Coded]:
    """Every event a pattern codes, in text order; an arrest's charge follows its arrest."""
    seen: set[tuple[Any, ...]] = set()
    triggered: list[Coded] = []
    trace = coder.trace
    for sent in coder.doc.nlp.sents:
        for tok in sent:
            for pattern, trigger in coder.triggers(tok):
                event = coder.event(pattern, trigger, sent)
                if event is None:
                    trace.dropped_candidate(coder.vetoed_by, pattern, trigger, sent)
                else:
                    recoding = coder.mood_recoding
                    intention = recoding is not None and recoding.prefix == "intent"
                    for coded, stated in ((event, intention), (coder.charge(event, trigger.root), False)):
                        if coded is not None and _identity(coded) not in seen:
                            seen.add(_identity(coded))
                            triggered.append(Coded(coded, trigger.root, stated))
                            trace.coded(coded, pattern)
                        elif coded is not None:
                            trace.dropped_event(DUPLICATE, coded, pattern)
                    break  # the most specific pattern that codes an event wins
    return triggered


def without_bare_pledges(triggered: list[Coded], trace: Trace) -> list[Event]:
    """The events but a bare "agreed" whose infinitive was coded as the intention it is:
    "agreed to lift the sanctions on Iran" is one pledge, and the intention coded from the
    infinitive says more than the bare "agreed" with no one on the receiving end."""
    pledged = {coded.head.head.i for coded in triggered if coded.intention}
    kept = []
    for e, head, _ in triggered:
        if e.type in ("AGREE", "THREATEN") and not e.target and head.i in pledged:
            trace.dropped_event(BARE_PLEDGE, e)
        else:
            kept.append(e)
    return kept


def construction_events(coder: _Coder, events: list[Event]) -> list[Event]:
    """Events read from constructions other than a trigger (obligations, stated demands,
    joint operations) that the patterns have not coded already; a joint operation already
    coded as cooperation in its sentence is not coded again."""
    seen = {_identity(e) for e in events}
    cooperation = {e.start for e in events if e.type == "COOPERATE"}
    kept = []
    said = [(e, False) for e in [*coder.obligations(), *coder.stated_demands()]]
    for e, jointly in [*said, *((e, True) for e in coder.joint_operations())]:
        if _identity(e) in seen:
            coder.trace.dropped_event(DUPLICATE, e)
        elif jointly and e.start in cooperation:
            coder.trace.dropped_event(COOPERATION_CODED, e)
        else:
            coder.trace.coded(e)
            kept.append(e)
    return kept
