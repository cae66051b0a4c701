"""Small helpers over spaCy's dependency parse, shared by the quotes and events stages."""

from __future__ import annotations

from typing import Any

# Clauses that share their subject with the verb they hang on ("after meeting X, Y said":
# pcomp, then the preposition, then the verb).
_SUBJECT_SHARING = ("conj", "xcomp", "advcl", "acomp", "pcomp", "oprd")
# Verbs whose object is the one who is to act: "urged Kyiv to negotiate", "let them leave";
# with others the subject acts ("used tear gas to disperse the crowd").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "call", "press", "pressure", "push", "persuade", "encourage", "invite", "order",
    "tell", "force", "compel", "oblige", "allow", "permit", "enable", "help", "request", "want",
    "expect", "warn", "advise", "instruct", "require", "authorize", "authorise", "convince", "appeal",
    "implore", "beg", "get", "let", "challenge", "direct", "command", "lead", "prompt", "remind",
    "encourage", "induce", "need", "prefer", "like", "empower", "mandate", "commission"})


# Nouns of time a clause can measure an activity in: "after five days of fighting".
DURATIONS = frozenset({"hour", "day", "night", "week", "month", "year"})
# Prepositions of time and manner whose gerund is done by the clause's subject ("after
# meeting X, Y said"); "for" is not one ("jailed X for helping": X helped).
_SUBJECT_PREPS = frozenset({"after", "before", "since", "while", "during", "by", "without", "upon", "on"})


def child(tok: Any, dep: str) -> Any | None:
    """The first child of ``tok`` with this dependency label."""
    return next((c for c in tok.children if c.dep_ == dep), None)


# Entity labels of places: a noun listed among them is where, not who.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def nearest_child(tok: Any, dep: str) -> Any | None:
    """The child of ``tok`` with this label; of two, the one nearer to it when the first is
    a place or a label before a colon: where an opening list of places derails the parse,
    "in Macomia district, Cabo Delgado, a man was shot" gives the verb two passive
    subjects, and the one beside it is the verb's."""
    found = [c for c in tok.children if c.dep_ == dep]
    if len(found) > 1:
        nearest = min(found, key=lambda c: abs(c.i - tok.i))
        between = tok.doc[min(found[0].i, nearest.i):max(found[0].i, nearest.i)]
        if any(t.ent_type_ in _PLACE_LABELS for t in found[0].subtree) or any(t.text == ":" for t in between):
            return nearest  # "Q: On Friday, Japan added ...": a label or a place is no subject
    return found[0] if found else None


def subject_of(verb: Any) -> Any | None:
    """The subject of a verb, robust to the small model's usual slips.

    Its own ``nsubj``; the noun a participle describes (``protesters demanding``); the
    subject of the clause a time phrase hangs on (``after meeting X, Y said``); else the
    subject of the verb it shares one with (``..., adding that``); else a proper noun
    standing right before it (``Xi Jinping said``), which the parser sometimes attaches
    elsewhere.
    """
    subject = nearest_child(verb, "nsubj")
    if subject is not None:
        return subject
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in OBJECT_CONTROL:
        # "urged Kyiv to negotiate": the one asked to act is the object, not the asker.
        obj = child(verb.head, "dobj")
        if obj is not None and obj.i < verb.i:
            return obj
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.tag_ == "VBG" or verb.head.dep_ == "ROOT"):
        # "demonstrators protesting the result": the noun does it; and where the parser made
        # the sentence's subject its root ("Mali's rulers [acceded] to ..."), the verb is main
        return verb.head
    if verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and verb.tag_ == "VBG"):
        # "after meeting X, Y said", "retook the town after three days of fighting"
        prep = verb.head
        if prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in DURATIONS:
            prep = prep.head.head
        if prep.dep_ == "prep" and prep.lower_ in _SUBJECT_PREPS and prep.head.pos_ in ("VERB", "AUX"):
            subject = child(prep.head, "nsubj")
            if subject is not None:
                return subject
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _SUBJECT_SHARING or tok.head.i == tok.i:
            break
        sharing, tok = tok.dep_, tok.head
        subject = child(tok, "nsubj")
        if subject is None and sharing == "conj":
            subject = child(tok, "nsubjpass")  # "was indicted and will resign"
        if subject is not None:
            return subject
    if tok is not verb and tok.pos_ in ("VERB", "AUX"):
        # "..., Honduras, the police raided four houses and arrested 11 men"
        subject = swallowed_subject(tok, tok.i - 1)
        if subject is not None:
            return subject
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= verb.sent.start and verb.doc[i].pos_ == "PROPN":
        return verb.doc[i]
    return swallowed_subject(verb, i)



def swallowed_subject(verb: Any, before: int | None = None) -> Any | None:
    """The subject the parser swallowed into an opening list of places.

    "On 5 March, in Chamelecón, Cortés, Honduras, the military police raided ...": the
    small model reads "police" as one more place of the list (a ``conj`` or ``appos`` under
    the preposition's object) and leaves the verb without a subject, or hangs the verb on it
    as a clause (``acl``). The noun right before the verb (past a bracketed acronym) that
    sits in such a list and is no place is the subject.
    """
    doc, start = verb.doc, verb.sent.start
    before = verb.i - 1 if before is None else before
    if verb.dep_ == "acl" and verb.head.dep_ in ("conj", "appos") and (
            verb.tag_ == "VBD" or verb.sent.root.pos_ not in ("VERB", "AUX")):
        noun = verb.head  # "in Dhaka, Bangladesh, garment workers protested": no main verb
    else:
        if before >= start and doc[before].text == ")":
            while before >= start and doc[before].text != "(":
                before -= 1
            before -= 1
        if before < start:
            return None
        noun = doc[before]
        while noun.dep_ in ("compound", "pobj", "prep") and noun.head.pos_ not in ("VERB", "AUX"):
            noun = noun.head  # "police of Public Order": the phrase's head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in _PLACE_LABELS:
        return None
    if noun.dep_ not in ("conj", "appos") or noun.i > verb.i:
        return None
    anchor = noun
    while anchor.dep_ in ("conj", "appos"):
        anchor = anchor.head
    if anchor.dep_ != "pobj" or anchor.head.dep_ != "prep" or anchor.ent_type_ not in _PLACE_LABELS:
        return None
    return noun


def hyphenated(tok: Any) -> str:
    """"sit-in", "walk-out": the word a token ends when the tokenizer split it at a hyphen,
    else the token itself."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_
