"""SavedSearchView: a saved search run over every connected pool, grouped and with the columns it names.

The Search tab shows it when a saved search is selected (Saved Searches view). Rows are rebuilt on each render
from the caches (read through the tab's Trackers); group rows span the table and hold their members; the
search's sort order applies within each group, else names in natural order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.organise import formats, saved_search
from ...core.organise.columns import Column, columns_of
from ...core.organise.objects import Item
from ...core.plurals import plurals
from .deps import Tracker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def find_xml(connections: Sequence[Connection], item: SelectedItem) -> str | None:
    """The saved search's XML: from the selected node's pool first, else any other pool that has it."""
    for connection in [item.connection, *[c for c in connections if c is not item.connection]]:
        pool = next(iter(connection.cache.items("pool")), None)
        xml = saved_search.searches_of(pool[1] if pool else None).get(item.ref)
        if xml is not None:
            return xml
    return None


class SavedSearchView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved-search")
        self.title = QLabel(self)
        self.title.setObjectName("saved-search-title")
        self.title.setAccessibleName(translate("SavedSearch", "Saved search"))
        self.note = QLabel(self)
        self.note.setObjectName("saved-search-note")
        self.note.setAccessibleName(translate("SavedSearch", "Search notes"))
        self.note.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("saved-search-results")
        self.view.setAccessibleName(translate("SavedSearch", "Saved search results"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.search: saved_search.SavedSearch | None = None
        self.columns: list[Column] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.view)

    def show_search(self, item: SelectedItem, connections: Sequence[Connection],
                    track: Callable[[Connection], Tracker]) -> None:
        xml = find_xml(connections, item)
        self.model.clear()
        self.search = None
        if xml is None:
            self.title.setText(translate("SavedSearch", "This saved search no longer exists."))
            self.note.setText("")
            return
        try:
            search = saved_search.parse(xml, item.ref)
        except formats.FormatError as exc:
            self.title.setText(translate("SavedSearch", "This saved search cannot be read."))
            self.note.setText(str(exc))
            return
        self.search = search
        self.columns = columns_of(search.columns)
        sources = [(c.display_name, track(c)) for c in connections if c.is_connected]
        root = saved_search.run(search, sources)
        self.model.setHorizontalHeaderLabels([column.title() for column in self.columns])
        count = self._fill(self.model.invisibleRootItem(), root)
        self.title.setText(search.name)
        notes = [plurals().objects(count)]
        if search.unsupported:
            notes.append(translate("SavedSearch", "Parts of this search are not supported here and were ignored: "
                                                  "{0}.").format(", ".join(sorted(set(search.unsupported)))))
        self.note.setText(" ".join(notes))
        for position, column in enumerate(self.columns):
            self.view.setColumnWidth(position, max(40, column.width))
        if search.expanded:
            self.view.expandAll()

    def _fill(self, parent: QStandardItem, group: saved_search.Group) -> int:
        count = 0
        for sub in group.groups:
            header = QStandardItem(sub.label)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setData(f"group:{sub.label}", KEY_ROLE)
            filler = [QStandardItem("") for _ in self.columns[1:]]
            parent.appendRow([header, *filler])
            count += self._fill(header, sub)
        for item in self._sorted(group.items):
            cells = []
            for column in self.columns:
                text, _ = column.cell(item)
                cell = QStandardItem(text)
                cell.setData(f"{item.conn}|{item.ref}", KEY_ROLE)
                cell.setToolTip(text)
                cells.append(cell)
            parent.appendRow(cells)
            count += 1
        return count

    def _sorted(self, items: list[Item]) -> list[Item]:
        assert self.search is not None
        ordered = sorted(items, key=lambda i: (i.name.casefold(), i.ref))
        for key, ascending in reversed(self.search.sorting):
            column = next((c for c in self.columns if c.key == key), None)
            if column is not None:
                keys = {id(i): _sortable(column.cell(i)[1]) for i in ordered}
                ordered.sort(key=lambda i: keys[id(i)], reverse=not ascending)
        return ordered

    def row_texts(self) -> list[tuple[str, ...]]:
        """Every row (groups and objects, depth first) as its cells' texts (tests)."""
        rows: list[tuple[str, ...]] = []

        def walk(parent: QStandardItem) -> None:
            for row in range(parent.rowCount()):
                rows.append(tuple(parent.child(row, col).text() if parent.child(row, col) is not None else ""
                                  for col in range(len(self.columns))))
                walk(parent.child(row, 0))

        walk(self.model.invisibleRootItem())
        return rows


def _sortable(value: object) -> tuple[int, object]:
    """Numbers before text, so mixed columns still sort."""
    return (0, value) if isinstance(value, int | float) else (1, str(value))
