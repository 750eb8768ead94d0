"""Turning a snapshot of a dead xapi into a live pool: runtime state reset, upgrades, missing metrics.

The dumps froze a moment of a running pool. Operations in progress belonged to tasks that are gone;
guests that ran stay running where their host exists; hosts whose metrics row is missing (older xapi did
not persist it) get one, since without it a host counts as offline.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

from ..datamodel import CLASSES, field_default
from ..wire.values import NULL_REF
from .reader import Loaded
from .report import LoadReport

GiB: Final = 1024**3
LIVE_STATES: Final = ("Running", "Paused")


def make_live(loaded: Loaded, report: LoadReport) -> None:
    records = loaded.records
    _clear_current_operations(records, report)
    _settle_power_states(records, report)
    _upgrade_domain_type(records, report)
    _host_metrics(loaded, report)


def _clear_current_operations(records: dict[str, dict[str, dict[str, Any]]], report: LoadReport) -> None:
    for cls, rows in records.items():
        if "current_operations" not in CLASSES[cls].fields:
            continue
        for row in rows.values():
            if row["current_operations"]:
                row["current_operations"] = {}
                report.fixes["current_operations cleared"] += 1


def _settle_power_states(records: dict[str, dict[str, dict[str, Any]]], report: LoadReport) -> None:
    """A running VM needs its host; a VM that is not running is resident nowhere (xapi's invariant)."""
    hosts = records.get("host", {})
    for row in records.get("VM", {}).values():
        if row["power_state"] in LIVE_STATES:
            if row["resident_on"] not in hosts:
                row.update(power_state="Halted", resident_on=NULL_REF, domid=-1)
                report.fixes["VMs halted (host missing)"] += 1
        elif row["resident_on"] != NULL_REF:
            row["resident_on"] = NULL_REF
            report.fixes["resident_on cleared (VM not running)"] += 1
        if row["scheduled_to_be_resident_on"] != NULL_REF:
            row["scheduled_to_be_resident_on"] = NULL_REF  # a start that died with the old xapi
            report.fixes["scheduled_to_be_resident_on cleared"] += 1


def _upgrade_domain_type(records: dict[str, dict[str, dict[str, Any]]], report: LoadReport) -> None:
    """xapi's own upgrade rule for dumps older than VM.domain_type: HVM if it has an HVM boot policy."""
    for row in records.get("VM", {}).values():
        if row["domain_type"] == "unspecified":
            row["domain_type"] = "hvm" if row["HVM_boot_policy"] else "pv"
            report.fixes["VM.domain_type upgraded"] += 1


def _placeholder_uuid(ref: str, role: str) -> str:
    # Derived from the owner, not random: loading the same file twice gives the same rows.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"xapi-sim:{role}:{ref}"))


def _host_metrics(loaded: Loaded, report: LoadReport) -> None:
    records = loaded.records
    metrics = records.setdefault("host_metrics", {})
    for host_ref, host in records.get("host", {}).items():
        if host["metrics"] in metrics:
            continue
        ref = host["metrics"]
        if ref == NULL_REF:
            ref = "OpaqueRef:" + _placeholder_uuid(host_ref, "host_metrics-ref")
        row = {name: field_default(f) for name, f in CLASSES["host_metrics"].fields.items()}
        total, free = _estimate_memory(loaded, host_ref)
        row.update(uuid=_placeholder_uuid(host_ref, "host_metrics"), memory_total=total, memory_free=free,
                   live=True)
        metrics[ref] = row
        host["metrics"] = ref
        report.placeholders["host_metrics"] += 1


def _estimate_memory(loaded: Loaded, host_ref: str) -> tuple[int, int]:
    """Total and free memory of a host whose metrics were not saved.

    Older xapi kept `boot_free_mem`, the memory free once Xen and dom0 had booted: total is that plus
    dom0 and Xen's overhead. Without it, the residents' footprint plus 1 GiB.
    """
    host = loaded.records["host"][host_ref]
    overhead = _int(host.get("memory_overhead"))
    residents = [vm for vm in loaded.records.get("VM", {}).values() if vm["resident_on"] == host_ref]
    used = overhead + sum(_int(vm["memory_target"]) + _int(vm["memory_overhead"]) for vm in residents)
    boot_free = _int(loaded.dropped_columns.get(host_ref, {}).get("boot_free_mem"))
    if boot_free > 0:
        dom0 = sum(_int(vm["memory_target"]) + _int(vm["memory_overhead"])
                   for vm in residents if vm["is_control_domain"])
        total = boot_free + dom0 + overhead
    else:
        total = used + GiB
    total = max(total, used)
    return total, total - used


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
