"""The New Network wizard against a simulator: an external network on a VLAN (a used tag refused beside the field),
a cross-server private network (a tunnel on every server) and a bond of two NICs, each run to its end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.wizards.new_network import DetailsPageWidget, KindPageWidget, NamePageWidget
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.window import WizardWindow

import wizards_support
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

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


def start(qtbot: Any, parts: Parts, connection: Connection, sdk: Sdk, kind: str, name: str) -> WizardWindow:
    window = open_wizard(qtbot, parts, node(parts, connection, sdk.x.pool.get_all()[0]), "network.new")
    assert window.objectName() == "newNetworkWizard" and not unnamed_widgets(window)
    page = window.page
    assert isinstance(page, KindPageWidget)
    page.buttons[kind].setChecked(True)
    assert window.next()
    page = window.page
    assert isinstance(page, NamePageWidget)
    page.name.setText("")
    assert "Type a name" in message(window, "name")
    page.name.setText(name)
    assert window.next()
    assert isinstance(window.page, DetailsPageWidget)
    return window


def finish(qtbot: Any, sdk: Sdk, window: WizardWindow) -> None:
    assert window.next() and isinstance(window.page, SummaryPageWidget)
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=20)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def network(sdk: Sdk, name: str) -> dict[str, Any]:
    (ref,) = sdk.x.network.get_by_name_label(name)
    return dict(sdk.x.network.get_record(ref))


def free_nics(sdk: Sdk, host: str) -> list[str]:
    """Two NICs of `host` a bond may take: physical, not the management one, in no bond, with no VLAN on them."""
    records = [rec for rec in sdk.x.PIF.get_all_records().values() if rec["host"] == host]
    tagged = {rec["device"] for rec in records if int(rec["VLAN"]) >= 0}
    return sorted(rec["device"] for rec in records if rec["physical"] and not rec["management"]
                  and rec["bond_slave_of"] == "OpaqueRef:NULL" and rec["device"] not in tagged)[-2:]


def test_external_private_and_bonded_networks(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    used = next(rec for rec in x.PIF.get_all_records().values() if int(rec["VLAN"]) > 0)

    window = start(qtbot, parts, connection, sdk, "external", "Lab VLAN 77")
    details = window.page
    details.device.setCurrentIndex(details.device.findData(used["device"]))
    details.vlan.setValue(int(used["VLAN"]))
    assert f"VLAN {used['VLAN']} is already used on {used['device']}" in message(window, "vlan")
    details.vlan.setValue(77)
    assert message(window, "vlan") == ""
    finish(qtbot, sdk, window)
    pifs = [x.PIF.get_record(p) for p in network(sdk, "Lab VLAN 77")["PIFs"]]
    assert len(pifs) == len(x.host.get_all()) and {int(p["VLAN"]) for p in pifs} == {77}

    window = start(qtbot, parts, connection, sdk, "private", "Students, all servers")
    finish(qtbot, sdk, window)
    tunnels = [x.PIF.get_tunnel_access_PIF_of(p) for p in network(sdk, "Students, all servers")["PIFs"]]
    assert len(tunnels) == len(x.host.get_all()) and all(tunnels)

    window = start(qtbot, parts, connection, sdk, "bond", "Class bond")
    details = window.page
    host = sdk.host("xcp-host3")  # the demo bonds eth2 and eth3 everywhere: undo it on one server first
    (bond,) = [ref for ref, rec in x.Bond.get_all_records().items() if x.PIF.get_host(rec["master"]) == host]
    x.Bond.destroy(bond)
    qtbot.waitUntil(lambda: connection.cache.get("Bond", bond) is None, timeout=5000)
    free = free_nics(sdk, host)
    details.host.setCurrentIndex(details.host.findData(host))
    details.choose_members(free[0])
    assert "2 to 4 NICs" in message(window, "members")
    details.choose_members(*free)
    details.mode.setCurrentIndex(details.mode.findData("active-backup"))
    finish(qtbot, sdk, window)
    bonds = [b for b in x.Bond.get_all_records().values() if b["mode"] == "active-backup"]
    assert bonds and {x.PIF.get_device(p) for p in bonds[-1]["slaves"]} == set(free)


def test_delete_and_create_a_bond_from_the_nics_tab(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    from PySide6.QtWidgets import QMessageBox

    from xencenter.ui.models.rows import KEY_ROLE

    connection, sdk = lab
    x = sdk.x
    host = sdk.host("xcp-host3")
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node(parts, connection, host))
    tabs = parts.window.tabs.host
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tabs.setCurrentIndex(titles.index("NICs"))
    tab = tabs.tab("nics")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    assert tab.buttons["bond.delete"].toolTip() == "Choose a bond in the list."
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 1).data() == "bond0")
    tab.view.selectRow(row)
    assert tab.buttons["bond.delete"].isEnabled(), tab.buttons["bond.delete"].toolTip()
    bond_pif = str(tab.model.index(row, 0).data(KEY_ROLE))
    before = len(parts.window.operations)
    tab.buttons["bond.delete"].click()
    qtbot.waitUntil(lambda: wizards_support.confirm_box() is not None, timeout=5000)
    box: QMessageBox = wizards_support.confirm_box()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=20)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    qtbot.waitUntil(lambda: connection.cache.get("PIF", bond_pif) is None, timeout=5000)

    wizards = len(parts.window.ui.wizards)
    tab.buttons["network.new"].click()
    qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > wizards, timeout=5000)
    window = parts.window.ui.wizards[-1]
    assert window.flow.state.kind == "bond" and window.flow.state.host == host
    assert window.next() and window.next()
    details = window.page
    assert isinstance(details, DetailsPageWidget)
    details.choose_members("eth2", "eth3")
    finish(qtbot, sdk, window)
    assert any(x.PIF.get_host(rec["master"]) == host for rec in x.Bond.get_all_records().values())
