"""Network Properties, Delete Network and Management Interface against the demo simulator (manual clock): each
dialog refuses what cannot be saved, with the reason shown, and its Operation writes what the user chose."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import Parts, Sdk, accept, confirm_box, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState

pytestmark = pytest.mark.gui


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def trigger(qtbot: Any, parts: Parts, item: SelectedItem, command_id: str) -> None:
    actions = parts.window.command_actions
    actions.set_selection([item])
    actions.update.flush()
    qtbot.waitUntil(actions[command_id].isEnabled, timeout=5000)
    actions[command_id].trigger()


def dialog_of(qtbot: Any, parts: Parts, name: str) -> Any:
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.properties_dialog is not None and ui.properties_dialog.isVisible())
    dialog = ui.properties_dialog
    assert dialog is not None and dialog.objectName() == name
    return dialog


def finished(qtbot: Any, parts: Parts, sdk: Sdk, before: int) -> None:
    operations = parts.window.operations
    qtbot.waitUntil(lambda: len(operations) > before, timeout=5000)
    operation = operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished)
    assert operation.state == OperationState.SUCCEEDED, operation.error_text


def test_network_properties_and_delete(qtbot: Any, parts: Parts, lab: tuple[Connection, Sdk]) -> None:
    connection, sdk = lab
    (students,) = sdk.x.network.get_by_name_label("Students VLAN 10")
    trigger(qtbot, parts, SelectedItem(connection, "network", students), "network.properties")
    dialog = dialog_of(qtbot, parts, "networkPropertiesDialog")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.mtu.setValue(20)
    assert not ok.isEnabled() and "MTU" in dialog.error.text()
    dialog.mtu.setValue(9000)
    dialog.name.setText("Students (jumbo)")
    dialog.automatic.setChecked(True)
    assert ok.isEnabled()
    before = len(parts.window.operations)
    ok.click()
    finished(qtbot, parts, sdk, before)
    record = sdk.x.network.get_record(students)
    assert record["MTU"] == "9000" and record["name_label"] == "Students (jumbo)"
    assert record["other_config"]["automatic"] == "true"

    actions = parts.window.command_actions
    actions.set_selection([SelectedItem(connection, "network", students)])
    actions.update.flush()
    assert not actions["network.delete"].isEnabled()
    assert "VMs still use the network" in actions["network.delete"].toolTip()
    (management,) = sdk.x.network.get_by_name_label("Management network")
    actions.set_selection([SelectedItem(connection, "network", management)])
    actions.update.flush()
    assert "NICs" in actions["network.delete"].toolTip()

    private = sdk.x.network.create({"name_label": "Scratch", "name_description": "", "MTU": "1500",
                                    "other_config": {}, "bridge": "", "managed": True, "tags": []})
    drive(qtbot, sdk, lambda: connection.cache.get("network", private) is not None)
    before = len(parts.window.operations)
    trigger(qtbot, parts, SelectedItem(connection, "network", private), "network.delete")
    qtbot.waitUntil(lambda: confirm_box() is not None)
    accept(confirm_box())
    finished(qtbot, parts, sdk, before)
    assert private not in sdk.x.network.get_all()


def test_management_interface_moves_to_a_static_address(qtbot: Any, parts: Parts,
                                                         lab: tuple[Connection, Sdk]) -> None:
    connection, sdk = lab
    host2 = sdk.host("xcp-host2")
    eth1 = next(ref for ref, p in sdk.x.PIF.get_all_records().items()
                if p["host"] == host2 and p["device"] == "eth1" and p["VLAN"] == "-1")
    trigger(qtbot, parts, SelectedItem(connection, "host", host2), "host.management_interface")
    dialog = dialog_of(qtbot, parts, "managementInterfaceDialog")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.nic.setCurrentIndex(dialog.nic.findData(eth1))
    dialog.mode.setCurrentIndex(dialog.mode.findData("Static"))
    dialog.ip.setText("192.0.2.300")
    assert not ok.isEnabled() and "IP address" in dialog.error.text()
    dialog.ip.setText("192.0.2.22")
    dialog.netmask.setText("255.255.255.0")
    dialog.gateway.setText("192.0.2.1")
    dialog.dns.setText("192.0.2.1, 192.0.2.2")
    assert ok.isEnabled()
    before = len(parts.window.operations)
    ok.click()
    finished(qtbot, parts, sdk, before)
    pif = sdk.x.PIF.get_record(eth1)
    assert pif["management"] is True and pif["IP"] == "192.0.2.22" and pif["ip_configuration_mode"] == "Static"
    assert pif["DNS"] == "192.0.2.1,192.0.2.2"
