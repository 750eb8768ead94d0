"""PIFs: the hosts' NICs, PIF.introduce / scan / forget / plug / unplug, IP configuration and the
management interface."""

from __future__ import annotations

import ipaddress
import weakref

from ... import errors
from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF
from ..limits import MAX_PHYSICAL_NICS
from .macs import is_valid_mac, new_mac, physical_bridge
from .networks import create_network
from .queries import Record, assert_no_protection, management_pif

DHCP_SUBNET = "192.0.2."  # the simulated LAN of the management network (TEST-NET-1)


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
