"""Importing an OVF or OVA package into a pool, as the steps of one Operation: a VM made from the descriptor (HVM,
its CPUs and memory), a disk per package disk on the chosen SR whose contents stream to xapi's `PUT
/import_raw_vdi` (raw bytes, decoded from the package's format in a worker thread chunk by chunk), a NIC per
package NIC on the network mapped to it. Everything made is removed again if a later step fails or the user
cancels (the plan's rollback)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from .connection import Connection
from .i18n import LazyText, translate
from .operation import Operation
from .operations import OperationList
from .ovf import OvfDisk, OvfPackage, disk_file, raw_chunks
from .wizard.plan import PlanRun, Step, start_plan
from .xenapi.errors import NotLoggedIn
from .xva import TransferError

NULL_REF = "OpaqueRef:NULL"


def vm_record(package: OvfPackage) -> dict[str, Any]:
    """VM.create's record for the package's virtual system (an HVM guest booting from its first disk)."""
    memory = str(package.memory)
    return {
        "name_label": package.name, "name_description": package.description, "user_version": "1",
        "is_a_template": False, "affinity": NULL_REF,
        "memory_static_max": memory, "memory_dynamic_max": memory, "memory_dynamic_min": memory,
        "memory_static_min": memory, "VCPUs_params": {}, "VCPUs_max": str(package.vcpus),
        "VCPUs_at_startup": str(package.vcpus), "actions_after_shutdown": "destroy",
        "actions_after_reboot": "restart", "actions_after_crash": "restart", "PV_bootloader": "",
        "PV_kernel": "", "PV_ramdisk": "", "PV_args": "", "PV_bootloader_args": "", "PV_legacy_args": "",
        "HVM_boot_policy": "BIOS order", "HVM_boot_params": {"order": "cd"},
        "platform": {"acpi": "1", "apic": "true", "pae": "true", "nx": "true", "viridian": "true"},
        "PCI_bus": "", "other_config": {"import_source": package.path.name}, "recommendations": "",
        "domain_type": "hvm",
    }


async def _chunks(package: OvfPackage, disk: OvfDisk, progress: Callable[[int], None]) -> AsyncIterator[bytes]:
    """The disk's raw contents, decoded a chunk at a time off the GUI thread."""
    with disk_file(package, disk) as handle:
        source: Iterator[bytes] = raw_chunks(handle, disk.capacity)
        sent = 0
        while True:
            chunk = await asyncio.to_thread(next, source, b"")
            if not chunk:
                return
            sent += len(chunk)
            progress(sent)
            yield chunk


async def upload_disk(connection: Connection, vdi: str, package: OvfPackage, disk: OvfDisk,
                      progress: Callable[[int], None]) -> None:
    client = connection.client
    if client is None:
        raise NotLoggedIn("not connected")
    task = str(await client.call("task.create", f"Import of {disk.href}", ""))
    try:
        params = {"vdi": vdi, "format": "raw", "task_id": task}
        async with client.stream("PUT", "/import_raw_vdi", params, content=_chunks(package, disk, progress),
                                 timeout=120.0) as response:
            body = await response.aread()
            if response.status_code != 200:
                text = body.decode("utf-8", "replace").strip()[:400]
                raise TransferError(QCoreApplication.translate(
                    "Xva", "The server refused the transfer (HTTP {0}): {1}").format(response.status_code, text))
    finally:
        try:
            await client.call("task.destroy", task)
        except Exception:  # gone already: the server forgets it anyway
            pass


def start_ovf_import(operations: OperationList, connection: Connection, package: OvfPackage, sr: str,
                     networks: dict[int, str], start: bool) -> Operation:
    """One Operation: the VM, each disk (created, filled, attached), each NIC, then (if asked) the start."""
    total = max(1, package.capacity)
    done: dict[str, int] = {}

    async def make_vm(plan: PlanRun) -> None:
        vm = str(await plan.call("VM.create", vm_record(package)))
        plan.values["vm"] = vm
        plan.undo(package.name, lambda runner: runner.call("VM.destroy", vm))

    def disk_step(number: int, disk: OvfDisk) -> Step:
        async def work(plan: PlanRun) -> None:
            record = {"SR": sr, "virtual_size": str(disk.capacity), "type": "user", "sharable": False,
                      "read_only": False, "other_config": {}, "xenstore_data": {}, "sm_config": {}, "tags": [],
                      "name_label": f"{package.name} {number}", "name_description": disk.href}
            vdi = str(await plan.call("VDI.create", record))
            plan.undo(disk.href, lambda runner: runner.call("VDI.destroy", vdi))
            low, high = plan.span

            def moved(count: int) -> None:
                done[disk.disk_id] = count
                plan.runner.set_progress(low + (high - low) * min(1.0, count / max(1, disk.capacity)))

            await upload_disk(plan.connection, vdi, package, disk, moved)
            await plan.call("VBD.create", {
                "VM": plan.values["vm"], "VDI": vdi, "userdevice": str(number), "bootable": number == 0,
                "mode": "RW", "type": "Disk", "unpluggable": False, "empty": False, "other_config": {},
                "qos_algorithm_type": "", "qos_algorithm_params": {}})

        return Step(translate("OvfImport", "Importing disk {0} of {1}").format(number + 1, len(package.disks)),
                    work, 1.0 + 20.0 * disk.capacity / total)

    async def nics(plan: PlanRun) -> None:
        for device, network in sorted(networks.items()):
            await plan.call("VIF.create", {"device": str(device), "network": network, "VM": plan.values["vm"],
                                           "MAC": "", "MTU": "1500", "other_config": {},
                                           "qos_algorithm_type": "", "qos_algorithm_params": {}})

    async def boot(plan: PlanRun) -> None:
        await plan.task("VM.start", plan.values["vm"], False, False)

    steps = [Step(LazyText("OvfImport", "Creating the VM"), make_vm, 0.5)]
    steps += [disk_step(number, disk) for number, disk in enumerate(package.disks)]
    steps.append(Step(LazyText("OvfImport", "Connecting its network interfaces"), nics, 0.5))
    if start:
        steps.append(Step(LazyText("OvfImport", "Starting the VM"), boot, 2.0))
    title = translate("OvfImport", "Importing {0}").format(package.path.name)
    return start_plan(operations, title, connection, [], steps)
