"""Every keyboard shortcut belongs to one verb: in the command registry and in every menu of the main window."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from ui_support import make_parts, qloop_fixture, teardown_parts  # noqa: F401

from xencenter.core.commands import CommandRegistry

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
