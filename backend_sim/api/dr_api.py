"""Disaster recovery messages: database replication to SRs, DR_task (attach a lost pool's SRs) and
VDI.open_database (a session on the database a metadata VDI holds). Recovery itself: dr_recover_api.

As xapi: every message is gated by the edition (LICENCE_RESTRICTION dr); replication needs a shared SR of
a driver that keeps metadata (nfs, lvmoiscsi, lvmohba) plugged on every host; DR_task.create probes the
storage, introduces and plugs the whitelisted SRs it finds and leaves alone those the pool already has;
DR_task.destroy unplugs and forgets what it introduced.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..model import dr, editions, storage
from ..model.storage import devices
from ..model.storage.servers import lab_of
from ..wire.values import NULL_REF
from . import dr_sessions
from .call import Call
from .pbd_api import plug, unplug
from .registry import api
from .sr_api import forget
from .sr_probe_api import introduce


def _licensed(call: Call) -> None:
    editions.check(call.store, "dr")


@api("SR.assert_supports_database_replication")
def assert_supports_database_replication(call: Call, sr: str) -> None:
    _licensed(call)
    dr.check_supported(call.store, sr)


@api("SR.enable_database_replication")
def enable_database_replication(call: Call, sr: str) -> None:
    _licensed(call)
    store = call.store
    dr.check_supported(store, sr)
    pool = dr.pool_ref(store)
    if any(store.get("VDI", vdi)["SR"] == sr for vdi in dr.replicated_vdis(store)):
        return  # xapi: already replicating to this SR
    vdi = storage.create_vdi(store, sr, "Metadata for DR", 256 * storage.MiB, dr.METADATA)
    store.update("VDI", vdi, {"name_description": "Used for disaster recovery", "metadata_of_pool": pool})
    metadata = store.get("pool", pool)["metadata_VDIs"]
    store.update("pool", pool, {"metadata_VDIs": [*metadata, vdi]})
    dr.write(store)
    call.ctx.spawn("dr-metadata", dr.keep_current(store))


@api("SR.disable_database_replication")
def disable_database_replication(call: Call, sr: str) -> None:
    _licensed(call)
    store = call.store
    store.get("SR", sr)
    pool = dr.pool_ref(store)
    for vdi in [v for v in dr.replicated_vdis(store) if store.get("VDI", v)["SR"] == sr]:
        lab_of(store).metadata.pop(store.get("VDI", vdi)["uuid"], None)
        store.update("pool", pool, {"metadata_VDIs": [v for v in store.get("pool", pool)["metadata_VDIs"]
                                                      if v != vdi]})
        storage.destroy_vdi(store, vdi)


@api("DR_task.create")
def create(call: Call, sr_type: str, device_config: dict[str, str], whitelist: list[str]) -> str:
    _licensed(call)
    store = call.store
    if sr_type not in dr.DR_TYPES:
        raise ApiError(errors.OPERATION_NOT_ALLOWED, f"Disaster recovery not supported on SRs of type {sr_type}")
    found, missing, _ = devices.probe(store, sr_type, device_config)
    if missing is not None:
        raise missing
    uuids = [item.sr_uuid for item in found if item.complete and item.sr_uuid in whitelist]
    task = store.create("DR_task", {"introduced_SRs": []})
    for uuid in uuids:
        existing = store.by_uuid["SR"].get(uuid)
        if existing is not None:
            # xapi leaves an SR the pool already has alone; a scan shows metadata other pools wrote since.
            devices.restore(store, existing)
            storage.refresh_sr(store, existing)
            continue
        sr = _attach(call, sr_type, device_config, uuid)
        store.update("SR", sr, {"introduced_by": task})
        store.update("DR_task", task, {"introduced_SRs": [*store.get("DR_task", task)["introduced_SRs"], sr]})
    return task


def _attach(call: Call, sr_type: str, device_config: dict[str, str], uuid: str) -> str:
    """Introduce the SR and plug a PBD on every host; on failure leave nothing behind."""
    store = call.store
    name, description = dr.sr_names(store, uuid)
    sr = introduce(call, uuid, name, description, sr_type, "", True, {})
    try:
        for host in list(store.table("host")):
            pbd = store.create("PBD", {"host": host, "SR": sr, "device_config": dict(device_config),
                                       "currently_attached": False})
            plug(call, pbd)
    except ApiError:
        _detach(call, sr)
        raise
    return sr


def _detach(call: Call, sr: str) -> None:
    store = call.store
    for vdi in store.get("SR", sr)["VDIs"]:
        dr_sessions.close_on(call.ctx, store.get("VDI", vdi)["uuid"])
    for pbd in list(store.get("SR", sr)["PBDs"]):
        unplug(call, pbd)
    forget(call, sr)


@api("DR_task.destroy")
def destroy(call: Call, self: str) -> None:
    store = call.store
    record = store.get("DR_task", self)
    for sr in record["introduced_SRs"]:
        if store.find("SR", sr) is not None:
            _detach(call, sr)
    store.destroy("DR_task", self)


@api("VDI.open_database")
def open_database(call: Call, self: str) -> str:
    _licensed(call)
    store = call.store
    vdi = store.get("VDI", self)
    if vdi["type"] != dr.METADATA:
        raise ApiError("VDI_INCOMPATIBLE_TYPE", self, str(vdi["type"]))
    storage.assert_sr_plugged(store, vdi["SR"])
    content: dict[str, Any] | None = lab_of(store).metadata.get(vdi["uuid"])
    if content is None:
        raise ApiError("COULD_NOT_IMPORT_DATABASE", "the VDI holds no database")
    own = store.table("pool").get(dr.pool_ref(store), {})
    if content["pool_uuid"] == own.get("uuid"):
        raise ApiError("VDI_CONTAINS_METADATA_OF_THIS_POOL", self, dr.pool_ref(store))
    session = call.ctx.sessions.login(call.ctx.config.user, "dr-metadata")
    dr_sessions.bind(call.ctx, session, dr.foreign_store(content), str(vdi["uuid"]))
    return session if session else NULL_REF
