"""Snapshot verbs: Take Snapshot (disk only or with memory), Revert To (optionally taking a snapshot of the current
state first) and Delete Snapshot, each a Command that says why it cannot run, each running as one Operation.

Take Snapshot asks through `CommandUi.ask_snapshot` (name, description, with memory or not); Revert To asks through
`CommandUi.ask_revert` (the warning about losing the current state, with "Take a snapshot of the current state
first"). Delete Snapshot removes the snapshots chosen (several at once) and their disks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import snapshot_thumbnail
from ..i18n import LazyText
from ..objects import VM
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem
from .vm import VmCommand, VmVerb
from .vm_delete import disk_vdis


@dataclass(frozen=True)
class SnapshotRequest:
    name: str
    description: str
    with_memory: bool  # a checkpoint (VM.checkpoint) of a running VM: disks and memory


@dataclass(frozen=True)
class RevertAnswer:
    snapshot_first: bool  # take a snapshot of the current state before reverting
    name: str = ""  # that snapshot's name


async def take_snapshot(runner: OperationRunner, vm: str, request: SnapshotRequest,
                        span: tuple[float, float] = (0.0, 1.0)) -> str:
    picture = await snapshot_thumbnail.capture(runner.connection, vm)  # the screen as it is now
    method = "VM.checkpoint" if request.with_memory else "VM.snapshot"
    snapshot = str(await runner.run_task(method, vm, request.name, span=span))
    if request.description:
        await runner.call("VM.set_name_description", snapshot, request.description)
    if picture is not None:
        await snapshot_thumbnail.attach(runner.connection, snapshot, picture)
    return snapshot


class TakeSnapshotCommand(VmCommand):
    async def run(self, context: CommandContext) -> None:
        item = next((i for i in context.selection if self.reason(i) is None), None)
        if item is None:
            return
        request = await context.ui.ask_snapshot(item.ref, item.connection)
        if request is None or self.reason(item) is not None:
            return
        vm = VM.lookup(item.connection.cache, item.ref)
        if request.with_memory and (vm is None or "checkpoint" not in vm.allowed_operations):
            return  # the dialog offers memory only when xapi allows a checkpoint; the state changed meanwhile
        ref = item.ref

        async def job(runner: OperationRunner) -> Any:
            return await take_snapshot(runner, ref, request)

        context.started.append(context.operations.start(self.title(item), item.connection, [ref], job))


class RevertCommand(VmCommand):
    """Revert To: on one snapshot whose VM still exists."""

    def extra_reason(self, item: SelectedItem, vm: VM, argument: Any) -> str | None:
        source = str(vm.record.get("snapshot_of", ""))
        if item.connection.cache.get("VM", source) is None:
            return QCoreApplication.translate("Commands", "The VM of this snapshot no longer exists.")
        return None

    def object_reason(self, vm: VM, item: SelectedItem, argument: Any) -> str | None:
        if not vm.is_snapshot:
            return QCoreApplication.translate("Commands", "Select a snapshot.")
        return super().object_reason(vm, item, argument)

    async def run(self, context: CommandContext) -> None:
        item = next((i for i in context.selection if self.reason(i) is None), None)
        if item is None:
            return
        answer = await context.ui.ask_revert(item.ref, item.connection)
        if answer is None or self.reason(item) is not None:
            return
        snapshot = item.ref
        record = item.connection.cache.get("VM", snapshot) or {}
        source = str(record.get("snapshot_of", ""))

        async def job(runner: OperationRunner) -> Any:
            if answer.snapshot_first:
                await take_snapshot(runner, source, SnapshotRequest(answer.name, "", False), span=(0.0, 0.5))
            await runner.run_task("VM.revert", snapshot, span=(0.5 if answer.snapshot_first else 0.0, 1.0))

        context.started.append(context.operations.start(self.title(item), item.connection, [source, snapshot], job))


class DeleteSnapshotsCommand(VmCommand):
    """Delete Snapshot: every selected snapshot, with its disks (confirmed first by the registry)."""

    def object_reason(self, vm: VM, item: SelectedItem, argument: Any) -> str | None:
        if not vm.is_snapshot:
            return QCoreApplication.translate("Commands", "Select one or more snapshots.")
        return super().object_reason(vm, item, argument)

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        disks = disk_vdis(runner.connection.cache, ref)
        await runner.run_task("VM.destroy", ref, span=(0.0, 0.5))
        for vdi in disks:
            await runner.call("VDI.destroy", vdi)


class SnapshotPropertiesCommand(VmCommand):
    """Properties: a snapshot's name and description, whatever state it is in."""

    def object_reason(self, vm: VM, item: SelectedItem, argument: Any) -> str | None:
        if not vm.is_snapshot:
            return QCoreApplication.translate("Commands", "Select a snapshot.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = next((i for i in context.selection if self.reason(i) is None), None)
        if item is None:
            return
        answer = await context.ui.ask_snapshot_text(item.ref, item.connection, "properties")
        if answer is None or self.reason(item) is not None:
            return
        ref = item.ref

        async def job(runner: OperationRunner) -> Any:
            await runner.call("VM.set_name_label", ref, answer.name)
            await runner.call("VM.set_name_description", ref, answer.description)

        context.started.append(context.operations.start(self.title(item), item.connection, [ref], job))


class SaveAsTemplateCommand(VmCommand):
    """New Template from Snapshot: a clone of the snapshot, named by the user, kept as a template."""

    def object_reason(self, vm: VM, item: SelectedItem, argument: Any) -> str | None:
        if not vm.is_snapshot:
            return QCoreApplication.translate("Commands", "Select a snapshot.")
        return super().object_reason(vm, item, argument)

    async def run(self, context: CommandContext) -> None:
        item = next((i for i in context.selection if self.reason(i) is None), None)
        if item is None:
            return
        answer = await context.ui.ask_snapshot_text(item.ref, item.connection, "template")
        if answer is None or self.reason(item) is not None:
            return
        ref = item.ref

        async def job(runner: OperationRunner) -> Any:
            template = str(await runner.run_task("VM.clone", ref, answer.name, span=(0.0, 0.9)))
            await runner.call("VM.set_name_description", template, answer.description)
            if not await runner.call("VM.get_is_a_template", template):
                await runner.call("VM.set_is_a_template", template, True)
            return template

        context.started.append(context.operations.start(self.title(item), item.connection, [ref], job))


ANY_STATE = frozenset({"Halted", "Running", "Suspended", "Paused"})

TAKE_SNAPSHOT = VmVerb(id="vm.take_snapshot", text=LazyText("Commands", "Take Snapshot..."),
                       title=LazyText("Commands", "Snapshotting '{0}'"), icon="snapshot", method="VM.snapshot",
                       allowed_op="snapshot", states=ANY_STATE,
                       permissions=("vm.snapshot", "vm.set_name_description"))
REVERT = VmVerb(id="snapshot.revert", text=LazyText("Commands", "Revert To..."),
                title=LazyText("Commands", "Reverting to '{0}'"), icon="snapshot", method="VM.revert",
                allowed_op="revert", states=ANY_STATE, snapshots_ok=True,
                permissions=("vm.revert", "vm.snapshot"))
DELETE_SNAPSHOTS = VmVerb(id="snapshot.delete", text=LazyText("Commands", "Delete Snapshot"),
                          title=LazyText("Commands", "Deleting snapshot '{0}'"), icon="vm-delete",
                          method="VM.destroy", allowed_op="destroy", states=ANY_STATE, snapshots_ok=True,
                          permissions=("vm.destroy", "vdi.destroy"),
                          confirmation=LazyText("Commands", "Delete the snapshots {0} and their disks? This cannot "
                                                            "be undone."))


PROPERTIES = VmVerb(id="snapshot.properties", text=LazyText("Commands", "Properties..."),
                    title=LazyText("Commands", "Renaming snapshot '{0}'"), icon="snapshot", method="VM.set_name_label",
                    allowed_op="", states=ANY_STATE, snapshots_ok=True,
                    permissions=("vm.set_name_label", "vm.set_name_description"))
SAVE_AS_TEMPLATE = VmVerb(id="snapshot.save_as_template", text=LazyText("Commands", "Save as Template..."),
                          title=LazyText("Commands", "Making a template from snapshot '{0}'"), icon="snapshot",
                          method="VM.clone", allowed_op="clone", states=ANY_STATE, snapshots_ok=True,
                          permissions=("vm.clone", "vm.set_name_description", "vm.set_is_a_template"))


def snapshot_commands() -> list[Command]:
    return [TakeSnapshotCommand(TAKE_SNAPSHOT), RevertCommand(REVERT), DeleteSnapshotsCommand(DELETE_SNAPSHOTS),
            SnapshotPropertiesCommand(PROPERTIES), SaveAsTemplateCommand(SAVE_AS_TEMPLATE)]
