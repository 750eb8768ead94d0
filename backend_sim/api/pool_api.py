"""pool.*: master designation and ejecting a host."""

from __future__ import annotations

from .. import errors
from ..errors import ApiError
from ..model import ha_rules, hosts, messages, pool_eject, pool_join
from ..store.store import Store
from .call import Call
from .context import ApiContext
from .registry import api


def _pool(call: Call) -> str:
    return next(iter(call.store.table("pool")))


@api("pool.designate_new_master")
async def designate_new_master(call: Call, host: str) -> None:
    call.store.get("host", host)
    ha_rules.assert_disabled(call.store)
    if not hosts.is_live(call.store, host):
        raise ApiError("HOST_OFFLINE", host)
    pool = _pool(call)
    if call.store.get("pool", pool)["master"] == host:
        return
    await call.sleep(5.0)  # the old master hands its database over
    call.store.update("pool", pool, {"master": host})
    messages.post(call.store, "POOL_MASTER_TRANSITION", "Host", call.store.get("host", host)["uuid"],
                  call.ctx.clock.now_datetime(), "The pool master has changed")


@api("pool.eject")
async def eject(call: Call, host: str) -> None:
    """The host leaves and comes back as a pool of its own, served by this process on a port of its own
    (its ready line is printed like the others'); where the pool is not served, the new pool is dropped."""
    store = call.store
    store.get("host", host)
    ha_rules.assert_disabled(store)
    pool = _pool(call)
    if store.get("pool", pool)["master"] == host:
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "The pool master cannot be ejected; designate a new master first")
    if hosts.guests(store, host):
        raise ApiError("HOST_IN_USE", host, "VM", hosts.guests(store, host)[0])
    await call.sleep(10.0)
    standalone = Store(seed=store.random.getrandbits(32))
    pool_eject.eject(store, standalone, host)
    await call.ctx.serve_pool(standalone)


@api("pool.join")
async def join(call: Call, master_address: str, master_username: str, master_password: str) -> None:
    await _join(call, master_address, master_username, master_password, force=False)


async def _join(call: Call, master_address: str, master_username: str, master_password: str, *,
                force: bool) -> None:
    target = _served_pool(call.ctx, master_address)
    if target is None:
        raise ApiError("POOL_JOINING_HOST_CONNECTION_FAILED")
    if (master_username, master_password) != (target.config.user, target.config.password):
        raise ApiError(errors.SESSION_AUTHENTICATION_FAILED, master_username, "Authentication failure")
    _check_join(call.ctx, target, force)
    await call.sleep(15.0)  # the joining xapi restarts as a member
    _check_join(call.ctx, target, force)
    pool_join.join(call.store, target.store)
    call.ctx.slave_of = target.url.removeprefix("http://").removeprefix("https://")


def _served_pool(ctx: ApiContext, address: str) -> ApiContext | None:
    """The pool this process serves at `address` (with or without its scheme)."""
    wanted = address.rstrip("/")
    for url, peer in ctx.peers.items():
        if wanted in (url, url.removeprefix("http://"), url.removeprefix("https://")):
            return peer
    return None


def _check_join(source: ApiContext, target: ApiContext, force: bool) -> None:
    ha_rules.assert_disabled(target.store)
    if target is not source and (target.slave_of or source.slave_of):
        raise ApiError("POOL_JOINING_HOST_CONNECTION_FAILED")
    pool_join.check(source.store, target.store, force=force)


@api("pool.join_force")
async def join_force(call: Call, master_address: str, master_username: str, master_password: str) -> None:
    await _join(call, master_address, master_username, master_password, force=True)
