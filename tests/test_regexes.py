"""No regular expression in accord backtracks catastrophically on hostile input.

accord runs its regular expressions over text it did not write: article bodies, lines,
metadata values, dictionary files. Each must run in time roughly linear in its input,
whatever that input holds. This file checks every one of them, without a list to keep up:

1. **Sites.** Every call ``re.compile/match/search/sub/subn/findall/finditer/fullmatch/
   split(...)`` in ``src/accord`` is a site, found by parsing the source with ``ast``
   (:func:`find_sites`). Each site is its own test case, its id ``file:line``.
2. **The pattern.** The pattern and flags arguments are evaluated in the module's own
   namespace, so module constants, concatenations and f-strings of them all work. A
   pattern built from local values (the metadata labels read from boilerplate.json) cannot
   be evaluated that way; :data:`BUILT_AT_RUN_TIME` says how to get it. A site that is in
   neither case fails with a message saying to add it to that table, so a regex added
   later is never skipped.
3. **How it is run.** As the source runs it: ``re.sub`` as a scan, ``re.match`` as a match.
   For ``re.compile`` the methods called on the name the pattern is given anywhere in
   src/accord (``_BYLINE.match``, ``vocab.label_pattern.finditer``, ``_PREFIXED_WORD.match``
   handed to spaCy); a name also used as a plain value (kept in a table such as
   times._RULES) gets every kind. Kinds are ``match``, ``fullmatch`` and ``scan`` (search,
   finditer, findall, sub, split: the engine tries every start position; run as finditer).
4. **Hostile inputs** (:func:`hostile_inputs`), built from the pattern's own pieces as read
   by ``re._parser``: long runs of each literal character and a representative of each
   class (space, newline, letters upper and lower, digit, the pattern's punctuation),
   each alternating with a space or a letter; repeats of each literal word or alternative
   on its own, followed by a space and preceded by a letter (``AandAand...``). Each
   comes after each of a few prefixes that get the pattern past its anchored opening
   (``By ``, ``(Reporting by ``: the shortest text for everything before each repeat),
   the empty prefix included, and before a character the pattern does not name, so that
   the attempt fails at the very end.

Nothing here measures time (house rule). At :data:`SIZE` characters a linear pattern gets
through all its inputs in a few seconds (times.py's date patterns, the slowest, in about
five; the whole file in well under a minute), a quadratic one takes minutes (each hostile
input alone some fifteen seconds) and an exponential one never ends: the per-site timeout,
:data:`SITE_TIMEOUT`, fails it with a traceback that shows the input. For a quicker look,
``pytest tests/test_regexes.py --timeout 10`` shortens it.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

import pytest

import accord
from accord.stages.header import load_header_vocabulary

SRC = Path(accord.__file__).resolve().parent
RE_FUNCTIONS = ("compile", "match", "search", "sub", "subn", "findall", "finditer", "fullmatch", "split")
# Where each function takes its flags when they are given by position.
FLAGS_POSITION = {"compile": 1, "match": 2, "search": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
                  "split": 3, "sub": 4, "subn": 4}
# How each method runs through its input: every start position ("scan"), or one.
KIND = {"match": "match", "fullmatch": "fullmatch", "search": "scan", "finditer": "scan",
        "findall": "scan", "sub": "scan", "subn": "scan", "split": "scan"}
RUN: dict[str, Callable[[re.Pattern, str | bytes], object]] = {
    "match": lambda pattern, text: pattern.match(text),
    "fullmatch": lambda pattern, text: pattern.fullmatch(text),
    "scan": lambda pattern, text: sum(1 for _ in pattern.finditer(text)),
}

# Patterns built from local values, which the module's namespace cannot evaluate:
# (file, function, the name the pattern is given) -> how to get the compiled pattern.
BUILT_AT_RUN_TIME: dict[tuple[str, str | None, str | None], Callable[[], re.Pattern]] = {
    ("stages/header.py", "load_header_vocabulary", "label_pattern"): lambda: load_header_vocabulary().label_pattern,
}

# Characters in a hostile input. At this size a linear pattern gets through all its inputs
# in a few seconds; a quadratic one spends some fifteen seconds on each input that hits it
# (and it gets several), so it runs for minutes.
SIZE = 60_000
# Seconds each site may take, unless --timeout on the command line asks for less.
SITE_TIMEOUT = 60


# --- 1. sites ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Site:
    file: str                 # relative to src/accord
    line: int
    function: str | None      # the enclosing function, if any
    name: str | None          # the name a compiled pattern is assigned to, if any
    call: str                 # compile, match, search, ...
    node: ast.Call

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}" + (f":{self.node.col_offset}" if self.shares_line else "")

    @property
    def shares_line(self) -> bool:
        return sum(1 for s in SITES if (s.file, s.line) == (self.file, self.line)) > 1

    @property
    def module(self) -> str:
        parts = Path(self.file).with_suffix("").parts
        return ".".join(("accord", *(parts[:-1] if parts[-1] == "__init__" else parts)))


def _is_re_call(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in RE_FUNCTIONS)


def _last_name(node: ast.AST) -> str | None:
    """``X`` for ``X`` and for ``a.b.X``."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


class _SiteFinder(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file, self.function, self.sites = file, None, []
        self.names: dict[int, str] = {}  # id(call) -> the name it is assigned to

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Assign(self, node: ast.Assign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if _is_re_call(node.value) and len(targets) == 1:
            self.names[id(node.value)] = _last_name(targets[0])
        self.generic_visit(node)

    visit_AnnAssign = visit_Assign

    def visit_Call(self, node: ast.Call) -> None:
        if _is_re_call(node):
            self.sites.append(Site(self.file, node.lineno, self.function, self.names.get(id(node)),
                                   node.func.attr, node))
        self.generic_visit(node)


def _sources() -> dict[str, ast.Module]:
    return {path.relative_to(SRC).as_posix(): ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(SRC.rglob("*.py"))}


def find_sites() -> list[Site]:
    """Every ``re.<function>(...)`` call in src/accord, in file and line order."""
    sites = []
    for file, tree in _sources().items():
        finder = _SiteFinder(file)
        finder.visit(tree)
        sites.extend(finder.sites)
    return sites


def _uses() -> dict[str, set[str]]:
    """For each name: the kinds of the pattern methods called on it anywhere in src/accord
    (``_BYLINE.match`` -> match), and every kind if the name is also used as a plain value."""
    uses: dict[str, set[str]] = {}
    for tree in _sources().values():
        receivers = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in KIND and _last_name(node.value):
                uses.setdefault(_last_name(node.value), set()).add(KIND[node.attr])
                receivers.add(id(node.value))
        for node in ast.walk(tree):
            if (isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, ast.Load)
                    and id(node) not in receivers and not _is_re_module(node)):
                uses.setdefault(_last_name(node), set()).update(RUN)
    return uses


def _is_re_module(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id == "re"


SITES = find_sites()
USES = _uses()


# --- 2. the pattern and 3. how it is run ------------------------------------------------------------------------

def _argument(site: Site, position: int, keyword: str) -> ast.expr | None:
    if len(site.node.args) > position:
        return site.node.args[position]
    return next((k.value for k in site.node.keywords if k.arg == keyword), None)


def compiled(site: Site) -> re.Pattern:
    """The site's pattern, compiled with its flags."""
    key = (site.file, site.function, site.name)
    if key in BUILT_AT_RUN_TIME:
        return BUILT_AT_RUN_TIME[key]()
    namespace = vars(importlib.import_module(site.module))
    flags = _argument(site, FLAGS_POSITION[site.call], "flags")
    try:
        pattern = eval(compile(ast.Expression(_argument(site, 0, "pattern")), site.file, "eval"), namespace)
        flags = eval(compile(ast.Expression(flags), site.file, "eval"), namespace) if flags else 0
    except NameError as e:
        pytest.fail(f"{site.id}: the pattern is built from local values ({e}); add "
                    f"{key!r}: lambda: <the compiled pattern> to BUILT_AT_RUN_TIME in {__file__}")
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)


def kinds(site: Site) -> set[str]:
    """How the source runs the site's pattern (every kind when it cannot tell)."""
    if site.call != "compile":
        return {KIND[site.call]}
    return (USES.get(site.name) or set(RUN)) if site.name else set(RUN)


# --- 4. hostile inputs ---------------------------------------------------------------------

REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# A representative character of each class escape.
CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: "7", sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_SPACE: " \n",
    sre.CATEGORY_NOT_SPACE: "a", sre.CATEGORY_WORD: "aA7", sre.CATEGORY_NOT_WORD: "!",
    sre.CATEGORY_LINEBREAK: "\n", sre.CATEGORY_NOT_LINEBREAK: "a",
}
# Characters every pattern's inputs are made of, besides its own.
ALWAYS = " aA7"
# Characters whose alternation with another a run also tries (``a a a``, ``.A.A``).
BETWEEN = " Aa"


def _class_chars(items: list) -> str:
    """Characters a ``[...]`` set names, and one it matches if it is negated."""
    chars = ""
    for op, av in items:
        if op is sre.LITERAL:
            chars += chr(av)
        elif op is sre.RANGE:
            chars += chr(av[0]) + chr(av[1])
        elif op is sre.CATEGORY:
            chars += CATEGORY_CHARS.get(av, "")
    if items and items[0][0] is sre.NEGATE:
        chars += "a" if "a" not in chars else "!"
    return chars


def _pieces(parsed, chars: list[str], words: list[str]) -> None:
    """Collect the characters and literal words (runs of two or more literals) of a parsed
    pattern; a branch's literal alternatives (``and``) are words too. A lone literal is a
    character; the letters of a word are tried as the word."""
    run = ""
    for op, av in parsed:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            (words if len(run) > 1 else chars).append(run)
        run = ""
        if op is sre.NOT_LITERAL:
            chars.extend((chr(av), "a" if chr(av) != "a" else "!"))
        elif op is sre.IN:
            chars.extend(_class_chars(av))
        elif op is sre.ANY:
            chars.append("a")
        elif op in REPEATS:
            _pieces(av[2], chars, words)
        elif op is sre.SUBPATTERN:
            _pieces(av[3], chars, words)
        elif op is sre.ATOMIC_GROUP:
            _pieces(av, chars, words)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                _pieces(alternative, chars, words)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _pieces(av[1], chars, words)
        elif op is sre.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch:
                    _pieces(branch, chars, words)
    if run:
        (words if len(run) > 1 else chars).append(run)


def _shortest(parsed) -> str:
    """A shortest text for a parsed (sub)pattern, assertions ignored."""
    text = ""
    for op, av in parsed:
        if op is sre.LITERAL:
            text += chr(av)
        elif op in (sre.NOT_LITERAL, sre.ANY):
            text += "a" if op is sre.ANY or chr(av) != "a" else "b"
        elif op is sre.IN:
            text += (_class_chars(av) or "a")[-1 if av[0][0] is sre.NEGATE else 0]
        elif op in REPEATS:
            text += _shortest(av[2]) * av[0]
        elif op is sre.SUBPATTERN:
            text += _shortest(av[3])
        elif op is sre.ATOMIC_GROUP:
            text += _shortest(av)
        elif op is sre.BRANCH:
            text += min((_shortest(a) for a in av[1]), key=len)
    return text


def _opened(parsed) -> Iterator[tuple]:
    """The pattern's items in order, groups opened in place."""
    for op, av in parsed:
        if op is sre.SUBPATTERN:
            yield from _opened(av[3])
        elif op is sre.ATOMIC_GROUP:
            yield from _opened(av)
        else:
            yield op, av


def _prefixes(parsed) -> list[str]:
    """The shortest text for everything before each repeat or alternation, and through each
    (``^By\\s+(?P<names>[A-Z]\\w*...`` -> "", "By", "By ", "By A")."""
    prefixes, text = [""], ""
    for op, av in _opened(parsed):
        if op in REPEATS or op is sre.BRANCH:
            prefixes.append(text)
        text += _shortest([(op, av)])
        if op in REPEATS or op is sre.BRANCH:
            prefixes.append(text)
    return list(dict.fromkeys(prefixes))


def hostile_inputs(pattern: re.Pattern) -> Iterator[str | bytes]:
    """Long runs of the pattern's characters and words, after each of its prefixes."""
    source = pattern.pattern
    parsed = sre_parse.parse(source, pattern.flags)
    chars, words = list(ALWAYS), []
    _pieces(parsed, chars, words)
    chars = list(dict.fromkeys(chars))
    words = list({w.casefold(): w for w in words}.values())  # "JANUARY" is tried as "January"
    tail = next((c for c in "!~#%\x01" if c not in chars), "")
    bodies = [c * SIZE for c in chars]
    bodies += [(c + d) * (SIZE // 2) for c in chars for d in BETWEEN if c != d]
    for w in words:
        n = SIZE // (len(w) + 1)
        bodies += [w * n, (w + " ") * n, ("A" + w) * n]
    for prefix in _prefixes(parsed):
        for body in bodies:
            text = prefix + body + tail
            yield text.encode("latin-1", "replace") if isinstance(source, bytes) else text


# --- the tests -----------------------------------------------------------------------------

def test_sites_are_found():
    """The walk finds the sites (the byline pattern, the credit line's substitutions among
    them), and the source calls ``re`` only as ``re.<function>``: ``from re import search``
    or ``import re as r`` would hide a site from it."""
    assert len(SITES) > 50
    assert any(site.name == "_BYLINE" for site in SITES)
    assert any(site.function == "_credits" and site.call == "sub" for site in SITES)
    for file, tree in _sources().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "re", f"{file}:{node.lineno}: write `import re`, so its regexes are found"
            if isinstance(node, ast.Import):
                assert all(a.asname is None for a in node.names if a.name == "re"), \
                    f"{file}:{node.lineno}: write `import re`, so its regexes are found"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One case per site, id ``file:line``, with a timeout of its own: SITE_TIMEOUT, or a
    shorter ``--timeout`` (a timeout marker would otherwise win over the command line)."""
    if "site" in metafunc.fixturenames:
        timeout = min(filter(None, (SITE_TIMEOUT, metafunc.config.getoption("timeout", None))))
        metafunc.parametrize("site", [pytest.param(site, id=site.id, marks=pytest.mark.timeout(timeout))
                                      for site in SITES])


def test_no_catastrophic_backtracking(site: Site):
    """Every hostile input, run the way the source runs the pattern, in time (see above)."""
    pattern = compiled(site)
    runs = [RUN[kind] for kind in sorted(kinds(site))]
    for text in hostile_inputs(pattern):
        for run in runs:
            run(pattern, text)
