"""Tests for the clean stage (accord.stages.clean) on pasted text and HTML.

Every article here is invented for these tests.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import NoArticleError
from accord.record import Document
from accord.stages.clean import detect_language, find_dateline
from conftest import SEED, SEED_GOLD, assert_paragraphs_consistent, clean_raw

TITLE = "Harbour council approves new ferry budget"
LEAD = ("The harbour council of Port Avel approved a new ferry budget on Tuesday after a debate "
        "that ran late into the evening, officials said.")
SECOND = "The mayor welcomed the vote and said two new boats would be ordered before the winter."
BODY = f"{LEAD}\n\n{SECOND}"
CLEAN_BODY = f"{LEAD}\n\n{SECOND}"

# (id, pasted text, raw fields, expected fields). "text" is the exact clean body;
# "absent" lists strings that must not survive in it; "dateline" is (place, date, agency).
CASES = [
    # --- titles ---
    ("title-first-line", f"{TITLE}\n\n{BODY}", {},
     {"title": TITLE, "text": CLEAN_BODY}),
    ("title-question", f"Will the ferry budget pass before winter?\n\n{BODY}", {},
     {"title": "Will the ferry budget pass before winter?", "text": CLEAN_BODY}),
    ("title-after-widgets", f"fontLarger fontSmaller\n\n{TITLE}\n\n{BODY}", {},
     {"title": TITLE, "text": CLEAN_BODY}),
    ("title-repeated-above-body", f"{TITLE}\n\n{TITLE}\n\n{BODY}", {},
     {"title": TITLE, "text": CLEAN_BODY}),
    ("no-title-when-first-line-is-prose", BODY, {},
     {"title": None, "text": CLEAN_BODY}),
    ("no-title-when-first-line-ends-in-a-quote",
     f'The mayor said the vote was "a good day for every island family."\n\n{SECOND}', {},
     {"title": None, "text": f'The mayor said the vote was "a good day for every island family."\n\n{SECOND}'}),
    ("one-word-line-is-no-title", f"Ferries\n\n{BODY}", {},
     {"title": None, "text": f"Ferries\n\n{CLEAN_BODY}"}),
    ("given-title-wins-and-different-first-line-kept",
     f"Ferry plans at a glance\n\n{BODY}", {"title": TITLE},
     {"title": TITLE, "text": f"Ferry plans at a glance\n\n{CLEAN_BODY}"}),
    ("given-title-repeated-in-text-is-dropped", f"{TITLE}\n\n{BODY}", {"title": TITLE},
     {"title": TITLE, "text": CLEAN_BODY}),
    # --- metadata lines ---
    ("updated-and-source-on-one-line",
     f"{TITLE}\n\nUpdated: March 3, 2021 Source: Avel Harbour News\n\n{BODY}", {},
     {"title": TITLE, "published": "2021-03-03", "source": "Avel Harbour News", "text": CLEAN_BODY}),
    ("updated-iso-with-time-and-pipe",
     f"{TITLE}\nUpdated: 2021-03-03 09:15 GMT | Source: Avel Harbour News\n{BODY}", {},
     {"published": "2021-03-03", "source": "Avel Harbour News", "text": CLEAN_BODY}),
    ("updated-line-before-title",
     f"Updated: 2021-03-03 Source: Avel Harbour News\n\n{TITLE}\n\n{BODY}", {},
     {"title": TITLE, "published": "2021-03-03", "source": "Avel Harbour News", "text": CLEAN_BODY}),
    ("published-line", f"{TITLE}\n\nPublished: 4 May 2021\n\n{BODY}", {},
     {"published": "2021-05-04", "text": CLEAN_BODY}),
    ("published-on-line", f"{TITLE}\n\nPublished on: May 4, 2021\n\n{BODY}", {},
     {"published": "2021-05-04", "text": CLEAN_BODY}),
    ("posted-line-iso-timestamp", f"{TITLE}\nPosted: 2021-05-04T08:00:00Z\n\n{BODY}", {},
     {"published": "2021-05-04", "text": CLEAN_BODY}),
    ("given-published-wins-over-line", f"{TITLE}\n\nPosted: 2021-05-04\n\n{BODY}", {"published": "2021-05-05"},
     {"published": "2021-05-05", "text": CLEAN_BODY}),
    ("editor-line-at-end", f"{TITLE}\n\n{BODY}\n\nEditor: Mira Castell", {},
     {"editors": ["Mira Castell"], "text": CLEAN_BODY}),
    ("editors-line-two-names", f"{TITLE}\n\n{BODY}\n\nEditors: Mira Castell, Tom Brand", {},
     {"editors": ["Mira Castell", "Tom Brand"], "text": CLEAN_BODY}),
    ("source-and-editor-lines", f"{TITLE}\n\nSource: Avel Harbour News\nEditor: Mira Castell\n\n{BODY}", {},
     {"source": "Avel Harbour News", "editors": ["Mira Castell"], "text": CLEAN_BODY}),
    # --- bylines and credits ---
    ("byline-two-authors", f"{TITLE}\n\nBy Jane Doe and John Roe\n\n{BODY}", {},
     {"authors": ["Jane Doe", "John Roe"], "text": CLEAN_BODY}),
    ("byline-with-outlet", f"{TITLE}\n\nBy Jane Doe, Example News\n\n{BODY}", {},
     {"authors": ["Jane Doe"], "source": "Example News", "text": CLEAN_BODY}),
    ("byline-with-agency", f"{TITLE}\n\nBy Jane Doe and John Roe, Reuters\n\n{BODY}", {},
     {"authors": ["Jane Doe", "John Roe"], "source": "Reuters", "text": CLEAN_BODY}),
    ("byline-with-pipe-outlet", f"{TITLE}\n\nBy Jane Doe | Example News\n\n{BODY}", {},
     {"authors": ["Jane Doe"], "source": "Example News", "text": CLEAN_BODY}),
    ("byline-with-job-title", f"{TITLE}\n\nBy Jane Doe, Staff Writer\n\n{BODY}", {},
     {"authors": ["Jane Doe"], "source": None, "text": CLEAN_BODY}),
    ("byline-first-line-is-no-title", f"By Jane Doe\n\n{BODY}", {},
     {"title": None, "authors": ["Jane Doe"], "text": CLEAN_BODY}),
    ("by-opening-a-sentence-is-prose",
     f"{TITLE}\n\nBy the time the vote came, the chamber was nearly empty.\n\n{SECOND}", {},
     {"authors": [], "text": f"By the time the vote came, the chamber was nearly empty.\n\n{SECOND}"}),
    ("wire-credits", f"{TITLE}\n\n{BODY}\n\n(Reporting by Ana Lopes; Editing by Bill Tern)", {},
     {"authors": ["Ana Lopes"], "editors": ["Bill Tern"], "text": CLEAN_BODY}),
    ("wire-credits-several",
     f"{TITLE}\n\n{BODY}\n\n(Additional reporting by Ana Lopes in Lisbon; Writing by Bo Lind; "
     f"Editing by Cy Dane and Di Eck)", {},
     {"authors": ["Ana Lopes", "Bo Lind"], "editors": ["Cy Dane", "Di Eck"], "text": CLEAN_BODY}),
    # --- chrome ---
    ("copyright-line", f"{TITLE}\n\n{BODY}\n\nCopyright 2021 Avel Harbour News. All rights reserved.", {},
     {"text": CLEAN_BODY, "absent": ["Copyright", "rights reserved"]}),
    ("copyright-sign-line", f"{TITLE}\n\n{BODY}\n\n\u00a9 2021 Avel Harbour News", {},
     {"text": CLEAN_BODY}),
    ("copyright-as-a-word-in-prose",
     f"{TITLE}\n\n{LEAD}\n\nCopyright holders welcomed the ruling, their lawyers said.", {},
     {"text": f"{LEAD}\n\nCopyright holders welcomed the ruling, their lawyers said."}),
    ("font-widgets", f"{TITLE}\nfontLarger fontSmaller\n\n{BODY}", {},
     {"text": CLEAN_BODY, "absent": ["fontLarger"]}),
    ("share-print-email", f"{TITLE}\n\nShare  Print  Email\n\n{BODY}", {},
     {"text": CLEAN_BODY, "absent": ["Print"]}),
    ("social-buttons", f"{TITLE}\nFacebook Twitter WhatsApp\n{BODY}\nFacebook | Twitter | Email", {},
     {"text": CLEAN_BODY, "absent": ["Facebook", "Twitter"]}),
    ("related-links-list",
     f"{TITLE}\n\n{LEAD}\nRelated:\nFerry strike ends after two days\nNew pier opens in the old town\n\n{SECOND}",
     {}, {"text": CLEAN_BODY, "absent": ["Related", "Ferry strike", "pier"]}),
    ("related-links-after-blank-line",
     f"{TITLE}\n\n{BODY}\n\nRelated:\n\nFerry strike ends after two days\nNew pier opens in the old town", {},
     {"text": CLEAN_BODY, "absent": ["Ferry strike", "pier"]}),
    ("reuter-sign-off", f"{TITLE}\n\n{BODY}\n\nReuter", {}, {"text": CLEAN_BODY}),
    ("reuter-sign-off-upper-case", f"{TITLE}\n\n{BODY}\n\n REUTER\n", {}, {"text": CLEAN_BODY}),
    # --- datelines ---
    ("dateline-xinhua", f"{TITLE}\n\nMOSCOW, Dec. 28 (Xinhua) -- {LEAD}", {"published": "2020-12-30"},
     {"dateline": ("MOSCOW", "2020-12-28", "Xinhua"), "source": "Xinhua",
      "text": f"MOSCOW, Dec. 28 (Xinhua) -- {LEAD}"}),
    ("dateline-ap-em-dash", f"{TITLE}\n\nWASHINGTON (AP) \u2014 {LEAD}", {"published": "2021-06-01"},
     {"dateline": ("WASHINGTON", None, "AP"), "published": "2021-06-01"}),
    ("dateline-no-agency", f"{TITLE}\n\nSALVADOR, Feb 26 - {LEAD}", {"published": "1987-03-02"},
     {"dateline": ("SALVADOR", "1987-02-26", None), "source": None}),
    ("dateline-two-word-place", f"{TITLE}\n\nUNITED NATIONS, Nov. 3 (Xinhua) -- {LEAD}",
     {"published": "2019-11-04"}, {"dateline": ("UNITED NATIONS", "2019-11-03", "Xinhua")}),
    ("dateline-mixed-case-place", f"{TITLE}\n\nBeijing, March 2 (Example Wire) - {LEAD}",
     {"published": "2022-03-02"}, {"dateline": ("Beijing", "2022-03-02", "Example Wire"),
                                   "source": "Example Wire"}),
    ("dateline-year-rollover", f"{TITLE}\n\nMOSCOW, Dec. 31 (Xinhua) -- {LEAD}", {"published": "2021-01-01"},
     {"dateline": ("MOSCOW", "2020-12-31", "Xinhua")}),
    ("dateline-next-year-time-zone", f"{TITLE}\n\nAUCKLAND, Jan. 1 (Example Wire) -- {LEAD}",
     {"published": "2020-12-31"}, {"dateline": ("AUCKLAND", "2021-01-01", "Example Wire")}),
    ("dateline-dates-the-article", f"{TITLE}\n\nLIMA, June 5, 2023 (Example Wire) - {LEAD}", {},
     {"dateline": ("LIMA", "2023-06-05", "Example Wire"), "published": "2023-06-05"}),
    ("dateline-without-published-has-no-date", f"{TITLE}\n\nOSLO, Sept. 21 (Example Wire) - {LEAD}", {},
     {"dateline": ("OSLO", None, "Example Wire"), "published": None}),
    ("no-dateline-dash-in-prose",
     f"{TITLE}\n\nOfficials said - in private - that the talks had failed.\n\n{SECOND}", {},
     {"dateline": None, "text": f"Officials said - in private - that the talks had failed.\n\n{SECOND}"}),
    ("no-dateline-us-china", f"{TITLE}\n\nThe US - China talks were postponed again on Monday.", {},
     {"dateline": None}),
    ("no-dateline-country-dash", f"{TITLE}\n\nNorway - the council said - will pay for the boats.", {},
     {"dateline": None}),
    # --- paragraphs ---
    ("hard-wrapped-lines-joined",
     f"{TITLE}\n\nThe harbour council of Port Avel approved a new ferry budget on\nTuesday after a "
     f"debate that ran late into the evening, officials\nsaid.\n\n{SECOND}", {},
     {"text": CLEAN_BODY}),
    ("indented-wire-paragraphs-split",
     f"{TITLE}\n    The harbour council of Port Avel approved a new ferry budget\non Tuesday after a "
     f"debate that ran late into the evening, officials said.\n    The mayor welcomed the vote and said "
     f"two new boats would be\nordered before the winter.\n", {},
     {"text": CLEAN_BODY}),
    ("windows-newlines", f"{TITLE}\r\n\r\n{LEAD}\r\n\r\n{SECOND}\r\n", {}, {"text": CLEAN_BODY}),
    ("extra-blank-lines-and-spaces", f"\n\n{TITLE}\n\n\n\n{LEAD}   \n\n\n  \n{SECOND}\n\n\n", {},
     {"text": CLEAN_BODY}),
    ("short-lines-are-paragraphs", f"{TITLE}\n\nThe vote passed.\nThe mayor left early.", {},
     {"text": "The vote passed.\n\nThe mayor left early."}),
    ("no-break-spaces-become-spaces", f"{TITLE}\n\nThe\u00a0harbour council met.", {},
     {"text": "The harbour council met."}),
    # a short wrapped line that ends in an abbreviation ends no paragraph
    ("wrapped-line-ending-in-an-abbreviation",
     f"{TITLE}\n\n    The council said it had no sign that the U.S.\nembassy had closed its ferry office.\n"
     f"    The mayor left early.", {},
     {"text": "The council said it had no sign that the U.S. embassy had closed its ferry office.\n\n"
              "The mayor left early."}),
    # a live blog's time stamp and entry heading above its text, with no blank lines
    ("headings-above-an-entry-are-paragraphs",
     f"{TITLE}\n\n12:50\nFerry workers march in Port Avel\nSeveral hundred ferry workers marched to the "
     f"harbour council on Tuesday to demand higher pay.", {},
     {"text": "12:50\n\nFerry workers march in Port Avel\n\nSeveral hundred ferry workers marched to the "
              "harbour council on Tuesday to demand higher pay."}),
    # a summary's list: each item is a paragraph, however short the lines around it
    ("list-items-are-paragraphs",
     f"{TITLE}\n\nSummary\n- Ferry workers marched to the harbour council on Tuesday\n- The mayor "
     f"called for calm; the union urged talks\n- The council will meet again on Friday", {},
     {"text": "Summary\n\n- Ferry workers marched to the harbour council on Tuesday\n\n- The mayor called "
              "for calm; the union urged talks\n\n- The council will meet again on Friday"}),
    # a press release: the issuer's name, its number, the headline, then the dateline
    ("press-release-under-issuer-and-number",
     "ECONOMIC COMMUNITY OF WEST AFRICAN STATES\nCOMMISSION\n\nPRESS RELEASE\nN\u00b0: 187/2024\n\n"
     f"Harbour council approves ferry budget\n\nAbuja, 18 July 2024 \u2013 {LEAD}", {},
     {"title": "Harbour council approves ferry budget", "published": "2024-07-18",
      "dateline": ("Abuja", "2024-07-18", None), "absent": ["187/2024"]}),
    ("wire-topic-slug-is-no-title",
     f"HARBOUR NEWS AGENCY -- 11 JUN 2024 -- 0740 GMT\n\nURGENT\n\nAVEL-FERRIES/BUDGET\n\n{TITLE.upper()}\n\n"
     f"{LEAD}", {},
     {"title": TITLE.upper(), "published": "2024-06-11", "absent": ["AVEL-FERRIES"]}),
]


def _check(doc: Document, expected: dict) -> None:
    for name, value in expected.items():
        if name == "absent":
            for s in value:
                assert s not in doc.text, f"{s!r} left in the body"
        elif name == "dateline":
            got = (doc.dateline.place, doc.dateline.date, doc.dateline.agency) if doc.dateline else None
            assert got == value
        else:
            assert getattr(doc, name) == value, name


@pytest.mark.parametrize(("text", "fields", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean_pasted_text(text, fields, expected):
    doc = clean_raw(text, **fields)
    _check(doc, expected)
    assert_paragraphs_consistent(doc)
    assert doc.language == "en"


def test_case_ids_are_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids)) >= 30


# Bylines and credit lines, ordinary and hostile. The hostile ones once took from seconds to
# minutes to read (the patterns backtracked; tests/test_regexes.py checks every pattern for
# that); here they only have to give their answer.
@pytest.mark.parametrize(("line", "authors", "editors"), [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
    ("(Reporting by A; Editing by B)", ["A"], ["B"]),
    ("By " + "Aand" * 24 + "!", [], []),  # not a byline: it ends in "!"
    ("By " + "Aand" * 10 + "A", ["Aand" * 10 + "A"], []),  # one name: "and" inside a word
    ("(Reporting by A" + " " * 40_000 + "B)", [], []),  # a "name" too long to be one
    ("(Reporting by Ana Lopes" + " " * 40_000 + "and Bo Lind in Lisbon; Editing by B"
     + " " * 40_000 + ")", ["Ana Lopes", "Bo Lind"], ["B"]),
], ids=["byline", "credits", "byline-and-glued-not-a-byline", "byline-and-glued", "credits-spaces",
        "credits-spaces-between-names"])
def test_byline_and_credit_lines(line, authors, editors):
    doc = clean_raw(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert (doc.authors, doc.editors) == (authors, editors)


@pytest.mark.parametrize(("chrome", "where"), [
    ("fontLarger fontSmaller", "top"), ("Share  Print  Email", "top"), ("Facebook Twitter WhatsApp", "bottom"),
    ("Copyright 2021 Avel Harbour News. All rights reserved.", "bottom"),
    ("Editor: Mira Castell", "bottom"), ("Updated: 2021-03-03 Source: Avel Harbour News", "top"),
    ("(Reporting by Ana Lopes; Editing by Bill Tern)", "bottom"), ("Reuter", "bottom"),
    ("By Jane Doe and John Roe", "top"),
    # a page's and a data file's machinery, in shapes of its own
    ("[Font: Large Medium Small]", "top"), ("Video PlayerClose", "top"), ("Table of contents", "top"),
    ("Reading time: 6 minutes", "top"), ("[Picture: Crowds on the quay. Photograph: Ola Berg]", "top"),
    ("[Download data] [Method notes] [Subscribe]", "bottom"), ("\u203a Another harbour story, explained", "bottom"),
    ("Harbour Monitor | desk@harbour-monitor.example | Figures may be reused with attribution.", "bottom"),
    ("HBW-0412 03-02-24 ENDS", "bottom"), ("Doe and Roe are reporters at the Avel Harbour News.", "bottom"),
    ("Figures are provisional and subject to revision.", "bottom"), ("Got a tip? Write to the desk", "bottom"),
    ("Address: 4 Quay Street, Avel Harbour", "bottom"),
])
def test_body_keeps_no_boilerplate(chrome, where):
    text = f"{TITLE}\n\n{chrome}\n\n{BODY}" if where == "top" else f"{TITLE}\n\n{BODY}\n\n{chrome}"
    doc = clean_raw(text)
    assert doc.text == CLEAN_BODY
    assert doc.title == TITLE


@pytest.mark.parametrize("prose", [
    "The toll is provisional and subject to revision, the harbour police said on Monday.",
    "Mira Castell is a reporter who was detained by police in Avel Harbour on Monday.",
    "The ministry said the figures may be updated as more bodies are recovered.",
])
def test_prose_that_looks_like_a_note_stays(prose):
    doc = clean_raw(f"{TITLE}\n\n{BODY}\n\n{prose}")
    assert doc.text.endswith(prose)


@pytest.mark.parametrize(("text", "title"), [
    (f"URGENT -- HARBOUR TALKS COLLAPSE IN AVEL\n\n{BODY}", "HARBOUR TALKS COLLAPSE IN AVEL"),
    (f"LIVE  Harbour strike: dockers walk out\n\n{BODY}", "Harbour strike: dockers walk out"),
    (f"Live: Harbour strike enters second day\n\n{BODY}", "Live: Harbour strike enters second day"),
])
def test_a_label_before_the_headline_is_not_part_of_it(text, title):
    assert clean_raw(text).title == title


def test_a_ministry_masthead_with_its_state_above_the_headline():
    doc = clean_raw("PRESS RELEASE\n\nMINISTRY OF HARBOURS AND FISHERIES\nREPUBLIC OF AVELIA\n\n"
                    "Ref: MHF/PR/2023/7\n\nAVELIA AND NORLAND SIGN FISHERIES MEMORANDUM\n\n"
                    f"Port Avel, 14 November 2023 \u2013 {LEAD}")
    assert doc.title == "AVELIA AND NORLAND SIGN FISHERIES MEMORANDUM"
    assert doc.source == "MINISTRY OF HARBOURS AND FISHERIES"
    assert (doc.published, doc.published_from) == ("2023-11-14", "dateline")
    assert "REPUBLIC" not in doc.text and "Ref:" not in doc.text


def test_a_wire_headline_in_capitals_is_not_replaced_by_the_first_line_of_the_body():
    doc = clean_raw("AVELIAN COALITION MEETS AS GOVERNMENT CRISIS LOOMS\n\n"
                    "PORT AVEL, Feb 27 - Leaders of Avelia's five coalition parties\n"
                    "have agreed to meet today to try to settle their differences.\n")
    assert doc.title == "AVELIAN COALITION MEETS AS GOVERNMENT CRISIS LOOMS"
    assert doc.text.startswith("PORT AVEL, Feb 27 - Leaders of Avelia's")


def test_an_urgent_headline_under_a_wire_masthead_is_the_title():
    doc = clean_raw("EXAMPLE NEWS AGENCY -- ASIA SERVICE\n\n"
                    "URGENT -- AVELIA FIRES TWO MISSILES INTO THE SEA; NEIGHBOURS CONDEMN LAUNCH\n\n"
                    "PORT AVEL, AUG. 6, 2024 (EXAMPLE) -- AVELIA FIRED TWO SHORT-RANGE MISSILES INTO THE "
                    "SEA EARLY TUESDAY, THE NEIGHBOURING GOVERNMENT SAID.\n")
    assert doc.title.endswith("AVELIA FIRES TWO MISSILES INTO THE SEA; NEIGHBOURS CONDEMN LAUNCH")
    assert doc.source == "EXAMPLE NEWS AGENCY"


def test_published_date_resolves_dateline_and_dateline_fills_published():
    doc = clean_raw(f"{TITLE}\n\nUpdated: 2020-12-30\n\nMOSCOW, Dec. 28 (Xinhua) -- {LEAD}")
    assert doc.dateline.date == "2020-12-28"
    assert doc.published == "2020-12-30"
    doc = clean_raw(f"{TITLE}\n\nLIMA, June 5, 2023 (Example Wire) - {LEAD}")
    assert doc.published == doc.dateline.date == "2023-06-05"


@pytest.mark.parametrize(("line", "place"), [
    ("Chișinău, 18 April 2024 – ", "Chișinău"),
    ("Port-au-Prince, 18 April 2024 – ", "Port-au-Prince"),
    ("BOGOTÁ, April 18 (Example Wire) - ", "BOGOTÁ"),
])
def test_a_dateline_place_keeps_its_accents_and_hyphens(line, place):
    doc = clean_raw(f"{TITLE}\n\n{line}{LEAD}", published="2024-04-19")
    assert doc.dateline is not None and doc.dateline.place == place and doc.dateline.date == "2024-04-18"


@pytest.mark.parametrize(("line", "place"), [("NEW DELHI: ", "NEW DELHI"), ("UPDATE: ", None)])
def test_a_city_before_a_colon_is_a_dateline_a_label_is_not(line, place):
    doc = clean_raw(f"{TITLE}\n\n{line}{LEAD}", published="2024-04-19")
    assert (doc.dateline.place if doc.dateline else None) == place


def test_dateline_text_is_kept_in_the_body():
    doc = clean_raw(f"{TITLE}\n\nMOSCOW, Dec. 28 (Xinhua) -- {LEAD}", published="2020-12-30")
    assert doc.dateline.text == "MOSCOW, Dec. 28 (Xinhua) --"
    assert doc.text.startswith(doc.dateline.text)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("MOSCOW, Dec. 31 (Xinhua) -- x", "2021-01-01", "2020-12-31"),
    ("MOSCOW, Dec. 31 (Xinhua) -- x", "2020-12-31", "2020-12-31"),
    ("MOSCOW, Jan. 1 (Xinhua) -- x", "2020-12-31", "2021-01-01"),
    ("MOSCOW, Feb. 29 (Xinhua) -- x", "2021-03-01", "2020-02-29"),
    ("MOSCOW, Feb. 30 (Xinhua) -- x", "2021-03-01", None),
    ("MOSCOW, March 2, 2019 (Xinhua) -- x", "2021-03-01", "2019-03-02"),
])
def test_dateline_year_resolution(text, published, expected):
    assert find_dateline(text, published).date == expected


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(("text", "language"), [
    (BODY, "en"),
    ("Der Stadtrat von Port Avel hat am Dienstag nach einer langen Debatte den neuen Haushalt "
     "für die Fähren beschlossen, sagten die Beamten.", "und"),
    ("Le conseil du port a adopté mardi le nouveau budget des ferries après un long débat, "
     "ont déclaré des responsables.", "und"),
])
def test_language(text, language):
    doc = clean_raw(f"{TITLE}\n\n{text}")
    assert doc.language == language
    if language == "en":
        assert doc.warnings == []
    else:
        assert len(doc.warnings) == 1 and "English" in doc.warnings[0]


def test_detect_language_short_texts():
    assert detect_language("The vote.") == "en"
    assert detect_language("Fähre Haushalt") == "und"


@pytest.mark.parametrize(("text", "language"), [
    # name-heavy English with few function words
    ("Ghanaian President John Mahama hosted Togo's president at Jubilee House on Monday.", "en"),
    ("Kenyan Defence Minister Aden Duale visited Somalia's Kismayo port Tuesday.", "en"),
    ("Il presidente del Consiglio ha incontrato oggi a Roma il primo ministro della Tunisia.", "und"),
    ("O presidente do Brasil recebeu nesta segunda-feira o primeiro-ministro de Portugal.", "und"),
    ("De minister van Buitenlandse Zaken heeft vandaag zijn Duitse ambtgenoot ontvangen.", "und"),
])
def test_detect_language_one_sentence(text, language):
    assert detect_language(text) == language


# --------------------------------------------------------------------------- no article


@pytest.mark.parametrize("text", [
    "fontLarger fontSmaller\nShare  Print  Email",
    "Copyright 2021 Avel Harbour News. All rights reserved.",
    "Editor: Mira Castell",
    "Updated: 2021-03-03 Source: Avel Harbour News\n\nFacebook Twitter WhatsApp",
    "   \n\n  \t\n",
])
def test_no_article_left(text):
    with pytest.raises(NoArticleError) as info:
        clean_raw(text, where="chrome.txt")
    assert info.value.where == "chrome.txt"
    assert str(info.value).startswith("chrome.txt: ")


def test_a_single_line_is_the_article_itself():
    """A headline or one sentence pasted alone is analysed, not refused as a bare title."""
    doc = clean_raw(TITLE, where="one-line.txt")
    assert doc.text == TITLE
    assert doc.paragraphs == [(0, len(TITLE))]


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Avel Harbour News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Avel Harbour News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-03T08:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav></header>
<main><article><h1>{title}</h1>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>{lead}</p><p>{second}</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="#">Ten walks along the old harbour wall</a></li></ul></aside>
<footer><p>Copyright 2021 Avel Harbour News. All rights reserved.</p></footer>
</body></html>"""


def test_html_article():
    doc = clean_raw(PAGE.format(title=TITLE, lead=LEAD, second=SECOND), media="html", where="page.html")
    assert doc.title == TITLE
    assert doc.published == "2021-03-03"
    assert doc.source == "Avel Harbour News"
    assert doc.authors == ["Jane Doe"]
    assert doc.text == CLEAN_BODY
    assert doc.language == "en"
    assert_paragraphs_consistent(doc)


def test_html_author_that_is_a_job_is_no_author():
    page = PAGE.format(title=TITLE, lead=LEAD, second=SECOND).replace(
        '<meta name="author" content="Jane Doe">', '<meta name="author" content="Jane Doe, Example Wire National Security Writer">')
    assert clean_raw(page, media="html").authors == ["Jane Doe"]


def test_html_dateline():
    page = PAGE.format(title=TITLE, lead=f"OSLO, Sept. 21 (Example Wire) - {LEAD}", second=SECOND)
    doc = clean_raw(page, media="html")
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.agency) == ("OSLO", "Example Wire")
    assert doc.text.startswith("OSLO, Sept. 21")


def test_html_without_article():
    page = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>"
    with pytest.raises(NoArticleError) as info:
        clean_raw(page, media="html", where="nav.html")
    assert info.value.where == "nav.html"


def test_html_navigation_page_is_refused_and_its_copyright_year_is_no_date():
    """A page of menus and a copyright line is no article, and never dated 2024-01-01."""
    page = ("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/about'>About</a>"
            "</nav><main><p>Home</p><p>About</p></main><footer><p>Copyright 2024 Avel Harbour News</p>"
            "</footer></body></html>")
    with pytest.raises(NoArticleError):
        clean_raw(page, media="html", where="nav.html")
    page = PAGE.format(title=TITLE, lead=LEAD, second=SECOND).replace(
        '<meta property="article:published_time" content="2021-03-03T08:00:00Z">', "")
    doc = clean_raw(page.replace("Copyright 2021", "Copyright 2024"), media="html")
    assert doc.published is None and doc.published_from is None


# --------------------------------------------------------------------------- layouts

# Whole pasted articles in the layouts news sites, agencies and press offices use: what
# the record says of each (title, published, published_from, source, authors, editors,
# the dateline's place and date) and how its body starts.
LAYOUTS = [
    ("state-media-header",
     f"{TITLE}\n\nSource: Avel Harbour News | 2021-03-19 10:42:17 | Editor: Mira Castell\n\n"
     f"fontLarger fontSmaller\n\n{BODY}", "pasted.txt",
     {"title": TITLE, "published": "2021-03-19", "published_from": "header", "source": "Avel Harbour News",
      "editors": ["Mira Castell"], "text": CLEAN_BODY}),
    ("outlet-pipe-header",
     f"Avel Harbour News | March 19, 2021 | Editor: Mira Castell\n{TITLE}\n\n{BODY}", "pasted.txt",
     {"title": TITLE, "published": "2021-03-19", "published_from": "header", "source": "Avel Harbour News",
      "editors": ["Mira Castell"], "text": CLEAN_BODY}),
    ("bare-date-line", f"{TITLE}\nNovember 3, 2022\n\n{BODY}", "pasted.txt",
     {"title": TITLE, "published": "2022-11-03", "published_from": "header", "text": CLEAN_BODY}),
    ("date-line-with-weekday-and-time", f"{TITLE}\n\nThursday, 3 November 2022, 14:05 GMT\n\n{BODY}",
     "pasted.txt", {"title": TITLE, "published": "2022-11-03", "text": CLEAN_BODY}),
    ("press-release-dateline-line",
     f"PRESS RELEASE\n\n{TITLE}\n\nBrussels, 8 February 2023\n\n{BODY}\n\nFor more information:\n"
     "press@harbour.example\n\n###", "pasted.txt",
     {"title": TITLE, "published": "2023-02-08", "published_from": "header",
      "dateline": ("Brussels", "2023-02-08", None), "text": CLEAN_BODY}),
    ("press-release-dateline-dash", f"{TITLE}\n\nCopenhagen, 16 December 2023 \u2013 {LEAD}\n\n{SECOND}",
     "pasted.txt", {"title": TITLE, "published": "2023-12-16", "published_from": "dateline",
                    "dateline": ("Copenhagen", "2023-12-16", None)}),
    ("byline-block",
     f"{TITLE}\n\nThe island's ferries get a new budget.\n\nBy Jane Doe and John Roe\n\n"
     f"Published: 3 Nov 2022 | Updated: 4 Nov 2022 14:00\n\n{BODY}", "pasted.txt",
     {"title": TITLE, "published": "2022-11-03", "authors": ["Jane Doe", "John Roe"],
      "text": f"The island's ferries get a new budget.\n\n{CLEAN_BODY}"}),
    ("staff-byline", f"{TITLE}\n\nStaff Report\n\n{BODY}", "pasted.txt",
     {"title": TITLE, "authors": [], "text": CLEAN_BODY}),
    ("navigation-lines",
     f"Home | World | Business | Sport\n\nHome > World > Islands\n\n{TITLE}\n\n{BODY}\n\n"
     "Share on Facebook\n\nRelated stories\n\n\u00a9 2023 Avel Harbour News. All rights reserved.",
     "pasted.txt", {"title": TITLE, "published": None, "text": CLEAN_BODY}),
    ("wire-dateline-year-from-file-name",
     f"{TITLE}\n\nPORT AVEL, Jan. 14 (Example Wire) -- {LEAD}\n\n{SECOND}", "wire/2023-01-15-ferries.txt",
     {"title": TITLE, "published": "2023-01-15", "published_from": "filename", "source": "Example Wire",
      "dateline": ("PORT AVEL", "2023-01-14", "Example Wire")}),
    ("no-date-anywhere", f"{TITLE}\n\nPORT AVEL, Jan. 14 (Example Wire) -- {LEAD}", "wire/ferries.txt",
     {"published": None, "published_from": None, "dateline": ("PORT AVEL", None, "Example Wire")}),
    ("masthead-above-the-headline",
     f"THE HARBOUR LEDGER\n\nHome | World | Islands\n\nIslands\n\n{TITLE}\n\nBy Jane Doe\n\n"
     f"June 12, 2024, 6:48 p.m. ET\n\n{BODY}\n\n\u00a9 2024 The Harbour Ledger. All rights reserved.", "pasted.txt",
     {"title": TITLE, "source": "THE HARBOUR LEDGER", "published": "2024-06-12", "authors": ["Jane Doe"],
      "text": CLEAN_BODY}),
    ("masthead-with-bars-and-a-release-number",
     f"Ministry of Harbours | Avel\n\nPRESS RELEASE | No: 087/24\n\n{TITLE}\n\n"
     f"Port Avel, 12 June 2024 \u2013 {LEAD}\n\n{SECOND}", "pasted.txt",
     {"title": TITLE, "source": "Ministry of Harbours", "published": "2024-06-12", "published_from": "dateline"}),
    ("source-from-the-copyright-line", f"{TITLE}\n\n{BODY}\n\n\u00a9 2023 Avel Harbour News. All rights reserved.",
     "pasted.txt", {"title": TITLE, "source": "Avel Harbour News", "text": CLEAN_BODY}),
    ("lower-case-digest",
     "the avel evening post\n\nhome | city | state | sports | e-paper\n\nport avel | tuesday, may 14, 2024\n\n"
     "city crime diary: two held after harbour brawl\n\nreported by jane doe with inputs from our correspondents\n\n"
     "port avel: two men were arrested by the harbour police on monday night after a brawl at the fish market.",
     "pasted.txt", {"title": "city crime diary: two held after harbour brawl", "source": "the avel evening post",
                    "published": "2024-05-14", "authors": ["jane doe"], "dateline": ("port avel", "2024-05-14", None)}),
    ("all-caps-bulletin-month-in-capitals",
     f"EXAMPLE NEWS SERVICE -- FOR SUBSCRIBERS ONLY. REDISTRIBUTION PROHIBITED.\n\nURGENT\n\n"
     f"HARBOUR COUNCIL APPROVES NEW FERRY BUDGET AFTER LONG DEBATE\n\nPORT AVEL, OCT 14, 2024 (ENS) - {LEAD.upper()}",
     "pasted.txt", {"title": "HARBOUR COUNCIL APPROVES NEW FERRY BUDGET AFTER LONG DEBATE", "published": "2024-10-14",
                    "dateline": ("PORT AVEL", "2024-10-14", "ENS")}),
    ("dateline-after-a-standfirst",
     f"{TITLE}\n\nThe island's ferries get a new budget\n\nPORT AVEL, Jan. 14 (Example Wire) -- {LEAD}",
     "2023-01-15-ferries.txt", {"dateline": ("PORT AVEL", "2023-01-14", "Example Wire")}),
    ("outlet-section-and-date", f"the avel ledger | metro | wednesday, january 17, 2024\n\n{TITLE}\n\n{BODY}",
     "pasted.txt", {"title": TITLE, "source": "the avel ledger", "published": "2024-01-17", "text": CLEAN_BODY}),
    ("page-furniture-after-the-article",
     f"World > Islands\n\n{TITLE}\n\n{BODY}\n\nShare: Facebook | LinkedIn | X | E-mail\n\n"
     "Follow Avel Harbour News on X and WhatsApp\n\nTips: newsroom@harbour.example\n\nComments (12)\n\n"
     "MOST READ\n- Ten walks along the old harbour wall\n- Ferry fares rise again\n\n"
     "More from Avel Harbour News: Lighthouse keepers strike over pay\n\nPage 1 of 1\n\n"
     "EHN 141538 GMT OCT 24\n\n---", "pasted.txt", {"title": TITLE, "text": CLEAN_BODY}),
    ("wrapped-wire-copy-keeps-its-lines",
     f"{TITLE}\n\nPORT AVEL, March 2 - The council will finance the ferries\nby borrowing, but gave no "
     "details.\nA contact group meets at midday and the council at\n1900gmt, officials said.\n Reuter",
     "pasted.txt", {"authors": [], "text": "PORT AVEL, March 2 - The council will finance the ferries by borrowing, "
                    "but gave no details.\n\nA contact group meets at midday and the council at 1900gmt, officials said."}),
    ("header-wins-over-file-name", f"{TITLE}\nNovember 3, 2022\n\n{BODY}", "2021-01-01-ferries.txt",
     {"published": "2022-11-03", "published_from": "header"}),
]


@pytest.mark.parametrize(("text", "where", "expected"), [c[1:] for c in LAYOUTS], ids=[c[0] for c in LAYOUTS])
def test_layouts(text, where, expected):
    doc = clean_raw(text, where=where)
    for name, value in expected.items():
        if name == "dateline":
            assert doc.dateline is not None
            assert (doc.dateline.place, doc.dateline.date, doc.dateline.agency) == value
        else:
            assert getattr(doc, name) == value, name
    assert_paragraphs_consistent(doc)


def test_live_page_keeps_every_timed_entry_and_its_headline():
    entries = "".join(
        f'<div class="entry"><time datetime="2024-12-02T{h}:00:00Z">{h}:00 GMT</time><h2>Update {i}</h2>'
        f"<p>The harbour council of Port Avel met for the {i}th time on the ferry budget, officials said.</p></div>"
        for i, h in enumerate(("17", "15", "13", "11"), start=1))
    page = (f"<html><head><title>Live | Avel Harbour News</title></head><body><article><h1>Ferry budget: live</h1>"
            f"<p>The council debates the budget all day.</p><section>{entries}</section></article></body></html>")
    doc = clean_raw(page, media="html", where="live.html")
    assert doc.title == "Ferry budget: live"
    assert all(f"the {i}th time" in doc.text for i in range(1, 5))


def test_date_given_by_the_feed_or_the_command_line_wins():
    doc = clean_raw(f"{TITLE}\nNovember 3, 2022\n\n{BODY}", published="2022-11-02")
    assert (doc.published, doc.published_from) == ("2022-11-02", "record")
    doc = clean_raw(f"{TITLE}\nNovember 3, 2022\n\n{BODY}", published="2022-11-01", published_from="option")
    assert (doc.published, doc.published_from) == ("2022-11-01", "option")


# --------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_clean() -> Document:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not available")
    return clean_raw(SEED.read_text(encoding="utf-8"), where=str(SEED))


def test_seed_metadata(seed_clean):
    assert seed_clean.title == "With fruitful cooperation in 2020, China, Russia eye closer partnership in new year"
    assert seed_clean.published == "2020-12-30"
    assert seed_clean.source == "Xinhuanet.com"
    assert seed_clean.editors == ["Yu Huichen"]
    assert seed_clean.language == "en"
    assert_paragraphs_consistent(seed_clean)


def test_seed_matches_gold_metadata_and_boilerplate(seed_clean):
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} is not available")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    for name, value in gold["metadata"].items():
        assert getattr(seed_clean, name) == value, name
    for chrome in gold["boilerplate"]:
        assert chrome not in seed_clean.text
    assert seed_clean.title not in seed_clean.text


# --------------------------------------------------------------------------- properties

_LINE = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"),
    min_size=0, max_size=80,
)
_PARAGRAPH = st.lists(_LINE, min_size=1, max_size=4).map("\n".join)
_NEWLINES = st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\r", "\n \n"])


@st.composite
def _pasted(draw) -> str:
    paragraphs = draw(st.lists(_PARAGRAPH, min_size=1, max_size=6))
    out = paragraphs[0]
    for p in paragraphs[1:]:
        out += draw(_NEWLINES) + p
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pasted())
def test_clean_property_offsets(text):
    try:
        doc = clean_raw(text)
    except NoArticleError:
        return
    assert "\r" not in doc.text
    assert doc.text
    assert_paragraphs_consistent(doc)
    assert doc.language in ("en", "und")
    assert doc.title is None or (doc.title.strip() == doc.title and "\n" not in doc.title)
    # Only whole lines are dropped: every word of the body comes from the input.
    words = set(re.findall(r"\w+", text))
    assert set(re.findall(r"\w+", doc.text)) <= words


def test_control_characters_leave_html_text_and_metadata(clean):
    """Escape sequences, raw or as character references, are no part of the page's article."""
    para = ("The harbour council of Port Avel approved a new ferry budget on Tuesday after a long "
            "debate, officials said. ") * 3
    html = (f"<html><head><title>Ferry\x1b]0;pwned\x07 budget\x9b2K</title></head><body><article>"
            f"<h1>Ferry budget</h1><p>The mayor called\x1b[31m the vote&#x9b;2K a relief. {para}</p><p>{para}</p>"
            f"</article></body></html>")
    doc = clean(html, media="html", where="page.html")
    assert doc.title == "Ferry budget"
    assert "The mayor called the vote" in doc.text and "[31m" not in doc.text
    for value in (doc.text, doc.title, doc.source or "", *doc.authors):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", value), value
    assert_paragraphs_consistent(doc)
