"""The General tab's property lists: (key, label, value) rows computed from the cache.

`described(tracker, View, ref, rows)` gives name, description and UUID, then the class's own rows (one function
per class: `vm_properties`, `host_properties`, ...), or nothing when the object is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ...core.guest_os import guest_os_name
from ...core.i18n import translate
from ...core.objects import SR, VDI, VM, Host, Network, Pool, XenObject, as_int, is_null
from ...core.uptime import host_boot_time, vm_start_time
from ...core.vapps import Vapp, member_of, shutdown_sequence, start_sequence, state_text, vapp_of
from . import fmt
from .deps import Tracker

CTX = "GeneralTab"

Prop = tuple[str, str, str]
V = TypeVar("V", bound=XenObject)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def described(tracker: Tracker, kind: type[V], ref: str, rows: Callable[[Tracker, V], list[Prop]]) -> list[Prop]:
    """The common rows, then `rows(tracker, obj)`; [] when the object no longer exists."""
    obj = tracker.view(kind, ref)
    return [] if obj is None else _common(obj) + rows(tracker, obj)


def _common(obj: XenObject) -> list[Prop]:
    name = obj.display_name if isinstance(obj, Pool) else obj.name
    return [("name", translate("GeneralTab", "Name"), name or fmt.unknown()),
            ("description", translate("GeneralTab", "Description"), obj.description or fmt.none_text()),
            ("uuid", translate("GeneralTab", "UUID"), obj.uuid or fmt.unknown())]


def power_state_text(state: str) -> str:
    names = {"Running": translate("GeneralTab", "Running"), "Halted": translate("GeneralTab", "Halted"),
             "Suspended": translate("GeneralTab", "Suspended"), "Paused": translate("GeneralTab", "Paused")}
    return names.get(state, state or fmt.unknown())


def guest_ips(tracker: Tracker, vm: VM, device: str | None = None) -> list[str]:
    """IP addresses reported by the guest agent (VM_guest_metrics.networks), optionally for one VIF device."""
    metrics = tracker.record("VM_guest_metrics", vm.field("guest_metrics"))
    networks = _mapping(metrics.get("networks")) if metrics is not None else {}
    found: list[str] = []
    for key in sorted(networks):
        dev, _, kind = str(key).partition("/")
        if (device is None or dev == device) and kind in ("ip", "ipv4/0", "ipv6/0") and networks[key] not in found:
            found.append(str(networks[key]))
    return found


def vm_properties(tracker: Tracker, vm: VM) -> list[Prop]:
    rows: list[Prop] = []
    if vm.is_template:
        rows.append(("kind", translate("GeneralTab", "Type"), translate("GeneralTab", "Template")))
    elif vm.is_snapshot:
        rows.append(("kind", translate("GeneralTab", "Type"), translate("GeneralTab", "Snapshot")))
    else:
        rows.append(("power_state", translate("GeneralTab", "Power state"), power_state_text(vm.power_state)))
    guest = tracker.record("VM_guest_metrics", vm.field("guest_metrics"))
    os_name = guest_os_name(guest.get("os_version")) if guest is not None else None
    rows.append(("os", translate("GeneralTab", "Operating system"),
                 os_name or translate("GeneralTab", "Unknown (no guest tools)")))
    running = vm.power_state in ("Running", "Paused")
    if vm.is_real_vm:
        rows.append(("ip", translate("GeneralTab", "IP address"), ", ".join(guest_ips(tracker, vm)) or fmt.unknown()))
        rows.append(("memory", translate("GeneralTab", "Memory"),
                     fmt.size(vm.memory_actual) if running else translate("GeneralTab", "Not running")))
    rows.append(("memory_dynamic", translate("GeneralTab", "Dynamic memory"),
                 translate("GeneralTab", "{0} – {1}").format(fmt.size(vm.memory_dynamic_min),
                                                             fmt.size(vm.memory_dynamic_max))))
    rows.append(("memory_static_max", translate("GeneralTab", "Maximum memory"), fmt.size(vm.memory_static_max)))
    rows.append(("vcpus", translate("GeneralTab", "vCPUs"), translate("GeneralTab", "{0} (maximum {1})").format(
        vm.vcpus, as_int(vm.field("VCPUs_max"), vm.vcpus))))
    if vm.is_real_vm:
        host = vm.resident_host
        rows.append(("host", translate("GeneralTab", "Server"), host.name if host is not None else
                     (fmt.unknown() if running else translate("GeneralTab", "Not running"))))
        rows.append(("uptime", translate("GeneralTab", "Uptime"),
                     fmt.uptime(vm_start_time(vm)) if running else translate("GeneralTab", "Not running")))
        rows.append(("vmss", translate("GeneralTab", "VM protection policy"), protection_text(tracker, vm)))
        rows.append(("vapp", translate("GeneralTab", "vApp"), vapp_text(vm)))
    elif vm.is_snapshot and vm.field("is_vmss_snapshot"):
        rows.append(("vmss", translate("GeneralTab", "Taken by"), translate("GeneralTab", "A VM protection policy")))
    return rows


def protection_text(tracker: Tracker, vm: VM) -> str:
    """The VM's snapshot schedule (xapi's VMSS): its name, and "(disabled)" when it is off; "None" without one."""
    ref = str(vm.field("snapshot_schedule") or "")
    policy = tracker.record("VMSS", ref) if ref and ref != "OpaqueRef:NULL" else None
    if policy is None:
        return fmt.none_text()
    name = str(policy.get("name_label", ""))
    return name if policy.get("enabled") else translate("GeneralTab", "{0} (disabled)").format(name)


def vapp_text(vm: VM) -> str:
    """"Web shop (start order 0, start delay 30 s, shutdown delay 0 s)"; "None" outside any vApp."""
    vapp = vapp_of(vm)
    if vapp is None:
        return fmt.none_text()
    member = member_of(vm)
    return translate("GeneralTab", "{0} (start order {1}, start delay {2} s, shutdown delay {3} s)").format(
        vapp.name, member.order, member.start_delay, member.shutdown_delay)


def vapp_properties(tracker: Tracker, vapp: Vapp) -> list[Prop]:
    """A vApp: its VMs in start order, its state, and the sequences xapi follows."""
    vms = vapp.members()
    members = [member_of(vm) for vm in vms]
    rows = [("vms", translate("GeneralTab", "VMs"), ", ".join(vm.name for vm in vms) or fmt.none_text()),
            ("state", translate("GeneralTab", "State"), state_text(vapp))]
    if members:
        rows.append(("start_sequence", translate("GeneralTab", "Start sequence"), start_sequence(members)))
        rows.append(("shutdown_sequence", translate("GeneralTab", "Shutdown sequence"), shutdown_sequence(members)))
    return rows


def management_ip(tracker: Tracker, host: Host) -> str:
    for pif_ref in host.field("PIFs") or ():
        pif = tracker.record("PIF", pif_ref)
        if pif is not None and pif.get("management") and pif.get("IP"):
            return str(pif["IP"])
    return host.address or fmt.unknown()


def version_text(host: Host) -> str:
    software = _mapping(host.field("software_version"))
    brand = software.get("product_brand") or software.get("platform_name") or ""
    version = software.get("product_version_text") or software.get("product_version") or software.get(
        "platform_version") or ""
    build = software.get("build_number")
    text = " ".join(str(part) for part in (brand, version) if part)
    if build:
        text = translate("GeneralTab", "{0} (build {1})").format(text, build)
    return text or fmt.unknown()


def host_properties(tracker: Tracker, host: Host) -> list[Prop]:
    rows: list[Prop] = []
    pool = next((Pool(r, rec, tracker.cache) for r, rec in tracker.items("pool")), None)
    rows.append(("pool_master", translate("GeneralTab", "Pool master"),
                 fmt.yes_no(pool is not None and pool.master == host.ref)))
    if host.in_maintenance_mode:
        status = translate("GeneralTab", "In maintenance mode")
    elif not host.is_live:
        status = translate("GeneralTab", "Not live")
    else:
        status = translate("GeneralTab", "Enabled") if host.enabled else translate("GeneralTab", "Disabled")
    rows.append(("status", translate("GeneralTab", "Status"), status))
    rows.append(("address", translate("GeneralTab", "Management IP"), management_ip(tracker, host)))
    rows.append(("hostname", translate("GeneralTab", "Host name"), str(host.field("hostname") or fmt.unknown())))
    cpu = _mapping(host.field("cpu_info"))
    rows.append(("cpu_model", translate("GeneralTab", "CPU model"), str(cpu.get("modelname") or fmt.unknown())))
    count = as_int(cpu.get("cpu_count"), 0) or len(host.field("host_CPUs") or ())
    sockets = as_int(cpu.get("socket_count"), 0)
    cpus = translate("GeneralTab", "{0} ({1} sockets)").format(count, sockets) if sockets else str(count)
    rows.append(("cpu_count", translate("GeneralTab", "CPUs"), cpus if count else fmt.unknown()))
    metrics = host.metrics
    known = metrics is not None
    rows.append(("memory", translate("GeneralTab", "Memory"), fmt.size(host.memory_total) if known else fmt.unknown()))
    rows.append(("memory_free", translate("GeneralTab", "Free memory"),
                 fmt.size(host.memory_free) if known else fmt.unknown()))
    rows.append(("version", translate("GeneralTab", "Version"), version_text(host)))
    rows.append(("uptime", translate("GeneralTab", "Uptime"), fmt.uptime(host_boot_time(host))))
    cache_sr = host.field("local_cache_sr")
    rows.append(("intellicache", translate("GeneralTab", "IntelliCache"),
                 translate("GeneralTab", "Disabled") if is_null(cache_sr) else
                 translate("GeneralTab", "Enabled, on {0}").format(tracker.name_of("SR", cache_sr, fmt.unknown()))))
    return rows


def pool_properties(tracker: Tracker, pool: Pool) -> list[Prop]:
    rows: list[Prop] = []
    master = tracker.view(Host, pool.master)
    rows.append(("master", translate("GeneralTab", "Pool master"),
                 master.name if master is not None else fmt.unknown()))
    default_sr = pool.field("default_SR")
    sr = tracker.view(SR, default_sr)
    rows.append(("default_sr", translate("GeneralTab", "Default storage"), sr.name if sr is not None else
                 (fmt.none_text() if is_null(default_sr) else fmt.unknown())))
    rows.append(("hosts", translate("GeneralTab", "Servers"), str(len(tracker.all_of("host")))))
    rows.append(("ha", translate("GeneralTab", "High availability"), fmt.yes_no(pool.field("ha_enabled"))))
    return rows


def sr_properties(tracker: Tracker, sr: SR) -> list[Prop]:
    rows: list[Prop] = []
    rows.append(("type", translate("GeneralTab", "Type"), sr.type or fmt.unknown()))
    rows.append(("content_type", translate("GeneralTab", "Content type"),
                 str(sr.field("content_type") or fmt.none_text())))
    rows.append(("size", translate("GeneralTab", "Size"), fmt.size(sr.field("physical_size"))))
    used, total = sr.physical_utilisation, sr.physical_size
    rows.append(("utilisation", translate("GeneralTab", "Utilization"),
                 translate("GeneralTab", "{0} used of {1} ({2})").format(fmt.size(used), fmt.size(total),
                                                                         fmt.percent(used, total))))
    rows.append(("virtual_allocation", translate("GeneralTab", "Virtual allocation"),
                 fmt.size(sr.field("virtual_allocation"))))
    rows.append(("shared", translate("GeneralTab", "Shared"), fmt.yes_no(sr.shared)))
    hosts = []
    for pbd_ref in sr.field("PBDs") or ():
        pbd = tracker.record("PBD", pbd_ref)
        if pbd is not None:
            hosts.append(tracker.name_of("host", pbd.get("host"), fmt.unknown()))
    rows.append(("hosts", translate("GeneralTab", "Servers"), ", ".join(sorted(hosts)) or fmt.none_text()))
    return rows


def network_properties(tracker: Tracker, network: Network) -> list[Prop]:
    rows: list[Prop] = []
    rows.append(("bridge", translate("GeneralTab", "Bridge"), str(network.field("bridge") or fmt.unknown())))
    rows.append(("mtu", translate("GeneralTab", "MTU"), str(as_int(network.field("MTU"), 0) or fmt.unknown())))
    rows.append(("managed", translate("GeneralTab", "Managed"), fmt.yes_no(network.field("managed", True))))
    return rows


def vdi_properties(tracker: Tracker, vdi: VDI) -> list[Prop]:
    record = vdi.record
    rows: list[Prop] = []
    rows.append(("size", translate("GeneralTab", "Size"), fmt.size(record.get("virtual_size"))))
    rows.append(("physical_utilisation", translate("GeneralTab", "Space used"),
                 fmt.size(record.get("physical_utilisation"))))
    rows.append(("sr", translate("GeneralTab", "Storage"), tracker.name_of("SR", record.get("SR"), fmt.unknown())))
    rows.append(("read_only", translate("GeneralTab", "Read-only"), fmt.yes_no(record.get("read_only"))))
    rows.append(("snapshots", translate("GeneralTab", "Snapshots"), str(len(record.get("snapshots") or ()))))
    rows.append(("allow_caching", translate("GeneralTab", "Cached (IntelliCache)"),
                 fmt.yes_no(record.get("allow_caching"))))
    rows.append(("on_boot", translate("GeneralTab", "At each start"),
                 translate("GeneralTab", "Reset to the state at boot") if record.get("on_boot") == "reset" else
                 translate("GeneralTab", "Keeps its changes")))
    vms = []
    for vbd_ref in record.get("VBDs") or ():
        vbd = tracker.record("VBD", vbd_ref)
        if vbd is not None:
            vms.append(tracker.name_of("VM", vbd.get("VM"), fmt.unknown()))
    rows.append(("vms", translate("GeneralTab", "Attached to"), ", ".join(sorted(vms)) or fmt.none_text()))
    return rows
