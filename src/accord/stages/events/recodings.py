"""Recodings: where who acts on whom makes the act another one than the pattern says (a
riot, an apology, censorship, an official complaint, a sanction, an expulsion), a pledge
whose aim is force (a threat), soldiers arriving (a deployment, not a visit), and the
accusation an arrest carries."""

from __future__ import annotations

import dataclasses
from typing import Any

from accord.record import Event, Participant
from accord.stages.events.grammar import _infinitive, _to_infinitive
from accord.stages.events.lexicon import (
    CHARGE_NOUNS, MATERIAL_CONFLICT_TYPES, ONLINE_NOUNS, PRISON_TERM_VERBS, VERDICT_VERBS,
)
from accord.stages.events.participants import _foreign
from accord.stages.events.patterns import Pattern, load_cameo
from accord.stages.events.vetoes import _figurative
from accord.stages.syntax import child as _child


# What an arrival is when soldiers arrive (see the "visit" patterns).
_ARRIVAL_OF_PEACEKEEPERS = Pattern("arrive", "VERB", "AID", "peacekeeping", "074", "no")


_ARRIVAL_OF_TROOPS = Pattern("arrive", "VERB", "MOBILIZE", "troops", "154", "no")


def _told_to_leave(verb: Any) -> bool:
    """"ordered X to leave", "gave X 72 hours to quit the country"."""
    aim = _infinitive(verb)
    return verb.lemma_.lower() in ("order", "tell", "give", "instruct") and aim is not None \
        and aim.lemma_.lower() in ("leave", "depart", "quit", "exit")


class _Recodings:
    """Acts recoded after a pattern fired (mixed into the coder)."""

    def _recoded(self, event_type: str, pattern: Pattern, head: Any, event_object: Any | None,
                 source: list[Participant], target: list[Participant] | str, riot: bool = False
                 ) -> tuple[str, str, str | None, str] | None:
        """``(type, cameo, mode, why)`` when who acts on whom makes the act another one than
        the pattern says, else None:

        - "protesters torched the embassy", "a mob stormed parliament": a riot (145);
        - "expressed regret for the colonial era": an apology (055), not a complaint;
        - "blocked access to social media": censorship (172), not a road block;
        - "Japan protested against the remarks": a state's protest is an official complaint (114);
        - "imposed visa restrictions on Nicaraguan officials": restrictions on another
          country's people are a sanction (163), on one's own coercion;
        - "ordered the expulsion of France's ambassador", "ordered the French ambassador to
          leave the country": a diplomat expelled (166).
        """
        if riot:
            return "PROTEST", "145", "riot", "riot"
        if event_type == "ACCUSE" and event_object is not None and event_object.lemma_.lower() == "regret" \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in [*event_object.children, *head.children]):
            return "SUPPORT", "055", None, "apology"  # "expressed regret to Congo for the colonial era"
        if event_type == "PROTEST" and event_object is not None and event_object.lemma_.lower() == "access" \
                and any(g.lemma_.lower() in ONLINE_NOUNS for c in event_object.children if c.dep_ == "prep"
                        for g in c.subtree):
            return "COERCE", "172", "restrict", "censorship"  # "blocked access to social media"
        if event_type == "PROTEST" and pattern.trigger == "protest" and pattern.pos == "VERB" \
                and not _to_infinitive(head) \
                and source and all(self._is_state(p) for p in source):
            return "ACCUSE", "114", "disapprove", "official"
        if event_type == "COERCE" and pattern.mode == "restrict" and event_object is not None \
                and event_object.lemma_.lower() in ("restriction", "ban") and _foreign(target, source):
            return "SANCTION", "163", pattern.mode, "foreign"
        if event_type == "COERCE" and event_object is not None and event_object.lemma_.lower() == "expulsion" \
                and _foreign(target, source) and all(p.actor and p.actor.sector == "GOV" for p in target):
            return "SANCTION", "166", "expel", "diplomat"
        if event_type == "REQUEST" and _told_to_leave(head) and _foreign(target, source):
            return "SANCTION", "166", "expel", "expulsion"
        return None

    def _violent_aim(self, verb: Any) -> bool:
        """True when a pledge's aim is an act of force: "vowed to fight until ..."
        (not "vowed to fight corruption", nor "pledged to send food aid")."""
        aim = _child(verb, "xcomp")
        if aim is None or _figurative(aim):
            return False
        found = self.triggers(aim)
        return bool(found) and found[0][0].type in MATERIAL_CONFLICT_TYPES

    def charge(self, event: Event, head: Any) -> Event | None:
        """The accusation an arrest states: "jailed X on charges of treason", "arrested for
        spying" (CAMEO 112, same sides), else None. "Jailed for spying" is a term served, and
        "sentenced", "convicted" a verdict: neither makes a new accusation."""
        if event.type != "COERCE" or event.mode != "arrest" or event.negated or event.hypothetical \
                or event.source is None or event.target is None or head.lemma_.lower() in VERDICT_VERBS:
            return None  # a verdict ends a case: the charge was made long before
        sentenced = head.lemma_.lower() in PRISON_TERM_VERBS
        for prep in (c for c in head.children if c.dep_ == "prep"):
            pobj, pcomp = _child(prep, "pobj"), _child(prep, "pcomp")
            grounds = prep.lower_ in ("on", "over") and pobj is not None and any(
                g.lemma_.lower() in CHARGE_NOUNS for g in (pobj, *pobj.conjuncts))  # "on graft and terrorism charges"
            crime = prep.lower_ == "for" and pcomp is not None and pcomp.tag_ == "VBG" and not sentenced
            if grounds or crime:
                return dataclasses.replace(event, type="ACCUSE", mode="disapprove", cameo="112",
                                           intensity=load_cameo().get("112"), rule=f"charge({event.rule})")
        return None
