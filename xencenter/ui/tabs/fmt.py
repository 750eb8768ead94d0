"""Small formatting helpers shared by the tabs (translated in the "Tabs" context)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.errors_text import format_bytes
from ...core.objects import as_int

_XAPI_TIME = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$")


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


def parse_time(value: Any) -> datetime | None:
    """An xapi datetime ("20261124T08:11:32Z", ISO 8601 or a datetime) as an aware UTC datetime; None if unusable."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    match = _XAPI_TIME.match(str(value or "").strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        stamp = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    offset = match.group(7)
    if offset and offset != "Z":
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        stamp = stamp.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))))
    # xapi's "never" is the epoch
    return None if stamp.year <= 1970 else stamp.astimezone(UTC)


def time_text(stamp: datetime | None) -> str:
    """Local time, to the second, or "Unknown"."""
    return unknown() if stamp is None else stamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def duration(seconds: float) -> str:
    """"3 days 4 hours 5 minutes", dropping leading zero units."""
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = []
    if days:
        parts.append(QCoreApplication.translate("Tabs", "%n day(s)", None, days))
    if days or hours:
        parts.append(QCoreApplication.translate("Tabs", "%n hour(s)", None, hours))
    parts.append(QCoreApplication.translate("Tabs", "%n minute(s)", None, minutes))
    return " ".join(parts)


def uptime(start: Any, now: datetime | None = None) -> str:
    """Time since `start` (an xapi datetime); "Unknown" when there is no usable start time."""
    begun = parse_time(start)
    if begun is None:
        return unknown()
    now = now or datetime.now(UTC)
    return duration((now - begun).total_seconds())


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole > 0 else unknown()
