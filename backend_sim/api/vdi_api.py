"""VDI messages: create, destroy, resize, snapshot, clone, copy (on the simulated clock), update,
forget and the explicit setters. The storage model lives in model/storage.py."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .. import errors
from ..datamodel import CLASSES, field_default
from ..errors import ApiError
from ..model import storage
from ..wire.values import NULL_REF
from .call import Call
from .generic import CONSTRUCTOR_QUALIFIERS
from .registry import api

COPY_STEPS = 10


def constructor_fields(cls: str, args: dict[str, Any]) -> dict[str, Any]:
    """The fields a `<cls>.create` record sets: given ones, defaults, FIELD_TYPE_ERROR if required."""
    fields: dict[str, Any] = {}
    for name, field in CLASSES[cls].fields.items():
        if field.qualifier not in CONSTRUCTOR_QUALIFIERS:
            continue
        if name in args:
            fields[name] = args[name]
        elif field.has_default:
            fields[name] = field_default(field)
        else:
            raise ApiError(errors.FIELD_TYPE_ERROR, name)
    return fields


@contextmanager
def holding(call: Call, cls: str, ref: str, op: str) -> Iterator[None]:
    """Show `op` in the object's current_operations while the block runs, and refresh around it."""
    call.begin_op(cls, ref, op)
    storage.refresh_storage(call.store, cls, ref)
    try:
        yield
    finally:
        record = call.store.find(cls, ref)
        if record is not None and call.task in record["current_operations"]:
            rest = {k: v for k, v in record["current_operations"].items() if k != call.task}
            call.store.update(cls, ref, {"current_operations": rest})
        storage.refresh_storage(call.store, cls, ref)


def _checked(call: Call, vdi: str, op: str) -> dict[str, Any]:
    record = call.store.get("VDI", vdi)
    storage.check_vdi(call.store, vdi, op)
    return record


@api("VDI.create")
def create(call: Call, args: dict[str, Any]) -> str:
    fields = constructor_fields("VDI", args)
    sr = fields["SR"]
    call.store.get("SR", sr)
    storage.assert_sr_plugged(call.store, sr)
    storage.check_sr(call.store, sr, "vdi_create")
    return storage.create_vdi(
        call.store, sr, fields["name_label"], int(fields["virtual_size"]), fields["type"],
        read_only=fields["read_only"], sharable=fields["sharable"], name_description=fields["name_description"],
        other_config=fields["other_config"], sm_config=fields["sm_config"], xenstore_data=fields["xenstore_data"],
        tags=fields["tags"])


@api("VDI.destroy")
def destroy(call: Call, self: str) -> None:
    record = call.store.get("VDI", self)
    storage.assert_sr_plugged(call.store, record["SR"])
    storage.check_vdi(call.store, self, "destroy")
    storage.destroy_vdi(call.store, self)


@api("VDI.forget")
def forget(call: Call, vdi: str) -> None:
    record = call.store.get("VDI", vdi)
    call.store.destroy("VDI", vdi)  # the database record only; the disk stays on the SR
    storage.refresh_sr(call.store, record["SR"])


@api("VDI.resize")
def resize(call: Call, vdi: str, size: int) -> None:
    _checked(call, vdi, "resize")
    storage.resize_vdi(call.store, vdi, size)


@api("VDI.snapshot")
def snapshot(call: Call, vdi: str, driver_params: dict[str, str] | None = None) -> str:
    record = _checked(call, vdi, "snapshot")
    storage.assert_sr_plugged(call.store, record["SR"])
    return storage.snapshot_vdi(call.store, vdi, now=call.ctx.clock.now_datetime())


@api("VDI.clone")
def clone(call: Call, vdi: str, driver_params: dict[str, str] | None = None) -> str:
    record = _checked(call, vdi, "clone")
    storage.assert_sr_plugged(call.store, record["SR"])
    return storage.clone_vdi(call.store, vdi)


@api("VDI.copy")
async def copy(call: Call, vdi: str, sr: str, base_vdi: str = NULL_REF, into_vdi: str = NULL_REF) -> str:
    record = _checked(call, vdi, "copy")
    if base_vdi != NULL_REF:
        call.store.get("VDI", base_vdi)
    target_sr = call.store.get("VDI", into_vdi)["SR"] if into_vdi != NULL_REF else sr
    call.store.get("SR", target_sr)
    storage.assert_sr_plugged(call.store, record["SR"])
    storage.assert_sr_plugged(call.store, target_sr)
    if into_vdi == NULL_REF:
        storage.check_sr(call.store, sr, "vdi_create")
    storage.assert_space(call.store, storage.copy_needs(call.store, vdi, sr, into=into_vdi, base=base_vdi))
    seconds = storage.copy_seconds(call.store, vdi, base=base_vdi)
    with holding(call, "VDI", vdi, "copy"):
        call.allow_cancel()
        for step in range(1, COPY_STEPS + 1):
            await call.sleep(seconds / COPY_STEPS)
            call.progress(0.95 * step / COPY_STEPS)
        call.allow_cancel(False)
        return storage.copy_vdi(call.store, vdi, sr, into=into_vdi, base=base_vdi)


@api("VDI.update")
def update(call: Call, vdi: str) -> None:
    record = call.store.get("VDI", vdi)
    storage.assert_sr_plugged(call.store, record["SR"])
    storage.check_vdi(call.store, vdi, "update")
    storage.refresh_sr(call.store, record["SR"])


# -- explicit setters (xapi declares them as messages, so they are not generated) ------------


def _set(call: Call, vdi: str, field: str, value: Any) -> None:
    call.store.get("VDI", vdi)
    call.store.update("VDI", vdi, {field: value})
    storage.refresh_storage(call.store, "VDI", vdi)


@api("VDI.set_name_label")
def set_name_label(call: Call, self: str, value: str) -> None:
    _set(call, self, "name_label", value)


@api("VDI.set_name_description")
def set_name_description(call: Call, self: str, value: str) -> None:
    _set(call, self, "name_description", value)


@api("VDI.set_read_only")
def set_read_only(call: Call, self: str, value: bool) -> None:
    _set(call, self, "read_only", value)


@api("VDI.set_sharable")
def set_sharable(call: Call, self: str, value: bool) -> None:
    _set(call, self, "sharable", value)


# VDI.set_allow_caching and VDI.set_on_boot are IntelliCache's: intellicache_api.py
