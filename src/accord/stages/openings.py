"""Opening place clauses: the clause after them parsed again on its own.

Incident reports open with where and when before who did what: "On 5 February 2024, in
Buea, Fako division, South-West region, around 300 residents marched ...". The small
parser reads such a list of places as one long noun phrase and takes the first words
of the clause into it ("residents" an apposition of "division"), so the verb is left
without a subject and nothing is coded. Parsed alone, the clause parses as any
sentence does.

:func:`reparse_openings` finds, in each sentence of a parsed piece, an opening run of at
least two comma-separated adjuncts (a phrase opened by a preposition of time or place,
or a bare place name: capitalised words, or words closed by an administrative noun such
as "division" or "province"; the word classes ``opening_prepositions``,
``place_name_connectors`` and ``admin_unit_nouns`` of ``data/lexicon.tsv``), parses the
rest of the sentence alone and copies its tags and dependencies over the clause's
tokens; the adjuncts then hang on the clause's root. A person's full name ends the run
(it may be who acts). Entities are left as the first parse found them.
"""

from __future__ import annotations

from typing import Any

from accord.stages.events.lexicon import ADMIN_UNIT_NOUNS, OPENING_PREPOSITIONS, PLACE_NAME_CONNECTORS

_MAX_ADJUNCTS = 8


def reparse_openings(nlp: Any, sdoc: Any) -> Any:
    """``sdoc`` with each sentence's opening run of adjuncts set apart from the clause
    after it (parsed again on its own); ``sdoc`` is changed in place and returned."""
    for sent in list(sdoc.sents):
        start = _clause_start(sent)
        if start is not None:
            _reparse_clause(nlp, sent, start)
    return sdoc


def _clause_start(sent: Any) -> int | None:
    """The index of the first token of the clause after an opening run of at least two
    adjuncts, or None when the sentence has no such run."""
    if not sent or sent[0].lower_ not in OPENING_PREPOSITIONS:
        return None
    segments: list[list[Any]] = [[]]
    for tok in sent:
        if tok.text == ",":
            segments.append([])
            if len(segments) > _MAX_ADJUNCTS + 1:
                return None
        else:
            segments[-1].append(tok)
    adjuncts = 0
    for i, segment in enumerate(segments[:-1]):
        if not segment or not (_prepositional(segment) or (adjuncts and _place_name(segment, segments[i + 1]))):
            break
        adjuncts += 1
    if adjuncts < 2:
        return None
    first = segments[adjuncts]
    if not first or not any(t.pos_ in ("VERB", "AUX") for seg in segments[adjuncts:] for t in seg):
        return None
    return first[0].i


def _prepositional(segment: list[Any]) -> bool:
    """"On 12 March 2024", "in Acapulco", "near the town of Sake": a preposition of time
    or place and what it governs, no verb among them."""
    return segment[0].lower_ in OPENING_PREPOSITIONS and len(segment) > 1 \
        and not any(t.pos_ in ("VERB", "AUX") for t in segment[1:])


def _place_name(segment: list[Any], following: list[Any] | None = None) -> bool:
    """"Guerrero", "Mayo-Sava division", "North Kivu province": words closed by an
    administrative noun, or capitalised words. The name finder takes many a district for
    an organisation or a person; a name it takes for a person of two names or more is a
    place only when a place name follows it ("Francisco Morazán, Honduras, ..."), not
    when the clause goes on ("President Volodymyr Zelensky, speaking to reporters, ...")."""
    if any(t.pos_ in ("VERB", "AUX") for t in segment):
        return False
    if segment[-1].lower_ in ADMIN_UNIT_NOUNS:
        return True
    if not all(t.is_title or t.is_upper or t.like_num or t.lower_ in PLACE_NAME_CONNECTORS or t.is_punct for t in segment):
        return False
    if sum(1 for t in segment if t.ent_type_ == "PERSON") > 1:
        return following is not None and bool(following) and _place_name(following)
    return True


def _reparse_clause(nlp: Any, sent: Any, start: int) -> None:
    """Parse the clause from ``start`` to the sentence end alone and copy its analysis in;
    nothing changes when the clause does not parse as one sentence of the same tokens."""
    doc = sent.doc
    clause = doc[start:sent.end]
    alone = nlp(clause.text)
    if len(alone) != len(clause) or any(a.text != b.text for a, b in zip(alone, clause)) \
            or sum(1 for t in alone if t.dep_ == "ROOT") != 1:
        return
    root = next(t for t in alone if t.dep_ == "ROOT")
    new_root = doc[start + root.i]
    for tok, parsed in zip(clause, alone):
        tok.tag_, tok.pos_, tok.lemma_ = parsed.tag_, parsed.pos_, parsed.lemma_
    for tok, parsed in zip(clause, alone):
        tok.head = doc[start + parsed.head.i]
        tok.dep_ = parsed.dep_
    for tok in doc[sent.start:start]:
        if tok.head.i >= start or tok.head.i == tok.i:
            # the adjunct phrases, and the commas between them, hang on the clause's verb
            tok.head = new_root
            tok.dep_ = "punct" if tok.is_punct else "prep" if tok.lower_ in OPENING_PREPOSITIONS else "npadvmod"
