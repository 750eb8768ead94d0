"""VM.recover and its checks: a VM of a lost pool, read through a session on its database (VDI.open_database),
recreated in the pool `session_to` belongs to.

As xapi: the VM keeps its uuid and comes halted, its disks on the VDIs of the SRs the pool has attached
(VM_REQUIRES_SR [vm, sr] otherwise), its VIFs on networks of the same name; a VM of a vApp is recovered with
its vApp (VM_IS_PART_OF_AN_APPLIANCE); a VM the pool already has is replaced only when halted and forced.
"""

from __future__ import annotations

from .. import errors
from ..errors import ApiError
from ..model import dr, editions
from ..wire.values import NULL_REF
from .call import Call
from .context import ApiContext
from .dr_sessions import home_of
from .registry import api


def target_pool(call: Call, session_to: str) -> ApiContext:
    """The pool `session_to` is a session of: this one, or another pool this process serves."""
    home = home_of(call.ctx)
    found: ApiContext | None = home if home.sessions.is_valid(session_to) else None
    for peer in home.peers.values():
        if found is None and peer.sessions.is_valid(session_to):
            found = peer
    if found is None:
        raise ApiError(errors.SESSION_INVALID, session_to)
    if found.store is call.store:
        # Recovering a pool's VMs into that same pool would replace them by themselves.
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "recovery reads a database opened with VDI.open_database")
    return found


def _checked(call: Call, vm: str, session_to: str) -> ApiContext:
    target = target_pool(call, session_to)
    editions.check(target.store, "dr")
    record = call.store.get("VM", vm)
    if record["appliance"] != NULL_REF and call.store.find("VM_appliance", record["appliance"]) is not None:
        raise ApiError("VM_IS_PART_OF_AN_APPLIANCE", vm, record["appliance"])
    return target


@api("VM.get_SRs_required_for_recovery")
def get_srs_required_for_recovery(call: Call, self: str, session_to: str) -> list[str]:
    target = target_pool(call, session_to)
    call.store.get("VM", self)
    return dr.required_srs(target.store, call.store, self)


@api("VM.assert_can_be_recovered")
def assert_can_be_recovered(call: Call, self: str, session_to: str) -> None:
    target = _checked(call, self, session_to)
    dr.assert_recoverable(target.store, call.store, self)


@api("VM.recover")
def recover(call: Call, self: str, session_to: str, force: bool) -> None:
    target = _checked(call, self, session_to)
    ref = dr.recover_vm(target.store, call.store, self, force, target.clock.now_datetime())
    target.after_operation("VM", ref)
