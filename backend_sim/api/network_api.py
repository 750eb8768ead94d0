"""network.create / destroy and tunnel.create / destroy (cross-host private networks)."""

from __future__ import annotations

from typing import Any

from .. import errors
from ..datamodel import CLASSES, field_default
from ..errors import ApiError
from ..model import network as net
from .call import Call
from .generic import CONSTRUCTOR_QUALIFIERS
from .registry import api


def constructor_fields(cls: str, record: dict[str, Any]) -> dict[str, Any]:
    """The settable fields of a create(record) call, with defaults; a missing field without a
    default is FIELD_TYPE_ERROR, as for the generic constructors."""
    fields: dict[str, Any] = {}
    for name, field in CLASSES[cls].fields.items():
        if field.qualifier not in CONSTRUCTOR_QUALIFIERS:
            continue
        if name in record:
            fields[name] = record[name]
        elif field.has_default:
            fields[name] = field_default(field)
        else:
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
    return fields


@api("network.create")
def create(call: Call, args: dict[str, Any]) -> str:
    fields = constructor_fields("network", args)
    if fields["bridge"]:
        net.check_bridge(call.store, fields["bridge"])
    return net.create_network(call.store, fields["name_label"], bridge=fields["bridge"],
                              description=fields["name_description"], mtu=fields["MTU"],
                              other_config=fields["other_config"], managed=fields["managed"], tags=fields["tags"])


@api("network.destroy")
def destroy(call: Call, self: str) -> None:
    net.destroy_network(call.store, self)


@api("tunnel.create")
def tunnel_create(call: Call, transport_PIF: str, network: str, protocol: str = "gre") -> str:
    return net.create_tunnel(call.store, transport_PIF, network, protocol)[0]


@api("tunnel.destroy")
def tunnel_destroy(call: Call, self: str) -> None:
    net.destroy_tunnel(call.store, self)
