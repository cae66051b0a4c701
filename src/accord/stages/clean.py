"""The clean stage: a raw article becomes a clean body and its metadata.

HTML goes through trafilatura for the main text and the page's metadata. Plain text,
often pasted from a web page, carries the page's chrome as lines of its own: font and
share widgets, ``Updated: ... Source: ...``, ``Editor: ...``, copyright lines. Each line
is classified; chrome is dropped, metadata lines fill the document's fields, and the
rest forms paragraphs. A dateline (``MOSCOW, Dec. 28 (Xinhua) --``) opening the body is
parsed into place, date and agency but left in the text, where it belongs to the lead.

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
from pathlib import Path

from accord.controls import strip_controls, strip_field, strip_fields
from accord.errors import InputTooLargeError, NoArticleError
from accord.record import Dateline, Document

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
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
    metadata_labels: dict[str, str]
    chrome_prefixes: tuple[str, ...]
    agencies: tuple[str, ...]
    label_pattern: re.Pattern[str] = field(repr=False, compare=False)
    dateline_pattern: re.Pattern[str] = field(repr=False, compare=False)


@lru_cache(maxsize=None)
def load_vocabulary(path: Path = DATA_DIR / "boilerplate.json") -> Vocabulary:
    """Load the chrome and metadata vocabulary once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = {k.lower(): v for k, v in data["metadata_labels"].items()}
    # Longest labels first so "Last updated" wins over "updated".
    alternation = "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True))
    # "Published on: ...", "Updated at: ..." carry the same label.
    label_pattern = re.compile(rf"(?:^|\s)({alternation})(?:\s+(?:on|at))?\s*:\s*", re.IGNORECASE)
    agencies = tuple(data["agencies"])
    dateline_pattern = re.compile(
        r"^(?P<place>[A-Z][A-Z.'\u2019\- ]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.'\- ]{1,30}?)?"
        r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
        r"(?:,\s+(?P<date>" + _MONTH_NAMES + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?))?"
        r"(?:\s*\((?P<agency>[A-Z][\w .&'\-]{1,30})\))?"
        r"\s*(?P<sep>--|\u2014|\u2013|-|:)\s+"
    )
    return Vocabulary(
        widget_words=frozenset(w.lower() for w in data["widget_words"]),
        metadata_labels=labels,
        chrome_prefixes=tuple(p.lower() for p in data["chrome_prefixes"]),
        agencies=agencies,
        label_pattern=label_pattern,
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
    doc.published = _iso_date(raw.published) or doc.published
    doc.source = strip_field(raw.source) or doc.source
    doc.authors = [a for a in map(strip_field, raw.authors) if a] or doc.authors

    if raw.media == "html":
        lines, html_meta = _html_lines(strip_controls(raw.data), raw.url)
        # HTML character references (&#27;) decode to controls only now.
        lines = [strip_controls(line, breaks=" ") for line in lines]
        _fill_missing(doc, strip_fields(html_meta))
        paragraphs = _clean_lines(doc, lines, find_title=not doc.title, join_wrapped=False)
    else:
        lines = _normalise_newlines(strip_controls(raw.data)).split("\n")
        paragraphs = _clean_lines(doc, lines, find_title=True, join_wrapped=True)

    paragraphs = [p for p in paragraphs if p.strip()]
    if not paragraphs and doc.title and not raw.title and raw.media == "text":
        # A single line is the article itself, not only its title.
        paragraphs = [doc.title]
    if not paragraphs:
        raise NoArticleError(raw.where, "no article text found after removing page chrome")
    _set_body(doc, paragraphs)
    if len(doc.text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(raw.where, f"its text is {len(doc.text):,} characters, over the "
                                 f"{MAX_TEXT_CHARS:,} accord analyses in one article")
    doc.dateline = find_dateline(doc.text, doc.published)
    if doc.dateline and not doc.published and doc.dateline.date and len(doc.dateline.date) == 10:
        doc.published = doc.dateline.date
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
    meta: dict[str, object] = {
        "title": result.get("title"),
        "published": _iso_date(result.get("date")),
        "source": result.get("sitename") or result.get("hostname"),
        "authors": _split_names(result.get("author") or ""),
        "url": result.get("url"),
    }
    # trafilatura writes one paragraph a line; keep them as they are.
    return [line for line in (result.get("text") or "").split("\n")], meta


def _trafilatura(html: str, url: str | None, *, fast: bool) -> dict:
    """trafilatura's main text and metadata as a dict ({} when it finds nothing)."""
    import trafilatura  # heavy import, kept to the HTML path

    document = trafilatura.bare_extraction(
        html, url=url, fast=fast, with_metadata=True, include_comments=False,
        include_tables=True, favor_recall=True,
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
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if related == "links":
                related = ""
            kept.append(None)
            continue
        if related == "pending" and not _looks_like_title(stripped):
            related = ""  # prose, not a link list
        if related:
            related = "links"
            continue
        # Chrome, metadata and credit lines are recognised before the title, so that
        # widgets or an "Updated:" line above the headline neither become the title
        # nor use up its place.
        if _is_chrome(stripped, vocab):
            continue
        fields = _metadata_fields(stripped, vocab)
        if fields is not None:
            if _apply_metadata(doc, fields):
                related = "pending"
            kept.append(None)
            continue
        byline = _byline(stripped)
        if byline is not None:
            names, outlet = byline
            doc.authors.extend(names)
            if outlet and not doc.source:
                doc.source = outlet
            kept.append(None)
            continue
        credits = _credits(stripped)
        if credits is not None:
            doc.authors.extend(credits[0])
            doc.editors.extend(credits[1])
            continue
        if _is_signoff(stripped, vocab):
            continue
        if not title_seen:
            title_seen = True
            # A title the container gave wins; the first line is dropped only if it repeats it.
            if not doc.title and _looks_like_title(stripped):
                doc.title = stripped
                kept.append(None)
                continue
        if doc.title and not body_started and _same_text(stripped, doc.title):
            continue  # the headline again, above the body
        # Indentation opens a paragraph in wire copy that wraps its lines.
        if join_wrapped and line[:1] in (" ", "\t") and kept and kept[-1] is not None:
            kept.append(None)
        kept.append(re.sub(r"[ \t]+", " ", stripped))
        body_started = True
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
        elif current and _SENTENCE_END.search(current[-1]) and _ends_paragraph(current[-1], item):
            # A line that ends a sentence and is followed by a new capitalised line is a
            # paragraph of its own in pasted text; anything else is a hard wrap.
            paragraphs.append(" ".join(current))
            current = []
        current.append(item)
    return paragraphs


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


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def _is_chrome(line: str, vocab: Vocabulary) -> bool:
    lower = line.lower()
    if any(lower.startswith(p) for p in vocab.chrome_prefixes) and len(line) < 200 \
            and not _is_prose_with_chrome_word(line, lower):
        return True
    if "all rights reserved" in lower and len(line) < 200:
        return True
    if len(line) > 120:
        return False
    words = [w for w in re.split(r"[\s|/\u00b7\u2022,;]+", lower) if w]
    return bool(words) and all(w in vocab.widget_words for w in words) and not line.endswith(".")


# Chrome prefixes that are also ordinary nouns opening a sentence ("Copyright holders said...").
_NOUN_PREFIXES = ("copyright", "cookie", "advertisement")
_CHROME_MARKS = re.compile(r"\u00a9|\(c\)|\brights\b|\breserved\b|\bcookies\b|\bprivacy\b|\bpolicy\b"
                           r"|\bterms\b|\b(?:19|20)\d\d\b", re.IGNORECASE)


def _is_prose_with_chrome_word(line: str, lower: str) -> bool:
    """A sentence that merely starts with a chrome word, as ``Copyright holders said ...``."""
    return (lower.startswith(_NOUN_PREFIXES) and len(line.split()) >= 6
            and bool(_SENTENCE_END.search(line)) and not _CHROME_MARKS.search(line))


def _metadata_fields(line: str, vocab: Vocabulary) -> list[tuple[str, str]] | None:
    """``[(field, value), ...]`` when the whole line is labelled metadata, else None."""
    matches = list(vocab.label_pattern.finditer(line))
    if not matches or matches[0].start() != 0 or len(line) > 300:
        return None
    fields = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        label = re.sub(r"\s+", " ", m.group(1).lower())
        fields.append((vocab.metadata_labels[label], line[m.end():end].strip()))
    # "By:" or "Date:" opening a long sentence is prose, not a field.
    if len(fields) == 1 and fields[0][0] in ("authors", "published") and len(fields[0][1]) > 80:
        return None
    return fields


def _apply_metadata(doc: Document, fields: list[tuple[str, str]]) -> bool:
    """Fill the document from metadata fields; True when a link list follows."""
    related_follows = False
    for name, value in fields:
        if name == "published":
            date = _iso_date(value)
            if date and not doc.published:
                doc.published = date
        elif name == "source":
            if value and not doc.source:
                doc.source = value
        elif name == "editors":
            doc.editors.extend(_split_names(value))
        elif name == "authors":
            doc.authors.extend(_split_names(value))
        elif name == "related":
            related_follows = not value
    return related_follows


_NAME = r"[A-Z][\w'\u2019.\-]*(?:\s+(?:de|van|von|da|al|bin|del|la|[A-Z][\w'\u2019.\-]*))*"
# Names are joined by "," or "&", or by "and" after a space: an "and" glued to the name
# before it ("Anand", "Doeand") is part of that name, never a second way to split it,
# which backtracked exponentially over "By AandAandAand...!".
_BYLINE = re.compile(rf"^By\s+(?P<names>{_NAME}(?:(?:\s*[,&]|\s+and)\s*{_NAME})*)"
                     r"(?:\s*(?:,|\||-|\u2014)\s*(?P<outlet>[A-Z][\w .&]*))?$")
_CREDITS = re.compile(r"^\((?P<body>(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by .+)\)$", re.IGNORECASE)


# Words that make the last item of a byline an outlet or a job, not a person.
_OUTLET_WORDS = frozenset("""news wire press times post agency service daily journal herald tribune
    network media radio tv television gazette telegraph guardian online magazine observer chronicle
    bulletin review weekly broadcasting""".split())
_JOB_WORDS = frozenset("""staff writer writers correspondent correspondents reporter reporters editor
    contributor contributing special senior chief bureau desk""".split())


def _byline(line: str) -> tuple[list[str], str | None] | None:
    """``By Jane Doe and John Roe, Example News`` -> the authors and the outlet."""
    if len(line) > 100:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    names = _split_names(m.group("names"))
    outlet = m.group("outlet")
    agencies = {a.lower() for a in load_vocabulary().agencies}
    while len(names) > 1:
        words = {w.lower() for w in re.findall(r"[\w.]+", names[-1])}
        if words & _JOB_WORDS:
            names.pop()
        elif words & _OUTLET_WORDS or names[-1].lower() in agencies or names[-1].lower().endswith(".com"):
            outlet = outlet or names.pop()
        else:
            break
    return names, (outlet.strip() if outlet else None)


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
                 for n in _split_names(role.group(2))]
        (editors if role.group(1).lower().startswith("edit") else authors).extend(names)
    return authors, editors


def _is_signoff(line: str, vocab: Vocabulary) -> bool:
    """A lone agency name closing wire copy (``Reuter``)."""
    word = line.strip(" .-").lower()
    return len(line) < 20 and any(word == a.lower() for a in vocab.agencies)


def _split_names(value: str) -> list[str]:
    # Spaces before a bracket or a separator are matched from the start of their run only
    # ((?<!\s)\s++): tried from each space of a long run, the search was quadratic. A "("
    # never closed is kept as it is, with the rest of the value (group 1), in one step
    # rather than searched for its ")" again from every later "(".
    value = re.sub(r"(?:(?<!\s)\s++)?\([^)]*+\)|(\((?s:.*))", r"\1", value)
    parts = re.split(r"(?:(?<!\s)\s++)?(?:,|;|\band\b|&|\|)\s*+", value)
    return [p.strip(" .") for p in parts if p.strip(" .") and len(p.strip()) < 60]


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for n in names:
        seen.setdefault(n.lower(), n)
    return list(seen.values())


# --- dates and datelines ---------------------------------------------------------------

def _iso_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` from what a page or a metadata line says, or None."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b(" + _MONTH_NAMES + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", text)
    if m:
        return _valid(int(m.group(3)), _month_number(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_NAMES + r")\.?,?\s+(\d{4})\b", text)
    if m:
        return _valid(int(m.group(3)), _month_number(m.group(2)), int(m.group(1)))
    m = re.search(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b", text)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:4 if name.lower().startswith("sept") else 3]]


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


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
    # unless the place is in capitals as wire copy writes it.
    if not (date_text or agency) and not (place.split(",")[0].isupper() and len(place) >= 3
                                          and m.group("sep") != ":"):
        return None
    date = None
    if date_text:
        dm = re.match(r"(" + _MONTH_NAMES + r")\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?", date_text)
        if dm:
            month, day = _month_number(dm.group(1)), int(dm.group(2))
            if dm.group(3):
                date = _valid(int(dm.group(3)), month, day)
            elif published:
                # The latest of last year, this year and next year that is not after the
                # publication day (a day's grace for time zones): a Dec. 31 dateline in an
                # article of Jan. 1 is last year's; a Jan. 1 dateline on Dec. 31, next year's.
                pub = dt.date.fromisoformat(published[:10])
                for year in (pub.year + 1, pub.year, pub.year - 1):
                    candidate = _valid(year, month, day)
                    if candidate and dt.date.fromisoformat(candidate) <= pub + dt.timedelta(days=1):
                        date = candidate
                        break
    return Dateline(text=m.group(0).rstrip(), place=place.strip().rstrip(","), date=date, agency=agency)
