"""What the Disaster Recovery wizard asks the target pool while the user chooses (background calls, never raising).

- `find_srs`: SR.probe with sm_config metadata=true: the SRs on the storage and whether a pool's metadata is on them.
- `attach_and_read`: DR_task.create with the chosen SRs (xapi introduces and plugs them), then each foreign
  metadata VDI on them is opened (VDI.open_database) and its VMs and vApps read; the session is closed at once.
- `precheck`: VM.assert_can_be_recovered / VM_appliance.assert_can_be_recovered per item, through a session
  on its database, with what the target pool already has (a VM of the same uuid).

Calls made with a foreign session go through `client.request` with that session first, as xapi expects.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..connection import Connection
from ..errors_text import error_text
from ..i18n import translate
from ..xenapi.errors import XenAPIError, XenAPIFailure

NULL = "OpaqueRef:NULL"


@dataclass(frozen=True)
class FoundSr:
    uuid: str
    name: str
    description: str
    metadata: bool  # a pool's database is replicated on it


@dataclass(frozen=True)
class Recoverable:
    """A VM or a vApp of a lost pool, as its database (in metadata VDI `vdi` of the target pool) describes it."""

    cls: str  # "VM" or "VM_appliance"
    ref: str  # in the foreign database
    uuid: str
    name: str
    pool_name: str
    vdi: str  # the metadata VDI (a ref of the target pool)
    members: tuple[str, ...] = ()  # a vApp's VMs (names)
    member_uuids: tuple[str, ...] = ()


@dataclass
class Discovery:
    dr_task: str = ""
    items: list[Recoverable] = field(default_factory=list)
    error: str = ""


def _own_pool(connection: Connection) -> str:
    return next((ref for ref, _ in connection.cache.items("pool")), "")


def parse_srs(xml_text: str) -> list[FoundSr]:
    """SR.probe's <SRlist> with names and pool_metadata_detected; ValueError on anything else."""
    try:
        root = ET.fromstring(xml_text.strip())
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from None
    if root.tag != "SRlist":
        raise ValueError(f"unexpected document <{root.tag}>")
    found = []
    for node in root.iter("SR"):
        def text(tag: str, node: ET.Element = node) -> str:
            return (node.findtext(tag) or "").strip()
        if text("UUID"):
            found.append(FoundSr(text("UUID"), text("name_label"), text("name_description"),
                                 text("pool_metadata_detected") == "true"))
    return found


async def find_srs(connection: Connection, sr_type: str, device_config: dict[str, str]) -> tuple[list[FoundSr], str]:
    """The SRs on the storage (and an error sentence, "" when the probe worked)."""
    cache = connection.cache
    pool = next(iter(cache.items("pool")), None)
    master = str(pool[1].get("master", "")) if pool is not None else ""
    client = connection.client
    if client is None or not master:
        return [], translate("Dr", "Not connected to the pool.")
    try:
        answer = str(await client.call("SR.probe", master, device_config, sr_type, {"metadata": "true"}))
    except XenAPIFailure as failure:
        if failure.code.startswith("SR_BACKEND_FAILURE") and len(failure.params) >= 2 and failure.params[1]:
            return [], translate("Dr", "The storage reported: {0}").format(failure.params[1])
        return [], error_text(failure, cache)
    except XenAPIError as exc:
        return [], error_text(exc, cache)
    try:
        return parse_srs(answer), ""
    except ValueError:
        return [], translate("Dr", "The server's answer to the scan could not be read.")


async def _read(connection: Connection, vdi: str) -> list[Recoverable]:
    """The VMs and vApps in one metadata VDI's database."""
    client = connection.client
    assert client is not None
    session = str(await client.call("VDI.open_database", vdi))
    try:
        pools: dict[str, Any] = await client.request("pool.get_all_records", [session])
        vms: dict[str, Any] = await client.request("VM.get_all_records", [session])
        apps: dict[str, Any] = await client.request("VM_appliance.get_all_records", [session])
    finally:
        await client.request("session.logout", [session])
    pool_name = next((str(p.get("name_label", "")) for p in pools.values()), "")
    items: list[Recoverable] = []
    for ref, app in sorted(apps.items(), key=lambda item: str(item[1].get("name_label", ""))):
        members = [vms[vm] for vm in app.get("VMs", []) if vm in vms]
        items.append(Recoverable("VM_appliance", ref, str(app.get("uuid", "")), str(app.get("name_label", "")),
                                 pool_name, vdi, tuple(str(m.get("name_label", "")) for m in members),
                                 tuple(str(m.get("uuid", "")) for m in members)))
    for ref, vm in sorted(vms.items(), key=lambda item: str(item[1].get("name_label", "")).casefold()):
        if vm.get("is_a_template") or vm.get("is_a_snapshot") or vm.get("is_control_domain"):
            continue
        if str(vm.get("appliance", NULL)) in apps:
            continue  # recovered with its vApp
        items.append(Recoverable("VM", ref, str(vm.get("uuid", "")), str(vm.get("name_label", "")), pool_name,
                                 vdi))
    return items


async def attach_and_read(connection: Connection, sr_type: str, device_config: dict[str, str],
                          uuids: Sequence[str]) -> Discovery:
    """Attach the chosen SRs through a DR_task and read every foreign pool database on them."""
    client = connection.client
    cache = connection.cache
    if client is None:
        return Discovery(error=translate("Dr", "Not connected to the pool."))
    found = Discovery()
    try:
        found.dr_task = str(await client.call("DR_task.create", sr_type, device_config, list(uuids)))
        own = _own_pool(connection)
        for uuid in uuids:
            sr = str(await client.call("SR.get_by_uuid", uuid))
            for vdi in await client.call("SR.get_VDIs", sr):
                record = await client.call("VDI.get_record", vdi)
                if record.get("type") == "metadata" and str(record.get("metadata_of_pool")) != own:
                    found.items.extend(await _read(connection, str(vdi)))
    except XenAPIError as exc:
        found.error = error_text(exc, cache)
        return found
    if not found.items:
        found.error = translate("Dr", "No VMs or vApps of another pool were found on the chosen storage: replicate "
                                      "the lost pool's metadata to it first (Configure Disaster Recovery).")
    return found


def existing_reason(connection: Connection, item: Recoverable, force: bool) -> str:
    """What the target pool already has of the item: a VM of the same identity (replaced only on failback)."""
    uuids = item.member_uuids if item.cls == "VM_appliance" else (item.uuid,)
    for _ref, vm in connection.cache.items("VM"):
        if str(vm.get("uuid", "")) in uuids:
            name = str(vm.get("name_label", ""))
            if vm.get("power_state") != "Halted":
                return translate("Dr", "'{0}' is running in this pool: shut it down first.").format(name)
            if not force:
                return translate("Dr", "'{0}' is already in this pool; only a failback replaces it.").format(name)
    return ""


async def precheck(connection: Connection, items: Sequence[Recoverable], force: bool) -> dict[str, str]:
    """Each item's reason it cannot be recovered ("" when it can), by foreign ref."""
    client = connection.client
    cache = connection.cache
    reasons = {item.ref: existing_reason(connection, item, force) for item in items}
    if client is None:
        return {item.ref: translate("Dr", "Not connected to the pool.") for item in items}
    for vdi in sorted({item.vdi for item in items}):
        try:
            session = str(await client.call("VDI.open_database", vdi))
        except XenAPIError as exc:
            for item in items:
                if item.vdi == vdi:
                    reasons[item.ref] = error_text(exc, cache)
            continue
        try:
            for item in [i for i in items if i.vdi == vdi and not reasons[i.ref]]:
                try:
                    await client.request(f"{item.cls}.assert_can_be_recovered",
                                         [session, item.ref, client.session_ref or ""])
                except XenAPIFailure as failure:
                    reasons[item.ref] = _failure_text(failure, connection)
        finally:
            await client.request("session.logout", [session])
    return reasons


def _failure_text(failure: XenAPIFailure, connection: Connection) -> str:
    if failure.code == "VM_REQUIRES_SR":
        return translate("Dr", "Its disks are on storage this pool has not attached: choose that SR too.")
    return error_text(failure, connection.cache)
