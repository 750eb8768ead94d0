"""Toolbar verbs: one button per verb (Start, Shut Down, Reboot) that acts on whatever is selected.

XenCenter's toolbar has a single Shut Down button that shuts down the selected VMs or the selected servers; the
menus keep the separate VM and Server commands. A verb picks its command by the class of the selection (all VMs:
the VM command; all servers: the host command), runs it through CommandActions (so confirmations and the
registry's checks apply as for the menus) and shows that command's enablement, with its disabled reason as the
tooltip. Verbs are re-evaluated whenever CommandActions are (`CommandActions.updated`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..core.commands import SelectedItem
from ..core.i18n import translate
from .actions import CommandActions
from .widgets.icons import icon


@dataclass(frozen=True, kw_only=True)
class ToolbarVerb:
    """Declared like a command's Verb: an id and, per selected class, the command it runs."""

    id: str
    commands: tuple[tuple[str, str], ...]  # (selected class, command id); the first gives text, icon and default


VERBS = (
    ToolbarVerb(id="verb.start", commands=(("VM", "vm.start"), ("host", "host.power_on"))),
    ToolbarVerb(id="verb.shutdown", commands=(("VM", "vm.shutdown"), ("host", "host.shutdown"))),
    ToolbarVerb(id="verb.reboot", commands=(("VM", "vm.reboot"), ("host", "host.reboot"))),
)


class VerbActions(QObject):
    """One QAction per verb; `self[id]` also gives the plain command actions (toolbars mix both)."""

    def __init__(self, commands: CommandActions, verbs: Sequence[ToolbarVerb] = VERBS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commands = commands
        self.verbs = {verb.id: verb for verb in verbs}
        self.actions: dict[str, QAction] = {}
        for verb in verbs:
            command = commands.registry.get(verb.commands[0][1])
            action = QAction(icon(command.icon), command.text.text(), self)
            action.setObjectName(f"action_{verb.id.replace('.', '_')}")
            action.triggered.connect(lambda _=False, vid=verb.id: self.trigger(vid))
            self.actions[verb.id] = action
        commands.updated.connect(self._update)
        self._update()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id] if action_id in self.actions else self.commands[action_id]

    def target(self, verb_id: str, selection: Sequence[SelectedItem] | None = None) -> tuple[str, str | None]:
        """The command the verb runs on `selection` (default: the current one) and why it cannot, or None."""
        verb = self.verbs[verb_id]
        items = list(self.commands.selection if selection is None else selection)
        by_class = dict(verb.commands)
        default = verb.commands[0][1]
        classes = {item.cls for item in items}
        if len(by_class) == 1 or not items:
            return default, self.commands.registry.reason(default, items)
        if len(classes) == 1 and (cls := next(iter(classes))) in by_class:
            command_id = by_class[cls]
            return command_id, self.commands.registry.reason(command_id, items)
        if classes <= by_class.keys():
            return default, translate("Toolbar", "Select only virtual machines or only servers.")
        return default, translate("Toolbar", "Select one or more virtual machines or servers.")

    def trigger(self, verb_id: str) -> asyncio.Task[bool] | None:
        """Run the verb's command on the current selection; None when it cannot run now."""
        command_id, reason = self.target(verb_id)
        if reason is not None:
            self.commands.update()
            return None
        return self.commands.trigger(command_id)

    def _update(self) -> None:
        for verb_id, action in self.actions.items():
            command_id, reason = self.target(verb_id)
            action.setEnabled(reason is None)
            action.setToolTip(self.commands.registry.get(command_id).text.text() if reason is None else reason)
            action.setStatusTip(action.toolTip())
