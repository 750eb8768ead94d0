"""The tabs against a real simulator: General of a VM, Memory of a host after the initial load, and a CD insert
through the Storage tab, run as an Operation (Async VBD.insert) and seen back through events.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tabs_support import Runner, arun_fixture, eventually, sdk_session, start_sim  # noqa: F401

from xencenter.core.commands import CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.errors_text import format_bytes
from xencenter.core.manager import ConnectionManager
from xencenter.core.operation import OperationState
from xencenter.core.operations import OperationList
from xencenter.core.servers import MemorySettings, NullSecretStore
from xencenter.ui.tabs import TabHost
from xencenter.ui.tabs.general import GeneralTab
from xencenter.ui.tabs.memory import MemoryTab
from xencenter.ui.tabs.storage import StorageTab

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lab_sim() -> Iterator[Any]:
    """A demo pool of this module's own: the CD test changes it."""
    server = start_sim("--scenario", "demo")
    yield server
    server.stop()


@pytest.fixture
def sdk(lab_sim: Any) -> Iterator[Any]:
    """The official SDK, as an independent reader of the expected figures."""
    with sdk_session(lab_sim, "pytest-tabs") as xenapi:
        yield xenapi


@pytest.fixture
def wired(lab_sim: Any, qtbot: Any) -> tuple[Connection, OperationList, TabHost]:
    """A connection (opened by the test, inside its one `arun` scenario: qasync must be running whenever the
    connection's event task runs), an OperationList watching it and a shown TabHost."""
    conn = Connection(lab_sim.url, lab_sim.user)
    ops = OperationList()
    host = TabHost(ConnectionManager(MemorySettings(), NullSecretStore()), ops, CommandRegistry())
    qtbot.addWidget(host)
    host.resize(1000, 650)
    host.show()
    return conn, ops, host


def run_connected(arun: Runner, lab_sim: Any, conn: Connection, ops: OperationList,
                  body: Callable[[], Awaitable[None]]) -> None:
    async def scenario() -> None:
        await conn.open(lab_sim.password)
        ops.watch(conn)
        try:
            await body()
        finally:
            ops.unwatch(conn)
            await conn.close()

    arun(scenario())


def by_name(x: Any, cls: str, name: str) -> tuple[str, dict[str, Any]]:
    [ref] = getattr(x, cls).get_by_name_label(name)
    return ref, getattr(x, cls).get_record(ref)


def test_vm_general_after_initial_load(wired: Any, sdk: Any, arun: Runner, lab_sim: Any) -> None:
    conn, ops, host = wired
    ref, vm = by_name(sdk, "VM", "web01")
    metrics = sdk.VM_metrics.get_record(vm["metrics"])
    guest = sdk.VM_guest_metrics.get_record(vm["guest_metrics"])

    seen: dict[str, str] = {}

    async def body() -> None:
        host.set_selection([SelectedItem(conn, "VM", ref)])
        tab = host.tab("general")
        assert isinstance(tab, GeneralTab) and host.current_key() == "general"
        seen.update((key, tab.value(key)) for key in tab.model.row_keys())

    run_connected(arun, lab_sim, conn, ops, body)  # closing empties the cache (and the tab): check a copy
    assert seen["name"] == "web01" and seen["uuid"] == vm["uuid"]
    assert seen["power_state"] == "Running"
    assert seen["os"] == guest["os_version"]["name"]
    assert seen["ip"] == guest["networks"]["0/ip"]
    assert seen["memory"] == format_bytes(int(metrics["memory_actual"]))
    assert seen["vcpus"].startswith(vm["VCPUs_at_startup"])
    assert seen["host"] == sdk.host.get_name_label(vm["resident_on"])
    assert host.tab("general").model.row_keys() == []


def test_host_memory_after_initial_load(wired: Any, sdk: Any, arun: Runner, lab_sim: Any) -> None:
    conn, ops, host = wired
    ref, record = by_name(sdk, "host", "xcp-host1")
    metrics = sdk.host_metrics.get_record(record["metrics"])
    expected = {"xen": int(record["memory_overhead"]), "free": int(metrics["memory_free"])}
    for vm_ref in record["resident_VMs"]:
        vm = sdk.VM.get_record(vm_ref)
        actual = int(sdk.VM_metrics.get_memory_actual(vm["metrics"]))
        expected["dom0" if vm["is_control_domain"] else vm_ref] = actual
    other = int(metrics["memory_total"]) - sum(expected.values())
    if other > 0:
        expected["other"] = other
    seen: dict[str, Any] = {}

    async def body() -> None:
        host.set_selection([SelectedItem(conn, "host", ref)])
        host.show_tab("memory")
        tab = host.tab("memory")
        assert isinstance(tab, MemoryTab)
        [bar] = tab.bars()
        seen.update(segments={s.key: s.amount for s in bar.segments()}, total=bar.total())

    run_connected(arun, lab_sim, conn, ops, body)
    assert seen["segments"] == expected
    assert seen["total"] == int(metrics["memory_total"])


def test_cd_insert_through_the_storage_tab(wired: Any, sdk: Any, arun: Runner, qtbot: Any, lab_sim: Any) -> None:
    conn, ops, host = wired
    ref, _ = by_name(sdk, "VM", "web01")
    iso_ref, iso = by_name(sdk, "VDI", "debian-12.7.0-amd64-netinst.iso")
    tab = host.tab("storage")
    assert isinstance(tab, StorageTab)
    cd = tab.cd

    async def body() -> None:
        host.set_selection([SelectedItem(conn, "VM", ref)])
        host.show_tab("storage")
        assert not cd.picker.currentData()
        cd.picker.setCurrentIndex(cd.picker.findData(iso_ref))
        assert cd.insert_button.isEnabled()
        qtbot.mouseClick(cd.insert_button, Qt.MouseButton.LeftButton)
        assert cd.pending is not None and cd.pending in ops.operations()
        await cd.pending.wait()
        await eventually(lambda: cd.eject_button.isEnabled())
        assert cd.pending.state is OperationState.SUCCEEDED
        assert cd.pending.task_ref is not None  # an Async task, so the Events pane shows it
        vbd = await asyncio.to_thread(sdk.VBD.get_record, cd.vbd_ref)
        assert vbd["VDI"] == iso_ref and not vbd["empty"]
        assert cd.picker.currentData() == iso_ref and not cd.insert_button.isEnabled()
        assert cd.picker.currentText().startswith(iso["name_label"])
        assert [o.title for o in ops if o.is_own] == ["Inserting debian-12.7.0-amd64-netinst.iso into web01"]
        seen["vbd"] = cd.vbd_ref
        await ops.start_task("eject", conn, [ref], "VBD.eject", cd.vbd_ref).wait()  # leave the pool as found

    seen: dict[str, str] = {}
    run_connected(arun, lab_sim, conn, ops, body)
    assert cd.pending is not None and cd.pending.state is OperationState.SUCCEEDED
    assert cd.pending.task_ref is not None  # it ran as an Async task, so the Events pane shows it
    assert sdk.VBD.get_record(seen["vbd"])["empty"]  # ejected again at the end
