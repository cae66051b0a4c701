"""Things of a document looked up by character offset in logarithmic time.

The later stages keep asking "which entity covers this word?", "which sentences does
this quote touch?", "is this offset inside a quotation?". Scanning every entity or
sentence for each question costs time that grows with the square of the article's
length (an interview of 4,000 quoted paragraphs took minutes); these indexes answer by
bisection over starts sorted once. Each answers in the order a scan of the original
list would have, so swapping a scan for a lookup changes no result.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from accord.kb import load_roles

ANTECEDENT_WINDOW = 10_000
"""How far back, in characters, a pronoun, a role noun ("the minister") or a pair ("the
two countries") looks for what it points back to: longer than nearly any news article,
and it keeps the search in a book-length text from growing with the square of its length."""


class _Spanning(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Spanning)


class SpanIndex(Generic[T]):
    """Items with ``start`` and ``end`` offsets (entities, participants), by offset."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = list(items)
        self._order = sorted(range(len(self.items)), key=lambda i: self.items[i].start)
        self._starts = [self.items[i].start for i in self._order]
        # Only items starting this far before an offset can cover it.
        self._longest = max((item.end - item.start for item in self.items), default=0)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def _positions(self, lo: int, hi: int) -> list[int]:
        """Original positions of the items whose start is in ``[lo, hi)``, in original order."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return sorted(self._order[a:b])

    def covering(self, offset: int) -> list[T]:
        """The items with ``start <= offset < end``."""
        a = bisect_left(self._starts, offset - self._longest)
        b = bisect_right(self._starts, offset)
        return [self.items[i] for i in sorted(self._order[a:b]) if self.items[i].end > offset]

    def meeting(self, start: int, end: int) -> list[tuple[int, T]]:
        """The items covering ``start`` or starting inside ``[start, end)``, each with its
        position in the list, in list order."""
        a = bisect_left(self._starts, start - self._longest)
        b = max(bisect_left(self._starts, end), bisect_right(self._starts, start))
        return [(i, self.items[i]) for i in sorted(self._order[a:b])
                if self.items[i].start >= start or self.items[i].end > start]

    def starting_in(self, lo: int, hi: int) -> list[T]:
        """The items with ``lo <= start < hi``."""
        return [self.items[i] for i in self._positions(lo, hi)]

    def before(self, offset: int) -> list[T]:
        """The items starting within :data:`ANTECEDENT_WINDOW` before ``offset``: where a
        pronoun or a role noun at ``offset`` looks for what it points back to."""
        return self.starting_in(offset - ANTECEDENT_WINDOW, offset)

    def within(self, lo: int, hi: int) -> list[T]:
        """The items lying wholly inside ``[lo, hi)``."""
        return [item for item in self.starting_in(lo, hi) if item.end <= hi]


class Intervals:
    """Sorted, non-overlapping ``(start, end)`` spans (the text inside quotation marks)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)

    def contains(self, offset: int) -> bool:
        """Whether ``offset`` lies inside one of the spans."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]

    def overlap(self, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` lie inside the spans."""
        total = 0
        for i in range(max(0, bisect_right(self._starts, start) - 1), bisect_left(self._starts, end)):
            total += max(0, min(end, self._ends[i]) - max(start, self._starts[i]))
        return total


class Sentences:
    """A spaCy doc's sentences, by the offsets they span."""

    def __init__(self, sdoc: Any) -> None:
        self.sents = list(sdoc.sents) if len(sdoc) else []
        self._starts = [s.start_char for s in self.sents]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.sents)

    def touching(self, start: int, end: int) -> list[Any]:
        """The sentences that share a character with ``[start, end)``."""
        i = max(0, bisect_right(self._starts, start) - 1)
        out = []
        while i < len(self.sents) and self.sents[i].start_char < end:
            if self.sents[i].end_char > start:
                out.append(self.sents[i])
            i += 1
        return out


class Paragraphs:
    """A document's paragraphs (``Document.paragraphs``), found by offset in log time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = [tuple(s) for s in spans]
        self._starts = [s for s, _ in self.spans]

    def index(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (0 before the first)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def span(self, offset: int) -> tuple[int, int] | None:
        """The ``(start, end)`` of the paragraph holding ``offset``, if one does."""
        if not self.spans:
            return None
        start, end = self.spans[self.index(offset)]
        return (start, end) if start <= offset < end else None


def entity_index(doc: Any) -> SpanIndex[Any]:
    """``doc.entities`` indexed by offset, built once per document and entity list.

    Kept in the spaCy doc's ``user_data``, which lives exactly as long as the analysis.
    """
    cache = doc.nlp.user_data if doc.nlp is not None else {}
    found = cache.get("accord.entity_index")
    if found is None or found[0] is not doc.entities or found[1] != len(doc.entities):
        found = (doc.entities, len(doc.entities), SpanIndex(doc.entities))
        cache["accord.entity_index"] = found
    return found[2]


def sentences_of(sdoc: Any) -> Sentences:
    """The sentences of a spaCy doc, indexed once."""
    found = sdoc.user_data.get("accord.sentences")
    if found is None:
        found = sdoc.user_data["accord.sentences"] = Sentences(sdoc)
    return found


def last_person_before(entities: SpanIndex[Any], offset: int, role_word: str | None = None) -> Any | None:
    """The last person named before ``offset``; with ``role_word`` ("minister", "the
    president"), the last one holding that role (``roles.tsv``): whom "the minister"
    refers back to."""
    people = [e for e in entities.before(offset) if e.kind == "PERSON" and e.actor
              and e.actor.kind == "PERSON"]
    if role_word:
        word = load_roles().get(role_word)
        if word is None:
            return None
        people = [e for e in people if e.actor.role == word.role
                  or (e.actor.role or "").lower().endswith(role_word)]
    return people[-1] if people else None
