"""SimulationToolbar: the teacher's hold on a simulator's clock (pause, play at 1x / 10x / 100x, step), its
lessons and the simulated time, shown only while the console is connected to a simulator.

A server is a simulator when its `sim` plugin answers (core.simclock, over the wire). The toolbar acts on the
selected object's server when that is a simulator, else on the first connected simulator. Each button runs a
command of core/commands/simulation.py through CommandActions, with the server's SimulationClock as argument,
and shows the command's reason as its tooltip when it cannot run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from ..core.asyncutil import spawn
from ..core.commands import SelectedItem
from ..core.commands.simulation import TOOLBAR_VERBS
from ..core.connection import Connection
from ..core.i18n import translate
from ..core.manager import ConnectionManager
from ..core.simclock import SimulationClock, any_host, sim_time_text
from ..core.turns import TurnThrottle
from .actions import CommandActions
from .widgets.icons import icon

TICK_MS = 250  # the shown time moves four times a second while the clock runs
POLL_MS = 3000  # and is corrected from the server this often (someone else may step or pause it)


class SimulationToolbar(QToolBar):
    def __init__(self, actions: CommandActions, manager: ConnectionManager, parent: QWidget | None = None) -> None:
        super().__init__(translate("SimulationToolbar", "Simulation"), parent)
        self.setObjectName("simulationToolbar")
        self.setAccessibleName(self.windowTitle())
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # three Play buttons: say which
        self.command_actions = actions
        self.clocks: dict[Connection, SimulationClock] = {}
        self.selection: list[SelectedItem] = []
        self.buttons: dict[str, QAction] = {}
        self._slots: dict[Connection, Callable[[object], None]] = {}
        self.update_state = TurnThrottle(self._update, self)
        for verb in TOOLBAR_VERBS:
            action = QAction(icon(verb.icon), verb.text.text(), self)
            action.setObjectName(f"action_{verb.id.replace('.', '_')}")
            if verb.shortcut:  # here, not on CommandActions' copy: only an action in the window has its keys
                action.setShortcut(QKeySequence(verb.shortcut))
            action.triggered.connect(lambda _=False, cid=verb.id: self.trigger(cid))
            self.addAction(action)
            button = self.widgetForAction(action)
            button.setObjectName(f"button_{verb.id.replace('.', '_')}")
            button.setAccessibleName(verb.text.text())
            self.buttons[verb.id] = action
        self.addSeparator()
        self.time_label = QLabel(self)
        self.time_label.setObjectName("simTime")
        self.time_label.setAccessibleName(translate("SimulationToolbar", "Simulated time"))
        self.addWidget(self.time_label)
        self.problem = QLabel(self)
        self.problem.setObjectName("simProblem")
        self.problem.setAccessibleName(translate("SimulationToolbar", "Simulation problem"))
        self.problem.setStyleSheet("color: #b00020")
        self.addWidget(self.problem)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._show_time)
        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self._poll_target)
        manager.added.connect(self._watch)
        manager.removed.connect(self._unwatch)
        for connection in manager.connections():
            self._watch(connection)
        self.setVisible(False)
        self._update()

    # -- which simulator ---------------------------------------------------------------------------------

    def set_selection(self, items: list[SelectedItem]) -> None:
        self.selection = list(items)
        self.update_state()

    def target(self) -> SimulationClock | None:
        """The clock the buttons act on: the selection's server if it is a simulator, else the first one."""
        for item in self.selection[:1]:
            clock = self.clocks.get(item.connection)
            if clock is not None and clock.is_simulator and item.connection.is_connected:
                return clock
        return next((c for c in self.clocks.values() if c.is_simulator and c.connection.is_connected), None)

    def _watch(self, connection: Connection) -> None:
        clock = SimulationClock(connection, self)
        clock.changed.connect(self.update_state.request)
        self.clocks[connection] = clock
        slot = self._state_slot(clock)
        connection.state_changed.connect(slot)
        self._slots[connection] = slot
        self._probe(clock)

    def _state_slot(self, clock: SimulationClock) -> Callable[[object], None]:
        def on_state(_: object) -> None:
            self._probe(clock)
            self.update_state()

        return on_state

    def _unwatch(self, connection: Connection) -> None:
        clock = self.clocks.pop(connection, None)
        slot = self._slots.pop(connection, None)
        if slot is not None:
            connection.state_changed.disconnect(slot)
        if clock is not None:
            clock.deleteLater()
        self.update_state()

    def _probe(self, clock: SimulationClock) -> None:
        if clock.connection.is_connected and clock.is_simulator is None and any_host(clock.connection):
            spawn(clock.poll(), name="sim.probe", owner=self)

    def _poll_target(self) -> None:
        clock = self.target()
        if clock is not None:
            spawn(clock.poll(), name="sim.poll", owner=self)

    # -- buttons -----------------------------------------------------------------------------------------

    def _item(self, clock: SimulationClock) -> list[SelectedItem]:
        return [SelectedItem(clock.connection, "host", any_host(clock.connection) or "")]

    def trigger(self, command_id: str) -> None:
        clock = self.target()
        if clock is not None:
            self.command_actions.trigger(command_id, argument=clock, selection=self._item(clock))

    def _update(self) -> None:
        for each in self.clocks.values():
            self._probe(each)  # a connection's cache may have filled since it connected
        clock = self.target()
        self.setVisible(clock is not None)
        registry = self.command_actions.registry
        for command_id, action in self.buttons.items():
            reason = registry.reason(command_id, self._item(clock) if clock else [], clock)
            action.setEnabled(reason is None)
            action.setToolTip(action.text() if reason is None else reason)
            self.widgetForAction(action).setAccessibleDescription(action.toolTip())
        self.problem.setText(clock.error if clock is not None else "")
        self.problem.setVisible(bool(self.problem.text()))
        if clock is None:
            self.ticker.stop()
            self.poller.stop()
            return
        if not self.poller.isActive():
            self.poller.start()
        if clock.running:
            self.ticker.start()
        else:
            self.ticker.stop()
        self._show_time()

    def _show_time(self) -> None:
        clock = self.target()
        if clock is None:
            return
        if clock.running:
            state = translate("SimulationToolbar", "running at {0}x").format(f"{clock.speed:g}")
        else:
            state = translate("SimulationToolbar", "paused")
        self.time_label.setText(translate("SimulationToolbar", "Simulated time: {0} ({1})").format(
            sim_time_text(clock.now()), state))
        self.time_label.setAccessibleDescription(self.time_label.text())
