"""ObjectCache: every object of one connection, fed by event.from batches, with one signal per batch.

No I/O here: the connection feeds `apply_events` and `replace_all`; views and commands only read.

Signals:
    batch_applied(CacheDelta): once per applied batch that changed something.
    reset(): the contents were replaced wholesale (initial load, resync after EVENTS_LOST, clear).
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from PySide6.QtCore import QObject, Signal

from .classnames import IGNORED, wire_name
from .slices import run_at_once

log = logging.getLogger("xencenter.cache")

Record = Mapping[str, Any]
NULL_REF = "OpaqueRef:NULL"


@dataclass(frozen=True)
class Changed:
    """A changed object. `fields`, the names of the fields that differ, is worked out when first read: most
    readers never look, and a big batch changes thousands of records of dozens of fields each."""

    cls: str
    ref: str
    old: Record = field(repr=False)
    new: Record = field(repr=False)

    @cached_property
    def fields(self) -> frozenset[str]:
        return _changed_fields(self.old, self.new)


@dataclass(frozen=True)
class Removed:
    cls: str
    ref: str
    old: Record


@dataclass(frozen=True)
class CacheDelta:
    """What one batch did: refs added, refs changed (with the changed field names), refs removed (with old record)."""

    added: tuple[tuple[str, str], ...] = ()
    changed: tuple[Changed, ...] = ()
    removed: tuple[Removed, ...] = ()
    classes: frozenset[str] = field(default=frozenset())

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def touches(self, cls: str) -> bool:
        return cls in self.classes

    def refs(self) -> frozenset[str]:
        return frozenset([ref for _, ref in self.added] + [c.ref for c in self.changed] + [r.ref for r in self.removed])


class ObjectCache(QObject):
    batch_applied = Signal(object)
    reset = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: dict[str, dict[str, dict[str, Any]]] = {}
        self._class_of: dict[str, str] = {}
        self._ref_of_uuid: dict[str, str] = {}  # messages name their object by uuid
        self.generation = 0  # +1 whenever the contents change: answers computed from them are keyed by it

    # -- lookups -------------------------------------------------------------------------------------------

    def get(self, cls: str, ref: str) -> Record | None:
        return self._tables.get(cls, {}).get(ref)

    def resolve(self, ref: str) -> tuple[str, Record] | None:
        """The class and record of `ref`, whatever its class; None if unknown or the null ref."""
        cls = self._class_of.get(ref)
        if cls is None:
            return None
        return cls, self._tables[cls][ref]

    def by_uuid(self, uuid: str) -> tuple[str, str, Record] | None:
        """(class, ref, record) of the object with this uuid, if cached."""
        ref = self._ref_of_uuid.get(uuid)
        found = self.resolve(ref) if ref is not None else None
        return (found[0], ref, found[1]) if found is not None and ref is not None else None

    def class_of(self, ref: str) -> str | None:
        return self._class_of.get(ref)

    def all_of(self, cls: str) -> Mapping[str, Record]:
        """ref -> record for every object of `cls` (a read-only view; do not keep it across batches)."""
        return self._tables.get(cls, {})

    def items(self, cls: str) -> Iterator[tuple[str, Record]]:
        yield from self._tables.get(cls, {}).items()

    def classes(self) -> frozenset[str]:
        return frozenset(cls for cls, table in self._tables.items() if table)

    def count(self, cls: str) -> int:
        return len(self._tables.get(cls, {}))

    def __len__(self) -> int:
        return len(self._class_of)

    def __contains__(self, ref: object) -> bool:
        return ref in self._class_of

    def snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        """A deep-enough copy of the contents (class -> ref -> record), for comparisons and tests."""
        return {cls: {ref: dict(rec) for ref, rec in table.items()} for cls, table in self._tables.items() if table}

    # -- feeding -------------------------------------------------------------------------------------------

    def apply_events(self, events: Iterable[Mapping[str, Any]]) -> CacheDelta:
        """Apply event.from events in order; emit `batch_applied` once if anything changed. Returns the delta.

        Several events for one ref fold into one entry (add+mod = added, add+del = nothing, mod+del = removed).
        Malformed events are logged and skipped.
        """
        return run_at_once(self.applying(events))

    def applying(self, events: Iterable[Mapping[str, Any]], every: int = 250) -> Generator[None, None, CacheDelta]:
        """`apply_events` as steps (a pause every `every` events; see core/slices.py), for the bursts of thousands
        of events that would hold the GUI thread. Each record is swapped whole, so a reader between two steps sees
        some objects already changed and others not yet, as if the server had sent two batches; the one delta (and
        its signal) comes at the end."""
        before: dict[str, tuple[str, dict[str, Any] | None]] = {}
        for count, event in enumerate(events, 1):
            parsed = _parse_event(event)
            if parsed is not None and parsed[0].lower() not in IGNORED:
                cls, op, ref, snapshot = parsed
                if ref not in before:
                    old_cls = self._class_of.get(ref)
                    before[ref] = (cls, self._tables[old_cls][ref] if old_cls is not None else None)
                if op == "del" or snapshot is None:
                    self._drop(ref)
                else:
                    self._store(cls, ref, snapshot)
            if count % every == 0:
                yield
        delta = yield from self._delta_steps(before, every)
        if delta:
            self.generation += 1
            self.batch_applied.emit(delta)
        return delta

    def replace_all(self, events: Iterable[Mapping[str, Any]]) -> None:
        """Replace the contents with the objects of a full event.from("", ...) load; emits `reset`. The records
        given become the cache's own (not copied): callers pass freshly decoded ones."""
        run_at_once(self.replacing(events))

    def replacing(self, events: Iterable[Mapping[str, Any]], every: int = 400) -> Generator[None, None, None]:
        """`replace_all` as steps (a pause every `every` events; see core/slices.py). The new contents are built
        aside and swapped in at the end: readers never see a half-loaded cache."""
        tables: dict[str, dict[str, dict[str, Any]]] = {}
        class_of: dict[str, str] = {}
        ref_of_uuid: dict[str, str] = {}
        for count, event in enumerate(events, 1):
            parsed = _parse_event(event)
            if not (parsed is None or parsed[1] == "del" or parsed[3] is None or parsed[0].lower() in IGNORED):
                _store(tables, class_of, ref_of_uuid, parsed[0], parsed[2], parsed[3])
            if count % every == 0:
                yield
        self._tables, self._class_of, self._ref_of_uuid = tables, class_of, ref_of_uuid
        self.generation += 1
        self.reset.emit()

    def clear(self) -> None:
        if self._class_of:
            self._tables.clear()
            self._class_of.clear()
            self._ref_of_uuid.clear()
            self.generation += 1
            self.reset.emit()

    def _store(self, cls: str, ref: str, record: dict[str, Any]) -> None:
        _store(self._tables, self._class_of, self._ref_of_uuid, cls, ref, record)

    def _drop(self, ref: str) -> None:
        cls = self._class_of.pop(ref, None)
        if cls is not None:
            record = self._tables[cls].pop(ref)
            uuid = record.get("uuid")
            if isinstance(uuid, str) and self._ref_of_uuid.get(uuid) == ref:
                del self._ref_of_uuid[uuid]

    def _delta_steps(self, before: Mapping[str, tuple[str, dict[str, Any] | None]],
                     every: int) -> Generator[None, None, CacheDelta]:
        """What the batch changed, a pause every `every` refs (comparing a thousand VM records takes ~10 ms)."""
        added: list[tuple[str, str]] = []
        changed: list[Changed] = []
        removed: list[Removed] = []
        for count, (ref, (event_cls, old)) in enumerate(before.items(), 1):
            if count % every == 0:
                yield
            cls = self._class_of.get(ref)
            new = self._tables[cls][ref] if cls is not None else None
            if old is None and new is not None and cls is not None:
                added.append((cls, ref))
            elif old is not None and new is None:
                removed.append(Removed(event_cls, ref, old))
            elif old is not None and new is not None and cls is not None and old != new:
                changed.append(Changed(cls, ref, old, new))
        classes = frozenset([c for c, _ in added] + [c.cls for c in changed] + [r.cls for r in removed])
        return CacheDelta(tuple(added), tuple(changed), tuple(removed), classes)


_MISSING = object()


def _store(tables: dict[str, dict[str, dict[str, Any]]], class_of: dict[str, str], ref_of_uuid: dict[str, str],
           cls: str, ref: str, record: dict[str, Any]) -> None:
    old_cls = class_of.get(ref)
    if old_cls is not None and old_cls != cls:
        del tables[old_cls][ref]
    tables.setdefault(cls, {})[ref] = record
    class_of[ref] = cls
    uuid = record.get("uuid")
    if isinstance(uuid, str) and uuid:
        ref_of_uuid[uuid] = ref


def _changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> frozenset[str]:
    """Names of the fields that differ (added, removed or another value). One pass over `new`; the key sets are
    compared in C and only walked when they differ (a record of a class keeps its fields)."""
    get = old.get
    names = [k for k, v in new.items() if get(k, _MISSING) != v]
    if old.keys() != new.keys():
        names.extend(old.keys() - new.keys())
    return frozenset(names)


def _parse_event(event: Mapping[str, Any]) -> tuple[str, str, str, dict[str, Any] | None] | None:
    try:
        cls = wire_name(str(event["class"]))
        op = str(event["operation"])
        ref = str(event["ref"])
    except (KeyError, TypeError):
        log.warning("skipping a malformed event: %r", event)
        return None
    if op not in ("add", "mod", "del") or not ref:
        log.warning("skipping an event with operation %r on %r", op, ref)
        return None
    snapshot = event.get("snapshot")
    if op != "del" and not isinstance(snapshot, dict):
        log.warning("skipping a %s event on %s without a snapshot", op, ref)
        return None
    return cls, op, ref, snapshot if isinstance(snapshot, dict) else None  # decoded for us alone: no copy
