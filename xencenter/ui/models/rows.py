"""RowsModel: a table of keyed rows whose cells a tab or pane computes from the cache on each render.

`set_rows` diffs by key: removed keys become row removals, new keys row inserts, changed cells `dataChanged`
for their row only; a reordering of surviving rows resets the model (rare: rows come in a stable order and the
views sort through a proxy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A header: translation context and source text (listed with QT_TRANSLATE_NOOP at the definition)."""

    context: str
    source: str
    numeric: bool = False

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.source)


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None  # the sort key (bytes for sizes...); the text when None
    tooltip: str = ""
    icon: Any = None  # a QIcon (DecorationRole); the models layer does not load icons itself


Row = tuple[str, tuple[Cell, ...]]


def columns(context: str, *specs: tuple[object, bool]) -> tuple[Column, ...]:
    """Columns from (QT_TRANSLATE_NOOP(context, text), numeric) pairs."""
    return tuple(Column(context, str(source), numeric) for source, numeric in specs)


def cell(text: Any, sort: Any = None, tooltip: str = "", icon: Any = None) -> Cell:
    return Cell(str(text), sort, tooltip, icon)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._keys: list[str] = []
        self._cells: list[tuple[Cell, ...]] = []

    # -- Qt model ------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys) or index.column() >= len(self._columns):
            return None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        cells = self._cells[index.row()]
        item = cells[index.column()] if index.column() < len(cells) else Cell("")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.text
        if role == SORT_ROLE:
            return item.text if item.sort is None else item.sort
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and index.column() < len(cells):
            return item.icon
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns) and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- reading (tests, tabs) -----------------------------------------------------------------------------

    def row_keys(self) -> list[str]:
        return list(self._keys)

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def text(self, key: str, column: int) -> str:
        row = self.row_of(key)
        if row < 0 or column >= len(self._cells[row]):
            raise KeyError(key)
        return self._cells[row][column].text

    def column_texts(self, column: int, limit: int | None = None) -> list[str]:
        """The texts of one column in the model's order, of the first `limit` rows (measuring widths)."""
        rows = self._cells if limit is None else self._cells[:limit]
        return [cells[column].text if column < len(cells) else "" for cells in rows]

    def column_titles(self) -> list[str]:
        return [c.title() for c in self._columns]

    # -- writing -------------------------------------------------------------------------------------------

    def set_columns(self, columns: Sequence[Column]) -> None:
        columns = tuple(columns)
        if columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self._keys, self._cells = [], []
            self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        new_keys = [key for key, _ in rows]
        new_cells = dict(rows)
        if len(new_cells) != len(new_keys):
            raise ValueError("duplicate row keys")
        wanted = set(new_keys)
        row = len(self._keys) - 1
        while row >= 0:  # removals from the end, a contiguous run in one signal
            if self._keys[row] in wanted:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._keys[row - 1] not in wanted:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._keys[row:last + 1]
            del self._cells[row:last + 1]
            self.endRemoveRows()
            row -= 1
        present = set(self._keys)
        if self._keys != [key for key in new_keys if key in present]:
            self.beginResetModel()  # survivors changed order
            self._keys, self._cells = new_keys, [new_cells[key] for key in new_keys]
            self.endResetModel()
            return
        last = len(self._columns) - 1
        row = 0
        while row < len(new_keys):
            key = new_keys[row]
            if row < len(self._keys) and self._keys[row] == key:
                if self._cells[row] != new_cells[key]:
                    self._cells[row] = new_cells[key]
                    self.dataChanged.emit(self.index(row, 0), self.index(row, max(last, 0)))
                row += 1
                continue
            end = row + 1  # the new keys that follow go in with it, in one signal
            while end < len(new_keys) and new_keys[end] not in present:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            self._keys[row:row] = new_keys[row:end]
            self._cells[row:row] = [new_cells[k] for k in new_keys[row:end]]
            self.endInsertRows()
            row = end
