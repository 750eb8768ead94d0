"""The load model: what every running guest, and so every host, is doing at any instant.

Each guest's workload gives CPU per vCPU, memory used inside the guest, bytes per second on each
disk and NIC, with seeded noise; a boot is a burst of CPU and disk reads that fades over a few
minutes. A host's figures follow from its guests: their vCPUs on its physical CPUs, plus dom0,
which does the I/O of the split drivers (blkback/netback) and so works harder when guests do I/O;
guest traffic leaves by the host's physical interfaces, and a live migration's memory copy shows
on both hosts' management interfaces. Every function takes an array of times, so live sampling
(one instant) and history (a year at once, with `smooth` = how many 5-second samples a point
averages, which damps the noise) are the same code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

from .noise import centred, key_of
from .sources import sr_tag
from .view import DiskState, GuestState, HostState, Migration
from .workloads import MiB, workload

Series = dict[str, np.ndarray]

BOOT_SECONDS = 240.0  # how long a boot's burst lasts
BOOT_FULL = 30.0  # firmware, kernel and init at full tilt, then services settle
BOOT_DECAY = 45.0
BOOT_READ = 45 * MiB  # bytes/s read from the system disk at the start of a boot
REQUEST_SIZE = 16 * 1024.0  # average I/O request, for IOPS
DOM0_IDLE = 0.04  # cores per dom0 vCPU for xapi, xenstored, qemu and friends
DOM0_DISK_COST = 1.0 / (350 * MiB)  # cores per byte/s through blkback
DOM0_NET_COST = 1.0 / (500 * MiB)  # cores per byte/s through netback
MANAGEMENT_CHATTER = 2048.0  # bytes/s of xapi, NTP and DNS on the management interface


def boot_burst(times: np.ndarray, started_at: float) -> np.ndarray:
    age = times - started_at
    fading = np.exp(-np.clip(age - BOOT_FULL, 0, None) / BOOT_DECAY)
    return np.where((age >= 0) & (age < BOOT_SECONDS), fading, 0.0)


def _storage_io(disk: DiskState, read: np.ndarray, write: np.ndarray, sr_read: Series, sr_write: Series) -> None:
    """Where a guest disk's I/O lands. Without IntelliCache, on its SR. With it (model/intellicache.py),
    a cold cache is filled as the shared SR is read (reads there, as many writes on the local SR); a warm
    one serves the reads locally; an on_boot=reset disk writes only to the local cache."""
    cache = disk.cache_sr_uuid if disk.cache_sr_uuid in sr_read else ""
    reads_at = cache if cache and disk.cache_warm else disk.sr_uuid
    writes_at = cache if cache and disk.writes_local else disk.sr_uuid
    if reads_at in sr_read:
        sr_read[reads_at] += read
    if writes_at in sr_write:
        sr_write[writes_at] += write
    if cache and not disk.cache_warm:
        sr_write[cache] += read


class LoadModel:
    """Deterministic for a seed: the same guest at the same instant always does the same thing."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._keys: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}

    def _noises(self, owner: str, names: tuple[str, ...], times: np.ndarray, smooth: float) -> dict[str, np.ndarray]:
        """One noise series per name for this owner, all drawn in one vectorised call."""
        keys = self._keys.get((owner, names))
        if keys is None:
            keys = np.array([key_of(self.seed, owner, name) for name in names], dtype=np.uint64)
            self._keys[(owner, names)] = keys
        index = np.floor(times / (5.0 * smooth)).astype(np.int64)
        block = centred(keys, index) / math.sqrt(smooth)
        return dict(zip(names, block, strict=True))

    @staticmethod
    def _guest_noise_names(guest: GuestState) -> tuple[str, ...]:
        names = [f"cpu{i}" for i in range(guest.vcpus)] + ["mem"]
        names += [f"vif_{n.device}_{d}" for n in guest.nics for d in ("rx", "tx")]
        names += [f"vbd_{d.device}_{op}" for d in guest.disks for op in ("read", "write")]
        return tuple(names)

    def guest(self, guest: GuestState, times: np.ndarray, smooth: float = 1.0) -> Series:
        w = workload(guest.workload)
        active = w.activity(times)
        boot = boot_burst(times, guest.started_at) if smooth == 1.0 else np.zeros_like(times)
        noise = self._noises(guest.uuid, self._guest_noise_names(guest), times, smooth)
        out: Series = {}
        level = w.cpu + w.cpu_active * active
        for i in range(guest.vcpus):
            share = 1.2 if i == 0 else 0.9  # vCPU 0 takes the interrupts and the odd single thread
            value = level * share * (1 + 0.5 * noise[f"cpu{i}"]) \
                + boot * (0.85 if i == 0 else 0.45)
            out[f"cpu{i}"] = np.round(np.clip(value, 0.0, 1.0), 4)
        out["memory"] = np.full_like(times, float(guest.memory_actual))
        out["memory_target"] = np.full_like(times, float(guest.memory_target))
        if guest.has_agent:
            used = w.memory_used + w.memory_active * active + 0.02 * noise["mem"]
            used = np.clip(used * (1 - 0.5 * boot), 0.05, 0.98)
            out["memory_internal_free"] = np.round(guest.memory_actual * (1 - used) / 1024.0)
        self._guest_io(guest, w.read, w.write, w.io_gain, active, boot, noise, out)
        net = 1 + (4.0 if w.cpu_active else 0.0) * active
        for index, nic in enumerate(guest.nics):
            share = 0.85 if index == 0 else 0.15 / max(1, len(guest.nics) - 1)
            for direction, base in (("rx", w.rx), ("tx", w.tx)):
                jitter = 1 + 0.5 * noise[f"vif_{nic.device}_{direction}"]
                out[f"vif_{nic.device}_{direction}"] = np.round(np.clip(base * net * share * jitter, 0, None))
            out[f"vif_{nic.device}_rx_errors"] = np.zeros_like(times)
            out[f"vif_{nic.device}_tx_errors"] = np.zeros_like(times)
        return out

    @staticmethod
    def _guest_io(guest: GuestState, read: float, write: float, gain: float, active: np.ndarray,
                  boot: np.ndarray, noise: dict[str, np.ndarray], out: Series) -> None:
        io = 1 + gain * active
        total_weight = sum(d.weight for d in guest.disks) or 1.0
        for index, disk in enumerate(guest.disks):
            share = disk.weight / total_weight
            d = disk.device
            r: np.ndarray = read * io * share * (1 + 0.6 * noise[f"vbd_{d}_read"])
            wr: np.ndarray = write * io * share * (1 + 0.6 * noise[f"vbd_{d}_write"])
            if index == 0:
                r = r + boot * BOOT_READ
                wr = wr + boot * BOOT_READ / 20
            out[f"vbd_{d}_read"] = r = np.round(np.maximum(r, 0.0))
            out[f"vbd_{d}_write"] = wr = np.round(np.maximum(wr, 0.0))
            out[f"vbd_{d}_read_latency"] = np.round(180 + r / 40_000.0)
            out[f"vbd_{d}_write_latency"] = np.round(250 + wr / 30_000.0)
            out[f"vbd_{d}_iops_read"] = np.round(r / REQUEST_SIZE, 2)
            out[f"vbd_{d}_iops_write"] = np.round(wr / REQUEST_SIZE, 2)
            out[f"vbd_{d}_iops_total"] = out[f"vbd_{d}_iops_read"] + out[f"vbd_{d}_iops_write"]

    def host(self, host: HostState, guests: Sequence[tuple[GuestState, Series]], times: np.ndarray,
             smooth: float = 1.0, *, migrations: Iterable[Migration] = (), sessions: int = 0,
             tasks: int = 0) -> Series:
        """A host's figures from its guests' (each given with its own series at the same times)."""
        names = tuple([f"cpu{i}" for i in range(host.cpus)] + ["load", "xapi", "fds"]
                      + [f"pif_{p}_{d}" for p in host.pifs for d in ("rx", "tx")])
        noise = self._noises(host.uuid, names, times, smooth)
        zeros = np.zeros_like(times)
        guest_cpu, disk, net = zeros.copy(), zeros.copy(), zeros.copy()
        pif_rx = {pif: zeros.copy() for pif in host.pifs}
        pif_tx = {pif: zeros.copy() for pif in host.pifs}
        sr_read = {sr: zeros.copy() for sr in host.srs}
        sr_write = {sr: zeros.copy() for sr in host.srs}
        hits, misses = zeros.copy(), zeros.copy()
        for guest, series in guests:
            for i in range(guest.vcpus):
                guest_cpu += series[f"cpu{i}"]
            for d in guest.disks:
                r, w = series[f"vbd_{d.device}_read"], series[f"vbd_{d.device}_write"]
                disk += r + w
                _storage_io(d, r, w, sr_read, sr_write)
                if host.cache_sr and d.cache_sr_uuid == host.cache_sr:
                    if d.cache_warm:
                        hits += r / REQUEST_SIZE
                    else:
                        misses += r / REQUEST_SIZE
            for nic in guest.nics:
                rx, tx = series[f"vif_{nic.device}_rx"], series[f"vif_{nic.device}_tx"]
                net += rx + tx
                if nic.pif_device in pif_rx:
                    pif_rx[nic.pif_device] += rx
                    pif_tx[nic.pif_device] += tx
        if host.storage_pif in pif_rx:  # NFS and iSCSI: reads come in by the storage interface, writes leave by it
            for sr in host.network_srs:
                if sr in sr_read:
                    pif_rx[host.storage_pif] += sr_read[sr]
                    pif_tx[host.storage_pif] += sr_write[sr]
        if host.pifs:
            pif_rx[host.pifs[0]] += MANAGEMENT_CHATTER
            pif_tx[host.pifs[0]] += MANAGEMENT_CHATTER
        for m in migrations:
            if m.source_host == host.uuid and m.source_pif in pif_tx:
                pif_tx[m.source_pif] += m.rate
                net += m.rate
            if m.target_host == host.uuid and m.target_pif in pif_rx:
                pif_rx[m.target_pif] += m.rate
                net += m.rate
        dom0 = np.minimum(host.dom0_vcpus, DOM0_IDLE * host.dom0_vcpus + disk * DOM0_DISK_COST
                          + net * DOM0_NET_COST)
        out: Series = {}
        per_cpu = (guest_cpu + dom0) / max(1, host.cpus)
        cpus = []
        for i in range(host.cpus):
            value = per_cpu * (1 + 0.35 * noise[f"cpu{i}"]) + 0.004 * (1.2 + noise[f"cpu{i}"])
            cpus.append(np.round(np.clip(value, 0.0, 1.0), 4))
            out[f"cpu{i}"] = cpus[-1]
        out["cpu_avg"] = np.round(np.asarray(np.mean(cpus, axis=0), dtype=np.float64), 4) if cpus else zeros
        out["loadavg"] = np.round(np.clip(dom0 * 1.1 + 0.12 + 0.05 * noise["load"],
                                          0, None), 2)
        out["memory_total_kib"] = np.full_like(times, float(host.memory_total // 1024))
        out["memory_free_kib"] = np.full_like(times, float(host.memory_free // 1024))
        for pif in host.pifs:
            for direction, values in (("rx", pif_rx[pif]), ("tx", pif_tx[pif])):
                jitter = 1 + 0.05 * noise[f"pif_{pif}_{direction}"]
                out[f"pif_{pif}_{direction}"] = np.round(values * jitter)
            out[f"pif_{pif}_rx_errors"] = zeros
            out[f"pif_{pif}_tx_errors"] = zeros
        out["pif_aggr_rx"] = sum((out[f"pif_{p}_rx"] for p in host.pifs), zeros)
        out["pif_aggr_tx"] = sum((out[f"pif_{p}_tx"] for p in host.pifs), zeros)
        for sr in host.srs:
            tag = sr_tag(sr)
            out[f"io_throughput_read_{tag}"] = np.round(sr_read[sr] / MiB, 4)
            out[f"io_throughput_write_{tag}"] = np.round(sr_write[sr] / MiB, 4)
            out[f"io_throughput_total_{tag}"] = np.round((sr_read[sr] + sr_write[sr]) / MiB, 4)
            out[f"iops_total_{tag}"] = np.round((sr_read[sr] + sr_write[sr]) / REQUEST_SIZE, 2)
        if host.cache_sr:
            out[f"sr_{host.cache_sr}_cache_size"] = np.full_like(times, float(host.cache_size))
            out[f"sr_{host.cache_sr}_cache_hits"] = np.round(hits)
            out[f"sr_{host.cache_sr}_cache_misses"] = np.round(misses)
        vcpus = sum(g.vcpus for g, _ in guests) + host.dom0_vcpus
        out["running_vcpus"] = np.full_like(times, float(vcpus))
        out["running_domains"] = np.full_like(times, float(len(guests) + 1))
        xapi_mem = 160_000 + 12_000 * noise["xapi"] + 40 * len(guests)
        out["xapi_memory_usage_kib"] = np.round(xapi_mem)
        out["xapi_free_memory_kib"] = np.round(200_000 - 0.4 * xapi_mem)
        out["xapi_live_memory_kib"] = np.round(xapi_mem * 0.55)
        out["xapi_allocation_kib"] = np.round(xapi_mem * 2.5)
        out["xapi_open_fds"] = np.round(120 + 8 * noise["fds"] + len(guests) / 4)
        out["pool_session_count"] = np.full_like(times, float(sessions))
        out["pool_task_count"] = np.full_like(times, float(tasks))
        return out
