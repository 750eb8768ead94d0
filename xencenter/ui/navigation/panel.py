"""NavigationPanel: view switch, search box and resource tree; turns the tree selection into SelectedItems.

Signals:
    selection_changed(list[SelectedItem]): the user selected other objects (or the objects changed key).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from ...core import navigation
from ...core.commands import SelectedItem
from ...core.i18n import translate
from ...core.organise.views import MODES, mode_text
from ..models.filter import ResourceFilterModel
from ..models.resource_tree import ClassRole, ConnectionRole, RefRole
from .controller import TreeController
from .tree_view import ResourceTreeView


class NavigationPanel(QWidget):
    selection_changed = Signal(list)

    def __init__(self, controller: TreeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationPanel")
        self.controller = controller
        self.view_mode = QComboBox(self)
        self.view_mode.setObjectName("viewMode")
        self.view_mode.setAccessibleName(translate("Navigation", "Navigation view"))
        self.view_mode.addItem(translate("Navigation", "Infrastructure"), navigation.INFRASTRUCTURE)
        self.view_mode.addItem(translate("Navigation", "Objects"), navigation.OBJECTS)
        for mode, _ in MODES:  # XenCenter's organisation views and saved searches
            self.view_mode.addItem(mode_text(mode), mode)
        self.view_mode.currentIndexChanged.connect(self._on_view_mode)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(translate("Navigation", "Search"))
        self.search.setPlaceholderText(translate("Navigation", "Search..."))
        self.search.setClearButtonEnabled(True)
        self.proxy = ResourceFilterModel(self)
        self.proxy.setSourceModel(controller.model)
        self.tree = ResourceTreeView(self)
        self.tree.setModel(self.proxy)
        self.search.textChanged.connect(self.proxy.set_search)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        controller.model.rowsRemoved.connect(self._emit_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view_mode)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def set_view(self, view: str) -> None:
        self.view_mode.setCurrentIndex(max(0, self.view_mode.findData(view)))

    def _on_view_mode(self, _: int) -> None:
        self.controller.set_view(str(self.view_mode.currentData()))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._emit_selection()

    def _emit_selection(self, *_: object) -> None:
        self.selection_changed.emit(self.selected_items())

    def selected_items(self) -> list[SelectedItem]:
        items: list[SelectedItem] = []
        for index in self.tree.selectionModel().selectedRows():
            item = self.item_at(index)
            if item is not None and item not in items:
                items.append(item)
        return items

    def item_at(self, index: QModelIndex) -> SelectedItem | None:
        cls = index.data(ClassRole)
        connection = self.controller.connection(str(index.data(ConnectionRole) or ""))
        if not cls or connection is None:
            return None  # a group row
        return SelectedItem(connection, str(cls), str(index.data(RefRole) or ""))

    def select_key(self, key: str) -> bool:
        """Select the node with this key (tests and "go to" links); False when it is not shown."""
        source = self.controller.model.index_of(key)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True
