"""WLB tab (XenCenter's WlbPage) on a pool: whether workload balancing is on and who computes its advice, the
optimisation mode, and the moves it recommends (VM, from, to, why) with Apply Recommendations; Connect and
Disconnect as commands with their reasons.

The recommendations and the configuration are asked of the server in the background (never on the GUI thread)
when the tab renders a pool whose WLB is on, and again on Refresh; the rows show the last answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.asyncutil import spawn
from ...core.commands import SelectedItem
from ...core.errors_text import error_text
from ...core.i18n import LazyText, translate
from ...core.wlb import (
    MAX_DENSITY,
    MAX_PERFORMANCE,
    Recommendation,
    is_active,
    is_builtin,
    is_licensed,
    parse_recommendations,
    reason_text,
)
from ...core.xenapi.errors import XenAPIError
from ..models.rows import Row, RowsModel, cell, columns
from ..widgets.buttons import button_row, make_button
from ..widgets.table import make_table
from .base import BaseTab, TabContext, shows
from .deps import Tracker

COLUMNS = columns("WlbTab", (QT_TRANSLATE_NOOP("WlbTab", "VM"), False), (QT_TRANSLATE_NOOP("WlbTab", "From"), False),
                  (QT_TRANSLATE_NOOP("WlbTab", "To"), False), (QT_TRANSLATE_NOOP("WlbTab", "Reason"), False))
VERBS = ("pool.wlb_connect", "pool.wlb_disconnect", "pool.wlb_apply")


def recommendation_rows(tracker: Tracker, moves: list[Recommendation]) -> list[Row]:
    return [(move.vm, (cell(tracker.name_of("VM", move.vm, move.vm), index),
                       cell(tracker.name_of("host", move.source, "")), cell(tracker.name_of("host", move.target, "")),
                       cell(reason_text(move.reason))))
            for index, move in enumerate(moves)]


class WlbTab(BaseTab):
    KEY = "wlb"
    TITLE = LazyText("Tabs", "WLB")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.TITLE.text())
        self.status = QLabel(self)
        self.status.setObjectName("wlb-status")
        self.status.setAccessibleName(translate("WlbTab", "Workload balancing status"))
        self.status.setWordWrap(True)
        self.mode = QComboBox(self)
        self.mode.setObjectName("wlb-mode")
        self.mode.setAccessibleName(translate("WlbTab", "Optimization mode"))
        for mode in (MAX_PERFORMANCE, MAX_DENSITY):
            self.mode.addItem(self._mode_text(mode), mode)
        self.mode.activated.connect(self._mode_chosen)  # the user's choice only, not our own setCurrentIndex
        self.model = RowsModel(COLUMNS, self)
        self.view = make_table(self.model, "wlb-recommendations",
                               translate("WlbTab", "Optimization recommendations"), self)
        self.raw: dict[str, Any] = {}  # the server's last answer, read against the cache at each render
        self.moves: list[Recommendation] = []
        self.configuration: dict[str, str] = {}
        self._asked: tuple[Any, str, int] | None = None  # (connection, pool, cache generation) last asked
        self.fetching = False
        self._again = False
        self.error = ""  # why the last fetch failed, shown until the next one answers
        self.buttons: dict[str, QPushButton] = {}
        self.refresh_button = make_button(self, "wlb-refresh", translate("WlbTab", "Refresh"),
                                          translate("WlbTab", "Refresh the recommendations"), self.fetch)
        for command_id in VERBS:
            text = context.commands.get(command_id).text.text()
            self.buttons[command_id] = make_button(self, command_id.replace(".", "-").replace("_", "-"), text,
                                                   text.rstrip("."), self._requester(command_id))
        form = QFormLayout()
        form.addRow(translate("WlbTab", "Optimization &mode:"), self.mode)
        context.operations.changed.connect(self._operation_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.refresh_button, *self.buttons.values()))

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        pool = tracker.get("pool", item.ref) or {}
        cache = tracker.cache
        tracker.all_of("VM")  # a recommended VM or host the cache learns of later re-renders the tab
        tracker.all_of("host")
        self.moves = parse_recommendations(self.raw, cache) if is_active(cache) else []
        lines: list[str] = []
        if not is_licensed(cache):
            lines.append(translate("WlbTab", "<b>The pool's edition does not include workload balancing.</b>"))
        elif not pool.get("wlb_url"):
            lines += [translate("WlbTab", "<b>Workload balancing is not connected.</b>"),
                      translate("WlbTab", "Connect to the simulator's built-in engine to get star ratings in the "
                                          "Start On and Migrate menus and recommendations to balance the pool. "
                                          "Configuring an external WLB appliance is not available yet.")]
        else:
            if is_builtin(cache):
                lines.append(translate("WlbTab", "<b>Workload balancing advice computed by the simulator</b> "
                                                 "(its built-in engine, not a WLB appliance)."))
            else:
                lines.append(translate("WlbTab", "Workload balancing server: {0}").format(pool.get("wlb_url")))
            lines.append(translate("WlbTab", "Workload balancing is on.") if pool.get("wlb_enabled") else
                         translate("WlbTab", "<b>Workload balancing is paused</b> (connected but not enabled)."))
        if self.configuration and is_active(cache):
            mode = self.configuration.get("OptimizationMode", "")
            lines.append(translate("WlbTab", "Optimization mode: {0}").format(self._mode_text(mode)))
            if self.mode.findData(mode) >= 0:
                self.mode.setCurrentIndex(self.mode.findData(mode))
        if self.error and is_active(cache):
            lines.append(translate("WlbTab", "Workload balancing could not be asked: {0}").format(self.error))
        elif is_active(cache) and not self.moves and not self.fetching and self._asked is not None:
            lines.append(translate("WlbTab", "No recommendations: the pool is balanced."))
        self.status.setText("<br>".join(lines))
        self.model.set_rows(recommendation_rows(tracker, self.moves) if is_active(cache) else [])
        if is_active(cache) and (self._asked is None or self._asked[:2] != (item.connection, item.ref)
                                 or self._asked[2] != cache.generation) and not self.fetching:
            self.fetch()
        self.update_buttons()

    @staticmethod
    def _mode_text(mode: str) -> str:
        if mode == MAX_PERFORMANCE:
            return translate("WlbTab", "Maximize performance")
        if mode == MAX_DENSITY:
            return translate("WlbTab", "Maximize density")
        return mode

    def show_nothing(self) -> None:
        self.status.setText("")
        self.raw, self.moves = {}, []
        self.model.set_rows([])
        self.update_buttons()

    def fetch(self) -> None:
        """Ask the server for the recommendations and the configuration, in the background."""
        item = self.item
        if self.fetching:
            self._again = True  # asked while an answer is on its way: ask once more when it arrives
            return
        if item is None or not is_active(item.connection.cache):
            return
        self.fetching = True
        self._asked = (item.connection, item.ref, item.connection.cache.generation)
        spawn(self._fetch(item), name="wlb recommendations", owner=self)

    async def _fetch(self, item: SelectedItem) -> None:
        client = item.connection.client
        raw: dict[str, Any] = {}
        configuration: dict[str, str] = {}
        try:
            if client is not None:
                raw = dict(await client.call("pool.retrieve_wlb_recommendations") or {})
                configuration = {str(k): str(v) for k, v in
                                 dict(await client.call("pool.retrieve_wlb_configuration") or {}).items()}
            error = ""
        except XenAPIError as exc:
            error = error_text(exc, item.connection.cache)
        finally:
            self.fetching = False
        if self.item != item:
            self._again = False  # the new selection's render asks for its own
            return
        self.raw, self.configuration, self.error = raw, configuration, error
        self._asked = (item.connection, item.ref, item.connection.cache.generation)
        self.refresh()
        if self._again:
            self._again = False
            self.fetch()

    def reason(self, command_id: str) -> str | None:
        item = self.item
        argument = list(self.moves) if command_id == "pool.wlb_apply" else None
        return self.context.commands.reason(command_id, [item] if item is not None else [], argument)

    def update_buttons(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.reason(command_id)
            button.setEnabled(reason is None)
            button.setToolTip(reason or button.text().replace("&", ""))
        item = self.item
        self.refresh_button.setEnabled(item is not None and is_active(item.connection.cache))
        configure = self.context.commands.reason("pool.wlb_configure", [item] if item is not None else [])
        self.mode.setEnabled(configure is None and bool(self.configuration))
        self.mode.setToolTip(configure or self.mode.accessibleName())

    def _operation_changed(self, operation: Any) -> None:
        """One of our WLB verbs (or a migration) finished on the shown pool: its advice may have changed."""
        item = self.item
        if item is not None and operation.is_finished and operation.connection is item.connection \
                and item.ref in operation.refs and self.isVisible():
            self.fetch()

    def _mode_chosen(self, index: int) -> None:
        config = {"OptimizationMode": str(self.mode.itemData(index))}
        if self.item is not None and self.context.commands.reason("pool.wlb_configure", [self.item], config) is None:
            self.run_command("pool.wlb_configure", config)

    def _requester(self, command_id: str) -> Callable[[], None]:
        return lambda: self.request(command_id)

    def request(self, command_id: str) -> None:
        if self.reason(command_id) is None:
            self.run_command(command_id, list(self.moves) if command_id == "pool.wlb_apply" else None)
