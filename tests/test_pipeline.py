"""Tests for accord.pipeline: stage order checks, failures that stay local, and the stats."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from accord.errors import AccordError, EmptyInputError, InputError, NoArticleError, PipelineError
from accord.pipeline import STAGES, Failure, Pipeline, Stage, analyze_text, check_stages, new_document
from accord.readers import read_paths
from accord.record import Document, RawArticle
from conftest import EXAMPLES, SEED

ARTICLES = {
    "a": "Harbour council approves ferry budget\n\nThe harbour council of Port Avel approved a new ferry "
         "budget on Tuesday, officials said.",
    "b": "Island schools reopen\n\nSchools on the island of Tarn reopened on Monday after storm repairs, "
         "the education office said.",
    "c": "Farmers protest water rules\n\nHundreds of farmers marched in the town of Vell on Friday against "
         "new water rules, police said.",
}


def raw(key: str, text: str | None = None) -> RawArticle:
    return RawArticle(input=f"{key}.txt", where=f"{key}.txt", data=text or ARTICLES[key], media="text", id=key)


def stage(name: str) -> Stage:
    return next(s for s in STAGES if s.name == name)


# --------------------------------------------------------------------------- check_stages


def test_default_stages_are_in_order():
    check_stages(STAGES)
    assert [s.name for s in STAGES] == ["clean", "nlp", "times", "actors", "quotes", "events", "replies", "texts"]
    assert Pipeline().stage_names == [s.name for s in STAGES]


@pytest.mark.parametrize(("moved", "before", "missing"), [
    ("nlp", "clean", "text, paragraphs, dateline"),
    ("events", "times", "entities, times, quotes"),
    ("quotes", "nlp", "nlp, entities"),
    ("quotes", "actors", "entities"),
    ("actors", "nlp", "nlp"),
    ("times", "clean", "text, nlp, published, dateline"),
])
def test_stage_moved_before_what_it_requires(moved, before, missing):
    order = [s for s in STAGES if s.name != moved]
    order.insert([s.name for s in order].index(before), stage(moved))
    with pytest.raises(PipelineError) as info:
        check_stages(order)
    message = str(info.value)
    assert f"stage {moved!r} requires {missing}" in message
    assert "reorder" in message
    with pytest.raises(PipelineError):
        Pipeline(order)


def test_stage_requiring_what_nothing_assigns():
    extra = Stage("sentiment", lambda d: d, requires=("tone",))
    with pytest.raises(PipelineError, match="'sentiment' requires tone"):
        check_stages([*STAGES, extra])


def test_a_prefix_of_the_stages_is_fine():
    check_stages(STAGES[:2])
    check_stages([])


class _Watched(Document):
    """A document that writes down which of its fields are read."""

    def __getattribute__(self, name: str) -> object:
        if name in _FIELDS:
            object.__getattribute__(self, "__dict__").setdefault("_read", set()).add(name)
        return super().__getattribute__(name)


_FIELDS = {f.name for f in dataclasses.fields(Document)}
_INITIAL = {"raw", "id", "input"}  # what a document starts with (new_document)


def _fields(doc: Document) -> dict[str, object]:
    # the parse and the raw article by identity; everything else by value, deep
    return {name: id(value) if name in ("nlp", "raw") else copy.deepcopy(value)
            for name in _FIELDS for value in [object.__getattribute__(doc, name)]}


RECASED = "police arrested two protesters in lagos on monday after clashes with soldiers, officials said."


@pytest.mark.parametrize("inputs", [[EXAMPLES], [SEED], [RECASED]], ids=["examples", "seed", "recased"])
def test_each_stage_changes_only_what_it_assigns_and_reads_only_what_it_requires(inputs):
    if inputs == [SEED] and not SEED.is_file():
        pytest.skip(f"{SEED} is not available")
    raws = [raw("lower", text) if isinstance(text, str) else None for text in inputs]
    items = [r for r in raws if r] or [r for r in read_paths(inputs) if isinstance(r, RawArticle)]
    assert items
    for item in items:
        doc = new_document(item, explain=True)
        for step in STAGES:
            before = _fields(doc)
            doc.__class__ = _Watched
            try:
                step.run(doc)
            finally:
                read = doc.__dict__.pop("_read", set())
                doc.__class__ = Document
            changed = {name for name, value in _fields(doc).items() if before[name] != value}
            assert changed <= set(step.assigns), f"{step.name} changed {sorted(changed - set(step.assigns))}"
            undeclared = read - set(step.requires) - set(step.assigns)
            assert not undeclared, f"{step.name} read {sorted(undeclared)}"


# --------------------------------------------------------------------------- failures


def test_exception_in_a_stage_becomes_a_failure():
    times = stage("times")
    original = times.run

    def flaky(doc: Document) -> Document:
        if doc.id == "b":
            raise ZeroDivisionError("boom")
        return original(doc)

    stages = [dataclasses.replace(s, run=flaky) if s.name == "times" else s for s in STAGES]
    pipe = Pipeline(stages, batch_size=8)
    results = list(pipe.run([raw("a"), raw("b"), raw("c")]))
    assert [type(r) for r in results] == [Document, Failure, Document]
    failure = results[1]
    assert failure.where == "b.txt" and failure.input == "b.txt"
    assert failure.kind == "InternalError"
    assert "times stage" in failure.error and "ZeroDivisionError: boom" in failure.error
    assert failure.error.startswith("b.txt: ")
    assert str(failure) == failure.error
    assert [r.id for r in results if isinstance(r, Document)] == ["a", "c"]
    assert all(r.times is not None and r.nlp is None for r in results if isinstance(r, Document))
    assert (pipe.stats.articles, pipe.stats.failures) == (2, 1)


def test_failing_batch_stage_falls_back_to_one_by_one():
    nlp = stage("nlp")
    calls = {"batch": 0}

    def bad_batch(docs):
        calls["batch"] += 1
        raise RuntimeError("batch broke")

    def single(doc):
        if doc.id == "a":
            raise RuntimeError("this one is bad")
        return nlp.run(doc)

    stages = [dataclasses.replace(s, run=single, run_batch=bad_batch) if s.name == "nlp" else s for s in STAGES]
    pipe = Pipeline(stages)
    results = list(pipe.run([raw("a"), raw("b"), raw("c")]))
    assert calls["batch"] == 1
    assert isinstance(results[0], Failure) and "nlp stage" in results[0].error
    assert [r.id for r in results[1:]] == ["b", "c"]
    # The later stages (which need the parse) ran on them.
    assert all(isinstance(r, Document) and r.language == "en" for r in results[1:])
    assert pipe.stats.articles == 2 and pipe.stats.failures == 1


def test_monkeypatched_stage_on_a_pipeline(monkeypatch):
    """Patching one stage of a built pipeline: only the article it fails on is lost."""
    real = stage("actors").run

    def actors(doc):
        if "farmers" in doc.text.lower():
            raise ValueError("no farmers please")
        return real(doc)

    pipe = Pipeline()
    monkeypatch.setattr(pipe, "stages",
                        tuple(dataclasses.replace(s, run=actors) if s.name == "actors" else s for s in pipe.stages))
    results = list(pipe.run([raw("a"), raw("c"), raw("b")]))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document"]
    assert results[1].where == "c.txt"
    assert "actors stage" in results[1].error and "ValueError: no farmers please" in results[1].error
    assert (pipe.stats.articles, pipe.stats.failures) == (2, 1)


def test_input_errors_and_no_article_pass_through():
    no_article = raw("d", "fontLarger fontSmaller\nShare  Print  Email")
    items = [raw("a"), EmptyInputError("empty.txt", "is empty (0 bytes)"), no_article, raw("b")]
    pipe = Pipeline()
    results = list(pipe.run(items))
    # Reading errors come as they are met; the batch's documents and failures after.
    assert isinstance(results[0], Failure) and results[0].kind == "EmptyInputError"
    assert results[0].where == results[0].input == "empty.txt"
    assert results[0].error == "empty.txt: is empty (0 bytes)"
    by_where = {r.raw.where if isinstance(r, Document) else r.where: r for r in results[1:]}
    assert isinstance(by_where["a.txt"], Document) and isinstance(by_where["b.txt"], Document)
    assert by_where["d.txt"].kind == "NoArticleError"
    assert (pipe.stats.articles, pipe.stats.failures) == (2, 2)


def test_failure_input_for_container_records():
    items = [EmptyInputError("corpus.jsonl:3", "line 3 has empty text"),
             EmptyInputError("crawl.warc#record 2", "holds an empty HTML page")]
    results = list(Pipeline().run(items))
    assert [(r.where, r.input) for r in results] == [("corpus.jsonl:3", "corpus.jsonl"),
                                                     ("crawl.warc#record 2", "crawl.warc")]


# --------------------------------------------------------------------------- stats and batches


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_stats_and_order(batch_size):
    pipe = Pipeline(batch_size=batch_size)
    results = list(pipe.run([raw("a"), raw("b"), raw("c")]))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert pipe.stats.articles == 3 and pipe.stats.failures == 0
    assert set(pipe.stats.seconds) == set(pipe.stage_names)
    assert all(v >= 0 for v in pipe.stats.seconds.values())


def test_batching_does_not_change_records():
    one = [d.to_record() for d in Pipeline(batch_size=1).run([raw("a"), raw("b"), raw("c")])]
    many = [d.to_record() for d in Pipeline(batch_size=16).run([raw("a"), raw("b"), raw("c")])]
    assert one == many


def test_stats_accumulate_across_runs():
    pipe = Pipeline()
    list(pipe.run([raw("a")]))
    list(pipe.run([raw("b"), EmptyInputError("x.txt", "is empty (0 bytes)")]))
    assert (pipe.stats.articles, pipe.stats.failures) == (2, 1)


def test_analyze_one_and_analyze_text():
    doc = Pipeline().analyze_one(raw("a"))
    assert doc.title == "Harbour council approves ferry budget"
    with pytest.raises(AccordError, match="no article text"):
        Pipeline().analyze_one(raw("d", "Share  Print  Email"))
    doc = analyze_text(ARTICLES["b"], published="2021-05-04")
    assert doc.published == "2021-05-04" and doc.input == "<text>"
    assert any(t.value == "2021-05-03" for t in doc.times)


def test_no_article_error_is_an_input_error():
    assert issubclass(NoArticleError, InputError)
