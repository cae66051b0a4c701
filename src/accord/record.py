"""The document model: what one article becomes as it flows through the pipeline.

A reader yields :class:`RawArticle` objects (bytes or text plus what the container
says about them). The pipeline turns each into a :class:`Document`, which every stage
fills in place. :meth:`Document.to_record` gives the *document record*, the one JSON
contract that the store, the exports and the scorer read; its JSON Schema lives in
``src/accord/schema/document.schema.json``.

Offsets (``start``/``end``) are Python string indices into ``Document.text`` (the clean
body), end-exclusive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]


@dataclass
class RawArticle:
    """One article as a reader found it, before any cleaning."""

    input: str
    """The path the article was read from (``-`` for standard input)."""
    where: str
    """Where exactly: the path, ``path:LINE`` for JSON Lines, ``path#record N`` for WARC."""
    data: str
    """The article's text or HTML, decoded."""
    media: Literal["text", "html"]
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    """Where ``published`` came from when it is given: ``record`` (a feed's field) or
    ``option`` (the command line)."""
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    fetched: str | None = None
    """When the container says the page was fetched (a WARC date), ISO format."""


@dataclass
class Actor:
    """A canonical actor from the knowledge base, or one built from the text."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str | None = None
    organisation: str | None = None
    """The international organisation a person acts for (``IGO:UN`` for its Secretary-General)."""


# Entity rules whose country is the story's, not the text's own word for it (the actors stage).
CONTEXT_RULES = frozenset({"group-context", "person-context", "group"})
# And an organisation of no country named, given the story's.
STORY_COUNTRY_RULES = CONTEXT_RULES | {"organisation-generic-context"}


@dataclass
class Entity:
    """A mention in the text, with the actor it resolves to (if any).

    ``rule`` names the rule that resolved it, as the record says it; the properties below
    say what the stages ask of it, so that no stage parses the rule's name.
    """

    text: str
    start: int
    end: int
    kind: str
    actor: Actor | None = None
    rule: str | None = None

    @property
    def by_adjective(self) -> bool:
        """Named by an adjective or demonym of a country or group: "Russian", "Britons"."""
        return (self.rule or "").endswith("adjective")

    @property
    def country_by_modifier(self) -> bool:
        """A group whose country a modifier gives: "Chinese nationals", "Uzbek citizens"."""
        return self.rule == "group-modifier"

    @property
    def names_a_people(self) -> bool:
        """Names a country's people, not its state: "Palestinians", "Iraqi residents"."""
        return self.rule == "kb-country-adjective" or "demonym" in (self.rule or "")

    @property
    def names_a_city(self) -> bool:
        """Names a city, a capital included ("Brussels", "Mosul"), not a country as such."""
        return self.rule == "kb-country-capital" or (self.actor is not None and self.actor.kind == "PLACE")

    @property
    def country_from_context(self) -> bool:
        """Its country is a guess from the story's context, not the text's word for it."""
        return self.rule in CONTEXT_RULES

    @property
    def country_from_story(self) -> bool:
        """Its country is the story's: a guess from context, or an organisation of no country named."""
        return self.rule in STORY_COUNTRY_RULES

    @property
    def named_person(self) -> bool:
        """Found as a person's name (by spaCy's name finder or accord's person rules)."""
        return bool(self.rule) and self.rule.startswith(("spacy", "person"))


@dataclass
class TimeRef:
    """A time expression, normalised against the article's reference date."""

    text: str
    start: int
    end: int
    value: str
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    precision: Precision


@dataclass
class Participant:
    """One side's member in an event or the speaker of a quote."""

    text: str
    start: int
    end: int
    actor: Actor | None = None


QuoteKind = Literal["direct", "mixed", "indirect"]
QUOTE_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")


@dataclass
class Quote:
    """An attribution: what someone said, believed, found or planned, in their own words
    (``direct``: all of it inside quotation marks), reported with some of their words
    quoted (``mixed``: ``She said the plan was "dead on arrival"``), or reported
    (``indirect``)."""

    text: str
    """The content; the pieces of a quote split by its cue (``"A," she said, "B."``)
    joined by a space."""
    start: int
    """Where the first piece starts."""
    end: int
    """Where the last piece ends."""
    direct: bool
    """For readers of the first records: true only for a ``direct`` quote."""
    speaker: Participant | None = None
    cue: str | None = None
    addressee: Participant | None = None
    """To whom it was said, where the text says ("told Xinhua", "told reporters")."""
    event: int | None = None
    """The index in ``Document.events`` of the event this statement is (an accusation,
    a threat, a request, a pledge ...), if it is one."""
    kind: QuoteKind | None = None
    """``direct``, ``mixed`` or ``indirect``; when not given, ``direct`` or ``indirect``
    as ``direct`` says."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """``(start, end)`` of each piece of the content, in order; one piece unless the
    quote is split."""

    def __post_init__(self) -> None:
        if self.kind is None:
            self.kind = "direct" if self.direct else "indirect"
        self.direct = self.kind == "direct"
        if not self.spans:
            self.spans = [(self.start, self.end)]

    def add_piece(self, text: str, start: int, end: int) -> None:
        """Add the next piece of a split quote (``text`` is the document's text)."""
        self.spans.append((start, end))
        self.end = end
        self.text = " ".join(text[s:e] for s, e in self.spans)


@dataclass
class Mention:
    """One place an article reports an event: the headline, the lead and the body may each."""

    sentence: str
    start: int
    end: int
    trigger: str | None = None


def side_members(side: Any) -> list[Any]:
    """The members of an event's side, as a list, whatever its recorded shape: one
    participant, several, or none (also for a side read back from a record's JSON)."""
    if not side:
        return []
    return side if isinstance(side, list) else [side]


@dataclass
class Event:
    """One coded political event with its evidence."""

    type: str
    source: Participant | list[Participant] | None
    target: Participant | list[Participant] | None
    sentence: str
    start: int
    end: int
    mode: str | None = None
    date: str | None = None
    date_precision: Precision | None = None
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    cameo: str | None = None
    intensity: float | None = None
    confidence: float | None = None
    rule: str | None = None
    trigger: str | None = None
    location: str | None = None
    """Where the event took place, as the text names it ("Cairo"), when it says."""
    location_country: str | None = None
    """The country of ``location`` (ISO alpha-3), when known."""
    auxiliary: list[str] = field(default_factory=list)
    """PLOVER's auxiliary modes: ``future`` (an act announced as decided, still to come),
    ``hypothetical``, ``historical``, ``negation``. The booleans above say the last three
    again, for readers of older records."""
    mentions: list[Mention] = field(default_factory=list)
    """Every sentence of the article that reports this happening, this one first; one event
    stands for them all, so that counts count happenings."""


@dataclass
class TraceStep:
    """What the events stage did with one candidate event, for ``accord analyze --explain``.

    ``outcome`` is ``coded`` (``by`` is the event's rule: the pattern and the recodings that
    made it), ``dropped`` (``by`` names the veto or rule that dropped it) or ``merged``
    (told again of a happening already coded: ``by`` is ``same-happening``).
    """

    outcome: Literal["coded", "dropped", "merged"]
    by: str
    trigger: str | None
    sentence: str
    start: int
    pattern: str | None = None
    type: str | None = None


@dataclass
class Dateline:
    """The dateline that opens a wire story: ``MOSCOW, Dec. 28 (Xinhua) --``."""

    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None


@dataclass
class Document:
    """One article on its way through the pipeline; stages fill it in place."""

    id: str
    input: str
    raw: RawArticle | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    """Which of the article's dates ``published`` is: ``option``, ``record``, ``html``,
    ``header``, ``dateline``, ``url`` or ``filename`` (see the clean stage)."""
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    language: str | None = None
    text: str = ""
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    """``(start, end)`` of each paragraph of ``text``."""
    entities: list[Entity] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    """The countries the article is about, most salient first (see the actors stage)."""
    times: list[TimeRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    nlp: Any = None
    """The spaCy ``Doc`` over ``text`` (set by the nlp stage; never serialised)."""
    trace: list[TraceStep] | None = None
    """The events stage's account of each candidate event when asked for (``explain``);
    None, and absent from the record, otherwise."""

    @property
    def reference_date(self) -> dt.date | None:
        """The date relative expressions are resolved against.

        The publication date, else the dateline's, else the day the page was fetched.
        """
        for value in (self.published, self.dateline.date if self.dateline else None,
                      self.raw.fetched if self.raw else None):
            if value:
                try:
                    return dt.date.fromisoformat(value[:10])
                except ValueError:
                    continue
        return None

    @property
    def dateline_span(self) -> tuple[int, int] | None:
        """Where the dateline stands in ``text``: opening one of the first paragraphs
        (after a standfirst, in some layouts), else None (a dateline read from a header
        line that the body does not hold)."""
        if not self.dateline or not self.dateline.text:
            return None
        for start, _ in self.paragraphs[:3] or [(0, 0)]:
            if self.text.startswith(self.dateline.text, start):
                return start, start + len(self.dateline.text)
        return None

    def to_record(self) -> dict[str, Any]:
        """The document record: plain JSON-ready data in the schema's field order."""
        return {
            "id": self.id,
            "input": self.input,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "source": self.source,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "dateline": asdict(self.dateline) if self.dateline else None,
            "language": self.language,
            "text": self.text,
            "paragraphs": [list(p) for p in self.paragraphs],
            "entities": [asdict(e) for e in self.entities],
            "countries": list(self.countries),
            "times": [asdict(t) for t in self.times],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
            "warnings": list(self.warnings),
            **({"trace": [asdict(t) for t in self.trace]} if self.trace is not None else {}),
        }
