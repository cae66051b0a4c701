"""CAMEO country codes and accord's country codes, both ways.

The knowledge is ``accord/data/cameo_countries.tsv`` (columns ``iso3``, ``cameo``,
``name``, ``source``); this module only reads it, once::

    cameo_to_iso("JAP")   # 'JPN'  (an older KEDS-style code the PLOVER gold uses)
    cameo_to_iso("USAGOV")  # 'USA'  (a full actor code is read by its first three letters)
    cameo_to_iso("IGO")   # None   (not a country)
    iso_to_cameo("JPN")   # 'JPN'

``iso3`` is accord's country code: the ISO 3166-1 alpha-3 code, or for historical
states and Kosovo the code ``countries.tsv`` gives them (``SUN``, ``FRG``, ``XKX``...).
Every country in ``countries.tsv`` has one row whose ``cameo`` is its own code, and it
comes first: CAMEO's country codes *are* ISO codes, so that row is what
:func:`iso_to_cameo` returns. Further rows for the same country list the other codes
CAMEO coders and PETRARCH dictionaries have used for it (``ROM`` for Romania, ``JAP``
for Japan, ``GMW`` for West Germany); :func:`cameo_to_iso` reads all of them.
"""

from __future__ import annotations

import functools
from pathlib import Path

from accord.kb import DATA_DIR, read_tsv

CAMEO_COUNTRIES = DATA_DIR / "cameo_countries.tsv"
COLUMNS = ("iso3", "cameo", "name", "source")


@functools.lru_cache(maxsize=None)
def load_cameo_countries(path: Path = CAMEO_COUNTRIES) -> tuple[dict[str, str], dict[str, str]]:
    """``(cameo -> iso3, iso3 -> cameo)`` from the table; raises ``ValueError`` on a bad row."""
    to_iso: dict[str, str] = {}
    to_cameo: dict[str, str] = {}
    for number, row in read_tsv(path, COLUMNS):
        iso3, cameo = row["iso3"], row["cameo"]
        if len(iso3) != 3 or len(cameo) != 3 or not (iso3 + cameo).isupper():
            raise ValueError(f"{path}:{number}: codes must be three capital letters, "
                             f"found {iso3!r} and {cameo!r}")
        if to_iso.get(cameo, iso3) != iso3:
            raise ValueError(f"{path}:{number}: CAMEO code {cameo!r} already stands for "
                             f"{to_iso[cameo]!r}")
        to_iso[cameo] = iso3
        to_cameo.setdefault(iso3, cameo)  # the first row for a country is its CAMEO code
    return to_iso, to_cameo


def cameo_to_iso(code: str) -> str | None:
    """The accord country code a CAMEO code stands for, or ``None`` for no country.

    A full CAMEO actor code (``USAGOV``, ``IRQGOVMIL``) is read by its first three
    letters; case does not count. Non-country codes (``IGO``, ``NGO``, ``IMG``, ``---``,
    regions such as ``AFR``) give ``None``.
    """
    return load_cameo_countries()[0].get(code.strip()[:3].upper())


def iso_to_cameo(code: str) -> str | None:
    """The CAMEO code for an accord country code (``JPN`` -> ``JPN``), or ``None``."""
    return load_cameo_countries()[1].get(code.strip().upper())
