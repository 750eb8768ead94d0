"""Networking over the store: MACs, bridges, networks, VLANs, bonds, tunnels, VIF rules, management.

Pure functions over a `Store` (no server, no clock), raising xapi's errors, so that both the message
handlers and the scenario builder use the same rules. Vocabulary, as in xapi:

- A *physical* PIF is a NIC of a host (eth0..); its pool-wide network uses the bridge `xenbrN`.
- A *VLAN* PIF (untagged_PIF) sits on a physical or bond PIF (tagged_PIF) and has PIF.VLAN = tag.
- A *bond* joins two or more physical PIFs (slaves) of one host under a master PIF `bondN`.
- A *single-host private* network has no PIFs at all: every host has its own isolated bridge.
- A *cross-host private* network joins hosts through tunnels: one access PIF `tunnelN` per host,
  carried by a transport PIF that has an IP configuration.
- New networks get bridges `xapiN`; MACs are locally administered and unique in the pool.

Helpers for scenarios (each validates like the matching message and returns refs):
`create_network`, `create_private_network`, `host_internal_management_network`, `create_vlan`,
`create_pool_vlan`, `create_bond`, `create_pool_bond`, `create_tunnel`, `create_cross_host_private_network`,
`create_vif`, `set_management_interface`, `introduce_pif`. Queries: `management_pif`, `pif_on`, `network_reachable`.
`refresh_network(store, cls, ref)` recomputes VIF.allowed_operations (for model/refresh.py).
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import weakref
from collections.abc import Iterable
from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from .limits import MAX_PHYSICAL_NICS
from .vmkind import needs_hvm

Record = dict[str, Any]

MAX_VIF_DEVICES = 7  # devices "0".."6" per VM
BOND_MODES = ("balance-slb", "active-backup", "lacp")
SYSTEM_NETWORK_KEY = "is_host_internal_management_network"
DHCP_SUBNET = "192.0.2."  # the simulated LAN of the management network (TEST-NET-1)
_MAC = re.compile(r"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")
_BLACKLIST = ("xen", "xapi", "vif", "tap", "eth")  # bridge prefixes reserved by xapi
_LACP = {"hashing_algorithm": ("tcpudp_ports", ("src_mac", "tcpudp_ports")),
         "lacp-time": ("slow", ("fast", "slow")), "lacp-fallback-ab": ("true", ("true", "false"))}


# -- identity ---------------------------------------------------------------------------------

def is_valid_mac(mac: str) -> bool:
    """xapi's Helpers.is_valid_MAC: six pairs of hex digits separated by colons."""
    return bool(_MAC.match(mac))


def _used_macs(store: Store) -> set[str]:
    return {r["MAC"].lower() for cls in ("VIF", "PIF") for r in store.table(cls).values()}


def _local_unicast(octets: list[int]) -> str:
    octets[0] = (octets[0] | 0x02) & ~0x01  # locally administered, unicast
    return ":".join(f"{b:02x}" for b in octets)


def new_mac(store: Store) -> str:
    """A random locally administered unicast MAC, unique among the pool's VIFs and PIFs."""
    used = _used_macs(store)
    while True:
        mac = _local_unicast([store.random.getrandbits(8) for _ in range(6)])
        if mac not in used:
            return mac


def mac_from_seed(device: int, seed: str) -> str:
    """xapi's gen_mac: a VM's `mac_seed` gives each VIF device a stable MAC (MD5 chain)."""
    hashed = hashlib.md5(seed.encode()).digest()
    for _ in range(device * 2):
        hashed = hashlib.md5(hashed).digest()
    second = hashlib.md5(hashed).digest()
    return _local_unicast([hashed[0], hashed[1], hashed[2], hashed[3], second[1], second[2]])


def physical_bridge(device: str) -> str:
    """xapi's bridge naming convention for NICs: eth3 -> xenbr3, anything else -> br<device>."""
    return "xenbr" + device[3:] if device.startswith("eth") else "br" + device


def new_bridge(store: Store) -> str:
    """The first free `xapiN`, as xapi names the bridges of networks it creates."""
    used = {r["bridge"] for r in store.table("network").values()}
    n = 0
    while f"xapi{n}" in used:
        n += 1
    return f"xapi{n}"


def _free_device(store: Store, host: str, stem: str) -> str:
    used = {store.get("PIF", p)["device"] for p in store.get("host", host)["PIFs"]}
    n = 0
    while f"{stem}{n}" in used:
        n += 1
    return f"{stem}{n}"


# -- queries ----------------------------------------------------------------------------------

def pif_on(store: Store, network: str, host: str) -> str:
    """The PIF connecting `host` to `network`, or NULL_REF (xapi allows at most one)."""
    for pif in store.get("network", network)["PIFs"]:
        if store.get("PIF", pif)["host"] == host:
            return str(pif)
    return NULL_REF


def management_pif(store: Store, host: str) -> str:
    for pif in store.get("host", host)["PIFs"]:
        if store.get("PIF", pif)["management"]:
            return str(pif)
    return NULL_REF


def network_reachable(store: Store, network: str, host: str) -> bool:
    """Can a VM on `host` use `network`? A usable PIF there (physical, VLAN, bond master or tunnel
    access PIF; not a bond slave), or no PIF anywhere (a single-host private network)."""
    record = store.get("network", network)
    if not record["PIFs"]:
        return True
    pif = pif_on(store, network, host)
    return pif != NULL_REF and store.get("PIF", pif)["bond_slave_of"] == NULL_REF


def _ha_enabled(store: Store) -> bool:
    return any(pool.get("ha_enabled") for pool in store.table("pool").values())


def assert_no_protection(store: Store, pif: str) -> None:
    """xapi refuses to reconfigure an attached PIF while HA protects the pool."""
    if store.get("PIF", pif)["currently_attached"] and _ha_enabled(store):
        raise ApiError("HA_IS_ENABLED")


def assert_no_other_local_pif(store: Store, network: str, host: str) -> None:
    other = pif_on(store, network, host)
    if other != NULL_REF:
        raise ApiError("NETWORK_ALREADY_CONNECTED", host, other)


# -- networks ---------------------------------------------------------------------------------

def check_bridge(store: Store, bridge: str) -> None:
    """A client-chosen bridge: at most 15 characters, no reserved prefix, not in use."""
    if len(bridge) > 15 or bridge.startswith(_BLACKLIST):
        raise ApiError(errors.INVALID_VALUE, "bridge", bridge)
    if any(r["bridge"] == bridge for r in store.table("network").values()):
        raise ApiError("BRIDGE_NAME_EXISTS", bridge)


def create_network(store: Store, name_label: str, *, bridge: str = "", description: str = "",
                   mtu: int = 1500, other_config: dict[str, str] | None = None, managed: bool = True,
                   tags: list[str] | None = None) -> str:
    """A network with the given bridge (not validated: scenarios may use xenbrN) or a new xapiN."""
    return store.create("network", {
        "name_label": name_label, "name_description": description, "bridge": bridge or new_bridge(store),
        "MTU": mtu if mtu > 0 else 1500, "managed": managed, "other_config": dict(other_config or {}),
        "tags": list(tags or []), "default_locking_mode": "unlocked"})


def create_private_network(store: Store, name_label: str, description: str = "") -> str:
    """A single-host private network: no PIFs, so each host keeps its own isolated bridge."""
    return create_network(store, name_label, description=description, other_config={"automatic": "false"})


def host_internal_management_network(store: Store) -> str:
    """The pool's "Host internal management network" (bridge xenapi), created on first use."""
    for ref, record in store.table("network").items():
        if record["other_config"].get(SYSTEM_NETWORK_KEY) == "true":
            return ref
    return create_network(store, "Host internal management network", bridge="xenapi", other_config={
        "is_guest_installer_network": "true", SYSTEM_NETWORK_KEY: "true", "ip_begin": "169.254.0.1",
        "ip_end": "169.254.255.254", "netmask": "255.255.0.0"},
        description="Network on which guests will be assigned a private link-local IP address which "
                    "can be used to talk XenAPI")


def destroy_network(store: Store, network: str) -> None:
    """xapi's network.destroy: refused with attached VIFs, PIFs or for the system network;
    the remaining (unattached) VIFs go with it."""
    record = store.get("network", network)
    attached = [v for v in record["VIFs"] if store.get("VIF", v)["currently_attached"]]
    if attached:
        raise ApiError("NETWORK_CONTAINS_VIF", *attached)
    if record["PIFs"]:
        raise ApiError("NETWORK_CONTAINS_PIF", *record["PIFs"])
    if record["other_config"].get(SYSTEM_NETWORK_KEY, "").lower() == "true":
        raise ApiError("CANNOT_DESTROY_SYSTEM_NETWORK", network)
    for vif in list(record["VIFs"]):
        destroy_vif_row(store, vif)
    store.destroy("network", network)


# -- PIFs: hardware, introduce, forget, plug ---------------------------------------------------

# The NICs each simulated host has (device -> MAC), so that PIF.scan can bring back a forgotten one.
_HARDWARE: weakref.WeakKeyDictionary[Store, dict[str, dict[str, str]]] = weakref.WeakKeyDictionary()


def hardware(store: Store, host: str) -> dict[str, str]:
    """The host's NICs, first taken from its physical PIFs, then grown by PIF.introduce."""
    per_host = _HARDWARE.setdefault(store, {})
    if host not in per_host:
        per_host[host] = {}
        for pif in store.get("host", host)["PIFs"]:
            record = store.get("PIF", pif)
            if record["physical"]:
                per_host[host][record["device"]] = record["MAC"].lower()
    return per_host[host]


def _physical_pifs(store: Store, host: str) -> list[str]:
    return [p for p in store.get("host", host)["PIFs"] if store.get("PIF", p)["physical"]]


def introduce_pif(store: Store, host: str, mac: str, device: str, managed: bool = True) -> str:
    """PIF.introduce: a PIF for a NIC of the host; a device the host did not have is a hot-added NIC,
    within the limit of MAX_PHYSICAL_NICS. Its network is the pool-wide one of its bridge."""
    store.get("host", host)
    nics = hardware(store, host)
    mac = (mac or nics.get(device) or new_mac(store)).lower()
    if not is_valid_mac(mac):
        raise ApiError("MAC_INVALID", mac)
    if any(store.get("PIF", p)["device"] == device for p in _physical_pifs(store, host)):
        raise ApiError("DUPLICATE_PIF_DEVICE_NAME", device)
    if device in nics and nics[device] != mac:
        raise ApiError("COULD_NOT_FIND_NETWORK_INTERFACE_WITH_SPECIFIED_DEVICE_NAME_AND_MAC_ADDRESS", device, mac)
    if device not in nics and len(nics) >= MAX_PHYSICAL_NICS:
        raise ApiError("VALUE_NOT_SUPPORTED", "device", device,
                       f"a host has at most {MAX_PHYSICAL_NICS} physical NICs")
    nics[device] = mac
    bridge = physical_bridge(device)
    network = next((ref for ref, r in store.table("network").items() if r["bridge"] == bridge), None)
    if network is None:
        label = f"Pool-wide network associated with {device}" if device.startswith("eth") else f"Network {device}"
        network = create_network(store, label, bridge=bridge)
    return store.create("PIF", {
        "device": device, "network": network, "host": host, "MAC": mac, "MTU": 1500, "VLAN": -1,
        "metrics": new_pif_metrics(store, carrier=True), "physical": True, "currently_attached": False,
        "ip_configuration_mode": "None", "managed": managed, "properties": {"gro": "on"},
        "capabilities": ["fcoe"]})


def new_pif_metrics(store: Store, *, carrier: bool) -> str:
    return store.create("PIF_metrics", {"carrier": carrier, "vendor_name": "Intel Corporation" if carrier else "",
                                        "device_name": "I350 Gigabit Network Connection" if carrier else "",
                                        "speed": 1000 if carrier else 0, "duplex": carrier})


def scan_pifs(store: Store, host: str) -> list[str]:
    """PIF.scan: PIFs for the host's NICs that have none (forgotten ones come back)."""
    present = {store.get("PIF", p)["device"] for p in _physical_pifs(store, host)}
    return [introduce_pif(store, host, mac, device) for device, mac in sorted(hardware(store, host).items())
            if device not in present]


def forget_pif(store: Store, pif: str) -> None:
    """PIF.forget: only a plain PIF (no bond, VLAN, tunnel or management role) may go."""
    record = store.get("PIF", pif)
    if record["bond_slave_of"] != NULL_REF or record["bond_master_of"]:
        raise ApiError("PIF_ALREADY_BONDED", pif)
    if record["VLAN_slave_of"] or record["VLAN"] != -1:
        raise ApiError("PIF_VLAN_STILL_EXISTS", pif)
    if record["tunnel_transport_PIF_of"] or record["tunnel_access_PIF_of"]:
        raise ApiError("PIF_TUNNEL_STILL_EXISTS", pif)
    if record["management"] and record["currently_attached"]:
        raise ApiError("PIF_IS_MANAGEMENT_INTERFACE", pif)
    assert_no_protection(store, pif)
    hardware(store, record["host"])  # the NIC stays in the host, for PIF.scan to find again
    _destroy_pif(store, pif, metrics=True)


def _destroy_pif(store: Store, pif: str, *, metrics: bool) -> None:
    record = store.get("PIF", pif)
    store.destroy("PIF", pif)
    if metrics and store.find("PIF_metrics", record["metrics"]) is not None:
        store.destroy("PIF_metrics", record["metrics"])


def plug_pif(store: Store, pif: str) -> None:
    """PIF.plug: bring the interface up (a VLAN brings its base up, a tunnel its transport)."""
    record = store.get("PIF", pif)
    for tunnel in record["tunnel_access_PIF_of"]:
        transport = store.get("tunnel", tunnel)["transport_PIF"]
        if store.get("PIF", transport)["ip_configuration_mode"] == "None":
            raise ApiError("TRANSPORT_PIF_NOT_CONFIGURED", transport)
        plug_pif(store, transport)
        store.update("tunnel", tunnel, {"status": {**store.get("tunnel", tunnel)["status"], "active": "true"}})
    if record["bond_slave_of"] != NULL_REF:
        raise ApiError("CANNOT_PLUG_BOND_SLAVE", pif)
    if record["VLAN_master_of"] != NULL_REF and store.find("VLAN", record["VLAN_master_of"]) is not None:
        tagged = store.get("VLAN", record["VLAN_master_of"])["tagged_PIF"]
        if store.find("PIF", tagged) is not None and store.get("PIF", tagged)["bond_slave_of"] == NULL_REF:
            _set_attached(store, tagged, True)
    _set_attached(store, pif, True)
    if record["bond_master_of"]:
        for bond in record["bond_master_of"]:
            for slave in store.get("Bond", bond)["slaves"]:
                _set_attached(store, slave, False)


def _set_attached(store: Store, pif: str, value: bool) -> None:
    if store.get("PIF", pif)["currently_attached"] != value:
        store.update("PIF", pif, {"currently_attached": value})


def vifs_in_use(store: Store, network: str, host: str) -> list[str]:
    """Attached VIFs on `network` of VMs running on `host`."""
    return [v for v in store.get("network", network)["VIFs"]
            if store.get("VIF", v)["currently_attached"]
            and store.get("VM", store.get("VIF", v)["VM"])["resident_on"] == host]


def unplug_pif(store: Store, pif: str) -> None:
    """PIF.unplug, with xapi's checks: HA, management interface, VIFs in use, disallow_unplug."""
    record = store.get("PIF", pif)
    assert_no_protection(store, pif)
    if record["currently_attached"] and record["management"]:
        raise ApiError("PIF_IS_MANAGEMENT_INTERFACE", pif)
    in_use = vifs_in_use(store, record["network"], record["host"])
    if in_use:
        raise ApiError("VIF_IN_USE", record["network"], in_use[0])
    if record["disallow_unplug"]:
        raise ApiError("PIF_DOES_NOT_ALLOW_UNPLUG", pif)
    for tunnel in record["tunnel_transport_PIF_of"]:
        unplug_pif(store, store.get("tunnel", tunnel)["access_PIF"])
    for tunnel in record["tunnel_access_PIF_of"]:
        store.update("tunnel", tunnel, {"status": {**store.get("tunnel", tunnel)["status"], "active": "false"}})
    _set_attached(store, pif, False)


# -- IP configuration and management ----------------------------------------------------------

def _valid_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def dhcp_lease(store: Store) -> str:
    """An address of the simulated DHCP server, unused by any PIF of the pool."""
    used = {r["IP"] for r in store.table("PIF").values()}
    for n in range(100, 255):
        if DHCP_SUBNET + str(n) not in used:
            return DHCP_SUBNET + str(n)
    return ""


def reconfigure_ip(store: Store, pif: str, mode: str, ip: str, netmask: str, gateway: str, dns: str) -> None:
    """PIF.reconfigure_ip: xapi's validation, then the new configuration; DHCP gets a lease at once."""
    record = store.get("PIF", pif)
    assert_no_protection(store, pif)
    if mode == "Static":
        for name, value in (("IP", ip), ("netmask", netmask)):
            if not _valid_ip(value):
                raise ApiError("INVALID_IP_ADDRESS_SPECIFIED", name)
    for name, value in (("IP", ip), ("netmask", netmask), ("gateway", gateway)):
        if value and not _valid_ip(value):
            raise ApiError("INVALID_IP_ADDRESS_SPECIFIED", name)
    if record["management"] and mode == "None" and record["primary_address_type"] == "IPv4":
        raise ApiError("PIF_IS_MANAGEMENT_INTERFACE", pif)
    changes: Record = {"ip_configuration_mode": mode, "IP": ip, "netmask": netmask, "gateway": gateway}
    if dns:
        changes["DNS"] = dns
    if mode == "DHCP" and record["currently_attached"] and not ip:
        changes.update({"IP": record["IP"] or dhcp_lease(store), "netmask": netmask or "255.255.255.0",
                        "gateway": gateway or DHCP_SUBNET + "1"})
        changes["DNS"] = dns or record["DNS"] or DHCP_SUBNET + "1"
    store.update("PIF", pif, changes)


def _move_configuration(store: Store, source: str, target: str) -> None:
    fields = ("ip_configuration_mode", "IP", "netmask", "gateway", "DNS")
    record = store.get("PIF", source)
    store.update("PIF", target, {f: record[f] for f in fields})
    store.update("PIF", source, {"ip_configuration_mode": "None", "IP": "", "netmask": "", "gateway": "", "DNS": ""})


def set_management_interface(store: Store, host: str, pif: str) -> None:
    """host.management_reconfigure: the PIF (with an IP configuration) becomes the management
    interface and is brought up; the previous one keeps its configuration."""
    record = store.get("PIF", pif)
    if record["host"] != host:
        raise ApiError(errors.INVALID_VALUE, "pif", pif)
    if record["primary_address_type"] == "IPv4" and record["ip_configuration_mode"] == "None":
        raise ApiError("PIF_HAS_NO_NETWORK_CONFIGURATION", pif)
    if record["bond_slave_of"] != NULL_REF:
        raise ApiError("CANNOT_PLUG_BOND_SLAVE", pif)
    if record["management"]:
        return
    _move_management(store, management_pif(store, host), pif)


def _move_management(store: Store, old: str, new: str) -> None:
    if old != NULL_REF and store.find("PIF", old) is not None:
        store.update("PIF", old, {"management": False})
    store.update("PIF", new, {"management": True, "currently_attached": True})


# -- VLANs ------------------------------------------------------------------------------------

def check_vlan(store: Store, tagged_pif: str, tag: int, network: str | None) -> None:
    """VLAN.create's checks, in xapi's order (those on the network skipped when it is None)."""
    record = store.get("PIF", tagged_pif)
    if network is not None:
        store.get("network", network)
    if not record["managed"]:
        raise ApiError("PIF_UNMANAGED", tagged_pif)
    if network is not None:
        assert_no_other_local_pif(store, network, record["host"])
    if record["bond_slave_of"] != NULL_REF:
        raise ApiError("CANNOT_ADD_VLAN_TO_BOND_SLAVE", tagged_pif)
    if record["VLAN"] >= 0:
        raise ApiError("PIF_IS_VLAN", tagged_pif)
    if not 0 <= tag <= 4094:  # 4095 is reserved by 802.1Q
        raise ApiError("VLAN_TAG_INVALID", tag)
    if any(store.get("VLAN", v)["tag"] == tag for v in record["VLAN_slave_of"]):
        raise ApiError("PIF_VLAN_EXISTS", record["device"])
    if record["tunnel_access_PIF_of"]:
        raise ApiError("IS_TUNNEL_ACCESS_PIF", tagged_pif)


def _vlan_rows(store: Store, tagged_pif: str, tag: int, network: str) -> tuple[str, str]:
    tagged = store.get("PIF", tagged_pif)
    untagged = store.create("PIF", {
        "device": tagged["device"], "network": network, "host": tagged["host"], "MAC": tagged["MAC"],
        "MTU": tagged["MTU"], "VLAN": tag, "metrics": tagged["metrics"], "physical": False,
        "currently_attached": False, "ip_configuration_mode": "None", "managed": True})
    vlan = store.create("VLAN", {"tagged_PIF": tagged_pif, "untagged_PIF": untagged, "tag": tag})
    return vlan, untagged


def create_vlan(store: Store, tagged_pif: str, tag: int, network: str | None = None,
                *, name_label: str = "") -> tuple[str, str]:
    """VLAN.create: a VLAN PIF tagged `tag` on `tagged_pif`, plugged. With no network, a new one
    ("VLAN <tag>" or `name_label`) is made. Returns (VLAN, untagged PIF)."""
    check_vlan(store, tagged_pif, tag, network)
    if network is None:
        network = create_network(store, name_label or f"VLAN {tag}")
    vlan, untagged = _vlan_rows(store, tagged_pif, tag, network)
    plug_pif(store, untagged)
    return vlan, untagged


def destroy_vlan(store: Store, vlan: str) -> None:
    """VLAN.destroy: unplug (VIF_IN_USE, management rules) then remove the VLAN and its PIF."""
    untagged = store.get("VLAN", vlan)["untagged_PIF"]
    if store.find("PIF", untagged) is None:  # an orphaned record
        store.destroy("VLAN", vlan)
        return
    record = store.get("PIF", untagged)
    if record["bond_slave_of"] != NULL_REF or record["bond_master_of"]:
        raise ApiError("PIF_ALREADY_BONDED", untagged)
    if record["management"] and record["currently_attached"]:
        raise ApiError("PIF_IS_MANAGEMENT_INTERFACE", untagged)
    unplug_pif(store, untagged)
    store.destroy("VLAN", vlan)
    _destroy_pif(store, untagged, metrics=False)  # the metrics are the tagged PIF's


def pool_vlan_bases(store: Store, device: str) -> list[str]:
    """The untagged PIF with this device on every host (pool.create_VLAN's tagged PIFs)."""
    bases = [ref for ref, r in store.table("PIF").items() if r["device"] == device and r["VLAN"] == -1]
    if not bases:
        raise ApiError(errors.INVALID_VALUE, "device", device)
    return bases


def create_pool_vlan(store: Store, bases: Iterable[str], tag: int, network: str | None = None,
                     *, name_label: str = "") -> tuple[str, list[str]]:
    """pool.create_VLAN: one VLAN per base PIF, all checked before any is made.
    Returns (network, untagged PIFs)."""
    bases = list(bases)
    for base in bases:
        check_vlan(store, base, tag, network)
    if len({store.get("PIF", base)["host"] for base in bases}) != len(bases):
        raise ApiError(errors.INVALID_VALUE, "device", store.get("PIF", bases[0])["device"])
    if network is None:
        network = create_network(store, name_label or f"VLAN {tag}")
    return network, [create_vlan(store, base, tag, network)[1] for base in bases]


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


# -- tunnels (cross-host private networks) -----------------------------------------------------

def create_tunnel(store: Store, transport_pif: str, network: str, protocol: str = "gre") -> tuple[str, str]:
    """tunnel.create: an access PIF `tunnelN` on `network` for the transport PIF's host."""
    record = store.get("PIF", transport_pif)
    store.get("network", network)
    host = store.get("host", record["host"])
    if host["software_version"].get("network_backend", "openvswitch") != "openvswitch":
        raise ApiError("OPENVSWITCH_NOT_ACTIVE")
    assert_no_other_local_pif(store, network, record["host"])
    if record["tunnel_access_PIF_of"]:
        raise ApiError("IS_TUNNEL_ACCESS_PIF", transport_pif)
    if record["bond_slave_of"] != NULL_REF:
        raise ApiError("CANNOT_ADD_TUNNEL_TO_BOND_SLAVE", transport_pif)
    if record["ip_configuration_mode"] == "None":
        raise ApiError("TRANSPORT_PIF_NOT_CONFIGURED", transport_pif)
    tunnel, access = _tunnel_rows(store, transport_pif, network, protocol)
    plug_pif(store, access)
    return tunnel, access


def _tunnel_rows(store: Store, transport_pif: str, network: str, protocol: str) -> tuple[str, str]:
    host = store.get("PIF", transport_pif)["host"]
    access = store.create("PIF", {
        "device": _free_device(store, host, "tunnel"), "network": network, "host": host, "MAC": new_mac(store),
        "MTU": store.get("network", network)["MTU"], "VLAN": -1, "metrics": new_pif_metrics(store, carrier=True),
        "physical": False, "currently_attached": False, "ip_configuration_mode": "None", "managed": True})
    tunnel = store.create("tunnel", {"access_PIF": access, "transport_PIF": transport_pif, "protocol": protocol,
                                     "status": {"active": "false"}})
    return tunnel, access


def destroy_tunnel(store: Store, tunnel: str) -> None:
    access = store.get("tunnel", tunnel)["access_PIF"]
    if store.find("PIF", access) is not None:
        unplug_pif(store, access)
    store.destroy("tunnel", tunnel)
    if store.find("PIF", access) is not None:
        _destroy_pif(store, access, metrics=True)


def _move_tunnel(store: Store, tunnel: str, new_transport: str) -> None:
    old = store.get("tunnel", tunnel)
    access = store.get("PIF", old["access_PIF"])
    store.destroy("tunnel", tunnel)
    _destroy_pif(store, old["access_PIF"], metrics=True)
    _, new_access = _tunnel_rows(store, new_transport, access["network"], old["protocol"])
    if access["currently_attached"]:
        plug_pif(store, new_access)


def create_cross_host_private_network(store: Store, name_label: str, transport_pifs: Iterable[str],
                                      protocol: str = "gre", description: str = "") -> str:
    """A network joining hosts through one tunnel per transport PIF (one per host)."""
    network = create_network(store, name_label, description=description, other_config={"automatic": "false"})
    for pif in transport_pifs:
        create_tunnel(store, pif, network, protocol)
    return network


# -- VIFs -------------------------------------------------------------------------------------

def check_vif_device(store: Store, vm: str, device: str) -> None:
    if not device.isdigit() or int(device) >= MAX_VIF_DEVICES:
        raise ApiError("INVALID_DEVICE", device)
    if any(store.get("VIF", v)["device"] == device for v in store.get("VM", vm)["VIFs"]):
        raise ApiError("DEVICE_ALREADY_EXISTS", device)


def vif_mac(store: Store, vm: str, device: str, mac: str) -> tuple[str, bool]:
    """(MAC, MAC_autogenerated): an empty MAC is generated (from the VM's mac_seed when it has one)."""
    if mac:
        if not is_valid_mac(mac):
            raise ApiError("MAC_INVALID", mac)
        return mac, False
    seed = store.get("VM", vm)["other_config"].get("mac_seed")
    if seed:
        generated = mac_from_seed(int(device), seed)
        if generated not in _used_macs(store):
            return generated, True
    return new_mac(store), True


def create_vif(store: Store, vm: str, network: str, device: str | None = None, *, mac: str = "",
               mtu: int = 0, fields: Record | None = None) -> str:
    """VIF.create: device "0".."6" (the first free one when None), MAC validated or generated,
    a VIF_metrics row; `fields` passes the other constructor fields (locking_mode, ...)."""
    store.get("VM", vm)
    net = store.get("network", network)
    if device is None:
        used = {store.get("VIF", v)["device"] for v in store.get("VM", vm)["VIFs"]}
        device = next((str(n) for n in range(MAX_VIF_DEVICES) if str(n) not in used), str(MAX_VIF_DEVICES))
    check_vif_device(store, vm, device)
    mac, generated = vif_mac(store, vm, device, mac)
    metrics = store.create("VIF_metrics", {})
    vif = store.create("VIF", {**(fields or {}), "VM": vm, "network": network, "device": device, "MAC": mac,
                               "MAC_autogenerated": generated, "MTU": mtu if mtu > 0 else net["MTU"],
                               "metrics": metrics, "currently_attached": False})
    refresh_vif(store, vif)
    return vif


def destroy_vif_row(store: Store, vif: str) -> None:
    metrics = store.get("VIF", vif)["metrics"]
    store.destroy("VIF", vif)
    if metrics != NULL_REF and store.find("VIF_metrics", metrics) is not None:
        store.destroy("VIF_metrics", metrics)


def destroy_vif(store: Store, vif: str) -> None:
    """VIF.destroy: refused while plugged into a running VM."""
    record = store.get("VIF", vif)
    vm = store.get("VM", record["VM"])
    if record["currently_attached"] and vm["power_state"] in ("Running", "Paused"):
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "VIF currently attached to a running VM")
    destroy_vif_row(store, vif)


def vif_error(store: Store, vif: str, op: str) -> ApiError | None:
    """The error xapi reports for `op` (attach, plug, unplug) on this VIF, or None."""
    record = store.get("VIF", vif)
    vm_ref = record["VM"]
    vm = store.get("VM", vm_ref)
    if record["current_operations"]:
        running_op = next(iter(record["current_operations"].values()))
        return ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VIF", vif, running_op)
    if op == "attach":
        return None
    running = vm["power_state"] == "Running"
    if running and record["currently_attached"] and op == "plug":
        return ApiError("DEVICE_ALREADY_ATTACHED", vif)
    if running and not record["currently_attached"] and op == "unplug":
        return ApiError("DEVICE_ALREADY_DETACHED", vif)
    if not running:
        return ApiError(errors.VM_BAD_POWER_STATE, vm_ref, "running", vm["power_state"].lower())
    for vm_op in vm["current_operations"].values():
        if vm_op in ("clean_shutdown", "hard_shutdown", "suspend", "pause"):
            return ApiError(errors.OPERATION_NOT_ALLOWED, f"Current operation on VM:{vm_ref} is {vm_op}")
    if needs_hvm(vm):  # hot-plug in an HVM guest needs its PV drivers
        metrics = store.find("VM_guest_metrics", vm["guest_metrics"])
        hotplug = metrics.get("can_use_hotplug_vif", "unspecified") if metrics else "unspecified"
        if hotplug == "no":
            return ApiError(errors.OPERATION_NOT_ALLOWED, "VM states it does not support VIF hotplug.")
        if hotplug != "yes" and not (metrics and metrics.get("PV_drivers_detected")):
            return ApiError("VM_MISSING_PV_DRIVERS", vm_ref)
    return None


def check_vif(store: Store, vif: str, op: str) -> None:
    error = vif_error(store, vif, op)
    if error is not None:
        raise error


def assert_vif_can_attach(store: Store, vif: str, network: str) -> None:
    """A plugged VIF needs its network on the VM's host: HOST_CANNOT_ATTACH_NETWORK otherwise."""
    host = store.get("VM", store.get("VIF", vif)["VM"])["resident_on"]
    if host != NULL_REF and not network_reachable(store, network, host):
        raise ApiError("HOST_CANNOT_ATTACH_NETWORK", host, network)


def plug_vif(store: Store, vif: str) -> None:
    """VIF.plug (hot-plug into a running VM): the network's PIF on the host comes up if needed."""
    check_vif(store, vif, "plug")
    record = store.get("VIF", vif)
    assert_vif_can_attach(store, vif, record["network"])
    host = store.get("VM", record["VM"])["resident_on"]
    pif = pif_on(store, record["network"], host)
    if pif != NULL_REF and not store.get("PIF", pif)["currently_attached"]:
        plug_pif(store, pif)
    store.update("VIF", vif, {"currently_attached": True})
    refresh_vif(store, vif)


def unplug_vif(store: Store, vif: str) -> None:
    check_vif(store, vif, "unplug")
    store.update("VIF", vif, {"currently_attached": False})
    refresh_vif(store, vif)


def move_vif(store: Store, vif: str, network: str) -> None:
    """VIF.move: an active VIF (attached, VM not suspended) needs the network on the VM's host."""
    record = store.get("VIF", vif)
    store.get("network", network)
    vm = store.get("VM", record["VM"])
    if record["currently_attached"] and vm["power_state"] != "Suspended":
        assert_vif_can_attach(store, vif, network)
    store.update("VIF", vif, {"network": network})
    refresh_vif(store, vif)


# -- derived state ----------------------------------------------------------------------------

VIF_OPERATIONS = ("attach", "plug", "unplug")


def refresh_vif(store: Store, vif: str) -> None:
    record = store.find("VIF", vif)
    if record is None or store.find("VM", record["VM"]) is None:
        return
    allowed = [op for op in VIF_OPERATIONS if vif_error(store, vif, op) is None]
    if allowed != record["allowed_operations"]:
        store.update("VIF", vif, {"allowed_operations": allowed})


def refresh_network(store: Store, cls: str, ref: str) -> None:
    """Recompute VIF.allowed_operations after a change to a VIF or its VM (network's stay empty,
    as in xapi)."""
    if cls == "VIF":
        refresh_vif(store, ref)
    elif cls == "VM":
        vm = store.find("VM", ref)
        for vif in vm["VIFs"] if vm is not None else ():
            refresh_vif(store, vif)
