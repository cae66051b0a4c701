"""Time expressions: find them in an article and normalise them against its date.

What is recognised (a span includes its leading ``in``/``on``/``during`` and any
modifier, so the span is "in September", "In late August", "on Monday", "last week"):

* explicit dates, day precision: ``December 28, 2020``, ``Dec. 28``, ``Dec 28``,
  ``Sept. 3``, ``December 28th``, ``28 December 2020``, ``the 28th of December``,
  ``2020-12-28``, ``12/28/2020``; a weekday in front (``Monday, Dec. 28``) joins the span;
* months, month precision: ``in September``, ``September 2019``, ``early/mid/late
  August``, ``mid-August``, ``end-August``, ``the end/beginning/start/middle of March``,
  ``the first/second half of June``, ``last/next/this September``;
* years, year precision: ``2019``, ``in 2001``, ``the 2001 treaty`` (span ``2001``),
  ``early/mid/late 2019``, ``mid-2019``, ``the end of 2019``;
* weekdays, day precision: ``Monday``, ``on Monday``, ``last/next/this Monday``,
  ``this coming Monday``, ``this past Monday``; ``Mon.``-style abbreviations;
* relative days: ``today``, ``tonight``, ``this morning``, ``yesterday``, ``tomorrow``,
  ``the day before yesterday``, ``the day after tomorrow``, ``the previous day``,
  ``the day before``;
* relative periods: ``last/this/next week|month|year``, optionally with
  ``early/earlier/late/later`` (``earlier this month``);
* offsets: ``two days ago``, ``3 weeks ago``, ``a month ago``, ``in two weeks``
  (numbers as digits, ``a``/``an`` or the words one to twelve).

Choices for ambiguous cases (news mostly reports the past):

* A bare weekday is the most recent such day on or before the reference date (the
  reference itself when the weekday matches), or the first on or after it when its
  clause looks ahead (``will meet on Friday``, ``said it would ... on Friday``, ``remains
  in force until Friday``); ``last X``/``this past X`` is strictly
  before, ``next X``/``this coming X`` strictly after, ``this X`` is the day in the
  reference's Monday-to-Sunday week.
* A month name without a year is the nearest month at or before the reference month
  (``in November`` in March 2020 is 2019-11), unless its clause speaks of the future
  (``will meet in June`` in March 2024 is 2024-06); ``last`` is strictly before,
  ``next`` strictly after, ``this`` the reference's year.
* A date without a year gets the latest year that puts it no more than 60 days after the
  reference (``Dec. 28`` in March 2020 is 2019-12-28; ``Jan. 5`` on 2020-12-30 is
  2021-01-05, just ahead across the year end); in a clause that looks ahead, the first
  such day on or after the reference (``will take effect on 1 January``).
* ``last week``/``this week``/``next week`` are month precision (the month of the
  reference moved by 7 days): the week itself has no single day. ``N weeks ago`` and
  ``in N weeks`` are day precision (7N days), ``N months ago`` month precision, ``N
  years ago`` year precision.
* ``the previous day`` and ``the day before`` are the day before the reference.
* ``12/28/2020`` is read month-first (US); day-first only when month-first is impossible.
* Decades (``the 1990s``) are not times: a decade is neither a year nor a span we can
  express, so they are skipped.
* Outside ISO and slashed dates, a four-digit number is a year only in 1800..2100.
  Right after a month name or a day it is always a year (``March 3, 2000 people`` is
  read as a date: AP style puts a year there, rarely a count). A bare one is not a
  year when it reads as a count: after a currency sign or code or a quantity word
  (``about``, ``some``, ``Resolution``), before a unit or count word (``people``,
  ``tonnes``, ``km``, ``%``), or before a lowercase plural that is not a common verb
  (``2001 troops`` is a count, ``2021 marks`` a year). After ``in``, ``since``,
  ``during`` or ``until`` it is always a year. ``since``, ``until`` and ``by`` are not
  part of the span: they make the time an interval, which one value cannot carry.
* Month names, weekdays and their abbreviations must be capitalised (or all capitals).
  ``May`` needs a day, a year or a cue word (``in May``, ``since May``) because it is
  also a verb and a surname; a bare month followed by a capitalised word is taken for a
  name (``April Ryan``). Abbreviated months need a day or a year; abbreviated weekdays
  need their period and ``on``/``last``/``next`` (``said Sun.`` is a surname).
* ``Today`` in mid-sentence is a title (``USA Today``); ``the day before`` followed by
  a noun phrase is relative to that, not to the article; ``in five years`` after
  ``time``/``first``/``highest`` and the like looks back, so it is skipped.
* Expressions that need the reference date are skipped when there is none.
* Overlapping candidates: the longest wins.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from accord.record import Document, Precision, TimeRef

log = logging.getLogger(__name__)

__all__ = ["add_times", "find_times"]


class _Hit(NamedTuple):
    start: int
    end: int
    value: str
    precision: Precision


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_NUMBER = {name.lower(): n for n, name in enumerate(_MONTHS, 1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBER = {name.lower(): n for n, name in enumerate(_WEEKDAYS)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                 "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12}


def _alternatives(words: Iterable[str]) -> str:
    """Capitalised and all-capitals forms, longest first so no word shadows a longer one."""
    forms = {form for word in words for form in (word.capitalize(), word.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


# An abbreviation must end in its period or a word boundary, so "Dec" never matches
# the start of "Decision"; whether it may stand alone is decided per kind below.
_MONTH = (rf"(?:(?:{_alternatives(_MONTHS)})\b"
          rf"|(?:{_alternatives(_MONTH_ABBR)})(?:\.|\b))")
# Abbreviated weekdays only with their period: "Sun Chunlan" and "Sat" are never days.
_WEEKDAY = (rf"(?:(?:{_alternatives(_WEEKDAYS)})\b"
            rf"|(?:{_alternatives(_WEEKDAY_ABBR)})\.)")
_PREP = r"(?:[Ii]n|[Oo]n|[Dd]uring)"
_DAY = r"(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?\b"
# A year ends where no word, decimal or further number follows ("2020.5", "2020/21").
_YEAR_AFTER = r"(?P<year>\d{4})(?!\w|[.,/]\d)"
_PART_OF = r"(?:[Aa]t\s+)?[Tt]he\s+(?:end|beginning|start|middle|(?:first|second)\s+half)\s+of\s+"
_PERIOD_MOD = rf"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:\s+|-)|{_PART_OF}|[Ee]nd-)"
_NUMBER = rf"(?P<n>\d{{1,3}}|(?i:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}))"
_UNIT = r"(?P<unit>(?i:days?|weeks?|months?|years?))"

_MONTH_DAY_RE = re.compile(rf"""
    (?<![\w.-])
    (?:{_PREP}\s+)?
    (?:{_WEEKDAY},?\s+)?
    (?P<month>{_MONTH})\s+{_DAY}
    (?:,?\s+{_YEAR_AFTER})?
    """, re.VERBOSE)
_DAY_MONTH_RE = re.compile(rf"""
    (?<![\w.,:/-])
    (?:{_PREP}\s+)?
    (?:{_WEEKDAY},?\s+)?
    (?:[Tt]he\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})
    (?:,?\s+{_YEAR_AFTER})?
    """, re.VERBOSE)
_ISO_RE = re.compile(rf"""
    (?<![\w./:-])
    (?:{_PREP}\s+)?
    (?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})
    (?![\w-]|[.,/]\d)
    """, re.VERBOSE)
_SLASH_RE = re.compile(rf"""
    (?<![\w./:-])
    (?:{_PREP}\s+)?
    (?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>\d{{4}})
    (?![\w/]|[.,]\d)
    """, re.VERBOSE)
_MONTH_RE = re.compile(rf"""
    (?<![\w.-])
    (?P<prep>{_PREP}\s+)?
    (?P<mod>{_PERIOD_MOD}|(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+)?
    (?P<month>{_MONTH})
    (?:\s+(?:of\s+)?{_YEAR_AFTER})?
    """, re.VERBOSE)
_YEAR_RE = re.compile(rf"""
    (?<![\w.-])
    (?P<prep>{_PREP}\s+)?
    (?P<mod>{_PERIOD_MOD})?
    \b(?P<year>\d{{4}})(?!\w)
    """, re.VERBOSE)
_WEEKDAY_RE = re.compile(rf"""
    (?<![\w.-])
    (?P<prep>[Oo]n\s+)?
    (?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his\s+(?:coming|past)|[Tt]his)\s+)?
    (?P<weekday>{_WEEKDAY})
    """, re.VERBOSE)
_RELATIVE_DAY_RE = re.compile(r"""
    (?<![\w-])
    (?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|tomorrow
       |today|tonight|this\s+(?:morning|afternoon|evening)|the\s+previous\s+day
       |the\s+day\s+before)
    (?![\w-])
    """, re.VERBOSE)
_RELATIVE_PERIOD_RE = re.compile(r"""
    (?<![\w-])
    (?:(?i:early|earlier|late|later)\s+)?
    (?P<which>(?i:last|this|next))\s+(?P<unit>(?i:week|month|year))
    (?![\w-])
    """, re.VERBOSE)
_AGO_RE = re.compile(rf"(?<![\w.,-]){_NUMBER}\s+{_UNIT}\s+(?i:ago)(?![\w-])")
_AHEAD_RE = re.compile(rf"""
    (?<![\w-])
    (?i:in)\s+{_NUMBER}\s+{_UNIT}(?:['’]?\s+(?i:time))?
    (?![\w-])(?!['’]?\s+of\b)
    """, re.VERBOSE)

_RELATIVE_DAY_OFFSET = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "the previous day": -1, "the day before": -1,
}
_RELATIVE_STEP = {"last": -1, "this": 0, "next": 1}

# Words before "May" that make it the month, not the verb or the surname.
_MONTH_CUES = {"in", "on", "during", "since", "until", "till", "by", "from", "through",
               "before", "after", "early", "mid", "late", "last", "next", "this", "of"}
# After these, a four-digit number is a year whatever follows it.
_TEMPORAL_PREPOSITIONS = {"in", "since", "during", "until", "till"}
# After these, a four-digit number is a quantity or an identifier.
_QUANTITY_CUES = {"about", "some", "nearly", "almost", "approximately", "roughly", "over",
                  "least", "resolution", "no", "number", "article", "flight", "route",
                  "room", "page", "highway", "model", "code", "chapter", "section",
                  "paragraph", "item"}
_COUNT_WORDS = {
    "people", "persons", "police", "personnel", "staff", "children", "women", "men",
    "residents", "troops", "soldiers", "workers", "students", "cases", "deaths", "votes",
    "members", "households", "families", "homes", "jobs", "units", "tonnes", "tons",
    "dollars", "euros", "yuan", "yen", "won", "rupees", "pounds", "km", "kilometers",
    "kilometres", "miles", "meters", "metres", "m", "cm", "mm", "kg", "kilograms", "ha",
    "hectares", "acres", "barrels", "bpd", "mw", "gw", "kw", "mph", "million", "billion",
    "trillion", "thousand", "hundred", "percent", "GMT", "UTC", "hrs", "hours",
}
# Lowercase words ending in "s" that follow a year as its verb or describe a dated event.
_NOT_PLURAL_COUNTS = {
    "was", "has", "does", "its", "marks", "sees", "brings", "begins", "ends", "starts",
    "comes", "remains", "means", "seems", "looks", "promises", "represents", "proves",
    "becomes", "gets", "goes", "makes", "takes", "witnesses", "heralds", "follows",
    "elections", "polls", "games", "olympics", "talks", "protests", "riots", "accords",
    "negotiations", "sanctions", "floods", "attacks", "levels", "figures", "results",
    "targets", "goals", "plans", "reforms", "amendments", "statistics", "standards",
}
_CURRENCY_BEFORE_RE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|RMB|CNY|JPY|INR|Rs\.?))\s*$")
# Only from where a word starts (a window that cuts a word gives no word, not its tail):
# tried from every letter of a long run of letters, the search was quadratic.
_PREVIOUS_WORD_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?\s+$")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
_PERCENT_RE = re.compile(r"\s*(?:%|per\s*cent\b)")
_SENTENCE_END = ".!?:;\"'“”‘’(["
_DIGIT_GROUP_BEFORE_RE = re.compile(r"\d\s")
_NUMBER_GOES_ON_RE = re.compile(r"[.,/-]?\d|\s\d|-\w")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_NOUN_PHRASE_AFTER_RE = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|[A-Z0-9])")
# "the first time in five years" and "the highest in two years" look back, not ahead.
_LOOKING_BACK = {"time", "first", "highest", "lowest", "largest", "biggest", "worst", "best"}


def _previous_word(text: str, start: int) -> str:
    found = _PREVIOUS_WORD_RE.search(text, max(0, start - 40), start)
    return found.group(1).lower() if found else ""


def _next_word(text: str, end: int) -> str:
    found = _NEXT_WORD_RE.match(text, end)
    return found.group(1) if found else ""


def _at_sentence_start(text: str, start: int) -> bool:
    window = text[max(0, start - 80):start]
    before = window.rstrip()
    if not before:
        return start <= 80 or "\n" in window
    return before[-1] in _SENTENCE_END or "\n" in window[len(before):]


def _day(date: dt.date) -> tuple[str, Precision]:
    return date.isoformat(), "day"


def _month(year: int, month: int) -> tuple[str, Precision]:
    dt.date(year, month, 1)  # raises for years outside 1..9999
    return f"{year:04d}-{month:02d}", "month"


def _year(year: int) -> tuple[str, Precision]:
    dt.date(year, 1, 1)
    return f"{year:04d}", "year"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _month_number(word: str) -> int:
    word = word.rstrip(".").lower()
    return _MONTH_NUMBER.get(word) or _MONTH_ABBR[word]


def _weekday_number(word: str) -> int:
    word = word.rstrip(".").lower()
    return _WEEKDAY_NUMBER[word] if word in _WEEKDAY_NUMBER else _WEEKDAY_ABBR[word]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _yearless_date(month: int, day: int, reference: dt.date, ahead: bool = False) -> dt.date | None:
    """The latest reading no more than 60 days after the reference (Feb 29 looks back); of
    a clause that looks ahead ("will take effect on 1 January"), the first on or after it."""
    try:
        horizon = reference + dt.timedelta(days=366 if ahead else 60)
    except OverflowError:
        horizon = dt.date.max
    if ahead:
        for year in (reference.year, reference.year + 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if reference <= date <= horizon:
                return date
    for year in range(reference.year + 1, reference.year - 5, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= horizon:
            return date
    return None


def _looks_like_count(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` are a quantity, not a year."""
    if _CURRENCY_BEFORE_RE.search(text, max(0, start - 8), start):
        return True
    previous = _previous_word(text, start)
    if previous in _TEMPORAL_PREPOSITIONS:
        return False
    if previous in _QUANTITY_CUES or _PERCENT_RE.match(text, end):
        return True
    following = _next_word(text, end)
    if following in _COUNT_WORDS:
        return True
    return (following.islower() and len(following) > 2 and following.endswith("s")
            and not following.endswith(("ss", "us", "is"))
            and following not in _NOT_PLURAL_COUNTS)


def _named_date(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    """``Dec. 28, 2020`` or ``28 December``: the year as written, else inferred."""
    month, day = _month_number(match.group("month")), int(match.group("day"))
    end = match.end()
    year_text = match.group("year")
    if year_text and not 1800 <= int(year_text) <= 2100:
        year_text = None
        end = max(match.end("month"), match.end("day"), match.end("suffix"))
    if year_text:
        date = dt.date(int(year_text), month, day)
    elif reference is None:
        return None
    else:
        date = _yearless_date(month, day, reference, ahead=_future_clause(text, match.start()))
        if date is None:
            return None
    return _Hit(match.start(), end, *_day(date))


def _iso_date(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    date = dt.date(int(match.group("year")), int(match.group("month")),
                   int(match.group("day")))
    return _Hit(match.start(), match.end(), *_day(date))


def _slash_date(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    year, a, b = int(match.group("year")), int(match.group("a")), int(match.group("b"))
    try:
        date = dt.date(year, a, b)
    except ValueError:
        date = dt.date(year, b, a)
    return _Hit(match.start(), match.end(), *_day(date))


def _month_mention(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    word = match.group("month")
    month = _month_number(word)
    year_text = match.group("year")
    end = match.end()
    if year_text and not 1800 <= int(year_text) <= 2100:
        year_text, end = None, match.end("month")
    cued = bool(match.group("prep") or match.group("mod"))
    if not year_text and word.rstrip(".").lower() in _MONTH_ABBR:
        return None
    if not (year_text or cued):
        if word.lower() == "may" and _previous_word(text, match.start()) not in _MONTH_CUES:
            return None
        if _next_word(text, end)[:1].isupper():
            return None  # a first name: "April Ryan", "June Carter"
    if year_text:
        return _Hit(match.start(), end, *_month(int(year_text), month))
    if reference is None:
        return None
    which = (match.group("which") or "").lower()
    if which == "this":
        year = reference.year
    elif which == "next":
        year = reference.year if month > reference.month else reference.year + 1
    elif which == "last":
        year = reference.year if month < reference.month else reference.year - 1
    elif _future_clause(text, match.start()):
        # "The ministers will meet again in June": the next June, not the last one.
        year = reference.year if month >= reference.month else reference.year + 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    return _Hit(match.start(), end, *_month(year, month))


_FUTURE_CUE_RE = re.compile(r"\b(?:will|shall|'ll|would|is to|are to|plans? to|planned|scheduled|expected to|"
                            r"due to|set to|next|upcoming|later this)\b", re.IGNORECASE)
# "remains in force until Friday", "the toll rises from Monday": an open end looks ahead
# when the clause is in the present; "lasted until Friday" looks back.
_OPEN_ENDED = {"until", "till", "by", "from"}
_PRESENT_CUE_RE = re.compile(r"\b(?:is|are|remains?|continues?|stays?|expected|due"
                             r"|to (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+)\b", re.IGNORECASE)
_PAST_CUE_RE = re.compile(r"\b(?:had|was|were|did|lasted|remained|ago)\b", re.IGNORECASE)
# A time right after a past verb of saying dates the saying, whatever the words said look
# ahead to.
_SAID_RIGHT_BEFORE_RE = re.compile(r"\b(?:said|told|announced|added|stated|declared|confirmed|wrote)"
                                   r"(?:\s++(?:reporters|journalists|parliament))?\s*+(?:on|late|early)?\s*+$",
                                   re.IGNORECASE)


def _future_clause(text: str, start: int) -> bool:
    """True when the clause before ``start`` speaks of the future ("will meet in June",
    "said it would hand them over on Friday", "remains closed until Friday")."""
    window = text[max(0, start - 100):start]
    clause = re.split(r"[.!?;]\s|\n", window)[-1]
    # "I would like to inform you that the minister held talks on Wednesday": what the
    # that-clause says is its own tense
    clause = re.split(r"\bthat\b", clause)[-1]
    if _SAID_RIGHT_BEFORE_RE.search(clause):
        return False  # "... will be turned into a police station, the minister said on Tuesday"
    if _FUTURE_CUE_RE.search(clause):
        return True
    return (_previous_word(text, start).lower() in _OPEN_ENDED and bool(_PRESENT_CUE_RE.search(clause))
            and not _PAST_CUE_RE.search(clause))


def _year_mention(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    year = int(match.group("year"))
    start, end = match.start("year"), match.end("year")
    if not 1800 <= year <= 2100:
        return None
    if not match.group("mod"):
        before = text[max(0, start - 2):start]
        if before.endswith(tuple(",$€£¥#:/")) or _DIGIT_GROUP_BEFORE_RE.fullmatch(before):
            return None
    if _NUMBER_GOES_ON_RE.match(text, end):
        return None  # a longer number, a range or a phone number
    if (_POSSESSIVE_RE.match(text, end) and year % 10 == 0
            and (match.group("mod") or _previous_word(text, start) == "the")):
        return None  # a decade: "the 1990's"
    if _looks_like_count(text, start, end):
        return None
    return _Hit(match.start(), end, *_year(year))


def _weekday(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    word = match.group("weekday")
    which = " ".join((match.group("which") or "").lower().split())
    if word.endswith(".") and not (match.group("prep") or which):
        return None  # "said Sun." is a surname at the end of a sentence
    if reference is None:
        return None
    weekday = _weekday_number(word)
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if which in ("last", "this past"):
        date = reference - dt.timedelta(days=back or 7)
    elif which in ("next", "this coming"):
        date = reference + dt.timedelta(days=ahead or 7)
    elif which == "this":
        date = reference + dt.timedelta(days=weekday - reference.weekday())
    elif _future_clause(text, match.start()):
        date = reference + dt.timedelta(days=ahead)  # "will meet on Wednesday": the coming one
    else:
        date = reference - dt.timedelta(days=back)
    return _Hit(match.start(), match.end(), *_day(date))


def _relative_day(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    phrase = " ".join(match.group().lower().split())
    if match.group() == "Today" and not _at_sentence_start(text, match.start()):
        return None  # a title: "USA Today", "China Today"
    if phrase == "the day before" and _NOUN_PHRASE_AFTER_RE.match(text, match.end()):
        return None  # "the day before the vote" is relative to the vote, not the article
    if reference is None:
        return None
    date = reference + dt.timedelta(days=_RELATIVE_DAY_OFFSET[phrase])
    return _Hit(match.start(), match.end(), *_day(date))


def _relative_period(match: re.Match[str], text: str,
                     reference: dt.date | None) -> _Hit | None:
    if reference is None:
        return None
    step = _RELATIVE_STEP[match.group("which").lower()]
    unit = match.group("unit").lower()
    if unit == "week":
        anchor = reference + dt.timedelta(days=7 * step)
        value = _month(anchor.year, anchor.month)
    elif unit == "month":
        value = _month(*_shift_month(reference.year, reference.month, step))
    else:
        value = _year(reference.year + step)
    return _Hit(match.start(), match.end(), *value)


def _offset(reference: dt.date, n: int, unit: str) -> tuple[str, Precision]:
    """The reference moved by ``n`` units (negative: into the past)."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week"):
        return _day(reference + dt.timedelta(days=n * (7 if unit == "week" else 1)))
    if unit == "month":
        return _month(*_shift_month(reference.year, reference.month, n))
    return _year(reference.year + n)


def _ago(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    if reference is None:
        return None
    value = _offset(reference, -_number(match.group("n")), match.group("unit"))
    return _Hit(match.start(), match.end(), *value)


def _ahead(match: re.Match[str], text: str, reference: dt.date | None) -> _Hit | None:
    if _previous_word(text, match.start()) in _LOOKING_BACK:
        return None
    if reference is None:
        return None
    value = _offset(reference, _number(match.group("n")), match.group("unit"))
    return _Hit(match.start(), match.end(), *value)


_Rule = Callable[[re.Match[str], str, dt.date | None], _Hit | None]
_RULES: tuple[tuple[re.Pattern[str], _Rule], ...] = (
    (_MONTH_DAY_RE, _named_date),
    (_DAY_MONTH_RE, _named_date),
    (_ISO_RE, _iso_date),
    (_SLASH_RE, _slash_date),
    (_MONTH_RE, _month_mention),
    (_YEAR_RE, _year_mention),
    (_WEEKDAY_RE, _weekday),
    (_RELATIVE_DAY_RE, _relative_day),
    (_RELATIVE_PERIOD_RE, _relative_period),
    (_AGO_RE, _ago),
    (_AHEAD_RE, _ahead),
)


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, longer ones winning, in text order."""
    chosen: list[_Hit] = []  # kept in text order, so only the neighbours can overlap
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        i = bisect.bisect_left(chosen, hit)
        if ((i == 0 or chosen[i - 1].end <= hit.start)
                and (i == len(chosen) or hit.end <= chosen[i].start)):
            chosen.insert(i, hit)
    return chosen


def find_times(text: str, reference: dt.date | None) -> list[TimeRef]:
    """Every time expression in ``text``, normalised against ``reference``.

    Results are sorted by start and do not overlap; ``text[t.start:t.end] == t.text``.
    Relative expressions are skipped when ``reference`` is None; those relative to the
    narrative ("the following day", "two days later") take the day told just before them.
    """
    hits: list[_Hit] = []
    for pattern, rule in _RULES:
        for match in pattern.finditer(text):
            try:
                hit = rule(match, text, reference)
            except (ValueError, OverflowError):
                continue  # an impossible date ("February 30") or one outside 1..9999
            if hit is not None:
                hits.append(hit)
    found = _longest_first(hits)
    found = _longest_first(found + _anchored(text, found))
    return [TimeRef(text=text[h.start:h.end], start=h.start, end=h.end, value=h.value,
                    precision=h.precision) for h in found]


# "the following day", "the next morning", "the day before", "two days later", "a week
# earlier": days counted from the day the narrative last named.
_FOLLOWING_RE = re.compile(r"(?<![\w-])(?i:the)\s++(?i:following|next)\s++(?i:day|morning|afternoon|evening|night)(?![\w-])")
_PREVIOUS_RE = re.compile(r"(?<![\w-])(?i:the)\s++(?:(?i:day|night)\s++(?i:before)|(?i:previous)\s++(?i:day|morning"
                          r"|afternoon|evening|night))(?![\w-])")
# "that same afternoon", "the same day", "later that day", "that night": the day last named.
_SAME_DAY_RE = re.compile(r"(?<![\w-])(?:(?i:later|earlier)\s++)?(?i:that|the)\s++(?:(?i:same)\s++)?"
                          r"(?i:day|morning|afternoon|evening|night)(?![\w-])")
_LATER_RE = re.compile(rf"(?<![\w.,-]){_NUMBER}\s+(?P<unit>(?i:days?|weeks?))\s+(?P<dir>(?i:later|earlier))(?![\w-])")
# How far back a named day may be to anchor one of these: about a paragraph or two.
_ANCHOR_REACH = 1500


def _anchored(text: str, found: list[_Hit]) -> list[_Hit]:
    days = [h for h in found if h.precision == "day"]  # in text order, not overlapping
    ends = [h.end for h in days]
    out: list[_Hit] = []
    for pattern, sign in ((_FOLLOWING_RE, 1), (_PREVIOUS_RE, -1), (_LATER_RE, 0), (_SAME_DAY_RE, None)):
        for match in pattern.finditer(text):
            if sign == 0 and re.search(r"(?i:less|more)\s++than\s++$", text[max(0, match.start() - 12):match.start()]):
                continue  # "less than a day later": not a count of days
            before = bisect.bisect_right(ends, match.start())
            anchor = days[before - 1] if before else None
            if anchor is None or match.start() - anchor.end > _ANCHOR_REACH:
                continue
            if sign is None:
                if not re.search(r"(?i:same|that)\s", match.group()) or _the_day_of(text, match.end()):
                    continue  # "the day" alone, "that day of mourning": no anaphor
                delta = 0
            elif sign == 0:
                step = _number(match.group("n")) * (7 if match.group("unit").lower().startswith("week") else 1)
                delta = step if match.group("dir").lower() == "later" else -step
            else:
                delta = sign
            day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=delta)
            out.append(_Hit(match.start(), match.end(), *_day(day)))
    return out


def _the_day_of(text: str, end: int) -> bool:
    """"that day of mourning", "the same day's papers": the day is named by what follows."""
    return bool(re.match(r"\s*+(?:of\b|['\u2019]s\b)", text[end:end + 6]))


def add_times(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.times`` from ``doc.text`` and the reference date."""
    # After a parse of recased text (a lower-case digest), the day and month names are read
    # in their capitals; the offsets are the same.
    text = doc.nlp.text if doc.nlp is not None and len(doc.nlp.text) == len(doc.text) else doc.text
    doc.times = find_times(text, doc.reference_date)
    log.debug("%s: %d time expressions", doc.id, len(doc.times))
    return doc
