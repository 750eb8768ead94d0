"""A consistent picture of the store at one generation, read while the store goes on changing (copy on write).

Saving a large pool takes seconds; holding the server's loop that long would stall every client, and copying
every row first costs over 100 ms on `large:64x3000`. Instead a `Snapshot` lists the rows alive when it is taken
and the store keeps, for the snapshot's lifetime, the old contents of a row the first time it changes
(`Store.update`, bound fields, `destroy`): `rows()` then gives each row as it was, even when read in slices with
the loop running in between. Rows created later are not in the picture. Only changes made through the store's
methods are seen; runtime fields written directly (a session's task list) are in tables that are not saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

Record = dict[str, Any]


class Snapshot:
    """Rows as they were at `generation`; `close()` (or leaving the `with` block) stops the copying."""

    def __init__(self, store: Store) -> None:
        self.generation = store.generation
        self._store = store
        self._refs = {cls: list(table) for cls, table in store.tables.items()}
        self._before: dict[str, Record] = {}  # ref -> its contents when the snapshot was taken

    def keep(self, ref: str, record: Record) -> None:
        """Called by the store before a row alive at the snapshot changes or goes (the first time only)."""
        if ref not in self._before:
            self._before[ref] = dict(record)

    def rows(self, cls: str) -> Iterator[tuple[str, Record]]:
        table = self._store.tables[cls]
        for ref in self._refs[cls]:
            record = self._before.get(ref)
            if record is None:
                record = table.get(ref)
            if record is not None:
                yield ref, record

    def close(self) -> None:
        self._store.snapshots.discard(self)

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
