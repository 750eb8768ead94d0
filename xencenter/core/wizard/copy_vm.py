"""The Copy VM wizard's logic: name and description, then fast clone (same storage) or full copy to an SR.

A fast clone (`VM.clone`) shares the source's disks copy-on-write on their own SRs; a full copy (`VM.copy`) writes
every disk to the chosen SR, which must have room for them. Finish runs ONE Operation: the copy, then its
description; a failure after the copy removes the copy and its disks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..cache import ObjectCache
from ..connection import Connection
from ..error_sentences import format_bytes
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList, OperationRunner
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

NULL_REF = "OpaqueRef:NULL"


@dataclass
class CopyChoices:
    connection: Connection
    vm: str
    name: str
    description: str = ""
    full_copy: bool = False
    sr: str = ""  # the full copy's target SR


def default_choices(connection: Connection, vm: str) -> CopyChoices:
    record = connection.cache.get("VM", vm) or {}
    name = str(record.get("name_label", vm))
    return CopyChoices(
        connection, vm, translate("CopyVm", "Copy of {0}").format(name), str(record.get("name_description", ""))
    )


def disk_bytes(cache: ObjectCache, vm: str) -> int:
    """What a full copy writes: the virtual size of each of the VM's disks."""
    total = 0
    for vbd in (cache.get("VM", vm) or {}).get("VBDs", []):
        record = cache.get("VBD", vbd) or {}
        vdi = cache.get("VDI", str(record.get("VDI", NULL_REF)))
        if record.get("type") == "Disk" and vdi is not None:
            total += int(vdi.get("virtual_size", 0))
    return total


def sr_free(cache: ObjectCache, sr: str) -> int:
    record = cache.get("SR", sr) or {}
    return int(record.get("physical_size", 0)) - int(record.get("physical_utilisation", 0))


def target_srs(cache: ObjectCache) -> list[tuple[str, str]]:
    """(ref, name) of the SRs a copy can go to: those holding disks (not ISO libraries, not CD drives)."""
    out = [
        (ref, str(record.get("name_label", ref)))
        for ref, record in cache.items("SR")
        if record.get("content_type") not in ("iso", "udev")
        and "vdi_create" in record.get("allowed_operations", ["vdi_create"])
    ]
    return sorted(out, key=lambda item: item[1].lower())


class NamePage(PageLogic[CopyChoices]):
    key = "name"
    title = LazyText("CopyVm", "Name and description")

    def problems(self, state: CopyChoices) -> list[Problem]:
        if not state.name.strip():
            return [Problem("name", translate("CopyVm", "Type a name for the copy."))]
        return []

    def summary(self, state: CopyChoices) -> list[tuple[str, str]]:
        return [
            (translate("CopyVm", "Name"), state.name.strip()),
            (translate("CopyVm", "Description"), state.description or translate("CopyVm", "(none)")),
        ]


class ModePage(PageLogic[CopyChoices]):
    key = "mode"
    title = LazyText("CopyVm", "Copy mode and storage")

    def problems(self, state: CopyChoices) -> list[Problem]:
        cache = state.connection.cache
        record = cache.get("VM", state.vm) or {}
        allowed = set(record.get("allowed_operations", []))
        if not state.full_copy:
            if "clone" not in allowed:
                return [
                    Problem(
                        "mode",
                        translate(
                            "CopyVm", "The server does not allow a fast clone of this VM now; choose a full copy."
                        ),
                    )
                ]
            return []
        if "copy" not in allowed:
            return [Problem("mode", translate("CopyVm", "The server does not allow a full copy of this VM now."))]
        if not state.sr or cache.get("SR", state.sr) is None:
            return [Problem("sr", translate("CopyVm", "Choose the storage repository for the copy."))]
        needed, free = disk_bytes(cache, state.vm), sr_free(cache, state.sr)
        if needed > free:
            return [
                Problem(
                    "sr",
                    translate("CopyVm", "The copy needs {0} but the storage repository has {1} free.").format(
                        format_bytes(needed), format_bytes(free)
                    ),
                )
            ]
        return []

    def summary(self, state: CopyChoices) -> list[tuple[str, str]]:
        if not state.full_copy:
            return [
                (
                    translate("CopyVm", "Mode"),
                    translate("CopyVm", "Fast clone (the disks stay on their storage, shared copy-on-write)"),
                )
            ]
        sr = state.connection.cache.get("SR", state.sr) or {}
        return [
            (translate("CopyVm", "Mode"), translate("CopyVm", "Full copy")),
            (translate("CopyVm", "Storage"), str(sr.get("name_label", state.sr))),
        ]


class SummaryPage(PageLogic[CopyChoices]):
    key = "summary"
    title = LazyText("CopyVm", "Finish")


def copy_pages() -> list[PageLogic[CopyChoices]]:
    return [NamePage(), ModePage(), SummaryPage()]


async def _remove_copy(runner: OperationRunner, vm: str) -> None:
    """Undo: the copy and the disks made for it (a fast clone's disks are its own leaves too)."""
    disks = []
    for vbd in await runner.call("VM.get_VBDs", vm):
        if await runner.call("VBD.get_type", vbd) == "Disk":
            vdi = await runner.call("VBD.get_VDI", vbd)
            if vdi != NULL_REF:
                disks.append(vdi)
    await runner.call("VM.destroy", vm)
    for vdi in disks:
        await runner.call("VDI.destroy", vdi)


def start_copy(operations: OperationList, choices: CopyChoices) -> Operation:
    name, description = choices.name.strip(), choices.description

    async def copy(plan: PlanRun) -> None:
        if choices.full_copy:
            vm = str(await plan.task("VM.copy", choices.vm, name, choices.sr))
        else:
            vm = str(await plan.task("VM.clone", choices.vm, name))
        plan.values["vm"] = vm
        plan.undo(name, lambda runner: _remove_copy(runner, vm))

    async def describe(plan: PlanRun) -> Any:
        await plan.call("VM.set_name_description", plan.values["vm"], description)

    source = (choices.connection.cache.get("VM", choices.vm) or {}).get("name_label", choices.vm)
    title = translate("CopyVm", "Copying '{0}'").format(source)
    steps = [
        Step(
            LazyText("CopyVm", "Copying the VM and its disks")
            if choices.full_copy
            else LazyText("CopyVm", "Cloning the VM"),
            copy,
            10.0,
        ),
        Step(LazyText("CopyVm", "Setting the description"), describe, 0.5),
    ]
    return start_plan(operations, title, choices.connection, [choices.vm], steps)
