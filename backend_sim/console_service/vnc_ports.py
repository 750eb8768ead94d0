"""A plain RFB port per running VM, on loopback only, like qemu's VNC display: any VNC viewer opens it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from ..console.framebuffer import Framebuffer
from ..rfb.channel import StreamChannel
from ..rfb.session import RfbSession

log = logging.getLogger("backend_sim.console")

LOOPBACK = "127.0.0.1"
MAX_PORTS = 256  # a large pool's thousands of VMs get no port past this (their consoles still tunnel)


class VncPorts:
    """Listeners by VM ref; `screen_of(vm_ref)` gives the VM's current screen when a viewer connects."""

    def __init__(self, screen_of: Callable[[str], Framebuffer | None]) -> None:
        self._screen_of = screen_of
        self._servers: dict[str, asyncio.Server] = {}
        self._sessions: set[asyncio.Task[None]] = set()
        self._warned = False

    def port(self, vm_ref: str) -> int | None:
        server = self._servers.get(vm_ref)
        return int(server.sockets[0].getsockname()[1]) if server is not None and server.sockets else None

    async def open(self, vm_ref: str) -> int | None:
        if vm_ref in self._servers:
            return self.port(vm_ref)
        if len(self._servers) >= MAX_PORTS:
            if not self._warned:
                self._warned = True
                log.info("more than %d running VMs: the others get no plain VNC port", MAX_PORTS)
            return None

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            me = asyncio.current_task()
            if me is not None:
                self._sessions.add(me)
            try:
                screen = self._screen_of(vm_ref)
                if screen is None:
                    writer.close()
                    return
                await RfbSession(screen, StreamChannel(reader, writer)).run()
            except asyncio.CancelledError:
                writer.close()
            finally:
                if me is not None:
                    self._sessions.discard(me)

        try:
            self._servers[vm_ref] = await asyncio.start_server(serve, LOOPBACK, 0)
        except OSError as exc:
            log.warning("no VNC port for %s: %s", vm_ref, exc)
            return None
        return self.port(vm_ref)

    def close(self, vm_ref: str) -> None:
        server = self._servers.pop(vm_ref, None)
        if server is not None:
            server.close()

    def refs(self) -> set[str]:
        return set(self._servers)

    async def close_all(self) -> None:
        for vm_ref in list(self._servers):
            self.close(vm_ref)
        for task in list(self._sessions):
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
