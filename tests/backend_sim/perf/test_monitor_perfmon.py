"""The monitor (RRDs made lazily, in slices, on one grid; samples; devices that come and go) and perfmon
(defaults by class, sense, SR variables per host, malformed configurations ignored)."""

from __future__ import annotations

import asyncio
import dataclasses

import numpy as np
import pytest

from backend_sim.perf.monitor import HOST, VM, Monitor, UnknownObject, UnknownSource
from backend_sim.perf.perfmon import Perfmon, parse
from backend_sim.perf.view import NicState

from perfsim import SR, FakeSource, pool


def keys(source: FakeSource) -> list[tuple[str, str]]:
    state = source.state
    return [(HOST, h.uuid) for h in state.hosts] + [(VM, g.uuid) for g in state.guests]


def test_prepare_makes_every_rrd_on_one_grid_even_as_time_passes() -> None:
    source = FakeSource(pool(hosts=3, guests=30), tick=1.7)  # a 5-second boundary passes while it works
    made = asyncio.run(Monitor(source, seed=1).prepare([*keys(source), (VM, "no-such-vm")]))
    assert len(made) == 33
    assert len({rrd.last_updated for _, _, rrd in made}) == 1


def test_samples_feed_every_rrd_and_a_new_nic_is_recorded_from_then_on() -> None:
    source = FakeSource(pool())
    monitor = Monitor(source, seed=1)
    asyncio.run(monitor.prepare(keys(source)))
    host = monitor.rrd(HOST, "host-0")
    before = host.last_updated
    asyncio.run(monitor.sample(before + 5))
    assert host.last_updated == before + 5 and monitor.rrd(VM, "vm-000").last_updated == before + 5
    first = source.state.guests[0]
    source.state = dataclasses.replace(source.state, guests=(
        dataclasses.replace(first, nics=(*first.nics, NicState("1", "eth0"))), *source.state.guests[1:]))
    asyncio.run(monitor.sample(before + 10))
    rrd = monitor.rrd(VM, "vm-000")
    assert rrd.value("vif_1_rx") >= 0 and np.isnan(rrd.newest_rows(rrd.archives[0], 2)[1, rrd.index["vif_1_rx"]])


def test_unknown_objects_and_sources() -> None:
    monitor = Monitor(FakeSource(pool()), seed=1)
    with pytest.raises(UnknownObject):
        monitor.rrd(VM, "gone")
    with pytest.raises(UnknownSource):
        monitor.record(VM, "vm-001", "vif_9_rx")
    with pytest.raises(UnknownSource):
        monitor.query(HOST, "host-0", "cpu99")
    sources = {r["name_label"]: r for r in monitor.data_sources(HOST, "host-0")}
    assert sources["cpu_avg"]["enabled"] and not sources["pif_eth0_rx_errors"]["enabled"]


def run_minutes(source: FakeSource, monitor: Monitor, perfmon: Perfmon, minutes: int) -> None:
    async def go() -> None:
        for _ in range(minutes * 12):
            t = source.t + 5
            source.t = t
            await monitor.sample(t)
            await perfmon.check(t)
    asyncio.run(go())


@pytest.mark.parametrize(("cls", "uuid", "variable", "level", "fires"), [
    ("Host", "host-0", "memory_free_kib", 9 << 20, True),  # sense low by default: 8 GiB free < 9 GiB
    ("Host", "host-0", "memory_free_kib", 7 << 20, False),
    ("SR", SR, "sr_io_throughput_total_per_host", 0.0001, True),  # MiB/s, summed on each host
    ("VM", "vm-002", "disk_usage", 1e12, False),
    ("VM", "vm-002", "network_usage", 1.0, True),
])
def test_perfmon_defaults(cls: str, uuid: str, variable: str, level: float, fires: bool) -> None:
    config = (f'<config><variable><name value="{variable}"/><alarm_trigger_level value="{level}"/>'
              '</variable></config>')
    source = FakeSource(pool(perfmon=((cls, uuid, config),)))
    monitor = Monitor(source, seed=1)
    asyncio.run(monitor.prepare(keys(source)))
    run_minutes(source, monitor, Perfmon(monitor), 4)
    assert bool(source.alarms) == fires
    if fires:
        assert source.alarms[0][:3] == (cls, uuid, 3)
        assert f'<name value="{variable}"/>' in source.alarms[0][3]


@pytest.mark.parametrize("text", ["not xml", "<config><variable><name value='x'/></variable></config>",
                                  "<config><variable><alarm_trigger_level value='1'/></variable></config>",
                                  "<config><variable><name value='cpu_usage'/><alarm_trigger_level value='high'/>"
                                  "</variable></config>"])
def test_malformed_configurations_are_ignored(text: str, caplog: pytest.LogCaptureFixture) -> None:
    assert parse("VM", "vm-000", text) == []
    assert "perfmon" in caplog.text


def test_rrds_made_while_a_sample_is_under_way_join_the_next_one() -> None:
    source = FakeSource(pool(hosts=4, guests=40))
    monitor = Monitor(source, seed=1)
    monitor.slicing = True
    # The sample has host-0 and the guests of hosts 0, 2 and 3 to feed; host-1 (whose guests it does not
    # sample) is made meanwhile.
    asyncio.run(monitor.prepare([(HOST, "host-0"), *((VM, f"vm-{n:03d}") for n in range(40) if n % 4 != 1)]))

    async def both() -> None:
        t = source.t + 5
        source.t = t
        await asyncio.gather(monitor.sample(t), monitor.prepare([(HOST, "host-1")]))
        await monitor.sample(t + 5)

    with_pauses = pytest.MonkeyPatch()
    with_pauses.setattr("backend_sim.perf.monitor.SLICE", 0.0)  # pause at every step: the two interleave
    try:
        asyncio.run(both())
    finally:
        with_pauses.undo()
    assert {rrd.last_updated for rrd in monitor.rrds.values()} == {source.t + 5}
