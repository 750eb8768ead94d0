"""RBAC in the console (pytest-qt, offscreen, a real simulator): the pool's Users tab and its verbs, and the role
of the login ruling every verb before the user tries (the demo's directory has one user per role)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QRadioButton
from ui_support import (  # noqa: F401
    Parts,
    Sdk,
    accept,
    dialog,
    drain,
    drive,
    parts_fixture,
    qloop_fixture,
)

from xencenter.core.connection import Connection
from xencenter.core.rbac import ROLES, role_text
from xencenter.ui.tabs.users import UsersTab

pytestmark = [pytest.mark.gui, pytest.mark.slow]

# the list of servers, the License Manager and the VM Protection Policies (viewers; their buttons ask): no role
LOCAL_VERBS = ("connection.", "pool.license", "pool.vm_protection", "pool.manage_vapps")
DEMO_SUBJECTS = [f"COURSE\\{role}" for role in sorted(ROLES)]


def users_tab(qtbot: Any, parts: Parts, connection: Connection) -> UsersTab:
    (pool,) = [ref for ref, _ in connection.cache.items("pool")]
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{pool}")
    host = parts.window.tabs.host
    assert host is not None and "users" in host.tab_keys()  # type: ignore[attr-defined]
    index = host.tab_keys().index("users")  # type: ignore[attr-defined]
    assert host.tabText(index) == "Users"  # type: ignore[attr-defined]
    host.show_tab("users")  # type: ignore[attr-defined]
    tab = host.tab("users")  # type: ignore[attr-defined]
    assert isinstance(tab, UsersTab) and tab.accessibleName() == "Users"
    return tab


def names(tab: UsersTab) -> list[str]:
    return sorted(tab.model.text(key, 0) for key in tab.model.row_keys())


def choose(tab: UsersTab, name: str) -> str:
    """Select the subject `name` in the tab's list; returns its ref."""
    (key,) = [key for key in tab.model.row_keys() if tab.model.text(key, 0) == name]
    proxy = tab.view.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    tab.view.clearSelection()
    tab.view.selectRow(row)
    assert tab.chosen() == (key,)
    return key


def subject_of(sdk: Sdk, name: str) -> dict[str, Any] | None:
    return next((rec for rec in sdk.x.subject.get_all_records().values()
                 if rec["other_config"].get("subject-name") == name), None)


def test_the_users_tab_lists_the_six_demo_subjects_with_their_roles(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, drain(sim).url)
    tab = users_tab(qtbot, parts, connection)
    assert names(tab) == DEMO_SUBJECTS
    for key in tab.model.row_keys():
        role = tab.model.text(key, 0).split("\\")[1]
        assert tab.model.text(key, 3) == role_text(role) and tab.model.text(key, 2) == "User"
    assert "course.lab" in tab.directory.text() and "local superuser" in tab.session.text()
    assert not tab.buttons["users.join_domain"].isEnabled()
    assert tab.buttons["users.join_domain"].toolTip() == "The pool has already joined the domain course.lab."
    assert tab.buttons["users.leave_domain"].isEnabled() and tab.buttons["users.add"].isEnabled()
    assert tab.buttons["users.remove"].toolTip() == "Select one or more users or groups."
    choose(tab, "COURSE\\vm-admin")
    assert tab.buttons["users.remove"].isEnabled() and tab.buttons["users.change_role"].isEnabled()
    for widget in [tab, tab.view, tab.directory, tab.session, *tab.buttons.values()]:
        assert widget.objectName() and widget.accessibleName(), widget


def test_add_remove_and_change_role_round_trip_to_the_server(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    server = drain(fresh_sim)
    connection = parts.connect(qtbot, server.url)
    tab = users_tab(qtbot, parts, connection)
    sdk = Sdk(server.url)
    try:
        vm_admin = next(r for r in sdk.x.role.get_all() if sdk.x.role.get_name_label(r) == "vm-admin")
        # Change Role...: XenCenter's role dialog, the subject's current role chosen.
        choose(tab, "COURSE\\read-only")
        tab.buttons["users.change_role"].click()
        box = dialog(qtbot, "roleDialog")
        assert box.findChild(QRadioButton, "role-read-only").isChecked()
        box.findChild(QRadioButton, "role-vm-admin").setChecked(True)
        accept(box)
        qtbot.waitUntil(lambda: subject_of(sdk, "COURSE\\read-only")["roles"] == [vm_admin], timeout=10000)
        qtbot.waitUntil(lambda: "VM Admin" in [tab.model.text(k, 3) for k in tab.model.row_keys()
                                               if tab.model.text(k, 0) == "COURSE\\read-only"], timeout=10000)
        assert any(op.title.startswith("Changing the role of") for op in parts.operations)
        # Remove (asked first), then Add... the same user back: no role until one is given.
        choose(tab, "COURSE\\read-only")
        tab.buttons["users.remove"].click()
        accept(dialog(qtbot, "confirmDialog"))
        qtbot.waitUntil(lambda: subject_of(sdk, "COURSE\\read-only") is None, timeout=10000)
        qtbot.waitUntil(lambda: "COURSE\\read-only" not in names(tab), timeout=10000)
        tab.buttons["users.add"].click()
        box = dialog(qtbot, "addUsersDialog")
        box.findChild(QLineEdit, "addUsersNames").setText("read-only, students")
        accept(box)
        qtbot.waitUntil(lambda: subject_of(sdk, "COURSE\\students") is not None, timeout=10000)
        assert subject_of(sdk, "COURSE\\read-only")["roles"] == []
        assert subject_of(sdk, "COURSE\\students")["other_config"]["subject-is-group"] == "true"
        qtbot.waitUntil(lambda: "COURSE\\students" in names(tab), timeout=10000)
        key = choose(tab, "COURSE\\students")
        assert tab.model.text(key, 2) == "Group" and tab.model.text(key, 3) == "No role"
        assert all(op.error_text == "" for op in parts.operations), [op.error_text for op in parts.operations]
    finally:
        sdk.close()


def test_log_out_ends_the_sessions_of_a_subject(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    server = drain(fresh_sim)
    connection = parts.connect(qtbot, server.url)
    tab = users_tab(qtbot, parts, connection)
    operator = Sdk(server.url, "pool-operator")
    sdk = Sdk(server.url)
    try:
        sid = subject_of(sdk, "COURSE\\pool-operator")["subject_identifier"]
        assert sid in sdk.x.session.get_all_subject_identifiers()
        choose(tab, "COURSE\\pool-operator")
        tab.buttons["users.logout"].click()
        accept(dialog(qtbot, "confirmDialog"))
        qtbot.waitUntil(lambda: sid not in sdk.x.session.get_all_subject_identifiers(), timeout=10000)
    finally:
        sdk.close()
        operator.session("close")()


def test_a_read_only_login_sees_everything_and_may_change_nothing(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, drain(sim).url, user="read-only")
    tab = users_tab(qtbot, parts, connection)
    assert names(tab) == DEMO_SUBJECTS and "Read Only" in tab.session.text()
    choose(tab, "COURSE\\vm-admin")
    for button in tab.buttons.values():
        assert not button.isEnabled() and button.toolTip() == "Your role (Read Only) may not do this."
    actions = parts.window.command_actions
    reason = "Your role (Read Only) may not do this."
    cache = connection.cache
    vms = {rec["power_state"]: ref for ref, rec in sorted(cache.items("VM"), key=lambda item: item[1]["name_label"])
           if not rec["is_a_template"] and not rec["is_control_domain"] and not rec["is_a_snapshot"]}
    hosts = [ref for ref, _ in cache.items("host")][:1]
    shared_srs = [ref for ref, rec in sorted(cache.items("SR")) if rec.get("shared")][:1]
    key = parts.window.controller.key_of(connection)
    checked: set[str] = set()
    for ref in [vms["Running"], vms["Halted"], *hosts, *shared_srs]:
        assert parts.window.navigation.select_key(f"{key}/{ref}")
        actions.update.flush()
        for command in parts.registry:
            if command.id.startswith(LOCAL_VERBS) or command.id.startswith("users."):
                continue
            action = actions[command.id]
            family = {"snapshot": "vm"}.get(command.id.split(".")[0], command.id.split(".")[0])
            kind = {"VM": "vm", "SR": "sr"}.get(cache.class_of(ref) or "", "host")
            if family in ("vm", "host", "sr", "vapp") and family != kind and not (command.id == "sr.new" and
                                                                                 kind != "vm"):
                continue  # a verb for another kind of object: its own reason (New SR is offered on servers too)
            if family == "network" and command.id != "network.new":
                continue  # on networks (none is selected here): test_core_rbac covers them
            if family == "vdi":
                continue  # on virtual disks (none is selected here): test_core_rbac covers them
            assert not action.isEnabled() and action.toolTip() == reason, (command.id, action.toolTip())
            checked.add(command.id)
    assert {"vm.start", "vm.shutdown", "vm.delete", "host.reboot", "organise.edit_tags", "sr.new", "sr.repair",
            "sr.properties"} <= checked
    assert actions["connection.disconnect"].isEnabled()  # leaving the pool changes nothing on it
    # A write that is not a menu verb: the CD drive of the Storage tab.
    assert parts.window.navigation.select_key(f"{key}/{vms['Running']}")
    host = parts.window.tabs.host
    host.show_tab("storage")  # type: ignore[attr-defined]
    drive = host.tab("storage").cd  # type: ignore[attr-defined]
    assert drive.vbd_ref, "the demo's running VM has a DVD drive"
    for button in (drive.insert_button, drive.eject_button):
        assert not button.isEnabled() and button.toolTip() == reason


def test_a_vm_operator_can_start_a_vm_but_not_delete_it(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    server = drain(fresh_sim)
    connection = parts.connect(qtbot, server.url, user="vm-operator")
    sdk = Sdk(server.url)
    try:
        halted = sorted(ref for ref, rec in connection.cache.items("VM")
                        if rec["power_state"] == "Halted" and "start" in rec["allowed_operations"]
                        and not rec["is_a_template"])[0]
        assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{halted}")
        actions = parts.window.command_actions
        actions.update.flush()
        assert actions["vm.delete"].toolTip() == "Your role (VM Operator) may not do this."
        assert not actions["vm.delete"].isEnabled() and actions["vm.start"].isEnabled()
        actions["vm.start"].trigger()
        drive(qtbot, sdk, lambda: sdk.x.VM.get_power_state(halted) == "Running")
        assert all(op.error_text == "" for op in parts.operations)
        # Dismissing an alert (message.destroy) is for pool operators and above.
        alerts = parts.window.alerts
        sdk.x.message.create("VM_CLONED", 3, "VM", sdk.x.VM.get_uuid(halted), "made by the test")
        qtbot.waitUntil(lambda: alerts.ref_titled("VM cloned") is not None, timeout=10000)
        alerts.select(str(alerts.ref_titled("VM cloned")))
        assert not alerts.dismiss_button.isEnabled()
        assert alerts.dismiss_button.toolTip() == "Your role (VM Operator) may not do this."
    finally:
        sdk.close()


def test_leave_and_join_the_domain_from_the_tab(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    connection = parts.connect(qtbot, drain(fresh_sim).url)
    tab = users_tab(qtbot, parts, connection)
    tab.buttons["users.leave_domain"].click()
    accept(dialog(qtbot, "confirmDialog"))
    qtbot.waitUntil(lambda: "not joined" in tab.directory.text(), timeout=10000)
    assert tab.buttons["users.add"].toolTip() == "The pool has not joined a domain."
    assert tab.buttons["users.join_domain"].isEnabled() and not tab.buttons["users.leave_domain"].isEnabled()
    tab.buttons["users.join_domain"].click()
    box = dialog(qtbot, "joinDomainDialog")
    box.findChild(QLineEdit, "joinDomainName").setText("course.lab")
    box.findChild(QLineEdit, "joinDomainUser").setText("Administrator")
    box.findChild(QLineEdit, "joinDomainPassword").setText("secret")
    accept(box)
    qtbot.waitUntil(lambda: "course.lab" in tab.directory.text(), timeout=10000)
    assert [op.title for op in parts.operations][-2:] == ["Leaving the domain of 'Course lab'",
                                                          "Joining 'Course lab' to the domain course.lab"]
