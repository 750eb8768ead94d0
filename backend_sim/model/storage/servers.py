"""The storage servers a pool can reach: NFS servers, iSCSI targets, a Fibre Channel SAN, CIFS shares.

They stand for the storage network outside the hosts. SR.probe reads them; SR.create, SR.destroy and
SR.forget write to them what the SM drivers would leave on the real devices: which SR (by uuid) lives on
which export or LUN, and, for an SR the pool forgot, its disks, so that SR.introduce + PBD.plug finds them
again (xapi's reattach). One `StorageLab` per store (`store.storage_lab`), seeded by the scenario and
grown at run time by the `sim` plugin's add_storage_server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...store.store import Store

GiB = 1024 ** 3


@dataclass
class Lun:
    scsi_id: str
    size: int
    lun_id: int
    vendor: str = "LIO-ORG"
    serial: str = ""
    sr_uuid: str = ""  # the SR whose volume group is on the LUN ("" for a blank LUN)


@dataclass
class NfsServer:
    address: str
    exports: dict[str, list[str]] = field(default_factory=dict)  # path -> uuids of the SRs under it


@dataclass
class IscsiTarget:
    address: str
    targets: dict[str, list[Lun]] = field(default_factory=dict)  # target IQN -> its LUNs


@dataclass
class CifsServer:
    address: str
    shares: list[str] = field(default_factory=list)
    username: str = ""
    password: str = ""  # "" when the share admits guests


@dataclass
class StorageLab:
    nfs: dict[str, NfsServer] = field(default_factory=dict)
    iscsi: dict[str, IscsiTarget] = field(default_factory=dict)
    cifs: dict[str, CifsServer] = field(default_factory=dict)
    hba: list[Lun] = field(default_factory=list)  # the FC SAN's LUNs, zoned to every host of the pool
    forgotten: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # SR uuid -> its VDIs' fields
    offline: set[str] = field(default_factory=set)  # addresses switched off (sim plugin set_storage_server_online)
    # Pools whose hosts reach this storage network (demo: the lab and the remote site share one): an SR one
    # pool uses is on the same device for the other, so its disks are found there (devices.restore).
    pools: list[Any] = field(default_factory=list)
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)  # metadata VDI uuid -> the database in it

    def all_luns(self) -> list[Lun]:
        return [lun for t in self.iscsi.values() for luns in t.targets.values() for lun in luns] + self.hba

    def lun_by_scsi_id(self, scsi_id: str) -> Lun | None:
        return next((lun for lun in self.all_luns() if lun.scsi_id == scsi_id), None)

    def describe(self) -> dict[str, Any]:
        """A JSON-able picture of the lab (what the sim plugin answers)."""
        def luns(items: list[Lun]) -> list[dict[str, Any]]:
            return [{"SCSIid": lun.scsi_id, "size": lun.size, "LUNid": lun.lun_id, "SR": lun.sr_uuid}
                    for lun in items]
        return {
            "nfs": {a: {"exports": sorted(s.exports)} for a, s in self.nfs.items()},
            "iscsi": {a: {iqn: luns(ls) for iqn, ls in t.targets.items()} for a, t in self.iscsi.items()},
            "cifs": {a: {"shares": s.shares, "guest": not s.password} for a, s in self.cifs.items()},
            "hba": luns(self.hba),
            "offline": sorted(self.offline),
        }


def lab_of(store: Store) -> StorageLab:
    """The store's storage lab, created empty on first use (a pool that was given no storage servers)."""
    lab = store.storage_lab
    if not isinstance(lab, StorageLab):
        lab = StorageLab()
        store.storage_lab = lab
    return lab


def share(lab_store: Store, other: Store) -> StorageLab:
    """`other`'s hosts reach the same storage servers as `lab_store`'s (one storage network for both pools)."""
    lab = lab_of(lab_store)
    other.storage_lab = lab
    for store in (lab_store, other):
        if not any(store is known for known in lab.pools):
            lab.pools.append(store)
    return lab


def scsi_id_for(store: Store) -> str:
    """A fresh SCSI id in the NAA 6 form LIO targets give (36001405 + 25 hex digits)."""
    return "36001405" + "".join(f"{store.random.getrandbits(4):x}" for _ in range(25))


def add_nfs(lab: StorageLab, address: str, exports: list[str]) -> NfsServer:
    server = lab.nfs.setdefault(address, NfsServer(address))
    for path in exports:
        server.exports.setdefault(path, [])
    return server


def add_iscsi(store: Store, address: str, iqn: str, sizes: list[int]) -> IscsiTarget:
    lab = lab_of(store)
    target = lab.iscsi.setdefault(address, IscsiTarget(address))
    luns = target.targets.setdefault(iqn, [])
    for size in sizes:
        scsi_id = scsi_id_for(store)
        luns.append(Lun(scsi_id, size, len(luns), serial=scsi_id[-12:]))
    return target


def add_hba_luns(store: Store, sizes: list[int]) -> list[Lun]:
    lab = lab_of(store)
    added = []
    for size in sizes:
        scsi_id = "3600a0b80" + "".join(f"{store.random.getrandbits(4):x}" for _ in range(24))
        added.append(Lun(scsi_id, size, len(lab.hba), vendor="NETAPP", serial=scsi_id[-12:]))
    lab.hba.extend(added)
    return added


def add_cifs(lab: StorageLab, address: str, shares: list[str], username: str = "", password: str = "") -> CifsServer:
    server = lab.cifs.setdefault(address, CifsServer(address, username=username, password=password))
    server.shares.extend(share for share in shares if share not in server.shares)
    return server


def add_server(store: Store, args: dict[str, str]) -> dict[str, Any]:
    """The sim plugin's add_storage_server: parse its string arguments, add the server, describe the lab.

    Raises ValueError with a sentence for the user on bad arguments.
    """
    kind = args.get("kind", "")
    address = args.get("address", "").strip()
    names = [item.strip() for item in args.get("exports", args.get("shares", "")).split(",") if item.strip()]
    if kind not in ("nfs", "iscsi", "hba", "cifs"):
        raise ValueError("kind must be one of nfs, iscsi, hba, cifs")
    if kind != "hba" and not address:
        raise ValueError("address is required (an IP address or a host name)")
    if kind == "nfs":
        if not names or any(not path.startswith("/") for path in names):
            raise ValueError("exports must be a comma-separated list of absolute paths")
        add_nfs(lab_of(store), address, names)
    elif kind in ("iscsi", "hba"):
        try:
            sizes = [int(float(size) * GiB) for size in args.get("luns", "").split(",") if size.strip()]
        except ValueError:
            raise ValueError("luns must be a comma-separated list of sizes in GiB") from None
        if not sizes or min(sizes) <= 0:
            raise ValueError("luns must list at least one positive size in GiB")
        if kind == "hba":
            add_hba_luns(store, sizes)
        else:
            iqn = args.get("iqn", "")
            if not iqn.startswith(("iqn.", "eui.")):
                raise ValueError("iqn must be an iSCSI qualified name (iqn.YYYY-MM.domain:name)")
            add_iscsi(store, address, iqn, sizes)
    elif kind == "cifs":
        if not names:
            raise ValueError("shares must be a comma-separated list of share names")
        add_cifs(lab_of(store), address, names, args.get("username", ""), args.get("password", ""))
    return lab_of(store).describe()


def set_online(store: Store, args: dict[str, str]) -> dict[str, Any]:
    """The sim plugin's set_storage_server_online: switch a known server off or on (a failed NAS, a cut cable)."""
    lab = lab_of(store)
    address = args.get("address", "").strip()
    if address not in lab.nfs and address not in lab.iscsi and address not in lab.cifs:
        raise ValueError(f"no storage server {address!r}; see storage_servers")
    online = args.get("online", "true").lower()
    if online not in ("true", "false"):
        raise ValueError("online must be true or false")
    if online == "true":
        lab.offline.discard(address)
    else:
        lab.offline.add(address)
    return lab.describe()
