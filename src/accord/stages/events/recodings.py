"""Recodings: named rules, each with a version, that code an act as another one than the
pattern that fired says.

By who acts on whom (``SIDE_RECODINGS``): a riot, an apology, censorship, an official
complaint, a sanction, an expulsion. By mood (``MOOD_RECODINGS``): a stated future or
pledge is coded as the intention it is, AGREE when it helps and THREATEN when it harms
(``will send aid``, ``will impose sanctions``; the codes from ``intent_cameo_codes`` of
``data/lexicon.tsv``), a stated refusal (``will not negotiate``) is a REJECT (by
``refusal_cameo_codes``), a future with ``unless`` is an ultimatum, failing to reach an
agreement is a rejection, and an army preparing an attack shows force (MOBILIZE). Also
here: a pledge whose aim is force is a threat, soldiers arriving are deployed (not on a
visit), and an arrest "on charges of" or "for doing" something also codes the accusation
it carries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accord.record import Event, Participant
from accord.stages.events.candidates import Candidate
from accord.stages.events.grammar import _infinitive, _to_infinitive
from accord.stages.events.lexicon import (
    CHARGE_NOUNS, COOPERATIVE_TYPES, DECIDED_TYPES, DOWNSIZING_VERBS, INTENT_CAMEO_CODES, LEAVING_VERBS,
    MATERIAL_CONFLICT_TYPES, ONLINE_NOUNS, ORDERING_VERBS, PRISON_TERM_VERBS, REFUSAL_CAMEO_CODES,
    RESTRICTION_NOUNS, SEA_NOUNS, STAFF_NOUNS, VERDICT_VERBS, WEAPON_NOUNS,
)
from accord.stages.events.modality import _announced, _failed, _prepared, _ultimatum
from accord.stages.events.participants import _foreign
from accord.stages.events.patterns import Pattern, load_cameo
from accord.stages.events.vetoes import _figurative
from accord.stages.syntax import child as _child


# What an arrival is when soldiers arrive (see the "visit" patterns).
_ARRIVAL_OF_PEACEKEEPERS = Pattern("arrive", "VERB", "AID", "peacekeeping", "074", "no")
_ARRIVAL_OF_TROOPS = Pattern("arrive", "VERB", "MOBILIZE", "troops", "154", "no")


@dataclass(frozen=True)
class Recoding:
    """A named rule that codes an act as another one than the pattern that fired says.

    ``recode`` returns what it changes, or None where it does not apply; ``version`` rises
    whenever the rule's behaviour changes, so that a trace names the rule that ran.
    """

    name: str
    version: int
    description: str
    recode: Callable[..., Any]


@dataclass
class Sides:
    """What the recodings by who acts on whom read of an act."""

    event_type: str
    pattern: Pattern
    head: Any
    event_object: Any | None
    source: list[Participant]
    target: list[Participant] | str
    riot: bool


@dataclass
class Mood:
    """What the recodings by mood read of an act, and change: its type, code, negation and
    auxiliary modes."""

    event_type: str
    cameo: str
    mode: str | None
    negated: bool
    mood: str
    head: Any
    clause: Any
    auxiliary: list[str] = field(default_factory=list)


def _told_to_leave(verb: Any) -> bool:
    """"ordered X to leave", "gave X 72 hours to quit the country", "ordered the embassy
    to cut its staff"."""
    aim = _infinitive(verb)
    if verb.lemma_.lower() not in ORDERING_VERBS or aim is None:
        return False
    return aim.lemma_.lower() in LEAVING_VERBS or (aim.lemma_.lower() in DOWNSIZING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STAFF_NOUNS for c in aim.children))


# --- by who acts on whom: (type, cameo, mode) or None ---

def _riot(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    return ("PROTEST", "145", "riot") if act.riot else None


def _apology(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    obj = act.event_object
    if act.event_type == "ACCUSE" and obj is not None and obj.lemma_.lower() == "regret" \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in [*obj.children, *act.head.children]):
        return "SUPPORT", "055", None  # "expressed regret to Congo for the colonial era"
    return None


def _censorship(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    obj = act.event_object
    if act.event_type == "PROTEST" and obj is not None and obj.lemma_.lower() == "access" \
            and any(g.lemma_.lower() in ONLINE_NOUNS for c in obj.children if c.dep_ == "prep"
                    for g in c.subtree):
        return "COERCE", "172", "restrict"  # "blocked access to social media"
    return None


def _official_complaint(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    if act.event_type == "PROTEST" and act.pattern.trigger == "protest" and act.pattern.pos == "VERB" \
            and not _to_infinitive(act.head) \
            and act.source and all(coder._is_state(p) for p in act.source):
        return "ACCUSE", "114", "disapprove"
    return None


def _foreign_restriction(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    obj = act.event_object
    if act.event_type == "COERCE" and act.pattern.mode == "restrict" and obj is not None \
            and obj.lemma_.lower() in RESTRICTION_NOUNS and _foreign(act.target, act.source):
        return "SANCTION", "163", act.pattern.mode
    return None


def _diplomat_expelled(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    obj, target = act.event_object, act.target
    if act.event_type == "COERCE" and obj is not None and obj.lemma_.lower() == "expulsion" \
            and _foreign(target, act.source) and all(p.actor and p.actor.sector == "GOV" for p in target):
        return "SANCTION", "166", "expel"
    return None


def _told_to_leave_the_country(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    if act.event_type == "REQUEST" and _told_to_leave(act.head) and _foreign(act.target, act.source):
        return "SANCTION", "166", "expel"
    return None


def _police_raid(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    # "police raided four houses": a search by the police is coercion (1721), where an
    # army's or a militia's raid is an attack
    if act.event_type == "ASSAULT" and act.pattern.trigger == "raid" and act.source \
            and all(p.actor and p.actor.sector in ("COP", "JUD") for p in act.source):
        return "COERCE", "1721", "raid"
    return None


def _handed_to_police(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    # "handed over to Peruvian police three men wanted for robbery": what another state's
    # police or courts receive is a judicial handover (063), not a release
    if act.event_type == "RETREAT" and act.pattern.trigger.startswith("hand over") \
            and isinstance(act.target, list) and act.target and _foreign(act.target, act.source) \
            and all(p.actor and p.actor.sector in ("COP", "JUD") for p in act.target):
        return "COOPERATE", "063", None
    return None


def _weapon_test(coder: Any, act: Sides) -> tuple[str, str, str | None] | None:
    # "fired a ballistic missile into the sea": a launch that hits no one shows force (150)
    objects = [c for c in act.head.children if c.dep_ == "dobj"]
    if act.event_type == "ASSAULT" and not act.target and any(o.lemma_.lower() in WEAPON_NOUNS for o in objects) \
            and any(c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "off") and any(
                g.lemma_.lower() in SEA_NOUNS for g in c.subtree) for c in act.head.children):
        return "MOBILIZE", "150", None
    return None


# In order: the first that applies recodes the act. The name is also the rule suffix.
SIDE_RECODINGS: tuple[Recoding, ...] = (
    Recoding("riot", 1, "protesters torched the embassy, a mob stormed parliament: a riot (145)", _riot),
    Recoding("apology", 1, "expressed regret for the colonial era: an apology (055), not a complaint", _apology),
    Recoding("censorship", 1, "blocked access to social media: censorship (172), not a road block", _censorship),
    Recoding("official", 1, "Japan protested against the remarks: a state's protest is an official complaint (114)",
             _official_complaint),
    Recoding("foreign", 1, "imposed visa restrictions on Nicaraguan officials: restrictions on another country's "
             "people are a sanction (163), on one's own coercion", _foreign_restriction),
    Recoding("diplomat", 1, "ordered the expulsion of France's ambassador: a diplomat expelled (166)",
             _diplomat_expelled),
    Recoding("expulsion", 1, "ordered the French ambassador to leave the country: an expulsion (166)",
             _told_to_leave_the_country),
    Recoding("to-police", 1, "handed over to Peruvian police three wanted men: a judicial handover (063), "
             "not a release", _handed_to_police),
    Recoding("police-raid", 1, "police raided four houses: a police search is coercion (1721), not an attack",
             _police_raid),
    Recoding("weapon-test", 1, "fired a ballistic missile into the sea: a launch that hits no one shows force "
             "(150), no attack", _weapon_test),
)


# --- by mood: change the act and say so (True), else False ---

def _conditional_intention(act: Mood) -> bool:
    # "will withdraw its troops unless ...": a conditional intention is a threat.
    if act.mood == "intent" and _ultimatum(act.head) and act.event_type not in ("THREATEN",):
        act.event_type, act.cameo = "THREATEN", "139"
        return True
    return False


def _failed_agreement(act: Mood) -> bool:
    # "failed to reach an agreement": talks that end without one are a rejection.
    if act.mood == "actual" and act.negated and act.event_type in ("AGREE", "SUPPORT") and _failed(act.clause):
        act.event_type, act.cameo, act.negated = "REJECT", "120", False
        return True
    return False


def _refusal(act: Mood) -> bool:
    # "will not negotiate with X", "said it would not send aid": a refusal is a deed.
    if act.mood == "intent" and act.negated and act.event_type in REFUSAL_CAMEO_CODES:
        act.event_type, act.cameo, act.negated = "REJECT", REFUSAL_CAMEO_CODES[act.event_type], False
        return True
    return False


def _given_up(act: Mood) -> bool:
    # "Hungary said it would no longer object to the talks", "will no longer block the
    # package": giving up a stand against another is a concession (CAMEO 080, yield).
    hostile = act.event_type in ("REJECT", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "PROTEST")
    if hostile and not act.negated and _no_longer(act.head):
        act.event_type, act.cameo, act.mode = "CONCEDE", "080", None
        if act.mood == "intent" and "future" not in act.auxiliary:
            act.auxiliary.append("future")
        return True
    return False


def _no_longer(head: Any) -> bool:
    """"no longer object", "not ... any longer", "not ... anymore"."""
    for c in head.children:
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ in ("no", "any") for g in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ == "anymore":
            return True
    return False


def _preparation(act: Mood) -> bool:
    # "the army prepared to resume shelling": readying force is a force posture.
    if act.mood == "intent" and act.event_type == "ASSAULT" and _prepared(act.head):
        act.event_type, act.cameo = "MOBILIZE", "152"
        return True
    return False


def _announced_coercion(act: Mood) -> bool:
    # "will expel 23 diplomats", "said it would impose sanctions from Monday": a
    # coercive act announced as decided is that act, still to come (PLOVER's
    # auxiliary mode "future"); a warning or a plan stays a threat, below.
    if act.mood == "intent" and act.event_type in DECIDED_TYPES and _announced(act.head):
        act.auxiliary.append("future")
        return True
    return False


def _announced_retreat(act: Mood) -> bool:
    # "will withdraw its troops", "will hand over the pilot", "said it would ease the
    # curfew": an announced retreat is a concession, as the PLOVER manual codes it (its
    # section on CONCEDE), though its 2021 CAMEO table maps CAMEO's own code for such
    # an announcement, 035 "express intent to yield", to AGREE; the CAMEO code stays
    # CAMEO's. An offer or a willingness to retreat ("agreed to withdraw", "is prepared
    # to lift the ban") and a promised ceasefire are agreements, below.
    if act.mood == "intent" and act.event_type in ("RETREAT", "CONCEDE") and act.mode != "ceasefire" \
            and _announced(act.head):
        act.event_type, act.cameo = "CONCEDE", "035"
        return True
    return False


def _stated_intention(act: Mood) -> bool:
    # A stated future is a pledge when it helps and a threat when it harms
    # (CAMEO's "express intent to ..." and "threaten to ..." codes).
    if act.mood == "intent" and act.event_type in INTENT_CAMEO_CODES:
        act.cameo = INTENT_CAMEO_CODES[act.event_type]
        act.event_type = "AGREE" if act.event_type in COOPERATIVE_TYPES else "THREATEN"
        return True
    return False


@dataclass(frozen=True)
class MoodRecoding(Recoding):
    """A recoding by mood, and the word its rule prefix says it with ("intent(RETREAT) ...")."""

    prefix: str = ""


# In order: the first that applies recodes the act.
MOOD_RECODINGS: tuple[MoodRecoding, ...] = (
    MoodRecoding("ultimatum", 1, "a stated future with unless is a threat (139)", _conditional_intention,
                 "ultimatum"),
    MoodRecoding("failure", 1, "failing to reach an agreement is a rejection (120)", _failed_agreement, "failure"),
    MoodRecoding("refusal", 1, "a stated refusal is a rejection, by refusal_cameo_codes", _refusal, "refusal"),
    MoodRecoding("given-up", 1, "no longer objecting, blocking or opposing is a concession (CONCEDE, 080)",
                 _given_up, "given-up"),
    MoodRecoding("preparation", 1, "an army preparing an attack shows force (MOBILIZE, 152)", _preparation,
                 "preparation"),
    MoodRecoding("announced", 1, "a coercive act announced as decided is that act, still to come (future)",
                 _announced_coercion, "announced"),
    MoodRecoding("announced-retreat", 1, "an announced retreat is a concession (CONCEDE, 035)", _announced_retreat,
                 "intent"),
    MoodRecoding("intent", 1, "a stated future is a pledge when it helps (AGREE) and a threat when it harms, "
                 "by intent_cameo_codes", _stated_intention, "intent"),
)


def recode_by_mood(act: Mood) -> MoodRecoding | None:
    """The first recoding by mood that applies, having changed ``act``; else None."""
    return next((recoding for recoding in MOOD_RECODINGS if recoding.recode(act)), None)


# --- others, each where the coder's steps need it ---

def _pledge_of_force(coder: Any, act: Candidate) -> bool:
    """Whether a pledge's aim is force ("vowed to fight", "swore to retaliate"): a threat."""
    return act.event_type == "AGREE" and act.pattern.pos == "VERB" and coder._violent_aim(act.head)


def _soldiers_arriving(act: Candidate) -> bool:
    """Troops that arrive are deployed, peacekeepers to keep the peace: no visit. Recodes
    ``act`` and says so."""
    if act.pattern.mode == "visit" and act.source and all(
            p.actor and (p.actor.sector == "MIL" or p.actor.role == "General") for p in act.source):
        peacekeeping = any("peacekeep" in p.text.lower() for p in act.source)
        act.event_type, act.pattern = (("AID", _ARRIVAL_OF_PEACEKEEPERS) if peacekeeping
                                       else ("MOBILIZE", _ARRIVAL_OF_TROOPS))
        return True
    return False


PLEDGE_OF_FORCE = Recoding("pledge-of-force", 1, "a pledge whose aim is force is a threat (THREATEN, 138)",
                           _pledge_of_force)
SOLDIERS_ARRIVING = Recoding("soldiers-arriving", 1, "soldiers who arrive are deployed (MOBILIZE, 154), "
                             "peacekeepers keep the peace (AID, 074): no visit", _soldiers_arriving)




class _Recodings:
    """Acts recoded after a pattern fired (mixed into the coder)."""

    def _recoded(self, event_type: str, pattern: Pattern, head: Any, event_object: Any | None,
                 source: list[Participant], target: list[Participant] | str, riot: bool = False
                 ) -> tuple[str, str, str | None, str] | None:
        """``(type, cameo, mode, why)`` when who acts on whom makes the act another one than
        the pattern says (``SIDE_RECODINGS``, the first that applies), else None."""
        act = Sides(event_type, pattern, head, event_object, source, target, riot)
        for recoding in SIDE_RECODINGS:
            found = recoding.recode(self, act)
            if found is not None:
                return (*found, recoding.name)
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
                or not event.source or not event.target or head.lemma_.lower() in VERDICT_VERBS:
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


CHARGE = Recoding("charge", 1, "an arrest on charges of, or for doing, something also codes the accusation "
                  "(ACCUSE, 112)", _Recodings.charge)

# Every recoding by name, for traces and documentation.
RECODINGS: dict[str, Recoding] = {r.name: r for r in (*SIDE_RECODINGS, *MOOD_RECODINGS, PLEDGE_OF_FORCE,
                                                       SOLDIERS_ARRIVING, CHARGE)}
