"""The License Manager on a simulator: servers and their editions, the course's matrix, and an edition assigned to
the pool; the verbs of a feature the edition lacks are then greyed out with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import Parts, Sdk, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.operation import OperationState
from xencenter.ui.dialogs.license import LicenseDialog

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def license_window() -> LicenseDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, LicenseDialog) and w.isVisible()), None)


def test_assign_an_edition_and_see_its_limits(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        pool = sdk.x.pool.get_all()[0]
        parts.window.controller.refresh.flush()
        assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{pool}")
        actions = parts.window.command_actions
        actions.update.flush()
        assert actions["pool.configure_ha"].isEnabled()
        actions["pool.license"].trigger()
        qtbot.waitUntil(lambda: license_window() is not None, timeout=5000)
        dialog = license_window()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.features.rowCount() > 20, timeout=5000)
        assert dialog.hosts.rowCount() == 3 and dialog.hosts.item(0, 1).text() == "XCP-ng"
        assert dialog.features.horizontalHeaderItem(0).text() == "Xen Cloud Platform"
        before = len(parts.window.operations)
        dialog.edition.setCurrentIndex(dialog.edition.findData("free"))
        dialog.apply.click()
        qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
        operation = parts.window.operations.operations()[-1]
        drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
        assert operation.state == OperationState.SUCCEEDED, operation.error
        assert sdk.x.pool.get_restrictions(pool)["restrict_ha"] == "true"
        qtbot.waitUntil(lambda: dialog.hosts.item(0, 1).text() == "XenServer Free", timeout=5000)
        actions.update.flush()
        qtbot.waitUntil(lambda: not actions["pool.configure_ha"].isEnabled(), timeout=5000)
        assert actions["pool.configure_ha"].toolTip() == ("The pool's edition (XenServer Free) does not include high "
                                                          "availability.")
        dialog.close()
    finally:
        sdk.close()
