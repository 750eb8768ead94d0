"""SR.probe for the New SR wizard: ask the pool's master what SM finds, and read SM's XML answers.

SM answers an incomplete device_config with a failure carrying what it found: SR_BACKEND_FAILURE_101 with the
`<nfs-exports>` list, _96 with `<iscsi-target-iqns>`, _107 with `<iscsi-target>` LUNs (or an HBA's
`<Devlist>`); a complete one returns `<SRlist>` with the SRs already on the device (uuids).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..connection import Connection
from ..errors_text import error_text
from ..xenapi.errors import XenAPIError, XenAPIFailure

LISTING_CODES = ("SR_BACKEND_FAILURE_101", "SR_BACKEND_FAILURE_96", "SR_BACKEND_FAILURE_107")


@dataclass(frozen=True)
class Lun:
    scsi_id: str
    size: int
    lun_id: str
    vendor: str


@dataclass
class ProbeAnswer:
    exports: list[str] = field(default_factory=list)
    iqns: list[str] = field(default_factory=list)
    luns: list[Lun] = field(default_factory=list)
    srs: list[str] = field(default_factory=list)  # uuids of SRs found on a complete configuration
    error: str = ""  # a sentence for the user when the probe failed


def _texts(root: ET.Element, tag: str) -> list[str]:
    return [(node.text or "").strip() for node in root.iter(tag)]


def parse(xml_text: str) -> ProbeAnswer:
    """Read any of SM's probe documents; raises ValueError on text that is not one."""
    try:
        root = ET.fromstring(xml_text.strip())
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from None
    answer = ProbeAnswer()
    if root.tag == "nfs-exports":
        answer.exports = _texts(root, "Path")
    elif root.tag == "iscsi-target-iqns":
        answer.iqns = sorted(set(_texts(root, "TargetIQN")))
    elif root.tag in ("iscsi-target", "Devlist"):
        for node in root.iter("LUN" if root.tag == "iscsi-target" else "BlockDevice"):
            def text(tag: str, node: ET.Element = node) -> str:
                return (node.findtext(tag) or "").strip()
            size = text("size")
            answer.luns.append(Lun(text("SCSIid"), int(size) if size.isdigit() else 0,
                                   text("LUNid") or text("lun"), text("vendor")))
    elif root.tag == "SRlist":
        answer.srs = [uuid for uuid in _texts(root, "UUID") if uuid]
    else:
        raise ValueError(f"unexpected document <{root.tag}>")
    return answer


def _unreadable() -> str:
    return QCoreApplication.translate("NewSr", "The server's answer to the scan could not be read.")


async def probe(connection: Connection, device_config: dict[str, str], sr_type: str) -> ProbeAnswer:
    """SR.probe on the pool's master; never raises: a failure comes back as `error`."""
    cache = connection.cache
    pool = next(iter(cache.items("pool")), None)
    master = str(pool[1].get("master", "")) if pool is not None else ""
    client = connection.client
    if client is None or not master:
        return ProbeAnswer(error=QCoreApplication.translate("NewSr", "Not connected to the pool."))
    try:
        xml_text = str(await client.call("SR.probe", master, device_config, sr_type, {}))
    except XenAPIFailure as failure:
        if failure.code in LISTING_CODES and len(failure.params) >= 3 and failure.params[2].strip():
            try:
                return parse(failure.params[2])
            except ValueError:
                return ProbeAnswer(error=_unreadable())
        if failure.code.startswith("SR_BACKEND_FAILURE") and len(failure.params) >= 2 and failure.params[1]:
            return ProbeAnswer(error=QCoreApplication.translate("NewSr", "The storage reported: {0}").format(
                failure.params[1]))
        return ProbeAnswer(error=error_text(failure, cache))
    except XenAPIError as exc:
        return ProbeAnswer(error=error_text(exc, cache))
    try:
        return parse(xml_text)
    except ValueError:
        return ProbeAnswer(error=_unreadable())
