"""Start on / Resume on / Migrate to Server submenus on the demo pool: each server entry says whether it can take
the VM and why not, from the cache at once and then from the server (VM.assert_can_boot_here), never as a code."""

from __future__ import annotations

import re
from typing import Any

import pytest
from ui_support import (  # noqa: F401
    Parts,
    Sdk,
    drain,
    drive,
    key,
    parts_fixture,
    qloop_fixture,
    select,
)

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.menus import ChoiceMenu, context_menu

pytestmark = pytest.mark.gui

RAW = re.compile(r"OpaqueRef|[A-Z]{3,}_[A-Z_]+")


def vm_ref(connection: Connection, name: str) -> str:
    return next(ref for ref, rec in connection.cache.items("VM") if rec["name_label"] == name)


def opened(qtbot: Any, parts: Parts, connection: Connection, vm: str, menu_id: str) -> ChoiceMenu:
    select(qtbot, parts, key(parts, connection, vm_ref(connection, vm)))
    menu = parts.window.choice_menus[menu_id]
    menu.aboutToShow.emit()
    return menu


def entries(menu: ChoiceMenu) -> dict[str, tuple[bool, str, str]]:
    return {action.text().split(" — ")[0]: (action.isEnabled(), action.text(), action.toolTip())
            for action in menu.actions()}


def answered(parts: Parts) -> bool:
    return parts.window.choice_checks.pending() == 0


def test_start_on_refuses_the_server_without_vt_at_once_and_the_others_once_the_server_answers(
        qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    menu = opened(qtbot, parts, connection, "win7-legacy", "vm.start_on")  # an HVM guest, halted
    now = entries(menu)  # no waiting: the cache's answer
    assert list(now) == ["xcp-host1", "xcp-host2", "xcp-host3"]
    enabled, text, tip = now["xcp-host3"]
    assert not enabled and "needs hardware virtualization" in tip and tip in text
    assert parts.window.choice_checks.pending() == 2  # asked in parallel for the two the cache lets through
    qtbot.waitUntil(lambda: answered(parts))
    after = entries(menu)
    assert after["xcp-host1"][0] and after["xcp-host2"][0] and not after["xcp-host3"][0]

    menu = opened(qtbot, parts, connection, "local-test", "vm.start_on")  # on xcp-host1's local storage
    assert all(enabled for enabled, _, _ in entries(menu).values())  # the cache cannot tell
    qtbot.waitUntil(lambda: answered(parts) and not entries(menu)["xcp-host2"][0])
    after = entries(menu)
    assert after["xcp-host1"][0] and not after["xcp-host3"][0]
    assert after["xcp-host2"][2] == ("The VM 'local-test' needs the storage repository 'Local storage', which "
                                     "this server cannot reach.")
    for _, text, tip in after.values():
        assert not RAW.search(text) and not RAW.search(tip), text
    context = context_menu(parts.window.command_actions, parts.window.navigation.selected_items(), parts.window)
    submenus = {action.menu() for action in context.actions() if action.menu() is not None}
    vm_menus = {menu for command_id, menu in parts.window.choice_menus.items() if command_id.startswith("vm.")}
    assert vm_menus <= submenus  # the same submenus in the VM's context menu
    context.deleteLater()


def test_migrate_and_resume_on_run_as_operations_on_the_chosen_server(qtbot: Any, parts: Parts,
                                                                       fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        menu = opened(qtbot, parts, connection, "web01", "vm.migrate")  # running on xcp-host1
        assert entries(menu)["xcp-host1"][:1] == (False,)
        assert entries(menu)["xcp-host1"][2] == "The VM is already on this server."
        qtbot.waitUntil(lambda: answered(parts))
        target = menu.entry(sdk.host("xcp-host2"))
        assert target is not None and target.isEnabled()
        target.trigger()
        web01 = sdk.vm("web01")
        drive(qtbot, sdk, lambda: sdk.x.VM.get_resident_on(web01) == sdk.host("xcp-host2")
              and all(op.is_finished for op in parts.operations), attempts=40)
        [op] = [op for op in parts.operations if op.is_own]
        assert op.state is OperationState.SUCCEEDED and op.title == "Migrating VM 'web01'"

        menu = opened(qtbot, parts, connection, "student-pc2", "vm.resume_on")
        assert not any(enabled for enabled, _, _ in entries(menu).values())  # not suspended
        pc1 = sdk.vm("student-pc1")  # suspended
        menu = opened(qtbot, parts, connection, "student-pc1", "vm.resume_on")
        qtbot.waitUntil(lambda: answered(parts))
        choices = entries(menu)
        usable = [name for name, (enabled, _, _) in choices.items() if enabled]
        assert usable, choices
        menu.entry(sdk.host(usable[-1])).trigger()  # type: ignore[union-attr]
        drive(qtbot, sdk, lambda: sdk.x.VM.get_power_state(pc1) == "Running"
              and all(op.is_finished for op in parts.operations), attempts=40)
        assert sdk.x.VM.get_resident_on(pc1) == sdk.host(usable[-1])
    finally:
        sdk.close()
