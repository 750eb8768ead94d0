"""PBDs: where an SR is attached, and what blocks PBD.unplug."""

from __future__ import annotations

from ...errors import ApiError
from ...store.store import Store
from .. import vm_fields

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
            if vbd_record["currently_attached"] and vm is not None and vm_fields.resident_on(vm) == record["host"]:
                used.append(vdi)
                break
    return used
