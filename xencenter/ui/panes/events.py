"""EventsPane: every Operation (ours and other clients' tasks) with progress, elapsed time, Cancel and errors."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ...core.i18n import translate
from ...core.operation import Operation
from ...core.operations import OperationList
from ..widgets.buttons import list_with_buttons, make_button
from .events_model import ACTION, BUSY, PROGRESS, STATUS, TITLE, EventsModel, ProgressRole, action_text, status_text

__all__ = ["EventsPane", "status_text"]


class _Delegate(QStyledItemDelegate):
    """Paints the progress column as a progress bar and the action column as a button."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        style = QApplication.style()
        if index.column() == PROGRESS:
            bar = QStyleOptionProgressBar()
            bar.rect = option.rect.adjusted(2, 3, -2, -3)
            value = int(index.data(ProgressRole) or 0)
            if value == BUSY:  # no progress reported yet: an indeterminate bar, as QProgressBar(0, 0) shows
                bar.minimum = bar.maximum = bar.progress = 0
            else:
                bar.minimum, bar.maximum, bar.progress = 0, 100, value
            bar.text = str(index.data())
            bar.textVisible = True
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
            return
        if index.column() == ACTION and index.data():
            button = QStyleOptionButton()
            button.rect = option.rect.adjusted(2, 1, -2, -1)
            button.text = str(index.data())
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter)
            return
        super().paint(painter, option, index)


class EventRow:
    """What a test or a screen reader sees of one operation's row."""

    def __init__(self, pane: EventsPane, op: Operation) -> None:
        self.pane, self.op = pane, op

    def status(self) -> str:
        return status_text(self.op)

    def action(self) -> str:
        return action_text(self.op)

    def click_action(self) -> None:
        self.pane.act(self.op)


class EventsPane(QWidget):
    def __init__(self, operations: OperationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPane")
        self.setAccessibleName(translate("EventsPane", "Events"))
        self.operations = operations
        self.model = EventsModel()
        self.list = QTreeView(self)
        self.list.setObjectName("eventsList")
        self.list.setAccessibleName(translate("EventsPane", "Events"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)  # no per-row measuring: thousands of rows stay cheap
        self.list.setModel(self.model)
        self.list.setItemDelegate(_Delegate(self.list))
        self.list.clicked.connect(self._clicked)
        header = self.list.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.setColumnWidth(TITLE, 260)
        self.list.setColumnWidth(PROGRESS, 110)
        self.list.setColumnWidth(ACTION, 90)
        dismiss = translate("EventsPane", "Dismiss All Finished")
        self.clear_button = make_button(self, "dismissFinished", dismiss, dismiss, operations.clear_finished)
        list_with_buttons(self, self.list, self.clear_button)
        operations.added.connect(self.model.add_many)
        operations.changed.connect(self.model.changed)
        operations.removed.connect(self.model.remove)
        self.model.add_many(operations.operations())
        self._ticker = QTimer(self)  # elapsed time of running operations
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)
        self._ticker.start()

    def row(self, op: Operation) -> EventRow | None:
        return EventRow(self, op) if self.model.row_of(op) is not None else None

    def act(self, op: Operation) -> None:
        """The row's action: dismiss a finished operation, cancel a running one."""
        if op.is_finished:
            self.operations.remove(op)
        elif op.can_cancel:
            op.cancel()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == ACTION:
            op = self.model.operation(index.row())
            if op is not None:
                self.act(op)
