"""vApps (xapi's VM_appliance): which operations are valid now, and the order members start and stop in.

As xapi_vm_appliance_lifecycle.ml: one operation at a time (OTHER_OPERATION_IN_PROGRESS ["VM_appliance", ref]);
an appliance without VMs allows nothing; start needs a halted member, clean_shutdown a running one,
hard_shutdown and shutdown a member that is not halted (OPERATION_NOT_ALLOWED with xapi's sentence). As
xapi_vm_appliance.ml: the members not yet in the wanted power state are grouped by `VM.order`, ascending to
start, descending to shut down.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from . import vm_fields

OPERATIONS = ("start", "clean_shutdown", "hard_shutdown", "shutdown")

# What each operation needs of at least one member, and xapi's sentence when none is so.
_NEEDS = {
    "start": (lambda state: state == vm_fields.HALTED, "There are no halted VMs in this appliance."),
    "clean_shutdown": (lambda state: state == vm_fields.RUNNING, "There are no running VMs in this appliance."),
    "hard_shutdown": (lambda state: state != vm_fields.HALTED, "All VMs in this appliance are halted."),
    "shutdown": (lambda state: state != vm_fields.HALTED, "All VMs in this appliance are halted."),
}
NO_VMS = "Appliance has no VMs."
NOT_ASSIGNABLE = "Control domains, templates and snapshots cannot be assigned to appliances."


def operation_error(store: Store, ref: str, op: str) -> ApiError | None:
    """The error xapi raises for `op` on the appliance now, or None when it may run."""
    record = store.get("VM_appliance", ref)
    if record["current_operations"]:
        return ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VM_appliance", ref)
    members = [store.find("VM", vm) for vm in record["VMs"]]
    states = [vm_fields.power_state(vm) for vm in members if vm is not None]
    if not states:
        return ApiError(errors.OPERATION_NOT_ALLOWED, NO_VMS)
    wanted, sentence = _NEEDS[op]
    if any(wanted(state) for state in states):
        return None
    return ApiError(errors.OPERATION_NOT_ALLOWED, sentence)


def check(store: Store, ref: str, op: str) -> None:
    error = operation_error(store, ref, op)
    if error is not None:
        raise error


def refresh(store: Store, ref: str) -> None:
    """Recompute allowed_operations (after a member's power state, the membership or an operation changed)."""
    if store.find("VM_appliance", ref) is None:
        return
    allowed = [op for op in OPERATIONS if operation_error(store, ref, op) is None]
    if allowed != store.get("VM_appliance", ref)["allowed_operations"]:
        store.update("VM_appliance", ref, {"allowed_operations": allowed})


def refresh_of_vm(store: Store, vm: str) -> None:
    """The appliance of `vm`, if it is in one, follows the VM's state."""
    record = store.find("VM", vm)
    if record is not None and record["appliance"] != NULL_REF:
        refresh(store, record["appliance"])


def groups(store: Store, vms: Iterable[str], *, ascending: bool) -> list[list[str]]:
    """The VMs grouped by `order` (each group in name order), lowest order first when `ascending`."""
    by_order: dict[int, list[str]] = {}
    for vm in vms:
        by_order.setdefault(int(store.get("VM", vm)["order"]), []).append(vm)
    ordered = sorted(by_order, reverse=not ascending)
    return [sorted(by_order[order], key=lambda vm: (str(store.get("VM", vm)["name_label"]), vm))
            for order in ordered]


def assert_assignable(store: Store, vm: str) -> None:
    """VM.set_appliance: control domains, templates and snapshots stay out of appliances."""
    record = store.get("VM", vm)
    if vm_fields.is_control_domain(record) or record["is_a_template"] or record["is_a_snapshot"]:
        raise ApiError(errors.OPERATION_NOT_ALLOWED, NOT_ASSIGNABLE)
