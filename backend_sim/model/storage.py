"""Storage: SR drivers, VDI copy-on-write chains, SR accounting and the storage operation rules.

Pure functions over the store (no HTTP, no clock). Sizes are bytes.

Model
- A driver per SR type (`DRIVERS`): lvm, ext, nfs, lvmoiscsi (VHD chains) and iso (plain files).
  Thin types (ext, nfs: VHD files) use what was written; thick types (lvm, lvmoiscsi: LVs) keep every
  writable leaf inflated to its virtual size, and deflate snapshots and base copies to their data.
- Each VDI holds its own written bytes in sm_config `sim-data`; a VHD child names its parent's uuid in
  sm_config `vhd-parent`. Snapshot and clone move the source's data into a hidden "base copy"
  (managed false, read only) that the source and the new VDI then share; the source restarts empty
  and grows again as the guest writes. Destroying a VDI garbage-collects at once: an orphaned base
  copy goes, and a base copy left with one child is coalesced into it (SM's GC, without the delay).
- SR.physical_utilisation = sum of its VDIs' physical_utilisation (base copies included);
  SR.virtual_allocation = sum of the virtual sizes of its managed VDIs. Both are recomputed from
  the VDIs by `refresh_sr`, so they are exact and never negative.

API for VM-level operations (all raise ApiError; none sleeps; none checks operation rules, so call
`check_vdi` first where a client asked for the operation):
- `create_vdi(store, sr, name, size, vdi_type="user", *, data=0, read_only=False, ...) -> ref`
  (SR_FULL when the SR cannot hold it; `data` pre-fills it, e.g. a suspend image).
- `destroy_vdi(store, vdi)`: removes the VDI, its VBDs, and garbage-collects its chain.
- `resize_vdi(store, vdi, size)`: grow only (SR_BACKEND_FAILURE_79 to shrink), SR_FULL.
- `snapshot_vdi(store, vdi, *, now) -> ref`; `clone_vdi(store, vdi, *, name_label=None) -> ref`.
- `copy_vdi(store, vdi, sr, *, into=NULL_REF, base=NULL_REF) -> ref`: a full copy (no chain).
- `copy_seconds(store, vdi, *, base=NULL_REF) -> float`: simulated duration of that copy.
- `snapshot_needs / clone_needs / copy_needs(...) -> {sr: bytes}`, `merge_needs(*needs)` and
  `assert_space(store, needs)`: check a multi-disk operation before doing any of it.
- `guest_writes(store, vdi, nbytes) -> int`: the guest wrote nbytes of new blocks; returns the bytes
  newly allocated (capped by the virtual size and, on thin SRs, by the free space).
- `check_sr / check_vdi / check_vbd(store, ref, op)`: the first error xapi would raise for op;
  `vbd_errors(store, vbd, sharing=...)` is the whole VBD table.
- `refresh_sr(store, sr)`: normalise the SR's VDIs and sums (SR.scan does this; call it after
  creating VDIs by hand, e.g. in the scenario builder).
- `refresh_storage(store, cls, ref)`: recompute allowed_operations (and SR sums) after a change to
  an SR, PBD, VDI, VBD or VM; meant to be hooked into model/refresh.py.
- `assert_sr_plugged(store, sr)` (SR_HAS_NO_PBDS), `sr_attached_on(store, sr, host) -> bool`,
  `destroy_vbd_record(store, vbd)`, `validate_device_config(type, device_config) -> Driver`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Record, Store
from ..wire.values import NULL_REF, DateTime
from .placement import needs_hvm

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB

DATA_KEY = "sim-data"  # the VDI's own written bytes (not an xapi key: the simulator's bookkeeping)
PARENT_KEY = "vhd-parent"
VHD_BLOCK = 2 * MiB
MAX_VHD_SIZE = 2040 * GiB
MAX_CHAIN = 30  # SM refuses to snapshot past this depth (SnapshotChainTooLong)
COPY_BYTES_PER_SECOND = 256 * MiB
COPY_SETUP_SECONDS = 1.0

VHD_CAPS = ("SR_PROBE", "SR_UPDATE", "SR_SCAN", "SR_ATTACH", "SR_DETACH", "VDI_CREATE", "VDI_DELETE",
            "VDI_ATTACH", "VDI_DETACH", "VDI_CLONE", "VDI_SNAPSHOT", "VDI_RESIZE", "VDI_UPDATE",
            "VDI_GENERATE_CONFIG", "VDI_MIRROR", "VDI_RESET_ON_BOOT/2", "VDI_INTRODUCE")
ISO_CAPS = ("SR_SCAN", "SR_ATTACH", "SR_DETACH", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH")


@dataclass(frozen=True)
class Driver:
    """An SM driver: how it stores VDIs and which device_config keys its load() insists on."""

    type: str
    name: str
    vhd: bool  # VHD chains: snapshot and clone share blocks
    thin: bool  # space follows what is written (files) rather than the virtual size (LVs)
    content_type: str
    default_size: int
    required: tuple[tuple[str, int, str], ...]  # (device_config key, SM error code, SM description)
    capabilities: tuple[str, ...]


_DEVICE = (("device", 90, "The request is missing the device parameter"),)
DRIVERS: dict[str, Driver] = {d.type: d for d in (
    Driver("lvm", "Local LVM", True, False, "user", 500 * GiB, _DEVICE, VHD_CAPS),
    Driver("ext", "Local EXT3 VHD", True, True, "user", 500 * GiB, _DEVICE, VHD_CAPS),
    Driver("nfs", "NFS VHD", True, True, "user", 1024 * GiB,
           (("server", 102, "The request is missing the server parameter"),
            ("serverpath", 101, "The request is missing the serverpath parameter")), VHD_CAPS),
    Driver("lvmoiscsi", "LVM over iSCSI", True, False, "user", 1024 * GiB,
           (("target", 95, "The request is missing the target parameter"),
            ("targetIQN", 96, "The request is missing or has an incorrect target IQN parameter"),
            ("SCSIid", 107, "The SCSIid parameter is missing or incorrect")), VHD_CAPS),
    Driver("iso", "ISO", False, True, "iso", 200 * GiB,
           (("location", 94, "The request is missing the location parameter"),), ISO_CAPS),
)}


def backend_failure(code: int, description: str, opterr: str = "") -> ApiError:
    """An SM error as xapi relays it: SR_BACKEND_FAILURE_<n> ["", message, ""]."""
    text = f"{description} [opterr={opterr}]" if opterr else description
    return ApiError(f"SR_BACKEND_FAILURE_{code}", "", text, "")


def validate_device_config(sr_type: str, device_config: Mapping[str, str]) -> Driver:
    """The driver for `sr_type`, or the error its load() raises (SR_UNKNOWN_DRIVER for no driver)."""
    driver = DRIVERS.get(sr_type)
    if driver is None:
        raise ApiError("SR_UNKNOWN_DRIVER", sr_type)
    for key, code, description in driver.required:
        if not device_config.get(key):
            raise backend_failure(code, description)
    if sr_type == "nfs" and not device_config["serverpath"].startswith("/"):
        raise backend_failure(103, "The serverpath argument is not valid")
    return driver


def driver_of(store: Store, sr: str) -> Driver | None:
    return DRIVERS.get(store.get("SR", sr)["type"])


def has_capability(store: Store, sr: str, capability: str) -> bool:
    driver = driver_of(store, sr)
    return driver is not None and capability in driver.capabilities


# -- sizes and accounting -------------------------------------------------------------------


def vhd_overhead(size: int) -> int:
    """Footer, header, block allocation table and footer copy of a VHD of this virtual size."""
    blocks = -(-size // VHD_BLOCK)
    return 512 + 1024 + -(-blocks * 4 // 512) * 512 + 512


def round_vhd_size(size: int) -> int:
    """SM's validate_and_round_vhd_size: whole 2 MiB blocks, at most 2040 GiB."""
    if size < 0 or size > MAX_VHD_SIZE:
        raise backend_failure(79, "VDI Invalid size",
                              f"VDI size must be between 1 MB and {MAX_VHD_SIZE // MiB} MB")
    return -(-size // VHD_BLOCK) * VHD_BLOCK


def data_of(vdi: Record) -> int:
    """Bytes the VDI itself holds (its own blocks, not its parents')."""
    value = vdi["sm_config"].get(DATA_KEY)
    if value is not None:
        return int(value)
    return max(0, min(int(vdi["physical_utilisation"]), int(vdi["virtual_size"])))


def _inflated(vdi: Record) -> bool:
    # LVHD keeps writable leaves at full size; snapshots and base copies are deflated.
    return bool(vdi["managed"]) and not vdi["is_a_snapshot"]


def physical_of(driver: Driver, vdi: Record, data: int | None = None) -> int:
    data = data_of(vdi) if data is None else data
    if not driver.vhd:
        return data
    size = int(vdi["virtual_size"])
    if not driver.thin and _inflated(vdi):
        return size + vhd_overhead(size)
    return data + vhd_overhead(size)


def sr_usage(store: Store, sr: str) -> int:
    """Bytes used on the SR, summed from its VDIs as they would be refreshed now."""
    driver = driver_of(store, sr)
    if driver is None:
        return int(store.get("SR", sr)["physical_utilisation"])
    return sum(physical_of(driver, store.get("VDI", vdi)) for vdi in store.get("SR", sr)["VDIs"])


def sr_free(store: Store, sr: str) -> int:
    return max(0, int(store.get("SR", sr)["physical_size"]) - sr_usage(store, sr))


def refresh_sr(store: Store, sr: str) -> None:
    """Bring every VDI's physical_utilisation and the SR's sums in line; then allowed_operations."""
    record = store.find("SR", sr)
    if record is None:
        return
    driver = DRIVERS.get(record["type"])
    if driver is not None:
        used = allocated = 0
        for ref in record["VDIs"]:
            vdi = store.get("VDI", ref)
            data = data_of(vdi)
            physical = physical_of(driver, vdi, data)
            changes: dict[str, Any] = {}
            if vdi["physical_utilisation"] != physical:
                changes["physical_utilisation"] = physical
            if driver.vhd and vdi["sm_config"].get(DATA_KEY) != str(data):
                changes["sm_config"] = {**vdi["sm_config"], DATA_KEY: str(data)}
            if changes:
                store.update("VDI", ref, changes)
            used += physical
            allocated += int(vdi["virtual_size"]) if vdi["managed"] else 0
        if (record["physical_utilisation"], record["virtual_allocation"]) != (used, allocated):
            store.update("SR", sr, {"physical_utilisation": used, "virtual_allocation": allocated})
    _set_allowed(store, "SR", sr, sr_allowed_operations(store, sr))


def assert_space(store: Store, needs: Mapping[str, int]) -> None:
    """SR_FULL [requested, maximum] for the first SR that cannot take the extra bytes."""
    for sr, extra in needs.items():
        if extra <= 0:
            continue
        used = sr_usage(store, sr)
        size = int(store.get("SR", sr)["physical_size"])
        if used + extra > size:
            raise ApiError("SR_FULL", used + extra, size)


def merge_needs(*needs: Mapping[str, int]) -> dict[str, int]:
    total: dict[str, int] = {}
    for need in needs:
        for sr, extra in need.items():
            total[sr] = total.get(sr, 0) + extra
    return total


# -- PBDs --------------------------------------------------------------------------------------


def plugged_pbds(store: Store, sr: str) -> list[str]:
    return [pbd for pbd in store.get("SR", sr)["PBDs"] if store.get("PBD", pbd)["currently_attached"]]


def assert_sr_plugged(store: Store, sr: str) -> None:
    if not plugged_pbds(store, sr):
        raise ApiError("SR_HAS_NO_PBDS", sr)


def sr_attached_on(store: Store, sr: str, host: str) -> bool:
    return any(store.get("PBD", pbd)["host"] == host for pbd in plugged_pbds(store, sr))


def active_vdis_on_pbd(store: Store, pbd: str) -> list[str]:
    """VDIs of the PBD's SR attached to a domain on the PBD's host (what blocks PBD.unplug)."""
    record = store.get("PBD", pbd)
    used = []
    for vdi in store.get("SR", record["SR"])["VDIs"]:
        for vbd in store.get("VDI", vdi)["VBDs"]:
            vbd_record = store.get("VBD", vbd)
            vm = store.find("VM", vbd_record["VM"])
            if vbd_record["currently_attached"] and vm is not None and vm["resident_on"] == record["host"]:
                used.append(vdi)
                break
    return used


# -- chains ----------------------------------------------------------------------------------


def parent_of(store: Store, vdi: str) -> str | None:
    uuid = store.get("VDI", vdi)["sm_config"].get(PARENT_KEY)
    return store.by_uuid["VDI"].get(uuid) if uuid else None


def chain(store: Store, vdi: str) -> list[str]:
    """The VDI then its ancestors, leaf first."""
    refs = [vdi]
    parent = parent_of(store, vdi)
    while parent is not None and parent not in refs:
        refs.append(parent)
        parent = parent_of(store, parent)
    return refs


def children_of(store: Store, vdi: str) -> list[str]:
    record = store.get("VDI", vdi)
    return [ref for ref in store.get("SR", record["SR"])["VDIs"]
            if store.get("VDI", ref)["sm_config"].get(PARENT_KEY) == record["uuid"]]


def content_of(store: Store, vdi: str) -> int:
    """Bytes a guest reading the whole disk would find allocated: the chain's data, at most its size."""
    return min(int(store.get("VDI", vdi)["virtual_size"]), sum(data_of(store.get("VDI", r)) for r in chain(store, vdi)))


def _set_data(store: Store, vdi: str, data: int, **changes: Any) -> None:
    record = store.get("VDI", vdi)
    sm_config = {**record["sm_config"], DATA_KEY: str(data), **changes.pop("sm_config", {})}
    store.update("VDI", vdi, {"sm_config": sm_config, **changes})


def _finish(store: Store, sr: str, *vdis: str) -> None:
    for vdi in vdis:
        refresh_vdi(store, vdi)
    refresh_sr(store, sr)


# -- VDI operations ------------------------------------------------------------------------


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


# -- operation rules (xapi_sr_operations, xapi_vdi, xapi_vbd_helpers) -------------------------

SR_CAPABILITY = {"vdi_create": "VDI_CREATE", "vdi_destroy": "VDI_DELETE", "vdi_resize": "VDI_RESIZE",
                 "vdi_introduce": "VDI_INTRODUCE", "vdi_mirror": "VDI_MIRROR", "vdi_snapshot": "VDI_SNAPSHOT",
                 "vdi_clone": "VDI_CLONE", "update": "SR_UPDATE", "vdi_set_on_boot": "VDI_RESET_ON_BOOT/2",
                 "vdi_enable_cbt": "VDI_CONFIG_CBT", "vdi_disable_cbt": "VDI_CONFIG_CBT",
                 "vdi_data_destroy": "VDI_CONFIG_CBT", "vdi_list_changed_blocks": "VDI_CONFIG_CBT"}
SR_OPERATIONS = ("scan", "destroy", "forget", "plug", "unplug", "update", "vdi_create", "vdi_introduce",
                 "vdi_destroy", "vdi_resize", "vdi_clone", "vdi_snapshot", "vdi_mirror", "vdi_enable_cbt",
                 "vdi_disable_cbt", "vdi_data_destroy", "vdi_list_changed_blocks", "vdi_set_on_boot",
                 "pbd_create", "pbd_destroy")

VDI_CAPABILITY = {"destroy": "VDI_DELETE", "resize": "VDI_RESIZE", "update": "VDI_UPDATE", "clone": "VDI_CLONE",
                  "snapshot": "VDI_SNAPSHOT", "generate_config": "VDI_GENERATE_CONFIG", "mirror": "VDI_MIRROR",
                  "set_on_boot": "VDI_RESET_ON_BOOT/2"}
# Operations possible while the VDI is attached to a running guest.
VDI_LIVE = frozenset({"snapshot", "clone", "mirror", "blocked", "resize_online", "enable_cbt", "disable_cbt",
                      "data_destroy"})
# What a running copy lets others do to its source (a copy only reads).
BESIDE_COPY = frozenset({"copy", "clone", "update", "generate_config", "forget"})
VDI_ADVERTISED = ("clone", "copy", "destroy", "forget", "resize", "snapshot", "update")

VBD_OPERATIONS = ("attach", "eject", "insert", "plug", "unplug", "unplug_force", "pause", "unpause")
PLUG_OPS = ("plug", "unplug", "unplug_force")


def _set_allowed(store: Store, cls: str, ref: str, allowed: list[str]) -> None:
    record = store.find(cls, ref)
    if record is not None and record["allowed_operations"] != allowed:
        store.update(cls, ref, {"allowed_operations": allowed})


def check_sr(store: Store, ref: str, op: str) -> None:
    """Raise the first error xapi's SR operation table gives for `op`."""
    sr = store.get("SR", ref)
    capability = SR_CAPABILITY.get(op)
    if capability is not None and not has_capability(store, ref, capability):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", ref)
    if op in ("destroy", "forget") and plugged_pbds(store, ref):
        raise ApiError("SR_HAS_PBD", ref)
    if op == "destroy" and not sr["PBDs"]:
        raise ApiError("SR_HAS_NO_PBDS", ref)
    if op == "destroy" and any(store.get("VDI", v)["managed"] and store.get("VDI", v)["type"] != "rrd"
                               for v in sr["VDIs"]):
        raise ApiError("SR_NOT_EMPTY")
    for task, other in sr["current_operations"].items():
        raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "SR", ref, other, task)


def check_vdi(store: Store, ref: str, op: str) -> None:
    """Raise the first error xapi's VDI operation check gives for `op`."""
    vdi = store.get("VDI", ref)
    if not vdi["managed"]:
        raise ApiError("VDI_NOT_MANAGED", ref)
    for task, other in vdi["current_operations"].items():
        if other == "copy" and op == "snapshot":
            raise ApiError(errors.OPERATION_NOT_ALLOWED, "Snapshot operation not allowed during copy.")
        if other != "copy" or op not in BESIDE_COPY:
            raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VDI", ref, other, task)
    sr = vdi["SR"]
    if op == "resize" and not plugged_pbds(store, sr):
        raise ApiError("SR_HAS_NO_PBDS", sr)
    if op not in VDI_LIVE:
        active = [store.get("VBD", vbd) for vbd in vdi["VBDs"] if store.get("VBD", vbd)["currently_attached"]]
        if op == "copy":  # a copy only needs the disk not to change under it
            active = [vbd for vbd in active if vbd["mode"] == "RW"]
        if active:
            raise ApiError("VDI_IN_USE", ref, op)
    sr_record = store.get("SR", sr)
    if op == "destroy" and sr_record["type"] == "udev":
        raise ApiError("VDI_IS_A_PHYSICAL_DEVICE", ref)
    if op == "destroy" and sr_record["is_tools_sr"]:
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    if op == "snapshot" and vdi["sharable"]:
        raise ApiError("VDI_IS_SHARABLE", ref)
    if op == "snapshot" and vdi["on_boot"] == "reset":
        raise ApiError("VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION")
    if op == "copy" and vdi["type"] in ("ha_statefile", "redo_log"):
        raise ApiError(errors.OPERATION_NOT_ALLOWED,
                       "VDI containing HA statefile or redo log cannot be copied (check the VDI's allowed operations).")
    capability = VDI_CAPABILITY.get(op)
    if capability is not None and not has_capability(store, sr, capability):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)


def vbd_errors(store: Store, ref: str, *, sharing: bool) -> dict[str, ApiError | None]:
    """xapi's VBD operation table: the first error per operation, None when it may run.

    `sharing` adds the RO/RW sharing checks xapi skips when it only refreshes allowed_operations.
    """
    vbd = store.get("VBD", ref)
    table: dict[str, ApiError | None] = dict.fromkeys(VBD_OPERATIONS)

    def refuse(code: str, params: Iterable[object], ops: Iterable[str]) -> None:
        for op in ops:
            if table[op] is None:
                table[op] = ApiError(code, *params)

    current = list(vbd["current_operations"].items())
    if current:
        busy = ["VBD", ref, current[0][1], current[0][0]]
        running = {op for _, op in current}
        refuse(errors.OTHER_OPERATION_IN_PROGRESS, busy, [o for o in VBD_OPERATIONS if o not in ("pause", "unpause")])
        if running - {"pause", "unpause"}:
            refuse(errors.OTHER_OPERATION_IN_PROGRESS, busy, ["pause"])
        if running - {"attach", "pause", "unpause"}:
            refuse(errors.OTHER_OPERATION_IN_PROGRESS, busy, ["unpause"])
    if not vbd["unpluggable"]:
        refuse("VBD_NOT_UNPLUGGABLE", [ref], ["unplug", "unplug_force"])
    if vbd["type"] != "CD":
        refuse("VBD_NOT_REMOVABLE_MEDIA", [ref], ["insert", "eject"])
    if vbd["empty"]:
        refuse("VBD_IS_EMPTY", [ref], ["eject"])
    else:
        refuse("VBD_NOT_EMPTY", [ref], ["insert"])
    vm = store.get("VM", vbd["VM"])
    power = vm["power_state"]
    if power == "Running" and vbd["currently_attached"]:
        refuse("DEVICE_ALREADY_ATTACHED", [ref], ["plug"])
    elif power == "Running":
        refuse("DEVICE_ALREADY_DETACHED", [ref], ["unplug", "unplug_force"])
    else:
        bad = PLUG_OPS if power == "Paused" else (*PLUG_OPS, "pause", "unpause")
        refuse(errors.VM_BAD_POWER_STATE, [vbd["VM"], "running", power.lower()], bad)
    for op in vm["current_operations"].values():
        if op in ("clean_shutdown", "hard_shutdown", "suspend", "pause"):
            refuse(errors.OPERATION_NOT_ALLOWED, [f"Current operation on VM:{vbd['VM']} is {op}"], ["plug", "unplug"])
    if power == "Running" and needs_hvm(vm):
        _hvm_hotplug_rules(store, vm, vbd, refuse)
    if vbd["type"] == "CD" and power == "Suspended":
        refuse(errors.VM_BAD_POWER_STATE, [vbd["VM"], "halted, running", "suspended"], ["insert", "eject"])
    vdi = None if vbd["empty"] else store.find("VDI", vbd["VDI"])
    if vdi is not None:
        if not vdi["managed"]:
            refuse("VDI_NOT_MANAGED", [ref], VBD_OPERATIONS)
        for task, op in vdi["current_operations"].items():
            if op not in ("copy", "mirror"):
                refuse(errors.OTHER_OPERATION_IN_PROGRESS, ["VDI", vbd["VDI"], op, task], ["attach", "plug", "insert"])
        if sharing and not vbd["currently_attached"]:
            _sharing_rules(store, ref, vbd, vdi, refuse)
    return table


def _hvm_hotplug_rules(store: Store, vm: Record, vbd: Record, refuse: Any) -> None:
    metrics = store.find("VM_guest_metrics", vm["guest_metrics"])
    hotplug = metrics["can_use_hotplug_vbd"] if metrics is not None else "unspecified"
    if hotplug == "no":
        refuse(errors.OPERATION_NOT_ALLOWED, ["VM states it does not support VBD hotplug."], PLUG_OPS)
    elif hotplug == "unspecified" and (metrics is None or not metrics["PV_drivers_detected"]):
        refuse("VM_MISSING_PV_DRIVERS", [vbd["VM"]], PLUG_OPS)
    if vbd["type"] == "CD":
        refuse(errors.OPERATION_NOT_ALLOWED, ["HVM CDROMs cannot be hotplugged/unplugged, only inserted or ejected"],
               PLUG_OPS)


def _sharing_rules(store: Store, ref: str, vbd: Record, vdi: Record, refuse: Any) -> None:
    others = []
    for other_ref in vdi["VBDs"]:
        other = store.find("VBD", other_ref)
        if other_ref == ref or other is None:
            continue
        owner = store.find("VM", other["VM"])
        if owner is None or owner["power_state"] == "Suspended" or owner["is_control_domain"]:
            continue
        if other["currently_attached"] or other["current_operations"]:
            others.append(other)
    need_write = vbd["mode"] == "RW"
    if not vdi["sharable"] and (any(o["mode"] == "RW" for o in others) or (need_write and others)):
        refuse("VDI_IN_USE", [vbd["VDI"]], ["attach", "insert", "plug"])
    if need_write and vdi["read_only"]:
        refuse("VDI_READONLY", [vbd["VDI"]], ["attach", "insert", "plug"])


def check_vbd(store: Store, ref: str, op: str) -> None:
    error = vbd_errors(store, ref, sharing=True)[op]
    if error is not None:
        raise error


def _allowed(check: Any, store: Store, ref: str, ops: Iterable[str]) -> list[str]:
    allowed = []
    for op in ops:
        try:
            check(store, ref, op)
        except ApiError:
            continue
        allowed.append(op)
    return allowed


def sr_allowed_operations(store: Store, ref: str) -> list[str]:
    return _allowed(check_sr, store, ref, SR_OPERATIONS)


def refresh_vdi(store: Store, ref: str) -> None:
    if store.find("VDI", ref) is not None:
        _set_allowed(store, "VDI", ref, _allowed(check_vdi, store, ref, VDI_ADVERTISED))


def refresh_vbd(store: Store, ref: str) -> None:
    if store.find("VBD", ref) is None or store.find("VM", store.get("VBD", ref)["VM"]) is None:
        return
    table = vbd_errors(store, ref, sharing=False)
    _set_allowed(store, "VBD", ref, [op for op in VBD_OPERATIONS if table[op] is None])


def refresh_storage(store: Store, cls: str, ref: str) -> None:
    """Recompute the derived storage fields touched by a change to this object."""
    record = store.find(cls, ref)
    if record is None:
        return
    if cls == "SR":
        refresh_sr(store, ref)
    elif cls == "PBD":
        refresh_sr(store, record["SR"])
    elif cls == "VDI":
        refresh_vdi(store, ref)
    elif cls == "VBD":
        refresh_vbd(store, ref)
        refresh_vdi(store, record["VDI"])
    elif cls == "VM":
        for vbd in record["VBDs"]:
            refresh_vbd(store, vbd)
            refresh_vdi(store, store.get("VBD", vbd)["VDI"])
