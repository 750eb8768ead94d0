#!/usr/bin/env python3
"""Render the console's icon (xencenter/resources/icons/app.svg, also the window icon) into the PNG sizes desktops
look for, under packaging/desktop/icons/hicolor/<N>x<N>/apps/ (the wheel installs app.svg itself as the scalable one).

    python packaging/desktop/icons.py          # rewrite the PNGs after changing app.svg

The PNGs are committed (a wheel's build needs no Qt); tests/packaging/test_desktop.py checks they are current.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "xencenter" / "resources" / "icons" / "app.svg"
ICONS = Path(__file__).resolve().parent / "icons" / "hicolor"
APP_ID = "org.xencenter.Console"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_path(size: int, root: Path = ICONS) -> Path:
    return root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):  # -> QImage
    """The icon at `size` pixels, antialiased on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise ValueError(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_all(root: Path = ICONS) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        path = png_path(size, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all():
        print(written_path.relative_to(ROOT))
