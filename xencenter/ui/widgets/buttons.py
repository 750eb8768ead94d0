"""Buttons and the list-with-buttons layout of XenCenter's lists that act on their rows (Alerts, Events;
Snapshots next): the view fills the space, its buttons sit in a row underneath, aligned right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


def make_button(parent: QWidget, name: str, text: str, accessible: str, clicked: Callable[[], object]) -> QPushButton:
    """A push button with its object name and accessible name, connected to `clicked`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.clicked.connect(clicked)
    return button


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """A row of buttons pushed to the right."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def list_with_buttons(owner: QWidget, view: QWidget, *buttons: QPushButton) -> QBoxLayout:
    """Lay `owner` out as `view` over a right-aligned row of `buttons`, edge to edge (docked panes)."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    layout.addLayout(button_row(*buttons))
    return layout


def dialog_buttons(parent: QWidget, name: str, which: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    """A dialog's standard buttons, each with an object name (`<name>-save`, ...) and its text as accessible name."""
    box = QDialogButtonBox(which, parent)
    box.setObjectName(name)
    box.setAccessibleName(name)
    for button in box.buttons():
        role = str(box.standardButton(button).name).lower()
        button.setObjectName(f"{name}-{role}")
        button.setAccessibleName(button.text().replace("&", ""))
    return box
