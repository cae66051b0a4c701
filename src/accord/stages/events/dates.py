"""Dates: the day an event happened.

The date comes from the sentence's own time expression (not one still to come: an
announced act is dated by its announcement), else from a clause of time it follows ("after
... on Monday"), else from a day an earlier sentence of the paragraph narrated, else, for
a past-tense clause, from the day the lead gives the news, else from the dateline or
publication date; "the
Nth anniversary of" an event dates it N years back, and dates more than a year before
the article are flagged historical.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import Any

from accord.record import TimeRef
from accord.stages.events.grammar import _governing_verb, _past
from accord.stages.events.lexicon import ORDINAL_NUMBERS
from accord.stages.offsets import Paragraphs


# Clauses that say something of their own: what is said or recalled, why, what is to be
# done ("recalling that marines had seized a tanker in July 2019"). A relative clause that
# describes a participant ("protesters who had gathered on Tuesday") is not one of them.
_OTHER_CLAUSES = {"ccomp", "advcl", "xcomp", "parataxis", "csubj"}


def _anniversary(trigger: Any) -> int | None:
    """N for an event named as "the Nth anniversary of" it, else None."""
    tok = trigger
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() == "anniversary":
            for child in tok.children:
                word = child.lower_
                number = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
                if number:
                    return int(number.group(1))
                if word in ORDINAL_NUMBERS:
                    return ORDINAL_NUMBERS[word]
            return None
    return None


class _Dates:
    """The date of each event (mixed into the coder)."""

    @cached_property
    def _paragraphs(self) -> Paragraphs:
        return Paragraphs(self.doc.paragraphs)

    def _date(self, sent: Any, trigger: Any) -> tuple[str | None, str | None, bool]:
        # A day still to come is not when anything reported happened: "will hold talks on
        # April 16" is news of the day it is announced (PLOVER dates the statement).
        today = self.reference.isoformat() if self.reference else None
        times = [t for t in self.times.starting_in(sent.start_char, sent.end_char)
                 if not self._modifies_a_thing(t, trigger) and not (today and t.value > today[:len(t.value)])]
        years_ago = _anniversary(trigger)
        if years_ago is not None:
            # "2021 marks the 20th anniversary of the signing": the signing was in 2001.
            base = times[0].value[:4] if times else (str(self.reference.year) if self.reference else None)
            if base is not None:
                value = f"{int(base) - years_ago:04d}"
                return value, "year", self._historical(value)
        chosen: TimeRef | None = None
        said_of = {t.start: self._where_said(t, trigger) for t in times}
        own = [t for t in times if said_of[t.start] == "own"]
        # else one of a clause coordinated with it, the nearest: in "detained in March and
        # freed on Monday" the freeing is Monday's; but not one of a clause that hangs on
        # it ("accused London of outrage, recalling that marines had seized a tanker in July
        # 2019")
        near = own or [t for t in times if said_of[t.start] != "below"]
        if near:
            chosen = min(near, key=lambda t: abs(t.start - trigger.idx))
        if chosen is None:
            # "detained 23 drivers after hauliers blocked the ring road on Monday": what was
            # done after or when something happened is dated by it, where nothing closer says
            after = [t for t in times if said_of[t.start] == "below" and self._in_time_clause(t, trigger)]
            chosen = min(after, key=lambda t: abs(t.start - trigger.idx)) if after else None
        if chosen is not None:
            return chosen.value, chosen.precision, self._historical(chosen.value)
        narrated = self._narrated_time(sent, trigger) or self._story_day(sent, trigger)
        if narrated is not None:
            return narrated.value, narrated.precision, self._historical(narrated.value)
        dateline = self.doc.dateline.date if self.doc.dateline else None
        fallback = dateline or self.doc.published
        if fallback:
            return fallback[:10], "day", False
        return None, None, False

    def _narrated_time(self, sent: Any, trigger: Any) -> TimeRef | None:
        """The time an earlier sentence of the paragraph set, for a past-tense clause that
        names none: in "On July 22 the two sides signed ... . A day later missiles struck
        the port. Two passengers were wounded." the wounding is of that day, not of the
        publication's. Only a day, and one before the article's date (narrated past)."""
        clause = _governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        if not (_past(clause) or _past(sent.root)):
            return None
        paragraph = self._paragraphs.span(sent.start_char)
        if paragraph is None or paragraph[0] >= sent.start_char:
            return None
        earlier = [t for t in self.times.starting_in(paragraph[0], sent.start_char) if t.precision == "day"]
        if not earlier:
            return None
        last = earlier[-1]
        if self.reference is not None and last.value >= self.reference.isoformat():
            return None
        return last

    @cached_property
    def _lead_day(self) -> TimeRef | None:
        """The day the lead says the news happened: its first day, if that is one of the
        week before the article's date ("tens of thousands marched on Thursday")."""
        if self.reference is None or not self.doc.paragraphs:
            return None
        start, end = self.doc.paragraphs[0]
        days = [t for t in self.times.starting_in(start, end) if t.precision == "day"]
        if not days:
            return None
        try:
            day = dt.date.fromisoformat(days[0].value)
        except ValueError:
            return None
        return days[0] if 0 < (self.reference - day).days <= 7 else None

    def _story_day(self, sent: Any, trigger: Any) -> TimeRef | None:
        """For a past-tense clause that names no time and follows no narrated one, the day
        of the lead's news, not the day of publication: in a Friday story whose lead says
        Thursday, "police detained four men outside the building" is Thursday's."""
        clause = _governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
        lead = self._lead_day
        if lead is None or sent.start_char < lead.start or not (clause.tag_ == "VBD" or (
                _past(clause) and not any(c.lower_ in ("has", "have") for c in clause.children))):
            return None
        paragraph = self._paragraphs.span(sent.start_char)
        if paragraph is not None and paragraph[0] > lead.start and any(
                t.precision == "day" for t in self.times.starting_in(paragraph[0], sent.start_char)):
            return None  # the paragraph tells its own day (a digest's item, a later day)
        return lead

    def _in_time_clause(self, time: TimeRef, trigger: Any) -> bool:
        """Whether ``time`` is said of a clause of time that hangs on the trigger: "after
        hauliers blocked the road on Monday", "when police fired on the crowd on Friday"."""
        tok = self._time_roots.get(time.start)
        while tok is not None and tok.head.i != tok.i and tok.head.i != trigger.i:
            tok = tok.head
        return tok is not None and tok.head.i == trigger.i and tok.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ in ("after", "when", "as", "once") for c in tok.children)

    @cached_property
    def _time_roots(self) -> dict[int, Any]:
        """The head word of each time expression, by its start (parsed once per article)."""
        roots = {}
        for time in self.times:
            span = self.doc.nlp.char_span(time.start, time.end, alignment_mode="expand")
            roots[time.start] = span.root if span is not None else None
        return roots

    def _where_said(self, time: TimeRef, trigger: Any) -> str:
        """Which clause a time expression is said of: ``own`` (the trigger's), ``below`` (a
        clause the trigger governs: "recalling that ... in July 2019"), or ``other`` (one
        coordinated with it, or the one it hangs on)."""
        tok = self._time_roots.get(time.start)
        if tok is None:
            return "other"
        own = True
        while tok.i != trigger.i and tok.head.i != tok.i:
            if tok.dep_ == "conj":
                own = False
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _OTHER_CLAUSES:
                return "below" if trigger.is_ancestor(tok) else "other"
            tok = tok.head
        return "own" if own and tok.i == trigger.i else "other"

    def _modifies_a_thing(self, time: TimeRef, trigger: Any) -> bool:
        """"the 2001 treaty", "October's election", "the budget for 2025": a time that
        describes a thing does not date the event, unless the thing is the event itself
        ("the 2001 signing")."""
        root = self._time_roots.get(time.start)
        if root is None:
            return False
        if root.dep_ in ("compound", "nummod", "amod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
            return root.head.i != trigger.i
        prep = root.head if root.dep_ == "pobj" else None
        return (prep is not None and prep.lower_ in ("for", "of") and prep.head.pos_ in ("NOUN", "PROPN")
                and prep.head.i != trigger.i)

    def _historical(self, value: str) -> bool:
        if self.reference is None:
            return False
        year, month = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 12
        end = dt.date(year, month, 28) if len(value) >= 7 else dt.date(year, 12, 31)
        return (self.reference - end).days > 365
