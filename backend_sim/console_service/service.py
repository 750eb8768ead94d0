"""One pool's consoles: requests resolved to guest screens, console rows kept right, plain VNC ports."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import Mapping

from ..api.context import ApiContext
from ..console.framebuffer import Framebuffer
from ..console.manager import LIVE_STATES, ConsoleManager
from ..errors import ApiError
from ..wire.values import NULL_REF
from .vnc_ports import VncPorts
from .world import Call, PoolGuestWorld

log = logging.getLogger("backend_sim.console")


class ConsoleRefused(Exception):
    """Why a console request gets no screen: `status` 400 (no ref or uuid), 404 (unknown), 409 (not running)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ConsoleService:
    def __init__(self, ctx: ApiContext, call: Call, *, vnc_ports: bool = False) -> None:
        self.ctx = ctx
        self.world = PoolGuestWorld(ctx, call)
        self.manager = ConsoleManager(self.world)
        self.ports = VncPorts(self.manager.screen) if vnc_ports else None
        self._task: asyncio.Task[None] | None = None
        self._seen = -1  # the store generation synced up to (-1: look at every row)

    # -- requests --------------------------------------------------------------------------------------

    def vm_of(self, query: Mapping[str, str]) -> str:
        """The VM a console request names: `ref` (a VM or console ref) or `uuid` (a console or VM uuid)."""
        store = self.ctx.store
        ref, uuid = query.get("ref"), query.get("uuid")
        if ref:
            if store.find("VM", ref) is not None:
                return ref
            console = store.find("console", ref)
            if console is not None:
                return str(console["VM"])
            raise ConsoleRefused(404, f"no VM or console {ref}")
        if uuid:
            for cls in ("console", "VM"):
                found = store.by_uuid[cls].get(uuid)
                if found is not None:
                    return found if cls == "VM" else str(store.get("console", found)["VM"])
            raise ConsoleRefused(404, f"no VM or console with uuid {uuid}")
        raise ConsoleRefused(400, "a console request names its VM or console: ref= or uuid=")

    def is_host_console(self, vm_ref: str) -> bool:
        """dom0's console: xapi lets only pool admins open it."""
        return bool(self.ctx.store.get("VM", vm_ref)["is_control_domain"])

    def screen(self, vm_ref: str) -> Framebuffer:
        screen = self.manager.screen(vm_ref)
        if screen is None:
            state = self.ctx.store.get("VM", vm_ref)["power_state"]
            raise ConsoleRefused(409, f"the VM is {state.lower()}: its console shows nothing")
        return screen

    def png(self, screen: Framebuffer) -> bytes:
        out = io.BytesIO()
        screen.snapshot().save(out, "PNG")
        return out.getvalue()

    def disconnect_viewers(self) -> None:
        """The server is stopping: every viewer's connection ends (the screens go with them)."""
        self.manager.end_all()

    # -- keeping console rows right ----------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="consoles")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.ports is not None:
            await self.ports.close_all()

    async def _run(self) -> None:
        while True:
            try:
                await self.sync()
                self.manager.check()
            except Exception:  # one bad row must not end the console service
                log.exception("console service pass failed")
            await self.world.changed()

    def _changed_consoles(self) -> list[str]:
        """The console rows to look at: those of VMs or consoles changed since the last pass."""
        store = self.ctx.store
        seen, self._seen = self._seen, store.generation
        if seen >= 0:
            try:
                changed = store.changes_since(seen)
            except ApiError:  # too far behind: look at everything
                changed = None
            if changed is not None:
                refs: set[str] = set()
                for _, ref in changed:
                    cls = store.class_of.get(ref)
                    if cls == "console":
                        refs.add(ref)
                    elif cls == "VM":
                        refs.update(store.get("VM", ref)["consoles"])
                return sorted(refs)
        return list(store.table("console"))

    async def sync(self) -> None:
        """Every live VM's rfb console carries its plain VNC port (the model keeps `location` right)."""
        if self.ports is None:
            return
        store = self.ctx.store
        for console_ref in self._changed_consoles():
            console = store.find("console", console_ref)
            if console is None:
                continue
            vm = store.find("VM", console["VM"]) if console["VM"] != NULL_REF else None
            if vm is None or vm["power_state"] not in LIVE_STATES:
                continue
            if console["protocol"] != "rfb":
                continue
            port = await self.ports.open(console["VM"])
            console = store.find("console", console_ref)
            if console is None or not port:
                continue  # gone while the port opened, or no port left
            if console["other_config"].get("vnc-port") != str(port):
                store.update("console", console_ref, {"other_config": {**console["other_config"],
                                                                       "vnc-port": str(port)}})
        for vm_ref in self.ports.refs():
            vm = store.find("VM", vm_ref)
            if vm is None or vm["power_state"] not in LIVE_STATES:
                self.ports.close(vm_ref)
