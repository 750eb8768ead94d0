"""What an SM driver finds on the storage network for a device_config: SR.probe's XML and probe_ext's
records, and the device an SR is created on, with SM's errors (SR_BACKEND_FAILURE_<code>).

Error codes are SM's (XE_SR_ERRORCODES): 73 NFS mount error, 88 no NFS service on the target,
140 unresolvable name, 141 no iSCSI service on the target, 68 iSCSI login refused (unknown IQN),
96 / 107 missing target IQN / SCSIid (their probes carry the IQN or LUN list as the third parameter),
101 missing serverpath (its probe carries the export list), 16 the device is in use, 222 ISO mount
failure.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from ...errors import ApiError
from ...store.store import Store
from .drivers import DRIVERS, backend_failure
from .servers import CifsServer, Lun, NfsServer, StorageLab, lab_of

XML_HEAD = '<?xml version="1.0" ?>\n'


def _tag(name: str, value: object) -> str:
    return f"<{name}>{escape(str(value))}</{name}>"


def _probe_failure(code: int, description: str, xml: str) -> ApiError:
    """A probe's 'missing parameter' answer: SM puts what it found in the third parameter."""
    return ApiError(f"SR_BACKEND_FAILURE_{code}", "", description, xml)


def _unreachable(address: str, service: int, description: str) -> ApiError:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return backend_failure(140, "Incorrect DNS name, unable to resolve.", f"{address}")
    return backend_failure(service, description, f"{address}")


# -- NFS ----------------------------------------------------------------------------------------------


def nfs_server(lab: StorageLab, address: str) -> NfsServer:
    server = lab.nfs.get(address)
    if server is None or address in lab.offline:
        raise _unreachable(address, 88, "Unable to detect an NFS service on this target.")
    return server


def nfs_export(lab: StorageLab, address: str, path: str) -> list[str]:
    """The SR uuids under `address:path` (a subdirectory of an export counts as that export)."""
    server = nfs_server(lab, address)
    clean = path.rstrip("/") or "/"
    if clean not in server.exports:
        raise backend_failure(73, "NFS mount error", f"mount failed on server `{address}' with return code 32")
    return server.exports[clean]


def nfs_exports_xml(server: NfsServer) -> str:
    rows = "".join(f"<Export>{_tag('Target', server.address)}{_tag('Path', path)}{_tag('Accesslist', '*')}</Export>"
                   for path in sorted(server.exports))
    return f"{XML_HEAD}<nfs-exports>{rows}</nfs-exports>"


# -- iSCSI and HBA -----------------------------------------------------------------------------------


def iscsi_luns(lab: StorageLab, address: str, iqn: str) -> list[Lun]:
    target = lab.iscsi.get(address)
    if target is None or address in lab.offline:
        raise _unreachable(address, 141, "Unable to connect to ISCSI service on target")
    if iqn != "*" and iqn not in target.targets:
        raise backend_failure(68, "Unable to login to iSCSI session", f"no target {iqn} on {address}")
    return [lun for name, luns in target.targets.items() if iqn in ("*", name) for lun in luns]


def iqns_xml(lab: StorageLab, address: str) -> str:
    target = lab.iscsi[address]
    rows = "".join(f"<TGT>{_tag('Index', i)}{_tag('IPAddress', address)}{_tag('TargetIQN', iqn)}</TGT>"
                   for i, iqn in enumerate(sorted(target.targets)))
    return f"{XML_HEAD}<iscsi-target-iqns>{rows}</iscsi-target-iqns>"


def luns_xml(luns: list[Lun]) -> str:
    rows = "".join(f"<LUN>{_tag('vendor', lun.vendor)}{_tag('serial', lun.serial)}{_tag('LUNid', lun.lun_id)}"
                   f"{_tag('size', lun.size)}{_tag('SCSIid', lun.scsi_id)}</LUN>" for lun in luns)
    return f"{XML_HEAD}<iscsi-target>{rows}</iscsi-target>"


def hba_xml(luns: list[Lun]) -> str:
    rows = "".join(f"<BlockDevice>{_tag('path', '/dev/disk/by-scsid/' + lun.scsi_id)}{_tag('SCSIid', lun.scsi_id)}"
                   f"{_tag('vendor', lun.vendor)}{_tag('serial', lun.serial)}{_tag('size', lun.size)}"
                   f"{_tag('adapter', 'host1')}{_tag('channel', 0)}{_tag('id', 0)}{_tag('lun', lun.lun_id)}"
                   f"{_tag('hba', 'qla2xxx')}</BlockDevice>" for lun in luns)
    return f"{XML_HEAD}<Devlist>{rows}<Adapter>{_tag('host', 'host1')}{_tag('name', 'qla2xxx')}</Adapter></Devlist>"


def sr_list_xml(uuids: list[str]) -> str:
    rows = "".join(f"<SR>{_tag('UUID', uuid)}</SR>" for uuid in uuids)
    return f"{XML_HEAD}<SRlist>{rows}</SRlist>"


# -- ISO (NFS or CIFS) ---------------------------------------------------------------------------------


def _iso_mount_failure(opterr: str) -> ApiError:
    return backend_failure(222, "Could not mount the directory specified in Device Configuration", opterr)


def cifs_share(lab: StorageLab, location: str, device_config: dict[str, str]) -> CifsServer:
    address, _, share = location[2:].partition("/")
    server = lab.cifs.get(address)
    if server is None or address in lab.offline or share.strip("/") not in server.shares:
        raise _iso_mount_failure(f"mount error(2): No such file or directory ({location})")
    if server.password and (device_config.get("username") != server.username
                            or device_config.get("cifspassword") != server.password):
        raise _iso_mount_failure("mount error(13): Permission denied")
    return server


def check_iso_location(lab: StorageLab, device_config: dict[str, str]) -> None:
    """An ISO library's location: //server/share (CIFS), server:/path (NFS) or a directory in dom0."""
    location = device_config["location"]
    if location.startswith("//"):
        cifs_share(lab, location, device_config)
    elif ":" in location:
        address, _, path = location.partition(":")
        try:
            nfs_export(lab, address, path)
        except ApiError as exc:
            raise _iso_mount_failure(exc.params[1]) from None


# -- probe ----------------------------------------------------------------------------------------------


@dataclass
class Found:
    """One thing a probe found: a configuration to carry on with, and the SR on it if complete."""

    configuration: dict[str, str]
    sr_uuid: str = ""
    complete: bool = False
    extra: dict[str, str] | None = None


def probe(store: Store, sr_type: str, device_config: dict[str, str]) -> tuple[list[Found], ApiError | None, str]:
    """(what was found, the 'missing parameter' error SR.probe raises with it or None, SR.probe's XML)."""
    lab = lab_of(store)
    dc = dict(device_config)
    if sr_type == "nfs":
        if not dc.get("server"):
            raise backend_failure(102, "The request is missing the server parameter")
        server = nfs_server(lab, dc["server"])
        if not dc.get("serverpath"):
            found = [Found({**dc, "serverpath": path}) for path in sorted(server.exports)]
            xml = nfs_exports_xml(server)
            return found, _probe_failure(101, "The request is missing the serverpath parameter", xml), xml
        uuids = nfs_export(lab, dc["server"], dc["serverpath"])
        return [Found(dc, uuid, True) for uuid in uuids], None, sr_list_xml(uuids)
    if sr_type == "lvmoiscsi":
        if not dc.get("target"):
            raise backend_failure(95, "The request is missing the target parameter")
        if not dc.get("targetIQN"):
            iscsi_luns(lab, dc["target"], "*")
            xml = iqns_xml(lab, dc["target"])
            found = [Found({**dc, "targetIQN": iqn}) for iqn in sorted(lab.iscsi[dc["target"]].targets)]
            return found, _probe_failure(96, "The request is missing or has an incorrect target IQN parameter",
                                         xml), xml
        luns = iscsi_luns(lab, dc["target"], dc["targetIQN"])
        return _probe_luns(dc, luns, luns_xml(luns))
    if sr_type == "lvmohba":
        return _probe_luns(dc, lab.hba, hba_xml(lab.hba))
    if sr_type == "iso":
        if not dc.get("location"):
            raise backend_failure(94, "The request is missing the location parameter")
        check_iso_location(lab, dc)
        return [Found(dc, "", True)], None, sr_list_xml([])
    raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr_type)


def _probe_luns(dc: dict[str, str], luns: list[Lun], xml: str) -> tuple[list[Found], ApiError | None, str]:
    if not dc.get("SCSIid"):
        found = [Found({**dc, "SCSIid": lun.scsi_id}, extra={"size": str(lun.size), "LUNid": str(lun.lun_id),
                                                              "vendor": lun.vendor, "serial": lun.serial})
                 for lun in luns]
        return found, _probe_failure(107, "The SCSIid parameter is missing or incorrect", xml), xml
    lun = next((lun for lun in luns if lun.scsi_id == dc["SCSIid"]), None)
    if lun is None:
        raise backend_failure(107, "The SCSIid parameter is missing or incorrect")
    uuids = [lun.sr_uuid] if lun.sr_uuid else []
    return [Found(dc, uuid, True) for uuid in uuids], None, sr_list_xml(uuids)


def probe_records(store: Store, sr_type: str, device_config: dict[str, str]) -> list[dict[str, Any]]:
    """SR.probe_ext: one probe_result per configuration found (complete ones carry the SR's sr_stat)."""
    found, _, _ = probe(store, sr_type, device_config)
    results = []
    for item in found:
        record: dict[str, Any] = {"configuration": item.configuration, "complete": item.complete,
                                  "extra_info": item.extra or {}}
        if item.sr_uuid:
            total = _sr_size(store, sr_type, item.configuration)
            record["sr"] = {"uuid": item.sr_uuid, "name_label": "", "name_description": "", "total_space": total,
                            "free_space": total, "clustered": False, "health": "healthy"}
        results.append(record)
    return results


def _sr_size(store: Store, sr_type: str, device_config: dict[str, str]) -> int:
    lun = lab_of(store).lun_by_scsi_id(device_config.get("SCSIid", ""))
    return lun.size if lun is not None and sr_type in ("lvmoiscsi", "lvmohba") else 0


# -- SR lifetimes on the devices ------------------------------------------------------------------------


def device_for_create(store: Store, sr_type: str, device_config: dict[str, str]) -> int | None:
    """Check the device an SR of `sr_type` would be made on; the LUN's size for block SRs, else None.

    A LUN holding an SR this pool still knows is in use (16); one holding a forgotten SR is reformatted.
    """
    lab = lab_of(store)
    if sr_type == "nfs":
        nfs_export(lab, device_config["server"], device_config["serverpath"])
    elif sr_type == "iso":
        check_iso_location(lab, device_config)
    elif sr_type in ("lvmoiscsi", "lvmohba"):
        luns = (iscsi_luns(lab, device_config["target"], device_config["targetIQN"]) if sr_type == "lvmoiscsi"
                else lab.hba)
        lun = next((lun for lun in luns if lun.scsi_id == device_config["SCSIid"]), None)
        if lun is None:
            raise backend_failure(107, "The SCSIid parameter is missing or incorrect")
        if lun.sr_uuid and lun.sr_uuid in store.by_uuid["SR"]:
            raise backend_failure(16, "The SR device is currently in use", lun.sr_uuid)
        return lun.size
    return None


def record_created(store: Store, sr_type: str, device_config: dict[str, str], uuid: str) -> None:
    """Write the new SR onto its device (the NFS export's subdirectory, the LUN's volume group)."""
    lab = lab_of(store)
    if sr_type == "nfs":
        nfs_export(lab, device_config["server"], device_config["serverpath"]).append(uuid)
    elif sr_type in ("lvmoiscsi", "lvmohba"):
        lun = lab.lun_by_scsi_id(device_config["SCSIid"])
        if lun is not None:
            lab.forgotten.pop(lun.sr_uuid, None)  # formatting loses the old SR's disks
            lun.sr_uuid = uuid


def erase(store: Store, uuid: str) -> None:
    """SR.destroy: the SR's data goes from its device."""
    lab = lab_of(store)
    lab.forgotten.pop(uuid, None)
    for server in lab.nfs.values():
        for uuids in server.exports.values():
            if uuid in uuids:
                uuids.remove(uuid)
    for lun in lab.all_luns():
        if lun.sr_uuid == uuid:
            lun.sr_uuid = ""


VDI_KEPT = ("uuid", "name_label", "name_description", "virtual_size", "physical_utilisation", "type", "sharable",
            "read_only", "sm_config", "other_config", "managed", "is_a_snapshot", "snapshot_time", "tags")


def remember(store: Store, sr: str) -> None:
    """SR.forget: the pool drops the SR but its disks stay on the device, for a later reattach."""
    record = store.get("SR", sr)
    disks = [{key: store.get("VDI", vdi)[key] for key in VDI_KEPT} for vdi in record["VDIs"]]
    lab_of(store).forgotten[record["uuid"]] = disks


# A metadata VDI also says whose database it holds (disaster recovery).
SHARED_KEPT = (*VDI_KEPT, "metadata_of_pool", "metadata_latest")


def _written_by_others(store: Store, uuid: str) -> list[dict[str, Any]]:
    """The disks another pool reaching the same storage has on the SR (demo: the lab's shared NFS SR)."""
    disks: list[dict[str, Any]] = []
    for other in lab_of(store).pools:
        ref = other.by_uuid["SR"].get(uuid) if other is not store else None
        if ref is not None:
            disks.extend({key: other.get("VDI", vdi)[key] for key in SHARED_KEPT}
                         for vdi in other.get("SR", ref)["VDIs"])
    return disks


def restore(store: Store, sr: str) -> list[str]:
    """After a reattach (first plug or scan), bring back the disks that were on the device."""
    uuid = store.get("SR", sr)["uuid"]
    disks = lab_of(store).forgotten.pop(uuid, []) + _written_by_others(store, uuid)
    made = []
    for fields in disks:
        if fields["uuid"] not in store.by_uuid["VDI"]:
            made.append(store.create("VDI", {**fields, "SR": sr}))
    return made


def check_plug(store: Store, sr: str, device_config: dict[str, str]) -> None:
    """PBD.plug: SM cannot attach while the SR's storage server is switched off (servers the lab does not
    model, such as the large scenario's, are taken as always there)."""
    lab = lab_of(store)
    sr_type = store.get("SR", sr)["type"]
    location = device_config.get("location", "")
    address = {"nfs": device_config.get("server", ""), "lvmoiscsi": device_config.get("target", ""),
               "iso": location[2:].partition("/")[0] if location.startswith("//") else location.partition(":")[0]
               }.get(sr_type, "")
    if not address or address not in lab.offline:
        return
    if sr_type == "nfs":
        nfs_server(lab, address)
    elif sr_type == "lvmoiscsi":
        iscsi_luns(lab, address, "*")
    else:
        raise _iso_mount_failure(f"mount error(112): Host is down ({address})")


def attached(store: Store, sr: str, device_config: dict[str, str]) -> None:
    """PBD.plug: a reintroduced SR learns its size from its device and finds its disks again."""
    record = store.get("SR", sr)
    if not record["physical_size"]:
        lun = lab_of(store).lun_by_scsi_id(device_config.get("SCSIid", ""))
        driver = DRIVERS.get(record["type"])
        size = lun.size if lun is not None else driver.default_size if driver is not None else 0
        store.update("SR", sr, {"physical_size": size})
    restore(store, sr)
