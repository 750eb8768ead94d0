"""One simulated pool's xapi, assembled: its database, clock, sessions, tasks and message dispatcher.

This is the top of the pool: the api and the model below it see it only through the contexts they
define (`api.context.ApiContext`, `model.context.SimContext`), never through this class.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, Protocol

from .api import handlers  # noqa: F401  (registers the message implementations)
from .api.call import Call
from .api.context import DEFAULT_PASSWORD, DEFAULT_USER, XapiConfig
from .api.dispatch import Dispatcher
from .api.tasks import TaskManager
from .api.vm_copy_api import snapshot_at_once
from .api.vmss_runs import rearm as rearm_schedules
from .clock import SimClock
from .console_service.service import ConsoleService
from .errors import ApiError
from .model import dr, ha_rules, licence_watch
from .model.domains import bring_about
from .model.domids import Domids
from .model.hosts import master_ref
from .model.perf_view import PoolPerfSource, perf_seed
from .model.refresh import refresh
from .model.storage.blocks import DiskBlocks
from .perf.monitor import Monitor
from .perf.perfmon import Perfmon
from .sessions import SessionManager
from .store.store import Store

__all__ = ["DEFAULT_PASSWORD", "DEFAULT_USER", "Xapi", "XapiConfig"]

log = logging.getLogger("backend_sim.xapi")


class PoolLauncher(Protocol):
    """What the server lends a pool to change what it serves while running (server.Launcher)."""

    async def serve(self, store: Store, beside: Xapi) -> str:
        """Serve `store` as a new pool on a port of its own, with `beside`'s clock and settings; its URL."""

    def relocate(self, xapi: Xapi) -> None:
        """Serve `xapi` at a new address; its old one answers HOST_IS_SLAVE pointing there."""


class Xapi:
    """The server side of one pool. Scenarios fill `store`; the HTTP layer calls `call`."""

    def __init__(self, store: Store, clock: SimClock, config: XapiConfig | None = None) -> None:
        self.store = store
        self.clock = clock
        self.config = config or XapiConfig()
        self.sessions = SessionManager(store, clock)
        self.tasks = TaskManager(store, clock, self.sessions)
        self.dispatcher = Dispatcher(self)
        self._background: dict[str, asyncio.Task[None]] = {}
        self.url = ""  # set when served
        self.peers: dict[str, Xapi] = {}  # every pool served by this process, by URL
        self.slave_of = ""  # after pool.join: the master's address, and every call is HOST_IS_SLAVE
        self.launcher: PoolLauncher | None = None  # set by the server: new pools (eject), a moved master (HA)
        self.migrations: dict[str, dict[str, str]] = {}  # VM ref -> figures of its last live migration
        self.domids = Domids()
        self.disks = DiskBlocks()  # what the VDIs hold, sparse (/export, /import, raw VDI transfers)
        self.perf = Monitor(PoolPerfSource(self), seed=perf_seed(store))  # the pool's rrdd
        self.perf.slicing = not clock.manual
        self.perfmon = Perfmon(self.perf)
        self.consoles = ConsoleService(self, self.call, vnc_ports=self.config.vnc_ports)
        self._refresh_all()
        self.domids.continue_from(store)

    def master_ref(self) -> str:
        return master_ref(self.store)

    def pool_name(self) -> str:
        for record in self.store.table("pool").values():
            return str(record.get("name_label", ""))
        return ""

    def after_operation(self, cls: str, ref: str) -> None:
        """Run when an operation on an object begins or ends: derived fields are recomputed."""
        refresh(self.store, cls, ref)
        if cls in ("VM", "host"):
            ha_rules.update_status(self.store, self.clock.now_datetime())

    def master_changed(self) -> None:
        """HA elected a new master: the pool moves to a new address so that clients follow HOST_IS_SLAVE."""
        if self.launcher is not None:
            self.launcher.relocate(self)

    async def serve_pool(self, store: Store) -> str:
        """Serve an ejected host's new pool beside this one; "" where this process serves no pools."""
        if self.launcher is None:
            return ""
        return await self.launcher.serve(store, self)

    async def start(self) -> None:
        """Bring about the power states the scenario asked for, start the consoles and performance
        sampling; runs inside the server's loop."""
        self.consoles.start()
        self.spawn("perf-sampler", self.perf.run(self.perfmon.check))
        self.spawn("licence-watch", licence_watch.watch(self))
        rearm_schedules(self)
        if dr.replicated_vdis(self.store):  # a saved pool that replicates its database goes on doing so
            self.spawn("dr-metadata", dr.keep_current(self.store))
        if self.store.snapshot_plan:
            call = Call(self, "", "VM.snapshot")
            for vm, name, description, ago in self.store.snapshot_plan:
                snapshot_at_once(call, vm, name, description, self.clock.now() - ago)
            call.finish()
            self.store.snapshot_plan.clear()
        if not self.store.boot_plan:
            return
        for vm, host, state in self.store.boot_plan:
            bring_about(self, vm, host, state)
        self.store.boot_plan.clear()
        self._refresh_all()

    def _refresh_all(self) -> None:
        for cls in ("SR", "VM", "host"):
            for ref in list(self.store.table(cls)):
                refresh(self.store, cls, ref)

    def adopt_address(self, address: str) -> None:
        """Every host of this pool is reached at the address we serve on (dumps carry lab IPs)."""
        store = self.store
        for host_ref, host in store.table("host").items():
            if host["address"] != address:
                store.update("host", host_ref, {"address": address})
            for vm_ref in host["resident_VMs"]:
                for console_ref in store.get("VM", vm_ref)["consoles"]:
                    console = store.find("console", console_ref)
                    if console is not None:
                        location = f"https://{address}/console?uuid={console['uuid']}"
                        if console["location"] != location:
                            store.update("console", console_ref, {"location": location})

    def spawn(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        """Run background simulation work (a balloon moving, a guest agent starting); one per key."""
        previous = self._background.pop(key, None)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.get_running_loop().create_task(work, name=key)
        self._background[key] = task
        task.add_done_callback(lambda done: self._forget(key, done))

    def _forget(self, key: str, task: asyncio.Task[None]) -> None:
        if self._background.get(key) is task:
            del self._background[key]
        if not task.cancelled() and task.exception() is not None:
            log.error("background work %s failed", key, exc_info=task.exception())

    async def call(self, method: str, params: list[Any], client: str = "") -> Any:
        """One XenAPI call; `client` is the caller's address (failed logins are delayed per originator)."""
        if self.slave_of and method != "system.listMethods":
            raise ApiError("HOST_IS_SLAVE", self.slave_of)
        return await self.dispatcher.dispatch(method, params, client)
