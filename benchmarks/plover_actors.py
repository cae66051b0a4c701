"""Actor countries on the 322 PLOVER gold-standard records: does accord resolve them?

Each record's ``text`` (one sentence) is analysed as one document, ``published``
2000-01-01 (the records' own placeholder date). The corpus is written as JSON Lines and
read back with ``accord.readers.read_paths``, keyed by line (the gold id
``PLOVER-GSR01-COERCE-0004`` names two records); each record gets its id as ``title`` so
that the cleaner never takes a gold sentence for a headline (two of them, wrapped in
``{...}``, would otherwise look like one).

Scored: every gold source and target actor whose ``code`` names a country. CAMEO codes
are mapped to accord's codes with :func:`accord.codes.cameo_to_iso` (``JAP`` -> JPN,
``ITL`` -> ITA, ``VTN`` -> VNM); ``IGO``, ``NGO``, ``IMG``, ``ISM`` and the like have no
country and are left out.

* strict (the issue's figure, target >= 0.90): an entity whose span overlaps the gold
  actor's ``span`` has ``actor.country`` equal to the gold country. Gold actors without
  a span (their text is not verbatim in the sentence: 21 of all 650 actors) are judged
  by the lenient rule and counted apart; the share over actors with a span is printed too;
* lenient: the gold country is among the countries of any entity in the sentence.

Misses are classed by what overlaps the gold span: no entity at all, entities without a
country, or entities with another country.

    python benchmarks/plover_actors.py [--json] [--show-errors K]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from accord.codes import cameo_to_iso
from accord.pipeline import Failure, Pipeline
from accord.readers import read_paths

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD = EVAL / "plover_gsr" / "plover_gsr_cameo.jsonl"
PUBLISHED = "2000-01-01"
TARGET = 0.90


def offset_map(original: str, cleaned: str) -> list[int | None]:
    """For each character of ``original``, its index in ``cleaned`` (None if dropped)."""
    if original == cleaned:
        return list(range(len(original)))
    mapping: list[int | None] = [None] * len(original)
    matcher = difflib.SequenceMatcher(None, original, cleaned, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    return mapping


def mapped_span(span: list[int], mapping: list[int | None]) -> tuple[int, int] | None:
    inside = [m for m in mapping[span[0]:span[1]] if m is not None]
    return (min(inside), max(inside) + 1) if inside else None


def gold_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    actors = []
    for role in ("source", "target"):
        for actor in record.get(role) or []:
            code = actor.get("code") or ""
            country = cameo_to_iso(code) if len(code) >= 3 else None
            if country:
                actors.append({"role": role, "text": actor.get("actorText"), "code": code,
                               "country": country, "span": actor.get("span")})
    return actors


def evaluate(records: list[dict[str, Any]], results: dict[str, Any]) -> dict[str, Any]:
    n = hits = lenient_hits = spanned = spanned_hits = unspanned = unspanned_hits = 0
    skipped = collections.Counter()
    classes = collections.Counter()
    missed_countries = collections.Counter()
    misses, failures = [], []
    for r in records:
        for role in ("source", "target"):
            for actor in r.get(role) or []:
                code = actor.get("code") or ""
                if not cameo_to_iso(code):
                    skipped[code or "(none)"] += 1
        doc = results.get(r["key"])
        actors = gold_actors(r)
        if doc is None or isinstance(doc, Failure):
            failures.append({"id": r["key"], "error": str(doc) if doc else "no result"})
            n += len(actors)
            missed_countries.update(a["country"] for a in actors)
            classes["document failed"] += len(actors)
            continue
        mapping = offset_map(r["text"], doc.text)
        entities = list(doc.entities)
        sentence_countries = {e.actor.country for e in entities if e.actor and e.actor.country}
        for a in actors:
            n += 1
            lenient_ok = a["country"] in sentence_countries
            lenient_hits += lenient_ok
            span = mapped_span(a["span"], mapping) if a["span"] else None
            if span is None:
                unspanned += 1
                unspanned_hits += lenient_ok
                ok = lenient_ok
                overlapping: list[Any] = []
                why = "no span; country not in the sentence"
            else:
                spanned += 1
                overlapping = [e for e in entities if e.start < span[1] and span[0] < e.end]
                ok = any(e.actor and e.actor.country == a["country"] for e in overlapping)
                spanned_hits += ok
                countries = {e.actor.country for e in overlapping if e.actor and e.actor.country}
                if not overlapping:
                    why = "no entity on the span"
                elif not countries:
                    why = "entity on the span has no country"
                else:
                    why = "entity on the span has another country"
            hits += ok
            if not ok:
                classes[why] += 1
                missed_countries[a["country"]] += 1
                misses.append({
                    "id": r["key"], "role": a["role"], "actor": a["text"], "code": a["code"],
                    "country": a["country"], "why": why, "lenient": lenient_ok,
                    "on_span": [{"text": e.text, "kind": e.kind, "rule": e.rule,
                                 "country": e.actor.country if e.actor else None}
                                for e in overlapping],
                    "sentence_countries": sorted(sentence_countries), "text": r["text"],
                })
    return {
        "actors_with_country": n,
        "strict": round(hits / n, 4) if n else 0.0, "strict_hits": hits,
        "strict_spanned": round(spanned_hits / spanned, 4) if spanned else 0.0,
        "spanned": spanned, "spanned_hits": spanned_hits,
        "unspanned": unspanned, "unspanned_hits": unspanned_hits,
        "lenient": round(lenient_hits / n, 4) if n else 0.0, "lenient_hits": lenient_hits,
        "skipped_codes": dict(skipped.most_common()),
        "miss_classes": dict(classes.most_common()),
        "missed_countries": dict(missed_countries.most_common()),
        "failures": failures, "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    ap.add_argument("--show-errors", type=int, default=0, metavar="K",
                    help="print the first K missed actors with their sentences")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)

    records = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    for number, r in enumerate(records, start=1):
        r["key"] = f"{r['id']}#{number}"  # one id (COERCE-0004) is used by two records
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "plover.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["key"], "title": r["id"], "text": r["text"],
                                    "published": PUBLISHED}, ensure_ascii=False) + "\n")
        pipeline = Pipeline(batch_size=args.batch_size)
        started = time.perf_counter()
        results = {(d.id if not isinstance(d, Failure) else d.where): d
                   for d in pipeline.run(read_paths([corpus]))}
        wall = time.perf_counter() - started
    # A failure is keyed by where it happened (path:LINE); give it back its record key.
    for line, r in enumerate(records, start=1):
        for key in list(results):
            if isinstance(results[key], Failure) and key.endswith(f":{line}"):
                results[r["key"]] = results.pop(key)
    f = evaluate(records, results)
    f["run"] = {"records": len(records), "analysed": pipeline.stats.articles,
                "failed": pipeline.stats.failures, "wall_seconds": round(wall, 2),
                "stage_seconds": {k: round(v, 3) for k, v in pipeline.stats.seconds.items()}}
    if args.json:
        f["misses"] = f["misses"][:args.show_errors] if args.show_errors else []
        json.dump(f, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    print(f"PLOVER GSR actors: {len(records)} records, {f['run']['analysed']} analysed, "
          f"{f['run']['failed']} failed, {f['run']['wall_seconds']:.1f} s")
    print(f"Gold source/target actors with a country code: {f['actors_with_country']} "
          f"(left out, no country: {', '.join(f'{c} {k}' for c, k in f['skipped_codes'].items())})")
    print(f"RESOLVED strict  {f['strict']:.3f} ({f['strict_hits']}/{f['actors_with_country']}; "
          f"the {f['unspanned']} actors without a span judged on the sentence: "
          f"{f['unspanned_hits']} found)  target >= {TARGET:.2f}")
    print(f"RESOLVED strict, actors with a span only  {f['strict_spanned']:.3f} "
          f"({f['spanned_hits']}/{f['spanned']})")
    print(f"RESOLVED lenient (country anywhere in the sentence)  {f['lenient']:.3f} "
          f"({f['lenient_hits']}/{f['actors_with_country']})")
    print("Misses by class: " + ", ".join(f"{c} {k}" for c, k in f["miss_classes"].items()))
    print("Misses by gold country: " + ", ".join(f"{c} {k}" for c, k in f["missed_countries"].items()))
    for fail in f["failures"]:
        print(f"FAILED {fail['id']}: {fail['error']}")
    for m in f["misses"][:args.show_errors]:
        on = "; ".join(f"{e['text']!r} {e['kind']} {e['rule']} -> {e['country']}" for e in m["on_span"])
        print(f"\n{m['id']} {m['role']} {m['actor']!r} {m['code']}->{m['country']}: {m['why']}"
              f"{' (lenient: found in sentence)' if m['lenient'] else ''}")
        if on:
            print(f"  on span: {on}")
        print(f"  sentence countries: {m['sentence_countries']}")
        print(f"  {m['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
