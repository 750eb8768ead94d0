"""Tunnels: the access PIFs of cross-host private networks, carried by transport PIFs."""

from __future__ import annotations

from collections.abc import Iterable

from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF
from .macs import _free_device, new_mac
from .networks import create_network
from .pifs import _destroy_pif, new_pif_metrics, plug_pif, unplug_pif
from .queries import assert_no_other_local_pif

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
