"""VM snapshot schedules (VMSS): create, destroy, the checked setters, snapshot_now and VM.set_snapshot_schedule.

As xapi_vmss.ml: every call but the plain name/enabled setters is gated by the edition (LICENCE_RESTRICTION
vmss); the schedule is checked against the frequency (model/vmss.py); a policy with VMs cannot be
destroyed (VMSS_HAS_VM); destroying one removes its messages. Runs are in vmss_runs.py.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..datamodel import CLASSES
from ..errors import ApiError
from ..model import editions, vmss
from ..wire.values import NULL_REF
from .call import Call
from .generic import generic_handler
from .registry import api
from .vmss_runs import rearm, run_policy

_generic_create = generic_handler(CLASSES["VMSS"], CLASSES["VMSS"].messages["create"])


def _licensed(call: Call) -> None:
    editions.check(call.store, "vmss")


@api("VMSS.create")
def create(call: Call, args: dict[str, Any]) -> str:
    assert _generic_create is not None
    _licensed(call)
    kind = str(args.get("type", "snapshot"))
    vmss.check_type(kind)
    frequency = str(args.get("frequency", ""))
    schedule = vmss.check_schedule(frequency, {str(k): str(v) for k, v in dict(args.get("schedule", {})).items()})
    retained = int(args.get("retained_snapshots", 7))
    vmss.check_retained(retained)
    ref: str = _generic_create(call, {**args, "type": kind, "frequency": frequency, "schedule": schedule,
                                      "retained_snapshots": retained})
    rearm(call.ctx)
    return ref


@api("VMSS.destroy")
def destroy(call: Call, self: str) -> None:
    _licensed(call)
    record = call.store.get("VMSS", self)
    if record["VMs"]:
        raise ApiError("VMSS_HAS_VM")
    for ref, message in list(call.store.table("message").items()):
        if message["obj_uuid"] == record["uuid"]:
            call.store.destroy("message", ref)
    call.store.destroy("VMSS", self)
    rearm(call.ctx)


def _set(call: Call, self: str, fields: dict[str, Any]) -> None:
    call.store.get("VMSS", self)
    call.store.update("VMSS", self, fields)
    rearm(call.ctx)


@api("VMSS.set_enabled")
def set_enabled(call: Call, self: str, value: bool) -> None:
    _set(call, self, {"enabled": value})


@api("VMSS.set_frequency")
def set_frequency(call: Call, self: str, value: str) -> None:
    _licensed(call)
    schedule = dict(call.store.get("VMSS", self)["schedule"])
    _set(call, self, {"frequency": value, "schedule": vmss.check_schedule(value, schedule)})


@api("VMSS.set_schedule")
def set_schedule(call: Call, self: str, value: dict[str, str]) -> None:
    _licensed(call)
    frequency = str(call.store.get("VMSS", self)["frequency"])
    _set(call, self, {"schedule": vmss.check_schedule(frequency, {str(k): str(v) for k, v in value.items()})})


@api("VMSS.add_to_schedule")
def add_to_schedule(call: Call, self: str, key: str, value: str) -> None:
    _licensed(call)
    record = call.store.get("VMSS", self)
    if key not in vmss.ALL_KEYS:
        raise ApiError(errors.INVALID_VALUE, f"schedule:{key}", value)
    if key in record["schedule"]:
        raise ApiError("MAP_DUPLICATE_KEY", "VMSS", "schedule", self, key)
    _set(call, self, {"schedule": {**record["schedule"], key: vmss.check_value(key, value)}})


@api("VMSS.remove_from_schedule")
def remove_from_schedule(call: Call, self: str, key: str) -> None:
    _licensed(call)
    record = call.store.get("VMSS", self)
    _set(call, self, {"schedule": {k: v for k, v in record["schedule"].items() if k != key}})


@api("VMSS.set_retained_snapshots")
def set_retained_snapshots(call: Call, self: str, value: int) -> None:
    _licensed(call)
    vmss.check_retained(value)
    _set(call, self, {"retained_snapshots": value})


@api("VMSS.set_type")
def set_type(call: Call, self: str, value: str) -> None:
    _licensed(call)
    vmss.check_type(value)
    record = call.store.get("VMSS", self)
    if value == "snapshot_with_quiesce" and record["VMs"]:
        raise ApiError("VM_SNAPSHOT_WITH_QUIESCE_NOT_SUPPORTED", record["VMs"][0], "VSS support has been removed")
    _set(call, self, {"type": value})


@api("VMSS.set_last_run_time")
def set_last_run_time(call: Call, self: str, value: Any) -> None:
    _licensed(call)
    _set(call, self, {"last_run_time": value})


@api("VMSS.snapshot_now")
async def snapshot_now(call: Call, vmss_ref: str) -> str:
    """Run the policy at once; answers the plugin's word: "SUCCESS", or "FAILED" and the VMs it missed."""
    _licensed(call)
    call.store.get("VMSS", vmss_ref)
    failed = await run_policy(call.ctx, vmss_ref)
    return "SUCCESS" if not failed else "FAILED " + ",".join(failed)


@api("VM.set_snapshot_schedule")
def set_snapshot_schedule(call: Call, self: str, value: str) -> None:
    _licensed(call)
    store = call.store
    vm = store.get("VM", self)
    if value != NULL_REF and store.find("VMSS", value) is None:
        raise ApiError(errors.INVALID_VALUE, value)
    if vm["is_a_template"] or vm["is_a_snapshot"] or vm["is_control_domain"]:
        raise ApiError("VM_IS_TEMPLATE" if not vm["is_control_domain"] else errors.INVALID_VALUE, self)
    if value != NULL_REF and store.get("VMSS", value)["type"] == "snapshot_with_quiesce":
        raise ApiError("VM_SNAPSHOT_WITH_QUIESCE_NOT_SUPPORTED", self, "VSS support has been removed")
    store.update("VM", self, {"snapshot_schedule": value})
    call.ctx.after_operation("VM", self)
