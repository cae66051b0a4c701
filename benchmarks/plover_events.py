"""PLOVER event typing on the 322 PLOVER gold-standard records.

Each gold sentence is analysed as a one-sentence article. Printed:

- type recall: share of sentences where accord codes an event of the gold type;
- type precision: share of accord's events whose type is their sentence's gold type;
- source-country accuracy: share of gold sources with a country whose country is a
  source of an accord event of the gold type;
- a confusion table (gold type -> types accord coded).

A meeting, call or talks (a CONSULT event other than a visit) has no direction: PLOVER
marks both parties as source and target, so for those events a gold source counts as
found on either side.

Gold labels are PLOVER 0.5b1; they are mapped to current PLOVER names as the data's
README says (DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT).
Negated and hypothetical events are left out, as the project's scorer does.

    python benchmarks/plover_events.py [--show-errors K] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from _sentences import analyse_sentences, read_jsonl

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD = EVAL / "plover_gsr" / "plover_gsr_cameo.jsonl"
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def gold_country(code: str | None) -> str | None:
    from accord.codes import cameo_to_iso

    if not code or len(code) != 3:
        return None
    return cameo_to_iso(code)


def side_countries(side) -> set[str]:
    members = side if isinstance(side, list) else [side] if side else []
    return {m.actor.country for m in members if m.actor and m.actor.country}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    records = read_jsonl(GOLD)
    started = time.perf_counter()
    docs = analyse_sentences(records)
    seconds = time.perf_counter() - started

    recall_hits = events_total = events_right = 0
    src_total = src_hits = 0
    confusion: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses = []
    for r, doc in zip(records, docs):
        gold = RENAMED.get(r["event"], r["event"])
        events = [e for e in (doc.events if doc else []) if not e.negated and not e.hypothetical]
        types = [e.type for e in events]
        confusion[gold].update(types or ["(none)"])
        recall_hits += gold in types
        events_total += len(events)
        events_right += sum(t == gold for t in types)
        for actor in r["source"]:
            country = gold_country(actor.get("code"))
            if country is None:
                continue
            src_total += 1
            ok = any(country in side_countries(e.source)
                     or (e.type == "CONSULT" and e.mode != "visit" and country in side_countries(e.target))
                     for e in events if e.type == gold)
            src_hits += ok
        if gold not in types:
            misses.append((gold, types, r["text"]))
    recall = recall_hits / len(records)
    precision = events_right / events_total if events_total else 0.0
    source_acc = src_hits / src_total if src_total else 0.0
    result = {"sentences": len(records), "events": events_total, "type_recall": round(recall, 3),
              "type_precision": round(precision, 3), "source_country_accuracy": round(source_acc, 3),
              "gold_sources_with_country": src_total, "seconds": round(seconds, 1)}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"PLOVER gold records: {len(records)} sentences, accord coded {events_total} events "
          f"in {seconds:.1f} s")
    print(f"type recall     {recall:.3f}  ({recall_hits}/{len(records)} sentences with an event of the gold type)")
    print(f"type precision  {precision:.3f}  ({events_right}/{events_total} events of their sentence's gold type)")
    print(f"source country  {source_acc:.3f}  ({src_hits}/{src_total} gold sources found as a source of the gold type)")
    print("\nconfusion (gold type: coded types)")
    for gold in sorted(confusion):
        row = ", ".join(f"{t} {n}" for t, n in confusion[gold].most_common())
        print(f"  {gold:10} {row}")
    for gold, types, text in misses[: args.show_errors]:
        print(f"\nMISS {gold} got {types or 'nothing'}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
