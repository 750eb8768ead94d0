"""The `sim` host plugin: host.call_plugin(host, "sim", fn, args) reaches the simulation itself.

Functions (args and result are strings, as for every xapi plugin):
- clock_now {} -> simulated epoch seconds.
- clock_step {"seconds": "N"} -> steps a manual clock by N seconds, lets woken work run, returns the
  new time. On a running clock it fails: such a clock cannot be stepped.
- migration_stats {"vm": ref} -> JSON figures of the VM's last live migration (pre-copy rounds,
  bytes per round, data sent, downtime).
- split_drivers {} -> JSON picture of Xen's split device drivers on the host the call is made on:
  see model/split_drivers.py.
- fail_host {"host": ref, "mode": "power"|"network"} -> "ok"; the host loses power or its network:
  with HA on it is fenced after the HA timeouts and its protected VMs restart elsewhere (a lost master
  is replaced); without HA it shows unreachable. Timeline and values: model/ha_failover.py.
- restore_host {"host": ref} -> "ok"; power or network comes back: the host rejoins (empty, after
  booting, if it was off or fenced).
"""

from __future__ import annotations

import asyncio
import json

from ..errors import ApiError
from . import ha_failover
from .context import SimContext
from .split_drivers import split_drivers


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
            raise _failure("the clock is running in real time; start the simulator with --manual-clock")
        await step_clock(ctx, seconds)
        return repr(ctx.clock.now())
    if fn == "migration_stats":
        stats = ctx.migrations.get(args.get("vm", ""))
        if stats is None:
            raise _failure("no live migration of that VM has been recorded")
        return json.dumps(stats, sort_keys=True)
    if fn == "split_drivers":
        return json.dumps(split_drivers(ctx.store, host), sort_keys=True)
    if fn == "fail_host":
        return ha_failover.fail_host(ctx, args.get("host", ""), args.get("mode", "power"))
    if fn == "restore_host":
        return ha_failover.restore_host(ctx, args.get("host", ""))
    raise _failure(f"unknown function {fn!r}")


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
        for _ in range(5):  # let every woken task reach its next sleep
            await asyncio.sleep(0)
    for _ in range(5):
        await asyncio.sleep(0)
