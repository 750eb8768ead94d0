"""Where a VM can run: host liveness, HVM support, storage and network reach, free memory."""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from .balloon import plan_start
from .memory import host_free_memory, overhead_bytes, start_target
from .network import network_reachable
from .vmkind import host_supports_hvm, needs_hvm


def required_memory(vm: dict[str, Any]) -> int:
    return start_target(vm) + overhead_bytes(vm)


def assert_can_boot_here(store: Store, vm_ref: str, host_ref: str) -> None:
    """The first reason `host_ref` cannot run `vm_ref`, as xapi reports it."""
    vm = store.get("VM", vm_ref)
    host = store.get("host", host_ref)
    metrics = store.find("host_metrics", host["metrics"])
    if metrics is None or not metrics["live"]:
        raise ApiError("HOST_OFFLINE", host_ref)
    if not host["enabled"]:
        raise ApiError("HOST_DISABLED", host_ref)
    if needs_hvm(vm) and not host_supports_hvm(host):
        raise ApiError("VM_HVM_REQUIRED", vm_ref)
    attached_srs = {store.get("PBD", pbd)["SR"] for pbd in host["PBDs"]
                    if store.get("PBD", pbd)["currently_attached"]}
    for vbd_ref in vm["VBDs"]:
        vbd = store.get("VBD", vbd_ref)
        if vbd["empty"] or vbd["VDI"] == NULL_REF:
            continue
        vdi = store.find("VDI", vbd["VDI"])
        if vdi is not None and vdi["SR"] not in attached_srs:
            raise ApiError("VM_REQUIRES_SR", vm_ref, vdi["SR"])
    for vif_ref in vm["VIFs"]:
        network_ref = store.get("VIF", vif_ref)["network"]
        if store.find("network", network_ref) is not None and not network_reachable(store, network_ref, host_ref):
            raise ApiError("VM_REQUIRES_NETWORK", vm_ref, network_ref)
    plan_start(store, vm_ref, host_ref)  # raises HOST_NOT_ENOUGH_FREE_MEMORY even after ballooning


def choose_host(store: Store, vm_ref: str) -> str:
    """The host with the most free memory among those that can boot the VM (affinity first)."""
    vm = store.get("VM", vm_ref)
    candidates = list(store.table("host"))
    affinity = vm.get("affinity", NULL_REF)
    if affinity in candidates:
        candidates.remove(affinity)
        candidates.insert(0, affinity)
    fitting: list[tuple[int, int, str]] = []
    memory_error: ApiError | None = None
    for order, host_ref in enumerate(candidates):
        try:
            assert_can_boot_here(store, vm_ref, host_ref)
        except ApiError as exc:
            if exc.code == "HOST_NOT_ENOUGH_FREE_MEMORY" and (
                memory_error is None or int(exc.params[1]) > int(memory_error.params[1])
            ):
                memory_error = exc
            continue
        bonus = 1 << 62 if host_ref == affinity else 0
        fitting.append((bonus + host_free_memory(store, host_ref), -order, host_ref))
    if fitting:
        return max(fitting)[2]
    if memory_error is not None:
        raise memory_error
    raise ApiError("NO_HOSTS_AVAILABLE")


def assert_host_known(store: Store, host_ref: str) -> None:
    if store.find("host", host_ref) is None:
        raise ApiError(errors.HANDLE_INVALID, "host", host_ref)
