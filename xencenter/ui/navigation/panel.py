"""NavigationPanel: view switch, search box and resource tree; turns the tree selection into SelectedItems.

The tree shows the model itself, and the search filter (a proxy) only while a search is typed: on a big pool every
relayout and row change costs twice as much through the proxy's mapping.

The selection is of objects, not rows: when a batch moves a selected VM (started: from under the pool to under its
host), the model removes and inserts its row; the panel remembers the selected keys before the change, selects them
again where they now are (scrolled into view) and only tells the tabs when the selected objects really changed.

Signals:
    selection_changed(list[SelectedItem]): the user selected other objects (or the objects changed key).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from ...core import navigation
from ...core.commands import SelectedItem
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.organise.views import MODES, mode_text
from ...core.turns import later
from ..models.filter import ResourceFilterModel
from ..models.resource_tree import ClassRole, ConnectionRole, KeyRole, RefRole
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
        self._applying = False
        self._kept: tuple[list[str], str] = ([], "")
        self._scroll_to = QPersistentModelIndex()  # the current row, to bring into view in the next turn
        self._last_emitted: list[SelectedItem] = []
        self._show_model(controller.model)
        self.search.textChanged.connect(self._on_search)
        controller.model.rowsRemoved.connect(self._emit_selection)
        controller.about_to_apply.connect(self._remember_selection)
        controller.applied.connect(self._restore_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view_mode)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def set_view(self, view: str) -> None:
        self.view_mode.setCurrentIndex(max(0, self.view_mode.findData(view)))

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        wanted = self.proxy if text.strip() else self.controller.model
        if self.tree.model() is not wanted:
            self._show_model(wanted)

    def _show_model(self, model: QAbstractItemModel) -> None:
        """Show `model` (the tree's own or the filter) with the same objects selected."""
        keys, current_key = self._kept_selection() if self.tree.model() is not None else ([], "")
        old = self.tree.selectionModel()

        def swap() -> None:
            self.tree.setModel(model)
            if old is not None:
                old.deleteLater()  # setModel made a new one; the old stays the view's child otherwise
            self.tree.selectionModel().selectionChanged.connect(self._on_selection)

        self._applying = True
        self._select_again(keys, current_key, swap)

    def view_index(self, source: QModelIndex) -> QModelIndex:
        """The tree's index for an index of the controller's model (invalid when the search hides it)."""
        if self.tree.model() is self.proxy:
            return self.proxy.mapFromSource(source)
        return source

    def _on_view_mode(self, _: int) -> None:
        self.controller.set_view(str(self.view_mode.currentData()))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._emit_selection()

    def _emit_selection(self, *_: object) -> None:
        if self._applying:
            return  # rows are moving under the selection; _restore_selection decides once they have
        items = self.selected_items()
        self._last_emitted = items
        self.selection_changed.emit(items)

    def selected_keys(self) -> list[str]:
        return [str(index.data(KeyRole)) for index in self.tree.selectionModel().selectedRows()]

    def _kept_selection(self) -> tuple[list[str], str]:
        current = self.tree.currentIndex()
        return self.selected_keys(), str(current.data(KeyRole)) if current.isValid() else ""

    def _remember_selection(self) -> None:
        self._kept = self._kept_selection()
        self._applying = True

    def _restore_selection(self) -> None:
        keys, current_key = self._kept
        self._kept = ([], "")
        self._select_again(keys, current_key)

    def _select_again(self, keys: list[str], current_key: str, change: Callable[[], None] | None = None) -> None:
        """After `change` (rows have moved meanwhile: selection signals are held), select the kept keys again and
        tell the tabs only if the selected objects differ from what they were told."""
        try:
            if change is not None:
                change()
            self._select(keys, current_key)
        finally:
            self._applying = False
        if self.selected_items() != self._last_emitted:
            self._emit_selection()

    def _select(self, keys: list[str], current_key: str) -> None:
        """Select the rows of these keys again where they are now, the current one scrolled into view."""
        selection = self.tree.selectionModel()
        model = self.controller.model
        if keys and self.selected_keys() != keys:
            wanted = QItemSelection()
            for key in keys:
                index = self.view_index(model.index_of(key))
                if index.isValid():
                    wanted.select(index, index)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.select(wanted, flags)
        current = self.view_index(model.index_of(current_key)) if current_key else QModelIndex()
        if current.isValid() and current != self.tree.currentIndex():
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        if current.isValid() and keys:
            # In a turn of its own: scrolling lays out every expanded row first (tens of ms on a big pool),
            # which Qt would otherwise do in its own delayed-layout turn anyway.
            self._scroll_to = QPersistentModelIndex(current)
            later(self._scroll_to_current, self)

    def _scroll_to_current(self) -> None:
        index, self._scroll_to = self._scroll_to, QPersistentModelIndex()
        if index.isValid() and index.model() is self.tree.model():
            self.tree.scrollTo(self.tree.model().index(index.row(), 0, index.parent()))

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

    def select_connection(self, connection: Connection) -> bool:
        """Select the top node of `connection` (its pool, standalone host or server node), scrolled into view."""
        self.controller.refresh.flush()
        key = self.controller.key_of(connection)
        model = self.controller.model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if key is not None and index.data(ConnectionRole) == key:
                return self.select_key(str(index.data(KeyRole)))
        return False

    def select_key(self, key: str) -> bool:
        """Select the node with this key (tests and "go to" links); False when it is not shown."""
        index = self.view_index(self.controller.model.index_of(key))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True
