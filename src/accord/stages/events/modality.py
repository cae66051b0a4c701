"""Modality: whether a clause's act happened, is meant, is only possible, or was tried.

Modality is kept apart from deeds: negation (``did not``, ``denied``) and possibility or
condition (``could``, ``if``) are flagged; a stated future or pledge is intent (which
``recodings.py`` codes as the intention it is). The mood carries down embedded clauses
("ready to send troops to help defend X") and to event nouns ("demanded the
withdrawal"); what is permitted or claimed of another is not done.
"""

from __future__ import annotations

from typing import Any

from accord.record import Event
from accord.stages.events.candidates import Candidate
from accord.stages.events.grammar import _past, _time_phrase
from accord.stages.events.lexicon import (
    ALLEGING_HEADS, ATTEMPT_HEADS, AWAITING_HEADS, FUTURE_AUXILIARIES, INTENT_HEADS, INTENT_NOUNS,
    MATERIAL_CONFLICT_TYPES, NEGATING_HEADS, NOBODY_WORDS, PERMISSION_NOUNS, POSSIBILITY_AUXILIARIES,
    REPORTING_VERBS, SPECULATIVE_ADVERBS, THREATENING_HEADS, WISH_HEADS, WISH_NOUNS,
)
from accord.stages.syntax import child as _child, subject_of


# Clauses whose mood comes from the word they hang on: "ready to [send]", "a plan to [strike]".
_EMBEDDED = {"xcomp", "ccomp", "pcomp", "acl", "advcl"}


_AUXILIARY_MODES = ("future", "hypothetical", "historical", "negation")


def auxiliary_modes(event: Event) -> list[str]:
    """PLOVER's auxiliary modes of an event, in a fixed order: those it was given (``future``)
    and those its flags say."""
    modes = set(event.auxiliary)
    modes.update(name for name, flag in (("negation", event.negated), ("hypothetical", event.hypothetical),
                                         ("historical", event.historical)) if flag)
    return [m for m in _AUXILIARY_MODES if m in modes]


def _modality(head: Any) -> tuple[bool, str]:
    """``(negated, mood)`` of the clause of ``head``; mood is actual, intent, hypothetical or
    attempt ("tried to", which the caller weighs by the kind of act).

    Intent is a stated future or a pledge ("will send", "plans to withdraw", "said it
    would send"); hypothetical is a possibility or a condition ("could impose", "if").
    The mood of a clause carries down to what it embeds: in "is willing to send troops to
    help defend X" neither the sending nor the defending has happened.
    """
    negated, mood = _own_modality(head)
    clause = head
    for _ in range(4):
        if not _embedded(clause):
            break
        governor = clause.head
        if governor.pos_ == "ADP" and governor.head.i != governor.i:
            governor = governor.head  # "suspected [of] blowing up", "the right [of] ..."
        if governor.pos_ in ("NOUN", "PROPN") or governor.dep_ in ("dobj", "pobj"):
            # "a plan to attack", "its demand that X withdraw": the noun says what it is (also
            # one the tagger took for a verb: "denied reports that ...")
            lemma = governor.lemma_.lower()
            if lemma in WISH_NOUNS:
                return negated, "hypothetical"
            if lemma in INTENT_NOUNS and mood == "actual":
                mood = "intent"
            if governor.dep_ not in ("dobj", "pobj", "attr"):
                break
            governor = governor.head
        lemma = governor.lemma_.lower()
        if any(c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS for c in governor.children):
            lemma = "permit"  # "gave permission to X to help": what is permitted is not done
        elif clause.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in WISH_NOUNS
                                            for c in governor.children):
            lemma = "demand"  # "reiterated its demand that X ease ...": asked for, not done
        if lemma in REPORTING_VERBS:
            break  # "said X attacked Y" reports a deed
        if lemma in NEGATING_HEADS:
            negated = True
        if lemma in WISH_HEADS or lemma in ALLEGING_HEADS:
            return negated, "hypothetical"  # a wish, or what someone is accused of
        if lemma == "claim" and clause.dep_ == "ccomp" and (subject_of(clause) is None
                                                             or subject_of(clause).pos_ != "PRON"):
            return negated, "hypothetical"  # "claimed that ISIL attacked": alleged, not "that it had"
        if lemma in ATTEMPT_HEADS and clause.i == head.i:
            return negated, "attempt"
        if _past(clause):
            break  # "threatened ... where 100 people were killed": what was done is no aim
        if lemma in INTENT_HEADS and _child(clause, "nsubj") is not None and clause.dep_ == "ccomp":
            return negated, "hypothetical"  # "wants Putin to attack": a wish about another
        if lemma in INTENT_HEADS and mood == "actual":
            mood = "intent"
        up_negated, up_mood = _own_modality(governor)
        negated |= up_negated and clause.i == head.i  # "did not agree to send": not sent
        if up_mood == "hypothetical":
            return negated, "hypothetical"
        if up_mood == "intent" and mood == "actual":
            mood = "intent"
        clause = governor
    return negated, mood


def _embedded(clause: Any) -> bool:
    """Whether a clause takes its mood from the word it hangs on: a complement ("agreed
    to send"), or an aim ("to help defend"), not a time ("after they met")."""
    if clause.dep_ not in _EMBEDDED or clause.head.i == clause.i:
        return False
    if clause.dep_ in ("advcl", "acl"):
        return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
                   for c in clause.children)
    return True


def _own_modality(head: Any) -> tuple[bool, str]:
    """Negation and mood from a verb's own auxiliaries and conditions."""
    negated = any(c.dep_ == "neg" for c in head.children)
    # "no group has claimed ...", "nobody was arrested": a subject that is no one
    negated |= any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY_WORDS
                                                         or any((d.dep_ == "det" and d.lower_ == "no")
                                                                or (d.dep_ in ("preconj", "det") and d.lower_ == "neither")
                                                                for d in c.children))
                   for c in head.children)  # also "neither X nor Y offered"
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    mood = "actual"
    if auxes & FUTURE_AUXILIARIES or _going_to(head):
        mood = "intent"
    if "would" in auxes:
        # "said it would send troops" reports an intention; a bare "would" is a condition.
        mood = "intent" if head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS else "hypothetical"
    if auxes & POSSIBILITY_AUXILIARIES:
        mood = "hypothetical"
    if mood == "intent" and any(c.dep_ == "advmod" and c.lower_ in SPECULATIVE_ADVERBS for c in head.children):
        mood = "hypothetical"  # "will likely step down", "will almost certainly": a forecast
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
        mood = "hypothetical"
    if head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in ("until", "before", "once")
                                           for c in head.children):
        mood = "hypothetical"  # "withholding aid until a new government takes over": not yet
    return negated, mood


def _going_to(head: Any) -> bool:
    """"is going to send": the verb hangs on "going" as its xcomp."""
    return head.dep_ == "xcomp" and head.head.lower_ == "going"


def _prepared(head: Any) -> bool:
    """"prepared to strike", "is preparing to resume shelling": what readies an act."""
    clause = head
    for _ in range(3):
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.lemma_.lower() == "prepare" and _child(clause, "nsubjpass") is None:
            return True
    return False


def _failed(clause: Any) -> bool:
    """"failed to agree", "failed to reach a deal": the clause is what its subject failed at."""
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "fail" and _child(clause.head, "neg") is None


def _ultimatum(head: Any) -> bool:
    """A clause of ``head`` introduced by "unless": "will withdraw ... unless X leaves"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in head.children)


def _announced(head: Any) -> bool:
    """An act its author announces as decided: "will expel", "is going to impose", "said
    it would recall its ambassador"; not one under a condition, a warning or a plan."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in head.children):
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in THREATENING_HEADS:
        return False  # "warned it would impose sanctions": a threat
    if auxes & FUTURE_AUXILIARIES or _going_to(head):
        return True
    return "would" in auxes and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS


def settle_mood(act: Candidate) -> None:
    """A candidate's negation and mood: its clause's, and a noun's own ("no demonstrations",
    "after two days of fighting", "demanded the withdrawal"); an attempt at force is force."""
    act.negated, act.mood = _modality(act.clause)
    if act.pattern.pos == "NOUN" and (any(c.dep_ == "det" and c.lower_ == "no" for c in act.head.children)
                                  or (act.head.dep_ == "pobj" and act.head.head.lower_ == "without")):
        act.negated = True  # "no demonstrations took place", "ended without an agreement"
    if act.pattern.pos == "NOUN" and _time_phrase(act.head):
        # "agreed to a ceasefire after two days of fighting": the fighting happened,
        # whatever the clause says of the agreeing.
        act.negated, act.mood = False, "actual"
    elif act.pattern.pos == "NOUN" and act.clause.i != act.head.i and act.mood == "actual":
        # "demanded the withdrawal of", "planned a visit to": the noun's verb wants it
        verb = act.clause.lemma_.lower()
        if verb in WISH_HEADS or verb in AWAITING_HEADS:
            act.mood = "hypothetical"  # also "braced for renewed strikes", "feared attacks"
        elif verb in INTENT_HEADS:
            act.mood = "intent"
    if act.mood == "attempt":
        # "tried to storm the parliament" is force used; "tried to broker a truce" is not a deal.
        act.mood = "actual" if act.pattern.type in MATERIAL_CONFLICT_TYPES else "hypothetical"
