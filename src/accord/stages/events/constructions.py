"""Events read from constructions rather than a trigger of ``event_patterns.tsv``: "Y must
..." in X's statement is X's demand on Y; a demand or appeal put into words ("reiterated
its demand that ..."); actors of two countries acting jointly cooperate."""

from __future__ import annotations

from typing import Any

from accord.record import Event
from accord.stages.events.grammar import _evidence
from accord.stages.events.lexicon import (
    JOINT_ADVERBS, JOINT_MODIFIERS, OBLIGATION_AUXILIARIES, OPERATION_NOUNS, STATED_WISH_CODES, UTTERING_VERBS,
)
from accord.stages.events.modality import _embedded, _modality
from accord.stages.events.participants import _key
from accord.stages.events.patterns import load_cameo
from accord.stages.syntax import child as _child, subject_of


class _Constructions:
    """Events without a trigger (mixed into the coder)."""

    def obligations(self) -> list[Event]:
        """"X said Y must do Z": a statement of what another actor must do is a demand
        (REQUEST, CAMEO 100) of X on Y."""
        out = []
        for tok in self.doc.nlp:
            if not (tok.dep_ == "aux" and tok.lower_ in OBLIGATION_AUXILIARIES):
                continue
            verb = tok.head
            if verb.dep_ not in ("ccomp", "acl", "relcl") or _child(verb, "neg") is not None:
                continue
            subject = _child(verb, "nsubj")
            speaker_verb = verb.head
            while speaker_verb.pos_ not in ("VERB", "AUX") and speaker_verb.head.i != speaker_verb.i:
                speaker_verb = speaker_verb.head  # "issued a reminder that Y must ..."
            author = subject_of(speaker_verb)
            if subject is None or author is None:
                continue
            target, source = self._participants(subject), self._participants(author)
            if source and subject.pos_ == "PRON" and (not target or {_key(p) for p in source} & {_key(p) for p in target}):
                # "reminded Iraq that it must ...": the pronoun is the one addressed, not the author.
                target = self._addressed_before(subject, {_key(p) for p in source})
            if not source or not target or {_key(p) for p in source} & {_key(p) for p in target}:
                continue
            sent = tok.sent
            date, precision, historical = self._date(sent, tok)
            out.append(Event(
                type="REQUEST", mode=None, source=source, target=target,
                **_evidence(sent), date=date, date_precision=precision,
                historical=historical, cameo="100", intensity=load_cameo().get("100"), confidence=0.5,
                rule="obligation:must", trigger=tok.text))
        return out

    def joint_operations(self) -> list[Event]:
        """"X and Y police jointly seized ...", "X, working alongside Y, ... in a joint
        operation": actors of two or more countries acting together cooperate (COOPERATE,
        CAMEO 060), whatever the act itself is."""
        out = []
        for verb in self.doc.nlp:
            if verb.pos_ != "VERB" or not self._done_jointly(verb):
                continue
            subject = subject_of(verb)
            side = self._participants(subject) if subject is not None else []
            # "Spanish police, working alongside Moroccan officers, ...", "a joint operation
            # with Tanzanian officers": the partner
            carriers = [verb, *(subject.children if subject is not None else []),
                        *(c for c in verb.children if c.dep_ in ("dobj", "prep"))]
            carriers += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            for helper in (c for tok in carriers for c in tok.children
                           if c.dep_ in ("advcl", "acl", "prep") and c.lower_ in ("working", "alongside", "with")):
                partners = [g for c in [helper, *helper.children] if c.lower_ in ("alongside", "with")
                            for g in c.children if g.dep_ == "pobj"]
                for partner in partners:
                    side += [p for p in self._participants(partner) if _key(p) not in {_key(q) for q in side}]
            countries = {p.actor.country for p in side if p.actor and p.actor.country}
            negated, mood = _modality(verb)
            if len(countries) < 2 or negated or mood != "actual":
                continue
            sent = verb.sent
            date, precision, historical = self._date(sent, verb)
            out.append(Event(
                type="COOPERATE", mode=None, source=side, target=side,
                **_evidence(sent), date=date, date_precision=precision, historical=historical,
                cameo="060", intensity=load_cameo().get("060"), confidence=0.5,
                rule="joint-operation", trigger=verb.text))
        return out

    @staticmethod
    def _done_jointly(verb: Any) -> bool:
        """"jointly seized", "carried out a joint operation", "in a joint raid"."""
        if any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in verb.children):
            return True
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "through")
                  for g in c.children if g.dep_ == "pobj"]
        return any(n.lemma_.lower() in OPERATION_NOUNS and any(m.dep_ == "amod" and m.lower_ in JOINT_MODIFIERS
                                                           for m in n.children) for n in nouns)

    def stated_demands(self) -> list[Event]:
        """"X reiterated its demand that Y ...", "issued a call for Y to ...": a demand or
        appeal put into words is X's REQUEST of Y, the subject of what is asked."""
        out = []
        for noun in self.doc.nlp:
            code = STATED_WISH_CODES.get(noun.lemma_.lower())
            verb = noun.head
            if code is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in UTTERING_VERBS:
                continue
            content = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _embedded(c)), None) \
                or _child(verb, "ccomp")
            subject = _child(content, "nsubj") if content is not None else None
            author = subject_of(verb)
            if author is None:
                continue
            # the one asked: the subject of what is asked, else "an appeal to Ethiopia"
            source = self._participants(author)
            target = (self._participants(subject) if subject is not None else []) or self._objects(noun, places=False)
            if isinstance(target, str):
                continue
            if not source or not target or {_key(p) for p in source} & {_key(p) for p in target}:
                continue
            negated, mood = _modality(verb)
            sent = noun.sent
            date, precision, historical = self._date(sent, verb)
            out.append(Event(
                type="REQUEST", mode=None, source=source, target=target,
                **_evidence(sent), date=date, date_precision=precision, negated=negated,
                hypothetical=mood == "hypothetical", historical=historical, cameo=code,
                intensity=load_cameo().get(code), confidence=0.5, rule=f"stated:{noun.lemma_.lower()}",
                trigger=noun.text))
        return out
