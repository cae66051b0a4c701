"""The quotes stage: who said what.

Direct quotes are the stretches between quotation marks (straight or curly); a
paragraph that opens a quote without closing it continues into the next paragraph
that opens one, as news style has it. Short quoted phrases with no speech verb near
them are scare quotes (``the "political virus"``), not quotations.

The speaker is the subject of the speech verb (``said``, ``told``, ``added`` ... from
``data/speech_verbs.tsv``) in the sentence that holds the quote; a verb without a
subject of its own (``..., adding that``) takes the subject of the verb it hangs on.
Pronouns and surnames point back to the person last named in full.

A quote with no speech verb of its own takes a colon's cue (``X put it bluntly: "..."``)
or, when it follows another quote in the same paragraph or continues it in the next one,
that quote's speaker. Pronouns and role nouns (``the minister said``) take the speaker or
person they point back to; an apposition names the speaker (``His lawyer, X, said``).

Indirect speech is a speech verb's reported clause (``Xi said that he is ready ...``),
a request's object and infinitive (``urged the authorities to ...``) and the clause an
``according to X`` is attached to. Beyond speech, the verbs of ``data/attribution_cues.tsv``
attribute beliefs (``believes that``), plans (``plans to``), perceptions, findings (``a
report found that``), questions and judgements (``called the plan "reckless"``,
``criticized the tax``), each through the complements the table names.

Every attribution has a ``kind``: ``direct`` (all of it in quotation marks), ``mixed`` (a
paraphrase holding quoted words, or a lead-in running into a quotation: ``said that
"..."``, ``said Obama "knows ..."``), or ``indirect``. A quote split by its cue (``"A,"
she said, "B."``) or continued without one (``"A," she said. "B."``) is one attribution
with several ``spans``. Nested speech is kept to its outermost attribution, and a
quotation nobody can be found to say (a headline, a slogan) is dropped.
"""

from __future__ import annotations

import csv
import logging
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from accord.kb import load_org_sectors, load_roles
from accord.record import Actor, Document, Entity, Participant, Quote
from accord.stages.offsets import (
    ANTECEDENT_WINDOW, Intervals, SpanIndex, entity_index, last_person_before, sentences_of,
)
from accord.stages.syntax import subject_of

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019"}
_MIN_WORDS_WITHOUT_CUE = 6
_PRONOUNS = {"he", "she", "they", "i", "we", "it"}
# Words before a short quoted phrase that make it a name or a scare quote, not speech.
_NAMING_WORDS = {"the", "a", "an", "so-called", "its", "their", "his", "her", "our", "titled", "entitled",
                 "dubbed", "called", "named", "term", "word", "words", "phrase", "slogan", "label", "as",
                 "of", "so", "calls", "coined"}
# Verbs that report a request through an object and an infinitive: "urged X to ...".
_REQUEST_CUES = {"urge", "press", "call", "appeal", "implore", "encourage", "ask", "exhort", "warn", "tell"}


@lru_cache(maxsize=None)
def load_speech_verbs(path: Path = DATA_DIR / "speech_verbs.tsv") -> dict[str, str]:
    """Lemmas of verbs that introduce speech -> what kind of speech act they mark."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["lemma"]: row["kind"] for row in csv.DictReader(fh, delimiter="\t")}


def find_quotes(doc: Document) -> Document:
    """Fill ``doc.quotes`` with direct and reported speech and their speakers."""
    spans = Intervals(quote_spans(doc.text, doc.paragraphs))
    quotes = _direct_quotes(doc, spans)
    quotes.extend(_indirect_quotes(doc, spans, quotes))
    quotes.sort(key=lambda q: q.start)
    # A quotation nobody in the text can be found to say (a headline, a slogan, a quoted
    # post) is no attribution.
    doc.quotes = _outermost(_once([q for q in quotes if q.speaker is not None]))
    return doc


def _once(quotes: list[Quote]) -> list[Quote]:
    """One attribution where two ways found it (a lead-in running into a quotation, and
    the clause of the same cue): the one that reaches further, for each start and cue."""
    longest: dict[tuple[int, str | None], Quote] = {}
    for q in quotes:
        key = (q.start, q.cue)
        if key not in longest or q.end > longest[key].end:
            longest[key] = q
    return [q for q in quotes if longest[(q.start, q.cue)] is q]


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Nested speech kept to its outermost attribution: in ``According to X, farmers say
    the rains came late``, what the farmers say is part of what X says."""
    reported = [q for q in quotes if q.kind != "direct" and q.speaker is not None]

    def nested(q: Quote) -> bool:
        return q.speaker is not None and any(
            o is not q and o.start <= min(q.start, q.speaker.start) and max(q.end, q.speaker.end) <= o.end
            for o in reported)

    return [q for q in quotes if q.kind == "direct" or not nested(q)]


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
                elif ch in _OPENERS and (ch != "\u2018" or _opens(text, i)):
                    closer = _OPENERS[ch]
                else:
                    continue
                # The first mark of a paragraph re-opens a quote the last one left open.
                quote_start = carry if (carry is not None and i == p_start) else i + 1
                carry = None
            elif ch == closer or (closer == '"' and ch == "\u201d"):
                if closer == "\u2019" and i + 1 < len(text) and text[i + 1].isalpha():
                    continue  # an apostrophe inside a word ("don’t"), not the closing mark
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

def _direct_quotes(doc: Document, spans: Intervals) -> list[Quote]:
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_cue: Any | None = None
    for start, end in spans:
        text = doc.text[start:end]
        cue = _cue_for(doc.nlp, start, end)
        colon = _colon_cue(doc, start)
        follows = previous is not None and _continues(doc, previous, start)
        short = len(text.split()) < _MIN_WORDS_WITHOUT_CUE
        if short and (_naming_context(doc.text, start) or (cue is None and colon is None and not follows
                                                           and not _stands_alone(doc, start, end))):
            continue  # a scare quote, a name or a title, not something someone said
        if _title_cased(text):
            continue  # "Good Morning America", "The Art of the Deal": a title, not speech
        if previous is not None and follows and (
                (cue is not None and previous_cue is not None and cue.i == previous_cue.i)
                or (cue is None and colon is None and _according_to(doc, start, end) is None)):
            # The next piece of the same quote: '"A," she said, "B."', or '"A," she said. "B."'
            previous.add_piece(doc.text, start, end)
            continue
        context = previous.speaker if previous is not None else None
        # "according to X" names the source outright, whatever other verb the sentence has.
        speaker = _according_to(doc, start, end)
        cue_text = "according to" if speaker is not None else None
        if speaker is None and (named := _name_before_colon(doc, start)) is not None:
            speaker, cue_text = named, ":"  # 'Carl Bialik: "One of the lessons ..."'
        if speaker is None and cue is not None:
            speaker, cue_text = _speaker_of(cue, doc, start, context, spans), cue.text
        if speaker is None and colon is not None:
            speaker, cue_text = _speaker_of(colon, doc, start, context, spans), colon.text
        if speaker is None and follows:
            speaker, cue_text = previous.speaker, previous.cue
        addressee = _addressee(cue, doc, spans) if cue is not None and cue_text == cue.text else None
        quote = Quote(text=text, start=start, end=end, direct=True, speaker=speaker, cue=cue_text,
                      addressee=addressee)
        if cue is not None and cue_text == cue.text and cue.idx < start:
            lead = _lead_in(doc, cue, start)
            if lead is not None:  # 'He said Obama "knows full well ..."': a paraphrase runs into the quote
                quote = Quote(text=doc.text[lead:end], start=lead, end=end, direct=False, kind="mixed",
                              speaker=speaker, cue=cue_text, addressee=addressee)
        if quote.kind == "direct" and _runs_on(doc, start, cue):
            quote.kind, quote.direct = "mixed", False  # 'that Crist "would say anything"': part of a sentence
        quotes.append(quote)
        previous, previous_cue = quote, cue
    return quotes


_LEAD_IN_TOKENS = 25


def _runs_on(doc: Document, start: int, cue: Any | None) -> bool:
    """Whether a quotation opens in lower case in the middle of a sentence, continuing
    the reporter's words (``... that Crist "would say or do anything"``), not right
    after its cue (``He says "it's late"``)."""
    text = doc.text
    if not text[start:start + 1].islower():
        return False
    before = text[max(0, start - 40):start - 1].rstrip()
    if not before or not before[-1].isalnum():
        return False
    if cue is None or cue.idx > start:
        return True
    return any(ch.isalnum() for ch in text[cue.idx + len(cue.text):start])


def _lead_in(doc: Document, cue: Any, start: int) -> int | None:
    """Where the paraphrase starts that runs from a cue into a quotation: ``said that
    "..."``, ``said Obama "knows ..."``, ``vowed to oppose it "today, tomorrow, forever"``;
    None when only the speaker, the addressee or punctuation stand between (``told
    reporters: "We ..."``) and the quotation opens as a sentence does."""
    sdoc = doc.nlp
    between = [t for t in sdoc[cue.i + 1:min(len(sdoc), cue.i + 1 + _LEAD_IN_TOKENS)] if t.idx < start - 1]
    if not between or between[-1].idx + len(between[-1].text) < start - 3:
        return None  # the quotation is not next to the cue's words
    skipped = {d.i for c in cue.children if c.dep_ in ("nsubj", "dative", "npadvmod")
               or (c.dep_ in ("dobj", "prep") and cue.lemma_.lower() in _ADDRESSING and c.i < between[-1].i
                   and c.lower_ not in ("that", "of"))
               for d in c.subtree}
    words = [t for t in between if not t.is_punct and t.i not in skipped]
    lowercase = doc.text[start:start + 1].islower()
    if not words or not (lowercase or words[-1].lower_ == "that"):
        return None
    first = next((t for t in words if t.lower_ != "that"), None)
    return first.idx if first is not None and first.idx < start else start


_TITLE_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")


_TITLE_LOWER = {"a", "an", "the", "of", "to", "in", "on", "and", "for", "but", "or", "at", "by", "with", "from",
                "nor", "as", "vs"}


def _title_cased(text: str) -> bool:
    """A short quotation every word of which but the small ones is capitalised is a title
    or a name (a programme, a book, a film), which nobody says in running speech; an
    exclamation or a question ("What a Super Tuesday!") is said."""
    if text.rstrip(" ,.\"\u201d\u2019").endswith(("!", "?")) or not any(ch.islower() for ch in text):
        return False  # in capitals throughout, a quotation's case tells nothing
    words = [w for w in _TITLE_WORDS.findall(text) if w.lower() not in _TITLE_LOWER]
    return 2 <= len(words) <= 12 and all(w[0].isupper() for w in words)


def _paragraph_of(doc: Document, offset: int) -> int:
    i = bisect_right(doc.paragraphs, (offset, len(doc.text) + 1)) - 1
    return i if i >= 0 and doc.paragraphs[i][0] <= offset <= doc.paragraphs[i][1] else -1


def _continues(doc: Document, previous: Quote, start: int) -> bool:
    """A quote in the same paragraph as the last one, or opening the next paragraph."""
    here, there = _paragraph_of(doc, start), _paragraph_of(doc, previous.end)
    if here == there:
        return True
    return here == there + 1 and start - doc.paragraphs[here][0] <= 1


def _stands_alone(doc: Document, start: int, end: int) -> bool:
    """A quote that fills most of its sentence is a statement, however short."""
    for sent in _sentences_touching(doc.nlp, start, end):
        return (end - start) >= 0.6 * len(sent.text.strip())
    return False


def _naming_context(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start - 1].split()
    return bool(before) and before[-1].lower().strip(",") in _NAMING_WORDS


def _sentences_touching(sdoc: Any, start: int, end: int) -> list[Any]:
    return sentences_of(sdoc).touching(start, end)


def _cue_for(sdoc: Any, start: int, end: int) -> Any | None:
    """The speech verb outside the quote, in the sentences the quote touches."""
    verbs = load_speech_verbs()
    sents = _sentences_touching(sdoc, start, end)
    if not sents:
        return None
    # The sentence where the quote ends carries the cue in "...," X said; else the first.
    cues = sdoc.user_data.setdefault("accord.speech_cues", {})
    for sent in [sents[-1], sents[0]] if len(sents) > 1 else sents:
        if sent.start not in cues:  # a sentence's speech verbs, found once for all its quotes
            # "call" names things ("the so-called") more often than it reports speech.
            cues[sent.start] = [tok for tok in sent if tok.pos_ in ("VERB", "AUX")
                                and tok.lemma_.lower() in verbs and tok.lemma_.lower() != "call"]
        best = None
        for tok in cues[sent.start]:
            if start - 1 <= tok.idx < end + 1:
                continue
            distance = min(abs(tok.idx - end), abs(tok.idx - start))
            if best is None or distance < best[0]:
                best = (distance, tok)
        if best is not None:
            return best[1]
    return _cue_after(sdoc, end, sents)


def _cue_after(sdoc: Any, end: int, sents: list[Any]) -> Any | None:
    """``"... A pathetic figure!" he wrote.``: the parser may end the sentence at the
    quote's last mark, leaving the cue to open the next one."""
    verbs = load_speech_verbs()
    for sent in _sentences_touching(sdoc, end, end + 3):
        if any(sent.start == s.start for s in sents):
            continue
        for tok in sent[:5]:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs:
                return tok
            if not (tok.is_punct or tok.pos_ in ("PRON", "PROPN", "DET", "NOUN")):
                break
    return None


def _colon_before(text: str, start: int, blanks: str) -> int | None:
    """Where the colon stands that a quotation opening at ``start`` follows, across
    ``blanks`` and opening marks; None if none does."""
    i = start - 2
    while i >= 0 and (text[i] in blanks or text[i] in "\"\u201c\u2018"):
        i -= 1
    return i if i >= 0 and text[i] == ":" else None


def _name_before_colon(doc: Document, start: int) -> Participant | None:
    """``Carl Bialik: "..."``: a name standing alone before a colon that opens the quote
    (at the start of a line or a sentence) says who speaks."""
    i = _colon_before(doc.text, start, blanks=" \t")
    if i is None:
        return None
    named = [e for e in entity_index(doc).starting_in(max(0, i - 80), i)
             if e.end == i and e.kind in ("PERSON", "ORG", "IGO", "ORGANISATION")]
    if not named:
        return None
    entity = max(named, key=lambda e: e.end - e.start)
    before = doc.text[:entity.start].rstrip(" \t")
    if before and before[-1] not in "\n.!?\u2014":
        return None  # "... was what Carl Bialik wrote:" names a speaker through its verb instead
    return _as_participant(entity)


def _colon_cue(doc: Document, start: int) -> Any | None:
    """``X put it bluntly: "..."``: the verb of the clause a colon ends before the quote."""
    i = _colon_before(doc.text, start, blanks=" \t\n")
    if i is None:
        return None
    span = doc.nlp.char_span(i, i + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    verbs = [t for t in sent if t.idx < i and t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")]
    return verbs[-1] if verbs else None


def _speaker_of(verb: Any, doc: Document, before: int, context: Participant | None = None,
                spans: Intervals | None = None) -> Participant | None:
    """The subject of a speech verb, as a participant.

    A subject inside a quotation ("Yours," he said) is the quote's own word, not the
    speaker; an inverted subject ("..., said Amara Diallo") follows the verb.
    """
    subject = subject_of(verb)
    if subject is not None and spans is not None and spans.contains(subject.idx):
        # '"Good reporter," Trump said': the parser may take a word of the quote for a
        # subject beside the real one; '"... Every one," Tremblay told': or for the only one
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not spans.contains(c.idx)), None) or _name_before(verb)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # "the senator, who said ...": the noun the clause describes
    if subject is None:
        subject = _inverted_subject(verb)
    return _participant_for(subject, doc, before, context) if subject is not None else None


_ADDRESSING = {"tell", "inform", "assure", "warn", "brief", "write", "say", "explain", "reply"}


def _addressee(verb: Any, doc: Document, spans: Intervals) -> Participant | None:
    """Whom a speech verb addresses: its object ("told Xinhua"), or "to X" ("said to reporters")."""
    if verb.lemma_.lower() not in _ADDRESSING:
        return None
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")]
    candidates += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
    for tok in candidates:
        if spans.contains(tok.idx) or tok.lower_ in ("that", "it", "this"):
            continue
        entity = _entity_covering(entity_index(doc), tok)
        if entity is not None:
            return _as_participant(entity)
        phrase = doc.nlp[tok.left_edge.i:tok.i + 1]
        return Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=None)
    return None


def _name_before(verb: Any) -> Any | None:
    """The proper noun or pronoun standing right before a verb, outside any quote."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= 0 and verb.doc[i].pos_ in ("PROPN", "PRON"):
        return verb.doc[i]
    return None


def _inverted_subject(verb: Any) -> Any | None:
    """``said Amara Diallo``: the proper noun right after the verb (its head, for a compound)."""
    if verb.i + 1 >= len(verb.doc):
        return None
    tok = verb.doc[verb.i + 1]
    if tok.pos_ != "PROPN":
        return None
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def _participant_for(token: Any, doc: Document, before: int,
                     context: Participant | None = None) -> Participant | None:
    """The speaker a subject names: a person named there or in an apposition, else the
    person a pronoun or a role noun points back to, else the organisation."""
    entities = entity_index(doc)
    appositive = next((e for c in token.children if c.dep_ == "appos"
                       for e in entities.covering(c.idx) if e.kind == "PERSON"), None)
    if appositive is not None:  # "His lawyer, Nadia El Fassi, said"
        return _as_participant(appositive)
    if token.pos_ == "PRON":
        return _pronoun_speaker(token, doc, before, context)
    entity = _entity_covering(entities, token)
    if entity is not None and entity.kind not in ("ROLE", "GROUP"):
        return _as_participant(entity)
    phrase = doc.nlp[token.left_edge.i:token.i + 1]
    # A role noun ("the minister said"): the last person named with that role.
    person = last_person_before(entities, token.idx, role_word=token.lower_)
    if person is not None:
        return Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=person.actor)
    # "the statement said": whoever issued it; "the company said": the company named before.
    issuer = _issuer(token, doc)
    if issuer is not None:
        return Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char, actor=issuer.actor)
    if entity is not None:
        return _as_participant(entity)
    if token.pos_ in ("NOUN", "PROPN"):
        return Participant(text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                           actor=_state_body(token, phrase, entities))
    return None


def _state_body(token: Any, phrase: Any, entities: SpanIndex) -> Actor | None:
    """"China's foreign ministry", "the Turkish embassy", "a Kenyan government spokesman":
    a state office named by its country and its office word speaks for that country."""
    role = load_roles().get(token.lower_)
    sector = role.sector if role is not None else load_org_sectors().get(token.lower_)
    if sector not in ("GOV", "MIL", "COP"):
        return None
    countries = {e.actor.country for e in entities.starting_in(phrase.start_char, token.idx)
                 if e.actor and e.actor.kind == "COUNTRY" and e.actor.country}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return Actor(id=f"{country}:{sector}", name=phrase.text, country=country, sector=sector,
                 role=role.role if role is not None else None, kind="ROLE")


def _pronoun_speaker(token: Any, doc: Document, before: int, context: Participant | None) -> Participant | None:
    word = token.lower_
    if word not in _PRONOUNS:
        return None
    at = token.idx if token.idx < before else before
    if word in ("i", "we"):
        # The writer, or the body that publishes the text: never the last person named.
        return Participant(text=token.text, start=token.idx, end=token.idx + len(token.text), actor=None)
    if word == "it":
        # "It said": the organisation last speaking or last named.
        if context is not None and context.actor and context.actor.kind != "PERSON":
            actor = context.actor
        else:
            orgs = [e for e in entity_index(doc).before(at) if e.kind in ("ORG", "IGO", "ORGANISATION")]
            actor = orgs[-1].actor if orgs else None
        return Participant(text=token.text, start=token.idx, end=token.idx + len(token.text), actor=actor) \
            if actor else None
    # "he said" after a quote: the last speaker, when a person and nobody else was named
    # since; else the last person who was the subject of a sentence; else the last named.
    if context is not None and context.actor and context.actor.kind == "PERSON" \
            and _mentioned_since(doc, context, at):
        actor = context.actor
    else:
        person = _last_subject_person(doc, at) or last_person_before(entity_index(doc), at)
        actor = person.actor if person else None
    # Nobody to point back to: the pronoun is still who speaks, unresolved.
    return Participant(text=token.text, start=token.idx, end=token.idx + len(token.text), actor=actor)


def _last_subject_person(doc: Document, offset: int) -> Entity | None:
    """The last person before ``offset`` named as the subject of a clause (or of an
    apposition to one): the likeliest antecedent of "he" or "she"."""
    paragraph = _paragraph_of(doc, offset)
    floor = doc.paragraphs[max(0, paragraph - 2)][0] if paragraph >= 0 and doc.paragraphs else 0
    floor = max(floor, offset - ANTECEDENT_WINDOW)
    for e in reversed([e for e in entity_index(doc).starting_in(floor, offset) if e.kind == "PERSON"
                       and e.actor and e.actor.kind == "PERSON"]):
        span = doc.nlp.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "appos"):
            return e
    return None


def _mentioned_since(doc: Document, speaker: Participant, offset: int) -> bool:
    """True when no other person is named between the last speaker and ``offset``."""
    return not any(e.kind == "PERSON" and e.actor and e.actor.id != speaker.actor.id
                   for e in entity_index(doc).starting_in(speaker.end, offset))


def _as_participant(entity: Entity) -> Participant:
    return Participant(text=entity.text, start=entity.start, end=entity.end, actor=entity.actor)


def _entity_covering(entities: SpanIndex[Entity], token: Any) -> Entity | None:
    best = None
    for e in entities.covering(token.idx):
        if best is None or e.end - e.start > best.end - best.start:
            best = e
    if best is None:
        # The subject's head may be a title ("President Xi"): look at its compounds.
        for child in token.subtree:
            for e in entities.covering(child.idx):
                if e.kind == "PERSON":
                    return e
    return best


_DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "report", "letter", "release", "notice",
                   "announcement", "declaration", "memo", "document", "study", "survey"}


def _issuer(token: Any, doc: Document) -> Entity | None:
    """The organisation a noun subject stands for: the issuer of "the statement", or the
    last organisation named whose name or sector fits ("the company", "the ministry")."""
    noun = token.lower_
    entities = entity_index(doc)
    organisations = [e for e in entities.before(token.idx) if e.actor
                     and e.kind in ("ORG", "IGO", "ORGANISATION") and not _inside_entity(token, e)]
    if noun in _DOCUMENT_NOUNS:
        for tok in token.subtree:  # "a statement from the ministry"
            found = [e for e in entities.covering(tok.idx) if e.kind in ("ORG", "IGO", "ORGANISATION")]
            if found and tok.i != token.i:
                return found[0]
        return organisations[-1] if organisations else None
    sector = load_org_sectors().get(noun)
    for e in reversed(organisations):
        if noun in e.text.lower().split() or (sector and e.actor.sector == sector):
            return e
    return None


def _inside_entity(token: Any, entity: Entity) -> bool:
    return entity.start <= token.idx < entity.end


_ACCORDING_TO = re.compile(r"\baccording to\s+", re.IGNORECASE)


def _according_to(doc: Document, start: int, end: int) -> Participant | None:
    for sent in _sentences_touching(doc.nlp, start, end):
        found = _according_to_in(doc, sent)
        if found is not None:
            return found[0]
    return None


def _according_to_in(doc: Document, sent: Any) -> tuple[Participant, int, int] | None:
    """The source an "according to X" in ``sent`` names, with the phrase's span."""
    m = _ACCORDING_TO.search(doc.text, sent.start_char, sent.end_char)  # no copy of the sentence
    if not m:
        return None
    at = m.end()
    candidates = [e for e in entity_index(doc).starting_in(at, at + 60) if e.actor]
    phrase_end = at
    while phrase_end < sent.end_char and doc.text[phrase_end] not in ",.;":
        phrase_end += 1
    if candidates:
        e = min(candidates, key=lambda e: e.start)
        return _as_participant(e), m.start(), max(phrase_end, e.end)
    # "according to a court filing", "according to the poll": a source with no name
    source = doc.text[at:phrase_end].strip()
    if not source or len(source.split()) > 12:
        return None
    return Participant(text=source, start=at, end=at + len(source), actor=None), m.start(), phrase_end


# --- indirect and mixed attributions ----------------------------------------------

_QUESTION_MARKS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
_RELATIVE_PRONOUNS = {"who", "that", "which"}


@lru_cache(maxsize=None)
def load_attribution_cues(path: Path = DATA_DIR / "attribution_cues.tsv") -> dict[str, tuple[str, frozenset[str]]]:
    """Lemmas of verbs that attribute a belief, plan, perception, finding, question or
    judgement -> (kind, the complements that hold the content: ``clause``, ``infinitive``,
    ``object-predicate``)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["lemma"]: (row["kind"], frozenset(row["content"].split("|")))
                for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=None)
def _judgement_lemmas() -> frozenset[str]:
    """The cues that attribute a judgement ("criticized", "supports"): only someone's view
    when their subject can hold one."""
    return frozenset(lemma for lemma, (kind, _) in load_attribution_cues().items() if kind == "judgement")


@lru_cache(maxsize=None)
def _content_frames() -> dict[str, frozenset[str]]:
    """Every cue lemma -> the complements that hold what it attributes."""
    frames: dict[str, set[str]] = {lemma: {"clause"} for lemma in load_speech_verbs()}
    for lemma in _REQUEST_CUES:
        frames.setdefault(lemma, set()).add("request")
    for lemma, (kind, content) in load_attribution_cues().items():
        frames.setdefault(lemma, set()).update(content)
        if kind == "question":
            frames[lemma].add("question")
    return {lemma: frozenset(found) for lemma, found in frames.items()}


def _indirect_quotes(doc: Document, spans: Intervals, direct: list[Quote]) -> list[Quote]:
    """Reported speech, beliefs, plans, findings and judgements (a cue verb's clause,
    infinitive, object or prepositional object, object and predicate, or the clause a
    parenthetical cue stands in), ``according to X`` and transcript lines (``NAME: ...``).
    A clause that holds quoted words is ``mixed`` and takes in the direct quotes inside
    it, which ``direct`` then loses."""
    frames = _content_frames()
    judgements = _judgement_lemmas()
    quotes = []
    spoken = [q for q in direct if q.speaker is not None]  # in the order of the text
    for tok in doc.nlp:
        lemma = _cue_lemma(tok, frames)
        if tok.pos_ != "VERB" or lemma is None or spans.contains(tok.idx):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or (
                tok.head.i != tok.i and tok.head.lemma_.lower() in ("decline", "refuse", "fail")):
            continue  # "did not say", "declined to say": nothing was said
        pieces = _around_parenthesis(tok, frames[lemma])
        reported = _reported_span(doc, tok, frames[lemma]) if not pieces else \
            Reported(pieces[0][0], pieces[-1][1], False, "parenthesis")
        if reported is None:
            continue
        start, end, lead_in, frame = reported
        if not pieces:
            end = _through_colon_quote(doc.text, end, spans)
        dateline = doc.dateline_span
        if dateline is not None and start == dateline[0]:
            start = dateline[1] + 1  # the dateline is not part of what was said
        # What an object names ("criticized the tax", "wants Jerusalem") is short, and only
        # someone's view when the subject can hold one ("the bill supports ..." is none).
        nominal = frame in ("object", "about") or lemma in judgements
        if len(doc.text[start:end].split()) < (1 if nominal else 3):
            continue
        if nominal and not _can_hold_views(subject_of(tok), doc):
            continue
        pieces = pieces or [(start, end)]
        unquoted = sum(_unquoted_words(doc, s, e, spans) for s, e in pieces)
        quoted = sum(spans.overlap(s, e) for s, e in pieces)
        if quoted and not unquoted:
            # The clause is a quotation, recorded already; after "that" it is a lead-in.
            if lead_in:
                for quote in direct:
                    if min(end, quote.end) - max(start, quote.start) >= 0.8 * (quote.end - quote.start):
                        quote.kind, quote.direct = "mixed", False
            continue
        speaker = _speaker_of(tok, doc, start, _last_speaker(spoken, start), spans)
        if speaker is None:
            continue
        kind = "mixed" if quoted else "indirect"
        quotes.append(Quote(text=" ".join(doc.text[s:e] for s, e in pieces), start=start, end=end, direct=False,
                            kind=kind, speaker=speaker, cue=tok.text, addressee=_addressee(tok, doc, spans),
                            spans=pieces))
    quotes.extend(_according_to_quotes(doc, spans, quotes))
    quotes.extend(_speaker_lines(doc, spans, quotes))
    _absorb(doc.text, direct, [q for q in quotes if q.kind == "mixed"])
    return quotes


_VIEW_HOLDING_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who"}


def _can_hold_views(subject: Any | None, doc: Document) -> bool:
    """Whether a subject can hold the view a judgement verb attributes: a name, a person's
    pronoun, or a noun for people or an organisation (``voters``, ``the campaign``)."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _VIEW_HOLDING_PRONOUNS
    if subject.pos_ == "PROPN" or entity_index(doc).covering(subject.idx):
        return True
    # "19 percent of students", "a majority of voters", "a group of donors"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and _can_hold_views(g, doc) for g in c.children) for c in subject.children):
        return True
    word = subject.lower_
    # a plural noun ("critics", "teachers"): people, as a rule, with these verbs
    return word in load_roles() or word in load_org_sectors() or subject.lemma_.lower() in load_roles() \
        or subject.tag_ == "NNS"


def _cue_lemma(tok: Any, frames: dict[str, frozenset[str]]) -> str | None:
    """A verb's lemma among the cues, also where the tagger's lemma is wrong ("hopes"
    lemmatised as "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in frames:
        return lemma
    word = tok.lower_
    for stem in (word[:-1], word[:-2]) if word.endswith(("s", "d")) else ():
        if stem in frames:
            return stem
    return None


def _unquoted_words(doc: Document, start: int, end: int, spans: Intervals) -> int:
    """How many words of ``text[start:end]`` stand outside quotation marks."""
    return sum(1 for m in re.finditer(r"\w+", doc.text[start:end]) if not spans.contains(start + m.start()))


def _absorb(text: str, direct: list[Quote], mixed: list[Quote]) -> None:
    """Drop from ``direct`` the pieces that lie inside a mixed attribution: the quoted
    words of ``She said the plan was "dead on arrival"`` are part of what she said."""
    if not mixed:
        return

    def inside(s: int, e: int) -> bool:
        return any(min(e, m.end) - max(s, m.start) >= 0.8 * (e - s) for m in mixed)

    kept = []
    for quote in direct:
        pieces = [(s, e) for s, e in quote.spans if not inside(s, e)]
        if len(pieces) < len(quote.spans) and pieces:
            quote.spans = pieces
            quote.start, quote.end = pieces[0][0], pieces[-1][1]
            quote.text = " ".join(text[s:e] for s, e in pieces)
        if pieces:
            kept.append(quote)
    direct[:] = kept


_COLON_THEN_QUOTE = re.compile(r"[ \t]*:[ \t]*[\"\u201c\u2018]")


def _through_colon_quote(text: str, end: int, spans: Intervals) -> int:
    """``said the message was simple: "Break the rules and you will pay"``: a lead-in
    that a colon runs into a quotation ends where the quotation ends."""
    m = _COLON_THEN_QUOTE.match(text, end)
    if m is None:
        return end
    for start, quote_end in spans:
        if start == m.end():
            return quote_end
        if start > m.end():
            break
    return end


_EMPTY_OBJECTS = {"it", "this", "that", "these", "those", "one", "something", "anything", "nothing", "everything"}


def _when(prep: Any) -> bool:
    """``on Monday``, ``for two hours``: a time, not what someone spoke about."""
    return prep.lower_ in ("on", "for", "over") and any(
        g.ent_type_ in ("DATE", "TIME") for g in prep.children if g.dep_ == "pobj")


def _phrase_end(head: Any) -> Any:
    """The last word of a noun phrase, before a comma that opens a relative clause or an
    apposition (``Mike Huckabee, also once a hopeful``, ``the bill, which ...``); a list
    (``growth, jobs and wages``) runs on."""
    sdoc = head.doc
    for tok in head.subtree:
        if tok.i > head.i and tok.dep_ in ("relcl", "appos", "acl") and sdoc[tok.left_edge.i - 1].text == ",":
            return sdoc[max(head.i, tok.left_edge.i - 2)]
    return head.right_edge


def _stray_that_clause(verb: Any) -> Any | None:
    """A that-clause the parser hung on a word between the cue and the clause: ``said in
    a statement that ...``, ``realized too late that ...``."""
    for child in verb.children:
        if child.dep_ not in ("prep", "advmod", "npadvmod"):
            continue
        for tok in child.subtree:
            if tok.dep_ in ("acl", "ccomp") and tok.head.dep_ in ("pobj", "advmod", "prep", "npadvmod") \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
                return tok
    return None


def _around_parenthesis(verb: Any, frames: frozenset[str]) -> list[tuple[int, int]] | None:
    """``This campaign, he says, is different``: a cue set in the clause it reports, as
    the two pieces of that clause around it; None for a cue that is not parenthetical."""
    if "clause" not in frames or verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    sdoc, host = verb.doc, verb.head
    gap_left, gap_right = verb.left_edge.i, verb.right_edge.i
    while gap_left > host.left_edge.i and sdoc[gap_left - 1].is_punct:
        gap_left -= 1
    while gap_right < host.right_edge.i and sdoc[gap_right + 1].is_punct:
        gap_right += 1
    last = host.right_edge.i
    while last > gap_right and sdoc[last].is_punct:
        last -= 1
    ranges = [(a, b) for a, b in ((host.left_edge.i, gap_left - 1), (gap_right + 1, last)) if a <= b]
    words = sum(not t.is_punct for a, b in ranges for t in sdoc[a:b + 1])
    if words < 3:
        return None
    return [(sdoc[a].idx, sdoc[b].idx + len(sdoc[b].text)) for a, b in ranges]


class Reported(NamedTuple):
    """Where a cue's content lies, and through which complement it was found."""

    start: int
    end: int
    lead_in: bool
    """A complementiser ("that") opens the clause."""
    frame: str
    """``clause``, ``request``, ``infinitive``, ``object``, ``about``, ``object-predicate``
    or ``parenthesis`` (the cue stands inside the clause it reports)."""


def _reported_span(doc: Document, verb: Any, frames: frozenset[str]) -> Reported | None:
    """What a cue verb attributes: its clause, an infinitive (``plans to run``), an
    object (``criticized the tax``), a prepositional object (``talked about the war``),
    an object and its predicate (``called the plan "reckless"``), or a request's object
    and infinitive (``urged X to ...``)."""
    children = list(verb.children)
    clause = next((c for c in children if c.dep_ == "ccomp"), None) or _stray_that_clause(verb)
    aim = next((c for c in children if c.dep_ == "xcomp"), None)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if clause is not None and "clause" in frames:
        if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children) \
                and "question" not in frames:
            return None  # an indirect question, not a statement
        left, right, frame = clause.left_edge, clause.right_edge, "clause"
    elif "request" in frames and aim is not None:
        if aim.lemma_.lower() in ("name", "identify", "quote"):
            return None  # "asked not to be named": a condition of the source, not a statement
        before = next((c for c in children if c.dep_ in ("dobj", "prep") and c.i < aim.i), None)
        left, right, frame = (before.left_edge if before is not None else aim.left_edge), aim.right_edge, "request"
        if left.lower_ in ("on", "upon"):
            left = verb.doc[left.i + 1]
    elif "infinitive" in frames and aim is not None and aim.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
        left, right = (obj.left_edge if obj is not None and obj.i < aim.i else aim.left_edge), aim.right_edge
        frame = "infinitive"
    elif "object" in frames and obj is not None and obj.lower_ not in _EMPTY_OBJECTS:
        left, right, frame = obj.left_edge, _phrase_end(obj), "object"
        # "criticized the plan as reckless", "thanked them for their help"
        for c in children:
            if c.i > obj.i and c.dep_ == "prep" and c.lower_ in ("for", "as", "over", "of", "with"):
                right = c.right_edge  # "accused Obama of exploiting it", "charged him with fraud"
    elif "object-predicate" in frames and obj is not None:
        predicate = next((c for c in children if c.i > obj.i and (
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"))), None)
        if predicate is None:
            return None  # "called the meeting", "described the scene": no judgement
        left, right, frame = obj.left_edge, predicate.right_edge, "object-predicate"
        for c in children:  # 'called the budget "a gift to the rich"', where "to" hangs on the verb
            if c.i == right.i + 1 + (verb.doc[right.i + 1].is_punct if right.i + 1 < len(verb.doc) else 0) \
                    and c.dep_ == "prep":
                right = c.right_edge
    elif "about" in frames and (about := min((c for c in children if c.dep_ == "prep" and c.lower_ in _ABOUT
                                              and not _when(c)), key=lambda c: _ABOUT.index(c.lower_), default=None)) \
            and (topic := next((g for g in about.children if g.dep_ in ("pobj", "pcomp")), None)) is not None:
        left, right, frame = topic.left_edge, _phrase_end(topic), "about"
    else:
        return None
    lead_in = False
    # "said that ...": the complementiser is not part of what was said.
    while left.i < right.i and (left.is_punct or (left.dep_ == "mark" and left.lower_ == "that")):
        lead_in = lead_in or not left.is_punct
        left = doc.nlp[left.i + 1]
    right = _content_end(verb.doc, left, right)
    while right.i > left.i and (right.is_punct or right.dep_ == "cc"):
        right = doc.nlp[right.i - 1]
    return Reported(left.idx, right.idx + len(right.text), lead_in, frame)


# The prepositions that introduce what a judgement is about, the likeliest first: in
# "spoke to the press about the budget", "to" names the listener.
_ABOUT = ("about", "on", "of", "over", "for", "against", "to")
_DASHES = {"—", "–", "--"}


def _content_end(sdoc: Any, left: Any, right: Any) -> Any:
    """The last word of what is attributed: a clause's subtree may run on into another
    attribution (``... and said that ...``), a comment after a dash, or a participle
    the reporter adds (``, referring to ...``)."""
    frames = _content_frames()
    for tok in sdoc[left.i + 2:right.i + 1]:
        # "said A and said that B", "... and vowed to fight" run on into a new attribution;
        # "said A and that B", "said A and opposed B" do not (B is what was said)
        cut = ((tok.dep_ == "conj" and tok.lemma_.lower() in frames and tok.pos_ == "VERB"
                and not any(c.dep_ == "mark" for c in tok.children)
                and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children))
               or tok.text in _DASHES
               or (tok.lower_ == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to")
               or (tok.tag_ == "VBG" and tok.dep_ == "advcl" and sdoc[tok.i - 1].text == ","))
        if cut:
            return sdoc[max(left.i, tok.left_edge.i - 1 if tok.left_edge.i < tok.i else tok.i - 1)]
    return right


_SPEAKER_LINE = re.compile(r"([A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,3})[ \t]*:[ \t]+(?=\S)")
_MIN_LINE_WORDS = 4


def _speaker_lines(doc: Document, spans: Intervals, found: list[Quote]) -> list[Quote]:
    """``PENCE: Well, the question really is ...`` in a transcript, ``Graham: Trump's words
    hurt the party`` in a list of headlines: a paragraph that opens with a name and a
    colon is what that person or body says."""
    out = []
    taken = {q.start for q in found}
    entities = entity_index(doc)
    for p_start, p_end in doc.paragraphs:
        m = _SPEAKER_LINE.match(doc.text, p_start, p_end)
        if m is None:
            continue
        name_start, name_end = m.span(1)
        named = [e for e in entities.starting_in(name_start, name_start + 1)
                 if e.end == name_end and e.kind in ("PERSON", "ORG", "IGO", "ORGANISATION")]
        surname = m.group(1).split()[-1]
        named += [e for e in entities.before(name_start) if e.kind == "PERSON" and e.actor is not None
                  and e.text.split()[-1] == surname][-1:]  # "Reyes:" after "Senator Ana Reyes"
        if not named and not (m.group(1).isupper() and len(m.group(1)) >= 3):
            continue  # "Note: ...", "Update: ...": no speaker
        if named and named[0].actor is not None and named[0].actor.sector == "MED":
            continue  # "AFP: The coast guard said ... Your comment?": a reporter's question, telling what others said
        start, end = m.end(), _rstrip_end(doc.text, m.end(), p_end)
        if start in taken or len(doc.text[start:end].split()) < _MIN_LINE_WORDS:
            continue
        unquoted = _unquoted_words(doc, start, end, spans)
        if not unquoted:
            continue  # the line is a quotation: a direct quote with its speaker already
        # an unknown name in capitals ("MODERATOR:") speaks, unresolved
        speaker = Participant(m.group(1), name_start, name_end, actor=named[0].actor if named else None)
        out.append(Quote(text=doc.text[start:end], start=start, end=end, direct=False, speaker=speaker, cue=":",
                         kind="mixed" if spans.overlap(start, end) else "indirect"))
    return out


def _according_to_quotes(doc: Document, spans: Intervals, found: list[Quote]) -> list[Quote]:
    """"According to X, ...": the rest of the sentence is what X says."""
    out = []
    found_starts = {q.start for q in found}
    for sent in sentences_of(doc.nlp):
        located = _according_to_in(doc, sent)
        if located is None:
            continue
        speaker, phrase_start, phrase_end = located
        body_start, body_end = sent.start_char, sent.start_char + len(sent.text.rstrip())
        if phrase_start - body_start < 3:  # "According to X, ..." opens the sentence
            body_start = phrase_end + 1
        else:                               # "..., according to X."
            body_end = phrase_start
        text = doc.text[body_start:body_end].strip(" ,.;\n")
        if len(text.split()) < 3:
            continue
        start = doc.text.index(text, body_start)
        end = start + len(text)
        if _mostly_quoted(start, end, spans) or start in found_starts:
            continue
        out.append(Quote(text=text, start=start, end=end, direct=False, speaker=speaker, cue="according to",
                         kind="mixed" if spans.overlap(start, end) else "indirect"))
    return out


def _mostly_quoted(start: int, end: int, spans: Intervals) -> bool:
    return spans.overlap(start, end) >= 0.5 * (end - start)


def _last_speaker(spoken: list[Quote], offset: int) -> Participant | None:
    """The speaker of the last quote before ``offset`` (``spoken``: quotes with a speaker, in order)."""
    i = bisect_left(spoken, offset, key=lambda q: q.start)
    return spoken[i - 1].speaker if i > 0 else None
