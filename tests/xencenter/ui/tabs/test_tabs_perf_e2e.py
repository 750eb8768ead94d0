"""The Performance tab end to end against the simulator's own RRD handlers (`/rrd_updates`, `/vm_rrds`,
`/host_rrds`): it fills within one update on the demo pool, and a live dynamic range shows in the memory graph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tabs_support import MIB, Runner, arun_fixture, eventually, sdk_session, start_sim  # noqa: F401
from test_tabs_perf_sim import Client, connected

from xencenter.core.rrd.archive import Resolution
from xencenter.ui.tabs.memory import MemoryTab
from xencenter.ui.tabs.performance import PerformanceTab

pytestmark = pytest.mark.slow

PATIENCE = 60.0  # seconds, for a loaded machine; "within one update" is checked on the fetcher's round count


@pytest.fixture(scope="module")
def rrd_sim() -> Iterator[Any]:
    server = start_sim("--scenario", "demo")
    yield server
    server.stop()


def samples(tab: PerformanceTab, graph: int, curve: str) -> int:
    found = tab.graphs[graph].series(curve) if len(tab.graphs) > graph and not tab.graphs[graph].isHidden() else None
    return 0 if found is None else len(found[0])


def test_the_tab_fills_within_one_update(rrd_sim: Any, arun: Runner, qtbot: Any) -> None:
    client = Client(rrd_sim, qtbot)
    with sdk_session(rrd_sim) as sdk:
        [vm] = sdk.VM.get_by_name_label("web01")
        uuid = sdk.VM.get_uuid(vm)
        [host] = sdk.host.get_by_name_label("xcp-host1")
        host_uuid = sdk.host.get_uuid(host)

    async def body() -> None:
        tab = client.select("VM", vm, "performance")
        assert isinstance(tab, PerformanceTab)
        await eventually(lambda: samples(tab, 0, f"vm:{uuid}:cpu0") >= 100, timeout=PATIENCE)
        fetcher = tab._fetcher
        assert fetcher is not None and fetcher.polls <= 1  # filled by the first round (and the history beside it)
        assert tab.status.isHidden(), tab.status.text()
        assert [g.title.text() for g in tab.graphs if not g.isHidden()] == [
            "<b>CPU performance</b>", "<b>Memory performance</b>", "<b>Network performance</b>",
            "<b>Disk performance</b>"]
        # History from the whole RRD: a year of days is there at once.
        assert fetcher.store.series(tab.shown.keys[0], "memory", Resolution.DAY)[0].size > 300  # type: ignore[union-attr]
        tab.zoom(366 * 86400)
        assert samples(tab, 1, f"vm:{uuid}:memory") > 300
        tab.zoom(600)
        host_tab = client.select("host", host, "performance")
        assert host_tab is tab
        await eventually(lambda: samples(tab, 0, f"host:{host_uuid}:cpu_avg") >= 100, timeout=PATIENCE)
        pool_tab = client.select("pool", client.conn.pool_ref or "", "performance")
        await eventually(lambda: samples(pool_tab, 0, f"host:{host_uuid}:cpu_avg") > 0, timeout=PATIENCE)

    connected(arun, [client], body)


def test_a_live_dynamic_range_shows_in_the_memory_graph(rrd_sim: Any, arun: Runner, qtbot: Any) -> None:
    client = Client(rrd_sim, qtbot)
    with sdk_session(rrd_sim) as sdk:
        [vm] = sdk.VM.get_by_name_label("db01")
        uuid = sdk.VM.get_uuid(vm)
        static_min = int(sdk.VM.get_memory_static_min(vm))
        dynamic_max = int(sdk.VM.get_memory_dynamic_max(vm))
    target = max(static_min, dynamic_max - 256 * MIB)

    def last_memory(tab: PerformanceTab) -> float:
        series = tab.graphs[1].series(f"vm:{uuid}:memory_target") if len(tab.graphs) > 1 else None
        return float(series[1][-1]) if series is not None and len(series[1]) else 0.0

    async def body() -> None:
        memory = client.select("VM", vm, "memory")
        assert isinstance(memory, MemoryTab)
        memory.vm_box.editor.set_values(static_min, target)
        assert memory.vm_box.editor.apply_button.isEnabled(), memory.vm_box.editor.problem.text()
        memory.vm_box.editor.apply_button.click()
        [op] = client.ops.operations()
        await op.wait()
        await eventually(lambda: memory.vm_box.bar.segments()[0].amount == target)
        tab = client.select("VM", vm, "performance")
        assert isinstance(tab, PerformanceTab)
        await eventually(lambda: last_memory(tab) == target, timeout=PATIENCE)

    connected(arun, [client], body)
