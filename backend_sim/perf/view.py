"""What the performance engine reads of a pool: plain, frozen snapshots and a small source Protocol.

The engine never sees the store or the server. Whatever assembles a pool (backend_sim.xapi) hands
it a `PerfSource`; `model/perf_view.py` builds these snapshots from the database.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class DiskState:
    device: str  # xvda, hda, ...
    sr_uuid: str  # "" for an empty CD drive
    weight: float = 1.0  # share of the guest's I/O this disk carries
    cache_sr_uuid: str = ""  # IntelliCache: the host's local cache SR this disk goes through ("" for none)
    cache_warm: bool = False  # the cache held the disk when the guest booted: reads come from it
    writes_local: bool = False  # an on_boot=reset disk: its writes stay in the local cache


@dataclass(frozen=True, slots=True)
class NicState:
    device: str  # "0", "1", ... (the VIF's device number)
    pif_device: str  # the physical interface its traffic leaves the host by ("" for a private network)


@dataclass(frozen=True, slots=True)
class GuestState:
    uuid: str
    host_uuid: str
    vcpus: int
    memory_actual: int  # bytes
    memory_target: int  # bytes
    workload: str
    started_at: float  # epoch seconds of the last boot (a boot shows as a burst)
    has_agent: bool  # the guest agent reports memory_internal_free
    disks: tuple[DiskState, ...] = ()
    nics: tuple[NicState, ...] = ()


@dataclass(frozen=True, slots=True)
class HostState:
    uuid: str
    cpus: int
    memory_total: int  # bytes
    memory_free: int  # bytes
    dom0_vcpus: int
    pifs: tuple[str, ...] = ()  # physical devices (eth0, bond0, ...)
    srs: tuple[str, ...] = ()  # uuids of the SRs plugged on this host
    storage_pif: str = ""  # the interface network storage (NFS, iSCSI) is reached by ("" for none)
    network_srs: tuple[str, ...] = ()  # uuids of the plugged SRs whose I/O crosses that interface
    cache_sr: str = ""  # IntelliCache: uuid of the host's local cache SR ("" when caching is off)
    cache_size: int = 0  # bytes the cache holds (the disks warmed in it)


@dataclass(frozen=True, slots=True)
class Migration:
    """A live migration under way: its memory copy loads both hosts' management interfaces."""

    source_host: str
    target_host: str
    source_pif: str
    target_pif: str
    rate: float  # bytes per second on the wire


@dataclass(frozen=True, slots=True)
class PoolState:
    hosts: tuple[HostState, ...]
    guests: tuple[GuestState, ...]  # running guests only (dom0 is part of its host)
    migrations: tuple[Migration, ...] = ()
    vm_min_max: bool = False  # pool other_config create_min_max_in_new_VM_RRDs
    sessions: int = 0
    tasks: int = 0
    # perfmon configurations: (class as messages name it - "VM", "Host", "SR" -, uuid, other_config:perfmon)
    perfmon: tuple[tuple[str, str, str], ...] = ()


class PerfSource(Protocol):
    """Where the engine reads the pool and the simulated clock."""

    def now(self) -> float:
        """Simulated epoch seconds."""

    def pool_state(self) -> PoolState:
        """A snapshot of what runs where, kept while nothing in the pool changes."""

    async def pool_state_sliced(self, pause: Callable[[], Awaitable[None]]) -> PoolState:
        """The same snapshot; if it has to be made again, `pause()` is awaited now and then while it is."""

    async def sleep(self, seconds: float) -> None:
        """Wait on the simulated clock."""

    def post_alarm(self, cls: str, uuid: str, priority: int, body: str) -> None:
        """Raise an ALARM message about an object (perfmon's message.create)."""
