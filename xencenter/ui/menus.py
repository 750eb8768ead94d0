"""Menus, toolbar and context menus, all made of the CommandActions' QActions (nothing else runs commands).

The toolbar shows each verb once: its Start, Shut Down and Reboot are VerbActions (ui/verbs.py) that run the VM or
the host command by what is selected; the menus keep the separate VM and Server entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from ..core.commands import ChoosesArgument, SelectedItem
from ..core.i18n import translate
from .actions import CommandActions
from .widgets.icons import icon

SERVER_MENU = ("connection.add", None, "connection.reconnect", "connection.disconnect", "connection.remove", None,
               "host.reboot", "host.shutdown", "host.power_on", None, "host.enter_maintenance",
               "host.exit_maintenance")
POOL_MENU = ("connection.add", None, "connection.reconnect", "connection.disconnect", "connection.remove")
VM_MENU = ("vm.start", "vm.start_on", "vm.shutdown", "vm.reboot", "vm.suspend", "vm.resume", "vm.pause",
           "vm.unpause", None, "vm.force_shutdown", "vm.force_reboot", None, "vm.copy", "vm.convert_to_template",
           None, "vm.delete")
TOOLBAR = ("connection.add", None, "verb.start", "verb.shutdown", "verb.reboot", "vm.suspend", "vm.resume",
           None, "host.enter_maintenance")

# Folders, tags and custom fields: every organisable object's context menu ends with them.
ORGANISE = (None, "organise.move_to_folder", "organise.remove_from_folder", "organise.new_folder", None,
            "organise.edit_tags", "organise.edit_custom_fields")

# Context menus by the kind of the (first) selected object, as XenCenter's ContextMenuBuilder picks by shape.
CONTEXT = {
    "VM": VM_MENU + ORGANISE,
    "host": ("host.reboot", "host.shutdown", "host.power_on", None, "host.enter_maintenance",
             "host.exit_maintenance", None, "connection.disconnect", *ORGANISE),
    "pool": ("connection.reconnect", "connection.disconnect", "connection.remove", *ORGANISE),
    "SR": ORGANISE[1:], "network": ORGANISE[1:], "VDI": ORGANISE[1:],
    "connection": ("connection.reconnect", "connection.disconnect", "connection.remove"),
    "": ("connection.add",),
}


class ActionSource(Protocol):
    def __getitem__(self, action_id: str) -> QAction: ...


def fill(menu: QMenu | QToolBar, actions: ActionSource, ids: Sequence[str | None]) -> None:
    for command_id in ids:
        if command_id is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[command_id])


class ChoiceMenu(QMenu):
    """A command's argument picked from a submenu (Start on Server; later Resume On, Migrate): one entry per
    choice the command offers for the first selected item (ChoosesArgument), disabled with its reason."""

    def __init__(self, actions: CommandActions, command_id: str, name: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setToolTipsVisible(True)
        self._actions = actions
        self._command_id = command_id
        self.aboutToShow.connect(self._populate)

    def _populate(self) -> None:
        self.clear()
        command = self._actions.registry.get(self._command_id)
        selection = self._actions.selection
        if not isinstance(command, ChoosesArgument) or not selection:
            return
        runnable = self._actions.registry.reason(self._command_id, selection) is None
        for argument, name, reason in command.choices(selection[0]):
            entry = QAction(icon("host"), name, self)
            entry.setEnabled(reason is None and runnable)
            entry.setToolTip(reason or name)
            entry.triggered.connect(lambda _=False, arg=argument: self._actions.trigger(self._command_id, arg))
            self.addAction(entry)


def start_on_menu(actions: CommandActions, parent: QWidget | None = None) -> ChoiceMenu:
    return ChoiceMenu(actions, "vm.start_on", "startOnMenu", translate("MainWindow", "Start on Server"), parent)


def context_menu(actions: CommandActions, selection: Sequence[SelectedItem], parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("treeContextMenu")
    menu.setToolTipsVisible(True)
    kind = selection[0].cls if selection else ""
    fill(menu, actions, CONTEXT.get(kind, CONTEXT[""]))
    return menu
