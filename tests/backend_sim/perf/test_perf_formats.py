"""The RRD formats against fixtures written by hand from the format description (xenapi-protocol.md 5.1):
rrd_updates as rrdtool xport XML and as xapi's JSON (every number a string), and the rrdtool dump of a
whole RRD, read back the way clients read them."""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from backend_sim.perf import dump, xport
from backend_sim.perf.rrd import Rrd
from backend_sim.perf.sources import DataSource

A = DataSource("cpu0", "CPU0 usage", "(fraction)", 0.0, 1.0)
B = DataSource("memory", "Memory currently allocated to VM", "B")

XPORT_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<xport><meta><start>1005</start><step>5</step><end>1010</end><rows>2</rows><columns>2</columns>"
    "<legend><entry>AVERAGE:vm:0b5e-uuid:cpu0</entry><entry>AVERAGE:vm:0b5e-uuid:memory</entry></legend></meta>"
    "<data><row><t>1010</t><v>NaN</v><v>123456.789012346</v></row>"
    "<row><t>1005</t><v>0.5</v><v>0.0</v></row></data></xport>")

XPORT_JSON = (
    '{"meta":{"start":"1005","step":"5","end":"1010","rows":"2","columns":"2",'
    '"legend":["AVERAGE:vm:0b5e-uuid:cpu0","AVERAGE:vm:0b5e-uuid:memory"]},'
    '"data":[{"t":"1010","values":["NaN","123456.789012346"]},{"t":"1005","values":["0.5","0.0"]}]}')


def small_rrd() -> Rrd:
    rrd = Rrd([A, B], 1000.0, min_max=False)
    rrd.update(1005, {"cpu0": 0.5, "memory": 0.0})
    rrd.update(1010, {"memory": 123456.789012345678})  # cpu0 unknown in this sample
    return rrd


def test_float_text_is_xapis() -> None:
    assert [xport.f_to_s(v) for v in (0.0, -0.0, math.nan, math.inf, -math.inf, 1.0, 0.1 + 0.2)] == \
        ["0.0", "0.0", "NaN", "Infinity", "-Infinity", "1", "0.3"]
    assert xport.f_to_s(1 / 3) == "0.333333333333333"  # 15 significant digits


def test_rrd_updates_xml_matches_the_fixture() -> None:
    export = xport.select([("vm:0b5e-uuid:", small_rrd())], 1001, 5, "AVERAGE")
    assert b"".join(xport.xml_chunks(export)).decode() == XPORT_XML


def test_rrd_updates_json_matches_the_fixture_and_is_strict_json() -> None:
    export = xport.select([("vm:0b5e-uuid:", small_rrd())], 1001, 5, "AVERAGE")
    text = b"".join(xport.json_chunks(export)).decode()
    assert text == XPORT_JSON
    assert json.loads(text, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))


def test_negative_start_counts_back_from_the_last_update() -> None:
    export = xport.select([("vm:0b5e-uuid:", small_rrd())], -9, 0, None)
    assert export.times == [1010, 1005]


def test_rrd_updates_read_back_like_perfmon_reads_it() -> None:
    """Legend CF:kind:uuid:name, rows newest first, one v per column."""
    rrds = [(f"vm:vm{i}:", small_rrd()) for i in range(3)]
    root = ET.fromstring(b"".join(xport.xml_chunks(xport.select(rrds, 1001, 5, "AVERAGE"))))
    legend = [entry.text for entry in root.iter("entry")]
    assert len(legend) == int(root.findtext("meta/columns") or 0) == 6
    assert all(entry.split(":")[0] == "AVERAGE" and entry.split(":")[1] == "vm" for entry in legend)
    rows = root.findall("data/row")
    assert [int(row.findtext("t") or 0) for row in rows] == [1010, 1005]
    assert all(len(row.findall("v")) == 6 for row in rows)
    assert float(rows[1].findall("v")[3].text or "") == 0.0


def test_no_rrds_is_an_empty_export_not_an_error() -> None:
    root = ET.fromstring(b"".join(xport.xml_chunks(xport.select([], 1000, 5, None))))
    assert root.findtext("meta/rows") == "0" and root.findtext("meta/columns") == "0"


def test_the_dump_has_rrdtools_shape() -> None:
    rrd = Rrd([A, B], 1000.0, min_max=True)
    for t in range(1005, 1005 + 5 * 30, 5):
        rrd.update(t, {"cpu0": 0.25, "memory": 1024.0})
    text = b"".join(dump.xml_chunks(rrd)).decode()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<rrd><version>0003</version><step>5</step>'
                           "<lastupdate>1150</lastupdate><ds><name>cpu0</name><type>GAUGE</type>"
                           "<minimal_heartbeat>300</minimal_heartbeat><min>0.0</min><max>1</max>"
                           "<last_ds>0.25</last_ds><value>0.25</value><unknown_sec>0</unknown_sec></ds>")
    root = ET.fromstring(text)
    assert [child.tag for child in root][:5] == ["version", "step", "lastupdate", "ds", "ds"]
    rras = root.findall("rra")
    # 5 s AVERAGE, then AVERAGE, MIN and MAX for each of 1 min, 1 h and 1 day.
    assert [(r.findtext("cf"), r.findtext("pdp_per_row")) for r in rras] == [
        ("AVERAGE", "1"), ("AVERAGE", "12"), ("MIN", "12"), ("MAX", "12"), ("AVERAGE", "720"), ("MIN", "720"),
        ("MAX", "720"), ("AVERAGE", "17280"), ("MIN", "17280"), ("MAX", "17280")]
    assert [len(r.findall("database/row")) for r in rras] == [120, 120, 120, 120, 168, 168, 168, 366, 366, 366]
    assert all(len(r.findall("cdp_prep/ds")) == 2 for r in rras)
    five = rras[0].findall("database/row")
    assert [v.text for v in five[-1].findall("v")] == ["0.25", "1024"]  # oldest row first, newest last
    assert [v.text for v in five[0].findall("v")] == ["NaN", "NaN"]
    assert rras[1].findtext("params/xff") == "1"


def test_the_json_dump_mirrors_the_xml() -> None:
    rrd = small_rrd()
    data = json.loads(b"".join(dump.json_chunks(rrd)))
    assert data["version"] == "0003" and data["step"] == "5" and data["lastupdate"] == "1010"
    assert [ds["name"] for ds in data["ds"]] == ["cpu0", "memory"]
    assert [rra["cf"] for rra in data["rra"]] == ["AVERAGE"] * 4
    assert len(data["rra"][0]["database"]) == 120
    assert data["rra"][0]["database"][-1] == ["NaN", "123456.789012346"]
    assert data["rra"][1]["params"] == {"xff": "0.5"}


def wide_export(rrd_count: int) -> xport.Export:
    sources = [DataSource(f"cpu{i}", "", "(fraction)", 0.0, 1.0) for i in range(64)]
    rrds = []
    for n in range(rrd_count):
        rrd = Rrd(sources, 1000.0, min_max=False)
        rrd.update(1005, {ds.name: 0.5 for ds in sources})
        rrds.append((f"vm:{n}:", rrd))
    return xport.select(rrds, 1005 - 595, 0, "AVERAGE")  # the whole 5-second archive


@pytest.mark.parametrize("chunk_values", [xport.CHUNK_VALUES, 100])
def test_chunks_are_bounded_for_wide_exports(monkeypatch: pytest.MonkeyPatch, chunk_values: int) -> None:
    monkeypatch.setattr(xport, "CHUNK_VALUES", chunk_values)  # 100: rows wider than a chunk are split
    export = wide_export(20)
    assert export.data.shape == (120, 64 * 20)
    assert np.isfinite(export.data[0]).all()
    for chunks in (list(xport.xml_chunks(export)), list(xport.json_chunks(export))):
        values = [chunk.count(b"</v>") + chunk.count(b'","') for chunk in chunks[1:-1]]
        assert max(values) < 2 * chunk_values
        assert len(chunks) >= 120 * 1280 // (2 * chunk_values)
    root = ET.fromstring(b"".join(xport.xml_chunks(export)))
    assert [len(row.findall("v")) for row in root.iter("row")] == [1280] * 120
    data = json.loads(b"".join(xport.json_chunks(export)))
    assert [len(row["values"]) for row in data["data"]] == [1280] * 120


def test_rrds_a_step_apart_are_aligned_by_time() -> None:
    """A request served while a sample is under way: every column of a row is the same instant."""
    ahead, behind = (Rrd([A], 1000.0, min_max=False) for _ in range(2))
    stale = Rrd([A], 600.0, min_max=False)
    for t in (1005, 1010, 1015):
        ahead.update(t, {"cpu0": t / 10_000})
        if t < 1015:
            behind.update(t, {"cpu0": t / 10_000})
    stale.update(605, {"cpu0": 0.9})  # not sampled for longer than a heartbeat: it does not hold the rows back
    export = xport.select([("vm:a:", ahead), ("vm:b:", behind), ("vm:c:", stale)], 1001, 5, "AVERAGE")
    assert export.end == 1010 and export.times == [1010, 1005]
    assert export.data[:, :2].tolist() == [[0.101, 0.101], [0.1005, 0.1005]]
    assert np.isnan(export.data[:, 2]).all()
