"""Bond.create / destroy / set_mode / set_property."""

from __future__ import annotations

from ..model import network as net
from .call import Call
from .registry import api


@api("Bond.create")
def create(call: Call, network: str, members: list[str], MAC: str, mode: str = "balance-slb",
           properties: dict[str, str] | None = None) -> str:
    return net.create_bond(call.store, members, network, mac=MAC, mode=mode, properties=properties)


@api("Bond.destroy")
def destroy(call: Call, self: str) -> None:
    net.destroy_bond(call.store, self)


@api("Bond.set_mode")
def set_mode(call: Call, self: str, value: str) -> None:
    net.set_bond_mode(call.store, self, value)


@api("Bond.set_property")
def set_property(call: Call, self: str, name: str, value: str) -> None:
    bond = call.store.get("Bond", self)
    properties = {k: v for k, v in bond["properties"].items() if k != name}
    net.bond_properties(bond["mode"], {name: value})  # validates the one being set
    call.store.update("Bond", self, {"properties": {**properties, name: value}})
