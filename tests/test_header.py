"""Tests for accord.stages.header: what header and footer lines say about an article.

Every line here is invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.stages.header import date_in_name, date_line, parse_date, read_line, title_date

# (line, kind, published, source, authors, editors)
LINES = [
    ("Source: Avel Harbour News | 2021-03-19 10:42:17 | Editor: Mira Castell",
     "fields", "2021-03-19", "Avel Harbour News", [], ["Mira Castell"]),
    ("Avel Harbour News | March 19, 2021 | Editor: Mira Castell",
     "fields", "2021-03-19", "Avel Harbour News", [], ["Mira Castell"]),
    ("The Island Star | 19.03.2021 | By Karim Ahmed",
     "fields", "2021-03-19", "The Island Star", ["Karim Ahmed"], []),
    ("Published: 3 Nov 2022 | Updated: 4 Nov 2022 14:00", "fields", "2022-11-03", None, [], []),
    ("Updated: March 3, 2021 Source: Avel Harbour News", "fields", "2021-03-03", "Avel Harbour News", [], []),
    ("November 3, 2022", "date", "2022-11-03", None, [], []),
    ("3 November 2022", "date", "2022-11-03", None, [], []),
    ("Thursday, 3 November 2022, 14:05 GMT", "date", "2022-11-03", None, [], []),
    ("Posted on 12 May 2023 at 10:15 a.m.", "date", "2023-05-12", None, [], []),
    ("2023-05-12T10:15:00+08:00", "date", "2023-05-12", None, [], []),
    ("By Jane Doe and John Roe", "byline", None, None, ["Jane Doe", "John Roe"], []),
    ("By Jane Doe, Diplomatic Correspondent", "byline", None, None, ["Jane Doe"], []),
    ("By Jane Doe, Avel Harbour News", "byline", None, "Avel Harbour News", ["Jane Doe"], []),
    ("Staff Report", "byline", None, None, [], []),
    ("By Our Correspondent in Port Avel", "byline", None, None, [], []),
    ("(Reporting by Ana Lopes; Editing by Bill Tern)", "credits", None, None, ["Ana Lopes"], ["Bill Tern"]),
    ("Home | World | Business | Sport", "navigation", None, None, [], []),
    ("Home > World > Asia", "navigation", None, None, [], []),
    ("Home | About", "navigation", None, None, [], []),
    # a report file's own notes: when it was put out, what it covers
    ("Compiled: 12 May 2023 | Coverage: North, East", "fields", "2023-05-12", None, [], []),
    ("Compiled 15 May 2023 by the harbour research desk", "date", "2023-05-15", None, [], []),
    ("Compiled by the harbour desk. Released 16 May 2023.", "date", "2023-05-16", None, [], []),
    ("Reporting period: 1 - 7 May 2023", "fields", None, None, [], []),
    ("PRIORITY: URGENT   12-MAY-2023 08:02 GMT   SLUG: HARBOUR-TALKS", "fields", "2023-05-12", None, [], []),
    # cells between dashes on a short line; a wire's four-digit time; a note of the last
    # update; a report credited to a desk; a range of dates that is no date of publication
    ("HARBOUR NEWS AGENCY -- 11 JUN 2024 -- 0740 GMT", "fields", "2024-06-11", "HARBOUR NEWS AGENCY", [], []),
    ("September 16, 2024 \u2014 by Staff Reporter", "fields", "2024-09-16", None, [], []),
    ("Thursday 14 March 2024 \u00b7 Last updated 22:10 Avel time (GMT-4)", "fields", "2024-03-14", None, [], []),
    ("Compiled by the harbour research desk | Released 13 February 2024", "fields", "2024-02-13", None, [], []),
    ("Published 18 July 2023 | Prepared by the harbour research team", "fields", "2023-07-18", None, [], []),
    ("Data release: 22 October 2024", "fields", "2024-10-22", None, [], []),
    ("Reporting period: 30 March \u2013 5 April 2024", "fields", None, None, [], []),
    # times with a dot, cells between slashes, dates with dashes or dots between numbers
    ("First published on Thu 14 Mar 2024 10.42 GMT", "date", "2024-03-14", None, [], []),
    ("March 14, 2024 / 10:42 AM / Updated 3 hours ago", "fields", "2024-03-14", None, [], []),
    ("14-03-2024", "date", "2024-03-14", None, [], []),
    # a place and a zone in brackets after the time
    ("Updated 11 June 2024, 18:52 (Avel, GMT+3)", "date", "2024-06-11", None, [], []),
    ("2024.03.14", "date", "2024-03-14", None, [], []),
    ("Home / Region / Diplomacy", "navigation", None, None, [], []),
    # a place and a date in one cell, and a desk that is no outlet
    ("kisumu, friday, 9 june 2023 | lakeside city desk", "fields", "2023-06-09", None, [], []),
    # a US page writes the month first, as its time zone says
    ("11/04/2022 09:15 AM EST", "date", "2022-11-04", None, [], []),
]


@pytest.mark.parametrize(("line", "kind", "published", "source", "authors", "editors"), LINES,
                         ids=[line[0][:40] for line in LINES])
def test_header_lines(line, kind, published, source, authors, editors):
    header = read_line(line)
    assert header is not None
    assert (header.kind, header.published, header.source, header.authors, header.editors) == \
        (kind, published, source, authors, editors)


@pytest.mark.parametrize("line", [
    "03-04-2024",  # March 4 or April 3: no guess
    "On March 3, 2021 the council met to approve the ferry budget.",
    "The council met on 3 November 2022.",
    "Russia / Ukraine / NATO",
    "Harbour council approves new ferry budget",
    "Ferries | the harbour and its people",  # a title with a bar, not a header: no date
    "March 2021",  # a month is not a day
    "03/04/2021",  # April 3 or March 4: not guessed
    "By the end of the week the ferries were running again.",
    "Staff shortages hit the harbour.",
])
def test_article_lines_are_not_headers(line):
    assert read_line(line) is None


@pytest.mark.parametrize("line", ["by borrowing, but he did not give details", "by opposition leaders in parliament"])
def test_wrapped_prose_is_no_byline(line):
    """Wire copy wraps its lines: a line may begin "by ..." in the middle of a sentence."""
    assert read_line(line) is None
    assert read_line("reported by jane doe", lower_case_page=True).authors == ["jane doe"]


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-03-19", "2021-03-19"), ("2021-03-19T10:00:00Z", "2021-03-19"), ("March 19, 2021", "2021-03-19"),
    ("19 March 2021", "2021-03-19"), ("19th of March, 2021", "2021-03-19"), ("2021/03/19", "2021-03-19"),
    ("19.03.2021", "2021-03-19"), ("03/19/2021", "2021-03-19"), ("19/03/2021", "2021-03-19"),
    ("03/04/2021", None), ("03/04/2021 10:00 GMT", None), ("03/04/2021 EDT", "2021-03-04"), ("February 30, 2021", None), ("2021-13-01", None), ("", None), (None, None),
    (dt.date(2021, 3, 19), "2021-03-19"),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Spokesperson's Regular Press Conference on March 7, 2023", "2023-03-07"),
    ("Statement by the High Representative (12 May 2022)", "2022-05-12"),
    ("Border talks resume - 14 March 2024", "2024-03-14"),
    ("Talks on the 2024 budget", None),
    ("Protests on March 3 turn violent", None),
    (None, None),
])
def test_title_date(title, expected):
    assert title_date(title) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("corpus/2021-04-24-harbour-talks.txt", "2021-04-24"),
    ("https://news.example/world/2021/04/24/harbour-talks", "2021-04-24"),
    ("20210424_harbour.html", "2021-04-24"),
    ("harbour_2021_04_24.txt", "2021-04-24"),
    ("batch-2021/harbour.txt", None),
    ("story-12345678.html", None),
    ("2021-02-30-x.txt", None),
    (None, None),
])
def test_date_in_name(name, expected):
    assert date_in_name(name) == expected


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
       st.sampled_from(["%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%A, %d %B %Y, %H:%M GMT", "%b. %d, %Y",
                        "%d.%m.%Y", "Updated %d %b %Y %H:%M"]))
def test_date_lines_round_trip(day, fmt):
    line = dt.datetime.combine(day, dt.time(14, 5)).strftime(fmt)
    assert date_line(line) == day.isoformat()


@given(st.text(max_size=120))
def test_read_line_never_fails(line):
    header = read_line(line.strip())
    if header is not None and header.published:
        dt.date.fromisoformat(header.published)
