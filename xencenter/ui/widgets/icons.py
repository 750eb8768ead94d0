"""Icons by key ("vm-running", "host", ...) from the package's hand-written SVGs; cached, with a fallback.

Each SVG is rendered at 16, 24 and 32 px so the icon stays sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

FALLBACK = "generic"
SIZES = (16, 24, 32)


@cache
def _svg(key: str) -> bytes | None:
    item = resources.files("xencenter.resources").joinpath("icons", f"{key}.svg")
    return item.read_bytes() if item.is_file() else None


@cache
def icon(key: str) -> QIcon:
    data = _svg(key) or _svg(FALLBACK)
    result = QIcon()
    if data is None:
        return result
    renderer = QSvgRenderer(QByteArray(data))
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def has_icon(key: str) -> bool:
    return _svg(key) is not None
