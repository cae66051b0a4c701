"""Argument frames: who acts and who is acted on, by the kind of trigger and its pattern's
``needs_target``.

- the source is the clause's subject (the agent of a passive); a verb without a subject
  of its own takes its governor's, and the infinitive of "urged X to ..." (an
  object-control verb) takes X; "received weapons from X" makes X the giver;
- the target is the object, the object of ``with`` / ``to`` / ``against`` ..., or an
  actor hanging on the object noun ("an agreement with the EU", "evidence against X");
  the accused of "alleged that X ..." and the one asked in "demanded that X ..." are the
  subject of the clause; "claimed that X had attacked Y" is an accusation of X (a claim
  about one's own act is the act); "acceded to demands by X" answers X;
- a warning names whom its harm would fall on; a deployment or withdrawal faces the
  country named near it ("troops near Ukraine's border"), not the troops moved; a
  domestic event with no target named acts on the implied side (a strike addresses the
  government, a curfew lifted the public; rule suffix ``implied-target``).
"""

from __future__ import annotations

from typing import Any

from accord.record import Actor, Participant
from accord.stages.events.candidates import Candidate, _light_compound
from accord.stages.events.grammar import (
    _agent, _broke_out, _called_off, _governing_verb, _infinitive, _joined_to_report, _objects_of, _past, _predicted,
    _time_phrase, _weapon_subject,
)
from accord.stages.events.lexicon import (
    CIVIL_SECTORS, COOPERATIVE_TYPES, DOCUMENT_NOUNS, FACING_VERBS, HOME_ADDRESSED_TYPES, HOME_IMPOSED_TYPES, HOSTILE_TYPES,
    MATERIAL_CONFLICT_TYPES, MUTUAL_NOUNS, MUTUAL_VERBS, OCCURRENCE_VERBS, PATIENT_NOUNS, PERPETRATING_VERBS,
    PLACE_TARGETED_TYPES, POWER_NOUNS, REACTION_TYPES,
    SPEECH_ACT_TYPES, SPEECH_NOUNS, STATE_SECTORS, STATIVE_PASSIVES, STEP_NOUNS, THREAT_NOUNS,
    UNDOING_VERBS, WEAPON_NOUNS, WISH_NOUNS, load_reply_nouns,
)
from accord.stages.events.modality import _modality
from accord.stages.events.participants import _key, _participant, _sector_of, _uncoded
from accord.stages.events.patterns import Pattern
from accord.stages.events.recodings import SOLDIERS_ARRIVING
from accord.stages.syntax import child as _child, nearest_child, subject_of, swallowed_subject


def _acts_on_public(pattern: Pattern, head: Any) -> bool:
    """Whether an act with no one named on the receiving end still has one: not a
    resignation, nor a seizure of things ("captured weaponry"), unless of power itself."""
    if pattern.cameo == "0831":
        return False
    if pattern.type == "COERCE" and pattern.mode in ("seize", None):
        return any(o.lemma_.lower() in POWER_NOUNS for o in _objects_of(head))
    return True


def _implied_domestic_target(event_type: str, source: list[Participant], at_home: bool) -> list[Participant]:
    """The side a domestic event with no named target acts on: a protest, rejection or
    threat by people of one country addresses its government; a concession, coercion or
    attack by its state, or an attack by others, falls on its public. At home (``at_home``:
    the sentence is set in the source's country and names no other) more acts imply them:
    a demand or a condemnation by its civil society addresses the government (not a
    gang's demand of ransom); a deployment or a warning by the state falls on the public
    (its demands and condemnations answer others too often to imply anyone). None when
    the source is not of one country, or the type implies no one."""
    countries = {p.actor.country for p in source if p.actor}
    if len(countries) != 1 or None in countries:
        return []
    state = all(p.actor.kind == "COUNTRY" or p.actor.sector in STATE_SECTORS for p in source)
    civil = all(p.actor.kind == "PERSON" and not p.actor.sector or p.actor.sector in CIVIL_SECTORS for p in source)
    if not state and (event_type in ("PROTEST", "REJECT", "THREATEN")
                      or at_home and civil and event_type in HOME_ADDRESSED_TYPES):
        return _sector_of(source[:1], "GOV", "ROLE", name="(implied) government")
    if (state and event_type in ("CONCEDE", "COERCE")) or (not state and event_type == "ASSAULT") \
            or (at_home and state and event_type in HOME_IMPOSED_TYPES):
        return _sector_of(source[:1], "CVL", "GROUP", name="(implied) public")
    return []


class _Frames:
    """Who acts and who is acted on, frame by frame (mixed into the coder)."""

    def _frame(self, act: Candidate) -> str | None:
        """The sides as the kind of trigger frames them (a noun's, an intent adjective's, a
        giver's or a verb's), and the clause whose mood is the event's."""
        act.event_object = self._event_object(act.head, act.pattern) if act.pattern.objects else None
        act.clause = act.head  # the verb whose mood is the event's
        if act.pattern.pos == "NOUN":
            act.clause = _governing_verb(act.head)
            undone = act.clause.lemma_.lower() in UNDOING_VERBS and not _broke_out(act.clause)
            if act.head.i in self.consumed or undone or _called_off(act.clause):
                # "imposed a curfew after the protest" is one event; "called off the
                # strike", "prevented the demonstration" report none.
                return "consumed-or-undone"
            act.source, act.target = self._noun_participants(act.trigger, act.pattern.type)
        elif act.pattern.pos == "ADJ":
            if act.head.dep_ == "acomp":
                act.clause = act.head.head  # "must be ready to ...": the copula carries the mood
            act.source, act.target = self._intent_participants(act.head)
            own = {p.actor.country for p in act.source if p.actor and p.actor.country}
            if isinstance(act.target, list) and own:
                # "willing to withdraw its troops": one's own forces are not whom one pledges to
                act.target = [p for p in act.target if not (p.actor and p.actor.country in own)]
        elif act.pattern.needs_target == "giver":
            act.source, act.target = self._giver_participants(act.head)
        else:
            # "X said that ..., and accused Y": the speaker speaks, whatever the parse joined
            reporter = _joined_to_report(act.head) if act.pattern.type in SPEECH_ACT_TYPES else None
            placed = reporter is not None and any(
                p.actor and (p.actor.country or p.actor.organisation or p.actor.kind == "IGO")
                for p in self._participants(reporter))
            act.source, act.target = self._verb_participants(
                act.head, act.event_object, places=act.pattern.type not in COOPERATIVE_TYPES,
                subject=reporter if placed else None)
        return None

    def _complete_sides(self, act: Candidate) -> str | None:
        """Sides the frame leaves empty, filled from what the clause implies: the author of
        an attack, the state that arrests, the one told to act (control), the one accused or
        asked; or the veto that finds no author."""
        if act.pattern.type == "ASSAULT" and act.pattern.pos == "VERB" and self._accidental(act.head):
            return "accidental"  # "killed in a bus crash", "an earthquake killed 50 people"
        if not act.source and act.pattern.type == "ASSAULT" and act.pattern.pos == "VERB":
            # "were killed in an air strike by Turkish jets", "died in Israeli shelling"
            act.source = self._attack_author(act.head)
        if not act.source and (act.pattern.type == "COERCE" or act.pattern.mode == "investigate") \
                and _child(act.head, "nsubjpass") is not None:
            # "was arrested in Lebanon", "was put under investigation in Italy": arrests and
            # inquiries are made by the state where they happen.
            place = self._place_authority(act.head) or (self._place_authority(act.event_object)
                                                    if act.event_object is not None else [])
            act.source = _sector_of(place or self._held_by(act), "GOV", "ROLE")
            if not act.source and act.pattern.type == "COERCE":
                act.source = self._state_unnamed(act)
            if act.source and not act.target and act.pattern.type == "COERCE":
                # "three of them were taken into custody": those held are of the public
                act.target = _sector_of(act.source[:1], "CVL", "GROUP", name="(implied) public")
        if act.pattern.type == "MOBILIZE" and not act.source and isinstance(act.target, list) and act.target \
                and _child(act.head, "nsubjpass") is not None and all(p.actor and p.actor.sector in STATE_SECTORS
                                                                 for p in act.target):
            # "riot police were deployed across Nairobi": the state moved its own force
            act.source, act.target = act.target, []
        if not act.target and act.pattern.needs_target == "control":
            # "allowed the candidate to run", "wants Putin to act": the one let or asked to
            # act is the infinitive's subject; without one there is no event.
            infinitive = _infinitive(act.head)
            subject = _child(infinitive, "nsubj") if infinitive is not None else None
            act.target = self._participants(subject) if subject is not None else []
            if not act.target:
                return "control-without-actor"
        if not act.target and act.pattern.type in ("ACCUSE", "REQUEST") and act.pattern.pos == "VERB":
            # "alleged that France had helped ...", "demanded that the US cancel ...": the
            # accused or the one asked is who the clause is about.
            # (a clause before the verb is no content of it: "X called for calm; Y urged restraint")
            claim = next((c for c in act.head.children if c.dep_ == "ccomp" and c.i > act.head.i), None)
            subject = subject_of(claim) if claim is not None else None
            act.target = self._participants(subject) if subject is not None and subject.pos_ != "PRON" else []
        if not act.source and act.pattern.pos == "NOUN" and act.head.lemma_.lower() in MUTUAL_NOUNS \
                and isinstance(act.target, list) and len({_key(p) for p in act.target}) > 1:
            act.source = list(act.target)  # "clashes between police and protesters": each side fought
        if not act.source and act.pattern.pos == "NOUN" and act.pattern.type == "COERCE":
            # "the arrests were made in Kano", "were taken into custody", "a curfew was
            # imposed": by the state where they happen, else the state of those held.
            place = self._place_authority(act.clause) or self._place_authority(act.head)
            act.source = _sector_of(place or self._held_by(act), "GOV", "ROLE", name="(implied) government")
            if act.source and not act.target:
                act.target = _sector_of(act.source[:1], "CVL", "GROUP", name="(implied) public")
        if not act.source and not (act.pattern.type == "ASSAULT" and act.target and act.target != "reciprocal") \
                and not self._went_off(act):
            # No event without its author, except an attack whose victims are known:
            # "three soldiers were killed by a roadside bomb", or a bomb that went off
            # (its author is then unknown hands of the place).
            return "no-author"
        if act.pattern.type in COOPERATIVE_TYPES and act.source \
                and all(p.actor and p.actor.kind == "PLACE" for p in act.source):
            # "flying to Auckland to attend a meeting": a city does not meet or agree (though
            # "people in Kano" may march, and "officers of Kano state" raid)
            return "place-as-actor"
        return None

    def _settle_target(self, act: Candidate) -> str | None:
        """The target a joint act, a moved force, a withdrawal, a visit, a protest or an act at
        home has; or the veto when a pattern that needs one finds none."""
        # "gunmen from two rival factions exchanged fire", "members of rival gangs clashed":
        # a fight among one group's own
        rivals = act.event_type == "ASSAULT" and len({_key(p) for p in act.source}) == 1 and (
            act.pattern.needs_target == "joint" or act.head.lemma_.lower() in MUTUAL_VERBS) and _among_rivals(act.head)
        if rivals:
            act.target = list(act.source)
        elif act.pattern.needs_target == "joint" and len({_key(p) for p in act.source}) < 2:
            return "joint-without-partners"  # "launched a satellite" is no joint project
        if act.event_type == "MOBILIZE" and act.pattern.needs_target == "intransitive" and act.source and all(
                p.actor and p.actor.sector in CIVIL_SECTORS for p in act.source):
            return "civil-mobilisation"  # "volunteers mobilised to clean the beaches": no force readied
        if act.event_type in ("MOBILIZE", "RETREAT") and self._moved_force(act.target, act.source):
            # "deployed troops near Ukraine's border", "pulled back from the Lebanese border":
            # the force moved is the source's own; the country it faces is the target
            act.target = self._faced(act.head, act.source)
        if not act.target and (act.event_type == "RETREAT" or act.pattern.mode == "withdraw"):
            # "withdrew from Mali", "pulled out of Afghanistan": the country left is the target
            for prep in (c for c in act.head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out")):
                for pobj in (g for g in prep.subtree if g.dep_ == "pobj"):
                    act.target = self._participants(pobj) or self._place_of(pobj) or [
                        Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
                        for e in self._entities_for(pobj)]
                    if act.target:
                        break
                if act.target:
                    break
        if not act.target and act.pattern.mode == "visit":
            # "arrived in Beijing": a visit is to the country of the place it is made in.
            act.target = self._place_authority(act.head)
        if act.pattern.mode == "visit" and isinstance(act.target, list) and act.target \
                and all(p.actor and p.actor.kind == "PLACE" for p in act.target) \
                and {p.actor.country for p in act.target} <= {p.actor.country for p in act.source if p.actor}:
            return "trip-at-home"  # a leader's trip to a city of their own country meets no one
        SOLDIERS_ARRIVING.recode(act)  # troops that arrive are deployed: no visit
        if act.event_type in COOPERATIVE_TYPES and isinstance(act.target, list) and act.target and all(
                p.actor and not p.actor.country and p.actor.kind in ("GROUP", "ROLE") for p in act.target):
            act.target = []  # "shared intelligence on the bombing suspects": whom it is about, not with
        if not act.target and len({_key(p) for p in act.source}) > 1 and (
                act.event_type in COOPERATIVE_TYPES or act.head.lemma_.lower() in MUTUAL_VERBS and not _side_by_side(act.head)):
            # "China and Russia met", "X and Y clashed": actors acting together act on each other.
            act.target = list(act.source)
            act.rule_suffix = " joint"
        else:
            act.rule_suffix = ""
        # What the confidence depends on: a target implied, an author unknown.
        act.implied_target = act.author_unknown = False
        if not act.target:
            # A violent act on people or places that are no actors is still the act, and a
            # stated intention needs no one on the receiving end.
            concrete = act.event_type in MATERIAL_CONFLICT_TYPES and (
                any(o.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for o in _objects_of(act.head))  # "arrested six of them"
                or _child(act.head, "nsubjpass") is not None)
            # "Romania backed the decision": a placed side's reaction to an act the article
            # tells is answered by the replies stage, which gives it that act's author
            answers = act.event_type in REACTION_TYPES and any(
                o.lemma_.lower() in load_reply_nouns() and not any(c.dep_ == "poss" for c in o.children)
                for o in _objects_of(act.head)) and any(
                p.actor and (p.actor.country or p.actor.kind == "IGO") for p in act.source)
            if act.pattern.needs_target in ("yes", "giver") and not concrete and act.mood != "intent" and not answers:
                return "no-target"
        if act.event_type in PLACE_TARGETED_TYPES and act.target and all(self._unplaced_spot(p) for p in act.target):
            # "marched to the Plaza de Bolívar", "sent a platoon to Vanimo": a spot the name
            # finder took for an organisation or a person, of no known country, is where the
            # act went, not whom it is aimed at
            act.target = []
        if not act.target and act.event_type in PLACE_TARGETED_TYPES:
            # Protests address the authorities where they happen; troops massed or an attack
            # made in another country's territory are aimed at that country.
            act.target = self._place_authority(act.head)
            place = self._location(act.head) or self._sentence_place(act.sent)
            acting = {p.actor.country for p in act.source if p.actor}
            # (an act at a spot the gazetteer cannot place, in no known country, is aimed at
            # none: a protest there still addresses the protesters' own government, below)
            if not act.target and place is not None and place.actor.country and place.actor.country not in acting:
                act.target = [Participant(text=place.text, start=place.start, end=place.end, actor=place.actor)]
            if act.target and {_key(p) for p in act.target} <= {_key(p) for p in act.source}:
                # "Kurds demonstrated in Kirkuk" protest to their own government.
                act.target = _sector_of(act.target, "GOV", "ROLE") if act.event_type == "PROTEST" else []
        if not act.target and act.source and _acts_on_public(act.pattern, act.head):
            implied = _implied_domestic_target(act.event_type, act.source, self._at_home(act))
            if implied:
                # "workers went on strike over the reform" address their government; "the
                # government lifted the curfew" acts on its people (rule suffix, low confidence)
                act.target = implied
                act.rule_suffix += " implied-target"
                act.implied_target = True
        if act.target and {_key(p) for p in act.source} == {_key(p) for p in act.target} and len(act.source) == 1:
            if act.event_type in MATERIAL_CONFLICT_TYPES and all(p.actor and p.actor.kind == "PLACE"
                                                                 for p in act.target):
                # "imposed a curfew in Kano": a state's force used at home falls on its people.
                act.target = _sector_of(act.target, "CVL", "GROUP")
            elif act.event_type in MATERIAL_CONFLICT_TYPES and _other_group(act.source, act.target) or rivals:
                pass  # "a man was beaten to death by a mob": two groups of one sector, not one actor
            else:
                return "acts-on-itself"  # an actor acting on itself is no relation between actors
        return None

    def _verb_participants(self, verb: Any, event_object: Any | None = None, places: bool = True,
                           subject: Any | None = None) -> tuple[list[Participant], list[Participant] | str]:
        """Who does what a verb says, and to whom; ``subject``, if given, is who does it."""
        passive = nearest_child(verb, "nsubjpass")
        if passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.dep_ != "ROOT" and swallowed_subject(verb) is None:
            passive = verb.head  # "ten soldiers killed in ...": the noun is what was done to
        elif passive is None and _child(verb, "agent") is not None and verb.dep_ == "conj":
            passive = subject_of(verb)  # "were arrested and later released by X"
        elif passive is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and _child(verb, "nsubj") is None:
            passive = _child(verb.head, "nsubjpass")  # "was hauled out by police and taken into custody"
        if passive is not None and _child(verb, "agent") is None and verb.lemma_.lower() in STATIVE_PASSIVES:
            # "Vietnam is committed to ...", "X is prepared to ...": the subject acts.
            return self._participants(passive), self._objects(verb, skip=event_object)
        if passive is not None:
            # the agent of the passive this one is coordinated with: "hauled out by the UK
            # police and taken into custody"
            pobj = _agent(verb) or (_agent(verb.head) if verb.dep_ == "conj" else None)
            source = self._participants(pobj) if pobj is not None else []
            if pobj is not None and pobj.lemma_.lower() in WEAPON_NOUNS:
                # "shot down by a missile fired by rebels"; "a BAK missile" names a model
                source = self._wielder(pobj) or [p for p in source if not _uncoded(p)]
            # "Sanctions were imposed on X by Y": the subject is the act, the target follows;
            # "Evidence against X was presented by Y": or it hangs on the subject.
            target = (self._participants(passive) or self._objects(verb, skip=event_object)
                      or self._objects(passive, places=places))
            return source, target
        subject = subject if subject is not None else subject_of(verb)
        source = self._participants(subject) if subject is not None else []
        if subject is not None and subject.lemma_.lower() in WEAPON_NOUNS:
            source = self._wielder(subject) or [p for p in source if not _uncoded(p)]  # "a rocket fired by X hit"
        if not source and subject is not None and subject.i == verb.head.i and subject.dep_ == "dobj" \
                and subject.lemma_.lower() in DOCUMENT_NOUNS:
            # "issued a statement demanding ...": the statement speaks for who issued it
            author = subject_of(subject.head)
            source = self._participants(author) if author is not None else []
        if not source and subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS:
            source = self._document_author(subject)
        # "abused Sudanese migrants at a camp": an object that names people is the target
        # (not one that only the story's country gives a country: "joined forces")
        # "expressed Peru's firm support for ...": the source's own country owning the act
        # is its author again, not whom it is aimed at
        own = {p.actor.country for p in source if p.actor and p.actor.country}
        on_object = [p for p in (self._participants(event_object) if event_object is not None else [])
                     if not (p.actor and p.actor.country in own and _possessive_at(event_object, p.start))]
        # (nor is a name of no country modifying the object: "delivered its last NASAMS unit
        # to Ukraine" names the thing given)
        named = [p for p in on_object
                 if not any(e.start == p.start and e.country_from_story for e in self.doc.entities)
                 and not (_uncoded(p) and _modifier_at(event_object, p.start))]
        target = named or self._objects(verb, skip=event_object, exclude=frozenset(_key(p) for p in source))
        if not target and event_object is not None:
            # "sanctions on Iran", "the opposition's demands", "the assets of Russian oligarchs";
            # a place is a target of force ("security in Islamabad"), not of talks ("in Tokyo").
            target = (on_object or self._objects_of_part(event_object, places)
                      or (self._place_of(event_object) if places else []))
        if not target:
            # "ratified an agreement with the EU", "presented evidence against Russia":
            # the one acted on hangs on the object noun.
            # "called for sanctions against Nigeria", "agreed to a settlement with X": the
            # object of "for" and "to" too
            wanted = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                      for g in c.children if g.dep_ == "pobj"]
            for obj in (c for c in [*verb.children, *wanted] if c.dep_ in ("dobj", "pobj")
                        and (event_object is None or c.i != event_object.i)):
                target = self._objects_of_part(obj, places=False)
                if target:
                    break
        if not target:
            # "in a letter to the Security Council, X asked for ...": who it was written to
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
                for letter in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS):
                    to = next((c for c in letter.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                    addressee = _child(to, "pobj") if to is not None else None
                    target = self._participants(addressee) if addressee is not None else []
                    if target:
                        return source, target
        if not target:
            # "acceded to demands by ECOWAS", "bowed to pressure from Washington": who asked
            # "condemned allegations by Rwanda", "rejected remarks from Ankara": who said it
            # "welcomed the decision by India to ...": whose step it was
            said = WISH_NOUNS | SPEECH_NOUNS
            asked = [g for c in verb.children if c.dep_ in ("prep", "dative")
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in said]
            asked += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS | STEP_NOUNS]
            # "endorsed the timetable set out by Gabon's rulers": whose it is
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                target = self._made_by(obj)
                if target and {_key(p) for p in target} != {_key(p) for p in source}:
                    return source, target
            for wish in asked:
                for prep in (c for c in wish.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                    pobj = _child(prep, "pobj")
                    target = self._participants(pobj) if pobj is not None else []
                    if target:
                        return source, target
        return source, target

    def _noun_participants(self, trigger: Any, event_type: str) -> tuple[list[Participant], list[Participant] | str]:
        noun = trigger.root
        target: list[Participant] | str = []
        carriers = [*trigger, *([noun.head] if _light_compound(noun) else [])]
        for tok in carriers:  # "exchange of messages with X", "a mediation mission between X and Y"
            target = self._objects(tok)
            if target:
                break
        if not target and event_type == "ASSAULT" and noun.lemma_.lower() not in MUTUAL_NOUNS:
            # "Russia's invasion of Ukraine", "the shelling of Kharkiv": what is attacked
            of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            target = (self._participants(of) or self._place_of(of)) if of is not None else []
        if not target and noun.lemma_.lower() in MUTUAL_NOUNS and noun.dep_ in ("nsubj", "nsubjpass"):
            target = self._objects(noun.head)  # "clashes broke out between police and protesters"
        recipient = _child(noun.head, "dative") if noun.dep_ == "dobj" else None
        if not target and recipient is not None:
            target = self._participants(recipient)  # "gave the rebels an ultimatum"
        if not target and noun.dep_ == "dobj":
            # "issued arrest warrants for two Brazilian men": the verb carries the target
            target = self._objects(noun.head, skip=noun, places=False)
        # The subject of the clause the noun belongs to: "X said ... in a call with Y";
        # but "protests by Muslim groups" are theirs, whoever the clause is about.
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        source: list[Participant] = []
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        subject = _child(by, "pobj") if by is not None else subject_of(verb)
        if by is None and event_type == "PROTEST" and (_time_phrase(noun) or verb.lemma_.lower() in FACING_VERBS):
            # "withdrew the bill after protests", "facing a wave of demonstrations": who
            # answers a protest made none
            subject = None
        if by is None and event_type in MATERIAL_CONFLICT_TYPES and noun.lemma_.lower() not in MUTUAL_NOUNS \
                and (_time_phrase(noun) or verb.lemma_.lower() in FACING_VERBS):
            # "after the attack, the army sealed off the area": not the army's attack (but
            # "took the town after days of fighting": the fighting was theirs)
            subject = None
        if by is None and event_type in MATERIAL_CONFLICT_TYPES and noun.lemma_.lower() not in MUTUAL_NOUNS \
                and verb.lemma_.lower() not in PERPETRATING_VERBS:
            # "Brazil condemned an attack on a UN convoy", "Tehran rejected the new sanctions":
            # not Brazil's attack, not Tehran's sanctions
            subject = None
        if by is None and subject is not None and noun.lemma_.lower() in MUTUAL_NOUNS and _time_phrase(noun) \
                and all(p.actor and p.actor.sector in ("GOV", "COP", "JUD") for p in self._participants(subject)):
            # "the administration imposed a curfew after the clash": the authority answers a
            # fight between others (but "the army took the town after days of fighting")
            subject = None
        possessor = _child(noun, "poss")
        done_to = possessor is not None and noun.lemma_.lower() in PATIENT_NOUNS
        if done_to:
            # "Assange's arrest", "Khashoggi's killing": the possessor is the one it is done to
            target = target or self._participants(possessor)
            possessor = None
        if by is None and possessor is not None:
            subject = possessor  # "condemned Iran's attack on Israel": Iran's, not the condemner's
        made_by = self._made_by(noun) if by is None and possessor is None else []
        if made_by:
            source = made_by  # "condemned the sanctions announced by Washington"
        elif subject is not None:
            source = self._participants(subject)
        if not source and possessor is not None:
            source = self._participants(possessor)
        if (noun.dep_ in ("nsubj", "nsubjpass") or not source) and event_type != "SANCTION" and not done_to:
            # "Palestinian riots against ...", "a Kurdish protest": the modifier acts. (Not
            # "the new American sanctions" that a reaction names: sanctions are news where
            # they are imposed, announced or owned: "Britain's sanctions".)
            own = self._entities_for(noun)
            if own:
                source = [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in own]
        if not source and not target:
            # "the signing of the China-Russia treaty": the parties the object names.
            parties = self._of_phrase(noun)
            if len({e.actor.country or e.actor.id for e in parties}) > 1:
                source = [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in parties]
        if not source and not target and event_type == "CONSULT" and noun.tag_ in ("NNS", "NN"):
            # "after two days of talks in Muscat", "a first round of indirect talks": in a
            # story of two countries, talks no one is named for are theirs
            source = self._pair(noun.idx, noun, dominant=True)
        return source, target

    def _intent_participants(self, adj: Any) -> tuple[list[Participant], list[Participant] | str]:
        """``X is ready to work with Y``: X from the copula's subject, Y from the xcomp."""
        xcomp = _child(adj, "xcomp")
        if xcomp is None:
            return [], []
        subject = _child(adj.head, "nsubj") if adj.dep_ == "acomp" else _child(adj, "nsubj")
        source = self._participants(subject) if subject is not None else []
        target = self._objects(xcomp)
        if not target:
            for sub in xcomp.subtree:
                if sub.dep_ == "prep" and sub.lower_ == "with":
                    pobj = _child(sub, "pobj")
                    target = self._participants(pobj) if pobj is not None else []
                    if target:
                        break
        return source, target

    def _held_by(self, act: Candidate) -> list[Participant]:
        """Whose state holds those an arrest names no author for, where no place in a known
        country is said: the story's, when they are named as foreigners ("two Uzbek
        citizens were detained at the checkpoint" in a story from Kyrgyzstan); else their
        own ("three activists were detained"); else, where none is named and the story is
        about one country, that country's ("a curfew was imposed on the village", "three
        of them were taken into custody")."""
        held = [p for p in act.target if p.actor and p.actor.country] if isinstance(act.target, list) else []
        story = self.doc.countries[0] if self.doc.countries else None
        foreigners = [p for p in held if p.actor.country != story and any(
            e.start == p.start and (e.by_adjective or e.names_a_people or e.country_by_modifier)
            for e in self.doc.entities)]
        if story is not None and foreigners and len(foreigners) == len(held):
            p = foreigners[0]
            return [Participant(text=p.text, start=p.start, end=p.end,
                                actor=Actor(id=story, name=story, country=story, kind="COUNTRY"))]
        if not held and len(self.doc.countries) == 1 and _told_done(act):
            # "a curfew was imposed on the village" in a story of one country: its state's
            # (not "more arrests were expected")
            head = act.head
            return [Participant(text=head.text, start=head.idx, end=head.idx + len(head.text),
                                actor=Actor(id=story, name=story, country=story, kind="COUNTRY"))]
        return held[:1]

    def _state_unnamed(self, act: Candidate) -> list[Participant]:
        """The police (for an arrest) or the government of no known country, for a coercive
        act told done in the passive whose author, place and story give no country: "two
        men were arrested near the railway crossing" in a digest that names none."""
        if self.doc.countries or act.pattern.pos != "VERB" or not _told_done(act):
            return []
        sector = "COP" if act.pattern.cameo.startswith("173") else "GOV"
        name = "(implied) police" if sector == "COP" else "(implied) government"
        head = act.head
        return [Participant(text=head.text, start=head.idx, end=head.idx + len(head.text),
                            actor=Actor(id=f"UNK:{sector}", name=name, sector=sector, kind="GROUP"))]

    def _giver_participants(self, verb: Any) -> tuple[list[Participant], list[Participant] | str]:
        """"X received weapons from Y": Y gives, X receives."""
        givers: list[Participant] = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = _child(prep, "pobj")
            if pobj is not None:
                givers = self._participants(pobj)
        # "received assurances from Y"; "came under fire from Y"
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"]
        for obj in objects:
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"):
                pobj = _child(prep, "pobj")
                if pobj is not None and not givers:
                    givers = self._participants(pobj)
                    if pobj.lemma_.lower() in WEAPON_NOUNS:  # "under fire from Russian drones"
                        givers = self._wielder(pobj) or givers
        subject = subject_of(verb)
        receivers = self._participants(subject) if subject is not None else []
        return givers, receivers

    def _threatened(self, verb: Any, source: list[Participant]) -> list[Participant]:
        """Who a threat's content would act on: the objects of the clause it states."""
        mine = frozenset(_key(p) for p in source)
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            found = self._objects(clause, places=False, exclude=mine)
            if isinstance(found, list) and found:
                return found
        return []

    def _threat_content(self, verb: Any) -> bool:
        """Whether a warning or threat says what harm it holds: "threatened to cut aid",
        "warned of reprisals", "warned that it would strike"."""
        if _infinitive(verb) is not None:
            return True  # "threatened to cut off electricity": what the actor would do
        for claim in (c for c in verb.children if c.dep_ == "ccomp"):
            subject = subject_of(claim)
            if subject is not None and self._participants(subject) and _predicted(claim):
                return True  # "warned that police will no longer tolerate rallies"
        content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        content += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "with")
                    for g in c.children if g.dep_ in ("pobj", "pcomp")]
        hostile = [tok for clause in content for tok in clause.subtree if tok.i != verb.i
                   and any(p.type in HOSTILE_TYPES | {"REJECT"} for p, _ in self.triggers(tok))]
        # an act someone does ("that the army would strike"), not a harm that befalls
        # ("that the harvest will be hit by drought")
        return any(tok.pos_ == "NOUN" or self._participants(self._doer(tok)) for tok in hostile) or any(
            tok.lemma_.lower() in THREAT_NOUNS for clause in content for tok in clause.subtree)

    def _doer(self, verb: Any) -> Any:
        """Who does what a verb says: its agent if passive, else its subject (or itself)."""
        pobj = _agent(verb)
        if pobj is not None:
            return pobj
        if _child(verb, "nsubjpass") is not None:
            return verb
        return subject_of(verb) or verb

    def _went_off(self, act: Candidate) -> bool:
        """"An explosive device detonated near a police post", "a bomb exploded in the
        market": a weapon that went off, with no one said to have set it off, where the
        sentence places it."""
        if act.pattern.type != "ASSAULT" or act.pattern.pos != "VERB" or act.source:
            return False
        return _weapon_subject(act.head) is not None and any(
            place is not None and place.actor.country
            for place in (self._location(act.head), self._sentence_place(act.sent)))

    def _reports_harm(self, verb: Any) -> bool:
        """Whether the that-clause of ``verb`` reports a hostile act by someone other than
        the one speaking: "claimed that ISIL had attacked Iraq" (not "that they had")."""
        claim = _child(verb, "ccomp")
        if claim is None or (subject_of(claim) is not None and subject_of(claim).pos_ == "PRON"):
            return False
        return any(p.type in HOSTILE_TYPES for tok in claim.subtree if tok.i != verb.i
                   for p, _ in self.triggers(tok))

    def _moved_force(self, target: list[Participant] | str, source: list[Participant]) -> bool:
        """Whether a target is only the source's own forces ("deployed troops", "its army";
        rebels releasing soldiers of their country release no force of theirs)."""
        if not isinstance(target, list):
            return False
        home = {p.actor.country for p in source if p.actor and p.actor.country and self._is_state(p)}
        return all(p.actor is not None and p.actor.sector == "MIL" and (p.actor.country is None or p.actor.country in home)
                   for p in target)

    def _faced(self, verb: Any, source: list[Participant]) -> list[Participant]:
        """The country a deployment or withdrawal faces: "to Sudan", "near Ukraine's border",
        "along its border with China", "from the Lebanese border"."""
        home = {p.actor.country for p in source if p.actor and p.actor.country}
        carriers = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prt", "advmod"))]
        for tok in carriers:
            for prep in (c for c in tok.children if c.dep_ in ("prep", "prt")
                         and c.lower_ in ("to", "near", "along", "on", "toward", "towards", "from", "into", "at", "in")):
                for sub in prep.subtree:
                    place = self._place_at(sub)
                    if place is not None and place.actor.country not in home:
                        return [_participant(place)]
        return []

    def _against(self, verb: Any, participant: Participant) -> bool:
        """Whether a participant is named in an "against" phrase of the verb or its object."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return any(participant.start <= t.idx < participant.end or t.idx <= participant.start < t.idx + len(t.text)
                   for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "against"
                   for t in prep.subtree)


def _modifier_at(noun: Any, offset: int) -> bool:
    """Whether a modifier of ``noun`` ("NASAMS" in "NASAMS unit") spans ``offset``."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.left_edge.idx <= offset <= c.idx for c in noun.children)


def _possessive_at(noun: Any, offset: int) -> bool:
    """Whether the possessive of ``noun`` ("Peru's" in "Peru's support") begins at ``offset``."""
    return any(c.dep_ == "poss" and c.left_edge.idx == offset for c in noun.children)


def _other_group(source: list[Participant], target: list[Participant]) -> bool:
    """Whether two sides of one sector are told apart by what the text calls them: "a mob"
    and "a man", "gunmen" and "a rival gang", each a group of no name."""
    def groups(side: list[Participant]) -> set[str] | None:
        if not side or not all(p.actor and p.actor.kind in ("GROUP", "ROLE") for p in side):
            return None
        return {p.text.lower().split()[-1] for p in side if p.text.split()}
    mine, theirs = groups(source), groups(target)
    return mine is not None and theirs is not None and not mine & theirs


def _among_rivals(verb: Any) -> bool:
    """Whether a verb's subject names rivals within one group: "gunmen from two rival
    factions", "members of rival clans"."""
    subject = subject_of(verb)
    return subject is not None and any(t.lower_ in ("rival", "rivals", "feuding", "warring") for t in subject.subtree)


def _side_by_side(verb: Any) -> bool:
    """"fought side by side", "fought together", "fought alongside": allies, no fight
    between them."""
    return any(c.lower_ in ("side", "together", "alongside") and c.dep_ in ("npadvmod", "advmod", "prep")
               for c in verb.children)


def _told_done(act: Candidate) -> bool:
    """Whether an act with no author is told as done ("were arrested", "the arrests were
    made", "a curfew was imposed"), not expected, wanted or denied."""
    told = act.head.dep_ == "pobj" or act.head.head.lemma_.lower() in OCCURRENCE_VERBS \
        or (act.head.pos_ == "VERB" and _child(act.head, "nsubjpass") is not None and (
            _past(act.head) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in act.head.children)))
    # (a passive in the present is a state or an aim: "so that such marriages are banned")
    return told and _modality(act.clause) == (False, "actual")
