"""Can this server take this VM? The first answer, from the cache, for Start On / Resume On / Migrate entries.

These rules only refuse what xapi would refuse too (a disabled, unreachable or maintenance-mode server, an HVM
guest on a server without hardware virtualization, clearly too little memory); the server's own answer
(`VM.assert_can_boot_here`, asked by ChoiceChecks) refines every entry the cache lets through. The memory rule is
deliberately generous: it counts what running guests could give back by ballooning down to their dynamic minimum
and ignores xapi's per-domain overhead, so it never refuses a server that xapi would accept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..error_sentences import format_bytes
from ..objects import VM, Host

HVM_DOMAIN_TYPES = frozenset({"hvm", "pvh"})  # both run in a hardware-virtualized container


def needs_hvm(vm: VM) -> bool:
    domain_type = str(vm.record.get("domain_type") or "")
    if domain_type in HVM_DOMAIN_TYPES:
        return True
    if domain_type not in ("", "unspecified"):
        return False
    return bool(vm.record.get("HVM_boot_policy"))  # servers before domain_type: HVM_boot_policy says it


def supports_hvm(host: Host) -> bool:
    """True when the server advertises hardware virtualization (capabilities such as "hvm-3.0-x86_64")."""
    return any(str(cap).startswith("hvm") for cap in host.record.get("capabilities") or ())


def available_memory(host: Host) -> int:
    """Free memory plus what the server's running guests could give back by ballooning down."""
    reclaimable = 0
    for ref in host.resident_vms:
        guest = VM.lookup(host.cache, ref)
        if guest is not None and not guest.is_control_domain and guest.memory_dynamic_min > 0:
            reclaimable += max(0, guest.memory_actual - guest.memory_dynamic_min)
    return host.memory_free + reclaimable


def required_memory(vm: VM) -> int:
    """The least memory the VM can run in (its dynamic minimum; static maximum when that is unset)."""
    return vm.memory_dynamic_min or vm.memory_static_max


def host_reason(host: Host | None) -> str | None:
    """Why no VM can be placed on `host` now, or None."""
    if host is None:
        return QCoreApplication.translate("Commands", "The server no longer exists.")
    if host.in_maintenance_mode:
        return QCoreApplication.translate("Commands", "The host is in maintenance mode.")
    if not host.enabled:
        return QCoreApplication.translate("Commands", "The server is disabled.")
    if host.metrics is not None and not host.is_live:
        return QCoreApplication.translate("Commands", "The server is not reachable.")
    return None


def placement_reason(vm: VM, host: Host | None) -> str | None:
    """Why `vm` cannot be started, resumed or migrated onto `host` as far as the cache can tell, or None."""
    reason = host_reason(host)
    if reason is not None or host is None:
        return reason
    if vm.resident_on == host.ref:
        return QCoreApplication.translate("Commands", "The VM is already on this server.")
    if needs_hvm(vm) and not supports_hvm(host):
        return QCoreApplication.translate(
            "Commands", "The VM needs hardware virtualization (Intel VT or AMD-V), which this server does not have.")
    needed = required_memory(vm)
    available = available_memory(host)
    if host.metrics is not None and needed > available:
        return QCoreApplication.translate(
            "Commands", "This server does not have enough free memory: the VM needs {0}, {1} is available.").format(
            format_bytes(needed), format_bytes(available))
    return None
