"""The clean stage: a raw article becomes a clean body and its metadata.

HTML goes through trafilatura for the main text and the page's metadata. Plain text,
often pasted from a web page, carries the page's chrome as lines of its own: font and
share widgets, navigation, related lists, copyright lines, and metadata lines in many
shapes (read by :mod:`accord.stages.header`). Each line is classified; chrome is dropped,
metadata lines fill the document's fields, a masthead above the headline gives the
outlet, and the rest forms paragraphs. A dateline (``MOSCOW, Dec. 28 (Xinhua) --``)
opening the body, or a paragraph after a standfirst, is parsed into place, date and
agency but left in the text, where it belongs to the lead.

The publication date is the first of several candidates (see :func:`clean_article`), and
``published_from`` says which; no date is made up. A page with no sentence left is refused.

The clean body is the paragraphs joined by blank lines; every offset downstream points
into it. Vocabulary (widget words, metadata labels, agencies) lives in
``data/boilerplate.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from pathlib import Path

from accord.controls import strip_controls, strip_field, strip_fields
from accord.errors import InputTooLargeError, NoArticleError
from accord.kb import load_kb
from accord.record import Dateline, Document
from accord.stages.header import (
    MONTH_NAMES,
    HeaderLine,
    date_in_name,
    title_date,
    holder_of_copyright,
    is_related_label,
    month_number,
    outlet_of_masthead,
    people_only,
    parse_date,
    read_line,
    split_names,
    valid_date,
)

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

MAX_TEXT_CHARS = 2_000_000
"""The longest clean text analysed as one article (some 350,000 words): every stage runs
in time linear in the text, and this bounds that time to a couple of minutes on two cores."""
# A line that is nothing but a title ends without a full stop and is not too long.
_MAX_TITLE = 250
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")


@dataclass(frozen=True)
class Vocabulary:
    """What the clean stage recognises, loaded from ``data/boilerplate.json``."""

    widget_words: frozenset[str]
    kicker_lines: frozenset[str]
    chrome_phrases: tuple[str, ...]
    chrome_prefixes: tuple[str, ...]
    agencies: tuple[str, ...]
    dateline_pattern: re.Pattern[str] = field(repr=False, compare=False)


_TITLE_WORD = r"[A-Z\u00C0-\u00DE](?:[a-z\u00DF-\u00FF\u0100-\u024F]|['\u2019\-][A-Za-z])+"


@lru_cache(maxsize=None)
def load_vocabulary(path: Path = DATA_DIR / "boilerplate.json") -> Vocabulary:
    """Load the chrome and metadata vocabulary once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    agencies = tuple(data["agencies"])
    dateline_pattern = re.compile(
        r"^(?P<place>[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE.'\u2019\- ]{1,40}[A-Z\u00C0-\u00DE.]"
        r"(?:,\s+[A-Z][A-Za-z.'\- ]{1,30}?)?"
        # a name in title case, accents and all ("Chișinău", "Port-au-Prince")
        r"|" + _TITLE_WORD + r"(?: " + _TITLE_WORD + r"){0,2})"
        # "Dec. 28", "June 5, 2023", and the press release's "8 February 2023"
        r"(?:,\s+(?P<date>(?i:" + MONTH_NAMES + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?"
        r"|\d{1,2}\s+(?i:" + MONTH_NAMES + r")\.?,?\s+\d{4}))?"
        r"(?:\s*\((?P<agency>[A-Z][\w .&'\-]{1,30})\))?"
        # A dash or colon before the lead; or, after a full date, the end of the line
        # ("Brussels, 8 February 2023" standing alone above the release).
        r"(?:\s*(?P<sep>--|\u2014|\u2013|-|:)\s+|[ \t]*+(?P<eol>\n|$))"
    )
    return Vocabulary(
        widget_words=frozenset(w.lower() for w in data["widget_words"]),
        kicker_lines=frozenset(w.lower() for w in data["kicker_lines"]),
        chrome_phrases=tuple(w.lower() for w in data["chrome_phrases"]),
        chrome_prefixes=tuple(p.lower() for p in data["chrome_prefixes"]),
        agencies=agencies,
        dateline_pattern=dateline_pattern,
    )


# --- the stage -------------------------------------------------------------------------

def clean_article(doc: Document) -> Document:
    """Fill ``doc.text``, ``doc.paragraphs`` and the metadata from ``doc.raw``.

    Raises :class:`NoArticleError` when nothing of an article is left.
    """
    raw = doc.raw
    if raw is None:
        raise ValueError("clean_article needs doc.raw")
    # Control characters (terminal escape sequences among them) are never part of an
    # article: they go from the text before it is split into lines, and from every
    # metadata field (accord.controls). Fields found in the text are clean with it.
    doc.url = strip_field(doc.url or raw.url)
    doc.title = strip_field(raw.title) or doc.title
    # The publication date is taken from the first of these that gives one, in this
    # order, and ``published_from`` says which: the command line or the feed record,
    # the page's markup, the header lines, a dateline with a year, the URL, the file name.
    _set_published(doc, parse_date(raw.published), raw.published_from or "record")
    doc.source = strip_field(raw.source) or doc.source
    doc.authors = [a for a in map(strip_field, raw.authors) if a] or doc.authors

    if raw.media == "html":
        lines, html_meta = _html_lines(strip_controls(raw.data), raw.url)
        # HTML character references (&#27;) decode to controls only now.
        lines = [strip_controls(line, breaks=" ") for line in lines]
        _set_published(doc, parse_date(html_meta.pop("published", None)), "html")
        _fill_missing(doc, strip_fields(html_meta))
        paragraphs = _clean_lines(doc, lines, find_title=not doc.title, join_wrapped=False)
    else:
        lines = _normalise_newlines(strip_controls(raw.data)).split("\n")
        paragraphs = _clean_lines(doc, lines, find_title=True, join_wrapped=True)

    paragraphs = [p for p in paragraphs if p.strip()]
    if not paragraphs and doc.title and not raw.title and raw.media == "text":
        # A single line is the article itself, not only its title.
        paragraphs = [doc.title]
    if not any(_is_prose(p) for p in paragraphs):
        # Menus, labels and headings alone ("Home About"): a page without an article.
        raise NoArticleError(raw.where, "no article text found after removing page chrome")
    _set_body(doc, paragraphs)
    if len(doc.text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(raw.where, f"its text is {len(doc.text):,} characters, over the "
                                 f"{MAX_TEXT_CHARS:,} accord analyses in one article")
    dateline = _opening_dateline(doc)
    # Without a publication date, a dateline has a date only when it gives the year.
    _set_published(doc, dateline.date if dateline else None, "dateline")
    _set_published(doc, title_date(doc.title), "header")  # "Regular Press Conference on September 12, 2024"
    _set_published(doc, date_in_name(doc.url), "url")
    _set_published(doc, date_in_name(raw.input), "filename")
    if dateline and dateline.date is None and doc.published:
        dateline = _opening_dateline(doc)  # its year from the date just found
    if dateline is None and doc.dateline is not None and doc.dateline.date is None:
        # a place and a date on a header line ("Patna, July 9, 2024"), the date now known
        doc.dateline.date = doc.published if doc.published_from == "header" else None
    doc.dateline = dateline or doc.dateline
    if not doc.source and doc.dateline and doc.dateline.agency:
        doc.source = doc.dateline.agency
    doc.authors = _dedupe(doc.authors)
    doc.editors = _dedupe(doc.editors)
    doc.language = detect_language(doc.text)
    if doc.language != "en":
        doc.warnings.append("the text does not look like English; actors, quotes and events "
                            "are found for English only")
    return doc


def detect_language(text: str) -> str:
    """``en`` when English function words outnumber those of the other common Latin-script
    languages and are not rare, else ``und``.

    Only English is analysed; this guards the later stages against other languages. A
    share of English function words alone misreads short, name-heavy English ("President
    Ruto hosted Somalia's president at State House on Thursday").
    """
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    english, others = _function_words()
    hits = sum(w in english for w in words)
    if len(words) < 8:
        return "en" if hits else "und"
    rival = max(sum(w in stop for w in words) for stop in others)
    return "en" if hits > rival and hits / len(words) >= 0.08 else "und"


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], list[frozenset[str]]]:
    """English function words, and those of other languages news comes in (less the words
    they share with English: "a", "on", "via")."""
    import importlib

    from spacy.lang.en.stop_words import STOP_WORDS

    # Day and month names: a one-line wire sentence has few function words but often a day.
    calendar = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december"}
    english = frozenset(STOP_WORDS) | calendar
    others = [frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS) - english
              for code in ("fr", "de", "es", "it", "pt", "nl")]
    return english, others


def _opening_dateline(doc: Document) -> Dateline | None:
    """The dateline opening the body, or opening a paragraph after a standfirst, a
    subheading or a press release's headline and number (four short paragraphs at most)."""
    for start, end in doc.paragraphs[:5]:
        dateline = find_dateline(doc.text[start:start + 200], doc.published)
        if dateline is not None:
            return dateline
        if end - start > 400:
            return None
    return None


def _set_published(doc: Document, date: str | None, origin: str) -> None:
    if date and not doc.published:
        doc.published = date
        doc.published_from = origin


def _is_prose(paragraph: str) -> bool:
    """Words enough to be article text: four or more, or a sentence of two or three."""
    words = re.findall(r"[^\W\d_]+", paragraph)
    return len(words) >= 4 or len(words) >= 2 and bool(_SENTENCE_END.search(paragraph))


def _set_body(doc: Document, paragraphs: list[str]) -> None:
    spans = []
    offset = 0
    for p in paragraphs:
        spans.append((offset, offset + len(p)))
        offset += len(p) + 2
    doc.text = "\n\n".join(paragraphs)
    doc.paragraphs = spans


# --- HTML ------------------------------------------------------------------------------

# Below this many characters, trafilatura's own extraction has (next to) missed the article,
# and its fallback extractors are asked too.
_MIN_BODY_CHARS = 200


def _html_lines(html: str, url: str | None) -> tuple[list[str], dict[str, object]]:
    # trafilatura alone (fast=True) first: its fallbacks (readability-lxml, jusText) replace
    # a good body with a worse one more often than they rescue one. On the article
    # extraction benchmark (benchmarks/article_extraction.py) they changed 3 of 181 pages,
    # each for the worse: photo captions, bylines and "Updated" led the body, which also
    # pushed the dateline out of the first paragraph. So they run only when trafilatura
    # alone finds next to nothing; then their answer is taken unless it holds less text.
    result = _trafilatura(html, url, fast=True)
    if len(_text_of(result)) < _MIN_BODY_CHARS:
        fallback = _trafilatura(html, url, fast=False)
        if len(_text_of(fallback)) >= len(_text_of(result)):
            result = fallback
    if not _text_of(result):
        return [], {}
    live = _live_page(html)
    entries = live[1] if live else []
    if live and live[0]:
        # trafilatura may take the newest entry's heading for the page's
        result = {**result, "title": live[0]}
    if entries and sum(len(e) for e in entries) > 2 * len(_text_of(result)):
        # A live page: trafilatura keeps its first entry or two; every timed entry is news.
        lead = [line for line in (result.get("text") or "").split("\n")
                if line and not any(line in entry for entry in entries)][:2]
        result = {**result, "text": "\n".join(lead + entries)}
    meta: dict[str, object] = {
        "title": result.get("title"),
        "published": result.get("date"),
        "source": result.get("sitename") or result.get("hostname"),
        "authors": people_only(split_names(result.get("author") or "")),
        "url": result.get("url"),
    }
    # trafilatura writes one paragraph a line; keep them as they are.
    return [line for line in (result.get("text") or "").split("\n")], meta


# A live page's entries: each a block holding one <time datetime=...> and some text.
_MIN_LIVE_ENTRIES = 3


def _live_page(html: str) -> tuple[str | None, list[str]] | None:
    """A live page's headline (its one <h1>, if it has one) and the text of each timed
    entry, in page order (a heading and its paragraphs joined as lines); None when the page
    has no such entries."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    times = tree.xpath("//body//time[@datetime]")
    if len(times) < _MIN_LIVE_ENTRIES:
        return None
    # How many timed elements each element holds, counted once up every time's ancestors.
    held: dict[Any, int] = {}
    for time in times:
        for ancestor in time.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + 1
    entries: list[str] = []
    for time in times:
        block = time.getparent()
        # up to the largest block that holds this time and no other
        while block is not None and block.getparent() is not None and held.get(block.getparent()) == 1:
            block = block.getparent()
        if block is None:
            continue
        parts = [" ".join(el.text_content().split()) for el in block.xpath(".//h1|.//h2|.//h3|.//h4|.//p|.//li")]
        text = "\n".join(p for p in parts if p)
        if text and text not in entries:
            entries.append(text)
    if len(entries) < _MIN_LIVE_ENTRIES:
        return None
    heads = tree.xpath("//body//h1")
    headline = " ".join(heads[0].text_content().split()) if len(heads) == 1 else ""
    return headline or None, entries


def _trafilatura(html: str, url: str | None, *, fast: bool) -> dict:
    """trafilatura's main text and metadata as a dict ({} when it finds nothing)."""
    import trafilatura  # heavy import, kept to the HTML path

    document = trafilatura.bare_extraction(
        html, url=url, fast=fast, with_metadata=True, include_comments=False,
        include_tables=True, favor_recall=True,
        # The page's markup and URL only: a wider search of its text takes a copyright
        # line's year for a publication date (2024-01-01).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return {}
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def _text_of(result: dict) -> str:
    return str(result.get("text") or "").strip()


def _fill_missing(doc: Document, meta: dict[str, object]) -> None:
    for key, value in meta.items():
        if value and not getattr(doc, key):
            setattr(doc, key, value)


# --- text lines ------------------------------------------------------------------------

def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text.replace("\ufeff", "").replace("\u00a0", " ")


def _clean_lines(doc: Document, lines: list[str], *, find_title: bool, join_wrapped: bool) -> list[str]:
    """Drop chrome, harvest metadata, and group the remaining lines into paragraphs."""
    vocab = load_vocabulary()
    kept: list[str | None] = []  # None marks a paragraph break
    # After a bare "Related:" label: "pending" until the first link line (blank lines
    # may come between), then "links" until the blank line that ends the list.
    related = ""
    title_seen = not find_title
    body_started = False  # a line of the body is kept (a flag: scanning ``kept`` is quadratic)
    title_found_here = False  # the title is a line of this text, not the container's
    copyright_holder = None
    letters = [c for line in lines[:200] for c in line if c.isalpha()]
    lower_case_page = len(letters) > 80 and sum(c.isupper() for c in letters) < 0.01 * len(letters)
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if related == "links":
                related = ""
            kept.append(None)
            continue
        if related == "pending" and _is_sentence(stripped):
            related = ""  # prose, not a list of links or contacts
        if related:
            related = "links"
            continue
        # Chrome, metadata and credit lines are recognised before the title, so that
        # widgets or an "Updated:" line above the headline neither become the title
        # nor use up its place.
        if _is_chrome(stripped, vocab) and not is_related_label(stripped):
            # ("Read more:" is widget words too, but a list of links follows it)
            copyright_holder = copyright_holder or holder_of_copyright(stripped)
            continue
        header = read_line(stripped, lower_case_page=lower_case_page)
        if header is not None:
            if _apply_header(doc, header, stripped):
                related = "pending"
            if header.ends_paragraph:
                kept.append(None)
            continue
        if _is_signoff(stripped, vocab):
            continue
        if not title_seen:
            title_seen = True
            # A title the container gave wins; the first line is dropped only if it repeats it.
            if not doc.title and _looks_like_title(stripped):
                doc.title = _without_kicker(stripped, vocab)
                title_found_here = True
                kept.append(None)
                continue
        elif title_found_here and not body_started and _is_masthead(doc.title):
            # What looked like the title was the outlet's masthead ("THE HARBOUR LEDGER",
            # "Ministry of Foreign Affairs | Norway"), or a section's name under it: the
            # headline comes below. Short labels in between ("Middle East") are dropped.
            if _looks_like_title(stripped) and not _is_masthead(stripped) and len(stripped.split()) >= 4 \
                    and not _dated_dateline(stripped):  # (not the body's first line: "ROME, Feb 27 - ...")
                if not doc.source:
                    doc.source = outlet_of_masthead(doc.title)
                doc.title = _without_kicker(stripped, vocab)
                kept.append(None)
                continue
            if _looks_like_title(stripped) and _is_masthead(stripped):
                if not doc.source:
                    doc.source = outlet_of_masthead(doc.title)
                doc.title = stripped
                continue
            if len(stripped.split()) <= 2 and not _SENTENCE_END.search(stripped):
                continue  # a section's name ("World", "Features")
        if doc.title and not body_started and _same_text(stripped, doc.title):
            continue  # the headline again, above the body
        # Indentation opens a paragraph in wire copy that wraps its lines.
        if join_wrapped and line[:1] in (" ", "\t") and kept and kept[-1] is not None:
            kept.append(None)
        kept.append(re.sub(r"[ \t]+", " ", stripped))
        body_started = True
    if not doc.source and copyright_holder:
        doc.source = copyright_holder  # "(c) 2023 The Harbour Ledger. All rights reserved."
    return _paragraphs(kept, join_wrapped)


def _paragraphs(kept: list[str | None], join_wrapped: bool) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for item in kept + [None]:
        if item is None:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and not join_wrapped:
            paragraphs.append(" ".join(current))
            current = []
        elif current and _starts_paragraph(current[-1], item):
            paragraphs.append(" ".join(current))
            current = []
        current.append(item)
    return paragraphs


def _starts_paragraph(previous: str, line: str) -> bool:
    """Whether a line of hard-wrapped text begins a paragraph rather than going on with
    the previous line."""
    # A line that ends a sentence and is followed by a new capitalised line is a paragraph
    # of its own in pasted text; anything else is a hard wrap.
    ends_sentence = _SENTENCE_END.search(previous) and not _ABBREVIATION_END.search(previous) \
        and _ends_paragraph(previous, line)
    # "- The health ministry says ...": each item of a list is a paragraph of its own;
    # "12:50" or "Thousands march in La Paz" above an entry: a line broken where the next
    # word would still have fitted was broken by its writer, not wrapped.
    return bool(ends_sentence) or bool(_LIST_ITEM.match(line)) or _is_heading(previous, line)


# A list item's marker: a dash, bullet or asterisk and a space ("- Fighting broke out ...").
_LIST_ITEM = re.compile(r"[-\u2013\u2022\u00b7*]\s+\S")


def _is_heading(previous: str, line: str) -> bool:
    # A heading or time stamp ends in a word, has no more than a headline's words, and is
    # well short of the next line: a line wrapped at that width would have taken in the
    # next line's first word (a ragged margin is not that short).
    return (previous[-1:].isalnum() or previous[-1:] in "\u201d\u2019'\")") and len(previous.split()) <= 12 \
        and len(previous) + 1 + len(line.split()[0]) <= len(line) and len(previous) <= 0.75 * len(line)


# A line that ends in an abbreviation ("... to suggest the U.S.", "Toshiba Corp.") is
# wrapped mid-sentence as often as not: it closes no paragraph by its shortness.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Corp|Inc|Co|Ltd|Gen|Col|Lt|Sgt|Sen|Rep|Gov"
                               r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|Nos|vs)\.)$")


def _ends_paragraph(previous: str, line: str) -> bool:
    # Hard-wrapped copy fills its lines; a short line ending a sentence closes a paragraph.
    return len(previous) < 60 or not line[:1].islower() and len(previous) > 90


def _looks_like_title(line: str) -> bool:
    if len(line) > _MAX_TITLE or len(line.split()) < 2:
        return False
    if line.endswith("..."):
        return True
    # A sentence that ends inside quotes or brackets (said "... schools.") is prose.
    end = line.rstrip("\"'\u201d\u2019)]")
    return not end.endswith((".", ":", ",", ";"))


_KICKER_SEPARATOR = re.compile(r"\s*+(?:--|[\u2014\u2013|])\s*+|\s{2,}+")


def _without_kicker(title: str, vocab: Vocabulary) -> str:
    """The headline without the label set before it: "URGENT -- TALKS COLLAPSE", "LIVE  ..."."""
    parts = _KICKER_SEPARATOR.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0].lower().strip(" :*") in vocab.kicker_lines and len(parts[1].split()) >= 3:
        return parts[1]
    return title


def _dated_dateline(line: str) -> bool:
    """Whether a line opens with a dateline that gives a date ("ROME, Feb 27 -"), as a
    wire's body does; "URGENT -- ..." over a headline gives none."""
    dateline = find_dateline(line)
    return dateline is not None and any(c.isdigit() for c in dateline.text)


def _is_masthead(line: str) -> bool:
    """An outlet's name or a section's, set above the headline: naming an outlet ("THE
    HARBOUR LEDGER"), divided by bars or dashes ("WEST AFRICA DISPATCH | LIVE"), or a word
    or two. Capitals alone say nothing: wire headlines are in capitals too."""
    words = [w for w in line.split() if w not in ("|", "--", "\u2014")]
    if not 1 <= len(words) <= 10 or line.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    return "|" in line or " -- " in line or outlet_of_masthead(line) is not None or len(words) <= 2 \
        or _office_line(line) or _organisation_name(line)


def _organisation_name(line: str) -> bool:
    """A line that is the name of an international organisation, as a press release is
    headed by its issuer's ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES")."""
    return any(m.kind == "organisation" and m.via == "name" for m in load_kb().lookup(line.strip()))


def _office_line(line: str) -> bool:
    """"Hon Jane Doe \u2014 Minister of Harbours": a name and the office it speaks for."""
    from accord.kb import load_roles

    name, dash, office = line.partition(" \u2014 ")
    if not dash or not name.strip():
        return False
    roles = load_roles()
    words = office.lower().split()
    return any(" ".join(words[:n]) in roles for n in (1, 2, 3))


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 6 and not _looks_like_title(line)


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def _apply_header(doc: Document, header: HeaderLine, line: str) -> bool:
    """Fill the document from a header line; True when a list of links follows it."""
    _set_published(doc, header.published, "header")
    if header.place and doc.dateline is None:
        doc.dateline = Dateline(text=line, place=header.place, date=header.published)
    if header.source and not doc.source:
        doc.source = header.source
    doc.authors.extend(header.authors)
    doc.editors.extend(header.editors)
    return header.related_follows


def _is_chrome(line: str, vocab: Vocabulary) -> bool:
    lower = line.lower()
    if lower.strip(" :*-\u2013\u2014") in vocab.kicker_lines or lower in vocab.kicker_lines:
        return True
    if any(lower.startswith(p) for p in vocab.chrome_prefixes) and len(line) < 200 \
            and not _is_prose_with_chrome_word(line, lower):
        return True
    if len(line) < 200 and any(phrase in lower for phrase in vocab.chrome_phrases):
        return True
    if len(line.split()) <= 8 and (_CHROME_SHAPES.search(line) or _EMAIL.search(line)
                                   or _WIRE_SLUG.search(line) and not any(c.islower() for c in line)):
        return True  # a contact line, a wire slug ("APS 141538 GMT OCT 24"), a page counter, a separator
    if len(line) < 200 and ("|" in line and _EMAIL.search(line) or _LABELLED_NOTE.match(line)
                            or _LINK_LIST.match(line) or _END_SLUG.match(line) or _ABOUT_THE_AUTHORS.match(line)):
        return True
    if len(line) > 120:
        return False
    words = [w.strip(":[]()") for w in re.split(r"[\s|/\u00b7\u2022,;]+", lower)]
    words = [w for w in words if w]
    if words and words[0] == "follow" and any(w in vocab.widget_words for w in words[1:]) and len(words) <= 12:
        return True  # "Follow Example News on X and WhatsApp"
    return bool(words) and all(w in vocab.widget_words for w in words) and not line.endswith(".")


# Lines of a page's or a wire's machinery: a short line with an e-mail address (a contact),
# a wire slug with its time ("APS 141538 GMT OCT 24", "((DESK +52 55 ...))"), "Page 1 of 2",
# "Comments (12)", a separator of marks alone.
_WIRE_SLUG = re.compile(r"\b\d{4,6}\s?(?:GMT|UTC)\b")
_CHROME_SHAPES = re.compile(
    r"^\(\(.*\)\)$"
    r"|^page \d+ of \d+$"
    r"|^comments?\s*+\(\d+\)$"
    r"|^[^\w\s]{2,}$"
    r"|^[a-z]{2,}(?:[-/][a-z0-9]{2,})+$"  # a wire's topic slug: "LIBYA-CLASHES/TRIPOLI"
    # a press release's or statement's number: "N°: 187/2024", "Ref. PR/24/112"
    r"|^(?:n[°o]\.?|no\.|nr\.|ref(?:erence)?\.?|press release n[°o]\.?)\s*+:?\s*+[\w/.\-]*\d[\w/.\-]*$",
    re.IGNORECASE,
)

_EMAIL = re.compile(r"[\w.+-]@[\w-]++\.[a-z]", re.IGNORECASE)
# "[Photo: ... Photograph: X]", "[Sources: local partner]": a note in brackets, labelled;
# "[Download CSV] [Methodology]", "› Another story, explained": links.
_LABELLED_NOTE = re.compile(r"\[[A-Za-z][A-Za-z' ]{1,20}:[^\[\]]*\]$")
_LINK_LIST = re.compile(r"(?:\[[^\[\]]{1,40}\]\s*){2,}$|[\u203a\u00bb]\s*[^.]{3,120}$")
# "ANW-0942 17-01-25 ENDS": a wire's story number and its end mark.
_END_SLUG = re.compile(r"(?=[^a-z]*\d)[A-Z0-9][A-Z0-9 ./:-]{2,40}\sENDS\.?$")
# "Kamau and Otieno are reporters at The Nairobi Observer.": a note on who wrote the story.
_ABOUT_THE_AUTHORS = re.compile(
    r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}(?:,? and [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3})? (?:is|are) "
    r"(?:a |an |the )?(?:[\w-]+ ){0,3}(?:reporters?|correspondents?|writers?|editors?|journalists?"
    r"|photographers?|columnists?|contributors?)(?: (?:at|for|with|of|based in) [^.]{2,80})?\.?$")

# Chrome prefixes that are also ordinary nouns opening a sentence ("Copyright holders said...").
_NOUN_PREFIXES = ("copyright", "cookie", "advertisement")
_CHROME_MARKS = re.compile(r"\u00a9|\(c\)|\brights\b|\breserved\b|\bcookies\b|\bprivacy\b|\bpolicy\b"
                           r"|\bterms\b|\b(?:19|20)\d\d\b", re.IGNORECASE)


def _is_prose_with_chrome_word(line: str, lower: str) -> bool:
    """A sentence that merely starts with a chrome word, as ``Copyright holders said ...``."""
    return (lower.startswith(_NOUN_PREFIXES) and len(line.split()) >= 6
            and bool(_SENTENCE_END.search(line)) and not _CHROME_MARKS.search(line))


def _is_signoff(line: str, vocab: Vocabulary) -> bool:
    """A lone agency name closing wire copy (``Reuter``)."""
    word = line.strip(" .-").lower()
    return len(line) < 20 and any(word == a.lower() for a in vocab.agencies)


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for n in names:
        seen.setdefault(n.lower(), n)
    return list(seen.values())


# --- dates and datelines ---------------------------------------------------------------

def _known_city(place: str) -> bool:
    """Whether the knowledge base knows a place as a city or a capital."""
    from accord.kb import load_kb

    return any(m.kind == "city" or m.via == "capital" for m in load_kb().lookup(place.split(",")[0].strip()))


def _organisation_acronym(place: str) -> bool:
    from accord.kb import load_kb

    word = place.strip()
    return " " not in word and any(m.kind == "organisation" for m in load_kb().lookup(word))


def find_dateline(text: str, published: str | None = None) -> Dateline | None:
    """The dateline opening the first paragraph, with its date resolved where possible.

    A dateline without a year takes the publication year, or the year before when the
    day would otherwise fall after publication.
    """
    vocab = load_vocabulary()
    m = vocab.dateline_pattern.match(text[:200])
    if not m:
        return None
    place, date_text, agency = m.group("place"), m.group("date"), m.group("agency")
    if not (date_text or agency) and _organisation_acronym(place):
        return None  # "ASEAN - China talks": an organisation, not a place of filing
    # A capitalised word and a dash is too weak a signal without a date or an agency,
    # unless the place is in capitals as wire copy writes it; before a colon, only a city
    # the knowledge base knows ("NEW DELHI: ..."), for "UPDATE:" is a label.
    if not (date_text or agency) and not (place.split(",")[0].isupper() and len(place) >= 3
                                          and (m.group("sep") != ":" or _known_city(place))):
        return None
    full = parse_date(date_text) if date_text else None
    if m.group("eol") is not None and not full:
        return None  # a place and a line break alone: a heading, not a dateline
    date = full
    if date_text and not full:
        dm = re.match(r"(" + MONTH_NAMES + r")\.?\s+(\d{1,2})", date_text, re.IGNORECASE)
        if dm and published:
            month, day = month_number(dm.group(1)), int(dm.group(2))
            # The latest of last year, this year and next year that is not after the
            # publication day (a day's grace for time zones): a Dec. 31 dateline in an
            # article of Jan. 1 is last year's; a Jan. 1 dateline on Dec. 31, next year's.
            pub = dt.date.fromisoformat(published[:10])
            for year in (pub.year + 1, pub.year, pub.year - 1):
                candidate = valid_date(year, month, day)
                if candidate and dt.date.fromisoformat(candidate) <= pub + dt.timedelta(days=1):
                    date = candidate
                    break
    return Dateline(text=m.group(0).rstrip(), place=place.strip().rstrip(","), date=date, agency=agency)
