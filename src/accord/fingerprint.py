"""Content fingerprints: is a record the same article as one stored under its id?

An id is the input's own (a corpus's ``id`` field, a WARC record id) or a hash of the
content, so two corpora can both have a ``dup-1`` that are different articles. The store
tells them apart by what the article says: its title and clean body, reduced to their
lower-case words. Words rather than characters, so that a newer accord that cleans a
page a little differently (another quotation mark, a byline line dropped, the headline
taken as title instead of first line) still recognises the article it stored before.

Two checks, the second only where the first fails:

* :func:`content_hash`, exact: the same words in the same order.
* :func:`same_content`, close: most three-word sequences shared, counted against the
  longer text, so a short article that happens to appear inside a longer, different one
  is not taken for it.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["SAME_CONTENT", "content_hash", "same_content"]

SAME_CONTENT = 0.75
"""The share of word trigrams (of the longer text's) two texts must have in common to be
the same article. Re-cleaning an article changes a few percent of them; two different
articles, even on one subject, share few."""

_WORD = re.compile(r"\w+")


def _words(title: str | None, text: str | None) -> list[str]:
    # Title and body read as one text: a headline that moves from the body's first line
    # into the title field leaves the sequence of words as it was.
    return _WORD.findall(f"{title or ''}\n{text or ''}".casefold())


def content_hash(title: str | None, text: str | None) -> str:
    """A digest of an article's words (title, then body), blind to case, punctuation and
    spacing."""
    words = _words(title, text)
    # An article of no words at all (only symbols) is told apart by its characters.
    content = " ".join(words) if words else " ".join(f"{title or ''}\n{text or ''}".split())
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def same_content(a: tuple[str | None, str | None], b: tuple[str | None, str | None],
                 threshold: float = SAME_CONTENT) -> bool:
    """Whether ``(title, text)`` pairs ``a`` and ``b`` are the same article, perhaps cleaned
    differently: their word trigrams overlap by at least ``threshold`` of the larger set."""
    if content_hash(*a) == content_hash(*b):
        return True
    grams_a, grams_b = _trigrams(_words(*a)), _trigrams(_words(*b))
    if not grams_a or not grams_b:
        return False
    return len(grams_a & grams_b) / max(len(grams_a), len(grams_b)) >= threshold


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
