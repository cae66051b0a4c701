"""Exports of stored events: PLOVER JSON Lines and the GDELT 2.0 event table.

Both read the document records the store keeps, so they carry everything the pipeline
found. Negated and hypothetical events are left out unless asked for: neither format
has a way to say that an event did not (or may not) happen.

- PLOVER: one JSON object per event, with PLOVER's field names (``event``, ``mode``,
  ``source``/``target`` as lists of ``{actorText, code, sector, span}``, ``eventText``,
  ``text``), plus accord's evidence and flags.
- GDELT: the 61 tab-separated columns of the GDELT 2.0 event table, filled where accord
  has the information (dates, CAMEO actor and event codes, quad class, Goldstein scale,
  source URL) and left empty where it has none (tone, geography, mention counts).
  Actor codes are CAMEO codes: a country code followed by a sector (``RUSGOV``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from accord.codes import iso_to_cameo
from accord.record import side_members

FORMATS = ("plover", "gdelt")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)


def _events(records: Iterable[dict[str, Any]], include_all: bool) -> Iterator[tuple[dict, int, dict]]:
    for record in records:
        for i, event in enumerate(record.get("events") or []):
            if not include_all and (event.get("negated") or event.get("hypothetical")):
                continue
            yield record, i, event


def _actor_code(actor: dict[str, Any] | None, *, cameo: bool = False) -> str:
    """A PLOVER/CAMEO-style code: the country (or organisation) and the sector (``RUSGOV``)."""
    if not actor:
        return ""
    sector = actor.get("sector") if actor.get("sector") != "IGO" else ""
    if actor.get("country"):
        country = (iso_to_cameo(actor["country"]) or actor["country"]) if cameo else actor["country"]
        return country + (sector or "")
    ident = actor.get("id") or ""
    if not ident.startswith("IGO:") and actor.get("organisation"):
        ident = actor["organisation"]  # the UN Secretary-General acts for the UN
    if ident.startswith("IGO:"):
        return ident.replace(":", "") if cameo else ident
    return ""


def plover_events(records: Iterable[dict[str, Any]], *, include_all: bool = False) -> Iterator[dict[str, Any]]:
    """One PLOVER JSON object per event."""
    for record, i, e in _events(records, include_all):
        def side(members: Any) -> list[dict[str, Any]]:
            return [{"actorText": m.get("text"), "code": _actor_code(m.get("actor")),
                     "country": (m.get("actor") or {}).get("country"),
                     "sector": (m.get("actor") or {}).get("sector"),
                     "span": [m.get("start"), m.get("end")]} for m in side_members(members)]
        yield {
            "id": f"{record['id']}:{i}",
            "date": e.get("date"),
            "datePrecision": e.get("date_precision"),
            "event": e["type"],
            "mode": e.get("mode"),
            "context": None,
            "source": side(e.get("source")),
            "target": side(e.get("target")),
            "eventText": e.get("trigger"),
            "text": e.get("sentence"),
            "span": [e.get("start"), e.get("end")],
            "location": e.get("location"),
            "locationCountry": e.get("location_country"),
            "cameo": e.get("cameo"),
            "intensity": e.get("intensity"),
            "negated": bool(e.get("negated")),
            "hypothetical": bool(e.get("hypothetical")),
            "historical": bool(e.get("historical")),
            "rule": e.get("rule"),
            "language": record.get("language"),
            "publication": record.get("source"),
            "article": {"id": record["id"], "title": record.get("title"), "url": record.get("url"),
                        "published": record.get("published")},
        }


def gdelt_rows(records: Iterable[dict[str, Any]], *, include_all: bool = False) -> Iterator[list[str]]:
    """Rows of the GDELT 2.0 event table (strings, in :data:`GDELT_COLUMNS` order)."""
    from accord.stages.events import load_cameo

    goldstein = load_cameo()
    for record, i, e in _events(records, include_all):
        date = _full_date(e.get("date") or record.get("published"))
        code = e.get("cameo") or ""
        root = code[:2]
        row = dict.fromkeys(GDELT_COLUMNS, "")
        row["GLOBALEVENTID"] = str(int(hashlib.sha1(f"{record['id']}:{i}".encode()).hexdigest()[:12], 16))
        if date:
            row["SQLDATE"] = date.strftime("%Y%m%d")
            row["MonthYear"] = date.strftime("%Y%m")
            row["Year"] = str(date.year)
            row["FractionDate"] = f"{date.year + (date.timetuple().tm_yday - 1) / 365:.4f}"
        for n, side in ((1, e.get("source")), (2, e.get("target"))):
            members = side_members(side)
            if not members:
                continue
            actor = members[0].get("actor") or {}
            row[f"Actor{n}Code"] = _actor_code(actor, cameo=True)
            row[f"Actor{n}Name"] = (actor.get("name") or members[0].get("text") or "").upper()
            row[f"Actor{n}CountryCode"] = iso_to_cameo(actor["country"]) or "" if actor.get("country") else ""
            row[f"Actor{n}Type1Code"] = actor.get("sector") or ""
        row["IsRootEvent"] = "1"
        row["EventCode"] = code
        row["EventBaseCode"] = code[:3]
        row["EventRootCode"] = root
        row["QuadClass"] = _quad_class(root)
        value = goldstein.get(code, e.get("intensity"))
        row["GoldsteinScale"] = "" if value is None else f"{value:.1f}"
        row["NumMentions"] = row["NumSources"] = row["NumArticles"] = "1"
        if e.get("location"):
            row["ActionGeo_FullName"] = str(e["location"])
            row["ActionGeo_CountryCode"] = e.get("location_country") or ""
        row["DATEADDED"] = (_full_date(record.get("published")) or dt.date.today()).strftime("%Y%m%d000000")
        row["SOURCEURL"] = record.get("url") or record.get("input") or ""
        yield [row[c] for c in GDELT_COLUMNS]


def _quad_class(root: str) -> str:
    """CAMEO roots 01-05 verbal cooperation (1), 06-09 material cooperation (2), 10-14
    verbal conflict (3), 15-20 material conflict (4)."""
    if not root.isdigit():
        return ""
    n = int(root)
    return "1" if n <= 5 else "2" if n <= 9 else "3" if n <= 14 else "4"


def _full_date(value: Any) -> dt.date | None:
    if not value:
        return None
    text = str(value)
    try:
        return dt.date(int(text[:4]), int(text[5:7]) if len(text) >= 7 else 1, int(text[8:10]) if len(text) >= 10 else 1)
    except ValueError:
        return None
