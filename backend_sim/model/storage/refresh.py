"""Derived storage state: the SR's sums and the allowed_operations of SRs, VDIs and VBDs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...errors import ApiError
from ...store.store import Store
from .accounting import data_of, physical_of
from .drivers import DATA_KEY, DRIVERS
from .rules import SR_OPERATIONS, VBD_OPERATIONS, VDI_ADVERTISED, check_sr, check_vdi, vbd_errors

# -- derived state: the SR sums and allowed_operations ------------------------------------------


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


def _set_allowed(store: Store, cls: str, ref: str, allowed: list[str]) -> None:
    record = store.find(cls, ref)
    if record is not None and record["allowed_operations"] != allowed:
        store.update(cls, ref, {"allowed_operations": allowed})


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
