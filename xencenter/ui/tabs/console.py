"""Console tab (VMs and hosts): the guest's screen, or dom0's for a host, over the CONNECT tunnel.

The tab follows the selected VM's rfb console through a ConsoleSession (which reconnects by itself when the
console object changes: reboot, migration). When the VM is shut down, suspended or paused, an overlay says so,
with the button that starts, resumes or unpauses it through the same commands as the menus (the window's
CommandActions, `TabContext.run_command`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.connection import Connection
from ...core.i18n import LazyText, translate
from ...core.objects import VM, Host
from ...core.rfb.errors import (
    CertificateMismatch,
    ConsoleError,
    ConsoleUnreachable,
    HandshakeFailed,
    StreamBroken,
    TunnelRefused,
)
from ...core.rfb.session import ConsoleSession, ConsoleState, control_domain
from ..widgets.buttons import make_button
from .applies import live_host
from .base import BaseTab, TabContext, shows
from .console_panel import ConsolePanel
from .console_windows import ConsoleWindow
from .deps import Tracker

log = logging.getLogger("xencenter.ui")

# Power state -> (message, button, command id): the overlay XenCenter shows over a console that cannot run.
OVERLAYS = {
    "Halted": (LazyText("ConsoleTab", "This VM is shut down."), LazyText("ConsoleTab", "Start"), "vm.start"),
    "Suspended": (LazyText("ConsoleTab", "This VM is suspended."), LazyText("ConsoleTab", "Resume"), "vm.resume"),
    "Paused": (LazyText("ConsoleTab", "This VM is paused."), LazyText("ConsoleTab", "Unpause"), "vm.unpause"),
}


def failure_sentence(error: ConsoleError | None) -> str:
    """Why the console is not showing, in the user's language."""
    if isinstance(error, TunnelRefused):
        if error.status in (401, 403):
            return translate("ConsoleTab", "The server refused the console to this session.")
        if error.status == 404:
            return translate("ConsoleTab", "The server does not know this console.")
        if error.status == 409:
            return translate("ConsoleTab", "The VM is not running there any more.")
        if error.status == 503:
            return translate("ConsoleTab", "The server allows no more console sessions.")
        return translate("ConsoleTab", "The server refused the console (HTTP {0}).").format(error.status)
    if isinstance(error, CertificateMismatch):
        return translate("ConsoleTab", "The console server's certificate is not the one you trusted.")
    if isinstance(error, HandshakeFailed):
        return translate("ConsoleTab", "The console server speaks no VNC protocol version this console knows.")
    if isinstance(error, StreamBroken):
        return translate("ConsoleTab", "The console server sent data that cannot be shown.")
    if isinstance(error, ConsoleUnreachable):
        return translate("ConsoleTab", "The console server cannot be reached.")
    return translate("ConsoleTab", "The console closed.")


def real_vm(item: SelectedItem) -> bool:
    vm = VM.lookup(item.connection.cache, item.ref)
    return vm is not None and vm.is_real_vm


class ConsoleTab(BaseTab):
    KEY = "console"
    TITLE = LazyText("Tabs", "Console")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.title())
        self.session = ConsoleSession(self)
        self.panel = ConsolePanel(self.session, self.toggle_dock, self)
        self.undocked_note = QLabel(translate("ConsoleTab", "The console is in its own window."), self)
        self.undocked_note.setObjectName("console-undocked-note")
        self.dock_back = make_button(self, "console-dock-back", translate("ConsoleTab", "Dock"),
                                     translate("ConsoleTab", "Bring the console back into this tab"),
                                     self.toggle_dock)
        self.undocked_note.setVisible(False)
        self.dock_back.setVisible(False)
        self.undocked: ConsoleWindow | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.undocked_note)
        self.layout_.addWidget(self.dock_back)
        self.layout_.addWidget(self.panel, 1)
        self.power_state = ""  # the shown VM's, as last rendered ("" for a host)
        self._shown: tuple[Connection, str] | None = None  # the selected object whose console is followed
        self._rebinding = False
        self.session.state_changed.connect(self._show_state)

    # -- rendering -----------------------------------------------------------------------------------------

    @shows("VM", when=real_vm)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        vm = tracker.view(VM, item.ref)
        if vm is None:
            self.show_nothing()
            return
        self.power_state = vm.power_state
        for ref in vm.field("consoles") or ():
            tracker.get("console", str(ref))
        self._follow(item, item.ref)

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        host = tracker.view(Host, item.ref)
        dom0 = control_domain(item.connection.cache, item.ref) if host is not None else None
        tracker.all_of("VM")  # a new control domain (host reboot) re-renders
        self.power_state = ""
        if host is None or dom0 is None:
            self.show_nothing()
            return
        self._follow(item, dom0)

    def _follow(self, item: SelectedItem, vm_ref: str) -> None:
        self._shown = (item.connection, item.ref)
        self.session.follow(item.connection, vm_ref)
        self._show_state()

    def show_nothing(self) -> None:
        self._shown = None
        self.session.stop()
        self.power_state = ""
        self.panel.show_message(translate("ConsoleTab", "There is no console to show."))

    def set_items(self, items: Sequence[SelectedItem]) -> None:
        """A new selection: the console of another object closes now (even while the tab is hidden); the same
        object keeps its stream (selections are set again when tree rows move)."""
        self._rebinding = True
        try:
            super().set_items(items)
        finally:
            self._rebinding = False
        item = self.item
        if self._shown is not None and (item is None or (item.connection, item.ref) != self._shown):
            self._shown = None
            self.session.stop()

    def unbind(self) -> None:
        """The tab no longer applies to the selection (the TabHost unbinds it): close the console."""
        super().unbind()
        if not getattr(self, "_rebinding", True):
            self._shown = None
            self.session.stop()

    def _show_state(self) -> None:
        overlay = OVERLAYS.get(self.power_state)
        if overlay is not None:
            message, button, command_id = overlay
            item = self.item
            reason = self.context.commands.reason(command_id, [item]) if item is not None else ""
            if reason is None and self.context.run_command is None:
                reason = translate("ConsoleTab", "Commands run only in the main window.")  # a tab on its own
            # The button follows the VM: xapi takes "start" out of allowed_operations while it starts (re-render).
            self.panel.show_message(message.text(), button.text(), lambda: self.run_command(command_id), reason)
            self.panel.set_status("")
            return
        state = self.session.state
        if state is ConsoleState.CONNECTED:
            self.panel.show_screen()
            self.panel.set_status("")
        elif state is ConsoleState.RETRYING:
            self.panel.show_message(translate("ConsoleTab", "The console is not available. Trying again..."))
            self.panel.set_status(failure_sentence(self.session.error))
        elif state is ConsoleState.NO_CONSOLE and self.power_state:
            self.panel.show_message(translate("ConsoleTab", "Waiting for the VM's console..."))
        elif state is ConsoleState.NO_CONSOLE:
            self.panel.show_message(translate("ConsoleTab", "This server's console is not available."))
        elif state is ConsoleState.CONNECTING:
            self.panel.show_message(translate("ConsoleTab", "Connecting to the console..."))

    # -- verbs ---------------------------------------------------------------------------------------------

    def toggle_dock(self) -> None:
        """Move the console panel into its own window, or back into the tab."""
        if self.undocked is None:
            window = self.undocked = ConsoleWindow(self._window_title(), self)
            window.closing.connect(self._docked_back)
            self.layout_.removeWidget(self.panel)
            window.layout_.addWidget(self.panel)
            self.panel.set_docked(False)
            self.undocked_note.setVisible(True)
            self.dock_back.setVisible(True)
            window.show()
            return
        self.undocked.close()

    def _docked_back(self) -> None:
        window, self.undocked = self.undocked, None
        if window is None:
            return
        window.layout_.removeWidget(self.panel)
        self.panel.setParent(self)
        self.layout_.addWidget(self.panel, 1)
        self.panel.set_docked(True)
        self.panel.show()
        self.undocked_note.setVisible(False)
        self.dock_back.setVisible(False)
        window.deleteLater()

    def _window_title(self) -> str:
        item = self.item
        found = item.connection.cache.resolve(item.ref) if item is not None else None
        name = str(found[1].get("name_label", "")) if found is not None else ""
        return translate("ConsoleTab", "{0} - Console").format(name) if name else translate("ConsoleTab", "Console")
