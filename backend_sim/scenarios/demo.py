"""`demo`: the course lab, plus a second small pool for cross-pool migration.

Main pool "Course lab": three hosts (xcp-host3 has no Intel VT/AMD-V, so it cannot run HVM guests
such as Windows), shared NFS and iSCSI storage, local LVM storage and a local ext SR (IntelliCache's
cache) on each host, an NFS ISO library
with installer ISOs, a management network, a VLAN, a bond and a private network, PV Linux and HVM
Windows guests running, halted and suspended, templates with realistic defaults, and a vApp ("Web shop":
a database and a web server started in order, 30 s apart).
Third pool "Spare host": a standalone host of the same release as the lab, ready to pool.join it.
Second pool "Remote site": one host with the fixed 752 MiB dom0 of the XCP 1.6 era the course
describes (Xen and dom0 take about 800 MiB of its 2 GiB); it reaches the lab's storage servers (disaster
recovery site).
"""

from __future__ import annotations

from ..model.directory import Directory
from ..model.perf_view import MIN_MAX_KEY
from ..model.rbac import ROLE_NAMES
from ..model.storage import servers
from .builder import GiB, HostSpec, MiB, PoolBuilder, Pools

LINUX_TEMPLATES = (("Debian Bookworm 12", 10), ("Ubuntu Noble Numbat 24.04", 10), ("CentOS Stream 9", 10),
                   ("Alpine Linux 3.20", 8))
WINDOWS_TEMPLATES = (("Windows Server 2022 (64-bit)", 32), ("Windows 10 (64-bit)", 32), ("Windows 7 (32-bit)", 24))
ISOS = (("debian-12.7.0-amd64-netinst.iso", 631 * MiB), ("ubuntu-24.04.1-live-server-amd64.iso", 2637 * MiB),
        ("alpine-virt-3.20.3-x86_64.iso", 63 * MiB), ("CentOS-Stream-9-latest-x86_64-dvd1.iso", 10 * GiB),
        ("Win2022_Server_EVAL_x64.iso", 4700 * MiB), ("guest-tools.iso", 70 * MiB))
VMS_BY_VAPP = ('<Search uuid="dead-beef-1234-vmsbyappliance" name="VMs by vApp" major_version="2" '
               'minor_version="0" show_expanded="yes"><QueryScope><VM /></QueryScope>'
               '<BooleanQuery property="in_any_appliance" query="yes" />'
               '<XenModelObjectPropertyGrouping property="appliance" /><columns><column name="name" width="200" />'
               '<column name="state" width="100" /><column name="memory" width="100" /></columns></Search>')


def build(pools: Pools, now: float) -> None:
    directory = _course_lab(pools, now)
    _remote_site(pools, now)
    # One storage network for both sites: the remote site reaches the lab's NFS and iSCSI servers, so it can
    # attach the lab's shared SRs and recover the lab's VMs from their replicated metadata (disaster recovery).
    servers.share(pools.stores[0], pools.stores[1])
    _spare_host(pools, now, directory)


def _course_lab(pools: Pools, now: float) -> Directory:
    b = PoolBuilder(pools.new(), now=now)
    b.pool("Course lab")
    # Guests' RRDs keep MIN and MAX beside AVERAGE in the coarse archives, as hosts' always do.
    b.store.map_add("pool", b.built.pool, "other_config", MIN_MAX_KEY, "true")
    host1 = b.host(HostSpec("xcp-host1", memory=32 * GiB, sockets=2, cores=4, nics=4))
    host2 = b.host(HostSpec("xcp-host2", memory=16 * GiB, sockets=1, cores=4, nics=4))
    host3 = b.host(HostSpec("xcp-host3", memory=8 * GiB, sockets=1, cores=2, nics=4, hvm=False,
                            vendor="GenuineIntel", model_name="Intel(R) Core(TM)2 Duo CPU E6550 @ 2.33GHz"))
    hosts = b.built.hosts
    for host in hosts:  # a class can shut a server down and start it again from the console
        b.store.update("host", host, {"power_on_mode": "wake-on-lan"})
    nfs = b.sr("NFS virtual disks", "nfs", 2048 * GiB, hosts=hosts, shared=True, content_type="user",
               device_config={"server": "192.0.2.50", "serverpath": "/export/vms"},
               description="NFS SR [192.0.2.50:/export/vms]")
    iscsi = b.sr("iSCSI virtual disks", "lvmoiscsi", 1024 * GiB, hosts=hosts, shared=True, content_type="user",
                 device_config={"target": "192.0.2.60", "targetIQN": "iqn.2026-01.lab:storage.lun0",
                                "SCSIid": "36001405a1b2c3d4e5f60718293a4b5c6"},
                 description="iSCSI SR [192.0.2.60 (iqn.2026-01.lab:storage.lun0)]")
    iso = b.sr("ISO library", "iso", 500 * GiB, hosts=hosts, shared=True, content_type="iso",
               device_config={"location": "192.0.2.50:/export/iso"}, description="NFS ISO library")
    for label, size in ISOS:
        b.vdi(iso, label, size, read_only=True, vdi_type="user")
    b.store.update("pool", b.built.pool, {"default_SR": nfs, "suspend_image_SR": nfs, "crash_dump_SR": nfs})
    _storage_servers(b, nfs, iscsi)
    management = b.built.networks["eth0"]
    b.store.update("network", management, {"name_label": "Management network"})
    students = b.vlan("eth1", 10, "Students VLAN 10")
    storage_net = b.bond(("eth2", "eth3"), "Storage bond")
    private = b.private_network("Private lab network", description="Internal to one host")
    del storage_net

    for name, disk in LINUX_TEMPLATES:
        b.vm(name, memory=2 * GiB, dynamic_min=1 * GiB, vcpus=1, disks=[(nfs, disk * GiB)], template=True,
             os_name=name)
    for name, disk in WINDOWS_TEMPLATES:
        b.vm(name, memory=4 * GiB, dynamic_min=2 * GiB, vcpus=2, hvm=True, disks=[(nfs, disk * GiB)],
             template=True, os_name=name)

    b.vm("web01", memory=1 * GiB, dynamic_min=512 * MiB, vcpus=1, disks=[(nfs, 10 * GiB)], network=management,
         os_name="Debian 12", description="Web server (PV)", power="Running", host=host1,
         workload="web")
    b.vm("db01", memory=4 * GiB, dynamic_min=2 * GiB, vcpus=2, disks=[(iscsi, 20 * GiB), (iscsi, 50 * GiB)],
         network=management, os_name="Debian 12", description="Database (PV)", power="Running", host=host2,
         workload="database")
    b.vm("router", memory=512 * MiB, vcpus=1, disks=[(b.built.local_srs[host3], 8 * GiB)], network=students,
         os_name="Alpine Linux 3.20", description="Lab router on local storage (PV)", power="Running",
         host=host3, workload="idle")
    b.vm("win2022", memory=4 * GiB, dynamic_min=2 * GiB, vcpus=2, hvm=True, disks=[(nfs, 32 * GiB)],
         network=management, os_name="Windows Server 2022", description="Windows with PV tools (HVM)",
         power="Running", host=host1, workload="batch")
    legacy = b.vm("win7-legacy", memory=2 * GiB, vcpus=1, hvm=True, disks=[(nfs, 24 * GiB)], network=students,
                  os_name="Windows 7", description="HVM without PV drivers: emulated devices", tools=False)
    day = 86400.0
    b.snapshots(legacy, ("Clean install", "Windows 7 SP1 as installed, before any software", 30 * day),
                ("Office installed", "With the office suite the class uses", 7 * day),
                ("Before updates", "Taken before the monthly updates", 2 * day))
    b.vm("student-pc1", memory=1 * GiB, dynamic_min=512 * MiB, vcpus=1, disks=[(nfs, 8 * GiB)],
         network=private, os_name="Ubuntu 24.04", power="Suspended", workload="boot-storm")
    b.vm("student-pc2", memory=1 * GiB, dynamic_min=512 * MiB, vcpus=1, disks=[(nfs, 8 * GiB)],
         network=students, os_name="Ubuntu 24.04", workload="boot-storm")
    b.vm("local-test", memory=512 * MiB, vcpus=1, disks=[(b.built.local_srs[host1], 8 * GiB)],
         network=management, os_name="Alpine Linux 3.20", description="On local storage: XenMotion refuses it")
    # A vApp to show start order and delays: the database first, the web server 30 s after it; stopped the other
    # way round, 10 s apart.
    shop_db = b.vm("shop-db", memory=1 * GiB, dynamic_min=512 * MiB, vcpus=1, disks=[(nfs, 10 * GiB)],
                   network=management, os_name="Debian 12", description="The web shop's database (PV)",
                   workload="database")
    shop_web = b.vm("shop-web", memory=512 * MiB, vcpus=1, disks=[(nfs, 8 * GiB)], network=management,
                    os_name="Debian 12", description="The web shop's web server (PV)", workload="web")
    b.vapp("Web shop", "Database first, then the web server 30 s later", [(shop_db, 0, 30, 0),
                                                                          (shop_web, 1, 0, 10)])
    # XenCenter's "VMs by vApp" search, as a console saves it in the pool (the uuid of XenCenter's own default).
    b.store.map_add("pool", b.built.pool, "gui_config", "XenSearch.Search-dead-beef-1234-vmsbyappliance", VMS_BY_VAPP)
    _local_caches(b, hosts)
    # A class logs in as each role at once: one directory user per role, named as the role.
    return b.directory("course.lab", {role: ("course-staff",) if role.startswith("pool") else ("students",)
                               for role in ROLE_NAMES})


def _local_caches(b: PoolBuilder, hosts: list[str]) -> None:
    """A file-based (ext) local SR on each host that has none: what IntelliCache caches shared disks on.

    Made after everything else so that the lab's other objects keep their uuids."""
    for host in hosts:
        has_ext = any(b.store.get("SR", b.store.get("PBD", pbd)["SR"])["type"] == "ext"
                      for pbd in b.store.get("host", host)["PBDs"])
        if not has_ext:
            name = b.store.get("host", host)["name_label"]
            b.sr(f"Local cache on {name}", "ext", 100 * GiB, hosts=[host], shared=False, content_type="user",
                 description=f"Local EXT3 storage on {name} (for IntelliCache)",
                 device_config={"device": "/dev/sdb"})


def _storage_servers(b: PoolBuilder, nfs: str, iscsi: str) -> None:
    """The lab's storage network: what SR.probe finds and new SRs are made on (model/storage/servers.py)."""
    store = b.store
    lab = servers.lab_of(store)
    servers.add_nfs(lab, "192.0.2.50", ["/export/vms", "/export/iso", "/export/test", "/export/backup"])
    lab.nfs["192.0.2.50"].exports["/export/vms"].append(store.get("SR", nfs)["uuid"])
    servers.add_iscsi(store, "192.0.2.60", "iqn.2026-01.lab:storage.lun0", [])
    lab.iscsi["192.0.2.60"].targets["iqn.2026-01.lab:storage.lun0"].append(servers.Lun(
        "36001405a1b2c3d4e5f60718293a4b5c6", 1024 * GiB, 0, serial="718293a4b5c6",
        sr_uuid=store.get("SR", iscsi)["uuid"]))
    servers.add_iscsi(store, "192.0.2.60", "iqn.2026-01.lab:storage.lun0", [200 * GiB, 100 * GiB])
    servers.add_iscsi(store, "192.0.2.60", "iqn.2026-01.lab:storage.backup", [500 * GiB])
    servers.add_hba_luns(store, [300 * GiB, 150 * GiB])
    servers.add_cifs(lab, "192.0.2.80", ["isos", "installers"])
    # The lab's DNS names reach the same servers.
    lab.nfs["nfs.course.lab"] = lab.nfs["192.0.2.50"]
    lab.iscsi["iscsi.course.lab"] = lab.iscsi["192.0.2.60"]
    lab.cifs["files.course.lab"] = lab.cifs["192.0.2.80"]


def _remote_site(pools: Pools, now: float) -> None:
    b = PoolBuilder(pools.new(), now=now)
    b.pool("Remote site")
    host = b.host(HostSpec("xcp-remote", memory=2 * GiB, sockets=1, cores=2, nics=1, release="xcp-1.6",
                           disk=250 * GiB))
    local = b.built.local_srs[host]
    b.store.update("pool", b.built.pool, {"default_SR": local, "suspend_image_SR": local})
    b.vm("Debian Squeeze 6.0 (32-bit)", memory=512 * MiB, vcpus=1, disks=[(local, 8 * GiB)], template=True,
         os_name="Debian Squeeze 6.0")
    b.vm("backup01", memory=256 * MiB, vcpus=1, disks=[(local, 8 * GiB)], network=b.built.networks["eth0"],
         os_name="Debian 6", power="Running", host=host, workload="batch")


def _spare_host(pools: Pools, now: float, directory: Directory) -> None:
    b = PoolBuilder(pools.new(), now=now)
    b.pool("Spare host")
    # A newer CPU than the lab's: joining the lab masks its extra features down to the lab's level.
    b.host(HostSpec("xcp-spare", memory=16 * GiB, sockets=1, cores=4, nics=4,
                    model_name="Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz",
                    features="7ffefbff-bfebfbff-00000121-2c100800"))
    b.join_directory(directory)  # the class's domain, as the lab: xapi refuses a join across domains
