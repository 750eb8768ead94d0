"""High availability from the console on a simulator (manual clock): the pool's HA tab, the Configure HA wizard
(heartbeat SR, restart priorities with the plan the server computes, failures to tolerate, and the refusal of more
failures than the plan allows) run to its end, the tab showing HA on, then Disable HA from the tab."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.core.wizard.ha import BEST_EFFORT, RESTART
from xencenter.ui.tabs.ha import HaTab
from xencenter.ui.wizards.ha import FailuresPageWidget, HeartbeatPageWidget, PrioritiesPageWidget
from xencenter.ui.wizards.summary import SummaryPageWidget

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


def ha_tab(parts: Parts) -> HaTab:
    host = parts.window.tabs.host
    titles = [host.tabText(i) for i in range(host.count())]
    host.setCurrentIndex(titles.index("HA"))
    tab = host.tab("ha")
    assert isinstance(tab, HaTab)
    return tab


def test_configure_ha_from_the_wizard_then_disable_it(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    pool = x.pool.get_all()[0]
    window = open_wizard(qtbot, parts, node(parts, connection, pool), "pool.configure_ha")
    tab = ha_tab(parts)
    assert "High availability is off." in tab.status.text()
    assert tab.buttons["pool.disable_ha"].toolTip() == "High availability is off."
    assert window.objectName() == "configureHaWizard" and not unnamed_widgets(window)

    page = window.page
    assert isinstance(page, HeartbeatPageWidget)
    iscsi = x.SR.get_by_name_label("iSCSI virtual disks")[0]
    page.sr.setCurrentIndex(page.sr.findData(iscsi))
    assert window.next()

    page = window.page
    assert isinstance(page, PrioritiesPageWidget)
    db, web = sdk.vm("db01"), sdk.vm("web01")
    page.choose(db, RESTART)
    page.choose(web, BEST_EFFORT)
    qtbot.waitUntil(lambda: window.flow.state.maximum is not None, timeout=5000)
    assert "the pool can tolerate" in page.plan.text()
    maximum = window.flow.state.maximum
    assert window.next()

    page = window.page
    assert isinstance(page, FailuresPageWidget)
    page.failures.setValue(maximum + 1)
    assert f"at most {maximum} server failures" in message(window, "failures") and not window.flow.can_next
    page.failures.setValue(1)
    assert message(window, "failures") == ""
    assert window.next() and isinstance(window.page, SummaryPageWidget)
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    assert operation.state == OperationState.SUCCEEDED, operation.error

    assert x.pool.get_ha_enabled(pool) and int(x.pool.get_ha_host_failures_to_tolerate(pool)) == 1
    assert x.VM.get_ha_restart_priority(db) == "restart" and x.VM.get_ha_restart_priority(web) == "best-effort"
    qtbot.waitUntil(lambda: "High availability is on." in tab.status.text(), timeout=5000)
    assert "iSCSI virtual disks" in tab.status.text()
    assert tab.buttons["pool.configure_ha"].text() == "Edit HA..."

    before = len(parts.window.operations)
    assert tab.buttons["pool.disable_ha"].isEnabled(), tab.buttons["pool.disable_ha"].toolTip()
    tab.buttons["pool.disable_ha"].click()
    qtbot.waitUntil(lambda: wizards_support.confirm_box() is not None, timeout=5000)
    box: QMessageBox = wizards_support.confirm_box()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    disable = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: disable.is_finished, attempts=40)
    assert disable.state == OperationState.SUCCEEDED, disable.error
    qtbot.waitUntil(lambda: "High availability is off." in tab.status.text(), timeout=5000)
