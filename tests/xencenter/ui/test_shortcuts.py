"""Every keyboard shortcut belongs to one verb: in the command registry and in every menu of the main window."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu
from ui_support import make_parts, qloop_fixture, teardown_parts  # noqa: F401

from xencenter.core.commands import CommandRegistry
from xencenter.ui.menus import CONTEXT

pytestmark = pytest.mark.gui


def test_every_shortcut_in_the_registry_is_unique(qapp: Any) -> None:
    shortcuts = Counter(QKeySequence(c.shortcut).toString() for c in CommandRegistry() if c.shortcut)
    assert shortcuts and [key for key, count in shortcuts.items() if count > 1] == []
    registry = CommandRegistry()
    assert registry.get("vm.suspend").shortcut != registry.get("vm.resume").shortcut


def walk(actions: list[QAction]) -> Iterator[QAction]:
    for action in actions:
        yield action
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # submenus filled when shown (Start on Server)
            yield from walk(menu.actions())


def test_every_shortcut_in_the_menus_is_unique(qtbot: Any, qloop: Any) -> None:
    parts = make_parts(qtbot)
    try:
        window = parts.window
        found = {action for action in walk(window.menuBar().actions()) if not action.shortcut().isEmpty()}
        found |= {action for action in window.toolbar.actions() if not action.shortcut().isEmpty()}
        keys = Counter(action.shortcut().toString() for action in found)
        assert len(found) >= 6, [a.objectName() for a in found]
        assert [key for key, count in keys.items() if count > 1] == []
    finally:
        teardown_parts(qtbot, parts)


# Verbs on a tab's own buttons (reached with Tab like any button), not in the menu bar.
TAB_BUTTON_VERBS = frozenset({"users.add", "users.remove", "users.change_role", "users.join_domain",
                              "users.leave_domain", "users.logout", "bond.delete",
                              # the VM Protection Policies dialog's buttons (the dialog is in the Pool menu)
                              "vmss.delete", "vmss.enable", "vmss.disable", "vmss.run_now", "vmss.properties",
                              # a disk's IntelliCache boxes in the VM's Storage tab
                              "vdi.set_allow_caching", "vdi.set_on_boot",
                              # the WLB tab's mode box and Apply Recommendations (they act on what the tab shows)
                              "pool.wlb_configure", "pool.wlb_apply",
                              # the Manage vApps dialog's buttons (the dialog is in the Pool menu; the vApps view's
                              # context menu has them too)
                              "vapp.start", "vapp.shutdown", "vapp.force_shutdown", "vapp.delete",
                              "vapp.properties"})


def test_the_keyboard_alone_reaches_every_verb(qtbot: Any, qloop: Any) -> None:
    parts = make_parts(qtbot)
    try:
        in_menus = {action.objectName() for action in walk(parts.window.menuBar().actions())}
        # The tree's context menus open with the Menu key on the selected object.
        in_context_menus = {command_id for ids in CONTEXT.values() for command_id in ids if command_id}
        unreachable = [command.id for command in parts.registry
                       if f"action_{command.id.replace('.', '_')}" not in in_menus and not command.shortcut
                       and command.id not in TAB_BUTTON_VERBS | in_context_menus]
        assert unreachable == [], unreachable
    finally:
        teardown_parts(qtbot, parts)


def test_help_lists_every_shortcut(qtbot: Any, qloop: Any) -> None:
    parts = make_parts(qtbot)
    try:
        help_action = next(action for action in walk(parts.window.menuBar().actions())
                           if action.objectName() == "action_shortcuts")
        help_action.trigger()
        dialog = next(w for w in parts.window.findChildren(QDialog) if w.objectName() == "shortcutsDialog")
        qtbot.waitUntil(dialog.isVisible)
        rows = dict(dialog.rows())
        for command in parts.registry:
            if command.shortcut:
                keys = QKeySequence(command.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                assert rows.get(keys) == command.text.text().replace("&", "").removesuffix("..."), command.id
        assert "Ctrl+Q" in rows and "Ctrl+Alt+F" in rows
        dialog.close()
    finally:
        teardown_parts(qtbot, parts)
