"""Sizes, SR accounting and VHD chains: what each VDI holds and uses, what the SR has free."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import ApiError
from ...store.store import Record, Store
from .drivers import DATA_KEY, MAX_VHD_SIZE, PARENT_KEY, VHD_BLOCK, Driver, MiB, backend_failure, driver_of

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
