"""VLAN.create / destroy and the pool-wide pool.create_VLAN / create_VLAN_from_PIF."""

from __future__ import annotations

from ..model import network as net
from .call import Call
from .registry import api


@api("VLAN.create")
def create(call: Call, tagged_PIF: str, tag: int, network: str) -> str:
    return net.create_vlan(call.store, tagged_PIF, tag, network)[0]


@api("VLAN.destroy")
def destroy(call: Call, self: str) -> None:
    net.destroy_vlan(call.store, self)


@api("pool.create_VLAN")
def pool_create_vlan(call: Call, device: str, network: str, VLAN: int) -> list[str]:
    """A VLAN on the PIF with this device on every host; all are checked before any is made."""
    call.store.get("network", network)
    return net.create_pool_vlan(call.store, net.pool_vlan_bases(call.store, device), VLAN, network)[1]


@api("pool.create_VLAN_from_PIF")
def pool_create_vlan_from_pif(call: Call, pif: str, network: str, VLAN: int) -> list[str]:
    """A VLAN on every PIF of the given PIF's network (one per host, bonds included)."""
    call.store.get("network", network)
    bases = call.store.get("network", call.store.get("PIF", pif)["network"])["PIFs"]
    return net.create_pool_vlan(call.store, bases, VLAN, network)[1]
