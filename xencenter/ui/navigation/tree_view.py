"""ResourceTreeView: the navigation tree (multi-select, keyboard navigation, expands new pools and hosts).

Expansion is remembered by node key: a node the user collapsed stays collapsed, and one the user expanded is
expanded again, when rebuilds, filtering or moves bring its row back.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ...core.i18n import translate
from ...core.turns import TurnThrottle
from ..models.resource_tree import KeyRole, KindRole, ResourceTreeModel

EXPANDED_KINDS = frozenset({"pool", "host", "group", "folder", "tag"})


class ResourceTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceTree")
        self.setAccessibleName(translate("Navigation", "Resources"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # A walk of the whole tree, once per event-loop turn however many resets and layout changes asked for it
        # (the filter proxy turns every row move into a layout change).
        self._expand_all = TurnThrottle(lambda: self._expand_below(QModelIndex()), self)
        self.user_collapsed: set[str] = set()
        self.user_expanded: set[str] = set()
        self._auto = False  # expanding on our own: not the user's choice
        self.expanded.connect(lambda index: self._note(index, expanded=True))
        self.collapsed.connect(lambda index: self._note(index, expanded=False))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show `model` (the panel swaps the tree's model and its search filter), expanded as the rules say."""
        old = self.model()
        if old is not None:
            old.rowsInserted.disconnect(self._expand_inserted)
            old.modelReset.disconnect(self._expand_all.request)
            old.layoutChanged.disconnect(self._expand_all.request)
        super().setModel(model)
        if model is None:
            return
        model.rowsInserted.connect(self._expand_inserted)
        model.modelReset.connect(self._expand_all.request)
        model.layoutChanged.connect(self._expand_all.request)
        if old is not None:
            self._expand_below(QModelIndex())  # now: the panel selects and scrolls to rows right after this

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        model = self.model()
        for row in self._parent_rows(parent, first, last):
            self._expand(model.index(row, 0, parent))

    def _parent_rows(self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int) -> Iterable[int]:
        """The rows that may need expanding: the tree's own model names those with children (the search filter
        does not: there every row is asked)."""
        model = self.model()
        if isinstance(model, ResourceTreeModel):
            return model.rows_with_children(parent, first, last)
        return range(first, last + 1)

    def _note(self, index: QModelIndex, *, expanded: bool) -> None:
        if self._auto or not index.isValid():
            return
        key = str(index.data(KeyRole))
        (self.user_expanded if expanded else self.user_collapsed).add(key)
        (self.user_collapsed if expanded else self.user_expanded).discard(key)

    def _expand(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid() or not self.model().hasChildren(index):  # leaves (most rows: VMs) first, cheaply
            return
        key = str(index.data(KeyRole))
        if key in self.user_collapsed:
            return
        if index.data(KindRole) in EXPANDED_KINDS or key in self.user_expanded:
            if not self.isExpanded(index):
                self._auto = True
                try:
                    self.expand(index)
                finally:
                    self._auto = False
            self._expand_below(index)

    def _expand_below(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        model = self.model()
        for row in self._parent_rows(parent, 0, model.rowCount(parent) - 1):
            self._expand(model.index(row, 0, parent))
