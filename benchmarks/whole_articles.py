"""Whole articles as they arrive: accord on the project's written article set, scored with
``../shared/eval/score.py``.

    .venv/bin/python benchmarks/whole_articles.py [--batch batch5 ...] [--json] [--show]

Each batch folder under ``benchmarks/articles/`` holds articles (``.txt``, ``.html``) in
many layouts with their gold (``.gold.json``, ``../shared/eval/GOLD_FORMAT.md``), written
by writers who saw no code. The script runs ``accord analyze`` on each batch in a child
process (so that ``PYTHONPATH`` can point it at another checkout's ``src`` for a
before/after comparison), scores the records, and prints per batch: required events found,
precision (events matching gold / events predicted; gold is not exhaustive, so this is a
lower bound), time expressions, metadata, actors, quotes and forbidden events.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"
FIGURES = (("events_req", "ev.req"), ("events_all", "ev.all"), ("times_req", "time.req"),
           ("times_all", "time.all"), ("meta", "meta"), ("actors_req", "act.req"), ("quotes_req", "quo.req"))


def batches(names: list[str] | None = None) -> list[Path]:
    """The batch folders, in order (batch1, batch2, ..., batch10)."""
    found = sorted((p for p in ARTICLES.iterdir() if p.is_dir() and any(p.glob("*.gold.json"))),
                   key=lambda p: (len(p.name), p.name))
    return [p for p in found if not names or p.name in names]


def score_batch(folder: Path, python: str = sys.executable) -> dict:
    """Analyse one batch with ``accord analyze`` and score it; the scorer's JSON, with the
    records kept under ``records``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "records.jsonl"
        run = subprocess.run([python, "-m", "accord", "analyze", str(folder), "-o", str(out)],
                             capture_output=True, text=True, env=os.environ.copy())
        if run.returncode not in (0, 1) or not out.exists():
            raise SystemExit(f"accord analyze failed on {folder}:\n{run.stderr}")
        scored = subprocess.run([python, str(SCORER), "--gold", str(folder), "--pred", str(out), "--json"],
                                capture_output=True, text=True, check=True)
        result = json.loads(scored.stdout)
        result["records"] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]
        result["errors"] = [line for line in run.stderr.splitlines() if line.startswith("accord: ")]
    return result


def figures(total: dict) -> dict[str, float | int]:
    """Shares from the scorer's totals, and the precision of predicted events."""
    out: dict[str, float | int] = {}
    for key, _ in FIGURES:
        ok, n = total.get(key, (0, 0))
        out[key] = round(ok / n, 3) if n else 1.0
    out["precision"] = round(total["pred_matched"] / total["pred"], 3) if total.get("pred") else 0.0
    out["predicted"] = total.get("pred", 0)
    out["forbidden"] = total.get("forbidden", 0)
    return out


def _add(a: dict, b: dict) -> dict:
    out = dict(a)
    for key, value in b.items():
        if isinstance(value, list):
            out[key] = [x + y for x, y in zip(out.get(key, [0, 0]), value)]
        elif isinstance(value, int):
            out[key] = out.get(key, 0) + value
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", action="append", help="Only this batch folder (repeat for several).")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    parser.add_argument("--show", action="store_true", help="Print each article's misses and forbidden events.")
    args = parser.parse_args()
    if not SCORER.is_file():
        raise SystemExit(f"the scorer is not at {SCORER}")
    rows, grand = {}, {}
    for folder in batches(args.batch):
        result = score_batch(folder)
        grand = _add(grand, result["total"])
        rows[folder.name] = {**figures(result["total"]), "articles": len(result["docs"]),
                             "missing": result["missing_docs"], "errors": result["errors"]}
        if args.show:
            for doc in result["docs"]:
                print(f"{folder.name}/{doc['doc']}")
                for key in ("events_missed", "times_missed", "meta_missed", "actors_missed", "quotes_missed"):
                    if doc.get(key):
                        print(f"  {key}: {doc[key]}")
                if doc.get("events_forbidden"):
                    print(f"  forbidden: {doc['events_forbidden_examples']}")
    rows["all"] = {**figures(grand), "articles": sum(r["articles"] for r in rows.values())}
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    header = f"{'batch':8} {'arts':>4} " + " ".join(f"{label:>10}" for _, label in FIGURES)
    print(header + f" {'precision':>9} {'pred':>5} {'forb':>4}")
    for name, r in rows.items():
        print(f"{name:8} {r['articles']:4d} " + " ".join(f"{r[k]:10.3f}" for k, _ in FIGURES)
              + f" {r['precision']:9.3f} {r['predicted']:5d} {r['forbidden']:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
