"""CAMEO country codes and accord's codes, both ways."""

from __future__ import annotations

import pytest

from accord.codes import cameo_to_iso, iso_to_cameo
from accord.kb import load_kb


@pytest.mark.parametrize(("cameo", "iso"), [
    ("JAP", "JPN"), ("USA", "USA"), ("USAGOV", "USA"), ("RUS", "RUS"), ("ROM", "ROU"), ("IGO", None), ("", None),
])
def test_cameo_to_iso(cameo, iso):
    assert cameo_to_iso(cameo) == iso


def test_every_country_has_a_cameo_code_that_maps_back():
    for code in load_kb().countries:
        cameo = iso_to_cameo(code)
        assert cameo is not None, code
        assert cameo_to_iso(cameo) == code
