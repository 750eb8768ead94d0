"""ConsoleSession: the console of one VM (or of a host's control domain) kept open for as long as it is wanted.

It finds the VM's rfb console in the cache (`VM.consoles`, protocol rfb, its `location`), opens the CONNECT
tunnel with the connection's session and runs an RfbClient. It follows the VM: when the console object or its
location changes (reboot, migration, start) it drops the old stream and connects to the new one by itself.
A lost stream is retried as XenCenter does: 10 times 100 ms apart, then every 5 s.

Signals:
    state_changed(): `state` and `detail` changed (detail: the last failure in plain English for the log;
        `error` is that failure, for the UI to put in its own words).
    resized(int, int): the framebuffer has a new size (and new pixels: re-wrap `framebuffer.pixels`).
    damaged(object): a list of Rects that changed.
    server_cut_text(str): the guest's clipboard.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging

from PySide6.QtCore import QObject, Signal

from ..asyncutil import spawn
from ..cache import CacheDelta, ObjectCache
from ..connection import Connection
from ..objects import is_null
from ..tls import PinnedTransport
from .client import RfbClient
from .errors import ConsoleError
from .framebuffer import Framebuffer, Rect
from .keymap import Stroke
from .tunnel import Opener, Pin, open_console, open_tunnel

log = logging.getLogger("xencenter.console")

QUICK_RETRIES = 10
QUICK_DELAY = 0.1
SLOW_DELAY = 5.0


class ConsoleState(enum.Enum):
    IDLE = "idle"  # nothing asked for yet, or stopped
    NO_CONSOLE = "no-console"  # the VM has no rfb console (not running)
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RETRYING = "retrying"  # lost or refused: trying again


def control_domain(cache: ObjectCache, host_ref: str) -> str | None:
    """The host's control domain (dom0) VM ref."""
    host = cache.get("host", host_ref)
    if host is None:
        return None
    ref = host.get("control_domain")
    if not is_null(ref) and cache.get("VM", str(ref)) is not None:
        return str(ref)
    for vm_ref, vm in cache.items("VM"):
        if vm.get("is_control_domain") and str(vm.get("resident_on")) == host_ref:
            return vm_ref
    return None


def rfb_console(cache: ObjectCache, vm_ref: str) -> tuple[str, str] | None:
    """(console ref, location) of the VM's rfb console, or None (halted, suspended, or no graphical console)."""
    vm = cache.get("VM", vm_ref)
    if vm is None:
        return None
    for ref in vm.get("consoles") or ():
        console = cache.get("console", str(ref))
        if console is not None and console.get("protocol") == "rfb" and console.get("location"):
            return str(ref), str(console["location"])
    return None


class ConsoleSession(QObject):
    state_changed = Signal()
    resized = Signal(int, int)
    damaged = Signal(object)
    server_cut_text = Signal(str)

    def __init__(self, parent: QObject | None = None, *, opener: Opener = open_tunnel) -> None:
        super().__init__(parent)
        self._open = opener
        self.connection: Connection | None = None
        self.vm_ref = ""
        self.state = ConsoleState.IDLE
        self.detail = ""
        self.error: ConsoleError | None = None  # the last failure (None: the stream just closed)
        self.client: RfbClient | None = None
        self.framebuffer = Framebuffer(0, 0)
        self.console: tuple[str, str] | None = None  # (ref, location) being followed
        self.connects = 0  # successful connections so far (tests watch reconnects)
        self._task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()

    # -- what to show --------------------------------------------------------------------------------------

    def follow(self, connection: Connection, vm_ref: str) -> None:
        """Show `vm_ref`'s console (a VM, or a host's control domain) and keep it up to date."""
        if connection is self.connection and vm_ref == self.vm_ref and self._task is not None:
            return
        self.stop()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop runs (a test without one): nothing can connect
            log.info("console of %s: no event loop to connect from", vm_ref)
            return
        self.connection, self.vm_ref = connection, vm_ref
        connection.cache.batch_applied.connect(self._on_batch)
        connection.cache.reset.connect(self._wake)
        self.console = rfb_console(connection.cache, vm_ref)
        self._changed = asyncio.Event()  # of this loop (a session may outlive the loop it first ran on)
        self._task = spawn(self._run(), name=f"console {vm_ref}", owner=self)

    def stop(self) -> None:
        """Close the stream and stop following."""
        if self.connection is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.connection.cache.batch_applied.disconnect(self._on_batch)
                self.connection.cache.reset.disconnect(self._wake)
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
        self._drop_client()
        self.connection, self.vm_ref, self.console = None, "", None
        self._set_state(ConsoleState.IDLE)

    def _on_batch(self, delta: CacheDelta) -> None:
        if {"VM", "console", "host"} & delta.classes:
            self._wake()

    def _wake(self) -> None:
        """The cache changed: a new console (or none) wakes the loop, which reconnects."""
        if self.connection is None:
            return
        current = rfb_console(self.connection.cache, self.vm_ref)
        if current != self.console:
            log.info("console of %s: %s -> %s", self.vm_ref, self.console, current)
            self.console = current
            self._drop_client()  # the old stream belongs to a console that is gone
            self._changed.set()
        elif current is not None and self.state is ConsoleState.NO_CONSOLE:
            self._changed.set()  # the same console, but now there is a session to use (reconnected)

    # -- the loop ------------------------------------------------------------------------------------------

    async def _run(self) -> None:
        failures = 0
        while True:
            self._changed.clear()
            console, connection = self.console, self.connection
            if connection is None:
                return
            session = connection.client.session_ref if connection.client is not None else None
            if console is None or session is None:
                self._set_state(ConsoleState.NO_CONSOLE)
                await self._changed.wait()
                failures = 0
                continue
            self._set_state(ConsoleState.CONNECTING if failures == 0 else ConsoleState.RETRYING, self.detail)
            try:
                await self._session(connection, console[1], session)
                self.detail, self.error = "the console closed", None
            except ConsoleError as exc:
                self.detail, self.error = str(exc), exc
                log.info("console of %s: %s", self.vm_ref, exc)
            finally:
                self._drop_client()
            if self._changed.is_set():
                failures = 0  # a new console: connect at once
                continue
            failures += 1
            self._set_state(ConsoleState.RETRYING, self.detail)
            delay = QUICK_DELAY if failures <= QUICK_RETRIES else SLOW_DELAY
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), delay)
            if self._changed.is_set():
                failures = 0

    async def _session(self, connection: Connection, location: str, session: str) -> None:
        transport = connection.transport
        pin: Pin | None = transport.pin if isinstance(transport, PinnedTransport) else None
        reader, writer = await open_console(location, session, api_url=connection.url, pin=pin, opener=self._open)
        client = self.client = RfbClient(reader, writer, self)
        self.framebuffer = client.framebuffer
        await client.start()
        self.connects += 1
        self.detail = ""
        self._set_state(ConsoleState.CONNECTED)
        await client.run()

    def _drop_client(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            spawn(client.close(), name="console close")

    def _set_state(self, state: ConsoleState, detail: str = "") -> None:
        if (state, detail) != (self.state, self.detail):
            self.state, self.detail = state, detail
            self.state_changed.emit()

    # -- Listener (called by the client) -------------------------------------------------------------------

    def on_resize(self, width: int, height: int) -> None:
        self.resized.emit(width, height)

    def on_damage(self, rects: list[Rect]) -> None:
        self.damaged.emit(rects)

    def on_cut_text(self, text: str) -> None:
        self.server_cut_text.emit(text)

    # -- input ---------------------------------------------------------------------------------------------

    def send_strokes(self, strokes: list[Stroke]) -> None:
        client = self.client
        if client is not None:
            for keysym, scan, down in strokes:
                client.key(keysym, down, scan)

    def send_pointer(self, x: int, y: int, buttons: int) -> None:
        if self.client is not None:
            self.client.pointer(x, y, buttons)

    def send_cut_text(self, text: str) -> None:
        if self.client is not None:
            self.client.cut_text(text)
