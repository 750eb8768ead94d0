"""Derived state recomputed after every change: allowed_operations (a VM's vApp's too) and host free memory."""

from __future__ import annotations

from ..store.store import Store
from . import appliance, hosts, network, storage, vm_fields, vm_rules
from .memory import overhead_bytes


def refresh(store: Store, cls: str, ref: str) -> None:
    if cls == "VM":
        vm = store.find("VM", ref)
        if vm is None:
            return
        changes: dict[str, object] = {}
        allowed = vm_rules.allowed_operations(ref, vm)
        if allowed != vm["allowed_operations"]:
            changes["allowed_operations"] = allowed
        # xapi keeps memory_overhead current for every VM, halted ones and templates included.
        overhead = overhead_bytes(vm)
        if not vm_fields.is_control_domain(vm) and vm["memory_overhead"] != overhead:
            changes["memory_overhead"] = overhead
        if changes:
            store.update("VM", ref, changes)
        network.refresh_network(store, cls, ref)
        storage.refresh_storage(store, cls, ref)
        appliance.refresh_of_vm(store, ref)
    elif cls == "VM_appliance":
        appliance.refresh(store, ref)
    elif cls == "VIF":
        network.refresh_network(store, cls, ref)
    elif cls in ("SR", "PBD", "VDI", "VBD"):
        storage.refresh_storage(store, cls, ref)
    elif cls == "host" and store.find("host", ref) is not None:
        hosts.refresh(store, ref)
