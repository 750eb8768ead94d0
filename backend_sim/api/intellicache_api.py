"""IntelliCache messages: the host's local cache SR and a VDI's caching and on_boot modes (model/intellicache.py)."""

from __future__ import annotations

from ..errors import ApiError
from ..model import intellicache, storage
from .call import Call
from .registry import api


@api("host.enable_local_storage_caching")
def enable_local_storage_caching(call: Call, host: str, sr: str) -> None:
    intellicache.enable(call.store, host, sr)
    call.ctx.after_operation("host", host)


@api("host.disable_local_storage_caching")
def disable_local_storage_caching(call: Call, host: str) -> None:
    intellicache.disable(call.store, host)
    call.ctx.after_operation("host", host)


@api("VDI.set_allow_caching")
def set_allow_caching(call: Call, self: str, value: bool) -> None:
    call.store.get("VDI", self)  # xapi sets it as it is; it matters at the next boot
    call.store.update("VDI", self, {"allow_caching": value})
    storage.refresh_storage(call.store, "VDI", self)


@api("VDI.set_on_boot")
def set_on_boot(call: Call, self: str, value: str) -> None:
    intellicache.set_on_boot(call.store, self, value)


@api("pool.enable_local_storage_caching")
def pool_enable_local_storage_caching(call: Call, self: str) -> None:
    """As xapi: each host tries its acceptable local SRs; the hosts where none could be enabled are named."""
    call.store.get("pool", self)
    failed = [host for host in sorted(call.store.table("host")) if not _enable_somewhere(call, host)]
    if failed:
        raise ApiError("HOSTS_FAILED_TO_ENABLE_CACHING", *failed)


def _enable_somewhere(call: Call, host: str) -> bool:
    enabled = False
    for pbd_ref in list(call.store.get("host", host)["PBDs"]):
        sr = call.store.get("PBD", pbd_ref)["SR"]
        if call.store.find("SR", sr) is None or not intellicache.can_cache(call.store, sr):
            continue
        try:
            intellicache.enable(call.store, host, sr)
        except ApiError:
            continue
        enabled = True
    if enabled:
        call.ctx.after_operation("host", host)
    return enabled


@api("pool.disable_local_storage_caching")
def pool_disable_local_storage_caching(call: Call, self: str) -> None:
    call.store.get("pool", self)
    failed = []
    for host in sorted(call.store.table("host")):
        try:
            intellicache.disable(call.store, host)
        except ApiError:
            failed.append(host)
            continue
        call.ctx.after_operation("host", host)
    if failed:
        raise ApiError("HOSTS_FAILED_TO_DISABLE_CACHING", *failed)
