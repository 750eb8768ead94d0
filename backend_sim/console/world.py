"""What a guest screen may know and do: facts about its VM and the pool, and a few requests.

The console package reads the pool only through `GuestWorld`; the server side implements it over
the simulated pool (consoles.py beside xapi.py), a test over plain data.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, Protocol

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class Disk:
    device: str  # xvda, hda...
    userdevice: str
    size: int
    used: int
    name: str  # the VDI's name, or the ISO's in a CD drive
    cd: bool = False
    read_only: bool = False
    sr: str = ""


@dataclass(frozen=True)
class Nic:
    device: str  # "0" -> eth0
    mac: str
    ip: str
    bridge: str
    mtu: int = 1500


@dataclass(frozen=True)
class VmFacts:
    ref: str
    uuid: str
    name: str
    power_state: str
    domid: int
    hvm: bool
    windows: bool
    os_name: str
    vcpus: int
    memory_actual: int  # what the balloon gives the guest now
    memory_static_max: int
    started: float  # epoch seconds the domain came up
    host_name: str
    host_uuid: str
    cpu_model: str
    xen_version: str
    control_domain: bool = False
    pv_drivers: bool = True
    installer: str = ""  # the installer ISO this boot starts from, or ""
    disks: tuple[Disk, ...] = ()
    nics: tuple[Nic, ...] = ()


@dataclass(frozen=True)
class HostFacts:
    uuid: str
    name: str
    address: str
    enabled: bool
    live: bool
    memory_total: int
    memory_free: int
    cpus: int
    cpu_model: str
    xen_version: str
    software_version: str
    master: bool = False


@dataclass(frozen=True)
class VmSummary:
    uuid: str
    name: str
    power_state: str
    domid: int
    host_uuid: str
    memory_actual: int
    vcpus: int
    control_domain: bool = False


@dataclass(frozen=True)
class PoolFacts:
    name: str
    hosts: tuple[HostFacts, ...] = ()
    vms: tuple[VmSummary, ...] = field(default_factory=tuple)


class GuestWorld(Protocol):
    def now(self) -> float:
        """Simulated time, epoch seconds."""

    async def sleep(self, seconds: float) -> None:
        """Wait on the simulated clock."""

    def spawn(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        """Run a guest program in the background (one per key, a new one replaces the old)."""

    async def changed(self) -> None:
        """Return when something in the pool changed (or after a while anyway)."""

    def vm(self, vm_ref: str) -> VmFacts | None:
        """The VM as it is now, or None once it is gone."""

    def pool(self) -> PoolFacts: ...

    def power(self, vm_ref: str, operation: str) -> None:
        """The guest asks to go down: "clean_shutdown" or "clean_reboot", through the normal lifecycle."""

    def install_progress(self, vm_ref: str, fraction: float) -> None:
        """An installer wrote `fraction` of the system to the VM's disks."""

    def install_finished(self, vm_ref: str, os_name: str) -> None:
        """The installer is done: the system now boots from its disk (the reboot is asked separately)."""
