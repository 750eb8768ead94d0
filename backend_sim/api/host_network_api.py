"""The management interface: host.management_reconfigure, host.get_management_interface and
pool.management_reconfigure."""

from __future__ import annotations

from .. import errors
from ..errors import ApiError
from ..model import network as net
from ..wire.values import NULL_REF
from .call import Call
from .registry import api


@api("host.management_reconfigure")
def management_reconfigure(call: Call, pif: str) -> None:
    """Runs on the PIF's host (xapi forwards the call there)."""
    net.set_management_interface(call.store, call.store.get("PIF", pif)["host"], pif)


@api("host.get_management_interface")
def get_management_interface(call: Call, host: str) -> str:
    call.store.get("host", host)
    pif = net.management_pif(call.store, host)
    if pif == NULL_REF:
        raise ApiError(errors.INTERNAL_ERROR, "Not_found")
    return pif


@api("pool.management_reconfigure")
def pool_management_reconfigure(call: Call, network: str) -> None:
    """Every host moves its management interface to its PIF on `network`; all are checked first."""
    store = call.store
    store.get("network", network)
    if any(pool.get("ha_enabled") for pool in store.table("pool").values()):
        raise ApiError("HA_IS_ENABLED")
    pifs = {host: net.pif_on(store, network, host) for host in store.table("host")}
    for host, pif in pifs.items():
        if pif == NULL_REF:
            raise ApiError("PIF_NOT_PRESENT", host, network)
    for pif in pifs.values():
        if store.get("PIF", pif)["ip_configuration_mode"] == "None":
            raise ApiError("PIF_HAS_NO_NETWORK_CONFIGURATION", pif)
    for host, pif in pifs.items():
        net.set_management_interface(store, host, pif)
