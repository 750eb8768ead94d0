"""What the console can tell about a host for a new VM before asking the server: CPUs, HVM, memory, storage.

These are the quick, local reasons (shown at once); the server's own answer (VM.assert_can_boot_here, run in the
background through an EligibilityCache) is added to them on the home server page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...cache import ObjectCache
from ...error_sentences import format_bytes
from ...objects import SR, Host, as_int

# xenopsd's overhead for a small guest is a few MiB per GiB; a margin keeps "fits" honest for the start check.
OVERHEAD_MARGIN = 64 * 1024**2


def hosts(cache: ObjectCache) -> list[Host]:
    return sorted((Host(ref, rec, cache) for ref, rec in cache.items("host")), key=lambda h: h.name)


def cpu_count(host: Host) -> int:
    info = host.field("cpu_info", {}) or {}
    count = as_int(info.get("cpu_count") if isinstance(info, dict) else 0)
    return count or len(host.field("host_CPUs", ()) or ())


def supports_hvm(host: Host) -> bool:
    return any(str(cap).startswith("hvm") for cap in host.field("capabilities", ()) or ())


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
    if host.metrics is not None and not host.is_live:
        return QCoreApplication.translate("NewVm", "The server is not reachable.")
    if not host.enabled:
        return QCoreApplication.translate("NewVm", "The server is disabled (maintenance mode).")
    if hvm and not supports_hvm(host):
        return QCoreApplication.translate("NewVm", "The server has no hardware virtualization support (Intel VT "
                                                   "or AMD-V), which this template needs.")
    if memory and host.memory_total and memory > host.memory_total:
        return QCoreApplication.translate("NewVm", "The server has only {0} of memory.").format(
            format_bytes(host.memory_total))
    if start_memory and host.metrics is not None and start_memory + OVERHEAD_MARGIN > host.memory_free:
        return QCoreApplication.translate("NewVm", "Not enough free memory: the VM needs {0}, the server has {1} "
                                                   "free.").format(format_bytes(start_memory),
                                                                   format_bytes(host.memory_free))
    for sr_ref in srs:
        sr = SR.lookup(host.cache, sr_ref)
        if sr is not None and not reaches(host, sr_ref):
            return QCoreApplication.translate("NewVm", "The server cannot reach the storage '{0}'.").format(sr.name)
    return None
