"""RRD formats: /rrd_updates in XML and JSON (with xapi's old JSON quirks), whole RRD dumps, archives, layouts."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from xencenter.core.rrd.archive import ArchiveStore, ObjectKey, Resolution
from xencenter.core.rrd.dump import parse_dump
from xencenter.core.rrd.layout import GraphSpec, Layout, default_graphs, layout_entries, owned_keys, read_layout
from xencenter.core.rrd.ring import Ring
from xencenter.core.rrd.xport import Column, RrdFormatError, parse, parse_json, parse_xml

FIXTURES = Path(__file__).parent / "rrd_fixtures"
HOST = "3f1a7c5e-0d4b-4c1e-9a53-1b2c3d4e5f60"
VM = "8d2e6f10-aaaa-4bbb-8ccc-0123456789ab"


def check_fixture_reply(xport: object) -> None:
    from xencenter.core.rrd.xport import Xport

    assert isinstance(xport, Xport)
    assert (xport.start, xport.step, xport.end) == (1764748800, 5, 1764748810)
    assert xport.columns[0] == Column("AVERAGE", "host", HOST, "cpu0")
    assert xport.columns[5] == Column("AVERAGE", "vm", VM, "vif_0_rx")
    assert xport.times.tolist() == [1764748800, 1764748805, 1764748810]  # oldest first, whatever the order sent
    assert xport.values[:, 0].tolist() == [0.0, 0.0398, 0.0412]
    assert math.isnan(xport.values[1, 2])
    assert xport.values[:, 5].tolist() == [-math.inf, math.inf, 1532.5]
    assert xport.column_index()[("vm", VM)] == [2, 3, 4, 5]


@pytest.mark.parametrize("name", ["updates.xml", "updates.json", "updates_nested.json", "updates_bare_keys.json"])
def test_updates_in_every_format(name: str) -> None:
    body = (FIXTURES / name).read_bytes()
    check_fixture_reply(parse(body, "application/json" if name.endswith("json") else "text/xml"))
    check_fixture_reply(parse(body))  # told nothing: found from the body


@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b"<xport><meta></meta><data><row><t>1</t><v>x</v>"
                                  b"</row></data></xport>", b"<xport><meta><legend><entry>cpu0</entry></legend>"
                                  b"</meta></xport>", b"<!DOCTYPE x [<!ENTITY a 'b'>]><xport/>"])
def test_bad_xml_is_a_clear_error(body: bytes) -> None:
    with pytest.raises(RrdFormatError):
        parse_xml(body)


@pytest.mark.parametrize("body", [b"{", b"[]", b'{"meta": {"legend": "x"}}', b'{"meta": {}, "data": [{"t": 1}]}',
                                  b'{"meta": {"legend": ["AVERAGE:vm:u:cpu0"]}, "data": [{"t": 1, "values": []}]}'])
def test_bad_json_is_a_clear_error(body: bytes) -> None:
    with pytest.raises(RrdFormatError):
        parse_json(body)


@pytest.mark.parametrize("name", ["vm_rrd.xml", "vm_rrd.json"])
def test_dump_archives_and_times(name: str) -> None:
    dump = parse_dump((FIXTURES / name).read_bytes())
    assert parse_dump((FIXTURES / name).read_bytes(), "application/json" if name.endswith("json") else "text/xml") \
        .last_update == dump.last_update
    assert dump.sources == ("cpu0", "memory") and dump.step == 5 and dump.last_update == 1764748812
    assert [(a.cf, a.step, len(a.times)) for a in dump.archives][:4] == [
        ("AVERAGE", 5, 4), ("AVERAGE", 60, 3), ("AVERAGE", 3600, 2), ("AVERAGE", 86400, 2)]
    five = dump.archives[0]
    assert five.times.tolist() == [1764748795, 1764748800, 1764748805, 1764748810]  # newest at lastupdate's step
    assert math.isnan(five.values[0, 0]) and five.values[3, 1] == 4 * 536870912.0
    day = dump.archives[3]
    assert day.times[-1] % 86400 == 0 and day.times[1] - day.times[0] == 86400
    for bad in (b"<rrd><step>0</step><lastupdate>1</lastupdate></rrd>", b'{"step": "5"}',
                b'{"step": "5", "lastupdate": "9", "ds": [{"name": "a"}], "rra": [{"database": [["1", "2"]]}]}'):
        with pytest.raises(RrdFormatError):
            parse_dump(bad)


def test_ring_keeps_the_newest_contiguously() -> None:
    ring = Ring(4)
    assert ring.extend(np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0])) == 3
    assert ring.extend(np.array([2.0, 3.0, 4.0, 5.0]), np.array([0.0, 0.0, 40.0, 50.0])) == 2  # repeats skipped
    assert ring.times().tolist() == [2.0, 3.0, 4.0, 5.0] and ring.values().tolist() == [20.0, 30.0, 40.0, 50.0]
    ring.extend(np.arange(10.0, 20.0), np.arange(10.0, 20.0))
    assert ring.times().tolist() == [16.0, 17.0, 18.0, 19.0] and ring.count == 4
    assert ring.last_time == 19.0


def test_store_merges_watched_objects_into_the_archive_of_the_step() -> None:
    store = ArchiveStore()
    store.keep(ObjectKey("vm", VM))
    xport = parse((FIXTURES / "updates.xml").read_bytes())
    assert store.merge(xport) == 4  # the VM's four series; the host is not kept
    assert store.sources(ObjectKey("vm", VM)) == ["cpu0", "cpu1", "memory", "vif_0_rx"]
    assert store.series(ObjectKey("host", HOST), "cpu0", Resolution.FIVE_SECONDS)[0].size == 0
    times, values = store.series(ObjectKey("vm", VM), "cpu1", Resolution.FIVE_SECONDS)
    assert times.tolist() == [1764748800, 1764748805, 1764748810] and values.tolist() == [0.25, 0.5, 0.75]
    # A VM's average CPU is derived from its vCPUs (NaN where one is unknown).
    _, avg = store.series(ObjectKey("vm", VM), "cpu_avg", Resolution.FIVE_SECONDS)
    assert avg[0] == pytest.approx(0.1875) and math.isnan(avg[1]) and avg[2] == pytest.approx(0.5)
    assert store.merge(xport) == 0  # the same rows again add nothing


def test_store_loads_a_dump_into_the_four_archives() -> None:
    store = ArchiveStore()
    key = ObjectKey("vm", VM)
    store.load_dump(key, parse_dump((FIXTURES / "vm_rrd.xml").read_bytes()))
    assert [store.series(key, "memory", r)[0].size for r in Resolution] == [4, 3, 2, 2]
    assert store.series(key, "cpu0", Resolution.HOUR)[1].tolist() == [0.1, 0.2]  # AVERAGE, not MAX


def test_resolution_choice() -> None:
    assert Resolution.covering(600) is Resolution.FIVE_SECONDS
    assert Resolution.covering(7200) is Resolution.MINUTE
    assert Resolution.covering(86400) is Resolution.HOUR
    assert Resolution.covering(7 * 86400) is Resolution.HOUR
    assert Resolution.covering(31 * 86400) is Resolution.DAY
    assert Resolution.covering(366 * 86400) is Resolution.DAY
    assert Resolution.for_step(60) is Resolution.MINUTE


def test_default_graphs_follow_xencenter() -> None:
    vm = default_graphs("vm", ["cpu1", "cpu0", "cpu10", "memory", "memory_internal_free", "vif_0_rx", "vif_0_tx",
                               "vbd_xvda_read", "vbd_xvda_write", "runstate_fullrun"])
    assert [g.sources for g in vm] == [("cpu0", "cpu1", "cpu10", "cpu_avg"), ("memory", "memory_internal_free"),
                                       ("vif_0_rx", "vif_0_tx"), ("vbd_xvda_read", "vbd_xvda_write")]
    host = default_graphs("host", ["cpu0", "cpu_avg", "memory_total_kib", "memory_free_kib", "pif_eth0_rx",
                                   "pif_eth0_tx", "pif_aggr_rx", "loadavg"])
    assert [g.sources for g in host] == [("cpu0", "cpu_avg"), ("memory_total_kib", "memory_free_kib"),
                                         ("pif_eth0_rx", "pif_eth0_tx")]
    assert default_graphs("vm", []) == ()


def test_designed_layout_round_trips_through_gui_config() -> None:
    key = ObjectKey("vm", VM)
    layout = Layout((GraphSpec("Mine", ("cpu1", "cpu0")), GraphSpec("Net", ("vif_0_tx",))),
                    {"cpu1": "#ff0000", "cpu0": "#0000ff"}, designed=True)
    entries = layout_entries(key, layout)
    assert entries[f"XenCenter.GraphLayout.0.vm.{VM}"] == "cpu1,cpu0"
    assert entries[f"XenCenter.GraphName.1.vm.{VM}"] == "Net"
    assert entries[f"XenCenter.DataSource.vm.{VM}.cpu0"] == "-16776961"  # .NET's Color.Blue.ToArgb()
    config = {**entries, "XenCenter.GraphLayout.0.vm.other": "cpu0", "unrelated": "x"}
    assert read_layout(config, key, ["cpu0"]) == layout
    assert owned_keys(config, key) == set(entries)
    assert not read_layout({}, key, ["cpu0"]).designed


def test_expected_sources_from_the_records(qapp: object) -> None:
    from xencenter.core.cache import ObjectCache
    from xencenter.core.rrd.expected import expected_sources

    cache = ObjectCache()

    def event(cls: str, ref: str, **record: object) -> dict[str, object]:
        return {"class": cls.lower(), "operation": "add", "ref": ref, "snapshot": record, "id": "1"}

    cache.replace_all([
        event("VM", "vm", VCPUs_at_startup="2", VIFs=["vif"], VBDs=["disk", "cd"]),
        event("VIF", "vif", device="0"), event("VBD", "disk", type="Disk", device="xvda"),
        event("VBD", "cd", type="CD", device="xvdd"),
        event("host", "h", host_CPUs=["c0", "c1"], PIFs=["p0", "v"]),
        event("PIF", "p0", device="eth0", physical=True), event("PIF", "v", device="eth0", physical=False)])
    assert expected_sources(cache, "VM", "vm") == ["cpu0", "cpu1", "memory", "memory_target", "memory_internal_free",
                                                   "vif_0_rx", "vif_0_tx", "vbd_xvda_read", "vbd_xvda_write"]
    assert expected_sources(cache, "host", "h") == ["cpu0", "cpu1", "cpu_avg", "loadavg", "memory_total_kib",
                                                    "memory_free_kib", "pif_eth0_rx", "pif_eth0_tx"]
    assert expected_sources(cache, "VM", "gone") == []


def test_only_keeps_the_wanted_objects_columns() -> None:
    xport = parse((FIXTURES / "updates.xml").read_bytes())
    mine = xport.only({("host", HOST)}, "AVERAGE")
    assert [c.name for c in mine.columns] == ["cpu0", "memory_free_kib"]
    assert mine.values.shape == (3, 2) and mine.values[:, 1].tolist() == xport.values[:, 1].tolist()
    assert xport.only({("host", HOST)}, "MAX").values.shape == (3, 0)
