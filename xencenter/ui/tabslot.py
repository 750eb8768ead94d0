"""The right-hand side: the tabs engineer's TabHost when it is installed, else a label saying so."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.commands import CommandRegistry, SelectedItem
from ..core.i18n import translate
from ..core.manager import ConnectionManager
from ..core.operations import OperationList

log = logging.getLogger("xencenter.ui")


class TabSlot(QWidget):
    def __init__(self, manager: ConnectionManager, operations: OperationList, commands: CommandRegistry,
                 parent: QWidget | None = None, run_command: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabSlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.host: QWidget | None = None
        try:
            module = importlib.import_module("xencenter.ui.tabs.host")
            self.host = module.TabHost(manager, operations, commands, self, run_command=run_command)
        except ImportError as exc:  # not delivered yet: say so instead of failing
            log.info("tabs are not available: %s", exc)
        except Exception:  # a half-finished tab must not take the whole console down
            log.exception("the object tabs failed to load")
        if self.host is None:
            label = QLabel(translate("TabSlot", "The object tabs are not available in this build."), self)
            label.setObjectName("tabsPlaceholder")
            label.setAccessibleName(label.text())
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        else:
            layout.addWidget(self.host)

    def set_selection(self, items: list[SelectedItem]) -> None:
        if self.host is not None:
            self.host.set_selection(items)  # type: ignore[attr-defined]
