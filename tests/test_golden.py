"""Golden file: the record ``accord analyze examples/pasted-wire.txt`` writes.

Records are deterministic, so the whole record is compared, aspect by aspect so that a
failure says what changed (metadata, text, entities, times, quotes, events) before the
full comparison catches anything else (offsets, CAMEO codes, flags...).

When a change to the pipeline is meant to change the output, rewrite the golden file and
review its diff::

    ACCORD_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from accord.cli import main
from conftest import REPO

GOLDEN_DIR = Path(__file__).parent / "golden"
CASES = {"pasted-wire": "examples/pasted-wire.txt"}
UPDATE = os.environ.get("ACCORD_UPDATE_GOLDEN") == "1"


def analyze(relative_path: str) -> dict[str, Any]:
    """The record the CLI writes, run from the repository root as the docs show it."""
    with contextlib.chdir(REPO):
        result = CliRunner().invoke(main, ["analyze", relative_path], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    [line] = result.stdout.splitlines()
    return json.loads(line)


def golden_path(name: str) -> Path:
    return GOLDEN_DIR / f"{name}.json"


@pytest.fixture(scope="module", params=sorted(CASES))
def pair(request) -> tuple[dict[str, Any], dict[str, Any]]:
    """(golden, fresh) records for one case; writes the golden file when updating."""
    name = request.param
    fresh = analyze(CASES[name])
    path = golden_path(name)
    if UPDATE:
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_text(json.dumps(fresh, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with ACCORD_UPDATE_GOLDEN=1")
    return json.loads(path.read_text(encoding="utf-8")), fresh


# --- what each aspect compares, in a form whose diff reads well ----------------------------

METADATA = ("id", "input", "url", "title", "published", "source", "authors", "editors", "dateline",
            "language", "warnings")


def _actor_id(item: dict[str, Any] | None) -> str | None:
    return (item.get("actor") or {}).get("id") if item else None


def _side(side: Any) -> list[tuple[str, str | None]] | None:
    if side is None:
        return None
    members = side if isinstance(side, list) else [side]
    return [(m["text"], _actor_id(m)) for m in members]


ASPECTS = {
    "metadata": lambda r: {k: r.get(k) for k in METADATA},
    "text": lambda r: r["text"].split("\n\n"),
    "paragraphs": lambda r: r["paragraphs"],
    "entities": lambda r: [(e["text"], _actor_id(e)) for e in r["entities"]],
    "times": lambda r: [(t["text"], t["value"], t["precision"]) for t in r["times"]],
    "quotes": lambda r: [(q["text"], q["speaker"]["text"] if q["speaker"] else None) for q in r["quotes"]],
    "events": lambda r: [(e["type"], _side(e["source"]), _side(e["target"]), e["date"]) for e in r["events"]],
}


@pytest.mark.parametrize("aspect", list(ASPECTS))
def test_golden_aspect(pair, aspect):
    golden, fresh = pair
    view = ASPECTS[aspect]
    assert view(fresh) == view(golden), (
        f"the {aspect} of the record changed; if that is intended, rewrite the golden file with "
        f"ACCORD_UPDATE_GOLDEN=1 (see {Path(__file__).name})")


def test_golden_whole_record(pair):
    golden, fresh = pair
    changed = [k for k in sorted(set(golden) | set(fresh)) if golden.get(k) != fresh.get(k)]
    assert not changed, (f"fields changed: {', '.join(changed)}; if intended, rewrite the golden file "
                         f"with ACCORD_UPDATE_GOLDEN=1")
    assert fresh == golden


def test_golden_files_are_all_used():
    names = {p.stem for p in GOLDEN_DIR.glob("*.json")}
    assert names <= set(CASES), f"stale golden files: {sorted(names - set(CASES))}"
