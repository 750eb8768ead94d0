"""Creating the new VM: the steps Finish (and Quick Create) run as one Operation.

clone the template -> write the chosen disks into other_config:disks and provision them (then grow cloned disks,
and the clone stops being a template) -> name, CPUs, memory, home server, install settings -> network interfaces
-> installation media -> (start). From the clone on, a failure or a cancel destroys the VM and its new disks; once
the media is in, the VM is complete and stays even if starting it fails (the Events pane says why it did not).
"""

from __future__ import annotations

import copy
from typing import Any

from ...cache import NULL_REF
from ...i18n import LazyText, translate
from ...objects import SR, as_int
from ...operation import Operation
from ...operations import OperationList, OperationRunner
from ..plan import PlanRun, Step, start_plan
from .choices import MEDIA_ISO, MEDIA_PHYSICAL, MEDIA_PXE, MEDIA_URL, NewVmChoices
from .template import provision_spec

DEFAULT_MTU = 1500


def destroy_vm(vm: str) -> Any:
    """The undo of the clone: the VM and every disk it has by then (all of them new: clones or provisioned)."""

    async def undo(runner: OperationRunner) -> None:
        vdis = []
        for vbd in await runner.call("VM.get_VBDs", vm):
            record = await runner.call("VBD.get_record", vbd)
            if record.get("type") == "Disk" and record.get("VDI") not in (None, "", NULL_REF):
                vdis.append(record["VDI"])
        await runner.call("VM.destroy", vm)
        for vdi in vdis:
            await runner.call("VDI.destroy", vdi)

    return undo


class Creation:
    """The choices frozen at Finish, and one method per step."""

    def __init__(self, choices: NewVmChoices) -> None:
        self.c = copy.copy(choices)
        self.c.disks = [copy.copy(d) for d in choices.disks]
        self.c.vifs = [copy.copy(v) for v in choices.vifs]
        self.name = choices.name.strip()
        self.vm = ""

    async def clone(self, plan: PlanRun) -> None:
        self.vm = await plan.task("VM.clone", self.c.template, self.name)
        plan.values["vm"] = self.vm
        plan.undo(translate("NewVm", "the new VM '{0}' and its disks").format(self.name), destroy_vm(self.vm))

    async def disks(self, plan: PlanRun) -> None:
        cache = self.c.cache
        new = [(d.device, d.size, SR(d.sr, cache.get("SR", d.sr) or {}, cache).uuid, d.bootable)
               for d in self.c.disks if not d.vdi]
        await plan.call("VM.remove_from_other_config", self.vm, "disks")
        if new:
            await plan.call("VM.add_to_other_config", self.vm, "disks", provision_spec(new))
        await plan.task("VM.provision", self.vm)
        grown = {d.device: d.size for d in self.c.disks if d.vdi and d.size > d.min_size}
        if grown:
            for vbd in await plan.call("VM.get_VBDs", self.vm):
                record = await plan.call("VBD.get_record", vbd)
                if record.get("type") == "Disk" and str(record.get("userdevice")) in grown:
                    await plan.task("VDI.resize", record["VDI"], str(grown[str(record["userdevice"])]))
        await plan.call("VM.set_is_a_template", self.vm, False)

    async def configure(self, plan: PlanRun) -> None:
        vm, c = self.vm, self.c
        await plan.call("VM.set_name_description", self.vm, c.description.strip())
        await plan.call("VM.remove_from_other_config", vm, "default_template")  # a clone of a built-in is not one
        current_max = as_int(await plan.call("VM.get_VCPUs_max", vm), 1)
        if c.vcpus > current_max:
            await plan.call("VM.set_VCPUs_max", vm, str(c.vcpus))
            await plan.call("VM.set_VCPUs_at_startup", vm, str(c.vcpus))
        else:
            await plan.call("VM.set_VCPUs_at_startup", vm, str(c.vcpus))
            await plan.call("VM.set_VCPUs_max", vm, str(c.vcpus))
        await plan.call("VM.remove_from_platform", vm, "cores-per-socket")
        await plan.call("VM.add_to_platform", vm, "cores-per-socket", str(c.cores_per_socket))
        static_min = min(as_int(await plan.call("VM.get_memory_static_min", vm)), c.memory_min)
        await plan.call("VM.set_memory_limits", vm, str(static_min), str(c.memory_max), str(c.memory_min),
                        str(c.memory_max))
        await plan.call("VM.set_affinity", vm, c.home or NULL_REF)
        if c.media == MEDIA_URL:
            await plan.call("VM.remove_from_other_config", vm, "install-repository")
            await plan.call("VM.add_to_other_config", vm, "install-repository", c.url.strip())
        first = {MEDIA_PXE: "n", MEDIA_ISO: "d", MEDIA_PHYSICAL: "d"}.get(c.media)
        info = c.info
        if first is not None and info is not None and info.hvm:  # boot the installer first (BIOS order)
            params = dict(await plan.call("VM.get_HVM_boot_params", vm))
            params["order"] = first + "".join(ch for ch in params.get("order", "cd") if ch != first)
            await plan.call("VM.set_HVM_boot_params", vm, params)

    async def vifs(self, plan: PlanRun) -> None:
        for vif in await plan.call("VM.get_VIFs", self.vm):  # a clone's own NICs give way to the chosen ones
            await plan.call("VIF.destroy", vif)
        for index, choice in enumerate(self.c.vifs):
            await plan.call("VIF.create", {
                "device": str(index), "network": choice.network, "VM": self.vm, "MAC": choice.mac.strip().lower(),
                "MTU": str(DEFAULT_MTU), "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})

    async def media(self, plan: PlanRun) -> None:
        c = self.c
        vdi = c.iso if c.media == MEDIA_ISO else c.drive if c.media == MEDIA_PHYSICAL else ""
        if vdi:
            cd = None
            for vbd in await plan.call("VM.get_VBDs", self.vm):
                record = await plan.call("VBD.get_record", vbd)
                if record.get("type") == "CD":
                    cd = (vbd, record)
            if cd is None:
                await plan.call("VBD.create", {
                    "VM": self.vm, "VDI": vdi, "userdevice": "3", "bootable": True, "mode": "RO", "type": "CD",
                    "empty": False, "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})
            else:
                if not cd[1].get("empty"):
                    await plan.call("VBD.eject", cd[0])
                await plan.call("VBD.insert", cd[0], vdi)
        plan.commit()  # the VM is complete: a failing start must not destroy it

    async def start(self, plan: PlanRun) -> None:
        if self.c.home:
            await plan.task("VM.start_on", self.vm, self.c.home, False, False)
        else:
            await plan.task("VM.start", self.vm, False, False)


def creation_steps(choices: NewVmChoices) -> tuple[Creation, list[Step]]:
    creation = Creation(choices)
    steps = [Step(LazyText("NewVm", "Cloning the template"), creation.clone, 2.0),
             Step(LazyText("NewVm", "Creating the disks"), creation.disks, 3.0),
             Step(LazyText("NewVm", "Setting name, CPUs and memory"), creation.configure, 1.0),
             Step(LazyText("NewVm", "Creating the network interfaces"), creation.vifs, 1.0),
             Step(LazyText("NewVm", "Inserting the installation media"), creation.media, 0.5)]
    if choices.start:
        steps.append(Step(LazyText("NewVm", "Starting the VM"), creation.start, 3.0))
    return creation, steps


def start_creation(operations: OperationList, choices: NewVmChoices, connection: Any) -> Operation:
    """Run the creation as one Operation titled after the new VM (it shows in the Events pane)."""
    _, steps = creation_steps(choices)
    title = translate("NewVm", "Creating VM '{0}'").format(choices.name.strip())
    return start_plan(operations, title, connection, [choices.template], steps)
