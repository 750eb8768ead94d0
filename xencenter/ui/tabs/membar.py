"""MemoryBar: a horizontal stacked bar of memory segments (Xen, dom0, each VM, free), painted in proportion."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import fmt

# Xen, the control domain, free, and a palette cycled over the VMs.
XEN = QColor("#5b6770")
DOM0 = QColor("#8a97a0")
FREE = QColor("#f2f4f5")
OTHER = QColor("#c8ced3")
VM_COLOURS = tuple(QColor(c) for c in ("#3b82c4", "#55a868", "#c4843b", "#8172b2", "#c44e52", "#4ba3a8",
                                       "#937860", "#da8bc3"))


@dataclass(frozen=True)
class Segment:
    key: str  # "xen", "dom0", "free" or a VM ref
    label: str
    amount: int  # bytes
    colour: QColor
    detail: str = ""  # more about the segment, for the tooltip (a VM's balloon target and static maximum)


class MemoryBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: tuple[Segment, ...] = ()
        self._total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(36)

    def sizeHint(self) -> QSize:
        return QSize(480, 36)

    def segments(self) -> tuple[Segment, ...]:
        return self._segments

    def total(self) -> int:
        return self._total

    def set_segments(self, segments: Sequence[Segment], total: int) -> None:
        segments = tuple(s for s in segments if s.amount > 0)
        if segments == self._segments and total == self._total:
            return
        self._segments, self._total = segments, total
        lines = [f"{s.label}: {fmt.size(s.amount)}" + (f" ({s.detail})" if s.detail else "") for s in segments]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(frame, FREE)
        whole = max(self._total, sum(s.amount for s in self._segments), 1)
        x = frame.left()
        for segment in self._segments:
            width = frame.width() * segment.amount / whole
            box = QRectF(x, frame.top(), width, frame.height())
            painter.fillRect(box, segment.colour)
            painter.setPen(QPen(QColor("white"), 1))
            painter.drawLine(box.topRight(), box.bottomRight())
            text = f"{segment.label}\n{fmt.size(segment.amount)}"
            dark = segment.colour.lightness() < 160
            painter.setPen(QColor("white") if dark else QColor("#202020"))
            if painter.fontMetrics().horizontalAdvance(segment.label) + 6 < width:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width
        painter.setPen(QPen(QColor("#707070"), 1))
        painter.drawRect(frame)
        painter.end()


def legend_html(segments: Sequence[Segment]) -> str:
    """A one-paragraph legend: a coloured square, the label and the amount per segment."""
    parts = []
    for s in segments:
        label = html.escape(f"{s.label} {fmt.size(s.amount)}")
        parts.append(f'<span style="color:{s.colour.name()}">&#9632;</span>&nbsp;{label}')
    return "&nbsp;&nbsp; ".join(parts)
