"""The data sources xapi records for an object, named from its records (before any sample has arrived).

A VM: cpu0..cpuN-1 (VCPUs_at_startup), memory, memory_target, memory_internal_free, vif_<device>_rx/_tx per VIF and
vbd_<device>_read/_write per attached disk. A host: cpu0..cpuN-1 (host_CPUs), cpu_avg, loadavg,
memory_total_kib, memory_free_kib and pif_<device>_rx/_tx per physical NIC.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from ..objects import as_int


class Reader(Protocol):
    """What is read: an ObjectCache, or a tab's Tracker (so that only these records' changes re-render)."""

    def get(self, cls: str, ref: str) -> Mapping[str, Any] | None: ...


def expected_sources(cache: Reader, cls: str, ref: str) -> list[str]:
    record = cache.get(cls, ref)
    if record is None:
        return []
    if cls == "VM":
        names = [f"cpu{i}" for i in range(as_int(record.get("VCPUs_at_startup")))]
        names += ["memory", "memory_target", "memory_internal_free"]
        for vif in record.get("VIFs") or ():
            device = (cache.get("VIF", str(vif)) or {}).get("device")
            if device not in (None, ""):
                names += [f"vif_{device}_rx", f"vif_{device}_tx"]
        for vbd_ref in record.get("VBDs") or ():
            vbd = cache.get("VBD", str(vbd_ref)) or {}
            if vbd.get("type") == "Disk" and vbd.get("device"):
                names += [f"vbd_{vbd['device']}_read", f"vbd_{vbd['device']}_write"]
        return names
    names = [f"cpu{i}" for i in range(len(record.get("host_CPUs") or ()))]
    names += ["cpu_avg", "loadavg", "memory_total_kib", "memory_free_kib"]
    for pif_ref in record.get("PIFs") or ():
        pif = cache.get("PIF", str(pif_ref)) or {}
        if pif.get("physical") and pif.get("device"):
            names += [f"pif_{pif['device']}_rx", f"pif_{pif['device']}_tx"]
    return names
