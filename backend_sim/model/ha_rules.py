"""HA's rules over the pool: the plan fields kept current, agility, and operations refused for breaking the plan.

pool.ha_plan_exists_for is the most failures (up to ha_host_failures_to_tolerate) a plan exists for;
ha_overcommitted is true when that falls short of the number asked for. With HA on and overcommit not
allowed, an operation that would lower the plan below what is asked (starting or protecting a VM,
moving one, disabling a host) is refused with HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN, as xapi does.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from . import messages
from .ha_plan import RESTART, World, max_failures, world
from .network import network_reachable


def pool_ref(store: Store) -> str:
    return next(iter(store.table("pool")), NULL_REF)


def pool(store: Store) -> dict[str, Any]:
    return store.get("pool", pool_ref(store))


def enabled(store: Store) -> bool:
    ref = pool_ref(store)
    return ref != NULL_REF and bool(store.get("pool", ref)["ha_enabled"])


def assert_disabled(store: Store) -> None:
    """Pool membership and master changes wait until HA is off."""
    if enabled(store):
        raise ApiError("HA_IS_ENABLED")


def plan_level(store: Store, w: World | None = None) -> int:
    wanted = int(pool(store)["ha_host_failures_to_tolerate"])
    return max_failures(w or world(store), wanted)


def update_status(store: Store, now: str) -> None:
    """Recompute ha_plan_exists_for and ha_overcommitted (HA on only); alert when the plan shrinks."""
    ref = pool_ref(store)
    if ref == NULL_REF:
        return
    record = store.get("pool", ref)
    if not record["ha_enabled"]:
        return
    level = plan_level(store)
    overcommitted = level < int(record["ha_host_failures_to_tolerate"])
    previous, was_overcommitted = int(record["ha_plan_exists_for"]), bool(record["ha_overcommitted"])
    if (level, overcommitted) == (previous, was_overcommitted):
        return
    store.update("pool", ref, {"ha_plan_exists_for": level, "ha_overcommitted": overcommitted})
    uuid = record["uuid"]
    if level < previous:
        messages.post(store, "HA_POOL_DROP_IN_PLAN_EXISTS_FOR", "Pool", uuid, now,
                      f"The pool can now tolerate {level} host failure(s) (it could tolerate {previous})", 3)
    if overcommitted and not was_overcommitted:
        messages.post(store, "HA_POOL_OVERCOMMITTED", "Pool", uuid, now,
                      "The pool is overcommitted: protected VMs may not all restart after host failures", 3)


def assert_keeps_plan(store: Store, changed: World) -> None:
    """Refuse a change whose world would tolerate fewer failures than asked (and than today)."""
    record = pool(store)
    if not record["ha_enabled"] or record["ha_allow_overcommit"]:
        return
    wanted = int(record["ha_host_failures_to_tolerate"])
    floor = min(wanted, int(record["ha_plan_exists_for"]))
    if floor > 0 and max_failures(changed, floor) < floor:
        raise ApiError("HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN")


def assert_start_keeps_plan(store: Store, vm_ref: str, host: str) -> None:
    """A protected VM starting (or resuming) on `host` must leave the plan whole."""
    vm = store.get("VM", vm_ref)
    if not enabled(store) or vm["ha_restart_priority"] != RESTART:
        return
    changed = world(store)
    changed.add_vm(vm_ref, vm, host, protected=True)
    assert_keeps_plan(store, changed)


def assert_move_keeps_plan(store: Store, vm_ref: str, target: str) -> None:
    vm = store.get("VM", vm_ref)
    if not enabled(store):
        return
    changed = world(store)
    changed.remove_vm(vm_ref, vm, vm["resident_on"])
    changed.add_vm(vm_ref, vm, target, protected=vm["ha_restart_priority"] == RESTART)
    assert_keeps_plan(store, changed)


def assert_disable_keeps_plan(store: Store, host: str) -> None:
    if not enabled(store):
        return
    changed = world(store)
    changed.usable.discard(host)
    assert_keeps_plan(store, changed)


def assert_agile(store: Store, vm_ref: str) -> None:
    """A protected VM must be able to restart anywhere: its disks on shared SRs, its networks on every host."""
    vm = store.get("VM", vm_ref)
    for vbd_ref in vm["VBDs"]:
        vbd = store.get("VBD", vbd_ref)
        vdi = store.find("VDI", vbd["VDI"]) if vbd["VDI"] != NULL_REF else None
        if vdi is not None and not store.get("SR", vdi["SR"])["shared"]:
            raise ApiError("HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED", vdi["SR"])
    for vif_ref in vm["VIFs"]:
        network = store.get("VIF", vif_ref)["network"]
        record = store.find("network", network)
        if record is None:
            continue
        hosts = list(store.table("host"))
        single_host = not record["PIFs"] and len(hosts) > 1  # a private bridge lives on one host only
        if single_host or not all(network_reachable(store, network, host) for host in hosts):
            raise ApiError("HA_CONSTRAINT_VIOLATION_NETWORK_NOT_SHARED", network)
