"""EventsModel: the operations as table rows, newest first, with no widget per row.

A widget per row (progress bar, button) made every insert lay out every other row: 1,000 tasks
appearing at once froze the GUI for half a minute. Rows here are plain model data; a delegate
paints the progress and the action.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.i18n import translate
from ...core.operation import Operation, OperationState
from ...core.turns import TurnThrottle

TITLE, SERVER, PROGRESS, ELAPSED, STATUS, ACTION = range(6)
HEADERS = (QT_TRANSLATE_NOOP("EventsPane", "Event"), QT_TRANSLATE_NOOP("EventsPane", "Server"),
           QT_TRANSLATE_NOOP("EventsPane", "Progress"), QT_TRANSLATE_NOOP("EventsPane", "Elapsed"),
           QT_TRANSLATE_NOOP("EventsPane", "Status"), "")
ProgressRole = Qt.ItemDataRole.UserRole + 1  # 0..100, or BUSY
BUSY = -1
OperationRole = Qt.ItemDataRole.UserRole + 2

STATE_TEXT = {
    OperationState.RUNNING: QT_TRANSLATE_NOOP("EventsPane", "Running"),
    OperationState.CANCELLING: QT_TRANSLATE_NOOP("EventsPane", "Cancelling..."),
    OperationState.SUCCEEDED: QT_TRANSLATE_NOOP("EventsPane", "Completed"),
    OperationState.FAILED: QT_TRANSLATE_NOOP("EventsPane", "Failed"),
    OperationState.CANCELLED: QT_TRANSLATE_NOOP("EventsPane", "Cancelled"),
    OperationState.GONE: QT_TRANSLATE_NOOP("EventsPane", "Ended"),
}

Index = QModelIndex | QPersistentModelIndex


def elapsed_text(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


def status_text(op: Operation) -> str:
    text = translate("EventsPane", str(STATE_TEXT[op.state]))
    if op.state is OperationState.FAILED and op.error_text:
        return f"{text}: {op.error_text}" + (f" ({op.note})" if op.note else "")
    if op.note:
        return f"{text} ({op.note})"
    if op.description and not op.is_finished:
        return f"{text}: {op.description}"
    return text


def progress_text(op: Operation) -> str:
    if not op.is_finished and op.progress <= 0.0:
        return translate("EventsPane", "Working...")
    return f"{round(op.progress * 100)}%"


def action_text(op: Operation) -> str:
    """What the row's action does now: dismiss a finished operation, cancel a running one."""
    if op.is_finished:
        return translate("EventsPane", "Dismiss")
    return translate("EventsPane", "Cancel") if op.can_cancel else ""


class EventsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        # Oldest first, shown newest first (row 0 is the last one), as XenCenter's Events view: an add is an append
        # and keeps every position, so a burst of 1,000 tasks costs no re-indexing (a dict rebuilt per add did).
        self._ops: list[Operation] = []
        self._positions: dict[Operation, int] | None = None  # op -> index in _ops, rebuilt after removals
        # Changed rows are repainted once per turn: a burst of finishing tasks changes each row two or three
        # times within one event batch, and a signal per change cost more than the rows' painting.
        self._dirty: set[Operation] = set()
        self._flush = TurnThrottle(self._emit_changes, self)

    # -- changes ---------------------------------------------------------------------------------

    def add(self, op: Operation) -> None:
        self.add_many([op])

    def add_many(self, ops: list[Operation]) -> None:
        """New operations (oldest first) on top, in one insertion however many arrive together."""
        positions = self._index()
        new = [op for op in dict.fromkeys(ops) if op not in positions]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
        for op in new:
            positions[op] = len(self._ops)
            self._ops.append(op)
        self.endInsertRows()

    def remove(self, op: Operation) -> None:
        row = self.row_of(op)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ops[self._index()[op]]
        self._positions = None
        self._dirty.discard(op)
        self.endRemoveRows()

    def changed(self, op: Operation) -> None:
        self._dirty.add(op)
        self._flush.request()

    def _emit_changes(self) -> None:
        """One dataChanged over the span of the rows changed since the last turn."""
        rows = [row for row in map(self.row_of, self._dirty) if row is not None]
        self._dirty.clear()
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), ACTION))

    def tick(self) -> None:
        """Elapsed times move on: one signal for the column of running rows."""
        last = len(self._ops) - 1
        running = [last - position for position, op in enumerate(self._ops) if not op.is_finished][::-1]
        if running:
            self.dataChanged.emit(self.index(running[0], ELAPSED), self.index(running[-1], ELAPSED),
                                  [Qt.ItemDataRole.DisplayRole])

    def operation(self, row: int) -> Operation | None:
        return self._ops[len(self._ops) - 1 - row] if 0 <= row < len(self._ops) else None

    def row_of(self, op: Operation) -> int | None:
        position = self._index().get(op)
        return None if position is None else len(self._ops) - 1 - position

    def _index(self) -> dict[Operation, int]:
        if self._positions is None:
            self._positions = {op: position for position, op in enumerate(self._ops)}
        return self._positions

    # -- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return translate("EventsPane", str(HEADERS[section])) if HEADERS[section] else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        op = self.operation(index.row()) if index.isValid() else None
        if op is None:
            return None
        column = index.column()
        if role == OperationRole:
            return op
        if role == ProgressRole:
            if not op.is_finished and op.progress <= 0.0:
                return BUSY  # xapi reports many tasks' progress only at the end: a busy bar, not a stuck 0%
            return round(op.progress * 100)
        if role == Qt.ItemDataRole.DisplayRole:
            return {TITLE: op.title, SERVER: op.connection.display_name, ELAPSED: elapsed_text(op.elapsed),
                    STATUS: status_text(op), ACTION: action_text(op),
                    PROGRESS: progress_text(op)}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return op.title if op.is_own else \
                    translate("EventsPane", "{0} (started by another client)").format(op.title)
            if column == STATUS:
                if op.state is OperationState.FAILED and op.error_details:
                    details = translate("EventsPane", "Details:")
                    return f"{status_text(op)}\n\n{details}\n{op.error_details}"
                return status_text(op)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == ACTION:
            return f"{action_text(op)} {op.title}"
        return None
