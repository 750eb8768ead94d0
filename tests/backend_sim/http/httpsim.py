"""Shared parts of the HTTP handler tests: a registry of throwaway handlers of every kind (plain, streamed,
CONNECT, WebSocket, crashing ones), served beside the simulator's own registry on real sockets, and raw exchanges.

Imported by name (`from httpsim import ...`): this folder is on sys.path for the tests in it.
"""

from __future__ import annotations

import asyncio
import base64
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest

from backend_sim import scenarios
from backend_sim.clock import SimClock
from backend_sim.http.app import XapiApp
from backend_sim.http.channels import Tunnel, WebSocketUpgrade
from backend_sim.http.registry import HandlerRegistry, HttpError, Request, Response, bad_parameter
from backend_sim.server import Server, bind, url_of, uvicorn_config
from backend_sim.xapi import Xapi, XapiConfig

REFUSED = "test/refused"


def _refuse_one_permission(xapi: Xapi, session: str, permission: str) -> None:
    if permission == REFUSED:
        raise HttpError(403, "your role may not do this")


def throwaway_handlers() -> HandlerRegistry:
    handlers = HandlerRegistry(authorize=_refuse_one_permission)

    @handlers.http("/hello", "GET", permission="test/hello")
    async def hello(request: Request) -> Response:
        return Response(body=f"hello {request.param('name')} on {request.session[:10]}".encode())

    @handlers.http("/secret", "GET", permission=REFUSED)
    async def secret(request: Request) -> Response:
        return Response(body=b"never")

    @handlers.http("/boom", "GET", permission="test/boom")
    async def boom(request: Request) -> Response:
        raise RuntimeError("a bug in a handler")

    @handlers.http("/upload", "PUT", permission="test/upload")
    async def upload(request: Request) -> Response:
        size = 0
        async for chunk in request.body():
            size += len(chunk)
        return Response(body=str(size).encode())

    @handlers.http("/download", "GET", permission="test/download")
    async def download(request: Request) -> Response:
        count = int(request.param("blocks"))

        async def blocks() -> AsyncIterator[bytes]:
            for index in range(count):
                yield bytes([index % 256]) * 65536

        return Response(body=blocks(), content_type="application/octet-stream")

    @handlers.connect("/echo", permission="test/echo")
    async def echo_tunnel(request: Request, tunnel: Tunnel) -> None:
        if request.query.get("refuse"):
            raise bad_parameter("refused before the tunnel opened")
        reader, writer = await tunnel.accept()
        while data := await reader.read(4096):
            writer.write(data)
            await writer.drain()

    @handlers.connect("/tunnel-boom", permission="test/boom")
    async def tunnel_boom(request: Request, tunnel: Tunnel) -> None:
        raise RuntimeError("a bug in a CONNECT handler")

    @handlers.websocket("/echo", permission="test/echo")
    async def echo_socket(request: Request, upgrade: WebSocketUpgrade) -> None:
        socket_ = await upgrade.accept()
        while (frame := await socket_.receive()) is not None:
            await socket_.send(frame)

    @handlers.websocket("/ws-boom", permission="test/boom")
    async def socket_boom(request: Request, upgrade: WebSocketUpgrade) -> None:
        raise RuntimeError("a bug in a WebSocket handler")

    return handlers


@dataclass
class Served:
    url: str  # the throwaway handlers
    plain_url: str  # the simulator's own registry, as `xapi-sim` serves it
    port: int
    plain_port: int
    session: str
    xapi: Xapi


@pytest.fixture(scope="module", name="served")
def served_fixture() -> Iterator[Served]:
    store = scenarios.build("empty", seed=1, now=time.time())[0]
    xapi = Xapi(store, SimClock(), XapiConfig(auth_failure_delay=0.01))
    sockets = [bind("127.0.0.1", 0), bind("127.0.0.1", 0)]
    servers = [Server(uvicorn_config(XapiApp(xapi, throwaway_handlers()))), Server(uvicorn_config(XapiApp(xapi)))]

    async def run() -> None:
        await asyncio.gather(*(s.serve(sockets=[sock]) for s, sock in zip(servers, sockets, strict=True)))

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not all(s.started for s in servers):
        assert time.monotonic() < deadline, "the servers did not start"
        time.sleep(0.01)
    url, plain_url = (url_of(sock) for sock in sockets)
    reply = httpx.post(url + "/jsonrpc", json={"jsonrpc": "2.0", "id": 1, "method": "session.login_with_password",
                                               "params": ["root", "xensim"]})
    yield Served(url, plain_url, sockets[0].getsockname()[1], sockets[1].getsockname()[1], reply.json()["result"], xapi)
    for server in servers:
        server.should_exit = True
    thread.join(10)


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def raw_exchange(port: int, request: bytes, then: bytes = b"") -> bytes:
    """Send `request` on a fresh socket, read the answer's head (and `then` echoed, if the tunnel opens)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                return data
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        if head.startswith(b"HTTP/1.1 200") and then:
            sock.sendall(then)
            while len(rest) < len(then):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                rest += chunk
        return head + b"\r\n\r\n" + rest


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


# --- what any request may be answered -------------------------------------------------------------------------------

# Paths xapi serves handlers on (console, RRDs, import/export...), registered here or not yet, and others.
XAPI_PATHS = ("/", "/RPC2", "/jsonrpc", "/console", "/rrd_updates", "/host_rrd", "/vm_rrd", "/import", "/export",
              "/export_metadata", "/vncsnapshot", "/pool_patch_upload", "/host_backup", "/nowhere", "/a/../b",
              "/%00", "/%ff%fe", "/" + "x" * 4000)
METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")
HANDLER_STATUSES = {101, 200, 400, 401, 403, 404, 405, 413, 503}


def is_rpc(registry: HandlerRegistry, method: str, path: str) -> bool:
    """A POST no handler takes is XenAPI RPC (XML-RPC, or JSON-RPC on /jsonrpc)."""
    return method == "POST" and not registry.knows(path, "POST")


def check_answer(registry: HandlerRegistry, method: str, path: str, status: int, body: bytes) -> None:
    """Never a 500 but xapi's own page for an unparsable RPC body; a handler's own failure is a 503."""
    if status == 500:
        assert is_rpc(registry, method, path), f"{method} {path}: 500 {body[:200]!r}"
        assert b"Malformed" in body, f"{method} {path}: a 500 that is not the unparsable-body page: {body[:200]!r}"
        return
    if is_rpc(registry, method, path) and status == 200:
        assert b"INTERNAL_ERROR" not in body, f"{method} {path}: {body[:300]!r}"
        return
    assert status in HANDLER_STATUSES, f"{method} {path}: {status} {body[:200]!r}"
    if status == 503:
        assert registry.knows(path, method), f"{method} {path}: 503 from no handler: {body[:200]!r}"


def websocket_request(path: str, query: str = "", headers: str = "") -> bytes:
    return (f"GET {path}{query} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{headers}\r\n").encode()
