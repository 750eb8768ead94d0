"""Random operation sequences against an in-process pool keep the power-state invariants.

Power state versus resident_on, domid, consoles, device attachment and metrics, bound fields, refs and host
memory accounting are checked after every step of a hypothesis state machine on a stepped clock.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from backend_sim import scenarios
from backend_sim.clock import SimClock
from backend_sim.errors import ApiError
from backend_sim.model.memory import footprint, host_free_memory
from backend_sim.model.sim_plugin import step_clock
from backend_sim.xapi import Xapi, XapiConfig

# The invariants shared with the load test over the wire (tests/backend_sim/scenarios/pool_invariants.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scenarios"))
from pool_invariants import check_all

OPERATIONS = ("start", "clean_shutdown", "hard_shutdown", "clean_reboot", "hard_reboot", "suspend", "resume",
              "pause", "unpause")
GiB = 1024**3


class PoolMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        clock = SimClock(manual=True, start=1_700_000_000.0)
        store = scenarios.build("demo", seed=7, now=clock.now())[0]
        self.xapi = Xapi(store, clock, XapiConfig(auth_failure_delay=0))
        self.run(self.xapi.start())
        self.session = self.run(self.xapi.call("session.login_with_password", ["root", "xensim"]))
        self.vms = sorted(ref for ref, vm in store.table("VM").items()
                          if not vm["is_a_template"] and not vm["is_control_domain"])
        self.hosts = sorted(store.table("host"))

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def teardown(self) -> None:
        for task in asyncio.all_tasks(self.loop):
            task.cancel()
        self.loop.run_until_complete(asyncio.sleep(0))
        self.loop.close()

    async def _call(self, method: str, *params: Any) -> Any:
        try:
            return await self.xapi.call(method, [self.session, *params])
        except ApiError:
            return None  # refusals are part of the game; the invariants must hold either way

    @rule(vm=st.integers(0, 20), op=st.sampled_from(OPERATIONS))
    def operate(self, vm: int, op: str) -> None:
        ref = self.vms[vm % len(self.vms)]
        params: tuple[Any, ...] = (ref, False, False) if op in ("start", "resume") else (ref,)
        self.run(self._call(f"Async.VM.{op}", *params))

    @rule(vm=st.integers(0, 20), host=st.integers(0, 5))
    def migrate(self, vm: int, host: int) -> None:
        ref = self.vms[vm % len(self.vms)]
        self.run(self._call("Async.VM.pool_migrate", ref, self.hosts[host % len(self.hosts)], {}))

    @rule(vm=st.integers(0, 20), low=st.integers(1, 4), extra=st.integers(0, 4))
    def set_dynamic_range(self, vm: int, low: int, extra: int) -> None:
        ref = self.vms[vm % len(self.vms)]
        self.run(self._call("VM.set_memory_dynamic_range", ref, low * GiB // 4, (low + extra) * GiB // 4))

    @rule(seconds=st.sampled_from([0.5, 3, 10, 60]))
    def step(self, seconds: float) -> None:
        self.run(step_clock(self.xapi, seconds))

    @invariant()
    def power_states_bound_fields_and_refs(self) -> None:
        tables = self.xapi.store.tables
        check_all({cls: tables[cls] for cls in ("VM", "VM_metrics", "host", "VBD", "VIF", "VDI")})

    @invariant()
    def host_memory_adds_up(self) -> None:
        store = self.xapi.store
        for host_ref in self.hosts:
            host = store.get("host", host_ref)
            metrics = store.get("host_metrics", host["metrics"])
            free = host_free_memory(store, host_ref)
            assert free >= 0
            assert metrics["memory_free"] == free
            used = host["memory_overhead"] + sum(footprint(store.get("VM", vm)) for vm in host["resident_VMs"])
            scheduled = sum(footprint(vm) for vm in store.table("VM").values()
                            if vm["scheduled_to_be_resident_on"] == host_ref and vm["resident_on"] != host_ref)
            assert used + scheduled + free == metrics["memory_total"] or free == 0


PoolMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=30, deadline=None)
TestPoolInvariants = PoolMachine.TestCase
