"""The ASGI application of one pool: XenAPI RPC, and the registered handlers reached by HTTP, WebSocket or CONNECT.

Routing is xapi's for RPC: every POST is XML-RPC (POST /jsonrpc is JSON-RPC) unless a handler is
registered for POST on that exact path. Every other request goes through the handler registry
(registry.py): 404 unknown path, 405 known path reached another way, 401 no session, 403 refused,
400 bad parameter, 503 a handler's own failure. OPTIONS answers the CORS preflight.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

from ..xapi import Xapi
from . import rpc
from .auth import authenticate, end_request
from .channels import Tunnel, WebSocketUpgrade
from .connect import ConnectRequest
from .registry import (
    CONNECT,
    HANDLERS,
    REASONS,
    WEBSOCKET,
    HandlerRegistry,
    HttpError,
    Request,
    Response,
    Route,
    no_body,
    parse_query,
    unexpected,
)
from .respond import CORS, Receive, Scope, Send, body_chunks, header_map, html, respond


class XapiApp:
    """ASGI entry point for one pool; `handlers` defaults to the simulator's own registry."""

    def __init__(self, xapi: Xapi, handlers: HandlerRegistry | None = None) -> None:
        self.xapi = xapi
        self.handlers = handlers if handlers is not None else HANDLERS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
        elif scope["type"] == "lifespan":
            await _lifespan(receive, send)

    async def _admit(self, path: str, way: str, query: dict[str, str], headers: dict[str, str],
                     client: tuple[str, int] | None, body: Callable[[], AsyncIterator[bytes]] = no_body
                     ) -> tuple[Route, Request, bool]:
        """The one gate every handler request passes: route, session, permission."""
        route = self.handlers.resolve(path, way)
        try:
            session, created = await authenticate(self.xapi, query, headers, client)
        except HttpError:
            raise
        except Exception as exc:
            raise unexpected(route, exc) from exc
        try:
            self.handlers.authorize(self.xapi, session, route.permission)
        except BaseException as exc:
            end_request(self.xapi, session, created)
            if isinstance(exc, Exception) and not isinstance(exc, HttpError):
                raise unexpected(route, exc) from exc
            raise
        return route, Request(self.xapi, way, path, query, headers, session, body, client), created

    # -- plain HTTP ------------------------------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method, path = scope["method"], scope["path"]
        if method == "POST" and not self.handlers.knows(path, "POST"):
            await rpc.answer(self.xapi, scope, receive, send,
                             json_rpc=path == "/jsonrpc" or path.startswith("/jsonrpc/"))
            return
        if method == "OPTIONS" and not self.handlers.knows(path, "OPTIONS"):
            await respond(send, 200, b"", b"text/plain")
            return
        try:
            route, request, created = await self._admit(path, method, parse_query(scope.get("query_string", b"")),
                                                        header_map(scope), scope.get("client"),
                                                        lambda: body_chunks(receive))
        except HttpError as error:
            await _send_error(send, error)
            return
        try:
            try:
                response = await route.handler(request)
            except HttpError as error:
                await _send_error(send, error)
                return
            except Exception as exc:
                await _send_error(send, unexpected(route, exc))
                return
            await self._send_response(route, send, response)
        finally:
            end_request(self.xapi, request.session, created)

    async def _send_response(self, route: Route, send: Send, response: Response) -> None:
        extra = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
        if isinstance(response.body, bytes):
            await respond(send, response.status, response.body, response.content_type.encode(), extra)
            return
        headers = [(b"content-type", response.content_type.encode()), *CORS, *extra]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        try:
            async for chunk in response.body:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except Exception as exc:
            # The status is sent already: leaving the reply incomplete makes uvicorn drop the connection,
            # so the client sees a truncated transfer rather than a complete-looking one.
            unexpected(route, exc)
            return
        await send({"type": "http.response.body", "body": b""})

    # -- WebSocket -------------------------------------------------------------------------------

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (await receive())["type"] != "websocket.connect":
            return
        try:
            route, request, created = await self._admit(scope["path"], WEBSOCKET,
                                                        parse_query(scope.get("query_string", b"")),
                                                        header_map(scope), scope.get("client"))
        except HttpError as error:
            await _deny_websocket(scope, send, error)
            return
        upgrade = WebSocketUpgrade(receive, send)
        try:
            await route.handler(request, upgrade)
            failure = None if upgrade.socket is not None else unexpected(
                route, RuntimeError("the handler neither accepted nor refused the upgrade"))
        except HttpError as error:
            failure = error
        except OSError:
            return  # the client went away
        except Exception as exc:
            failure = unexpected(route, exc)
        finally:
            end_request(self.xapi, request.session, created)
        try:
            if upgrade.socket is None:
                assert failure is not None
                await _deny_websocket(scope, send, failure)
            else:
                await upgrade.socket.close(1000 if failure is None else 1011)
        except OSError:
            pass  # the client went away meanwhile

    # -- CONNECT (called by connect.ConnectHttpProtocol with the socket's streams) ---------------

    async def handle_connect(self, head: ConnectRequest, reader: asyncio.StreamReader,
                             writer: asyncio.StreamWriter) -> None:
        tunnel = Tunnel(reader, writer)
        try:
            try:
                route, request, created = await self._admit(head.path, CONNECT, head.query, head.headers,
                                                            head.client)
            except HttpError as error:
                await _write_error(writer, error)
                return
            try:
                await route.handler(request, tunnel)
            except HttpError as error:
                if not tunnel.accepted:
                    await _write_error(writer, error)
            except OSError:
                pass  # the client went away
            except Exception as exc:
                failure = unexpected(route, exc)
                if not tunnel.accepted:
                    await _write_error(writer, failure)
            finally:
                end_request(self.xapi, request.session, created)
        except (OSError, asyncio.IncompleteReadError):
            pass  # the client went away; nothing to answer
        finally:
            writer.close()


def _error_headers(error: HttpError) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in error.headers]


async def _send_error(send: Send, error: HttpError) -> None:
    await respond(send, error.status, html(error.message), b"text/html", _error_headers(error))


async def _deny_websocket(scope: Scope, send: Send, error: HttpError) -> None:
    if "websocket.http.response" not in scope.get("extensions", {}):
        await send({"type": "websocket.close", "code": 1008})  # the server answers 403
        return
    body = html(error.message)
    headers = [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode()),
               *_error_headers(error)]
    await send({"type": "websocket.http.response.start", "status": error.status, "headers": headers})
    await send({"type": "websocket.http.response.body", "body": body})


async def _write_error(writer: asyncio.StreamWriter, error: HttpError) -> None:
    body = html(error.message)
    head = [f"HTTP/1.1 {error.status} {REASONS.get(error.status, 'Error')}", "content-type: text/html",
            f"content-length: {len(body)}", "connection: close",
            *(f"{name}: {value}" for name, value in error.headers)]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
    await writer.drain()


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
