"""VM_appliance.recover and its checks: a lost pool's vApp and its VMs, from a session on its database.

Only the disaster-recovery messages of VM_appliance live here; the vApp's own verbs are elsewhere. The vApp
keeps its uuid, its VMs are recovered as VM.recover does (all checked before any is made).
"""

from __future__ import annotations

from ..model import dr, editions
from .call import Call
from .dr_recover_api import target_pool
from .registry import api


@api("VM_appliance.get_SRs_required_for_recovery")
def get_srs_required_for_recovery(call: Call, self: str, session_to: str) -> list[str]:
    target = target_pool(call, session_to)
    call.store.get("VM_appliance", self)
    return dr.appliance_required_srs(target.store, call.store, self)


@api("VM_appliance.assert_can_be_recovered")
def assert_can_be_recovered(call: Call, self: str, session_to: str) -> None:
    target = target_pool(call, session_to)
    editions.check(target.store, "dr")
    call.store.get("VM_appliance", self)
    for vm in dr.appliance_vms(call.store, self):
        dr.assert_recoverable(target.store, call.store, vm)


@api("VM_appliance.recover")
def recover(call: Call, self: str, session_to: str, force: bool) -> None:
    target = target_pool(call, session_to)
    editions.check(target.store, "dr")
    call.store.get("VM_appliance", self)
    dr.recover_appliance(target.store, call.store, self, force, target.clock.now_datetime())
    for ref in target.store.get("VM_appliance", target.store.by_uuid["VM_appliance"][
            call.store.get("VM_appliance", self)["uuid"]])["VMs"]:
        target.after_operation("VM", ref)
