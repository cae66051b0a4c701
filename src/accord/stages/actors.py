"""The actors stage: every mention resolved to a canonical actor.

Mentions come from, in order of precedence:

1. the user's own dictionaries (``accord.dictionaries``), which override the rest;
2. the knowledge base's names, adjectives, capitals, cities, organisations, parties and
   armed groups (``kb-country``, ``kb-organisation``, ``kb-group``, ``kb-city``), and its
   dated office holders (``kb-office-holder``: "Putin" in 2009 is a prime minister);
3. spaCy's named entities (people, organisations, places, groups), plus names right
   after a title that spaCy missed ("Vice Premier Sun Chunlan");
4. later mentions of a person named in full ("Putin" after "Vladimir Putin",
   ``coref-surname``);
5. actors named by what they are: "Egyptian police", "rebels", "the Chinese president"
   (who, on the article's date, is a known office holder).

A person's country, sector and role come from the title before the name (capitalised or
not: "Libyan leader"), "NAME of COUNTRY", an apposition after it ("X, professor at
Russia's Higher School of Economics") or a noun phrase before it ("his Russian
counterpart, Y"), and failing those from the country every office holder of that name
served, else the story's country. An officer of an international organisation ("UN envoy
X") acts for the organisation (``organisation``) and for no country. An organisation
takes the country it names; a body named by its office ("the Senate") is the story
country's; "the Bush administration" is its government. A people belongs where it lives:
"Albanians in south Serbia", "Bosnian Serbs", "ethnic Turks" acting in Sweden; a group
noun takes the place its clause names ("people marched in Nairobi"), or the country of
what the text last named with it ("Its foreign ministry", "his government", "the
ministry" after "Moldova's Ministry of Foreign Affairs"). A city the text places in
another country that has a town of its name is that town ("Tripoli, North, Lebanon"), and
"the North" of a story about North Korea is North Korea. Names of animals, ships, storms
and diseases are no actors. Each entity records the rule that resolved it,
and the document gets the list of countries it is about (``countries``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from accord.dictionaries import Dictionary
from accord.gazetteer import outweighs, place_countries, place_country, population
from accord.kb import (KBMatch, KnowledgeBase, RoleWord, case_mode, load_back_references,
                       load_generic_institution_words, load_kb, load_non_actors, load_office_holders,
                       load_org_sectors, load_roles)
from accord.record import Actor, Document, Entity, Participant
from accord.stages.offsets import Paragraphs, SpanIndex
from accord.stages.recase import was_recased

log = logging.getLogger(__name__)

# spaCy labels that name actors or places; the rest (dates, money, works of art) do not.
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_KIND_BY_LABEL = {"PERSON": "PERSON", "ORG": "ORGANISATION", "GPE": "PLACE", "LOC": "PLACE",
                  "FAC": "PLACE", "NORP": "GROUP"}


@lru_cache(maxsize=4)
def _matchers(kb: KnowledgeBase) -> tuple[Any, Any]:
    """PhraseMatchers over every knowledge-base alias: exact case, and normalised (lower
    case, with a curly apostrophe read as a straight one: "People’s Liberation Army");
    ``kb.lookup`` then checks each span found against the alias's own rule."""
    from spacy.matcher import PhraseMatcher

    from accord.stages.nlp import load_model

    nlp = load_model()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="NORM")
    exact_aliases, folded_aliases = set(), set()
    for alias, _match in kb.aliases():
        # Acronyms keep their case ("US" is not "us"); other names match in any case,
        # and kb.lookup then applies each alias's own case rule to the text found.
        (exact_aliases if case_mode(alias) == "exact" else folded_aliases).add(alias)
    exact.add("KB", [nlp.make_doc(a) for a in sorted(exact_aliases)])
    folded.add("KB", [nlp.make_doc(a) for a in sorted(folded_aliases)])
    return exact, folded



def resolve_actors(doc: Document, user: Dictionary | None = None) -> Document:
    """Fill ``doc.entities`` from ``doc.nlp``.

    ``user`` is a dictionary of the user's own actors; its entries win over the
    knowledge base's (see ``accord.dictionaries``).
    """
    kb = load_kb()
    sdoc = doc.nlp
    user_mentions = SpanIndex(_user_mentions(sdoc, user, doc.reference_date) if user else [])
    mentions = [*user_mentions, *(m for m in _kb_mentions(sdoc, kb, doc.reference_date)
                                  if not user_mentions.meeting(m.start, m.end))]
    so_far = SpanIndex(mentions)
    mentions += [m for m in _office_mentions(sdoc, doc.reference_date, so_far)
                 if not so_far.meeting(m.start, m.end)]
    known = SpanIndex(mentions)
    found = list(mentions)
    # The candidates come in text order and do not overlap, so every entity resolved below
    # starts before the next candidate: it covers that one when it reaches past its end.
    reach = 0  # the furthest end of an entity resolved below
    candidates = _candidate_spans(sdoc)
    town_countries = _towns_agree(candidates)
    for span, label in candidates:
        start, end = _trim_the(span)
        if any(m.end >= end for m in known.covering(start)) or reach >= end:
            continue  # the knowledge base already knows this mention (or a larger one)
        if label in ("PERSON", "ORG"):
            # "Ambassador to Solomon Islands Cai Weiming": the country is the title's, not the name's
            country = max((m.end for m in known.covering(start) if m.actor and m.actor.kind == "COUNTRY"), default=0)
            named = sdoc.char_span(country + 1, end) if country > start else None
            if named is not None and 2 <= len(named) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in named) \
                    and span.start > 0 and sdoc[span.start - 1].lower_ == "to":
                span, start, label = named, named.start_char, "PERSON"
        if any(m.actor and m.actor.kind not in ("COUNTRY", "PLACE") for _, m in known.meeting(start, end)):
            continue  # spaCy's span runs over a known organisation ("Organization (SCO")
        entity = _resolve_entity(span, label, start, end, doc, known, town_countries)
        if entity is not None:
            found.append(entity)
            reach = max(reach, entity.end)
    found = _drop_places_inside_names(found)
    found = [e for e in found if not _ends_a_longer_name(e, doc.text)]
    found = [e for e in found if not _names_a_region(e, doc.text)]
    _places_in_named_countries(doc.text, found, town_countries)
    _compass_metonyms(doc.text, found)
    _seats_for_organisations(sdoc, found, kb)
    _administrations(sdoc, found)
    _residents(sdoc, found)
    found.extend(_surname_mentions(sdoc, found))
    _counterparts(sdoc, found, doc.text)
    _back_references(sdoc, found)
    story = _context_country(doc, kb, mentions, town_countries)
    paragraphs = Paragraphs(doc.paragraphs)
    local = _paragraph_countries(doc, found, paragraphs)

    def context_at(offset: int) -> str | None:
        """The country a paragraph's places are all in ("On 4 March, in Choloma, Honduras, ..."),
        else the story's."""
        return local.get(paragraphs.index(offset), story)

    context = story
    index = SpanIndex(found)
    _ethnic_groups_at_home(sdoc, found, context)
    for e in found:
        if e.kind == "PERSON" and e.actor and not e.actor.country and _US_PARTY_STATE.match(doc.text, e.end):
            # "Sen. Jane Roe (D-Ore.)": a member of the U.S. Congress, by party and state
            e.actor.country, e.actor.sector, e.rule = "USA", "LEG", "person-us-party-state"
            continue
        # A titled person the text does not place belongs, most likely, to the story's country.
        if (e.kind == "PERSON" and e.actor and e.actor.role and not e.actor.country
                and e.actor.sector != "IGO" and not e.actor.organisation):  # a UN envoy has no story country
            # "President Bush" when two Bushes held office: both were American
            known = {t.country for t in load_office_holders().by_name(e.text)}
            if len(known) == 1 and None not in known:
                e.actor.country, e.rule = known.pop(), "person-office-country"
            elif where := _person_clause_place(sdoc, e, index):
                # "In Tehran, foreign ministry spokesman X dismissed ...": where a titled
                # person speaks or acts, not the story's other country
                e.actor.country, e.rule = where, "person-clause-place"
            elif context_at(e.start):
                e.actor.country, e.rule = context_at(e.start), "person-context"
        elif e.kind == "ORG" and e.actor and not e.actor.country and (
                (where := _person_clause_place(sdoc, e, index)) or context_at(e.start)):
            # "The Foreign Office summoned Iran's ambassador in London": where the body acts,
            # else the story's country
            context = where or context_at(e.start)
            # "Congress", "the Senate": a body named by its office belongs to the story's country.
            word = load_roles().get(e.text.lower().removeprefix("the "))
            if word is not None:
                e.actor = Actor(id=f"{context}:{word.sector}", name=e.text, country=context,
                                sector=word.sector, role=word.role, kind="ROLE")
                e.kind, e.rule = "ROLE", "organisation-role-clause-place" if where else "organisation-role-context"
            elif e.actor.sector and e.actor.sector != "BUS" and set(re.findall(r"[a-z]+", e.text.lower())) \
                    <= load_generic_institution_words():
                # "the Supreme Court", "the Interior Ministry": a state body of no named country
                e.actor = Actor(id=f"{context}:{e.actor.sector}", name=e.text, country=context,
                                sector=e.actor.sector, kind="ROLE")
                e.kind = "ROLE"
                e.rule = "organisation-generic-clause-place" if where else "organisation-generic-context"
            elif e.actor.sector in ("COP", "MIL"):
                # "the Military Police of Public Order" in a report from Tegucigalpa: a
                # security force the text names without its country serves the place's
                e.actor.country, e.rule = context, "organisation-force-context"
    found.extend(_group_mentions(sdoc, found, context_at, user, doc.reference_date))
    found.sort(key=lambda e: (e.start, -e.end))
    doc.entities = found
    doc.countries = salient_countries(doc)
    return doc



def salient_countries(doc: Document) -> list[str]:
    """The countries an article is about, as an indexer would tag it.

    A country counts when it is the dateline's, named in the title or the lead
    paragraph, or named more than once; passing mentions deeper in the text do not. An
    article that names none is about the one country its outlet's name names.
    Ordered by how often the article names it.
    """
    counts: Counter[str] = Counter()
    lead_end = doc.paragraphs[0][1] if doc.paragraphs else len(doc.text)
    dateline = doc.dateline_span or (0, 0)
    salient: set[str] = set()
    for e in doc.entities:
        if not (e.actor and e.actor.country) or e.country_from_context:
            continue
        counts[e.actor.country] += 1
        if dateline[0] <= e.start < dateline[1] or e.start < lead_end:
            salient.add(e.actor.country)
    title_countries = _title_countries(doc)
    salient |= title_countries | {c for c, n in counts.items() if n > 1}
    if not salient:
        # "kirkuk evening courier" over a digest that names no country: the paper's
        outlet = countries_named_in((doc.source or "").title(), doc.reference_date)
        salient |= outlet if len(outlet) == 1 else set()
    return sorted(salient, key=lambda c: (-counts[c], c))


def _title_countries(doc: Document) -> set[str]:
    return countries_named_in(doc.title, doc.reference_date)


def countries_named_in(line: str | None, reference: dt.date | None = None) -> set[str]:
    """The countries a short line (a headline, an outlet's name) names in capitalised words:
    "Ministry of Foreign Affairs of the Republic of Armenia" names Armenia."""
    if not line:
        return set()
    kb = load_kb()
    found = set()
    words = re.findall(r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*", line)
    for phrase in words:
        parts = phrase.split()
        # every run of capitalised words, and each word on its own ("U.S. Senate" -> "U.S.")
        for candidate in {phrase, *parts, *(" ".join(parts[i:i + 2]) for i in range(len(parts) - 1))}:
            match = _best_match(kb.lookup(candidate.strip(".,")), reference)
            if match is not None:
                actor = kb.actor_for(match)
                if actor.country:
                    found.add(actor.country)
    return found


def _candidate_spans(sdoc: Any) -> list[tuple[Any, str]]:
    """spaCy's actor entities, plus names that follow a title spaCy did not tag."""
    spans = [(ent, ent.label_) for ent in sdoc.ents if ent.label_ in _ACTOR_LABELS]
    taken = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    for span in _titled_names(sdoc):
        if not any(i in taken for i in range(span.start, span.end)):
            spans.append((span, "PERSON"))
            taken.update(range(span.start, span.end))
    spans.sort(key=lambda pair: pair[0].start)
    return spans


def _titled_names(sdoc: Any) -> list[Any]:
    """``Vice Premier Sun Chunlan``: proper nouns right after a capitalised title."""
    roles = load_roles()
    names = []
    for tok in sdoc:
        if not tok.is_title or tok.lower_ not in _TITLE_HEADS:
            continue
        # The whole title must be a role phrase ("Vice Premier", "Foreign Minister").
        if not any(" ".join(t.lower_ for t in sdoc[max(0, tok.i - k):tok.i + 1]) in roles for k in (0, 1, 2)):
            continue
        end = tok.i + 1
        while end < len(sdoc) and end - tok.i <= 3 and sdoc[end].pos_ == "PROPN" and sdoc[end].is_title:
            end += 1
        if end - tok.i >= 2:
            names.append(sdoc[tok.i + 1:end])
    return names


# Words that qualify a title without being one: "junior foreign minister", "former president".
_TITLE_MODIFIERS = {"junior", "senior", "deputy", "acting", "former", "interim", "chief", "top", "foreign",
                    "defence", "defense", "prime", "vice", "state", "opposition", "rebel", "army", "military",
                    "elect", "designate"}  # "President-elect X"

# Titles that stand right before a name, capitalised: "President Xi", "Premier Li".
_TITLE_HEADS = {"president", "premier", "minister", "chancellor", "secretary", "general", "admiral",
                "ambassador", "governor", "mayor", "senator", "king", "queen", "prince", "emir",
                "sultan", "spokesperson", "spokesman", "spokeswoman", "envoy", "commissioner",
                "professor", "judge", "justice", "colonel", "commander", "chairman", "chairwoman",
                "leader", "representative", "deputy", "speaker"}


# --- user dictionaries -----------------------------------------------------------------

_USER_MATCHERS: dict[int, tuple[Dictionary, Any]] = {}


def _user_matcher(user: Dictionary) -> Any:
    cached = _USER_MATCHERS.get(id(user))
    if cached is not None and cached[0] is user:
        return cached[1]
    from spacy.matcher import PhraseMatcher

    from accord.stages.nlp import load_model

    nlp = load_model()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("USER", [nlp.make_doc(alias) for alias in sorted({a for a, _ in user.aliases()})])
    _USER_MATCHERS[id(user)] = (user, matcher)
    return matcher


def _user_mentions(sdoc: Any, user: Dictionary, reference: dt.date | None) -> list[Entity]:
    """Mentions of the user's own actors, longest first; they override the knowledge base."""
    spans = sorted((sdoc[s:e] for _, s, e in _user_matcher(user)(sdoc)),
                   key=lambda sp: (-(sp.end - sp.start), sp.start))
    taken: set[int] = set()
    entities = []
    for span in spans:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        entry = user.lookup(span.text, reference)
        if entry is None:
            continue
        taken.update(range(span.start, span.end))
        actor = entry.actor()
        entities.append(Entity(text=span.text, start=span.start_char, end=span.end_char,
                               kind=actor.kind or "ACTOR", actor=actor, rule="user-dictionary"))
    return entities


# --- office holders --------------------------------------------------------------------

@lru_cache(maxsize=None)
def _office_matcher() -> Any:
    from spacy.matcher import PhraseMatcher

    from accord.stages.nlp import load_model

    nlp = load_model()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("OFFICE", [nlp.make_doc(alias) for alias in sorted({a for a, _ in load_office_holders().aliases()})])
    return matcher


def _office_mentions(sdoc: Any, reference: dt.date | None, known: SpanIndex[Entity] | None = None) -> list[Entity]:
    """People the knowledge base knows by name, with the office they held on the day, unless
    the title before the name gives an organisation's office the knowledge base does not
    hold for that day ("NATO Secretary General Mark Rutte" in early 2024)."""
    spans = sorted((sdoc[s:e] for _, s, e in _office_matcher()(sdoc)),
                   key=lambda sp: (-(sp.end - sp.start), sp.start))
    taken: set[int] = set()
    out = []
    for span in spans:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        term = _office_term(span.text, reference, None)
        if term is None:
            continue
        title = sdoc[max(span.sent.start, span.start - 4):span.start]
        if not term.organisation and known is not None and any(
                m.actor and m.actor.id.startswith("IGO:")
                for t in title if t.is_title or t.is_upper for m in known.covering(t.idx)):
            continue
        taken.update(range(span.start, span.end))
        out.append(Entity(text=span.text, start=span.start_char, end=span.end_char, kind="PERSON",
                          actor=term.actor(), rule="kb-office-holder"))
    return out


# --- knowledge-base mentions -----------------------------------------------------------

def _kb_mentions(sdoc: Any, kb: KnowledgeBase, reference: dt.date | None) -> list[Entity]:
    exact, folded = _matchers(kb)
    spans = [sdoc[s:e] for _, s, e in exact(sdoc)] + [sdoc[s:e] for _, s, e in folded(sdoc)]
    # Longest first, then leftmost; a span inside a kept one is dropped.
    spans.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
    taken: set[int] = set()
    entities = []
    for span in spans:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        match = _best_match(kb.lookup(span.text), reference)
        if match is None or not (span.text[:1].isupper() or match.alias == span.text or _named(span, match)):
            continue  # lower case only where the name itself is written so ("al-Qaeda")
        taken.update(range(span.start, span.end))
        actor = kb.actor_for(match)
        entities.append(Entity(text=span.text, start=span.start_char, end=span.end_char,
                               kind=actor.kind or match.kind.upper(), actor=actor,
                               rule=f"kb-{match.kind}-{match.via}"))
    return entities


def _named(span: Any, match: KBMatch) -> bool:
    """A country written in lower case ("tunisian rioters", "help israel") counts where the
    parser's entity recogniser also reads it as a name, and it is no common word ("turkey")."""
    return (match.kind == "country" and case_mode(match.alias) == "any"
            and all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in span))


def _best_match(matches: list[KBMatch], reference: dt.date | None) -> KBMatch | None:
    """Prefer a state that existed on the article's date; then countries over cities."""
    if not matches:
        return None

    def valid(m: KBMatch) -> bool:
        valid_on = getattr(m.target, "valid_on", None)
        if valid_on is None:
            return True
        return valid_on(reference) if reference else m.target.valid_to is None

    order = {"country": 0, "organisation": 1, "group": 2, "city": 3}
    return sorted(matches, key=lambda m: (not valid(m), order.get(m.kind, 3)))[0]


# --- spaCy entities --------------------------------------------------------------------

def _trim_the(ent: Any) -> tuple[int, int]:
    if ent[0].lower_ == "the" and len(ent) > 1:
        return ent[1].idx, ent.end_char
    return ent.start_char, ent.end_char


def _resolve_entity(span: Any, label: str, start: int, end: int, doc: Document,
                    mentions: SpanIndex[Entity], town_countries: frozenset[str] = frozenset()) -> Entity | None:
    """The entity a spaCy span names; ``town_countries``: the country the article's towns
    agree on (``_towns_agree``)."""
    text = doc.text[start:end]
    if text.endswith("'s") or text.endswith("\u2019s"):
        text, end = text[:-2], end - 2
    if not text.strip() or not text[:1].isalnum():
        return None
    if label == "PERSON" and text.islower() and not was_recased(doc):
        return None  # "escaped into the bush": in text with capitals, a name has them
    if label == "PERSON" and text.lower() in load_roles():
        return None  # "Prime Minister" alone is a title the model took for a name
    if label in ("GPE", "ORG") and len(span) == 1 and span.start > 0:
        # "Kenzo Oshima, the ... Coordinator": the model took the surname alone for a place
        given = span.doc[span.start - 1]
        whole = span.doc[span.start - 1:span.end]
        if given.pos_ == "PROPN" and given.is_title and not given.ent_type_ and _looks_like_person(whole):
            span, start, label = whole, whole.start_char, "PERSON"
            text = doc.text[start:end]
    words = [t for t in span if t.pos_ not in ("CCONJ", "PUNCT", "DET")]
    listed = {m.actor.country for t in words for m in mentions.covering(t.idx)
              if m.actor and m.actor.kind == "COUNTRY"}
    if len(listed) > 1 and any(t.pos_ == "CCONJ" for t in span) \
            and all(mentions.covering(t.idx) for t in words):
        return None  # "Niger and Burkina Faso" read as one name: the countries stand on their own
    non_actor = _non_actor_kind(span, label)
    if non_actor is not None:
        return Entity(text=text, start=start, end=end, kind=non_actor, actor=None,
                      rule=f"non-actor-{non_actor.lower()}")
    demonyms = [next((m for m in mentions.covering(t.idx) if m.by_adjective
                      and m.actor and m.actor.country), None) for t in span if t.text not in ("'s", "\u2019s")]
    if len(demonyms) >= 2 and all(demonyms) and label in ("PERSON", "ORG", "NORP"):
        # "Bosnian Serbs", "Iraqi Kurds": a people named with the country it lives in
        home = demonyms[0].actor.country
        return Entity(text=text, start=start, end=end, kind="GROUP", rule="demonym-residence",
                      actor=Actor(id=f"{home}:{text}", name=text, country=home, kind="GROUP"))
    if label in ("ORG", "GPE") and _looks_like_person(span):
        label = "PERSON"  # the small model often takes unfamiliar names for organisations
    if label == "PERSON" and len(span) == 1 and span.start > 0 \
            and span.doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS \
            and _gazetteer_country(span, "GPE", end, doc, mentions, town_countries) is not None:
        label = "GPE"  # "a mob in Khanna": a town's name the model took for a surname
    if label == "PERSON":
        actor, rule = _person_actor(span, text, doc, mentions)
    elif label == "ORG":
        actor, rule = _organisation_actor(text, start, end, mentions)
        owner = _possessor_country(span, mentions)
        if actor.country is None and owner is not None:
            # "China's People's Liberation Army": the country that owns it
            actor = dataclasses.replace(actor, country=owner)
            rule = "org-country-possessor"
    else:
        actor = Actor(id=f"{_KIND_BY_LABEL[label]}:{text}", name=text, kind=_KIND_BY_LABEL[label])
        rule = f"spacy-{label.lower()}"
        country = _gazetteer_country(span, label, end, doc, mentions, town_countries)
        if country is not None:
            # "Chilpancingo", "Sardhana": a town no hand-made list reaches (accord.gazetteer)
            actor = Actor(id=f"PLACE:{text}", name=text, country=country, kind="PLACE")
            label, rule = "GPE", "gazetteer"
    return Entity(text=text, start=start, end=end, kind=label, actor=actor, rule=rule)


def _gazetteer_country(span: Any, label: str, end: int, doc: Document, mentions: SpanIndex[Entity],
                       town_countries: frozenset[str] = frozenset()) -> str | None:
    """The country of a place name spaCy found and the knowledge base does not know; the
    country the article's towns agree on counts as named."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if label not in ("GPE", "LOC") or len(span.text) < 3 or span.text.lower() in STOP_WORDS:
        return None
    # "Tripoli, Lebanon", "Minna, Niger State, Nigeria": the country named right after, or
    # the country of a known region or city named right after ("Kumba, South-West region")
    after = [m.actor.country for m in mentions.starting_in(end, end + 60)
             if m.actor and m.actor.kind in ("COUNTRY", "PLACE") and m.actor.country]
    return place_country(span.text, frozenset(after[:2]), _countries_named(mentions) | town_countries)


def _towns_agree(candidates: list[tuple[Any, str]]) -> frozenset[str]:
    """The country where two or more of the article's place names are, each a town of that
    country alone (GeoNames): "jagraon", "raikot" and "samrala" set a digest in India though
    it names only Pakistan, in passing. A one-word name the model took for a person counts
    after a place preposition ("a mob in khanna")."""
    towns: dict[str, set[str]] = {}
    for span, label in candidates:
        placed = label in ("GPE", "LOC") or (len(span) == 1 and label == "PERSON" and span.start > 0
                                             and span.doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS)
        if placed and len(countries := place_countries(span.text)) == 1:
            towns.setdefault(next(iter(countries)), set()).add(span.text.lower())
    return frozenset(country for country, names in towns.items() if len(names) >= 2)


# ", North, Lebanon", " province, Argentina": what may stand between a city and the country
# the text places it in (a word such as "province", then up to two names of regions).
_BEFORE_ITS_COUNTRY = re.compile(r"(?: [a-z]+)?(?:, [A-Z][^,;.\n()]{0,40}?){0,2}, ")
# "Washington, Britain and Canada": a list goes on after the country; an apposition does not.
_LIST_GOES_ON = re.compile(r",? (?:and|or) |, [A-Z]")


# A capital's namesake in a country the article names stands for it only if it is a city
# ("tripoli" in Lebanon, not the town of Washington in England).
_SIZEABLE_NAMESAKE = 100_000


def _places_in_named_countries(text: str, found: list[Entity], town_countries: frozenset[str] = frozenset()) -> None:
    """Re-place a known city that the text puts in another country which has a town of
    that name ("Tripoli, North, Lebanon"; not "Atlanta, Georgia"), or, for a city other
    than a capital, that the article only makes sense of in a country it names (a "Santa Fe
    province" in a story of Argentina that never names the United States; not Geneva in a
    story of American diplomats), or, for a capital whose country the article never names,
    that is a town of a country it names or its towns agree on (``_towns_agree``: "tripoli"
    in a digest of Lebanese news that never names Libya): the town of that name there
    (``accord.gazetteer``), rule ``place-country-named-after`` or ``place-country-named``."""
    named = _countries_named(found)
    named_as_such = _countries_named(m for m in found if not m.names_a_city)  # not by their capitals
    index = SpanIndex(found)
    for e in found:
        if not (e.actor and e.names_a_city and (e.rule or "").startswith("kb-")):
            continue
        after = next((m for m in index.starting_in(e.end, e.end + 60)
                      if m.actor and m.actor.kind == "COUNTRY" and not m.names_a_city and not m.by_adjective), None)
        if after is not None and after.actor.country != e.actor.country \
                and _BEFORE_ITS_COUNTRY.fullmatch(text, e.end, after.start) \
                and not _LIST_GOES_ON.match(text, after.end) \
                and place_country(e.text, frozenset({after.actor.country})) == after.actor.country:
            country, rule = after.actor.country, "place-country-named-after"
        elif e.actor.kind == "PLACE" and e.actor.country not in named \
                and (town := place_country(e.text, frozenset(), named)) in named \
                and outweighs(e.text, town, e.actor.country):
            country, rule = town, "place-country-named"
        elif e.actor.kind == "COUNTRY" and e.actor.country not in (said := named_as_such | town_countries) \
                and (town := place_country(e.text, frozenset(), said)) in said \
                and population(e.text, town) >= _SIZEABLE_NAMESAKE:
            country, rule = town, "place-country-named"
        else:
            continue
        e.actor = Actor(id=f"{country}:{e.text}", name=e.text, country=country, kind="PLACE")
        e.kind, e.rule = "GPE", rule


def _compass_metonyms(text: str, found: list[Entity]) -> None:
    """"the North" in a story that names North Korea is North Korea, "the South" South
    Sudan where that is the one country named so; elsewhere the word names no place (no
    town called North in the United States)."""
    for e in found:
        if e.text not in ("North", "South") or not text[max(0, e.start - 4):e.start].lower() == "the ":
            continue
        named = {m.actor.country: m.actor for m in found if m.actor and m.actor.kind == "COUNTRY"
                 and m.actor.name.startswith(e.text + " ")}
        if len(named) == 1:
            e.actor, e.kind, e.rule = dataclasses.replace(next(iter(named.values()))), "GPE", "compass-metonym"
        elif e.actor is not None and e.actor.kind == "PLACE":
            e.actor, e.rule = None, "non-actor-compass"


def _seats_for_organisations(sdoc: Any, found: list[Entity], kb: KnowledgeBase) -> None:
    """A seat city used for an actor, not as a place ("accusing Brussels of meddling", not
    "talks in Brussels"), is the organisation it is the seat of (``seat`` in
    ``organisations.tsv``), in an article that names that organisation."""
    named = {e.actor.id for e in found if e.actor and e.actor.id.startswith("IGO:")}
    seats = {o.seat.lower(): o for o in kb.organisations.values() if o.seat and o.id in named}
    for e in found:
        organisation = seats.get(e.text.lower())
        if organisation is not None and e.actor is not None and e.actor.kind == "COUNTRY" \
                and place_preposition(sdoc, e) is None:
            e.actor = Actor(id=organisation.id, name=organisation.name, sector=organisation.sector,
                            kind=organisation.kind)
            e.rule = "seat-for-organisation"


def _countries_named(mentions: Iterable[Entity]) -> frozenset[str]:
    """The countries an article names, as countries or by their adjectives ("Nigerian")."""
    return frozenset(m.actor.country for m in mentions if m.actor and m.actor.country
                     and (m.actor.kind == "COUNTRY" or m.by_adjective))


def _looks_like_person(span: Any) -> bool:
    """A name the words around it show to be a person's: "X, who runs ...", "X, a lawyer
    for ...", "X said"; two to four capitalised words, none an organisation's head word."""
    from accord.stages.quotes import load_speech_verbs

    words = [t for t in span if t.text not in ("'s", "\u2019s")]
    if not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return False
    sectors = load_org_sectors()
    if any(t.lower_ in sectors for t in words):
        return False
    doc = span.doc
    after = doc[span.end:span.end + 10]
    if len(after) >= 2 and after[0].text == ",":
        if after[1].lower_ in ("who", "whose"):
            return True
        roles = load_roles()
        # "X, a lawyer for ...", "X, the United Nations Emergency Relief Coordinator,"
        apposition = list(itertools.takewhile(lambda t: t.text != ",", after[2:]))
        if after[1].lower_ in ("a", "an", "the") and any(
                t.lower_ in roles and (roles[t.lower_].sector != "IGO" or t.is_title) for t in apposition):
            return True
    # "Vice-President Moody Awori": a person's title right before the name
    roles = load_roles()
    if span.start > 0:
        title = doc[span.start - 1].lower_
        if title in roles and roles[title].sector not in ("IGO", "CVL", "BUS"):
            return True
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in load_speech_verbs()


def _non_actor_kind(span: Any, label: str) -> str | None:
    """ANIMAL, VESSEL ... when the words around a name say what it names: "the pandas X and
    Y", "the tanker Y", "Hurricane Z". A group's ethnic or national word ("Tamil") is
    never an animal."""
    words = load_non_actors()
    if span.text.lower() in words:  # names of diseases and the like
        return words[span.text.lower()]
    if label == "NORP":
        return None
    sent = span.sent
    # the noun right before the name ("the panda Ru Yi", "giant pandas Ru Yi", "Hurricane X")
    before = [t for t in span.doc[max(sent.start, span.start - 2):span.start]
              if t.pos_ in ("NOUN", "ADJ", "PROPN")]
    inside = [t for t in span if t.lower_ in words]  # "Hurricane Oriana" tagged as one name
    if inside:
        return words[inside[0].lower_]
    # "a pair of giant pandas, Ru Yi and Ding Ding": the noun a comma sets before the names.
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    governors = [head.head] if head.dep_ == "appos" else []
    for tok in [*before, *governors]:
        for phrase in (tok.lower_, f"{tok.nbor(-1).lower_} {tok.lower_}" if tok.i > 0 else ""):
            if phrase in words:
                return words[phrase]
    return None


def _posted_to(sdoc: Any, i: int, roles: Any) -> bool:
    """Token ``i`` is the "to" of "Ambassador to", "envoy to"."""
    return i > 0 and sdoc[i].lower_ == "to" and sdoc[i - 1].lower_ in roles


def _country_of(mentions: list[Entity]) -> str | None:
    countries = {m.actor.country for m in mentions if m.actor and m.actor.country}
    return countries.pop() if len(countries) == 1 else None


def _possessor_country(span: Any, mentions: SpanIndex[Entity]) -> str | None:
    """The country named right before a name with a possessive: "Nigeria's Senate"."""
    if span.start < 2 or span.doc[span.start - 1].text not in ("'s", "\u2019s"):
        return None
    owner = span.doc[span.start - 2]
    return next((m.actor.country for m in mentions.covering(owner.idx)
                 if m.actor and m.actor.kind == "COUNTRY"), None)


def _organisation_actor(text: str, start: int, end: int, mentions: SpanIndex[Entity]) -> tuple[Actor, str]:
    sectors = load_org_sectors()
    sector = next((sectors[w] for w in reversed(re.findall(r"[a-z]+", text.lower())) if w in sectors), None)
    country = _country_of(mentions.within(start, end))
    rule = "org-country-inside" if country else "spacy-org"
    return Actor(id=f"ORG:{text}", name=text, country=country, sector=sector, kind="ORGANISATION"), rule


def _person_actor(span: Any, text: str, doc: Document, mentions: SpanIndex[Entity]) -> tuple[Actor, str]:
    """A person, with country, sector and role from the words around the name."""
    sent = span.sent
    role = sector = country = None
    rule = "spacy-person"
    windows: list[tuple[str, Any]] = []
    # a title before the name: "Chinese Vice Premier Sun Chunlan"
    title_start = span.start
    roles = load_roles()
    # Titles are capitalised ("Vice Premier") or not ("Libyan leader", "junior foreign minister").
    while title_start > sent.start and span.start - title_start < 6 and (
            doc.nlp[title_start - 1].is_title or doc.nlp[title_start - 1].text in ("'s", "\u2019s", "-")
            or doc.nlp[title_start - 1].lower_ in roles or doc.nlp[title_start - 1].lower_ in _TITLE_MODIFIERS
            or _posted_to(doc.nlp, title_start - 1, roles)
            # "EU foreign affairs spokesperson X": a modifier of a word of the title
            or (doc.nlp[title_start - 1].dep_ in ("compound", "amod")
                and title_start <= doc.nlp[title_start - 1].head.i < span.end)
            or any(m.actor and (m.actor.id.startswith("IGO:")  # "UN envoy X", "FBI Director X"
                                or (doc.nlp[title_start - 1].is_upper and m.actor.country and m.actor.kind != "PERSON"))
                   for m in mentions.covering(doc.nlp[title_start - 1].idx))):
        title_start -= 1
    if title_start < span.start:
        windows.append(("person-title", doc.nlp[title_start:span.start]))
    # a noun phrase a comma sets before the name and its title: "his Russian counterpart,
    # Vladimir Putin", "his Kuwaiti counterpart, Sheikh Salem Al-Sabah"
    before = _apposition_before(doc.nlp[title_start:span.end], sent)
    if before is not None:
        windows.append(("person-apposition-before", before))
    # an apposition after the name: "Andrey Karneev, professor at ... of Russia's ..."
    after = _apposition_after(span, sent)
    if after is not None:
        windows.append(("person-apposition", after))
    # "King Hassan of Morocco", "Foreign Minister Ali Karimi of Iran"
    if span.end + 1 < sent.end and doc.nlp[span.end].lower_ == "of":
        country_tok = doc.nlp[span.end + 1]
        places = [m for m in mentions.covering(country_tok.idx) if m.actor and m.actor.kind == "COUNTRY"]
        if places:
            windows.insert(0, ("person-of-country", doc.nlp[span.end:span.end + 2]))
    organisation = None
    # Where the name was cut out of a longer "name" ("Solomon Islands Wen Haolan"), the
    # words cut off are the title's, not another person's.
    own = span.start
    while own > 0 and span.doc[own].ent_iob_ == "I" and span.doc[own - 1].ent_type_ == "PERSON":
        own -= 1
    for window_rule, window in windows:
        if any(t.ent_type_ == "PERSON" and not (own <= t.i < span.end) for t in window):
            continue  # the words describe another person named there
        # "U.N. Secretary-General X", "X, NATO's secretary general": the organisation served
        organisation = organisation or next(
            (m.actor.id for m in mentions.within(window.start_char, window.end_char)
             if m.actor and m.actor.id.startswith("IGO:")), None)
        r, s = _role_in(window.text)
        # "Chinese Ambassador to Solomon Islands X" is China's: the host country is not his
        c = _country_of([m for m in mentions.within(window.start_char, window.end_char)
                         if not _posted_to(doc.nlp, doc.nlp.char_span(m.start, m.end, alignment_mode="expand").start - 1,
                                           roles)])
        if r or c:
            if role is None and r:
                role, sector = r, s
            country = country or c
            if rule == "spacy-person":
                rule = window_rule
        if role and country:
            break
    if organisation and sector == "IGO":
        # "NATO Secretary General Mark Rutte": the office the title names, not one the
        # person held at home before
        return Actor(id=f"PERSON:{text}", name=text, country=None, sector="IGO", role=role,
                     kind="PERSON", organisation=organisation), rule
    term = _office_term(text, doc.reference_date, country)
    if term is not None:
        # The knowledge base knows who held which office when: "President Trump" in 2019
        # and in 2025, "Putin" as prime minister in 2009.
        actor = term.actor()
        if term.organisation:
            actor.id, actor.kind = f"PERSON:{term.name}", "PERSON"
        return actor, "kb-office-holder"
    if organisation and (sector == "IGO" or country is None):
        # "UN envoy X": an organisation's officer does not act for a country named with it
        country, sector = None, "IGO"
    else:
        organisation = None
    return Actor(id=f"PERSON:{text}", name=text, country=country, sector=sector, role=role,
                 kind="PERSON", organisation=organisation), rule


def _office_term(name: str, on: dt.date | None, country: str | None) -> Any | None:
    """The office term of the person so named, in force on the article's date if any.

    A country the text gives must agree; a name that several office holders share
    ("Bush") takes the one in force.
    """
    terms = load_office_holders().by_name(name, on)
    if country:
        terms = [t for t in terms if t.country == country]
    if not terms:
        return None
    if on is not None and len({t.name for t in terms}) > 1 and not terms[0].in_force(on):
        return None  # shared surname and nobody in office then: no guess
    if on is not None and not terms[0].in_force(on) and terms[0].country:
        state = load_kb().countries.get(terms[0].country)
        if state is not None and not state.valid_on(on):
            return None  # a Soviet minister of 1990 is no Soviet actor in 2000
    return terms[0]


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
    if j > sent.start and ent.doc[j - 1].lower_ in ("in", "at", "from"):
        return None  # "In Brussels, EU spokesperson X": where X speaks, no description of X
    return ent.doc[j:i] if j < i else None


def _residents(sdoc: Any, entities: list[Entity]) -> None:
    """"Ethnic Albanians in south Serbia", "the Kurds of Iraq": a people named with where
    they live acts as a group of that country, as event coders code them."""
    index = SpanIndex(entities)
    for e in entities:
        if not e.by_adjective or not e.actor:
            continue
        span = sdoc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or span.root.tag_ not in ("NNS", "NNPS") or span.root.dep_ in ("amod", "compound"):
            continue
        homes = [_place_country(prep.subtree, index, e) for prep in span.root.children
                 if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from")]
        if span.start > 0 and sdoc[span.start - 1].lower_ == "ethnic":
            # "ethnic Turks demonstrated in Sweden": an ethnic group lives where it acts
            homes.append(_clause_place(span.root, index, e))
        home = next((h for h in homes if h), None)
        if home is not None and home != e.actor.country:
            e.actor = Actor(id=f"{home}:{e.text}", name=e.text, country=home, sector=None, role=None, kind="GROUP")
            e.rule = "demonym-residence"


_ADMINISTRATION = {"administration", "government", "cabinet", "regime", "presidency"}


def _administrations(sdoc: Any, entities: list[Entity]) -> None:
    """"The Bush administration": a leader's surname before "administration" names the
    government of the country every office holder of that name led."""
    for e in entities:
        if e.kind != "PERSON" or not e.actor:
            continue
        span = sdoc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or span.end >= len(sdoc) or sdoc[span.end].lower_ not in _ADMINISTRATION:
            continue
        countries = {e.actor.country} if e.actor.country else {
            t.country for t in load_office_holders().by_name(e.text) if t.country}
        if len(countries) == 1:
            country = countries.pop()
            word = sdoc[span.end]
            e.end = word.idx + len(word.text)
            e.text = sdoc.text[e.start:e.end]
            e.actor = Actor(id=f"{country}:GOV", name=e.text, country=country, sector="GOV", kind="ROLE")
            e.kind, e.rule = "ROLE", "person-administration"


def _ethnic_groups_at_home(sdoc: Any, entities: list[Entity], context: str | None) -> None:
    """"Ethnic Albanians" whose clause names no place live in the story's country."""
    for e in entities:
        if (not context or not e.by_adjective or not e.actor
                or e.actor.country == context):
            continue
        span = sdoc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.start > 0 and sdoc[span.start - 1].lower_ == "ethnic" \
                and span.root.tag_ in ("NNS", "NNPS"):
            e.actor = Actor(id=f"{context}:{e.text}", name=e.text, country=context, kind="GROUP")
            e.rule = "demonym-residence-context"


def _place_country(tokens: Any, entities: SpanIndex[Entity], skip: Entity | None = None,
                   named_only: bool = False) -> str | None:
    """The country of the place some words name, a place's name before an adjective
    ("the Israeli-occupied West Bank" is in the West Bank)."""
    found = [h for tok in tokens for h in entities.covering(tok.idx) if h is not skip and h.actor
             and h.actor.country and h.actor.kind in ("COUNTRY", "PLACE")]
    named = [h for h in found if not h.by_adjective]
    best = (named or ([] if named_only else found) or [None])[0]
    return best.actor.country if best is not None else None


_PLACE_PREPOSITIONS = ("in", "at", "across", "throughout", "through", "outside", "near", "around")


def _subject_before(tok: Any, entities: list[Entity]) -> str | None:
    """The country of the latest actor that is a clause's subject before ``tok``, in its
    sentence, else in the sentence before."""
    sent = tok.sent
    previous = tok.doc[sent.start - 1].sent if sent.start > 0 else sent
    for start, end in ((sent.start_char, tok.idx), (previous.start_char, sent.start_char)):
        subjects = []
        for e in entities:
            span = tok.doc.char_span(e.start, e.end, alignment_mode="expand") if start <= e.start < end else None
            if span is not None and e.actor and e.actor.country and span.root.dep_ in ("nsubj", "nsubjpass"):
                subjects.append((e.start, e.actor.country))
        if subjects:
            return max(subjects)[1]
    return None


def _clause_place(subject: Any, entities: SpanIndex[Entity], skip: Entity | None = None) -> str | None:
    """The country of the place a subject's clause happens in: "people blocked streets in Hong Kong"."""
    for _ in range(3):  # "hundreds of thousands of people": the phrase is the subject
        if subject.dep_ == "pobj" and subject.head.lower_ == "of":
            subject = subject.head.head
    if subject.dep_ == "pobj" and subject.head.dep_ == "prep" and subject.head.head.pos_ == "NOUN":
        # "attacks on civilians in and around El Fasher": the place of the act they suffer
        act = subject.head.head
        words = [t for prep in act.children if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS
                 for p in (prep, *prep.conjuncts) for t in p.subtree]
        return _place_country(words, entities, skip, named_only=True)
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subject.head
    # the verb's own place, or its object's: "blocked streets in Hong Kong", "burst into the
    # residence of the president in the hills above Port-au-Prince"
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
             *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    words = [t for head in heads
             for prep in head.children if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS
             for t in prep.subtree]
    # "outside the U.S. embassy in Manila": an embassy's owner is not where the clause happens
    foreign = {t.i for t in words if t.dep_ in ("compound", "amod", "poss", "nmod")
               and t.head.lemma_.lower() in ("embassy", "consulate", "mission", "legation")}
    words = [t for t in words if t.i not in foreign
             and not any(a.i in foreign for a in t.ancestors if a.head.lemma_.lower() in ("embassy", "consulate"))]
    # only a place's name: "in defiance of Chinese authorities" places no one in China
    return _place_country(words, entities, skip, named_only=True)


def _person_clause_place(sdoc: Any, person: Entity, entities: SpanIndex[Entity]) -> str | None:
    """The country of the place where the clause a person is the subject of happens."""
    span = sdoc.char_span(person.start, person.end, alignment_mode="expand")
    return _clause_place(span.root, entities, skip=person) if span is not None else None


# "Niger State" (Nigeria), "Punjab province": a country's name heading a region's is the region.
_REGION_AFTER = re.compile(r" (?:State|state|Province|province|Region|region|Governorate|governorate)\b")


def _names_a_region(entity: Entity, text: str) -> bool:
    return bool(entity.actor and entity.actor.kind == "COUNTRY" and entity.actor.sector != "GOV"
                and not entity.by_adjective and _REGION_AFTER.match(text, entity.end))


def _drop_places_inside_names(entities: list[Entity]) -> list[Entity]:
    """"Chad Whitmore", "Marcus Washington": a place's name inside a person's is no place."""
    people = SpanIndex([e for e in entities if e.kind == "PERSON" and e.named_person])
    return [e for e in entities if not (
        e.actor and e.actor.kind in ("COUNTRY", "PLACE")
        and any(e.end <= p.end and (p.end - p.start) > (e.end - e.start) for p in people.covering(e.start)))]


# "Mocímboa da Praia", "Foz do Iguaçu": a name joined to the one before by a particle.
_NAME_PARTICLES = ("da", "de", "do", "das", "dos", "del", "di", "du")


def _ends_a_longer_name(entity: Entity, text: str) -> bool:
    """A country's or a city's name that ends another place's ("Praia" in "Mocímboa da
    Praia") names no country."""
    words = text[max(0, entity.start - 40):entity.start].split(" ")
    return bool(entity.actor and entity.actor.kind in ("COUNTRY", "PLACE") and len(words) >= 3
                and words[-1] == "" and words[-2] in _NAME_PARTICLES and words[-3][:1].isupper())


def _context_country(doc: Document, kb: KnowledgeBase, mentions: list[Entity],
                     town_countries: frozenset[str] = frozenset()) -> str | None:
    """The country a story happens in, for actors it does not place: the dateline's
    country, else a country the article (its headline counting thrice, the country its
    towns agree on twice: ``_towns_agree``) names far more than any other, and more than
    once; else the one country the outlet's name names ("Basra
    Evening Herald"); else the country the article names once."""
    if doc.dateline and doc.dateline.place:
        place = doc.dateline.place.split(",")[0].strip().title()
        match = _best_match(kb.lookup(place), doc.reference_date)
        if match is not None:
            actor = kb.actor_for(match)
            if actor.country:
                return actor.country
        elif town := place_country(place, frozenset(), _countries_named(mentions)):
            return town  # "cali | tuesday, march 12, 2024": a city no hand-made list holds
    # "a UK-based group" says where a body is registered, not where the story happens. A
    # state body ("the Treasury Department", "the FBI", "the Duma") counts thrice: a story
    # of Washington politics seldom names the United States, and its senators, judges and
    # agencies are American.
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.actor and m.actor.country and not re.match(r"[-\s]based\b", doc.text[m.end:m.end + 7]):
            counts[m.actor.country] += 3 if m.actor.id.startswith("STB:") else 1
    for country in _title_countries(doc):
        counts[country] += 3  # "Haiti incident notes": the headline says where the story is
    for country in town_countries:
        counts[country] += 2  # "in jagraon", "in khanna": a digest of one country's towns
    ranked = counts.most_common(2)
    dominant = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None
    if dominant is not None and ranked[0][1] >= 2:
        return dominant
    # "basra evening herald": where a paper is published, when the article itself names
    # no country twice ("the consignment came from iran")
    outlet = countries_named_in((doc.source or "").title(), doc.reference_date)
    return next(iter(outlet)) if len(outlet) == 1 else dominant


# "Saudi-led forces" are led by Saudi Arabia; "Russian-backed" ones are only backed by Russia.
# "Saudi-led", "a British-flagged tanker": the country before the hyphen leads or owns it
# (unlike "Russian-backed"); the events stage reads these too.
LED_BY = {"led", "headed", "commanded", "run", "flagged", "owned"}


# "(D-Ore.)", "(R-Texas)", "(I-Vt.)": party and state after a member of the U.S. Congress.
_US_PARTY_STATE = re.compile(r",?\s?\((?:D|R|I)-[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?\)")


def _named_before(noun: Any, entities: list[Entity]) -> str | None:
    """The country of the latest body named before with the same head word, as the text
    gave it: "the ministry" after "Moldova's Ministry of Foreign Affairs", "the
    administration" after "the Biden administration"."""
    word = noun.lemma_.lower()
    named = [e for e in entities if e.end <= noun.idx and e.actor and e.actor.country and not e.country_from_context
             and e.kind != "PERSON" and word in re.findall(r"[a-z]+", e.text.lower())]
    return max(named, key=lambda e: e.start).actor.country if named else None


def _definite(noun: Any) -> bool:
    """"the junta", "the bloc": a noun phrase that refers back."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _paragraph_countries(doc: Document, entities: list[Entity], paragraphs: Paragraphs) -> dict[int, str]:
    """Paragraph index -> the one country its named places and known actors are in, for
    paragraphs that name one country only (a report of one incident, a digest's item)."""
    countries: dict[int, set[str]] = {}
    seats = _seats_spoken_from(doc, entities)
    for e in entities:
        if e.actor and e.actor.country and not e.country_from_context and e.actor.sector != "MED" \
                and not e.by_adjective and not _destination(doc, e) and e.start not in seats \
                and not re.match(r"[-\s]based\b", doc.text[e.end:e.end + 7]):  # "a Paris-based group"
            countries.setdefault(paragraphs.index(e.start), set()).add(e.actor.country)
    return {i: next(iter(found)) for i, found in countries.items() if len(found) == 1}


def _seats_spoken_from(doc: Document, entities: list[Entity]) -> set[int]:
    """Where the cities start that open a sentence in which an international organisation
    speaks ("In Brussels, an EU spokesperson urged the authorities ..."): an organisation
    speaks from its seat, and the city says nothing of whose authorities are meant."""
    if doc.nlp is None:
        return set()
    organisations = [e.start for e in entities if e.actor and (e.actor.id.startswith("IGO:") or (
        e.actor.organisation or "").startswith("IGO:"))]
    seats = set()
    for e in entities:
        span = doc.nlp.char_span(e.start, e.end, alignment_mode="expand") if e.names_a_city else None
        if span is None:
            continue
        sent = span.sent
        if sent[0].lower_ == "in" and span.start - sent.start <= 3 \
                and any(sent.start_char <= start < sent.end_char for start in organisations):
            seats.add(e.start)
    return seats


def _destination(doc: Document, entity: Entity) -> bool:
    """A place named as where something goes or comes from, not where the paragraph
    happens: "exporting equipment to the Soviet Union", "imports from China"."""
    if entity.actor is None or entity.actor.kind not in ("COUNTRY", "PLACE") or doc.nlp is None:
        return False
    return place_preposition(doc.nlp, entity) in ("to", "into", "towards", "from")


def place_preposition(sdoc: Any, entity: Entity | Participant) -> str | None:
    """The preposition (lower case) whose object a named place (an entity, or an event's
    participant) is, through a list or an apposition: "to" in "exports to the Soviet
    Union", "in" in "in Escuintla, Guatemala"; None where it is no object of one ("Egypt
    urged restraint")."""
    span = sdoc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
        root = root.head
    return root.head.lower_ if root.dep_ == "pobj" else None


def _group_mentions(sdoc: Any, found: list[Entity], context_at: Callable[[int], str | None],
                    user: Dictionary | None = None, reference: dt.date | None = None) -> list[Entity]:
    """Actors named by what they are: "Egyptian police", "rebels", "the foreign ministry".

    The country comes from a modifier ("Chinese authorities", "Russia's army"), a
    prepositional phrase ("police in Lagos"), else the story's country (``context``).
    """
    roles = load_roles()
    taken = {i for e in found for i in range(e.start, e.end)}
    entities = SpanIndex(found)
    out: list[Entity] = []
    # The country the text last gave each group word ("the junta in Myanmar"): a later
    # "the junta" is the same body, whatever the dateline's country.
    placed: dict[str, str] = {}
    placed_here: dict[int, str] = {}  # token index -> the country its modifier or place gave it
    for tok in sdoc:
        # "Rebels shelled ...", "QUITO -- Relatives of inmates ...", "the ministry": the tagger
        # may take a capitalised first word, or a lower-case noun, for a name
        misread_noun = tok.pos_ == "PROPN" and tok.ent_type_ == "" and (
            tok.is_sent_start or tok.is_lower or (tok.i > 0 and sdoc[tok.i - 1].is_punct))
        if (tok.pos_ != "NOUN" and not misread_noun) or tok.idx in taken:
            continue
        bigram = f"{sdoc[tok.i - 1].lower_} {tok.lower_}" if tok.i > 0 else ""
        word = roles.get(bigram) or roles.get(tok.lower_) or _membership(tok, roles, entities)
        agent = user.agent(tok.lower_) if user else None
        if agent is not None:  # the user's agent words say which sector a noun names
            word = RoleWord(role=tok.lower_, sector=agent.sector)
        if word is None or word.sector in ("IGO",):
            continue
        if _names_a_person(tok.head, entities) or (
                tok.tag_ not in ("NNS", "NNPS") and any(_names_a_person(c, entities) for c in tok.children)):
            continue  # a title of a named person ("Professor X", "X, a professor"); "Hutu rebels" are many
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
        siding = next((roles[m.lower_] for m in modifiers if m.lower_ in roles and roles[m.lower_].sector in ("OPP", "REB")),
                      None)
        if siding is not None and word.sector not in ("OPP", "REB"):
            # "opposition lawmakers", "rebel commanders": the side they are on
            word = RoleWord(role=word.role, sector=siding.sector)
        countries: list[str] = []
        for mod in modifiers:
            if _sided(mod):
                continue  # "pro-Russian separatists" in Ukraine are not Russia's
            leaders = [c for c in mod.children if c.dep_ == "npadvmod"] if mod.lower_ in LED_BY else []
            for m in [mod, *mod.conjuncts, *leaders]:  # "Saudi-led coalition", not "Russian-backed"
                countries.extend(e.actor.country for e in entities.covering(m.idx)
                                 if e.actor and e.actor.country)
                if m.i in placed_here:  # "Japanese government representatives": a group word placed just now
                    countries.append(placed_here[m.i])
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from", "for")):
            # "civilians in and around El Fasher": the place may hang on the second preposition
            for pobj in (g for p in (prep, *prep.conjuncts) for g in p.children if g.dep_ == "pobj"):
                # "inhabitants of the Syrian Golan Heights": the place's country; "the leaders of
                # Kenya and Tanzania": each one listed
                for member in (pobj, *pobj.conjuncts):
                    others = {t.i for c in member.conjuncts if c.i > member.i for t in c.subtree}
                    words = [t for t in member.subtree if t.i not in others]
                    country = _place_country(words, entities)
                    if country:
                        countries.append(country)
        owner_word = next((m.lower_ for m in modifiers if m.dep_ == "poss" and m.lower_ in ("its", "his", "her")), None)
        if not countries and owner_word is not None:
            # "Algeria answered within a day. Its foreign ministry said ...", "Veldkamp said his
            # ministry had summoned ...": the state or the person the pronoun refers back to,
            # the latest subject named
            people = owner_word != "its"
            owner = _subject_before(tok, [e for e in [*found, *out] if (e.kind == "PERSON") == people])
            if owner is not None:
                countries.append(owner)
        distinct = list(dict.fromkeys(countries))
        if len(distinct) > 1:
            continue  # "Hungarian and Romanian officials": the countries themselves act
        # "UN peacekeepers", "a delegation from the African Union", "a spokesperson for the UN
        # rights office": the organisation they serve
        members_of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "for")
                      for g in c.children if g.dep_ == "pobj"]
        organisation = next((e.actor for mod in [*modifiers, *members_of] for e in entities.covering(mod.idx)
                             if e.actor and e.actor.id.startswith(("IGO:", "GRP:"))),
                            None)
        where = None if distinct else _clause_place(tok, entities)
        carried = (_named_before(tok, [*found, *out]) or placed.get(tok.lemma_.lower())) \
            if not (distinct or where) and _definite(tok) else None
        country = distinct[0] if distinct else where or carried or context_at(tok.idx)
        rule = ("group-modifier" if distinct else "group-clause-place" if where
                else "group-antecedent" if carried else "group-context" if country else "group")
        if distinct or where:
            placed[tok.lemma_.lower()] = country
            placed_here[tok.i] = country
        first = min([tok, *(m.left_edge for m in modifiers)], key=lambda t: t.i)
        while first.i < tok.i and first.pos_ in ("DET", "NUM", "ADV"):
            first = sdoc[first.i + 1]
        text = sdoc[first.i:tok.i + 1].text
        kind = "GROUP" if tok.tag_ in ("NNS", "NNPS") or word.sector in ("COP", "MIL", "REB", "CRM") else "ROLE"
        if organisation is not None and not distinct and organisation.kind == "GROUP":
            # "al-Qaeda militants", "fighters from the RSF": members act for the group (and
            # its home, if it has one)
            actor = Actor(id=organisation.id, name=text, country=organisation.country, sector=organisation.sector,
                          role=word.role, kind="GROUP")
            rule = "group-armed-group"
        elif organisation is not None and not distinct:
            # "European Union foreign ministers", "UN peacekeepers": they act for the organisation.
            actor = Actor(id=organisation.id, name=text, country=None, sector="IGO", role=word.role, kind="IGO")
            rule = "group-organisation"
        else:
            actor = Actor(id=f"{country or 'UNK'}:{word.sector}", name=text, country=country,
                          sector=word.sector, role=word.role, kind=kind)
        if kind == "ROLE" and distinct and reference is not None:
            # "the Chinese president" on 2020-12-30 is Xi Jinping.
            term = load_office_holders().holder(distinct[0], word.role, reference)
            if term is not None:
                actor, rule, kind = term.actor(), "kb-office-role", "PERSON"
        out.append(Entity(text=text, start=first.idx, end=tok.idx + len(tok.text), kind=kind,
                          actor=actor, rule=rule))
    return out


def _membership(tok: Any, roles: dict[str, RoleWord], entities: SpanIndex[Entity]) -> RoleWord | None:
    """"Members of the gang" are criminals, "members of parliament" lawmakers: members are
    of the sector of the body they belong to; of a body no word names ("members of the
    Bharti Kisan Union" in lower case), civil society. None for another word, or members
    of a body the text names as an actor (that body is who acts)."""
    if tok.lower_ not in ("members", "member"):
        return None
    for pobj in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"):
        if any(entities.covering(t.idx) for t in pobj.subtree):
            return None
        words = [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod"))]
        return next((roles[w.lower_] for w in words if w.lower_ in roles), RoleWord(role="Members", sector="CVL"))
    return None


def _names_a_person(tok: Any, entities: SpanIndex[Entity]) -> bool:
    """Whether the tagger reads a word as a person's name and it is no country's word
    ("Slovak" tagged PERSON still names Slovakia)."""
    return tok.ent_type_ == "PERSON" and not any(
        e.actor and e.actor.kind == "COUNTRY" for e in entities.covering(tok.idx))


def _counterparts(sdoc: Any, entities: list[Entity], text: str) -> None:
    """"X and his Russian counterpart, Y": Y holds X's office in another country."""
    people = [e for e in entities if e.kind == "PERSON" and e.actor]
    for e in people:
        if e.actor.role or "counterpart" not in text[max(0, e.start - 40):e.start]:
            continue
        sent = sdoc.char_span(e.start, e.end, alignment_mode="expand")
        if sent is None:
            continue
        s_start, s_end = sent.sent.start_char, sent.sent.end_char
        peers = [p for p in people if s_start <= p.start < s_end and p.actor is not e.actor and p.actor.role]
        if peers:
            e.actor.role, e.actor.sector = peers[0].actor.role, peers[0].actor.sector


# --- later mentions --------------------------------------------------------------------

def _back_references(sdoc: Any, entities: list[Entity]) -> None:
    """"The bloc", "the court", "the Council": a definite noun that refers back to the
    organisation last named before it (of the kinds ``back_references.tsv`` allows, and
    whose name holds the word where it says so). Added to ``entities``, or replacing an
    unplaced organisation the parser made of the capitalised word alone."""
    references = load_back_references()
    named = sorted((e for e in entities if e.actor is not None), key=lambda e: e.start)
    at = {e.start: e for e in entities}
    taken = {i for e in entities for i in range(e.start, e.end)}
    for tok in sdoc:
        reference = references.get(tok.lower_)
        if reference is None or tok.pos_ not in ("NOUN", "PROPN") or not _definite(tok) or any(
                c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.text[:1].isupper()) for c in tok.children):
            continue  # "the Andean bloc" names another: only "the bloc", "the regional bloc" refer back
        own = at.get(tok.idx)
        if tok.idx in taken and not (own is not None and own.text == tok.text and own.actor is not None
                                     and not own.actor.country and own.kind in ("ORG", "ROLE")):
            continue
        earlier = [e for e in named if e.end <= tok.idx and e.actor.kind in reference.kinds
                   and (not reference.named_in or _holds_word(e.text, reference.word))]
        if not earlier:
            continue
        referent = earlier[-1]
        entity = Entity(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), kind=referent.kind,
                        actor=referent.actor, rule="coref-definite")
        if own is not None:
            entities.remove(own)
        entities.append(entity)


def _holds_word(name: str, word: str) -> bool:
    """Whether a name of more than one word holds ``word``: "the International Criminal
    Court" for "the court"."""
    words = name.lower().split()
    return len(words) > 1 and word in words


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


def _sided(mod: Any) -> bool:
    """Whether a modifier names a side taken, not a nationality: "pro-Russian", "anti-US"."""
    doc = mod.doc
    before = [doc[i].lower_ for i in range(max(mod.i - 2, 0), mod.i)]
    return before[-2:] in (["pro", "-"], ["anti", "-"]) or (bool(before) and before[-1] in ("pro-", "anti-"))


def acting_for(member: Participant) -> Participant:
    """The side a participant is in events: a person who serves an international
    organisation acts for it, as the organisation it acts as (the Secretary-General as
    ``IGO:UN``, named as the person); anyone else as themselves."""
    actor = member.actor
    if actor is None or actor.country or not actor.organisation or actor.id.startswith("IGO:") \
            or not actor.organisation.startswith("IGO:"):
        return member
    kb = load_kb()
    organisation = kb.organisations.get(actor.organisation)
    acting = (organisation.acts_as if organisation is not None else None) or actor.organisation
    return dataclasses.replace(member, actor=dataclasses.replace(actor, id=acting))
