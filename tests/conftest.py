"""Shared fixtures: paths, a cleaner for pasted text, and the analysed examples.

spaCy loads once per process (about a second) and parsing is the slow part of the
pipeline, so the bundled examples and the seed article are analysed once per test
session and shared; tests must not modify what these fixtures return (copy first).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from accord.pipeline import Failure, Pipeline
from accord.readers import read_paths
from accord.record import Document, RawArticle
from accord.stages.clean import clean_article

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SCHEMA = REPO / "src" / "accord" / "schema" / "document.schema.json"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SEED = EVAL / "seed" / "xinhua-2020-12-30-china-russia.txt"
SEED_GOLD = EVAL / "seed" / "xinhua-2020-12-30-china-russia.gold.json"
ACCORD = REPO / ".venv" / "bin" / "accord"


def analyse_paths(paths: list[str | Path]) -> tuple[list[Document], list[Failure]]:
    """Run the default pipeline over files; the documents and the failures, in order."""
    docs: list[Document] = []
    failures: list[Failure] = []
    for result in Pipeline().run(read_paths([str(p) for p in paths])):
        (failures if isinstance(result, Failure) else docs).append(result)
    return docs, failures


def clean_raw(data: str, *, media: str = "text", where: str = "pasted.txt", **fields: Any) -> Document:
    """Run only the clean stage over one article given as a string."""
    raw = RawArticle(input=where, where=where, data=data, media=media, **fields)  # type: ignore[arg-type]
    return clean_article(Document(id="test", input=where, raw=raw))


@pytest.fixture
def clean() -> Callable[..., Document]:
    """``clean(text, media="text", **raw_fields)``: the document after the clean stage."""
    return clean_raw


@pytest.fixture(scope="session")
def example_docs() -> list[Document]:
    """Every bundled example, analysed once (corpus.jsonl's three, page.html, pasted-wire.txt)."""
    docs, failures = analyse_paths([EXAMPLES])
    assert not failures, failures
    assert len(docs) == 5
    return docs


@pytest.fixture(scope="session")
def example_records(example_docs: list[Document]) -> list[dict[str, Any]]:
    """The examples' document records, round-tripped through JSON as ``accord analyze`` writes them."""
    return [json.loads(json.dumps(d.to_record(), ensure_ascii=False)) for d in example_docs]


@pytest.fixture
def records(example_records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A private copy of the example records, free to modify."""
    return copy.deepcopy(example_records)


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    """The seed article from ../shared/eval, analysed once (skipped when it is not there)."""
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not available")
    docs, failures = analyse_paths([SEED])
    assert not failures, failures
    return docs[0]


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} is not available")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def assert_paragraphs_consistent(doc: Document | dict[str, Any]) -> None:
    """``text[s:e]`` is each paragraph, and the paragraphs joined by blank lines are the text."""
    text = doc["text"] if isinstance(doc, dict) else doc.text
    spans = [tuple(p) for p in (doc["paragraphs"] if isinstance(doc, dict) else doc.paragraphs)]
    assert spans, "no paragraphs"
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s, e), nxt in zip(spans, spans[1:] + [None]):
        assert 0 <= s < e <= len(text)
        para = text[s:e]
        assert para == para.strip() and "\n" not in para, repr(para)
        if nxt is not None:
            assert text[e:nxt[0]] == "\n\n", repr(text[e:nxt[0]])
    assert "\n\n".join(text[s:e] for s, e in spans) == text


def assert_table_refused(path: Path, text: str, load: Callable[[Path], Any], problem: str) -> None:
    """A data table written with ``text`` is refused by ``load`` with a message matching
    ``problem`` (which names the line)."""
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load(path)
