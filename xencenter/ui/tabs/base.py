"""BaseTab: one page of the TabHost, bound to the current selection and re-rendered from the cache.

A tab declares what it shows: KEY, TITLE and one populate hook per object class, marked `@shows("VM")` (with
`when=` for a finer rule, e.g. live hosts only). The TabHost offers the tab for a single selected object whose
class has a hook (and whose `when` holds); `populate` calls that hook. A tab that lists a whole selection (Search)
overrides `applies_to` and `populate` instead.

A tab renders through `track(connection)` Trackers; the refs and classes read then are the only ones whose
changes re-render it. Hidden tabs do not render: they remember they are stale and catch up when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...core.cache import CacheDelta, ObjectCache
from ...core.commands import SelectedItem
from ...core.i18n import LazyText
from ...core.rrd.fetcher import RrdHub
from ...core.turns import TurnThrottle
from .deps import Tracker

if TYPE_CHECKING:
    from ...core.commands import CommandRegistry
    from ...core.connection import Connection
    from ...core.manager import ConnectionManager
    from ...core.operations import OperationList

When = Callable[[SelectedItem], bool]
F = TypeVar("F", bound=Callable[..., None])


@dataclass(frozen=True)
class Hook:
    """A tab's populate hook for one object class: the method's name and the finer rule, if any."""

    method: str
    when: When | None = None

    def accepts(self, item: SelectedItem) -> bool:
        return self.when is None or self.when(item)


def shows(*classes: str, when: When | None = None) -> Callable[[F], F]:
    """Declare the decorated method `(self, tracker, item)` as the tab's populate hook for these classes."""

    def mark(method: F) -> F:
        marks = getattr(method, "_tab_shows", ())
        method._tab_shows = (*marks, *((cls, when) for cls in classes))  # type: ignore[attr-defined]
        return method

    return mark


@dataclass(frozen=True)
class TabContext:
    """What every tab may use: the connections, the operations (to start and to list) and the commands; a
    command is run on the current selection through `run_command(command id)` (the window's CommandActions, so
    its checks, questions and dialogs apply as from the menus; None when the tabs stand alone); and the
    performance data of each connection (one RRD fetcher per connection, shared by the tabs)."""

    manager: ConnectionManager
    operations: OperationList
    commands: CommandRegistry
    run_command: Callable[..., object] | None = None  # (command id, argument=None), as CommandActions.trigger
    rrd: RrdHub = field(default_factory=RrdHub)


class BaseTab(QWidget):
    """Subclasses set KEY (also the object name, "tab-KEY"), TITLE (LazyText in the "Tabs" context) and mark their
    populate hooks with `@shows`; `show_nothing` renders a selection the tab has no hook for."""

    KEY: ClassVar[str] = ""
    TITLE: ClassVar[LazyText]

    def run_command(self, command_id: str, argument: Any = None,
                    selection: list[SelectedItem] | None = None) -> None:
        """Run a verb on the shown selection as the menus would (a button in the page); nothing without a window.
        `argument` is what the page chose for it (the Users tab's subjects); `selection` the objects chosen in the
        page instead of the shown one (the Snapshots tab's snapshots)."""
        if self.context.run_command is not None:
            if selection is None:
                self.context.run_command(command_id, argument)
            else:
                self.context.run_command(command_id, argument, selection)
    HOOKS: ClassVar[dict[str, Hook]] = {}  # object class -> hook, collected from the @shows marks

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        hooks = dict(cls.HOOKS)
        for name, member in vars(cls).items():
            for object_class, when in getattr(member, "_tab_shows", ()):
                hooks[object_class] = Hook(name, when)
        cls.HOOKS = hooks

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[SelectedItem] = []
        self._trackers: dict[ObjectCache, Tracker] = {}
        self._bound: list[tuple[Any, Callable[..., None]]] = []
        self._stale = False
        self.renders = 0  # how often render ran (tests check that unrelated batches do not re-render)
        # A batch's re-render waits for the GUI thread's turn queue: on a big host it costs tens of ms, which must
        # not add to the batch's own (the cache, the tree, the Events pane) in one pass.
        self._later = TurnThrottle(self.refresh, self)
        self.setObjectName(f"tab-{self.KEY}")

    @classmethod
    def title(cls) -> str:
        return cls.TITLE.text()

    @classmethod
    def classes(cls) -> frozenset[str]:
        """The object classes the tab has a populate hook for."""
        return frozenset(cls.HOOKS)

    @classmethod
    def applies_to(cls, items: Sequence[SelectedItem]) -> bool:
        """One selected object of a class the tab shows (and its hook's `when` holds)."""
        if len(items) != 1:
            return False
        hook = cls.HOOKS.get(items[0].cls)
        return hook is not None and hook.accepts(items[0])

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
        self._later.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def populate(self) -> None:
        """Call the hook for the selected object's class, or `show_nothing`."""
        item = self.item
        hook = self.HOOKS.get(item.cls) if item is not None else None
        if item is None or hook is None:
            self.show_nothing()
            return
        getattr(self, hook.method)(self.track(item.connection), item)

    def show_nothing(self) -> None:
        """Render no object (the selection has none the tab shows); by default leave the page as it is."""
