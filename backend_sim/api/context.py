"""What a message implementation reaches beyond the model: sessions, tasks, the pool's address and peers.

`ApiContext` extends the model's `SimContext`; `backend_sim.xapi.Xapi` (one served pool) satisfies
it. The api layer defines it so that it never imports the assembly above it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ..model.context import SimContext
from ..perf.monitor import Monitor
from ..sessions import SessionManager
from ..store.store import Store
from .tasks import TaskManager

DEFAULT_USER = "root"
DEFAULT_PASSWORD = "xensim"


@dataclass
class XapiConfig:
    user: str = DEFAULT_USER
    password: str = DEFAULT_PASSWORD
    auth_failure_delay: float = 5.0  # xapi slows down failed logins on purpose
    event_batch_delay: float = 0.05  # xapi coalesces events for 50 ms before answering
    vnc_ports: bool = False  # a plain RFB port per running VM on loopback (the xapi-sim command turns it on)


class ApiContext(SimContext, Protocol):
    slave_of: str  # after pool.join: the master's address, and every call is HOST_IS_SLAVE

    @property
    def config(self) -> XapiConfig:
        """Credentials and timings of this pool's xapi."""

    @property
    def sessions(self) -> SessionManager: ...

    @property
    def tasks(self) -> TaskManager: ...

    @property
    def url(self) -> str:
        """The address this pool is served at ("" until served)."""

    @property
    def peers(self) -> Mapping[str, ApiContext]:
        """Every pool served by this process, by URL (cross-pool migration, pool.join)."""

    @property
    def perf(self) -> Monitor:
        """The pool's RRDs and load model (data sources, /rrd_updates)."""

    async def serve_pool(self, store: Store) -> str:
        """Serve `store` as a new pool of this process on a port of its own (pool.eject); its URL, or "" where
        pools are not served (then the new pool is dropped)."""

    def after_operation(self, cls: str, ref: str) -> None:
        """An operation on an object began or ended: derived fields are recomputed."""

    async def call(self, method: str, params: list[Any], client: str = "") -> Any:
        """One XenAPI call as a client makes it (lessons make theirs through it)."""
