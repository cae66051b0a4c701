"""The quotes stage: who said what.

Direct quotes are the stretches between quotation marks (straight or curly); a
paragraph that opens a quote without closing it continues into the next paragraph
that opens one, as news style has it. Short quoted phrases with no speech verb near
them are scare quotes (``the "political virus"``), not quotations.

The speaker is the subject of the speech verb (``said``, ``told``, ``added`` ... from
``data/speech_verbs.tsv``) in the sentence that holds the quote; a verb without a
subject of its own (``..., adding that``) takes the subject of the verb it hangs on.
Pronouns and surnames point back to the person last named in full.

Indirect speech is a speech verb's reported clause (``Xi said that he is ready ...``),
kept with ``direct: false``.
"""

from __future__ import annotations

import csv
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from accord.record import Document, Entity, Participant, Quote
from accord.stages.syntax import subject_of

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_MIN_WORDS_WITHOUT_CUE = 6
_PRONOUNS = {"he", "she", "they", "i", "we"}


@lru_cache(maxsize=None)
def load_speech_verbs(path: Path = DATA_DIR / "speech_verbs.tsv") -> dict[str, str]:
    """Lemmas of verbs that introduce speech -> what kind of speech act they mark."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["lemma"]: row["kind"] for row in csv.DictReader(fh, delimiter="\t")}


def find_quotes(doc: Document) -> Document:
    """Fill ``doc.quotes`` with direct and reported speech and their speakers."""
    quotes = []
    direct_spans = quote_spans(doc.text, doc.paragraphs)
    for start, end in direct_spans:
        quote = _direct_quote(doc, start, end)
        if quote is not None:
            quotes.append(quote)
    quotes.extend(_indirect_quotes(doc, direct_spans))
    quotes.sort(key=lambda q: q.start)
    doc.quotes = quotes
    return doc


# --- finding quotation marks -----------------------------------------------------------

def quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the text inside each pair of quotation marks.

    A quote left open at a paragraph's end runs on when the next paragraph opens with a
    quotation mark, and is closed at the paragraph's end otherwise.
    """
    paragraphs = paragraphs or [(0, len(text))]
    spans: list[tuple[int, int]] = []
    carry: int | None = None  # start of a quote left open by the previous paragraph
    previous_end = 0
    for p_start, p_end in paragraphs:
        if carry is not None and text[p_start:p_start + 1] not in ('"', "\u201c"):
            spans.append((carry, _rstrip_end(text, carry, previous_end)))
            carry = None
        quote_start: int | None = None
        closer = ""
        for i in range(p_start, p_end):
            ch = text[i]
            if quote_start is None:
                if ch == '"' and _opens(text, i):
                    closer = '"'
                elif ch in _OPENERS:
                    closer = _OPENERS[ch]
                else:
                    continue
                # The first mark of a paragraph re-opens a quote the last one left open.
                quote_start = carry if (carry is not None and i == p_start) else i + 1
                carry = None
            elif ch == closer or (closer == '"' and ch == "\u201d"):
                spans.append((quote_start, i))
                quote_start = None
        carry = quote_start
        previous_end = p_end
    if carry is not None:
        spans.append((carry, _rstrip_end(text, carry, previous_end)))
    return [(s, e) for s, e in spans if e > s and text[s:e].strip()]


def _opens(text: str, i: int) -> bool:
    # A straight quote opens after a space, a bracket or the start; else it closes one.
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,!?;:")


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# --- direct quotes ---------------------------------------------------------------------

def _direct_quote(doc: Document, start: int, end: int) -> Quote | None:
    text = doc.text[start:end]
    sdoc = doc.nlp
    cue_token = _cue_for(sdoc, start, end)
    if cue_token is None and len(text.split()) < _MIN_WORDS_WITHOUT_CUE:
        return None  # a scare quote or a title, not something someone said
    speaker = _speaker_of(cue_token, doc, before=start) if cue_token is not None else None
    if speaker is None and cue_token is None:
        speaker = _according_to(doc, start, end)
    return Quote(text=text, start=start, end=end, direct=True, speaker=speaker,
                 cue=cue_token.text if cue_token is not None else None)


def _sentences_touching(sdoc: Any, start: int, end: int) -> list[Any]:
    return [s for s in sdoc.sents if s.start_char < end and s.end_char > start]


def _cue_for(sdoc: Any, start: int, end: int) -> Any | None:
    """The speech verb outside the quote, in the sentences the quote touches."""
    verbs = load_speech_verbs()
    sents = _sentences_touching(sdoc, start, end)
    if not sents:
        return None
    # The sentence where the quote ends carries the cue in "...," X said; else the first.
    for sent in [sents[-1], sents[0]] if len(sents) > 1 else sents:
        best = None
        for tok in sent:
            if start - 1 <= tok.idx < end + 1:
                continue
            if tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "AUX"):
                distance = min(abs(tok.idx - end), abs(tok.idx - start))
                if best is None or distance < best[0]:
                    best = (distance, tok)
        if best is not None:
            return best[1]
    return None


def _speaker_of(verb: Any, doc: Document, before: int) -> Participant | None:
    """The subject of a speech verb, as a participant."""
    subject = subject_of(verb)
    return _participant_for(subject, doc, before) if subject is not None else None


def _participant_for(token: Any, doc: Document, before: int) -> Participant | None:
    entity = _entity_covering(doc.entities, token)
    if entity is not None:
        return Participant(text=entity.text, start=entity.start, end=entity.end, actor=entity.actor)
    if token.lower_ in _PRONOUNS:
        person = _last_person_before(doc.entities, token.idx if token.idx < before else before)
        if person is not None:
            return Participant(text=token.text, start=token.idx, end=token.idx + len(token.text),
                               actor=person.actor)
        return None
    # A role noun ("the minister said"): the phrase itself, with the last person holding it.
    phrase = doc.nlp[token.left_edge.i:token.i + 1]
    person = _last_person_before(doc.entities, token.idx, role_word=token.lower_)
    return Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                       actor=person.actor if person else None)


def _entity_covering(entities: list[Entity], token: Any) -> Entity | None:
    best = None
    for e in entities:
        if e.start <= token.idx < e.end and (best is None or e.end - e.start > best.end - best.start):
            best = e
    if best is None:
        # The subject's head may be a title ("President Xi"): look at its compounds.
        for child in token.subtree:
            for e in entities:
                if e.start <= child.idx < e.end and e.kind == "PERSON":
                    return e
    return best


def _last_person_before(entities: list[Entity], offset: int, role_word: str | None = None) -> Entity | None:
    people = [e for e in entities if e.kind == "PERSON" and e.start < offset and e.actor]
    if role_word:
        people = [e for e in people if e.actor and (e.actor.role or "").lower().endswith(role_word)]
    return people[-1] if people else None


def _according_to(doc: Document, start: int, end: int) -> Participant | None:
    sents = _sentences_touching(doc.nlp, start, end)
    for sent in sents:
        m = re.search(r"\baccording to\s+", sent.text, re.IGNORECASE)
        if m:
            at = sent.start_char + m.end()
            for e in doc.entities:
                if e.start == at or (at <= e.start < at + 40 and e.kind in ("PERSON", "ORG")):
                    return Participant(text=e.text, start=e.start, end=e.end, actor=e.actor)
    return None


# --- indirect speech -------------------------------------------------------------------

def _indirect_quotes(doc: Document, direct_spans: list[tuple[int, int]]) -> list[Quote]:
    verbs = load_speech_verbs()
    quotes = []
    for tok in doc.nlp:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        if not clauses:
            continue
        clause = clauses[0]
        left, right = clause.left_edge, clause.right_edge
        # "said that ...": the complementiser is not part of what was said.
        while left.i < right.i and left.dep_ in ("mark", "punct"):
            left = doc.nlp[left.i + 1]
        while right.i > left.i and right.is_punct:
            right = doc.nlp[right.i - 1]
        start, end = left.idx, right.idx + len(right.text)
        if doc.dateline and start == 0 and doc.text.startswith(doc.dateline.text):
            start = len(doc.dateline.text) + 1  # the dateline is not part of what was said
        if any(start < e and s < end for s, e in direct_spans):
            continue  # the clause is, or holds, a direct quote already recorded
        if len(doc.text[start:end].split()) < 3:
            continue
        speaker = _speaker_of(tok, doc, before=start)
        if speaker is None:
            continue
        quotes.append(Quote(text=doc.text[start:end], start=start, end=end, direct=False,
                            speaker=speaker, cue=tok.text))
    return quotes
