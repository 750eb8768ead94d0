"""XenAPI class names as the datamodel spells them; event.from reports them lower-cased."""

from __future__ import annotations

# From xenapi.json (the datamodel's 67 classes); case matters on the wire ("VM" but "host").
WIRE_NAMES: tuple[str, ...] = (
    "session", "auth", "subject", "role", "task", "event", "pool", "pool_patch", "pool_update", "VM", "VM_metrics",
    "VM_guest_metrics", "VMPP", "VMSS", "VM_appliance", "DR_task", "host", "host_crashdump", "host_patch",
    "host_metrics", "host_cpu", "network", "VIF", "VIF_metrics", "PIF", "PIF_metrics", "Bond", "VLAN", "SM", "SR",
    "sr_stat", "probe_result", "LVHD", "VDI", "VBD", "VBD_metrics", "PBD", "crashdump", "VTPM", "console", "user",
    "data_source", "blob", "message", "secret", "tunnel", "network_sriov", "PCI", "PGPU", "GPU_group", "VGPU",
    "VGPU_type", "PVS_site", "PVS_server", "PVS_proxy", "PVS_cache_storage", "Feature", "SDN_controller",
    "vdi_nbd_server_info", "PUSB", "USB_group", "VUSB", "Cluster", "Cluster_host", "Certificate", "Repository",
    "Observer",
)

_BY_LOWER = {name.lower(): name for name in WIRE_NAMES}

# Classes whose events a console ignores (XenCenter: session, event, user, secret).
IGNORED = frozenset({"session", "event", "user", "secret"})


def wire_name(event_class: str) -> str:
    """The datamodel spelling of an event class ("vm_metrics" -> "VM_metrics"); unknown (newer) names pass through."""
    return _BY_LOWER.get(event_class.lower(), event_class)
