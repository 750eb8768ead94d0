"""RrdFetcher: one connection's performance data, polled as XenCenter's ArchiveMaintainer does.

Every `period` (5 s) one `/rrd_updates` request asks for every host and VM of the connection at once
(`host=true`, no `vm_uuid`); the coarser archives are refreshed with the same request at their own step when due
(1 min every minute, 1 h every hour, 1 day every day). A newly watched object first gets its whole history from
`/host_rrds` or `/vm_rrds`. Replies are parsed off the GUI thread; only watched objects are kept. Nothing is
fetched while nothing is watched (hidden graphs do not fetch).

Signals:
    updated(): new samples were merged (or history loaded); graphs redraw from `store`.
    state_changed(): `error` changed (a readable reason why the last poll failed, or "").
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QObject, Signal

from ..asyncutil import spawn
from ..errors_text import error_text
from ..i18n import translate
from ..xenapi.errors import XenAPIError
from .archive import ArchiveStore, ObjectKey, Resolution
from .dump import parse_dump
from .xport import RrdFormatError, Xport, parse

if TYPE_CHECKING:
    from ..connection import Connection

log = logging.getLogger("xencenter.rrd")

PERIOD = 5.0
READ_TIMEOUT = 30.0
FIRST_ROWS = 3  # how far back (in steps) the first request of an archive asks for
HISTORY_AT_ONCE = 4  # whole-RRD downloads in flight (a pool's graphs watch every host at once)


class RrdFetchError(Exception):
    """A handler refused or answered something unusable; the text is shown beside the graphs."""


class RrdFetcher(QObject):
    updated = Signal()
    state_changed = Signal()

    def __init__(self, connection: Connection, *, period: float = PERIOD, use_json: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.period = period
        self.use_json = use_json
        self.store = ArchiveStore()
        self.error = ""
        self.server_time = 0.0  # the newest sample time the server reported (its clock, not ours)
        self.polls = 0
        self.last_reply_bytes = 0
        self._watched: Counter[ObjectKey] = Counter()
        self._last: dict[Resolution, float] = {}
        self._due: dict[Resolution, float] = {}
        self._relative_start = True  # xapi takes a negative start as "seconds before the last update"
        self._loop: asyncio.Task[None] | None = None
        self._history_slots: asyncio.Semaphore | None = None

    # -- what to keep --------------------------------------------------------------------------------------

    def watch(self, keys: Iterable[ObjectKey]) -> None:
        """Keep (and fetch) these objects until `unwatch`ed as often; the first watch loads their history."""
        running = _loop_running()
        for key in keys:
            self._watched[key] += 1
            if self._watched[key] == 1:
                self.store.keep(key)
                if running:
                    spawn(self._load_history(key), name=f"rrd history {key.uuid}", owner=self)
        if self._watched and self._loop is None and running:
            self._loop = spawn(self._run(), name=f"rrd updates {self.connection.url}", owner=self)

    def unwatch(self, keys: Iterable[ObjectKey]) -> None:
        for key in keys:
            if self._watched[key] <= 0:
                continue
            self._watched[key] -= 1
            if self._watched[key] == 0:
                del self._watched[key]
                self.store.drop(key)
        if not self._watched:
            self.stop()

    def watched(self) -> frozenset[ObjectKey]:
        return frozenset(self._watched)

    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.cancel()

    # -- polling -------------------------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            await self.poll()
            await asyncio.sleep(self.period)

    def due(self, now: float | None = None) -> list[Resolution]:
        """The archives to refresh now: the 5 s one always, each coarser one once per its step."""
        now = time.monotonic() if now is None else now
        return [r for r in Resolution if r is Resolution.FIVE_SECONDS or now >= self._due.get(r, 0.0)]

    async def poll(self) -> None:
        """One round: the due archives for every object, merged for the watched ones. Never raises; a failure is
        kept in `error` (shown beside the graphs) and the next round tries again."""
        if self.connection.client is None:
            return
        merged = False
        for resolution in self.due():
            try:
                xport = await self._fetch_updates(resolution)
            except (XenAPIError, RrdFetchError, RrdFormatError) as exc:
                self._set_error(self._reason(exc))
                log.info("%s: rrd_updates (%d s) failed: %s", self.connection.url, resolution.step, exc)
                break
            if xport.end + resolution.step < self._last.get(resolution, float("-inf")):
                self._restart()  # the server's clock went back (a restarted or another server): start afresh
            self._due[resolution] = time.monotonic() + resolution.step
            self._last[resolution] = max(self._last.get(resolution, 0.0), float(xport.end),
                                         float(xport.times[-1]) if len(xport.times) else 0.0)
            if resolution is Resolution.FIVE_SECONDS:
                self.server_time = max(self.server_time, self._last[resolution])
            merged = self.store.merge(xport) > 0 or merged
            self._set_error("")
        self.polls += 1
        if merged:
            self.updated.emit()

    def _restart(self) -> None:
        log.info("%s: the server's clock went back; performance data starts again", self.connection.url)
        self._last.clear()
        self._due.clear()
        self.server_time = 0.0
        self.store.reset()
        for key in self._watched:
            spawn(self._load_history(key), name=f"rrd history {key.uuid}", owner=self)

    def _start_for(self, resolution: Resolution) -> int:
        last = self._last.get(resolution)
        if last is not None:
            return int(last)
        back = resolution.step * FIRST_ROWS
        return -back if self._relative_start else int(time.time()) - back

    async def _fetch_updates(self, resolution: Resolution) -> Xport:
        params = {"start": str(self._start_for(resolution)), "cf": self.store.cf,
                  "interval": str(resolution.step), "host": "true"}
        if self.use_json:
            params["json"] = "true"
        reply = await self._get("/rrd_updates", params)
        if reply.status_code == 400 and self._relative_start and resolution not in self._last:
            self._relative_start = False  # a server that wants an absolute start: ask again with one
            params["start"] = str(self._start_for(resolution))
            reply = await self._get("/rrd_updates", params)
        body = self._body(reply, "/rrd_updates")
        self.last_reply_bytes = len(body)
        wanted = {(key.kind, key.uuid) for key in self._watched}
        content_type = reply.headers.get("content-type", "")
        return await asyncio.to_thread(lambda: parse(body, content_type).only(wanted, self.store.cf))

    async def _load_history(self, key: ObjectKey) -> None:
        """The object's whole RRD (all four archives) from /host_rrds or /vm_rrds; a failure only costs the
        history (the live archive still fills)."""
        path = "/host_rrds" if key.kind == "host" else "/vm_rrds"
        if self._history_slots is None:
            self._history_slots = asyncio.Semaphore(HISTORY_AT_ONCE)
        try:
            async with self._history_slots:
                if key not in self._watched:
                    return
                reply = await self._get(path, {"uuid": key.uuid})
                body = self._body(reply, path)
                dump = await asyncio.to_thread(parse_dump, body, reply.headers.get("content-type", ""))
        except (XenAPIError, RrdFetchError, RrdFormatError) as exc:
            log.info("%s: no history for %s %s: %s", self.connection.url, key.kind, key.uuid, exc)
            return
        if key not in self._watched:
            return  # unwatched while the dump was on its way
        self.store.load_dump(key, dump)
        self.server_time = max(self.server_time, float(dump.last_update))
        self.updated.emit()

    async def _get(self, path: str, params: dict[str, str]) -> httpx.Response:
        client = self.connection.client
        if client is None:
            raise RrdFetchError(translate("Performance", "Not connected."))
        # xapi >= 23.17 answers JSON to an Accept that prefers it, and httpx's default */* counts as that.
        accept = "application/json" if self.use_json else "text/xml"
        reply = await client.get(path, params, timeout=READ_TIMEOUT, headers={"accept": accept})
        if reply.status_code in (401, 403):
            # The session may have expired: an RPC call logs in again when xapi says so, then we ask once more.
            session = client.session_ref
            try:
                await client.call("pool.get_all")
            except XenAPIError as exc:
                log.info("%s: no new session for %s: %s", self.connection.url, path, exc)
                return reply
            if client.session_ref != session:
                reply = await client.get(path, params, timeout=READ_TIMEOUT, headers={"accept": accept})
        return reply

    @staticmethod
    def _body(reply: httpx.Response, path: str) -> bytes:
        status = reply.status_code
        if status in (401, 403):
            raise RrdFetchError(translate("Performance", "The server refused the performance data (HTTP {0}): it "
                                                         "did not accept the session.").format(status))
        if status != 200:
            raise RrdFetchError(translate("Performance", "The server could not send performance data ({0} answered "
                                                         "HTTP {1}).").format(path, status))
        return reply.content

    @staticmethod
    def _reason(exc: Exception) -> str:
        if isinstance(exc, RrdFormatError):
            return translate("Performance", "The server's performance data could not be read: {0}").format(exc)
        return error_text(exc) if isinstance(exc, XenAPIError) else str(exc)

    def _set_error(self, text: str) -> None:
        if text != self.error:
            self.error = text
            self.state_changed.emit()


def _loop_running() -> bool:
    """Whether an asyncio loop runs (always in the console; a widget test without one simply fetches nothing)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class RrdHub(QObject):
    """One fetcher per connection, made on first use and dropped with the connection."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetchers: dict[Connection, RrdFetcher] = {}

    def fetcher(self, connection: Connection) -> RrdFetcher:
        fetcher = self._fetchers.get(connection)
        if fetcher is None:
            fetcher = self._fetchers[connection] = RrdFetcher(connection, parent=self)
            connection.destroyed.connect(lambda *_: self._forget(connection))
        return fetcher

    def _forget(self, connection: Connection) -> None:
        fetcher = self._fetchers.pop(connection, None)
        if fetcher is not None:
            fetcher.stop()
