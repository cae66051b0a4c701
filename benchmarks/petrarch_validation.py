"""The PETRARCH-2 unit-test sentences, coded with their own PETR.Validate dictionaries.

284 sentences (``../shared/eval/petrarch_validation.jsonl``) about fictional countries
(Arnor, Gondor, the Shire ...) whose actors only the PETR.Validate actor and agent
dictionaries know. They are loaded as user dictionaries, exactly as a user would with
``accord analyze -d ...``. Printed: the share of expected events accord codes, as
(source country, target country, CAMEO root) and, more leniently, as (source country,
CAMEO root); and the share of must-code-nothing sentences left without events.

    python benchmarks/petrarch_validation.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _sentences import analyse_sentences, read_jsonl

from accord.dictionaries import load_dictionaries

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD = EVAL / "petrarch_validation.jsonl"
DICTIONARIES = [EVAL / "petrarch" / "original" / "PETR.Validate.actors.txt",
                EVAL / "petrarch" / "original" / "PETR.Validate.agents.txt"]


def code3(code: str | None) -> str | None:
    code = (code or "").strip('"')[:3]
    return None if not code or code in ("---", "###", "+++") else code


def sides(side) -> set[str | None]:
    members = side if isinstance(side, list) else [side] if side else []
    out = set()
    for m in members:
        a = m.actor
        out.add((a.country or (a.id[4:7] if a.id.startswith("IGO:") else None)) if a else None)
    return out or {None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    user = load_dictionaries(DICTIONARIES, strict=False)
    records = read_jsonl(GOLD)
    docs = analyse_sentences(records, dictionaries=user)
    expected = strict = lenient = 0
    quiet_total = quiet_ok = 0
    for r, doc in zip(records, docs):
        events = [e for e in (doc.events if doc else []) if not e.negated and not e.hypothetical]
        triples = {(s, t, (e.cameo or "")[:2]) for e in events for s in sides(e.source) for t in sides(e.target)}
        if r["expect_no_events"]:
            quiet_total += 1
            quiet_ok += not events
            continue
        for g in r["events"]:
            expected += 1
            want = (code3(g["source"]), code3(g["target"]), g["code"][:2])
            strict += want in triples
            lenient += any(s == want[0] and root == want[2] for s, _, root in triples)
    result = {"sentences": len(records), "expected_events": expected,
              "coded_strict": round(strict / expected, 3), "coded_lenient": round(lenient / expected, 3),
              "no_event_sentences": quiet_total, "no_event_kept_quiet": quiet_ok,
              "dictionary_actors": len(user.actors), "dictionary_agents": len(user.agents)}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"PETRARCH-2 unit tests: {len(records)} sentences, {expected} expected events; PETR.Validate "
          f"dictionaries: {len(user.actors)} actor terms, {len(user.agents)} agent words")
    print(f"expected events coded (source, target, CAMEO root): {strict}/{expected} = {strict / expected:.3f}")
    print(f"expected events coded (source, CAMEO root):         {lenient}/{expected} = {lenient / expected:.3f}")
    print(f"must-code-nothing sentences left without events:    {quiet_ok}/{quiet_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
