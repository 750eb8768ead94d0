"""The Lessons window, opened from the simulation toolbar against a simulator on a manual clock: it lists the
shipped lessons, starts one, follows its steps to the end as the clock moves, stops one, and says in a sentence why
a lesson file cannot be used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from ui_support import Parts, Sdk, drain, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.ui.dialogs.lessons import LessonsDialog

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def lessons_window() -> LessonsDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, LessonsDialog) and w.isVisible()), None)


def states(dialog: LessonsDialog) -> list[str]:
    return [dialog.steps.topLevelItem(row).text(2) for row in range(dialog.steps.topLevelItemCount())]


def test_a_lesson_started_from_the_toolbar_is_followed_to_its_end(qtbot: Any, parts: Parts, fresh_sim: Any,
                                                                  tmp_path: Path) -> None:
    drain(fresh_sim)
    parts.connect(qtbot, fresh_sim.url)
    bar = parts.window.sim_toolbar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.buttons["sim.lessons"].isEnabled(), timeout=5000)
    assert bar.buttons["sim.lessons"].shortcut().toString() == "Ctrl+Shift+L"
    file_menu = parts.window.menuBar().findChild(QMenu, "fileMenu")
    assert bar.buttons["sim.lessons"] in file_menu.actions()
    bar.widgetForAction(bar.buttons["sim.lessons"]).click()
    qtbot.waitUntil(lambda: lessons_window() is not None, timeout=5000)
    dialog = lessons_window()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.shipped.count() == 3, timeout=5000)
    assert dialog.title.text() == "No lesson has been started on this server."
    assert not dialog.stop_button.isEnabled()
    dialog.shipped.setCurrentRow(0)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.steps.topLevelItemCount() == 6, timeout=5000)
    assert "Architecture and rings" in dialog.title.text() and dialog.stop_button.isEnabled()
    sdk = Sdk(fresh_sim.url)
    try:
        for _ in range(80):  # six simulated minutes, stepped
            sdk.step(5)
        qtbot.waitUntil(lambda: states(dialog) == ["Done"] * 6, timeout=10000)
        assert dialog.progress.text() == "Finished (6:00)."
        assert not dialog.stop_button.isEnabled()

        dialog.start_file(str(tmp_path / "missing.toml"))
        qtbot.waitUntil(dialog.problem.isVisible, timeout=5000)
        assert dialog.problem.text().startswith("missing.toml cannot be read")
        broken = tmp_path / "broken.toml"
        broken.write_text("[lesson\n", encoding="utf-8")
        dialog.start_file(str(broken))
        qtbot.waitUntil(lambda: "not a valid TOML file" in dialog.problem.text(), timeout=5000)

        mine = tmp_path / "mine.toml"
        mine.write_text('[lesson]\ntitle = "Mine"\n[[step]]\nat = "1:00"\nsay = "one minute"\n', encoding="utf-8")
        dialog.start_file(str(mine))
        qtbot.waitUntil(lambda: "Mine" in dialog.title.text(), timeout=5000)
        assert dialog.problem.isHidden() and states(dialog) == ["Pending"]
        dialog.stop_button.click()
        qtbot.waitUntil(lambda: dialog.progress.text().startswith("Stopped at"), timeout=5000)
    finally:
        sdk.close()
        dialog.close()
