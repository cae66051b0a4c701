"""Tests for accord.controls: control characters and terminal escape sequences."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.controls import CONTROLS, escape_json_controls, strip_controls, strip_field, strip_fields

ESC, BEL = "\x1b", "\x07"
FORBIDDEN = re.compile(CONTROLS)


@pytest.mark.parametrize("text, expected", [
    # Whole sequences go, not only their ESC.
    (f"Talks{ESC}]0;evil{BEL} resume", "Talks resume"),                 # OSC window title, BEL-ended
    (f"Talks{ESC}]0;evil{ESC}\\ resume", "Talks resume"),                # OSC, ST-ended
    (f"{ESC}]8;;http://x.example{ESC}\\link{ESC}]8;;{ESC}\\", "link"),    # a hyperlink
    (f"erase{ESC}[2K line", "erase line"),                                # CSI erase line
    (f"{ESC}[31mred{ESC}[0m", "red"),                                     # colours
    (f"{ESC}[1;31;42mbold", "bold"),
    ("8-bit\x9b31mCSI", "8-bitCSI"),
    # A lone 8-bit string introducer goes alone: it may be a mis-decoded letter.
    ("8-bit\x9d0;title\x07OSC", "8-bit0;titleOSC"),
    ("na\x9fve \x9cuvre", "nave uvre"),
    (f"{ESC}(Bcharset {ESC}7save {ESC}creset", "charset save reset"),
    (f"{ESC}P1$r{ESC}\\DCS", "DCS"),
    # An unterminated string command does not swallow the text after it.
    (f"half {ESC}]0;open title and the rest", "half 0;open title and the rest"),
    (f"trailing escape{ESC}", "trailing escape"),
    # Line-breaking controls break lines; the rest are removed.
    ("one\r\ntwo\rthree\x0bfour\x0cfive\x85six", "one\ntwo\nthree\nfour\nfive\nsix"),
    ("nul\x00 bel\x07 del\x7f c1\x80\x9f", "nul bel del c1"),
    # Newline and tab are text.
    ("a\tb\nc", "a\tb\nc"),
    ("", ""),
])
def test_strip_controls(text, expected):
    assert strip_controls(text) == expected


def test_line_breaks_can_become_spaces():
    assert strip_controls("one\r\ntwo\x0bthree", breaks=" ") == "one two three"


def test_strip_field():
    assert strip_field(None) is None
    assert strip_field(f"{ESC}[31m{ESC}[0m") is None  # nothing left
    assert strip_field(f"Lima{ESC}]0;x{BEL} arrests\r\nupdate") == "Lima arrests update"
    assert strip_field("plain title") == "plain title"


def test_strip_fields():
    meta = {"title": f"A{ESC}[2K title", "authors": [f"{ESC}[1m", "Ana\x9b1mRuiz"], "published": None, "n": 3}
    assert strip_fields(meta) == {"title": "A title", "authors": ["AnaRuiz"], "published": None, "n": 3}


def test_escape_json_controls():
    value = {"id": "a\x9bb", "title": "\x1b]0;x\x07", "del": "\x7f", "text": "caf\u00e9 \u201cquoted\u201d"}
    line = escape_json_controls(json.dumps(value, ensure_ascii=False))
    assert not FORBIDDEN.search(line)
    assert "\\u009b" in line and "\\u007f" in line and "caf\u00e9" in line
    assert json.loads(line) == value  # the same data, only written differently


@given(st.text())
def test_no_control_survives(text):
    out = strip_controls(text)
    assert not FORBIDDEN.search(out)
    assert strip_controls(out) == out  # idempotent
    # As a one-line field, no line break is added.
    assert strip_controls(text, breaks=" ").count("\n") <= text.count("\n")
    assert not FORBIDDEN.search(strip_field(text) or "")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                      blacklist_characters=[chr(c) for c in (*range(0x00, 0x09),
                                                                              *range(0x0B, 0x20),
                                                                              *range(0x7F, 0xA0))])))
def test_text_without_controls_is_unchanged(text):
    assert strip_controls(text) == text
    assert strip_controls(text, breaks=" ") == text


@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\t", "[", "]", ";", "0", "m", "\\", ESC, BEL,
                                         "\x9b", "\x9c", "\x9d", "\r", "\x0b", "\x85"])))
def test_escape_heavy_text(text):
    """Text made mostly of the pieces of escape sequences still comes out clean."""
    assert not FORBIDDEN.search(strip_controls(text))
    assert not FORBIDDEN.search(escape_json_controls(json.dumps(text, ensure_ascii=False)))
