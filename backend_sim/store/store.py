"""The object store: one table per class keyed by ref, a generation counter and an event log.

Every change bumps the generation, is appended to the log and wakes the waiters of event.from.
Deletes leave tombstones so that a later event.from can report them. Bound fields (VM.VIFs and
VIF.VM, ...) follow automatically from the relation list.
"""

from __future__ import annotations

import asyncio
import bisect
import random
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from typing import Any

from .. import errors
from ..datamodel import CLASSES, field_default
from ..errors import ApiError
from ..wire.values import NULL_REF
from .relations import relations_by_class, relations_by_source
from .snapshot import Snapshot

Record = dict[str, Any]

# Classes that xapi never reports in events (sessions and static or derived data).
# Fields looked up by value often enough to index (host free memory scans for starting VMs).
INDEXED = (("VM", "scheduled_to_be_resident_on"),)

SILENT_CLASSES = frozenset(
    {"session", "user", "secret", "data_source", "auth", "sr_stat", "probe_result", "LVHD",
     "vdi_nbd_server_info", "role", "event"}
)


class Store:
    """In-memory xapi database with events.

    `max_log` bounds the event log; a token older than what is kept gets EVENTS_LOST.
    """

    def __init__(self, *, seed: int | None = None, max_log: int = 200_000) -> None:
        self.random = random.Random(seed)
        self.tables: dict[str, dict[str, Record]] = {name: {} for name in CLASSES}
        self.class_of: dict[str, str] = {}  # ref -> class, for every live row
        self.created_gen: dict[str, int] = {}
        self.by_uuid: dict[str, dict[str, str]] = {name: {} for name in CLASSES}
        self.tombstones: dict[str, tuple[str, int, int]] = {}  # ref -> (class, created, deleted)
        self.generation = 0
        self.message_generation = 0
        self.max_log = max_log
        self.log_gens: list[int] = []
        self.log_refs: list[str] = []
        self.horizon = 0  # tokens below this generation have lost events
        self._changed = asyncio.Event()  # replaced on every change; waiters hold the one they saw
        # Power states a scenario asks for (vm, host or "", state), brought about when served.
        self.boot_plan: list[tuple[str, str, str]] = []
        # Snapshots a scenario asks for (vm, name, description, seconds ago), oldest first, taken when served.
        self.snapshot_plan: list[tuple[str, str, str, float]] = []
        self.directory: object | None = None  # the scenario's external directory (model.directory.Directory)
        self.storage_lab: object | None = None  # storage servers the pool reaches (model.storage.servers)
        # Reverse indexes for hot lookups with no bound field: (class, field) -> value -> refs.
        self.indexes: dict[tuple[str, str], dict[Any, set[str]]] = {key: {} for key in INDEXED}
        self._relations_by_source = relations_by_source()
        self._relations_by_class = relations_by_class()
        self.snapshots: set[Snapshot] = set()  # open snapshots keep the old contents of rows that change

    def snapshot(self) -> Snapshot:
        """The store as it is now, readable later in slices while it changes (snapshot.py); close it when done."""
        taken = Snapshot(self)
        self.snapshots.add(taken)
        return taken

    def _keep(self, ref: str, record: Record) -> None:
        for taken in self.snapshots:
            taken.keep(ref, record)

    # -- identifiers -------------------------------------------------------------------------

    def new_uuid(self) -> str:
        return str(uuidlib.UUID(int=self.random.getrandbits(128), version=4))

    def new_ref(self) -> str:
        """A fresh ref, never one in use or remembered by a tombstone (a loaded dump holds refs a seeded stream
        may draw again)."""
        while True:
            ref = "OpaqueRef:" + str(uuidlib.UUID(int=self.random.getrandbits(128), version=4))
            if ref not in self.class_of and ref not in self.tombstones:
                return ref

    # -- reading -----------------------------------------------------------------------------

    def table(self, cls: str) -> dict[str, Record]:
        return self.tables[cls]

    def get(self, cls: str, ref: str) -> Record:
        record = self.tables[cls].get(ref)
        if record is None:
            raise ApiError(errors.HANDLE_INVALID, cls, ref)
        return record

    def find(self, cls: str, ref: str) -> Record | None:
        return self.tables[cls].get(ref)

    def ref_by_uuid(self, cls: str, uuid: str) -> str:
        ref = self.by_uuid[cls].get(uuid)
        if ref is None:
            raise ApiError(errors.UUID_INVALID, cls, uuid)
        return ref

    def valid_ref_counts(self) -> dict[str, int]:
        return {cls.lower(): len(table) for cls, table in self.tables.items() if cls != "event"}

    # -- writing -----------------------------------------------------------------------------

    def create(self, cls: str, fields: Mapping[str, Any] | None = None, *, ref: str | None = None) -> str:
        """Insert a row: defaults for every missing field, a fresh ref and uuid unless given."""
        definition = CLASSES[cls]
        record: Record = {}
        given = fields or {}
        for name, field in definition.fields.items():
            record[name] = given[name] if name in given else field_default(field)
        if "uuid" in definition.fields and not record.get("uuid"):
            record["uuid"] = self.new_uuid()
            while record["uuid"] in self.by_uuid[cls]:
                record["uuid"] = self.new_uuid()
        ref = ref or self.new_ref()
        self.insert(cls, ref, record)
        return ref

    def insert(self, cls: str, ref: str, record: Record) -> None:
        """Insert a complete record as is (used by loaders); bound fields are still followed."""
        if self.snapshots and ref in self.tables[cls]:
            self._keep(ref, self.tables[cls][ref])
        self.tables[cls][ref] = record
        self.class_of[ref] = cls
        uuid = record.get("uuid")
        if isinstance(uuid, str) and uuid:
            self.by_uuid[cls][uuid] = ref
        gen = self._bump(ref, cls)
        self.created_gen[ref] = gen
        self._index(cls, ref, record, add=True)
        for relation in self._relations_by_class.get(cls, ()):
            self._link(relation, ref, record.get(relation.field, NULL_REF))

    def update(self, cls: str, ref: str, changes: Mapping[str, Any]) -> Record:
        """Change fields of one row in one generation; bound fields follow."""
        record = self.get(cls, ref)
        if self.snapshots:
            self._keep(ref, record)
        self._index(cls, ref, record, add=False)
        for name, value in changes.items():
            old = record.get(name)
            record[name] = value
            for relation in self._relations_by_source.get((cls, name), ()):
                if old != value:
                    self._unlink(relation, ref, old)
                    self._link(relation, ref, value)
            if name == "uuid" and isinstance(old, str):
                self.by_uuid[cls].pop(old, None)
                self.by_uuid[cls][value] = ref
        self._index(cls, ref, record, add=True)
        self._bump(ref, cls)
        return record

    def set_field(self, cls: str, ref: str, name: str, value: Any) -> None:
        self.update(cls, ref, {name: value})

    def touch(self, cls: str, ref: str) -> int:
        """Record a modification without changing anything; returns the generation before it."""
        self.get(cls, ref)
        before = self.generation
        self._bump(ref, cls)
        return before

    def destroy(self, cls: str, ref: str) -> None:
        record = self.get(cls, ref)
        if self.snapshots:
            self._keep(ref, record)
        self._index(cls, ref, record, add=False)
        for relation in self._relations_by_class.get(cls, ()):
            self._unlink(relation, ref, record.get(relation.field, NULL_REF))
        del self.tables[cls][ref]
        del self.class_of[ref]
        uuid = record.get("uuid")
        if isinstance(uuid, str):
            self.by_uuid[cls].pop(uuid, None)
        created = self.created_gen.pop(ref, 0)
        gen = self._bump(ref, cls)
        if cls not in SILENT_CLASSES:
            self.tombstones[ref] = (cls, created, gen)

    def _index(self, cls: str, ref: str, record: Record, *, add: bool) -> None:
        for (index_cls, field), index in self.indexes.items():
            if index_cls != cls or field not in record:
                continue
            value = record[field]
            if add:
                index.setdefault(value, set()).add(ref)
            else:
                refs = index.get(value)
                if refs is not None:
                    refs.discard(ref)
                    if not refs:
                        del index[value]

    def refs_where(self, cls: str, field: str, value: Any) -> set[str]:
        """Rows whose indexed `field` equals `value` (see INDEXED)."""
        return self.indexes[(cls, field)].get(value, set())

    # -- map and set helpers with xapi's semantics ---------------------------------------------

    def map_add(self, cls: str, ref: str, field: str, key: str, value: Any) -> None:
        record = self.get(cls, ref)
        current = record[field]
        if key in current:
            raise ApiError(errors.MAP_DUPLICATE_KEY, cls, field, record.get("uuid", ref), key)
        self.update(cls, ref, {field: {**current, key: value}})

    def map_remove(self, cls: str, ref: str, field: str, key: str) -> None:
        record = self.get(cls, ref)
        current = record[field]
        if key in current:  # a missing key is silently accepted, as xapi does
            self.update(cls, ref, {field: {k: v for k, v in current.items() if k != key}})

    def set_add(self, cls: str, ref: str, field: str, value: Any) -> None:
        record = self.get(cls, ref)
        if value not in record[field]:
            self.update(cls, ref, {field: [*record[field], value]})

    def set_remove(self, cls: str, ref: str, field: str, value: Any) -> None:
        record = self.get(cls, ref)
        if value in record[field]:
            self.update(cls, ref, {field: [item for item in record[field] if item != value]})

    # -- bound fields -----------------------------------------------------------------------

    def _link(self, relation: Any, ref: str, target: Any) -> None:
        if not isinstance(target, str) or target == NULL_REF:
            return
        other = self.tables.get(relation.target_cls, {}).get(target)
        if other is None or relation.target_field not in other:
            return
        current = other[relation.target_field]
        if self.snapshots:
            self._keep(target, other)
        if isinstance(current, list):
            if ref not in current:
                other[relation.target_field] = [*current, ref]
                self._bump(target, relation.target_cls)
        elif current != ref:
            other[relation.target_field] = ref
            self._bump(target, relation.target_cls)

    def _unlink(self, relation: Any, ref: str, target: Any) -> None:
        if not isinstance(target, str) or target == NULL_REF:
            return
        other = self.tables.get(relation.target_cls, {}).get(target)
        if other is None or relation.target_field not in other:
            return
        current = other[relation.target_field]
        if self.snapshots:
            self._keep(target, other)
        if isinstance(current, list):
            if ref in current:
                other[relation.target_field] = [item for item in current if item != ref]
                self._bump(target, relation.target_cls)
        elif current == ref:
            other[relation.target_field] = NULL_REF
            self._bump(target, relation.target_cls)

    # -- generations and the log ------------------------------------------------------------

    def _bump(self, ref: str, cls: str) -> int:
        self.generation += 1
        if cls in SILENT_CLASSES:
            return self.generation
        if cls == "message":
            self.message_generation += 1
        self.log_gens.append(self.generation)
        self.log_refs.append(ref)
        if len(self.log_gens) > self.max_log:
            self._trim()
        self._wake()
        return self.generation

    def _trim(self) -> None:
        cut = len(self.log_gens) - self.max_log // 2
        self.horizon = self.log_gens[cut - 1]
        del self.log_gens[:cut]
        del self.log_refs[:cut]
        self.tombstones = {ref: t for ref, t in self.tombstones.items() if t[2] > self.horizon}

    def advance_generation(self, generation: int) -> None:
        """Continue counting from `generation` if it is ahead (a loaded database's count); no event is logged."""
        self.generation = max(self.generation, generation)

    def wake(self) -> None:
        """Wake every waiter without a change (they re-check, e.g. their session's validity)."""
        self._wake()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_for_change(self, after: int, timeout: float) -> bool:
        """Wait until the generation passes `after` or the timeout ends; True if it changed."""
        if self.generation > after:
            return True
        try:
            await asyncio.wait_for(self._changed.wait(), timeout)
        except TimeoutError:
            return self.generation > after
        return True

    def changes_since(self, generation: int) -> list[tuple[int, str]]:
        """(last generation, ref) of every row changed after `generation`, oldest change first."""
        if generation < self.horizon:
            raise ApiError(errors.EVENTS_LOST)
        start = bisect.bisect_right(self.log_gens, generation)
        latest: dict[str, int] = {}
        for gen, ref in zip(self.log_gens[start:], self.log_refs[start:], strict=True):
            latest[ref] = gen
        return sorted(((gen, ref) for ref, gen in latest.items()))

    def live_rows(self, classes: Iterable[str]) -> Iterable[tuple[str, str, Record]]:
        for cls in classes:
            for ref, record in self.tables[cls].items():
                yield cls, ref, record
