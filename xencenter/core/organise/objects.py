"""The objects organisation views and saved searches range over, and XenSearch's properties of them.

An `Item` is one object of one connection (pool, server, VM / snapshot / template, SR, network, VDI); `property_of`
answers XenSearch's property names ("type", "label", "memory", "pool", "host", ...) the way XenCenter's search
reads them, or None when the object has no such property.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from . import formats

HIDE_KEY = "HideFromXenCenter"
NULL_REF = "OpaqueRef:NULL"


class Reader(Protocol):
    def items(self, cls: str) -> Any: ...

    def get(self, cls: str, ref: str) -> Mapping[str, Any] | None: ...


@dataclass(frozen=True)
class Item:
    conn: str  # the connection's key
    cls: str
    ref: str
    record: Mapping[str, Any]
    cache: Reader

    @property
    def key(self) -> str:
        return f"{self.conn}/{self.ref}"

    @property
    def name(self) -> str:
        return str(self.record.get("name_label") or "")


def is_null(ref: Any) -> bool:
    return not isinstance(ref, str) or ref in ("", NULL_REF, "cd", "Ref:1")


def hidden(record: Mapping[str, Any]) -> bool:
    return str(formats.mapping(record.get("other_config")).get(HIDE_KEY, "")).lower() == "true"


def is_default_template(record: Mapping[str, Any]) -> bool:
    config = formats.mapping(record.get("other_config"))
    return bool(record.get("is_default_template")) or str(config.get("default_template", "")).lower() == "true"


def object_type(item: Item) -> str:
    """XenSearch's ObjectTypes name of the object."""
    record = item.record
    if item.cls == "pool":
        return "Pool"
    if item.cls == "host":
        return "Server"
    if item.cls == "VM":
        if record.get("is_a_snapshot"):
            return "Snapshot"
        if record.get("is_a_template"):
            return "DefaultTemplate" if is_default_template(record) else "UserTemplate"
        return "VM"
    if item.cls == "SR":
        return "RemoteSR" if record.get("shared") else "LocalSR"
    return {"VDI": "VDI", "network": "Network"}.get(item.cls, item.cls)


def items_of(conn: str, cache: Reader, *, templates: bool = True, hidden_too: bool = False) -> Iterator[Item]:
    """Every organisable object of one connection (never a control domain; a pool only when it has a name)."""
    for cls in formats.ORGANISED_CLASSES:
        for ref, record in cache.items(cls):
            if not hidden_too and hidden(record):
                continue
            if cls == "VM" and (record.get("is_control_domain") or (
                    not templates and record.get("is_a_template") and not record.get("is_a_snapshot"))):
                continue
            if cls == "pool" and not record.get("name_label"):
                continue
            yield Item(conn, cls, str(ref), record, cache)


def _related(item: Item, cls: str, refs: Any) -> list[Item]:
    found = []
    for ref in refs if isinstance(refs, list | tuple) else [refs]:
        if is_null(ref):
            continue
        record = item.cache.get(cls, str(ref))
        if record is not None:
            found.append(Item(item.conn, cls, str(ref), record, item.cache))
    return found


def pool_of(item: Item) -> list[Item]:
    return [Item(item.conn, "pool", str(ref), record, item.cache) for ref, record in item.cache.items("pool")
            if record.get("name_label")]


def hosts_of(item: Item) -> list[Item]:
    record = item.record
    if item.cls == "host":
        return [item]
    if item.cls == "VM":
        return _related(item, "host", record.get("resident_on"))
    if item.cls == "SR":
        if record.get("shared"):
            return []
        hosts = [pbd.get("host") for pbd in (item.cache.get("PBD", str(r)) for r in record.get("PBDs") or ())
                 if pbd is not None]
        return _related(item, "host", hosts)
    if item.cls == "VDI":
        return [host for sr in storage_of(item) for host in hosts_of(sr)]
    return []


def _through_vbds(item: Item, other: str) -> list[Item]:
    """The VMs of a disk, or the disks of a VM (other = "VM" or "VDI"), through the item's VBDs."""
    vbds = [item.cache.get("VBD", str(ref)) for ref in item.record.get("VBDs") or ()]
    return _related(item, other, [vbd.get(other) for vbd in vbds if vbd is not None])


def vms_of(item: Item) -> list[Item]:
    return [item] if item.cls == "VM" else _through_vbds(item, "VM") if item.cls == "VDI" else []


def vdis_of(item: Item) -> list[Item]:
    return [item] if item.cls == "VDI" else _through_vbds(item, "VDI") if item.cls == "VM" else []


def storage_of(item: Item) -> list[Item]:
    if item.cls == "SR":
        return [item]
    if item.cls == "VDI":
        return _related(item, "SR", item.record.get("SR"))
    if item.cls == "VM":
        srs: dict[str, Item] = {}
        for vdi in vdis_of(item):
            for sr in storage_of(vdi):
                srs.setdefault(sr.ref, sr)
        return list(srs.values())
    return []


def networks_of(item: Item) -> list[Item]:
    if item.cls == "network":
        return [item]
    if item.cls == "VM":
        vifs = [item.cache.get("VIF", str(ref)) for ref in item.record.get("VIFs") or ()]
        return _related(item, "network", [vif.get("network") for vif in vifs if vif is not None])
    return []


def appliance_of(item: Item) -> list[Item]:
    """A VM's vApp (xapi's VM_appliance), as XenSearch's "appliance" property."""
    return _related(item, "VM_appliance", item.record.get("appliance")) if item.cls == "VM" else []


RELATED = {"pool": pool_of, "host": hosts_of, "vm": vms_of, "storage": storage_of, "networks": networks_of,
           "disks": vdis_of, "appliance": appliance_of}


def vm_memory(item: Item) -> int | None:
    record = item.record
    if item.cls != "VM":
        return None
    if record.get("power_state") in ("Running", "Paused"):
        metrics = item.cache.get("VM_metrics", str(record.get("metrics")))
        if metrics is not None and metrics.get("memory_actual") not in (None, ""):
            return _int(metrics.get("memory_actual"))
    return _int(record.get("memory_dynamic_max"))


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def os_name(item: Item) -> str | None:
    if item.cls != "VM":
        return None
    metrics = item.cache.get("VM_guest_metrics", str(item.record.get("guest_metrics")))
    name = formats.mapping(metrics.get("os_version")).get("name") if metrics is not None else None
    return str(name).split("|")[0] if name else None


def guest_ips(item: Item) -> list[str]:
    if item.cls != "VM":
        return []
    metrics = item.cache.get("VM_guest_metrics", str(item.record.get("guest_metrics")))
    networks = formats.mapping(metrics.get("networks")) if metrics is not None else {}
    return sorted({str(v) for k, v in networks.items() if str(k).endswith(("/ip", "/ipv4/0", "/ipv6/0"))})


def property_of(item: Item, name: str) -> Any:
    """A XenSearch property of the object: str, int, bool, a list, or None when it has none."""
    record = item.record
    simple = {"label": "name_label", "name": "name_label", "description": "name_description", "uuid": "uuid",
              "power_state": "power_state", "ha_restart_priority": "ha_restart_priority"}
    if name == "type":
        return object_type(item)
    if name in simple:
        value = record.get(simple[name])
        return None if value is None else str(value)
    if name == "tags":
        return formats.tags_of(record)
    if name == "memory":
        return vm_memory(item)
    if name == "size":
        key = {"VDI": "virtual_size", "SR": "physical_size"}.get(item.cls)
        return _int(record.get(key)) if key else None
    if name == "shared":
        return bool(record.get("shared")) if item.cls == "SR" else None
    if name == "sr_type":
        return str(record.get("type")) if item.cls == "SR" else None
    if name == "os_name":
        return os_name(item)
    if name == "folder":
        return formats.folder_of(record) or None
    if name == "ip_address":
        return guest_ips(item)
    if name == "in_any_appliance":
        return not is_null(record.get("appliance")) if item.cls == "VM" else None
    if name == "read_caching_enabled" or name not in RELATED:
        return None
    return RELATED[name](item)
