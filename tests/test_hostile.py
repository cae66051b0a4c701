"""Hostile but fair inputs: each is analysed, or refused with one clear error, in time and
memory that grow linearly with it.

The shapes are those of ``benchmarks/adversarial.py`` (which measures time and memory at
growing sizes). These tests never assert on time. Each fixed case runs at a size where
the quadratic code it replaced took many minutes, so a return of that code trips the
suite's timeout; and the stages after the parse are held to linear growth by counting
the lines of accord's own Python code they execute, a measure that does not depend on
the machine: doubling the input twice must not multiply that count by much more than four.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from accord.pipeline import STAGES, Failure, Pipeline, new_document
from accord.readers import read_paths
from accord.record import Document, RawArticle

from conftest import ACCORD, REPO


def _adversarial() -> ModuleType:
    spec = importlib.util.spec_from_file_location("adversarial", REPO / "benchmarks" / "adversarial.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHAPES = _adversarial().SHAPES


def _analyse(path: Path) -> Document | Failure:
    (result,) = list(Pipeline().run(read_paths([path])))
    return result


# Sizes at which the code these shapes broke took minutes (the tokenizer's quadratic
# stripping: 16 KB of quotation marks took 23 s, and four times that, sixteen times as
# long); the bylines and credits are what made the regular expressions backtrack.
@pytest.mark.timeout(240)
@pytest.mark.parametrize("shape, size", [
    ("quotes", 96_000), ("parens", 96_000), ("nested", 96_000), ("quote-a", 96_000),
    ("no-stops", 48_000), ("bylines", 20_000), ("credits", 200_000),
])
def test_hostile_shape_is_analysed(tmp_path, shape, size):
    suffix, build = SHAPES[shape]
    path = tmp_path / f"{shape}{suffix}"
    path.write_text(build(size), encoding="utf-8")
    doc = _analyse(path)
    assert isinstance(doc, Document), doc
    assert doc.nlp is None and doc.text  # analysed through to the record
    assert doc.to_record()["text"] == doc.text


def test_punctuation_runs_make_no_quotes_or_events(tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_text('"' * 50_000, encoding="utf-8")
    refused = _analyse(path)  # marks alone are no article: one clear error, at once
    assert isinstance(refused, Failure) and "no article text" in refused.error
    path.write_text("The ministers met on Monday.\n\n" + '"' * 50_000, encoding="utf-8")
    doc = _analyse(path)
    assert isinstance(doc, Document)
    assert doc.events == [] and [e.text for e in doc.entities] == ["ministers"]  # the lead's alone


def test_one_long_line_is_parsed_in_sentences_of_bounded_length(tmp_path):
    from accord.stages.nlp import MAX_PIECE_CHARS, parse

    text = SHAPES["one-line"][1](40_000)
    doc = Pipeline(stages=STAGES[:1]).analyze_one(RawArticle(input="x", where="x", data=text, media="text"))
    parse(doc)
    assert doc.nlp.text == doc.text
    assert max(len(s.text) for s in doc.nlp.sents) <= MAX_PIECE_CHARS
    assert sum(1 for s in doc.nlp.sents) > 40_000 / MAX_PIECE_CHARS


def test_text_beyond_what_accord_analyses_is_one_clear_error(tmp_path):
    from accord.stages.clean import MAX_TEXT_CHARS

    path = tmp_path / "huge-line.txt"
    path.write_text("word " * (MAX_TEXT_CHARS // 5 + 1000), encoding="utf-8")
    done = subprocess.run([str(ACCORD), "analyze", str(path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("accord: error:")]
    assert len(errors) == 1 and str(path) in errors[0] and f"{MAX_TEXT_CHARS:,}" in errors[0], done.stderr


# --- growth of the stages after the parse ------------------------------------------------

def _interview(paragraphs: int) -> str:
    """Paragraphs that are each a quote with its speaker (a long interview, a live blog)."""
    return SHAPES["quote-article"][1](paragraphs * 95)


def _parsed(text: str) -> Document:
    doc = new_document(RawArticle(input="x", where="x", data=text, media="text"))
    for stage in STAGES[:2]:  # clean, nlp
        stage.run(doc)
    return doc


def _lines_run(run: Callable[[Document], Document], doc: Document) -> int:
    """How many lines of accord's own code ``run(doc)`` executes."""
    count = 0
    package = str(Path(sys.modules["accord"].__file__).parent)

    def local(frame, event, arg):  # noqa: ANN001 - the trace function's signature
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):  # noqa: ANN001
        return local if frame.f_code.co_filename.startswith(package) else None

    sys.settrace(calls)
    try:
        run(doc)
    finally:
        sys.settrace(None)
    return count


@pytest.fixture(scope="module")
def interviews() -> tuple[Document, Document]:
    return _parsed(_interview(120)), _parsed(_interview(480))


@pytest.mark.parametrize("stage", [s for s in STAGES if s.name in ("times", "actors", "quotes", "events")],
                         ids=lambda s: s.name)
def test_stages_after_the_parse_grow_linearly(interviews, stage):
    small, large = interviews
    # Each stage reads what the stages before it wrote: run those first, untraced.
    before = STAGES[2:[s.name for s in STAGES].index(stage.name)]
    for doc in (small, large):
        for earlier in before:
            earlier.run(doc)
    assert len(large.text) > 3.8 * len(small.text)
    stage.run(small)  # untraced: what a stage loads once (the knowledge base, matchers) is not its growth
    ratio = _lines_run(stage.run, large) / _lines_run(stage.run, small)
    # Four times the text: about four times the work when linear (a little more for the
    # logarithmic lookups), sixteen when every quote searched every entity or sentence.
    assert ratio < 6, f"{stage.name}: {ratio:.1f} times the work for 4 times the text"
