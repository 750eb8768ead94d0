"""Bonds: Bond.create / destroy / set_mode, pool-wide bonds, and moving VLANs, tunnels and VIFs
between a bond and its members."""

from __future__ import annotations

from collections.abc import Iterable

from ... import errors
from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF
from .macs import _free_device, is_valid_mac
from .networks import create_network
from .pifs import _destroy_pif, _move_configuration, _move_management, _set_attached, new_pif_metrics, plug_pif
from .queries import _ha_enabled, assert_no_other_local_pif
from .tunnels import _move_tunnel
from .vlans import _vlan_rows

BOND_MODES = ("balance-slb", "active-backup", "lacp")
_LACP = {"hashing_algorithm": ("tcpudp_ports", ("src_mac", "tcpudp_ports")),
         "lacp-time": ("slow", ("fast", "slow")), "lacp-fallback-ab": ("true", ("true", "false"))}


# -- bonds ------------------------------------------------------------------------------------

def bond_properties(mode: str, given: dict[str, str]) -> dict[str, str]:
    """Validated properties with the mode's defaults (only lacp has requirements)."""
    rules = _LACP if mode == "lacp" else {}
    for key, value in given.items():
        if key in rules and value not in rules[key][1]:
            raise ApiError(errors.INVALID_VALUE, "properties", f"{key}={value}")
        if key == "lacp-aggregation-key" and mode == "lacp" and not value.lstrip("-").isdigit():
            raise ApiError(errors.INVALID_VALUE, "properties", f"{key}={value}")
    return {**{k: default for k, (default, _) in rules.items()}, **given}


def _local_vifs(store: Store, host: str, networks: Iterable[str]) -> list[str]:
    """VIFs that follow their PIF into or out of a bond: those of VMs running on the host, or of
    halted VMs that could only run there (the network has no PIF on any other host)."""
    found = []
    for network in networks:
        hosts = {store.get("PIF", p)["host"] for p in store.get("network", network)["PIFs"]}
        for vif in store.get("network", network)["VIFs"]:
            resident = store.get("VM", store.get("VIF", vif)["VM"])["resident_on"]
            if resident == host or (resident == NULL_REF and hosts <= {host}):
                found.append(vif)
    return found


def check_bond(store: Store, network: str | None, members: list[str], mac: str) -> str:
    """Bond.create's checks in xapi's order; returns the primary slave."""
    if network is not None and not store.get("network", network)["managed"]:
        raise ApiError("NETWORK_UNMANAGED", network)
    if len(members) < 2:
        raise ApiError("PIF_BOND_NEEDS_MORE_MEMBERS")
    records = [store.get("PIF", m) for m in members]
    if network is not None:
        assert_no_other_local_pif(store, network, records[0]["host"])
    if mac and not is_valid_mac(mac):
        raise ApiError("MAC_INVALID", mac)
    for ref, record in zip(members, records, strict=True):
        if record["bond_slave_of"] != NULL_REF or record["bond_master_of"]:
            raise ApiError("PIF_ALREADY_BONDED", ref)
        if record["VLAN"] != -1:
            raise ApiError("PIF_VLAN_EXISTS", record["device"])
        if record["tunnel_access_PIF_of"]:
            raise ApiError("IS_TUNNEL_ACCESS_PIF", ref)
        if _ha_enabled(store) and record["management"]:
            raise ApiError("HA_CANNOT_CHANGE_BOND_STATUS_OF_MGMT_IFACE")
        if not record["managed"]:
            raise ApiError("PIF_UNMANAGED", ref)
    if len({r["host"] for r in records}) != 1:
        raise ApiError("PIF_CANNOT_BOND_CROSS_HOST")
    if any(r["properties"] != records[0]["properties"] for r in records):
        raise ApiError("INCOMPATIBLE_PIF_PROPERTIES")
    configured = [m for m, r in zip(members, records, strict=True) if r["ip_configuration_mode"] != "None"]
    if len(configured) > 1:
        raise ApiError("PIF_BOND_MORE_THAN_ONE_IP")
    managers = [m for m, r in zip(members, records, strict=True) if r["management"]]
    return (managers or configured or members)[0]


def create_bond(store: Store, members: list[str], network: str | None = None, *, mac: str = "",
                mode: str = "balance-slb", properties: dict[str, str] | None = None,
                name_label: str = "") -> str:
    """Bond.create: a master PIF `bondN` on `network` (a new one when None) takes the primary
    slave's IP configuration and MAC, the management role, the slaves' VLANs and tunnels and the
    VIFs of local VMs; the slaves go down."""
    members = list(dict.fromkeys(members))  # the same PIF twice must not pass the member count
    if mode not in BOND_MODES:
        raise ApiError(errors.INVALID_VALUE, "mode", mode)
    props = bond_properties(mode, properties or {})
    primary = check_bond(store, network, members, mac)
    if network is None:
        devices = "+".join(store.get("PIF", m)["device"] for m in members)
        network = create_network(store, name_label or f"Bond {devices}")
    host = store.get("PIF", primary)["host"]
    member_networks = [store.get("PIF", m)["network"] for m in members]
    vifs = _local_vifs(store, host, member_networks)
    vlans = [v for m in members for v in store.get("PIF", m)["VLAN_slave_of"]]
    tunnels = [t for m in members for t in store.get("PIF", m)["tunnel_transport_PIF_of"]]
    carriers = sum(1 for m in members if (store.find("PIF_metrics", store.get("PIF", m)["metrics"]) or {})
                   .get("carrier"))
    master = store.create("PIF", {
        "device": _free_device(store, host, "bond"), "network": network, "host": host,
        "MAC": mac or store.get("PIF", primary)["MAC"], "MTU": store.get("network", network)["MTU"], "VLAN": -1,
        "metrics": new_pif_metrics(store, carrier=carriers > 0), "physical": False, "currently_attached": False,
        "ip_configuration_mode": "None", "managed": True, "properties": dict(store.get("PIF", primary)["properties"]),
        "disallow_unplug": any(store.get("PIF", m)["disallow_unplug"] for m in members)})
    bond = store.create("Bond", {"master": master, "primary_slave": primary, "mode": mode, "properties": props,
                                 "links_up": carriers, "auto_update_mac": not mac})
    for member in members:
        store.update("PIF", member, {"bond_slave_of": bond, "disallow_unplug": False})
    _move_configuration(store, primary, master)
    if store.get("PIF", primary)["management"]:
        _move_management(store, primary, master)
    plug_pif(store, master)
    for vlan in vlans:
        _move_vlan(store, vlan, master)
    for tunnel in tunnels:
        _move_tunnel(store, tunnel, master)
    for vif in vifs:
        store.update("VIF", vif, {"network": network})
    return bond


def create_pool_bond(store: Store, devices: Iterable[str], name_label: str, *, mode: str = "balance-slb",
                     hosts: Iterable[str] | None = None) -> str:
    """A bond of the same NICs on every host (or `hosts`), all masters on one new network."""
    devices = list(devices)
    network = None
    for host in list(store.table("host")) if hosts is None else hosts:
        members = [p for d in devices for p in store.get("host", host)["PIFs"]
                   if store.get("PIF", p)["device"] == d and store.get("PIF", p)["physical"]]
        bond = create_bond(store, members, network, mode=mode, name_label=name_label)
        network = store.get("PIF", store.get("Bond", bond)["master"])["network"]
    if network is None:
        raise ApiError("PIF_BOND_NEEDS_MORE_MEMBERS")
    return network


def destroy_bond(store: Store, bond: str) -> None:
    """Bond.destroy: the primary slave gets the IP configuration and management role back, the
    members come up, VLANs, tunnels and local VIFs move down, the master PIF goes."""
    record = store.get("Bond", bond)
    master, primary, members = record["master"], record["primary_slave"], list(record["slaves"])
    master_rec = store.get("PIF", master)
    if _ha_enabled(store) and master_rec["management"]:
        raise ApiError("HA_CANNOT_CHANGE_BOND_STATUS_OF_MGMT_IFACE")
    if primary == NULL_REF or store.find("PIF", primary) is None:
        primary = members[0]
    host, plugged = master_rec["host"], master_rec["currently_attached"]
    vifs = _local_vifs(store, host, [master_rec["network"]])
    for member in members:
        store.update("PIF", member, {"bond_slave_of": NULL_REF})
    _move_configuration(store, master, primary)
    if master_rec["management"]:
        _move_management(store, master, primary)
    if plugged or master_rec["management"]:
        for member in members:
            _set_attached(store, member, True)
    for vlan in list(master_rec["VLAN_slave_of"]):
        _move_vlan(store, vlan, primary)
    for tunnel in list(master_rec["tunnel_transport_PIF_of"]):
        _move_tunnel(store, tunnel, primary)
    for vif in vifs:
        store.update("VIF", vif, {"network": store.get("PIF", primary)["network"]})
    if master_rec["disallow_unplug"]:
        store.update("PIF", primary, {"disallow_unplug": True})
    store.destroy("Bond", bond)
    _destroy_pif(store, master, metrics=True)


def set_bond_mode(store: Store, bond: str, mode: str) -> None:
    """Bond.set_mode: keep the properties valid for the new mode, add its defaults."""
    record = store.get("Bond", bond)
    rules = _LACP if mode == "lacp" else {}
    kept = {k: v for k, v in record["properties"].items() if k not in rules or v in rules[k][1]}
    store.update("Bond", bond, {"mode": mode, "properties": bond_properties(mode, kept)})


def _move_vlan(store: Store, vlan: str, new_base: str) -> None:
    """Re-home a VLAN on another base PIF (bond create and destroy), keeping its network and role."""
    old = dict(store.get("VLAN", vlan))
    old_pif = dict(store.get("PIF", old["untagged_PIF"]))
    same = [v for v in store.get("PIF", new_base)["VLAN_slave_of"] if store.get("VLAN", v)["tag"] == old["tag"]]
    store.destroy("VLAN", vlan)
    if same:  # the new base has this tag already: the VIFs join that VLAN's network
        new_pif = store.get("VLAN", same[0])["untagged_PIF"]
        for vif in _local_vifs(store, old_pif["host"], [old_pif["network"]]):
            store.update("VIF", vif, {"network": store.get("PIF", new_pif)["network"]})
    else:
        new_pif = _vlan_rows(store, new_base, old["tag"], old_pif["network"])[1]
    _move_configuration(store, old["untagged_PIF"], new_pif)
    _destroy_pif(store, old["untagged_PIF"], metrics=False)
    if old_pif["currently_attached"]:
        if old_pif["management"]:
            _move_management(store, NULL_REF, new_pif)
        _set_attached(store, new_pif, True)
