"""Xen memory accounting: per-VM overhead (xenopsd's model) and a host's free memory."""

from __future__ import annotations

import math
from typing import Any

from ..store.store import Store
from ..wire.values import NULL_REF
from . import vm_fields

MiB = 1024 * 1024


def overhead_bytes(vm: dict[str, Any]) -> int:
    """xenopsd's per-domain overhead: shadow memory, per-vCPU structures, device-model extras."""
    if vm.get("is_control_domain"):
        return 0
    static_max_mib = math.ceil(vm_fields.memory_static_max(vm) / MiB)
    vcpus = max(1, vm["VCPUs_max"])
    hvm = vm.get("domain_type") in ("hvm", "pvh") or (vm.get("HVM_boot_policy") or "") != ""
    multiplier = max(1.0, float(vm.get("HVM_shadow_multiplier", 1.0))) if hvm else 1.0
    shadow = max(1, math.trunc(math.ceil((256 * vcpus + 2 * static_max_mib) / 256) * multiplier))
    extra_internal, extra_external = (1, 1) if hvm else (0, 1)
    return (extra_internal + extra_external + shadow + math.ceil(38 * vcpus / 256)) * MiB


def start_target(vm: dict[str, Any]) -> int:
    """The balloon target a VM starts with: dynamic_max (with ballooning)."""
    return vm_fields.memory_dynamic_max(vm)


def footprint(vm: dict[str, Any]) -> int:
    """Memory a resident domain takes from its host: its target plus its overhead."""
    return vm_fields.memory_target(vm) + int(vm["memory_overhead"])


def host_free_memory(store: Store, host_ref: str) -> int:
    """Total less Xen's overhead and every resident or scheduled domain's footprint (never negative)."""
    host = store.get("host", host_ref)
    metrics = store.find("host_metrics", host["metrics"])
    total = metrics["memory_total"] if metrics else 0
    used = int(host["memory_overhead"])
    for vm_ref in host["resident_VMs"]:
        used += footprint(store.get("VM", vm_ref))
    for vm_ref in store.refs_where("VM", "scheduled_to_be_resident_on", host_ref):
        vm = store.get("VM", vm_ref)
        if vm_fields.resident_on(vm) != host_ref:
            used += footprint(vm)  # a starting VM's memory is held from the moment it is scheduled
    return max(0, total - used)


def refresh_host_metrics(store: Store, host_ref: str) -> None:
    host = store.find("host", host_ref)
    if host is None or host["metrics"] == NULL_REF or store.find("host_metrics", host["metrics"]) is None:
        return
    free = host_free_memory(store, host_ref)
    if store.get("host_metrics", host["metrics"])["memory_free"] != free:
        store.update("host_metrics", host["metrics"], {"memory_free": free})
