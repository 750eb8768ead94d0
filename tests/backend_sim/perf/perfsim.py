"""A PerfSource of the tests' own: a small pool as plain snapshots, a clock that moves when told, alarms kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable

from backend_sim.perf.view import DiskState, GuestState, HostState, NicState, PoolState

T0 = 1_800_000_000.0
SR = "5a1d0c3e-0000-sr"


class FakeSource:
    def __init__(self, state: PoolState, now: float = T0, tick: float = 0.0) -> None:
        self.state = state
        self.t = now
        self.tick = tick  # seconds added on every now(): time that passes while work runs
        self.alarms: list[tuple[str, str, int, str]] = []

    def now(self) -> float:
        self.t += self.tick
        return self.t

    def pool_state(self) -> PoolState:
        return self.state

    async def pool_state_sliced(self, pause: Callable[[], Awaitable[None]]) -> PoolState:
        await pause()
        return self.state

    async def sleep(self, seconds: float) -> None:
        self.t += seconds

    def post_alarm(self, cls: str, uuid: str, priority: int, body: str) -> None:
        self.alarms.append((cls, uuid, priority, body))


def guest(n: int, host: str, workload: str = "idle") -> GuestState:
    return GuestState(uuid=f"vm-{n:03d}", host_uuid=host, vcpus=1, memory_actual=1 << 30, memory_target=1 << 30,
                      workload=workload, started_at=0.0, has_agent=True,
                      disks=(DiskState("xvda", SR),), nics=(NicState("0", "eth0"),))


def pool(hosts: int = 2, guests: int = 6, workload: str = "idle", **changes: object) -> PoolState:
    host_states = tuple(HostState(f"host-{i}", cpus=4, memory_total=32 << 30, memory_free=8 << 30, dom0_vcpus=2,
                                  pifs=("eth0",), srs=(SR,)) for i in range(hosts))
    state = PoolState(hosts=host_states,
                      guests=tuple(guest(n, host_states[n % hosts].uuid, workload) for n in range(guests)))
    return dataclasses.replace(state, **changes)  # type: ignore[arg-type]
