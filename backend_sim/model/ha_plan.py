"""HA failover planning: can the protected VMs restart on the survivors whichever hosts fail?

A plan exists for N failures when, for every set of up to N live hosts failing at once, the running
VMs with ha_restart_priority "restart" that lived on them fit on the surviving enabled hosts by
memory (and HVM guests only on HVM-capable hosts). Memory is counted as squeezed counts it: a host
can give what is free plus what its guests can balloon down to dynamic_min; a restarted VM needs
its dynamic_min plus xenopsd's overhead. Failure sets are checked exhaustively while there are at
most EXACT_BUDGET of them of a size (a 16-host pool up to 2 failures, a 3-host pool always); beyond that the worst cases
xapi's own approximation looks at are checked: the hosts with the most protected memory failing,
and the hosts with the most room failing.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..store.store import Store
from ..wire.values import NULL_REF
from . import vm_fields
from .balloon import reclaimable
from .memory import host_free_memory, overhead_bytes
from .vmkind import host_supports_hvm, needs_hvm

RESTART, BEST_EFFORT = "restart", "best-effort"
PRIORITIES = (RESTART, BEST_EFFORT, "")
EXACT_BUDGET = 200


def restart_need(vm: dict[str, Any]) -> int:
    """The least memory a VM can be restarted in: dynamic_min plus its overhead."""
    return vm_fields.memory_dynamic_min(vm) + overhead_bytes(vm)


@dataclass
class World:
    """What planning looks at: each live host's room and HVM support, and where protected VMs run."""

    room: dict[str, int] = field(default_factory=dict)  # live host -> memory it could still give
    hvm: dict[str, bool] = field(default_factory=dict)
    usable: set[str] = field(default_factory=set)  # live and enabled: may receive restarted VMs
    protected: dict[str, tuple[str, int, bool]] = field(default_factory=dict)  # vm -> (host, need, hvm)

    def copy(self) -> World:
        return World(dict(self.room), dict(self.hvm), set(self.usable), dict(self.protected))

    def add_vm(self, vm_ref: str, vm: dict[str, Any], host: str, *, protected: bool) -> None:
        """The VM starts (or arrives) on `host`."""
        need = restart_need(vm)
        if host in self.room:
            self.room[host] -= need
        if protected:
            self.protect(vm_ref, vm, host)

    def protect(self, vm_ref: str, vm: dict[str, Any], host: str) -> None:
        """A VM running on `host` (its memory counted already) becomes protected."""
        self.protected[vm_ref] = (host, restart_need(vm), needs_hvm(vm))

    def remove_vm(self, vm_ref: str, vm: dict[str, Any], host: str) -> None:
        if host in self.room:
            self.room[host] += restart_need(vm)
        self.protected.pop(vm_ref, None)


def is_live(store: Store, host_ref: str) -> bool:
    metrics = store.find("host_metrics", store.get("host", host_ref)["metrics"])
    return bool(metrics and metrics["live"])


def world(store: Store, priorities: Mapping[str, str] | None = None, *, down: Iterable[str] = ()) -> World:
    """The pool as it stands; `priorities` replaces every VM's ha_restart_priority (hypothetical plans);
    hosts in `down` count as failed already."""
    gone = set(down)
    result = World()
    for host_ref, host in store.table("host").items():
        if host_ref in gone or not is_live(store, host_ref):
            continue
        result.room[host_ref] = host_free_memory(store, host_ref) + reclaimable(store, host_ref)
        result.hvm[host_ref] = host_supports_hvm(host)
        if host["enabled"]:
            result.usable.add(host_ref)
    for vm_ref, vm in store.table("VM").items():
        host = vm["resident_on"]
        if host == NULL_REF or vm["is_control_domain"] or not vm_fields.has_domain(vm):
            continue
        priority = vm["ha_restart_priority"] if priorities is None else priorities.get(vm_ref, "")
        if priority == RESTART:
            result.protected[vm_ref] = (host, restart_need(vm), needs_hvm(vm))
    return result


def place(w: World, failed: frozenset[str] | set[str], vms: Iterable[str]) -> dict[str, str]:
    """Where each VM of `vms` (protected ones from w) would restart if `failed` went down: biggest first,
    each on the compatible survivor with the most room. VMs that fit nowhere are left out."""
    room = {h: r for h, r in w.room.items() if h not in failed and h in w.usable}
    placed: dict[str, str] = {}
    for vm in sorted(vms, key=lambda v: (-w.protected[v][1], v)):
        _, need, hvm = w.protected[vm]
        best = max((h for h in room if room[h] >= need and (w.hvm[h] or not hvm)),
                   key=lambda h: (room[h], h), default=None)
        if best is not None:
            room[best] -= need
            placed[vm] = best
    return placed


def survives(w: World, failed: frozenset[str]) -> bool:
    victims = [vm for vm, (host, _, _) in w.protected.items() if host in failed]
    return len(place(w, failed, victims)) == len(victims)


def _failure_sets(w: World, n: int) -> Iterable[frozenset[str]]:
    hosts = sorted(w.room)
    if math.comb(len(hosts), n) <= EXACT_BUDGET:
        yield from (frozenset(c) for c in itertools.combinations(hosts, n))
        return
    load = {h: 0 for h in hosts}
    for host, need, _ in w.protected.values():
        if host in load:
            load[host] += need
    yield frozenset(sorted(hosts, key=lambda h: (-load[h], -w.room[h], h))[:n])
    yield frozenset(sorted(hosts, key=lambda h: (-w.room[h], -load[h], h))[:n])


def plan_exists_for(w: World, n: int) -> bool:
    """Whether every set of n live hosts may fail with the protected VMs restarting (sets smaller than n
    then survive too: failing fewer hosts strands fewer VMs on more room)."""
    if n <= 0:
        return True
    if n >= len(w.room):
        return not w.protected
    return all(survives(w, failed) for failed in _failure_sets(w, n))


def max_failures(w: World, limit: int | None = None) -> int:
    """The most host failures a plan exists for (up to `limit`), at most the live hosts less one."""
    top = max(0, len(w.room) - 1)
    if limit is not None:
        top = min(top, limit)
    n = 0
    while n < top and plan_exists_for(w, n + 1):
        n += 1
    return n


def failover_plan(w: World, failed_hosts: set[str], failed_vms: Iterable[str], store: Store
                  ) -> dict[str, dict[str, str]]:
    """pool.ha_compute_vm_failover_plan: VM -> {"host": ref}, or {"error_code": ...} when it fits nowhere."""
    vms = [vm for vm in failed_vms if store.find("VM", vm) is not None]
    trial = w.copy()
    for vm in vms:
        record = store.get("VM", vm)
        trial.protected[vm] = (vm_fields.resident_on(record), restart_need(record), needs_hvm(record))
    placed = place(trial, failed_hosts, vms)
    return {vm: {"host": placed[vm]} if vm in placed else {"error_code": "HOST_NOT_ENOUGH_FREE_MEMORY"}
            for vm in vms}
