"""Host power and maintenance: enable/disable, reboot, shutdown, power on, evacuation planning."""

from __future__ import annotations

from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from . import vm_fields
from .context import SimContext
from .memory import refresh_host_metrics

HOST_OPERATIONS = ("provision", "evacuate", "shutdown", "reboot", "power_on", "vm_start", "vm_resume",
                   "vm_migrate", "apply_updates", "enable")


def master_ref(store: Store) -> str:
    """The pool master's host ref (NULL_REF before a pool row exists)."""
    for record in store.table("pool").values():
        master = record.get("master")
        if isinstance(master, str):
            return master
    return NULL_REF


def is_live(store: Store, host_ref: str) -> bool:
    host = store.get("host", host_ref)
    metrics = store.find("host_metrics", host["metrics"])
    return bool(metrics and metrics["live"])


def guests(store: Store, host_ref: str) -> list[str]:
    """Resident domains other than the control domain."""
    return [vm for vm in store.get("host", host_ref)["resident_VMs"]
            if not vm_fields.is_control_domain(store.get("VM", vm))]


def allowed_operations(store: Store, host_ref: str) -> list[str]:
    host = store.get("host", host_ref)
    busy = bool(host["current_operations"])
    if not is_live(store, host_ref):
        return [] if busy else ["power_on"]
    allowed = []
    if not busy:
        allowed += ["provision", "evacuate"]
        if host["enabled"]:
            allowed += ["vm_start", "vm_resume", "vm_migrate"]
        else:
            allowed.append("enable")
        if not host["enabled"] and not guests(store, host_ref):
            allowed += ["shutdown", "reboot"]
    return allowed


def refresh(store: Store, host_ref: str) -> None:
    allowed = allowed_operations(store, host_ref)
    if store.get("host", host_ref)["allowed_operations"] != allowed:
        store.update("host", host_ref, {"allowed_operations": allowed})
    refresh_host_metrics(store, host_ref)


def assert_can_go_down(store: Store, host_ref: str) -> None:
    host = store.get("host", host_ref)
    if host["enabled"]:
        raise ApiError("HOST_NOT_DISABLED")
    running = guests(store, host_ref)
    if running:
        raise ApiError("HOST_IN_USE", host_ref, "vm", running[0])


def set_live(ctx: SimContext, host_ref: str, live: bool) -> None:
    store = ctx.store
    host = store.get("host", host_ref)
    if store.find("host_metrics", host["metrics"]) is not None:
        store.update("host_metrics", host["metrics"], {"live": live, "last_updated": ctx.clock.now_datetime()})
    dom0 = host["control_domain"]
    if dom0 != NULL_REF and store.find("VM", dom0) is not None:
        store.update("VM", dom0, {"power_state": "Running" if live else "Halted"})
        metrics = store.get("VM", dom0)["metrics"]
        if live and store.find("VM_metrics", metrics) is not None:
            store.update("VM_metrics", metrics, {"start_time": ctx.clock.now_datetime()})
    if live:  # a host coming up has booted now
        other = {**host["other_config"], "boot_time": f"{int(ctx.clock.now())}."}
        store.update("host", host_ref, {"other_config": other})
    for pif in host["PIFs"]:
        store.update("PIF", pif, {"currently_attached": live})
    for pbd in host["PBDs"]:
        store.update("PBD", pbd, {"currently_attached": live})
    ctx.domids.host_rebooted(host_ref)
    refresh(store, host_ref)
