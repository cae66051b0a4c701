"""The coder: one document's state, and one candidate (``candidates.Candidate``) coded
through its steps: the frame and the sides it leaves open (``frames.py``), the vetoes
(``vetoes.py``), the kind of act, the mood (``modality.py``), the target
(``frames.py``), then the date, place and recodings (``dates.py``, ``recodings.py``).
Each step fills the candidate in, or returns the name of the veto that drops it.

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

from accord.record import Document, Entity, Event, Participant
from accord.stages.events.candidates import Candidate, _Candidates
from accord.stages.events.constructions import _Constructions
from accord.stages.events.dates import _Dates
from accord.stages.events.frames import _Frames
from accord.stages.events.grammar import _evidence, _to_infinitive
from accord.stages.events.happenings import _identity
from accord.stages.events.lexicon import CIVIL_SECTORS, COOPERATIVE_TYPES, CROWD_VERBS, load_accidental_causes
from accord.stages.events.modality import settle_mood
from accord.stages.events.participants import _Participants, _key, _rioters, _sector_of
from accord.stages.events.patterns import Pattern, _pattern_name, load_cameo, load_patterns
from accord.stages.events.recodings import PLEDGE_OF_FORCE, Mood, MoodRecoding, _Recodings, recode_by_mood
from accord.stages.events.trace import BARE_PLEDGE, COOPERATION_CODED, DUPLICATE, Trace
from accord.stages.events.vetoes import _Vetoes
from accord.stages.offsets import SpanIndex, entity_index


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
        """The event a pattern that fired at ``trigger`` codes, or None (``vetoed_by`` says
        which veto dropped it)."""
        act = Candidate(pattern, trigger, sent, head=trigger.root, event_type=pattern.type)
        steps = (self._frame, self._complete_sides, self._screen, self._settle_kind, settle_mood, self._settle_target)
        for step in steps:
            veto = step(act)
            if veto is not None:
                return self._veto(veto)
        coded = self._coded(act)
        return self._veto(coded) if isinstance(coded, str) else coded

    def _settle_kind(self, act: Candidate) -> str | None:
        """What kind of act it is when the pattern's type is not it (a pledge of force is a
        threat, protesters' violence a riot), and whom it is on; or the veto for an aim of a
        protest, a crowd that is no protest, a summons that is the protest."""
        act.threat = PLEDGE_OF_FORCE.recode(self, act)
        if act.threat:
            act.event_type = "THREATEN"  # "vowed to fight", "swore to retaliate"
        # "protesters torched the embassy", "a mob stormed parliament": a violent protest
        act.riot = act.event_type == "ASSAULT" and (act.pattern.cameo == "1712" or act.pattern.trigger == "storm") \
            and _rioters(act.source)
        if act.riot:
            act.event_type = "PROTEST"
        if act.event_type in COOPERATIVE_TYPES and isinstance(act.target, list) and act.target and all(
                self._against(act.head, p) for p in act.target):
            act.target = []  # "joined forces against al-Shabaab": the common enemy is no partner
        if act.target == "reciprocal":
            act.target = list(act.source)
        elif act.target:
            # "He urged the two sides": a side that includes the source means the others.
            mine = {_key(p) for p in act.source}
            act.target = [p for p in act.target if _key(p) not in mine] or act.target
        if act.event_type in ("REQUEST", "ACCUSE") and self._protest_aim(act.head):
            return "protest-aim"  # "rallied to demand ...", "marched to denounce": what the protest is for
        if act.pattern.trigger in CROWD_VERBS and not _rioters(act.source):
            return "crowd-without-protesters"  # "protesters gathered outside the embassy", not "leaders gathered"
        if act.pattern.trigger == "protest" and act.pattern.pos == "VERB" and act.head.dep_ in ("advcl", "xcomp") \
                and _to_infinitive(act.head) \
                and act.source and all(self._is_state(p) for p in act.source) \
                and any(p for p, _ in self.triggers(act.head.head)):
            return "summons-is-the-protest"  # "summoned the envoy to protest": the summons is the protest
        return None

    def _coded(self, act: Candidate) -> Event | str:
        """The event: its unknown author named as event data names one, its date and place,
        its recodings and rule; or the veto for an event noun by no one."""
        date, precision, historical = self._date(act.sent, act.head)
        place = self._location(act.head)
        origin = self._origin(act.head) if not act.source and act.event_type == "ASSAULT" else []
        if origin and {_key(p) for p in origin} != {_key(p) for p in act.target if isinstance(act.target, list)}:
            # "a rocket was fired at Israel from the Gaza Strip": by unknown hands from there
            act.source = _sector_of(origin, "UAF", "GROUP", name="unidentified attackers")
            act.rule_suffix += " author-unknown"
            act.author_unknown = True
        elif not act.source and (scene := self._scene(act, place)) is not None:
            # "a roadside bomb near Basra killed three soldiers": an attack by unknown hands
            # is, as event data codes it, by unidentified forces of the country it happens in.
            located = [Participant(text=scene.text, start=scene.start, end=scene.end, actor=scene.actor)]
            act.source = _sector_of(located, "UAF", "GROUP", name="unidentified attackers")
            act.rule_suffix += " author-unknown"
            act.author_unknown = True
        elif not act.source and isinstance(act.target, list) \
                and len({p.actor.country for p in act.target if p.actor}) == 1 \
                and all(p.actor and p.actor.country and p.actor.sector in CIVIL_SECTORS | {"CVL", "COP", "MIL"}
                        for p in act.target) \
                and not any(t.lemma_.lower() in load_accidental_causes() for t in act.sent):
            # "a man was shot dead", "two policemen were killed": where no place is said, by
            # unidentified attackers of the victims' own country. (Soldiers killed in a war
            # between two states were killed by the other side: this reads them wrongly.)
            act.source = _sector_of(act.target[:1], "UAF", "GROUP", name="unidentified attackers")
            act.rule_suffix += " author-unknown"
            act.author_unknown = True
        if not act.source and act.pattern.pos == "NOUN":
            return "noun-without-author"  # "condemned an attack on a convoy": an attack by no one the text names
        hypothetical = act.mood == "hypothetical"
        cameo, mode = "138" if act.threat else act.pattern.cameo, act.pattern.mode
        recoded = self._recoded(act.event_type, act.pattern, act.head, act.event_object, act.source, act.target,
                                riot=act.riot)
        if recoded is not None:
            act.event_type, cameo, mode, why = recoded
            act.rule_suffix += f" {why}"
        rule = f"{act.pattern.pos.lower()}:{_pattern_name(act.pattern, act.event_object)}{act.rule_suffix}"
        # A stated future, refusal, failure or preparation is coded as what it is (recodings.py).
        moody = Mood(act.event_type, cameo, mode, act.negated, act.mood, act.head, act.clause)
        by_mood = self.mood_recoding = recode_by_mood(moody)
        if by_mood is not None:
            rule = f"{by_mood.prefix}({act.event_type}) " + rule
        act.event_type, cameo, act.negated, auxiliary = moody.event_type, moody.cameo, moody.negated, moody.auxiliary
        if act.event_object is not None:
            self.consumed.add(act.event_object.i)
        return Event(
            type=act.event_type, mode=mode,
            source=act.source, target=act.target or [],
            **_evidence(act.sent),
            date=date, date_precision=precision, negated=act.negated, hypothetical=hypothetical,
            historical=historical, cameo=cameo, intensity=load_cameo().get(cameo),
            confidence=0.3 if act.author_unknown else 0.4 if not act.target or act.implied_target else 0.6,
            rule=rule,
            trigger=act.trigger.text, location=place.text if place else None,
            location_country=place.actor.country if place and place.actor else None,
            auxiliary=auxiliary,
        )


    def _scene(self, act: Candidate, place: Entity | None) -> Entity | None:
        """Where an act by unknown hands happened, in a country: the place its clause names,
        else, for a clause, the place the sentence opens with ("On 2 May, in Escuintla,
        Guatemala, an explosive device detonated ...")."""
        if place is not None and place.actor and place.actor.country:
            return place
        return self._sentence_place(act.sent) if act.pattern.pos == "VERB" else None


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
    condemnations, joint operations) that the patterns have not coded already; a joint operation already
    coded as cooperation in its sentence is not coded again."""
    seen = {_identity(e) for e in events}
    cooperation = {e.start for e in events if e.type == "COOPERATE"}
    kept = []
    said = [(e, False) for e in [*coder.obligations(), *coder.stated_demands(), *coder.condemnations(events),
                                 *coder.promised_responses(events), *coder.conditional_threats(events)]]
    for e, jointly in [*said, *((e, True) for e in coder.joint_operations())]:
        if _identity(e) in seen:
            coder.trace.dropped_event(DUPLICATE, e)
        elif jointly and e.start in cooperation:
            coder.trace.dropped_event(COOPERATION_CODED, e)
        else:
            coder.trace.coded(e)
            kept.append(e)
    return kept
