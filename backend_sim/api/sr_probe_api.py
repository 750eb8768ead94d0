"""SR.probe, SR.probe_ext (what SM finds on the storage servers for a device_config) and SR.introduce
(a known SR back into the pool, without PBDs: the client then runs PBD.create and PBD.plug)."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..model import dr, storage
from ..model.storage import devices
from .call import Call
from .registry import api


def _check(call: Call, host: str, sr_type: str) -> None:
    call.store.get("host", host)
    if sr_type not in storage.DRIVERS:
        raise ApiError("SR_UNKNOWN_DRIVER", sr_type)


@api("SR.probe")
def probe(call: Call, host: str, device_config: dict[str, str], sr_type: str,
          sm_config: dict[str, str] | None = None) -> str:
    _check(call, host, sr_type)
    found, missing, xml = devices.probe(call.store, sr_type, device_config)
    if missing is not None:
        raise missing  # SM answers an incomplete probe with an error that carries what it found
    if (sm_config or {}).get("metadata") == "true" and sr_type in dr.DR_TYPES:
        # Disaster recovery's probe: each SR's names and whether a pool's metadata is on it.
        return dr.probe_xml(call.store, [item.sr_uuid for item in found if item.sr_uuid])
    return xml


@api("SR.probe_ext")
def probe_ext(call: Call, host: str, device_config: dict[str, str], sr_type: str,
              sm_config: dict[str, str] | None = None) -> list[dict[str, Any]]:
    _check(call, host, sr_type)
    return devices.probe_records(call.store, sr_type, device_config)


@api("SR.introduce")
def introduce(call: Call, uuid: str, name_label: str, name_description: str, sr_type: str, content_type: str,
              shared: bool, sm_config: dict[str, str] | None = None) -> str:
    store = call.store
    if uuid in store.by_uuid["SR"]:
        raise ApiError("SR_UUID_EXISTS", uuid)
    if sr_type not in storage.DRIVERS:
        raise ApiError("SR_UNKNOWN_DRIVER", sr_type)
    driver = storage.DRIVERS[sr_type]
    sr = store.create("SR", {
        "uuid": uuid, "name_label": name_label, "name_description": name_description, "type": sr_type,
        "content_type": content_type or driver.content_type, "shared": shared, "physical_size": 0,
        "physical_utilisation": 0, "virtual_allocation": 0, "sm_config": dict(sm_config or {}), "other_config": {},
    })
    storage.refresh_sr(store, sr)
    return sr
