"""Bound field pairs that the server keeps consistent on both sides (xapi's datamodel relations).

Each entry names the "one" side (a ref field that the client or server sets) and the "many" side (a
ref set, or a single ref, on the referenced object) that follows it automatically.
"""

from __future__ import annotations

from typing import NamedTuple


class Relation(NamedTuple):
    cls: str  # the class holding the ref field
    field: str
    target_cls: str  # the class the ref points to
    target_field: str  # the set (or single ref) there that lists back


RELATIONS: tuple[Relation, ...] = (
    Relation("VM", "resident_on", "host", "resident_VMs"),
    Relation("VM", "snapshot_of", "VM", "snapshots"),
    Relation("VM", "parent", "VM", "children"),
    Relation("VM", "appliance", "VM_appliance", "VMs"),
    Relation("VM", "snapshot_schedule", "VMSS", "VMs"),
    Relation("VBD", "VM", "VM", "VBDs"),
    Relation("VBD", "VDI", "VDI", "VBDs"),
    Relation("VIF", "VM", "VM", "VIFs"),
    Relation("VIF", "network", "network", "VIFs"),
    Relation("console", "VM", "VM", "consoles"),
    Relation("VTPM", "VM", "VM", "VTPMs"),
    Relation("VUSB", "VM", "VM", "VUSBs"),
    Relation("VGPU", "VM", "VM", "VGPUs"),
    Relation("VDI", "SR", "SR", "VDIs"),
    Relation("VDI", "snapshot_of", "VDI", "snapshots"),
    Relation("PBD", "SR", "SR", "PBDs"),
    Relation("PBD", "host", "host", "PBDs"),
    Relation("PIF", "host", "host", "PIFs"),
    Relation("PIF", "network", "network", "PIFs"),
    Relation("PIF", "bond_slave_of", "Bond", "slaves"),
    Relation("Bond", "master", "PIF", "bond_master_of"),
    Relation("VLAN", "tagged_PIF", "PIF", "VLAN_slave_of"),
    Relation("VLAN", "untagged_PIF", "PIF", "VLAN_master_of"),
    Relation("tunnel", "access_PIF", "PIF", "tunnel_access_PIF_of"),
    Relation("tunnel", "transport_PIF", "PIF", "tunnel_transport_PIF_of"),
    Relation("host_cpu", "host", "host", "host_CPUs"),
    Relation("host_crashdump", "host", "host", "crashdumps"),
    Relation("host_patch", "host", "host", "patches"),
    Relation("PCI", "host", "host", "PCIs"),
    Relation("PGPU", "host", "host", "PGPUs"),
    Relation("PUSB", "host", "host", "PUSBs"),
    Relation("task", "subtask_of", "task", "subtasks"),
    Relation("Cluster_host", "cluster", "Cluster", "cluster_hosts"),
    Relation("Certificate", "host", "host", "certificates"),
)


def relations_by_source() -> dict[tuple[str, str], list[Relation]]:
    index: dict[tuple[str, str], list[Relation]] = {}
    for relation in RELATIONS:
        index.setdefault((relation.cls, relation.field), []).append(relation)
    return index


def relations_by_class() -> dict[str, list[Relation]]:
    index: dict[str, list[Relation]] = {}
    for relation in RELATIONS:
        index.setdefault(relation.cls, []).append(relation)
    return index
