"""When a host booted and a VM started, from what xapi records (no Qt, no I/O).

A host: xapi writes its boot time into host.other_config "boot_time" as epoch seconds ("1306414984."). Some
servers (and the simulator) leave it out; then the control domain's VM_metrics.start_time, which xapi sets
when dom0 starts with the host, stands in. host_metrics.last_updated is not a boot time (it survives reboots
in real dumps), so it is never used. A VM: its VM_metrics.start_time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .objects import VM, Host, is_null
from .timetext import parse_epoch, parse_xapi_time


def host_boot_time(host: Host) -> datetime | None:
    """The host's boot time (aware, UTC), or None when xapi tells nothing usable."""
    boot = parse_epoch(host.other_config.get("boot_time", ""))
    if boot is not None:
        return boot
    dom0 = control_domain(host)
    return vm_start_time(dom0) if dom0 is not None else None


def control_domain(host: Host) -> VM | None:
    """The host's dom0: host.control_domain (xapi 1.290+), else the control domain among its resident VMs."""
    ref = host.field("control_domain")
    if not is_null(ref):
        return VM.lookup(host.cache, str(ref))
    for vm_ref in host.resident_vms:
        vm = VM.lookup(host.cache, vm_ref)
        if vm is not None and vm.is_control_domain:
            return vm
    return None


def vm_start_time(vm: VM) -> datetime | None:
    """When the VM (or dom0) last started: VM_metrics.start_time; None if unknown or never."""
    ref = vm.field("metrics")
    metrics = None if is_null(ref) else vm.cache.get("VM_metrics", str(ref))
    return parse_xapi_time(metrics.get("start_time")) if metrics is not None else None


def seconds_since(start: datetime, now: datetime | None = None) -> float:
    """Seconds from `start` to `now` (default: the current time), never negative (clocks differ a little)."""
    return max(0.0, ((now or datetime.now(UTC)) - start).total_seconds())
