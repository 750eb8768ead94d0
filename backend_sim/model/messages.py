"""xapi's alert messages (VM_STARTED, ...), kept at most 10,000 as xapi does."""

from __future__ import annotations

from ..store.store import Store

MAX_MESSAGES = 10_000

PRIORITIES = {"VM_STARTED": 5, "VM_SHUTDOWN": 5, "VM_REBOOTED": 5, "VM_SUSPENDED": 5, "VM_RESUMED": 5,
              "VM_SNAPSHOTTED": 5, "VM_CLONED": 5, "VM_MIGRATED": 5, "VM_PAUSED": 5, "VM_UNPAUSED": 5,
              "VM_CRASHED": 2, "HOST_CLOCK_SKEW_DETECTED": 3, "POOL_MASTER_TRANSITION": 4}


def post(store: Store, name: str, cls: str, obj_uuid: str, timestamp: str, body: str = "",
         priority: int | None = None) -> str:
    ref = store.create("message", {"name": name, "priority": priority or PRIORITIES.get(name, 5), "cls": cls,
                                   "obj_uuid": obj_uuid, "timestamp": timestamp, "body": body})
    table = store.table("message")
    while len(table) > MAX_MESSAGES:
        store.destroy("message", next(iter(table)))
    return ref
