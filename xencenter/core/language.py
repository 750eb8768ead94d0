"""The console's language preference: the system's, or one the user chose in View > Language (applied at the next
start, since every text is translated when its widget is built). Kept in the user's own settings, not a server's."""

from __future__ import annotations

from .i18n import LazyText
from .servers import SettingsBackend

LANGUAGE_KEY = "ui/language"
# (code, name): "" follows the system. Each language is named in itself, as language menus do.
CHOICES: tuple[tuple[str, LazyText], ...] = (
    ("", LazyText("Language", "System language")),
    ("en", LazyText("Language", "English")),
    ("gl", LazyText("Language", "Galego")),
    ("es", LazyText("Language", "Español")),
)
CODES = frozenset(code for code, _ in CHOICES if code)


def ui_language(known: frozenset[str] = CODES) -> str:
    """The language the console shows (its default locale's), as one of `known`, else "en"."""
    from PySide6.QtCore import QLocale

    code = QLocale().name().split("_")[0]
    return code if code in known else "en"


def saved_language(settings: SettingsBackend) -> str | None:
    """The language chosen in the menu, or None to follow the system."""
    value = settings.value(LANGUAGE_KEY, "")
    return str(value) if isinstance(value, str) and value in CODES else None


def save_language(settings: SettingsBackend, code: str) -> None:
    settings.setValue(LANGUAGE_KEY, code if code in CODES else "")
