"""ArchitectureView: one host's Xen architecture drawn with QGraphicsView, every element clickable and explained.

Layout: dom0 on the left with its real drivers and backends, the guests (domU) stacked on the right with their
frontends, and between them one marker per event channel and shared ring (or emulated path to qemu); the Xen
hypervisor under them and the hardware at the bottom. Drawn elements are not accessible objects, so a list next to
the drawing names every element for screen readers and keyboard users; choosing in either selects in both and
shows the element's two-sentence explanation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.xenarch import Architecture, Domain, Element, Link, link_label
from ...core.xenexplain import explain

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ROW = 26  # height of a part's box
HEAD = 3 * ROW  # a domain's name and its rings (two lines) above its parts
PART_W = 250
DOM0_X, GUEST_X = 0.0, 400.0  # the gap between holds the channel markers
COLUMN_W = 300.0
SIDE_W = 340  # the list and the explanation; the drawing gets the rest
COLOURS = {"cpu": "#c9d6e3", "ram": "#c9d6e3", "nic": "#c9d6e3", "disk": "#c9d6e3", "xen": "#e08a00",
           "dom0": "#f3e5c9", "driver": "#d9d9d9", "blkback": "#f6c68b", "netback": "#f6c68b", "qemu": "#e8a0a0",
           "domu_pv": "#dfe8f3", "domu_hvm": "#e6dff3", "blkfront": "#9cc3e6", "netfront": "#9cc3e6",
           "emulated_disk": "#e8a0a0", "emulated_nic": "#e8a0a0", "ring": "#2e7d32", "emulation": "#b00020"}


class ElementItem(QGraphicsRectItem):
    """A labelled box for one element; selectable, so a click selects it."""

    def __init__(self, element: Element, rect: QRectF, emphasised: bool = False) -> None:
        super().__init__(rect)
        self.key = element.key
        self.setBrush(QBrush(QColor(COLOURS.get(element.kind, "#ffffff"))))
        self.setPen(QPen(QColor("#1a3552" if emphasised else "#3b5b82"), 3.0 if emphasised else 1.0))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(element.label + (f"\n{element.detail}" if element.detail else ""))
        text = QGraphicsSimpleTextItem(element.label, self)
        text.setPos(rect.left() + 6, rect.top() + 4)
        if element.detail and rect.height() >= 2 * ROW - 4:
            detail = self.detail = QGraphicsTextItem(self)  # a QObject: kept, or Python would delete it
            detail.setPlainText(element.detail)
            detail.setDefaultTextColor(QColor("#404040"))
            detail.setTextWidth(rect.width() - 12)  # long ring texts wrap inside the box
            detail.setPos(rect.left() + 2, rect.top() + 18)


class LinkItem(QGraphicsEllipseItem):
    """The marker of an event channel and shared ring (or an emulated path), on the line it stands for."""

    def __init__(self, link: Link, centre: QPointF, text: str) -> None:
        super().__init__(QRectF(centre.x() - 8, centre.y() - 8, 16, 16))
        self.key = link.key
        colour = QColor(COLOURS[link.kind])
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(), 1.0))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(text)
        self.setZValue(2)


class ArchitectureView(QWidget):
    """The drawing, the accessible list of its elements and the explanation of the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xenArchitecture")
        self.setAccessibleName(translate("XenInternals", "Xen architecture"))
        self.architecture: Architecture | None = None
        self.items: dict[str, QGraphicsItem] = {}
        self.scene = QGraphicsScene(self)
        self.scene.setObjectName("xenArchitectureScene")
        self.scene.selectionChanged.connect(self._scene_selected)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("xenArchitectureDrawing")
        self.view.setAccessibleName(translate("XenInternals", "Architecture drawing"))
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.list = QListWidget(self)
        self.list.setObjectName("xenElements")
        self.list.setAccessibleName(translate("XenInternals", "Elements of the architecture"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._list_chose)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("xenExplanation")
        self.explanation.setAccessibleName(translate("XenInternals", "Explanation"))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setText(translate("XenInternals", "Click an element to see what it is."))
        side = QWidget(self)
        side.setObjectName("xenSide")
        side.setAccessibleName(translate("XenInternals", "Elements and explanation"))
        side.setMaximumWidth(SIDE_W)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.list, 2)
        side_layout.addWidget(self.explanation, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("xenSplitter")
        splitter.setAccessibleName(self.accessibleName())
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._syncing = False

    # -- what is drawn -----------------------------------------------------------------------------------

    def drawn(self) -> set[str]:
        return set(self.items)

    def element(self, key: str) -> Element | None:
        return self.architecture.find(key) if self.architecture is not None else None

    def set_architecture(self, arch: Architecture | None, emphasis: str = "") -> None:
        """Redraw from `arch` (None: empty); the chosen element stays chosen if it still exists."""
        chosen = self.chosen_key()
        self._syncing = True
        try:
            self.scene.clear()
            self.items = {}
            self.list.clear()
            self.architecture = arch
            if arch is not None:
                self._draw(arch, emphasis)
                for element in [*arch.elements(), *arch.links_as_elements()]:
                    row = QListWidgetItem(element.label + (f" - {element.detail}" if element.detail else ""))
                    row.setData(KEY_ROLE, element.key)
                    self.list.addItem(row)
                summary = translate("XenInternals", "Architecture of {0}: {1} guest domains, {2} device pairs")
                self.view.setAccessibleDescription(summary.format(arch.host_name, len(arch.guests), len(arch.links)))
        finally:
            self._syncing = False
        if emphasis and f"dom:{emphasis}" in self.items:
            self.view.ensureVisible(self.items[f"dom:{emphasis}"])
        if chosen and chosen in self.items:
            self.choose(chosen)
        elif chosen:
            self.explanation.setText(translate("XenInternals", "Click an element to see what it is."))

    def _box(self, element: Element, rect: QRectF, emphasis: str = "") -> ElementItem:
        item = ElementItem(element, rect, bool(emphasis) and element.ref == emphasis)
        self.scene.addItem(item)
        self.items[element.key] = item
        return item

    def _draw(self, arch: Architecture, emphasis: str) -> None:
        anchors: dict[str, QPointF] = {}  # element key -> where its link attaches
        y = 0.0
        dom0_h = HEAD + len(arch.dom0.parts) * (ROW + 4) + 4
        self._box(arch.dom0.box, QRectF(DOM0_X, y, COLUMN_W, dom0_h))
        for index, part in enumerate(arch.dom0.parts):
            top = y + HEAD + index * (ROW + 4)
            self._box(part, QRectF(DOM0_X + 30, top, PART_W, ROW))
            anchors[part.key] = QPointF(DOM0_X + 30 + PART_W, top + ROW / 2)
        guest_y = y
        for guest in arch.guests:
            guest_y = self._guest(guest, guest_y, anchors, emphasis) + 12
        bottom = max(dom0_h, guest_y) + 16
        for link in arch.links:
            self._link(arch, link, anchors)
        xen_rect = QRectF(DOM0_X, bottom, GUEST_X + COLUMN_W, 2 * ROW)
        self._box(arch.xen, xen_rect)
        hw_y = bottom + 2 * ROW + 16
        per_row = 4
        width = (GUEST_X + COLUMN_W - (per_row - 1) * 8) / per_row
        for index, element in enumerate(arch.hardware):
            col, row = index % per_row, index // per_row
            self._box(element, QRectF(DOM0_X + col * (width + 8), hw_y + row * (2 * ROW + 8), width, 2 * ROW))
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))

    def _guest(self, guest: Domain, top: float, anchors: dict[str, QPointF], emphasis: str) -> float:
        height = HEAD + len(guest.parts) * (ROW + 4) + 4
        self._box(guest.box, QRectF(GUEST_X, top, COLUMN_W, height), emphasis)
        for index, part in enumerate(guest.parts):
            part_top = top + HEAD + index * (ROW + 4)
            self._box(part, QRectF(GUEST_X + 20, part_top, PART_W, ROW))
            anchors[part.key] = QPointF(GUEST_X + 20, part_top + ROW / 2)
        return top + height

    def _link(self, arch: Architecture, link: Link, anchors: dict[str, QPointF]) -> None:
        start, end = anchors.get(link.backend), anchors.get(link.frontend)
        if start is None or end is None:
            return
        path = QPainterPath(start)
        middle_x = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(middle_x, start.y()), QPointF(middle_x, end.y()), end)
        line = QGraphicsPathItem(path)
        pen = QPen(QColor(COLOURS[link.kind]), 1.5)
        if link.kind == "emulation":
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(1)
        self.scene.addItem(line)
        marker = LinkItem(link, path.pointAtPercent(0.5), link_label(link, arch))
        self.scene.addItem(marker)
        self.items[link.key] = marker

    # -- choosing ----------------------------------------------------------------------------------------

    def chosen_key(self) -> str:
        row = self.list.currentItem()
        return str(row.data(KEY_ROLE)) if row is not None else ""

    def choose(self, key: str) -> None:
        """Select the element in the drawing and the list, and explain it."""
        item = self.items.get(key)
        if item is None:
            return
        self._syncing = True
        try:
            self.scene.clearSelection()
            item.setSelected(True)
            self.view.ensureVisible(item)
            for index in range(self.list.count()):
                if self.list.item(index).data(KEY_ROLE) == key:
                    self.list.setCurrentRow(index)
                    break
        finally:
            self._syncing = False
        self._explain(key)

    def _scene_selected(self) -> None:
        if self._syncing:
            return
        selected = [item for item in self.scene.selectedItems() if isinstance(item, (ElementItem, LinkItem))]
        if selected:
            self.choose(selected[0].key)

    def _list_chose(self, current: QListWidgetItem | None, _: QListWidgetItem | None) -> None:
        if not self._syncing and current is not None:
            self.choose(str(current.data(KEY_ROLE)))

    def _explain(self, key: str) -> None:
        element = self.element(key)
        if element is None:
            return
        detail = f"<br><i>{html.escape(element.detail)}</i>" if element.detail else ""
        self.explanation.setText(f"<b>{html.escape(element.label)}</b><br>{html.escape(explain(element.kind))}"
                                 f"{detail}")
        self.explanation.setAccessibleDescription(self.explanation.text())
