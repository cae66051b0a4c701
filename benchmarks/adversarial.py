"""Hostile inputs: time and peak memory of ``accord analyze`` as the input grows.

Builds inputs of the shapes a hostile but fair user tried (long runs of punctuation,
deep nesting, a megabyte on one line, thousands of quotes, bylines and credit lines
that make regular expressions backtrack, a huge HTML page) at doubling sizes, and runs
each through the pipeline as ``accord analyze`` runs it, in a fresh process of its own,
so that its peak memory (``ru_maxrss``) is its own. The model is loaded before the clock
starts; the time runs from reading the file to the last record written, and is also
given by stage. For each shape
it prints the time and peak memory at each size, the growth exponent of the last
doubling (log2 of the time ratio: 1.0 is linear, 2.0 quadratic) and whether the run
printed a traceback. Nothing here asserts; ``tests/test_hostile.py`` keeps the fixed
cases from coming back, with bounds on size, never on time.

    .venv/bin/python benchmarks/adversarial.py                  # every shape, 64 KB .. 1 MB
    .venv/bin/python benchmarks/adversarial.py --shape quotes --max-kb 256
    .venv/bin/python benchmarks/adversarial.py --json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- shapes

_WORDS = ("the minister said talks with the neighbouring government would resume after "
          "officials met in the capital on Tuesday to discuss trade border security and "
          "aid while protesters gathered outside parliament").split()
_SPEAKERS = [("Anna Berg", "Norway"), ("Tomas Varga", "Hungary"), ("Li Wen", "China"),
             ("Maria Souza", "Brazil"), ("Kofi Mensah", "Ghana"), ("Olena Hrytsenko", "Ukraine")]


def _sentences(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 20))).capitalize() + ". "
        out.append(sentence)
        length += len(sentence)
    return "".join(out)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _quote_article(size: int, paragraphs_wanted: int | None = None) -> str:
    """Paragraphs that are each a quote with its speaker, as a long interview runs."""
    paragraphs = ["Leaders quoted at length", ""]
    length, i = 0, 0
    while (length < size) if paragraphs_wanted is None else (i < paragraphs_wanted):
        name, country = _SPEAKERS[i % len(_SPEAKERS)]
        words = " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(12))
        paragraph = f'"We will not accept that {words}," said {name}, the foreign minister of {country}.'
        paragraphs += [paragraph, ""]
        length += len(paragraph) + 2
        i += 1
    return "\n".join(paragraphs)


def _bylines(size: int) -> str:
    # 100-character lines of "By AandAand...!": a name pattern that can split at every "and".
    line = ("By " + "Aand" * 30)[:99] + "!"
    return "Talks resume\n\n" + _repeat(line + "\n", size) + "\nThe ministers met on Monday.\n"


def _credits(size: int) -> str:
    return "Talks resume\n\nThe ministers met on Monday.\n\n(Reporting by A" + " " * size + "B)\n"


def _nested(size: int) -> str:
    return "(" * (size // 2) + ")" * (size // 2)


def _html_page(size: int) -> str:
    body = []
    length = 0
    text = _sentences(size)
    for i in range(0, len(text), 600):
        body.append(f"<p>{text[i:i + 600]}</p>")
        length += 607
    return ("<!doctype html><html><head><title>Talks resume</title></head><body><article>"
            "<h1>Talks resume</h1>" + "\n".join(body) + "</article></body></html>")


# A run of marks alone is no article (accord refuses it at once); after a line of prose
# it is an article with a hostile paragraph, which the parse must get through.
_LEAD = "The ministers met on Monday to resume the talks.\n\n"

SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "quotes": (".txt", lambda n: _LEAD + _repeat('"', n)),
    "parens": (".txt", lambda n: _LEAD + _repeat("(", n)),
    "quote-a": (".txt", lambda n: _repeat('" a ', n)),
    "nested": (".txt", lambda n: _LEAD + _nested(n)),
    "one-line": (".txt", _sentences),
    "no-stops": (".txt", lambda n: _repeat("word ", n)),
    "quote-article": (".txt", _quote_article),
    "bylines": (".txt", _bylines),
    "credits": (".txt", _credits),
    "html-page": (".html", _html_page),
}

# Measured once, at the size the hostile tester tried: an interview of 4,000 paragraphs.
FIXED: dict[str, tuple[str, Callable[[int], str]]] = {
    "interview-4000": (".txt", lambda _: _quote_article(0, paragraphs_wanted=4000)),
}

# --------------------------------------------------------------------------- one run


def child(shape: str, size: int) -> None:
    """Analyse one built input in this process, as ``accord analyze`` does; print a JSON result.

    The pipeline runs through the library, as the command runs it (reading, every stage,
    each record written as a JSON line), so that each stage's seconds can be printed too.
    """
    import resource

    from accord.pipeline import Failure, Pipeline, analyze_text
    from accord.readers import read_paths

    analyze_text("Warm-up: the minister met his counterpart in Paris on Monday.")  # model, KB, patterns
    suffix, build = {**SHAPES, **FIXED}[shape]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{shape}{suffix}"
        path.write_text(build(size), encoding="utf-8")
        pipeline = Pipeline()
        records, errors = 0, []
        started = time.perf_counter()
        with (Path(tmp) / "out.jsonl").open("w", encoding="utf-8") as out:
            for result in pipeline.run(read_paths([path])):
                if isinstance(result, Failure):
                    errors.append(f"{result.kind}: {result.error}")
                    print(f"accord: error: {result.error}", file=sys.stderr)
                else:
                    out.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
                    records += 1
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(json.dumps({"seconds": round(seconds, 3), "peak_mb": round(peak, 1), "records": records,
                      "internal_errors": sum(e.startswith("InternalError") for e in errors),
                      "stages": {k: round(v, 2) for k, v in pipeline.stats.seconds.items()}}))


def measure(shape: str, size: int, timeout: float) -> dict[str, object]:
    """Time one shape at one size in a fresh process."""
    command = [sys.executable, __file__, "--child", shape, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=REPO)
    except subprocess.TimeoutExpired:
        return {"shape": shape, "size": size, "seconds": None, "timeout": timeout}
    result: dict[str, object] = {"shape": shape, "size": size}
    try:
        result.update(json.loads(done.stdout.strip().splitlines()[-1]))
    except (IndexError, json.JSONDecodeError):
        result["crashed"] = done.returncode
    errors = [line for line in done.stderr.splitlines() if line.startswith("accord: error:")]
    result["traceback"] = "Traceback" in done.stderr or bool(result.get("internal_errors"))
    result["error"] = errors[0][:160] if errors else None
    return result


def exponent(runs: list[dict[str, object]]) -> float | None:
    """log2 of the time ratio over the last doubling of size (None if it cannot be told)."""
    timed = [r for r in runs if isinstance(r.get("seconds"), float)]
    if len(timed) < 2:
        return None
    a, b = timed[-2], timed[-1]
    ratio_size = int(b["size"]) / int(a["size"])  # type: ignore[arg-type]
    ta, tb = float(a["seconds"]), float(b["seconds"])  # type: ignore[arg-type]
    if ta < 0.05 or tb < 0.05:
        return None  # too quick to tell growth from noise
    return math.log(tb / ta) / math.log(ratio_size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=sorted({**SHAPES, **FIXED}),
                        help="only this shape (repeatable)")
    parser.add_argument("--min-kb", type=int, default=64)
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before one run is given up")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    sizes = []
    kb = args.min_kb
    while kb <= args.max_kb:
        sizes.append(kb * 1024)
        kb *= 2
    report: dict[str, object] = {"cpus": os.cpu_count(), "load": os.getloadavg()[0], "shapes": {}}
    if not args.json:
        print(f"{'shape':14} {'size':>8} {'seconds':>8} {'peak MB':>8}  result")
    for shape in args.shape or [*SHAPES, *FIXED]:
        runs = []
        for size in sizes if shape in SHAPES else [len(FIXED[shape][1](0).encode())]:
            run = measure(shape, size, args.timeout)
            runs.append(run)
            if not args.json:
                seconds = f"{run['seconds']:.2f}" if isinstance(run.get("seconds"), float) else "timeout"
                outcome = ("TRACEBACK " if run.get("traceback") else "") + (
                    str(run["error"]) if run.get("error") else f"{run.get('records', 0)} record(s)")
                stages = run.get("stages") or {}
                slowest = ", ".join(f"{k} {v:.1f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])[:3])
                print(f"{shape:14} {size // 1024:>6}KB {seconds:>8} {run.get('peak_mb', '-'):>8}  {outcome}"
                      + (f"  ({slowest})" if slowest else ""), flush=True)
            if run.get("seconds") is None:
                break  # a doubling would only take longer
        growth = exponent(runs)
        report["shapes"][shape] = {"runs": runs, "exponent": growth}  # type: ignore[index]
        if not args.json:
            print(f"{shape:14} growth exponent over the last doubling: "
                  f"{'n/a (too quick)' if growth is None else f'{growth:.2f}'}", flush=True)
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
