"""The simulator's HTTP handlers beside RPC: one declaration each, resolved, authenticated and guarded here.

A handler declares its path, how it is reached (plain methods, a WebSocket upgrade, or CONNECT) and
the permission it needs. `XapiApp` (app.py, which CONNECT also reaches through connect.py) resolves
a request with `HandlerRegistry.resolve` (404 unknown path, 405 known path reached another way),
authenticates it once (auth.py: 401), asks `HandlerRegistry.authorize` once (403) and runs the
handler, so a handler only does its job: it raises `HttpError` for a refusal (400 for a bad
parameter), and any other exception is logged and answered 503, never a 500.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import rbac
from ..xapi import Xapi
from .channels import Tunnel, WebSocketUpgrade

log = logging.getLogger("backend_sim.http")

# How a handler is reached: a plain HTTP method, a WebSocket upgrade (GET with Upgrade: websocket), or CONNECT.
WEBSOCKET = "WEBSOCKET"
CONNECT = "CONNECT"

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 409: "Conflict", 413: "Payload Too Large", 503: "Service Unavailable"}


class HttpError(Exception):
    """A refusal with its status: raised by handlers (400 for a bad parameter) and by the checks here."""

    def __init__(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def bad_parameter(message: str) -> HttpError:
    return HttpError(400, message)


async def no_body() -> AsyncIterator[bytes]:
    return
    yield b""  # pragma: no cover  (makes this an async generator)


@dataclass(frozen=True)
class Request:
    """What every handler is given: the authenticated session and the parsed request line and headers."""

    xapi: Xapi  # the pool: its store, sessions and tasks (an export or import follows a task_id)
    method: str  # the HTTP method, or WEBSOCKET / CONNECT
    path: str
    query: Mapping[str, str]  # the first value of each query parameter
    headers: Mapping[str, str]  # lower-case names
    session: str
    body: Callable[[], AsyncIterator[bytes]] = no_body  # the request body, chunk by chunk as it arrives
    client: tuple[str, int] | None = None

    def param(self, name: str) -> str:
        """A required query parameter; its absence is the client's error (400)."""
        value = self.query.get(name)
        if value is None:
            raise bad_parameter(f"missing query parameter {name!r}")
        return value

    def params(self, name: str) -> list[str]:
        """Every value of a query parameter that may repeat (vm_uuid=...&vm_uuid=...)."""
        if isinstance(self.query, Query):
            return self.query.every(name)
        return [self.query[name]] if name in self.query else []


@dataclass
class Response:
    """A plain handler's answer; `body` may be an async iterator of chunks for a large streamed reply."""

    status: int = 200
    body: bytes | AsyncIterator[bytes] = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


HttpHandler = Callable[[Request], Awaitable[Response]]
WebSocketHandler = Callable[[Request, WebSocketUpgrade], Awaitable[None]]
ConnectHandler = Callable[[Request, Tunnel], Awaitable[None]]
Authorizer = Callable[[Xapi, str, str], None]


def allow_every_session(xapi: Xapi, session: str, permission: str) -> None:
    """Every authenticated session may use the handler (registries built by tests)."""


def rbac_authorize(xapi: Xapi, session: str, permission: str) -> None:
    """xapi's RBAC for HTTP handlers: the session's roles must hold the handler's permission (root holds all)."""
    if not rbac.allows(xapi.sessions.roles(session), rbac.http_roles(permission)):
        raise HttpError(403, f"RBAC_PERMISSION_DENIED {permission}: {rbac.DENIED_REASON}")


@dataclass(frozen=True)
class Route:
    path: str
    way: str  # an HTTP method, WEBSOCKET or CONNECT
    permission: str  # xapi's name for it, e.g. "http/get_rrd_updates"
    handler: Callable[..., Awaitable[Any]]


class HandlerRegistry:
    """Routes by exact path and way in; `authorize` is the one place a permission is checked."""

    def __init__(self, authorize: Authorizer = allow_every_session) -> None:
        self.authorize = authorize
        self._routes: dict[str, dict[str, Route]] = {}

    def _add(self, path: str, way: str, permission: str, handler: Callable[..., Awaitable[Any]]) -> None:
        ways = self._routes.setdefault(path, {})
        if way in ways:
            raise ValueError(f"{way} {path} registered twice")
        ways[way] = Route(path, way, permission, handler)

    def http(self, path: str, *methods: str, permission: str) -> Callable[[HttpHandler], HttpHandler]:
        def register(fn: HttpHandler) -> HttpHandler:
            for method in methods or ("GET",):
                self._add(path, method.upper(), permission, fn)
            return fn
        return register

    def websocket(self, path: str, *, permission: str) -> Callable[[WebSocketHandler], WebSocketHandler]:
        def register(fn: WebSocketHandler) -> WebSocketHandler:
            self._add(path, WEBSOCKET, permission, fn)
            return fn
        return register

    def connect(self, path: str, *, permission: str) -> Callable[[ConnectHandler], ConnectHandler]:
        def register(fn: ConnectHandler) -> ConnectHandler:
            self._add(path, CONNECT, permission, fn)
            return fn
        return register

    def routes(self) -> list[Route]:
        """Every registered route (what a test walks)."""
        return [route for ways in self._routes.values() for route in ways.values()]

    def knows(self, path: str, way: str) -> bool:
        return way in self._routes.get(path, {})

    def resolve(self, path: str, way: str) -> Route:
        ways = self._routes.get(path)
        if ways is None:
            raise HttpError(404, f"no handler for {path}")
        route = ways.get(way)
        if route is None:
            allowed = ", ".join(sorted(w for w in ways if w not in (WEBSOCKET, CONNECT)))
            how = "a WebSocket upgrade" if way == WEBSOCKET else way
            raise HttpError(405, f"{path} does not take {how}", (("allow", allowed),) if allowed else ())
        return route


# The simulator's own handlers (console, RRDs, import/export) register here, one file each in handlers/.
HANDLERS = HandlerRegistry(rbac_authorize)


class Query(dict[str, str]):
    """Query parameters by name, the first value of each; `every(name)` has all of a repeated one."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: dict[str, list[str]] = {}

    def every(self, name: str) -> list[str]:
        return list(self.lists.get(name, ()))


def parse_query(raw: bytes | str) -> Query:
    text = raw.decode("latin-1") if isinstance(raw, bytes) else raw
    query = Query()
    for name, value in urllib.parse.parse_qsl(text, keep_blank_values=True):
        query.setdefault(name, value)
        query.lists.setdefault(name, []).append(value)
    return query


def unexpected(route: Route, exc: BaseException) -> HttpError:
    """A handler's bug: logged with its traceback, answered with a status that is not a 500."""
    log.error("HTTP handler for %s %s failed unexpectedly", route.way, route.path, exc_info=exc)
    return HttpError(503, f"the simulator could not complete {route.way} {route.path}: {type(exc).__name__}")
