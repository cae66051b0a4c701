"""Events read from constructions rather than a trigger of ``event_patterns.tsv``: "Y must
..." in X's statement is X's demand on Y; a demand or appeal put into words ("reiterated
its demand that ..."); actors of two countries acting jointly cooperate; a statement that
judges another's act in condemning words accuses its author; an answer promised to another's
act, or a harm said to follow if another acts, threatens it."""

from __future__ import annotations

from typing import Any

from accord.record import Event, Participant, side_members
from accord.stages.events.grammar import _evidence, _predicted, _question
from accord.stages.events.lexicon import (
    CONDEMNING_WORDS, HOSTILE_TYPES, JOINT_ADVERBS, JOINT_MODIFIERS, LEAVING_VERBS, OBLIGATION_AUXILIARIES,
    OPERATION_NOUNS, RESPONSE_NOUNS, RESPONSE_VERBS, STATED_WISH_CODES, THREAT_NOUNS, UTTERING_VERBS,
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
            out.append(self._stated("ACCUSE", "111", speaker, target, word, f"condemning:{word.lower_}"))
        return out

    def _stated(self, kind: str, cameo: str, source: list[Participant], target: list[Participant], word: Any,
                rule: str) -> Event:
        """The event a construction reads from what its source said at ``word``, dated by its
        sentence."""
        sent = word.sent
        date, precision, historical = self._date(sent, word)
        return Event(
            type=kind, mode=None, source=source, target=target,
            **_evidence(sent), date=date, date_precision=precision, historical=historical,
            cameo=cameo, intensity=load_cameo().get(cameo), confidence=0.4, rule=rule, trigger=word.text)

    def promised_responses(self, events: list[Event]) -> list[Event]:
        """"a mirror response would follow", "will be met with an overwhelming response",
        "Moscow's reaction will not be long in coming", "will not leave this step without an
        answer", "Russia will respond in kind", "the step will not go unanswered": an answer
        (``response_nouns`` and ``response_verbs`` in ``lexicon.tsv``) promised to another's act
        is a threat (THREATEN, CAMEO 130) by whoever promises it (the answer's owner, else
        the one who says so) against the author of the latest hostile act told before it
        against the promiser's country (else aimed at no country). A promise already coded
        as a threat is not coded again."""
        out = []
        for word in self.doc.nlp:  # a noun or a verb of an answer
            if word.lemma_.lower() in RESPONSE_NOUNS and _promised(word):
                owner = _child(word, "poss")
                source = self._participants(owner) if owner is not None else self._promiser(word)
            elif word.lemma_.lower() in RESPONSE_VERBS and word.pos_ == "VERB" and _predicted(word) \
                    and _child(word, "neg") is None and not _asked(word) and (subject := subject_of(word)) is not None:
                source = self._participants(subject)  # "Russia will respond in kind"
            elif word.lemma_.lower() == "go" and _predicted(word) and _child(word, "neg") is not None \
                    and any(c.dep_ == "acomp" and c.lower_ in ("unanswered", "unpunished") for c in word.children):
                source = self._promiser(word)  # "said the step will not go unanswered"
            else:
                continue
            own = {p.actor.country for p in source if p.actor and p.actor.country}
            sent = word.sent
            if len(own) != 1 or any(e.type == "THREATEN" and sent.start_char <= e.start < sent.end_char
                                    and any(p.actor and p.actor.country in own for p in side_members(e.source))
                                    for e in events):
                continue  # (the promise coded already: "warned it would respond")
            # (the latest act against the promiser's country, else one aimed at no country: "fired
            # a missile into the sea")
            latest = latest_act_against(events, sent.start_char, own, HOSTILE_TYPES, unaimed=True)
            target = [p for p in side_members(latest.source) if p.actor and p.actor.country] if latest else []
            if not target:
                continue
            out.append(self._stated("THREATEN", "130", source, target, word, f"promised:{word.lemma_.lower()}"))
        return out

    def conditional_threats(self, events: list[Event]) -> list[Event]:
        """"If Japan insists on this path, China will take resolute measures", "if Moscow
        retaliated, Tallinn would cut its staff": a harm its author says will follow if
        another acts is a threat (THREATEN, CAMEO 130) against the one the condition names.
        The harm is a hostile act (a pattern's) or a measure, a response (``threat_nouns``
        in ``lexicon.tsv``); a threat already coded in the sentence is not coded again."""
        out = []
        for verb in self.doc.nlp:
            condition = next((c for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "if" for m in c.children)), None)
            future = _predicted(verb) or (verb.dep_ == "xcomp" and _predicted(verb.head))  # "would not hesitate to strike"
            if condition is None or not future or not self._harmful(verb):
                continue
            author, other = subject_of(verb), subject_of(condition)
            source = self._participants(author) if author is not None else []
            target = self._participants(other) if other is not None else []
            own = {p.actor.country for p in source if p.actor and p.actor.country}
            target = [p for p in target if p.actor and (p.actor.country or p.actor.id.startswith("IGO:"))
                      and p.actor.country not in own]
            sent = verb.sent
            if len(own) != 1 or not target or any(
                    e.type == "THREATEN" and sent.start_char <= e.start < sent.end_char for e in events):
                continue
            out.append(self._stated("THREATEN", "130", source, target, verb, f"conditional:{verb.lemma_.lower()}"))
        return out

    def _harmful(self, verb: Any) -> bool:
        """Whether what a verb says will be done harms: a hostile act ("would cut ties",
        "would not hesitate to strike") or a measure, a response ("will take resolute
        measures")."""
        acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        return any(p.type in HOSTILE_TYPES for act in acts for p, _ in self.triggers(act)) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in THREAT_NOUNS for act in acts for c in act.children)

    def _promiser(self, noun: Any) -> list[Participant]:
        """Who promises an answer: who will not leave a step "without" one, else the speaker
        of the quote it is in, else the subject of the verb that reports it ("Zakharova said a
        mirror response would follow")."""
        if noun.head.lower_ == "without":
            answering = subject_of(noun.head.head)
            found = self._participants(answering) if answering is not None else []
            if found:
                return found
        quote = next((q for q in self.doc.quotes if q.start <= noun.idx < q.end and q.speaker is not None), None)
        if quote is not None:
            return [quote.speaker]
        for verb in noun.ancestors:
            if verb.dep_ in ("ccomp", "xcomp", "advcl") or verb.head.i == verb.i:
                reporter = subject_of(verb.head) if verb.head.i != verb.i else None
                found = self._participants(reporter) if reporter is not None else []
                if found:
                    return found
        return []

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


def _promised(noun: Any) -> bool:
    """An answer said to be coming: the subject of a verb in the future ("a response would
    follow", "will not be long in coming"), what an act "will be met with", or what a
    negated future leaves it "without" ("will not leave this step without an answer")."""
    if _child(noun, "det") is not None and _child(noun, "det").lower_ == "no":
        return False
    if any(_child(t, "neg") is not None for t in noun.head.head.ancestors) or (
            noun.head.head.i != noun.head.i and _child(noun.head.head, "neg") is not None and noun.dep_ == "nsubj"):
        return False  # "She did not say what form any response would take"
    if _asked(noun.head):
        return False
    if noun.dep_ == "nsubj":
        verb = noun.head
        soon = any(t.lower_ == "long" for t in verb.subtree)  # "not be long in coming"
        return _predicted(verb) and (_child(verb, "neg") is None or soon)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() == "meet":
        return _predicted(noun.head.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        verb = noun.head.head
        return _predicted(verb) and _child(verb, "neg") is not None
    return False


def _asked(verb: Any) -> bool:
    """A question or a doubt, no promise: "How will Moscow respond?", "It was not clear
    whether Croatia would retaliate"."""
    return _question(verb.sent) \
        or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


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
