"""Translation helpers for the core: explicit Qt contexts and lazily translated text.

Strings are written as `QCoreApplication.translate("Context", "...")` or `QT_TRANSLATE_NOOP("Context", "...")`
at the call site so that pyside6-lupdate sees them; `LazyText` only carries the pair until it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class LazyText:
    """A source string and its translation context, translated each time it is shown (language can change)."""

    context: str
    source: str

    def text(self) -> str:
        return QCoreApplication.translate(self.context, self.source)

    def __str__(self) -> str:
        return self.text()


def translate(context: str, source: str, n: int = -1) -> str:
    """QCoreApplication.translate with a plural count; callers pass literal strings (lupdate: translate alias)."""
    return QCoreApplication.translate(context, source, None, n)
