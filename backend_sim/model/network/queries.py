"""Queries over the pool's networking (which PIF joins a host to a network, the management PIF)
and the guards the reconfiguring messages share (HA protection, one PIF per host and network)."""

from __future__ import annotations

from typing import Any

from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF

Record = dict[str, Any]


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
