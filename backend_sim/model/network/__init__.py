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

The package, one module per purpose, each building only on those before it: macs (MACs, bridges,
device names), queries (lookups and shared guards), networks, pifs (introduce, scan, plug, IP
configuration, management), vlans, tunnels, bonds, vifs (rules and allowed_operations).
"""

from __future__ import annotations

from .bonds import BOND_MODES, bond_properties, check_bond, create_bond, create_pool_bond, destroy_bond, set_bond_mode
from .macs import is_valid_mac, mac_from_seed, new_bridge, new_mac, physical_bridge
from .networks import (
    SYSTEM_NETWORK_KEY,
    check_bridge,
    create_network,
    create_private_network,
    destroy_network,
    destroy_vif_row,
    host_internal_management_network,
)
from .pifs import (
    DHCP_SUBNET,
    dhcp_lease,
    forget_pif,
    hardware,
    introduce_pif,
    new_pif_metrics,
    plug_pif,
    reconfigure_ip,
    scan_pifs,
    set_management_interface,
    unplug_pif,
    vifs_in_use,
)
from .queries import Record, assert_no_other_local_pif, assert_no_protection, management_pif, network_reachable, pif_on
from .tunnels import create_cross_host_private_network, create_tunnel, destroy_tunnel
from .vifs import (
    MAX_VIF_DEVICES,
    VIF_OPERATIONS,
    assert_vif_can_attach,
    check_vif,
    check_vif_device,
    create_vif,
    destroy_vif,
    move_vif,
    plug_vif,
    refresh_network,
    refresh_vif,
    unplug_vif,
    vif_error,
    vif_mac,
)
from .vlans import check_vlan, create_pool_vlan, create_vlan, destroy_vlan, pool_vlan_bases

__all__ = [
    "BOND_MODES",
    "DHCP_SUBNET",
    "MAX_VIF_DEVICES",
    "SYSTEM_NETWORK_KEY",
    "VIF_OPERATIONS",
    "Record",
    "assert_no_other_local_pif",
    "assert_no_protection",
    "assert_vif_can_attach",
    "bond_properties",
    "check_bond",
    "check_bridge",
    "check_vif",
    "check_vif_device",
    "check_vlan",
    "create_bond",
    "create_cross_host_private_network",
    "create_network",
    "create_pool_bond",
    "create_pool_vlan",
    "create_private_network",
    "create_tunnel",
    "create_vif",
    "create_vlan",
    "destroy_bond",
    "destroy_network",
    "destroy_tunnel",
    "destroy_vif",
    "destroy_vif_row",
    "destroy_vlan",
    "dhcp_lease",
    "forget_pif",
    "hardware",
    "host_internal_management_network",
    "introduce_pif",
    "is_valid_mac",
    "mac_from_seed",
    "management_pif",
    "move_vif",
    "network_reachable",
    "new_bridge",
    "new_mac",
    "new_pif_metrics",
    "physical_bridge",
    "pif_on",
    "plug_pif",
    "plug_vif",
    "pool_vlan_bases",
    "reconfigure_ip",
    "refresh_network",
    "refresh_vif",
    "scan_pifs",
    "set_bond_mode",
    "set_management_interface",
    "unplug_pif",
    "unplug_vif",
    "vif_error",
    "vif_mac",
    "vifs_in_use",
]
