"""VM.create and VM.destroy with xapi's side effects (metrics rows, devices removed)."""

from __future__ import annotations

from typing import Any

from ..datamodel import CLASSES
from ..errors import ApiError
from ..model import appliance, network, storage, vm_rules
from ..wire.values import NULL_REF
from .call import Call
from .generic import generic_handler
from .registry import api

# The generated constructor does the record; VM.create adds the metrics row and state xapi gives it.
_generic_create = generic_handler(CLASSES["VM"], CLASSES["VM"].messages["create"])


@api("VM.create")
def create(call: Call, args: dict[str, Any]) -> str:
    assert _generic_create is not None
    order = [args.get(name, 0) for name in ("memory_static_min", "memory_dynamic_min", "memory_dynamic_max",
                                             "memory_static_max")]
    if order != sorted(order):
        raise ApiError("MEMORY_CONSTRAINT_VIOLATION",
                       "memory_static_min <= memory_dynamic_min <= memory_dynamic_max <= memory_static_max")
    ref: str = _generic_create(call, args)
    metrics = call.store.create("VM_metrics", {"install_time": call.ctx.clock.now_datetime(),
                                               "last_updated": call.ctx.clock.now_datetime()})
    call.store.update("VM", ref, {"metrics": metrics, "power_state": "Halted", "domid": -1})
    call.ctx.after_operation("VM", ref)
    return ref


@api("VM.destroy")
def destroy(call: Call, self: str) -> None:
    vm = call.store.get("VM", self)
    vm_rules.check(self, vm, "destroy")
    store = call.store
    for vbd in list(vm["VBDs"]):
        store.destroy("VBD", vbd)
    for vif in list(vm["VIFs"]):
        network.destroy_vif_row(store, vif)
    for console in list(vm["consoles"]):
        store.destroy("console", console)
    if vm["suspend_VDI"] != NULL_REF and store.find("VDI", vm["suspend_VDI"]) is not None:
        storage.destroy_vdi(store, vm["suspend_VDI"])
    for cls, field in (("VM_metrics", "metrics"), ("VM_guest_metrics", "guest_metrics")):
        if vm[field] != NULL_REF and store.find(cls, vm[field]) is not None:
            store.destroy(cls, vm[field])
    store.destroy("VM", self)
    if vm["appliance"] != NULL_REF:
        appliance.refresh(store, vm["appliance"])  # its vApp may have lost its last halted or running member
