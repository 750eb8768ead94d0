"""AlertsPane: the `message` objects of every connection (xapi alerts), newest first, with Dismiss.

Each alert shows its level (core.alert_level decides it, as for the Logs tab) with the level's icon, and its
time in the user's locale and time zone. Dismissing calls message.destroy as an Operation (it shows in Events;
a failure shows there too). The list is rebuilt from the caches at most once per event-loop turn, and only for
batches that touch messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...core.alert_level import message_level
from ...core.alert_titles import alert_title
from ...core.cache import CacheDelta, ObjectCache
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.manager import ConnectionManager
from ...core.objects import as_int
from ...core.operations import OperationList, OperationRunner
from ...core.rbac import refusal_for
from ...core.timetext import local_time_text, parse_xapi_time
from ...core.turns import TurnThrottle
from ..models.rows import KEY_ROLE, Row, RowsModel, cell, columns
from ..widgets.buttons import list_with_buttons, make_button
from ..widgets.icons import icon
from ..widgets.table import make_table

LEVEL, TITLE, SUBJECT, SERVER, TIME = range(5)
COLUMNS = columns(
    "AlertsPane", (QT_TRANSLATE_NOOP("AlertsPane", "Level"), False), (QT_TRANSLATE_NOOP("AlertsPane", "Alert"), False),
    (QT_TRANSLATE_NOOP("AlertsPane", "Object"), False), (QT_TRANSLATE_NOOP("AlertsPane", "Server"), False),
    (QT_TRANSLATE_NOOP("AlertsPane", "Time"), False))


def subject_name(cache: ObjectCache, record: Mapping[str, Any]) -> str:
    """The name of the object a message is about (messages name it by class and uuid)."""
    uuid = str(record.get("obj_uuid", ""))
    found = cache.by_uuid(uuid)
    return str(found[2].get("name_label", uuid)) if found is not None else uuid


def alert_row(connection: Connection, ref: str, record: Mapping[str, Any]) -> tuple[float, Row]:
    """(sort stamp, row) of one message: level with its icon, title with the body as tooltip, object, server, time."""
    level = message_level(record)
    stamp = parse_xapi_time(record.get("timestamp"))
    seconds = stamp.timestamp() if stamp is not None else 0.0
    priority = translate("AlertsPane", "Priority {0}").format(as_int(record.get("priority"), 5))
    return seconds, (ref, (
        cell(level.text(), level.rank, priority, icon(level.icon_key)),
        cell(alert_title(str(record.get("name", ""))), tooltip=str(record.get("body", ""))),
        cell(subject_name(connection.cache, record)), cell(connection.display_name),
        cell(local_time_text(stamp, translate("AlertsPane", "Unknown")), seconds)))


NEW_ROWS_PER_TURN = 250  # alert rows made per rebuild: a thousand at once held the GUI thread for ~50 ms


class AlertsPane(QWidget):
    def __init__(self, manager: ConnectionManager, operations: OperationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPane")
        self.setAccessibleName(translate("AlertsPane", "Alerts"))
        self.manager = manager
        self.operations = operations
        self.model = RowsModel(COLUMNS, self)
        self.list = make_table(self.model, "alertsList", translate("AlertsPane", "Alerts"), self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.dismiss_button = make_button(self, "dismissAlert", translate("AlertsPane", "Dismiss"),
                                          translate("AlertsPane", "Dismiss the selected alerts"), self.dismiss_selected)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.update_dismiss())
        self.dismiss_button.setEnabled(False)
        list_with_buttons(self, self.list, self.dismiss_button)
        self.refresh = TurnThrottle(self._rebuild, self)
        self._connections: dict[str, Connection] = {}
        # Rows made for a message record, reused while the record (the same object: the cache replaces a changed
        # one) and the names shown (its object's, the server's) stay: a burst of new alerts makes only the new rows.
        self._made: dict[str, tuple[Any, str, tuple[float, Row]]] = {}
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
        return self.model.rowCount()

    def _rebuild(self) -> None:
        rows: list[tuple[float, Row]] = []
        self._connections.clear()
        made: dict[str, tuple[Any, str, tuple[float, Row]]] = {}
        new_rows = 0
        for connection in self.manager.connections():
            server = connection.display_name
            for ref, record in connection.cache.items("message"):
                self._connections[ref] = connection
                names = f"{server}\n{subject_name(connection.cache, record)}"  # a renamed object or server: anew
                kept = self._made.get(ref)
                if kept is not None and kept[0] is record and kept[1] == names:
                    row = kept[2]
                elif new_rows < NEW_ROWS_PER_TURN:
                    row = alert_row(connection, ref, record)
                    new_rows += 1
                else:
                    continue  # in a following turn
                made[ref] = (record, names, row)
                rows.append(row)
        self._made = made
        if new_rows >= NEW_ROWS_PER_TURN:
            self.refresh.request()  # a burst of alerts (a thousand VMs shut down) shows over a few turns
        rows.sort(key=lambda row: (-row[0], row[1][0]))  # newest first (the model's order)
        self.model.set_rows([row for _, row in rows])  # keyed: the selection stays on the rows that stay
        self.update_dismiss()

    def dismiss_reason(self) -> str | None:
        """Why the selected alerts cannot be dismissed (none chosen, or the login's role may not), or None."""
        refs = self.selected_refs()
        if not refs:
            return translate("AlertsPane", "Select one or more alerts.")
        connections = {self._connections[ref] for ref in refs if ref in self._connections}
        return next((reason for reason in (refusal_for(c.access, ("message.destroy",)) for c in connections)
                     if reason is not None), None)

    def update_dismiss(self) -> None:
        reason = self.dismiss_reason()
        self.dismiss_button.setEnabled(reason is None)
        self.dismiss_button.setToolTip(reason or self.dismiss_button.accessibleName())

    # -- reading (tests, automation) ---------------------------------------------------------------------------

    def refs(self) -> list[str]:
        """The alerts' message refs in the model's order (newest first)."""
        return self.model.row_keys()

    def text(self, ref: str, column: int) -> str:
        return self.model.text(ref, column)

    def ref_titled(self, title: str) -> str | None:
        return next((ref for ref in self.refs() if self.text(ref, TITLE) == title), None)

    def selected_refs(self) -> list[str]:
        return [str(index.data(KEY_ROLE)) for index in self.list.selectionModel().selectedRows()]

    def select(self, ref: str) -> None:
        """Select the alert of `ref` (alone)."""
        row = self.model.row_of(ref)
        proxy = self.list.model()
        if row >= 0 and proxy is not None:
            index = proxy.mapFromSource(self.model.index(row, 0))  # type: ignore[attr-defined]
            self.list.selectRow(index.row())

    # -- acting ------------------------------------------------------------------------------------------------

    def dismiss_selected(self) -> None:
        if self.dismiss_reason() is not None:
            return
        for ref in self.selected_refs():
            self.dismiss(ref)

    def dismiss(self, ref: str) -> None:
        connection = self._connections.get(ref)
        if connection is None:
            return
        record = connection.cache.get("message", ref) or {}
        title = translate("AlertsPane", "Dismissing alert '{0}'").format(record.get("name", ref))

        async def job(runner: OperationRunner) -> Any:
            return await runner.call("message.destroy", ref)

        self.operations.start(title, connection, [ref], job)
