"""make_table: the read-only, sortable table view every tab and pane list uses over a RowsModel.

Columns fit their contents: each column is as wide as its widest cell or header, up to a share of the view's
width so that one long description cannot push the others out of sight; text too long for its column is elided
in the middle (names and paths keep both ends) and shows in full as a tooltip. A column the user resized keeps
its width. Widths are measured on at most FIT_ROWS rows (only changed rows after that), once per event-loop turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QToolTip, QWidget

from ...core.turns import TurnThrottle
from ..models.rows import SORT_ROLE, RowsModel

FIT_ROWS = 500  # rows measured per full fit (QHeaderView measures 1000; a view shows about 40)
MAX_SHARE = 0.45  # no column grows past this share of the view's width by itself...
MIN_LIMIT = 220  # ...unless the view is narrow: then up to this many pixels


class FittedTable(QTableView):
    """A QTableView whose columns fit their contents (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.fit = TurnThrottle(self.fit_columns, self)
        self._fitting = False
        self._user_sized: set[int] = set()
        self._wanted: list[int] = []  # each column's content width, as last measured
        self._full = True  # measure every column anew at the next fit
        self._pending: list[tuple[int, int]] = []  # else only these (first, last) rows, which may widen them
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        current = self.model()
        if current is None:
            return
        for signal in (current.modelReset, current.rowsRemoved, current.layoutChanged, current.headerDataChanged,
                       current.columnsInserted, current.columnsRemoved):
            signal.connect(self._measure_all)
        current.rowsInserted.connect(self._on_rows_inserted)
        current.dataChanged.connect(self._on_data_changed)
        current.modelReset.connect(self._user_sized.clear)  # new columns may mean other meanings
        self._measure_all()

    def _measure_all(self, *_: object) -> None:
        self._full = True
        self.fit.request()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._measure_rows(first, last)

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = ()) -> None:
        self._measure_rows(top.row(), bottom.row())

    def _measure_rows(self, first: int, last: int) -> None:
        """Changed or new rows can only widen a column: only they are measured (big tables change often)."""
        self._pending.append((first, last))
        self.fit.request()

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        last = header.count() - 1
        if not self._fitting and not (header.stretchLastSection() and column == last) and header.underMouse():
            self._user_sized.add(column)

    def content_width(self, column: int, rows: Sequence[int] | None = None) -> int:
        """The width the column's widest cell (of `rows`, default the first FIT_ROWS) or its header asks for.

        Texts are measured with the font's metrics (a delegate's sizeHint per cell costs a hundred times more);
        the delegate, asked once about the first cell, gives the padding and icon around the text.
        """
        model = self.model()
        header = self.horizontalHeader()
        wanted = header.sectionSizeHint(column) if rows is None else 0
        if model is None or model.rowCount() == 0:
            return wanted
        texts = set(self._texts(model, column, rows))
        first = model.index(0, column)
        delegate = self.itemDelegateForIndex(first)
        if not texts or delegate is None:
            return wanted
        metrics = self.fontMetrics()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        padding = delegate.sizeHint(option, first).width() - metrics.horizontalAdvance(str(first.data() or ""))
        grid = 1 if self.showGrid() else 0
        return max(wanted, widest_text(metrics, texts) + padding + grid)

    @staticmethod
    def _texts(model: QAbstractItemModel, column: int, rows: Sequence[int] | None) -> list[str]:
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        if rows is None and isinstance(source, RowsModel):
            return source.column_texts(column, FIT_ROWS)  # straight from its rows: no Qt calls per cell
        rows = rows if rows is not None else range(min(model.rowCount(), FIT_ROWS))
        return [str(model.index(row, column).data() or "") for row in rows]

    def column_limit(self) -> int:
        return max(MIN_LIMIT, int(self.viewport().width() * MAX_SHARE))

    def fit_columns(self) -> None:
        """Size every column the user has not sized to its content, up to column_limit()."""
        model = self.model()
        if model is None:
            return
        count = model.columnCount()
        if self._full or len(self._wanted) != count:
            self._wanted = [self.content_width(column) for column in range(count)]
        else:
            # Every changed row since the last fit, at most FIT_ROWS, measured together: one padding and one
            # pass per column however many single-row changes a burst brought (a thousand tasks finishing).
            total = model.rowCount()
            changed: set[int] = set()
            for first, last in self._pending:
                changed.update(range(max(first, 0), min(last + 1, total, max(first, 0) + FIT_ROWS - len(changed))))
                if len(changed) >= FIT_ROWS:
                    break
            if changed:
                rows = sorted(changed)
                self._wanted = [max(w, self.content_width(c, rows)) for c, w in enumerate(self._wanted)]
        self._full, self._pending = False, []
        header = self.horizontalHeader()
        limit = self.column_limit()
        self._fitting = True
        try:
            for column, wanted in enumerate(self._wanted):
                if header.isSectionHidden(column) or column in self._user_sized:
                    continue
                if column == count - 1 and header.stretchLastSection():
                    continue  # takes the rest of the width; Qt keeps it at least its minimum
                header.resizeSection(column, min(wanted, limit))
        finally:
            self._fitting = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit.request()  # the width limit depends on our width, unknown while hidden

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit.request()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = self.full_text_tip(index)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
                return True
        return super().viewportEvent(event)

    def full_text_tip(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The tooltip of a cell: its own, else its full text when the column is too narrow to show it all."""
        if not index.isValid():
            return ""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        if self.is_elided(index):
            return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return ""

    def is_elided(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether the cell's text is cut: the delegate wants more width than its column has."""
        delegate = self.itemDelegateForIndex(index)
        if delegate is None or not index.data(Qt.ItemDataRole.DisplayRole):
            return False
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return delegate.sizeHint(option, index).width() > self.columnWidth(index.column())


def widest_text(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    """The advance of the widest text. Longest first; a text of n characters cannot be wider than n times the
    font's widest character, so the measuring stops once the shorter texts cannot win."""
    best = 0
    widest_char = max(1, metrics.maxWidth())
    for text in sorted(texts, key=len, reverse=True):
        if len(text) * widest_char <= best:
            break
        best = max(best, metrics.horizontalAdvance(text))
    return best


def make_table(model: RowsModel, name: str, accessible: str, parent: QWidget | None = None) -> FittedTable:
    """A read-only, sortable table view over `model` (sorted through a proxy on SORT_ROLE), columns fitted."""
    view = FittedTable(parent)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order until the user clicks a header
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(110)  # until the first fit
    return view
