"""host.* messages: time, memory figures and the `sim` plugin that drives the simulation."""

from __future__ import annotations

from ..errors import ApiError
from ..model import sim_plugin
from ..model.memory import host_free_memory
from ..wire.values import DateTime
from . import lessons
from .call import Call
from .registry import api


@api("host.get_servertime")
def get_servertime(call: Call, host: str) -> DateTime:
    call.store.get("host", host)
    return call.ctx.clock.now_datetime()


@api("host.get_server_localtime")
def get_server_localtime(call: Call, host: str) -> DateTime:
    call.store.get("host", host)
    return call.ctx.clock.now_datetime()


@api("host.compute_free_memory")
def compute_free_memory(call: Call, host: str) -> int:
    return host_free_memory(call.store, host)


@api("host.compute_memory_overhead")
def compute_memory_overhead(call: Call, host: str) -> int:
    return int(call.store.get("host", host)["memory_overhead"])


@api("host.call_plugin")
async def call_plugin(call: Call, host: str, plugin: str, fn: str, args: dict[str, str]) -> str:
    call.store.get("host", host)
    if plugin != "sim":
        raise ApiError("XENAPI_MISSING_PLUGIN", plugin)
    if fn in lessons.FUNCTIONS:
        return await lessons.run(call.ctx, fn, args)
    return await sim_plugin.run(call.ctx, host, fn, args)
