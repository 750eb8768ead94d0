"""`large:HOSTSxVMS` (e.g. `large:64x3000`): a generated pool for benchmarks.

Hosts share one NFS SR and one network; VMs are spread round-robin, each with a disk, a CD drive,
a VIF and metrics; every third VM runs, each with a workload from LOAD_MIX.
"""

from __future__ import annotations

from .builder import GiB, HostSpec, MiB, PoolBuilder, Pools

# What the generated guests do: mostly idle, some busy, as in a real estate.
LOAD_MIX = ("idle", "web", "idle", "database", "idle", "batch", "idle", "boot-storm")
MAX_HOSTS = 64
MAX_VMS = 10_000


def parse(spec: str) -> tuple[int, int]:
    try:
        hosts_text, vms_text = spec.lower().split("x", 1)
        hosts, vms = int(hosts_text), int(vms_text)
    except ValueError:
        raise ValueError(f"large scenario wants HOSTSxVMS, e.g. large:64x3000, not {spec!r}") from None
    if not 1 <= hosts <= MAX_HOSTS or not 0 <= vms <= MAX_VMS:
        raise ValueError(f"large scenario allows 1-{MAX_HOSTS} hosts and 0-{MAX_VMS} VMs")
    return hosts, vms


def build(pools: Pools, now: float, spec: str) -> None:
    host_count, vm_count = parse(spec)
    b = PoolBuilder(pools.new(), now=now)
    b.pool(f"Large pool {host_count}x{vm_count}")
    for index in range(host_count):
        b.host(HostSpec(f"host{index + 1:02d}", memory=512 * GiB, sockets=2, cores=16, nics=2, disk=2048 * GiB))
    nfs = b.sr("Shared NFS", "nfs", 200 * 1024 * GiB, hosts=b.built.hosts, shared=True, content_type="user",
               device_config={"server": "192.0.2.50", "serverpath": "/export/large"})
    b.store.update("pool", b.built.pool, {"default_SR": nfs, "suspend_image_SR": nfs})
    network = b.built.networks["eth0"]
    for index in range(vm_count):
        running = index % 3 == 0
        b.vm(f"vm{index + 1:05d}", memory=1 * GiB, dynamic_min=512 * MiB, vcpus=1, disks=[(nfs, 10 * GiB)],
             network=network, os_name="Debian 12", power="Running" if running else "Halted",
             host=b.built.hosts[index % host_count] if running else None,
             workload=LOAD_MIX[index % len(LOAD_MIX)])
