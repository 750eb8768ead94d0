"""Storage tab: VM disks and the DVD drive (Insert/Eject as Operations), an SR's VDIs, a host's or pool's SRs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from tabs_support import Env, env_fixture  # noqa: F401

from xencenter.core.operation import Operation
from xencenter.core.xenapi import XenAPIFailure
from xencenter.ui.tabs.storage import StorageTab


def storage(env: Env, ref: str) -> StorageTab:
    env.select(ref)
    env.host.show_tab("storage")
    tab = env.host.tab("storage")
    assert isinstance(tab, StorageTab)
    return tab


@pytest.fixture
def started(env: Env, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Operations the tab starts, recorded instead of run (the simulator test runs them for real)."""
    calls: list[tuple[Any, ...]] = []

    def start_task(title: str, conn: Any, refs: Any, method: str, *params: Any) -> Operation:
        calls.append((title, method, *params))
        return Operation(title, conn, refs)

    def start(title: str, conn: Any, refs: Any, job: Any) -> Operation:
        calls.append((title, "job"))
        return Operation(title, conn, refs)

    monkeypatch.setattr(env.ops, "start_task", start_task)
    monkeypatch.setattr(env.ops, "start", start)
    return calls


def test_vm_disks(env: Env) -> None:
    tab = storage(env, "OpaqueRef:web")
    assert tab.vbds.row_keys() == ["OpaqueRef:web-disk"]  # the CD drive has its own row
    assert [tab.vbds.text("OpaqueRef:web-disk", c) for c in range(7)] == [
        "0", "web01 disk", "20 GiB", "NFS store", "No", "Yes", "xvda"]
    assert tab.vbds.column_titles()[:3] == ["Position", "Name", "Size"]


def test_cd_picker_lists_isos_and_insert_runs_vbd_insert(env: Env, qtbot: Any,
                                                          started: list[tuple[Any, ...]]) -> None:
    cd = storage(env, "OpaqueRef:web").cd
    items = [cd.picker.itemText(i) for i in range(cd.picker.count())]
    assert items == ["<empty>", "alpine.iso (ISO library)", "debian.iso (ISO library)"]
    assert not cd.insert_button.isEnabled() and not cd.eject_button.isEnabled()
    cd.picker.setCurrentIndex(cd.picker.findData("OpaqueRef:iso1"))
    assert cd.insert_button.isEnabled()
    qtbot.mouseClick(cd.insert_button, Qt.MouseButton.LeftButton)
    assert started == [("Inserting debian.iso into web01", "VBD.insert", "OpaqueRef:web-cd", "OpaqueRef:iso1")]
    assert not cd.insert_button.isEnabled() and cd.status.text() == "Busy…"
    # The server reports the drive busy, then full.
    env.lab.change(env.conn, "OpaqueRef:web-cd", current_operations={"OpaqueRef:t": "insert"})
    assert cd.picker.currentData() == "OpaqueRef:iso1"  # the user's pick survives re-renders
    assert cd.pending is not None
    cd.pending.succeed()
    env.lab.change(env.conn, "OpaqueRef:web-cd", current_operations={}, empty=False, VDI="OpaqueRef:iso1",
                   allowed_operations=["eject"])
    assert cd.picker.currentData() == "OpaqueRef:iso1" and cd.eject_button.isEnabled()
    assert not cd.insert_button.isEnabled() and cd.status.text() == ""


def test_eject_and_swap(env: Env, qtbot: Any, started: list[tuple[Any, ...]]) -> None:
    env.lab.change(env.conn, "OpaqueRef:web-cd", empty=False, VDI="OpaqueRef:iso2", allowed_operations=["eject"])
    cd = storage(env, "OpaqueRef:web").cd
    assert cd.picker.currentData() == "OpaqueRef:iso2"
    qtbot.mouseClick(cd.eject_button, Qt.MouseButton.LeftButton)
    assert started[-1] == ("Ejecting alpine.iso from web01", "VBD.eject", "OpaqueRef:web-cd")
    assert cd.pending is not None
    cd.pending.fail(XenAPIFailure("VBD_NOT_EMPTY", ["OpaqueRef:web-cd"]))
    assert cd.status.text() != "" and cd.eject_button.isEnabled()  # the failure is shown, buttons come back
    cd.picker.setCurrentIndex(cd.picker.findData("OpaqueRef:iso1"))
    qtbot.mouseClick(cd.insert_button, Qt.MouseButton.LeftButton)
    assert started[-1] == ("Inserting debian.iso into web01", "job")  # eject, then insert


def test_vm_without_drive_and_dangling_vdi(env: Env) -> None:
    env.lab.change(env.conn, "OpaqueRef:web", VBDs=["OpaqueRef:web-disk", "OpaqueRef:ghost"])
    env.lab.change(env.conn, "OpaqueRef:web-disk", VDI="OpaqueRef:gone")
    tab = storage(env, "OpaqueRef:web")
    assert tab.vbds.text("OpaqueRef:web-disk", 1) == "Unknown" and tab.vbds.text("OpaqueRef:web-disk", 3) == "Unknown"
    assert tab.cd.status.text() == "This VM has no DVD drive." and not tab.cd.picker.isEnabled()


def test_sr_vdis_and_host_pool_srs(env: Env) -> None:
    tab = storage(env, "OpaqueRef:nfs")
    assert tab.vdis.row_keys() == ["OpaqueRef:web-vdi"]
    assert [tab.vdis.text("OpaqueRef:web-vdi", c) for c in range(5)] == [
        "web01 disk", "root", "20 GiB", "5 GiB", "web01"]
    env.lab.add(env.conn, "VDI", "OpaqueRef:new", name_label="a new disk", SR="OpaqueRef:nfs", virtual_size="1024",
                VBDs=[])
    env.lab.change(env.conn, "OpaqueRef:nfs", VDIs=["OpaqueRef:web-vdi", "OpaqueRef:new"])
    assert tab.vdis.row_keys() == ["OpaqueRef:new", "OpaqueRef:web-vdi"]
    tab = storage(env, "OpaqueRef:h1")
    assert tab.srs.row_keys() == ["OpaqueRef:nfs"]
    assert [tab.srs.text("OpaqueRef:nfs", c) for c in range(7)] == [
        "NFS store", "", "nfs", "Yes", "100 GiB", "25 GiB", "25%"]
    tab = storage(env, "OpaqueRef:pool")
    assert tab.srs.row_keys() == ["OpaqueRef:iso", "OpaqueRef:nfs"]
    assert tab.srs.text("OpaqueRef:iso", 6) == "Unknown"  # a zero-size SR has no usage figure
