"""Typed reads of the VM fields used all over the model and the api.

`vm_fields.power_state(vm)` instead of `vm["power_state"]`: a misspelt field fails the type check
instead of raising KeyError in one rare path, and a reader sees the field's type. Writes still go
through `store.update`, which validates against the datamodel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

VmRecord = Mapping[str, Any]

HALTED, RUNNING, PAUSED, SUSPENDED = "Halted", "Running", "Paused", "Suspended"


def power_state(vm: VmRecord) -> str:
    return vm["power_state"]


def has_domain(vm: VmRecord) -> bool:
    """Running or paused: a domain exists on `resident_on`."""
    return vm["power_state"] in (RUNNING, PAUSED)


def resident_on(vm: VmRecord) -> str:
    """The host whose Xen runs the domain (NULL_REF when there is none)."""
    return vm["resident_on"]


def is_control_domain(vm: VmRecord) -> bool:
    return bool(vm["is_control_domain"])


def memory_target(vm: VmRecord) -> int:
    """What the balloon driver aims for now (bytes)."""
    return int(vm["memory_target"])


def memory_static_min(vm: VmRecord) -> int:
    return int(vm["memory_static_min"])


def memory_static_max(vm: VmRecord) -> int:
    return int(vm["memory_static_max"])


def memory_dynamic_min(vm: VmRecord) -> int:
    return int(vm["memory_dynamic_min"])


def memory_dynamic_max(vm: VmRecord) -> int:
    return int(vm["memory_dynamic_max"])
