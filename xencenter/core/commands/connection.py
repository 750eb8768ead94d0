"""Connection verbs: add a server, disconnect, reconnect, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..asyncutil import spawn
from ..connection import Connection, ConnectionState
from ..errors_text import error_text
from ..i18n import LazyText
from ..xenapi.errors import ConnectionLost, XenAPIError
from ..xenapi.probe import as_http, speaks_plain_http
from .base import Command, CommandContext, NewServer, Selection, Verb, nothing_selected

ACTIVE = (ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.RECONNECTING)


def connections_of(selection: Selection) -> list[Connection]:
    """Each selected item's connection, once, in selection order."""
    seen: list[Connection] = []
    for item in selection:
        if item.connection not in seen:
            seen.append(item.connection)
    return seen


class AddServer(Command):
    """Ask, connect, and ask again with the reason until the server is connected or the user gives up.

    A server already in the list and connected is shown instead of added twice; a failed attempt leaves nothing
    behind; https refused by a server that speaks plain http on that port is explained and http offered.
    """

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        return None

    async def run(self, context: CommandContext) -> None:
        manager = context.manager
        if manager is None:
            raise RuntimeError("connection.add needs a ConnectionManager in the context")
        details: NewServer | None = None
        problem = offer = ""
        while True:
            details = await context.ui.ask_new_server(details, problem, offer)
            if details is None:
                return
            problem = offer = ""
            existing = manager.find(details.url, details.user)
            if existing is not None and existing.state in ACTIVE:
                manager.reveal(existing)
                return
            connection = existing or manager.add(details.url, details.user, name=details.name)
            try:
                await connection.open(details.password)
            except (XenAPIError, ValueError) as exc:
                problem = error_text(exc)
                if isinstance(exc, ConnectionLost) and connection.url.startswith("https://") \
                        and await speaks_plain_http(connection.url):
                    offer = as_http(connection.url)
                    problem = QCoreApplication.translate(
                        "Commands", "{0} does not answer https; it speaks only plain http (unencrypted) on this "
                                    "port. Connect with http instead?").format(connection.url[len("https://"):])
                if existing is None:
                    await manager.remove(connection)
                continue
            if details.save_password:
                manager.remember_password(connection, details.password)
            manager.reveal(connection)
            return


async def _open(connection: Connection, password: str) -> None:
    """Connect; a failure is shown through the connection's state and last_error, not raised."""
    try:
        await connection.open(password)
    except XenAPIError:
        pass  # already reported: state failed, last_error set


class Disconnect(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        if any(c.state in ACTIVE for c in connections_of(selection)):
            return None
        return QCoreApplication.translate("Commands", "The server is not connected.")

    async def run(self, context: CommandContext) -> None:
        for connection in connections_of(context.selection):
            if connection.state in ACTIVE:
                await connection.close()


class Reconnect(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        if any(c.state not in ACTIVE for c in connections_of(selection)):
            return None
        return QCoreApplication.translate("Commands", "The server is already connected.")

    async def run(self, context: CommandContext) -> None:
        for connection in connections_of(context.selection):
            if connection.state in ACTIVE:
                continue
            saved = context.manager.saved_password(connection) if context.manager is not None else None
            password = saved if saved is not None else await context.ui.ask_password(
                connection, connection.last_error)
            if password is not None:
                spawn(_open(connection, password), name=f"connect {connection.url}")


class RemoveServer(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        return None if selection else nothing_selected()

    def confirmation_text(self, selection: Selection) -> str:
        names = ", ".join(f"'{c.display_name}'" for c in connections_of(selection))
        return self.confirmation.text().format(names) if self.confirmation is not None else ""

    async def run(self, context: CommandContext) -> None:
        if context.manager is None:
            raise RuntimeError("connection.remove needs a ConnectionManager in the context")
        for connection in connections_of(context.selection):
            await context.manager.remove(connection)


ADD = Verb(id="connection.add", text=LazyText("Commands", "Add Server..."), icon="server-add", shortcut="Ctrl+N")
DISCONNECT = Verb(id="connection.disconnect", text=LazyText("Commands", "Disconnect"), icon="server-disconnect")
RECONNECT = Verb(id="connection.reconnect", text=LazyText("Commands", "Reconnect"), icon="server-connect")
REMOVE = Verb(id="connection.remove", text=LazyText("Commands", "Remove Server"), icon="server-remove",
              confirmation=LazyText("Commands", "Remove {0} from the list? You can add it again later."))


def connection_commands() -> list[Command]:
    return [AddServer(ADD), Disconnect(DISCONNECT), Reconnect(RECONNECT), RemoveServer(REMOVE)]
