"""Small formatting helpers shared by the tabs (translated in the "Tabs" context)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.errors_text import format_bytes
from ...core.objects import as_int
from ...core.plurals import plurals
from ...core.timetext import local_time_text
from ...core.uptime import seconds_since


def unknown() -> str:
    return QCoreApplication.translate("Tabs", "Unknown")


def none_text() -> str:
    return QCoreApplication.translate("Tabs", "None")


def yes_no(value: Any) -> str:
    return QCoreApplication.translate("Tabs", "Yes") if value else QCoreApplication.translate("Tabs", "No")


def size(value: Any) -> str:
    """Bytes as text; "Unknown" for values that are not numbers (a missing or garbled field)."""
    number = as_int(value, -1)
    return unknown() if number < 0 else format_bytes(number)


def time_text(stamp: datetime | None) -> str:
    """Local time in the user's locale, or "Unknown"."""
    return local_time_text(stamp, unknown())


def duration(seconds: float) -> str:
    """"3 days 4 hours 5 minutes", dropping leading zero units."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    # One form for one and one for the rest, each a message of its own: English, Galician and Spanish have these two
    # (pyside6-lupdate does not mark translate()'s %n plurals as numerus, so Qt's plural rules cannot apply).
    parts = []
    if days:
        parts.append(plurals().days(days))
    if days or hours:
        parts.append(plurals().hours(hours))
    parts.append(plurals().minutes(minutes))
    return " ".join(parts)


def uptime(start: datetime | None) -> str:
    """Time since `start` (see core.uptime); "Unknown" when there is no usable start time."""
    return unknown() if start is None else duration(seconds_since(start))


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole > 0 else unknown()
