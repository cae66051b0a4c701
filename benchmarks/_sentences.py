"""Shared by the sentence-level benchmarks: gold sentences analysed as one-sentence articles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from accord.pipeline import Failure, Pipeline
from accord.record import Document, RawArticle


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def analyse_sentences(records: Sequence[dict[str, Any]], *, dictionaries: Any = None,
                      date_key: str = "date") -> list[Document | None]:
    """Each record's ``text``, dated by ``record[date_key]``, through the default pipeline.

    Results come back in record order (``None`` for a failure); records are told apart by
    their position, since some gold files repeat an id. The title is set empty so that a
    one-line text is read as the article itself.
    """
    raws = [RawArticle(input=str(r.get("id", i)), where=f"record {i + 1}", data=r["text"], media="text",
                       id=str(i), published=r.get(date_key), title="") for i, r in enumerate(records)]
    docs = {d.id: d for d in Pipeline(batch_size=64, dictionaries=dictionaries).run(raws)
            if not isinstance(d, Failure)}
    return [docs.get(str(i)) for i in range(len(records))]
