"""ConnectionManager: the connections the user has added, persisted (without passwords) across runs.

Signals:
    added(Connection), removed(Connection).
    saving_failed(str): the secret store stopped saving passwords (the reason); emitted once.
    reveal_requested(Connection): a verb wants the user to see this server (e.g. it was added again).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from .connection import Connection, ConnectionState
from .servers import SecretStore, ServerEntry, SettingsBackend, load_servers, save_servers
from .xenapi.urls import normalize_url

log = logging.getLogger("xencenter.net")

ConnectionFactory = Callable[[str, str, str], Connection]


class NoPassword(Exception):
    """Reconnecting needs a password and none is saved (the UI asks)."""


class ConnectionManager(QObject):
    added = Signal(object)
    removed = Signal(object)
    reveal_requested = Signal(object)
    saving_failed = Signal(str)

    def __init__(self, settings: SettingsBackend, secrets: SecretStore, *,
                 factory: ConnectionFactory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.secrets = secrets
        self._factory = factory or (lambda url, user, name: Connection(url, user, name=name))
        self._connections: list[Connection] = []

    def connections(self) -> list[Connection]:
        return list(self._connections)

    def find(self, url: str, user: str) -> Connection | None:
        try:
            wanted = normalize_url(url)
        except ValueError:
            return None
        return next((c for c in self._connections if c.url == wanted and c.user == user), None)

    def restore(self) -> list[Connection]:
        """Create (not connect) the saved connections; call once at start-up."""
        for entry in load_servers(self.settings):
            if self.find(entry.url, entry.user) is None:
                try:
                    self._add(self._factory(entry.url, entry.user, entry.name))
                except ValueError as exc:
                    log.warning("skipping saved server %r: %s", entry.url, exc)
        return self.connections()

    def add(self, url: str, user: str, *, name: str = "", password: str | None = None,
            save_password: bool = False) -> Connection:
        """Add (or return the existing) connection; raises ValueError for a malformed address."""
        existing = self.find(url, user)
        connection = existing or self._factory(url, user, name)
        if existing is None:
            self._add(connection)
            self._save()
        if password is not None and save_password:
            self._save_password(connection.url, user, password)
        return connection

    def _save_password(self, url: str, user: str, password: str) -> None:
        if not self.secrets.can_save:
            return
        self.secrets.set(url, user, password)
        if not self.secrets.can_save:  # it refused just now: say so once, never fall back to plain text
            self.saving_failed.emit(str(getattr(self.secrets, "reason", "")))

    def _add(self, connection: Connection) -> None:
        self._connections.append(connection)
        self.added.emit(connection)

    async def remove(self, connection: Connection, *, url: str = "") -> None:
        """Disconnect, forget the server and its saved password (saved under `url` when given: a server that
        joined a pool may have followed its master's address since)."""
        if connection not in self._connections:
            return
        if connection.state is not ConnectionState.DISCONNECTED:
            await connection.close()
        self._connections.remove(connection)
        self.secrets.delete(url or connection.url, connection.user)
        self._save()
        self.removed.emit(connection)
        connection.deleteLater()

    def reveal(self, connection: Connection) -> None:
        self.reveal_requested.emit(connection)

    def remember_password(self, connection: Connection, password: str) -> None:
        self._save_password(connection.url, connection.user, password)

    def saved_password(self, connection: Connection) -> str | None:
        return self.secrets.get(connection.url, connection.user)

    async def open(self, connection: Connection, password: str | None = None) -> None:
        """Open `connection` with `password` or the saved one; NoPassword when there is neither."""
        secret = password if password is not None else self.saved_password(connection)
        if secret is None:
            raise NoPassword(connection.url)
        await connection.open(secret)

    async def close_all(self) -> None:
        for connection in self._connections:
            if connection.state is not ConnectionState.DISCONNECTED:
                await connection.close()

    def _save(self) -> None:
        save_servers(self.settings, [ServerEntry(c.url, c.user, c.name) for c in self._connections])
