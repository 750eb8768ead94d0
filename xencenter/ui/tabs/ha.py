"""HA tab (XenCenter's HAPage) on a pool: whether high availability is on, its heartbeat SR, the failures it tolerates
against what its plan allows, overcommitment, and each VM's restart priority, order and delay; Configure HA... (or
Edit HA) and Disable HA as commands with their reasons. Read from the cache on each render."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.wizard.ha import PRIORITIES, priority_text, statefile_sr
from ..models.rows import Row, RowsModel, cell, columns
from ..widgets.buttons import button_row, make_button
from ..widgets.table import make_table
from .base import BaseTab, TabContext, shows
from .deps import Tracker

COLUMNS = columns("HaTab", (QT_TRANSLATE_NOOP("HaTab", "VM"), False),
                  (QT_TRANSLATE_NOOP("HaTab", "Restart priority"), False),
                  (QT_TRANSLATE_NOOP("HaTab", "Start order"), True), (QT_TRANSLATE_NOOP("HaTab", "Delay (s)"), True),
                  (QT_TRANSLATE_NOOP("HaTab", "Server"), False))
VERBS = ("pool.configure_ha", "pool.disable_ha")


def protection_rows(tracker: Tracker) -> list[Row]:
    rows: list[Row] = []
    for ref, record in tracker.items("VM"):
        if record.get("is_a_template") or record.get("is_a_snapshot") or record.get("is_control_domain"):
            continue
        priority = str(record.get("ha_restart_priority", ""))
        priority = priority if priority in PRIORITIES else PRIORITIES[0]
        server = tracker.name_of("host", record.get("resident_on"), "")
        rows.append((ref, (cell(str(record.get("name_label", ref))),
                           cell(priority_text(priority), PRIORITIES.index(priority)),
                           cell(str(record.get("order", 0)), int(record.get("order", 0) or 0)),
                           cell(str(record.get("start_delay", 0)), int(record.get("start_delay", 0) or 0)),
                           cell(server))))
    return sorted(rows, key=lambda row: (row[1][1].sort, row[1][0].text.casefold()))


class HaTab(BaseTab):
    KEY = "ha"
    TITLE = LazyText("Tabs", "HA")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.TITLE.text())
        self.status = QLabel(self)
        self.status.setObjectName("ha-status")
        self.status.setAccessibleName(translate("HaTab", "High availability status"))
        self.status.setWordWrap(True)
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "ha-protection", translate("HaTab", "Restart priorities of the VMs"), self)
        self.buttons: dict[str, QPushButton] = {}
        for command_id in VERBS:
            text = context.commands.get(command_id).text.text()
            self.buttons[command_id] = make_button(self, command_id.replace(".", "-").replace("_", "-"), text,
                                                   text.rstrip("."), self._requester(command_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(*self.buttons.values()))

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        pool = tracker.get("pool", item.ref) or {}
        if pool.get("ha_enabled"):
            sr = statefile_sr(tracker.cache, dict(pool))
            lines = [translate("HaTab", "<b>High availability is on.</b>"),
                     translate("HaTab", "Heartbeat SR: {0}").format(tracker.name_of("SR", sr, sr) or "?"),
                     translate("HaTab", "Server failures tolerated: {0}; the current plan covers {1}.").format(
                         pool.get("ha_host_failures_to_tolerate", 0), pool.get("ha_plan_exists_for", 0))]
            if pool.get("ha_overcommitted"):
                lines.append(translate("HaTab", "<b>The pool is overcommitted:</b> if servers fail, not every "
                                                "protected VM can be restarted."))
        else:
            lines = [translate("HaTab", "<b>High availability is off.</b>"),
                     translate("HaTab", "When it is on, the VMs with the priority Restart are restarted on another "
                                        "server if theirs fails. Use Configure HA to turn it on.")]
        self.status.setText("<br>".join(lines))
        self.model.set_rows(protection_rows(tracker))
        configure = self.buttons["pool.configure_ha"]
        configure.setText(translate("HaTab", "Edit HA...") if pool.get("ha_enabled") else
                          self.context.commands.get("pool.configure_ha").text.text())
        self.update_buttons()

    def show_nothing(self) -> None:
        self.status.setText("")
        self.model.set_rows([])
        self.update_buttons()

    def reason(self, command_id: str) -> str | None:
        item = self.item
        return self.context.commands.reason(command_id, [item] if item is not None else [])

    def update_buttons(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.reason(command_id)
            button.setEnabled(reason is None)
            button.setToolTip(reason or button.text().replace("&", ""))

    def _requester(self, command_id: str) -> Callable[[], None]:
        return lambda: self.request(command_id)

    def request(self, command_id: str) -> None:
        if self.reason(command_id) is None:
            self.run_command(command_id)
