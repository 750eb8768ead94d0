"""The pool as the performance engine sees it: `perf.view` snapshots built from the database.

`PoolPerfSource` is the `perf.view.PerfSource` of one pool. A guest's workload is its
`other_config:sim-workload` (scenarios set it, the `sim` plugin's `set_workload` changes it);
without one a guest is idle. A snapshot is rebuilt only when the database has changed.
"""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, Generator
from datetime import UTC, datetime
from typing import Any

from ..perf.view import DiskState, GuestState, HostState, Migration, NicState, PoolState
from ..perf.workloads import DEFAULT_WORKLOAD, WORKLOADS
from ..store.store import Store
from ..wire.values import NULL_REF
from . import intellicache, messages, vm_fields
from .context import SimContext
from .migration import link_bandwidth

WORKLOAD_KEY = "sim-workload"
MIN_MAX_KEY = "create_min_max_in_new_VM_RRDs"
MIGRATING = ("pool_migrate", "migrate_send")
ALARM = "ALARM"


def perf_seed(store: Store) -> int:
    """The load model's seed: the pool's own uuid, so every run of a scenario shows the same past."""
    pool = next(iter(store.table("pool").values()), None)
    return zlib.crc32(str(pool["uuid"] if pool else "").encode())


def workload_of(vm: dict[str, Any]) -> str:
    name = vm["other_config"].get(WORKLOAD_KEY, DEFAULT_WORKLOAD)
    return name if name in WORKLOADS else DEFAULT_WORKLOAD


def _epoch(text: object) -> float:
    try:
        return datetime.strptime(str(text), "%Y%m%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return 0.0


def _pif_devices(store: Store, host: dict[str, Any]) -> dict[str, str]:
    """PIF ref -> device, for the interfaces that carry traffic (a VLAN's device is its NIC's)."""
    return {ref: store.get("PIF", ref)["device"] for ref in host["PIFs"] if store.find("PIF", ref) is not None}


def _host_state(store: Store, ref: str, host: dict[str, Any], dom0_vcpus: int) -> HostState:
    metrics = store.find("host_metrics", host["metrics"]) or {"memory_total": 0, "memory_free": 0}
    pifs = sorted({store.get("PIF", p)["device"] for p in host["PIFs"]
                   if store.find("PIF", p) is not None and store.get("PIF", p)["VLAN"] == -1})
    srs = []
    for pbd_ref in host["PBDs"]:
        pbd = store.find("PBD", pbd_ref)
        if pbd is not None and pbd["currently_attached"] and store.find("SR", pbd["SR"]) is not None:
            srs.append(store.get("SR", pbd["SR"])["uuid"])
    storage_pif, network_srs = _storage_path(store, host)
    cache_sr, cache_size = intellicache.cache_figures(store, ref)
    return HostState(uuid=host["uuid"], cpus=len(host["host_CPUs"]) or 1, memory_total=int(metrics["memory_total"]),
                     memory_free=int(metrics["memory_free"]), dom0_vcpus=dom0_vcpus, pifs=tuple(pifs),
                     srs=tuple(sorted(srs)), storage_pif=storage_pif, network_srs=network_srs, cache_sr=cache_sr,
                     cache_size=cache_size)


NETWORK_STORAGE = ("nfs", "lvmoiscsi", "iso", "cifs")  # reached over IP (an HBA's LUNs are not: Fibre Channel)


def _storage_path(store: Store, host: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The NIC the host reaches its network storage by: a secondary interface with an address (XenCenter's storage
    interface) if it has one, else the management interface; and the plugged SRs that go that way."""
    pifs = [store.get("PIF", p) for p in host["PIFs"] if store.find("PIF", p) is not None]
    secondary = [p for p in pifs if not p["management"] and p["ip_configuration_mode"] != "None" and p["VLAN"] == -1]
    chosen = secondary or [p for p in pifs if p["management"]]
    srs = []
    for pbd_ref in host["PBDs"]:
        pbd = store.find("PBD", pbd_ref)
        sr = store.find("SR", pbd["SR"]) if pbd is not None and pbd["currently_attached"] else None
        if sr is not None and sr["shared"] and sr["type"] in NETWORK_STORAGE:
            srs.append(str(sr["uuid"]))
    return (str(chosen[0]["device"]) if chosen else ""), tuple(sorted(srs))


def _disks(store: Store, vm: dict[str, Any], host_ref: str, started_at: float) -> tuple[DiskState, ...]:
    disks = []
    for vbd_ref in vm["VBDs"]:
        vbd = store.find("VBD", vbd_ref)
        if vbd is None or vbd["empty"] or not vbd["currently_attached"] or not vbd["device"]:
            continue
        vdi = store.find("VDI", vbd["VDI"])
        sr = store.find("SR", vdi["SR"]) if vdi is not None else None
        weight = 0.02 if vbd["type"] == "CD" else (1.0 if vbd["userdevice"] == "0" else 0.3)
        cache, warm = intellicache.read_cache(store, vbd["VDI"], host_ref, started_at) if vdi else ("", False)
        disks.append((vbd["userdevice"], DiskState(vbd["device"], sr["uuid"] if sr else "", weight, cache, warm,
                                                   bool(cache) and vdi is not None and vdi["on_boot"] == "reset")))
    return tuple(d for _, d in sorted(disks, key=lambda pair: pair[0]))


def _nics(store: Store, vm: dict[str, Any], host_pifs: dict[str, str]) -> tuple[NicState, ...]:
    nics = []
    for vif_ref in vm["VIFs"]:
        vif = store.find("VIF", vif_ref)
        if vif is None or not vif["currently_attached"]:
            continue
        network = store.find("network", vif["network"])
        pif_device = ""
        if network is not None:
            pif_device = next((host_pifs[p] for p in network["PIFs"] if p in host_pifs), "")
        nics.append(NicState(vif["device"], pif_device))
    return tuple(sorted(nics, key=lambda n: n.device))


def _management_pif(store: Store, host_ref: str) -> str:
    for pif_ref in store.get("host", host_ref)["PIFs"]:
        pif = store.find("PIF", pif_ref)
        if pif is not None and pif["management"]:
            return str(pif["device"])
    return ""


def _assemble(store: Store) -> Generator[None, None, PoolState]:
    """The snapshot, built guest by guest: it yields between guests so a caller may pause there."""
    hosts = store.table("host")
    dom0_vcpus = {}
    guests = []
    migrations = []
    perfmon = []
    pif_maps = {ref: _pif_devices(store, host) for ref, host in hosts.items()}
    for vm in list(store.table("VM").values()):
        if "perfmon" in vm["other_config"]:
            perfmon.append(("VM", vm["uuid"], vm["other_config"]["perfmon"]))
        if vm["is_a_template"] or vm["is_a_snapshot"] or vm_fields.power_state(vm) != vm_fields.RUNNING:
            continue
        host_ref = vm_fields.resident_on(vm)
        if host_ref not in hosts or host_ref not in pif_maps:
            continue
        metrics = store.find("VM_metrics", vm["metrics"]) or {}
        vcpus = int(metrics.get("VCPUs_number") or vm["VCPUs_at_startup"])
        if vm_fields.is_control_domain(vm):
            dom0_vcpus[host_ref] = vcpus
            continue
        started_at = _epoch(metrics.get("start_time", ""))
        guests.append(GuestState(
            uuid=vm["uuid"], host_uuid=hosts[host_ref]["uuid"], vcpus=vcpus,
            memory_actual=int(metrics.get("memory_actual") or vm_fields.memory_target(vm)),
            memory_target=vm_fields.memory_target(vm), workload=workload_of(vm),
            started_at=started_at, has_agent=vm["guest_metrics"] != NULL_REF,
            disks=_disks(store, vm, host_ref, started_at), nics=_nics(store, vm, pif_maps[host_ref])))
        target = vm["scheduled_to_be_resident_on"]
        if target in hosts and target != host_ref and set(vm["current_operations"].values()) & set(MIGRATING):
            migrations.append(Migration(hosts[host_ref]["uuid"], hosts[target]["uuid"],
                                        _management_pif(store, host_ref), _management_pif(store, target),
                                        link_bandwidth(store, host_ref, target)))
        yield
    pool: dict[str, Any] = next(iter(store.table("pool").values()), {"other_config": {}})
    perfmon += [(cls, record["uuid"], record["other_config"]["perfmon"])
                for table, cls in (("host", "Host"), ("SR", "SR"))
                for record in store.table(table).values() if "perfmon" in record["other_config"]]
    return PoolState(
        hosts=tuple(_host_state(store, ref, host, dom0_vcpus.get(ref, 1)) for ref, host in hosts.items()
                    if store.find("host", ref) is not None),
        guests=tuple(guests), migrations=tuple(migrations),
        vm_min_max=pool["other_config"].get(MIN_MAX_KEY, "false").lower() == "true",
        sessions=len(store.table("session")), tasks=len(store.table("task")), perfmon=tuple(perfmon))


def _advance(steps: Generator[None, None, PoolState]) -> PoolState | None:
    """One step of the assembly: the snapshot once it is complete, None before."""
    try:
        next(steps)
    except StopIteration as done:
        return done.value
    return None


def pool_state(store: Store) -> PoolState:
    steps = _assemble(store)
    while (state := _advance(steps)) is None:
        pass
    return state


async def pool_state_sliced(store: Store, pause: Callable[[], Awaitable[None]]) -> PoolState:
    """The same snapshot, awaiting `pause()` between guests (it hands the event loop back now and then)."""
    steps = _assemble(store)
    while (state := _advance(steps)) is None:
        await pause()
    return state


class PoolPerfSource:
    """perf.view.PerfSource over one simulated pool."""

    def __init__(self, ctx: SimContext) -> None:
        self.ctx = ctx
        self._state: PoolState | None = None
        self._generation = -1

    def now(self) -> float:
        return self.ctx.clock.now()

    def pool_state(self) -> PoolState:
        store = self.ctx.store
        if self._state is None or store.generation != self._generation:
            self._state, self._generation = pool_state(store), store.generation
        return self._state

    async def pool_state_sliced(self, pause: Callable[[], Awaitable[None]]) -> PoolState:
        store = self.ctx.store
        if self._state is None or store.generation != self._generation:
            generation = store.generation
            self._state, self._generation = await pool_state_sliced(store, pause), generation
        return self._state

    async def sleep(self, seconds: float) -> None:
        await self.ctx.clock.sleep(seconds)

    def post_alarm(self, cls: str, uuid: str, priority: int, body: str) -> None:
        messages.post(self.ctx.store, ALARM, cls, uuid, self.ctx.clock.now_datetime(), body, priority)
