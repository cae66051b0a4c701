"""Replies: the target of a reaction is the author of what it reacts to.

News of a row is told as moves and answers. "Colombia's foreign minister rejected the
accusations", "Tehran condemned the new sanctions", "Tbilisi dismissed the visa bans":
the sentence names what is answered, not who did it; an earlier sentence of the article
told that ("Ecuador accused two Colombian diplomats ...", "Washington imposed
sanctions ..."). This stage gives such a reaction, coded without a target, the author of
the latest earlier event it answers: one of the kind its object names
(``data/reply_nouns.tsv``: "accusations" answer an ACCUSE, "sanctions" a SANCTION), aimed
at the reacting side's country, by another country or an international organisation (or,
when none was told before, the first told after it: a lead tells the answer first). Words
no event codes ("rejected the remarks") answer the latest speaker of another side.

A force readied against no one named ("placed its units on heightened alert", "sent an
extra platoon to the border town") is readied in a row too: where the article's acts of
force, threats and sanctions between states pit the source's country against one other
country only, the deployment faces that country.

It reads ``doc.nlp`` (the reaction's object), ``doc.events``, ``doc.quotes`` (their
speakers) and ``doc.entities`` (who a question before an answer is about), and sets the
``target`` of the reactions it answers for (those with no target, or one of their own
country only) and of the deployments that face a rival; nothing else changes.
"""

from __future__ import annotations

from typing import Any

from accord.record import Document, Event, Participant, side_members
from accord.stages.actors import acting_for
from accord.stages.events.lexicon import REACTION_TYPES, STATE_SECTORS, UNDOING_NOUNS, load_reply_nouns

_OBJECT_DEPS = {"dobj", "obj"}
_REFERRING_PRONOUNS = {"it", "them", "this", "these"}


def answer_replies(doc: Document) -> Document:
    """Give each reaction without a foreign target the author of the earlier act it answers."""
    if not doc.events or doc.nlp is None:
        return doc
    nouns = load_reply_nouns()
    for event in doc.events:
        own = _countries(event.source)
        if event.type == "MOBILIZE" and not side_members(event.target) and len(own) == 1 \
                and not event.hypothetical and not event.negated \
                and (rival := _the_rival(doc.events, event, own)) is not None:
            event.target = rival  # "placed its units on heightened alert", in a row with one neighbour
            event.rule = f"{event.rule}+rival-target" if event.rule else "rival-target"
            continue
        if event.type not in REACTION_TYPES or _countries(event.target) - own or event.hypothetical or event.negated:
            continue  # (a target of its own country only is no answer to another's act)
        answered = _answered_kinds(doc.nlp, event, nouns)
        if not own or answered is None:
            continue
        answer = _latest_answered(doc.events, event, own, answered)
        if answer is not None:
            authors = [Participant(p.text, p.start, p.end, p.actor) for p in side_members(answer.source)]
            event.target = authors[0] if len(authors) == 1 else authors  # the record's shape
            event.rule = f"{event.rule}+reply-target" if event.rule else "reply-target"
        elif answered & _SPOKEN and (speaker := _speaker_answered(doc.quotes, event.start, own)
                                     or _subject_before(doc, event, own)) is not None:
            # "Tunisia rejected the remarks": words no event codes, said by another side
            # (or told of in the sentence before: "Q: Pakistan raised Kashmir again ... A: We
            # reject these remarks")
            event.target = acting_for(Participant(speaker.text, speaker.start, speaker.end, speaker.actor))
            event.rule = f"{event.rule}+reply-to-speaker" if event.rule else "reply-to-speaker"
    return doc


# The acts that make a row between two countries: force, threats and sanctions.
_ROW_TYPES = frozenset({"ASSAULT", "MOBILIZE", "THREATEN", "SANCTION", "COERCE"})


def _the_rival(events: list[Event], deployment: Event, own: set[str]) -> Participant | None:
    """The one other country (or organisation) that the article's asserted acts of force,
    threats and sanctions between states pit ``own`` against, either way; None if none or
    several."""
    rivals: dict[str, Participant] = {}
    for event in events:
        if event is deployment or event.type not in _ROW_TYPES or event.hypothetical or event.negated:
            continue
        sources, targets = _countries(event.source), _countries(event.target)
        if sources & own and targets - own:
            side, others = event.target, targets - own
        elif targets & own and sources - own:
            side, others = event.source, sources - own
        else:
            continue
        if not _between_states(event):
            continue  # "police detained two Colombian gang members": no row with Colombia
        for member in side_members(side):
            country = next(iter(_countries(member)), None)
            if country in others:
                rivals.setdefault(country, Participant(member.text, member.start, member.end, member.actor))
    return next(iter(rivals.values())) if len(rivals) == 1 else None


def _between_states(event: Event) -> bool:
    """Whether both sides of an act are states: countries, their governments and forces."""
    members = [*side_members(event.source), *side_members(event.target)]
    return all(p.actor and (p.actor.kind == "COUNTRY" or p.actor.sector in STATE_SECTORS) for p in members)


# The kinds of act words are: what "remarks", "criticism" or "a statement" may answer.
_SPOKEN = frozenset({"ACCUSE"})


def _speaker_answered(quotes: list[Any], before: int, own: set[str]) -> Participant | None:
    """The speaker of another side whose words are the latest told before ``before``, else
    the first told after it (a lead tells the answer first)."""
    others = [q for q in quotes if q.speaker is not None and _countries(q.speaker)
              and not _countries(q.speaker) & own]
    earlier = [q for q in others if q.start < before]
    chosen = earlier[-1] if earlier else next((q for q in others if q.start > before), None)
    return chosen.speaker if chosen is not None else None


def _subject_before(doc: Document, reply: Event, own: set[str]) -> Participant | None:
    """The actor that is the subject of one of the three sentences before the reply's, the
    nearest, when it is of another side and the sentence codes no event (an event coded
    there was weighed as an act answered): who said what the reply answers ("Q: Pakistan
    raised Kashmir again. Any comment? A: We reject these remarks")."""
    span = doc.nlp.char_span(reply.start, reply.end, alignment_mode="expand")
    at = span.start if span is not None else 0
    for _ in range(3):
        if at == 0:
            return None
        before = doc.nlp[at - 1].sent
        at = before.start
        if any(before.start_char <= e.start < before.end_char for e in doc.events):
            return None
        subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        # ("Q: Pakistan's Foreign Office raised ...": the parse takes the label for the subject)
        for subject in [*subjects, *(c for t in subjects for c in t.children if c.dep_ == "appos")]:
            entity = next((e for e in doc.entities if e.start <= subject.idx < e.end and e.actor), None)
            if entity is not None:
                said_by = Participant(entity.text, entity.start, entity.end, entity.actor)
                return said_by if _countries(said_by) and not _countries(said_by) & own else None
    return None


def _answered_kinds(nlp: Any, event: Event, nouns: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The kinds of act the reaction's object names, or None when it names none."""
    trigger = _trigger_token(nlp, event)
    if trigger is None:
        return None
    if event.type == "REQUEST":
        # "demanded the immediate release of the crew", "called for their release": the
        # one asked is who holds them (only an undoing is asked of the act's author)
        asked = [g for g in (*trigger.children, *(g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                                                   for g in c.children if g.dep_ == "pobj"))
                 if g.dep_ in (*_OBJECT_DEPS, "pobj") and g.pos_ == "NOUN"]
        return next((nouns[g.lemma_.lower()] for g in asked if g.lemma_.lower() in UNDOING_NOUNS), None)
    for child in trigger.children:
        if child.dep_ in _OBJECT_DEPS and child.lower_ in _REFERRING_PRONOUNS:
            # "The so-called protest is groundless and China rejects it"
            # (with none named before it in the sentence, the latest act of force, threat or
            # sanction: "North Korea fired a missile on Monday. Seoul condemned it.")
            named = [t for t in trigger.sent if t.i < trigger.i and t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
            return nouns[named[-1].lemma_.lower()] if named else _ROW_TYPES
        if child.dep_ in _OBJECT_DEPS and child.pos_ == "NOUN":
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in child.children):
                return None  # "rejected Ecuador's accusations": the coder reads its owner
            return nouns.get(child.lemma_.lower())
        if child.dep_ == "ccomp" and child.lemma_ == "call":
            # "rejected what he called a campaign of provocation"
            named = [c for c in child.children if c.dep_ in ("oprd", "attr", "dobj", "obj")
                     and c.pos_ == "NOUN"]
            if named and any(c.lower_ == "what" for c in child.children):
                return nouns.get(named[0].lemma_.lower())
    return None


def _trigger_token(nlp: Any, event: Event) -> Any | None:
    if not event.trigger:
        return None
    span = nlp.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    first = event.trigger.split()[0]
    return next((t for t in span if t.text == first), None)


def _latest_answered(events: list[Event], reply: Event, own: set[str], kinds: frozenset[str]) -> Event | None:
    """The latest act told before ``reply`` of one of ``kinds``, by another country,
    against one of ``own``; else, the latest such act whose target the text left unsaid
    ("Iraq demanded a formal apology. ... Turkey rejected the demand"); else the first
    such act against one of ``own`` told after it, as a lead tells the answer before
    what it answers ("Tunisia rejected the remarks ... The EU had urged Tunis ..."). A
    welcome backs the latest such act by another country, whoever it was aimed at."""
    if reply.type == "SUPPORT":
        # "Romania's foreign ministry backed the decision": whatever the act was aimed at,
        # the one backed is who took it
        told = [e for e in events if e is not reply and e.start < reply.start
                and _aims_of_act_by_another(e, own, kinds) is not None]
        return max(told, key=lambda e: e.start, default=None)
    return latest_act_against(events, reply.start, own, kinds, skip=reply, unaimed=True) \
        or _first_act_against(events, reply.start, own, kinds)


def _first_act_against(events: list[Event], after: int, own: set[str], kinds: frozenset[str]) -> Event | None:
    for event in sorted(events, key=lambda e: e.start):
        targets = _aims_of_act_by_another(event, own, kinds) if event.start > after else None
        if targets is not None and targets & own:
            return event
    return None


def _aims_of_act_by_another(event: Event, own: set[str], kinds: frozenset[str]) -> set[str] | None:
    """The countries an asserted act of one of ``kinds`` by another side than ``own`` is
    aimed at (none, for an act aimed at no country); None for any other event."""
    if event.type not in kinds or event.hypothetical or event.negated:
        return None
    authors = _countries(event.source)
    return _countries(event.target) if authors and not authors & own else None


def latest_act_against(events: list[Event], before: int, own: set[str], kinds: frozenset[str], *,
                       skip: Event | None = None, unaimed: bool = False) -> Event | None:
    """The latest asserted act of one of ``kinds`` told before offset ``before``, by another
    country than ``own``, aimed at one of ``own``; with ``unaimed``, failing that, the
    latest such act whose target no country is."""
    aimed: tuple[int, Event | None] = (-1, None)
    loose: tuple[int, Event | None] = (-1, None)
    for event in events:
        told_at = min((m.start for m in event.mentions), default=event.start)
        targets = _aims_of_act_by_another(event, own, kinds) if event is not skip and told_at < before else None
        if targets is None:
            continue
        if targets & own and told_at > aimed[0]:
            aimed = (told_at, event)
        elif unaimed and not targets and told_at > loose[0]:
            loose = (told_at, event)
    return aimed[1] or loose[1]


def _countries(side: Participant | list[Participant] | None) -> set[str]:
    """The countries a side acts for, or the international organisations ("IGO:EU"), as
    ``acting_for`` codes a person who serves one."""
    actors = [acting_for(p).actor for p in side_members(side) if p.actor]
    return {a.country or a.id for a in actors if a.country or a.id.startswith("IGO:")}
