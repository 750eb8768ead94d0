"""Command: one user verb, declared once for menus, toolbars, shortcuts and tests.

`can_execute(selection)` answers None (enabled) or a translated sentence saying why not; each selected item
carries its connection, so the cache is `item.connection.cache`. `run(context)` does the work, normally by
starting Operations, and never blocks. Destructive verbs set `confirmation`; the registry asks through the UI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText

if TYPE_CHECKING:
    from ..connection import Connection
    from ..manager import ConnectionManager
    from ..operation import Operation
    from ..operations import OperationList

CTX = "Commands"
CONNECTION = "connection"  # the class of a selected connection (a server node that is not connected)


@dataclass(frozen=True)
class SelectedItem:
    connection: Connection
    cls: str
    ref: str = ""


Selection = Sequence[SelectedItem]


@dataclass(frozen=True)
class NewServer:
    url: str
    user: str
    password: str
    save_password: bool = False
    name: str = ""


class CommandUi(Protocol):
    """What commands may ask of the UI (dialogs opened with open(), awaited; never exec())."""

    async def confirm(self, title: str, text: str) -> bool: ...

    async def ask_new_server(self) -> NewServer | None: ...

    async def ask_password(self, connection: Connection, reason: str) -> str | None: ...

    async def ask_copy(self, vm: str, connection: Connection) -> tuple[str, str] | None:
        """The new name and target SR ref ("" for a fast clone), or None to give up."""
        ...


@dataclass
class CommandContext:
    selection: Selection
    operations: OperationList
    ui: CommandUi
    manager: ConnectionManager | None = None
    argument: Any = None  # e.g. the host for "start on server"
    started: list[Operation] = field(default_factory=list)


class Command:
    id: str = ""
    text: LazyText = LazyText(CTX, "")
    icon: str = ""
    shortcut: str = ""
    confirmation: LazyText | None = None  # set for verbs the UI must confirm first

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        raise NotImplementedError

    def confirmation_text(self, selection: Selection) -> str:
        return self.confirmation.text() if self.confirmation is not None else ""

    async def run(self, context: CommandContext) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<Command {self.id}>"


def tr(text: str) -> str:
    """Translate in the Commands context (only for literals already listed with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("Commands", text)


def nothing_selected() -> str:
    return QCoreApplication.translate("Commands", "Nothing is selected.")


def not_connected(connection: Connection) -> str:
    return QCoreApplication.translate("Commands", "Not connected to {0}.").format(connection.display_name)
