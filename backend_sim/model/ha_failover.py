"""Host failure and HA recovery on the simulated clock (the `sim` plugin's fail_host / restore_host).

Timeline of a failure (simulated seconds after it):
- "power": the host is off at once; its domains are gone but the database still shows them until
  someone notices. "network": the host is cut off; with HA it sees no peers and fences itself
  (Xen's watchdog reboots it) after HEARTBEAT_TIMEOUT; without HA its guests keep running, unseen.
- With HA, the survivors declare the host dead when its statefile heartbeat has been silent for
  STATEFILE_TIMEOUT: it is fenced (host_metrics.live false, its domains gone), HA_HOST_FAILED is
  raised, a new master is elected if it was the master (the first surviving host; POOL_MASTER_TRANSITION,
  and the pool's xapi moves so that clients follow HOST_IS_SLAVE), then its VMs restart on the
  survivors one by one: "restart" ones first, then "best-effort" ones where memory allows, each group
  by `order`, waiting `start_delay` after each start. A protected VM that fits nowhere raises
  HA_PROTECTED_VM_RESTART_FAILED.
- Without HA, the master marks the host not live after HOST_ASSUMED_DEAD (xapi's
  host_assumed_dead_interval); its VMs are not restarted and still show on it, as xapi shows them,
  until the host comes back or VM.power_state_reset.
`restore_host` brings power or network back: a host that was off or fenced boots for BOOT seconds and
rejoins empty (whatever was resident on it is reset to halted); a host only cut off without HA
reconnects with its guests still running.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from ..errors import ApiError
from ..store.store import Store
from . import domains, ha_rules, hosts, messages, placement, vm_fields
from .context import SimContext
from .ha_plan import BEST_EFFORT, RESTART, place, restart_need, world
from .refresh import refresh
from .vmkind import needs_hvm

HEARTBEAT_TIMEOUT = 30.0
STATEFILE_TIMEOUT = 75.0
HOST_ASSUMED_DEAD = 600.0
BOOT = 60.0
RESTART_BOOT_PV, RESTART_BOOT_HVM = 6.0, 12.0  # as VM.start takes
MODES = ("power", "network")


@dataclass
class Failure:
    mode: str
    since: float
    fenced: bool = False  # off, or rebooted by fencing: it comes back empty


_FAILURES: weakref.WeakKeyDictionary[Store, dict[str, Failure]] = weakref.WeakKeyDictionary()
_RESTARTS_BLOCKED_UNTIL: weakref.WeakKeyDictionary[Store, float] = weakref.WeakKeyDictionary()


def failures(store: Store) -> dict[str, Failure]:
    """Hosts failed through the plugin and not restored yet."""
    return _FAILURES.setdefault(store, {})


def prevent_restarts_for(ctx: SimContext, seconds: float) -> None:
    """pool.ha_prevent_restarts_for: no VM restarts until then (0 lifts the block at once)."""
    _RESTARTS_BLOCKED_UNTIL[ctx.store] = ctx.clock.now() + max(0.0, seconds)


async def _restarts_allowed(ctx: SimContext) -> None:
    while (until := _RESTARTS_BLOCKED_UNTIL.get(ctx.store, 0.0)) > ctx.clock.now():
        await ctx.clock.sleep(until - ctx.clock.now())


def _refuse(message: str) -> ApiError:
    return ApiError("XENAPI_PLUGIN_FAILURE", "sim", "", message)


def fail_host(ctx: SimContext, host: str, mode: str) -> str:
    store = ctx.store
    if store.find("host", host) is None:
        raise _refuse("host must be the reference of a host of this pool")
    if mode not in MODES:
        raise _refuse(f"mode must be one of {', '.join(MODES)}")
    if host in failures(store) or not hosts.is_live(store, host):
        raise _refuse("that host is down already")
    failures(store)[host] = Failure(mode, ctx.clock.now(), fenced=mode == "power")
    ctx.spawn(_key(host), _notice(ctx, host))
    return "ok"


def restore_host(ctx: SimContext, host: str) -> str:
    store = ctx.store
    failure = failures(store).get(host)
    if store.find("host", host) is None or failure is None:
        raise _refuse("that host has not failed")
    ctx.spawn(_key(host), _come_back(ctx, host, failure))
    return "ok"


def _key(host: str) -> str:
    return f"ha-failure:{host}"


async def _notice(ctx: SimContext, host: str) -> None:
    """What the pool sees of a failure, once the timeouts have run out."""
    store = ctx.store
    if ha_rules.enabled(store):
        if failures(store)[host].mode == "network":
            await ctx.clock.sleep(HEARTBEAT_TIMEOUT)
            failures(store)[host].fenced = True  # it saw no peer and fenced itself
            await ctx.clock.sleep(STATEFILE_TIMEOUT - HEARTBEAT_TIMEOUT)
        else:
            await ctx.clock.sleep(STATEFILE_TIMEOUT)
        victims = _fence(ctx, host)
        if hosts.master_ref(store) == host:
            _elect(ctx, host)
        ctx.spawn(f"ha-restart:{host}", _restart(ctx, victims))
    else:
        await ctx.clock.sleep(HOST_ASSUMED_DEAD)
        _set_reachable(ctx, host, False)


def _fence(ctx: SimContext, host: str) -> list[str]:
    """The host is out of the liveset: its domains are gone. Returns its guests, to restart."""
    store = ctx.store
    victims = hosts.guests(store, host)
    for vm in victims:
        domains.destroy_domain(ctx, vm)
        refresh(store, "VM", vm)
    hosts.set_live(ctx, host, False)
    ha_rules.update_status(store, ctx.clock.now_datetime())
    record = store.get("host", host)
    failure = failures(store).get(host)
    how = "lost its network and fenced itself" if failure and failure.mode == "network" else "lost power"
    messages.post(store, "HA_HOST_FAILED", "Host", record["uuid"], ctx.clock.now_datetime(),
                  f"Server '{record['name_label']}' {how} and was removed from the HA liveset", 3)
    return victims


def _set_reachable(ctx: SimContext, host: str, live: bool) -> None:
    """The master hears the host's heartbeats again, or gives up on them (the host itself is untouched)."""
    store = ctx.store
    metrics = store.get("host", host)["metrics"]
    if store.find("host_metrics", metrics) is not None:
        store.update("host_metrics", metrics, {"live": live, "last_updated": ctx.clock.now_datetime()})
    hosts.refresh(store, host)
    ha_rules.update_status(store, ctx.clock.now_datetime())


def _elect(ctx: SimContext, lost: str) -> None:
    store = ctx.store
    survivors = [h for h in store.table("host") if h != lost and hosts.is_live(store, h)]
    if not survivors:
        return
    store.update("pool", ha_rules.pool_ref(store), {"master": survivors[0]})
    record = store.get("host", survivors[0])
    messages.post(store, "POOL_MASTER_TRANSITION", "Host", record["uuid"], ctx.clock.now_datetime(),
                  f"HA elected '{record['name_label']}' the new pool master")
    ctx.master_changed()


def restart_order(store: Store, vms: list[str]) -> list[str]:
    """Protected VMs first, then best-effort ones; each group by `order`, then by name."""
    def key(vm: str) -> tuple[int, int, str, str]:
        record = store.get("VM", vm)
        return (0 if record["ha_restart_priority"] == RESTART else 1, int(record["order"]),
                record["name_label"], vm)

    return sorted((vm for vm in vms if store.find("VM", vm) is not None
                   and store.get("VM", vm)["ha_restart_priority"] in (RESTART, BEST_EFFORT)), key=key)


async def _restart(ctx: SimContext, victims: list[str]) -> None:
    store = ctx.store
    planned = world(store)
    protected = [vm for vm in victims if store.find("VM", vm) is not None
                 and store.get("VM", vm)["ha_restart_priority"] == RESTART]
    for vm in protected:
        record = store.get("VM", vm)
        planned.protected[vm] = ("", restart_need(record), needs_hvm(record))
    targets = place(planned, {""}, protected)
    for vm in restart_order(store, victims):
        record = store.get("VM", vm)
        if vm_fields.power_state(record) != "Halted" or not ha_rules.enabled(store):
            continue
        await _restarts_allowed(ctx)
        host = _target(store, vm, targets.get(vm))
        if host is None:
            if record["ha_restart_priority"] == RESTART:
                messages.post(store, "HA_PROTECTED_VM_RESTART_FAILED", "VM", record["uuid"],
                              ctx.clock.now_datetime(), f"HA could not restart VM '{record['name_label']}'", 2)
            continue
        await _boot(ctx, vm, host)
        if int(record["start_delay"]) > 0:
            await ctx.clock.sleep(int(record["start_delay"]))
    ha_rules.update_status(store, ctx.clock.now_datetime())


def _target(store: Store, vm: str, planned: str | None) -> str | None:
    if planned is not None:
        try:
            placement.assert_can_boot_here(store, vm, planned)
            return planned
        except ApiError:
            pass
    try:
        return placement.choose_host(store, vm)
    except ApiError:
        return None


async def _boot(ctx: SimContext, vm: str, host: str) -> None:
    domains.reserve(ctx, vm, host)
    try:
        await ctx.clock.sleep(RESTART_BOOT_HVM if needs_hvm(ctx.store.get("VM", vm)) else RESTART_BOOT_PV)
    except BaseException:
        domains.release(ctx, vm)
        raise
    if vm_fields.power_state(ctx.store.get("VM", vm)) != "Halted" or not hosts.is_live(ctx.store, host):
        domains.release(ctx, vm)
        return
    domains.create_domain(ctx, vm, host, paused=False)
    domains.announce(ctx, vm, "VM_STARTED")
    refresh(ctx.store, "VM", vm)
    ha_rules.update_status(ctx.store, ctx.clock.now_datetime())


async def _come_back(ctx: SimContext, host: str, failure: Failure) -> None:
    store = ctx.store
    if not failure.fenced and ha_rules.enabled(store) and ctx.clock.now() - failure.since >= HEARTBEAT_TIMEOUT:
        failure.fenced = True  # cut off long enough to have fenced itself
    if not failure.fenced:
        del failures(store)[host]  # only cut off: it reconnects with its guests
        _set_reachable(ctx, host, True)
        return
    victims = hosts.guests(store, host)  # died with the host, though nobody had noticed yet
    for vm in victims:
        domains.destroy_domain(ctx, vm)
        refresh(store, "VM", vm)
    hosts.set_live(ctx, host, False)
    if victims and ha_rules.enabled(store):
        ctx.spawn(f"ha-restart:{host}", _restart(ctx, victims))
    await ctx.clock.sleep(BOOT)
    del failures(store)[host]
    hosts.set_live(ctx, host, True)
    store.update("host", host, {"enabled": True})
    hosts.refresh(store, host)
    ha_rules.update_status(store, ctx.clock.now_datetime())
