"""High availability: pool.enable_ha / disable_ha, the failover planner's messages and per-VM protection.

Enabling takes HA_ENABLE_SECONDS on the clock (statefile formatted, heartbeat daemons started on every
host), disabling HA_DISABLE_SECONDS. The statefile and the pool metadata (redo log) are VDIs of
STATEFILE_SIZE on the first heartbeat SR, as xapi makes them; what the planner counts is in
model/ha_plan.py, what HA refuses in model/ha_rules.py.
"""

from __future__ import annotations

from .. import errors
from ..errors import ApiError
from ..model import editions, ha_failover, ha_rules, hosts, storage, vm_fields
from ..model.ha_plan import PRIORITIES, RESTART, failover_plan, max_failures, plan_exists_for, world
from ..store.store import Store
from .call import Call
from .registry import api

HA_ENABLE_SECONDS, HA_DISABLE_SECONDS = 20.0, 10.0
STATEFILE_SIZE = 4 * 1024 * 1024
HA_VDI_TYPES = ("ha_statefile", "redo_log")


def assert_statefile_sr(store: Store, sr: str) -> None:
    """What xapi asks of a heartbeat SR: shared, able to hold a VDI, attached on every host, with room."""
    record = store.get("SR", sr)
    if not record["shared"]:
        raise ApiError("HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED", sr)
    if record["content_type"] == "iso" or not storage.has_capability(store, sr, "VDI_CREATE"):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    for host in store.table("host"):
        if not storage.sr_attached_on(store, sr, host):
            raise ApiError("HA_HOST_CANNOT_ACCESS_STATEFILE")
    storage.assert_space(store, {sr: 2 * STATEFILE_SIZE})


@api("SR.assert_can_host_ha_statefile")
def assert_can_host_ha_statefile(call: Call, sr: str) -> None:
    assert_statefile_sr(call.store, sr)


def _check_enable(store: Store, heartbeat_srs: list[str], *, ours: bool = False) -> None:
    record = ha_rules.pool(store)
    if record["ha_enabled"]:
        raise ApiError("HA_IS_ENABLED")
    if not ours and "ha_enable" in record["current_operations"].values():
        raise ApiError("HA_ENABLE_IN_PROGRESS")
    if len(store.table("host")) < 2:
        raise ApiError("HA_TOO_FEW_HOSTS")
    if not heartbeat_srs:
        raise ApiError(errors.INVALID_VALUE, "heartbeat_srs", "")
    for sr in heartbeat_srs:
        assert_statefile_sr(store, sr)
    for host in store.table("host"):
        if not hosts.is_live(store, host):
            raise ApiError("HOST_OFFLINE", host)
    for vm_ref, vm in store.table("VM").items():
        if vm["ha_restart_priority"] == RESTART and not vm["is_a_template"] and not vm["is_a_snapshot"]:
            ha_rules.assert_agile(store, vm_ref)


def _set_pool_ops(call: Call, pool: str, enabled: bool) -> None:
    allowed = [op for op in call.store.get("pool", pool)["allowed_operations"] if op not in ("ha_enable", "ha_disable")]
    call.store.update("pool", pool, {"allowed_operations": [*allowed, "ha_disable" if enabled else "ha_enable"]})


@api("pool.enable_ha")
async def enable_ha(call: Call, heartbeat_srs: list[str], configuration: dict[str, str]) -> None:
    store = call.store
    editions.check(store, "ha")
    _check_enable(store, heartbeat_srs)
    pool = ha_rules.pool_ref(store)
    call.begin_op("pool", pool, "ha_enable")
    await call.sleep(HA_ENABLE_SECONDS)
    _check_enable(store, heartbeat_srs, ours=True)
    sr = heartbeat_srs[0]
    statefile = storage.create_vdi(store, sr, "Statefile for HA", STATEFILE_SIZE, "ha_statefile",
                                   data=STATEFILE_SIZE)
    storage.create_vdi(store, sr, "Metadata for HA", STATEFILE_SIZE, "redo_log", data=STATEFILE_SIZE)
    statefile_uuid = store.get("VDI", statefile)["uuid"]
    host_uuids = {ref: record["uuid"] for ref, record in store.table("host").items()}
    for host in host_uuids:
        store.update("host", host, {"ha_statefiles": [statefile_uuid],
                                    "ha_network_peers": [u for h, u in host_uuids.items() if h != host]})
    store.update("pool", pool, {"ha_enabled": True, "ha_statefiles": [statefile], "ha_cluster_stack": "xhad",
                                "ha_configuration": dict(configuration)})
    _set_pool_ops(call, pool, True)
    ha_rules.update_status(store, call.ctx.clock.now_datetime())


@api("pool.disable_ha")
async def disable_ha(call: Call) -> None:
    store = call.store
    pool = ha_rules.pool_ref(store)
    if not ha_rules.enabled(store):
        raise ApiError("HA_NOT_ENABLED")
    if "ha_disable" in store.get("pool", pool)["current_operations"].values():
        raise ApiError("HA_DISABLE_IN_PROGRESS")
    call.begin_op("pool", pool, "ha_disable")
    await call.sleep(HA_DISABLE_SECONDS)
    for vdi_ref, vdi in list(store.table("VDI").items()):
        if vdi["type"] in HA_VDI_TYPES:
            storage.destroy_vdi(store, vdi_ref)
    for host in store.table("host"):
        store.update("host", host, {"ha_statefiles": [], "ha_network_peers": []})
    store.update("pool", pool, {"ha_enabled": False, "ha_statefiles": [], "ha_cluster_stack": "",
                                "ha_configuration": {}, "ha_plan_exists_for": 0, "ha_overcommitted": False})
    _set_pool_ops(call, pool, False)


@api("pool.ha_compute_max_host_failures_to_tolerate")
def ha_compute_max_host_failures_to_tolerate(call: Call) -> int:
    return max_failures(world(call.store))


def _priorities(configuration: dict[str, str]) -> dict[str, str]:
    for priority in configuration.values():
        if priority not in PRIORITIES:
            raise ApiError(errors.INVALID_VALUE, "ha_restart_priority", priority)
    return configuration


@api("pool.ha_compute_hypothetical_max_host_failures_to_tolerate")
def ha_compute_hypothetical_max_host_failures_to_tolerate(call: Call, configuration: dict[str, str]) -> int:
    for vm in configuration:
        call.store.get("VM", vm)
    return max_failures(world(call.store, _priorities(configuration)))


@api("pool.ha_failover_plan_exists")
def ha_failover_plan_exists(call: Call, n: int) -> bool:
    return plan_exists_for(world(call.store), n)


@api("pool.ha_compute_vm_failover_plan")
def ha_compute_vm_failover_plan(call: Call, failed_hosts: list[str], failed_vms: list[str]
                                ) -> dict[str, dict[str, str]]:
    for host in failed_hosts:
        call.store.get("host", host)
    for vm in failed_vms:
        call.store.get("VM", vm)
    return failover_plan(world(call.store, down=failed_hosts), set(failed_hosts), failed_vms, call.store)


@api("pool.ha_prevent_restarts_for")
def ha_prevent_restarts_for(call: Call, seconds: int) -> None:
    if seconds < 0:
        raise ApiError(errors.INVALID_VALUE, "seconds", seconds)
    ha_failover.prevent_restarts_for(call.ctx, seconds)


@api("pool.set_ha_host_failures_to_tolerate")
def set_ha_host_failures_to_tolerate(call: Call, self: str, value: int) -> None:
    store = call.store
    record = store.get("pool", self)
    if value < 0:
        raise ApiError(errors.INVALID_VALUE, "ha_host_failures_to_tolerate", value)
    if record["ha_enabled"] and not record["ha_allow_overcommit"] and max_failures(world(store), value) < value:
        raise ApiError("HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN")
    store.update("pool", self, {"ha_host_failures_to_tolerate": value})
    ha_rules.update_status(store, call.ctx.clock.now_datetime())


@api("pool.set_ha_allow_overcommit")
def set_ha_allow_overcommit(call: Call, self: str, value: bool) -> None:
    call.store.get("pool", self)
    call.store.update("pool", self, {"ha_allow_overcommit": value})
    ha_rules.update_status(call.store, call.ctx.clock.now_datetime())


@api("VM.set_ha_restart_priority")
def set_ha_restart_priority(call: Call, self: str, value: str) -> None:
    store = call.store
    vm = store.get("VM", self)
    if value not in PRIORITIES:
        raise ApiError(errors.INVALID_VALUE, "ha_restart_priority", value)
    if vm_fields.is_control_domain(vm):
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "The control domain cannot be protected by HA")
    if value == RESTART:
        ha_rules.assert_agile(store, self)
        if vm_fields.has_domain(vm) and vm["ha_restart_priority"] != RESTART and ha_rules.enabled(store):
            changed = world(store)
            changed.protect(self, vm, vm_fields.resident_on(vm))
            ha_rules.assert_keeps_plan(store, changed)
    store.update("VM", self, {"ha_restart_priority": value,
                              "ha_always_run": value == RESTART and vm_fields.has_domain(vm)})
    ha_rules.update_status(store, call.ctx.clock.now_datetime())


def _non_negative(call: Call, vm: str, field: str, value: int) -> None:
    call.store.get("VM", vm)
    if value < 0:
        raise ApiError(errors.INVALID_VALUE, field, value)
    call.store.update("VM", vm, {field: value})


@api("VM.set_order")
def set_order(call: Call, self: str, value: int) -> None:
    _non_negative(call, self, "order", value)


@api("VM.set_start_delay")
def set_start_delay(call: Call, self: str, value: int) -> None:
    _non_negative(call, self, "start_delay", value)


@api("VM.set_shutdown_delay")
def set_shutdown_delay(call: Call, self: str, value: int) -> None:
    _non_negative(call, self, "shutdown_delay", value)
