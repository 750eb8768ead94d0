"""The New SR wizard's logic: type, name, location (scanned on the server), summary; Finish as one Operation.

Types as XenCenter offers them: NFS VHD (nfs), iSCSI (lvmoiscsi), hardware HBA (lvmohba), NFS ISO and Windows
File Sharing (CIFS) ISO libraries (iso). The location page fills the device_config from what SR.probe found
(export list, target IQNs, LUNs); when the chosen export or LUN already holds an SR, the user picks between
reattaching it (SR.introduce, a PBD on every server, plugged) and creating a new one (which, on a LUN, formats it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..connection import Connection
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList, OperationRunner
from .new_sr_probe import Lun
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan


@dataclass(frozen=True)
class SrKind:
    key: str
    label: LazyText
    sr_type: str
    content_type: str
    default_name: LazyText


KINDS = (
    SrKind("nfs", LazyText("NewSr", "NFS VHD"), "nfs", "user", LazyText("NewSr", "NFS virtual disk storage")),
    SrKind(
        "iscsi",
        LazyText("NewSr", "Software iSCSI"),
        "lvmoiscsi",
        "user",
        LazyText("NewSr", "iSCSI virtual disk storage"),
    ),
    SrKind(
        "hba",
        LazyText("NewSr", "Hardware HBA"),
        "lvmohba",
        "user",
        LazyText("NewSr", "Hardware HBA virtual disk storage"),
    ),
    SrKind("nfs_iso", LazyText("NewSr", "NFS ISO library"), "iso", "iso", LazyText("NewSr", "NFS ISO library")),
    SrKind(
        "cifs_iso",
        LazyText("NewSr", "Windows File Sharing (CIFS) ISO library"),
        "iso",
        "iso",
        LazyText("NewSr", "CIFS ISO library"),
    ),
)
KIND_BY_KEY = {kind.key: kind for kind in KINDS}
_ADDRESS = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]+\]?$")


@dataclass
class NewSrChoices:
    connection: Connection
    kind: str = "nfs"
    name: str = ""
    description: str = ""
    server: str = ""  # NFS server, iSCSI portal
    path: str = ""  # NFS export; for ISO libraries the whole location (server:/path or //server/share)
    iqn: str = ""
    scsi_id: str = ""
    username: str = ""  # CIFS
    password: str = ""
    # What the scans found (set by the location page from SR.probe); `scanned` is the config they answer.
    exports: list[str] = field(default_factory=list)
    iqns: list[str] = field(default_factory=list)
    luns: list[Lun] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)  # SR uuids found on the chosen export or LUN
    scanned: dict[str, str] | None = None
    scan_error: str = ""
    scanning: bool = False
    reattach: bool = True  # when `existing` is not empty: reattach it rather than create a new SR

    @property
    def sr_kind(self) -> SrKind:
        return KIND_BY_KEY[self.kind]

    def device_config(self) -> dict[str, str]:
        if self.kind == "nfs":
            return {"server": self.server.strip(), "serverpath": self.path.strip()}
        if self.kind == "iscsi":
            return {"target": self.server.strip(), "targetIQN": self.iqn, "SCSIid": self.scsi_id}
        if self.kind == "hba":
            return {"SCSIid": self.scsi_id}
        config = {"location": self.path.strip()}
        if self.kind == "cifs_iso":
            config["type"] = "cifs"
            if self.username:
                config.update(username=self.username, cifspassword=self.password)
        return config

    def reattaching(self) -> bool:
        return bool(self.existing) and self.reattach and self.kind in ("nfs", "iscsi", "hba")


def new_choices(connection: Connection) -> NewSrChoices:
    return NewSrChoices(connection, name=KINDS[0].default_name.text())


class TypePage(PageLogic[NewSrChoices]):
    key = "type"
    title = LazyText("NewSr", "Type")

    def problems(self, state: NewSrChoices) -> list[Problem]:
        if state.kind not in KIND_BY_KEY:
            return [Problem("kind", translate("NewSr", "Choose the type of the new storage."))]
        return []

    def summary(self, state: NewSrChoices) -> list[tuple[str, str]]:
        return [(translate("NewSr", "Type"), state.sr_kind.label.text())]


class NamePage(PageLogic[NewSrChoices]):
    key = "name"
    title = LazyText("NewSr", "Name")

    def problems(self, state: NewSrChoices) -> list[Problem]:
        if not state.name.strip():
            return [Problem("name", translate("NewSr", "Type a name for the storage repository."))]
        return []

    def summary(self, state: NewSrChoices) -> list[tuple[str, str]]:
        return [
            (translate("NewSr", "Name"), state.name.strip()),
            (translate("NewSr", "Description"), state.description or translate("NewSr", "(none)")),
        ]


def _location_problems(state: NewSrChoices) -> list[Problem]:
    kind = state.kind
    if kind in ("nfs", "iscsi"):
        if not state.server.strip():
            return [Problem("server", translate("NewSr", "Type the address of the storage server."))]
        if not _ADDRESS.match(state.server.strip()):
            return [
                Problem(
                    "server",
                    translate("NewSr", "'{0}' is not a host name or an IP address.").format(state.server.strip()),
                )
            ]
    if state.scanning:
        return [Problem("scan", translate("NewSr", "Scanning the storage..."))]
    if state.scan_error and state.scanned == state.device_config():
        return [Problem("scan", state.scan_error)]
    if kind == "nfs" and not state.path.strip().startswith("/"):
        return [Problem("path", translate("NewSr", "Type or scan for the export path, such as /export/vms."))]
    if kind in ("nfs_iso", "cifs_iso"):
        location = state.path.strip()
        if kind == "nfs_iso" and not re.match(r"^[^/:]+:/", location):
            return [Problem("path", translate("NewSr", "Type the share as server:/path."))]
        if kind == "cifs_iso" and not re.match(r"^//[^/]+/[^/]+", location):
            return [Problem("path", translate("NewSr", "Type the share as //server/sharename."))]
        if kind == "cifs_iso" and state.password and not state.username:
            return [Problem("username", translate("NewSr", "Type the user name the password belongs to."))]
    if kind == "iscsi" and not state.iqn:
        return [Problem("iqn", translate("NewSr", "Scan the target and choose its IQN."))]
    if kind in ("iscsi", "hba") and not state.scsi_id:
        return [Problem("lun", translate("NewSr", "Choose the LUN for the new storage."))]
    if state.scanned != state.device_config():
        return [Problem("scan", translate("NewSr", "Scan the location to check it before going on."))]
    return []


class LocationPage(PageLogic[NewSrChoices]):
    key = "location"
    title = LazyText("NewSr", "Location")

    def problems(self, state: NewSrChoices) -> list[Problem]:
        return _location_problems(state)

    def summary(self, state: NewSrChoices) -> list[tuple[str, str]]:
        config = state.device_config()
        lines = [(key, value) for key, value in config.items() if key != "cifspassword"]
        if state.existing and state.kind in ("nfs", "iscsi", "hba"):
            lines.append(
                (
                    translate("NewSr", "Existing SR"),
                    translate("NewSr", "reattach {0}").format(state.existing[0])
                    if state.reattach
                    else translate("NewSr", "create a new SR (an SR on a LUN is erased)"),
                )
            )
        return lines


class SummaryPage(PageLogic[NewSrChoices]):
    key = "summary"
    title = LazyText("NewSr", "Finish")


def new_sr_pages() -> list[PageLogic[NewSrChoices]]:
    return [TypePage(), NamePage(), LocationPage(), SummaryPage()]


async def _unplug_all(runner: OperationRunner, sr: str) -> None:
    for pbd in await runner.call("SR.get_PBDs", sr):
        if await runner.call("PBD.get_currently_attached", pbd):
            await runner.call("PBD.unplug", pbd)


async def _forget(runner: OperationRunner, sr: str) -> None:
    await _unplug_all(runner, sr)
    await runner.call("SR.forget", sr)


async def _destroy(runner: OperationRunner, sr: str) -> None:
    await _unplug_all(runner, sr)
    await runner.call("SR.destroy", sr)


def _pool(connection: Connection) -> tuple[str, dict[str, Any]]:
    found = next(iter(connection.cache.items("pool")), None)
    if found is None:
        raise RuntimeError(translate("NewSr", "The pool is not connected."))
    return found[0], dict(found[1])


def start_new_sr(operations: OperationList, choices: NewSrChoices) -> Operation:
    """Create (or reattach) the SR as ONE Operation; a failure after it exists removes it again."""
    kind, name, description = choices.sr_kind, choices.name.strip(), choices.description
    config = choices.device_config()
    connection = choices.connection
    uuid = choices.existing[0] if choices.reattaching() else ""

    async def create(plan: PlanRun) -> None:
        master = str(_pool(connection)[1].get("master", ""))
        sr = str(
            await plan.task(
                "SR.create", master, config, "0", name, description, kind.sr_type, kind.content_type, True, {}
            )
        )
        plan.values["sr"] = sr
        plan.undo(name, lambda runner: _destroy(runner, sr))

    async def introduce(plan: PlanRun) -> None:
        sr = str(await plan.call("SR.introduce", uuid, name, description, kind.sr_type, kind.content_type, True, {}))
        plan.values["sr"] = sr
        plan.undo(name, lambda runner: _forget(runner, sr))

    async def attach(plan: PlanRun) -> None:
        sr = plan.values["sr"]
        hosts = sorted(ref for ref, _ in connection.cache.items("host"))
        for index, host in enumerate(hosts):
            pbd = await plan.call("PBD.create", {"host": host, "SR": sr, "device_config": config, "other_config": {}})
            await plan.call("PBD.plug", pbd)
            plan.runner.set_progress(plan.span[0] + (plan.span[1] - plan.span[0]) * (index + 1) / len(hosts))

    async def default_if_none(plan: PlanRun) -> Any:
        # A pool without a usable default SR gets the new one, as XenCenter does after its first SR.
        pool_ref, pool = _pool(connection)
        if kind.content_type != "iso" and connection.cache.get("SR", str(pool.get("default_SR", ""))) is None:
            await plan.call("pool.set_default_SR", pool_ref, plan.values["sr"])

    if uuid:
        steps = [
            Step(LazyText("NewSr", "Introducing the storage repository"), introduce, 1.0),
            Step(LazyText("NewSr", "Attaching it to every server"), attach, 3.0),
        ]
        title = translate("NewSr", "Reattaching storage repository '{0}'").format(name)
    else:
        steps = [Step(LazyText("NewSr", "Creating the storage repository"), create, 4.0)]
        title = translate("NewSr", "Creating storage repository '{0}'").format(name)
    steps.append(Step(LazyText("NewSr", "Checking the pool's default storage"), default_if_none, 0.5))
    refs = [ref for ref, _ in connection.cache.items("pool")]
    return start_plan(operations, title, connection, refs, steps)
