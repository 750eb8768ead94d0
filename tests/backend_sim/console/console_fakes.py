"""A GuestWorld over plain data and a manual clock, for the guest screens' tests."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import replace
from typing import Any

from backend_sim.clock import SimClock
from backend_sim.console.world import Disk, GiB, HostFacts, MiB, Nic, PoolFacts, VmFacts, VmSummary

START = 1_760_000_000.0


def linux_vm(**changes: Any) -> VmFacts:
    facts = VmFacts(
        ref="OpaqueRef:vm1", uuid="5f0d2c1e-0000-4000-8000-000000000001", name="web01", power_state="Running",
        domid=7, hvm=False, windows=False, os_name="Debian 12", vcpus=2, memory_actual=768 * MiB,
        memory_static_max=1 * GiB, started=START, host_name="xcp-host1", host_uuid="host-uuid-1",
        cpu_model="Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", xen_version="4.17.4",
        disks=(Disk("xvda", "0", 10 * GiB, 3 * GiB, "web01 0"), Disk("xvdd", "3", 0, 0, "", cd=True)),
        nics=(Nic("0", "aa:bb:cc:00:11:22", "10.0.1.23", "xenbr0"),))
    return replace(facts, **changes)


class FakeWorld:
    def __init__(self, *vms: VmFacts) -> None:
        self.clock = SimClock(manual=True, start=START)
        self.vms = {vm.ref: vm for vm in vms}
        self.power_requests: list[tuple[str, str]] = []
        self.progress: list[float] = []
        self.installed: list[tuple[str, str]] = []
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self._changed = asyncio.Event()

    def now(self) -> float:
        return self.clock.now()

    async def sleep(self, seconds: float) -> None:
        await self.clock.sleep(seconds)

    def spawn(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        old = self.tasks.pop(key, None)
        if old is not None:
            old.cancel()
        self.tasks[key] = asyncio.get_running_loop().create_task(work)

    async def changed(self) -> None:
        await self._changed.wait()
        self._changed.clear()

    def vm(self, vm_ref: str) -> VmFacts | None:
        return self.vms.get(vm_ref)

    def pool(self) -> PoolFacts:
        hosts = (HostFacts("host-uuid-1", "xcp-host1", "127.0.0.1", True, True, 64 * GiB, 40 * GiB, 16,
                           "Intel Xeon", "4.17.4", "8.3.0", master=True),)
        vms = tuple(VmSummary(vm.uuid, vm.name, vm.power_state, vm.domid, vm.host_uuid, vm.memory_actual, vm.vcpus,
                              vm.control_domain) for vm in self.vms.values())
        return PoolFacts("Course lab", hosts, vms)

    def power(self, vm_ref: str, operation: str) -> None:
        self.power_requests.append((vm_ref, operation))

    def install_progress(self, vm_ref: str, fraction: float) -> None:
        self.progress.append(fraction)

    def install_finished(self, vm_ref: str, os_name: str) -> None:
        self.installed.append((vm_ref, os_name))

    async def step(self, seconds: float, slices: int = 20) -> None:
        """Move the clock in slices, letting the guest programs run between them."""
        for _ in range(slices):
            self.clock.step(seconds / slices)
            for _ in range(5):
                await asyncio.sleep(0)
