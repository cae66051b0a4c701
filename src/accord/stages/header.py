"""Header and footer lines: what the lines around an article say about it.

A page pasted as text, a press release or a feed item carries its metadata on lines of
its own, in many shapes::

    Source: Outlet | 2021-03-19 10:42:17 | Editor: Name     labelled cells
    Outlet | March 19, 2021 | Editor: Name                   an outlet, a date, a label
    Updated: March 3, 2021 Source: Outlet                    several labels on one line
    Thursday, 3 November 2022, 14:05 GMT                     a line that is only a date
    By Jane Doe and John Roe, Example News                   a byline
    Staff Report / By Our Correspondent                      a byline without a name
    (Reporting by A; Editing by B)                           wire credits
    Home | World | Business | Sport                          navigation

:func:`read_line` says what such a line holds, as a :class:`HeaderLine`, or None for a
line of the article. :func:`parse_date` reads the dates these lines, pages and feeds
write; :func:`date_in_name` finds one in a file name or URL. Words (labels, agencies,
outlet and job words) live in ``data/boilerplate.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")


@dataclass(frozen=True)
class HeaderVocabulary:
    """The words header lines are read with, from ``data/boilerplate.json``."""

    metadata_labels: dict[str, str]
    agencies: tuple[str, ...]
    outlet_words: frozenset[str]
    job_words: frozenset[str]
    staff_words: frozenset[str]
    label_pattern: re.Pattern[str] = field(repr=False, compare=False)


@lru_cache(maxsize=None)
def load_header_vocabulary(path: Path = DATA_DIR / "boilerplate.json") -> HeaderVocabulary:
    """Load the header vocabulary once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = {k.lower(): v for k, v in data["metadata_labels"].items()}
    # Longest labels first so "Last updated" wins over "updated".
    alternation = "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True))
    # "Published on: ...", "Updated at: ..." carry the same label.
    label_pattern = re.compile(rf"(?:^|\s)({alternation})(?:\s+(?:on|at))?\s*:\s*", re.IGNORECASE)
    bylines = data["bylines"]
    return HeaderVocabulary(
        metadata_labels=labels,
        agencies=tuple(data["agencies"]),
        outlet_words=frozenset(w.lower() for w in bylines["outlet_words"]),
        job_words=frozenset(w.lower() for w in bylines["job_words"]),
        staff_words=frozenset(w.lower() for w in bylines["staff_words"]),
        label_pattern=label_pattern,
    )


@dataclass
class HeaderLine:
    """What one header or footer line says about the article."""

    kind: str
    """``fields`` (labelled or pipe-separated metadata), ``date`` (a line that is only a
    date), ``byline``, ``credits`` or ``navigation``."""
    published: str | None = None
    place: str | None = None
    """Where the story was filed, on a line of a place and a date ("Patna, July 9, 2024")."""
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    related_follows: bool = False
    """A bare ``Related:`` or ``Tags:`` label: a list of links follows."""
    ends_paragraph: bool = True
    """Whether the line stands between paragraphs (credits close wire copy without a break)."""


def read_line(line: str, *, lower_case_page: bool = False) -> HeaderLine | None:
    """What ``line`` (stripped) says about the article, or None when it is article text.

    ``lower_case_page``: the whole page is in lower case, so a byline is too ("reported by
    jane doe"); elsewhere a line starting "by ..." is a wrapped line of prose.
    """
    credits = _credits(line)
    if credits is not None:
        return HeaderLine("credits", authors=credits[0], editors=credits[1], ends_paragraph=False)
    if len(line) > 300:
        return None
    vocab = load_header_vocabulary()
    if is_related_label(line):
        # "MOST READ", "Related coverage", "More from Example News:": a list of links follows
        # (or, after the colon, a headline of one)
        return HeaderLine("fields", related_follows=line.rstrip().endswith(":") or ":" not in line)
    fields = _labelled_fields(line, vocab)
    if fields is not None:
        return _from_fields(fields)
    date = date_line(line)
    if date:
        return HeaderLine("date", published=date)
    cells = _cells(line)
    if len(cells) >= 2:
        header = _pipe_header(cells, vocab)
        if header is not None:
            return header
    placed = place_and_date_line(line)
    if placed:
        return HeaderLine("date", published=placed[1], place=placed[0])
    if is_navigation(line):
        return HeaderLine("navigation")
    byline = _byline(line, vocab, lower_case_page=lower_case_page)
    if byline is not None:
        names, outlet = byline
        return HeaderLine("byline", source=outlet, authors=names)
    if _is_staff_byline(line, vocab):
        return HeaderLine("byline")
    return None


def is_related_label(line: str) -> bool:
    """"MOST READ", "Read more:", "More from Example News:": a label a list of links follows."""
    labels = load_header_vocabulary().metadata_labels
    return labels.get(line.lower().strip(" :")) == "related" or bool(_MORE_FROM.match(line))


# --- labelled and pipe-separated lines --------------------------------------------------

_MORE_FROM = re.compile(r"(?:more|latest|also) (?:from|on|in|by) [^:]{1,40}+:(?:\s|$)", re.IGNORECASE)

_CELL_SPLIT = re.compile(r"\s*+[|\u2022\u00b7]\s*+|\s++/\s++")  # "March 14, 2024 / 10:42 AM"
# Dashes between spaces divide the cells of a short line ("11 JUN 2024 -- 0740 GMT",
# "September 16, 2024 \u2014 by Staff Reporter"); in a longer one they are prose's.
_DASH_SPLIT = re.compile(r"\s++(?:--|[\u2013\u2014])\s++")
_SHORT_LINE = 90


def _cells(line: str) -> list[str]:
    cells = [c for c in _CELL_SPLIT.split(line) if c]
    if len(line) <= _SHORT_LINE:
        cells = [part for c in cells for part in _dash_cells(c)]
    return cells


def _dash_cells(cell: str) -> list[str]:
    parts: list[str] = []
    for part in (p for p in _DASH_SPLIT.split(cell) if p):
        if parts and _OPEN_RANGE.search(parts[-1]) and (part[:1].isdigit() or _MONTH_START.match(part)):
            parts[-1] += " - " + part  # a range that shares its year: "30 March \u2013 5 April 2024"
        else:
            parts.append(part)
    return parts


# The first half of a range of dates, with no year of its own: "30 March", "June 3", "30"
_OPEN_RANGE = re.compile(r"(?<![\d,])(?:\b\d{1,2}(?:\s++" + MONTH_NAMES + r")?|\b" + MONTH_NAMES
                         + r"\.?\s++\d{1,2})$", re.IGNORECASE)
_MONTH_START = re.compile(MONTH_NAMES + r"\b", re.IGNORECASE)


def _labelled_fields(text: str, vocab: HeaderVocabulary) -> list[tuple[str, str]] | None:
    """``[(field, value), ...]`` when ``text`` opens with a metadata label, else None.

    Cells separated by ``|`` are read one by one: a date or a byline may stand in a cell
    without a label (``Source: Outlet | 2021-03-19 | Editor: Name``).
    """
    first = vocab.label_pattern.match(text)
    if not first:
        return None
    fields: list[tuple[str, str]] = []
    for cell in _cells(text):
        matches = list(vocab.label_pattern.finditer(cell))
        if not matches or matches[0].start() != 0:
            if fields and fields[-1][0] == "related":
                continue  # "Tags: World | Politics": the rest of the list
            date = date_line(cell)
            byline = _byline(cell, vocab)
            if date:
                fields.append(("published", date))
            elif byline and byline[0]:
                fields.extend(("authors", name) for name in byline[0])
            else:
                fields.append(("unlabelled", cell))
            continue
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(cell)
            label = re.sub(r"\s+", " ", m.group(1).lower())
            fields.append((vocab.metadata_labels[label], cell[m.end():end].strip()))
    # "By:" or "Date:" opening a long sentence is prose, not a field.
    if len(fields) == 1 and fields[0][0] in ("authors", "published") and len(fields[0][1]) > 80:
        return None
    return fields


def _from_fields(fields: list[tuple[str, str]]) -> HeaderLine:
    header = HeaderLine("fields")
    for name, value in fields:
        if name == "published":
            header.published = header.published or parse_date(value)
        elif name == "source":
            header.source = header.source or (value or None)
        elif name == "editors":
            header.editors.extend(split_names(value))
        elif name == "authors":
            header.authors.extend(split_names(value))
        elif name == "related":
            header.related_follows = not value
    return header


def _pipe_header(cells: list[str], vocab: HeaderVocabulary) -> HeaderLine | None:
    """``Outlet | March 19, 2021 | By Name``: cells without labels, one of them a date.

    At most one cell may be plain words, taken as the outlet; anything else is not a
    header (a table row, a title with a bar in it).
    """
    if len(cells) > 6:
        return None
    header = HeaderLine("fields")
    plain: list[str] = []
    for cell in cells:
        labelled = _labelled_fields(cell, vocab)
        date = date_line(cell)
        byline = _byline(cell, vocab)
        if labelled is not None and all(name != "unlabelled" for name, _ in labelled):
            part = _from_fields(labelled)
            header.published = header.published or part.published
            header.source = header.source or part.source
            header.authors.extend(part.authors)
            header.editors.extend(part.editors)
        elif date:
            header.published = header.published or date
        elif placed := place_and_date_line(cell):
            # "guwahati, tuesday, 14 may 2024 | herald city desk"
            header.published = header.published or placed[1]
            header.place = header.place or placed[0]
        elif byline is not None:
            header.authors.extend(byline[0])
        elif _is_staff_byline(cell, vocab) or _UPDATE_NOTE.match(cell) or _DATE_FILLER.fullmatch(cell) \
                or _DESK_CREDIT.fullmatch(cell) or _DESK.fullmatch(cell):
            continue  # "Staff Reporter", "Last updated 22:10", "0740 GMT", "Prepared by the research team", "City Desk"
        else:
            plain.append(cell)
    if not header.published:
        return None
    outlets = [o for o in map(outlet_of_masthead, plain) if o]
    others = [cell for cell in plain if not outlet_of_masthead(cell)]
    if len(outlets) > 1 or any(len(cell.split()) > 3 or cell.endswith((".", ",", ";", ":")) for cell in others):
        return None  # prose, a title or a table row with a bar in it
    # "Harbour Ledger staff | 23 February 2024": an outlet; "Lucknow | May 14, 2024": a place;
    # "The Ledger | Metro | January 17, 2024": the outlet and its section
    if outlets:
        header.source = header.source or outlets[0]
    elif len(others) == 1 and not header.place:
        header.place = others[0]
    return header


# --- mastheads and copyright lines ---------------------------------------------------

_MASTHEAD_SPLIT = re.compile(r"\s*+(?:[|\u2022\u00b7\u2014]|--)\s*+")


def outlet_of_masthead(line: str) -> str | None:
    """The outlet a masthead names ("THE HARBOUR LEDGER | Features" -> "THE HARBOUR LEDGER"),
    or None when its first part has no word that names an outlet."""
    first = _MASTHEAD_SPLIT.split(line.strip())[0].strip()
    vocab = load_header_vocabulary()
    words = re.findall(r"[\w']+", first.lower())
    if not words or len(words) > 10 or not any(w in vocab.outlet_words for w in words):
        return None
    while words and words[-1] in vocab.job_words:  # "Harbour Ledger staff"
        first = first[:first.lower().rindex(words.pop())].strip()
    return first or None


_COPYRIGHT = re.compile(
    r"(?:copyright\s*+)?(?:\u00a9|\(c\))?\s*+(?:copyright\s*+)?(?:(?:19|20)\d\d(?:\s*+[-\u2013]\s*+(?:19|20)\d\d)?,?\s++)?"
    r"(?P<name>[^\W\d][^.|\u00a9]{1,60}?)\s*+(?:(?:19|20)\d\d)?\s*+(?:[.,|]|$)",
    re.IGNORECASE)


def holder_of_copyright(line: str) -> str | None:
    """Who a copyright line names: "(c) 2023 The Harbour Ledger. All rights reserved."."""
    lower = line.lower()
    if not lower.startswith(("\u00a9", "(c)", "copyright")) or len(line) > 200 \
            or not re.search(r"\u00a9|\(c\)|\b(?:19|20)\d\d\b|\brights\b", lower):
        return None
    m = _COPYRIGHT.match(line)
    if not m:
        return None
    name = m.group("name").strip()
    if name.lower().startswith(("all rights", "copyright")) or len(name.split()) > 6:
        return None
    return name


# --- navigation -------------------------------------------------------------------------

# Navigation cells: separated by bars, arrows or bullets (not slashes: "Russia / Ukraine"). Each side of a
# separator is matched possessively, so a run of spaces is not tried every way.
_NAV_SPLIT = re.compile(r"\s*+[|>\u203a\u00bb\u2022\u00b7]\s*+")
_SLASH_CRUMBS = re.compile(r"\s++/\s++")  # "Home / Region / Diplomacy": a breadcrumb from "Home"
_NAV_ARROW = re.compile(r"\s[>\u203a\u00bb]\s")
_NAV_CELL = re.compile(r"[A-Z&][\w&'\u2019\-]*+(?: [A-Za-z&][\w&'\u2019\-]*+){0,2}")


def is_navigation(line: str) -> bool:
    """A line of menu entries: ``Home | World | Business | Sport``, ``Home > World > Asia``."""
    if len(line) > 200:
        return False
    cells = [c for c in _NAV_SPLIT.split(line.strip()) if c]
    if len(cells) == 1 and line.strip().lower().startswith("home /"):
        cells = [c for c in _SLASH_CRUMBS.split(line.strip()) if c]
    # a breadcrumb's arrows ("World > Asia") say navigation with two entries
    if len(cells) < 3 and not (len(cells) == 2 and (cells[0].lower() == "home" or _NAV_ARROW.search(line))):
        return False
    if line.islower():  # a lower-case page's menu: "home | city | state | e-paper"
        cells = [c[:1].upper() + c[1:] for c in cells]
    return all(_NAV_CELL.fullmatch(c) and not any(ch.isdigit() for ch in c) for c in cells)


# --- bylines and credits ----------------------------------------------------------------

# "in" joins a name to its place of filing ("Jane Doe in Bamako"), cut off afterwards.
_NAME = r"[A-Z][\w'\u2019.\-]*(?:\s+(?:de|van|von|da|al|bin|del|la|in|[A-Z][\w'\u2019.\-]*))*"
# Names are joined by "," or "&", or by "and" after a space: an "and" glued to the name
# before it ("Anand", "Doeand") is part of that name, never a second way to split it,
# which backtracked exponentially over "By AandAandAand...!".
_BYLINE = re.compile(rf"^(?:(?:Reported|Written|Compiled|Live coverage|Coverage|Words|Story|Text) [Bb]y|By):?\s+"
                     rf"(?P<names>{_NAME}(?:(?:\s*[,&]|\s+and)\s*{_NAME})*)"
                     r"(?:\s*(?:,|\||-|\u2014)\s*(?P<outlet>[A-Z][\w .&]*))?$")
_CREDITS = re.compile(r"^\((?P<body>(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by .+)\)$", re.IGNORECASE)


def _byline(line: str, vocab: HeaderVocabulary, *, lower_case_page: bool = False
            ) -> tuple[list[str], str | None] | None:
    """``By Jane Doe and John Roe, Example News`` -> the authors and the outlet."""
    if len(line) > 100:
        return None
    line = re.sub(r"(?<!\s)\s++with\s++(?:inputs|additional reporting|reporting)\b.*", "", line, flags=re.IGNORECASE)
    if lower_case_page and line.islower() and not line.title().islower():
        # a lower-case page ("reported by priya tomar"): read it capitalised, give it back as
        # written; but a wrapped line of prose ("by borrowing, but he did not ...") is no byline
        if not line.startswith(("reported by", "written by", "compiled by", "by our", "by staff")) \
                and ("," in line or len(line.split()) > 4):
            return None
        found = _byline(line.title().replace(" By ", " by "), vocab)
        if found is None:
            return None
        return [n.lower() for n in found[0]], found[1].lower() if found[1] else None
    m = _BYLINE.match(line)
    if not m:
        return None
    # "Jane Doe in Bamako and John Roe in Dakar": the place of filing is not the name
    names = [_without_place(n) for n in split_names(m.group("names"))]
    outlet = m.group("outlet")
    agencies = {a.lower() for a in vocab.agencies}
    while names:
        words = {w.lower() for w in re.findall(r"[\w.]+", names[-1])}
        if words & vocab.job_words:
            names.pop()
        elif len(names) > 1 and (words & vocab.outlet_words or names[-1].lower() in agencies
                                 or names[-1].lower().endswith(".com")):
            outlet = outlet or names.pop()
        else:
            break
    if outlet and {w.lower() for w in re.findall(r"[\w.]+", outlet)} & vocab.job_words:
        outlet = None  # "By Jane Doe, Diplomatic Correspondent": a job, not an outlet
    return names, (outlet.strip() if outlet else None)


def _without_place(name: str) -> str:
    """"Jane Doe in Bamako" -> "Jane Doe"."""
    head, sep, place = name.rpartition(" in ")
    if sep and head.strip() and place.split() and all(w[:1].isupper() for w in place.split()):
        return head.strip()
    return name


def _is_staff_byline(line: str, vocab: HeaderVocabulary) -> bool:
    """A byline that names no one: ``Staff Report``, ``By Our Correspondent in Lagos``."""
    words = re.findall(r"[\w']+", line.lower())
    if not words or len(words) > 7 or line.endswith((".", "?", "!")):
        return False
    if "in" in words:
        words = words[:words.index("in")]  # "... in Lagos": the place of filing
    if words and words[0] in ("by", "from"):
        words = words[1:]
    return bool(words) and all(w in vocab.staff_words or w in vocab.job_words for w in words) \
        and any(w in vocab.job_words for w in words)


def _credits(line: str) -> tuple[list[str], list[str]] | None:
    """``(Reporting by A and B; Editing by C)`` -> authors, editors."""
    m = _CREDITS.match(line)
    if not m:
        return None
    authors: list[str] = []
    editors: list[str] = []
    for part in m.group("body").split(";"):
        role = re.match(r"\s*(?:Additional\s+)?(\w+)\s+by\s+(.+)", part, re.IGNORECASE)
        if not role:
            continue
        # "Reporting by Jane Doe in Paris": the place is not part of the name, and goes with
        # the rest of the (one-line) name. A run of spaces is tried from its start only
        # ((?<!\s), possessive \s++), not from each space in it (quadratic).
        names = [re.sub(r"(?<!\s)\s++(?:in|from)\s++[A-Z](?s:.*)", "", n)
                 for n in split_names(role.group(2))]
        (editors if role.group(1).lower().startswith("edit") else authors).extend(names)
    return authors, editors


def people_only(names: list[str]) -> list[str]:
    """The names that are no job ("AP National Security Writer", "Staff Reporter")."""
    jobs = load_header_vocabulary().job_words
    return [n for n in names if not {w.lower() for w in re.findall(r"[\w.]+", n)} & jobs]


def split_names(value: str) -> list[str]:
    """``Jane Doe and John Roe (Paris)`` -> ``["Jane Doe", "John Roe"]``."""
    # Spaces before a bracket or a separator are matched from the start of their run only
    # ((?<!\s)\s++): tried from each space of a long run, the search was quadratic. A "("
    # never closed is kept as it is, with the rest of the value (group 1), in one step
    # rather than searched for its ")" again from every later "(".
    value = re.sub(r"(?:(?<!\s)\s++)?\([^)]*+\)|(\((?s:.*))", r"\1", value)
    parts = re.split(r"(?:(?<!\s)\s++)?(?:,|;|\band\b|&|\|)\s*+", value)
    return [p.strip(" .") for p in parts if p.strip(" .") and len(p.strip()) < 60]


# --- dates ------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(r"\b(" + MONTH_NAMES + r")\.?\s++(\d{1,2})(?:st|nd|rd|th)?,?\s++(\d{4})\b",
                             re.IGNORECASE)
# "3 November 2022", "3rd of November, 2022", and the wire slug's "06-AUG-2024"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s++(?:of\s++)?|-)(" + MONTH_NAMES
                             + r")(?:\.?,?\s++|-)(\d{4})\b", re.IGNORECASE)
_YEAR_SLASH = re.compile(r"\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b")  # 2024/03/14, 2024.03.14
# 19.03.2021 is day first wherever it is written; 03/19/2021 and 19/03/2021 are read only
# when one of the two numbers cannot be a month.
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_SLASHED = re.compile(r"\b(\d{1,2})([/\-])(\d{1,2})\2(\d{4})\b")  # 14/03/2024, 14-03-2024


# A time zone of the United States after a date: its pages write the month first.
_US_ZONE = re.compile(r"^\s*+(?:\d{1,2}:\d{2}\s*+(?:[ap]\.?m\.?)?\s*+)?(?:e[sd]t|c[sd]t|m[sd]t|p[sd]t|et)\b", re.IGNORECASE)


def parse_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` from what a page, a feed or a metadata line says, or None.

    Only a full date is read; a month and a year, or an ambiguous ``03/04/2021``, are not
    guessed into a day.
    """
    found = _find_date(value)
    return found[0] if found else None


def _find_date(value: object) -> tuple[str, int, int] | None:
    """The first full date in ``value``, with its span."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        text = value.isoformat()[:10]
        return text, 0, len(text)
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        date = valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (date, m.start(), m.end()) if date else None
    for pattern, order in ((_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy"), (_YEAR_SLASH, "ymd"),
                           (_DOTTED, "dmy"), (_SLASHED, "either"), (_ISO, "ymd")):
        m = pattern.search(text)
        if not m:
            continue
        a, b, c = (g for g in m.groups() if g not in ("/", ".", "-"))  # (the separator a pattern repeats)
        if order == "mdy":
            date = valid_date(int(c), month_number(a), int(b))
        elif order == "dmy":
            month = month_number(b) if not b.isdigit() else int(b)
            date = valid_date(int(c), month, int(a))
        elif order == "ymd":
            date = valid_date(int(a), int(b), int(c))
        else:
            first, second = int(a), int(b)
            if first > 12 and second > 12:
                return None  # no date
            if first <= 12 and second <= 12 and not _US_ZONE.match(text[m.end():]):
                return None  # 03/04/2021: April 3 or March 4 (a US time zone after it says the month is first)
            date = valid_date(int(c), first, second) if first <= 12 else valid_date(int(c), second, first)
        return (date, m.start(), m.end()) if date else None
    return None


# What may stand around the date on a line that is only a date: weekdays, times, zones,
# "Published"/"Updated", separators.
_DATE_FILLER = re.compile(
    r"(?:\([^()\d]{1,25}?(?:,\s*+(?:gmt|utc)[^()]{0,6})?\)"  # "(Baghdad, GMT+3)", "(Kyiv time)"
    r"|[\s,|;()\[\]\u2013\u2014\-]"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:published|updated|posted|last|modified|first|on|at|date|time|local)\b:?"
    r"|(?<!\d)\d{1,2}(?::\d{2}){1,2}\s*+(?:[ap]\.?m\.?)?"
    r"|(?<![\d.])\d{1,2}\.\d{2}(?![\d.])\s*+(?:[ap]\.?m\.?)?"  # "10.42 GMT"
    r"|(?<!\d)(?:[01]\d|2[0-3])[0-5]\d(?=\s*+(?:gmt|utc|hrs)\b)"  # a wire's "0740 GMT"
    r"|\b\d{1,2}\s*+[ap]\.?m\.?"
    r"|\b(?:gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|pst|pdt|et|ct|mt|pt|ist|jst|kst|msk|wat|eat|cat"
    r"|sast|aest|aedt|ict|hkt|sgt|pht|wib)\b(?:\s*+[+\-\u2212]\d{1,2}(?::?\d{2})?)?"
    r"|[+\u2212]\d{2}:?\d{2}"
    r"|T(?=\d)|Z\b)*+",
    re.IGNORECASE,
)


# "Last updated 22:10 La Paz time (GMT-4)", "Updated: 14 March": when a page last changed,
# not when it was published.
_UPDATE_NOTE = re.compile(r"(?:last )?(?:updated|modified|edited)\b", re.IGNORECASE)


# "Compiled by the Lagos research desk": a report credited to a desk or team, not to people.
_DESK_CREDIT = re.compile(r"(?:compiled|prepared|produced|issued) by (?:the |our )?[\w\s'\-]{1,50}?"
                          r"\b(?:desk|team|unit|staff|office|section|department)", re.IGNORECASE)


# "Herald City Desk", "Foreign desk": the desk a report comes from, no outlet or place.
_DESK = re.compile(r"(?:[\w'\-]+\s++){0,3}desk", re.IGNORECASE)


# "Compiled 8 April 2024 by the research desk", "Compiled by the desk. Released 10 June
# 2024.": a report file's note of when it was put out.
_ISSUED = re.compile(r"(?:(?:Compiled|Prepared) by [^.]{1,60}+\.\s++)?"
                     r"(?:Compiled|Released|Issued|Prepared|Published)(?: on)?\s++(?P<date>[^.]{6,30}?)"
                     r"(?:\s++by\s++[^.]{1,60}+)?\.?")


def date_line(line: str) -> str | None:
    """The date of a line that is nothing but a date (with a weekday, a time, a zone), or
    a note of when a report was issued."""
    if len(line) > 120:
        return None
    issued = _ISSUED.fullmatch(line)
    issued_on = date_line(issued.group("date")) if issued else None
    if issued_on:
        return issued_on
    if len(line) > 80:
        return None
    found = _find_date(line)
    if not found:
        return None
    date, start, end = found
    if _DATE_FILLER.fullmatch(line[:start]) and _DATE_FILLER.fullmatch(line[end:]):
        return date
    return None


# "Regular Press Conference on September 12, 2024", "Statement by the Council (3 May
# 2023)": a headline that ends with the day of what it reports.
_TITLE_DATE_START = re.compile(r"\bon\s|,\s|\(|[\u2013\u2014]\s*+|\s-\s")


def title_date(title: str | None) -> str | None:
    """The date a headline ends with, or None."""
    for m in _TITLE_DATE_START.finditer(title or ""):
        tail = (title or "")[m.end():].strip().rstrip(")")
        date = date_line(tail) if len(tail) <= 40 else None
        if date:
            return date
    return None


# "lucknow | tuesday, may 14, 2024", "Patna, July 9, 2024": a place, then the date.
_PLACE_BEFORE_DATE = re.compile(r"(?P<place>[^\W\d][\w.'\-]*+(?: [^\W\d][\w.'\-]*+){0,2})\s*+[,|]\s*+")


def place_and_date_line(line: str) -> tuple[str, str] | None:
    """``(place, date)`` of a line that is a place and a date and nothing else."""
    m = _PLACE_BEFORE_DATE.match(line)
    if not m or len(line) > 80:
        return None
    date = date_line(line[m.end():])
    if not date or _find_date(m.group("place")):
        return None
    if m.group("place").lower().split()[0] in _WEEKDAYS:
        return None  # "Tuesday, May 14, 2024" is a date line of its own
    return m.group("place"), date


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
             "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}


# 2021-04-24, 2021_04_24, /2021/04/24/, 20210424 in a file name or URL.
_NAME_DATE = re.compile(r"(?<![0-9])((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])")


def date_in_name(name: str | None) -> str | None:
    """A full date written in a file name or a URL, or None."""
    if not name:
        return None
    for m in _NAME_DATE.finditer(name):
        date = valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if date:
            return date
    return None


def month_number(name: str) -> int:
    """``Sept.`` -> 9."""
    lower = name.lower().rstrip(".")
    return MONTHS[lower[:4] if lower.startswith("sept") else lower[:3]]


def valid_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None for a day the calendar lacks (February 30)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
