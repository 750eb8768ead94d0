"""Derived state recomputed after every change: allowed_operations and host free memory."""

from __future__ import annotations

from ..store.store import Store
from . import hosts, network, storage, vm_rules


def refresh(store: Store, cls: str, ref: str) -> None:
    if cls == "VM":
        vm = store.find("VM", ref)
        if vm is None:
            return
        allowed = vm_rules.allowed_operations(ref, vm)
        if allowed != vm["allowed_operations"]:
            store.update("VM", ref, {"allowed_operations": allowed})
        network.refresh_network(store, cls, ref)
        storage.refresh_storage(store, cls, ref)
    elif cls == "VIF":
        network.refresh_network(store, cls, ref)
    elif cls in ("SR", "PBD", "VDI", "VBD"):
        storage.refresh_storage(store, cls, ref)
    elif cls == "host" and store.find("host", ref) is not None:
        hosts.refresh(store, ref)
