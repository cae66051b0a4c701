"""Tests for the time-expression stage (accord.stages.times)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.record import Document, TimeRef
from accord.stages.times import add_times, find_times

WED = dt.date(2020, 12, 30)  # a Wednesday
TUE = dt.date(2020, 3, 10)  # a Tuesday, early in the year

CASES = [
    # --- the required cases (article of 2020-12-30) ---
    ("Xi said Monday in a telephone conversation", WED, [("Monday", "2020-12-28", "day")]),
    ("The minister said in September that talks would resume.", WED,
     [("in September", "2020-09", "month")]),
    ("In late August, the two launched a joint review.", WED,
     [("In late August", "2020-08", "month")]),
    ("The committee convened meetings in November.", WED,
     [("in November", "2020-11", "month")]),
    ("As 2021 marks the 20th anniversary of the pact, both sides met.", WED,
     [("2021", "2021", "year")]),
    ("Vice Premier Sun Chunlan said the drive would continue.", WED, []),
    ("Guests marked the 75th anniversary of the victory.", WED, []),
    ("The number of volunteers has exceeded 1,000.", WED, []),
    ("Both leaders discussed the COVID-19 pandemic.", WED, []),
    # --- weekdays ---
    ("The envoy arrived on Monday.", WED, [("on Monday", "2020-12-28", "day")]),
    ("On Tuesday, the council voted.", WED, [("On Tuesday", "2020-12-29", "day")]),
    ("Officials spoke Wednesday.", WED, [("Wednesday", "2020-12-30", "day")]),
    ("Friday's ballot was delayed.", WED, [("Friday", "2020-12-25", "day")]),
    ("The talks ended on Thursday night.", WED, [("on Thursday", "2020-12-24", "day")]),
    ("They will meet next Monday.", WED, [("next Monday", "2021-01-04", "day")]),
    ("They meet this coming Monday.", WED, [("this coming Monday", "2021-01-04", "day")]),
    ("Polls open next Wednesday.", WED, [("next Wednesday", "2021-01-06", "day")]),
    ("It rained last Wednesday.", WED, [("last Wednesday", "2020-12-23", "day")]),
    ("The deal was signed this past Sunday.", WED,
     [("this past Sunday", "2020-12-27", "day")]),
    ("The vote is this Friday.", WED, [("this Friday", "2021-01-01", "day")]),
    ("Sanctions took effect on Sun. and Mon.", WED, [("on Sun.", "2020-12-27", "day")]),
    ("The report, said Sun. The aide agreed.", WED, []),
    ("Sat Paul and Sun Wei met at the border.", WED, []),
    ("Markets close on Mondays.", WED, []),
    ("a monday morning habit", WED, []),
    # --- months ---
    ("Protests erupted in November.", TUE, [("in November", "2019-11", "month")]),
    ("Elections were held in March.", TUE, [("in March", "2020-03", "month")]),
    ("Aid arrived in September 2019.", WED, [("in September 2019", "2019-09", "month")]),
    ("The ceasefire held through mid-August.", WED, [("mid-August", "2020-08", "month")]),
    ("Fighting resumed in early May.", WED, [("in early May", "2020-05", "month")]),
    ("A summit is planned for the end of August.", TUE,
     [("the end of August", "2020-08", "month")]),  # the future: the coming August
    ("The summit took place at the end of August.", TUE,
     [("at the end of August", "2019-08", "month")]),
    ("The ministers will meet again in June.", TUE, [("in June", "2020-06", "month")]),
    ("The ministers met in June.", TUE, [("in June", "2019-06", "month")]),
    # a time right after a past verb of saying dates the saying, not the plan it reports
    ("The ferry will be sold to a museum, the mayor said on Monday.", WED, [("on Monday", "2020-12-28", "day")]),
    ("The mayor said it would sell the ferry on Monday.", WED, [("on Monday", "2021-01-04", "day")]),
    ("Talks began at the beginning of March.", WED,
     [("at the beginning of March", "2020-03", "month")]),
    ("Sanctions lapse next September.", WED, [("next September", "2021-09", "month")]),
    ("The treaty was ratified last December.", WED,
     [("last December", "2019-12", "month")]),
    ("Rates have risen since May.", WED, [("May", "2020-05", "month")]),
    ("He said in May 2018 that he would resign.", WED, [("in May 2018", "2018-05", "month")]),
    ("Prime Minister Theresa May spoke to reporters.", WED, []),
    ("Officials may march in protest; an august body convened.", WED, []),
    ("April Ryan asked the spokesman a question.", WED, []),
    ("Both sides signed a memorandum in late 2019.", WED, [("in late 2019", "2019", "year")]),
    # --- explicit dates ---
    ("The accord was signed on December 28, 2020.", WED,
     [("on December 28, 2020", "2020-12-28", "day")]),
    ("Ministers met Dec. 28 in the capital.", WED, [("Dec. 28", "2020-12-28", "day")]),
    ("Ministers met Dec 28 in the capital.", WED, [("Dec 28", "2020-12-28", "day")]),
    ("Voting started Sept. 3 across the region.", WED, [("Sept. 3", "2020-09-03", "day")]),
    ("The decree of 28 December 2020 was published.", WED,
     [("28 December 2020", "2020-12-28", "day")]),
    ("A vote on the 4th of July was cancelled.", WED,
     [("on the 4th of July", "2020-07-04", "day")]),
    ("The filing is dated 2020-12-28.", WED, [("2020-12-28", "2020-12-28", "day")]),
    ("The filing is dated 12/28/2020.", WED, [("12/28/2020", "2020-12-28", "day")]),
    ("The form is dated 28/12/2020.", WED, [("28/12/2020", "2020-12-28", "day")]),
    ("On Monday, Dec. 28, 2020, the envoy left.", WED,
     [("On Monday, Dec. 28, 2020", "2020-12-28", "day")]),
    ("The agency reported it on May 4th.", WED, [("on May 4th", "2020-05-04", "day")]),
    ("The deadline is Jan. 5.", WED, [("Jan. 5", "2021-01-05", "day")]),
    ("Troops withdrew on Dec. 28.", TUE, [("on Dec. 28", "2019-12-28", "day")]),
    ("MOSCOW, DEC. 28 (Agency) -- Officials met.", WED, [("DEC. 28", "2020-12-28", "day")]),
    ("No such day as February 30.", WED, [("February", "2020-02", "month")]),
    # --- years ---
    ("The 2001 treaty still binds both states.", WED, [("2001", "2001", "year")]),
    ("The border has been calm since 1990.", WED, [("1990", "1990", "year")]),
    ("The two states first met in 2001.", WED, [("in 2001", "2001", "year")]),
    ("1987 was a turbulent year.", WED, [("1987", "1987", "year")]),
    ("Growth slowed in mid-2019 and the end of 2019.", WED,
     [("in mid-2019", "2019", "year"), ("the end of 2019", "2019", "year")]),
    ("The 2019 elections were disputed.", WED, [("2019", "2019", "year")]),
    ("The authorities relocated 2001 people.", WED, []),
    ("The port handled 2020 tonnes of grain.", WED, []),
    ("The fine was $2019 and RMB 1999.", WED, []),
    ("About 2000 troops and some 1950 police were deployed.", WED, []),
    ("Security Council Resolution 2254 was cited.", WED, []),
    ("The index rose to 2019.5 points, up 2020%.", WED, []),
    ("Call 555-1987 or +86 10 1987 2345 for details.", WED, []),
    ("The 1990s were turbulent; so were the 1980's.", WED, []),
    ("Leaders attended the G20 and the Group of 20 forum.", WED, []),
    ("A count of 1799 or 2101 is not a year.", WED, []),
    ("The 2019-nCoV outbreak spread; the 2019-20 season ended.", WED, []),
    ("The meeting began at 10 a.m. on Monday.", WED, [("on Monday", "2020-12-28", "day")]),
    # --- relative days ---
    ("The minister said today that he would stay.", WED, [("today", "2020-12-30", "day")]),
    ("Today, the assembly adjourned.", WED, [("Today", "2020-12-30", "day")]),
    ("The claim was reported by USA Today.", WED, []),
    ("The envoy left yesterday and returns tomorrow.", WED,
     [("yesterday", "2020-12-29", "day"), ("tomorrow", "2020-12-31", "day")]),
    ("They spoke the day before yesterday.", WED,
     [("the day before yesterday", "2020-12-28", "day")]),
    ("He had arrived the previous day.", WED, [("the previous day", "2020-12-29", "day")]),
    ("Officials had met the day before.", WED, [("the day before", "2020-12-29", "day")]),
    ("Officials met the day before the vote.", WED, []),
    # --- relative periods ---
    ("The two sides spoke last week.", WED, [("last week", "2020-12", "month")]),
    ("The two sides spoke last week.", dt.date(2021, 1, 4),
     [("last week", "2020-12", "month")]),
    ("They will meet this week.", WED, [("this week", "2020-12", "month")]),
    ("A decision is due next week.", WED, [("next week", "2021-01", "month")]),
    ("Exports fell last month.", WED, [("last month", "2020-11", "month")]),
    ("Exports fell last month.", dt.date(2021, 1, 15), [("last month", "2020-12", "month")]),
    ("Earlier this month, the cabinet resigned.", WED,
     [("Earlier this month", "2020-12", "month")]),
    ("The budget is due later this month.", WED, [("later this month", "2020-12", "month")]),
    ("The budget is due this month.", WED, [("this month", "2020-12", "month")]),
    ("The tariff rises next month.", WED, [("next month", "2021-01", "month")]),
    ("Turnout fell last year but may rise next year.", WED,
     [("last year", "2019", "year"), ("next year", "2021", "year")]),
    ("This year and earlier this year differ.", WED,
     [("This year", "2020", "year"), ("earlier this year", "2020", "year")]),
    # --- offsets ---
    ("The strike began two days ago.", WED, [("two days ago", "2020-12-28", "day")]),
    ("The strike began 3 weeks ago.", WED, [("3 weeks ago", "2020-12-09", "day")]),
    ("The strike began a month ago.", WED, [("a month ago", "2020-11", "month")]),
    ("The law passed five years ago.", WED, [("five years ago", "2015", "year")]),
    ("A ruling is expected in two weeks.", WED, [("in two weeks", "2021-01-13", "day")]),
    ("A ruling is expected in three months' time.", WED,
     [("in three months' time", "2021-03", "month")]),
    ("It was the first time in five years.", WED, []),
    ("The pact was reached in three days of talks.", WED, []),
    # --- several in one sentence ---
    ("In 2019 and again on Monday, Dec. 28, officials met; next year, they meet again.",
     WED, [("In 2019", "2019", "year"), ("on Monday, Dec. 28", "2020-12-28", "day"),
           ("next year", "2021", "year")]),
]

NO_REFERENCE = [
    ("Xi said Monday that talks would go on.", []),
    ("The pact was signed on March 3, 2019.", [("on March 3, 2019", "2019-03-03", "day")]),
    ("The pact was signed in 2019 and amended in September.", [("in 2019", "2019", "year")]),
    ("The treaty dates from September 2019.", [("September 2019", "2019-09", "month")]),
    ("It happened yesterday, two days ago, last week and on Dec. 28.", []),
]


def _triples(times: list[TimeRef]) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.precision) for t in times]


def _assert_consistent(text: str, times: list[TimeRef]) -> None:
    for t in times:
        assert text[t.start:t.end] == t.text
    for before, after in zip(times, times[1:]):
        assert before.end <= after.start


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_find_times(text: str, reference: dt.date, expected: list[tuple[str, str, str]]):
    times = find_times(text, reference)
    assert _triples(times) == expected
    _assert_consistent(text, times)


@pytest.mark.parametrize(("text", "expected"), NO_REFERENCE)
def test_find_times_without_reference(text: str, expected: list[tuple[str, str, str]]):
    times = find_times(text, None)
    assert _triples(times) == expected
    _assert_consistent(text, times)


def test_offsets_over_a_long_text():
    text = " ".join(case[0] for case in CASES)
    times = find_times(text, WED)
    assert len(times) >= sum(len(case[2]) for case in CASES) - 5
    _assert_consistent(text, times)


def test_add_times_fills_the_document():
    doc = Document(id="x", input="x.txt",
                   text="Xi said Monday in a telephone conversation that in 2001 ...",
                   published="2020-12-30")
    assert add_times(doc) is doc
    assert _triples(doc.times) == [("Monday", "2020-12-28", "day"),
                                   ("in 2001", "2001", "year")]


def test_add_times_without_a_date_keeps_absolute_times():
    doc = Document(id="x", input="x.txt", text="On Monday, in 2001, they met.")
    assert _triples(add_times(doc).times) == [("in 2001", "2001", "year")]


# --- properties ---

VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LENGTH = {"year": 4, "month": 7, "day": 10}
ALPHABET = st.sampled_from(
    list("0123456789 ,.-/$'") + ["in ", "on ", "last ", "next ", "ago", " days", " weeks",
                                 "the ", "day before", "Monday", "Sun.", "May", "Dec.",
                                 "September", "mid-", "early ", "today", "two", "this ",
                                 "year", "month", "week", "2019", "1990s", "\n"])
TEXTS = st.one_of(st.text(max_size=80), st.lists(ALPHABET, max_size=25).map("".join))
REFERENCES = st.one_of(st.none(), st.dates())


def _valid_value(value: str, precision: str) -> bool:
    if not VALUE.match(value) or len(value) != LENGTH[precision]:
        return False
    padded = value + "-01" * ((10 - len(value)) // 3)
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(TEXTS, REFERENCES)
def test_find_times_properties(text: str, reference: dt.date | None):
    times = find_times(text, reference)
    _assert_consistent(text, times)
    assert [t.start for t in times] == sorted(t.start for t in times)
    for t in times:
        assert t.start < t.end
        assert t.precision in LENGTH
        assert _valid_value(t.value, t.precision), t


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), REFERENCES)
def test_full_dates_round_trip(date: dt.date, reference: dt.date | None):
    phrase = f"{MONTH_NAMES[date.month - 1]} {date.day}, {date.year}"
    text = f"The agreement dated {phrase} was published."
    assert _triples(find_times(text, reference)) == [(phrase, date.isoformat(), "day")]


def test_days_counted_from_the_day_the_narrative_named():
    """"The following day", "two days later", "a week earlier" count from the day told just
    before them; "less than a day later" is no count of days; with no day told, nothing."""
    text = ("On 4 March 2024, gunmen shot a driver. The following day, police arrested two men. "
            "Two days later a march took place. Less than a day later, shots were fired. "
            "A week earlier, the army had deployed.")
    found = {t.text: t.value for t in find_times(text, dt.date(2024, 3, 10))}
    assert found["The following day"] == "2024-03-05"
    assert found["Two days later"] == "2024-03-06"
    assert found["A week earlier"] == "2024-02-26"
    assert not any("Less than" in t or t == "a day later" for t in found)
    assert [t.text for t in find_times("The following day, police arrested two men.", dt.date(2024, 3, 10))] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The curfew will remain in force until Friday.", "2024-10-18"),
    ("The ministry said it would hand over the crew on Friday.", "2024-10-18"),
    ("Both sides agreed to reopen the crossing from Tuesday.", "2024-10-22"),
    ("The new tariff is to take effect on 1 January.", "2025-01-01"),
    ("The curfew lasted until Friday.", "2024-10-11"),   # looks back
    ("Police arrested him on Friday.", "2024-10-11"),
    ("The strike began on Monday.", "2024-10-14"),
    # a that-clause has its own tense: the cue before it is the speaker's
    ("I would like to inform you that the minister held talks in Paris on Monday.", "2024-10-14"),
    ("The ministry said that the two sides would meet on Friday.", "2024-10-18"),
])
def test_a_clause_that_looks_ahead_takes_the_coming_day(text, expected):
    # published on Wednesday, 16 October 2024
    assert [t.value for t in find_times(text, dt.date(2024, 10, 16))] == [expected]


def test_that_same_afternoon_is_the_day_last_named():
    text = ("On June 17, 2018, the ministers signed the deal. That same afternoon, police fired tear gas. "
            "Later that day, talks ended. The day began badly. On that day of mourning, none came.")
    found = [(t.text, t.value) for t in find_times(text, dt.date(2025, 6, 17))]
    assert found == [("On June 17, 2018", "2018-06-17"), ("That same afternoon", "2018-06-17"),
                     ("Later that day", "2018-06-17")]
