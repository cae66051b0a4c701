"""The pipeline: the ordered list of stages every article goes through.

    read -> clean -> nlp -> times -> actors -> quotes -> events -> replies -> texts -> record

Reading happens before (``accord.readers``) and the record after
(``Document.to_record``); in between each stage takes the document and fills what it
``assigns``. :func:`check_stages` verifies, before any article runs, that every stage
finds what it ``requires`` (spaCy's ``requires``/``assigns`` habit).

:func:`analyze` runs the stages over a stream of articles in batches, so that spaCy
parses many paragraphs at once. An article that fails becomes a :class:`Failure` with
its reason; the batch goes on.
"""

from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from accord.dictionaries import Dictionary, load_dictionaries
from accord.errors import AccordError, InputError, PipelineError
from accord.readers import content_id
from accord.record import Document, RawArticle
from accord.stages.actors import resolve_actors
from accord.stages.clean import clean_article
from accord.stages.events import code_events
from accord.stages.nlp import parse, parse_many
from accord.stages.quotes import find_quotes
from accord.stages.recase import restore_texts
from accord.stages.replies import answer_replies
from accord.stages.times import add_times

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: a function from document to document."""

    name: str
    run: Callable[[Document], Document]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    run_batch: Callable[[list[Document]], list[Document]] | None = None
    """A faster way to run the stage over many documents at once, if it has one."""


STAGES: tuple[Stage, ...] = (
    Stage("clean", clean_article, requires=("raw",),
          assigns=("text", "paragraphs", "title", "url", "published", "published_from", "source", "authors",
                   "editors", "dateline", "language", "warnings")),
    Stage("nlp", parse, requires=("text", "paragraphs", "dateline"), assigns=("nlp",), run_batch=parse_many),
    # The reference date of relative times is the publication date, else the dateline's,
    # else the day the page was fetched (``raw``).
    Stage("times", add_times, requires=("id", "raw", "text", "nlp", "published", "dateline"), assigns=("times",)),
    # The actors stage reads the outlet's name (``source``): "Basra Evening Herald" places a
    # digest that names no country.
    Stage("actors", resolve_actors,
          requires=("raw", "text", "title", "source", "paragraphs", "published", "nlp", "dateline"),
          assigns=("entities", "countries")),
    Stage("quotes", find_quotes, requires=("text", "paragraphs", "nlp", "dateline", "entities"), assigns=("quotes",)),
    # The events stage also links each quote to the event it is (``quote.event``), and
    # writes its trace when the document carries one; the outlet (``source``) says whose
    # "we" a state body's release speaks in.
    Stage("events", code_events,
          requires=("raw", "text", "paragraphs", "published", "source", "dateline", "nlp", "entities", "times",
                    "quotes"),
          assigns=("events", "quotes", "trace")),
    Stage("replies", answer_replies, requires=("nlp", "entities", "events", "quotes"), assigns=("events",)),
    # A recased parse (lower-case or all-capitals text) quoted its own capitals: the
    # article's words go back into every field that quotes it.
    Stage("texts", restore_texts, requires=("text", "nlp", "entities", "times", "quotes", "events"),
          assigns=("entities", "times", "quotes", "events")),
)


def stages_with(user: Dictionary | None) -> tuple[Stage, ...]:
    """The default stages, the actor stage reading the user's dictionary too."""
    if user is None:
        return STAGES
    return tuple(replace(s, run=functools.partial(resolve_actors, user=user)) if s.name == "actors" else s
                 for s in STAGES)


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` if a stage needs what no earlier stage assigns."""
    available = {"raw", "id", "input"}
    for stage in stages:
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                f"assigns; reorder the stages or add one that assigns it"
            )
        available.update(stage.assigns)


@dataclass
class Failure:
    """An article (or input) that could not be analysed, and why."""

    where: str
    input: str
    error: str
    kind: str
    exception: Exception | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.error


@dataclass
class Stats:
    """Counts and per-stage seconds of one run, for the CLI and the benchmarks."""

    articles: int = 0
    failures: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


Result = Document | Failure


def new_document(raw: RawArticle, explain: bool = False) -> Document:
    """The empty document a raw article starts as (with an empty trace to fill if ``explain``)."""
    return Document(id=raw.id or content_id(raw.data), input=raw.input, raw=raw, trace=[] if explain else None)


class Pipeline:
    """The stages, checked once, and a runner over batches of articles."""

    def __init__(self, stages: Sequence[Stage] | None = None, batch_size: int = 16,
                 dictionaries: Sequence[str | Path] | Dictionary | None = None, explain: bool = False) -> None:
        """``dictionaries``: the user's actor dictionaries (paths, or one loaded Dictionary);
        ``explain``: each document carries the events stage's trace (``Document.trace``)."""
        user = (dictionaries if isinstance(dictionaries, Dictionary) or dictionaries is None
                else load_dictionaries(dictionaries) if dictionaries else None)
        if stages is None:
            stages = stages_with(user)
        check_stages(stages)
        self.stages = tuple(stages)
        self.batch_size = batch_size
        self.explain = explain
        self.stats = Stats()

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def analyze_one(self, raw: RawArticle) -> Document:
        """Run every stage over one article; raises on failure."""
        result = next(self.run([raw]))
        if isinstance(result, Failure):
            raise result.exception or AccordError(result.error)
        return result

    def run(self, items: Iterable[RawArticle | InputError]) -> Iterator[Result]:
        """Analyse a stream of articles, yielding a document or a failure for each."""
        batch: list[RawArticle] = []
        for item in items:
            if isinstance(item, InputError):
                self.stats.failures += 1
                yield Failure(item.where, _input_of(item.where), str(item), type(item).__name__, item)
                continue
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, raws: list[RawArticle]) -> Iterator[Result]:
        alive: list[Document] = [new_document(raw, explain=self.explain) for raw in raws]
        failed: dict[int, Failure] = {}
        for stage in self.stages:
            started = time.perf_counter()
            docs = [d for i, d in enumerate(alive) if i not in failed]
            if stage.run_batch is not None and len(docs) > 1:
                try:
                    stage.run_batch(docs)
                except Exception:  # one bad article must not sink the batch: retry singly
                    log.debug("batch run of %s failed; running articles one by one", stage.name)
                    self._run_singly(stage, alive, failed)
            else:
                self._run_singly(stage, alive, failed)
            self.stats.add_time(stage.name, time.perf_counter() - started)
        for i, doc in enumerate(alive):
            if i in failed:
                self.stats.failures += 1
                yield failed[i]
            else:
                self.stats.articles += 1
                doc.nlp = None  # the spaCy doc is heavy; the record does not need it
                yield doc

    def _run_singly(self, stage: Stage, alive: list[Document], failed: dict[int, Failure]) -> None:
        for i, doc in enumerate(alive):
            if i in failed:
                continue
            try:
                stage.run(doc)
            except InputError as exc:
                failed[i] = Failure(exc.where, doc.input, str(exc), type(exc).__name__, exc)
            except AccordError as exc:
                failed[i] = Failure(_where(doc), doc.input, f"{_where(doc)}: {exc}", type(exc).__name__, exc)
            except Exception as exc:  # noqa: BLE001 - reported, never swallowed silently
                log.exception("stage %s failed on %s", stage.name, _where(doc))
                failed[i] = Failure(_where(doc), doc.input,
                                    f"{_where(doc)}: internal error in the {stage.name} stage: "
                                    f"{type(exc).__name__}: {exc} (please report it)",
                                    "InternalError", exc)


def _input_of(where: str) -> str:
    """The path in a location: ``corpus.jsonl:12`` and ``crawl.warc#record 3`` name a file."""
    return re.sub(r"(?::\d+|#record \d+)$", "", where)


def _where(doc: Document) -> str:
    return doc.raw.where if doc.raw else doc.input


def analyze(items: Iterable[RawArticle | InputError], *, batch_size: int = 16) -> Iterator[Result]:
    """Analyse articles with the default pipeline."""
    return Pipeline(batch_size=batch_size).run(items)


def analyze_text(text: str, *, published: str | None = None, input: str = "<text>",
                 media: str = "text", explain: bool = False) -> Document:
    """Analyse one article given as a string (a notebook's entry point); with ``explain``
    the document carries the events stage's trace."""
    raw = RawArticle(input=input, where=input, data=text, media=media,  # type: ignore[arg-type]
                     published=published)
    return Pipeline(explain=explain).analyze_one(raw)
