"""xapi database files: load a real dump (`state.db`, `xapi-db.xml`) as a live pool, save the store back.

    report = load_db("state.db", store)     # DbFileError for a file that is not a readable xapi dump
    save_db(store, "saved.xml")             # atomic: the old file stays whole if anything fails

The format is xapi's own (xen-api ocaml/database/db_xml.ml); see reader.py and writer.py.
"""

from __future__ import annotations

import os
import time

from ..model.roles import add_roles
from ..store.store import Store
from . import links, live, reader, writer
from .report import DbFileError, LoadReport


def load_db(path: str | os.PathLike[str], store: Store) -> LoadReport:
    """Fill an empty store from a xapi database dump and return what was found.

    Sessions, tasks and messages of the dump are dropped, bound fields are rebuilt, runtime state is made
    consistent for a live pool and the RBAC roles are created (xapi builds them at start-up too). The store
    is only touched once the whole file has been read and converted.
    """
    if store.class_of:
        raise ValueError("load_db needs an empty store")
    started = time.perf_counter()
    report = LoadReport(os.fspath(path))
    loaded = reader.convert(reader.read_dump(path), report)
    live.make_live(loaded, report)
    links.rebuild_bound_fields(loaded.records)
    report.dangling_refs = links.dangling_refs(loaded.records)
    for cls, rows in loaded.records.items():
        for ref, record in rows.items():
            store.insert(cls, ref, record)
        report.rows[cls] = len(rows)
    add_roles(store)
    # xapi's generation count goes on from the saved one: an object saved at generation G was made at or before G.
    store.advance_generation(_generation_count(report.manifest))
    # The rows came from the file, not from the store's seeded stream: left as it is, that stream would draw again
    # the refs and uuids of the scenario with the same seed the dump may hold; one of the dump's own instead.
    store.random.seed(f"{store.random.getrandbits(64)}:{store.generation}:{len(store.class_of)}")
    report.seconds = time.perf_counter() - started
    return report


def save_db(store: Store, path: str | os.PathLike[str]) -> None:
    """Write the store to `path` in xapi's database format, atomically; DbFileError if it cannot.
    (A served pool saves itself periodically with autosave.save_every, which never holds the loop.)"""
    with store.snapshot() as snapshot:
        writer.write_atomically(path, "".join(writer.render(snapshot)).encode("utf-8"))


def _generation_count(manifest: dict[str, str]) -> int:
    try:
        return max(0, int(manifest.get("generation_count", "0")))
    except ValueError:
        return 0


__all__ = ["DbFileError", "LoadReport", "load_db", "save_db"]
