"""The Performance and Memory tabs' writes against a real simulator: a designed graph layout saved in the pool's
gui_config and seen by a second client, alert thresholds in other_config:perfmon, and a live dynamic memory range
that moves the VM's memory bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tabs_support import MIB, Runner, arun_fixture, eventually, sdk_session, start_sim  # noqa: F401

from xencenter.core.commands import CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.manager import ConnectionManager
from xencenter.core.operations import OperationList
from xencenter.core.perfmon import parse_perfmon
from xencenter.core.servers import MemorySettings, NullSecretStore
from xencenter.ui.tabs import TabHost
from xencenter.ui.tabs.memory import MemoryTab
from xencenter.ui.tabs.perf_alerts import AlertsDialog
from xencenter.ui.tabs.perf_designer import GraphDesigner
from xencenter.ui.tabs.performance import PerformanceTab

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def perf_sim() -> Iterator[Any]:
    server = start_sim("--scenario", "demo")
    yield server
    server.stop()


@pytest.fixture
def sdk(perf_sim: Any) -> Iterator[Any]:
    with sdk_session(perf_sim) as xenapi:
        yield xenapi


class Client:
    """One console: a connection, its operations and a shown TabHost."""

    def __init__(self, sim: Any, qtbot: Any) -> None:
        self.conn = Connection(sim.url, sim.user)
        self.ops = OperationList()
        self.host = TabHost(ConnectionManager(MemorySettings(), NullSecretStore()), self.ops, CommandRegistry())
        qtbot.addWidget(self.host)
        self.host.resize(1000, 700)
        self.host.show()
        self.password = sim.password

    def select(self, cls: str, ref: str, tab: str) -> Any:
        self.host.set_selection([SelectedItem(self.conn, cls, ref)])
        self.host.show_tab(tab)
        return self.host.tab(tab)


def connected(arun: Runner, clients: list[Client], body: Callable[[], Any]) -> None:
    async def scenario() -> None:
        for client in clients:
            await client.conn.open(client.password)
            client.ops.watch(client.conn)
        try:
            await body()
        finally:
            for client in clients:
                client.host.hide()
                client.ops.unwatch(client.conn)
                await client.conn.close()

    arun(scenario(), timeout=60)


def test_designed_graphs_are_saved_in_gui_config_and_seen_by_a_second_client(
        perf_sim: Any, sdk: Any, arun: Runner, qtbot: Any) -> None:
    first, second = Client(perf_sim, qtbot), Client(perf_sim, qtbot)
    [vm] = sdk.VM.get_by_name_label("db01")
    uuid = sdk.VM.get_uuid(vm)
    [pool] = sdk.pool.get_all()

    async def body() -> None:
        tab = first.select("VM", vm, "performance")
        assert isinstance(tab, PerformanceTab)
        assert [g.title.text() for g in tab.graphs if not g.isHidden()][:2] == [
            "<b>CPU performance</b>", "<b>Memory performance</b>"]  # defaults before any sample arrives
        tab.open_designer()
        dialog = tab.dialog
        assert isinstance(dialog, GraphDesigner)
        dialog.new_graph()
        dialog.title_edit.setText("Guest memory")
        dialog._retitle("Guest memory")
        dialog.set_source_checked("memory_internal_free", True)
        dialog.set_source_checked("memory", True)
        dialog.set_colour("memory", "#d62728")
        assert dialog.graphs[-1].sources == ("memory", "memory_internal_free")  # drawn in list order
        dialog.set_source_current("memory_internal_free")
        dialog.move_source(-1)
        dialog.graph_list.setCurrentRow(0)
        dialog.delete_graph()  # CPU goes; the new graph moves to the top
        dialog.move_graph(1)
        dialog.move_graph(-1)
        dialog.accept()
        [op] = first.ops.operations()
        await op.wait()
        other = second.select("VM", vm, "performance")
        assert isinstance(other, PerformanceTab)
        wanted = [("Free memory", "#1f77b4"), ("Total memory", "#d62728")]

        def guest_graph() -> list[tuple[str, str]]:
            found = [g for g in other.graphs if not g.isHidden() and g.title.text() == "<b>Guest memory</b>"]
            return [(s.name, s.colour) for s in found[0].specs()] if found else []

        await eventually(lambda: guest_graph() == wanted)  # the writes arrive one key at a time
        shown = [g.title.text() for g in other.graphs if not g.isHidden()]
        assert shown[-1] == "<b>Guest memory</b>" and "<b>CPU performance</b>" not in shown

    connected(arun, [first, second], body)
    config = sdk.pool.get_gui_config(pool)
    layouts = {k: v for k, v in config.items() if k.startswith("XenCenter.GraphLayout.") and k.endswith(uuid)}
    assert layouts[f"XenCenter.GraphLayout.{len(layouts) - 1}.vm.{uuid}"] == "memory_internal_free,memory"
    assert config[f"XenCenter.GraphName.{len(layouts) - 1}.vm.{uuid}"] == "Guest memory"
    assert config[f"XenCenter.DataSource.vm.{uuid}.memory"] == str(0xFFD62728 - (1 << 32))


def test_alert_thresholds_are_written_as_perfmon_xml(perf_sim: Any, sdk: Any, arun: Runner, qtbot: Any) -> None:
    client = Client(perf_sim, qtbot)
    [vm] = sdk.VM.get_by_name_label("router")

    async def body() -> None:
        await eventually(lambda: client.conn.cache.get("VM", vm) is not None)
        tab = client.select("VM", vm, "performance")
        tab.open_alerts()
        dialog = tab.dialog
        assert isinstance(dialog, AlertsDialog) and set(dialog.rows) == {"cpu_usage", "network_usage", "disk_usage"}
        row = dialog.rows["cpu_usage"]
        row.enabled.setChecked(True)
        row.level.setValue(75)
        row.period.setValue(2)
        dialog.rows["network_usage"].enabled.setChecked(True)
        dialog.accept()
        [op] = client.ops.operations()
        await op.wait()

    connected(arun, [client], body)
    stored = parse_perfmon(sdk.VM.get_other_config(vm)["perfmon"])
    assert stored["cpu_usage"].level == 0.75 and stored["cpu_usage"].period == 120
    assert stored["network_usage"].level == 10240 * 1024 and "disk_usage" not in stored


def test_a_live_dynamic_range_moves_the_memory_bar(perf_sim: Any, sdk: Any, arun: Runner, qtbot: Any) -> None:
    client = Client(perf_sim, qtbot)
    [vm] = sdk.VM.get_by_name_label("web01")
    host_ref = sdk.VM.get_resident_on(vm)
    before = int(sdk.VM_metrics.get_memory_actual(sdk.VM.get_metrics(vm)))
    assert before == 1024 * MIB

    async def body() -> None:
        tab = client.select("VM", vm, "memory")
        assert isinstance(tab, MemoryTab)
        editor = tab.vm_box.editor
        editor.set_values(512 * MIB, 768 * MIB)
        assert editor.apply_button.isEnabled(), editor.problem.text()
        editor.apply_button.click()
        [op] = client.ops.operations()
        await op.wait()
        await eventually(lambda: tab.vm_box.bar.segments()[0].amount == 768 * MIB)
        assert editor.values() == (512 * MIB, 768 * MIB)
        host_tab = client.select("host", host_ref, "memory")
        [bar] = host_tab.bars()
        assert [s.amount for s in bar.segments() if s.key == vm] == [768 * MIB]

    connected(arun, [client], body)
    assert int(sdk.VM_metrics.get_memory_actual(sdk.VM.get_metrics(vm))) == 768 * MIB
