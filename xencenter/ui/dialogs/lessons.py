"""LessonsDialog: a simulator's lessons for a class. Pick a shipped lesson (or open a lesson file) and start it; the
lesson's steps show with their simulated times and how each went, followed live while the window is open.

Non-modal, one per server. The lesson itself runs in the simulator (core/lessons.py): closing this window does not
stop it, and every console connected to that simulator sees its narration in the Alerts pane.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import lessons
from ...core.asyncutil import spawn
from ...core.connection import Connection
from ...core.errors_text import error_text
from ...core.i18n import LazyText, translate
from ...core.xenapi.errors import XenAPIError

T = TypeVar("T")
POLL_MS = 1000
STATES = {"pending": LazyText("LessonsDialog", "Pending"), "running": LazyText("LessonsDialog", "Running"),
          "done": LazyText("LessonsDialog", "Done"), "failed": LazyText("LessonsDialog", "Failed")}


class LessonsDialog(QDialog):
    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.setObjectName("lessonsDialog")
        self.setWindowTitle(translate("LessonsDialog", "Lessons on {0}").format(connection.display_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 560)
        self.state: lessons.LessonState | None = None
        self._busy = False

        self.shipped = QListWidget(self)
        self.shipped.setObjectName("shippedLessons")
        self.shipped.setAccessibleName(translate("LessonsDialog", "Lessons shipped with the simulator"))
        self.shipped.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shipped.itemSelectionChanged.connect(self._update_buttons)
        self.shipped.itemDoubleClicked.connect(lambda _: self.start_selected())
        self.start_button = self._button("startLesson", translate("LessonsDialog", "&Start"), self.start_selected)
        self.open_button = self._button("openLessonFile", translate("LessonsDialog", "&Open File..."), self.open_file)
        self.stop_button = self._button("stopLesson", translate("LessonsDialog", "S&top"), self.stop_lesson)

        self.title = QLabel(self)
        self.title.setObjectName("lessonTitle")
        self.title.setAccessibleName(translate("LessonsDialog", "Lesson"))
        self.title.setWordWrap(True)
        self.progress = QLabel(self)
        self.progress.setObjectName("lessonProgress")
        self.progress.setAccessibleName(translate("LessonsDialog", "Lesson progress"))
        self.steps = QTreeWidget(self)
        self.steps.setObjectName("lessonSteps")
        self.steps.setAccessibleName(translate("LessonsDialog", "Lesson steps"))
        self.steps.setRootIsDecorated(False)
        self.steps.setWordWrap(True)
        self.steps.setHeaderLabels([translate("LessonsDialog", "Time"), translate("LessonsDialog", "Step"),
                                    translate("LessonsDialog", "State")])
        header = self.steps.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.problem = QLabel(self)
        self.problem.setObjectName("lessonProblem")
        self.problem.setAccessibleName(translate("LessonsDialog", "Problem"))
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(translate("LessonsDialog", "A lesson runs in the simulator on its clock (use the simulation "
                                                 "toolbar to pause or speed it up); its narration appears in the "
                                                 "Alerts pane. Closing this window does not stop it."), self)
        note.setObjectName("lessonsNote")
        note.setAccessibleName(note.text())
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("lessonsButtons")
        buttons.setAccessibleName(translate("LessonsDialog", "Dialog buttons"))
        buttons.rejected.connect(self.close)

        row = QHBoxLayout()
        for button in (self.start_button, self.open_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.shipped, 1)
        layout.addLayout(row)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.steps, 2)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self.refresh)
        self.file_dialog: QFileDialog | None = None
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # -- showing -------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.poller.start()
        if self.shipped.count() == 0:
            spawn(self._list(), name="lessons.list", owner=self)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.poller.stop()
        super().hideEvent(event)

    async def _list(self) -> None:
        ok, found = await self._ask(lessons.shipped(self.connection))
        if not ok or found is None:
            return
        self.shipped.clear()
        for info in found:
            item = QListWidgetItem(translate("LessonsDialog", "{0} ({1} steps)").format(info.title, info.steps))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(info.summary)
            self.shipped.addItem(item)
        if self.shipped.count():
            self.shipped.setCurrentRow(0)

    def refresh(self) -> None:
        if not self._busy:
            spawn(self._refresh(), name="lessons.state", owner=self)

    async def _refresh(self) -> None:
        self._busy = True
        try:
            ok, state = await self._ask(lessons.current(self.connection))
        finally:
            self._busy = False
        if ok:
            self.show_state(state)

    def show_state(self, state: lessons.LessonState | None) -> None:
        self.state = state
        self.steps.clear()
        if state is None:
            self.title.setText(translate("LessonsDialog", "No lesson has been started on this server."))
            self.progress.clear()
        else:
            self.title.setText(f"<b>{_escape(state.title)}</b><br>{_escape(state.summary)}")
            if state.stopped:
                text = translate("LessonsDialog", "Stopped at {0} of {1}.")
            elif state.finished:
                text = translate("LessonsDialog", "Finished ({1}).")
            else:
                text = translate("LessonsDialog", "{0} of {1}")
            self.progress.setText(text.format(lessons.clock_text(state.elapsed), lessons.clock_text(state.duration)))
            for step in state.steps:
                what = step.text or step.action
                if step.text and step.action:
                    what = f"{step.text}\n({step.action})"
                shown = STATES[step.state].text() if step.state in STATES else step.state
                if step.error:
                    shown = f"{shown}: {step.error}"
                item = QTreeWidgetItem([lessons.clock_text(step.at), what, shown])
                item.setToolTip(2, shown)
                self.steps.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.state is not None and not self.state.finished
        self.start_button.setEnabled(bool(self.shipped.selectedItems()))
        self.stop_button.setEnabled(running)

    # -- acting --------------------------------------------------------------------------------------------------

    def start_selected(self) -> None:
        items = self.shipped.selectedItems()
        if items:
            name = str(items[0].data(Qt.ItemDataRole.UserRole))
            spawn(self._start(name=name), name="lessons.start", owner=self)

    def open_file(self) -> None:
        dialog = QFileDialog(self, translate("LessonsDialog", "Open Lesson File"))
        dialog.setObjectName("lessonFileDialog")
        dialog.setAccessibleName(dialog.windowTitle())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([translate("LessonsDialog", "Lesson files (*.toml)"),
                               translate("LessonsDialog", "All files (*)")])
        dialog.fileSelected.connect(self.start_file)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def start_file(self, path: str) -> None:
        spawn(self._start_file(path), name="lessons.file", owner=self)

    async def _start_file(self, path: str) -> None:
        try:
            text = await asyncio.to_thread(lessons.read_file, path)
        except lessons.LessonFileError as exc:
            self._show_problem(str(exc))
            return
        await self._start(text=text)

    async def _start(self, *, name: str = "", text: str = "") -> None:
        ok, state = await self._ask(lessons.start(self.connection, name=name, text=text))
        if ok:
            self.show_state(state)

    def stop_lesson(self) -> None:
        spawn(self._stop(), name="lessons.stop", owner=self)

    async def _stop(self) -> None:
        ok, state = await self._ask(lessons.stop(self.connection))
        if ok:
            self.show_state(state)

    async def _ask(self, call: Awaitable[T]) -> tuple[bool, T | None]:
        """(True, the answer) with the problem line cleared, or (False, None) with the problem in a sentence."""
        try:
            answer = await call
        except (XenAPIError, ValueError) as exc:
            self._show_problem(error_text(exc, self.connection.cache))
            return False, None
        self.problem.hide()
        return True, answer

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
