"""The events stage: PLOVER events from the dependency parse, with their evidence.

A trigger listed in ``data/event_patterns.tsv`` (a verb, a verb with a particle or an
object, a noun phrase such as ``telephone conversation``, or an intent adjective such as
``ready`` / ``willing``) fires an event when its clause names actors:

- the source is the clause's subject (the agent of a passive), with its conjuncts
  (``China and Russia``, or a list the parser read as an apposition); a verb without a
  subject of its own takes its governor's, and the infinitive of "urged X to ..." (an
  object-control verb) takes X; "received weapons from X" makes X the giver;
- the target is the object, the object of ``with`` / ``to`` / ``against`` ..., or an
  actor hanging on the object noun ("an agreement with the EU", "evidence against X");
  the accused of "alleged that X ..." and the one asked in "demanded that X ..." are the
  subject of the clause; "claimed that X had attacked Y" is an accusation of X (a claim
  about one's own act is the act); a report or statement speaks for its author ("a
  report by X", "a UN report", "released in Kigali"); "acceded to demands by X" answers
  X; ``each other`` makes the event reciprocal, actors acting
  together ("X and Y met") act on each other, a visit is to the country of the place
  arrived in, a protest at home addresses the government, force used at home falls on
  the people, an attack in another country's territory is aimed at that country, and a
  deployment or withdrawal faces the country named near it ("troops near Ukraine's
  border"), not the troops moved; a domestic event with no target named acts on the
  implied side (a strike addresses the government, a curfew lifted the public; rule
  suffix ``implied-target``, low confidence);
- pronouns take the person last named; ``the two countries``, ``both sides`` and ``the
  two heads of state`` take the two countries the article is about; sectors of one
  country (police and protesters) are two sides of a domestic event.

An event whose pattern needs a target and finds none is not coded, no event rather than
a guess. Attacks are the exception: a harm done "in an air strike by X" or "by Israeli
fire" is X's, and one by unknown hands is coded, as event data codes it, to unidentified
forces of the country it happened in (rule suffix ``author-unknown``, low confidence).

Modality is kept apart from deeds: negation (``did not``, ``denied``) and possibility or
condition (``could``, ``if``) are flagged; a stated future or pledge is coded as the
intention it is, AGREE when it helps and THREATEN when it harms (``will send aid``,
``will impose sanctions``), a stated refusal (``will not negotiate``) is a REJECT, and a
future with ``unless`` is an ultimatum; failing to reach an agreement is a rejection, and
an army preparing an attack shows force (MOBILIZE). The mood carries down embedded
clauses ("ready to send troops to help defend X") and to event nouns ("demanded the
withdrawal"); what is permitted or claimed of another is not done; an attempted use of
force is force used. An arrest "on charges of" or "for doing" something also codes the
accusation it carries. A noun that names the object of an event already
coded ("staged a protest") or of a verb that undoes it ("called off the strike") makes
no second event. Figurative objects (``fought the virus``) make no violence. "Y must
..." in X's statement is X's demand on Y.

The date comes from the sentence's own time expression, else from the dateline or
publication date; "the Nth anniversary of" an event dates it N years back, and dates
more than a year before the article are flagged historical. CAMEO codes carry their
Goldstein intensity from ``data/cameo.tsv`` (GDELT's table with the PLOVER map).
"""

from __future__ import annotations

import csv
import dataclasses
import re
import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from accord.record import Actor, Document, Entity, Event, Mention, Participant, TimeRef
from accord.stages.actors import CONTEXT_RULES, LED_BY
from accord.stages.offsets import Paragraphs, SpanIndex, entity_index
from accord.stages.syntax import DURATIONS, subject_of
from accord.stages.syntax import child as _child

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_TARGET_PREPS = {"with", "to", "against", "on", "at", "for", "toward", "towards", "into", "between", "behind"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_POSSIBILITY_AUX = {"could", "may", "might", "should", "can", "must", "ca"}
# Adverbs that make a stated future someone's forecast rather than an announcement.
_SPECULATION = {"likely", "probably", "possibly", "perhaps", "maybe", "reportedly", "allegedly",
                "supposedly", "certainly", "presumably", "eventually"}
_REPORTING = {"say", "announce", "tell", "state", "declare", "indicate", "add", "confirm", "report"}
# Heads whose complement is a stated aim (coded as intent) or only a wish (hypothetical).
# "decided to" is neither: a decision taken is the act, on the day it is taken.
_INTENT_HEADS = {"threaten", "plan", "intend", "aim", "agree", "promise", "pledge", "vow", "want",
                 "commit", "offer", "prepare", "ready", "willing", "prepared", "swear", "resolve",
                 "determined", "set", "expect", "seek", "schedule"}
_ATTEMPT_HEADS = {"try", "attempt"}
_WISH_HEADS = {"hope", "wish", "consider", "propose", "urge", "ask",
               "call", "demand", "like", "need", "press", "pressure", "persuade", "encourage", "invite",
               "let", "allow", "enable", "permit"}
_CIVIL_SECTORS = {"CVL", "NGO", "EDU", "MED", "BUS", "REL", "PTY", "OPP"}
_AWAITING_HEADS = {"brace", "fear", "anticipate", "await", "dread", "predict", "forecast"}
_PERMISSION_NOUNS = {"permission", "approval", "consent", "authorization", "authorisation", "go-ahead"}
_NEGATING_HEADS = {"deny", "refuse", "fail", "decline"}
# "accused X of attacking", "suspected of blowing up": the act is the accusation's content.
_ALLEGING_HEADS = {"accuse", "suspect", "allege", "charge", "blame", "indict"}
# Clauses whose mood comes from the word they hang on: "ready to [send]", "a plan to [strike]".
_EMBEDDED = {"xcomp", "ccomp", "pcomp", "acl", "advcl"}
_INTENT_NOUNS = {"plan", "pledge", "promise", "vow", "intention", "commitment", "decision", "readiness",
                 "offer", "threat", "willingness"}
_WISH_NOUNS = {"demand", "call", "appeal", "request", "proposal", "hope", "wish", "attempt", "effort",
               "push", "plea", "bid", "need", "right", "pressure", "permission", "authority", "mandate"}
_INTENT_CODES = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "RETREAT": "035",
                 "CONCEDE": "035", "SANCTION": "1312", "COERCE": "132", "ASSAULT": "138", "MOBILIZE": "138",
                 "PROTEST": "133"}
# CAMEO's "reject ..." codes for a refusal of each kind of cooperation.
_REFUSAL_CODES = {"AGREE": "120", "SUPPORT": "120", "CONSULT": "125", "COOPERATE": "121", "AID": "122",
                  "RETREAT": "124", "CONCEDE": "124"}
# Verbs that undo, forbid or put off the event their object names.
_UNDOING_VERBS = {"cancel", "prevent", "postpone", "delay", "ban", "forbid", "prohibit", "stop", "halt",
                  "suspend", "disperse", "break", "end", "block", "oppose", "reject", "avert"}
# Nouns naming an armed attack, whose author a harm done "in" it has.
_ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                 "shelling", "bombing", "bombings", "bombardment", "offensive", "ambush", "assault",
                 "fire", "gunfire", "barrage", "shell", "missile", "rocket", "drone", "operation", "crossfire",
                 # the weapons that make one: "killed in Israeli tank shelling" (read as "in ... tank")
                 "tank", "artillery", "mortar", "warplane", "jet", "helicopter", "gunship"}
# Wishes put into words, with their CAMEO code, and the verbs that put them.
_STATED_WISHES = {"demand": "100", "call": "020", "appeal": "020", "request": "020", "plea": "020"}
_UTTERING_VERBS = {"reiterate", "repeat", "renew", "issue", "make", "voice", "present", "submit", "send",
                   "deliver", "express", "restate", "launch"}
# Actor rules that take the country from the story, not from the words themselves.
_CONTEXT_ONLY = CONTEXT_RULES | {"organisation-generic-context"}
# Texts that speak for their authors: "a report by X alleged that ...".
_DOCUMENTS = {"report", "statement", "study", "document", "letter", "note", "communique", "resolution", "dossier",
              "memo", "declaration", "editorial", "survey", "investigation", "inquiry", "audit"}
# What an arrest is made "on": the accusation it carries.
_WEAPON_NOUNS = {"missile", "rocket", "bomb", "shell", "mortar", "drone", "mine", "grenade", "bullet",
                 "projectile", "torpedo", "device", "explosive"}
_PROTESTER_WORDS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                    "rioter", "rioters", "mob", "mobs", "crowd", "crowds"}
_ADVERSARY_NOUNS = {"opponent", "critic", "detractor"}  # "opponents of X" oppose X's government
_STEP_NOUNS = {"decision", "move", "step", "initiative", "announcement", "offer", "gesture", "ruling", "verdict"}
_SPEECH_NOUNS = {"allegation", "accusation", "remark", "comment", "statement", "claim", "criticism",
                 "charge", "threat", "warning", "insult"}
_CHARGE_NOUNS = {"charge", "allegation", "accusation", "suspicion"}
_VERDICTS = {"sentence", "convict"}  # arrest verbs that end a case rather than open one
_TERMS = {"jail", "imprison"}  # "jailed for spying" is a term served; "jailed on charges" is not
# Modifiers that make a "strike" an armed one.
_MILITARY_WORDS = {"air", "aerial", "military", "naval", "nuclear", "retaliatory", "surgical", "preemptive",
                   "pre-emptive", "precision", "cruise", "ballistic", "artillery"}
# Violent verbs most often used of markets, weather and fortunes: no attack without an author.
_FIGURATIVE_PRONE = {"hit", "strike", "beat", "batter", "hammer", "pound", "rock", "shake"}
# What a warning may name as its harm without an event verb: "warned of reprisals".
_THREAT_NOUNS = {"reprisal", "retaliation", "consequence", "response", "action", "force", "war", "measure",
                 "countermeasure", "sanction", "punishment", "attack", "strike"}
_MUTUAL_VERBS = {"clash", "fight", "fighting", "skirmish", "exchange"}
_PLACE_TARGETED = {"PROTEST", "MOBILIZE", "ASSAULT"}
_TIME_PREPS = {"after", "before", "since", "following", "amid", "during"}
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around"}
_STATIVE_PASSIVES = {"commit", "prepare", "determine", "resolve", "dedicate", "oblige", "oppose", "engage",
                     "involve"}
_AUXILIARY_MODES = ("future", "hypothetical", "historical", "negation")
# Coercive acts that, announced as decided ("will expel", "said it would impose sanctions"),
# are coded as the act itself, still to come; other harms announced are threats.
_DECIDED_TYPES = {"SANCTION", "COERCE", "MOBILIZE"}
# Reporting verbs that make "it would ..." a threat rather than an announcement.
_THREATENING_HEADS = {"warn", "threaten", "vow", "caution"}
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
_PAIR_WORDS = {"countries", "sides", "nations", "states", "heads", "leaders", "governments", "parties"}
# Who "the two ..." or "both ..." may be in a story of two countries: their states' people.
_PAIRED_ROLES = {"minister", "president", "leader", "delegation", "delegate", "commander", "government",
                 "army", "military", "neighbour", "neighbor", "capital", "envoy", "negotiator", "diplomat",
                 "premier", "chief", "counterpart", "head", "official"}
_RECIPROCAL = {"each other", "one another"}
# Event types a statement can itself be.
_STATEMENT_TYPES = {"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"}
_MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
_HOSTILE = _MATERIAL_CONFLICT | {"ACCUSE", "THREATEN", "PROTEST"}


@dataclass(frozen=True)
class Pattern:
    """One line of ``event_patterns.tsv``.

    ``trigger`` is a lemma (``attack``), a lemma and a particle or preposition that must
    hang on it (``call for``, ``pull out``), a lemma and the objects that make it an event
    (``impose +sanction|embargo``), or for nouns a phrase (``telephone conversation``).
    """

    trigger: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    needs_target: str
    particles: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.particles)


@lru_cache(maxsize=None)
def load_patterns(path: Path = DATA_DIR / "event_patterns.tsv") -> dict[tuple[str, str], list[Pattern]]:
    """``(first word, pos) -> patterns``, the most specific first."""
    table: dict[tuple[str, str], list[Pattern]] = {}
    cameo = load_cameo()
    with path.open(encoding="utf-8", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
            problem = _pattern_problem(row, cameo)
            if problem:
                # An analyst's edit with a missing tab shifts every column: say where.
                raise ValueError(f"{path}:{number}: {problem}")
            words = row["trigger"].split()
            objects = frozenset(w for word in words[1:] if word.startswith("+") for w in word[1:].split("|"))
            particles = tuple(w for w in words[1:] if not w.startswith("+")) if row["pos"] == "VERB" else ()
            pattern = Pattern(row["trigger"], row["pos"], row["type"], row["mode"] or None, row["cameo"],
                              row["needs_target"], particles=particles, objects=objects)
            table.setdefault((words[0], row["pos"]), []).append(pattern)
    for patterns in table.values():
        patterns.sort(key=lambda p: -p.specificity)
    return table


PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_NEEDS_TARGET = ("yes", "no", "joint", "intransitive", "giver", "xcomp", "control", "harm", "threat", "moved")


def _pattern_problem(row: dict[str, str | None], cameo: dict[str, float]) -> str | None:
    """What is wrong with one row of ``event_patterns.tsv``, or None."""
    if not (row.get("trigger") or "").strip():
        return "empty trigger"
    if row.get("pos") not in ("VERB", "NOUN", "ADJ"):
        return f"pos {row.get('pos')!r} is not VERB, NOUN or ADJ (is a tab missing?)"
    if row.get("type") not in PLOVER_TYPES:
        return f"type {row.get('type')!r} is not a PLOVER event type"
    if row.get("cameo") not in cameo:
        return f"CAMEO code {row.get('cameo')!r} is not in cameo.tsv"
    if row.get("needs_target") not in _NEEDS_TARGET:
        return f"needs_target {row.get('needs_target')!r} is not one of {', '.join(_NEEDS_TARGET)}"
    return None


# What an arrival is when soldiers arrive (see the "visit" patterns).
_ARRIVAL_OF_PEACEKEEPERS = Pattern("arrive", "VERB", "AID", "peacekeeping", "074", "no")
_ARRIVAL_OF_TROOPS = Pattern("arrive", "VERB", "MOBILIZE", "troops", "154", "no")


@lru_cache(maxsize=None)
def _word_list(path: Path) -> frozenset[str]:
    """The ``word`` column of a one-word-per-row TSV, lower-cased."""
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["word"].lower() for row in csv.DictReader(fh, delimiter="\t"))


def load_abstract_objects(path: Path = DATA_DIR / "abstract_objects.tsv") -> frozenset[str]:
    """Nouns that make a violent verb figurative: "fought the virus", "attack on inflation"."""
    return _word_list(path)


def load_economic_nouns(path: Path = DATA_DIR / "economic_nouns.tsv") -> frozenset[str]:
    """Nouns a country's name modifies without making them actors: "U.S. futures settled"."""
    return _word_list(path)


def load_accidental_causes(path: Path = DATA_DIR / "accidental_causes.tsv") -> frozenset[str]:
    """Nouns naming harm that is nobody's act: "killed in a bus crash", "a flood killed"."""
    return _word_list(path)


@lru_cache(maxsize=None)
def load_cameo(path: Path = DATA_DIR / "cameo.tsv") -> dict[str, float]:
    """CAMEO code -> Goldstein value."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: float(row["goldstein"]) for row in csv.DictReader(fh, delimiter="\t")}


def code_events(doc: Document) -> Document:
    """Fill ``doc.events`` from ``doc.nlp``, ``doc.entities`` and ``doc.times``."""
    coder = _Coder(doc)
    events: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    triggered: list[tuple[Event, Any]] = []  # each event with its trigger's head token
    for sent in doc.nlp.sents:
        for tok in sent:
            for pattern, trigger in coder.triggers(tok):
                event = coder.event(pattern, trigger, sent)
                if event is not None:
                    for coded in (event, coder.charge(event, trigger.root)):
                        if coded is not None and _identity(coded) not in seen:
                            seen.add(_identity(coded))
                            events.append(coded)
                            triggered.append((coded, trigger.root))
                    break  # the most specific pattern that codes an event wins
    # "agreed to lift the sanctions on Iran" is one pledge: the intention coded from the
    # infinitive says more than the bare "agreed" with no one on the receiving end.
    pledged = {head.head.i for e, head in triggered if e.rule and e.rule.startswith("intent(")}
    events = [e for e, head in triggered
              if not (e.type in ("AGREE", "THREATEN") and e.target is None and head.i in pledged)]
    seen = {_identity(e) for e in events}
    cooperation = {e.start for e in events if e.type == "COOPERATE"}
    # A joint operation already coded as cooperation in its sentence is not coded again.
    events.extend(e for e in [*coder.obligations(), *coder.stated_demands(), *coder.joint_operations()]
                  if _identity(e) not in seen and not (e.rule == "joint-operation" and e.start in cooperation))
    # Political event data: a deal between two companies ("Rexcom agreed to buy Postech")
    # is no event between political actors.
    events = [e for e in events if not _between_businesses(e)]
    for event in events:
        event.auxiliary = auxiliary_modes(event)
    doc.events = one_per_happening(events)
    link_quotes(doc)
    return doc


def one_per_happening(events: list[Event]) -> list[Event]:
    """One event for each happening an article reports, with every sentence that reports it
    in ``mentions``: the lead and a later paragraph (or a live page's entries) that tell of
    the same act by the same sides on the same day are one event, the first told.

    Events are the same happening when type, the countries (or organisations) and sectors
    of each side, the date, the place and the modes agree; an event whose sides name no
    country or organisation is never merged (two arrests by "police" may be two).
    """
    kept: dict[tuple[Any, ...], Event] = {}
    out: list[Event] = []
    for event in events:
        mention = Mention(sentence=event.sentence, start=event.start, end=event.end, trigger=event.trigger)
        key = _happening(event)
        first = kept.get(key) if key is not None else None
        if first is not None:
            first.mentions.append(mention)
            continue
        event.mentions = [mention]
        if key is not None:
            kept[key] = event
        out.append(event)
    return out


def _happening(event: Event) -> tuple[Any, ...] | None:
    def codes(side: Participant | list[Participant] | None) -> frozenset[str]:
        members = side if isinstance(side, list) else [side] if side else []
        return frozenset((p.actor.country or p.actor.id, p.actor.sector) for p in members if p.actor
                         and (p.actor.country or p.actor.id.startswith(("IGO:", "STB:", "GRP:"))))
    source, target = codes(event.source), codes(event.target)
    if not source:
        return None
    place = (event.location or "").lower() or None
    return (event.type, source, target, event.date, place, tuple(event.auxiliary))


def auxiliary_modes(event: Event) -> list[str]:
    """PLOVER's auxiliary modes of an event, in a fixed order: those it was given (``future``)
    and those its flags say."""
    modes = set(event.auxiliary)
    modes.update(name for name, flag in (("negation", event.negated), ("hypothetical", event.hypothetical),
                                         ("historical", event.historical)) if flag)
    return [m for m in _AUXILIARY_MODES if m in modes]


def link_quotes(doc: Document) -> None:
    """Link each statement to the event it is: "X accused Y of ...", "X urged Y to ...".

    A quote is an event when the event's trigger is the quote's cue, or when the event is
    coded inside the quote's sentence with the quote's speaker as its source.
    """
    events = SpanIndex(doc.events)
    for quote in doc.quotes:
        quote.event = None
        speaker = quote.speaker.actor if quote.speaker and quote.speaker.actor else None
        for i, event in events.meeting(quote.start, quote.end):
            same_cue = quote.cue is not None and event.trigger == quote.cue
            sources = event.source if isinstance(event.source, list) else [event.source] if event.source else []
            same_speaker = speaker is not None and any(
                p.actor is not None and (p.actor.id == speaker.id or (p.actor.country and p.actor.country == speaker.country
                                                                       and p.actor.kind == speaker.kind))
                for p in sources)
            if same_cue or (same_speaker and event.type in _STATEMENT_TYPES):
                quote.event = i
                break


def _told_to_leave(verb: Any) -> bool:
    """"ordered X to leave", "gave X 72 hours to quit the country"."""
    aim = _infinitive(verb)
    return verb.lemma_.lower() in ("order", "tell", "give", "instruct") and aim is not None \
        and aim.lemma_.lower() in ("leave", "depart", "quit", "exit")


def _foreign(target: Any, source: list[Participant]) -> bool:
    """Whether every actor acted on is of another country than every actor acting."""
    mine = {p.actor.country for p in source if p.actor and p.actor.country}
    theirs = {p.actor.country for p in target if p.actor and p.actor.country} if isinstance(target, list) else set()
    return bool(mine) and bool(theirs) and not mine & theirs


def _agent(verb: Any) -> Any | None:
    """The noun after "by" of a passive verb ("imposed by the EU"), or None."""
    agent = _child(verb, "agent")
    return _child(agent, "pobj") if agent is not None else None


def _to_infinitive(verb: Any) -> bool:
    """Whether a verb is an infinitive with "to" ("summoned the envoy to protest")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _called_off(verb: Any) -> bool:
    """"called off the strike": cancelled."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _two_of_a_kind(noun: Any) -> bool:
    """"the two ministers", "both delegations", "commanders of both sides": a plural that
    names the two sides of the story."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in _PAIRED_ROLES:
        return False
    words = {t.lower_ for t in noun.subtree}
    return "both" in words or any(c.dep_ == "nummod" and c.lower_ == "two" for c in noun.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _broke_out(verb: Any) -> bool:
    """"clashes broke out": an event began (not "broke the truce")."""
    return verb.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _misread_place(obj: Any) -> bool:
    """"rallied outside parliament": the parser may read the preposition as an adjective
    and the place as a direct object."""
    return obj.dep_ == "dobj" and any(c.dep_ == "amod" and c.lower_ in _PLACE_PREPS for c in obj.children)


def _pattern_name(pattern: Pattern, event_object: Any | None) -> str:
    """The pattern as a rule names it: its words and the object that matched ("deliver
    +rations" for the row "deliver +aid|...|rations|..."), so the rule stays readable."""
    words = pattern.trigger.split(" +")[0]
    return f"{words} +{event_object.lower_}" if event_object is not None else pattern.trigger


def _rioters(side: list[Participant]) -> bool:
    """Whether the actors are protesters: "angry protesters", "a mob"."""
    return bool(side) and all(p.text.split()[-1].lower() in _PROTESTER_WORDS for p in side)


def _between_businesses(event: Event) -> bool:
    """Whether an event is a company's business: companies (sector BUS: "X Corp", "a Swiss
    bank") act, on companies, places or no one."""
    sources = event.source if isinstance(event.source, list) else [event.source] if event.source else []
    targets = event.target if isinstance(event.target, list) else [event.target] if event.target else []
    # a place a company acts in ("closed its Atlanta office") makes it no more political
    if bool(sources) and all(m.actor is not None and m.actor.sector == "BUS" for m in sources) and all(
            m.actor is not None and (m.actor.sector == "BUS" or m.actor.kind == "PLACE") for m in targets):
        return True
    # Organisations the knowledge base does not know, of no country or sector ("Toyota and
    # Panasonic agreed"), make no political event among themselves.
    return bool(sources) and bool(targets) and all(_uncoded(m) for m in sources) and all(
        _uncoded(m) or (m.actor is not None and m.actor.kind == "PLACE") for m in targets)


def _uncoded(member: Participant) -> bool:
    actor = member.actor
    return actor is not None and actor.kind == "ORGANISATION" and actor.id.startswith("ORG:") \
        and not actor.country and not actor.sector


def _identity(event: Event) -> tuple[Any, ...]:
    """What makes two coded events one: type, sentence and the sides' codes."""
    return (event.type, event.start, _codes(event.source), _codes(event.target))


def _codes(side: Participant | list[Participant] | None) -> tuple[str, ...]:
    members = side if isinstance(side, list) else [side] if side else []
    return tuple(sorted(m.actor.country or m.actor.id for m in members if m.actor))


class _Coder:
    """What coding one document needs at hand: its actors, its times, the patterns."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.patterns = load_patterns()
        # A dateline names where the story was filed, never who acted.
        dateline = doc.dateline_span or (0, 0)
        # Actors are what has a country, an organisation, or is a person or group (whose
        # country may be unknown); places and things are not.
        self.actors = [e for e in doc.entities if not dateline[0] <= e.start < dateline[1] and e.actor and (
            e.actor.country or e.actor.id.startswith("IGO:")
            or e.actor.kind in ("IGO", "NGO", "PERSON", "GROUP", "ROLE", "ORGANISATION"))]
        self.index = SpanIndex(self.actors)
        self.entities = entity_index(doc)
        self.times = SpanIndex(doc.times)
        self.reference = doc.reference_date
        # Nouns that are the object of an event verb already coded ("staged a protest").
        self.consumed: set[int] = set()

    # --- triggers ---

    def triggers(self, tok: Any) -> list[tuple[Pattern, Any]]:
        """Patterns that may fire at ``tok``, most specific first, each with its trigger span."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma, "VERB") not in self.patterns:
            lemma = _without_again(lemma, self.patterns, tok.lower_)
        if tok.pos_ in ("VERB", "ADJ"):
            found = []
            for p in self.patterns.get((lemma, tok.pos_), []):
                if _called_off(tok) and "off" not in p.particles:
                    continue  # "called off a planned rally": cancelled, not called
                if p.objects and self._event_object(tok, p) is None:
                    continue
                if p.particles and not _has_particles(tok, p.particles):
                    continue
                if p.needs_target in ("xcomp", "control") and _infinitive(tok) is None:
                    continue  # "declined to resign", not "exports declined"
                if p.needs_target == "moved" and _infinitive(tok) is not None and not any(
                        c.dep_ == "prep" and c.lower_ in ("into", "onto", "to", "across") for c in tok.children):
                    continue  # "ordered troops onto the streets", not "ordered troops to withdraw"
                if p.needs_target == "harm" and not self._reports_harm(tok):
                    continue  # "claimed that X attacked Y", not "claimed that talks went well"
                found.append((p, tok.doc[tok.i:tok.i + 1]))
            if any(p.particles for p, _ in found):
                # "called for" is a request: the bare verb's sense ("called X") does not apply.
                found = [(p, s) for p, s in found if p.particles or p.objects]
            return found
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        found = []
        candidates = self.patterns.get((tok.lower_, "NOUN"), [])
        if lemma != tok.lower_:
            candidates = candidates + self.patterns.get((lemma, "NOUN"), [])
        military = bool(candidates) and any(
            c.dep_ in ("compound", "amod") and (c.lower_ in _ATTACK_NOUNS or c.lower_ in _MILITARY_WORDS)
            for c in tok.children)
        for p in candidates:
            words = p.trigger.split()
            if p.type == "PROTEST" and military:
                continue  # "drone strikes", "an air strike": no walkout
            if len(words) == 1:
                # A lone event noun counts as the object of its clause ("held talks",
                # "in a meeting with"), not wherever it is mentioned.
                if not self._inside_phrase(tok) and (_event_noun_position(tok) or _light_compound(tok)):
                    found.append((p, tok.doc[tok.i:tok.i + 1]))
                continue
            span = tok.doc[tok.i:tok.i + len(words)]
            if [t.lower_ for t in span] == words:
                found.append((p, span))
        found.sort(key=lambda pair: -len(pair[1]))
        return found[:1]

    def _against(self, verb: Any, participant: Participant) -> bool:
        """Whether a participant is named in an "against" phrase of the verb or its object."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return any(participant.start <= t.idx < participant.end or t.idx <= participant.start < t.idx + len(t.text)
                   for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "against"
                   for t in prep.subtree)

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
            if subject is not None and self._participants(subject) and any(
                    a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "wo") for a in claim.children):
                return True  # "warned that police will no longer tolerate rallies"
        content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        content += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "with")
                    for g in c.children if g.dep_ in ("pobj", "pcomp")]
        hostile = [tok for clause in content for tok in clause.subtree if tok.i != verb.i
                   and any(p.type in _HOSTILE | {"REJECT"} for p, _ in self.triggers(tok))]
        # an act someone does ("that the army would strike"), not a harm that befalls
        # ("that the harvest will be hit by drought")
        return any(tok.pos_ == "NOUN" or self._participants(self._doer(tok)) for tok in hostile) or any(
            tok.lemma_.lower() in _THREAT_NOUNS for clause in content for tok in clause.subtree)

    def _doer(self, verb: Any) -> Any:
        """Who does what a verb says: its agent if passive, else its subject (or itself)."""
        pobj = _agent(verb)
        if pobj is not None:
            return pobj
        if _child(verb, "nsubjpass") is not None:
            return verb
        return subject_of(verb) or verb

    def _reports_harm(self, verb: Any) -> bool:
        """Whether the that-clause of ``verb`` reports a hostile act by someone other than
        the one speaking: "claimed that ISIL had attacked Iraq" (not "that they had")."""
        claim = _child(verb, "ccomp")
        if claim is None or (subject_of(claim) is not None and subject_of(claim).pos_ == "PRON"):
            return False
        return any(p.type in _HOSTILE for tok in claim.subtree if tok.i != verb.i
                   for p, _ in self.triggers(tok))

    def _inside_phrase(self, tok: Any) -> bool:
        """True for the tail of a longer noun trigger ("call" in "phone call")."""
        if tok.i == 0:
            return False
        prev = tok.doc[tok.i - 1]
        return any(len(p.trigger.split()) > 1 and p.trigger.split()[-1] == tok.lower_
                   for p in self.patterns.get((prev.lower_, "NOUN"), []))

    def _event_object(self, verb: Any, pattern: Pattern) -> Any | None:
        """The object that makes ``verb`` an event for ``pattern`` ("sanctions" in "impose sanctions",
        "cleansing" in "engaged in ethnic cleansing", "shields" in "held them as shields")."""
        governed = [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
        # "Evidence was presented", "Sanctions were imposed": the passive subject is the object
        direct = _objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "allowed inspectors to visit", "allowed inspectors back into": who is let in
        direct += [_child(c, "nsubj") for c in verb.children
                   if c.dep_ in ("xcomp", "ccomp") and _child(c, "nsubj") is not None]
        direct += [c for o in direct for c in o.conjuncts if c.i > o.i]  # "vehicles and ammunition"
        # "25,000 tons of food aid", "a state of emergency": the noun the measure is of
        measured = [g for o in direct for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                    for g in c.children if g.dep_ == "pobj"]  # "50 million euros in aid"
        measured += [c for o in measured for c in o.conjuncts if c.i > o.i]  # "planeloads of tents and food"
        # "raised the alert level", "lifted the emergency status": the measure's own word
        measured += [c for o in direct if o.lemma_.lower() in ("level", "status", "state", "access", "service")
                     for c in o.children if c.dep_ in ("amod", "compound")]  # "mobile internet access"
        for obj in [*direct, *governed, *measured]:
            if obj.lemma_.lower() in pattern.objects or obj.lower_ in pattern.objects:
                return obj
        return None

    # --- one event ---

    def event(self, pattern: Pattern, trigger: Any, sent: Any) -> Event | None:
        head = trigger.root
        event_object = self._event_object(head, pattern) if pattern.objects else None
        clause = head  # the verb whose mood is the event's
        if pattern.pos == "NOUN":
            clause = _governing_verb(head)
            undone = clause.lemma_.lower() in _UNDOING_VERBS and not _broke_out(clause)
            if head.i in self.consumed or undone or _called_off(clause):
                # "imposed a curfew after the protest" is one event; "called off the
                # strike", "prevented the demonstration" report none.
                return None
            source, target = self._noun_participants(trigger, pattern.type)
        elif pattern.pos == "ADJ":
            if head.dep_ == "acomp":
                clause = head.head  # "must be ready to ...": the copula carries the mood
            source, target = self._intent_participants(head)
        elif pattern.needs_target == "giver":
            source, target = self._giver_participants(head)
        else:
            source, target = self._verb_participants(head, event_object, places=pattern.type not in _COOPERATIVE)
        if pattern.type == "ASSAULT" and pattern.pos == "VERB" and self._accidental(head):
            return None  # "killed in a bus crash", "an earthquake killed 50 people"
        if not source and pattern.type == "ASSAULT" and pattern.pos == "VERB":
            # "were killed in an air strike by Turkish jets", "died in Israeli shelling"
            source = self._attack_author(head)
        if not source and (pattern.type == "COERCE" or pattern.mode == "investigate") \
                and _child(head, "nsubjpass") is not None:
            # "was arrested in Lebanon", "was put under investigation in Italy": arrests and
            # inquiries are made by the state where they happen.
            place = self._place_authority(head) or (self._place_authority(event_object)
                                                    if event_object is not None else [])
            held = [p for p in target if p.actor and p.actor.country] if isinstance(target, list) else []
            source = _sector_of(place or held[:1], "GOV", "ROLE")
        if pattern.type == "MOBILIZE" and not source and isinstance(target, list) and target \
                and _child(head, "nsubjpass") is not None and all(p.actor and p.actor.sector in _STATE_SECTORS
                                                                 for p in target):
            # "riot police were deployed across Nairobi": the state moved its own force
            source, target = target, []
        if not target and pattern.needs_target == "control":
            # "allowed the candidate to run", "wants Putin to act": the one let or asked to
            # act is the infinitive's subject; without one there is no event.
            infinitive = _infinitive(head)
            subject = _child(infinitive, "nsubj") if infinitive is not None else None
            target = self._participants(subject) if subject is not None else []
            if not target:
                return None
        if not target and pattern.type in ("ACCUSE", "REQUEST") and pattern.pos == "VERB":
            # "alleged that France had helped ...", "demanded that the US cancel ...": the
            # accused or the one asked is who the clause is about.
            claim = _child(head, "ccomp")
            subject = subject_of(claim) if claim is not None else None
            target = self._participants(subject) if subject is not None and subject.pos_ != "PRON" else []
        if not source and pattern.pos == "NOUN" and head.lemma_.lower() in _MUTUAL_NOUNS \
                and isinstance(target, list) and len({_key(p) for p in target}) > 1:
            source = list(target)  # "clashes between police and protesters": each side fought
        if not source and pattern.pos == "NOUN" and pattern.type == "COERCE":
            # "the arrests were made in Kano", "were taken into custody", "a curfew was
            # imposed": by the state where they happen, else the state of those held.
            place = self._place_authority(clause) or self._place_authority(head)
            held = [p for p in target if p.actor and p.actor.country] if isinstance(target, list) else []
            source = _sector_of(place or held[:1], "GOV", "ROLE", name="(implied) government")
            if source and not target:
                target = _sector_of(source[:1], "CVL", "GROUP", name="(implied) public")
        if not source and not (pattern.type == "ASSAULT" and target and target != "reciprocal"):
            # No event without its author, except an attack whose victims are known:
            # "three soldiers were killed by a roadside bomb".
            return None
        if pattern.needs_target == "intransitive" and (
                head.dep_ == "acl" or any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") and not _misread_place(c)
                                          for c in head.children)):
            # "demonstrated respect", "demonstrate how ...", "a bill signed by", "was struck by a
            # blackout": none is the act
            return None
        if pattern.needs_target == "threat" and not target:
            if not self._threat_content(head):
                return None  # "warned that the harvest will be poor" threatens no one
            target = self._threatened(head, source)  # "warned it would attack Israeli ships"
        if pattern.type == "ASSAULT" and head.lemma_.lower() in _FIGURATIVE_PRONE and not source:
            return None  # "ports were also hit", "Japan, hardest hit by currency appreciation"
        if pattern.type == "ASSAULT" and head.lemma_.lower() in _MUTUAL_VERBS and source and all(
                p.actor is not None and p.actor.kind == "PERSON"
                for p in [*source, *(target if isinstance(target, list) else [])]):
            return None  # "Regan and Volcker clashed": people, not forces, clash in words
        if head.lemma_.lower() == "call" and _child(head, "oprd") is not None:
            # "calling them an occupying army", "what state radio called unprecedented
            # weather": naming, neither a phone call nor a call on anyone
            return None
        event_type = pattern.type
        if event_type in _MATERIAL_CONFLICT and pattern.pos == "NOUN" and _figurative(head):
            return None  # "the fighting against corruption"
        if event_type in _MATERIAL_CONFLICT and pattern.pos == "VERB" and (
                _figurative(head, event_object) or self._abstract_doer(head)):
            return None  # "fought the virus", "attacked inflation", "the surplus hit a record"
        threat = event_type == "AGREE" and pattern.pos == "VERB" and self._violent_aim(head)
        if threat:
            event_type = "THREATEN"  # "vowed to fight", "swore to retaliate"
        # "protesters torched the embassy", "a mob stormed parliament": a violent protest
        riot = event_type == "ASSAULT" and (pattern.cameo == "1712" or pattern.trigger == "storm") and _rioters(source)
        if riot:
            event_type = "PROTEST"
        if event_type in _COOPERATIVE and isinstance(target, list) and target and all(
                self._against(head, p) for p in target):
            target = []  # "joined forces against al-Shabaab": the common enemy is no partner
        if target == "reciprocal":
            target = list(source)
        elif target:
            # "He urged the two sides": a side that includes the source means the others.
            mine = {_key(p) for p in source}
            target = [p for p in target if _key(p) not in mine] or target
        if event_type in ("REQUEST", "ACCUSE") and self._protest_aim(head):
            return None  # "rallied to demand ...", "marched to denounce": what the protest is for
        if pattern.trigger in _CROWD_VERBS and not _rioters(source):
            return None  # "protesters gathered outside the embassy", not "leaders gathered"
        if pattern.trigger == "protest" and pattern.pos == "VERB" and head.dep_ in ("advcl", "xcomp") \
                and _to_infinitive(head) \
                and source and all(self._is_state(p) for p in source) \
                and any(p for p, _ in self.triggers(head.head)):
            return None  # "summoned the envoy to protest": the summons is the protest
        negated, mood = _modality(clause)
        if pattern.pos == "NOUN" and (any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
                                      or (head.dep_ == "pobj" and head.head.lower_ == "without")):
            negated = True  # "no demonstrations took place", "ended without an agreement"
        if pattern.pos == "NOUN" and _time_phrase(head):
            # "agreed to a ceasefire after two days of fighting": the fighting happened,
            # whatever the clause says of the agreeing.
            negated, mood = False, "actual"
        elif pattern.pos == "NOUN" and clause.i != head.i and mood == "actual":
            # "demanded the withdrawal of", "planned a visit to": the noun's verb wants it
            verb = clause.lemma_.lower()
            if verb in _WISH_HEADS or verb in _AWAITING_HEADS:
                mood = "hypothetical"  # also "braced for renewed strikes", "feared attacks"
            elif verb in _INTENT_HEADS:
                mood = "intent"
        if mood == "attempt":
            # "tried to storm the parliament" is force used; "tried to broker a truce" is not a deal.
            mood = "actual" if pattern.type in _MATERIAL_CONFLICT else "hypothetical"
        if pattern.needs_target == "joint" and len({_key(p) for p in source}) < 2:
            return None  # "launched a satellite" is no joint project
        if event_type == "MOBILIZE" and pattern.needs_target == "intransitive" and source and all(
                p.actor and p.actor.sector in _CIVIL_SECTORS for p in source):
            return None  # "volunteers mobilised to clean the beaches": no force readied
        if event_type in ("MOBILIZE", "RETREAT") and self._moved_force(target, source):
            # "deployed troops near Ukraine's border", "pulled back from the Lebanese border":
            # the force moved is the source's own; the country it faces is the target
            target = self._faced(head, source)
        if not target and (event_type == "RETREAT" or pattern.mode == "withdraw"):
            # "withdrew from Mali", "pulled out of Afghanistan": the country left is the target
            for prep in (c for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out")):
                for pobj in (g for g in prep.subtree if g.dep_ == "pobj"):
                    target = self._participants(pobj) or self._place_of(pobj) or [
                        Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
                        for e in self._entities_for(pobj)]
                    if target:
                        break
                if target:
                    break
        if not target and pattern.mode == "visit":
            # "arrived in Beijing": a visit is to the country of the place it is made in.
            target = self._place_authority(head)
        if pattern.mode == "visit" and source and all(p.actor and (p.actor.sector == "MIL" or p.actor.role == "General")
                                                      for p in source):
            # Troops that arrive are deployed, peacekeepers to keep the peace: no visit.
            peacekeeping = any("peacekeep" in p.text.lower() for p in source)
            event_type, pattern = ("AID", _ARRIVAL_OF_PEACEKEEPERS) if peacekeeping else ("MOBILIZE", _ARRIVAL_OF_TROOPS)
        if event_type in _COOPERATIVE and isinstance(target, list) and target and all(
                p.actor and not p.actor.country and p.actor.kind in ("GROUP", "ROLE") for p in target):
            target = []  # "shared intelligence on the bombing suspects": whom it is about, not with
        if not target and len({_key(p) for p in source}) > 1 and (
                event_type in _COOPERATIVE or head.lemma_.lower() in _MUTUAL_VERBS):
            # "China and Russia met", "X and Y clashed": actors acting together act on each other.
            target = list(source)
            rule_suffix = " joint"
        else:
            rule_suffix = ""
        if not target:
            # A violent act on people or places that are no actors is still the act, and a
            # stated intention needs no one on the receiving end.
            concrete = event_type in _MATERIAL_CONFLICT and (
                any(o.pos_ in ("NOUN", "PROPN") for o in _objects_of(head)) or _child(head, "nsubjpass") is not None)
            if pattern.needs_target in ("yes", "giver") and not concrete and mood != "intent":
                return None
        if not target and event_type in _PLACE_TARGETED:
            # Protests address the authorities where they happen; troops massed or an attack
            # made in another country's territory are aimed at that country.
            target = self._place_authority(head)
            place = self._location(head)
            if not target and place is not None and place.actor.country not in {p.actor.country for p in source
                                                                                 if p.actor}:
                target = [Participant(text=place.text, start=place.start, end=place.end, actor=place.actor)]
            if target and {_key(p) for p in target} <= {_key(p) for p in source}:
                # "Kurds demonstrated in Kirkuk" protest to their own government.
                target = _sector_of(target, "GOV", "ROLE") if event_type == "PROTEST" else []
        if not target and source and _acts_on_public(pattern, head):
            implied = _implied_domestic_target(event_type, source)
            if implied:
                # "workers went on strike over the reform" address their government; "the
                # government lifted the curfew" acts on its people (rule suffix, low confidence)
                target = implied
                rule_suffix += " implied-target"
        if target and {_key(p) for p in source} == {_key(p) for p in target} and len(source) == 1:
            if event_type in _MATERIAL_CONFLICT and all(p.actor and p.actor.kind == "PLACE" for p in target):
                # "imposed a curfew in Kano": a state's force used at home falls on its people.
                target = _sector_of(target, "CVL", "GROUP")
            else:
                return None  # an actor acting on itself is no relation between actors
        date, precision, historical = self._date(sent, head)
        place = self._location(head)
        origin = self._origin(head) if not source and event_type == "ASSAULT" else []
        if origin and {_key(p) for p in origin} != {_key(p) for p in target if isinstance(target, list)}:
            # "a rocket was fired at Israel from the Gaza Strip": by unknown hands from there
            source = _sector_of(origin, "UAF", "GROUP", name="unidentified attackers")
            rule_suffix += " author-unknown"
        elif not source and place is not None and place.actor and place.actor.country:
            # "a roadside bomb near Basra killed three soldiers": an attack by unknown hands
            # is, as event data codes it, by unidentified forces of the country it happens in.
            located = [Participant(text=place.text, start=place.start, end=place.end, actor=place.actor)]
            source = _sector_of(located, "UAF", "GROUP", name="unidentified attackers")
            rule_suffix += " author-unknown"
        elif not source and isinstance(target, list) and len({p.actor.country for p in target if p.actor}) == 1 \
                and all(p.actor and p.actor.country and p.actor.sector in _CIVIL_SECTORS | {"CVL", "COP", "MIL"}
                        for p in target) \
                and not any(t.lemma_.lower() in load_accidental_causes() for t in sent):
            # "a man was shot dead", "two policemen were killed": where no place is said, by
            # unidentified attackers of the victims' own country. (Soldiers killed in a war
            # between two states were killed by the other side: this reads them wrongly.)
            source = _sector_of(target[:1], "UAF", "GROUP", name="unidentified attackers")
            rule_suffix += " author-unknown"
        if not source and pattern.pos == "NOUN":
            return None  # "condemned an attack on a convoy": an attack by no one the text names
        hypothetical = mood == "hypothetical"
        cameo, mode = "138" if threat else pattern.cameo, pattern.mode
        recoded = self._recoded(event_type, pattern, head, event_object, source, target, riot=riot)
        if recoded is not None:
            event_type, cameo, mode, why = recoded
            rule_suffix += f" {why}"
        rule = f"{pattern.pos.lower()}:{_pattern_name(pattern, event_object)}{rule_suffix}"
        auxiliary: list[str] = []
        if mood == "intent" and _ultimatum(head) and event_type not in ("THREATEN",):
            # "will withdraw its troops unless ...": a conditional intention is a threat.
            rule = f"ultimatum({event_type}) " + rule
            event_type, cameo = "THREATEN", "139"
        elif mood == "actual" and negated and event_type in ("AGREE", "SUPPORT") and _failed(clause):
            # "failed to reach an agreement": talks that end without one are a rejection.
            rule = f"failure({event_type}) " + rule
            event_type, cameo, negated = "REJECT", "120", False
        elif mood == "intent" and negated and event_type in _REFUSAL_CODES:
            # "will not negotiate with X", "said it would not send aid": a refusal is a deed.
            rule = f"refusal({event_type}) " + rule
            event_type, cameo, negated = "REJECT", _REFUSAL_CODES[event_type], False
        elif mood == "intent" and event_type == "ASSAULT" and _prepared(head):
            # "the army prepared to resume shelling": readying force is a force posture.
            rule = f"preparation({event_type}) " + rule
            event_type, cameo = "MOBILIZE", "152"
        elif mood == "intent" and event_type in _DECIDED_TYPES and _announced(head):
            # "will expel 23 diplomats", "said it would impose sanctions from Monday": a
            # coercive act announced as decided is that act, still to come (PLOVER's
            # auxiliary mode "future"); a warning or a plan stays a threat, below.
            rule = f"announced({event_type}) " + rule
            auxiliary.append("future")
        elif mood == "intent" and event_type in ("RETREAT", "CONCEDE") and mode != "ceasefire" \
                and _announced(head):
            # "will withdraw its troops", "will hand over the pilot", "said it would ease the
            # curfew": an announced retreat is a concession, as the PLOVER manual codes it (its
            # section on CONCEDE), though its 2021 CAMEO table maps CAMEO's own code for such
            # an announcement, 035 "express intent to yield", to AGREE; the CAMEO code stays
            # CAMEO's. An offer or a willingness to retreat ("agreed to withdraw", "is prepared
            # to lift the ban") and a promised ceasefire are agreements, below.
            rule = f"intent({event_type}) " + rule
            event_type, cameo = "CONCEDE", "035"
        elif mood == "intent" and event_type in _INTENT_CODES:
            # A stated future is a pledge when it helps and a threat when it harms
            # (CAMEO's "express intent to ..." and "threaten to ..." codes).
            rule = f"intent({event_type}) " + rule
            cameo = _INTENT_CODES[event_type]
            event_type = "AGREE" if event_type in _COOPERATIVE else "THREATEN"
        if event_object is not None:
            self.consumed.add(event_object.i)
        return Event(
            type=event_type, mode=mode,
            source=_one_or_many(source) if source else None, target=_one_or_many(target) if target else None,
            **_evidence(sent),
            date=date, date_precision=precision, negated=negated, hypothetical=hypothetical,
            historical=historical, cameo=cameo, intensity=load_cameo().get(cameo),
            confidence=0.3 if "author-unknown" in rule else 0.4 if not target or "implied-target" in rule else 0.6,
            rule=rule,
            trigger=trigger.text, location=place.text if place else None,
            location_country=place.actor.country if place and place.actor else None,
            auxiliary=auxiliary,
        )

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
                and any(g.lemma_.lower() in _ONLINE for c in event_object.children if c.dep_ == "prep"
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

    def charge(self, event: Event, head: Any) -> Event | None:
        """The accusation an arrest states: "jailed X on charges of treason", "arrested for
        spying" (CAMEO 112, same sides), else None. "Jailed for spying" is a term served, and
        "sentenced", "convicted" a verdict: neither makes a new accusation."""
        if event.type != "COERCE" or event.mode != "arrest" or event.negated or event.hypothetical \
                or event.source is None or event.target is None or head.lemma_.lower() in _VERDICTS:
            return None  # a verdict ends a case: the charge was made long before
        sentenced = head.lemma_.lower() in _TERMS
        for prep in (c for c in head.children if c.dep_ == "prep"):
            pobj, pcomp = _child(prep, "pobj"), _child(prep, "pcomp")
            grounds = prep.lower_ in ("on", "over") and pobj is not None and any(
                g.lemma_.lower() in _CHARGE_NOUNS for g in (pobj, *pobj.conjuncts))  # "on graft and terrorism charges"
            crime = prep.lower_ == "for" and pcomp is not None and pcomp.tag_ == "VBG" and not sentenced
            if grounds or crime:
                return dataclasses.replace(event, type="ACCUSE", mode="disapprove", cameo="112",
                                           intensity=load_cameo().get("112"), rule=f"charge({event.rule})")
        return None

    def _protest_aim(self, verb: Any) -> bool:
        """True for "marched to demand ...", "a strike demanding ...": the aim of a protest."""
        if verb.dep_ not in ("advcl", "xcomp", "acl", "conj") or verb.head.i == verb.i:
            return False
        governor = verb.head
        for tok in [governor, *_objects_of(governor)]:
            if any(p.type == "PROTEST" for p, _ in self.triggers(tok)):
                return True
        return False

    def _abstract_doer(self, verb: Any) -> bool:
        """True when what does the harm is an abstraction: "the yen's rise has hit Japan",
        "shares shot up" (but "Chinese fire" is someone's)."""
        abstract = load_abstract_objects()
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any((d.lemma_.lower() in abstract or d.lower_ in abstract) and not self._made_by_actor(d)
                   for d in doers)

    def _made_by_actor(self, noun: Any) -> bool:
        """"Chinese fire", "army fire": a modifier names who made it (a possessive names
        an owner: "Taiwan's surplus" is nobody's act)."""
        return any(c.dep_ in ("amod", "compound") and any(e.kind != "PERSON"
                                                          for e in self.index.covering(c.idx))
                   for c in noun.children)  # "Flash floods": a name the tagger misread makes no maker

    def _accidental(self, verb: Any) -> bool:
        """True when the harm a verb reports has an accident or a disaster for its cause
        ("killed in a bus crash"), not someone's ("killed by Chinese fire")."""
        causes = load_accidental_causes()
        candidates = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        up = verb
        for _ in range(3):  # "an earthquake struck ..., flattening villages and killing 2,000 people"
            if candidates or _child(up, "nsubjpass") is not None or up.head.i == up.i:
                break
            up = up.head
            candidates.extend(c for c in up.children if c.dep_ in ("nsubj", "csubj"))
        noun = verb
        for _ in range(4):  # "the blizzard to hit Istanbul", "an earthquake measuring 8.0 ... hit"
            if noun.dep_ not in ("acl", "relcl", "pobj", "prep") or noun.head.i == noun.i:
                break
            noun = noun.head
            if noun.pos_ in ("NOUN", "PROPN"):
                candidates.append(noun)
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")
                     and c.lower_ in ("in", "by", "during", "after")):
            candidates.extend(g for g in prep.children if g.dep_ == "pobj")
        return any((c.lemma_.lower() in causes or c.lower_ in causes) and not self._made_by_actor(c)
                   for c in candidates)

    def _attack_author(self, verb: Any) -> list[Participant]:
        """Who made the attack a harm happened in: its "by" agent or its nationality."""
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "during", "by")):
            for attack in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _ATTACK_NOUNS):
                for by in (c for c in attack.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
                    pobj = _child(by, "pobj")
                    if pobj is not None and self._participants(pobj):
                        return self._participants(pobj)
                own = self._entities_for(attack)
                if own:
                    return [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in own]
        return []

    def _violent_aim(self, verb: Any) -> bool:
        """True when a pledge's aim is an act of force: "vowed to fight until ..."
        (not "vowed to fight corruption", nor "pledged to send food aid")."""
        aim = _child(verb, "xcomp")
        if aim is None or _figurative(aim):
            return False
        found = self.triggers(aim)
        return bool(found) and found[0][0].type in _MATERIAL_CONFLICT

    def obligations(self) -> list[Event]:
        """"X said Y must do Z": a statement of what another actor must do is a demand
        (REQUEST, CAMEO 100) of X on Y."""
        out = []
        for tok in self.doc.nlp:
            if not (tok.dep_ == "aux" and tok.lower_ in ("must", "should")):
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
                type="REQUEST", mode=None, source=_one_or_many(source), target=_one_or_many(target),
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
                type="COOPERATE", mode=None, source=_one_or_many(side), target=_one_or_many(side),
                **_evidence(sent), date=date, date_precision=precision, historical=historical,
                cameo="060", intensity=load_cameo().get("060"), confidence=0.5,
                rule="joint-operation", trigger=verb.text))
        return out

    @staticmethod
    def _done_jointly(verb: Any) -> bool:
        """"jointly seized", "carried out a joint operation", "in a joint raid"."""
        if any(c.dep_ == "advmod" and c.lower_ in ("jointly",) for c in verb.children):
            return True
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "through")
                  for g in c.children if g.dep_ == "pobj"]
        return any(n.lemma_.lower() in _OPERATIONS and any(m.dep_ == "amod" and m.lower_ in ("joint", "combined")
                                                           for m in n.children) for n in nouns)

    def stated_demands(self) -> list[Event]:
        """"X reiterated its demand that Y ...", "issued a call for Y to ...": a demand or
        appeal put into words is X's REQUEST of Y, the subject of what is asked."""
        out = []
        for noun in self.doc.nlp:
            code = _STATED_WISHES.get(noun.lemma_.lower())
            verb = noun.head
            if code is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in _UTTERING_VERBS:
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
                type="REQUEST", mode=None, source=_one_or_many(source), target=_one_or_many(target),
                **_evidence(sent), date=date, date_precision=precision, negated=negated,
                hypothetical=mood == "hypothetical", historical=historical, cameo=code,
                intensity=load_cameo().get(code), confidence=0.5, rule=f"stated:{noun.lemma_.lower()}",
                trigger=noun.text))
        return out

    def _addressed_before(self, pronoun: Any, author: set[str]) -> list[Participant]:
        """The last actor named in the sentence before a pronoun, other than the author."""
        sent = pronoun.sent
        for e in reversed(self.index.starting_in(sent.start_char, pronoun.idx)):
            p = Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
            if _key(p) not in author:
                return [p]
        return []

    def _verb_participants(self, verb: Any, event_object: Any | None = None, places: bool = True
                           ) -> tuple[list[Participant], list[Participant] | str]:
        passive = _child(verb, "nsubjpass")
        if passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.dep_ != "ROOT":
            passive = verb.head  # "ten soldiers killed in ...": the noun is what was done to
        elif passive is None and _child(verb, "agent") is not None and verb.dep_ == "conj":
            passive = subject_of(verb)  # "were arrested and later released by X"
        if passive is not None and _child(verb, "agent") is None and verb.lemma_.lower() in _STATIVE_PASSIVES:
            # "Vietnam is committed to ...", "X is prepared to ...": the subject acts.
            return self._participants(passive), self._objects(verb, skip=event_object)
        if passive is not None:
            pobj = _agent(verb)
            source = self._participants(pobj) if pobj is not None else []
            if pobj is not None and pobj.lemma_.lower() in _WEAPON_NOUNS:
                # "shot down by a missile fired by rebels"; "a BAK missile" names a model
                source = self._wielder(pobj) or [p for p in source if not _uncoded(p)]
            # "Sanctions were imposed on X by Y": the subject is the act, the target follows;
            # "Evidence against X was presented by Y": or it hangs on the subject.
            target = (self._participants(passive) or self._objects(verb, skip=event_object)
                      or self._objects(passive, places=places))
            return source, target
        subject = subject_of(verb)
        source = self._participants(subject) if subject is not None else []
        if subject is not None and subject.lemma_.lower() in _WEAPON_NOUNS:
            source = self._wielder(subject) or [p for p in source if not _uncoded(p)]  # "a rocket fired by X hit"
        if not source and subject is not None and subject.i == verb.head.i and subject.dep_ == "dobj" \
                and subject.lemma_.lower() in _DOCUMENTS:
            # "issued a statement demanding ...": the statement speaks for who issued it
            author = subject_of(subject.head)
            source = self._participants(author) if author is not None else []
        if not source and subject is not None and subject.lemma_.lower() in _DOCUMENTS:
            source = self._document_author(subject)
        # "abused Sudanese migrants at a camp": an object that names people is the target
        # (not one that only the story's country gives a country: "joined forces")
        named = [p for p in (self._participants(event_object) if event_object is not None else [])
                 if not any(e.start == p.start and e.rule in _CONTEXT_ONLY for e in self.doc.entities)]
        target = named or self._objects(verb, skip=event_object, exclude=frozenset(_key(p) for p in source))
        if not target and event_object is not None:
            # "sanctions on Iran", "the opposition's demands", "the assets of Russian oligarchs";
            # a place is a target of force ("security in Islamabad"), not of talks ("in Tokyo").
            target = (self._participants(event_object) or self._objects_of_part(event_object, places)
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
                for letter in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _DOCUMENTS):
                    to = next((c for c in letter.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                    addressee = _child(to, "pobj") if to is not None else None
                    target = self._participants(addressee) if addressee is not None else []
                    if target:
                        return source, target
        if not target:
            # "acceded to demands by ECOWAS", "bowed to pressure from Washington": who asked
            # "condemned allegations by Rwanda", "rejected remarks from Ankara": who said it
            # "welcomed the decision by India to ...": whose step it was
            said = _WISH_NOUNS | _SPEECH_NOUNS
            asked = [g for c in verb.children if c.dep_ in ("prep", "dative")
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in said]
            asked += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS | _STEP_NOUNS]
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

    def _is_state(self, member: Participant) -> bool:
        """A country named as such (not its people: "Palestinians"), its government and
        state bodies, or an organisation of states."""
        actor = member.actor
        if actor is None:
            return False
        if actor.sector in _STATE_SECTORS or actor.id.startswith("IGO:"):
            return True
        people = any(e.rule == "kb-country-adjective" or "demonym" in (e.rule or "")
                     for e in self.doc.entities if e.start == member.start)
        return actor.kind == "COUNTRY" and not people

    def _wielder(self, weapon: Any) -> list[Participant]:
        """Who used a weapon that did the deed: "a missile fired by rebels", "a drone
        launched by the army"."""
        return self._made_by(weapon) if weapon.lemma_.lower() in _WEAPON_NOUNS else []

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

    def _giver_participants(self, verb: Any) -> tuple[list[Participant], list[Participant] | str]:
        """"X received weapons from Y": Y gives, X receives."""
        givers: list[Participant] = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = _child(prep, "pobj")
            if pobj is not None:
                givers = self._participants(pobj)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"):
                pobj = _child(prep, "pobj")
                if pobj is not None and not givers:
                    givers = self._participants(pobj)  # "received assurances from Y"
        subject = subject_of(verb)
        receivers = self._participants(subject) if subject is not None else []
        return givers, receivers

    def _objects(self, tok: Any, skip: Any | None = None, places: bool = True,
                 exclude: frozenset[str] = frozenset()) -> list[Participant] | str:
        """The target a word's objects name; "reciprocal" for "each other". With ``places``,
        the country of a place object stands for it ("shelled a village in Nigeria"). An
        object naming only ``exclude`` (the source: "held talks at the Elysee with X") is
        passed over."""
        for obj in _objects_of(tok):
            if skip is not None and obj.i == skip.i:
                continue
            if _span_text(obj) in _RECIPROCAL:
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
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS):
                for sub in prep.subtree:
                    for e in self.entities.covering(sub.idx):
                        if e.actor and e.actor.kind in ("PLACE", "COUNTRY") \
                                and e.rule and not e.rule.endswith("adjective"):
                            return e
        return None

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

    def _origin(self, verb: Any) -> list[Participant]:
        """The country of the place an attack came "from" ("fired from the Gaza Strip")."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = _child(prep, "pobj")
            place = self._place_at(pobj) if pobj is not None else None
            if place is not None:
                return [_participant(place)]
        return []

    def _place_at(self, tok: Any) -> Entity | None:
        """The country or place with a country that a word is part of, if any."""
        return next((e for e in self.entities.covering(tok.idx) if e.actor and e.actor.country
                     and e.actor.kind in ("COUNTRY", "PLACE")), None)

    def _place_authority(self, verb: Any) -> list[Participant]:
        """The country of the place an act happens in ("protested in Beijing")."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "outside", "at")):
            pobj = _child(prep, "pobj")
            if pobj is not None and pobj.lemma_.lower() not in _ATTACK_NOUNS:  # "in Turkish strikes" is no place
                found = self._participants(pobj) or self._place_of(pobj)
                if found:
                    return found[:1]
        return []

    def _noun_participants(self, trigger: Any, event_type: str) -> tuple[list[Participant], list[Participant] | str]:
        noun = trigger.root
        target: list[Participant] | str = []
        carriers = [*trigger, *([noun.head] if _light_compound(noun) else [])]
        for tok in carriers:  # "exchange of messages with X", "a mediation mission between X and Y"
            target = self._objects(tok)
            if target:
                break
        if not target and event_type == "ASSAULT" and noun.lemma_.lower() not in _MUTUAL_NOUNS:
            # "Russia's invasion of Ukraine", "the shelling of Kharkiv": what is attacked
            of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            target = (self._participants(of) or self._place_of(of)) if of is not None else []
        if not target and noun.lemma_.lower() in _MUTUAL_NOUNS and noun.dep_ in ("nsubj", "nsubjpass"):
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
        if by is None and event_type == "PROTEST" and (_time_phrase(noun) or verb.lemma_.lower() in _FACING_VERBS):
            # "withdrew the bill after protests", "facing a wave of demonstrations": who
            # answers a protest made none
            subject = None
        if by is None and event_type in _MATERIAL_CONFLICT and noun.lemma_.lower() not in _MUTUAL_NOUNS \
                and (_time_phrase(noun) or verb.lemma_.lower() in _FACING_VERBS):
            # "after the attack, the army sealed off the area": not the army's attack (but
            # "took the town after days of fighting": the fighting was theirs)
            subject = None
        if by is None and event_type == "ASSAULT" and noun.lemma_.lower() not in _MUTUAL_NOUNS \
                and verb.lemma_.lower() not in _PERPETRATING_VERBS:
            subject = None  # "Brazil condemned an attack on a UN convoy": not Brazil's attack
        possessor = _child(noun, "poss")
        if by is None and possessor is not None:
            subject = possessor  # "condemned Iran's attack on Israel": Iran's, not the condemner's
        if subject is not None:
            source = self._participants(subject)
        if not source and possessor is not None:
            source = self._participants(possessor)
        if noun.dep_ in ("nsubj", "nsubjpass") or not source:
            # "Palestinian riots against ...", "a Kurdish protest": the modifier acts.
            own = self._entities_for(noun)
            if own:
                source = [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in own]
        if not source and not target:
            # "the signing of the China-Russia treaty": the parties the object names.
            parties = self._of_phrase(noun)
            if len({e.actor.country or e.actor.id for e in parties}) > 1:
                source = [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor) for e in parties]
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
            if tok.lemma_.lower() in _ADVERSARY_NOUNS and not self._entities_for(tok):
                # "opponents of Rwanda's Senate": the opposition of the Senate's country
                opposed = [Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
                           for e in self._of_phrase(tok, adversaries=True)]
                out.extend(_sector_of(opposed, "OPP", "GROUP", name=tok.text))
                continue
            entities = self._entities_for(tok) or self._of_phrase(tok)
            if _two_of_a_kind(tok) and all(e.rule in CONTEXT_RULES for e in entities):
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
        if tok.lemma_.lower() in _ADVERSARY_NOUNS and not adversaries:
            return []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
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
        if tok.lower_ in ("he", "she", "him", "her"):
            people = [e for e in self.index.before(tok.idx) if e.kind == "PERSON"]
            if people:
                e = people[-1]
                return [Participant(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), actor=e.actor)]
            return []
        if tok.lower_ in _PAIR_WORDS or tok.lower_ in ("both", "they", "them", "their") or _two_of_a_kind(tok):
            words = {t.lower_ for t in tok.subtree}
            if tok.lower_ in ("they", "them", "their") or "two" in words or "both" in words:
                return self._pair(tok.idx, tok)
        return []

    def _pair(self, before: int, tok: Any) -> list[Participant]:
        counts = Counter(e.actor.country for e in self.index.before(before)
                         if e.actor.kind == "COUNTRY" and e.actor.country)
        if len(counts) < 2:
            return []
        by_code = self._country_actors
        phrase = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        return [Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=by_code[c])
                for c, _ in counts.most_common(2)]

    @cached_property
    def _paragraphs(self) -> Paragraphs:
        return Paragraphs(self.doc.paragraphs)

    @cached_property
    def _country_actors(self) -> dict[str, Any]:
        """Each country's actor, as first named."""
        by_code: dict[str, Any] = {}
        for e in self.actors:
            if e.actor.kind == "COUNTRY" and e.actor.country and e.actor.country not in by_code:
                by_code[e.actor.country] = e.actor
        return by_code

    # --- dates ---

    def _date(self, sent: Any, trigger: Any) -> tuple[str | None, str | None, bool]:
        times = [t for t in self.times.starting_in(sent.start_char, sent.end_char)
                 if not self._modifies_a_thing(t, trigger)]
        years_ago = _anniversary(trigger)
        if years_ago is not None:
            # "2021 marks the 20th anniversary of the signing": the signing was in 2001.
            base = times[0].value[:4] if times else (str(self.reference.year) if self.reference else None)
            if base is not None:
                value = f"{int(base) - years_ago:04d}"
                return value, "year", self._historical(value)
        chosen: TimeRef | None = None
        own = [t for t in times if self._in_clause(t, trigger)]
        if own or times:
            # The clause's own time expression, else the nearest: in "detained in March and
            # freed on Monday" the freeing is Monday's.
            chosen = min(own or times, key=lambda t: abs(t.start - trigger.idx))
        if chosen is not None:
            return chosen.value, chosen.precision, self._historical(chosen.value)
        narrated = self._narrated_time(sent, trigger)
        if narrated is not None:
            return narrated.value, narrated.precision, self._historical(narrated.value)
        dateline = self.doc.dateline.date if self.doc.dateline else None
        fallback = dateline or self.doc.published
        if fallback:
            return fallback[:10], "day", False
        return None, None, False

    def _narrated_time(self, sent: Any, trigger: Any) -> TimeRef | None:
        """The time an earlier sentence of the paragraph set, for a past-tense clause that
        names none: in "On July 22 the two sides signed ... . A day later missiles struck
        the port. Two passengers were wounded." the wounding is of that day, not of the
        publication's. Only a day, and one before the article's date (narrated past)."""
        clause = _governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        if not (_past(clause) or _past(sent.root)):
            return None
        paragraph = self._paragraphs.span(sent.start_char)
        if paragraph is None or paragraph[0] >= sent.start_char:
            return None
        earlier = [t for t in self.times.starting_in(paragraph[0], sent.start_char) if t.precision == "day"]
        if not earlier:
            return None
        last = earlier[-1]
        if self.reference is not None and last.value >= self.reference.isoformat():
            return None
        return last

    def _in_clause(self, time: TimeRef, trigger: Any) -> bool:
        """Whether a time expression is said of the trigger's own clause, not of a clause
        coordinated with it or of the one it hangs on."""
        span = self.doc.nlp.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        while tok.i != trigger.i:
            if tok.head.i == tok.i or tok.dep_ == "conj":
                return False
            tok = tok.head
        return True

    def _modifies_a_thing(self, time: TimeRef, trigger: Any) -> bool:
        """"the 2001 treaty": a year that describes a thing does not date the event, unless
        the thing is the event itself ("the 2001 signing")."""
        span = self.doc.nlp.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return (root.dep_ in ("compound", "nummod", "amod") and root.head.pos_ in ("NOUN", "PROPN")
                and root.head.i != trigger.i)

    def _historical(self, value: str) -> bool:
        if self.reference is None:
            return False
        year, month = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 12
        end = dt.date(year, month, 28) if len(value) >= 7 else dt.date(year, 12, 31)
        return (self.reference - end).days > 365


def _infinitive(verb: Any) -> Any | None:
    """The infinitive a verb governs: "declined [to resign]", "allowed X [to run]"."""
    found = _child(verb, "xcomp")
    if found is None:
        found = next((c for c in verb.children if c.dep_ == "ccomp"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return found


def _governing_verb(noun: Any) -> Any:
    """The verb a noun belongs to: "held [talks]", "in a [meeting] with", "a call for [talks]"."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else noun


# Verbs that say an event noun happened: "clashes broke out", "the arrests were made".
_OCCURRENCE_VERBS = {"break", "erupt", "occur", "happen", "continue", "make", "carry", "impose", "conduct",
                     "flare", "intensify", "resume", "rage", "ensue", "follow", "leave", "take", "clamp", "enforce"}
# Verbs whose subject makes the attack a noun names: "launched an offensive", "carried out
# an air strike"; after others ("condemned an attack") the subject only speaks of it.
_PERPETRATING_VERBS = {"launch", "carry", "conduct", "stage", "mount", "make", "perpetrate", "order", "begin",
                       "start", "step", "intensify", "continue", "resume", "escalate", "unleash", "execute",
                       "commit", "plan", "lead"}
# Fights each side of which is on both ends: "clashes between police and protesters".
_MUTUAL_NOUNS = {"clash", "clashes", "fighting", "gunfight", "shootout", "exchange", "skirmish", "skirmishes"}
# Nouns that only carry the event noun before them: "a mediation mission", "peace efforts".
_OPERATIONS = {"operation", "raid", "patrol", "investigation", "inquiry", "probe", "exercise", "drill",
               "offensive", "crackdown", "sweep", "mission", "search", "effort"}
_ONLINE = {"internet", "media", "platform", "platforms", "site", "sites", "website", "websites", "app", "apps",
           "network", "networks", "service", "services", "messaging"}
_CROWD_VERBS = {"gather", "assemble", "converge"}  # a protest only when protesters do it
_FACING_VERBS = {"face", "confront", "weather", "withstand", "survive", "quell", "suppress", "crush",
                 "disperse", "ban", "prevent", "fear", "brace"}
_ROUNDS = {"round", "series", "session", "wave", "spate", "string"}  # "a fresh round of talks"
_LIGHT_NOUNS = {"mission", "effort", "efforts", "bid", "initiative", "process", "round", "campaign"}


def _light_compound(noun: Any) -> bool:
    """"launched a mediation effort": the event noun modifies a light noun in event position."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in _LIGHT_NOUNS and _event_noun_position(noun.head)


def _event_noun_position(noun: Any) -> bool:
    if noun.dep_ in ("dobj", "attr"):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("amod", "compound", "poss") for c in noun.children):
        return True  # "Palestinian riots ... continued": the protest names its protesters
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _OCCURRENCE_VERBS:
        return True  # "clashes broke out", "the arrests were made", "a curfew was imposed"
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return True  # "the attack by the militia on the hospital killed ...": its author named
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        measure = noun.head.head
        if (measure.lemma_.lower() in DURATIONS or measure.lemma_.lower() in _ROUNDS) and measure.i != noun.i:
            return _event_noun_position(measure)  # "after five days of fighting", "for a round of talks"
        return measure.lemma_.lower() == "anniversary"  # "the anniversary of the signing"
    if noun.dep_ == "pobj" and noun.head.lower_ == "into":
        return noun.head.head.lemma_.lower() == "take"  # "were taken into custody"
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "at", "after", "for", "with", "amid",
                                                       "following")


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
                  "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100}


def _anniversary(trigger: Any) -> int | None:
    """N for an event named as "the Nth anniversary of" it, else None."""
    tok = trigger
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() == "anniversary":
            for child in tok.children:
                word = child.lower_
                number = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
                if number:
                    return int(number.group(1))
                if word in _ORDINAL_WORDS:
                    return _ORDINAL_WORDS[word]
            return None
    return None


def _reporting_subject(tok: Any) -> Any | None:
    """"Syria says it is willing": the subject of the reporting verb a pronoun's clause hangs on."""
    clause = tok.head
    if clause.dep_ == "relcl" and clause.head.head.pos_ == "VERB" and clause.head.dep_ in ("dobj", "pobj"):
        # "released five soldiers it had held": the one who held them is the releaser
        return subject_of(clause.head.head)
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _REPORTING | {"insist", "claim", "warn", "stress"}:
            return subject_of(clause.head)
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _figurative(verb: Any, event_object: Any | None = None) -> bool:
    """True when a violent verb's object is an abstraction ("the virus", "inflation"); the
    word that makes the event ("set fire to") is never one."""
    abstract = load_abstract_objects()
    # the first object says what is acted on: "detained X on corruption charges" is no fight
    # against corruption
    objects = [o for o in _objects_of(verb) if event_object is None or o.i != event_object.i][:1]
    return any(o.lemma_.lower() in abstract or o.lower_ in abstract for o in objects)


# Acts whose "re-" form is the act again ("reimpose", "reopen"); others are words of their
# own ("recommend", "remove", "represent").
_DONE_AGAIN = {"impose", "open", "establish", "deploy", "capture", "launch", "start", "arm", "occupy",
               "take", "join", "enter", "instate", "introduce", "activate", "invade", "ban", "arrest",
               "detain", "sanction", "visit", "negotiate", "affirm"}


def _without_again(lemma: str, patterns: dict[tuple[str, str], list[Pattern]], word: str = "") -> str:
    """"reimpose" -> "impose", "re-open" -> "open": an act done again is the act. Also
    mends a lemma the lemmatizer got wrong ("staged" -> "stag") from the word itself."""
    for prefix in ("re-", "re"):
        base = lemma[len(prefix):]
        if (lemma.startswith(prefix) and (base, "VERB") in patterns
                and (prefix == "re-" or base in _DONE_AGAIN)):  # not "recommend" -> "commend"
            return base
    if "-" in lemma and (lemma.replace("-", ""), "VERB") in patterns:
        return lemma.replace("-", "")  # "co-operate"
    # "re-established": the lemmatizer does not know the word; its stem without "re-" is
    words = [word, word[3:]] if word.startswith("re-") else [word]
    for form in words:
        for suffix, ending in (("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", "e"), ("s", "")):
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                base = form[:-len(suffix)] + ending
                if (base, "VERB") in patterns:
                    return base
    return lemma


def _evidence(sent: Any) -> dict[str, Any]:
    """The sentence an event is read from, and its span without surrounding whitespace."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return {"sentence": text.strip(), "start": start, "end": start + len(text.strip())}


def _has_particles(verb: Any, particles: tuple[str, ...]) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent")}
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].pos_ in ("ADP", "ADV", "PART"):
        words.add(verb.doc[verb.i + 1].lower_)  # "handed over 32 prisoners": "over" read as "more than"
    # "charged the leader with treason": the parser may hang "with" on the object
    words |= {g.lower_ for c in verb.children if c.dep_ == "dobj"
              for g in c.children if g.dep_ == "prep" and g.lower_ == "with"}
    return all(p in words for p in particles)


def _objects_of(tok: Any) -> list[Any]:
    """Direct objects, then objects of prepositions, of a verb or noun (in that order)."""
    direct = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.pos_ != "ADP"]
    governed = []
    for c in tok.children:
        # "provide support to Israel": the parser may call "to" a dative
        if (c.dep_ in ("prep", "agent", "dative") and c.lower_ in _TARGET_PREPS) or c.dep_ == "prt":
            governed.extend(g for g in c.children if g.dep_ == "pobj")
            # "talks with visiting President X": the parser takes the participle for a verb
            governed.extend(o for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                            for o in g.children if o.dep_ == "dobj")
        if c.dep_ == "prt":  # "kidnapped up to 16 advisers": the parser hangs "to" on "up"
            governed.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS
                            for g in p.children if g.dep_ == "pobj")
    return direct + governed


def _span_text(tok: Any) -> str:
    """The words of a noun phrase up to its head ("each other" in "each other of provoking")."""
    return " ".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1])


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


# Sectors that act for the state: what they do at home is done to the public.
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _acts_on_public(pattern: Pattern, head: Any) -> bool:
    """Whether an act with no one named on the receiving end still has one: not a
    resignation, nor a seizure of things ("captured weaponry"), unless of power itself."""
    if pattern.cameo == "0831":
        return False
    if pattern.type == "COERCE" and pattern.mode in ("seize", None):
        return any(o.lemma_.lower() in ("power", "control", "government") for o in _objects_of(head))
    return True


def _implied_domestic_target(event_type: str, source: list[Participant]) -> list[Participant]:
    """The side a domestic event with no named target acts on: a protest, rejection or
    threat by people of one country addresses its government; a concession, coercion or
    attack by its state, or an attack by others, falls on its public. None when the source
    is not of one country, or the type implies no one."""
    countries = {p.actor.country for p in source if p.actor}
    if len(countries) != 1 or None in countries:
        return []
    state = all(p.actor.kind == "COUNTRY" or p.actor.sector in _STATE_SECTORS for p in source)
    if not state and event_type in ("PROTEST", "REJECT", "THREATEN"):
        return _sector_of(source[:1], "GOV", "ROLE", name="(implied) government")
    if (state and event_type in ("CONCEDE", "COERCE")) or (not state and event_type == "ASSAULT"):
        return _sector_of(source[:1], "CVL", "GROUP", name="(implied) public")
    return []


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
            if lemma in _WISH_NOUNS:
                return negated, "hypothetical"
            if lemma in _INTENT_NOUNS and mood == "actual":
                mood = "intent"
            if governor.dep_ not in ("dobj", "pobj", "attr"):
                break
            governor = governor.head
        lemma = governor.lemma_.lower()
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _PERMISSION_NOUNS for c in governor.children):
            lemma = "permit"  # "gave permission to X to help": what is permitted is not done
        elif clause.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in _WISH_NOUNS
                                            for c in governor.children):
            lemma = "demand"  # "reiterated its demand that X ease ...": asked for, not done
        if lemma in _REPORTING:
            break  # "said X attacked Y" reports a deed
        if lemma in _NEGATING_HEADS:
            negated = True
        if lemma in _WISH_HEADS or lemma in _ALLEGING_HEADS:
            return negated, "hypothetical"  # a wish, or what someone is accused of
        if lemma == "claim" and clause.dep_ == "ccomp" and (subject_of(clause) is None
                                                             or subject_of(clause).pos_ != "PRON"):
            return negated, "hypothetical"  # "claimed that ISIL attacked": alleged, not "that it had"
        if lemma in _ATTEMPT_HEADS and clause.i == head.i:
            return negated, "attempt"
        if _past(clause):
            break  # "threatened ... where 100 people were killed": what was done is no aim
        if lemma in _INTENT_HEADS and _child(clause, "nsubj") is not None and clause.dep_ == "ccomp":
            return negated, "hypothetical"  # "wants Putin to attack": a wish about another
        if lemma in _INTENT_HEADS and mood == "actual":
            mood = "intent"
        up_negated, up_mood = _own_modality(governor)
        negated |= up_negated and clause.i == head.i  # "did not agree to send": not sent
        if up_mood == "hypothetical":
            return negated, "hypothetical"
        if up_mood == "intent" and mood == "actual":
            mood = "intent"
        clause = governor
    return negated, mood


def _past(clause: Any) -> bool:
    """Whether a clause is in a past tense ("were killed", "had attacked", "attacked")."""
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)


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
    negated |= any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "no-one")
                                                         or any((d.dep_ == "det" and d.lower_ == "no")
                                                                or (d.dep_ in ("preconj", "det") and d.lower_ == "neither")
                                                                for d in c.children))
                   for c in head.children)  # also "neither X nor Y offered"
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    mood = "actual"
    if auxes & _FUTURE_AUX or _going_to(head):
        mood = "intent"
    if "would" in auxes:
        # "said it would send troops" reports an intention; a bare "would" is a condition.
        mood = "intent" if head.dep_ == "ccomp" and head.head.lemma_.lower() in _REPORTING else "hypothetical"
    if auxes & _POSSIBILITY_AUX:
        mood = "hypothetical"
    if mood == "intent" and any(c.dep_ == "advmod" and c.lower_ in _SPECULATION for c in head.children):
        mood = "hypothetical"  # "will likely step down", "will almost certainly": a forecast
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
        mood = "hypothetical"
    if head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in ("until", "before", "once")
                                           for c in head.children):
        mood = "hypothetical"  # "withholding aid until a new government takes over": not yet
    return negated, mood


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


def _time_phrase(noun: Any) -> bool:
    """A noun that dates its clause: "after the talks", "after five days of fighting"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in DURATIONS:
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _TIME_PREPS


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
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _THREATENING_HEADS:
        return False  # "warned it would impose sanctions": a threat
    if auxes & _FUTURE_AUX or _going_to(head):
        return True
    return "would" in auxes and head.dep_ == "ccomp" and head.head.lemma_.lower() in _REPORTING


def _going_to(head: Any) -> bool:
    """"is going to send": the verb hangs on "going" as its xcomp."""
    return head.dep_ == "xcomp" and head.head.lower_ == "going"
