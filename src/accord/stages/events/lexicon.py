"""Named word classes the event coder reads, from ``data/lexicon.tsv``, and the one-word
lists of ``abstract_objects.tsv``, ``economic_nouns.tsv`` and ``accidental_causes.tsv``.

``lexicon.tsv`` has one word (or phrase, or event type, or sector code) a row, under the
name of its class; a class that maps words to values (a CAMEO code, a number) gives the
value in its own column. Each class is read once into a frozenset or a dict named here
after what it holds; the data folder's README documents the format, and
``tests/test_events_lexicon.py`` checks it.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
LEXICON = DATA_DIR / "lexicon.tsv"
LEXICON_COLUMNS = ["class", "word", "value", "source"]
# The classes this module reads, for the test that every class in the file is used.
READ_CLASSES: set[str] = set()


@lru_cache(maxsize=None)
def load_lexicon(path: Path = LEXICON) -> dict[str, dict[str, str]]:
    """``class -> {word: value}`` (the value empty for a plain word class), in file order.

    A row with the wrong number of cells, an empty class or word, or a word listed twice
    in one class is an error naming its line.
    """
    classes: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader, None)
        if header != LEXICON_COLUMNS:
            raise ValueError(f"{path}:1: the header is {header}, not {LEXICON_COLUMNS}")
        for number, cells in enumerate(reader, start=2):
            if len(cells) != len(LEXICON_COLUMNS):
                raise ValueError(f"{path}:{number}: {len(cells)} cells, not {len(LEXICON_COLUMNS)} (is a tab missing?)")
            name, word, value, _ = cells
            if not name or not word:
                raise ValueError(f"{path}:{number}: an empty class or word")
            words = classes.setdefault(name, {})
            if word in words:
                raise ValueError(f"{path}:{number}: {word!r} is listed twice in {name}")
            words[word] = value
    return classes


def _words(name: str) -> frozenset[str]:
    """The words of one class."""
    READ_CLASSES.add(name)
    try:
        return frozenset(load_lexicon()[name])
    except KeyError:
        raise ValueError(f"{LEXICON}: no class {name!r}") from None


def _values(name: str) -> dict[str, str]:
    """The words of one class with their values."""
    READ_CLASSES.add(name)
    try:
        return dict(load_lexicon()[name])
    except KeyError:
        raise ValueError(f"{LEXICON}: no class {name!r}") from None


TARGET_PREPOSITIONS = _words("target_prepositions")
FUTURE_AUXILIARIES = _words("future_auxiliaries")
POSSIBILITY_AUXILIARIES = _words("possibility_auxiliaries")
SPECULATIVE_ADVERBS = _words("speculative_adverbs")
REPORTING_VERBS = _words("reporting_verbs")
INTENT_HEADS = _words("intent_heads")
ATTEMPT_HEADS = _words("attempt_heads")
WISH_HEADS = _words("wish_heads")
CIVIL_SECTORS = _words("civil_sectors")
AWAITING_HEADS = _words("awaiting_heads")
PERMISSION_NOUNS = _words("permission_nouns")
NEGATING_HEADS = _words("negating_heads")
ALLEGING_HEADS = _words("alleging_heads")
INTENT_NOUNS = _words("intent_nouns")
WISH_NOUNS = _words("wish_nouns")
INTENT_CAMEO_CODES = _values("intent_cameo_codes")
REFUSAL_CAMEO_CODES = _values("refusal_cameo_codes")
UNDOING_VERBS = _words("undoing_verbs")
ATTACK_NOUNS = _words("attack_nouns")
STATED_WISH_CODES = _values("stated_wish_codes")
UTTERING_VERBS = _words("uttering_verbs")
DOCUMENT_NOUNS = _words("document_nouns")
BORDER_NOUNS = _words("border_nouns")
WEAPON_NOUNS = _words("weapon_nouns")
PROTESTER_WORDS = _words("protester_words")
ADVERSARY_NOUNS = _words("adversary_nouns")
STEP_NOUNS = _words("step_nouns")
SPEECH_NOUNS = _words("speech_nouns")
CHARGE_NOUNS = _words("charge_nouns")
VERDICT_VERBS = _words("verdict_verbs")
PRISON_TERM_VERBS = _words("prison_term_verbs")
MILITARY_MODIFIERS = _words("military_modifiers")
FIGURATIVE_PRONE_VERBS = _words("figurative_prone_verbs")
THREAT_NOUNS = _words("threat_nouns")
MUTUAL_VERBS = _words("mutual_verbs")
PLACE_TARGETED_TYPES = _words("place_targeted_types")
TIME_PREPOSITIONS = _words("time_prepositions")
PLACE_PREPOSITIONS = _words("place_prepositions")
ADMIN_UNIT_NOUNS = _words("admin_unit_nouns")
OPENING_PREPOSITIONS = _words("opening_prepositions")
PLACE_NAME_CONNECTORS = _words("place_name_connectors")
UNDOING_NOUNS = _words("undoing_nouns")
STATIVE_PASSIVES = _words("stative_passives")
DECIDED_TYPES = _words("decided_types")
THREATENING_HEADS = _words("threatening_heads")
COOPERATIVE_TYPES = _words("cooperative_types")
PAIR_WORDS = _words("pair_words")
PAIRED_ROLES = _words("paired_roles")
RECIPROCAL_PHRASES = _words("reciprocal_phrases")
STATEMENT_TYPES = _words("statement_types")
SPEECH_ACT_TYPES = _words("speech_act_types")
MATERIAL_CONFLICT_TYPES = _words("material_conflict_types")
HOSTILE_TYPES = _words("hostile_types")
OCCURRENCE_VERBS = _words("occurrence_verbs")
PERPETRATING_VERBS = _words("perpetrating_verbs")
SELDOM_ADVERBS = _words("seldom_adverbs")
FIGURATIVE_MODIFIERS = _words("figurative_modifiers")
MUTUAL_NOUNS = _words("mutual_nouns")
OPERATION_NOUNS = _words("operation_nouns")
ONLINE_NOUNS = _words("online_nouns")
CROWD_VERBS = _words("crowd_verbs")
FACING_VERBS = _words("facing_verbs")
ROUND_NOUNS = _words("round_nouns")
LIGHT_NOUNS = _words("light_nouns")
ORDINAL_NUMBERS = {word: int(value) for word, value in _values("ordinal_numbers").items()}
REPEATABLE_VERBS = _words("repeatable_verbs")
STATE_SECTORS = _words("state_sectors")
HOME_ADDRESSED_TYPES = _words("home_addressed_types")
HOME_IMPOSED_TYPES = _words("home_imposed_types")
MEASURE_NOUNS = _words("measure_nouns")
OBLIGATION_AUXILIARIES = _words("obligation_auxiliaries")
JOINT_ADVERBS = _words("joint_adverbs")
JOINT_MODIFIERS = _words("joint_modifiers")
POWER_NOUNS = _words("power_nouns")
PREDICTING_AUXILIARIES = _words("predicting_auxiliaries")
RESPONSE_NOUNS = _words("response_nouns")
RESPONSE_VERBS = _words("response_verbs")
SEA_NOUNS = _words("sea_nouns")
INSISTING_VERBS = _words("insisting_verbs")
NOBODY_WORDS = _words("nobody_words")
ORDERING_VERBS = _words("ordering_verbs")
LEAVING_VERBS = _words("leaving_verbs")
CONDEMNING_WORDS = _words("condemning_words")
SERVING_NOUNS = _words("serving_nouns")
STATE_OFFICE_WORDS = _words("state_office_words")
PATIENT_NOUNS = _words("patient_nouns")
DOWNSIZING_VERBS = _words("downsizing_verbs")
STAFF_NOUNS = _words("staff_nouns")
RESTRICTION_NOUNS = _words("restriction_nouns")


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


# The reactions whose object may be an earlier act: rejecting, condemning or welcoming it,
# yielding to it, or asking that it be undone ("demanded the release of ..."); the replies
# stage gives them the author of the act they answer.
REACTION_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "CONCEDE", "REQUEST"})


@lru_cache(maxsize=1)
def load_reply_nouns(path: Path = DATA_DIR / "reply_nouns.tsv") -> dict[str, frozenset[str]]:
    """Noun lemma -> the event types an act so named can be ("sanction" -> SANCTION)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row["noun"]: frozenset(row["types"].split("|"))
                for row in csv.DictReader(f, delimiter="\t")}
