"""CommandRegistry: every command by id; the single entry point menus, shortcuts and tests go through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..confirmations import Confirmations
from .base import Command, CommandContext, Selection
from .bond import bond_commands
from .connection import connection_commands
from .dr import dr_commands
from .ha import ha_commands
from .host import host_commands
from .host_failure import host_failure_commands
from .host_power import host_power_commands
from .intellicache import intellicache_commands
from .license import license_commands
from .network import network_commands
from .organise import organise_commands
from .pool_admin import pool_admin_commands
from .simulation import simulation_commands
from .snapshot import snapshot_commands
from .storage import storage_commands
from .users import users_commands
from .vapp import vapp_commands
from .vm import vm_commands
from .vm_delete import delete_commands
from .vmss import vmss_commands
from .wizard import wizard_commands
from .wlb import wlb_commands
from .xva import xva_commands


class CommandUnavailable(Exception):
    """The command cannot run on this selection; `reason` is the translated sentence."""

    def __init__(self, command_id: str, reason: str) -> None:
        self.command_id = command_id
        self.reason = reason
        super().__init__(f"{command_id}: {reason}")


class CommandRegistry:
    def __init__(self, commands: list[Command] | None = None) -> None:
        self._commands: dict[str, Command] = {}
        for command in commands if commands is not None else default_commands():
            self.register(command)

    def register(self, command: Command) -> None:
        if not command.id or command.id in self._commands:
            raise ValueError(f"command id {command.id!r} is empty or already registered")
        self._commands[command.id] = command

    def get(self, command_id: str) -> Command:
        try:
            return self._commands[command_id]
        except KeyError:
            raise KeyError(f"no command {command_id!r}") from None

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __len__(self) -> int:
        return len(self._commands)

    def reason(self, command_id: str, selection: Selection, argument: Any = None) -> str | None:
        """None when the command can run on `selection`, else why not."""
        return self.get(command_id).can_execute(selection, argument)

    async def run(self, command_id: str, context: CommandContext) -> bool:
        """Check, confirm (when the command asks for it) and run; False when the user declined.

        Raises CommandUnavailable when the command cannot run on the context's selection.
        """
        command = self.get(command_id)
        reason = command.can_execute(context.selection, context.argument)
        if reason is not None:
            raise CommandUnavailable(command_id, reason)
        if command.confirmation is not None and not await self._confirmed(command, context):
            return False
        await command.run(context)
        return True

    @staticmethod
    async def _confirmed(command: Command, context: CommandContext) -> bool:
        title = QCoreApplication.translate("Commands", "Confirm {0}").format(command.text.text().rstrip("."))
        text = command.confirmation_text(context.selection)
        if command.verb.ask_option is None:
            return await context.ui.confirm(title, text)
        confirmations = Confirmations(context.manager.settings if context.manager is not None else None)
        if not confirmations.asks(command.id):
            return True
        answer, opt_out = await context.ui.confirm_or_opt_out(title, text)
        if answer and opt_out:  # a "No" never turns the question off: the verb would then run unasked
            confirmations.set_asks(command.id, False)
        return answer


def default_commands() -> list[Command]:
    return [
        *vm_commands(), *delete_commands(), *snapshot_commands(), *wizard_commands(), *host_commands(),
        *connection_commands(), *organise_commands(), *users_commands(), *simulation_commands(), *ha_commands(),
        *host_failure_commands(), *xva_commands(), *license_commands(), *storage_commands(),
        *pool_admin_commands(), *bond_commands(), *host_power_commands(),
        *network_commands(), *vmss_commands(), *intellicache_commands(), *dr_commands(), *wlb_commands(),
        *vapp_commands()]
