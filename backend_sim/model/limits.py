"""Per-VM and per-host limits, enforced with xapi's errors."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from .vmkind import needs_hvm

GiB = 1024**3

MAX_VCPUS = {"pv": 512, "hvm": 256}
MAX_MEMORY = {"pv": 512 * GiB, "hvm": 1024 * GiB}
MAX_PHYSICAL_NICS = 16
MIN_MEMORY = 16 * 1024 * 1024


def kind(vm: dict[str, Any]) -> str:
    return "hvm" if needs_hvm(vm) else "pv"


def check_vcpus(ref: str, vm: dict[str, Any], vcpus_max: int) -> None:
    if vcpus_max > MAX_VCPUS[kind(vm)]:
        raise ApiError("VM_TOO_MANY_VCPUS", ref)


def check_memory(ref: str, vm: dict[str, Any], static_max: int) -> None:
    limit = MAX_MEMORY[kind(vm)]
    if static_max > limit:
        raise ApiError("MEMORY_CONSTRAINT_VIOLATION",
                       f"memory_static_max must not exceed {limit // GiB} GiB for {kind(vm).upper()} guests")
    if static_max < MIN_MEMORY:
        raise ApiError("VM_MEMORY_SIZE_TOO_LOW", ref)
