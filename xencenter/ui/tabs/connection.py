"""Connection tab: a server node that shows no objects (failed, disconnected, connecting): its state, the reason
in plain words (the connection's `last_error`, an errors_text sentence) and a Reconnect button, which runs the
same command as the node's context menu. Connection nodes get this tab instead of an empty Search tab.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.commands import CONNECTION, SelectedItem
from ...core.connection import Connection, ConnectionState
from ...core.i18n import LazyText
from ...core.navigation import state_text
from ..widgets.buttons import button_row, make_button
from .base import BaseTab, TabContext, shows
from .deps import Tracker

RECONNECT = "connection.reconnect"


def _label(parent: QWidget, name: str, accessible: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConnectionTab(BaseTab):
    KEY = "connection"
    TITLE = LazyText("Tabs", "Connection")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.title())
        self.name = _label(self, "connection-name", QCoreApplication.translate("ConnectionTab", "Server"))
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.state = _label(self, "connection-state", QCoreApplication.translate("ConnectionTab", "State"))
        self.reason = _label(self, "connection-reason", QCoreApplication.translate("ConnectionTab", "Reason"))
        self.reconnect = make_button(self, "connection-reconnect",
                                     QCoreApplication.translate("ConnectionTab", "&Reconnect"),
                                     QCoreApplication.translate("ConnectionTab", "Reconnect"), self._reconnect)
        layout = QVBoxLayout(self)
        for label in (self.name, self.state, self.reason):
            layout.addWidget(label)
        layout.addLayout(button_row(self.reconnect))
        layout.addStretch(1)
        self._watched: list[tuple[Connection, Any]] = []

    def set_items(self, items: Sequence[SelectedItem]) -> None:
        super().set_items(items)  # rebinds: unbind() drops the previous connections' slots too
        for connection in {item.connection for item in items}:
            slot = self._state_slot()
            connection.state_changed.connect(slot)
            self._watched.append((connection, slot))

    def unbind(self) -> None:
        self._unwatch()
        super().unbind()

    def _unwatch(self) -> None:
        for connection, slot in self._watched:
            try:
                connection.state_changed.disconnect(slot)
            except (RuntimeError, TypeError):  # the connection went away with its manager
                pass
        self._watched = []

    def _state_slot(self) -> Any:
        def on_state(_: object) -> None:
            self.refresh_later()

        return on_state

    @shows(CONNECTION)
    def show_connection(self, tracker: Tracker, item: SelectedItem) -> None:
        connection = item.connection
        self.name.setText(QCoreApplication.translate("ConnectionTab", "{0} ({1})").format(
            connection.display_name, connection.url))
        self.state.setText(state_text(connection.state.value))
        reason = connection.last_error
        if not reason and connection.state is ConnectionState.FAILED:
            reason = QCoreApplication.translate("ConnectionTab", "The connection failed; no reason was given.")
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        why_not = self.context.commands.reason(RECONNECT, self.items)
        self.reconnect.setEnabled(why_not is None and self.context.run_command is not None)
        self.reconnect.setToolTip(why_not or "")

    def _reconnect(self) -> None:
        if self.context.run_command is not None and self.context.commands.reason(RECONNECT, self.items) is None:
            self.context.run_command(RECONNECT)
