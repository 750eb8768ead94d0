"""Labels with their object and accessible names, and the widget they name (buddy) for keyboard and readers."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget


def make_label(parent: QWidget, name: str, text: str = "", buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAccessibleName(re.sub(r"<[^>]+>", "", text).replace("&", "") or name)
    if buddy is not None:
        label.setBuddy(buddy)
    return label
