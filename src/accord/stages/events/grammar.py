"""Questions about the dependency parse that every step of the coder asks: a word's
objects, infinitive, agent and particles, the verb a noun belongs to, whether a clause
is past, the evidence span of a sentence."""

from __future__ import annotations

from typing import Any

from accord.stages.events.lexicon import (
    INSISTING_VERBS, PLACE_PREPOSITIONS, PREDICTING_AUXILIARIES, REPEATABLE_VERBS, REPORTING_VERBS,
    TARGET_PREPOSITIONS, TIME_PREPOSITIONS, WEAPON_NOUNS,
)
from accord.stages.events.patterns import Pattern
from accord.stages.syntax import DURATIONS, child as _child, subject_of


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


def _broke_out(verb: Any) -> bool:
    """"clashes broke out": an event began (not "broke the truce")."""
    return verb.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _misread_place(obj: Any) -> bool:
    """"rallied outside parliament": the parser may read the preposition as an adjective
    and the place as a direct object."""
    return obj.dep_ == "dobj" and any(c.dep_ == "amod" and c.lower_ in PLACE_PREPOSITIONS for c in obj.children)


def _weapon_subject(verb: Any) -> Any | None:
    """The weapon a verb says went off, if it does: "a bomb exploded", "a device went off",
    "an explosive device detonated" (which the parser may hang on the noun); not one that
    someone is said to have fired or set off ("a device detonated by the army")."""
    subject = subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)
    if subject is None or subject.i > verb.i or subject.lemma_.lower() not in WEAPON_NOUNS:
        return None
    return subject if _child(verb, "nsubjpass") is None and _agent(verb) is None else None


def _joined_to_report(verb: Any) -> Any | None:
    """The subject of the report a speech act is joined to in the parse only: in "X said
    that Armenia had not provided maps, and accused Yerevan of ...", the parser hangs
    "accused" on "provided", but it is X who accuses."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or _child(verb, "nsubj") is not None \
            or _child(verb, "nsubjpass") is not None:
        return None
    report = verb.head.head if verb.head.dep_ == "ccomp" else None
    if report is None or report.lemma_.lower() not in REPORTING_VERBS or report.tag_ != "VBD" \
            or report.i > verb.head.i:
        return None  # ("X agreed ... and condemned ..., officials said": the report follows)
    return subject_of(report)


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


def _objects_of(tok: Any) -> list[Any]:
    """Direct objects, then objects of prepositions, of a verb or noun (in that order)."""
    direct = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.pos_ != "ADP"]
    # "condemned what he called China's dangerous actions": the thing named, and whose act
    # it is when the naming says ("what it called interference by the EU")
    for naming in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() == "call"
                   and any(g.dep_ == "dobj" and g.lower_ == "what" for g in c.children)):
        named = [c for c in naming.children if c.dep_ == "oprd"]
        authors = [g for c in naming.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        authors += [g for n in named for t in n.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                    for g in t.children if g.dep_ == "pobj"]
        owners = [c for n in named for c in n.children if c.dep_ == "poss"]
        direct += [*owners, *authors, *named]
    governed = []
    for c in tok.children:
        # "provide support to Israel": the parser may call "to" a dative
        if (c.dep_ in ("prep", "agent", "dative") and c.lower_ in TARGET_PREPOSITIONS) or c.dep_ == "prt":
            governed.extend(g for g in c.children if g.dep_ == "pobj")
            # "talks with visiting President X": the parser takes the participle for a verb
            governed.extend(o for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                            for o in g.children if o.dep_ == "dobj")
        if c.dep_ == "prt":  # "kidnapped up to 16 advisers": the parser hangs "to" on "up"
            governed.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPOSITIONS
                            for g in p.children if g.dep_ == "pobj")
    return direct + governed


def _span_text(tok: Any) -> str:
    """The words of a noun phrase up to its head ("each other" in "each other of provoking")."""
    return " ".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1])


def _has_particles(verb: Any, particles: tuple[str, ...]) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent")}
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].pos_ in ("ADP", "ADV", "PART"):
        words.add(verb.doc[verb.i + 1].lower_)  # "handed over 32 prisoners": "over" read as "more than"
    # "charged the leader with treason": the parser may hang "with" on the object
    words |= {g.lower_ for c in verb.children if c.dep_ == "dobj"
              for g in c.children if g.dep_ == "prep" and g.lower_ == "with"}
    return all(p in words for p in particles)


def _without_again(lemma: str, patterns: dict[tuple[str, str], list[Pattern]], word: str = "") -> str:
    """"reimpose" -> "impose", "re-open" -> "open": an act done again is the act. Also
    mends a lemma the lemmatizer got wrong ("staged" -> "stag") from the word itself."""
    for prefix in ("re-", "re"):
        base = lemma[len(prefix):]
        if (lemma.startswith(prefix) and (base, "VERB") in patterns
                and (prefix == "re-" or base in REPEATABLE_VERBS)):  # not "recommend" -> "commend"
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


def _past(clause: Any) -> bool:
    """Whether a clause is in a past tense ("were killed", "had attacked", "attacked")."""
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)


def _reporting_subject(tok: Any) -> Any | None:
    """"Syria says it is willing": the subject of the reporting verb a pronoun's clause hangs on."""
    clause = tok.head
    if clause.dep_ == "relcl" and clause.head.head.pos_ == "VERB" and clause.head.dep_ in ("dobj", "pobj"):
        # "released five soldiers it had held": the one who held them is the releaser
        return subject_of(clause.head.head)
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS | INSISTING_VERBS:
            return subject_of(clause.head)
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _time_phrase(noun: Any) -> bool:
    """A noun that dates its clause: "after the talks", "after five days of fighting"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in DURATIONS:
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPOSITIONS


def _question(sent: Any) -> bool:
    """A sentence that asks: "Will China provide assistance to Cuba?"."""
    return sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


def _predicted(verb: Any) -> bool:
    """A verb said to come: "will", "would" or "'ll" before it ("a response would follow")."""
    return any(c.dep_ == "aux" and c.lower_ in PREDICTING_AUXILIARIES for c in verb.children)
