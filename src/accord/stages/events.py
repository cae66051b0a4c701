"""The events stage: PLOVER events from the dependency parse, with their evidence.

A trigger (a verb, a noun phrase such as ``telephone conversation``, or an intent
adjective such as ``ready`` / ``willing``) listed in ``data/event_patterns.tsv`` fires
an event when its clause names actors:

- the source is the clause's subject (the agent of a passive), with its conjuncts
  (``China and Russia``); a verb without a subject of its own takes its governor's;
- the target is the object, or the object of ``with`` / ``to`` / ``against`` ...;
  ``each other`` makes the event reciprocal;
- a pattern marked ``joint`` (``launch``, ``celebrate``) fires only when two or more
  actors act together, and then relates them to each other.

Pronouns take the person last named; ``the two countries``, ``both sides`` and ``the two
heads of state`` take the two countries the article is about. An event whose pattern
needs a target and finds none is not coded: no event rather than a guess.

Negation (``did not``), conditions (``if``), modals (``could``) and intentions
(``plans to``) are flagged on the event, never dropped silently. The date comes from
the sentence's own time expression, else from the dateline or publication date; dates
more than a year before the article are flagged historical. CAMEO codes carry their
Goldstein intensity from ``data/cameo.tsv`` (GDELT's table with the PLOVER map).
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from accord.record import Document, Entity, Event, Participant, TimeRef
from accord.stages.syntax import child as _child
from accord.stages.syntax import subject_of

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_TARGET_PREPS = {"with", "to", "against", "on", "at", "for", "toward", "towards", "into", "between"}
_HYPOTHETICAL_AUX = {"could", "may", "might", "would", "should", "can", "will", "shall", "'ll"}
_INTENT_HEADS = {"threaten", "plan", "want", "hope", "seek", "try", "intend", "expect", "aim",
                 "wish", "propose", "consider", "attempt", "ready", "willing", "prepare", "refuse"}
_NEGATING_HEADS = {"deny", "refuse", "fail", "decline"}
_PAIR_WORDS = {"countries", "sides", "nations", "states", "heads", "leaders", "governments", "parties"}
_RECIPROCAL = {"each other", "one another"}


@dataclass(frozen=True)
class Pattern:
    trigger: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    needs_target: str


@lru_cache(maxsize=None)
def load_patterns(path: Path = DATA_DIR / "event_patterns.tsv") -> dict[tuple[str, str], Pattern]:
    """``(trigger, pos) -> Pattern``, triggers being lemmas or lower-case phrases."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {(row["trigger"], row["pos"]): Pattern(row["trigger"], row["pos"], row["type"],
                                                      row["mode"] or None, row["cameo"], row["needs_target"])
                for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=None)
def load_cameo(path: Path = DATA_DIR / "cameo.tsv") -> dict[str, float]:
    """CAMEO code -> Goldstein value."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: float(row["goldstein"]) for row in csv.DictReader(fh, delimiter="\t")}


def code_events(doc: Document) -> Document:
    """Fill ``doc.events`` from ``doc.nlp``, ``doc.entities`` and ``doc.times``."""
    coder = _Coder(doc)
    events: list[Event] = []
    for sent in doc.nlp.sents:
        for tok in sent:
            for pattern, trigger in coder.triggers(tok):
                event = coder.event(pattern, trigger, sent)
                if event is not None and not _duplicate(event, events):
                    events.append(event)
    doc.events = events
    return doc


def _duplicate(event: Event, events: list[Event]) -> bool:
    key = (event.type, event.start, _codes(event.source), _codes(event.target))
    return any((e.type, e.start, _codes(e.source), _codes(e.target)) == key for e in events)


def _codes(side: Participant | list[Participant] | None) -> tuple[str, ...]:
    members = side if isinstance(side, list) else [side] if side else []
    return tuple(sorted(m.actor.country or m.actor.id for m in members if m.actor))


class _Coder:
    """What coding one document needs at hand: its entities by token, its times."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.patterns = load_patterns()
        self.phrases = {p.trigger.split()[0]: [] for p in self.patterns.values() if " " in p.trigger}
        for p in self.patterns.values():
            if " " in p.trigger:
                self.phrases[p.trigger.split()[0]].append(p)
        # A dateline names where the story was filed, never who acted.
        dateline_end = len(doc.dateline.text) if doc.dateline and doc.text.startswith(doc.dateline.text) else 0
        self.actors = [e for e in doc.entities if e.start >= dateline_end and e.actor and (
            e.actor.country or e.actor.kind == "IGO" or e.actor.id.startswith("IGO:"))]
        self.reference = doc.reference_date

    # --- triggers ---

    def triggers(self, tok: Any) -> list[tuple[Pattern, Any]]:
        """Patterns that fire at ``tok``, each with its trigger span."""
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "ADJ") and (lemma, tok.pos_) in self.patterns:
            return [(self.patterns[(lemma, tok.pos_)], tok.doc[tok.i:tok.i + 1])]
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        for p in self.phrases.get(tok.lower_, []):
            words = p.trigger.split()
            span = tok.doc[tok.i:tok.i + len(words)]
            if [t.lower_ for t in span] == words:
                return [(p, span)]
        if (lemma, "NOUN") in self.patterns:
            previous = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if previous not in self.phrases:  # the tail of a phrase fired at its first word
                return [(self.patterns[(lemma, "NOUN")], tok.doc[tok.i:tok.i + 1])]
        return []

    # --- one event ---

    def event(self, pattern: Pattern, trigger: Any, sent: Any) -> Event | None:
        head = trigger.root
        if pattern.pos == "NOUN":
            source, target = self._noun_participants(trigger)
        elif pattern.pos == "ADJ":
            source, target = self._intent_participants(head)
        else:
            if pattern.trigger == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on")
                                                 for c in head.children):
                return None  # "called for" / "called on" is a request, not a phone call
            source, target = self._verb_participants(head)
        if not source:
            return None
        if pattern.needs_target == "intransitive" and _child(head, "dobj") is not None:
            return None  # "demonstrated respect" is no demonstration
        if target == "reciprocal":
            target = list(source)
        elif target:
            # "He urged the two sides": a side that includes the source means the others.
            mine = {_key(p) for p in source}
            target = [p for p in target if _key(p) not in mine] or target
        if not target:
            if pattern.needs_target == "yes":
                return None
            if pattern.needs_target == "joint":
                if len({_key(p) for p in source}) < 2:
                    return None
        if not target and len(source) > 1:
            # "China and Russia launched ...": actors acting together act with each other.
            source, target = source[:1], source[1:]
        if target and {_key(p) for p in source} == {_key(p) for p in target} and len(source) == 1:
            return None  # an actor acting on itself is no relation between actors
        date, precision, historical = self._date(sent, head)
        negated, hypothetical = _modality(head)
        return Event(
            type=pattern.type, mode=pattern.mode,
            source=_one_or_many(source), target=_one_or_many(target) if target else None,
            sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
            date=date, date_precision=precision, negated=negated, hypothetical=hypothetical,
            historical=historical, cameo=pattern.cameo, intensity=load_cameo().get(pattern.cameo),
            confidence=0.6 if target else 0.4, rule=f"{pattern.pos.lower()}:{pattern.trigger}",
            trigger=trigger.text,
        )

    def _verb_participants(self, verb: Any) -> tuple[list[Participant], list[Participant] | str]:
        passive = _child(verb, "nsubjpass")
        source: list[Participant] = []
        target: list[Participant] | str = []
        if passive is not None:
            agent = _child(verb, "agent")
            target = self._participants(passive)
            if agent is not None:
                pobj = _child(agent, "pobj")
                source = self._participants(pobj) if pobj is not None else []
            return source, target
        subject = subject_of(verb)
        if subject is not None:
            source = self._participants(subject)
        target = self._objects(verb)
        return source, target

    def _objects(self, tok: Any) -> list[Participant] | str:
        for child in tok.children:
            if child.dep_ in ("dobj", "dative", "attr") and _span_text(child) in _RECIPROCAL:
                return "reciprocal"
            if child.dep_ in ("dobj", "dative"):
                found = self._participants(child)
                if found:
                    return found
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                pobj = _child(child, "pobj")
                if pobj is not None:
                    if _span_text(pobj) in _RECIPROCAL:
                        return "reciprocal"
                    found = self._participants(pobj)
                    if found:
                        return found
        return []

    def _noun_participants(self, trigger: Any) -> tuple[list[Participant], list[Participant] | str]:
        noun = trigger.root
        target: list[Participant] | str = []
        for tok in trigger:  # "exchange of messages with X": the object hangs on any word
            target = self._objects(tok)
            if target:
                break
        # The subject of the clause the noun belongs to: "X said ... in a call with Y".
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        source: list[Participant] = []
        subject = subject_of(verb)
        if subject is not None:
            source = self._participants(subject)
        possessor = _child(noun, "poss")
        if not source and possessor is not None:
            source = self._participants(possessor)
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

    # --- participants ---

    def _participants(self, head: Any) -> list[Participant]:
        """The actors a noun phrase names: its head entity and its conjuncts'."""
        out: list[Participant] = []
        # Only the conjuncts after the head: a head the parser left as someone's conjunct
        # ("..., Putin, Chinese President Xi Jinping said") is not coordinated with them.
        for tok in [head, *(c for c in head.conjuncts if c.i > head.i)]:
            entity = self._entity_for(tok)
            if entity is not None:
                out.append(Participant(text=entity.text, start=entity.start, end=entity.end,
                                       actor=entity.actor))
                continue
            out.extend(self._referent(tok))
        unique: dict[str, Participant] = {}
        for p in out:
            unique.setdefault(_key(p), p)
        return list(unique.values())

    def _entity_for(self, tok: Any) -> Entity | None:
        covering = [e for e in self.actors if e.start <= tok.idx < e.end]
        if covering:
            return max(covering, key=lambda e: e.end - e.start)
        # "the Chinese government", "Russia's foreign minister": an actor modifying the head.
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
                inner = [e for e in self.actors if e.start <= child.idx < e.end]
                if inner:
                    return max(inner, key=lambda e: e.end - e.start)
        return None

    def _referent(self, tok: Any) -> list[Participant]:
        """What a pronoun or a plural reference ("the two countries") stands for."""
        if tok.lower_ in ("he", "she", "him", "her"):
            people = [e for e in self.actors if e.kind == "PERSON" and e.start < tok.idx]
            if people:
                e = people[-1]
                return [Participant(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), actor=e.actor)]
            return []
        if tok.lower_ in _PAIR_WORDS or tok.lower_ in ("both", "they", "them", "their"):
            words = {t.lower_ for t in tok.subtree}
            if tok.lower_ in ("they", "them", "their") or "two" in words or "both" in words:
                return self._pair(tok.idx, tok)
        return []

    def _pair(self, before: int, tok: Any) -> list[Participant]:
        counts = Counter(e.actor.country for e in self.actors
                         if e.start < before and e.actor.kind == "COUNTRY" and e.actor.country)
        if len(counts) < 2:
            return []
        by_code = {}
        for e in self.actors:
            if e.actor.kind == "COUNTRY" and e.actor.country and e.actor.country not in by_code:
                by_code[e.actor.country] = e.actor
        phrase = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        return [Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=by_code[c])
                for c, _ in counts.most_common(2)]

    # --- dates ---

    def _date(self, sent: Any, trigger: Any) -> tuple[str | None, str | None, bool]:
        times = [t for t in self.doc.times if sent.start_char <= t.start < sent.end_char]
        chosen: TimeRef | None = None
        if times:
            chosen = min(times, key=lambda t: abs(t.start - trigger.idx))
        if chosen is not None:
            return chosen.value, chosen.precision, self._historical(chosen.value)
        dateline = self.doc.dateline.date if self.doc.dateline else None
        fallback = dateline or self.doc.published
        if fallback:
            return fallback[:10], "day", False
        return None, None, False

    def _historical(self, value: str) -> bool:
        if self.reference is None:
            return False
        year, month = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 12
        end = dt.date(year, month, 28) if len(value) >= 7 else dt.date(year, 12, 31)
        return (self.reference - end).days > 365


def _span_text(tok: Any) -> str:
    return " ".join(t.lower_ for t in tok.subtree)


def _key(p: Participant) -> str:
    return (p.actor.country or p.actor.id) if p.actor else p.text


def _one_or_many(side: list[Participant]) -> Participant | list[Participant]:
    return side[0] if len(side) == 1 else side


def _modality(head: Any) -> tuple[bool, bool]:
    """``(negated, hypothetical)`` for the clause of ``head``."""
    negated = any(c.dep_ == "neg" for c in head.children)
    hypothetical = any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in head.children)
    hypothetical |= any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
    governor = head.head if head.dep_ in ("xcomp", "ccomp") else None
    if governor is not None and governor is not head:
        lemma = governor.lemma_.lower()
        negated |= lemma in _NEGATING_HEADS
        hypothetical |= lemma in _INTENT_HEADS
    return negated, hypothetical
