"""vApps in the console against a simulator, driven through the widgets' accessible names as a user (or a screen
reader) finds them: Pool > Manage vApps... shows the demo's "Web shop"; its New vApp... button opens the wizard,
which refuses a taken name and a VM of another vApp until "Move" is ticked, takes each VM's order and delays and
says the sequence in words; Finish creates the vApp as one Operation. The dialog's Start then starts the VMs in
order on the stepped clock, waiting the start delay; Shut Down (confirmed) stops them the other way round. The vApp
shows in the tree's vApps view with its General tab, on a member's General tab and in the demo's saved "VMs by
vApp" search; Properties edits it; the VM menu's Assign to vApp moves a VM in and out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.dialogs.vapps import ManageVappsDialog
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.window import WizardWindow

import wizards_support
from wizards_support import Parts, Sdk, confirm_box, drain, drive, message, node, unnamed_widgets

pytestmark = [pytest.mark.gui, pytest.mark.slow]
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def find(parent: QWidget, kind: type[Any], name: str) -> Any:
    """The visible widget of that kind whose accessible name is `name`."""
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} named {name!r}"
    return found[0]


def press(parent: QWidget, name: str) -> None:
    if isinstance(parent, WizardWindow):
        parent.refresh.flush()  # the pages check as the user types, in the next turn
    button = find(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name}: {button.toolTip()}"
    button.click()


def tick(listing: QListWidget, *texts: str) -> None:
    for row in range(listing.count()):
        item = listing.item(row)
        if item.text() in texts:
            item.setCheckState(Qt.CheckState.Checked)


def manage_vapps(qtbot: Any, parts: Parts, connection: Connection, pool: str) -> ManageVappsDialog:
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node(parts, connection, pool))
    actions = parts.window.command_actions
    actions.update.flush()
    assert actions["pool.manage_vapps"].isEnabled(), actions["pool.manage_vapps"].toolTip()
    actions["pool.manage_vapps"].trigger()

    def shown() -> ManageVappsDialog | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ManageVappsDialog) and
                     w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    dialog = shown()
    assert dialog is not None
    return dialog


def new_window(qtbot: Any, parts: Parts, before: int) -> WizardWindow:
    qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > before, timeout=5000)
    window = parts.window.ui.wizards[-1]
    assert window.isVisible() and not window.isModal() and not unnamed_widgets(window)
    return window


def finished(qtbot: Any, parts: Parts, sdk: Sdk, before: int) -> None:
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def states(sdk: Sdk, *vms: str) -> list[str]:
    return [sdk.x.VM.get_power_state(vm) for vm in vms]


def busy(sdk: Sdk, vm: str) -> bool:
    return bool(sdk.x.VM.get_current_operations(vm))


def test_new_vapp_then_start_and_shut_down_in_order(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    pool = x.pool.get_all()[0]
    (shop,) = x.VM_appliance.get_by_name_label("Web shop")
    pc2, local, web = sdk.vm("student-pc2"), sdk.vm("local-test"), sdk.vm("shop-web")

    dialog = manage_vapps(qtbot, parts, connection, pool)
    qtbot.waitUntil(lambda: dialog.row_texts(shop) == ["Web shop", "Database first, then the web server 30 s later",
                                                      "shop-db, shop-web", "Halted"], timeout=5000)
    dialog.select(shop)
    sequence = find(dialog, QLabel, "Start and shutdown sequence")
    assert sequence.text() == "Starts: shop-db; wait 30 s; shop-web\nShuts down: shop-web; wait 10 s; shop-db"
    wizards = len(parts.window.ui.wizards)
    press(dialog, "New vApp...")
    window = new_window(qtbot, parts, wizards)
    assert window.objectName() == "newVappWizard"

    name = find(window, QLineEdit, "Name")
    name.setText("Web shop")
    assert "already exists" in message(window, "name")  # message() lets the window check the page
    assert not find(window, QAbstractButton, "Next >").isEnabled()
    name.setText("Lab services")
    find(window, QPlainTextEdit, "Description").setPlainText("Class services")
    press(window, "Next >")

    listing = find(window, QListWidget, "VMs in the vApp")
    texts = [listing.item(row).text() for row in range(listing.count())]
    assert "shop-web (in vApp 'Web shop')" in texts and "student-pc2" in texts
    assert all("Debian Bookworm" not in text for text in texts), "no templates"
    tick(listing, "student-pc2", "local-test", "shop-web (in vApp 'Web shop')")
    window.refresh.flush()
    assert "shop-web (from 'Web shop'): already in another vApp" in message(window, "vms")
    find(window, QCheckBox, "Move VMs of another vApp to this one").setChecked(True)
    press(window, "Next >")

    find(window, QSpinBox, "Start delay of student-pc2").setValue(20)
    find(window, QSpinBox, "Start order of local-test").setValue(1)
    find(window, QSpinBox, "Start order of shop-web").setValue(2)
    find(window, QSpinBox, "Shutdown delay of shop-web").setValue(5)
    preview = find(window, QLabel, "The sequence")
    assert preview.text() == ("Starts: student-pc2; wait 20 s; local-test; shop-web\n"
                              "Shuts down: shop-web; wait 5 s; local-test; student-pc2")
    press(window, "Next >")

    page = window.page
    assert isinstance(page, SummaryPageWidget)
    shown = page.values()
    assert "Lab services" in shown and "Class services" in shown and "shop-web (from 'Web shop')" in shown
    assert "student-pc2; wait 20 s; local-test; shop-web" in shown
    before = len(parts.window.operations)
    press(window, "Finish")
    finished(qtbot, parts, sdk, before)

    (vapp,) = x.VM_appliance.get_by_name_label("Lab services")
    assert x.VM_appliance.get_name_description(vapp) == "Class services"
    assert sorted(x.VM_appliance.get_VMs(vapp)) == sorted([pc2, local, web])
    assert x.VM_appliance.get_VMs(shop) == [sdk.vm("shop-db")], "shop-web moved"
    assert (x.VM.get_order(web), x.VM.get_shutdown_delay(web), x.VM.get_start_delay(pc2)) == ("2", "5", "20")

    qtbot.waitUntil(lambda: vapp in dialog.refs(), timeout=5000)
    dialog.select(vapp)
    before = len(parts.window.operations)
    press(dialog, "Start")
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    qtbot.waitUntil(lambda: x.VM_appliance.get_current_operations(vapp) != {}, timeout=5000)
    sdk.step(3)
    assert busy(sdk, pc2) and not busy(sdk, local) and not busy(sdk, web), "order 0 first"
    sdk.step(4)
    assert states(sdk, pc2, local, web) == ["Running", "Halted", "Halted"]
    qtbot.waitUntil(lambda: dialog.row_texts(vapp)[3] == "Starting...", timeout=5000)
    sdk.step(18)
    assert not busy(sdk, local), "student-pc2's start delay (20 s) holds order 1"
    sdk.step(8)
    assert states(sdk, local, web) == ["Running", "Halted"] and busy(sdk, web)
    sdk.step(6)
    assert states(sdk, pc2, local, web) == ["Running"] * 3
    qtbot.waitUntil(lambda: operation.is_finished, timeout=5000)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    qtbot.waitUntil(lambda: dialog.row_texts(vapp)[3] == "Running", timeout=5000)

    dialog.select(vapp)
    before = len(parts.window.operations)
    press(dialog, "Shut Down")
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=5000)
    confirm_box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    qtbot.waitUntil(lambda: busy(sdk, web), timeout=5000)
    sdk.step(5)
    assert states(sdk, web, local, pc2) == ["Halted", "Running", "Running"], "the highest order stops first"
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert states(sdk, pc2, local, web) == ["Halted"] * 3
    dialog.close()

    # The tree's vApps view: the vApp is a node of its own, with its General tab; a member's tab names it.
    navigation = parts.window.navigation
    navigation.set_view("vapps")
    parts.window.controller.refresh.flush()
    conn_key = parts.window.controller.key_of(connection)
    assert navigation.select_key(f"vapp:{conn_key}/{vapp}")
    host = parts.window.tabs.host
    host.show_tab("general")
    general = host.tab("general")
    qtbot.waitUntil(lambda: general.value("start_sequence") == "student-pc2; wait 20 s; local-test; shop-web",
                    timeout=5000)
    assert general.value("state") == "Halted"
    navigation.set_view("infrastructure")
    parts.window.controller.refresh.flush()
    assert navigation.select_key(node(parts, connection, web))
    host.show_tab("general")
    qtbot.waitUntil(lambda: host.tab("general").value("vapp") == (
        "Lab services (start order 2, start delay 0 s, shutdown delay 5 s)"), timeout=5000)

    # The demo's saved "VMs by vApp" search groups the VMs of each vApp.
    navigation.set_view("saved_searches")
    parts.window.controller.refresh.flush()
    assert navigation.select_key("search:dead-beef-1234-vmsbyappliance")
    saved = host.tab("search").saved
    qtbot.waitUntil(lambda: saved.title.text() == "VMs by vApp", timeout=5000)
    qtbot.waitUntil(lambda: [row[0] for row in saved.row_texts()] == [
        "Lab services", "local-test", "shop-web", "student-pc2", "Web shop", "shop-db"], timeout=5000)


def test_vapp_properties_on_the_same_pages(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    pool = x.pool.get_all()[0]
    (shop,) = x.VM_appliance.get_by_name_label("Web shop")
    db, web = sdk.vm("shop-db"), sdk.vm("shop-web")
    dialog = manage_vapps(qtbot, parts, connection, pool)
    qtbot.waitUntil(lambda: shop in dialog.refs(), timeout=5000)
    dialog.select(shop)
    wizards = len(parts.window.ui.wizards)
    press(dialog, "Properties...")
    window = new_window(qtbot, parts, wizards)
    assert window.objectName() == "vappPropertiesWizard"
    assert find(window, QLineEdit, "Name").text() == "Web shop", "its own name is no clash"
    find(window, QLineEdit, "Name").setText("Shop")
    press(window, "Next >")
    listing = find(window, QListWidget, "VMs in the vApp")
    for row in range(listing.count()):
        if listing.item(row).text() == "shop-web":
            listing.item(row).setCheckState(Qt.CheckState.Unchecked)
    press(window, "Next >")
    assert find(window, QSpinBox, "Start delay of shop-db").value() == 30
    find(window, QSpinBox, "Start delay of shop-db").setValue(45)
    press(window, "Next >")
    before = len(parts.window.operations)
    press(window, "Finish")
    finished(qtbot, parts, sdk, before)
    assert x.VM_appliance.get_name_label(shop) == "Shop"
    assert x.VM_appliance.get_VMs(shop) == [db] and x.VM.get_appliance(web) == "OpaqueRef:NULL"
    assert x.VM.get_start_delay(db) == "45"

    dialog.select(shop)
    before = len(parts.window.operations)
    press(dialog, "Delete")
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=5000)
    confirm_box().button(QMessageBox.StandardButton.Yes).click()
    finished(qtbot, parts, sdk, before)
    assert x.VM_appliance.get_all() == [] and x.VM.get_appliance(db) == "OpaqueRef:NULL"
    qtbot.waitUntil(lambda: dialog.refs() == [], timeout=5000)
    assert not find(dialog, QAbstractButton, "Start").isEnabled()
    dialog.close()


def test_assign_to_vapp_from_the_vm_menu(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    (shop,) = x.VM_appliance.get_by_name_label("Web shop")
    pc2 = sdk.vm("student-pc2")
    menu = parts.window.choice_menus["vm.assign_vapp"]

    def entries() -> dict[str, Any]:
        parts.window.controller.refresh.flush()
        assert parts.window.navigation.select_key(node(parts, connection, pc2))
        parts.window.command_actions.update.flush()
        menu.aboutToShow.emit()
        return {action.text().split(" — ")[0]: action for action in menu.actions()}

    shown = entries()
    assert list(shown) == ["Web shop", "None (leave the vApp)"]
    assert shown["Web shop"].isEnabled() and not shown["None (leave the vApp)"].isEnabled()
    assert shown["None (leave the vApp)"].toolTip() == "The VM is in no vApp."
    before = len(parts.window.operations)
    shown["Web shop"].trigger()
    finished(qtbot, parts, sdk, before)
    assert x.VM.get_appliance(pc2) == shop
    qtbot.waitUntil(lambda: connection.cache.get("VM", pc2)["appliance"] == shop, timeout=5000)

    shown = entries()
    assert not shown["Web shop"].isEnabled() and shown["Web shop"].toolTip() == "The VM is already in this vApp."
    before = len(parts.window.operations)
    shown["None (leave the vApp)"].trigger()
    finished(qtbot, parts, sdk, before)
    assert x.VM.get_appliance(pc2) == "OpaqueRef:NULL" and sorted(x.VM_appliance.get_VMs(shop)) == sorted(
        [sdk.vm("shop-db"), sdk.vm("shop-web")])
