"""VM memory and vCPU settings with xapi's constraints; live changes move the balloon."""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..model import balloon, editions, limits, vm_fields, vm_rules
from ..model.memory import host_free_memory
from ..model.placement import needs_hvm
from ..wire.values import NULL_REF
from .call import Call
from .registry import api

MEMORY_FIELDS = ("memory_static_min", "memory_dynamic_min", "memory_dynamic_max", "memory_static_max")


def _check_order(ref: str, vm: dict[str, Any], values: dict[str, int]) -> None:
    merged = [values.get(name, vm[name]) for name in MEMORY_FIELDS]
    # xapi checks the pinning of dom0 and nested-virt guests before the order.
    if _dmc_restricted(vm) and not merged[1] == merged[2] == merged[3]:
        raise ApiError("MEMORY_CONSTRAINT_VIOLATION_MAXPIN",
                       "dynamic_min = dynamic_max = static_max is required without dynamic memory control")
    if any(value < 0 for value in merged) or merged != sorted(merged):
        raise ApiError("MEMORY_CONSTRAINT_VIOLATION_ORDER")
    limits.check_memory(ref, vm, merged[3])


def _dmc_restricted(vm: dict[str, Any]) -> bool:
    return vm_fields.is_control_domain(vm) or vm["platform"].get("nested-virt") == "true"


def _set_memory(call: Call, ref: str, op: str, values: dict[str, int]) -> None:
    vm = call.store.get("VM", ref)
    vm_rules.check(ref, vm, op)
    _check_order(ref, vm, values)
    changes: dict[str, Any] = dict(values)
    if vm_fields.power_state(vm) == "Halted" and "memory_dynamic_min" in values:
        changes["memory_target"] = values["memory_dynamic_min"]  # deprecated field, kept as xapi does
    call.store.update("VM", ref, changes)
    if vm_fields.power_state(vm) == "Running" and not vm_fields.is_control_domain(vm):
        _retarget_live(call, ref)
    call.ctx.after_operation("VM", ref)


def _retarget_live(call: Call, ref: str) -> None:
    """Keep the balloon inside the new dynamic range, growing toward dynamic_max when memory is free."""
    vm = call.store.get("VM", ref)
    host = vm_fields.resident_on(vm)
    low, high, target = vm_fields.memory_dynamic_min(vm), vm_fields.memory_dynamic_max(vm), vm_fields.memory_target(vm)
    free = host_free_memory(call.store, host) if host != NULL_REF else 0
    wanted = max(low, min(high, target + free))
    if wanted > target + free:
        reclaim = balloon.reclaimable(call.store, host, exclude=ref)
        if wanted > target + free + reclaim:
            raise ApiError("HOST_NOT_ENOUGH_FREE_MEMORY", wanted - target, free + reclaim)
        balloon.squeeze(call.ctx, host, wanted - target - free, exclude=ref)
    balloon.set_target(call.ctx, ref, wanted)


@api("VM.set_memory_dynamic_range")
def set_memory_dynamic_range(call: Call, self: str, min: int, max: int) -> None:
    if min != max:  # a fixed size is no dynamic memory control
        editions.check(call.store, "dmc")
    _set_memory(call, self, "changing_dynamic_range", {"memory_dynamic_min": min, "memory_dynamic_max": max})


@api("VM.set_memory_dynamic_min")
def set_memory_dynamic_min(call: Call, self: str, value: int) -> None:
    _set_memory(call, self, "changing_dynamic_range", {"memory_dynamic_min": value})


@api("VM.set_memory_dynamic_max")
def set_memory_dynamic_max(call: Call, self: str, value: int) -> None:
    _set_memory(call, self, "changing_dynamic_range", {"memory_dynamic_max": value})


@api("VM.set_memory_static_range")
def set_memory_static_range(call: Call, self: str, min: int, max: int) -> None:
    _set_memory(call, self, "changing_static_range", {"memory_static_min": min, "memory_static_max": max})


@api("VM.set_memory_static_min")
def set_memory_static_min(call: Call, self: str, value: int) -> None:
    _set_memory(call, self, "changing_static_range", {"memory_static_min": value})


@api("VM.set_memory_static_max")
def set_memory_static_max(call: Call, self: str, value: int) -> None:
    _set_memory(call, self, "changing_static_range", {"memory_static_max": value})


@api("VM.set_memory_limits")
def set_memory_limits(call: Call, self: str, static_min: int, static_max: int, dynamic_min: int,
                      dynamic_max: int) -> None:
    _set_memory(call, self, "changing_memory_limits", {
        "memory_static_min": static_min, "memory_dynamic_min": dynamic_min,
        "memory_dynamic_max": dynamic_max, "memory_static_max": static_max})


@api("VM.set_memory")
def set_memory(call: Call, self: str, value: int) -> None:
    vm = call.store.get("VM", self)
    values = {"memory_dynamic_min": value, "memory_dynamic_max": value, "memory_static_max": value}
    if vm_fields.memory_static_min(vm) > value:
        values["memory_static_min"] = value
    _set_memory(call, self, "changing_memory_limits", values)


@api("VM.set_VCPUs_max")
def set_VCPUs_max(call: Call, self: str, value: int) -> None:
    vm = call.store.get("VM", self)
    vm_rules.check(self, vm, "changing_VCPUs")
    if value < 1 or value < vm["VCPUs_at_startup"]:
        raise ApiError("VALUE_NOT_SUPPORTED", "VCPUs_max", value, "VCPUs_max must be at least VCPUs_at_startup")
    limits.check_vcpus(self, vm, value)
    call.store.update("VM", self, {"VCPUs_max": value})
    call.ctx.after_operation("VM", self)


@api("VM.set_VCPUs_at_startup")
def set_VCPUs_at_startup(call: Call, self: str, value: int) -> None:
    vm = call.store.get("VM", self)
    vm_rules.check(self, vm, "changing_VCPUs")
    if not 1 <= value <= vm["VCPUs_max"]:
        raise ApiError("VALUE_NOT_SUPPORTED", "VCPUs_at_startup", value,
                       "VCPUs_at_startup must be between 1 and VCPUs_max")
    call.store.update("VM", self, {"VCPUs_at_startup": value})
    call.ctx.after_operation("VM", self)


@api("VM.set_VCPUs_number_live")
def set_VCPUs_number_live(call: Call, self: str, nvcpu: int) -> None:
    vm = call.store.get("VM", self)
    vm_rules.check(self, vm, "changing_VCPUs_live")
    if needs_hvm(vm):
        guest = call.store.find("VM_guest_metrics", vm["guest_metrics"])
        if guest is None or guest["other"].get("feature-vcpu-hotplug") != "1":
            raise ApiError("VM_LACKS_FEATURE", self)
    if not 1 <= nvcpu <= vm["VCPUs_max"]:
        raise ApiError(errors.INVALID_VALUE, "nvcpu", nvcpu)
    call.store.update("VM", self, {"VCPUs_at_startup": nvcpu})
    if call.store.find("VM_metrics", vm["metrics"]) is not None:
        call.store.update("VM_metrics", vm["metrics"], {
            "VCPUs_number": nvcpu, "VCPUs_CPU": {str(i): i for i in range(nvcpu)},
            "VCPUs_flags": {str(i): ["online"] for i in range(nvcpu)}})


@api("VM.set_HVM_shadow_multiplier")
def set_HVM_shadow_multiplier(call: Call, self: str, value: float) -> None:
    vm = call.store.get("VM", self)
    vm_rules.check(self, vm, "changing_shadow_memory")
    if value < 1.0:
        raise ApiError(errors.INVALID_VALUE, "HVM_shadow_multiplier", value)
    call.store.update("VM", self, {"HVM_shadow_multiplier": value})
