"""Dependency tracking: a tab renders through a Tracker, which notes every ref and class it read.

The next cache batch re-renders the tab only if it touches one of those refs (or, for whole-class reads, any
object of that class). Refs read while missing are noted too, so a dangling ref that later appears is picked up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from ...core.cache import CacheDelta, ObjectCache, Record
from ...core.objects import XenObject, is_null

V = TypeVar("V", bound=XenObject)


@dataclass
class Deps:
    refs: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)

    def touched_by(self, delta: CacheDelta) -> bool:
        return bool(self.classes & delta.classes) or not self.refs.isdisjoint(delta.refs())


class Tracker:
    """The reading half of ObjectCache, recording what was read (duck-types as a cache for the typed views)."""

    def __init__(self, cache: ObjectCache) -> None:
        self.cache = cache
        self.deps = Deps()

    def get(self, cls: str, ref: str) -> Record | None:
        self.deps.refs.add(ref)
        return self.cache.get(cls, ref)

    def resolve(self, ref: str) -> tuple[str, Record] | None:
        self.deps.refs.add(ref)
        return self.cache.resolve(ref)

    def class_of(self, ref: str) -> str | None:
        self.deps.refs.add(ref)
        return self.cache.class_of(ref)

    def all_of(self, cls: str) -> Mapping[str, Record]:
        self.deps.classes.add(cls)
        return self.cache.all_of(cls)

    def items(self, cls: str) -> Iterator[tuple[str, Record]]:
        self.deps.classes.add(cls)
        yield from self.cache.items(cls)

    def view(self, kind: type[V], ref: Any) -> V | None:
        """The typed view of `ref` (its own reads tracked too), or None for a null, missing or other-class ref."""
        if is_null(ref):
            return None
        record = self.get(kind.CLASS, str(ref))
        return None if record is None else kind(str(ref), record, cast(ObjectCache, self))

    def record(self, cls: str, ref: Any) -> Record | None:
        """The record of a ref field's value; None for null or dangling refs."""
        return None if is_null(ref) else self.get(cls, str(ref))

    def name_of(self, cls: str, ref: Any, default: str = "") -> str:
        record = self.record(cls, ref)
        return str(record.get("name_label", default)) if record is not None else default
