"""The pool's HTTP face: XenAPI RPC (rpc.py) and a registry of other handlers (registry.py).

Adding a handler (console, RRDs, import/export, vncsnapshot) is one file in `handlers/`, which is
loaded by itself::

    # backend_sim/http/handlers/rrd_updates.py
    from ..registry import HANDLERS, Request, Response, bad_parameter

    @HANDLERS.http("/rrd_updates", "GET", permission="http/get_rrd_updates")
    async def rrd_updates(request: Request) -> Response:
        try:
            start = int(request.param("start"))       # a missing parameter is already a 400
        except ValueError:
            raise bad_parameter("start must be an integer") from None
        return Response(body=..., content_type="text/xml")

`HANDLERS.websocket(path, permission=...)` handlers get `(request, upgrade)` and call
`await upgrade.accept()` for a `WebSocket` (receive/send/close); `HANDLERS.connect(path, ...)`
handlers get `(request, tunnel)` and call `await tunnel.accept()`, which answers `HTTP/1.1 200 OK`,
for the socket's `(reader, writer)`. Until they accept, raising `HttpError` refuses with a status.
A large upload is read with `async for chunk in request.body()`; a large reply is a `Response`
whose body is an async iterator of chunks.

What a handler never does itself: find the session (session_id query parameter, session_id
cookie, or HTTP basic auth; none or a bad one is 401), check the permission it declared (403,
`HandlerRegistry.authorize`, the one place RBAC plugs in), answer unknown paths (404) or a path
reached another way (405), or catch its own bugs (logged, answered 503: only xapi's answer to an
unparsable RPC body is a 500). CONNECT reaches the app through connect.ConnectHttpProtocol, the
uvicorn protocol class `server.uvicorn_config` installs; WebSockets through the `websockets` package.
"""
