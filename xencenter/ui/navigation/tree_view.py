"""ResourceTreeView: the navigation tree (multi-select, keyboard navigation, expands new pools and hosts)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ...core.i18n import translate
from ..models.resource_tree import KindRole
from ..throttle import TurnThrottle

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

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.model().rowsInserted.connect(self._expand_inserted)
        self.model().modelReset.connect(self._expand_all.request)
        self.model().layoutChanged.connect(self._expand_all.request)

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        model = self.model()
        for row in range(first, last + 1):
            self._expand(model.index(row, 0, parent))

    def _expand(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.data(KindRole) in EXPANDED_KINDS:
            self.expand(index)
            self._expand_below(index)

    def _expand_below(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        model = self.model()
        for row in range(model.rowCount(parent)):
            self._expand(model.index(row, 0, parent))
