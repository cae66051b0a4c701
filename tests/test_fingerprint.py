"""Tests for accord.fingerprint: telling an article from another stored under its id."""

from __future__ import annotations

from accord.fingerprint import content_hash, same_content

TRADE_TITLE = "Trade talks resume in Geneva"
TRADE = ("Negotiators from the two countries resumed trade talks in Geneva on Monday after a pause of "
         "three months, officials said.\n\nThe talks are expected to focus on tariffs on steel and "
         "farm goods, and a first draft could be ready by the end of the month.")
LIMA_TITLE = "Police arrest protest leaders in Lima"
LIMA = ("Police in Lima arrested five leaders of a protest movement on Monday, a day after clashes "
        "near the presidential palace, the interior ministry said.\n\nLawyers for the five said "
        "the arrests were politically motivated and would be challenged in court.")


def test_content_hash_ignores_case_spacing_and_punctuation():
    base = content_hash(TRADE_TITLE, TRADE)
    assert content_hash(TRADE_TITLE, "  " + TRADE.replace("\n\n", "\n").replace(",", "")) == base
    assert content_hash(TRADE_TITLE.upper(), TRADE.replace("Monday", "MONDAY")) == base
    # A headline moving from the body's first line into the title field changes nothing.
    assert content_hash(None, f"{TRADE_TITLE}\n\n{TRADE}") == base


def test_content_hash_tells_articles_apart():
    assert content_hash(TRADE_TITLE, TRADE) != content_hash(LIMA_TITLE, LIMA)
    assert content_hash(TRADE_TITLE, TRADE) != content_hash(TRADE_TITLE, TRADE.replace("five", "six").replace("three", "four"))
    assert content_hash(None, "\u2014") != content_hash(None, "***")  # no words: characters decide


def test_same_content_survives_re_cleaning():
    recleaned = TRADE + "\n\nReporting by Ana Ruiz"  # a credit line the cleaner used to drop
    assert same_content((TRADE_TITLE, TRADE), (TRADE_TITLE, recleaned))
    assert same_content((TRADE_TITLE, TRADE), ("Trade talks resume", TRADE))


def test_different_articles_are_not_the_same_content():
    assert not same_content((TRADE_TITLE, TRADE), (LIMA_TITLE, LIMA))
    # One sentence of the stored article inside a longer, different one is not enough.
    first = TRADE.split("\n\n")[0]
    assert not same_content((None, first), (LIMA_TITLE, f"{LIMA}\n\n{first}"))
    assert not same_content((None, ""), (None, "words"))
