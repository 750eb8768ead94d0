"""The ASGI application: XenAPI over XML-RPC (any POST path) and JSON-RPC (POST /jsonrpc).

Routing is xapi's: longest path prefix per method, so every POST other than /jsonrpc is XML-RPC.
Malformed bodies get HTTP 500 with a small HTML page; API failures are HTTP 200 with a structured
error. Bodies over 300 KiB are refused with 413 before they are read in full.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .. import errors
from ..errors import ApiError
from ..wire import jsonrpc, xmlrpc
from ..xapi import Xapi

log = logging.getLogger("backend_sim.http")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

MAX_BODY = 300 * 1024
CORS = [(b"access-control-allow-origin", b"*"), (b"access-control-allow-headers", b"X-Requested-With")]
LIST_METHODS = "system.listMethods"


class BodyTooLarge(Exception):
    pass


class XapiApp:
    """ASGI entry point for one pool. Extra HTTP handlers (console, RRDs) register in `routes`."""

    def __init__(self, xapi: Xapi) -> None:
        self.xapi = xapi
        self.routes: dict[tuple[str, str], Callable[[Scope, Receive, Send], Awaitable[None]]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method = scope["method"]
        path = scope["path"]
        route = self.routes.get((method, path))
        if route is not None:
            await route(scope, receive, send)
        elif method == "POST":
            await self._rpc(scope, receive, send, json_rpc=path == "/jsonrpc" or path.startswith("/jsonrpc/"))
        elif method == "OPTIONS":
            await _respond(send, 200, b"", b"text/plain")
        else:
            await _respond(send, 404, _html("Not found"), b"text/html")

    async def _rpc(self, scope: Scope, receive: Receive, send: Send, *, json_rpc: bool) -> None:
        try:
            body = await _read_body(scope, receive)
        except BodyTooLarge:
            await _respond(send, 413, _html("Request body too large"), b"text/html")
            return
        if json_rpc:
            await self._json(body, send)
        else:
            await self._xml(body, send)

    async def _xml(self, body: bytes, send: Send) -> None:
        try:
            method, params = xmlrpc.parse_call(body)
        except xmlrpc.XmlRpcParseError as exc:
            await _respond(send, 500, _html(f"Malformed XML-RPC request: {exc}"), b"text/html")
            return
        if method == LIST_METHODS:
            payload = xmlrpc.bare(self.xapi.dispatcher.list_methods())
        else:
            try:
                payload = xmlrpc.success(await self.xapi.call(method, params))
            except ApiError as exc:
                payload = xmlrpc.failure(exc.description)
            except Exception as exc:
                payload = xmlrpc.failure(_internal(method, exc))
        await _respond(send, 200, payload, xmlrpc.CONTENT_TYPE.encode())

    async def _json(self, body: bytes, send: Send) -> None:
        try:
            request = jsonrpc.parse_request(body)
        except jsonrpc.JsonRpcParseError as exc:
            await _respond(send, 500, _html(f"Malformed JSON-RPC request: {exc}"), b"text/html")
            return
        if request.method == LIST_METHODS:
            payload = jsonrpc.success(request, self.xapi.dispatcher.list_methods())
        else:
            try:
                payload = jsonrpc.success(request, await self.xapi.call(request.method, request.params))
            except ApiError as exc:
                payload = jsonrpc.failure(request, exc.description)
            except Exception as exc:
                payload = jsonrpc.failure(request, _internal(request.method, exc))
        await _respond(send, 200, payload, jsonrpc.CONTENT_TYPE.encode())


def _internal(method: str, exc: Exception) -> list[str]:
    log.error("%s failed unexpectedly", method, exc_info=exc)
    return [errors.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}"]


async def _read_body(scope: Scope, receive: Receive) -> bytes:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                if int(value) > MAX_BODY:
                    raise BodyTooLarge
            except ValueError:
                pass
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _respond(send: Send, status: int, body: bytes, content_type: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *CORS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _html(text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<html><body><h1>{escaped}</h1></body></html>".encode()


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
