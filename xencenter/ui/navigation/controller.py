"""TreeController: keeps a ResourceTreeModel equal to the chosen navigation view of every connection.

Cache batches that touch what the views show (`navigation.affects_views`), cache resets and connection state
changes only mark the tree stale; it is rebuilt (pure function) and diffed into the model once per event-loop turn.

Signals:
    about_to_apply(): the model is about to change (views remember their selection by key).
    applied(): the model has just been brought up to date.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core import navigation
from ...core.cache import CacheDelta
from ...core.connection import Connection
from ...core.manager import ConnectionManager
from ...core.turns import TurnThrottle
from ..widgets.icons import icon
from .folder_drop import OrganiseTreeModel


class TreeController(QObject):
    about_to_apply = Signal()
    applied = Signal()

    def __init__(self, manager: ConnectionManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.model = OrganiseTreeModel(icon, self)
        self.view = navigation.INFRASTRUCTURE
        self.options = navigation.ViewOptions()
        self._keys: dict[Connection, str] = {}
        self._by_key: dict[str, Connection] = {}
        self._slots: dict[Connection, list[tuple[Any, Any]]] = {}
        self._counter = itertools.count(1)
        # Building the tree's spec and applying it to the model are two turns of the event loop (each tens of ms on
        # a big pool): input and painting get in between. flush() does both at once.
        self._apply_turn = TurnThrottle(self._apply_pending, self)
        self.refresh = TwoTurnRefresh(self._rebuild, self._apply_turn, self)
        self._pending: tuple[navigation.Node, ...] | None = None
        manager.added.connect(self._on_added)
        manager.removed.connect(self._on_removed)
        for connection in manager.connections():
            self._on_added(connection)
        self.refresh.flush()

    def connection(self, key: str) -> Connection | None:
        return self._by_key.get(key)

    def key_of(self, connection: Connection) -> str | None:
        return self._keys.get(connection)

    def set_view(self, view: str) -> None:
        if view != self.view:
            self.view = view
            self.refresh()

    def set_options(self, options: navigation.ViewOptions) -> None:
        if options != self.options:
            self.options = options
            self.refresh()

    def _on_added(self, connection: Connection) -> None:
        if connection in self._keys:
            return
        key = f"c{next(self._counter)}"
        self._keys[connection] = key
        self._by_key[key] = connection
        request = self.refresh.request
        slots = [(connection.state_changed, request), (connection.cache.batch_applied, self._on_batch),
                 (connection.cache.reset, request)]
        for signal, slot in slots:
            signal.connect(slot)
        self._slots[connection] = slots
        self.refresh()

    def _on_batch(self, delta: CacheDelta) -> None:
        if navigation.affects_views(delta):  # most batches (tasks, metrics, operations) change no tree row
            self.refresh.request()

    def _on_removed(self, connection: Connection) -> None:
        key = self._keys.pop(connection, None)
        if key is None:
            return
        del self._by_key[key]
        for signal, slot in self._slots.pop(connection, []):
            signal.disconnect(slot)
        self.refresh()

    def views(self) -> list[navigation.ConnectionView]:
        return [navigation.ConnectionView(self._keys[c], c.display_name, c.state.value, c.cache, c.last_error)
                for c in self.manager.connections() if c in self._keys]

    def _rebuild(self) -> None:
        """The spec from the caches now; applied in the next turn (a newer spec replaces one not yet applied)."""
        self._pending = navigation.build(self.view, self.views(), self.options)
        self._apply_turn.request()

    def _apply_pending(self) -> None:
        spec, self._pending = self._pending, None
        if spec is None:
            return
        self.about_to_apply.emit()
        self.model.apply(spec)
        self.applied.emit()


class TwoTurnRefresh(TurnThrottle):
    """The tree's refresh: the build throttled to a turn, its apply in the turn after; flush() runs both now."""

    def __init__(self, build: Callable[[], None], then: TurnThrottle, parent: QObject | None = None) -> None:
        super().__init__(build, parent)
        self._then = then

    def flush(self) -> None:
        super().flush()
        self._then.flush()
