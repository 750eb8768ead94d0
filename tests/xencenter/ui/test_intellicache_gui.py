"""IntelliCache through the console against the demo simulator (manual clock): Enable IntelliCache waits for
maintenance mode, its submenu offers the server's local ext SR and refuses its LVM one, the General tab then shows
the cache SR; a disk is set to be cached and reset at each start from the VM's Storage tab, found by the names a
screen reader reads, and the reset box is refused with its reason on a running VM's disk; an edition without
IntelliCache greys the server verbs with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QWidget
from ui_support import Parts, Sdk, drain, drive, key, parts_fixture, qloop_fixture, select  # noqa: F401

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState

pytestmark = pytest.mark.gui
CACHE_BOX = "Cache this disk (IntelliCache)"
RESET_BOX = "Reset to the state at boot on each start (on_boot reset)"


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def by_accessible_name(parent: QWidget, cls: type[QWidget], name: str) -> Any:
    [found] = [w for w in parent.findChildren(cls) if w.accessibleName() == name]
    return found


def server_menu_action(parts: Parts, text: str) -> Any:
    menu = parts.window.findChild(QMenu, "serverMenu")
    assert menu is not None
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


def all_finished(parts: Parts) -> bool:
    return all(op.is_finished for op in parts.window.operations.operations())


def succeeded(parts: Parts) -> None:
    for op in parts.window.operations.operations():
        assert op.state == OperationState.SUCCEEDED, op.error_text


def tick(qtbot: Any, box: QCheckBox) -> None:
    """Click the box on its label, where a user would (a stretched box's centre may be past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.fontMetrics().height(), box.height() // 2))


def show_tab(parts: Parts, tab_key: str) -> Any:
    host = parts.window.tabs.host
    host.show_tab(tab_key)
    return host.tab(tab_key)


def test_enable_intellicache_then_cache_and_reset_a_disk(qtbot: Any, parts: Parts,
                                                         lab: tuple[Connection, Sdk]) -> None:
    connection, sdk = lab
    host2 = sdk.host("xcp-host2")
    halt = sdk.x.Async.VM.hard_shutdown(sdk.vm("db01"))  # the server's only guest
    drive(qtbot, sdk, lambda: sdk.x.task.get_status(halt) != "pending")

    select(qtbot, parts, key(parts, connection, host2))
    enable = server_menu_action(parts, "Enable IntelliCache")
    assert not enable.isEnabled()
    assert enable.toolTip() == ("Put the server into maintenance mode first: IntelliCache changes only while it "
                                "runs no VMs.")
    sdk.x.host.disable(host2)
    qtbot.waitUntil(lambda: (parts.window.command_actions.update.flush(), enable.isEnabled())[1], timeout=5000)

    menu = parts.window.choice_menus["host.enable_intellicache"]
    assert enable.menu() is menu and menu.accessibleName() == "Enable IntelliCache on"
    menu.aboutToShow.emit()
    entries = {a.text().split(" — ")[0]: a for a in menu.actions()}
    assert sorted(entries) == ["Local cache on xcp-host2", "Local storage"]
    assert not entries["Local storage"].isEnabled()
    assert "must be file-based (ext)" in entries["Local storage"].toolTip()
    qtbot.waitUntil(lambda: parts.window.choice_checks.pending() == 0)
    assert entries["Local cache on xcp-host2"].isEnabled()
    entries["Local cache on xcp-host2"].trigger()
    cache_sr = sdk.x.SR.get_by_name_label("Local cache on xcp-host2")[0]
    drive(qtbot, sdk, lambda: sdk.x.host.get_local_cache_sr(host2) == cache_sr and all_finished(parts))
    succeeded(parts)
    assert sdk.x.SR.get_local_cache_enabled(cache_sr)

    general = show_tab(parts, "general")
    qtbot.waitUntil(lambda: general.value("intellicache") == "Enabled, on Local cache on xcp-host2")
    disable = server_menu_action(parts, "Disable IntelliCache")
    parts.window.command_actions.update.flush()
    assert disable.isEnabled()

    desktop = sdk.vm("student-pc2")  # halted, its disk on NFS
    disk = next(sdk.x.VBD.get_VDI(v) for v in sdk.x.VM.get_VBDs(desktop) if sdk.x.VBD.get_type(v) == "Disk")
    select(qtbot, parts, key(parts, connection, desktop))
    storage = show_tab(parts, "storage")
    panel = by_accessible_name(storage, QWidget, "IntelliCache options of the selected disk")
    cache_box = by_accessible_name(panel, QCheckBox, CACHE_BOX)
    reset_box = by_accessible_name(panel, QCheckBox, RESET_BOX)
    warning = by_accessible_name(panel, QLabel, "Warning about resetting a disk")
    assert "loses every change" in warning.text() and warning.isVisibleTo(panel)
    assert cache_box.isEnabled() and not cache_box.isChecked()
    tick(qtbot, cache_box)
    qtbot.waitUntil(lambda: sdk.x.VDI.get_allow_caching(disk) and cache_box.isChecked(), timeout=5000)
    assert reset_box.isEnabled()
    tick(qtbot, reset_box)
    qtbot.waitUntil(lambda: sdk.x.VDI.get_on_boot(disk) == "reset" and reset_box.isChecked(), timeout=5000)
    qtbot.waitUntil(lambda: all_finished(parts))
    succeeded(parts)

    select(qtbot, parts, key(parts, connection, sdk.vm("web01")))  # running: its disk cannot change mode
    storage = show_tab(parts, "storage")
    reset_box = by_accessible_name(storage, QCheckBox, RESET_BOX)
    qtbot.waitUntil(lambda: not reset_box.isEnabled())
    assert reset_box.toolTip() == "The disk is in use by a running VM; shut the VM down first."
    assert by_accessible_name(storage, QCheckBox, CACHE_BOX).isEnabled()

    sdk.x.pool.apply_edition(sdk.x.pool.get_all()[0], "free")  # an edition without IntelliCache greys the verbs
    select(qtbot, parts, key(parts, connection, host2))
    licence = "The pool's edition (XenServer Free) does not include IntelliCache."
    qtbot.waitUntil(lambda: (parts.window.command_actions.update.flush(), disable.toolTip() == licence)[1],
                    timeout=5000)
    assert not disable.isEnabled() and not enable.isEnabled() and enable.toolTip() == licence
