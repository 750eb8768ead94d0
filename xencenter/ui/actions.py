"""CommandActions: one QAction per registered command, created once; enablement follows selection and caches.

Enablement is re-evaluated at most once per event-loop turn (selection change, any cache batch or reset, any
connection state change). A disabled action carries the command's reason as its tooltip, as XenCenter does.
Triggering runs the command through the registry as a background task (never blocking the GUI thread).

Signals:
    updated(): enablement and tooltips have just been re-evaluated.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from ..core.asyncutil import spawn
from ..core.commands import CommandContext, CommandRegistry, CommandUi, CommandUnavailable, SelectedItem
from ..core.connection import Connection
from ..core.manager import ConnectionManager
from ..core.operations import OperationList
from ..core.turns import TurnThrottle
from .widgets.icons import icon

log = logging.getLogger("xencenter.ui")

class CommandActions(QObject):
    updated = Signal()

    def __init__(self, registry: CommandRegistry, manager: ConnectionManager, operations: OperationList,
                 ui: CommandUi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.manager = manager
        self.operations = operations
        self.ui = ui
        self.selection: list[SelectedItem] = []
        self.actions: dict[str, QAction] = {}
        self.update = TurnThrottle(self._update, self)
        self._slots: dict[Connection, list[tuple[Any, Any]]] = {}
        for command in registry:
            action = QAction(icon(command.icon), command.text.text(), self)
            action.setObjectName(f"action_{command.id.replace('.', '_')}")
            if command.shortcut:
                action.setShortcut(QKeySequence(command.shortcut))
            action.triggered.connect(lambda _=False, cid=command.id: self.trigger(cid))
            self.actions[command.id] = action
        manager.added.connect(self._watch)
        manager.removed.connect(self._unwatch)
        for connection in manager.connections():
            self._watch(connection)
        self._update()

    def __getitem__(self, command_id: str) -> QAction:
        return self.actions[command_id]

    def set_selection(self, items: list[SelectedItem]) -> None:
        self.selection = list(items)
        self.update()

    def context(self, selection: list[SelectedItem] | None = None, argument: Any = None) -> CommandContext:
        return CommandContext(list(self.selection if selection is None else selection), self.operations, self.ui,
                              self.manager, argument)

    def trigger(self, command_id: str, argument: Any = None,
                selection: list[SelectedItem] | None = None) -> asyncio.Task[bool] | None:
        """Run the command on the current selection (or on `selection`: objects dropped on a folder) in the
        background; None when it cannot run now."""
        if self.registry.get(command_id).verb.needs_argument and argument is None:
            return None
        items = self.selection if selection is None else selection
        if self.registry.reason(command_id, items, argument) is not None:
            self.update()
            return None
        return spawn(self._run(command_id, self.context(items, argument=argument)), name=command_id)

    async def _run(self, command_id: str, context: CommandContext) -> bool:
        try:
            return await self.registry.run(command_id, context)
        except CommandUnavailable as exc:  # the world changed between the click and the run
            log.info("%s", exc)
            return False

    def _watch(self, connection: Connection) -> None:
        request = self.update.request
        slots = [(connection.state_changed, request), (connection.cache.batch_applied, request),
                 (connection.cache.reset, request)]
        for signal, slot in slots:
            signal.connect(slot)
        self._slots[connection] = slots
        self.update()

    def _unwatch(self, connection: Connection) -> None:
        for signal, slot in self._slots.pop(connection, []):
            signal.disconnect(slot)
        self.selection = [item for item in self.selection if item.connection is not connection]
        self.update()

    def _update(self) -> None:
        for command in self.registry:
            action = self.actions[command.id]
            reason = self.registry.reason(command.id, self.selection)
            text = command.text.text()
            action.setEnabled(reason is None)
            action.setVisible(command.visible(self.selection))
            action.setToolTip(text if reason is None else reason)
            action.setStatusTip(action.toolTip())
        self.updated.emit()
