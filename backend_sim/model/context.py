"""What the model needs from the pool it simulates: the narrow context every model function takes.

The model defines this itself so it depends on nothing above it; `backend_sim.xapi.Xapi` (one
served pool) satisfies it, and so can a test double. New simulated subsystems (a load model, HA,
RBAC, schedules) add what they need here, not a reference to the server.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, Protocol

from ..clock import SimClock
from ..store.store import Store
from .domids import Domids


class SimContext(Protocol):
    @property
    def store(self) -> Store:
        """The pool's database."""

    @property
    def clock(self) -> SimClock:
        """Simulated time: every wait and timestamp of the model goes through it."""

    @property
    def domids(self) -> Domids:
        """Per-host domain numbering (Xen never reuses a domid until the host reboots)."""

    @property
    def migrations(self) -> dict[str, dict[str, str]]:
        """VM ref -> figures of its last live migration (read by the `sim` plugin)."""

    def spawn(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        """Run background simulation work (a balloon moving, a guest agent starting); one per key."""

    def master_changed(self) -> None:
        """HA elected a new pool master: the pool's xapi moves to a new address and the old one answers
        HOST_IS_SLAVE, so that clients follow (a no-op where the pool is not served)."""
