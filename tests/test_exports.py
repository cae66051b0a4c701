"""PLOVER and GDELT exports, from records and through ``accord export``."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from accord.cli import main
from accord.exports import GDELT_COLUMNS, gdelt_rows, plover_events
from accord.stages.events import load_cameo
from accord.store import Store


def _all_events(records):
    return [(r, e) for r in records for e in r["events"]]


def test_plover_has_one_object_per_real_event(records):
    out = list(plover_events(records))
    real = [e for _, e in _all_events(records) if not e["negated"] and not e["hypothetical"]]
    assert len(out) == len(real) > 0
    for event in out:
        assert event["event"] in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                  "MOBILIZE", "COERCE", "ASSAULT"}
        assert isinstance(event["source"], list) and isinstance(event["target"], list)
        assert all({"actorText", "code", "span"} <= set(a) for a in event["source"] + event["target"])
        assert event["text"] and event["article"]["id"]
    assert len({e["id"] for e in out}) == len(out)


def test_plover_all_includes_flagged_events(records):
    records[0]["events"].append(dict(records[-1]["events"][0], negated=True))
    flagged = sum(1 for _, e in _all_events(records) if e["negated"] or e["hypothetical"])
    assert flagged >= 1
    assert len(list(plover_events(records, include_all=True))) == len(list(plover_events(records))) + flagged


def test_gdelt_rows_fill_the_columns_accord_knows(records):
    goldstein = load_cameo()
    rows = list(gdelt_rows(records))
    assert rows and all(len(r) == len(GDELT_COLUMNS) == 61 for r in rows)
    for row in rows:
        cell = dict(zip(GDELT_COLUMNS, row))
        assert len(cell["SQLDATE"]) == 8 and cell["SQLDATE"].isdigit()
        assert cell["EventRootCode"] == cell["EventCode"][:2]
        assert cell["QuadClass"] in {"1", "2", "3", "4"}
        assert float(cell["GoldsteinScale"]) == goldstein[cell["EventCode"]]
        assert cell["Actor1Code"]  # every coded event has a source


def test_gdelt_quad_class_follows_the_cameo_root():
    record = {"id": "x", "published": "2021-05-01", "events": [
        {"type": t, "cameo": c, "date": "2021-05-01", "source": {"text": "A", "actor": {"id": "FRA", "country": "FRA"}},
         "target": None} for t, c in (("CONSULT", "040"), ("AID", "070"), ("ACCUSE", "111"), ("ASSAULT", "190"))]}
    quads = [dict(zip(GDELT_COLUMNS, r))["QuadClass"] for r in gdelt_rows([record])]
    assert quads == ["1", "2", "3", "4"]


def test_an_organisations_officer_is_coded_as_the_organisation():
    annan = {"id": "PERSON:Kofi Annan", "name": "Kofi Annan", "country": None, "sector": "IGO",
             "kind": "PERSON", "organisation": "IGO:UN"}
    record = {"id": "x", "published": "1998-02-20", "events": [
        {"type": "CONSULT", "mode": "visit", "cameo": "042", "date": "1998-02-20",
         "source": {"text": "Kofi Annan", "start": 0, "end": 10, "actor": annan},
         "target": {"text": "Baghdad", "start": 20, "end": 27, "actor": {"id": "IRQ", "country": "IRQ"}}}]}
    [event] = plover_events([record])
    assert event["source"][0]["code"] == "IGO:UN"
    row = dict(zip(GDELT_COLUMNS, next(gdelt_rows([record]))))
    assert row["Actor1Code"] == "IGOUN"


def test_export_command_writes_both_formats(tmp_path, records):
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        store.write(records)
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "plover"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(list(plover_events(records)))
    result = runner.invoke(main, ["export", "--db", str(db), "--format", "gdelt"])
    assert result.exit_code == 0
    table = list(csv.reader(io.StringIO(result.stdout), delimiter="\t"))
    assert table[0] == list(GDELT_COLUMNS)
    assert len(table) - 1 == len(list(gdelt_rows(records)))


def test_export_of_a_missing_database_fails_clearly(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "gdelt"])
    assert result.exit_code == 1
    assert "none.duckdb" in result.output


def test_quotes_command_filters_by_speaker_and_actor(tmp_path, seed_doc):
    db = tmp_path / "q.duckdb"
    with Store(db) as store:
        store.write([seed_doc.to_record()])
        columns, rows = store.quotes(speaker="Karneev")
        assert rows and all("Karneev" in r[columns.index("speaker")] for r in rows)
        _, by_country = store.quotes(actor="RUS")
        assert len(by_country) >= len(rows)
    result = CliRunner().invoke(main, ["quotes", "--db", str(db), "--speaker", "Leksyutina", "--json"])
    assert result.exit_code == 0
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    assert quotes and all(q["speaker"] == "Yana Leksyutina" for q in quotes)
