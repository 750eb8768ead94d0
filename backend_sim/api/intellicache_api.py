"""IntelliCache messages: the host's local cache SR and a VDI's caching and on_boot modes (model/intellicache.py)."""

from __future__ import annotations

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
