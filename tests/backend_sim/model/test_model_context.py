"""The model runs against any object that gives it the narrow `SimContext` it defines, not only the served pool."""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from backend_sim import scenarios
from backend_sim.clock import SimClock
from backend_sim.model import domains, placement, vm_fields
from backend_sim.model.context import SimContext
from backend_sim.model.domids import Domids
from backend_sim.store.store import Store

NOW = 1_700_000_000.0


@dataclass
class BareSim:
    """Just what the model asks for; background work is recorded, not run."""

    store: Store
    clock: SimClock = field(default_factory=lambda: SimClock(manual=True, start=NOW))
    domids: Domids = field(default_factory=Domids)
    migrations: dict[str, dict[str, str]] = field(default_factory=dict)
    spawned: list[str] = field(default_factory=list)

    def spawn(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        self.spawned.append(key)
        work.close()

    def master_changed(self) -> None:
        self.spawned.append("master-changed")


def test_a_domain_comes_and_goes_on_a_bare_context() -> None:
    store = scenarios.build("demo", seed=1, now=NOW)[0]
    bare = BareSim(store)
    sim: SimContext = bare  # what mypy would check: BareSim satisfies the protocol
    vm = next(ref for ref, record in store.table("VM").items()
              if vm_fields.power_state(record) == "Halted" and not record["is_a_template"]
              and not record["is_a_snapshot"] and not vm_fields.is_control_domain(record)
              and record["HVM_boot_policy"] == "")
    host = placement.choose_host(store, vm)
    domains.reserve(sim, vm, host)
    domains.create_domain(sim, vm, host, paused=False)
    record = store.get("VM", vm)
    assert (vm_fields.power_state(record), vm_fields.resident_on(record), record["domid"]) == ("Running", host, 1)
    assert f"agent:{vm}" in bare.spawned
    assert len(record["consoles"]) == 2  # PV: rfb and vt100
    domains.destroy_domain(sim, vm)
    record = store.get("VM", vm)
    assert (vm_fields.power_state(record), record["domid"], record["consoles"]) == ("Halted", -1, [])
    domains.reserve(sim, vm, host)
    domains.create_domain(sim, vm, host, paused=True)
    assert store.get("VM", vm)["domid"] == 2  # Xen does not reuse a domid before the host reboots
