"""Workload balancing through xapi's own calls, answered by the simulator's built-in engine (model/wlb.py).

As ocaml/xapi/workload_balancing.ml: every call is gated by the edition (LICENCE_RESTRICTION wlb); the
configuration calls need WLB initialised (WLB_NOT_INITIALIZED), the recommendation calls need it enabled too
(WLB_DISABLED). `pool.initialize_wlb` accepts the URL "sim://wlb" (the built-in engine); any other URL must be
xapi's host:port (else WLB_URL_INVALID [url]) and is refused with WLB_CONNECTION_REFUSED, since the simulator
reaches no appliance. The CPU figures come from the load model averaged over the last ten minutes.
"""

from __future__ import annotations

import numpy as np

from .. import errors
from ..errors import ApiError
from ..model import editions, wlb
from ..model.perf_view import workload_of
from ..perf.workloads import workload
from .call import Call
from .registry import api

WINDOW = 600.0  # seconds of load the engine averages
STEP = 60.0


def _pool(call: Call) -> str:
    return next(iter(call.store.table("pool")))


def _licensed(call: Call) -> None:
    editions.check(call.store, "wlb")


def _initialised(call: Call) -> None:
    _licensed(call)
    if not call.store.get("pool", _pool(call))["wlb_url"]:
        raise ApiError("WLB_NOT_INITIALIZED")


def _enabled(call: Call) -> None:
    _initialised(call)
    if not call.store.get("pool", _pool(call))["wlb_enabled"]:
        raise ApiError("WLB_DISABLED")


def _check_url(url: str) -> None:
    """xapi's split_host_port: "host:port" with a numeric port, or our own engine's URL."""
    if url.lower() == wlb.BUILTIN_URL:
        return
    host, _, port = url.rpartition(":")
    if not host or not port.isdigit() or "/" in host:
        raise ApiError("WLB_URL_INVALID", url)
    raise ApiError("WLB_CONNECTION_REFUSED")


def load_picture(call: Call) -> wlb.Load:
    """CPU cores busy per host and per VM, from the load model over the last ten minutes (halted VMs:
    their workload's typical use)."""
    store = call.store
    perf = call.ctx.perf
    state = perf.state()
    times = call.ctx.clock.now() - np.arange(0.0, WINDOW, STEP)
    vm_cores: dict[str, float] = {}
    host_busy: dict[str, float] = {}
    uuid_to_host = {str(record["uuid"]): ref for ref, record in store.table("host").items()}
    for guest in state.guests:
        series = perf.model.guest(guest, times, smooth=STEP / 5.0)
        cores = float(sum(np.mean(series[f"cpu{i}"]) for i in range(guest.vcpus)))
        vm_ref = store.by_uuid["VM"].get(guest.uuid)
        if vm_ref is not None:
            vm_cores[vm_ref] = cores
        host_ref = uuid_to_host.get(guest.host_uuid)
        if host_ref is not None:
            host_busy[host_ref] = host_busy.get(host_ref, 0.0) + cores
    for ref, vm in store.table("VM").items():
        if ref not in vm_cores and not vm["is_control_domain"]:
            w = workload(workload_of(vm))
            vm_cores[ref] = int(vm["VCPUs_at_startup"]) * (w.cpu + 0.5 * w.cpu_active)
    host_cpus = {host.uuid: host.cpus for host in state.hosts}
    return wlb.Load(host_busy, {ref: host_cpus.get(uuid, 1) for uuid, ref in uuid_to_host.items()}, vm_cores)


@api("pool.initialize_wlb")
def initialize_wlb(call: Call, wlb_url: str, wlb_username: str, wlb_password: str, xenserver_username: str,
                   xenserver_password: str) -> None:
    _licensed(call)
    _check_url(wlb_url)
    if not wlb_username or not wlb_password:
        raise ApiError("WLB_AUTHENTICATION_FAILED")
    if not xenserver_username or not xenserver_password:
        raise ApiError("WLB_XENSERVER_AUTHENTICATION_FAILED")
    store = call.store
    wlb.save_password(store, wlb_password)
    if wlb.configuration(store) == wlb.DEFAULTS:
        wlb.save_configuration(store, dict(wlb.DEFAULTS))
    store.update("pool", _pool(call), {"wlb_url": wlb.BUILTIN_URL, "wlb_username": wlb_username})


@api("pool.deconfigure_wlb")
def deconfigure_wlb(call: Call) -> None:
    if not call.store.get("pool", _pool(call))["wlb_url"]:
        raise ApiError("WLB_NOT_INITIALIZED")
    wlb.forget(call.store)
    call.store.update("pool", _pool(call), {"wlb_url": "", "wlb_username": "", "wlb_enabled": False})


@api("pool.set_wlb_enabled")
def set_wlb_enabled(call: Call, self: str, value: bool) -> None:
    _licensed(call)
    call.store.get("pool", self)
    call.store.update("pool", self, {"wlb_enabled": bool(value)})


@api("pool.send_wlb_configuration")
def send_wlb_configuration(call: Call, config: dict[str, str]) -> None:
    _initialised(call)
    merged = wlb.check_configuration({**wlb.configuration(call.store), **dict(config)})
    wlb.save_configuration(call.store, merged)


@api("pool.retrieve_wlb_configuration")
def retrieve_wlb_configuration(call: Call) -> dict[str, str]:
    _initialised(call)
    return wlb.configuration(call.store)


@api("VM.retrieve_wlb_recommendations")
def vm_recommendations(call: Call, vm: str) -> dict[str, list[str]]:
    _enabled(call)
    record = call.store.get("VM", vm)
    if record["is_a_template"] or record["is_a_snapshot"]:
        raise ApiError("VM_IS_TEMPLATE", vm)
    if record["is_control_domain"]:
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "the control domain cannot be placed")
    return wlb.rate_hosts(call.store, vm, load_picture(call), wlb.configuration(call.store))


@api("pool.retrieve_wlb_recommendations")
def pool_recommendations(call: Call) -> dict[str, list[str]]:
    _enabled(call)
    opt_id = str(call.store.generation)  # the same picture gives the same optimisation id
    return wlb.optimise(call.store, load_picture(call), wlb.configuration(call.store), opt_id)
