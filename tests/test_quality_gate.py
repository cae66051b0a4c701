"""The quality gate: accord's figures on the evaluation data stay at or above their floors.

Floors live in ``benchmarks/floors.json`` and only rise. Each figure comes from the
benchmark script that reports it, run as ``accord`` users run it (a child process, the
default pipeline), so the gate measures what the benchmarks publish.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
FLOORS = json.loads((REPO / "benchmarks" / "floors.json").read_text(encoding="utf-8"))

pytestmark = [
    pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason=f"the evaluation data is not at {EVAL}"),
    pytest.mark.timeout(600),
]


def _json(*args: str) -> dict:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_seed_article(tmp_path):
    out = tmp_path / "seed.jsonl"
    subprocess.run([sys.executable, "-m", "accord", "analyze", str(EVAL / "seed"), "-o", str(out)],
                   check=True, capture_output=True, cwd=REPO, timeout=600)
    total = _json(str(EVAL / "score.py"), "--gold", str(EVAL / "seed"), "--pred", str(out), "--json")["total"]
    floor = FLOORS["seed"]
    ok, n = total["events_req"]
    assert ok / n >= floor["required_events"], total
    assert total["forbidden"] <= floor["forbidden_max"], total
    assert total["meta"][0] / total["meta"][1] >= floor["meta"], total
    assert total["times_req"][0] / total["times_req"][1] >= floor["times_required"], total


def test_plover_gold_records():
    figures = _json("benchmarks/plover_events.py", "--json")
    for name, floor in FLOORS["plover_events"].items():
        assert figures[name] >= floor, (name, figures)


def test_petrarch_gsr_compatible_subset():
    figures = _json("benchmarks/petrarch_gsr.py", "--compatible", "--json")
    assert figures["f1"] >= FLOORS["petrarch_gsr_compatible"]["f1"], figures


def test_whole_articles():
    floor = FLOORS["whole_articles"]
    args = ["benchmarks/whole_articles.py", "--json"]
    for batch in floor["batches"]:
        args += ["--batch", batch]
    figures = _json(*args)["all"]
    for name in ("events_req", "precision", "times_req", "meta"):
        assert figures[name] >= floor[name], (name, figures)
