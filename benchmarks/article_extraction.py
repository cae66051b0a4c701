"""Article body extraction: how close is the text ``accord analyze`` keeps to the gold body?

Runs the real ``accord analyze`` command (a subprocess) over the 181 pages of the
Zyte/Scrapinghub article extraction benchmark (``shared/eval/article_extraction``),
maps each output record back to its page by the record's ``input`` path, and scores
the record's ``text`` against the gold ``articleBody`` with the benchmark's shingle
F1 (re-implemented here from the dataset README's description):

* tokens: the regex ``\\w+`` (Unicode); shingles: the multiset of 4-token windows (a
  text under 4 tokens gives one shorter shingle; an empty text one empty shingle);
* per page TP = shared shingles (minimum counts), FP = predicted excess, FN = gold
  excess, divided by TP+FP+FN so that every page weighs the same;
* precision = mean over pages with TP+FP > 0 of TP/(TP+FP), recall likewise with FN
  (a page with FP = FN = 0 scores 1 on both); F1 = harmonic mean of the two means;
* accuracy = share of pages whose ``\\w+`` token sequence equals the gold's exactly.

A page with no record (accord failed on it) is scored as an empty text.

The scorer is checked first on the two baseline outputs stored with the dataset,
which must give the published figures (trafilatura 2.0.0 F1 0.958 / P 0.938 /
R 0.978; Readability.js F1 0.947 / P 0.914 / R 0.982).

    .venv/bin/python benchmarks/article_extraction.py            # all 181 pages
    .venv/bin/python benchmarks/article_extraction.py --limit 20 # first 20 pages
    .venv/bin/python benchmarks/article_extraction.py --json     # one JSON object
    .venv/bin/python benchmarks/article_extraction.py --worst 15 # pages losing most vs trafilatura

Nothing here asserts on speed or quality; it prints what it measures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "article_extraction"
SUFFIX = ".html.gz"
PUBLISHED = {"trafilatura": (0.958, 0.938, 0.978), "readability_js": (0.947, 0.914, 0.982)}

_TOKEN = re.compile(r"\w+")


# --------------------------------------------------------------------------- scoring


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(toks: list[str], size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token windows; a shorter text is one (shorter) shingle."""
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + size]) for i in range(len(toks) - size + 1))


def page_counts(predicted: str, gold: str) -> tuple[float, float, float]:
    """(TP, FP, FN) of one page, normalised to sum to 1."""
    pred, true = shingles(tokens(predicted)), shingles(tokens(gold))
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_pr(tp: float, fp: float, fn: float) -> tuple[float | None, float | None]:
    """Precision and recall of one page; None where undefined (no predicted/gold shingle)."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def aggregate(pages: list[dict]) -> dict[str, float]:
    """Mean precision, mean recall, F1 of the means and accuracy over scored pages."""
    precision = _mean([p["precision"] for p in pages if p["precision"] is not None])
    recall = _mean([p["recall"] for p in pages if p["recall"] is not None])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = _mean([1.0 if p["exact"] else 0.0 for p in pages])
    return {"f1": f1, "precision": precision, "recall": recall, "accuracy": accuracy}


def score(predictions: dict[str, str], gold: dict[str, str], bootstrap: int = 1000,
          seed: int = 0) -> tuple[dict[str, float], list[dict]]:
    """Score predicted bodies (missing ids count as empty) against the gold bodies."""
    pages = []
    for page_id in sorted(gold):
        predicted = predictions.get(page_id, "")
        tp, fp, fn = page_counts(predicted, gold[page_id])
        precision, recall = page_pr(tp, fp, fn)
        pages.append({"id": page_id, "precision": precision, "recall": recall,
                      "f1": (2 * precision * recall / (precision + recall)
                             if precision and recall else 0.0),
                      "exact": tokens(predicted) == tokens(gold[page_id]),
                      "predicted_chars": len(predicted), "gold_chars": len(gold[page_id])})
    result = aggregate(pages)
    if bootstrap and pages:
        rng = random.Random(seed)
        samples = [aggregate(rng.choices(pages, k=len(pages))) for _ in range(bootstrap)]
        for key in ("f1", "precision", "recall", "accuracy"):
            values = [s[key] for s in samples]
            mean = _mean(values)
            result[key + "_std"] = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return result, pages


# --------------------------------------------------------------------------- data


def load_gold(data: Path) -> dict[str, str]:
    with gzip.open(data / "ground-truth.json.gz", "rt", encoding="utf-8") as f:
        return {k: v["articleBody"] for k, v in json.load(f).items()}


def load_baseline(data: Path, name: str) -> dict[str, str]:
    with gzip.open(data / "baseline_output" / f"{name}.json.gz", "rt", encoding="utf-8") as f:
        return {k: v.get("articleBody") or "" for k, v in json.load(f)["output"].items()}


def page_id(path: str) -> str:
    name = Path(path.split("#")[0]).name
    return name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name


def accord_command() -> list[str]:
    """The installed ``accord`` script next to this interpreter, else ``python -m accord``."""
    script = Path(sys.executable).parent / "accord"
    if script.exists():
        return [str(script)]
    found = shutil.which("accord")
    return [found] if found else [sys.executable, "-m", "accord"]


def run_accord(pages: list[Path], folder: Path | None, output: Path) -> tuple[float, int, str]:
    """Run ``accord analyze`` over the folder (or the listed pages); seconds, status, stderr."""
    args = [str(folder)] if folder is not None else [str(p) for p in pages]
    command = accord_command() + ["analyze", "-o", str(output), *args]
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - started, proc.returncode, proc.stderr


def read_records(path: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                texts[page_id(record["input"])] = record.get("text") or ""
    return texts


# --------------------------------------------------------------------------- main


def _fmt(result: dict[str, float]) -> str:
    return (f"F1 {result['f1']:.3f} ± {result.get('f1_std', 0):.3f}  "
            f"P {result['precision']:.3f} ± {result.get('precision_std', 0):.3f}  "
            f"R {result['recall']:.3f} ± {result.get('recall_std', 0):.3f}  "
            f"accuracy {result['accuracy']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the article_extraction dataset folder (default: %(default)s)")
    parser.add_argument("--limit", type=int, help="score only the first N pages (sorted by id)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--records", type=Path,
                        help="score this existing `accord analyze` output instead of running accord")
    parser.add_argument("--keep", type=Path, help="also save accord's records (JSON Lines) here")
    parser.add_argument("--worst", type=int, default=0, metavar="K",
                        help="list the K pages where accord's F1 trails trafilatura's most")
    args = parser.parse_args(argv)

    data = args.data.resolve()
    full_gold = load_gold(data)
    files = sorted((data / "html").glob("*" + SUFFIX))
    if args.limit is not None:
        files = files[: args.limit]
    ids = [page_id(str(f)) for f in files]
    gold = {i: full_gold[i] for i in ids}

    # 1. The scorer against the published numbers of the stored baselines (all pages).
    checks = {}
    for name, (f1, p, r) in PUBLISHED.items():
        result, _ = score(load_baseline(data, name), full_gold, bootstrap=0)
        checks[name] = {**{k: round(v, 4) for k, v in result.items()},
                        "published": {"f1": f1, "precision": p, "recall": r},
                        "reproduced": (round(result["f1"], 3), round(result["precision"], 3),
                                       round(result["recall"], 3)) == (f1, p, r)}

    # 2. accord itself.
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        output = Path(tmp) / "records.jsonl"
        if args.records:
            seconds, status, stderr = 0.0, 0, ""
            output = args.records
        else:
            folder = data / "html" if args.limit is None else None
            seconds, status, stderr = run_accord(files, folder, output)
        predictions = read_records(output) if output.exists() else {}
        if args.keep and not args.records:
            shutil.copyfile(output, args.keep)
    errors = [line for line in stderr.splitlines() if line.startswith("accord: error:")]
    predictions = {k: v for k, v in predictions.items() if k in gold}
    result, pages = score(predictions, gold)
    missing = sorted(set(gold) - set(predictions))

    baseline = load_baseline(data, "trafilatura")
    _, base_pages = score(baseline, gold, bootstrap=0)
    base_f1 = {p["id"]: p["f1"] for p in base_pages}
    worst = sorted(pages, key=lambda p: p["f1"] - base_f1[p["id"]])[: args.worst]

    report = {
        "pages": len(gold),
        "accord": {k: round(v, 4) for k, v in result.items()},
        "no_record": len(missing),
        "no_record_ids": missing,
        "accord_exit_status": status,
        "seconds": round(seconds, 1),
        "seconds_per_page": round(seconds / len(gold), 3) if gold else None,
        "cpus": os.cpu_count(),
        "scorer_check": checks,
    }
    if worst:
        report["worst_vs_trafilatura"] = [
            {"id": p["id"], "accord_f1": round(p["f1"], 3), "trafilatura_f1": round(base_f1[p["id"]], 3),
             "accord_p": p["precision"] and round(p["precision"], 3),
             "accord_r": p["recall"] and round(p["recall"], 3),
             "accord_chars": p["predicted_chars"], "gold_chars": p["gold_chars"]} for p in worst]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0

    print("Scorer check (stored baseline outputs, all 181 pages):")
    for name, c in checks.items():
        pub = c["published"]
        print(f"  {name:15} {_fmt_plain(c)}   published F1 {pub['f1']:.3f} / P {pub['precision']:.3f}"
              f" / R {pub['recall']:.3f}   {'reproduced' if c['reproduced'] else 'MISMATCH'}")
    print(f"accord analyze over {len(gold)} pages ({os.cpu_count()} CPUs):")
    print(f"  {_fmt(result)}")
    print(f"  pages with no record: {len(missing)}" + (f" ({', '.join(m[:12] for m in missing)})" if missing else ""))
    if args.records:
        print(f"  (scored {args.records}; accord not run)")
    else:
        print(f"  time: {seconds:.1f} s wall for the whole `accord analyze` run "
              f"({seconds / max(len(gold), 1):.2f} s/page, including start-up), exit status {status}")
    for line in errors[:10]:
        print("  " + line)
    if worst:
        print("Pages where accord trails trafilatura 2.0.0 most (F1 accord vs trafilatura; chars accord/gold):")
        for w in report["worst_vs_trafilatura"]:
            print(f"  {w['id'][:16]}  {w['accord_f1']:.3f} vs {w['trafilatura_f1']:.3f}  "
                  f"P {w['accord_p']}  R {w['accord_r']}  {w['accord_chars']}/{w['gold_chars']}")
    return 0


def _fmt_plain(result: dict[str, float]) -> str:
    return (f"F1 {result['f1']:.3f}  P {result['precision']:.3f}  R {result['recall']:.3f}  "
            f"accuracy {result['accuracy']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
