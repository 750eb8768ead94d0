"""What the network dialogs edit, apart from their widgets: a network's properties (name, description, MTU,
whether new VMs get it) and a server's management interface (which NIC, and its IP configuration)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from .cache import ObjectCache
from .i18n import translate

MTU_RANGE = (68, 65535)  # what Linux accepts on an interface; 1500 is Ethernet's, 9000 a jumbo frame
AUTOMATIC_KEY = "automatic"  # other_config: new VMs get a VIF on this network
DHCP, STATIC = "DHCP", "Static"  # PIF.reconfigure_ip's modes


@dataclass
class NetworkProperties:
    name: str
    description: str
    mtu: int
    automatic: bool


def network_properties(record: dict[str, object]) -> NetworkProperties:
    other = dict(record.get("other_config") or {})  # type: ignore[call-overload]
    return NetworkProperties(str(record.get("name_label", "")), str(record.get("name_description", "")),
                             int(str(record.get("MTU", 1500) or 1500)),
                             str(other.get(AUTOMATIC_KEY, "false")).lower() == "true")


def properties_problem(properties: NetworkProperties) -> str | None:
    if not properties.name.strip():
        return translate("NetworkProperties", "Type a name for the network.")
    low, high = MTU_RANGE
    if not low <= properties.mtu <= high:
        return translate("NetworkProperties", "The MTU must be from {0} to {1} bytes.").format(low, high)
    return None


@dataclass
class ManagementChoice:
    pif: str
    mode: str  # "DHCP" or "Static"
    ip: str = ""
    netmask: str = ""
    gateway: str = ""
    dns: str = ""


def management_nics(cache: ObjectCache, host: str) -> list[tuple[str, str]]:
    """(PIF ref, label) of the server's interfaces that can carry management: physical NICs and bonds, not bond
    members; VLANs too (xapi allows a tagged management interface)."""
    found = []
    for ref, pif in cache.items("PIF"):
        if pif.get("host") != host or pif.get("bond_slave_of", "OpaqueRef:NULL") != "OpaqueRef:NULL":
            continue
        network = cache.get("network", str(pif.get("network", ""))) or {}
        label = translate("ManagementInterface", "{0} on {1}").format(pif.get("device", ref),
                                                                      network.get("name_label", ""))
        found.append((ref, label))
    return sorted(found, key=lambda item: item[1])


def current_management(cache: ObjectCache, host: str) -> ManagementChoice | None:
    for ref, pif in cache.items("PIF"):
        if pif.get("host") == host and pif.get("management"):
            mode = str(pif.get("ip_configuration_mode", "DHCP"))
            return ManagementChoice(ref, "Static" if mode == "Static" else "DHCP", str(pif.get("IP", "")),
                                    str(pif.get("netmask", "")), str(pif.get("gateway", "")), str(pif.get("DNS", "")))
    return None


def _ipv4(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text.strip())
    except ValueError:
        return False
    return True


def management_problem(choice: ManagementChoice) -> str | None:
    if not choice.pif:
        return translate("ManagementInterface", "Choose the interface for management.")
    if choice.mode != "Static":
        return None
    if not _ipv4(choice.ip):
        return translate("ManagementInterface", "Type the IP address (four numbers, such as 192.0.2.10).")
    if not _ipv4(choice.netmask):
        return translate("ManagementInterface", "Type the subnet mask (such as 255.255.255.0).")
    if choice.gateway.strip() and not _ipv4(choice.gateway):
        return translate("ManagementInterface", "The gateway is not an IP address.")
    servers = [part.strip() for part in choice.dns.split(",") if part.strip()]
    if any(not _ipv4(server) for server in servers):
        return translate("ManagementInterface", "The DNS servers must be IP addresses, separated by commas.")
    return None
