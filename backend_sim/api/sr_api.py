"""SR messages: create (validated per SM driver and against the storage servers, PBDs per host), destroy,
forget, scan, update, get_supported_types and the explicit setters. Probe and introduce: sr_probe_api."""

from __future__ import annotations

from ..errors import ApiError
from ..model import storage
from ..model.storage import devices
from .call import Call
from .registry import api


@api("SR.create")
def create(call: Call, host: str, device_config: dict[str, str], physical_size: int, name_label: str,
           name_description: str, sr_type: str, content_type: str, shared: bool,
           sm_config: dict[str, str] | None = None) -> str:
    store = call.store
    store.get("host", host)
    driver = storage.validate_device_config(sr_type, device_config)
    lun_size = devices.device_for_create(store, sr_type, device_config)
    # SM sizes a block SR from its LUN; file SRs report what the client says (or the driver's default).
    size = lun_size if lun_size is not None else physical_size if physical_size > 0 else driver.default_size
    sr = store.create("SR", {
        "name_label": name_label, "name_description": name_description, "type": sr_type,
        "content_type": content_type or driver.content_type, "shared": shared, "physical_size": size,
        "physical_utilisation": 0, "virtual_allocation": 0, "sm_config": dict(sm_config or {}),
        "other_config": {},
    })
    # xapi: a shared SR gets a PBD on every host of the pool, a local one on the given host only.
    for pbd_host in list(store.table("host")) if shared else [host]:
        store.create("PBD", {"host": pbd_host, "SR": sr, "device_config": dict(device_config),
                             "currently_attached": True})
    devices.record_created(store, sr_type, device_config, store.get("SR", sr)["uuid"])
    storage.refresh_sr(store, sr)
    return sr


def _remove(call: Call, sr: str) -> None:
    """Drop the SR's PBDs, VDIs (with their VBDs, as VDI.destroy does) and the SR itself."""
    store = call.store
    record = store.get("SR", sr)
    for pbd in list(record["PBDs"]):
        store.destroy("PBD", pbd)
    for vdi in list(record["VDIs"]):
        for vbd in list(store.get("VDI", vdi)["VBDs"]):
            storage.destroy_vbd_record(store, vbd)
        store.destroy("VDI", vdi)
    store.destroy("SR", sr)


@api("SR.destroy")
def destroy(call: Call, sr: str) -> None:
    call.store.get("SR", sr)
    storage.check_sr(call.store, sr, "destroy")
    devices.erase(call.store, call.store.get("SR", sr)["uuid"])
    _remove(call, sr)


@api("SR.forget")
def forget(call: Call, sr: str) -> None:
    call.store.get("SR", sr)
    storage.check_sr(call.store, sr, "forget")
    devices.remember(call.store, sr)
    _remove(call, sr)


@api("SR.scan")
def scan(call: Call, sr: str) -> None:
    call.store.get("SR", sr)
    storage.assert_sr_plugged(call.store, sr)
    storage.check_sr(call.store, sr, "scan")
    devices.restore(call.store, sr)
    storage.refresh_sr(call.store, sr)


@api("SR.update")
def update(call: Call, sr: str) -> None:
    call.store.get("SR", sr)
    storage.assert_sr_plugged(call.store, sr)
    storage.check_sr(call.store, sr, "update")
    storage.refresh_sr(call.store, sr)


@api("SR.get_supported_types")
def get_supported_types(call: Call) -> list[str]:
    installed = {record["type"] for record in call.store.table("SM").values()}
    return sorted(installed or storage.DRIVERS)


@api("SR.set_name_label")
def set_name_label(call: Call, sr: str, value: str) -> None:
    call.store.get("SR", sr)
    call.store.update("SR", sr, {"name_label": value})


@api("SR.set_name_description")
def set_name_description(call: Call, sr: str, value: str) -> None:
    call.store.get("SR", sr)
    call.store.update("SR", sr, {"name_description": value})


@api("SR.set_shared")
def set_shared(call: Call, sr: str, value: bool) -> None:
    record = call.store.get("SR", sr)
    if not value and len(record["PBDs"]) > 1:
        raise ApiError("SR_HAS_MULTIPLE_PBDS", *record["PBDs"])
    call.store.update("SR", sr, {"shared": value})


@api("SR.set_physical_size")
def set_physical_size(call: Call, self: str, value: int) -> None:
    call.store.get("SR", self)
    call.store.update("SR", self, {"physical_size": value})
    storage.refresh_sr(call.store, self)
