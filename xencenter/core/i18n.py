"""Translation helpers for the core: explicit Qt contexts and lazily translated text.

Strings are written as `translate("Context", "...")`, `QCoreApplication.translate("Context", "...")` or
`QT_TRANSLATE_NOOP("Context", "...")` at the call site, with the context as a literal: pyside6-lupdate reads the
sources and cannot resolve a variable (packaging/i18n.py runs it; tests/xencenter/test_i18n.py checks the .ts files
are current). `LazyText("Context", "...")` only carries the pair until it is shown (lupdate is told it is a
QT_TRANSLATE_NOOP).
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


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, same arguments (lupdate reads calls named `translate` as Qt's: keep the order).
    For counts, write one message for one and one for the rest ("1 VM" / "{0} VMs"): pyside6-lupdate does not mark a
    `%n` message as plural, so its translations could not vary with the count."""
    return QCoreApplication.translate(context, source, disambiguation, n)
