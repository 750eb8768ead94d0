"""Delete VM as XenCenter does it: the UI asks which of the VM's disks and snapshots go too.

`delete_candidates` lists, from the cache, what the dialog offers: the VM's disks (CD drives and ISOs never),
ticked by default when no other VM uses them and they are not shareable; and the VM's snapshots, unticked.
The deletion runs as one Operation: the chosen snapshots (each with its own disks), the VM, then the chosen
disks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..cache import ObjectCache
from ..i18n import LazyText
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem
from .vm import VmCommand, VmVerb

NULL_REF = "OpaqueRef:NULL"


@dataclass(frozen=True)
class DiskChoice:
    vdi: str
    name: str
    size: int
    sr_name: str
    default: bool  # ticked at first: only this VM uses it
    shared_with: tuple[str, ...]  # names of other VMs using the disk


@dataclass(frozen=True)
class SnapshotChoice:
    ref: str
    name: str
    time: str


@dataclass(frozen=True)
class DeleteCandidates:
    disks: tuple[DiskChoice, ...]
    snapshots: tuple[SnapshotChoice, ...]


@dataclass(frozen=True)
class DeleteAnswer:
    vdis: frozenset[str]
    snapshots: frozenset[str]


def disk_vdis(cache: ObjectCache, vm_ref: str) -> list[str]:
    """The VM's disk VDIs (VBDs of type Disk that hold a VDI), in VBD order."""
    out = []
    for vbd_ref in (cache.get("VM", vm_ref) or {}).get("VBDs", []):
        vbd = cache.get("VBD", vbd_ref) or {}
        vdi = str(vbd.get("VDI", NULL_REF))
        if vbd.get("type") == "Disk" and vdi != NULL_REF and cache.get("VDI", vdi) is not None:
            out.append(vdi)
    return out


def delete_candidates(cache: ObjectCache, vm_ref: str) -> DeleteCandidates:
    disks = []
    for vdi in disk_vdis(cache, vm_ref):
        record = cache.get("VDI", vdi) or {}
        users = {str((cache.get("VBD", vbd) or {}).get("VM", "")) for vbd in record.get("VBDs", [])} - {vm_ref}
        others = tuple(sorted(str((cache.get("VM", u) or {}).get("name_label", u)) for u in users if u))
        sr = cache.get("SR", str(record.get("SR", ""))) or {}
        disks.append(DiskChoice(vdi, str(record.get("name_label", vdi)), int(record.get("virtual_size", 0)),
                                str(sr.get("name_label", "")), not others and not record.get("sharable"), others))
    snapshots = []
    for snap in (cache.get("VM", vm_ref) or {}).get("snapshots", []):
        snap_record = cache.get("VM", snap)
        if snap_record is not None:
            snapshots.append(SnapshotChoice(snap, str(snap_record.get("name_label", snap)),
                                            str(snap_record.get("snapshot_time", ""))))
    snapshots.sort(key=lambda s: s.time)
    return DeleteCandidates(tuple(disks), tuple(snapshots))


class DeleteVmCommand(VmCommand):
    """Delete: asks through `CommandUi.ask_delete_vm` which disks and snapshots go with the VM (the dialog is the
    confirmation), then deletes them in one Operation per VM."""

    async def run(self, context: CommandContext) -> None:
        for item in context.selection:
            if self.reason(item, context.argument) is not None:
                continue
            answer = await context.ui.ask_delete_vm(item.ref, item.connection)
            if answer is None:
                continue
            if self.reason(item, context.argument) is not None:  # changed while the dialog was open
                continue
            self._start_delete(context, item, answer)

    def _start_delete(self, context: CommandContext, item: SelectedItem, answer: DeleteAnswer) -> None:
        cache = item.connection.cache
        ref = item.ref
        snapshot_disks = {snap: disk_vdis(cache, snap) for snap in answer.snapshots}
        vdis = sorted(answer.vdis)

        async def job(runner: OperationRunner) -> None:
            steps = max(1, len(answer.snapshots) + 1)
            for index, (snap, disks) in enumerate(sorted(snapshot_disks.items())):
                await runner.run_task("VM.destroy", snap, span=(index / steps, (index + 0.5) / steps))
                for vdi in disks:
                    await runner.run_task("VDI.destroy", vdi, span=((index + 0.5) / steps, (index + 1) / steps))
            start = len(snapshot_disks) / steps
            await runner.run_task("VM.destroy", ref, span=(start, start + 0.5 / steps))
            for vdi in vdis:
                await runner.run_task("VDI.destroy", vdi, span=(start + 0.5 / steps, 1.0))

        context.started.append(context.operations.start(self.title(item), item.connection, [ref], job))


# No `confirmation`: the dialog that chooses the disks and snapshots is the confirmation.
DELETE = VmVerb(id="vm.delete", text=LazyText("Commands", "Delete"), title=LazyText("Commands", "Deleting '{0}'"),
                icon="vm-delete", shortcut="Del", method="VM.destroy", allowed_op="destroy",
                states=frozenset({"Halted", "Suspended"}), templates_ok=True, snapshots_ok=True,
                permissions=("vm.destroy", "vdi.destroy"))


def delete_commands() -> list[Command]:
    return [DeleteVmCommand(DELETE)]
