"""How the datamodel maps onto xapi's database: table names, column names, what is persisted, bound fields."""

from __future__ import annotations

from functools import cache
from typing import Final

from ..datamodel import CLASSES, FieldDef, lower_names
from ..store.relations import RELATIONS, Relation

# Row attributes that are not fields: the ref (twice in older dumps) and generation counters.
ROW_META: Final = frozenset({"ref", "_ref", "__ctime", "__mtime"})

# Lower-cased table names that differ from our class names by more than case. Matching case-insensitively,
# as XenCenter does, covers every dump seen so far (`Secret` in state4/state5); add renames here.
TABLE_ALIASES: Final[dict[str, str]] = {}

# Tables written without rows (xapi writes a table for every class, persisted or not): the runtime of the
# xapi that wrote the file (sessions, tasks, events), data xapi keeps outside the database (messages),
# rebuilds at start-up (roles) or computes on demand.
NOT_PERSISTED: Final = frozenset({"session", "task", "message", "role", "event", "auth", "data_source", "sr_stat",
                                  "probe_result", "vdi_nbd_server_info"})

# Namespaced fields (`name__label`, `memory__static_max`, ...): the namespaces of the datamodel.
_NAMESPACES: Final = ("name", "memory", "VCPUs", "actions", "PV", "HVM", "API_version", "qos", "io")
# Classes whose fields with those prefixes are plain (pool.name_label, VM_guest_metrics.PV_drivers_version).
_PLAIN_CLASSES: Final = frozenset({"pool", "VM_guest_metrics"})

# One-to-many pairs that the store does not follow but whose "many" side dumps also omit or may hold
# stale: rebuilt from the pointer side after loading, as for RELATIONS (xapi's datamodel relations).
EXTRA_RELATIONS: Final[tuple[Relation, ...]] = (
    Relation("host_patch", "pool_patch", "pool_patch", "host_patches"),
    Relation("crashdump", "VM", "VM", "crash_dumps"),
    Relation("crashdump", "VDI", "VDI", "crash_dumps"),
    Relation("VM", "protection_policy", "VMPP", "VMs"),
    Relation("VM", "snapshot_schedule", "VMSS", "VMs"),
    Relation("SR", "introduced_by", "DR_task", "introduced_SRs"),
    Relation("VDI", "metadata_of_pool", "pool", "metadata_VDIs"),
    Relation("PGPU", "GPU_group", "GPU_group", "PGPUs"),
    Relation("VGPU", "GPU_group", "GPU_group", "VGPUs"),
    Relation("VGPU", "type", "VGPU_type", "VGPUs"),
    Relation("VGPU", "resident_on", "PGPU", "resident_VGPUs"),
    Relation("network_sriov", "physical_PIF", "PIF", "sriov_physical_PIF_of"),
    Relation("network_sriov", "logical_PIF", "PIF", "sriov_logical_PIF_of"),
    Relation("PVS_server", "site", "PVS_site", "servers"),
    Relation("PVS_proxy", "site", "PVS_site", "proxies"),
    Relation("PVS_cache_storage", "site", "PVS_site", "cache_storage"),
    Relation("PUSB", "USB_group", "USB_group", "PUSBs"),
    Relation("VUSB", "USB_group", "USB_group", "VUSBs"),
    Relation("Feature", "host", "host", "features"),
)
ALL_RELATIONS: Final = RELATIONS + EXTRA_RELATIONS


def class_for_table(name: str) -> str | None:
    """Our class for a table name, or None for a table we do not know."""
    key = name.lower()
    return lower_names.get(key) or TABLE_ALIASES.get(key)


@cache
def field_for_column(cls: str, column: str) -> FieldDef | None:
    """The field a column holds (`name__label` -> name_label), or None for a column we do not know."""
    return CLASSES[cls].fields.get(column.replace("__", "_"))


@cache
def column_for_field(cls: str, field: str) -> str:
    """The column name xapi gives a field: namespaced fields get `__` after the namespace."""
    if cls not in _PLAIN_CLASSES:
        for namespace in _NAMESPACES:
            if field.startswith(namespace + "_"):
                return namespace + "__" + field[len(namespace) + 1 :]
    return field

