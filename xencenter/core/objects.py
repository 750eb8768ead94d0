"""Thin read-only views over cache records, computing what the UI needs. No I/O, no Qt.

Records may come over XML-RPC (64-bit ints as strings) or JSON-RPC (numbers); the views smooth that over.
A view is cheap: make one when needed, do not keep it across batches (it reads the record it was given).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .cache import NULL_REF, ObjectCache, Record


def as_int(value: Any, default: int = 0) -> int:
    """An int from a JSON number or an XML-RPC decimal string; `default` when it is neither."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    try:
        return int(str(value).strip())
    except ValueError:
        return default


def as_float(value: Any, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def is_null(ref: Any) -> bool:
    return not isinstance(ref, str) or ref in ("", NULL_REF)


@dataclass(frozen=True)
class XenObject:
    """Common to every view: the ref, the raw record and the cache to follow references in."""

    ref: str
    record: Record
    cache: ObjectCache

    CLASS = ""

    @classmethod
    def lookup(cls, cache: ObjectCache, ref: str) -> Any:
        """The view of `ref`, or None if the cache has no such object of this class."""
        record = cache.get(cls.CLASS, ref)
        return None if record is None else cls(ref, record, cache)

    def field(self, name: str, default: Any = None) -> Any:
        return self.record.get(name, default)

    @property
    def uuid(self) -> str:
        return str(self.record.get("uuid", ""))

    @property
    def name(self) -> str:
        return str(self.record.get("name_label", ""))

    @property
    def description(self) -> str:
        return str(self.record.get("name_description", ""))

    @property
    def allowed_operations(self) -> frozenset[str]:
        return frozenset(str(op) for op in self.record.get("allowed_operations") or ())

    @property
    def current_operations(self) -> Mapping[str, str]:
        ops = self.record.get("current_operations")
        return ops if isinstance(ops, Mapping) else {}

    @property
    def other_config(self) -> Mapping[str, str]:
        config = self.record.get("other_config")
        return config if isinstance(config, Mapping) else {}


@dataclass(frozen=True)
class Host(XenObject):
    CLASS = "host"

    @property
    def enabled(self) -> bool:
        return bool(self.record.get("enabled", True))

    @property
    def in_maintenance_mode(self) -> bool:
        """XenCenter's rule: disabled on purpose (other_config MAINTENANCE_MODE=true)."""
        return self.other_config.get("MAINTENANCE_MODE") == "true"

    @property
    def metrics(self) -> Record | None:
        ref = self.record.get("metrics")
        return None if is_null(ref) else self.cache.get("host_metrics", str(ref))

    @property
    def is_live(self) -> bool:
        metrics = self.metrics
        return bool(metrics.get("live", False)) if metrics is not None else False

    @property
    def memory_total(self) -> int:
        metrics = self.metrics
        return as_int(metrics.get("memory_total")) if metrics is not None else 0

    @property
    def memory_free(self) -> int:
        metrics = self.metrics
        return as_int(metrics.get("memory_free")) if metrics is not None else 0

    @property
    def api_version(self) -> tuple[int, int]:
        return as_int(self.record.get("API_version_major")), as_int(self.record.get("API_version_minor"))

    @property
    def resident_vms(self) -> list[str]:
        return [str(ref) for ref in self.record.get("resident_VMs") or ()]

    @property
    def address(self) -> str:
        return str(self.record.get("address", ""))

    @property
    def power_on_mode(self) -> str:
        return str(self.record.get("power_on_mode", ""))


@dataclass(frozen=True)
class VM(XenObject):
    CLASS = "VM"

    @property
    def power_state(self) -> str:
        return str(self.record.get("power_state", "Halted"))

    @property
    def is_template(self) -> bool:
        return bool(self.record.get("is_a_template", False)) and not self.is_snapshot

    @property
    def is_snapshot(self) -> bool:
        return bool(self.record.get("is_a_snapshot", False))

    @property
    def is_control_domain(self) -> bool:
        return bool(self.record.get("is_control_domain", False))

    @property
    def is_default_template(self) -> bool:
        return self.is_template and self.other_config.get("default_template") == "true"

    @property
    def is_real_vm(self) -> bool:
        """A guest: not a template, snapshot or control domain."""
        return not (self.record.get("is_a_template", False) or self.is_snapshot or self.is_control_domain)

    @property
    def resident_on(self) -> str | None:
        ref = self.record.get("resident_on")
        return None if is_null(ref) else str(ref)

    @property
    def resident_host(self) -> Host | None:
        ref = self.resident_on
        return None if ref is None else Host.lookup(self.cache, ref)

    @property
    def memory_static_max(self) -> int:
        return as_int(self.record.get("memory_static_max"))

    @property
    def memory_dynamic_max(self) -> int:
        return as_int(self.record.get("memory_dynamic_max"))

    @property
    def memory_dynamic_min(self) -> int:
        return as_int(self.record.get("memory_dynamic_min"))

    @property
    def memory_actual(self) -> int:
        """Memory in use now (VM_metrics.memory_actual) for a running VM, else 0."""
        ref = self.record.get("metrics")
        metrics = None if is_null(ref) else self.cache.get("VM_metrics", str(ref))
        return as_int(metrics.get("memory_actual")) if metrics is not None and self.power_state != "Halted" else 0

    @property
    def vcpus(self) -> int:
        return as_int(self.record.get("VCPUs_at_startup"), 1)

    @property
    def vbds(self) -> list[str]:
        return [str(ref) for ref in self.record.get("VBDs") or ()]


@dataclass(frozen=True)
class Pool(XenObject):
    CLASS = "pool"

    @property
    def master(self) -> str | None:
        ref = self.record.get("master")
        return None if is_null(ref) else str(ref)

    @property
    def display_name(self) -> str:
        """A pool without a name is shown by its master's name, as XenCenter does."""
        if self.name:
            return self.name
        master = Host.lookup(self.cache, self.master or "")
        return master.name if master is not None else ""


@dataclass(frozen=True)
class SR(XenObject):
    CLASS = "SR"

    @property
    def physical_size(self) -> int:
        return as_int(self.record.get("physical_size"))

    @property
    def physical_utilisation(self) -> int:
        return as_int(self.record.get("physical_utilisation"))

    @property
    def shared(self) -> bool:
        return bool(self.record.get("shared", False))

    @property
    def type(self) -> str:
        return str(self.record.get("type", ""))


@dataclass(frozen=True)
class Network(XenObject):
    CLASS = "network"


@dataclass(frozen=True)
class VDI(XenObject):
    CLASS = "VDI"


@dataclass(frozen=True)
class Task(XenObject):
    CLASS = "task"

    @property
    def status(self) -> str:
        return str(self.record.get("status", "pending"))

    @property
    def progress(self) -> float:
        return min(1.0, max(0.0, as_float(self.record.get("progress"))))

    @property
    def error_info(self) -> list[str]:
        return [str(item) for item in self.record.get("error_info") or ()]

    @property
    def is_finished(self) -> bool:
        return self.status in ("success", "failure", "cancelled")

    @property
    def is_subtask(self) -> bool:
        return not is_null(self.record.get("subtask_of"))


def the_pool(cache: ObjectCache) -> Pool | None:
    """The pool object (every xapi server has exactly one, even a lone host)."""
    for ref, record in cache.items("pool"):
        return Pool(ref, record, cache)
    return None


def real_vms(cache: ObjectCache) -> list[VM]:
    return [vm for vm in (VM(ref, rec, cache) for ref, rec in cache.items("VM")) if vm.is_real_vm]
