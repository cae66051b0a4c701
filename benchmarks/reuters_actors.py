"""Countries and organisations accord finds in Reuters-21578 articles, against Reuters' tags.

The articles are the first N (default 300) of ``shared/eval/reuters21578/articles.jsonl.gz``
in file order that have a body and at least one ``places`` tag (the collection's own
order: reut2-000.sgm onwards, 26 Feb 1987 onwards; no sampling, so a run is repeatable).
Each becomes one JSON Lines record:

    text      = title + "\\n\\n" + dateline + " " + body   (``SALVADOR, Feb 26 - Showers ...``)
    published = the date part of ``date_iso``

The body in the converted file does not start with the dateline (the SGML keeps it in
its own ``<DATELINE>`` element), so it is put back in front of the body, as the wire sent
it; ``--no-dateline`` leaves it out. The corpus is written to a temporary file (or to
``--corpus PATH``) and read back with ``accord.readers.read_paths``, as the CLI would.

Scored per document, micro-averaged over documents:

* PLACES: predicted = the record's ``countries``, the countries the article is about
  (its dateline's, its title's, those named in the lead or more than once); also
  printed for every country of every entity ("all mentions"), which Reuters' indexers
  did not aim at. Gold = the
  ``places`` tags mapped to country codes with ``benchmarks/reuters_places.tsv``
  (evaluation-side only; ``ussr`` -> SUN, ``west-germany`` -> FRG, ``east-germany`` -> DDR,
  as accord codes 1987 text). *Strict* compares codes as they are; *lenient* also counts
  DEU for FRG and RUS for SUN (and the other way round).
* ORGS recall: the share of gold ``orgs`` tags whose accord IGO id
  (``benchmarks/reuters_orgs.tsv``; ``ec`` -> IGO:EU, accord having no European
  Community) is among the predicted ``actor.id``s. Tags for bodies accord's KB does not
  have (GATT, the coffee and cocoa organisations, ...) count as misses and are also
  reported apart, with the recall over the tags accord could find.

Also printed: wall time, per-stage seconds (after a warm-up article that loads spaCy and
the knowledge base, which is not timed) from ``Pipeline.stats.seconds`` and the actor
stage's share of the analysis time. Targets (the issue): places precision >= 0.80 and
recall >= 0.70; actor stage <= 20% of analysis time.

    python benchmarks/reuters_actors.py [--n 300] [--json] [--show-errors K]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from accord.pipeline import Failure, Pipeline
from accord.readers import read_paths

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1] / "shared" / "eval"
ARTICLES = EVAL / "reuters21578" / "articles.jsonl.gz"
PLACES_TSV = HERE / "reuters_places.tsv"
ORGS_TSV = HERE / "reuters_orgs.tsv"

# Historical states and their successors, equal in the lenient figure.
LENIENT = {"FRG": "DEU", "SUN": "RUS"}
TARGET_PRECISION, TARGET_RECALL, TARGET_ACTOR_SHARE = 0.80, 0.70, 0.20


def read_tsv(path: Path) -> dict[str, str]:
    """First column -> second column of a small evaluation table."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {cells[0]: cells[1] for cells in (line.split("\t") for line in lines if line.strip())}


def select_articles(n: int) -> list[dict[str, Any]]:
    chosen = []
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article.get("body", "").strip() and article.get("places"):
                chosen.append(article)
                if len(chosen) == n:
                    break
    return chosen


def article_text(article: dict[str, Any], dateline: bool) -> str:
    body = article["body"]
    if dateline and article.get("dateline"):
        body = f"{article['dateline']} {body}"
    return f"{article['title']}\n\n{body}" if article.get("title") else body


def write_corpus(articles: list[dict[str, Any]], path: Path, dateline: bool) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            record = {"id": f"reuters-{a['id']}", "text": article_text(a, dateline)}
            if a.get("date_iso"):
                record["published"] = a["date_iso"][:10]
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def warm_up() -> None:
    """Load spaCy and the knowledge base first, so that stage times are per-article work."""
    from accord.pipeline import analyze_text

    analyze_text("LONDON, March 2 - Britain and France signed a trade pact, officials said.",
                 published="1987-03-02")


def lenient(codes: set[str]) -> set[str]:
    return {LENIENT.get(c, c) for c in codes}


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(articles: list[dict[str, Any]], results: dict[str, Any]) -> dict[str, Any]:
    places, orgs = read_tsv(PLACES_TSV), read_tsv(ORGS_TSV)
    unknown = sorted({p for a in articles for p in a["places"] if p not in places})
    if unknown:
        raise SystemExit(f"reuters_places.tsv has no row for {', '.join(unknown)}")
    counts = {"strict": collections.Counter(), "lenient": collections.Counter(),
              "all mentions": collections.Counter()}
    fp, fn = collections.Counter(), collections.Counter()
    fp_mentions: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    fp_rules = collections.Counter()  # (document, false country) pairs by the rules behind them
    org_hits, org_gold = collections.Counter(), collections.Counter()
    errors, failures = [], []
    for a in articles:
        doc_id = f"reuters-{a['id']}"
        doc = results.get(doc_id)
        if doc is None or isinstance(doc, Failure):
            failures.append({"id": doc_id, "error": str(doc) if doc else "no result"})
            continue
        gold = {places[p] for p in a["places"]}
        mentions: dict[str, list[str]] = collections.defaultdict(list)
        rules: dict[str, set[str]] = collections.defaultdict(set)
        for e in doc.entities:
            if e.actor and e.actor.country:
                mentions[e.actor.country].append(e.text)
                rules[e.actor.country].add(e.rule or "?")
        pred = set(doc.countries)
        every = set(mentions)
        ids = {e.actor.id for e in doc.entities if e.actor}
        for name, g, p in (("strict", gold, pred), ("lenient", lenient(gold), lenient(pred)),
                           ("all mentions", gold, every)):
            counts[name]["tp"] += len(g & p)
            counts[name]["fp"] += len(p - g)
            counts[name]["fn"] += len(g - p)
        fp.update(pred - gold)
        fn.update(gold - pred)
        for c in pred - gold:
            fp_mentions[c].update(mentions[c])
            fp_rules.update(rules[c])
        missed_orgs = []
        for slug in a["orgs"]:
            org_gold[slug] += 1
            if orgs.get(slug) and orgs[slug] in ids:
                org_hits[slug] += 1
            else:
                missed_orgs.append(slug)
        if pred != gold or missed_orgs:
            errors.append({
                "id": doc_id, "title": a["title"], "dateline": a.get("dateline"),
                "gold": sorted(gold), "predicted": sorted(pred),
                "false_negatives": sorted(gold - pred),
                "false_positives": {c: sorted(set(mentions[c])) for c in sorted(pred - gold)},
                "missed_orgs": missed_orgs,
            })
    figures: dict[str, Any] = {}
    for name, c in counts.items():
        figures[name] = {"precision": round(ratio(c["tp"], c["tp"] + c["fp"]), 4),
                         "recall": round(ratio(c["tp"], c["tp"] + c["fn"]), 4),
                         "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
    in_kb = {s for s in org_gold if orgs.get(s)}
    gold_in_kb = sum(org_gold[s] for s in in_kb)
    figures["orgs"] = {
        "gold_tags": sum(org_gold.values()), "found": sum(org_hits.values()),
        "recall": round(ratio(sum(org_hits.values()), sum(org_gold.values())), 4),
        "gold_tags_in_kb": gold_in_kb,
        "recall_in_kb": round(ratio(sum(org_hits[s] for s in in_kb), gold_in_kb), 4),
        "gold_tags_not_in_kb": sum(org_gold.values()) - gold_in_kb,
        "per_org": {s: {"id": orgs.get(s) or None, "gold": org_gold[s], "found": org_hits[s]}
                    for s in sorted(org_gold, key=lambda s: (-org_gold[s], s))},
    }
    figures["false_positives_by_country"] = dict(fp.most_common())
    figures["false_negatives_by_country"] = dict(fn.most_common())
    figures["false_positive_rules"] = dict(fp_rules.most_common())
    figures["false_positive_mentions"] = {c: dict(fp_mentions[c].most_common(8)) for c, _ in fp.most_common()}
    figures["failures"] = failures
    figures["errors"] = errors
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    ap.add_argument("--show-errors", type=int, default=0, metavar="K",
                    help="print the first K documents whose countries or orgs differ from gold")
    ap.add_argument("--no-dateline", action="store_true",
                    help="leave the dateline out of the text (the body alone after the title)")
    ap.add_argument("--corpus", type=Path, help="write the JSON Lines corpus here (kept)")
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args(argv)

    articles = select_articles(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "reuters.jsonl"
        write_corpus(articles, corpus, dateline=not args.no_dateline)
        warm_up()
        pipeline = Pipeline(batch_size=args.batch_size)
        started = time.perf_counter()
        results: dict[str, Any] = {}
        for r in pipeline.run(read_paths([corpus])):
            key = r.id if not isinstance(r, Failure) else r.where
            results[key] = r
        wall = time.perf_counter() - started
    # A failure is keyed by where it happened (path:LINE); give it back its article's id.
    for line, a in enumerate(articles, start=1):
        for key in list(results):
            if isinstance(results[key], Failure) and key.endswith(f":{line}"):
                results[f"reuters-{a['id']}"] = results.pop(key)
    figures = evaluate(articles, results)
    stage_seconds = {k: round(v, 3) for k, v in pipeline.stats.seconds.items()}
    analysis = sum(pipeline.stats.seconds.values())
    actor_share = ratio(pipeline.stats.seconds.get("actors", 0.0), analysis)
    figures["run"] = {
        "articles": len(articles), "analysed": pipeline.stats.articles,
        "failed": pipeline.stats.failures, "wall_seconds": round(wall, 2),
        "analysis_seconds": round(analysis, 2), "stage_seconds": stage_seconds,
        "actor_share": round(actor_share, 4), "dateline": not args.no_dateline,
        "first_id": articles[0]["id"] if articles else None,
        "last_id": articles[-1]["id"] if articles else None,
    }
    if args.json:
        out = dict(figures)
        out["errors"] = figures["errors"][:args.show_errors] if args.show_errors else []
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    report(figures, args.show_errors)
    return 0


def report(f: dict[str, Any], show_errors: int) -> None:
    run = f["run"]
    print(f"Reuters-21578 actors: {run['articles']} articles (ids {run['first_id']}..{run['last_id']}), "
          f"{run['analysed']} analysed, {run['failed']} failed; dateline in text: {run['dateline']}")
    for name in ("strict", "lenient", "all mentions"):
        s = f[name]
        print(f"PLACES {name:<12} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
              f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    print(f"  targets: precision >= {TARGET_PRECISION:.2f}, recall >= {TARGET_RECALL:.2f}; "
          f"lenient counts DEU=FRG and RUS=SUN")
    o = f["orgs"]
    print(f"ORGS recall {o['recall']:.3f} ({o['found']}/{o['gold_tags']} gold tags); "
          f"over tags accord's KB has: {o['recall_in_kb']:.3f} ({o['found']}/{o['gold_tags_in_kb']}); "
          f"{o['gold_tags_not_in_kb']} tags name bodies not in the KB (counted as misses)")
    for slug, c in o["per_org"].items():
        print(f"  {slug:<12} {c['id'] or '(not in KB)':<12} {c['found']}/{c['gold']}")
    print("Top false positives (country: documents; mentions behind them):")
    for c, n in list(f["false_positives_by_country"].items())[:15]:
        mentions = ", ".join(f"{m!r} {k}" for m, k in f["false_positive_mentions"][c].items())
        print(f"  {c} {n}: {mentions}")
    print("False positives by the rules behind them (a document-country pair counts once per rule):")
    print("  " + ", ".join(f"{r} {n}" for r, n in f["false_positive_rules"].items()))
    print("Top false negatives (country: documents):")
    print("  " + ", ".join(f"{c} {n}" for c, n in list(f["false_negatives_by_country"].items())[:20]))
    print(f"Time: {run['wall_seconds']:.1f} s wall, {run['analysis_seconds']:.1f} s in stages "
          f"({run['articles'] / run['wall_seconds']:.1f} articles/s)" if run["wall_seconds"] else "")
    print("  " + ", ".join(f"{k} {v:.2f}" for k, v in run["stage_seconds"].items()))
    print(f"  actor stage share of analysis time: {run['actor_share']:.1%} "
          f"(target <= {TARGET_ACTOR_SHARE:.0%})")
    for fail in f["failures"]:
        print(f"FAILED {fail['id']}: {fail['error']}")
    for e in f["errors"][:show_errors]:
        print(f"\n{e['id']}  {e['title']}  [{e['dateline']}]")
        print(f"  gold {e['gold']}  predicted {e['predicted']}")
        if e["false_negatives"]:
            print(f"  missed: {', '.join(e['false_negatives'])}")
        for c, ms in e["false_positives"].items():
            print(f"  extra {c}: {', '.join(repr(m) for m in ms)}")
        if e["missed_orgs"]:
            print(f"  missed orgs: {', '.join(e['missed_orgs'])}")


if __name__ == "__main__":
    sys.exit(main())
