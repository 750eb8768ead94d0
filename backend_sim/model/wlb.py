"""The simulator's own workload balancing engine: star ratings for placing a VM and moves that rebalance a pool.

Real WLB is an appliance xapi talks SOAP to (ocaml/xapi/workload_balancing.ml); here the pool answers the same
xapi calls itself, from its load model (CPU per guest and host, model/perf_view.py and perf/load.py) and its
memory accounting. Everything here is a pure function over the store and a `Load` picture, so tests can check
the rules without a clock.

Ratings follow xapi's shape: host -> ["WLB", stars, rec id] where the host can take the VM, or
["WLB", "0.0", rec id, reason] where it cannot, the reason being xapi's error code for it (HOST_DISABLED,
HOST_NOT_ENOUGH_FREE_MEMORY, VM_REQUIRES_SR...). Pool recommendations: VM -> ["WLB", host uuid, opt id, rec id,
reason] (xapi passes WLB's MoveToHostUuid through unchanged).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from .memory import host_free_memory
from .placement import assert_can_boot_here, required_memory

BUILTIN_URL = "sim://wlb"  # the URL that selects this engine in pool.initialize_wlb
MAX_PERFORMANCE, MAX_DENSITY = "MaxPerformance", "MaxDensity"
MODES = (MAX_PERFORMANCE, MAX_DENSITY)
# WLB's pool configuration keys this engine reads; thresholds are percentages of a host's CPU and memory
DEFAULTS = {"OptimizationMode": MAX_PERFORMANCE, "HostCpuThresholdCritical": "95", "HostCpuThresholdHigh": "85",
            "HostMemoryThresholdCritical": "95", "HostMemoryThresholdHigh": "85"}
PERCENT_KEYS = tuple(key for key in DEFAULTS if key != "OptimizationMode")
SECRET_TAG = "wlb"  # other_config key of the secrets that hold the engine's password and configuration
REASON_CPU, REASON_MEMORY = "CPU", "Memory"  # WLB's optimisation reasons (XenCenter's WlbOptimizationReason)
MAX_MOVES = 8  # moves proposed per call: enough for a course pool, bounded for a large one
CPU_WEIGHT = 0.6  # MaxPerformance weighs CPU headroom above memory headroom
DENSITY_CPU_WEIGHT = 0.3  # MaxDensity packs by memory first: memory is what limits how many VMs a host holds


@dataclass(frozen=True)
class Load:
    """CPU as the load model sees it: cores busy per host and per VM (running VMs measured, halted estimated)."""

    host_busy: dict[str, float] = field(default_factory=dict)  # host ref -> cores in use by its guests
    host_cpus: dict[str, int] = field(default_factory=dict)  # host ref -> physical CPUs
    vm_cores: dict[str, float] = field(default_factory=dict)  # VM ref -> cores it uses (or would)


# -- configuration -----------------------------------------------------------------------------------------


def check_configuration(config: dict[str, str]) -> dict[str, str]:
    """The configuration as the engine keeps it: known keys checked (INVALID_VALUE [key, value]), others kept."""
    merged = {**DEFAULTS, **{str(k): str(v) for k, v in config.items()}}
    if merged["OptimizationMode"] not in MODES:
        raise ApiError(errors.INVALID_VALUE, "OptimizationMode", merged["OptimizationMode"])
    for key in PERCENT_KEYS:
        try:
            value = float(merged[key])
        except ValueError:
            raise ApiError(errors.INVALID_VALUE, key, merged[key]) from None
        if not 0 < value <= 100:
            raise ApiError(errors.INVALID_VALUE, key, merged[key])
    for high, critical in (("HostCpuThresholdHigh", "HostCpuThresholdCritical"),
                           ("HostMemoryThresholdHigh", "HostMemoryThresholdCritical")):
        if float(merged[high]) > float(merged[critical]):  # "high" must come before "critical"
            raise ApiError(errors.INVALID_VALUE, high, merged[high])
    return merged


def _secret(store: Store, kind: str) -> str | None:
    return next((ref for ref, record in store.table("secret").items()
                 if (record.get("other_config") or {}).get(SECRET_TAG) == kind), None)


def configuration(store: Store) -> dict[str, str]:
    ref = _secret(store, "configuration")
    if ref is None:
        return dict(DEFAULTS)
    try:
        return {**DEFAULTS, **dict(json.loads(str(store.get("secret", ref)["value"])))}
    except ValueError:
        return dict(DEFAULTS)


def save_configuration(store: Store, config: dict[str, str]) -> None:
    """Kept in a secret as xapi keeps WLB's password: out of the pool record, in the database."""
    _keep_secret(store, "configuration", json.dumps(config, sort_keys=True))


def save_password(store: Store, password: str) -> None:
    _keep_secret(store, "password", password)


def _keep_secret(store: Store, kind: str, value: str) -> None:
    ref = _secret(store, kind)
    if ref is None:
        store.create("secret", {"value": value, "other_config": {SECRET_TAG: kind}})
    else:
        store.update("secret", ref, {"value": value})


def forget(store: Store) -> None:
    """deconfigure_wlb: the engine's secrets go with the pool's WLB fields."""
    for kind in ("password", "configuration"):
        ref = _secret(store, kind)
        if ref is not None:
            store.destroy("secret", ref)


# -- ratings ----------------------------------------------------------------------------------------------


def _memory_total(store: Store, host_ref: str) -> int:
    metrics = store.find("host_metrics", store.get("host", host_ref)["metrics"])
    return int(metrics["memory_total"]) if metrics else 0


def _fractions(store: Store, load: Load, vm_ref: str, host_ref: str, resident: bool) -> tuple[float, float]:
    """CPU and memory use of the host (0..1+) once the VM runs there."""
    vm = store.get("VM", vm_ref)
    cpus = max(1, load.host_cpus.get(host_ref, 1))
    extra_cpu = 0.0 if resident else load.vm_cores.get(vm_ref, 0.0)
    cpu = (load.host_busy.get(host_ref, 0.0) + extra_cpu) / cpus
    total = max(1, _memory_total(store, host_ref))
    free = host_free_memory(store, host_ref) - (0 if resident else required_memory(vm))
    return cpu, 1.0 - free / total


def stars_for(cpu: float, memory: float, config: dict[str, str]) -> float:
    """0.0-5.0: MaxPerformance likes headroom; MaxDensity likes full hosts that stay under the high thresholds."""
    cpu_high = float(config["HostCpuThresholdHigh"]) / 100
    memory_high = float(config["HostMemoryThresholdHigh"]) / 100
    if config["OptimizationMode"] == MAX_DENSITY and cpu <= cpu_high and memory <= memory_high:
        score = DENSITY_CPU_WEIGHT * cpu / cpu_high + (1 - DENSITY_CPU_WEIGHT) * memory / memory_high
    else:
        score = CPU_WEIGHT * (1 - min(cpu, 1.0)) + (1 - CPU_WEIGHT) * (1 - min(memory, 1.0))
        if cpu > float(config["HostCpuThresholdCritical"]) / 100:
            score /= 4  # a host past its critical threshold is a last resort
    return round(max(0.1, min(5.0, 5 * score)), 1)


def rate_hosts(store: Store, vm_ref: str, load: Load, config: dict[str, str]) -> dict[str, list[str]]:
    """VM.retrieve_wlb_recommendations: every host of the pool, with its stars or the reason it gets none."""
    vm = store.get("VM", vm_ref)
    resident_on = vm["resident_on"] if vm["power_state"] in ("Running", "Paused") else ""
    answer: dict[str, list[str]] = {}
    for index, host_ref in enumerate(sorted(store.table("host"), key=lambda h: store.get("host", h)["name_label"])):
        rec_id = str(index + 1)
        resident = host_ref == resident_on
        try:
            if not resident:
                assert_can_boot_here(store, vm_ref, host_ref)
        except ApiError as exc:
            answer[host_ref] = ["WLB", "0.0", rec_id, exc.code]
            continue
        cpu, memory = _fractions(store, load, vm_ref, host_ref, resident)
        answer[host_ref] = ["WLB", f"{stars_for(cpu, memory, config):.1f}", rec_id]
    return answer


# -- pool optimisation -----------------------------------------------------------------------------------


def _over(store: Store, load: Load, host_ref: str, config: dict[str, str]) -> str:
    """Why a host is over its high thresholds ("" when it is not)."""
    cpu = load.host_busy.get(host_ref, 0.0) / max(1, load.host_cpus.get(host_ref, 1))
    if cpu > float(config["HostCpuThresholdHigh"]) / 100:
        return REASON_CPU
    total = max(1, _memory_total(store, host_ref))
    if 1.0 - host_free_memory(store, host_ref) / total > float(config["HostMemoryThresholdHigh"]) / 100:
        return REASON_MEMORY
    return ""


def _movable(store: Store, host_ref: str) -> list[str]:
    return [ref for ref in store.get("host", host_ref)["resident_VMs"]
            if not store.get("VM", ref)["is_control_domain"] and store.get("VM", ref)["power_state"] == "Running"]


def optimise(store: Store, load: Load, config: dict[str, str], opt_id: str) -> dict[str, list[str]]:
    """pool.retrieve_wlb_recommendations: for each host over a high threshold, the busiest VM to move and the
    best-rated host that takes it, until the host is back under (each move counted before the next)."""
    busy = dict(load.host_busy)
    moved: dict[str, list[str]] = {}
    hosts = sorted(store.table("host"), key=lambda h: store.get("host", h)["name_label"])
    for source in hosts:
        for _ in range(MAX_MOVES):
            picture = Load(busy, load.host_cpus, load.vm_cores)
            reason = _over(store, picture, source, config)
            if not reason or len(moved) >= MAX_MOVES:
                break
            candidates = sorted((vm for vm in _movable(store, source) if vm not in moved),
                                key=lambda vm: (-load.vm_cores.get(vm, 0.0), vm))
            move = _best_move(store, picture, candidates, source, config)
            if move is None:
                break
            vm, target = move
            cores = load.vm_cores.get(vm, 0.0)
            busy[source] = busy.get(source, 0.0) - cores
            busy[target] = busy.get(target, 0.0) + cores
            moved[vm] = ["WLB", str(store.get("host", target)["uuid"]), opt_id, str(len(moved) + 1), reason]
    return moved


def _best_move(store: Store, load: Load, candidates: list[str], source: str,
               config: dict[str, str]) -> tuple[str, str] | None:
    for vm in candidates:
        ratings = rate_hosts(store, vm, load, config)
        targets = [(float(rec[1]), host) for host, rec in ratings.items()
                   if host != source and float(rec[1]) > 0 and not _over(store, _with(load, vm, host), host, config)]
        if targets:
            return vm, max(targets)[1]
    return None


def _with(load: Load, vm: str, host: str) -> Load:
    busy = dict(load.host_busy)
    busy[host] = busy.get(host, 0.0) + load.vm_cores.get(vm, 0.0)
    return Load(busy, load.host_cpus, load.vm_cores)


def summary(store: Store) -> dict[str, Any]:
    """What the `sim` plugin tells a console about the engine: is it the built-in one, and its mode."""
    pool = next(iter(store.table("pool").values()), {})
    return {"builtin": str(pool.get("wlb_url", "")) == BUILTIN_URL, "url": str(pool.get("wlb_url", "")),
            "enabled": bool(pool.get("wlb_enabled", False)), "configuration": configuration(store)}
