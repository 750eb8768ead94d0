"""host.* and VM.* data-source messages over the pool's RRDs (perf.monitor.Monitor).

get_data_sources lists every source the object offers (`enabled` says whether it is recorded);
record_data_source starts recording a non-standard one; query_data_source is its newest reading;
forget_data_source_archives drops what was recorded. A VM that is not running and never ran in
this simulation has no RRD: its list is empty and the others answer VM_BAD_POWER_STATE, as rrdd
has nothing to ask.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

from .. import errors
from ..errors import ApiError
from ..perf.monitor import HOST, VM, UnknownObject, UnknownSource
from .call import Call
from .registry import api

T = TypeVar("T")


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


def _on_rrd(call: Call, cls: str, ref: str, name: str, act: Callable[[str, str, str], T]) -> T:
    """`act(kind, uuid, name)` on the object's RRD, its refusals as xapi words them."""
    kind, uuid = _owner(call, cls, ref)
    try:
        return act(kind, uuid, name)
    except UnknownObject:
        raise _no_rrd(call, ref) from None
    except UnknownSource:
        raise _unknown_source(name) from None


def _register(cls: str) -> None:
    """The four data-source messages of a class (host or VM), each on that class's RRDs."""

    @api(f"{cls}.get_data_sources")
    def get_data_sources(call: Call, ref: str) -> list[dict[str, Any]]:
        return _sources(call, cls, ref)

    @api(f"{cls}.query_data_source")
    def query_data_source(call: Call, ref: str, data_source: str) -> float:
        value = _on_rrd(call, cls, ref, data_source, call.ctx.perf.query)
        return value if math.isfinite(value) else 0.0

    @api(f"{cls}.record_data_source")
    def record_data_source(call: Call, ref: str, data_source: str) -> None:
        _on_rrd(call, cls, ref, data_source, call.ctx.perf.record)

    @api(f"{cls}.forget_data_source_archives")
    def forget_data_source_archives(call: Call, ref: str, data_source: str) -> None:
        _on_rrd(call, cls, ref, data_source, call.ctx.perf.forget)


for _cls in ("host", "VM"):
    _register(_cls)
