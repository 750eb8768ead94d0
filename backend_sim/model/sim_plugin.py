"""The `sim` host plugin: host.call_plugin(host, "sim", fn, args) reaches the simulation itself.

Functions (args and result are strings, as for every xapi plugin):
- clock_now {} -> simulated epoch seconds.
- clock_step {"seconds": "N"} -> steps a manual clock by N seconds, lets woken work run, returns the
  new time. On a running clock it fails: such a clock cannot be stepped.
- clock_state {} -> JSON {"now", "speed", "running"}; clock_pause {} / clock_resume {} stop and
  restart the clock (a paused clock can be stepped; resuming a --manual-clock runs it);
  clock_set_speed {"speed": "N"} -> simulated seconds per real second (0 < N <= 10000). Each
  answers the new state: see model/clock_control.py.
- migration_stats {"vm": ref} -> JSON figures of the VM's last live migration (pre-copy rounds,
  bytes per round, data sent, downtime).
- split_drivers {} -> JSON picture of Xen's split device drivers on the host the call is made on:
  see model/split_drivers.py.
- workloads {} -> JSON object: every workload a guest can run (name -> what it does).
- set_workload {"vm": ref, "workload": name} -> the name; from the next five-second sample the
  guest's CPU, memory, disk and network figures follow that workload (idle, web, database, batch,
  boot-storm, install). Kept in the VM's other_config:sim-workload.
- fail_host {"host": ref, "mode": "power"|"network"} -> "ok"; the host loses power or its network:
  with HA on it is fenced after the HA timeouts and its protected VMs restart elsewhere (a lost master
  is replaced); without HA it shows unreachable. Timeline and values: model/ha_failover.py.
- restore_host {"host": ref} -> "ok"; power or network comes back: the host rejoins (empty, after
  booting, if it was off or fenced).
- editions {} -> JSON {"editions": [{"name", "title", "course"}], "features": [{"key", "title": {lang: text},
  "editions", "restriction", "simulated", "needs"}]}: the course's feature matrix (model/editions.py), which
  host.apply_edition / pool.apply_edition follow.
- storage_servers {} -> JSON picture of the storage servers the pool reaches (NFS exports, iSCSI
  targets and LUNs, FC LUNs, CIFS shares) and which SR each holds: see model/storage/servers.py.
- add_storage_server {"kind": "nfs", "address": a, "exports": "/p1,/p2"} |
  {"kind": "iscsi", "address": a, "iqn": iqn, "luns": "GiB,GiB"} | {"kind": "hba", "luns": "GiB,..."} |
  {"kind": "cifs", "address": a, "shares": "s1,s2", "username": u, "password": p} -> that picture
  after adding the server (or exports, LUNs, shares to a known one); SR.probe sees it at once.
- set_storage_server_online {"address": a, "online": "true"|"false"} -> that picture; a server switched
  off fails SR.probe, SR.create and PBD.plug with SM's errors (an SR to repair once it is back).
- licence_expiry {"days": "N"} -> the new expiry ("20271204T00:00:00Z"); every host whose edition has a licence
  that expires (XenServer Free, paid editions; not XCP or XCP-ng) now expires N simulated days from now (N may be
  negative), so a class sees LICENSE_EXPIRES_SOON and LICENSE_EXPIRED (model/licence_watch.py) without waiting a year.
- disk_write {"vdi": ref, "bytes": "N"} -> the bytes written: the running guest that has the disk attached writes N
  bytes to blocks it had not written (an on_boot=reset disk loses them at the next shutdown or boot).
- wlb_on {} -> JSON {"builtin", "url", "enabled", "configuration"}: the pool's workload balancing is pointed at the
  simulator's built-in engine (as pool.initialize_wlb "sim://wlb" would, user "sim") and enabled, for a demo;
  LICENCE_RESTRICTION where the edition lacks WLB. See model/wlb.py.
"""

from __future__ import annotations

import asyncio
import json

from ..errors import ApiError
from ..perf.workloads import WORKLOADS
from . import editions, ha_failover, wlb
from .clock_control import CLOCK_FUNCTIONS, control
from .context import SimContext
from .perf_view import WORKLOAD_KEY
from .split_drivers import split_drivers
from .storage import servers
from .storage.vdis import guest_writes


def _failure(message: str) -> ApiError:
    return ApiError("XENAPI_PLUGIN_FAILURE", "sim", "", message)


async def run(ctx: SimContext, host: str, fn: str, args: dict[str, str]) -> str:
    if fn == "clock_now":
        return repr(ctx.clock.now())
    if fn == "clock_step":
        try:
            seconds = float(args.get("seconds", "0"))
        except ValueError:
            raise _failure("seconds must be a number") from None
        if seconds < 0:
            raise _failure("seconds must not be negative")
        if not ctx.clock.manual:
            raise _failure("the clock is running; pause it (clock_pause) or start the simulator with --manual-clock")
        await step_clock(ctx, seconds)
        return repr(ctx.clock.now())
    if fn in CLOCK_FUNCTIONS:
        try:
            return control(ctx.clock, fn, args)
        except ValueError as exc:
            raise _failure(str(exc)) from None
    if fn == "migration_stats":
        stats = ctx.migrations.get(args.get("vm", ""))
        if stats is None:
            raise _failure("no live migration of that VM has been recorded")
        return json.dumps(stats, sort_keys=True)
    if fn == "split_drivers":
        return json.dumps(split_drivers(ctx.store, host), sort_keys=True)
    if fn == "workloads":
        return json.dumps({w.name: w.description for w in WORKLOADS.values()})
    if fn == "set_workload":
        return _set_workload(ctx, args.get("vm", ""), args.get("workload", ""))
    if fn == "fail_host":
        return ha_failover.fail_host(ctx, args.get("host", ""), args.get("mode", "power"))
    if fn == "restore_host":
        return ha_failover.restore_host(ctx, args.get("host", ""))
    if fn == "editions":
        return json.dumps(editions.matrix())
    if fn == "wlb_on":
        return json.dumps(_wlb_on(ctx))
    if fn == "storage_servers":
        return json.dumps(servers.lab_of(ctx.store).describe(), sort_keys=True)
    if fn in ("add_storage_server", "set_storage_server_online"):
        change = servers.add_server if fn == "add_storage_server" else servers.set_online
        try:
            return json.dumps(change(ctx.store, args), sort_keys=True)
        except ValueError as exc:
            raise _failure(str(exc)) from None
    if fn == "licence_expiry":
        try:
            days = float(args.get("days", ""))
        except ValueError:
            raise _failure("days must be a number") from None
        return editions.move_expiry(ctx.store, ctx.clock.now() + days * 86400)
    if fn == "disk_write":
        return _disk_write(ctx, args.get("vdi", ""), args.get("bytes", ""))
    raise _failure(f"unknown function {fn!r}")


def _wlb_on(ctx: SimContext) -> dict[str, object]:
    store = ctx.store
    editions.check(store, "wlb")
    wlb.save_password(store, "sim")
    wlb.save_configuration(store, wlb.configuration(store))
    for pool_ref in list(store.table("pool")):
        store.update("pool", pool_ref, {"wlb_url": wlb.BUILTIN_URL, "wlb_username": "sim", "wlb_enabled": True})
    return wlb.summary(store)


def _disk_write(ctx: SimContext, vdi: str, count: str) -> str:
    store = ctx.store
    record = store.find("VDI", vdi)
    if record is None:
        raise _failure("vdi must be the reference of a VDI")
    if not count.isdigit():
        raise _failure("bytes must be a whole number")
    if not any(store.get("VBD", vbd)["currently_attached"] for vbd in record["VBDs"]):
        raise _failure("no running guest has this disk attached")
    return str(guest_writes(store, vdi, int(count)))


def _set_workload(ctx: SimContext, vm_ref: str, name: str) -> str:
    vm = ctx.store.find("VM", vm_ref)
    if vm is None or vm["is_a_template"] or vm["is_a_snapshot"] or vm["is_control_domain"]:
        raise _failure("vm must be the reference of a guest (not a template, snapshot or dom0)")
    if name not in WORKLOADS:
        raise _failure(f"unknown workload {name!r}; one of {', '.join(WORKLOADS)}")
    ctx.store.update("VM", vm_ref, {"other_config": {**vm["other_config"], WORKLOAD_KEY: name}})
    return name


# Loop turns given to woken work after each deadline: a task that waits for other tasks (a vApp waiting for its
# members' VM tasks, then sleeping its start delay) needs several turns to reach its next sleep.
SETTLE_TURNS = 16


async def step_clock(ctx: SimContext, seconds: float) -> None:
    """Step deadline by deadline, letting woken work run, so chained sleeps all complete in order."""
    clock = ctx.clock
    target = clock.now() + seconds
    while True:
        deadline = clock.next_deadline()
        if deadline is None or deadline > target:
            clock.step(target - clock.now())
            break
        clock.step(max(0.0, deadline - clock.now()))
        for _ in range(SETTLE_TURNS):  # let every woken task reach its next sleep
            await asyncio.sleep(0)
    for _ in range(SETTLE_TURNS):
        await asyncio.sleep(0)
