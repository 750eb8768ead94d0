"""Helpers for the wizard GUI tests (imported by name): the console on a simulator, opening New VM from the
tree, and driving its pages the way a user would (typing, choosing, clicking Next)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

UI_TESTS = Path(__file__).resolve().parents[1]
if str(UI_TESTS) not in sys.path:
    sys.path.insert(0, str(UI_TESTS))

from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QWidget,
)
from ui_support import (  # noqa: E402
    Parts,
    Sdk,
    confirm_box,
    drain,
    drive,
    make_parts,
    parts_fixture,
    qloop_fixture,
    teardown_parts,
)

from xencenter.core.connection import Connection  # noqa: E402
from xencenter.ui.wizards.window import WizardWindow  # noqa: E402

__all__ = [
    "Parts",
    "Sdk",
    "confirm_box",
    "drain",
    "drive",
    "make_parts",
    "node",
    "open_new_vm",
    "open_wizard",
    "parts_fixture",
    "qloop_fixture",
    "teardown_parts",
    "unnamed_widgets",
]


def node(parts: Parts, connection: Connection, ref: str) -> str:
    return f"{parts.window.controller.key_of(connection)}/{ref}"


def open_new_vm(qtbot: Any, parts: Parts, key: str) -> WizardWindow:
    """Select `key` in the tree and run New VM... from the VM menu's action; the wizard window that opens."""
    return open_wizard(qtbot, parts, key, "vm.new")


def open_wizard(qtbot: Any, parts: Parts, key: str, command_id: str) -> WizardWindow:
    """Select `key` in the tree and trigger the wizard verb's action; the (non-modal) wizard window that opens."""
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(key), key
    actions = parts.window.command_actions
    actions.update.flush()
    action = actions[command_id]
    assert action.isEnabled(), action.toolTip()
    before = len(parts.window.ui.wizards)
    action.trigger()
    qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > before, timeout=5000)
    window = parts.window.ui.wizards[-1]
    assert window.isVisible() and not window.isModal()
    return window


NAMED = (QLabel, QPushButton, QLineEdit, QComboBox, QCheckBox, QRadioButton, QSpinBox, QDoubleSpinBox, QListWidget,
         QTableWidget, QPlainTextEdit, QStackedWidget)


def unnamed_widgets(window: WizardWindow) -> list[str]:
    """Widgets the wizard made without an object name or accessible name (Qt's own parts and form labels,
    which name their field, aside)."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, NAMED) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}")
    return missing


def message(window: WizardWindow, key: str) -> str:
    """The problem shown beside field `key` of the current page ("" when it is fine)."""
    window.refresh.flush()
    label = window.page.message(key)
    return label.text() if label.isVisible() else ""
