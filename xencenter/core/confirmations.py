"""Which questions the user still wants asked: a verb's "Don't ask me again", undone in Tools > Options.

Kept in the settings as `confirmations/<command id>` = "false" once the user opts out; anything else (missing,
"true", a value an older build wrote) means ask. Without settings (tests, scripts) every question is asked.
"""

from __future__ import annotations

from typing import Any

from .servers import SettingsBackend

PREFIX = "confirmations/"


def _as_bool(value: Any, default: bool) -> bool:
    """QSettings gives back "true"/"false" strings from ini files, real bools from the native stores."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("false", "0", "no"):
        return False
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes"):
        return True
    return default


class Confirmations:
    def __init__(self, settings: SettingsBackend | None) -> None:
        self.settings = settings

    def asks(self, command_id: str) -> bool:
        """True unless the user ticked "Don't ask me again" for this command."""
        if self.settings is None:
            return True
        return _as_bool(self.settings.value(PREFIX + command_id, True), True)

    def set_asks(self, command_id: str, asks: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(PREFIX + command_id, "true" if asks else "false")
