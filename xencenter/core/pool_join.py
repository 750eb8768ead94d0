"""Joining a standalone server to a pool: the checks xapi's pool.join makes, asked of the two caches first, and the
join itself.

`join_reason(joiner, target)` says why the server behind connection `joiner` cannot join the pool behind `target`
(None when it can), in xapi's order: a server that is a pool of several already, high availability on either
side, running VMs, another product version, another CPU vendor, other CPU features where the licence does not
allow masking (the course's "heterogeneous pools"), shared storage, another domain, another edition.
`masking_note` says when joining masks the server's CPU down to the pool's level, so the user sees it before.

`join(...)` runs pool.join on the joining server's connection with the master's address and credentials, then
forgets that connection: the server now answers HOST_IS_SLAVE and is seen through the pool's connection.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QCoreApplication

from .i18n import translate
from .licensing import restricted
from .objects import Host, the_pool
from .taskfollow import follow_task
from .xenapi.errors import HOST_IS_SLAVE, ConnectionLost, XenAPIFailure

if TYPE_CHECKING:
    from .connection import Connection
    from .manager import ConnectionManager

APPEAR_TIMEOUT = 120.0  # seconds for the joined server to show in the pool's cache


def standalone_host(connection: Connection) -> Host | None:
    """The connection's only server, when it is a pool of one."""
    hosts = [ref for ref, _ in connection.cache.items("host")]
    return Host.lookup(connection.cache, hosts[0]) if len(hosts) == 1 else None


def _own_features(host: Host) -> str:
    info = host.record.get("cpu_info") or {}
    return str(info.get("features_hvm_host") or info.get("features") or "")


def _level(target: Connection) -> str:
    pool = the_pool(target.cache)
    info = (pool.record.get("cpu_info") if pool is not None else None) or {}
    return str(info.get("features_hvm") or "")


def _version(host: Host) -> str:
    return str((host.record.get("software_version") or {}).get("product_version", ""))


def _master(connection: Connection) -> Host | None:
    pool = the_pool(connection.cache)
    return Host.lookup(connection.cache, str(pool.record.get("master", ""))) if pool is not None else None


def _ha_on(connection: Connection) -> bool:
    pool = the_pool(connection.cache)
    return bool(pool.record.get("ha_enabled")) if pool is not None else False


def joiner_reason(joiner: Connection) -> str | None:
    """Why the server behind `joiner` cannot join any pool now, or None."""
    if not joiner.is_connected:
        return QCoreApplication.translate("Commands", "Not connected to {0}.").format(joiner.display_name)
    host = standalone_host(joiner)
    if host is None:
        return translate("PoolJoin", "The server is already in a pool with other servers.")
    if _ha_on(joiner):
        return translate("PoolJoin", "High availability is on for the server; turn it off first.")
    running = sorted(str(vm.get("name_label", ref)) for ref, vm in joiner.cache.items("VM")
                     if vm.get("power_state") in ("Running", "Paused", "Suspended")
                     and not vm.get("is_control_domain") and not vm.get("is_a_snapshot"))
    if running:
        return translate("PoolJoin", "Shut down the server's VMs first ({0}).").format(", ".join(running))
    return None


def join_reason(joiner: Connection, target: Connection) -> str | None:
    """Why the server behind `joiner` cannot join the pool behind `target`, or None."""
    reason = joiner_reason(joiner)
    if reason is not None:
        return reason
    if target is joiner:
        return translate("PoolJoin", "The server is this pool already.")
    if not target.is_connected:
        return QCoreApplication.translate("Commands", "Not connected to {0}.").format(target.display_name)
    host, master = standalone_host(joiner), _master(target)
    if host is None or master is None:
        return translate("PoolJoin", "The pool master is not known yet.")
    if _ha_on(target):
        return translate("PoolJoin", "High availability is on for the pool; turn it off first.")
    if _version(host) != _version(master):
        return translate("PoolJoin", "The server runs version {0} and the pool {1}; they must be the same.").format(
            _version(host) or "?", _version(master) or "?")
    if str((host.record.get("cpu_info") or {}).get("vendor", "")) != \
            str((master.record.get("cpu_info") or {}).get("vendor", "")):
        return translate("PoolJoin", "The server's CPU vendor differs from the pool's.")
    level = _level(target)
    if level and _own_features(host) != level and restricted(target.cache, "restrict_cpu_masking"):
        return translate("PoolJoin", "The server's CPU differs from the pool's, and the pool's licence does not "
                                     "allow CPU masking (heterogeneous pools).")
    shared = sorted(str(sr.get("name_label", ref)) for ref, sr in joiner.cache.items("SR") if sr.get("shared"))
    if shared:
        return translate("PoolJoin", "The server has shared storage ({0}); forget it first.").format(", ".join(shared))
    mine = (str(host.record.get("external_auth_type", "")), str(host.record.get("external_auth_service_name", "")))
    theirs = (str(master.record.get("external_auth_type", "")),
              str(master.record.get("external_auth_service_name", "")))
    if (mine[0], mine[1].lower()) != (theirs[0], theirs[1].lower()):
        return translate("PoolJoin", "The server's domain ({0}) differs from the pool's ({1}).").format(
            mine[1] or translate("PoolJoin", "none"), theirs[1] or translate("PoolJoin", "none"))
    if str(host.record.get("edition", "")) != str(master.record.get("edition", "")):
        return translate("PoolJoin", "The server's edition ({0}) differs from the pool's ({1}).").format(
            host.record.get("edition", ""), master.record.get("edition", ""))
    return None


def masking_note(joiner: Connection, target: Connection) -> str:
    """When joining hides some of the server's CPU features (levelled to the pool's), the sentence that says so."""
    host = standalone_host(joiner)
    level = _level(target)
    if host is None or not level or _own_features(host) == level:
        return ""
    return translate("PoolJoin", "{0} has a CPU with other features than the pool's: its features are masked to "
                                 "the pool's level so that VMs can move between all servers.").format(host.name)


def master_address(url: str) -> str:
    """What pool.join takes as master_address: the host, with the port only when it is not the scheme's own."""
    parsed = httpx.URL(url)
    default = 443 if parsed.scheme == "https" else 80
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    return host if parsed.port in (None, default) else f"{host}:{parsed.port}"


async def join(joiner: Connection, target: Connection, manager: ConnectionManager | None,
               on_progress: object = None) -> None:
    """pool.join on `joiner` towards `target`'s master; returns when the server shows in the pool's cache."""
    client = joiner.client
    password = target.password
    host = standalone_host(joiner)
    if client is None or password is None or host is None:
        raise ConnectionLost(translate("PoolJoin", "The connections to the server and the pool must be open."))
    uuid, original_url = host.uuid, joiner.url
    task = await client.call_async("pool.join", master_address(target.url), target.user, password)
    try:
        await follow_task(joiner, task, on_progress if callable(on_progress) else None)
    except XenAPIFailure as failure:
        if failure.code != HOST_IS_SLAVE:  # a member already: the join went through
            raise
    except ConnectionLost:
        pass  # the server's toolstack restarts as a member: the pool's cache tells whether it joined
    await _appears(target, uuid)
    if manager is not None:
        await manager.remove(joiner, url=original_url)


async def _appears(target: Connection, uuid: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + APPEAR_TIMEOUT
    while not any(record.get("uuid") == uuid for _ref, record in target.cache.items("host")):
        if loop.time() > deadline:
            raise ConnectionLost(translate("PoolJoin", "The server did not appear in the pool after joining it."))
        await asyncio.sleep(0.2)
