"""EventsPane: every Operation (ours and other clients' tasks) with progress, elapsed time, Cancel and errors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.operation import Operation, OperationState
from ...core.operations import OperationList

TITLE, SERVER, PROGRESS, ELAPSED, STATUS, ACTION = range(6)

STATE_TEXT = {
    OperationState.RUNNING: QT_TRANSLATE_NOOP("EventsPane", "Running"),
    OperationState.CANCELLING: QT_TRANSLATE_NOOP("EventsPane", "Cancelling..."),
    OperationState.SUCCEEDED: QT_TRANSLATE_NOOP("EventsPane", "Completed"),
    OperationState.FAILED: QT_TRANSLATE_NOOP("EventsPane", "Failed"),
    OperationState.CANCELLED: QT_TRANSLATE_NOOP("EventsPane", "Cancelled"),
    OperationState.GONE: QT_TRANSLATE_NOOP("EventsPane", "Ended"),
}


def elapsed_text(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


def status_text(op: Operation) -> str:
    text = translate("EventsPane", str(STATE_TEXT[op.state]))
    if op.state is OperationState.FAILED and op.error_text:
        return f"{text}: {op.error_text}"
    if op.note:
        return f"{text} ({op.note})"
    if op.description and not op.is_finished:
        return f"{text}: {op.description}"
    return text


class _Row:
    def __init__(self, pane: EventsPane, op: Operation) -> None:
        self.op = op
        self.item = QTreeWidgetItem()
        self.progress = QProgressBar()
        self.progress.setObjectName("operationProgress")
        self.progress.setAccessibleName(translate("EventsPane", "Progress of {0}").format(op.title))
        self.progress.setRange(0, 100)
        self.progress.setMaximumHeight(18)
        self.button = QPushButton()
        self.button.setObjectName("operationButton")
        self.button.clicked.connect(self.clicked)
        self.pane = pane

    def clicked(self) -> None:
        if self.op.is_finished:
            self.pane.operations.remove(self.op)
        else:
            self.op.cancel()

    def refresh(self) -> None:
        op = self.op
        self.item.setText(TITLE, op.title)
        self.item.setText(SERVER, op.connection.display_name)
        self.item.setText(ELAPSED, elapsed_text(op.elapsed))
        status = status_text(op)
        self.item.setText(STATUS, status)
        self.item.setToolTip(STATUS, status)
        self.item.setToolTip(TITLE, op.title if op.is_own else
                             translate("EventsPane", "{0} (started by another client)").format(op.title))
        self.progress.setValue(round(op.progress * 100))
        if op.is_finished:
            self.button.setText(translate("EventsPane", "Dismiss"))
            self.button.setEnabled(True)
        else:
            self.button.setText(translate("EventsPane", "Cancel"))
            self.button.setEnabled(op.can_cancel)
        self.button.setAccessibleName(f"{self.button.text()} {op.title}")


class EventsPane(QWidget):
    def __init__(self, operations: OperationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPane")
        self.setAccessibleName(translate("EventsPane", "Events"))
        self.operations = operations
        self.list = QTreeWidget(self)
        self.list.setObjectName("eventsList")
        self.list.setAccessibleName(translate("EventsPane", "Events"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([translate("EventsPane", "Event"), translate("EventsPane", "Server"),
                                   translate("EventsPane", "Progress"), translate("EventsPane", "Elapsed"),
                                   translate("EventsPane", "Status"), ""])
        header = self.list.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.setColumnWidth(TITLE, 260)
        self.clear_button = QPushButton(translate("EventsPane", "Dismiss All Finished"), self)
        self.clear_button.setObjectName("dismissFinished")
        self.clear_button.setAccessibleName(self.clear_button.text())
        self.clear_button.clicked.connect(operations.clear_finished)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._rows: dict[Operation, _Row] = {}
        operations.added.connect(self._add)
        operations.changed.connect(self._changed)
        operations.removed.connect(self._remove)
        for op in operations:
            self._add(op)
        self._ticker = QTimer(self)  # elapsed time of running operations
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def row(self, op: Operation) -> _Row | None:
        return self._rows.get(op)

    def _add(self, op: Operation) -> None:
        if op in self._rows:
            return
        row = _Row(self, op)
        self._rows[op] = row
        self.list.insertTopLevelItem(0, row.item)  # newest first, as XenCenter's Events view
        self.list.setItemWidget(row.item, PROGRESS, row.progress)
        self.list.setItemWidget(row.item, ACTION, row.button)
        row.refresh()

    def _changed(self, op: Operation) -> None:
        row = self._rows.get(op)
        if row is not None:
            row.refresh()

    def _remove(self, op: Operation) -> None:
        row = self._rows.pop(op, None)
        if row is not None:
            index = self.list.indexOfTopLevelItem(row.item)
            if index >= 0:
                self.list.takeTopLevelItem(index)

    def _tick(self) -> None:
        for row in self._rows.values():
            if not row.op.is_finished:
                row.item.setText(ELAPSED, elapsed_text(row.op.elapsed))
