"""Networks: creation (client-chosen or new xapiN bridges), the host internal management network,
network.destroy."""

from __future__ import annotations

from ... import errors
from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF
from .macs import new_bridge

SYSTEM_NETWORK_KEY = "is_host_internal_management_network"
_BLACKLIST = ("xen", "xapi", "vif", "tap", "eth")  # bridge prefixes reserved by xapi


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


# A VIF row goes with its network (the rules of VIF.destroy are in vifs.py, which builds on this module).
def destroy_vif_row(store: Store, vif: str) -> None:
    metrics = store.get("VIF", vif)["metrics"]
    store.destroy("VIF", vif)
    if metrics != NULL_REF and store.find("VIF_metrics", metrics) is not None:
        store.destroy("VIF_metrics", metrics)


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
