"""Who said what: accord's quotes stage against hand-made gold quotes (benchmarks/quotes/).

The articles (``benchmarks/quotes/articles/NN-slug.txt``) are invented wire and newspaper
stories written for this benchmark; each has a gold file ``benchmarks/quotes/gold/NN-slug.json``:

    {"doc": "NN-slug.txt", "quotes": [
      {"contains": "a distinctive phrase of the quote", "speaker": "Full Name as first named",
       "direct": true, "cue": "said", "tags": ["cue-after", "pronoun", ...],
       "speaker_aliases": ["WHO"]},            # optional
      ...]}

Matching (as ``shared/eval/score.py`` does): a predicted quote *covers* a gold quote when
the gold ``contains`` phrase is a case- and space-insensitive substring of the predicted
quote's text (curly quotes and apostrophes folded to straight ones). The speaker is right
when the gold speaker's family name (its last word), or that of one of its
``speaker_aliases``, is a word of the predicted speaker's ``text`` or ``actor.name``
(``score.py``'s ``speaker_ok``; the aliases are this benchmark's addition, used for a few
organisations' acronyms).

Figures, for DIRECT quotes (gold and predicted both direct), MIXED (gold ``partial`` quotes,
quoted words inside a paraphrase, against accord's mixed attributions), INDIRECT (both
indirect) and ALL (kind ignored):

* text recall        gold quotes covered by some predicted quote
* text precision     predicted quotes that cover some gold quote (others are false positives)
* speaker recall     gold quotes covered by a predicted quote that has the right speaker
* speaker precision  predicted quotes that cover a gold quote AND have its speaker
* speaker F1         of the two above: the headline figure (target: DIRECT >= 0.90)

Also: recall per gold ``tags`` value (same-kind matching), the error classes behind
the misses and false positives, and ``--show-errors K`` examples of each class.

    python benchmarks/quotes_benchmark.py [--json] [--show-errors K] [--check]

``--check`` validates the set without running accord (every ``contains`` is in its article,
once, inside quotation marks for direct quotes and outside them for indirect ones; article
lengths) and prints what the set contains.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SET = HERE / "quotes"
ARTICLES = SET / "articles"
GOLD = SET / "gold"
TARGET_DIRECT_F1 = 0.90
CATEGORIES = ("direct", "mixed", "indirect", "all")


# --- matching (mirrors shared/eval/score.py) --------------------------------------------

def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u201c", '"').replace("\u201d", '"')
                  .replace("\u2019", "'").replace("\u2018", "'")).strip().lower()


def family(name: str) -> str:
    parts = norm(name).split()
    return parts[-1] if parts else ""


def speaker_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    sp = pred.get("speaker") or {}
    if not isinstance(sp, dict):
        return False
    actor = sp.get("actor") or {}
    names = [norm(sp.get("text")), norm(actor.get("name") if isinstance(actor, dict) else "")]
    fams = [f for f in (family(n) for n in [gold["speaker"], *gold.get("speaker_aliases", [])]) if f]
    return any(f in n.split() for f in fams for n in names if n)


def covers(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return norm(gold["contains"]) in norm(pred.get("text"))


def in_category(item: dict[str, Any], category: str) -> bool:
    return category == "all" or item["kind"] == category


def gold_kind(gold: dict[str, Any]) -> str:
    """A gold quote's kind: its ``partial`` quotes are quoted words inside a paraphrase,
    which accord records as one ``mixed`` attribution with the paraphrase."""
    if "partial" in gold.get("tags", []):
        return "mixed"
    return "direct" if gold["direct"] else "indirect"


def speaker_label(pred: dict[str, Any] | None) -> str:
    if not pred or not pred.get("speaker"):
        return "(none)"
    sp = pred["speaker"]
    actor = (sp.get("actor") or {}).get("name")
    return f"{sp.get('text')!r}" + (f" -> {actor}" if actor and actor != sp.get("text") else "")


# --- loading ----------------------------------------------------------------------------

def load_gold(folder: Path) -> list[dict[str, Any]]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    for gold in golds:
        for g in gold["quotes"]:
            g["kind"] = gold_kind(g)
    return golds


def quote_record(q: Any) -> dict[str, Any]:
    sp = q.speaker
    return {
        "text": q.text, "start": q.start, "end": q.end, "direct": bool(q.direct), "kind": q.kind, "cue": q.cue,
        "speaker": None if sp is None else {
            "text": sp.text,
            "actor": None if sp.actor is None else {"id": sp.actor.id, "name": sp.actor.name},
        },
    }


def run_accord(folder: Path) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str], float]:
    from accord.pipeline import Failure, Pipeline
    from accord.readers import read_paths

    predicted: dict[str, list[dict[str, Any]]] = {}
    failures: dict[str, str] = {}
    started = time.perf_counter()
    for result in Pipeline().run(read_paths([str(folder)])):
        name = Path(str(result.input)).name
        if isinstance(result, Failure):
            failures[name] = str(result)
            continue
        predicted[name] = [quote_record(q) for q in result.quotes]
    return predicted, failures, time.perf_counter() - started


# --- scoring ----------------------------------------------------------------------------

def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(golds: list[dict[str, Any]], predicted: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    counts = {c: collections.Counter() for c in CATEGORIES}
    tags: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    false_pos: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    missing_docs = []
    for gold in golds:
        doc = gold["doc"]
        if doc not in predicted:
            missing_docs.append(doc)
        preds = predicted.get(doc, [])
        gqs = gold["quotes"]
        for c in CATEGORIES:
            gc = [g for g in gqs if in_category(g, c)]
            pc = [p for p in preds if in_category(p, c)]
            counts[c]["gold"] += len(gc)
            counts[c]["pred"] += len(pc)
            for g in gc:
                hits = [p for p in pc if covers(p, g)]
                counts[c]["gold_text"] += bool(hits)
                counts[c]["gold_speaker"] += any(speaker_ok(g, p) for p in hits)
            for p in pc:
                hits = [g for g in gc if covers(p, g)]
                counts[c]["pred_text"] += bool(hits)
                counts[c]["pred_speaker"] += any(speaker_ok(g, p) for g in hits)
                counts[c]["pred_merged"] += len(hits) > 1
        # per tag (same directness) and the class of each miss
        for g in gqs:
            same = [p for p in preds if p["kind"] == g["kind"] and covers(p, g)]
            other = [p for p in preds if p["kind"] != g["kind"] and covers(p, g)]
            text_ok = bool(same)
            sp_ok = any(speaker_ok(g, p) for p in same)
            kind = g["kind"]
            for tag in ["ALL-" + kind, *g.get("tags", [])]:
                tags[tag]["n"] += 1
                tags[tag]["text"] += text_ok
                tags[tag]["speaker"] += sp_ok
            if sp_ok:
                continue
            if not same and not other:
                cls = "not found"
            elif not same:
                cls = "found as another kind"
            elif all(p.get("speaker") is None for p in same):
                cls = "found, no speaker"
            else:
                cls = "found, wrong speaker"
            shown = (same or other or [None])[0]
            misses[f"{kind}: {cls}"].append({
                "doc": doc, "contains": g["contains"], "gold_speaker": g["speaker"],
                "tags": g.get("tags", []),
                "predicted_text": shown["text"] if shown else None,
                "predicted_speaker": speaker_label(shown), "cue": shown.get("cue") if shown else None,
            })
        # the class of each predicted quote that does not count for speaker precision
        for p in preds:
            same = [g for g in gqs if g["kind"] == p["kind"] and covers(p, g)]
            other = [g for g in gqs if g["kind"] != p["kind"] and covers(p, g)]
            if any(speaker_ok(g, p) for g in same):
                continue
            kind = p["kind"]
            if not same and not other:
                cls = "spurious (no gold quote)"
            elif not same:
                cls = "covers a gold quote of another kind"
            elif p.get("speaker") is None:
                cls = "right text, no speaker"
            else:
                cls = "right text, wrong speaker"
            false_pos[f"{kind}: {cls}"].append({
                "doc": doc, "predicted_text": p["text"], "predicted_speaker": speaker_label(p),
                "cue": p.get("cue"),
                "gold_speaker": (same or other)[0]["speaker"] if (same or other) else None,
            })
    figures: dict[str, Any] = {}
    for c in CATEGORIES:
        k = counts[c]
        tp, tr = ratio(k["pred_text"], k["pred"]), ratio(k["gold_text"], k["gold"])
        sp, sr = ratio(k["pred_speaker"], k["pred"]), ratio(k["gold_speaker"], k["gold"])
        figures[c] = {
            "gold": k["gold"], "predicted": k["pred"],
            "text_precision": round(tp, 4), "text_recall": round(tr, 4), "text_f1": round(f1(tp, tr), 4),
            "speaker_precision": round(sp, 4), "speaker_recall": round(sr, 4),
            "speaker_f1": round(f1(sp, sr), 4),
            "predicted_covering_several_gold": k["pred_merged"],
        }
    figures["tags"] = {t: {"n": v["n"], "text_recall": round(ratio(v["text"], v["n"]), 4),
                           "speaker_recall": round(ratio(v["speaker"], v["n"]), 4)}
                       for t, v in sorted(tags.items(), key=lambda kv: (-kv[1]["n"], kv[0]))}
    figures["misses"] = {k: v for k, v in sorted(misses.items(), key=lambda kv: -len(kv[1]))}
    figures["false_positives"] = {k: v for k, v in sorted(false_pos.items(), key=lambda kv: -len(kv[1]))}
    figures["missing_docs"] = missing_docs
    figures["target"] = {"direct_speaker_f1": TARGET_DIRECT_F1,
                         "met": figures["direct"]["speaker_f1"] >= TARGET_DIRECT_F1}
    return figures


def report(f: dict[str, Any], show_errors: int) -> None:
    run = f["run"]
    print(f"Quotes benchmark: {run['articles']} articles, {run['analysed']} analysed, "
          f"{run['failed']} failed, {run['seconds']:.1f} s")
    print(f"{'':9}{'gold':>6}{'pred':>6}  {'text P':>7}{'text R':>8}{'text F1':>8}  "
          f"{'spk P':>7}{'spk R':>7}{'spk F1':>8}")
    for c in CATEGORIES:
        s = f[c]
        print(f"{c.upper():9}{s['gold']:>6}{s['predicted']:>6}  {s['text_precision']:>7.3f}"
              f"{s['text_recall']:>8.3f}{s['text_f1']:>8.3f}  {s['speaker_precision']:>7.3f}"
              f"{s['speaker_recall']:>7.3f}{s['speaker_f1']:>8.3f}")
    t = f["target"]
    print(f"  target: DIRECT speaker-attributed F1 >= {t['direct_speaker_f1']:.2f}: "
          f"{'met' if t['met'] else 'NOT met'} ({f['direct']['speaker_f1']:.3f})")
    print(f"  predicted quotes covering more than one gold quote: direct "
          f"{f['direct']['predicted_covering_several_gold']}, mixed "
          f"{f['mixed']['predicted_covering_several_gold']}, indirect "
          f"{f['indirect']['predicted_covering_several_gold']}")
    print("Recall by phenomenon (gold tags; same-kind matching):")
    print(f"  {'tag':<18}{'n':>5}{'text R':>8}{'spk R':>8}")
    for tag, v in f["tags"].items():
        print(f"  {tag:<18}{v['n']:>5}{v['text_recall']:>8.3f}{v['speaker_recall']:>8.3f}")
    print("Gold quotes not attributed right, by class:")
    for cls, items in f["misses"].items():
        print(f"  {len(items):>4}  {cls}")
    print("Predicted quotes that do not count for speaker precision, by class:")
    for cls, items in f["false_positives"].items():
        print(f"  {len(items):>4}  {cls}")
    for doc in f["missing_docs"]:
        print(f"NO RESULT for {doc}")
    for name, err in run["failures"].items():
        print(f"FAILED {name}: {err}")
    if not show_errors:
        return
    for cls, items in f["misses"].items():
        print(f"\nMISSES -- {cls} ({len(items)}):")
        for m in items[:show_errors]:
            print(f"  {m['doc']}: [{m['gold_speaker']}] \"{m['contains']}\"  tags={','.join(m['tags'])}")
            if m["predicted_text"] is not None:
                print(f"      predicted: {m['predicted_speaker']} cue={m['cue']!r} "
                      f"text={clip(m['predicted_text'])!r}")
    for cls, items in f["false_positives"].items():
        print(f"\nFALSE POSITIVES -- {cls} ({len(items)}):")
        for p in items[:show_errors]:
            gold = f"  gold speaker: {p['gold_speaker']}" if p["gold_speaker"] else ""
            print(f"  {p['doc']}: {p['predicted_speaker']} cue={p['cue']!r} "
                  f"text={clip(p['predicted_text'])!r}{gold}")


def clip(s: str, n: int = 110) -> str:
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= n else s[:n - 3] + "..."


# --- validating the set -----------------------------------------------------------------

def _pattern(phrase: str) -> re.Pattern[str]:
    out = []
    for ch in phrase:
        if ch.isspace():
            out.append(r"\s+")
        elif ch == "'":
            out.append("['\u2018\u2019]")
        elif ch == '"':
            out.append('["\u201c\u201d]')
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out).replace(r"\s+\s+", r"\s+"), re.IGNORECASE)


def _inside_quotes(text: str, pos: int) -> bool:
    p_start = text.rfind("\n\n", 0, pos)
    seg = text[p_start + 2 if p_start >= 0 else 0:pos]
    return seg.count('"') % 2 == 1 or seg.count("\u201c") > seg.count("\u201d")


def check(golds: list[dict[str, Any]], folder: Path) -> int:
    problems = []
    marks = collections.Counter()
    tags = collections.Counter()
    words = []
    files = sorted(p.name for p in folder.glob("*.txt"))
    gold_docs = [g["doc"] for g in golds]
    for name in sorted(set(files) ^ set(gold_docs)):
        problems.append(f"{name}: article without gold file or gold without article")
    for gold in golds:
        path = folder / gold["doc"]
        if not path.exists():
            continue
        raw = path.read_text(encoding="utf-8")
        title, _, body = raw.partition("\n\n")
        n_words = len(body.split())
        words.append(n_words)
        if not 150 <= n_words <= 500:
            problems.append(f"{gold['doc']}: {n_words} words in the body (want 150-500)")
        style = ("curly" if "\u201c" in body else "single" if "\u2018" in body else "straight")
        marks[style] += 1
        for g in gold["quotes"]:
            for key in ("contains", "speaker", "direct"):
                if key not in g:
                    problems.append(f"{gold['doc']}: gold quote without {key!r}: {g}")
            found = list(_pattern(g["contains"]).finditer(body))
            if len(found) != 1:
                problems.append(f"{gold['doc']}: {g['contains']!r} occurs {len(found)} times in the body")
                continue
            if "single-quotes" not in g.get("tags", []):
                inside = _inside_quotes(body, found[0].start())
                if inside != bool(g["direct"]):
                    where = "outside" if g["direct"] else "inside"
                    problems.append(f"{gold['doc']}: {'direct' if g['direct'] else 'indirect'} "
                                    f"quote {g['contains']!r} is {where} quotation marks")
            tags.update(g.get("tags", []))
            tags["ALL-direct" if g["direct"] else "ALL-indirect"] += 1
    n = sum(len(g["quotes"]) for g in golds)
    print(f"{len(golds)} articles ({sum(words)} words in bodies, {min(words)}-{max(words)} each), "
          f"{n} gold quotes")
    print("articles by quotation marks: " + ", ".join(f"{k} {v}" for k, v in marks.most_common()))
    print("gold quotes by tag: " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))))
    for p in problems:
        print("PROBLEM " + p)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    ap.add_argument("--show-errors", type=int, default=0, metavar="K",
                    help="print up to K examples of each class of miss and false positive")
    ap.add_argument("--check", action="store_true", help="validate the gold set only (no accord run)")
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    golds = load_gold(args.gold)
    if args.check:
        return check(golds, args.articles)
    predicted, failures, seconds = run_accord(args.articles)
    figures = evaluate(golds, predicted)
    figures["run"] = {"articles": len(golds), "analysed": len(predicted), "failed": len(failures),
                      "failures": failures, "seconds": round(seconds, 2)}
    if args.json:
        out = dict(figures)
        k = args.show_errors
        out["misses"] = {c: v[:k] for c, v in figures["misses"].items()} if k else \
            {c: len(v) for c, v in figures["misses"].items()}
        out["false_positives"] = {c: v[:k] for c, v in figures["false_positives"].items()} if k else \
            {c: len(v) for c, v in figures["false_positives"].items()}
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    report(figures, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
