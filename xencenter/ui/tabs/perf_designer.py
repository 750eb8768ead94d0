"""The graph designer: which graphs an object has, their titles, data sources (in order) and colours.

Non-modal (opened with `open()`); `layout()` is the result once accepted. The Performance tab stores it in the
pool's gui_config (XenCenter's keys), so every client shows the same graphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.rrd.layout import PALETTE, GraphSpec, Layout, default_graphs
from ...core.rrd.units import friendly_name
from ..widgets.buttons import dialog_buttons, make_button
from ..widgets.labels import make_label

SOURCE_ROLE = Qt.ItemDataRole.UserRole


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class GraphDesigner(QDialog):
    def __init__(self, kind: str, object_name: str, layout: Layout, sources: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graph-designer")
        self.setWindowTitle(translate("Performance", "Graphs of {0}").format(object_name))
        self.setAccessibleName(self.windowTitle())
        self.kind = kind
        self.all_sources = sorted(set(sources) | {s for g in layout.graphs for s in g.sources})
        self.graphs: list[GraphSpec] = list(layout.graphs)
        self.colours: dict[str, str] = dict(layout.colours)
        self._filling = False

        self.graph_list = self._list("designer-graphs", translate("Performance", "Graphs"))
        self.graph_list.currentRowChanged.connect(self._show_graph)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("designer-title")
        self.title_edit.setAccessibleName(translate("Performance", "Graph title"))
        self.title_edit.textEdited.connect(self._retitle)
        self.source_list = self._list("designer-sources", translate("Performance", "Data sources"))
        self.source_list.itemChanged.connect(self._toggled)
        self.source_list.currentRowChanged.connect(self._show_colour)
        self.colour = QComboBox(self)
        self.colour.setObjectName("designer-colour")
        self.colour.setAccessibleName(translate("Performance", "Colour of the data source"))
        for colour in PALETTE:
            self.colour.addItem(_swatch(colour), colour, colour)
        self.colour.activated.connect(self._recolour)

        graph_buttons = [
            make_button(self, "designer-new", translate("Performance", "&New graph"),
                        translate("Performance", "New graph"), self.new_graph),
            make_button(self, "designer-delete", translate("Performance", "&Delete graph"),
                        translate("Performance", "Delete graph"), self.delete_graph),
            make_button(self, "designer-up", translate("Performance", "Move &up"),
                        translate("Performance", "Move graph up"), lambda: self.move_graph(-1)),
            make_button(self, "designer-down", translate("Performance", "Move do&wn"),
                        translate("Performance", "Move graph down"), lambda: self.move_graph(1)),
            make_button(self, "designer-defaults", translate("Performance", "&Restore default graphs"),
                        translate("Performance", "Restore default graphs"), self.restore_defaults),
        ]
        source_buttons = [
            make_button(self, "designer-source-up", translate("Performance", "Earlier"),
                        translate("Performance", "Draw the data source earlier"), lambda: self.move_source(-1)),
            make_button(self, "designer-source-down", translate("Performance", "Later"),
                        translate("Performance", "Draw the data source later"), lambda: self.move_source(1)),
        ]
        buttons = dialog_buttons(self, "designer-buttons",
                                 QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(make_label(self, "designer-graphs-label", translate("Performance", "Graphs, top to bottom:"),
                                  self.graph_list))
        left.addWidget(self.graph_list)
        for button in graph_buttons:
            left.addWidget(button)
        form = QFormLayout()
        form.addRow(make_label(self, "designer-title-label", translate("Performance", "Title:"), self.title_edit),
                    self.title_edit)
        form.addRow(make_label(self, "designer-colour-label", translate("Performance", "Colour:"), self.colour),
                    self.colour)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(make_label(self, "designer-sources-label", translate(
            "Performance", "Data sources (ticked ones are drawn, in this order):"), self.source_list))
        right.addWidget(self.source_list)
        row = QHBoxLayout()
        for button in source_buttons:
            row.addWidget(button)
        right.addLayout(row)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(buttons, 1, 0, 1, 2)
        self._fill_graphs(0)

    def _list(self, name: str, accessible: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    # -- the result ----------------------------------------------------------------------------------------

    def layout_result(self) -> Layout:
        used = {s for g in self.graphs for s in g.sources}
        return Layout(tuple(self.graphs), {s: c for s, c in self.colours.items() if s in used}, designed=True)

    # -- graphs --------------------------------------------------------------------------------------------

    def _fill_graphs(self, current: int) -> None:
        self._filling = True
        try:
            self.graph_list.clear()
            for graph in self.graphs:
                self.graph_list.addItem(graph.title)
        finally:
            self._filling = False
        if self.graphs:
            self.graph_list.setCurrentRow(max(0, min(current, len(self.graphs) - 1)))
        self._show_graph(self.graph_list.currentRow())

    def current(self) -> int:
        return self.graph_list.currentRow()

    def new_graph(self) -> None:
        self.graphs.append(GraphSpec(translate("Performance", "New graph"), ()))
        self._fill_graphs(len(self.graphs) - 1)

    def delete_graph(self) -> None:
        index = self.current()
        if 0 <= index < len(self.graphs):
            del self.graphs[index]
            self._fill_graphs(index)

    def move_graph(self, delta: int) -> None:
        index = self.current()
        other = index + delta
        if 0 <= index < len(self.graphs) and 0 <= other < len(self.graphs):
            self.graphs[index], self.graphs[other] = self.graphs[other], self.graphs[index]
            self._fill_graphs(other)

    def restore_defaults(self) -> None:
        self.graphs = list(default_graphs(self.kind, self.all_sources))
        self.colours = {}
        self._fill_graphs(0)

    def _retitle(self, text: str) -> None:
        index = self.current()
        if 0 <= index < len(self.graphs):
            self.graphs[index] = GraphSpec(text, self.graphs[index].sources)
            item = self.graph_list.item(index)
            if item is not None:
                item.setText(text)

    # -- data sources of the current graph -----------------------------------------------------------------

    def _show_graph(self, index: int) -> None:
        if self._filling:
            return
        graph = self.graphs[index] if 0 <= index < len(self.graphs) else None
        self.title_edit.setEnabled(graph is not None)
        self.source_list.setEnabled(graph is not None)
        self.title_edit.setText(graph.title if graph is not None else "")
        chosen = list(graph.sources) if graph is not None else []
        rest = [s for s in self.all_sources if s not in chosen]
        self._filling = True
        try:
            self.source_list.clear()
            for source in [*chosen, *rest]:
                item = QListWidgetItem(f"{friendly_name(source)} ({source})")
                item.setData(SOURCE_ROLE, source)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if source in chosen else Qt.CheckState.Unchecked)
                item.setIcon(_swatch(self._colour_of(source)))
                self.source_list.addItem(item)
        finally:
            self._filling = False

    def _colour_of(self, source: str) -> str:
        return self.colours.get(source) or PALETTE[self.all_sources.index(source) % len(PALETTE)] \
            if source in self.all_sources else PALETTE[0]

    def _chosen_in_list_order(self) -> tuple[str, ...]:
        items = (self.source_list.item(i) for i in range(self.source_list.count()))
        return tuple(str(item.data(SOURCE_ROLE)) for item in items
                     if item is not None and item.checkState() == Qt.CheckState.Checked)

    def _toggled(self, _item: QListWidgetItem) -> None:
        if self._filling:
            return
        index = self.current()
        if 0 <= index < len(self.graphs):
            self.graphs[index] = GraphSpec(self.graphs[index].title, self._chosen_in_list_order())

    def set_source_checked(self, source: str, checked: bool) -> None:
        """Tick or untick a data source of the current graph (tests, keyboard)."""
        self.set_source_current(source)
        item = self.source_list.currentItem()
        if item is not None and item.data(SOURCE_ROLE) == source:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def move_source(self, delta: int) -> None:
        row = self.source_list.currentRow()
        other = row + delta
        if row < 0 or not 0 <= other < self.source_list.count():
            return
        item = self.source_list.takeItem(row)
        self.source_list.insertItem(other, item)
        self.source_list.setCurrentRow(other)
        self._toggled(item)

    def _show_colour(self, row: int) -> None:
        item = self.source_list.item(row) if row >= 0 else None
        if item is not None:
            index = self.colour.findData(self._colour_of(str(item.data(SOURCE_ROLE))))
            if index >= 0:
                self.colour.setCurrentIndex(index)

    def _recolour(self, index: int) -> None:
        item = self.source_list.currentItem()
        if item is None:
            return
        colour = str(self.colour.itemData(index))
        self.colours[str(item.data(SOURCE_ROLE))] = colour
        item.setIcon(_swatch(colour))

    def set_colour(self, source: str, colour: str) -> None:
        self.set_source_current(source)
        index = self.colour.findData(colour)
        if index >= 0:
            self.colour.setCurrentIndex(index)
            self._recolour(index)

    def set_source_current(self, source: str) -> None:
        for i in range(self.source_list.count()):
            item = self.source_list.item(i)
            if item is not None and item.data(SOURCE_ROLE) == source:
                self.source_list.setCurrentRow(i)
