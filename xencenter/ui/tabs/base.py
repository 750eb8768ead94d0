"""BaseTab: one page of the TabHost, bound to the current selection and re-rendered from the cache.

A tab renders through `track(connection)` Trackers; the refs and classes read then are the only ones whose
changes re-render it. Hidden tabs do not render: they remember they are stale and catch up when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...core.cache import CacheDelta, ObjectCache
from .deps import Tracker

if TYPE_CHECKING:
    from ...core.commands import CommandRegistry, SelectedItem
    from ...core.connection import Connection
    from ...core.manager import ConnectionManager
    from ...core.operations import OperationList


@dataclass(frozen=True)
class TabContext:
    """What every tab may use: the connections, the operations (to start and to list) and the commands."""

    manager: ConnectionManager
    operations: OperationList
    commands: CommandRegistry


class BaseTab(QWidget):
    """Subclasses set KEY, TITLE (a QT_TRANSLATE_NOOP'd source in the "Tabs" context) and implement
    `applies_to` and `populate`.
    """

    KEY: ClassVar[str] = ""
    TITLE: ClassVar[str] = ""

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[SelectedItem] = []
        self._trackers: dict[ObjectCache, Tracker] = {}
        self._bound: list[tuple[Any, Callable[..., None]]] = []
        self._stale = False
        self.renders = 0  # how often render ran (tests check that unrelated batches do not re-render)
        self.setObjectName(f"tab-{self.KEY}")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Tabs", cls.TITLE)

    @classmethod
    def applies_to(cls, items: Sequence[SelectedItem]) -> bool:
        raise NotImplementedError

    # -- selection -----------------------------------------------------------------------------------------

    def set_items(self, items: Sequence[SelectedItem]) -> None:
        self.items = list(items)
        self._bind({item.connection.cache for item in self.items})
        self.refresh()

    @property
    def item(self) -> SelectedItem | None:
        """The single selected item (most tabs show one object)."""
        return self.items[0] if len(self.items) == 1 else None

    def _bind(self, caches: set[ObjectCache]) -> None:
        self.unbind()
        for cache in caches:
            on_batch = self._batch_slot(cache)
            on_reset = self._reset_slot()
            cache.batch_applied.connect(on_batch)
            cache.reset.connect(on_reset)
            self._bound += [(cache.batch_applied, on_batch), (cache.reset, on_reset)]

    def unbind(self) -> None:
        for signal, slot in self._bound:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the cache was destroyed with its connection
                pass
        self._bound = []

    def _batch_slot(self, cache: ObjectCache) -> Callable[[CacheDelta], None]:
        def on_batch(delta: CacheDelta) -> None:
            tracker = self._trackers.get(cache)
            if tracker is None or tracker.deps.touched_by(delta) or self.wants(cache, delta):
                self.refresh_later()

        return on_batch

    def _reset_slot(self) -> Callable[[], None]:
        def on_reset() -> None:
            self.refresh_later()

        return on_reset

    def wants(self, cache: ObjectCache, delta: CacheDelta) -> bool:
        """Extra interest beyond the tracked refs (e.g. new messages about our object); False by default."""
        return False

    # -- rendering -----------------------------------------------------------------------------------------

    def track(self, connection: Connection) -> Tracker:
        """A tracker over `connection`'s cache for this render (one per cache, shared within the render)."""
        cache = connection.cache
        tracker = self._trackers.get(cache)
        if tracker is None:
            tracker = self._trackers[cache] = Tracker(cache)
        return tracker

    def refresh(self) -> None:
        """Render now if shown; otherwise remember to render when shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._trackers = {}
        self.renders += 1
        self.populate()

    def refresh_later(self) -> None:
        # Batches are already coalesced by the connection, so rendering at once is fine.
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def populate(self) -> None:
        raise NotImplementedError
