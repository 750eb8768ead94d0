"""A store snapshot (store/snapshot.py) reads the rows as they were when it was taken, however the store changes
meanwhile: updates, bound fields, new rows and destroyed ones; and the save file renders that picture."""

from __future__ import annotations

import time

from backend_sim import scenarios
from backend_sim.dbfile import writer
from backend_sim.store.store import Store


def demo() -> Store:
    return scenarios.build("demo", seed=3, now=time.time())[0]


def picture(store: Store) -> dict[str, dict[str, dict[str, object]]]:
    return {cls: {ref: dict(record) for ref, record in table.items()} for cls, table in store.tables.items()}


def test_a_snapshot_is_the_store_at_its_generation_whatever_changes_after() -> None:
    store = demo()
    before = picture(store)
    vm_ref = next(ref for ref, r in store.table("VM").items() if not r["is_control_domain"])
    network = next(iter(store.table("network")))
    with store.snapshot() as snapshot:
        assert snapshot.generation == store.generation
        store.update("VM", vm_ref, {"name_label": "renamed", "other_config": {"k": "v"}})
        vif = store.create("VIF", {"VM": vm_ref, "network": network, "device": "7"})  # bound fields change
        assert vif in store.get("VM", vm_ref)["VIFs"]
        doomed = next(iter(store.table("VM_metrics")))
        store.destroy("VM_metrics", doomed)
        seen = {cls: dict(snapshot.rows(cls)) for cls in store.tables}
    assert seen == before
    assert not store.snapshots
    assert store.get("VM", vm_ref)["name_label"] == "renamed"  # the store itself went on


def test_the_saved_document_is_the_snapshots_picture() -> None:
    store = demo()
    with store.snapshot() as snapshot:
        pieces = writer.render(snapshot)
        head = [next(pieces) for _ in range(3)]
        vm_ref = next(ref for ref, r in store.table("VM").items() if not r["is_control_domain"])
        store.update("VM", vm_ref, {"name_label": "renamed-while-saving"})
        store.create("network", {"name_label": "made-while-saving"})
        document = "".join([*head, *pieces])
    assert "renamed-while-saving" not in document and "made-while-saving" not in document
    with store.snapshot() as later:
        assert "renamed-while-saving" in "".join(writer.render(later))
