"""Derived state recomputed after every change: allowed_operations and host free memory."""

from __future__ import annotations

from ..store.store import Store
from . import vm_rules
from .memory import refresh_host_metrics


def refresh(store: Store, cls: str, ref: str) -> None:
    if cls == "VM":
        vm = store.find("VM", ref)
        if vm is None:
            return
        allowed = vm_rules.allowed_operations(ref, vm)
        if allowed != vm["allowed_operations"]:
            store.update("VM", ref, {"allowed_operations": allowed})
    elif cls == "host":
        refresh_host_metrics(store, ref)
