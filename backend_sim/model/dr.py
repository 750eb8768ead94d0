"""Disaster recovery: the pool database replicated into metadata VDIs, and VMs recovered from a foreign one.

As xapi does it (xapi_dr.ml, xapi_dr_task.ml): `SR.enable_database_replication` makes a VDI of type
"metadata" on a shared SR and keeps the pool's database in it, rewritten whenever the database changes
(`keep_current`, until the pool's master is lost). The database is kept on the storage device
(`StorageLab.metadata`, by VDI uuid), so a second pool reaching the same storage reads it after attaching
the SR. `foreign_store` rebuilds a read-only database from it; `recover_vm` / `recover_appliance` recreate
VMs (same uuids, halted, disks on the attached SRs' VDIs, VIFs on networks of the same name) in a pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from ..datamodel import CLASSES
from ..datamodel.types import RefT, SetT
from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from . import ha_failover, hosts, network
from .storage import pbds
from .storage.servers import lab_of
from .vm_copy import NOT_COPIED

METADATA = "metadata"
DR_TYPES = ("nfs", "lvmoiscsi", "lvmohba")  # SM drivers with the SR_METADATA capability
# What the metadata VDI holds of the pool: enough to list and recover its VMs and vApps.
SAVED = ("pool", "VM", "VBD", "VIF", "VDI", "SR", "network", "VM_appliance", "VM_metrics")


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def pool_ref(store: Store) -> str:
    return next(iter(store.table("pool")), NULL_REF)


def replicated_vdis(store: Store) -> list[str]:
    """This pool's own metadata VDIs (those it writes its database into)."""
    pool = pool_ref(store)
    return [ref for ref, vdi in store.table("VDI").items()
            if vdi["type"] == METADATA and vdi["metadata_of_pool"] == pool]


def check_supported(store: Store, sr: str) -> None:
    """SR.assert_supports_database_replication: a shared SR of a driver with metadata, on every host."""
    record = store.get("SR", sr)
    if record["type"] not in DR_TYPES or not record["shared"]:
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    connected = {store.get("PBD", pbd)["host"] for pbd in record["PBDs"]}
    if connected != set(store.table("host")):
        raise ApiError("SR_NO_PBDS", sr)
    if len(pbds.plugged_pbds(store, sr)) != len(record["PBDs"]):
        raise ApiError("SR_NO_PBDS", sr)


def database(store: Store) -> dict[str, Any]:
    """The part of the pool's database written into a metadata VDI (records as xapi returns them)."""
    vms = {ref: vm for ref, vm in store.table("VM").items()
           if not vm["is_control_domain"] and not vm["is_a_snapshot"]}
    vbds = {ref: store.get("VBD", ref) for vm in vms.values() for ref in vm["VBDs"] if store.find("VBD", ref)}
    vifs = {ref: store.get("VIF", ref) for vm in vms.values() for ref in vm["VIFs"] if store.find("VIF", ref)}
    vdis = {vbd["VDI"]: store.get("VDI", vbd["VDI"]) for vbd in vbds.values()
            if vbd["VDI"] != NULL_REF and store.find("VDI", vbd["VDI"]) is not None}
    srs = {vdi["SR"]: store.get("SR", vdi["SR"]) for vdi in vdis.values() if store.find("SR", vdi["SR"])}
    nets = {vif["network"]: store.get("network", vif["network"]) for vif in vifs.values()
            if store.find("network", vif["network"]) is not None}
    metrics = {vm["metrics"]: store.get("VM_metrics", vm["metrics"]) for vm in vms.values()
               if store.find("VM_metrics", vm["metrics"]) is not None}
    tables = {"pool": store.table("pool"), "VM": vms, "VBD": vbds, "VIF": vifs, "VDI": vdis, "SR": srs,
              "network": nets, "VM_appliance": store.table("VM_appliance"), "VM_metrics": metrics}
    pool = store.table("pool").get(pool_ref(store), {})
    return {"pool_uuid": pool.get("uuid", ""), "pool_name": pool.get("name_label", ""),
            "records": {cls: {ref: _copy(record) for ref, record in rows.items()} for cls, rows in tables.items()}}


def pool_lost(store: Store) -> bool:
    """The master is down (the sim plugin's fail_host): nothing writes the database any more."""
    return hosts.master_ref(store) in ha_failover.failures(store)


def write(store: Store) -> None:
    """Write the database into each of the pool's metadata VDIs whose SR is attached."""
    lab = lab_of(store)
    content: dict[str, Any] | None = None
    for ref in replicated_vdis(store):
        vdi = store.get("VDI", ref)
        if not pbds.plugged_pbds(store, vdi["SR"]):
            continue
        content = content or database(store)
        lab.metadata[vdi["uuid"]] = content
        if not vdi["metadata_latest"]:
            store.update("VDI", ref, {"metadata_latest": True})


async def keep_current(store: Store) -> None:
    """xapi's redo log to the metadata VDIs: rewrite them after each change, while replication is on."""
    seen = -1
    while replicated_vdis(store):
        if store.generation != seen:
            if not pool_lost(store):  # a lost master writes nothing: the VDI keeps the database as it was
                write(store)
            seen = store.generation
        await store.wait_for_change(seen, 5.0)
        await asyncio.sleep(0)  # the rest of a burst of changes lands before the next write


def foreign_store(content: dict[str, Any]) -> Store:
    """A database rebuilt from a metadata VDI's content (read through a session from VDI.open_database)."""
    store = Store(seed=0)
    for cls in SAVED:
        for ref, record in content["records"].get(cls, {}).items():
            store.insert(cls, ref, _copy(record))
    return store


def sr_names(store: Store, uuid: str) -> tuple[str, str]:
    """An SR's name and description as written on its device (by any pool that uses the storage)."""
    for other in (store, *lab_of(store).pools):
        ref = other.by_uuid["SR"].get(uuid)
        if ref is not None:
            record = other.get("SR", ref)
            return str(record["name_label"]), str(record["name_description"])
    return "", ""


def has_metadata(store: Store, uuid: str) -> bool:
    """Whether the SR's device holds some pool's database (a metadata VDI written on it)."""
    lab = lab_of(store)
    for other in (store, *lab.pools):
        ref = other.by_uuid["SR"].get(uuid)
        if ref is not None and any(other.get("VDI", vdi)["type"] == METADATA
                                   and other.get("VDI", vdi)["uuid"] in lab.metadata
                                   for vdi in other.get("SR", ref)["VDIs"]):
            return True
    return False


def probe_xml(store: Store, uuids: Iterable[str]) -> str:
    """SR.probe's answer with sm_config metadata=true: each SR's names and whether pool metadata is on it."""
    rows = []
    for uuid in uuids:
        name, description = sr_names(store, uuid)
        rows.append(f"<SR><UUID>{escape(uuid)}</UUID><name_label>{escape(name)}</name_label>"
                    f"<name_description>{escape(description)}</name_description>"
                    f"<pool_metadata_detected>{str(has_metadata(store, uuid)).lower()}</pool_metadata_detected></SR>")
    return '<?xml version="1.0" ?>\n<SRlist>' + "".join(rows) + "</SRlist>"


# -- recovery ----------------------------------------------------------------------------------------------


def required_srs(home: Store, foreign: Store, vm: str) -> list[str]:
    """The foreign SRs holding the VM's disks that `home` has not attached (or whose disks it does not see)."""
    missing: list[str] = []
    for vbd_ref in foreign.get("VM", vm)["VBDs"]:
        vbd = foreign.find("VBD", vbd_ref)
        if vbd is None or vbd["VDI"] == NULL_REF or foreign.find("VDI", vbd["VDI"]) is None:
            continue
        vdi = foreign.get("VDI", vbd["VDI"])
        sr = foreign.find("SR", vdi["SR"])
        if sr is None or sr["content_type"] == "iso":
            continue  # a CD: recovered empty if its library is not there
        local = home.by_uuid["SR"].get(sr["uuid"])
        ok = (local is not None and pbds.plugged_pbds(home, local) and vdi["uuid"] in home.by_uuid["VDI"])
        if not ok and vdi["SR"] not in missing:
            missing.append(vdi["SR"])
    return missing


def assert_recoverable(home: Store, foreign: Store, vm: str) -> None:
    missing = required_srs(home, foreign, vm)
    if missing:
        raise ApiError("VM_REQUIRES_SR", vm, missing[0])


def check_replace(home: Store, foreign: Store, vm: str, force: bool) -> None:
    """xapi's import rule for a VM whose uuid the pool has: only a halted one, and only when forced."""
    record = foreign.get("VM", vm)
    existing = home.by_uuid["VM"].get(record["uuid"])
    if existing is None:
        return
    old = home.get("VM", existing)
    if old["power_state"] != "Halted":
        raise ApiError("VM_BAD_POWER_STATE", existing, "halted", str(old["power_state"]).lower())
    if not force and int(old.get("version", 0)) >= int(record.get("version", 0)):
        raise ApiError("VM_TO_IMPORT_IS_NOT_NEWER_VERSION", existing, str(old.get("version", 0)),
                       str(record.get("version", 0)))


def _drop_vm(home: Store, ref: str) -> None:
    vm = home.get("VM", ref)
    for vbd in list(vm["VBDs"]):
        home.destroy("VBD", vbd)
    for vif in list(vm["VIFs"]):
        network.destroy_vif_row(home, vif)
    for console in list(vm["consoles"]):
        home.destroy("console", console)
    if vm["metrics"] != NULL_REF and home.find("VM_metrics", vm["metrics"]) is not None:
        home.destroy("VM_metrics", vm["metrics"])
    home.destroy("VM", ref)


def _local_fields(cls: str, record: dict[str, Any], skip: Iterable[str]) -> dict[str, Any]:
    """A foreign record's own values: references into the foreign database are cleared."""
    fields: dict[str, Any] = {}
    definitions = CLASSES[cls].fields
    for name, value in record.items():
        if name in skip or name not in definitions:
            continue
        kind = definitions[name].type
        if isinstance(kind, RefT):
            fields[name] = NULL_REF
        elif isinstance(kind, SetT) and isinstance(kind.elem, RefT):
            fields[name] = []
        else:
            fields[name] = _copy(value)
    return fields


def recover_vm(home: Store, foreign: Store, vm: str, force: bool, now: Any, appliance: str = NULL_REF) -> str:
    """Create the foreign VM in `home` (same uuid, halted); its ref there. Check first: assert_recoverable."""
    assert_recoverable(home, foreign, vm)
    check_replace(home, foreign, vm, force)
    record = foreign.get("VM", vm)
    existing = home.by_uuid["VM"].get(record["uuid"])
    if existing is not None:
        _drop_vm(home, existing)
    fields = _local_fields("VM", record, NOT_COPIED - {"uuid"})
    metrics = foreign.find("VM_metrics", record["metrics"])
    hvm = bool(metrics["hvm"]) if metrics is not None else bool(record.get("HVM_boot_policy"))
    fields["metrics"] = home.create("VM_metrics", {"install_time": now, "last_updated": now, "hvm": hvm})
    fields.update({"power_state": "Halted", "domid": -1, "appliance": appliance})
    ref = home.create("VM", fields)
    for vbd_ref in record["VBDs"]:
        vbd = foreign.find("VBD", vbd_ref)
        if vbd is None:
            continue
        vdi = foreign.find("VDI", vbd["VDI"]) if vbd["VDI"] != NULL_REF else None
        local_vdi = home.by_uuid["VDI"].get(vdi["uuid"], NULL_REF) if vdi is not None else NULL_REF
        if vbd["type"] == "Disk" and local_vdi == NULL_REF:
            continue
        vbd_fields = _local_fields("VBD", vbd, ("uuid", "currently_attached", "current_operations",
                                                "allowed_operations"))
        home.create("VBD", {**vbd_fields, "VM": ref, "VDI": local_vdi, "currently_attached": False,
                            "empty": local_vdi == NULL_REF})
    for vif_ref in record["VIFs"]:
        vif = foreign.find("VIF", vif_ref)
        net = foreign.find("network", vif["network"]) if vif is not None else None
        local_net = next((n for n, r in home.table("network").items()
                          if net is not None and r["name_label"] == net["name_label"]), None)
        if vif is None or local_net is None:
            continue  # no network of that name here: the VM comes without this VIF
        vif_fields = _local_fields("VIF", vif, ("uuid", "currently_attached", "current_operations",
                                                "allowed_operations"))
        home.create("VIF", {**vif_fields, "VM": ref, "network": local_net, "currently_attached": False})
    return ref


def appliance_vms(foreign: Store, appliance: str) -> list[str]:
    vms = foreign.get("VM_appliance", appliance)["VMs"]
    return [vm for vm in vms if foreign.find("VM", vm) is not None]


def appliance_required_srs(home: Store, foreign: Store, appliance: str) -> list[str]:
    out: list[str] = []
    for vm in appliance_vms(foreign, appliance):
        out.extend(sr for sr in required_srs(home, foreign, vm) if sr not in out)
    return out


def recover_appliance(home: Store, foreign: Store, appliance: str, force: bool, now: Any) -> str:
    """The vApp and its VMs into `home` (same uuids); checked for every VM before any is made."""
    for vm in appliance_vms(foreign, appliance):
        assert_recoverable(home, foreign, vm)
        check_replace(home, foreign, vm, force)
    record = foreign.get("VM_appliance", appliance)
    local = home.by_uuid["VM_appliance"].get(record["uuid"])
    fields = _local_fields("VM_appliance", record, ("VMs", "current_operations", "allowed_operations"))
    if local is None:
        local = home.create("VM_appliance", fields)
    else:
        home.update("VM_appliance", local, {k: v for k, v in fields.items() if k != "uuid"})
    for vm in appliance_vms(foreign, appliance):
        recover_vm(home, foreign, vm, force, now, appliance=local)
    return local
