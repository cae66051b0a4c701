"""Participants: the actors a phrase names, and who a pronoun or a plural stands for.

A phrase names its head entity and its conjuncts (``China and Russia``, or a list the
parser read as an apposition); pronouns take the person last named; ``the two
countries``, ``both sides`` and ``the two heads of state`` take the two countries the
article is about; sectors of one country (police and protesters) are two sides of a
domestic event. Places stand for their country where the place is no actor; a report or
statement speaks for its author ("a report by X", "a UN report", "released in Kigali").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from typing import Any

from accord.kb import load_kb
from accord.record import Actor, Entity, Event, Participant
from accord.stages.actors import LED_BY, acting_for, countries_named_in, place_preposition
from accord.stages.events.grammar import _agent, _objects_of, _reporting_subject, _span_text
from accord.stages.events.lexicon import (
    ADVERSARY_NOUNS, ATTACK_NOUNS, BORDER_NOUNS, DOCUMENT_NOUNS, PAIRED_ROLES, PAIR_WORDS, PLACE_PREPOSITIONS,
    PROTESTER_WORDS, RECIPROCAL_PHRASES, SERVING_NOUNS, STATE_OFFICE_WORDS, STATE_SECTORS, WEAPON_NOUNS,
    load_economic_nouns,
)
from accord.stages.offsets import last_person_before
from accord.stages.syntax import child as _child


def _key(p: Participant) -> str:
    """Who a participant is, for telling sides apart: a country, or a sector of one
    ("police" and "protesters" of one country are two sides of a domestic event)."""
    if p.actor is None:
        return p.text
    if p.actor.kind in ("GROUP", "ROLE") and p.actor.country:
        return f"{p.actor.country}:{p.actor.sector or p.actor.id}"
    if p.actor.kind == "PERSON" and p.actor.country and p.actor.sector:
        # "Arevalo accused the attorney general": two office holders of one country
        return f"{p.actor.country}:{p.actor.sector}:{p.actor.id}"
    return p.actor.country or p.actor.id


def _sector_of(side: list[Participant], sector: str, kind: str, name: str | None = None) -> list[Participant]:
    """A sector of each country a side names, on the same words: the government (GOV) of
    "Kirkuk", the civilians (CVL) of "Kano", unidentified forces (UAF) in "Mogadishu"."""
    return [Participant(text=p.text, start=p.start, end=p.end,
                        actor=Actor(id=f"{p.actor.country}:{sector}", name=name or p.text,
                                    country=p.actor.country, sector=sector, kind=kind))
            for p in side if p.actor and p.actor.country]


def _participant(entity: Entity) -> Participant:
    return Participant(text=entity.text, start=entity.start, end=entity.end, actor=entity.actor)


def _one_or_many(side: list[Participant]) -> Participant | list[Participant]:
    return side[0] if len(side) == 1 else side


def as_recorded(events: list[Event]) -> None:
    """Give the events' sides the record's shape. Inside the coder a side is always a list
    of participants (empty when no one is named); the record has one participant as
    itself, several as a list, and no one as None. A person who serves an international
    organisation acts for it: the side's actor is the organisation's (``IGO:UN`` for the
    Secretary-General, named as the person)."""
    for event in events:
        event.source = _one_or_many([acting_for(p) for p in event.source]) if event.source else None
        event.target = _one_or_many([acting_for(p) for p in event.target]) if event.target else None


def _two_of_a_kind(noun: Any) -> bool:
    """"the two ministers", "both delegations", "commanders of both sides": a plural that
    names the two sides of the story."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in PAIRED_ROLES:
        return False
    if "both" in {t.lower_ for t in noun.subtree}:
        return True
    # "the two ministers", "officials from the two sides"
    named = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                     for g in c.children if g.dep_ == "pobj" and g.lower_ in PAIR_WORDS)]
    return any(_the_two(n) for n in named)


def _the_two(noun: Any) -> bool:
    return any(c.dep_ == "nummod" and c.lower_ == "two" for c in noun.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _rioters(side: list[Participant]) -> bool:
    """Whether the actors are protesters: "angry protesters", "a mob"."""
    return bool(side) and all(p.text.split()[-1].lower() in PROTESTER_WORDS for p in side)


def _foreign(target: Any, source: list[Participant]) -> bool:
    """Whether every actor acted on is of another country than every actor acting."""
    mine = {p.actor.country for p in source if p.actor and p.actor.country}
    theirs = {p.actor.country for p in target if p.actor and p.actor.country} if isinstance(target, list) else set()
    return bool(mine) and bool(theirs) and not mine & theirs


def _uncoded(member: Participant) -> bool:
    actor = member.actor
    return actor is not None and actor.kind == "ORGANISATION" and actor.id.startswith("ORG:") \
        and not actor.country and not actor.sector


class _Participants:
    """The actors phrases name (mixed into the coder)."""

    def _participants(self, head: Any, depth: int = 0) -> list[Participant]:
        """The actors a noun phrase names: its head entity and its conjuncts'."""
        out: list[Participant] = []
        # Only the conjuncts after the head: a head the parser left as someone's conjunct
        # ("..., Putin, Chinese President Xi Jinping said") is not coordinated with them.
        members = [head, *(c for c in head.conjuncts if c.i > head.i)]
        # "Barack Obama and Vladimir Putin" parsed with "Obama" under "Barack": the
        # conjuncts hang on another word of the same name
        for e in self.index.covering(head.idx):
            for tok in head.doc.char_span(e.start, e.end, alignment_mode="expand") or []:
                members.extend(c for c in tok.conjuncts if c.i > tok.i and c.i not in {m.i for m in members})
        if self._country_at(head):
            # "The US, Russia and Switzerland met": a list the parser read as an apposition.
            for appos in (c for c in head.children if c.dep_ == "appos" and self._country_at(c)):
                members.extend([appos, *(c for c in appos.conjuncts if c.i > appos.i)])
        for tok in members:
            if tok.lemma_.lower() in ADVERSARY_NOUNS and not self._entities_for(tok):
                # "opponents of Rwanda's Senate": the opposition of the Senate's country
                opposed = [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
                           for e in self._of_phrase(tok, adversaries=True)]
                out.extend(_sector_of(opposed, "OPP", "GROUP", name=tok.text))
                continue
            entities = self._entities_for(tok) or self._of_phrase(tok)
            if _two_of_a_kind(tok) and all(e.country_from_context for e in entities):
                # "the two ministers", "border commanders of both sides": the story's pair,
                # not the one country the context gave the role word
                entities = []
            if entities:
                out.extend(Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in entities)
            else:
                out.extend(self._referent(tok, depth))
        if head.pos_ == "PROPN" and any(t.lower_ == "and" and t.dep_ == "cc" and t.i < head.i for t in head.subtree):
            # "Uzbek President X and Turkmen leader Y discussed": two titled names the parser
            # chained into one; every person named in the phrase takes part
            left = head.doc[head.left_edge.i:head.i + 1]
            named = [e for e in self.index.within(left.start_char, left.end_char)
                     if e.kind in ("PERSON", "ORG", "ROLE") and e.actor.country]
            out.extend(Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in named
                       if not any(o is not e and o.start <= e.start and e.end <= o.end for o in named))
        unique: dict[str, Participant] = {}
        for p in out:
            unique.setdefault(_key(p), p)
        return list(unique.values())

    def _country_at(self, tok: Any) -> bool:
        return any(e.actor.kind == "COUNTRY" for e in self.index.covering(tok.idx))

    def _of_phrase(self, tok: Any, adversaries: bool = False) -> list[Entity]:
        """"dozens of protesters", "officials from Sudan's army": the actor in the phrase
        (but "opponents of the Senate" are not the Senate, unless ``adversaries``)."""
        if tok.lemma_.lower() in ADVERSARY_NOUNS and not adversaries:
            return []
        # "a spokesperson for the UN rights office", "an adviser to the RSF": whom they serve
        # (but an envoy *to* a country is another country's)
        lemma = tok.lemma_.lower()
        serving = ("for",) if lemma == "envoy" else ("for", "to") if lemma in SERVING_NOUNS else ()
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", *serving)):
            pobj = _child(prep, "pobj")
            if pobj is not None:
                # "the navies of Indonesia and Australia": every country listed
                found = [e for member in (pobj, *(c for c in pobj.conjuncts if c.i > pobj.i))
                         for e in self._entities_for(member)]
                if found:
                    return found
        return []

    def _entities_for(self, tok: Any) -> list[Entity]:
        """The actor a word is part of; else the actors modifying it ("Hungarian and
        Romanian officials", "Russia's foreign minister")."""
        covering = self.index.covering(tok.idx)
        best = max(covering, key=lambda e: e.end - e.start) if covering else None
        if best is not None and best.actor.country:
            return [best]
        if tok.lemma_.lower() in load_economic_nouns() or tok.lower_ in load_economic_nouns():
            return [best] if best is not None else []  # "Taiwan's surplus" acts for no one
        found: list[Entity] = []
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
                # "China-Russia treaty": a chain of compounds names several parties
                # "Turkish drone strikes": a modifier of a modifier names the party too
                # "the Saudi-led coalition": who leads it acts for it, "a British-flagged tanker"
                # is Britain's (not "Russian-backed")
                chain = [child, *child.conjuncts,
                         *(g for g in child.children if g.dep_ == "compound"
                           or (g.dep_ == "amod" and child.dep_ == "compound")
                           or (g.dep_ in ("npadvmod", "nmod") and child.lower_ in LED_BY))]
                for mod in chain:
                    inner = self.index.covering(mod.idx)
                    if inner:
                        found.append(max(inner, key=lambda e: e.end - e.start))
        # "Iraqi Kurds": a group the text names without a country takes its modifier's.
        if best is not None and not [e for e in found if e.actor.country]:
            return [best]
        return found

    def _referent(self, tok: Any, depth: int = 0) -> list[Participant]:
        """What a pronoun or a plural reference ("the two countries") stands for."""
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i and depth < 3 \
                and _narrating_relative(tok):
            # "students who had gathered to protest": the noun the relative clause describes
            return self._participants(tok.head.head, depth + 1)
        if tok.pos_ == "PRON" and tok.lower_ in ("it", "they", "we", "he", "she", "i") and depth < 3:
            reporter = _reporting_subject(tok)
            if reporter is not None and reporter.i != tok.i:
                found = self._participants(reporter, depth + 1)
                if found:
                    return found
        if tok.lower_ in ("it", "them") and tok.dep_ == "dobj" and tok.head.dep_ in ("advcl", "conj", "acl") \
                and depth < 3:
            # "sent a note to India asking it to ...": the one written to is the one asked
            sender = tok.head.head.head if tok.head.dep_ == "acl" else tok.head.head
            for prep in (c for c in sender.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"):
                pobj = _child(prep, "pobj")
                found = self._participants(pobj, depth + 1) if pobj is not None else []
                if found:
                    return found
        if tok.lower_ in ("we", "i", "us"):
            # "We urge the US to lift its blockade": who says it, as the quotes stage found
            speaker = self._speaker_at(tok.idx)
            return [Participant(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), actor=speaker)] \
                if speaker is not None else []
        if tok.pos_ in ("NOUN", "PROPN") and _child(tok, "det") is not None and _child(tok, "det").lower_ == "the":
            # "The Minister urged ...": the last person named who holds the office
            person = last_person_before(self.index, tok.idx, role_word=tok.lower_)
            if person is not None and person.actor.country:
                return [Participant(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), actor=person.actor)]
        if tok.lower_ in ("he", "she", "him", "her"):
            people = [e for e in self.index.before(tok.idx) if e.kind == "PERSON"]
            if people:
                e = people[-1]
                return [Participant(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), actor=e.actor)]
            return []
        if tok.lower_ == "two" and tok.pos_ == "NUM" and _child(tok, "det") is not None:
            return self._pair(tok.idx, tok)  # "The two discussed the Arctic"
        if tok.lower_ in PAIR_WORDS or tok.lower_ in ("both", "they", "them", "their") or _two_of_a_kind(tok):
            words = {t.lower_ for t in tok.subtree}
            if tok.lower_ in ("they", "them", "their") or "two" in words or "both" in words:
                return self._pair(tok.idx, tok)
        return []

    def _speaker_at(self, offset: int) -> Any | None:
        """The actor who says the words at ``offset``: the speaker of the statement they are
        in, or are the speaker of ("We urge ...", said in a briefing), if placed; outside
        anyone's statement, or in one whose speaker is not placed ("A: We urge ..." in a
        ministry's transcript), the state body that publishes the text ("We strongly
        condemn" in a release of Armenia's foreign ministry)."""
        for quote in self.doc.quotes:
            if not quote.start <= offset < quote.end and not (
                    quote.speaker is not None and quote.speaker.start <= offset < quote.speaker.end):
                continue
            speaker = quote.speaker
            if speaker is None or speaker.actor is None or not (speaker.actor.country or speaker.actor.kind == "IGO"):
                # an answer in a ministry's own transcript ("A: We urge ..."): its spokesperson's
                return self._publisher
            return speaker.actor
        return self._publisher

    @cached_property
    def _publisher(self) -> Any | None:
        """The state body that publishes the text, when its name says whose it is
        ("Ministry of Foreign Affairs of the Republic of Armenia")."""
        source = self.doc.source or ""
        words = set(re.findall(r"[a-z]+", source.lower()))
        countries = countries_named_in(source, self.doc.reference_date)
        if len(countries) != 1:
            # "Ministry of External Affairs": a state body the knowledge base knows by name
            kb = load_kb()
            known = {m.country for m in (kb.actor_for(k) for k in kb.lookup(source))
                     if m.country and m.id.startswith("STB:")}
            countries = known if len(known) == 1 else countries
        if len(countries) != 1 or not words & STATE_OFFICE_WORDS:
            return None
        country = countries.pop()
        return Actor(id=f"{country}:GOV", name=source, country=country, sector="GOV", kind="ROLE")

    def _pair(self, before: int, tok: Any, dominant: bool = False) -> list[Participant]:
        """The two sides "the two", "both sides" or "they" refer to: the two people of two
        countries the sentence so far and the one before name ("X received Y ... The two
        discussed"), else the two countries the story names most (with ``dominant``, only
        where both were named at least twice before and any third no more than half as
        often as the second)."""
        phrase = tok.doc[tok.left_edge.i:tok.i + 1]  # "the two sides", not what follows it ("talks in Muscat")
        previous = tok.sent.start - 1
        since = tok.doc[previous].sent.start_char if previous >= 0 else tok.sent.start_char
        people: dict[str, Any] = {}
        for e in self.index.within(since, before):
            if e.kind == "PERSON" and e.actor.country:
                people.setdefault(e.actor.country, e.actor)
        if len(people) == 2:
            return [Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=actor)
                    for actor in people.values()]
        counts = Counter(e.actor.country for e in self.index.before(before)
                         if e.actor.kind == "COUNTRY" and e.actor.country)
        ranked = counts.most_common(3)
        if len(ranked) < 2 or dominant and (ranked[1][1] < 2
                                            or len(ranked) == 3 and 2 * ranked[2][1] > ranked[1][1]):
            return []
        by_code = self._country_actors
        return [Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=by_code[c])
                for c, _ in ranked[:2]]

    @cached_property
    def _country_actors(self) -> dict[str, Any]:
        """Each country's actor, as first named."""
        by_code: dict[str, Any] = {}
        for e in self.actors:
            if e.actor.kind == "COUNTRY" and e.actor.country and e.actor.country not in by_code:
                by_code[e.actor.country] = e.actor
        return by_code

    def _objects(self, tok: Any, skip: Any | None = None, places: bool = True,
                 exclude: frozenset[str] = frozenset()) -> list[Participant] | str:
        """The target a word's objects name; "reciprocal" for "each other". With ``places``,
        the country of a place object stands for it ("shelled a village in Nigeria"). An
        object naming only ``exclude`` (the source: "held talks at the Elysee with X") is
        passed over."""
        for obj in _objects_of(tok):
            if skip is not None and obj.i == skip.i:
                continue
            if _span_text(obj) in RECIPROCAL_PHRASES:
                return "reciprocal"
            found = self._participants(obj) or (self._place_of(obj) if places else [])
            if found and not {_key(p) for p in found} <= exclude:
                return found
        return []

    def _objects_of_part(self, noun: Any, places: bool) -> list[Participant] | str:
        """The target a noun's objects name, or those of what it is a part of: "a tranche
        of a loan to Ghana"."""
        found = self._objects(noun, places=places)
        # "expressed remorse and an apology to Seoul": or on a noun listed with it
        for whole in [*(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), *(c for c in noun.conjuncts if c.i > noun.i)]:
            if found:
                break
            found = self._objects(whole, places=places)
        return found

    def _place_of(self, noun: Any) -> list[Participant]:
        """"a village in Nigeria", "part of Syria's second city": the country a place
        belongs to stands for the target when the place itself is no actor."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "near")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for tok in pobj.subtree:
                    found = [e for e in self.index.covering(tok.idx) if e.actor.country
                             and e.actor.kind in ("COUNTRY", "PLACE")]
                    if found:
                        e = found[0]
                        return [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)]
        return []

    def _location(self, head: Any) -> Entity | None:
        """The place an event happened, where its clause says: "met in Cairo", "a protest
        outside the embassy in Lima", or on its subject: "a bombing near Samarra killed ..."."""
        objects = _objects_of(head)
        # "claimed responsibility for an attack on a mall in Nairobi", "an attack targeting
        # shoppers at a mall in Nairobi": the place may hang on the object's own object
        nested = [o2 for o in objects for o2 in _objects_of(o)]
        nested += [c for o in [*objects, *nested] for c in o.children if c.dep_ == "acl"]
        candidates = [head, *objects, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), *nested]
        if head.dep_ in ("xcomp", "dobj", "pobj", "advcl"):
            candidates.append(head.head)
        for tok in candidates:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS):
                for sub in prep.subtree:
                    if _beyond(sub, prep):
                        continue
                    for e in self.entities.covering(sub.idx):
                        if e.actor and e.actor.kind in ("PLACE", "COUNTRY") \
                                and e.rule and not e.by_adjective:
                            return e
        return None

    def _sentence_place(self, sent: Any) -> Entity | None:
        """The place a sentence is set in when its clauses do not say: "On 12 March, in
        Escuintla, Guatemala, an explosive device detonated ..."; the first place named in a
        place phrase, if all such places are in one country."""
        settings = [e for e in self.entities.within(sent.start_char, sent.end_char)
                    if e.actor and e.actor.kind in ("PLACE", "COUNTRY") and e.actor.country and not e.by_adjective
                    and place_preposition(sent.doc, e) in PLACE_PREPOSITIONS]
        return settings[0] if settings and len({e.actor.country for e in settings}) == 1 else None

    def _unplaced_spot(self, p: Participant) -> bool:
        """Whether a participant is a name of no country, organisation or person by the name
        finder's guess, that a preposition of place or direction governs ("to the Plaza de
        Bolívar", "at Place de la Nation")."""
        if p.actor is None or p.actor.country or p.actor.kind not in ("ORGANISATION", "PERSON", "PLACE") \
                or p.actor.id.startswith(("IGO:", "GRP:", "STB:")):
            return False
        return place_preposition(self.doc.nlp, p) in (*PLACE_PREPOSITIONS, "to", "towards", "into")

    def _at_home(self, act: Any) -> bool:
        """Whether an act of a one-country source happens at home: its sentence names no
        actor or place of another country, and the place its clause or sentence is set in
        is of that country, or it names none and the story is mostly that country's (for a
        deployment, that country's alone)."""
        countries = {p.actor.country for p in act.source if p.actor}
        if len(countries) != 1:
            return False
        named = {e.actor.country for e in self.entities.within(act.sent.start_char, act.sent.end_char)
                 if e.actor and e.actor.country}
        if not named <= countries:
            return False  # "summoned Tajikistan's ambassador in Bishkek" is no affair at home
        place = self._location(act.head) or self._sentence_place(act.sent)
        if place is not None:
            return place.actor.country in countries
        if act.event_type == "MOBILIZE":
            return self.doc.countries == list(countries)  # troops "sent to the frontier" face a neighbour
        return self.doc.countries[:1] == list(countries)

    def _place_at(self, tok: Any) -> Entity | None:
        """The country or place with a country that a word is part of, if any."""
        return next((e for e in self.entities.covering(tok.idx) if e.actor and e.actor.country
                     and e.actor.kind in ("COUNTRY", "PLACE")), None)

    def _place_authority(self, verb: Any) -> list[Participant]:
        """The country of the place an act happens in ("protested in Beijing")."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "outside", "at")):
            pobj = _child(prep, "pobj")
            if pobj is not None and pobj.lemma_.lower() not in ATTACK_NOUNS:  # "in Turkish strikes" is no place
                # (a place the gazetteer cannot put in a country is no authority)
                found = [p for p in self._participants(pobj) if p.actor and p.actor.country] or self._place_of(pobj)
                if found:
                    return found[:1]
        return []

    def _origin(self, verb: Any) -> list[Participant]:
        """The country of the place an attack came "from" ("fired from the Gaza Strip")."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = _child(prep, "pobj")
            place = self._place_at(pobj) if pobj is not None else None
            if place is not None:
                return [_participant(place)]
        return []

    def _addressed_before(self, pronoun: Any, author: set[str]) -> list[Participant]:
        """The last actor named in the sentence before a pronoun, other than the author."""
        sent = pronoun.sent
        for e in reversed(self.index.starting_in(sent.start_char, pronoun.idx)):
            p = Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
            if _key(p) not in author:
                return [p]
        return []

    def _made_by(self, noun: Any) -> list[Participant]:
        """Who made a thing, as a participle on it says: "a missile fired by rebels", "a
        report released by Amnesty", "the timetable set out by Gabon's rulers", "a missile
        believed to be fired by rebels"."""
        for verb in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
            doer, inner = _agent(verb), _child(verb, "xcomp")
            if doer is None and inner is not None:
                doer = _agent(inner)
            found = self._participants(doer) if doer is not None else []
            if found:
                return found
        return []

    def _wielder(self, weapon: Any) -> list[Participant]:
        """Who used a weapon that did the deed: "a missile fired by rebels", "a drone
        launched by the army"."""
        return self._made_by(weapon) if weapon.lemma_.lower() in WEAPON_NOUNS else []

    def _document_author(self, document: Any) -> list[Participant]:
        """Who a report or statement speaks for: its "by" agent or owner ("a report by
        Amnesty", "a UN report"), else where it was released ("released in Kigali")."""
        own = self._entities_for(document)
        if own:
            return [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in own]
        for prep in (c for c in document.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            pobj = _child(prep, "pobj")
            if pobj is not None and self._participants(pobj):
                return self._participants(pobj)
        released = self._made_by(document)
        if released:
            return released
        for verb in (c for c in document.children if c.dep_ in ("acl", "relcl")):
            found = self._place_authority(verb)
            if found:
                return found
        return []

    def _attack_author(self, verb: Any) -> list[Participant]:
        """Who made the attack a harm happened in: its "by" agent or its nationality."""
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "during", "by")):
            for attack in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS):
                for by in (c for c in attack.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
                    pobj = _child(by, "pobj")
                    if pobj is not None and self._participants(pobj):
                        return self._participants(pobj)
                own = self._entities_for(attack)
                if own:
                    return [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in own]
        return []

    def _is_state(self, member: Participant) -> bool:
        """A country named as such (not its people: "Palestinians"), its government and
        state bodies, or an organisation of states."""
        actor = member.actor
        if actor is None:
            return False
        if actor.sector in STATE_SECTORS or actor.id.startswith("IGO:"):
            return True
        people = any(e.names_a_people for e in self.doc.entities if e.start == member.start)
        return actor.kind == "COUNTRY" and not people


def _narrating_relative(pronoun: Any) -> bool:
    """Whether a relative clause tells part of the news about the noun it describes: a
    restrictive one ("students who had gathered to protest", "the police officers who
    arrested him"), or a person's past act ("Hun Manet, who thanked China"); not the
    background an aside gives ("Egypt, which has backed Mogadishu", "Turkey, which trains
    Somali troops")."""
    noun, clause = pronoun.head.head, pronoun.head
    if noun.lemma_.lower() in DOCUMENT_NOUNS or noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        # "a resolution that aims to tighten sanctions": a text, not who wrote it; "strikes
        # in southern Syria in May that killed ...": a place or a time does nothing
        return False
    before = pronoun.doc[pronoun.i - 1].text if pronoun.i > 0 else ""
    if not before.endswith((",", "-", "\u2013", "\u2014", "(")):
        return True  # no comma, dash or bracket ("Beijing--" is one token) sets it apart
    return noun.ent_type_ == "PERSON" and clause.tag_ == "VBD" and not any(
        c.dep_ == "aux" for c in clause.children)


def _beyond(tok: Any, prep: Any) -> bool:
    """Whether a word inside a place phrase names the country across a border, not the
    place: "near the border with Mexico"."""
    while tok.i != prep.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.lemma_.lower() in BORDER_NOUNS:
            return True
        tok = tok.head
    return False
