"""`demo`: a small pool to browse (the full course lab arrives with the living-pool model).

Two hosts, shared NFS storage, an ISO library, a few PV Linux and HVM Windows guests and templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .builder import GiB, HostSpec, MiB, PoolBuilder

if TYPE_CHECKING:
    from . import Pools


def build(pools: Pools, now: float) -> None:
    store = pools.new()
    b = PoolBuilder(store, now=now)
    b.pool("Demo pool")
    host1 = b.host(HostSpec("xcp-host1", memory=32 * GiB, sockets=2, cores=4))
    b.host(HostSpec("xcp-host2", memory=16 * GiB, cores=4))
    nfs = b.sr("NFS shared storage", "nfs", 1024 * GiB, hosts=b.built.hosts, shared=True, content_type="user",
               device_config={"server": "192.0.2.50", "serverpath": "/export/vms"},
               description="NFS SR [192.0.2.50:/export/vms]")
    iso = b.sr("ISO library", "iso", 200 * GiB, hosts=b.built.hosts, shared=True, content_type="iso",
               device_config={"location": "192.0.2.50:/export/iso"}, description="NFS ISO library")
    for label, size in (("debian-12.7.0-amd64-netinst.iso", 631 * MiB), ("alpine-virt-3.20.iso", 60 * MiB),
                        ("Win2022_Server_EVAL.iso", 4 * GiB)):
        b.vdi(iso, label, size, read_only=True)
    store.update("pool", b.built.pool, {"default_SR": nfs, "suspend_image_SR": nfs, "crash_dump_SR": nfs})
    net = b.built.networks["eth0"]
    b.vm("Debian 12", memory=2 * GiB, vcpus=2, disks=[(nfs, 10 * GiB)], template=True,
         os_name="Debian 12", other_config={"default_template": "true"})
    b.vm("Windows Server 2022 (64-bit)", memory=4 * GiB, vcpus=2, hvm=True, disks=[(nfs, 32 * GiB)],
         template=True, other_config={"default_template": "true"})
    b.vm("web01", memory=1 * GiB, vcpus=1, disks=[(nfs, 10 * GiB)], network=net, os_name="Debian 12",
         description="Web server")
    b.vm("db01", memory=4 * GiB, vcpus=2, disks=[(nfs, 20 * GiB), (nfs, 50 * GiB)], network=net,
         os_name="Debian 12", description="Database")
    b.vm("win2022", memory=4 * GiB, vcpus=2, hvm=True, disks=[(nfs, 32 * GiB)], network=net,
         os_name="Windows Server 2022")
    b.vm("local-test", memory=512 * MiB, vcpus=1, disks=[(b.built.local_srs[host1], 8 * GiB)], network=net,
         os_name="Alpine 3.20")
