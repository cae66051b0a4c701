"""Attribution on real political reporting: accord's quotes against PolNeAR.

PolNeAR (github.com/networkdynamics/PolNeAR) holds 1,008 US political news articles
from 2015-16 with every attribution annotated in the PARC style: a Source, a Cue and
one or more Content spans, in BRAT standoff files. The repository has no license and
its texts belong to their publishers, so nothing of it is kept in this project: take a
snapshot into a temporary folder and pass its path; this script reads it at run time
and prints figures only.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR   # or any snapshot
    python benchmarks/polnear.py /tmp/PolNeAR [--split dev|train] [--limit N] [--json]
                                              [--show-errors K]

Only the train and dev splits are read; the test split is the held-out measure and
is refused. Each article is scored against its first annotator in ``data/metadata.tsv``.

Kinds. A gold attribution is ``direct`` when every letter of its content lies inside
quotation marks, ``mixed`` when some do, ``indirect`` when none do (the marks are paired
within each paragraph, as news style writes them; a paragraph left open runs on into
the next one that opens with a mark). accord's quotes carry their ``kind``.

Matching. A predicted quote and a gold attribution match when their content spans
share at least half the characters of the longer of the two; each gold attribution
is matched once, greedily by overlap. Detection is scored per kind (a predicted
``direct`` quote against gold ``direct`` attributions, and so on) and for all kinds
together (kind ignored).

Speaker. A matched quote has the right speaker when its speaker's span overlaps the
gold Source span, or, for a gold source that is not a pronoun, when the family name
(last word) of the gold source is a word of the speaker's text or actor name.
Speaker-attributed P/R/F1 count a prediction as right only when it matches and its
speaker is right; gold attributions without a Source (``it is believed``) count in
detection only. Speaker accuracy is the share of matched quotes whose speaker is
right, by the gold source's kind: ``pronoun`` (he, she, they ...), ``named`` (the
source's last word is capitalised: ``Sen. Jane Roe``, ``the Post``) or ``nominal``
(``a campaign spokesman``, ``officials``, ``the report``).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("direct", "mixed", "indirect")
SPLITS = ("train", "dev")
TARGETS = {"direct": 0.85, "indirect": 0.60}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my",
            "who", "whom", "him", "them", "us", "me", "which", "that"}
OPENING = {'"', "\u201c", "\u201e", "\u00ab"}
CLOSING = {'"', "\u201d", "\u00bb"}
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass
class Gold:
    """One annotated attribution: its content pieces, source span, cue and kind."""

    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    source_text: str
    cue: str
    kind: str = "indirect"
    source_kind: str = "none"

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.content)


@dataclass
class Article:
    name: str
    text: str
    gold: list[Gold] = field(default_factory=list)


# --- reading the snapshot --------------------------------------------------------------

def read_split(root: Path, split: str, limit: int | None = None) -> list[Article]:
    """The articles of one split, each with its first annotator's attributions."""
    data = root / "data" if (root / "data").is_dir() else root
    meta = data / "metadata.tsv"
    if not meta.is_file():
        raise SystemExit(f"{meta}: not found; pass the path of a PolNeAR snapshot")
    articles = []
    with meta.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["compartment"] != split:
                continue
            annotator = row["annotators"].split("|")[0]
            text_path = data / split / "text" / f"{row['filename']}.txt"
            ann_path = data / split / "attributions" / f"{row['filename']}_{annotator}.ann"
            if not text_path.is_file() or not ann_path.is_file():
                print(f"{ann_path}: missing, article skipped", file=sys.stderr)
                continue
            text = text_path.read_text(encoding="utf-8")
            articles.append(Article(row["filename"], text, read_brat(ann_path, text)))
            if limit and len(articles) >= limit:
                break
    return articles


def _spans(cell: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (piece.split() for piece in cell.split(";"))]


def read_brat(path: Path, text: str) -> list[Gold]:
    """The attributions of one BRAT file (event lines linking Source, Cue and Content)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _T_LINE.match(line)
        if m:
            spans[m.group(1)] = _spans(m.group(3))
    gold = []
    mask = quoted_mask(text)
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _E_LINE.match(line)
        if not m:
            continue
        roles: dict[str, list[str]] = collections.defaultdict(list)
        for arg in m.group(2).split():
            role, _, ref = arg.partition(":")
            roles[re.sub(r"\d+$", "", role)].append(ref)
        content = sorted(s for ref in roles.get("Content", []) for s in spans.get(ref, []))
        if not content:
            continue
        source = [s for ref in roles.get("Source", []) for s in spans.get(ref, [])]
        cue = [s for ref in roles.get("Cue", []) for s in spans.get(ref, [])]
        source_span = (min(s for s, _ in source), max(e for _, e in source)) if source else None
        g = Gold(content=content, source=source_span,
                 source_text=" ".join(text[s:e] for s, e in source),
                 cue=" ".join(text[s:e] for s, e in sorted(cue)))
        g.kind = gold_kind(text, content, mask)
        g.source_kind = source_kind(g.source_text) if source else "none"
        gold.append(g)
    return gold


# --- kinds -----------------------------------------------------------------------------

def quoted_mask(text: str) -> list[bool]:
    """For each character, whether it lies between paired quotation marks."""
    mask = [False] * len(text)
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None:
            # A quote left open at a paragraph's end runs on only if the next one reopens.
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and text[j] in OPENING:
                continue
            open_at = None
            continue
        if open_at is None:
            if ch in OPENING and (i == 0 or not text[i - 1].isalnum()):
                open_at = i
        elif ch in CLOSING or ch in OPENING and ch == '"':
            for k in range(open_at, i + 1):
                mask[k] = True
            open_at = None
    return mask


def gold_kind(text: str, content: list[tuple[int, int]], mask: list[bool]) -> str:
    """``direct``, ``mixed`` or ``indirect``, from the quotation marks (``mask``, from
    :func:`quoted_mask`) around the content's letters."""
    letters = [mask[i] for s, e in content for i in range(s, min(e, len(text))) if text[i].isalnum()]
    if letters and all(letters):
        return "direct"
    return "mixed" if any(letters) else "indirect"


def source_kind(source: str) -> str:
    words = re.findall(r"[\w'’.-]+", source)
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    return "named" if words[-1][:1].isupper() else "nominal"


# --- predictions -----------------------------------------------------------------------

@dataclass
class Predicted:
    content: list[tuple[int, int]]
    kind: str
    speaker: tuple[int, int] | None
    speaker_names: list[str]
    text: str

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.content)


def _offset_map(doc_text: str, raw: str) -> list[int] | None:
    """Raw-text offset for each offset of accord's text, when the two agree once
    whitespace is set aside (the clean stage reflows lines; it changes no letter)."""
    raw_positions = [i for i, ch in enumerate(raw) if not ch.isspace()]
    raw_chars = "".join(raw[i] for i in raw_positions)
    doc_chars = "".join(ch for ch in doc_text if not ch.isspace())
    at = raw_chars.find(doc_chars[:200])
    if at < 0:
        return None
    out, k = [], at
    for ch in doc_text:
        if k >= len(raw_positions):
            out.append(len(raw))
            continue
        if ch.isspace():
            out.append(raw_positions[k])
            continue
        if raw_chars[k] != ch:
            return None
        out.append(raw_positions[k])
        k += 1
    out.append(raw_positions[k - 1] + 1 if k else 0)
    return out


def quote_kind(q: Any) -> str:
    kind = getattr(q, "kind", None)
    if kind in KINDS:
        return kind
    return "direct" if q.direct else "indirect"


def predictions(doc: Any, raw: str) -> list[Predicted] | None:
    mapping = _offset_map(doc.text, raw)
    if mapping is None:
        return None

    def to_raw(s: int, e: int) -> tuple[int, int]:
        return mapping[s], mapping[max(s, e - 1)] + 1

    out = []
    for q in doc.quotes:
        pieces = getattr(q, "spans", None) or [(q.start, q.end)]
        sp = q.speaker
        names = []
        if sp is not None:
            names = [sp.text] + ([sp.actor.name] if sp.actor is not None and sp.actor.name else [])
        out.append(Predicted(content=[to_raw(s, e) for s, e in pieces], kind=quote_kind(q),
                             speaker=to_raw(sp.start, sp.end) if sp is not None else None,
                             speaker_names=names, text=q.text))
    return out


# --- scoring ---------------------------------------------------------------------------

def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def matches(gold: list[Gold], pred: list[Predicted]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, greedily by overlap, each used once."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = overlap(g.content, p.content)
            if shared and shared >= 0.5 * max(g.length, p.length):
                pairs.append((shared, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def family(text: str) -> str:
    words = re.findall(r"[\w'’-]+", text.lower())
    words = [w for w in words if w not in ("jr", "sr", "ii", "iii")]
    return words[-1].removesuffix("’s").removesuffix("'s") if words else ""


def speaker_right(g: Gold, p: Predicted) -> bool:
    if g.source is None or p.speaker is None:
        return False
    if p.speaker[0] < g.source[1] and g.source[0] < p.speaker[1]:
        return True
    if g.source_kind == "pronoun":
        return False
    fam = family(g.source_text)
    return bool(fam) and any(fam in re.findall(r"[\w'’-]+", n.lower()) for n in p.speaker_names)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def score(articles: list[Article], preds: list[list[Predicted]], show: int = 0) -> dict[str, Any]:
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_source: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    errors: dict[str, list[str]] = collections.defaultdict(list)
    for art, pred in zip(articles, preds):
        for label, kinds in [(k, (k,)) for k in KINDS] + [("all", KINDS)]:
            gold = [g for g in art.gold if g.kind in kinds]
            mine = [p for p in pred if p.kind in kinds]
            pairs = matches(gold, mine)
            c = counts[label]
            c["gold"] += len(gold)
            c["gold_sourced"] += sum(1 for g in gold if g.source is not None)
            c["pred"] += len(mine)
            c["found"] += len(pairs)
            for gi, pi in pairs:
                right = speaker_right(gold[gi], mine[pi])
                c["attributed"] += right
                if gold[gi].source is not None:
                    c["matched_sourced"] += 1
                if label == "all" and gold[gi].source is not None:
                    by_source[gold[gi].source_kind]["n"] += 1
                    by_source[gold[gi].source_kind]["right"] += right
                    if not right and len(errors["speaker"]) < show:
                        errors["speaker"].append(f"{art.name}: gold {gold[gi].source_text!r}, accord "
                                                 f"{mine[pi].speaker_names!r}: {mine[pi].text[:90]!r}")
            if label == "all" and show:
                hit_g = {gi for gi, _ in pairs}
                hit_p = {pi for _, pi in pairs}
                for gi, g in enumerate(gold):
                    if gi not in hit_g and len(errors[f"missed {g.kind}"]) < show:
                        errors[f"missed {g.kind}"].append(
                            f"{art.name}: [{g.source_text} | {g.cue}] "
                            f"{' … '.join(art.text[s:e] for s, e in g.content)[:140]!r}")
                for pi, p in enumerate(mine):
                    if pi not in hit_p and len(errors[f"spurious {p.kind}"]) < show:
                        errors[f"spurious {p.kind}"].append(f"{art.name}: {p.speaker_names[:1]} {p.text[:140]!r}")
    out: dict[str, Any] = {}
    for label in (*KINDS, "all"):
        c = counts[label]
        out[label] = {"detection": prf(c["found"], c["pred"], c["gold"]),
                      # a prediction is right only with its speaker; gold without a source is left out
                      "speaker_attributed": prf(c["attributed"], c["pred"] - (c["found"] - c["matched_sourced"]),
                                                c["gold_sourced"])}
    out["speaker_accuracy"] = {k: {"n": v["n"], "accuracy": round(v["right"] / v["n"], 3) if v["n"] else None}
                               for k, v in sorted(by_source.items())}
    out["errors"] = dict(errors)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("snapshot", type=Path, help="path of a PolNeAR snapshot (its root or its data folder)")
    ap.add_argument("--split", default="dev", help="train or dev (the test split is refused)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-errors", type=int, default=0, metavar="K")
    args = ap.parse_args()
    if args.split not in SPLITS:
        ap.error(f"--split {args.split}: only {' and '.join(SPLITS)} are read; the test split is held out")

    from accord.pipeline import Pipeline
    from accord.record import RawArticle

    articles = read_split(args.snapshot, args.split, args.limit)
    pipeline = Pipeline()
    started = time.perf_counter()
    preds, kept = [], []
    for art in articles:
        doc = pipeline.analyze_one(RawArticle(input=art.name, where=art.name, data=art.text, media="text"))
        pred = predictions(doc, art.text)
        if pred is None:
            print(f"{art.name}: accord's text does not align with the file; article skipped", file=sys.stderr)
            continue
        preds.append(pred)
        kept.append(art)
    seconds = time.perf_counter() - started
    result = score(kept, preds, args.show_errors)
    result["articles"] = len(kept)
    result["seconds"] = round(seconds, 1)
    result["gold_by_kind"] = dict(collections.Counter(g.kind for a in kept for g in a.gold))
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"PolNeAR {args.split}: {len(kept)} articles, {sum(len(a.gold) for a in kept)} attributions "
          f"({', '.join(f'{k} {v}' for k, v in sorted(result['gold_by_kind'].items()))}), {seconds:.0f} s")
    print(f"{'':10} {'detection P/R/F1':>24} {'speaker-attributed P/R/F1':>30}  target")
    for label in (*KINDS, "all"):
        d, s = result[label]["detection"], result[label]["speaker_attributed"]
        target = f">= {TARGETS[label]:.2f}" if label in TARGETS else ""
        print(f"{label:10} {d['p']:>8.3f}{d['r']:>8.3f}{d['f1']:>8.3f} {s['p']:>14.3f}{s['r']:>8.3f}{s['f1']:>8.3f}  {target}")
    print("speaker right when found, by gold source kind:",
          ", ".join(f"{k} {v['accuracy']} (n={v['n']})" for k, v in result["speaker_accuracy"].items()))
    for label, lines in result["errors"].items():
        print(f"\n{label}:")
        for line in lines:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
