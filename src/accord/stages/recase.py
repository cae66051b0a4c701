"""Capitals for text that has none: lower-case digests and all-capitals wire bulletins.

The parser and the entity recogniser read capitals as much as words: in "the police
arrested three men in patna on monday" they find no place and no day, and in an
all-capitals bulletin every word looks like a name. :func:`recased` gives such a text the
capitals English would have, letter for letter (the same length, so that every offset
stays valid): sentence starts, day and month names, the names the knowledge base knows
(countries, cities, organisations, groups, office holders), towns GeoNames knows whose
names are no English word ("jagraon"), "I"; in an all-capitals text,
short acronyms the knowledge base knows stay as they are and everything else is lowered
first.

The parse runs over the recased text; :func:`restore_texts` then puts the words of the
article itself back into every record field that quotes it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from accord.gazetteer import town_names, town_spellings
from accord.record import Document, side_members

# Below this share of capitals among letters a text is lower case; above the other, capitals.
_LOWER_SHARE = 0.01
_UPPER_SHARE = 0.90
_MIN_LETTERS = 80
_CALENDAR = ("monday tuesday wednesday thursday friday saturday sunday january february april june july "
             "august september october november december jan feb apr aug sept sep oct nov dec").split()
# Month names that are also words: capitalised only beside a day's number ("on may 14").
_AMBIGUOUS_MONTHS = {"may", "march"}
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-.]*+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s++|\n)[\"'\u201c\u2018(]*+(?=[^\W\d_])")
_MAX_NAME_WORDS = 4


def recased(text: str) -> str | None:
    """``text`` with English capitals, or None when it has capitals of its own."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    share = sum(c.isupper() for c in letters) / len(letters)
    if share >= _UPPER_SHARE:
        base = _lowered_keeping_acronyms(text)
    elif share <= _LOWER_SHARE:
        base = text
    else:
        return None
    chars = list(base)
    for m in _SENTENCE_START.finditer(base):
        _capitalise(chars, m.end())
    words = list(_WORD.finditer(base))
    names = _known_names()
    i = 0
    while i < len(words):
        matched = 0
        for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            span = words[i:i + n]
            if any(base[a.end():b.start()] not in (" ", "-") for a, b in zip(span, span[1:])):
                continue
            start, end = span[0].start(), span[-1].end()
            phrase = base[start:end].lower().rstrip(".")
            # "south korea's joint chiefs": the name without its possessive
            proper = names.get(phrase) or names.get(re.sub(r"['\u2019]s$", "", phrase))
            if proper is None and n > 1 and _town(phrase):
                proper = town_spellings()[phrase]  # "san pedro sula", "cagayan de oro": a town of several words
            if proper is not None and len(proper) <= end - start:
                for k, c in enumerate(proper):
                    if c.isupper() and len(c.lower()) == 1 and chars[start + k].lower() == c.lower():
                        chars[start + k] = c
                matched = n
                break
        if matched:
            i += matched
            continue
        word = words[i].group().lower().rstrip(".")  # "on wednesday." ends a sentence
        if word in _CALENDAR or word == "i" or (word in _AMBIGUOUS_MONTHS and _beside_a_day(base, words[i])) \
                or _town(word):
            _capitalise(chars, words[i].start())
        i += 1
    out = "".join(chars)
    return out if len(out) == len(text) else None


def was_recased(doc: Document) -> bool:
    """Whether the document was parsed in capitals of accord's making (``recased``)."""
    return doc.nlp is not None and doc.nlp.text != doc.text


def restore_texts(doc: Document) -> Document:
    """Put the article's own words back into the fields that quote it, after a parse of
    recased text (entities, times, quotes and their speakers, events and their sides)."""
    if not was_recased(doc):
        return doc
    text = doc.text

    def fix(item: object) -> None:
        if item is not None and hasattr(item, "start") and hasattr(item, "end") and hasattr(item, "text"):
            item.text = text[item.start:item.end]  # type: ignore[attr-defined]

    for entity in doc.entities:
        fix(entity)
    for time in doc.times:
        fix(time)
    for quote in doc.quotes:
        quote.text = " ".join(text[start:end] for start, end in quote.spans)  # a split quote's pieces
        fix(quote.speaker)
        fix(quote.addressee)
    for event in doc.events:
        event.sentence = text[event.start:event.end]
        for mention in event.mentions:
            mention.sentence = text[mention.start:mention.end]
        for side in (event.source, event.target):
            for participant in side_members(side):
                fix(participant)
    return doc


def _capitalise(chars: list[str], at: int) -> None:
    if at < len(chars):
        upper = chars[at].upper()
        if len(upper) == 1:
            chars[at] = upper


def _beside_a_day(text: str, word: re.Match[str]) -> bool:
    return bool(re.match(r"\s\d{1,2}\b", text[word.end():word.end() + 4])
                or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s$", text[max(0, word.start() - 6):word.start()]))


def _lowered_keeping_acronyms(text: str) -> str:
    acronyms = _known_acronyms()
    return _WORD.sub(lambda m: m.group() if m.group().rstrip(".") in acronyms else m.group().lower(), text)


@lru_cache(maxsize=1)
def _known_names() -> dict[str, str]:
    """Lower-cased names -> as the knowledge base writes them (common words left out)."""
    from accord.kb import COMMON_WORDS, load_kb, load_office_holders

    names: dict[str, str] = {}
    aliases = [alias for alias, _ in load_kb().aliases()] + [alias for alias, _ in load_office_holders().aliases()]
    for alias in aliases:
        if not any(c.isupper() for c in alias) or alias.casefold() in COMMON_WORDS:
            continue
        if len(alias) <= 3 and alias.lower() in _english_words():
            continue  # "LeT" (Lashkar-e-Taiba): in lower case, "let" is a word
        if len(alias) <= 3 and alias.isupper():
            continue  # "US", "UN": in lower case these are words ("us", "un")
        names.setdefault(alias.lower(), alias)
    return names


def _town(phrase: str) -> bool:
    """Whether words are a town's name and not all English words ("jagraon", "san pedro
    sula"; not "police", which is also a Polish town, nor "long beach")."""
    return phrase in town_names() and not all(w in _english_words() for w in phrase.split())


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words: the spaCy pipeline's lemma index (nouns, verbs, adjectives,
    adverbs) and its stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from accord.stages.nlp import load_model

    index = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ())) | STOP_WORDS


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    """Acronyms the knowledge base knows ("UN", "NATO", "EU"), kept in capitals."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from accord.kb import load_kb

    return frozenset(alias for alias, _ in load_kb().aliases()
                     if alias.isupper() and 2 <= len(alias.replace(".", "")) <= 5 and " " not in alias
                     and alias.lower() not in STOP_WORDS)  # "WHO SAID": no health organisation
