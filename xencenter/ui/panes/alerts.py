"""AlertsPane: the `message` objects of every connection (xapi alerts), newest first, with Dismiss.

Dismissing calls message.destroy as an Operation (it shows in Events; a failure shows there too). The list is
rebuilt from the caches at most once per event-loop turn, and only for batches that touch messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ...core.cache import CacheDelta, ObjectCache
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.manager import ConnectionManager
from ...core.objects import as_int
from ...core.operations import OperationList, OperationRunner
from ..widgets.buttons import list_with_buttons, make_button
from ..widgets.icons import icon
from ..widgets.throttle import TurnThrottle

REF_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY, TITLE, SUBJECT, SERVER, TIME = range(5)


def subject_name(cache: ObjectCache, record: Mapping[str, Any]) -> str:
    """The name of the object a message is about (messages name it by class and uuid)."""
    uuid = str(record.get("obj_uuid", ""))
    found = cache.by_uuid(uuid)
    return str(found[2].get("name_label", uuid)) if found is not None else uuid


class AlertsPane(QWidget):
    def __init__(self, manager: ConnectionManager, operations: OperationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPane")
        self.setAccessibleName(translate("AlertsPane", "Alerts"))
        self.manager = manager
        self.operations = operations
        self.list = QTreeWidget(self)
        self.list.setObjectName("alertsList")
        self.list.setAccessibleName(translate("AlertsPane", "Alerts"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([translate("AlertsPane", "Priority"), translate("AlertsPane", "Alert"),
                                   translate("AlertsPane", "Object"), translate("AlertsPane", "Server"),
                                   translate("AlertsPane", "Time")])
        self.list.setColumnWidth(TITLE, 260)
        self.dismiss_button = make_button(self, "dismissAlert", translate("AlertsPane", "Dismiss"),
                                          translate("AlertsPane", "Dismiss the selected alerts"), self.dismiss_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.dismiss_button.setEnabled(bool(self.list.selectedItems())))
        self.dismiss_button.setEnabled(False)
        list_with_buttons(self, self.list, self.dismiss_button)
        self.refresh = TurnThrottle(self._rebuild, self)
        self._connections: dict[str, Connection] = {}
        manager.added.connect(self._watch)
        manager.removed.connect(self.refresh.request)
        for connection in manager.connections():
            self._watch(connection)
        self._rebuild()

    def _watch(self, connection: Connection) -> None:
        connection.cache.batch_applied.connect(self._on_batch)
        connection.cache.reset.connect(self.refresh.request)
        self.refresh()

    def _on_batch(self, delta: CacheDelta) -> None:
        if delta.touches("message"):
            self.refresh()

    def count(self) -> int:
        return self.list.topLevelItemCount()

    def _rebuild(self) -> None:
        selected = {item.data(TITLE, REF_ROLE) for item in self.list.selectedItems()}
        rows: list[tuple[str, QTreeWidgetItem]] = []
        self._connections.clear()
        for connection in self.manager.connections():
            cache = connection.cache
            for ref, record in cache.items("message"):
                self._connections[ref] = connection
                priority = as_int(record.get("priority"), 5)
                item = QTreeWidgetItem([str(priority), str(record.get("name", "")), subject_name(cache, record),
                                        connection.display_name, str(record.get("timestamp", ""))])
                item.setIcon(PRIORITY, icon("alert"))
                item.setData(TITLE, REF_ROLE, ref)
                item.setToolTip(TITLE, str(record.get("body", "")))
                rows.append((str(record.get("timestamp", "")), item))
        rows.sort(key=lambda row: row[0], reverse=True)
        self.list.clear()
        for _, item in rows:
            self.list.addTopLevelItem(item)
            item.setSelected(item.data(TITLE, REF_ROLE) in selected)

    def dismiss_selected(self) -> None:
        for item in self.list.selectedItems():
            self.dismiss(str(item.data(TITLE, REF_ROLE)))

    def dismiss(self, ref: str) -> None:
        connection = self._connections.get(ref)
        if connection is None:
            return
        record = connection.cache.get("message", ref) or {}
        title = translate("AlertsPane", "Dismissing alert '{0}'").format(record.get("name", ref))

        async def job(runner: OperationRunner) -> Any:
            return await runner.call("message.destroy", ref)

        self.operations.start(title, connection, [ref], job)
