"""Live migration (XenMotion) as Xen does it: iterative pre-copy, then stop-and-copy.

Round 0 sends all of the guest's memory; each later round resends the pages the guest dirtied
while the previous round was on the wire. Rounds stop when what is left is small, when the rounds
stop shrinking (the guest dirties memory as fast as the link carries it), or after a cap; the
guest is then paused and the rest is sent: that last round is the downtime.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..store.store import Store
from .placement import needs_hvm

MiB = 1024 * 1024
STOP_BELOW = 4 * MiB  # what may be left for the stop-and-copy round
MAX_ROUNDS = 30
MAX_TOTAL_FACTOR = 3  # Xen gives up pre-copying after sending three times the memory
RESUME_OVERHEAD = 0.03  # seconds to pause, hand over devices and unpause on the destination
LINK_EFFICIENCY = 0.9


@dataclass
class PrecopyPlan:
    memory: int
    dirty_rate: float  # bytes per second
    bandwidth: float  # bytes per second
    rounds: list[int] = field(default_factory=list)  # bytes sent per pre-copy round
    final: int = 0  # bytes sent while the guest is paused

    @property
    def data_sent(self) -> int:
        return sum(self.rounds) + self.final

    @property
    def downtime(self) -> float:
        return self.final / self.bandwidth + RESUME_OVERHEAD

    @property
    def duration(self) -> float:
        return self.data_sent / self.bandwidth + RESUME_OVERHEAD

    def as_dict(self) -> dict[str, str]:
        return {"memory": str(self.memory), "dirty_rate": f"{self.dirty_rate:.0f}",
                "bandwidth": f"{self.bandwidth:.0f}", "rounds": str(len(self.rounds)),
                "round_bytes": ",".join(str(r) for r in self.rounds), "final_bytes": str(self.final),
                "data_sent": str(self.data_sent), "downtime_ms": f"{self.downtime * 1000:.1f}",
                "duration_s": f"{self.duration:.3f}"}


def plan(memory: int, dirty_rate: float, bandwidth: float) -> PrecopyPlan:
    result = PrecopyPlan(memory, dirty_rate, bandwidth)
    to_send = memory
    while True:
        result.rounds.append(to_send)
        dirtied = min(memory, int(dirty_rate * to_send / bandwidth))
        shrinking = dirtied < to_send
        if dirtied <= STOP_BELOW or not shrinking or len(result.rounds) >= MAX_ROUNDS \
                or sum(result.rounds) + dirtied > MAX_TOTAL_FACTOR * memory:
            result.final = dirtied
            return result
        to_send = dirtied


def dirty_rate(vm: dict[str, Any]) -> float:
    """Bytes per second the guest dirties: set per VM in other_config, or a default by kind."""
    configured = vm["other_config"].get("sim-dirty-rate-mib")
    if configured is not None:
        try:
            return max(0.0, float(configured)) * MiB
        except ValueError:
            pass
    return (20 if needs_hvm(vm) else 5) * MiB


def link_bandwidth(store: Store, source: str, target: str) -> float:
    """Bytes per second over the slower of the two hosts' management links."""
    speeds = []
    for host_ref in (source, target):
        for pif_ref in store.get("host", host_ref)["PIFs"]:
            pif = store.get("PIF", pif_ref)
            if pif["management"]:
                metrics = store.find("PIF_metrics", pif["metrics"])
                if metrics and metrics["speed"] > 0:
                    speeds.append(metrics["speed"])
    mbit = min(speeds) if speeds else 1000
    return mbit * 1_000_000 / 8 * LINK_EFFICIENCY
