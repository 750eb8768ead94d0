"""Host maintenance and power: disable, enable, evacuate, reboot, shutdown, power_on and its settings."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..model import ha_rules, hosts, placement, vm_fields
from ..model import power_on as power_on_methods
from ..model.memory import host_free_memory
from ..wire.values import NULL_REF
from .call import Call
from .migrate_api import live_migrate
from .registry import api

REBOOT_DOWN, BOOT_UP, SHUTDOWN = 20.0, 60.0, 15.0


def _live_host(call: Call, host: str) -> dict[str, Any]:
    record = call.store.get("host", host)
    if not hosts.is_live(call.store, host):
        raise ApiError("HOST_OFFLINE", host)
    return record


@api("host.set_power_on_mode")
def set_power_on_mode(call: Call, self: str, power_on_mode: str, power_on_config: dict[str, str]) -> None:
    old = dict(call.store.get("host", self)["power_on_config"])
    call.store.update("host", self, {"power_on_mode": power_on_mode, "power_on_config": dict(power_on_config)})
    power_on_methods.forget_old_secret(call.store, old, dict(power_on_config))


@api("host.disable")
def disable(call: Call, host: str) -> None:
    _live_host(call, host)
    ha_rules.assert_disable_keeps_plan(call.store, host)
    call.store.update("host", host, {"enabled": False})
    call.ctx.after_operation("host", host)


@api("host.enable")
def enable(call: Call, host: str) -> None:
    _live_host(call, host)
    call.store.update("host", host, {"enabled": True})
    call.ctx.after_operation("host", host)


def _evacuation_plan(call: Call, host: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Where each guest would go (most free memory first), and the guests that cannot move."""
    store = call.store
    moves: dict[str, str] = {}
    stuck: dict[str, list[str]] = {}
    promised: dict[str, int] = {}
    for vm in hosts.guests(store, host):
        record = store.get("VM", vm)
        best: tuple[int, str] | None = None
        error: ApiError | None = None
        for other in store.table("host"):
            if other == host:
                continue
            try:
                placement.assert_can_boot_here(store, vm, other)
            except ApiError as exc:
                error = error or exc
                continue
            room = host_free_memory(store, other) - promised.get(other, 0)
            need = placement.required_memory(record)
            if room >= need and (best is None or room > best[0]):
                best = (room, other)
        if best is None:
            reason = error or ApiError("HOST_NOT_ENOUGH_FREE_MEMORY", placement.required_memory(record), 0)
            stuck[vm] = reason.description
        else:
            moves[vm] = best[1]
            promised[best[1]] = promised.get(best[1], 0) + placement.required_memory(record)
    return moves, stuck


@api("host.get_vms_which_prevent_evacuation")
def get_vms_which_prevent_evacuation(call: Call, self: str) -> dict[str, list[str]]:
    _live_host(call, self)
    return _evacuation_plan(call, self)[1]


@api("host.assert_can_evacuate")
def assert_can_evacuate(call: Call, host: str) -> None:
    _live_host(call, host)
    stuck = _evacuation_plan(call, host)[1]
    if stuck:
        first = next(iter(stuck.values()))
        raise ApiError(first[0], *first[1:])


@api("host.evacuate")
async def evacuate(call: Call, host: str, network: str = NULL_REF, evacuate_batch_size: int = 0) -> None:
    _live_host(call, host)
    moves, stuck = _evacuation_plan(call, host)
    if stuck:
        first = next(iter(stuck.values()))
        raise ApiError(first[0], *first[1:])
    call.begin_op("host", host, "evacuate")
    for index, (vm, target) in enumerate(moves.items()):
        if call.store.find("VM", vm) is None or vm_fields.resident_on(call.store.get("VM", vm)) != host:
            continue
        sub = Call(call.ctx, call.session, "VM.pool_migrate")
        try:
            await live_migrate(sub, vm, target)
        finally:
            sub.finish()
        call.progress((index + 1) / len(moves))


async def _power_cycle(call: Call, host: str, op: str, down: float, up: float | None) -> None:
    hosts.assert_can_go_down(call.store, host)
    call.begin_op("host", host, op)
    await call.sleep(down)
    hosts.set_live(call.ctx, host, False)
    if up is None:
        return
    await call.sleep(up)
    hosts.set_live(call.ctx, host, True)
    call.store.update("host", host, {"enabled": True})


@api("host.reboot")
async def reboot(call: Call, host: str) -> None:
    _live_host(call, host)
    await _power_cycle(call, host, "reboot", REBOOT_DOWN, BOOT_UP)


@api("host.shutdown")
async def shutdown(call: Call, host: str) -> None:
    _live_host(call, host)
    await _power_cycle(call, host, "shutdown", SHUTDOWN, None)


@api("host.power_on")
async def power_on(call: Call, host: str) -> None:
    call.store.get("host", host)
    if hosts.is_live(call.store, host):
        raise ApiError("HOST_IS_LIVE", host)
    power_on_methods.assert_can_power_on(call.store, host)
    call.begin_op("host", host, "power_on")
    await call.sleep(BOOT_UP)
    hosts.set_live(call.ctx, host, True)
    call.store.update("host", host, {"enabled": True})
