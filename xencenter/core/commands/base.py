"""Command: one user verb, declared once for menus, toolbars, shortcuts and tests.

`can_execute(selection)` answers None (enabled) or a translated sentence saying why not; each selected item
carries its connection, so the cache is `item.connection.cache`. `run(context)` does the work, normally by
starting Operations, and never blocks. Destructive verbs set `confirmation`; the registry asks through the UI
(for a verb with `ask_option`, only while the user has not ticked "Don't ask me again": core/confirmations.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..rbac import refusal_for

if TYPE_CHECKING:
    from ..connection import Connection
    from ..manager import ConnectionManager
    from ..network_settings import ManagementChoice, NetworkProperties
    from ..operation import Operation
    from ..operations import OperationList
    from ..power_on import PowerOnSettings
    from .dialog_verbs import DialogVerbs
    from .snapshot import RevertAnswer, SnapshotRequest
    from .vm_delete import DeleteAnswer
    from .vmss import PolicyVerbs

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


@dataclass(frozen=True)
class WizardRequest:
    """A wizard to open: its name in the UI's wizard table, the server, the selected item it starts from (a
    template to preselect, a VM to migrate) and where its Finish starts the Operation."""

    wizard: str
    connection: Connection
    item: SelectedItem | None
    operations: OperationList
    connections: tuple[Connection, ...] = ()  # every connected pool (a destination elsewhere: Migrate)
    preset: str = ""  # a choice made already (Migrate: the host a VM was dropped on)
    manager: ConnectionManager | None = None  # the pool wizards forget a server's connection once it joined


class CommandUi(Protocol):
    """What commands may ask of the UI (dialogs opened with open(), awaited; never exec())."""

    async def confirm(self, title: str, text: str) -> bool: ...

    async def confirm_or_opt_out(self, title: str, text: str) -> tuple[bool, bool]:
        """The question with a "Don't ask me again" check box: (the answer, whether the box was ticked)."""
        ...

    async def ask_new_server(self, previous: NewServer | None = None, problem: str = "",
                             offer_url: str = "") -> NewServer | None:
        """The server to add. After a failed attempt: the details typed before, why it failed, and an address to
        offer instead (http where only http answers), which the user may accept with one click."""
        ...

    async def ask_password(self, connection: Connection, reason: str) -> str | None: ...

    async def ask_delete_vm(self, vm: str, connection: Connection) -> DeleteAnswer | None:
        """Which of the VM's disks and snapshots to delete with it (vm_delete.delete_candidates), or None."""
        ...

    async def ask_snapshot(self, vm: str, connection: Connection) -> SnapshotRequest | None:
        """Take Snapshot: name, description, with memory (offered only where xapi allows a checkpoint), or None."""
        ...

    async def ask_snapshot_text(self, ref: str, connection: Connection, purpose: str) -> SnapshotRequest | None:
        """A name and description: for the snapshot `ref` ("properties") or a template made from it ("template")."""
        ...

    async def ask_revert(self, snapshot: str, connection: Connection) -> RevertAnswer | None:
        """Revert To: the warning about losing the current state, with "take a snapshot first"; None to give up."""
        ...

    async def ask_name_description(self, title: str, name: str, description: str) -> tuple[str, str] | None:
        """Properties: the object's new (name, description), or None when the user cancels."""
        ...

    async def ask_power_on(self, host: str, current: PowerOnSettings, secret_set: bool) -> PowerOnSettings | None:
        """Power-On Settings of the server named `host`: the new settings, or None when the user cancels."""
        ...

    async def ask_network_properties(self, network: str, current: NetworkProperties) -> NetworkProperties | None:
        """Network Properties: the new properties, or None when the user cancels."""
        ...

    async def ask_management_interface(self, host: str, nics: list[tuple[str, str]],
                                       current: ManagementChoice) -> ManagementChoice | None:
        """The server's management interface: the NIC (from `nics`, (PIF ref, label)) and its IP, or None."""
        ...

    async def open_wizard(self, request: WizardRequest) -> None:
        """Open the wizard non-modally and return once it shows (its Finish starts the work, not this call)."""
        ...

    async def open_license(self, connection: Connection, operations: OperationList) -> None:
        """Show the License Manager of `connection` (non-modal; one per server)."""
        ...

    async def open_vm_protection(self, connection: Connection, verbs: PolicyVerbs) -> None:
        """Show the VM Protection Policies dialog of `connection` (non-modal; one per server); its buttons run
        `verbs`."""
        ...

    async def open_vapps(self, connection: Connection, verbs: DialogVerbs) -> None:
        """Show the Manage vApps dialog of `connection` (non-modal; one per server); its buttons run `verbs`."""
        ...

    async def open_lessons(self, connection: Connection) -> None:
        """Show the Lessons window of the simulator behind `connection` (non-modal; one per server)."""
        ...


@dataclass
class CommandContext:
    selection: Selection
    operations: OperationList
    ui: CommandUi
    manager: ConnectionManager | None = None
    argument: Any = None  # e.g. the host for "start on server"
    started: list[Operation] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Verb:
    """How a command is declared: its id, how it shows, and what its Operations are called.

    Every command (VM, host, pool, SR, connection, and the verbs wizards open) is one behaviour class built with
    one Verb; texts are LazyText("Commands", "...") so lupdate lists them and the language can change later.
    """

    id: str
    text: LazyText
    icon: str = ""
    shortcut: str = ""
    confirmation: LazyText | None = None  # destructive verbs: the UI asks first ({0} = the selected names)
    # Set for a question the user may stop (Shut Down, Reboot): "Don't ask me again", undone in Options, where
    # this is the check box's label. Verbs without it (Force Shut Down, Delete) always ask.
    ask_option: LazyText | None = None
    title: LazyText | None = None  # the Operation's title ({0} = the object's name)
    needs_argument: bool = False  # chosen in a submenu (Start On, Migrate): the bare action runs nothing
    # The xapi permissions the verb needs ("vm.start"; "{cls}" is the selected object's class): derived from a
    # `method` field when empty (Command.permissions). Verbs that call several methods name theirs here.
    permissions: tuple[str, ...] = ()


class Command:
    """A user verb: `verb` declares it, the class says when it can run (`can_execute`) and what it does (`run`)."""

    def __init__(self, verb: Verb) -> None:
        self.verb = verb

    @property
    def id(self) -> str:
        return self.verb.id

    @property
    def text(self) -> LazyText:
        return self.verb.text

    @property
    def icon(self) -> str:
        return self.verb.icon

    @property
    def shortcut(self) -> str:
        return self.verb.shortcut

    @property
    def confirmation(self) -> LazyText | None:
        return self.verb.confirmation

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        raise NotImplementedError

    def visible(self, selection: Selection) -> bool:
        """Whether menus show the verb at all for this selection (the simulator's verbs hide on a real pool)."""
        return True

    def permissions(self, item: SelectedItem) -> tuple[str, ...]:
        """The permissions the verb needs on `item`: the Verb's own, else its xapi `method`'s; none for verbs
        that only touch the console (connections)."""
        method = str(getattr(self.verb, "method", "") or "")
        names = self.verb.permissions or ((method,) if method else ())
        return tuple(name.format(cls=item.cls).lower() for name in names)

    def role_reason(self, item: SelectedItem) -> str | None:
        """RBAC, before the user tries: the role of the item's session lacks a permission the verb needs."""
        return refusal_for(item.connection.access, self.permissions(item))

    def allowed_item(self, selection: Selection, *, one: str | None = None,
                     empty: str | None = None) -> tuple[SelectedItem | None, str | None]:
        """The first selected item when the selection, its connection and the login's role allow the verb, else
        (None, why not): `empty` (default "Nothing is selected.") for no selection, `one` for more than one item
        (None: the verb looks at the first), the server not connected, then the role, before anything about the
        object itself: a role outranks a state."""
        if not selection:
            return None, empty if empty is not None else nothing_selected()
        if one is not None and len(selection) != 1:
            return None, one
        item = selection[0]
        if not item.connection.is_connected:
            return None, not_connected(item.connection)
        denied = self.role_reason(item)
        return (None, denied) if denied is not None else (item, None)

    def confirmation_text(self, selection: Selection) -> str:
        return self.confirmation.text() if self.confirmation is not None else ""

    async def run(self, context: CommandContext) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<Command {self.id}>"


@runtime_checkable
class ChoosesArgument(Protocol):
    """A command whose argument the user picks from a submenu (Start On, Resume On, Migrate)."""

    id: str

    def choices(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        """(argument, name, why it cannot be chosen or None) for each entry, in menu order: the cache's answer."""
        ...

    async def check_choice(self, item: SelectedItem, argument: str) -> str | None:
        """The server's answer for one entry the cache lets through: None, or the plain sentence why not.
        Raises XenAPIError when the server could not be asked (ChoiceChecks then keeps the cache's answer)."""
        ...


def nothing_selected() -> str:
    return QCoreApplication.translate("Commands", "Nothing is selected.")


def not_connected(connection: Connection) -> str:
    return QCoreApplication.translate("Commands", "Not connected to {0}.").format(connection.display_name)
