"""Named word classes the event coder reads: the words that signal a mood, an attack, a
document, a protest, and the tables that recode an event by its type."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path



DATA_DIR = Path(__file__).resolve().parents[2] / "data"


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


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
                  "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100}


# Acts whose "re-" form is the act again ("reimpose", "reopen"); others are words of their
# own ("recommend", "remove", "represent").
_DONE_AGAIN = {"impose", "open", "establish", "deploy", "capture", "launch", "start", "arm", "occupy",
               "take", "join", "enter", "instate", "introduce", "activate", "invade", "ban", "arrest",
               "detain", "sanction", "visit", "negotiate", "affirm"}


# Sectors that act for the state: what they do at home is done to the public.
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


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
