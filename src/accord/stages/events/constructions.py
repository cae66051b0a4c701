"""Events read from constructions rather than a trigger of ``event_patterns.tsv``: "Y must
..." in X's statement is X's demand on Y; a demand or appeal put into words ("reiterated
its demand that ..."); actors of two countries acting jointly cooperate; a statement that
judges another's act in condemning words accuses its author."""

from __future__ import annotations

from typing import Any

from accord.record import Event, Participant, side_members
from accord.stages.events.grammar import _evidence
from accord.stages.events.lexicon import (
    CONDEMNING_WORDS, HOSTILE_TYPES, JOINT_ADVERBS, JOINT_MODIFIERS, LEAVING_VERBS, OBLIGATION_AUXILIARIES,
    OPERATION_NOUNS, STATED_WISH_CODES, UTTERING_VERBS,
)
from accord.stages.events.modality import _embedded, _modality
from accord.stages.events.participants import _key, _participant
from accord.stages.events.patterns import load_cameo
from accord.stages.replies import latest_act_against
from accord.stages.syntax import child as _child, subject_of


class _Constructions:
    """Events without a trigger (mixed into the coder)."""

    def obligations(self) -> list[Event]:
        """"X said Y must do Z": a statement of what another actor must do is a demand
        (REQUEST, CAMEO 100) of X on Y; that another state's diplomats must leave is an
        expulsion (SANCTION, 166)."""
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
            # "said three Norwegian diplomats must leave Russia": an expulsion (166)
            expelled = verb.lemma_.lower() in LEAVING_VERBS and all(p.actor and p.actor.sector == "GOV"
                                                                    for p in target)
            kind, code = ("SANCTION", "166") if expelled else ("REQUEST", "100")
            out.append(Event(
                type=kind, mode="expel" if expelled else None, source=source, target=target,
                **_evidence(sent), date=date, date_precision=precision,
                historical=historical, cameo=code, intensity=load_cameo().get(code), confidence=0.5,
                rule="obligation:must" + (" expulsion" if expelled else ""), trigger=tok.text))
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

    def condemnations(self, events: list[Event]) -> list[Event]:
        """"'This is a hysterical provocation,' Zakharova said", "called the claims baseless
        and unacceptable": a statement that judges an act in condemning words
        (``condemning_words`` in ``lexicon.tsv``) is its speaker's accusation (ACCUSE, CAMEO
        111, criticise or denounce) of the one it judges: the countries or organisations the
        statement names, other than the speaker's, else the author of the latest hostile act
        told before it against the speaker's country. A statement already coded as an
        accusation, a rejection or a threat is not coded again; a denial ("is not a
        provocation") is none."""
        out = []
        for speaker, start, end, word in [*self._condemning_quotes(), *self._condemning_names()]:
            own = {p.actor.country for p in speaker if p.actor and p.actor.country}
            if len(own) != 1 or _said_already(events, start, end, own):
                continue
            named = [_participant(e) for e in self.doc.entities if start <= e.start < end and e.actor
                     and ((e.actor.country and e.actor.country not in own) or e.actor.id.startswith("IGO:"))]
            # "Pyongyang's provocations only bring Seoul and Tokyo closer": the one the
            # condemning phrase is about, where it names one
            phrase = word if word.pos_ in ("NOUN", "PROPN", "VERB") else word.head
            phrase_end = phrase.right_edge.idx + len(phrase.right_edge)
            about = [p for p in named if phrase.left_edge.idx <= p.start < phrase_end]
            target = about or named or _author_of_latest(events, start, own)
            if not target:
                continue
            sent = word.sent
            date, precision, historical = self._date(sent, word)
            out.append(Event(
                type="ACCUSE", mode=None, source=speaker, target=target,
                **_evidence(sent), date=date, date_precision=precision, historical=historical,
                cameo="111", intensity=load_cameo().get("111"), confidence=0.4,
                rule=f"condemning:{word.lower_}", trigger=word.text))
        return out

    def _condemning_quotes(self) -> list[tuple[list[Participant], int, int, Any]]:
        """Statements holding a condemning word: (speaker, content start, end, word)."""
        found = []
        for quote in self.doc.quotes:
            span = self.doc.nlp.char_span(quote.start, quote.end, alignment_mode="expand")
            word = next((t for t in span or () if _condemning(t)), None)
            if word is not None and quote.speaker is not None:
                found.append(([quote.speaker], quote.start, quote.end, word))
        return found

    def _condemning_names(self) -> list[tuple[list[Participant], int, int, Any]]:
        """"called the incursion a flagrant violation", "called the claims absurd": (who
        called it, what was so called, the word)."""
        found = []
        for verb in self.doc.nlp:
            if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
                continue
            judged = _child(verb, "oprd")
            # "called the claims absurd"; the parser may make the thing called the subject of
            # the judgement ("called [Guyana's complaint absurd]")
            named = _child(verb, "dobj") or (_child(judged, "nsubj") if judged is not None else None)
            word = next((t for t in judged.subtree if _condemning(t)), None) if judged is not None else None
            subject = subject_of(verb)
            if named is None or word is None or subject is None:
                continue
            speaker = self._participants(subject)
            if speaker:
                # what was so called runs up to the judgement ("the statement by the GCC")
                end = judged.left_edge.idx if named.head is verb else named.right_edge.idx + len(named.right_edge)
                found.append((speaker, named.left_edge.idx, end, word))
        return found


def _condemning(tok: Any) -> bool:
    """A condemning word said as such: not under a negation ("is not a provocation")."""
    if tok.lower_ not in CONDEMNING_WORDS and tok.lemma_.lower() not in CONDEMNING_WORDS:
        return False
    return not any(_child(t, "neg") is not None for t in [tok, *tok.ancestors])


def _said_already(events: list[Event], start: int, end: int, own: set[str]) -> bool:
    """Whether the speaker's accusation, rejection or threat is coded in a sentence of the
    statement."""
    return any(e.type in ("ACCUSE", "REJECT", "THREATEN") and e.start < end and start < e.end
               and any(p.actor and p.actor.country in own for p in side_members(e.source))
               for e in events)


def _author_of_latest(events: list[Event], before: int, own: set[str]) -> list[Participant]:
    """The source of the latest hostile act told before ``before`` by another country
    against ``own``."""
    latest = latest_act_against(events, before, own, HOSTILE_TYPES)
    return [p for p in side_members(latest.source) if p.actor and p.actor.country] if latest else []
