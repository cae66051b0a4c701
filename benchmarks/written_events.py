"""Event typing on sentences written for the project (``benchmarks/written_events/``).

Invented news sentences in batches (``batch1.jsonl`` ...), written for accord by writers
who saw neither its code nor the evaluation data: most report one actual event with its
PLOVER type and the ISO codes of its source and target (the writer's own reading), and
16 in most batches report no actual event of a named type (figures of speech, negations,
conditions, plans, disasters, business). Each batch was scored once on first sight before
anything was changed for it (those figures are in EVENTS.md); since then the batches are
development data, and this script reports where accord stands on them now.

Printed per batch and pooled, as ``plover_events.py`` scores the PLOVER gold:

- type recall: share of event sentences where accord codes an event of the written type;
- source country: share where the written source is among the sources of such an event (a
  meeting, call or talks counts on either side);
- precision: share of accord's events in event sentences that have the written type;
- left empty: share of no-event sentences without an actual event of the forbidden type.

    python benchmarks/written_events.py [--show-errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _sentences import analyse_sentences, read_jsonl

DATA = Path(__file__).resolve().parent / "written_events"
DATE = "2024-03-14"  # the sentences name no date of their own that matters to the figures


def codes(side) -> set[str]:
    """Country codes of a side, and ``IGO`` for an international organisation."""
    members = side if isinstance(side, list) else [side] if side else []
    out: set[str] = set()
    for m in members:
        if m.actor is None:
            continue
        if m.actor.country:
            out.add(m.actor.country)
        if m.actor.id.startswith("IGO:") or (m.actor.organisation or "").startswith("IGO:"):
            out.add("IGO")
    return out


def score(records: list[dict], docs: list) -> tuple[dict[str, int], list[str]]:
    counts = dict(events=0, typed=0, sourced=0, coded=0, right=0, empty_cases=0, empty=0)
    errors = []
    for r, doc in zip(records, docs):
        events = [e for e in (doc.events if doc else []) if not e.negated and not e.hypothetical]
        if r["type"] == "NONE":
            counts["empty_cases"] += 1
            wrong = [e for e in events if e.type == r["forbidden"]]
            counts["empty"] += not wrong
            if wrong:
                errors.append(f"CODED {r['forbidden']}: {r['text']}")
            continue
        counts["events"] += 1
        counts["coded"] += len(events)
        counts["right"] += sum(e.type == r["type"] for e in events)
        of_type = [e for e in events if e.type == r["type"]]
        sourced = any(r["source"] in codes(e.source)
                      or (e.type == "CONSULT" and e.mode != "visit" and r["source"] in codes(e.target))
                      for e in of_type)
        counts["typed"] += bool(of_type)
        counts["sourced"] += sourced
        if not of_type:
            errors.append(f"TYPE {r['type']} got {[e.type for e in events] or 'nothing'}: {r['text']}")
        elif not sourced:
            errors.append(f"SOURCE {r['type']} {r['source']} got "
                          f"{[sorted(codes(e.source)) for e in of_type]}: {r['text']}")
    return counts, errors


def figures(c: dict[str, int]) -> dict[str, float | None]:
    def share(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None
    return {"sentences": c["events"], "type_recall": share(c["typed"], c["events"]),
            "source_country": share(c["sourced"], c["events"]), "precision": share(c["right"], c["coded"]),
            "no_event_sentences": c["empty_cases"], "left_empty": share(c["empty"], c["empty_cases"])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    batches = sorted(DATA.glob("batch*.jsonl"), key=lambda p: int(p.stem.removeprefix("batch")))
    pooled = dict(events=0, typed=0, sourced=0, coded=0, right=0, empty_cases=0, empty=0)
    results, all_errors = {}, []
    for path in batches:
        records = [dict(r, date=DATE) for r in read_jsonl(path)]
        counts, errors = score(records, analyse_sentences(records))
        results[path.stem] = figures(counts)
        all_errors += [f"{path.stem}: {e}" for e in errors]
        for k, v in counts.items():
            pooled[k] += v
    results["all"] = figures(pooled)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'batch':8} {'sentences':>9} {'type recall':>11} {'source':>7} {'precision':>9} {'left empty':>10}")
    for name, f in results.items():
        empty = f"{f['left_empty']:.3f}" if f["left_empty"] is not None else "-"
        print(f"{name:8} {f['sentences']:>9} {f['type_recall']:>11.3f} {f['source_country']:>7.3f} "
              f"{f['precision']:>9.3f} {empty:>10}")
    if args.show_errors:
        print("\n".join(["", *all_errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
