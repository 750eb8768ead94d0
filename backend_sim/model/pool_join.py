"""pool.join between pools served by this process: the joining host and its objects move over.

The joining pool must be a single host with no running guests and no shared storage, of the same product version,
CPU vendor (other CPU features only where the edition licenses masking), directory and edition. Its host, dom0,
NICs, local storage and halted VMs are moved into the pool's database (refs are unique across pools, so they move
unchanged); NICs join the pool-wide network of the same device; shared SRs get a PBD for the new member. Finding
the master's pool among those served and making the joining xapi answer HOST_IS_SLAVE are the api's part
(api/pool_api.py)."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from . import cpu_levels, hosts, network

# Moved in this order so that every row's targets already exist when it is inserted.
ORDER = ("host_metrics", "host", "host_cpu", "VM_metrics", "VM_guest_metrics", "VM", "console", "network",
         "PIF_metrics", "PIF", "SR", "PBD", "VDI", "VBD", "VIF", "message")


def check(store: Store, target: Store, *, force: bool = False) -> None:
    """The joining pool (`store`) may join `target`'s pool: xapi's pre-join checks in its order (`force` skips
    the CPU homogeneity check, as join_force does)."""
    if target is store:
        raise ApiError("OPERATION_NOT_ALLOWED", "a host cannot join its own pool")
    if any(pool.get("ha_enabled") for pool in store.table("pool").values()):
        raise ApiError("HA_IS_ENABLED")
    host_refs = list(store.table("host"))
    if len(host_refs) != 1:
        raise ApiError("POOL_JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")
    me = store.get("host", host_refs[0])
    if hosts.guests(store, host_refs[0]):
        raise ApiError("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS")
    versions = {h["software_version"].get("product_version") for h in target.table("host").values()}
    if me["software_version"].get("product_version") not in versions:
        raise ApiError("POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION")
    target_pool = next(iter(target.table("pool").values()))
    if not force:
        masking = str(target_pool["restrictions"].get("restrict_cpu_masking", "false")) != "true"
        cpu_levels.check_join(me["cpu_info"], target_pool["cpu_info"], masking)
    if any(sr["shared"] for sr in store.table("SR").values()):
        raise ApiError("JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS")
    master = target.get("host", target_pool["master"])
    if (me["external_auth_type"], me["external_auth_service_name"].lower()) != \
            (master["external_auth_type"], master["external_auth_service_name"].lower()):
        raise ApiError("POOL_JOINING_EXTERNAL_AUTH_MISMATCH")
    if me.get("edition") != master.get("edition"):
        raise ApiError("LICENCE_RESTRICTION")  # xapi: the editions must match, no parameters


def join(src: Store, dst: Store) -> str:
    """Move the joining host of `src` into `dst`'s pool; returns the host ref."""
    host = next(iter(src.table("host")))
    network_for = _network_mapping(src, dst, host)
    moving = {cls: dict(src.table(cls)) for cls in ORDER}
    moving["network"] = {ref: rec for ref, rec in moving["network"].items() if ref not in network_for}
    for cls in ORDER:
        for ref, record in moving[cls].items():
            fresh = strip_many_sides(cls, record)
            if cls == "PIF" and record["network"] in network_for:
                fresh["network"] = network_for[record["network"]]
            if cls == "VIF" and record["network"] in network_for:
                fresh["network"] = network_for[record["network"]]
            dst.insert(cls, ref, fresh)
    for sr_ref, sr in dst.table("SR").items():
        if sr["shared"] and not any(dst.get("PBD", p)["host"] == host for p in sr["PBDs"]):
            config = dst.get("PBD", sr["PBDs"][0])["device_config"] if sr["PBDs"] else {}
            dst.create("PBD", {"host": host, "SR": sr_ref, "device_config": dict(config),
                               "currently_attached": True})
    _replicate_bonds_and_vlans(dst, host)
    for cls in reversed(ORDER):
        for ref in list(src.table(cls)):
            src.destroy(cls, ref)
    for ref in list(src.table("pool")):
        src.destroy("pool", ref)
    hosts.refresh(dst, host)
    cpu_levels.refresh_pool(dst)
    return host


def _replicate_bonds_and_vlans(store: Store, host: str) -> None:
    """As xapi does on join: the new member gets the pool's bonds and VLANs on the same NICs."""
    master = store.get("pool", next(iter(store.table("pool"))))["master"]

    def physical(host_ref: str, device: str) -> str | None:
        for pif_ref in store.get("host", host_ref)["PIFs"]:
            pif = store.get("PIF", pif_ref)
            if pif["physical"] and pif["device"] == device and pif["bond_slave_of"] == NULL_REF:
                return pif_ref
        return None

    for bond in list(store.table("Bond").values()):
        master_pif = store.get("PIF", bond["master"])
        if master_pif["host"] != master:
            continue
        members = [physical(host, store.get("PIF", slave)["device"]) for slave in bond["slaves"]]
        if all(members):
            network.create_bond(store, [m for m in members if m], master_pif["network"], mode=bond["mode"])
    for vlan in list(store.table("VLAN").values()):
        tagged = store.get("PIF", vlan["tagged_PIF"])
        if tagged["host"] != master or not tagged["physical"]:
            continue
        base = physical(host, tagged["device"])
        untagged = store.get("PIF", vlan["untagged_PIF"])
        if base is not None:
            network.create_vlan(store, base, vlan["tag"], untagged["network"])


def _network_mapping(src: Store, dst: Store, host: str) -> dict[str, str]:
    """The joining host's physical networks -> the pool's network for the same NIC device."""
    by_device: dict[str, str] = {}
    for pif in dst.table("PIF").values():
        if pif["physical"] and pif["VLAN"] == -1:
            by_device.setdefault(pif["device"], pif["network"])
    mapping = {}
    for pif_ref in src.get("host", host)["PIFs"]:
        pif = src.get("PIF", pif_ref)
        if pif["physical"] and pif["device"] in by_device:
            mapping[pif["network"]] = by_device[pif["device"]]
    return mapping


def strip_many_sides(cls: str, record: dict[str, Any]) -> dict[str, Any]:
    """A copy whose back-reference sets start empty: inserting the rows rebuilds them."""
    many = {"host": ("resident_VMs", "PIFs", "PBDs", "host_CPUs"), "VM": ("VIFs", "VBDs", "consoles"),
            "SR": ("VDIs", "PBDs"), "VDI": ("VBDs",), "network": ("PIFs", "VIFs")}
    fresh = dict(record)
    for field in many.get(cls, ()):
        fresh[field] = []
    if cls == "VM" and fresh.get("resident_on") not in (None, NULL_REF) and not fresh.get("is_control_domain"):
        fresh["resident_on"] = NULL_REF
    return fresh
