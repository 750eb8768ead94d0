"""A name nothing of a class uses yet, for what a wizard is about to create ("New vApp", "New vApp 2", ...)."""

from __future__ import annotations

from collections.abc import Callable

from ..cache import ObjectCache


def free_name(cache: ObjectCache, cls: str, first: str, numbered: Callable[[int], str]) -> str:
    """`first` when no `cls` object has that name_label, else the first of numbered(2), numbered(3)... that none has."""
    used = {str(record.get("name_label", "")) for _ref, record in cache.items(cls)}
    name, number = first, 1
    while name in used:
        number += 1
        name = numbered(number)
    return name
