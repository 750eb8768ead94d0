"""PBD messages: create (one per SR and host), destroy, plug and unplug."""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..model import storage
from ..model.storage import devices
from .call import Call
from .registry import api
from .vdi_api import constructor_fields


@api("PBD.create")
def create(call: Call, args: dict[str, Any]) -> str:
    fields = constructor_fields("PBD", args)
    store = call.store
    store.get("SR", fields["SR"])
    store.get("host", fields["host"])
    for pbd in store.get("SR", fields["SR"])["PBDs"]:
        if store.get("PBD", pbd)["host"] == fields["host"]:
            raise ApiError("PBD_EXISTS", fields["SR"], fields["host"], pbd)
    ref = store.create("PBD", {**fields, "currently_attached": False})
    storage.refresh_sr(store, fields["SR"])
    return ref


@api("PBD.destroy")
def destroy(call: Call, self: str) -> None:
    record = call.store.get("PBD", self)
    if record["currently_attached"]:
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "PBD is currently attached")
    call.store.destroy("PBD", self)
    storage.refresh_sr(call.store, record["SR"])


@api("PBD.plug")
def plug(call: Call, self: str) -> None:
    store = call.store
    record = store.get("PBD", self)
    if record["currently_attached"]:
        return  # xapi: plugging a plugged PBD is a no-op
    sr = store.get("SR", record["SR"])
    known = {sm["type"] for sm in store.table("SM").values()} | set(storage.DRIVERS)
    if sr["type"] not in known:
        raise ApiError("SR_UNKNOWN_DRIVER", sr["type"])
    if not sr["shared"]:
        for other in storage.plugged_pbds(store, record["SR"]):
            if store.get("PBD", other)["host"] != record["host"]:
                raise ApiError("SR_NOT_SHARABLE", record["SR"], record["host"])
    devices.check_plug(store, record["SR"], record["device_config"])
    store.update("PBD", self, {"currently_attached": True})
    devices.attached(store, record["SR"], record["device_config"])
    storage.refresh_sr(store, record["SR"])


@api("PBD.unplug")
def unplug(call: Call, self: str) -> None:
    store = call.store
    record = store.get("PBD", self)
    if not record["currently_attached"]:
        return
    in_use = [vdi for vdi in storage.active_vdis_on_pbd(store, self) if store.get("VDI", vdi)["type"] != "metadata"]
    if in_use:
        raise ApiError("VDI_IN_USE", *in_use)
    store.update("PBD", self, {"currently_attached": False})
    storage.refresh_sr(store, record["SR"])


@api("PBD.set_device_config")
def set_device_config(call: Call, self: str, value: dict[str, str]) -> None:
    call.store.get("PBD", self)
    call.store.update("PBD", self, {"device_config": dict(value)})
