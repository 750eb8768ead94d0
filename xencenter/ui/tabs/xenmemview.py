"""XenMemoryView: a host's memory as Xen sees it (core/xenmemory.py), animated: the stacked bar of Xen, each domain's
footprint and overhead, and free; under it one lane per domain with its dynamic range, its balloon target and
where its footprint is. When a figure changes (a VM starts and the others balloon down toward their dynamic
minimum, or memory comes back), the bar and the lanes move from the old figures to the new ones over
ANIMATION_MS, so a class sees the squeeze happen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.xenmemory import Lane, XenMemory
from . import fmt
from .membar import DOM0, FREE, OTHER, VM_COLOURS, XEN, MemoryBar, Segment

ANIMATION_MS = 700
LANE_HEIGHT = 24
NAME_WIDTH = 130
OVERHEAD = QColor("#b9c3ca")


def _mix(old: int, new: int, t: float) -> int:
    return round(old + (new - old) * t)


def _colour(index: int, lane: Lane) -> QColor:
    return DOM0 if lane.control_domain else VM_COLOURS[index % len(VM_COLOURS)]


def segments_of(memory: XenMemory) -> list[Segment]:
    segments = [Segment("xen", translate("XenMemory", "Xen"), memory.xen, XEN)]
    guests = 0
    for lane in memory.lanes:
        colour = _colour(guests, lane)
        guests += 0 if lane.control_domain else 1
        label = translate("XenMemory", "dom0") if lane.control_domain else lane.name
        segments.append(Segment(lane.key, label, lane.actual, colour))
        if lane.overhead:
            segments.append(Segment(f"{lane.key}:overhead", translate("XenMemory", "{0} overhead").format(label),
                                    lane.overhead, OVERHEAD))
    if memory.unaccounted:
        segments.append(Segment("other", translate("XenMemory", "Other"), memory.unaccounted, OTHER))
    segments.append(Segment("free", translate("XenMemory", "Free"), memory.free, FREE))
    return segments


def blend_segments(old: list[Segment], new: list[Segment], t: float) -> list[Segment]:
    """The bar at fraction t of the way: shared segments move, new ones grow from nothing, gone ones shrink."""
    before = {s.key: s for s in old}
    after = {s.key: s for s in new}
    out = [replace(s, amount=_mix(before[s.key].amount if s.key in before else 0, s.amount, t)) for s in new]
    out += [replace(s, amount=_mix(s.amount, 0, t)) for key, s in before.items() if key not in after]
    return out


def blend_lanes(old: tuple[Lane, ...], new: tuple[Lane, ...], t: float) -> tuple[Lane, ...]:
    before = {lane.key: lane for lane in old}
    out = []
    for lane in new:
        was = before.get(lane.key, replace(lane, actual=0, target=0))
        out.append(replace(lane, actual=_mix(was.actual, lane.actual, t), target=_mix(was.target, lane.target, t)))
    return tuple(out)


class BalloonLanes(QWidget):
    """One lane per domain: the dynamic range as a band, the footprint as a bar, the balloon target as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes: tuple[Lane, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.lanes)) * LANE_HEIGHT + 4)

    def set_lanes(self, lanes: tuple[Lane, ...]) -> None:
        grew = len(lanes) != len(self.lanes)
        self.lanes = lanes
        self.setFixedHeight(max(1, len(lanes)) * LANE_HEIGHT + 4)
        if grew:
            self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scale = max((max(lane.static_max, lane.actual) for lane in self.lanes), default=1) or 1
        track = max(1.0, self.width() - NAME_WIDTH - 8)
        guests = 0
        for row, lane in enumerate(self.lanes):
            top = 2 + row * LANE_HEIGHT
            colour = _colour(guests, lane)
            guests += 0 if lane.control_domain else 1
            painter.setPen(QColor("#202020"))
            name = translate("XenMemory", "dom0") if lane.control_domain else lane.name
            painter.drawText(QRectF(0, top, NAME_WIDTH - 6, LANE_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 6))

            def x(amount: int) -> float:
                return NAME_WIDTH + track * amount / scale

            body = QRectF(NAME_WIDTH, top + 4, track, LANE_HEIGHT - 8)
            painter.fillRect(QRectF(body.left(), body.top(), x(lane.static_max) - body.left(), body.height()), FREE)
            band = QRectF(x(lane.dynamic_min), body.top(), x(lane.dynamic_max) - x(lane.dynamic_min), body.height())
            painter.fillRect(band, QBrush(colour.lighter(170), Qt.BrushStyle.Dense5Pattern))
            painter.fillRect(QRectF(body.left(), body.top() + 3, x(lane.actual) - body.left(), body.height() - 6),
                             colour)
            painter.setPen(QPen(QColor("#b00020"), 2))
            painter.drawLine(int(x(lane.target)), int(body.top()), int(x(lane.target)), int(body.bottom()))
            painter.setPen(QPen(QColor("#404040"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(x(lane.dynamic_min)), int(body.top()), int(x(lane.dynamic_min)), int(body.bottom()))
        painter.end()


def lane_sentence(lane: Lane) -> str:
    name = translate("XenMemory", "dom0") if lane.control_domain else lane.name
    if lane.squeezed:
        text = translate("XenMemory", "{0}: {1} of {2} (its balloon gave {3} back to Xen; it can go down to {4})")
        return text.format(name, fmt.size(lane.actual), fmt.size(lane.dynamic_max), fmt.size(lane.ballooned_out),
                           fmt.size(lane.dynamic_min))
    return translate("XenMemory", "{0}: {1} (dynamic range {2} to {3}, balloon target {4})").format(
        name, fmt.size(lane.actual), fmt.size(lane.dynamic_min), fmt.size(lane.dynamic_max), fmt.size(lane.target))


class XenMemoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xenMemory")
        self.setAccessibleName(translate("XenMemory", "Memory as Xen sees it"))
        self.heading = QLabel(translate("XenMemory", "<b>Memory as Xen sees it</b>"), self)
        self.heading.setObjectName("xenMemoryHeading")
        self.heading.setAccessibleName(translate("XenMemory", "Memory as Xen sees it"))
        self.bar = MemoryBar(self)
        self.bar.setObjectName("xenMemoryBar")
        self.bar.setAccessibleName(translate("XenMemory", "Host memory"))
        self.lanes = BalloonLanes(self)
        self.lanes.setObjectName("xenMemoryLanes")
        self.lanes.setAccessibleName(translate("XenMemory", "Each domain's memory and balloon"))
        self.legend = QLabel(translate(
            "XenMemory", "Each lane: the domain's footprint (bar) inside its dynamic range (hatched), the balloon "
                         "target (red line) and the dynamic minimum (dashed). When a VM starts and memory is short, "
                         "Xen asks the other domains' balloon drivers to give memory back, down to their dynamic "
                         "minimum; when memory is free again they grow back."), self)
        self.legend.setObjectName("xenMemoryLegend")
        self.legend.setAccessibleName(translate("XenMemory", "How to read the lanes"))
        self.legend.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("xenMemorySummary")
        self.summary.setAccessibleName(translate("XenMemory", "Domains' memory"))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.bar, self.lanes, self.legend, self.summary):
            layout.addWidget(widget)
        self.memory: XenMemory | None = None
        self._from: tuple[list[Segment], tuple[Lane, ...]] = ([], ())
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._frame)

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def show_memory(self, memory: XenMemory | None) -> None:
        if memory == self.memory:
            return
        self._from = (list(self.bar.segments()), self.lanes.lanes)
        self.memory = memory
        if memory is None:
            self._animation.stop()
            self.bar.set_segments([], 0)
            self.lanes.set_lanes(())
            self.summary.setText(translate("XenMemory", "No memory figures: the server's metrics are missing."))
            return
        self.summary.setText("<br>".join(lane_sentence(lane) for lane in memory.lanes))
        self.lanes.setAccessibleDescription("; ".join(lane_sentence(lane) for lane in memory.lanes))
        if not self._from[0] or not self.isVisible():
            self._frame(1.0)  # nothing to move from (or nobody watching): straight to the figures
            return
        self._animation.stop()
        self._animation.start()

    def _frame(self, value: object) -> None:
        memory = self.memory
        if memory is None:
            return
        t = float(value)  # type: ignore[arg-type]
        old_segments, old_lanes = self._from
        self.bar.set_segments(blend_segments(old_segments, segments_of(memory), t), memory.total)
        self.lanes.set_lanes(blend_lanes(old_lanes, memory.lanes, t))
