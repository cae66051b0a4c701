"""Control characters: which ones accord lets through, from input to record to terminal.

An article is text for people to read. C0 and C1 control characters in it (besides the
newline and the tab) are never part of what it says; in a terminal they are commands: a
title holding ``ESC ] 0 ; ... BEL`` retitles the reader's window, ``ESC [ 2 K`` erases
the line just printed, a bare carriage return lets later text overwrite earlier text.
So the clean stage removes them from the body and every metadata field, and the command
line removes them again from every line it prints (a file name or an id can hold them
too), while JSON output writes them as ``\\u`` escapes.

A whole recognisable escape sequence goes, not only its ESC: removing ESC alone from
``ESC [ 31m`` would leave ``[31m`` in the text.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["escape_json_controls", "strip_controls", "strip_field", "strip_fields"]

# The characters removed: C0 less tab (U+0009) and newline (U+000A), DEL, and C1.
CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f]"

_SEQUENCES = re.compile(
    # A string command (OSC, DCS, SOS, PM, APC), ended by BEL or ST (ESC \ or U+009C). Its
    # body holds no control, so an unterminated one cannot swallow the rest of the
    # article: it falls through to the rules below. Only the 7-bit form: a lone 8-bit
    # introducer (U+0090, U+009D...) is more often a mis-decoded letter than a command,
    # and taking it for one would delete the words up to the next U+009C.
    r"\x1b[\]PX^_][^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\|\x9c)"
    # A control sequence (CSI: ESC [ or U+009B, parameters, intermediates, final byte).
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    # Any other escape: ESC, intermediate bytes, a final byte (ESC ( B, ESC 7, ESC c).
    r"|\x1b[ -/]*[0-~]"
)
# Controls that end a line where they stand; U+0085 is NEXT LINE.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85]")
_CONTROLS = re.compile(CONTROLS)
_JSON_CONTROLS = re.compile("[\x7f-\x9f]")


def strip_controls(text: str, *, breaks: str = "\n") -> str:
    """``text`` without control characters other than newline and tab.

    Escape sequences are removed whole; carriage return (alone or before a newline),
    vertical tab, form feed and NEXT LINE become ``breaks`` (a newline: they end a line
    in the body; pass ``" "`` for a one-line field); every other C0 or C1 control and DEL
    is removed. Text without controls comes back unchanged.
    """
    if not _CONTROLS.search(text):
        return text  # the common case, and a guarantee that clean text is untouched
    text = _SEQUENCES.sub("", text)
    text = _LINE_BREAKS.sub(breaks, text)
    return _CONTROLS.sub("", text)


def strip_field(value: str | None) -> str | None:
    """A one-line metadata value (title, source, a name, a URL) without controls; None
    when nothing is left."""
    if value is None:
        return None
    return strip_controls(value, breaks=" ") or None


def strip_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Metadata as a dict (a page's title, authors ...): each string, and each string in a
    list, without controls; strings left empty are dropped from lists or become None."""
    def strip(value: Any) -> Any:
        if isinstance(value, str):
            return strip_field(value)
        if isinstance(value, list):
            return [s for s in map(strip, value) if s is not None]
        return value

    return {key: strip(value) for key, value in values.items()}


def escape_json_controls(json_text: str) -> str:
    """JSON text with DEL and the C1 controls written as ``\\u`` escapes.

    ``json.dumps`` escapes C0 already, but with ``ensure_ascii=False`` it writes U+007F
    to U+009F raw, and a terminal obeys U+009B (CSI) as it obeys ESC [. In JSON text these
    characters can only stand inside strings, where the escape means the same character.
    """
    return _JSON_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
