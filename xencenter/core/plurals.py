"""Counted words whose form follows the number in each language ("1 day", "3 days"): Qt's numerus messages.

pyside6-lupdate marks a message numerus only when it is a QObject's `tr` with a count, so the counts live here, on
one QObject whose class name is their context ("Plurals"); Qt puts the number in for `%n` and picks the language's
form. Without a translation loaded (English) Qt would show the source ("3 day(s)"), so each count also names its
English forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def _english(text: str, source: str, n: int, one: str, other: str) -> str:
    """`text` as translated, or the English form when no translation took the source's place."""
    if text != source.replace("%n", str(n)):
        return text
    return (one if n == 1 else other).replace("%n", str(n))


class Plurals(QObject):
    def days(self, n: int) -> str:
        return _english(self.tr("%n day(s)", "", n), "%n day(s)", n, "1 day", "%n days")

    def hours(self, n: int) -> str:
        return _english(self.tr("%n hour(s)", "", n), "%n hour(s)", n, "1 hour", "%n hours")

    def minutes(self, n: int) -> str:
        return _english(self.tr("%n minute(s)", "", n), "%n minute(s)", n, "1 minute", "%n minutes")

    def objects(self, n: int) -> str:
        return _english(self.tr("%n object(s)", "", n), "%n object(s)", n, "1 object", "%n objects")


_PLURALS: list[Plurals] = []


def plurals() -> Plurals:
    """The one Plurals object (made on first use, once the application and its translators exist)."""
    if not _PLURALS:
        _PLURALS.append(Plurals())
    return _PLURALS[0]
