"""Unexpected errors become a non-modal report with copyable details; the console keeps running."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from ui_support import qloop_fixture  # noqa: F401

from xencenter.core.asyncutil import set_exception_reporter, spawn
from xencenter.ui.dialogs.error_report import ErrorReporter

pytestmark = pytest.mark.gui


def fail(text: str) -> None:
    raise ValueError(text)


def test_a_report_shows_details_that_copy_and_collects_later_errors(qtbot: Any) -> None:
    reporter = ErrorReporter()
    try:
        fail("first")
    except ValueError as exc:
        reporter.report(exc)
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.addWidget(dialog)
    assert "ValueError" in dialog.summary.text() and "Traceback" not in dialog.summary.text()
    assert "ValueError: first" in dialog.details.toPlainText() and "in fail" in dialog.details.toPlainText()
    reporter.report(KeyError("second"))
    assert reporter.dialog is dialog and "KeyError: 'second'" in dialog.details.toPlainText()
    dialog.copy.click()
    assert "ValueError: first" in QGuiApplication.clipboard().text()
    dialog.carry_on.click()
    assert not dialog.isVisible() and dialog.details.toPlainText() == ""


class Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_errors_in_slots_and_background_tasks_reach_the_report(qtbot: Any, qloop: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    reporter = ErrorReporter()
    seen: list[BaseException] = []
    reporter.reported.connect(seen.append)
    monkeypatch.setattr(sys, "excepthook", reporter.excepthook)
    emitter = Emitter()
    emitter.fire.connect(lambda: fail("in a slot"))
    emitter.fire.emit()
    assert [str(exc) for exc in seen] == ["in a slot"]
    set_exception_reporter(reporter.report)
    try:
        async def broken() -> None:
            await asyncio.sleep(0)
            fail("in a task")

        task = spawn(broken())
        qtbot.waitUntil(task.done)
        qtbot.waitUntil(lambda: len(seen) == 2)
    finally:
        set_exception_reporter(None)
    assert str(seen[1]) == "in a task"
    assert reporter.dialog is not None
    qtbot.addWidget(reporter.dialog)
    assert "in a slot" in reporter.dialog.details.toPlainText()


@pytest.mark.qt_no_exception_capture
def test_the_app_routes_event_loop_errors_to_the_report_and_undoes_it(qtbot: Any, qloop: Any) -> None:
    """What app.run installs: a callback that raises on the event loop (not a task, not a slot) reaches the
    report too, and the undo puts Python's own hooks back."""
    from xencenter.ui.dialogs.error_report import install_reporting

    reporter = ErrorReporter()
    seen: list[BaseException] = []
    reporter.reported.connect(seen.append)
    loop = asyncio.get_event_loop()
    undo = install_reporting(reporter, loop)
    try:
        assert sys.excepthook == reporter.excepthook
        loop.call_soon(fail, "in a loop callback")
        qtbot.waitUntil(lambda: len(seen) == 1)
        assert str(seen[0]) == "in a loop callback"
        assert reporter.dialog is not None and reporter.dialog.isVisible()
        qtbot.addWidget(reporter.dialog)
    finally:
        undo()
    assert sys.excepthook is sys.__excepthook__ and loop.get_exception_handler() is None
