"""pool.eject: the host leaves its pool and comes back up as the master of a pool of its own.

As xapi does it: the ejected host's database is reset, so it keeps its identity (host, dom0, CPUs, NICs
and its local SRs, emptied: VMs on local storage are lost) while the pool's shared SRs, networks,
bonds, VLANs and VMs stay behind. Its NICs get networks of their own; the new pool has no name, the
local SR as default SR, xapi's roles and SM drivers, and no directory. Serving the new pool is the
api's part (api/pool_api.py).
"""

from __future__ import annotations

from ..store.store import Store
from ..wire.values import NULL_REF
from . import cpu_levels, storage
from .pool_join import strip_many_sides
from .roles import add_roles


def _host_rows(src: Store, host: str) -> dict[str, list[str]]:
    record = src.get("host", host)
    dom0 = record["control_domain"]
    dom0_record = src.find("VM", dom0)
    local_srs = [src.get("PBD", pbd)["SR"] for pbd in record["PBDs"]
                 if not src.get("SR", src.get("PBD", pbd)["SR"])["shared"]]
    physical = [pif for pif in record["PIFs"] if src.get("PIF", pif)["physical"]]
    return {
        "host_metrics": [record["metrics"]] if src.find("host_metrics", record["metrics"]) else [],
        "host": [host],
        "host_cpu": list(record["host_CPUs"]),
        "VM_metrics": [dom0_record["metrics"]] if dom0_record and src.find("VM_metrics", dom0_record["metrics"])
        else [],
        "VM": [dom0] if dom0_record else [],
        "console": list(dom0_record["consoles"]) if dom0_record else [],
        "PIF_metrics": [src.get("PIF", p)["metrics"] for p in physical
                        if src.find("PIF_metrics", src.get("PIF", p)["metrics"])],
        "PIF": physical,
        "SR": local_srs,
        "PBD": [pbd for pbd in record["PBDs"] if src.get("PBD", pbd)["SR"] in local_srs],
    }


def _forget_logical_nics(src: Store, host: str) -> None:
    """Bonds, VLANs and tunnels on the host are pool objects: they stay behind, without this member."""
    for pif in list(src.get("host", host)["PIFs"]):
        record = src.get("PIF", pif)
        vlan = record["VLAN_master_of"]
        if vlan not in ("", NULL_REF) and src.find("VLAN", vlan) is not None:
            src.destroy("VLAN", vlan)
        for bond in list(record["bond_master_of"]):
            if src.find("Bond", bond) is not None:
                src.destroy("Bond", bond)
        for tunnel in list(record["tunnel_access_PIF_of"]):
            if src.find("tunnel", tunnel) is not None:
                src.destroy("tunnel", tunnel)
        if not record["physical"]:
            if src.find("PIF_metrics", record["metrics"]) is not None:
                src.destroy("PIF_metrics", record["metrics"])
            src.destroy("PIF", pif)


def eject(src: Store, dst: Store, host: str) -> None:
    """Move `host` out of `src` into the empty store `dst` as a standalone pool."""
    record = src.get("host", host)
    for pbd in list(record["PBDs"]):
        sr = src.get("PBD", pbd)["SR"]
        if src.get("SR", sr)["shared"]:
            src.destroy("PBD", pbd)
        else:
            for vdi in list(src.get("SR", sr)["VDIs"]):
                if src.find("VDI", vdi) is not None:
                    storage.destroy_vdi(src, vdi)
    _forget_logical_nics(src, host)
    rows = _host_rows(src, host)
    add_roles(dst)
    for sm in src.table("SM").values():
        dst.create("SM", {name: value for name, value in sm.items() if name != "uuid"})
    source_pool = src.get("pool", next(iter(src.table("pool"))))
    pool = dst.create("pool", {
        "name_label": "", "master": NULL_REF, "restrictions": dict(source_pool["restrictions"]),
        "cpu_info": dict(source_pool["cpu_info"]), "allowed_operations": ["ha_enable", "cluster_create"],
        "other_config": {k: v for k, v in source_pool["other_config"].items() if k.startswith("memory-ratio")},
    })
    networks: dict[str, str] = {}
    for pif in rows["PIF"]:
        pif_record = src.get("PIF", pif)
        device = pif_record["device"]
        networks[pif] = dst.create("network", {
            "name_label": f"Pool-wide network associated with {device}", "bridge": f"xenbr{device.removeprefix('eth')}",
            "MTU": pif_record["MTU"], "managed": True, "other_config": {"automatic": "true"}})
    for cls, refs in rows.items():
        for ref in refs:
            fresh = strip_many_sides(cls, src.get(cls, ref))
            if cls == "PIF":
                fresh.update({"network": networks[ref], "bond_slave_of": NULL_REF, "VLAN_slave_of": [],
                              "tunnel_transport_PIF_of": []})
            if cls == "host":
                fresh.update({"ha_statefiles": [], "ha_network_peers": [], "external_auth_type": "",
                              "external_auth_service_name": "", "external_auth_configuration": {}})
            if cls == "SR":
                fresh.update({"physical_utilisation": 0, "virtual_allocation": 0})
            dst.insert(cls, ref, fresh)
    for cls in reversed(list(rows)):
        for ref in rows[cls]:
            src.destroy(cls, ref)
    dst.directory = src.directory  # the domain is the network's: the host may join it again
    cpu_levels.refresh_pool(src)
    cpu_levels.refresh_pool(dst)
    dst.update("pool", pool, {"master": host, "default_SR": rows["SR"][0] if rows["SR"] else NULL_REF,
                              "suspend_image_SR": rows["SR"][0] if rows["SR"] else NULL_REF})
