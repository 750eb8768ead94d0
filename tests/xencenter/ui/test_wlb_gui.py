"""Workload balancing from the console on a simulator (manual clock): the pool's WLB tab connects the pool to the
simulator's built-in engine and says the advice is the simulator's; the Start On menu then shows star ratings, best
first; a host pushed over its CPU threshold gets a move recommended on the tab, and Apply Recommendations migrates
the VM as an Operation; Disconnect (confirmed) turns it off; an edition without WLB greys the verbs with the
reason."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import Parts, Sdk, confirm_box, drain, drive, key, parts_fixture, qloop_fixture, select  # noqa: F401

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.menus import ChoiceMenu
from xencenter.ui.tabs.wlb import WlbTab
from xencenter.ui.wizards.migrate.pages import DestinationPageWidget

pytestmark = [pytest.mark.gui, pytest.mark.slow]

STARS = re.compile(r"^[★☆]{5} (\S+) \((\d\.\d) stars\)")


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def wlb_tab(qtbot: Any, parts: Parts, connection: Connection, pool: str) -> WlbTab:
    select(qtbot, parts, key(parts, connection, pool))
    host = parts.window.tabs.host
    titles = [host.tabText(i) for i in range(host.count())]
    host.setCurrentIndex(titles.index("WLB"))
    tab = host.tab("wlb")
    assert isinstance(tab, WlbTab)
    return tab


def start_on_menu(qtbot: Any, parts: Parts, connection: Connection, vm: str) -> ChoiceMenu:
    select(qtbot, parts, key(parts, connection, vm))
    menu = parts.window.choice_menus["vm.start_on"]
    menu.aboutToShow.emit()
    return menu


def rated(menu: ChoiceMenu) -> list[tuple[str, float]]:
    found = [STARS.match(action.text()) for action in menu.actions()]
    return [(match[1], float(match[2])) for match in found if match is not None]


def finish_last_operation(qtbot: Any, parts: Parts, sdk: Sdk, before: int) -> None:
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=20)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def test_connect_see_stars_apply_a_recommendation_and_disconnect(qtbot: Any, lab: tuple[Connection, Sdk],
                                                                 parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    pool = x.pool.get_all()[0]
    pc2 = sdk.vm("student-pc2")
    menu = start_on_menu(qtbot, parts, connection, pc2)
    qtbot.waitUntil(lambda: parts.window.choice_checks.pending() == 0, timeout=5000)
    assert rated(menu) == [], "no stars while WLB is off"

    tab = wlb_tab(qtbot, parts, connection, pool)
    assert "not connected" in tab.status.text()
    assert tab.buttons["pool.wlb_apply"].toolTip() == "Workload balancing is off."
    for widget in [tab.view, tab.status, tab.refresh_button, *tab.buttons.values()]:
        assert widget.objectName() and widget.accessibleName()
    before = len(parts.window.operations)
    tab.buttons["pool.wlb_connect"].click()
    finish_last_operation(qtbot, parts, sdk, before)
    assert x.pool.get_wlb_url(pool) == "sim://wlb" and x.pool.get_wlb_enabled(pool)
    assert x.pool.get_wlb_username(pool) == "sim", "the engine's own account, not the console's"
    qtbot.waitUntil(lambda: "computed by the simulator" in tab.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Maximize performance" in tab.status.text(), timeout=5000)
    assert tab.model.rowCount() == 0 and "balanced" in tab.status.text()
    qtbot.waitUntil(tab.mode.isEnabled, timeout=5000)
    tab.mode.setCurrentIndex(tab.mode.findData("MaxDensity"))
    tab.mode.activated.emit(tab.mode.currentIndex())  # as the user's pick
    qtbot.waitUntil(lambda: x.pool.retrieve_wlb_configuration()["OptimizationMode"] == "MaxDensity", timeout=5000)
    qtbot.waitUntil(lambda: "Maximize density" in tab.status.text(), timeout=5000)
    tab.mode.setCurrentIndex(tab.mode.findData("MaxPerformance"))
    tab.mode.activated.emit(tab.mode.currentIndex())
    qtbot.waitUntil(lambda: "Maximize performance" in tab.status.text(), timeout=5000)

    menu = start_on_menu(qtbot, parts, connection, pc2)
    qtbot.waitUntil(lambda: len(rated(menu)) == 3, timeout=5000)
    ratings = rated(menu)
    assert [stars for _, stars in ratings] == sorted((stars for _, stars in ratings), reverse=True), ratings
    expected = {x.host.get_name_label(h): float(rec[1]) for h, rec in x.VM.retrieve_wlb_recommendations(pc2).items()}
    assert dict(ratings) == expected, "the menu shows the server's ratings"
    assert all("rated by the simulator's own workload balancing" in action.toolTip() for action in menu.actions()
               if STARS.match(action.text()) and action.isEnabled())

    # the Migrate wizard's servers carry the same stars, best first
    select(qtbot, parts, key(parts, connection, sdk.vm("web01")))
    before = len(parts.window.ui.wizards)
    parts.window.command_actions["vm.migrate_wizard"].trigger()
    qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > before, timeout=5000)
    window = parts.window.ui.wizards[-1]
    page = window.page
    assert isinstance(page, DestinationPageWidget)
    lines = lambda: [page.hosts.item(row).text() for row in range(page.hosts.count())]  # noqa: E731
    qtbot.waitUntil(lambda: len([line for line in lines() if STARS.match(line)]) == 3, timeout=5000)
    wizard_stars = [float(STARS.match(line)[2]) for line in lines()]  # type: ignore[index]
    assert wizard_stars == sorted(wizard_stars, reverse=True), lines()
    assert page.select("xcp-host2"), lines()
    window.close()

    # push xcp-host3 (2 CPUs) over a lowered CPU threshold with a busy 2-vCPU guest
    clone = x.Async.VM.clone(pc2, "wlb-busy")  # tasks move only when the manual clock does
    drive(qtbot, sdk, lambda: x.task.get_status(clone) == "success")
    busy = x.task.get_result(clone).replace("<value>", "").replace("</value>", "")
    x.VM.set_VCPUs_max(busy, "2")
    x.VM.set_VCPUs_at_startup(busy, "2")
    host3 = sdk.host("xcp-host3")
    x.host.call_plugin(host3, "sim", "set_workload", {"vm": busy, "workload": "install"})
    x.Async.VM.start_on(busy, host3, False, False)
    drive(qtbot, sdk, lambda: x.VM.get_power_state(busy) == "Running")
    x.pool.send_wlb_configuration({"HostCpuThresholdHigh": "50"})

    tab = wlb_tab(qtbot, parts, connection, pool)
    tab.refresh_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    row = [tab.model.index(0, column).data(Qt.ItemDataRole.DisplayRole) for column in range(4)]
    assert row[:2] == ["wlb-busy", "xcp-host3"] and row[2] in ("xcp-host1", "xcp-host2")
    assert row[3] == "CPU use is over the server's threshold"
    apply = tab.buttons["pool.wlb_apply"]
    assert apply.isEnabled(), apply.toolTip()
    before = len(parts.window.operations)
    apply.click()
    finish_last_operation(qtbot, parts, sdk, before)
    assert x.VM.get_resident_on(busy) == sdk.host(row[2])
    tab.refresh_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and not tab.fetching, timeout=5000)

    tab.buttons["pool.wlb_disconnect"].click()
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=5000)
    box: QMessageBox = confirm_box()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: x.pool.get_wlb_url(pool) == "", timeout=5000)
    qtbot.waitUntil(lambda: "not connected" in tab.status.text(), timeout=5000)


def test_an_edition_without_wlb_greys_the_verbs(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    pool = sdk.x.pool.get_all()[0]
    sdk.x.pool.apply_edition(pool, "free")
    tab = wlb_tab(qtbot, parts, connection, pool)
    reason = "does not include workload balancing"
    qtbot.waitUntil(lambda: reason in tab.buttons["pool.wlb_connect"].toolTip(), timeout=5000)
    assert not tab.buttons["pool.wlb_connect"].isEnabled()
    assert "edition does not include workload balancing" in tab.status.text()
    action = parts.window.command_actions["pool.wlb_connect"]
    parts.window.command_actions.update.flush()
    assert not action.isEnabled() and reason in action.toolTip()
