"""WizardWindow: a non-modal window with the step list on the left, the current page, Back / Next / Finish /
Cancel, as XenCenter's XenWizardBase. It never blocks: pages check as the user types, background answers
(eligibility) call `refresh()`, and Finish hands the state to `finish` (which starts ONE Operation) and closes.

Signals:
    finished(object): Finish was pressed; the argument is what `finish` returned (the Operation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.turns import TurnThrottle
from ...core.wizard import WizardFlow
from .page import PageWidget


class WizardWindow(QWidget):
    finished = Signal(object)

    def __init__(self, title: str, name: str, flow: WizardFlow[Any], pages: Sequence[PageWidget],
                 finish: Callable[[Any], Any], parent: QWidget | None = None, *,
                 finish_text: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.flow = flow
        self.pages = {page.logic.key: page for page in pages}
        self._finish = finish
        self.result: Any = None
        self.refresh = TurnThrottle(self._refresh, self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("wizardSteps")
        self.steps.setAccessibleName(translate("Wizard", "Steps"))
        self.steps.setFixedWidth(180)
        self.steps.itemClicked.connect(self._step_clicked)
        self.heading = QLabel(self)
        self.heading.setObjectName("wizardHeading")
        self.heading.setAccessibleName(translate("Wizard", "Page title"))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("wizardPages")
        self.stack.setAccessibleName(translate("Wizard", "Page"))
        for page in pages:
            self.stack.addWidget(page)
            page.edited.connect(self.refresh.request)
        self.page_message = QLabel(self)
        self.page_message.setObjectName("wizardPageMessage")
        self.page_message.setAccessibleName(translate("Wizard", "Problem"))
        self.page_message.setWordWrap(True)
        self.page_message.setStyleSheet("color: #b00020;")
        self.back_button = self._button("wizardBack", translate("Wizard", "< &Previous"), self.back)
        self.next_button = self._button("wizardNext", translate("Wizard", "&Next >"), self.next)
        self.finish_button = self._button("wizardFinish", finish_text or translate("Wizard", "&Finish"),
                                          self.finish)
        self.cancel_button = self._button("wizardCancel", translate("Wizard", "Cancel"), self.close)
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("wizardButtons")
        buttons.setAccessibleName(translate("Wizard", "Wizard buttons"))
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        right.addWidget(self.page_message)
        right.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        self.resize(820, 560)
        self._show_current()

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _=False: slot())
        return button

    @property
    def page(self) -> PageWidget:
        return self.pages[self.flow.current.key]

    def next(self) -> bool:
        self.refresh.flush()
        page = self.page
        if not self.flow.next():
            return False
        page.leave()
        self._show_current()
        return True

    def back(self) -> bool:
        if not self.flow.back():
            return False
        self._show_current()
        return True

    def finish(self) -> Any:
        """Start the work (one Operation) and close; None when a page still has a problem."""
        self.refresh.flush()
        if not self.flow.can_finish:
            return None
        self.result = self._finish(self.flow.state)
        self.finished.emit(self.result)
        self.close()
        return self.result

    def _step_clicked(self, item: QListWidgetItem) -> None:
        if self.flow.go_to(str(item.data(Qt.ItemDataRole.UserRole))):
            self._show_current()

    def _show_current(self) -> None:
        page = self.page
        page.enter()
        self.stack.setCurrentWidget(page)
        self.heading.setText(page.logic.title.text())
        self._refresh()

    def _refresh(self) -> None:
        """Problems beside the fields, the step list and the buttons, from the state as it is now."""
        page = self.page
        rest = page.show_problems(self.flow.problems())
        self.page_message.setText(rest)
        self.page_message.setVisible(bool(rest))
        self.steps.clear()
        for logic in self.flow.active():
            item = QListWidgetItem(logic.title.text(), self.steps)
            item.setData(Qt.ItemDataRole.UserRole, logic.key)
            if logic is self.flow.current:
                self.steps.setCurrentItem(item)
        self.back_button.setEnabled(self.flow.can_back)
        self.next_button.setEnabled(self.flow.can_next)
        self.next_button.setVisible(not self.flow.is_last)
        self.finish_button.setEnabled(self.flow.can_finish)
