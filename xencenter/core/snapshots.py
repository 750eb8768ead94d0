"""A VM's snapshots as the Snapshots tab shows them, read from the cache (no widgets): the tree they form, where the
VM's current state hangs ("Now"), what kind each is, the space their disks take per SR, and the console thumbnail
taken with a snapshot.

xapi's fields: a snapshot's `snapshot_of` is its VM, `parent` the snapshot it was taken after (`children` the other
way); the VM's own `parent` is the snapshot its current state grew from. A checkpoint (disks and memory) is a
snapshot whose `power_state` is Suspended, with a `suspend_VDI`. Scheduled snapshots (VM protection policies) carry
`is_snapshot_from_vmpp` or a `snapshot_schedule`.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from .cache import NULL_REF
from .timetext import parse_xapi_time

# A small PNG of the VM's console when the snapshot was taken, base64 in the snapshot's other_config (every client
# of the pool sees it; the console keeps it under THUMBNAIL_MAX_BYTES so records stay small).
THUMBNAIL_KEY = "XenCenter.SnapshotThumbnail"
THUMBNAIL_WIDTH = 240
THUMBNAIL_MAX_BYTES = 48 * 1024
NOW = "now"  # the key of the "you are here" node


class Reader(Protocol):
    def get(self, cls: str, ref: str) -> Mapping[str, Any] | None: ...


def _null(ref: Any) -> bool:
    return not isinstance(ref, str) or ref in ("", NULL_REF)


@dataclass(frozen=True)
class SnapshotInfo:
    ref: str
    name: str
    description: str
    taken: datetime | None
    with_memory: bool  # a checkpoint
    scheduled: bool  # taken by a VM protection policy
    size: int  # bytes its disks take on their SRs
    has_thumbnail: bool


@dataclass(frozen=True)
class TreeNode:
    """A snapshot, or the VM's current state (key NOW), with what grew from it, oldest first."""

    key: str
    snapshot: SnapshotInfo | None
    children: tuple[TreeNode, ...] = field(default=())


def snapshot_disks(cache: Reader, snapshot: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """(VDI ref, VDI record) of a snapshot's disks, and its memory image if it is a checkpoint."""
    found: list[tuple[str, Mapping[str, Any]]] = []
    for vbd_ref in snapshot.get("VBDs", []) or []:
        vbd = cache.get("VBD", str(vbd_ref))
        if vbd is None or vbd.get("type") != "Disk" or _null(vbd.get("VDI")):
            continue
        vdi = cache.get("VDI", str(vbd["VDI"]))
        if vdi is not None:
            found.append((str(vbd["VDI"]), vdi))
    suspend = snapshot.get("suspend_VDI")
    if not _null(suspend):
        vdi = cache.get("VDI", str(suspend))
        if vdi is not None:
            found.append((str(suspend), vdi))
    return found


def info(cache: Reader, ref: str) -> SnapshotInfo | None:
    record = cache.get("VM", ref)
    if record is None or not record.get("is_a_snapshot"):
        return None
    size = sum(int(vdi.get("physical_utilisation", 0) or 0) for _, vdi in snapshot_disks(cache, record))
    config = record.get("other_config") or {}
    scheduled = bool(record.get("is_snapshot_from_vmpp")) or not _null(record.get("snapshot_schedule"))
    return SnapshotInfo(ref, str(record.get("name_label", "")), str(record.get("name_description", "")),
                        parse_xapi_time(record.get("snapshot_time")), record.get("power_state") == "Suspended",
                        scheduled, size, bool(config.get(THUMBNAIL_KEY)))


def snapshots_of(cache: Reader, vm: str) -> list[SnapshotInfo]:
    """The VM's snapshots, oldest first."""
    record = cache.get("VM", vm)
    found = [info(cache, str(ref)) for ref in (record or {}).get("snapshots", []) or []]
    return sorted((s for s in found if s is not None), key=lambda s: (s.taken or datetime.min, s.name, s.ref))


def tree(cache: Reader, vm: str) -> tuple[TreeNode, ...]:
    """The snapshots as a forest by `parent`, with the NOW node under the snapshot the VM's state grew from (at the
    top when there is none, or it was deleted)."""
    record = cache.get("VM", vm) or {}
    snapshots = {s.ref: s for s in snapshots_of(cache, vm)}
    below: dict[str, list[str]] = {}
    for ref in snapshots:
        parent = (cache.get("VM", ref) or {}).get("parent")
        below.setdefault(str(parent) if not _null(parent) and parent in snapshots else "", []).append(ref)
    here = record.get("parent")
    now_under = str(here) if not _null(here) and here in snapshots else ""

    def grow(key: str) -> tuple[TreeNode, ...]:
        nodes = [TreeNode(ref, snapshots[ref], grow(ref)) for ref in below.get(key, [])]
        if key == now_under:
            nodes.append(TreeNode(NOW, None))
        return tuple(nodes)

    return grow("")


def usage_by_sr(cache: Reader, vm: str) -> list[tuple[str, int]]:
    """(SR name, bytes) the VM's snapshots take on each SR, largest first."""
    totals: dict[str, int] = {}
    for snapshot in snapshots_of(cache, vm):
        record = cache.get("VM", snapshot.ref) or {}
        for _, vdi in snapshot_disks(cache, record):
            sr = cache.get("SR", str(vdi.get("SR", "")))
            name = str(sr.get("name_label", "")) if sr is not None else ""
            totals[name] = totals.get(name, 0) + int(vdi.get("physical_utilisation", 0) or 0)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def thumbnail_png(cache: Reader, snapshot: str) -> bytes | None:
    """The PNG kept with the snapshot, or None (none taken, or not readable)."""
    record = cache.get("VM", snapshot) or {}
    encoded = (record.get("other_config") or {}).get(THUMBNAIL_KEY)
    if not encoded:
        return None
    try:
        data = base64.b64decode(str(encoded), validate=True)
    except ValueError:
        return None
    return data if data.startswith(b"\x89PNG\r\n\x1a\n") else None


def encode_thumbnail(png: bytes) -> str | None:
    """The other_config value for a thumbnail, or None when it is too large to keep in a record."""
    encoded = base64.b64encode(png).decode("ascii")
    return encoded if len(encoded) <= THUMBNAIL_MAX_BYTES else None
