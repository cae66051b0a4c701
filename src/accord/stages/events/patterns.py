"""The event patterns of ``data/event_patterns.tsv``: reading them, checking every column,
and naming a pattern in an event's rule; and the CAMEO codes with their Goldstein values
(``data/cameo.tsv``)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from accord.stages.events.lexicon import DATA_DIR
from accord.stages.syntax import hyphenated


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


# A mode is PLOVER's word for how the act was done: lower-case words ("phone call",
# "heavy-weapons"), or empty.
_MODE = re.compile(r"(?:[a-z][a-z-]*(?: [a-z][a-z-]*)*)?")
_NEEDS_TARGET = ("yes", "no", "joint", "intransitive", "giver", "xcomp", "control", "harm", "threat", "moved",
                 "weapon")


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
    if row.get("mode") is None or not _MODE.fullmatch(row["mode"]):
        return f"mode {row.get('mode')!r} is not empty or lower-case words"
    if None in row:
        return "more cells than the header has columns (is a tab too many?)"
    if "+" in row["trigger"] and row["pos"] != "VERB":
        return f"trigger {row['trigger']!r}: only a VERB pattern names objects (+word)"
    return None


@lru_cache(maxsize=None)
def load_cameo(path: Path = DATA_DIR / "cameo.tsv") -> dict[str, float]:
    """CAMEO code -> Goldstein value."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: float(row["goldstein"]) for row in csv.DictReader(fh, delimiter="\t")}


def _pattern_name(pattern: Pattern, event_object: Any | None) -> str:
    """The pattern as a rule names it: its words and the object that matched ("deliver
    +rations" for the row "deliver +aid|...|rations|..."), so the rule stays readable."""
    words = pattern.trigger.split(" +")[0]
    return f"{words} +{hyphenated(event_object)}" if event_object is not None else pattern.trigger
