"""The level of an xapi message (alert), decided once for every view that shows one (Alerts, Logs).

xapi gives each message a priority from 1 (data loss imminent) to 5 (informational). XenCenter groups them in
three levels, each with its own icon: 1-2 critical, 3 warning, 4-5 information. A priority outside 1-5 or not a
number is shown as information (it is nothing xapi documents as urgent).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate
from .objects import as_int


class AlertLevel(Enum):
    """Most severe first; the value is also the icon's key suffix ("alert-critical", ...)."""

    CRITICAL = "critical"
    WARNING = "warning"
    INFORMATION = "information"

    def text(self) -> str:
        return translate("AlertLevel", _NAMES[self])

    @property
    def icon_key(self) -> str:
        return f"alert-{self.value}"

    @property
    def rank(self) -> int:
        """0 for critical, 2 for information: sorts the most severe first."""
        return list(AlertLevel).index(self)


_NAMES = {AlertLevel.CRITICAL: str(QT_TRANSLATE_NOOP("AlertLevel", "Critical")),
          AlertLevel.WARNING: str(QT_TRANSLATE_NOOP("AlertLevel", "Warning")),
          AlertLevel.INFORMATION: str(QT_TRANSLATE_NOOP("AlertLevel", "Information"))}


def priority_level(priority: Any) -> AlertLevel:
    """The level of an xapi priority (a number, or the decimal string XML-RPC sends)."""
    number = as_int(priority, 5)
    if number in (1, 2):
        return AlertLevel.CRITICAL
    if number == 3:
        return AlertLevel.WARNING
    return AlertLevel.INFORMATION


def message_level(message: Mapping[str, Any]) -> AlertLevel:
    """The level of a `message` record."""
    return priority_level(message.get("priority"))
