"""VDI operations (create, destroy and GC, resize, snapshot, clone, copy, guest writes) and VBD rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ... import errors
from ...errors import ApiError
from ...store.store import Store
from ...wire.values import NULL_REF, DateTime
from .accounting import (
    _inflated,
    _set_data,
    assert_space,
    chain,
    children_of,
    content_of,
    data_of,
    parent_of,
    physical_of,
    round_vhd_size,
    vhd_overhead,
)
from .drivers import (
    COPY_BYTES_PER_SECOND,
    COPY_SETUP_SECONDS,
    DATA_KEY,
    MAX_CHAIN,
    PARENT_KEY,
    Driver,
    backend_failure,
    driver_of,
)
from .refresh import refresh_sr, refresh_vdi

# -- VDI operations ------------------------------------------------------------------------


def _finish(store: Store, sr: str, *vdis: str) -> None:
    for vdi in vdis:
        refresh_vdi(store, vdi)
    refresh_sr(store, sr)


def create_vdi(store: Store, sr: str, name: str, size: int, vdi_type: str = "user", *, data: int = 0,
               read_only: bool = False, sharable: bool = False, name_description: str = "",
               other_config: Mapping[str, str] | None = None, sm_config: Mapping[str, str] | None = None,
               xenstore_data: Mapping[str, str] | None = None, tags: Iterable[str] = ()) -> str:
    """A new VDI of `size` bytes holding `data` bytes; SR_FULL when the SR cannot hold it."""
    driver = _driver(store, sr)
    if driver.vhd:
        size = round_vhd_size(size)
    elif size < 0:
        raise ApiError(errors.INVALID_VALUE, "virtual_size", size)
    data = max(0, min(data, size))
    uuid = store.new_uuid()
    fields: dict[str, Any] = {
        "uuid": uuid, "name_label": name, "name_description": name_description, "SR": sr,
        "virtual_size": size, "type": vdi_type, "sharable": sharable, "read_only": read_only,
        "other_config": dict(other_config or {}), "xenstore_data": dict(xenstore_data or {}),
        "sm_config": {**(sm_config or {}), **({"vdi_type": "vhd"} if driver.vhd else {}), DATA_KEY: str(data)},
        "tags": list(tags), "location": uuid if driver.vhd else f"{uuid}.img", "managed": True,
        "on_boot": "persist", "is_a_snapshot": False, "physical_utilisation": 0,
    }
    fields["physical_utilisation"] = physical_of(driver, fields, data)
    assert_space(store, {sr: fields["physical_utilisation"]})
    ref = store.create("VDI", fields)
    _finish(store, sr, ref)
    return ref


def destroy_vdi(store: Store, vdi: str) -> None:
    """Remove the VDI and its VBDs (as xapi does), then garbage-collect its chain."""
    record = store.get("VDI", vdi)
    sr = record["SR"]
    parent = parent_of(store, vdi)
    for vbd in list(record["VBDs"]):
        destroy_vbd_record(store, vbd)
    store.destroy("VDI", vdi)
    _collect(store, parent)
    refresh_sr(store, sr)


def _collect(store: Store, vdi: str | None) -> None:
    """SM's GC: drop base copies nobody builds on; coalesce one with a single child into that child."""
    while vdi is not None and store.find("VDI", vdi) is not None and not store.get("VDI", vdi)["managed"]:
        kids = children_of(store, vdi)
        parent = parent_of(store, vdi)
        if len(kids) > 1:
            return
        if kids:
            kid = store.get("VDI", kids[0])
            merged = min(int(kid["virtual_size"]), data_of(kid) + data_of(store.get("VDI", vdi)))
            grandparent = store.get("VDI", parent)["uuid"] if parent else None
            sm_config = {k: v for k, v in kid["sm_config"].items() if k != PARENT_KEY}
            if grandparent:
                sm_config[PARENT_KEY] = grandparent
            store.update("VDI", kids[0], {"sm_config": {**sm_config, DATA_KEY: str(merged)}})
            store.destroy("VDI", vdi)
            return
        store.destroy("VDI", vdi)
        vdi = parent


def resize_vdi(store: Store, vdi: str, size: int) -> None:
    """Grow the virtual size (VHD sizes are rounded up to 2 MiB); shrinking is refused as SM does."""
    record = store.get("VDI", vdi)
    driver = _driver(store, record["SR"])
    current = int(record["virtual_size"])
    if size < current:
        raise backend_failure(79, "VDI Invalid size", "shrinking not allowed")
    size = round_vhd_size(size) if driver.vhd else size
    if size == current:
        return
    after = physical_of(driver, {**record, "virtual_size": size})
    assert_space(store, {record["SR"]: after - physical_of(driver, record)})
    store.update("VDI", vdi, {"virtual_size": size})
    _finish(store, record["SR"], vdi)


def _new_leaf_needs(store: Store, vdi: str, *, snapshot: bool) -> dict[str, int]:
    record = store.get("VDI", vdi)
    driver = _driver(store, record["SR"])
    if not driver.vhd:
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", record["SR"])
    size = int(record["virtual_size"])
    data = data_of(record)
    leaf = {**record, "is_a_snapshot": snapshot, "managed": True}
    extra = physical_of(driver, leaf, 0)
    if data > 0:  # the source's blocks move into a new base copy; the source restarts empty
        extra += data + vhd_overhead(size) + physical_of(driver, record, 0) - physical_of(driver, record, data)
    return {record["SR"]: extra}


def snapshot_needs(store: Store, vdi: str) -> dict[str, int]:
    return _new_leaf_needs(store, vdi, snapshot=True)


def clone_needs(store: Store, vdi: str) -> dict[str, int]:
    return _new_leaf_needs(store, vdi, snapshot=False)


def _push_base(store: Store, vdi: str) -> str | None:
    """Move the VDI's own blocks into a new hidden parent; the uuid both children now build on."""
    record = store.get("VDI", vdi)
    parent = record["sm_config"].get(PARENT_KEY)
    data = data_of(record)
    if data == 0:
        return parent  # nothing of its own: share the current parent directly
    if len(chain(store, vdi)) >= MAX_CHAIN:
        raise backend_failure(109, "The snapshot chain is too long")
    base_uuid = store.new_uuid()
    store.create("VDI", {
        "uuid": base_uuid, "name_label": "base copy", "SR": record["SR"], "virtual_size": record["virtual_size"],
        "type": record["type"], "sharable": False, "read_only": True, "managed": False, "location": base_uuid,
        "sm_config": {"vdi_type": "vhd", DATA_KEY: str(data), **({PARENT_KEY: parent} if parent else {})},
        "on_boot": "persist", "physical_utilisation": 0,
    })
    _set_data(store, vdi, 0, sm_config={PARENT_KEY: base_uuid})
    return base_uuid


def _new_leaf(store: Store, vdi: str, extra: Mapping[str, Any]) -> str:
    record = store.get("VDI", vdi)
    assert_space(store, _new_leaf_needs(store, vdi, snapshot=bool(extra.get("is_a_snapshot"))))
    parent = _push_base(store, vdi)
    uuid = store.new_uuid()
    fields: dict[str, Any] = {
        "uuid": uuid, "name_label": record["name_label"], "name_description": record["name_description"],
        "SR": record["SR"], "virtual_size": record["virtual_size"], "type": record["type"],
        "sharable": record["sharable"], "read_only": record["read_only"], "managed": True, "location": uuid,
        "other_config": dict(record["other_config"]), "xenstore_data": dict(record["xenstore_data"]),
        "on_boot": record["on_boot"], "allow_caching": record["allow_caching"],
        "sm_config": {"vdi_type": "vhd", DATA_KEY: "0", **({PARENT_KEY: parent} if parent else {})},
        "physical_utilisation": 0, **extra,
    }
    ref = store.create("VDI", fields)
    _finish(store, record["SR"], vdi, ref)
    return ref


def snapshot_vdi(store: Store, vdi: str, *, now: DateTime) -> str:
    """A copy-on-write snapshot: is_a_snapshot, snapshot_of `vdi`, snapshot_time `now`."""
    return _new_leaf(store, vdi, {"is_a_snapshot": True, "snapshot_of": vdi, "snapshot_time": now})


def clone_vdi(store: Store, vdi: str, *, name_label: str | None = None) -> str:
    """A fast clone sharing the source's blocks (a writable, non-snapshot VDI)."""
    extra: dict[str, Any] = {"is_a_snapshot": False}
    if name_label is not None:
        extra["name_label"] = name_label
    return _new_leaf(store, vdi, extra)


def copy_bytes(store: Store, vdi: str, base: str = NULL_REF) -> int:
    """Bytes a copy transfers: the source's content, less what `base` already holds."""
    content = content_of(store, vdi)
    if base != NULL_REF:
        content = max(0, content - content_of(store, base))
    return content


def copy_seconds(store: Store, vdi: str, *, base: str = NULL_REF) -> float:
    return COPY_SETUP_SECONDS + copy_bytes(store, vdi, base) / COPY_BYTES_PER_SECOND


def copy_needs(store: Store, vdi: str, sr: str, *, into: str = NULL_REF, base: str = NULL_REF) -> dict[str, int]:
    """Validate a copy (VDI_TOO_SMALL, VDI_READONLY, SR_OPERATION_NOT_SUPPORTED) and size it."""
    source = store.get("VDI", vdi)
    written = copy_bytes(store, vdi, base)
    if into != NULL_REF:
        target = store.get("VDI", into)
        if int(target["virtual_size"]) < int(source["virtual_size"]):
            raise ApiError("VDI_TOO_SMALL", into, source["virtual_size"])
        if target["read_only"]:
            raise ApiError("VDI_READONLY", into)
        driver = _driver(store, target["SR"])
        data = min(int(target["virtual_size"]), data_of(target) + written)
        return {target["SR"]: physical_of(driver, target, data) - physical_of(driver, target)}
    driver = _driver(store, sr)
    if "VDI_CREATE" not in driver.capabilities:
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    size = round_vhd_size(int(source["virtual_size"])) if driver.vhd else int(source["virtual_size"])
    leaf = {**source, "virtual_size": size, "managed": True, "is_a_snapshot": False}
    return {sr: physical_of(driver, leaf, min(size, written))}


def copy_vdi(store: Store, vdi: str, sr: str, *, into: str = NULL_REF, base: str = NULL_REF) -> str:
    """A full copy of `vdi` into a new VDI on `sr` (or into `into`); returns the copy."""
    needs = copy_needs(store, vdi, sr, into=into, base=base)
    assert_space(store, needs)
    written = copy_bytes(store, vdi, base)
    if into != NULL_REF:
        target = store.get("VDI", into)
        _set_data(store, into, min(int(target["virtual_size"]), data_of(target) + written))
        _finish(store, target["SR"], into)
        return into
    source = store.get("VDI", vdi)
    # CA-64962: copies are always writable, even of a read-only source.
    return create_vdi(store, sr, source["name_label"], int(source["virtual_size"]), source["type"],
                      data=written, sharable=source["sharable"], name_description=source["name_description"],
                      other_config=source["other_config"], xenstore_data=source["xenstore_data"])


def guest_writes(store: Store, vdi: str, nbytes: int) -> int:
    """The guest wrote `nbytes` to blocks it had not written since the last snapshot."""
    record = store.get("VDI", vdi)
    driver = driver_of(store, record["SR"])
    if driver is None or not driver.vhd or nbytes <= 0:
        return 0
    data = data_of(record)
    grow = min(nbytes, int(record["virtual_size"]) - data)
    if driver.thin or not _inflated(record):
        sr = store.get("SR", record["SR"])  # a full SR fails the guest's writes
        grow = min(grow, int(sr["physical_size"]) - int(sr["physical_utilisation"]))
    if grow <= 0:
        return 0
    # Incremental, not refresh_sr: the guest activity model calls this often, on SRs of many VDIs.
    physical = physical_of(driver, record, data + grow)
    delta = physical - int(record["physical_utilisation"])
    _set_data(store, vdi, data + grow, physical_utilisation=physical)
    if delta:
        sr = store.get("SR", record["SR"])
        store.update("SR", record["SR"], {"physical_utilisation": int(sr["physical_utilisation"]) + delta})
    return grow


def _driver(store: Store, sr: str) -> Driver:
    driver = driver_of(store, sr)
    if driver is None:
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    return driver


# -- VBD rows ------------------------------------------------------------------------------


def destroy_vbd_record(store: Store, vbd: str) -> None:
    record = store.get("VBD", vbd)
    if record["metrics"] != NULL_REF and store.find("VBD_metrics", record["metrics"]) is not None:
        store.destroy("VBD_metrics", record["metrics"])
    store.destroy("VBD", vbd)
