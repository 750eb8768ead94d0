"""IntelliCache: a host caches shared disks on a local file-based SR, and `on_boot=reset` disks forget a run.

As xapi (xapi_host.ml, enable_local_storage_caching): the host must be disabled with no guest running on it
(HOST_NOT_DISABLED, HOST_IN_USE), the SR must be unshared, have exactly one PBD, be of a type whose SM
advertises SR_CACHING (ext, nfs: file-based) or SR_OPERATION_NOT_SUPPORTED, and that PBD must be the host's
(HOST_CANNOT_SEE_SR). Enabling sets host.local_cache_sr and SR.local_cache_enabled (a previous cache SR
is turned off); disabling clears both. The calls are gated by the edition (LICENCE_RESTRICTION).

What the simulator keeps, in the VDI's sm_config (its own bookkeeping, as `sim-data`):
- WARM_KEY: per cache SR, when the VDI was first read through it. The first boot of a caching disk on a host
  fills the cache (its reads still come from the shared SR); later boots read from the local cache.
- RESET_KEY: for an `on_boot=reset` disk, the bytes it held when it was set so; every boot and every
  shutdown puts the disk back there (the guest's writes of a run are lost). The sparse block contents
  (model/storage/blocks.py) are not rolled back: only what the database shows.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from ..wire.values import NULL_REF
from . import editions, hosts, storage
from .storage.accounting import _set_data, data_of, physical_of
from .storage.drivers import DATA_KEY, driver_of

FEATURE = "intellicache"
CAPABILITY = "SR_CACHING"
WARM_KEY = "sim-cache-warm"
RESET_KEY = "sim-reset-data"


def licensed(store: Store) -> None:
    editions.check(store, FEATURE)


def can_cache(store: Store, sr: str) -> bool:
    """xapi's test: unshared, one PBD, an SM with the local caching capability."""
    record = store.get("SR", sr)
    return not record["shared"] and len(record["PBDs"]) == 1 and storage.has_capability(store, sr, CAPABILITY)


def enable(store: Store, host: str, sr: str) -> None:
    licensed(store)
    store.get("host", host)
    store.get("SR", sr)
    hosts.assert_can_go_down(store, host)  # xapi's "bacon mode": disabled, no guest running
    if not can_cache(store, sr):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED")
    pbd = store.get("PBD", store.get("SR", sr)["PBDs"][0])
    if pbd["host"] != host:
        raise ApiError("HOST_CANNOT_SEE_SR", host, sr)
    old = store.get("host", host)["local_cache_sr"]
    if old not in (NULL_REF, sr) and store.find("SR", old) is not None:
        store.update("SR", old, {"local_cache_enabled": False})
    store.update("host", host, {"local_cache_sr": sr})
    store.update("SR", sr, {"local_cache_enabled": True})


def disable(store: Store, host: str) -> None:
    licensed(store)
    store.get("host", host)
    hosts.assert_can_go_down(store, host)
    sr = store.get("host", host)["local_cache_sr"]
    store.update("host", host, {"local_cache_sr": NULL_REF})
    if sr != NULL_REF and store.find("SR", sr) is not None:
        store.update("SR", sr, {"local_cache_enabled": False})


# -- VDI settings ------------------------------------------------------------------------------


def set_on_boot(store: Store, vdi: str, value: str) -> None:
    """xapi's VDI.set_on_boot: the SR must support reset, be plugged, the disk not in use by a running VM."""
    if value not in ("persist", "reset"):
        raise ApiError(errors.INVALID_VALUE, "on_boot", value)
    record = store.get("VDI", vdi)
    sr = record["SR"]
    if not storage.has_capability(store, sr, "VDI_RESET_ON_BOOT/2"):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    storage.assert_sr_plugged(store, sr)
    storage.check_vdi(store, vdi, "set_on_boot")
    sm_config = {k: v for k, v in record["sm_config"].items() if k != RESET_KEY}
    if value == "reset":
        sm_config[RESET_KEY] = str(data_of(record))
    store.update("VDI", vdi, {"on_boot": value, "sm_config": sm_config})
    storage.refresh_storage(store, "VDI", vdi)


def _reset(store: Store, vdi: str) -> None:
    record = store.get("VDI", vdi)
    saved = record["sm_config"].get(RESET_KEY)
    if record["on_boot"] != "reset" or saved is None or int(saved) == data_of(record):
        return
    driver = driver_of(store, record["SR"])
    if driver is None:
        return
    physical = physical_of(driver, {**record, "sm_config": {**record["sm_config"], DATA_KEY: saved}}, int(saved))
    _set_data(store, vdi, int(saved), physical_utilisation=physical)
    storage.refresh_sr(store, record["SR"])


def _disks(store: Store, vm: dict[str, Any]) -> list[str]:
    found = []
    for vbd_ref in vm["VBDs"]:
        vbd = store.find("VBD", vbd_ref)
        if vbd is not None and not vbd["empty"] and vbd["VDI"] != NULL_REF and store.find("VDI", vbd["VDI"]):
            found.append(str(vbd["VDI"]))
    return found


# -- the effect of a boot and a shutdown -------------------------------------------------------------


def _warm(record: dict[str, Any]) -> dict[str, int]:
    text = str(record["sm_config"].get(WARM_KEY, ""))
    pairs = (part.split("=", 1) for part in text.split(",") if "=" in part)
    return {sr: int(when) for sr, when in pairs if when.isdigit()}


def cache_sr_of(store: Store, host: str) -> str:
    """The host's cache SR if caching is on there and the SR is plugged; NULL_REF otherwise."""
    record = store.find("host", host)
    sr = record["local_cache_sr"] if record is not None else NULL_REF
    if sr == NULL_REF or store.find("SR", sr) is None or not storage.plugged_pbds(store, sr):
        return NULL_REF
    return str(sr)


def cached_here(store: Store, vdi: str, host: str) -> bool:
    """Reads of this disk on this host may go through the local cache: a shared disk that allows caching."""
    record = store.get("VDI", vdi)
    sr = store.find("SR", record["SR"])
    return bool(record["allow_caching"]) and sr is not None and bool(sr["shared"]) \
        and cache_sr_of(store, host) != NULL_REF


def domain_up(store: Store, vm_ref: str, host: str, now: float) -> None:
    """A boot: reset disks go back to their saved state; caching disks fill this host's cache."""
    for vdi in _disks(store, store.get("VM", vm_ref)):
        _reset(store, vdi)
        if not cached_here(store, vdi, host):
            continue
        record = store.get("VDI", vdi)
        cache_uuid = store.get("SR", cache_sr_of(store, host))["uuid"]
        warm = _warm(record)
        if cache_uuid not in warm:
            warm[cache_uuid] = int(now)
            text = ",".join(f"{sr}={when}" for sr, when in sorted(warm.items()))
            store.update("VDI", vdi, {"sm_config": {**record["sm_config"], WARM_KEY: text}})


def domain_down(store: Store, vm_ref: str) -> None:
    """A shutdown: the writes of the run on reset disks are gone."""
    for vdi in _disks(store, store.get("VM", vm_ref)):
        _reset(store, vdi)


def read_cache(store: Store, vdi: str, host: str, started_at: float) -> tuple[str, bool]:
    """(uuid of the cache SR serving this disk's reads or "", whether it was warm when the guest booted)."""
    if not cached_here(store, vdi, host):
        return "", False
    cache_uuid = str(store.get("SR", cache_sr_of(store, host))["uuid"])
    since = _warm(store.get("VDI", vdi)).get(cache_uuid)
    return cache_uuid, since is not None and since < started_at


def cache_figures(store: Store, host: str) -> tuple[str, int]:
    """(uuid of the host's cache SR or "", bytes it holds: the disks warmed in it, each at most its SR's size)."""
    sr = cache_sr_of(store, host)
    if sr == NULL_REF:
        return "", 0
    record = store.get("SR", sr)
    uuid = str(record["uuid"])
    held = sum(int(vdi["physical_utilisation"]) for vdi in store.table("VDI").values() if uuid in _warm(vdi))
    return uuid, min(held, int(record["physical_size"]))
