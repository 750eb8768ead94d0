"""Which VM operations are valid now, checked in xapi's order, and the allowed_operations they imply."""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..wire.values import NULL_REF
from . import vm_fields
from .placement import needs_hvm

HALTED, PAUSED, RUNNING, SUSPENDED = "Halted", "Paused", "Running", "Suspended"

# Power states each operation may start from (xapi's lifecycle table).
POWER_STATES: dict[str, tuple[str, ...]] = {
    "start": (HALTED,), "start_on": (HALTED,),
    "clean_shutdown": (RUNNING,), "clean_reboot": (RUNNING,),
    "shutdown": (RUNNING, PAUSED, SUSPENDED),
    "hard_shutdown": (PAUSED, SUSPENDED, RUNNING), "hard_reboot": (PAUSED, RUNNING),
    "pause": (RUNNING,), "unpause": (PAUSED,),
    "suspend": (RUNNING,), "resume": (SUSPENDED,), "resume_on": (SUSPENDED,),
    "pool_migrate": (RUNNING,), "migrate_send": (HALTED, SUSPENDED, RUNNING),
    "checkpoint": (PAUSED, SUSPENDED, RUNNING), "snapshot_with_quiesce": (RUNNING,),
    "clone": (HALTED,), "copy": (HALTED,), "provision": (HALTED,), "export": (HALTED, SUSPENDED),
    "destroy": (HALTED, SUSPENDED), "make_into_template": (HALTED,),
    "changing_static_range": (HALTED,), "changing_memory_limits": (HALTED,),
    "changing_dynamic_range": (HALTED, RUNNING), "changing_VCPUs": (HALTED,),
    "changing_VCPUs_live": (RUNNING,), "changing_shadow_memory": (HALTED,),
}
ANY_STATE = ("snapshot", "revert", "metadata_export", "power_state_reset", "create_vtpm", "changing_NVRAM")

TEMPLATE_OPS = frozenset({"clone", "copy", "export", "provision", "destroy", "migrate_send", "metadata_export",
                          "changing_dynamic_range", "changing_static_range", "changing_memory_limits",
                          "changing_VCPUs", "changing_shadow_memory", "changing_NVRAM", "create_vtpm"})
SNAPSHOT_OPS = frozenset({"revert", "clone", "copy", "export", "destroy", "hard_shutdown", "metadata_export"})
# Operations that may run side by side (xapi's parallel-operation rules).
PARALLEL = (frozenset({"clone", "copy", "export", "metadata_export"}), frozenset({"snapshot", "checkpoint"}))
# allowed_operations never lists these (xapi's ignore list).
NOT_ADVERTISED = frozenset({"create_template", "power_state_reset", "csvm", "get_boot_record", "send_sysrq",
                            "send_trigger", "query_services", "shutdown", "call_plugin", "changing_memory_live",
                            "awaiting_memory_live", "changing_shadow_memory_live", "changing_VCPUs_live",
                            "assert_operation_valid", "data_source_op", "update_allowed_operations", "import",
                            "reverting"})
NEEDS_GUEST_AGENT = frozenset({"clean_shutdown", "clean_reboot", "suspend", "checkpoint"})
ADVERTISED = tuple(op for op in (*POWER_STATES, *ANY_STATE) if op not in NOT_ADVERTISED)


def _parallel_ok(op: str, running: list[str]) -> bool:
    for other in running:
        if op == "hard_shutdown" and other != "hard_shutdown":
            continue
        if op == "hard_reboot" and other not in ("hard_shutdown", "hard_reboot"):
            continue
        if other == "migrate_send" and op in ("clean_shutdown", "clean_reboot", "metadata_export"):
            continue
        if any(op in group and other in group for group in PARALLEL):
            continue
        return False
    return True


def check(ref: str, vm: dict[str, Any], op: str) -> None:
    """Raise the first error xapi would raise for `op` on this VM, or return if it may run."""
    blocked = vm.get("blocked_operations", {})
    if op in blocked:
        raise ApiError("OPERATION_BLOCKED", ref, blocked[op])
    states = POWER_STATES.get(op)
    if states is not None and vm_fields.power_state(vm) not in states:
        raise ApiError(errors.VM_BAD_POWER_STATE, ref, ", ".join(s.lower() for s in states),
                       vm_fields.power_state(vm).lower())
    running = list(vm.get("current_operations", {}).items())
    if running and not _parallel_ok(op, [o for _, o in running]):
        task, other = running[0]
        raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VM", ref, other, task)
    if vm.get("is_a_snapshot"):
        if op not in SNAPSHOT_OPS:
            raise ApiError("VM_IS_SNAPSHOT", ref, op)
    elif vm.get("is_a_template") and (op not in TEMPLATE_OPS or (op == "destroy" and vm.get("is_default_template"))):
        raise ApiError("VM_IS_TEMPLATE", ref, op)
    if op == "provision" and not vm.get("is_a_template"):
        raise ApiError("PROVISION_ONLY_ALLOWED_ON_TEMPLATE")
    if op == "revert" and not vm.get("is_a_snapshot"):
        raise ApiError("REVERT_ONLY_ALLOWED_ON_SNAPSHOT")
    if vm.get("is_control_domain") and op not in ("changing_dynamic_range", "metadata_export",
                                                  "changing_VCPUs_live", "changing_memory_limits"):
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "This operation is not allowed on the control domain")
    if op in NEEDS_GUEST_AGENT and needs_hvm(vm) and vm.get("guest_metrics", NULL_REF) == NULL_REF:
        raise ApiError("VM_LACKS_FEATURE", ref)  # an HVM guest without PV tools cannot cooperate


def allowed_operations(ref: str, vm: dict[str, Any]) -> list[str]:
    allowed = []
    for op in ADVERTISED:
        try:
            check(ref, vm, op)
        except ApiError:
            continue
        allowed.append(op)
    return allowed
