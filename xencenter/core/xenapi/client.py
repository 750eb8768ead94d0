"""An async XenAPI client over httpx: JSON-RPC v2 first, XML-RPC for servers without /jsonrpc.

It owns one session: `login` retries with fewer parameters for old servers, `call` prepends the session and
logs in again once, transparently, when xapi says SESSION_INVALID. Every request has explicit timeouts;
the event.from long-poll gets a read timeout longer than its own poll timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import importlib
import itertools
import logging
import ssl
import threading
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import httpx

from . import jsonrpc, xmlrpc
from .errors import (
    MESSAGE_PARAMETER_COUNT_MISMATCH,
    SESSION_INVALID,
    ConnectionLost,
    NotLoggedIn,
    ProtocolError,
    XenAPIFailure,
)
from .urls import normalize_url

log = logging.getLogger("xencenter.net")

API_VERSION_SENT = "2.21"  # login's version argument; xapi ignores it but XenCenter sends its own
DEFAULT_ORIGINATOR = "XenCenter-Qt"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=30.0, pool=30.0)
EVENT_READ_MARGIN = 30.0  # seconds added to an event.from poll timeout for the HTTP read
NO_JSONRPC_STATUSES = frozenset({404, 405, 501})


class Protocol(enum.Enum):
    JSON_RPC = "json-rpc"
    XML_RPC = "xml-rpc"


_contexts: dict[bool, ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def _tls_context(verify: bool) -> ssl.SSLContext:
    """The TLS settings of every client, made once per process. Loading the CA store takes ~18 ms without the GIL:
    `XenAPIClient` makes it in a worker thread, where httpx would have made it on the GUI thread for each client."""
    with _contexts_lock:
        context = _contexts.get(verify)
        if context is None:
            if verify:
                context = ssl.create_default_context()
            else:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            _contexts[verify] = context
        return context


# httpx imports its transport stack on the first request. On the GUI thread that took ~60 ms: PySide's import hook
# reads the source of every module imported after it. A worker thread imports them before the first client is made.
HTTP_STACK = ("httpcore", "h11", "anyio", "anyio._backends._asyncio", "anyio.streams.tls", "certifi")


def _prepared_context(verify: bool) -> ssl.SSLContext:
    """(In a worker thread.) The HTTP stack imported, and the TLS context."""
    for name in HTTP_STACK:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    return _tls_context(verify)


class XenAPIClient:
    """One server, one session. Create and use inside a running event loop; `aclose()` when done."""

    def __init__(self, url: str, *, transport: httpx.AsyncBaseTransport | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, verify: bool = True,
                 originator: str = DEFAULT_ORIGINATOR, protocol: Protocol | None = None) -> None:
        self.url = normalize_url(url)
        self._transport = transport
        self._timeout = timeout
        self._verify = verify
        self.originator = originator
        self._protocol = protocol
        self._http: httpx.AsyncClient | None = None
        self._ids = itertools.count(1)
        self._session: str | None = None
        self._credentials: tuple[str, str] | None = None
        self._login_lock = asyncio.Lock()
        self.relogins = 0  # transparent re-logins so far (visible to tests and diagnostics)

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def session_ref(self) -> str | None:
        return self._session

    @property
    def protocol(self) -> Protocol | None:
        """The wire protocol in use; None until the first request has decided it."""
        return self._protocol

    @property
    def user(self) -> str | None:
        return self._credentials[0] if self._credentials else None

    # -- session -------------------------------------------------------------------------------------------

    async def login(self, user: str, password: str) -> str:
        """Log in with session.login_with_password; returns the session ref.

        Sends (user, password, version, originator) like XenCenter and falls back to 3 and then 2 parameters
        when an older server answers MESSAGE_PARAMETER_COUNT_MISMATCH.
        """
        attempts: list[list[Any]] = [[user, password, API_VERSION_SENT, self.originator],
                                     [user, password, API_VERSION_SENT], [user, password]]
        for number, params in enumerate(attempts):
            try:
                session = await self.request("session.login_with_password", params)
            except XenAPIFailure as failure:
                if failure.code == MESSAGE_PARAMETER_COUNT_MISMATCH and number + 1 < len(attempts):
                    continue
                raise
            if not isinstance(session, str) or not session:
                raise ProtocolError("the server's login reply holds no session reference")
            self._session = session
            self._credentials = (user, password)
            return session
        raise AssertionError("unreachable")  # pragma: no cover

    async def logout(self) -> None:
        """End the session (errors are ignored: the session is gone either way) and forget the password."""
        session, self._session = self._session, None
        self._credentials = None
        if session is None:
            return
        try:
            await self.request("session.logout", [session], timeout=10.0)
        except (XenAPIFailure, ConnectionLost, ProtocolError) as exc:
            log.info("logout of %s: %s", self.url, exc)

    async def _relogin(self, stale: str | None) -> None:
        async with self._login_lock:
            if self._session != stale:
                return  # another call has logged in again already
            if self._credentials is None:
                raise NotLoggedIn("the session has ended")
            log.info("session on %s expired; logging in again", self.url)
            await self.login(*self._credentials)
            self.relogins += 1

    # -- calls ---------------------------------------------------------------------------------------------

    async def call(self, method: str, *params: Any, timeout: float | None = None) -> Any:
        """Call `method` with the session prepended; re-logs in once on SESSION_INVALID."""
        session = self._session
        if session is None:
            raise NotLoggedIn(f"cannot call {method}: not logged in")
        try:
            return await self.request(method, [session, *params], timeout=timeout)
        except XenAPIFailure as failure:
            if failure.code != SESSION_INVALID or self._credentials is None:
                raise
        await self._relogin(session)
        assert self._session is not None
        return await self.request(method, [self._session, *params], timeout=timeout)

    async def call_async(self, method: str, *params: Any) -> str:
        """Start `Async.<method>`; returns the task ref to follow."""
        task = await self.call(f"Async.{method}", *params)
        if not isinstance(task, str) or not task.startswith("OpaqueRef:"):
            raise ProtocolError(f"Async.{method} returned {task!r}, not a task reference")
        return task

    async def event_from(self, classes: Sequence[str], token: str, timeout: float) -> dict[str, Any]:
        """One event.from long-poll; the HTTP read may take `timeout` plus a margin."""
        batch = await self.call("event.from", list(classes), token, float(timeout),
                                timeout=timeout + EVENT_READ_MARGIN)
        if not isinstance(batch, dict) or not isinstance(batch.get("events"), list) or "token" not in batch:
            raise ProtocolError("event.from returned something that is not an event batch")
        return batch

    async def get(self, path: str, params: Mapping[str, str | list[str]], *, timeout: float | None = None,
                  headers: Mapping[str, str] | None = None) -> httpx.Response:
        """GET one of the server's HTTP handlers (`/rrd_updates`, `/vm_rrds`, ...) with the session as xapi wants it
        (`session_id` in the query), over this client's connection pool, TLS settings and pinning. Any status is
        returned: the caller knows what its handler answers."""
        session = self._session
        if session is None:
            raise NotLoggedIn(f"cannot fetch {path}: not logged in")
        request = (await self._opened()).build_request("GET", self.url + path,
                                                       params={"session_id": session, **params},
                                                       headers=dict(headers or {}))
        return await self._send(request, path, timeout)

    @contextlib.asynccontextmanager
    async def stream(self, method: str, path: str, params: Mapping[str, str], *,
                     content: AsyncIterator[bytes] | None = None,
                     timeout: float | None = None) -> AsyncIterator[httpx.Response]:
        """An HTTP handler's answer as a stream (`/export` downloads, `/import` uploads `content`): the session in
        the query as for `get`; the response is closed when the block ends. Network trouble is ConnectionLost."""
        session = self._session
        if session is None:
            raise NotLoggedIn(f"cannot reach {path}: not logged in")
        request = (await self._opened()).build_request(method, self.url + path,
                                                       params={"session_id": session, **params}, content=content)
        if timeout is not None:
            base = self._timeout
            request.extensions["timeout"] = httpx.Timeout(connect=base.connect, read=timeout, write=timeout,
                                                          pool=base.pool).as_dict()
        async with self._streamed(request, path) as response:
            yield response

    @contextlib.asynccontextmanager
    async def _streamed(self, request: httpx.Request, what: str) -> AsyncIterator[httpx.Response]:
        """Send `request` and hold its response open for the body to be read; network trouble while sending or
        reading is ConnectionLost. Closed at the end, with httpx's cycle around it cut."""
        try:
            response = await self._client().send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise ConnectionLost(f"{what} on {self.url} timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise ConnectionLost(f"cannot reach {self.url}: {exc or type(exc).__name__}") from exc
        try:
            yield response
        except httpx.TransportError as exc:  # while reading the body
            raise ConnectionLost(f"{what} on {self.url} broke off: {exc or type(exc).__name__}") from exc
        finally:
            await response.aclose()
            _cut_cycle(response)

    async def request(self, method: str, params: Sequence[Any], *, timeout: float | None = None) -> Any:
        """One raw call with exactly `params` (no session added)."""
        if self._protocol is None:
            return await self._probe(method, params, timeout)
        if self._protocol is Protocol.JSON_RPC:
            return await self._json(method, params, timeout)
        return await self._xml(method, params, timeout)

    async def _probe(self, method: str, params: Sequence[Any], timeout: float | None) -> Any:
        """Try JSON-RPC; a server without /jsonrpc (404, or an XML/HTML answer) gets XML-RPC from now on."""
        try:
            result = await self._json(method, params, timeout)
        except _NoJsonRpc as exc:
            log.info("%s has no JSON-RPC endpoint (%s); using XML-RPC", self.url, exc)
            self._protocol = Protocol.XML_RPC
            return await self._xml(method, params, timeout)
        self._protocol = Protocol.JSON_RPC
        return result

    async def _json(self, method: str, params: Sequence[Any], timeout: float | None) -> Any:
        """One JSON-RPC call. A big reply is decoded while it arrives (jsonrpc.decode_reply_streamed); one with a
        small Content-Length is read whole and decoded at once."""
        body = jsonrpc.encode_request(method, params, next(self._ids))
        request = (await self._opened()).build_request("POST", self.url + "/jsonrpc", content=body,
                                                       headers={"content-type": jsonrpc.CONTENT_TYPE})
        self._set_read_timeout(request, timeout)
        async with self._streamed(request, method) as reply:
            try:
                return await self._json_reply(reply, method)
            except httpx.TimeoutException as exc:  # while reading the body
                raise ConnectionLost(f"{method} on {self.url} timed out ({type(exc).__name__})") from exc

    async def _json_reply(self, reply: httpx.Response, method: str) -> Any:
        content_type = reply.headers.get("content-type", "").split(";")[0].strip().lower()
        if self._protocol is None and (reply.status_code in NO_JSONRPC_STATUSES or content_type != "application/json"):
            raise _NoJsonRpc(f"HTTP {reply.status_code}, {content_type or 'no content type'}")
        _check_status(reply, method)
        length = reply.headers.get("content-length", "")
        if length.isdigit() and int(length) < jsonrpc.SLICED_DECODE_BYTES:
            return jsonrpc.decode_reply(await reply.aread())
        return await jsonrpc.decode_reply_streamed(reply.aiter_bytes())

    async def _xml(self, method: str, params: Sequence[Any], timeout: float | None) -> Any:
        body = xmlrpc.encode_call(method, params)
        path = "" if httpx.URL(self.url).path not in ("", "/") else "/"
        reply = await self._post(self.url + path, body, xmlrpc.CONTENT_TYPE, method, timeout)
        _check_status(reply, method)
        return xmlrpc.decode_reply(reply.content)

    async def _post(self, url: str, body: bytes, content_type: str, method: str,
                    timeout: float | None) -> httpx.Response:
        request = (await self._opened()).build_request("POST", url, content=body,
                                                       headers={"content-type": content_type})
        return await self._send(request, method, timeout)

    async def _send(self, request: httpx.Request, what: str, timeout: float | None) -> httpx.Response:
        """Send with the client's timeouts (`timeout` replaces the read timeout); network trouble is ConnectionLost."""
        self._set_read_timeout(request, timeout)
        try:
            response = await self._client().send(request)
        except httpx.TimeoutException as exc:
            raise ConnectionLost(f"{what} on {self.url} timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise ConnectionLost(f"cannot reach {self.url}: {exc or type(exc).__name__}") from exc
        _cut_cycle(response)
        return response

    def _set_read_timeout(self, request: httpx.Request, timeout: float | None) -> None:
        """`timeout` replaces the client's read timeout for this request (event.from waits that long by design)."""
        if timeout is not None:
            base = self._timeout
            request.extensions["timeout"] = httpx.Timeout(connect=base.connect, read=timeout, write=base.write,
                                                          pool=base.pool).as_dict()

    async def _opened(self) -> httpx.AsyncClient:
        """The HTTP client, made on first use (its TLS context in a worker thread unless a transport brings its own)."""
        if self._http is None:
            context = None if self._transport is not None else await asyncio.to_thread(_prepared_context,
                                                                                       self._verify)
            if self._http is None:  # another call may have made it meanwhile
                self._http = httpx.AsyncClient(transport=self._transport, timeout=self._timeout,
                                               verify=context if context is not None else self._verify,
                                               limits=httpx.Limits(max_connections=20, max_keepalive_connections=8))
        return self._http

    def _client(self) -> httpx.AsyncClient:
        assert self._http is not None, "made by _opened() before a request is built"
        return self._http

    async def aclose(self) -> None:
        """Close the HTTP client (without logging out; call `logout` first for a clean end)."""
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()


class _NoJsonRpc(Exception):
    pass


def _cut_cycle(response: httpx.Response) -> None:
    """After the body is read and the stream closed, httpx's stream still points back at its response (and with it
    the request and httpcore's pool request): a cycle only the cyclic collector frees, one per call. Cut, reference
    counting frees a reply (tens of MB for a first event.from) as soon as it is decoded, and the collector, which
    works on the GUI thread, has ~40 objects less to find per call."""
    response.stream = httpx.ByteStream(b"")


def _check_status(reply: httpx.Response, method: str) -> None:
    if reply.status_code != 200:
        raise ProtocolError(f"{method}: the server answered HTTP {reply.status_code} {reply.reason_phrase}",
                            status=reply.status_code)
