"""ResourceTreeView: the navigation tree (multi-select, keyboard navigation, expands new pools and hosts)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ...core.i18n import translate
from ..models.resource_tree import KindRole

EXPANDED_KINDS = frozenset({"pool", "host", "group"})


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

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.model().rowsInserted.connect(self._expand_inserted)
        self.model().modelReset.connect(lambda: self._expand_below(QModelIndex()))
        self.model().layoutChanged.connect(lambda: self._expand_below(QModelIndex()))

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
