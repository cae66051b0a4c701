"""Offset lookups answer exactly what a scan of the whole list would."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.stages.offsets import ANTECEDENT_WINDOW, Intervals, SpanIndex


@dataclass
class Item:
    start: int
    end: int


_ITEMS = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda t: Item(t[0], t[0] + t[1])),
                  max_size=40)


@settings(max_examples=300, deadline=None)
@given(_ITEMS, st.integers(-5, 240), st.integers(0, 40))
def test_span_index_matches_a_scan(items, offset, width):
    index = SpanIndex(items)
    end = offset + width
    assert index.covering(offset) == [i for i in items if i.start <= offset < i.end]
    assert index.starting_in(offset, end) == [i for i in items if offset <= i.start < end]
    assert index.within(offset, end) == [i for i in items if offset <= i.start and i.end <= end]
    assert index.meeting(offset, end) == [(n, i) for n, i in enumerate(items)
                                          if i.start <= offset < i.end or offset <= i.start < end]
    assert list(index) == items
    assert index.before(offset) == [i for i in items if offset - ANTECEDENT_WINDOW <= i.start < offset]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 300), max_size=30, unique=True), st.integers(-5, 320), st.integers(0, 40))
def test_intervals_match_a_scan(points, offset, width):
    points.sort()
    spans = [(a, b) for a, b in zip(points[::2], points[1::2])]
    intervals = Intervals(spans)
    assert intervals.contains(offset) == any(s <= offset < e for s, e in spans)
    end = offset + width
    assert intervals.overlap(offset, end) == sum(max(0, min(end, e) - max(offset, s)) for s, e in spans)
    assert list(intervals) == spans
