"""host.* and VM.* data-source messages over the pool's RRDs (perf.monitor.Monitor).

get_data_sources lists every source the object offers (`enabled` says whether it is recorded);
record_data_source starts recording a non-standard one; query_data_source is its newest reading;
forget_data_source_archives drops what was recorded. A VM that is not running and never ran in
this simulation has no RRD: its list is empty and the others answer VM_BAD_POWER_STATE, as rrdd
has nothing to ask.
"""

from __future__ import annotations

import math
from typing import Any

from .. import errors
from ..errors import ApiError
from ..perf.monitor import HOST, VM, UnknownObject, UnknownSource
from .call import Call
from .registry import api


def _owner(call: Call, cls: str, ref: str) -> tuple[str, str]:
    record = call.store.get(cls, ref)
    return (HOST if cls == "host" else VM), record["uuid"]


def _no_rrd(call: Call, ref: str) -> ApiError:
    state = call.store.get("VM", ref)["power_state"]
    return ApiError(errors.VM_BAD_POWER_STATE, ref, "running", state.lower())


def _unknown_source(name: str) -> ApiError:
    return ApiError(errors.INTERNAL_ERROR, f"Rrdd_error(Invalid_data_source {name!r})")


def _sources(call: Call, cls: str, ref: str) -> list[dict[str, Any]]:
    kind, uuid = _owner(call, cls, ref)
    try:
        return call.ctx.perf.data_sources(kind, uuid)
    except UnknownObject:
        return []


def _query(call: Call, cls: str, ref: str, name: str) -> float:
    kind, uuid = _owner(call, cls, ref)
    try:
        value = call.ctx.perf.query(kind, uuid, name)
    except UnknownObject:
        raise _no_rrd(call, ref) from None
    except UnknownSource:
        raise _unknown_source(name) from None
    return value if math.isfinite(value) else 0.0


def _record(call: Call, cls: str, ref: str, name: str) -> None:
    kind, uuid = _owner(call, cls, ref)
    try:
        call.ctx.perf.record(kind, uuid, name)
    except UnknownObject:
        raise _no_rrd(call, ref) from None
    except UnknownSource:
        raise _unknown_source(name) from None


def _forget(call: Call, cls: str, ref: str, name: str) -> None:
    kind, uuid = _owner(call, cls, ref)
    try:
        call.ctx.perf.forget(kind, uuid, name)
    except UnknownObject:
        raise _no_rrd(call, ref) from None
    except UnknownSource:
        raise _unknown_source(name) from None


@api("host.get_data_sources")
def host_get_data_sources(call: Call, host: str) -> list[dict[str, Any]]:
    return _sources(call, "host", host)


@api("host.query_data_source")
def host_query_data_source(call: Call, host: str, data_source: str) -> float:
    return _query(call, "host", host, data_source)


@api("host.record_data_source")
def host_record_data_source(call: Call, host: str, data_source: str) -> None:
    _record(call, "host", host, data_source)


@api("host.forget_data_source_archives")
def host_forget_data_source_archives(call: Call, host: str, data_source: str) -> None:
    _forget(call, "host", host, data_source)


@api("VM.get_data_sources")
def vm_get_data_sources(call: Call, vm: str) -> list[dict[str, Any]]:
    return _sources(call, "VM", vm)


@api("VM.query_data_source")
def vm_query_data_source(call: Call, vm: str, data_source: str) -> float:
    return _query(call, "VM", vm, data_source)


@api("VM.record_data_source")
def vm_record_data_source(call: Call, vm: str, data_source: str) -> None:
    _record(call, "VM", vm, data_source)


@api("VM.forget_data_source_archives")
def vm_forget_data_source_archives(call: Call, vm: str, data_source: str) -> None:
    _forget(call, "VM", vm, data_source)
