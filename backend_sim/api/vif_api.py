"""VIF.create / destroy, hot-plug (plug, unplug, unplug_force) and move."""

from __future__ import annotations

from typing import Any

from ..model import network as net
from .call import Call
from .network_api import constructor_fields
from .registry import api


@api("VIF.create")
def create(call: Call, args: dict[str, Any]) -> str:
    fields = constructor_fields("VIF", args)
    vm, network, device = fields.pop("VM"), fields.pop("network"), fields.pop("device")
    mac, mtu = fields.pop("MAC"), fields.pop("MTU")
    fields.pop("currently_attached", None)  # a new VIF is plugged by VM.start or VIF.plug
    return net.create_vif(call.store, vm, network, device, mac=mac, mtu=mtu, fields=fields)


@api("VIF.destroy")
def destroy(call: Call, self: str) -> None:
    net.destroy_vif(call.store, self)


@api("VIF.plug")
def plug(call: Call, self: str) -> None:
    net.plug_vif(call.store, self)


@api("VIF.unplug")
def unplug(call: Call, self: str) -> None:
    net.unplug_vif(call.store, self)


@api("VIF.unplug_force")
def unplug_force(call: Call, self: str) -> None:
    net.unplug_vif(call.store, self)


@api("VIF.move")
def move(call: Call, self: str, network: str) -> None:
    net.move_vif(call.store, self, network)
