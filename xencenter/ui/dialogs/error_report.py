"""ErrorReporter: an unexpected exception anywhere becomes a non-modal report (what happened, copyable details,
Continue) instead of only a log line; the console keeps running.

Exceptions reach it from background tasks (asyncutil's reporter), from Qt slots and virtual methods
(`sys.excepthook`, which PySide6 calls for them) and from the asyncio loop's exception handler. One dialog
collects them: a storm of errors appends to it rather than stacking windows.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...core.asyncutil import set_exception_reporter
from ...core.i18n import translate

log = logging.getLogger("xencenter.errors")

MAX_REPORTS = 50  # keep the details readable; later ones are counted, not shown


class ErrorReportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorReportDialog")
        self.setWindowTitle(translate("ErrorReport", "Unexpected error"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.summary = QLabel(self)
        self.summary.setObjectName("errorSummary")
        self.summary.setAccessibleName(translate("ErrorReport", "What happened"))
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setAccessibleName(translate("ErrorReport", "Details"))
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("errorReportButtons")
        self.copy = QPushButton(translate("ErrorReport", "Copy details"), self)
        self.copy.setObjectName("copyErrorDetails")
        self.copy.setAccessibleName(self.copy.text())
        self.copy.clicked.connect(self.copy_details)
        self.carry_on = QPushButton(translate("ErrorReport", "Continue"), self)
        self.carry_on.setObjectName("continueAfterError")
        self.carry_on.setAccessibleName(self.carry_on.text())
        self.carry_on.setDefault(True)
        self.carry_on.clicked.connect(self.close_report)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.carry_on, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.count = 0

    def add(self, exc: BaseException, text: str) -> None:
        self.count += 1
        self.summary.setText(translate(
            "ErrorReport", "The console ran into a problem it did not expect: {0}. It is still running and nothing "
                           "you were doing was lost; you can continue. If it happens again, copy the details into "
                           "a bug report.").format(type(exc).__name__))
        if self.count <= MAX_REPORTS:
            self.details.appendPlainText(text)
        elif self.count == MAX_REPORTS + 1:
            self.details.appendPlainText(translate("ErrorReport", "(more errors happened; see the log)"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def close_report(self) -> None:
        self.hide()
        self.details.clear()
        self.count = 0


class ErrorReporter(QObject):
    """Routes unexpected exceptions to one ErrorReportDialog (created on first use, reused afterwards)."""

    reported = Signal(object)  # the exception, after it was shown

    def __init__(self, parent_window: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parent_window = parent_window
        self.dialog: ErrorReportDialog | None = None
        self._reporting = False

    def report(self, exc: BaseException) -> None:
        log.error("unexpected error", exc_info=exc)
        if self._reporting:  # an error while showing an error: the log has it, do not recurse
            return
        self._reporting = True
        try:
            if self.dialog is None:
                self.dialog = ErrorReportDialog(self.parent_window)
            text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()
            self.dialog.add(exc, text)
            self.dialog.show()
            self.reported.emit(exc)
        except Exception:  # never let the reporter itself take the console down
            log.exception("could not show the error report")
        finally:
            self._reporting = False

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.report(exc.with_traceback(tb))

    def loop_exception_handler(self, loop: Any, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            self.report(exc)
        else:
            log.error("asyncio: %s", context.get("message", context))


def install_reporting(reporter: ErrorReporter, loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """Send every unexpected error to `reporter`: background tasks (core.asyncutil), exceptions PySide6 hands to
    sys.excepthook (slots, virtual methods), and what the event loop's callbacks raise. Returns the undo."""
    set_exception_reporter(reporter.report)
    sys.excepthook = reporter.excepthook
    loop.set_exception_handler(reporter.loop_exception_handler)

    def undo() -> None:
        sys.excepthook = sys.__excepthook__
        set_exception_reporter(None)
        loop.set_exception_handler(None)

    return undo
