"""Throughput: articles per second of ``accord analyze``, against a bare spaCy pass.

Takes the first ``--n`` (200) Reuters-21578 articles that have a body, in file order,
from ``shared/eval/reuters21578/articles.jsonl.gz`` and writes them as a JSON Lines
corpus accord reads: ``id`` (the Reuters NEWID), ``title``, ``published`` (the date of
``date_iso``) and ``text`` = title, a blank line, then the dateline as Reuters prints it
(``SALVADOR, Feb 26 -``) and the body. (In this conversion the dateline is a field of
its own, not the start of the body, so it is put back in front; ``--no-dateline``
leaves it out.) Then, in one process:

1. loads the spaCy model (``accord.stages.nlp.load_model()``), timed on its own;
2. warms up: the whole pipeline over a few articles (loads the knowledge base, the
   event patterns...), and spaCy over a few texts; timed, not counted;
3. measures ``accord analyze`` through the library,
   ``Pipeline(batch_size=16).run(read_paths([corpus]))``, as the CLI runs it: wall
   time, CPU time, articles/s and the seconds of each stage (``Pipeline.stats.seconds``);
4. measures a bare spaCy pass, ``nlp.pipe`` over the same raw texts with the batch
   size accord gives ``nlp.pipe``: articles/s;
5. with ``--cli``, times the real ``accord analyze`` command end to end (start-up and
   model load included), over the corpus and over a one-article corpus (≈ start-up).

Each measured pass runs ``--repeat`` times (default 1) and the fastest is reported.
The machine's CPU count and load average are printed with the figures: on a shared
machine, other processes' load slows every figure down. Nothing here asserts on speed.

    .venv/bin/python benchmarks/throughput.py               # 200 articles
    .venv/bin/python benchmarks/throughput.py --repeat 3 --cli
    .venv/bin/python benchmarks/throughput.py --n 50 --json
"""

from __future__ import annotations

import argparse
import gzip
import inspect
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "reuters21578" / "articles.jsonl.gz"
WARMUP_ARTICLES = 8
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


# --------------------------------------------------------------------------- corpus


def reuters_articles(path: Path, n: int, with_dateline: bool = True) -> list[dict[str, Any]]:
    """The first ``n`` articles with a body, as accord's JSON Lines records."""
    records: list[dict[str, Any]] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if len(records) >= n:
                break
            item = json.loads(line)
            body = (item.get("body") or "").strip("\n")
            if not body.strip():
                continue
            dateline = (item.get("dateline") or "").strip()
            if with_dateline and dateline and not body.lstrip().startswith(dateline):
                body = f"{dateline} {body.lstrip()}"
            title = (item.get("title") or "").strip()
            record: dict[str, Any] = {"id": f"reuters21578-{item['id']}",
                                      "text": f"{title}\n\n{body}" if title else body}
            if title:
                record["title"] = title
            if item.get("date_iso"):
                record["published"] = item["date_iso"][:10]
            records.append(record)
    return records


def write_corpus(records: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


# --------------------------------------------------------------------------- passes


def accord_pass(corpus: Path, batch_size: int) -> dict[str, Any]:
    """One ``accord analyze`` pass through the library over the corpus file."""
    from accord.pipeline import Failure, Pipeline
    from accord.readers import read_paths

    pipeline = Pipeline(batch_size=batch_size)
    documents = failures = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for result in pipeline.run(read_paths([corpus])):
        if isinstance(result, Failure):
            failures += 1
        else:
            documents += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"seconds": wall, "cpu_seconds": cpu, "documents": documents, "failures": failures,
            "stages": dict(pipeline.stats.seconds)}


def spacy_pass(nlp: Any, texts: list[str], batch_size: int) -> dict[str, Any]:
    """One bare ``nlp.pipe`` pass over the raw texts."""
    tokens = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"seconds": wall, "cpu_seconds": cpu, "documents": len(texts), "tokens": tokens}


def cli_pass(corpus: Path, batch_size: int) -> dict[str, Any]:
    """The real ``accord analyze`` command, end to end, records to a scratch file."""
    script = Path(sys.executable).parent / "accord"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "accord"]
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        command += ["analyze", "--batch-size", str(batch_size), "-o", out.name, str(corpus)]
        wall = time.perf_counter()
        proc = subprocess.run(command, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - wall
        records = sum(1 for line in Path(out.name).read_text(encoding="utf-8").splitlines() if line.strip())
    return {"seconds": wall, "documents": records, "exit_status": proc.returncode,
            "stderr_tail": proc.stderr.strip().splitlines()[-3:]}


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    chosen = dict(min(runs, key=lambda r: r["seconds"]))
    chosen["all_seconds"] = [round(r["seconds"], 2) for r in runs]
    chosen["median_seconds"] = statistics.median(r["seconds"] for r in runs)
    return chosen


def _rate(result: dict[str, Any]) -> float:
    return result["documents"] / result["seconds"] if result["seconds"] else 0.0


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Reuters-21578 articles.jsonl.gz")
    parser.add_argument("--n", type=int, default=200, help="articles in the corpus (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=1, help="measured passes of each kind; the fastest counts")
    parser.add_argument("--batch-size", type=int, default=16,
                        help="articles per pipeline batch, as `accord analyze --batch-size` (default %(default)s)")
    parser.add_argument("--cli", action="store_true", help="also time the `accord analyze` command end to end")
    parser.add_argument("--no-dateline", action="store_true", help="do not put the dateline before the body")
    parser.add_argument("--keep-corpus", type=Path, help="also copy the JSON Lines corpus here")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = parser.parse_args(argv)
    if args.n < 1 or args.repeat < 1:
        parser.error("--n and --repeat must be at least 1")

    load_before = os.getloadavg()
    records = reuters_articles(args.data, args.n, with_dateline=not args.no_dateline)
    texts = [r["text"] for r in records]

    with tempfile.TemporaryDirectory(prefix="accord-throughput-") as tmp:
        corpus = write_corpus(records, Path(tmp) / "reuters200.jsonl")
        warm_corpus = write_corpus(records[:WARMUP_ARTICLES], Path(tmp) / "warmup.jsonl")
        if args.keep_corpus:
            args.keep_corpus.write_text(corpus.read_text(encoding="utf-8"), encoding="utf-8")

        # 1. The model, alone (import of spaCy included).
        started = time.perf_counter()
        from accord.stages import nlp as nlp_stage

        nlp = nlp_stage.load_model()
        model_seconds = time.perf_counter() - started
        spacy_batch = inspect.signature(nlp_stage.parse_many).parameters["batch_size"].default

        # 2. Warm-up: every lazy load of the pipeline, and spaCy itself.
        started = time.perf_counter()
        warm = accord_pass(warm_corpus, args.batch_size)
        spacy_pass(nlp, texts[:WARMUP_ARTICLES], spacy_batch)
        warmup_seconds = time.perf_counter() - started

        # 3 and 4. The measured passes, alternating so that both see the same load.
        accord_runs, spacy_runs = [], []
        for _ in range(args.repeat):
            accord_runs.append(accord_pass(corpus, args.batch_size))
            spacy_runs.append(spacy_pass(nlp, texts, spacy_batch))
        accord_result, spacy_result = best(accord_runs), best(spacy_runs)

        # 5. The command, end to end.
        cli_result = cli_start = None
        if args.cli:
            cli_result = best([cli_pass(corpus, args.batch_size) for _ in range(args.repeat)])
            one = write_corpus(records[:1], Path(tmp) / "one.jsonl")
            cli_start = best([cli_pass(one, args.batch_size) for _ in range(args.repeat)])

    stage_total = sum(accord_result["stages"].values())
    shares = {name: s / accord_result["seconds"] for name, s in accord_result["stages"].items()}
    report: dict[str, Any] = {
        "articles": len(records),
        "corpus_chars": sum(len(t) for t in texts),
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "thread_env": {k: os.environ.get(k) for k in THREAD_VARS if os.environ.get(k)},
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "model_pipes": list(nlp.pipe_names),
        "repeat": args.repeat,
        "batch_size": args.batch_size,
        "spacy_batch_size": spacy_batch,
        "model_load_seconds": round(model_seconds, 2),
        "warmup_seconds": round(warmup_seconds, 2),
        "warmup_failures": warm["failures"],
        "accord": {
            "seconds": round(accord_result["seconds"], 2),
            "cpu_seconds": round(accord_result["cpu_seconds"], 2),
            "all_seconds": accord_result["all_seconds"],
            "articles_per_second": round(_rate(accord_result), 2),
            "documents": accord_result["documents"],
            "failures": accord_result["failures"],
            "stage_seconds": {k: round(v, 3) for k, v in accord_result["stages"].items()},
            "stage_share": {k: round(v, 3) for k, v in shares.items()},
            "outside_stages_seconds": round(accord_result["seconds"] - stage_total, 3),
        },
        "spacy": {
            "seconds": round(spacy_result["seconds"], 2),
            "cpu_seconds": round(spacy_result["cpu_seconds"], 2),
            "all_seconds": spacy_result["all_seconds"],
            "articles_per_second": round(_rate(spacy_result), 2),
            "tokens": spacy_result["tokens"],
        },
        "accord_over_spacy_time": round(accord_result["seconds"] / spacy_result["seconds"], 2),
        "accord_share_of_spacy_speed": round(_rate(accord_result) / _rate(spacy_result), 3),
        "accord_over_spacy_time_medians": round(accord_result["median_seconds"] / spacy_result["median_seconds"], 2),
    }
    if cli_result is not None and cli_start is not None:
        report["cli"] = {
            "seconds": round(cli_result["seconds"], 2),
            "all_seconds": cli_result["all_seconds"],
            "articles_per_second": round(_rate(cli_result), 2),
            "records": cli_result["documents"],
            "exit_status": cli_result["exit_status"],
            "one_article_seconds": round(cli_start["seconds"], 2),
        }
        if cli_result["exit_status"]:
            report["cli"]["stderr_tail"] = cli_result["stderr_tail"]

    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


def print_report(r: dict[str, Any]) -> None:
    a, s = r["accord"], r["spacy"]
    print(f"Reuters-21578: {r['articles']} articles, {r['corpus_chars']:,} characters; "
          f"{r['cpus']} CPUs, load average {r['load_average_before'][0]:.2f} before / "
          f"{r['load_average_after'][0]:.2f} after; Python {r['python']}; best of {r['repeat']}; "
          + (", ".join(f"{k}={v}" for k, v in r["thread_env"].items()) or "no thread limits set"))
    print(f"model {r['model']} ({', '.join(r['model_pipes'])}): load {r['model_load_seconds']:.2f} s "
          f"(not counted); warm-up {r['warmup_seconds']:.2f} s (not counted)")
    print(f"accord analyze (library, batch {r['batch_size']}): {a['articles_per_second']:.1f} articles/s  "
          f"({a['seconds']:.2f} s wall, {a['cpu_seconds']:.2f} s CPU, {a['documents']} records, "
          f"{a['failures']} failed; passes {a['all_seconds']})")
    print(f"bare spaCy nlp.pipe (batch {r['spacy_batch_size']}): {s['articles_per_second']:.1f} articles/s  "
          f"({s['seconds']:.2f} s wall, {s['cpu_seconds']:.2f} s CPU, {s['tokens']:,} tokens; passes {s['all_seconds']})")
    print(f"ratio: accord takes {r['accord_over_spacy_time']:.2f}x the time of bare spaCy "
          f"(runs at {r['accord_share_of_spacy_speed']:.1%} of its speed)"
          + (f"; {r['accord_over_spacy_time_medians']:.2f}x by the medians of the passes" if r["repeat"] > 1 else ""))
    print("accord time by stage (share of analyze wall time):")
    for name, seconds in a["stage_seconds"].items():
        print(f"  {name:8} {seconds:7.3f} s  {a['stage_share'][name]:6.1%}")
    outside = a["outside_stages_seconds"]
    print(f"  {'(other)':8} {outside:7.3f} s  {outside / a['seconds']:6.1%}   reading the corpus, batching")
    if "cli" in r:
        c = r["cli"]
        print(f"accord analyze (CLI, end to end, start-up included): {c['articles_per_second']:.1f} articles/s  "
              f"({c['seconds']:.2f} s for {c['records']} records, exit status {c['exit_status']}; "
              f"one-article run {c['one_article_seconds']:.2f} s ≈ start-up; passes {c['all_seconds']})")
        for line in c.get("stderr_tail", []):
            print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
