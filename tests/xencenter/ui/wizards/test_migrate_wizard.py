"""The Migrate wizard against a real simulator on a manual clock: XenMotion with its pre-copy figures, Storage
XenMotion for a VM on local storage, cross-pool migration to the Remote site, and a cancelled migration."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.panes.events_model import status_text
from xencenter.ui.wizards.migrate.pages import DestinationPageWidget, StorageMapWidget
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.window import WizardWindow

import wizards_support
from conftest import SimServer, start_sim
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

pytestmark = pytest.mark.gui
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture


@pytest.fixture
def two_pools() -> Iterator[SimServer]:
    """The demo with its Remote site pool served too (the second ready line), on a manual clock."""
    server = start_sim("--scenario", "demo", "--manual-clock", pools=2)
    yield server
    server.stop()


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    """The console connected to a fresh demo simulator, and an SDK session on it."""
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def choose_host(qtbot: Any, window: WizardWindow, name: str) -> DestinationPageWidget:
    """On the destination page: wait for the server's answer about `name`, then choose it."""
    page = window.page
    assert isinstance(page, DestinationPageWidget)
    answered(qtbot, page, [name])
    assert page.select(name), host_line(page, name)
    return page


def open_migrate(qtbot: Any, parts: Parts, connection: Connection, vm: str) -> WizardWindow:
    """Select the VM in the tree and run Migrate... from its action; the wizard window that opens."""
    assert parts.window.command_actions["vm.migrate_wizard"].text() == "Migrate..."
    window = open_wizard(qtbot, parts, node(parts, connection, vm), "vm.migrate_wizard")
    assert not unnamed_widgets(window)
    return window


def host_line(page: DestinationPageWidget, name: str) -> str:
    return next(page.hosts.item(r).text() for r in range(page.hosts.count())
                if page.hosts.item(r).text().startswith(f"{name} — "))


def answered(qtbot: Any, page: DestinationPageWidget, names: list[str]) -> None:
    qtbot.waitUntil(lambda: all("checking..." not in host_line(page, n) for n in names), timeout=10000)


def finish(qtbot: Any, sdk: Sdk, window: WizardWindow) -> Any:
    while window.flow.can_next:
        assert window.next()
    assert isinstance(window.page, SummaryPageWidget)
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    return operation


def test_xenmotion_between_shared_storage_hosts_shows_pre_copy(qtbot: Any, lab: tuple[Connection, Sdk],
        parts: Parts) -> None:
    connection, sdk = lab
    web01, host2 = sdk.vm("web01"), sdk.host("xcp-host2")
    window = open_migrate(qtbot, parts, connection, web01)
    page = window.page
    assert isinstance(page, DestinationPageWidget)
    answered(qtbot, page, ["xcp-host1", "xcp-host2"])
    assert host_line(page, "xcp-host2").endswith("can take the VM")
    assert "already on this server" in host_line(page, "xcp-host1")
    assert page.select("xcp-host1")
    assert "cannot take the VM" in message(window, "host") and not window.flow.can_next
    assert page.select("xcp-host2")
    assert window.next()
    storage = window.page
    assert isinstance(storage, StorageMapWidget)
    assert storage.boxes[0].currentText() == "NFS virtual disks (where it is now)"
    while window.flow.can_next:
        assert window.next()
    assert "Live migration (XenMotion)" in window.page.values()
    assert "transfer" not in [logic.key for logic in window.flow.active()], "plain XenMotion needs no network"
    operation = finish(qtbot, sdk, window)
    assert operation.state is OperationState.SUCCEEDED, operation.error_text
    assert sdk.x.VM.get_resident_on(web01) == host2
    assert sdk.x.VM.get_power_state(web01) == "Running"
    assert operation.note.startswith("XenMotion pre-copy: ")
    assert "memory sent per round 1 GiB" in operation.note and "downtime" in operation.note
    assert "XenMotion pre-copy" in status_text(operation)


def test_local_storage_needs_storage_xenmotion(qtbot: Any, lab: tuple[Connection, Sdk],
        parts: Parts) -> None:
    connection, sdk = lab
    vm, host1, host2 = sdk.vm("local-test"), sdk.host("xcp-host1"), sdk.host("xcp-host2")
    sdk.x.Async.VM.start_on(vm, host1, False, False)  # it boots on the manual clock
    drive(qtbot, sdk, lambda: (connection.cache.get("VM", vm) or {}).get("power_state") == "Running")
    window = open_migrate(qtbot, parts, connection, vm)
    choose_host(qtbot, window, "xcp-host2")
    assert window.next()
    storage = window.page
    assert isinstance(storage, StorageMapWidget)
    [disk] = [str(sdk.x.VBD.get_VDI(v)) for v in sdk.x.VM.get_VBDs(vm) if sdk.x.VBD.get_type(v) == "Disk"]
    local = sdk.x.VDI.get_SR(disk)
    assert storage.choose(0, local), "the disk's own SR is offered, to say why not"
    assert "cannot reach" in message(window, f"disk:{disk}") and "Storage XenMotion" in message(
        window, f"disk:{disk}")
    assert not window.flow.can_next
    assert storage.choose(0, "NFS virtual disks")
    assert not message(window, f"disk:{disk}")
    operation = finish(qtbot, sdk, window)
    assert operation.state is OperationState.SUCCEEDED, operation.error_text
    assert (sdk.x.VM.get_power_state(vm), sdk.x.VM.get_resident_on(vm)) == ("Running", host2)
    [moved] = [v for v in sdk.x.VM.get_VBDs(vm) if sdk.x.VBD.get_type(v) == "Disk"]
    assert sdk.x.SR.get_name_label(sdk.x.VDI.get_SR(sdk.x.VBD.get_VDI(moved))) == "NFS virtual disks"
    assert operation.note.startswith("XenMotion pre-copy: ")


def test_cross_pool_migration_to_the_remote_site(qtbot: Any, two_pools: SimServer, parts: Parts) -> None:
    drain(two_pools)
    remote_url = two_pools.extra_lines[0].split("url=")[1].split()[0]
    assert two_pools.extra_lines[0].rstrip().endswith("pool=Remote site")
    connection = parts.connect(qtbot, two_pools.url)
    remote = parts.connect(qtbot, remote_url)
    sdk, far = Sdk(two_pools.url), Sdk(remote_url)
    try:
        vm = sdk.vm("student-pc2")
        uuid = sdk.x.VM.get_uuid(vm)
        window = open_migrate(qtbot, parts, connection, vm)
        page = window.page
        assert isinstance(page, DestinationPageWidget)
        assert page.select_pool(remote.display_name)
        answered(qtbot, page, ["xcp-remote"])
        assert page.select("xcp-remote"), host_line(page, "xcp-remote")
        assert window.flow.can_next, message(window, "host")
        operation = finish(qtbot, sdk, window)
        assert operation.state is OperationState.SUCCEEDED, operation.error_text
        moved = far.x.VM.get_by_uuid(uuid)
        assert far.x.VM.get_name_label(moved) == "student-pc2"
        assert sdk.x.VM.get_by_name_label("student-pc2") == []
    finally:
        sdk.close()
        far.close()


def test_cancelling_a_migration_leaves_the_vm_where_it_was(qtbot: Any, lab: tuple[Connection, Sdk],
        parts: Parts) -> None:
    connection, sdk = lab
    web01, host1 = sdk.vm("web01"), sdk.host("xcp-host1")
    window = open_migrate(qtbot, parts, connection, web01)
    window.cancel_button.click()  # the wizard's own Cancel changes nothing
    qtbot.waitUntil(lambda: window not in parts.window.ui.wizards, timeout=5000)
    assert sdk.x.VM.get_resident_on(web01) == host1
    window = open_migrate(qtbot, parts, connection, web01)
    choose_host(qtbot, window, "xcp-host2")
    while window.flow.can_next:
        assert window.next()
    operation = window.finish()
    qtbot.waitUntil(lambda: operation.task_ref is not None, timeout=5000)
    sdk.step(0.5)
    qtbot.waitUntil(lambda: operation.can_cancel, timeout=5000)
    assert sdk.x.VM.get_resident_on(web01) == host1, "still copying memory"
    operation.cancel()
    task = operation.task_ref
    qtbot.waitUntil(lambda: sdk.x.task.get_status(task) != "pending", timeout=5000)  # the server has it
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=20)
    assert operation.state is OperationState.CANCELLED, (operation.state, operation.note, operation.error_text)
    assert (sdk.x.VM.get_power_state(web01), sdk.x.VM.get_resident_on(web01)) == ("Running", host1)
    assert sdk.x.VM.get_current_operations(web01) == {}


def test_dropping_a_vm_on_a_host_opens_the_wizard_preset_to_it(qtbot: Any, lab: tuple[Connection, Sdk],
        parts: Parts) -> None:
    from PySide6.QtCore import Qt

    connection, sdk = lab
    web01, host2 = sdk.vm("web01"), sdk.host("xcp-host2")
    parts.window.controller.refresh.flush()
    model = parts.window.controller.model
    vm_index = model.index_of(node(parts, connection, web01))
    host_index = model.index_of(node(parts, connection, host2))
    assert vm_index.isValid() and host_index.isValid()
    data = model.mimeData([vm_index])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, host_index)
    before = len(parts.window.ui.wizards)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, host_index)
    qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > before, timeout=5000)
    window = parts.window.ui.wizards[-1]
    assert window.objectName() == "migrateWizard"
    assert window.flow.state.host == host2
    page = window.page
    assert isinstance(page, DestinationPageWidget)
    answered(qtbot, page, ["xcp-host2"])
    assert page.hosts.currentItem().text() == "xcp-host2 — can take the VM"
    assert window.flow.can_next
    window.close()


def test_a_halted_vm_is_moved_to_other_storage_and_a_home_server(qtbot: Any, lab: tuple[Connection, Sdk],
        parts: Parts) -> None:
    connection, sdk = lab
    vm, host2 = sdk.vm("student-pc2"), sdk.host("xcp-host2")
    iscsi = sdk.x.SR.get_by_name_label("iSCSI virtual disks")[0]
    window = open_migrate(qtbot, parts, connection, vm)
    choose_host(qtbot, window, "xcp-host2")
    assert window.next()
    storage = window.page
    assert isinstance(storage, StorageMapWidget)
    assert storage.choose(0, iscsi)
    while window.flow.can_next:
        assert window.next()
    assert "Move (the VM is not running)" in window.page.values()
    operation = finish(qtbot, sdk, window)
    assert operation.state is OperationState.SUCCEEDED, operation.error_text
    assert (sdk.x.VM.get_power_state(vm), sdk.x.VM.get_affinity(vm)) == ("Halted", host2)
    [vbd] = [v for v in sdk.x.VM.get_VBDs(vm) if sdk.x.VBD.get_type(v) == "Disk"]
    assert sdk.x.VDI.get_SR(sdk.x.VBD.get_VDI(vbd)) == iscsi
    assert operation.note == "", "no XenMotion figures for a VM that was not running"
