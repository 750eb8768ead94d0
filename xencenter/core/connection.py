"""Connection: one server (pool), its session, its event.from loop and its object cache.

States: disconnected -> connecting -> connected; a lost network goes to reconnecting (retried with capped
exponential backoff, visible to the UI) and back to connected; a refused login or unusable server ends in
failed. EVENTS_LOST reloads the cache; SESSION_INVALID is answered by the client's transparent re-login.

Signals:
    state_changed(ConnectionState): after every state change (`last_error` is set before failed/reconnecting).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Callable, Generator
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal

from .asyncutil import spawn
from .backoff import Backoff
from .cache import CacheDelta, ObjectCache
from .capabilities import MIN_API, Capabilities
from .coalesce import Coalescer, Event
from .errors_text import error_text
from .gccollect import collection_paused, freeze_survivors
from .objects import as_int, the_pool
from .rbac import Access, fetch_access
from .slices import run_in_slices
from .xenapi.client import XenAPIClient
from .xenapi.errors import (
    EVENTS_LOST,
    HOST_IS_SLAVE,
    SESSION_AUTHENTICATION_FAILED,
    SESSION_AUTHORIZATION_FAILED,
    ConnectionLost,
    ProtocolError,
    XenAPIError,
    XenAPIFailure,
)
from .xenapi.urls import master_url, normalize_url

log = logging.getLogger("xencenter.net")

EVENT_CLASSES = ["*"]
FREEZE_FROM = 100  # events in a batch from which its records join the collector's permanent generation (with the
# reply's cycle cut by the client, a run of 1,000 shutdowns froze 48 garbage objects, not ~16,000)


class ConnectionState(enum.Enum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    FAILED = "failed"


class ServerTooOld(XenAPIError):
    """The server's API predates event.from."""


ClientFactory = Callable[[str], XenAPIClient]


class Connection(QObject):
    state_changed = Signal(object)

    def __init__(self, url: str, user: str, *, name: str = "", transport: httpx.AsyncBaseTransport | None = None,
                 verify: bool = True, event_timeout: float = 30.0, coalesce: float = 0.05,
                 backoff: Backoff | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = normalize_url(url)
        self.user = user
        self.name = name
        self.event_timeout = event_timeout
        self.backoff = backoff or Backoff()
        self.cache = ObjectCache(self)
        self._transport = transport
        self._verify = verify
        self._client: XenAPIClient | None = None
        self._password: str | None = None
        self._state = ConnectionState.DISCONNECTED
        self._runner: asyncio.Task[None] | None = None
        self._coalescer = Coalescer(coalesce, self._apply, self._apply_in_steps)
        self.last_error = ""
        self.api_version: tuple[int, int] = (0, 0)
        self.pool_ref: str | None = None
        self.master_ref: str | None = None
        self.reconnects = 0
        self.resyncs = 0
        self.access: Access | None = None  # what the session may do (RBAC), learnt at each login; None before
        self.is_simulator: bool | None = None  # it answered the `sim` plugin (core/simclock.py); None: not asked

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def state(self) -> ConnectionState:
        return self._state

    @property
    def is_connected(self) -> bool:
        return self._state is ConnectionState.CONNECTED

    @property
    def client(self) -> XenAPIClient | None:
        """The logged-in client while connected or reconnecting; None otherwise."""
        return self._client

    @property
    def password(self) -> str | None:
        """The password of the open session: pool.join hands the master's credentials to the joining server."""
        return self._password

    @property
    def transport(self) -> httpx.AsyncBaseTransport | None:
        """The HTTP transport given at creation (the console's tunnels reuse a PinnedTransport's trust)."""
        return self._transport

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(self.api_version, self.cache)

    @property
    def display_name(self) -> str:
        if self.name:
            return self.name
        pool = the_pool(self.cache)
        name = pool.display_name if pool is not None else ""
        return name or self.url

    def _set_state(self, state: ConnectionState, error: str = "") -> None:
        self.last_error = error
        if state is not self._state:
            self._state = state
            log.info("%s: %s%s", self.url, state.value, f" ({error})" if error else "")
            self.state_changed.emit(state)

    # -- connect / disconnect ------------------------------------------------------------------------------

    async def open(self, password: str) -> None:
        """Log in, load every object and start following events. Raises (and ends in failed) when it cannot."""
        if self._state in (ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.RECONNECTING):
            raise RuntimeError(f"{self.url} is already {self._state.value}")
        self._set_state(ConnectionState.CONNECTING)
        self._password = password
        try:
            token = await self._establish()
        except asyncio.CancelledError:
            await self._drop_client()
            self._set_state(ConnectionState.DISCONNECTED)
            raise
        except (XenAPIError, ValueError) as exc:
            await self._drop_client()
            self._password = None
            self._set_state(ConnectionState.FAILED, error_text(exc))
            raise
        self._set_state(ConnectionState.CONNECTED)
        self._runner = spawn(self._run(token), name=f"events {self.url}")  # a bug here reaches the reporter

    async def close(self) -> None:
        """Stop the event loop, log out (best effort) and forget the objects."""
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.cancel()
            try:
                await runner
            except asyncio.CancelledError:
                pass
        self._coalescer.discard()
        client = self._client
        if client is not None:
            try:
                await asyncio.wait_for(client.logout(), 5.0)
            except TimeoutError:
                log.info("%s: logout timed out", self.url)
        await self._drop_client()
        self._password = None
        self.access = None
        self.cache.clear()
        self._set_state(ConnectionState.DISCONNECTED)

    async def _drop_client(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    async def _establish(self) -> str:
        """Login, pool and master records, capability check and the full initial load; returns the event token."""
        assert self._password is not None
        if self._client is None:
            self._client = XenAPIClient(self.url, transport=self._transport, verify=self._verify)
        client = self._client
        try:
            await client.login(self.user, self._password)
        except XenAPIFailure as failure:
            if failure.code != HOST_IS_SLAVE or not failure.params:
                raise
            await self._follow_master(failure.params[0])
            client = self._client
            await client.login(self.user, self._password)
        # The full load (the longest call by far) is asked for now and arrives while the session's access, the
        # pool and its master are read; it is applied to the cache only once they are known.
        with collection_paused():
            load = asyncio.ensure_future(client.event_from(EVENT_CLASSES, "", self.event_timeout))
            try:
                self.access = await fetch_access(client)
                pools = await client.call("pool.get_all_records")
                if not isinstance(pools, dict) or not pools:
                    raise ProtocolError("pool.get_all_records returned no pool")
                self.pool_ref, pool = next(iter(pools.items()))
                self.master_ref = str(pool.get("master", ""))
                master = await client.call("host.get_record", self.master_ref)
                self.api_version = (as_int(master.get("API_version_major")), as_int(master.get("API_version_minor")))
                if self.api_version < MIN_API:
                    raise ServerTooOld(f"the server's API version {self.api_version[0]}.{self.api_version[1]} is "
                                       f"older than {MIN_API[0]}.{MIN_API[1]}, the first with event.from")
                batch = await load
            finally:
                if not load.done():
                    load.cancel()
                    with contextlib.suppress(BaseException):
                        await load
            return await self._load_everything(batch)

    async def _follow_master(self, address: str) -> None:
        """A pool member answered HOST_IS_SLAVE: talk to its master instead."""
        log.info("%s is a pool member; following its master %s", self.url, address)
        await self._drop_client()
        self.url = master_url(self.url, address)
        self._client = XenAPIClient(self.url, transport=self._transport, verify=self._verify)

    async def _load_everything(self, batch: dict[str, Any] | None = None) -> str:
        """Replace the cache with a full load (`batch`, an event.from from "" already fetched, or fetched now)."""
        assert self._client is not None
        with collection_paused():
            if batch is None:
                batch = await self._client.event_from(EVENT_CLASSES, "", self.event_timeout)
            self._coalescer.discard()
            await run_in_slices(self.cache.replacing(batch["events"]))
            del batch["events"]
            freeze_survivors()
        return str(batch["token"])

    # -- the event loop ------------------------------------------------------------------------------------

    def _apply(self, events: list[Event]) -> None:
        self.cache.apply_events(events)
        self._settled(len(events))

    def _apply_in_steps(self, events: list[Event]) -> Generator[None, None, CacheDelta]:
        delta = yield from self.cache.applying(events)
        self._settled(len(events))
        return delta

    @staticmethod
    def _settled(events: int) -> None:
        """After a big batch, what it brought goes where the full load went (see `freeze_survivors`)."""
        if events >= FREEZE_FROM:
            freeze_survivors()

    async def _run(self, token: str) -> None:
        while True:
            try:
                token = await self._follow(token)
            except (ConnectionLost, ProtocolError, XenAPIFailure) as exc:
                log.warning("%s: event loop stopped: %s", self.url, exc)
                self._coalescer.finish()
                token_or_none = await self._reconnect(exc)
                if token_or_none is None:
                    return
                token = token_or_none

    async def _follow(self, token: str) -> str:
        """Follow events until something breaks; EVENTS_LOST reloads everything and carries on."""
        assert self._client is not None
        while True:
            try:
                batch = await self._client.event_from(EVENT_CLASSES, token, self.event_timeout)
            except XenAPIFailure as failure:
                if failure.code != EVENTS_LOST:
                    raise
                log.warning("%s: events lost; reloading everything", self.url)
                self.resyncs += 1
                token = await self._load_everything()
                continue
            token = str(batch["token"])
            self._coalescer.add(batch["events"])

    async def _reconnect(self, cause: Exception) -> str | None:
        """Retry the whole connection with backoff until it works, fails for good (None) or is cancelled."""
        self._set_state(ConnectionState.RECONNECTING, error_text(cause))
        for delay in self.backoff.delays():
            await asyncio.sleep(delay)
            try:
                token = await self._establish()
            except XenAPIFailure as failure:
                if failure.code in (SESSION_AUTHENTICATION_FAILED, SESSION_AUTHORIZATION_FAILED):  # for good
                    self._set_state(ConnectionState.FAILED, error_text(failure))
                    return None
                self._set_state(ConnectionState.RECONNECTING, error_text(failure))
            except (ConnectionLost, ProtocolError) as exc:
                self._set_state(ConnectionState.RECONNECTING, error_text(exc))
            except ServerTooOld as exc:
                self._set_state(ConnectionState.FAILED, error_text(exc))
                return None
            else:
                self.reconnects += 1
                self._set_state(ConnectionState.CONNECTED)
                return token
        return None  # pragma: no cover - delays() never ends

    def describe(self) -> dict[str, Any]:
        """A plain summary for logs and the UI's connection tooltip."""
        return {"url": self.url, "user": self.user, "state": self._state.value, "error": self.last_error,
                "api_version": self.capabilities.version_text}
