"""MigrateChoices: what the Migrate wizard's pages choose, and the default maps for a destination.

Within a pool a disk stays on its SR when the destination host reaches it (plain XenMotion); a disk on storage the
host cannot reach (local storage) must move to an SR it does reach (Storage XenMotion). Across pools every disk and
VIF needs a place in the destination pool: the pool's default SR (else one the host reaches) and the network of the
same name (else the management network).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...cache import ObjectCache
from ...connection import Connection
from ...objects import SR, VM, Host, Network, as_int, the_pool
from ..new_vm.hosts import hosts, reaches


@dataclass(frozen=True)
class Disk:
    vdi: str
    name: str
    sr: str  # where it is now
    size: int


@dataclass(frozen=True)
class Vif:
    vif: str
    device: str
    network: str  # where it is now
    mac: str


def vm_disks(cache: ObjectCache, vm: str) -> list[Disk]:
    record = cache.get("VM", vm) or {}
    disks = []
    for vbd_ref in record.get("VBDs", ()) or ():
        vbd = cache.get("VBD", str(vbd_ref)) or {}
        vdi = cache.get("VDI", str(vbd.get("VDI", ""))) if vbd.get("type") == "Disk" else None
        if vdi is not None:
            disks.append(Disk(str(vbd["VDI"]), str(vdi.get("name_label", "")), str(vdi.get("SR", "")),
                              as_int(vdi.get("virtual_size"))))
    return sorted(disks, key=lambda d: d.name)


def vm_vifs(cache: ObjectCache, vm: str) -> list[Vif]:
    record = cache.get("VM", vm) or {}
    vifs = []
    for ref in record.get("VIFs", ()) or ():
        vif = cache.get("VIF", str(ref))
        if vif is not None:
            vifs.append(Vif(str(ref), str(vif.get("device", "")), str(vif.get("network", "")), str(vif.get("MAC", ""))))
    return sorted(vifs, key=lambda v: v.device)


def disk_srs(cache: ObjectCache, host: str) -> list[SR]:
    """The disk SRs `host` reaches (shared first), where a disk may go."""
    found = Host.lookup(cache, host)
    if found is None:
        return []
    srs = [SR(ref, rec, cache) for ref, rec in cache.items("SR")
           if rec.get("content_type") != "iso" and reaches(found, ref)]
    return sorted(srs, key=lambda sr: (not sr.shared, sr.name))


def networks(cache: ObjectCache) -> list[Network]:
    return sorted((Network(ref, rec, cache) for ref, rec in cache.items("network")), key=lambda n: n.name)


def management_network(cache: ObjectCache, host: str) -> str:
    """The network of the host's management interface ("" when unknown)."""
    for _ref, pif in cache.items("PIF"):
        if pif.get("host") == host and pif.get("management"):
            return str(pif.get("network", ""))
    return ""


@dataclass
class MigrateChoices:
    connection: Connection  # the VM's pool
    vm: str
    connections: list[Connection]  # every connected pool (destinations)
    target: Connection | None = None
    host: str = ""
    disks: dict[str, str] = field(default_factory=dict)  # VDI -> destination SR
    vifs: dict[str, str] = field(default_factory=dict)  # VIF -> destination network
    transfer_network: str = ""

    @property
    def cache(self) -> ObjectCache:
        return self.connection.cache

    @property
    def target_cache(self) -> ObjectCache:
        return (self.target or self.connection).cache

    @property
    def record(self) -> VM | None:
        return VM.lookup(self.cache, self.vm)

    @property
    def live(self) -> bool:
        vm = self.record
        return vm is not None and vm.power_state in ("Running", "Paused")

    @property
    def cross_pool(self) -> bool:
        return self.target is not None and self.target is not self.connection

    def storage_moves(self) -> dict[str, str]:
        """The disks that change SR (across pools: every disk)."""
        return {disk.vdi: self.disks.get(disk.vdi, "") for disk in vm_disks(self.cache, self.vm)
                if self.cross_pool or self.disks.get(disk.vdi, disk.sr) != disk.sr}

    def network_moves(self) -> dict[str, str]:
        return {vif.vif: self.vifs.get(vif.vif, "") for vif in vm_vifs(self.cache, self.vm)
                if self.cross_pool or self.vifs.get(vif.vif, vif.network) != vif.network}

    @property
    def pool_migrate(self) -> bool:
        """Plain XenMotion: a running VM within its pool, disks and VIFs staying where they are."""
        return self.live and not self.cross_pool and not self.storage_moves() and not self.network_moves()


def default_maps(cache: ObjectCache, vm: str, target_cache: ObjectCache, host: str,
                 same_pool: bool) -> tuple[dict[str, str], dict[str, str]]:
    """The disk and VIF maps a destination starts with (see the module's note)."""
    reachable = [sr.ref for sr in disk_srs(target_cache, host)]
    pool = the_pool(target_cache)
    default = str(pool.field("default_SR", "")) if pool is not None else ""
    fallback = default if default in reachable else reachable[0] if reachable else ""
    disks = {d.vdi: d.sr if same_pool and d.sr in reachable else fallback for d in vm_disks(cache, vm)}
    by_name = {n.name: n.ref for n in networks(target_cache)}
    management = management_network(target_cache, host)
    vifs = {}
    for vif in vm_vifs(cache, vm):
        if same_pool:
            vifs[vif.vif] = vif.network
        else:
            net = Network.lookup(cache, vif.network)
            vifs[vif.vif] = by_name.get(net.name if net is not None else "", management)
    return disks, vifs


def retarget(state: MigrateChoices, target: Connection, host: str) -> None:
    """Point the wizard at `host` of `target`, and reset the maps to that destination's defaults."""
    state.target, state.host = target, host
    state.disks, state.vifs = default_maps(state.cache, state.vm, target.cache, host, target is state.connection)
    state.transfer_network = management_network(target.cache, host)


def destination_hosts(connection: Connection) -> list[Host]:
    return hosts(connection.cache)
