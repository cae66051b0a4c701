"""The actors stage: every mention resolved to a canonical actor.

Three sources of mentions are merged:

1. the knowledge base's names, adjectives, capitals, cities and organisations, found
   with a spaCy ``PhraseMatcher`` (``kb-country``, ``kb-organisation``, ``kb-city``);
2. spaCy's named entities (people, organisations, places, groups);
3. later mentions of a person already named in full (``Putin`` after
   ``Vladimir Putin``), which take that person's actor (``coref-surname``).

A person's country, sector and role come from the title before the name
(``Chinese Vice Premier Sun Chunlan``), from an apposition after it (``X, professor at
Russia's Higher School of Economics``) or from a noun phrase before it (``his Russian
counterpart, Vladimir Putin``). An organisation takes the country it names or belongs to
(``Russia's Higher School of Economics``, ``St. Petersburg State University``) and a
sector from its head word. Each entity records the rule that resolved it.
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from accord.kb import KBMatch, KnowledgeBase, load_kb
from accord.record import Actor, Document, Entity

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# spaCy labels that name actors or places; the rest (dates, money, works of art) do not.
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_KIND_BY_LABEL = {"PERSON": "PERSON", "ORG": "ORGANISATION", "GPE": "PLACE", "LOC": "PLACE",
                  "FAC": "PLACE", "NORP": "GROUP"}


@dataclass(frozen=True)
class RoleWord:
    role: str
    sector: str


@lru_cache(maxsize=None)
def load_roles(path: Path = DATA_DIR / "roles.tsv") -> dict[str, RoleWord]:
    """Role phrases (lower case) -> the role and sector they signal."""
    table: dict[str, RoleWord] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for word in row["words"].split("|"):
                table.setdefault(word.strip().lower(), RoleWord(row["role"], row["sector"]))
    return table


@lru_cache(maxsize=None)
def load_org_sectors(path: Path = DATA_DIR / "org_sectors.tsv") -> dict[str, str]:
    """Head words of organisation names (lower case) -> sector."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["word"].lower(): row["sector"] for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=None)
def _matchers(kb_id: int) -> tuple[Any, Any]:
    """PhraseMatchers over every knowledge-base alias: exact case, and lower case."""
    from spacy.matcher import PhraseMatcher

    from accord.stages.nlp import load_model

    kb = _KB_BY_ID[kb_id]
    nlp = load_model()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact_aliases, folded_aliases = set(), set()
    for alias, _match in kb.aliases():
        # Acronyms keep their case ("US" is not "us"); longer names match in any case,
        # and a capital letter is required of the text itself (see _kb_mentions).
        if alias.isupper() or len(alias) <= 4 or any(c.isdigit() for c in alias):
            exact_aliases.add(alias)
        else:
            folded_aliases.add(alias)
    exact.add("KB", [nlp.make_doc(a) for a in sorted(exact_aliases)])
    folded.add("KB", [nlp.make_doc(a) for a in sorted(folded_aliases)])
    return exact, folded


_KB_BY_ID: dict[int, KnowledgeBase] = {}


def resolve_actors(doc: Document) -> Document:
    """Fill ``doc.entities`` from ``doc.nlp``."""
    kb = load_kb()
    sdoc = doc.nlp
    reference = doc.reference_date.isoformat() if doc.reference_date else None
    mentions = _kb_mentions(sdoc, kb, reference)
    covered = [(e.start, e.end) for e in mentions]
    found = list(mentions)
    for ent in sdoc.ents:
        if ent.label_ not in _ACTOR_LABELS:
            continue
        start, end = _trim_the(ent)
        if any(s <= start and end <= e for s, e in covered):
            continue  # the knowledge base already knows this mention (or a larger one)
        entity = _resolve_entity(ent, start, end, doc, kb, mentions)
        if entity is not None:
            found.append(entity)
    found.extend(_surname_mentions(sdoc, found))
    found.sort(key=lambda e: (e.start, -e.end))
    doc.entities = found
    return doc


# --- knowledge-base mentions -----------------------------------------------------------

def _kb_mentions(sdoc: Any, kb: KnowledgeBase, reference: str | None) -> list[Entity]:
    _KB_BY_ID.setdefault(id(kb), kb)
    exact, folded = _matchers(id(kb))
    spans = [sdoc[s:e] for _, s, e in exact(sdoc)] + [sdoc[s:e] for _, s, e in folded(sdoc)]
    # Longest first, then leftmost; a span inside a kept one is dropped.
    spans.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
    taken: set[int] = set()
    entities = []
    for span in spans:
        if not span.text[:1].isupper() or any(i in taken for i in range(span.start, span.end)):
            continue
        match = _best_match(kb.lookup(span.text), reference)
        if match is None:
            continue
        taken.update(range(span.start, span.end))
        actor = kb.actor_for(match)
        entities.append(Entity(text=span.text, start=span.start_char, end=span.end_char,
                               kind=actor.kind or match.kind.upper(), actor=actor,
                               rule=f"kb-{match.kind}-{match.via}"))
    return entities


def _best_match(matches: list[KBMatch], reference: str | None) -> KBMatch | None:
    """Prefer a state that existed on the article's date; then countries over cities."""
    if not matches:
        return None

    def valid(m: KBMatch) -> bool:
        frm, to = getattr(m.target, "valid_from", None), getattr(m.target, "valid_to", None)
        if reference is None:
            return not to
        return (not frm or frm <= reference) and (not to or reference <= to)

    order = {"country": 0, "organisation": 1, "city": 2}
    return sorted(matches, key=lambda m: (not valid(m), order.get(m.kind, 3)))[0]


# --- spaCy entities --------------------------------------------------------------------

def _trim_the(ent: Any) -> tuple[int, int]:
    if ent[0].lower_ == "the" and len(ent) > 1:
        return ent[1].idx, ent.end_char
    return ent.start_char, ent.end_char


def _resolve_entity(ent: Any, start: int, end: int, doc: Document, kb: KnowledgeBase,
                    mentions: list[Entity]) -> Entity | None:
    text = doc.text[start:end]
    if text.endswith("'s"):
        text, end = text[:-2], end - 2
    if not text.strip() or not text[:1].isalnum():
        return None
    label = ent.label_
    if label == "PERSON":
        actor, rule = _person_actor(ent, text, doc, mentions)
    elif label == "ORG":
        actor, rule = _organisation_actor(text, start, end, mentions)
    else:
        actor = Actor(id=f"{_KIND_BY_LABEL[label]}:{text}", name=text, kind=_KIND_BY_LABEL[label])
        rule = f"spacy-{label.lower()}"
    return Entity(text=text, start=start, end=end, kind=label, actor=actor, rule=rule)


def _inside(mentions: list[Entity], start: int, end: int) -> list[Entity]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _country_of(mentions: list[Entity]) -> str | None:
    countries = {m.actor.country for m in mentions if m.actor and m.actor.country}
    return countries.pop() if len(countries) == 1 else None


def _organisation_actor(text: str, start: int, end: int, mentions: list[Entity]) -> tuple[Actor, str]:
    sectors = load_org_sectors()
    sector = next((sectors[w] for w in reversed(re.findall(r"[a-z]+", text.lower())) if w in sectors), None)
    country = _country_of(_inside(mentions, start, end))
    rule = "org-country-inside" if country else "spacy-org"
    return Actor(id=f"ORG:{text}", name=text, country=country, sector=sector, kind="ORGANISATION"), rule


def _person_actor(ent: Any, text: str, doc: Document, mentions: list[Entity]) -> tuple[Actor, str]:
    """A person, with country, sector and role from the words around the name."""
    sent = ent.sent
    role = sector = country = None
    rule = "spacy-person"
    # 1. a title before the name: "Chinese Vice Premier Sun Chunlan"
    title_start = ent.start
    while title_start > sent.start and (doc.nlp[title_start - 1].is_title
                                        or doc.nlp[title_start - 1].text == "'s"):
        title_start -= 1
        if ent.start - title_start >= 6:
            break
    if title_start < ent.start:
        title = doc.nlp[title_start:ent.start]
        role, sector = _role_in(title.text)
        country = _country_of(_inside(mentions, title.start_char, title.end_char))
        if role or country:
            rule = "person-title"
    # 2. an apposition after the name: "Andrey Karneev, professor at ... of Russia's ..."
    if not (role and country):
        window = _apposition_after(ent, sent)
        if window is not None:
            r2, s2 = _role_in(window.text)
            c2 = _country_of(_inside(mentions, window.start_char, window.end_char))
            if r2 or c2:
                role, sector, country = role or r2, sector or s2, country or c2
                rule = "person-apposition"
    # 3. a noun phrase before the name: "his Russian counterpart, Vladimir Putin"
    if not (role and country):
        window = _apposition_before(ent, sent)
        if window is not None:
            r3, s3 = _role_in(window.text)
            c3 = _country_of(_inside(mentions, window.start_char, window.end_char))
            if r3 or c3:
                role, sector, country = role or r3, sector or s3, country or c3
                rule = "person-apposition-before"
    return Actor(id=f"PERSON:{text}", name=text, country=country, sector=sector, role=role,
                 kind="PERSON"), rule


def _role_in(text: str) -> tuple[str | None, str | None]:
    """The most specific role phrase in ``text`` (longest wins), as (role, sector)."""
    roles = load_roles()
    lower = " " + re.sub(r"[^\w\s-]", " ", text.lower()) + " "
    best: tuple[int, RoleWord] | None = None
    for phrase, word in roles.items():
        if f" {phrase} " in lower and (best is None or len(phrase) > best[0]):
            best = (len(phrase), word)
    return (best[1].role, best[1].sector) if best else (None, None)


def _apposition_after(ent: Any, sent: Any) -> Any | None:
    """``NAME, <this part>,`` up to the next comma, semicolon or verb."""
    i = ent.end
    if i >= sent.end or ent.doc[i].text != ",":
        return None
    j = i + 1
    while j < sent.end and j - i < 30:
        tok = ent.doc[j]
        if tok.text in {",", ";", "(", ")", "\""} or tok.pos_ in ("VERB", "AUX"):
            break
        j += 1
    return ent.doc[i + 1:j] if j > i + 1 else None


def _apposition_before(ent: Any, sent: Any) -> Any | None:
    """``<this part>, NAME``: the noun phrase a comma sets before a name."""
    i = ent.start - 1
    if i <= sent.start or ent.doc[i].text != ",":
        return None
    j = i
    while j > sent.start and i - j < 8:
        tok = ent.doc[j - 1]
        if tok.text in {",", ";", "\""} or tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ != "of":
            break
        j -= 1
    return ent.doc[j:i] if j < i else None


# --- later mentions --------------------------------------------------------------------

def _surname_mentions(sdoc: Any, entities: list[Entity]) -> list[Entity]:
    """Single-word mentions of a person named in full earlier in the article."""
    people: dict[str, Entity] = {}
    for e in sorted(entities, key=lambda e: e.start):
        if e.kind == "PERSON" and e.actor and len(e.text.split()) > 1:
            for part in e.text.split():
                if part[:1].isupper() and len(part) > 1:
                    people.setdefault(part, e)
    if not people:
        return []
    out: list[Entity] = []
    by_start = {e.start: e for e in entities}
    for e in list(entities):
        full = people.get(e.text)
        if e.kind == "PERSON" and full is not None and full.start < e.start and full is not e:
            e.actor, e.rule = full.actor, "coref-surname"
    taken = {i for e in entities for i in range(e.start, e.end)}
    for tok in sdoc:
        full = people.get(tok.text)
        if full is None or tok.idx in taken or tok.idx in by_start or tok.idx <= full.start:
            continue
        if tok.pos_ not in ("PROPN", "NOUN") and not tok.is_title:
            continue
        out.append(Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), kind="PERSON",
                          actor=full.actor, rule="coref-surname"))
    return out
