"""PIF messages: plug, unplug, IP configuration, introduce / forget / scan and the deprecated VLAN ones."""

from __future__ import annotations

from .. import errors
from ..errors import ApiError
from ..model import network as net
from .call import Call
from .registry import api


@api("PIF.plug")
def plug(call: Call, self: str) -> None:
    net.plug_pif(call.store, self)


@api("PIF.unplug")
def unplug(call: Call, self: str) -> None:
    net.unplug_pif(call.store, self)


@api("PIF.reconfigure_ip")
def reconfigure_ip(call: Call, self: str, mode: str, IP: str, netmask: str, gateway: str,
                   DNS: str) -> None:
    net.reconfigure_ip(call.store, self, mode, IP, netmask, gateway, DNS)


@api("PIF.scan")
def scan(call: Call, host: str) -> None:
    call.store.get("host", host)
    net.scan_pifs(call.store, host)


@api("PIF.introduce")
def introduce(call: Call, host: str, MAC: str, device: str, managed: bool = True) -> str:
    return net.introduce_pif(call.store, host, MAC, device, managed)


@api("PIF.forget")
def forget(call: Call, self: str) -> None:
    net.forget_pif(call.store, self)


@api("PIF.destroy")
def destroy(call: Call, self: str) -> None:
    """Deprecated: destroys a VLAN PIF (through its VLAN); a physical PIF is refused."""
    record = call.store.get("PIF", self)
    if record["VLAN"] < 0:
        raise ApiError("PIF_IS_PHYSICAL", self)
    net.destroy_vlan(call.store, record["VLAN_master_of"])


@api("PIF.create_VLAN")
def create_vlan(call: Call, device: str, network: str, host: str, VLAN: int) -> str:
    """Deprecated: VLAN.create on the host's untagged PIF with this device."""
    call.store.get("host", host)
    bases = [p for p in call.store.get("host", host)["PIFs"]
             if call.store.get("PIF", p)["device"] == device and call.store.get("PIF", p)["VLAN"] == -1]
    if not bases:
        raise ApiError(errors.INVALID_VALUE, "device", device)
    return net.create_vlan(call.store, bases[0], VLAN, network)[1]


@api("PIF.set_disallow_unplug")
def set_disallow_unplug(call: Call, self: str, value: bool) -> None:
    call.store.get("PIF", self)
    call.store.update("PIF", self, {"disallow_unplug": value})
