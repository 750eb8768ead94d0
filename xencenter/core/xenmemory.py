"""Host memory as Xen sees it, for the Xen internals tab: Xen's own share, the control domain, each guest's
footprint (what its balloon driver leaves it, VM_metrics.memory_actual) plus the overhead Xen keeps for it (page
tables, shadow memory, the device model: VM.memory_overhead), and what is free.

Each guest is also a lane of its dynamic range: the balloon can shrink it down to dynamic minimum when Xen needs
memory for another domain (a new VM starting squeezes the others), and give it back up to dynamic maximum when
memory is free again; the balloon target (VM.memory_target) is where the driver is heading. A pure function of
the cache: the view redraws (and animates) whenever a figure changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cache import ObjectCache
from .objects import VM, Host, as_int


@dataclass(frozen=True)
class Lane:
    """One domain's memory: its footprint within its dynamic range and static maximum."""

    key: str  # the VM ref
    name: str
    actual: int
    overhead: int
    target: int
    dynamic_min: int
    dynamic_max: int
    static_max: int
    control_domain: bool

    @property
    def squeezed(self) -> bool:
        """Ballooned below its dynamic maximum: Xen took memory back from it."""
        return 0 < self.actual < self.dynamic_max and self.dynamic_min < self.dynamic_max

    @property
    def ballooned_out(self) -> int:
        return max(0, self.dynamic_max - self.actual)


@dataclass(frozen=True)
class XenMemory:
    host: str
    total: int
    xen: int
    free: int
    lanes: tuple[Lane, ...]  # the control domain first, then the guests by name

    @property
    def overheads(self) -> int:
        return sum(lane.overhead for lane in self.lanes)

    @property
    def unaccounted(self) -> int:
        """What the figures do not place (a stale metrics row): shown apart rather than hidden in free."""
        used = self.xen + self.free + sum(lane.actual + lane.overhead for lane in self.lanes)
        return max(0, self.total - used)


def _lane(vm: VM) -> Lane:
    target = as_int(vm.field("memory_target")) or vm.memory_actual
    return Lane(vm.ref, vm.name, vm.memory_actual or target, as_int(vm.field("memory_overhead")), target,
                vm.memory_dynamic_min, vm.memory_dynamic_max, vm.memory_static_max, vm.is_control_domain)


def xen_memory(cache: ObjectCache, host_ref: str) -> XenMemory | None:
    host = Host.lookup(cache, host_ref)
    if host is None or host.metrics is None:
        return None
    domains = [vm for vm in (VM.lookup(cache, ref) for ref in host.resident_vms)
               if vm is not None and vm.power_state in ("Running", "Paused")]
    domains.sort(key=lambda vm: (not vm.is_control_domain, vm.name.lower(), vm.ref))
    return XenMemory(host.name, host.memory_total, as_int(host.field("memory_overhead")), host.memory_free,
                     tuple(_lane(vm) for vm in domains))
