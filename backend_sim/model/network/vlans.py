"""VLANs: VLAN.create / destroy and pool.create_VLAN."""

from __future__ import annotations

from collections.abc import Iterable

from ... import errors
from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF
from .networks import create_network
from .pifs import _destroy_pif, plug_pif, unplug_pif
from .queries import assert_no_other_local_pif

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
