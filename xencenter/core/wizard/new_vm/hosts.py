"""What the console can tell about a host for a new VM before asking the server: CPUs, HVM, memory, storage.

These are the quick, local reasons (shown at once), built on the Start On submenu's placement rules; the server's
own answer (VM.assert_can_boot_here on the template, asked in the background through ChoiceEligibility) is added
to them on the home server page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...cache import ObjectCache
from ...commands.placement import available_memory, supports_hvm
from ...commands.placement import host_reason as availability
from ...error_sentences import format_bytes
from ...objects import SR, Host, as_int


def hosts(cache: ObjectCache) -> list[Host]:
    return sorted((Host(ref, rec, cache) for ref, rec in cache.items("host")), key=lambda h: h.name)


def cpu_count(host: Host) -> int:
    info = host.field("cpu_info", {}) or {}
    count = as_int(info.get("cpu_count") if isinstance(info, dict) else 0)
    return count or len(host.field("host_CPUs", ()) or ())


def reaches(host: Host, sr_ref: str) -> bool:
    """The SR is plugged on the host (shared SRs on every host, local ones on their own)."""
    cache = host.cache
    for pbd_ref in host.field("PBDs", ()) or ():
        pbd = cache.get("PBD", str(pbd_ref))
        if pbd is not None and pbd.get("SR") == sr_ref and pbd.get("currently_attached", False):
            return True
    return False


def host_reason(host: Host, *, hvm: bool, memory: int, start_memory: int, srs: list[str]) -> str | None:
    """Why `host` cannot be the new VM's home, or None: needing HVM or not, `memory` bytes at most (static max),
    `start_memory` bytes free to start (dynamic min), disks on `srs`."""
    reason = availability(host)
    if reason is not None:
        return reason
    if hvm and not supports_hvm(host):
        return QCoreApplication.translate("NewVm", "The server has no hardware virtualization support (Intel VT "
                                                   "or AMD-V), which this template needs.")
    if memory and host.memory_total and memory > host.memory_total:
        return QCoreApplication.translate("NewVm", "The server has only {0} of memory.").format(
            format_bytes(host.memory_total))
    if start_memory and host.metrics is not None and start_memory > available_memory(host):
        return QCoreApplication.translate("NewVm", "Not enough free memory: the VM needs {0}, the server has {1} "
                                                   "available.").format(format_bytes(start_memory),
                                                                        format_bytes(available_memory(host)))
    for sr_ref in srs:
        sr = SR.lookup(host.cache, sr_ref)
        if sr is not None and not reaches(host, sr_ref):
            return QCoreApplication.translate("NewVm", "The server cannot reach the storage '{0}'.").format(sr.name)
    return None
